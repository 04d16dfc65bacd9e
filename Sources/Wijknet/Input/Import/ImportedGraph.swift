import Foundation

/// A graph read from another tool's file — GraphML, GEXF, node-link JSON or a Kumu workbook —
/// before it becomes a ``ContactLog``: its nodes with their attributes and its edges, each
/// with the line (or workbook row) it stands on.
///
/// It enters Wijknet through the readers of the contact log and the actors file
/// (``ContactLogReader``): the nodes as an actors file (``nodeTable(mapping:)``: attributes named
/// as the actors file's columns — `kind`, `domain`, `organisation`, `neighbourhood`, `ordinary`,
/// `municipality`, `name` or else `label` — or as `--actor-columns` maps them), the edges as a log
/// without dates (``edgeTable()``: `source`, `target`, `weight`, `type`). So every rule of those
/// files holds for an import too: kinds, domains, weights, privacy (a young person's id is never
/// quoted in a message), and errors name the file and the line of the node or edge.
struct ImportedGraph {
    /// The format, for notes: `GraphML`, `GEXF`, `node-link JSON`, `Kumu`.
    var format: String
    /// Node attribute names in the order they were declared or first seen.
    var attributes: [String] = []
    var nodes: [Node] = []
    var edges: [Edge] = []
    /// `true` when the file said its edges are directed: Wijknet reads every tie undirected.
    var directed = false
    /// Where the node and edge tables come from within a workbook (Kumu): their sheets.
    var nodeSheet: String? = nil, edgeSheet: String? = nil
    /// The line of the element that declared the nodes and the edges (for the header records).
    var nodesLine = 1, edgesLine = 1

    struct Node {
        var line: Int
        var id: String
        var values: [String: String] = [:]
    }

    struct Edge {
        var line: Int
        var source: String
        var target: String
        var weight: String? = nil
        var type: String? = nil
    }

    /// The header names the actors reader knows, English and Dutch (``ColumnMapping/File/actors``).
    private static let actorNames = Set(ColumnMapping.File.actors.names + ColumnMapping.File.actors.dutchNames + ["type", "organization", "neighborhood", "buurt"])

    /// The node attributes that the actors reader would read: those named as its columns, and
    /// those `mapping` (`--actor-columns`) names; `label` stands in for `name` when there is none.
    func usedAttributes(mapping: ColumnMapping?) -> [String] {
        let mapped = Set((mapping?.headers.values).map { $0.map { $0.lowercased() } } ?? [])
        let hasName = attributes.contains { ["name", "naam"].contains($0.lowercased()) } || mapping?.headers["name"] != nil
        return attributes.filter { a in
            let l = a.lowercased()
            guard l != "id" else { return false }
            return Self.actorNames.contains(l) || mapped.contains(l) || (l == "label" && !hasName)
        }
    }

    /// The nodes as an actors file, or `nil` when no node has an attribute the actors reader
    /// uses (then every node is an actor only through its edges, as an id of a plain log is).
    func nodeTable(mapping: ColumnMapping?) -> TableSource? {
        let used = usedAttributes(mapping: mapping)
        guard !used.isEmpty else { return nil }
        let header = ["id"] + used.map { $0.lowercased() == "label" && mapping?.headers["name"] == nil ? "name" : $0 }
        let rows = nodes.map { n in TableSource.Row(line: n.line, cells: [n.id] + used.map { n.values[$0] ?? "" }) }
        return TableSource(header: header, headerLine: nodesLine, rows: rows, sheet: nodeSheet)
    }

    /// The edges as a log without dates: `source`, `target`, `weight`, `type`.
    func edgeTable() -> TableSource {
        let rows = edges.map { e in TableSource.Row(line: e.line, cells: [e.source, e.target, e.weight ?? "", e.type ?? ""]) }
        return TableSource(header: ["source", "target", "weight", "type"], headerLine: edgesLine, rows: rows, sheet: edgeSheet)
    }

    /// Adds `name` to ``attributes`` when it is new.
    mutating func declare(_ name: String) {
        if !attributes.contains(name) { attributes.append(name) }
    }
}

/// `true` when a file of this name is read as a graph (GraphML, GEXF, node-link JSON) by its
/// name alone: what `wijknet serve` needs to know of an upload before it looks at the bytes
/// (no CSV header to check or show). A Kumu workbook is an `.xlsx`, which is not a CSV either.
public func isGraphFileName(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".graphml") || lower.hasSuffix(".gexf") || lower.hasSuffix(".json")
}

/// The graph formats a log may be instead of a contact log, by file name and content.
enum GraphFileFormat {
    case graphML, gexf, nodeLinkJSON, kumu

    /// The format of the file at `path`, or `nil` for a contact log (CSV, or a workbook without
    /// Kumu's `Elements` and `Connections` sheets).
    ///
    /// `.graphml` and `.gexf` by name; `.xml` and names without these by their first kilobyte
    /// (`<graphml`, `<gexf`); `.json` always node-link JSON; `.xlsx` is Kumu when it has a
    /// sheet `Connections` and no `--sheet` was given.
    static func of(path: String, displayName: String, sheet: String?) -> GraphFileFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".graphml") { return .graphML }
        if lower.hasSuffix(".gexf") { return .gexf }
        if lower.hasSuffix(".json") { return .nodeLinkJSON }   // the three of isGraphFileName(_:)
        if lower.hasSuffix(".xlsx") {
            guard sheet == nil else { return nil }
            return (try? WorkbookSource(path: path, displayName: displayName, sheet: KumuImport.connectionsSheet)) != nil ? .kumu : nil
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 1024), as: UTF8.self).lowercased()
        guard head.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace }).hasPrefix("<") else { return nil }
        if head.contains("<graphml") { return .graphML }
        if head.contains("<gexf") { return .gexf }
        return nil
    }

    /// Reads the file as this format.
    func read(path: String, displayName: String, nodeMapping: ColumnMapping?) throws -> ImportedGraph {
        switch self {
        case .graphML: try GraphMLImport.read(path: path, displayName: displayName)
        case .gexf: try GEXFImport.read(path: path, displayName: displayName)
        case .nodeLinkJSON: try NodeLinkJSONImport.read(path: path, displayName: displayName)
        case .kumu: try KumuImport.read(path: path, displayName: displayName, mapping: nodeMapping)
        }
    }
}

/// The bytes of an import file, or the ``WijknetError/io(path:reason:)`` that says why not.
func importBytes(_ path: String, _ displayName: String) throws -> Data {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw WijknetError.io(path: displayName, reason: .cannotOpen(SystemError(FileManager.default.fileExists(atPath: path) ? EACCES : ENOENT)))
    }
    return data
}
