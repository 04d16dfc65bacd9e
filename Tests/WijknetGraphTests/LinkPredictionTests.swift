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
}

#if canImport(Glibc)
import Glibc
#endif
