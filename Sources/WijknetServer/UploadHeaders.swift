import Foundation
import Wijknet

/// The header cells an upload's answer may show (the choices of the column mapping form).
///
/// The first row of a file is not always a header: an actors file without one starts with a
/// row of data, which may be a young person's id and name, and a log's first row then holds a
/// young person's id in its about column. Such cells must not travel back as "headers". So a
/// cell is shown only when it is a column name Wijknet knows (English or Dutch, any case), and
/// the others are described by their place, `kolom 3`. Only a row that *is* a header shows its
/// other cells too (the mapping form needs the file's own names, such as `Wanneer` or `Wie`): a
/// row with at least one known column name and no digit in any cell. A data row nearly always
/// has a digit (a date, a number in an id); a header rarely does, and a header with one only
/// loses its other names from the form.
enum UploadHeaders {
    /// The cells of the first row of `head` (the upload's first bytes) to show, empty cells
    /// left out; none for `.xlsx` files (the mapping form then stays empty), graph files
    /// (GraphML, GEXF, node-link JSON: no header row) and goals files.
    static func shown(_ head: [UInt8], fileName: String, slot: String) -> [String] {
        guard let file = mappingFile(slot), !fileName.lowercased().hasSuffix(".xlsx"), !isGraphFileName(fileName) else { return [] }
        let cells = firstRow(head)
        let known = Set((file.names + file.dutchNames).map { $0.lowercased() })
        let isHeader = cells.contains { known.contains($0.lowercased()) } && !cells.contains { $0.contains(where: \.isASCIIDigit) }
        return cells.enumerated().compactMap { i, cell in
            if cell.isEmpty { return nil }
            return isHeader || known.contains(cell.lowercased()) ? cell : placeholder + "\(i + 1)"
        }
    }

    /// How a cell that is not shown is named in the page: by its place (`kolom 3`).
    static let placeholder = "kolom "

    /// The mapping the server works out for a log whose headers do not name the date and the
    /// source as Wijknet knows them (``ColumnMapping/suggestedMapping(for:)``), from the shown
    /// cells only: Wijknet name → header. Empty for other slots, and when the usual names are
    /// there (no mapping is needed) or nothing suggests one.
    static func suggestion(_ shown: [String], slot: String) -> [String: String] {
        guard slot == "log" else { return [:] }
        let names = Set(shown.map { $0.lowercased() })
        if (names.contains("date") || names.contains("datum")) && (names.contains("source") || names.contains("van")) { return [:] }
        let headers = shown.map { cell in cell.hasPrefix(placeholder) && Int(cell.dropFirst(placeholder.count)) != nil ? "" : cell }
        return ColumnMapping.suggestedMapping(for: headers) ?? [:]
    }

    /// The kind of file a slot holds, for its column names; `nil` for the goals file.
    static func mappingFile(_ slot: String) -> ColumnMapping.File? {
        switch slot {
        case "log": .log
        case "actors": .actors
        default: nil
        }
    }

    /// The cells of the first line, split at the most frequent of `;`, `,` and tab, each
    /// without surrounding quotes and spaces.
    static func firstRow(_ head: [UInt8]) -> [String] {
        var line = String(decoding: head.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        if line.hasPrefix("\u{FEFF}") { line.removeFirst() }
        let delimiter = [";", ",", "\t"].max { line.components(separatedBy: $0).count < line.components(separatedBy: $1).count } ?? ","
        return line.components(separatedBy: delimiter).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
