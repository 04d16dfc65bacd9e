import Testing
import WijknetTestSupport
import Wijknet

/// The per-period loop of `--period`: every calendar period listed, the figures of each derived
/// by hand.
@Suite("Time series per calendar period")
struct TimeSeriesTests {
    /// Two quarters, February empty. Partners A (social), B (care), C (safety), D (social);
    /// young person Y.
    ///
    ///     r1 2025-01-10        A–B
    ///     r2 2025-01-20        B–C
    ///     r3 2025-03-31 23:59  A–C about Y     (the last minute of Q1: counted in March and Q1)
    ///     r4 2025-04-15        A–B
    ///     r5 2025-05-20        B–D
    ///
    /// Months 2025-01 (partial: starts on the 10th) … 2025-05 (partial: ends on the 20th):
    ///   2025-01: 2 contacts; A, B, C; ties A-B, B-C (2); B lies on the only path A–B–C:
    ///            betweenness 1 pair / ((3−1)(3−2)/2 = 1) = 1.0; degree of B 2.
    ///   2025-02: nothing: 0 contacts, 0 actors, 0 ties, 0 components, density undefined.
    ///   2025-03: 1 contact; A, C, Y; ties A-C, A-Y, C-Y (3).
    ///   2025-04: 1 contact; A, B; 1 tie.     2025-05: 1 contact; B, D; 1 tie.
    /// Quarters:
    ///   2025-Q1 (partial): 3 contacts; A, B, C, Y (4 actors, 3 partners); ties A-B, B-C, A-C,
    ///            A-Y, C-Y (5); degree of A 3 (B, C, Y); one component; density 5/6.
    ///   2025-Q2 (partial): 2 contacts; A, B, D; ties A-B, B-D (2); degree of A 1; B on the path
    ///            A–B–D: betweenness 1.0.
    static let log = KnownLogs.twoQuarters.log
    static let actors = KnownLogs.twoQuarters.actors

    func series(_ unit: PeriodUnit, _ range: Period = .all) throws -> TimeSeries<(SummaryFigures, AnalysisFigures)> {
        let log = try readLog(Self.log, actors: Self.actors)
        return try log.timeSeries(unit, within: range, pseudonyms: testKey) { eco in
            (SummaryFigures(eco), AnalysisFigures(try AnalysisResult(eco, options: AnalysisOptions())))
        }
    }

    func partner(_ f: AnalysisFigures, _ id: String) -> AnalysisFigures.Partner? { f.partners.first { $0.id == id } }

    @Test func monthsKeepTheEmptyMonth() throws {
        let s = try series(.month)
        #expect(s.entries.map(\.period.label) == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"])
        #expect(s.entries.map(\.period.partial) == [true, false, false, false, true])
        #expect(s.entries.map(\.contacts) == [2, 0, 1, 1, 1])
        #expect(s.entries.map(\.value.0.ties) == [2, 0, 3, 1, 1])
        #expect(s.entries.map(\.value.0.actorsActive) == [3, 0, 3, 2, 2])
        let jan = s.entries[0].value.1
        #expect(partner(jan, "B")?.degree == 2 && partner(jan, "B")?.betweenness == 1.0)
        #expect(partner(jan, "A")?.betweenness == 0)
        // The empty month: zero counts, undefined ratios nil (never NaN).
        let feb = s.entries[1].value
        #expect(feb.0.contacts == 0 && feb.0.actorsActive == 0 && feb.0.partners == 0 && feb.0.ties == 0 && feb.0.components == 0)
        #expect(feb.0.density == nil)
        #expect(feb.1.nodes == 0 && feb.1.edges == 0 && feb.1.components == 0 && feb.1.partners.isEmpty)
        #expect(feb.1.density == nil && feb.1.ei == nil && feb.1.modularity == nil)
        #expect(s.entries[0].days == Period(from: Calendar.parseDay("2025-01-10"), to: Calendar.parseDay("2025-01-31")))
    }

    @Test func quartersAndTheLastMinuteOfMarch() throws {
        let s = try series(.quarter)
        #expect(s.entries.map(\.period.label) == ["2025-Q1", "2025-Q2"])
        #expect(s.entries.map(\.period.partial) == [true, true])
        let q1 = s.entries[0].value, q2 = s.entries[1].value
        #expect(s.entries[0].contacts == 3 && s.entries[1].contacts == 2)   // 31-03 23:59 is in Q1
        #expect(q1.0.ties == 5 && q1.0.actorsActive == 4 && q1.0.partners == 3 && q1.0.components == 1)
        #expect(abs((q1.0.density ?? 0) - 5.0 / 6) < 1e-12)
        #expect(partner(q1.1, "A")?.degree == 3)
        #expect(q2.0.ties == 2 && partner(q2.1, "A")?.degree == 1)
        #expect(partner(q2.1, "B")?.betweenness == 1.0 && partner(q2.1, "C") == nil)   // C not active in Q2
        #expect(!q1.1.partners.contains { $0.id == "Y" })                               // partners only
    }

    @Test func fromToClipsTheSeries() throws {
        let range = Period(from: Calendar.parseDay("2025-02-15"), to: Calendar.parseDay("2025-04-30"))
        let s = try series(.month, range)
        #expect(s.entries.map(\.period.label) == ["2025-02", "2025-03", "2025-04"])
        #expect(s.entries.map(\.period.partial) == [true, false, false])
        #expect(s.entries.map(\.contacts) == [0, 1, 1])
        // A range beyond the log still lists its periods (empty).
        let later = try series(.year, Period(from: Calendar.parseDay("2025-06-01"), to: Calendar.parseDay("2026-02-01")))
        #expect(later.entries.map(\.period.label) == ["2025", "2026"] && later.entries.map(\.contacts) == [0, 0])
    }

    @Test func yearIsTheWholeLog() throws {
        let s = try series(.year)
        #expect(s.entries.count == 1 && s.entries[0].contacts == 5 && s.entries[0].value.0.ties == 6)   // A-B B-C A-C A-Y C-Y B-D
    }
}
