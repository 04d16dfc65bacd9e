/// What the reader of an analysis must know (sampling, a metric that did not converge, partners
/// left out of the groups), as a typed value with its figures (issue 23: messages as data).
/// ``text(_:)`` is the one catalogue of these sentences, in Dutch and English; the English is
/// what ``AnalysisResult/notes`` (and the JSON) has always held. No command-line flag is named.
public enum AnalysisNote: Sendable, Hashable, Codable {
    /// Betweenness estimated with a guarantee (`method`, KADABRA or Riondato–Kornaropoulos)
    /// from `samples` paths; closeness and harmonic from `sources` of `nodes` sources.
    case betweennessGuaranteed(method: String, samples: Int, seed: UInt64, epsilon: Double, probability: String, sources: Int, nodes: Int)
    /// The path metrics estimated from `sources` of `nodes` sources; `bound` the Hoeffding bound.
    case pathsSampled(sources: Int, nodes: Int, seed: UInt64, bound: String)
    /// The average shortest path length from the same sampled sources.
    case averagePathSampled
    /// Eigenvector centrality by Lanczos above the exact limit, to `tolerance`.
    case eigenvectorLanczos(tolerance: Double)
    /// Eigenvector centrality did not converge (`reason` the algorithm's).
    case eigenvectorFailed(String)
    /// PageRank did not converge (`reason` the algorithm's).
    case pageRankFailed(String)
    /// `count` partners without a value of `attribute`, left out of brokerage, mixing and E-I.
    case partnersLeftOut(count: Int, attribute: String)

    /// The sentence in `lang`.
    public func text(_ lang: Language) -> String { lang == .nl ? dutch : english }

    private var english: String {
        switch self {
        case let .betweennessGuaranteed(method, samples, seed, epsilon, probability, sources, nodes):
            "betweenness is estimated with \(method) from \(samples) sampled shortest paths (seed \(seed)): every actor's normalized betweenness is within ±\(epsilon) of the exact value, all at once, with probability at least \(probability). Closeness and harmonic centrality are estimated from \(sources) of \(nodes) sources (Eppstein–Wang). The exact computation can be asked for (see the command's help)."
        case let .pathsSampled(sources, nodes, seed, bound):
            "betweenness, closeness and harmonic centrality are estimated from \(sources) of \(nodes) sources (seed \(seed)); each normalized betweenness is within ±\(bound) of the exact value with 95% probability. The exact computation can be asked for (see the command's help)."
        case .averagePathSampled: "the average shortest path length is estimated from the same sampled sources."
        case let .eigenvectorLanczos(tolerance):
            "eigenvector centrality is computed with the Lanczos method above the exact limit (relative residual below \(tolerance)); below it with networkx's power iteration."
        case let .eigenvectorFailed(reason): "eigenvector centrality: \(reason); reported as NaN."
        case let .pageRankFailed(reason): "PageRank: \(reason); reported as NaN."
        case let .partnersLeftOut(k, attribute): "\(k) partner\(k == 1 ? "" : "s") without a known \(attribute) left out of brokerage, mixing and the E-I index."
        }
    }

    private var dutch: String {
        func comma(_ x: String) -> String { x.replacingOccurrences(of: ".", with: ",") }
        switch self {
        case let .betweennessGuaranteed(method, samples, seed, epsilon, probability, sources, nodes):
            return "de tussenpositie is geschat met \(method) uit \(samples) steekproefsgewijs gekozen kortste paden (startwaarde \(seed)): de genormeerde waarde van elke actor ligt binnen ±\(comma("\(epsilon)")) van de exacte waarde, voor alle tegelijk, met een kans van minstens \(comma(probability)). Nabijheid en harmonische centraliteit zijn geschat vanuit \(sources) van de \(nodes) startpunten (Eppstein–Wang). De exacte berekening kan worden gevraagd (zie de hulptekst van de opdracht)."
        case let .pathsSampled(sources, nodes, seed, bound):
            return "tussenpositie, nabijheid en harmonische centraliteit zijn geschat vanuit \(sources) van de \(nodes) startpunten (startwaarde \(seed)); de genormeerde tussenpositie van elke actor ligt met 95% kans binnen ±\(comma(bound)) van de exacte waarde. De exacte berekening kan worden gevraagd (zie de hulptekst van de opdracht)."
        case .averagePathSampled: return "de gemiddelde kortste padlengte is geschat vanuit dezelfde startpunten."
        case let .eigenvectorLanczos(tolerance):
            return "de eigenvectorcentraliteit is boven de exacte grens berekend met de methode van Lanczos (relatief residu kleiner dan \(comma("\(tolerance)"))); daaronder met de machtsmethode van networkx."
        case let .eigenvectorFailed(reason): return "eigenvectorcentraliteit: \(reason); gegeven als NaN."
        case let .pageRankFailed(reason): return "PageRank: \(reason); gegeven als NaN."
        case let .partnersLeftOut(k, attribute):
            let name = ["domain": "domein", "organisation": "organisatie", "neighbourhood": "wijk", "municipality": "gemeente", "kind": "soort"][attribute] ?? attribute
            let known = name == "domein" || !["organisatie", "wijk", "gemeente", "soort"].contains(name) ? "bekend" : "bekende"   // het domein, de wijk
            return "\(k == 1 ? "1 partner" : "\(k) partners") zonder \(known) \(name) \(k == 1 ? "is" : "zijn") buiten de makelaarsrollen, de menging en de E-I-index gelaten."
        }
    }
}
