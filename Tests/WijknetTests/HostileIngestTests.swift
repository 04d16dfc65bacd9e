import Foundation
import Testing
@testable import Wijknet

/// The ingest rules behind the hostile corpus, checked on the library directly.
@Suite("Hostile ingest")
struct HostileIngestTests {
    // The tokenizer's rules (a stray quote costs one row, a NUL one row, Excel's `sep=` hint and
    // trimming) are WijknetIngestTests' `CSV format`; here, what the log reader makes of them.

    @Test func paddedAndBlankIdsAreOneActorOrNone() throws {
        let log = try readLog("datum,van,naar,over\n01-03-2025,w1,s1,\" J1\"\n02-03-2025,w1,s1,\"J1 \"\n03-03-2025,w1,\"   \",J1\n04-03-2025,\"\t\",w1,J1\n",
                              actors: "id,soort\nJ1,jongere\n")
        #expect(log.actors.map(\.id) == ["J1", "w1", "s1"])
        #expect(log.stats.rowsUsed == 4)
    }

    @Test func nfcAndNfdAreOneId() throws {
        let log = try readLog("datum,van,over\n01-03-2025,w1,Zoe\u{0308}\n02-03-2025,w1,Zo\u{00EB}\n", actors: "id,soort\nZo\u{00EB},jongere\n")
        #expect(log.actors.count == 2 && log.actors[0].kind == .youth)
    }

    @Test func anInvalidActorRowThatNamesAYoungPersonKeepsTheIdAsYouth() throws {
        let log = try readLog("datum,van,over\n01-03-2025,w1,J9\n", actors: "id,naam,soort,domein\nJ9,Lotte,jongere,zorg\nJ8,jongere,Daan,\n", policy: .skipInvalid)
        #expect(log.actors.filter { $0.kind == .youth }.map(\.id) == ["J9", "J8"])
        #expect(log.stats.actorRowsRead == 2 && log.stats.actorRowsSkipped == 2 && log.stats.actorRowsKeptAsYouth == 2)
        #expect(log.stats.issues.allSatisfy { $0.file.hasSuffix("actors.csv") && !$0.message.contains("Daan") && !$0.message.contains("Lotte") })
    }

    /// A cell is quoted only when it cannot be a young person's: not from `about`, not from a
    /// youth row, not equal to any youth id declared anywhere — even further down the file.
    @Test func messagesQuoteOnlyCellsThatCannotBeAYoungPersons() {
        #expect(firstIssue("datum,van,over\nJ77,w1,x\n02-03-2025,w1,J77\n")?.message == "the date in column 1 (datum) cannot be read.")
        #expect(firstIssue("datum,van,over\nmorgen,w1,x\n02-03-2025,w1,J77\n")?.message == "the date 'morgen' cannot be read.")
        #expect(firstIssue("datum,van,over,gewicht\n01-03-2025,w1,J1,J1\n")?.message == "the weight in column 4 (gewicht) is not a number from 0,000001 to 1.000.000.")
        #expect(firstIssue("01-03-2025,w1,J1\n")?.message.contains("looks like data") == true)
        #expect(firstIssue("datum,van\n\u{1B}[31mrood,w1\n")?.message == "the date '\\u{1B}[31mrood' cannot be read.")
    }

    /// A graph's row is a tie, the sum of its contacts: its weight may pass a contact's 10⁶
    /// (issue 28: the national edge-list export's heaviest tie sums to 1.27 million), up to 10¹⁶.
    @Test func aTieMaySumMoreThanAContactMay() throws {
        let ties = try readLog("source,target,weight\n0,1,1270000\n1,2,1e16\n")
        #expect(ties.weight == [1_270_000, 1e16])
        #expect(firstIssue("van,naar,gewicht\na,b,2e16\n")?.message == "the weight '2e16' of this tie is not a number from 0,000001 to 10.000.000.000.000.000.")
        #expect(firstIssue("datum,van,naar,gewicht\n01-03-2025,a,b,1000001\n")?.message == "the weight '1000001' is not a number from 0,000001 to 1.000.000.")
    }

    /// The cheap test before each cell of an actors row is parsed never turns a youth word away
    /// (a young person's row would lose its privacy): every cell here that parses as youth
    /// passes it, with padding, capitals, a CR LF pair or a combining mark.
    @Test func theYouthWordPrefilterNeverTurnsAYouthWordAway() {
        let cells = ["youth", "YOUTH", " Jongere\t", "\tYoung Person ", "\r\nyoung person", "young person\r\n", "\u{0301}youth",
                     " \u{0301}youth", "jongere\u{0301}", "Jongerenwerk", "yoga", "partner", "", "  ", "\u{0130}outh", "\u{FF59}outh", "plek"]
        for c in cells where ActorKind(parsing: c) == .youth {
            #expect(ActorKind.mayBeYouthWord(c), "\(c.debugDescription)")
        }
        #expect(cells.filter { ActorKind(parsing: $0) == .youth } == ["youth", "YOUTH", " Jongere\t", "\tYoung Person "])
        #expect(!ActorKind.mayBeYouthWord("Basisschool") && !ActorKind.mayBeYouthWord(" \r\n") && !ActorKind.mayBeYouthWord("\u{FF59}outh"))
        #expect(ActorKind.mayBeYouthWord("Jongerenwerk"), "a partner's name may start like one: parsed in full then")
    }

    @Test func weightsAreBoundedSoSumsStayFinite() {
        #expect(firstIssue("datum,van,naar,gewicht\n01-03-2025,a,b,1e308\n")?.column == 16)
        #expect(firstIssue("datum,van,naar,gewicht\n01-03-2025,a,b,1000000\n") == nil)
        #expect(firstIssue("datum,van,naar,gewicht\n01-03-2025,a,b,0,0000001\n") != nil)
    }

    @Test func thousandsWithADotAreAmbiguousWhereCommasAreDecimal() throws {
        #expect(firstIssue("datum;van;naar;gewicht\n01-03-2025;a;b;1.000\n")?.message.contains("ambiguous") == true)
        let log = try readLog("datum,van,naar,gewicht\n01-03-2025,a,b,1.000\n02-03-2025,a,b,\"1,5\"\n")
        #expect(log.weight == [1.0, 1.5])
        #expect(log.warnings.contains { $0.contains("1.000") && $0.contains("line 2") })
    }

    @Test func contactTypesFoldNonASCIICase() throws {
        let log = try readLog("datum,van,naar,soort\n01-03-2025,a,b,\u{00C9}\u{00E9}n\n02-03-2025,a,b,\u{00E9}\u{00E9}n\n03-03-2025,a,b,E\u{0301}e\u{0301}n\n")
        #expect(log.contactTypes == ["\u{00E9}\u{00E9}n"])
    }

    @Test func aRepeatedHeaderSwitchesTheColumnOrder() throws {
        let log = try readLog("datum,van,over\n01-03-2025,w1,J1\nover,datum,van\nJ2,02-03-2025,w2\n")
        #expect(log.stats.rowsRead == 3 && log.stats.rowsUsed == 2 && log.stats.rowsSkipped == 1)
        #expect(log.actors.filter { $0.kind == .youth }.map(\.id) == ["J1", "J2"])
    }
}

/// Calendar periods: labels, boundaries, partial ends, empty periods kept.
@Suite("Calendar periods")
struct CalendarPeriodTests {
    @Test func quartersFromMidFebruaryToMidMayWithPartialEnds() {
        let from = Calendar.dayNumber(year: 2025, month: 2, day: 14), to = Calendar.dayNumber(year: 2025, month: 5, day: 2)
        let q = PeriodUnit.quarter.periods(covering: from...to)
        #expect(q.map(\.label) == ["2025-Q1", "2025-Q2"] && q.map(\.partial) == [true, true])
        #expect(q[0].period.to == Calendar.dayNumber(year: 2025, month: 3, day: 31))
        #expect(q[1].period.from == Calendar.dayNumber(year: 2025, month: 4, day: 1))
        let m = PeriodUnit.month.periods(covering: from...to)
        #expect(m.map(\.label) == ["2025-02", "2025-03", "2025-04", "2025-05"] && m.map(\.partial) == [true, false, false, true])
    }

    @Test func wholeYearsAreNotPartialAndLeapDaysCount() {
        let y = PeriodUnit.year.periods(covering: Calendar.dayNumber(year: 2024, month: 1, day: 1)...Calendar.dayNumber(year: 2025, month: 12, day: 31))
        #expect(y.map(\.label) == ["2024", "2025"] && y.allSatisfy { !$0.partial })
        let feb = PeriodUnit.month.period(containing: Calendar.dayNumber(year: 2024, month: 2, day: 29))
        #expect(feb.label == "2024-02" && feb.period.to! - feb.period.from! == 28)
    }

    @Test func aContactAt2359OnTheLastDayOfAQuarterBelongsToIt() throws {
        let log = try readLog("date,source,target\n2025-03-31T23:59,a,b\n2025-07-01,a,b\n")
        let q = log.periods(.quarter)
        #expect(q.map(\.label) == ["2025-Q1", "2025-Q2", "2025-Q3"])   // Q2 has no contacts and is listed
        #expect(q.first!.period.contains(day: Calendar.day(ofTimestamp: log.time[0])))
    }
}
