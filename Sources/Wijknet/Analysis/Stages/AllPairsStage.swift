import WijknetGraph

/// The all-pairs stage of ``AnalysisResult``: betweenness, closeness and harmonic centrality of
/// every node by the estimator policy of `analyse` — exact up to ``AnalysisOptions/exactLimit``
/// (or with ``AnalysisOptions/exact``); with ``AnalysisOptions/betweennessSamples`` all three
/// from that many sampled sources; above the limit betweenness with a guarantee for every actor
/// (``AnalysisResult/guaranteedBetweenness(_:options:)``) and closeness and harmonic from
/// ``AnalysisResult/defaultSamples`` sampled sources (Eppstein–Wang).
///
/// Exact figures are checked against networkx `betweenness_centrality`, `closeness_centrality`
/// (Wasserman–Faust) and `harmonic_centrality` in the ``PathCentrality`` tests.
/// - Complexity: exact `O(n·m)` (`O(n·m + n² log n)` weighted, Brandes 2001); sampled
///   `O(k·m)` for `k` sources.
struct AllPairsStage {
    var path: PathCentrality
    var guarantee: BetweennessGuarantee?
    /// How the figures were found: `exact`, or the sampling and guarantee (``GraphMetrics/allPairs``).
    var method: String
    /// The notes that say what was estimated, and how closely.
    var notes: [AnalysisNote] = []

    init(_ g: Graph, options: AnalysisOptions, clock: inout AnalysisResult.StageTimings) {
        let n = g.nodeCount
        if let k = options.betweennessSamples, !options.exact {
            path = PathCentrality.sampled(g, weighted: options.weighted, samples: k, seed: options.seed,
                                          workers: GraphWork.workers, progress: GraphWork.shortestPathsProgress(g))
            clock.lap("betweenness+closeness+harmonic")
        } else if n > options.exactLimit && !options.exact {
            path = PathCentrality.sampled(g, weighted: options.weighted, samples: AnalysisResult.defaultSamples, seed: options.seed,
                                          betweenness: false, workers: GraphWork.workers, progress: GraphWork.shortestPathsProgress(g))
            clock.lap("closeness+harmonic")
            let estimate = AnalysisResult.guaranteedBetweenness(g, options: options)
            path.betweenness = estimate.betweenness
            guarantee = BetweennessGuarantee(estimate, seed: options.seed)
            clock.lap("betweenness")
        } else {
            path = PathCentrality.exact(g, weighted: options.weighted, workers: GraphWork.workers,
                                        progress: GraphWork.shortestPathsProgress(g))
            clock.lap("betweenness+closeness+harmonic")
        }
        if let s = path.sampledSources, let b = guarantee {
            method = "betweenness: \(b.summary); closeness, harmonic: sampled (\(s.count) of \(n) sources, seed \(options.seed))"
            notes.append(.betweennessGuaranteed(method: b.methodName, samples: b.samples, seed: options.seed, epsilon: b.epsilon,
                                                probability: AnalysisResult.percent(1 - b.delta), sources: s.count, nodes: n))
        } else if let s = path.sampledSources {
            method = "sampled (\(s.count) of \(n) sources, seed \(options.seed))"
            notes.append(.pathsSampled(sources: s.count, nodes: n, seed: options.seed, bound: AnalysisResult.hoeffding(s.count)))
        } else {
            method = "exact"
        }
    }
}
