/// Number of triangles through each node (networkx `triangles`): `T(v)` = the number of
/// tied pairs among the neighbours of `v`. Weights are ignored.
///
/// Forward algorithm: rank nodes by `(degree, id)` and orient every tie from lower to higher
/// rank; each triangle `a < b < c` (by rank) is then found exactly once, at `a`, as a
/// forward neighbour `c` shared by `a` and its forward neighbour `b`. A node has at most
/// `√(2m)` forward neighbours, which keeps hubs (a school tied to thousands of pupils) cheap.
/// Runs on all cores over fixed blocks of roughly equal forward-tie counts; counts are integers,
/// so the result is exact and independent of scheduling.
///
/// - Parameter g: the graph.
/// - Returns: one count per node; `[]` for the empty graph.
/// - Complexity: `O(m √m)` time, `O(n + m)` memory plus `O(n)` per block.
/// - Reference: T. Schank & D. Wagner, "Finding, counting and listing all triangles in large
///   graphs, an experimental study", WEA 2005, LNCS 3503, DOI 10.1007/11427186_54;
///   M. Latapy, "Main-memory triangle computations for very large (sparse (power-law))
///   graphs", Theoretical Computer Science 407 (2008), DOI 10.1016/j.tcs.2008.07.017.
public func triangleCounts(_ g: Graph) -> [Int] {
    let n = g.nodeCount
    guard n > 0 else { return [] }
    // Forward CSR, and fixed blocks of nodes with about equal forward-tie counts (only when big enough).
    let forward = ForwardTies(g)
    let fOffsets = forward.offsets, fTargets = forward.targets
    let blocks = g.edgeCount >= 20_000 ? 4 : 1
    let bounds = forward.blocks(blocks)
    var partial = [[Int]](repeating: [], count: blocks)
    partial.withUnsafeMutableBufferPointer { out in
        parallelFor(blocks) { b in
            // mark[w] == u exactly when w is a forward neighbour of the current node u.
            var mark = [Int32](repeating: -1, count: n)
            var t = [Int](repeating: 0, count: n)
            for u in bounds[b]..<bounds[b + 1] {
                let u32 = Int32(u)
                for s in fOffsets[u]..<fOffsets[u + 1] { mark[Int(fTargets[s])] = u32 }
                for s in fOffsets[u]..<fOffsets[u + 1] {
                    let v = Int(fTargets[s])
                    for r in fOffsets[v]..<fOffsets[v + 1] {
                        let w = Int(fTargets[r])
                        if mark[w] == u32 { t[u] += 1; t[v] += 1; t[w] += 1 }
                    }
                }
            }
            out[b] = t
        }
    }
    var total = partial[0]
    for b in 1..<blocks { for v in 0..<n { total[v] += partial[b][v] } }
    return total
}

/// Local clustering coefficient of every node, unweighted (networkx `clustering` with its
/// default `weight=None`): the share of pairs of neighbours that are tied,
/// `c(v) = 2 T(v) / (deg(v) (deg(v) − 1))`.
///
/// - Parameter g: the graph; weights are ignored.
/// - Returns: one value per node in `[0, 1]`; `0` for degree below 2 (a ratio `0/0`, reported
///   as 0 like networkx so that averages match); `[]` for the empty graph.
/// - Complexity: that of ``triangleCounts(_:)``, `O(m √m)`.
/// - Reference: D. J. Watts & S. H. Strogatz, "Collective dynamics of 'small-world'
///   networks", Nature 393 (1998) 440–442, DOI 10.1038/30918.
public func clusteringCoefficients(_ g: Graph) -> [Double] {
    let t = triangleCounts(g)
    return (0..<g.nodeCount).map { v in
        let d = g.degree(v)
        return d < 2 || t[v] == 0 ? 0 : Double(2 * t[v]) / (Double(d) * Double(d - 1))
    }
}

/// Mean local clustering over all nodes, isolates and degree-1 nodes counting as 0 (networkx
/// `average_clustering` with its defaults `count_zeros=True`, unweighted). Summed in node
/// order, as networkx does, so the value agrees to the last bit.
///
/// - Parameter g: the graph; weights are ignored.
/// - Returns: `(1/n) Σ_v c(v)`; `NaN` for the empty graph (networkx raises `ZeroDivisionError`).
/// - Complexity: `O(m √m)`.
/// - Reference: Watts & Strogatz 1998, DOI 10.1038/30918.
public func averageClustering(_ g: Graph) -> Double {
    guard g.nodeCount > 0 else { return .nan }
    return clusteringCoefficients(g).reduce(0, +) / Double(g.nodeCount)
}

/// Transitivity, the global clustering coefficient (networkx `transitivity`): the share of
/// connected triples (paths of length two) that are closed into a triangle,
/// `3 · triangles / triples = Σ_v 2 T(v) / Σ_v deg(v) (deg(v) − 1)`.
///
/// Unlike ``averageClustering(_:)`` it weights each node by its number of neighbour pairs, so
/// hubs count more.
/// - Parameter g: the graph; weights are ignored.
/// - Returns: a value in `[0, 1]`; `0` when there is no triangle — including graphs without any
///   connected triple, where the ratio is formally `0/0` — as networkx returns.
/// - Complexity: `O(m √m)`.
/// - Reference: M. E. J. Newman, "The structure and function of complex networks", SIAM
///   Review 45 (2003) 167–256, DOI 10.1137/S003614450342480, eq. (3).
public func transitivity(_ g: Graph) -> Double {
    let t = triangleCounts(g)
    var closed = 0, triples = 0
    for v in 0..<g.nodeCount {
        let d = g.degree(v)
        closed += 2 * t[v]
        triples += d * (d - 1)
    }
    return closed == 0 ? 0 : Double(closed) / Double(triples)
}
