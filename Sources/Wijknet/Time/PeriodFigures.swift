import WijknetGraph

// The key figures of one period of a time series (`--period`), for the table, the CSV and the
// `figures` object of the JSON.
//
// NaN-free: counts are 0 in a period without contacts; a ratio that is undefined for the
// period (density of fewer than two actors, a share of nothing, E-I without ties) is `nil`
// — JSON `null`, an empty CSV field, `–` in text.

/// `finite(x)`: `x`, or `nil` when it is NaN or infinite.
@inlinable func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }

/// Key figures of `wijknet summary` for one period.
public struct SummaryFigures: Sendable, Equatable, Codable {
    public var contacts: Int
    /// Actors named in a contact of the period.
    public var actorsActive: Int
    /// Partners among them.
    public var partners: Int
    public var ties: Int
    public var density: Double?
    public var components: Int

    /// The figures of a period's ecosystem (built by ``ContactLog/timeSeries(_:within:pseudonyms:_:)``).
    public init(_ eco: Ecosystem) {
        contacts = eco.rowsInPeriod.count
        actorsActive = eco.count
        partners = eco.actors.lazy.filter { $0.kind == .partner }.count
        ties = eco.graph.edgeCount
        density = eco.count < 2 ? nil : finite(eco.graph.density)
        components = eco.count == 0 ? 0 : connectedComponents(eco.graph).count
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(contacts, forKey: .contacts); try c.encode(actorsActive, forKey: .actorsActive)
        try c.encode(partners, forKey: .partners); try c.encode(ties, forKey: .ties)
        try c.encode(density, forKey: .density); try c.encode(components, forKey: .components)
    }
}

/// Key figures of `wijknet analyse` for one period: graph level and per partner.
public struct AnalysisFigures: Sendable, Equatable, Codable {
    /// One partner's figures in the period (partners only: young people are never listed).
    public struct Partner: Sendable, Equatable, Codable {
        public var id: String
        public var label: String
        public var domain: String
        public var degree: Int
        /// Normalized betweenness, as in `wijknet analyse`; `nil` when undefined.
        public var betweenness: Double?
        public var brokerageTotal: Int

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(label, forKey: .label); try c.encode(domain, forKey: .domain)
            try c.encode(degree, forKey: .degree); try c.encode(betweenness, forKey: .betweenness)
            try c.encode(brokerageTotal, forKey: .brokerageTotal)
        }
    }
    public var nodes: Int
    public var edges: Int
    public var density: Double?
    public var components: Int
    public var degreeCentralization: Double?
    public var betweennessCentralization: Double?
    /// E-I index over all ties between groups, and its random baseline.
    public var ei: Double?
    public var eiExpected: Double?
    public var modularity: Double?
    /// Partners active in the period, in node order.
    public var partners: [Partner]

    /// The figures of an analysis of one period. An empty graph has every count 0 and every
    /// ratio `nil`.
    public init(_ r: AnalysisResult) {
        let g = r.graph
        nodes = g.nodes; edges = g.edges
        density = g.nodes < 2 ? nil : finite(g.density)
        components = g.nodes == 0 ? 0 : g.components
        degreeCentralization = finite(g.degreeCentralization)
        betweennessCentralization = finite(g.betweennessCentralization)
        ei = finite(g.mixing.ei); eiExpected = finite(g.mixing.eiExpected)
        modularity = g.edges == 0 ? nil : finite(g.modularity)
        partners = r.actors.filter { $0.kind == ActorKind.partner.rawValue }.map {
            Partner(id: $0.id, label: $0.label, domain: $0.domain, degree: $0.degree,
                    betweenness: finite($0.betweenness), brokerageTotal: $0.brokerageTotal)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nodes, forKey: .nodes); try c.encode(edges, forKey: .edges); try c.encode(density, forKey: .density)
        try c.encode(components, forKey: .components)
        try c.encode(degreeCentralization, forKey: .degreeCentralization)
        try c.encode(betweennessCentralization, forKey: .betweennessCentralization)
        try c.encode(ei, forKey: .ei); try c.encode(eiExpected, forKey: .eiExpected)
        try c.encode(modularity, forKey: .modularity); try c.encode(partners, forKey: .partners)
    }
}

/// Key figures of `wijknet gaps` for one period: how many of each finding.
public struct GapsFigures: Sendable, Equatable, Codable {
    /// Pairs of domains with fewer ties than `gapBelowChance` of what chance gives.
    public var domainGaps: Int
    /// Share of the checked young people whose partners hardly know each other; `nil` when none was checked.
    public var fragmentedShare: Double?
    public var missingLinks: Int
    /// Partners whose absence cuts the ecosystem apart (articulation points among partners).
    public var singlePoints: Int
    public var signals: Int
    /// Share of signals followed up by another domain; `nil` without signals.
    public var signalsFollowedUpShare: Double?

    public init(_ gaps: GapsAnalysis) {
        domainGaps = gaps.domainGaps.gaps.count
        fragmentedShare = gaps.fragmentation.checked == 0 ? nil : finite(gaps.fragmentation.fragmentedShare)
        missingLinks = gaps.missingLinks.count
        singlePoints = gaps.singlePoints.partners.count
        signals = gaps.signals.signals
        signalsFollowedUpShare = gaps.signals.signals == 0 ? nil : finite(gaps.signals.share)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(domainGaps, forKey: .domainGaps); try c.encode(fragmentedShare, forKey: .fragmentedShare)
        try c.encode(missingLinks, forKey: .missingLinks); try c.encode(singlePoints, forKey: .singlePoints)
        try c.encode(signals, forKey: .signals); try c.encode(signalsFollowedUpShare, forKey: .signalsFollowedUpShare)
    }
}
