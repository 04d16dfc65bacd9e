import TOMLKit

/// Reading and checking a goals file (`goals.toml`): one `[[goal]]` table per goal.
///
/// ```toml
/// [[goal]]
/// name = "Jongerenwerk en politie kennen elkaar"
/// measure = "tie"
/// between = ["p-0002", "safety"]
///
/// [[goal]]
/// name = "Signalen opgevolgd"
/// measure = "signal_followup"
/// at_least = 60
/// scope = { neighbourhood = "Zuiderhof" }
/// ```
///
/// **Errors** are ``InputIssue``s at `goals.toml:LINE:COL` with a `fix:` hint. TOML syntax errors
/// come with toml++'s own line and column. TOMLKit gives no source positions for values, so for
/// the semantic errors (unknown key, measure, actor or domain; wrong type; missing or double
/// target) ``GoalsFileLines`` finds the line by scanning the text: the n-th `[[goal]]` header,
/// then the first line in that block that starts with `key =`; the column is where the value
/// starts (or the key, for an unknown key). A key it cannot find is reported at the header.
///
/// **Privacy.** Goals are about partners and places: an id of a young person is refused without
/// quoting it, and an unknown id is quoted only when it is not a young person's name.
public enum GoalsFile {
    /// Every key a goal may have.
    public static let keys = ["name", "measure", "between", "domains", "actor", "metric", "scope", "at_least", "at_most", "signal_days"]

    /// Parses and checks `text`, resolving ids against `log`.
    /// - Throws: ``WijknetError/input(_:)`` or ``WijknetError/inputs(_:)`` with every problem found.
    public static func parse(_ text: String, fileName: String, log: ContactLog) throws -> [Goal] {
        if let bad = TOMLHeaderCheck.firstProblem(in: text) {
            throw WijknetError.input(InputIssue(file: fileName, line: bad.line, column: bad.column,
                problem: .goals(.tomlHeader(isValue: bad.isValue, found: bad.found.map { String(Character($0)) }))))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw WijknetError.input(InputIssue(file: fileName, line: error.source.begin.line, column: error.source.begin.column,
                problem: .goals(.toml(error.description))))
        }
        var checker = Checker(fileName: fileName, lines: GoalsFileLines(text), log: log)
        let goals = checker.goals(table)
        if checker.issues.count == 1 { throw WijknetError.input(checker.issues[0]) }
        if !checker.issues.isEmpty { throw WijknetError.inputs(checker.issues) }
        return goals
    }
}

/// Checks the parsed table goal by goal, collecting issues.
private struct Checker {
    let fileName: String
    let lines: GoalsFileLines
    let log: ContactLog
    var issues: [InputIssue] = []

    /// Normalised ids and names of young people, never quoted in a message.
    lazy var youthKeys: Set<String> = {
        var s = Set<String>()
        for a in log.actors where a.kind == .youth {
            s.insert(normalisedKey(a.id))
            if let n = a.name { s.insert(normalisedKey(n)) }
        }
        return s
    }()

    mutating func fail(_ goal: Int?, _ key: String?, _ problem: GoalsProblem, atKey: Bool = false) {
        var line = 0, column = 0
        if let goal {
            line = lines.header(goal) ?? 0
            column = line > 0 ? 1 : 0
            if let key, let p = lines.key(key, inGoal: goal) { line = p.line; column = atKey ? p.keyColumn : p.valueColumn }
        } else if let key, let p = lines.topLevelKey(key) {
            line = p.line; column = p.keyColumn
        }
        issues.append(InputIssue(file: fileName, line: line, column: column, problem: .goals(problem)))
    }

    mutating func goals(_ table: TOMLTable) -> [Goal] {
        for key in table.keys where key != "goal" {
            fail(nil, key, .topLevelKey(key))
        }
        guard let list = table["goal"]?.array, !list.isEmpty else {
            if table["goal"] != nil {
                fail(nil, "goal", .goalNotAList)
            } else if issues.isEmpty {
                fail(nil, nil, .noGoals)
            }
            return []
        }
        var out: [Goal] = []
        var names = Set<String>()
        for i in 0..<list.count {
            guard let t = list[i].table else {
                fail(i, nil, .notATable(index: i))
                continue
            }
            if let g = goal(t, i) {
                if !names.insert(g.name).inserted {
                    fail(i, "name", .nameTwice(g.name))
                }
                out.append(g)
            }
        }
        return out
    }

    func typeName(_ v: TOMLValueConvertible) -> TOMLKind {
        switch v.type {
        case .string: .string
        case .int: .integer
        case .double: .number
        case .bool: .bool
        case .array: .list
        case .table: .table
        default: .dateOrTime
        }
    }

    mutating func string(_ t: TOMLTable, _ key: String, _ i: Int, _ label: GoalLabel) -> String? {
        guard let v = t[key] else { return nil }
        guard let s = v.string else {
            fail(i, key, .notAString(label, key: key, found: typeName(v)))
            return nil
        }
        return s
    }

    mutating func strings(_ t: TOMLTable, _ key: String, _ i: Int, _ label: GoalLabel, count: Int?) -> [String]? {
        guard let v = t[key] else { return nil }
        guard let a = v.array, a.allSatisfy({ $0.string != nil }), count.map({ a.count == $0 }) ?? (a.count >= 2) else {
            fail(i, key, .notStrings(label, key: key, count: count, found: v.array == nil ? typeName(v) : nil))
            return nil
        }
        return a.map { $0.string! }
    }

    mutating func number(_ t: TOMLTable, _ key: String, _ i: Int, _ label: GoalLabel) -> Double? {
        guard let v = t[key] else { return nil }
        if let n = v.int { return Double(n) }
        if let d = v.double, d.isFinite { return d }
        fail(i, key, .notANumber(label, key: key, found: typeName(v)))
        return nil
    }

    /// A partner or place id of the log; young people are refused (without quoting).
    mutating func actorID(_ id: String, _ i: Int, _ key: String, _ label: GoalLabel, kinds: [ActorKind] = [.partner, .place]) -> String? {
        guard let index = log.actorIndex[id] else {
            fail(i, key, .unknownActor(label, id: youthKeys.contains(normalisedKey(id)) ? nil : id, example: example()))
            return nil
        }
        let a = log.actors[index]
        guard kinds.contains(a.kind) else {
            if a.kind == .youth {
                fail(i, key, .namesYoungPerson(label, key: key))
            } else {
                fail(i, key, .wrongKind(label, id: id, kind: a.kind, wanted: kinds))
            }
            return nil
        }
        return a.id
    }

    func example() -> String {
        log.actors.first { $0.kind == .partner }.map { "\"\($0.id)\"" } ?? "\"p-0001\""
    }

    static func realDomain(_ text: String) -> Domain? {
        Domain(parsing: text).flatMap { Domain.partnerDomains.contains($0) ? $0 : nil }
    }

    mutating func goal(_ t: TOMLTable, _ i: Int) -> Goal? {
        let before = issues.count
        let name = string(t, "name", i, .number(i + 1))
        if t["name"] == nil { fail(i, nil, .withoutName(index: i)) }
        // A goal named like a young person is not quoted (found by fuzzing, target `goals`).
        let label: GoalLabel = name.map { youthKeys.contains(normalisedKey($0)) ? .number(i + 1) : .named($0) } ?? .unnamed(i + 1)
        for key in t.keys where !GoalsFile.keys.contains(key) {
            fail(i, key, .unknownKey(label, key: key), atKey: true)
        }
        var measure: Goal.Measure?
        if let m = string(t, "measure", i, label) {
            measure = Goal.Measure(rawValue: m)
            if measure == nil {
                fail(i, "measure", .unknownMeasure(label, m))
            }
        } else if t["measure"] == nil {
            fail(i, nil, .withoutMeasure(label))
        }
        guard let measure else { return nil }

        // Keys that belong to other measures.
        let own: Set<String> = switch measure {
        case .tie, .contacts: ["between"]
        case .youthShare: ["domains"]
        case .fragmentedShare: []
        case .signalFollowup: ["signal_days"]
        case .metric: ["actor", "metric"]
        }
        for key in ["between", "domains", "actor", "metric", "signal_days"] where t[key] != nil && !own.contains(key) {
            fail(i, key, .keyOfOtherMeasure(label, key: key, measure: measure.rawValue), atKey: true)
        }
        func require(_ key: String, _ example: String) {
            if t[key] == nil { fail(i, nil, .measureNeeds(label, measure: measure.rawValue, key: key, example: example)) }
        }

        var between: [Goal.Side] = []
        if own.contains("between") {
            require("between", "between = [\"p-0001\", \"care\"]")
            for s in strings(t, "between", i, label, count: 2) ?? [] {
                if let d = Self.realDomain(s) { between.append(.domain(d)); continue }
                if let id = actorID(s, i, "between", label) { between.append(.actor(id)) }
            }
        }
        var domains: [Domain] = []
        if measure == .youthShare {
            require("domains", "domains = [\"social\", \"care\"]")
            for s in strings(t, "domains", i, label, count: nil) ?? [] {
                if let d = Self.realDomain(s) { domains.append(d) } else {
                    fail(i, "domains", .unknownDomain(label, s, inScope: false))
                }
            }
        }
        var actor: String?, metric: Goal.Metric?
        if measure == .metric {
            require("actor", "actor = \(example())")
            require("metric", "metric = \"betweenness\"")
            if let a = string(t, "actor", i, label) { actor = actorID(a, i, "actor", label) }
            if let m = string(t, "metric", i, label) {
                metric = Goal.Metric(rawValue: m)
                if metric == nil { fail(i, "metric", .unknownMetric(label, m)) }
            }
        }
        var signalDays = 14
        if let d = t["signal_days"], own.contains("signal_days") {
            if let n = d.int, n >= 0 { signalDays = n } else {
                fail(i, "signal_days", .signalDays(label, found: d.int == nil ? typeName(d) : nil))
            }
        }

        var scope: Goal.Scope?
        if let s = t["scope"] {
            if let st = s.table, st.keys.count == 1, let key = st.keys.first, let value = st[key]?.string {
                switch key {
                case "place", "plek":
                    if let id = actorID(value, i, "scope", label, kinds: [.place]) { scope = .place(id) }
                case "neighbourhood", "wijk", "neighborhood":
                    if log.actors.contains(where: { $0.neighbourhood?.lowercased() == value.lowercased() }) { scope = .neighbourhood(value) } else {
                        fail(i, "scope", .noSuchNeighbourhood(label, value))
                    }
                case "domain", "domein":
                    if let d = Self.realDomain(value) { scope = .domain(d) } else {
                        fail(i, "scope", .unknownDomain(label, value, inScope: true))
                    }
                default:
                    fail(i, "scope", .unknownScope(label, key))
                }
            } else {
                fail(i, "scope", .scopeNotATable(label))
            }
        }

        let atLeast = number(t, "at_least", i, label), atMost = number(t, "at_most", i, label)
        var target = Goal.Target.tieExists
        if measure == .tie {
            for key in ["at_least", "at_most"] where t[key] != nil {
                fail(i, key, .tieWithTarget(label, key: key), atKey: true)
            }
        } else if t["at_least"] != nil && t["at_most"] != nil {
            fail(i, "at_most", .bothTargets(label), atKey: true)
        } else if let v = atLeast { target = .atLeast(v) } else if let v = atMost { target = .atMost(v) } else if t["at_least"] == nil && t["at_most"] == nil {
            fail(i, nil, .withoutTarget(label))
        }
        guard issues.count == before, let name else { return nil }
        return Goal(name: name, measure: measure, between: between, domains: domains, actor: actor, metric: metric,
                    scope: scope, target: target, signalDays: signalDays, line: lines.header(i) ?? 0)
    }
}

/// Where keys are in the goals file's text (TOMLKit exposes no positions for values): the n-th
/// `[[goal]]` header, and the first `key =` line of a goal's block.
struct GoalsFileLines {
    /// The lines, without their line ends.
    let lines: [Substring]
    /// 1-based line numbers of the `[[goal]]` headers, in order.
    let headers: [Int]
    /// 1-based line number of each table header (`[…]` or `[[…]]`), to end a goal's block.
    let tableHeaders: [Int]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        var headers: [Int] = [], tables: [Int] = []
        for (k, raw) in lines.enumerated() {
            let s = raw.drop { $0 == " " || $0 == "\t" }
            guard s.hasPrefix("[") else { continue }
            tables.append(k + 1)
            let compact = s.prefix { $0 != "#" }.filter { $0 != " " && $0 != "\t" }
            if compact == "[[goal]]" { headers.append(k + 1) }
        }
        self.headers = headers
        self.tableHeaders = tables
    }

    func header(_ goal: Int) -> Int? { goal < headers.count ? headers[goal] : nil }

    /// The line and columns (1-based) of `key =` inside goal `goal`'s block.
    func key(_ key: String, inGoal goal: Int) -> (line: Int, keyColumn: Int, valueColumn: Int)? {
        guard let start = header(goal) else { return nil }
        let end = tableHeaders.first { $0 > start } ?? lines.count + 1
        return find(key, in: start + 1..<end)
    }

    /// The line of a top-level `key =` (before the first table header) or a `[key]` header.
    func topLevelKey(_ key: String) -> (line: Int, keyColumn: Int, valueColumn: Int)? {
        let end = tableHeaders.first ?? lines.count + 1
        if let p = find(key, in: 1..<end) { return p }
        for l in tableHeaders {
            let s = lines[l - 1].filter { $0 != " " }
            if s.hasPrefix("[\(key)]") || s.hasPrefix("[\(key).") || s.hasPrefix("[[\(key)]]") { return (l, 1, 1) }
        }
        return nil
    }

    private func find(_ key: String, in range: Range<Int>) -> (line: Int, keyColumn: Int, valueColumn: Int)? {
        for l in range where l >= 1 && l <= lines.count {
            let line = Array(lines[l - 1])
            var c = 0
            while c < line.count, line[c] == " " || line[c] == "\t" { c += 1 }
            let keyStart = c
            for form in [key, "\"\(key)\""] {
                let f = Array(form)
                guard c + f.count <= line.count, Array(line[c..<c + f.count]) == f else { continue }
                var k = c + f.count
                while k < line.count, line[k] == " " || line[k] == "\t" { k += 1 }
                guard k < line.count, line[k] == "=" else { continue }
                k += 1
                while k < line.count, line[k] == " " || line[k] == "\t" { k += 1 }
                return (l, keyStart + 1, k + 1)
            }
        }
        return nil
    }
}
