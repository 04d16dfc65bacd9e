import WijknetGraphviz

/// The ties the interactive map is *laid out* with when it has many: every node keeps its `k`
/// strongest ties, and a tie stays when it is among the `k` strongest of either end (the union of
/// the nodes' top-`k` neighbourhoods, a "k-nearest-neighbour backbone"). The map still *draws*
/// every tie at the positions this layout gives.
///
/// Why: a force-directed layout (Graphviz's sfdp) costs in proportion to the ties, while the
/// picture's shape — who sits near whom — is set by each node's strongest ties; weak ties of a
/// hub mainly pull everything into one ball (the "hairball"). Sparsifying before layout is the
/// usual remedy (Nocaj, Ortmann & Brandes, *Untangling the hairballs of multi-centered,
/// small-world online social media networks*, JGAA 19(2), 2015, keep a backbone of each
/// node's strongest ties for the same reason). On the 20k-actor synthetic log the map has 3,003
/// nodes and 77,164 ties; with `k = 6` Graphviz lays out at most 6 ties per node.
///
/// Ties are ranked per node by weight, heavier first, then by the other end's index (so the
/// result is deterministic and independent of the input's order). Nodes with at most `k` ties
/// keep them all. A maximum spanning forest (Kruskal, same order) is kept too, so no part of
/// the network that hangs together falls apart in the layout: a weak tie that is a part's only
/// bridge stays. Edges that are no tie (`weight` is nil: the missing links drawn on the map) and
/// edges whose ends are not both indexed (not `a<int>` ids) are kept as they are.
///
/// - Complexity: O(E log E) time, O(E) memory.
enum MapBackbone {
    /// Ties per node kept for the layout.
    static let keepPerNode = 6

    /// `edges` thinned to the backbone when they number more than `keepPerNode` per node;
    /// otherwise `edges` unchanged (every small network is laid out with all its ties).
    /// `weight(u, v)` is the tie's weight between nodes `u` and `v` (indices of the ids `a<u>`),
    /// nil when they have no tie.
    static func edges(_ edges: [DiagramEdge], nodeCount: Int, weight: (Int, Int) -> Double?) -> [DiagramEdge] {
        guard edges.count > keepPerNode * max(nodeCount, 1) else { return edges }
        var incident: [Int: [(other: Int, weight: Double, edge: Int)]] = [:]
        var kept = [Bool](repeating: false, count: edges.count)
        for (i, e) in edges.enumerated() {
            guard let u = index(e.tail), let v = index(e.head), let w = weight(u, v) else { kept[i] = true; continue }
            incident[u, default: []].append((v, w, i))
            incident[v, default: []].append((u, w, i))
        }
        for list in incident.values {
            let strongest = list.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.other < $1.other }.prefix(keepPerNode)
            for t in strongest { kept[t.edge] = true }
        }
        for i in spanningForest(edges, weight: weight) { kept[i] = true }
        return edges.indices.filter { kept[$0] }.map { edges[$0] }
    }

    /// The edges (by position in `edges`) of a maximum spanning forest over the indexed ends:
    /// Kruskal's algorithm, heavier first, ties broken by position.
    static func spanningForest(_ edges: [DiagramEdge], weight: (Int, Int) -> Double?) -> [Int] {
        var ends: [(u: Int, v: Int, w: Double, i: Int)] = []
        for (i, e) in edges.enumerated() {
            if let u = index(e.tail), let v = index(e.head), let w = weight(u, v) { ends.append((u, v, w, i)) }
        }
        ends.sort { $0.w != $1.w ? $0.w > $1.w : $0.i < $1.i }
        var parent: [Int: Int] = [:]
        func root(_ x: Int) -> Int {
            var r = x
            while let p = parent[r], p != r { r = p }
            var y = x
            while let p = parent[y], p != r { parent[y] = r; y = p }
            return r
        }
        var forest: [Int] = []
        for e in ends {
            let (a, b) = (root(e.u), root(e.v))
            guard a != b else { continue }
            parent[a] = b
            forest.append(e.i)
        }
        return forest
    }

    /// `a12` → 12.
    static func index(_ id: String) -> Int? {
        id.hasPrefix("a") ? Int(id.dropFirst()) : nil
    }
}
