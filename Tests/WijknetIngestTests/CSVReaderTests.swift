import Foundation
import Testing
@testable import WijknetIngest

/// The CSV format on its own: records, fields, lines and columns, and its problems as
/// ``CSVIssue``s (moved here from the domain's `CSV reading`, `Hostile ingest` and `Fuzzing
/// findings` suites; what the domain makes of a problem is tested there).
@Suite("CSV format")
struct CSVReaderTests {
    @Test func delimiterDetection() throws {
        #expect(try csvRecords("a;b;c\n1;2;3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try csvRecords("a\tb\n1\t2\n") == [["a", "b"], ["1", "2"]])
        #expect(try csvRecords("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
        // A header whose only commas are inside quotes: ';' wins.
        #expect(try csvRecords("\"x,y\";b\n1;2\n") == [["x,y", "b"], ["1", "2"]])
    }

    @Test func bomCRLFAndQuoting() throws {
        let text = "\u{FEFF}date;source\r\n\"01-02-2025\";\"a;b\"\r\n\"x\"\"y\";\"multi\r\nline\"\r\n02-02-2025;c"
        #expect(try csvRecords(text) == [["date", "source"], ["01-02-2025", "a;b"], ["x\"y", "multi\nline"], ["02-02-2025", "c"]])
    }

    @Test("chunk borders never change the records", arguments: [1, 2, 3, 7, 64])
    func chunkBorders(chunk: Int) throws {
        let text = "\u{FEFF}date,source,target\r\n2025-01-01,\"q,\"\"x\"\"\",b\r\n2025-01-02,\"line\r\nbreak\",c\rlast,row,here\n\n  \n2025-01-03,é,ü\n"
        #expect(try csvRecords(text, chunk: chunk) == csvRecords(text))
    }

    /// Lines and columns of fields: characters, not bytes (`é` is one column); a quoted line end
    /// puts the next field on a later line than its record.
    @Test func fieldsKnowTheirLineAndColumn() throws {
        var reader = CSVReader(path: tempFile("a,b,c\né,\"x\ny\",z\n"))
        var places: [[String]] = []
        try reader.forEachRecord { rec in places.append((0..<rec.count).map { "\(rec.line):\(rec.line($0)):\(rec.column($0))" }) }
        #expect(places == [["1:1:1", "1:1:3", "1:1:5"], ["2:2:1", "2:2:3", "2:3:4"]])
    }

    /// One stray quote costs one row, whatever the chunk borders: every other row is read.
    @Test(arguments: [1, 2, 3, 7, 16, 64, 1 << 20])
    func strayQuoteResynchronises(chunk: Int) throws {
        var lines = ["a,b,c"] + (1...20).map { "\($0),x\($0),y\($0)" }
        lines[6] = "6,\"x6,y6"          // line 7: a quote that never closes
        lines[12] = "12,\"multi\nline\",y12"   // a legitimate quoted line end (lines 13-14)
        var issues: [CSVIssue] = []
        let got = try csvRecords(Array((lines.joined(separator: "\r\n") + "\r\n").utf8), chunk: chunk, malformed: &issues)
        #expect(issues.map(\.line) == [7] && issues.first?.column == 3, "\(issues)")
        // the quote opened on line 7 closes at the next quote, on line 13, where text follows it
        #expect(issues.first?.problem == .quoteRunsTo(line: 13), "\(issues)")
        #expect(got.count == 1 + 19)
        #expect(got.contains(["12", "multi\nline", "y12"]))
        #expect(got.last == ["20", "x20", "y20"])
        #expect(!got.contains { $0.first == "6" })
    }

    @Test(arguments: [1, 5, 1 << 20])
    func nulIsOneBadRow(chunk: Int) throws {
        var issues: [CSVIssue] = []
        let got = try csvRecords(Array("a,b\n1,2\n3,\u{0}4\n5,6\n".utf8), chunk: chunk, malformed: &issues)
        #expect(got == [["a", "b"], ["1", "2"], ["5", "6"]])
        #expect(issues == [CSVIssue(file: issues.first?.file ?? "", line: 3, column: 3, problem: .nulByte)])
    }

    @Test func excelSeparatorHintAndTrimmingOfQuotedFields() throws {
        var issues: [CSVIssue] = []
        let got = try csvRecords(Array("sep=;\r\ndatum;van\r\n\" 01-03-2025 \";\"\u{FEFF}J1\u{00A0}\"\r\n".utf8), chunk: 3, malformed: &issues)
        #expect(got == [["datum", "van"], ["01-03-2025", "J1"]] && issues.isEmpty)
    }

    /// Each malformed record is its kind of problem at its place, and the default handler throws
    /// the first as ``CSVError/input(_:)``.
    @Test func quotingProblemsByKind() throws {
        func first(_ text: String) -> CSVIssue? {
            do { _ = try csvRecords(text); return nil } catch CSVError.input(let issue) { return issue } catch { return nil }
        }
        #expect(first("a,b\n1,\"x\"y\n").map { [$0.line, $0.column] } == [2, 6])
        #expect(first("a,b\n1,\"x\"y\n")?.problem == .textAfterClosingQuote)
        #expect(first("a,b\n1,\"never closed")?.problem == .quoteNeverClosed)
        #expect(first("a,b\n1,\"x\n2\"y,z\n")?.problem == .quoteRunsTo(line: 3))
        #expect(first("a,b\n1,2\n") == nil)
    }

    /// The whole file is refused, at line 0, for what is not CSV text.
    @Test func wholeFileProblems() {
        func refusal(_ bytes: [UInt8]) -> CSVProblem? {
            do { _ = try csvRecords(bytes); return nil } catch CSVError.input(let issue) where issue.line == 0 && issue.column == 0 {
                return issue.problem
            } catch { return nil }
        }
        #expect(refusal([]) == .emptyFile)
        #expect(refusal([0xEF, 0xBB, 0xBF]) == .emptyFile)
        #expect(refusal([0xFF, 0xFE, 0x61, 0x00]) == .utf16Text)
        #expect(refusal([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) == .zipArchive)
    }

    @Test func aFileThatCannotBeOpenedIsAnIOError() {
        var reader = CSVReader(path: "/nonexistent/wijknet/contacts.csv", displayName: "contacts.csv")
        #expect(throws: CSVError.io(path: "contacts.csv", .cannotOpen(errno: ENOENT))) {
            try reader.forEachRecord { _ in }
        }
    }

    // MARK: Fuzzing findings (`make fuzz`, target `csv`)

    /// In a field that is not valid UTF-8 (Windows-1252, as Dutch Excel saves CSV) the byte 0xA0
    /// is a no-break space, but the reader kept it: `J002<A0>` was not `J002`.
    @Test func windows1252NoBreakSpaceIsTrimmed() throws {
        let bytes = Array("id,naam\n".utf8) + [0x4A, 0x30, 0x30, 0x32, 0xA0, 0x2C, 0xA0, 0x20, 0x4A, 0xE9, 0xA0, 0x0A]
        #expect(try csvRecords(bytes) == [["id", "naam"], ["J002", "Jé"]])
    }

    /// After the Windows-1252 no-break space was trimmed, the rest was UTF-8 again and began with
    /// a byte order mark, which stayed; the rule now trims to the end.
    @Test func trimmingGoesOnAfterTheWindows1252NoBreakSpace() throws {
        let bytes = Array("id,naam\n".utf8) + [0xA0, 0xEF, 0xBB, 0xBF] + Array("datum,x\n".utf8)
        #expect(try csvRecords(bytes) == [["id", "naam"], ["datum", "x"]])
    }

    /// The same byte inside valid UTF-8 is part of a character (`à` is C3 A0) and stays.
    @Test func utf8EndingInA0IsKept() throws {
        #expect(try csvRecords("id,naam\nJà,à\n") == [["id", "naam"], ["Jà", "à"]])
    }

    /// `Regressions/csv/cr-nul-lf-across-a-chunk`: after a CR, a NUL was checked before the "is
    /// the next byte the CR's LF?" test, which stayed pending, so the LF after the NUL was
    /// swallowed and lines 2 and 3 became one. Now both reads give a problem on line 2 and on line 3.
    @Test func nulRightAfterACarriageReturnEndsNoLine() throws {
        let bytes: [UInt8] = Array("sep=;".utf8) + [0x0D, 0x00, 0x0A, 0x00, 0x00] + Array(",jgzn".utf8)
        func problems(_ chunkSize: Int) throws -> [Int] {
            var lines: [Int] = []
            var reader = CSVReader(path: tempFile(bytes), chunkSize: chunkSize)
            try reader.forEachRecord(onMalformed: { lines.append($0.line) }) { _ in }
            return lines
        }
        #expect(try problems(2) == [2, 3])
        #expect(try problems(1 << 20) == [2, 3])
        let mid: [UInt8] = Array("a,b\nc,d".utf8) + [0x0D, 0x00, 0x0A] + Array("e,f\n".utf8)
        var issues: [CSVIssue] = []
        let records = try csvRecords(mid, malformed: &issues)
        #expect(issues.map(\.line) == [3] && records == [["a", "b"], ["c", "d"], ["e", "f"]], "\(issues) \(records)")
    }

    // MARK: Decoding

    @Test func windows1252Fallback() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9, 0x20, 0x80, 0x81]
        let decoded = bytes.withUnsafeBufferPointer { decodeText($0) }
        #expect(decoded.text == "café €\u{81}" && decoded.windows1252)
        let utf8 = Array("café".utf8).withUnsafeBufferPointer { decodeText($0) }
        #expect(utf8.text == "café" && !utf8.windows1252)
    }
}
