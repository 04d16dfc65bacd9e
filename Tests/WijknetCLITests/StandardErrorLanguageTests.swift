import Foundation
import Testing
@testable import WijknetCLI

extension InProcess {
/// Issue 23: what `wijknet` prints on standard error speaks the command's language — `--lang`,
/// else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else Dutch — as its outputs do: the errors
/// that stop a run (`file:line:column: fout: …`, `oplossing: …`), the reading warnings
/// (`waarschuwing:`) and notes (`let op:`), the option checks and the CLI's own messages.
@Suite("Standard error in the command's language")
struct StandardErrorLanguageTests {
    /// A log whose dates do not tell day from month (a note of the reading), without an actors
    /// file (a warning; its partners' domains unknown, a note of the analysis): read without stopping.
    static let readable = "datum,van,naar\n06-01-2025,jw,wt\n07-02-2025,wt,jgz\n08-01-2025,wa,jw\n"

    func write(_ text: String, _ name: String) throws -> String {
        let path = outPath(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The words of `text` without its paths (a temporary folder is no word).
    func words(_ text: String, without paths: [String]) -> Set<String> {
        var t = text
        for p in paths { t = t.replacingOccurrences(of: p, with: " ") }
        return Set(t.lowercased().split { !$0.isLetter }.map(String.init))
    }

    @Test("without --lang and without a locale: Dutch — a stopping error with its place, a warning and a note")
    func dutchByDefault() throws {
        let broken = try write(BrokenLog.text, "kapot.csv")
        let stopped = captured(["summary", broken], locale: TestLocale.unset)
        #expect(stopped.exit == 65)
        #expect(stopped.stderr.hasPrefix("\(broken):3:1: fout: \(BrokenLog.dutch)\n  oplossing: schrijf datums als DD-MM-JJJJ"), "\(stopped.stderr)")

        let log = try write(Self.readable, "leesbaar.csv")
        let read = captured(["analyse", log], locale: [:])    // no locale variable at all
        #expect(read.exit == 0, "\(read.stderr)")
        #expect(read.stderr.hasPrefix("waarschuwing: geen actorenbestand gegeven: 4 ids; de soort is afgeleid"), "\(read.stderr)")
        #expect(read.stderr.contains("let op: \(log): geen datum in het bestand laat zien of de dag of de maand eerst komt"), "\(read.stderr)")
        #expect(read.stderr.contains("let op: 4 partners zonder bekend domein zijn buiten de makelaarsrollen, de menging en de E-I-index gelaten."), "\(read.stderr)")
        for english in ["warning", "note", "error", "fix"] {
            #expect(!words(stopped.stderr + read.stderr, without: [broken, log]).contains(english), "\(english): \(stopped.stderr)\(read.stderr)")
        }
    }

    @Test("LANG=en_US.UTF-8: English, as compilers print it")
    func englishFromTheLocale() throws {
        let broken = try write(BrokenLog.text, "kapot.csv")
        let stopped = captured(["summary", broken], locale: TestLocale.english)
        #expect(stopped.exit == 65)
        #expect(stopped.stderr.hasPrefix("\(broken):3:1: error: \(BrokenLog.english)\n  fix: write dates as DD-MM-YYYY"), "\(stopped.stderr)")
        let log = try write(Self.readable, "leesbaar.csv")
        let read = captured(["analyse", log], locale: ["LC_ALL": "", "LC_MESSAGES": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"])
        #expect(read.stderr.contains("warning: no actors file given: 4 id(s)"), "LC_MESSAGES before LANG: \(read.stderr)")
        #expect(read.stderr.contains("note: \(log): no date in the file tells whether the day or the month comes first"), "\(read.stderr)")
        #expect(read.stderr.contains("note: 4 partners without a known domain left out of brokerage, mixing and the E-I index."), "\(read.stderr)")
    }

    @Test("--lang en beats LANG=nl_NL.UTF-8, and --lang nl beats LANG=en_US.UTF-8")
    func theOptionBeatsTheLocale() throws {
        let broken = try write(BrokenLog.text, "kapot.csv")
        let en = captured(["summary", broken, "--lang", "en"], locale: TestLocale.dutch)
        #expect(en.stderr.contains(":3:1: error: \(BrokenLog.english)"), "\(en.stderr)")
        let nl = captured(["validate", broken, "--lang", "nl", "--columns", "bron=Medewerker"], locale: TestLocale.english)
        #expect(nl.exit == 64 && nl.stderr == "fout: --columns: 'bron' is geen kolom van Wijknet; bekende namen: datum, van, naar, over, plek, soort, gewicht.\n", "\(nl.stderr)")
    }

    /// The Dutch standard error of broken inputs holds none of the English words the Dutch
    /// outputs are checked against (``DutchOutputTests/english``), nor the words of the English
    /// prefixes; each says where (file, line, column) when there is a place.
    @Test("broken inputs in Dutch: no English word")
    func brokenInputsHoldNoEnglish() throws {
        let quote = try write("datum,van,naar\n06-01-2025,jw,\"wt\n07-01-2025,wt,jgz\n", "aanhalingsteken.csv")
        let column = try write("Datum;Medewerker;Contact met\n06-01-2025;jw;wt\n", "export.csv")
        let date = try write(BrokenLog.text, "datum.csv")
        let missing = outPath("bestaat-niet.csv")
        let log = try write(Self.readable, "leesbaar.csv")
        let goals = try write("[[goal]]\nname = \"Lijn\"\nmeasure = \"contacts\"\nbetween = [\"jw\", \"wt\"]\nat_least = \"veel\"\n", "doelen.toml")
        let toml = try write("[[goal]\nname = 1\n", "kapot.toml")
        let runs: [(args: [String], exit: Int32, place: String)] = [
            (["summary", quote], 65, "\(quote):2:"),
            (["summary", column], 65, "\(column):1:1: fout:"),
            (["summary", date], 65, "\(date):3:1: fout:"),
            (["summary", missing], 66, "\(missing): fout: het bestand kan niet worden geopend: het bestand bestaat niet."),
            (["goals", log, "--goals", goals], 65, "\(goals):5:"),
            (["goals", log, "--goals", toml], 65, "\(toml):1:"),
            (["summary", log, "--from", "31-02-2025"], 64, "fout: --from '31-02-2025' is geen datum"),
            (["analyse", log, "--top=-1"], 64, "fout: --top mag niet negatief zijn."),
            (["render", log, "--view", "place:nergens"], 64, "fout: er is geen plek 'nergens' in deze periode; de plekken staan in 'wijknet analyse --format csv'."),
            (["summary", log, "-o", try write("x", "een-bestand") + "/map/uit.txt"], 74, "fout: kan niet schrijven: de map"),
        ]
        let paths = [quote, column, date, missing, log, goals, toml]
        let english = Set(DutchOutputTests.english + ["error", "warning", "note", "fix", "cannot", "the", "file", "line", "column", "read", "rows"])
        for run in runs {
            let r = captured(run.args, locale: TestLocale.unset)
            #expect(r.exit == run.exit, "\(run.args): \(r.exit) \(r.stderr)")
            #expect(r.stderr.contains(run.place), "\(run.args): \(r.stderr)")
            let found = words(r.stderr, without: paths).intersection(english)
            #expect(found.isEmpty, "\(run.args): \(found.sorted()) in \(r.stderr)")
        }
    }

    /// One of every message of the CLI's own (``CLIMessage``).
    static let messages: [CLIMessage] = [
        .notADate(option: "from", text: "x"), .fromAfterTo(from: "2", to: "1"), .notAPeriod(option: "before", text: "x"),
        .periodEndNotADate(option: "after", text: "x"), .periodReversed(option: "before", text: "2..1"), .servingRemotely(host: "0.0.0.0"),
        .workspaceInUse(path: "/w"), .workspaceHeld(path: "/w"), .serverFailed("x"), .staleFoldersRemoved(1, folder: "/tmp"),
        .staleFoldersRemoved(2, folder: "/tmp"), .noBrowser("x"), .keyListWritten(path: "k.csv", youngPeople: 1),
        .keyListWritten(path: "k.csv", youngPeople: 2), .atLeast(option: "--rows", minimum: 1), .atLeast(option: "--upload-limit", minimum: 1, unit: "MB"),
        .notNegative(option: "--top"), .strictlyBetweenZeroAndOne(option: "--epsilon", example: "0.01"),
        .oneOf(option: "--style", choices: ["plain", "excel"]), .portRange, .notBoth("--by", "--period"), .bothOrNeither("--before", "--after"),
        .addNotAPair("x"), .whatIfNeedsChange, .remoteHostRefused(host: "0.0.0.0"), .templateNotXLSX("x"), .missingLog,
        .compareTakesBeforeAfter, .compareNamesNoYouth, .compareNeedsTwo, .twoLogsNoPeriods, .surveyTwoRounds(given: 1),
        .logOrSurvey(logs: true), .logOrSurvey(logs: false), .surveyNeedsActors, .surveyCannotCombine(options: ["--period", "--by"], round: false),
        .surveyCannotCombine(options: ["--before", "--to"], round: true), .summaryCSVNeedsPeriod, .periodNeedsGoals, .csvNeedsFolder,
        .missingLinksViews, .binaryNeedsOut(format: "png"), .howServingStops(workspace: "/w"), .howServingStops(workspace: nil),
    ]

    /// The number of a message's case: the switch lists every case, so a new one does not
    /// compile here until it is in ``messages`` too.
    static func caseNumber(_ m: CLIMessage) -> Int {
        switch m {
        case .notADate: 0; case .fromAfterTo: 1; case .notAPeriod: 2; case .periodEndNotADate: 3; case .periodReversed: 4
        case .servingRemotely: 5; case .workspaceInUse: 6; case .workspaceHeld: 7; case .serverFailed: 8; case .staleFoldersRemoved: 9
        case .noBrowser: 10; case .keyListWritten: 11; case .atLeast: 12; case .notNegative: 13; case .strictlyBetweenZeroAndOne: 14
        case .oneOf: 15; case .portRange: 16; case .notBoth: 17; case .bothOrNeither: 18; case .addNotAPair: 19; case .whatIfNeedsChange: 20
        case .remoteHostRefused: 21; case .templateNotXLSX: 22; case .missingLog: 23; case .compareTakesBeforeAfter: 24
        case .compareNamesNoYouth: 25; case .compareNeedsTwo: 26; case .twoLogsNoPeriods: 27; case .surveyTwoRounds: 28
        case .logOrSurvey: 29; case .surveyNeedsActors: 30; case .surveyCannotCombine: 31; case .summaryCSVNeedsPeriod: 32
        case .periodNeedsGoals: 33; case .csvNeedsFolder: 34; case .missingLinksViews: 35; case .binaryNeedsOut: 36
        case .howServingStops: 37
        }
    }

    /// Every message of the CLI's own has its Dutch, with a Dutch prefix and no English word (the
    /// options it names and their values aside), and its English.
    @Test func everyMessageOfTheCLIIsWordedInBothLanguages() {
        #expect(Set(Self.messages.map(Self.caseNumber)) == Set(0...37))
        let english = Set(DutchOutputTests.english + ["the", "cannot", "must", "give", "with", "and", "or", "file", "not", "be", "least"])
        for m in Self.messages {
            let (nl, en) = (m.line(.nl), m.line(.en))
            #expect(nl.hasPrefix("fout: ") || nl.hasPrefix("waarschuwing: ") || nl.hasPrefix("let op: "), "\(nl)")
            #expect(en.hasPrefix("error: ") || en.hasPrefix("warning: ") || en.hasPrefix("note: "), "\(en)")
            let words = Set(nl.replacingOccurrences(of: "--[a-z-]+", with: " ", options: .regularExpression)
                .lowercased().split { !$0.isLetter }.map(String.init))
            #expect(words.intersection(english).isEmpty, "\(words.intersection(english).sorted()) in \(nl)")
            #expect(nl != en)
        }
    }

    /// The key list's warning, worded by the CLI in the command's language.
    @Test func theCLIsOwnMessagesFollowTheLanguage() throws {
        let log = try write(Self.readable, "leesbaar.csv")
        let list = outPath("sleutellijst.csv")
        let nl = captured(["keylist", log, "--pseudonym-key-file", sampleKey, "-o", list], locale: TestLocale.unset)
        #expect(nl.exit == 0 && nl.stderr.contains("waarschuwing: \(list) bevat de ids en namen van"), "\(nl.stderr)")
        let en = captured(["keylist", log, "--pseudonym-key-file", sampleKey, "-o", list], locale: TestLocale.english)
        #expect(en.stderr.contains("warning: \(list) holds the ids and names of"), "\(en.stderr)")
    }
}
}
