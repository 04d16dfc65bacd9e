/// Degree of every node: its number of distinct neighbours.
/// - Complexity: `O(n)`.
public func degrees(_ g: Graph) -> [Int] {
    (0..<g.nodeCount).map(g.degree)
}

/// Strength of every node: the sum of the weights of its ties (its degree when unweighted;
/// Barrat et al. 2004, DOI 10.1073/pnas.0400087101).
/// - Complexity: `O(n + m)`.
public func strengths(_ g: Graph) -> [Double] {
    (0..<g.nodeCount).map(g.strength)
}

/// Degree centrality, `degree / (n − 1)`: the share of the other nodes a node is tied to
/// (networkx `degree_centrality`).
/// - Returns: `[]` for the empty graph; `[NaN]` for a single node, where the share is `0/0`
///   (networkx returns 1 there).
/// - Complexity: `O(n)`.
public func degreeCentrality(_ g: Graph) -> [Double] {
    let n = g.nodeCount
    if n == 1 { return [.nan] }
    return (0..<n).map { Double(g.degree($0)) / Double(n - 1) }
}
