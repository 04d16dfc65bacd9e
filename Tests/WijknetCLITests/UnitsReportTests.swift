import Foundation
import Testing
import WijknetTestSupport
@testable import WijknetCLI

/// `wijknet report --by neighbourhood`: the `units` section of ``KnownLogs/twoNeighbourhoods``
/// (figures derived in `WijknetTests/UnitsTests`): the side-by-side table with best and weakest
/// marked, one domains diagram per unit, all text escaped, young people never named.
extension InProcess {
@Suite("Meeting report: units section")
struct UnitsReportTests {
    static let known = KnownLogs.twoNeighbourhoods

    func report(_ actors: String = known.actors, _ extra: [String] = ["--by", "neighbourhood", "--lang", "en"]) -> String {
        let log = outPath("units-report-contacts.csv"), actorsPath = outPath("units-report-actors.csv"), out = outPath("units-report.html")
        try! Self.known.log.write(toFile: log, atomically: true, encoding: .utf8)
        try! actors.write(toFile: actorsPath, atomically: true, encoding: .utf8)
        let r = captured(["report", log, "--actors", actorsPath] + extra + ["-o", out])
        #expect(r.exit == 0, "\(r.stderr)")
        return read(out)
    }

    /// The cells of the table row labelled `label`, with their classes.
    func cells(_ html: String, _ label: String) -> [String] {
        guard let start = html.range(of: "<th scope=\"row\">\(label)</th>") else { return [] }
        let rest = html[start.upperBound...]
        let row = rest[..<(rest.range(of: "</tr>")?.lowerBound ?? rest.endIndex)]
        return row.components(separatedBy: "<td ").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test func tableWithBestAndWeakestAndADiagramPerUnit() {
        let html = report()
        #expect(html.contains("<section id=\"units\">") && html.contains("<table id=\"units-table\">"))
        // Noord, Zuid, region. Higher is better for cross-domain ties (2, 1): Noord best, Zuid weakest.
        #expect(cells(html, "cross-domain ties") == ["class=\"num best\">2", "class=\"num weakest\">1", "class=\"num\">4"])
        // Lower is better for single points (0, 1); the region is never marked.
        #expect(cells(html, "single points of failure") == ["class=\"num best\">0", "class=\"num weakest\">1", "class=\"num\">2"])
        // Both units 1.00: nothing to mark. Counts of actors have no better direction.
        #expect(cells(html, "E-I (baseline)") == ["class=\"num\">1.00 (1.00)", "class=\"num\">1.00 (1.00)", "class=\"num\">1.00 (0.60)"])
        #expect(cells(html, "actors") == ["class=\"num\">5", "class=\"num\">4", "class=\"num\">9"])
        #expect(cells(html, "contacts") == ["class=\"num\">3", "class=\"num\">3", "class=\"num\">7"])
        // Fragmented share: Zuid undefined, so only one unit has a value: not marked.
        #expect(cells(html, "fragmented young people") == ["class=\"num\">0%", "class=\"num\">–", "class=\"num\">0%"])
        #expect(html.contains("id=\"figure-unit-1\"") && html.contains("id=\"figure-unit-2\"") && !html.contains("id=\"figure-unit-3\""))
        for name in ["Noor Bakker", "Daan Smit", "Mila Jansen"] { #expect(!html.contains(name)) }
    }

    @Test func unitNamesAreEscaped() {
        let actors = Self.known.actors.replacingOccurrences(of: ",Zuid,", with: ",<b>Zuid</b> & co,")
        let html = report(actors)
        #expect(html.contains("&lt;b&gt;Zuid&lt;/b&gt; &amp; co") && !html.contains("<b>Zuid</b>"))
    }

    /// With --goals: the goals of `UnitsCLITests.goalsFile()` checked per unit (derived there).
    @Test func goalsPerUnitTable() {
        let html = report(Self.known.actors, ["--by", "neighbourhood", "--lang", "en", "--goals", UnitsCLITests.goalsFile()])
        #expect(html.contains("<table id=\"units-goals\">"))
        #expect(cells(html, "politie-sociaal") == ["class=\"num missed\">✗ 1", "class=\"num met\">✓ 2", "class=\"num met\">✓ 3"])
        #expect(cells(html, "met") == ["class=\"num\">2/4", "class=\"num\">2/4", "class=\"num\">3/4"])
        #expect(!report().contains("<table id=\"units-goals\">"))
    }

    @Test func noUnitsSectionWithoutBy() {
        #expect(!report(Self.known.actors, ["--lang", "en"]).contains("<section id=\"units\">"))
    }
}
}
