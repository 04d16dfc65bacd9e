import Foundation
import Testing
import Wijknet
@testable import WijknetServer
import WijknetReport

/// The parts of `wijknet serve` that decide who gets in and what a page may do; the whole
/// server in a browser is `Tests/WijknetBrowserTests/ServeInChromiumTests.swift`.
@Suite("Server parts")
struct ServerPartsTests {
    @Test func tokensAreRandomHexAndCompareExactly() {
        let a = AccessToken(), b = AccessToken()
        #expect(a.value.count == 32 && a.value.allSatisfy(\.isHexDigit))
        #expect(a != b)
        #expect(a.matches(a.value))
        #expect(!a.matches(b.value))
        #expect(!a.matches(String(a.value.dropLast())))       // a prefix is not the token
        #expect(!a.matches(a.value + "0"))                     // nor a longer string
        #expect(!a.matches(""))
        let t = AccessToken(value: "abc")
        #expect(!t.matches("abd") && !t.matches("ab") && t.matches("abc"))
    }

    /// The lengths were once compared as a byte (`UInt8(truncatingIfNeeded:)` of their xor), so
    /// 32 ^ 288 = 256 became 0 and the token followed by 256 characters matched.
    @Test func theTokenFollowedByMoreCharactersDoesNotMatch() {
        let a = AccessToken()
        #expect(!a.matches(a.value + String(repeating: "0", count: 256)))
        #expect(!a.matches(a.value + String(repeating: "x", count: 256 * 3)))
        #expect(!a.matches(a.value + "a"))
        #expect(!a.matches(String(repeating: "0", count: 256 + 32)))
        #expect(a.matches(String(a.value)))
    }

    /// The report may run its own sorting script and nothing else: the hash in its policy is
    /// the SHA-256 of exactly the script text the page carries.
    @Test func theReportPolicyAllowsExactlyItsOwnScript() throws {
        let policy = SecurityPolicy.contentSecurityPolicy(.report)
        #expect(policy.contains("script-src '\(SecurityPolicy.reportScriptHash)';"))
        #expect(!policy.contains("unsafe-inline';") || policy.contains("style-src 'self' 'unsafe-inline'"))
        #expect(!policy.contains("script-src 'unsafe-inline'"))
        // Hand check of the hash format: sha256- and 44 base64 characters (32 bytes).
        let hash = SecurityPolicy.reportScriptHash
        #expect(hash.hasPrefix("sha256-") && hash.count == 7 + 44)
        let app = SecurityPolicy.contentSecurityPolicy(.app)
        #expect(app.contains("script-src 'self';") && app.contains("frame-ancestors 'none'") && app.contains("default-src 'none'"))
    }

    @Test func uploadNamesKeepOnlyTheLastComponentAndPlainCharacters() {
        #expect(safeFileName("contacten 2025.csv") == "contacten 2025.csv")
        #expect(safeFileName("../../etc/passwd") == "passwd")
        #expect(safeFileName("a/b/<script>.csv") == "script.csv")
        #expect(safeFileName(".bashrc") == "upload.bashrc")
        #expect(safeFileName("") == "upload")
    }

    @Test func headersOfACSVUploadForTheMappingForm() {
        #expect(UploadHeaders.shown(Array("\u{FEFF}Datum;Medewerker;\"Contact met\"\r\n1;2;3\n".utf8), fileName: "x.csv", slot: "log") == ["Datum", "Medewerker", "Contact met"])
        #expect(UploadHeaders.shown(Array("date,source\n".utf8), fileName: "x.csv", slot: "log") == ["date", "source"])
        #expect(UploadHeaders.shown(Array("PK...".utf8), fileName: "x.xlsx", slot: "log") == [])
    }

    @Test func queryChecksDatesAndPairsAsTheCommandLineDoes() throws {
        let q = try ReportQuery(["from": "2025-07-01", "to": "31-12-2025", "lang": "en", "by": "neighbourhood", "skip": "1"])
        #expect(q.period == Period(from: Calendar.parseDay("2025-07-01"), to: Calendar.parseDay("2025-12-31")))
        #expect(q.lang == .en && q.by == .neighbourhood && q.skipInvalid)
        // In the page's words, naming the page's fields (never an option of the command line).
        func said(_ parameters: [String: String]) -> String {
            do { _ = try ReportQuery(parameters); return "" } catch let e as PageError { return e.said.text } catch { return "\(error)" }
        }
        #expect(said(["from": "2025-13-01"]) == "‘2025-13-01’ bij de periode (van … tot en met) is geen datum; schrijf DD-MM-JJJJ (15-03-2025) of JJJJ-MM-DD.")
        #expect(said(["from": "2025-07-01", "to": "2025-01-01"]) == "Bij de periode (van … tot en met) ligt de eerste datum na de tweede; draai ze om.")
        #expect(said(["beforeFrom": "2025-01-01"]) == "Vul zowel de periode vóór als de periode ná in, of geen van beide.")
        #expect(said(["lang": "de"]) == "Kies als taal Nederlands of Engels.")
    }

    @Test func thePrivateFolderIsOnlyTheUsersAndGoesAway() throws {
        let folder = try PrivateFolder()
        var st = stat()
        #expect(stat(folder.path, &st) == 0 && st.st_mode & 0o777 == 0o700)
        let path = folder.file(slot: "log", fileName: "a.csv")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
        folder.remove()
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    /// An upload is written chunk by chunk to a 0600 file of the folder, its first 64 KiB kept
    /// for the header names; adopted, it replaces the slot's file before; discarded, it is gone.
    @Test func uploadsAreWrittenAsTheyArriveAndAdoptedWhole() throws {
        let folder = try PrivateFolder()
        defer { folder.remove() }
        let file = try folder.partialUpload()
        let chunk = [UInt8](repeating: 0x61, count: 40_000)
        try chunk.withUnsafeBytes { try file.write($0) }
        try Array("date,source\n".utf8).withUnsafeBytes { try file.write($0) }
        try file.finish()
        #expect(file.bytes == 40_012 && file.head.count == 40_012)
        var st = stat()
        #expect(stat(file.path, &st) == 0 && st.st_mode & 0o777 == 0o600)
        let old = folder.file(slot: "log", fileName: "oud.csv")
        #expect(FileManager.default.createFile(atPath: old, contents: Data("x".utf8)))
        let kept = try folder.adopt(file.path, slot: "log", fileName: "nieuw.csv")
        #expect(kept == folder.path + "/log/nieuw.csv")
        #expect(!FileManager.default.fileExists(atPath: old) && !FileManager.default.fileExists(atPath: file.path))
        #expect((try? Data(contentsOf: URL(fileURLWithPath: kept)))?.count == 40_012)
        let big = try folder.partialUpload()
        for _ in 0..<3 { try chunk.withUnsafeBytes { try big.write($0) } }
        #expect(big.bytes == 120_000 && big.head.count == 65_536)
        big.discard()
        #expect(!FileManager.default.fileExists(atPath: big.path))
    }
}

/// The page's own words (`PageText`): Dutch, naming what to do in the page, never an option of
/// the command line; the library's English only as detail.
@Suite("Page words")
struct PageTextTests {
    static let english = ["liaison", "betweenness", "reach", "sets", "seeded", "greedy", "swaps", "unknown", "warning", "error",
                          "note", "all", "estimated", "sampled", "column", "file", "row", "key", "log source", "upload", "limit", "header"]

    func englishWords(_ text: String) -> [String] {
        // Whole words: the text split at everything but letters, digits and '-' (Swift's Regex has no lookbehind).
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
        let joined = " " + words.joined(separator: " ") + " "
        return Self.english.filter { joined.contains(" " + $0 + " ") }
    }

    /// The server's own failures (``ServeError``), as `wijknet serve` prints them: every case in
    /// Dutch without an English word or an option, and in English.
    @Test func serveErrorsInBothLanguages() {
        let e = SystemError(13)
        let all: [ServeError] = [.cannotMakeTemporaryFolder(parent: "/tmp", e), .cannotMakeWorkspace("/w", e), .workspaceNotYours("/w"),
                                 .cannotLockWorkspace("/w", e), .cannotKeepUpload(e), .cannotWrite(name: "launcher", e), .cannotKeepState(e)]
        for error in all {
            let (nl, en) = (error.text(.nl), error.text(.en))
            #expect(englishWords(nl).isEmpty, "\(englishWords(nl)) in \(nl)")
            #expect(!nl.contains("--") && !en.contains("--"))
            #expect(nl != en && error.description == en)
        }
        #expect(ServeError.workspaceNotYours("/w").text(.nl).contains("/w"))
    }

    @Test func everySentenceIsDutchAndNamesNoOption() throws {
        let issue = InputIssue(file: "kapot.csv", line: 5, column: 1, message: "the date '31-02-2025' is not a valid day.", hint: "use --skip-invalid to skip it.")
        let header = InputIssue(file: "export.csv", line: 1, column: 1, message: "the required column 'source' is missing.", hint: "try --columns \"source=Wie\"")
        var sheet = issue
        sheet.sheet = "Blad1"
        let said: [PageText.Said] = [
            PageText.problem(issue), PageText.problem(header), PageText.problem(sheet),
            PageText.error(.io(path: "/tmp/x/doelen.toml", reason: .goalsUnreadable(SystemError(2)))),
            PageText.error(.invalidRequest(.dateFormat("x"))),
            PageText.error(.unanswerable(.noPartnersForKeyPlayers)),
            PageText.error(.inputs([issue, header])),
        ] + [PageText.tooLarge("groot.csv", limit: 200 * 1_048_576), PageText.tooLargeForMemory("groot.csv", needed: 3 << 30, available: 1 << 30), PageText.tooWide("breed.csv"), PageText.cannotKeep, PageText.noLog, PageText.surveyNeedsActors,
             PageText.noUsableContact(rowsRead: 12, allSkipped: true), PageText.noUsableContact(rowsRead: 0, allSkipped: false),
             PageText.whichActor, PageText.noSuchActor("p-9"), PageText.noSuchDiagram, PageText.noSuchDownload, PageText.unknownPseudonym,
             PageText.lookupOnlyHere, PageText.notADate("x", field: "voor"), PageText.firstAfterSecond("na"), PageText.badLanguage,
             PageText.badUnit, PageText.halfPair, PageText.unstablePseudonyms, PageText.needsLink, PageText.otherPage, PageText.noSession,
             PageText.noSuchPlace, PageText.serverFailed, PageText.wrongHost(port: 8765)].map { PageText.Said(text: $0) }
            + ["computing the metrics", "the figures per municipality", "writing the page", "something new"].map { PageText.Said(text: PageText.stage($0)) }
        for s in said {
            #expect(!s.text.contains("--") && !s.text.contains("wijknet "), "an option of the command line: \(s.text)")
            #expect(englishWords(s.text).isEmpty, "English in \(s.text): \(englishWords(s.text))")
            #expect(s.detail.map { !$0.contains("fix:") && !$0.contains("--skip-invalid") && !$0.contains("try --columns") } ?? true, "the detail is the message without its fix: \(s.detail ?? "")")
        }
        #expect(PageText.problem(issue).text == "kapot.csv, regel 5, kolom 1: hier kan Wijknet het bestand niet lezen.")
        #expect(PageText.problem(sheet).text.hasPrefix("kapot.csv, blad Blad1, cel A5: "))
        #expect(PageText.problem(header).text.contains("Kolommen koppelen"), "a problem in the headers points to the mapping form")
        #expect(PageText.error(.inputs([issue, header])).text.hasSuffix("En nog 1 probleem."))
    }

    /// A refusal is said in its own words on the page (it was one general sentence for all):
    /// what the choice or the data lacks, a sentence in Dutch that names no option; the refusals
    /// only a program can cause keep the general sentence.
    @Test func refusalsInTheirOwnWords() {
        let refusals: [Refusal] = [
            .unknownActor("p-9"), .nothingToChange, .addedTieLeftOut("a", "b"),
            .keyPlayerCount(k: 5, partners: 3), .fragmentationNeedsTwo(k: 4), .reachDistance(0),
            .needsDates(.from, file: "verbindingen.csv"), .noUnits(.neighbourhood), .noSuchUnit(.municipality, name: "X", names: ["A", "B"]),
            .dateFormat("x"), .noSuchPlace("plek-9"), .noSuchActor,
            .noPartnersForKeyPlayers, .noYoungPeopleToReach, .tooFewSurveyPartners(1),
        ]
        for r in refusals {
            let said = PageText.error(.unanswerable(r))
            #expect(said.text.first?.isUppercase == true && said.text.hasSuffix("."), "\(said.text)")
            #expect(!said.text.contains("--") && !said.text.contains("ViewOptions"), "\(said.text)")
            #expect(englishWords(said.text).isEmpty, "English in \(said.text): \(englishWords(said.text))")
        }
        #expect(PageText.error(.invalidRequest(.keyPlayerCount(k: 5, partners: 3))).text
                == "Een groep van 5 sleutelspelers: kies tussen 1 en het aantal partners (3).")
        #expect(PageText.error(.unanswerable(.noPartnersForKeyPlayers)).text
                == "Het logboek heeft geen partners om sleutelspelers uit te kiezen (alleen plekken en jongeren).")
        #expect(PageText.error(.invalidRequest(.gapsViewNeedsAnalysis)).text.hasPrefix("Dit kan Wijknet met deze keuzes niet maken."))
        #expect(PageText.error(.invalidRequest(.unknownSizeMeasure("x", known: ["degree"]))).text.hasPrefix("Dit kan Wijknet"))
    }
}
