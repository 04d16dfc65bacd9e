import Foundation
import Testing
import Wijknet
import WijknetReport
@testable import WijknetCLI

extension InProcess {
/// `wijknet compare` and the report's comparison section, on a log small enough to derive by hand.
@Suite("Compare before and after")
struct CompareTests {
    /// Partners a, d (social), b (care), c (safety); young people Y1, Y2 (declared, so nodes in
    /// both periods). Each row ties every pair of the actors it names.
    ///
    /// January: a–b; a–c, a–Y1, c–Y1; b–d.
    ///   partner ties {a|b, a|c, b|d}; youth ties {a–Y1, c–Y1} = 2.
    /// February: a–b; c–d, c–Y2, d–Y2; a–d, a–Y1, d–Y1.
    ///   partner ties {a|b, c|d, a|d}; youth ties {c–Y2, d–Y2, a–Y1, d–Y1} = 4.
    /// So: added a|d and c|d, lost a|c and b|d (a|b stays); youth ties 3 added (c–Y2, d–Y2,
    /// d–Y1), 1 lost (c–Y1).
    /// Degree of d: January {b} = 1, February {c, Y2, a, Y1} = 4; of b: {a, d} = 2 → {a} = 1;
    /// a stays at 3 ({b, c, Y1} → {b, d, Y1}) and c at 2: d and b are the only degree changes.
    /// E-I over partner–partner ties: January 3 across domains, 0 within → (3 − 0)/3 = 1;
    /// February a|b and c|d across, a|d within (both social) → (2 − 1)/3 = 1/3.
    /// Mixing social|care 2 → 1 (a|b, b|d → a|b), social|social 0 → 1 (a|d).
    static let january = """
    date,source,target,about,place,type
    2025-01-10,a,b,,,overleg
    2025-01-11,a,c,Y1,,overleg
    2025-01-12,b,d,,,overleg
    """
    static let february = """
    date,source,target,about,place,type
    2025-02-10,a,b,,,overleg
    2025-02-11,c,d,Y2,,overleg
    2025-02-12,a,d,Y1,,overleg
    """
    static let actors = """
    id,name,kind,domain
    a,Jongerenwerk Oost,partner,social
    b,GGZ Jeugd,partner,care
    c,Politie Wijkagent,partner,safety
    d,Buurthuis De Brug,partner,social
    Y1,Anna Berg,youth,
    Y2,Bram Dijk,youth,
    """

    /// The three files in a fresh folder: the whole log, January alone, February alone.
    func files() -> (whole: String, old: String, new: String, actors: String) {
        let whole = outPath("contacts.csv")
        let folder = URL(fileURLWithPath: whole).deletingLastPathComponent()
        let old = folder.appendingPathComponent("january.csv").path, new = folder.appendingPathComponent("february.csv").path
        let actors = folder.appendingPathComponent("actors.csv").path
        try! (Self.january + "\n" + Self.february.split(separator: "\n").dropFirst().joined(separator: "\n")).write(toFile: whole, atomically: true, encoding: .utf8)
        try! Self.january.write(toFile: old, atomically: true, encoding: .utf8)
        try! Self.february.write(toFile: new, atomically: true, encoding: .utf8)
        try! Self.actors.write(toFile: actors, atomically: true, encoding: .utf8)
        return (whole, old, new, actors)
    }
    let periods = ["--before", "2025-01-01..2025-01-31", "--after", "01-02-2025..28-02-2025"]

    func run(_ args: [String]) -> String {
        let r = captured(["compare"] + args + ["--pseudonym-key-file", sampleKey])
        #expect(r.exit == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func csvHasTheDerivedTiesAndDegrees() {
        let f = files()
        let csv = run([f.whole, "--actors", f.actors, "--format", "csv"] + periods)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(9)) == [
            "kind,subject,before,after",
            "tie_added,a|d,0,1",
            "tie_added,c|d,0,1",
            "tie_added,ties_youth,0,3",
            "tie_added,ties_places,0,0",
            "tie_lost,a|c,1,0",
            "tie_lost,b|d,1,0",
            "tie_lost,ties_youth,1,0",
            "tie_lost,ties_places,0,0",
        ])
        #expect(lines.filter { $0.hasPrefix("metric,") && $0.contains(":degree,") } == ["metric,d:degree,1,4", "metric,b:degree,2,1"])
        #expect(lines.contains("mixing,ei,1,0.3333333333333333"))
        #expect(lines.contains("mixing,social|care,2,1") && lines.contains("mixing,social|social,0,1"))
        #expect(lines.contains { $0.hasPrefix("mixing,ei_expected,") })
        // Every row has one of the five kinds and four fields; findings are present/absent flags.
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(cells.count == 4 && ["tie_added", "tie_lost", "metric", "mixing", "finding"].contains(String(cells[0])), "\(line)")
            if cells[0] == "finding" { #expect(cells[2...] == ["0", "1"] || cells[2...] == ["1", "0"], "\(line)") }
        }
        for name in ["Anna Berg", "Bram Dijk", "Y1", "Y2"] { #expect(!csv.contains(name), "\(name)") }
    }

    @Test func bothFormsGiveTheSameComparison() throws {
        let f = files()
        for format in ["csv", "text"] {
            let periodsForm = run([f.whole, "--actors", f.actors, "--format", format] + periods)
            let logsForm = run([f.old, f.new, "--actors", f.actors, "--format", format])
            if format == "csv" {
                #expect(periodsForm == logsForm)
            } else {   // the same but for the line naming the periods
                #expect(periodsForm.split(separator: "\n").dropFirst(2) == logsForm.split(separator: "\n").dropFirst(2))
            }
        }
    }

    @Test func jsonDecodes() throws {
        let f = files()
        let json = run([f.whole, "--actors", f.actors, "--format", "json"] + periods)
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let report = try decoder.decode(ComparisonReport.self, from: Data(json.utf8))
        let c = report.comparison
        #expect(c.tiesAdded.map(\.subject) == ["a|d", "c|d"] && c.tiesLost.map(\.subject) == ["a|c", "b|d"])
        #expect(c.tiesAdded[0].labelA == "Jongerenwerk Oost" && c.tiesAdded[0].labelB == "Buurthuis De Brug")
        let y = c.youthTies
        #expect(y.before == 2 && y.after == 4 && y.added == 3 && y.lost == 1)
        #expect(c.mixingBefore.ei == 1 && abs(c.mixingAfter.ei - 1.0 / 3) < 1e-12)
        let d = try #require(c.degree.first)
        #expect(d.id == "d" && d.label == "Buurthuis De Brug" && d.domain == "social" && d.metric == "degree" && d.before == 1 && d.after == 4)
        for name in ["Anna Berg", "Bram Dijk", "\"Y1\"", "\"Y2\""] { #expect(!json.contains(name), "\(name)") }
    }

    @Test func textInDutch() {
        let f = files()
        let text = run([f.whole, "--actors", f.actors, "--lang", "nl"] + periods)
        #expect(text.hasPrefix("Wat is er veranderd\n"))
        #expect(text.contains("Jongerenwerk Oost (a) – Buurthuis De Brug (d)"))
        #expect(text.contains("Verbindingen met jongeren: 3 nieuw, 1 verdwenen (2 voor, 4 na)."))
        #expect(text.contains("E-I-index voor: 1,00"))
        for name in ["Anna Berg", "Bram Dijk", "Y1", "Y2"] { #expect(!text.contains(name), "\(name)") }
    }

    @Test func wrongArgumentsAreUsageErrors() {
        let f = files()
        #expect(captured(["compare", f.whole, "--actors", f.actors]).exit == 64)
        #expect(captured(["compare", f.whole, "--actors", f.actors, "--before", "2025-01-01", "--after", "2025-02-01..2025-02-28"]).exit == 64)
        #expect(captured(["compare", f.old, f.new, "--actors", f.actors] + periods).exit == 64)
    }

    @Test func theReportHasAComparisonSectionWithTwoDiagrams() throws {
        let f = files()
        let out = outPath("report.html")
        let r = captured(["report", f.whole, "--actors", f.actors, "--pseudonym-key-file", sampleKey, "-o", out] + periods)
        #expect(r.exit == 0, "\(r.stderr)")
        let html = read(out)
        let start = try #require(html.range(of: "<section id=\"comparison\">"))
        let findings = try #require(html.range(of: "<section id=\"findings\">"))
        let diagrams = try #require(html.range(of: "<section id=\"diagrams\">"))
        #expect(findings.lowerBound < start.lowerBound && start.lowerBound < diagrams.lowerBound)
        let end = try #require(html[start.upperBound...].range(of: "<section id="))   // the next section (the map)
        let section = html[start.upperBound..<end.lowerBound]
        #expect(section.components(separatedBy: "<svg").count - 1 == 2)
        #expect(section.contains("id=\"compare-before-") && section.contains("id=\"compare-after-"))
        #expect(section.contains("id=\"compare-ties-added\"") && section.contains("<td>Buurthuis De Brug</td>"))
        #expect(html.contains("href=\"#comparison\""))
        for name in ["Anna Berg", "Bram Dijk", ">Y1<", ">Y2<"] { #expect(!html.contains(name), "\(name)") }
        // Data in the section is text, never markup.
        let hostile = Self.actors.replacingOccurrences(of: "Buurthuis De Brug", with: "<b>Brug</b> & \"Co\"")
        try hostile.write(toFile: f.actors, atomically: true, encoding: .utf8)
        #expect(captured(["report", f.whole, "--actors", f.actors, "-o", out] + periods).exit == 0)
        let escaped = read(out)
        #expect(escaped.contains("<td>&lt;b&gt;Brug&lt;/b&gt; &amp; &quot;Co&quot;</td>") && !escaped.contains("<b>Brug"))
        // Without the periods, no such section.
        let plain = outPath("plain.html")
        #expect(captured(["report", f.whole, "--actors", f.actors, "-o", plain]).exit == 0)
        #expect(!read(plain).contains("id=\"comparison\""))
    }
}
}
