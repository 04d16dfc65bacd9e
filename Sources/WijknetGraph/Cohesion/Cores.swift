/// Core number of every node: the largest `k` such that the node belongs to the `k`-core, the
/// maximal subgraph in which every node has degree at least `k` (networkx `core_number`).
///
/// Batagelj & Zaveršnik's bucket algorithm: nodes are kept sorted by current degree in one
/// array (`vert`, with `pos` its inverse and `bin[d]` the start of the degree-`d` block); the
/// node of least current degree is peeled, and each neighbour of larger current degree moves
/// one block down by a swap with the first node of its block. From 65,536 nodes, when both
/// cores are free, the same peeling level by level on two threads (``coreNumbersByLevels(_:)``),
/// with the same numbers.
///
/// - Parameter g: the graph; weights are ignored.
/// - Returns: one core number per node; `0` for isolates; `[]` for the empty graph.
/// - Complexity: `O(n + m)` time and memory.
/// - Reference: V. Batagelj & M. Zaveršnik, "Fast algorithms for determining (generalized)
///   core groups in social networks", Advances in Data Analysis and Classification 5 (2011)
///   129–145, DOI 10.1007/s11634-010-0079-y (arXiv cs/0310049).
public func coreNumbers(_ g: Graph) -> [Int] {
    let n = g.nodeCount
    guard n > 0 else { return [] }
    // Large graphs on two cores: peeled level by level (issue 28: 0.23–0.29 s on one core at a
    // million actors, level with networkit's core decomposition on two threads).
    if n >= coresByLevelsFrom, CoreShare.participantsAllowed > 1, #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
        return coreNumbersByLevels(g)
    }
    return coreNumbersByPeeling(g)
}

/// ``coreNumbers(_:)`` on one thread: Batagelj & Zaveršnik's bucket algorithm.
func coreNumbersByPeeling(_ g: Graph) -> [Int] {
    let n = g.nodeCount
    // Batagelj–Zaversnik on Int32 arrays through raw buffers (issue 28: against networkit's
    // core decomposition at a million actors); the steps and their order are unchanged.
    var deg = (0..<n).map { Int32(truncatingIfNeeded: g.degree($0)) }
    let maxDeg = Int(deg.max() ?? 0)
    var bin = [Int32](repeating: 0, count: maxDeg + 1)
    var pos = [Int32](repeating: 0, count: n)
    var vert = [Int32](repeating: 0, count: n)
    deg.withUnsafeMutableBufferPointer { deg in
    bin.withUnsafeMutableBufferPointer { bin in
    pos.withUnsafeMutableBufferPointer { pos in
    vert.withUnsafeMutableBufferPointer { vert in
    g.offsets.withUnsafeBufferPointer { off in
    g.targets.withUnsafeBufferPointer { tgt in
        for d in deg { bin[Int(d)] += 1 }
        var start: Int32 = 0
        for d in 0...maxDeg { let c = bin[d]; bin[d] = start; start += c }
        for v in 0..<n {
            let d = Int(deg[v])
            pos[v] = bin[d]; vert[Int(bin[d])] = Int32(v); bin[d] += 1
        }
        for d in stride(from: maxDeg, to: 0, by: -1) { bin[d] = bin[d - 1] }
        bin[0] = 0
        // Invariant: vert[0..<i] are peeled with final core numbers deg[·]; vert[i...] is sorted by
        // current degree, block d starting at bin[d].
        for i in 0..<n {
            let v = Int(vert[i])
            let dv = deg[v]
            for s in off[v]..<off[v + 1] {
                let u = Int(tgt[s])
                let du = deg[u]
                if du > dv {
                    let pu = pos[u], pw = bin[Int(du)], w = Int(vert[Int(pw)])
                    if u != w { pos[u] = pw; vert[Int(pu)] = Int32(w); pos[w] = pu; vert[Int(pw)] = Int32(u) }
                    bin[Int(du)] += 1
                    deg[u] = du - 1
                }
            }
        }
    }
    }
    }
    }
    }
    }
    return deg.map(Int.init)
}

/// Nodes from which ``coreNumbers(_:)`` peels on two threads (``coreNumbersByLevels(_:)``).
let coresByLevelsFrom = 1 << 16
