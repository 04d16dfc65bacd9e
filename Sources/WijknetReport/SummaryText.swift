import Wijknet

extension EcosystemSummary {
    /// The summary in plain words for a coordinator, Dutch or English.
    public func text(_ lang: Language) -> String {
        let nl = lang == .nl
        var s = ""
        func line(_ en: String, _ dutch: String) { s += (nl ? dutch : en) + "\n" }
        let kinds = Dictionary(uniqueKeysWithValues: actorsByKind.map { ($0.name, $0.count) })
        let domains = Dictionary(uniqueKeysWithValues: partnersByDomain.map { ($0.name, $0.count) })
        let p = kinds["partner"] ?? 0, pl = kinds["place"] ?? 0, y = kinds["youth"] ?? 0
        line("Ecosystem of \(logFile)", "Ecosysteem van \(logFile)")
        if firstDate == nil && contactsInPeriod > 0 {   // contacts without dates: an imported graph or an edge list
            line("Period: one, without dates (\(Format.integer(contactsInPeriod)) ties)",
                 "Periode: één, zonder datums (\(Format.integer(contactsInPeriod, .nl)) verbindingen)")
        } else {
            line("Period: \(firstDate ?? "–") to \(lastDate ?? "–") (\(Format.integer(contactsInPeriod)) contacts)",
                 "Periode: \(firstDate ?? "–") t/m \(lastDate ?? "–") (\(Format.integer(contactsInPeriod, .nl)) contacten)")
        }
        line("Rows: \(rows.read) read, \(rows.used) used, \(rows.skipped) skipped",
             "Regels: \(rows.read) gelezen, \(rows.used) gebruikt, \(rows.skipped) overgeslagen")
        s += "\n"
        line("Actors: \(actors) — \(p) partners, \(pl) places, \(y) young people",
             "Actoren: \(actors) — \(p) partners, \(pl) plekken, \(y) jongeren")
        line("Partners by domain: social \(domains["social"] ?? 0), care \(domains["care"] ?? 0), safety \(domains["safety"] ?? 0), unknown \(domains["unknown"] ?? 0)",
             "Partners per domein: sociaal \(domains["social"] ?? 0), zorg \(domains["care"] ?? 0), veiligheid \(domains["safety"] ?? 0), onbekend \(domains["unknown"] ?? 0)")
        line("Ordinary resources (voorveld) among partners: \(ordinaryPartners)",
             "Voorveldpartners (gewone voorzieningen): \(ordinaryPartners)")
        line("Ties: \(edges) pairs of actors with contact (total weight \(Format.decimal(totalWeight, 1)))",
             "Verbindingen: \(edges) paren met contact (totaal gewicht \(Format.decimal(totalWeight, 1, .nl)))")
        let dens = density.map { Format.decimal($0, 4, lang) } ?? "–"
        line("Density: \(dens) (share of all possible pairs that have contact)",
             "Dichtheid: \(dens) (aandeel van alle mogelijke paren met contact)")
        let largest = componentSizes.first ?? 0
        if actors == 0 {
            line("No actors in this period.", "Geen actoren in deze periode.")
        } else if components == 1 {
            line("Everyone is connected: one component.", "Iedereen is verbonden: één geheel.")
        } else {
            line("Components: \(components) separate parts; the largest has \(largest) actors, \(isolates) actor(s) have no contact at all",
                 "Componenten: \(components) losse delen; het grootste telt \(largest) actoren, \(isolates) actor(en) zonder enig contact")
        }
        s += "\n"
        line("Contacts by type:", "Contacten per soort:")
        let width = (contactsByType.map(\.name.count).max() ?? 0) + 2
        for c in contactsByType { s += "  " + Format.pad(c.name, width) + Format.padLeft(String(c.count), 7) + "\n" }
        if !warnings.isEmpty {
            s += "\n"
            line("Warnings:", "Waarschuwingen:")
            for w in readingWarnings { s += "  - \(w.text(lang))\n" }
        }
        if !stablePseudonyms {
            s += "\n"
            line("Note: young people's pseudonyms differ between runs (no key given).",
                 "Let op: de pseudoniemen van jongeren verschillen per run (geen sleutel opgegeven).")
        }
        return s
    }
}
