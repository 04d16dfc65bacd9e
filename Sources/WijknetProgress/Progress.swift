/// How long work says how far it is: the ingest of a large log or workbook, the all-pairs
/// shortest-path pass on a large graph, the key-player search, the stages of export and render.
///
/// Work only counts; drawing (a line on a terminal, redrawn in place) is the caller's. The sink
/// is a task-local (``Progress/sink``) rather than a parameter, so the signatures of the
/// domain's functions stay as they are: the domain (`Wijknet`) and the Graphviz boundary read it
/// once on the calling thread, and hand WijknetGraph's algorithms a `ProgressCallback` of
/// theirs as a parameter (WijknetGraph knows no sink). Without a sink the cost is that one read.
///
/// A target of its own, below the domain and the Graphviz boundary, because both report and
/// the boundary knows nothing of the domain.
public protocol ProgressSink: AnyObject, Sendable {
    /// `done` of `total` `unit`s of `step` (`total` `nil` while unknown). May be called from
    /// worker threads and often: the sink serialises and throttles.
    func update(_ step: String, done: Int, total: Int?, unit: String)
    /// `step` is over: clear whatever was shown for it.
    func finish(_ step: String)
    /// `step`, stage `stage` of `stages` of some work, has begun and reports nothing until it is
    /// over (one long call, such as a Graphviz layout): show it at once, until ``finish(_:)``.
    func begin(_ step: String, stage: Int, of stages: Int)
}

extension ProgressSink {
    /// As an update: `stage - 1` of `stages` stages done.
    public func begin(_ step: String, stage: Int, of stages: Int) {
        update(step, done: stage - 1, total: stages, unit: "stages")
    }
}

public enum Progress {
    /// Where long work reports to: `nil` (the default) reports nothing.
    @TaskLocal public static var sink: (any ProgressSink)?

    /// Runs `body` with `sink` as ``sink``.
    public static func reporting<T>(to sink: (any ProgressSink)?, _ body: () throws -> T) rethrows -> T {
        try $sink.withValue(sink) { try body() }
    }

    /// Runs `body`, stage `stage` of `stages` of long work, shown as `step` while it runs
    /// (``ProgressSink/begin(_:stage:of:)``, then ``ProgressSink/finish(_:)``, thrown or not) —
    /// when `reporting` (the work is large) and there is a sink; else just runs it.
    public static func stage<T>(_ step: String, _ stage: Int, of stages: Int, reporting: Bool, _ body: () throws -> T) rethrows -> T {
        guard reporting, let sink else { return try body() }
        sink.begin(step, stage: stage, of: stages)
        defer { sink.finish(step) }
        return try body()
    }

    /// The sink, when the work's size reaches `threshold`: small work stays silent even on a
    /// terminal (it is over before a line could be read).
    public static func sink(forSize size: Int, atLeast threshold: Int) -> (any ProgressSink)? {
        size >= threshold ? sink : nil
    }
}
