import WijknetIngest

/// Rows of text made in memory — the nodes or the edges of an imported graph (``ImportedGraph``)
/// — handed to the log and actors readers as a CSV file would hand them: a header record, then
/// one record per row, each carrying the line of the source file it came from, so a problem
/// names the line of the node or edge in the GraphML, GEXF or JSON file.
struct TableSource: RecordSource {
    /// One row: the line of the source file and one text per header column.
    struct Row {
        var line: Int
        var cells: [String]
    }

    let sheetName: String?
    let header: [String]
    /// The line of the header record (the line that declared the table, or 1).
    let headerLine: Int
    let rows: [Row]

    init(header: [String], headerLine: Int = 1, rows: [Row], sheet: String? = nil) {
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        self.sheetName = sheet
    }

    /// Every cell is column 1 of its line: the source's line locates a node or edge, its column
    /// would only point into markup.
    func forEachRecord(onMalformed: (InputIssue) throws -> Void, _ body: (CSVReader.Record) throws -> Void) throws {
        try record(line: headerLine, header, body)
        for row in rows { try record(line: row.line, row.cells, body) }
    }

    private func record(line: Int, _ cells: [String], _ body: (CSVReader.Record) throws -> Void) throws {
        var bytes: [UInt8] = [], starts: [Int] = [], ends: [Int] = []
        for cell in cells {
            starts.append(bytes.count)
            bytes.append(contentsOf: trimField(cell).utf8)
            ends.append(bytes.count)
        }
        let columns = [Int](repeating: 1, count: cells.count), lines = [Int](repeating: line, count: cells.count)
        try bytes.withUnsafeBufferPointer { b in
            try starts.withUnsafeBufferPointer { s in
                try ends.withUnsafeBufferPointer { e in
                    try columns.withUnsafeBufferPointer { c in
                        try lines.withUnsafeBufferPointer { l in
                            try body(CSVReader.Record(line: line, delimiter: UInt8(ascii: ","), fields: b, starts: s, ends: e, columns: c, lines: l))
                        }
                    }
                }
            }
        }
    }
}
