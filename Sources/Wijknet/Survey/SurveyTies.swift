import WijknetGraph

/// The directed ties of a partner survey and how far they are named by both sides.
///
/// A tie respondent → partner exists when its frequency is above never or its intensity above
/// none (``SurveyAnswer/isTie``). **Reciprocity** is the share of ties named by both sides
/// (mutual ties over all ties, networkx `overall_reciprocity`). A tie to a partner that did not
/// respond cannot be named back, so reciprocity is also given **among respondents** (ties
/// between two respondents only). A tie named by one side only is listed, with whether the
/// other side responded at all.
/// - Complexity: `O(answers log answers)`.
public struct SurveyTies: Sendable {
    /// The tie graph on the survey's partners (all of them, respondents or not).
    public let graph: DirectedGraph
    /// Ties named by one side only: (from, to), sorted.
    public let oneSided: [(from: Int, to: Int)]
    /// Reciprocity of all ties, and of the ties between two respondents; `NaN` without such ties.
    public let reciprocity: Double, reciprocityAmongRespondents: Double

    public init(_ survey: Survey) {
        let arcs = survey.answers.filter(\.isTie).map { ($0.respondent, $0.partner) }
        graph = DirectedGraph(nodeCount: survey.partners.count, arcs: arcs)
        reciprocity = graph.reciprocity
        let g = graph
        oneSided = arcs.filter { !g.hasArc($0.1, $0.0) }.map { (from: $0.0, to: $0.1) }
        let responded = survey.respondents
        let among = arcs.filter { responded.contains($0.0) && responded.contains($0.1) }
        let mutual = among.filter { g.hasArc($0.1, $0.0) }.count
        reciprocityAmongRespondents = among.isEmpty ? .nan : Double(mutual) / Double(among.count)
    }

    /// Number of ties.
    public var count: Int { graph.arcCount }
}
