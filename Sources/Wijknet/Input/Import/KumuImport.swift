import WijknetIngest

/// Reads a Kumu workbook (https://docs.kumu.io, "Import from Excel"): the sheet `Elements` (one
/// row per element: `Label`, optionally `ID`, `Type`, `Description`, `Tags` and fields of your
/// own) and the sheet `Connections` (`From`, `To`, optionally `Type`, `Direction`, `Strength`
/// or `Weight`) — into an ``ImportedGraph``.
///
/// An element's id is its `ID` when the sheet has that column, else its `Label` (Kumu's own rule:
/// connections name elements by label unless ids are given). Its other cells are its attributes:
/// `Type` is read as the kind (partner, place, youth — or map another column with
/// `--actor-columns kind=…`), `Label` as the name. A connection's `Strength` (else `Weight`) is
/// the tie's weight, its `Type` the contact type; `Direction` is not read (ties are undirected).
/// Errors name the workbook, the sheet and the row (`kaart.xlsx:Connections!A7`).
/// - Complexity: `O(workbook size)`.
enum KumuImport {
    static let elementsSheet = "Elements"
    static let connectionsSheet = "Connections"

    static func read(path: String, displayName: String, mapping: ColumnMapping?) throws -> ImportedGraph {
        var g = ImportedGraph(format: "Kumu")
        let (elementHeader, elements, elementsLine, elementsName) = try sheet(path, displayName, elementsSheet)
        let (connectionHeader, connections, connectionsLine, connectionsName) = try sheet(path, displayName, connectionsSheet)
        g.nodeSheet = elementsName; g.edgeSheet = connectionsName
        g.nodesLine = elementsLine; g.edgesLine = connectionsLine
        func index(_ header: [String], _ names: [String]) -> Int? {
            header.firstIndex { names.contains($0.lowercased()) }
        }
        let label = index(elementHeader, ["label"]), idColumn = index(elementHeader, ["id"]) ?? label
        guard let idColumn else {
            throw WijknetError.input(InputIssue(file: displayName, line: elementsLine, column: 1, problem: .kumuWithoutLabel(sheet: elementsName)).onSheet(elementsName))
        }
        for (k, h) in elementHeader.enumerated() where k != idColumn && !h.isEmpty { g.declare(h) }
        for row in elements {
            var node = ImportedGraph.Node(line: row.line, id: row.cells[idColumn])
            for (k, h) in elementHeader.enumerated() where k != idColumn && !h.isEmpty && !row.cells[k].isEmpty { node.values[h] = row.cells[k] }
            g.nodes.append(node)
        }
        guard let from = index(connectionHeader, ["from"]), let to = index(connectionHeader, ["to"]) else {
            throw WijknetError.input(InputIssue(file: displayName, line: connectionsLine, column: 1, problem: .kumuWithoutFromTo(sheet: connectionsName)).onSheet(connectionsName))
        }
        let weight = index(connectionHeader, ["strength"]) ?? index(connectionHeader, ["weight", "gewicht"])
        let type = index(connectionHeader, ["type", "connection type", "soort"])
        for row in connections {
            g.edges.append(ImportedGraph.Edge(line: row.line, source: row.cells[from], target: row.cells[to],
                                              weight: weight.map { row.cells[$0] }, type: type.map { row.cells[$0] }))
        }
        return g
    }

    /// The header and rows of one sheet (cells padded to the header's width), the header's row
    /// number and the sheet's name as the workbook writes it.
    private static func sheet(_ path: String, _ displayName: String, _ name: String) throws
        -> (header: [String], rows: [TableSource.Row], headerLine: Int, name: String) {
        let reader = try WorkbookSource(path: path, displayName: displayName, sheet: name)
        var header: [String]? = nil, headerLine = 1
        var rows: [TableSource.Row] = []
        try reader.forEachRecord(onMalformed: { throw WijknetError.input($0) }) { rec in
            let cells = (0..<rec.count).map { rec.string($0) }
            if header == nil { header = cells; headerLine = rec.line; return }
            let width = header!.count
            rows.append(TableSource.Row(line: rec.line, cells: cells.count >= width ? Array(cells.prefix(width)) : cells + Array(repeating: "", count: width - cells.count)))
        }
        return (header ?? [], rows, headerLine, reader.sheetName ?? name)
    }
}
