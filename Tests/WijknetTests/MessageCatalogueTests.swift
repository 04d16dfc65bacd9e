import Foundation
import Testing
@testable import Wijknet

/// Issue 23: the library's refusals, I/O failures and analysis notes are typed values worded
/// from one catalogue each, in Dutch and English; the library names no command-line flag (the
/// adapter does, ``ProblemWording/setting(_:_:)``).
@Suite("Message catalogues (refusals, I/O failures, analysis notes)")
struct MessageCatalogueTests {
    /// One of every refusal.
    static let refusals: [Refusal] = [
        .unknownActor("p-9"), .nothingToChange, .addedTieLeftOut("p-1", "p-2"), .unknownGroupAttribute("x", known: ["domain", "kind"]),
        .keyPlayerCount(k: 9, partners: 4), .fragmentationNeedsTwo(k: 3), .reachDistance(0), .needsDates(.from, file: "g.graphml"),
        .needsDates(.period, file: "g.graphml"), .noUnits(.neighbourhood), .noUnits(.municipality),
        .noSuchUnit(.neighbourhood, name: "x", names: ["Noord", "Zuid"]), .csvNeedsPeriod, .keyListNeedsKey, .dateFormat("x"),
        .unknownSizeMeasure("x", known: ["degree"]), .noSuchPlace("plek-9"), .noSuchActor, .diagram(step: "layout", message: "x"),
        .gapsViewNeedsAnalysis, .sizesCount(given: 3, actors: 4), .sizesMissing(measure: "degree"),
        .noPartnersForKeyPlayers, .noYoungPeopleToReach, .tooFewSurveyPartners(1), .tooFewSurveyPartners(0),
    ]

    /// The number of a refusal's case: the switch lists every case, so a new one does not
    /// compile here until it is in ``refusals`` too.
    static func caseNumber(_ r: Refusal) -> Int {
        switch r {
        case .unknownActor: 0; case .nothingToChange: 1; case .addedTieLeftOut: 2; case .unknownGroupAttribute: 3
        case .keyPlayerCount: 4; case .fragmentationNeedsTwo: 5; case .reachDistance: 6; case .needsDates: 7; case .noUnits: 8
        case .noSuchUnit: 9; case .csvNeedsPeriod: 10; case .keyListNeedsKey: 11; case .dateFormat: 12; case .unknownSizeMeasure: 13
        case .noSuchPlace: 14; case .noSuchActor: 15; case .diagram: 16; case .noPartnersForKeyPlayers: 17
        case .noYoungPeopleToReach: 18; case .tooFewSurveyPartners: 19; case .gapsViewNeedsAnalysis: 20; case .sizesCount: 21
        case .sizesMissing: 22
        }
    }

    static let failures: [IOFailure] = [
        .cannotOpen(SystemError(ENOENT)), .cannotOpen(SystemError(EACCES)), .readFailed(SystemError(EIO)), .goalsUnreadable(SystemError(EISDIR)),
        .keyFileUnreadable, .keyFileEmpty, .cannotWriteGenerated(SystemError(ENOSPC)), .cannotOpen(SystemError(EXDEV)),
    ]

    static let notes: [AnalysisNote] = [
        .betweennessGuaranteed(method: "KADABRA", samples: 1_000, seed: 42, epsilon: 0.01, probability: "90%", sources: 200, nodes: 20_000),
        .pathsSampled(sources: 200, nodes: 20_000, seed: 42, bound: "0.136"), .averagePathSampled, .eigenvectorLanczos(tolerance: 1e-8),
        .eigenvectorFailed("x"), .pageRankFailed("x"), .partnersLeftOut(count: 1, attribute: "domain"), .partnersLeftOut(count: 3, attribute: "organisation"),
    ]

    /// The Dutch of every case: no English word, no flag; the English names no flag either.
    func check(_ dutch: String, _ english: String) {
        let words = Set(dutch.lowercased().split { !$0.isLetter }.map(String.init))
        let found = words.intersection(InputProblemTests.english)
        #expect(found.isEmpty, "\(found.sorted()) in \(dutch)")
        #expect(dutch != english)
        #expect(!dutch.contains("--") && !english.contains("--"), "the library names no flag: \(dutch) / \(english)")
    }

    @Test func everyRefusalIsWordedInBothLanguages() {
        #expect(Set(Self.refusals.map(Self.caseNumber)) == Set(0...22))
        for r in Self.refusals { check(r.text(.nl), r.text(.en)) }
        for f in Self.failures { check(f.text(.nl), f.text(.en)) }
        for n in Self.notes { check(n.text(.nl), n.text(.en)) }
    }

    /// The English is what the CLI printed before the messages became data (the notes' English
    /// is what the JSON of `analyse` holds).
    @Test func theEnglishIsAsBefore() {
        #expect(Refusal.keyPlayerCount(k: 9, partners: 4).text(.en) == "a set of 9 key players: choose between 1 and the number of partners (4).")
        #expect(AnalysisNote.partnersLeftOut(count: 1, attribute: "domain").text(.en) == "1 partner without a known domain left out of brokerage, mixing and the E-I index.")
        #expect(IOFailure.cannotOpen(SystemError(ENOENT)).text(.en) == "cannot open the file: No such file or directory. Check the path and that you may read it.")
        #expect(WijknetError.unanswerable(.noPartnersForKeyPlayers).description == "error: the log has no partners to choose key players from (only places and young people).")
    }

    /// Dutch plurals and numbers: one partner, two partners; a bound with a decimal comma.
    @Test func dutchPluralsAndNumbers() {
        #expect(AnalysisNote.partnersLeftOut(count: 1, attribute: "domain").text(.nl)
                == "1 partner zonder bekend domein is buiten de makelaarsrollen, de menging en de E-I-index gelaten.")
        #expect(AnalysisNote.partnersLeftOut(count: 3, attribute: "domain").text(.nl).hasPrefix("3 partners zonder bekend domein zijn "))
        #expect(AnalysisNote.pathsSampled(sources: 200, nodes: 20_000, seed: 42, bound: "0.136").text(.nl).contains("binnen ±0,136 van de exacte waarde"))
        #expect(Refusal.tooFewSurveyPartners(1).text(.nl).contains("noemt 1 partner;"))
        #expect(WijknetError.io(path: "doelen.toml", reason: .goalsUnreadable(SystemError(ENOENT))).description(.nl)
                == "doelen.toml: fout: het doelenbestand kan niet worden gelezen: het bestand bestaat niet.")
    }

    /// The adapter names the setting; the library's own wording is a noun.
    @Test func theAdapterNamesTheSetting() {
        struct Flags: ProblemWording {
            func mapping(_ file: ColumnMapping.File, _ lang: Language) -> String { "--columns" }
            func giving(_ file: ColumnMapping.File, _ pairs: [InputIssue.Part], _ lang: Language) -> [InputIssue.Part] { pairs }
            func setting(_ setting: Setting, _ lang: Language) -> String { setting == .from ? "--from" : "--x" }
        }
        let refusal = Refusal.needsDates(.from, file: "g.graphml")
        #expect(refusal.text(.nl, Flags()).hasPrefix("--from vraagt contacten met datums, en g.graphml heeft die niet"))
        #expect(refusal.text(.nl).hasPrefix("een begindatum vraagt contacten met datums"))
        #expect(refusal.text(.en).hasPrefix("a start date needs contacts with dates"))
    }
}
