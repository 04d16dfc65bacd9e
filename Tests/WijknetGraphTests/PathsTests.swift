import Testing
import WijknetGraph

/// `ShortestPathSearch`: distances, path counts, predecessors, settle order and dependencies,
/// by hand on small graphs.
@Suite("Shortest-path search")
struct PathsTests {
    /// Settle order must start at the source and never decrease in distance.
    func expectOrdered(_ s: ShortestPathSearch, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(s.settled(0) == s.source, sourceLocation: sourceLocation)
        for k in 1..<max(1, s.reachedCount) {
            #expect(s.distance(to: s.settled(k - 1)) <= s.distance(to: s.settled(k)), sourceLocation: sourceLocation)
        }
    }

    /// Cycle 0…5 from 0: node 3 is opposite, reached both ways — σ = 2, predecessors 2 and 4;
    /// node 1 has σ = 1 and predecessor 0. Total distance 1+1+2+2+3 = 9, harmonic
    /// 1+1+1/2+1/2+1/3.
    @Test func cycleBreadthFirst() {
        let g = Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0)])
        let s = ShortestPathSearch(g)
        s.run(from: 0)
        #expect(s.reachedCount == 6)
        #expect((0..<6).map { s.distance(to: $0) } == [0, 1, 2, 3, 2, 1])
        #expect((0..<6).map { s.pathCount(to: $0) } == [1, 1, 1, 2, 1, 1])
        #expect(s.predecessors(of: 3) == [2, 4] && s.predecessors(of: 1) == [0] && s.predecessors(of: 0) == [])
        #expect(s.totalDistance == 9 && s.totalInverseDistance == 1 + 1 + 0.5 + 0.5 + 1.0 / 3)
        expectOrdered(s)
        // Dependencies from 0: δ(1) = 1 (node 2, whose only path runs through 1) + ½ (half of
        // node 3's two paths) = 1.5; same for 5; δ(2) = δ(4) = ½; δ(3) = 0.
        s.accumulateDependencies()
        #expect((0..<6).map { s.dependency($0) } == [0, 1.5, 0.5, 0, 0.5, 1.5])
    }

    /// 3×3 grid, corner to opposite corner: C(4, 2) = 6 shortest paths of 4 steps; the centre
    /// (node 4) is reached by C(2, 1) = 2 paths.
    @Test func gridPathCounts() {
        var edges: [(Int, Int)] = []
        for r in 0..<3 { for c in 0..<3 {
            if c < 2 { edges.append((3 * r + c, 3 * r + c + 1)) }
            if r < 2 { edges.append((3 * r + c, 3 * r + c + 3)) }
        } }
        let g = Graph(nodeCount: 9, edges: edges)
        for weighted in [false, true] {
            let s = ShortestPathSearch(g, weighted: weighted)
            s.run(from: 0)
            #expect(s.distance(to: 8) == 4 && s.pathCount(to: 8) == 6 && s.pathCount(to: 4) == 2)
            #expect(s.predecessors(of: 8) == [5, 7])
            expectOrdered(s)
        }
    }

    /// Unreachable nodes: infinite distance, no paths, no predecessors.
    @Test func unreachable() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (2, 3)])
        for weighted in [false, true] {
            let s = ShortestPathSearch(g, weighted: weighted)
            s.run(from: 0)
            #expect(s.reachedCount == 2 && s.distance(to: 3) == .infinity && s.pathCount(to: 3) == 0)
            #expect(s.predecessors(of: 2).isEmpty && s.totalDistance == 1)
        }
        let isolate = ShortestPathSearch(Graph(nodeCount: 1, edges: [(Int, Int)]()))
        isolate.run(from: 0)
        #expect(isolate.reachedCount == 1 && isolate.totalDistance == 0 && isolate.totalInverseDistance == 0)
    }

    /// Dijkstra with distance 1/weight. 0–1 (w 2), 1–2 (w 2), 0–2 (w 1), 2–3 (w 4): 0→2 is an
    /// exact tie (0.5 + 0.5 = 1), so σ(2) = 2 with predecessors 0 and 1; 3 is at 1.25 with
    /// σ = 2 through 2.
    @Test func dijkstraTies() {
        let g = Graph(nodeCount: 4, edges: [(0, 1, 2), (1, 2, 2), (0, 2, 1), (2, 3, 4)])
        let s = ShortestPathSearch(g, weighted: true)
        s.run(from: 0)
        #expect((0..<4).map { s.distance(to: $0) } == [0, 0.5, 1, 1.25])
        #expect((0..<4).map { s.pathCount(to: $0) } == [1, 1, 2, 2])
        #expect(s.predecessors(of: 2) == [0, 1] && s.predecessors(of: 3) == [2])
        expectOrdered(s)
        s.accumulateDependencies()
        // δ(1) = ½ (half of the paths to 2) + ½ (half of those to 3) = 1; δ(2) = 1 (node 3).
        #expect(s.dependency(1) == 1 && s.dependency(2) == 1 && s.dependency(3) == 0)
    }

    /// A tie in exact arithmetic that floating point breaks, decided as networkx does: via 1 is
    /// 0.1 + 0.2 = 0.30000000000000004 > 0.3 direct, so 2 has one path, from 0.
    @Test func dijkstraFloatingPointTie() {
        let g = Graph(nodeCount: 3, edges: [(0, 1, 10), (1, 2, 5), (0, 2, 1 / 0.3)])
        let s = ShortestPathSearch(g, weighted: true)
        s.run(from: 0)
        #expect(s.distance(to: 2) == 0.3 && s.pathCount(to: 2) == 1 && s.predecessors(of: 2) == [0])
        s.run(from: 1)
        #expect(s.distance(to: 2) == 0.2 && s.predecessors(of: 2) == [1])
    }

    /// Reusing one search for many sources gives what a fresh search gives (the scratch
    /// invariant is restored), weighted and unweighted, and unit weights give the same paths
    /// as breadth-first search.
    @Test func reuseMatchesFreshSearch() {
        var rng = SeededGenerator(seed: 9)
        let n = 60
        let edges = (0..<150).map { _ in (rng.below(n), rng.below(n), Double(1 + rng.below(3))) }
        let g = Graph(nodeCount: n, edges: edges)
        for weighted in [false, true] {
            let reused = ShortestPathSearch(g, weighted: weighted)
            for src in [5, 17, 5, 42, 0, 59] {
                reused.run(from: src)
                reused.accumulateDependencies()
                let fresh = ShortestPathSearch(g, weighted: weighted)
                fresh.run(from: src)
                fresh.accumulateDependencies()
                #expect(reused.reachedCount == fresh.reachedCount)
                for v in 0..<n {
                    #expect(reused.distance(to: v) == fresh.distance(to: v))
                    #expect(reused.pathCount(to: v) == fresh.pathCount(to: v))
                    #expect(reused.predecessors(of: v) == fresh.predecessors(of: v))
                    #expect(reused.dependency(v) == fresh.dependency(v))
                }
            }
        }
        let unit = g.unweighted
        let bfs = ShortestPathSearch(unit), dijkstra = ShortestPathSearch(unit, weighted: true)
        for src in [3, 30] {
            bfs.run(from: src); dijkstra.run(from: src)
            for v in 0..<n {
                #expect(bfs.distance(to: v) == dijkstra.distance(to: v) && bfs.pathCount(to: v) == dijkstra.pathCount(to: v))
                #expect(bfs.predecessors(of: v) == dijkstra.predecessors(of: v))
            }
        }
    }
}
