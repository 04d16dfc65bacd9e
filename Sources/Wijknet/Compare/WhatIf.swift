import WijknetGraph

/// "What if these actors left (and these ties were made)?": today's ecosystem against the one
/// without the removed actors (``Ecosystem/filtered(_:)``) and with the added ties
/// (``Ecosystem/addingTies(_:)``).
///
/// - **Components**: sizes, largest first, today and then.
/// - **Young people who lose every tie to a domain**: per domain, the young people (not removed)
///   tied to at least one partner of that domain today and to none then — counted, never named.
/// - **Partner pairs** (both still there): pairs whose shortest path (in ties, unweighted) gets
///   longer, and pairs connected today but cut then — counted.
/// - ``comparison``: the ``EcosystemComparison`` of the two (ties added and lost, partners whose
///   position changed, mixing).
public struct WhatIfAnalysis: Sendable, Codable {
    public struct Removed: Sendable, Codable, Equatable {
        public var id: String
        public var kind: String
        /// The label (a young person's pseudonym, never the name).
        public var label: String
    }
    public var removed: [Removed]
    /// Added ties as log ids `[a, b]` (young people as pseudonyms).
    public var added: [[String]]
    public var componentsBefore: [Int]
    public var componentsAfter: [Int]
    /// Domain name → young people who lose every tie to it.
    public var youthLosingDomain: [String: Int]
    public var partnerPairs: Int
    public var partnerPairsLonger: Int
    public var partnerPairsCut: Int
    public var comparison: EcosystemComparison

    /// - Throws: ``WijknetError/invalidRequest(_:)`` for an unknown id or nothing to change.
    /// - Complexity: `O(P · (n + m))` for `P` partners, plus two full analyses for ``comparison``.
    public init(_ eco: Ecosystem, remove: [String], add: [(String, String)]) throws {
        func node(_ id: String) throws -> Int {
            guard let v = eco.node(forID: id) else { throw WijknetError.invalidRequest("unknown actor id '\(id)'.") }
            return v
        }
        guard !remove.isEmpty || !add.isEmpty else { throw WijknetError.invalidRequest("give --remove ID… and/or --add A:B.") }
        let removedNodes = Set(try remove.map(node))
        let addedPairs = try add.map { (try node($0.0), try node($0.1)) }
        for (a, b) in addedPairs where removedNodes.contains(a) || removedNodes.contains(b) {
            throw WijknetError.invalidRequest("--add \(eco.exportID(of: a)):\(eco.exportID(of: b)): an actor of the tie is removed.")
        }
        removed = removedNodes.sorted().map { Removed(id: eco.exportID(of: $0), kind: eco.actors[$0].kind.rawValue, label: eco.label(of: $0)) }
        added = addedPairs.map { [eco.exportID(of: $0.0), eco.exportID(of: $0.1)] }
        let after = eco.addingTies(addedPairs).filtered { !removedNodes.contains(eco.node(forID: $0.id) ?? -1) }
        componentsBefore = connectedComponents(eco.graph).sizes.sorted(by: >)
        componentsAfter = connectedComponents(after.graph).sizes.sorted(by: >)

        // Node of each actor `after` keeps, in `eco`'s numbering.
        let oldOf = after.actors.map { eco.node(forID: $0.id)! }
        var losing: [String: Int] = [:]
        for (v, a) in after.actors.enumerated() where a.kind == .youth {
            let today = Set(eco.graph.neighbors(oldOf[v]).filter { eco.actors[$0].kind == .partner }.map { eco.actors[$0].domain })
            let then = Set(after.graph.neighbors(v).filter { after.actors[$0].kind == .partner }.map { after.actors[$0].domain })
            for d in today.subtracting(then) { losing[d.rawValue, default: 0] += 1 }
        }
        youthLosingDomain = losing

        func hops(_ g: Graph, _ s: Int) -> [Int] {
            var d = [Int](repeating: -1, count: g.nodeCount)
            d[s] = 0
            var queue = [s], head = 0
            while head < queue.count {
                let u = queue[head]; head += 1
                for x in g.neighbors(u) where d[x] < 0 { d[x] = d[u] + 1; queue.append(x) }
            }
            return d
        }
        let partners = after.nodes(ofKind: .partner)
        var pairs = 0, longer = 0, cut = 0
        for (i, p) in partners.enumerated() {
            let before = hops(eco.graph, oldOf[p]), then = hops(after.graph, p)
            for q in partners[(i + 1)...] {
                pairs += 1
                let b = before[oldOf[q]], t = then[q]
                if b >= 0 && t < 0 { cut += 1 } else if b >= 0 && t > b { longer += 1 }
            }
        }
        partnerPairs = pairs; partnerPairsLonger = longer; partnerPairsCut = cut
        comparison = try EcosystemComparison(before: eco, after: after)
    }
}
