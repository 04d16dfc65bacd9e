import Foundation
import Testing
import Wijknet
@testable import WijknetDiagrams
@testable import WijknetGraphviz
import WijknetTestSupport

/// Issue 25: the diagrams on a 1024×768 projector, read from what Graphviz itself laid out.
@Suite("Diagrams for the projector", .serialized)
struct ProjectorTests {
    /// A node or an edge label of a laid-out diagram, in points (Graphviz's `plain` output).
    struct Box { var x: Double, y: Double, w: Double, h: Double }

    /// Nodes (centre, width, height) and edge-label positions of `d` as Graphviz lays it out.
    static func plain(_ d: Diagram) throws -> (nodes: [Box], edgeLabels: [(text: String, x: Double, y: Double)]) {
        let text = try Graphviz.serialised {
            let document = try GraphvizDocument(d)
            try document.layout(try LayoutEngine.auto.resolved(for: d).rawValue)
            return String(decoding: try document.render("plain"), as: UTF8.self)
        }
        var nodes: [Box] = [], labels: [(String, Double, Double)] = []
        for line in text.split(separator: "\n") {
            let f = line.split(separator: " ").map(String.init)
            if f.first == "node", f.count > 5 {
                nodes.append(Box(x: Double(f[2])! * 72, y: Double(f[3])! * 72, w: Double(f[4])! * 72, h: Double(f[5])! * 72))
            } else if f.first == "edge", f.count > 3, let n = Int(f[3]), f.count > 4 + 2 * n + 2,
                      let x = Double(f[f.count - 4]), let y = Double(f[f.count - 3]) {
                // edge tail head n x1 y1 … xn yn [label xl yl] style color (a label may hold spaces)
                labels.append((f[(4 + 2 * n)..<(f.count - 4)].joined(separator: " "), x * 72, y * 72))
            }
        }
        return (nodes, labels)
    }

    /// No edge label reaches under a node (nodes are drawn over edges and their labels): the
    /// label's box — its characters at 0.55 em of 14 pt wide, 14 pt high, bold digits included —
    /// meets no node's box, or for the domains' circles, no circle.
    @Test("edge labels never under nodes", arguments: ["domains", "gaps"])
    func labelsAreNotUnderNodes(_ view: String) throws {
        let d = try Diagram.view(ViewTests.eco, view == "gaps" ? .gapsView(ViewTests.eco) : ViewOptions(view: View(parsing: view)!, lang: .nl))
        let (nodes, labels) = try Self.plain(d)
        #expect(!labels.isEmpty)
        let circles = view == "domains"
        for l in labels {
            let text = l.text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression).trimmingCharacters(in: CharacterSet(charactersIn: "\"<>"))
            let hw = Double(text.count) * 0.55 * 14 / 2, hh = 7.0
            for n in nodes {
                // The point of the label's box nearest the node's centre.
                let nx = min(max(n.x, l.x - hw), l.x + hw), ny = min(max(n.y, l.y - hh), l.y + hh)
                let under = circles ? ((nx - n.x) * (nx - n.x) + (ny - n.y) * (ny - n.y)).squareRoot() < n.w / 2
                                    : abs(nx - n.x) < n.w / 2 && abs(ny - n.y) < n.h / 2
                if under { Issue.record("\(view): label '\(text)' at (\(Int(l.x)), \(Int(l.y))) reaches under a node at (\(Int(n.x)), \(Int(n.y)))") }
            }
        }
    }

    /// The sample's gaps view fits 1024×768 CSS px (768 × 576 pt) with its partner labels at
    /// 12 px or more: 14 pt × Graphviz's scale × 4/3 px per pt.
    @Test func theGapsViewFitsAProjector() throws {
        let d = try Diagram.view(ViewTests.eco, .gapsView(ViewTests.eco))
        #expect(d.nodes.count < ViewTests.eco.nodes(ofKind: .partner).count)
        #expect(d.nodes.allSatisfy { $0.attributes["fontsize"] == "14" })
        let svg = String(decoding: try Graphviz.render(d), as: UTF8.self)
        func number(after key: String) -> Double? {
            guard let r = svg.range(of: key) else { return nil }
            return Double(svg[r.upperBound...].prefix { $0.isNumber || $0 == "." })
        }
        let width = try #require(number(after: "<svg width=\"")), height = try #require(number(after: "height=\""))
        let scale = try #require(number(after: "transform=\"scale("))
        #expect(width <= 768 && height <= 576, "\(width) × \(height) pt")
        #expect(14 * scale * 4 / 3 >= 12, "labels of \(14 * scale * 4 / 3) px")
    }

    /// The legend draws ties as they are drawn: solid; the dashed mark only for a pair without ties.
    @Test func theDomainsLegendMatchesTheMarks() throws {
        let d = try Diagram.view(ViewTests.eco, ViewOptions(view: .domains, lang: .nl))
        let dashed = d.edges.contains { $0.attributes["style"] == "dashed" }
        #expect(d.legend.first?.shape == "line")
        #expect(d.legend.contains { $0.shape == "edge" } == dashed)
        #expect(d.edges.filter { $0.attributes["style"] == nil }.allSatisfy { !$0.attributes["label"]!.isEmpty })
    }

    /// The hub's ego view is not the whole network again: the 20 partners and places with the
    /// heaviest ties to it (the sample's neighbourhood team is tied to all 41 other partners and
    /// 7 places), young people grouped as before, and the subtitle says so.
    @Test func theEgoViewOfAHubShowsItsHeaviestTies() throws {
        let eco = ViewTests.eco
        let hub = try #require(eco.node(forID: "p-0001"))
        let d = try Diagram.view(eco, ViewOptions(view: .ego("p-0001"), lang: .nl))
        let drawn = d.nodes.compactMap { $0.id.hasPrefix("a") ? Int($0.id.dropFirst()) : nil }.filter { $0 != hub }
        let neighbours = eco.graph.neighbors(hub).filter { eco.actors[$0].kind != .youth }
        #expect(neighbours.count == 48 && drawn.count == 20 && drawn.allSatisfy { eco.actors[$0].kind != .youth })
        var weight: [Int: Double] = [:]
        for s in eco.graph.slots(hub) { weight[Int(eco.graph.targets[s]), default: 0] += eco.graph.weights[s] }
        let lightestShown = drawn.map { weight[$0]! }.min()!
        #expect(neighbours.filter { !drawn.contains($0) }.allSatisfy { weight[$0]! <= lightestShown })
        #expect(d.subtitle.contains("de 20 partners en plekken met het meeste contact, van de 48"))
        #expect(d.nodes.contains { $0.id == "youth" })
        // A place's view keeps every neighbour.
        let place = try Diagram.view(eco, ViewOptions(view: .place("plek-002"), lang: .nl))
        #expect(!place.subtitle.contains("met het meeste contact"))
    }

    /// `Graphviz.layout` reads back the positions Graphviz gives the same diagram's DOT output
    /// (`pos="x,y"` in points, y upwards): every node, y flipped within the drawing's height,
    /// within 0.1 pt (`plain` writes inches to 4 decimals, DOT points to 2).
    @Test func theLayoutIsGraphvizsOwn() throws {
        var d = try Diagram.view(ViewTests.eco, ViewOptions(view: .partners, lang: .nl))
        d.graphAttributes["splines"] = "false"
        let layout = try Graphviz.layout(d)
        #expect(layout.positions.count == d.nodes.count && layout.width > 0 && layout.height > 0)
        let dot = String(decoding: try Graphviz.render(d, format: .dot), as: UTF8.self)
        for (i, node) in d.nodes.enumerated() {
            // The node's statement `n<i>\t[…pos="x,y"…]`.
            let start = try #require(dot.range(of: "\tn\(i)\t["))
            let pos = try #require(dot[start.upperBound...].range(of: "pos=\""))
            let xy = dot[pos.upperBound...].prefix { $0 != "\"" }.split(separator: ",").compactMap { Double($0) }
            let p = try #require(layout.positions[node.id])
            #expect(abs(p.x - xy[0]) < 0.1 && abs(p.y - (layout.height - xy[1])) < 0.1, "\(node.id): \(p) against \(xy)")
        }
        #expect(try Graphviz.layout(d) == layout)
    }

    /// Curves where they are cheap: by edges, not nodes.
    @Test func curvesDependOnEdges() {
        #expect(Diagram.curvesAreCheap(nodes: 42, edges: 130))
        #expect(!Diagram.curvesAreCheap(nodes: 93, edges: 768))
        #expect(!Diagram.curvesAreCheap(nodes: 500, edges: 10))
    }
}
