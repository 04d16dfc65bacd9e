import Testing
import WijknetGraph
import WijknetTestSupport

@Suite("Centrality: equivalences and edge cases")
struct CentralityEquivalenceTests {
    /// A seeded random graph with hubs, so chunks have unequal work.
    static func randomGraph(n: Int, m: Int, seed: UInt64, weighted: Bool) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var edges: [(Int, Int, Double)] = []
        for _ in 0..<m {
            let u = rng.below(n), v = rng.below(5) == 0 ? rng.below(8) : rng.below(n)
            edges.append((u, v, weighted ? Double(1 + rng.below(5)) : 1))
        }
        return Graph(nodeCount: n, edges: edges)
    }

    @Test("one worker and two workers agree bit for bit", arguments: [false, true])
    func workersBitIdentical(weighted: Bool) {
        let g = Self.randomGraph(n: 400, m: 1_500, seed: 3, weighted: weighted)
        let one = PathCentrality.exact(g, weighted: weighted, workers: 1)
        let two = PathCentrality.exact(g, weighted: weighted, workers: 2)
        let three = PathCentrality.exact(g, weighted: weighted, workers: 3)
        #expect(one.betweenness == two.betweenness && one.betweenness == three.betweenness)
        #expect(one.closeness == two.closeness && one.harmonic == two.harmonic)
    }

    @Test("sampling every node gives the exact values bit for bit", arguments: [false, true])
    func fullSampleIsExact(weighted: Bool) {
        let g = Self.randomGraph(n: 150, m: 400, seed: 5, weighted: weighted)
        let exact = PathCentrality.exact(g, weighted: weighted)
        let sampled = PathCentrality.sampled(g, weighted: weighted, samples: g.nodeCount, seed: 99)
        #expect(sampled.sampledSources == Array(0..<g.nodeCount))
        #expect(sampled.betweenness == exact.betweenness)
        #expect(sampled.closeness == exact.closeness)
        #expect(sampled.harmonic == exact.harmonic)
    }

    @Test func samplingIsSeededAndClose() throws {
        let g = try Reference.load("lesmis").graph
        let a = PathCentrality.sampled(g, samples: 40, seed: 7)
        let b = PathCentrality.sampled(g, samples: 40, seed: 7)
        #expect(a.betweenness == b.betweenness && a.sampledSources == b.sampledSources)
        #expect(PathCentrality.sampled(g, samples: 40, seed: 8).sampledSources != a.sampledSources)
        // 40 of 77 sources: Hoeffding gives ±0.21 at 95% per node; the estimates are far closer.
        let exact = PathCentrality.exact(g)
        for v in 0..<g.nodeCount { #expect(abs(a.betweenness[v] - exact.betweenness[v]) < 0.21) }
    }

    @Test("all weights 1 gives the unweighted result")
    func unitWeights() throws {
        for name in ["karate", "lesmis", "gnp60"] {
            let g = try Reference.load(name).graph
            let unit = g.unweighted
            let a = PathCentrality.exact(unit, weighted: true), b = PathCentrality.exact(unit)
            for v in 0..<g.nodeCount {
                #expect(isClose(a.betweenness[v], b.betweenness[v], tolerance: 1e-12))
                #expect(isClose(a.closeness[v], b.closeness[v], tolerance: 1e-12))
            }
            let sa = StructuralHoles(unit, weighted: true), sb = StructuralHoles(unit)
            for v in 0..<g.nodeCount {
                #expect(isClose(sa.constraint[v], sb.constraint[v], tolerance: 1e-12))
                #expect(isClose(sa.effectiveSize[v], sb.effectiveSize[v], tolerance: 1e-12))
            }
            #expect(try eigenvectorCentrality(unit, weighted: true) == (try eigenvectorCentrality(unit)))
        }
    }

    /// Path 0-1-2-3-4 by hand. Betweenness (normalized by (n−1)(n−2)/2 = 6 unordered pairs):
    /// node 1 lies on (0,2),(0,3),(0,4) → 3/6; node 2 on (0,3),(0,4),(1,3),(1,4) → 4/6.
    /// Closeness of node 0: distances 1+2+3+4 = 10, reaching 4 → 4/10. Harmonic of node 2:
    /// 1/2 + 1 + 1 + 1/2 = 3. Hierarchy of an end node (one contact): undefined, NaN.
    @Test func pathByHand() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        let p = PathCentrality.exact(g)
        #expect(p.betweenness == [0, 0.5, 4.0 / 6, 0.5, 0])
        #expect(isClose(p.closeness[0], 0.4, tolerance: 1e-15) && isClose(p.harmonic[2], 3, tolerance: 1e-15))
        let h = StructuralHoles(g)
        #expect(h.hierarchy[0].isNaN && h.hierarchy[2] == 0)   // two equal contacts: no hierarchy
        #expect(cutStructure(g).articulationPoints == [1, 2, 3])
        #expect(cutStructure(g).pieceSizes == [[3, 1], [2, 2], [3, 1]])
        #expect(cutStructure(g).bridges.count == 4)
    }

    /// Weighted triangle 0–1 (w 4), 1–2 (w 4), 0–2 (w 1): distances 1/4 + 1/4 = 0.5 < 1, so the
    /// shortest 0–2 route runs through 1 and node 1 carries the only pair: betweenness 1/1 = 1.
    @Test func weightedDetour() {
        let g = Graph(nodeCount: 3, edges: [(0, 1, 4), (1, 2, 4), (0, 2, 1)])
        #expect(PathCentrality.exact(g, weighted: true).betweenness == [0, 1, 0])
        #expect(PathCentrality.exact(g).betweenness == [0, 0, 0])
    }

    @Test func emptyAndTinyGraphs() throws {
        let empty = Graph(nodeCount: 0, edges: [(Int, Int)]())
        #expect(PathCentrality.exact(empty).betweenness.isEmpty)
        #expect(try eigenvectorCentrality(empty).isEmpty && (try pageRank(empty)).isEmpty)
        #expect(averageShortestPathLength(empty).value.isNaN)
        let one = Graph(nodeCount: 1, edges: [(Int, Int)]())
        let p = PathCentrality.exact(one)
        #expect(p.betweenness == [0] && p.closeness == [0] && p.harmonic == [0])
        #expect(StructuralHoles(one).constraint[0].isNaN)
        #expect(try pageRank(one) == [1])
        let isolates = try Reference.load("isolates").graph
        let s = StructuralHoles(isolates)
        #expect(s.constraint[5].isNaN && s.effectiveSize[6].isNaN && s.efficiency[6].isNaN && s.hierarchy[5].isNaN)
        #expect(Centralization.degree(Graph(nodeCount: 2, edges: [(0, 1)])).isNaN)
        // A star has centralization 1 (the maximum) for degree and betweenness.
        let star = try Reference.load("star5").graph
        #expect(isClose(Centralization.degree(star), 1) && isClose(Centralization.betweenness(normalized: PathCentrality.exact(star).betweenness), 1))
    }

    @Test func nonConvergenceThrows() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        #expect(throws: ConvergenceError.self) { try eigenvectorCentrality(g, tolerance: 1e-300, maxIterations: 3) }
        #expect(throws: ConvergenceError.self) { try pageRank(g, tolerance: 1e-300, maxIterations: 3) }
    }

    @Test func multiEdgesAddUpAndSelfLoopsDrop() {
        var b = GraphBuilder(nodeCount: 3)
        b.addEdge(0, 1, weight: 2); b.addEdge(1, 0, weight: 1.5); b.addEdge(2, 2, weight: 1); b.addEdge(1, 2)
        let g = b.build()
        #expect(b.droppedSelfLoops == 1 && g.edgeCount == 2 && g.weight(0, 1) == 3.5 && g.weight(1, 0) == 3.5)
        #expect(g.strength(1) == 4.5 && Array(g.neighbors(1)) == [0, 2])
    }

    /// 200,000-node path: the iterative DFS must not overflow the stack.
    @Test func longPathNoRecursion() {
        let n = 200_000
        let g = Graph(nodeCount: n, edges: (0..<(n - 1)).map { ($0, $0 + 1) })
        let cuts = cutStructure(g)
        #expect(cuts.articulationPoints.count == n - 2 && cuts.bridges.count == n - 1)
        #expect(coreNumbers(g).allSatisfy { $0 == 1 })
    }
}
