import Foundation
import Testing
import WijknetGraph
import WijknetTestSupport

/// Burt's structural holes against networkx 3.6.1 on every reference fixture (edge cases and
/// the weighted = unweighted equivalence are in ``CentralityEquivalenceTests``). Fixture
/// conventions: Sources/WijknetTestSupport/Fixtures/networkx/.
@Suite("Structural holes")
struct StructuralHolesTests {
    @Test("constraint and effective size match networkx (1e-9, unweighted default and weighted)", arguments: Reference.graphNames)
    func matchesNetworkx(_ name: String) throws {
        let ref = try Reference.load(name)
        let u = StructuralHoles(ref.graph)
        expectMatches(ref, "constraint", u.constraint, tolerance: 1e-9)
        expectMatches(ref, "effective_size", u.effectiveSize, tolerance: 1e-9)
        let w = StructuralHoles(ref.graph, weighted: true)
        expectMatches(ref, "constraint_weighted", w.constraint, tolerance: 1e-9)
        expectMatches(ref, "effective_size_weighted", w.effectiveSize, tolerance: 1e-9)
    }

    /// Issue 28 rewrote the per-ego loop over raw buffers; every value must stay the same to the
    /// last bit, not only within 1e-9. The reference is the former loop, term for term: for each
    /// ego `i`, `p_iq = w_iq / s_i`, then for each neighbour `q` in row order and each tie `q–x`
    /// among `i`'s neighbours, `acc[x] += p_iq · w_qx / s_q` and `red[x] += p_iq · w_qx / max_k w_xk`;
    /// constraint `Σ_j (p_ij + acc[j])²` in row order, effective size `n − 2t/n` unweighted and
    /// `Σ_j (1 − red[j])` weighted, hierarchy from the local constraints. Random graphs with
    /// hubs (every tenth node tied to half the others), so that both ways of finding the ties
    /// among neighbours are taken (a short row scanned, a hub's row binary-searched), and
    /// random weights.
    @Test("bit-identical to the per-ego definition in row order (hub graphs, unweighted and weighted)", arguments: [UInt64(5), 6, 7])
    func bitIdenticalToDefinition(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let n = 3000
        var edges: [(Int, Int, Double)] = []
        for u in 0..<n {
            let p = u % 10 == 0 ? 0.5 : 0.004
            for v in (u + 1)..<n where Double.random(in: 0..<1, using: &rng) < p {
                edges.append((u, v, Double(Int.random(in: 1...9, using: &rng)) / 4))
            }
        }
        let g = Graph(nodeCount: n, edges: edges)
        #expect(n >= 2048)   // the two-worker path
        for weighted in [false, true] {
            let fast = StructuralHoles(g, weighted: weighted)
            let slow = definition(g, weighted: weighted)
            for (name, a, b) in [("constraint", fast.constraint, slow.0), ("effective size", fast.effectiveSize, slow.1),
                                 ("efficiency", fast.efficiency, slow.2), ("hierarchy", fast.hierarchy, slow.3)] {
                let differing = (0..<n).filter { a[$0].bitPattern != b[$0].bitPattern }
                #expect(differing.isEmpty, "\(name), weighted \(weighted): \(differing.count) nodes differ, first \(differing.first ?? -1)")
            }
        }
    }

    private func definition(_ g: Graph, weighted: Bool) -> ([Double], [Double], [Double], [Double]) {
        let n = g.nodeCount
        var c = [Double](repeating: .nan, count: n), e = c, f = c, h = c
        let total = (0..<n).map { weighted ? g.strength($0) : Double(g.degree($0)) }
        let maxW = (0..<n).map { v in weighted ? g.slots(v).reduce(0.0) { max($0, g.weights[$1]) } : 1.0 }
        for i in 0..<n where g.degree(i) > 0 {
            let d = g.degree(i)
            var pEgo = [Int: Double](), acc = [Int: Double](), red = [Int: Double]()
            var mark = [Bool](repeating: false, count: n)
            for s in g.slots(i) { let j = Int(g.targets[s]); pEgo[j] = (weighted ? g.weights[s] : 1) / total[i]; mark[j] = true }
            var ties = 0
            for s in g.slots(i) {
                let q = Int(g.targets[s])
                for t in g.slots(q) where mark[Int(g.targets[t])] {
                    let x = Int(g.targets[t]), wq = weighted ? g.weights[t] : 1
                    acc[x, default: 0] += pEgo[q]! * wq / total[q]
                    red[x, default: 0] += pEgo[q]! * wq / maxW[x]
                    ties += 1
                }
            }
            var sum = 0.0, eff = 0.0, local: [Double] = []
            for s in g.slots(i) {
                let j = Int(g.targets[s])
                let lc = (pEgo[j]! + acc[j, default: 0]) * (pEgo[j]! + acc[j, default: 0])
                local.append(lc)
                sum += lc
                eff += 1 - red[j, default: 0]
            }
            c[i] = sum
            e[i] = weighted ? eff : Double(d) - Double(ties) / Double(d)
            f[i] = e[i] / Double(d)
            if d > 1 && sum > 0 {
                let mean = sum / Double(d)
                var hh = 0.0
                for lc in local where lc > 0 { hh += (lc / mean) * log(lc / mean) }
                h[i] = hh / (Double(d) * log(Double(d)))
            }
        }
        return (c, e, f, h)
    }
}

/// Compares `actual` with fixture metric `key` node by node; a metric missing from the fixture
/// (networkx raised) is skipped. Shared by the suites that check node metrics against networkx.
func expectMatches(_ ref: ReferenceGraph, _ key: String, _ actual: [Double], tolerance: Double,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    guard let expected = ref.nodeMetrics[key] else { return }
    #expect(actual.count == expected.count, "\(ref.name) \(key): \(actual.count) values, networkx has \(expected.count)", sourceLocation: sourceLocation)
    for i in 0..<min(actual.count, expected.count) where !isClose(actual[i], expected[i], tolerance: tolerance) {
        Issue.record("\(ref.name) \(key): node \(i) (\(ref.labels[i])) is \(actual[i]), networkx \(expected[i])",
                     sourceLocation: sourceLocation)
        return
    }
}
