/// A partition of a graph's nodes into communities, with its modularity.
///
/// Made by ``init(leiden:resolution:seed:randomness:maxIterations:minimumGain:)`` (recommended: every
/// community is connected by construction) or ``init(louvain:resolution:seed:)``.
public struct Communities: Sendable {
    /// Community id of each node, `0..<count`, numbered in order of each community's smallest
    /// node (node 0 is always in community 0). Every community induces a connected subgraph;
    /// every isolate is a community of its own.
    public var membership: [Int]
    /// Modularity of ``membership`` at the resolution used (see ``modularity(_:communities:resolution:)``);
    /// `NaN` for a graph without ties.
    public var modularity: Double
    /// Number of communities.
    public var count: Int { (membership.max() ?? -1) + 1 }
}

/// Splits every community of `membership` into its connected parts (BFS inside each) and
/// numbers the parts in order of their smallest node.
///
/// Splitting parts `A`, `B` with no tie between them changes modularity by
/// `+2γ K_A K_B / (2m)² ≥ 0`, so this never lowers modularity. For a partition whose
/// communities are already connected it only renumbers.
/// - Complexity: `O(n + m)`.
func connectedParts(_ g: Graph, of membership: [Int]) -> [Int] {
    splitIntoConnectedParts(offsets: g.offsets, targets: g.targets) { v, w in membership[w] == membership[v] }.part
}
