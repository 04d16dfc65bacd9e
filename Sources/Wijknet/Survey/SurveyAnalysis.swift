import WijknetGraph

/// Everything `wijknet survey` reports of a partner survey: per partner its ties, directed
/// betweenness and trust and value scores; the network's reciprocity, density, trust and value;
/// one-sided ties; intensity per domain pair; non-response and what was left unrated.
///
/// Measures with a directed form are taken on the directed tie graph (``SurveyTies``): out-degree
/// (partners a respondent names), in-degree (respondents naming a partner), reciprocity,
/// density over ordered pairs and ``directedBetweenness(_:normalized:)`` (networkx, normalized by
/// `(n − 1)(n − 2)`). Closeness, which has no directed form here, is taken on the symmetrised
/// graph (a tie either way). The graph holds every partner of the actors file, respondents or not.
/// - Complexity: `O(n m + answers log answers)` for `n` partners and `m` ties.
public struct SurveyAnalysis: Sendable, Codable {
    /// One partner's figures.
    public struct PartnerFigures: Sendable, Codable, Equatable {
        public var id: String
        public var label: String
        public var domain: Domain
        /// Whether it answered anything.
        public var responded: Bool
        public var outDegree: Int, inDegree: Int
        public var betweenness: Double
        /// Closeness on the symmetrised graph (a tie either way), Wasserman–Faust corrected as
        /// networkx `closeness_centrality`; `0` for a partner without ties.
        public var closeness: Double
        public var trust: SurveyScore?, value: SurveyScore?
    }

    /// A tie named by one side only.
    public struct OneSidedTie: Sendable, Codable, Equatable {
        public var from: String, fromLabel: String
        public var to: String, toLabel: String
        /// Whether `to` responded at all (if not, it could not name the tie back).
        public var toResponded: Bool
    }

    public var fileName: String
    public var partners: [PartnerFigures]
    public var respondents: Int
    /// Ids of the partners that did not answer, in partner order.
    public var nonRespondents: [String]
    public var ties: Int
    public var reciprocity: Double, reciprocityAmongRespondents: Double
    public var density: Double
    public var oneSided: [OneSidedTie]
    public var trust: SurveyScore?, value: SurveyScore?
    public var asksTrust: Bool, asksValue: Bool
    public var domainPairs: [DomainPairFigures]
    /// Ids of the partners nobody rated (neither trust nor value), in partner order.
    public var unratedPartners: [String]
    /// Ordered pairs (respondent, other partner) without a trust or value rating.
    public var unratedPairs: Int

    public init(_ survey: Survey) {
        let tiesOf = SurveyTies(survey)
        let responded = survey.respondents
        let trust = survey.trustScores(), value = survey.valueScores()
        let between = directedBetweenness(tiesOf.graph)
        let closeness = PathCentrality.exact(tiesOf.graph.symmetrised, workers: 1).closeness
        let out = tiesOf.graph.outDegrees, into = tiesOf.graph.inDegrees
        fileName = survey.fileName
        partners = survey.partners.indices.map { i in
            PartnerFigures(id: survey.partners[i].id, label: survey.label(i), domain: survey.partners[i].domain,
                           responded: responded.contains(i), outDegree: out[i], inDegree: into[i],
                           betweenness: between[i], closeness: closeness[i], trust: trust[i], value: value[i])
        }
        respondents = responded.count
        nonRespondents = survey.partners.indices.filter { !responded.contains($0) }.map { survey.partners[$0].id }
        ties = tiesOf.count
        reciprocity = tiesOf.reciprocity
        reciprocityAmongRespondents = tiesOf.reciprocityAmongRespondents
        density = tiesOf.graph.density
        oneSided = tiesOf.oneSided.map {
            OneSidedTie(from: survey.partners[$0.from].id, fromLabel: survey.label($0.from),
                        to: survey.partners[$0.to].id, toLabel: survey.label($0.to), toResponded: responded.contains($0.to))
        }
        self.trust = survey.networkTrust()
        self.value = survey.networkValue()
        asksTrust = survey.asksTrust
        asksValue = survey.asksValue
        domainPairs = survey.domainPairs()
        unratedPartners = survey.partners.indices.filter { trust[$0] == nil && value[$0] == nil }.map { survey.partners[$0].id }
        let rated = survey.answers.filter { $0.trustMean != nil || $0.valueMean != nil }.count
        unratedPairs = responded.count * max(0, survey.partners.count - 1) - rated
    }
}
