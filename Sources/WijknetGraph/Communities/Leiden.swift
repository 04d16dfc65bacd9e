#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Communities {
    /// Communities by modularity optimisation with the Leiden algorithm: every community is
    /// guaranteed to be connected.
    ///
    /// Maximises `Q = Σ_c [ L_c / m − γ (K_c / 2m)² ]` (see ``modularity(_:communities:resolution:)``)
    /// on the weighted graph. Each iteration repeats, level by level:
    /// 1. **Fast local moving** — nodes, taken from a queue in seeded random order, move to the
    ///    neighbouring (or an empty) community with the largest strictly positive gain
    ///    `ΔQ ∝ w(v, C) − γ k_v K_C / 2m`; when a node moves, its neighbours outside its new
    ///    community are queued again. On levels of 65,536 nodes or more, nodes are weighed in
    ///    batches on the cores, a node that stays is settled (not queued again, as in
    ///    networkit's `ParallelLeiden`), and a round of the queue that raises modularity by less
    ///    than 0.0001 ends it (the queue's long tail).
    /// 2. **Refinement** — inside each community `S`, starting from singletons, every
    ///    well-connected singleton `v` (`w(v, S − v) ≥ γ k_v (K_S − k_v) / 2m`) joins a
    ///    well-connected sub-community `C` of `S` it is tied to, chosen at random with
    ///    probability `∝ exp(ΔQ / θ)` among those with `ΔQ ≥ 0` (staying alone has `ΔQ = 0`).
    ///    Sub-communities only grow by a tied node, so each is connected.
    /// 3. **Aggregation** — the refined sub-communities become the nodes of the next level,
    ///    starting in the community (of step 1) that contains them.
    ///
    /// A level where fast moving leaves every node in a community of its own ends the
    /// iteration. Iterations restart from the previous result until one changes nothing, or
    /// raises modularity by less than `minimumGain` (relative), or `maxIterations` have run. The
    /// refinement's random choices keep moving boundary nodes, so on a large graph no iteration
    /// changes nothing: on the national graph (a million actors, issue 28) all ten ran, 33 s
    /// when first measured, for modularity 0.36430, 0.36739, 0.36781, 0.36789, … 0.36798; with
    /// the default gain of 0.1% four ran, 16 s then, 8.6–9.1 s at stop 36 and 5.6–5.9 s at
    /// stop 42 (alone, both cores). On its copy without weights each iteration still gains
    /// more than 0.1%, so all ten run (0.2088, 14.8–14.9 s).
    /// (leidenalg and igraph run two by default, `n_iterations = 2`; two lose quality on small
    /// graphs, see `CommunityTests.leidenQuality`.)
    ///
    /// Should refinement merge nothing at some level, the connected parts of the communities
    /// are aggregated instead (igraph aggregates the unrefined communities there, which can
    /// lose connectivity). Should those parts be the level's nodes themselves, the iteration
    /// ends there and its result is split into connected parts, which never lowers
    /// modularity. Every other iteration ends at a level where each community is one node,
    /// connected by construction, and is not checked again.
    ///
    /// Deterministic for a seed: visiting orders come from seeded shuffles of node ids
    /// (``SeededGenerator``), candidate communities are scanned in adjacency order (the graph's
    /// rows are sorted; an aggregated level's rows are in the order their ties were first met),
    /// ties keep the current community, and no dictionary is iterated. Fast moving (in
    /// batches on levels of 65,536 nodes or more, applied in queue order), refinement (community
    /// by community, each node's draw keyed by the node) and aggregation (runs of rows joined in
    /// order) use the cores ``CoreShare`` leaves free, with the same result on one core or many.
    /// The refinement's `exp` is the platform's libm, so another OS could in principle differ
    /// where a rounding of `exp` flips one random choice.
    ///
    /// - Parameters:
    ///   - g: the weighted graph (weights are tie strengths).
    ///   - resolution: `γ ≥ 0`; default 1. Larger values give more, smaller communities;
    ///     `γ = 0` puts each connected component in one community.
    ///   - seed: seed of the random visiting orders and refinement choices.
    ///   - randomness: `θ > 0` of the refinement step, in units of tie weight (default 0.01, as
    ///     igraph and leidenalg); `θ = 0` makes refinement greedy.
    ///   - maxIterations: upper bound on iterations (default 10); each is `O(m)`-ish.
    ///   - minimumGain: an iteration that raises modularity by less than this fraction of it
    ///     is the last (default `1e-3`; 0 iterates until nothing changes or `maxIterations`).
    /// - Returns: a community id per node, numbered in order of each community's smallest
    ///   node, and the modularity. Each isolate is its own community. A graph without ties
    ///   (including the empty graph) gives singletons and modularity `NaN`.
    /// - Complexity: about `O(m)` per level and `O(log n)` levels per iteration in practice;
    ///   `O(n + m)` memory, scratch allocated once per level.
    /// - Reference: V. A. Traag, L. Waltman & N. J. van Eck, "From Louvain to Leiden:
    ///   guaranteeing well-connected communities", Scientific Reports 9 (2019) 5233,
    ///   DOI 10.1038/s41598-019-41695-z.
    public init(leiden g: Graph, resolution: Double = 1, seed: UInt64 = 1, randomness: Double = 0.01,
                maxIterations: Int = 10, minimumGain: Double = 1e-3) {
        precondition(resolution >= 0 && resolution.isFinite, "resolution must be finite and >= 0")
        precondition(randomness >= 0 && randomness.isFinite, "randomness must be finite and >= 0")
        let n = g.nodeCount
        let base = LeidenLevel(g)
        let m2 = base.nodeWeight.reduce(0, +)   // the strengths, summed in node order
        guard m2 > 0 else {
            self.init(membership: Array(0..<n), modularity: .nan)
            return
        }
        var rng = SeededGenerator(seed: seed)
        // Modularity after each iteration, without summing the ties and strengths again.
        let m = g.edges.reduce(0) { $0 + $1.weight }
        func modularity(_ membership: [Int]) -> Double {
            WijknetGraph.modularity(g, communities: membership, resolution: resolution, totalWeight: m) { base.nodeWeight[$0] }
        }
        var membership = Array(0..<n)
        var connected = true                    // singletons are
        var quality = modularity(membership)
        for _ in 0..<max(1, maxIterations) {
            var (next, nextConnected) = base.leiden(initial: membership, gamma: resolution / m2, theta: randomness, rng: &rng)
            LeidenLevel.renumber(&next)
            if next == membership { break }
            (membership, connected) = (next, nextConnected)
            let previous = quality
            quality = modularity(membership)
            if quality - previous < minimumGain * abs(quality) { break }
        }
        // The safety net, once at the end, where the last iteration cannot vouch for it (issue
        // 28: 0.22–0.25 s on the national edge list, where it never changed anything).
        // Connected communities keep their numbers, as the parts are numbered in order of their
        // smallest node too.
        if !connected {
            let parts = connectedParts(g, of: membership)
            if parts != membership {
                membership = parts
                quality = modularity(membership)
            }
        }
        self.init(membership: membership, modularity: quality)
    }
}

/// One level of the Leiden hierarchy: a weighted graph without self-loops (ties inside an
/// aggregate node do not change any move's gain) and the weight `k_v` of each node, the summed
/// strength of the original nodes it stands for. Internal (not private) so that tests can check
/// the raw output and the refinement step without the final connectivity safety net.
struct LeidenLevel {
    var n: Int
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    var nodeWeight: [Double]

    init(_ g: Graph) {
        n = g.nodeCount
        offsets = g.offsets
        targets = g.targets
        weights = g.weights
        nodeWeight = (0..<g.nodeCount).map(g.strength)
    }

    init(n: Int, offsets: [Int], targets: [Int32], weights: [Double], nodeWeight: [Double]) {
        self.n = n
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.nodeWeight = nodeWeight
    }

    /// One Leiden iteration from `initial` (community per node, ids in `0..<n`), with
    /// `gamma = γ / 2m`. Returns a community per node (ids dense, in order of first appearance)
    /// and whether every community is connected by construction.
    ///
    /// They are when the iteration ends at a level where fast moving leaves every node alone:
    /// each community is then one node of that level, which stands for a sub-community of the
    /// level below (connected there: refinement grows it only by a node tied to it, the
    /// fallback takes connected parts), whose nodes stand for connected sets in turn, down to
    /// the original nodes. Only the other end — refinement merging nothing and no community
    /// falling apart into parts — can leave a community of several nodes not tied together.
    func leiden(initial: [Int], gamma: Double, theta: Double, rng: inout SeededGenerator) -> (membership: [Int], connected: Bool) {
        var level = self
        var partition = initial.map { Int32($0) }
        var aggregateOf = Array(0..<n)          // original node → its node in `level`
        var connected = true
        while true {
            let count = level.fastMove(&partition, gamma: gamma, rng: &rng)
            if count == level.n { break }
            var (refined, refinedCount) = level.refine(partition, count: count, gamma: gamma, theta: theta, rng: &rng)
            if refinedCount == level.n {
                (refined, refinedCount) = level.connectedParts(of: partition)
                if refinedCount == level.n { connected = false; break }   // nothing can be aggregated: done
            }
            let (next, nextPartition) = level.aggregate(refined, count: refinedCount, partition: partition)
            for i in 0..<n { aggregateOf[i] = Int(refined[aggregateOf[i]]) }
            level = next
            partition = nextPartition
        }
        return ((0..<n).map { Int(partition[aggregateOf[$0]]) }, connected)
    }

    /// The most ties of any node: the room one node's candidates need in a scratch list.
    var widestRow: Int {
        var widest = 0
        for v in 0..<n { widest = max(widest, offsets[v + 1] - offsets[v]) }
        return widest
    }

    /// The connected parts of each community of `partition` (dense ids, first appearance).
    func connectedParts(of partition: [Int32]) -> ([Int32], Int) {
        let (part, sizes) = splitIntoConnectedParts(offsets: offsets, targets: targets) { v, w in partition[w] == partition[v] }
        return (part.map { Int32(truncatingIfNeeded: $0) }, sizes.count)
    }

    /// Renumbers ids (each in `0..<ids.count`) densely in order of first appearance by node;
    /// returns how many there are.
    @discardableResult
    static func renumber<Id: BinaryInteger>(_ ids: inout [Id]) -> Int {
        var dense = [Int32](repeating: -1, count: ids.count)
        var next: Int32 = 0
        for v in 0..<ids.count {
            let c = Int(ids[v])
            if dense[c] < 0 { dense[c] = next; next += 1 }
            ids[v] = Id(dense[c])
        }
        return Int(next)
    }
}
