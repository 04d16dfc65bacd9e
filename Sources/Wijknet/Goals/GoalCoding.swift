/// The JSON form of a goal's parts, as the goals file writes them: a side is the actor id or
/// the domain (`"p-0001"`, `"care"`), a scope `{"place": "plek-002"}`, a target
/// `{"at_least": 80}`, `{"at_most": 20}` or `{"tie": true}`.
extension Goal.Side {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if let d = Domain(rawValue: text), Domain.partnerDomains.contains(d) { self = .domain(d) } else { self = .actor(text) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .actor(let id): try c.encode(id)
        case .domain(let d): try c.encode(d.rawValue)
        }
    }
}

/// The one key of a scope or target object.
private struct GoalKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Goal.Scope {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: GoalKey.self)
        if let id = try c.decodeIfPresent(String.self, forKey: GoalKey("place")) { self = .place(id); return }
        if let n = try c.decodeIfPresent(String.self, forKey: GoalKey("neighbourhood")) { self = .neighbourhood(n); return }
        self = .domain(try c.decode(Domain.self, forKey: GoalKey("domain")))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: GoalKey.self)
        switch self {
        case .place(let id): try c.encode(id, forKey: GoalKey("place"))
        case .neighbourhood(let n): try c.encode(n, forKey: GoalKey("neighbourhood"))
        case .domain(let d): try c.encode(d, forKey: GoalKey("domain"))
        }
    }
}

extension Goal.Target {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: GoalKey.self)
        if let x = try c.decodeIfPresent(Double.self, forKey: GoalKey("at_least")) { self = .atLeast(x); return }
        if let x = try c.decodeIfPresent(Double.self, forKey: GoalKey("at_most")) { self = .atMost(x); return }
        self = .tieExists
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: GoalKey.self)
        switch self {
        case .tieExists: try c.encode(true, forKey: GoalKey("tie"))
        case .atLeast(let x): try c.encode(x, forKey: GoalKey("at_least"))
        case .atMost(let x): try c.encode(x, forKey: GoalKey("at_most"))
        }
    }
}
