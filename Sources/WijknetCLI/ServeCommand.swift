#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import Wijknet
import WijknetServer

/// `wijknet serve`: the report in the browser, on this machine only. Parses the options and
/// starts ``WijknetServer``; everything else is there.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The meeting report in the browser: a local web app on 127.0.0.1 that does what the commands do.",
        discussion: """
        Drop in a contact log (and optionally an actors file and a goals file) in the page; see the problems \
        with their line and column, the report (the same page as 'wijknet report'), ego diagrams, and download \
        the report, the diagrams and the exports. The server listens on 127.0.0.1 only and answers only \
        requests that carry the random token of this start (in the printed link). The uploads, the column \
        mapping, the goals and the pseudonym key are kept in the workspace (--workspace; by default a folder of \
        yours only, ~/.local/share/wijknet/werkmap), so the page finds them again after a reload or a restart; \
        its Verwijderen button empties it. With --no-workspace they are kept in a private temporary folder that \
        is removed when the server stops (Ctrl-C, or the terminal closed). With --open, a second start on a \
        workspace in use opens the page of the server that holds it.

        Examples:
          wijknet serve --open
          wijknet serve --port 0 --pseudonym-key-file team.key
          wijknet serve --workspace ~/wijkteam-noord --open
        """
    )

    @Option(help: "The port (0: let the system choose a free one).") var port = 8765
    @Option(help: ArgumentHelp("The address to listen on; anything but 127.0.0.1 / localhost / ::1 needs --allow-remote.", valueName: "address"))
    var host = "127.0.0.1"
    @Flag(name: .long, help: "Allow --host to be another address than this machine's loopback. Other machines could then reach the page.")
    var allowRemote = false
    @Flag(name: .long, help: "Open the page in the default browser.") var open = false
    @Option(name: .long, help: ArgumentHelp("The largest upload accepted, in MB.", valueName: "MB")) var uploadLimit = 200
    @Option(name: .long, help: ArgumentHelp("A file holding the secret key for young people's pseudonyms (else $WIJKNET_PSEUDONYM_KEY; else a random key per start).", valueName: "file"))
    var pseudonymKeyFile: String?
    @Flag(name: .long, help: "Show young people's names instead of pseudonyms. Personal data: use only when you must.")
    var showYouthNames = false
    @Option(name: .long, help: ArgumentHelp("The folder that keeps the uploads, the mapping, the goals and the pseudonym key between starts (made with mode 0700; default: ~/.local/share/wijknet/werkmap).", valueName: "folder"))
    var workspace: String?
    @Flag(name: .long, help: "Keep nothing: the uploads go into a temporary folder that is removed when the server stops.")
    var noWorkspace = false

    static let loopback: Set<String> = ["127.0.0.1", "localhost", "::1"]

    func validate() throws {
        try checkingOptions(nil) {
            if !Self.loopback.contains(host) && !allowRemote {
                throw CLIMessage.remoteHostRefused(host: host)
            }
            guard (0...65535).contains(port) else { throw CLIMessage.portRange }
            guard uploadLimit >= 1 else { throw CLIMessage.atLeast(option: "--upload-limit", minimum: 1, unit: "MB") }
            if workspace != nil && noWorkspace { throw CLIMessage.notBoth("--workspace", "--no-workspace") }
        }
    }

    func run() throws {
        // No --lang: the page has its own choice; the messages follow the environment (else Dutch).
        let lang = Language.resolved(nil)
        if !Self.loopback.contains(host) {
            printError(.servingRemotely(host: host), lang)
        }
        var config = WijknetServer.Configuration()
        (config.host, config.port, config.allowRemote) = (host, port, allowRemote)
        (config.uploadLimit, config.pseudonymKeyFile, config.showYouthNames) = (uploadLimit * 1_048_576, pseudonymKeyFile, showYouthNames)
        config.writeLauncher = open
        config.workspace = noWorkspace ? nil : (workspace ?? WijknetServer.defaultWorkspace())
        let server = WijknetServer(configuration: config)
        let kept = config.workspace
        let open = self.open
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run(onStaleRemoved: { printError(.staleFoldersRemoved($0, folder: $1), lang) }) { running in
                    // "Open URL" reads the same in Dutch and English (scripts look for it).
                    let after = CLIMessage.howServingStops(workspace: kept).text(lang)
                    // Started from the icon (--open, no terminal): the output goes to a log, and
                    // the link's token must not; the browser gets it through the launcher file.
                    let shown = open && isatty(STDOUT_FILENO) == 0 ? running.url.replacing(#/token=[0-9a-f]+/#, with: "token=…") : running.url
                    try? writeStandardOutput(Data("Open \(shown)\n(\(after))\n".utf8))
                    if open { BrowserOpener.open(running, lang: lang) }
                }
            } catch let inUse as WorkspaceInUse where open && inUse.launcher != nil {
                // A second start (the icon clicked twice): the page of the server that holds the workspace.
                printError(.workspaceInUse(path: inUse.path), lang)
                BrowserOpener.open(file: inUse.launcher!, lang: lang)
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            switch error {
            case let error as WijknetError: printError(error.description(lang, CLIWording()))   // the pseudonym key file
            case let error as WorkspaceInUse: printError(.workspaceHeld(path: error.path), lang)
            case let error as ServeError: printError(.serverFailed(error.text(lang)), lang)
            default: printError(.serverFailed("\(error)"), lang)
            }
            throw Exit.ioError
        }
    }
}

/// The server's end, handed from its task to the waiting command.
private final class Outcome: @unchecked Sendable { var error: (any Error)? }
