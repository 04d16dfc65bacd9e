/// What is wrong in an input file, as a typed value with its parameters (issue 23: messages as
/// data). ``words(_:_:)`` is the one catalogue of these sentences, in Dutch and in English: what
/// is wrong and how to fix it. The library never names a command-line flag: where the fix is a
/// column mapping, the adapter that shows the problem words it (``ProblemWording``) — the CLI as
/// its option, the page as its form.
///
/// **Privacy.** A cell is a ``ProblemCell``: its value, whether its column or row can hold a young
/// person's id or name, and where it stands. The words hold it as an ``InputIssue/Part``, so it
/// is quoted only after ``InputIssue/revealCells(unless:)`` — the same cells and the same rule in
/// every language — and otherwise described (`column 3 (about)`, `kolom 3 (over)`).
///
/// The place (file, line, column) is the ``InputIssue``'s; the problem is what is wrong there.
public indirect enum InputProblem: Sendable, Hashable {
    // MARK: The file as a whole (CSV)
    /// UTF-16 text (Excel's "Unicode text").
    case utf16Text
    /// A ZIP archive given as CSV.
    case zipArchive
    /// No bytes (or only a byte-order mark).
    case emptyFile
    /// No header row: a log, an actors file or a partner survey.
    case noHeaderRow(ColumnMapping.File)

    // MARK: Quoting (CSV)
    /// A quoted field over `lines` lines leaves the row with `fields` fields instead of `expected`.
    case quoteSpansFields(lines: Int, fields: Int, expected: Int)
    /// A quoted field still open `lines` lines further on.
    case quoteStillOpen(lines: Int)
    /// A quoted field that runs to `line`, where text follows its closing quote.
    case quoteRunsTo(line: Int)
    /// Text after the closing quote of a quoted field.
    case textAfterClosingQuote
    /// The file ends inside quotes.
    case quoteNeverClosed
    /// A NUL byte.
    case nulByte
    /// A quoting problem in the header line: nothing below it can be read with confidence.
    case brokenHeader(InputProblem)

    // MARK: Headers
    /// A log column (`header` as written) named twice; `english` and `dutch` its names.
    case logColumnTwice(header: String, english: String, dutch: String)
    /// An actors file column named twice.
    case actorColumnTwice(String)
    /// The log's first row looks like data: column `column` (1-based) holds a date.
    case headerLooksLikeData(column: Int)
    /// A required log column is missing; `found` the first header cells (at most
    /// ``HeaderCellList/limit``) of `total`; `suggestion` a mapping the headers suggest.
    case logColumnMissing(english: String, dutch: String, found: [String], total: Int, suggestion: [MappingPick]?)
    /// The actors file lacks its column id; `looksLikeData` when its first row holds a kind.
    case actorIdMissing(looksLikeData: Bool)
    /// A survey lacks its column `respondent` or `partner`.
    case surveyColumnMissing(String)
    /// A survey has neither frequency nor intensity.
    case surveyWithoutScale
    /// A column mapping names a header the file lacks; `headers` the file's headers.
    case mappedHeaderMissing(ColumnMapping.File, name: String, header: String, headers: [String])
    /// No row of the actors file says its kind; `hasKindColumn` whether the column is there.
    case actorsWithoutKinds(hasKindColumn: Bool)

    // MARK: Rows of the contact log
    /// A row with `found` fields where the header has `expected`; `delimiter` the file's.
    case logFieldCount(found: Int, expected: Int, delimiter: Character)
    /// An empty date cell in `column`.
    case dateEmpty(ProblemCell.Place)
    /// A date that is not one in the order chosen for the file.
    case dateNotInOrder(ProblemCell, order: DateOrder)
    /// A date that cannot be read.
    case dateUnreadable(ProblemCell)
    /// A weight that is not a number in range.
    case weightOutOfRange(ProblemCell)
    /// A tie's weight (a row of a graph: an edge list or a graph file) that is not a number in
    /// range; ties may sum many contacts, so their range is wider.
    case tieWeightOutOfRange(ProblemCell)
    /// A weight like `1.000` in a file with decimal commas.
    case weightAmbiguous(ProblemCell)
    /// A row that names fewer than two actors; `columns` the log columns (English names) it
    /// fills, `repeated` when one id stands in two of them.
    case tooFewActors(columns: [String], repeated: Bool)
    /// Day-first and month-first dates in one file.
    case mixedDateOrder(dayLine: Int, monthLine: Int, ambiguous: Int)
    /// An actors file row declares a place or partner the log names in its about column.
    case declaredNotYouth(place: Bool, log: String, aboutLine: Int)

    // MARK: Rows of the actors file
    case actorFieldCount(found: Int, expected: Int)
    case actorWithoutId
    case unknownKind(ProblemCell)
    case unknownDomain(ProblemCell)
    /// A place or young person with a domain.
    case domainOfNonPartner(ActorKind)
    case ordinaryNotYesOrNo(ProblemCell)
    /// An id listed again with other attributes; `id` `nil` when it is a young person's;
    /// `firstLine` 0 when unknown.
    case actorListedAgain(id: ProblemCell?, firstLine: Int)

    // MARK: Workbooks (.xlsx)
    case notAWorkbook
    case workbookPartMissing(String)
    case workbookPartTooBig(String, mebibytes: Int, limit: Int)
    /// A part that cannot be unpacked; `why` what is off.
    case workbookPartDamaged(String, why: PartDamage)
    case workbookPartNotUTF8(String)
    case workbookPartNotXML(String)
    case workbookWithoutSheets
    /// The sheet asked for is not there; `sheets` those that are.
    case noSuchSheet(String, sheets: [String])
    case sheetNotLocated(String)
    case missingSharedString(Int)

    // MARK: Rows of a partner survey
    case surveyFieldCount(found: Int, expected: Int)
    case ratesItself
    /// A respondent rated this partner before, on `line` (of `sheet` when the workbook is read whole).
    case ratedBefore(line: Int, sheet: String?)
    /// `column` (respondent or partner) is empty.
    case surveyCellEmpty(String)
    /// The respondent or partner in column `index` (1-based) is a young person.
    case surveyNamesYouth(String, index: Int)
    case surveyNotInActors(String, ProblemCell)
    case surveyPlace(String, ProblemCell)
    /// An answer off its scale in column `key`.
    case offScale(String, ProblemCell)
    /// Problems found but not shown.
    case moreNotShown(Int)
    /// A log with no usable contact: `rowsRead` rows, all skipped as invalid when `allSkipped`,
    /// else a header without rows (``NoUsableContact``).
    case noUsableContact(rowsRead: Int, allSkipped: Bool)

    // MARK: A goals file (TOML)
    /// A problem of a goals file, with its own catalogue (``GoalsProblem/words(_:)``).
    case goals(GoalsProblem)

    // MARK: Graphs from other tools (GraphML, GEXF, node-link JSON, Kumu)
    /// An XML graph file that is not UTF-8.
    case xmlNotUTF8(format: String)
    /// Not well-formed XML; `cutOff` when it ends before its elements are closed.
    case notXML(format: String, cutOff: Bool)
    /// No `<graph>` element.
    case noGraphElement(format: String)
    /// A `<node>` or `<key>` (`element`) without its id.
    case graphElementWithoutId(String, format: String)
    /// An `<edge>` without source or target.
    case graphEdgeEnds(format: String)
    /// Not JSON: why, where the ``InputIssue`` says.
    case notJSON(JSONSyntax)
    /// A node-link JSON without its list `nodes` or `edges`.
    case nodeLinkWithoutList(String)
    /// An item of list `nodes` or `edges`/`links` that is not an object.
    case nodeLinkItemNotObject(String)
    case nodeLinkNodeWithoutId
    case nodeLinkEdgeEnds
    /// A Kumu workbook whose elements sheet has no column Label or ID.
    case kumuWithoutLabel(sheet: String)
    /// A Kumu workbook whose connections sheet lacks From or To.
    case kumuWithoutFromTo(sheet: String)

    /// Why a workbook's part cannot be unpacked.
    public enum PartDamage: Sendable, Hashable {
        /// Its compressed data does not end where the archive says.
        case endless
        /// It unpacks to another size than the archive says.
        case wrongSize
        /// Its CRC-32 is not the archive's.
        case wrongChecksum
        /// Anything else.
        case unreadable
    }

    /// A Wijknet column (English name), the file's header that a mapping would give it, and
    /// that header's column (1-based, to describe it when it cannot be quoted). The header is
    /// read only through the words (it may be a young person's id): internal.
    public struct MappingPick: Sendable, Hashable {
        var name: String
        var header: String
        var column: Int
    }
}

/// Why a text is not JSON (``InputProblem/notJSON(_:)``).
public enum JSONSyntax: Sendable, Hashable {
    case trailingText, unknownWord, tooDeep(Int), endsBeforeValue, keyExpected, colonExpected, endsInObject
    case commaOrBraceExpected, endsInList, commaOrBracketExpected, valueExpected, digitsAfterDot, digitsInExponent
    case badUnicodeEscape, textNotClosed, controlInText, endsAfterBackslash, unknownEscape(String), notUTF8
}

/// A cell a problem is about: its value, whether it can be a young person's id or name, and
/// where it stands (said instead of the value when the value may not be shown). The value is
/// internal: outside the library a cell is shown only through ``InputIssue/message(_:_:)`` and
/// ``InputIssue/hint(_:_:)``, after the reveal.
public struct ProblemCell: Sendable, Hashable {
    var value: String
    var sensitive: Bool
    public var place: Place

    /// Where a cell stands, as a message says it without quoting it.
    public enum Place: Sendable, Hashable {
        /// `column 3 (over)`; `label` the column's name (English and Dutch), when known.
        case column(Int, label: ColumnLabel?)
        /// `in column 3 (about)`.
        case inColumn(Int, label: ColumnLabel?)
        /// `the id in column 3`.
        case idInColumn(Int)
    }

    /// A column's name in the two languages; `english` as English messages show it (the log's
    /// own header language, as ever).
    public struct ColumnLabel: Sendable, Hashable {
        public var english: String
        public var dutch: String
    }

    /// The cell as a message part in `lang`.
    func part(_ lang: Language) -> InputIssue.Part {
        .cell(value, sensitive: sensitive, otherwise: place.words(lang))
    }
}

extension ProblemCell.Place {
    func words(_ lang: Language) -> String {
        let nl = lang == .nl
        switch self {
        case let .column(i, label):
            return (nl ? "kolom \(i)" : "column \(i)") + (label.map { " (\(nl ? $0.dutch : $0.english))" } ?? "")
        case let .inColumn(i, label):
            return "in " + ProblemCell.Place.column(i, label: label).words(lang)
        case let .idInColumn(i):
            return nl ? "de id in kolom \(i)" : "the id in column \(i)"
        }
    }
}

/// How an adapter names the way out it offers where a problem's fix is a column mapping (issue
/// 23: the library names no command-line flag). The CLI words it as its option (`--columns`),
/// the page as its form; ``PlainWording`` is the library's own, naming neither.
public protocol ProblemWording: Sendable {
    /// The column mapping of `file` as a noun: `--columns`, "de koppeling van de kolommen".
    func mapping(_ file: ColumnMapping.File, _ lang: Language) -> String
    /// Giving the mapping `pairs` (`date=Datum,source=…`, cells as parts): `--columns "…"`.
    func giving(_ file: ColumnMapping.File, _ pairs: [InputIssue.Part], _ lang: Language) -> [InputIssue.Part]
    /// A setting a message points to (``Setting``): `--from`, "de begindatum". By default the
    /// library's noun (``Setting/noun(_:)``).
    func setting(_ setting: Setting, _ lang: Language) -> String
}

extension ProblemWording {
    public func setting(_ setting: Setting, _ lang: Language) -> String { setting.noun(lang) }
}

/// The library's own wording of a mapping: no flag, no form.
public struct PlainWording: ProblemWording {
    public init() {}
    public func mapping(_ file: ColumnMapping.File, _ lang: Language) -> String {
        switch (file, lang) {
        case (.actors, .nl): "de koppeling van de kolommen van het actorenbestand"
        case (_, .nl): "de koppeling van de kolommen"
        case (.actors, .en): "the actors file's column mapping"
        case (_, .en): "the column mapping"
        }
    }
    public func giving(_ file: ColumnMapping.File, _ pairs: [InputIssue.Part], _ lang: Language) -> [InputIssue.Part] {
        [.text(mapping(file, lang) + " \"")] + pairs + [.text("\"")]
    }
}

extension ColumnMapping.File {
    /// The name of Wijknet column `english` in `lang` (Dutch spellings are accepted by a mapping too).
    func name(_ english: String, _ lang: Language) -> String {
        guard lang == .nl, let i = names.firstIndex(of: english) else { return english }
        return dutchNames[i]
    }
}

extension InputProblem {
    /// The pairs of a suggested mapping: `date=Datum,source=Medewerker`, each header a cell
    /// (quoted only when it may be), otherwise `<header of column 3>`.
    static func pairs(_ picks: [MappingPick], _ lang: Language) -> [InputIssue.Part] {
        var parts: [InputIssue.Part] = []
        for (k, p) in picks.enumerated() {
            parts.append(.text((k > 0 ? "," : "") + ColumnMapping.File.log.name(p.name, lang) + "="))
            parts.append(.bareCell(p.header, otherwise: lang == .nl ? "<kopje van kolom \(p.column)>" : "<header of column \(p.column)>"))
        }
        return parts
    }

    /// Header cells as parts: `'A', 'B', (empty header in column 3)`.
    static func listing(_ headers: [String], _ lang: Language) -> [InputIssue.Part] {
        var parts: [InputIssue.Part] = []
        for (i, h) in headers.enumerated() {
            if i > 0 { parts.append(.text(", ")) }
            parts.append(h.isEmpty ? .text(lang == .nl ? "(leeg kopje in kolom \(i + 1))" : "(empty header in column \(i + 1))")
                                   : .cell(h, sensitive: false, otherwise: lang == .nl ? "kolom \(i + 1)" : "column \(i + 1)"))
        }
        return parts
    }

    /// Every cell value the words may quote (the same in every language): what
    /// ``InputIssue/revealCells(unless:)`` decides on.
    var cellValues: [String] {
        words(.en, PlainWording()).message.compactMap(\.cellValue) + words(.en, PlainWording()).fix.compactMap(\.cellValue)
    }
}

extension InputIssue.Part {
    var cellValue: String? {
        switch self {
        case .text: nil
        case .cell(let v, _, _), .bareCell(let v, _): v
        }
    }
}
