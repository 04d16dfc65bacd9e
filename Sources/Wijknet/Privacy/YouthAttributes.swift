extension ContactLog {
    /// **A young person carries nothing out of the tool but a pseudonym** (and counts). After
    /// reading, every young person loses what the actors file said of them besides their id and
    /// name (which only ``Ecosystem/label(of:showYouthNames:)`` shows, on request):
    /// - no organisation and no voorveld flag: a young person belongs to no organisation, and a
    ///   column mapped onto another (`--actor-columns organisation=Naam`) would carry a name;
    /// - a neighbourhood or municipality only when a partner or place has the same one: it then
    ///   still assigns the young person's contacts to that unit (``ContactLog/unitSplit(by:)``),
    ///   but it cannot become a new unit, a group or a list entry of its own, so a name mapped
    ///   onto the neighbourhood column (`neighbourhood ← name`) reaches no output.
    ///
    /// Outputs that list actors (exports, tables) still leave every attribute of a young person
    /// empty (``Ecosystem/outputOrder(showYouthNames:)`` orders them by pseudonym).
    mutating func sealYoungPeople() {
        var hoods = Set<String>(), municipalities = Set<String>()
        for a in actors where a.kind != .youth {
            if let h = a.neighbourhood { hoods.insert(h) }
            if let m = a.municipality { municipalities.insert(m) }
        }
        for i in actors.indices where actors[i].kind == .youth {
            actors[i].organisation = nil
            actors[i].ordinary = false
            if let h = actors[i].neighbourhood, !hoods.contains(h) { actors[i].neighbourhood = nil }
            if let m = actors[i].municipality, !municipalities.contains(m) { actors[i].municipality = nil }
        }
    }
}
