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
