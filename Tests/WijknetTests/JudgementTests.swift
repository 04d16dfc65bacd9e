import Foundation
import Testing
import WijknetTestSupport
@testable import Wijknet

/// Issue 24: every finding set beside a reference, judged a concern or a strength, and ranked.
@Suite("Findings against a reference")
struct JudgementTests {
    /// Three domains of four partners each. Inside each domain every pair is tied (3 × C(4,2) =
    /// 18 ties); between each pair of domains 4 ties (12). So T = 30 ties, 12 of them across.
    ///
    /// By hand: n = 12 partners, C(12,2) = 66 possible pairs, of which I* = 3 · C(4,2) = 18
    /// inside a domain and E* = 48 across. Chance puts 48/66 = 72.7% of the ties across; here
    /// 12/30 = 40%: 0.40 / 0.7273 = 0.55 of chance, below ¾, so "partners keep to their own
    /// domain" is a concern with score 1 − 0.55 = 0.45 (medium). Per pair of domains chance
    /// gives 30 · 16/66 = 7.27 ties; 4 is not below half of that (3.64), so no pair is a gap —
    /// the old absolute rule (≤ 2 ties) would not have seen this network either.
    static var segregated: String {
        var rows = ["date,source,target,about,place,type"]
        let domains = ["s", "c", "v"]
        for d in domains { for i in 1...3 { for j in (i + 1)...4 { rows.append("2025-03-01,\(d)\(i),\(d)\(j),,,overleg") } } }
        for (a, b) in [("s", "c"), ("s", "v"), ("c", "v")] { for i in 1...4 { rows.append("2025-03-02,\(a)\(i),\(b)\(i),,,overleg") } }
        return rows.joined(separator: "\n")
    }
    static var segregatedActors: String {
        let names = ["s": "social", "c": "care", "v": "safety"]
        return (["id,kind,domain"] + ["s", "c", "v"].flatMap { d in (1...4).map { "\(d)\($0),partner,\(names[d]!)" } }).joined(separator: "\n")
    }

    @Test func domainsThatKeepToThemselvesAreAFindingAgainstChance() throws {
        let g = GapsAnalysis(Ecosystem(log: try readLog(Self.segregated, actors: Self.segregatedActors), pseudonyms: testKey))
        #expect(g.domainGaps.ties == 30)
        #expect(abs(g.domainGaps.crossShare - 0.4) < 1e-12)
        #expect(abs(g.domainGaps.crossShareExpected - 48.0 / 66.0) < 1e-12)
        #expect(g.domainGaps.pairs.allSatisfy { abs($0.expected - 30.0 * 16 / 66) < 1e-12 && $0.ties == 4 })
        #expect(g.domainGaps.gaps.isEmpty)
        let apart = try #require(g.judgements.first { $0.kind == "domains_apart" })
        #expect(apart.verdict == .concern && apart.referenceKind == .chance)
        #expect(abs(apart.score - (1 - 0.4 / (48.0 / 66.0))) < 1e-12)
        #expect(apart.severity == .medium)
    }

    /// The same partners mixing at random-like rates: no concern about domains, but a strength.
    @Test func domainsThatMixAreAStrength() throws {
        // Each partner tied to one partner of each other domain and none of its own.
        var rows = ["date,source,target,about,place,type"]
        for (a, b) in [("s", "c"), ("s", "v"), ("c", "v")] { for i in 1...4 { rows.append("2025-03-02,\(a)\(i),\(b)\(i),,,overleg") } }
        let g = GapsAnalysis(Ecosystem(log: try readLog(rows.joined(separator: "\n"), actors: Self.segregatedActors), pseudonyms: testKey))
        let apart = try #require(g.judgements.first { $0.kind == "domains_apart" })
        // 12 of 12 ties across, chance 72.7%: ratio 1.375, margin min(1, 0.375).
        #expect(apart.verdict == .strength && abs(apart.score - 0.375) < 1e-12)
    }

    /// A small neighbourhood whose scores are derived by hand, to pin the verdict's order.
    ///
    /// Partners: wt (Wijkteam, social), jgz (care), pol (safety), club (social, ordinary).
    /// Young people Y1…Y5. Ties: wt–jgz, wt–pol; wt sees Y1…Y5, jgz Y1 and Y5, pol Y5, club Y1.
    /// - boundary work: among partners only wt brokers (jgz–pol, across): 100% of it against at
    ///   most ⅓ → score (1 − ⅓)/(1 − ⅓) = 1.
    /// - not seen by team: club is the only ordinary resource and has no tie to wt: 1 of 1 → 1.
    /// - single point: without wt, Y2, Y3, Y4 lose their only partner and Y5 its only social
    ///   one; Y1 keeps club: 4 of 5 young people → 0.8.
    /// - ordinary life: 1 of 5 (Y1, via club) against at least ¾ → (0.75 − 0.2)/0.75 = 0.7333.
    /// - signals: 4 (Y1…Y4, from wt), 1 followed up by another domain (jgz, 2 days) → 25%
    ///   against at least ½ → (0.5 − 0.25)/0.5 = 0.5.
    /// - fragmentation: Y1 (wt, jgz, club: 1 of 3 pairs tied, 0.33 < 0.5) yes, Y5 (wt, jgz, pol:
    ///   2 of 3) no → ½ against at most 10% → (0.5 − 0.1)/0.9 = 0.4444.
    /// - one domain only: Y2, Y3, Y4 of 5 = 60% against at most ½ → (0.6 − 0.5)/0.5 = 0.2.
    /// - domains: partner ties 2, both across: fewer than the 10 ties the mixing of domains is
    ///   judged from, so neither a concern nor a strength. No pair is a gap: chance gives
    ///   care–safety ⅓ of a tie, below the one tie a gap needs.
    /// Equal scores keep the kinds' fixed order (boundary work before not seen by team).
    static let small = KnownLogs.verdictLog
    static let smallActors = """
        id,name,kind,domain,ordinary
        wt,Wijkteam,partner,social,nee
        jgz,JGZ,partner,care,nee
        pol,Politie,partner,safety,nee
        club,Voetbalclub,partner,social,ja
        Y1,,youth,,
        Y2,,youth,,
        Y3,,youth,,
        Y4,,youth,,
        Y5,,youth,,
        """

    @Test func theVerdictsOrderFollowsTheScoresDerivedByHand() throws {
        let g = GapsAnalysis(Ecosystem(log: try readLog(Self.small, actors: Self.smallActors), pseudonyms: testKey))
        let expected: [(String, Judgement.Verdict, Double)] = [
            ("boundary_work", .concern, 1), ("not_seen_by_team", .concern, 1), ("single_point", .concern, 0.8),
            ("ordinary_life", .concern, 0.55 / 0.75), ("signals", .concern, 0.5), ("fragmentation", .concern, 0.4 / 0.9),
            ("one_domain_youth", .concern, 0.2),
        ]
        #expect(g.judgements.map(\.kind) == expected.map(\.0))
        for (j, e) in zip(g.judgements, expected) {
            #expect(j.verdict == e.1, "\(j.kind)")
            #expect(abs(j.score - e.2) < 1e-12, "\(j.kind): \(j.score) ≠ \(e.2)")
        }
        #expect(g.judgements.map(\.severity) == [.high, .high, .high, .high, .high, .medium, .low])
        #expect(g.domainGaps.gaps.isEmpty)
    }

    /// A goal on ties between two domains does not set a reference, but the finding names it.
    @Test func aFindingNamesTheGoalItTouches() throws {
        var options = GapsOptions()
        let goal = Goal(name: "Zorg en veiligheid kennen elkaar", measure: .tie, between: [.domain(.safety), .domain(.care)], target: .tieExists)
        options.references = options.references.adopting([goal], signalDays: 14)
        #expect(options.references.touchedGoals["domain_gap:care|safety"] == [goal.name])
        let g = GapsAnalysis(Ecosystem(log: try readLog(Self.segregated, actors: Self.segregatedActors), pseudonyms: testKey), options: options)
        let apart = try #require(g.judgements.first { $0.kind == "domains_apart" })
        #expect(apart.goals == [goal.name] && apart.referenceKind == .chance)
    }

    /// A team goal replaces Wijknet's standard as the reference, and names itself.
    @Test func aGoalOfTheTeamIsTheReference() throws {
        let log = try readLog(Self.small, actors: Self.smallActors)
        var options = GapsOptions()
        let goals = [Goal(name: "Signalen opvolgen", measure: .signalFollowup, target: .atLeast(20)),
                     Goal(name: "Minder versnippering", measure: .fragmentedShare, target: .atMost(60))]
        options.references = options.references.adopting(goals, signalDays: options.signalDays)
        let g = GapsAnalysis(Ecosystem(log: log, pseudonyms: testKey), options: options)
        let signals = try #require(g.judgements.first { $0.kind == "signals" })
        // 25% against the goal's 20%: met, a strength with margin (0.25 − 0.2)/(1 − 0.2).
        #expect(signals.verdict == .strength && signals.referenceKind == .goal && signals.goals == ["Signalen opvolgen"])
        #expect(abs(signals.score - 0.05 / 0.8) < 1e-12)
        let fragmented = try #require(g.judgements.first { $0.kind == "fragmentation" })
        #expect(fragmented.verdict == .strength && abs(fragmented.score - 0.1 / 0.6) < 1e-12)
    }

    /// Without inputs nothing is judged: no actors file means no domains and no voorveld, and
    /// no signal contacts means no follow-up figure — and no 0% stated as a finding.
    @Test func missingInputsAreNotJudged() throws {
        let none = GapsAnalysis(Ecosystem(log: try readLog(Self.small), pseudonyms: testKey))
        #expect(none.unmeasured == [.domains, .ordinary])
        let kinds = Set(none.judgements.map(\.kind))
        #expect(kinds.isDisjoint(with: ["domains_apart", "domain_gap", "boundary_work", "ordinary_life", "not_seen_by_team", "signals", "one_domain_youth"]))
        let noSignals = Self.small.replacingOccurrences(of: "signaal", with: "overleg")
        let g = GapsAnalysis(Ecosystem(log: try readLog(noSignals, actors: Self.smallActors), pseudonyms: testKey))
        #expect(g.unmeasured == [.signals])
        #expect(!g.judgements.contains { $0.kind == "signals" })
    }

    /// No partners at all: nothing about partners is judged, and nothing crashes.
    @Test func noPartnersNoPartnerFindings() throws {
        let log = "date,source,target,about,place,type\n2025-03-01,,,Y1,school,overleg\n2025-03-02,,,Y2,school,overleg"
        let g = GapsAnalysis(Ecosystem(log: try readLog(log), pseudonyms: testKey))
        #expect(g.judgements.filter { ["boundary_work", "single_point", "missing_links", "domains_apart"].contains($0.kind) }.isEmpty)
    }
}

@Suite("The period before")
struct PreviousPeriodTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> Int { Calendar.dayNumber(year: y, month: m, day: d) }

    @Test func wholeMonthsStepBackByMonthsOtherRangesByDays() {
        // November 2025 → October 2025; the second half of 2025 → the first; January → December before.
        #expect(Period(from: day(2025, 11, 1), to: day(2025, 11, 30)).previous == Period(from: day(2025, 10, 1), to: day(2025, 10, 31)))
        #expect(Period(from: day(2025, 7, 1), to: day(2025, 12, 31)).previous == Period(from: day(2025, 1, 1), to: day(2025, 6, 30)))
        #expect(Period(from: day(2025, 1, 1), to: day(2025, 1, 31)).previous == Period(from: day(2024, 12, 1), to: day(2024, 12, 31)))
        #expect(Period(from: day(2025, 3, 1), to: day(2025, 3, 31)).previous == Period(from: day(2025, 2, 1), to: day(2025, 2, 28)))
        // 10 to 19 March (10 days) → 28 February to 9 March.
        #expect(Period(from: day(2025, 3, 10), to: day(2025, 3, 19)).previous == Period(from: day(2025, 2, 28), to: day(2025, 3, 9)))
        #expect(Period(from: day(2025, 3, 10)).previous == nil)
    }

    /// The small log split in two: March against February, the signals' share of each.
    @Test func judgementsCarryTheFigureOfThePeriodBefore() throws {
        let log = try readLog(JudgementTests.small + "\n2025-02-10,wt,,Y1,,signaal\n2025-02-11,jgz,,Y1,,overleg", actors: JudgementTests.smallActors)
        let march = Period(from: day(2025, 3, 1), to: day(2025, 3, 31))
        let feb = try #require(march.previous)
        let now = GapsAnalysis(Ecosystem(log: log, period: march, pseudonyms: testKey))
        let before = GapsAnalysis(Ecosystem(log: log, period: feb, pseudonyms: testKey))
        let compared = now.comparing(previous: before, in: feb)
        // February: one signal, followed up the next day by another domain: 100%. March: 25%.
        let signals = try #require(compared.judgements.first { $0.kind == "signals" })
        #expect(signals.figure == 0.25 && signals.previous == 1.0)
        #expect(compared.previousPeriod == feb)
    }
}
