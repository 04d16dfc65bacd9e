/// Modularity of a partition with a resolution parameter, as networkx
/// `community.modularity(G, communities, weight="weight", resolution=γ)`:
///
/// `Q = Σ_c [ L_c / m − γ (K_c / 2m)² ]`
///
/// with `L_c` the total weight of ties inside community `c`, `K_c` the summed strength of its
/// nodes and `m` the total tie weight.
///
/// - Parameters:
///   - g: the weighted graph.
///   - communities: a community id per node (`communities.count == g.nodeCount`), ids `≥ 0`;
///     they need not be dense (unused ids contribute nothing).
///   - resolution: `γ`; larger values favour smaller communities. Default 1 (Newman–Girvan).
/// - Returns: `Q` in `[−1/2, 1)` for `γ = 1`; `NaN` for a graph without ties (`m = 0`, where
///   networkx raises `ZeroDivisionError`), including the empty graph.
/// - Complexity: `O(n + m)`.
/// - Reference: M. E. J. Newman, "Modularity and community structure in networks", PNAS 103
///   (2006) 8577–8582, DOI 10.1073/pnas.0601602103; resolution: J. Reichardt & S. Bornholdt,
///   Phys. Rev. E 74 (2006) 016110, DOI 10.1103/PhysRevE.74.016110.
public func modularity(_ g: Graph, communities: [Int], resolution: Double = 1) -> Double {
    modularity(g, communities: communities, resolution: resolution,
               totalWeight: g.edges.reduce(0) { $0 + $1.weight }, strength: g.strength)
}

/// ``modularity(_:communities:resolution:)`` with the total tie weight `m` and each node's
/// strength given, as a caller that asks often has them already (Leiden, after every
/// iteration: issue 28). The same sums in the same order, so the same value to the bit.
func modularity(_ g: Graph, communities: [Int], resolution: Double, totalWeight m: Double,
                strength: (Int) -> Double) -> Double {
    precondition(communities.count == g.nodeCount, "one community id per node")
    guard m > 0 else { return .nan }
    let count = (communities.max() ?? -1) + 1
    var inside = [Double](repeating: 0, count: count)
    var degree = [Double](repeating: 0, count: count)
    for e in g.edges where communities[e.u] == communities[e.v] { inside[communities[e.u]] += e.weight }
    for v in 0..<g.nodeCount { degree[communities[v]] += strength(v) }
    var q = 0.0
    for c in 0..<count { q += inside[c] / m - resolution * (degree[c] / (2 * m)) * (degree[c] / (2 * m)) }
    return q
}
