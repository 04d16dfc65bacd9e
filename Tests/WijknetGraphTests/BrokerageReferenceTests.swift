import Testing
import WijknetGraph
import WijknetTestSupport

/// Brokerage counts, expectations and Gould–Fernandez z-scores against R's `sna::brokerage`
/// (fixture `Fixtures/sna/brokerage.json`, made by `scripts/reference/brokerage_sna.R`).
@Suite("Brokerage against sna")
struct BrokerageReferenceTests {
    /// The five roles of `b` plus the total, as sna's six columns.
    static func columns(_ b: Brokerage, _ v: Int) -> (counts: [Double], expected: [Double], z: [Double]) {
        let counts = (0..<5).map { Double(b.counts[$0][v]) }
        return (counts + [counts.reduce(0, +)], (0..<5).map { b.expected[$0][v] }, (0..<5).map { b.z[$0][v] })
    }

    @Test("counts, expected values and z equal sna to 1e-9", arguments: BrokerageReference.names)
    func matchesSna(_ name: String) throws {
        let ref = try BrokerageReference.load(name)
        var results: [Brokerage] = []
        if ref.directed {
            results.append(Brokerage(nodeCount: ref.nodeCount, arcs: ref.edges, groups: ref.groups))
        } else {
            // The undirected graph, and the same data as the symmetric directed graph sna was given.
            results.append(Brokerage(Graph(nodeCount: ref.nodeCount, edges: ref.edges), groups: ref.groups))
            results.append(Brokerage(nodeCount: ref.nodeCount, arcs: ref.edges.flatMap { [($0.0, $0.1), ($0.1, $0.0)] }, groups: ref.groups))
        }
        for b in results {
            for v in 0..<ref.nodeCount {
                let (counts, expected, z) = Self.columns(b, v)
                #expect(counts == ref.counts[v], "\(name) node \(v) counts")
                for r in 0..<5 {
                    #expect(isClose(expected[r], ref.expected[v][r], tolerance: 1e-9), "\(name) node \(v) role \(r) expected")
                    #expect(isClose(z[r], ref.z[v][r], tolerance: 1e-9), "\(name) node \(v) role \(r) z: \(z[r]) vs sna \(ref.z[v][r])")
                }
            }
        }
    }

    /// The fixture is not trivial: karate's hub Mr. Hi (node 0) has a large coordinator z, and
    /// the binomial variance would have given about twice as much.
    @Test func karateHubFigure() throws {
        let ref = try BrokerageReference.load("karate")
        let b = Brokerage(Graph(nodeCount: ref.nodeCount, edges: ref.edges), groups: ref.groups)
        #expect(b.counts[Brokerage.Role.coordinator.rawValue][0] == 174)
        #expect(isClose(b.z[Brokerage.Role.coordinator.rawValue][0], 43.2442497031107, tolerance: 1e-9))
        // The old binomial z: (174 − E) / √(E(1 − q)) with P = 16·15, q = d²(1 − d), d = 78/561.
        let d = 78.0 / 561, q = d * d * (1 - d), e = 240 * q
        #expect((174 - e) / (e * (1 - q)).squareRoot() > 1.9 * b.z[0][0])
    }

    /// By hand: star with centre 0 and leaves 1, 2, 3, all four in one group. N = 4, m = 3,
    /// d = 3 / C(4,2) = 1/2, q = d²(1−d) = 1/8, covariance per shared-arc pair d³(1−d)³ = 1/64.
    /// Centre (n_g = 4): coordinator pairs P = (n_g−1)(n_g−2) = 6, all 6 ordered leaf pairs are
    /// open, so the count is 6; E = 6/8 = 3/4; shared-arc pairs S = 2(n_g−1)(n_g−2)(n_g−3) = 12;
    /// Var = P q(1−q) + S/64 = 21/32 + 6/32 = 27/32; z = (6 − 3/4)/√(27/32) = 7·√(2/3) ≈ 5.7155.
    /// (The binomial variance 21/32 alone gave 5.25/√(21/32) ≈ 6.481.)
    /// A leaf: count 0, same P, E and Var (same group): z = −(3/4)/√(27/32) = −√(2/3).
    /// Every other role has P = 0, hence Var = 0 and z = NaN.
    @Test func starByHand() {
        let g = Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        let b = Brokerage(g, groups: [0, 0, 0, 0])
        let c = Brokerage.Role.coordinator.rawValue
        #expect(b.counts[c] == [6, 0, 0, 0])
        #expect(b.expected[c].allSatisfy { isClose($0, 0.75, tolerance: 1e-15) })
        #expect(isClose(b.z[c][0], 7 * (2.0 / 3).squareRoot(), tolerance: 1e-12))
        #expect(isClose(b.z[c][1], -(2.0 / 3).squareRoot(), tolerance: 1e-12))
        for r in 1..<5 { #expect(b.z[r].allSatisfy { $0.isNaN }) }
    }
}
