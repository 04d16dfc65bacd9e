extension LeidenLevel {
    /// Levels of at least this many nodes move their nodes in batches (see
    /// ``fastMove(_:gamma:rng:batchedFrom:tolerance:)``); smaller ones one at a time.
    static let batchedMovingFrom = 65_536

    /// Fast local moving (Traag et al., Algorithm A.2 `MoveNodesFast`) on `partition`, then
    /// renumbers it densely (first appearance by node id). Returns the number of communities.
    ///
    /// Nodes come from a queue in seeded random order; a node moves to the neighbouring (or
    /// an empty) community with the largest gain, if it beats staying; when it moves, its
    /// neighbours outside its new community not queued yet join the queue's tail.
    ///
    /// A level of `batchedFrom` nodes or more (default ``batchedMovingFrom``) takes them from
    /// the queue in batches (``FastMover/batchSize(_:)``). Every node of a batch is weighed on
    /// the state at the batch's start, on the cores ``CoreShare`` leaves free; then, in queue
    /// order, each choice to move is applied as it stands when it still holds
    /// (``FastMover/holds(_:_:batch:)``: its sums and weights are unchanged, or its ties are and
    /// it still beats staying), else the node is weighed again on the state of that moment.
    /// So every move applied raises modularity, as one at a time, and the partition does not
    /// depend on the number of cores. It is not one at a time's partition: a node does not see
    /// the moves made earlier in its batch unless they concern it, and a node that stays is
    /// settled: a neighbour's later move does not queue it again (see
    /// ``FastMover/moveInBatches(_:roundGainFloor:)``). Issue 28, national edge list (a
    /// million nodes; probe, quiet; batches before settling): the first level 2.5 s one at a
    /// time, 2.0–2.3 s in batches on two cores (3.2 s on one), the second 1.3 s against 1.0–1.2 s; nine or ten iterations 25.0 s against 24.5–25.7 s
    /// (modularity 0.2091 and 0.2090). (An earlier try kept one at a time's partition exactly,
    /// weighing again every node a batch neighbour had moved and keeping each node's sums for
    /// that: slower on two cores than one at a time.)
    ///
    /// In batches, fast moving also ends after a round of the queue that raises modularity by
    /// less than `tolerance` (default ``FastMover/roundTolerance``, 0.0001; 0 empties the
    /// queue): see ``FastMover/moveInBatches(_:roundGainFloor:)``.
    func fastMove(_ partition: inout [Int32], gamma: Double, rng: inout SeededGenerator,
                  batchedFrom: Int = LeidenLevel.batchedMovingFrom, tolerance: Double = FastMover.roundTolerance) -> Int {
        // Gains are at most k_v (1 + γ) in size; moves must beat the current one by more than
        // rounding noise on that scale, so that accumulated rounding never makes nodes cycle.
        let total = nodeWeight.reduce(0, +)   // 2m
        let scale = 1 + gamma * total
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
        // Ring-buffer queue; queued[v] is true while v is in it (and, in batches, once v is
        // settled), so a node is in it at most once and it never overflows.
        var queue = (0..<n).map { Int32($0) }
        rng.shuffle(&queue)
        var queued = [Bool](repeating: true, count: n)
        let widest = widestRow
        let batched = n >= batchedFrom
        var scratch = (0..<(batched ? CoreShare.cores : 1)).map { _ in FastMover.Scratch(n: n, widest: widest) }
        var stamp = [Int32](repeating: -1, count: batched ? n : 0)
        FastMover.over(self, gamma: gamma, scale: scale, partition: &partition, clusterWeight: &clusterWeight,
                       clusterSize: &clusterSize, queue: &queue, queued: &queued, stamp: &stamp, empty: empty, pending: n) { mover in
            if batched {
                // Modularity rises by a move's gain over m.
                mover.moveInBatches(&scratch, roundGainFloor: tolerance * total / 2)
            } else {
                while mover.pending > 0 {
                    let v = mover.dequeue()
                    mover.step(v, &scratch[0])
                }
            }
        }
        return Self.renumber(&partition)
    }
}

/// Fast local moving's state on raw buffers; see ``LeidenLevel/fastMove(_:gamma:rng:batchedFrom:tolerance:)``.
struct FastMover {
    /// Runs `body` on a mover of `level` over these arrays' raw buffers (issue 28: no bounds or
    /// uniqueness check per tie on the national graph). ``LeidenLevel/fastMove(_:gamma:rng:batchedFrom:tolerance:)``
    /// sets its mover up here, and so do the tests that drive one by hand.
    static func over(_ level: LeidenLevel, gamma: Double, scale: Double, partition: inout [Int32], clusterWeight: inout [Double],
                     clusterSize: inout [Int32], queue: inout [Int32], queued: inout [Bool], stamp: inout [Int32],
                     empty: [Int32], pending: Int, _ body: (inout FastMover) -> Void) {
        partition.withUnsafeMutableBufferPointer { partition in
        clusterWeight.withUnsafeMutableBufferPointer { clusterWeight in
        clusterSize.withUnsafeMutableBufferPointer { clusterSize in
        queue.withUnsafeMutableBufferPointer { queue in
        queued.withUnsafeMutableBufferPointer { queued in
        stamp.withUnsafeMutableBufferPointer { stamp in
        level.offsets.withUnsafeBufferPointer { offsets in
        level.targets.withUnsafeBufferPointer { targets in
        level.weights.withUnsafeBufferPointer { weights in
        level.nodeWeight.withUnsafeBufferPointer { nodeWeight in
            var mover = FastMover(gamma: gamma, scale: scale, offsets: offsets, targets: targets,
                                  weights: weights, nodeWeight: nodeWeight, partition: partition,
                                  clusterWeight: clusterWeight, clusterSize: clusterSize, queue: queue,
                                  queued: queued, stamp: stamp, empty: empty, pending: pending)
            body(&mover)
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

    /// A choice: stay where it is.
    static let stay: Int32 = -1
    /// A choice: a community of its own (an empty one).
    static let alone: Int32 = -2

    let gamma: Double
    /// `1e-12 k_v scale` is how much a move must beat staying by.
    let scale: Double
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int32>
    let weights: UnsafeBufferPointer<Double>
    let nodeWeight: UnsafeBufferPointer<Double>
    let partition: UnsafeMutableBufferPointer<Int32>
    let clusterWeight: UnsafeMutableBufferPointer<Double>
    let clusterSize: UnsafeMutableBufferPointer<Int32>
    let queue: UnsafeMutableBufferPointer<Int32>
    /// Whether a node is in the queue or, in batches, settled (``settle(_:)``): either way a
    /// neighbour's move does not queue it.
    let queued: UnsafeMutableBufferPointer<Bool>
    /// The last batch in which a community gained or lost a member (batches only).
    let stamp: UnsafeMutableBufferPointer<Int32>
    var empty: [Int32]
    var head = 0
    var pending: Int

    /// One participant's scratch: `edgeTo[c]`, the weight from the node at hand to community
    /// `c`, for the ids in `touched`; reset to 0 after each node. Weights are positive, so 0
    /// also marks a community not met yet: one load per tie instead of two (issue 28: on the
    /// first pass over the national edge list the communities are a million, and each lookup
    /// misses the cache).
    struct Scratch {
        var edgeTo: [Double]
        var touched: [Int32]
        init(n: Int, widest: Int) {
            edgeTo = [Double](repeating: 0, count: n)
            touched = [Int32](repeating: 0, count: widest)
        }
    }

    /// Takes the node at the queue's head.
    mutating func dequeue() -> Int {
        let v = Int(queue[head])
        head = head + 1 == queue.count ? 0 : head + 1
        pending -= 1
        queued[v] = false
        return v
    }

    /// A node's choice, and what it rests on: its ties to the chosen community and to its own,
    /// and whether none of its neighbours is in the batch (then both stay exact while the
    /// batch is applied).
    struct Choice {
        var community = FastMover.stay
        var toChosen = 0.0
        var toOwn = 0.0
        var apart = true
    }

    /// The community `v` gains most by joining, weighed on the current state as if `v` were
    /// out of its own: `stay` when none beats staying by the tolerance, `alone` for an empty
    /// one. Reads only; candidates in tie order, the empty community first, ties keep the
    /// earlier candidate. `batch` marks the nodes of the batch at hand, if any.
    func choose(_ v: Int, _ scratch: inout Scratch, batch: UnsafeBufferPointer<UInt64>? = nil) -> Choice {
        let current = Int(partition[v])
        let kv = nodeWeight[v]
        var choice = Choice()
        var distinct = 0
        let marks = batch ?? UnsafeBufferPointer(start: nil, count: 0)
        let marked = batch != nil
        scratch.edgeTo.withUnsafeMutableBufferPointer { edgeTo in
        scratch.touched.withUnsafeMutableBufferPointer { touched in
            // Without branches on the data: a community is written at `touched[distinct]`
            // always, and kept (distinct + 1) when first met. Issue 28: a mispredicted branch
            // per new community stalled the cache misses queued behind it (national edge list,
            // first iteration: the second level's choices on the cores 0.66 → 0.57 s; the same
            // choices). The batch marks are or-ed for the same reason.
            var inBatch: UInt64 = 0
            for s in offsets[v]..<offsets[v + 1] {
                let u = Int(targets[s])
                let c = Int(partition[u])
                touched[distinct] = Int32(truncatingIfNeeded: c)
                distinct &+= edgeTo[c] == 0 ? 1 : 0
                edgeTo[c] += weights[s]
                if marked { inBatch |= marks[u >> 6] >> UInt64(u & 63) }
            }
            choice.apart = inBatch & 1 == 0
        }
        }
        // Gain of joining c, up to the factor 1/m and a constant: w(v, c) − γ' k_v K_c, with
        // K of v's own community taken without v.
        let ownWeight = clusterWeight[current] - kv
        var best = current
        var bestGain = scratch.edgeTo[current] - gamma * kv * ownWeight
        let margin = 1e-12 * kv * scale
        choice.toOwn = scratch.edgeTo[current]
        if clusterSize[current] > 1 && 0 > bestGain + margin { best = Int(FastMover.alone); bestGain = 0 }
        scratch.edgeTo.withUnsafeMutableBufferPointer { edgeTo in
        scratch.touched.withUnsafeBufferPointer { touched in
            for j in 0..<distinct {
                let c = Int(touched[j])
                let gain = edgeTo[c] - gamma * kv * (c == current ? ownWeight : clusterWeight[c])
                if gain > bestGain + margin { best = c; bestGain = gain; choice.toChosen = edgeTo[c] }   // strictly better only
                edgeTo[c] = 0
            }
        }
        }
        choice.community = best == current ? FastMover.stay : Int32(truncatingIfNeeded: best)
        return choice
    }

    /// Whether `v`'s `choice`, made at the start of `batch`, may be applied as it stands: its
    /// community and the chosen one have not gained or lost a member since (their stamps), or
    /// no neighbour of `v` is in the batch and the choice still beats staying.
    func holds(_ v: Int, _ choice: Choice, batch: Int32) -> Bool {
        let chosen = Int(choice.community)
        let unchanged = stamp[Int(partition[v])] != batch && (chosen < 0 || stamp[chosen] != batch)
        return unchanged || (choice.apart && stillBetter(v, choice))
    }

    /// Whether `choice`, made at the batch's start, still beats staying now that the weights
    /// of `v`'s community or of the chosen one changed (its ties are exact: ``Choice/apart``).
    func stillBetter(_ v: Int, _ choice: Choice) -> Bool {
        guard let (gain, stay) = weigh(v, choice) else { return false }
        return gain > stay + 1e-12 * nodeWeight[v] * scale
    }

    /// The gain of `choice` and of staying, on the current state (`w − γ' k_v K`: modularity
    /// rises by their difference over `m`); `nil` when the choice can no longer be made (`v`
    /// alone already, or the chosen community emptied).
    func weigh(_ v: Int, _ choice: Choice) -> (gain: Double, stay: Double)? {
        let current = Int(partition[v])
        let kv = nodeWeight[v]
        let stay = choice.toOwn - gamma * kv * (clusterWeight[current] - kv)
        if choice.community == FastMover.alone {
            return clusterSize[current] > 1 ? (0, stay) : nil
        }
        let c = Int(choice.community)
        return clusterSize[c] > 0 ? (choice.toChosen - gamma * kv * clusterWeight[c], stay) : nil
    }

    /// Weighs `v` on the current state and moves it: one node at a time.
    mutating func step(_ v: Int, _ scratch: inout Scratch) {
        move(v, to: choose(v, &scratch).community, batch: -1)
    }

    /// Puts `v` into `choice` (``stay``, ``alone`` or a community) and queues its neighbours
    /// outside the new community that are not queued yet; stamps both communities with `batch`.
    mutating func move(_ v: Int, to choice: Int32, batch: Int32) {
        guard let best = place(v, choice, batch: batch) else { return }
        for s in offsets[v]..<offsets[v + 1] where Int(partition[Int(targets[s])]) != best {
            enqueue(Int(targets[s]))
        }
    }

    /// The bookkeeping of ``move(_:to:batch:)``: returns the new community, `nil` for `stay`.
    mutating func place(_ v: Int, _ choice: Int32, batch: Int32) -> Int? {
        let current = Int(partition[v])
        let kv = nodeWeight[v]
        guard choice != FastMover.stay else {
            // Out and back in, as one at a time always did: the same rounding of K.
            clusterWeight[current] = (clusterWeight[current] - kv) + kv
            return nil
        }
        clusterWeight[current] -= kv
        clusterSize[current] -= 1
        if clusterSize[current] == 0 { empty.append(Int32(current)) }
        let best = choice == FastMover.alone ? Int(empty.removeLast()) : Int(choice)
        clusterWeight[best] += kv
        clusterSize[best] += 1
        partition[v] = Int32(best)
        if batch >= 0 { stamp[current] = batch; stamp[best] = batch }
        return best
    }

    /// Marks `v`, weighed in a batch and staying, as settled for the rest of this fast moving:
    /// its mark stays set, so a neighbour's move does not queue it again (networkit's
    /// `ParallelLeiden`, `parallelMove`, clears a node's `inQueue` flag only when it moves). A
    /// node that a move earlier in its own batch queued again is still in the queue and is
    /// weighed once more when its turn comes. See ``moveInBatches(_:roundGainFloor:)`` for why.
    func settle(_ v: Int) { queued[v] = true }

    /// Adds `u` at the queue's tail unless it is queued (or settled, in batches).
    mutating func enqueue(_ u: Int) {
        guard !queued[u] else { return }
        queued[u] = true
        var tail = head + pending
        if tail >= queue.count { tail -= queue.count }
        queue[tail] = Int32(u)
        pending += 1
    }

    /// Nodes per batch on a level of `n` nodes: about `n / 256`, from 256 to 4,096, so that
    /// most nodes of a batch have no neighbour in it.
    static func batchSize(_ n: Int) -> Int { min(4_096, max(256, n / 256)) }

    /// A round of fast moving in batches that raises modularity by less than this ends it (see
    /// ``moveInBatches(_:roundGainFloor:)``).
    static let roundTolerance = 1e-4

    /// Empties the queue in batches: choices on the cores, applied in queue order (see
    /// ``LeidenLevel/fastMove(_:gamma:rng:batchedFrom:tolerance:)``); or stops early, leaving the rest
    /// of the queue, after a round whose moves raised the gains by less than `roundGainFloor`.
    /// A round is as many nodes as the queue held when it began.
    ///
    /// The queue's long tail is what the floor cuts (issue 28, national edge list): the second
    /// level of the first iteration ran 66 rounds, moving 90,536, 25,792, 11,158 … nodes and
    /// at last single ones; the rounds from the tenth on each raised modularity by less than
    /// 0.0001 and together took 0.49 s of the level's 1.10 s (now 0.72–0.76 s). The next level
    /// and the next iteration take up what is left. GVE-Leiden (Sahu, arXiv:2312.13936) ends
    /// its local moving too when a sweep's gain in modularity falls below a tolerance.
    ///
    /// A node weighed that stays is settled (``settle(_:)``): a neighbour's later move does not
    /// queue it again, as in networkit's `ParallelLeiden`; only nodes that moved can be weighed
    /// again. Leiden's `MoveNodesFast` queues it again, and so did this loop until stop 42
    /// (issue 28, the probe, alone, seed 1). On the national edge list without weights, where
    /// fast moving swept nodes into ever larger communities and Leiden settled in eight of
    /// them (modularity 0.1903 after six iterations, 10.8–12.5 s), it now climbs out: 0.1853
    /// after three iterations (5.3–6.4 s against 6.7–7.1 s for 0.1897), 0.1960 after four,
    /// 0.2036 after six and 0.2088 with 75 communities after ten (14.8–14.9 s; the 0.1% rule
    /// keeps going as each gains more). `ParallelLeiden` gives 0.181 after its three, 0.207–0.208
    /// after ten. With weights, what `analyse` builds from a log, the default's four
    /// iterations take 5.6–5.9 s against 6.0–6.2 s, modularity 0.36795 against 0.36793 (seeds
    /// 1–4 average 0.36790 against 0.36798; at 200,000 actors, seeds 1–8, 0.36829 against
    /// 0.36846, one seed 0.0011 lower and the others within 0.0002). Levels under 65,536 nodes
    /// move one at a time and are unchanged (forced into batches on the 20,000-actor edge
    /// list, it would end lower: 0.1831 against 0.1862 without weights, 0.36671 against
    /// 0.36691 with them, seeds 1–6).
    mutating func moveInBatches(_ scratch: inout [Scratch], roundGainFloor: Double = 0) {
        let size = FastMover.batchSize(queue.count)
        var nodes = [Int](repeating: 0, count: size)
        var choices = [Choice](repeating: Choice(), count: size)
        var marks = [UInt64](repeating: 0, count: (queue.count + 63) / 64)
        var batch: Int32 = 0
        var roundLeft = pending, roundGain = 0.0
        while pending > 0 {
            let count = min(pending, size)
            for i in 0..<count {
                let v = dequeue()
                nodes[i] = v
                marks[v >> 6] |= 1 << UInt64(v & 63)
            }
            let chunk = 64
            let mover = self
            nodes.withUnsafeBufferPointer { nodes in
            choices.withUnsafeMutableBufferPointer { choices in
            marks.withUnsafeBufferPointer { marks in
            scratch.withUnsafeMutableBufferPointer { scratch in
                chunksInParallel((count + chunk - 1) / chunk) { k, participant in
                    for i in (k * chunk)..<min(count, (k + 1) * chunk) {
                        choices[i] = mover.choose(nodes[i], &scratch[participant], batch: marks)
                    }
                }
            }
            }
            }
            }
            for i in 0..<count {
                let v = nodes[i]
                marks[v >> 6] = 0
                var choice = choices[i]
                guard choice.community != FastMover.stay else { settle(v); continue }
                if !holds(v, choice, batch: batch) { choice = choose(v, &scratch[0]) }   // weigh again
                if choice.community == FastMover.stay { settle(v) }
                if choice.community != FastMover.stay, let (gain, stay) = weigh(v, choice) { roundGain += gain - stay }
                move(v, to: choice.community, batch: batch)
            }
            batch += 1
            roundLeft -= count
            if roundLeft <= 0 {
                if roundGain < roundGainFloor { return }
                roundLeft = pending
                roundGain = 0
            }
        }
    }
}
