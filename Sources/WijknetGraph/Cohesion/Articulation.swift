/// Cut vertices and cut edges: who and which tie is the only link between parts of the network.
public struct CutStructure: Sendable, Equatable {
    /// Articulation points (ascending): nodes whose removal increases the number of components.
    public var articulationPoints: [Int]
    /// For each articulation point (same order), the sizes of the pieces its removal splits
    /// off its component, largest first. They sum to the component's size minus one.
    public var pieceSizes: [[Int]]
    /// Bridges (sorted `(u, v)` with `u < v`): ties whose removal increases the number of components.
    public var bridges: [(u: Int, v: Int)]
    /// For each bridge (same order), the sizes of the two sides, the `u` side first.
    public var bridgeSides: [(Int, Int)]

    public static func == (a: CutStructure, b: CutStructure) -> Bool {
        a.articulationPoints == b.articulationPoints && a.pieceSizes == b.pieceSizes
            && a.bridges.map { [$0.u, $0.v] } == b.bridges.map { [$0.u, $0.v] }
            && a.bridgeSides.map { [$0.0, $0.1] } == b.bridgeSides.map { [$0.0, $0.1] }
    }
}

/// Articulation points and bridges by Hopcroft–Tarjan low-points (DOI 10.1145/362248.362272),
/// with an explicit stack (no recursion: a path of 200,000 nodes is fine), plus the sizes of
/// the pieces each cut leaves, from DFS subtree sizes — all in one pass.
///
/// For a DFS child `c` of `v` with `low[c] ≥ disc[v]`, the subtree of `c` (size `sub[c]`) is a
/// piece cut off by removing `v`; what remains of the component (if `v` is not the root) is
/// one more piece. A tree edge `v–c` is a bridge when `low[c] > disc[v]`; its sides are
/// `sub[c]` and the component size minus `sub[c]`.
/// - Complexity: `O(n + m)`.
public func cutStructure(_ g: Graph) -> CutStructure {
    let n = g.nodeCount
    var disc = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var sub = [Int](repeating: 1, count: n)
    var entryEdge = [Int](repeating: -1, count: n)   // edge id of the tree edge into v
    var next = [Int](repeating: 0, count: n)         // next adjacency slot to explore
    var pieces = [[Int]](repeating: [], count: n)    // cut-off child subtree sizes
    var bridges: [(u: Int, v: Int, uSide: Int, vSide: Int)] = []
    var time = 0
    var stack: [Int] = []
    var visited: [Int] = []                          // nodes of the current component
    var points: [Int] = []
    var pointPieces: [Int: [Int]] = [:]
    for root in 0..<n where disc[root] < 0 {
        visited.removeAll(keepingCapacity: true)
        var pending: [(parent: Int, child: Int)] = []   // bridges of this component
        disc[root] = time; low[root] = time; time += 1
        next[root] = g.offsets[root]
        stack.append(root)
        visited.append(root)
        while let v = stack.last {
            if next[v] < g.offsets[v + 1] {
                let s = next[v]; next[v] += 1
                let w = Int(g.targets[s])
                if disc[w] < 0 {
                    entryEdge[w] = Int(g.edgeIDs[s])
                    disc[w] = time; low[w] = time; time += 1
                    next[w] = g.offsets[w]
                    stack.append(w)
                    visited.append(w)
                } else if Int(g.edgeIDs[s]) != entryEdge[v] {
                    low[v] = min(low[v], disc[w])
                }
            } else {
                stack.removeLast()
                if let p = stack.last {
                    low[p] = min(low[p], low[v])
                    sub[p] += sub[v]
                    if low[v] >= disc[p] { pieces[p].append(sub[v]) }
                    if low[v] > disc[p] { pending.append((p, v)) }
                }
            }
        }
        let size = sub[root]
        for v in visited where !pieces[v].isEmpty {
            var ps = pieces[v]
            if v != root { ps.append(size - 1 - ps.reduce(0, +)) }   // the rest, with the parent
            if ps.count >= 2 { points.append(v); pointPieces[v] = ps.sorted(by: >) }
        }
        for (p, c) in pending {
            let u = min(p, c), w = max(p, c)
            let uSide = u == c ? sub[c] : size - sub[c]
            bridges.append((u, w, uSide, size - uSide))
        }
    }
    points.sort()
    bridges.sort { ($0.u, $0.v) < ($1.u, $1.v) }
    return CutStructure(articulationPoints: points, pieceSizes: points.map { pointPieces[$0]! },
                        bridges: bridges.map { (u: $0.u, v: $0.v) }, bridgeSides: bridges.map { ($0.uSide, $0.vSide) })
}
