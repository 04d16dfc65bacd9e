import Testing
import WijknetGraph

@Suite("Link prediction")
struct LinkPredictionTests {
    /// The fast walk equals a brute-force computation over every candidate pair.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func matchesBruteForce(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let n = 120
        var edges: [(Int, Int)] = []
        for _ in 0..<500 { edges.append((rng.below(n), rng.below(n))) }
        let g = Graph(nodeCount: n, edges: edges)
        let candidates = (0..<n).map { $0 % 3 == 0 }
        let via = (0..<n).map { $0 % 3 != 0 }
        let fast = predictedLinks(g, candidates: candidates, via: via)
        var brute: [PredictedLink] = []
        for u in 0..<n where candidates[u] {
            for v in (u + 1)..<n where candidates[v] && !g.hasEdge(u, v) {
                let common = Set(g.neighbors(u)).intersection(g.neighbors(v)).filter { via[$0] }.sorted()
                guard !common.isEmpty else { continue }
                let ra = common.reduce(0.0) { $0 + 1 / Double(g.degree($1)) }
                let aa = common.reduce(0.0) { $0 + 1 / log(Double(g.degree($1))) }
                brute.append(PredictedLink(u: u, v: v, resourceAllocation: ra, adamicAdar: aa, commonCount: common.count))
                #expect(sharedNeighbours(g, u, v, via: via) == common)
            }
        }
        #expect(fast.count == brute.count && !brute.isEmpty)
        for (f, b) in zip(fast, brute) {
            #expect(f.u == b.u && f.v == b.v && f.commonCount == b.commonCount)
            #expect(abs(f.resourceAllocation - b.resourceAllocation) < 1e-12 && abs(f.adamicAdar - b.adamicAdar) < 1e-12)
        }
    }

    /// Star with centre 0 (via) and leaves 1..3 (candidates): each leaf pair shares 0, deg 3 → 1/3.
    @Test func starByHand() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        let links = predictedLinks(g, candidates: [false, true, true, true], via: [true, false, false, false])
        #expect(links.map { [$0.u, $0.v] } == [[1, 2], [1, 3], [2, 3]])
        #expect(links.allSatisfy { abs($0.resourceAllocation - 1.0 / 3) < 1e-15 && $0.commonCount == 1 })
        #expect(sharedNeighbours(g, 1, 2, via: [true, false, false, false]) == [0])
    }

    /// The bounded selection equals the first N of the fully sorted list — same links, same
    /// order, same scores — on seeded random graphs with many ties in score (a hub shared by
    /// a dozen candidates gives 66 links with the same score), with and without groups.
    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func boundedTopEqualsSortedPrefix(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let n = 90
        var edges: [(Int, Int)] = []
        for _ in 0..<220 { edges.append((rng.below(n), rng.below(n))) }
        let hub = 1 + 3 * rng.below(n / 3 - 1)   // a via node
        for k in 0..<12 { edges.append((hub, 3 * (1 + rng.below(n / 3 - 1)))) }
        let g = Graph(nodeCount: n, edges: edges)
        let candidates = (0..<n).map { $0 % 3 == 0 }
        let via = (0..<n).map { $0 % 3 != 0 }
        let groups = (0..<n).map { _ in rng.below(3) }
        let all = predictedLinks(g, candidates: candidates, via: via)
        try #require(all.count > 60)
        for grouping in [nil, groups] as [[Int]?] {
            func cross(_ l: PredictedLink) -> Bool { grouping.map { $0[l.u] != $0[l.v] } ?? false }
            let sorted = all.sorted { a, b in
                if cross(a) != cross(b) { return cross(a) }
                if a.resourceAllocation != b.resourceAllocation { return a.resourceAllocation > b.resourceAllocation }
                return (a.u, a.v) < (b.u, b.v)
            }
            // Ties in (cross, score) that only the node ids decide, also within the top 50.
            let ties = zip(sorted, sorted.dropFirst()).map { cross($0) == cross($1) && $0.resourceAllocation == $1.resourceAllocation }
            #expect(ties.filter { $0 }.count >= 10 && ties.prefix(49).contains(true))
            for top in [0, 1, 5, 50, all.count, all.count + 7] {
                let bounded = topPredictedLinks(g, candidates: candidates, via: via, top: top, crossGroupsFirst: grouping)
                #expect(bounded == Array(sorted.prefix(top)), "top \(top), groups \(grouping != nil)")
            }
        }
    }

    /// Two workers (blocks of 1,024 candidates dealt in turn, a heap each, merged) keep exactly
    /// the links, order and score bits of one sorted list of every predicted link: 5,000 nodes
    /// with hubs in both workers' blocks and many ties in score.
    @Test(arguments: [3, 11] as [UInt64])
    func twoWorkersKeepTheSameTop(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let n = 5_000
        var edges: [(Int, Int)] = []
        for _ in 0..<12_000 { edges.append((rng.below(n), rng.below(n))) }
        for hub in [7, 1_501, 3_004, 4_603] { for _ in 0..<60 { edges.append((hub, 3 * rng.below(n / 3))) } }
        let g = Graph(nodeCount: n, edges: edges)
        let candidates = (0..<n).map { $0 % 3 == 0 }
        let via = (0..<n).map { $0 % 3 != 0 }
        let groups = (0..<n).map { _ in rng.below(3) }
        let ranking = LinkRanking(crossGroupsFirst: groups)
        let sorted = predictedLinks(g, candidates: candidates, via: via).sorted(by: ranking.precedes)
        try #require(sorted.count > 5_000)
        for top in [1, 10, 500, sorted.count + 3] {
            let parallel = topPredictedLinks(g, candidates: candidates, via: via, top: top, crossGroupsFirst: groups, workers: 2)
            #expect(parallel == Array(sorted.prefix(top)), "top \(top)")
        }
    }

    /// Every pair ties on score (one hub): the order is decided by groups, then ids alone.
    @Test func allTiedHub() {
        let n = 9
        let g = Graph(nodeCount: n, edges: (1..<n).map { (0, $0) })
        let candidates = (0..<n).map { $0 > 0 }, via = (0..<n).map { $0 == 0 }
        let groups = [0, 1, 1, 2, 2, 1, 1, 2, 2]
        let top = topPredictedLinks(g, candidates: candidates, via: via, top: 4, crossGroupsFirst: groups)
        // Cross pairs in id order: 1–3, 1–4, 1–7, 1–8 (1–2, 1–5, 1–6 are both group 1).
        #expect(top.map { [$0.u, $0.v] } == [[1, 3], [1, 4], [1, 7], [1, 8]])
        let plain = topPredictedLinks(g, candidates: candidates, via: via, top: 3)
        #expect(plain.map { [$0.u, $0.v] } == [[1, 2], [1, 3], [1, 4]])
        #expect(topPredictedLinks(g, candidates: candidates, via: via, top: -1).isEmpty)
    }
}

#if canImport(Glibc)
import Glibc
#endif
