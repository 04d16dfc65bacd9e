/// The CSV dialect of a table: what `--csv` chooses for every CSV Wijknet writes.
///
/// - `standard` (default): RFC 4180 — `,` between fields, `.` as decimal mark, UTF-8 without a
///   byte-order mark, `\n` line ends, the header on the first line. pandas `read_csv(path)`,
///   Spark `spark.read.csv(path, header=True)` and R `read.csv(path)` read it with default arguments.
/// - `excel-nl`: what Excel with Dutch regional settings opens by double-clicking: `;` between
///   fields, `,` as decimal mark in number columns, and a UTF-8 byte-order mark (without it Excel
///   reads the text as Windows-1252 and "Öztürk" comes out as "Ã–ztÃ¼rk"). pandas:
///   `read_csv(path, sep=";", decimal=",")`.
public enum CSVDialect: String, Sendable, CaseIterable {
    case standard
    case excelNL = "excel-nl"

    /// `csv` (a table in the standard dialect, as every `csv()` of this module writes it) in
    /// this dialect: ``render(_:to:)`` of the whole text.
    public func rendered(_ csv: String) -> String {
        guard self == .excelNL else { return csv }
        return ChunkedText.whole { out in try render({ try $0.append(csv) }, to: &out) }
    }

    /// The table `write` writes piece by piece (in the standard dialect, as every table of this
    /// module) in this dialect, written piece by piece to `out`.
    ///
    /// For `excel-nl`: a column is a number column when every non-empty cell below the header is
    /// an unquoted decimal number (`-0.25`, `3`, `1.5e-05`); in those the `.` becomes `,`. Text
    /// cells keep their text (so an id such as `3.10` in a column of names stays `3.10`) and are
    /// quoted when they hold `;`, `"` or a line end; the formula guard of ``csvEscape(_:)`` (a
    /// leading `'`) stays. Which columns are numbers is known only at the end of the table, so
    /// `write` runs twice: once to find them, once to convert as it goes. Memory stays at a
    /// chunk and a row (issue 28: at a million actors the table was parsed whole, a cell object
    /// per value). Complexity: `O(bytes)`, the table written twice.
    public func render(_ write: (inout ChunkedText) throws -> Void, to out: inout ChunkedText) throws {
        guard self == .excelNL else { return try write(&out) }
        var numeric: [Bool] = []
        func mark(_ row: Int, _ k: Int, _ cell: CSVCell) {
            guard row > 0 else { return }
            if k >= numeric.count { numeric.append(contentsOf: repeatElement(true, count: k + 1 - numeric.count)) }
            if !cell.text.isEmpty && (cell.quoted || !isDecimalNumber(cell.text)) { numeric[k] = false }
        }
        var scan = StandardCSVScanner()
        try withoutActuallyEscaping({ (chunk: String) in scan.feed(chunk, cell: mark) { _ in } }) { emit in
            var first = ChunkedText(emit: emit)
            try write(&first)
            try first.finish()
        }
        scan.finish(cell: mark) { _ in }   // a last row without a line end counts too

        try out.append("\u{FEFF}")
        var convert = StandardCSVScanner()
        var line = ""
        func cell(_ row: Int, _ k: Int, _ cell: CSVCell) {
            if k > 0 { line += ";" }
            line += row > 0 && k < numeric.count && numeric[k] ? cell.text.replacingDot() : quotedForSemicolons(cell.text)
        }
        try withoutActuallyEscaping({ (chunk: String) throws in
            var rows = ""
            convert.feed(chunk, cell: cell) { _ in rows += line + "\n"; line = "" }
            try out.append(rows)
        }) { emit in
            var second = ChunkedText(emit: emit)
            try write(&second)
            try second.finish()
        }
        var rest = ""
        convert.finish(cell: cell) { _ in rest += line + "\n"; line = "" }
        try out.append(rest)
    }
}

/// One cell of a standard CSV: its text (unescaped) and whether it was quoted.
struct CSVCell { var text: String; var quoted: Bool }

/// Reads an RFC 4180 table (`,`, `"` quoting, `\n` or `\r\n` line ends, as this module writes
/// them) fed in pieces that may cut anywhere, even between the two quotes of an escaped quote
/// or a `\r\n`: it reports each cell (row, column, cell) and each row's end as they complete.
/// A trailing line end ends the last row; it does not start an empty one.
struct StandardCSVScanner {
    private var field: [UInt8] = []
    private var quoted = false, inQuotes = false, any = false
    /// A `"` met inside quotes: an escaped quote if the next byte (maybe in the next piece) is one.
    private var quotePending = false
    /// The last byte was a `\r`: a `\n` right after (maybe in the next piece) belongs to it.
    private var crPending = false
    private var row = 0, column = 0

    mutating func feed(_ chunk: String, cell: (Int, Int, CSVCell) -> Void, row rowEnded: (Int) -> Void) {
        for b in chunk.utf8 { step(b, cell, rowEnded) }
    }

    /// Ends the table (a last row without a line end).
    mutating func finish(cell: (Int, Int, CSVCell) -> Void, row rowEnded: (Int) -> Void) {
        if quotePending { quotePending = false; inQuotes = false }
        if any || !field.isEmpty { endField(cell); rowEnded(row); row += 1; column = 0 }
    }

    private mutating func step(_ b: UInt8, _ cell: (Int, Int, CSVCell) -> Void, _ rowEnded: (Int) -> Void) {
        if crPending {
            crPending = false
            if b == UInt8(ascii: "\n") { return }
        }
        if quotePending {
            quotePending = false
            if b == UInt8(ascii: "\"") { field.append(b); return }
            inQuotes = false   // the closing quote; `b` is read outside the quotes
        }
        if inQuotes {
            if b == UInt8(ascii: "\"") { quotePending = true } else { field.append(b) }
        } else if b == UInt8(ascii: "\"") {
            inQuotes = true; quoted = true; any = true
        } else if b == UInt8(ascii: ",") {
            endField(cell); any = true
        } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
            crPending = b == UInt8(ascii: "\r")
            endField(cell); rowEnded(row); row += 1; column = 0; any = false
        } else {
            field.append(b); any = true
        }
    }

    private mutating func endField(_ cell: (Int, Int, CSVCell) -> Void) {
        cell(row, column, CSVCell(text: String(decoding: field, as: UTF8.self), quoted: quoted))
        column += 1
        field.removeAll(keepingCapacity: true)
        quoted = false
    }
}

/// `-?digits[.digits][e[+-]digits]`: a number as ``Format/csvNumber(_:)`` writes it.
func isDecimalNumber(_ s: String) -> Bool {
    var u = Substring(s).utf8[...]
    func digits() -> Bool {
        let n = u.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        u = u.dropFirst(n)
        return n > 0
    }
    if u.first == UInt8(ascii: "-") { u = u.dropFirst() }
    guard digits() else { return false }
    if u.first == UInt8(ascii: ".") { u = u.dropFirst(); guard digits() else { return false } }
    if u.first == UInt8(ascii: "e") || u.first == UInt8(ascii: "E") {
        u = u.dropFirst()
        if u.first == UInt8(ascii: "-") || u.first == UInt8(ascii: "+") { u = u.dropFirst() }
        guard digits() else { return false }
    }
    return u.isEmpty
}

/// A text cell for a `;`-separated table: quoted (with `"` doubled) when it holds `;`, `"` or a line end.
func quotedForSemicolons(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return s }
    var out = "\""
    for c in s.unicodeScalars { out.unicodeScalars.append(c); if c == "\"" { out.unicodeScalars.append(c) } }
    return out + "\""
}

private extension String {
    /// The decimal mark as a comma.
    func replacingDot() -> String { String(String.UnicodeScalarView(unicodeScalars.map { $0 == "." ? "," : $0 })) }
}
