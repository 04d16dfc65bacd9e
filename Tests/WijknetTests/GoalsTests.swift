import Foundation
import Testing
import Wijknet
import WijknetTestSupport

/// A hand-made log over two quarters (2025-Q1, 2025-Q2); every expected value is derived in
/// the comments. Partners W, T (social, Noord), C (care, Noord), C2 (care, Zuid), P (safety,
/// Zuid); place S (Noord); young people Y1, Y2, Y3. A row ties every pair of actors it names.
///
///   Q1  r1 W–Y1@S  r2 W–C about Y1  r3 C–Y2  r4 T–Y2 signaal  r5 C–Y2 (5 days after r4)
///       r6 P–Y3@S signaal  r7 T–W about Y1
///   Q2  r8 W–P@S  r9 W–P about Y3  r10 W–C about Y1  r11 C–Y1 signaal  r12 W–Y1 (2 days after r11)
///       r13 C2–Y3  r14 T–C2 about Y2
enum GoalsFixture {
    static let log = """
    date,source,target,about,place,type
    2025-01-10,W,,Y1,S,activiteit
    2025-01-20,W,C,Y1,,overleg
    2025-02-05,C,,Y2,,gesprek
    2025-02-10,T,,Y2,,signaal
    2025-02-15,C,,Y2,,gesprek
    2025-03-01,P,,Y3,S,signaal
    2025-03-10,T,W,Y1,,overleg
    2025-04-02,W,P,,S,overleg
    2025-04-03,W,P,Y3,,overleg
    2025-05-01,W,C,Y1,,overleg
    2025-05-10,C,,Y1,,signaal
    2025-05-12,W,,Y1,,gesprek
    2025-06-15,C2,,Y3,,gesprek
    2025-06-30,T,C2,Y2,,overleg
    """
    static let actors = """
    id,name,kind,domain,organisation,neighbourhood
    W,Jongerenwerker,partner,social,Jongerenwerk,Noord
    T,Wijkteam Noord,partner,social,Wijkteam,Noord
    C,Jeugdzorg,partner,care,Kompas,Noord
    C2,GGZ,partner,care,Horizon,Zuid
    P,Politie,partner,safety,Politie,Zuid
    S,Schoolplein,place,,,Noord
    Y1,Sanne Jansen,youth,,,Noord
    Y2,Bram de Vries,youth,,,Noord
    Y3,Noor Bakker,youth,,,Zuid
    """
}

@Suite("Goals: evaluation per measure")
struct GoalsEvaluationTests {
    func evaluate(_ toml: String, unit: PeriodUnit? = .quarter) throws -> GoalsEvaluation {
        let log = try readLog(GoalsFixture.log, actors: GoalsFixture.actors)
        let goals = try GoalsFile.parse(toml, fileName: "goals.toml", log: log)
        return GoalsEvaluation(goals: goals, log: log, unit: unit, pseudonyms: testKey)
    }
    func values(_ e: GoalsEvaluation) -> [Double?] { e.rows.map(\.value) }

    /// Tie W–P: Q1 no row names both → 0; Q2 r8, r9 → 1 (change +1). W–safety is the same tie.
    @Test func tie() throws {
        let e = try evaluate("""
        [[goal]]
        name = "W kent P"
        measure = "tie"
        between = ["W", "P"]
        [[goal]]
        name = "W kent veiligheid"
        measure = "tie"
        between = ["W", "veiligheid"]
        """)
        #expect(e.periods == ["2025-Q1", "2025-Q2"])
        #expect(values(e) == [0, 1, 0, 1])
        #expect(e.rows.map(\.met) == [false, true, false, true])
        #expect(e.rows.map(\.change) == [nil, 1, nil, 1])
        #expect(e.rows[0].target == "tie" && e.allMet)
    }

    /// Rows naming a social and a care partner: Q1 r2 (W, C) → 1; Q2 r10 (W, C), r14 (T, C2) → 2.
    /// In neighbourhood Noord (W, T, C, S, Y1, Y2) C2 is out: Q2 only r10 → 1.
    @Test func contacts() throws {
        let e = try evaluate("""
        [[goal]]
        name = "sociaal-zorg"
        measure = "contacts"
        between = ["social", "care"]
        at_least = 2
        [[goal]]
        name = "sociaal-zorg in Noord"
        measure = "contacts"
        between = ["social", "care"]
        scope = { neighbourhood = "Noord" }
        at_most = 1
        """)
        #expect(values(e) == [1, 2, 1, 1])
        #expect(e.rows.map(\.met) == [false, true, true, true])
        #expect(e.rows.map(\.change) == [nil, 1, nil, 0])
        #expect(e.rows[0].target == "at_least 2" && e.rows[2].target == "at_most 1")
    }

    /// Young people tied to social who are also tied to safety.
    /// Q1: social reaches Y1 (W, T) and Y2 (T); neither meets P → 0 of 2 = 0%.
    /// Q2: social reaches Y1 (W), Y3 (W, r9), Y2 (T, r14); Y3 meets P (r9) → 1 of 3 = 33.3%.
    /// Scope domain safety (P and the young people and places tied to it: Y3, S): W is out, so
    /// in Q2 Y3 is tied to safety but to no social partner → 0 of 1 = 0%. In Q1 the same: 0%.
    @Test func youthShare() throws {
        let e = try evaluate("""
        [[goal]]
        name = "sociaal en veiligheid"
        measure = "youth_share"
        domains = ["social", "safety"]
        at_least = 30
        [[goal]]
        name = "veiligheid en sociaal, binnen veiligheid"
        measure = "youth_share"
        domains = ["safety", "social"]
        scope = { domain = "safety" }
        at_least = 1
        """)
        #expect(e.rows[0].value == 0)
        #expect(abs(e.rows[1].value! - 100.0 / 3) < 1e-9)
        #expect(abs(e.rows[1].change! - 100.0 / 3) < 1e-9)
        #expect(e.rows.map(\.met) == [false, true, false, false])
        #expect(e.rows[2].value == 0 && e.rows[3].value == 0)
    }

    /// Checked: young people with ≥ 3 partners. Q1: Y1 has W, C, T with ties W–C (r2), T–W
    /// (r7) of 3 pairs: density 2/3 ≥ 0.5 → not fragmented; 0 of 1 = 0%. Q2: Y3 has W, P, C2,
    /// ties W–P only: 1/3 < 0.5 → fragmented; Y1 (W, C) and Y2 (T, C2) are not checked → 100%.
    @Test func fragmentedShare() throws {
        let e = try evaluate("""
        [[goal]]
        name = "weinig versnippering"
        measure = "fragmented_share"
        at_most = 50
        """)
        #expect(values(e) == [0, 100])
        #expect(e.rows.map(\.met) == [true, false])
        #expect(e.rows[1].change == 100 && !e.allMet)
    }

    /// In neighbourhood Noord (W, T, C, S, Y1, Y2): Q1 Y1 has W, C, T, density 2/3 → 0 of 1 = 0%;
    /// Q2 Y1 has W, C and Y2 has T only (C2 is Zuid) → nobody checked → no value, not met.
    /// (r8 W–P at S names P, outside the scope: `gaps` must skip that pair, not crash.)
    @Test func fragmentedShareInANeighbourhood() throws {
        let e = try evaluate("""
        [[goal]]
        name = "weinig versnippering in Noord"
        measure = "fragmented_share"
        scope = { neighbourhood = "noord" }
        at_most = 50
        """)
        #expect(values(e) == [0, nil])
        #expect(e.rows.map(\.met) == [true, false])
    }

    /// Q1: r4 (T, social, about Y2) is followed by C (care) 5 days later (r5); r6 (P about Y3)
    /// has no later row about Y3 in Q1 → 1 of 2 = 50%. Q2: r11 (C about Y1) is followed by W
    /// (social) 2 days later → 100%. With signal_days = 1 the Q2 follow-up is too late → 0%;
    /// Q1's 5 days too → 0%.
    @Test func signalFollowup() throws {
        let e = try evaluate("""
        [[goal]]
        name = "opvolging"
        measure = "signal_followup"
        at_least = 60
        [[goal]]
        name = "snelle opvolging"
        measure = "signal_followup"
        signal_days = 1
        at_least = 60
        """)
        #expect(values(e) == [50, 100, 0, 0])
        #expect(e.rows.map(\.met) == [false, true, false, false])
        #expect(e.rows[1].change == 50)
    }

    /// Degree of W. Q1: Y1, S (r1), C (r2), T (r7) → 4. Q2: P, S (r8), Y3 (r9), C, Y1 (r10) → 5.
    /// Whole log, one period `all`: Y1, S, C, T, P, Y3 → 6. Liaison of W in Q2: among partners
    /// (grouped by domain) W (social) links P (safety) and C (care), not tied: one open two-path,
    /// counted in both directions as `analyse` does (P→W→C, C→W→P) → 2. Q1: W's partners C and T;
    /// T is social like W → no liaison → 0.
    @Test func metric() throws {
        let e = try evaluate("""
        [[goal]]
        name = "W verbindt"
        measure = "metric"
        actor = "W"
        metric = "degree"
        at_least = 5
        [[goal]]
        name = "W als liaison"
        measure = "metric"
        actor = "W"
        metric = "liaison"
        at_least = 1
        """)
        #expect(values(e) == [4, 5, 0, 2])
        #expect(e.rows.map(\.met) == [false, true, false, true])
        let all = try evaluate("""
        [[goal]]
        name = "W verbindt"
        measure = "metric"
        actor = "W"
        metric = "degree"
        at_least = 5
        """, unit: nil)
        #expect(all.periods == ["all"] && values(all) == [6] && all.rows[0].change == nil)
    }

    /// A betweenness goal is the value `analyse` (and the report's partners table) gives W with
    /// the same options: exact below the exact limit (no estimate noted), and above it the
    /// estimate with its guarantee, the same value as the table's (same method, same seed);
    /// two goals on one scope share one pass, so they agree.
    @Test func betweennessGoalFollowsTheExactLimit() throws {
        let log = try readLog(GoalsFixture.log, actors: GoalsFixture.actors)
        let goals = try GoalsFile.parse("""
        [[goal]]
        name = "W als brug"
        measure = "metric"
        actor = "W"
        metric = "betweenness"
        at_least = 0.1
        [[goal]]
        name = "W als brug, nog eens"
        measure = "metric"
        actor = "W"
        metric = "betweenness"
        at_least = 0.1
        """, fileName: "goals.toml", log: log)
        let eco = Ecosystem(log: log, period: Period(), pseudonyms: testKey)
        func table(_ options: AnalysisOptions) throws -> Double? {
            try AnalysisResult(eco, options: options).actors.first { $0.id == "W" }?.betweenness
        }
        let exact = GoalsEvaluation(goals: goals, log: log, unit: nil, pseudonyms: testKey)
        #expect(exact.betweennessEstimate == nil)
        #expect(exact.rows.map(\.value) == [try table(AnalysisOptions()), try table(AnalysisOptions())])
        #expect((exact.rows[0].value ?? 0) > 0.1)
        var small = AnalysisOptions()
        small.exactLimit = 3
        let estimated = GoalsEvaluation(goals: goals, log: log, unit: nil, pseudonyms: testKey, options: small)
        #expect(estimated.betweennessEstimate?.method == small.betweennessMethod.rawValue)
        #expect(estimated.betweennessEstimate?.seed == small.seed)
        #expect(estimated.rows.map(\.value) == [try table(small), try table(small)])
    }

    /// Scope place S: S and its neighbours. Q2: S is tied to W and P only (r8) → no young
    /// person in scope → youth share has no value and is not met.
    @Test func placeScopeWithoutYoungPeople() throws {
        let e = try evaluate("""
        [[goal]]
        name = "rond het plein"
        measure = "youth_share"
        domains = ["social", "safety"]
        scope = { place = "S" }
        at_least = 10
        """)
        // Q1: S's neighbours W, Y1 (r1), P, Y3 (r6). Social reaches Y1 only (W); Y1 not tied to P → 0%.
        #expect(e.rows[0].value == 0)
        #expect(e.rows[1].value == nil && !e.rows[1].met && e.rows[1].change == nil)
    }
}

@Suite("Goals: errors in the goals file")
struct GoalsFileErrorTests {
    func issue(_ toml: String) throws -> InputIssue {
        let log = try readLog(GoalsFixture.log, actors: GoalsFixture.actors)
        do {
            _ = try GoalsFile.parse(toml, fileName: "goals.toml", log: log)
        } catch let e as WijknetError {
            return try #require(e.issues.first)
        }
        Issue.record("no error")
        return InputIssue(file: "", line: 0, column: 0, message: "", hint: "")
    }

    static let head = "# doelen\n[[goal]]\nname = \"a\"\n"   // lines 1–3; the goal's header is line 2

    @Test func unknownMeasure() throws {
        let i = try issue(Self.head + "measure = \"ties\"\nat_least = 1\n")
        #expect((i.line, i.column) == (4, 11))
        #expect(i.message.contains("unknown measure 'ties'") && i.hint.contains("youth_share"))
        #expect(i.description.hasPrefix("goals.toml:4:11: error: ") && i.description.contains("\n  fix: "))
    }

    @Test func unknownActor() throws {
        let i = try issue(Self.head + "measure = \"tie\"\n\nbetween = [\"W\", \"X9\"]\n")
        #expect(i.line == 6 && i.message.contains("unknown actor id 'X9'"))
    }

    @Test func youngPersonIsRefusedWithoutQuoting() throws {
        let i = try issue(Self.head + "measure = \"metric\"\nactor = \"Y1\"\nmetric = \"degree\"\nat_least = 1\n")
        #expect(i.line == 5 && i.message.contains("young person") && !i.description.contains("Y1"))
        let j = try issue(Self.head + "measure = \"tie\"\nbetween = [\"W\", \"Sanne Jansen\"]\n")
        #expect(j.line == 5 && !j.description.contains("Sanne"))
    }

    @Test func unknownDomain() throws {
        let i = try issue(Self.head + "measure = \"youth_share\"\ndomains = [\"social\", \"onderwijs\"]\nat_least = 1\n")
        #expect(i.line == 5 && i.message.contains("unknown domain 'onderwijs'"))
        let j = try issue(Self.head + "measure = \"fragmented_share\"\nat_most = 1\nscope = { domain = \"school\" }\n")
        #expect(j.line == 6 && j.message.contains("unknown domain 'school'"))
    }

    @Test func missingTarget() throws {
        let i = try issue("\n" + Self.head + "measure = \"fragmented_share\"\n")
        #expect((i.line, i.column) == (3, 1) && i.message.contains("has no target"))
    }

    @Test func bothTargets() throws {
        let i = try issue(Self.head + "measure = \"contacts\"\nbetween = [\"W\", \"C\"]\nat_least = 1\n  at_most = 5\n")
        #expect((i.line, i.column) == (7, 3) && i.message.contains("both at_least and at_most"))
    }

    @Test func targetOnATie() throws {
        let i = try issue(Self.head + "measure = \"tie\"\nbetween = [\"W\", \"C\"]\nat_least = 1\n")
        #expect(i.line == 6 && i.message.contains("a tie goal has no 'at_least'"))
    }

    @Test func wrongType() throws {
        let i = try issue(Self.head + "measure = \"fragmented_share\"\nat_most = \"20\"\n")
        #expect((i.line, i.column) == (5, 11) && i.message.contains("must be a number, not a string"))
        let j = try issue(Self.head + "measure = \"tie\"\nbetween = \"W\"\n")
        #expect(j.line == 5 && j.message.contains("a list of 2 strings"))
    }

    @Test func unknownKey() throws {
        let i = try issue(Self.head + "measure = \"fragmented_share\"\nat_most = 20\ntreshold = 3\n")
        #expect((i.line, i.column) == (6, 1) && i.message.contains("unknown key 'treshold'"))
    }

    /// The second goal's keys are found in the second block, not the first.
    @Test func lineInTheRightGoal() throws {
        let i = try issue(Self.head + "measure = \"fragmented_share\"\nat_most = 20\n\n[[goal]]\nname = \"b\"\nmeasure = \"fragmented\"\nat_most = 20\n")
        #expect(i.line == 9 && i.message.contains("goal 'b'"))
    }

    @Test func tomlSyntaxError() throws {
        let i = try issue(Self.head + "measure = \"tie\n")
        #expect(i.line == 4 && i.column > 0 && i.message.contains("not valid TOML"))
    }
}

@Suite("Goals: JSON form")
struct GoalCodingTests {
    /// Sides, scopes and targets encode as the goals file writes them, and decode back.
    @Test func roundTrip() throws {
        let goal = Goal(name: "g", measure: .contacts, between: [.actor("W"), .domain(.care)],
                        scope: .place("S"), target: .atLeast(12), line: 2)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(goal), as: UTF8.self)
        #expect(json.contains("\"between\":[\"W\",\"care\"]") && json.contains("\"scope\":{\"place\":\"S\"}") && json.contains("\"target\":{\"at_least\":12}"))
        #expect(try JSONDecoder().decode(Goal.self, from: Data(json.utf8)) == goal)
        let tie = Goal(name: "t", measure: .tie, between: [.actor("W"), .actor("P")], scope: .domain(.safety), target: .tieExists)
        #expect(try JSONDecoder().decode(Goal.self, from: try encoder.encode(tie)) == tie)
    }
}

/// Goals per unit say when a unit's betweenness was estimated (above the exact limit), as the
/// report's note under the `units-goals` table needs; exact values carry no estimate.
@Suite("Goals per unit: estimated betweenness")
struct GoalsByUnitEstimateTests {
    @Test func estimateIsRecordedAboveTheExactLimitOnly() throws {
        let log = try readLog(KnownLogs.twoNeighbourhoods.log, actors: KnownLogs.twoNeighbourhoods.actors)
        let goals = try GoalsFile.parse("""
        [[goal]]
        name = "JN als brug"
        measure = "metric"
        actor = "JN"
        metric = "betweenness"
        at_least = 0.1
        """, fileName: "goals.toml", log: log)
        let ecosystems = UnitEcosystems(log: log, period: Period(), by: .neighbourhood, pseudonyms: testKey)
        #expect(GoalsByUnit(goals: goals, ecosystems: ecosystems).betweennessEstimate == nil)
        var small = AnalysisOptions()
        small.exactLimit = 3   // Noord has 4 actors, the region 9: both estimated
        let estimated = GoalsByUnit(goals: goals, ecosystems: ecosystems, options: small)
        #expect(estimated.betweennessEstimate?.method == small.betweennessMethod.rawValue)
        #expect(estimated.betweennessEstimate?.seed == small.seed && estimated.betweennessEstimate?.epsilon == small.epsilon)
    }
}
