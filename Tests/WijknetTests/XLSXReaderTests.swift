import Foundation
import Testing
@testable import Wijknet

/// `.xlsx` logs and actors files: the same records as the CSV reader would give.
/// The workbooks are written by `samples/zuiderhof-excel/make-xlsx.py`. The format alone (cells,
/// dates, parts, a sheet of more than 10 MB) is WijknetIngestTests' `XLSX format`; here, the
/// workbook as the log and actors readers take it (``WorkbookSource``), and the words of its problems.
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

    /// The rows as the readers get them: blank rows left out, each row padded with empty fields
    /// to the header's width, its line the row number.
    @Test func rowsArePaddedToTheHeader() throws {
        let rows = try records(Self.fixture("cells.xlsx"))
        #expect(rows.map(\.line) == [1, 2, 5, 6])   // rows 3 (<row/>) and 4 (a cell without value) skipped
        #expect(rows[0].fields == ["datum", "van", "naar", "over", "plek", "soort", "gewicht"])
        #expect(rows[3].fields == ["45733", "p-2", "p-3", "", "", "", ""])
        let actors = try records(Self.fixture("cells.xlsx"), sheet: "actoren")
        #expect(actors.map(\.fields) == [["id", "soort", "domein", "voorveld"], ["p-1", "partner", "sociaal", "TRUE"], ["p-2", "partner", "zorg", "FALSE"]])
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
}
