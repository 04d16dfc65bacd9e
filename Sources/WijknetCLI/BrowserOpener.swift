import Foundation
import Wijknet
import WijknetServer

/// `wijknet serve --open`: the default browser opened on the server's launcher file, never on
/// the link itself. Every local user can read a process's arguments (`/proc/PID/cmdline`,
/// `ps`), and the link carries the token; the launcher is a 0600 file in the private folder
/// that sends the browser on to the link (``WijknetServer/Running/launcher``).
enum BrowserOpener {
    /// The program and arguments that open the launcher of `running` (`xdg-open` on Linux,
    /// `open` on macOS); `nil` when there is no launcher.
    static func command(for running: WijknetServer.Running) -> (executable: String, arguments: [String])? {
        guard case .success(let path)? = running.launcher else { return nil }
        return command(file: path)
    }

    /// The program and arguments that open the launcher file at `path`.
    static func command(file path: String) -> (executable: String, arguments: [String]) {
        let file = URL(fileURLWithPath: path).absoluteString
        #if os(macOS)
        return ("/usr/bin/open", [file])
        #else
        return ("/usr/bin/env", ["xdg-open", file])
        #endif
    }

    /// Opens the launcher of `running`; says so when it cannot (the printed link still works).
    static func open(_ running: WijknetServer.Running, lang: Language) {
        guard let (executable, arguments) = command(for: running) else {
            if case .failure(let problem)? = running.launcher {
                printError(.noBrowser(problem.text(lang)), lang)
            }
            return
        }
        start(executable, arguments, lang: lang)
    }

    /// Opens the launcher file at `path` (of a server already running).
    static func open(file path: String, lang: Language) {
        let (executable, arguments) = command(file: path)
        start(executable, arguments, lang: lang)
    }

    private static func start(_ executable: String, _ arguments: [String], lang: Language) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { printError(.noBrowser(SystemError(error).text(lang)), lang) }
    }
}
