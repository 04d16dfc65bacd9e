import Foundation
import Testing
import Wijknet
import WijknetJobs

/// Issue 28: at a million actors the report's map and places table are bounded and say, in the
/// report's words, how many they leave out. The bounds are set small here (the job's
/// ``MeetingReportJob/mapPartners``, ``MeetingReportJob/mapPlaces``, ``MeetingReportJob/placeRows``)
/// so they bite on the sample (41 partners, 9 places); the unbounded page of the same sample is
/// the reference for every count.
@Suite("The report's bounds say what they leave out")
struct ReportBoundsTests {
    static var source: LogSource { LogSource(path: sampleLog, actors: sampleActors, keyFile: sampleKey) }

    static func page(_ configure: (inout MeetingReportJob) -> Void = { _ in }) throws -> String {
        let read = try source.read()
        var job = MeetingReportJob(lang: .nl)
        configure(&job)
        return try job.html(read.ecosystem, within: read.period)
    }

    /// The map's nodes from `script#map-data`: id, kind and the "Partners met contact" fact.
    static func mapNodes(_ html: String) throws -> [(id: String, kind: String, partnerTies: Int)] {
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"map-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as! [String: Any]
        return (json["nodes"] as! [[String: Any]]).map { n in
            let facts = n["facts"] as! [[String]]
            let ties = facts.first { $0[0] == "Partners met contact" }.map { Int($0[1])! } ?? 0
            return (n["id"] as! String, n["kind"] as! String, ties)
        }
    }

    static func rowCount(_ html: String, table id: String) -> Int {
        guard let start = html.range(of: "id=\"\(id)\"") else { return 0 }
        let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex)!.lowerBound
        return html[start.upperBound..<end].components(separatedBy: "<tr>").count - 2   // minus the part before and the header
    }

    @Test func aNeighbourhoodIsNotBounded() throws {
        let html = try Self.page()
        #expect(!html.contains("map-left-out") && !html.contains("places-left-out"))
        #expect(try Self.mapNodes(html).filter { $0.kind == "place" }.count == 9)
        #expect(Self.rowCount(html, table: "places") == 9)
    }

    @Test func theBoundedMapKeepsTheMissingLinksAndTheStrongestAndCountsTheRest() throws {
        let full = try Self.mapNodes(try Self.page())
        let html = try Self.page { ($0.mapPartners, $0.mapPlaces) = (15, 4) }
        let shown = try Self.mapNodes(html)
        let fullPartners = full.filter { $0.kind == "partner" }, shownPartners = shown.filter { $0.kind == "partner" }
        let shownPlaces = shown.filter { $0.kind == "place" }.count
        #expect(shownPartners.count <= 15 && shownPartners.count >= 12)
        #expect(shownPlaces == 4)
        // Every partner the report names in a missing link is on the map.
        let eco = try Self.source.read().ecosystem
        let linked = Set(GapsAnalysis(eco).missingLinks.flatMap { [$0.a, $0.b] })
        #expect(!linked.isEmpty && linked.isSubset(of: Set(shownPartners.map(\.id))))
        // Besides them, no partner left out has more partner contacts than one shown.
        let shownIDs = Set(shownPartners.map(\.id))
        let weakestShown = shownPartners.filter { !linked.contains($0.id) }.map(\.partnerTies).min() ?? .max
        let strongestLeftOut = fullPartners.filter { !shownIDs.contains($0.id) }.map(\.partnerTies).max() ?? 0
        #expect(strongestLeftOut <= weakestShown, "\(strongestLeftOut) > \(weakestShown)")
        // The note: what is shown and what is not, adding up to the unbounded map.
        let note = "De kaart toont \(shownPartners.count) partners (die van de ontbrekende verbindingen, dan die met de meeste contacten met andere partners) en 4 plekken (die met de meeste van hen verbonden zijn); "
            + "nog \(fullPartners.count - shownPartners.count) partners en \(9 - 4) plekken niet getoond. De volledige lijst staat in de export."
        #expect(html.contains("<p class=\"note\" id=\"map-left-out\">\(note)</p>"))
        #expect(fullPartners.count - shownPartners.count > 0)
    }

    @Test func thePlacesTableShowsItsFirstRowsAndCountsTheRest() throws {
        let html = try Self.page { $0.placeRows = 5 }
        #expect(Self.rowCount(html, table: "places") == 5)
        #expect(html.contains("<p class=\"note\" id=\"places-left-out\">De eerste 5 plekken staan hierboven; nog 4 plekken niet getoond. Alle plekken, met hun cijfers, staan in de export.</p>"))
        // The rows shown are the first five of the unbounded table, in its order.
        let full = try Self.page()
        func rows(_ h: String) -> [String] {
            let start = h.range(of: "id=\"places\"")!
            let end = h.range(of: "</table>", range: start.upperBound..<h.endIndex)!.lowerBound
            return Array(h[start.upperBound..<end].components(separatedBy: "<tr>").dropFirst(2))
        }
        #expect(rows(html).map { $0.replacingOccurrences(of: "</tbody>", with: "") } == rows(full).prefix(5).map { $0.replacingOccurrences(of: "</tbody>", with: "") })
    }
}
