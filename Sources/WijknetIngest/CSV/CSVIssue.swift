/// A problem of a CSV file at a place: the file's name as the reader was given it, the physical
/// line (1-based; `0` for the whole file) and the character column (1-based; `0` for the whole
/// file or line), and what is wrong there.
///
/// **No text.** An issue holds positions and counts only, never a field's bytes: a field may be a
/// young person's id, and whether a message may quote it is for the reader of the rows to decide
/// (the domain's `ProblemCell`), not for the format.
public struct CSVIssue: Error, Sendable, Hashable {
    /// The name used in messages (``CSVReader/displayName``).
    public var file: String
    public var line: Int
    public var column: Int
    public var problem: CSVProblem

    public init(file: String, line: Int, column: Int, problem: CSVProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }
}

/// What is wrong in a CSV file (``CSVIssue``), by kind, with the counts that place it.
public enum CSVProblem: Sendable, Hashable {
    // MARK: The file as a whole
    /// UTF-16 text (Excel's "Unicode text").
    case utf16Text
    /// A ZIP archive (an `.xlsx` workbook, say) given as CSV.
    case zipArchive
    /// No bytes (or only a byte order mark).
    case emptyFile

    // MARK: A record (the reader goes on with the next line)
    /// A quoted field over `lines` lines leaves the record with `fields` fields instead of the
    /// header's `expected`: the sign of a stray quote.
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
}

/// Why ``CSVReader/forEachRecord(onMalformed:_:)`` stopped (besides what its callbacks throw).
public enum CSVError: Error, Sendable, Hashable {
    /// A problem of the file's format (the whole file, or a malformed record when `onMalformed`
    /// throws it, as it does by default).
    case input(CSVIssue)
    /// The file at `path` (its name in messages) could not be opened or read.
    case io(path: String, FileFailure)
}
