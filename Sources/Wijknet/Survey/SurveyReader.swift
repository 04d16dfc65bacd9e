import WijknetIngest

/// Reads a partner survey (CSV or `.xlsx`) and the actors file that lists its partners.
///
/// One row per respondent and named partner. Columns (case-insensitive; spaces and `-` count
/// as `_`; `--columns` maps others):
///
/// | column | Dutch | required | meaning |
/// | --- | --- | --- | --- |
/// | respondent | respondent | yes | the answering partner's id in the actors file |
/// | partner | partner | yes | the partner answered about |
/// | frequency | frequentie | one of these two | ``SurveyFrequency``, `0`–`4` or its label |
/// | intensity | intensiteit | | ``SurveyIntensity``, `0`–`4` or its label |
/// | trust_1…trust_3 | vertrouwen_1…3 | no | ``SurveyItem``, `1`–`4` |
/// | value_1…value_3 | waarde_1…3 | no | ``SurveyItem``, `1`–`4` |
///
/// Columns `partner_name`/`partnernaam` and `toelichting`/`comment` are read past in silence
/// (the template has them); other unknown columns are named in a warning. An empty cell is
/// not answered. A workbook read without `--sheet` is read sheet by sheet, every one
/// (``SurveyTemplate`` writes one per respondent); sheets without the columns respondent and
/// partner are passed over, with a warning.
///
/// **Problems** (each with file, line and column — a cell for `.xlsx` — and a fix): an id the
/// actors file does not list, a place, a respondent rating itself, a pair given twice, a value
/// off its scale, a row wider than the header. All are collected and thrown together (the
/// first ``problemLimit``) after the whole file is read. **Privacy**: a row naming a young
/// person (an id or name the actors file gives a young person) is a problem that never quotes
/// the cell; other cells are quoted only under ``InputIssue``'s rule.
public struct SurveyReader {
    /// `--columns`: which header holds which survey column.
    public var columns: ColumnMapping?
    /// `--actor-columns`: likewise for the actors file.
    public var actorColumns: ColumnMapping?
    /// `--sheet`, `--actor-sheet`: the sheet to read from a workbook (else its first).
    public var sheet: String?, actorSheet: String?
    /// How to name a file in messages, by its path (default: the path as given).
    public var displayNames: [String: String] = [:]

    /// Problems thrown at most; the rest are counted in one more.
    public static let problemLimit = 20

    public init(columns: ColumnMapping? = nil, actorColumns: ColumnMapping? = nil, sheet: String? = nil, actorSheet: String? = nil) {
        self.columns = columns
        self.actorColumns = actorColumns
        self.sheet = sheet
        self.actorSheet = actorSheet
    }

    /// Reads the actors file, then the survey.
    /// - Throws: ``WijknetError/io(path:reason:)``; ``WijknetError/input(_:)`` or
    ///   ``WijknetError/inputs(_:)`` for the problems of either file.
    /// - Complexity: `O(rows + actors)`.
    public func read(surveyPath: String, actorsPath: String) throws -> Survey {
        let (log, youthKeys) = try readActors(actorsPath)
        var survey = Survey()
        survey.actorsFileName = log.actorsFileName ?? actorsPath
        survey.fileName = displayNames[surveyPath] ?? displayName(surveyPath)
        survey.partners = log.actors.filter { $0.kind == .partner }
        survey.readingWarnings = log.readingWarnings
        var ingest = SurveyIngest(survey: survey, actors: log, youthKeys: youthKeys, mapping: columns)
        var fatal: InputIssue? = nil
        do {
            let sources = try self.sources(surveyPath, survey.fileName)
            ingest.allSheets = sources.count > 1
            for var source in sources {
                ingest.startSheet(source.sheetName)
                try placingIssues(on: source.sheetName, file: survey.fileName, { ingest.place(sheet: $0) }) {
                    try source.forEachRecord(onMalformed: { ingest.problem($0) }) { rec in try ingest.consume(rec) }
                    try ingest.finish()
                }
            }
            try ingest.finishSheets()
        } catch WijknetError.input(let issue) { fatal = issue }
        let quotable = InputIssue.quotable(unless: youthKeys)
        if var fatal { fatal.reveal(quotable); throw WijknetError.input(fatal) }
        try ingest.throwProblems(quotable)
        return ingest.sealed(quotable)
    }

    /// Where the rows come from: the CSV file, the sheet `--sheet` names, or — a workbook read
    /// without `--sheet` — every sheet in order (the template has one per respondent).
    private func sources(_ path: String, _ name: String) throws -> [any RecordSource] {
        let first = try recordSource(path: path, displayName: name, sheet: sheet)
        guard sheet == nil, let workbook = first as? WorkbookSource, workbook.sheetNames.count > 1 else { return [first] }
        return [first] + (try workbook.sheetNames.dropFirst().map { try WorkbookSource(path: path, displayName: name, sheet: $0) })
    }

    /// The actors file as a log without rows, and the normalised ids and names of its young people.
    func readActors(_ path: String) throws -> (ContactLog, Set<String>) {
        var log = ContactLog()
        var interner = ByteInterner(capacity: 256)
        var reader = ActorsFileReader(columns: actorColumns, sheet: actorSheet)
        var fatal: InputIssue? = nil
        do { try reader.read(path: path, name: displayNames[path] ?? displayName(path), into: &log, interner: &interner) }
        catch WijknetError.input(let issue) { fatal = issue }
        let keys = log.youthKeys(reader.youthCells)
        log.revealCells(unless: keys)
        if var issue = fatal ?? log.stats.issues.first {
            issue.revealCells(unless: keys)
            throw WijknetError.input(issue)
        }
        return (log, keys)
    }
}

/// The per-row work of ``SurveyReader``.
private struct SurveyIngest {
    var survey: Survey
    let actors: ContactLog
    let youthKeys: Set<String>
    let mapping: ColumnMapping?
    /// Actor index in the actors file → index in ``Survey/partners``.
    let partnerOf: [Int: Int]
    var sawHeader = false
    var headerCount = 0
    var columnOf: [String: Int] = [:]
    var problems: [InputIssue] = []
    var problemCount = 0
    /// The warnings found, each with the cells it lists (rendered once every young person's id
    /// is known, in ``sealed(_:)``): the typed value made of the rendered list.
    var warningParts: [(make: (String) -> ReadingWarning, parts: [InputIssue.Part])] = []
    /// (respondent, partner) → where it was first given: the line, and the sheet when several are read.
    var seen: [Int: (line: Int, sheet: String?)] = [:]
    /// Whether every sheet of a workbook is read: a sheet without the survey's columns (the
    /// template's `Uitleg`) is then passed over, not a problem.
    var allSheets = false
    var sheet: String? = nil
    /// Sheets passed over, and sheets read.
    var passedOverSheets: [String] = [], sheetsRead = 0
    /// The first sheet's missing-column problem, thrown when no sheet has the survey's columns.
    var firstHeaderProblem: WijknetError? = nil
    var skippingSheet = false

    init(survey: Survey, actors: ContactLog, youthKeys: Set<String>, mapping: ColumnMapping?) {
        self.survey = survey
        self.actors = actors
        self.youthKeys = youthKeys
        self.mapping = mapping
        var map: [Int: Int] = [:]
        for (i, a) in actors.actors.enumerated() where a.kind == .partner { map[i] = map.count }
        self.partnerOf = map
    }

    static let known: [(key: String, names: [String])] = [
        ("respondent", ["respondent", "invuller"]),
        ("partner", ["partner"]),
        ("frequency", ["frequency", "frequentie", "hoe_vaak"]),
        ("intensity", ["intensity", "intensiteit"]),
    ] + (1...3).map { ("trust_\($0)", ["trust_\($0)", "trust\($0)", "vertrouwen_\($0)", "vertrouwen\($0)"]) }
      + (1...3).map { ("value_\($0)", ["value_\($0)", "value\($0)", "waarde_\($0)", "waarde\($0)"]) }

    /// Columns of the template that the analysis does not need.
    static let passedOver: Set<String> = ["partner_name", "partnernaam", "naam_partner", "respondent_name", "respondentnaam",
                                          "naam_respondent", "toelichting", "comment", "comments", "opmerking", "opmerkingen"]

    static func normalised(_ header: String) -> String {
        String(nfc(header.trimmingWhitespace().lowercased()).map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    mutating func problem(_ issue: InputIssue) {
        problemCount += 1
        if problems.count < SurveyReader.problemLimit { problems.append(issue) }
    }

    mutating func place(sheet: String) {
        for i in problems.indices where problems[i].file == survey.fileName && problems[i].sheet == nil { problems[i].sheet = sheet }
    }

    mutating func startSheet(_ name: String?) {
        sheet = name
        sawHeader = false
        skippingSheet = false
        columnOf = [:]
    }

    mutating func consume(_ rec: CSVReader.Record) throws {
        if skippingSheet { return }
        if sawHeader { row(rec); return }
        do { try header(rec) } catch let error as WijknetError where allSheets {
            if firstHeaderProblem == nil { firstHeaderProblem = error }
            skippingSheet = true
        }
    }

    mutating func header(_ rec: CSVReader.Record) throws {
        sawHeader = true
        headerCount = rec.count
        let found = try ColumnMapping.resolveHeader(rec, with: mapping, file: survey.fileName).found
        columnOf = found
        var unknown = HeaderCellList()
        for i in 0..<rec.count where !found.values.contains(i) {
            let h = Self.normalised(rec.string(i))
            if let key = Self.known.first(where: { $0.names.contains(h) })?.key, columnOf[key] == nil {
                columnOf[key] = i
            } else if !Self.passedOver.contains(h) && !h.isEmpty {
                unknown.appendListed(.cell(rec.string(i), sensitive: false, otherwise: "column \(i + 1)"))
            }
        }
        try requireColumns(rec)
        survey.asksTrust = survey.asksTrust || (1...3).contains { columnOf["trust_\($0)"] != nil }
        survey.asksValue = survey.asksValue || (1...3).contains { columnOf["value_\($0)"] != nil }
        if !unknown.isEmpty {
            unknown.appendUnlisted()
            let (file, count) = (survey.fileName, unknown.count)
            warningParts.append(({ .ignoredColumns(file: file, count: count, names: $0, contactLog: false) }, unknown.parts))
        }
    }

    func requireColumns(_ rec: CSVReader.Record) throws {
        for key in ["respondent", "partner"] where columnOf[key] == nil {
            throw WijknetError.input(InputIssue(file: survey.fileName, line: rec.line, column: 1, problem: .surveyColumnMissing(key)))
        }
        if columnOf["frequency"] == nil && columnOf["intensity"] == nil {
            throw WijknetError.input(InputIssue(file: survey.fileName, line: rec.line, column: 1, problem: .surveyWithoutScale))
        }
    }

    /// After every sheet: the sheets passed over in a warning; a problem when none was a survey.
    mutating func finishSheets() throws {
        guard allSheets else { return }
        if sheetsRead == 0, let firstHeaderProblem { throw firstHeaderProblem }
        if !passedOverSheets.isEmpty {
            let (file, count) = (survey.fileName, passedOverSheets.count)
            warningParts.append(({ .sheetsPassedOver(file: file, count: count, names: $0) }, ColumnMapping.listing(passedOverSheets)))
        }
    }

    mutating func finish() throws {
        if allSheets {
            if sawHeader && !skippingSheet { sheetsRead += 1 } else { passedOverSheets.append(sheet ?? "") }
            return
        }
        guard sawHeader else {
            throw WijknetError.input(InputIssue(file: survey.fileName, line: 0, column: 0, problem: .noHeaderRow(.survey)))
        }
    }
}

extension SurveyIngest {
    /// Reads one answer row; a row with a problem is recorded and left out.
    mutating func row(_ rec: CSVReader.Record) {
        let cells = (0..<rec.count).map { nfc(decodeText(rec.field($0)).text) }
        func text(_ key: String) -> String? {
            guard let i = columnOf[key], i < cells.count, !cells[i].isEmpty else { return nil }
            return cells[i]
        }
        func column(_ key: String) -> Int { columnOf[key].map { $0 < rec.count ? rec.column($0) : rec.column(rec.count - 1) + 1 } ?? 1 }
        func fail(_ key: String, _ what: InputProblem) {
            problem(InputIssue(file: survey.fileName, line: rec.line, column: key.isEmpty ? 1 : column(key), problem: what))
        }
        let fits = rec.count <= headerCount || (headerCount..<rec.count).allSatisfy { rec.isEmpty($0) }
        guard fits else {
            return fail("", .surveyFieldCount(found: rec.count, expected: headerCount))
        }
        guard let r = partner(text("respondent"), "respondent", fail), let p = partner(text("partner"), "partner", fail) else { return }
        guard r != p else {
            return fail("partner", .ratesItself)
        }
        if let first = seen[r * survey.partners.count + p] {
            return fail("partner", .ratedBefore(line: first.line, sheet: first.sheet))
        }
        var answer = SurveyAnswer(respondent: r, partner: p, line: rec.line)
        guard scales(text, &answer, fail) else { return }
        seen[r * survey.partners.count + p] = (rec.line, allSheets ? sheet ?? "" : nil)
        survey.answers.append(answer)
    }

    /// The survey index of the partner named in `key`'s cell, or `nil` after recording why not.
    func partner(_ id: String?, _ key: String, _ fail: (String, InputProblem) -> Void) -> Int? {
        let index = (columnOf[key] ?? 0) + 1
        let cell = { ProblemCell(value: $0, sensitive: false, place: .inColumn(index, label: .init(english: key, dutch: key))) }
        guard let id else {
            fail(key, .surveyCellEmpty(key))
            return nil
        }
        let actor = actors.actorIndex[id]
        if youthKeys.contains(normalisedKey(id)) || actor.map({ actors.actors[$0].kind == .youth }) == true {
            fail(key, .surveyNamesYouth(key, index: index))
            return nil
        }
        guard let actor else {
            fail(key, .surveyNotInActors(key, cell(id)))
            return nil
        }
        guard let index = partnerOf[actor] else {
            fail(key, .surveyPlace(key, cell(id)))
            return nil
        }
        return index
    }

    /// Reads the answer cells into `answer`; `false` after recording the first that is off its scale.
    func scales(_ text: (String) -> String?, _ answer: inout SurveyAnswer, _ fail: (String, InputProblem) -> Void) -> Bool {
        func off(_ key: String, _ value: String) -> Bool {
            fail(key, .offScale(key, ProblemCell(value: value, sensitive: false, place: .inColumn((columnOf[key] ?? 0) + 1, label: nil))))
            return false
        }
        if let f = text("frequency") {
            guard let v = SurveyFrequency(parsing: f) else { return off("frequency", f) }
            answer.frequency = v
        }
        if let i = text("intensity") {
            guard let v = SurveyIntensity(parsing: i) else { return off("intensity", i) }
            answer.intensity = v
        }
        for k in 0..<3 {
            for (key, isTrust) in [("trust_\(k + 1)", true), ("value_\(k + 1)", false)] {
                guard let cell = text(key) else { continue }
                guard let v = SurveyItem.parse(cell) else { return off(key, cell) }
                if isTrust { answer.trust[k] = v } else { answer.value[k] = v }
            }
        }
        return true
    }

    /// Throws the recorded problems, cells revealed by `quotable`.
    func throwProblems(_ quotable: (String) -> Bool) throws {
        guard !problems.isEmpty else { return }
        var shown = problems.map { p -> InputIssue in var q = p; q.reveal(quotable); return q }
        if problemCount > shown.count {
            shown.append(InputIssue(file: survey.fileName, line: 0, column: 0, problem: .moreNotShown(problemCount - shown.count)))
        }
        throw shown.count == 1 ? WijknetError.input(shown[0]) : WijknetError.inputs(shown)
    }

    /// The survey read, answers sorted, warnings' cells revealed by `quotable`.
    func sealed(_ quotable: @escaping (String) -> Bool) -> Survey {
        var s = survey
        s.answers.sort { ($0.respondent, $0.partner) < ($1.respondent, $1.partner) }
        // A header row can be a row of data: a header cell that contains a young person's id or
        // name is described, not quoted (as ContactLog.revealCells does for the log's warnings).
        let names = youthKeys.filter { !$0.isEmpty }
        let headerQuotable = { (cell: String) in quotable(cell) && !names.contains { normalisedKey(cell).contains($0) } }
        s.readingWarnings += warningParts.map { $0.make(InputIssue.render($0.parts, quotable: headerQuotable)) }
        return s
    }
}
