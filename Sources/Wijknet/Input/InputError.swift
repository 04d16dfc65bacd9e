/// A problem in an input file, located precisely and with advice on how to fix it.
///
/// `line` and `column` are 1-based; `line` is the physical line where the record starts
/// (a quoted field may span several lines), `column` counts characters from the start of that
/// line to the start of the offending field or character. `0` means "the whole file" / "whole line".
public struct InputIssue: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it, in one sentence.
    public var hint: String

    public init(file: String, line: Int, column: Int, message: String, hint: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message` then the hint, as compilers print it.
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if line > 0 && column > 0 { location += ":\(column)" }
        return "\(location): error: \(message)\n  fix: \(hint)"
    }
}

/// Errors thrown by the Wijknet library.
public enum WijknetError: Error, Sendable, CustomStringConvertible {
    /// The input has a problem at a known place.
    case input(InputIssue)
    /// Several input problems (from validation or when all must be reported).
    case inputs([InputIssue])
    /// A file could not be opened or read.
    case io(path: String, reason: String)
    /// A request that does not fit the data (an unknown actor id for an ego view, say).
    case invalidRequest(String)

    public var description: String {
        switch self {
        case .input(let issue): issue.description
        case .inputs(let issues): issues.map(\.description).joined(separator: "\n")
        case .io(let path, let reason): "\(path): error: \(reason)"
        case .invalidRequest(let message): "error: \(message)"
        }
    }

    /// The issues behind this error (empty for non-input errors).
    public var issues: [InputIssue] {
        switch self {
        case .input(let i): [i]
        case .inputs(let list): list
        default: []
        }
    }
}
