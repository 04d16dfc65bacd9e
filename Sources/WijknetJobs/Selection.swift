import Wijknet

/// The ecosystem of one neighbourhood (or municipality) of `log`: the contacts that belong to
/// it by the rule of `--by` (see ``UnitEcosystems``), with region-wide partners taking part
/// where they had contact. `nil` name: the whole log.
/// - Throws: ``WijknetError/invalidRequest(_:)`` naming the units there are, when `name` is not one.
public func ecosystem(_ log: ContactLog, period: Period, pseudonyms: Pseudonymizer,
                      unit name: String?, level: UnitLevel = .neighbourhood) throws -> Ecosystem {
    guard let name, !name.isEmpty else { return Ecosystem(log: log, period: period, pseudonyms: pseudonyms) }
    let ecosystems = UnitEcosystems(log: log, period: period, by: level, pseudonyms: pseudonyms)
    guard let u = ecosystems.split.names.firstIndex(of: name) else {
        if ecosystems.split.names.isEmpty { throw WijknetError.unanswerable(.noUnits(level)) }
        throw WijknetError.invalidRequest(.noSuchUnit(level, name: name, names: ecosystems.split.names))
    }
    return ecosystems.units[u]
}

/// The partners and places of `eco` that a page may link to an ego diagram: id, label and
/// kind; never a young person.
public func linkableActors(_ eco: Ecosystem) -> [(id: String, label: String, kind: ActorKind)] {
    eco.actors.indices.filter { eco.actors[$0].kind == .partner || eco.actors[$0].kind == .place }
        .map { (eco.actors[$0].id, eco.label(of: $0), eco.actors[$0].kind) }
}
