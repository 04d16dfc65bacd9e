import WijknetGraph

/// `wijknet analyse --survey`: the analysis of `wijknet analyse` run on a partner survey's tie
/// graph — directed where a measure has a directed form, on the symmetrised graph otherwise.
///
/// **Directed** (the tie graph respondent → partner, ``SurveyTies``): out-degree, in-degree,
/// reciprocated ties per partner (ties it names that are named back), the network's
/// reciprocity and density over ordered pairs, and betweenness on directed shortest paths
/// (``directedBetweenness(_:normalized:)``, networkx `betweenness_centrality` of a `DiGraph`).
/// **Symmetrised** (a tie when either side names it, weight 1): every other measure of
/// ``AnalysisResult`` — degree, closeness, harmonic, eigenvector, PageRank, constraint,
/// effective size, coreness, communities, brokerage by domain, clustering, articulation points —
/// computed by the same code as `wijknet analyse` on an ``Ecosystem`` whose contacts are the
/// symmetrised ties (one undated contact per tie). ``graphOf`` says which measure was taken on
/// which graph. The graph holds every partner of the actors file, respondents or not.
/// - Complexity: that of ``AnalysisResult`` on `n` partners and the symmetrised ties, plus
///   `O(n m)` for directed betweenness.
public struct SurveyNetworkAnalysis: Sendable, Codable {
    /// One partner's directed figures; its symmetrised ones are ``symmetrised``'s actor of the same index.
    public struct DirectedFigures: Sendable, Codable, Equatable {
        public var id: String
        public var responded: Bool
        public var outDegree: Int, inDegree: Int
        /// Ties this partner names that the other side names back.
        public var reciprocated: Int
        /// Betweenness on directed shortest paths, normalized by `(n − 1)(n − 2)`.
        public var betweenness: Double
    }

    /// The graph a measure is computed on.
    public enum TieGraph: String, Sendable, Codable { case directed, symmetrised }

    public var fileName: String
    public var respondents: Int
    /// Directed ties, their reciprocity and density over the `n (n − 1)` ordered pairs.
    public var ties: Int, reciprocity: Double, density: Double
    /// Per partner, in actors-file order.
    public var directed: [DirectedFigures]
    /// `wijknet analyse` on the symmetrised ties (actors in the same order as ``directed``).
    public var symmetrised: AnalysisResult
    /// Which measure was computed on which graph, by the measure's CSV name.
    public var graphOf: [String: TieGraph]

    /// The measures taken on the directed graph; every other one is on the symmetrised graph.
    public static let directedMeasures = ["out_degree", "in_degree", "reciprocated", "reciprocity", "density", "betweenness"]
    /// The measures taken on the symmetrised graph, by their CSV names.
    public static let symmetrisedMeasures = ["degree", "closeness", "harmonic", "eigenvector", "pagerank", "constraint",
                                             "effective_size", "efficiency", "hierarchy", "core", "component", "community",
                                             "articulation", "coordinator", "consultant", "representative", "gatekeeper",
                                             "liaison", "brokerage_total", "ei", "clustering", "modularity"]

    /// - Throws: ``WijknetError/invalidRequest(_:)`` for an unknown `options.groupBy`.
    public init(_ survey: Survey, options: AnalysisOptions = AnalysisOptions()) throws {
        let tiesOf = SurveyTies(survey)
        let g = tiesOf.graph
        let responded = survey.respondents
        let between = directedBetweenness(g)
        let out = g.outDegrees, into = g.inDegrees
        var mutual = [Int](repeating: 0, count: survey.partners.count)
        for a in survey.answers where a.isTie && g.hasArc(a.partner, a.respondent) { mutual[a.respondent] += 1 }
        fileName = survey.fileName
        respondents = responded.count
        ties = tiesOf.count
        reciprocity = tiesOf.reciprocity
        density = g.density
        directed = survey.partners.indices.map { i in
            DirectedFigures(id: survey.partners[i].id, responded: responded.contains(i), outDegree: out[i], inDegree: into[i],
                            reciprocated: mutual[i], betweenness: between[i])
        }
        var weighted = options
        weighted.weighted = false   // every symmetrised tie weighs 1: nothing to weigh
        let eco = Ecosystem(log: survey.symmetrisedLog(), pseudonyms: Pseudonymizer(key: [0]))
        symmetrised = try AnalysisResult(eco, options: weighted)
        var graphs: [String: TieGraph] = [:]
        for m in Self.directedMeasures { graphs[m] = .directed }
        for m in Self.symmetrisedMeasures { graphs[m] = .symmetrised }
        graphOf = graphs
    }
}

extension Survey {
    /// The symmetrised ties as a contact log: the survey's partners as declared actors, one
    /// undated contact of weight 1 per unordered pair with a tie either way, in (low, high) order.
    /// No young person is ever part of it (the reader refuses them).
    func symmetrisedLog() -> ContactLog {
        var log = ContactLog()
        log.actors = partners
        log.fileName = fileName
        log.actorsFileName = actorsFileName
        log.actorColumns = ["id", "name", "kind", "domain"]
        log.undated = true
        var pairs = Set<[Int]>()
        var lineOf: [[Int]: Int] = [:]
        for a in answers where a.isTie {
            let key = [min(a.respondent, a.partner), max(a.respondent, a.partner)]
            if pairs.insert(key).inserted { lineOf[key] = a.line }
        }
        for key in pairs.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
            log.time.append(Int64(ContactLog.undatedDay) * 86_400)
            log.source.append(Int32(key[0]))
            log.target.append(Int32(key[1]))
            log.about.append(-1)
            log.place.append(-1)
            log.type.append(-1)
            log.weight.append(1)
            log.line.append(Int32(lineOf[key] ?? 0))
        }
        log.stats.rowsRead = log.count
        log.stats.rowsUsed = log.count
        return log
    }
}
