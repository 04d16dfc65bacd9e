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
