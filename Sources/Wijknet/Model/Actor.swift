/// What an actor in the ecosystem is.
public enum ActorKind: String, Sendable, CaseIterable, Codable, Comparable {
    /// A professional or organisation: youth worker, school, police, care provider, ...
    case partner
    /// A place in young people's lives (leefplek): a school yard, a sports club, a street.
    case place
    /// A young person (jongere). Always shown under a pseudonym unless asked otherwise.
    case youth

    /// Parses English or Dutch spellings, case-insensitively: `partner`, `place`/`plek`,
    /// `youth`/`jongere`. Returns `nil` for anything else.
    public init?(parsing text: String) {
        switch text.trimmingWhitespace().lowercased() {
        case "partner": self = .partner
        case "place", "plek", "leefplek": self = .place
        case "youth", "jongere", "young person": self = .youth
        default: return nil
        }
    }

    /// Whether `text` may parse as ``youth``: its first byte other than a space, tab, CR or LF
    /// is `y`, `Y`, `j` or `J`. A cheap test before ``init(parsing:)`` on every cell of an
    /// actors row (issue 28: lowercasing every cell of a million rows). Never false for a text
    /// that parses as ``youth``: the trimmed text must start with `y` or `j` once lowercased,
    /// and no character outside ASCII lowercases to either (where a CR LF pair or a combining
    /// mark stops the trim, the text starts with whitespace and is no kind at all).
    static func mayBeYouthWord(_ text: String) -> Bool {
        for b in text.utf8 where b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
            return b | 0x20 == UInt8(ascii: "y") || b | 0x20 == UInt8(ascii: "j")
        }
        return false
    }

    /// The Dutch word, for coordinator-facing output.
    public var dutch: String {
        switch self {
        case .partner: "partner"
        case .place: "plek"
        case .youth: "jongere"
        }
    }

    public static func < (a: ActorKind, b: ActorKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The domain a partner works in. Places and young people have no domain (``none``).
public enum Domain: String, Sendable, CaseIterable, Codable, Comparable {
    case social
    case care
    case safety
    /// A partner seen in the log but not described in an actors file, or described without domain.
    case unknown
    /// Places and young people.
    case none

    /// The three real domains in their fixed reporting order.
    public static let partnerDomains: [Domain] = [.social, .care, .safety]

    /// Parses English or Dutch spellings, case-insensitively: `social`/`sociaal`,
    /// `care`/`zorg`, `safety`/`veiligheid`, `unknown`/`onbekend`. Returns `nil` otherwise.
    public init?(parsing text: String) {
        switch text.trimmingWhitespace().lowercased() {
        case "social", "sociaal": self = .social
        case "care", "zorg": self = .care
        case "safety", "veiligheid": self = .safety
        case "unknown", "onbekend": self = .unknown
        default: return nil
        }
    }

    /// The Dutch word, for coordinator-facing output.
    public var dutch: String {
        switch self {
        case .social: "sociaal"
        case .care: "zorg"
        case .safety: "veiligheid"
        case .unknown: "onbekend"
        case .none: "geen"
        }
    }

    public static func < (a: Domain, b: Domain) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One actor of the ecosystem: a partner, a place or a young person.
///
/// The `id` is the identifier used in the contact log. For young people, `id` and `name` are
/// personal data: never print them; use ``Ecosystem/label(of:)`` which pseudonymises.
public struct Actor: Sendable, Hashable {
    public var id: String
    public var name: String?
    public var kind: ActorKind
    public var domain: Domain
    public var organisation: String?
    public var neighbourhood: String?
    /// The municipality (gemeente) the actor belongs to; `nil` for a region-wide actor or when
    /// the actors file has no `municipality`/`gemeente` column.
    public var municipality: String?
    /// An ordinary resource (voorveld): school, sports club, community centre.
    public var ordinary: Bool
    /// `true` when the actor was described in an actors file; `false` when inferred from the log.
    public var declared: Bool

    public init(id: String, name: String? = nil, kind: ActorKind, domain: Domain? = nil,
                organisation: String? = nil, neighbourhood: String? = nil, municipality: String? = nil,
                ordinary: Bool = false, declared: Bool = true) {
        self.id = id
        self.name = name
        self.kind = kind
        self.domain = domain ?? (kind == .partner ? .unknown : .none)
        self.organisation = organisation
        self.neighbourhood = neighbourhood
        self.municipality = municipality
        self.ordinary = ordinary
        self.declared = declared
    }

    /// The value of a named attribute, for grouping (`--group-by`): `domain`, `kind`,
    /// `organisation`, `neighbourhood`, `municipality`, `ordinary`. `nil` for an unknown attribute name.
    public func attribute(_ name: String) -> String? {
        switch name.lowercased() {
        case "domain", "domein": domain.rawValue
        case "kind", "soort": kind.rawValue
        case "organisation", "organisatie", "organization": organisation ?? ""
        case "neighbourhood", "wijk", "neighborhood": neighbourhood ?? ""
        case "municipality", "gemeente": municipality ?? ""
        case "ordinary", "voorveld": ordinary ? "yes" : "no"
        default: nil
        }
    }

    /// The English name of an attribute spelled in English or Dutch (`domein` → `domain`), `nil`
    /// for an unknown name.
    public static func canonicalAttribute(_ name: String) -> String? {
        switch name.lowercased() {
        case "domain", "domein": "domain"
        case "kind", "soort": "kind"
        case "organisation", "organisatie", "organization": "organisation"
        case "neighbourhood", "wijk", "neighborhood": "neighbourhood"
        case "municipality", "gemeente": "municipality"
        case "ordinary", "voorveld": "ordinary"
        default: nil
        }
    }

    /// Attribute names accepted by ``attribute(_:)``.
    public static let attributeNames = ["domain", "kind", "organisation", "neighbourhood", "municipality", "ordinary"]
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
