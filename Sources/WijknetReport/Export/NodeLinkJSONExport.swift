extension ExportGraph {
    /// networkx's node-link JSON: `{"directed": false, "multigraph": false, "graph": {"betweenness_method": …, "closeness_method": …},
    /// "nodes": [{"id": …, …}], "edges": [{"source": …, "target": …, …}]}`.
    ///
    /// The edge list is under `"edges"`: the key networkx 3.6 `node_link_graph(data)` reads
    /// without arguments; 3.4 and 3.5 need `edges="edges"`, 3.3 `link="edges"` (checked with
    /// `scripts/check-networkx-versions`). Undefined values (NaN, a missing
    /// organisation) are left out of the object, never written as `NaN` or `null`. One node or
    /// edge per line, keys in column order.
    public func nodeLinkJSON() -> String { ChunkedText.whole { try nodeLinkJSON(to: &$0) } }

    /// ``nodeLinkJSON()`` written piece by piece to `out` (``ChunkedText``); the caller finishes it.
    public func nodeLinkJSON(to out: inout ChunkedText) throws {
        let graph = graphAttributes.map { "\(jsonString($0.name)): \(jsonString($0.value))" }.joined(separator: ", ")
        try out.append("{\"directed\": false, \"multigraph\": false, \"graph\": {\(graph)},\n \"nodes\": [\n")
        for (i, node) in nodes.enumerated() {
            try out.append("  {\"id\": \(jsonString(node.id))")
            for (k, value) in node.values.enumerated() {
                if let value { try out.append(", \(jsonString(Self.nodeColumns[k].name)): \(jsonValue(value))") }
            }
            try out.append(i + 1 < nodes.count ? "},\n" : "}\n")
        }
        try out.append(" ],\n \"edges\": [\n")
        for (i, e) in edges.enumerated() {
            try out.append("  {\"source\": \(jsonString(id(ofNode: e.u))), \"target\": \(jsonString(id(ofNode: e.v)))")
            for (k, value) in edgeValues(e).enumerated() {
                if let value { try out.append(", \(jsonString(Self.edgeColumns[k].name)): \(jsonValue(value))") }
            }
            try out.append(i + 1 < edges.count ? "},\n" : "}\n")
        }
        try out.append(" ]}\n")
    }
}

/// A JSON number, boolean or string for `value` (only finite doubles reach here).
private func jsonValue(_ value: ExportGraph.Value) -> String {
    if case .string(let t) = value { return jsonString(t) }
    return value.text
}

/// `s` as a JSON string literal: `"` and `\` escaped, control characters as `\uXXXX`. With
/// `inScript`, also `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes, so the text is safe inside
/// an HTML `<script>` element and in any JavaScript parser (the report's map data).
func jsonString(_ s: String, inScript: Bool = false) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if u.value < 0x20 || (inScript && (u == "<" || u == ">" || u == "&" || u.value == 0x2028 || u.value == 0x2029)) {
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out + "\""
}
