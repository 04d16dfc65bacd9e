extension GapsAnalysis.NotInActorsFile {
    /// With an actors file: the partners and places of the log it does not list, by id, in node
    /// order. Ids only: never one that is a young person's id or name (a name typed into the
    /// place column). Without an actors file: none.
    /// - Complexity: `O(n)` plus the young people's keys.
    init(_ c: GapsContext) {
        let actors = c.actors
        let youthKeys = c.eco.log.youthKeys([])
        let unlisted = c.eco.log.actorsFileName == nil ? [] : (0..<c.n).filter { !actors[$0].declared && !youthKeys.contains(normalisedKey(actors[$0].id)) }
        self.init(partners: unlisted.filter { actors[$0].kind == .partner }.map(c.id),
                  places: unlisted.filter { actors[$0].kind == .place }.map(c.id))
    }
}
