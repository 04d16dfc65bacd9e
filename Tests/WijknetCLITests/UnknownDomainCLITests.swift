import Foundation
import Testing
@testable import WijknetCLI
import WijknetTestSupport

/// The output says how many partners were left out of the groups (the log of
/// `WijknetTests/GroupingTests`: partner U is in the log but not in the actors file).
extension InProcess {
@Suite("Partners without a known domain in the output")
struct UnknownDomainCLITests {
    static let log = KnownLogs.partnerOfUnknownDomain.log
    static let actors = KnownLogs.partnerOfUnknownDomain.actors

    func files() -> (log: String, actors: String) {
        let log = outPath("contacts.csv"), actors = outPath("actors.csv")
        try! Self.log.write(toFile: log, atomically: true, encoding: .utf8)
        try! Self.actors.write(toFile: actors, atomically: true, encoding: .utf8)
        return (log, actors)
    }

    func run(_ extra: [String]) -> String {
        let (log, actors) = files()
        let out = outPath("out")
        let code = wijknet([extra[0], log, "--actors", actors] + extra.dropFirst() + ["-o", out])
        #expect(code == 0)
        let text = read(out)
        #expect(!text.contains("Lotte") && !text.contains("Visser"))   // the young person's name never
        return text
    }

    @Test func analyseTextEnglishAndDutch() {
        let en = run(["analyse", "--lang", "en"])
        #expect(en.contains("1 partner without a known domain left out (in no group)."))
        // No fourth group in the mixing matrix and the E-I lines (U itself is listed as "unknown"
        // in the betweenness table, which is right).
        #expect(en.contains("Ties between domains") && !en.components(separatedBy: "Ties between domains").last!.contains("unknown"))
        let nl = run(["analyse", "--lang", "nl"])
        #expect(nl.contains("1 partner zonder bekend domein buiten beschouwing gelaten (in geen groep)."))
        #expect(nl.contains("Verbindingen tussen domeinen") && !nl.components(separatedBy: "Verbindingen tussen domeinen").last!.contains("onbekend"))
    }

    @Test func analyseJSON() throws {
        let json = run(["analyse", "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let mixing = try #require((root["graph"] as? [String: Any])?["mixing"] as? [String: Any])
        #expect(mixing["partnersLeftOut"] as? Int == 1)
        #expect(mixing["groups"] as? [String] == ["social", "care", "safety"])
        #expect((root["notes"] as? [String])?.contains("1 partner without a known domain left out of brokerage, mixing and the E-I index.") == true)
    }

    @Test func gapsText() {
        #expect(run(["gaps", "--lang", "en"]).contains("1 partner without a known domain left out (in no group)."))
        #expect(run(["gaps", "--lang", "nl"]).contains("1 partner zonder bekend domein buiten beschouwing gelaten (in geen groep)."))
    }
}
}
