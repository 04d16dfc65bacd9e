import Foundation
import Wijknet
import WijknetReport

/// The privacy property: no young person's id or name reaches an output.
///
/// Messages quote a cell as `'cell'` (through ``quotedCell(_:)``), so a leak in a message is the
/// quoted form of a young person's id or name, compared as the readers compare ids (NFC,
/// trimmed, case-folded). Tables are checked cell by cell: no id or label cell of the analysis
/// CSV is such an id or name. Both checks are exact, so a youth id that happens to be a common word
/// (`column`) cannot raise a false alarm.
struct YouthKeys {
    let keys: Set<String>
    /// The quoted forms a message would show, folded.
    let quoted: [String]

    init(_ log: ContactLog) {
        var keys = Set<String>()
        for a in log.actors where a.kind == .youth {
            keys.insert(fold(a.id))
            if let n = a.name { keys.insert(fold(n)) }
        }
        keys.remove("")
        // An id or name that is also a partner's or a place's (`p-2` is a partner's id and, in a
        // swapped row, a young person's name) is shown as theirs: not a leak, and not decidable.
        for a in log.actors where a.kind != .youth {
            keys.remove(fold(a.id))
            if let n = a.name { keys.remove(fold(n)) }
        }
        self.keys = keys
        quoted = keys.map { "'" + fold(quotedCell($0)) + "'" }
    }

    /// The first youth id or name quoted in `text`, if any.
    func quotedIn(_ text: String) -> String? {
        if keys.isEmpty { return nil }
        let t = fold(text)
        return quoted.first { t.contains($0) }
    }

    /// Checks every issue and warning of `log` and, with `analysis`, the analysis of its ecosystem.
    func checkAll(_ log: ContactLog, in what: String, analysis: Bool) {
        for issue in log.stats.issues {
            if let leak = quotedIn(issue.description) { check(false, "\(what): an issue quotes the young person \(leak): \(issue)") }
        }
        for warning in log.warnings {
            if let leak = quotedIn(warning) { check(false, "\(what): a warning quotes the young person \(leak): \(warning)") }
        }
        guard analysis && log.stats.rowsUsed > 0 else { return }
        let eco = Ecosystem(log: log, pseudonyms: Pseudonymizer(key: Array("wijknet-fuzz-key".utf8)))
        guard let result = try? AnalysisResult(eco, options: AnalysisOptions()) else {
            check(false, "\(what): the analysis of a readable log failed"); return
        }
        // The text columns (id, label): a number such as a degree of 2 is no id, even when a
        // young person's id is `2`.
        let rows = splitCSV(result.csv())
        guard let header = rows.first else { return }
        let textColumns = header.indices.filter { ["id", "label"].contains(header[$0]) }
        for row in rows.dropFirst() {
            for i in textColumns where i < row.count && keys.contains(fold(row[i])) {
                check(false, "\(what): the analysis CSV shows the young person \(row[i])")
            }
        }
    }
}

/// The comparison form of an id: NFC, trimmed, lower-cased (as the library's `normalisedKey`).
func fold(_ s: String) -> String {
    s.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}"))).lowercased()
}

/// A minimal RFC 4180 splitter for the CSV Wijknet writes (`,`, `"` quoting, `\n` line ends).
func splitCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = ""
    var quoted = false, afterQuote = false
    for ch in text.unicodeScalars {
        if quoted {
            if ch == "\"" { quoted = false; afterQuote = true } else { field.unicodeScalars.append(ch) }
            continue
        }
        switch ch {
        case "\"":
            if afterQuote { field.append("\"") }
            quoted = true; afterQuote = false
        case ",": row.append(field); field = ""; afterQuote = false
        case "\n": row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
        default: field.unicodeScalars.append(ch); afterQuote = false
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}
