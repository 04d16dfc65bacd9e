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
    /// this dialect.
    ///
    /// For `excel-nl`: a column is a number column when every non-empty cell below the header is
    /// an unquoted decimal number (`-0.25`, `3`, `1.5e-05`); in those the `.` becomes `,`. Text
    /// cells keep their text (so an id such as `3.10` in a column of names stays `3.10`) and are
    /// quoted when they hold `;`, `"` or a line end; the formula guard of ``csvEscape(_:)`` (a
    /// leading `'`) stays. Complexity: `O(bytes)`.
    public func rendered(_ csv: String) -> String {
        guard self == .excelNL else { return csv }
        let rows = parseStandardCSV(csv)
        var numeric: [Bool] = []
        for row in rows.dropFirst() {
            for (k, cell) in row.enumerated() {
                if k >= numeric.count { numeric.append(true) }
                if !cell.text.isEmpty && (cell.quoted || !isDecimalNumber(cell.text)) { numeric[k] = false }
            }
        }
        var out = "\u{FEFF}"
        for (r, row) in rows.enumerated() {
            let fields = row.enumerated().map { k, cell -> String in
                if r > 0, k < numeric.count, numeric[k] { return cell.text.replacingDot() }
                return quotedForSemicolons(cell.text)
            }
            out += fields.joined(separator: ";") + "\n"
        }
        return out
    }
}

/// One cell of a standard CSV: its text (unescaped) and whether it was quoted.
struct CSVCell { var text: String; var quoted: Bool }

/// The rows of an RFC 4180 table (`,`, `"` quoting, `\n` or `\r\n` line ends, as this module
/// writes them). A trailing line end ends the last row; it does not start an empty one.
func parseStandardCSV(_ csv: String) -> [[CSVCell]] {
    var rows: [[CSVCell]] = [], row: [CSVCell] = []
    var field = [UInt8](), quoted = false, inQuotes = false, any = false
    let bytes = Array(csv.utf8)
    var i = 0
    func endField() { row.append(CSVCell(text: String(decoding: field, as: UTF8.self), quoted: quoted)); field = []; quoted = false }
    while i < bytes.count {
        let b = bytes[i]
        if inQuotes {
            if b == UInt8(ascii: "\"") {
                if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") { field.append(b); i += 1 } else { inQuotes = false }
            } else { field.append(b) }
        } else if b == UInt8(ascii: "\"") {
            inQuotes = true; quoted = true; any = true
        } else if b == UInt8(ascii: ",") {
            endField(); any = true
        } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
            if b == UInt8(ascii: "\r") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
            endField(); rows.append(row); row = []; any = false
        } else {
            field.append(b); any = true
        }
        i += 1
    }
    if any || !field.isEmpty { endField(); rows.append(row) }
    return rows
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
