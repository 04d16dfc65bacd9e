import WijknetGraph

/// Thresholds of the bridging-gaps analysis.
public struct GapsOptions: Sendable, Codable {
    /// A pair of domains is a gap when its partner–partner ties are fewer than this share of
    /// what chance gives (default ½; see ``GapsAnalysis/DomainPair/expected``), and chance gives
    /// at least one. Relative, so the rule holds for 10 partners and for 1,000.
    public var gapBelowChance: Double = 0.5
    /// The references findings are judged against (issue 24): chance, the team's goals, or
    /// Wijknet's stated defaults. See ``FindingReferences``.
    public var references = FindingReferences()
    /// Young people with at least this many partners are checked for fragmentation (default 3).
    public var minPartners: Int = 3
    /// …and flagged when the density of ties among those partners is below this (default 0.5).
    public var densityBelow: Double = 0.5
    /// How many items each ranked list shows (default 10).
    public var top: Int = 10
    /// A signal counts as followed up when another domain acts within this many days (default 14).
    public var signalDays: Int = 14
    /// Ids of the neighbourhood team's partners; empty = every partner whose organisation or
    /// name contains "wijkteam" (case-insensitive).
    public var team: [String] = []

    public init() {}

    /// The nodes of the neighbourhood team in `eco` (see ``team``).
    public func teamNodes(in eco: Ecosystem) -> Set<Int> {
        if !team.isEmpty { return Set(team.compactMap { eco.node(forID: $0) }) }
        return Set((0..<eco.count).filter { v in
            let a = eco.actors[v]
            return a.kind == .partner && ((a.organisation ?? "") + " " + (a.name ?? "") + " " + a.id).lowercased().contains("wijkteam")
        })
    }
}

/// Where the ecosystem does not hold together: the seven findings of `wijknet gaps`.
///
/// Every finding carries its figures and the actors behind it as export ids (young people only
/// as pseudonyms, and in lists of young people only counted or pseudonymised). Signals also carry
/// the log line numbers of the rows behind them, so each figure can be traced.
public struct GapsAnalysis: Sendable, Codable {
    public var options: GapsOptions
    public var domainGaps: DomainGaps
    public var fragmentation: Fragmentation
    public var missingLinks: [MissingLink]
    public var singlePoints: SinglePoints
    public var boundarySpanners: [BoundarySpanner]
    /// Pairs of contacts brokered across domains by all partners together (the sum of
    /// ``BoundarySpanner/across`` over every partner, not only the listed ones): the whole of
    /// the boundary work, against which one partner's share is judged.
    public var boundaryWorkTotal: Int = 0
    public var ordinaryLife: OrdinaryLife
    public var signals: Signals
    /// The inputs the data lacks (``MissingInput``): the findings that need them are not
    /// stated, and the outputs say what to add.
    public var unmeasured: [MissingInput]
    /// With an actors file: the partners and places of the log it does not list, by id (a typo
    /// in the log, a new partner), in node order. Their domain is unknown, so they count in no
    /// figure about domains and in no partner pairs: a data-quality finding of its own.
    public var notInActorsFile: NotInActorsFile
    /// Every finding beside its reference, concern or strength, most serious first (issue 24):
    /// the one order `gaps`, the report and the page state them in.
    public var judgements: [Judgement] = []
    /// The period the judgements' ``Judgement/previous`` figures come from, if any.
    public var previousPeriod: Period?

    public struct NotInActorsFile: Sendable, Codable, Equatable {
        /// Ids found under source/target (read as partners of unknown domain).
        public var partners: [String]
        /// Ids found only under place.
        public var places: [String]
    }

    // MARK: 1. Domain gaps

    public struct DomainPair: Sendable, Codable, Equatable {
        public var a: String, b: String
        public var ties: Int
        public var weight: Double
        /// The ties chance would give this pair: the partner–partner ties between domain partners
        /// spread at random over their possible pairs, `T · n_a · n_b / C(n, 2)` (the baseline of
        /// the E-I index, Krackhardt & Stern 1988). `NaN` with fewer than two domain partners.
        public var expected: Double
        public init(a: String, b: String, ties: Int, weight: Double, expected: Double = .nan) {
            self.a = a; self.b = b; self.ties = ties; self.weight = weight; self.expected = expected
        }
    }
    public struct PlaceDomains: Sendable, Codable, Equatable {
        public var place: String
        public var label: String
        /// Domains of the partners tied to the place, in the order social, care, safety.
        public var domains: [String]
        public var youth: Int
        /// Distinct pairs of partners of different domains that had contact at this place
        /// (a row naming both and this place).
        public var crossDomainTies: Int
        /// Young people meet here only one domain.
        public var oneDomainOnly: Bool
    }
    public struct DomainGaps: Sendable, Codable {
        public var present: [String]
        public var pairs: [DomainPair]
        /// Pairs with fewer ties than ``GapsOptions/gapBelowChance`` of what chance gives.
        public var gaps: [DomainPair]
        public var places: [PlaceDomains]
        /// Partners of unknown domain, left out of the domain figures and the boundary spanners.
        public var partnersWithoutDomain: Int
        /// All partner–partner ties between partners of a known domain, and the share of them
        /// that crosses domains, observed and by chance (`E*/(E* + I*)`: the E-I baseline as a
        /// share, `(EI + 1)/2`). `NaN` without ties or without two domains.
        public var ties: Int = 0
        public var crossShare: Double = .nan
        public var crossShareExpected: Double = .nan
    }

    // MARK: 2. Fragmentation

    public struct FragmentedYouth: Sendable, Codable, Equatable {
        public var youth: String      // pseudonym
        public var partners: Int
        public var domains: Int
        public var partnerTies: Int
        public var density: Double
    }
    public struct Fragmentation: Sendable, Codable {
        public var youth: Int
        /// Young people with at least `minPartners` partners.
        public var checked: Int
        /// …whose partners' tie density is below the threshold ("many faces who do not know each other").
        public var fragmented: Int
        public var fragmentedShare: Double
        /// Young people reached by exactly one domain.
        public var oneDomain: Int
        public var oneDomainShare: Double
        public var meanPartners: Double
        /// The most fragmented (most partners first, then lowest density), at most `top`.
        public var flagged: [FragmentedYouth]
    }

    // MARK: 3. Missing links

    public struct MissingLink: Sendable, Codable, Equatable {
        public var a: String, b: String
        public var labelA: String, labelB: String
        public var domainA: String, domainB: String
        public var crossDomain: Bool
        /// Resource allocation over shared young people and places.
        public var score: Double
        /// Shared young people: counted, never named.
        public var sharedYouth: Int
        /// Shared places: named.
        public var sharedPlaces: [String]
        /// The young people either partner sees: the whole the shared ones are a share of.
        public var youthOfEither: Int = 0
    }

    // MARK: 4. Single points of failure

    public struct CutPartner: Sendable, Codable, Equatable {
        public var partner: String
        public var label: String
        public var domain: String
        /// Sizes of the parts the ecosystem falls into without this partner.
        public var pieces: [Int]
        /// Young people who then lose their only line to a domain (``Ecosystem/youthLosingOnlyLine(removing:adding:)``,
        /// the definition of `whatif` and of the report's key players).
        public var youthLosingADomain: Int
        /// Places that then no longer reach the neighbourhood team (labels).
        public var placesLosingTeam: [String]
        /// Pairs of domains (`social|care`, …) whose partners — other than this one — are
        /// connected today and no longer once it leaves: the only bridge between them (the
        /// double outline of the gaps diagram, stated here so the diagram marks nothing the
        /// words and JSON do not have).
        public var separatesDomains: [String] = []
    }
    public struct Bridge: Sendable, Codable, Equatable {
        public var a: String, b: String
        public var labelA: String, labelB: String
        public var sides: [Int]
    }
    public struct SinglePoints: Sendable, Codable {
        public var team: [String]
        public var partners: [CutPartner]
        public var bridges: [Bridge]
    }

    // MARK: 5. Boundary spanners

    public struct BoundarySpanner: Sendable, Codable, Equatable {
        public var partner: String
        public var label: String
        public var domain: String
        public var liaison: Int, gatekeeper: Int, representative: Int, consultant: Int
        /// liaison + gatekeeper + representative + consultant: brokerage across domains.
        public var across: Int
        public var liaisonZ: Double, gatekeeperZ: Double, representativeZ: Double
    }

    // MARK: 6. Ordinary life

    public struct OrdinaryLife: Sendable, Codable {
        public var youth: Int
        /// Young people tied to at least one ordinary resource (voorveld).
        public var withOrdinary: Int
        public var withOrdinaryShare: Double
        /// Young people whose only partners are care partners and who have no ordinary resource.
        public var onlySpecialisedCare: Int
        public var ordinaryResources: Int
        /// Ordinary resources with no tie to the neighbourhood team (labels).
        public var notSeenByTeam: [String]
    }

    // MARK: 7. Signals

    public struct SignalCase: Sendable, Codable, Equatable {
        public var youth: String
        public var line: Int
        public var followUpLine: Int?
        public var days: Int?
    }
    public struct Signals: Sendable, Codable {
        public var signals: Int
        public var followedUp: Int
        public var share: Double
        public var medianDays: Double
        /// Signals not followed up (young person by pseudonym, log line), at most `top`.
        public var notFollowedUp: [SignalCase]
        /// Every signal, for tracing back to the log.
        public var cases: [SignalCase]
    }
}

extension GapsAnalysis {
    /// Computes the seven findings. - Complexity: `O(r log r + n + m)` plus, per articulation
    /// partner, one `O(n + m)` search; missing links `O(Σ_z c(z)² · log top)` time over shared
    /// young people and places, in `O(n + top)` memory.
    public init(_ eco: Ecosystem, options: GapsOptions = GapsOptions()) {
        self.options = options
        let g = eco.graph
        let n = g.nodeCount
        let actors = eco.actors
        let isPartner = actors.map { $0.kind == .partner }
        let domainsOrder: [Domain] = [.social, .care, .safety]
        func id(_ v: Int) -> String { eco.exportID(of: v) }
        func label(_ v: Int) -> String { eco.label(of: v) }
        // Domain groups as in `analyse --group-by domain`: partners of unknown domain have none.
        let grouping = try! eco.groups(by: "domain")   // "domain" is always a known attribute
        precondition(grouping.names == domainsOrder.map(\.rawValue))
        let realDomain: (Int) -> Domain? = { v in grouping.ids[v].map { domainsOrder[$0] } }

        // 1. Domain gaps: partner–partner ties between domains.
        var ties = [[Int]](repeating: [0, 0, 0], count: 3), weights = [[Double]](repeating: [0, 0, 0], count: 3)
        var present = Set<Int>()
        for v in 0..<n { if let d = realDomain(v) { present.insert(domainsOrder.firstIndex(of: d)!) } }
        for e in g.edges {
            guard let a = realDomain(e.u), let b = realDomain(e.v) else { continue }
            let i = domainsOrder.firstIndex(of: a)!, j = domainsOrder.firstIndex(of: b)!
            ties[min(i, j)][max(i, j)] += 1
            weights[min(i, j)][max(i, j)] += e.weight
        }
        // Chance: the same number of ties at random over the possible pairs of domain partners.
        var sizes = [0, 0, 0]
        for v in 0..<n { if let d = realDomain(v) { sizes[domainsOrder.firstIndex(of: d)!] += 1 } }
        let possible = Mixing.possiblePairs(sizes: sizes)
        let allTies = (0..<3).reduce(0) { t, i in t + ties[i][i...].reduce(0, +) }
        let crossTies = allTies - (0..<3).reduce(0) { $0 + ties[$1][$1] }
        let perPair = possible.internal + possible.external > 0 ? Double(allTies) / (possible.internal + possible.external) : .nan
        var pairs: [DomainPair] = []
        for i in 0..<3 { for j in (i + 1)..<3 where present.contains(i) && present.contains(j) {
            pairs.append(DomainPair(a: domainsOrder[i].rawValue, b: domainsOrder[j].rawValue, ties: ties[i][j], weight: weights[i][j],
                                    expected: perPair * Double(sizes[i] * sizes[j])))
        } }
        // Cross-domain partner pairs in contact at each place: one pass over the rows.
        var crossAt: [Int: Set<UInt64>] = [:]
        let log = eco.log
        for r in eco.rowsInPeriod where log.place[r] >= 0 {
            let p = eco.nodeOfActor[Int(log.place[r])]
            // In a filtered ecosystem a row may name an actor outside it (node -1): not a pair here.
            let named = [log.source[r], log.target[r]].compactMap { a -> Int? in a >= 0 && eco.nodeOfActor[Int(a)] >= 0 ? eco.nodeOfActor[Int(a)] : nil }
            guard p >= 0, named.count == 2, let da = realDomain(named[0]), let db = realDomain(named[1]), da != db else { continue }
            crossAt[p, default: []].insert(UInt64(min(named[0], named[1])) << 32 | UInt64(max(named[0], named[1])))
        }
        var places: [PlaceDomains] = []
        for p in 0..<n where actors[p].kind == .place {
            var doms = Set<Domain>()
            var youthHere = 0
            for v in g.neighbors(p) {
                if let d = realDomain(v) { doms.insert(d) } else if actors[v].kind == .youth { youthHere += 1 }
            }
            let ordered = domainsOrder.filter(doms.contains)
            places.append(PlaceDomains(place: id(p), label: label(p), domains: ordered.map(\.rawValue), youth: youthHere,
                                       crossDomainTies: crossAt[p]?.count ?? 0, oneDomainOnly: youthHere > 0 && ordered.count == 1))
        }
        domainGaps = DomainGaps(present: domainsOrder.indices.filter(present.contains).map { domainsOrder[$0].rawValue },
                                pairs: pairs, gaps: pairs.filter { $0.expected >= 1 && Double($0.ties) < options.gapBelowChance * $0.expected }, places: places,
                                partnersWithoutDomain: grouping.partnersLeftOut, ties: allTies,
                                crossShare: allTies > 0 && present.count > 1 ? Double(crossTies) / Double(allTies) : .nan,
                                crossShareExpected: allTies > 0 && present.count > 1 ? possible.external / (possible.internal + possible.external) : .nan)

        // 2. Fragmentation around each young person. Partner–partner ties as a hash set of
        // pairs: a young person's partner pairs are then checked in O(1) each.
        var partnerTies = Set<UInt64>()
        for e in g.edges where isPartner[e.u] && isPartner[e.v] { partnerTies.insert(UInt64(e.u) << 32 | UInt64(e.v)) }
        let youth = (0..<n).filter { actors[$0].kind == .youth }
        var checked = 0, fragmented = 0, oneDomain = 0, totalPartners = 0
        var flagged: [FragmentedYouth] = []
        for y in youth {
            // An array: a lazy filter over `neighbors` is indexed by adjacency slot, not position.
            let ps = Array(g.neighbors(y).filter { isPartner[$0] })
            totalPartners += ps.count
            let doms = Set(ps.compactMap(realDomain))
            if doms.count == 1 { oneDomain += 1 }
            guard ps.count >= options.minPartners else { continue }
            checked += 1
            var t = 0
            for (i, a) in ps.enumerated() {
                for b in ps[(i + 1)...] where partnerTies.contains(UInt64(min(a, b)) << 32 | UInt64(max(a, b))) { t += 1 }
            }
            let possible = ps.count * (ps.count - 1) / 2
            let density = Double(t) / Double(possible)
            if density < options.densityBelow {
                fragmented += 1
                flagged.append(FragmentedYouth(youth: id(y), partners: ps.count, domains: doms.count, partnerTies: t, density: density))
            }
        }
        flagged.sort { ($0.partners, -$0.density, $1.youth) > ($1.partners, -$1.density, $0.youth) }
        let yc = Double(youth.count)
        fragmentation = Fragmentation(youth: youth.count, checked: checked, fragmented: fragmented,
                                      fragmentedShare: checked > 0 ? Double(fragmented) / Double(checked) : .nan,
                                      oneDomain: oneDomain, oneDomainShare: yc > 0 ? Double(oneDomain) / yc : .nan,
                                      meanPartners: yc > 0 ? Double(totalPartners) / yc : .nan, flagged: Array(flagged.prefix(options.top)))

        // 3. Missing links between partners who share young people or places.
        let via = actors.map { $0.kind == .youth || $0.kind == .place }
        // Rank on numbers only (cross-domain first, then score, then node order) with a bounded
        // selection that keeps the top N while streaming, never the O(Σ c(z)²) pairs; then build
        // the top N with their shared young people and places.
        let domainIndex = Dictionary(uniqueKeysWithValues: Domain.allCases.enumerated().map { ($1, $0) })
        let domainGroup = actors.map { domainIndex[$0.domain]! }
        let scored = topPredictedLinks(g, candidates: isPartner, via: via, top: options.top, crossGroupsFirst: domainGroup)
        missingLinks = scored.map { l in
            let da = actors[l.u].domain, db = actors[l.v].domain
            let shared = sharedNeighbours(g, l.u, l.v, via: via)
            return MissingLink(a: id(l.u), b: id(l.v), labelA: label(l.u), labelB: label(l.v), domainA: da.rawValue, domainB: db.rawValue,
                               crossDomain: da != db, score: l.resourceAllocation,
                               sharedYouth: shared.filter { actors[$0].kind == .youth }.count,
                               sharedPlaces: shared.filter { actors[$0].kind == .place }.map(label),
                               youthOfEither: Set(g.neighbors(l.u).filter { actors[$0].kind == .youth } + g.neighbors(l.v).filter { actors[$0].kind == .youth }).count)
        }

        // 4. Single points of failure.
        let teamSet = options.teamNodes(in: eco)
        let cuts = cutStructure(g)
        // Whether each node reaches the team: per component (the one connected-parts search).
        func reach(removing removed: Int?) -> (comp: [Int], team: [Bool]) {
            let parts = removed.map { connectedComponents(g, without: $0) } ?? connectedComponents(g)
            var team = [Bool](repeating: false, count: parts.count)
            for t in teamSet where t != removed { team[parts.id[t]] = true }
            return (parts.id, team)
        }
        let base = reach(removing: nil)
        // Pairs of domains (i·3 + j, i < j) with partners other than `ignored` in one component.
        func domainPairs(_ comp: [Int], ignoring ignored: Int) -> Set<Int> {
            var present: [Int: Int] = [:]   // component -> bit mask of its partners' domains
            for v in 0..<n where v != ignored && isPartner[v] {
                if let d = realDomain(v) { present[comp[v], default: 0] |= 1 << domainsOrder.firstIndex(of: d)! }
            }
            var pairs = Set<Int>()
            for mask in present.values { for i in 0..<3 { for j in (i + 1)..<3 where mask & (1 << i) != 0 && mask & (1 << j) != 0 { pairs.insert(i * 3 + j) } } }
            return pairs
        }
        var cutPartners: [CutPartner] = []
        for (k, a) in cuts.articulationPoints.enumerated() where isPartner[a] {
            let after = reach(removing: a)
            let separated = domainPairs(base.comp, ignoring: a).subtracting(domainPairs(after.comp, ignoring: a)).sorted()
                .map { "\(domainsOrder[$0 / 3].rawValue)|\(domainsOrder[$0 % 3].rawValue)" }
            let losing = Set(eco.youthLosingOnlyLine(removing: [a]).values.joined()).count
            let lostPlaces = (0..<n).filter { p in actors[p].kind == .place && base.team[base.comp[p]] && !after.team[after.comp[p]] }.map(label)
            cutPartners.append(CutPartner(partner: id(a), label: label(a), domain: actors[a].domain.rawValue, pieces: cuts.pieceSizes[k],
                                          youthLosingADomain: losing, placesLosingTeam: lostPlaces, separatesDomains: separated))
        }
        cutPartners.sort { ($0.youthLosingADomain, $0.pieces.count > 1 ? $0.pieces[1] : 0, $1.partner) > ($1.youthLosingADomain, $1.pieces.count > 1 ? $1.pieces[1] : 0, $0.partner) }
        var bridgeList = zip(cuts.bridges, cuts.bridgeSides).map { b, sides in
            Bridge(a: id(b.u), b: id(b.v), labelA: label(b.u), labelB: label(b.v), sides: [sides.0, sides.1])
        }
        bridgeList.sort { (min($0.sides[0], $0.sides[1]), $1.a) > (min($1.sides[0], $1.sides[1]), $0.a) }
        singlePoints = SinglePoints(team: teamSet.sorted().map(label), partners: Array(cutPartners.prefix(options.top)),
                                    bridges: Array(bridgeList.prefix(options.top)))

        // 5. Boundary spanners: brokerage by domain among partners.
        let keep = (0..<n).map { realDomain($0) != nil }
        let (sub, original) = g.induced(keeping: keep)
        let groups = original.map { grouping.ids[$0]! }
        let broker = Brokerage(sub, groups: groups)
        typealias R = Brokerage.Role
        var spanners: [BoundarySpanner] = original.indices.map { i in
            let c = { (r: R) in broker.counts[r.rawValue][i] }
            let z = { (r: R) in broker.z[r.rawValue][i] }
            let v = original[i]
            return BoundarySpanner(partner: id(v), label: label(v), domain: actors[v].domain.rawValue,
                                   liaison: c(.liaison), gatekeeper: c(.gatekeeper), representative: c(.representative), consultant: c(.itinerant),
                                   across: Brokerage.acrossGroups.reduce(0) { $0 + c($1) },
                                   liaisonZ: z(.liaison), gatekeeperZ: z(.gatekeeper), representativeZ: z(.representative))
        }
        spanners = spanners.filter { $0.across > 0 }.sorted { ($0.across, $1.partner) > ($1.across, $0.partner) }
        boundaryWorkTotal = spanners.reduce(0) { $0 + $1.across }
        boundarySpanners = Array(spanners.prefix(options.top))

        // 6. Ordinary life.
        let ordinary = (0..<n).filter { actors[$0].ordinary }
        var withOrdinary = 0, onlyCare = 0
        for y in youth {
            let nb = Array(g.neighbors(y))
            if nb.contains(where: { actors[$0].ordinary }) { withOrdinary += 1; continue }
            let ps = nb.filter { isPartner[$0] }
            if !ps.isEmpty && ps.allSatisfy({ actors[$0].domain == .care }) { onlyCare += 1 }
        }
        let notSeen = ordinary.filter { o in !teamSet.contains(o) && !g.neighbors(o).contains(where: teamSet.contains) }.map(label)
        ordinaryLife = OrdinaryLife(youth: youth.count, withOrdinary: withOrdinary, withOrdinaryShare: yc > 0 ? Double(withOrdinary) / yc : .nan,
                                    onlySpecialisedCare: onlyCare, ordinaryResources: ordinary.count, notSeenByTeam: notSeen)

        // 7. Signals: followed up by a partner of another domain within the window?
        let signalTypes = Set(log.contactTypes.indices.filter { ["signaal", "signal", "signalen", "signals"].contains(log.contactTypes[$0]) })
        var byYouth: [Int32: [Int]] = [:]   // about-actor -> rows in period, in time order
        for r in eco.rowsInPeriod where log.about[r] >= 0 { byYouth[log.about[r], default: []].append(r) }
        for k in byYouth.keys { byYouth[k]!.sort { (log.time[$0], $0) < (log.time[$1], $1) } }
        func partnerDomains(_ r: Int) -> [Domain] {
            [log.source[r], log.target[r]].compactMap { a in
                guard a >= 0, log.actors[Int(a)].kind == .partner else { return nil }
                return log.actors[Int(a)].domain
            }
        }
        var cases: [SignalCase] = []
        var delays: [Int] = []
        for r in eco.rowsInPeriod where log.about[r] >= 0 && signalTypes.contains(Int(log.type[r])) {
            let y = log.about[r]
            let from = Set(partnerDomains(r))
            let t0 = log.time[r]
            var follow: (line: Int, days: Int)? = nil
            for r2 in byYouth[y] ?? [] where log.time[r2] > t0 || (log.time[r2] == t0 && r2 > r) {
                let days = Calendar.day(ofTimestamp: log.time[r2]) - Calendar.day(ofTimestamp: t0)
                if days > options.signalDays { break }
                if partnerDomains(r2).contains(where: { $0 != .unknown && !from.contains($0) }) { follow = (Int(log.line[r2]), days); break }
            }
            let node = eco.nodeOfActor[Int(y)]
            cases.append(SignalCase(youth: node >= 0 ? id(node) : "", line: Int(log.line[r]), followUpLine: follow?.line, days: follow?.days))
            if let f = follow { delays.append(f.days) }
        }
        delays.sort()
        let median: Double = delays.isEmpty ? .nan : delays.count % 2 == 1 ? Double(delays[delays.count / 2]) : Double(delays[delays.count / 2 - 1] + delays[delays.count / 2]) / 2
        signals = Signals(signals: cases.count, followedUp: delays.count, share: cases.isEmpty ? .nan : Double(delays.count) / Double(cases.count),
                          medianDays: median, notFollowedUp: Array(cases.filter { $0.followUpLine == nil }.prefix(options.top)), cases: cases)
        unmeasured = MissingInput.missing(in: eco) + (cases.isEmpty ? [.signals] : [])
        // Ids only: never one that is a young person's id or name (a name typed into the place column).
        let youthKeys = eco.log.youthKeys([])
        let unlisted = eco.log.actorsFileName == nil ? [] : (0..<n).filter { !actors[$0].declared && !youthKeys.contains(normalisedKey(actors[$0].id)) }
        notInActorsFile = NotInActorsFile(partners: unlisted.filter { actors[$0].kind == .partner }.map(id),
                                          places: unlisted.filter { actors[$0].kind == .place }.map(id))
        judgements = judged(options.references)
    }
}
