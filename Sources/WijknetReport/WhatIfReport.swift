import Wijknet

/// `wijknet whatif`: a ``WhatIfAnalysis`` with the `gaps` findings that appear and disappear,
/// and its renderings — plain words first, then the figures — as text (Dutch or English), CSV
/// and JSON. Young people only as counts and pseudonyms.
///
/// JSON is the analysis's object with `findingsAppeared` and `findingsDisappeared` beside its keys.
public struct WhatIfReport: Sendable, Encodable {
    public var analysis: WhatIfAnalysis
    public var findingsAppeared: [ComparisonReport.FindingChange]
    public var findingsDisappeared: [ComparisonReport.FindingChange]

    public init(_ analysis: WhatIfAnalysis, lang: Language) {
        self.analysis = analysis
        let c = ComparisonReport(analysis.comparison, gapsBefore: analysis.gapsBefore, gapsAfter: analysis.gapsAfter, lang: lang)
        findingsAppeared = c.findingsAppeared
        findingsDisappeared = c.findingsDisappeared
    }

    enum CodingKeys: String, CodingKey { case findingsAppeared, findingsDisappeared }

    public func encode(to encoder: Encoder) throws {
        try analysis.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(findingsAppeared, forKey: .findingsAppeared)
        try c.encode(findingsDisappeared, forKey: .findingsDisappeared)
    }

    /// The domains in the order the sentences name them.
    static let domainOrder = ["social", "care", "safety", "unknown"]

    static func domainName(_ d: String, _ lang: Language) -> String {
        guard let domain = Domain(rawValue: d) else { return d }
        return lang == .nl ? domain.dutch : domain.rawValue
    }

    /// A domain as the end of "their only line to …": `zorg`, `het sociale domein`.
    static func lineTo(_ d: String, _ lang: Language) -> String {
        switch (d, lang) {
        case ("social", .nl): return "het sociale domein"
        case ("social", _): return "the social domain"
        case ("unknown", .nl): return "partners van onbekend domein"
        case ("unknown", _): return "partners of unknown domain"
        default: return domainName(d, lang)
        }
    }

    /// "A", "A and B", "A, B and C"; more than `limit` names: the first `limit` and "n more".
    static func list(_ names: [String], _ lang: Language, limit: Int = 3) -> String {
        let and = lang == .nl ? " en " : " and "
        if names.count > limit {
            let more = names.count - limit
            return names.prefix(limit).joined(separator: ", ") + and + (lang == .nl ? "\(more) andere" : "\(more) more")
        }
        if names.count <= 1 { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + and + names.last!
    }

    /// The plain-words sentence: "Als Yasmina Öztürk vertrekt, verliezen 14 jongeren hun enige
    /// lijn naar zorg; Skatebaan verliest haar lijn naar het wijkteam."
    public func sentence(_ lang: Language) -> String {
        let a = analysis, nl = lang == .nl
        let who = Self.list(a.removed.map(\.label), lang)
        let plural = a.removed.count > 1
        let closing = !a.removed.isEmpty && a.removed.allSatisfy { $0.kind == "place" }
        var condition: [String] = []
        if !a.removed.isEmpty {
            condition.append(nl ? "\(who) \(closing ? (plural ? "sluiten" : "sluit") : (plural ? "vertrekken" : "vertrekt"))"
                                : "\(who) \(closing ? (plural ? "close" : "closes") : (plural ? "leave" : "leaves"))")
        }
        if !a.added.isEmpty {
            if a.addedLabels.count == 1 {
                let t = a.addedLabels[0]
                condition.append(nl ? "\(t[0]) en \(t[1]) een nieuwe lijn krijgen" : "\(t[0]) and \(t[1]) get a new tie")
            } else {
                let ties = Self.list(a.addedLabels.map { "\($0[0]) – \($0[1])" }, lang)
                condition.append(nl ? "er nieuwe lijnen komen tussen \(ties)" : "new ties are made between \(ties)")
            }
        }
        // Each clause in Dutch twice: inverted (first, after "Als …,") and in plain order.
        var clauses: [(inverted: String, plain: String)] = []
        for d in Self.domainOrder {
            guard let n = a.youthLosingDomain[d], n > 0 else { continue }
            let dn = Self.lineTo(d, lang)
            if nl {
                clauses.append(n == 1 ? ("verliest 1 jongere de enige lijn naar \(dn)", "1 jongere verliest de enige lijn naar \(dn)")
                                      : ("verliezen \(n) jongeren hun enige lijn naar \(dn)", "\(n) jongeren verliezen hun enige lijn naar \(dn)"))
            } else {
                let s = n == 1 ? "1 young person loses their only line to \(dn)" : "\(n) young people lose their only line to \(dn)"
                clauses.append((s, s))
            }
        }
        if !a.placesLosingTeam.isEmpty {
            let places = Self.list(a.placesLosingTeam.map(\.label), lang)
            let one = a.placesLosingTeam.count == 1
            if nl {
                clauses.append(("\(one ? "verliest" : "verliezen") \(places) \(one ? "haar" : "hun") lijn naar het wijkteam",
                                "\(places) \(one ? "verliest haar" : "verliezen hun") lijn naar het wijkteam"))
            } else {
                let s = "\(places) \(one ? "loses its" : "lose their") line to the neighbourhood team"
                clauses.append((s, s))
            }
        }
        let pieces = a.componentsAfter.count - a.componentsBefore.count
        if pieces > 0 {
            // Of the new parts, those of ids the actors file does not list alone: said, as gaps does.
            let unlisted = GapsSentences(lang).unlistedParts(min(pieces, max(0, a.componentsOfUnlistedIDsOnlyAfter - a.componentsOfUnlistedIDsOnlyBefore)), of: pieces)
            clauses.append(nl ? ("valt het netwerk in \(pieces) extra \(pieces == 1 ? "deel" : "delen") uiteen\(unlisted)", "het netwerk valt in \(pieces) extra \(pieces == 1 ? "deel" : "delen") uiteen\(unlisted)")
                              : ("the network falls into \(pieces) more part\(pieces == 1 ? "" : "s")\(unlisted)", "the network falls into \(pieces) more part\(pieces == 1 ? "" : "s")\(unlisted)"))
        }
        if a.partnerPairsCut > 0 {
            let n = a.partnerPairsCut
            clauses.append(nl ? ("\(n == 1 ? "raakt 1 paar" : "raken \(n) paren") partners elkaar kwijt", "\(n == 1 ? "1 paar partners raakt" : "\(n) paren partners raken") elkaar kwijt")
                              : ("\(n) partner pair\(n == 1 ? " is" : "s are") cut off from each other", "\(n) partner pair\(n == 1 ? " is" : "s are") cut off from each other"))
        }
        if a.partnerPairsCloser > 0 {
            let n = a.partnerPairsCloser
            clauses.append(nl ? ("\(n == 1 ? "komt 1 paar" : "komen \(n) paren") partners dichter bij elkaar", "\(n == 1 ? "1 paar partners komt" : "\(n) paren partners komen") dichter bij elkaar")
                              : ("\(n) partner pair\(n == 1 ? " comes" : "s come") closer together", "\(n) partner pair\(n == 1 ? " comes" : "s come") closer together"))
        }
        if clauses.isEmpty {
            clauses.append(nl ? ("verliest geen jongere de enige lijn naar een domein en valt het netwerk niet verder uiteen", "")
                              : ("no young person loses their only line to a domain and the network does not fall apart further", ""))
        }
        let head = nl ? "Als " + condition.joined(separator: " en ") + ", " : "If " + condition.joined(separator: " and ") + ", "
        let body = ([clauses[0].inverted] + clauses.dropFirst().map(\.plain)).joined(separator: "; ")
        return head + body + "."
    }

    /// Plain text: the sentence, then the figures.
    public func text(_ lang: Language) -> String {
        let a = analysis, nl = lang == .nl
        var lines = [sentence(lang), ""]
        func sizes(_ s: [Int]) -> String {
            s.count > 8 ? s.prefix(8).map(String.init).joined(separator: ", ") + ", … (\(s.count))" : s.map(String.init).joined(separator: ", ")
        }
        lines.append(nl ? "Delen van het netwerk: nu \(a.componentsBefore.count) (groottes \(sizes(a.componentsBefore))); dan \(a.componentsAfter.count) (groottes \(sizes(a.componentsAfter)))."
                        : "Components today: \(a.componentsBefore.count) (sizes \(sizes(a.componentsBefore))); then: \(a.componentsAfter.count) (sizes \(sizes(a.componentsAfter))).")
        if a.youthLosingDomain.isEmpty {
            lines.append(nl ? "Jongeren die elke lijn naar een domein verliezen: geen." : "Young people who lose every tie to a domain: none.")
        } else {
            lines.append(nl ? "Jongeren die elke lijn naar een domein verliezen:" : "Young people who lose every tie to a domain:")
            for d in Self.domainOrder {
                guard let names = a.youthLosingDomainPseudonyms[d], !names.isEmpty else { continue }
                let shown = names.prefix(10).joined(separator: ", ") + (names.count > 10 ? ", …" : "")
                lines.append("  \(Self.domainName(d, lang)): \(names.count) (\(shown))")
            }
        }
        if a.teamPartners == 0 {
            lines.append(nl ? "Route naar het wijkteam: geen wijkteam gevonden (geen partner heet wijkteam; noem de partners van het wijkteam)." : "Route to the neighbourhood team: no team partner found (no partner is named wijkteam; name the team's partners).")
        } else {
            let places = a.placesLosingTeam.map { "\($0.label) (\($0.id))" }
            lines.append((nl ? "Plekken die hun route naar het wijkteam verliezen: " : "Places that lose their route to the neighbourhood team: ")
                         + (places.isEmpty ? (nl ? "geen" : "none") : places.joined(separator: ", ")) + ".")
        }
        lines.append(nl ? "Paren partners (\(a.partnerPairs)): \(a.partnerPairsLonger) verder uit elkaar, \(a.partnerPairsCut) afgesneden, \(a.partnerPairsCloser) dichterbij."
                        : "Partner pairs (\(a.partnerPairs)): \(a.partnerPairsLonger) with a longer shortest path, \(a.partnerPairsCut) cut, \(a.partnerPairsCloser) closer.")
        if a.partnersNotInActorsFile > 0 {
            let n = a.partnersNotInActorsFile
            lines.append(nl ? "\(n) partner\(n == 1 ? "" : "s") die niet in het actorenbestand \(n == 1 ? "staat" : "staan") (een id in het logboek dat het bestand niet kent) \(n == 1 ? "telt" : "tellen") niet mee in de paren."
                            : "\(n) partner\(n == 1 ? "" : "s") not in the actors file (an id of the log the file does not know) \(n == 1 ? "is" : "are") left out of the pairs.")
        }
        if !a.mostAffectedPairs.isEmpty {
            lines.append(nl ? "Het meest getroffen (afstand in stappen, nu → dan):" : "Most affected (distance in steps, today → then):")
            for p in a.mostAffectedPairs {
                lines.append("  \(p.labelA) – \(p.labelB): \(p.before) → \(p.after.map(String.init) ?? (nl ? "geen pad" : "no path"))")
            }
        }
        lines.append(nl ? "E-I van de domeinen: \(Format.decimal(a.eiBefore, 2, lang)) nu, \(Format.decimal(a.eiAfter, 2, lang)) dan."
                        : "E-I of the domains: \(Format.decimal(a.eiBefore, 2, lang)) today, \(Format.decimal(a.eiAfter, 2, lang)) then.")
        lines.append(nl ? "Versnipperde jongeren: \(optionalPercent(a.fragmentedShareBefore.finite, lang)) nu, \(optionalPercent(a.fragmentedShareAfter.finite, lang)) dan."
                        : "Fragmented young people: \(optionalPercent(a.fragmentedShareBefore.finite, lang)) today, \(optionalPercent(a.fragmentedShareAfter.finite, lang)) then.")
        let c = a.comparison
        lines.append(nl ? "Relaties tussen partners: \(c.partnerTies.before) nu, \(c.partnerTies.after) dan (\(c.tiesLost.count) weg, \(c.tiesAdded.count) erbij); relaties met jongeren weg: \(c.youthTies.lost)."
                        : "Partner ties: \(c.partnerTies.before) today, \(c.partnerTies.after) then (\(c.tiesLost.count) lost, \(c.tiesAdded.count) added); ties with young people lost: \(c.youthTies.lost).")
        for (title, list) in [(nl ? "Nieuwe bevindingen" : "Findings that appear", findingsAppeared),
                              (nl ? "Verdwenen bevindingen" : "Findings that disappear", findingsDisappeared)] where !list.isEmpty {
            lines.append("\(title):")
            for f in list { lines.append("  - \(f.sentence)") }
        }
        if !c.betweenness.isEmpty {
            let method = a.betweennessMethod == "exact" ? "" : (nl ? " (geschat: \(a.betweennessMethod))" : " (estimated: \(a.betweennessMethod))")
            lines.append((nl ? "Tussenpositie verandert het meest bij" : "Betweenness changes most for") + method + ":")
            for m in c.betweenness.prefix(5) {
                lines.append("  \(m.label) (\(m.id)): \(Format.decimal(m.before, 3, lang)) → \(Format.decimal(m.after, 3, lang))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV, long: `measure,subject,label,before,after`, one line per figure, young person (by
    /// pseudonym), place, pair, finding and partner whose betweenness changed.
    public func csv() -> String {
        let a = analysis
        var rows = ["measure,subject,label,before,after"]
        func row(_ m: String, _ s: String = "", _ l: String = "", b: String = "", t: String = "") {
            rows.append([m, csvEscape(s), csvEscape(l), b, t].joined(separator: ","))
        }
        for r in a.removed { row("removed", r.id, r.label) }
        for t in a.added { row("added", "\(t[0])|\(t[1])") }
        row("components", b: String(a.componentsBefore.count), t: String(a.componentsAfter.count))
        row("components_of_unlisted_ids_only", b: String(a.componentsOfUnlistedIDsOnlyBefore), t: String(a.componentsOfUnlistedIDsOnlyAfter))
        row("largest_component", b: String(a.componentsBefore.first ?? 0), t: String(a.componentsAfter.first ?? 0))
        for d in Self.domainOrder {
            guard let names = a.youthLosingDomainPseudonyms[d] else { continue }
            row("youth_losing_domain", d, t: String(names.count))
            for n in names { row("youth_losing_domain_pseudonym", d, n) }
        }
        row("team_partners", b: String(a.teamPartners))
        for p in a.placesLosingTeam { row("place_losing_team", p.id, p.label) }
        row("partner_pairs", b: String(a.partnerPairs))
        row("partner_pairs_longer", t: String(a.partnerPairsLonger))
        row("partner_pairs_cut", t: String(a.partnerPairsCut))
        row("partner_pairs_closer", t: String(a.partnerPairsCloser))
        for p in a.mostAffectedPairs { row("pair_most_affected", "\(p.a)|\(p.b)", "\(p.labelA) – \(p.labelB)", b: String(p.before), t: p.after.map(String.init) ?? "") }
        row("ei", b: csvOptional(a.eiBefore.finite), t: csvOptional(a.eiAfter.finite))
        row("fragmented_share", b: csvOptional(a.fragmentedShareBefore.finite), t: csvOptional(a.fragmentedShareAfter.finite))
        row("partner_ties", b: String(a.comparison.partnerTies.before), t: String(a.comparison.partnerTies.after))
        for f in findingsAppeared { row("finding_appeared", "\(f.kind)|\(f.subject)", f.sentence) }
        for f in findingsDisappeared { row("finding_disappeared", "\(f.kind)|\(f.subject)", f.sentence) }
        for m in a.comparison.betweenness { row("betweenness", m.id, m.label, b: Format.csvNumber(m.before), t: Format.csvNumber(m.after)) }
        return rows.joined(separator: "\n") + "\n"
    }
}

extension Double {
    /// `nil` for NaN and infinities.
    var finite: Double? { isFinite ? self : nil }
}
