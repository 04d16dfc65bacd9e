import Foundation
import Testing
import Wijknet
import WijknetReport
@testable import WijknetCLI

/// The report's `key-players` section on the hand-made log of ``WhatIfCLITests`` (p-a with
/// j-1…j-4 and plek-1, p-b the wijkteam with j-5…j-7, p-brug between them): with three partners
/// the set of three is all of them, each with the sentence of its leaving (derived in
/// `WhatIfCLITests`), and p-a with p-b reach all 7 young people directly.
extension InProcess {
@Suite("Meeting report: key players")
struct KeyPlayersReportTests {
    func section(_ lang: String) throws -> String {
        let (log, actors) = WhatIfCLITests.files()
        let out = outPath("kp-report.html")
        let r = captured(["report", log, "--actors", actors, "--lang", lang, "-o", out])
        #expect(r.exit == 0, "\(r.stderr)")
        let html = read(out)
        let start = try #require(html.range(of: "<section id=\"key-players\">"))
        let rest = html[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</section>")?.upperBound ?? rest.endIndex)])
    }

    @Test func sentencesPerPartnerAndReach() throws {
        let s = try section("en")
        #expect(s.contains("<ol id=\"key-players-fragment\">"))
        #expect(s.contains("<strong>Wijkagent</strong> <span class=\"id\">(p-brug)</span>: If Wijkagent leaves, Pleintje loses its line to the neighbourhood team; the network falls into 1 more part; 1 partner pair is cut off from each other.</li>"))
        #expect(s.contains("<strong>Ans Aalders</strong> <span class=\"id\">(p-a)</span>: If Ans Aalders leaves, 4 young people lose their only line to the social domain; Pleintje loses its line to the neighbourhood team; the network falls into 4 more parts.</li>"))
        #expect(s.components(separatedBy: "<li>").count - 1 == 6)   // 3 fragment + 3 reach
        #expect(s.contains("7 of 7 (100%) with a tie of their own"))
        for name in (1...7).map({ "Naamjongere\($0)" }) + ["j-1", "j-5"] { #expect(!s.contains(name)) }
        let nl = try section("nl")
        #expect(nl.contains("Als Wijkagent vertrekt, verliest Pleintje haar lijn naar het wijkteam;"))
    }

    /// Above the limit nothing is searched, and the section says so.
    @Test func skippedAboveTheLimit() throws {
        let (log, actors) = WhatIfCLITests.files()
        let input = try InputOptions.parse([log, "--actors", actors])
        let eco = try input.load()
        let kp = try MeetingReport.KeyPlayers(eco, lang: .en, limit: 5)
        #expect(kp.skippedAbove == 5 && kp.fragment == nil && kp.reach == nil && kp.actors == 11)
        let full = try MeetingReport.KeyPlayers(eco, lang: .en)
        #expect(full.fragment?.partners.count == 3 && full.reach?.score == 7 && full.leaving.count == 3)
    }
}
}
