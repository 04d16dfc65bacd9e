import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// Issue 23: a Dutch output holds no English. The words are the ones found in Dutch reports
/// before (`liaison z`, `betweenness p-school`, `fragment: … sets`, `gehaald in all`) and the
/// likely next ones. Scripts and styles of the HTML are not text; ids are not words (the sample's
/// are `p-0001`, `plek-002`, `J-…`).
///
/// `summary` lists the reading warnings in the catalogue's Dutch (``ReadingWarning``): the
/// sample has two (an id the actors file does not list, rows naming one actor twice).
@Suite("Dutch outputs hold no English")
struct DutchOutputTests {
    static let english = ["liaison", "betweenness", "reach", "sets", "seeded", "greedy", "swaps", "unknown", "warning",
                          "error", "note", "all", "estimated", "sampled", "brokerage", "gatekeeper", "consultant", "none"]
    let sample = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey, "--lang", "nl"]
    let goals = repo.appendingPathComponent("samples/zuiderhof/goals.toml").path
    let regio = ["contacts.csv", "actors.csv", "demo.key", "goals.toml"].map { repo.appendingPathComponent("samples/regio/" + $0).path }

    /// The visible words of `text` (HTML: without tags, scripts and styles).
    func englishWords(_ text: String) -> [String] {
        var t = text.replacingOccurrences(of: "<script[^>]*>[\\s\\S]*?</script>", with: " ", options: .regularExpression)
        t = t.replacingOccurrences(of: "<style[^>]*>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
        t = t.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        let words = Set(t.lowercased().components(separatedBy: CharacterSet.letters.inverted))
        return Self.english.filter { words.contains($0) }
    }

    func output(_ args: [String]) -> String {
        let out = outPath("dutch-\(UUID().uuidString).out")
        let run = captured(args + ["-o", out])
        #expect(run.exit == 0 || run.exit == 1, "\(args[0]): \(run.stderr)")   // goals: 1 = a goal not met
        return read(out)
    }

    @Test func theListFindsWhatItLooksFor() {
        #expect(englishWords("<p>verbindt (liaison z = 3)</p><script>var all = 1;</script>") == ["liaison"])
        #expect(englishWords("<p>alle sets</p>") == ["sets"] && englishWords("gehaald in all.") == ["all"])
    }

    @Test("the sample's report and texts", arguments: ["report", "analyse", "gaps", "keyplayers", "goals", "whatif", "summary"])
    func sample(_ command: String) {
        var args = [command] + sample
        if command == "report" || command == "goals" { args += ["--goals", goals, "--period", "quarter"] }
        if command == "whatif" { args += ["--remove", "p-0001"] }
        let text = output(args)
        #expect(text.count > 200)
        if command == "summary" { #expect(text.contains("Waarschuwingen:") && text.contains("staat niet in het actorenbestand")) }
        #expect(englishWords(text).isEmpty, "\(command): \(englishWords(text))")
    }

    @Test func theRegionReportAndGoalsPerUnit() {
        let input = [regio[0], "--actors", regio[1], "--pseudonym-key-file", regio[2], "--lang", "nl", "--by", "neighbourhood"]
        for command in ["report", "goals"] {
            let text = output([command] + input + ["--goals", regio[3]])
            if command == "report" { #expect(text.contains("gehaald in de hele periode")) }
            #expect(englishWords(text).isEmpty, "\(command): \(englishWords(text))")
        }
    }
}
}
