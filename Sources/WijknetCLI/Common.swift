#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import Wijknet
import WijknetGraph
import WijknetJobs
import WijknetProgress
import WijknetReport

/// Options every command that reads a contact log shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The contact log (CSV or .xlsx: date/datum, source/van, and optionally target/naar, about/over, place/plek, type/soort, weight/gewicht).", valueName: "log"))
    var log: String

    @Option(name: .long, help: ArgumentHelp("The actors file (CSV or .xlsx: id, name/naam, kind/soort, domain/domein, organisation/organisatie, neighbourhood/wijk, ordinary/voorveld).", valueName: "file"))
    var actors: String?

    @OptionGroup var reading: ReadingOptions

    /// What stands in for the log when `analyse --survey` or `compare --survey` is given
    /// without one (see ``WijknetCommand/surveyWithoutLog(_:)``).
    static let noLog = "\u{1}wijknet-survey-without-log"
    /// Whether a contact log was given (not ``noLog``).
    var hasLog: Bool { log != Self.noLog }

    /// The reader of a partner survey given with `--survey` in the log's place: `--columns` and
    /// `--sheet` then name the survey's headers and sheet, `--actor-columns` and `--actor-sheet`
    /// the actors file's, as `wijknet survey` takes them.
    func surveyReader() throws -> SurveyReader {
        SurveyReader(columns: try reading.columns.map { try ColumnMapping(parsing: $0, for: .survey) },
                     actorColumns: try reading.actorColumns.map { try ColumnMapping(parsing: $0, for: .actors) },
                     sheet: reading.sheet, actorSheet: reading.actorSheet)
    }

    /// The partner survey at `path` given with `--survey`, its partners from `--actors`.
    func surveySource(_ path: String) throws -> SurveySource {
        SurveySource(reader: try surveyReader(), path: path, actors: actors ?? "")
    }

    @Option(name: .long, help: ArgumentHelp("Only contacts on or after this date (DD-MM-YYYY or YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only contacts on or before this date (DD-MM-YYYY or YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Flag(name: .long, help: "Skip invalid rows instead of stopping at the first; report how many and why.")
    var skipInvalid = false

    @Option(name: .long, help: ArgumentHelp("A file holding the secret key for young people's pseudonyms (else $\(Pseudonymizer.environmentVariable); else a random key per run).", valueName: "file"))
    var pseudonymKeyFile: String?

    @Flag(name: .long, help: "Show young people's names instead of pseudonyms. Personal data: use only when you must.")
    var showYouthNames = false

    @Flag(name: .long, help: "No progress line on standard error. It is drawn only when standard error is a terminal, for long steps (reading a log of a million rows or more or a large workbook, the shortest paths of 10,000 actors or more, the key-player search, export of 10,000 actors, render of 2,000 nodes), and erased when each ends.")
    var quiet = false

    /// The range of `--from` and `--to`.
    /// - Throws: ``CLIMessage/notADate(option:text:)`` or ``CLIMessage/fromAfterTo(from:to:)``.
    func period() throws -> Period {
        func day(_ text: String?, _ name: String) throws -> Int? {
            guard let text else { return nil }
            guard let d = Calendar.parseDay(text) else { throw CLIMessage.notADate(option: name, text: text) }
            return d
        }
        let p = Period(from: try day(from, "from"), to: try day(to, "to"))
        if let f = p.from, let t = p.to, f > t { throw CLIMessage.fromAfterTo(from: from!, to: to!) }
        return p
    }

    /// The log to read as these options describe it (``LogSource``, the jobs' one reading step),
    /// its report told in `lang`.
    /// - Throws: ``CLIMessage`` for a date that is none or a range the wrong way round;
    ///   ``WijknetError/invalidRequest(_:)`` for a malformed mapping.
    func source(_ lang: Language?) throws -> LogSource {
        let period = try period()
        return LogSource(path: log, actors: actors, reader: try reading.reader(policy: skipInvalid ? .skipInvalid : .stopAtFirst),
                         period: period, dateOption: from != nil ? .from : to != nil ? .to : nil,
                         keyFile: pseudonymKeyFile, showYouthNames: showYouthNames, wording: CLIWording(), lang: Language.resolved(lang))
    }

    /// Reads the files and builds the ecosystem of the chosen period.
    func load() throws -> Ecosystem { try source(nil).read().ecosystem }
}

/// `--period month|quarter|year`: the figures per calendar period, as a time series.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Figures per calendar period (month, quarter or year) as a time series: one row (JSON: object) per period, periods without contacts included with counts 0 (an undefined ratio is '-' in text, empty in CSV, null in JSON). The series runs from --from (else the first contact) to --to (else the last contact); the first and last period are clipped to that range and marked partial when it starts or ends inside them. Each period counts the actors named in its contacts.", valueName: "unit"))
    var period: PeriodUnit?
}

extension PeriodUnit: ExpressibleByArgument {}

/// `-o/--out PATH`: write to a file instead of standard output.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "path"))
    var out: String?

    func write(_ text: String) throws { try write(Data(text.utf8)) }

    /// Writes a job's output: its bytes, or its files into the folder of `-o` (each atomically).
    func write(_ output: JobOutput) throws {
        guard !output.files.isEmpty else { return try write(output.data) }
        let folder = URL(fileURLWithPath: out ?? ".")
        for file in output.files { try writeAtomically(file.data, to: folder.appendingPathComponent(file.name).path) }
    }

    /// Writes to `--out` atomically (creating its folder), else to standard output.
    func write(_ data: Data) throws {
        if let out { try writeAtomically(data, to: out) } else { try writeStandardOutput(data) }
    }
}

/// `-o/--out PATH` and `--csv standard|excel-nl`: the output options of a command that writes tables.
struct TableOutputOptions: ParsableArguments {
    @OptionGroup var file: OutputOptions

    @Option(name: .customLong("csv"), help: ArgumentHelp("The CSV dialect of --format csv: standard (',' between fields, '.' as decimal mark, UTF-8; pandas, R and Spark read it with default arguments) or excel-nl (';', decimal commas and a byte-order mark, for Excel with Dutch settings; pandas: sep=\";\", decimal=\",\").", valueName: "dialect"))
    var csv: CSVDialect = .standard

    var out: String? { file.out }
    /// How a job renders its table: `format`, the language of `lang` (``Language/resolved(_:)``)
    /// and the dialect of `--csv`.
    func style(_ format: TableFormat, lang: Language?) -> TableStyle { TableStyle(format, lang: Language.resolved(lang), dialect: csv) }
    /// Writes a job's output (``OutputOptions/write(_:)-(JobOutput)``).
    func write(_ output: JobOutput) throws { try file.write(output) }
}

extension CSVDialect: ExpressibleByArgument {}

extension TableFormat: ExpressibleByArgument {}

/// The descriptor ``printError(_:)`` writes to: standard error (2), except while tests run
/// `wijknet` in process. They point it at a file of their own instead of redirecting descriptor
/// 2, where the test runner writes its own progress from other threads (which then landed in
/// the captured messages).
nonisolated(unsafe) var standardErrorDescriptor: Int32 = 2

/// Prints to standard error; a failing standard error is ignored (there is nowhere to say so).
func printError(_ text: String) {
    var bytes = Array((text.hasSuffix("\n") ? text : text + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeMutableBytes { write(standardErrorDescriptor, $0.baseAddress! + offset, $0.count - offset) }
        if n <= 0 { return }
        offset += n
    }
}

/// Where a job's messages go (its ``Say``): standard error (``printError(_:)``).
func say(_ text: String) { printError(text) }

/// Exit codes (sysexits.h): 64 usage, 65 data error, 66 cannot read input, 74 cannot write output.
enum Exit {
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let ioError = ExitCode(74)
}

/// Runs `body`, turning errors into a message on standard error and an exit code. Unless
/// `quiet`, long steps draw a progress line when standard error is a terminal
/// (``ProgressLine``), in the same language. Errors are printed as compilers print them
/// (`file:line:column: fout: …`, then `oplossing: …`; in English `error:` and `fix:`), in the
/// command's language (`lang`, else the environment's, ``Language/resolved(_:)``), each from its
/// catalogue; a setting or column mapping is named as this command's option (``CLIWording``).
func runReportingErrors(lang: Language?, quiet: Bool = true, _ body: () throws -> Void) throws {
    let lang = Language.resolved(lang)
    do {
        try Progress.reporting(to: ProgressLine.forStandardError(quiet: quiet, lang: lang), body)
    } catch let error as ColumnMapping.ParseError {
        printError(CLIMessage.prefix(.error, lang) + error.text(lang, CLIWording()))
        throw Exit.usage
    } catch let error as CLIMessage {
        printError(error, lang)
        throw Exit.usage
    } catch let error as WijknetError {
        printError(error.description(lang, CLIWording()))
        switch error {
        case .input, .inputs, .unanswerable: throw Exit.dataError
        case .io: throw Exit.noInput
        case .invalidRequest: throw Exit.usage
        }
    } catch let error as OutputError {
        printError(error.text(lang))
        throw Exit.ioError
    }
}

/// The environment whose locale decides the language without `--lang`: the process's, except
/// while tests run `wijknet` in process and set the locale of each run explicitly.
nonisolated(unsafe) var localeEnvironment: () -> [String: String] = { ProcessInfo.processInfo.environment }

extension Language {
    /// The language of a command's words — its outputs and everything it prints on standard
    /// error: `--lang`, else the environment's locale (``Language/init(locale:)``: `LC_ALL`,
    /// `LC_MESSAGES`, `LANG`), else Dutch — the language of the people the tool is for. Not the
    /// log's headers: an English export of a Dutch system is still read by Dutch teams.
    static func resolved(_ option: Language?) -> Language {
        option ?? Language(locale: localeEnvironment()) ?? .nl
    }
}
