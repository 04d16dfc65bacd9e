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
func parallelFor(_ iterations: Int, _ body: (Int) -> Void) {
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
