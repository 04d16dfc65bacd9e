import Foundation
import Testing
import WijknetTestSupport
@testable import WijknetCLI

/// `--period` on summary, analyse and gaps: the documented CSV columns, one JSON object per
/// period in order, empty periods listed, young people never by name.
extension InProcess {
@Suite("--period time series")
struct PeriodCLITests {
    /// The log of `WijknetTests/TimeSeriesTests` (figures derived there): months 2025-01
    /// (partial) … 2025-05 (partial), February empty; 31-03 23:59 in Q1.
    static let log = KnownLogs.twoQuarters.log
    static let actors = KnownLogs.twoQuarters.actors

    func run(_ command: String, _ extra: [String]) -> String {
        let log = outPath("contacts.csv"), actors = outPath("actors.csv"), out = outPath("out")
        try! Self.log.write(toFile: log, atomically: true, encoding: .utf8)
        try! Self.actors.write(toFile: actors, atomically: true, encoding: .utf8)
        let code = wijknet([command, log, "--actors", actors] + extra + ["-o", out])
        #expect(code == 0)
        let text = read(out)
        #expect(!text.contains("Sam de") && !text.contains("Vries") && !text.contains(",Y,"))
        return text
    }

    func lines(_ s: String) -> [String] { s.split(separator: "\n").map(String.init) }

    @Test func summaryCSV() {
        let csv = lines(run("summary", ["--period", "quarter", "--format", "csv"]))
        #expect(csv == [
            "period,partial,from,to,contacts,actors_active,partners,ties,density,components",
            "2025-Q1,1,2025-01-10,2025-03-31,3,4,3,5,0.8333333333333334,1",
            "2025-Q2,1,2025-04-01,2025-05-20,2,3,3,2,0.6666666666666666,1",
        ])
        // The empty month: zero counts, density empty.
        let months = lines(run("summary", ["--period", "month", "--format", "csv"]))
        #expect(months.count == 6 && months[2] == "2025-02,0,2025-02-01,2025-02-28,0,0,0,0,,0")
    }

    @Test func summaryCSVWithoutPeriodIsRefused() {
        let log = outPath("contacts.csv")
        try! Self.log.write(toFile: log, atomically: true, encoding: .utf8)
        #expect(captured(["summary", log, "--format", "csv"]).exit == 64)
    }

    @Test func analyseLongCSV() {
        let csv = lines(run("analyse", ["--period", "quarter", "--format", "csv"]))
        #expect(csv[0] == "period,id,metric,value")
        #expect(csv.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 4 })
        #expect(csv.contains("2025-Q1,graph,partial,1") && csv.contains("2025-Q1,graph,contacts,3") && csv.contains("2025-Q1,graph,edges,5"))
        #expect(csv.contains("2025-Q1,A,degree,3") && csv.contains("2025-Q2,A,degree,1") && csv.contains("2025-Q2,B,betweenness,1"))
        // Q1: A, B, C form a triangle (no open two-path, no brokerage); Q2: B (care) on the open
        // path A–B–D between two social partners, both directions: 2.
        #expect(csv.contains("2025-Q1,A,brokerage_total,0") && csv.contains("2025-Q2,B,brokerage_total,2"))
        #expect(!csv.contains { $0.hasPrefix("2025-Q2,C,") })                  // C not active in Q2
        let months = lines(run("analyse", ["--period", "month", "--format", "csv"]))
        #expect(months.contains("2025-02,graph,nodes,0") && months.contains("2025-02,graph,density,"))
        #expect(months.contains("2025-01,B,betweenness,1"))
    }

    @Test func gapsCSV() {
        let csv = lines(run("gaps", ["--period", "month", "--format", "csv"]))
        #expect(csv[0] == "period,partial,from,to,contacts,domain_gaps,fragmented_share,missing_links,single_points,signals,signals_followed_up_share")
        #expect(csv.count == 6 && csv[2].hasPrefix("2025-02,0,2025-02-01,2025-02-28,0,"))
        #expect(csv[2] == "2025-02,0,2025-02-01,2025-02-28,0,0,,0,0,0,")   // nothing checked, no signals: shares empty
    }

    @Test func jsonHasOneObjectPerPeriodInOrder() throws {
        for command in ["summary", "analyse", "gaps"] {
            let json = run(command, ["--period", "month", "--format", "json"])
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            #expect(array.map { $0["period"] as? String } == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"])
            #expect(array.map { $0["partial"] as? Bool } == [true, false, false, false, true])
            #expect(array.map { $0["contacts"] as? Int } == [2, 0, 1, 1, 1])
            let feb = try #require(array[1]["figures"] as? [String: Any])
            if command != "gaps" { #expect(feb["density"] is NSNull) }   // undefined: null, not "NaN"
        }
        let analyse = try #require(try JSONSerialization.jsonObject(with: Data(run("analyse", ["--period", "quarter", "--format", "json"]).utf8)) as? [[String: Any]])
        #expect((analyse[0]["graph"] as? [String: Any])?["edges"] as? Int == 5)   // the usual object is there too
    }

    @Test func textTableMarksPartialPeriods() {
        let text = run("summary", ["--period", "month", "--lang", "en"])
        #expect(text.contains("2025-01*") && text.contains("2025-05*") && text.contains("* partial"))
        #expect(lines(text).contains { $0.hasPrefix("2025-02 ") && $0.hasSuffix(" 0") })
        let analyse = run("analyse", ["--period", "quarter", "--lang", "en"])
        #expect(analyse.contains("Betweenness (normalized):") && analyse.contains("Jeugdzorg"))
        let gaps = run("gaps", ["--period", "quarter", "--lang", "nl"])
        #expect(gaps.contains("Overbruggingsgaten per kwartaal") && gaps.contains("2025-Q1*"))
    }
}
}
