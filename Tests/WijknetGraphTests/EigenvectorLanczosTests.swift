import Foundation
import Testing
@testable import WijknetGraph
import WijknetTestSupport

/// The Lanczos eigenvector (what `analyse` uses above the exact limit) against networkx's
/// reference values, hand-derived cases and the power iteration it replaces there.
@Suite("Eigenvector by Lanczos")
struct EigenvectorLanczosTests {
    static func maxError(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
    }

    @Test("matches networkx's eigenvector_centrality (tol 1e-13 fixtures) to 1e-9", arguments: Reference.graphNames)
    func matchesNetworkx(_ name: String) throws {
        let ref = try Reference.load(name)
        expectMatches(ref, "eigenvector", try eigenvectorCentralityLanczos(ref.graph), tolerance: 1e-9)
        expectMatches(ref, "eigenvector_weighted", try eigenvectorCentralityLanczos(ref.graph, weighted: true), tolerance: 1e-9)
    }

    /// Star K_{1,k}: A x = λ x with centre c and leaves l gives √k·c = k·l and √k·l = c, so
    /// λ = √k, c = √k·l, and c² + k·l² = 1 gives l = 1/√(2k), c = 1/√2. Bipartite: −√k is an
    /// eigenvalue too, the case where power iteration on A alone would oscillate.
    @Test func starByHand() throws {
        let k = 40
        let g = Graph(nodeCount: k + 1, edges: (1...k).map { (0, $0, 1.0) })
        let x = try eigenvectorCentralityLanczos(g)
        #expect(abs(x[0] - 1 / 2.0.squareRoot()) < 1e-12)
        #expect(x.dropFirst().allSatisfy { abs($0 - 1 / (2 * Double(k)).squareRoot()) < 1e-12 })
    }

    /// K4 (λ = 3, every entry 1/2) beside a triangle (λ = 2) and an isolate: the eigenvector of
    /// the largest eigenvalue lives on K4 only, so the triangle and the isolate get 0 — the
    /// limit that power iteration approaches (there they decay like (3/4)^k).
    @Test func disconnectedByHand() throws {
        var edges: [(Int, Int, Double)] = []
        for u in 0..<4 { for v in (u + 1)..<4 { edges.append((u, v, 1)) } }
        edges += [(4, 5, 1), (5, 6, 1), (4, 6, 1)]
        let x = try eigenvectorCentralityLanczos(Graph(nodeCount: 8, edges: edges))
        #expect(x.prefix(4).allSatisfy { abs($0 - 0.5) < 1e-12 })
        #expect(x.suffix(4).allSatisfy { abs($0) < 1e-12 })
    }

    @Test func noTiesIsUniform() throws {
        let none: [(Int, Int, Double)] = []
        let x = try eigenvectorCentralityLanczos(Graph(nodeCount: 5, edges: none))
        #expect(x.allSatisfy { abs($0 - 1 / 5.0.squareRoot()) < 1e-15 })
        #expect(try eigenvectorCentralityLanczos(Graph(nodeCount: 0, edges: none)).isEmpty)
        #expect(try eigenvectorCentralityLanczos(Graph(nodeCount: 1, edges: none)) == [1])
    }

    /// Seeded graphs with hubs (nearly bipartite, like ecosystems), weighted and not, up to
    /// 3,000 nodes: the same vector as power iteration run to 1e-13, identical on a second run.
    @Test("equals power iteration to 1e-9 on seeded graphs with hubs", arguments: [(300, 900, 1), (3000, 12000, 2), (3000, 6000, 3)])
    func equalsPowerIteration(_ size: (Int, Int, UInt64)) throws {
        for weighted in [false, true] {
            let g = ApproxBetweennessTests.randomGraph(n: size.0, m: size.1, seed: size.2, weighted: weighted)
            let power = try eigenvectorCentrality(g, weighted: weighted, tolerance: 1e-13, maxIterations: 100_000)
            let lanczos = try eigenvectorCentralityLanczos(g, weighted: weighted)
            #expect(Self.maxError(power, lanczos) < 1e-9)
            #expect(try eigenvectorCentralityLanczos(g, weighted: weighted) == lanczos)
        }
    }

    @Test func budgetRunsOutWithAnError() {
        let g = ApproxBetweennessTests.randomGraph(n: 500, m: 1500, seed: 4)
        #expect(throws: ConvergenceError.self) { _ = try eigenvectorCentralityLanczos(g, tolerance: 1e-300, maxProducts: 30) }
    }

    /// [[2,1,0],[1,2,1],[0,1,2]]: eigenvalues 2 − √2, 2, 2 + √2 with eigenvectors
    /// (1, −√2, 1)/2, (1, 0, −1)/√2, (1, √2, 1)/2 (the tridiagonal Toeplitz formula
    /// 2 + 2·cos(jπ/4), j = 1…3).
    @Test func jacobiByHand() {
        let (values, vectors) = symmetricEigen([[2, 1, 0], [1, 2, 1], [0, 1, 2]])
        let top = values.indices.max { values[$0] < values[$1] }!
        #expect(values.sorted().enumerated().allSatisfy { abs($1 - [2 - 2.0.squareRoot(), 2, 2 + 2.0.squareRoot()][$0]) < 1e-14 })
        let v = vectors[top].map { vectors[top][1] < 0 ? -$0 : $0 }
        #expect(Self.maxError(v, [0.5, 1 / 2.0.squareRoot(), 0.5]) < 1e-14)
    }
}
