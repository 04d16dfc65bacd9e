/// How each all-pairs figure of an analysis was computed, as one short token per figure: what
/// a CSV column (`betweenness_method`, `closeness_method`) and an export's graph attributes say,
/// so a file read without its notes still tells exact figures from estimates.
///
/// - `exact`: every shortest path was counted (at or below `--exact-limit`, or `--exact`).
/// - `riondato-kornaropoulos epsilon=E delta=D samples=K seed=S` or `kadabra …`: betweenness
///   with a guarantee for every actor at once (above the limit; ``BetweennessGuarantee``).
/// - `sampled-sources k=K n=N seed=S`: from `K` of `N` sources (Eppstein–Wang for closeness and
///   harmonic; Brandes–Pich for betweenness with `--betweenness-samples`).
///
/// Tokens hold no comma, semicolon, quote or line end: they sit unquoted in any CSV dialect.
extension AnalysisResult {
    /// The method behind ``ActorMetrics/betweenness``.
    public var betweennessMethod: String {
        if let b = graph.betweennessEstimate {
            return "\(b.method) epsilon=\(b.epsilon) delta=\(b.delta) samples=\(b.samples) seed=\(b.seed)"
        }
        return sampledSourcesMethod ?? "exact"
    }

    /// The method behind ``ActorMetrics/closeness`` and ``ActorMetrics/harmonic``.
    public var closenessMethod: String { sampledSourcesMethod ?? "exact" }

    /// `true` when any all-pairs figure is an estimate.
    public var hasEstimates: Bool { graph.sampledSources != nil || graph.betweennessEstimate != nil }

    private var sampledSourcesMethod: String? {
        graph.sampledSources.map { "sampled-sources k=\($0) n=\(graph.nodes) seed=\(options.seed)" }
    }
}
