import Testing
import Wijknet

/// ``EcosystemComparison`` on a log derived by hand, with a place and a partner who only
/// appears in the second period.
@Suite("Ecosystem comparison")
struct ComparisonTests {
    /// January: a–b at place P → ties a|b, a–P, b–P. February: a–b, and a–e (e is not in the
    /// actors file: a partner of unknown domain, a node only in February).
    ///   partner ties: {a|b} → {a|b, a|e}: a|e added, none lost;
    ///   place ties: {a–P, b–P} → {}: 2 lost; no young people.
    ///   degree: a {b, P} → {b, e} = 2 → 2 (unchanged, not listed); b {a, P} → {a}: 2 → 1;
    ///   e absent → {a}: 0 → 1. Equal |change| sorts by id: b, then e. P is a place: not listed.
    ///   Mixing (e has no domain, so no group): social|care 1 → 1, E-I 1 → 1.
    static let log = """
    date,source,target,about,place,type
    2025-01-10,a,b,,P,overleg
    2025-02-10,a,b,,,overleg
    2025-02-11,a,e,,,overleg
    """
    static let actors = """
    id,name,kind,domain
    a,Jongerenwerk,partner,social
    b,Jeugdzorg,partner,care
    P,Buurthuis,place,
    """

    func comparison() throws -> EcosystemComparison {
        let log = try readLog(Self.log, actors: Self.actors)
        func period(_ from: String, _ to: String) -> Period { Period(from: Calendar.parseDay(from), to: Calendar.parseDay(to)) }
        let jan = Ecosystem(log: log, period: period("2025-01-01", "2025-01-31"), pseudonyms: testKey)
        let feb = Ecosystem(log: log, period: period("2025-02-01", "2025-02-28"), pseudonyms: testKey)
        return try EcosystemComparison(before: jan, after: feb)
    }

    @Test func tiesByIdentity() throws {
        let c = try comparison()
        #expect(c.tiesAdded.map(\.subject) == ["a|e"] && c.tiesLost.isEmpty)
        #expect(c.tiesAdded[0].labelA == "Jongerenwerk" && c.tiesAdded[0].labelB == "e" && c.tiesAdded[0].contacts == 1)
        #expect(c.partnerTies.before == 1 && c.partnerTies.after == 2)
        #expect(c.placeTies.before == 2 && c.placeTies.after == 0 && c.placeTies.added == 0 && c.placeTies.lost == 2)
        #expect(c.youthTies.before == 0 && c.youthTies.after == 0)
    }

    @Test func metricChangesListPartnersThatChanged() throws {
        let c = try comparison()
        #expect(c.degree.map(\.id) == ["b", "e"])
        #expect(c.degree.map(\.before) == [2, 0] && c.degree.map(\.after) == [1, 1])
        #expect(c.mixingBefore.ei == 1 && c.mixingAfter.ei == 1)
        #expect(c.mixingBefore.ties[0][1] == 1 && c.mixingAfter.ties[0][1] == 1)
    }

    @Test func anEcosystemComparedWithItselfHasNoChanges() throws {
        let log = try readLog(Self.log, actors: Self.actors)
        let eco = Ecosystem(log: log, pseudonyms: testKey)
        let c = try EcosystemComparison(before: eco, after: eco)
        #expect(c.tiesAdded.isEmpty && c.tiesLost.isEmpty && c.degree.isEmpty && c.betweenness.isEmpty && c.brokerageTotal.isEmpty)
    }
}
