/// The last few meeting reports made, so that the page's `prepare=1` call, the frame that
/// loads the report and its download make it once.
///
/// Keyed by the parsed ``ReportQuery`` (without `actor`, which only the ego diagram reads),
/// not by the query text: an unknown parameter (`?x=1`, `?x=2`, …) or another spelling of the
/// same date is the same report, so no one can grow the cache by varying the URL. And it keeps
/// at most ``capacity`` reports, the least recently used going first.
struct ReportCache {
    static let capacity = 4

    /// Most recently used last.
    private var entries: [(key: ReportQuery, body: [UInt8])] = []

    var count: Int { entries.count }

    /// The cache key of `query`: what decides the report.
    static func key(_ query: ReportQuery) -> ReportQuery {
        var k = query
        k.actor = nil
        return k
    }

    /// The report of `query`, if kept (it becomes the most recently used).
    mutating func get(_ query: ReportQuery) -> [UInt8]? {
        let key = Self.key(query)
        guard let i = entries.firstIndex(where: { $0.key == key }) else { return nil }
        let entry = entries.remove(at: i)
        entries.append(entry)
        return entry.body
    }

    /// Keeps `body` as the report of `query`, dropping the least recently used beyond ``capacity``.
    mutating func put(_ query: ReportQuery, _ body: [UInt8]) {
        let key = Self.key(query)
        entries.removeAll { $0.key == key }
        entries.append((key, body))
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    }

    /// Forgets every report (the files changed).
    mutating func removeAll() { entries = [] }
}
