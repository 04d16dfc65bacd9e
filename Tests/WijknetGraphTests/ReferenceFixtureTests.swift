import Testing
import WijknetGraph
import WijknetTestSupport

/// The networkx fixtures load, have the sizes their sources publish, and the ``Graph`` core
/// (builder, degree, strength, density) agrees with networkx on every one of them.
@Suite struct ReferenceFixtureTests {
    /// Nodes and edges of each fixture. The named graphs have published sizes (Zachary's karate
    /// club 34/78, Les Misérables co-appearance 77/254, Padgett's Florentine marriages 15/20,
    /// Krackhardt's kite 10/18); the small ones follow from their definitions; gnp60's 156 edges are
    /// what networkx's G(60, 0.08, seed 7) draws. multi_edge has 5 raw records merging into 3 ties.
    static let sizes: [String: (nodes: Int, edges: Int)] = [
        "karate": (34, 78), "florentine": (15, 20), "kite": (10, 18), "lesmis": (77, 254),
        "gnp60": (60, 156), "bipartite_k23": (5, 6), "path5": (5, 4), "star5": (5, 4), "k4": (4, 6),
        "isolates": (7, 4), "one_node": (1, 0), "empty": (0, 0), "multi_edge": (4, 3),
    ]

    static let nodeMetricKeys = [
        "degree", "strength", "betweenness", "betweenness_weighted", "closeness", "closeness_weighted",
        "harmonic", "harmonic_weighted", "eigenvector", "eigenvector_weighted", "pagerank",
        "pagerank_unweighted", "constraint", "constraint_weighted", "effective_size",
        "effective_size_weighted", "core_number", "clustering",
    ]

    @Test("every fixture is listed with its size")
    func namesCovered() {
        #expect(Set(Reference.graphNames) == Set(Self.sizes.keys))
        #expect(Reference.graphNames.count == Self.sizes.count)
    }

    @Test("loads with consistent shapes", arguments: Reference.graphNames)
    func loads(name: String) throws {
        let r = try Reference.load(name)
        #expect(r.name == name)
        #expect(r.nodeCount == Self.sizes[name]?.nodes)
        #expect(r.graph.nodeCount == r.nodeCount)
        #expect(r.labels.count == r.nodeCount)
        #expect(r.graph.edgeCount == Self.sizes[name]?.edges)
        for (key, values) in r.nodeMetrics {
            #expect(values.count == r.nodeCount, "\(key)")
        }
        // Every metric key is one the contract knows; the empty graph lacks the ones networkx
        // refuses there, every other fixture has all of them (one_node lacks none either:
        // networkx's power iteration gives its lone node eigenvector centrality 1).
        #expect(Set(r.nodeMetrics.keys).isSubset(of: Set(Self.nodeMetricKeys)))
        if r.nodeCount > 0 { #expect(Set(r.nodeMetrics.keys) == Set(Self.nodeMetricKeys)) }
        #expect(r.partitions["louvain_seed42"]?.count == r.nodeCount)
        #expect(r.nodeSets["articulation_points"] != nil)
        #expect(r.edgeSets["bridges"] != nil)
    }

    @Test("degree and strength equal networkx's", arguments: Reference.graphNames)
    func degreeAndStrength(name: String) throws {
        let r = try Reference.load(name)
        let g = r.graph
        let degree = try #require(r.nodeMetrics["degree"])
        let strength = try #require(r.nodeMetrics["strength"])
        for v in 0..<g.nodeCount {
            #expect(Double(g.degree(v)) == degree[v], "degree of \(v)")
            // Integer (or dyadic, in multi_edge) weights: the sums are exact.
            #expect(g.strength(v) == strength[v], "strength of \(v)")
        }
        // Handshake: the degrees add up to twice the edge count.
        #expect(degree.reduce(0, +) == Double(2 * g.edgeCount))
    }

    @Test("density equals networkx's (NaN below two nodes, where networkx says 0)", arguments: Reference.graphNames)
    func density(name: String) throws {
        let r = try Reference.load(name)
        let expected = try #require(r.graphMetrics["density"])
        if r.nodeCount < 2 {
            #expect(expected == 0)
            #expect(r.graph.density.isNaN)
        } else {
            #expect(isClose(r.graph.density, expected, tolerance: 1e-15))
        }
    }

    @Test("components partition the nodes and match the component count", arguments: Reference.graphNames)
    func components(name: String) throws {
        let r = try Reference.load(name)
        let comps = try #require(r.edgeSets["components"])
        #expect(Double(comps.count) == r.graphMetrics["number_connected_components"])
        #expect(comps.flatMap { $0 }.sorted() == Array(0..<r.nodeCount))
        #expect(comps.map { $0[0] } == comps.map { $0[0] }.sorted())
        // Every edge stays inside one component.
        var comp = [Int](repeating: -1, count: r.nodeCount)
        for (i, c) in comps.enumerated() { for v in c { comp[v] = i } }
        for e in r.graph.edges { #expect(comp[e.u] == comp[e.v]) }
        // Bridges are edges of the graph, written u < v.
        for b in try #require(r.edgeSets["bridges"]) {
            #expect(b.count == 2 && b[0] < b[1] && r.graph.hasEdge(b[0], b[1]))
        }
    }

    @Test("multi_edge: parallel records in both directions merge by summing")
    func multiEdgeMerges() throws {
        let r = try Reference.load("multi_edge")
        // Raw records 0-1 (1), 1-0 (2), 1-2 (1), 0-1 (0.5), 2-3 (1): the three 0-1 records
        // merge into one tie of weight 1 + 2 + 0.5 = 3.5, leaving the path 0-1-2-3.
        let edges = r.graph.edges.map { [Double($0.u), Double($0.v), $0.weight] }
        #expect(edges == [[0, 1, 3.5], [1, 2, 1], [2, 3, 1]])
        #expect(r.graph.weight(1, 0) == 3.5)
        #expect(r.nodeMetrics["strength"] == [3.5, 4.5, 2, 1])
        #expect(!r.graph.isUnitWeighted)
    }

    @Test("hand-checked values in small fixtures")
    func handChecked() throws {
        // star5: centre 0 with leaves 1...4; all 6 leaf pairs route via the centre.
        let star = try Reference.load("star5")
        #expect(star.nodeMetrics["degree"] == [4, 1, 1, 1, 1])
        #expect(star.nodeMetrics["betweenness"] == [1, 0, 0, 0, 0])
        #expect(star.graphMetrics["density"] == 0.4)  // 2*4 / (5*4)
        #expect(star.edgeSets["bridges"] == [[0, 1], [0, 2], [0, 3], [0, 4]])
        #expect(star.nodeSets["articulation_points"] == [0])
        // k4: everything symmetric; constraint (1/3 + 2/9)^2 * 3 = 25/27 for every node.
        let k4 = try Reference.load("k4")
        #expect(k4.graphMetrics["density"] == 1)
        for c in try #require(k4.nodeMetrics["constraint"]) { #expect(isClose(c, 25.0 / 27.0)) }
        // isolates: nodes 5 and 6 have no contacts, so constraint and effective size are NaN.
        let iso = try Reference.load("isolates")
        let constraint = try #require(iso.nodeMetrics["constraint"])
        let effective = try #require(iso.nodeMetrics["effective_size"])
        #expect(constraint[5].isNaN && constraint[6].isNaN && !constraint[0].isNaN)
        #expect(effective[5].isNaN && effective[6].isNaN)
        #expect(iso.edgeSets["components"] == [[0, 1, 2], [3, 4], [5], [6]])
        // Unweighted sources load with weight 1; karate and lesmis keep their weights.
        #expect(try Reference.load("florentine").graph.isUnitWeighted)
        #expect(try !Reference.load("karate").graph.isUnitWeighted)
        #expect(try Reference.load("florentine").labels.contains("Medici"))
    }

    @Test("isClose treats NaN as equal only to NaN")
    func isCloseSemantics() {
        #expect(isClose(.nan, .nan))
        #expect(!isClose(.nan, 0))
        #expect(!isClose(0, .nan))
        #expect(isClose(1, 1 + 1e-10))
        #expect(!isClose(1, 1 + 1e-8))
        #expect(isClose(.infinity, .infinity))
        #expect(!isClose(.infinity, 1e300))
    }
}
