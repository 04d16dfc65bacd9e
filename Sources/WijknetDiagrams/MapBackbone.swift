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
/// bridge stays. Ends without a weight (the missing links drawn on the map: no tie) are kept as
/// they are.
///
/// Works on node indices in flat arrays (incidence lists in CSR form, union–find in an array):
/// the first version took the map's `DiagramEdge`s and dictionaries and cost 0.7 s of the 20k
/// log's report; this one a few milliseconds.
///
/// - Complexity: O(E log E) time, O(E + N) memory, N the largest node index.
enum MapBackbone {
    /// Ties per node kept for the layout.
    static let keepPerNode = 6

    /// One edge of the map: its ends (node indices) and the tie's weight, `nil` for an edge that
    /// is no tie (a missing link).
    struct End: Equatable {
        var u: Int
        var v: Int
        var weight: Double?
    }

    /// Which of `ends` the layout keeps: all of them when they number at most `keepPerNode` per
    /// node of the `nodeCount` drawn (every small network is laid out with all its ties).
    static func kept(_ ends: [End], nodeCount: Int) -> [Bool] {
        guard ends.count > keepPerNode * max(nodeCount, 1) else { return [Bool](repeating: true, count: ends.count) }
        var kept = ends.map { $0.weight == nil }
        let (start, slot) = incidence(ends)
        for u in 0..<(start.count - 1) where start[u + 1] - start[u] > 0 {
            func other(_ i: Int) -> Int { ends[i].u == u ? ends[i].v : ends[i].u }
            let strongest = slot[start[u]..<start[u + 1]].sorted { a, b in
                let (wa, wb) = (ends[a].weight!, ends[b].weight!)
                return wa != wb ? wa > wb : other(a) < other(b)
            }.prefix(keepPerNode)
            for i in strongest { kept[i] = true }
        }
        for i in spanningForest(ends) { kept[i] = true }
        return kept
    }

    /// The ties (positions in `ends`) at each node, in CSR form: node `u`'s are
    /// `slot[start[u]..<start[u + 1]]`, in the order of `ends`.
    static func incidence(_ ends: [End]) -> (start: [Int], slot: [Int]) {
        let size = (ends.lazy.filter { $0.weight != nil }.map { max($0.u, $0.v) }.max() ?? -1) + 1
        var start = [Int](repeating: 0, count: size + 1)
        for e in ends where e.weight != nil { start[e.u + 1] += 1; start[e.v + 1] += 1 }
        for u in 0..<size { start[u + 1] += start[u] }
        var fill = start
        var slot = [Int](repeating: 0, count: start[size])
        for (i, e) in ends.enumerated() where e.weight != nil {
            slot[fill[e.u]] = i; fill[e.u] += 1
            slot[fill[e.v]] = i; fill[e.v] += 1
        }
        return (start, slot)
    }

    /// The edges (by position in `ends`) of a maximum spanning forest over the ties:
    /// Kruskal's algorithm, heavier first, ties broken by position.
    static func spanningForest(_ ends: [End]) -> [Int] {
        var order = ends.indices.filter { ends[$0].weight != nil }
        order.sort { a, b in ends[a].weight! != ends[b].weight! ? ends[a].weight! > ends[b].weight! : a < b }
        let size = (order.map { max(ends[$0].u, ends[$0].v) }.max() ?? -1) + 1
        var parent = Array(0..<size)
        func root(_ x: Int) -> Int {
            var r = x
            while parent[r] != r { r = parent[r] }
            var y = x
            while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
            return r
        }
        var forest: [Int] = []
        for i in order {
            let (a, b) = (root(ends[i].u), root(ends[i].v))
            guard a != b else { continue }
            parent[a] = b
            forest.append(i)
        }
        return forest
    }
}
