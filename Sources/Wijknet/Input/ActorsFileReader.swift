import WijknetIngest

/// Reads the optional actors file: who is who.
///
/// Columns (case-insensitive, English or Dutch): `id` (required), `name`/`naam`,
/// `kind`/`soort` (`partner`, `place`/`plek`, `youth`/`jongere`; default partner),
/// `domain`/`domein` (`social`/`sociaal`, `care`/`zorg`, `safety`/`veiligheid`; empty for
/// places and young people), `organisation`/`organisatie`, `neighbourhood`/`wijk`,
/// `municipality`/`gemeente` (empty for a region-wide actor; used by `--by municipality`),
/// `ordinary`/`voorveld` (`yes`/`ja`/`true`/`1` or `no`/`nee`/`false`/`0`/empty).
///
/// An id listed twice with the same attributes is accepted; with different attributes the
/// second row is a problem naming the first line. Ids are trimmed (see ``CSVReader``) and put
/// in Unicode NFC, as the contact log's are, so one person is one id however it was typed.
///
/// **Privacy first.** A row that names a young person anywhere — its kind, or any cell that
/// reads `youth`/`jongere` (a row with name and kind swapped) — keeps its id as a young person
/// even when the row is otherwise invalid and skipped, and every cell of it is recorded in
/// ``youthCells`` so that no message quotes it. Problems are recorded in the log's
/// ``IngestStats``, never thrown; only a file that cannot be read at all (no header, no `id`
/// column) throws.
struct ActorsFileReader {
    /// Normalised cells (``normalisedKey(_:)``) of every row that declares a young person.
    private(set) var youthCells = Set<String>()
    /// `--actor-columns`: which header holds which column (else the usual names).
    let columns: ColumnMapping?
    /// The sheet of an `.xlsx` actors file (else its first).
    let sheet: String?

    init(columns: ColumnMapping? = nil, sheet: String? = nil) {
        self.columns = columns
        self.sheet = sheet
    }

    private static let columns: [(key: String, names: [String])] = [
        ("id", ["id"]),
        ("name", ["name", "naam"]),
        ("kind", ["kind", "soort", "type"]),
        ("domain", ["domain", "domein"]),
        ("organisation", ["organisation", "organisatie", "organization"]),
        ("neighbourhood", ["neighbourhood", "wijk", "neighborhood", "buurt"]),
        ("municipality", ["municipality", "gemeente"]),
        ("ordinary", ["ordinary", "voorveld"]),
    ]

    mutating func read(path: String, name: String, into log: inout ContactLog, interner: inout ByteInterner) throws {
        var source = try recordSource(path: path, displayName: name, sheet: sheet)
        try read(source: &source, name: name, into: &log, interner: &interner)
    }

    /// Reads the actors from `source`: a file's rows, or an imported graph's nodes (``ImportedGraph``).
    mutating func read<Source: RecordSource>(source: inout Source, name: String, into log: inout ContactLog, interner: inout ByteInterner) throws {
        log.actorsFileName = name
        var state = ActorsIngest(name: name, mapping: columns)
        try placingIssues(on: source.sheetName, file: name, { log.stats.place(sheet: $0, file: name) }) {
            try source.forEachRecord(onMalformed: { issue in
                guard state.sawHeader else { throw WijknetError.input(malformedHeader(issue)) }
                log.stats.actorRowsRead += 1
                state.skip(issue, &log)
            }) { rec in
                if !state.sawHeader { try state.header(rec, &log); return }
                state.row(rec, &log, &interner)
            }
            if !state.sawHeader {
                throw WijknetError.input(InputIssue(file: name, line: 0, column: 0, problem: .noHeaderRow(.actors)))
            }
        }
        if log.stats.actorRowsRead == 0 {
            log.readingWarnings.append(.actorsHeaderOnly(file: name))
        } else {
            state.checkKinds(&log)
        }
        if log.stats.actorRowsSkipped > 0 {
            log.readingWarnings.append(.actorRowsSkipped(file: name, count: log.stats.actorRowsSkipped, keptAsYouth: log.stats.actorRowsKeptAsYouth))
        }
        youthCells = state.youthCells
    }

    static func column(named header: String) -> String? {
        columns.first(where: { $0.names.contains(header) })?.key
    }
}

/// A header line that is not CSV: nothing below it can be read with confidence.
func malformedHeader(_ issue: InputIssue) -> InputIssue {
    guard let problem = issue.problem else { return issue }
    var i = InputIssue(file: issue.file, line: issue.line, column: issue.column, problem: .brokenHeader(problem))
    i.sheet = issue.sheet
    return i
}

/// The column of each field of an actors file (`-1`: no such column).
private struct FieldColumns {
    var id = -1, name = -1, kind = -1, domain = -1, organisation = -1, neighbourhood = -1, municipality = -1, ordinary = -1

    init() {}

    init(_ columnOf: [String: Int]) {
        func at(_ key: String) -> Int { columnOf[key] ?? -1 }
        (id, name, kind, domain) = (at("id"), at("name"), at("kind"), at("domain"))
        (organisation, neighbourhood, municipality, ordinary) = (at("organisation"), at("neighbourhood"), at("municipality"), at("ordinary"))
    }
}

/// The per-row work of ``ActorsFileReader``.
private struct ActorsIngest {
    let name: String
    var sawHeader = false
    var headerCount = 0
    var columnOf: [String: Int] = [:]
    /// ``columnOf`` of the fields every row reads, looked up once at the header: through the
    /// dictionary each row hashed ten keys (issue 28: a tenth of reading a million actors).
    var at = FieldColumns()
    var youthCells = Set<String>()
    /// Rows with a kind, and rows that were read without one (empty cell or no column).
    var rowsWithKind = 0, rowsWithoutKind = 0
    var headerLine = 1

    let mapping: ColumnMapping?

    init(name: String, mapping: ColumnMapping?) {
        self.name = name
        self.mapping = mapping
    }

    mutating func header(_ rec: CSVReader.Record, _ log: inout ContactLog) throws {
        sawHeader = true
        headerLine = rec.line
        headerCount = rec.count
        var unknown = HeaderCellList()
        let found = try ColumnMapping.resolveHeader(rec, with: mapping, file: name).found
        let mapped = Set(found.values)
        for (key, i) in found { columnOf[key] = i }
        for i in 0..<rec.count where !mapped.contains(i) {
            let h = rec.string(i).lowercased()
            if let key = ActorsFileReader.column(named: h), mapping?.headers[key] == nil {
                if columnOf[key] != nil {
                    throw WijknetError.input(InputIssue(file: name, line: rec.line, column: rec.column(i),
                        problem: .actorColumnTwice(key)))
                }
                columnOf[key] = i
            } else {
                unknown.appendListed(.cell(h, sensitive: false, otherwise: "column \(i + 1)"))
            }
        }
        log.actorColumns = Set(columnOf.keys)
        at = FieldColumns(columnOf)
        guard columnOf["id"] != nil else {
            let looksLikeData = (0..<rec.count).contains { ActorKind(parsing: rec.string($0)) != nil }
            throw WijknetError.input(InputIssue(file: name, line: rec.line, column: 1, problem: .actorIdMissing(looksLikeData: looksLikeData)))
        }
        if !unknown.isEmpty {
            unknown.appendUnlisted()
            log.addIgnoredColumns(file: name, count: rec.count - columnOf.count, names: unknown.parts, contactLog: false)
        }
    }

    mutating func skip(_ issue: InputIssue, _ log: inout ContactLog) {
        log.stats.actorRowsSkipped += 1
        log.stats.record(issue)
    }

    /// Reads one actor row; a row with a problem is recorded and skipped.
    mutating func row(_ rec: CSVReader.Record, _ log: inout ContactLog, _ interner: inout ByteInterner) {
        log.stats.actorRowsRead += 1
        let cells = (0..<rec.count).map { i -> String in
            let d = decodeText(rec.field(i))
            if d.windows1252 { log.stats.windows1252Fields += 1 }
            return nfc(d.text)
        }
        func text(_ i: Int) -> String? {
            guard i >= 0, i < cells.count, !cells[i].isEmpty else { return nil }
            return cells[i]
        }
        func column(_ key: String) -> Int { columnOf[key].map { $0 < rec.count ? rec.column($0) : rec.column(rec.count - 1) } ?? 1 }
        let youthWordAt = cells.firstIndex { ActorKind.mayBeYouthWord($0) && ActorKind(parsing: $0) == .youth }
        let isYouth = youthWordAt != nil
        if isYouth {
            for (i, c) in cells.enumerated() where i != youthWordAt && !c.isEmpty { youthCells.insert(normalisedKey(c)) }
        }
        func reject(_ problem: InputProblem, at col: Int) {
            skip(InputIssue(file: name, line: rec.line, column: col, problem: problem), &log)
            if isYouth, let id = text(at.id) {
                keepAsYouth(id, &log, &interner)
                log.stats.actorRowsKeptAsYouth += 1
            }
        }
        func cell(_ value: String, _ key: String) -> ProblemCell {
            ProblemCell(value: value, sensitive: isYouth,
                        place: .inColumn(columnOf[key].map { $0 + 1 } ?? 0, label: .init(english: key, dutch: ColumnMapping.File.actors.name(key, .nl))))
        }

        let fits = rec.count == headerCount || (rec.count > headerCount && (headerCount..<rec.count).allSatisfy { rec.isEmpty($0) })
        guard fits else {
            return reject(.actorFieldCount(found: rec.count, expected: headerCount), at: rec.column(min(rec.count, headerCount) - 1))
        }
        guard let id = text(at.id) else {
            return reject(.actorWithoutId, at: column("id"))
        }
        var kind = ActorKind.partner
        let kindText = text(at.kind)
        let kindGiven = kindText != nil
        if kindGiven { rowsWithKind += 1 } else { rowsWithoutKind += 1 }
        if let k = kindText {
            guard let parsed = ActorKind(parsing: k) else {
                return reject(.unknownKind(cell(k, "kind")), at: column("kind"))
            }
            kind = parsed
        }
        var domain: Domain? = nil
        if let d = text(at.domain) {
            guard let parsed = Domain(parsing: d) else {
                return reject(.unknownDomain(cell(d, "domain")), at: column("domain"))
            }
            if kind != .partner {
                return reject(.domainOfNonPartner(kind), at: column("domain"))
            }
            domain = parsed
        }
        var ordinary = false
        if let o = text(at.ordinary) {
            switch o.lowercased() {
            case "yes", "ja", "true", "waar", "1", "y", "j", "x": ordinary = true
            case "no", "nee", "false", "onwaar", "0", "n": ordinary = false
            default:
                return reject(.ordinaryNotYesOrNo(cell(o, "ordinary")), at: column("ordinary"))
            }
        }
        let actor = Actor(id: id, name: text(at.name), kind: kind, domain: domain,
                          organisation: text(at.organisation), neighbourhood: text(at.neighbourhood),
                          municipality: text(at.municipality),
                          ordinary: ordinary, declared: true)
        if let existing = register(actor, line: rec.line, kindGiven: kindGiven, &log, &interner), log.actors[existing] != actor {
            let who = kind == .youth || log.actors[existing].kind == .youth
                ? nil : ProblemCell(value: id, sensitive: false, place: .idInColumn(columnOf["id"]! + 1))
            reject(.actorListedAgain(id: who, firstLine: log.declaredLine[existing]), at: column("id"))
            if kind == .youth { log.actors[existing].kind = .youth; log.actors[existing].domain = .none }
            return
        }
        log.stats.actorRowsUsed += 1
    }

    /// Declares `id` a young person (privacy first), whatever else the actors file says of it.
    func keepAsYouth(_ id: String, _ log: inout ContactLog, _ interner: inout ByteInterner) {
        if let existing = register(Actor(id: id, kind: .youth, declared: true), line: 0, kindGiven: true, &log, &interner) {
            log.actors[existing].kind = .youth
            log.actors[existing].domain = .none
        }
    }

    /// Adds a declared actor, from the row on `line` (`0`: a skipped row kept as youth); whether
    /// its row said its kind decides what the log may still say of it (``ContactLog/declaredKindGiven``).
    /// An id declared already adds nothing: returns that actor's index (one probe of the
    /// interner either way).
    func register(_ actor: Actor, line: Int, kindGiven: Bool, _ log: inout ContactLog, _ interner: inout ByteInterner) -> Int? {
        var key = actor.id
        let (index, inserted) = key.withUTF8 { interner.intern($0) }
        guard inserted else { return index }
        precondition(index == log.actors.count, "actors are interned in order")
        log.actors.append(actor)
        log.declaredLine.append(line)
        log.declaredKindGiven.append(kindGiven)
        return nil
    }

    /// An actors file that says of no actor what it is makes every one a partner, and so can
    /// show a young person it lists by name: a problem of the file (its header), with the fix.
    /// Some rows without a kind: a warning (their kind is read from the log's columns).
    mutating func checkKinds(_ log: inout ContactLog) {
        if rowsWithKind == 0 {
            log.stats.record(InputIssue(file: name, line: headerLine, column: 0, problem: .actorsWithoutKinds(hasKindColumn: columnOf["kind"] != nil)))
        } else if rowsWithoutKind > 0 {
            log.readingWarnings.append(.rowsWithoutKind(file: name, count: rowsWithoutKind))
        }
    }
}
