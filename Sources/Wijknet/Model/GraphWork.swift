import WijknetGraph
import WijknetProgress

/// How the domain asks WijknetGraph for its long computations: with how many threads, and
/// reporting to the task's ``Progress/sink``. WijknetGraph takes both as parameters and owns
/// neither (issue 23).
enum GraphWork {
    /// Two threads: the machines Wijknet targets have two cores. Results never depend on it:
    /// each parallel algorithm of WijknetGraph sums fixed chunks in a fixed order, so 1 and 2
    /// workers give bit-identical figures.
    static let workers = 2

    /// Graphs of this many nodes and more show the shortest-path pass (sources done, per
    /// chunk); smaller ones are over before a line could be read.
    static let shortestPathsProgressFrom = 10_000

    /// The task's ``Progress/sink`` as WijknetGraph's callback, when `size` reaches `threshold`
    /// (always, by default); `nil` without a sink.
    static func progress(forSize size: Int = 0, atLeast threshold: Int = 0) -> ProgressCallback? {
        guard let sink = Progress.sink(forSize: size, atLeast: threshold) else { return nil }
        return ProgressCallback(update: { sink.update($0, done: $1, total: $2, unit: $3) }, finish: { sink.finish($0) })
    }

    /// The callback for the shortest-path pass over `g` (from ``shortestPathsProgressFrom`` nodes).
    static func shortestPathsProgress(_ g: Graph) -> ProgressCallback? {
        progress(forSize: g.nodeCount, atLeast: shortestPathsProgressFrom)
    }
}
