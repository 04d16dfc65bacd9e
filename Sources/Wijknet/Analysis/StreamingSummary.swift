import WijknetGraph

/// ``EcosystemSummary`` of a log too large to keep: the rows are folded as they are read and
/// dropped, so memory is `O(actors + distinct pairs)` whatever the number of rows.
///
/// It is the same summary as `EcosystemSummary(Ecosystem(log:period:pseudonyms:))`, byte for
/// byte in every format: the rows of the period are taken in file order, their pairs are
/// aggregated in the same table in the same order (keyed by actor index here, by node there;
/// nodes are the active actors in index order, so the map between them keeps order), so the
/// graph, its edge order and every floating-point sum are the same.
///
/// Per row it keeps nothing; per actor one flag; per distinct pair 16 bytes and about 24 bytes
/// of hash table (``PairTable`` keeps at most half its slots full).
public struct StreamingSummary {
    private let period: Period
    private var active: [Bool] = []
    private var typeCounts: [Int] = [0]
    private var days: ClosedRange<Int>? = nil
    private var contacts = 0
    private var table = PairTable(expected: 1 << 10)
    private var pairs: [(u: Int32, v: Int32, weight: Double)] = []

    public init(period: Period = .all) { self.period = period }

    /// Folds one used row (see ``ContactLogReader/read(logPath:actorsPath:eachRow:startOver:)``).
    public mutating func add(_ row: ContactRow) {
        let day = Calendar.day(ofTimestamp: row.time)
        guard period.contains(day: day) else { return }
        contacts += 1
        days = days.map { min($0.lowerBound, day)...max($0.upperBound, day) } ?? day...day
        let t = Int(row.type) + 1
        if t >= typeCounts.count { typeCounts += [Int](repeating: 0, count: t + 1 - typeCounts.count) }
        typeCounts[t] += 1
        // The distinct actors of the row in column order, as Ecosystem takes them.
        let ids = RowActors(row.source, row.target, row.about, row.place)
        for x in 0..<ids.count {
            let a = Int(ids[x])
            if a >= active.count { active += [Bool](repeating: false, count: max(a + 1, 2 * active.count) - active.count) }
            active[a] = true
            for y in (x + 1)..<ids.count {
                let (slot, isNew) = table.slot(ids[x], ids[y])
                if isNew { pairs.append((min(ids[x], ids[y]), max(ids[x], ids[y]), 0)) }
                pairs[slot].weight += row.weight
            }
        }
    }

    /// The summary, once `log` (read with ``add(_:)`` as its `eachRow`) is complete.
    /// Nodes: every declared actor and every actor named in a row of the period.
    ///
    /// Spends the fold: its pair table is freed before the graph is built, and its pairs once
    /// they are in the graph's builder (a million actors, 12 million pairs: the peak went from
    /// 1.99 GB, when table, pairs, builder and graph were held at once, to the figure in
    /// docs/engineering.md, "Memory on huge input").
    public mutating func summary(of log: ContactLog, pseudonyms: Pseudonymizer) -> EcosystemSummary {
        table = PairTable(expected: 0)
        var nodeOfActor = [Int](repeating: -1, count: log.actors.count)
        var nodes: [Actor] = []
        for (i, a) in log.actors.enumerated() where a.declared || (i < active.count && active[i]) {
            nodeOfActor[i] = nodes.count
            nodes.append(a)
        }
        var builder = GraphBuilder(nodeCount: nodes.count)
        builder.reserveCapacity(pairs.count)
        for p in pairs { builder.addEdge(nodeOfActor[Int(p.u)], nodeOfActor[Int(p.v)], weight: p.weight) }
        pairs = []
        var counts = typeCounts
        if counts.count < log.contactTypes.count + 1 { counts += [Int](repeating: 0, count: log.contactTypes.count + 1 - counts.count) }
        return EcosystemSummary(log: log, period: period, contactsInPeriod: contacts, days: days, typeCounts: counts,
                                actors: nodes, graph: builder.build(), stablePseudonyms: pseudonyms.isStable)
    }
}
