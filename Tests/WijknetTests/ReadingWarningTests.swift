import Testing
@testable import Wijknet

/// Issue 23: reading warnings and notes are typed values worded by one catalogue per language;
/// the Dutch holds no English and no sentence names a command-line flag.
@Suite("Reading warnings in both languages")
struct ReadingWarningTests {
    /// One value of every case (with a count of one and of several where the words agree with it).
    static let all: [ReadingWarning] = [
        .ignoredColumns(file: "log.csv", count: 2, names: "'x', 'y'", contactLog: true),
        .ignoredColumns(file: "actors.csv", count: 1, names: "'x'", contactLog: false),
        .actorsHeaderOnly(file: "actors.csv"),
        .actorRowsSkipped(file: "actors.csv", count: 3, keptAsYouth: 1), .actorRowsSkipped(file: "actors.csv", count: 1, keptAsYouth: 0),
        .rowsWithoutKind(file: "actors.csv", count: 1), .rowsWithoutKind(file: "actors.csv", count: 4),
        .kindsInferred(ids: 1, actorsFile: true, partners: 1, places: 0, youth: 0),
        .kindsInferred(ids: 5, actorsFile: false, partners: 2, places: 1, youth: 2),
        .severalKindsOfColumn(ids: 2), .repeatedActor(rows: 1), .repeatedActor(rows: 3),
        .repeatedHeader(file: "log.csv", line: 40, more: 0), .repeatedHeader(file: "log.csv", line: 40, more: 2),
        .dotThousands(file: "log.csv", count: 2, line: 7), .windows1252(fields: 1), .rowsSkipped(count: 12),
        .logColumnsNotUsed(file: "log.csv", format: "GraphML"),
        .sheetsPassedOver(file: "enquete.xlsx", count: 2, names: "'Uitleg', 'Notities'"),
    ]
    static let notes: [ReadingNote] = [.dayFirstAssumed(file: "log.csv", line: 2), .monthFirst(file: "log.csv", line: 5),
                                       .importedGraph(file: "log.csv", format: "GraphML", nodes: 1, edges: 3, directed: true, actorsFile: "actors.csv"),
                                       .importedGraph(file: "log.csv", format: "Kumu", nodes: 9, edges: 1, directed: false, actorsFile: nil),
                                       .edgeList(file: "log.csv")]
    static let english = ["the", "row", "rows", "were", "read", "file", "column", "columns", "skipped", "ignored",
                          "actors", "youth", "place", "weight", "header", "dates", "field", "fields", "invalid", "and"]

    func words(_ s: String) -> Set<String> { Set(s.lowercased().split { !$0.isLetter }.map(String.init)) }

    @Test func dutchHoldsNoEnglishAndNoSentenceNamesAFlag() {
        let texts = Self.all.map { ($0.text(.nl), $0.text(.en)) } + Self.notes.map { ($0.text(.nl), $0.text(.en)) }
        for (nl, en) in texts {
            let nl = nl.replacingOccurrences(of: "actors.csv", with: "").replacingOccurrences(of: "log.csv", with: "")   // file names are not words
            #expect(words(nl).isDisjoint(with: Self.english), "\(nl): \(words(nl).intersection(Self.english))")
            #expect(!nl.contains("--") && !en.contains("--"), "a flag in \(nl) / \(en)")
            #expect(nl != en)
        }
    }

    /// The figures are in the words, and Dutch nouns and verbs agree with one and with many.
    @Test func countsAgree() {
        #expect(ReadingWarning.repeatedActor(rows: 1).text(.nl).hasPrefix("1 regel noemt dezelfde actor"))
        #expect(ReadingWarning.repeatedActor(rows: 3).text(.nl).hasPrefix("3 regels noemen dezelfde actor"))
        #expect(ReadingWarning.kindsInferred(ids: 5, actorsFile: false, partners: 2, places: 1, youth: 2).text(.nl)
            == "geen actorenbestand gegeven: 5 ids; de soort is afgeleid uit de kolom waarin ze staan (over → jongere, plek → plek, van/naar → partner met onbekend domein): 2 partners, 1 plek, 2 jongeren.")
        #expect(ReadingWarning.kindsInferred(ids: 1, actorsFile: true, partners: 1, places: 0, youth: 0).text(.en)
            == "1 id(s) in the log are not in the actors file; their kind was inferred from the column they appear in (about → youth, place → place, source/target → partner with domain unknown): 1 partner.")
    }

    /// The reader records typed values: the sample-like log without an actors file.
    @Test func theReaderRecordsTypedWarnings() throws {
        let log = try readLog("date,source,target,about,place,type\n2025-03-01,a,a,Y1,,overleg\n2025-03-02,a,b,,school,overleg")
        #expect(log.readingWarnings == [.kindsInferred(ids: 4, actorsFile: false, partners: 2, places: 1, youth: 1), .repeatedActor(rows: 1)])
        #expect(log.warnings == log.readingWarnings.map { $0.text(.en) })
    }
}
