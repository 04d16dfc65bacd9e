/// The connected components of a graph.
public struct Components: Sendable, Equatable {
    /// Component id of each node (`id.count == nodeCount`); components are numbered
    /// `0..<count` in order of their smallest node, so node 0 is always in component 0.
    public var id: [Int]
    /// Members of each component, ascending, indexed by component id.
    public var members: [[Int]]
    /// Number of components (`0` for the empty graph; each isolate is one component).
    public var count: Int { members.count }
    /// Size of each component, by id.
    public var sizes: [Int] { members.map(\.count) }
}

/// Connected components by breadth-first search (networkx `connected_components`, with the
/// components ordered by their smallest node and each member list sorted).
///
/// - Parameter g: the graph; weights are ignored.
/// - Returns: ``Components`` with ids in order of each component's smallest node, so the result
///   is deterministic. The empty graph has no components.
/// - Complexity: `O(n + m)` time (``splitIntoConnectedParts(offsets:targets:joins:)``).
public func connectedComponents(_ g: Graph) -> Components {
    let n = g.nodeCount
    let (id, sizes) = splitIntoConnectedParts(offsets: g.offsets, targets: g.targets) { _, _ in true }
    // Scatter nodes in ascending id order: every member list comes out sorted, no sort needed.
    var members = sizes.map { size -> [Int] in var list: [Int] = []; list.reserveCapacity(size); return list }
    for v in 0..<n { members[id[v]].append(v) }
    return Components(id: id, members: members)
}

/// The connected components of `g` once the node `removed` is taken out: what falls apart
/// when one actor leaves. `removed` is then a component of its own (ties to it join nothing).
/// - Complexity: `O(n + m)` time, the one search of ``connectedComponents(_:)``.
public func connectedComponents(_ g: Graph, without removed: Int) -> Components {
    let (id, sizes) = splitIntoConnectedParts(offsets: g.offsets, targets: g.targets) { v, w in v != removed && w != removed }
    var members = sizes.map { size -> [Int] in var list: [Int] = []; list.reserveCapacity(size); return list }
    for v in 0..<g.nodeCount { members[id[v]].append(v) }
    return Components(id: id, members: members)
}
