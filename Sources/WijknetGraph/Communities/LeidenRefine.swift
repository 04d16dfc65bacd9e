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

        // Sub-community ids are node ids: v starts alone in sub-community v. Each node's
        // community and sub-community side by side, and each sub-community's weight and ties to
        // the rest of its community side by side: a tie reads one slot, a candidate one record.
        var slots = (0..<n).map { Refiner.Slot(community: partition[$0], sub: Int32($0)) }
        var subs = nodeWeight.map { Refiner.Sub(weight: $0, external: 0) }
        var singleton = [Bool](repeating: true, count: n)
        // Scratch: edgeTo[k] for the sub-communities k one node is tied to, reset after each
        // node; shared, as each community touches only its own members' ids. Weights are
        // positive, so 0 marks a sub-community not met yet.
        var edgeTo = [Double](repeating: 0, count: n)
        let widest = widestRow
        slots.withUnsafeMutableBufferPointer { slots in
        subs.withUnsafeMutableBufferPointer { subs in
        singleton.withUnsafeMutableBufferPointer { singleton in
        edgeTo.withUnsafeMutableBufferPointer { edgeTo in
        members.withUnsafeBufferPointer { members in
        offsets.withUnsafeBufferPointer { offsets in
        targets.withUnsafeBufferPointer { targets in
        weights.withUnsafeBufferPointer { weights in
        nodeWeight.withUnsafeBufferPointer { nodeWeight in
            let refiner = Refiner(gamma: gamma, theta: theta, key: key, members: members,
                                  offsets: offsets, targets: targets, weights: weights, nodeWeight: nodeWeight,
                                  slots: slots, subs: subs, singleton: singleton, edgeTo: edgeTo)
            let blocks = n >= 4_096 ? 16 : 1
            chunksInParallel(blocks) { b, _ in
                for v in (b * n / blocks)..<((b + 1) * n / blocks) { refiner.sumInside(v) }
            }
            var scratch = (0..<CoreShare.cores).map { _ in Refiner.Scratch(widest: widest) }
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
        var refined = slots.map(\.sub)
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
///
/// What a tie or a candidate reads sits together (issue 28): refinement visits the nodes in
/// random order, so nearly every read of a neighbour's ids or a candidate's weights misses the
/// cache, and a node's community and sub-community in one ``Slot``, a sub-community's weight
/// and external ties in one ``Sub``, take one miss each instead of two. On the weighted national
/// edge list (probe, four iterations, six alternating pairs) the first level's refinements
/// took 1.75–2.50 s in all (median 1.90) with the four arrays apart, 1.42–1.71 s (median 1.59)
/// side by side; the same communities. (Tie loops without a branch on the data, as fast moving
/// and aggregation have, were slower here: 1.82–1.97 s.)
struct Refiner {
    /// A node's community (fixed during refinement) and its sub-community.
    struct Slot { var community: Int32; var sub: Int32 }
    /// A sub-community's weight `K` and the weight of its ties to the rest of its community.
    struct Sub { var weight: Double; var external: Double }

    let gamma: Double, theta: Double, key: UInt64
    let members: UnsafeBufferPointer<Int32>
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int32>
    let weights: UnsafeBufferPointer<Double>
    let nodeWeight: UnsafeBufferPointer<Double>
    let slots: UnsafeMutableBufferPointer<Slot>
    let subs: UnsafeMutableBufferPointer<Sub>
    let singleton: UnsafeMutableBufferPointer<Bool>
    let edgeTo: UnsafeMutableBufferPointer<Double>

    /// One core's candidates and their gains (then weights) for the node at hand: room for
    /// the widest row and the node's own sub-community.
    struct Scratch {
        var touched: [Int32]
        var gains: [Double]
        init(widest: Int) {
            touched = [Int32](repeating: 0, count: widest + 1)
            gains = [Double](repeating: 0, count: widest + 1)
        }
    }

    /// The weight of `v`'s ties inside its own community, into its sub-community's `external`.
    func sumInside(_ v: Int) {
        let community = slots[v].community
        var inside = 0.0
        for s in offsets[v]..<offsets[v + 1] where slots[Int(targets[s])].community == community {
            inside += weights[s]
        }
        subs[v].external = inside
    }

    /// Refines one community, its `members` (indices into `members`) in their random order.
    func refine(members range: Range<Int>, community: Int32, _ scratch: inout Scratch) {
        var total = 0.0
        for i in range { total += nodeWeight[Int(members[i])] }
        scratch.touched.withUnsafeMutableBufferPointer { touched in
        scratch.gains.withUnsafeMutableBufferPointer { gains in
            for i in range {
                let v = Int(members[i])
                let own = Int(slots[v].sub)
                guard singleton[own], wellConnected(subs[own], total) else { continue }
                let chosen = choose(v, own: own, community: community, total: total, touched, gains)
                join(v, chosen, community: community)
            }
        }
        }
    }

    /// A sub-community `k` is well connected when its ties to the rest of the community
    /// outweigh what chance gives: `w(k, S − k) ≥ γ' K_k (K_S − K_k)`.
    private func wellConnected(_ k: Sub, _ total: Double) -> Bool {
        k.external >= gamma * k.weight * (total - k.weight)
    }

    /// Takes singleton `v` out of its sub-community (weight and ties to 0) and returns the one
    /// it joins: among the well-connected ones it is tied to with
    /// `ΔQ ≥ 0` (alone: 0), drawn `∝ exp((ΔQ − best) / θ)`, or the best when `θ = 0`.
    private func choose(_ v: Int, own: Int, community: Int32, total: Double,
                        _ touched: UnsafeMutableBufferPointer<Int32>, _ gains: UnsafeMutableBufferPointer<Double>) -> Int {
        let kv = nodeWeight[v]
        subs[own] = Sub(weight: 0, external: 0)
        // v's own sub-community first (v is alone in it, so no neighbour is: its gain is 0).
        touched[0] = Int32(own)
        var distinct = 1
        for s in offsets[v]..<offsets[v + 1] {
            let u = Int(targets[s])
            guard slots[u].community == community else { continue }
            let k = Int(slots[u].sub)
            if edgeTo[k] == 0 { touched[distinct] = Int32(k); distinct += 1 }
            edgeTo[k] += weights[s]
        }
        var bestGain = -Double.infinity
        var best = own
        for j in 0..<distinct {
            let k = Int(touched[j])
            let sub = subs[k]
            var gain = -Double.infinity
            if wellConnected(sub, total) {
                let g = edgeTo[k] - gamma * kv * sub.weight
                if g >= 0 {
                    gain = g
                    if g > bestGain { bestGain = g; best = k }
                }
            }
            gains[j] = gain
        }
        var chosen = best
        if theta > 0 {
            // P(k) ∝ exp((gain − bestGain) / θ): the same law as exp(gain / θ), without overflow.
            var sum = 0.0
            for j in 0..<distinct where gains[j] > -Double.infinity {
                gains[j] = exp((gains[j] - bestGain) / theta)
                sum += gains[j]
            }
            let r = SeededGenerator.unit(key: key, index: v) * sum
            var acc = 0.0
            for j in 0..<distinct where gains[j] > -Double.infinity {
                acc += gains[j]
                if r < acc { chosen = Int(touched[j]); break }
            }
        }
        for j in 0..<distinct { edgeTo[Int(touched[j])] = 0 }
        return chosen
    }

    /// Puts `v` (a singleton, taken out of its own sub-community by ``choose``) into
    /// sub-community `chosen`, which may be its own again.
    private func join(_ v: Int, _ chosen: Int, community: Int32) {
        let own = Int(slots[v].sub)
        var external = subs[chosen].external
        for s in offsets[v]..<offsets[v + 1] {
            let u = Int(targets[s])
            guard slots[u].community == community, u != v else { continue }
            if Int(slots[u].sub) == chosen { external -= weights[s] } else { external += weights[s] }
        }
        subs[chosen].weight += nodeWeight[v]
        subs[chosen].external = external
        if chosen != own {
            slots[v].sub = Int32(chosen)
            singleton[chosen] = false
        }
    }
}
