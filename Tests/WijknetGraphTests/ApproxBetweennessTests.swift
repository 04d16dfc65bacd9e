import Foundation
import Testing
import WijknetGraph
import WijknetTestSupport

/// The guaranteed betweenness estimates (Riondato–Kornaropoulos, KADABRA) against the exact
/// values (``PathCentrality/exact(_:weighted:normalized:workers:)``, itself equal to networkx to
/// 1e-9, see `ReferenceAgreementTests`), on graphs small enough for the exact pass.
@Suite("Betweenness with a guarantee for every node")
struct ApproxBetweennessTests {
    static func maxError(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
    }

    /// A seeded graph with hubs and a long tail (so betweenness values spread from 0 to ~0.5).
    static func randomGraph(n: Int, m: Int, seed: UInt64, weighted: Bool = false, hubs: Bool = true) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var edges: [(Int, Int, Double)] = []
        for v in 1..<n { edges.append((v, rng.below(v), weighted ? Double(1 + rng.below(4)) : 1)) }   // a random tree
        for _ in 0..<(m - n + 1) {
            let u = rng.below(n), v = hubs && rng.below(4) == 0 ? rng.below(6) : rng.below(n)
            edges.append((u, v, weighted ? Double(1 + rng.below(4)) : 1))
        }
        return Graph(nodeCount: n, edges: edges)
    }

    static func estimate(_ method: BetweennessEstimate.Method, _ g: Graph, epsilon: Double, delta: Double,
                         weighted: Bool = false, seed: UInt64, workers: Int = 2) -> BetweennessEstimate {
        switch method {
        case .kadabra: Kadabra.estimate(g, epsilon: epsilon, delta: delta, weighted: weighted, seed: seed, workers: workers)
        case .riondatoKornaropoulos:
            RiondatoKornaropoulos.estimate(g, epsilon: epsilon, delta: delta, weighted: weighted, seed: seed, workers: workers)
        }
    }

    @Test("over 20 seeds the largest error over all nodes is below ε in at least 18",
          arguments: BetweennessEstimate.Method.allCases, ["lesmis", "karate"])
    func guaranteeHoldsOverSeeds(method: BetweennessEstimate.Method, graph: String) throws {
        let g = try Reference.load(graph).graph
        let exact = PathCentrality.exact(g).betweenness
        #expect(exact.max()! > 0.4)   // values a wrong scale would miss by far more than ε
        let epsilon = 0.03, delta = 0.1
        var within = 0
        var worst = 0.0
        for seed in 1...20 {
            let e = Self.estimate(method, g, epsilon: epsilon, delta: delta, seed: UInt64(seed))
            let err = Self.maxError(e.betweenness, exact)
            worst = max(worst, err)
            if err < epsilon { within += 1 }
        }
        #expect(within >= 18, "\(method) on \(graph): \(within)/20 within ε, worst \(worst)")
    }

    @Test("RK: the sample count is the formula's, with the vertex diameter of a path exactly")
    func riondatoKornaropoulosSampleCount() {
        // Path 0–1–…–9: the bound finds VD = 10 (hub 1: distances 8 and 1, so 8 + 1 + 1 = 10).
        let g = Graph(nodeCount: 10, edges: (0..<9).map { ($0, $0 + 1) })
        #expect(vertexDiameterBound(g) == 10)
        let e = RiondatoKornaropoulos.estimate(g, epsilon: 0.05, delta: 0.1, seed: 7)
        // λ = 0.05 · 8/10 = 0.04; r = ⌈0.5/0.04² · (⌊log₂ 8⌋ + 1 + ln 10)⌉ = ⌈312.5 · 6.302585⌉ = 1970.
        #expect(e.samples == 1970 && e.sampleBound == 1970 && e.calibrationSamples == 0)
        #expect(e.method == .riondatoKornaropoulos && e.epsilon == 0.05 && e.delta == 0.1 && e.vertexDiameterBound == 10)
        #expect(RiondatoKornaropoulos.sampleSize(epsilon: 0.01, delta: 0.1, nodes: 200_000, vertexDiameter: 9)
                == Int((0.5 / pow(0.01 * 199_998 / 200_000, 2) * (2 + 1 + log(10.0))).rounded(.up)))
        let exact = PathCentrality.exact(g).betweenness
        #expect(Self.maxError(e.betweenness, exact) < 0.05)
    }

    @Test("KADABRA: ω is the formula's, calibration is ⌈ω/100⌉, and with small betweenness it stops before ω")
    func kadabraSampleCount() throws {
        // Adaptive stopping pays where betweenness is small (Bernstein: the bound shrinks with b̃);
        // on Les Misérables (Valjean 0.57) it runs to ω, as the bound at τ = ω is RK's.
        let g = Self.randomGraph(n: 1_500, m: 6_000, seed: 21, hubs: false)
        let exact = PathCentrality.exact(g).betweenness
        #expect(exact.max()! < 0.05)
        let vd = vertexDiameterBound(g)
        let e = Kadabra.estimate(g, epsilon: 0.02, delta: 0.1, seed: 3)
        let lambda = 0.02 * 1_498 / 1_500
        let omega = Int((0.5 / (lambda * lambda) * (floor(log2(Double(vd - 2))) + 1 + log(20.0))).rounded(.up))
        #expect(e.sampleBound == omega && e.calibrationSamples == (omega + 99) / 100)
        #expect(e.samples < omega && e.samples % Kadabra.batch == 0, "\(e.samples) of ω = \(omega)")
        #expect(e.method == .kadabra && e.vertexDiameterBound == vd)
        #expect(Self.maxError(e.betweenness, exact) < 0.02)
        let lesmis = try Reference.load("lesmis").graph
        let full = Kadabra.estimate(lesmis, epsilon: 0.02, delta: 0.1, seed: 3)
        #expect(full.samples == full.sampleBound)
    }

    @Test("the vertex-diameter bound is at least the true one and at most about twice it")
    func vertexDiameterIsAnUpperBound() {
        for seed in UInt64(1)...6 {
            let g = Self.randomGraph(n: 60, m: 75, seed: seed)
            var trueHops = 0
            let search = ShortestPathSearch(g)
            for s in 0..<g.nodeCount {
                search.run(from: s)
                for t in 0..<g.nodeCount where search.distance(to: t).isFinite { trueHops = max(trueHops, Int(search.distance(to: t))) }
            }
            let bound = vertexDiameterBound(g)
            #expect(bound >= trueHops + 1 && bound <= 2 * trueHops + 1)
        }
        // Isolates and a single tie; a star (VD 3).
        #expect(vertexDiameterBound(Graph(nodeCount: 3, edges: [(0, 1)])) == 2)
        #expect(vertexDiameterBound(Graph(nodeCount: 5, edges: (1..<5).map { (0, $0) })) == 3)
    }

    @Test("same seed, same values and sample count, whatever the number of workers", arguments: BetweennessEstimate.Method.allCases)
    func deterministic(method: BetweennessEstimate.Method) {
        let g = Self.randomGraph(n: 500, m: 1_400, seed: 11)
        let one = Self.estimate(method, g, epsilon: 0.04, delta: 0.1, seed: 5, workers: 1)
        let two = Self.estimate(method, g, epsilon: 0.04, delta: 0.1, seed: 5, workers: 2)
        let three = Self.estimate(method, g, epsilon: 0.04, delta: 0.1, seed: 5, workers: 3)
        #expect(one == two && two == three)
        let other = Self.estimate(method, g, epsilon: 0.04, delta: 0.1, seed: 6)
        #expect(other.betweenness != one.betweenness)
    }

    @Test("disconnected graphs: pairs across components count as samples without a path")
    func disconnected() {
        // Two stars of 5 leaves: each centre lies between C(5,2) = 10 leaf pairs of its star; over
        // all ordered pairs of the 12 nodes, b = 2·10 / (11 · 10) = 0.1818… (networkx normalization).
        let edges = (1...5).map { (0, $0) } + (7...11).map { (6, $0) }
        let g = Graph(nodeCount: 12, edges: edges)
        let exact = PathCentrality.exact(g).betweenness
        #expect(isClose(exact[0], 20.0 / 110))
        for method in BetweennessEstimate.Method.allCases {
            let e = Self.estimate(method, g, epsilon: 0.02, delta: 0.1, seed: 1)
            #expect(Self.maxError(e.betweenness, exact) < 0.02)
            #expect(e.betweenness[1] == 0 && e.betweenness[7] == 0)
        }
    }

    @Test("weighted: KADABRA falls back to Riondato–Kornaropoulos with Dijkstra, within ε of the weighted exact values")
    func weighted() {
        let g = Self.randomGraph(n: 80, m: 160, seed: 2, weighted: true)
        let exact = PathCentrality.exact(g, weighted: true).betweenness
        let unweighted = PathCentrality.exact(g).betweenness
        #expect(Self.maxError(exact, unweighted) > 0.05)   // the weights matter here
        let e = Kadabra.estimate(g, epsilon: 0.02, delta: 0.1, weighted: true, seed: 4)
        #expect(e.method == .riondatoKornaropoulos && e.calibrationSamples == 0)
        #expect(Self.maxError(e.betweenness, exact) < 0.02)
    }

    @Test("unnormalized values are the normalized ones times (n − 1)(n − 2)/2; tiny graphs are all zero")
    func scaleAndTinyGraphs() throws {
        let g = try Reference.load("karate").graph
        let a = Kadabra.estimate(g, epsilon: 0.05, delta: 0.1, seed: 9)
        let b = Kadabra.estimate(g, epsilon: 0.05, delta: 0.1, normalized: false, seed: 9)
        for (x, y) in zip(a.betweenness, b.betweenness) { #expect(isClose(x * 33 * 32 / 2, y)) }
        let pair = Kadabra.estimate(Graph(nodeCount: 2, edges: [(0, 1)]), epsilon: 0.01, delta: 0.1, seed: 1)
        #expect(pair.betweenness == [0, 0] && pair.samples == 0)
        let triangle = RiondatoKornaropoulos.estimate(Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2)]), epsilon: 0.01, delta: 0.1, seed: 1)
        // The bound says 3 (hub distances 1 + 1), so RK samples, but no path has a node inside.
        #expect(triangle.betweenness == [0, 0, 0] && triangle.vertexDiameterBound == 3 && triangle.samples > 0)
    }
}
