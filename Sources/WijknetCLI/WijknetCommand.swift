import ArgumentParser

/// The `wijknet` command: parses arguments, calls the library, prints. Nothing else.
public struct WijknetCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "wijknet",
        abstract: "Maps the ecosystem around young people in a neighbourhood from contact logs.",
        version: "0.1.0",
        subcommands: [SummaryCommand.self, ReportCommand.self, AnalyseCommand.self, GapsCommand.self, GoalsCommand.self, KeyPlayersCommand.self, WhatIfCommand.self, CompareCommand.self, ExportCommand.self, RenderCommand.self, ValidateCommand.self, GenerateCommand.self, ServeCommand.self, KeyListCommand.self]
    )
    public init() {}

    /// Runs the command line: installs the signal dispositions the writers rely on (see
    /// ``writeAtomically(_:to:)``), then parses and runs.
    public static func main() {
        installSignalHandlers()
        main(nil)
    }
}
