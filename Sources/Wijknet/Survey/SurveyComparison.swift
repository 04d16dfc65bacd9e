/// Two rounds of a partner survey over the same actors file: the figures of each
/// (``SurveyAnalysis``) and which ties appeared and disappeared.
///
/// A tie can only be compared when its respondent answered in both rounds: a partner that did
/// not answer in one round names no tie there, which is not a lost (or new) tie. So ties added and
/// lost are counted among the respondents of both rounds (``comparable``); the partners that
/// answered in one round only are listed. Scores are compared as they are, each with its raters.
/// - Complexity: `O(answers log answers)` beyond the two analyses.
public struct SurveyComparison: Sendable, Codable {
    /// A directed tie, by ids and labels.
    public struct Tie: Sendable, Codable, Equatable {
        public var from: String, fromLabel: String
        public var to: String, toLabel: String
    }

    public var before: SurveyAnalysis
    public var after: SurveyAnalysis
    /// Ids of the partners that answered in both rounds, in partner order.
    public var comparable: [String]
    /// Ids of the partners that answered only before, only after.
    public var onlyBefore: [String], onlyAfter: [String]
    /// Ties named after but not before, and before but not after, by respondents of both rounds.
    public var tiesAdded: [Tie], tiesLost: [Tie]

    /// - Precondition: both rounds were read with the same actors file (the same partners).
    public init(before old: Survey, after new: Survey) {
        precondition(old.partners.map(\.id) == new.partners.map(\.id), "both rounds need the same actors file")
        before = SurveyAnalysis(old)
        after = SurveyAnalysis(new)
        let r0 = old.respondents, r1 = new.respondents, both = r0.intersection(r1)
        let ids = new.partners.indices
        comparable = ids.filter { both.contains($0) }.map { new.partners[$0].id }
        onlyBefore = ids.filter { r0.contains($0) && !r1.contains($0) }.map { new.partners[$0].id }
        onlyAfter = ids.filter { r1.contains($0) && !r0.contains($0) }.map { new.partners[$0].id }
        func ties(_ s: Survey) -> Set<[Int]> { Set(s.answers.filter { $0.isTie && both.contains($0.respondent) }.map { [$0.respondent, $0.partner] }) }
        let t0 = ties(old), t1 = ties(new)
        func list(_ set: Set<[Int]>) -> [Tie] {
            set.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map {
                Tie(from: new.partners[$0[0]].id, fromLabel: new.label($0[0]), to: new.partners[$0[1]].id, toLabel: new.label($0[1]))
            }
        }
        tiesAdded = list(t1.subtracting(t0))
        tiesLost = list(t0.subtracting(t1))
    }
}
