import WijknetGraph

/// A closed range of days, either end open. Day numbers are days since 1970-01-01.
public struct Period: Sendable, Hashable, Codable {
    public var from: Int?
    public var to: Int?
    public init(from: Int? = nil, to: Int? = nil) {
        self.from = from
        self.to = to
    }
    /// Every day.
    public static let all = Period()
    @inlinable public func contains(day: Int) -> Bool {
        (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true)
    }
    /// `2025-01-01 – 2025-12-31`, with `…` for an open end.
    public var description: String {
        "\(from.map(Calendar.isoDate) ?? "…") – \(to.map(Calendar.isoDate) ?? "…")"
    }
}

/// What the contacts on one tie of the ecosystem add up to (24 bytes, no heap storage).
public struct EdgeInfo: Sendable, Hashable {
    /// Number of contacts (rows) on this tie.
    public var contacts: Int32
    /// First and last day with a contact (day numbers).
    public var firstDay: Int32
    public var lastDay: Int32
    /// Bit `t` is set when contact type `t` (< 64) was seen; see ``Ecosystem/types(ofEdge:)``.
    public var typeMask: UInt64
}

/// The ecosystem graph of one period: partners, places and young people as nodes; a tie
/// between every pair of distinct actors named in the same row of the log.
///
/// **The pair rule.** A row naming actors `{a, b, c, d}` (source, target, about, place) adds
/// its weight to each of the C(4,2) = 6 pairs. So a youth worker (source) who talks with a
/// school (target) about young person Y at the sports club P ties worker–school, worker–Y,
/// worker–P, school–Y, school–P and Y–P. Repeated ids in one row are one actor.
///
/// **Nodes.** Every actor from the actors file, and every actor named in a row inside the
/// period. Node `i` of ``graph`` is ``actors``[i].
public struct Ecosystem: Sendable {
    /// Node `i` of the graph is `actors[i]`.
    public let actors: [Actor]
    /// The undirected weighted graph; edge weights are summed contact weights.
    public let graph: Graph
    /// Per undirected edge (same order as `graph.edges`): contacts, dates, types. Empty in an
    /// ecosystem built without them (``hasTieDetails``).
    public let edgeInfo: [EdgeInfo]
    /// Contact types with index >= 64 per edge id (rare: only logs with more than 64 types).
    let extraTypes: [Int: [Int]]
    /// For each node, its actor index in ``log``.
    public let logIndex: [Int]
    /// For each actor index in ``log``, its node, or `-1` when not in this ecosystem.
    public let nodeOfActor: [Int]
    /// The log this ecosystem was built from (all rows, all periods).
    public let log: ContactLog
    /// The period this ecosystem covers.
    public let period: Period
    /// Rows of the log inside the period.
    public let rowsInPeriod: [Int]
    /// The pseudonymizer that labels young people.
    public let pseudonyms: Pseudonymizer

    /// Builds the ecosystem of `period` from `log`.
    ///
    /// - Complexity: `O(r + n + m)` for `r` rows in the period: one pass, pairs aggregated in
    ///   an open-addressing table keyed by the node pair.
    public init(log: ContactLog, period: Period = .all, pseudonyms: Pseudonymizer) {
        self.init(log: log, period: period, rowMask: nil, keepingDeclared: { _ in true }, pseudonyms: pseudonyms)
    }

    /// Builds the ecosystem of the rows of `log` with `rowMask[r] == true` inside `period`: one
    /// neighbourhood's share of a regional log (see ``ContactLog/unitSplit(by:)``).
    ///
    /// Nodes are the actors named in a selected row, plus the declared actors (from the actors
    /// file) for which `keepingDeclared` is true, whether or not they had a contact. With
    /// `rowMask == nil` every row is selected; `init(log:period:pseudonyms:)` is this with `nil`
    /// and every declared actor kept. ``rowsInPeriod`` holds the selected rows only.
    ///
    /// - Precondition: `rowMask` is `nil` or has `log.count` entries.
    /// - Complexity: as ``init(log:period:pseudonyms:)``.
    ///
    /// With `tieDetails` false only the ties' weights are summed: ``edgeInfo`` stays empty and
    /// ``types(ofEdge:)`` may not be asked (see ``hasTieDetails``). For a caller that needs the
    /// graph and not when or how the contacts were — `analyse`: at a million actors the details
    /// are 292 MB through the whole analysis, and their summing reads two more columns of the
    /// log per pair (issue 28). The graph is the same, weight for weight.
    public init(log: ContactLog, period: Period = .all, rowMask: [Bool]?, keepingDeclared: (Actor) -> Bool,
                pseudonyms: Pseudonymizer, tieDetails: Bool = true) {
        precondition(rowMask == nil || rowMask!.count == log.count, "one mask entry per row")
        self.log = log
        self.period = period
        self.pseudonyms = pseudonyms
        let n = log.actors.count
        var active = [Bool](repeating: false, count: n)
        for i in 0..<n where log.actors[i].declared && keepingDeclared(log.actors[i]) { active[i] = true }
        var rows: [Int] = []
        rows.reserveCapacity(log.count)
        for r in 0..<log.count {
            if let rowMask, !rowMask[r] { continue }
            let day = Calendar.day(ofTimestamp: log.time[r])
            guard period.contains(day: day) else { continue }
            rows.append(r)
            if log.source[r] >= 0 { active[Int(log.source[r])] = true }
            if log.target[r] >= 0 { active[Int(log.target[r])] = true }
            if log.about[r] >= 0 { active[Int(log.about[r])] = true }
            if log.place[r] >= 0 { active[Int(log.place[r])] = true }
        }
        var nodeOfActor = [Int](repeating: -1, count: n)
        var logIndex: [Int] = []
        for i in 0..<n where active[i] {
            nodeOfActor[i] = logIndex.count
            logIndex.append(i)
        }
        self.nodeOfActor = nodeOfActor
        self.logIndex = logIndex
        self.actors = logIndex.map { log.actors[$0] }
        self.rowsInPeriod = rows

        // The ties: the rows' pairs summed, in (u, v) order (see PairSums; two threads on a large log).
        let sums = PairSums(log: log, rows: rows, nodeOfActor: nodeOfActor, nodeCount: logIndex.count, details: tieDetails)
        self.graph = Graph(nodeCount: logIndex.count, sortedEdges: sums.edges)
        self.edgeInfo = sums.info
        self.extraTypes = sums.extraTypes
    }

    /// Whether ``edgeInfo`` holds each tie's contacts, days and types (else the ecosystem was
    /// built with `tieDetails: false`, or derived from one that was).
    public var hasTieDetails: Bool { edgeInfo.count == graph.edgeCount }

    /// The contact types seen on edge `e`, as sorted indices into ``ContactLog/contactTypes``.
    /// - Precondition: ``hasTieDetails``.
    public func types(ofEdge e: Int) -> [Int] {
        precondition(hasTieDetails, "the ecosystem was built without tie details")
        let mask = edgeInfo[e].typeMask
        var out: [Int] = []
        for t in 0..<64 where mask & (1 << UInt64(t)) != 0 { out.append(t) }
        return out + (extraTypes[e] ?? [])
    }

    /// Number of nodes.
    public var count: Int { actors.count }

    /// The label to show for node `v`: the name (or id) of partners and places; the pseudonym
    /// of a young person unless `showYouthNames` is set.
    public func label(of v: Int, showYouthNames: Bool = false) -> String {
        let a = actors[v]
        if a.kind == .youth {
            return showYouthNames ? (a.name ?? a.id) : pseudonyms.pseudonym(for: a.id)
        }
        return a.name ?? a.id
    }

    /// The id to export for node `v`: the log id, or the pseudonym for a young person.
    public func exportID(of v: Int, showYouthNames: Bool = false) -> String {
        let a = actors[v]
        if a.kind == .youth && !showYouthNames { return pseudonyms.pseudonym(for: a.id) }
        return a.id
    }

    /// The order in which outputs list the nodes: partners and places in node order (actors
    /// file, then the log), then the young people **by pseudonym** (by label when names are
    /// shown). Node order would list young people in the actors file's order, so the i-th row of
    /// an export would be the i-th young person of that file for anyone who holds it: the
    /// pseudonym undone by position. A keyed pseudonym's order carries nothing of the input.
    public func outputOrder(showYouthNames: Bool = false) -> [Int] {
        var others: [Int] = [], youth: [(key: String, node: Int)] = []
        for v in actors.indices {
            if actors[v].kind == .youth { youth.append((exportID(of: v, showYouthNames: showYouthNames), v)) } else { others.append(v) }
        }
        youth.sort { ($0.key, $0.node) < ($1.key, $1.node) }
        return others + youth.map(\.node)
    }

    /// Per node, its place in `order` (an ``outputOrder(showYouthNames:)``, computed once by the
    /// caller: it takes a pseudonym per young person).
    public func outputPosition(of order: [Int]) -> [Int] {
        var position = [Int](repeating: 0, count: count)
        for (k, v) in order.enumerated() { position[v] = k }
        return position
    }

    /// The node of actor `id` (an id from the log, or a young person's pseudonym), or `nil`.
    public func node(forID id: String) -> Int? {
        if let a = log.actorIndex[id], nodeOfActor[a] >= 0 { return nodeOfActor[a] }
        if id.hasPrefix("J-") {
            return actors.indices.first { actors[$0].kind == .youth && pseudonyms.pseudonym(for: actors[$0].id) == id }
        }
        return nil
    }

    /// Node ids of one kind, ascending.
    public func nodes(ofKind kind: ActorKind) -> [Int] { actors.indices.filter { actors[$0].kind == kind } }

    /// The ecosystem restricted to the actors for which `keep` is true (an induced subgraph
    /// view: by kind, domain, neighbourhood). Edge infos follow their edges.
    /// - Complexity: `O(n + m)`.
    public func filtered(_ keep: (Actor) -> Bool) -> Ecosystem {
        let mask = actors.map(keep)
        return Ecosystem(restricting: self, to: mask)
    }

    /// The ecosystem with hypothetical ties added between node pairs (for "what if"): a new tie
    /// gets weight 1, one contact and no type, dated the last day of the period (`period.to`, else
    /// the day of the last contact in it); a pair already tied keeps its tie unchanged.
    /// - Complexity: `O(n + m + a)` for `a` added pairs.
    public func addingTies(_ pairs: [(Int, Int)]) -> Ecosystem {
        Ecosystem(adding: pairs.filter { $0.0 != $0.1 && !graph.hasEdge($0.0, $0.1) }, to: self)
    }

    private init(adding pairs: [(Int, Int)], to base: Ecosystem) {
        var builder = GraphBuilder(nodeCount: base.graph.nodeCount)
        for e in base.graph.edges { builder.addEdge(e.u, e.v, weight: e.weight) }
        var seen = Set<[Int]>()
        for (u, v) in pairs where seen.insert([min(u, v), max(u, v)]).inserted { builder.addEdge(u, v, weight: 1) }
        let g = builder.build()
        self.graph = g
        self.actors = base.actors
        self.logIndex = base.logIndex
        self.nodeOfActor = base.nodeOfActor
        self.log = base.log
        self.period = base.period
        self.pseudonyms = base.pseudonyms
        self.rowsInPeriod = base.rowsInPeriod
        let lastDay = Int32(truncatingIfNeeded: base.period.to ?? base.rowsInPeriod.lazy.map { Calendar.day(ofTimestamp: base.log.time[$0]) }.max() ?? 0)
        (edgeInfo, extraTypes) = Self.carryEdgeInfo(g, from: base, newTie: EdgeInfo(contacts: 1, firstDay: lastDay, lastDay: lastDay, typeMask: 0)) { e in
            base.graph.slot(e.u, e.v).map { Int(base.graph.edgeIDs[$0]) }
        }
    }

    /// The facts of each edge of `g` taken from `base`'s edge `oldEdge(e)`, or `newTie` when it
    /// has none (an added tie), with the extra contact types carried too; none when `base` has
    /// no tie details.
    private static func carryEdgeInfo(_ g: Graph, from base: Ecosystem, newTie: EdgeInfo,
                                      oldEdge: (Graph.Edge) -> Int?) -> ([EdgeInfo], [Int: [Int]]) {
        guard base.hasTieDetails else { return ([], [:]) }
        var info: [EdgeInfo] = []
        var extraTypes: [Int: [Int]] = [:]
        info.reserveCapacity(g.edgeCount)
        for (id, e) in g.edges.enumerated() {
            guard let old = oldEdge(e) else { info.append(newTie); continue }
            info.append(base.edgeInfo[old])
            if let more = base.extraTypes[old] { extraTypes[id] = more }
        }
        return (info, extraTypes)
    }

    /// This ecosystem without the rows of its log (and without ``rowsInPeriod``): the graph,
    /// actors, tie totals, warnings and counts stay. For a caller that needs nothing of the
    /// rows once the graph is built — `analyse` of one period: at a million actors they are
    /// 480 MB of its peak memory (issue 28). What reads rows (summaries, signals, periods) finds
    /// none, so such callers keep the whole ecosystem.
    public func withoutRows() -> Ecosystem { Ecosystem(base: self, log: log.withoutRows()) }

    private init(base: Ecosystem, log: ContactLog) {
        actors = base.actors
        graph = base.graph
        edgeInfo = base.edgeInfo
        extraTypes = base.extraTypes
        logIndex = base.logIndex
        nodeOfActor = base.nodeOfActor
        self.log = log
        period = base.period
        rowsInPeriod = []
        pseudonyms = base.pseudonyms
    }

    private init(restricting base: Ecosystem, to mask: [Bool]) {
        let (g, original) = base.graph.induced(keeping: mask)
        self.graph = g
        self.actors = original.map { base.actors[$0] }
        self.logIndex = original.map { base.logIndex[$0] }
        var nodeOfActor = [Int](repeating: -1, count: base.log.actors.count)
        for (i, a) in self.logIndex.enumerated() { nodeOfActor[a] = i }
        self.nodeOfActor = nodeOfActor
        self.log = base.log
        self.period = base.period
        self.pseudonyms = base.pseudonyms
        self.rowsInPeriod = base.rowsInPeriod
        // Every edge of an induced subgraph is an edge of the base: `newTie` is never used.
        (edgeInfo, extraTypes) = Self.carryEdgeInfo(g, from: base, newTie: EdgeInfo(contacts: 0, firstDay: 0, lastDay: 0, typeMask: 0)) { e in
            Int(base.graph.edgeIDs[base.graph.slot(original[e.u], original[e.v])!])
        }
    }

    /// The groups of `--group-by name` (see ``Actor/attribute(_:)``): the one place where actors
    /// get a group id for brokerage, the mixing matrix and the E-I index.
    ///
    /// An actor whose value is missing has no group (`nil`) and takes no part in them: for
    /// `domain` places and young people (no domain) and partners of domain `unknown` (in the log
    /// but not in the actors file, or described without domain); for `organisation` and
    /// `neighbourhood` every actor without one. Groups are numbered densely: for `domain` in the
    /// fixed order social, care, safety (always all three); otherwise the values sorted.
    ///
    /// - Throws: ``WijknetError/invalidRequest(_:)`` for an unknown attribute name.
    /// - Complexity: `O(n log n)` for `n` actors.
    public func groups(by name: String) throws -> Grouping {
        guard let attribute = Actor.canonicalAttribute(name) else {
            throw WijknetError.invalidRequest(.unknownGroupAttribute(name, known: Actor.attributeNames))
        }
        let isDomain = attribute == "domain"
        let values: [String?] = actors.map { a in
            if isDomain { return Domain.partnerDomains.contains(a.domain) ? a.domain.rawValue : nil }
            let v = a.attribute(name) ?? ""
            return v.isEmpty ? nil : v
        }
        let names = isDomain ? Domain.partnerDomains.map(\.rawValue) : Array(Set(values.compactMap { $0 })).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let ids = values.map { $0.map { index[$0]! } }
        let leftOut = actors.indices.filter { actors[$0].kind == .partner && ids[$0] == nil }.count
        return Grouping(attribute: attribute, ids: ids, names: names, partnersLeftOut: leftOut)
    }
}

/// Group ids of the actors for one attribute: see ``Ecosystem/groups(by:)``.
public struct Grouping: Sendable, Equatable {
    /// The attribute's English name: `domain`, `kind`, `organisation`, `neighbourhood`, `ordinary`.
    public var attribute: String
    /// Group id per node (`0..<names.count`), `nil` for an actor without a group.
    public var ids: [Int?]
    /// Group names, in id order.
    public var names: [String]
    /// Partners left out because their value is missing (for `domain`: partners of domain `unknown`).
    public var partnersLeftOut: Int
}

/// The distinct actors (or nodes) of one row, in column order (source, target, about, place;
/// at most four), without a heap allocation: the inner loop of building a graph from rows.
struct RowActors {
    private var ids: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
    private(set) var count = 0

    /// - Parameter map: the id to keep for an actor index (its node; the index itself by default).
    @inline(__always) init(_ source: Int32, _ target: Int32, _ about: Int32, _ place: Int32, map: (Int32) -> Int32 = { $0 }) {
        add(source, map); add(target, map); add(about, map); add(place, map)
    }

    @inline(__always) private mutating func add(_ a: Int32, _ map: (Int32) -> Int32) {
        guard a >= 0 else { return }
        let id = map(a)
        if count > 0 && ids.0 == id || count > 1 && ids.1 == id || count > 2 && ids.2 == id { return }
        switch count { case 0: ids.0 = id; case 1: ids.1 = id; case 2: ids.2 = id; default: ids.3 = id }
        count += 1
    }

    @inline(__always) subscript(i: Int) -> Int32 {
        switch i { case 0: ids.0; case 1: ids.1; case 2: ids.2; default: ids.3 }
    }
}

/// Open-addressing table from an unordered node pair to a dense slot number. Key and slot share
/// one 16-byte entry, so a probe costs one cache miss (2.4 million pairs do not fit in cache).
struct PairTable {
    private struct Entry { var key: UInt64; var value: Int32 }
    private var entries: [Entry]
    private var mask: Int
    private(set) var count = 0

    init(expected: Int) {
        var size = 64
        while size < expected * 2 { size <<= 1 }
        entries = [Entry](repeating: Entry(key: .max, value: -1), count: size)
        mask = size - 1
    }

    @inline(__always) private static func home(_ key: UInt64, _ mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        return Int(truncatingIfNeeded: h) & mask
    }

    @inline(__always) mutating func slot(_ a: Int32, _ b: Int32) -> (Int, Bool) {
        let key = UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
        var i = Self.home(key, mask)
        while true {
            let k = entries[i].key
            if k == key { return (Int(entries[i].value), false) }
            if k == .max {
                entries[i] = Entry(key: key, value: Int32(count))
                count += 1
                if count * 2 > entries.count { grow() }
                return (count - 1, true)
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = entries
        entries = [Entry](repeating: Entry(key: .max, value: -1), count: old.count * 2)
        mask = entries.count - 1
        for e in old where e.key != .max {
            var i = Self.home(e.key, mask)
            while entries[i].key != .max { i = (i + 1) & mask }
            entries[i] = e
        }
    }
}
