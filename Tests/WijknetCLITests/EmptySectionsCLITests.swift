import Foundation
import Testing
@testable import WijknetCLI

/// Issue 24, "no garbage on empty input": on a network without partners, without young people
/// or places, or with one domain, every section of the report either shows its table or says in
/// a sentence why it is empty — never an empty table, never NaN, never a 0% of nothing.
extension InProcess {
@Suite("Report sections on empty input")
struct EmptySectionsCLITests {
    static let tables = ["partners", "domains", "missing-links", "single-points", "fragmentation", "signals"]

    func sections(_ log: String, actors: String? = nil) throws -> [String: String] {
        let path = outPath("empty.csv"), out = outPath("empty.html")
        try log.write(toFile: path, atomically: true, encoding: .utf8)
        var args = ["report", path, "--lang", "nl", "-o", out]
        if let actors {
            let a = outPath("empty-actors.csv")
            try actors.write(toFile: a, atomically: true, encoding: .utf8)
            args += ["--actors", a]
        }
        let run = captured(args)
        #expect(run.exit == 0, "\(run.stderr)")
        let html = read(out)
        let page = html.components(separatedBy: "<script>")[0]   // the sorting script says isNaN
        #expect(!page.contains("<tbody></tbody>") && !page.contains("NaN"))
        var found: [String: String] = [:]
        for part in html.components(separatedBy: "<section id=\"").dropFirst() {
            let id = String(part.prefix { $0 != "\"" })
            found[id] = String(part[..<(part.range(of: "</section>")?.lowerBound ?? part.endIndex)])
        }
        for id in Self.tables {
            let body = try #require(found[id], "section \(id)")
            #expect(body.contains("<table") || body.contains("class=\"empty\""), "\(id) neither shows a table nor says why: \(body.prefix(300))")
        }
        return found
    }

    @Test func withoutPartners() throws {
        let s = try sections("date,source,target,about,place,type\n2025-03-01,,,Y1,school,overleg\n2025-03-02,,,Y2,school,overleg\n")
        for id in ["partners", "missing-links", "single-points"] {
            #expect(s[id]!.contains("Er zijn in deze periode geen partners (de kolommen van en naar)"), "\(id)")
        }
        #expect(!s["single-points"]!.contains("<table"), "no bridge of a young person to a place shown as a partner pair")
        #expect(s["fragmentation"]!.contains("Geen jongere heeft 3 of meer partners"))
        #expect(s["signals"]!.contains("daarvoor zijn contacten van soort signaal in deze periode nodig"))
        #expect(s["key-players"]!.contains("Geen sleutelfiguren gezocht"))
    }

    @Test func withoutYoungPeopleOrPlaces() throws {
        let s = try sections("date,source,target,about,place,type\n2025-03-01,a,b,,,overleg\n2025-03-02,b,c,,,overleg\n")
        #expect(s["fragmentation"]!.contains("Er zijn in deze periode geen jongeren (de kolom over)"))
        #expect(s["domains"]!.contains("Er zijn in deze periode geen plekken (de kolom plek)."))
        #expect(s["missing-links"]!.contains("Partners delen in deze periode geen jongeren of plekken"))
        #expect(s["partners"]!.contains("<table"))
    }

    /// One domain: nothing about domains is stated, the sections say what is needed.
    @Test func withOneDomain() throws {
        let log = "date,source,target,about,place,type\n2025-03-01,a,b,Y1,school,overleg\n2025-03-02,b,c,Y2,school,overleg\n"
        let actors = "id,kind,domain\na,partner,social\nb,partner,social\nc,partner,social\nY1,youth,\nY2,youth,\nschool,place,\n"
        let s = try sections(log, actors: actors)
        let needTwo = "daarvoor zijn partners van minstens twee domeinen nodig"
        #expect(s["domains"]!.contains(needTwo) && !s["domains"]!.contains("id=\"mixing\""))
        #expect(s["partners"]!.contains(needTwo), "the brokerage table says why it is empty")
        #expect(s["verdict"]!.contains("Wat we niet konden bepalen"))
        #expect(!s["verdict"]!.contains("0%"))
    }
}
}
