import WijknetGraph

/// The figures of one unit (or of the region) in the side-by-side table of `--by`.
///
/// Built from the per-period figures (``SummaryFigures``, ``AnalysisFigures``, ``GapsFigures``)
/// of the unit's ecosystem, so a unit's figure is the figure the whole command would give for
/// that unit's contacts alone. NaN-free as those: an undefined ratio is `nil`.
public struct UnitFigures: Sendable, Equatable, Codable {
    /// Contacts (rows of the log) of the unit in the period: the unit rule assigns contacts, so
    /// this is the figure that says how much of the log each unit holds.
    public var contacts: Int
    /// Actors of the unit: named in its contacts, plus declared actors of the unit.
    public var actors: Int
    /// Partners by domain: social, care, safety, unknown.
    public var partnersSocial: Int
    public var partnersCare: Int
    public var partnersSafety: Int
    public var partnersUnknown: Int
    public var ties: Int
    public var density: Double?
    /// Partner–partner ties between two different (known) domains.
    public var crossDomainTies: Int
    /// E-I index of the domain groups, and its random baseline.
    public var ei: Double?
    public var eiExpected: Double?
    /// Share of the unit's young people tied to partners of at least two domains; `nil` without young people.
    public var youthTwoDomainsShare: Double?
    public var signals: Int
    /// Share of signals followed up by another domain; `nil` without signals.
    public var signalsFollowedUpShare: Double?
    /// Share of the checked young people whose partners hardly know each other; `nil` when none was checked.
    public var fragmentedShare: Double?
    /// Partners whose absence cuts the unit's ecosystem apart.
    public var singlePoints: Int
    /// The partner with the highest betweenness (label; never a young person) and its value;
    /// `nil` when no partner lies between others. Ties go to the first label.
    public var topPartner: String?
    public var topPartnerBetweenness: Double?

    /// The figures of `eco` with the given analysis and gaps options.
    /// - Throws: as ``AnalysisResult/init(_:options:showYouthNames:)``.
    public init(_ eco: Ecosystem, analysis: AnalysisOptions = AnalysisOptions(), gaps: GapsOptions = GapsOptions()) throws {
        let s = SummaryFigures(eco)
        let a = AnalysisFigures(try AnalysisResult(eco, options: analysis))
        let gapsAnalysis = GapsAnalysis(eco, options: gaps)
        let g = GapsFigures(gapsAnalysis)
        contacts = eco.rowsInPeriod.count
        actors = s.actorsActive
        func partners(_ d: Domain) -> Int { eco.actors.lazy.filter { $0.kind == .partner && $0.domain == d }.count }
        partnersSocial = partners(.social); partnersCare = partners(.care)
        partnersSafety = partners(.safety); partnersUnknown = partners(.unknown)
        ties = s.ties
        density = s.density
        crossDomainTies = gapsAnalysis.domainGaps.pairs.reduce(0) { $0 + $1.ties }
        ei = a.ei; eiExpected = a.eiExpected
        var youth = 0, reached = 0
        for v in 0..<eco.count where eco.actors[v].kind == .youth {
            youth += 1
            var domains = Set<Domain>()
            for w in eco.graph.neighbors(v) where eco.actors[w].kind == .partner && Domain.partnerDomains.contains(eco.actors[w].domain) {
                domains.insert(eco.actors[w].domain)
            }
            if domains.count >= 2 { reached += 1 }
        }
        youthTwoDomainsShare = youth == 0 ? nil : Double(reached) / Double(youth)
        signals = g.signals
        signalsFollowedUpShare = g.signalsFollowedUpShare
        fragmentedShare = g.fragmentedShare
        singlePoints = g.singlePoints
        let top = a.partners.filter { ($0.betweenness ?? 0) > 0 }.max { ($0.betweenness!, $1.label) < ($1.betweenness!, $0.label) }
        topPartner = top?.label
        topPartnerBetweenness = top?.betweenness
    }
}

/// One ecosystem per unit of a regional log, and the region's.
public struct UnitEcosystems: Sendable {
    public var split: UnitSplit
    /// `units[i]` is the ecosystem of unit `split.names[i]`: its contacts and its declared actors.
    public var units: [Ecosystem]
    /// The whole log: every contact once, region-wide partners once.
    public var region: Ecosystem

    /// Splits `log` by ``UnitSplit`` and builds the ecosystem of each unit within `period`.
    /// A unit without contacts in the period still has its declared actors (and count 0 ties).
    public init(log: ContactLog, period: Period = .all, by level: UnitLevel, pseudonyms: Pseudonymizer) {
        split = log.unitSplit(by: level)
        let s = split
        units = s.names.indices.map { u in
            Ecosystem(log: log, period: period, rowMask: s.rowMask(u), keepingDeclared: { level.unit(of: $0) == s.names[u] },
                      pseudonyms: pseudonyms)
        }
        region = Ecosystem(log: log, period: period, pseudonyms: pseudonyms)
    }

    /// The side-by-side figures: one per unit, in ``UnitSplit/names`` order, and the region's.
    public func figures(analysis: AnalysisOptions = AnalysisOptions(), gaps: GapsOptions = GapsOptions()) throws
        -> (units: [UnitFigures], region: UnitFigures) {
        (try units.map { try UnitFigures($0, analysis: analysis, gaps: gaps) }, try UnitFigures(region, analysis: analysis, gaps: gaps))
    }
}
