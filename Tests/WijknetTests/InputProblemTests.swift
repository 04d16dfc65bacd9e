import Foundation
import Testing
@testable import Wijknet

/// Issue 23: reading problems are typed values (``InputProblem``) worded by one catalogue per
/// language; the Dutch holds no English, no sentence names a command-line flag (the adapter
/// words a column mapping), and a young person's cell is described, never quoted, in either.
@Suite("Reading problems in both languages")
struct InputProblemTests {
    static let cell = ProblemCell(value: "abc", sensitive: false, place: .inColumn(5, label: .init(english: "weight", dutch: "gewicht")))
    static let picks = [InputProblem.MappingPick(name: "date", header: "Wanneer", column: 1), .init(name: "source", header: "Wie", column: 2)]

    /// One value of every case (both branches where the words differ by a parameter).
    static let all: [InputProblem] = [
        .utf16Text, .zipArchive, .emptyFile, .noHeaderRow(.log), .noHeaderRow(.actors), .noHeaderRow(.survey),
        .quoteSpansFields(lines: 3, fields: 2, expected: 5), .quoteStillOpen(lines: 501), .quoteRunsTo(line: 9),
        .textAfterClosingQuote, .quoteNeverClosed, .nulByte, .brokenHeader(.textAfterClosingQuote),
        .logColumnTwice(header: "van", english: "source", dutch: "van"), .actorColumnTwice("domain"), .headerLooksLikeData(column: 1),
        .logColumnMissing(english: "source", dutch: "van", found: ["Wanneer", "Wie"], total: 25, suggestion: picks),
        .logColumnMissing(english: "date", dutch: "datum", found: ["x"], total: 1, suggestion: nil),
        .actorIdMissing(looksLikeData: true), .actorIdMissing(looksLikeData: false),
        .surveyColumnMissing("respondent"), .surveyWithoutScale,
        .mappedHeaderMissing(.log, name: "source", header: "Medewerkers", headers: ["Datum", "", "Jongere"]),
        .mappedHeaderMissing(.actors, name: "kind", header: "Soort", headers: ["Code"]),
        .actorsWithoutKinds(hasKindColumn: true), .actorsWithoutKinds(hasKindColumn: false),
        .logFieldCount(found: 7, expected: 5, delimiter: ";"), .logFieldCount(found: 3, expected: 5, delimiter: ","),
        .dateEmpty(.column(1, label: .init(english: "date", dutch: "datum"))),
        .dateNotInOrder(cell, order: .monthFirst), .dateUnreadable(cell), .weightOutOfRange(cell), .tieWeightOutOfRange(cell), .weightAmbiguous(cell),
        .tooFewActors(columns: [], repeated: false), .tooFewActors(columns: ["source", "about"], repeated: true),
        .tooFewActors(columns: ["place"], repeated: false),
        .mixedDateOrder(dayLine: 3, monthLine: 8, ambiguous: 1), .mixedDateOrder(dayLine: 3, monthLine: 8, ambiguous: 4),
        .declaredNotYouth(place: true, log: "log.csv", aboutLine: 4), .declaredNotYouth(place: false, log: "log.csv", aboutLine: 0),
        .actorFieldCount(found: 2, expected: 4), .actorWithoutId, .unknownKind(cell), .unknownDomain(cell),
        .domainOfNonPartner(.place), .domainOfNonPartner(.youth), .ordinaryNotYesOrNo(cell),
        .actorListedAgain(id: ProblemCell(value: "p-1", sensitive: false, place: .idInColumn(1)), firstLine: 2),
        .actorListedAgain(id: nil, firstLine: 0),
        .notAWorkbook, .workbookPartMissing("xl/workbook.xml"), .workbookPartTooBig("xl/worksheets/sheet1.xml", mebibytes: 900, limit: 512),
        .workbookPartDamaged("xl/worksheets/sheet1.xml", why: .endless), .workbookPartDamaged("xl/styles.xml", why: .wrongSize),
        .workbookPartDamaged("xl/styles.xml", why: .wrongChecksum), .workbookPartDamaged("xl/styles.xml", why: .unreadable),
        .workbookPartNotUTF8("xl/styles.xml"), .workbookPartNotXML("xl/styles.xml"), .workbookWithoutSheets,
        .noSuchSheet("Blad9", sheets: ["Blad1", "Actoren"]), .sheetNotLocated("Blad1"), .missingSharedString(12),
        .surveyFieldCount(found: 6, expected: 4), .ratesItself, .ratedBefore(line: 4, sheet: nil), .ratedBefore(line: 4, sheet: "Blad2"),
        .surveyCellEmpty("partner"), .surveyNamesYouth("respondent", index: 1), .surveyNotInActors("partner", cell),
        .surveyPlace("partner", cell), .offScale("frequency", cell), .offScale("intensity", cell), .offScale("trust_2", cell),
        .moreNotShown(1), .moreNotShown(7),
        .noUsableContact(rowsRead: 1, allSkipped: true), .noUsableContact(rowsRead: 12, allSkipped: true), .noUsableContact(rowsRead: 0, allSkipped: false),
        .xmlNotUTF8(format: "GraphML"), .notXML(format: "GEXF", cutOff: true), .notXML(format: "GraphML", cutOff: false),
        .noGraphElement(format: "GEXF"), .graphElementWithoutId("node", format: "GraphML"), .graphEdgeEnds(format: "GEXF"),
        .nodeLinkWithoutList("nodes"), .nodeLinkWithoutList("edges"), .nodeLinkItemNotObject("links"), .nodeLinkNodeWithoutId,
        .nodeLinkEdgeEnds, .kumuWithoutLabel(sheet: "Elements"), .kumuWithoutFromTo(sheet: "Connections"),
    ] + [JSONSyntax.trailingText, .unknownWord, .tooDeep(512), .endsBeforeValue, .keyExpected, .colonExpected, .endsInObject,
         .commaOrBraceExpected, .endsInList, .commaOrBracketExpected, .valueExpected, .digitsAfterDot, .digitsInExponent,
         .badUnicodeEscape, .textNotClosed, .controlInText, .endsAfterBackslash, .unknownEscape("q"), .notUTF8].map(InputProblem.notJSON)
      + goals.map(InputProblem.goals)

    static let goals: [GoalsProblem] = {
        let named = GoalLabel.named("Korte lijnen"), numbered = GoalLabel.number(2), unnamed = GoalLabel.unnamed(3)
        return [
            .tomlHeader(isValue: true, found: "]"), .tomlHeader(isValue: false, found: nil), .toml("Expected '=' after key"),
            .topLevelKey("doelen"), .goalNotAList, .noGoals, .notATable(index: 1), .nameTwice("Korte lijnen"), .withoutName(index: 0),
            .notAString(named, key: "measure", found: .integer), .notStrings(numbered, key: "between", count: 2, found: nil),
            .notStrings(unnamed, key: "domains", count: nil, found: .string), .notANumber(named, key: "at_least", found: .bool),
            .unknownActor(named, id: "p-9", example: "\"p-1\""), .unknownActor(numbered, id: nil, example: "\"p-1\""),
            .namesYoungPerson(named, key: "actor"), .wrongKind(named, id: "plek-1", kind: .place, wanted: [.partner]),
            .unknownKey(named, key: "doel"), .unknownMeasure(named, "banden"), .withoutMeasure(unnamed),
            .keyOfOtherMeasure(named, key: "metric", measure: "tie"), .measureNeeds(named, measure: "tie", key: "between", example: "between = [\"p-0001\", \"care\"]"),
            .measureNeeds(named, measure: "metric", key: "metric", example: "metric = \"betweenness\""),
            .unknownDomain(named, "welzijn", inScope: false), .unknownDomain(named, "welzijn", inScope: true), .unknownMetric(named, "bereik"),
            .signalDays(named, found: .number), .signalDays(named, found: nil), .noSuchNeighbourhood(named, "Noord"),
            .unknownScope(named, "stad"), .scopeNotATable(named), .tieWithTarget(named, key: "at_least"), .bothTargets(named), .withoutTarget(named),
        ]
    }()

    /// Every case of ``GoalsProblem`` (a new one does not compile here until it is in ``goals``).
    static func goalsCaseNumber(_ p: GoalsProblem) -> Int {
        switch p {
        case .tomlHeader: 0; case .toml: 1; case .topLevelKey: 2; case .goalNotAList: 3; case .noGoals: 4; case .notATable: 5
        case .nameTwice: 6; case .withoutName: 7; case .notAString: 8; case .notStrings: 9; case .notANumber: 10; case .unknownActor: 11
        case .namesYoungPerson: 12; case .wrongKind: 13; case .unknownKey: 14; case .unknownMeasure: 15; case .withoutMeasure: 16
        case .keyOfOtherMeasure: 17; case .measureNeeds: 18; case .unknownDomain: 19; case .unknownMetric: 20; case .signalDays: 21
        case .noSuchNeighbourhood: 22; case .unknownScope: 23; case .scopeNotATable: 24; case .tieWithTarget: 25; case .bothTargets: 26
        case .withoutTarget: 27
        }
    }

    /// The case of `p` as a number: the switch must list every case, so a new case does not
    /// compile here until it is added to ``all`` too (checked by ``everyCaseIsWorded()``).
    static func caseNumber(_ p: InputProblem) -> Int {
        switch p {
        case .utf16Text: 0; case .zipArchive: 1; case .emptyFile: 2; case .noHeaderRow: 3; case .quoteSpansFields: 4
        case .quoteStillOpen: 5; case .quoteRunsTo: 6; case .textAfterClosingQuote: 7; case .quoteNeverClosed: 8; case .nulByte: 9
        case .logColumnTwice: 10; case .actorColumnTwice: 11; case .headerLooksLikeData: 12; case .logColumnMissing: 13
        case .actorIdMissing: 14; case .surveyColumnMissing: 15; case .surveyWithoutScale: 16; case .mappedHeaderMissing: 17
        case .actorsWithoutKinds: 18; case .logFieldCount: 19; case .dateEmpty: 20; case .dateNotInOrder: 21; case .dateUnreadable: 22
        case .weightOutOfRange: 23; case .weightAmbiguous: 24; case .tooFewActors: 25; case .mixedDateOrder: 26; case .declaredNotYouth: 27
        case .actorFieldCount: 28; case .actorWithoutId: 29; case .unknownKind: 30; case .unknownDomain: 31; case .domainOfNonPartner: 32
        case .ordinaryNotYesOrNo: 33; case .actorListedAgain: 34; case .notAWorkbook: 35; case .workbookPartMissing: 36
        case .workbookPartTooBig: 37; case .workbookPartDamaged: 38; case .workbookPartNotUTF8: 39; case .workbookPartNotXML: 40
        case .workbookWithoutSheets: 41; case .noSuchSheet: 42; case .sheetNotLocated: 43; case .missingSharedString: 44
        case .surveyFieldCount: 45; case .ratesItself: 46; case .ratedBefore: 47; case .surveyCellEmpty: 48; case .surveyNamesYouth: 49
        case .surveyNotInActors: 50; case .surveyPlace: 51; case .offScale: 52; case .moreNotShown: 53; case .brokenHeader: 54
        case .xmlNotUTF8: 55; case .notXML: 56; case .noGraphElement: 57; case .graphElementWithoutId: 58; case .graphEdgeEnds: 59
        case .notJSON: 60; case .nodeLinkWithoutList: 61; case .nodeLinkItemNotObject: 62; case .nodeLinkNodeWithoutId: 63
        case .nodeLinkEdgeEnds: 64; case .kumuWithoutLabel: 65; case .kumuWithoutFromTo: 66; case .goals: 67
        case .noUsableContact: 68; case .tieWeightOutOfRange: 69
        }
    }

    /// The English words a Dutch sentence must not hold: those of `DutchOutputTests` and the
    /// common words of reading problems.
    static let english = ["liaison", "betweenness", "reach", "sets", "seeded", "greedy", "swaps", "unknown", "warning",
                          "error", "note", "all", "estimated", "sampled", "none", "fix", "the", "row", "rows", "line", "file", "column",
                          "columns", "header", "field", "fields", "empty", "missing", "cannot", "read", "not", "and", "or", "with", "sheet", "workbook", "quote", "delimiter", "try", "write", "use", "young", "person"]

    func words(_ s: String) -> Set<String> { Set(s.lowercased().split { !$0.isLetter }.map(String.init)) }

    /// A flag wording as the CLI has it (`--columns`): the adapter, not the library, names it.
    struct FlagWording: ProblemWording {
        func mapping(_ file: ColumnMapping.File, _ lang: Language) -> String { file == .actors ? "--actor-columns" : "--columns" }
        func giving(_ file: ColumnMapping.File, _ pairs: [InputIssue.Part], _ lang: Language) -> [InputIssue.Part] {
            [.text(mapping(file, lang) + " \"")] + pairs + [.text("\"")]
        }
    }

    func issue(_ p: InputProblem) -> InputIssue {
        var i = InputIssue(file: "log.csv", line: 3, column: 2, problem: p)
        i.revealCells(unless: [])
        return i
    }

    @Test func everyCaseIsWorded() {
        #expect(Set(Self.all.map(Self.caseNumber)) == Set(0...69))
        #expect(Set(Self.goals.map(Self.goalsCaseNumber)) == Set(0...27))
        for p in Self.all {
            let i = issue(p)
            let (nl, en) = (i.message(.nl) + " " + i.hint(.nl), i.message(.en) + " " + i.hint(.en))
            // File names and what stands in quotes (a cell, a header, a workbook's part) are names, not words.
            // So are the goals file's keys and values in double quotes or backticks (`metric = "betweenness"`).
            let dutch = nl.replacingOccurrences(of: "log.csv", with: "").replacingOccurrences(of: "'[^']*'", with: "", options: .regularExpression)
                .replacingOccurrences(of: "\"[^\"]*\"", with: "", options: .regularExpression).replacingOccurrences(of: "`[^`]*`", with: "", options: .regularExpression)
            #expect(words(dutch).isDisjoint(with: Self.english), "\(p): \(nl) holds \(words(dutch).intersection(Self.english))")
            #expect(!nl.contains("--") && !en.contains("--"), "a flag in \(nl) / \(en)")
            #expect(!i.message(.nl).isEmpty && !i.hint(.nl).isEmpty && i.message(.nl) != i.message(.en) && i.hint(.nl) != i.hint(.en), "\(p)")
            // The English words are the issue's own message and hint (what the CLI has always printed).
            #expect(i.message(.en) == i.message && i.hint(.en) == i.hint, "\(p)")
            #expect(i.description(.nl).hasPrefix("log.csv:3:2: fout: ") && i.description(.nl).contains("\n  oplossing: "))
        }
    }

    /// The fix that is a column mapping: the library names no flag, the adapter does.
    @Test func theAdapterWordsTheMapping() {
        let missing = issue(.logColumnMissing(english: "source", dutch: "van", found: ["Wanneer", "Wie"], total: 2, suggestion: Self.picks))
        #expect(missing.hint == "try the column mapping \"date=Wanneer,source=Wie\"")
        #expect(missing.hint(.en, FlagWording()) == "try --columns \"date=Wanneer,source=Wie\"")
        #expect(missing.hint(.nl, FlagWording()) == "voorstel: --columns \"datum=Wanneer,van=Wie\"")
        #expect(missing.message(.nl) == "de verplichte kolom 'van' (Engels: 'source') ontbreekt in de kopregel; gevonden: 'Wanneer', 'Wie'.")
        let mapped = issue(.mappedHeaderMissing(.actors, name: "kind", header: "Soort", headers: ["Code", ""]))
        #expect(mapped.message(.en, FlagWording()) == "--actor-columns maps 'kind' to the header 'Soort', which the file does not have; its headers are 'Code', (empty header in column 2).")
        #expect(mapped.message(.nl, FlagWording()) == "--actor-columns koppelt 'soort' aan het kopje 'Soort', maar dat heeft het bestand niet; de kopjes zijn 'Code', (leeg kopje in kolom 2).")
        let survey = issue(.surveyWithoutScale)
        #expect(survey.hint(.en, FlagWording()).hasSuffix("— or name yours with --columns \"respondent=…,partner=…\"."))
        do { _ = try ColumnMapping(parsing: "date=Datum,bron=Medewerker", for: .log); Issue.record("no error") } catch let e as ColumnMapping.ParseError {
            #expect(e.text(.en, FlagWording()) == "--columns: 'bron' is not a Wijknet column; known names: date, source, target, about, place, type, weight.")
            #expect(e.text(.nl) == "de koppeling van de kolommen: 'bron' is geen kolom van Wijknet; bekende namen: datum, van, naar, over, plek, soort, gewicht.")
        } catch { Issue.record("\(error)") }
    }

    /// Privacy: the Dutch goes through the same reveal as the English — the same cells quoted,
    /// a young person's described in the language's words.
    @Test func aYoungPersonsCellIsDescribedInBothLanguages() throws {
        let actors = tempFile(Array("id,kind,domain\nJ001,youth,\nJ002,jongere,zorgx\n".utf8), name: "actors.csv")
        let log = tempFile(Array("datum,van,naar,over,gewicht\n01-03-2025,wt,jw,J001,J001\n02-03-2025,wt,jw,J001,abc\n".utf8))
        let read = try ContactLogReader(policy: .skipInvalid).read(logPath: log, actorsPath: actors)
        let issues = read.stats.issues
        let weights = issues.filter { if case .weightOutOfRange = $0.problem { true } else { false } }
        #expect(weights.count == 2)
        #expect(weights[0].message(.nl) == "het gewicht in kolom 5 (gewicht) is geen getal van 0,000001 tot 1.000.000.")
        #expect(weights[0].message(.en) == "the weight in column 5 (gewicht) is not a number from 0,000001 to 1.000.000.")
        #expect(weights[1].message(.nl) == "het gewicht 'abc' is geen getal van 0,000001 tot 1.000.000.")
        let domain = try #require(issues.first { if case .unknownDomain = $0.problem { true } else { false } })
        #expect(domain.message(.nl) == "onbekend domein in kolom 3 (domein).", "a young person's row: its cells are not quoted")
        #expect(domain.message(.en) == "unknown domain in column 3 (domain).")
        for i in issues { #expect(!(i.description(.nl) + i.description(.en)).contains("J00"), "\(i.description(.nl))") }
        // Before the reveal nothing is quoted, in either language.
        let early = InputIssue(file: "log.csv", line: 3, column: 5, problem: .weightOutOfRange(Self.cell))
        #expect(early.message(.nl) == "het gewicht in kolom 5 (gewicht) is geen getal van 0,000001 tot 1.000.000.")
        #expect(early.pattern == early.message)
    }

    /// The summary of many problems of one kind, in Dutch: counted by the same kinds.
    @Test func summarisedProblemsInDutch() throws {
        let log = tempFile(Array("datum,van,naar\n32-13-2025,a,b\n33-13-2025,a,b\n34-13-2025,a,b\n01-03-2025,a,b\n".utf8))
        let read = try ContactLogReader(policy: .skipInvalid).read(logPath: log)
        let nl = read.stats.summarisedProblems(lang: .nl)
        let en = read.stats.summarisedProblems()
        #expect(nl.count == 1 && en.count == 1)
        #expect(nl[0] == "\(log):2:1: fout: de datum '32-13-2025' is niet te lezen.\n  oplossing: schrijf datums als DD-MM-JJJJ (15-03-2025) of JJJJ-MM-DD (2025-03-15), eventueel met een tijd UU:MM; datums met de maand eerst (03/15/2025) worden zo gelezen als het bestand dat laat zien.\n  en nog 2 zoals dit (3 in totaal), eerst op regel 2, laatst op regel 4.")
        #expect(en[0].hasSuffix("\n  and 2 more like it (3 in all), first at line 2, last at line 4."))
        #expect(groupedDutch(1_587) == "1.587" && grouped(1_587) == "1,587")
    }
}
