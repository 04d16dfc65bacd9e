import WijknetGraph

/// What ``EcosystemComparison`` compares of each partner — betweenness, degree, brokerage —
/// and the domain mixing, without the rest of a full analysis.
///
/// From an ``AnalysisResult`` (`compare`, which has both analyses at hand), or computed alone
/// (`whatif`, which needs only these): betweenness exact up to `exactLimit` nodes, above it
/// estimated from `samples` seeded sources — the same sources for both sides of a comparison
/// when the node count is equal, so their errors are alike. ``method`` says which.
public struct PartnerPositions: Sendable {
    public struct Partner: Sendable {
        public var id: String
        public var label: String
        public var domain: String
        public var betweenness: Double
        public var degree: Int
        public var brokerageTotal: Int
    }

    /// The partners, in node order.
    public var partners: [Partner]
    public var mixing: MixingSummary
    /// `exact`, or `sampled (k of n sources, seed s)` as in `analyse`.
    public var method: String

    /// The positions of an analysis made without `showYouthNames`.
    public init(_ analysis: AnalysisResult) {
        partners = analysis.actors.filter { $0.kind == ActorKind.partner.rawValue }.map {
            Partner(id: $0.id, label: $0.label, domain: $0.domain, betweenness: $0.betweenness, degree: $0.degree, brokerageTotal: $0.brokerageTotal)
        }
        mixing = analysis.graph.mixing
        method = analysis.graph.allPairs
    }

    /// Computes the positions of `eco`'s partners (unweighted betweenness, domain groups).
    /// - Complexity: `O(n·m)` exact, `O(samples·m)` above `exactLimit`; brokerage as `analyse`.
    public init(_ eco: Ecosystem, exactLimit: Int = 5_000, samples: Int = 500, seed: UInt64 = 1) throws {
        let g = eco.graph
        let sampled = g.nodeCount > exactLimit
        let path = sampled ? PathCentrality.sampled(g, weighted: false, samples: samples, seed: seed) : PathCentrality.exact(g, weighted: false)
        let groups = try GroupFigures(eco, by: "domain")
        partners = eco.nodes(ofKind: .partner).map { v in
            Partner(id: eco.exportID(of: v), label: eco.label(of: v), domain: eco.actors[v].domain.rawValue,
                    betweenness: path.betweenness[v], degree: g.degree(v), brokerageTotal: groups.brokerageTotal(v))
        }
        mixing = groups.mixing
        method = path.sampledSources.map { "sampled (\($0.count) of \(g.nodeCount) sources, seed \(seed))" } ?? "exact"
    }
}
