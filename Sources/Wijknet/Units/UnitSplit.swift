/// The level at which a regional log is split into units (`--by`).
public enum UnitLevel: String, Sendable, CaseIterable, Codable {
    /// The `neighbourhood`/`wijk` column of the actors file.
    case neighbourhood
    /// The `municipality`/`gemeente` column of the actors file.
    case municipality

    /// The actor's unit at this level; `nil` (region-wide) when empty.
    public func unit(of actor: Actor) -> String? {
        let v = self == .neighbourhood ? actor.neighbourhood : actor.municipality
        return v?.isEmpty == false ? v : nil
    }
}

/// Which contacts of a log belong to which unit (neighbourhood or municipality).
///
/// **The rule.** A contact belongs to the unit of its place; without a place (or a place
/// without a unit), to the unit of its young person (`about`); without either, to the unit of
/// its source. A contact where none of the three has a unit belongs to no unit: it is
/// ``unassigned`` and counts only in the region total. The target never decides.
///
/// Partners without a unit (region-wide: police, youth health care, a care provider) are in
/// every unit where a contact of theirs was assigned, and once in the region total (which is the
/// ecosystem of the whole log).
public struct UnitSplit: Sendable, Equatable {
    public var level: UnitLevel
    /// Unit names, sorted: every unit of an actor in the actors file, with contacts or not.
    public var names: [String]
    /// Per row of the log: the index into ``names``, or `-1` when unassigned.
    public var unitOfRow: [Int]

    /// Rows that belong to no unit.
    public var unassigned: Int { unitOfRow.lazy.filter { $0 < 0 }.count }

    /// `rowMask[r]` is true when row `r` belongs to unit `u`.
    public func rowMask(_ u: Int) -> [Bool] { unitOfRow.map { $0 == u } }
}

extension ContactLog {
    /// Splits the rows into units by the rule of ``UnitSplit``. - Complexity: `O(r + n log n)`.
    public func unitSplit(by level: UnitLevel) -> UnitSplit {
        let names = Array(Set(actors.compactMap { level.unit(of: $0) })).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let unitOfActor = actors.map { level.unit(of: $0).map { index[$0]! } ?? -1 }
        var out = [Int](repeating: -1, count: count)
        for r in 0..<count {
            for a in [place[r], about[r], source[r]] where a >= 0 {
                let u = unitOfActor[Int(a)]
                if u >= 0 { out[r] = u; break }
            }
        }
        return UnitSplit(level: level, names: names, unitOfRow: out)
    }
}
