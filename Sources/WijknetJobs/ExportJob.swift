import Foundation
import Wijknet
import WijknetProgress
import WijknetReport

/// Graph file formats of `wijknet export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, gexf, json, csv
}

/// `wijknet export` from a loaded ecosystem: the analysis, then the graph written — the two
/// stages a large ecosystem (``progressThreshold`` actors or more) shows on the progress line
/// (``Progress/stage(_:_:of:reporting:_:)``: `export: analysis (1 of 2)`, `export: writing (2 of 2)`).
/// The analysis's own long steps (the shortest paths, `analyse`) report inside the first.
public struct ExportJob {
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

    public var format: ExportFormat
    /// The actor attribute that forms the groups for brokerage and E-I.
    public var groupBy = "domain"
    /// The dialect of the two CSV files.
    public var dialect: CSVDialect = .standard

    public init(format: ExportFormat) { self.format = format }

    /// Reads `source` (telling its report), then exports it; the analysis's notes told between
    /// the stages.
    public func run(_ source: LogSource, say: Say) throws -> JobOutput {
        let read = try source.read(say: say)
        return try export(read.ecosystem, showYouthNames: source.showYouthNames) { for note in $0.noteValues { say(noteLine(note.text(source.lang), source.lang)) } }
    }

    /// The export of `eco`: one file's bytes, or for ``ExportFormat/csv`` the files
    /// `nodes.csv` and `edges.csv`.
    public func export(_ eco: Ecosystem, showYouthNames: Bool, analysed: (AnalysisResult) -> Void = { _ in }) throws -> JobOutput {
        var output = JobOutput(Data())
        try Self.run(eco, options: AnalysisOptions(groupBy: groupBy), showYouthNames: showYouthNames, analysed: analysed) { graph in
            switch format {
            case .graphml: output = JobOutput(graph.graphML())
            case .gexf: output = JobOutput(graph.gexf(days: eco.contactDays()))
            case .json: output = JobOutput(graph.nodeLinkJSON())
            case .csv: output = JobOutput(files: [JobFile(name: "nodes.csv", data: Data(dialect.rendered(graph.nodesCSV()).utf8)),
                                                  JobFile(name: "edges.csv", data: Data(dialect.rendered(graph.edgesCSV()).utf8))])
            }
        }
        return output
    }
}
