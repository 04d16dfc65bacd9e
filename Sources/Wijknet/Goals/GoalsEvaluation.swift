import WijknetGraph

/// The goals evaluated per calendar period: value, target, met, and the change since the
/// previous period. Rows are goal-major (goals in file order, then periods in order).
///
/// **No value.** A value is missing (`nil`, shown as `–`) when it cannot be computed in that
/// period or scope: a share of nobody (no young person tied to the base domain, no young person
/// checked for fragmentation, no signal) or a metric of an actor absent from the period or the
/// scope. A goal without a value is not met.
public struct GoalsEvaluation: Sendable, Codable {
    /// One goal in one period.
    public struct Row: Sendable, Codable, Equatable {
        public var goal: String
        public var period: String
        /// The log covers the period only in part (its first or last period).
        public var partial: Bool
        public var value: Double?
        /// `tie`, `at_least N` or `at_most N`.
        public var target: String
        public var met: Bool
        /// value − the previous period's value; `nil` in the first period or without either value.
        public var change: Double?
    }

    public var goals: [Goal]
    /// Period labels in order (`all` without a period unit).
    public var periods: [String]
    public var rows: [Row]
    /// How a `betweenness` goal was estimated, when its graph was above the exact limit of
    /// the options (absent when every value is exact).
    public var betweennessEstimate: BetweennessGuarantee?

    /// Goals met in the last period, and how many there are.
    public var metInLastPeriod: Int { rows.filter { $0.period == periods.last && $0.met }.count }
    /// Every goal is met in the last period.
    public var allMet: Bool { metInLastPeriod == goals.count }

    /// Evaluates `goals` on `log`, per period of `unit` (one period `all` when `nil`), inside
    /// `within` (`--from`/`--to`): periods outside it are dropped, the others clipped to it.
    /// - Complexity: per period one ``Ecosystem`` (`O(r + n + m)`), per scope one filtered
    ///   ecosystem and at most one ``GapsAnalysis`` (shared by the goals of that scope), plus
    ///   what each metric costs (betweenness, closeness, harmonic: `O(n·m)` exact up to
    ///   `options.exactLimit` actors, estimated above it, as `analyse` does; one pass per scope
    ///   and period, shared by its metric goals).
    /// - Parameter options: the metrics' options; `wijknet report` passes its own exact limit,
    ///   so a goal's betweenness is the value in its partners table.
    public init(goals: [Goal], log: ContactLog, unit: PeriodUnit?, within: Period = .all, pseudonyms: Pseudonymizer,
                options: AnalysisOptions = AnalysisOptions()) {
        var periods: [CalendarPeriod] = unit.map { log.periods($0) } ?? [CalendarPeriod(label: "all", period: within, partial: false)]
        if unit != nil {
            periods = periods.compactMap { p in
                var c = p
                if let f = within.from { c.period.from = max(p.period.from ?? f, f) }
                if let t = within.to { c.period.to = min(p.period.to ?? t, t) }
                if let f = c.period.from, let t = c.period.to, f > t { return nil }
                if c.period != p.period { c.partial = true }
                return c
            }
        }
        self.init(goals: goals, periods: periods.map { p in (p.label, p.partial, { Ecosystem(log: log, period: p.period, pseudonyms: pseudonyms) }) },
                  options: options)
    }

    /// Evaluates `goals` on the given ecosystems, one per period label, in order; each is built
    /// when its turn comes (`make`) and dropped after, so only one period's ecosystem is held.
    /// ``GoalsByUnit`` uses this with one ecosystem per neighbourhood or municipality.
    public init(goals: [Goal], periods: [(label: String, partial: Bool, make: () -> Ecosystem)], options: AnalysisOptions = AnalysisOptions()) {
        self.goals = goals
        self.periods = periods.map(\.label)
        var values = [[Double?]](repeating: [], count: goals.count)
        for p in periods {
            var cache = PeriodCache(eco: p.make(), options: options)
            for (k, g) in goals.enumerated() { values[k].append(cache.value(of: g)) }
            betweennessEstimate = betweennessEstimate ?? cache.betweennessEstimate
        }
        var rows: [Row] = []
        for (k, g) in goals.enumerated() {
            for (j, p) in periods.enumerated() {
                let v = values[k][j]
                let previous = j > 0 ? values[k][j - 1] : nil
                rows.append(Row(goal: g.name, period: p.label, partial: p.partial, value: v, target: g.target.text, met: g.target.isMet(by: v),
                                change: v.flatMap { cur in previous.map { cur - $0 } }))
            }
        }
        self.rows = rows
    }
}

extension Goal.Target {
    /// `tie`, `at_least 80`, `at_most 20`.
    public var text: String {
        func n(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }
        switch self {
        case .tieExists: return "tie"
        case .atLeast(let x): return "at_least \(n(x))"
        case .atMost(let x): return "at_most \(n(x))"
        }
    }
}

/// The ecosystem of one period with what goals of the same scope share.
private struct PeriodCache {
    let eco: Ecosystem
    let options: AnalysisOptions
    var scoped: [Goal.Scope?: Ecosystem] = [:]
    var gaps: [GapsKey: GapsAnalysis] = [:]
    /// The all-pairs figures per scope, computed at the first metric goal that needs them.
    var betweenness: [Goal.Scope?: [Double]] = [:]
    var closeness: [Goal.Scope?: PathCentrality] = [:]
    var betweennessEstimate: BetweennessGuarantee?

    struct GapsKey: Hashable { var scope: Goal.Scope?; var signalDays: Int }

    init(eco: Ecosystem, options: AnalysisOptions) {
        self.eco = eco
        self.options = options
    }

    mutating func ecosystem(_ scope: Goal.Scope?) -> Ecosystem {
        if let e = scoped[scope] { return e }
        let e = Self.restrict(eco, to: scope)
        scoped[scope] = e
        return e
    }

    mutating func gapsAnalysis(_ scope: Goal.Scope?, signalDays: Int) -> GapsAnalysis {
        let key = GapsKey(scope: scope, signalDays: signalDays)
        if let g = gaps[key] { return g }
        var options = GapsOptions()
        options.signalDays = signalDays
        let g = GapsAnalysis(ecosystem(scope), options: options)
        gaps[key] = g
        return g
    }

    /// The part of `eco` a scope selects (see ``Goal/Scope``).
    static func restrict(_ eco: Ecosystem, to scope: Goal.Scope?) -> Ecosystem {
        guard let scope else { return eco }
        let g = eco.graph
        var keep = [Bool](repeating: false, count: eco.count)
        switch scope {
        case .place(let id):
            if let a = eco.log.actorIndex[id], case let p = eco.nodeOfActor[a], p >= 0 {
                keep[p] = true
                for v in g.neighbors(p) { keep[v] = true }
            }
        case .neighbourhood(let name):
            let wanted = name.lowercased()
            for v in 0..<eco.count where eco.actors[v].neighbourhood?.lowercased() == wanted { keep[v] = true }
        case .domain(let d):
            for v in 0..<eco.count where eco.actors[v].kind == .partner && eco.actors[v].domain == d {
                keep[v] = true
                for u in g.neighbors(v) where eco.actors[u].kind != .partner { keep[u] = true }
            }
        }
        let ids = Set((0..<eco.count).filter { keep[$0] }.map { eco.logIndex[$0] })
        return eco.filtered { a in eco.log.actorIndex[a.id].map(ids.contains) ?? false }
    }

    mutating func value(of goal: Goal) -> Double? {
        let e = ecosystem(goal.scope)
        switch goal.measure {
        case .tie: return Self.tie(e, goal.between)
        case .contacts: return Self.contacts(e, goal.between)
        case .youthShare: return Self.youthShare(e, goal.domains)
        case .fragmentedShare:
            return finite(gapsAnalysis(goal.scope, signalDays: goal.signalDays).fragmentation.fragmentedShare * 100)
        case .signalFollowup:
            // A filtered ecosystem keeps every row of the period, so `gaps` lists signals about
            // young people outside the scope too, without a pseudonym: count those in scope only.
            let cases = gapsAnalysis(goal.scope, signalDays: goal.signalDays).signals.cases.filter { !$0.youth.isEmpty }
            return cases.isEmpty ? nil : 100 * Double(cases.filter { $0.followUpLine != nil }.count) / Double(cases.count)
        case .metric:
            guard let id = goal.actor, let metric = goal.metric, let a = e.log.actorIndex[id], case let v = e.nodeOfActor[a], v >= 0 else { return nil }
            return finite(self.metric(metric, of: v, in: e, scope: goal.scope))
        }
    }

    func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }

    /// The shortest-path pass of `g` (the ecosystem of `scope`), once per scope: exact, or
    /// from `analyse`'s sampled sources when `large`.
    mutating func allPairs(_ g: Graph, large: Bool, scope: Goal.Scope?) -> PathCentrality {
        if let p = closeness[scope] { return p }
        let p = large
            ? PathCentrality.sampled(g, weighted: options.weighted, samples: AnalysisResult.defaultSamples, seed: options.seed, betweenness: false,
                                     workers: GraphWork.workers, progress: GraphWork.shortestPathsProgress(g))
            : PathCentrality.exact(g, weighted: options.weighted, workers: GraphWork.workers, progress: GraphWork.shortestPathsProgress(g))
        closeness[scope] = p
        if !large, betweenness[scope] == nil { betweenness[scope] = p.betweenness }
        return p
    }

    /// Whether log actor `a` is on side `s`.
    static func on(_ s: Goal.Side, _ a: Actor) -> Bool {
        switch s {
        case .actor(let id): a.id == id
        case .domain(let d): a.kind == .partner && a.domain == d
        }
    }

    /// 1 when some node of the first side is tied to a different node of the second, else 0.
    static func tie(_ e: Ecosystem, _ sides: [Goal.Side]) -> Double {
        let g = e.graph
        for u in 0..<e.count where on(sides[0], e.actors[u]) {
            for v in g.neighbors(u) where on(sides[1], e.actors[v]) { return 1 }
        }
        return 0
    }

    /// Rows of the period that name an actor of each side (two distinct actors, both in scope).
    static func contacts(_ e: Ecosystem, _ sides: [Goal.Side]) -> Double {
        let log = e.log
        var count = 0
        for r in e.rowsInPeriod {
            var named: [Int] = []
            for a in [log.source[r], log.target[r], log.about[r], log.place[r]] where a >= 0 && e.nodeOfActor[Int(a)] >= 0 {
                if !named.contains(Int(a)) { named.append(Int(a)) }
            }
            var hit = false
            for a in named where on(sides[0], log.actors[a]) {
                for b in named where b != a && on(sides[1], log.actors[b]) { hit = true; break }
                if hit { break }
            }
            if hit { count += 1 }
        }
        return Double(count)
    }

    /// Percent of the young people tied to a partner of `domains[0]` that are also tied to
    /// partners of every other listed domain; `nil` when none is tied to the first.
    static func youthShare(_ e: Ecosystem, _ domains: [Domain]) -> Double? {
        guard let base = domains.first else { return nil }
        var tied = 0, all = 0
        for y in 0..<e.count where e.actors[y].kind == .youth {
            var seen = Set<Domain>()
            for v in e.graph.neighbors(y) where e.actors[v].kind == .partner { seen.insert(e.actors[v].domain) }
            guard seen.contains(base) else { continue }
            tied += 1
            if domains.allSatisfy(seen.contains) { all += 1 }
        }
        return tied > 0 ? 100 * Double(all) / Double(tied) : nil
    }

    /// One figure of node `v`, as ``AnalysisResult`` computes it with ``options``: above its
    /// exact limit betweenness with the guarantee of `analyse` (the same values, same seed),
    /// closeness and harmonic from its sampled sources.
    mutating func metric(_ m: Goal.Metric, of v: Int, in e: Ecosystem, scope: Goal.Scope?) -> Double {
        let g = e.graph
        let large = g.nodeCount > options.exactLimit && !options.exact
        switch m {
        case .degree: return Double(g.degree(v))
        case .strength: return g.strength(v)
        case .betweenness:
            if let b = betweenness[scope] { return b[v] }
            let b: [Double]
            if large {
                let estimate = AnalysisResult.guaranteedBetweenness(g, options: options)
                betweennessEstimate = betweennessEstimate ?? BetweennessGuarantee(estimate, seed: options.seed)
                b = estimate.betweenness
            } else {
                b = allPairs(g, large: false, scope: scope).betweenness
            }
            betweenness[scope] = b
            return b[v]
        case .closeness, .harmonic:
            let path = allPairs(g, large: large, scope: scope)
            return m == .closeness ? path.closeness[v] : path.harmonic[v]
        case .pagerank:
            return (try? pageRank(g, weighted: true))?[v] ?? .nan
        case .constraint:
            return StructuralHoles(g, weighted: options.weighted, workers: GraphWork.workers).constraint[v]
        case .brokerageTotal, .liaison:
            guard let groups = try? GroupFigures(e, by: "domain"), groups.grouping.ids[v] != nil else { return 0 }
            return Double(m == .liaison ? groups.role[Brokerage.Role.liaison.rawValue][v] : groups.brokerageTotal(v))
        }
    }
}
