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
        #expect(row(text, "top partner (betweenness)") == ["Jongerenwerk Noord (0.17)", "Jongerenwerk Zuid (0.67)", "Politie (0.68)"])
        #expect(text.contains("1 contact(s) belong to no unit"))
    }

    @Test func csvHasAUnitColumn() {
        let csv = lines(run("summary", ["--by", "neighbourhood", "--format", "csv"]))
        #expect(csv[0].hasPrefix("unit,actors,partners_social,partners_care,partners_safety,partners_unknown,ties,density,"))
        #expect(csv.count == 4 && csv.map { $0.split(separator: ",", omittingEmptySubsequences: false).first! } == ["unit", "Noord", "Zuid", "region"])
        #expect(csv[2].hasPrefix("Zuid,4,1,0,1,0,4,0.6666666666666666,1,1,1,0.5,1,0,,1,Jongerenwerk Zuid,0.6666666666666666"))
    }

    @Test func jsonHasOneObjectPerUnitAndTheRegion() throws {
        let json = run("gaps", ["--by", "neighbourhood", "--format", "json"])
        let o = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(o["by"] as? String == "neighbourhood" && o["unassigned"] as? Int == 1)
        let units = o["units"] as! [[String: Any]]
        #expect(units.map { $0["unit"] as! String } == ["Noord", "Zuid"])
        #expect((units[1]["figures"] as! [String: Any])["singlePoints"] as? Int == 1)
        #expect((o["region"] as! [String: Any])["ties"] as? Int == 13)
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
    }
}
}
