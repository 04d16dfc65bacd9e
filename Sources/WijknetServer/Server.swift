import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Wijknet
import WijknetJobs

/// `wijknet serve`: the meeting report in the browser, for coordinators who never open a
/// terminal. A web server on this machine only (127.0.0.1), random secrets per start
/// (``RequestGate``), uploads kept in a private folder that is removed when the server stops
/// (``ShutdownSignals``). The pages call the same code as the commands (``MeetingReportJob``, ``ValidationSummary``, ``renderDiagram``).
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
        public init() {}
    }

    public let configuration: Configuration
    /// The link's token (the other two secrets are made per start too, see ``RequestGate``).
    public let token: AccessToken

    public init(configuration: Configuration, token: AccessToken = AccessToken()) {
        self.configuration = configuration
        self.token = token
    }

    /// Runs until SIGINT, SIGTERM, SIGHUP or SIGQUIT (``ShutdownSignals``). First removes the
    /// folders a dead server left (`onNote` says how many); `onRunning` gets the URL to open
    /// (with the token) once the server listens. The private folder is removed on the way out,
    /// however it ends.
    public func run(onNote: @escaping @Sendable (String) -> Void = { _ in },
                    onRunning: @escaping @Sendable (String) -> Void) async throws {
        let pseudonyms = try Pseudonymizer.fromEnvironment(keyFile: configuration.pseudonymKeyFile)
        let stale = PrivateFolder.removeStale()
        if stale > 0 {
            onNote("note: removed \(stale) private upload folder(s) that a wijknet serve stopped without cleaning up left in \(NSTemporaryDirectory()).")
        }
        let folder = try PrivateFolder()
        defer { folder.remove() }
        let workspace = Workspace(folder: folder, pseudonyms: pseudonyms, showYouthNames: configuration.showYouthNames, progress: Progress())
        let secrets = RequestGate.Secrets(token: token)
        let port = PortBox()
        let router = Router()
        router.add(middleware: SecurityMiddleware(secrets: secrets, port: port, allowRemote: configuration.allowRemote))
        Routes(workspace: workspace, uploadLimit: configuration.uploadLimit, session: secrets.session).add(to: router)
        var logger = Logger(label: "wijknet-serve")
        logger.logLevel = .error
        let host = configuration.host
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil),
                              onServerRunning: { channel in
                                  let p = channel.localAddress?.port ?? 0
                                  port.set(p)
                                  let shown = host.contains(":") ? "[\(host)]" : host
                                  onRunning("http://\(shown):\(p)/?token=\(token.value)")
                              }, logger: logger)
        try await Self.serve(app, folder: folder, logger: logger)
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

/// The port the server got, known only once it listens (`--port 0`).
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func set(_ p: Int) { lock.lock(); value = p; lock.unlock() }
    var port: Int { lock.lock(); defer { lock.unlock() }; return value }
}
