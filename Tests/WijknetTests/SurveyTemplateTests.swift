import Foundation
import WijknetTestScratch
import Testing
@testable import Wijknet
import WijknetIngest

/// The survey template (`wijknet survey-template`) read back with Wijknet's own `.xlsx` reader;
/// the second reader (openpyxl) is in `WijknetCLITests/SurveyCLITests`.
@Suite("Partner survey template")
struct SurveyTemplateTests {
    static let actors = SurveyTests.sample("actoren.csv")

    static func written() throws -> String {
        let path = TestScratch.root.appendingPathComponent("wijknet-template-\(UUID().uuidString).xlsx").path
        try SurveyTemplate(actorsPath: actors).xlsx().write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Every row of `sheet` as text cells.
    static func rows(_ path: String, _ sheet: String) throws -> [[String]] {
        var reader = try WorkbookSource(path: path, displayName: "enquete.xlsx", sheet: sheet)
        var out: [[String]] = []
        try reader.forEachRecord(onMalformed: { throw WijknetError.input($0) }) { rec in out.append((0..<rec.count).map { rec.string($0) }) }
        return out
    }

    @Test func oneSheetPerPartnerWithTheOthersListed() throws {
        let path = try Self.written()
        let reader = try WorkbookSource(path: path, displayName: "enquete.xlsx", sheet: nil)
        #expect(reader.sheetNames == ["jw", "wt", "jgz", "wa", "sc", "Uitleg"])
        let wt = try Self.rows(path, "wt")
        #expect(wt[0] == SurveyTemplate.header)
        #expect(wt.dropFirst().map { Array($0.prefix(3)) } == [["wt", "jw", "Jongerenwerk Zuid"], ["wt", "jgz", "Jeugdgezondheidszorg"],
                                                                ["wt", "wa", "Wijkagent"], ["wt", "sc", "Voetbalclub ZVV"]])
        #expect(wt.dropFirst().allSatisfy { $0.dropFirst(3).allSatisfy(\.isEmpty) })
    }

    /// The place and the young person of the actors file are on no sheet, in no cell.
    @Test func onlyPartnersNeverAPlaceOrAYoungPerson() throws {
        let path = try Self.written()
        for sheet in ["jw", "wt", "jgz", "wa", "sc", "Uitleg"] {
            let cells = try Self.rows(path, sheet).joined()
            #expect(!cells.contains { $0.contains("J001") || $0.contains("plek-1") || $0.contains("Buurthuis") }, "\(sheet)")
        }
    }

    @Test func theSameActorsGiveTheSameBytes() throws {
        let a = try Data(contentsOf: URL(fileURLWithPath: try Self.written())), b = try Data(contentsOf: URL(fileURLWithPath: try Self.written()))
        #expect(a == b && a.count > 1000)
    }

    /// Read as a survey (every sheet, `Uitleg` passed over): 5 × 4 rows, none answered yet.
    @Test func theEmptyTemplateReadsAsASurveyWithoutAnswers() throws {
        var reader = SurveyReader()
        let path = try Self.written()
        reader.displayNames[path] = "enquete.xlsx"
        let s = try reader.read(surveyPath: path, actorsPath: Self.actors)
        #expect(s.answers.count == 20 && s.respondents.isEmpty)
        #expect(s.warnings == ["enquete.xlsx: passed over 1 sheet(s) without the columns respondent and partner: 'Uitleg'."])
        #expect(s.readingWarnings == [.sheetsPassedOver(file: "enquete.xlsx", count: 1, names: "'Uitleg'")])
        #expect(s.readingWarnings[0].text(.nl) == "enquete.xlsx: 1 werkblad zonder de kolommen respondent en partner is overgeslagen: 'Uitleg'.")
        let a = SurveyAnalysis(s)
        #expect(a.nonRespondents == ["jw", "wt", "jgz", "wa", "sc"] && a.ties == 0)
    }

    @Test func sheetNamesAsExcelAllowsThem() {
        #expect(SurveyTemplate.sheetNames(["a/b", "A_B", "'x'", String(repeating: "z", count: 40), String(repeating: "z", count: 35), ""])
                == ["a_b", "A_B (2)", "x", String(repeating: "z", count: 31), String(repeating: "z", count: 27) + " (2)", "blad"])
    }

    @Test func fewerThanTwoPartnersIsUnanswerable() throws {
        let path = TestScratch.root.appendingPathComponent("wijknet-one-\(UUID().uuidString).csv").path
        try "id,soort,domein\njw,partner,sociaal\nJ1,jongere,\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: WijknetError.self) { try SurveyTemplate(actorsPath: path) }
    }
}

extension SurveyTemplateTests {
    /// A workbook of several sheets: problems name the sheet and cell; a pair given on two sheets
    /// names where it was first.
    @Test func problemsOnSeveralSheetsNameTheCell() throws {
        let header: [XLSXWorkbook.Cell] = ["respondent", "partner", "frequentie"].map { .text($0) }
        let book = XLSXWorkbook(sheets: [
            .init(name: "jw", rows: [header, [.text("jw"), .text("wt"), .number(2)]]),
            .init(name: "wt", rows: [header, [.text("wt"), .text("jw"), .number(7)], [.text("jw"), .text("wt"), .number(1)]]),
        ])
        let path = TestScratch.root.appendingPathComponent("wijknet-sheets-\(UUID().uuidString).xlsx").path
        try book.data().write(to: URL(fileURLWithPath: path))
        var reader = SurveyReader()
        reader.displayNames[path] = "enquete.xlsx"
        do { _ = try reader.read(surveyPath: path, actorsPath: Self.actors); Issue.record("no error") } catch let e as WijknetError {
            #expect(e.issues.map(\.description) == [
                "enquete.xlsx:wt!C2: error: the frequency '7' is not on its scale.\n  fix: write 0–4 or nooit, jaarlijks, maandelijks, wekelijks, dagelijks; leave it empty when not answered.",
                "enquete.xlsx:wt!B3: error: this respondent already rated this partner on row 2 of sheet 'jw'.\n  fix: keep one row per respondent and partner.",
            ])
        }
    }
}
