import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Wijknet
import WijknetJobs

/// `wijknet serve`: the meeting report in the browser, for coordinators who never open a
/// terminal. A web server on this machine only (127.0.0.1), random secrets per start
/// (``RequestGate``), uploads kept in the workspace folder (`--workspace`, kept between starts)
/// or in a private folder that is removed when the server stops (``ShutdownSignals``). The pages call the same code as the commands (``MeetingReportJob``,
/// ``ValidationSummary``, ``renderDiagram``).
public struct WijknetServer: Sendable {
    public struct Configuration: Sendable {
        public var host = "127.0.0.1"
        /// 0: the system picks a free port (the URL printed says which).
        public var port = 8765
        /// `--allow-remote`: accept any Host header (needed when serving on another interface).
        public var allowRemote = false
        /// Largest upload accepted, in bytes.
        public var uploadLimit = 200 * 1024 * 1024
        public var showYouthNames = false
        /// `--pseudonym-key-file`; else `$WIJKNET_PSEUDONYM_KEY`; else a random key per start.
        public var pseudonymKeyFile: String?
        /// `--open`: write the launcher file (``Launcher``) for the browser opener.
        public var writeLauncher = false
        /// `--workspace`: the folder that keeps the uploads, the mapping, the goals and the
        /// pseudonym key between reloads and restarts (``PrivateFolder/init(keeping:)``);
        /// `nil` (`--no-workspace`): a temporary folder, removed when the server stops.
        public var workspace: String?
        public init() {}
    }

    /// The server listening: its link (with the token), and the launcher file when asked for.
    public struct Running: Sendable {
        public let url: String
        /// The launcher's path, or why it could not be written; `nil` when not asked for.
        public let launcher: Result<String, ServeError>?

        public init(url: String, launcher: Result<String, ServeError>?) {
            self.url = url
            self.launcher = launcher
        }
    }

    public let configuration: Configuration
    /// The link's token (the other two secrets are made per start too, see ``RequestGate``).
    public let token: AccessToken

    public init(configuration: Configuration, token: AccessToken = AccessToken()) {
        self.configuration = configuration
        self.token = token
    }

    /// Runs until SIGINT, SIGTERM, SIGHUP or SIGQUIT (``ShutdownSignals``). First removes the
    /// folders a dead server left (`onStaleRemoved` gets how many and where, for the caller to
    /// word in its language); `onRunning` gets the link once the
    /// server listens. The private folder is removed on the way out, however it ends.
    public func run(onStaleRemoved: @escaping @Sendable (_ count: Int, _ folder: String) -> Void = { _, _ in },
                    onRunning: @escaping @Sendable (Running) -> Void) async throws {
        let stale = PrivateFolder.removeStale()
        if stale > 0 {
            onStaleRemoved(stale, NSTemporaryDirectory())
        }
        let folder = try configuration.workspace.map { try PrivateFolder(keeping: $0) } ?? PrivateFolder()
        defer { folder.remove() }
        let pseudonyms = try Pseudonymizer.fromEnvironment(keyFile: try keyFile(in: folder))
        let port = PortBox()
        let router = makeRouter(Workspace(folder: folder, pseudonyms: pseudonyms, showYouthNames: configuration.showYouthNames, progress: Progress()), port: port)
        var logger = Logger(label: "wijknet-serve")
        logger.logLevel = .error
        let app = Application(router: router, configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
                              onServerRunning: { channel in
                                  port.set(channel.localAddress?.port ?? 0)
                                  onRunning(running(port: port.port, folder: folder))
                              }, logger: logger)
        try await Self.serve(app, folder: folder, logger: logger)
    }

    /// The key of the pseudonyms: `--pseudonym-key-file`; else none here when
    /// `$WIJKNET_PSEUDONYM_KEY` holds one; else the workspace's own (``WorkspaceKey``, made at
    /// its first start); else none (a random key per start).
    func keyFile(in folder: PrivateFolder, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        if let file = configuration.pseudonymKeyFile { return file }
        if let env = environment[Pseudonymizer.environmentVariable], !env.isEmpty { return nil }
        return folder.keeps ? try WorkspaceKey.path(in: folder.path) : nil
    }

    /// The routes of `workspace`, behind ``SecurityMiddleware`` with this start's secrets.
    func makeRouter(_ workspace: Workspace, port: PortBox) -> Router<BasicRequestContext> {
        let secrets = RequestGate.Secrets(token: token)
        let router = Router()
        router.add(middleware: SecurityMiddleware(secrets: secrets, port: port, allowRemote: configuration.allowRemote))
        Routes(workspace: workspace, uploadLimit: configuration.uploadLimit, session: secrets.session,
               lookupAllowed: !configuration.allowRemote).add(to: router)
        return router
    }

    /// The link of the server listening on `port`, and its launcher in `folder` when asked for.
    func running(port: Int, folder: PrivateFolder) -> Running {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        let url = "http://\(host):\(port)/?token=\(token.value)"
        guard configuration.writeLauncher else { return Running(url: url, launcher: nil) }
        do {
            return Running(url: url, launcher: .success(try Launcher.write(url: url, in: folder)))
        } catch {
            return Running(url: url, launcher: .failure(error as? ServeError ?? ServeError.cannotWrite(name: "launcher", SystemError(error))))
        }
    }

    /// Runs `app` in a service group that ``ShutdownSignals`` shuts down, with its deadline for
    /// open requests. An end forced by that deadline is the end asked for, not an error.
    static func serve(_ app: some Service, folder: PrivateFolder, logger: Logger) async throws {
        var config = ServiceGroupConfiguration(services: [.init(service: app)], logger: logger)
        config.maximumGracefulShutdownDuration = ShutdownSignals.deadline
        let group = ServiceGroup(configuration: config)
        let signals = ShutdownSignals(folder: folder) { Task { await group.triggerGracefulShutdown() } }
        signals.start()
        defer { signals.stop() }
        do {
            try await group.run()
        } catch where signals.wasSignalled {
            // Cancelled at the deadline: the shutdown that was asked for.
        }
    }
}

extension WijknetServer {
    /// The workspace when `--workspace` is not given: `$XDG_DATA_HOME/wijknet/werkmap`, else
    /// `~/.local/share/wijknet/werkmap` (on macOS `~/Library/Application Support/Wijknet/werkmap`):
    /// a per-user folder, made with mode 0700.
    public static func defaultWorkspace(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        #if os(macOS)
        return (environment["HOME"] ?? NSHomeDirectory()) + "/Library/Application Support/Wijknet/werkmap"
        #else
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/wijknet/werkmap" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/wijknet/werkmap"
        #endif
    }
}

/// The port the server got, known only once it listens (`--port 0`).
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func set(_ p: Int) { lock.lock(); value = p; lock.unlock() }
    var port: Int { lock.lock(); defer { lock.unlock() }; return value }
}
