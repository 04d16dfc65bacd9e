import WijknetGraph

/// Key partners of an ecosystem (Borgatti 2006; the algorithm is ``KeyPlayers`` in WijknetGraph).
///
/// Candidates are the partners. **fragment**: the `k` partners whose absence fragments the whole
/// ecosystem graph (partners, places, young people) most, by distance-weighted fragmentation DF.
/// **reach**: the `k` partners who together reach the most young people within `distance` ties
/// (then the highest distance-weighted reach). Young people are only counted, never named.
public struct KeyPlayerAnalysis: Sendable, Codable {
    public enum Goal: String, Sendable, Codable, CaseIterable { case fragment, reach }

    /// One partner: log id and label (name, else id).
    public struct Partner: Sendable, Codable, Equatable {
        public var id: String
        public var label: String
    }

    /// The exact optimum, when every set was scored.
    public struct Exact: Sendable, Codable, Equatable {
        public var partners: [Partner]
        public var score: Double
        public var weightedReach: Double?
        public var sets: Int
        public var heuristicFoundIt: Bool
    }

    public var goal: Goal
    public var k: Int
    /// The reach distance limit (reach only).
    public var distance: Int?
    public var seed: UInt64
    public var restarts: Int
    /// Fragment: nodes of the whole graph. Reach: young people (the targets).
    public var nodes: Int
    public var candidates: Int
    /// The heuristic's set, by node id.
    public var partners: [Partner]
    /// Fragment: DF without the set. Reach: young people reached within `distance`.
    public var score: Double
    /// Reach only: the distance-weighted reach of the set.
    public var weightedReach: Double?
    /// Fragment: DF of the whole graph with nobody removed. Reach: nil.
    public var baseline: Double?
    public var bestSingle: Partner
    public var bestSingleScore: Double
    public var bestSingleWeightedReach: Double?
    public var evaluations: Int
    /// The exact optimum, or nil when there were more than `exactLimit` sets.
    public var exact: Exact?
    /// `C(candidates, k)` was above this, so no exact optimum (when `exact` is nil).
    public var exactLimit: Int

    /// - Precondition: none; invalid requests throw.
    /// - Throws: ``WijknetError/invalidRequest(_:)`` when `k` is not between 1 and the number of
    ///   partners (fragment: leaving at least two nodes), `distance < 1`, or reach has no young people.
    public init(_ eco: Ecosystem, goal: Goal, k: Int, distance: Int = 2, seed: UInt64 = 1,
                restarts: Int = 2, exactLimit: Int? = nil) throws {
        let g = eco.graph
        let candidates = eco.actors.map { $0.kind == .partner }
        let partnerCount = candidates.filter { $0 }.count
        guard partnerCount > 0 else {
            throw WijknetError.unanswerable(.noPartnersForKeyPlayers)
        }
        guard k >= 1, k <= partnerCount else {
            throw WijknetError.invalidRequest(.keyPlayerCount(k: k, partners: partnerCount))
        }
        let limit = exactLimit ?? (goal == .fragment ? 2_000 : 1_000_000)
        let options = KeyPlayers.Options(restarts: restarts, seed: seed, exactLimit: limit, workers: GraphWork.workers,
                                         progress: GraphWork.progress())
        func partner(_ v: Int) -> Partner { Partner(id: eco.actors[v].id, label: eco.label(of: v)) }
        let result: KeyPlayerSet
        switch goal {
        case .fragment:
            guard g.nodeCount - k >= 2 else {
                throw WijknetError.invalidRequest(.fragmentationNeedsTwo(k: k))
            }
            result = KeyPlayers.fragment(g, candidates: candidates, k: k, options: options)
            nodes = g.nodeCount
            baseline = g.distanceWeightedFragmentation(workers: GraphWork.workers)
            self.distance = nil
        case .reach:
            guard distance >= 1 else { throw WijknetError.invalidRequest(.reachDistance(distance)) }
            let targets = eco.actors.map { $0.kind == .youth }
            nodes = targets.filter { $0 }.count
            guard nodes > 0 else { throw WijknetError.unanswerable(.noYoungPeopleToReach) }
            result = KeyPlayers.reach(g, candidates: candidates, targets: targets, k: k, distance: distance, options: options)
            baseline = nil
            self.distance = distance
        }
        let weighted = goal == .reach
        self.goal = goal; self.k = k; self.seed = seed; self.restarts = restarts
        self.candidates = partnerCount
        partners = result.members.map(partner)
        score = result.score.primary
        weightedReach = weighted ? result.score.secondary : nil
        bestSingle = partner(result.bestSingle)
        bestSingleScore = result.bestSingleScore.primary
        bestSingleWeightedReach = weighted ? result.bestSingleScore.secondary : nil
        evaluations = result.evaluations
        exact = result.exact.map {
            Exact(partners: $0.members.map(partner), score: $0.score.primary,
                  weightedReach: weighted ? $0.score.secondary : nil, sets: $0.subsets, heuristicFoundIt: $0.heuristicFoundIt)
        }
        self.exactLimit = limit
    }
}
