import WijknetIngest

/// Where the log and actors readers get their rows from: a CSV file or a sheet of an `.xlsx`
/// workbook. Both hand out ``CSVReader/Record``s (fields as bytes, with line and column), so
/// the per-row code is one and the CSV path pays nothing for the seam: the protocol is
/// dispatched once per file, not per row.
protocol RecordSource {
    /// The sheet the rows come from (`nil` for CSV): issues then name cells (`Blad1!C14`).
    var sheetName: String? { get }
    /// Calls `body` once per non-empty row, the header first; see ``CSVReader/forEachRecord(onMalformed:_:)``.
    mutating func forEachRecord(onMalformed: (InputIssue) throws -> Void, _ body: (CSVReader.Record) throws -> Void) throws
}

extension CSVReader: RecordSource {
    var sheetName: String? { nil }

    /// ``CSVReader/forEachRecord(onMalformed:_:)`` with the format's problems in the domain's
    /// words (``CSVIssue/inputIssue``): `onMalformed` gets them so, and a whole-file problem or a
    /// read failure is thrown as ``WijknetError``. Mapped once per bad record, never per row.
    mutating func forEachRecord(onMalformed: (InputIssue) throws -> Void, _ body: (CSVReader.Record) throws -> Void) throws {
        do {
            try forEachRecord(onMalformed: { (issue: CSVIssue) in try onMalformed(issue.inputIssue) }, body)
        } catch let error as CSVError {
            throw error.wijknetError
        }
    }
}

/// The reader for `path`: ``WorkbookSource`` for a name ending in `.xlsx`, else ``CSVReader``.
/// - Parameter sheet: the sheet to read from a workbook (else its first); ignored for CSV.
func recordSource(path: String, displayName: String, sheet: String?) throws -> any RecordSource {
    if path.lowercased().hasSuffix(".xlsx") { return try WorkbookSource(path: path, displayName: displayName, sheet: sheet) }
    return CSVReader(path: path, displayName: displayName)
}

/// Runs `body` and puts `sheet` into every issue about `file` that it records (through
/// `place`, called at the end: ``IngestStats/place(sheet:file:)``) or throws, so that messages
/// name the cell (`contacten.xlsx:Blad1!C14`).
func placingIssues(on sheet: String?, file: String, _ place: (_ sheet: String) -> Void,
                   _ body: () throws -> Void) throws {
    guard let sheet else { return try body() }
    defer { place(sheet) }
    do { try body() } catch WijknetError.input(var issue) where issue.file == file {
        if issue.sheet == nil { issue.sheet = sheet }
        throw WijknetError.input(issue)
    }
}
