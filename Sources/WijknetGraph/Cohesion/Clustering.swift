/// Local clustering coefficient of every node (unweighted, networkx `clustering` default):
/// the share of pairs of a node's neighbours that are tied, `2T(v) / (deg(v)(deg(v) − 1))`;
/// `0` for degree below 2 (as networkx).
///
/// Triangles are counted with a dense marker array reused for every node and
/// ``Graph/forEachTieAmongNeighbours(of:isNeighbour:_:)``. - Complexity: about `O(Σ deg(v)² log)`.
public func clusteringCoefficients(_ g: Graph) -> [Double] {
    let n = g.nodeCount
    var out = [Double](repeating: 0, count: n)
    let workers = n >= 2048 ? 2 : 1
    out.withUnsafeMutableBufferPointer { result in
        parallelFor(workers) { worker in   // alternate nodes; per-node values are schedule-independent
            var mark = [Bool](repeating: false, count: n)
            for v in stride(from: worker, to: n, by: workers) {
                let d = g.degree(v)
                guard d >= 2 else { continue }
                for i in g.slots(v) { mark[Int(g.targets[i])] = true }
                var links = 0
                g.forEachTieAmongNeighbours(of: v, isNeighbour: mark) { _, _, _ in links += 1 }
                for i in g.slots(v) { mark[Int(g.targets[i])] = false }
                result[v] = Double(links) / (Double(d) * Double(d - 1))   // each link counted twice
            }
        }
    }
    return out
}

/// Mean local clustering over all nodes, isolates and leaves counting as 0 (networkx
/// `average_clustering`). `NaN` for the empty graph.
public func averageClustering(_ g: Graph) -> Double {
    guard g.nodeCount > 0 else { return .nan }
    return clusteringCoefficients(g).reduce(0, +) / Double(g.nodeCount)
}
