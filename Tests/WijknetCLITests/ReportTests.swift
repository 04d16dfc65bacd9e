import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// `wijknet report`: sections, self-containment, escaping, small-cell suppression, determinism.
@Suite("Meeting report")
struct ReportTests {
    let input = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]
    static let sections = ["verdict", "summary", "findings", "diagrams", "partners", "domains", "missing-links",
                           "single-points", "fragmentation", "signals", "how-to-read"]

    func report(_ args: [String]) -> String {
        let out = outPath("report.html")
        let run = captured(["report"] + args + ["-o", out])
        #expect(run.exit == 0, "\(run.stderr)")
        return read(out)
    }

    @Test func theSampleReportHasEverySectionAndNeedsNoNetwork() throws {
        let html = report(input + ["--lang", "nl"])
        for id in Self.sections { #expect(html.contains("<section id=\"\(id)\">"), "section \(id)") }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">") && html.contains("In het kort"))
        // Diagrams inline, not as images of files; no URL that loads anything.
        #expect(html.components(separatedBy: "<svg").count - 1 == 2)
        #expect(!html.contains("<img") && !html.contains("<link") && !html.contains("@import"))
        for pattern in ["src=\"http", "href=\"http", "src='http", "href='http", "url(http", "url(\"http", "url('http", "//fonts."] {
            #expect(!html.contains(pattern), "\(pattern)")
        }
        // The inline diagrams carry the gaps view's marks.
        #expect(html.contains("class=\"edge missing") || html.contains("edge missing"))
        #expect(html.contains("@media print") && html.contains("size: A4"))
        #expect(!sampleYouth().contains { html.contains($0) })
    }

    /// `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG), else Dutch — never the log's
    /// headers (the sample's are English). Run as a process, each with its own environment.
    @Test func theLanguageComesFromTheFlagThenTheLocaleThenDutch() throws {
        let wijknet = try #require(wijknetExecutable())
        func lang(_ env: String, _ extra: String = "") -> String {
            let out = outPath("lang-\(UUID().uuidString).html")
            let run = shell("env -u LC_ALL -u LC_MESSAGES -u LANG \(env) '\(wijknet)' report '\(sampleLog)' --actors '\(sampleActors)' --pseudonym-key-file '\(sampleKey)' \(extra) -o '\(out)'")
            #expect(run.status == 0, "\(run.stderr)")
            let html = read(out)
            return html.contains("<html lang=\"en\">") && html.contains("<h2>In short</h2>") ? "en"
                : html.contains("<html lang=\"nl\">") && html.contains("<h2>In het kort</h2>") ? "nl" : "?"
        }
        #expect(lang("") == "nl")
        #expect(lang("LANG=C.UTF-8") == "nl")
        #expect(lang("LANG=en_GB.UTF-8") == "en")
        #expect(lang("LANG=en_GB.UTF-8 LC_ALL=nl_NL.UTF-8") == "nl")
        #expect(lang("LANG=nl_NL.UTF-8", "--lang en") == "en")
    }

    @Test func sameBytesOnASecondRunWithAKey() {
        #expect(report(input) == report(input))
    }

    /// Two partners of different domains who never met share three young people: one missing
    /// link with a count of 3, the number the suppression must hide.
    static let smallLog = """
    datum,van,naar,over,plek,soort
    01-03-2025,a,w,Y1,,overleg
    02-03-2025,a,w,Y2,,overleg
    03-03-2025,a,w,Y3,,overleg
    04-03-2025,b,w,Y1,,overleg
    05-03-2025,b,w,Y2,,overleg
    06-03-2025,b,w,Y3,,overleg
    07-03-2025,a,x,,,overleg
    """
    static let smallActors = """
    id,naam,soort,domein
    a,<script>alert(1)</script> & "Zorg",partner,zorg
    b,Buurtsport,partner,sociaal
    w,Wijkteam,partner,sociaal
    x,School,partner,sociaal
    Y1,Anna Berg,jongere,
    Y2,Bram Dijk,jongere,
    Y3,Cor Eck,jongere,
    """

    func smallFiles() -> [String] {
        let log = outPath("contacts.csv"), actors = outPath("actors.csv")
        try! Self.smallLog.write(toFile: log, atomically: true, encoding: .utf8)
        try! Self.smallActors.write(toFile: actors, atomically: true, encoding: .utf8)
        return [log, "--actors", actors, "--pseudonym-key-file", sampleKey]
    }

    /// The missing-links table's rows, as the text of their cells.
    func missingLinkRows(_ html: String) -> [[String]] {
        guard let start = html.range(of: "<table class=\"sortable\" id=\"missing-links-table\">"),
              let end = html[start.upperBound...].range(of: "</table>") else { return [] }
        let table = html[start.upperBound..<end.lowerBound]
        return table.components(separatedBy: "<tr>").dropFirst(2).map { row in
            row.components(separatedBy: "<td").dropFirst().map { cell in
                let afterTag = cell.drop { $0 != ">" }.dropFirst()
                return String(afterTag.prefix { $0 != "<" })
            }
        }
    }

    @Test func dataIsTextNeverMarkup() {
        let html = report(smallFiles())
        #expect(html.components(separatedBy: "<script").count - 1 == 1)   // only the page's own sorting script
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zorg&quot;"))
        #expect(!html.contains("<script>alert(1)"))
        for name in ["Anna Berg", "Bram Dijk", "Cor Eck", ">Y1<", ">Y2<", ">Y3<"] { #expect(!html.contains(name), "\(name)") }
    }

    @Test func smallCountsOfYoungPeopleAreSuppressed() throws {
        let exact = missingLinkRows(report(smallFiles()))
        let row = try #require(exact.first { $0.contains("Buurtsport") }, "\(exact)")
        #expect(row[4] == "3")
        let html = report(smallFiles() + ["--suppress-below", "5"])
        let suppressed = try #require(missingLinkRows(html).first { $0.contains("Buurtsport") })
        #expect(suppressed[4] == "&lt; 5" && !suppressed[4].contains("3"))
        // The sort key of that cell does not give the 3 away either.
        #expect(!html.contains("data-sort=\"3\">&lt; 5"))
        #expect(html.contains("aantallen jongeren onder de 5 staan er als &lt; 5"))
        #expect(report(smallFiles()).contains("niet onderdrukt"))
    }
}
}
