import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs
import WijknetReport

extension KeyPlayerAnalysis.Goal: ExpressibleByArgument {}

/// `wijknet keyplayers`: the partners the ecosystem leans on most (Borgatti's key players).
struct KeyPlayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keyplayers",
        abstract: "Key partners: the k whose absence fragments the ecosystem most, or who together reach the most young people.",
        discussion: """
        Examples:
          wijknet keyplayers contacts.csv --actors actors.csv --k 3
          wijknet keyplayers contacts.csv --actors actors.csv --k 2 --goal reach --distance 2 --format json
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "How many partners in the set.") var k = 3
    @Option(help: "fragment (remove them: who holds the ecosystem together) or reach (who reaches the most young people).") var goal: KeyPlayerAnalysis.Goal = .fragment
    @Option(help: "reach: a young person counts as reached within this many ties (1 = a direct tie).") var distance = 2
    @Option(help: "Seed of the random restarts (same seed, same answer).") var seed: UInt64 = 1
    @Option(help: "Random restarts after the greedy start.") var restarts = 2
    @Option(name: .long, help: "Check every set when there are at most this many (default: 2000 for fragment, 1000000 for reach).") var exactLimit: Int?
    @Option(help: "text, csv or json.") var format: TableFormat = .text
    @Option(help: "Language of the text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @OptionGroup var output: TableOutputOptions

    /// The command's own words for its own flags (the library names none).
    func validate() throws {
        try checkingOptions(lang) {
            if k < 1 { throw CLIMessage.atLeast(option: "--k", minimum: 1) }
            if distance < 1 { throw CLIMessage.atLeast(option: "--distance", minimum: 1) }
        }
    }

    func run() throws {
        try runReportingErrors(lang: lang, quiet: input.quiet) {
            var job = KeyPlayersJob(style: output.style(format, lang: lang))
            (job.goal, job.k, job.distance, job.seed, job.restarts, job.exactLimit) = (goal, k, distance, seed, restarts, exactLimit)
            try output.write(try job.run(try input.source(lang), say: say))
        }
    }
}
