import Foundation
import Wijknet
import WijknetProgress
import WijknetReport

/// Graph file formats of `wijknet export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, gexf, json, csv
    /// `source,target,weight` with the nodes numbered `0..<n` in output order (row `k + 2` of
    /// `nodes.csv` is node `k`): the integer edge list networkit, SNAP and igraph read directly.
    case edgelist
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
        return try export(read.ecosystem, showYouthNames: source.showYouthNames, analysed: { Self.tellNotes(of: $0, in: source.lang, say) })
    }

    /// Tells an analysis's notes in `lang`, as every command does (the streamed and the
    /// collected export alike: a copy of this once told them in English).
    static func tellNotes(of result: AnalysisResult, in lang: Language, _ say: Say) {
        for note in result.noteValues { say(noteLine(note.text(lang), lang)) }
    }

    /// The export of `eco`: one file's bytes, or for ``ExportFormat/csv`` the files
    /// `nodes.csv` and `edges.csv` (``write(_:showYouthNames:analysed:to:)`` collected).
    public func export(_ eco: Ecosystem, showYouthNames: Bool, analysed: (AnalysisResult) -> Void = { _ in }) throws -> JobOutput {
        var single = Data()
        var files: [JobFile] = []
        try write(eco, showYouthNames: showYouthNames, analysed: analysed) { name, body in
            let data = Data(try ChunkedText.collect(body).utf8)
            if let name { files.append(JobFile(name: name, data: data)) } else { single = data }
        }
        return files.isEmpty ? JobOutput(single) : JobOutput(files: files)
    }

    /// Reads `source` (telling its report), then writes its export piece by piece
    /// (``write(_:showYouthNames:analysed:to:)``); the analysis's notes told between the stages.
    public func write(_ source: LogSource, say: Say, to file: (String?, (inout ChunkedText) throws -> Void) throws -> Void) throws {
        let (eco, days) = try load(source, say: say)
        try write(eco, days: days, showYouthNames: source.showYouthNames, analysed: { Self.tellNotes(of: $0, in: source.lang, say) }, to: file)
    }

    /// `source` read (its report told) as an export needs it: the ecosystem without its rows
    /// (480 MB at a million actors, issue 28; dropped as `analyse` drops them: the analysis and
    /// every format but GEXF's timeline read only the graph and the tie totals) and, for
    /// ``ExportFormat/gexf``, the contact days, taken from the rows first. The read ends here,
    /// and with it the rows.
    private func load(_ source: LogSource, say: Say) throws -> (eco: Ecosystem, days: ContactDays?) {
        let eco = try source.read(say: say).ecosystem
        return (eco.withoutRows(), format == .gexf ? eco.contactDays() : nil)
    }

    /// The export of `eco` written piece by piece (issue 28: at a million actors a GraphML is
    /// several GB, never one string): `file(name, body)` is called once per file — `name` `nil`
    /// for the one output, `nodes.csv` and `edges.csv` for ``ExportFormat/csv`` — and `body`
    /// writes its text into the ``ChunkedText`` it is given. The ``ExportFormat/edgelist`` needs
    /// no analysis: it is the graph alone. The `excel-nl` dialect decides its number columns over
    /// the whole table, so each of its tables is written twice (``CSVDialect/render(_:to:)``).
    public func write(_ eco: Ecosystem, showYouthNames: Bool, analysed: (AnalysisResult) -> Void = { _ in },
                      to file: (String?, (inout ChunkedText) throws -> Void) throws -> Void) throws {
        try write(eco, days: nil, showYouthNames: showYouthNames, analysed: analysed, to: file)
    }

    /// ``write(_:showYouthNames:analysed:to:)`` with the GEXF's contact `days` of `eco` when
    /// they were taken before its rows were dropped (`nil`: taken from `eco`'s rows).
    func write(_ eco: Ecosystem, days: ContactDays?, showYouthNames: Bool, analysed: (AnalysisResult) -> Void,
               to file: (String?, (inout ChunkedText) throws -> Void) throws -> Void) throws {
        if format == .edgelist {
            let reporting = eco.count >= Self.progressThreshold
            return try Progress.stage(Self.stages[1], 1, of: 1, reporting: reporting) { try file(nil) { try Self.edgeList(eco, showYouthNames: showYouthNames, to: &$0) } }
        }
        try Self.run(eco, options: AnalysisOptions(groupBy: groupBy), showYouthNames: showYouthNames, analysed: analysed) { graph in
            switch format {
            case .graphml: try file(nil) { try graph.graphML(to: &$0) }
            case .gexf: try file(nil) { try graph.gexf(days: days ?? eco.contactDays(), to: &$0) }
            case .json: try file(nil) { try graph.nodeLinkJSON(to: &$0) }
            case .csv:
                try file("nodes.csv") { out in try dialect.render({ try graph.nodesCSV(to: &$0) }, to: &out) }
                try file("edges.csv") { out in try dialect.render({ try graph.edgesCSV(to: &$0) }, to: &out) }
            case .edgelist: break
            }
        }
    }

    /// `source,target,weight`, one line per tie: the ends as their positions in
    /// ``Wijknet/Ecosystem/outputOrder(showYouthNames:)`` (the node order of every export, so
    /// node `k` is row `k + 2` of `nodes.csv`), lower first, sorted; weights as in the CSV.
    /// The ties come from the graph's rows in that order (``Wijknet/TiesInOutputOrder``), never
    /// as one array.
    /// - Complexity: `O(n log n + m log Δ)` time, `O(n)` memory besides one chunk of text.
    static func edgeList(_ eco: Ecosystem, showYouthNames: Bool, to out: inout ChunkedText) throws {
        let edges = eco.graph.edges
        try out.append("source,target,weight\n")
        for t in eco.tiesInOutputOrder(eco.outputOrder(showYouthNames: showYouthNames)) {
            try out.append("\(t.u),\(t.v),\(Format.csvNumber(edges[t.edge].weight))\n")
        }
    }
}
