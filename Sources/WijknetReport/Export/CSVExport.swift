extension ExportGraph {
    /// The header of `edges.csv`.
    public static let edgesCSVColumns = ["src", "dst", "weight", "contacts", "first", "last", "types"]

    /// The header of `nodes.csv`: `id`, then ``nodeColumns``.
    public static var nodesCSVColumns: [String] { ["id"] + nodeColumns.map(\.name) }

    /// `nodes.csv`: one row per node, `id` first, then ``nodeColumns``; undefined values empty,
    /// booleans `true`/`false`, text through ``csvEscape(_:)``.
    public func nodesCSV() -> String { ChunkedText.whole { try nodesCSV(to: &$0) } }

    /// ``nodesCSV()`` written piece by piece to `out` (``ChunkedText``); the caller finishes it.
    public func nodesCSV(to out: inout ChunkedText) throws {
        try out.append(Self.nodesCSVColumns.joined(separator: ",") + "\n")
        for node in nodes {
            try out.append(([csvEscape(node.id)] + node.values.map(csvCell)).joined(separator: ",") + "\n")
        }
    }

    /// `edges.csv`: `src,dst,weight,contacts,first,last,types` with export ids as endpoints and
    /// contact types `;`-joined.
    public func edgesCSV() -> String { ChunkedText.whole { try edgesCSV(to: &$0) } }

    /// ``edgesCSV()`` written piece by piece to `out` (``ChunkedText``); the caller finishes it.
    public func edgesCSV(to out: inout ChunkedText) throws {
        try out.append(Self.edgesCSVColumns.joined(separator: ",") + "\n")
        for e in edges {
            try out.append(([csvEscape(id(ofNode: e.u)), csvEscape(id(ofNode: e.v))] + edgeValues(e).map(csvCell)).joined(separator: ",") + "\n")
        }
    }
}

/// A CSV cell: empty when undefined, numbers as in `analyse --format csv`, text through ``csvEscape(_:)``.
private func csvCell(_ value: ExportGraph.Value?) -> String {
    switch value {
    case nil: ""
    case .string(let t): csvEscape(t)
    case .double(let x): Format.csvNumber(x)
    case let v?: v.text
    }
}
