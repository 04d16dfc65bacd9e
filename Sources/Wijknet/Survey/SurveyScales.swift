/// The answer scales of a partner survey (`wijknet survey`): how often two partners work
/// together, how intense the work is, and the 1–4 items of trust and value.
///
/// The intensity levels are those of the PARTNER tool's (Varda et al., PARTNER CPRM) levels of
/// collaboration, with "none" below them: none, awareness (knowing of each other), cooperation
/// (exchanging information, referring), coordination (planning and acting together),
/// integration (shared work, resources and decisions).
public enum SurveyIntensity: Int, Sendable, CaseIterable, Codable, Comparable {
    case none = 0, awareness, cooperation, coordination, integration

    /// Parses a number `0`–`4` or an English or Dutch label, case-insensitively: none/geen,
    /// awareness/bekend, cooperation/samenwerking, coordination/afstemming, integration/integratie.
    public init?(parsing text: String) {
        let t = text.trimmingWhitespace().lowercased()
        if let n = Int(t) { self.init(rawValue: n); return }
        guard let level = Self.allCases.first(where: { $0.english == t || $0.dutch == t || Self.alternatives[$0.rawValue].contains(t) }) else { return nil }
        self = level
    }

    private static let alternatives: [[String]] = [
        ["nee", "niet", "no"], ["bewust", "bekendheid", "kennen"], ["samenwerken", "co-operation", "cooperatie"],
        ["afstemmen", "coordinatie", "coördinatie"], ["integreren", "geïntegreerd", "integrated"],
    ]

    /// The English label.
    public var english: String { ["none", "awareness", "cooperation", "coordination", "integration"][rawValue] }
    /// The Dutch label.
    public var dutch: String { ["geen", "bekend", "samenwerking", "afstemming", "integratie"][rawValue] }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// How often a respondent works with a partner, `0`–`4`: never, yearly (a few times a year),
/// monthly, weekly, daily. `0` is no tie (unless the intensity says otherwise).
public enum SurveyFrequency: Int, Sendable, CaseIterable, Codable, Comparable {
    case never = 0, yearly, monthly, weekly, daily

    /// Parses a number `0`–`4` or an English or Dutch label: never/nooit, yearly/jaarlijks,
    /// monthly/maandelijks, weekly/wekelijks, daily/dagelijks.
    public init?(parsing text: String) {
        let t = text.trimmingWhitespace().lowercased()
        if let n = Int(t) { self.init(rawValue: n); return }
        guard let level = Self.allCases.first(where: { $0.english == t || $0.dutch == t }) else { return nil }
        self = level
    }

    /// The English label.
    public var english: String { ["never", "yearly", "monthly", "weekly", "daily"][rawValue] }
    /// The Dutch label.
    public var dutch: String { ["nooit", "jaarlijks", "maandelijks", "wekelijks", "dagelijks"][rawValue] }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The trust and value items: whole numbers `1` (not at all) to ``maximum`` (very much).
public enum SurveyItem {
    /// The top of the scale, for scores as a percentage of it.
    public static let maximum = 4

    /// `text` as an item score, or `nil` when it is not a whole number `1`–`4` (`3,0` and `3.0` are 3).
    public static func parse(_ text: String) -> Int? {
        let t = text.trimmingWhitespace().replacingOccurrences(of: ",", with: ".")
        guard let x = Double(t), x == x.rounded(), x >= 1, x <= Double(maximum) else { return nil }
        return Int(x)
    }
}
