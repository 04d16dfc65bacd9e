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
    ///    community are queued again.
    /// 2. **Refinement** — inside each community `S`, starting from singletons, every
    ///    well-connected singleton `v` (`w(v, S − v) ≥ γ k_v (K_S − k_v) / 2m`) joins a
    ///    well-connected sub-community `C` of `S` it is tied to, chosen at random with
    ///    probability `∝ exp(ΔQ / θ)` among those with `ΔQ ≥ 0` (staying alone has `ΔQ = 0`).
    ///    Sub-communities only grow by a tied node, so each is connected.
    /// 3. **Aggregation** — the refined sub-communities become the nodes of the next level,
    ///    starting in the community (of step 1) that contains them.
    ///
    /// A level where fast moving leaves every node in a community of its own ends the iteration. Iterations restart from the
    /// previous result until one changes nothing, or raises modularity by less than
    /// `minimumGain` (relative), or `maxIterations` have run. The refinement's random choices
    /// keep moving boundary nodes, so on a large graph no iteration changes nothing: on the
    /// national graph (a million actors, issue 28) all ten ran, 33 s, for modularity 0.36430,
    /// 0.36739, 0.36781, 0.36789, … 0.36798; with the default gain of 0.1% four run, 16 s.
    /// (leidenalg and igraph run two by default, `n_iterations = 2`; two lose quality on small
    /// graphs, see `CommunityTests.leidenQuality`.)
    ///
    /// Should refinement merge nothing at some level, the connected parts of the communities
    /// are aggregated instead (igraph aggregates the unrefined communities there, which can
    /// lose connectivity). As a last safety net the result is split into connected parts,
    /// which never lowers modularity; in practice it only renumbers.
    ///
    /// Deterministic for a seed: visiting orders come from seeded shuffles of node ids
    /// (``SeededGenerator``), candidate communities are scanned in adjacency order (rows are
    /// sorted), ties keep the current community, and no dictionary is iterated. It runs on one
    /// thread. The refinement's `exp` is the platform's libm, so another OS could in principle
    /// differ where a rounding of `exp` flips one random choice.
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
        let m2 = (0..<n).reduce(0.0) { $0 + g.strength($1) }
        guard m2 > 0 else {
            self.init(membership: Array(0..<n), modularity: .nan)
            return
        }
        var rng = SeededGenerator(seed: seed)
        let base = LeidenLevel(g)
        var membership = Array(0..<n)
        var quality = WijknetGraph.modularity(g, communities: membership, resolution: resolution)
        for _ in 0..<max(1, maxIterations) {
            let next = base.leiden(initial: membership, gamma: resolution / m2, theta: randomness, rng: &rng)
            let renumbered = connectedParts(g, of: next)
            if renumbered == membership { break }
            membership = renumbered
            let previous = quality
            quality = WijknetGraph.modularity(g, communities: membership, resolution: resolution)
            if quality - previous < minimumGain * abs(quality) { break }
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
    /// `gamma = γ / 2m`. Returns a community per node (ids dense, in order of first appearance).
    func leiden(initial: [Int], gamma: Double, theta: Double, rng: inout SeededGenerator) -> [Int] {
        var level = self
        var partition = initial.map { Int32($0) }
        var aggregateOf = Array(0..<n)          // original node → its node in `level`
        while true {
            let count = level.fastMove(&partition, gamma: gamma, rng: &rng)
            if count == level.n { break }
            var (refined, refinedCount) = level.refine(partition, count: count, gamma: gamma, theta: theta, rng: &rng)
            if refinedCount == level.n {
                (refined, refinedCount) = level.connectedParts(of: partition)
                if refinedCount == level.n { break }   // nothing can be aggregated: done
            }
            let (next, nextPartition) = level.aggregate(refined, count: refinedCount, partition: partition)
            for i in 0..<n { aggregateOf[i] = Int(refined[aggregateOf[i]]) }
            level = next
            partition = nextPartition
        }
        return (0..<n).map { Int(partition[aggregateOf[$0]]) }
    }

    /// Fast local moving (Traag et al., Algorithm A.2 `MoveNodesFast`) on `partition`, then
    /// renumbers it densely (first appearance by node id). Returns the number of communities.
    func fastMove(_ partition: inout [Int32], gamma: Double, rng: inout SeededGenerator) -> Int {
        // Gains are at most k_v (1 + γ) in size; moves must beat the current one by more than
        // rounding noise on that scale, so that accumulated rounding never makes nodes cycle.
        let scale = 1 + gamma * nodeWeight.reduce(0, +)
        var clusterWeight = [Double](repeating: 0, count: n)
        var clusterSize = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            clusterWeight[Int(partition[v])] += nodeWeight[v]
            clusterSize[Int(partition[v])] += 1
        }
        // Unused community ids; the last one is the "empty community" a node may move to.
        // Invariant: a node just taken out of its community leaves at least one id unused.
        var empty: [Int32] = []
        for c in stride(from: n - 1, through: 0, by: -1) where clusterSize[c] == 0 { empty.append(Int32(c)) }
        // Ring-buffer queue; queued[v] is true exactly while v is in it, so it never overflows.
        var queue = (0..<n).map { Int32($0) }
        rng.shuffle(&queue)
        var queued = [Bool](repeating: true, count: n)
        // Scratch: edgeTo[c] is the weight from the current node to community c, for the ids
        // in `touched` (marked in `seen`); both are reset to 0 / false after each node.
        var edgeTo = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        // The loop below reads and writes these through raw buffers (issue 28: no bounds or
        // uniqueness check per tie on the national graph); the arithmetic and the order of
        // every step are those of the array version, so the partition is the same.
        partition.withUnsafeMutableBufferPointer { partition in
        clusterWeight.withUnsafeMutableBufferPointer { clusterWeight in
        clusterSize.withUnsafeMutableBufferPointer { clusterSize in
        queue.withUnsafeMutableBufferPointer { queue in
        queued.withUnsafeMutableBufferPointer { queued in
        edgeTo.withUnsafeMutableBufferPointer { edgeTo in
        seen.withUnsafeMutableBufferPointer { seen in
        offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
        nodeWeight.withUnsafeBufferPointer { nodeWeight in
        var touched: [Int32] = []
        var head = 0, pending = n
        while pending > 0 {
            let v = Int(queue[head])
            head = head + 1 == n ? 0 : head + 1
            pending -= 1
            queued[v] = false
            let current = Int(partition[v])
            let kv = nodeWeight[v]
            clusterWeight[current] -= kv
            clusterSize[current] -= 1
            if clusterSize[current] == 0 { empty.append(Int32(current)) }

            touched.removeAll(keepingCapacity: true)
            let emptyID = empty[empty.count - 1]
            touched.append(emptyID); seen[Int(emptyID)] = true
            for s in offsets[v]..<offsets[v + 1] {
                let c = partition[Int(targets[s])]
                if !seen[Int(c)] { seen[Int(c)] = true; touched.append(c) }
                edgeTo[Int(c)] += weights[s]
            }
            // Gain of joining c, up to the factor 1/m and a constant: w(v, c) − γ' k_v K_c.
            var best = current
            var bestGain = edgeTo[current] - gamma * kv * clusterWeight[current]
            let tolerance = 1e-12 * kv * scale
            for c32 in touched {
                let c = Int(c32)
                let gain = edgeTo[c] - gamma * kv * clusterWeight[c]
                if gain > bestGain + tolerance { best = c; bestGain = gain }   // strictly better only
            }
            for c in touched { edgeTo[Int(c)] = 0; seen[Int(c)] = false }
            clusterWeight[best] += kv
            clusterSize[best] += 1
            if clusterSize[best] == 1 {   // it was empty: only the top of `empty` can be
                empty.removeLast()
            }
            if best != current {
                partition[v] = Int32(best)
                for s in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[s])
                    if !queued[u] && Int(partition[u]) != best {
                        queued[u] = true
                        var tail = head + pending
                        if tail >= n { tail -= n }
                        queue[tail] = Int32(u)
                        pending += 1
                    }
                }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        return Self.renumber(&partition)
    }

    /// Refinement (Traag et al., Algorithm A.2 `RefinePartition` / `MergeNodesSubset`): splits
    /// every community into well-connected, connected sub-communities. Returns a sub-community
    /// per node (dense ids, first appearance by node id) and their number.
    func refine(_ partition: [Int32], count: Int, gamma: Double, theta: Double,
                rng: inout SeededGenerator) -> ([Int32], Int) {
        // Members of each community, each list in one seeded random order.
        var order = (0..<n).map { Int32($0) }
        rng.shuffle(&order)
        var start = [Int](repeating: 0, count: count + 1)
        for v in 0..<n { start[Int(partition[v]) + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        var fill = Array(start.dropLast())
        var members = [Int32](repeating: 0, count: n)
        for v in order { let c = Int(partition[Int(v)]); members[fill[c]] = v; fill[c] += 1 }

        // Sub-community ids are node ids: v starts alone in sub-community v.
        var refined = (0..<n).map { Int32($0) }
        var subWeight = nodeWeight                       // K of each sub-community
        var external = [Double](repeating: 0, count: n)  // weight from a sub-community to the rest of S
        var singleton = [Bool](repeating: true, count: n)
        for v in 0..<n {
            for s in offsets[v]..<offsets[v + 1] where partition[Int(targets[s])] == partition[v] {
                external[v] += weights[s]
            }
        }
        // Scratch, reset after each node as in fastMove.
        var edgeTo = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int32] = []
        var gains: [Double] = []
        // Raw buffers for the loop, as in fastMove (same steps in the same order).
        refined.withUnsafeMutableBufferPointer { refined in
        subWeight.withUnsafeMutableBufferPointer { subWeight in
        external.withUnsafeMutableBufferPointer { external in
        singleton.withUnsafeMutableBufferPointer { singleton in
        edgeTo.withUnsafeMutableBufferPointer { edgeTo in
        seen.withUnsafeMutableBufferPointer { seen in
        partition.withUnsafeBufferPointer { partition in
        members.withUnsafeBufferPointer { members in
        offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
        nodeWeight.withUnsafeBufferPointer { nodeWeight in
        for c in 0..<count where start[c + 1] - start[c] > 1 {
            let community = Int32(c)
            var total = 0.0
            for i in start[c]..<start[c + 1] { total += nodeWeight[Int(members[i])] }
            func wellConnected(_ k: Int) -> Bool { external[k] >= gamma * subWeight[k] * (total - subWeight[k]) }
            for i in start[c]..<start[c + 1] {
                let v = Int(members[i])
                let own = Int(refined[v])
                guard singleton[own], wellConnected(own) else { continue }
                let kv = nodeWeight[v]
                subWeight[own] = 0
                external[own] = 0
                touched.removeAll(keepingCapacity: true)
                touched.append(Int32(own)); seen[own] = true
                for s in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[s])
                    guard partition[u] == community else { continue }
                    let k = Int(refined[u])
                    if !seen[k] { seen[k] = true; touched.append(Int32(k)) }
                    edgeTo[k] += weights[s]
                }
                // Candidates: well-connected sub-communities with gain ≥ 0 (alone: gain 0).
                gains.removeAll(keepingCapacity: true)
                var bestGain = -Double.infinity
                var best = own
                for k32 in touched {
                    let k = Int(k32)
                    var gain = -Double.infinity
                    if wellConnected(k) {
                        let g = edgeTo[k] - gamma * kv * subWeight[k]
                        if g >= 0 {
                            gain = g
                            if g > bestGain { bestGain = g; best = k }
                        }
                    }
                    gains.append(gain)
                }
                var chosen = best
                if theta > 0 {
                    // P(k) ∝ exp((gain − bestGain) / θ): the same law as exp(gain / θ), without overflow.
                    var sum = 0.0
                    for j in 0..<gains.count where gains[j] > -Double.infinity {
                        gains[j] = exp((gains[j] - bestGain) / theta)
                        sum += gains[j]
                    }
                    let r = rng.unit() * sum
                    var acc = 0.0
                    for j in 0..<gains.count where gains[j] > -Double.infinity {
                        acc += gains[j]
                        if r < acc { chosen = Int(touched[j]); break }
                    }
                }
                for k in touched { edgeTo[Int(k)] = 0; seen[Int(k)] = false }
                subWeight[chosen] += kv
                for s in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[s])
                    guard partition[u] == community, u != v else { continue }
                    if Int(refined[u]) == chosen { external[chosen] -= weights[s] } else { external[chosen] += weights[s] }
                }
                if chosen != own {
                    refined[v] = Int32(chosen)
                    singleton[chosen] = false
                }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        let refinedCount = Self.renumber(&refined)
        return (refined, refinedCount)
    }

    /// The connected parts of each community of `partition` (dense ids, first appearance).
    func connectedParts(of partition: [Int32]) -> ([Int32], Int) {
        let (part, sizes) = splitIntoConnectedParts(offsets: offsets, targets: targets) { v, w in partition[w] == partition[v] }
        return (part.map { Int32(truncatingIfNeeded: $0) }, sizes.count)
    }

    /// The graph of the `count` sub-communities in `refined` (tie weights summed, inner ties
    /// dropped, node weights summed) and the community of `partition` each one lies in.
    func aggregate(_ refined: [Int32], count: Int, partition: [Int32]) -> (LeidenLevel, [Int32]) {
        var start = [Int](repeating: 0, count: count + 1)
        for v in 0..<n { start[Int(refined[v]) + 1] += 1 }
        for k in 0..<count { start[k + 1] += start[k] }
        var fill = Array(start.dropLast())
        var members = [Int32](repeating: 0, count: n)
        for v in 0..<n { let k = Int(refined[v]); members[fill[k]] = Int32(v); fill[k] += 1 }

        var nodeWeight = [Double](repeating: 0, count: count)
        var nextPartition = [Int32](repeating: 0, count: count)
        var offsets = [Int](repeating: 0, count: count + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(self.targets.count / 2)
        weights.reserveCapacity(self.targets.count / 2)
        // Scratch: acc[k] sums the weight to sub-community k for the ids in `touched`.
        var acc = [Double](repeating: 0, count: count)
        var touched: [Int32] = []
        for k in 0..<count {
            touched.removeAll(keepingCapacity: true)
            for i in start[k]..<start[k + 1] {
                let v = Int(members[i])
                nodeWeight[k] += self.nodeWeight[v]
                for s in self.offsets[v]..<self.offsets[v + 1] {
                    let other = Int(refined[Int(self.targets[s])])
                    if other == k { continue }
                    if acc[other] == 0 { touched.append(Int32(other)) }
                    acc[other] += self.weights[s]
                }
            }
            Self.sortRow(&touched)
            for t in touched {
                targets.append(t)
                weights.append(acc[Int(t)])
                acc[Int(t)] = 0
            }
            offsets[k + 1] = targets.count
            nextPartition[k] = partition[Int(members[start[k]])]
        }
        return (LeidenLevel(n: count, offsets: offsets, targets: targets, weights: weights, nodeWeight: nodeWeight),
                nextPartition)
    }

    /// Sorts one aggregated row's distinct targets: by insertion up to 32 of them (nearly every
    /// row), else the standard library's sort. The ids are distinct, so the order is the same
    /// either way; the standard sort is stable and sets up a merge for every row (issue 28: on
    /// the national graph Leiden took 14.7 and 14.3 s with it, 14.6 and 13.5 s with this, quiet).
    static func sortRow(_ ids: inout [Int32]) {
        guard ids.count <= 32 else { ids.sort(); return }
        ids.withUnsafeMutableBufferPointer { b in
            for i in b.indices.dropFirst() {
                let x = b[i]
                var j = i - 1
                while j >= 0 && b[j] > x { b[j + 1] = b[j]; j -= 1 }
                b[j + 1] = x
            }
        }
    }

    /// Renumbers ids densely in order of first appearance by node; returns how many there are.
    static func renumber(_ ids: inout [Int32]) -> Int {
        var dense = [Int32](repeating: -1, count: ids.count)
        var next: Int32 = 0
        for v in 0..<ids.count {
            let c = Int(ids[v])
            if dense[c] < 0 { dense[c] = next; next += 1 }
            ids[v] = dense[c]
        }
        return Int(next)
    }
}
