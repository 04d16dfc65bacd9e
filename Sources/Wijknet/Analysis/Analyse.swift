import Dispatch
import WijknetGraph

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
    public init(_ eco: Ecosystem, options: AnalysisOptions, showYouthNames: Bool = false, timings: inout StageTimings) throws {
        let g = eco.graph
        let n = g.nodeCount
        var notes: [String] = []
        var clock = timings
        defer { timings = clock }
        // On a large graph the stages after the all-pairs pass (eigenvector, constraint, Leiden)
        // take seconds each: say which of them is done (the terminal's line, when there is one).
        clock.progress = n >= 10_000 ? Progress.sink : nil
        defer { clock.progress?.finish("analyse") }

        // Leiden is one thread's work (seconds at 200,000 actors): on a large graph it runs on a
        // thread of its own beside the stages below, which use both cores. Its lap ("communities")
        // is then the wait for it, not its whole time.
        let seed = options.seed
        let leiden: BackgroundWork<Communities>? = n >= Self.overlapLeidenFrom
            ? BackgroundWork { Communities(leiden: g, seed: seed) } : nil

        // All-pairs metrics: exact, or above the size limit betweenness with a guarantee for
        // every actor and closeness/harmonic from sampled sources.
        var path: PathCentrality
        var guarantee: BetweennessGuarantee?
        if let k = options.betweennessSamples, !options.exact {
            path = PathCentrality.sampled(g, weighted: options.weighted, samples: k, seed: options.seed)
            clock.lap("betweenness+closeness+harmonic")
        } else if n > options.exactLimit && !options.exact {
            path = PathCentrality.sampled(g, weighted: options.weighted, samples: Self.defaultSamples, seed: options.seed,
                                          betweenness: false)
            clock.lap("closeness+harmonic")
            let estimate = Self.guaranteedBetweenness(g, options: options)
            path.betweenness = estimate.betweenness
            guarantee = BetweennessGuarantee(estimate, seed: options.seed)
            clock.lap("betweenness")
        } else {
            path = PathCentrality.exact(g, weighted: options.weighted)
            clock.lap("betweenness+closeness+harmonic")
        }
        let allPairs: String
        if let s = path.sampledSources, let b = guarantee {
            allPairs = "betweenness: \(b.summary); closeness, harmonic: sampled (\(s.count) of \(n) sources, seed \(options.seed))"
            notes.append("betweenness is estimated with \(b.methodName) from \(b.samples) sampled shortest paths (seed \(options.seed)): every actor's normalized betweenness is within ±\(b.epsilon) of the exact value, all at once, with probability at least \(Self.percent(1 - b.delta)). Closeness and harmonic centrality are estimated from \(s.count) of \(n) sources (Eppstein–Wang). The exact computation can be asked for (see the command's help).")
        } else if let s = path.sampledSources {
            allPairs = "sampled (\(s.count) of \(n) sources, seed \(options.seed))"
            notes.append("betweenness, closeness and harmonic centrality are estimated from \(s.count) of \(n) sources (seed \(options.seed)); each normalized betweenness is within ±\(Self.hoeffding(s.count)) of the exact value with 95% probability. The exact computation can be asked for (see the command's help).")
        } else {
            allPairs = "exact"
        }

        var eigen = [Double](repeating: .nan, count: n)
        // Above the exact limit: the Lanczos method, the same eigenvector to within rounding in
        // a tenth of the products of networkx's power iteration on these nearly bipartite graphs
        // (see eigenvectorCentralityLanczos); below it networkx's own iteration, to 1e-13.
        let large = n > options.exactLimit && !options.exact
        do {
            if large {
                eigen = try eigenvectorCentralityLanczos(g, weighted: options.weighted, tolerance: Self.largeGraphEigenvectorTolerance)
                notes.append("eigenvector centrality is computed with the Lanczos method above the exact limit (relative residual below \(Self.largeGraphEigenvectorTolerance)); below it with networkx's power iteration.")
            } else {
                eigen = try eigenvectorCentrality(g, weighted: options.weighted, tolerance: 1e-13)
            }
        } catch { notes.append("eigenvector centrality: \(error); reported as NaN.") }
        clock.lap("eigenvector")
        var pr = [Double](repeating: .nan, count: n)
        do { pr = try pageRank(g, weighted: true) } catch { notes.append("PageRank: \(error); reported as NaN.") }
        clock.lap("pagerank")
        let holes = StructuralHoles(g, weighted: options.weighted)
        clock.lap("constraint+effective size+hierarchy")
        let cores = coreNumbers(g)
        clock.lap("coreness")
        let comps = connectedComponents(g)
        let cuts = cutStructure(g)
        clock.lap("components+articulation+bridges")
        let communities = leiden?.wait() ?? Communities(leiden: g, seed: options.seed)
        clock.lap("communities")
        // From the all-pairs pass: exact when it was exact, estimated from the same sources otherwise.
        let aspl = (value: path.averageShortestPath(in: comps), sampled: path.sampledSources != nil)
        if aspl.sampled { notes.append("the average shortest path length is estimated from the same sampled sources.") }

        // Groups: brokerage and mixing among actors that have a group (see Ecosystem.groups(by:)).
        let groups = try GroupFigures(eco, by: options.groupBy)
        if groups.grouping.partnersLeftOut > 0 {
            let k = groups.grouping.partnersLeftOut
            notes.append("\(k) partner\(k == 1 ? "" : "s") without a known \(groups.grouping.attribute) left out of brokerage, mixing and the E-I index.")
        }
        let role = groups.role, roleZ = groups.roleZ, ei = groups.ei

        clock.lap("brokerage+mixing")
        let clustering = averageClustering(g)
        clock.lap("clustering")
        var isArticulation = [Bool](repeating: false, count: n)
        for v in cuts.articulationPoints { isArticulation[v] = true }
        let bridges = cuts.bridges.map { [eco.exportID(of: $0.u, showYouthNames: showYouthNames), eco.exportID(of: $0.v, showYouthNames: showYouthNames)] }

        self.options = options
        self.notes = notes
        self.graph = GraphMetrics(
            nodes: n, edges: g.edgeCount, density: g.density, components: comps.count,
            componentSizes: comps.sizes.sorted(by: >),
            degreeCentralization: Centralization.degree(g),
            betweennessCentralization: Centralization.betweenness(normalized: path.betweenness),
            averageClustering: clustering, averageShortestPath: aspl.value,
            averageShortestPathSampled: aspl.sampled, articulationPoints: cuts.articulationPoints.count,
            bridges: bridges, communities: communities.count, modularity: communities.modularity,
            allPairs: allPairs, sampledSources: path.sampledSources?.count, betweennessEstimate: guarantee,
            mixing: groups.mixing)
        self.actors = eco.outputOrder(showYouthNames: showYouthNames).map { v in
            let a = eco.actors[v]
            return ActorMetrics(
                id: eco.exportID(of: v, showYouthNames: showYouthNames), label: eco.label(of: v, showYouthNames: showYouthNames),
                kind: a.kind.rawValue, domain: a.kind == .partner ? a.domain.rawValue : "",
                degree: g.degree(v), strength: g.strength(v),
                betweenness: path.betweenness[v], closeness: path.closeness[v], harmonic: path.harmonic[v],
                eigenvector: eigen[v], pagerank: pr[v],
                constraint: holes.constraint[v], effectiveSize: holes.effectiveSize[v],
                efficiency: holes.efficiency[v], hierarchy: holes.hierarchy[v],
                core: cores[v], component: comps.id[v], community: communities.membership[v],
                articulation: isArticulation[v],
                coordinator: role[0][v], consultant: role[1][v], representative: role[2][v],
                gatekeeper: role[3][v], liaison: role[4][v], brokerageTotal: groups.brokerageTotal(v),
                ei: ei[v], brokerageZ: (0..<5).map { roleZ[$0][v] })
        }
    }

    /// Wall-clock time per stage, for `--timings` and the peer comparison.
    /// Also the process CPU time per stage (both cores together), which says more than wall time
    /// on a shared machine.
    public struct StageTimings: Sendable {
        public private(set) var stages: [(name: String, seconds: Double)] = []
        public private(set) var cpuSeconds: [Double] = []
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
            return Kadabra.estimate(g, epsilon: options.epsilon, delta: options.delta, weighted: options.weighted, seed: options.seed)
        case .riondatoKornaropoulos:
            return RiondatoKornaropoulos.estimate(g, epsilon: options.epsilon, delta: options.delta, weighted: options.weighted,
                                                  seed: options.seed)
        }
    }

    /// Betweenness, closeness and harmonic centrality of every node by the one estimator policy
    /// of `analyse` (issue 23): exact up to ``AnalysisOptions/exactLimit`` nodes (or with
    /// ``AnalysisOptions/exact``), above it betweenness with the stated guarantee and closeness
    /// and harmonic from sampled sources. For callers that need these figures without a whole
    /// analysis (`whatif`'s partner positions, a diagram sized by betweenness); `method` says
    /// which, as `analyse` does.
    public static func pathFigures(_ g: Graph, options: AnalysisOptions) -> (path: PathCentrality, method: String) {
        guard g.nodeCount > options.exactLimit && !options.exact else { return (PathCentrality.exact(g, weighted: options.weighted), "exact") }
        var path = PathCentrality.sampled(g, weighted: options.weighted, samples: defaultSamples, seed: options.seed, betweenness: false)
        let estimate = guaranteedBetweenness(g, options: options)
        path.betweenness = estimate.betweenness
        return (path, "betweenness: " + BetweennessGuarantee(estimate, seed: options.seed).summary
                    + "; closeness, harmonic: sampled (\(path.sampledSources?.count ?? 0) of \(g.nodeCount) sources, seed \(options.seed))")
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
