import Testing
import WijknetGraph

/// ``Graph/init(nodeCount:sortedEdges:)`` lays out the rows exactly as ``GraphBuilder`` does
/// for the same ties (the builder sorts and merges them itself): compared array by array on
/// random graphs with isolated nodes, on one thread (small) and on two (from 65,536 edges on),
/// on a hub where the two threads' parts are cut, and on the empty graph.
@Suite("Graph from sorted edges")
struct SortedEdgesTests {
    /// `m` distinct random ties on `n` nodes, `u < v`, sorted, weights 0.5 to 2.5.
    func sortedTies(n: Int, m: Int, seed: UInt64) -> [Graph.Edge] {
        var rng = SeededGenerator(seed: seed)
        var seen = Set<Int>()
        var edges: [Graph.Edge] = []
        while edges.count < m {
            let a = rng.below(n), b = rng.below(n)
            guard a != b, seen.insert(min(a, b) * n + max(a, b)).inserted else { continue }
            edges.append(Graph.Edge(u: min(a, b), v: max(a, b), weight: Double(1 + rng.below(5)) / 2))
        }
        return edges.sorted { ($0.u, $0.v) < ($1.u, $1.v) }
    }

    @Test(arguments: [(0, 0), (7, 0), (12, 30), (500, 4_000), (3_000, 70_000)])
    func sameAsTheBuilder(size: (n: Int, m: Int)) {
        let edges = sortedTies(n: size.n, m: size.m, seed: UInt64(size.m + 1))
        var builder = GraphBuilder(nodeCount: size.n)
        for e in edges.reversed() { builder.addEdge(e.v, e.u, weight: e.weight) }   // any order, either way round
        let expected = builder.build()
        let g = Graph(nodeCount: size.n, sortedEdges: edges)
        #expect(g.nodeCount == expected.nodeCount && g.edges == expected.edges)
        #expect(g.offsets == expected.offsets)
        #expect(g.targets == expected.targets)
        #expect(g.weights == expected.weights)
        #expect(g.edgeIDs == expected.edgeIDs)
        #expect(g.isUnitWeighted == expected.isUnitWeighted)
    }

    /// The edges are cut in two parts at a change of `u`: here node 0 holds `hub` of them,
    /// across the middle (the cut moves past them) or all of them (the second part is empty),
    /// and the other nodes' smaller neighbours come from both parts.
    @Test(arguments: [(40_000, 30_000), (70_000, 0)])
    func aHubAcrossTheCut(ties: (hub: Int, others: Int)) {
        let n = ties.hub + 1_000
        var rng = SeededGenerator(seed: 9)
        var edges = (1...ties.hub).map { Graph.Edge(u: 0, v: $0, weight: Double(1 + rng.below(3))) }
        var seen = Set<Int>()
        while edges.count < ties.hub + ties.others {
            let a = 1 + rng.below(n - 1), b = 1 + rng.below(n - 1)
            guard a != b, seen.insert(min(a, b) * n + max(a, b)).inserted else { continue }
            edges.append(Graph.Edge(u: min(a, b), v: max(a, b), weight: 0.5))
        }
        edges.sort { ($0.u, $0.v) < ($1.u, $1.v) }
        var builder = GraphBuilder(nodeCount: n)
        for e in edges { builder.addEdge(e.u, e.v, weight: e.weight) }
        let expected = builder.build()
        let g = Graph(nodeCount: n, sortedEdges: edges)
        #expect(g.offsets == expected.offsets && g.targets == expected.targets)
        #expect(g.weights == expected.weights && g.edgeIDs == expected.edgeIDs)
        #expect(g.degree(0) == ties.hub && g.neighbors(0).first == 1)
    }

    @Test func unitWeightsAreSeen() {
        let g = Graph(nodeCount: 3, sortedEdges: [Graph.Edge(u: 0, v: 1, weight: 1), Graph.Edge(u: 0, v: 2, weight: 1)])
        #expect(g.isUnitWeighted && g.degree(0) == 2 && Array(g.neighbors(0)) == [1, 2] && Array(g.neighbors(2)) == [0])
    }
}
