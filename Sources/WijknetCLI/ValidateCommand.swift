import ArgumentParser
import Foundation
import Wijknet

/// `wijknet validate`: check the files and report every problem, without analysing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a contact log (and actors file) and report every problem found.",
        discussion: """
        Reads the files as an analysis would, but goes on after a problem and lists them all, \
        each with file, line and column and how to fix it. Exit code 0 when the files are fine, \
        65 when there are problems.

        Example:
          wijknet validate samples/zuiderhof/contacts.csv --actors samples/zuiderhof/actors.csv
        """
    )

    @Argument(help: ArgumentHelp("The contact log to check.", valueName: "log"))
    var log: String

    @Option(name: .long, help: ArgumentHelp("The actors file to check with it.", valueName: "file"))
    var actors: String?

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        try runReportingErrors {
            let contactLog = try reading.reader(policy: .skipInvalid).read(logPath: log, actorsPath: actors)
            let s = contactLog.stats
            var out: [String] = s.issues.map(\.description)
            if s.issueCount > s.issues.count { out.append("… and \(s.issueCount - s.issues.count) more problems.") }
            for w in contactLog.warnings where !w.contains("--skip-invalid") { out.append("warning: \(w)") }
            if let name = contactLog.actorsFileName {
                out.append("\(name): \(s.actorRowsRead) rows read, \(s.actorRowsUsed) valid, \(s.actorRowsSkipped) with problems.")
            }
            out.append("\(log): \(s.rowsRead) rows read, \(s.rowsUsed) valid, \(s.rowsSkipped) with problems; \(contactLog.actors.count) actors.")
            if s.issueCount > 0 { out.append("\(s.issueCount) problem(s) found.") }
            else if s.rowsUsed == 0 { out.append("The log has no usable contact.") }
            else { out.append("No problems found.") }
            try writeStandardOutput(Data((out.joined(separator: "\n") + "\n").utf8))
            if s.issueCount > 0 || s.rowsUsed == 0 { throw Exit.dataError }
        }
    }
}
