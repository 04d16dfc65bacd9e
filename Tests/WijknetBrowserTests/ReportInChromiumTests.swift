import Foundation
import WijknetTestScratch
import Testing

/// The meeting report in a real browser: headless Chromium (Debian's `chromium`, installed by
/// `make deps`) loads the sample report, and a check script appended to a copy of the page
/// looks for every section, sorts a table by clicking its header, and reports what it found
/// in the DOM that Chromium dumps. JavaScript errors are read from Chromium's console log.
@Suite("Report in Chromium", .serialized)
struct ReportInChromiumTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sections = ["verdict", "summary", "findings", "diagrams", "partners", "domains", "missing-links",
                           "single-points", "fragmentation", "signals", "how-to-read"]

    /// The check: section ids present, and a click on the "Betweenness" header of the first
    /// partners table sorts its rows ascending by that column (the page lists them descending).
    static let checkScript = """
    <script>
    (function () {
      var out = { missing: [], sorted: false, before: [], after: [], height: 0, verdictBottom: -1, errors: window.__errors || [] };
      // The verdict's last item (the strength), measured before the sort changes anything.
      var items = document.querySelectorAll('#verdict ol.findings > li');
      if (items.length) out.verdictBottom = items[items.length - 1].getBoundingClientRect().bottom;
      SECTIONS.forEach(function (id) { if (!document.getElementById(id)) out.missing.push(id); });
      var table = document.getElementById('partners-betweenness');
      var th = table.querySelectorAll('thead th')[3];
      function column() { return Array.prototype.map.call(table.tBodies[0].rows, function (r) { return parseFloat(r.cells[3].getAttribute('data-sort')); }); }
      out.before = column();
      th.click();
      out.after = column();
      out.sorted = out.after.length > 1 && out.after.every(function (v, i, a) { return i === 0 || a[i - 1] <= v; })
        && out.before.join() !== out.after.join();
      out.height = document.documentElement.scrollHeight;
      var pre = document.createElement('pre'); pre.id = 'wijknet-check'; pre.textContent = JSON.stringify(out);
      document.body.appendChild(pre);
    })();
    </script>
    """

    struct Check: Decodable { var missing: [String]; var sorted: Bool; var before: [Double]; var after: [Double]; var height: Int; var verdictBottom: Double }

    /// Runs a program; standard output and error go through files (no pipe can fill up).
    func run(_ executable: String, _ args: [String]) -> (status: Int32, stdout: String, stderr: String) {
        let dir = TestScratch.root
        let outURL = dir.appendingPathComponent("wijknet-browser-out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("wijknet-browser-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let p = Process()
        p.environment = TestScratch.childEnvironment
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.standardOutput = try! FileHandle(forWritingTo: outURL)
        p.standardError = try! FileHandle(forWritingTo: errURL)
        p.standardInput = FileHandle.nullDevice
        try! p.run()
        p.waitUntilExit()
        let text = { (u: URL) in (try? String(contentsOf: u, encoding: .utf8)) ?? "" }
        return (p.terminationStatus, text(outURL), text(errURL))
    }

    var chromium: String? { ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) } }
    var wijknet: String? { builtWijknet(repo: Self.repo) }
    func chromiumArgs(_ extra: [String]) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000"] + extra
    }

    /// The pages Chromium prints `page` on (A4, the report's `@page`): the `/Count` of the PDF's
    /// page tree, which Chromium writes uncompressed.
    func printedPages(_ browser: String, _ page: URL, _ dir: URL) throws -> Int {
        let pdf = dir.appendingPathComponent("print-\(UUID().uuidString).pdf")
        let r = run(browser, chromiumArgs(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString]))
        #expect(r.status == 0, "\(r.stderr.suffix(2000))")
        let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let counts = bytes.components(separatedBy: "/Count ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        return try #require(counts.max(), "no page tree in \(pdf.path)")
    }

    @Test func theSampleReportWorksInChromium() throws {
        let browser = try #require(chromium, "install Debian's chromium (make deps does)")
        let exe = try #require(wijknet, "build the wijknet executable first (make test does)")
        let dir = TestScratch.root.appendingPathComponent("wijknet-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let report = dir.appendingPathComponent("report.html").path
        let sample = Self.repo.appendingPathComponent("samples/zuiderhof")
        let made = run(exe, ["report", sample.appendingPathComponent("contacts.csv").path, "--actors", sample.appendingPathComponent("actors.csv").path,
                             "--pseudonym-key-file", sample.appendingPathComponent("demo.key").path, "--lang", "nl", "-o", report])
        #expect(made.status == 0, "\(made.stderr)")

        // 1. The page with the check appended: sections, sorting, no JavaScript error.
        let page = try String(contentsOfFile: report, encoding: .utf8)
        let sections = "[" + Self.sections.map { "'\($0)'" }.joined(separator: ",") + "]"
        let checked = page.replacingOccurrences(of: "</body>", with: Self.checkScript.replacingOccurrences(of: "SECTIONS", with: sections) + "</body>")
        let checkedPath = dir.appendingPathComponent("checked.html")
        try checked.write(to: checkedPath, atomically: true, encoding: .utf8)
        // A projector's 1024 × 768: the verdict (three concerns and one strength) on the first screen.
        let dom = run(browser, chromiumArgs(["--window-size=1024,768", "--dump-dom", checkedPath.absoluteString]))
        #expect(dom.status == 0, "\(dom.stderr.suffix(2000))")
        let jsErrors = dom.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") && ($0.contains("Uncaught") || $0.contains("Error")) }
        #expect(jsErrors.isEmpty, "\(jsErrors)")
        let json = try #require(dom.stdout.range(of: "<pre id=\"wijknet-check\">").flatMap { start in
            dom.stdout[start.upperBound...].range(of: "</pre>").map { String(dom.stdout[start.upperBound..<$0.lowerBound]) }
        }, "the check script did not run: \(dom.stdout.prefix(500))")
        let check = try JSONDecoder().decode(Check.self, from: Data(json.replacingOccurrences(of: "&quot;", with: "\"").utf8))
        #expect(check.missing.isEmpty, "missing sections \(check.missing)")
        #expect(check.sorted, "before \(check.before), after \(check.after)")
        #expect(check.before == check.before.sorted(by: >) && check.before.count > 2)
        #expect(check.verdictBottom > 300 && check.verdictBottom <= 768, "the verdict ends at \(check.verdictBottom) px of a 768 px screen")

        // Issue 24: the verdict is the first printed A4 page. The page cut after the verdict, with
        // one paragraph after it, prints on exactly two pages: the heading and the verdict on the
        // first (three would mean the verdict runs over), the paragraph on the second (the page
        // break after the verdict). The whole report takes more.
        let cut = page.range(of: "<section id=\"findings\">").flatMap { start in page.range(of: "</main>").map { page[..<start.lowerBound] + "<p>–</p>" + page[$0.lowerBound...] } }
        let verdictOnly = dir.appendingPathComponent("verdict.html")
        try String(try #require(cut)).write(to: verdictOnly, atomically: true, encoding: .utf8)
        #expect(try printedPages(browser, verdictOnly, dir) == 2)
        #expect(try printedPages(browser, URL(fileURLWithPath: report), dir) > 2)

        // 2. A full-page screenshot of the report itself.
        let png = dir.appendingPathComponent("report.png").path
        let shot = run(browser, chromiumArgs(["--screenshot=\(png)", "--window-size=1280,\(max(800, check.height))",
                                              URL(fileURLWithPath: report).absoluteString]))
        #expect(shot.status == 0, "\(shot.stderr.suffix(2000))")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) && bytes.count > 50_000)
        if let record = ProcessInfo.processInfo.environment["WIJKNET_RECORD_SCREENSHOT"] {
            try bytes.write(to: URL(fileURLWithPath: record))
        }
    }
}
