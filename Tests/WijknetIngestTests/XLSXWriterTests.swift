import Foundation
import Testing
@testable import WijknetIngest

@Suite("XLSX writer")
struct XLSXWriterTests {
    let book = XLSXWorkbook(sheets: [
        XLSXWorkbook.Sheet(name: "Blad & 1", rows: [[.text("id"), .text("aantal")], [.text("a<b\u{1}"), .number(42)], [.empty, .number(-3)]],
                           columnWidths: [10, 8],
                           validations: [XLSXWorkbook.ListValidation(range: "B2:B3", values: ["1", "2"], title: "t", prompt: "p", error: "e")]),
        XLSXWorkbook.Sheet(name: "Uitleg", rows: [[.text("kolom")]], header: false),
    ])

    /// What the writer writes, the reader reads: sheet names, text (XML 1.0's forbidden controls
    /// left out), whole numbers, empty cells skipped.
    @Test func roundTrip() throws {
        let path = tempFile(Array(try book.data()), name: "boek.xlsx")
        let first = try XLSXReader(path: path, sheet: nil)
        #expect(first.sheetNames == ["Blad & 1", "Uitleg"])
        #expect(first.rows.map(\.number) == [1, 2, 3])
        #expect(first.rows.map { $0.cells.map(\.column) } == [[1, 2], [1, 2], [2]])
        #expect(first.rows.map { $0.cells.map(\.text) } == [["id", "aantal"], ["a<b", "42"], ["-3"]])
        #expect(try XLSXReader(path: path, sheet: "uitleg").rows.map { $0.cells.map(\.text) } == [["kolom"]])
    }

    /// The same workbook gives the same bytes.
    @Test func deterministic() throws {
        #expect(try book.data() == book.data())
    }
}
