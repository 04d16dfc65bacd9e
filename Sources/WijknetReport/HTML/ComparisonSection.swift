import Wijknet

extension ReportPage {
    /// The `comparison` section: the two periods, their `domains` diagrams side by side (ids
    /// prefixed `compare-before-` and `compare-after-`), and the changes as tables. Young people
    /// appear only in the counts of ties.
    func comparisonSection(_ c: MeetingReport.Comparison) -> String {
        let w = CompareSentences(lang)
        let r = c.report, cmp = r.comparison
        let date = lang == .nl ? Calendar.dutchDate : Calendar.isoDate
        func period(_ p: Period) -> String { "\(p.from.map(date) ?? "…") – \(p.to.map(date) ?? "…")" }
        var s = "<p>\(e(w.periods(period(cmp.before), period(cmp.after))))</p>\n"
        s += "<div class=\"side-by-side\">"
        for (label, figure, prefix) in [(w.beforeCapital, c.before, "compare-before"), (w.afterCapital, c.after, "compare-after")] {
            s += "<figure id=\"figure-\(prefix)\">\(HTML.inlineSVG(figure.svg, prefix: prefix))<figcaption>\(e(label))</figcaption></figure>"
        }
        s += "</div>\n<p class=\"note\">\(e(w.diagramsCaption))</p>\n"

        func ties(_ id: String, _ caption: String, _ list: [EcosystemComparison.PartnerTie]) -> String {
            guard !list.isEmpty else { return "<p>\(e(caption)): \(e(w.none))</p>" }
            let rows = list.map { t -> [Cell] in [.text(t.labelA), .text(t.labelB), count(t.contacts)] }
            return HTML.table(id, headers: [words.partnerA, words.partnerB, w.contactsHeader], rows: rows, caption: caption)
        }
        s += "<p>\(e(w.partnerTies(before: cmp.partnerTies.before, after: cmp.partnerTies.after)))</p>"
        s += ties("compare-ties-added", w.tiesAdded, cmp.tiesAdded) + ties("compare-ties-lost", w.tiesLost, cmp.tiesLost)
        s += "<p>\(e(w.youthTies(added: cmp.youthTies.added, lost: cmp.youthTies.lost, before: cmp.youthTies.before, after: cmp.youthTies.after)))</p>"
        s += "<p>\(e(w.placeTies(added: cmp.placeTies.added, lost: cmp.placeTies.lost, before: cmp.placeTies.before, after: cmp.placeTies.after)))</p>\n"

        let metrics = r.metricLists.flatMap { $0 }.map { m -> [Cell] in
            let digits = m.metric == "betweenness" ? 3 : 0
            return [.text(m.label), .text(sentences.domain(m.domain)), .text(w.metric(m.metric)),
                    decimal(m.before, digits), decimal(m.after, digits), decimal(m.change, digits)]
        }
        s += metrics.isEmpty ? "<p>\(e(w.metricsHeading)): \(e(w.unchanged))</p>"
            : HTML.table("compare-metrics", headers: [w.partner, w.domain, w.measure, w.beforeCapital, w.afterCapital, w.change], rows: metrics, caption: w.metricsHeading)

        let mb = cmp.mixingBefore, ma = cmp.mixingAfter
        s += "\n<p>\(e(w.ei(w.before, Format.decimal(mb.ei, 2, lang), Format.decimal(mb.eiExpected, 2, lang))))<br>"
        s += "\(e(w.ei(w.after, Format.decimal(ma.ei, 2, lang), Format.decimal(ma.eiExpected, 2, lang))))</p>"
        let mixing = r.mixingRows.dropFirst(2).map { m -> [Cell] in
            [.text(m.subject.split(separator: "|").map { sentences.domain(String($0)) }.joined(separator: " – ")),
             decimal(m.before, 0), decimal(m.after, 0)]
        }
        s += HTML.table("compare-mixing", headers: [w.domain, w.beforeCapital, w.afterCapital], rows: Array(mixing), caption: w.mixingHeading)

        for (id, heading, list) in [("compare-findings-appeared", w.findingsAppeared, r.findingsAppeared),
                                    ("compare-findings-disappeared", w.findingsDisappeared, r.findingsDisappeared)] {
            s += "\n<h3>\(e(heading))</h3>"
            s += list.isEmpty ? "<p>\(e(w.none))</p>" : "<ul id=\"\(id)\">" + list.map { "<li>\(e($0.sentence))</li>" }.joined() + "</ul>"
        }
        return s
    }
}
