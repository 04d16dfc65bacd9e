import Foundation
import Testing
@testable import WijknetCLI

/// `--columns`, `--actor-columns`, `--sheet` and `.xlsx` inputs through the commands.
extension InProcess {
@Suite("Column mapping and xlsx in the CLI")
struct ColumnsXLSXCLITests {
    static let export = repo.appendingPathComponent("samples/zuiderhof-export/export.csv").path
    static let book = repo.appendingPathComponent("samples/zuiderhof-excel/contacten.xlsx").path
    static let mapping = "date=Datum,source=Medewerker,target=Contact met,about=Jongere,place=Locatie,type=Soort contact,weight=Duur"

    /// `summary --format json` of `args` with the demo key, the log file's name blanked.
    func summary(_ args: [String]) -> (Int32, String) {
        let run = captured(["summary"] + args + ["--pseudonym-key-file", sampleKey, "--format", "json"])
        let blanked = run.stdout.split(separator: "\n").map { $0.contains("\"logFile\"") ? "  \"logFile\" : \"\"," : String($0) }
        return (run.exit, blanked.joined(separator: "\n"))
    }

    @Test func exportAndWorkbookGiveTheSampleSummary() {
        let (c0, plain) = summary([sampleLog, "--actors", sampleActors])
        let (c1, mapped) = summary([Self.export, "--actors", sampleActors, "--columns", Self.mapping])
        let (c2, excel) = summary([Self.book, "--actors", Self.book, "--actor-sheet", "Actoren"])
        #expect(c0 == 0 && c1 == 0 && c2 == 0)
        #expect(plain.contains("\"logFile\" : \"\"") && plain.count > 500)
        #expect(mapped == plain)
        #expect(excel == plain)
    }

    @Test func errorsAndExitCodes() {
        let missing = captured(["summary", Self.export], locale: TestLocale.english)
        #expect(missing.exit == 65)
        #expect(missing.stderr.contains("\(Self.export):1:1: error: the required column 'source'"))
        #expect(missing.stderr.contains("fix: try --columns \"date=Datum,source=Medewerker,target=Contact met,about=Jongere,place=Locatie,type=Soort contact,weight=Duur\""))
        let unknown = captured(["summary", Self.export, "--columns", "date=Datum,bron=Medewerker"], locale: TestLocale.english)
        #expect(unknown.exit == 64)
        #expect(unknown.stderr.contains("'bron' is not a Wijknet column; known names: date, source"))
        let absent = captured(["validate", Self.export, "--columns", "date=Datum,source=Medewerkers"], locale: TestLocale.english)
        #expect(absent.exit == 65)
        #expect(absent.messages.contains("--columns maps 'source' to the header 'Medewerkers', which the file does not have; its headers are 'Datum', 'Medewerker'"))
        let sheet = captured(["summary", Self.book, "--sheet", "Blad9"], locale: TestLocale.english)
        #expect(sheet.exit == 65)
        #expect(sheet.stderr.contains("the workbook has no sheet 'Blad9'; its sheets are 'Blad1', 'Actoren'."))
    }
}
}
