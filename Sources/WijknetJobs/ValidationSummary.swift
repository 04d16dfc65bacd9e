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

    /// The language of ``problemLines``, ``warnings``, ``notes``, ``counts`` and ``lines``.
    public var lang: Language

    /// - Parameters:
    ///   - logName: how to name the log in the counts line (its path as given).
    ///   - lang: the language of the lines (the problems from their catalogue, ``InputProblem``).
    ///   - wording: how a problem whose fix is a column mapping names it (the CLI's option, the
    ///     page's form); the library's own words by default.
    public init(_ log: ContactLog, logName: String, lang: Language = .en, wording: any ProblemWording = PlainWording()) {
        let s = log.stats
        let nl = lang == .nl
        self.lang = lang
        problems = s.issues
        moreProblems = max(0, s.issueCount - s.issues.count)
        problemLines = s.summarisedProblems(lang: lang, wording: wording)
        // Skipped rows are the problems listed above: not a warning again.
        warnings = log.readingWarnings.filter { if case .rowsSkipped = $0 { false } else { true } }.map { $0.text(lang) }
        notes = log.readingNotes.map { $0.text(lang) }
        problemCount = s.issueCount
        rowsUsed = s.rowsUsed
        noUsableContact = NoUsableContact(log) != nil
        counts = []
        if let name = log.actorsFileName {
            counts.append(nl ? "\(name): \(s.actorRowsRead) regels gelezen, \(s.actorRowsUsed) goed, \(s.actorRowsSkipped) met een probleem."
                             : "\(name): \(s.actorRowsRead) rows read, \(s.actorRowsUsed) valid, \(s.actorRowsSkipped) with problems.")
        }
        counts.append(nl ? "\(logName): \(s.rowsRead) regels gelezen, \(s.rowsUsed) goed, \(s.rowsSkipped) met een probleem; \(log.actors.count) actoren."
                         : "\(logName): \(s.rowsRead) rows read, \(s.rowsUsed) valid, \(s.rowsSkipped) with problems; \(log.actors.count) actors.")
        if s.issueCount > 0 { counts.append(nl ? (s.issueCount == 1 ? "1 probleem gevonden." : "\(s.issueCount) problemen gevonden.") : "\(s.issueCount) problem(s) found.") }
        else if noUsableContact { counts.append(nl ? "De contactlog heeft geen bruikbaar contact." : "The log has no usable contact.") }
        else { counts.append(nl ? "Geen problemen gevonden." : "No problems found.") }
    }

    /// The text `wijknet validate` prints.
    public var lines: [String] {
        let nl = lang == .nl
        var out = problemLines
        out += warnings.map { (nl ? "waarschuwing: " : "warning: ") + $0 }
        out += notes.map { noteLine($0, lang) }   // `let op:`, as every other command
        return out + counts
    }
}
