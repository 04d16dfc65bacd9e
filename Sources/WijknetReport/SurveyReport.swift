import Wijknet

/// `wijknet survey`: a partner survey's figures as text (Dutch or English), CSV and JSON.
extension SurveyAnalysis {
    /// Plain text for a team meeting: who answered, the ties and how far they are mutual, trust
    /// and value, per partner and per domain pair, what is one-sided and what was left unrated.
    public func text(_ lang: Language = .nl) -> String {
        let nl = lang == .nl
        var lines = headline(lang)
        lines.append("")
        lines.append(nl ? "Per partner (uit = noemt zelf, in = genoemd door anderen, tussen = tussenpositie op gerichte kortste paden, nabij = nabijheid als banden in beide richtingen tellen; beide 0–1):"
                        : "Per partner (out = names others, in = named by others, between = betweenness on directed shortest paths, close = closeness with ties counted both ways; both 0–1):")
        lines += partnerTable(lang)
        if partners.contains(where: { $0.trust?.isThin == true || $0.value?.isThin == true }) {
            lines.append(nl ? "* over minder dan \(SurveyScore.minimumRaters) beoordelaars: een voorlopig cijfer."
                            : "* over fewer than \(SurveyScore.minimumRaters) raters: a tentative figure.")
        }
        lines += oneSidedLines(lang) + domainPairLines(lang) + unratedLines(lang)
        return lines.joined(separator: "\n") + "\n"
    }

    func headline(_ lang: Language) -> [String] {
        let nl = lang == .nl
        let fileName = fileName.split(separator: "/").last.map(String.init) ?? fileName   // the name, not the folder
        var lines = [nl ? "Partnerenquête \(fileName): \(partners.count) partners, \(respondents) hebben geantwoord."
                        : "Partner survey \(fileName): \(partners.count) partners, \(respondents) answered."]
        if !nonRespondents.isEmpty {
            lines.append((nl ? "Niet geantwoord: " : "Did not answer: ") + nonRespondents.map(name).joined(separator: ", ") + ".")
        }
        let d = Format.decimal(density, 2, lang)
        lines.append(nl ? "Banden: \(Format.integer(ties, lang)) (dichtheid \(d); een band telt als de invuller minstens jaarlijks samenwerkt of de intensiteit boven 'geen' ligt)."
                        : "Ties: \(Format.integer(ties, lang)) (density \(d); a tie counts when the respondent works together at least yearly or the intensity is above none).")
        let r = Format.percent(reciprocity, lang), rr = Format.percent(reciprocityAmongRespondents, lang)
        lines.append(nl ? "Door beide kanten genoemd: \(r) van de banden; tussen partners die allebei antwoordden: \(rr)."
                        : "Named by both sides: \(r) of the ties; between partners who both answered: \(rr).")
        for (score, asked, nlName, enName) in [(trust, asksTrust, "Vertrouwen", "Trust"), (value, asksValue, "Waarde", "Value")] where asked {
            let s = score.map { scoreText($0, lang, pairs: true) } ?? (nl ? "niet beoordeeld" : "not rated")
            lines.append("\(nl ? nlName : enName) \(nl ? "in het netwerk" : "in the network"): \(s).")
        }
        return lines
    }

    func name(_ id: String) -> String {
        guard let label = labels[id] else { return id }
        return label == id ? id : "\(label) (\(id))"
    }

    /// Partner id → label (one dictionary, not a search per name: a survey of 400 partners can
    /// have tens of thousands of one-sided ties).
    private var labels: [String: String] { Dictionary(partners.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a }) }

    /// How many one-sided ties the text and the report list; the rest are counted (CSV and JSON hold all).
    public static let oneSidedShown = 20

    /// The line after the first ``oneSidedShown`` one-sided ties, or `nil` when all were listed.
    func moreOneSided(_ lang: Language) -> String? {
        let more = oneSided.count - Self.oneSidedShown
        guard more > 0 else { return nil }
        return lang == .nl ? "… en \(Format.integer(more, lang)) meer; alle staan in --format csv."
                           : "… and \(Format.integer(more, lang)) more; all are in --format csv."
    }

    /// `3,03 van 4 (76%, 12 paren)`, with `*` when over fewer than two raters.
    func scoreText(_ s: SurveyScore, _ lang: Language, pairs: Bool = false) -> String {
        let nl = lang == .nl
        let who = pairs ? (nl ? (s.raters == 1 ? "paar" : "paren") : (s.raters == 1 ? "pair" : "pairs"))
                        : (nl ? (s.raters == 1 ? "beoordelaar" : "beoordelaars") : (s.raters == 1 ? "rater" : "raters"))
        let p = Format.decimal(s.percent, 0, lang)
        return "\(Format.decimal(s.mean, 2, lang)) \(nl ? "van" : "of") \(SurveyItem.maximum) (\(p)%, \(Format.integer(s.raters, lang)) \(who))" + (s.isThin ? " *" : "")
    }

    private func partnerTable(_ lang: Language) -> [String] {
        let nl = lang == .nl
        var rows = [[nl ? "partner" : "partner", nl ? "domein" : "domain", nl ? "antwoord" : "answered", nl ? "uit" : "out", "in",
                     nl ? "tussen" : "between", nl ? "nabij" : "close"] + (asksTrust ? [nl ? "vertrouwen" : "trust"] : []) + (asksValue ? [nl ? "waarde" : "value"] : [])]
        for p in partners {
            var row = [name(p.id), domainName(p.domain.rawValue, lang), p.responded ? (nl ? "ja" : "yes") : (nl ? "nee" : "no"),
                       "\(p.outDegree)", "\(p.inDegree)", Format.decimal(p.betweenness, 2, lang), Format.decimal(p.closeness, 2, lang)]
            if asksTrust { row.append(p.trust.map { scoreText($0, lang) } ?? "–") }
            if asksValue { row.append(p.value.map { scoreText($0, lang) } ?? "–") }
            rows.append(row)
        }
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max()! }
        return rows.map { r in "  " + r.indices.map { Format.pad(r[$0], widths[$0]) }.joined(separator: "  ").withoutTrailingSpaces() }
    }

    private func oneSidedLines(_ lang: Language) -> [String] {
        let nl = lang == .nl
        guard !oneSided.isEmpty else { return ["", nl ? "Elke band is door beide kanten genoemd." : "Every tie is named by both sides."] }
        var lines = ["", nl ? "Door één kant genoemd (\(oneSided.count)):" : "Named by one side only (\(oneSided.count)):"]
        let labels = self.labels
        func name(_ id: String) -> String { labels[id].map { $0 == id ? id : "\($0) (\(id))" } ?? id }
        for t in oneSided.prefix(Self.oneSidedShown) {
            let why = t.toResponded ? "" : (nl ? " — antwoordde niet" : " — did not answer")
            lines.append("  \(name(t.from)) → \(name(t.to))\(why)")
        }
        if let more = moreOneSided(lang) { lines.append("  " + more) }
        return lines
    }

    private func domainPairLines(_ lang: Language) -> [String] {
        let nl = lang == .nl
        guard !domainPairs.isEmpty else { return [] }
        let levels = SurveyIntensity.allCases.map { nl ? $0.dutch : $0.english }.joined(separator: " / ")
        var lines = ["", (nl ? "Intensiteit per domeinpaar, beide richtingen samen (" : "Intensity per domain pair, both directions pooled (") + levels + "):"]
        for d in domainPairs {
            var line = "  \(domainName(d.a.rawValue, lang))–\(domainName(d.b.rawValue, lang)): " + d.intensity.map(String.init).joined(separator: " / ")
            if asksTrust, let t = d.trust { line += "; " + (nl ? "vertrouwen " : "trust ") + scoreText(t, lang, pairs: true) }
            if asksValue, let v = d.value { line += "; " + (nl ? "waarde " : "value ") + scoreText(v, lang, pairs: true) }
            lines.append(line)
        }
        return lines
    }

    private func unratedLines(_ lang: Language) -> [String] {
        let nl = lang == .nl
        guard asksTrust || asksValue else { return [] }
        var lines = [""]
        if !unratedPartners.isEmpty {
            lines.append((nl ? "Door niemand beoordeeld: " : "Rated by nobody: ") + unratedPartners.map(name).joined(separator: ", ") + ".")
        }
        lines.append(nl ? "Niet beoordeeld: \(Format.integer(unratedPairs, lang)) paren (een invuller over een andere partner) zonder vertrouwen of waarde."
                        : "Not rated: \(Format.integer(unratedPairs, lang)) pairs (a respondent about another partner) without trust or value.")
        return lines
    }
}

extension SurveyAnalysis {
    /// The CSV header: one table whose `section` says what a row is (`network`, `partner`,
    /// `domain_pair`, `one_sided`); columns that do not apply to a section are empty.
    static let csvHeader = "section,id,label,domain,to,to_label,responded,out_degree,in_degree,betweenness,closeness,ties,reciprocity,reciprocity_respondents,density,"
        + "trust,trust_percent,trust_raters,trust_thin,value,value_percent,value_raters,value_thin,none,awareness,cooperation,coordination,integration"

    /// CSV for analysts: exact figures, ids and labels.
    public func csv() -> String {
        var rows = [Self.csvHeader]
        let n = Format.csvNumber
        rows.append("network,,,,,,\(respondents),,,,,\(ties),\(n(reciprocity)),\(n(reciprocityAmongRespondents)),\(n(density)),\(scoreCells(trust)),\(scoreCells(value)),,,,,")
        for p in partners {
            rows.append("partner,\(csvEscape(p.id)),\(csvEscape(p.label)),\(p.domain.rawValue),,,\(p.responded),\(p.outDegree),\(p.inDegree),\(n(p.betweenness)),\(n(p.closeness)),,,,,\(scoreCells(p.trust)),\(scoreCells(p.value)),,,,,")
        }
        for d in domainPairs {
            rows.append("domain_pair,,,\(d.a.rawValue),\(d.b.rawValue),,,,,,,,,,,\(scoreCells(d.trust)),\(scoreCells(d.value)),\(d.intensity.map(String.init).joined(separator: ","))")
        }
        for t in oneSided {
            rows.append("one_sided,\(csvEscape(t.from)),\(csvEscape(t.fromLabel)),,\(csvEscape(t.to)),\(csvEscape(t.toLabel)),\(t.toResponded),,,,,,,,,,,,,,,,,,,,,")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    private func scoreCells(_ s: SurveyScore?) -> String {
        guard let s else { return ",,," }
        return "\(Format.csvNumber(s.mean)),\(Format.csvNumber(s.percent)),\(s.raters),\(s.isThin)"
    }
}

private extension String {
    func withoutTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
