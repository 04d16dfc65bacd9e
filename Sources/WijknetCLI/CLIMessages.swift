import Foundation
import Wijknet

/// The command line's own messages on standard error, as typed values with their parameters
/// (issue 23: messages as data); ``text(_:)`` is their one catalogue, in Dutch and English. They
/// may name the CLI's options: the CLI is the adapter that words its own hints. The library's
/// messages come from their catalogues (``InputProblem``, ``Refusal``, ``IOFailure``,
/// ``ReadingWarning``, ``ReadingNote``), worded with ``CLIWording``.
enum CLIMessage: Error, Equatable {
    /// `--from`/`--to` (`option`, without dashes) with a text that is no date.
    case notADate(option: String, text: String)
    /// `--from` after `--to`.
    case fromAfterTo(from: String, to: String)
    /// A `FROM..TO` period option (`option`, without dashes) that is none.
    case notAPeriod(option: String, text: String)
    /// One end of a `FROM..TO` period option that is no date.
    case periodEndNotADate(option: String, text: String)
    /// A `FROM..TO` period whose first date is after the second.
    case periodReversed(option: String, text: String)
    /// `serve --allow-remote` on another address than loopback.
    case servingRemotely(host: String)
    /// `serve --open` started twice: the workspace's server is already running.
    case workspaceInUse(path: String)
    /// The server could not start or stopped with an error (the system's English reason).
    case serverFailed(String)
    /// The server removed private upload folders a stopped server left behind.
    case staleFoldersRemoved(Int, folder: String)
    /// No browser could be started; `reason` the system's.
    case noBrowser(String)
    /// The key list written: where and for how many young people.
    case keyListWritten(path: String, youngPeople: Int)

    /// The kind of message, for its prefix (``prefix(_:)``).
    enum Kind { case error, warning, note }

    var kind: Kind {
        switch self {
        case .notADate, .fromAfterTo, .notAPeriod, .periodEndNotADate, .periodReversed, .serverFailed: .error
        case .servingRemotely, .keyListWritten: .warning
        case .workspaceInUse, .staleFoldersRemoved, .noBrowser: .note
        }
    }

    /// The message with its prefix (`fout: `, `waarschuwing: `, `let op: `), as printed.
    func line(_ lang: Language) -> String { Self.prefix(kind, lang) + text(lang) }

    /// `fout: ` / `error: `, `waarschuwing: ` / `warning: `, `let op: ` / `note: `.
    static func prefix(_ kind: Kind, _ lang: Language) -> String {
        switch (kind, lang) {
        case (.error, .nl): "fout: "
        case (.error, .en): "error: "
        case (.warning, .nl): "waarschuwing: "
        case (.warning, .en): "warning: "
        case (.note, .nl): "let op: "
        case (.note, .en): "note: "
        }
    }

    /// The sentence in `lang`, without its prefix.
    func text(_ lang: Language) -> String { lang == .nl ? dutch : english }

    private var english: String {
        switch self {
        case let .notADate(option, text): "--\(option) '\(quotedCell(text))' is not a date; write DD-MM-YYYY (15-03-2025) or YYYY-MM-DD."
        case let .fromAfterTo(from, to): "--from \(quotedCell(from)) is after --to \(quotedCell(to))."
        case let .notAPeriod(option, text): "--\(option) '\(quotedCell(text))' is not a period; write FROM..TO, e.g. 01-01-2025..30-06-2025."
        case let .periodEndNotADate(option, text): "--\(option): '\(quotedCell(text))' is not a date; write DD-MM-YYYY (15-03-2025) or YYYY-MM-DD."
        case let .periodReversed(option, text): "--\(option) '\(quotedCell(text))': the first date is after the second."
        case let .servingRemotely(host): "--allow-remote: serving on \(host); anyone who can reach this machine and knows the token can see the uploaded contact log."
        case let .workspaceInUse(path): "\(path) is in use by a wijknet serve already running; opening its page."
        case let .serverFailed(reason): "the server stopped: \(reason)"
        case let .staleFoldersRemoved(n, folder): "removed \(n) private upload folder(s) that a wijknet serve stopped without cleaning up left in \(folder)."
        case let .noBrowser(reason): "cannot open a browser (\(reason)); open the link above by hand."
        case let .keyListWritten(path, n): "\(path) holds the ids and names of \(n) young people (mode 0600, readable by you alone): keep it with the pseudonym key; never share it or attach it to a report."
        }
    }

    private var dutch: String {
        switch self {
        case let .notADate(option, text): "--\(option) '\(quotedCell(text))' is geen datum; schrijf DD-MM-JJJJ (15-03-2025) of JJJJ-MM-DD."
        case let .fromAfterTo(from, to): "--from \(quotedCell(from)) ligt na --to \(quotedCell(to)); draai ze om."
        case let .notAPeriod(option, text): "--\(option) '\(quotedCell(text))' is geen periode; schrijf VAN..TOT, bijvoorbeeld 01-01-2025..30-06-2025."
        case let .periodEndNotADate(option, text): "--\(option): '\(quotedCell(text))' is geen datum; schrijf DD-MM-JJJJ (15-03-2025) of JJJJ-MM-DD."
        case let .periodReversed(option, text): "--\(option) '\(quotedCell(text))': de eerste datum ligt na de tweede; draai ze om."
        case let .servingRemotely(host): "--allow-remote: de pagina staat open op \(host); wie deze computer kan bereiken en het toegangsteken kent, kan de geüploade contactlog zien."
        case let .workspaceInUse(path): "\(path) is in gebruik door een wijknet serve die al draait; de pagina daarvan gaat open."
        case let .serverFailed(reason): "de server is gestopt; de melding van het systeem: \(reason)"
        case let .staleFoldersRemoved(n, folder): "\(n == 1 ? "1 privémap" : "\(n) privémappen") met uploads die een gestopte wijknet serve in \(folder) had laten staan \(n == 1 ? "is" : "zijn") verwijderd."
        case let .noBrowser(reason): "de browser kan niet worden geopend (\(reason)); open de link hierboven zelf."
        case let .keyListWritten(path, n): "\(path) bevat de ids en namen van \(n == 1 ? "1 jongere" : "\(n) jongeren") (modus 0600, alleen door u te lezen): bewaar het bij de sleutel van de pseudoniemen; deel het nooit en voeg het nooit bij een rapport."
        }
    }
}

/// Prints a message of the CLI's own in `lang`, with its prefix.
func printError(_ message: CLIMessage, _ lang: Language) { printError(message.line(lang)) }
