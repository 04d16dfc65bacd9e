import Foundation
import WijknetTestScratch
import Testing
@testable import Wijknet

/// Reading a partner survey: headers in English, Dutch or mapped; problems with file, line,
/// column and a fix; a young person's id never quoted.
@Suite("Partner survey reading")
struct SurveyReaderTests {
    static let actors = """
    id,naam,soort,domein
    jw,Jongerenwerk,partner,sociaal
    wt,Wijkteam,partner,sociaal
    jgz,JGZ,partner,zorg
    plek-1,Buurthuis,plek,
    J-7781,Sanne de Vries,jongere,
    """

    /// Writes `text` to a fresh file and returns its path.
    static func file(_ name: String, _ text: String) throws -> String {
        let dir = TestScratch.root.appendingPathComponent("wijknet-survey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func read(_ survey: String, columns: String? = nil) throws -> Survey {
        var reader = SurveyReader(columns: try columns.map { try ColumnMapping(parsing: $0, for: .survey) })
        let surveyPath = try Self.file("enquete.csv", survey), actorsPath = try Self.file("actoren.csv", Self.actors)
        reader.displayNames = [surveyPath: "enquete.csv", actorsPath: "actoren.csv"]
        return try reader.read(surveyPath: surveyPath, actorsPath: actorsPath)
    }

    func problems(_ survey: String) -> [String] {
        do { _ = try read(survey); return [] } catch let e as WijknetError { return e.issues.map(\.description) } catch { return ["\(error)"] }
    }

    @Test func englishDutchAndMappedHeadersReadAlike() throws {
        let en = try read("respondent,partner,frequency,intensity,trust_1,value_1\njw,wt,3,coordination,4,3\n")
        let nl = try read("Respondent;Partner;Frequentie;Intensiteit;Vertrouwen 1;Waarde-1\njw;wt;wekelijks;afstemming;4;3\n")
        let mapped = try read("Wie,Over wie,Hoe vaak,Soort,V1,W1\njw,wt,3,3,4,3\n",
                              columns: "respondent=Wie,partner=Over wie,frequency=Hoe vaak,intensity=Soort,vertrouwen_1=V1,waarde_1=W1")
        for s in [en, nl, mapped] {
            #expect(s.answers == [SurveyAnswer(respondent: 0, partner: 1, frequency: .weekly, intensity: .coordination,
                                               trust: [4, nil, nil], value: [3, nil, nil], line: 2)])
        }
        #expect(en.asksTrust && en.asksValue)
    }

    @Test func theTieRule() throws {
        let s = try read("respondent,partner,frequentie,intensiteit\njw,wt,0,bekend\njw,jgz,1,geen\nwt,jw,0,geen\nwt,jgz,,\n")
        #expect(s.answers.map(\.isTie) == [true, true, false, false])
        #expect(s.answers.map(\.isAnswered) == [true, true, true, false])
        #expect(!s.asksTrust && !s.asksValue)
    }

    @Test func aYoungPersonsIdOrNameIsAProblemNeverQuoted() {
        for cell in ["J-7781", "j-7781", "Sanne de Vries"] {
            let p = problems("respondent,partner,frequentie\njw,\(cell),2\n")
            #expect(p.count == 1)
            #expect(p.first?.hasPrefix("enquete.csv:2:4: error: the column 2 (partner) names a young person") == true, "\(p)")
            #expect(!(p.first ?? "").lowercased().contains("7781") && !(p.first ?? "").contains("Sanne"))
        }
    }

    @Test func problemsNameLineColumnAndFix() {
        let p = problems("""
        respondent,partner,frequentie,intensiteit,vertrouwen_1
        jw,wt,5,geen,2
        jw,xx,1,geen,2
        jw,plek-1,1,geen,2
        wt,wt,1,geen,2
        jw,jgz,1,veel,2
        jw,jgz,1,geen,7
        wt,jgz,1,geen,2
        wt,jgz,2,geen,2
        ,jgz,2,geen,2
        """)
        #expect(p == [
            "enquete.csv:2:7: error: the frequency '5' is not on its scale.\n  fix: write 0–4 or nooit, jaarlijks, maandelijks, wekelijks, dagelijks; leave it empty when not answered.",
            "enquete.csv:3:4: error: the partner 'xx' is not in the actors file.\n  fix: add it to the actors file with soort partner and its domain, or correct the id.",
            "enquete.csv:4:4: error: the partner 'plek-1' is a place, not a partner.\n  fix: a partner survey is among partners: remove the row, or give it the kind partner in the actors file.",
            "enquete.csv:5:4: error: the respondent rates itself.\n  fix: leave out the row of a partner about itself.",
            "enquete.csv:6:10: error: the intensity 'veel' is not on its scale.\n  fix: write 0–4 or geen, bekend, samenwerking, afstemming, integratie; leave it empty when not answered.",
            "enquete.csv:7:15: error: the trust_1 '7' is not on its scale.\n  fix: write a whole number from 1 to 4; leave it empty when not answered.",
            "enquete.csv:9:4: error: this respondent already rated this partner on line 8.\n  fix: keep one row per respondent and partner.",
            "enquete.csv:10:1: error: the respondent is empty.\n  fix: give the respondent's id as the actors file lists it.",
        ])
    }

    @Test func missingColumnsAreNamed() {
        #expect(problems("respondent,frequentie\njw,1\n").first?.hasPrefix("enquete.csv:1:1: error: the required column 'partner' is missing") == true)
        #expect(problems("respondent,partner,vertrouwen_1\njw,wt,1\n").first?.hasPrefix("enquete.csv:1:1: error: the survey has neither a frequency") == true)
    }

    @Test func unknownHeaderWarnsAndTemplateColumnsPassQuietly() throws {
        let s = try read("respondent,partner,partnernaam,frequentie,opmerking,extra\njw,wt,Wijkteam,2,,x\n")
        #expect(s.warnings == ["enquete.csv: ignored 1 column(s) Wijknet does not know: 'extra'."])
        #expect(s.readingWarnings == [.ignoredColumns(file: "enquete.csv", count: 1, names: "'extra'", contactLog: false)])
        #expect(s.readingWarnings[0].text(.nl) == "enquete.csv: 1 kolom die Wijknet niet kent genegeerd: 'extra'.")
    }

    @Test func manyProblemsAreCappedAndCounted() {
        let rows = (0..<30).map { _ in "jw,xx,1" }.joined(separator: "\n")
        let p = problems("respondent,partner,frequentie\n" + rows + "\n")
        #expect(p.count == SurveyReader.problemLimit + 1)
        #expect(p.last == "enquete.csv: error: 10 more problem(s) not shown.\n  fix: fix the ones above and run again.")
    }
}

extension SurveyReaderTests {
    /// Awkward files: a byte order mark, CRLF, `;` and quoted cells read as plain ones; an empty
    /// file, a header alone and a workbook that is not one are clear problems or an empty survey.
    @Test func awkwardFiles() throws {
        let s = try read("\u{FEFF}\"respondent\";\"partner\";\"frequentie\"\r\n\"jw\";\"wt\";\"3\"\r\n")
        #expect(s.answers.map(\.frequency) == [.weekly])
        #expect(problems("") == ["enquete.csv: error: the file is empty.\n  fix: export the data again; the file needs a header row and at least one data row."])
        let empty = try read("respondent,partner,frequentie\n")
        #expect(empty.answers.isEmpty && empty.respondents.isEmpty)
        let notABook = try Self.file("enquete.xlsx", "respondent,partner\n")
        #expect(throws: WijknetError.self) { try SurveyReader().read(surveyPath: notABook, actorsPath: try Self.file("actoren.csv", Self.actors)) }
        #expect(throws: WijknetError.self) { try SurveyReader().read(surveyPath: "/nonexistent/enquete.csv", actorsPath: try Self.file("actoren.csv", Self.actors)) }
    }
}
