import Wijknet

/// `wijknet analyse --survey`: the analysis of a partner survey's tie graph as text (Dutch or
/// English), CSV and JSON; every figure says which graph it was taken on.
extension SurveyNetworkAnalysis {
    /// Plain text: the two graphs, which measure was taken on which, and a table per partner.
    public func text(_ lang: Language = .nl) -> String {
        let nl = lang == .nl
        let g = symmetrised.graph
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        var lines = [nl ? "Netwerkanalyse van de partnerenquête \(name): \(directed.count) partners, \(respondents) hebben geantwoord."
                        : "Network analysis of the partner survey \(name): \(directed.count) partners, \(respondents) answered."]
        let d = Format.decimal(density, 2, lang), r = Format.percent(reciprocity, lang)
        lines.append(nl ? "Gerichte graaf (invuller → genoemde partner): \(Format.integer(ties, lang)) banden, dichtheid \(d), door beide kanten genoemd \(r)."
                        : "Directed graph (respondent → partner named): \(Format.integer(ties, lang)) ties, density \(d), named by both sides \(r).")
        let sd = Format.decimal(g.density, 2, lang), c = Format.decimal(g.averageClustering, 2, lang)
        let m = Format.decimal(g.modularity, 3, lang)
        func n(_ k: Int, _ one: String, _ many: String) -> String { "\(Format.integer(k, lang)) \(k == 1 ? one : many)" }
        lines.append(nl ? "Gesymmetriseerde graaf (een band als één van beide kanten hem noemt): \(n(g.edges, "band", "banden")), dichtheid \(sd), gemiddelde clustering \(c), \(n(g.communities, "gemeenschap", "gemeenschappen")) (modulariteit \(m)), \(n(g.articulationPoints, "scharnierpunt", "scharnierpunten"))."
                        : "Symmetrised graph (a tie when either side names it): \(n(g.edges, "tie", "ties")), density \(sd), average clustering \(c), \(n(g.communities, "community", "communities")) (modularity \(m)), \(n(g.articulationPoints, "articulation point", "articulation points")).")
        lines.append(nl ? "Gericht berekend: uit, in, wederzijds en tussen (tussenpositie op gerichte kortste paden). Gesymmetriseerd berekend: graad, nabij, harmonisch, eigenvector, PageRank, beperking, kern, gemeenschap en grenzenwerk (makelaarsrollen tussen domeinen)."
                        : "Directed: out, in, mutual and between (betweenness on directed shortest paths). Symmetrised: degree, closeness, harmonic, eigenvector, PageRank, constraint, core, community and brokerage across domains.")
        lines.append("")
        lines += table(lang)
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ lang: Language) -> [String] {
        let nl = lang == .nl
        var rows = [nl ? ["partner", "domein", "antwoord", "uit", "in", "wederzijds", "tussen", "graad", "nabij", "harmonisch", "eigenvector", "PageRank", "beperking", "kern", "gemeenschap", "grenzenwerk"]
                       : ["partner", "domain", "answered", "out", "in", "mutual", "between", "degree", "close", "harmonic", "eigenvector", "PageRank", "constraint", "core", "community", "brokerage"]]
        for (p, a) in zip(directed, symmetrised.actors) {
            let label = a.label == p.id ? p.id : "\(a.label) (\(p.id))"
            rows.append([label, domainName(a.domain, lang), p.responded ? (nl ? "ja" : "yes") : (nl ? "nee" : "no"),
                         "\(p.outDegree)", "\(p.inDegree)", "\(p.reciprocated)", Format.decimal(p.betweenness, 2, lang),
                         "\(a.degree)", Format.decimal(a.closeness, 2, lang), Format.decimal(a.harmonic, 2, lang),
                         Format.decimal(a.eigenvector, 2, lang), Format.decimal(a.pagerank, 3, lang),
                         a.constraint.isNaN ? "–" : Format.decimal(a.constraint, 2, lang), "\(a.core)", "\(a.community)",
                         "\(a.brokerageAcross)"])
        }
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max()! }
        return rows.map { r in
            var line = "  " + r.indices.map { Format.pad(r[$0], widths[$0]) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The CSV columns: each measure's name says its graph (`_directed` or `_symmetrised`).
    public static let csvColumns = ["id", "label", "domain", "responded", "out_degree_directed", "in_degree_directed",
                                    "reciprocated_directed", "betweenness_directed"]
        + ["degree", "closeness", "harmonic", "eigenvector", "pagerank", "constraint", "effective_size", "efficiency",
           "hierarchy", "core", "component", "community", "articulation", "coordinator", "consultant", "representative",
           "gatekeeper", "liaison", "brokerage_total", "ei"].map { $0 + "_symmetrised" }

    /// One row per partner (actors-file order). NaN is an empty field; the first line is the header.
    public func csv() -> String {
        let n = Format.csvNumber
        var s = Self.csvColumns.joined(separator: ",") + "\n"
        for (p, a) in zip(directed, symmetrised.actors) {
            let fields: [String] = [
                csvEscape(p.id), csvEscape(a.label), a.domain, "\(p.responded)", "\(p.outDegree)", "\(p.inDegree)",
                "\(p.reciprocated)", n(p.betweenness),
                String(a.degree), n(a.closeness), n(a.harmonic), n(a.eigenvector), n(a.pagerank), n(a.constraint),
                n(a.effectiveSize), n(a.efficiency), n(a.hierarchy), String(a.core), String(a.component), String(a.community),
                a.articulation ? "1" : "0", String(a.coordinator), String(a.consultant), String(a.representative),
                String(a.gatekeeper), String(a.liaison), String(a.brokerageTotal), n(a.ei),
            ]
            s += fields.joined(separator: ",") + "\n"
        }
        return s
    }
}
