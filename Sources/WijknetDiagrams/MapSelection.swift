import Wijknet

/// Which partners and places the report's interactive map shows (issue 28: a readable page at a
/// million actors). The map shows the partners view's partners — those with a tie to another
/// partner, and those of the report's missing links — and the places tied to them. Up to
/// ``MeetingReportJob/mapPartners`` partners and ``MeetingReportJob/mapPlaces`` places that is
/// every one of them (``partners`` and ``places`` are `nil`: nothing left out, the page of a
/// neighbourhood is as before). Above a bound the map keeps:
///
/// - partners: first the ends of the missing links (in their ranking), then the partners with
///   the most ties to other partners, ties broken by node order, up to the bound;
/// - places: of the places tied to a kept partner, those tied to the most kept partners, ties
///   broken by node order, up to the bound.
///
/// The ties drawn are then the ties among what is kept (a kept partner with no tie to another
/// kept one and no missing link is not drawn). How many are left out of the unbounded map is
/// stated under it (``MeetingReport/Map/partnersLeftOut``); the full lists are in `wijknet export`.
///
/// - Complexity: `O(n + m)` to count the partner ties and the places, `O(p log p)` to rank the
///   `p` partners with one; `O(n)` memory.
public struct MapSelection {
    /// The partners to draw, or `nil`: every partner of the view.
    public var partners: Set<Int>?
    /// The partners the unbounded map would show.
    public var candidates = 0
    /// The places tied to them: those the unbounded map would show.
    public var candidatePlaces = 0

    /// The selection of `eco`'s partners for at most `limit` on the map; `missingLinks` are the
    /// node pairs the map draws as missing links (kept first).
    public init(_ eco: Ecosystem, missingLinks: [(Int, Int)], limit: Int) {
        let g = eco.graph
        var partnerTies = [Int](repeating: 0, count: g.nodeCount)
        var candidates: [Int] = []
        let linked = Set(missingLinks.flatMap { [$0.0, $0.1] })
        for v in 0..<g.nodeCount where eco.actors[v].kind == .partner {
            for w in g.neighbors(v) where eco.actors[w].kind == .partner { partnerTies[v] += 1 }
            if partnerTies[v] > 0 || linked.contains(v) { candidates.append(v) }
        }
        self.candidates = candidates.count
        var places = Set<Int>()
        for v in candidates { for w in g.neighbors(v) where eco.actors[w].kind == .place { places.insert(w) } }
        candidatePlaces = places.count
        guard candidates.count > limit else { return }
        var kept: [Int] = []
        var chosen = Set<Int>()
        for (a, b) in missingLinks { for v in [a, b] where kept.count < limit && chosen.insert(v).inserted { kept.append(v) } }
        let strongest = candidates.filter { !chosen.contains($0) }.sorted { (partnerTies[$0], $1) > (partnerTies[$1], $0) }
        for v in strongest.prefix(limit - kept.count) { chosen.insert(v) }
        partners = chosen
    }

    /// Of `tied` (place → the map's partners tied to it), the places to draw: all of them up to
    /// `limit`, else the `limit` tied to the most partners (ties by node order), in node order.
    public static func places(_ tied: [Int: [Int]], limit: Int) -> [Int] {
        let all = tied.keys.sorted()
        guard all.count > limit else { return all }
        return all.sorted { (tied[$0]!.count, $1) > (tied[$1]!.count, $0) }.prefix(limit).sorted()
    }

    /// What the map drawn with `partners` partners and `places` places leaves out of the
    /// unbounded one (a chosen partner with no tie to another chosen one is not drawn either).
    public func leftOut(partners drawn: Int, places shown: Int) -> (partners: Int, places: Int) {
        (candidates - drawn, candidatePlaces - shown)
    }
}
