extension GapsAnalysis.NotInActorsFile {
    /// With an actors file: the partners and places of the log it does not list, by id, in node
    /// order. Ids only: never one that is a young person's id or name (a name typed into the
    /// place column). Without an actors file: none.
    /// - Complexity: `O(n)` plus the young people's keys.
    init(_ c: GapsContext) {
        let actors = c.actors
        self.init(partners: (0..<c.n).filter { c.unlisted[$0] && actors[$0].kind == .partner }.map(c.id),
                  places: (0..<c.n).filter { c.unlisted[$0] && actors[$0].kind == .place }.map(c.id))
    }
}

extension Ecosystem {
    /// Whether each node is an id the actors file does not list: a partner or place, never a
    /// young person's id or name (a name typed into the place column). The ids the report's
    /// note on the data names (``GapsAnalysis/NotInActorsFile``); all false without an actors
    /// file. What falls apart when an actor leaves counts the parts of these ids alone apart
    /// (``partsOfUnlistedIDsOnly(_:unlisted:among:)``): such a part is often a typo in the log,
    /// not a group of people cut off.
    /// - Complexity: `O(n)` plus the young people's keys.
    public func unlistedIDs() -> [Bool] {
        guard log.actorsFileName != nil else { return [Bool](repeating: false, count: actors.count) }
        let youthKeys = log.youthKeys([])
        return actors.map { !$0.declared && $0.kind != .youth && !youthKeys.contains(normalisedKey($0.id)) }
    }

    /// How many of the parts `comp` (a part id per node, ids below the node count) forms among
    /// the nodes `among` lets in hold only nodes of `unlisted`.
    ///
    /// Called once per partner whose leaving cuts the ecosystem (beside a search of the whole
    /// graph each), so it stays a pass over flat arrays, and returns at once when every id is
    /// listed, as in most logs.
    /// - Complexity: `O(n)`.
    static func partsOfUnlistedIDsOnly(_ comp: [Int], unlisted: [Bool], among: (Int) -> Bool) -> Int {
        guard unlisted.contains(true) else { return 0 }
        var met = [Bool](repeating: false, count: comp.count), listed = met
        for v in comp.indices where among(v) {
            met[comp[v]] = true
            if !unlisted[v] { listed[comp[v]] = true }
        }
        return met.indices.filter { met[$0] && !listed[$0] }.count
    }
}
