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
    /// Calls `body(v)` for every node, rows split into contiguous blocks run on all cores.
    /// `body` must write only to memory owned by row `v`. Small graphs run on one thread.
    func rowsInParallel(_ body: (Int) -> Void) {
        let n = nodeCount
        guard n >= 4096 else { for v in 0..<n { body(v) }; return }
        let blocks = 16
        parallelFor(blocks) { b in
            for v in (b * n / blocks)..<((b + 1) * n / blocks) { body(v) }
        }
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

    /// Starts `work` now.
    public init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        start()
    }

    private func start() {
        thread = BackgroundThread.start { [self] in value = work() }
    }

    /// The value, waiting for the thread to finish. Call from one thread (the one that made it).
    public func wait() -> Value {
        thread?.join()
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
