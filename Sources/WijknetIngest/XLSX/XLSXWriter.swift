import Foundation
import ZIPFoundation

/// A small Office Open XML workbook (`.xlsx`) writer: sheets of text and whole numbers, a bold
/// header row, column widths, list validation with an input message on ranges of cells. Enough
/// for a form to send out (Wijknet's partner survey template); Excel, LibreOffice, openpyxl and
/// ``XLSXReader`` read it.
///
/// Parts (ECMA-376 Part 1, the transitional schema every spreadsheet program reads):
/// `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`,
/// `xl/styles.xml` and `xl/worksheets/sheetN.xml`. Text is written as inline strings (no shared
/// string table). **Deterministic**: the same workbook gives the same bytes — every entry has the
/// same fixed date (1980-01-01, the ZIP format's first) and the parts are added in a fixed order.
/// - Complexity: `O(cells)`; the archive is built in memory.
public struct XLSXWorkbook: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Int)
        case empty
    }

    /// A list validation: the cells of `range` (`D2:D20`) accept only `values`; `prompt` is shown
    /// when such a cell is selected (at most 255 characters, Excel's limit).
    public struct ListValidation: Sendable {
        public var range: String
        public var values: [String]
        public var title: String
        public var prompt: String
        public var error: String

        public init(range: String, values: [String], title: String, prompt: String, error: String) {
            self.range = range
            self.values = values
            self.title = title
            self.prompt = prompt
            self.error = error
        }
    }

    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[Cell]]
        /// Widths of the first columns, in characters.
        public var columnWidths: [Double] = []
        public var validations: [ListValidation] = []
        /// Whether the first row is a header (bold, frozen).
        public var header = true

        public init(name: String, rows: [[Cell]], columnWidths: [Double] = [], validations: [ListValidation] = [], header: Bool = true) {
            self.name = name
            self.rows = rows
            self.columnWidths = columnWidths
            self.validations = validations
            self.header = header
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// The workbook's bytes.
    /// - Throws: whatever ZIPFoundation throws while writing the archive in memory.
    public func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [(String, String)] = [("[Content_Types].xml", contentTypes()), ("_rels/.rels", Self.rootRels),
                                         ("xl/workbook.xml", workbook()), ("xl/_rels/workbook.xml.rels", workbookRels()),
                                         ("xl/styles.xml", Self.styles)]
        for (i, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", Self.worksheet(sheet))) }
        let date = Date(timeIntervalSince1970: 315_532_800)   // 1980-01-01T00:00:00Z
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private func contentTypes() -> String {
        var s = Self.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        s += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        s += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        s += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        s += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for i in sheets.indices {
            s += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return s + "</Types>"
    }

    private static let rootRels = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRels)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    private func workbook() -> String {
        var s = Self.declaration + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.officeRels)\"><sheets>"
        for (i, sheet) in sheets.enumerated() {
            s += "<sheet name=\"\(xmlEscaped(sheet.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return s + "</sheets></workbook>"
    }

    private func workbookRels() -> String {
        var s = Self.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in sheets.indices {
            s += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(Self.officeRels)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        s += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.officeRels)/styles\" Target=\"styles.xml\"/>"
        return s + "</Relationships>"
    }

    /// Style 0 plain, style 1 bold (the header).
    private static let styles = declaration + "<styleSheet xmlns=\"\(main)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    private static func worksheet(_ sheet: Sheet) -> String {
        var s = declaration + "<worksheet xmlns=\"\(main)\">"
        if sheet.header {
            s += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        }
        if !sheet.columnWidths.isEmpty {
            s += "<cols>" + sheet.columnWidths.enumerated().map { "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element)\" customWidth=\"1\"/>" }.joined() + "</cols>"
        }
        s += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            s += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = columnLetters(c + 1) + "\(r + 1)", style = sheet.header && r == 0 ? " s=\"1\"" : ""
                switch cell {
                case .text(let t): s += "<c r=\"\(ref)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(xmlEscaped(t))</t></is></c>"
                case .number(let n): s += "<c r=\"\(ref)\"\(style)><v>\(n)</v></c>"
                case .empty: continue
                }
            }
            s += "</row>"
        }
        s += "</sheetData>"
        if !sheet.validations.isEmpty {
            s += "<dataValidations count=\"\(sheet.validations.count)\">"
            for v in sheet.validations {
                s += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"\(xmlEscaped(v.title))\""
                s += " error=\"\(xmlEscaped(v.error))\" promptTitle=\"\(xmlEscaped(v.title))\" prompt=\"\(xmlEscaped(v.prompt))\" sqref=\"\(v.range)\">"
                s += "<formula1>\"\(xmlEscaped(v.values.joined(separator: ",")))\"</formula1></dataValidation>"
            }
            s += "</dataValidations>"
        }
        return s + "</worksheet>"
    }
}

/// `text` for XML content or an attribute value: `&`, `<`, `>`, `"` escaped; characters XML 1.0
/// does not allow (most C0 controls, U+FFFE, U+FFFF) left out.
func xmlEscaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default:
            let v = scalar.value
            if (v < 0x20 && v != 0x9 && v != 0xA && v != 0xD) || v == 0xFFFE || v == 0xFFFF { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}
