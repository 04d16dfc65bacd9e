import ArgumentParser
import Foundation
import Wijknet

/// Options every command that reads a contact log shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The contact log (CSV: date/datum, source/van, and optionally target/naar, about/over, place/plek, type/soort, weight/gewicht).", valueName: "log"))
    var log: String

    @Option(name: .long, help: ArgumentHelp("The actors file (CSV: id, name/naam, kind/soort, domain/domein, organisation/organisatie, neighbourhood/wijk, ordinary/voorveld).", valueName: "file"))
    var actors: String?

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

    func period() throws -> Period {
        func day(_ text: String?, _ name: String) throws -> Int? {
            guard let text else { return nil }
            guard let d = Calendar.parseDay(text) else {
                throw ValidationError("--\(name) '\(text)' is not a date; write DD-MM-YYYY (15-03-2025) or YYYY-MM-DD.")
            }
            return d
        }
        let p = Period(from: try day(from, "from"), to: try day(to, "to"))
        if let f = p.from, let t = p.to, f > t {
            throw ValidationError("--from \(from!) is after --to \(to!).")
        }
        return p
    }

    /// Reads the files and builds the ecosystem of the chosen period.
    func load() throws -> Ecosystem {
        let period = try period()
        let log = try ContactLogReader(policy: skipInvalid ? .skipInvalid : .stopAtFirst).read(logPath: log, actorsPath: actors)
        let youthIDs = log.actors.filter { $0.kind == .youth }.map(\.id)
        let pseudonyms = try Pseudonymizer.fromEnvironment(keyFile: pseudonymKeyFile).resolvingCollisions(for: youthIDs)
        return Ecosystem(log: log, period: period, pseudonyms: pseudonyms)
    }
}

/// `-o/--out PATH`: write to a file instead of standard output.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "path"))
    var out: String?

    func write(_ text: String) throws {
        if let out {
            let url = URL(fileURLWithPath: out)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do { try Data(text.utf8).write(to: url) } catch {
                throw WijknetError.io(path: out, reason: "cannot write: \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// Output formats for tables.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}

/// Prints to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Exit codes (sysexits.h): 64 usage, 65 data error, 66 cannot read input, 73 cannot write.
enum Exit {
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
}

/// Runs `body`, turning library errors into a message on standard error and an exit code.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as WijknetError {
        printError(error.description)
        switch error {
        case .input, .inputs: throw Exit.dataError
        case .io: throw Exit.noInput
        case .invalidRequest: throw Exit.usage
        }
    }
}

/// The warnings and skip report of a load, for standard error.
func ingestReport(_ eco: Ecosystem, includeWarnings: Bool = true) -> String {
    var lines: [String] = []
    let s = eco.log.stats
    if s.rowsSkipped > 0 {
        lines.append("read \(s.rowsRead) rows: \(s.rowsUsed) used, \(s.rowsSkipped) skipped. First skipped:")
        for issue in s.issues.prefix(10) { lines.append("  line \(issue.line), column \(issue.column): \(issue.message)") }
    }
    if includeWarnings { for w in eco.log.warnings { lines.append("warning: \(w)") } }
    if includeWarnings, let notice = eco.pseudonyms.stabilityNotice { lines.append("note: \(notice)") }
    return lines.joined(separator: "\n")
}
