import Foundation
import Testing
import WijknetTestSupport
@testable import WijknetCLI

/// `--by neighbourhood|municipality` on summary, analyse and gaps: the side-by-side table of
/// ``KnownLogs/twoNeighbourhoods`` (every figure derived in `WijknetTests/UnitsTests`) in text,
/// CSV and JSON; young people never by name.
extension InProcess {
@Suite("--by units side by side")
struct UnitsCLITests {
    static let known = KnownLogs.twoNeighbourhoods

    func run(_ command: String, _ extra: [String], expect code: Int32 = 0) -> String {
        let log = outPath("units-contacts.csv"), actors = outPath("units-actors.csv"), out = outPath("units-out")
        try? FileManager.default.removeItem(atPath: out)
        try! Self.known.log.write(toFile: log, atomically: true, encoding: .utf8)
        try! Self.known.actors.write(toFile: actors, atomically: true, encoding: .utf8)
        let r = captured([command, log, "--actors", actors] + extra + ["-o", out])
        #expect(r.exit == code, "\(r.stderr)")
        let text = read(out)
        for name in ["Noor Bakker", "Bakker", "Daan", "Smit", "Mila", "Jansen", ",Y1", ",Y2", ",Y3"] {
            #expect(!text.contains(name) && !r.stderr.contains(name))
        }
        return text
    }

    func lines(_ s: String) -> [String] { s.split(separator: "\n").map(String.init) }

    /// The rows of the text table, without the runs of spaces that align them.
    func row(_ text: String, _ label: String) -> [String]? {
        lines(text).first { $0.hasPrefix(label + "  ") }.map {
            String($0.dropFirst(label.count)).split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    @Test func summaryText() {
        let text = run("summary", ["--by", "neighbourhood", "--lang", "en"])
        #expect(lines(text)[1].split(separator: " ") == ["Noord", "Zuid", "region"])
        #expect(row(text, "actors") == ["5", "4", "9"])
        #expect(row(text, "partners safety") == ["1", "1", "1"])   // Politie in both units, once in the region
        #expect(row(text, "ties") == ["8", "4", "13"])
        #expect(row(text, "density") == ["0.80", "0.67", "0.36"])
        #expect(row(text, "cross-domain ties") == ["2", "1", "4"])
        #expect(row(text, "E-I (baseline)") == ["1.00 (1.00)", "1.00 (1.00)", "1.00 (0.60)"])
        #expect(row(text, "young people reached by 2+ domains") == ["100%", "50%", "67%"])
        #expect(row(text, "signals followed up") == ["100%", "0%", "50%"])
        #expect(row(text, "fragmented young people") == ["0%", "–", "0%"])
        #expect(row(text, "single points of failure") == ["0", "1", "2"])
        #expect(row(text, "contacts") == ["3", "3", "7"])
        #expect(row(text, "top partner (betweenness)") == ["Jongerenwerk Noord (0.17)", "Jongerenwerk Zuid (0.67)", "Politie (0.68)"])
        #expect(text.contains("1 contact(s) belong to no unit"))
    }

    @Test func csvHasAUnitColumn() {
        let csv = lines(run("summary", ["--by", "neighbourhood", "--format", "csv"]))
        #expect(csv[0].hasPrefix("unit,contacts,actors,partners_social,partners_care,partners_safety,partners_unknown,ties,density,"))
        #expect(csv.count == 4 && csv.map { $0.split(separator: ",", omittingEmptySubsequences: false).first! } == ["unit", "Noord", "Zuid", "region"])
        // Zuid holds r4, r5 and r6 (see KnownLogs.twoNeighbourhoods); r7 is the region's only.
        #expect(csv[1].hasPrefix("Noord,3,") && csv[3].hasPrefix("region,7,"))
        #expect(csv[2].hasPrefix("Zuid,3,4,1,0,1,0,4,0.6666666666666666,1,1,1,0.5,1,0,,1,Jongerenwerk Zuid,0.6666666666666666"))
    }

    @Test func jsonHasOneObjectPerUnitAndTheRegion() throws {
        let json = run("gaps", ["--by", "neighbourhood", "--format", "json"])
        let o = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(o["by"] as? String == "neighbourhood" && o["unassigned"] as? Int == 1)
        let units = o["units"] as! [[String: Any]]
        #expect(units.map { $0["unit"] as! String } == ["Noord", "Zuid"])
        #expect((units[1]["figures"] as! [String: Any])["singlePoints"] as? Int == 1)
        #expect((o["region"] as! [String: Any])["ties"] as? Int == 13)
        #expect(units.map { ($0["figures"] as! [String: Any])["contacts"] as? Int } == [3, 3])
        #expect((o["region"] as! [String: Any])["contacts"] as? Int == 7)
    }

    @Test func analyseAndMunicipality() {
        let text = run("analyse", ["--by", "municipality", "--lang", "en"])
        #expect(lines(text)[1].split(separator: " ") == ["Dorp", "Stad", "region"])
        #expect(row(text, "ties") == ["4", "8", "13"])
    }

    /// 1–15 January: Zuid has no contact; its column is there, with its declared actors only.
    @Test func aUnitWithoutContactsInThePeriod() {
        let text = run("summary", ["--by", "neighbourhood", "--lang", "en", "--from", "2025-01-01", "--to", "2025-01-15"])
        #expect(row(text, "ties")?[1] == "0" && row(text, "actors")?[1] == "3" && row(text, "signals followed up")?[1] == "–")
    }

    @Test func byAndPeriodAreRefused() {
        _ = run("summary", ["--by", "neighbourhood", "--period", "month"], expect: 64)
        _ = run("goals", ["--by", "neighbourhood", "--period", "month", "--goals", Self.goalsFile()], expect: 64)
    }

    // MARK: goals --by

    /// Four goals, checked by hand on ``KnownLogs/twoNeighbourhoods`` (pair rule: source–target,
    /// and each of them with the young person and the place of the row):
    ///
    ///     1 tie social–safety      Noord: POL–JN (r2) ✓   Zuid: POL–JZ (r4) ✓   region ✓
    ///     2 tie care–safety        Noord: ZN meets JN and Y1 only ✗; Zuid: no care partner ✗;
    ///                              region: POL–GGD (r7) ✓
    ///     3 contacts POL–social ≥ 2  Noord: r2 → 1 ✗   Zuid: r4, r5 → 2 ✓   region: 3 ✓
    ///     4 youth_share social+care ≥ 50%  Noord: Y1 has JN and ZN → 100% ✓;
    ///                              Zuid: Y2, Y3 have JZ only → 0% ✗; region: Y1 of Y1–Y3 → 33,3% ✗
    ///
    /// Met: Noord 2/4, Zuid 2/4, region 3/4 — so the command exits 1.
    static func goalsFile() -> String {
        let path = outPath("units-goals.toml")
        try! """
        [[goal]]
        name = "sociaal-veiligheid"
        measure = "tie"
        between = ["social", "safety"]

        [[goal]]
        name = "zorg-veiligheid"
        measure = "tie"
        between = ["care", "safety"]

        [[goal]]
        name = "politie-sociaal"
        measure = "contacts"
        between = ["POL", "social"]
        at_least = 2

        [[goal]]
        name = "sociaal-en-zorg"
        measure = "youth_share"
        domains = ["social", "care"]
        at_least = 50
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func goalsPerUnitText() {
        let text = run("goals", ["--by", "neighbourhood", "--lang", "en", "--goals", Self.goalsFile()], expect: 1)
        #expect(row(text, "1. sociaal-veiligheid") == ["tie exists", "✓ yes", "✓ yes", "✓ yes"])
        #expect(row(text, "2. zorg-veiligheid") == ["tie exists", "✗ no", "✗ no", "✓ yes"])
        #expect(row(text, "3. politie-sociaal") == ["at least 2", "✗ 1", "✓ 2", "✓ 3"])
        #expect(row(text, "4. sociaal-en-zorg") == ["at least 50%", "✓ 100.0%", "✗ 0.0%", "✗ 33.3%"])
        #expect(row(text, "met") == ["2/4", "2/4", "3/4"])
        #expect(text.contains("Most goals met: Noord, Zuid (2 of 4)."))
    }

    @Test func goalsPerUnitCSVAndJSON() throws {
        let csv = lines(run("goals", ["--by", "neighbourhood", "--format", "csv", "--goals", Self.goalsFile()], expect: 1))
        #expect(csv[0] == "unit,goal,value,target,met")
        #expect(csv.count == 1 + 3 * 4)
        #expect(csv.contains("Zuid,politie-sociaal,2,at_least 2,true"))
        #expect(csv.contains("region,sociaal-en-zorg,33.333333333333336,at_least 50,false"))
        let json = run("goals", ["--by", "municipality", "--format", "json", "--goals", Self.goalsFile()], expect: 1)
        let o = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(o["by"] as? String == "municipality")
        let units = o["units"] as! [[String: Any]]
        #expect(units.map { $0["unit"] as! String } == ["Dorp", "Stad"])
        let dorp = (units[0]["results"] as! [[String: Any]]).map { $0["met"] as! Bool }
        #expect(dorp == [true, false, true, false])   // Dorp is Zuid's municipality
    }

    /// A goals file where every goal is met in every unit exits 0.
    @Test func goalsPerUnitAllMet() {
        let path = outPath("units-goals-met.toml")
        try! "[[goal]]\nname = \"sociaal-veiligheid\"\nmeasure = \"tie\"\nbetween = [\"social\", \"safety\"]\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let text = run("goals", ["--by", "neighbourhood", "--lang", "nl", "--goals", path], expect: 0)
        #expect(row(text, "gehaald") == ["1/1", "1/1", "1/1"])
    }

    // MARK: compare --by

    /// Before: January (r1–r4); after: February and March (r5–r7). By hand:
    /// - Noord has rows before only: partner ties JN–ZN, POL–JN lost; ties 8 → 0; after, its
    ///   declared actors JN, ZN, PN, Y1 remain (5 → 4: POL leaves).
    /// - Zuid: POL–JZ before (r4) and after (r5): none added or lost; ties POL–JZ, POL–Y2, JZ–Y2 →
    ///   JZ–POL, JZ–Y3 (3 → 2); actors JZ, Y2, Y3, POL both times.
    /// - region: partner ties added POL–GGD, lost JN–ZN and POL–JN; ties 8 + 3 = 11 → 3; the
    ///   region keeps all 9 declared actors.
    @Test func compareByUnitText() {
        let text = run("compare", ["--by", "neighbourhood", "--lang", "en", "--before", "..2025-01-31", "--after", "2025-02-01.."])
        #expect(row(text, "partner ties added") == ["0", "0", "1"])
        #expect(row(text, "partner ties lost") == ["2", "0", "2"])
        #expect(row(text, "ties") == ["8 → 0", "3 → 2", "11 → 3"])
        #expect(row(text, "actors") == ["5 → 4", "4", "9"])
    }

    /// Two logs (January, and February–March) give the same CSV as two periods of one log.
    @Test func compareByUnitTwoLogsEqualsTwoPeriods() throws {
        let periods = run("compare", ["--by", "neighbourhood", "--format", "csv", "--before", "..2025-01-31", "--after", "2025-02-01.."])
        let all = lines(Self.known.log)
        let first = outPath("units-jan.csv"), second = outPath("units-febmar.csv"), actors = outPath("units-actors.csv")
        try Self.known.actors.write(toFile: actors, atomically: true, encoding: .utf8)
        try (all[0...4].joined(separator: "\n") + "\n").write(toFile: first, atomically: true, encoding: .utf8)
        try ([all[0]] + all[5...]).joined(separator: "\n").appending("\n").write(toFile: second, atomically: true, encoding: .utf8)
        let r = captured(["compare", first, second, "--actors", actors, "--by", "neighbourhood", "--format", "csv"])
        #expect(r.exit == 0, "\(r.stderr)")
        #expect(r.stdout == periods)
        let csv = lines(periods)
        #expect(csv[0] == "unit,figure,before,after,change")
        #expect(csv.contains("Zuid,ties,3,2,-1") && csv.contains("region,partner_ties_added,,,1") && csv.contains("Noord,partner_ties_lost,,,2"))
    }
}
}
