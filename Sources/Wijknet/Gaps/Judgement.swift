/// The references a finding is judged against (issue 24: a figure alone — "143 of 328 signals
/// (44%) were picked up" — says nothing until it is set beside something). Each reference is
/// one of three kinds, and every output says which:
/// - **chance**: what the same number of ties would give at random (domain gaps, domains that
///   keep to themselves; the E-I baseline of Krackhardt & Stern 1988);
/// - **goal**: the team's own target, when its goals file names the same figure
///   (`signal_followup`, `fragmented_share`), see ``adopting(_:)``;
/// - **standard**: Wijknet's stated default otherwise — a share, never an absolute count, so it
///   holds for a wijk of 10 partners and a city of 1,000.
public struct FindingReferences: Sendable, Codable, Equatable {
    /// Partners are judged to keep to their own domain when the share of their ties that
    /// crosses domains is below this fraction of the share chance gives (default ¾).
    public var apartBelowChance = 0.75
    /// …judged only from this many partner ties between domain partners (default 10): below
    /// it a share of ties is too few contacts to say partners keep to themselves or mix.
    public var apartMinimumTies = 10
    /// Signals followed up by another domain: at least this share (default ½).
    public var signalFollowUp = Reference(value: 0.5, kind: .standard)
    /// Young people tied to an ordinary resource: at least this share (default ¾).
    public var ordinaryLife = Reference(value: 0.75, kind: .standard)
    /// Young people checked whose partners hardly know each other: at most this share (default 10%).
    public var fragmented = Reference(value: 0.10, kind: .standard)
    /// Young people reached by one domain only: at most this share (default ½).
    public var oneDomainYouth = Reference(value: 0.5, kind: .standard)
    /// One partner's share of all boundary work between domains: at most this (default ⅓,
    /// so at least three partners carry it).
    public var boundaryWorkShare = Reference(value: 1.0 / 3.0, kind: .standard)
    /// Goals of the team that touch a kind of finding without setting its reference
    /// (a `tie` goal between two domains touches their domain gap): finding kind → goal names.
    public var touchedGoals: [String: [String]] = [:]

    public init() {}

    /// One reference value and where it comes from.
    public struct Reference: Sendable, Codable, Equatable {
        public var value: Double
        public var kind: Judgement.ReferenceKind
        /// The goal's name when ``kind`` is `.goal`.
        public var goal: String?
        public init(value: Double, kind: Judgement.ReferenceKind, goal: String? = nil) {
            self.value = value
            self.kind = kind
            self.goal = goal
        }
    }

    /// These references with the team's goals taken in: a goal over the whole ecosystem (no
    /// scope) on `signal_followup` with the same window, or on `fragmented_share`, becomes the
    /// reference of that finding; `tie` and `contacts` goals between two domains, and
    /// `youth_share` goals, are recorded as the goals those findings touch.
    public func adopting(_ goals: [Goal], signalDays: Int) -> FindingReferences {
        var r = self
        for g in goals {
            switch (g.measure, g.target) {
            case (.signalFollowup, .atLeast(let t)) where g.scope == nil && g.signalDays == signalDays:
                r.signalFollowUp = Reference(value: t / 100, kind: .goal, goal: g.name)
            case (.fragmentedShare, .atMost(let t)) where g.scope == nil:
                r.fragmented = Reference(value: t / 100, kind: .goal, goal: g.name)
            case (.tie, _), (.contacts, _):
                if g.between.count == 2, case .domain(let a) = g.between[0], case .domain(let b) = g.between[1], a != b {
                    let pair = [a, b].sorted { Domain.partnerDomains.firstIndex(of: $0)! < Domain.partnerDomains.firstIndex(of: $1)! }
                    r.touchedGoals["domain_gap:\(pair[0].rawValue)|\(pair[1].rawValue)", default: []].append(g.name)
                    r.touchedGoals["domains_apart", default: []].append(g.name)
                }
            case (.youthShare, _):
                r.touchedGoals["one_domain_youth", default: []].append(g.name)
            case (.signalFollowup, _):
                r.touchedGoals["signals", default: []].append(g.name)
            case (.fragmentedShare, _):
                r.touchedGoals["fragmentation", default: []].append(g.name)
            default:
                continue
            }
        }
        return r
    }
}

/// A finding's figure set beside its reference: whether it is a concern or a strength, and how
/// serious (issue 24). Computed once per analysis (``GapsAnalysis/judgements``); `gaps`, the
/// report, the page and JSON all show these, in this order.
///
/// **Score**, in `[0, 1]`: how far the figure is on the wrong side of its reference, relative to
/// the room there is — for a share that must reach at least `r`: `(r − x) / r`; at most `r`:
/// `(x − r) / (1 − r)`; for ties against chance `e`: `1 − x / e`; for a share of the young people
/// concerned (a single point, a missing link): that share itself. For a strength the same
/// formulas measure the margin on the right side. **Severity**: high from 0.5, medium from 0.25,
/// else low. Findings are ordered by score, highest first; equal scores keep the order of the
/// kinds in ``GapsAnalysis/judgements``.
public struct Judgement: Sendable, Codable, Equatable {
    public enum Verdict: String, Sendable, Codable { case concern, strength }
    public enum Severity: String, Sendable, Codable { case high, medium, low }
    /// Where the reference comes from (see ``FindingReferences``).
    public enum ReferenceKind: String, Sendable, Codable {
        /// What chance gives.
        case chance
        /// The team's goal.
        case goal
        /// Wijknet's stated default.
        case standard
        /// The whole the figure is a share of (the young people, the boundary work).
        case share
    }

    /// The finding's kind and subject (``GapsFinding/identity``).
    public var kind: String
    public var subject: String
    public var verdict: Verdict
    /// The figure as judged (a share in `[0, 1]`, or a count of ties for domain gaps).
    public var figure: Double
    /// The reference it is set beside, in the same unit.
    public var reference: Double
    public var referenceKind: ReferenceKind
    /// The goal that sets the reference, or that this finding touches.
    public var goals: [String]
    public var score: Double
    /// The same figure in the previous period of the same length, when the analysis was given
    /// one (``GapsAnalysis/comparing(previous:in:)``): the trend beside the reference.
    public var previous: Double?

    public var severity: Severity { score >= 0.5 ? .high : score >= 0.25 ? .medium : .low }
    public var identity: String { "\(kind):\(subject)" }

    public init(kind: String, subject: String, verdict: Verdict, figure: Double, reference: Double,
                referenceKind: ReferenceKind, goals: [String] = [], score: Double) {
        self.kind = kind
        self.subject = subject
        self.verdict = verdict
        self.figure = figure
        self.reference = reference
        self.referenceKind = referenceKind
        self.goals = goals
        self.score = min(1, max(0, score))
    }

    /// A share `x` that must reach at least `r`: a concern below it, a strength from it.
    static func atLeast(_ kind: String, _ subject: String, _ x: Double, _ r: FindingReferences.Reference, goals: [String]) -> Judgement? {
        guard x.isFinite, r.value > 0 else { return nil }
        let below = x < r.value
        return Judgement(kind: kind, subject: subject, verdict: below ? .concern : .strength, figure: x, reference: r.value,
                         referenceKind: r.kind, goals: r.goal.map { [$0] } ?? goals,
                         score: below ? (r.value - x) / r.value : r.value < 1 ? (x - r.value) / (1 - r.value) : 0)
    }

    /// A share `x` that must stay at most `r`: a concern above it, a strength up to it.
    static func atMost(_ kind: String, _ subject: String, _ x: Double, _ r: FindingReferences.Reference, goals: [String]) -> Judgement? {
        guard x.isFinite, r.value < 1 else { return nil }
        let above = x > r.value
        return Judgement(kind: kind, subject: subject, verdict: above ? .concern : .strength, figure: x, reference: r.value,
                         referenceKind: r.kind, goals: r.goal.map { [$0] } ?? goals,
                         score: above ? (x - r.value) / (1 - r.value) : r.value > 0 ? (r.value - x) / r.value : 0)
    }
}
