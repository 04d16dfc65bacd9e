import Foundation
import WijknetIngest

/// A problem in an input file, located precisely and with advice on how to fix it.
///
/// `line` and `column` are 1-based; `line` is the physical line where the record starts
/// (a quoted field may span several lines), `column` counts characters from the start of that
/// line to the start of the offending field or character. `0` means "the whole file" / "whole line".
///
/// **Privacy.** A message may quote a cell only when the cell cannot be a young person's id or
/// name. Readers build such messages with ``init(file:line:column:parts:hint:)``: each quoted
/// cell is a ``Part/cell(_:sensitive:otherwise:)`` and ``message`` starts with every cell
/// replaced by its description (`column 3 (over)`). Only when the whole input has been read
/// does ``revealCells(unless:)`` put in the cells that are neither marked sensitive nor equal
/// to a young person's id or name declared anywhere. So an issue that escapes early (or from
/// code that forgets to reveal) never shows a cell.
public struct InputIssue: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it, in one sentence.
    public var hint: String
    /// For a spreadsheet (`.xlsx`) input: the sheet, and then `line` is the row and `column`
    /// the column number, shown as a cell (`Blad1!C14`).
    public var sheet: String? = nil
    /// The message with every cell described, never quoted: the same for every problem of one
    /// kind (a date that cannot be read, in column 1), so problems can be counted by kind
    /// (``IngestStats/issueKinds``) without a young person's id ever being a key.
    public internal(set) var pattern: String
    /// The message with its cells, until ``revealCells(unless:)`` has decided.
    var parts: [Part]? = nil
    /// The hint with its cells (a suggested column mapping quotes headers), likewise.
    var hintParts: [Part]? = nil
    /// What is wrong, as a typed value (issue 23): its words in Dutch and English come from one
    /// catalogue (``InputProblem/words(_:_:)``; ``message(_:_:)``, ``hint(_:_:)``). `nil` for an
    /// issue made from English sentences alone (a goals file, a graph from another tool, a
    /// decoded one): those have ``message`` and ``hint`` only.
    public internal(set) var problem: InputProblem? = nil
    /// The cells of ``problem`` that ``revealCells(unless:)`` found quotable: the same cells are
    /// quoted in every language. Empty until then, so nothing is quoted.
    var shownCells: Set<String> = []

    /// A piece of a message: literal text, or a cell value that may be quoted.
    public enum Part: Sendable, Hashable {
        case text(String)
        /// A cell's value; `sensitive` when it comes from a column or row that can hold a young
        /// person's id or name. `otherwise` describes the cell without quoting it.
        case cell(String, sensitive: Bool, otherwise: String)
        /// Like ``cell(_:sensitive:otherwise:)`` but shown without quotes (a header inside a
        /// suggested `--columns` option).
        case bareCell(String, otherwise: String)
    }

    private enum CodingKeys: String, CodingKey { case file, sheet, line, column, message, hint }

    public init(file: String, line: Int, column: Int, message: String, hint: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
        self.pattern = message
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try c.decode(String.self, forKey: .file), line: try c.decode(Int.self, forKey: .line),
                  column: try c.decode(Int.self, forKey: .column), message: try c.decode(String.self, forKey: .message),
                  hint: try c.decode(String.self, forKey: .hint))
        sheet = try c.decodeIfPresent(String.self, forKey: .sheet)
    }

    /// An issue whose message quotes cells only after ``revealCells(unless:)``.
    init(file: String, line: Int, column: Int, parts: [Part], hint: String) {
        self.init(file: file, line: line, column: column, message: Self.render(parts) { _ in false }, hint: hint)
        self.parts = parts
    }

    /// An issue whose message and hint quote cells only after ``revealCells(unless:)``.
    init(file: String, line: Int, column: Int, parts: [Part], hintParts: [Part]) {
        self.init(file: file, line: line, column: column, parts: parts, hint: Self.render(hintParts) { _ in false })
        self.hintParts = hintParts
    }

    /// An issue for a typed problem: its English words are ``message`` and ``hint`` (with the
    /// library's own wording of a column mapping, ``PlainWording``); cells quoted only after
    /// ``revealCells(unless:)``.
    init(file: String, line: Int, column: Int, problem: InputProblem) {
        let words = problem.words(.en)
        self.init(file: file, line: line, column: column, parts: words.message, hintParts: words.fix)
        self.problem = problem
    }

    /// What is wrong, in `lang`, a column mapping worded by `wording` (the adapter's: the CLI
    /// names its option, the page its form); cells quoted as ``revealCells(unless:)`` decided.
    /// An issue without a ``problem`` has only its English ``message``.
    public func message(_ lang: Language, _ wording: any ProblemWording = PlainWording()) -> String {
        guard let problem else { return message }
        return Self.render(problem.words(lang, wording).message) { shownCells.contains($0) }
    }

    /// How to fix it, in `lang`; see ``message(_:_:)``.
    public func hint(_ lang: Language, _ wording: any ProblemWording = PlainWording()) -> String {
        guard let problem else { return hint }
        return Self.render(problem.words(lang, wording).fix) { shownCells.contains($0) }
    }

    /// ``description`` in `lang`: `file:line:column: fout: …` and `oplossing: …` in Dutch.
    public func description(_ lang: Language, _ wording: any ProblemWording = PlainWording()) -> String {
        lang == .nl
            ? "\(location): fout: \(message(lang, wording))\n  oplossing: \(hint(lang, wording))"
            : "\(location): error: \(message(lang, wording))\n  fix: \(hint(lang, wording))"
    }

    /// Puts the quotable cells into the message: those not marked sensitive whose normalised
    /// value (``normalisedKey(_:)``) is not in `youthKeys` — and, for a cell too long to be
    /// quoted whole (``quotedCell(_:)`` keeps 40 characters), whose shown start is not the shown
    /// start of a young person's id or name: a weight cell that began with the first 40
    /// characters of a long youth id showed them (found by fuzzing, target `contactlog`).
    mutating func revealCells(unless youthKeys: Set<String>) {
        reveal(Self.quotable(unless: youthKeys))
    }

    /// ``revealCells(unless:)`` with the rule made once: for many issues, make it once
    /// (``quotable(unless:)`` costs `O(young people)`; per issue it made a million invalid rows
    /// quadratic).
    mutating func reveal(_ quotable: (String) -> Bool) {
        if let problem, parts != nil || hintParts != nil { shownCells = Set(problem.cellValues.filter(quotable)) }
        if let hintParts {
            hint = Self.render(hintParts, quotable: quotable)
            self.hintParts = nil
        }
        guard let parts else { return }
        message = Self.render(parts, quotable: quotable)
        self.parts = nil
    }

    /// Whether a cell may be quoted, given the normalised ids and names of the young people:
    /// not when it is one, nor when it is too long to quote whole and its shown start (40
    /// characters) is the shown start of one.
    static func quotable(unless youthKeys: Set<String>) -> (String) -> Bool {
        let shownStarts = Set(youthKeys.lazy.filter { $0.unicodeScalars.count > 40 }.map { normalisedKey(quotedCell($0)) })
        return { value in
            let key = normalisedKey(value)
            if youthKeys.contains(key) { return false }
            return shownStarts.isEmpty || key.unicodeScalars.count <= 40 || !shownStarts.contains(normalisedKey(quotedCell(key)))
        }
    }

    /// This issue after ``revealCells(unless:)``.
    func revealed(unless youthKeys: Set<String>) -> InputIssue {
        var copy = self
        copy.revealCells(unless: youthKeys)
        return copy
    }

    static func render(_ parts: [Part], quotable: (String) -> Bool) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let t): out += t
            case .cell(let value, let sensitive, let otherwise):
                out += !sensitive && quotable(value) ? "'\(quotedCell(value))'" : otherwise
            case .bareCell(let value, let otherwise):
                out += quotable(value) ? quotedCell(value) : otherwise
            }
        }
        return out
    }

    /// `file:line:column: error: message` then the hint, as compilers print it.
    public var description: String {
        "\(location): error: \(message)\n  fix: \(hint)"
    }

    /// `file:line:column`, or `file:sheet!C14` in a workbook.
    var location: String {
        var location = file
        if let sheet {
            location += ":\(sheet)"
            if line > 0 { location += "!" + (column > 0 ? Self.columnLetters(column) : "") + "\(line)" }
        } else {
            if line > 0 { location += ":\(line)" }
            if line > 0 && column > 0 { location += ":\(column)" }
        }
        return location
    }
}

extension InputIssue {
    /// The log `file` has no usable contact (``InputProblem/noUsableContact(rowsRead:allSkipped:)``):
    /// the whole file (line and column 0); no cell to reveal.
    public static func noUsableContact(file: String, rowsRead: Int, allSkipped: Bool) -> InputIssue {
        InputIssue(file: file, line: 0, column: 0, problem: .noUsableContact(rowsRead: rowsRead, allSkipped: allSkipped))
    }

    /// A spreadsheet column's letters: 1 → `A`, 27 → `AA`.
    public static func columnLetters(_ column: Int) -> String {
        WijknetIngest.columnLetters(column)
    }
}

/// Errors thrown by the Wijknet library: typed values (issue 23), worded in Dutch or English
/// by ``description(_:_:)``.
public enum WijknetError: Error, Sendable, CustomStringConvertible {
    /// The input has a problem at a known place.
    case input(InputIssue)
    /// Several input problems (from validation or when all must be reported).
    case inputs([InputIssue])
    /// A file could not be opened or read.
    case io(path: String, reason: IOFailure)
    /// A request that does not fit the data (an unknown actor id for an ego view, say).
    case invalidRequest(Refusal)
    /// The data cannot answer a well-formed request: no partners to choose key players from, no
    /// young people to reach, no neighbourhood to split by. A condition of the data (exit 65),
    /// not a mistake in the command (64).
    case unanswerable(Refusal)

    /// The error in `lang`, compiler-style (`file:line:column: fout: …` then `oplossing: …`; in
    /// English `error:` and `fix:`), a setting or column mapping named by `wording` (the
    /// adapter's: the CLI its options, ``PlainWording`` the library's nouns).
    public func description(_ lang: Language, _ wording: any ProblemWording = PlainWording()) -> String {
        let error = lang == .nl ? "fout" : "error"
        switch self {
        case .input(let issue): return issue.description(lang, wording)
        case .inputs(let issues): return issues.map { $0.description(lang, wording) }.joined(separator: "\n")
        case .io(let path, let reason): return "\(path): \(error): \(reason.text(lang))"
        case .invalidRequest(let refusal), .unanswerable(let refusal): return "\(error): \(refusal.text(lang, wording))"
        }
    }

    /// ``description(_:_:)`` in English, in the library's own words.
    public var description: String { description(.en) }

    /// The issues behind this error (empty for non-input errors).
    public var issues: [InputIssue] {
        switch self {
        case .input(let i): [i]
        case .inputs(let list): list
        default: []
        }
    }
}

/// A cell as a message may show it: at most 40 characters, control and invisible characters
/// (C0, DEL, C1, bidi controls, U+FEFF, U+FFFE, U+FFFF) as `\u{…}`, so a file cannot put
/// terminal escapes or megabytes into a message.
public func quotedCell(_ value: String) -> String {
    var out = ""
    var count = 0
    for scalar in value.unicodeScalars {
        if count == 40 { out += "…"; break }
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0x200B && v <= 0x200F) || (v >= 0x202A && v <= 0x202E)
            || (v >= 0x2066 && v <= 0x2069) || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF {
            out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
        } else {
            out.unicodeScalars.append(scalar)
        }
        count += 1
    }
    return out
}

/// The form in which ids are compared for privacy: NFC, trimmed, case-folded.
func normalisedKey(_ value: String) -> String {
    nfc(value).trimmingWhitespace().lowercased()
}

/// `text` in Unicode NFC; ASCII text (most ids) is returned as it is, without a Foundation call.
func nfc(_ text: String) -> String {
    text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
}

/// The list of ignored header cells in a warning: the first ``limit`` named, the rest counted,
/// so a header row of millions of columns makes a warning of a line, not of megabytes.
struct HeaderCellList {
    static let limit = 20
    private(set) var parts: [InputIssue.Part] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    mutating func appendListed(_ part: InputIssue.Part) {
        count += 1
        guard count <= Self.limit else { return }
        if count > 1 { parts.append(.text(", ")) }
        parts.append(part)
    }

    /// Closes the list with "and N more" when some were not named.
    mutating func appendUnlisted() {
        if count > Self.limit { parts.append(.text(" and \(count - Self.limit) more")) }
    }
}
