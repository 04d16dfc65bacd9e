import Foundation
import WijknetTestScratch
import Testing
import Wijknet
import WijknetGraph
import WijknetProgress
import WijknetGraphviz
import WijknetJobs
import WijknetTestSupport
@testable import WijknetCLI

/// The progress line: its text (count, share, rate, time left), drawn in place no more than
/// ten times a second after a first second, erased at the end; driven by a fake clock.
@Suite("Progress line")
struct ProgressLineTests {
    /// A line on a fake clock that keeps what it writes.
    final class Terminal: @unchecked Sendable {
        var now = 0.0
        var written: [String] = []
        lazy var line = ProgressLine(width: 60, clock: { [unowned self] in self.now }, write: { [unowned self] in self.written.append($0) })
    }

    @Test("text: done of total, share, rate and time left")
    func text() {
        #expect(ProgressLine.text("shortest paths", done: 3_200, total: 12_800, unit: "sources", elapsed: 2)
                == "shortest paths: 3,200 of 12,800 sources (25%) · 1,600 sources/s · 6 s left")
        // 9.6 M rows left at 400,000 rows/s: 24 s.
        #expect(ProgressLine.text("reading big.csv", done: 1_200_000, total: 10_800_000, unit: "rows", elapsed: 3)
                == "reading big.csv: 1,200,000 of 10,800,000 rows (11%) · 400,000 rows/s · 24 s left")
        #expect(ProgressLine.text("x", done: 5, total: nil, unit: "rows", elapsed: 1) == "x: 5 rows · 5 rows/s")
        #expect(ProgressLine.text("x", done: 0, total: 10, unit: "sets", elapsed: 0) == "x: 0 of 10 sets (0%)")
        #expect(ProgressLine.duration(59.2) == "1 min 00 s" && ProgressLine.duration(125) == "2 min 05 s")
        #expect(ProgressLine.duration(3 * 3600 + 7 * 60) == "3 h 07 min" && ProgressLine.duration(0.4) == "1 s")
        #expect(ProgressLine.grouped(999) == "999" && ProgressLine.grouped(1_000) == "1,000" && ProgressLine.grouped(-12_345) == "-12,345")
    }

    /// Issue 23: the line speaks the command's language; Dutch counts group with a dot.
    @Test("in Dutch: the steps and units in Dutch, numbers grouped with a dot, no English word")
    func dutchText() {
        let lines = [
            ProgressLine.text("shortest paths", done: 3_200, total: 12_800, unit: "sources", elapsed: 2, lang: .nl),
            ProgressLine.text("reading big.csv", done: 1_200_000, total: 10_800_000, unit: "rows", elapsed: 3, lang: .nl),
            ProgressLine.text("key players: exact check", done: 0, total: 10, unit: "sets", elapsed: 0, lang: .nl),
            ProgressLine.text("export: writing", stage: 2, of: 2, lang: .nl),
            ProgressLine.text("laying out 2,400 nodes", stage: 1, of: 1, lang: .nl),
        ]
        #expect(lines == ["kortste paden: 3.200 van 12.800 startpunten (25%) · 1.600 startpunten/s · nog 6 s",
                          "big.csv lezen: 1.200.000 van 10.800.000 regels (11%) · 400.000 regels/s · nog 24 s",
                          "sleutelspelers: exacte controle: 0 van 10 groepen (0%)",
                          "export: schrijven (2 van 2)",
                          "2.400 knopen plaatsen"])
        #expect(ProgressLine.duration(3 * 3600 + 7 * 60, lang: .nl) == "3 u 07 min")
        let words = Set(lines.joined(separator: " ").lowercased().split { !$0.isLetter }.map(String.init))
        for english in InProcess.DutchOutputTests.english + ["of", "left", "rows", "sources", "reading", "paths", "writing", "nodes"] {
            #expect(!words.contains(english), "\(english) in \(lines)")
        }
    }

    @Test("silent for the first second, then at most ten redraws a second, each erasing the line; erased at the end")
    func drawing() {
        let t = Terminal()
        t.line.update("step", done: 1, total: 100, unit: "rows")        // t = 0: too early
        t.now = 0.9; t.line.update("step", done: 9, total: 100, unit: "rows")
        #expect(t.written.isEmpty)
        t.now = 1.0; t.line.update("step", done: 10, total: 100, unit: "rows")
        t.now = 1.05; t.line.update("step", done: 11, total: 100, unit: "rows")   // within 0.1 s: skipped
        t.now = 1.1; t.line.update("step", done: 12, total: 100, unit: "rows")
        #expect(t.written == [ProgressLine.erase + "step: 10 of 100 rows (10%) · 10 rows/s · 9 s left",
                              ProgressLine.erase + "step: 12 of 100 rows (12%) · 11 rows/s · 9 s left"])
        t.line.finish("other")   // not the step drawn: nothing
        t.line.finish("step")
        #expect(t.written.count == 3 && t.written[2] == "\r\u{1B}[2K")
        t.line.finish("step")    // twice: nothing more
        #expect(t.written.count == 3)
    }

    @Test("a quick step is never drawn, so nothing needs erasing; a long line is cut to the width")
    func quickAndLong() {
        let t = Terminal()
        t.line.update("quick", done: 1, total: 2, unit: "rows")
        t.now = 0.5; t.line.finish("quick")
        #expect(t.written.isEmpty)
        t.line.update(String(repeating: "a", count: 100), done: 1, total: 2, unit: "rows")
        t.now = 2; t.line.update(String(repeating: "a", count: 100), done: 2, total: 2, unit: "rows")
        #expect(t.written.count == 1 && t.written[0] == ProgressLine.erase + String(repeating: "a", count: 59))
        // A new step erases the old line before its own clock starts.
        t.line.update("next", done: 1, total: 2, unit: "rows")
        #expect(t.written.count == 2 && t.written[1] == ProgressLine.erase)
    }

    @Test("a stage is drawn at once, with its number when there are several, and erased when it finishes")
    func stage() {
        let t = Terminal()
        t.line.begin("export: analysis", stage: 1, of: 2)
        #expect(t.written == [ProgressLine.erase + "export: analysis (1 of 2)"])
        t.now = 5; t.line.finish("export: analysis")
        t.line.begin("laying out 2400 nodes", stage: 1, of: 1)
        #expect(t.written == [ProgressLine.erase + "export: analysis (1 of 2)", ProgressLine.erase,
                              ProgressLine.erase + "laying out 2400 nodes"])
        // A counting step inside a stage takes the line over (after its first second), and its end erases it.
        t.now = 6; t.line.update("analyse", done: 1, total: 10, unit: "stages")
        #expect(t.written.count == 4 && t.written[3] == ProgressLine.erase)
        t.line.finish("laying out 2400 nodes")   // no longer the step drawn: nothing
        #expect(t.written.count == 4)
    }

    @Test("not a terminal or --quiet: no line at all")
    func onlyOnATerminal() {
        #expect(ProgressLine.forStandardError(quiet: true, lang: .nl) == nil)
        if isatty(2) == 0 { #expect(ProgressLine.forStandardError(quiet: false, lang: .nl) == nil) }
    }
}

/// Off a terminal the progress code changes nothing: what a command prints, on standard output
/// and standard error, is the same with and without `--quiet`, byte for byte.
extension InProcess {
    @Suite("Progress: no terminal, same bytes")
    struct ProgressNoTerminalTests {
        static let sample = ["samples/zuiderhof/contacts.csv", "--actors", "samples/zuiderhof/actors.csv"].map { $0.hasPrefix("-") ? $0 : repo.appendingPathComponent($0).path }

        @Test("stdout and stderr identical with and without --quiet", arguments: [
            ["summary"], ["summary", "--format", "json", "--skip-invalid"], ["analyse", "--format", "csv"],
            ["keyplayers", "--k", "2"], ["gaps"], ["export", "--format", "json"], ["render", "--view", "domains", "--format", "dot"],
        ])
        func identical(_ command: [String]) {
            let key = repo.appendingPathComponent("samples/zuiderhof/demo.key").path
            let args = command + Self.sample + ["--pseudonym-key-file", key]
            let plain = captured(args), quiet = captured(args + ["--quiet"])
            #expect(plain.exit == 0, "\(plain.stderr)")
            #expect(plain.stdout == quiet.stdout && plain.stderr == quiet.stderr, "stderr without --quiet:\n\(plain.stderr)\nwith:\n\(quiet.stderr)")
            #expect(!plain.stderr.contains("\r") && !plain.stdout.isEmpty)
        }

        @Test func validateIdenticalWithAndWithoutQuiet() {
            let plain = captured(["validate"] + Self.sample), quiet = captured(["validate"] + Self.sample + ["--quiet"])
            #expect(plain.exit == 0, "\(plain.stderr)")
            #expect(plain.stdout == quiet.stdout && plain.stderr == quiet.stderr && !plain.stdout.isEmpty)
        }
    }
}

/// (In process, serialised with the captured runs: its long export would otherwise end, and the
/// test runner print, while another suite captures standard error.)
extension InProcess {
    /// The stages `export` and `render` report through the library (``ExportJob``, ``Graphviz/render``):
    /// which, in which order, and only for large work.
    @Suite("Progress: stages of export and render")
    struct ProgressStageTests {
        /// Every begin, update and finish, in order.
        final class Recorder: ProgressSink, @unchecked Sendable {
            private let lock = NSLock()
            private var _events: [String] = []
            var events: [String] { lock.withLock { _events } }
            func update(_ step: String, done: Int, total: Int?, unit: String) { lock.withLock { _events.append("update \(step)") } }
            func begin(_ step: String, stage: Int, of stages: Int) { lock.withLock { _events.append("begin \(step) \(stage)/\(stages)") } }
            func finish(_ step: String) { lock.withLock { _events.append("finish \(step)") } }
        }

        static func ecosystem(actors: Int) throws -> Ecosystem {
            let dir = TestScratch.root.appendingPathComponent("wijknet-stages-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let files = try SyntheticNeighbourhood(SyntheticNeighbourhood.Parameters(actors: actors, rows: actors * 2, seed: 3)).write(to: dir, style: .plain)
            return Ecosystem(log: try ContactLogReader().read(logPath: files.log, actorsPath: files.actors), pseudonyms: Pseudonymizer(key: Array("k".utf8)))
        }

        @Test("export of 10,000 actors: analysis (1 of 2), then writing (2 of 2), each finished; the analysis's own steps inside the first")
        func exportStages() throws {
            let eco = try Self.ecosystem(actors: 10_000)
            #expect(eco.count >= ExportJob.progressThreshold)
            let sink = Recorder()
            var options = AnalysisOptions()
            options.exactLimit = 1_000   // the guaranteed estimate: quick in a debug build
            var written = 0, notedBeforeWriting = false
            try Progress.reporting(to: sink) {
                try ExportJob.run(eco, options: options, showYouthNames: false, analysed: { _ in notedBeforeWriting = sink.events.last == "finish export: analysis" }) { graph in
                    written = graph.nodesCSV().count
                }
            }
            let stages = sink.events.filter { $0.contains("export") }
            #expect(stages == ["begin export: analysis 1/2", "finish export: analysis", "begin export: writing 2/2", "finish export: writing"])
            let inner = sink.events.firstIndex(of: "update analyse")
            #expect(inner.map { $0 > 0 && $0 < sink.events.firstIndex(of: "finish export: analysis")! } == true)
            #expect(notedBeforeWriting && written > 0)
        }

        @Test("export of a small ecosystem reports nothing")
        func smallExportIsSilent() throws {
            let sink = Recorder()
            let eco = try Self.ecosystem(actors: 300)
            try Progress.reporting(to: sink) { try ExportJob.run(eco, options: AnalysisOptions(), showYouthNames: false) { _ in } }
            #expect(sink.events.isEmpty)
        }

        @Test("render: 'laying out N nodes' around the Graphviz call from 2,000 nodes on; below, nothing")
        func renderStage() throws {
            func diagram(_ n: Int) -> Diagram { Diagram(name: "g", nodes: (0..<n).map { DiagramNode(id: "v\($0)", attributes: [:]) }) }
            let sink = Recorder()
            try Progress.reporting(to: sink) {
                _ = try Graphviz.render(diagram(Graphviz.progressThreshold - 1), format: .dot, engine: .dot)
                #expect(sink.events.isEmpty)
                _ = try Graphviz.render(diagram(Graphviz.progressThreshold), format: .dot, engine: .dot)
            }
            #expect(sink.events == ["begin laying out 2000 nodes 1/1", "finish laying out 2000 nodes"])
        }
    }
}
