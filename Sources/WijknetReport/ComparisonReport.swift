import Wijknet

/// `wijknet compare`: an ``EcosystemComparison`` with the `gaps` findings that appeared and
/// disappeared, and its renderings as text, CSV and JSON.
///
/// Findings are matched by ``GapsFinding/identity`` (kind and subject), never by their
/// sentences: a domain gap whose tie count went from 0 to 1 is the same finding.
public struct ComparisonReport: Sendable, Codable {
    /// One finding present in only one of the two ecosystems, with its first sentence.
    public struct FindingChange: Sendable, Codable, Equatable {
        public var kind: String
        public var subject: String
        public var sentence: String
    }

    public var comparison: EcosystemComparison
    /// In `after`, not in `before` (in the order of importance after).
    public var findingsAppeared: [FindingChange]
    /// In `before`, not in `after` (in the order of importance before).
    public var findingsDisappeared: [FindingChange]

    /// Matches the findings of `gapsBefore` and `gapsAfter`, worded in `lang`.
    public init(_ comparison: EcosystemComparison, gapsBefore: GapsAnalysis, gapsAfter: GapsAnalysis, lang: Language) {
        self.comparison = comparison
        let s = GapsSentences(lang)
        let b = gapsBefore.findings(s), a = gapsAfter.findings(s)
        let idsBefore = Set(b.map(\.identity)), idsAfter = Set(a.map(\.identity))
        func changes(_ list: [GapsFinding], notIn other: Set<String>) -> [FindingChange] {
            var seen = Set<String>()
            return list.filter { !other.contains($0.identity) && seen.insert($0.identity).inserted }
                .map { FindingChange(kind: $0.kind, subject: $0.subject, sentence: $0.lines[0]) }
        }
        findingsAppeared = changes(a, notIn: idsBefore)
        findingsDisappeared = changes(b, notIn: idsAfter)
    }

    /// The mixing figures as `(subject, before, after)`: `ei`, `ei_expected`, then each pair of
    /// groups `a|b` (the diagonal `a|a` = ties within a group), in group order.
    public var mixingRows: [(subject: String, before: Double, after: Double)] {
        let mb = comparison.mixingBefore, ma = comparison.mixingAfter
        var rows: [(String, Double, Double)] = [("ei", mb.ei, ma.ei), ("ei_expected", mb.eiExpected, ma.eiExpected)]
        let names = mb.groups + ma.groups.filter { !mb.groups.contains($0) }
        func ties(_ m: MixingSummary, _ x: String, _ y: String) -> Double {
            guard let i = m.groups.firstIndex(of: x), let j = m.groups.firstIndex(of: y) else { return 0 }
            return Double(m.ties[i][j])
        }
        for i in names.indices { for j in i..<names.count {
            rows.append(("\(names[i])|\(names[j])", ties(mb, names[i], names[j]), ties(ma, names[i], names[j])))
        } }
        return rows
    }

    /// The three lists of metric changes, in the order betweenness, degree, brokerage total.
    public var metricLists: [[EcosystemComparison.MetricChange]] {
        [comparison.betweenness, comparison.degree, comparison.brokerageTotal]
    }

    /// One row per change: `kind,subject,before,after`.
    ///
    /// - `tie_added` / `tie_lost`: a tie between two partners, subject `a|b` (ids sorted),
    ///   before/after `0`/`1` (ties). Ties that involve young people are not listed one by one:
    ///   one `tie_added` and one `tie_lost` row with subject `ties_youth` give how many
    ///   (before `0`, after the number added; before the number lost, after `0`) — the sums of
    ///   the rows they stand in for. Likewise `ties_places` for ties with a place.
    /// - `metric`: subject `id:betweenness`, `id:degree` or `id:brokerage_total`.
    /// - `mixing`: `ei`, `ei_expected` (the random baseline) and `a|b` (ties between domains
    ///   a and b; `a|a` within a), always all of them.
    /// - `finding`: subject `kind:subject` of a `gaps` finding, before/after `1` when present.
    public func csv() -> String {
        var rows = ["kind,subject,before,after"]
        func row(_ kind: String, _ subject: String, _ before: String, _ after: String) {
            rows.append([kind, csvEscape(subject), before, after].joined(separator: ","))
        }
        let c = comparison
        for t in c.tiesAdded { row("tie_added", t.subject, "0", "1") }
        row("tie_added", "ties_youth", "0", String(c.youthTies.added))
        row("tie_added", "ties_places", "0", String(c.placeTies.added))
        for t in c.tiesLost { row("tie_lost", t.subject, "1", "0") }
        row("tie_lost", "ties_youth", String(c.youthTies.lost), "0")
        row("tie_lost", "ties_places", String(c.placeTies.lost), "0")
        for list in metricLists {
            for m in list { row("metric", "\(m.id):\(m.metric)", Format.csvNumber(m.before), Format.csvNumber(m.after)) }
        }
        for m in mixingRows { row("mixing", m.subject, Format.csvNumber(m.before), Format.csvNumber(m.after)) }
        for f in findingsAppeared { row("finding", "\(f.kind):\(f.subject)", "0", "1") }
        for f in findingsDisappeared { row("finding", "\(f.kind):\(f.subject)", "1", "0") }
        return rows.joined(separator: "\n") + "\n"
    }

    /// The comparison in plain words: periods, ties, partners, domains, findings.
    public func text(_ lang: Language) -> String {
        let s = CompareSentences(lang)
        let c = comparison
        var out = s.heading + "\n" + s.periods(c.before.description, c.after.description) + "\n\n"
        func tieList(_ heading: String, _ ties: [EcosystemComparison.PartnerTie]) {
            out += heading + ":\n"
            if ties.isEmpty { out += "  " + s.none + "\n" }
            for t in ties { out += "  \(t.labelA) (\(t.a)) – \(t.labelB) (\(t.b)): \(s.contacts(t.contacts))\n" }
        }
        out += s.partnerTies(before: c.partnerTies.before, after: c.partnerTies.after) + "\n"
        tieList(s.tiesAdded, c.tiesAdded)
        tieList(s.tiesLost, c.tiesLost)
        out += s.youthTies(added: c.youthTies.added, lost: c.youthTies.lost, before: c.youthTies.before, after: c.youthTies.after) + "\n"
        out += s.placeTies(added: c.placeTies.added, lost: c.placeTies.lost, before: c.placeTies.before, after: c.placeTies.after) + "\n\n"

        out += s.metricsHeading + "\n"
        for list in metricLists {
            guard let first = list.first else { continue }
            out += "  " + s.metric(first.metric) + ":\n"
            let digits = first.metric == "betweenness" ? 3 : 0
            for m in list {
                let sign = m.change > 0 ? "+" : ""
                out += "    \(m.label) (\(domainName(m.domain, lang))): \(Format.decimal(m.before, digits, lang)) → \(Format.decimal(m.after, digits, lang)) (\(sign)\(Format.decimal(m.change, digits, lang)))\n"
            }
        }
        if metricLists.allSatisfy(\.isEmpty) { out += "  " + s.unchanged + "\n" }
        out += "\n" + s.mixingHeading + "\n"
        let mb = c.mixingBefore, ma = c.mixingAfter
        out += "  " + s.ei(s.before, Format.decimal(mb.ei, 2, lang), Format.decimal(mb.eiExpected, 2, lang)) + "\n"
        out += "  " + s.ei(s.after, Format.decimal(ma.ei, 2, lang), Format.decimal(ma.eiExpected, 2, lang)) + "\n"
        out += "  " + s.eiExplained + "\n"
        for m in mixingRows.dropFirst(2) {
            let pair = m.subject.split(separator: "|").map { domainName(String($0), lang) }.joined(separator: " – ")
            out += "  \(Format.pad(pair + ":", 28)) \(Format.csvNumber(m.before)) → \(Format.csvNumber(m.after))\n"
        }
        for (heading, list) in [(s.findingsAppeared, findingsAppeared), (s.findingsDisappeared, findingsDisappeared)] {
            out += "\n" + heading + ":\n"
            if list.isEmpty { out += "  " + s.none + "\n" }
            for f in list { out += "  - " + f.sentence + "\n" }
        }
        return out
    }
}
