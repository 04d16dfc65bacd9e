import Wijknet

extension ReportPage {
    /// The `survey` section (`wijknet report --survey FILE`): the partner survey's headline
    /// (who answered, ties, reciprocity, network trust and value), the partners' scores, intensity
    /// and scores per domain pair, the ties named by one side only and what was left unrated —
    /// the figures of ``SurveyAnalysis``, the words of `wijknet survey`.
    func surveySection(_ a: SurveyAnalysis) -> String {
        let nl = lang == .nl
        var s = a.headline(lang).map { "<p>\(e($0))</p>" }.joined(separator: "\n") + "\n"
        func score(_ x: SurveyScore?) -> Cell { x.map { Cell.number(a.scoreText($0, lang), $0.mean) } ?? .text("–") }
        let rows = a.partners.map { p -> [Cell] in
            [.text(a.name(p.id)), .text(sentences.domain(p.domain.rawValue)), .text(p.responded ? (nl ? "ja" : "yes") : (nl ? "nee" : "no")),
             count(p.outDegree), count(p.inDegree), decimal(p.betweenness, 2), decimal(p.closeness, 2)]
                + (a.asksTrust ? [score(p.trust)] : []) + (a.asksValue ? [score(p.value)] : [])
        }
        let headers = [nl ? "Partner" : "Partner", nl ? "Domein" : "Domain", nl ? "Antwoordde" : "Answered", nl ? "Noemt" : "Names",
                       nl ? "Genoemd door" : "Named by", nl ? "Tussenpositie" : "Betweenness", nl ? "Nabijheid" : "Closeness"]
            + (a.asksTrust ? [nl ? "Vertrouwen" : "Trust"] : []) + (a.asksValue ? [nl ? "Waarde" : "Value"] : [])
        s += HTML.table("survey-partners", headers: headers, rows: rows,
                        caption: nl ? "Per partner: tussenpositie op gerichte paden, nabijheid met banden in beide richtingen, vertrouwen en waarde (* minder dan 2 beoordelaars: een voorlopig cijfer)"
                                    : "Per partner: betweenness on directed paths, closeness with ties both ways, trust and value (* fewer than 2 raters: a tentative figure)")
        s += "\n" + domainPairTable(a) + "\n" + oneSidedList(a)
        if !a.unratedPartners.isEmpty {
            s += "<p>\(e((nl ? "Door niemand beoordeeld: " : "Rated by nobody: ") + a.unratedPartners.map(a.name).joined(separator: ", ") + "."))</p>"
        }
        if a.asksTrust || a.asksValue {
            let unrated = nl ? "Niet beoordeeld: \(a.unratedPairs) paren (een invuller over een andere partner) zonder vertrouwen of waarde."
                             : "Not rated: \(a.unratedPairs) pairs (a respondent about another partner) without trust or value."
            s += "<p>\(e(unrated))</p>"
        }
        return s
    }

    private func domainPairTable(_ a: SurveyAnalysis) -> String {
        let nl = lang == .nl
        let rows = a.domainPairs.map { d -> [Cell] in
            [.text(sentences.domain(d.a.rawValue) + " – " + sentences.domain(d.b.rawValue))] + d.intensity.map(count)
                + [d.trust.map { Cell.number(a.scoreText($0, lang, pairs: true), $0.mean) } ?? .text("–"),
                   d.value.map { Cell.number(a.scoreText($0, lang, pairs: true), $0.mean) } ?? .text("–")]
        }
        let levels = SurveyIntensity.allCases.map { nl ? $0.dutch : $0.english }
        return HTML.table("survey-domain-pairs", headers: [nl ? "Domeinen" : "Domains"] + levels + [nl ? "Vertrouwen" : "Trust", nl ? "Waarde" : "Value"],
                          rows: rows, caption: nl ? "Intensiteit per domeinpaar (antwoorden, beide richtingen samen)" : "Intensity per domain pair (answers, both directions pooled)")
    }

    private func oneSidedList(_ a: SurveyAnalysis) -> String {
        let nl = lang == .nl
        guard !a.oneSided.isEmpty else { return "<p>\(e(nl ? "Elke band is door beide kanten genoemd." : "Every tie is named by both sides."))</p>" }
        var s = "<h3>\(e(nl ? "Door één kant genoemd" : "Named by one side only"))</h3><ul id=\"survey-one-sided\">"
        for t in a.oneSided.prefix(SurveyAnalysis.oneSidedShown) {
            let why = t.toResponded ? "" : (nl ? " — antwoordde niet" : " — did not answer")
            s += "<li>\(e(a.name(t.from) + " → " + a.name(t.to) + why))</li>"
        }
        return s + "</ul>" + (a.moreOneSided(lang).map { "<p>\(e($0))</p>" } ?? "")
    }
}
