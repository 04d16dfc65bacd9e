import Foundation
import WijknetTestScratch
import Testing

/// `wijknet serve` end to end in a real browser: `serve_e2e.py` (beside this file) starts the
/// server on a free port and drives headless Chromium through Selenium (pip `selenium`,
/// Debian `chromium-driver`; `make test` installs both): the token (403 without it), the cookie
/// that opens only the page's assets, the session secret the data needs, a POST from a page on
/// another local port refused (the browser sends it with the cookie), uploads,
/// the report with its findings and diagrams, another period, the ego view of a clicked
/// partner, a before/after pair in English and back in Dutch, a broken file's error with its
/// line, the upload limit, files taken out again, the samples/regio files dropped onto the drop
/// zones and the report per neighbourhood and per municipality (the unit names in the units
/// table), the uploads removed at SIGTERM. Nothing is skipped: a missing browser, driver or
/// Selenium fails the test.
@Suite("wijknet serve in Chromium", .serialized)
struct ServeInChromiumTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repo = here.deletingLastPathComponent().deletingLastPathComponent()

    @Test func theServerWorksInChromium() throws {
        let wijknet = try #require(builtWijknet(repo: Self.repo), "build the wijknet executable first (make test does)")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"), "install Debian's chromium-driver (make browser-deps does)")
        var args = [Self.here.appendingPathComponent("serve_e2e.py").path, "--wijknet", wijknet,
                    "--samples", Self.repo.appendingPathComponent("samples/zuiderhof").path,
                    "--regio", Self.repo.appendingPathComponent("samples/regio").path]
        if let shots = ProcessInfo.processInfo.environment["WIJKNET_RECORD_SCREENSHOT_DIR"] { args += ["--shots", shots] }
        let (status, output) = try run("/usr/bin/env", ["python3"] + args)
        #expect(status == 0, "\(output)")
        #expect(output.contains("all checks passed"), "\(output)")
    }

    /// The page that remembers, in Dutch (issue 25; `serve_workspace_e2e.py`): the mapping form
    /// pre-filled for samples/zuiderhof-export/export.csv, the workspace found again after a
    /// reload and a restart (same pseudonyms) and gone after Verwijderen, the pseudonym lookup
    /// against `wijknet keylist`, every text node of the page and its report Dutch with the
    /// English-headed sample, a goal of the goals editor against the same goal in TOML, the 403
    /// page in Dutch.
    @Test func theWorkspacePageInChromium() throws {
        let wijknet = try #require(builtWijknet(repo: Self.repo), "build the wijknet executable first (make test does)")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"), "install Debian's chromium-driver (make browser-deps does)")
        let (status, output) = try run("/usr/bin/env", ["python3", Self.here.appendingPathComponent("serve_workspace_e2e.py").path,
                                                        "--wijknet", wijknet, "--samples", Self.repo.appendingPathComponent("samples").path])
        #expect(status == 0, "\(output)")
        #expect(output.contains("all checks passed"), "\(output)")
    }

    /// Runs a program with standard output and error into one file (no pipe can fill up).
    func run(_ executable: String, _ args: [String]) throws -> (Int32, String) {
        let log = TestScratch.root.appendingPathComponent("wijknet-serve-e2e-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let p = Process()
        p.environment = TestScratch.childEnvironment
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        let handle = try FileHandle(forWritingTo: log)
        p.standardOutput = handle
        p.standardError = handle
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
