import Foundation
import WijknetTestScratch
import Testing

/// The report's interactive map in a real browser: `map_e2e.py` (beside this file) writes the
/// sample's report and drives headless Chromium at 1024×768 through Selenium (pip `selenium`,
/// Debian `chromium-driver`): every partner an element `[data-actor]` and no young person on the
/// map; labels at least 12 px high (`getBoundingClientRect`) and not overlapping, at the first
/// view, focused, filtered and zoomed in; a click focuses the partner and its neighbours and dims
/// the rest, a second click and Escape clear; the domain, organisation and place filters hide
/// exactly the other partners; the search finds a partner; the layers switch on; keys and a
/// two-pointer pinch zoom; print shows the whole map without controls or panel, nothing dimmed,
/// whatever was zoomed or focused; no console error. Nothing is skipped: a missing browser,
/// driver or Selenium fails the test.
/// `WIJKNET_RECORD_SCREENSHOT_DIR=DIR` keeps `map-focused.png` and `map-filtered.png` there.
@Suite("The map in Chromium", .serialized)
struct MapInChromiumTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repo = here.deletingLastPathComponent().deletingLastPathComponent()

    @Test func theMapKeepsItsContract() throws {
        let wijknet = try #require(builtWijknet(repo: Self.repo), "build the wijknet executable first (make test does)")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"), "install Debian's chromium-driver (make browser-deps does)")
        var args = [Self.here.appendingPathComponent("map_e2e.py").path, "--wijknet", wijknet,
                    "--samples", Self.repo.appendingPathComponent("samples/zuiderhof").path]
        if let shots = ProcessInfo.processInfo.environment["WIJKNET_RECORD_SCREENSHOT_DIR"] { args += ["--shots", shots] }
        let log = TestScratch.root.appendingPathComponent("wijknet-map-e2e-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let p = Process()
        p.environment = TestScratch.childEnvironment
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + args
        let handle = try FileHandle(forWritingTo: log)
        p.standardOutput = handle
        p.standardError = handle
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(p.terminationStatus == 0, "\(output)")
        #expect(output.contains("all checks passed"), "\(output)")
    }
}
