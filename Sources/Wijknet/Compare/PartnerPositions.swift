import WijknetGraph

/// What ``EcosystemComparison`` compares of each partner — betweenness, degree, brokerage —
/// and the domain mixing, without the rest of a full analysis.
///
/// From an ``AnalysisResult`` (`compare` and the report, which have the analysis at hand), or
/// computed alone (`whatif`, which needs only these) with `analyse`'s one estimator policy:
/// exact up to ``AnalysisOptions/exactLimit`` actors, above it the estimate with a guarantee
/// for every actor at once (issue 23: two policies once made one report say two things).
/// ``method`` says which, in `analyse`'s words.
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

    /// Computes the positions of `eco`'s partners (betweenness as `analyse` with `options`,
    /// domain groups).
    /// - Complexity: `O(n·m)` exact; above the limit the guaranteed estimate; brokerage as `analyse`.
    public init(_ eco: Ecosystem, options: AnalysisOptions = AnalysisOptions()) throws {
        let g = eco.graph
        let figures = AnalysisResult.pathFigures(g, options: options)
        let betweenness = figures.path.betweenness
        method = figures.method
        let groups = try GroupFigures(eco, by: "domain")
        partners = eco.nodes(ofKind: .partner).map { v in
            Partner(id: eco.exportID(of: v), label: eco.label(of: v), domain: eco.actors[v].domain.rawValue,
                    betweenness: betweenness[v], degree: g.degree(v), brokerageTotal: groups.brokerageTotal(v))
        }
        mixing = groups.mixing
    }
}
