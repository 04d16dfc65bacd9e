import Foundation
import Testing
@testable import Wijknet

/// `--columns` / `--actor-columns`: a log or actors file with its own header names.
@Suite("Column mapping")
struct ColumnMappingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let exportMapping = "date=Datum,source=Medewerker,target=Contact met,about=Jongere,place=Locatie,type=Soort contact,weight=Duur"

    func issue(_ body: () throws -> Void) -> InputIssue? {
        do { try body(); return nil } catch let e as WijknetError { return e.issues.first } catch { return nil }
    }

    @Test func parsesNamesCaseInsensitivelyAndTrimmed() throws {
        let m = try ColumnMapping(parsing: " Source = Medewerker , about=Jongere,datum=Wanneer", for: .log)
        #expect(m.headers == ["source": "Medewerker", "about": "Jongere", "date": "Wanneer"])
        #expect(m.order == ["source", "about", "date"])
        let a = try ColumnMapping(parsing: "id=Code,name=Naam,kind=Soort", for: .actors)
        #expect(a.headers["kind"] == "Soort")
    }

    @Test func unknownNameListsTheNamesThatExist() {
        for (text, file) in [("bron=Medewerker", ColumnMapping.File.log), ("code=Code", .actors), ("source", .log), ("source=", .log)] {
            #expect(throws: ColumnMapping.ParseError.self) { try ColumnMapping(parsing: text, for: file) }
        }
        // The library names no flag: the CLI words the mapping as its option (``InputProblemTests/FlagWording``).
        do { _ = try ColumnMapping(parsing: "date=Datum,bron=Medewerker", for: .log); Issue.record("no error") } catch let error as ColumnMapping.ParseError {
            #expect(error.text(.en) == "the column mapping: 'bron' is not a Wijknet column; known names: date, source, target, about, place, type, weight.")
            #expect(error.text(.en, InputProblemTests.FlagWording()) == "--columns: 'bron' is not a Wijknet column; known names: date, source, target, about, place, type, weight.")
        } catch { Issue.record("\(error)") }
        do { _ = try ColumnMapping(parsing: "id=Code,soortje=Soort", for: .actors); Issue.record("no error") } catch let error as ColumnMapping.ParseError {
            #expect(error.text(.en, InputProblemTests.FlagWording()).contains("--actor-columns: 'soortje' is not a Wijknet column; known names: id, name, kind, domain, organisation, neighbourhood, ordinary, municipality."))
        } catch { Issue.record("\(error)") }
    }

    @Test func exportWithMappingGivesTheSampleFigures() throws {
        let plain = try ContactLogReader().read(logPath: Self.root.appendingPathComponent("samples/zuiderhof/contacts.csv").path,
                                                actorsPath: Self.root.appendingPathComponent("samples/zuiderhof/actors.csv").path)
        let mapped = try ContactLogReader(columns: ColumnMapping(parsing: Self.exportMapping, for: .log))
            .read(logPath: Self.root.appendingPathComponent("samples/zuiderhof-export/export.csv").path,
                  actorsPath: Self.root.appendingPathComponent("samples/zuiderhof/actors.csv").path)
        let a = EcosystemSummary(Ecosystem(log: plain, pseudonyms: testKey))
        var b = EcosystemSummary(Ecosystem(log: mapped, pseudonyms: testKey))
        #expect(b.logFile != a.logFile)
        b.logFile = a.logFile
        #expect(a == b)
        #expect(a.rows.used == 2600)
    }

    @Test func missingColumnSuggestsAMapping() {
        let log = tempFile("Datum;Medewerker;Contact met;Jongere;Locatie;Soort contact\n2025-01-01;p-1;p-2;j-1;plek-1;overleg\n")
        let found = issue { _ = try ContactLogReader().read(logPath: log) }
        #expect(found?.line == 1)
        #expect(found?.hint(.en, InputProblemTests.FlagWording()) == "try --columns \"date=Datum,source=Medewerker,target=Contact met,about=Jongere,place=Locatie,type=Soort contact\"")
        #expect(found?.hint == "try the column mapping \"date=Datum,source=Medewerker,target=Contact met,about=Jongere,place=Locatie,type=Soort contact\"")
        #expect(found?.description.hasPrefix(log + ":1:1: error: the required column 'source' (Dutch: 'van') is missing from the header; found 'Datum', 'Medewerker'") == true)
        // English-ish headers, weight by duration.
        let other = tempFile("When (date),From,To,Client,Waar,Type,Duur\n2025-01-01,p-1,p-2,j-1,plek-1,overleg,2\n")
        #expect(issue { _ = try ContactLogReader().read(logPath: other) }?.hint(.en, InputProblemTests.FlagWording())
                == "try --columns \"date=When (date),source=From,target=To,about=Client,place=Waar,type=Type,weight=Duur\"")
    }

    @Test func suggestionNeverQuotesAYoungPersonsId() throws {
        // A header cell that is a young person's id (declared in the actors file) is not shown.
        let actors = tempFile("id,kind\novermars,youth\n", name: "actors.csv")
        let log = tempFile("Datum;Medewerker;Overmars\n2025-01-01;p-1;p-2\n")
        let found = issue { _ = try ContactLogReader(policy: .skipInvalid).read(logPath: log, actorsPath: actors) }
        #expect(found?.hint(.en, InputProblemTests.FlagWording()) == "try --columns \"date=Datum,source=Medewerker,about=<header of column 3>\"")
        #expect(found?.hint(.nl, InputProblemTests.FlagWording()) == "voorstel: --columns \"datum=Datum,van=Medewerker,over=<kopje van kolom 3>\"")
        #expect(found?.message.lowercased().contains("overmars") == false)
    }

    @Test func mappedHeaderMissingFromTheFileListsTheHeaders() throws {
        let log = tempFile("Datum;Medewerker;Jongere\n2025-01-01;p-1;j-1\n")
        let found = issue { _ = try ContactLogReader(columns: ColumnMapping(parsing: "date=Datum,source=Medewerkers", for: .log)).read(logPath: log) }
        #expect(found?.description(.en, InputProblemTests.FlagWording()) == "\(log):1:1: error: --columns maps 'source' to the header 'Medewerkers', which the file does not have; its headers are 'Datum', 'Medewerker', 'Jongere'.\n  fix: write the header as it stands in the first row (case and surrounding spaces do not matter).")
        let actors = tempFile("Code;Naam\np-1;Anna\n", name: "actors.csv")
        let a = issue { _ = try ContactLogReader(actorColumns: ColumnMapping(parsing: "id=Code,kind=Soort", for: .actors)).read(logPath: log, actorsPath: actors) }
        #expect(a?.file == actors && a?.line == 1)
        #expect(a?.message(.en, InputProblemTests.FlagWording()) == "--actor-columns maps 'kind' to the header 'Soort', which the file does not have; its headers are 'Code', 'Naam'.")
    }

    @Test func actorColumnsAreMapped() throws {
        let actors = tempFile("Code;Naam;Soort;Sector\np-1;Anna;partner;zorg\nj-1;Lotte;jongere;\n", name: "actors.csv")
        let log = tempFile("datum,van,over\n2025-01-01,p-1,j-1\n")
        let read = try ContactLogReader(actorColumns: ColumnMapping(parsing: "id=Code,name=Naam,kind=Soort,domain=Sector", for: .actors))
            .read(logPath: log, actorsPath: actors)
        #expect(read.actors.count == 2)
        #expect(read.actors[0].id == "p-1" && read.actors[0].name == "Anna" && read.actors[0].domain == .care)
        #expect(read.actors[1].kind == .youth)
        #expect(read.stats.rowsUsed == 1)
    }
}
