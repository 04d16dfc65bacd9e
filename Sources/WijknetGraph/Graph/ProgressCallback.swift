/// What long work in this library tells its caller, when the caller passes one: the all-sources
/// shortest-path pass (``PathCentrality``, ``averageShortestPathLength(_:weighted:exactLimit:samples:seed:workers:progress:)``)
/// reports sources done per chunk, and the key-player search (``KeyPlayers/Options/progress``)
/// its starts and the subsets of its exact check.
///
/// The library only counts, and only when given a callback (`nil`, the default, costs nothing):
/// when to report (how large the work must be), where and how to show it are the caller's, so
/// WijknetGraph stays generic and silent.
public struct ProgressCallback: Sendable {
    private let onUpdate: @Sendable (_ step: String, _ done: Int, _ total: Int?, _ unit: String) -> Void
    private let onFinish: @Sendable (_ step: String) -> Void

    /// - Parameters:
    ///   - update: `done` of `total` `unit`s of `step` (`total` `nil` while unknown). Called from
    ///     worker threads and often: the callee serialises and throttles.
    ///   - finish: `step` is over.
    public init(update: @escaping @Sendable (_ step: String, _ done: Int, _ total: Int?, _ unit: String) -> Void,
                finish: @escaping @Sendable (_ step: String) -> Void) {
        onUpdate = update
        onFinish = finish
    }

    /// Tells the caller that `done` of `total` `unit`s of `step` are done.
    public func update(_ step: String, done: Int, total: Int?, unit: String) { onUpdate(step, done, total, unit) }
    /// Tells the caller that `step` is over.
    public func finish(_ step: String) { onFinish(step) }
}
