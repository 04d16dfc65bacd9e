/// Trust and value scores of a partner survey, in the PARTNER tool's way (Varda et al.).
///
/// A rater's score of a partner is the mean of the items of the scale (trust or value) it
/// answered about that partner (one to three of the three; unanswered items are left out, not
/// counted as 0). A **partner's score** is the mean, over the respondents who rated it, of
/// their scores; **raters** says over how many, and a score over fewer than
/// ``minimumRaters`` is marked (``isThin``). The **network's score** is the mean over all rated
/// directed pairs. Each is also given as a percentage of the scale's maximum (``SurveyItem/maximum``).
/// - Complexity: `O(answers)`.
public struct SurveyScore: Sendable, Equatable, Codable {
    /// Mean on the 1–4 scale.
    public var mean: Double
    /// How many ratings it is the mean of (respondents for a partner, directed pairs for the network).
    public var raters: Int

    /// Scores over fewer raters than this are marked.
    public static let minimumRaters = 2

    /// The mean as a percentage of the scale's maximum: `100 · mean / 4`.
    public var percent: Double { 100 * mean / Double(SurveyItem.maximum) }
    /// Whether the score rests on fewer than ``minimumRaters`` ratings.
    public var isThin: Bool { raters < Self.minimumRaters }

    /// The mean of `ratings`, or `nil` when there are none.
    public init?(_ ratings: [Double]) {
        guard !ratings.isEmpty else { return nil }
        mean = ratings.reduce(0, +) / Double(ratings.count)
        raters = ratings.count
    }

    private enum CodingKeys: String, CodingKey { case mean, raters, percent, thin }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mean, forKey: .mean)
        try c.encode(raters, forKey: .raters)
        try c.encode(percent, forKey: .percent)
        try c.encode(isThin, forKey: .thin)
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        mean = try c.decode(Double.self, forKey: .mean)
        raters = try c.decode(Int.self, forKey: .raters)
    }
}

extension Survey {
    /// The trust scores of every partner (`nil` where nobody rated it), in partner order.
    public func trustScores() -> [SurveyScore?] { scores(\.trustMean) }
    /// The value scores of every partner, likewise.
    public func valueScores() -> [SurveyScore?] { scores(\.valueMean) }

    /// The network's trust: the mean over every directed pair with a trust rating.
    public func networkTrust() -> SurveyScore? { SurveyScore(answers.compactMap(\.trustMean)) }
    /// The network's value, likewise.
    public func networkValue() -> SurveyScore? { SurveyScore(answers.compactMap(\.valueMean)) }

    private func scores(_ rating: KeyPath<SurveyAnswer, Double?>) -> [SurveyScore?] {
        var ratings = [[Double]](repeating: [], count: partners.count)
        for a in answers { if let r = a[keyPath: rating] { ratings[a.partner].append(r) } }
        return ratings.map { SurveyScore($0) }
    }
}
