import Foundation
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
    static func open(_ running: WijknetServer.Running) {
        guard let (executable, arguments) = command(for: running) else {
            if case .failure(let problem)? = running.launcher {
                printError("note: cannot open a browser (\(problem)); open the link above by hand.")
            }
            return
        }
        start(executable, arguments)
    }

    /// Opens the launcher file at `path` (of a server already running).
    static func open(file path: String) {
        let (executable, arguments) = command(file: path)
        start(executable, arguments)
    }

    private static func start(_ executable: String, _ arguments: [String]) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { printError("note: cannot open a browser (\(error.localizedDescription)); open the link above by hand.") }
    }
}
