import Foundation
import WijknetTestScratch
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `wijknet serve --port 0` running as a process of its own, with a `$TMPDIR` of its
/// own, so that its signals, its private folder and its answers can be checked from outside.
final class ServeProcess {
    let tmp: String
    let process = Process()
    let errorLog: String
    private(set) var port = 0
    private(set) var token = ""

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// A fresh directory to be a server's `$TMPDIR` (not named `wijknet-serve-*`: a real server
    /// would look into it).
    static func makeTemporaryDirectory() throws -> String {
        let dir = TestScratch.root.appendingPathComponent("wijknet-proc-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
        return dir
    }

    /// Starts the server (with `arguments` after its own) and waits for the link it prints. It
    /// sees the locale `locale` (its messages on standard error follow it; by default none: Dutch).
    init(tmp: String? = nil, arguments: [String] = [], locale: [String: String] = TestLocale.unset) throws {
        let executable = try #require(wijknetExecutable(), "build the wijknet executable first (swift build)")
        self.tmp = try tmp ?? Self.makeTemporaryDirectory()
        errorLog = self.tmp + ".stderr"
        _ = FileManager.default.createFile(atPath: errorLog, contents: nil)
        var environment = processEnvironment(locale: locale)
        environment["TMPDIR"] = self.tmp
        environment["WIJKNET_PSEUDONYM_KEY"] = nil
        process.executableURL = URL(fileURLWithPath: executable)
        // No workspace: the private folder in `$TMPDIR` that these tests watch, removed at the end.
        process.arguments = ["serve", "--port", "0", "--no-workspace"] + arguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorLog))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let line = Self.firstLine(out.fileHandleForReading)
        guard let m = line.firstMatch(of: #/Open http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]{32})/#) else {
            stop()
            throw Failure(description: "the server printed no link: \(line) \(errors)")
        }
        (port, token) = (Int(m.1)!, String(m.2))
    }

    deinit { stop() }

    /// The first line written to `handle` (empty at its end).
    static func firstLine(_ handle: FileHandle) -> String {
        var data = Data()
        while !data.contains(0x0A) {
            let more = handle.availableData
            if more.isEmpty { break }
            data += more
        }
        return String(decoding: data, as: UTF8.self)
    }

    var http: LocalHTTP { LocalHTTP(port: port) }

    /// What the server wrote to standard error.
    var errors: String { (try? String(contentsOfFile: errorLog, encoding: .utf8)) ?? "" }

    /// The `wijknet-serve-*` folders in its `$TMPDIR`.
    var folders: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? []).filter { $0.hasPrefix("wijknet-serve-") }.sorted()
    }

    /// The page's session secret, as its script reads it.
    func session() throws -> String {
        let page = try http.request("GET", "/?token=\(token)")
        guard page.status == 200, let m = page.body.firstMatch(of: #/<meta name="wijknet-session" content="([0-9a-f]{32})">/#) else {
            throw Failure(description: "the page has no session secret (\(page.status))")
        }
        return String(m.1)
    }

    /// Uploads `text` as the file of `slot`, as the page's script does.
    func upload(_ slot: String, _ text: String, name: String, session: String) throws -> LocalHTTP.Answer {
        try http.request("POST", "/upload/\(slot)", ["X-Wijknet-Session: \(session)", "X-File-Name: \(name)", "Origin: http://127.0.0.1:\(port)"],
                         body: Array(text.utf8))
    }

    /// Whether the process ends within `seconds`.
    func waitForExit(within seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < end { usleep(20_000) }
        if process.isRunning { return false }
        process.waitUntilExit()
        return true
    }

    func send(_ sig: Int32) { kill(process.processIdentifier, sig) }

    /// Sends SIGTERM and waits at most `seconds`: whether the server exited, and how long it took.
    func terminate(waitingAtMost seconds: Double) -> (exited: Bool, took: TimeInterval) {
        let signalled = Date()
        send(SIGTERM)
        let exited = waitForExit(within: seconds)
        return (exited, Date().timeIntervalSince(signalled))
    }

    /// Ends the process if it still runs, and removes its `$TMPDIR`.
    func stop() {
        if process.isRunning {
            send(SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: tmp)
        try? FileManager.default.removeItem(atPath: errorLog)
    }
}
