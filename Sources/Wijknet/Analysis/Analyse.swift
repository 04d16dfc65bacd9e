import Dispatch
import WijknetGraph
import WijknetProgress

extension AnalysisResult {
    /// Sources for the sampled all-pairs metrics when the graph is above ``AnalysisOptions/exactLimit``
    /// and no `betweennessSamples` is given: the error bound in `PathCentrality` is then ±0.043
    /// (95%) on each normalized betweenness.
    public static let defaultSamples = 1_000

    /// Nodes from which Leiden runs beside the other stages (see ``BackgroundWork``); below, the
    /// whole analysis takes well under a second and one more thread is not worth it.
    static let overlapLeidenFrom = 10_000

    /// Relative residual `‖A y − θ y‖ / θ` at which the Lanczos eigenvector stops above
    /// ``AnalysisOptions/exactLimit``: its error is then below `1e-12 · λ₁ / (λ₁ − λ₂)`.
    public static let largeGraphEigenvectorTolerance = 1e-12

    /// Runs every metric of `wijknet analyse` on the ecosystem.
    ///
    /// Groups for brokerage, mixing and E-I are the values of `options.groupBy` (see
    /// ``GroupFigures``; for `domain`: partners of a known domain tied by direct contact). How
    /// many partners were left out is in ``MixingSummary/partnersLeftOut`` and, when not 0, in
    /// the notes.
    ///
    /// - Throws: ``WijknetError/invalidRequest(_:)`` for an unknown `groupBy` attribute.
    public init(_ eco: Ecosystem, options: AnalysisOptions, showYouthNames: Bool = false) throws {
        var ignored = StageTimings()
        try self.init(eco, options: options, showYouthNames: showYouthNames, timings: &ignored)
    }

    /// As ``init(_:options:showYouthNames:)``, recording the wall time of each stage in `timings`
    /// (kept out of the result itself, which stays byte-identical between runs).
    ///
    /// A composition of the stages, one file each under `Analysis/Stages/`: the all-pairs pass
    /// (``AllPairsStage``), eigenvector and PageRank (``SpectralStage``), structural holes,
    /// cores, components, cuts and communities (``StructureStage``), groups (``GroupFigures``)
    /// and clustering; then the rows (``ActorMetrics/rows(_:showYouthNames:paths:spectral:structure:groups:)``)
    /// and the whole-graph figures.
    public init(_ eco: Ecosystem, options: AnalysisOptions, showYouthNames: Bool = false, timings: inout StageTimings) throws {
        let g = eco.graph
        let n = g.nodeCount
        var clock = timings
        defer { timings = clock }
        // On a large graph the stages after the all-pairs pass (eigenvector, constraint, Leiden)
        // take seconds each: say which of them is done (the terminal's line, when there is one).
        clock.progress = n >= 10_000 ? Progress.sink : nil
        defer { clock.progress?.finish("analyse") }

        // Leiden is one thread's work (seconds at 200,000 actors): on a large graph it runs on a
        // thread of its own beside the stages below, which use both cores. Its lap ("communities")
        // is then the wait for it, not its whole time.
        let leiden: BackgroundWork<Communities>? = n >= Self.overlapLeidenFrom && !clock.alone
            ? BackgroundWork { options.communities(g) } : nil

        let paths = AllPairsStage(g, options: options, clock: &clock)
        let spectral = SpectralStage(g, options: options, clock: &clock)
        let structure = StructureStage(g, options: options, leiden: leiden, clock: &clock)
        var notes = paths.notes + spectral.notes
        // From the all-pairs pass: exact when it was exact, estimated from the same sources otherwise.
        let aspl = (value: paths.path.averageShortestPath(in: structure.components), sampled: paths.path.sampledSources != nil)
        if aspl.sampled { notes.append(.averagePathSampled) }

        // Groups: brokerage and mixing among actors that have a group (see Ecosystem.groups(by:)).
        let groups = try GroupFigures(eco, by: options.groupBy)
        if groups.grouping.partnersLeftOut > 0 {
            let k = groups.grouping.partnersLeftOut
            notes.append(.partnersLeftOut(count: k, attribute: groups.grouping.attribute))
        }
        clock.lap("brokerage+mixing")
        let clustering = averageClustering(g)
        clock.lap("clustering")
        // The stages' scratch is freed, but resident in their threads' arenas; the rows below
        // take fresh pages (250 MB at a million actors, the analysis' peak).
        FreedMemory.giveBack()

        self.options = options
        self.notes = notes.map { $0.text(.en) }
        self.noteValues = notes
        self.graph = GraphMetrics(eco, showYouthNames: showYouthNames, paths: paths, structure: structure, groups: groups,
                                  clustering: clustering, averageShortestPath: aspl)
        self.actors = ActorMetrics.rows(eco, showYouthNames: showYouthNames, paths: paths, spectral: spectral,
                                        structure: structure, groups: groups)
    }

    /// Wall-clock time per stage, for `--timings` and the peer comparison.
    /// Also the process CPU time per stage (both cores together), which says more than wall time
    /// on a shared machine.
    public struct StageTimings: Sendable {
        public private(set) var stages: [(name: String, seconds: Double)] = []
        public private(set) var cpuSeconds: [Double] = []
        /// Work that ran on a thread of its own beside the stages (Leiden on a large graph):
        /// its own wall seconds, inside the stages' total rather than added to it.
        public private(set) var beside: [(name: String, seconds: Double)] = []
        /// Every stage alone on all cores: Leiden as a stage of its own ("communities"), not
        /// beside the others. Each time is then the stage's own, as tools that time one stage
        /// at a time report it (`scripts/compare-peers` against networkit); the whole analysis
        /// takes longer. The result is the same.
        public var alone = false
        private var last = DispatchTime.now().uptimeNanoseconds
        private var lastCPU = Self.processCPU()
        /// Told after each stage: `analyse`, stages done of ``expectedStages``.
        var progress: (any ProgressSink)?
        static let expectedStages = 10
        public init() {}
        mutating func lap(_ name: String) {
            let now = DispatchTime.now().uptimeNanoseconds, cpu = Self.processCPU()
            stages.append((name, Double(now - last) / 1e9))
            progress?.update("analyse", done: min(stages.count, Self.expectedStages), total: Self.expectedStages, unit: "stages")
            cpuSeconds.append(cpu - lastCPU)
            last = now
            lastCPU = cpu
        }
        mutating func besides(_ name: String, _ seconds: Double?) {
            if let seconds { beside.append((name, seconds)) }
        }
        /// CPU seconds of this process so far (all threads).
        public static func processCPU() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
    }

    /// Betweenness within `±options.epsilon` for every actor at once with probability
    /// `≥ 1 − options.delta`: KADABRA by default (Riondato–Kornaropoulos when asked, and for
    /// weighted paths, which KADABRA's bidirectional search does not cover).
    static func guaranteedBetweenness(_ g: Graph, options: AnalysisOptions) -> BetweennessEstimate {
        switch options.betweennessMethod {
        case .kadabra:
            return Kadabra.estimate(g, epsilon: options.epsilon, delta: options.delta, weighted: options.weighted, seed: options.seed,
                                    workers: GraphWork.workers)
        case .riondatoKornaropoulos:
            return RiondatoKornaropoulos.estimate(g, epsilon: options.epsilon, delta: options.delta, weighted: options.weighted,
                                                  seed: options.seed, workers: GraphWork.workers)
        }
    }

    /// Betweenness, closeness and harmonic centrality of every node by the one estimator policy
    /// of `analyse` (issue 23): exact up to ``AnalysisOptions/exactLimit`` nodes (or with
    /// ``AnalysisOptions/exact``), above it betweenness with the stated guarantee and closeness
    /// and harmonic from sampled sources. For callers that need these figures without a whole
    /// analysis (`whatif`'s partner positions, a diagram sized by betweenness); `method` says
    /// which, as `analyse` does.
    /// The stage itself (``AllPairsStage``) without ``AnalysisOptions/betweennessSamples``.
    public static func pathFigures(_ g: Graph, options: AnalysisOptions) -> (path: PathCentrality, method: String) {
        var policy = options
        policy.betweennessSamples = nil
        var unrecorded = StageTimings()
        let stage = AllPairsStage(g, options: policy, clock: &unrecorded)
        return (stage.path, stage.method)
    }

    /// `0.9` → `90%`, `0.95` → `95%`, `0.999` → `99.9%`.
    static func percent(_ p: Double) -> String {
        let x = (p * 1000).rounded() / 10
        return x == x.rounded() ? "\(Int(x))%" : "\(x)%"
    }

    /// Half-width of the 95% Hoeffding interval for `k` sampled sources: √(ln(2/0.05) / 2k).
    static func hoeffding(_ k: Int) -> String {
        let eps = (log(40.0) / (2 * Double(max(1, k)))).squareRoot()
        return String(Double(Int(eps * 1000 + 0.5)) / 1000)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
