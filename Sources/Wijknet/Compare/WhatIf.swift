import Dispatch
import WijknetGraph

/// "What if these actors left (and these ties were made)?": today's ecosystem against the one
/// without the removed actors (``Ecosystem/filtered(_:)``) and with the added ties
/// (``Ecosystem/addingTies(_:)``, weight 1, dated the last day of the period).
///
/// - **Components**: sizes, largest first, today and then.
/// - **Young people who lose their only line to a domain**
///   (``Ecosystem/youthLosingOnlyLine(removing:adding:)``, the definition `gaps` uses for its
///   single points): per domain — counted, and named by pseudonym only.
/// - **Places that lose their route to the neighbourhood team**: places (not removed) with a path
///   to a team partner (``GapsOptions/teamNodes(in:)``) today and none then.
/// - **Partner pairs** (both still there, ``HopComparison``): pairs whose distance in ties gets
///   longer, pairs cut off from each other, pairs that come closer (added ties), and the ten
///   most affected by name.
/// - **Mixing and fragmentation**: E-I of the domains and the fragmented share of `gaps`, today
///   and then; ``gapsBefore``/``gapsAfter`` let a report match the findings that appear or
///   disappear (not encoded: the findings are worded by the report).
/// - ``comparison``: the ``EcosystemComparison`` of the two (ties added and lost, partners whose
///   betweenness, degree or brokerage changed — betweenness exact up to 5,000 actors, estimated
///   from 500 seeded sources above, see ``betweennessMethod``).
public struct WhatIfAnalysis: Sendable, Codable {
    public struct Actor: Sendable, Codable, Equatable {
        public var id: String
        public var kind: String
        /// The label (a young person's pseudonym, never the name).
        public var label: String
    }

    /// A partner pair whose distance grew or that was cut off (`after == nil`).
    public struct PairChange: Sendable, Codable, Equatable {
        public var a: String, b: String
        public var labelA: String, labelB: String
        public var before: Int
        public var after: Int?
    }

    public var removed: [Actor]
    /// Added ties as log ids `[a, b]` (young people as pseudonyms).
    public var added: [[String]]
    /// The same ties by label (young people as pseudonyms).
    public var addedLabels: [[String]]
    public var componentsBefore: [Int]
    public var componentsAfter: [Int]
    /// How many of the components hold only ids the actors file does not list
    /// (``Ecosystem/unlistedIDs()``), today and then: a part that falls off and is only such
    /// ids is often a typo in the log, and the sentence says so.
    public var componentsOfUnlistedIDsOnlyBefore: Int
    public var componentsOfUnlistedIDsOnlyAfter: Int
    /// Domain name → young people who lose every tie to it.
    public var youthLosingDomain: [String: Int]
    /// Domain name → the pseudonyms of those young people, sorted.
    public var youthLosingDomainPseudonyms: [String: [String]]
    /// Partners of the neighbourhood team today (0: no route to check).
    public var teamPartners: Int
    public var placesLosingTeam: [Actor]
    public var partnerPairs: Int
    /// Partners left out of the pair counts because the actors file does not list them (0
    /// without an actors file, where no partner is listed and all count).
    public var partnersNotInActorsFile: Int
    public var partnerPairsLonger: Int
    public var partnerPairsCut: Int
    public var partnerPairsCloser: Int
    public var mostAffectedPairs: [PairChange]
    public var eiBefore: Double
    public var eiAfter: Double
    /// Share of the checked young people whose partners hardly know each other (`NaN`: none checked).
    public var fragmentedShareBefore: Double
    public var fragmentedShareAfter: Double
    public var betweennessMethod: String
    public var comparison: EcosystemComparison
    public var gapsBefore: GapsAnalysis
    public var gapsAfter: GapsAnalysis

    enum CodingKeys: String, CodingKey {
        case removed, added, addedLabels, componentsBefore, componentsAfter, componentsOfUnlistedIDsOnlyBefore,
             componentsOfUnlistedIDsOnlyAfter, youthLosingDomain, youthLosingDomainPseudonyms,
             teamPartners, placesLosingTeam, partnerPairs, partnersNotInActorsFile, partnerPairsLonger, partnerPairsCut, partnerPairsCloser,
             mostAffectedPairs, eiBefore, eiAfter, fragmentedShareBefore, fragmentedShareAfter, betweennessMethod, comparison
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(removed, forKey: .removed); try c.encode(added, forKey: .added); try c.encode(addedLabels, forKey: .addedLabels)
        try c.encode(componentsBefore, forKey: .componentsBefore); try c.encode(componentsAfter, forKey: .componentsAfter)
        try c.encode(componentsOfUnlistedIDsOnlyBefore, forKey: .componentsOfUnlistedIDsOnlyBefore)
        try c.encode(componentsOfUnlistedIDsOnlyAfter, forKey: .componentsOfUnlistedIDsOnlyAfter)
        try c.encode(youthLosingDomain, forKey: .youthLosingDomain)
        try c.encode(youthLosingDomainPseudonyms, forKey: .youthLosingDomainPseudonyms)
        try c.encode(teamPartners, forKey: .teamPartners); try c.encode(placesLosingTeam, forKey: .placesLosingTeam)
        try c.encode(partnerPairs, forKey: .partnerPairs); try c.encode(partnersNotInActorsFile, forKey: .partnersNotInActorsFile)
        try c.encode(partnerPairsLonger, forKey: .partnerPairsLonger)
        try c.encode(partnerPairsCut, forKey: .partnerPairsCut); try c.encode(partnerPairsCloser, forKey: .partnerPairsCloser)
        try c.encode(mostAffectedPairs, forKey: .mostAffectedPairs)
        try c.encode(eiBefore, forKey: .eiBefore); try c.encode(eiAfter, forKey: .eiAfter)
        try c.encode(fragmentedShareBefore, forKey: .fragmentedShareBefore); try c.encode(fragmentedShareAfter, forKey: .fragmentedShareAfter)
        try c.encode(betweennessMethod, forKey: .betweennessMethod); try c.encode(comparison, forKey: .comparison)
    }

    /// Decoding is not supported: the gaps analyses are not encoded.
    public init(from decoder: Decoder) throws {
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "WhatIfAnalysis is written, not read"))
    }

    /// - Throws: ``WijknetError/invalidRequest(_:)`` for an unknown id or nothing to change.
    /// - Complexity: `O(⌈P/64⌉ · L · (n + m))` for the `P` partners' pairs, two `gaps` analyses,
    ///   and the betweenness of both (`O(n·m)` exact up to 5,000 actors, `O(500·m)` above).
    /// The side before the change, when the caller has it already (the report: its gaps
    /// analysis and the positions of its own analysis), so it is computed once, not per partner.
    public struct Before: Sendable {
        public var gaps: GapsAnalysis
        public var positions: PartnerPositions
        public init(gaps: GapsAnalysis, positions: PartnerPositions) {
            self.gaps = gaps
            self.positions = positions
        }
    }

    public init(_ eco: Ecosystem, remove: [String], add: [(String, String)], gaps: GapsOptions = GapsOptions(),
                options: AnalysisOptions = AnalysisOptions(), before: Before? = nil) throws {
        func node(_ id: String) throws -> Int {
            guard let v = eco.node(forID: id) else { throw WijknetError.invalidRequest(.unknownActor(id)) }
            return v
        }
        guard !remove.isEmpty || !add.isEmpty else { throw WijknetError.invalidRequest(.nothingToChange) }
        let removedNodes = Set(try remove.map(node))
        let addedPairs = try add.map { (try node($0.0), try node($0.1)) }
        for (a, b) in addedPairs where removedNodes.contains(a) || removedNodes.contains(b) {
            throw WijknetError.invalidRequest(.addedTieLeftOut(eco.exportID(of: a), eco.exportID(of: b)))
        }
        func actor(_ v: Int) -> Actor { Actor(id: eco.exportID(of: v), kind: eco.actors[v].kind.rawValue, label: eco.label(of: v)) }
        removed = removedNodes.sorted().map(actor)
        added = addedPairs.map { [eco.exportID(of: $0.0), eco.exportID(of: $0.1)] }
        addedLabels = addedPairs.map { [eco.label(of: $0.0), eco.label(of: $0.1)] }
        let after = eco.addingTies(addedPairs).filtered { !removedNodes.contains(eco.node(forID: $0.id) ?? -1) }
        let compsBefore = connectedComponents(eco.graph), compsAfter = connectedComponents(after.graph)
        componentsBefore = compsBefore.sizes.sorted(by: >)
        componentsAfter = compsAfter.sizes.sorted(by: >)

        // Node of each actor `after` keeps, in `eco`'s numbering.
        let oldOf = after.actors.map { eco.node(forID: $0.id)! }
        let unlisted = eco.unlistedIDs()
        componentsOfUnlistedIDsOnlyBefore = Ecosystem.partsOfUnlistedIDsOnly(compsBefore.id, unlisted: unlisted) { _ in true }
        componentsOfUnlistedIDsOnlyAfter = Ecosystem.partsOfUnlistedIDsOnly(compsAfter.id, unlisted: oldOf.map { unlisted[$0] }) { _ in true }
        let losing = eco.youthLosingOnlyLine(removing: removedNodes, adding: addedPairs)
        youthLosingDomain = Dictionary(uniqueKeysWithValues: losing.map { ($0.key.rawValue, $0.value.count) })
        youthLosingDomainPseudonyms = Dictionary(uniqueKeysWithValues: losing.map { ($0.key.rawValue, $0.value.map { eco.label(of: $0) }.sorted()) })

        let teamBefore = gaps.teamNodes(in: eco)
        let teamAfter = Set(teamBefore.filter { !removedNodes.contains($0) }.compactMap { after.node(forID: eco.actors[$0].id) })
        teamPartners = teamBefore.count
        let reachesBefore = Set(teamBefore.map { compsBefore.id[$0] }), reachesAfter = Set(teamAfter.map { compsAfter.id[$0] })
        placesLosingTeam = after.nodes(ofKind: .place).filter { p in
            reachesBefore.contains(compsBefore.id[oldOf[p]]) && !reachesAfter.contains(compsAfter.id[p])
        }.map { actor(oldOf[$0]) }

        // With an actors file, a partner it does not list (an id typed wrong in the log, one tie)
        // is not one the team knows: counted apart, not in the pairs (one stray id once made the
        // headline "40 pairs of partners lose each other").
        let described = eco.log.actorsFileName != nil
        let partners = after.nodes(ofKind: .partner).filter { !described || after.actors[$0].declared }
        partnersNotInActorsFile = after.nodes(ofKind: .partner).count - partners.count
        let hops = HopComparison(before: eco.graph, after: after.graph, nodes: partners.map { (oldOf[$0], $0) },
                                 workers: GraphWork.workers)
        partnerPairs = hops.pairs; partnerPairsLonger = hops.longer; partnerPairsCut = hops.cut; partnerPairsCloser = hops.shorter
        mostAffectedPairs = hops.mostAffected.map { p in
            let a = oldOf[partners[p.a]], b = oldOf[partners[p.b]]
            return PairChange(a: eco.exportID(of: a), b: eco.exportID(of: b), labelA: eco.label(of: a), labelB: eco.label(of: b),
                              before: p.before ?? 0, after: p.after)
        }

        // The two gaps analyses are mostly single-threaded: run them side by side (the one
        // before only when the caller has not got it).
        let both = GapsPair()
        both.before = before?.gaps
        DispatchQueue.concurrentPerform(iterations: before == nil ? 2 : 1) { i in
            if i == 1 { both.before = GapsAnalysis(eco, options: gaps) } else { both.after = GapsAnalysis(after, options: gaps) }
        }
        gapsBefore = both.before!
        gapsAfter = both.after!
        fragmentedShareBefore = gapsBefore.fragmentation.fragmentedShare
        fragmentedShareAfter = gapsAfter.fragmentation.fragmentedShare
        let positionsBefore = try before?.positions ?? PartnerPositions(eco, options: options)
        let positionsAfter = try PartnerPositions(after, options: options)
        betweennessMethod = positionsBefore.method
        comparison = EcosystemComparison(before: eco, beforePositions: positionsBefore, after: after, afterPositions: positionsAfter)
        eiBefore = comparison.mixingBefore.ei
        eiAfter = comparison.mixingAfter.ei
    }

}

/// The two gaps analyses of ``WhatIfAnalysis``, each written by one of two concurrent iterations.
private final class GapsPair: @unchecked Sendable {
    var before: GapsAnalysis?
    var after: GapsAnalysis?
}
