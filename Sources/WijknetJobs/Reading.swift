import Foundation
import Wijknet

/// Where a job tells what the user should know besides its result (warnings, notes, how the
/// files were read): standard error for `wijknet`, nothing or the page for `wijknet serve`.
/// A job tells as it goes, so a message printed before a failure is still printed.
public typealias Say = (String) -> Void

/// The contact log a job reads, and how: the one reading step every command that reads a log
/// shares (`--actors`, the column mappings and sheets, `--skip-invalid`, `--from`/`--to`,
/// `--pseudonym-key-file`, `--show-youth-names`) — already parsed into typed values.
public struct LogSource {
    /// The log's path as given (the files name themselves in messages through the reader).
    public var path: String
    public var actors: String?
    /// The reader, with its error policy (``ErrorPolicy/skipInvalid`` for `--skip-invalid`).
    public var reader: ContactLogReader
    /// The `--from`/`--to` range (``Period/all`` without them).
    public var period: Period
    /// The setting that set the range (``Setting/from``, else ``Setting/to``), for the refusal
    /// of a log without dates; `nil` when neither was given.
    public var dateOption: Setting?
    /// The file of the pseudonym key (else the environment's key, else a random one).
    public var keyFile: String?
    public var showYouthNames: Bool
    /// How the read's report names a column mapping in a problem's fix (`wijknet`: its options).
    public var wording: any ProblemWording
    /// The language of the read's report (``ReadLog/tell(_:includeWarnings:)``).
    public var lang: Language

    public init(path: String, actors: String? = nil, reader: ContactLogReader = ContactLogReader(), period: Period = .all,
                dateOption: Setting? = nil, keyFile: String? = nil, showYouthNames: Bool = false,
                wording: any ProblemWording = PlainWording(), lang: Language = .en) {
        (self.path, self.actors, self.reader, self.period) = (path, actors, reader, period)
        (self.dateOption, self.keyFile, self.showYouthNames, self.wording, self.lang) = (dateOption, keyFile, showYouthNames, wording, lang)
    }

    /// Reads the log at `path` (default: ``path``) with ``actors``.
    /// - Throws: ``WijknetError/input(_:)`` when the log has no usable contact (``NoUsableContact``).
    public func readLog(_ path: String? = nil) throws -> ContactLog {
        try NoUsableContact.refused(try reader.read(logPath: path ?? self.path, actorsPath: actors))
    }

    /// Reads the log, refuses `--from`/`--to` on a log without dates, and resolves the
    /// pseudonyms of its young people.
    public func read() throws -> ReadLog {
        let log = try readLog()
        if let dateOption { try requireDates(log, for: dateOption) }
        return ReadLog(log: log, pseudonyms: try pseudonyms(for: [log]), period: period, wording: wording, lang: lang)
    }

    /// ``read()``, its report told (``ReadLog/tell(_:includeWarnings:)``).
    public func read(say: Say) throws -> ReadLog {
        let read = try read()
        read.tell(say)
        return read
    }

    /// One pseudonymizer for the young people of all `logs` under the key of ``keyFile``.
    public func pseudonyms(for logs: [ContactLog]) throws -> Pseudonymizer {
        try Pseudonymizer.fromEnvironment(keyFile: keyFile).resolving(for: logs)
    }

    /// The summary of ``period`` without keeping the rows (``StreamingSummary``): memory grows
    /// with the actors and their distinct pairs, not with the rows.
    public func streamSummary() throws -> (summary: EcosystemSummary, read: ReadLog) {
        var fold = StreamingSummary(period: period)
        let log = try NoUsableContact.refused(try reader.read(logPath: path, actorsPath: actors, eachRow: { fold.add($0) },
                                                              startOver: { fold = StreamingSummary(period: period) }))
        if let dateOption { try requireDates(log, for: dateOption) }
        let read = ReadLog(log: log, pseudonyms: try pseudonyms(for: [log]), period: period, wording: wording, lang: lang)
        return (fold.summary(of: log, pseudonyms: read.pseudonyms), read)
    }
}

/// A log as ``LogSource/read()`` read it: the log, its young people's pseudonyms and the range.
public struct ReadLog: Sendable {
    public var log: ContactLog
    public var pseudonyms: Pseudonymizer
    public var period: Period
    /// How ``tell(_:includeWarnings:)`` names a column mapping (``LogSource/wording``).
    public var wording: any ProblemWording
    /// The language of ``tell(_:includeWarnings:)`` (``LogSource/lang``).
    public var lang: Language

    public init(log: ContactLog, pseudonyms: Pseudonymizer, period: Period = .all, wording: any ProblemWording = PlainWording(),
                lang: Language = .en) {
        (self.log, self.pseudonyms, self.period, self.wording, self.lang) = (log, pseudonyms, period, wording, lang)
    }

    /// The ecosystem of ``period``.
    public var ecosystem: Ecosystem { Ecosystem(log: log, period: period, pseudonyms: pseudonyms) }

    /// The ecosystem of ``period`` for the figures alone: its ties without their details and
    /// its log without rows (``Ecosystem/withoutRows()``). What `analyse` needs of one period.
    public var figuresEcosystem: Ecosystem {
        Ecosystem(log: log, period: period, rowMask: nil, keepingDeclared: { _ in true }, pseudonyms: pseudonyms,
                  tieDetails: false).withoutRows()
    }

    /// Tells the read's report (``ingestReport(_:_:includeWarnings:lang:wording:)``) in
    /// ``lang`` when there is one.
    public func tell(_ say: Say, includeWarnings: Bool = true) {
        let report = ingestReport(log, pseudonyms, includeWarnings: includeWarnings, lang: lang, wording: wording)
        if !report.isEmpty { say(report) }
    }
}

extension Pseudonymizer {
    /// This key with its collisions resolved over the young people of all `logs` (the same
    /// key, collisions resolved over all of them), so a young person has the same pseudonym in
    /// each — what every command, the key list and the server use.
    /// - Complexity: `O(k log k)` for `k` young people.
    public func resolving(for logs: [ContactLog]) -> Pseudonymizer {
        resolvingCollisions(for: logs.flatMap { $0.actors.filter { $0.kind == .youth }.map(\.id) })
    }
}

/// The rule that a log with no usable contact is not analysed: every row skipped as invalid, or
/// a header without rows. `wijknet` says it in English (``issue``), the page in Dutch.
public struct NoUsableContact: Sendable, Equatable {
    public var rowsRead: Int
    /// Whether there were rows, all skipped as invalid (else: a header but no rows).
    public var allSkipped: Bool

    /// `nil` when `log` has a usable contact.
    public init?(_ log: ContactLog) {
        guard log.stats.rowsUsed == 0 else { return nil }
        (rowsRead, allSkipped) = (log.stats.rowsRead, log.stats.rowsSkipped > 0)
    }

    /// `log`, unless it has no usable contact.
    /// - Throws: ``WijknetError/input(_:)`` with ``issue(file:)``.
    public static func refused(_ log: ContactLog) throws -> ContactLog {
        if let none = NoUsableContact(log) { throw WijknetError.input(none.issue(file: log.fileName)) }
        return log
    }

    /// The problem (line and column 0: the whole file), worded in either language by its
    /// catalogue (``InputProblem/noUsableContact(rowsRead:allSkipped:)``).
    public func issue(file: String) -> InputIssue {
        .noUsableContact(file: file, rowsRead: rowsRead, allSkipped: allSkipped)
    }
}

/// Refuses a setting about time (``Setting/from``, ``Setting/to``, ``Setting/period``) on a log
/// without dates (an imported graph or an edge list, ``ContactLog/undated``): its one period has
/// no calendar.
/// - Throws: ``WijknetError/invalidRequest(_:)`` with ``Refusal/needsDates(_:file:)``.
public func requireDates(_ log: ContactLog, for setting: Setting) throws {
    guard log.undated else { return }
    throw WijknetError.invalidRequest(.needsDates(setting, file: log.fileName))
}

/// The warnings and skip report of a log read, for standard error, in `lang`: the rows skipped,
/// the problems by kind, the warnings (`waarschuwing:`/`warning:`), the notes (`let op:`/`note:`)
/// and (with the warnings) whether the pseudonyms will be the same next time. Each from its
/// catalogue (``ReadingWarning``, ``ReadingNote``, ``InputProblem``).
public func ingestReport(_ log: ContactLog, _ pseudonyms: Pseudonymizer, includeWarnings: Bool = true,
                         lang: Language = .en, wording: any ProblemWording = PlainWording()) -> String {
    let nl = lang == .nl
    var lines: [String] = []
    let s = log.stats
    func counts(_ file: String, _ read: Int, _ used: Int, _ skipped: Int) -> String {
        nl ? "\(file): \(read) \(read == 1 ? "regel" : "regels") gelezen: \(used) gebruikt, \(skipped) overgeslagen."
           : "\(file): read \(read) rows: \(used) used, \(skipped) skipped."
    }
    if s.rowsSkipped > 0 { lines.append(counts(log.fileName, s.rowsRead, s.rowsUsed, s.rowsSkipped)) }
    if let actors = log.actorsFileName, s.actorRowsSkipped > 0 {
        lines.append(counts(actors, s.actorRowsRead, s.actorRowsUsed, s.actorRowsSkipped))
    }
    if s.issueCount > 0 {
        lines.append(nl ? (s.issueCount == 1 ? "Probleem:" : "Problemen (\(s.issueCount), per soort):")
                        : (s.issueCount == 1 ? "Problem:" : "Problems (\(s.issueCount), by kind):"))
        for p in s.summarisedProblems(kinds: 10, lang: lang, wording: wording) { lines.append("  " + p.replacingOccurrences(of: "\n", with: "\n  ")) }
    }
    let (warning, note) = nl ? ("waarschuwing: ", "let op: ") : ("warning: ", "note: ")
    if includeWarnings { for w in log.readingWarnings { lines.append(warning + w.text(lang)) } }
    for n in log.readingNotes { lines.append(note + n.text(lang)) }
    if includeWarnings, let notice = pseudonyms.stabilityNotice(lang) { lines.append(note + notice) }
    return lines.joined(separator: "\n")
}

/// The ecosystems of the units of `level` in `log` within `period`.
/// - Throws: ``WijknetError/invalidRequest(_:)`` when no actor has a unit at that level.
public func unitEcosystems(_ level: UnitLevel, log: ContactLog, period: Period, pseudonyms: Pseudonymizer) throws -> UnitEcosystems {
    let ecosystems = UnitEcosystems(log: log, period: period, by: level, pseudonyms: pseudonyms)
    if ecosystems.split.names.isEmpty { throw WijknetError.invalidRequest(.noUnits(level)) }
    return ecosystems
}
