extension LeidenLevel {
    /// Fast local moving (Traag et al., Algorithm A.2 `MoveNodesFast`) on `partition`, then
    /// renumbers it densely (first appearance by node id). Returns the number of communities.
    ///
    /// One thread (issue 28). Weighing nodes in batches on two cores and applying them in queue
    /// order gives the same partition, but on the national edge list it was slower: nearly
    /// every node moves in the first pass, so the queue order keeps half the work on one core,
    /// and keeping each node's sums for the second costs more than the core saves
    /// (4.3 s one at a time, 5.5 s in batches of 1,024 on two cores, 7.4 s the same batches on
    /// one). Refinement and aggregation, which split by community, run on both cores.
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
        // in `touched`, reset to 0 after each node. Weights are positive, so 0 also marks a
        // community not met yet: one load per tie instead of two (issue 28: on the first pass
        // over the national edge list the communities are a million, and each array lookup
        // misses the cache).
        var edgeTo = [Double](repeating: 0, count: n)
        var widest = 0
        for v in 0..<n { widest = max(widest, offsets[v + 1] - offsets[v]) }
        var touched = [Int32](repeating: 0, count: widest)
        // The loop below reads and writes these through raw buffers (issue 28: no bounds or
        // uniqueness check per tie on the national graph); the arithmetic and the order of
        // every step are those of the array version, so the partition is the same.
        partition.withUnsafeMutableBufferPointer { partition in
        clusterWeight.withUnsafeMutableBufferPointer { clusterWeight in
        clusterSize.withUnsafeMutableBufferPointer { clusterSize in
        queue.withUnsafeMutableBufferPointer { queue in
        queued.withUnsafeMutableBufferPointer { queued in
        edgeTo.withUnsafeMutableBufferPointer { edgeTo in
        touched.withUnsafeMutableBufferPointer { touched in
        offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
        nodeWeight.withUnsafeBufferPointer { nodeWeight in
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

            var distinct = 0
            for s in offsets[v]..<offsets[v + 1] {
                let c = Int(partition[Int(targets[s])])
                if edgeTo[c] == 0 { touched[distinct] = Int32(truncatingIfNeeded: c); distinct += 1 }
                edgeTo[c] += weights[s]
            }
            // Gain of joining c, up to the factor 1/m and a constant: w(v, c) − γ' k_v K_c.
            // The empty community (gain 0; no neighbour is in it) is weighed first.
            var best = current
            var bestGain = edgeTo[current] - gamma * kv * clusterWeight[current]
            let tolerance = 1e-12 * kv * scale
            let emptyID = Int(empty[empty.count - 1])
            if 0 > bestGain + tolerance { best = emptyID; bestGain = 0 }
            for j in 0..<distinct {
                let c = Int(touched[j])
                let gain = edgeTo[c] - gamma * kv * clusterWeight[c]
                if gain > bestGain + tolerance { best = c; bestGain = gain }   // strictly better only
                edgeTo[c] = 0
            }
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
}
