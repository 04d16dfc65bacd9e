/// How intense the work between the domains is, from a partner survey: for every unordered
/// pair of domains (social–care, …; a domain with itself included), how many answers gave each
/// intensity level, both directions pooled (a social respondent about a care partner and a care
/// respondent about a social partner both count for social–care), and the mean trust and value
/// of the rated pairs. Unanswered intensities are not counted.
/// - Complexity: `O(answers)`.
public struct DomainPairFigures: Sendable, Codable, Equatable {
    /// The pair, in ``Domain`` order (`a ≤ b`).
    public var a: Domain, b: Domain
    /// Answers per intensity level, indexed by ``SurveyIntensity/rawValue``.
    public var intensity: [Int]
    /// Mean trust and value over the directed pairs of these domains that were rated.
    public var trust: SurveyScore?, value: SurveyScore?

    /// Number of answers with an intensity.
    public var answered: Int { intensity.reduce(0, +) }
}

extension Survey {
    /// The figures per pair of domains present among the partners, in ``Domain`` order; pairs
    /// without an answer are left out.
    public func domainPairs() -> [DomainPairFigures] {
        let domains = Set(partners.map(\.domain)).sorted()
        var out: [DomainPairFigures] = []
        for (i, a) in domains.enumerated() {
            for b in domains[i...] {
                let these = answers.filter { $0.isAnswered && pair($0) == (a, b) }
                if these.isEmpty { continue }   // no answer between them (one care partner has no care–care pair)
                var counts = [Int](repeating: 0, count: SurveyIntensity.allCases.count)
                for x in these { if let level = x.intensity { counts[level.rawValue] += 1 } }
                out.append(DomainPairFigures(a: a, b: b, intensity: counts,
                                             trust: SurveyScore(these.compactMap(\.trustMean)),
                                             value: SurveyScore(these.compactMap(\.valueMean))))
            }
        }
        return out
    }

    private func pair(_ x: SurveyAnswer) -> (Domain, Domain) {
        let d = (partners[x.respondent].domain, partners[x.partner].domain)
        return d.0 <= d.1 ? d : (d.1, d.0)
    }
}
