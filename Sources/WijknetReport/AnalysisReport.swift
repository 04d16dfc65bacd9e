import Wijknet

extension AnalysisResult {
    /// The CSV columns after ``ActorMetrics/csvColumns``: how the all-pairs figures were computed.
    public static let methodColumns = ["betweenness_method", "closeness_method"]

    /// One row per actor, columns as ``ActorMetrics/csvColumns`` and then `betweenness_method`
    /// and `closeness_method` (``AnalysisResult/betweennessMethod``: `exact`, or how the estimate
    /// was made). Rows in output order (``Ecosystem/outputOrder(showYouthNames:)``: partners and
    /// places as in the files, then young people by pseudonym). NaN is an empty field. No comment
    /// line: the first line is the header, as pandas and Spark read it with default arguments.
    public func csv() -> String {
        var s = (ActorMetrics.csvColumns + Self.methodColumns).joined(separator: ",") + "\n"
        let methods = [betweennessMethod, closenessMethod]
        for a in actors {
            let fields: [String] = [
                csvEscape(a.id), csvEscape(a.label), a.kind, a.domain, String(a.degree), Format.csvNumber(a.strength),
                Format.csvNumber(a.betweenness), Format.csvNumber(a.closeness), Format.csvNumber(a.harmonic),
                Format.csvNumber(a.eigenvector), Format.csvNumber(a.pagerank), Format.csvNumber(a.constraint),
                Format.csvNumber(a.effectiveSize), Format.csvNumber(a.efficiency), Format.csvNumber(a.hierarchy),
                String(a.core), String(a.component), String(a.community), a.articulation ? "1" : "0",
                String(a.coordinator), String(a.consultant), String(a.representative), String(a.gatekeeper),
                String(a.liaison), String(a.brokerageTotal), Format.csvNumber(a.ei),
            ] + methods
            s += fields.joined(separator: ",") + "\n"
        }
        return s
    }

    /// The analysis in plain words for a coordinator: graph figures, the top partners by
    /// betweenness and by brokerage across groups, the mixing matrix and E-I against its baseline.
    public func text(_ lang: Language, top: Int = 10) -> String {
        let nl = lang == .nl
        var s = ""
        func line(_ en: String, _ dutch: String) { s += (nl ? dutch : en) + "\n" }
        let g = graph
        line("Network analysis", "Netwerkanalyse")
        line("\(g.nodes) actors, \(g.edges) ties, density \(Format.decimal(g.density, 4, lang)).",
             "\(g.nodes) actoren, \(g.edges) verbindingen, dichtheid \(Format.decimal(g.density, 4, lang)).")
        if g.components == 1 {
            line("Everyone is connected (one component).", "Iedereen is met elkaar verbonden (één geheel).")
        } else {
            line("\(g.components) separate parts; the largest has \(g.componentSizes.first ?? 0) actors.",
                 "\(g.components) losse delen; het grootste telt \(g.componentSizes.first ?? 0) actoren.")
        }
        line("Average distance between two actors in the largest part: \(Format.decimal(g.averageShortestPath, 2, lang)) steps\(g.averageShortestPathSampled ? " (estimated from a sample)" : "").",
             "Gemiddelde afstand tussen twee actoren in het grootste deel: \(Format.decimal(g.averageShortestPath, 2, lang)) stappen\(g.averageShortestPathSampled ? " (geschat op een steekproef)" : "").")
        line("\(g.articulationPoints) actor(s) are the only link between parts of the network (articulation points); \(g.bridges.count) tie(s) are the only link (bridges).",
             "\(g.articulationPoints) actor(en) vormen de enige verbinding tussen delen van het netwerk (scharnierpunten); \(g.bridges.count) verbinding(en) zijn de enige brug.")
        let iterations = options.leidenIterations.map { (en: ", \($0) iteration\($0 == 1 ? "" : "s")", nl: ", \($0) \($0 == 1 ? "iteratie" : "iteraties")") }
        line("\(g.communities) communities (Leiden\(iterations?.en ?? "")), modularity \(Format.decimal(g.modularity, 3, lang)).",
             "\(g.communities) gemeenschappen (Leiden\(iterations?.nl ?? "")), modulariteit \(Format.decimal(g.modularity, 3, lang)).")
        if g.allPairs != "exact" {
            line("Betweenness, closeness and harmonic centrality are estimates: \(g.allPairs).",
                 "Tussenpositie, nabijheid en harmonische centraliteit zijn schattingen: \(g.allPairs).")
        }

        let partners = actors.filter { $0.kind == ActorKind.partner.rawValue }
        s += "\n"
        line("Partners most often on the shortest path between others (betweenness):",
             "Partners die het vaakst op de kortste route tussen anderen liggen (tussenpositie):")
        for a in partners.sorted(by: { ($0.betweenness, $1.label) > ($1.betweenness, $0.label) }).prefix(top) {
            s += "  \(Format.pad(a.label, 44)) \(Format.pad(domainName(a.domain, lang), 11)) \(Format.decimal(a.betweenness, 4, lang))\n"
        }
        s += "\n"
        if g.mixing.partnersLeftOut > 0 {
            s += GapsSentences(lang).partnersLeftOut(g.mixing.partnersLeftOut, attribute: Actor.canonicalAttribute(options.groupBy) ?? options.groupBy) + "\n"
        }
        line("Partners who broker most across \(options.groupBy == "domain" ? "domains" : options.groupBy) (liaison + gatekeeper + representative + itinerant):",
             "Partners die het meest verbinden tussen \(options.groupBy == "domain" ? "domeinen" : options.groupBy) (verbinder + poortwachter + vertegenwoordiger + adviseur):")
        let across = { (a: ActorMetrics) in a.liaison + a.gatekeeper + a.representative + a.consultant }
        for a in partners.sorted(by: { (across($0), $1.label) > (across($1), $0.label) }).prefix(top) where across(a) > 0 {
            s += "  \(Format.pad(a.label, 44)) \(Format.pad(domainName(a.domain, lang), 11)) \(across(a))\n"
        }

        let m = g.mixing
        s += "\n"
        line("Ties between \(options.groupBy == "domain" ? "domains" : "groups") (count):", "Verbindingen tussen \(options.groupBy == "domain" ? "domeinen" : "groepen") (aantal):")
        let shown = m.groups.indices.filter { i in m.ties[i].contains { $0 > 0 } }
        let names = shown.map { domainName(m.groups[$0], lang) }
        let width = max(10, (names.map(\.count).max() ?? 0) + 1)
        s += Format.pad("", width) + shown.map { Format.padLeft(domainName(m.groups[$0], lang), width) }.joined() + "\n"
        for i in shown {
            s += Format.pad(domainName(m.groups[i], lang), width) + shown.map { Format.padLeft(String(m.ties[i][$0]), width) }.joined() + "\n"
        }
        s += "\n"
        // Undefined (no tie between grouped partners, or one group): no verdict against chance.
        let verdict: (String, String) = !m.ei.isFinite || !m.eiExpected.isFinite
            ? ("not defined: there are no ties between partners of two groups to compare with chance.",
               "niet te bepalen: er zijn geen verbindingen tussen partners van twee groepen om met toeval te vergelijken.")
            : m.ei < m.eiExpected - 0.05
            ? ("fewer ties across groups than chance would give: groups keep to themselves.",
               "minder verbindingen tussen groepen dan bij toeval: groepen blijven onder elkaar.")
            : m.ei > m.eiExpected + 0.05
            ? ("more ties across groups than chance would give.", "meer verbindingen tussen groepen dan bij toeval.")
            : ("about as many ties across groups as chance would give.", "ongeveer zoveel verbindingen tussen groepen als bij toeval.")
        line("E-I index \(Format.decimal(m.ei, 3, lang)) (random baseline \(Format.decimal(m.eiExpected, 3, lang))): \(verdict.0)",
             "E-I-index \(Format.decimal(m.ei, 3, lang)) (toevalsverwachting \(Format.decimal(m.eiExpected, 3, lang))): \(verdict.1)")
        for i in shown {
            s += "  \(Format.pad(domainName(m.groups[i], lang), width)) E-I \(Format.decimal(m.eiByGroup[i], 3, lang))  (\(nl ? "verwacht" : "expected") \(Format.decimal(m.eiExpectedByGroup[i], 3, lang)))\n"
        }
        return s
    }
}

/// The display name of a domain value (or any group value) in `lang`.
public func domainName(_ raw: String, _ lang: Language) -> String {
    guard let d = Domain(rawValue: raw) else { return raw.isEmpty ? "–" : raw }
    return lang == .nl ? d.dutch : d.rawValue
}

/// A text field for CSV output: quoted when needed (RFC 4180), and defused against CSV
/// injection as OWASP advises — a field that starts with `=`, `+`, `-`, `@`, tab or carriage
/// return (which Excel and LibreOffice would run as a formula) gets a leading `'` and quotes.
/// Use it for every text cell (ids, names, labels); numbers go through ``Format/csvNumber(_:)``.
public func csvEscape(_ s: String) -> String {
    // One pass over the bytes (every character that matters is ASCII): this runs once per
    // field of a 200,000-row export, where Foundation's `contains` and `replacingOccurrences`
    // were half the time of writing the CSV.
    var quote = false, hasQuote = false
    for b in s.utf8 {
        switch b {
        case UInt8(ascii: "\""): quote = true; hasQuote = true
        case UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"): quote = true
        default: continue
        }
    }
    let formula: Bool
    switch s.utf8.first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): formula = true
    default: formula = false
    }
    guard quote || formula else { return s }
    var out = formula ? "\"'" : "\""
    if hasQuote {
        for c in s.unicodeScalars { out.unicodeScalars.append(c); if c == "\"" { out.unicodeScalars.append(c) } }
    } else {
        out += s
    }
    return out + "\""
}
