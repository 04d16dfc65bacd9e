/// What the data lets `gaps` measure (issue 24: never an artefact stated as a fact). A finding
/// whose input is missing is not stated; ``GapsAnalysis/unmeasured`` says which inputs were
/// missing, and the outputs say what to add. Without an actors file, "0 of the 328 signals were
/// picked up by another domain" and "0 of the 280 young people are tied to an ordinary resource"
/// measured nothing: no partner had a domain, and no actor was marked voorveld.
public enum MissingInput: String, Sendable, Codable, CaseIterable {
    /// Partners of at least two of social, care and safety: every comparison between domains
    /// (domain gaps, places and young people of one domain, boundary spanners, the follow-up of
    /// signals by another domain, young people losing their only line to a domain).
    case domains
    /// The actors file's `voorveld`/`ordinary` column: which partners are ordinary resources.
    case ordinary
    /// Contacts of type `signaal` in the period: whether signals reach another domain.
    case signals

    /// The inputs `eco` lacks.
    static func missing(in eco: Ecosystem) -> [MissingInput] {
        var out: [MissingInput] = []
        let domains = Set(eco.actors.lazy.filter { $0.kind == .partner && Domain.partnerDomains.contains($0.domain) }.map(\.domain))
        if domains.count < 2 { out.append(.domains) }
        if !eco.log.actorColumns.contains("ordinary") { out.append(.ordinary) }
        return out
    }

    /// The kinds of finding (``GapsFinding/kind``) that need this input.
    public var findingKinds: Set<String> {
        switch self {
        case .domains: ["domains_apart", "domain_gap", "one_domain_place", "one_domain_youth", "boundary_spanners", "boundary_work", "signals"]
        case .ordinary: ["ordinary_life", "not_seen_by_team"]
        case .signals: ["signals"]
        }
    }
}
