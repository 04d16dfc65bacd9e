import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// `wijknet analyse --survey` on the sample survey (its figures checked against networkx in
/// `WijknetTests/SurveyNetworkTests`): every format says which measure was taken on which graph,
/// the Dutch text holds no English, and the option's misuse is refused in its own words.
@Suite("wijknet analyse --survey")
struct SurveyAnalyseCLITests {
    func run(_ args: [String], locale: [String: String] = TestLocale.unset) -> Run {
        captured(["analyse", "--survey", SurveyCLITests.survey, "--actors", SurveyCLITests.actors] + args, locale: locale)
    }

    @Test func theDutchTextSaysWhichGraph() {
        let r = run(["--lang", "nl"])
        #expect(r.exit == 0, "\(r.stderr)")
        for line in ["Netwerkanalyse van de partnerenquête enquete.csv: 5 partners, 4 hebben geantwoord.",
                     "Gerichte graaf (invuller → genoemde partner): 12 banden, dichtheid 0,60, door beide kanten genoemd 83%.",
                     "Gesymmetriseerde graaf (een band als één van beide kanten hem noemt): 7 banden, dichtheid 0,70, gemiddelde clustering 0,70,",
                     "Gericht berekend: uit, in, wederzijds en tussen", "Gesymmetriseerd berekend: graad, nabij,"] {
            #expect(r.stdout.contains(line), "\(line)")
        }
        // jw: out 4, in 3, mutual 3, directed betweenness 7/24 = 0,29; symmetrised degree 4, closeness 1.
        #expect(r.stdout.contains("2 gemeenschappen (modulariteit 0,031), 1 scharnierpunt."))
        let jw = r.stdout.split(separator: "\n").first { $0.contains("(jw)") }?.split(separator: " ").map(String.init)
        #expect(jw?.suffix(15) == ["sociaal", "ja", "4", "3", "3", "0,29", "4", "1,00", "4,00", "0,52", "0,284", "0,58", "3", "0", "4"], "\(r.stdout)")
        let english = DutchOutputTests.english + ["directed", "symmetrised", "ties", "answered", "yes", "no", "degree", "between",
                                                  "close", "out", "mutual", "density", "community", "constraint", "core"]
        let words = Set(r.stdout.lowercased().components(separatedBy: CharacterSet.letters.inverted))
        #expect(english.filter { words.contains($0) } == [])
    }

    @Test func csvColumnsNameTheirGraph() {
        let r = run(["--format", "csv"])
        #expect(r.exit == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[0].hasPrefix("id,label,domain,responded,out_degree_directed,in_degree_directed,reciprocated_directed,betweenness_directed,degree_symmetrised,closeness_symmetrised,"))
        #expect(lines[1].hasPrefix("jw,Jongerenwerk Zuid,social,true,4,3,3,0.29166666666666"), "\(lines[1])")
        #expect(lines[5].hasPrefix("sc,Voetbalclub ZVV,social,false,0,1,0,0,1,"), "\(lines[5])")
    }

    @Test func jsonSaysWhichGraph() throws {
        let r = run(["--format", "json"])
        #expect(r.exit == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let graphOf = json["graphOf"] as? [String: String]
        #expect(graphOf?["betweenness"] == "directed" && graphOf?["closeness"] == "symmetrised")
        #expect(json["ties"] as? Int == 12)
        #expect(((json["symmetrised"] as? [String: Any])?["graph"] as? [String: Any])?["edges"] as? Int == 7)
    }

    @Test func misuseIsRefused() {
        let both = captured(["analyse", sampleLog, "--survey", SurveyCLITests.survey, "--actors", SurveyCLITests.actors], locale: TestLocale.english)
        #expect(both.exit == 64 && both.stderr.contains("Give either a contact log or --survey, not both."), "\(both.stderr)")
        let noActors = captured(["analyse", "--survey", SurveyCLITests.survey], locale: TestLocale.english)
        #expect(noActors.exit == 64 && noActors.stderr.contains("--survey needs --actors"), "\(noActors.stderr)")
        let period = run(["--period", "quarter"], locale: TestLocale.english)
        #expect(period.exit == 64 && period.stderr.contains("--survey cannot be combined with --period"), "\(period.stderr)")
        let noLog = captured(["analyse", "--actors", SurveyCLITests.actors], locale: TestLocale.english)
        #expect(noLog.exit == 64 && noLog.stderr.contains("<log>"), "\(noLog.stderr)")
    }
}
}

extension InProcess {
/// `--columns` names the survey's headers when `--survey` stands in for the log.
@Suite("wijknet analyse --survey --columns")
struct SurveyAnalyseColumnsCLITests {
    @Test func columnsNameTheSurveysHeaders() throws {
        let renamed = outPath("survey-renamed-\(UUID().uuidString).csv")
        let text = try String(contentsOfFile: SurveyCLITests.survey, encoding: .utf8)
        try text.replacingOccurrences(of: "respondent,partner,frequentie", with: "Organisatie,Over,Hoe vaak", options: .anchored)
            .write(toFile: renamed, atomically: true, encoding: .utf8)
        let plain = captured(["analyse", "--survey", SurveyCLITests.survey, "--actors", SurveyCLITests.actors, "--format", "csv"])
        let mapped = captured(["analyse", "--survey", renamed, "--actors", SurveyCLITests.actors, "--format", "csv",
                               "--columns", "respondent=Organisatie,partner=Over,frequency=Hoe vaak"])
        #expect(mapped.exit == 0, "\(mapped.stderr)")
        #expect(!plain.stdout.isEmpty && mapped.stdout == plain.stdout)
        let unmapped = captured(["analyse", "--survey", renamed, "--actors", SurveyCLITests.actors])
        #expect(unmapped.exit == 65, "\(unmapped.stderr)")
    }
}
}
