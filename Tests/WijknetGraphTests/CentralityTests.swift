import Foundation
import Testing
import WijknetGraph
import WijknetTestSupport

/// Centrality against networkx 3.6.1 on every reference fixture (the contract of `wijknet
/// analyse`: every metric networkx also has), plus hand-derived cases, determinism and sampling.
/// Structural holes: ``StructuralHolesTests``; cohesion: ``CohesionTests``. Fixture conventions:
/// Sources/WijknetTestSupport/Fixtures/networkx/.
@Suite("Centrality")
struct CentralityTests {
    // MARK: networkx fixtures

    @Test("betweenness, closeness, harmonic match networkx (1e-9)", arguments: Reference.graphNames)
    func pathMetricsMatchNetworkx(_ name: String) throws {
        let ref = try Reference.load(name)
        let u = PathCentrality.exact(ref.graph)
        expectMatches(ref, "betweenness", u.betweenness, tolerance: 1e-9)
        expectMatches(ref, "closeness", u.closeness, tolerance: 1e-9)
        expectMatches(ref, "harmonic", u.harmonic, tolerance: 1e-9)
        let w = PathCentrality.exact(ref.graph, weighted: true)
        expectMatches(ref, "betweenness_weighted", w.betweenness, tolerance: 1e-9)
        expectMatches(ref, "closeness_weighted", w.closeness, tolerance: 1e-9)
        expectMatches(ref, "harmonic_weighted", w.harmonic, tolerance: 1e-9)
    }

    @Test("eigenvector and PageRank match networkx (1e-6)", arguments: Reference.graphNames)
    func spectralMatchesNetworkx(_ name: String) throws {
        let ref = try Reference.load(name)
        let g = ref.graph
        expectMatches(ref, "eigenvector", try eigenvectorCentrality(g), tolerance: 1e-6)
        expectMatches(ref, "eigenvector_weighted", try eigenvectorCentrality(g, weighted: true), tolerance: 1e-6)
        expectMatches(ref, "pagerank", try pageRank(g), tolerance: 1e-6)
        expectMatches(ref, "pagerank_unweighted", try pageRank(g, weighted: false), tolerance: 1e-6)
        if g.nodeCount == 0 { #expect(try eigenvectorCentrality(g).isEmpty) }   // networkx raises
    }

    @Test("degree, strength and average shortest path on the largest component", arguments: Reference.graphNames)
    func degreeAndDistance(_ name: String) throws {
        let ref = try Reference.load(name)
        let g = ref.graph
        expectMatches(ref, "degree", degrees(g).map(Double.init), tolerance: 0)
        expectMatches(ref, "strength", strengths(g), tolerance: 1e-12)
        let standalone = averageShortestPathLength(g)
        let fromPass = PathCentrality.exact(g).averageShortestPath(in: connectedComponents(g))
        #expect(!standalone.sampled)
        if let aspl = ref.graphMetrics["average_shortest_path_lcc"] {
            #expect(isClose(standalone.value, aspl, tolerance: 1e-12), "\(name): \(standalone.value) vs \(aspl)")
            #expect(isClose(fromPass, aspl, tolerance: 1e-12), "\(name): \(fromPass) vs \(aspl)")
        } else {
            #expect(standalone.value.isNaN && fromPass.isNaN)   // empty graph: networkx raises
        }
    }

    // MARK: Equivalences and determinism

    /// A seeded random graph with a few hubs (so chunks carry unequal work) and weights 1…5.
    static func randomGraph(n: Int, m: Int, seed: UInt64) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var edges: [(Int, Int, Double)] = []
        for _ in 0..<m {
            let u = rng.below(n), v = rng.below(5) == 0 ? rng.below(8) : rng.below(n)
            edges.append((u, v, Double(1 + rng.below(5))))
        }
        return Graph(nodeCount: n, edges: edges)
    }

    @Test("1 and 2 workers are bit-identical: exact, sampled, weighted, average path", arguments: [false, true])
    func workersAreBitIdentical(weighted: Bool) {
        let g = Self.randomGraph(n: 300, m: 1_000, seed: 11)
        let one = PathCentrality.exact(g, weighted: weighted, workers: 1)
        let two = PathCentrality.exact(g, weighted: weighted, workers: 2)
        #expect(one.betweenness == two.betweenness)
        #expect(one.closeness == two.closeness)
        #expect(one.harmonic == two.harmonic)
        #expect(one.distanceSums == two.distanceSums && one.reachedFrom == two.reachedFrom)
        let s1 = PathCentrality.sampled(g, weighted: weighted, samples: 90, seed: 4, workers: 1)
        let s2 = PathCentrality.sampled(g, weighted: weighted, samples: 90, seed: 4, workers: 2)
        #expect(s1.betweenness == s2.betweenness && s1.closeness == s2.closeness && s1.harmonic == s2.harmonic)
        let a1 = averageShortestPathLength(g, weighted: weighted, workers: 1)
        let a2 = averageShortestPathLength(g, weighted: weighted, workers: 2)
        #expect(a1.value == a2.value)
        let sa1 = averageShortestPathLength(g, weighted: weighted, exactLimit: 10, samples: 50, workers: 1)
        let sa2 = averageShortestPathLength(g, weighted: weighted, exactLimit: 10, samples: 50, workers: 2)
        #expect(sa1.sampled && sa1.value == sa2.value)
    }

    @Test("sampling every node equals the exact values bit for bit", arguments: [false, true])
    func fullSampleEqualsExact(weighted: Bool) {
        let g = Self.randomGraph(n: 120, m: 300, seed: 2)
        let exact = PathCentrality.exact(g, weighted: weighted)
        for sampled in [PathCentrality.sampled(g, weighted: weighted, samples: 120, seed: 5),
                        PathCentrality.sampled(g, weighted: weighted, samples: 10_000, seed: 6),
                        PathCentrality.estimated(g, weighted: weighted, sources: Array((0..<120).reversed()))] {
            #expect(sampled.sampledSources == Array(0..<120))
            #expect(sampled.betweenness == exact.betweenness)
            #expect(sampled.closeness == exact.closeness)
            #expect(sampled.harmonic == exact.harmonic)
        }
    }

    @Test("all weights 1, weighted, equals unweighted")
    func unitWeightsEqualUnweighted() throws {
        for name in ["karate", "lesmis", "gnp60", "isolates"] {
            let g = try Reference.load(name).graph.unweighted
            let w = PathCentrality.exact(g, weighted: true), u = PathCentrality.exact(g)
            for v in 0..<g.nodeCount {
                #expect(isClose(w.betweenness[v], u.betweenness[v], tolerance: 1e-12))
                #expect(w.closeness[v] == u.closeness[v])   // sums of whole numbers: exact either way
                #expect(isClose(w.harmonic[v], u.harmonic[v], tolerance: 1e-12))
            }
            #expect(try eigenvectorCentrality(g, weighted: true) == (try eigenvectorCentrality(g)))
            #expect(try pageRank(g, weighted: true) == (try pageRank(g, weighted: false)))
            #expect(averageShortestPathLength(g, weighted: true).value == averageShortestPathLength(g).value)
        }
    }

    // MARK: Hand-derived cases

    /// Star, centre 0 and leaves 1…4 (n = 5). Every pair of leaves (6 unordered, 12 ordered)
    /// runs through the centre: unnormalized betweenness 6, normalized 12 / ((n−1)(n−2)) = 1;
    /// leaves 0. Centre closeness (4/4)·(4/4) = 1; a leaf: distances 1 + 2·3 = 7, so (4/7)·1.
    /// Harmonic: centre 4, leaf 1 + 3/2 = 2.5. Eigenvector (λ = 2): centre 2/√8, leaves 1/√8.
    @Test func starByHand() throws {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
        let p = PathCentrality.exact(g)
        #expect(p.betweenness == [1, 0, 0, 0, 0])
        #expect(PathCentrality.exact(g, normalized: false).betweenness == [6, 0, 0, 0, 0])
        #expect(p.closeness[0] == 1 && p.closeness[1] == 4.0 / 7)
        #expect(p.harmonic == [4, 2.5, 2.5, 2.5, 2.5])
        let e = try eigenvectorCentrality(g)
        #expect(isClose(e[0], 2 / 8.0.squareRoot(), tolerance: 1e-10) && isClose(e[3], 1 / 8.0.squareRoot(), tolerance: 1e-10))
        #expect(degreeCentrality(g) == [1, 0.25, 0.25, 0.25, 0.25])
        #expect(Centralization.degree(g) == 1 && Centralization.betweenness(normalized: p.betweenness) == 1)
    }

    /// Path 0-1-2-3-4. Unnormalized betweenness counts the unordered pairs through a node:
    /// node 1 on {0,2},{0,3},{0,4} = 3; node 2 on {0,3},{0,4},{1,3},{1,4} = 4. Normalized
    /// (×2 / (4·3)): 1/2 and 2/3. Closeness of node 0: r = 4, S = 1+2+3+4 = 10 → 0.4.
    /// Harmonic of node 2: 1/2 + 1 + 1 + 1/2 = 3. Average distance: 2·(1·4 + 2·3 + 3·2 + 4·1)
    /// / (5·4) = 2. Degree centralization Σ(2 − d) / (4·3) = 2/12; betweenness centralization
    /// Σ(2/3 − b) / 4 = (2/3 + 1/6 + 0 + 1/6 + 2/3) / 4 = 5/12.
    @Test func pathByHand() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        let p = PathCentrality.exact(g)
        #expect(p.betweenness == [0, 0.5, 4.0 / 6, 0.5, 0])
        #expect(PathCentrality.exact(g, normalized: false).betweenness == [0, 3, 4, 3, 0])
        #expect(p.closeness[0] == 0.4 && p.harmonic[2] == 3)
        #expect(averageShortestPathLength(g).value == 2)
        #expect(isClose(Centralization.degree(g), 2.0 / 12, tolerance: 1e-15))
        #expect(isClose(Centralization.betweenness(normalized: p.betweenness), 5.0 / 12, tolerance: 1e-15))
    }

    /// K4: every pair adjacent, so no betweenness; closeness 1; eigenvector 1/2 each (unit
    /// norm, all equal); PageRank 1/4 each; both centralizations 0 (regular graph).
    @Test func completeGraphByHand() throws {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)])
        let p = PathCentrality.exact(g)
        #expect(p.betweenness == [0, 0, 0, 0] && p.closeness == [1, 1, 1, 1] && p.harmonic == [3, 3, 3, 3])
        #expect(try eigenvectorCentrality(g).allSatisfy { isClose($0, 0.5, tolerance: 1e-12) })
        #expect(try pageRank(g).allSatisfy { isClose($0, 0.25, tolerance: 1e-12) })
        #expect(Centralization.degree(g) == 0 && Centralization.betweenness(normalized: p.betweenness) == 0)
    }

    /// Weighted, distance 1/weight: 0–1 (w 2), 1–2 (w 2), 0–2 (w 1), 2–3 (w 1). 0→2 has two
    /// shortest paths of length 1 (direct, and 0.5 + 0.5 via 1): an exact floating-point tie.
    /// Node 1 carries half of {0,2} and half of {0,3}: 2·(1/2 + 1/2) / (3·2) = 1/3. Node 2
    /// carries all of {0,3} and {1,3}: 2·2 / 6 = 2/3. Closeness of 3: S = 2 + 1.5 + 1, r = 3
    /// → 3 / 4.5. Harmonic of 1: 2 + 2 + 1/1.5. (Values confirmed with networkx.)
    @Test func weightedTieByHand() {
        let g = Graph(nodeCount: 4, edges: [(0, 1, 2), (1, 2, 2), (0, 2, 1), (2, 3, 1)])
        let p = PathCentrality.exact(g, weighted: true)
        #expect(isClose(p.betweenness[1], 1.0 / 3, tolerance: 1e-15) && isClose(p.betweenness[2], 2.0 / 3, tolerance: 1e-15))
        #expect(p.betweenness[0] == 0 && p.betweenness[3] == 0)
        #expect(isClose(p.closeness[3], 3 / 4.5, tolerance: 1e-15))
        #expect(isClose(p.harmonic[1], 4 + 1 / 1.5, tolerance: 1e-15))
    }

    /// 0–1 (w 10), 1–2 (w 5), 0–2 (w 1/0.3): via 1 the length is 0.1 + 0.2 =
    /// 0.30000000000000004, the direct tie is 0.3. In exact arithmetic that would be a tie giving
    /// node 1 betweenness 1/2; in floating point — as in networkx — the direct tie wins and
    /// nobody is between.
    @Test func weightedFloatingPointNonTie() {
        let g = Graph(nodeCount: 3, edges: [(0, 1, 10), (1, 2, 5), (0, 2, 1 / 0.3)])
        #expect(PathCentrality.exact(g, weighted: true).betweenness == [0, 0, 0])
    }

    /// Two components, a triangle {0,1,2} and an edge {3,4}, plus an isolate 5 (n = 6).
    /// Closeness (Wasserman–Faust): node 0 reaches 2 at total 2 → (2/2)·(2/5) = 0.4; node 3
    /// reaches 1 at 1 → (1/1)·(1/5) = 0.2; the isolate 0. Average distance on the largest
    /// component (the triangle): 1.
    @Test func componentsAndIsolates() throws {
        let g = Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (0, 2), (3, 4)])
        let p = PathCentrality.exact(g)
        #expect(p.closeness == [0.4, 0.4, 0.4, 0.2, 0.2, 0])
        #expect(p.harmonic == [2, 2, 2, 1, 1, 0] && p.betweenness == [0, 0, 0, 0, 0, 0])
        #expect(averageShortestPathLength(g).value == 1)
        #expect(p.averageShortestPath(in: connectedComponents(g)) == 1)
        // Ties in size go to the component with the smallest node: {0,1,2} path (mean 4/3)
        // beats {3,4,5} triangle (mean 1).
        let tie = Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (3, 4), (4, 5), (3, 5)])
        #expect(averageShortestPathLength(tie).value == 8.0 / 6)
    }

    @Test("empty graph and one node: no crash, NaN where undefined")
    func emptyAndOneNode() throws {
        let empty = Graph(nodeCount: 0, edges: [(Int, Int)]())
        let e = PathCentrality.exact(empty)
        #expect(e.betweenness.isEmpty && e.closeness.isEmpty && e.harmonic.isEmpty)
        #expect(PathCentrality.sampled(empty, samples: 5, seed: 1).betweenness.isEmpty)
        #expect(try eigenvectorCentrality(empty).isEmpty && (try pageRank(empty)).isEmpty)
        #expect(averageShortestPathLength(empty).value.isNaN)
        #expect(e.averageShortestPath(in: connectedComponents(empty)).isNaN)
        #expect(degreeCentrality(empty).isEmpty && Centralization.degree(empty).isNaN)
        #expect(Centralization.betweenness(normalized: []).isNaN)

        let one = Graph(nodeCount: 1, edges: [(Int, Int)]())
        let p = PathCentrality.exact(one)
        #expect(p.betweenness == [0] && p.closeness == [0] && p.harmonic == [0])   // as networkx
        // Sampled: the only source is the node itself, so there is no distance to estimate from.
        let s = PathCentrality.sampled(one, samples: 1, seed: 1)
        #expect(s.betweenness == [0] && s.closeness[0].isNaN && s.harmonic[0].isNaN)
        #expect(try eigenvectorCentrality(one) == [1] && (try pageRank(one)) == [1])
        #expect(averageShortestPathLength(one).value == 0)
        #expect(degreeCentrality(one)[0].isNaN)   // 0 / 0 (networkx says 1)
        #expect(Centralization.degree(one).isNaN)

        // Isolates only: uniform eigenvector 1/√3 and PageRank 1/3 (all dangling).
        let three = Graph(nodeCount: 3, edges: [(Int, Int)]())
        #expect(try eigenvectorCentrality(three).allSatisfy { isClose($0, 1 / 3.0.squareRoot(), tolerance: 1e-15) })
        #expect(try pageRank(three).allSatisfy { isClose($0, 1.0 / 3, tolerance: 1e-15) })
        #expect(averageShortestPathLength(three).value == 0)
    }

    // MARK: Sampling

    /// Star: the centre's estimate is exactly 1 for every sample of k ≥ 2 sources — each leaf
    /// source depends on the centre for its 3 other leaves, so the sum is 3·(sampled leaves),
    /// divided by 3·(k − 1) when the centre is sampled (k − 1 leaves) and 3·k when not.
    @Test func sampledStarCentreIsExact() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
        for seed in UInt64(0)..<20 {
            let p = PathCentrality.sampled(g, samples: 2 + Int(seed % 3), seed: seed)
            #expect(p.betweenness[0] == 1 && p.betweenness[1...].allSatisfy { $0 == 0 })
        }
        // k = 1 with the centre as the only source: no data, NaN (as networkx).
        #expect(PathCentrality.estimated(g, sources: [0]).betweenness[0].isNaN)
    }

    /// The estimators are unbiased: averaged over all C(10, 3) = 120 source sets of the kite
    /// graph, betweenness and harmonic equal the exact values.
    @Test func estimatorsAreUnbiased() throws {
        let g = try Reference.load("kite").graph
        let n = g.nodeCount
        let exact = PathCentrality.exact(g)
        var bSum = [Double](repeating: 0, count: n), hSum = [Double](repeating: 0, count: n)
        var sets = 0
        for a in 0..<n { for b in (a + 1)..<n { for c in (b + 1)..<n {
            let p = PathCentrality.estimated(g, sources: [a, b, c], workers: 1)
            for v in 0..<n { bSum[v] += p.betweenness[v]; hSum[v] += p.harmonic[v] }
            sets += 1
        } } }
        for v in 0..<n {
            #expect(isClose(bSum[v] / Double(sets), exact.betweenness[v], tolerance: 1e-12))
            #expect(isClose(hSum[v] / Double(sets), exact.harmonic[v], tolerance: 1e-12))
        }
    }

    /// Seeded and within the Hoeffding bound: Les Misérables (n = 77), k = 40 sources. Per node,
    /// P(|error| ≥ ε) ≤ 2 exp(−2 (k − 1) ε²); with the union bound over 77 nodes at 99.9%,
    /// ε = √(ln(2·77/0.001) / 78) = 0.39 for betweenness, and (n − 1) ε for harmonic. The
    /// average distance from 30 sources: each source's mean distance lies in [1, Δ = 5], so the
    /// error is below (Δ − 1) √(ln(2/0.001) / 60) = 1.43 with probability 99.9%.
    @Test func samplingIsSeededAndBounded() throws {
        let g = try Reference.load("lesmis").graph
        let a = PathCentrality.sampled(g, samples: 40, seed: 7)
        let b = PathCentrality.sampled(g, samples: 40, seed: 7)
        #expect(a.betweenness == b.betweenness && a.sampledSources == b.sampledSources)
        #expect(PathCentrality.sampled(g, samples: 40, seed: 8).sampledSources != a.sampledSources)
        #expect(a.sampledSources?.count == 40)
        let exact = PathCentrality.exact(g)
        let eps = (log(2 * 77 / 0.001) / 78).squareRoot()
        for v in 0..<g.nodeCount {
            #expect(abs(a.betweenness[v] - exact.betweenness[v]) < eps)
            #expect(abs(a.harmonic[v] - exact.harmonic[v]) < 76 * eps)
        }
        let sampledASPL = averageShortestPathLength(g, exactLimit: 50, samples: 30)
        let asplBound = 4 * (log(2 / 0.001) / 60).squareRoot()
        #expect(sampledASPL.sampled && abs(sampledASPL.value - averageShortestPathLength(g).value) < asplBound)
    }

    // MARK: Convergence

    @Test func nonConvergenceThrowsWithDetails() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        do {
            _ = try eigenvectorCentrality(g, tolerance: 1e-300, maxIterations: 3)
            Issue.record("expected ConvergenceError")
        } catch let error as ConvergenceError {
            #expect(error.iterations == 3 && error.lastChange > error.threshold && error.threshold == 4e-300)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: ConvergenceError.self) { try pageRank(g, tolerance: 1e-300, maxIterations: 3) }
    }

    /// K2,3 is bipartite (spectrum symmetric, ±√6): power iteration on A alone would oscillate;
    /// the +I shift converges. By hand: side A = {0,1} has value a, side B = {2,3,4} value b,
    /// λa = 3b and λb = 2a, so λ = √6 and a = (√6/2) b; unit norm 2a² + 3b² = 6b² = 1 gives
    /// b = 1/√6 and a = 1/2.
    @Test func bipartiteConverges() throws {
        let g = Graph(nodeCount: 5, edges: [(0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4)])
        let e = try eigenvectorCentrality(g, maxIterations: 200)
        #expect(isClose(e[0], 0.5, tolerance: 1e-12) && isClose(e[1], 0.5, tolerance: 1e-12))
        #expect(e[2...].allSatisfy { isClose($0, 1 / 6.0.squareRoot(), tolerance: 1e-12) })
    }
}
