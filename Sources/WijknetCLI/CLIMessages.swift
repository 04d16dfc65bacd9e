import ArgumentParser
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
    /// Another `wijknet serve` holds the workspace at `path`.
    case workspaceHeld(path: String)
    /// The server could not start or stopped with an error (the system's English reason).
    case serverFailed(String)
    /// The server removed private upload folders a stopped server left behind.
    case staleFoldersRemoved(Int, folder: String)
    /// No browser could be started; `reason` the system's.
    case noBrowser(String)
    /// The key list written: where and for how many young people.
    case keyListWritten(path: String, youngPeople: Int)
    /// `serve` running: how it stops, and where the uploads stay (`workspace`) or that they go.
    case howServingStops(workspace: String?)

    // MARK: Options that do not fit (a command's `validate()`, exit 64)
    /// `option` below `minimum`.
    case atLeast(option: String, minimum: Int, unit: String? = nil)
    /// `option` negative.
    case notNegative(option: String)
    /// `option` not strictly between 0 and 1; `example` a good value.
    case strictlyBetweenZeroAndOne(option: String, example: String)
    /// `option` none of `choices`.
    case oneOf(option: String, choices: [String])
    /// `--port` outside 0–65535.
    case portRange
    /// Two options that exclude each other.
    case notBoth(String, String)
    /// Two options that go together, one given.
    case bothOrNeither(String, String)
    /// `--add A:B` not a pair.
    case addNotAPair(String)
    /// `whatif` without `--remove` or `--add`.
    case whatIfNeedsChange
    /// `--host` other than loopback without `--allow-remote`.
    case remoteHostRefused(host: String)
    /// `survey-template -o` not ending in .xlsx.
    case templateNotXLSX(String)
    /// No contact log (and no `--survey`): what the parser says of a missing argument.
    case missingLog
    /// `compare` with `--from`/`--to`.
    case compareTakesBeforeAfter
    /// `compare --show-youth-names`.
    case compareNamesNoYouth
    /// `compare` of one log without both periods.
    case compareNeedsTwo
    /// `compare` of two logs with `--before`/`--after`.
    case twoLogsNoPeriods
    /// `--survey` given `count` times to `compare`.
    case surveyTwoRounds(given: Int)
    /// A contact log (`logs`: logs, for `compare`) and `--survey` together.
    case logOrSurvey(logs: Bool)
    /// `--survey` without `--actors`.
    case surveyNeedsActors
    /// `--survey` with options a survey has nothing for (`options`); `round` for `compare`.
    case surveyCannotCombine(options: [String], round: Bool)
    /// `summary --format csv` of one period.
    case summaryCSVNeedsPeriod
    /// `report --period` without `--goals`.
    case periodNeedsGoals
    /// `export --format csv` without `-o`.
    case csvNeedsFolder
    /// `render --missing-links` with a view that has none.
    case missingLinksViews
    /// `render --format png|pdf` without `-o`.
    case binaryNeedsOut(format: String)

    /// The kind of message, for its prefix (``prefix(_:)``).
    enum Kind { case error, warning, note }

    var kind: Kind {
        switch self {
        case .servingRemotely, .keyListWritten: .warning
        case .workspaceInUse, .staleFoldersRemoved, .noBrowser, .howServingStops: .note
        default: .error
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

    /// `a, b or c` (`of` in Dutch).
    static func list(_ items: [String], _ or: String) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " \(or) " + items.last!
    }

    /// The sentence in `lang`, without its prefix.
    func text(_ lang: Language) -> String { lang == .nl ? dutch : english }

    private var english: String {
        switch self {
        case let .howServingStops(workspace?): "Ctrl-C stops the server; the uploads stay in the workspace \(workspace) until the page's Verwijderen."
        case .howServingStops(nil): "Ctrl-C stops the server and removes the uploads."
        case let .notADate(option, text): "--\(option) '\(quotedCell(text))' is not a date; write DD-MM-YYYY (15-03-2025) or YYYY-MM-DD."
        case let .fromAfterTo(from, to): "--from \(quotedCell(from)) is after --to \(quotedCell(to))."
        case let .notAPeriod(option, text): "--\(option) '\(quotedCell(text))' is not a period; write FROM..TO, e.g. 01-01-2025..30-06-2025."
        case let .periodEndNotADate(option, text): "--\(option): '\(quotedCell(text))' is not a date; write DD-MM-YYYY (15-03-2025) or YYYY-MM-DD."
        case let .periodReversed(option, text): "--\(option) '\(quotedCell(text))': the first date is after the second."
        case let .servingRemotely(host): "--allow-remote: serving on \(host); anyone who can reach this machine and knows the token can see the uploaded contact log."
        case let .workspaceInUse(path): "\(path) is in use by a wijknet serve already running; opening its page."
        case let .workspaceHeld(path): "the workspace \(path) is in use by another wijknet serve; use that one (its link), stop it first, or give another --workspace."
        case let .serverFailed(reason): "the server stopped: \(reason)"
        case let .staleFoldersRemoved(n, folder): "removed \(n) private upload folder(s) that a wijknet serve stopped without cleaning up left in \(folder)."
        case let .noBrowser(reason): "cannot open a browser (\(reason)); open the link above by hand."
        case let .keyListWritten(path, n): "\(path) holds the ids and names of \(n) young people (mode 0600, readable by you alone): keep it with the pseudonym key; never share it or attach it to a report."
        case let .atLeast(option, minimum, unit): "\(option) must be at least \(minimum)\(unit.map { " (\($0))" } ?? "")."
        case let .notNegative(option): "\(option) must not be negative."
        case let .strictlyBetweenZeroAndOne(option, example): "\(option) must lie strictly between 0 and 1, e.g. \(example)."
        case let .oneOf(option, choices): "\(option) must be \(Self.list(choices, "or"))."
        case .portRange: "--port must be between 0 and 65535."
        case let .notBoth(a, b): "\(a) and \(b) cannot be combined; choose one."
        case let .bothOrNeither(a, b): "give both \(a) and \(b), or neither."
        case let .addNotAPair(a): "--add \(quotedCell(a)): write A:B."
        case .whatIfNeedsChange: "give --remove ID… and/or --add A:B."
        case let .remoteHostRefused(host): "--host \(quotedCell(host)) would let other machines reach the page with the contact log; give --allow-remote if you really mean that."
        case let .templateNotXLSX(out): "-o '\(quotedCell(out))' must end in .xlsx: the template is an Excel workbook."
        case .missingLog: "Missing expected argument '<log>'."
        case .compareTakesBeforeAfter: "compare takes --before and --after, not --from/--to."
        case .compareNamesNoYouth: "compare never names young people; --show-youth-names does not apply."
        case .compareNeedsTwo: "give --before FROM..TO and --after FROM..TO, or two logs (OLD NEW)."
        case .twoLogsNoPeriods: "with two logs, leave out --before and --after."
        case let .surveyTwoRounds(given): "--survey takes two rounds: --survey OLD --survey NEW (given \(given))."
        case let .logOrSurvey(logs): "Give either \(logs ? "contact logs" : "a contact log") or --survey, not both."
        case .surveyNeedsActors: "--survey needs --actors: the actors file that lists the survey's partners."
        case let .surveyCannotCombine(options, round):
            "--survey cannot be combined with \(Self.list(options, "or")): a survey \(round ? "round has no dates or units" : "has no dates, units or weights")."
        case .summaryCSVNeedsPeriod: "--format csv needs --period (a summary of one period is text or json)."
        case .periodNeedsGoals: "--period only applies to the goals section: give --goals FILE too."
        case .csvNeedsFolder: "--format csv writes two files: give the folder with -o DIR."
        case .missingLinksViews: "--missing-links applies to --view partners and --view gaps only."
        case let .binaryNeedsOut(format): "--format \(format) needs -o PATH (binary output)."
        }
    }

    private var dutch: String {
        switch self {
        case let .howServingStops(workspace?): "Ctrl-C stopt de server; de geüploade bestanden blijven in de werkmap \(workspace) tot u op de pagina op Verwijderen klikt."
        case .howServingStops(nil): "Ctrl-C stopt de server en verwijdert de geüploade bestanden."
        case let .notADate(option, text): "--\(option) '\(quotedCell(text))' is geen datum; schrijf DD-MM-JJJJ (15-03-2025) of JJJJ-MM-DD."
        case let .fromAfterTo(from, to): "--from \(quotedCell(from)) ligt na --to \(quotedCell(to)); draai ze om."
        case let .notAPeriod(option, text): "--\(option) '\(quotedCell(text))' is geen periode; schrijf VAN..TOT, bijvoorbeeld 01-01-2025..30-06-2025."
        case let .periodEndNotADate(option, text): "--\(option): '\(quotedCell(text))' is geen datum; schrijf DD-MM-JJJJ (15-03-2025) of JJJJ-MM-DD."
        case let .periodReversed(option, text): "--\(option) '\(quotedCell(text))': de eerste datum ligt na de tweede; draai ze om."
        case let .servingRemotely(host): "--allow-remote: de pagina staat open op \(host); wie deze computer kan bereiken en het toegangsteken kent, kan de geüploade contactlog zien."
        case let .workspaceInUse(path): "\(path) is in gebruik door een wijknet serve die al draait; de pagina daarvan gaat open."
        case let .workspaceHeld(path): "de werkmap \(path) is in gebruik door een andere wijknet serve; gebruik die (de link ervan), stop die eerst, of geef een andere --workspace."
        case let .serverFailed(reason): "de server is gestopt; de melding van het systeem: \(reason)"
        case let .staleFoldersRemoved(n, folder): "\(n == 1 ? "1 privémap" : "\(n) privémappen") met uploads die een gestopte wijknet serve in \(folder) had laten staan \(n == 1 ? "is" : "zijn") verwijderd."
        case let .noBrowser(reason): "de browser kan niet worden geopend (\(reason)); open de link hierboven zelf."
        case let .keyListWritten(path, n): "\(path) bevat de ids en namen van \(n == 1 ? "1 jongere" : "\(n) jongeren") (modus 0600, alleen door u te lezen): bewaar het bij de sleutel van de pseudoniemen; deel het nooit en voeg het nooit bij een rapport."
        case let .atLeast(option, minimum, unit): "\(option) moet minstens \(minimum) zijn\(unit.map { " (\($0))" } ?? "")."
        case let .notNegative(option): "\(option) mag niet negatief zijn."
        case let .strictlyBetweenZeroAndOne(option, example): "\(option) moet tussen 0 en 1 liggen (niet 0 of 1 zelf), bijvoorbeeld \(example.replacingOccurrences(of: ".", with: ","))."
        case let .oneOf(option, choices): "\(option) moet \(Self.list(choices, "of")) zijn."
        case .portRange: "--port moet tussen 0 en 65535 liggen."
        case let .notBoth(a, b): "\(a) en \(b) gaan niet samen; kies er één."
        case let .bothOrNeither(a, b): "geef zowel \(a) als \(b), of geen van beide."
        case let .addNotAPair(a): "--add \(quotedCell(a)): schrijf A:B."
        case .whatIfNeedsChange: "geef --remove ID… en/of --add A:B."
        case let .remoteHostRefused(host): "met --host \(quotedCell(host)) kunnen andere computers de pagina met de contactlog bereiken; geef --allow-remote als u dat echt wilt."
        case let .templateNotXLSX(out): "-o '\(quotedCell(out))' moet eindigen op .xlsx: het sjabloon is een Excel-werkmap."
        case .missingLog: "de contactlog ontbreekt: geef het bestand als eerste argument ('<log>')."
        case .compareTakesBeforeAfter: "compare gebruikt --before en --after, niet --from/--to."
        case .compareNamesNoYouth: "compare noemt nooit jongeren bij naam; --show-youth-names geldt hier niet."
        case .compareNeedsTwo: "geef --before VAN..TOT en --after VAN..TOT, of twee logboeken (OUD NIEUW)."
        case .twoLogsNoPeriods: "laat bij twee logboeken --before en --after weg."
        case let .surveyTwoRounds(given): "--survey vraagt twee rondes: --survey OUD --survey NIEUW (gegeven: \(given))."
        case let .logOrSurvey(logs): "geef \(logs ? "contactlogs" : "een contactlog") of --survey, niet allebei."
        case .surveyNeedsActors: "--survey vraagt ook --actors: het actorenbestand met de partners van de vragenlijst."
        case let .surveyCannotCombine(options, round):
            "--survey gaat niet samen met \(Self.list(options, "of")): een vragenlijst\(round ? "ronde" : "") heeft geen datums\(round ? " of eenheden" : ", eenheden of gewichten")."
        case .summaryCSVNeedsPeriod: "--format csv vraagt ook --period (een overzicht van één periode is tekst of json)."
        case .periodNeedsGoals: "--period geldt alleen voor het deel over de doelen: geef ook --goals BESTAND."
        case .csvNeedsFolder: "--format csv schrijft twee bestanden: geef de map met -o MAP."
        case .missingLinksViews: "--missing-links geldt alleen voor --view partners en --view gaps."
        case let .binaryNeedsOut(format): "--format \(format) vraagt -o PAD (een binair bestand)."
        }
    }
}

/// Prints a message of the CLI's own in `lang`, with its prefix.
func printError(_ message: CLIMessage, _ lang: Language) { printError(message.line(lang)) }

/// Whether ``WijknetCommand/surveyWithoutLog(_:)`` is trying the arguments: the option checks
/// then print nothing and fail as the parser's own `ValidationError`, in English, as it reads them.
nonisolated(unsafe) var probingArguments = false

/// Runs a command's option checks (its `validate()`): a failed check (a ``CLIMessage``) is
/// printed in the command's language (`lang`, else the environment's) with its prefix, and the
/// command ends with exit 64 (EX_USAGE), as the parser's own usage errors do.
func checkingOptions(_ lang: Language?, _ body: () throws -> Void) throws {
    do { try body() } catch let message as CLIMessage {
        if probingArguments { throw ValidationError(message.text(.en)) }
        printError(message, Language.resolved(lang))
        throw Exit.usage
    }
}
