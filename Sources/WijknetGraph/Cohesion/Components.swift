/// Connected components.
public struct Components: Sendable, Equatable {
    /// Component id of each node; components are numbered in order of their smallest node.
    public var id: [Int]
    /// Members of each component, ascending.
    public var members: [[Int]]
    public var count: Int { members.count }
    /// Size of each component, by id.
    public var sizes: [Int] { members.map(\.count) }
}

/// Connected components by breadth-first search.
/// - Returns: ids numbered in order of each component's smallest node (so deterministic).
/// - Complexity: `O(n + m)`.
public func connectedComponents(_ g: Graph) -> Components {
    let n = g.nodeCount
    var id = [Int](repeating: -1, count: n)
    var members: [[Int]] = []
    var queue: [Int] = []
    queue.reserveCapacity(n)
    for s in 0..<n where id[s] < 0 {
        let c = members.count
        id[s] = c
        queue.removeAll(keepingCapacity: true)
        queue.append(s)
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for i in g.slots(v) {
                let w = Int(g.targets[i])
                if id[w] < 0 { id[w] = c; queue.append(w) }
            }
        }
        members.append(queue.sorted())
    }
    return Components(id: id, members: members)
}

/// Core number of every node: the largest `k` such that the node belongs to a subgraph in
/// which every node has degree at least `k` (Batagelj & Zaveršnik 2011,
/// DOI 10.1007/s11634-010-0079-y, bucket algorithm). Matches networkx `core_number`.
/// - Complexity: `O(n + m)`.
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
