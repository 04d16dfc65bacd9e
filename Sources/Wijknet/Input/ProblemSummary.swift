extension IngestStats {
    /// The problems as a person reads them: each kind once, by its first problem (file, line,
    /// column, what is wrong, how to fix it), and when it came back, how often and where — "and
    /// 1,587 more like it (1,588 in all), first at line 3, last at line 2,601" — instead of 1,588
    /// lines that say the same. At most `kinds` kinds, in order of first appearance; the rest
    /// is counted on a last line. In `lang` (``InputIssue/description(_:_:)``), a column mapping
    /// worded by `wording`; kinds are counted by their English ``InputIssue/pattern`` alike.
    public func summarisedProblems(kinds limit: Int = 20, lang: Language = .en, wording: any ProblemWording = PlainWording()) -> [String] {
        let nl = lang == .nl
        let number = nl ? groupedDutch : grouped
        var lines: [String] = []
        for kind in issueKinds.prefix(limit) {
            var text = kind.first.description(lang, wording)
            if kind.count > 1 {
                let (more, all, first, last) = (number(kind.count - 1), number(kind.count), number(kind.first.line), number(kind.lastLine))
                if nl {
                    let unit = kind.first.sheet == nil ? "regel" : "rij"
                    text += "\n  en nog \(more) zoals dit (\(all) in totaal), eerst op \(unit) \(first), laatst op \(unit) \(last)."
                } else {
                    let unit = kind.first.sheet == nil ? "line" : "row"
                    text += "\n  and \(more) more like it (\(all) in all), first at \(unit) \(first), last at \(unit) \(last)."
                }
            }
            lines.append(text)
        }
        if issueKinds.count > limit {
            let rest = issueKinds.dropFirst(limit)
            let (count, kinds) = (number(rest.reduce(0) { $0 + $1.count }), rest.count)
            lines.append(nl ? "… en nog \(count) problemen van \(kinds) andere \(kinds == 1 ? "soort" : "soorten")."
                            : "… and \(count) more problems of \(kinds) other kinds.")
        }
        return lines
    }
}

/// `1588` as `1,588`: counts in English messages.
func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return n < 0 ? "-" + out : out
}

/// `1588` as `1.588`: counts in Dutch messages.
func groupedDutch(_ n: Int) -> String {
    grouped(n).replacingOccurrences(of: ",", with: ".")
}
