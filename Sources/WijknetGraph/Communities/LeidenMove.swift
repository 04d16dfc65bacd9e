extension LeidenLevel {
    /// Nodes taken from the queue together when fast moving runs on two cores (see ``FastMover``).
    /// Measured on the national edge list (issue 28): 256 → 1,024 → 4,096 ...
    static let moveBatch = 1_024

    /// Fast local moving (Traag et al., Algorithm A.2 `MoveNodesFast`) on `partition`, then
    /// renumbers it densely (first appearance by node id). Returns the number of communities.
    ///
    /// Nodes are taken from a queue in seeded random order; each moves to the neighbouring (or
    /// an empty) community with the largest gain `w(v, C) − γ' k_v K_C`, if that beats staying
    /// by more than rounding noise; when a node moves, its neighbours outside its new community
    /// are queued again. On a large level the nodes are weighed in batches on two cores and the
    /// moves applied in queue order (``FastMover``): the partition is the same as one node at a
    /// time, for any `batch` and any number of cores. `batch: 1` or `parallel: false` is the
    /// plain one-at-a-time loop.
    func fastMove(_ partition: inout [Int32], gamma: Double, rng: inout SeededGenerator,
                  batch: Int = LeidenLevel.moveBatch, parallel: Bool = true) -> Int {
        var queue = (0..<n).map { Int32($0) }
        rng.shuffle(&queue)
        let totalWeight = nodeWeight.reduce(0, +)
        partition.withUnsafeMutableBufferPointer { partition in
        offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
        nodeWeight.withUnsafeBufferPointer { nodeWeight in
            let graph = FastMover.Level(n: n, offsets: offsets, targets: targets, weights: weights, nodeWeight: nodeWeight)
            let mover = FastMover(graph, partition: partition, gamma: gamma, totalWeight: totalWeight, queue: queue)
            defer { mover.release() }
            mover.run(batch: max(1, batch), parallel: parallel && n >= 4 * batch)
        }
        }
        }
        }
        }
        return Self.renumber(&partition)
    }
}

/// The state of one fast local moving pass, on raw buffers (issue 28: no bounds or uniqueness
/// check per tie on the national graph).
///
/// **Two cores, the same result.** Weighing a node — summing its ties per neighbouring
/// community, then picking the best gain — only reads the state; a move writes it. So
/// ``run(batch:parallel:)`` takes the next `batch` nodes of the queue, has two cores sum their
/// ties against the state as it is (the costly part: a pass over each node's row), and then
/// decides and applies them one by one in queue order, as the one-at-a-time loop would:
/// - a node none of whose neighbours moved since its sums were taken decides on its kept sums
///   and the community weights as they are now (a pass over its few candidate communities);
/// - a node a move touched (a moved neighbour, or one that joined or left it alone) is weighed
///   again, there and then.
/// A non-move writes nothing (the community weights are not taken out and put back, and an
/// emptied community's weight is set to exactly 0, so any empty community is as good as
/// another), and the kept sums are the very sums a fresh pass would give (the same ties added
/// in the same order). So each node decides on the same numbers as one at a time, and the
/// partition is bit-identical for any batch size and any number of cores
/// (`CommunityLeidenPhaseTests.fastMovingInBatchesEqualsOneAtATime`).
final class FastMover {
    struct Level {
        let n: Int
        let offsets: UnsafeBufferPointer<Int>
        let targets: UnsafeBufferPointer<Int32>
        let weights: UnsafeBufferPointer<Double>
        let nodeWeight: UnsafeBufferPointer<Double>
    }

    /// One summing thread's scratch: `edgeTo[c]` is the weight from the node to community `c`
    /// for the ids in `touched` (marked in `seen`); both are back to 0 / false after each node.
    final class Scratch {
        let edgeTo: UnsafeMutableBufferPointer<Double>
        let seen: UnsafeMutableBufferPointer<Bool>
        @exclusivity(unchecked) var touched: [Int32] = []
        /// A batch's candidates, node after node: community ids and the node's tie weight to
        /// each (the first is the empty community, or the node's own when it sits alone).
        @exclusivity(unchecked) var ids: [Int32] = []
        @exclusivity(unchecked) var edges: [Double] = []
        init(_ n: Int) {
            edgeTo = .allocate(capacity: n); edgeTo.initialize(repeating: 0)
            seen = .allocate(capacity: n); seen.initialize(repeating: false)
        }
        func release() { edgeTo.deallocate(); seen.deallocate() }
    }

    /// What the batch kept of each node's sums: where its candidates end in its thread's
    /// `Scratch.ids`, its tie weight to its own community, and whether it sat alone.
    struct Batch {
        let count: Int
        let nodes: UnsafeMutableBufferPointer<Int32>
        let end: UnsafeMutableBufferPointer<Int>
        let ownEdge: UnsafeMutableBufferPointer<Double>
        let alone: UnsafeMutableBufferPointer<Bool>
    }

    let g: Level
    let partition: UnsafeMutableBufferPointer<Int32>
    let gamma: Double
    /// Gains are at most `k_v (1 + γ')` in size; a move must beat staying by more than rounding
    /// noise on that scale (`1e-12 k_v scale`), so that rounding never makes nodes cycle.
    let scale: Double
    let clusterWeight: UnsafeMutableBufferPointer<Double>
    let clusterSize: UnsafeMutableBufferPointer<Int32>
    /// Unused community ids; the last is the "empty community" a node may move to. There is
    /// always one when a node does not sit alone (n ids, fewer than n communities).
    @exclusivity(unchecked) var empty: [Int32] = []
    /// Ring-buffer queue; `queued[v]` is true exactly while v is in it, so it never overflows.
    let queue: UnsafeMutableBufferPointer<Int32>
    let queued: UnsafeMutableBufferPointer<Bool>
    @exclusivity(unchecked) var head = 0
    @exclusivity(unchecked) var pending: Int
    /// Nodes next to a move in the current batch (flags, and the nodes to reset them).
    let dirty: UnsafeMutableBufferPointer<Bool>
    @exclusivity(unchecked) var dirtyNodes: [Int32] = []
    /// ``weigh(_:)``'s tie weights per candidate.
    @exclusivity(unchecked) var edgesNow: [Double] = []
    let scratch: [Scratch]

    init(_ g: Level, partition: UnsafeMutableBufferPointer<Int32>, gamma: Double, totalWeight: Double, queue order: [Int32]) {
        let n = g.n
        self.g = g
        self.partition = partition
        self.gamma = gamma
        scale = 1 + gamma * totalWeight
        clusterWeight = .allocate(capacity: n); clusterWeight.initialize(repeating: 0)
        clusterSize = .allocate(capacity: n); clusterSize.initialize(repeating: 0)
        for v in 0..<n {
            clusterWeight[Int(partition[v])] += g.nodeWeight[v]
            clusterSize[Int(partition[v])] += 1
        }
        for c in stride(from: n - 1, through: 0, by: -1) where clusterSize[c] == 0 { empty.append(Int32(c)) }
        queue = .allocate(capacity: n); _ = queue.initialize(from: order)
        queued = .allocate(capacity: n); queued.initialize(repeating: true)
        pending = n
        dirty = .allocate(capacity: n); dirty.initialize(repeating: false)
        scratch = [Scratch(n), Scratch(n)]
    }

    func release() {
        clusterWeight.deallocate(); clusterSize.deallocate()
        queue.deallocate(); queued.deallocate(); dirty.deallocate()
        for s in scratch { s.release() }
    }

    /// Empties the queue: `batch` nodes at a time summed on two cores when `parallel` and two
    /// cores are free (``CoreShare``), else one at a time. Either way the same moves.
    func run(batch: Int, parallel: Bool) {
        var nodes = [Int32](repeating: 0, count: batch)
        var end = [Int](repeating: 0, count: batch)
        var ownEdge = [Double](repeating: 0, count: batch)
        var alone = [Bool](repeating: false, count: batch)
        nodes.withUnsafeMutableBufferPointer { nodes in
        end.withUnsafeMutableBufferPointer { end in
        ownEdge.withUnsafeMutableBufferPointer { ownEdge in
        alone.withUnsafeMutableBufferPointer { alone in
            while pending > 0 {
                let b = min(batch, pending)
                if parallel && b >= 2 && CoreShare.participantsAllowed >= 2 {
                    runBatch(Batch(count: b, nodes: nodes, end: end, ownEdge: ownEdge, alone: alone))
                } else {
                    for _ in 0..<b {
                        let v = pop()
                        let choice = weigh(v)
                        if choice != partition[v] { move(v, to: choice, marking: false) }
                    }
                }
            }
        }
        }
        }
        }
    }

    /// Sums the batch's nodes (the queue's next `count`) on two cores, then decides and applies
    /// them in queue order.
    private func runBatch(_ batch: Batch) {
        let b = batch.count, half = (b + 1) / 2
        for i in 0..<b { batch.nodes[i] = queue[(head + i) % g.n] }
        parallelFor(2) { part in
            let s = scratch[part]
            s.ids.removeAll(keepingCapacity: true)
            s.edges.removeAll(keepingCapacity: true)
            for i in (part == 0 ? 0..<half : half..<b) {
                let v = Int(batch.nodes[i])
                let current = partition[v]
                batch.alone[i] = clusterSize[Int(current)] == 1
                sum(v, emptyID: batch.alone[i] ? current : empty.last ?? -1, in: s)
                for c in s.touched { s.ids.append(c); s.edges.append(s.edgeTo[Int(c)]) }
                batch.ownEdge[i] = s.edgeTo[Int(current)]
                batch.end[i] = s.ids.count
                clear(s)
            }
        }
        var moved = false
        for i in 0..<b {
            let v = pop()
            let current = partition[v]
            let choice: Int32
            if dirty[v] || (clusterSize[Int(current)] == 1) != batch.alone[i] {
                choice = weigh(v)
            } else {
                let s = scratch[i < half ? 0 : 1]
                let start = i == 0 || i == half ? 0 : batch.end[i - 1]
                choice = s.ids.withUnsafeBufferPointer { ids in
                    s.edges.withUnsafeBufferPointer { edges in
                        decide(v, candidates: UnsafeBufferPointer(rebasing: ids[start..<batch.end[i]]),
                               edges: UnsafeBufferPointer(rebasing: edges[start..<batch.end[i]]),
                               ownEdge: batch.ownEdge[i], alone: batch.alone[i])
                    }
                }
            }
            if choice != current { move(v, to: choice, marking: true); moved = true }
        }
        if moved {
            for u in dirtyNodes { dirty[Int(u)] = false }
            dirtyNodes.removeAll(keepingCapacity: true)
        }
    }

    /// Takes the queue's head.
    private func pop() -> Int {
        let v = Int(queue[head])
        head = head + 1 == g.n ? 0 : head + 1
        pending -= 1
        queued[v] = false
        return v
    }

    /// Sums `v`'s ties per community into `s.edgeTo`, the communities in `s.touched` in the
    /// order first met, after `emptyID` (which gets 0 unless it is `v`'s own, alone).
    private func sum(_ v: Int, emptyID: Int32, in s: Scratch) {
        s.touched.removeAll(keepingCapacity: true)
        s.touched.append(emptyID); s.seen[Int(emptyID)] = true
        for t in g.offsets[v]..<g.offsets[v + 1] {
            let c = partition[Int(g.targets[t])]
            if !s.seen[Int(c)] { s.seen[Int(c)] = true; s.touched.append(c) }
            s.edgeTo[Int(c)] += g.weights[t]
        }
    }

    private func clear(_ s: Scratch) {
        for c in s.touched { s.edgeTo[Int(c)] = 0; s.seen[Int(c)] = false }
    }

    /// The community `v` should be in, weighed now, one at a time (on the first thread's
    /// `edgeTo` and `touched`; a batch's kept candidates stay as they are).
    private func weigh(_ v: Int) -> Int32 {
        let s = scratch[0]
        let current = partition[v]
        let alone = clusterSize[Int(current)] == 1
        sum(v, emptyID: alone ? current : empty.last ?? -1, in: s)
        edgesNow.removeAll(keepingCapacity: true)
        for c in s.touched { edgesNow.append(s.edgeTo[Int(c)]) }
        let ownEdge = s.edgeTo[Int(current)]
        clear(s)
        return s.touched.withUnsafeBufferPointer { ids in
            edgesNow.withUnsafeBufferPointer { edges in
                decide(v, candidates: ids, edges: edges, ownEdge: ownEdge, alone: alone)
            }
        }
    }

    /// The community `v` should be in, as if taken out of its own: the best gain
    /// `w(v, C) − γ' k_v K_C` among its own and the `candidates` (tie weights `edges`), scanned
    /// in order; only a strictly better gain wins. The first candidate is "an empty community":
    /// the empty community now (or `v`'s own when it sits alone), whatever id it had when the
    /// sums were taken.
    private func decide(_ v: Int, candidates: UnsafeBufferPointer<Int32>, edges: UnsafeBufferPointer<Double>,
                        ownEdge: Double, alone: Bool) -> Int32 {
        let current = partition[v]
        let kv = g.nodeWeight[v]
        let ownWeight = alone ? 0 : clusterWeight[Int(current)] - kv
        var best = current
        var bestGain = ownEdge - gamma * kv * ownWeight
        let tolerance = 1e-12 * kv * scale
        for k in candidates.indices {
            let c = k == 0 ? (alone ? current : empty.last ?? -1) : candidates[k]
            let weight = c == current ? ownWeight : clusterWeight[Int(c)]
            let gain = edges[k] - gamma * kv * weight
            if gain > bestGain + tolerance { best = c; bestGain = gain }
        }
        return best
    }

    /// Moves `v` to community `to` and queues its neighbours outside it that are not queued;
    /// with `marking`, marks its neighbours dirty for the batch.
    private func move(_ v: Int, to: Int32, marking: Bool) {
        let from = partition[v]
        let kv = g.nodeWeight[v]
        if clusterSize[Int(to)] == 0 {   // `to` was the empty community: the top of `empty`
            assert(empty.last == to)
            empty.removeLast()
        }
        clusterWeight[Int(to)] += kv
        clusterSize[Int(to)] += 1
        clusterWeight[Int(from)] -= kv
        clusterSize[Int(from)] -= 1
        if clusterSize[Int(from)] == 0 { clusterWeight[Int(from)] = 0; empty.append(from) }
        partition[v] = to
        for t in g.offsets[v]..<g.offsets[v + 1] {
            let u = Int(g.targets[t])
            if marking && !dirty[u] { dirty[u] = true; dirtyNodes.append(Int32(u)) }
            if !queued[u] && partition[u] != to {
                queued[u] = true
                var tail = head + pending
                if tail >= g.n { tail -= g.n }
                queue[tail] = Int32(u)
                pending += 1
            }
        }
    }
}
