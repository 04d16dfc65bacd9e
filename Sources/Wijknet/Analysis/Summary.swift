import WijknetGraph

/// The one-page overview of an ecosystem: what was read and what the graph looks like.
/// `Codable`, so the JSON export is this struct (keys as named here).
public struct EcosystemSummary: Sendable, Codable, Equatable {
    public struct Count: Sendable, Codable, Equatable {
        public var name: String
        public var count: Int
    }
    public var logFile: String
    public var period: String
    /// Rows read, used and skipped (read = used + skipped).
    public var rows: IngestStats.Counts
    /// Contacts (rows) inside the period.
    public var contactsInPeriod: Int
    /// First and last contact date in the period, ISO `YYYY-MM-DD`, or `nil` when empty.
    public var firstDate: String?
    public var lastDate: String?
    public var actors: Int
    public var actorsByKind: [Count]
    /// Partners by domain, in the order social, care, safety, unknown.
    public var partnersByDomain: [Count]
    /// Partners flagged as ordinary resources (voorveld).
    public var ordinaryPartners: Int
    public var edges: Int
    public var totalWeight: Double
    /// Contacts by type, most frequent first (ties by name); `(none)` for rows without a type.
    public var contactsByType: [Count]
    /// Connected components and the size of each, largest first.
    public var components: Int
    public var componentSizes: [Int]
    public var isolates: Int
    /// Density `2m / (n (n-1))`; `nil` (JSON `null`) for fewer than two actors.
    public var density: Double?
    /// The reading warnings in English, and as typed values (kind and figures; JSON objects).
    public var warnings: [String]
    public var readingWarnings: [ReadingWarning]
    /// Whether young people's pseudonyms are stable across runs (a key was given).
    public var stablePseudonyms: Bool

    /// Computes the summary. - Complexity: `O(r + n + m)`.
    public init(_ eco: Ecosystem) {
        let log = eco.log
        var typeCounts = [Int](repeating: 0, count: log.contactTypes.count + 1)
        var days: ClosedRange<Int>? = nil
        for r in eco.rowsInPeriod {
            typeCounts[Int(log.type[r]) + 1] += 1
            let d = Calendar.day(ofTimestamp: log.time[r])
            days = days.map { min($0.lowerBound, d)...max($0.upperBound, d) } ?? d...d
        }
        self.init(log: log, period: eco.period, contactsInPeriod: eco.rowsInPeriod.count, days: days,
                  typeCounts: typeCounts, actors: eco.actors, graph: eco.graph, stablePseudonyms: eco.pseudonyms.isStable)
    }

    /// The summary from what it counts: the one place its figures are worked out, for an
    /// ``Ecosystem`` and for ``StreamingSummary`` (which keeps no rows).
    /// - Parameters:
    ///   - typeCounts: contacts in the period by type index + 1 (index 0: rows without a type).
    ///   - actors: the nodes of `graph`, in node order.
    init(log: ContactLog, period: Period, contactsInPeriod: Int, days: ClosedRange<Int>?, typeCounts: [Int],
         actors nodes: [Actor], graph: Graph, stablePseudonyms: Bool) {
        logFile = log.fileName
        self.period = period.description
        rows = IngestStats.Counts(read: log.stats.rowsRead, used: log.stats.rowsUsed, skipped: log.stats.rowsSkipped)
        self.contactsInPeriod = contactsInPeriod
        // An undated log (an imported graph, an edge list) has no first or last date: `null`.
        firstDate = log.undated ? nil : days.map { Calendar.isoDate($0.lowerBound) }
        lastDate = log.undated ? nil : days.map { Calendar.isoDate($0.upperBound) }
        actors = nodes.count
        actorsByKind = ActorKind.allCases.map { k in Count(name: k.rawValue, count: nodes.lazy.filter { $0.kind == k }.count) }
        partnersByDomain = [Domain.social, .care, .safety, .unknown].map { d in
            Count(name: d.rawValue, count: nodes.lazy.filter { $0.kind == .partner && $0.domain == d }.count)
        }
        ordinaryPartners = nodes.lazy.filter { $0.kind == .partner && $0.ordinary }.count
        edges = graph.edgeCount
        totalWeight = graph.edges.reduce(0) { $0 + $1.weight }
        var byType = log.contactTypes.enumerated().map { Count(name: $1, count: typeCounts[$0 + 1]) }
        if typeCounts[0] > 0 { byType.append(Count(name: "(none)", count: typeCounts[0])) }
        contactsByType = byType.filter { $0.count > 0 }.sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        let comps = connectedComponents(graph)
        components = comps.count
        componentSizes = comps.sizes.sorted(by: >)
        isolates = (0..<graph.nodeCount).lazy.filter { graph.degree($0) == 0 }.count
        density = nodes.count < 2 ? nil : graph.density
        warnings = log.warnings
        readingWarnings = log.readingWarnings
        self.stablePseudonyms = stablePseudonyms
    }
}

extension IngestStats {
    /// Row counts only, for exports.
    public struct Counts: Sendable, Codable, Equatable {
        public var read: Int
        public var used: Int
        public var skipped: Int
    }
}
