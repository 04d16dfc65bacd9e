import Foundation
import WijknetTestScratch
import Testing
import Wijknet
@testable import WijknetDiagrams

/// Which partners and places the report's map keeps above its bound (``MapSelection``), on a
/// hand-made log whose selection is worked out here.
///
/// Rows (the pair rule ties every two actors a row names): p1–p2 at place s1, p1–p3, p1–p4,
/// p2–p3, p5 alone at place s2, p6–p4. Ties to other partners: p1 3 (p2, p3, p4), p2 2, p3 2,
/// p4 2 (p1, p6), p6 1, p5 0. Node order is the order of first appearance: p1, p2, s1, p3, p4,
/// p5, s2, p6. Without missing links the unbounded map has the 5 partners with a partner tie
/// (not p5) and the one place tied to them (s1).
@Suite("The map's selection of partners and places")
struct MapSelectionTests {
    static let eco: Ecosystem = {
        let dir = TestScratch.root.appendingPathComponent("wijknet-mapselection-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let rows = [("p1", "p2", "s1"), ("p1", "p3", ""), ("p1", "p4", ""), ("p2", "p3", ""), ("p5", "", "s2"), ("p6", "p4", "")]
        var contacts = "date,source,target,about,place,type,weight\n"
        for (i, r) in rows.enumerated() { contacts += "2025-01-0\(i + 1),\(r.0),\(r.1),,\(r.2),overleg,\n" }
        try! contacts.write(to: dir.appendingPathComponent("contacts.csv"), atomically: true, encoding: .utf8)
        let log = try! ContactLogReader().read(logPath: dir.appendingPathComponent("contacts.csv").path, actorsPath: nil)
        return Ecosystem(log: log, pseudonyms: Pseudonymizer(key: Array("map-test-key".utf8)))
    }()
    static func v(_ id: String) -> Int { eco.node(forID: id)! }
    static func ids(_ nodes: Set<Int>?) -> Set<String> { Set((nodes ?? []).map { eco.actors[$0].id }) }

    @Test func upToTheBoundNothingIsLeftOut() {
        let s = MapSelection(Self.eco, missingLinks: [], limit: 5)
        #expect(s.partners == nil && s.candidates == 5 && s.candidatePlaces == 1)
        #expect(s.leftOut(partners: 5, places: 1) == (0, 0))
    }

    /// Limit 3: p1 (3 ties), then of p2, p3, p4 (2 each) the first two in node order.
    @Test func aboveTheBoundTheStrongestInNodeOrder() {
        let s = MapSelection(Self.eco, missingLinks: [], limit: 3)
        #expect(Self.ids(s.partners) == ["p1", "p2", "p3"])
        #expect(s.leftOut(partners: 3, places: 1) == (2, 0))
    }

    /// A missing link p6–p5 (p5 has no partner tie, so it is a candidate only through the link,
    /// and brings place s2): its ends first, then p1.
    @Test func theMissingLinksComeFirst() {
        let s = MapSelection(Self.eco, missingLinks: [(Self.v("p6"), Self.v("p5"))], limit: 3)
        #expect(Self.ids(s.partners) == ["p6", "p5", "p1"])
        #expect(s.candidates == 6 && s.candidatePlaces == 2)
    }

    /// Places: the one tied to the most of the map's partners, then by node order.
    @Test func thePlacesTiedToTheMostPartners() {
        #expect(MapSelection.places([7: [1], 3: [1, 2], 5: [4, 6]], limit: 1) == [3])
        #expect(MapSelection.places([7: [1], 3: [1, 2], 5: [4, 6]], limit: 2) == [3, 5])
        #expect(MapSelection.places([7: [1], 3: [1, 2]], limit: 2) == [3, 7])
    }
}
