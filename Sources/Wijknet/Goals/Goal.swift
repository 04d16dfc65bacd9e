/// The team's action goals (`goals.toml`): what a goal measures, in which part of the
/// ecosystem, and the target it must reach. Parsed by ``GoalsFile/parse(_:fileName:log:)``,
/// evaluated per period by ``GoalsEvaluation``.
public struct Goal: Sendable, Hashable, Codable {
    /// What a goal measures.
    public enum Measure: String, Sendable, Hashable, Codable, CaseIterable {
        /// Met when a tie exists between the two sides of `between` (value 1, else 0).
        case tie
        /// Log rows in the period that connect the two sides of `between`.
        case contacts
        /// Of young people tied to a partner of the first of `domains`, the percent also tied
        /// to partners of every other listed domain.
        case youthShare = "youth_share"
        /// Percent of the young people checked by `gaps` that are flagged fragmented.
        case fragmentedShare = "fragmented_share"
        /// Percent of signals followed up by another domain within `signal_days`.
        case signalFollowup = "signal_followup"
        /// One SNA figure of one actor, as `wijknet analyse` computes it.
        case metric
    }

    /// One side of `between`: an actor (partner or place) or every partner of a domain.
    public enum Side: Sendable, Hashable, Codable {
        case actor(String)
        case domain(Domain)
    }

    /// The part of the ecosystem a goal is measured in.
    ///
    /// - `place`: the place and its neighbours (every actor tied to it in the period).
    /// - `neighbourhood`: the actors whose neighbourhood is this name (case-insensitive).
    /// - `domain`: the partners of the domain, plus the young people and places tied to them.
    ///
    /// Every measure is then computed on that induced part of the period's ecosystem: ties and
    /// young people outside it do not count; `contacts` counts rows that name an actor of each
    /// side both inside the scope; `signal_followup` counts the signals about young people
    /// inside the scope (a follow-up may come from any partner of another domain, as in `gaps`).
    public enum Scope: Sendable, Hashable, Codable {
        case place(String)
        case neighbourhood(String)
        case domain(Domain)
    }

    /// The figures of `metric` goals (`analyse`'s definitions: networkx defaults, betweenness
    /// normalized, unweighted paths; pagerank weighted; brokerage among partners by domain).
    public enum Metric: String, Sendable, Hashable, Codable, CaseIterable {
        case degree, strength, betweenness, closeness, harmonic, pagerank, constraint
        case brokerageTotal = "brokerage_total"
        case liaison
    }

    /// What the value must reach.
    public enum Target: Sendable, Hashable, Codable {
        /// `tie` goals: a tie exists.
        case tieExists
        case atLeast(Double)
        case atMost(Double)

        /// Whether `value` meets the target; no value (`nil`, NaN) never does.
        public func isMet(by value: Double?) -> Bool {
            guard let value, value.isFinite else { return false }
            switch self {
            case .tieExists: return value >= 1
            case .atLeast(let t): return value >= t
            case .atMost(let t): return value <= t
            }
        }
    }

    public var name: String
    public var measure: Measure
    /// `tie` and `contacts`: the two sides.
    public var between: [Side]
    /// `youth_share`: the domains, the first one the base.
    public var domains: [Domain]
    /// `metric`: the actor and the figure.
    public var actor: String?
    public var metric: Metric?
    public var scope: Scope?
    public var target: Target
    /// `signal_followup`: the follow-up window in days (default 14, as `gaps`).
    public var signalDays: Int
    /// The line of the goal's `[[goal]]` header in the goals file.
    public var line: Int

    public init(name: String, measure: Measure, between: [Side] = [], domains: [Domain] = [], actor: String? = nil,
                metric: Metric? = nil, scope: Scope? = nil, target: Target, signalDays: Int = 14, line: Int = 0) {
        (self.name, self.measure, self.target, self.line) = (name, measure, target, line)
        (self.between, self.domains, self.actor, self.metric) = (between, domains, actor, metric)
        (self.scope, self.signalDays) = (scope, signalDays)
    }
}
