#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LeidenLevel {
    /// Refinement (Traag et al., Algorithm A.2 `RefinePartition` / `MergeNodesSubset`): splits
    /// every community into well-connected, connected sub-communities. Returns a sub-community
    /// per node (dense ids, first appearance by node id) and their number.
    ///
    /// Inside each community, its members in one seeded random order, each well-connected
    /// singleton joins a well-connected sub-community it is tied to, drawn with probability
    /// `∝ exp(ΔQ / θ)`. Communities are refined independently: they run on the cores in chunks
    /// (``chunksInParallel(_:_:)``), each reading and writing only its own members' entries
    /// (a sub-community's id is one of its members), and node `v`'s draw is
    /// ``SeededGenerator/unit(key:index:)`` of this call's key and `v`, whichever core asks. So
    /// the result is the same on one core or two (issue 28: the draws used to come from one
    /// stream in community order, which tied refinement to one thread).
    func refine(_ partition: [Int32], count: Int, gamma: Double, theta: Double,
                rng: inout SeededGenerator) -> ([Int32], Int) {
        // Members of each community, each list in one seeded random order.
        var order = (0..<n).map { Int32($0) }
        rng.shuffle(&order)
        let key = rng.next()
        var start = [Int](repeating: 0, count: count + 1)
        for v in 0..<n { start[Int(partition[v]) + 1] += 1 }
        for c in 0..<count { start[c + 1] += start[c] }
        var fill = Array(start.dropLast())
        var members = [Int32](repeating: 0, count: n)
        for v in order { let c = Int(partition[Int(v)]); members[fill[c]] = v; fill[c] += 1 }
        let chunks = Self.chunks(start)

        // Sub-community ids are node ids: v starts alone in sub-community v.
        var refined = (0..<n).map { Int32($0) }
        var subWeight = nodeWeight                       // K of each sub-community
        var external = [Double](repeating: 0, count: n)  // weight from a sub-community to the rest of S
        var singleton = [Bool](repeating: true, count: n)
        // Scratch: edgeTo[k] for the sub-communities k one node is tied to, reset after each
        // node; shared, as each community touches only its own members' ids. Weights are
        // positive, so 0 marks a sub-community not met yet.
        var edgeTo = [Double](repeating: 0, count: n)
        refined.withUnsafeMutableBufferPointer { refined in
        subWeight.withUnsafeMutableBufferPointer { subWeight in
        external.withUnsafeMutableBufferPointer { external in
        singleton.withUnsafeMutableBufferPointer { singleton in
        edgeTo.withUnsafeMutableBufferPointer { edgeTo in
        partition.withUnsafeBufferPointer { partition in
        members.withUnsafeBufferPointer { members in
        offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
        nodeWeight.withUnsafeBufferPointer { nodeWeight in
            let refiner = Refiner(gamma: gamma, theta: theta, key: key, partition: partition, members: members,
                                  offsets: offsets, targets: targets, weights: weights, nodeWeight: nodeWeight,
                                  refined: refined, subWeight: subWeight, external: external,
                                  singleton: singleton, edgeTo: edgeTo)
            let blocks = n >= 4_096 ? 16 : 1
            chunksInParallel(blocks) { b, _ in
                for v in (b * n / blocks)..<((b + 1) * n / blocks) { refiner.sumInside(v) }
            }
            var scratch = (0..<CoreShare.cores).map { _ in Refiner.Scratch() }
            scratch.withUnsafeMutableBufferPointer { scratch in
                chunksInParallel(chunks.count - 1) { k, participant in
                    for c in chunks[k]..<chunks[k + 1] where start[c + 1] - start[c] > 1 {
                        refiner.refine(members: start[c]..<start[c + 1], community: Int32(c), &scratch[participant])
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

    /// Boundaries of runs of communities (`start` gives each community's members) of about
    /// `n / 64` members each, at least one community per run: the chunks refinement hands out.
    static func chunks(_ start: [Int]) -> [Int] {
        let count = start.count - 1, n = start[count]
        let size = max(1, n / 64)
        var bounds = [0]
        for c in 0..<count where start[c + 1] - start[bounds[bounds.count - 1]] >= size { bounds.append(c + 1) }
        if bounds[bounds.count - 1] != count { bounds.append(count) }
        return bounds
    }
}

/// Refinement's state on raw buffers; see ``LeidenLevel/refine(_:count:gamma:theta:rng:)``.
struct Refiner {
    let gamma: Double, theta: Double, key: UInt64
    let partition: UnsafeBufferPointer<Int32>
    let members: UnsafeBufferPointer<Int32>
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int32>
    let weights: UnsafeBufferPointer<Double>
    let nodeWeight: UnsafeBufferPointer<Double>
    let refined: UnsafeMutableBufferPointer<Int32>
    let subWeight: UnsafeMutableBufferPointer<Double>
    let external: UnsafeMutableBufferPointer<Double>
    let singleton: UnsafeMutableBufferPointer<Bool>
    let edgeTo: UnsafeMutableBufferPointer<Double>

    /// One core's candidates and their gains (then weights) for the node at hand.
    struct Scratch {
        var touched: [Int32] = []
        var gains: [Double] = []
    }

    /// `external[v]`: the weight of `v`'s ties inside its own community.
    func sumInside(_ v: Int) {
        for s in offsets[v]..<offsets[v + 1] where partition[Int(targets[s])] == partition[v] {
            external[v] += weights[s]
        }
    }

    /// Refines one community, its `members` (indices into `members`) in their random order.
    func refine(members range: Range<Int>, community: Int32, _ scratch: inout Scratch) {
        var total = 0.0
        for i in range { total += nodeWeight[Int(members[i])] }
        for i in range {
            let v = Int(members[i])
            let own = Int(refined[v])
            guard singleton[own], wellConnected(own, total) else { continue }
            let chosen = choose(v, own: own, community: community, total: total, &scratch)
            join(v, chosen, community: community)
        }
    }

    /// A sub-community `k` is well connected when its ties to the rest of the community
    /// outweigh what chance gives: `w(k, S − k) ≥ γ' K_k (K_S − K_k)`.
    private func wellConnected(_ k: Int, _ total: Double) -> Bool {
        external[k] >= gamma * subWeight[k] * (total - subWeight[k])
    }

    /// Takes singleton `v` out of its sub-community (weight and ties to 0) and returns the one
    /// it joins: among the well-connected ones it is tied to with
    /// `ΔQ ≥ 0` (alone: 0), drawn `∝ exp((ΔQ − best) / θ)`, or the best when `θ = 0`.
    private func choose(_ v: Int, own: Int, community: Int32, total: Double, _ scratch: inout Scratch) -> Int {
        let kv = nodeWeight[v]
        subWeight[own] = 0
        external[own] = 0
        scratch.touched.removeAll(keepingCapacity: true)
        // v's own sub-community first (v is alone in it, so no neighbour is: its gain is 0).
        scratch.touched.append(Int32(own))
        for s in offsets[v]..<offsets[v + 1] {
            let u = Int(targets[s])
            guard partition[u] == community else { continue }
            let k = Int(refined[u])
            if edgeTo[k] == 0 { scratch.touched.append(Int32(k)) }
            edgeTo[k] += weights[s]
        }
        scratch.gains.removeAll(keepingCapacity: true)
        var bestGain = -Double.infinity
        var best = own
        for k32 in scratch.touched {
            let k = Int(k32)
            var gain = -Double.infinity
            if wellConnected(k, total) {
                let g = edgeTo[k] - gamma * kv * subWeight[k]
                if g >= 0 {
                    gain = g
                    if g > bestGain { bestGain = g; best = k }
                }
            }
            scratch.gains.append(gain)
        }
        var chosen = best
        if theta > 0 {
            // P(k) ∝ exp((gain − bestGain) / θ): the same law as exp(gain / θ), without overflow.
            var sum = 0.0
            for j in scratch.gains.indices where scratch.gains[j] > -Double.infinity {
                scratch.gains[j] = exp((scratch.gains[j] - bestGain) / theta)
                sum += scratch.gains[j]
            }
            let r = SeededGenerator.unit(key: key, index: v) * sum
            var acc = 0.0
            for j in scratch.gains.indices where scratch.gains[j] > -Double.infinity {
                acc += scratch.gains[j]
                if r < acc { chosen = Int(scratch.touched[j]); break }
            }
        }
        for k in scratch.touched { edgeTo[Int(k)] = 0 }
        return chosen
    }

    /// Puts `v` (a singleton, taken out of its own sub-community by ``choose``) into
    /// sub-community `chosen`, which may be its own again.
    private func join(_ v: Int, _ chosen: Int, community: Int32) {
        let own = Int(refined[v])
        subWeight[chosen] += nodeWeight[v]
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
