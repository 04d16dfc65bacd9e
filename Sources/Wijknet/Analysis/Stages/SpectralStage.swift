import WijknetGraph

/// The spectral stage of ``AnalysisResult``: eigenvector centrality and PageRank of every node.
///
/// Eigenvector centrality up to ``AnalysisOptions/exactLimit`` (or with
/// ``AnalysisOptions/exact``) by networkx's power iteration (`eigenvector_centrality`, to
/// 1e-13); above it by the Lanczos method, the same eigenvector to within rounding in a tenth of
/// the products on these nearly bipartite graphs (see `eigenvectorCentralityLanczos`). PageRank
/// as networkx `pagerank` (weighted, α = 0.85). A figure that does not converge is `NaN`, with a
/// note saying so.
/// - Complexity: `O(m)` per iteration or Lanczos step.
struct SpectralStage {
    var eigenvector: [Double]
    var pageRank: [Double]
    var notes: [AnalysisNote] = []

    init(_ g: Graph, options: AnalysisOptions, clock: inout AnalysisResult.StageTimings) {
        let n = g.nodeCount
        eigenvector = [Double](repeating: .nan, count: n)
        let large = n > options.exactLimit && !options.exact
        do {
            if large {
                eigenvector = try eigenvectorCentralityLanczos(g, weighted: options.weighted, tolerance: AnalysisResult.largeGraphEigenvectorTolerance)
                notes.append(.eigenvectorLanczos(tolerance: AnalysisResult.largeGraphEigenvectorTolerance))
            } else {
                eigenvector = try eigenvectorCentrality(g, weighted: options.weighted, tolerance: 1e-13)
            }
        } catch { notes.append(.eigenvectorFailed("\(error)")) }
        clock.lap("eigenvector")
        pageRank = [Double](repeating: .nan, count: n)
        do { pageRank = try WijknetGraph.pageRank(g, weighted: true) } catch { notes.append(.pageRankFailed("\(error)")) }
        clock.lap("pagerank")
    }
}
