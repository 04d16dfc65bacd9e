import Foundation
import Testing
@testable import Wijknet

/// Issue 22 §1: who is a young person, and what a young person carries out of the tool.
@Suite("Young people: the about rule, kind-less actors files, nothing but a pseudonym")
struct YouthRuleTests {
    /// wt and jw talk about Y1 and Y2 at the square; Y1 and Y2 are only ever in the about column.
    static let log = """
        date,source,target,about,place
        2025-03-01,wt,jw,Y1,plein
        2025-03-02,wt,jw,Y2,plein
        2025-03-03,jw,pol,,
        """

    @Test func anActorsFileWithoutKindColumnIsAProblemOfItsHeader() throws {
        let actors = "id,name,domain\nwt,Wijkteam,social\njw,Jongerenwerk,social\nY1,Sanne de Vries,\nY2,Mo Bakker,\n"
        let issue = try #require(firstIssue(Self.log, actors: actors))
        #expect(issue.file.hasSuffix("actors.csv") && issue.line == 1)
        #expect(issue.message.contains("has no kind column") && issue.hint.contains("soort"))
        // Skipped: the rows stay, and the about column still makes Y1 and Y2 young people.
        let read = try readLog(Self.log, actors: actors, policy: .skipInvalid)
        #expect(read.stats.issueCount == 1)
        for id in ["Y1", "Y2"] { #expect(read.actors[read.actorIndex[id]!].kind == .youth) }
        #expect(read.actors[read.actorIndex["wt"]!].kind == .partner && read.actors[read.actorIndex["wt"]!].domain == .social)
    }

    @Test func aKindColumnThatNoRowFillsInIsTheSameProblem() throws {
        let actors = "id,name,kind\nwt,Wijkteam,\nY1,Sanne de Vries,\n"
        #expect(firstIssue(Self.log, actors: actors)?.message.contains("no row fills it in") == true)
    }

    @Test func rowsWithoutKindTakeItFromTheLog() throws {
        let actors = "id,name,kind,domain\nwt,Wijkteam,partner,social\nY1,Sanne de Vries,,\nplein,Het Plein,,\n"
        let read = try readLog(Self.log, actors: actors)
        #expect(read.actors[read.actorIndex["Y1"]!].kind == .youth)
        #expect(read.actors[read.actorIndex["plein"]!].kind == .place)
        #expect(read.warnings.contains { $0.contains("2 actor row(s) have no kind") })
    }

    @Test func anIdInTheAboutColumnIsAYoungPersonWhateverItsRowSays() throws {
        let actors = "id,name,kind,domain\nwt,Wijkteam,partner,social\njw,Jongerenwerk,partner,social\nY1,Sanne de Vries,partner,social\n"
        let issue = try #require(firstIssue(Self.log, actors: actors))
        #expect(issue.file.hasSuffix("actors.csv") && issue.line == 4, "the row, by its line")
        #expect(issue.message.contains("declares a partner") && issue.hint.contains("line 2 of"))
        #expect(!issue.description.contains("Y1") && !issue.description.contains("Sanne"))
        let read = try readLog(Self.log, actors: actors, policy: .skipInvalid)
        let y1 = read.actors[read.actorIndex["Y1"]!]
        #expect(y1.kind == .youth && y1.domain == .none)
        #expect(read.stats.issueCount == 1)
    }

    @Test func youngPeopleKeepNoAttributeButASharedNeighbourhood() throws {
        // organisation ← name and neighbourhood ← name for everyone (a mapping gone wrong), and
        // one young person whose neighbourhood is also a partner's.
        let actors = """
            id,naam,soort,org,wijk
            wt,Wijkteam,partner,Wijkteam,Zuid
            jw,Jongerenwerk,partner,Jongerenwerk,Jongerenwerk
            Y1,Sanne de Vries,jongere,Sanne de Vries,Sanne de Vries
            Y2,Mo Bakker,jongere,,Zuid
            """
        let reader = ContactLogReader(actorColumns: try ColumnMapping(parsing: "organisation=org,neighbourhood=wijk", for: .actors))
        let read = try reader.read(logPath: tempFile(Self.log), actorsPath: tempFile(actors, name: "actors.csv"))
        let y1 = read.actors[read.actorIndex["Y1"]!], y2 = read.actors[read.actorIndex["Y2"]!]
        #expect(y1.organisation == nil && y1.neighbourhood == nil && y1.municipality == nil)
        #expect(y2.neighbourhood == "Zuid", "a partner's neighbourhood still places the young person")
        #expect(y1.name == "Sanne de Vries", "kept for --show-youth-names, shown by nothing else")
        #expect(read.unitSplit(by: .neighbourhood).names == ["Jongerenwerk", "Zuid"])
    }

    @Test func outputsListYoungPeopleByPseudonymNotByTheActorsFile() throws {
        let ids = (1...12).map { "Y\($0)" }
        let log = "date,source,target,about\n" + ids.map { "2025-03-01,wt,jw,\($0)" }.joined(separator: "\n")
        func order(_ youth: [String]) throws -> (ids: [String], metrics: [String]) {
            let actors = "id,kind,domain\nwt,partner,social\njw,partner,social\n" + youth.map { "\($0),youth," }.joined(separator: "\n")
            let eco = Ecosystem(log: try readLog(log, actors: actors), pseudonyms: testKey)
            let analysis = try AnalysisResult(eco, options: AnalysisOptions())
            return (eco.outputOrder().map { eco.exportID(of: $0) }, analysis.actors.map(\.id))
        }
        let forward = try order(ids), backward = try order(ids.reversed())
        #expect(forward.ids == backward.ids && forward.metrics == backward.metrics)
        #expect(forward.ids.prefix(2) == ["wt", "jw"])
        let pseudonyms = Array(forward.ids.dropFirst(2))
        #expect(pseudonyms == pseudonyms.sorted() && pseudonyms.allSatisfy { $0.hasPrefix("J-") })
        #expect(forward.metrics == forward.ids)
    }
}

/// Issue 22 §2: the order of day and month, per file.
@Suite("Dates: day and month order decided per file")
struct DateOrderTests {
    func day(_ log: ContactLog, _ r: Int) -> String { Calendar.isoDate(Calendar.day(ofTimestamp: log.time[r])) }

    @Test func parts() throws {
        var text = "01/13/2025 09:30"
        let p = try #require(text.withUTF8 { Calendar.dateParts($0) })
        #expect(p.a == 1 && p.b == 13 && !p.isAmbiguous && p.timestamp(.dayFirst) == nil)
        #expect(p.timestamp(.monthFirst) == Int64(Calendar.dayNumber(year: 2025, month: 1, day: 13)) * 86_400 + 9 * 3600 + 30 * 60)
        text = "2025-02-01"
        #expect(text.withUTF8 { Calendar.dateParts($0) }?.timestamp(.monthFirst) == Calendar.parseTimestamp("01-02-2025"))
        #expect(DateOrder(parsing: "mm/dd/yyyy") == .monthFirst && DateOrder(parsing: "DD-MM-YYYY") == .dayFirst && DateOrder(parsing: "ymd") == nil)
    }

    @Test func aFileThatCannotTellIsReadDayFirstAndSaysSo() throws {
        let read = try readLog("date,source,target\n01/02/2025,a,b\n05/05/2025,a,c\n03/04/2025,b,c\n")
        #expect(day(read, 0) == "2025-02-01" && day(read, 2) == "2025-04-03")
        #expect(read.notes.count == 1 && read.notes[0].contains("line 2") && read.notes[0].contains("read day-first"))
    }

    @Test func oneMonthFirstDateTurnsTheWholeFile() throws {
        let read = try readLog("date,source,target\n01/02/2025,a,b\n05/05/2025,a,c\n03/04/2025,b,c\n12/25/2025 10:00,a,b\n")
        #expect([0, 1, 2, 3].map { day(read, $0) } == ["2025-01-02", "2025-05-05", "2025-03-04", "2025-12-25"])
        #expect(read.time[3] % 86_400 == 36_000)
        #expect(read.notes == ["\(read.fileName): dates were read month-first (MM-DD-YYYY), as line 5 shows (its second number is above 12)."])
    }

    @Test func aDayPastTheTwelfthSettlesDayFirstWithoutANote() throws {
        let read = try readLog("date,source,target\n01/02/2025,a,b\n13/02/2025,a,c\n")
        #expect(day(read, 0) == "2025-02-01" && read.notes.isEmpty)
    }

    @Test func bothKindsInOneFileIsAProblem() throws {
        let log = "date,source,target\n13/02/2025,a,b\n02/13/2025,a,c\n01/02/2025,b,c\n"
        let issue = try #require(firstIssue(log))
        #expect(issue.message.contains("mixes day-first and month-first") && issue.message.contains("line 2") && issue.message.contains("line 3"))
        #expect(try readLog(log, policy: .skipInvalid).stats.rowsUsed == 3)
    }

    @Test func aForcedOrderReadsEveryDateThatWay() throws {
        let log = "date,source,target\n01/02/2025,a,b\n13/02/2025,a,c\n"
        let path = tempFile(log)
        let month = try? ContactLogReader(dateOrder: .monthFirst).read(logPath: path)
        #expect(month == nil, "13 is no month")
        let issue = try #require({ () -> InputIssue? in
            do { _ = try ContactLogReader(dateOrder: .monthFirst).read(logPath: path); return nil } catch let e as WijknetError { return e.issues.first }
        }())
        #expect(issue.line == 3 && issue.message.contains("not a date in the order MM-DD-YYYY"))
        let day = try ContactLogReader(dateOrder: .dayFirst).read(logPath: path)
        #expect(self.day(day, 0) == "2025-02-01" && day.notes.isEmpty)
    }

    @Test func aStreamingReadStartsOverWhenTheFileTurnsMonthFirst() throws {
        let path = tempFile("date,source,target\n01/02/2025,a,b\n03/04/2025,a,c\n12/25/2025,b,c\n")
        var days: [String] = [], startedOver = 0
        let log = try ContactLogReader().read(logPath: path, eachRow: { days.append(Calendar.isoDate(Calendar.day(ofTimestamp: $0.time))) },
                                              startOver: { startedOver += 1; days = [] })
        #expect(startedOver == 1 && days == ["2025-01-02", "2025-03-04", "2025-12-25"])
        #expect(log.notes.count == 1 && log.notes[0].contains("line 4") && log.stats.rowsUsed == 3)
    }
}

/// Issue 22 §2 and §3: many bad rows are summarised, and a strict read stops at the first.
@Suite("Many problems: summarised by kind; a strict read stops at the first")
struct ManyProblemsTests {
    @Test func repeatedProblemsAreOneEntryWithCountAndRange() throws {
        var log = "date,source,target\n"
        for i in 0..<1_500 { log += "99/99/2025,a\(i),b\n" }
        log += "2025-01-01,a,b,c\n"
        let read = try readLog(log, policy: .skipInvalid)
        #expect(read.stats.issueKinds.count == 2 && read.stats.issueKinds[0].count == 1_500)
        let lines = read.stats.summarisedProblems()
        #expect(lines.count == 2)
        #expect(lines[0].contains(":2:1: error: the date") && lines[0].contains("and 1,499 more like it (1,500 in all), first at line 2, last at line 1,501."))
        #expect(lines[1].contains("fields"))
        #expect(read.stats.summarisedProblems(kinds: 1).last == "… and 1 more problems of 1 other kinds.")
    }

    @Test func aStrictReadStopsAtTheFirstProblemAndStillHidesLaterYoungPeople() throws {
        // Line 2's date cell is a young person's id, which only a later row names (about).
        var log = "date,source,target,about\nY-late,a,b,\n"
        for _ in 0..<2_000 { log += "2025-01-01,a,b,\n" }
        log += "2025-01-02,a,b,Y-late\n"
        let path = tempFile(log)
        do {
            _ = try ContactLogReader().read(logPath: path)
            Issue.record("a strict read must throw")
        } catch let e as WijknetError {
            #expect(e.issues.first?.line == 2 && !e.description.contains("Y-late"))
        }
        let skipped = try ContactLogReader(policy: .skipInvalid).read(logPath: path)
        #expect(skipped.stats.rowsUsed == 2_001)
    }

    @Test func aStrictReadUsesNoRowAfterItsFirstProblem() throws {
        let path = tempFile("date,source,target\nnot a date,a,b\n" + String(repeating: "2025-01-01,a,b\n", count: 100))
        var used = 0
        #expect(throws: WijknetError.self) { _ = try ContactLogReader().read(logPath: path, eachRow: { _ in used += 1 }, startOver: {}) }
        #expect(used == 0, "the rows after line 2 are scanned for young people's ids, not read as contacts")
    }

    /// A header row of many unknown columns makes a warning of a line: twenty named, the rest counted.
    @Test func aWideHeaderIsNamedInPart() throws {
        let extra = (0..<50).map { "x\($0)" }
        let read = try readLog("date,source,target," + extra.joined(separator: ",") + "\n2025-01-01,a,b" + String(repeating: ",", count: 50) + "\n")
        let warning = try #require(read.warnings.first { $0.contains("ignored 50 column(s)") })
        #expect(warning.contains("'x19' and 30 more.") && !warning.contains("'x20'"))
        let missing = firstIssue((0..<50).map { "y\($0)" }.joined(separator: ",") + "\n")
        #expect(missing?.message.hasSuffix("'y19' and 30 more.") == true, "\(missing?.message ?? "")")
    }
}
