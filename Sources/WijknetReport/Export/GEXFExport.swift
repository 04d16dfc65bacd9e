import Wijknet

extension ExportGraph {
    /// GEXF 1.3 (namespace `http://gexf.net/1.3`) with a timeline, for Gephi.
    ///
    /// The graph is `mode="dynamic"`, `timeformat="date"`, `defaultedgetype="undirected"`. Node
    /// attributes are declared in `<attributes class="node" mode="static">` with GEXF types
    /// (`double`, `integer`, `boolean`, `string`; ids `0, 1, …` in column order) and given as
    /// `<attvalues>`; undefined values are left out. Each edge carries its summed weight in
    /// `weight`, its other attributes (contacts, first, last, types) as static edge attributes,
    /// and one `<spell start="D" end="D"/>` per day with a contact on it (`days`, from
    /// ``Wijknet/Ecosystem/contactDays()``), so Gephi's timeline shows when each tie was active.
    /// GEXF has no graph attributes: how the figures were computed (``graphAttributes``) is in
    /// `<meta><description>` and in the node attributes `betweenness_method`, `closeness_method`.
    public func gexf(days: ContactDays) -> String { ChunkedText.whole { try gexf(days: days, to: &$0) } }

    /// ``gexf(days:)`` written piece by piece to `out` (``ChunkedText``); the caller finishes it.
    public func gexf(days: ContactDays, to out: inout ChunkedText) throws {
        precondition(days.offsets.count == edges.count + 1, "the contact days are of another ecosystem")
        try out.append("""
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>wijknet</creator>
            <description>Ecosystem graph: actors as nodes, contacts as ties; \(xmlEscape(graphAttributes.map { "\($0.name) \($0.value)" }.joined(separator: "; ")))</description>
          </meta>
          <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">
            <attributes class="node" mode="static">

        """)
        for (k, c) in Self.nodeColumns.enumerated() {
            try out.append("      <attribute id=\"\(k)\" title=\"\(c.name)\" type=\"\(c.type.gexf)\"/>\n")
        }
        try out.append("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n")
        let edgeColumns = Self.edgeColumns.dropFirst()   // the weight is GEXF's own `weight`
        for (k, c) in edgeColumns.enumerated() {
            try out.append("      <attribute id=\"\(k)\" title=\"\(c.name)\" type=\"\(c.type.gexf)\"/>\n")
        }
        try out.append("    </attributes>\n    <nodes>\n")
        for node in nodes {
            let label = node.values[0].map(\.text) ?? node.id
            try out.append("      <node id=\"\(xmlEscape(node.id))\" label=\"\(xmlEscape(label))\">\n        <attvalues>\n")
            for (k, value) in node.values.enumerated() {
                if let value { try out.append("          <attvalue for=\"\(k)\" value=\"\(xmlEscape(value.text))\"/>\n") }
            }
            try out.append("        </attvalues>\n      </node>\n")
        }
        try out.append("    </nodes>\n    <edges>\n")
        for (i, e) in edges.enumerated() {
            try out.append("      <edge id=\"e\(i)\" source=\"\(xmlEscape(id(ofNode: e.u)))\" target=\"\(xmlEscape(id(ofNode: e.v)))\" weight=\"\(e.weight)\">\n        <attvalues>\n")
            for (k, value) in edgeValues(e).dropFirst().enumerated() {
                if let value { try out.append("          <attvalue for=\"\(k)\" value=\"\(xmlEscape(value.text))\"/>\n") }
            }
            try out.append("        </attvalues>\n")
            if !e.first.isEmpty {   // no spells without dates (an imported graph)
                try out.append("        <spells>\n")
                for day in days.days(ofEdge: e.id) {
                    let d = Calendar.isoDate(Int(day))
                    try out.append("          <spell start=\"\(d)\" end=\"\(d)\"/>\n")
                }
                try out.append("        </spells>\n")
            }
            try out.append("      </edge>\n")
        }
        try out.append("    </edges>\n  </graph>\n</gexf>\n")
    }
}
