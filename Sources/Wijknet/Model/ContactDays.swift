/// The days on which each tie of an ecosystem had a contact: the timeline of a dynamic export.
///
/// Stored flat (CSR): the days of edge `e` are `days[offsets[e]..<offsets[e + 1]]`, ascending and
/// distinct. Memory is one entry per (edge, day) pair, whatever the number of rows.
public struct ContactDays: Sendable {
    /// Row starts: `offsets.count == edgeCount + 1`.
    public let offsets: [Int]
    /// Day numbers (days since 1970-01-01), edge by edge.
    public let days: [Int32]

    /// The contact days of edge `e`, ascending.
    public func days(ofEdge e: Int) -> ArraySlice<Int32> { days[offsets[e]..<offsets[e + 1]] }
}

extension Ecosystem {
    /// The contact days of every edge, from the rows in the period with the pair rule of
    /// ``Ecosystem``: a row ties every pair of distinct actors it names. Rows naming an actor
    /// outside this ecosystem (a ``filtered(_:)`` view) add only the pairs that are edges here.
    ///
    /// The (edge, day) keys are gathered in one array, sorted and made distinct in place: 8
    /// bytes per key, where a `Set` of them took about 16 and a sorted copy beside it (issue 28:
    /// the GEXF of a million actors).
    /// - Complexity: `O(r + k log k)` time for `r` rows and `k` (edge, day) keys with repeats;
    ///   `O(k)` memory.
    public func contactDays() -> ContactDays {
        let g = graph
        var keys: [UInt64] = []
        for r in rowsInPeriod {
            // Sign bit flipped so that days before 1970 sort first.
            let day = UInt64(UInt32(bitPattern: Int32(truncatingIfNeeded: Calendar.day(ofTimestamp: log.time[r]))) ^ 0x8000_0000)
            var nodes: [Int] = []
            nodes.reserveCapacity(4)
            for a in [log.source[r], log.target[r], log.about[r], log.place[r]] where a >= 0 {
                let v = nodeOfActor[Int(a)]
                if v >= 0 && !nodes.contains(v) { nodes.append(v) }
            }
            guard nodes.count > 1 else { continue }
            for x in 0..<nodes.count {
                for y in (x + 1)..<nodes.count {
                    guard let s = g.slot(nodes[x], nodes[y]) else { continue }
                    keys.append(UInt64(UInt32(g.edgeIDs[s])) << 32 | day)
                }
            }
        }
        keys.sort()
        keys.removeDuplicatesInSorted()
        var offsets = [Int](repeating: 0, count: g.edgeCount + 1)
        var days: [Int32] = []
        days.reserveCapacity(keys.count)
        for k in keys {
            offsets[Int(k >> 32) + 1] += 1
            days.append(Int32(bitPattern: UInt32(truncatingIfNeeded: k) ^ 0x8000_0000))
        }
        for e in 0..<g.edgeCount { offsets[e + 1] += offsets[e] }
        return ContactDays(offsets: offsets, days: days)
    }
}

extension Array where Element: Equatable {
    /// Keeps the first of each run of equal elements (all repeats, when sorted), in place.
    /// - Complexity: `O(count)`.
    mutating func removeDuplicatesInSorted() {
        guard count > 1 else { return }
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}
