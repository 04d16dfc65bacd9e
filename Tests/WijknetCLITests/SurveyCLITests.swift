import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// `wijknet survey` on the sample survey (`samples/enquete/`, its figures derived by hand in
/// `WijknetTests/SurveyTests`): golden text and CSV, no English in the Dutch text, a young
/// person's id in a survey refused without being quoted.
@Suite("wijknet survey")
struct SurveyCLITests {
    static let survey = repo.appendingPathComponent("samples/enquete/enquete.csv").path
    static let actors = repo.appendingPathComponent("samples/enquete/actoren.csv").path

    /// Runs `survey` on the sample with `args`, writing to a file; returns the run and the file's text.
    func run(_ args: [String], survey: String = Self.survey, locale: [String: String] = TestLocale.unset) -> (Run, String) {
        let out = outPath("survey-\(UUID().uuidString).out")
        let r = captured(["survey", survey, "--actors", Self.actors] + args + ["-o", out], locale: locale)
        return (r, read(out))
    }

    @Test("the output equals its golden file", arguments: ["survey-nl.txt", "survey.csv"])
    func golden(_ name: String) throws {
        let (r, text) = run(name.hasSuffix(".csv") ? ["--format", "csv"] : ["--lang", "nl"])
        #expect(r.exit == 0, "\(r.stderr)")
        let file = GoldenTests.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WIJKNET_RECORD_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        #expect(text == (try String(contentsOf: file, encoding: .utf8)), "re-record with WIJKNET_RECORD_GOLDEN=1 if intended")
    }

    /// The figures of the hand derivation, as the coordinator reads them.
    @Test func theDutchTextStatesTheHandDerivedFigures() {
        let (r, text) = run(["--lang", "nl"])
        #expect(r.exit == 0)
        for line in ["Niet geantwoord: Voetbalclub ZVV (sc).", "Banden: 12 (dichtheid 0,60;",
                     "Door beide kanten genoemd: 83% van de banden; tussen partners die allebei antwoordden: 91%.",
                     "Vertrouwen in het netwerk: 3,03 van 4 (76%, 12 paren).", "3,67 van 4 (92%, 1 beoordelaar) *",
                     "Jongerenwerk Zuid (jw) → Voetbalclub ZVV (sc) — antwoordde niet", "sociaal–zorg: 1 / 1 / 1 / 2 / 0;",
                     "Niet beoordeeld: 4 paren"] {
            #expect(text.contains(line), "\(line)")
        }
        let english = DutchOutputTests.english + ["trust", "value", "ties", "answered", "awareness", "cooperation", "coordination",
                                                  "integration", "yes", "no", "rater", "raters", "pairs", "between", "out", "density"]
        let words = Set(text.lowercased().components(separatedBy: CharacterSet.letters.inverted))
        #expect(english.filter { words.contains($0) } == [])
    }

    @Test func jsonHasTheFigures() throws {
        let (r, text) = run(["--format", "json"])
        #expect(r.exit == 0)
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect(json["ties"] as? Int == 12 && json["nonRespondents"] as? [String] == ["sc"])
        #expect((json["trust"] as? [String: Any])?["raters"] as? Int == 12)
    }

    @Test func aYoungPersonInTheSurveyIsRefusedWithoutNamingThem() throws {
        let bad = outPath("survey-youth.csv")
        try "respondent,partner,frequentie\njw,wt,2\njw,J001,3\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let (r, _) = run([], survey: bad, locale: TestLocale.english)
        #expect(r.exit == 65)
        #expect(r.stderr.contains("survey-youth.csv:3:4: error: the column 2 (partner) names a young person"), "\(r.stderr)")
        #expect(!r.stderr.contains("J001"))
        let (dutch, _) = run([], survey: bad)
        #expect(dutch.stderr.contains("survey-youth.csv:3:4: fout: kolom 2 (partner) noemt een jongere"), "\(dutch.stderr)")
        #expect(!dutch.stderr.contains("J001"))
    }
}
}

extension InProcess {
/// `wijknet survey-template`: the workbook opened by a second reader (openpyxl), filled in there
/// with the sample survey's answers, and read back by `wijknet survey`: the same figures as the CSV.
@Suite("wijknet survey-template")
struct SurveyTemplateCLITests {
    static let openpyxlAvailable = shell("python3 -c 'import openpyxl'").status == 0

    /// Checks the template in openpyxl (sheets, header, validations) and writes it filled in
    /// with the answers of the CSV sample (argv: template, survey CSV, filled workbook).
    static let fillIn = #"""
import csv, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert wb.sheetnames == ["jw", "wt", "jgz", "wa", "sc", "Uitleg"], wb.sheetnames
for name in wb.sheetnames[:-1]:
    ws = wb[name]
    assert [c.value for c in ws[1]] == ["respondent", "partner", "partnernaam", "frequentie", "intensiteit", "vertrouwen_1",
        "vertrouwen_2", "vertrouwen_3", "waarde_1", "waarde_2", "waarde_3", "toelichting"], [c.value for c in ws[1]]
    assert ws.max_row == 5, ws.max_row
    dv = sorted((str(v.sqref), v.type, v.formula1) for v in ws.data_validations.dataValidation)
    assert len(dv) == 8, dv
    assert ("D2:D5", "list", '"0,1,2,3,4"') in dv and ("F2:F5", "list", '"1,2,3,4"') in dv and ("K2:K5", "list", '"1,2,3,4"') in dv, dv
columns = ["frequentie", "intensiteit", "vertrouwen_1", "vertrouwen_2", "vertrouwen_3", "waarde_1", "waarde_2", "waarde_3"]
levels = ["geen", "bekend", "samenwerking", "afstemming", "integratie"]
for row in csv.DictReader(open(sys.argv[2], newline="")):
    ws = wb[row["respondent"]]
    r = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value == row["partner"])
    for k, col in enumerate(columns):
        v = row[col]
        if v:
            ws.cell(r, 4 + k).value = levels.index(v) if col == "intensiteit" else int(v)
wb.save(sys.argv[3])
print("ok")
"""#

    @Test(.enabled(if: openpyxlAvailable, "python3 with openpyxl is not installed (pip install openpyxl): the second reader did not run"))
    func openpyxlReadsItAndTheFilledWorkbookGivesTheSampleFigures() throws {
        let template = outPath("survey-template-\(UUID().uuidString).xlsx"), filled = outPath("survey-filled-\(UUID().uuidString).xlsx")
        let made = captured(["survey-template", "--actors", SurveyCLITests.actors, "-o", template], locale: TestLocale.english)
        #expect(made.exit == 0, "\(made.stderr)")
        let py = python(Self.fillIn, [template, SurveyCLITests.survey, filled])
        #expect(py.status == 0 && py.out == "ok\n", "\(py.out)")
        let fromCSV = captured(["survey", SurveyCLITests.survey, "--actors", SurveyCLITests.actors, "--format", "csv"], locale: TestLocale.english)
        let fromXLSX = captured(["survey", filled, "--actors", SurveyCLITests.actors, "--format", "csv"], locale: TestLocale.english)
        #expect(fromXLSX.exit == 0, "\(fromXLSX.stderr)")
        #expect(!fromCSV.stdout.isEmpty && fromXLSX.stdout == fromCSV.stdout)
        #expect(fromXLSX.stderr.contains("passed over 1 sheet(s) without the columns respondent and partner: 'Uitleg'."))
    }

    @Test func theOutputMustBeAWorkbook() {
        let out = outPath("enquete-\(UUID().uuidString).csv")
        #expect(captured(["survey-template", "--actors", SurveyCLITests.actors, "-o", out]).exit == 64)
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
}

extension InProcess {
/// `wijknet report --survey FILE`: the meeting report gains a `survey` section with the survey's
/// figures, in Dutch without English; without `--survey` the report is as before (golden file).
@Suite("wijknet report --survey")
struct ReportSurveyCLITests {
    /// Three of the sample's partners: p-0001 → p-0002 (afstemming) and back (samenwerking),
    /// p-0001 → p-0003 (bekend, one-sided). Ties 3, mutual 2: 67%.
    static func survey(_ extra: String = "") throws -> String {
        let path = outPath("enquete-\(UUID().uuidString).csv")   // the name is shown: no English in it
        try ("respondent,partner,frequentie,intensiteit,vertrouwen_1,waarde_1\n"
             + "p-0001,p-0002,3,afstemming,4,3\np-0002,p-0001,2,samenwerking,3,3\np-0001,p-0003,1,bekend,2,\n" + extra)
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theSectionShowsTheSurvey() throws {
        let out = outPath("report-survey-\(UUID().uuidString).html")
        let run = captured(["report", sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey, "--lang", "nl",
                            "--survey", try Self.survey(), "-o", out])
        #expect(run.exit == 0, "\(run.stderr)")
        let html = read(out)
        guard let start = html.range(of: "<section id=\"survey\">"), let end = html[start.upperBound...].range(of: "</section>") else {
            Issue.record("no survey section"); return
        }
        let section = String(html[start.lowerBound..<end.upperBound])
        #expect(section.contains("<h2>Partnerenquête</h2>") && section.contains("id=\"survey-partners\"") && section.contains("id=\"survey-domain-pairs\""))
        #expect(section.contains("Banden: 3 (") && section.contains("Door beide kanten genoemd: 67% van de banden"))
        #expect(section.contains("Karim Jansen (Wijkteam) (p-0001) → Rik Vos (Schoolmaatschappelijk werk) (p-0003) — antwoordde niet"))
        #expect(html.range(of: "<section id=\"survey\"")!.lowerBound < html.range(of: "<section id=\"partners\"")!.lowerBound)
        let english = DutchOutputTests.english + ["trust", "value", "ties", "answered", "yes", "raters", "pairs", "survey"]
        let words = Set(section.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression).lowercased()
            .components(separatedBy: CharacterSet.letters.inverted))
        #expect(english.filter { words.contains($0) } == [])
    }

    @Test func aYoungPersonInTheSurveyStopsTheReportWithoutNamingThem() throws {
        let run = captured(["report", sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey,
                            "--survey", try Self.survey("p-0003,j-00001,2,bekend,,\n"), "-o", outPath("report-survey-youth.html")],
                           locale: TestLocale.english)
        #expect(run.exit == 65)
        #expect(run.stderr.contains(":5:8: error: the column 2 (partner) names a young person"), "\(run.stderr)")
        #expect(!run.stderr.contains("j-00001") && !run.stderr.contains("Adam"))
    }

    @Test func theSurveyNeedsTheActorsFile() throws {
        #expect(captured(["report", sampleLog, "--survey", try Self.survey(), "-o", outPath("x.html")]).exit == 64)
    }
}
}

extension InProcess.SurveyCLITests {
    /// `--earlier`: the two sample rounds (derived by hand in `WijknetTests/SurveyTests.twoRounds`).
    @Test func twoRoundsInDutch() {
        let (r, text) = run(["--earlier", Self.survey, "--lang", "nl"], survey: repo.appendingPathComponent("samples/enquete/enquete-ronde2.csv").path)
        #expect(r.exit == 0, "\(r.stderr)")
        for line in ["vertrouwen in het netwerk              3,03 → 3,47", "Voetbalclub ZVV (sc): 3,67 * → 3,50; 4,00 * → 3,50; 1 → 2",
                     "Alleen de vorige keer geantwoord: Wijkagent (wa).", "Nieuwe banden (2):", "  Sociaal wijkteam (wt) → Voetbalclub ZVV (sc)",
                     "Verdwenen banden (1):\n  Sociaal wijkteam (wt) → Wijkagent (wa)"] {
            #expect(text.contains(line), "\(line)")
        }
        let words = Set(text.lowercased().components(separatedBy: CharacterSet.letters.inverted))
        #expect((InProcess.DutchOutputTests.english + ["trust", "value", "ties", "answered", "round", "earlier", "new", "gone"]).filter { words.contains($0) } == [])
    }
}

extension InProcess.SurveyCLITests {
    /// One respondent naming 25 partners who did not answer: the text lists 20 one-sided ties and
    /// counts the other 5; the CSV holds all 25.
    @Test func longListsAreCutInTheTextNotInTheCSV() throws {
        let actors = outPath("actoren-\(UUID().uuidString).csv"), survey = outPath("enquete-\(UUID().uuidString).csv")
        try ("id,soort,domein\n" + (0...25).map { "p\($0),partner,sociaal\n" }.joined()).write(toFile: actors, atomically: true, encoding: .utf8)
        try ("respondent,partner,frequentie\n" + (1...25).map { "p0,p\($0),2\n" }.joined()).write(toFile: survey, atomically: true, encoding: .utf8)
        let text = captured(["survey", survey, "--actors", actors, "--lang", "nl"]).stdout
        #expect(text.contains("Door één kant genoemd (25):") && text.contains("  … en 5 meer; alle staan in --format csv."))
        #expect(text.components(separatedBy: " — antwoordde niet").count - 1 == 20)
        let csv = captured(["survey", survey, "--actors", actors, "--format", "csv"]).stdout
        #expect(csv.components(separatedBy: "\none_sided,").count - 1 == 25)
    }
}
