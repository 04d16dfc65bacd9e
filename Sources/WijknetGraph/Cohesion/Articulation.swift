/// Cut vertices and cut edges: who and which tie is the only link between parts of the network,
/// and how much falls apart without them.
public struct CutStructure: Sendable, Equatable {
    /// Articulation points (cut vertices), ascending: nodes whose removal increases the number
    /// of components (networkx `articulation_points`, sorted).
    public var articulationPoints: [Int]
    /// For each articulation point (same order), the sizes of the pieces its component falls
    /// into when it is removed, largest first. There are at least two, and they sum to the
    /// component's size minus one. "What is lost if this node leaves": every piece but the
    /// largest is cut off from the rest.
    public var pieceSizes: [[Int]]
    /// Bridges (cut edges), sorted, `u < v`: ties whose removal increases the number of
    /// components (networkx `bridges`).
    public var bridges: [(u: Int, v: Int)]
    /// For each bridge (same order), the sizes of the two sides it separates, the `u` side
    /// first; they sum to the size of the bridge's component.
    public var bridgeSides: [(Int, Int)]

    /// Creates a cut structure from its parts (same order and conventions as the properties).
    public init(articulationPoints: [Int], pieceSizes: [[Int]], bridges: [(u: Int, v: Int)], bridgeSides: [(Int, Int)]) {
        self.articulationPoints = articulationPoints
        self.pieceSizes = pieceSizes
        self.bridges = bridges
        self.bridgeSides = bridgeSides
    }

    public static func == (a: CutStructure, b: CutStructure) -> Bool {
        a.articulationPoints == b.articulationPoints && a.pieceSizes == b.pieceSizes
            && a.bridges.map { [$0.u, $0.v] } == b.bridges.map { [$0.u, $0.v] }
            && a.bridgeSides.map { [$0.0, $0.1] } == b.bridgeSides.map { [$0.0, $0.1] }
    }

    /// The piece sizes left when `v` is removed, largest first, or `[]` when `v` is not an
    /// articulation point. - Complexity: `O(log p)` for `p` articulation points.
    public func pieces(without v: Int) -> [Int] {
        var lo = 0, hi = articulationPoints.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if articulationPoints[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < articulationPoints.count && articulationPoints[lo] == v ? pieceSizes[lo] : []
    }
}

/// Articulation points and bridges by Hopcroft–Tarjan low-points, with the sizes of the
/// pieces each cut leaves — all in one depth-first search.
///
/// Definitions (DFS discovery time `disc`, `low[v]` = the smallest `disc` reachable from the
/// subtree of `v` by one non-tree edge, `sub[v]` = subtree size):
/// - for a DFS child `c` of `v` with `low[c] ≥ disc[v]`, removing `v` cuts the subtree of `c`
///   off: a piece of size `sub[c]`. A non-root `v` with at least one such child is an
///   articulation point, and the rest of its component (`size − 1 − Σ` those pieces, which
///   holds `v`'s parent) is one more piece. The root is one when it has two or more children.
/// - a tree edge `v–c` is a bridge when `low[c] > disc[v]`; its sides are `sub[c]` and the
///   component size minus `sub[c]`.
///
/// The search uses an explicit stack and a per-node cursor into its adjacency row — no
/// recursion, so a path of 200,000 nodes is fine. The parent tie is skipped by edge id (the
/// graph is simple, so this is the same as skipping the parent).
///
/// - Parameter g: the graph; weights are ignored.
/// - Returns: a ``CutStructure``; isolates and the empty graph give no cuts.
/// - Complexity: `O(n + m)` time and memory (`O(n log n)` to sort the output).
/// - Reference: J. Hopcroft & R. Tarjan, "Algorithm 447: efficient algorithms for graph
///   manipulation", Communications of the ACM 16(6) (1973) 372–378, DOI 10.1145/362248.362272;
///   R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Computing 1(2)
///   (1972), DOI 10.1137/0201010.
public func cutStructure(_ g: Graph) -> CutStructure {
    let n = g.nodeCount
    var disc = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var sub = [Int](repeating: 1, count: n)
    var entryEdge = [Int](repeating: -1, count: n)   // edge id of the tree edge into v
    var cursor = [Int](repeating: 0, count: n)       // next adjacency slot of v to explore
    var pieces = [[Int]](repeating: [], count: n)    // child subtrees cut off by removing v
    var bridges: [(u: Int, v: Int, uSide: Int, vSide: Int)] = []
    var time = 0
    // Invariant: `stack` is the current DFS path from the root; `visited` lists the nodes of
    // the current component (both cleared per component, capacity kept).
    var stack: [Int] = []
    var visited: [Int] = []
    var pending: [(parent: Int, child: Int)] = []    // bridges of the current component
    var points: [Int] = []
    for root in 0..<n where disc[root] < 0 {
        visited.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
        disc[root] = time; low[root] = time; time += 1
        cursor[root] = g.offsets[root]
        stack.append(root)
        visited.append(root)
        while let v = stack.last {
            if cursor[v] < g.offsets[v + 1] {
                let s = cursor[v]; cursor[v] += 1
                let w = Int(g.targets[s])
                if disc[w] < 0 {                               // tree edge: descend
                    entryEdge[w] = Int(g.edgeIDs[s])
                    disc[w] = time; low[w] = time; time += 1
                    cursor[w] = g.offsets[w]
                    stack.append(w)
                    visited.append(w)
                } else if Int(g.edgeIDs[s]) != entryEdge[v] {  // back (or forward) edge
                    low[v] = min(low[v], disc[w])
                }
            } else {                                           // v finished: report to parent
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
            if v != root { pieces[v].append(size - 1 - pieces[v].reduce(0, +)) }  // the parent's side
            if pieces[v].count >= 2 {
                pieces[v].sort(by: >)
                points.append(v)
            }
        }
        for (p, c) in pending {
            let u = min(p, c), w = max(p, c)
            let uSide = u == c ? sub[c] : size - sub[c]
            bridges.append((u, w, uSide, size - uSide))
        }
    }
    points.sort()
    bridges.sort { ($0.u, $0.v) < ($1.u, $1.v) }
    return CutStructure(articulationPoints: points, pieceSizes: points.map { pieces[$0] },
                        bridges: bridges.map { (u: $0.u, v: $0.v) },
                        bridgeSides: bridges.map { ($0.uSide, $0.vSide) })
}
