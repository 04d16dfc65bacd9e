import Testing
import WijknetGraph
import WijknetTestSupport

/// Closeness and harmonic from sampled sources without betweenness run on the multi-source BFS
/// (64 sources per scan); they must equal the one-search-per-source pass: distance sums and
/// counts exactly (integers), harmonic sums to rounding.
@Suite("Sampled closeness/harmonic by multi-source BFS")
struct MultiSourceBFSTests {
    @Test("same totals as the source-by-source pass (small graph on one thread; large graph in blocks)",
          arguments: [(300, 700, 100), (5_000, 9_000, 130)])
    func sameAsSourceBySource(n: Int, m: Int, k: Int) {
        // A random forest plus random ties: several components, isolates, a partial last batch.
        let g = ApproxBetweennessTests.randomGraph(n: n, m: m, seed: 17)
        let cut = Graph(nodeCount: n + 7, edges: g.edges.filter { $0.u % 97 != 5 }.map { ($0.u, $0.v, 1.0) } + [(n, n + 1, 1.0)])
        let reference = PathCentrality.sampled(cut, samples: k, seed: 3)
        let fast = PathCentrality.sampled(cut, samples: k, seed: 3, betweenness: false)
        #expect(fast.sampledSources == reference.sampledSources)
        #expect(fast.distanceSums == reference.distanceSums && fast.reachedFrom == reference.reachedFrom)
        for v in 0..<cut.nodeCount {
            let h = reference.harmonic[v], c = reference.closeness[v]
            #expect(isClose(fast.harmonic[v], h, tolerance: 1e-13 * max(1, abs(h))))
            #expect(isClose(fast.closeness[v], c, tolerance: 1e-13 * max(1, abs(c))))
        }
        #expect(reference.harmonic.contains { $0 > 1 } && reference.closeness.contains(where: \.isNaN) == false)
        #expect(fast.betweenness.allSatisfy { $0 == 0 })
        // Bit for bit whatever the number of threads.
        let one = PathCentrality.sampled(cut, samples: k, seed: 3, betweenness: false, workers: 1)
        #expect(zip(one.harmonic, fast.harmonic).allSatisfy { isClose($0.0, $0.1, tolerance: 0) })
    }
}
