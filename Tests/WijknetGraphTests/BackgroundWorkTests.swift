import Dispatch
import Testing
import WijknetGraph
import WijknetTestSupport

/// `BackgroundWork`: what `analyse` runs Leiden on beside the parallel stages.
@Suite("Background work")
struct BackgroundWorkTests {
    /// The work must start at once on its own thread: it signals before anyone waits for it
    /// (were it run lazily inside `wait()`, the semaphore would time out).
    @Test func runsBeforeWaitOnItsOwnThread() {
        let started = DispatchSemaphore(value: 0)
        let work = BackgroundWork { () -> Int in
            started.signal()
            return 42
        }
        #expect(started.wait(timeout: .now() + 30) == .success)
        #expect(work.wait() == 42 && work.wait() == 42)
    }

    @Test func leidenInTheBackgroundEqualsLeidenHere() throws {
        let g = try Reference.load("lesmis").graph
        let here = Communities(leiden: g, seed: 7)
        let there = BackgroundWork { Communities(leiden: g, seed: 7) }.wait()
        #expect(there.membership == here.membership && there.modularity == here.modularity)
    }
}
