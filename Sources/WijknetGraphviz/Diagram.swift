/// A diagram as plain Swift values: what to draw, not how.
///
/// The views of `WijknetDiagrams` produce these (pure Swift, snapshot-testable with
/// ``canonicalDOT()``); ``Graphviz`` is the only code that turns them into C objects.
/// Everything is an ordered array, and the renderer builds objects in array order (attributes
/// in key order), so the same diagram always gives the same drawing.
///
/// Ids (`DiagramNode.id`, the endpoints of edges, `DiagramCluster.id`) are the diagram's own
/// and never reach Graphviz: nodes are created as `n0`, `n1`, … and clusters as `cluster_0`,
/// `cluster_1`, … in array order.
///
/// Attribute values are Graphviz attribute values. In the text attributes
/// (``Diagram/textAttributes``: `label`, `xlabel`, `tooltip`, …) the value is literal text — the
/// renderer applies ``escapeLabel(_:)`` or ``escapeTooltip(_:)``, so `\N` stays `\N`, `&amp;`
/// stays `&amp;` and a newline is a line break. Other attributes (`color`, `shape`,
/// `penwidth`, …) are passed as they are.
public struct Diagram: Sendable, Equatable {
    /// The graph's name (SVG `<title>` of the graph, first line of DOT output).
    public var name: String
    /// Graph attributes. `layout` names the engine this diagram prefers (honoured by
    /// ``LayoutEngine/auto`` only); `start` defaults to `1` (fixed layout seed).
    public var graphAttributes: [String: String]
    public var nodes: [DiagramNode]
    public var edges: [DiagramEdge]
    /// Flat clusters; a node belongs to at most one.
    public var clusters: [DiagramCluster]
    /// Shown above the drawing with ``title`` and ``subtitle``, as one HTML-like table in the
    /// graph label (see ``headerHTML``), so it appears with every engine, clusters or not.
    public var legend: [LegendEntry]
    public var title: String
    public var subtitle: String

    public init(name: String, graphAttributes: [String: String] = [:], nodes: [DiagramNode] = [],
                edges: [DiagramEdge] = [], clusters: [DiagramCluster] = [], legend: [LegendEntry] = [],
                title: String = "", subtitle: String = "") {
        self.name = name
        self.graphAttributes = graphAttributes
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.legend = legend
        self.title = title
        self.subtitle = subtitle
    }

    /// Attributes whose values are literal label text (escaped with ``escapeLabel(_:)`` when rendered).
    public static let labelAttributes: Set<String> = ["label", "xlabel", "headlabel", "taillabel"]
    /// Attributes whose values are literal tooltip text (escaped with ``escapeTooltip(_:)``).
    public static let tooltipAttributes: Set<String> = ["tooltip", "edgetooltip", "labeltooltip", "headtooltip", "tailtooltip"]
    /// All attributes whose values are literal text: ``labelAttributes`` and ``tooltipAttributes``.
    public static var textAttributes: Set<String> { labelAttributes.union(tooltipAttributes) }

    /// Checks what Graphviz would otherwise get silently wrong.
    ///
    /// A diagram is valid when node ids are unique; every edge endpoint and every cluster member
    /// is a node of the diagram; cluster ids are unique and each node is in at most one cluster;
    /// attribute names are non-empty; no name or value contains NUL (C strings would cut it); and
    /// `start`, when given, fixes the layout seed (`random` without a number is seeded from the
    /// clock, so it is refused).
    /// - Throws: ``GraphvizError`` of kind ``GraphvizError/Kind/invalidDiagram`` naming the
    ///   first problem found.
    /// - Complexity: O(N + E + C + A) for nodes, edges, cluster memberships and attributes.
    public func validate() throws {
        func fail(_ message: String) -> GraphvizError { GraphvizError(kind: .invalidDiagram, operation: "diagram", message: message) }
        func checkAttributes(_ attributes: [String: String], of what: @autoclosure () -> String) throws {
            for (k, v) in attributes {
                if k.isEmpty { throw fail("\(what()) has an attribute with an empty name") }
                if k.utf8.contains(0) || v.utf8.contains(0) { throw fail("attribute '\(k)' of \(what()) contains a NUL character") }
            }
        }
        try checkAttributes(graphAttributes, of: "the graph")
        if let start = graphAttributes["start"], !Self.startIsSeeded(start) {
            throw fail("start='\(start)' seeds the layout from the clock; give a number (start=1) so output is reproducible")
        }
        var index: [String: Int] = [:]
        index.reserveCapacity(nodes.count)
        for (i, node) in nodes.enumerated() {
            if index.updateValue(i, forKey: node.id) != nil { throw fail("node id '\(node.id)' appears twice") }
            try checkAttributes(node.attributes, of: "node '\(node.id)'")
        }
        for edge in edges {
            for end in [edge.tail, edge.head] where index[end] == nil {
                throw fail("edge \(edge.tail) -- \(edge.head) names '\(end)', which is not a node of the diagram")
            }
            try checkAttributes(edge.attributes, of: "edge \(edge.tail) -- \(edge.head)")
        }
        var clusterIDs = Set<String>()
        var clusterOf: [String: String] = [:]
        for cluster in clusters {
            if !clusterIDs.insert(cluster.id).inserted { throw fail("cluster id '\(cluster.id)' appears twice") }
            if cluster.id.utf8.contains(0) { throw fail("cluster id contains a NUL character") }
            try checkAttributes(cluster.attributes, of: "cluster '\(cluster.id)'")
            for id in cluster.nodeIDs {
                if index[id] == nil { throw fail("cluster '\(cluster.id)' lists '\(id)', which is not a node of the diagram") }
                if let other = clusterOf.updateValue(cluster.id, forKey: id) {
                    throw fail("node '\(id)' is in two clusters ('\(other)' and '\(cluster.id)')")
                }
            }
        }
    }

    /// Whether a `start` value gives a reproducible layout: a style (`regular`, `self`,
    /// `random`) followed by a positive integer seed, or `regular`/`self` alone, or a number.
    static func startIsSeeded(_ value: String) -> Bool {
        var rest = Substring(value)
        var style = ""
        for s in ["regular", "self", "random"] where rest.hasPrefix(s) { style = s; rest = rest.dropFirst(s.count); break }
        if rest.isEmpty { return style != "random" }
        guard let seed = Int(rest) else { return false }
        return seed > 0
    }

    /// A readable, canonical listing of the diagram in DOT-like syntax (attributes sorted, every
    /// value quoted, backslashes doubled, newlines as `\n`) — what the view snapshot tests
    /// compare. It is an export of the *model*, with the diagram's own ids, and is never parsed:
    /// rendering always goes through the cgraph API, and a value ending in a backslash is not
    /// valid DOT. Graphviz's own DOT comes from ``Graphviz/render(_:format:engine:)`` with
    /// ``DiagramFormat/dot``.
    /// - Complexity: O(size of the diagram + C·N) for C clusters.
    public func canonicalDOT() -> String {
        func q(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        func attrs(_ a: [String: String], bold: Bool = false) -> String {
            func value(_ k: String, _ v: String) -> String { bold && k == "label" ? "<\(Self.boldHTML(v))>" : q(v) }
            return a.isEmpty ? "" : " [" + a.sorted { $0.key < $1.key }.map { "\($0.key)=\(value($0.key, $0.value))" }.joined(separator: ", ") + "]"
        }
        var s = "graph \(q(name)) {\n"
        if let header = headerHTML { s += "  label=<\(header)>;\n" }
        for (k, v) in graphAttributes.sorted(by: { $0.key < $1.key }) { s += "  \(k)=\(q(v));\n" }
        let clustered = Set(clusters.flatMap(\.nodeIDs))
        for c in clusters {
            s += "  subgraph \(q("cluster_" + c.id)) {\n    label=\(q(c.label));\n"
            for (k, v) in c.attributes.sorted(by: { $0.key < $1.key }) { s += "    \(k)=\(q(v));\n" }
            let members = Set(c.nodeIDs)
            for n in nodes where members.contains(n.id) { s += "    \(q(n.id))\(attrs(n.attributes, bold: n.boldLabel));\n" }
            s += "  }\n"
        }
        for n in nodes where !clustered.contains(n.id) { s += "  \(q(n.id))\(attrs(n.attributes, bold: n.boldLabel));\n" }
        for e in edges { s += "  \(q(e.tail)) -- \(q(e.head))\(attrs(e.attributes, bold: e.boldLabel));\n" }
        return s + "}\n"
    }
}

extension Diagram {
    /// A bold label as the HTML-like text Graphviz gets: `<B>` around ``escapeHTML(_:)`` of
    /// `text` (line breaks become `<BR/>`).
    static func boldHTML(_ text: String) -> String { "<B>" + escapeHTML(text) + "</B>" }
}

/// A node of a ``Diagram``.
public struct DiagramNode: Sendable, Equatable {
    /// The diagram-internal id (unique in the diagram; never shown, never passed to Graphviz).
    public var id: String
    /// Graphviz node attributes; a node without `label` is drawn without text.
    public var attributes: [String: String]
    /// Draws `label` in bold: the renderer passes it as the HTML-like label `<B>…</B>` (text
    /// through ``escapeHTML(_:)``), the one way to bold that reaches SVG as `font-weight`
    /// (see ``Typeface``).
    public var boldLabel: Bool
    public init(id: String, attributes: [String: String], boldLabel: Bool = false) {
        self.id = id
        self.attributes = attributes
        self.boldLabel = boldLabel
    }
}

/// An undirected edge of a ``Diagram``; parallel edges and loops are drawn as given.
public struct DiagramEdge: Sendable, Equatable {
    /// Id of one end (a ``DiagramNode/id``).
    public var tail: String
    /// Id of the other end.
    public var head: String
    public var attributes: [String: String]
    /// Draws `label` in bold, as ``DiagramNode/boldLabel``.
    public var boldLabel: Bool
    public init(tail: String, head: String, attributes: [String: String] = [:], boldLabel: Bool = false) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
        self.boldLabel = boldLabel
    }
}

/// A cluster (Graphviz subgraph `cluster_<index>`): a labelled box around some nodes.
/// Drawn as a box by `dot` and `fdp`; other engines ignore clusters.
public struct DiagramCluster: Sendable, Equatable {
    /// Unique among the diagram's clusters.
    public var id: String
    /// Literal text (escaped with ``escapeLabel(_:)``).
    public var label: String
    /// Ids of the member nodes; a node is in at most one cluster.
    public var nodeIDs: [String]
    public var attributes: [String: String]
    public init(id: String, label: String, nodeIDs: [String], attributes: [String: String] = [:]) {
        self.id = id
        self.label = label
        self.nodeIDs = nodeIDs
        self.attributes = attributes
    }
}
