/// What changed between two ecosystems — two periods of one log, or two logs with the same
/// actors file: ties added and lost, the partners whose figures changed most, and the domain
/// mixing before and after.
///
/// **Identity.** Actors are matched by their id in the log (young people by that id too, which
/// never leaves this value: they appear only in counts). A tie is the unordered pair of its
/// actors' ids; it is *added* when it is in `after` and not in `before`, *lost* the other way.
///
/// **Privacy.** Only ties between two partners are listed (by id and label). Ties that involve
/// a young person are counted (``youthTies``), and ties between a place and a partner or place
/// are counted too (``placeTies``). Metric changes list partners only.
public struct EcosystemComparison: Sendable, Codable {
    /// One tie between two partners, ids in ascending order.
    public struct PartnerTie: Sendable, Codable, Equatable {
        public var a: String, b: String
        public var labelA: String, labelB: String
        /// Contacts on the tie in the ecosystem that has it (`after` for an added tie, `before` for a lost one).
        public var contacts: Int
        /// `a|b`: the subject of the tie in the CSV export.
        public var subject: String { "\(a)|\(b)" }
    }

    /// How many ties of one sort there were, and how many appeared and disappeared.
    public struct TieCounts: Sendable, Codable, Equatable {
        public var before: Int, after: Int
        public var added: Int, lost: Int
    }

    /// One partner's figure before and after (0 when the partner is not in that ecosystem).
    public struct MetricChange: Sendable, Codable, Equatable {
        public var id: String
        public var label: String
        public var domain: String
        /// `betweenness`, `degree` or `brokerage_total`.
        public var metric: String
        public var before: Double
        public var after: Double
        public var change: Double { after - before }
    }

    public var before: Period
    public var after: Period
    public var tiesAdded: [PartnerTie]
    public var tiesLost: [PartnerTie]
    /// Ties with at least one young person at an end.
    public var youthTies: TieCounts
    /// Ties with a place and no young person at an end.
    public var placeTies: TieCounts
    /// Ties between two partners (all, not only the listed changes).
    public var partnerTies: TieCounts
    /// The partners whose normalized betweenness, degree and brokerage total changed most
    /// (largest absolute change first, then id; unchanged partners left out), at most `top` each.
    public var betweenness: [MetricChange]
    public var degree: [MetricChange]
    public var brokerageTotal: [MetricChange]
    /// Domain mixing matrix and E-I index (with its random baseline), as in `wijknet analyse`.
    public var mixingBefore: MixingSummary
    public var mixingAfter: MixingSummary

    /// Compares `before` with `after`, analysing both with `options` (domain groups by default).
    /// - Throws: ``WijknetError/invalidRequest(_:)`` for an unknown `groupBy` attribute.
    public init(before: Ecosystem, after: Ecosystem, top: Int = 10, options: AnalysisOptions = AnalysisOptions()) throws {
        self.init(before: before, beforeAnalysis: try AnalysisResult(before, options: options),
                  after: after, afterAnalysis: try AnalysisResult(after, options: options), top: top)
    }

    /// Compares two ecosystems whose analyses are already at hand (made without `showYouthNames`).
    /// - Complexity: `O(m log m + n log n)` for the ties and partners of both.
    public init(before: Ecosystem, beforeAnalysis: AnalysisResult, after: Ecosystem, afterAnalysis: AnalysisResult, top: Int = 10) {
        self.init(before: before, beforePositions: PartnerPositions(beforeAnalysis), after: after,
                  afterPositions: PartnerPositions(afterAnalysis), top: top)
    }

    /// Compares two ecosystems with their partners' positions (``PartnerPositions``).
    /// - Complexity: `O(m log m + n log n)` for the ties and partners of both.
    public init(before: Ecosystem, beforePositions: PartnerPositions, after: Ecosystem, afterPositions: PartnerPositions, top: Int = 10) {
        self.before = before.period
        self.after = after.period
        let b = Self.ties(before), a = Self.ties(after)
        func partnerTie(_ key: TieKey, _ t: TieFacts) -> PartnerTie {
            PartnerTie(a: key.a, b: key.b, labelA: t.labelA, labelB: t.labelB, contacts: t.contacts)
        }
        tiesAdded = a.filter { $0.value.sort == .partners && b[$0.key] == nil }.map(partnerTie).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        tiesLost = b.filter { $0.value.sort == .partners && a[$0.key] == nil }.map(partnerTie).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        func counts(_ sort: TieSort) -> TieCounts {
            TieCounts(before: b.values.filter { $0.sort == sort }.count, after: a.values.filter { $0.sort == sort }.count,
                      added: a.filter { $0.value.sort == sort && b[$0.key] == nil }.count,
                      lost: b.filter { $0.value.sort == sort && a[$0.key] == nil }.count)
        }
        youthTies = counts(.youth)
        placeTies = counts(.places)
        partnerTies = counts(.partners)

        let partnersBefore = Dictionary(uniqueKeysWithValues: beforePositions.partners.map { ($0.id, $0) })
        let partnersAfter = Dictionary(uniqueKeysWithValues: afterPositions.partners.map { ($0.id, $0) })
        let ids = Set(partnersBefore.keys).union(partnersAfter.keys)
        func changes(_ metric: String, _ value: (PartnerPositions.Partner) -> Double) -> [MetricChange] {
            let all = ids.compactMap { id -> MetricChange? in
                let x = partnersBefore[id], y = partnersAfter[id]
                let m = (y ?? x)!
                let c = MetricChange(id: id, label: m.label, domain: m.domain, metric: metric,
                                     before: x.map(value) ?? 0, after: y.map(value) ?? 0)
                return c.change != 0 && c.change.isFinite ? c : nil
            }
            return Array(all.sorted { (abs($0.change), $1.id) > (abs($1.change), $0.id) }.prefix(top))
        }
        betweenness = changes("betweenness") { $0.betweenness }
        degree = changes("degree") { Double($0.degree) }
        brokerageTotal = changes("brokerage_total") { Double($0.brokerageTotal) }
        mixingBefore = beforePositions.mixing
        mixingAfter = afterPositions.mixing
    }

    // MARK: Ties by identity

    enum TieSort { case partners, places, youth }
    struct TieKey: Hashable { var a: String, b: String }
    struct TieFacts { var sort: TieSort; var labelA: String, labelB: String; var contacts: Int }

    /// Every tie of `eco` keyed by its actors' log ids (ascending).
    static func ties(_ eco: Ecosystem) -> [TieKey: TieFacts] {
        var out: [TieKey: TieFacts] = [:]
        out.reserveCapacity(eco.graph.edgeCount)
        for (e, edge) in eco.graph.edges.enumerated() {
            var u = edge.u, v = edge.v
            if eco.actors[u].id > eco.actors[v].id { swap(&u, &v) }
            let ku = eco.actors[u].kind, kv = eco.actors[v].kind
            let sort: TieSort = ku == .youth || kv == .youth ? .youth : ku == .place || kv == .place ? .places : .partners
            // Labels only for partners: a young person's label is never kept here.
            let named = sort == .partners
            out[TieKey(a: eco.actors[u].id, b: eco.actors[v].id)] =
                TieFacts(sort: sort, labelA: named ? eco.label(of: u) : "", labelB: named ? eco.label(of: v) : "",
                         contacts: Int(eco.edgeInfo[e].contacts))
        }
        return out
    }
}
