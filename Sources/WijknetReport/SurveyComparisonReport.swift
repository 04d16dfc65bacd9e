import Wijknet

/// `wijknet survey NEW --earlier OLD`: two rounds of a partner survey side by side, as text
/// (Dutch or English), CSV and JSON.
extension SurveyComparison {
    /// Plain text: the network's figures then and now, every partner's trust, value and in-degree
    /// then and now, the ties that appeared and disappeared among the respondents of both rounds.
    public func text(_ lang: Language = .nl) -> String {
        let nl = lang == .nl
        let b = before, a = after
        func file(_ s: SurveyAnalysis) -> String { s.fileName.split(separator: "/").last.map(String.init) ?? s.fileName }
        var lines = [nl ? "Partnerenquête: \(file(b)) (vorige ronde) en \(file(a)) (deze ronde)." : "Partner survey: \(file(b)) (earlier round) and \(file(a)) (this round)."]
        func row(_ name: String, _ x: String, _ y: String) -> String { "  \(Format.pad(name, 34)) \(Format.padLeft(x, 8)) → \(y)" }
        let score = { (s: SurveyScore?) in s.map { Format.decimal($0.mean, 2, lang) + ($0.isThin ? " *" : "") } ?? "–" }
        lines.append(row(nl ? "antwoordden" : "answered", "\(b.respondents)", "\(a.respondents)"))
        lines.append(row(nl ? "banden" : "ties", "\(b.ties)", "\(a.ties)"))
        lines.append(row(nl ? "door beide kanten genoemd" : "named by both sides", Format.percent(b.reciprocity, lang), Format.percent(a.reciprocity, lang)))
        lines.append(row(nl ? "dichtheid" : "density", Format.decimal(b.density, 2, lang), Format.decimal(a.density, 2, lang)))
        lines.append(row(nl ? "vertrouwen in het netwerk" : "trust in the network", score(b.trust), score(a.trust)))
        lines.append(row(nl ? "waarde in het netwerk" : "value in the network", score(b.value), score(a.value)))
        lines.append("")
        lines.append(nl ? "Per partner (vertrouwen, waarde, genoemd door; vorige ronde → deze ronde; * minder dan 2 beoordelaars):"
                        : "Per partner (trust, value, named by; earlier round → this round; * fewer than 2 raters):")
        for (p, q) in zip(b.partners, a.partners) {
            lines.append("  \(a.name(q.id)): \(score(p.trust)) → \(score(q.trust)); \(score(p.value)) → \(score(q.value)); \(p.inDegree) → \(q.inDegree)")
        }
        lines.append("")
        let who = comparable.map(a.name).joined(separator: ", ")
        lines.append(nl ? "Banden vergeleken tussen de partners die beide keren antwoordden: \(who.isEmpty ? "geen" : who)."
                        : "Ties compared among the partners who answered both times: \(who.isEmpty ? "none" : who).")
        if !onlyBefore.isEmpty { lines.append((nl ? "Alleen de vorige keer geantwoord: " : "Answered only the earlier time: ") + onlyBefore.map(a.name).joined(separator: ", ") + ".") }
        if !onlyAfter.isEmpty { lines.append((nl ? "Alleen deze keer geantwoord: " : "Answered only this time: ") + onlyAfter.map(a.name).joined(separator: ", ") + ".") }
        for (title, list) in [(nl ? "Nieuwe banden" : "New ties", tiesAdded), (nl ? "Verdwenen banden" : "Ties gone", tiesLost)] {
            lines.append("\(title) (\(list.count))" + (list.isEmpty ? "." : ":"))
            for t in list.prefix(SurveyAnalysis.oneSidedShown) { lines.append("  \(a.name(t.from)) → \(a.name(t.to))") }
            let more = list.count - SurveyAnalysis.oneSidedShown
            if more > 0 { lines.append(nl ? "  … en \(Format.integer(more, lang)) meer; alle staan in --format csv." : "  … and \(Format.integer(more, lang)) more; all are in --format csv.") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV: one row per measure (`network`), per partner measure (`partner`) and per changed tie
    /// (`tie_added`, `tie_lost`), with the value before and after.
    public func csv() -> String {
        var rows = ["section,id,label,to,measure,before,after"]
        let n = { (x: Double?) in x.map(Format.csvNumber) ?? "" }
        for (m, x, y) in [("respondents", Double(before.respondents), Double(after.respondents)), ("ties", Double(before.ties), Double(after.ties)),
                          ("reciprocity", before.reciprocity, after.reciprocity), ("density", before.density, after.density)] {
            rows.append("network,,,,\(m),\(n(x)),\(n(y))")
        }
        rows.append("network,,,,trust,\(n(before.trust?.mean)),\(n(after.trust?.mean))")
        rows.append("network,,,,value,\(n(before.value?.mean)),\(n(after.value?.mean))")
        for (p, q) in zip(before.partners, after.partners) {
            let start = "partner,\(csvEscape(q.id)),\(csvEscape(q.label)),"
            rows.append(start + ",trust,\(n(p.trust?.mean)),\(n(q.trust?.mean))")
            rows.append(start + ",value,\(n(p.value?.mean)),\(n(q.value?.mean))")
            rows.append(start + ",in_degree,\(p.inDegree),\(q.inDegree)")
        }
        for (section, list) in [("tie_added", tiesAdded), ("tie_lost", tiesLost)] {
            for t in list { rows.append("\(section),\(csvEscape(t.from)),\(csvEscape(t.fromLabel)),\(csvEscape(t.to)),,,") }
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
