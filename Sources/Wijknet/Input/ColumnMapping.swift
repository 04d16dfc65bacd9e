import WijknetIngest

/// Which header of an input file holds which Wijknet column: `--columns` for the contact log
/// and for a partner survey (`wijknet survey`), `--actor-columns` for the actors file.
///
/// Parsed from `wijknet=Header,wijknet=Header,…`, e.g.
/// `source=Medewerker,target=Contact met,about=Jongere`. Wijknet names are the English column
/// names (the Dutch ones are accepted too); headers are matched case-insensitively after
/// trimming. Columns the mapping does not name are still found by their usual names
/// (`date`/`datum`, …) when the file has them and the mapping has not taken that header.
public struct ColumnMapping: Sendable, Equatable {
    /// What kind of file a mapping is for: it decides the Wijknet names it accepts.
    public enum File: Sendable {
        case log, actors, survey

        /// The Wijknet names, English, in column order.
        public var names: [String] {
            switch self {
            case .log: ["date", "source", "target", "about", "place", "type", "weight"]
            case .actors: ["id", "name", "kind", "domain", "organisation", "neighbourhood", "ordinary", "municipality"]
            case .survey: ["respondent", "partner", "frequency", "intensity", "trust_1", "trust_2", "trust_3", "value_1", "value_2", "value_3"]
            }
        }

        /// Dutch spellings of ``names``, in the same order.
        public var dutchNames: [String] {
            switch self {
            case .log: ["datum", "van", "naar", "over", "plek", "soort", "gewicht"]
            case .actors: ["id", "naam", "soort", "domein", "organisatie", "wijk", "voorveld", "gemeente"]
            case .survey: ["respondent", "partner", "frequentie", "intensiteit", "vertrouwen_1", "vertrouwen_2", "vertrouwen_3",
                           "waarde_1", "waarde_2", "waarde_3"]
            }
        }
    }

    public let file: File
    /// Wijknet name (English) → the header as written in the option (trimmed).
    public private(set) var headers: [String: String] = [:]
    /// Wijknet names in the order the option gave them.
    public private(set) var order: [String] = []

    /// Parses `text`.
    /// - Throws: ``ParseError`` for an unknown Wijknet name, a pair without `=`, an empty header
    ///   or a name given twice; its words list the names that exist.
    public init(parsing text: String, for file: File) throws {
        self.file = file
        for raw in text.split(separator: ",", omittingEmptySubsequences: true) {
            let pair = String(raw)
            guard let eq = pair.firstIndex(of: "=") else { throw ParseError(file: file, problem: .notAPair(pair.trimmingWhitespace())) }
            let key = String(pair[..<eq]).trimmingWhitespace().lowercased()
            let header = String(pair[pair.index(after: eq)...]).trimmingWhitespace()
            let english: String
            if let i = file.names.firstIndex(of: key) { english = file.names[i] }
            else if let i = file.dutchNames.firstIndex(of: key) { english = file.names[i] }
            else { throw ParseError(file: file, problem: .unknownName(key)) }
            guard !header.isEmpty else { throw ParseError(file: file, problem: .noHeader(english)) }
            guard headers[english] == nil else { throw ParseError(file: file, problem: .givenTwice(english)) }
            headers[english] = header
            order.append(english)
        }
        guard !order.isEmpty else { throw ParseError(file: file, problem: .empty) }
    }

    /// Why a mapping's text cannot be read, as a typed value (issue 23); ``text(_:_:)`` words
    /// it, the mapping named by the adapter (the CLI's option, the page's form).
    public struct ParseError: Error, Sendable, Hashable {
        public var file: File
        public var problem: Problem

        public enum Problem: Sendable, Hashable {
            /// A pair without `=`.
            case notAPair(String)
            /// A name that is no Wijknet column.
            case unknownName(String)
            /// `name=` with no header.
            case noHeader(String)
            /// A name given twice.
            case givenTwice(String)
            /// Nothing mapped.
            case empty
        }

        /// The sentence in `lang`: `--columns: 'bron' is not a Wijknet column; known names: …`
        /// with the CLI's wording.
        public func text(_ lang: Language, _ wording: any ProblemWording = PlainWording()) -> String {
            let nl = lang == .nl
            let names = (nl ? file.dutchNames : file.names).joined(separator: ", ")
            let known = nl ? "bekende namen: \(names)" : "known names: \(names)"
            let sentence: String
            switch problem {
            case .notAPair(let pair):
                sentence = nl ? "'\(quotedCell(pair))' heeft niet de vorm naam=Kopje; \(known)." : "'\(quotedCell(pair))' is not of the form name=Header; \(known)."
            case .unknownName(let key):
                sentence = nl ? "'\(quotedCell(key))' is geen kolom van Wijknet; \(known)." : "'\(quotedCell(key))' is not a Wijknet column; \(known)."
            case .noHeader(let name):
                sentence = nl ? "'\(file.name(name, lang))=' noemt geen kopje." : "'\(name)=' names no header."
            case .givenTwice(let name):
                sentence = nl ? "'\(file.name(name, lang))' staat er twee keer in." : "'\(name)' is given twice."
            case .empty:
                sentence = nl ? "de koppeling is leeg; \(known)." : "the mapping is empty; \(known)."
            }
            return "\(wording.mapping(file, lang)): \(sentence)"
        }
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

    /// The problem for a ``Missing`` header: names the mapping, the header and every header the
    /// file has (quoted only when ``InputIssue/revealCells(unless:)`` allows it).
    func issue(_ missing: Missing, file name: String, line: Int, fileHeaders: [String]) -> InputIssue {
        InputIssue(file: name, line: line, column: 1,
                   problem: .mappedHeaderMissing(file, name: missing.name, header: missing.header, headers: fileHeaders))
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

    /// A mapping guessed from a log's headers, as data for the fix of a problem (the adapter
    /// words it: the CLI as `--columns`): each Wijknet column takes the first header not yet
    /// taken that contains one of its keywords (keywords tried in order). `nil` when no header
    /// suggests the date or the source.
    static func suggestion(for fileHeaders: [String]) -> [InputProblem.MappingPick]? {
        suggestedPicks(for: fileHeaders).map { picks in
            picks.map { InputProblem.MappingPick(name: $0.0, header: fileHeaders[$0.1].trimmingWhitespace(), column: $0.1 + 1) }
        }
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
