import Foundation
import Wijknet
import WijknetReport

/// What a job gives back: the bytes to write (standard output or `-o`), or the files of a
/// folder, and whether the command succeeds.
public struct JobOutput: Sendable {
    /// The result in the requested format.
    public var data: Data
    /// Instead of ``data``: files to write into the `-o` folder, by name (`export --format csv`).
    public var files: [JobFile]
    /// `false`: the command ends with a failure code after writing (a goal not met; problems
    /// found by `validate`).
    public var passed: Bool

    public init(_ data: Data, passed: Bool = true) { (self.data, self.files, self.passed) = (data, [], passed) }
    public init(_ text: String, passed: Bool = true) { self.init(Data(text.utf8), passed: passed) }
    public init(files: [JobFile]) { (self.data, self.files, self.passed) = (Data(), files, true) }
}

/// A note as a job tells it on standard error: `let op: …` in Dutch, `note: …` in English.
public func noteLine(_ text: String, _ lang: Language) -> String { (lang == .nl ? "let op: " : "note: ") + text }

/// A warning as a job tells it on standard error: `waarschuwing: …`, `warning: …`.
public func warningLine(_ text: String, _ lang: Language) -> String { (lang == .nl ? "waarschuwing: " : "warning: ") + text }

/// One file of a ``JobOutput``: its name in the output folder and its bytes.
public struct JobFile: Sendable, Equatable {
    public var name: String
    public var data: Data
    public init(name: String, data: Data) { (self.name, self.data) = (name, data) }
}

/// The formats of a command's tables.
public enum TableFormat: String, CaseIterable, Sendable {
    case text, csv, json
}

/// How a job renders a table result: the format, the language of the text and the CSV dialect
/// (`--format`, `--lang`, `--csv`).
public struct TableStyle: Sendable {
    public var format: TableFormat
    public var lang: Language
    public var dialect: CSVDialect

    public init(_ format: TableFormat = .text, lang: Language = .nl, dialect: CSVDialect = .standard) {
        (self.format, self.lang, self.dialect) = (format, lang, dialect)
    }

    /// The result rendered by the one of `text`, `csv` (in the standard dialect, rendered in
    /// ``dialect``) and `json` that ``format`` asks for. Only that one runs.
    public func render(text: (Language) -> String, csv: () -> String, json: () throws -> String) rethrows -> JobOutput {
        switch format {
        case .text: JobOutput(text(lang))
        case .csv: JobOutput(dialect.rendered(csv()))
        case .json: JobOutput(try json())
        }
    }
}
