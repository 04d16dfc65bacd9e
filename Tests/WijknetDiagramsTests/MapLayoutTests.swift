import Testing
import Wijknet
@testable import WijknetDiagrams
import WijknetGraphviz

/// The map's layout diagram (``Diagram/mapLayout(_:_:)``) against the partners view it is
/// built beside: the same partners styled the same, their places added, and only ties that
/// exist, thinned by the backbone without splitting a connected part.
@Suite("The map's layout diagram")
struct MapLayoutTests {
    /// The generated 760-actor log (seed 42): 94 partners with 768 ties among them, so more
    /// than 6 ties per drawn node once the places are added and the backbone applies.
    static var eco: Ecosystem { CurvedEdgesTimingTests.eco }

    static func parts(_ d: Diagram) -> Int {
        var parent = Dictionary(uniqueKeysWithValues: d.nodes.map { ($0.id, $0.id) })
        func root(_ x: String) -> String { var r = x; while parent[r]! != r { r = parent[r]! }; return r }
        for e in d.edges { parent[root(e.tail)] = root(e.head) }
        return Set(d.nodes.map { root($0.id) }).count
    }

    @Test func theMapIsThePartnersViewWithItsPlacesOnABackbone() throws {
        let eco = Self.eco
        let view = try Diagram.view(eco, ViewOptions(view: .partners))
        let map = try #require(try Diagram.mapLayout(eco, ViewOptions(view: .partners)))
        // Partners first, exactly as the view draws them, then their places.
        #expect(Array(map.nodes.prefix(view.nodes.count)) == view.nodes)
        let places = map.nodes.dropFirst(view.nodes.count)
        #expect(!places.isEmpty)
        for p in places {
            let v = Int(p.id.dropFirst())!
            #expect(eco.actors[v].kind == .place)
            #expect(view.nodes.contains { eco.graph.hasEdge(Int($0.id.dropFirst())!, v) }, "place \(p.id) is tied to a drawn partner")
        }
        // Each partner tie on the map is the view's, with its style; each other edge a real partner–place tie.
        let styled = Dictionary(uniqueKeysWithValues: view.edges.map { ("\($0.tail)-\($0.head)", $0.attributes) })
        var placeTies = 0
        for e in map.edges {
            if let attributes = styled["\(e.tail)-\(e.head)"] { #expect(e.attributes == attributes); continue }
            placeTies += 1
            #expect(e.attributes.isEmpty)
            #expect(eco.graph.hasEdge(Int(e.tail.dropFirst())!, Int(e.head.dropFirst())!))
        }
        // Thinned (more than 6 ties per node) …
        let allPlaceTies = places.reduce(0) { n, p in n + view.nodes.filter { eco.graph.hasEdge(Int($0.id.dropFirst())!, Int(p.id.dropFirst())!) }.count }
        #expect(view.edges.count + allPlaceTies > MapBackbone.keepPerNode * map.nodes.count)
        #expect(map.edges.count < view.edges.count + allPlaceTies)
        #expect(placeTies <= allPlaceTies)
        // … but what hangs together in the full map still does (the spanning forest).
        var full = map
        full.edges = view.edges
        for p in places { for n in view.nodes where eco.graph.hasEdge(Int(n.id.dropFirst())!, Int(p.id.dropFirst())!) { full.edges.append(DiagramEdge(tail: n.id, head: p.id)) } }
        #expect(Self.parts(map) == Self.parts(full))
        // Laid out without header or legend.
        #expect(map.title.isEmpty && map.subtitle.isEmpty && map.legend.isEmpty)
    }
}
