import Testing
import Wijknet
import WijknetGraph
import WijknetTestSupport

/// Who is in a group for brokerage, mixing and E-I: partners of unknown domain are not.
@Suite("Groups for brokerage and mixing")
struct GroupingTests {
    /// Partners A, B (social) and C (care) are in the actors file; U is only in the log, so its
    /// domain is unknown. Rows: A–B, A–C, A–U, C–U, B–U, and A with young person Y at place P.
    ///
    /// Ties: A-B A-C A-U C-U B-U A-Y A-P Y-P. Groups (domain): A, B social; C care; U, P, Y none.
    /// Among grouped actors (A, B, C) the ties are A-B (internal) and A-C (external):
    ///   E = 1, I = 1 → EI = 0. Random: n = 3, sizes 2, 1, 0: I* = C(2,2) = 1, E* = C(3,2) − 1 = 2
    ///   → (2 − 1)/3 = 1/3. Social: E = 1, I = 1 → 0; expected E*_g = 2·1 = 2, I*_g = 1 → 1/3.
    ///   Care: E = 1, I = 0 → 1; expected E*_g = 1·2 = 2, I*_g = 0 → 1. Safety: no ties → NaN.
    ///   Nodes: A (1 in, 1 out) 0; B −1; C +1; U, P, Y NaN.
    ///   Mixing (social, care, safety): [[1, 1, 0], [1, 0, 0], [0, 0, 0]].
    /// Were U a fourth group "unknown", A-U, C-U, B-U would be 3 more cross-domain ties: E = 4,
    /// I = 1, EI = 0.6, and U would broker B→U→C and C→U→B as liaison.
    /// Brokerage: A brokers the open path B–A–C (no B-C tie): B→A→C representative, C→A→B
    /// gatekeeper; nobody else has an open two-path among A, B, C.
    static let log = KnownLogs.partnerOfUnknownDomain.log
    static let actors = KnownLogs.partnerOfUnknownDomain.actors

    func analyse(groupBy: String = "domain") throws -> (Ecosystem, AnalysisResult) {
        let eco = Ecosystem(log: try readLog(Self.log, actors: Self.actors), pseudonyms: testKey)
        return (eco, try AnalysisResult(eco, options: AnalysisOptions(groupBy: groupBy)))
    }

    @Test func unknownPartnerIsInNoGroup() throws {
        let (eco, result) = try analyse()
        let u = eco.node(forID: "U")!
        #expect(eco.actors[u].domain == .unknown)
        let grouping = try eco.groups(by: "domain")
        #expect(grouping.names == ["social", "care", "safety"])
        #expect(grouping.ids[u] == nil && grouping.partnersLeftOut == 1)
        #expect(grouping.ids[eco.node(forID: "P")!] == nil)   // a place: no group, not counted as left out

        let m = result.graph.mixing
        #expect(m.groups == ["social", "care", "safety"] && m.partnersLeftOut == 1)
        #expect(m.ties == [[1, 1, 0], [1, 0, 0], [0, 0, 0]])
        #expect(isClose(m.ei, 0) && isClose(m.eiExpected, 1.0 / 3))
        #expect(isClose(m.eiByGroup[0], 0) && isClose(m.eiExpectedByGroup[0], 1.0 / 3))
        #expect(isClose(m.eiByGroup[1], 1) && isClose(m.eiExpectedByGroup[1], 1))
        #expect(m.eiByGroup[2].isNaN)

        let row = { (id: String) in result.actors[eco.node(forID: id)!] }
        #expect(isClose(row("A").ei, 0) && isClose(row("B").ei, -1) && isClose(row("C").ei, 1) && row("U").ei.isNaN)
        #expect([row("A").representative, row("A").gatekeeper, row("A").liaison] == [1, 1, 0])
        #expect(row("U").brokerageTotal == 0 && row("C").brokerageTotal == 0 && row("B").brokerageTotal == 0)
        #expect(result.notes.contains("1 partner without a known domain left out of brokerage, mixing and the E-I index."))
    }

    /// Group by organisation: A, B (Jongerenwerk) and C (Kompas) have one; U (log only), P and Y
    /// have none and are left out — the same rule as for domain; one partner (U) is counted.
    /// Ties among A, B, C as above: A-B internal, A-C external.
    @Test func missingAttributeIsInNoGroup() throws {
        let (eco, result) = try analyse(groupBy: "organisatie")
        let grouping = try eco.groups(by: "organisatie")
        #expect(grouping.attribute == "organisation" && grouping.names == ["Jongerenwerk", "Kompas"])
        #expect(grouping.ids[eco.node(forID: "U")!] == nil && grouping.partnersLeftOut == 1)
        #expect(result.graph.mixing.ties == [[1, 1], [1, 0]] && isClose(result.graph.mixing.ei, 0))
        #expect(result.notes.contains("1 partner without a known organisation left out of brokerage, mixing and the E-I index."))
    }

    /// The gaps use the same groups: U's ties are not domain ties, and U is counted.
    @Test func gapsLeaveOutTheUnknownPartner() throws {
        let (eco, _) = try analyse()
        let gaps = GapsAnalysis(eco)
        #expect(gaps.domainGaps.partnersWithoutDomain == 1)
        #expect(gaps.domainGaps.pairs.first { $0.a == "social" && $0.b == "care" }?.ties == 1)
        #expect(!gaps.boundarySpanners.contains { $0.partner == "U" })
    }
}
