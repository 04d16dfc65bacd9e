import Foundation
import Testing
import WijknetProgress

/// The task-local sink and its stages. (What the algorithms count: WijknetGraphTests'
/// ProgressTests; the drawing is the CLI's: WijknetCLITests' ProgressLineTests.)
@Suite("Progress stages")
struct ProgressStageTests {
    /// Keeps every begin, update and finish, in order.
    final class Recorder: ProgressSink, @unchecked Sendable {
        private let lock = NSLock()
        private var _events: [String] = [], _updates: [String] = []
        /// Stage begins and finishes, in order: `begin NAME k/n`, `finish NAME`.
        var events: [String] { lock.withLock { _events } }
        var updates: [String] { lock.withLock { _updates } }
        func update(_ step: String, done: Int, total: Int?, unit: String) { lock.withLock { _updates.append("\(step) \(done)") } }
        func finish(_ step: String) { lock.withLock { _events.append("finish \(step)") } }
        func begin(_ step: String, stage: Int, of stages: Int) { lock.withLock { _events.append("begin \(step) \(stage)/\(stages)") } }
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
        #expect(sink.updates.isEmpty)
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

    @Test("the sink for work of a size: from the threshold on, and none without a sink")
    func sinkForSize() {
        let sink = Recorder()
        Progress.reporting(to: sink) {
            #expect(Progress.sink(forSize: 9_999, atLeast: 10_000) == nil)
            #expect(Progress.sink(forSize: 10_000, atLeast: 10_000) === sink)
        }
        #expect(Progress.sink(forSize: 10_000, atLeast: 0) == nil)
    }
}
