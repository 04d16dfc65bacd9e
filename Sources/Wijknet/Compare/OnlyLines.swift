import WijknetGraph

extension Ecosystem {
    /// **Young people who lose their only line to a domain** when the partners `removed` leave
    /// (and the ties `added` are made): per real domain (social, care, safety), the young people
    /// (not removed) with a direct tie to a partner of that domain today and with none then.
    ///
    /// One definition for every output that says it: the single points of `gaps` (one partner
    /// removed), `whatif` and the key players of the report (the partners of a key-player set
    /// removed). A report once said "2 young people lose their only line to the social domain"
    /// in one section and 0 in the next, from two definitions (direct ties there, paths here).
    /// Partners of unknown domain count for no domain, as everywhere.
    ///
    /// - Returns: domain → young people (nodes of this ecosystem), ascending; domains without any left out.
    /// - Complexity: `O(Σ deg(y))` over the young people tied to a removed or added actor.
    public func youthLosingOnlyLine(removing removed: Set<Int>, adding added: [(Int, Int)] = []) -> [Domain: [Int]] {
        var gained: [Int: Set<Domain>] = [:]   // young person → domains an added tie gives them
        for (a, b) in added {
            for (y, p) in [(a, b), (b, a)] where actors[y].kind == .youth {
                if let d = realDomain(p) { gained[y, default: []].insert(d) }
            }
        }
        var candidates = Set<Int>()
        for r in removed { for y in graph.neighbors(r) where actors[y].kind == .youth && !removed.contains(y) { candidates.insert(y) } }
        var out: [Domain: [Int]] = [:]
        for y in candidates.sorted() {
            var today = Set<Domain>(), then = gained[y] ?? []
            for p in graph.neighbors(y) {
                guard let d = realDomain(p) else { continue }
                today.insert(d)
                if !removed.contains(p) { then.insert(d) }
            }
            for d in today.subtracting(then) { out[d, default: []].append(y) }
        }
        return out
    }

    /// The domain of `v` when it is a partner of social, care or safety; else `nil`.
    func realDomain(_ v: Int) -> Domain? {
        let a = actors[v]
        return a.kind == .partner && Domain.partnerDomains.contains(a.domain) ? a.domain : nil
    }
}
