/// A partner survey: every partner organisation on a list answers, for every other partner,
/// how often they work together, how intense that work is, and how much they trust and value
/// it (three items each, `1`–`4`). Read by ``SurveyReader``; analysed by ``SurveyAnalysis``.
///
/// The partners are the actors file's partners, in its order; a young person or a place is
/// never part of a survey. An empty cell is "not answered", never `0`.
public struct Survey: Sendable {
    /// The survey's population: every partner of the actors file, in file order.
    public internal(set) var partners: [Actor] = []
    /// One answer per respondent and named partner, sorted by (respondent, partner) index.
    public internal(set) var answers: [SurveyAnswer] = []
    /// Whether the file has the trust items and the value items (either may be left out).
    public internal(set) var asksTrust = false, asksValue = false
    /// The names the files go by in messages and output.
    public internal(set) var fileName = "", actorsFileName = ""
    /// What the user should know about how the files were read (ignored columns, sheets passed
    /// over, an actors row skipped), as typed values worded in Dutch or English by
    /// ``ReadingWarning/text(_:)``, naming no command-line flag.
    public internal(set) var readingWarnings: [ReadingWarning] = []
    /// ``readingWarnings`` in English (the CLI's standard error).
    public var warnings: [String] { readingWarnings.map { $0.text(.en) } }

    public init() {}

    /// The respondents: partners with at least one answered cell (a row of empty cells is no answer).
    public var respondents: Set<Int> { Set(answers.filter(\.isAnswered).map(\.respondent)) }

    /// The label of partner `i`: its name, else its id.
    public func label(_ i: Int) -> String { partners[i].name ?? partners[i].id }
}

/// One respondent's answers about one partner. Indices point into ``Survey/partners``.
public struct SurveyAnswer: Sendable, Equatable {
    public var respondent: Int
    public var partner: Int
    public var frequency: SurveyFrequency?
    public var intensity: SurveyIntensity?
    /// The three trust items, `nil` where not answered.
    public var trust: [Int?]
    /// The three value items, `nil` where not answered.
    public var value: [Int?]
    /// The line (CSV) or row (`.xlsx`) it was read from.
    public var line: Int

    public init(respondent: Int, partner: Int, frequency: SurveyFrequency? = nil, intensity: SurveyIntensity? = nil,
                trust: [Int?] = [nil, nil, nil], value: [Int?] = [nil, nil, nil], line: Int = 0) {
        self.respondent = respondent
        self.partner = partner
        self.frequency = frequency
        self.intensity = intensity
        self.trust = trust
        self.value = value
        self.line = line
    }

    /// The directed tie rule: respondent → partner is a tie when the frequency is above never or
    /// the intensity above none.
    public var isTie: Bool { (frequency ?? .never) > .never || (intensity ?? .none) > .none }

    /// Whether any cell of the answer was filled in.
    public var isAnswered: Bool {
        frequency != nil || intensity != nil || trust.contains { $0 != nil } || value.contains { $0 != nil }
    }

    /// The mean of the answered trust items, `nil` when none was answered.
    public var trustMean: Double? { Self.mean(trust) }
    /// The mean of the answered value items, `nil` when none was answered.
    public var valueMean: Double? { Self.mean(value) }

    static func mean(_ items: [Int?]) -> Double? {
        let given = items.compactMap { $0 }
        return given.isEmpty ? nil : Double(given.reduce(0, +)) / Double(given.count)
    }
}
