import Testing
@testable import WijknetDiagrams

/// The ties the map is laid out with (``MapBackbone``), on hand-made edge lists whose kept ties
/// are worked out in the comments.
@Suite("The map's layout backbone")
struct MapBackboneTests {
    static func pairs(_ ends: [MapBackbone.End], kept: [Bool]) -> Set<String> {
        Set(ends.indices.filter { kept[$0] }.map { "a\(ends[$0].u)-a\(ends[$0].v)" })
    }

    @Test func aSmallNetworkKeepsEveryTie() {
        // 4 nodes, 6 ties: 6 ≤ 6 × 4, so nothing is thinned.
        let ends = [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)].map { MapBackbone.End(u: $0.0, v: $0.1, weight: 1) }
        #expect(MapBackbone.kept(ends, nodeCount: 4) == [Bool](repeating: true, count: 6))
    }

    /// Two cliques of 14 (nodes 0–13 and 14–27), 91 ties each, joined by one weak tie 13–14
    /// (weight 0.5), and one missing link: 184 edges > 6 × 28 = 168, so the backbone applies. Inside a clique the weight of u–v is
    /// 1 + (u + v) mod 5, so each node's 6 strongest are clear; the bridge 13–14 is the weakest
    /// tie of both ends, in no node's top 6, and stays only as the spanning forest's bridge.
    @Test func eachNodeKeepsItsStrongestTiesAndTheBridgeStays() {
        var edges: [MapBackbone.End] = []
        for base in [0, 14] {
            for u in base..<(base + 14) {
                for v in (u + 1)..<(base + 14) { edges.append(.init(u: u, v: v, weight: 1 + Double((u + v) % 5))) }
            }
        }
        edges.append(.init(u: 13, v: 14, weight: 0.5))
        edges.append(.init(u: 0, v: 27, weight: nil))  // a missing link: no tie
        let kept = MapBackbone.kept(edges, nodeCount: 28)
        let names = Self.pairs(edges, kept: kept)
        #expect(kept.filter { $0 }.count < edges.count)
        #expect(names.contains("a13-a14"), "the only bridge between the two cliques stays")
        #expect(names.contains("a0-a27"), "a missing link (no tie) stays")
        // Every node keeps its own 6 strongest (heavier first, then the lower other end).
        for u in 0..<28 {
            let mine = edges.filter { ($0.u == u || $0.v == u) && $0.weight != nil }.map { e in (e.u == u ? e.v : e.u, e.weight!) }
            let top = mine.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(MapBackbone.keepPerNode)
            for (other, _) in top { #expect(names.contains("a\(min(u, other))-a\(max(u, other))"), "node \(u) keeps its tie to \(other)") }
        }
        // Node 0's ties: weights 1 + v mod 5 for v = 1…13: 5 for v = 4, 9; 4 for v = 3, 8, 13;
        // 3 for v = 2, 7, 12 → its top 6 are 4, 9, 3, 8, 13, 2. Its tie to 1 (weight 2) is in
        // the top 6 of neither end (node 1's ties weigh 1 + (1 + v) mod 5: 5 for v = 3, 8, 13;
        // 4 for v = 2, 7, 12, so 1–0 at weight 2 is not among them) and no bridge: dropped.
        #expect(!names.contains("a0-a1"))
        // The same ties whatever the order they come in.
        let reversed = Array(edges.reversed())
        #expect(Self.pairs(reversed, kept: MapBackbone.kept(reversed, nodeCount: 28)) == names)
    }
}
