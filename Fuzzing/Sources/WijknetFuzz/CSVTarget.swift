import Wijknet
import WijknetIngest
import WijknetReport

/// `csv`: the byte-level CSV reader on any bytes.
///
/// Properties, beyond "no crash":
/// 1. **Chunk borders do not matter**: the records and problems read with one chunk holding the
///    whole file equal those read in chunks of 1–7 bytes (every state of the machine then meets
///    a chunk border somewhere).
/// 2. Records come in file order (lines increase), fields have 1-based columns and lines.
/// 3. **Round trip**: the records written as Wijknet writes CSV (``csvEscape(_:)``, `,`, a header
///    of column names, rows padded to one width) read back as the same text, cell by cell —
///    except the documented CSV-injection defusal (a cell starting with `=`, `+`, `-`, `@` gets
///    a leading `'`).
private let input = ScratchFile("input.csv")
private let rewritten = ScratchFile("rewritten.csv")

struct ReadResult: Equatable {
    var records: [RecordCopy] = []
    var problems: [String] = []
    var thrown: String? = nil
}

struct RecordCopy: Equatable {
    var line: Int
    var fields: [[UInt8]]
    var columns: [Int]
    var lines: [Int]
    var text: [String] { fields.map { bytes in bytes.withUnsafeBufferPointer { decodeText($0).text } } }
}

func readCSV(_ path: String, chunkSize: Int) -> ReadResult {
    var result = ReadResult()
    var reader = CSVReader(path: path, displayName: "input.csv", chunkSize: chunkSize)
    do {
        try reader.forEachRecord(onMalformed: { result.problems.append("\($0)") }) { rec in
            var copy = RecordCopy(line: rec.line, fields: [], columns: [], lines: [])
            for i in 0..<rec.count {
                copy.fields.append(Array(rec.field(i)))
                copy.columns.append(rec.column(i))
                copy.lines.append(rec.line(i))
            }
            result.records.append(copy)
        }
    } catch {
        result.thrown = "\(error)"
    }
    return result
}

func fuzzCSV(_ data: UnsafeBufferPointer<UInt8>) {
    input.write(data)
    let whole = readCSV(input.path, chunkSize: data.count + 1)
    let small = readCSV(input.path, chunkSize: 1 + data.count % 7)
    check(whole == small, "chunk size \(1 + data.count % 7) reads other records or problems than one chunk:\n\(whole)\nvs\n\(small)")
    guard whole.thrown == nil else { return }

    var previous = 0
    for r in whole.records {
        check(r.line > previous, "record on line \(r.line) after line \(previous)")
        previous = r.line
        check(!r.fields.isEmpty, "a record without fields")
        check(r.columns.allSatisfy { $0 >= 1 } && r.lines.allSatisfy { $0 >= r.line }, "a field before its record: \(r)")
        for f in r.fields { check(!f.contains(0), "a NUL byte in a field") }
    }
    roundTrip(whole.records.map(\.text))
}

/// The defusal ``csvEscape(_:)`` applies: a leading `'` before a formula-like cell.
func defused(_ s: String) -> String {
    guard let first = s.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return s }
    return "'" + s
}

/// Writes `rows` as Wijknet writes CSV and reads them back.
func roundTrip(_ rows: [[String]]) {
    guard !rows.isEmpty else { return }
    let width = max(2, rows.map(\.count).max()!)
    let header = (1...width).map { "column\($0)" }
    let padded = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
    var text = header.joined(separator: ",") + "\n"
    for row in padded { text += row.map(csvEscape).joined(separator: ",") + "\n" }
    rewritten.write(text)
    let back = readCSV(rewritten.path, chunkSize: text.utf8.count + 1)
    check(back.thrown == nil && back.problems.isEmpty, "Wijknet's own CSV does not read back cleanly: \(back.thrown ?? "") \(back.problems)")
    let expected = [header] + padded.map { $0.map(defused) }
    let got = back.records.map(\.text)
    check(got == expected, "Wijknet's own CSV reads back differently:\nwrote \(expected)\nread  \(got)")
}
