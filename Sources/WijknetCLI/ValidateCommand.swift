import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs

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

    @Option(help: "Language of the list: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl), of the list and of the messages on standard error.") var lang: Language?

    @Flag(name: .long, help: "No progress line on standard error (drawn only when it is a terminal, while a large log or workbook is read).")
    var quiet = false

    func run() throws {
        try runReportingErrors(lang: lang, quiet: quiet) {
            var job = ValidateJob(reader: try reading.reader(policy: .skipInvalid), path: log, actors: actors)
            (job.lang, job.wording) = (Language.resolved(lang), CLIWording())
            let result = try job.run()
            try writeStandardOutput(result.data)
            if !result.passed { throw Exit.dataError }
        }
    }
}
