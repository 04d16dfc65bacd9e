#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WijknetGraph
import WijknetIngest
import WijknetProgress

/// What to do with a row that has a problem.
public enum ErrorPolicy: Sendable {
    /// Stop at the first problem and throw it (the default for analysis commands).
    case stopAtFirst
    /// Skip bad rows, record each problem in ``IngestStats/issues`` and go on
    /// (`--skip-invalid`, and `validate`, which reports them all).
    case skipInvalid
}

/// Reads a contact log CSV (and optionally an actors CSV) into a ``ContactLog``.
///
/// Columns (header names case-insensitive, English or Dutch):
///
/// | column | Dutch | required | meaning |
/// | --- | --- | --- | --- |
/// | date | datum | yes | see ``Calendar/parseTimestamp(_:)-(UnsafeBufferPointer<UInt8>)`` |
/// | source | van | yes | actor id |
/// | target | naar | no | actor id |
/// | about | over | no | the young person the contact was about |
/// | place | plek | no | the place where it happened |
/// | type | soort | no | free text, stored lower-cased |
/// | weight | gewicht | no | positive number, default 1, `,` or `.` as decimal mark |
///
/// A row must name at least two distinct actors; it connects every pair of them (see
/// ``Ecosystem``). An id not in the actors file takes its kind from the column it appears in:
/// `about` → youth, `place` → place, `source`/`target` → partner with domain unknown; when an
/// id appears in several columns, youth wins over place over partner (privacy first).
public struct ContactLogReader {
    public var policy: ErrorPolicy
    /// `--columns`: which header of the log holds which column (else the usual names).
    public var columns: ColumnMapping?
    /// `--actor-columns`: likewise for the actors file.
    public var actorColumns: ColumnMapping?
    /// `--sheet`: the sheet to read from an `.xlsx` log (else its first).
    public var sheet: String?
    /// `--actor-sheet`: the sheet to read from an `.xlsx` actors file (else its first).
    public var actorSheet: String?
    /// `--date-format`: the order of day and month in dates like `01/02/2025`; `nil` decides it
    /// per file from all its dates (see ``DateOrderReading``).
    public var dateOrder: DateOrder?
    /// How to name a file in messages and in the report, by its path (default: the path as
    /// given). `wijknet serve` names an upload by the name it had on the user's machine, not
    /// by where the server keeps it.
    public var displayNames: [String: String] = [:]
    /// When a large CSV log is read on two threads (issue 28; see ``ParallelRead``).
    var parallelRead = ParallelRead()

    public init(policy: ErrorPolicy = .stopAtFirst, columns: ColumnMapping? = nil, actorColumns: ColumnMapping? = nil,
                sheet: String? = nil, actorSheet: String? = nil, dateOrder: DateOrder? = nil) {
        self.policy = policy
        self.dateOrder = dateOrder
        self.columns = columns
        self.actorColumns = actorColumns
        self.sheet = sheet
        self.actorSheet = actorSheet
    }

    enum Column: Int, CaseIterable {
        case date, source, target, about, place, type, weight
        var english: String { ["date", "source", "target", "about", "place", "type", "weight"][rawValue] }
        var dutch: String { ["datum", "van", "naar", "over", "plek", "soort", "gewicht"][rawValue] }
        var required: Bool { self == .date || self == .source }
    }

    /// Reads the log at `path`, after the actors file at `actorsPath` when given.
    ///
    /// Both files are always read to the end, whatever the policy: only then is every young
    /// person's id known, and only then may a message quote a cell (see ``InputIssue``). Under
    /// ``ErrorPolicy/stopAtFirst`` the first problem is thrown after that.
    ///
    /// - Throws: ``WijknetError/io(path:reason:)``; ``WijknetError/input(_:)`` for the first
    ///   problem under ``ErrorPolicy/stopAtFirst``; a structural problem (empty file, missing
    ///   required column, broken header) under either policy, since nothing after it can be trusted.
    /// - Complexity: `O(file size)`; memory about 40 bytes per used row plus the actors.
    public func read(logPath: String, actorsPath: String? = nil) throws -> ContactLog {
        try read(logPath: logPath, actorsPath: actorsPath, rows: nil)
    }

    /// Reads the log as ``read(logPath:actorsPath:)`` does but hands each used row to `eachRow`
    /// instead of storing it: the returned log has its actors, types, stats and warnings and
    /// no rows (``ContactLog/count`` is 0), so memory no longer grows with the rows.
    ///
    /// The actor and type indices of a row are final when it is handed out, but an undeclared
    /// actor's kind is known only at the end (it is inferred from all its columns). So is the
    /// order of day and month (``DateOrderReading``): when the file turns out month-first after
    /// rows with an ambiguous date were handed out day-first, `startOver` is called and the file
    /// is read again, month-first, from its first row (rare: a US export without a date past the 12th
    /// before its first ambiguous one; the cost is one more read).
    /// - Complexity: `O(file size)`; memory `O(actors + types)` plus what `eachRow` keeps.
    public func read(logPath: String, actorsPath: String? = nil, eachRow: @escaping (ContactRow) -> Void,
                     startOver: () -> Void) throws -> ContactLog {
        var reader = self
        do {
            return try reader.read(logPath: logPath, actorsPath: actorsPath, rows: eachRow)
        } catch let restart as MonthFirstRestart {
            startOver()
            reader.dateOrder = .monthFirst
            reader.decidedOrderLine = restart.line
            return try reader.read(logPath: logPath, actorsPath: actorsPath, rows: eachRow)
        }
    }

    /// Thrown inside a streaming read that handed out ambiguous dates day-first and then found
    /// the file month-first (see ``read(logPath:actorsPath:eachRow:startOver:)``).
    struct MonthFirstRestart: Error { let line: Int }
    /// For the second read of a streaming file found month-first: the line that decided it (its note).
    var decidedOrderLine: Int? = nil

    private func read(logPath: String, actorsPath: String?, rows eachRow: ((ContactRow) -> Void)?) throws -> ContactLog {
        var log = ContactLog()
        var interner = ByteInterner(capacity: 4096)
        var fatal: InputIssue? = nil
        var youthCells = Set<String>()
        let logName = displayNames[logPath] ?? displayName(logPath)
        let format = GraphFileFormat.of(path: logPath, displayName: logName, sheet: sheet)
        let imported = try format.map { try $0.read(path: logPath, displayName: logName, nodeMapping: actorColumns) }
        var actors = ActorsFileReader(columns: actorColumns, sheet: actorSheet)
        do {
            if let actorsPath {
                try actors.read(path: actorsPath, name: displayNames[actorsPath] ?? displayName(actorsPath), into: &log, interner: &interner)
            } else if let imported, var nodes = imported.nodeTable(mapping: actorColumns) {
                try actors.read(source: &nodes, name: logName, into: &log, interner: &interner)
            }
        } catch WijknetError.input(let issue) { fatal = issue }
        youthCells = actors.youthCells
        do {
            if let imported {
                var edges: any RecordSource = imported.edgeTable()
                youthCells.formUnion(try readLog(source: &edges, name: logName, into: &log, interner: &interner, eachRow: eachRow, undated: true))
                log.readingNotes.append(.importedGraph(file: logName, format: imported.format, nodes: imported.nodes.count, edges: imported.edges.count,
                                                       directed: imported.directed, actorsFile: actorsPath.map { displayNames[$0] ?? displayName($0) }))
                if columns != nil { log.readingWarnings.append(.logColumnsNotUsed(file: logName, format: imported.format)) }
            } else {
                youthCells.formUnion(try readLog(path: logPath, into: &log, interner: &interner, eachRow: eachRow))
            }
        } catch WijknetError.input(let issue) {
            if fatal == nil { fatal = issue }
        }
        log.fitRows()
        log.sealYoungPeople()
        // Every young person's id and name, which no message may quote: only made when there
        // is a message that quotes cells (a million string keys cost a second, issue 28).
        if fatal != nil || !log.stats.issues.isEmpty || !log.warningParts.isEmpty {
            let keys = log.youthKeys(youthCells)
            log.revealCells(unless: keys)
            fatal?.revealCells(unless: keys)
        }
        if let fatal {
            throw WijknetError.input(fatal)
        }
        if policy == .stopAtFirst, let first = log.stats.issues.first { throw WijknetError.input(first) }
        return log
    }

    /// - Returns: normalised about-column cells of rows that were skipped (not interned).
    private func readLog(path: String, into log: inout ContactLog, interner: inout ByteInterner,
                         eachRow: ((ContactRow) -> Void)?) throws -> Set<String> {
        let name = displayNames[path] ?? displayName(path)
        var source = try recordSource(path: path, displayName: name, sheet: sheet)
        return try readLog(source: &source, name: name, into: &log, interner: &interner, eachRow: eachRow, undated: false)
    }

    /// Reads the log's rows from `source`; `undated`: the rows have no date column (the edges of
    /// an imported graph), each is one contact of one undated period (``ContactLog/undated``).
    private func readLog(source: inout any RecordSource, name: String, into log: inout ContactLog, interner: inout ByteInterner,
                         eachRow: ((ContactRow) -> Void)?, undated: Bool) throws -> Set<String> {
        log.fileName = name
        var ingest = LogIngest(name: name, log: log, interner: interner, mapping: undated ? nil : columns,
                               dates: DateOrderReading(forced: dateOrder), stopAtFirst: policy == .stopAtFirst)
        // The ingest owns the log and the interner while it reads (handed back below): left
        // shared, its first new actor would copy every actor of the actors file, and the
        // interner's table (issue 28: a million actors).
        log = ContactLog()
        interner = ByteInterner(capacity: 0)
        ingest.undated = undated
        ingest.eachRow = eachRow
        ingest.decidedOrderLine = decidedOrderLine
        let step = "reading \(shortName(name))"
        let progress = reportingProgress(&source, step: step) { ingest.log.stats.rowsRead }
        let half = eachRow == nil && !undated ? secondHalf(of: &source) : nil
        defer {
            half?.abandon()
            progress?.finish(step)
            log = ingest.log
            interner = ingest.interner
        }
        try placingIssues(on: source.sheetName, file: name, { ingest.log.stats.place(sheet: $0, file: name) }) {
            try source.forEachRecord(onMalformed: { issue in
                guard ingest.sawHeader else { throw WijknetError.input(malformedHeader(issue)) }
                ingest.log.stats.rowsRead += 1
                ingest.fail(issue)
            }) { record in
                try ingest.consume(record)
                if let half, !half.started, ingest.sawHeader, !ingest.scanOnly { half.start(after: ingest, header: record) }
            }
            try half?.end(&ingest)
            try ingest.finish()
        }
        return ingest.skippedAbout
    }

    /// The second half of a CSV log large enough to be read on two threads (``ParallelRead``),
    /// with `source` set to pause at its cut; else `nil`.
    private func secondHalf(of source: inout any RecordSource) -> SecondHalf? {
        guard var csv = source as? CSVReader, let cut = parallelRead.cut(path: csv.path) else { return nil }
        let half = SecondHalf(path: csv.path, cut: cut)
        csv.pause = (cut, half.pause)
        source = csv
        return half
    }
}

extension ContactLog {
    /// Every normalised id and name of a young person (declared or inferred), plus `extra`.
    func youthKeys(_ extra: Set<String>) -> Set<String> {
        var keys = extra
        for a in actors where a.kind == .youth {
            keys.insert(normalisedKey(a.id))
            if let n = a.name { keys.insert(normalisedKey(n)) }
        }
        return keys
    }

    /// Decides, for every recorded issue and warning, which cells its message may quote
    /// (`keys`: ``youthKeys(_:)``).
    ///
    /// Warnings quote header cells (the unknown columns). Those are column names, but a header
    /// row can be a row of data, so a header cell is described ("column 7") not only when it *is*
    /// a young person's id or name but also when it *contains* one: a cell `ÿÿÿÿ'j-3` showed
    /// `'j-3'` (found by fuzzing, target `actors`); and, as in issues, not when it is too long to
    /// quote whole and its shown start is a young person's (a header cell that began like a long
    /// youth id, target `contactlog`). Warnings are few, so the substring test over every key is
    /// cheap; issues (one per bad row) keep the exact test.
    mutating func revealCells(unless keys: Set<String>) {
        let issueRule = InputIssue.quotable(unless: keys)
        stats.revealCells(issueRule)
        if !warningParts.isEmpty {
            let names = keys.filter { !$0.isEmpty }
            func quotable(_ cell: String) -> Bool {
                let key = normalisedKey(cell)
                return issueRule(cell) && !names.contains { key.contains($0) }
            }
            for (i, parts) in warningParts {
                if case let .ignoredColumns(file, count, _, contactLog) = readingWarnings[i] {
                    readingWarnings[i] = .ignoredColumns(file: file, count: count, names: InputIssue.render(parts, quotable: quotable), contactLog: contactLog)
                }
            }
        }
        warningParts = [:]
    }
}

/// The per-row work of ``ContactLogReader``, as a struct so the hot path touches stored
/// properties, not captured variables.
struct LogIngest {
    let name: String
    var log: ContactLog
    var interner: ByteInterner
    var columnOf = [Int](repeating: -1, count: ContactLogReader.Column.allCases.count)
    let mapping: ColumnMapping?
    var headerCount = 0
    var sawHeader = false
    var dutchHeaders = 0, englishHeaders = 0
    var roles: [UInt8]                 // per actor: bit 1 partner column, 2 place, 4 about
    let declaredCount: Int
    var typeInterner = ByteInterner(capacity: 64)
    var lowerBuffer = [UInt8](repeating: 0, count: 256)
    /// Normalised about cells of skipped rows: they may be young people's ids.
    var skippedAbout = Set<String>()
    /// Decimal-comma detection for weights like `1.000` (see ``checkThousands(_:_:)``).
    var sawDecimalComma = false
    var dotThousandsLine: Int? = nil
    var dotThousandsCount = 0
    var repeatedHeaders: [Int] = []
    /// Where used rows go instead of the log's columns (streaming), else `nil`.
    var eachRow: ((ContactRow) -> Void)? = nil
    /// The order of day and month, decided from all the dates (``DateOrderReading``).
    var dates: DateOrderReading
    /// The rows have no dates: an imported graph's edges, or a plain edge list (a CSV whose
    /// header has source and target but no date). Every row is then one contact on the day
    /// ``ContactLog/undatedDay``, and ``ContactLog/undated`` says so.
    var undated = false
    /// Stored rows whose date was ambiguous and read day-first: swapped if the file is month-first.
    var ambiguousRows: [Int32] = []
    /// Whether a streaming read handed out a row with an ambiguous date.
    var handedOutAmbiguous = false
    /// A second read forced month-first: the line whose date decided it (for the note).
    var decidedOrderLine: Int? = nil
    /// Under ``ErrorPolicy/stopAtFirst``: once a problem is found, the rest of the file is only
    /// scanned for its about cells (young people's ids, which a message must not quote), not read.
    let stopAtFirst: Bool
    var scanOnly = false
    typealias Column = ContactLogReader.Column
    static let actorColumns: [Column] = [.source, .target, .about, .place]
    /// Accepted weights: `minimumWeight ... maximumWeight` for a contact. The cap keeps every
    /// sum of weights finite (2³¹ rows × 10⁶ < 10¹⁶) and 1/weight a finite distance.
    static let minimumWeight = 1e-6
    static let maximumWeight = 1e6
    /// A row of a graph (an edge list, or a graph file read as one: ``undated``) is a tie, whose
    /// weight is the sum of its contacts: up to `maximumTieWeight`, above any tie Wijknet writes
    /// (2³¹ contacts × 10⁶), so that every export reads back (issue 28: at a million actors the
    /// heaviest tie of the edge-list export sums to 1.27 million). Sums stay finite and
    /// 1/weight a distance above 0.
    static let maximumTieWeight = 1e16

    init(name: String, log: ContactLog, interner: ByteInterner, mapping: ColumnMapping?, dates: DateOrderReading, stopAtFirst: Bool) {
        self.name = name
        self.dates = dates
        self.stopAtFirst = stopAtFirst
        self.scanOnly = stopAtFirst && log.stats.issueCount > 0
        self.mapping = mapping
        self.log = log
        self.interner = interner
        self.declaredCount = log.actors.count
        self.roles = [UInt8](repeating: 0, count: log.actors.count)
        let approxRows = 1 << 16
        self.log.time.reserveCapacity(approxRows)
    }

    mutating func fail(_ issue: InputIssue) {
        log.stats.rowsSkipped += 1
        log.stats.record(issue)
        if stopAtFirst { scanOnly = true }
    }

    func col(_ c: Column) -> Int { columnOf[c.rawValue] }

    /// `column 3 (datum)`: how messages name a column without quoting its cell (in English by
    /// the log's header language, as ever; in Dutch by its Dutch name).
    func columnPlace(_ i: Int) -> ProblemCell.Place { .column(i + 1, label: columnLabel(i)) }

    /// The name of column `i` (`?` when it is none of Wijknet's).
    func columnLabel(_ i: Int) -> ProblemCell.ColumnLabel {
        let header = Column.allCases.first { columnOf[$0.rawValue] == i }
        return header.map { ProblemCell.ColumnLabel(english: log.headerLanguage == .nl ? $0.dutch : $0.english, dutch: $0.dutch) }
            ?? ProblemCell.ColumnLabel(english: "?", dutch: "?")
    }

    /// A cell of row `rec` for a message: sensitive in the about column.
    func cell(_ rec: CSVReader.Record, _ i: Int) -> ProblemCell {
        ProblemCell(value: rec.string(i), sensitive: i == col(.about), place: .inColumn(i + 1, label: columnLabel(i)))
    }

    /// The column of each cell when every non-empty cell of `rec` is a header name and `date`
    /// and `source` are among them; else `nil`.
    static func headerColumns(_ rec: CSVReader.Record) -> [Int]? {
        var columnOf = [Int](repeating: -1, count: Column.allCases.count)
        for i in 0..<rec.count where !rec.isEmpty(i) {
            let h = rec.string(i).lowercased()
            guard let c = Column.allCases.first(where: { $0.english == h || $0.dutch == h }), columnOf[c.rawValue] < 0 else { return nil }
            columnOf[c.rawValue] = i
        }
        return columnOf[Column.date.rawValue] >= 0 && columnOf[Column.source.rawValue] >= 0 ? columnOf : nil
    }

    mutating func header(_ rec: CSVReader.Record) throws {
        sawHeader = true
        headerCount = rec.count
        var unknown = HeaderCellList()
        let (headers, found) = try ColumnMapping.resolveHeader(rec, with: mapping, file: name)
        let mapped = Set(found.values)
        for (key, i) in found { columnOf[Column.allCases.first { $0.english == key }!.rawValue] = i }
        for i in 0..<rec.count where !mapped.contains(i) {
            let h = rec.string(i).lowercased()
            if let c = Column.allCases.first(where: { $0.english == h || $0.dutch == h }), mapping?.headers[c.english] == nil {
                if columnOf[c.rawValue] >= 0 {
                    throw WijknetError.input(InputIssue(file: name, line: rec.line, column: rec.column(i),
                        problem: .logColumnTwice(header: h, english: c.english, dutch: c.dutch)))
                }
                columnOf[c.rawValue] = i
                if c.dutch == h && c.english != h { dutchHeaders += 1 } else { englishHeaders += 1 }
            } else {
                unknown.appendListed(h.isEmpty ? .text("(empty header in column \(i + 1))") : .cell(h, sensitive: false, otherwise: "column \(i + 1)"))
            }
        }
        if columnOf[Column.date.rawValue] < 0 && mapping?.headers["date"] == nil && !undated
            && columnOf[Column.source.rawValue] >= 0 && columnOf[Column.target.rawValue] >= 0
            && columnOf[Column.about.rawValue] < 0 && columnOf[Column.place.rawValue] < 0 {
            undated = true   // a plain edge list: source, target and maybe weight and type
            log.readingNotes.append(.edgeList(file: name))
        }
        if undated { log.undated = true }
        for c in Column.allCases where c.required && columnOf[c.rawValue] < 0 && !(undated && c == .date) {
            if let d = (0..<rec.count).first(where: { Calendar.dateParts(rec.field($0)) != nil }) {
                throw WijknetError.input(InputIssue(file: name, line: rec.line, column: rec.column(d), problem: .headerLooksLikeData(column: d + 1)))
            }
            let found = (0..<min(rec.count, HeaderCellList.limit)).map { rec.string($0) }
            let suggestion = mapping == nil ? ColumnMapping.suggestion(for: headers) : nil
            throw WijknetError.input(InputIssue(file: name, line: rec.line, column: 1,
                problem: .logColumnMissing(english: c.english, dutch: c.dutch, found: found, total: rec.count, suggestion: suggestion)))
        }
        if !unknown.isEmpty {
            unknown.appendUnlisted()
            log.addIgnoredColumns(file: name, count: rec.count - columnOf.filter { $0 >= 0 }.count, names: unknown.parts, contactLog: true)
        }
        log.headerLanguage = dutchHeaders > englishHeaders ? .nl : .en
    }

    mutating func consume(_ rec: CSVReader.Record) throws {
        if !sawHeader { try header(rec); return }
        if scanOnly { return scan(rec) }
        log.stats.rowsRead += 1
        if rec.count != headerCount {
            // Trailing empty fields (an Excel habit) are harmless; anything else is not.
            var extraIsEmpty = rec.count > headerCount
            if extraIsEmpty { for i in headerCount..<rec.count where !rec.isEmpty(i) { extraIsEmpty = false; break } }
            if !extraIsEmpty {
                if let remapped = Self.headerColumns(rec) { return adoptHeader(rec, remapped) }
                let col = rec.count > headerCount ? rec.column(headerCount) : rec.column(rec.count - 1)
                rememberAbout(rec)
                return fail(InputIssue(file: name, line: rec.line, column: col,
                    problem: .logFieldCount(found: rec.count, expected: headerCount, delimiter: Character(Unicode.Scalar(rec.delimiter)))))
            }
        }

        // 1. Date (none in an undated log: one day for every row).
        let di = col(.date)
        let parts = undated ? nil : Calendar.dateParts(rec.field(di))
        let ts: Int64
        if undated {
            ts = Int64(ContactLog.undatedDay) * 86_400
        } else {
            guard let parts, let read = dates.timestamp(parts, line: rec.line(di)) else {
                if let remapped = Self.headerColumns(rec) { return adoptHeader(rec, remapped) }
                rememberAbout(rec)
                return fail(unreadableDate(rec, di, hasForm: parts != nil))
            }
            ts = read
        }
        // 2. Weight.
        var w = 1.0
        if col(.weight) >= 0 && !rec.isEmpty(col(.weight)) {
            let wi = col(.weight)
            guard let parsed = parseWeight(rec.field(wi)), parsed >= Self.minimumWeight,
                  parsed <= (undated ? Self.maximumTieWeight : Self.maximumWeight) else {
                rememberAbout(rec)
                let problem: InputProblem = undated ? .tieWeightOutOfRange(cell(rec, wi)) : .weightOutOfRange(cell(rec, wi))
                return fail(InputIssue(file: name, line: rec.line(wi), column: rec.column(wi), problem: problem))
            }
            if let problem = checkThousands(rec, wi) { rememberAbout(rec); return fail(problem) }
            w = parsed
        }
        // 3. Actors: at least two distinct among source, target, about, place. Fixed-size
        // vectors, not arrays: this runs for every row (three heap arrays per row were a tenth of
        // reading two million rows).
        var field = SIMD4<Int32>(repeating: -1)   // per actor column: its field, -1 when absent or empty
        for k in 0..<4 {
            let fi = columnOf[Self.actorColumns[k].rawValue]
            if fi >= 0 && !rec.isEmpty(fi) { field[k] = Int32(fi) }
        }
        var distinct = 0
        var repeated = false
        for k in 0..<4 where field[k] >= 0 {
            var seen = false
            for j in 0..<k where field[j] >= 0 && bytesEqual(rec.field(Int(field[k])), rec.field(Int(field[j]))) { seen = true; break }
            if seen { repeated = true } else { distinct += 1 }
        }
        if distinct < 2 {
            rememberAbout(rec)
            let present = (0..<4).filter { field[$0] >= 0 }
            let where_ = present.first.map { rec.column(Int(field[$0])) } ?? rec.column(col(.source))
            return fail(InputIssue(file: name, line: rec.line, column: where_,
                problem: .tooFewActors(columns: present.map { Self.actorColumns[$0].english }, repeated: repeated)))
        }
        if repeated { log.stats.rowsWithRepeatedActor += 1 }

        // 4. The row is good: intern actors and type, and store it.
        var slots = SIMD4<Int32>(repeating: -1)   // actor per column (source, target, about, place)
        for k in 0..<4 where field[k] >= 0 {
            let id = internActor(rec.field(Int(field[k])))
            roles[id] |= k == 2 ? 4 : k == 3 ? 2 : 1   // about, place, source/target
            slots[k] = Int32(id)
        }
        let typeID: Int32 = col(.type) >= 0 && !rec.isEmpty(col(.type)) ? internType(rec.field(col(.type))) : -1
        log.stats.rowsUsed += 1
        if dates.forced == nil, let parts, parts.isAmbiguous {
            if eachRow != nil { handedOutAmbiguous = true } else { ambiguousRows.append(Int32(log.time.count)) }
        }
        if let eachRow {
            return eachRow(ContactRow(time: ts, source: slots[0], target: slots[1], about: slots[2], place: slots[3],
                                      type: typeID, weight: w, line: Int32(truncatingIfNeeded: rec.line)))
        }
        log.time.append(ts)
        log.source.append(slots[0]); log.target.append(slots[1]); log.about.append(slots[2]); log.place.append(slots[3])
        log.type.append(typeID)
        log.weight.append(w)
        log.line.append(Int32(truncatingIfNeeded: rec.line))
    }

    /// The problem of a date cell that no order (or not the forced one) reads as a date.
    func unreadableDate(_ rec: CSVReader.Record, _ di: Int, hasForm: Bool) -> InputIssue {
        let problem: InputProblem = rec.isEmpty(di) ? .dateEmpty(columnPlace(di))
            : hasForm && dates.forced != nil ? .dateNotInOrder(cell(rec, di), order: dates.forced!)
            : .dateUnreadable(cell(rec, di))
        return InputIssue(file: name, line: rec.line(di), column: rec.column(di), problem: problem)
    }

    /// The actor index of an id cell: ASCII bytes as they are, anything else decoded and put in
    /// Unicode NFC first, so the same id typed in NFC or NFD (or in Windows-1252) is one actor.
    mutating func internActor(_ field: UnsafeBufferPointer<UInt8>) -> Int {
        let id: Int, inserted: Bool
        var text: String? = nil
        if field.contains(where: { $0 >= 0x80 }) {
            let d = decodeText(field)
            if d.windows1252 { log.stats.windows1252Fields += 1 }
            var s = nfc(d.text)
            (id, inserted) = s.withUTF8 { interner.intern($0) }
            text = s
        } else {
            (id, inserted) = interner.intern(field)
        }
        if inserted {
            let t = text ?? String(decoding: field, as: UTF8.self)
            log.actors.append(Actor(id: t, kind: .partner, declared: false))
            roles.append(0)
        }
        return id
    }

    /// The index of a contact type, lower-cased (Unicode case mapping and NFC beyond ASCII, so
    /// `Één` and `één` are one type).
    mutating func internType(_ f: UnsafeBufferPointer<UInt8>) -> Int32 {
        if f.contains(where: { $0 >= 0x80 }) {
            let d = decodeText(f)
            if d.windows1252 { log.stats.windows1252Fields += 1 }
            var folded = nfc(d.text.lowercased())
            let (tid, inserted) = folded.withUTF8 { typeInterner.intern($0) }
            if inserted { log.contactTypes.append(folded) }
            return Int32(tid)
        }
        if f.count > lowerBuffer.count { lowerBuffer = [UInt8](repeating: 0, count: f.count) }
        let (tid, inserted): (Int, Bool) = lowerBuffer.withUnsafeMutableBufferPointer { lb in
            for i in 0..<f.count { let b = f[i]; lb[i] = (b >= 65 && b <= 90) ? b + 32 : b }
            return typeInterner.intern(UnsafeBufferPointer(rebasing: lb[0..<f.count]))
        }
        if inserted { log.contactTypes.append(String(decoding: f, as: UTF8.self).lowercased()) }
        return Int32(tid)
    }

    /// A weight like `1.000` or `12.500` (a dot and exactly three digits) means a thousand to a
    /// Dutch reader and one to an English one. In a `;`-separated file (Dutch Excel) or one that
    /// has used a decimal comma, it is a problem; elsewhere it is read with the dot as decimal
    /// mark, and ``finish()`` warns if a decimal comma turns up later.
    mutating func checkThousands(_ rec: CSVReader.Record, _ wi: Int) -> InputIssue? {
        let f = rec.field(wi)
        if f.contains(UInt8(ascii: ",")) { sawDecimalComma = true; return nil }
        guard let dot = f.firstIndex(of: UInt8(ascii: ".")), f.count - dot == 4, dot >= 1, dot <= 3,
              f.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ".") }) else { return nil }
        if rec.delimiter == UInt8(ascii: ";") || sawDecimalComma {
            return InputIssue(file: name, line: rec.line(wi), column: rec.column(wi), problem: .weightAmbiguous(cell(rec, wi)))
        }
        dotThousandsCount += 1
        if dotThousandsLine == nil { dotThousandsLine = rec.line(wi) }
        return nil
    }

    /// A row that repeats the header (another export pasted below the first, maybe in another
    /// column order): the rows after it are read with its columns.
    mutating func adoptHeader(_ rec: CSVReader.Record, _ columns: [Int]) {
        columnOf = columns
        headerCount = rec.count
        log.stats.rowsSkipped += 1
        repeatedHeaders.append(rec.line)
    }

    /// A row after the first problem of a strict read: only its about cell is kept (and a
    /// repeated header still moves the columns), so the message can be checked against every
    /// young person's id without reading the rest of the file as contacts.
    mutating func scan(_ rec: CSVReader.Record) {
        let di = col(.date)
        if di >= 0, di < rec.count, Calendar.dateParts(rec.field(di)) == nil, let remapped = Self.headerColumns(rec) {
            columnOf = remapped
            return
        }
        rememberAbout(rec)
    }

    /// Keeps the about cell of a row that is skipped: it may be a young person's id.
    mutating func rememberAbout(_ rec: CSVReader.Record) {
        let a = col(.about)
        if a >= 0 && a < rec.count && !rec.isEmpty(a) { skippedAbout.insert(normalisedKey(rec.string(a))) }
    }

    mutating func finish() throws {
        let name = self.name
        if !sawHeader {
            throw WijknetError.input(InputIssue(file: name, line: 0, column: 0, problem: .noHeaderRow(.log)))
        }

        try settleDateOrder()

        settleDeclaredKinds()

        // Infer kinds of undeclared actors; warn with counts (never naming young people).
        var inferred: [ActorKind: Int] = [:]
        var conflicting = 0
        for id in declaredCount..<log.actors.count {
            let r = roles[id]
            let kind: ActorKind = r & 4 != 0 ? .youth : r & 2 != 0 ? .place : .partner
            if r.nonzeroBitCount > 1 { conflicting += 1 }
            log.actors[id].kind = kind
            log.actors[id].domain = kind == .partner ? .unknown : .none
            inferred[kind, default: 0] += 1
        }
        let undeclared = log.actors.count - declaredCount
        if undeclared > 0 {
            log.readingWarnings.append(.kindsInferred(ids: undeclared, actorsFile: declaredCount > 0, partners: inferred[.partner] ?? 0,
                                                      places: inferred[.place] ?? 0, youth: inferred[.youth] ?? 0))
        }
        if conflicting > 0 { log.readingWarnings.append(.severalKindsOfColumn(ids: conflicting)) }
        if log.stats.rowsWithRepeatedActor > 0 { log.readingWarnings.append(.repeatedActor(rows: log.stats.rowsWithRepeatedActor)) }
        if let first = repeatedHeaders.first {
            log.readingWarnings.append(.repeatedHeader(file: name, line: first, more: repeatedHeaders.count - 1))
        }
        if sawDecimalComma, let line = dotThousandsLine {
            log.readingWarnings.append(.dotThousands(file: name, count: dotThousandsCount, line: line))
        }
        if log.stats.windows1252Fields > 0 { log.readingWarnings.append(.windows1252(fields: log.stats.windows1252Fields)) }
        if log.stats.rowsSkipped > repeatedHeaders.count {
            log.readingWarnings.append(.rowsSkipped(count: log.stats.rowsSkipped - repeatedHeaders.count))
        }
    }
}

extension LogIngest {

    /// Acts on what the file's dates decided (``DateOrderReading``): swaps the ambiguous dates
    /// of a month-first file (or has a streaming read start again), and says what was decided.
    /// - Throws: ``ContactLogReader/MonthFirstRestart`` when rows were handed out day-first.
    mutating func settleDateOrder() throws {
        if let line = decidedOrderLine {
            noteMonthFirst(line)
            return
        }
        if scanOnly { return }
        switch dates.outcome {
        case .settled: break
        case .assumedDayFirst(let line):
            log.readingNotes.append(.dayFirstAssumed(file: name, line: line))
        case .monthFirst(let line):
            if handedOutAmbiguous { throw ContactLogReader.MonthFirstRestart(line: line) }
            for r in ambiguousRows { log.time[Int(r)] = DateOrderReading.swapped(log.time[Int(r)]) }
            noteMonthFirst(line)
        case .mixed(let dayLine, let monthLine):
            // Not a row's problem: every row was read (each one-way date in its only order).
            log.stats.record(InputIssue(file: name, line: monthLine, column: 0,
                problem: .mixedDateOrder(dayLine: dayLine, monthLine: monthLine, ambiguous: dates.ambiguous)))
        }
    }
}

extension LogIngest {
    /// **An id in the about column is a young person, always.** A declared actor named there
    /// becomes one, whatever the actors file says; a row that said partner or place is a
    /// problem of that row (named by its line, never by the id or name). A declared actor whose
    /// row gave no kind takes it from the log as an undeclared one does (about → young person;
    /// only under place and without domain → place); one the log names nowhere and that has no
    /// domain cannot be placed, and is kept as a young person (privacy first: a kind-less file
    /// may list young people by name that no contact names).
    mutating func settleDeclaredKinds() {
        var firstAboutLine: [Int: Int] = [:]
        for id in 0..<declaredCount where roles[id] & 4 != 0 && log.actors[id].kind != .youth { firstAboutLine[id] = 0 }
        if !firstAboutLine.isEmpty { firstAboutLine = aboutLines(of: firstAboutLine) }
        for id in 0..<declaredCount {
            let given = id < log.declaredKindGiven.count && log.declaredKindGiven[id]
            if roles[id] & 4 != 0 && log.actors[id].kind != .youth {
                if given { recordKindConflict(id, aboutLine: firstAboutLine[id] ?? 0) }
                log.actors[id].kind = .youth
                log.actors[id].domain = .none
            } else if !given && log.actors[id].domain == .unknown && (roles[id] == 2 || roles[id] == 0) {
                log.actors[id].kind = roles[id] == 2 ? .place : .youth
                log.actors[id].domain = .none
            }
        }
    }

    /// The first line of the log that names each of `ids` in its about column (stored rows; a
    /// streaming read keeps none, and the message then names no line of the log).
    func aboutLines(of ids: [Int: Int]) -> [Int: Int] {
        var out = ids
        var missing = ids.count
        for r in 0..<log.about.count where missing > 0 {
            let a = Int(log.about[r])
            if a >= 0, out[a] == 0 { out[a] = Int(log.line[r]); missing -= 1 }
        }
        return out
    }

    mutating func recordKindConflict(_ id: Int, aboutLine: Int) {
        let actorsFile = log.actorsFileName ?? "the actors file"
        log.stats.record(InputIssue(file: actorsFile, line: log.declaredLine[id], column: 0,
            problem: .declaredNotYouth(place: log.actors[id].kind == .place, log: name, aboutLine: aboutLine)))
    }

    mutating func noteMonthFirst(_ line: Int) {
        log.readingNotes.append(.monthFirst(file: name, line: line))
    }
}

/// Rows of a CSV log of at least this many bytes (about a million rows) report to ``Progress/sink``.
let ingestProgressThreshold = 48 << 20

/// Makes a CSV `source` of at least ``ingestProgressThreshold`` bytes report `rows()` read so far to
/// ``Progress/sink`` after each chunk, with the total estimated from the bytes read, and a large
/// workbook (``WorkbookSource/reportsProgress``) the records given of its rows; returns the sink
/// (`nil`: no report, as for a small file or no sink).
func reportingProgress(_ source: inout any RecordSource, step: String, rows: @escaping () -> Int) -> (any ProgressSink)? {
    guard let sink = Progress.sink else { return nil }
    if var xlsx = source as? WorkbookSource {
        guard xlsx.reportsProgress else { return nil }
        let total = xlsx.rowCount
        xlsx.onRecord = { sink.update(step, done: $0, total: total, unit: "rows") }
        source = xlsx
        return sink
    }
    guard var csv = source as? CSVReader else { return nil }
    var info = stat()
    guard stat(csv.path, &info) == 0, Int(info.st_size) >= ingestProgressThreshold else { return nil }
    let size = Int(info.st_size)
    csv.onChunk = { bytes in
        let done = rows()
        sink.update(step, done: done, total: bytes > 0 && done > 0 ? max(done, Int(Double(done) * Double(size) / Double(bytes))) : nil, unit: "rows")
    }
    source = csv
    return sink
}

/// The file name in a progress line: the last component, so the line fits.
func shortName(_ name: String) -> String { name.split(separator: "/").last.map(String.init) ?? name }

/// The file name used in messages: the path as given.
func displayName(_ path: String) -> String { path }

func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}

/// Parses a positive decimal number with `.` or `,` as the decimal mark (one of them, once),
/// optionally in exponent form with `.`. Returns `nil` for anything else.
func parseWeight(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
    guard !b.isEmpty, b.count < 64 else { return nil }
    // Fast path: plain digits.
    var v = 0
    var allDigits = true
    for x in b { if x >= 48 && x <= 57 { v = v &* 10 &+ Int(x - 48) } else { allDigits = false; break } }
    if allDigits && b.count <= 15 { return Double(v) }
    var text = [CChar]()
    text.reserveCapacity(b.count + 1)
    var commas = 0, dots = 0
    for x in b {
        if x == UInt8(ascii: ",") { commas += 1; text.append(CChar(UInt8(ascii: "."))) }
        else {
            if x == UInt8(ascii: ".") { dots += 1 }
            guard (x >= 48 && x <= 57) || x == UInt8(ascii: ".") || x == UInt8(ascii: "e") || x == UInt8(ascii: "E")
                || x == UInt8(ascii: "-") || x == UInt8(ascii: "+") else { return nil }
            text.append(CChar(bitPattern: x))
        }
    }
    guard commas + dots <= 1 else { return nil }
    text.append(0)
    return text.withUnsafeBufferPointer { p -> Double? in
        var end: UnsafeMutablePointer<CChar>? = nil
        let value = strtod(p.baseAddress!, &end)
        guard let end, end == UnsafeMutablePointer(mutating: p.baseAddress! + b.count) else { return nil }
        return value
    }
}
