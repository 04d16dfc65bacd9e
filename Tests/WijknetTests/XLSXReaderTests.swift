import Foundation
import Testing
import ZIPFoundation
@testable import Wijknet

/// `.xlsx` logs and actors files: the same records as the CSV reader would give.
/// The workbooks are written by `samples/zuiderhof-excel/make-xlsx.py`.
@Suite("XLSX reader")
struct XLSXReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/WijknetTests/Fixtures/xlsx/\(name)").path }

    /// Every record of `path` as text.
    func records(_ path: String, sheet: String? = nil) throws -> [(line: Int, fields: [String])] {
        var source = try recordSource(path: path, displayName: path, sheet: sheet)
        var out: [(Int, [String])] = []
        try source.forEachRecord(onMalformed: { throw WijknetError.input($0) }) { rec in
            out.append((rec.line, (0..<rec.count).map { rec.string($0) }))
        }
        return out
    }

    @Test func sampleWorkbookGivesTheSampleFigures() throws {
        let plain = try ContactLogReader().read(logPath: Self.root.appendingPathComponent("samples/zuiderhof/contacts.csv").path,
                                                actorsPath: Self.root.appendingPathComponent("samples/zuiderhof/actors.csv").path)
        let book = Self.root.appendingPathComponent("samples/zuiderhof-excel/contacten.xlsx").path
        let excel = try ContactLogReader(actorSheet: "Actoren").read(logPath: book, actorsPath: book)
        let a = EcosystemSummary(Ecosystem(log: plain, pseudonyms: testKey))
        var b = EcosystemSummary(Ecosystem(log: excel, pseudonyms: testKey))
        #expect(b.logFile == book)
        b.logFile = a.logFile
        #expect(a == b)
        #expect(excel.time == plain.time && excel.weight == plain.weight && excel.line.map { $0 } == plain.line.map { $0 })
        #expect(excel.actors.map(\.id) == plain.actors.map(\.id))
        #expect(excel.actors.filter(\.ordinary).count == 5)   // booleans in voorveld
    }

    @Test func everyKindOfCell() throws {
        let rows = try records(Self.fixture("cells.xlsx"))
        #expect(rows.map(\.line) == [1, 2, 5, 6])   // rows 3 (<row/>) and 4 (a cell without value) skipped
        #expect(rows[0].fields == ["datum", "van", "naar", "over", "plek", "soort", "gewicht"])
        // date cell (built-in 14), shared, inline, rich text runs, trimmed shared string, number
        #expect(rows[1].fields == ["2025-03-15", "p-1", "p-2", "j-001", "plek-1", "Overleg", "1.5"])
        // custom date-time format; formulas by their cached values (string and number); padded to the header's width
        #expect(rows[2].fields == ["2025-03-16T09:30", "p-1", "p-2", "", "", "signaal", "2"])
        // a number in a format that is only text ("0 dagen") stays a number
        #expect(rows[3].fields == ["45733", "p-2", "p-3", "", "", "", ""])
        let actors = try records(Self.fixture("cells.xlsx"), sheet: "actoren")
        #expect(actors.map(\.fields) == [["id", "soort", "domein", "voorveld"], ["p-1", "partner", "sociaal", "TRUE"], ["p-2", "partner", "zorg", "FALSE"]])
    }

    @Test func date1904System() throws {
        let rows = try records(Self.fixture("date1904.xlsx"))
        #expect(rows[1].fields.prefix(3) == ["2025-03-15", "p-1", "p-2"])
        #expect(rows[2].fields[0] == "2024-02-29T23:59")
    }

    @Test func serialNumbers() {
        #expect(ExcelDate.text(serial: 45658, date1904: false) == "2025-01-01")
        #expect(ExcelDate.text(serial: 1, date1904: false) == "1900-01-01")
        #expect(ExcelDate.text(serial: 59, date1904: false) == "1900-02-28")
        #expect(ExcelDate.text(serial: 60, date1904: false) == "1900-02-29")   // Excel's phantom day: not a date for the log reader
        #expect(ExcelDate.text(serial: 61, date1904: false) == "1900-03-01")
        #expect(ExcelDate.text(serial: 0, date1904: true) == "1904-01-01")
        #expect(ExcelDate.text(serial: 45658 - 1462, date1904: true) == "2025-01-01")
        #expect(ExcelDate.text(serial: 45658.999999, date1904: false) == "2025-01-02")   // rounds to the minute
        #expect(ExcelDate.text(serial: -1, date1904: false) == nil)
    }

    @Test func cellsOfTheWholeLog() throws {
        let book = Self.fixture("cells.xlsx")
        let log = try ContactLogReader(policy: .skipInvalid, actorSheet: "Actoren").read(logPath: book, actorsPath: book)
        #expect(log.stats.rowsUsed == 2 && log.stats.rowsSkipped == 1)
        #expect(log.weight == [1.5, 2])
        #expect(log.contactTypes.sorted() == ["overleg", "signaal"])
        #expect(log.actors.first { $0.id == "p-1" }?.ordinary == true)
        #expect(log.actors.first { $0.id == "j-001" }?.kind == .youth)
        // the skipped row names its cell
        #expect(log.stats.issues.first?.description.hasPrefix("\(book):Contacten!A6: error: the date '45733' cannot be read.") == true)
    }

    @Test func errorNamesTheCell() {
        let book = Self.fixture("bad.xlsx")
        do { _ = try ContactLogReader().read(logPath: book); Issue.record("no error") } catch {
            #expect("\(error)".hasPrefix("\(book):Blad1!C4: error: the date 'gisteren' cannot be read."))
        }
    }

    @Test func missingSheetListsTheSheets() {
        let book = Self.fixture("cells.xlsx")
        do { _ = try ContactLogReader(sheet: "Blad9").read(logPath: book); Issue.record("no error") } catch {
            #expect("\(error)".hasPrefix("\(book): error: the workbook has no sheet 'Blad9'; its sheets are 'Contacten', 'Actoren'."))
        }
    }

    @Test func notAWorkbook() {
        let path = tempFile("datum,van\n", name: "fake.xlsx")
        do { _ = try ContactLogReader().read(logPath: path); Issue.record("no error") } catch {
            #expect("\(error)".contains("is not an .xlsx workbook"))
        }
    }

    @Test func cellLetters() {
        #expect(InputIssue.columnLetters(1) == "A" && InputIssue.columnLetters(26) == "Z" && InputIssue.columnLetters(27) == "AA" && InputIssue.columnLetters(703) == "AAA")
    }

    /// A sheet of more than 10 MB of XML (70,000 rows here) was "not well-formed XML": libxml2
    /// refuses more than 10,000,000 bytes in one piece (found beside the fuzz finding
    /// `zip-entry-read-hangs`). Sheets are parsed as a stream now, and every row is read.
    @Test func sheetOfMoreThanTenMegabytesIsRead() throws {
        let rows = 70_000
        func cell(_ ref: String, _ text: String) -> String { "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        sheet += "<row r=\"1\">\(cell("A1", "datum"))\(cell("B1", "van"))\(cell("C1", "naar"))</row>"
        for r in 2...(rows + 1) {
            sheet += "<row r=\"\(r)\">\(cell("A\(r)", "2025-03-\(10 + r % 18)"))\(cell("B\(r)", "p-\(r % 500)"))\(cell("C\(r)", "p-\((r * 7 + 1) % 500)"))</row>\n"
        }
        sheet += "</sheetData></worksheet>"
        #expect(sheet.utf8.count > 10_000_000)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wijknet-big-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: path) }
        let archive = try Archive(url: path, accessMode: .create)
        for (name, text) in [
            ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", sheet),
        ] {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let log = try ContactLogReader().read(logPath: path.path)
        #expect(log.stats.rowsRead == rows && log.stats.rowsUsed == rows)
    }
}
