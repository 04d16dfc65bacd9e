import Foundation
import WijknetTestScratch
import Testing
import WijknetGraph
import WijknetProgress
@testable import Wijknet

/// `analyse` on a large graph tells the progress sink which of its stages are done (the long
/// ones after the all-pairs pass have no count of their own), and nothing on a small one.
@Suite("Analyse: progress per stage")
struct AnalyseProgressTests {
    final class Recorder: ProgressSink, @unchecked Sendable {
        private let lock = NSLock()
        private var _done: [String: [Int]] = [:], _finished: [String] = [], _steps: [String] = [], _totals: [String: Int?] = [:]
        var done: [String: [Int]] { lock.withLock { _done } }
        var finished: [String] { lock.withLock { _finished } }
        /// Each step once, in the order of its first update.
        var steps: [String] { lock.withLock { _steps } }
        /// The last total each step reported.
        var totals: [String: Int?] { lock.withLock { _totals } }
        func update(_ step: String, done: Int, total: Int?, unit: String) {
            lock.withLock {
                if step == "analyse" { precondition(total == 10 && unit == "stages") }
                if _done[step] == nil { _steps.append(step) }
                _done[step, default: []].append(done); _totals[step] = total
            }
        }
        func finish(_ step: String) { lock.withLock { _finished.append(step) } }
    }

    static func ecosystem(actors: Int) throws -> Ecosystem {
        let dir = TestScratch.root.appendingPathComponent("wijknet-progress-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = try SyntheticNeighbourhood(SyntheticNeighbourhood.Parameters(actors: actors, rows: actors * 2, seed: 3)).write(to: dir, style: .plain)
        let log = try ContactLogReader().read(logPath: files.log, actorsPath: files.actors)
        return Ecosystem(log: log, pseudonyms: Pseudonymizer(key: Array("k".utf8)))
    }

    @Test func largeGraphReportsEveryStageOnce() throws {
        let eco = try Self.ecosystem(actors: 10_000)
        #expect(eco.count >= 10_000)
        let sink = Recorder()
        var options = AnalysisOptions()
        options.exactLimit = 1_000   // the guaranteed estimate: quick in a debug build
        let quiet = try AnalysisResult(eco, options: options)
        let reported = try Progress.reporting(to: sink) { try AnalysisResult(eco, options: options) }
        #expect(reported.actors.map(\.betweenness) == quiet.actors.map(\.betweenness) && reported.graph.communities == quiet.graph.communities)   // reporting changes nothing
        let stages = sink.done["analyse"] ?? []
        #expect(stages == Array(1...stages.count) && (9...10).contains(stages.count))
        #expect(sink.finished.filter { $0 == "analyse" }.count == 1)
    }

    /// `--timings-alone`: on a graph where Leiden runs beside the stages, it runs as the
    /// "communities" stage instead, with the same result, and nothing is timed beside.
    @Test func stagesAloneTimeLeidenAsAStage() throws {
        let eco = try Self.ecosystem(actors: 10_000)
        var options = AnalysisOptions()
        options.exactLimit = 1_000
        var beside = AnalysisResult.StageTimings(), alone = AnalysisResult.StageTimings()
        alone.alone = true
        let a = try AnalysisResult(eco, options: options, timings: &beside)
        let b = try AnalysisResult(eco, options: options, timings: &alone)
        #expect(a.actors.map(\.community) == b.actors.map(\.community) && a.graph.communities == b.graph.communities)
        #expect(a.actors.map(\.betweenness) == b.actors.map(\.betweenness) && a.actors.map(\.eigenvector) == b.actors.map(\.eigenvector))
        #expect(beside.beside.map(\.name) == ["leiden"] && alone.beside.isEmpty)
        let communities = { (t: AnalysisResult.StageTimings) in t.stages.first { $0.name == "communities" }?.seconds ?? -1 }
        #expect(communities(alone) > communities(beside), "Leiden's own time is the stage's now")
    }

    @Test func smallGraphIsSilent() throws {
        let sink = Recorder()
        _ = try Progress.reporting(to: sink) { try AnalysisResult(try Self.ecosystem(actors: 300), options: AnalysisOptions()) }
        #expect(sink.done.isEmpty && sink.finished.isEmpty)
    }

    /// A large workbook (here: `cells.xlsx` with the threshold lowered to 0) reports its sheet's
    /// rows parsed (`unpacking`, no total), then the records read of that many (`reading`), each
    /// step finished once, in that order.
    @Test func largeWorkbookReportsUnpackingThenReading() throws {
        let sink = Recorder()
        var records = 0
        try Progress.reporting(to: sink) {
            var source: any RecordSource = try WorkbookSource(path: XLSXReaderTests.fixture("cells.xlsx"), displayName: "in/cells.xlsx", sheet: nil, progressThreshold: 0)
            let progress = reportingProgress(&source, step: "reading cells.xlsx") { 0 }
            try source.forEachRecord(onMalformed: { _ in }) { _ in records += 1 }
            progress?.finish("reading cells.xlsx")
        }
        #expect(records == 4)   // rows 1, 2, 5 and 6 have text
        #expect(sink.steps == ["unpacking cells.xlsx", "reading cells.xlsx"])
        #expect(sink.done["unpacking cells.xlsx"] == [records] && sink.totals["unpacking cells.xlsx"] == .some(nil))   // fewer than 4,096 rows: once, at the end
        #expect(sink.done["reading cells.xlsx"] == [records] && sink.totals["reading cells.xlsx"] == .some(records))
        #expect(sink.finished == ["unpacking cells.xlsx", "reading cells.xlsx"])
    }

    /// A workbook below the threshold (16 MiB of sheet XML) is read without a word.
    @Test func smallWorkbookIsSilent() throws {
        let sink = Recorder()
        let book = XLSXReaderTests.fixture("cells.xlsx")
        let log = try Progress.reporting(to: sink) { try ContactLogReader(policy: .skipInvalid, actorSheet: "Actoren").read(logPath: book, actorsPath: book) }
        #expect(log.stats.rowsUsed == 2)
        #expect(sink.done.isEmpty && sink.finished.isEmpty)
    }
}
