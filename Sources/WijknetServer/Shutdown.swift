import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How `wijknet serve` ends on a signal, so that the uploads (young people's names among them)
/// never stay behind in the private folder:
///
/// - **SIGINT (Ctrl-C), SIGTERM, SIGHUP (the terminal closed) and SIGQUIT (Ctrl-\\)** all start
///   the same graceful shutdown: no new connections, open requests may finish.
/// - **A deadline ends open requests**: after ``deadline`` the server's tasks are cancelled (a
///   stalled upload, a keep-alive connection). Without it, one open request made Ctrl-C and
///   SIGTERM wait for ever, and users closed the window instead: the SIGHUP case.
/// - **A backstop**: work that does not stop when cancelled (a report being computed) may keep
///   the server running past the deadline; ``backstop`` seconds after it the folder is removed
///   and the process ends (status 128 + the signal), as it also does at a second signal.
///
/// SIGKILL cannot be caught: a later start removes what it leaves (``PrivateFolder/removeStale(in:)``).
final class ShutdownSignals: @unchecked Sendable {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// How long open requests may take after a signal before they are cancelled.
    static let deadline: Duration = .seconds(3)
    /// Seconds after ``deadline`` at which the process ends, whatever is still running.
    static let backstop = 2.0

    private let folder: PrivateFolder
    private let onFirst: @Sendable () -> Void
    /// Everything below is touched on `queue` only.
    private let queue = DispatchQueue(label: "wijknet-serve-signals")
    private var sources: [any DispatchSourceSignal] = []
    private var caught = false
    private var backstopItem: DispatchWorkItem?

    /// - Parameter onFirst: starts the graceful shutdown (called once, at the first signal).
    init(folder: PrivateFolder, onFirst: @escaping @Sendable () -> Void) {
        self.folder = folder
        self.onFirst = onFirst
    }

    /// Takes the signals from their default action (which would end the process at once and
    /// leave the folder) and handles them as above.
    func start() {
        queue.sync {
            for sig in Self.signals {
                signal(sig, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
                source.setEventHandler { [unowned self] in self.received(sig) }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Whether a signal has come: the server's end is then the one asked for.
    var wasSignalled: Bool { queue.sync { caught } }

    /// The server has ended: no backstop any more, the signals' default actions back.
    func stop() {
        queue.sync {
            backstopItem?.cancel()
            for source in sources { source.cancel() }
            sources = []
            for sig in Self.signals { signal(sig, SIG_DFL) }
        }
    }

    private func received(_ sig: Int32) {
        guard !caught else { end(sig) }
        caught = true
        let item = DispatchWorkItem { [folder] in folder.remove(); _exit(128 + sig) }
        backstopItem = item
        let (seconds, attoseconds) = Self.deadline.components
        queue.asyncAfter(deadline: .now() + Double(seconds) + Double(attoseconds) / 1e18 + Self.backstop, execute: item)
        onFirst()
    }

    /// Removes the folder and ends the process now.
    private func end(_ sig: Int32) -> Never {
        folder.remove()
        _exit(128 + sig)
    }
}
