import Foundation

/// Where Graphviz put the nodes of a ``Diagram``: the positions only, for drawings Wijknet
/// makes itself (the report's interactive map, `MapSection`).
public struct DiagramLayout: Sendable, Equatable {
    /// A node's centre in points (1/72 inch), y growing downwards as on a page.
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }
    /// By ``DiagramNode/id``; every node of the diagram has one.
    public var positions: [String: Point]
    /// The drawing's size in points (Graphviz's bounding box, header included).
    public var width: Double
    public var height: Double
}

extension Graphviz {
    /// Lays `diagram` out with `engine` and reads the node positions back, without drawing.
    ///
    /// The layout is Graphviz's own (the engine ``LayoutEngine/resolved(for:)`` picks, seed 1),
    /// read from its `plain` output (`node n<i> x y …`, inches, y upwards; see the Graphviz
    /// documentation of the plain format), so the positions are those of the SVG of the same
    /// diagram. Edges are laid out straight (`splines=false`): routing curves costs more than the
    /// layout (see ``Diagram/view(_:_:)``) and moves no node.
    /// - Throws: ``GraphvizError`` as ``render(_:format:engine:)``, or of kind
    ///   ``GraphvizError/Kind/graphviz`` when the output lacks a node's line.
    /// - Complexity: that of the engine's layout, plus O(N) to read the positions.
    public static func layout(_ diagram: Diagram, engine: LayoutEngine = .auto) throws -> DiagramLayout {
        var straight = diagram
        straight.graphAttributes["splines"] = "false"
        let chosen = try engine.resolved(for: straight)
        try straight.validate()
        let plain = try serialised {
            let document = try GraphvizDocument(straight)
            try document.layout(chosen.rawValue)
            return try document.render("plain")
        }
        return try DiagramLayout(plain: String(decoding: plain, as: UTF8.self), diagram: straight)
    }
}

extension DiagramLayout {
    /// Reads Graphviz's `plain` output of `diagram` (nodes named `n0`, `n1`, … in array order,
    /// see ``GraphvizDocument``): `graph scale width height` and `node name x y …` lines, in
    /// inches with y upwards; positions become points with y downwards.
    init(plain: String, diagram: Diagram) throws {
        var width = 0.0, height = 0.0
        var found = [Point?](repeating: nil, count: diagram.nodes.count)
        for line in plain.split(whereSeparator: \.isNewline) {
            let f = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true)
            if f.count >= 4, f[0] == "graph", let w = Double(f[2]), let h = Double(f[3]) {
                width = w * 72; height = h * 72
            } else if f.count >= 4, f[0] == "node", f[1].hasPrefix("n"), let i = Int(f[1].dropFirst()),
                      found.indices.contains(i), let x = Double(f[2]), let y = Double(f[3]) {
                found[i] = Point(x: x * 72, y: y * 72)
            }
        }
        var positions: [String: Point] = [:]
        positions.reserveCapacity(found.count)
        for (i, p) in found.enumerated() {
            guard let p else {
                throw GraphvizError(kind: .graphviz, operation: "layout", message: "Graphviz gave no position for node '\(diagram.nodes[i].id)'")
            }
            positions[diagram.nodes[i].id] = Point(x: p.x, y: height - p.y)
        }
        self.init(positions: positions, width: width, height: height)
    }
}
