import Foundation
import Testing
import WijknetGraph

/// What long work reports to ``Progress/sink``: counts that only grow, end at the total, and
/// one `finish` per step. (The drawing is the CLI's: WijknetCLITests' ProgressLineTests.)
@Suite("Progress reports")
struct ProgressTests {
    /// Keeps every report, in order; safe from the pass's worker threads.
    final class Recorder: ProgressSink, @unchecked Sendable {
        struct Report: Equatable { var step: String; var done: Int; var total: Int?; var unit: String }
        private let lock = NSLock()
        private var _reports: [Report] = [], _finished: [String] = []
        var reports: [Report] { lock.withLock { _reports } }
        var finished: [String] { lock.withLock { _finished } }
        func update(_ step: String, done: Int, total: Int?, unit: String) {
            lock.withLock { _reports.append(Report(step: step, done: done, total: total, unit: unit)) }
        }
        func finish(_ step: String) { lock.withLock { _finished.append(step); _events.append("finish \(step)") } }
        private var _events: [String] = []
        /// Stage begins and finishes, in order: `begin NAME k/n`, `finish NAME`.
        var events: [String] { lock.withLock { _events } }
        func begin(_ step: String, stage: Int, of stages: Int) { lock.withLock { _events.append("begin \(step) \(stage)/\(stages)") } }
    }

    /// A cycle of `n` nodes.
    static func cycle(_ n: Int) -> Graph { Graph(nodeCount: n, edges: (0..<n).map { ($0, ($0 + 1) % n) }) }

    @Test("the shortest-path pass on 10,000 nodes reports sources done per chunk, up to the total")
    func allSourcesPass() {
        let sink = Recorder()
        let g = Self.cycle(10_000)
        let sources = Array(stride(from: 0, to: 10_000, by: 100))   // 100 sources: 64 chunks of 1 or 2
        let quiet = PathCentrality.estimated(g, sources: sources, workers: 2)
        let reported = Progress.reporting(to: sink) { PathCentrality.estimated(g, sources: sources, workers: 2) }
        #expect(reported.betweenness == quiet.betweenness)   // reporting changes nothing
        let r = sink.reports
        #expect(r.count == 64)
        #expect(r.allSatisfy { $0.step == "shortest paths" && $0.total == 100 && $0.unit == "sources" })
        #expect(zip(r, r.dropFirst()).allSatisfy { $0.done < $1.done })
        #expect(r.last?.done == 100)
        #expect(sink.finished == ["shortest paths"])
    }

    @Test("below 10,000 nodes the pass stays silent")
    func smallGraphIsSilent() {
        let sink = Recorder()
        _ = Progress.reporting(to: sink) { PathCentrality.estimated(Self.cycle(9_999), sources: [0, 5_000], workers: 2) }
        #expect(sink.reports.isEmpty && sink.finished.isEmpty)
    }

    @Test("key players: one report per start (greedy + 4 restarts), then the exact check")
    func keyPlayers() {
        let sink = Recorder()
        let g = Self.cycle(30)
        let set = Progress.reporting(to: sink) {
            KeyPlayers.fragment(g, candidates: [Bool](repeating: true, count: 30), k: 2, options: .init(restarts: 4))
        }
        #expect(set.members.count == 2)
        let r = sink.reports
        let starts = r.filter { $0.step == "key players" }
        #expect(starts.map(\.done) == [1, 2, 3, 4, 5] && starts.allSatisfy { $0.total == 5 && $0.unit == "starts" })
        // C(30, 2) = 435 subsets, reported every 1024: once, at 0.
        #expect(r.filter { $0.step == "key players: exact check" } == [.init(step: "key players: exact check", done: 0, total: 435, unit: "sets")])
        #expect(sink.finished == ["key players", "key players: exact check"])
    }

    @Test("a stage begins before its work and finishes after it, thrown or not; a stage not reported just runs")
    func stages() throws {
        let sink = Recorder()
        var log: [String] = []
        Progress.reporting(to: sink) {
            Progress.stage("one", 1, of: 2, reporting: true) { log.append("work one: \(sink.events)") }
            _ = try? Progress.stage("two", 2, of: 2, reporting: true) { () throws -> Int in throw CancellationError() }
            Progress.stage("small", 1, of: 1, reporting: false) { log.append("small") }
        }
        #expect(log == ["work one: [\"begin one 1/2\"]", "small"])
        #expect(sink.events == ["begin one 1/2", "finish one", "begin two 2/2", "finish two"])
        #expect(sink.reports.isEmpty)
        #expect(Progress.stage("no sink", 1, of: 1, reporting: true) { 42 } == 42)   // no sink: just the value
    }

    /// A sink that only counts (as the CLI's tests' recorders do) sees a stage as an update.
    @Test func defaultBeginIsAnUpdateOfStagesDone() {
        final class Counts: ProgressSink, @unchecked Sendable {
            var updates: [String] = []
            func update(_ step: String, done: Int, total: Int?, unit: String) { updates.append("\(step) \(done)/\(total ?? -1) \(unit)") }
            func finish(_ step: String) { updates.append("finish \(step)") }
        }
        let sink = Counts()
        Progress.reporting(to: sink) { Progress.stage("b", 2, of: 3, reporting: true) {} }
        #expect(sink.updates == ["b 1/3 stages", "finish b"])
    }
}
