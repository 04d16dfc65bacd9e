import ArgumentParser

/// The `wijknet` command: parses arguments, calls the library, prints. Nothing else.
public struct WijknetCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "wijknet",
        abstract: "Maps the ecosystem around young people in a neighbourhood from contact logs.",
        version: "0.1.0",
        subcommands: [SummaryCommand.self, ReportCommand.self, AnalyseCommand.self, GapsCommand.self, GoalsCommand.self, KeyPlayersCommand.self, WhatIfCommand.self, CompareCommand.self, ExportCommand.self, RenderCommand.self, ValidateCommand.self, GenerateCommand.self, ServeCommand.self, KeyListCommand.self, SurveyCommand.self, SurveyTemplateCommand.self]
    )
    public init() {}

    /// Runs the command line: installs the signal dispositions the writers rely on (see
    /// ``writeAtomically(_:to:)``), then parses and runs.
    public static func main() {
        installSignalHandlers()
        main(surveyWithoutLog(Array(CommandLine.arguments.dropFirst())))
    }

    /// `wijknet analyse --survey FILE --actors FILE` and `wijknet compare --survey OLD --survey
    /// NEW --actors FILE` read no contact log, but the log is the positional argument every
    /// reading command shares. When the arguments name one of these commands and `--survey`, and
    /// do not parse as they are, they are given ``InputOptions/noLog`` in the log's place (after
    /// `--`) if that parses or fails in `--survey`'s own words; anything else is left as it is,
    /// so every other error is reported as before.
    public static func surveyWithoutLog(_ arguments: [String]) -> [String] {
        guard let command = arguments.first(where: { !$0.hasPrefix("-") }), ["analyse", "analyze", "compare"].contains(command),
              arguments.contains(where: { $0 == "--survey" || $0.hasPrefix("--survey=") }),
              !arguments.contains("--") else { return arguments }
        probingArguments = true
        defer { probingArguments = false }
        if (try? parseAsRoot(arguments)) != nil { return arguments }
        let patched = arguments + ["--", InputOptions.noLog]
        do { _ = try parseAsRoot(patched); return patched }
        catch { return fullMessage(for: error).contains("--survey") ? patched : arguments }   // --survey's own words
    }
}
