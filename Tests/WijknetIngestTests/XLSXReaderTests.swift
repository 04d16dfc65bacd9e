import Foundation
import WijknetTestScratch
import Testing
import ZIPFoundation
@testable import WijknetIngest

/// The `.xlsx` format on its own: a sheet's rows as text, and its problems as ``XLSXError``s
/// naming the part or the cell (moved here from the domain's `XLSX reader` and `Fuzzing findings`
/// suites, which keep what the log reader makes of a workbook and the words of its problems).
@Suite("XLSX format")
struct XLSXFormatTests {
    @Test func everyKindOfCell() throws {
        let rows = try sheetRows(workbookFixture("cells.xlsx"))
        #expect(rows.map(\.line) == [1, 2, 5, 6])   // rows 3 (<row/>) and 4 (a cell without value) left out
        #expect(rows[0].fields == ["datum", "van", "naar", "over", "plek", "soort", "gewicht"])
        // date cell (built-in 14), shared, inline, rich text runs, trimmed shared string, number
        #expect(rows[1].fields == ["2025-03-15", "p-1", "p-2", "j-001", "plek-1", "Overleg", "1.5"])
        // custom date-time format; formulas by their cached values (string and number)
        #expect(rows[2].fields == ["2025-03-16T09:30", "p-1", "p-2", "", "", "signaal", "2"])
        // a number in a format that is only text ("0 dagen") stays a number; no padding (the reader of rows pads)
        #expect(rows[3].fields == ["45733", "p-2", "p-3"])
        let actors = try sheetRows(workbookFixture("cells.xlsx"), sheet: " ACTOREN ")
        #expect(actors.map(\.fields) == [["id", "soort", "domein", "voorveld"], ["p-1", "partner", "sociaal", "TRUE"], ["p-2", "partner", "zorg", "FALSE"]])
        let book = try XLSXReader(path: workbookFixture("cells.xlsx"), sheet: "actoren")
        #expect(book.sheetName == "Actoren" && book.sheetNames == ["Contacten", "Actoren"])
    }

    @Test func date1904System() throws {
        let rows = try sheetRows(workbookFixture("date1904.xlsx"))
        #expect(rows[1].fields.prefix(3) == ["2025-03-15", "p-1", "p-2"])
        #expect(rows[2].fields[0] == "2024-02-29T23:59")
    }

    /// Progress: asked once with the sheet part's size, then told the rows parsed (fewer than
    /// 4,096 here: once, at the end).
    @Test func rowProgress() throws {
        var asked: [Int] = []
        var told: [Int] = []
        let book = try XLSXReader(path: workbookFixture("cells.xlsx"), sheet: nil) { bytes in
            asked.append(bytes)
            return { told.append($0) }
        }
        #expect(asked == [book.sheetPartBytes] && book.sheetPartBytes > 0)
        #expect(told == [book.rows.count])
    }

    /// What goes wrong is a kind with its part or cell — never a cell's text.
    @Test func problemsNameThePartOrTheCell() {
        func error(_ path: String, sheet: String? = nil) -> XLSXError? {
            do { _ = try XLSXReader(path: path, sheet: sheet); return nil } catch { return error }
        }
        #expect(error(workbookFixture("cells.xlsx"), sheet: "Blad9") == .noSuchSheet("Blad9", sheets: ["Contacten", "Actoren"]))
        #expect(error(tempFile("datum,van\n", name: "fake.xlsx")) == .notAWorkbook)
        #expect(error("/nonexistent/wijknet/book.xlsx") == .io(.cannotOpen(errno: ENOENT)))
        #expect(error(workbookFixture("not-utf8.xlsx")) == .partNotUTF8("xl/styles.xml"))
        #expect(error(workbookFixture("part-longer-than-declared.xlsx")) == .partRefused("xl/sharedStrings.xml", .wrongSize))
        #expect(error(workbookFixture("endless-deflate.xlsx")) == .partRefused("xl/sharedStrings.xml", .endless))
        #expect(error(workbookFixture("part-too-big.xlsx")) == .partRefused("xl/sharedStrings.xml", .tooBig(768 << 20)))
    }

    @Test func aSharedStringBeyondTheTableNamesItsCell() throws {
        let path = try workbook(sheet: #"<row r="3"><c r="B3" t="s"><v>7</v></c></row>"#, sharedStrings: ["een"])
        #expect(throws: XLSXError.missingSharedString(7, sheet: "Blad1", row: 3, column: 2)) { try XLSXReader(path: path, sheet: nil) }
    }

    @Test func aPartThatIsNotXMLIsNamed() throws {
        let path = try workbook(sheet: #"<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></row>"#)   // </c> missing
        #expect(throws: XLSXError.partNotXML("xl/worksheets/sheet1.xml")) { try XLSXReader(path: path, sheet: nil) }
    }

    /// `Regressions/xlsx/processing-instruction-without-data`: `<?x?>` made libxml2 pass NULL,
    /// which Foundation's XMLParser read with `strlen`: a segmentation fault. The fixture is
    /// `cells.xlsx` with `<?mso?>` before and `<?x?>` inside `<sheetData>`: read row for row the same.
    @Test func processingInstructionWithoutDataIsRead() throws {
        let plain = try sheetRows(workbookFixture("cells.xlsx"))
        let rows = try sheetRows(workbookFixture("processing-instruction-without-data.xlsx"))
        #expect(rows.map(\.line) == [1, 2, 5, 6])
        #expect(rows.map(\.fields) == plain.map(\.fields))
    }

    /// A cell reference with 14 or more column letters overflowed `Int` and trapped; a reference
    /// beyond Excel's last column (XFD) counts as absent: the next column.
    @Test func cellReferenceBeyondExcelsLastColumnTakesTheNextColumn() throws {
        // row 2: A2, B2, then a reference of 30 letters
        let rows = try sheetRows(workbookFixture("huge-column.xlsx"))
        #expect(rows.map(\.fields) == [["datum", "van", "naar"], ["2025-03-01", "p-1", "p-2"]])
        let edge = try sheetRows(try workbook(sheet: #"<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c><c r="XFE1" t="inlineStr"><is><t>y</t></is></c></row>"#))
        #expect(edge.first?.fields.count == 16385 && edge.first?.fields.suffix(2) == ["x", "y"])
    }

    /// A sheet of more than 10 MB of XML (70,000 rows here) was "not well-formed XML": libxml2
    /// refuses more than 10,000,000 bytes in one piece. Sheets are parsed as a stream: every row is read.
    @Test func sheetOfMoreThanTenMegabytesIsRead() throws {
        let rows = 70_000
        func cell(_ ref: String, _ text: String) -> String { "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
        var sheet = "<row r=\"1\">\(cell("A1", "datum"))\(cell("B1", "van"))\(cell("C1", "naar"))</row>"
        for r in 2...(rows + 1) {
            sheet += "<row r=\"\(r)\">\(cell("A\(r)", "2025-03-\(10 + r % 18)"))\(cell("B\(r)", "p-\(r % 500)"))\(cell("C\(r)", "p-\((r * 7 + 1) % 500)"))</row>\n"
        }
        #expect(sheet.utf8.count > 10_000_000)
        let book = try XLSXReader(path: try workbook(sheet: sheet), sheet: nil)
        #expect(book.rows.count == rows + 1 && book.rows.last?.number == rows + 1)
        #expect(book.rows.last?.cells.map(\.text) == ["2025-03-\(10 + (rows + 1) % 18)", "p-\((rows + 1) % 500)", "p-\(((rows + 1) * 7 + 1) % 500)"])
    }

    /// A one-sheet workbook (`Blad1`) whose sheet's `<sheetData>` holds `sheet` (rows), written
    /// with ZIPFoundation; with a shared string table when `sharedStrings` is given.
    func workbook(sheet: String, sharedStrings: [String]? = nil) throws -> String {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(main)\"><sheetData>" + sheet + "</sheetData></worksheet>"
        let path = TestScratch.root.appendingPathComponent("wijknet-ingest-\(UUID().uuidString).xlsx")
        let archive = try Archive(url: path, accessMode: .create)
        var parts = [
            ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", body),
        ]
        if let sharedStrings {
            parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">" + sharedStrings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"))
        }
        for (name, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return path.path
    }
}
