import Testing
import WijknetGraph
import WijknetTestSupport

/// Components, cores, cuts, clustering, density and transitivity: against networkx 3.6.1
/// fixtures, hand derivations and brute force.
@Suite struct CohesionTests {
    // MARK: networkx fixtures

    @Test("agrees with networkx on every fixture", arguments: Reference.graphNames)
    func fixtures(_ name: String) throws {
        let ref = try Reference.load(name)
        let g = ref.graph
        let comps = connectedComponents(g)
        if let expected = ref.edgeSets["components"] { #expect(comps.members == expected, "\(name) components") }
        if let ncc = ref.graphMetrics["number_connected_components"] { #expect(Double(comps.count) == ncc, "\(name) ncc") }
        #expect(comps.sizes == comps.members.map(\.count) && comps.id.count == g.nodeCount)
        if let cores = ref.nodeMetrics["core_number"] { #expect(coreNumbers(g).map(Double.init) == cores, "\(name) core numbers") }
        let cuts = cutStructure(g)
        if let ap = ref.nodeSets["articulation_points"] { #expect(cuts.articulationPoints == ap, "\(name) articulation points") }
        if let br = ref.edgeSets["bridges"] { #expect(cuts.bridges.map { [$0.u, $0.v] } == br, "\(name) bridges") }
        if let cc = ref.nodeMetrics["clustering"] {
            let ours = clusteringCoefficients(g)
            #expect(ours.count == cc.count && zip(ours, cc).allSatisfy { isClose($0, $1) }, "\(name) clustering")
        }
        if let avg = ref.graphMetrics["average_clustering"] { #expect(isClose(averageClustering(g), avg), "\(name) average clustering") }
        #expect(isClose(transitivity(g), bruteTransitivity(g), tolerance: 1e-15), "\(name) transitivity")
        #expect(triangleCounts(g) == bruteTriangles(g), "\(name) triangles")
        #expect(cuts == bruteCuts(g), "\(name) cut pieces")
        if let d = ref.graphMetrics["density"], g.nodeCount >= 2 { #expect(isClose(g.density, d), "\(name) density") }
    }

    /// networkx 3.6.1: `nx.transitivity(nx.karate_club_graph())` = 0.2556818181818182
    /// (= 135 closed triples / 528: 45 triangles · 3 over Σ C(deg, 2) = 528).
    @Test func karateTransitivity() throws {
        let g = try Reference.load("karate").graph
        #expect(isClose(transitivity(g), 0.2556818181818182, tolerance: 1e-15))
        #expect(triangleCounts(g).reduce(0, +) == 45 * 3)
    }

    // MARK: Hand-derived cases

    /// Path 0–1–2–3–4: every inner node is a cut vertex, every tie a bridge. Removing 1 leaves
    /// {0} and {2,3,4} → [3, 1]; removing 2 leaves {0,1}, {3,4} → [2, 2]. Bridge 1–2 splits
    /// {0,1} | {2,3,4} → (2, 3). Cores all 1, no triangles.
    @Test func path() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        let c = cutStructure(g)
        #expect(c.articulationPoints == [1, 2, 3])
        #expect(c.pieceSizes == [[3, 1], [2, 2], [3, 1]])
        #expect(c.bridges.map { [$0.u, $0.v] } == [[0, 1], [1, 2], [2, 3], [3, 4]])
        #expect(c.bridgeSides.map { [$0.0, $0.1] } == [[1, 4], [2, 3], [3, 2], [4, 1]])
        #expect(c.pieces(without: 2) == [2, 2] && c.pieces(without: 0) == [])
        #expect(coreNumbers(g) == [1, 1, 1, 1, 1])
        #expect(clusteringCoefficients(g) == [0, 0, 0, 0, 0] && transitivity(g) == 0 && averageClustering(g) == 0)
    }

    /// Cycle of 6: no cut vertex, no bridge; every node has core number 2, clustering 0.
    @Test func cycle() {
        let g = Graph(nodeCount: 6, edges: (0..<6).map { ($0, ($0 + 1) % 6) })
        let c = cutStructure(g)
        #expect(c.articulationPoints.isEmpty && c.bridges.isEmpty && c.pieceSizes.isEmpty)
        #expect(coreNumbers(g) == [2, 2, 2, 2, 2, 2])
        #expect(connectedComponents(g).count == 1)
    }

    /// Bowtie: triangles {0,1,2} and {2,3,4} share node 2. Removing 2 leaves {0,1} and {3,4}:
    /// pieces [2, 2]. No bridge (every tie is on a triangle). Node 2 has 4 neighbours and 2
    /// tied pairs among them: clustering 2/6 = 1/3; the others 1. Average (4 + 1/3)/5 = 13/15.
    /// Triples: 4 nodes with C(2,2) = 1 and node 2 with C(4,2) = 6 → 10; closed: 2 triangles ·
    /// 3 = 6 → transitivity 0.6. Every node is in the 2-core.
    @Test func bowtie() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (2, 4)])
        let c = cutStructure(g)
        #expect(c.articulationPoints == [2] && c.pieceSizes == [[2, 2]] && c.bridges.isEmpty)
        // Without node 2: {0, 1}, {2} alone, {3, 4} — the pieces of the articulation point.
        #expect(connectedComponents(g, without: 2).members == [[0, 1], [2], [3, 4]])
        #expect(connectedComponents(g, without: 0).members == [[0], [1, 2, 3, 4]])
        #expect(triangleCounts(g) == [1, 1, 2, 1, 1])
        let cc = clusteringCoefficients(g)
        #expect(cc[2] == 1.0 / 3 && cc[0] == 1 && cc[4] == 1)
        #expect(isClose(averageClustering(g), 13.0 / 15, tolerance: 1e-15))
        #expect(transitivity(g) == 0.6)
        #expect(coreNumbers(g) == [2, 2, 2, 2, 2])
    }

    /// Star with centre 0 and 4 leaves: the centre cuts off four single nodes [1, 1, 1, 1];
    /// each spoke is a bridge with sides (5 − 1, 1) = (4, 1).
    @Test func star() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
        let c = cutStructure(g)
        #expect(c.articulationPoints == [0] && c.pieceSizes == [[1, 1, 1, 1]])
        #expect(c.bridgeSides.map { [$0.0, $0.1] } == [[4, 1], [4, 1], [4, 1], [4, 1]])
        #expect(coreNumbers(g) == [1, 1, 1, 1, 1])
    }

    /// K4 plus a pendant 4 on node 3: K4 nodes are in the 3-core, the pendant in the 1-core;
    /// node 3 is the only cut vertex (pieces [3, 1]) and 3–4 the only bridge (sides 4 | 1).
    /// Clustering of 3: neighbours {0,1,2,4}, tied pairs 01, 02, 12 → 3/6.
    @Test func cliqueWithPendant() {
        let g = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4)])
        #expect(coreNumbers(g) == [3, 3, 3, 3, 1])
        let c = cutStructure(g)
        #expect(c.articulationPoints == [3] && c.pieceSizes == [[3, 1]])
        #expect(c.bridges.map { [$0.u, $0.v] } == [[3, 4]] && c.bridgeSides.map { [$0.0, $0.1] } == [[4, 1]])
        #expect(clusteringCoefficients(g) == [1, 1, 1, 0.5, 0])
    }

    /// Empty graph, one node and isolates: nothing to cut; average clustering NaN only when
    /// there are no nodes (networkx raises ZeroDivisionError); isolates have core number 0.
    @Test func emptyOneNodeIsolates() {
        let empty = Graph(nodeCount: 0, edges: [(Int, Int)]())
        #expect(connectedComponents(empty).count == 0 && coreNumbers(empty).isEmpty)
        #expect(cutStructure(empty) == CutStructure(articulationPoints: [], pieceSizes: [], bridges: [], bridgeSides: []))
        #expect(averageClustering(empty).isNaN && clusteringCoefficients(empty).isEmpty && transitivity(empty) == 0)
        let one = Graph(nodeCount: 1, edges: [(Int, Int)]())
        #expect(connectedComponents(one).members == [[0]] && coreNumbers(one) == [0] && averageClustering(one) == 0)
        // 0–1, then isolates 2 and 3, then 4–5–6: components numbered by smallest node.
        let g = Graph(nodeCount: 7, edges: [(4, 5), (5, 6), (0, 1)])
        let comps = connectedComponents(g)
        #expect(comps.id == [0, 0, 1, 2, 3, 3, 3] && comps.sizes == [2, 1, 1, 3])
        #expect(coreNumbers(g) == [1, 1, 0, 0, 1, 1, 1])
        let cuts = cutStructure(g)
        #expect(cuts.articulationPoints == [5] && cuts.pieceSizes == [[1, 1]])
        #expect(cuts.bridges.map { [$0.u, $0.v] } == [[0, 1], [4, 5], [5, 6]])
    }

    /// A path of 200,000 nodes: the iterative DFS must not overflow the call stack. Inner
    /// nodes 1…199,998 are all cut vertices; node 1 splits off node 0: pieces [199,998, 1].
    @Test func longPathNoRecursion() {
        let n = 200_000
        let g = Graph(nodeCount: n, edges: (0..<(n - 1)).map { ($0, $0 + 1) })
        let c = cutStructure(g)
        #expect(c.articulationPoints.count == 199_998 && c.bridges.count == n - 1)
        #expect(c.pieceSizes[0] == [199_998, 1] && c.pieceSizes[99_999] == [100_000, 99_999])
        #expect(coreNumbers(g).allSatisfy { $0 == 1 } && connectedComponents(g).count == 1)
    }

    // MARK: Brute force on random graphs

    @Test("cuts, triangles and cores equal brute force on random graphs", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func randomGraphs(_ seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let n = 12 + rng.below(30)
        // Sparse with a few denser spots, so there are cut vertices, bridges and triangles.
        var edges: [(Int, Int)] = []
        for _ in 0..<(n + rng.below(n)) { edges.append((rng.below(n), rng.below(n))) }
        for _ in 0..<10 { let a = rng.below(n); edges.append((a, (a + 1) % n)); edges.append((a, (a + 2) % n)) }
        let g = Graph(nodeCount: n, edges: edges)
        #expect(cutStructure(g) == bruteCuts(g))
        #expect(triangleCounts(g) == bruteTriangles(g))
        #expect(coreNumbers(g) == bruteCores(g))
        #expect(isClose(transitivity(g), bruteTransitivity(g), tolerance: 1e-15))
    }

    /// The parallel triangle count (blocks switch on at 20,000 ties) equals a sequential one.
    @Test func parallelTrianglesEqualSequential() {
        var rng = SeededGenerator(seed: 77)
        let n = 3000
        var edges: [(Int, Int)] = []
        for _ in 0..<24_000 {
            let u = rng.below(n)
            edges.append((u, rng.below(5) == 0 ? rng.below(n) : (u + 1 + rng.below(20)) % n))
        }
        for v in 1..<400 { edges.append((0, v)) }   // a hub
        let g = Graph(nodeCount: n, edges: edges)
        #expect(g.edgeCount >= 20_000)
        #expect(triangleCounts(g) == sequentialTriangles(g))
    }
}

// MARK: - Reference implementations (slow, obviously correct)

/// Triangles through each node by checking every neighbour pair.
private func bruteTriangles(_ g: Graph) -> [Int] {
    (0..<g.nodeCount).map { v in
        let nb = Array(g.neighbors(v))
        var t = 0
        for i in 0..<nb.count { for j in (i + 1)..<max(i + 1, nb.count) where g.hasEdge(nb[i], nb[j]) { t += 1 } }
        return t
    }
}

/// Triangles through each node with a per-node marker (the pre-forward-algorithm method).
private func sequentialTriangles(_ g: Graph) -> [Int] {
    var mark = [Bool](repeating: false, count: g.nodeCount)
    return (0..<g.nodeCount).map { v in
        for u in g.neighbors(v) { mark[u] = true }
        var links = 0
        for u in g.neighbors(v) { for w in g.neighbors(u) where mark[w] { links += 1 } }
        for u in g.neighbors(v) { mark[u] = false }
        return links / 2
    }
}

/// Closed triples over all connected triples, enumerated node by node.
private func bruteTransitivity(_ g: Graph) -> Double {
    var closed = 0, triples = 0
    for v in 0..<g.nodeCount {
        let nb = Array(g.neighbors(v))
        for i in 0..<nb.count {
            for j in (i + 1)..<max(i + 1, nb.count) {
                triples += 1
                if g.hasEdge(nb[i], nb[j]) { closed += 1 }
            }
        }
    }
    return closed == 0 ? 0 : Double(closed) / Double(triples)
}

/// Core numbers by repeated peeling: for k = 1, 2, …, delete nodes of degree < k until none.
private func bruteCores(_ g: Graph) -> [Int] {
    let n = g.nodeCount
    var core = [Int](repeating: 0, count: n)
    var alive = [Bool](repeating: true, count: n)
    var k = 0
    while alive.contains(true) {
        k += 1
        var changed = true
        while changed {
            changed = false
            for v in 0..<n where alive[v] {
                if g.neighbors(v).filter({ alive[$0] }).count < k { alive[v] = false; changed = true }
            }
        }
        for v in 0..<n where alive[v] { core[v] = k }
    }
    return core
}

/// Sizes of the components of `g` restricted to nodes with `keep`, skipping edge id `skipEdge`.
private func componentSizes(_ g: Graph, keep: [Bool], skipEdge: Int = -1) -> (id: [Int], sizes: [Int]) {
    var id = [Int](repeating: -1, count: g.nodeCount)
    var sizes: [Int] = []
    for s in 0..<g.nodeCount where keep[s] && id[s] < 0 {
        var stack = [s]
        id[s] = sizes.count
        var size = 0
        while let v = stack.popLast() {
            size += 1
            for i in g.slots(v) where Int(g.edgeIDs[i]) != skipEdge {
                let w = Int(g.targets[i])
                if keep[w] && id[w] < 0 { id[w] = sizes.count; stack.append(w) }
            }
        }
        sizes.append(size)
    }
    return (id, sizes)
}

/// Cut vertices, their pieces, bridges and their sides by deleting each node and each tie.
private func bruteCuts(_ g: Graph) -> CutStructure {
    let n = g.nodeCount
    let all = [Bool](repeating: true, count: n)
    let base = componentSizes(g, keep: all)
    var points: [Int] = [], pieces: [[Int]] = []
    for v in 0..<n {
        var keep = all
        keep[v] = false
        let after = componentSizes(g, keep: keep)
        // Pieces of v's own component: components after removal that contain a node of it.
        var inOwn = Set<Int>()
        for u in 0..<n where u != v && base.id[u] == base.id[v] { inOwn.insert(after.id[u]) }
        if inOwn.count >= 2 { points.append(v); pieces.append(inOwn.map { after.sizes[$0] }.sorted(by: >)) }
    }
    var bridges: [(u: Int, v: Int)] = [], sides: [(Int, Int)] = []
    for (k, e) in g.edges.enumerated() {
        let after = componentSizes(g, keep: all, skipEdge: k)
        if after.id[e.u] != after.id[e.v] {
            bridges.append((e.u, e.v))
            sides.append((after.sizes[after.id[e.u]], after.sizes[after.id[e.v]]))
        }
    }
    return CutStructure(articulationPoints: points, pieceSizes: pieces, bridges: bridges, bridgeSides: sides)
}
