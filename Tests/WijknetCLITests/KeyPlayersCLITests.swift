import Foundation
import Testing
@testable import WijknetCLI

/// `wijknet keyplayers` on a hand-made log and on the sample neighbourhood.
extension InProcess {
@Suite("wijknet keyplayers")
struct KeyPlayersCLITests {
    /// p-a works with j-1…j-4, p-b with j-5…j-7, p-brug talks with p-a and p-b (10 actors).
    /// Fragment, k = 1 (by hand, DF over the 9 actors left, 72 ordered pairs):
    /// without p-a: 4 isolates and a K1,4 (Σ 1/d = 8 + 6 = 14) → 1 − 14/72 = 29/36 ≈ 0.8056;
    /// without p-b: 3 isolates and a K1,5 (Σ = 20) → 52/72; without p-brug: K1,4 + K1,3
    /// (Σ = 14 + 9) → 49/72. So p-a.
    /// Reach, D = 2, k = 1: p-brug reaches all 7 young people at distance 2 (weighted 7·½/7 = 0.5);
    /// p-a reaches 4 (j-5…j-7 are 3 ties away).
    static func handLog() -> String {
        var rows = ["date,source,target,about,place,type,weight"]
        for j in 1...4 { rows.append("2025-01-0\(j),p-a,,j-\(j),,,") }
        for j in 5...7 { rows.append("2025-01-0\(j),p-b,,j-\(j),,,") }
        rows.append("2025-01-08,p-brug,p-a,,,,")
        rows.append("2025-01-09,p-brug,p-b,,,,")
        let path = outPath("hand.csv")
        try! (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func fragmentByHand() throws {
        let log = Self.handLog()
        let run = captured(["keyplayers", log, "--k", "1", "--format", "json"])
        #expect(run.exit == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let partners = try #require(json["partners"] as? [[String: Any]])
        #expect(partners.map { $0["id"] as? String } == ["p-a"])
        #expect(abs((json["score"] as? Double ?? 0) - 29.0 / 36) < 1e-12)
        let exact = try #require(json["exact"] as? [String: Any])
        #expect(exact["heuristicFoundIt"] as? Bool == true && exact["sets"] as? Int == 3)
        let text = captured(["keyplayers", log, "--k", "1", "--lang", "en"])
        #expect(text.stdout.hasPrefix("Without this partner the ecosystem falls apart most: p-a (p-a)."))
        #expect(text.stdout.contains("this set is optimal"))
        let nl = captured(["keyplayers", log, "--k", "1", "--lang", "nl"])
        #expect(nl.stdout.hasPrefix("Zonder deze partner valt het ecosysteem het meest uiteen: p-a (p-a).\nFragmentatie (DF, 0 = iedereen dichtbij, 1 = niemand verbonden): "))
        #expect(nl.stdout.contains("0,8056 zonder hen (10 actoren)") && nl.stdout.contains("deze combinatie is de beste"))
    }

    @Test func reachByHand() throws {
        let log = Self.handLog()
        let run = captured(["keyplayers", log, "--k", "1", "--goal", "reach", "--distance", "2", "--format", "csv"])
        #expect(run.exit == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "set,goal,id,label,score,weighted_reach,exact_found")
        #expect(lines.contains("heuristic,reach,p-brug,p-brug,7,0.5,true"))
        let two = captured(["keyplayers", log, "--k", "2", "--goal", "reach", "--distance", "1", "--format", "csv"])
        #expect(two.stdout.contains("heuristic,reach,p-a,p-a,7,1,true") && two.stdout.contains("heuristic,reach,p-b,p-b,7,1,true"))
    }

    /// The sample: three partners, deterministic for a seed, young people never named; with a
    /// raised --exact-limit all C(42, 2) = 861 pairs are checked (42 partners: the actors file lists 41, the log names one more).
    @Test func sampleNamesNoYoungPerson() throws {
        let args = ["keyplayers", sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]
        let a = captured(args + ["--k", "3", "--format", "json"], locale: TestLocale.english)
        let b = captured(args + ["--k", "3", "--format", "json"], locale: TestLocale.english)
        #expect(a.exit == 0 && a.stdout == b.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        #expect((json["partners"] as? [[String: Any]])?.count == 3)
        #expect(json["exact"] == nil)
        for run in [a, captured(args + ["--k", "2", "--goal", "reach", "--format", "text"], locale: TestLocale.english)] {
            for word in sampleYouth() where word.count > 3 { #expect(!run.stdout.contains(word), "\(word)") }
        }
        let pairs = captured(args + ["--k", "2", "--exact-limit", "1000", "--format", "json"], locale: TestLocale.english)
        let pj = try #require(try JSONSerialization.jsonObject(with: Data(pairs.stdout.utf8)) as? [String: Any])
        #expect((pj["exact"] as? [String: Any])?["sets"] as? Int == 861)
        let bad = captured(args + ["--k", "0"], locale: TestLocale.english)
        #expect(bad.exit == 64 && bad.stderr == "error: --k must be at least 1.\n", "\(bad.stderr)")
    }

    /// Issue 24: what the data cannot answer exits 65 (bad data) with a sentence that says why;
    /// 64 stays for a mistake in the command (`--k 0` above).
    @Test func dataConditionsExit65() throws {
        let noYouth = outPath("no-youth.csv"), noPartners = outPath("no-partners.csv")
        try "date,source,target\n2025-01-01,a,b\n2025-01-02,b,c\n".write(toFile: noYouth, atomically: true, encoding: .utf8)
        try "date,source,about\n2025-01-01,P1,Y1\n".write(toFile: noPartners, atomically: true, encoding: .utf8)
        let placesOnly = outPath("places-only.csv")
        try "id,kind\nP1,place\nY1,youth\n".write(toFile: placesOnly, atomically: true, encoding: .utf8)
        let reach = captured(["keyplayers", noYouth, "--k", "1", "--goal", "reach"], locale: TestLocale.english)
        #expect(reach.exit == 65 && reach.stderr.contains("no young people to reach"), "\(reach.stderr)")
        let none = captured(["keyplayers", noPartners, "--actors", placesOnly, "--k", "1"], locale: TestLocale.english)
        #expect(none.exit == 65 && none.stderr.contains("no partners to choose key players from"), "\(none.stderr)")
        // The report still works, and its key-players section says why it is empty (it once read
        // "…ruilen, 0 herstarts met vast zaad; .").
        let report = outPath("no-partners.html")
        #expect(captured(["report", noPartners, "--actors", placesOnly, "--lang", "nl", "-o", report], locale: TestLocale.english).exit == 0)
        #expect(read(report).contains("Geen sleutelfiguren gezocht: het ecosysteem heeft geen partners") && !read(report).contains("0 herstarts"))
        let units = captured(["report", noYouth, "--by", "neighbourhood", "-o", outPath("units.html")], locale: TestLocale.english)
        #expect(units.exit == 65 && units.stderr.contains("no actor has a neighbourhood"), "\(units.stderr)")
    }
}
}
