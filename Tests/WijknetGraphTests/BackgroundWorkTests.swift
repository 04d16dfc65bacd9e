import Dispatch
import Foundation
import Testing
@testable import WijknetGraph
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

    /// Its own wall time, for `--timings` (Leiden beside the stages): at least the 50 ms it slept.
    @Test func measuresItsOwnTime() {
        let work = BackgroundWork { () -> Int in
            usleep(50_000)
            return 7
        }
        #expect(work.wait() == 7)
        #expect((work.seconds ?? 0) >= 0.05)
        #expect((work.seconds ?? .infinity) < 30)
    }

    @Test func leidenInTheBackgroundEqualsLeidenHere() throws {
        let g = try Reference.load("lesmis").graph
        let here = Communities(leiden: g, seed: 7)
        let there = BackgroundWork { Communities(leiden: g, seed: 7) }.wait()
        #expect(there.membership == here.membership && there.modularity == here.modularity)
    }

    /// While background work runs, a loop that takes chunks leaves it a core: only
    /// `max(1, cores − 1)` participants take chunks (more background work elsewhere in the test
    /// process only lowers that). Were the others not held back, participant 1 would take some
    /// of the 64 chunks of a millisecond each. Once it ends, the loop's sums are the same.
    @Test func backgroundWorkKeepsACoreForItself() {
        let release = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        let work = BackgroundWork { () -> Int in
            started.signal()
            release.wait()
            return 1
        }
        #expect(started.wait(timeout: .now() + 30) == .success)
        let participants = max(2, CoreShare.cores)
        let chunks = 64
        var takenBy = [Int](repeating: -1, count: chunks)
        let next = ChunkCounter(chunks)
        takenBy.withUnsafeMutableBufferPointer { taken in
            parallelFor(participants) { p in
                while let c = next.take(participant: p) {
                    taken[c] = p
                    usleep(1000)
                }
            }
        }
        #expect(!takenBy.contains(-1))
        #expect(takenBy.allSatisfy { $0 < max(1, CoreShare.cores - 1) })
        release.signal()
        #expect(work.wait() == 1)
    }

    /// The cores a loop may use: two cores, Leiden running beside the stages → one; the caller
    /// then waiting for it → two again (the work's own loops may use the waiting caller's core);
    /// three background works on two cores → still one; never fewer than one.
    @Test func coresLeftToALoop() {
        #expect(CoreShare.allowed(cores: 2, running: 0, waiting: 0) == 2)
        #expect(CoreShare.allowed(cores: 2, running: 1, waiting: 0) == 1)
        #expect(CoreShare.allowed(cores: 2, running: 1, waiting: 1) == 2)
        #expect(CoreShare.allowed(cores: 2, running: 3, waiting: 1) == 1)
        #expect(CoreShare.allowed(cores: 8, running: 2, waiting: 0) == 6)
        #expect(CoreShare.allowed(cores: 1, running: 0, waiting: 0) == 1)
    }

    /// Constraint, effective size and hierarchy with the chunks taken by one participant
    /// (background work holding the other core) equal those of two free participants, bit for bit.
    @Test func structuralHolesDoNotDependOnTheSchedule() {
        for weighted in [false, true] {
            let g = ApproxBetweennessTests.randomGraph(n: 6_000, m: 30_000, seed: 5, weighted: weighted)
            let free = StructuralHoles(g, weighted: weighted, workers: 2)
            let release = DispatchSemaphore(value: 0)
            let work = BackgroundWork { () -> Int in release.wait(); return 0 }
            let held = StructuralHoles(g, weighted: weighted, workers: 2)
            release.signal()
            _ = work.wait()
            #expect(free.constraint.map(\.bitPattern) == held.constraint.map(\.bitPattern))
            #expect(free.effectiveSize.map(\.bitPattern) == held.effectiveSize.map(\.bitPattern))
            #expect(free.hierarchy.map(\.bitPattern) == held.hierarchy.map(\.bitPattern))
        }
    }
}
