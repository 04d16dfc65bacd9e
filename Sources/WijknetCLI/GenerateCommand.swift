import ArgumentParser
import Foundation
import Wijknet

/// `wijknet generate`: a seeded synthetic neighbourhood, for samples and benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a seeded synthetic neighbourhood (contact log + actors file).",
        discussion: """
        Invented people and organisations only. The same arguments always give the same bytes.

        Example:
          wijknet generate --actors 20000 --rows 200000 --seed 42 --out /tmp/big
          wijknet generate --actors 300 --rows 2500 --seed 7 --style excel --out samples/zuiderhof-excel
        """
    )

    @Option(help: "Number of actors (partners, places and young people); at least 40.")
    var actors: Int = 300
    @Option(help: "Number of contact rows.")
    var rows: Int = 2500
    @Option(help: "Random seed.")
    var seed: UInt64 = 1
    @Option(help: "plain (comma, ISO dates, English headers) or excel (semicolon, BOM, CRLF, DD-MM-YYYY, Dutch headers, decimal comma).")
    var style: String = "plain"
    @Option(help: "Comma-separated neighbourhood names.")
    var neighbourhoods: String = "Zuiderhof"
    @Option(name: [.short, .long], help: ArgumentHelp("Directory to write the files to.", valueName: "dir"))
    var out: String

    func validate() throws {
        try checkingOptions(nil) {
            guard actors >= 40 else { throw CLIMessage.atLeast(option: "--actors", minimum: 40) }
            guard rows >= 1 else { throw CLIMessage.atLeast(option: "--rows", minimum: 1) }
            guard SyntheticNeighbourhood.Style(rawValue: style) != nil else { throw CLIMessage.oneOf(option: "--style", choices: ["plain", "excel"]) }
        }
    }

    func run() throws {
        try runReportingErrors(lang: nil) {
            let hoods = neighbourhoods.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            let n = SyntheticNeighbourhood(.init(actors: actors, rows: rows, seed: seed, neighbourhoods: hoods))
            let (log, act) = try n.write(to: out, style: SyntheticNeighbourhood.Style(rawValue: style)!)
            print("wrote \(log) (\(rows) rows) and \(act) (\(n.actors.count) actors)")
        }
    }
}
