import Foundation
import Testing
@testable import WijknetCLI

/// `wijknet whatif` on a hand-made log: p-a (social) works with j-1…j-4, p-b (care) with
/// j-5…j-7, p-brug (safety) talks with p-a and p-b. 10 actors, one component.
extension InProcess {
@Suite("wijknet whatif")
struct WhatIfCLITests {
    static func files() -> (log: String, actors: String) {
        var rows = ["date,source,target,about,place,type,weight"]
        for j in 1...4 { rows.append("2025-01-0\(j),p-a,,j-\(j),,,") }
        for j in 5...7 { rows.append("2025-01-0\(j),p-b,,j-\(j),,,") }
        rows.append("2025-01-08,p-brug,p-a,,,,")
        rows.append("2025-01-09,p-brug,p-b,,,,")
        var actors = ["id,name,kind,domain,organisation,neighbourhood,ordinary",
                      "p-a,Ans Aalders,partner,social,Jongerenwerk,Zuid,",
                      "p-b,Bram Bos,partner,care,GGZ,Zuid,",
                      "p-brug,Wijkagent,partner,safety,Politie,Zuid,"]
        for j in 1...7 { actors.append("j-\(j),Naamjongere\(j),youth,,,Zuid,") }
        let log = outPath("whatif.csv"), act = outPath("whatif-actors.csv")
        try! (rows.joined(separator: "\n") + "\n").write(toFile: log, atomically: true, encoding: .utf8)
        try! (actors.joined(separator: "\n") + "\n").write(toFile: act, atomically: true, encoding: .utf8)
        return (log, act)
    }

    func json(_ args: [String]) throws -> [String: Any] {
        let (log, actors) = Self.files()
        let run = captured(["whatif", log, "--actors", actors] + args + ["--format", "json"])
        #expect(run.exit == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// Without p-brug: two parts, p-a (+4) and p-b (+3); the one partner pair left, p-a–p-b,
    /// is cut; no young person had a tie with p-brug.
    @Test func removeTheBridge() throws {
        let j = try json(["--remove", "p-brug"])
        #expect(j["componentsBefore"] as? [Int] == [10] && j["componentsAfter"] as? [Int] == [5, 4])
        #expect(j["partnerPairs"] as? Int == 1 && j["partnerPairsCut"] as? Int == 1 && j["partnerPairsLonger"] as? Int == 0)
        #expect((j["youthLosingDomain"] as? [String: Int])?.isEmpty == true)
        let (log, actors) = Self.files()
        let text = captured(["whatif", log, "--actors", actors, "--remove", "p-brug"]).stdout
        #expect(text.hasPrefix("If the ecosystem were without Wijkagent (p-brug), it would fall into 1 more part, no young person would lose every tie to a domain, and 1 partner pair would be cut off from each other."))
    }

    /// Without p-a: j-1…j-4 lose their only (social) tie → 4 isolates beside {p-b, j-5…j-7, p-brug};
    /// p-b–p-brug stays at distance 1. Young people are never named.
    @Test func removeAHub() throws {
        let j = try json(["--remove", "p-a"])
        #expect(j["componentsAfter"] as? [Int] == [5, 1, 1, 1, 1])
        #expect(j["youthLosingDomain"] as? [String: Int] == ["social": 4])
        #expect(j["partnerPairsCut"] as? Int == 0 && j["partnerPairsLonger"] as? Int == 0)
        let (log, actors) = Self.files()
        let run = captured(["whatif", log, "--actors", actors, "--remove", "p-a", "j-2"])
        #expect(run.exit == 0 && !run.stdout.contains("Naamjongere") && !run.stdout.contains("j-2"))
    }

    /// Without p-brug but with a new tie j-1–j-5: p-a–j-1–j-5–p-b, 3 ties instead of 2 → longer.
    /// With p-a:p-b instead: 1 tie, not longer, nothing cut.
    @Test func addTies() throws {
        let longer = try json(["--remove", "p-brug", "--add", "j-1:j-5"])
        #expect(longer["componentsAfter"] as? [Int] == [9])
        #expect(longer["partnerPairsLonger"] as? Int == 1 && longer["partnerPairsCut"] as? Int == 0)
        let direct = try json(["--remove", "p-brug", "--add", "p-a:p-b"])
        #expect(direct["partnerPairsLonger"] as? Int == 0 && direct["partnerPairsCut"] as? Int == 0)
        let (log, actors) = Self.files()
        let bad = captured(["whatif", log, "--actors", actors, "--remove", "p-zzz"])
        #expect(bad.exit == 64 && bad.stderr.contains("p-zzz"))
    }
}
}
