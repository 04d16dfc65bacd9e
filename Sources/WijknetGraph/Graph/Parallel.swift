import Dispatch

/// Wraps a value the caller promises to use race-free across threads.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
}

/// Runs `body(0) … body(iterations − 1)` on all cores and returns when all are done.
///
/// The caller guarantees that different iterations write to disjoint memory (each works on
/// its own scratch and partial results); that is why `body` need not be `@Sendable`. Results
/// stay deterministic as long as the caller reduces the partials in a fixed order.
public func parallelFor(_ iterations: Int, _ body: (Int) -> Void) {
    if iterations <= 1 {
        if iterations == 1 { body(0) }
        return
    }
    withoutActuallyEscaping(body) { escaping in
        let box = UncheckedSendable(value: escaping)
        DispatchQueue.concurrentPerform(iterations: iterations) { box.value($0) }
    }
}

extension Graph {
    /// Calls `body(v)` for every node, rows split into contiguous blocks that the cores take in
    /// turn (see ``CoreShare``). `body` must write only to memory owned by row `v`, so the
    /// result does not depend on which core ran which block. Small graphs run on one thread.
    func rowsInParallel(_ body: (Int) -> Void) {
        let n = nodeCount
        guard n >= 4096 else { for v in 0..<n { body(v) }; return }
        let blocks = 16
        let next = ChunkCounter(blocks)
        parallelFor(min(blocks, CoreShare.cores)) { participant in
            while let b = next.take(participant: participant) {
                for v in (b * n / blocks)..<((b + 1) * n / blocks) { body(v) }
            }
        }
    }
}

/// Calls `body(k, participant)` for every chunk `k` in `0..<chunks`, the chunks handed out in
/// order (``ChunkCounter``) to as many participants as ``CoreShare`` leaves cores free when the
/// loop starts. `participant` (below ``CoreShare/cores``) picks the caller's scratch. `body`
/// must write only to memory chunk `k` owns, so the result does not depend on which
/// participant ran which chunk. One chunk, or one free core, runs on the caller's thread: a
/// short loop inside background work (Leiden beside `analyse`'s stages) then takes no worker
/// thread from the stages' loops to wait for a core (issue 28: waiting workers slowed the
/// national analysis from 46 to 50 s).
func chunksInParallel(_ chunks: Int, _ body: (_ chunk: Int, _ participant: Int) -> Void) {
    let participants = min(chunks, CoreShare.participantsAllowed)
    guard participants > 1 else { for k in 0..<chunks { body(k, 0) }; return }
    let next = ChunkCounter(chunks)
    parallelFor(participants) { participant in
        while let k = next.take(participant: participant) { body(k, participant) }
    }
}

/// Hands out chunk numbers `0..<count` to the participants of a parallel loop, in order.
/// A participant beyond the cores ``CoreShare`` leaves free waits for its turn first.
final class ChunkCounter: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var next = 0
    private let count: Int
    init(_ count: Int) { self.count = count }

    /// The next chunk, or `nil` when all are taken. `participant` is the caller's index in its
    /// loop (`parallelFor`'s iteration); 0 never waits.
    func take(participant: Int = 0) -> Int? {
        CoreShare.waitForTurn(participant) { isExhausted }
        lock.wait(); defer { lock.signal() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    /// Whether every chunk has been handed out.
    var isExhausted: Bool {
        lock.wait(); defer { lock.signal() }
        return next >= count
    }
}

/// How the cores are shared between ``BackgroundWork`` threads and the parallel loops
/// (issue 28).
///
/// `analyse` runs Leiden, one thread's work, beside the stages that use every core. Left to
/// the scheduler, three threads share two cores evenly: the stages finish first, and Leiden
/// then runs on alone while a core stands idle (14 s of the national log's minute). So while a
/// background thread runs, the loops that hand out work in chunks let only
/// `cores − running background threads` (at least one) of their participants take chunks; the
/// others wait (polling every millisecond) until a background thread ends or the chunks run
/// out. Leiden gets a core to itself, the stages the rest, and both cores work until the end.
/// A thread blocked in ``BackgroundWork/wait()`` holds no core, so once the caller waits, the
/// work's own loops (the report's gaps analysis) may use both.
///
/// Only the schedule changes: every loop that asks (``ChunkCounter``, the all-sources pass)
/// computes each chunk independently and reduces in a fixed order, so one participant or
/// several give bit-identical results.
enum CoreShare {
    /// The cores online (at least 1).
    static let cores: Int = {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }()

    private static let running = Counter()
    private static let waiting = Counter()

    /// How many participants of a parallel loop may take work now (see ``allowed(cores:running:waiting:)``).
    static var participantsAllowed: Int { allowed(cores: cores, running: running.value, waiting: waiting.value) }

    /// The cores left to a loop: those not held by a running background thread, where a
    /// thread blocked in ``BackgroundWork/wait()`` holds none (its work's own loops may then
    /// use its core); at least one.
    static func allowed(cores: Int, running: Int, waiting: Int) -> Int {
        max(1, cores - max(0, running - waiting))
    }

    static func backgroundBegan() { running.add(1) }
    static func backgroundEnded() { running.add(-1) }
    static func callerWaits(_ begins: Bool) { waiting.add(begins ? 1 : -1) }

    /// Returns once `participant` may take work, or once `isDone()` (the loop has none left).
    static func waitForTurn(_ participant: Int, unlessDone isDone: () -> Bool) {
        guard participant > 0 else { return }
        while participant >= participantsAllowed && !isDone() {
            #if canImport(Glibc)
            usleep(1000)
            #endif
        }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = DispatchSemaphore(value: 1)
        private var count = 0
        var value: Int { lock.wait(); defer { lock.signal() }; return count }
        func add(_ k: Int) { lock.wait(); count += k; lock.signal() }
    }
}

/// A value computed on a thread of its own while the caller goes on, for one single-threaded
/// stage that can overlap stages using every core: `analyse` runs Leiden (seconds on one core
/// at 200,000 actors) beside the parallel centralities, so both cores stay busy the whole time.
///
/// The work runs exactly once, on a dedicated POSIX thread with an 8 MB stack (not on
/// Dispatch's pool, which `parallelFor` needs for its workers). Its result does not depend on
/// when it runs, so output stays deterministic. Where no thread can be made (or off Linux),
/// the work runs in ``wait()`` on the caller's thread instead.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let work: @Sendable () -> Value
    private var value: Value?
    private var thread: BackgroundThread?
    private var elapsed: Double?

    /// Wall seconds the work took on its own thread; `nil` before ``wait()`` or when it ran
    /// inside ``wait()`` (then its time is the caller's).
    public var seconds: Double? { thread == nil ? elapsed : nil }

    /// Starts `work` now.
    public init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        start()
    }

    /// While it runs, the parallel loops leave it a core (see ``CoreShare``).
    private func start() {
        CoreShare.backgroundBegan()
        thread = BackgroundThread.start { [self] in
            let start = DispatchTime.now().uptimeNanoseconds
            value = work()
            elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            CoreShare.backgroundEnded()
        }
        if thread == nil { CoreShare.backgroundEnded() }
    }

    /// The value, waiting for the thread to finish. Call from one thread (the one that made it).
    public func wait() -> Value {
        if let thread {
            // The caller's core is free while it waits: loops inside the work may use it.
            CoreShare.callerWaits(true)
            thread.join()
            CoreShare.callerWaits(false)
        }
        thread = nil
        if value == nil { value = work() }
        return value!
    }
}

/// One POSIX thread running one closure (``BackgroundWork``'s thread).
final class BackgroundThread: @unchecked Sendable {
    private let body: () -> Void
    #if canImport(Glibc)
    private var handle = pthread_t()
    #endif

    private init(_ body: @escaping () -> Void) { self.body = body }

    /// The started thread, or `nil` when none could be made.
    static func start(_ body: @escaping () -> Void) -> BackgroundThread? {
        #if canImport(Glibc)
        let t = BackgroundThread(body)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        let retained = Unmanaged.passRetained(t).toOpaque()
        guard pthread_create(&t.handle, &attributes, backgroundThreadEntry, retained) == 0 else {
            Unmanaged<BackgroundThread>.fromOpaque(retained).release()
            return nil
        }
        return t
        #else
        return nil
        #endif
    }

    fileprivate func run() { body() }

    func join() {
        #if canImport(Glibc)
        pthread_join(handle, nil)
        #endif
    }
}

#if canImport(Glibc)
import Glibc

private func backgroundThreadEntry(_ argument: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<BackgroundThread>.fromOpaque(argument!).takeRetainedValue().run()
    return nil
}
#endif
