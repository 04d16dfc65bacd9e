/// Which header of an input file holds which Wijknet column: `--columns` for the contact log,
/// `--actor-columns` for the actors file.
///
/// Parsed from `wijknet=Header,wijknet=Header,…`, e.g.
/// `source=Medewerker,target=Contact met,about=Jongere`. Wijknet names are the English column
/// names (the Dutch ones are accepted too); headers are matched case-insensitively after
/// trimming. Columns the mapping does not name are still found by their usual names
/// (`date`/`datum`, …) when the file has them and the mapping has not taken that header.
public struct ColumnMapping: Sendable, Equatable {
    /// What kind of file a mapping is for: it decides the Wijknet names it accepts.
    public enum File: Sendable {
        case log, actors

        /// The Wijknet names, English, in column order.
        public var names: [String] {
            switch self {
            case .log: ["date", "source", "target", "about", "place", "type", "weight"]
            case .actors: ["id", "name", "kind", "domain", "organisation", "neighbourhood", "ordinary", "municipality"]
            }
        }

        /// Dutch spellings of ``names``, in the same order.
        public var dutchNames: [String] {
            switch self {
            case .log: ["datum", "van", "naar", "over", "plek", "soort", "gewicht"]
            case .actors: ["id", "naam", "soort", "domein", "organisatie", "wijk", "voorveld", "gemeente"]
            }
        }

        var option: String { self == .log ? "--columns" : "--actor-columns" }
    }

    public let file: File
    /// Wijknet name (English) → the header as written in the option (trimmed).
    public private(set) var headers: [String: String] = [:]
    /// Wijknet names in the order the option gave them.
    public private(set) var order: [String] = []

    /// Parses `text`.
    /// - Throws: ``WijknetError/invalidRequest(_:)`` for an unknown Wijknet name, a pair without
    ///   `=`, an empty header or a name given twice; the message lists the names that exist.
    public init(parsing text: String, for file: File) throws {
        self.file = file
        let known = "known names: \(file.names.joined(separator: ", "))"
        for raw in text.split(separator: ",", omittingEmptySubsequences: true) {
            let pair = String(raw)
            guard let eq = pair.firstIndex(of: "=") else {
                throw WijknetError.invalidRequest("\(file.option): '\(quotedCell(pair.trimmingWhitespace()))' is not of the form name=Header; \(known).")
            }
            let key = String(pair[..<eq]).trimmingWhitespace().lowercased()
            let header = String(pair[pair.index(after: eq)...]).trimmingWhitespace()
            let english: String
            if let i = file.names.firstIndex(of: key) { english = file.names[i] }
            else if let i = file.dutchNames.firstIndex(of: key) { english = file.names[i] }
            else {
                throw WijknetError.invalidRequest("\(file.option): '\(quotedCell(key))' is not a Wijknet column; \(known).")
            }
            guard !header.isEmpty else {
                throw WijknetError.invalidRequest("\(file.option): '\(english)=' names no header.")
            }
            guard headers[english] == nil else {
                throw WijknetError.invalidRequest("\(file.option): '\(english)' is given twice.")
            }
            headers[english] = header
            order.append(english)
        }
        guard !order.isEmpty else { throw WijknetError.invalidRequest("\(file.option): the mapping is empty; \(known).") }
    }

    /// The header index of each mapped Wijknet name, given the file's header cells.
    ///
    /// - Returns: `.success` with Wijknet name → index, or `.failure` with the first name whose
    ///   header the file lacks.
    func resolve(_ fileHeaders: [String]) -> Result<[String: Int], Missing> {
        let normal = fileHeaders.map { $0.trimmingWhitespace().lowercased() }
        var out: [String: Int] = [:]
        for key in order {
            let wanted = headers[key]!.lowercased()
            guard let i = normal.firstIndex(of: wanted) else { return .failure(Missing(name: key, header: headers[key]!)) }
            out[key] = i
        }
        return .success(out)
    }

    /// A mapped header that the file does not have.
    struct Missing: Error {
        let name: String
        let header: String
    }

    /// The problem for a ``Missing`` header: names the option, the header and every header the
    /// file has (quoted only when ``InputIssue/revealCells(unless:)`` allows it).
    func issue(_ missing: Missing, file name: String, line: Int, fileHeaders: [String]) -> InputIssue {
        var parts: [InputIssue.Part] = [.text("\(file.option) maps '\(missing.name)' to the header "),
                                        .cell(missing.header, sensitive: false, otherwise: "you gave"),
                                        .text(", which the file does not have; its headers are ")]
        parts += Self.listing(fileHeaders)
        parts.append(.text("."))
        return InputIssue(file: name, line: line, column: 1, parts: parts,
                          hint: "write the header as it stands in the first row (case and surrounding spaces do not matter).")
    }

    /// Header cells as message parts: `'A', 'B', (empty header in column 3)`.
    static func listing(_ fileHeaders: [String]) -> [InputIssue.Part] {
        var parts: [InputIssue.Part] = []
        for (i, h) in fileHeaders.enumerated() {
            if i > 0 { parts.append(.text(", ")) }
            parts.append(h.isEmpty ? .text("(empty header in column \(i + 1))") : .cell(h, sensitive: false, otherwise: "column \(i + 1)"))
        }
        return parts
    }

    /// Keywords that suggest a log column in a header, in ``File/names`` order.
    static let logKeywords: [[String]] = [
        ["datum", "date"],
        ["medewerker", "van", "from"],
        ["contact met", "naar", "to", "met"],
        ["jongere", "cliënt", "client", "over"],
        ["locatie", "plek", "place", "waar"],
        ["soort", "type"],
        ["gewicht", "duur", "weight"],
    ]

    /// A `--columns` option guessed from a log's headers: each Wijknet column takes the first
    /// header not yet taken that contains one of its keywords (keywords tried in order).
    /// `nil` when no header suggests the date or the source.
    static func suggestion(for fileHeaders: [String]) -> [InputIssue.Part]? {
        guard let picks = suggestedPicks(for: fileHeaders) else { return nil }
        var parts: [InputIssue.Part] = [.text("try --columns \"")]
        for (k, (name, i)) in picks.enumerated() {
            parts.append(.text((k > 0 ? "," : "") + name + "="))
            parts.append(.bareCell(fileHeaders[i].trimmingWhitespace(), otherwise: "<header of column \(i + 1)>"))
        }
        parts.append(.text("\""))
        return parts
    }
}

extension ColumnMapping {
    /// The mapping a log's headers suggest (``suggestion(for:)``), Wijknet name → the header as
    /// the file writes it (trimmed): what `wijknet serve` fills its mapping form with. `nil`
    /// when no header suggests the date or the source.
    public static func suggestedMapping(for fileHeaders: [String]) -> [String: String]? {
        suggestedPicks(for: fileHeaders).map { picks in
            Dictionary(uniqueKeysWithValues: picks.map { ($0.0, fileHeaders[$0.1].trimmingWhitespace()) })
        }
    }

    /// Wijknet name and header index, in ``File/names`` order: each column takes the first
    /// header not yet taken that contains one of its keywords (``logKeywords``, tried in order).
    static func suggestedPicks(for fileHeaders: [String]) -> [(String, Int)]? {
        let normal = fileHeaders.map { nfc($0.trimmingWhitespace().lowercased()) }
        var taken = Set<Int>()
        var picks: [(String, Int)] = []
        for (c, words) in logKeywords.enumerated() {
            var hit: Int? = nil
            for w in words {
                if let i = normal.indices.first(where: { !taken.contains($0) && !normal[$0].isEmpty && normal[$0].contains(w) }) { hit = i; break }
            }
            if let hit { taken.insert(hit); picks.append((File.log.names[c], hit)) }
        }
        guard picks.contains(where: { $0.0 == "date" }), picks.contains(where: { $0.0 == "source" }) else { return nil }
        return picks
    }

    /// The cells of the header record `rec` and the columns `mapping` (`--columns`,
    /// `--actor-columns`) names in it, Wijknet name → column index (none without a mapping):
    /// the start of reading a header, for the log and the actors file alike.
    /// - Throws: ``WijknetError/input(_:)`` when the mapping names a header the file lacks.
    static func resolveHeader(_ rec: CSVReader.Record, with mapping: ColumnMapping?, file: String) throws -> (headers: [String], found: [String: Int]) {
        let headers = (0..<rec.count).map { rec.string($0) }
        guard let mapping else { return (headers, [:]) }
        switch mapping.resolve(headers) {
        case .failure(let missing):
            throw WijknetError.input(mapping.issue(missing, file: file, line: rec.line, fileHeaders: headers))
        case .success(let found):
            return (headers, found)
        }
    }
}
