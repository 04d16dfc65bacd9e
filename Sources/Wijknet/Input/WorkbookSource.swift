import WijknetIngest
import WijknetProgress

/// One sheet of an `.xlsx` workbook as rows for the log, actors and survey readers: the sheet as
/// ``XLSXReader`` reads it (cells as the CSV reader would see them), its errors in the domain's
/// words, its progress on ``Progress/sink``.
///
/// A row is padded with empty fields to the header's width. A record's ``CSVReader/Record/line``
/// is the row number and a field's column its column number, so issues can name the cell
/// (`Blad1!C14`).
struct WorkbookSource: RecordSource {
    let displayName: String
    /// The sheet read.
    let sheetName: String?
    /// Every sheet of the workbook, in order (a partner survey reads all of them).
    let sheetNames: [String]
    private let rows: [XLSXReader.Row]
    /// Whether the sheet is large enough (``progressThreshold``) for its rows to report to
    /// ``Progress/sink``: parsed (`unpacking NAME`, in ``init(path:displayName:sheet:progressThreshold:)``),
    /// then read (``onRecord``, set by ``reportingProgress(_:step:rows:)``).
    let reportsProgress: Bool
    /// Called with the number of records given so far, every 4,096 and after the last.
    var onRecord: ((Int) -> Void)?
    /// The number of rows with text (records ``forEachRecord(onMalformed:_:)`` gives).
    var rowCount: Int { rows.count }

    /// Sheets of this many bytes of XML and more (some 50,000 rows of a contact log; parsing them
    /// takes seconds) report progress.
    static let progressThreshold = 16 << 20

    /// Opens the workbook and reads the sheet.
    /// - Throws: ``WijknetError/io(path:reason:)`` when the file cannot be read;
    ///   ``WijknetError/input(_:)`` when it is not a workbook, lacks the sheet or a part.
    init(path: String, displayName: String, sheet: String?, progressThreshold: Int = WorkbookSource.progressThreshold) throws {
        self.displayName = displayName
        let step = "unpacking \(shortName(displayName))"
        var sink: (any ProgressSink)? = nil
        defer { sink?.finish(step) }
        let book: XLSXReader
        do {
            book = try XLSXReader(path: path, sheet: sheet) { sheetBytes in
                guard sheetBytes >= progressThreshold, let reporting = Progress.sink else { return nil }
                sink = reporting
                return { reporting.update(step, done: $0, total: nil, unit: "rows") }
            }
        } catch {
            throw error.wijknetError(file: displayName)
        }
        self.reportsProgress = book.sheetPartBytes >= progressThreshold
        self.sheetName = book.sheetName
        self.sheetNames = book.sheetNames
        self.rows = book.rows
    }

    func forEachRecord(onMalformed: (InputIssue) throws -> Void, _ body: (CSVReader.Record) throws -> Void) throws {
        var width = 0
        var bytes: [UInt8] = [], starts: [Int] = [], ends: [Int] = [], columns: [Int] = [], lines: [Int] = []
        for (index, row) in rows.enumerated() {
            defer { if let onRecord, (index + 1) % 4096 == 0 || index + 1 == rows.count { onRecord(index + 1) } }
            let last = row.cells.last?.column ?? 0
            if width == 0 { width = last }
            let count = max(width, last)
            bytes.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true); ends.removeAll(keepingCapacity: true)
            var k = 0
            for c in 1...count {
                starts.append(bytes.count)
                if k < row.cells.count && row.cells[k].column == c {
                    bytes.append(contentsOf: row.cells[k].text.utf8)
                    k += 1
                }
                ends.append(bytes.count)
            }
            columns = Array(1...count)
            lines = [Int](repeating: row.number, count: count)
            try bytes.withUnsafeBufferPointer { b in
                try starts.withUnsafeBufferPointer { s in
                    try ends.withUnsafeBufferPointer { e in
                        try columns.withUnsafeBufferPointer { c in
                            try lines.withUnsafeBufferPointer { l in
                                try body(CSVReader.Record(line: row.number, delimiter: UInt8(ascii: ","), fields: b, starts: s, ends: e, columns: c, lines: l))
                            }
                        }
                    }
                }
            }
        }
    }
}

extension InputIssue {
    /// This issue located on `sheet`.
    func onSheet(_ sheet: String) -> InputIssue {
        var copy = self
        copy.sheet = sheet
        return copy
    }
}
