#if canImport(Glibc)
import Glibc
#endif

/// A fuzz target: a name, a one-time set-up (fixed companion files) and the per-input check.
///
/// Every target is deterministic — the same input always does the same thing: no clock, no
/// randomness, no state carried from one input to the next except files rewritten per input.
/// A failed property calls ``check(_:_:)``, which aborts, so libFuzzer records the input as a
/// crash just as it does for a trap or a sanitizer report.
struct FuzzTarget: Sendable {
    let name: String
    let setUp: @Sendable () -> Void
    let run: @Sendable (UnsafeBufferPointer<UInt8>) -> Void

    static let all: [FuzzTarget] = [
        FuzzTarget(name: "csv", setUp: {}, run: fuzzCSV),
        FuzzTarget(name: "contactlog", setUp: {}, run: fuzzContactLog),
        FuzzTarget(name: "pipeline", setUp: {}, run: fuzzPipeline),
        FuzzTarget(name: "actors", setUp: setUpActors, run: fuzzActors),
        FuzzTarget(name: "xlsx", setUp: {}, run: fuzzXLSX),
        FuzzTarget(name: "goals", setUp: setUpGoals, run: fuzzGoals),
        FuzzTarget(name: "graphviz", setUp: {}, run: fuzzGraphviz),
        FuzzTarget(name: "graphml", setUp: {}, run: fuzzGraphML),
        FuzzTarget(name: "gexf", setUp: {}, run: fuzzGEXF),
        FuzzTarget(name: "nodelink", setUp: {}, run: fuzzNodeLink),
    ]

    static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

    /// The target chosen on the command line (set once, before libFuzzer starts).
    nonisolated(unsafe) static var current: FuzzTarget?
}

/// A property every input must have. On failure: the message on standard error, then abort,
/// which libFuzzer reports as a crash and saves the input for.
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if condition { return }
    printError("\nPROPERTY FAILED [\(FuzzTarget.current?.name ?? "?")]: \(message())\n")
    abort()
}
