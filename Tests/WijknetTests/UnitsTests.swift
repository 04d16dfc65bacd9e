import Testing
import WijknetTestSupport
@testable import Wijknet

/// `--by`: which contacts belong to which unit, and every figure of the side-by-side table of
/// ``KnownLogs/twoNeighbourhoods`` derived by hand.
///
/// Actors: Noord — JN Jongerenwerk Noord (social), ZN Wijkzorg Noord (care), place PN, young
/// person Y1; Zuid — JZ Jongerenwerk Zuid (social), young people Y2, Y3; region-wide — POL
/// Politie (safety), GGD Jeugdgezondheidszorg (care).
///
/// **Noord** (r1, r2, r3). Actors: declared JN, ZN, PN, Y1, and POL (named in r2) = 5; partners
/// social 1, care 1, safety 1. Ties: r1 gives JN-ZN, JN-Y1, JN-PN, ZN-Y1, ZN-PN, Y1-PN; r2 adds
/// POL-JN, POL-Y1; r3 (ZN-Y1) nothing new: 8 ties, density 8 / C(5,2) = 8/10 = 0.8.
/// Cross-domain ties JN-ZN, POL-JN = 2; both cross domains, so E-I = (2−0)/2 = 1; baseline with
/// one partner per domain: I* = 0, E* = 3 → 1. Y1 reaches social, care and safety: 1/1 = 100%.
/// Signal r2 (safety + social) is followed up by ZN (care) in r3, 3 days later: 1/1 = 100%.
/// Y1 has 3 partners JN, ZN, POL with 2 of 3 possible ties among them: density 0.67 ≥ 0.5, not
/// fragmented: 0/1 = 0%. No cut partner (JN out: POL still reaches Y1): 0. Betweenness: the
/// only non-adjacent pairs are POL-ZN and POL-PN, each with two shortest paths (via JN, via Y1):
/// JN 1/2 + 1/2 = 1, normalised by (5−1)(5−2)/2 = 6 → 1/6 = 0.17: top partner JN.
///
/// **Zuid** (r4, r5, r6). Actors: declared JZ, Y2, Y3, and POL = 4; partners social 1, safety 1.
/// Ties: POL-JZ, POL-Y2, JZ-Y2 (r4; r5 repeats POL-JZ), JZ-Y3 (r6): 4, density 4/6 = 0.67.
/// Cross-domain: POL-JZ = 1; E-I 1 (baseline 1: one partner in each of two domains). Y2 reaches
/// two domains, Y3 only JZ: 1/2 = 50%. Signal r4 has no later row about Y2 in Zuid: 0/1 = 0%.
/// Nobody has 3 partners: fragmented share undefined (–). JZ cuts Y3 off: 1 single point.
/// Betweenness: Y3-POL and Y3-Y2 go only through JZ: 2 / ((4−1)(4−2)/2 = 3) = 0.67: top JZ.
///
/// **Region** (all 7 rows, r7 POL-GGD in no unit). Actors 9 (every declared actor; POL once,
/// though it is in both units); partners social 2, care 2, safety 1. Ties 8 + 4 + POL-GGD = 13,
/// density 13/36 = 0.36. Cross-domain JN-ZN, POL-JN, POL-JZ, POL-GGD = 4; E-I 1; baseline over
/// 5 grouped partners (2 social, 2 care, 1 safety): I* = 1 + 1 = 2, E* = 10 − 2 = 8 → 6/10 = 0.6.
/// Youth: Y1, Y2 reach two or more domains, Y3 not: 2/3 = 67%. Signals: r2 followed up, r4 not:
/// 1/2 = 50%. Y1 checked as in Noord: 0%. Cut partners POL (Noord from Zuid and GGD) and JZ
/// (Y3): 2. Betweenness (normaliser 8·7/2 = 28): POL lies on every path between {JN, ZN, PN, Y1}
/// and {JZ, Y2, Y3, GGD} (16 pairs) and between GGD and JZ, Y2, Y3 (3): 19/28 = 0.68; JZ 7/28,
/// JN 5/28: top POL.
@Suite("Units: side by side per neighbourhood")
struct UnitsTests {
    static let known = KnownLogs.twoNeighbourhoods

    func ecosystems(_ level: UnitLevel = .neighbourhood, _ period: Period = .all) throws -> UnitEcosystems {
        UnitEcosystems(log: try readLog(Self.known.log, actors: Self.known.actors), period: period, by: level, pseudonyms: testKey)
    }

    @Test func theRuleAssignsEveryRow() throws {
        let e = try ecosystems()
        #expect(e.split.names == ["Noord", "Zuid"])
        // r2 has no place: its young person decides; r5 has neither: its source decides; r7 none.
        #expect(e.split.unitOfRow == [0, 0, 0, 1, 1, 1, -1])
        #expect(e.split.unassigned == 1)
        #expect(e.units.map(\.rowsInPeriod) == [[0, 1, 2], [3, 4, 5]])
        let m = try ecosystems(.municipality)
        #expect(m.split.names == ["Dorp", "Stad"] && m.split.unitOfRow == [1, 1, 1, 0, 0, 0, -1])
    }

    @Test func regionWidePartnerInBothUnitsOnceInTheRegion() throws {
        let e = try ecosystems()
        #expect(e.units.allSatisfy { $0.node(forID: "POL") != nil })
        #expect(e.units.allSatisfy { $0.node(forID: "GGD") == nil })   // its only contact is in no unit
        #expect(e.region.actors.filter { $0.id == "POL" }.count == 1)
    }

    @Test func everyFigureByHand() throws {
        let f = try ecosystems().figures()
        let (noord, zuid, region) = (f.units[0], f.units[1], f.region)
        #expect([noord.actors, zuid.actors, region.actors] == [5, 4, 9])
        #expect([noord.partnersSocial, noord.partnersCare, noord.partnersSafety, noord.partnersUnknown] == [1, 1, 1, 0])
        #expect([zuid.partnersSocial, zuid.partnersCare, zuid.partnersSafety, zuid.partnersUnknown] == [1, 0, 1, 0])
        #expect([region.partnersSocial, region.partnersCare, region.partnersSafety, region.partnersUnknown] == [2, 2, 1, 0])
        #expect([noord.ties, zuid.ties, region.ties] == [8, 4, 13])
        #expect(noord.density == 0.8 && zuid.density == 4.0 / 6 && region.density == 13.0 / 36)
        #expect([noord.crossDomainTies, zuid.crossDomainTies, region.crossDomainTies] == [2, 1, 4])
        #expect(noord.ei == 1 && noord.eiExpected == 1 && zuid.ei == 1 && zuid.eiExpected == 1)
        #expect(region.ei == 1 && region.eiExpected == 0.6)
        #expect(noord.youthTwoDomainsShare == 1 && zuid.youthTwoDomainsShare == 0.5 && region.youthTwoDomainsShare == 2.0 / 3)
        #expect([noord.signals, zuid.signals, region.signals] == [1, 1, 2])
        #expect(noord.signalsFollowedUpShare == 1 && zuid.signalsFollowedUpShare == 0 && region.signalsFollowedUpShare == 0.5)
        #expect(noord.fragmentedShare == 0 && zuid.fragmentedShare == nil && region.fragmentedShare == 0)
        #expect([noord.singlePoints, zuid.singlePoints, region.singlePoints] == [0, 1, 2])
        #expect(noord.topPartner == "Jongerenwerk Noord" && abs(noord.topPartnerBetweenness! - 1.0 / 6) < 1e-12)
        #expect(zuid.topPartner == "Jongerenwerk Zuid" && abs(zuid.topPartnerBetweenness! - 2.0 / 3) < 1e-12)
        #expect(region.topPartner == "Politie" && abs(region.topPartnerBetweenness! - 19.0 / 28) < 1e-12)
    }

    /// 1–15 January: Zuid has no contact (its first is r4 on the 20th). It keeps its declared
    /// actors JZ, Y2, Y3 (no POL: not named in a Zuid contact of the period): 3 actors, 0 ties,
    /// density 0/3 = 0; no partner ties, so E-I undefined; no young person reached: 0%; no signal.
    @Test func aUnitWithoutContactsInThePeriod() throws {
        let e = try ecosystems(.neighbourhood, Period(from: Calendar.parseDay("2025-01-01"), to: Calendar.parseDay("2025-01-15")))
        #expect(e.units[1].rowsInPeriod.isEmpty)
        let zuid = try e.figures().units[1]
        #expect(zuid.actors == 3 && zuid.ties == 0 && zuid.density == 0 && zuid.crossDomainTies == 0)
        #expect(zuid.ei == nil && zuid.youthTwoDomainsShare == 0 && zuid.signals == 0 && zuid.signalsFollowedUpShare == nil)
        #expect(zuid.fragmentedShare == nil && zuid.singlePoints == 0 && zuid.topPartner == nil)
    }

    @Test func rowMaskInitializerTakesOnlyTheMaskedRows() throws {
        let log = try readLog(Self.known.log, actors: Self.known.actors)
        let eco = Ecosystem(log: log, rowMask: [false, false, false, false, false, false, true], keepingDeclared: { _ in false },
                            pseudonyms: testKey)
        #expect(eco.count == 2 && eco.graph.edgeCount == 1 && eco.rowsInPeriod == [6])
    }
}
