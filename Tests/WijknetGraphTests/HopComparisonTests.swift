import Testing
import WijknetGraph

/// ``HopComparison`` (bit-parallel BFS, 64 sources per sweep) against a plain queue BFS per
/// pair, on seeded random graphs with nodes removed and ties added, and by hand.
@Suite struct HopComparisonTests {
    /// Path 0–1–2–3 plus 1–4. Without node 1 (after: 0, 2, 3, 4 renumbered 0…3): among the set
    /// {0, 2, 3, 4}: 0–2 (2 → cut), 0–3 (3 → cut), 0–4 (2 → cut), 2–4 (2 → cut), 2–3 and 3–4?
    /// 2–3 stays 1; 3–4 was 3 (3–2–1–4), now cut. Pairs 6, connected before 6, cut 5, longer 0.
    /// Most affected: cut first, closest before first, then set order: (0,2), (0,4), (2,4) at 2,
    /// then (0,3) and (3,4) at 3.
    @Test func byHand() {
        let before = Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (1, 4)])
        let after = Graph(nodeCount: 4, edges: [(1, 2)])   // 0, 2, 3, 4 → 0, 1, 2, 3
        let h = HopComparison(before: before, after: after, nodes: [(0, 0), (2, 1), (3, 2), (4, 3)], top: 10)
        #expect(h.pairs == 6 && h.connectedBefore == 6 && h.cut == 5 && h.longer == 0 && h.shorter == 0)
        #expect(h.mostAffected.map { [$0.a, $0.b, $0.before ?? -1] } == [[0, 1, 2], [0, 3, 2], [1, 3, 2], [0, 2, 3], [2, 3, 3]])
        #expect(h.mostAffected.allSatisfy { $0.after == nil })
    }

    static func bfs(_ g: Graph, _ s: Int) -> [Int?] {
        var d = [Int?](repeating: nil, count: g.nodeCount)
        d[s] = 0
        var queue = [s], head = 0
        while head < queue.count {
            let u = queue[head]; head += 1
            for x in g.neighbors(u) where d[x] == nil { d[x] = d[u]! + 1; queue.append(x) }
        }
        return d
    }

    /// More than 64 nodes in the set (two batches), 1 and 2 workers, against brute force.
    @Test(arguments: [1, 2, 3] as [UInt64]) func againstBruteForce(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let n = 150
        var edges: [(Int, Int)] = []
        for u in 0..<n { for v in (u + 1)..<n where rng.unit() < 0.025 { edges.append((u, v)) } }
        let before = Graph(nodeCount: n, edges: edges)
        var keep = [Bool](repeating: true, count: n)
        for _ in 0..<8 { keep[Int(rng.next() % UInt64(n))] = false }
        let (cut, original) = before.induced(keeping: keep)
        let extra = (0..<3).map { _ in (Int(rng.next() % UInt64(cut.nodeCount)), Int(rng.next() % UInt64(cut.nodeCount))) }.filter { $0.0 != $0.1 }
        let after = Graph(nodeCount: cut.nodeCount, edges: cut.edges.map { ($0.u, $0.v) } + extra)
        let set = original.indices.filter { $0 % 2 == 0 }.map { (original[$0], $0) }   // 71 nodes
        var connected = 0, longer = 0, cutPairs = 0, shorter = 0
        for i in set.indices {
            let db = Self.bfs(before, set[i].0), da = Self.bfs(after, set[i].1)
            for j in (i + 1)..<set.count {
                let b = db[set[j].0], a = da[set[j].1]
                if let a, b == nil || a < b! { shorter += 1 }
                guard let b else { continue }
                connected += 1
                if a == nil { cutPairs += 1 } else if a! > b { longer += 1 }
            }
        }
        #expect(longer + cutPairs > 0 && connected > 0)   // the case is not trivial
        for workers in [1, 2] {
            let h = HopComparison(before: before, after: after, nodes: set, top: 10, workers: workers)
            #expect(h.pairs == set.count * (set.count - 1) / 2)
            #expect(h.connectedBefore == connected && h.longer == longer && h.cut == cutPairs && h.shorter == shorter)
            #expect(h.mostAffected.count == min(10, longer + cutPairs))
        }
        #expect(HopComparison(before: before, after: after, nodes: set, workers: 1) == HopComparison(before: before, after: after, nodes: set, workers: 2))
    }
}
