import Wijknet

/// What `wijknet validate` says about a log read with ``ErrorPolicy/skipInvalid``: every
/// problem (file:line:column and how to fix it), the warnings, and the row counts. The page of
/// `wijknet serve` shows the same lines.
public struct ValidationSummary: Sendable {
    /// The problems, first ones (the reader keeps a bounded number), as `validate` prints them.
    public var problems: [InputIssue]
    /// Problems found beyond ``problems``.
    public var moreProblems: Int
    /// The problems as ``lines`` shows them: one entry per kind (``IngestStats/summarisedProblems(kinds:)``).
    public var problemLines: [String]
    public var warnings: [String]
    /// How the files were read where they left a choice (``ContactLog/notes``).
    public var notes: [String]
    /// The counts lines and the verdict, in order.
    public var counts: [String]
    public var problemCount: Int
    public var rowsUsed: Int
    /// The log has no usable contact (``NoUsableContact``).
    public var noUsableContact: Bool
    /// Whether an analysis would stop: a problem, or no usable contact.
    public var failed: Bool { problemCount > 0 || noUsableContact }

    /// - Parameter logName: how to name the log in the counts line (its path as given).
    public init(_ log: ContactLog, logName: String) {
        let s = log.stats
        problems = s.issues
        moreProblems = max(0, s.issueCount - s.issues.count)
        problemLines = s.summarisedProblems()
        // Skipped rows are the problems listed above: not a warning again.
        warnings = log.readingWarnings.filter { if case .rowsSkipped = $0 { false } else { true } }.map { $0.text(.en) }
        notes = log.notes
        problemCount = s.issueCount
        rowsUsed = s.rowsUsed
        noUsableContact = NoUsableContact(log) != nil
        counts = []
        if let name = log.actorsFileName {
            counts.append("\(name): \(s.actorRowsRead) rows read, \(s.actorRowsUsed) valid, \(s.actorRowsSkipped) with problems.")
        }
        counts.append("\(logName): \(s.rowsRead) rows read, \(s.rowsUsed) valid, \(s.rowsSkipped) with problems; \(log.actors.count) actors.")
        if s.issueCount > 0 { counts.append("\(s.issueCount) problem(s) found.") }
        else if noUsableContact { counts.append("The log has no usable contact.") }
        else { counts.append("No problems found.") }
    }

    /// The text `wijknet validate` prints.
    public var lines: [String] {
        var out = problemLines
        out += warnings.map { "warning: \($0)" }
        out += notes.map { "note: \($0)" }
        return out + counts
    }
}
