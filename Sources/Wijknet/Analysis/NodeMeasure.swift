import WijknetGraph

/// The measures a diagram can size its nodes by, each computed as ``AnalysisResult`` computes it
/// (the same stages, the same estimator policy for the same options), so a node drawn large is
/// large in the tables too. The diagrams never compute them: the job that draws computes the
/// values here and hands them to the view (issue 23: a view renders, it does not analyse).
public enum NodeMeasure: String, CaseIterable, Sendable {
    case degree, strength, betweenness, closeness, harmonic, pagerank, eigenvector

    /// Every node's value in `g` under `options`' policy: degree and strength read from the
    /// rows; betweenness, closeness and harmonic from ``AnalysisResult``'s all-pairs stage
    /// (exact up to ``AnalysisOptions/exactLimit``, the stated guarantee above); eigenvector and
    /// PageRank from its spectral stage (`NaN` where it did not converge).
    /// - Complexity: that of the stage; O(n) for degree and strength.
    public func values(_ g: Graph, options: AnalysisOptions = AnalysisOptions()) -> [Double] {
        switch self {
        case .degree: return (0..<g.nodeCount).map { Double(g.degree($0)) }
        case .strength: return (0..<g.nodeCount).map { g.strength($0) }
        case .betweenness: return AnalysisResult.pathFigures(g, options: options).path.betweenness
        case .closeness: return AnalysisResult.pathFigures(g, options: options).path.closeness
        case .harmonic: return AnalysisResult.pathFigures(g, options: options).path.harmonic
        case .pagerank, .eigenvector:
            var unrecorded = AnalysisResult.StageTimings()
            let spectral = SpectralStage(g, options: options, clock: &unrecorded)
            return self == .pagerank ? spectral.pageRank : spectral.eigenvector
        }
    }
}
