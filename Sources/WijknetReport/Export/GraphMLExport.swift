extension ExportGraph {
    /// GraphML (http://graphml.graphdrawing.org/xmlns) of the undirected ecosystem graph.
    ///
    /// Every attribute is a `<key>` with `attr.type` `double`, `int`, `boolean` or `string`, so
    /// networkx `read_graphml`, Gephi, igraph and yEd read numbers as numbers. Node key ids are
    /// `n0, n1, …` and edge key ids `e0, …` in column order; an undefined value (NaN, a missing
    /// organisation) has no `<data>` element. The graph's own keys `g0, …` (``graphAttributes``)
    /// say how the figures were computed (networkx: `G.graph["betweenness_method"]`). Edges have no id (networkx would load it as an
    /// attribute `id`).
    public func graphML() -> String { ChunkedText.whole { try graphML(to: &$0) } }

    /// ``graphML()`` written piece by piece to `out` (``ChunkedText``); the caller finishes it.
    public func graphML(to out: inout ChunkedText) throws {
        try out.append("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """)
        for (k, c) in Self.nodeColumns.enumerated() {
            try out.append("  <key id=\"n\(k)\" for=\"node\" attr.name=\"\(c.name)\" attr.type=\"\(c.type.rawValue)\"/>\n")
        }
        for (k, c) in Self.edgeColumns.enumerated() {
            try out.append("  <key id=\"e\(k)\" for=\"edge\" attr.name=\"\(c.name)\" attr.type=\"\(c.type.rawValue)\"/>\n")
        }
        for (k, a) in graphAttributes.enumerated() {
            try out.append("  <key id=\"g\(k)\" for=\"graph\" attr.name=\"\(a.name)\" attr.type=\"string\"/>\n")
        }
        try out.append("  <graph id=\"wijknet\" edgedefault=\"undirected\">\n")
        for (k, a) in graphAttributes.enumerated() { try out.append("    <data key=\"g\(k)\">\(xmlEscape(a.value))</data>\n") }
        for node in nodes {
            try out.append("    <node id=\"\(xmlEscape(node.id))\">\n")
            for (k, value) in node.values.enumerated() {
                if let value { try out.append("      <data key=\"n\(k)\">\(xmlEscape(value.text))</data>\n") }
            }
            try out.append("    </node>\n")
        }
        for e in edges {
            try out.append("    <edge source=\"\(xmlEscape(id(ofNode: e.u)))\" target=\"\(xmlEscape(id(ofNode: e.v)))\">\n")
            for (k, value) in edgeValues(e).enumerated() {
                if let value { try out.append("      <data key=\"e\(k)\">\(xmlEscape(value.text))</data>\n") }
            }
            try out.append("    </edge>\n")
        }
        try out.append("  </graph>\n</graphml>\n")
    }

    /// The values of `e` in ``edgeColumns`` order (`types` undefined when the edge has none).
    func edgeValues(_ e: Edge) -> [Value?] {
        [.double(e.weight), .int(e.contacts), e.first.isEmpty ? nil : .string(e.first), e.last.isEmpty ? nil : .string(e.last),
         e.types.isEmpty ? nil : .string(e.types)]
    }
}
