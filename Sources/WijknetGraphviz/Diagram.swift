/// A diagram as plain Swift values: what to draw, not how. Views produce these; ``Graphviz``
/// renders them. Arrays keep their order, so the same diagram always gives the same output.
public struct Diagram: Sendable, Equatable {
    public var name: String
    public var graphAttributes: [String: String]
    public var nodes: [DiagramNode]
    public var edges: [DiagramEdge]
    public var clusters: [DiagramCluster]
    /// Shown above the drawing with ``subtitle`` and the ``legend``, as one HTML-like table in the
    /// graph label (so the legend appears with every engine, clusters or not).
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

    /// The title, subtitle and legend as a Graphviz HTML-like label. Every piece of text is
    /// escaped (``escapeHTML(_:)``), so a title can never inject markup.
    public var headerHTML: String? {
        guard !title.isEmpty || !legend.isEmpty else { return nil }
        var rows = ""
        if !title.isEmpty { rows += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"20\"><B>\(escapeHTML(title))</B></FONT></TD></TR>" }
        if !subtitle.isEmpty { rows += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"12\" COLOR=\"#555555\">\(escapeHTML(subtitle))</FONT></TD></TR>" }
        for e in legend {
            let swatch = e.shape == "edge"
                ? "<TD WIDTH=\"18\" HEIGHT=\"4\" FIXEDSIZE=\"TRUE\"><FONT COLOR=\"\(escapeHTML(e.colour))\" POINT-SIZE=\"14\"><B>- -</B></FONT></TD>"
                : "<TD BGCOLOR=\"\(escapeHTML(e.colour))\" WIDTH=\"18\" HEIGHT=\"11\" FIXEDSIZE=\"TRUE\"\(e.shape == "circle" ? " STYLE=\"ROUNDED\"" : "")></TD>"
            rows += "<TR>\(swatch)<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\">\(escapeHTML(e.text))</FONT></TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">\(rows)</TABLE>"
    }

    /// A readable, canonical listing of the diagram in DOT syntax (attributes sorted, every
    /// string quoted and escaped) — what the snapshot tests compare. It is an export of the
    /// model, never parsed back into Graphviz; rendering always goes through the cgraph API.
    public func canonicalDOT() -> String {
        func q(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        func attrs(_ a: [String: String]) -> String {
            a.isEmpty ? "" : " [" + a.sorted { $0.key < $1.key }.map { "\($0.key)=\(q($0.value))" }.joined(separator: ", ") + "]"
        }
        var s = "graph \(q(name)) {\n"
        if let header = headerHTML { s += "  label=<\(header)>;\n" }
        for (k, v) in graphAttributes.sorted(by: { $0.key < $1.key }) { s += "  \(k)=\(q(v));\n" }
        let clustered = Set(clusters.flatMap(\.nodeIDs))
        for c in clusters {
            s += "  subgraph \(q("cluster_" + c.id)) {\n    label=\(q(c.label));\n"
            for (k, v) in c.attributes.sorted(by: { $0.key < $1.key }) { s += "    \(k)=\(q(v));\n" }
            for n in nodes where c.nodeIDs.contains(n.id) { s += "    \(q(n.id))\(attrs(n.attributes));\n" }
            s += "  }\n"
        }
        for n in nodes where !clustered.contains(n.id) { s += "  \(q(n.id))\(attrs(n.attributes));\n" }
        for e in edges { s += "  \(q(e.tail)) -- \(q(e.head))\(attrs(e.attributes));\n" }
        return s + "}\n"
    }
}

public struct DiagramNode: Sendable, Equatable {
    /// The diagram-internal id (never shown, never passed to Graphviz).
    public var id: String
    public var attributes: [String: String]
    public init(id: String, attributes: [String: String]) {
        self.id = id
        self.attributes = attributes
    }
}

public struct DiagramEdge: Sendable, Equatable {
    public var tail: String
    public var head: String
    public var attributes: [String: String]
    public init(tail: String, head: String, attributes: [String: String] = [:]) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }
}

public struct DiagramCluster: Sendable, Equatable {
    public var id: String
    public var label: String
    public var nodeIDs: [String]
    public var attributes: [String: String]
    public init(id: String, label: String, nodeIDs: [String], attributes: [String: String] = [:]) {
        self.id = id
        self.label = label
        self.nodeIDs = nodeIDs
        self.attributes = attributes
    }
}

/// One line of a diagram's legend: a colour swatch (`box`, `house`, `circle` or `edge`) and its meaning.
public struct LegendEntry: Sendable, Equatable {
    public var colour: String
    public var shape: String
    public var text: String
    public init(colour: String, shape: String, text: String) {
        self.colour = colour
        self.shape = shape
        self.text = text
    }
}

/// Escapes text for a Graphviz HTML-like label: `&`, `<`, `>`, `"`, `'` as entities.
public func escapeHTML(_ text: String) -> String {
    var out = ""
    for ch in text.unicodeScalars {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\n", "\r": out += "<BR/>"
        default: out.unicodeScalars.append(ch)
        }
    }
    return out
}
