/// Core number of every node: the largest `k` such that the node belongs to the `k`-core, the
/// maximal subgraph in which every node has degree at least `k` (networkx `core_number`).
///
/// Batagelj & Zaveršnik's bucket algorithm: nodes are kept sorted by current degree in one
/// array (`vert`, with `pos` its inverse and `bin[d]` the start of the degree-`d` block); the
/// node of least current degree is peeled, and each neighbour of larger current degree moves
/// one block down by a swap with the first node of its block.
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
    var deg = (0..<n).map(g.degree)
    let maxDeg = deg.max() ?? 0
    var bin = [Int](repeating: 0, count: maxDeg + 1)
    for d in deg { bin[d] += 1 }
    var start = 0
    for d in 0...maxDeg { let c = bin[d]; bin[d] = start; start += c }
    var pos = [Int](repeating: 0, count: n)
    var vert = [Int](repeating: 0, count: n)
    for v in 0..<n { pos[v] = bin[deg[v]]; vert[pos[v]] = v; bin[deg[v]] += 1 }
    for d in stride(from: maxDeg, to: 0, by: -1) { bin[d] = bin[d - 1] }
    bin[0] = 0
    // Invariant: vert[0..<i] are peeled with final core numbers deg[·]; vert[i...] is sorted by
    // current degree, block d starting at bin[d].
    for i in 0..<n {
        let v = vert[i]
        for s in g.slots(v) {
            let u = Int(g.targets[s])
            if deg[u] > deg[v] {
                let du = deg[u], pu = pos[u], pw = bin[du], w = vert[pw]
                if u != w { pos[u] = pw; vert[pu] = w; pos[w] = pu; vert[pw] = u }
                bin[du] += 1
                deg[u] -= 1
            }
        }
    }
    return deg
}
