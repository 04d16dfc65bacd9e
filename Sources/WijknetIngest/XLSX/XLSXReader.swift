import Foundation
#if canImport(FoundationXML)
import FoundationXML   // XMLParser lives here on Linux; part of the toolchain, no extra dependency
#endif
import ZIPFoundation

/// Reads one sheet of an `.xlsx` workbook (Office Open XML) as rows of text, the way the CSV
/// reader would see the same sheet saved as CSV — without Excel.
///
/// The sheet is the first in `xl/workbook.xml`, or the one named `sheet`; its part is found
/// through `xl/_rels/workbook.xml.rels`. Cells become text:
/// - shared strings (`xl/sharedStrings.xml`, rich-text runs concatenated, phonetic runs
///   left out) and inline strings as written;
/// - numbers in their shortest form (`2`, `1.5`); booleans as `TRUE`/`FALSE`; error values
///   (`#N/A`) as written; formulas by their cached value;
/// - numbers whose style (`s`, through `cellXfs` in `xl/styles.xml`) is a date format — built-in
///   ids 14–22 and 45–47, or a custom format with `d`, `m`, `y` or `h` outside quoted text —
///   as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when they have a time of day. Serial numbers count
///   from 1900 (with Excel's phantom 1900-02-29, which comes out as that text and so is an
///   unreadable date) or from 1904 when the workbook says `date1904`.
///
/// Every cell is trimmed as ``CSVReader`` trims a field (``trimField(_:)``); rows without any
/// text are left out. A format, knowing nothing of what the rows mean: what goes wrong is an
/// ``XLSXError`` naming the part or the cell, never a cell's text.
/// - Complexity: `O(size of the parts read)`; the sheet's rows are held in memory.
/// - Reference: ECMA-376 Part 1 (Office Open XML), §18.3 (worksheets), §18.4 (shared strings),
///   §18.8.30 (built-in number formats).
public struct XLSXReader {
    /// The sheet read.
    public let sheetName: String
    /// Every sheet of the workbook, in order (a partner survey reads all of them).
    public let sheetNames: [String]
    /// The rows with text, in the order of the sheet.
    public let rows: [Row]
    /// The bytes of the sheet's XML part (a reader decides from it whether to report progress).
    public let sheetPartBytes: Int

    /// One row with text: its number and its cells (column number, text), in column order.
    public struct Row: Sendable {
        public var number: Int
        public var cells: [(column: Int, text: String)]
    }

    /// Opens the workbook and reads the sheet.
    /// - Parameters:
    ///   - sheet: the sheet's name (compared without case and surrounding spaces); `nil` the first.
    ///   - rowProgress: given the size of the sheet's XML part before it is parsed; the closure it
    ///     returns (if any) is called with the number of rows parsed so far, every 4,096 and once
    ///     after the last.
    /// - Throws: ``XLSXError``: the file cannot be read, is not a workbook, lacks the sheet or a
    ///   part, or a part is damaged or not XML.
    public init(path: String, sheet: String?,
                rowProgress: (_ sheetPartBytes: Int) -> ((_ rows: Int) -> Void)? = { _ in nil }) throws(XLSXError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .io(.cannotOpen(errno: FileManager.default.fileExists(atPath: path) ? EACCES : ENOENT))
        }
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw .notAWorkbook
        }
        func part(_ name: String) throws(XLSXError) -> Data? {
            // The first entry of that name, as `archive[name]` finds it; read within bounds, not by
            // `archive.extract` (ZIPPartReader says why).
            guard let (index, entry) = archive.enumerated().first(where: { $0.element.path == name }).map({ ($0.offset, $0.element) }) else {
                return nil
            }
            do { return try ZIPPartReader.data(of: entry, index: index, archiveAt: path) } catch {
                throw .partRefused(name, error)
            }
        }
        func required(_ name: String) throws(XLSXError) -> Data {
            guard let data = try part(name) else { throw .partMissing(name) }
            return data
        }
        func parse<D: XMLParserDelegate>(_ data: Data, _ delegate: D, _ name: String) throws(XLSXError) -> D {
            // Foundation's XMLParser on Linux force-unwraps every name, attribute value and text
            // run as UTF-8, and libxml2 (in its recovery mode) passes invalid bytes through: a
            // part that is not UTF-8 trapped the process — found by fuzzing (`make fuzz`, target
            // `xlsx`). Excel and LibreOffice write every part in UTF-8, so refuse anything else.
            guard data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }) else {
                throw .partNotUTF8(name)
            }
            // In pieces (a stream): given as one buffer, libxml2 refuses more than 10,000,000 bytes
            // at once ("huge input lookup"), and a sheet of some 55,000 rows was "not well-formed".
            let parser = XMLParser(stream: InputStream(data: withDataInEveryProcessingInstruction(data)))
            parser.delegate = delegate
            guard parser.parse() else {
                throw .partNotXML(name)
            }
            return delegate
        }

        let workbook = try parse(required("xl/workbook.xml"), WorkbookParser(), "xl/workbook.xml")
        guard !workbook.sheets.isEmpty else { throw .withoutSheets }
        let chosen: (name: String, rel: String)
        if let sheet {
            guard let s = workbook.sheets.first(where: { $0.name.lowercased() == sheet.trimmingWhitespace().lowercased() }) else {
                throw .noSuchSheet(sheet, sheets: workbook.sheets.map(\.name))
            }
            chosen = s
        } else {
            chosen = workbook.sheets[0]
        }
        let rels = try parse(required("xl/_rels/workbook.xml.rels"), RelationshipsParser(), "xl/_rels/workbook.xml.rels")
        guard let target = rels.targets[chosen.rel] else {
            throw .sheetNotLocated(chosen.name)
        }
        let sheetPart = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        var shared: [String] = []
        if let data = try part("xl/sharedStrings.xml") { shared = try parse(data, SharedStringsParser(), "xl/sharedStrings.xml").strings }
        var dateStyles: Set<Int> = []
        if let data = try part("xl/styles.xml") { dateStyles = try parse(data, StylesParser(), "xl/styles.xml").dateStyles }
        let sheetParser = SheetParser(shared: shared, dateStyles: dateStyles, date1904: workbook.date1904)
        let sheetData = try required(sheetPart)
        self.sheetPartBytes = sheetData.count
        sheetParser.onRow = rowProgress(sheetData.count)
        _ = try parse(sheetData, sheetParser, sheetPart)
        sheetParser.onRow?(sheetParser.rows.count)
        if let bad = sheetParser.badSharedString {
            throw .missingSharedString(bad.index, sheet: chosen.name, row: bad.row, column: bad.column)
        }
        self.sheetName = chosen.name
        self.sheetNames = workbook.sheets.map(\.name)
        self.rows = sheetParser.rows
    }
}

/// The element name without its namespace prefix (`x:c` → `c`).
private func local(_ name: String) -> Substring {
    if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
    return Substring(name)
}

/// `xl/workbook.xml`: the sheets in order (name, relationship id) and the date system.
private final class WorkbookParser: NSObject, XMLParserDelegate {
    var sheets: [(name: String, rel: String)] = []
    var date1904 = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch local(elementName) {
        case "sheet":
            let rel = attributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value ?? ""
            sheets.append((attributes["name"] ?? "", rel))
        case "workbookPr":
            let v = attributes["date1904"]?.lowercased()
            date1904 = v == "1" || v == "true"
        default: break
        }
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id → target part.
private final class RelationshipsParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if local(elementName) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text, runs concatenated, phonetic runs (`<rPh>`) left out.
private final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch local(elementName) {
        case "si": current = ""
        case "t": inText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(elementName) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// `xl/styles.xml`: which cell styles (indexes into `cellXfs`) show a date or time.
private final class StylesParser: NSObject, XMLParserDelegate {
    private var customFormats: [Int: String] = [:]
    private var xfFormats: [Int] = []
    private var inCellXfs = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch local(elementName) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init) { customFormats[id] = attributes["formatCode"] ?? "" }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: xfFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if local(elementName) == "cellXfs" { inCellXfs = false }
    }

    /// Style indexes whose number format is a date or time.
    var dateStyles: Set<Int> {
        var out = Set<Int>()
        for (i, id) in xfFormats.enumerated() where Self.isDateFormat(id: id, code: customFormats[id]) { out.insert(i) }
        return out
    }

    /// Built-in ids 14–22 and 45–47; a custom format whose code, without quoted text, escaped
    /// characters and `[…]` sections (colours, locales), has `d`, `m`, `y` or `h`.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if let code {
            var plain = "", inQuote = false, inBracket = false, escape = false
            for ch in code {
                if escape { escape = false; continue }
                if inQuote { if ch == "\"" { inQuote = false }; continue }
                if inBracket { if ch == "]" { inBracket = false }; continue }
                switch ch {
                case "\"": inQuote = true
                case "\\": escape = true
                case "[": inBracket = true
                default: plain.append(ch)
                }
            }
            let lower = plain.lowercased()
            if lower == "general" || lower == "@" { return false }
            return lower.contains { "dmyh".contains($0) }
        }
        return (14...22).contains(id) || (45...47).contains(id)
    }
}

/// A sheet part: its rows with text.
private final class SheetParser: NSObject, XMLParserDelegate {
    let shared: [String]
    let dateStyles: Set<Int>
    let date1904: Bool
    var rows: [XLSXReader.Row] = []
    /// Called with the number of rows so far, every 4,096.
    var onRow: ((Int) -> Void)?
    var badSharedString: (row: Int, column: Int, index: Int)? = nil

    private var row = XLSXReader.Row(number: 0, cells: [])
    private var lastColumn = 0
    private var cellColumn = 0, cellType = "n", cellStyle = 0
    private var value = "", inline = ""
    private var inValue = false, inInlineText = false, inInline = false, phonetic = 0

    init(shared: [String], dateStyles: Set<Int>, date1904: Bool) {
        self.shared = shared
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch local(elementName) {
        case "row":
            let number = attributes["r"].flatMap(Int.init) ?? row.number + 1
            row = XLSXReader.Row(number: number, cells: [])
            lastColumn = 0
        case "c":
            cellColumn = attributes["r"].flatMap(Self.column(of:)) ?? lastColumn + 1
            lastColumn = cellColumn
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
            value = ""; inline = ""
        case "v": inValue = true
        case "is": inInline = true
        case "t" where inInline: inInlineText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(elementName) {
        case "v": inValue = false
        case "t": inInlineText = false
        case "is": inInline = false
        case "rPh": phonetic -= 1
        case "c":
            let text = trimField(cellText())
            if !text.isEmpty { row.cells.append((cellColumn, text)) }
        case "row":
            if !row.cells.isEmpty {
                row.cells.sort { $0.column < $1.column }
                rows.append(row)
                if let onRow, rows.count % 4096 == 0 { onRow(rows.count) }
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string } else if inInlineText { inline += string }
    }

    /// The current cell as the CSV reader would see it.
    private func cellText() -> String {
        switch cellType {
        case "s":
            guard let i = Int(value.trimmingWhitespace()) else { return "" }
            guard i >= 0 && i < shared.count else {
                if badSharedString == nil { badSharedString = (row.number, cellColumn, i) }
                return ""
            }
            return shared[i]
        case "inlineStr": return inline
        case "b": return value.trimmingWhitespace() == "1" ? "TRUE" : "FALSE"
        case "str", "e": return value
        case "d": return Self.isoDate(value)
        default:
            let v = value.trimmingWhitespace()
            guard !v.isEmpty, let number = Double(v) else { return v }
            if dateStyles.contains(cellStyle), let date = ExcelDate.text(serial: number, date1904: date1904) { return date }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return "\(number)"
        }
    }

    /// An ISO 8601 date cell (`t="d"`): `YYYY-MM-DD`, with `THH:MM` when it has a time of day.
    static func isoDate(_ v: String) -> String {
        let s = v.trimmingWhitespace()
        guard let t = s.firstIndex(of: "T") else { return s }
        let day = String(s[..<t])
        let time = s[s.index(after: t)...].prefix(5)
        return time == "00:00" ? day : day + "T" + time
    }

    /// The column number of a cell reference: `C14` → 3; `nil` without letters or beyond
    /// Excel's last column `XFD` (16384) — the cell then takes the next column. Without the cap
    /// a reference of 14 or more letters overflowed `Int` and trapped: found by fuzzing
    /// (`make fuzz`, target `xlsx`).
    static func column(of ref: String) -> Int? {
        var n = 0
        for u in ref.utf8 {
            if u >= 65 && u <= 90 { n = n * 26 + Int(u - 64) } else if u >= 97 && u <= 122 { n = n * 26 + Int(u - 96) } else { break }
            if n > maxColumn { return nil }
        }
        return n > 0 ? n : nil
    }

    /// Excel's last column, `XFD`.
    static let maxColumn = 16384
}

/// Trims as ``CSVReader`` trims every field: spaces, tabs, line ends, vertical tab, form feed,
/// no-break space and a stray byte order mark.
public func trimField(_ s: String) -> String {
    let isSpace: (Unicode.Scalar) -> Bool = { c in
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}" || c == "\u{A0}" || c == "\u{FEFF}"
    }
    let scalars = s.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isSpace($0) })!
    return String(scalars[first...last])
}

private extension String {
    /// The string without leading and trailing spaces, tabs and line ends (as a cell's value or a
    /// sheet's name is compared).
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
