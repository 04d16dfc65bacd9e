import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// Golden files of the sample's outputs (`Golden/`), recorded on purpose: a change of wording or
/// of a figure shows in review as a diff of these files. Re-record after an intended change with
/// `WIJKNET_RECORD_GOLDEN=1 swift test --filter GoldenTests` and read the diff before committing.
///
/// The report's diagrams are left out (`<svg>` blocks become `<svg/>`): their coordinates depend
/// on the machine's font metrics and are checked, within a tolerance, by the DOT snapshots of
/// `WijknetGraphvizTests`. So are the map's positions in its data (`"x":…,"y":…` become
/// `"x":0,"y":0`), which come from the same layout.
@Suite("Golden outputs of the sample")
struct GoldenTests {
    static let golden = repo.appendingPathComponent("Tests/WijknetCLITests/Golden")
    let sample = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]

    static let cases: [(name: String, args: [String])] = [
        ("analyse.json", ["analyse", "--format", "json"]),
        ("analyse.csv", ["analyse", "--format", "csv"]),
        ("gaps-nl.txt", ["gaps", "--lang", "nl"]),
        ("gaps-en.txt", ["gaps", "--lang", "en"]),
        ("report-nl.html", ["report", "--lang", "nl", "--goals", repo.appendingPathComponent("samples/zuiderhof/goals.toml").path, "--period", "quarter"]),
    ]

    /// `html` with every inline diagram replaced by `<svg/>` and the map's positions by zeros.
    static func withoutDiagrams(_ html: String) -> String {
        html.replacingOccurrences(of: "<svg[\\s\\S]*?</svg>", with: "<svg/>", options: .regularExpression)
            .replacingOccurrences(of: "\"x\":-?[0-9.]+,\"y\":-?[0-9.]+", with: "\"x\":0,\"y\":0", options: .regularExpression)
    }

    @Test("each output equals its golden file", arguments: cases.map(\.name))
    func golden(_ name: String) throws {
        let args = Self.cases.first { $0.name == name }!.args
        let out = outPath("golden-" + name)
        let run = captured([args[0]] + sample + args.dropFirst() + ["-o", out])
        #expect(run.exit == 0 || (args[0] == "goals" && run.exit == 1), "\(run.stderr)")
        var text = read(out)
        if name.hasSuffix(".html") { text = Self.withoutDiagrams(text) }
        let file = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WIJKNET_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if text != expected {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false), want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record("""
                \(name) differs from Golden/\(name) at line \(line + 1):
                  got:      \(line < got.count ? String(got[line].prefix(300)) : "(end)")
                  expected: \(line < want.count ? String(want[line].prefix(300)) : "(end)")
                re-record with WIJKNET_RECORD_GOLDEN=1 if the change is intended
                """)
        }
    }

    @Test func theDiagramFilterKeepsEverythingElse() {
        #expect(Self.withoutDiagrams("<p>a</p><svg width=\"2\"><g>x</g></svg><p>b</p><svg></svg>") == "<p>a</p><svg/><p>b</p><svg/>")
        #expect(Self.withoutDiagrams("{\"label\":\"x\",\"x\":569.3,\"y\":-53,\"r\":14}") == "{\"label\":\"x\",\"x\":0,\"y\":0,\"r\":14}")
    }
}
}
