import Foundation
import Testing

/// Issue 23/25: a reading problem in the output language — `validate --lang nl` lists it in the
/// catalogue's Dutch, `--lang en` in the English the CLI has always printed — and the page of
/// `wijknet serve` says it in Dutch only (English when its query asks `lang=en`), never naming
/// an option of the command line.
enum BrokenLog {
    /// Line 3 has a date that is no day.
    static let text = "datum,van,naar\n06-01-2025,jw,wt\n31-02-2025,wt,jgz\n08-01-2025,wa,jw\n"
    static let dutch = "de datum '31-02-2025' is niet te lezen."
    static let english = "the date '31-02-2025' cannot be read."
}

extension InProcess {
@Suite("Reading problems in the output language (CLI)")
struct ProblemLanguageCLITests {
    @Test func validateListsTheProblemInItsLanguage() throws {
        let log = outPath("kapot.csv")
        try BrokenLog.text.write(toFile: log, atomically: true, encoding: .utf8)
        let nl = captured(["validate", log, "--lang", "nl"])
        #expect(nl.exit == 65)
        #expect(nl.stdout.contains("\(log):3:1: fout: \(BrokenLog.dutch)\n  oplossing: schrijf datums als DD-MM-JJJJ"), "\(nl.stdout)")
        #expect(nl.stdout.contains("\(log): 3 regels gelezen, 2 goed, 1 met een probleem; 3 actoren."), "\(nl.stdout)")
        for word in ["error", "fix", "warning", "note", "cannot", "rows"] {
            #expect(!nl.stdout.lowercased().split { !$0.isLetter }.contains(Substring(word)), "\(word) in \(nl.stdout)")
        }
        let en = captured(["validate", log, "--lang", "en"])
        #expect(en.exit == 65)
        #expect(en.stdout.contains("\(log):3:1: error: \(BrokenLog.english)\n  fix: write dates as DD-MM-YYYY"), "\(en.stdout)")
        #expect(en.stdout.contains("\(log): 3 rows read, 2 valid, 1 with problems; 3 actors."))
    }

    /// A note of `validate` (here: an undated edge list) has the prefix every other command
    /// gives a note, `let op:` in Dutch (it was `opmerking:`), `note:` in English.
    @Test func validateTellsNotesAsEveryCommandDoes() throws {
        let log = outPath("ties.csv")
        try "source,target\njw,wt\nwt,jgz\n".write(toFile: log, atomically: true, encoding: .utf8)
        let nl = captured(["validate", log, "--lang", "nl"])
        #expect(nl.exit == 0)
        #expect(nl.stdout.contains("\nlet op: ") && !nl.stdout.contains("opmerking"), "\(nl.stdout)")
        let en = captured(["validate", log, "--lang", "en"])
        #expect(en.stdout.contains("\nnote: "), "\(en.stdout)")
    }

    /// A header Wijknet does not know: the CLI words the suggested mapping as its option, in
    /// either language; the library's own words name no option.
    @Test func theSuggestedMappingIsTheCLIsOption() throws {
        let log = outPath("export.csv")
        try "Datum;Medewerker;Contact met\n06-01-2025;jw;wt\n".write(toFile: log, atomically: true, encoding: .utf8)
        let en = captured(["summary", log], locale: TestLocale.english)
        #expect(en.exit == 65 && en.stderr.contains("fix: try --columns \"date=Datum,source=Medewerker,target=Contact met\""), "\(en.stderr)")
        // Issue 23: an error that stops the run is in the command's language on standard error too.
        let nl = captured(["validate", log, "--lang", "nl"], locale: TestLocale.english)
        #expect(nl.stderr.contains(":1:1: fout: ") && nl.stderr.contains("oplossing: voorstel: --columns \"datum=Datum,van=Medewerker,naar=Contact met\""), "\(nl.stderr)")
        #expect(!nl.stderr.contains("fix:") && !nl.stderr.contains("error:"), "\(nl.stderr)")
    }
}
}

@Suite("Reading problems on the page of wijknet serve")
struct ProblemLanguageServeTests {
    @Test func aBrokenLogIsSaidInDutchOnly() throws {
        let server = try ServeProcess()
        defer { server.stop() }
        let session = try server.session()
        #expect(try server.upload("log", BrokenLog.text, name: "kapot.csv", session: session).status == 200)
        let checked = try server.http.request("GET", "/validate", ["X-Wijknet-Session: \(session)"])
        #expect(checked.status == 200, "\(checked.body)")
        #expect(checked.body.contains("\"text\":\"kapot.csv, regel 3, kolom 1: \(BrokenLog.dutch)\""), "\(checked.body)")
        #expect(checked.body.contains("\"detail\":\"schrijf datums als DD-MM-JJJJ"), "the fix, in Dutch: \(checked.body)")
        for english in [BrokenLog.english, "cannot", "fix", "write dates", "--"] {
            #expect(!checked.body.contains(english), "\(english) in \(checked.body)")
        }
        // The report reads strictly: the problem stops it, said alike.
        let report = try server.http.request("GET", "/report", ["X-Wijknet-Session: \(session)"])
        #expect(report.status == 422 && report.body.contains("kapot.csv, regel 3, kolom 1: \(BrokenLog.dutch)"), "\(report.status) \(report.body.prefix(400))")
        #expect(!report.body.contains("cannot") && !report.body.contains("--"))
        // Asked in English, the same problem in the catalogue's English.
        let english = try server.http.request("GET", "/validate?lang=en", ["X-Wijknet-Session: \(session)"])
        #expect(english.body.contains("\"text\":\"kapot.csv, line 3, column 1: \(BrokenLog.english)\""), "\(english.body)")
        #expect(!english.body.contains("--"))
    }

    /// Headers Wijknet does not know: the fix is the page's mapping form, filled with its suggestion.
    @Test func theSuggestedMappingIsThePagesForm() throws {
        let server = try ServeProcess()
        defer { server.stop() }
        let session = try server.session()
        #expect(try server.upload("log", "Datum;Medewerker;Contact met\n06-01-2025;jw;wt\n", name: "export.csv", session: session).status == 200)
        let checked = try server.http.request("GET", "/report", ["X-Wijknet-Session: \(session)"])
        #expect(checked.body.contains("export.csv, regel 1, kolom 1: de verplichte kolom 'van' (Engels: 'source') ontbreekt in de kopregel"), "\(checked.body)")
        #expect(checked.body.contains("voorstel: kies bij ‘Kolommen koppelen’ datum=Datum,van=Medewerker,naar=Contact met en klik op ‘Koppelen en opnieuw lezen’"), "\(checked.body)")
        #expect(!checked.body.contains("--columns"))
    }
}
