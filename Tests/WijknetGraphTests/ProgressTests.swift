import Foundation
import Testing
import WijknetGraph

/// What long work reports to the ``ProgressCallback`` it is given: counts that only grow, end at
/// the total, and one `finish` per step. (When to report is the caller's: Wijknet from 10,000
/// nodes, WijknetTests' AnalyseProgressTests; the drawing is the CLI's: ProgressLineTests.)
@Suite("Progress reports")
struct ProgressTests {
    /// Keeps every report, in order; safe from the pass's worker threads.
    final class Recorder: @unchecked Sendable {
        struct Report: Equatable { var step: String; var done: Int; var total: Int?; var unit: String }
        private let lock = NSLock()
        private var _reports: [Report] = [], _finished: [String] = []
        var reports: [Report] { lock.withLock { _reports } }
        var finished: [String] { lock.withLock { _finished } }
        func update(_ step: String, done: Int, total: Int?, unit: String) {
            lock.withLock { _reports.append(Report(step: step, done: done, total: total, unit: unit)) }
        }
        func finish(_ step: String) { lock.withLock { _finished.append(step) } }
        /// This recorder as the callback the algorithms take.
        var callback: ProgressCallback {
            ProgressCallback(update: { self.update($0, done: $1, total: $2, unit: $3) }, finish: { self.finish($0) })
        }
    }

    /// A cycle of `n` nodes.
    static func cycle(_ n: Int) -> Graph { Graph(nodeCount: n, edges: (0..<n).map { ($0, ($0 + 1) % n) }) }

    @Test("the shortest-path pass reports sources done per chunk, up to the total")
    func allSourcesPass() {
        let sink = Recorder()
        let g = Self.cycle(10_000)
        let sources = Array(stride(from: 0, to: 10_000, by: 100))   // 100 sources: 64 chunks of 1 or 2
        let quiet = PathCentrality.estimated(g, sources: sources, workers: 2)
        let reported = PathCentrality.estimated(g, sources: sources, workers: 2, progress: sink.callback)
        #expect(reported.betweenness == quiet.betweenness)   // reporting changes nothing
        let r = sink.reports
        #expect(r.count == 64)
        #expect(r.allSatisfy { $0.step == "shortest paths" && $0.total == 100 && $0.unit == "sources" })
        #expect(zip(r, r.dropFirst()).allSatisfy { $0.done < $1.done })
        #expect(r.last?.done == 100)
        #expect(sink.finished == ["shortest paths"])
    }

    @Test("the library has no size threshold: a small pass with a callback reports too, the exact pass every node")
    func smallGraphReportsWhenAsked() {
        let sink = Recorder()
        _ = PathCentrality.exact(Self.cycle(10), workers: 1, progress: sink.callback)
        #expect(sink.reports.map(\.done) == Array(1...10))   // 10 sources: 10 chunks of 1
        #expect(sink.reports.allSatisfy { $0.total == 10 && $0.unit == "sources" })
        #expect(sink.finished == ["shortest paths"])
    }

    @Test("key players: one report per start (greedy + 4 restarts), then the exact check")
    func keyPlayers() {
        let sink = Recorder()
        let g = Self.cycle(30)
        let set = KeyPlayers.fragment(g, candidates: [Bool](repeating: true, count: 30), k: 2,
                                      options: .init(restarts: 4, progress: sink.callback))
        #expect(set.members.count == 2)
        let r = sink.reports
        let starts = r.filter { $0.step == "key players" }
        #expect(starts.map(\.done) == [1, 2, 3, 4, 5] && starts.allSatisfy { $0.total == 5 && $0.unit == "starts" })
        // C(30, 2) = 435 subsets, reported every 1024: once, at 0.
        #expect(r.filter { $0.step == "key players: exact check" } == [.init(step: "key players: exact check", done: 0, total: 435, unit: "sets")])
        #expect(sink.finished == ["key players", "key players: exact check"])
    }
}
