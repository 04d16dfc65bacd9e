import ArgumentParser
import Testing
@testable import WijknetCLI

/// `--help` texts leave the wrapping to the argument parser: a line break in a discussion
/// ends a sentence, a heading (`Examples:`) or a list item (indented), never the middle of a
/// sentence — else the parser's wrapping at 80 or 120 columns leaves ragged half lines.
@Suite("Help texts")
struct HelpTextTests {
    static let commands: [any ParsableCommand.Type] = WijknetCommand.configuration.subcommands

    @Test("every prose line of every discussion ends a sentence or a heading")
    func noBreakInsideASentence() {
        #expect(Self.commands.count >= 12)
        for command in Self.commands {
            let config = command.configuration
            for line in config.discussion.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("  ") {
                #expect(line.hasSuffix(".") || line.hasSuffix(":"), "\(config.commandName ?? "?"): \"\(line)\"")
            }
            #expect(!config.abstract.contains("\n"), "\(config.commandName ?? "?") abstract")
        }
    }

    @Test("the help of every command fits 80 and 120 columns; the commands that read a log offer --quiet", arguments: [80, 120])
    func wrapsAtWidth(_ columns: Int) {
        for command in Self.commands {
            let help = command.helpMessage(columns: columns)
            // The usage line is the parser's own and is not wrapped.
            for line in help.split(separator: "\n") where !line.hasPrefix("USAGE:") {
                #expect(line.count <= columns, "\(command.configuration.commandName ?? "?"): \"\(line)\"")
            }
            let readsALog = ["summary", "report", "analyse", "gaps", "goals", "keyplayers", "whatif", "compare", "export", "render"]
            if let name = command.configuration.commandName, readsALog.contains(name) { #expect(help.contains("--quiet"), "\(name)") }
        }
    }
}
