import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs

/// `wijknet keylist`: the key list (``KeyList``) of a log — pseudonym, id and name of every
/// young person — for whoever holds the pseudonym key. Written only to a file, mode 0600, with a
/// warning; never to standard output, never into a report.
struct KeyListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keylist",
        abstract: "The key list: pseudonym, id and name of every young person, for who holds the pseudonym key.",
        discussion: """
        The way back from a pseudonym in a report ("casusoverleg voor J-3a04bccc") to the young person, for the \
        coordinator who knows these young people. Give the same log, actors file and key as for the report: the \
        pseudonyms are then the report's. The list holds names: it is written only to the file of -o, readable by \
        you alone (mode 0600), and is never part of a report. Keep it with the key; do not mail or share it.

        Example:
          wijknet keylist contacts.csv --actors actors.csv --pseudonym-key-file team.key -o keylist.csv
        """
    )

    @Argument(help: ArgumentHelp("The contact log (CSV or .xlsx).", valueName: "log"))
    var log: String

    @Option(name: .long, help: ArgumentHelp("The actors file (CSV or .xlsx): the young people's names come from it.", valueName: "file"))
    var actors: String?

    @OptionGroup var reading: ReadingOptions

    @Flag(name: .long, help: "Skip invalid rows instead of stopping at the first (as the report was made).")
    var skipInvalid = false

    @Option(name: .long, help: ArgumentHelp("The file holding the secret key of the pseudonyms (else $\(Pseudonymizer.environmentVariable)); required: without it no report's pseudonyms can be matched.", valueName: "file"))
    var pseudonymKeyFile: String?

    @Option(help: "Language of the column names: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).")
    var lang: Language?

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write the key list to (mode 0600). Required: the list is never written to standard output.", valueName: "path"))
    var out: String

    @Flag(name: .long, help: "No progress line on standard error.")
    var quiet = false

    func run() throws {
        try runReportingErrors(lang: lang, quiet: quiet) {
            let source = LogSource(path: log, actors: actors, reader: try reading.reader(policy: skipInvalid ? .skipInvalid : .stopAtFirst),
                                   keyFile: pseudonymKeyFile, wording: CLIWording(), lang: Language.resolved(lang))
            let (list, count) = try KeyListJob(lang: Language.resolved(lang)).run(source)
            try writeAtomically(list.data, to: out, mode: 0o600)
            printError(.keyListWritten(path: out, youngPeople: count), Language.resolved(lang))
        }
    }
}
