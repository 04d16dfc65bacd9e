import Foundation
import WijknetTestScratch
@testable import WijknetIngest

/// The repository's root (tests read fixtures by path).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A workbook of the `.xlsx` fixtures (shared with the domain's tests; written by
/// `samples/zuiderhof-excel/make-xlsx.py` and the fuzzing findings).
func workbookFixture(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("Tests/WijknetTests/Fixtures/xlsx/\(name)").path
}

/// Writes `bytes` to a fresh temporary file and returns its path.
func tempFile(_ bytes: [UInt8], name: String = "data.csv") -> String {
    let dir = TestScratch.root.appendingPathComponent("wijknet-ingest-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try! Data(bytes).write(to: url)
    return url.path
}

func tempFile(_ text: String, name: String = "data.csv") -> String { tempFile(Array(text.utf8), name: name) }

/// Every record of a CSV file as decoded text, read in chunks of `chunk` bytes; the malformed
/// records' issues in `malformed`.
func csvRecords(_ bytes: [UInt8], chunk: Int = 1 << 20, malformed: inout [CSVIssue]) throws -> [[String]] {
    var reader = CSVReader(path: tempFile(bytes), chunkSize: chunk)
    var out: [[String]] = []
    var issues: [CSVIssue] = []
    try reader.forEachRecord(onMalformed: { issues.append($0) }) { rec in out.append((0..<rec.count).map { rec.string($0) }) }
    malformed = issues
    return out
}

/// Every record of a CSV file as decoded text; a malformed record throws (the default).
func csvRecords(_ bytes: [UInt8], chunk: Int = 1 << 20) throws -> [[String]] {
    var reader = CSVReader(path: tempFile(bytes), chunkSize: chunk)
    var out: [[String]] = []
    try reader.forEachRecord { rec in out.append((0..<rec.count).map { rec.string($0) }) }
    return out
}

func csvRecords(_ text: String, chunk: Int = 1 << 20) throws -> [[String]] { try csvRecords(Array(text.utf8), chunk: chunk) }

/// The rows of a workbook's sheet as (row number, cells padded with empty text to the last column).
func sheetRows(_ path: String, sheet: String? = nil) throws -> [(line: Int, fields: [String])] {
    let book = try XLSXReader(path: path, sheet: sheet)
    return book.rows.map { row in
        var fields = [String](repeating: "", count: row.cells.last?.column ?? 0)
        for cell in row.cells { fields[cell.column - 1] = cell.text }
        return (row.number, fields)
    }
}
