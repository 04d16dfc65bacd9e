import Foundation

/// A contact log after reading: the actors it names and one entry per used row, stored as
/// columns (struct of arrays) so two million rows take about 80 MB.
///
/// Build one with ``ContactLogReader``. Turn it into a graph with ``Ecosystem/init(log:period:)``.
/// Actor references are indices into ``actors``; `-1` means "column empty in this row".
public struct ContactLog: Sendable {
    /// Every actor: those from the actors file first (in file order), then those first seen in
    /// the log (in order of first appearance).
    public internal(set) var actors: [Actor] = []
    /// Actor index by id: each actor's place in ``actors``.
    ///
    /// Made when first asked for, once per log value, and shared by the copies of the log
    /// (issue 28: a million ids hashed into it took 0.3 s of the national read on one core,
    /// and `analyse` never asks; the readers find ids in their interner).
    public var actorIndex: [String: Int] { indexCache.index(actors) }
    private var indexCache = ActorIndexCache()
    /// Contact types, lower-cased and trimmed, in order of first appearance.
    public internal(set) var contactTypes: [String] = []

    /// Seconds since 1970-01-01T00:00, naive local time (see ``Calendar``).
    public internal(set) var time: [Int64] = []
    public internal(set) var source: [Int32] = []
    public internal(set) var target: [Int32] = []
    public internal(set) var about: [Int32] = []
    public internal(set) var place: [Int32] = []
    /// Index into ``contactTypes``, or `-1`.
    public internal(set) var type: [Int32] = []
    public internal(set) var weight: [Double] = []
    /// The physical line in the log file where the row starts: every figure can be traced back.
    public internal(set) var line: [Int32] = []

    /// What happened while reading: rows read, used, skipped, and why.
    public internal(set) var stats = IngestStats()
    /// Things the user should know that did not stop the run (inferred kinds, self-pairs,
    /// unused columns, Windows-1252 text), in a fixed order, as typed values (issue 23).
    public internal(set) var readingWarnings: [ReadingWarning] = []
    /// ``readingWarnings`` in English (the CLI's standard error, the JSON summary).
    public var warnings: [String] { readingWarnings.map { $0.text(.en) } }
    /// How the input was read where the file left a choice (the order of day and month), in a
    /// fixed order: not a problem, but a reader should know.
    public internal(set) var readingNotes: [ReadingNote] = []
    /// ``readingNotes`` in English.
    public var notes: [String] { readingNotes.map { $0.text(.en) } }
    /// `true` when the contacts have no dates: a graph imported from GraphML, GEXF, node-link
    /// JSON or a Kumu workbook, or a plain edge list. Every contact is then on ``undatedDay``,
    /// all in one period, and ``notes`` says so; figures over time do not apply.
    public internal(set) var undated = false
    /// The day (days since 1970-01-01) an undated contact is put on: 1970-01-01 itself.
    public static let undatedDay = 0
    /// `.nl` when most recognised header names were Dutch.
    public internal(set) var headerLanguage: Language = .en
    /// The log's file name, as used in messages.
    public internal(set) var fileName: String = ""
    /// The columns the actors file had, by their English names (`ordinary`, `domain`, …): what
    /// the findings may rely on (``MissingInput``). Empty without an actors file.
    public internal(set) var actorColumns: Set<String> = []
    /// The actors file's name, as used in messages (`nil` without an actors file).
    public internal(set) var actorsFileName: String? = nil
    /// Per declared actor (the first ``ContactLog/actors``): the actors file's line it came from
    /// (`0` for a skipped row kept as youth), for messages that name the row and not the name.
    var declaredLine: [Int] = []
    /// Per declared actor: whether its row said its kind. One that did not takes it from the
    /// log's columns, as an undeclared id does.
    var declaredKindGiven: [Bool] = []
    /// Warnings that quote cells (the names of ignored columns), by index in
    /// ``readingWarnings``: rendered again once every young person's id is known (see
    /// ``InputIssue/revealCells(unless:)``).
    var warningParts: [Int: [InputIssue.Part]] = [:]
    /// Whether the log was read on two threads, its halves joined (``ParallelRead``); no
    /// output depends on it (the tests check that the halves were joined where they can be).
    var readInHalves = false

    /// Adds the warning of ignored columns, whose names are shown only if they cannot be a
    /// young person's.
    mutating func addIgnoredColumns(file: String, count: Int, names parts: [InputIssue.Part], contactLog: Bool) {
        warningParts[readingWarnings.count] = parts
        readingWarnings.append(.ignoredColumns(file: file, count: count, names: InputIssue.render(parts) { _ in false }, contactLog: contactLog))
    }

    public init() {}

    /// Number of used rows (contacts).
    public var count: Int { time.count }

    /// The distinct actors named by row `r` (source, target, about, place; `-1` omitted),
    /// in that column order, without repeats.
    public func actorsOfRow(_ r: Int) -> [Int] {
        var out: [Int] = []
        for a in [source[r], target[r], about[r], place[r]] where a >= 0 && !out.contains(Int(a)) {
            out.append(Int(a))
        }
        return out
    }

    /// Gives back the room the row columns grew into while the log was read: an array grows by
    /// doubling, so after 10 million rows its capacity can be 16.8 million (270 MB of the
    /// national log's 40 bytes per row, issue 28). Columns with more than an eighth to spare
    /// are copied into arrays of their size; the rows themselves do not change.
    /// - Complexity: `O(rows)` when a column is copied, else `O(1)`.
    mutating func fitRows() {
        func fit<T>(_ a: inout [T]) {
            guard a.capacity > a.count + a.count / 8 + 1024 else { return }
            var fitted: [T] = []
            fitted.reserveCapacity(a.count)
            fitted.append(contentsOf: a)
            a = fitted
        }
        fit(&time); fit(&source); fit(&target); fit(&about); fit(&place); fit(&type); fit(&weight); fit(&line)
    }

    /// This log without its rows (``count`` 0): actors, types, counts, warnings and notes stay.
    /// See ``Ecosystem/withoutRows()``.
    func withoutRows() -> ContactLog {
        var copy = self
        copy.time = []; copy.source = []; copy.target = []; copy.about = []; copy.place = []
        copy.type = []; copy.weight = []; copy.line = []
        return copy
    }

    /// Range of days covered by the contacts, or `nil` when there are none.
    public var dayRange: ClosedRange<Int>? {
        guard let lo = time.min(), let hi = time.max() else { return nil }
        return Calendar.day(ofTimestamp: lo)...Calendar.day(ofTimestamp: hi)
    }
}

/// One used row of a log, as handed to the `eachRow` of
/// ``ContactLogReader/read(logPath:actorsPath:eachRow:startOver:)`` instead of being stored: actor
/// references are indices into ``ContactLog/actors`` (`-1` empty), `type` into
/// ``ContactLog/contactTypes``.
public struct ContactRow: Sendable {
    public var time: Int64
    public var source: Int32, target: Int32, about: Int32, place: Int32
    public var type: Int32
    public var weight: Double
    public var line: Int32
}

/// Counts from reading a log. Invariants: `rowsRead == rowsUsed + rowsSkipped` and
/// `actorRowsRead == actorRowsUsed + actorRowsSkipped`.
public struct IngestStats: Sendable, Equatable, Codable {
    /// Records of the log read after its header (blank lines not counted; a record is one
    /// physical line unless a quoted field spans lines). A repeated header counts as skipped.
    public var rowsRead = 0
    public var rowsUsed = 0
    public var rowsSkipped = 0
    /// Records of the actors file after its header (`0` without an actors file).
    public var actorRowsRead = 0
    /// Actor rows that described an actor (a repeat of an identical row counts as used).
    public var actorRowsUsed = 0
    public var actorRowsSkipped = 0
    /// Skipped actor rows that still declared a young person: the id was kept as youth.
    public var actorRowsKeptAsYouth = 0
    /// Rows that named the same actor twice; the repeated pair is not an edge.
    public var rowsWithRepeatedActor = 0
    /// Fields that were not valid UTF-8 and were read as Windows-1252.
    public var windows1252Fields = 0
    /// Every problem found, in file order, up to ``issueLimit`` (``issueCount`` counts all).
    public var issues: [InputIssue] = []
    /// Total number of problems found (may exceed `issues.count`).
    public var issueCount = 0
    /// The problems grouped by kind, in order of first appearance, counted beyond ``issueLimit``:
    /// what a report shows instead of a thousand lines that say the same.
    public var issueKinds: [IssueKind] = []
    private var kindIndex: [String: Int] = [:]
    /// At most this many issues are kept with their text.
    public static let issueLimit = 10_000

    public init() {}

    /// Problems of one kind: the same message with other cells (``InputIssue/pattern``).
    public struct IssueKind: Sendable, Equatable, Codable {
        /// The first problem of the kind, as an example.
        public var first: InputIssue
        public var count: Int
        /// The line (row) of the last one.
        public var lastLine: Int
    }

    private enum CodingKeys: String, CodingKey {
        case rowsRead, rowsUsed, rowsSkipped, actorRowsRead, actorRowsUsed, actorRowsSkipped, actorRowsKeptAsYouth
        case rowsWithRepeatedActor, windows1252Fields, issues, issueCount, issueKinds
    }

    mutating func record(_ issue: InputIssue) {
        issueCount += 1
        if issues.count < Self.issueLimit { issues.append(issue) }
        let key = issue.file + "\u{0}" + issue.pattern
        if let k = kindIndex[key] {
            issueKinds[k].count += 1
            issueKinds[k].lastLine = issue.line
        } else {
            kindIndex[key] = issueKinds.count
            issueKinds.append(IssueKind(first: issue, count: 1, lastLine: issue.line))
        }
    }

    /// Puts the quotable cells into every kept message (see ``InputIssue/revealCells(unless:)``);
    /// `quotable` is made once for all of them.
    mutating func revealCells(_ quotable: (String) -> Bool) {
        for i in issues.indices { issues[i].reveal(quotable) }
        for k in issueKinds.indices { issueKinds[k].first.reveal(quotable) }
    }

    /// Names `sheet` in every problem of `file` that names none (a workbook's cells).
    mutating func place(sheet: String, file: String) {
        for i in issues.indices where issues[i].file == file && issues[i].sheet == nil { issues[i].sheet = sheet }
        for k in issueKinds.indices where issueKinds[k].first.file == file && issueKinds[k].first.sheet == nil {
            issueKinds[k].first.sheet = sheet
        }
    }
}

/// ``ContactLog/actorIndex``, made once and shared by the copies of a log (a class, so that a
/// getter can fill it; the lock makes that safe from any thread). A copy that has gained
/// actors since (the count it was made for differs) has it made again.
final class ActorIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: Int] = [:]
    private var madeFor = 0

    /// The id of each of `actors` → its index.
    func index(_ actors: [Actor]) -> [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        if madeFor == actors.count { return made }
        var all: [String: Int] = [:]
        all.reserveCapacity(actors.count)
        for i in actors.indices { all[actors[i].id] = i }
        (made, madeFor) = (all, actors.count)
        return all
    }
}
