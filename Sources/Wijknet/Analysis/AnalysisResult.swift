import WijknetGraph

/// The figures of `wijknet analyse`: one row per actor and the graph-level metrics.
///
/// Every value that networkx also computes equals networkx 3.6 called with its default
/// arguments on the ecosystem graph (edge attribute `weight` = summed contact weight), unless
/// ``AnalysisOptions/weighted`` is set. Undefined values are `NaN` (JSON `null`, CSV empty).
public struct AnalysisResult: Sendable, Codable {
    public var options: AnalysisOptions
    public var graph: GraphMetrics
    public var actors: [ActorMetrics]
    /// What the reader must know: sampling, metrics that did not converge — in English, as the
    /// JSON holds them (``AnalysisNote/text(_:)`` of ``noteValues``).
    public var notes: [String]
    /// The same notes as typed values, to word in either language (not in the JSON).
    public var noteValues: [AnalysisNote] = []

    private enum CodingKeys: String, CodingKey { case options, graph, actors, notes }
}

/// Options of an analysis.
public struct AnalysisOptions: Sendable, Codable, Equatable {
    /// Path metrics with distance = 1/weight; constraint, effective size, eigenvector weighted.
    public var weighted: Bool
    /// The actor attribute whose values are the groups for brokerage, mixing and E-I.
    public var groupBy: String
    /// Force exact all-pairs metrics whatever the size.
    public var exact: Bool
    /// Sources for sampled betweenness/closeness/harmonic; `nil` = exact or automatic.
    public var betweennessSamples: Int?
    /// Seed for sampling and community detection.
    public var seed: UInt64
    /// Above this many nodes the all-pairs metrics are sampled unless ``exact`` (default
    /// ``standardExactLimit``).
    public var exactLimit: Int
    /// The one limit every command uses unless told otherwise (`analyse`, `report`, `goals`,
    /// `whatif`, the diagrams' sizes, the page): up to it betweenness, closeness and harmonic
    /// are exact, above it estimated with the stated guarantee. So one input gives one figure in
    /// every output. 10,000: the exact pass costs 15 of the 19 s of a 20,000-actor report, the
    /// guaranteed estimate about 1 s (docs/engineering.md).
    public static let standardExactLimit = 10_000
    /// Above ``exactLimit`` (without ``betweennessSamples``): every actor's normalized
    /// betweenness within `±epsilon` of the exact value, all at once, with probability `≥ 1 − delta`.
    public var epsilon: Double
    public var delta: Double
    /// The estimator for that guarantee: `riondato-kornaropoulos` (default: on the synthetic 20k and
    /// 200k logs it needs ~9% fewer samples than KADABRA, which cannot stop early where hubs have
    /// betweenness ~0.3) or `kadabra` (adaptive: far fewer samples where betweenness is spread
    /// thin; weighted falls back to Riondato–Kornaropoulos).
    public var betweennessMethod: BetweennessEstimate.Method
    /// Leiden iterations, as leidenalg's `n_iterations` and networkit's `iterations`: exactly
    /// this many, unless one changes nothing. `nil` (the default): until an iteration raises
    /// modularity by less than 0.1%, at most 10 (see `Communities(leiden:)`).
    public var leidenIterations: Int?

    public init(weighted: Bool = false, groupBy: String = "domain", exact: Bool = false,
                betweennessSamples: Int? = nil, seed: UInt64 = 1, exactLimit: Int = standardExactLimit,
                epsilon: Double = 0.01, delta: Double = 0.1, betweennessMethod: BetweennessEstimate.Method = .riondatoKornaropoulos,
                leidenIterations: Int? = nil) {
        self.weighted = weighted
        self.groupBy = groupBy
        self.exact = exact
        self.betweennessSamples = betweennessSamples
        self.seed = seed
        self.exactLimit = exactLimit
        self.epsilon = epsilon
        self.delta = delta
        self.betweennessMethod = betweennessMethod
        self.leidenIterations = leidenIterations
    }

    /// The Leiden communities of `g` these options ask for (seed, iterations).
    func communities(_ g: Graph) -> Communities {
        if let k = leidenIterations { return Communities(leiden: g, seed: seed, maxIterations: k, minimumGain: 0) }
        return Communities(leiden: g, seed: seed)
    }
}

/// Graph-level metrics.
public struct GraphMetrics: Sendable, Codable {
    public var nodes: Int
    public var edges: Int
    public var density: Double
    public var components: Int
    public var componentSizes: [Int]
    /// Freeman degree centralization: Σ(max − deg) / ((n−1)(n−2)).
    public var degreeCentralization: Double
    /// Freeman betweenness centralization of normalized betweenness: Σ(max − b) / (n−1).
    public var betweennessCentralization: Double
    public var averageClustering: Double
    /// Mean shortest-path length within the largest component (hops, or 1/weight when weighted).
    public var averageShortestPath: Double
    /// `true` when ``averageShortestPath`` was estimated from sampled sources.
    public var averageShortestPathSampled: Bool
    public var articulationPoints: Int
    /// Bridges as pairs of export ids.
    public var bridges: [[String]]
    public var communities: Int
    public var modularity: Double
    /// How the all-pairs metrics were computed: `exact`, `sampled (K of N sources, seed S)`, or
    /// the guaranteed betweenness estimate and the sampled closeness/harmonic.
    public var allPairs: String
    /// Sources of the sampled closeness and harmonic (and, with `betweennessSamples`, betweenness).
    public var sampledSources: Int?
    /// The guaranteed betweenness estimate (method, ε, δ, samples), when there is one.
    public var betweennessEstimate: BetweennessGuarantee?
    public var mixing: MixingSummary
}

/// Ties between groups (domains by default) and the E-I index against its random baseline.
public struct MixingSummary: Sendable, Codable {
    /// Group names, in matrix order.
    public var groups: [String]
    /// Partners left out of the groups because their value is missing (for `domain`: partners of
    /// domain `unknown`); like places and young people they are in no group.
    public var partnersLeftOut: Int
    /// `ties[i][j]`: ties between group i and group j (symmetric; diagonal: within the group).
    public var ties: [[Int]]
    /// Summed tie weights, like ``ties``.
    public var weights: [[Double]]
    /// Krackhardt–Stern E-I index over all ties: (E − I) / (E + I).
    public var ei: Double
    /// The E-I index expected if ties fell at random given the group sizes.
    public var eiExpected: Double
    /// Per group: E-I of the ties touching that group, and its expectation.
    public var eiByGroup: [Double]
    public var eiExpectedByGroup: [Double]
}

/// One actor's metrics: the row of the CSV export, in its column order.
public struct ActorMetrics: Sendable, Codable {
    /// The log id, or the pseudonym for a young person.
    public var id: String
    /// The name, or the pseudonym for a young person.
    public var label: String
    public var kind: String
    public var domain: String
    public var degree: Int
    public var strength: Double
    public var betweenness: Double
    public var closeness: Double
    public var harmonic: Double
    public var eigenvector: Double
    public var pagerank: Double
    public var constraint: Double
    public var effectiveSize: Double
    public var efficiency: Double
    public var hierarchy: Double
    public var core: Int
    public var component: Int
    public var community: Int
    public var articulation: Bool
    public var coordinator: Int
    public var consultant: Int
    public var representative: Int
    public var gatekeeper: Int
    public var liaison: Int
    public var brokerageTotal: Int
    public var ei: Double
    /// z-scores of the five brokerage roles against the random baseline (JSON only), in the
    /// order coordinator, consultant, representative, gatekeeper, liaison; `NaN` if undefined.
    public var brokerageZ: [Double]

    /// The count of one brokerage role.
    public func count(_ role: Brokerage.Role) -> Int {
        switch role {
        case .coordinator: coordinator
        case .itinerant: consultant
        case .representative: representative
        case .gatekeeper: gatekeeper
        case .liaison: liaison
        }
    }

    /// Brokerage across groups (``WijknetGraph/Brokerage/acrossGroups``): what the report's
    /// table and the boundary spanners of `gaps` rank by.
    public var brokerageAcross: Int { Brokerage.acrossGroups.reduce(0) { $0 + count($1) } }

    /// The CSV header, in the documented column order.
    public static let csvColumns = ["id", "label", "kind", "domain", "degree", "strength", "betweenness", "closeness",
                                    "harmonic", "eigenvector", "pagerank", "constraint", "effective_size", "efficiency",
                                    "hierarchy", "core", "component", "community", "articulation", "coordinator", "consultant",
                                    "representative", "gatekeeper", "liaison", "brokerage_total", "ei"]
}

/// How betweenness was estimated when it carries a guarantee for every actor at once.
public struct BetweennessGuarantee: Sendable, Codable, Equatable {
    /// `kadabra` or `riondato-kornaropoulos`.
    public var method: String
    /// Every actor's normalized betweenness is within `±epsilon`, all at once, with probability `≥ 1 − delta`.
    public var epsilon: Double
    public var delta: Double
    /// Sampled shortest paths behind the values.
    public var samples: Int
    /// KADABRA's calibration paths (not in the values); `0` for Riondato–Kornaropoulos.
    public var calibrationSamples: Int
    /// The most samples the method could take (RK: `samples`; KADABRA: `ω`).
    public var sampleBound: Int
    public var vertexDiameterBound: Int
    public var seed: UInt64

    public init(_ e: BetweennessEstimate, seed: UInt64) {
        method = e.method.rawValue; epsilon = e.epsilon; delta = e.delta; samples = e.samples
        calibrationSamples = e.calibrationSamples; sampleBound = e.sampleBound
        vertexDiameterBound = e.vertexDiameterBound; self.seed = seed
    }

    /// The method's name and paper, for sentences.
    public var methodName: String {
        method == BetweennessEstimate.Method.kadabra.rawValue ? "KADABRA (Borassi & Natale 2019)" : "Riondato–Kornaropoulos (2016)"
    }

    /// One line: method, ε, δ, samples, seed.
    public var summary: String {
        "\(method), epsilon \(epsilon), delta \(delta), \(samples) samples\(calibrationSamples > 0 ? " (+\(calibrationSamples) calibration)" : ""), seed \(seed)"
    }
}
