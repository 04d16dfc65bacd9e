import Foundation
import Testing
import WijknetGraph
@testable import Wijknet

/// `analyse` on a large graph tells the progress sink which of its stages are done (the long
/// ones after the all-pairs pass have no count of their own), and nothing on a small one.
@Suite("Analyse: progress per stage")
struct AnalyseProgressTests {
    final class Recorder: ProgressSink, @unchecked Sendable {
        private let lock = NSLock()
        private var _done: [String: [Int]] = [:], _finished: [String] = []
        var done: [String: [Int]] { lock.withLock { _done } }
        var finished: [String] { lock.withLock { _finished } }
        func update(_ step: String, done: Int, total: Int?, unit: String) {
            lock.withLock { if step == "analyse" { precondition(total == 10 && unit == "stages") }; _done[step, default: []].append(done) }
        }
        func finish(_ step: String) { lock.withLock { _finished.append(step) } }
    }

    static func ecosystem(actors: Int) throws -> Ecosystem {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wijknet-progress-\(UUID().uuidString)").path
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

    @Test func smallGraphIsSilent() throws {
        let sink = Recorder()
        _ = try Progress.reporting(to: sink) { try AnalysisResult(try Self.ecosystem(actors: 300), options: AnalysisOptions()) }
        #expect(sink.done.isEmpty && sink.finished.isEmpty)
    }
}
