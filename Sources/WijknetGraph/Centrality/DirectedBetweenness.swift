/// Betweenness on directed paths (Brandes 2001, DOI 10.1080/0022250X.2001.9990249): for node
/// `v`, `Σ_{s≠v≠t} σ_st(v) / σ_st` over ordered pairs `(s, t)` where `t` is reachable from `s`,
/// `σ_st` counting the shortest directed paths (steps) from `s` to `t`. As networkx
/// `betweenness_centrality` of a `DiGraph` with its defaults (`normalized=True`,
/// `endpoints=False`): divided by `(n − 1)(n − 2)`; unnormalized it is the plain sum (a directed
/// graph's ordered pairs are not halved). For `n ≤ 2` every value is `0`.
///
/// Checked against networkx 3 on the sample survey and a random directed graph
/// (`scripts/reference/directed_betweenness.py`, `DirectedBetweennessTests`).
/// - Complexity: `O(n m)` time (one breadth-first search per source), `O(n + m)` memory.
public func directedBetweenness(_ g: DirectedGraph, normalized: Bool = true) -> [Double] {
    let n = g.nodeCount
    var centrality = [Double](repeating: 0, count: n)
    guard n > 2 else { return centrality }
    var sigma = [Double](repeating: 0, count: n), delta = [Double](repeating: 0, count: n)
    var distance = [Int](repeating: -1, count: n)
    var order: [Int] = []
    order.reserveCapacity(n)
    for s in 0..<n {
        for v in order { sigma[v] = 0; delta[v] = 0; distance[v] = -1 }
        order.removeAll(keepingCapacity: true)
        sigma[s] = 1; distance[s] = 0; order.append(s)
        var head = 0
        while head < order.count {   // breadth-first: `order` is the queue and, read backwards, the stack
            let v = order[head]; head += 1
            for k in g.offsets[v]..<g.offsets[v + 1] {   // indices, not a slice: no slice per node
                let w = Int(g.targets[k])
                if distance[w] < 0 { distance[w] = distance[v] + 1; order.append(w) }
                if distance[w] == distance[v] + 1 { sigma[w] += sigma[v] }
            }
        }
        for w in order.reversed() {
            for k in g.offsets[w]..<g.offsets[w + 1] {   // w's successors one step further: their share flows back to w
                let v = Int(g.targets[k])
                if distance[v] == distance[w] + 1 { delta[w] += sigma[w] / sigma[v] * (1 + delta[v]) }
            }
            if w != s { centrality[w] += delta[w] }
        }
    }
    if normalized {
        let scale = 1 / Double((n - 1) * (n - 2))
        for v in 0..<n { centrality[v] *= scale }
    }
    return centrality
}
