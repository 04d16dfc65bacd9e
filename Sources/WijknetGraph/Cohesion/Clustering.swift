/// Local clustering coefficient of every node (unweighted, networkx `clustering` default):
/// the share of pairs of a node's neighbours that are tied, `2T(v) / (deg(v)(deg(v) − 1))`;
/// `0` for degree below 2 (as networkx).
///
/// Triangles are counted by merging sorted CSR rows, with a dense marker array reused for
/// every node. - Complexity: `O(Σ deg(v)²)` at worst.
public func clusteringCoefficients(_ g: Graph) -> [Double] {
    let n = g.nodeCount
    var mark = [Bool](repeating: false, count: n)
    var out = [Double](repeating: 0, count: n)
    for v in 0..<n {
        let d = g.degree(v)
        guard d >= 2 else { continue }
        for i in g.slots(v) { mark[Int(g.targets[i])] = true }
        var links = 0
        for i in g.slots(v) {
            let u = Int(g.targets[i])
            for j in g.slots(u) where mark[Int(g.targets[j])] { links += 1 }
        }
        for i in g.slots(v) { mark[Int(g.targets[i])] = false }
        out[v] = Double(links) / (Double(d) * Double(d - 1))   // each link counted twice
    }
    return out
}

/// Mean local clustering over all nodes, isolates and leaves counting as 0 (networkx
/// `average_clustering`). `NaN` for the empty graph.
public func averageClustering(_ g: Graph) -> Double {
    guard g.nodeCount > 0 else { return .nan }
    return clusteringCoefficients(g).reduce(0, +) / Double(g.nodeCount)
}
