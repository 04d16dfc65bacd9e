import Wijknet
import WijknetProgress
import WijknetReport

/// `wijknet export` from a loaded ecosystem: the analysis, then the graph written — the two
/// stages a large ecosystem (``progressThreshold`` actors or more) shows on the progress line
/// (``Progress/stage(_:_:of:reporting:_:)``: `export: analysis (1 of 2)`, `export: writing (2 of 2)`).
/// The analysis's own long steps (the shortest paths, `analyse`) report inside the first.
public enum ExportJob {
    /// From this many actors on, the stages are reported (the analysis of 10,000 actors takes
    /// seconds, as `analyse` reports from there).
    public static let progressThreshold = 10_000
    /// The stages, in order.
    public static let stages = ["export: analysis", "export: writing"]

    /// Analyses `eco`, hands the analysis to `analysed` (between the stages: its notes can be
    /// printed without breaking a progress line), then the export graph to `write`.
    public static func run(_ eco: Ecosystem, options: AnalysisOptions, showYouthNames: Bool,
                           analysed: (AnalysisResult) -> Void = { _ in }, write: (ExportGraph) throws -> Void) throws {
        let reporting = eco.count >= progressThreshold
        let analysis = try Progress.stage(stages[0], 1, of: 2, reporting: reporting) {
            try AnalysisResult(eco, options: options, showYouthNames: showYouthNames)
        }
        analysed(analysis)
        try Progress.stage(stages[1], 2, of: 2, reporting: reporting) {
            try write(ExportGraph(eco, analysis: analysis, showYouthNames: showYouthNames))
        }
    }
}
