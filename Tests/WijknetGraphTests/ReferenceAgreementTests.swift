import Testing
import WijknetGraph
import WijknetTestSupport

/// Every metric networkx also has, on every reference graph: the contract of `wijknet analyse`.
/// Fixtures and the script that made them: Sources/WijknetTestSupport/Fixtures/networkx/.
@Suite("Agreement with networkx 3.6")
struct ReferenceAgreementTests {
    static let names = Reference.graphNames

    func check(_ name: String, _ key: String, _ actual: [Double], tolerance: Double = 1e-9,
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ref = try Reference.load(name)
        guard let expected = ref.nodeMetrics[key] else { return }   // networkx raised: nothing to compare
        #expect(actual.count == expected.count, "\(name) \(key): \(actual.count) values, networkx has \(expected.count)", sourceLocation: sourceLocation)
        for i in 0..<min(actual.count, expected.count) where !isClose(actual[i], expected[i], tolerance: tolerance) {
            Issue.record("\(name) \(key): node \(i) is \(actual[i]), networkx \(expected[i])", sourceLocation: sourceLocation)
            return
        }
    }

    @Test("betweenness, closeness, harmonic (exact, unweighted and 1/weight)", arguments: names)
    func pathMetrics(_ name: String) throws {
        let g = try Reference.load(name).graph
        let u = PathCentrality.exact(g)
        try check(name, "betweenness", u.betweenness)
        try check(name, "closeness", u.closeness)
        try check(name, "harmonic", u.harmonic)
        let w = PathCentrality.exact(g, weighted: true)
        try check(name, "betweenness_weighted", w.betweenness)
        try check(name, "closeness_weighted", w.closeness)
        try check(name, "harmonic_weighted", w.harmonic)
    }

    @Test("eigenvector and PageRank within 1e-6 of the converged values", arguments: names)
    func spectral(_ name: String) throws {
        let ref = try Reference.load(name)
        let g = ref.graph
        if ref.nodeMetrics["eigenvector"] != nil {
            try check(name, "eigenvector", try eigenvectorCentrality(g), tolerance: 1e-6)
            try check(name, "eigenvector_weighted", try eigenvectorCentrality(g, weighted: true), tolerance: 1e-6)
        }
        try check(name, "pagerank", try pageRank(g), tolerance: 1e-6)
        try check(name, "pagerank_unweighted", try pageRank(g, weighted: false), tolerance: 1e-6)
    }

    @Test("constraint and effective size (unweighted default and weighted)", arguments: names)
    func structuralHoles(_ name: String) throws {
        let g = try Reference.load(name).graph
        let u = StructuralHoles(g)
        try check(name, "constraint", u.constraint)
        try check(name, "effective_size", u.effectiveSize)
        let w = StructuralHoles(g, weighted: true)
        try check(name, "constraint_weighted", w.constraint)
        try check(name, "effective_size_weighted", w.effectiveSize)
    }

    @Test("core numbers, clustering, components, articulation points, bridges", arguments: names)
    func cohesion(_ name: String) throws {
        let ref = try Reference.load(name)
        let g = ref.graph
        try check(name, "core_number", coreNumbers(g).map(Double.init))
        try check(name, "clustering", clusteringCoefficients(g))
        try check(name, "degree", (0..<g.nodeCount).map { Double(g.degree($0)) })
        try check(name, "strength", (0..<g.nodeCount).map { g.strength($0) })
        let comps = connectedComponents(g)
        #expect(comps.members == ref.edgeSets["components"], "\(name) components")
        let cuts = cutStructure(g)
        #expect(cuts.articulationPoints == ref.nodeSets["articulation_points"], "\(name) articulation points")
        #expect(cuts.bridges.map { [$0.u, $0.v] } == ref.edgeSets["bridges"], "\(name) bridges")
        if let avg = ref.graphMetrics["average_clustering"] { #expect(isClose(averageClustering(g), avg), "\(name) average clustering") }
        if let ncc = ref.graphMetrics["number_connected_components"] { #expect(Double(comps.count) == ncc) }
        if let d = ref.graphMetrics["density"], g.nodeCount >= 2 { #expect(isClose(g.density, d), "\(name) density") }
        if let aspl = ref.graphMetrics["average_shortest_path_lcc"], !aspl.isNaN {
            #expect(isClose(averageShortestPathLength(g).value, aspl), "\(name) average shortest path")
        }
    }
}
