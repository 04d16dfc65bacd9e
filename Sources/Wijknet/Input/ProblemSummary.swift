extension IngestStats {
    /// The problems as a person reads them: each kind once, by its first problem (file, line,
    /// column, what is wrong, how to fix it), and when it came back, how often and where — "and
    /// 1,587 more like it (1,588 in all), first at line 3, last at line 2,601" — instead of 1,588
    /// lines that say the same. At most `kinds` kinds, in order of first appearance; the rest
    /// is counted on a last line.
    public func summarisedProblems(kinds limit: Int = 20) -> [String] {
        var lines: [String] = []
        for kind in issueKinds.prefix(limit) {
            var text = kind.first.description
            if kind.count > 1 {
                let unit = kind.first.sheet == nil ? "line" : "row"
                text += "\n  and \(grouped(kind.count - 1)) more like it (\(grouped(kind.count)) in all), first at \(unit) \(grouped(kind.first.line)), last at \(unit) \(grouped(kind.lastLine))."
            }
            lines.append(text)
        }
        if issueKinds.count > limit {
            let rest = issueKinds.dropFirst(limit)
            lines.append("… and \(grouped(rest.reduce(0) { $0 + $1.count })) more problems of \(rest.count) other kinds.")
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
