extension ExportGraph {
    /// GraphML (http://graphml.graphdrawing.org/xmlns) of the undirected ecosystem graph.
    ///
    /// Every attribute is a `<key>` with `attr.type` `double`, `int`, `boolean` or `string`, so
    /// networkx `read_graphml`, Gephi, igraph and yEd read numbers as numbers. Node key ids are
    /// `n0, n1, …` and edge key ids `e0, …` in column order; an undefined value (NaN, a missing
    /// organisation) has no `<data>` element. The graph's own keys `g0, …` (``graphAttributes``)
    /// say how the figures were computed (networkx: `G.graph["betweenness_method"]`). Edges have no id (networkx would load it as an
    /// attribute `id`).
    public func graphML() -> String {
        var s = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for (k, c) in Self.nodeColumns.enumerated() {
            s += "  <key id=\"n\(k)\" for=\"node\" attr.name=\"\(c.name)\" attr.type=\"\(c.type.rawValue)\"/>\n"
        }
        for (k, c) in Self.edgeColumns.enumerated() {
            s += "  <key id=\"e\(k)\" for=\"edge\" attr.name=\"\(c.name)\" attr.type=\"\(c.type.rawValue)\"/>\n"
        }
        for (k, a) in graphAttributes.enumerated() {
            s += "  <key id=\"g\(k)\" for=\"graph\" attr.name=\"\(a.name)\" attr.type=\"string\"/>\n"
        }
        s += "  <graph id=\"wijknet\" edgedefault=\"undirected\">\n"
        for (k, a) in graphAttributes.enumerated() { s += "    <data key=\"g\(k)\">\(xmlEscape(a.value))</data>\n" }
        for node in nodes {
            s += "    <node id=\"\(xmlEscape(node.id))\">\n"
            for (k, value) in node.values.enumerated() {
                if let value { s += "      <data key=\"n\(k)\">\(xmlEscape(value.text))</data>\n" }
            }
            s += "    </node>\n"
        }
        for e in edges {
            s += "    <edge source=\"\(xmlEscape(nodes[e.u].id))\" target=\"\(xmlEscape(nodes[e.v].id))\">\n"
            for (k, value) in edgeValues(e).enumerated() {
                if let value { s += "      <data key=\"e\(k)\">\(xmlEscape(value.text))</data>\n" }
            }
            s += "    </edge>\n"
        }
        s += "  </graph>\n</graphml>\n"
        return s
    }

    /// The values of `e` in ``edgeColumns`` order (`types` undefined when the edge has none).
    func edgeValues(_ e: Edge) -> [Value?] {
        [.double(e.weight), .int(e.contacts), e.first.isEmpty ? nil : .string(e.first), e.last.isEmpty ? nil : .string(e.last),
         e.types.isEmpty ? nil : .string(e.types)]
    }
}
