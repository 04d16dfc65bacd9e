import Testing
import WijknetGraph
import WijknetTestSupport

@Suite("Brokerage, mixing and communities")
struct BrokerageMixingCommunityTests {
    /// The hand-checked case. Arcs A→B, A→C, B→C, B→D, C→D, D→A; groups {A,B}=0, {C,D}=1.
    /// Open two-paths (a→b→c with no a→c), by broker:
    ///   B: A→B→D (A,B same, D other: representative). A→B→C is closed by A→C.
    ///   C: A→C→D (C,D same, A other: gatekeeper). B→C→D is closed by B→D.
    ///   D: B→D→A (B,A same, D other: itinerant); C→D→A (C,D same, A other: representative).
    ///   A: D→A→B (A,B same, D other: gatekeeper); D→A→C (D,C same, A other: itinerant).
    @Test func directedHandCase() {
        let (A, B, C, D) = (0, 1, 2, 3)
        let b = Brokerage(nodeCount: 4, arcs: [(A, B), (A, C), (B, C), (B, D), (C, D), (D, A)], groups: [0, 0, 1, 1])
        typealias R = Brokerage.Role
        func c(_ r: R, _ v: Int) -> Int { b.counts[r.rawValue][v] }
        #expect([c(.itinerant, A), c(.gatekeeper, A)] == [1, 1])
        #expect(c(.representative, B) == 1)
        #expect(c(.gatekeeper, C) == 1)
        #expect([c(.itinerant, D), c(.representative, D)] == [1, 1])
        #expect(b.total == [2, 1, 1, 2])
        #expect(c(.coordinator, A) + c(.liaison, A) + c(.representative, A) == 0)
    }

    /// Star with centre 0 and four leaves in four distinct groups (centre in a fifth): every
    /// ordered leaf pair is an open two-path through 0 with three different groups: 4·3 = 12 liaisons.
    @Test func starLiaison() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
        let b = Brokerage(g, groups: [0, 1, 2, 3, 4])
        #expect(b.counts[Brokerage.Role.liaison.rawValue] == [12, 0, 0, 0, 0])
        // Same star, leaves 1,2 in the centre's group 0 and 3,4 in group 1:
        // ordered pairs (1,2),(2,1): coordinator 2; (3,4),(4,3): itinerant 2;
        // (1,3),(1,4),(2,3),(2,4): representative 4; reversed: gatekeeper 4.
        let b2 = Brokerage(g, groups: [0, 0, 0, 1, 1])
        #expect(b2.counts.map { $0[0] } == [2, 2, 4, 4, 0])
    }

    /// Undirected counts equal the directed counts of the graph with both arcs of every edge.
    @Test func undirectedEqualsSymmetricDirected() throws {
        let ref = try Reference.load("karate")
        let g = ref.graph
        let groups = (0..<g.nodeCount).map { $0 % 3 }
        let arcs = g.edges.flatMap { [($0.u, $0.v), ($0.v, $0.u)] }
        #expect(Brokerage(g, groups: groups).counts == Brokerage(nodeCount: g.nodeCount, arcs: arcs, groups: groups).counts)
    }

    /// The triangle-based undirected count (all pairs by group sizes minus closed pairs, on
    /// 4 parallel blocks from 20,000 ties) equals the directed count, which enumerates every
    /// ordered pair of neighbours and looks the closing arc up: random graphs with hubs (a
    /// tenth of the nodes tied to about half of the others) and 4 groups, plus one group only.
    @Test(arguments: [UInt64(1), 2, 3])
    func undirectedTrianglesEqualPairEnumeration(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let n = 700
        var edges: [(Int, Int)] = []
        for u in 0..<n {
            let p = u % 10 == 0 ? 0.5 : 0.04
            for v in (u + 1)..<n where Double.random(in: 0..<1, using: &rng) < p { edges.append((u, v)) }
        }
        let g = Graph(nodeCount: n, edges: edges)
        #expect(g.edgeCount >= 20_000)
        let arcs = g.edges.flatMap { [($0.u, $0.v), ($0.v, $0.u)] }
        for groups in [(0..<n).map { _ in Int.random(in: 0..<4, using: &rng) }, [Int](repeating: 0, count: n)] {
            let fast = Brokerage(g, groups: groups), slow = Brokerage(nodeCount: n, arcs: arcs, groups: groups)
            #expect(fast.counts == slow.counts)
            #expect(fast.z.description == slow.z.description)
        }
    }

    /// Random baseline by hand: K4 has density 1, so q = p²(1−p) = 0 and every expectation is 0,
    /// z undefined. Path 0-1-2 (p = 2/3, q = 4/27) with groups [0,0,1]: node 1 in group 0 (n_g = 2):
    /// representative pairs (n_g−1)(n−n_g) = 1 → expected 4/27. No two such pairs share an arc
    /// (S = 2[(n_g−1)·C(n−n_g, 2) + (n−n_g)·C(n_g−1, 2)] = 0), so the Gould–Fernandez variance is
    /// the binomial one, q(1−q) = 92/729, and z = (1 − 4/27)/√(92/729) = 23/√92 ≈ 2.398.
    @Test func baseline() {
        let k4 = Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)])
        let b = Brokerage(k4, groups: [0, 0, 1, 1])
        #expect(b.expected.allSatisfy { $0.allSatisfy { $0 == 0 } })
        let path = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        let bp = Brokerage(path, groups: [0, 0, 1])
        #expect(isClose(bp.expected[Brokerage.Role.representative.rawValue][1], 4.0 / 27, tolerance: 1e-15))
        #expect(bp.counts[Brokerage.Role.representative.rawValue][1] == 1)
        #expect(bp.counts[Brokerage.Role.gatekeeper.rawValue][1] == 1)
        #expect(isClose(bp.z[Brokerage.Role.representative.rawValue][1], 23 / 92.0.squareRoot(), tolerance: 1e-12))
        #expect(b.z.allSatisfy { $0.allSatisfy { $0.isNaN } })   // K4: q = 0, variance 0
    }

    /// Two triangles {0,1,2} (group 0) and {3,4,5} (group 1) joined by the tie 2–3, weight 2.
    /// Ties: 3 internal in each group, 1 external: E = 1, I = 6, EI = −5/7.
    /// Random: I* = 2·C(3,2) = 6, E* = C(6,2) − 6 = 9, expected (9−6)/15 = 0.2.
    /// Group 0: E = 1, I = 3 → −0.5; expected: E* = 3·3 = 9, I* = 3 → 0.5.
    /// Node 2: one external, two internal ties → −1/3; expected ((6−3) − 2)/5 = 0.2.
    @Test func mixingByHand() {
        let g = Graph(nodeCount: 6, edges: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1), (2, 3, 2)])
        let m = Mixing(g, groups: [0, 0, 0, 1, 1, 1], groupCount: 2)
        #expect(m.ties == [[3, 1], [1, 3]])
        #expect(m.weights == [[3, 2], [2, 3]])
        #expect(isClose(m.ei, -5.0 / 7) && isClose(m.eiExpected, 0.2))
        #expect(isClose(m.eiByGroup[0], -0.5) && isClose(m.eiExpectedByGroup[0], 0.5))
        #expect(isClose(m.eiByNode[2], -1.0 / 3) && isClose(m.eiExpectedByNode[2], 0.2))
        #expect(isClose(m.eiByNode[0], -1) && m.eiByNode.count == 6)
        // The upper triangle (with the diagonal) counts every tie once.
        #expect(m.ties[0][0] + m.ties[0][1] + m.ties[1][1] == g.edgeCount)
    }

    @Test("modularity equals networkx on the fixture partitions", arguments: Reference.graphNames)
    func modularityMatches(_ name: String) throws {
        let ref = try Reference.load(name)
        guard let part = ref.partitions["louvain_seed42"], let q = ref.graphMetrics["louvain_seed42_modularity"] else { return }
        #expect(isClose(modularity(ref.graph, communities: part), q))
    }

    @Test func louvainQualityConnectivityDeterminism() throws {
        for name in ["karate", "lesmis", "gnp60", "florentine"] {
            let ref = try Reference.load(name)
            let c = Communities(louvain: ref.graph, seed: 42)
            // No worse than networkx's Louvain (weighted) by more than 0.01.
            if let q = ref.graphMetrics["louvain_seed42_modularity"] { #expect(c.modularity >= q - 0.01, "\(name): \(c.modularity) vs \(q)") }
            #expect(isClose(c.modularity, modularity(ref.graph, communities: c.membership)))
            // Every community induces a connected subgraph.
            for k in 0..<c.count {
                let (sub, _) = ref.graph.induced(keeping: c.membership.map { $0 == k })
                #expect(connectedComponents(sub).count == 1, "\(name): community \(k) disconnected")
            }
            #expect(Communities(louvain: ref.graph, seed: 42).membership == c.membership)
        }
        let empty = Communities(louvain: Graph(nodeCount: 0, edges: [(Int, Int)]()))
        #expect(empty.membership.isEmpty && empty.modularity.isNaN)
        let isolates = Communities(louvain: Graph(nodeCount: 3, edges: [(Int, Int)]()))
        #expect(isolates.membership == [0, 1, 2])
    }
}
