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
            let found = bad.found.map { "'\(quotedCell(String(Character($0))))'" } ?? "the end of the line"
            let what = bad.isValue ? "a value is missing before \(found)" : "a table header needs a name after its '[' or '[[', found \(found)"
            throw WijknetError.input(InputIssue(file: fileName, line: bad.line, column: bad.column,
                message: "this is not valid TOML: \(what).",
                hint: "write each goal as a [[goal]] table of `key = value` lines; strings in double quotes, lists in [ ]."))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw WijknetError.input(InputIssue(file: fileName, line: error.source.begin.line, column: error.source.begin.column,
                message: "this is not valid TOML: \(error.description).",
                hint: "write each goal as a [[goal]] table of `key = value` lines; strings in double quotes, lists in [ ]."))
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

    mutating func fail(_ goal: Int?, _ key: String?, _ message: String, _ hint: String, atKey: Bool = false) {
        var line = 0, column = 0
        if let goal {
            line = lines.header(goal) ?? 0
            column = line > 0 ? 1 : 0
            if let key, let p = lines.key(key, inGoal: goal) { line = p.line; column = atKey ? p.keyColumn : p.valueColumn }
        } else if let key, let p = lines.topLevelKey(key) {
            line = p.line; column = p.keyColumn
        }
        issues.append(InputIssue(file: fileName, line: line, column: column, message: message, hint: hint))
    }

    mutating func goals(_ table: TOMLTable) -> [Goal] {
        for key in table.keys where key != "goal" {
            fail(nil, key, "unknown top-level key '\(quotedCell(key))'.", "put every setting inside a [[goal]] table; the file holds only [[goal]] tables.")
        }
        guard let list = table["goal"]?.array, !list.isEmpty else {
            if table["goal"] != nil {
                fail(nil, "goal", "'goal' must be a list of tables.", "start each goal with a [[goal]] header line.")
            } else if issues.isEmpty {
                fail(nil, nil, "the goals file has no goals.", "add a [[goal]] table with name, measure and a target (at_least or at_most).")
            }
            return []
        }
        var out: [Goal] = []
        var names = Set<String>()
        for i in 0..<list.count {
            guard let t = list[i].table else {
                fail(i, nil, "goal \(i + 1) is not a table.", "start each goal with a [[goal]] header line.")
                continue
            }
            if let g = goal(t, i) {
                if !names.insert(g.name).inserted {
                    fail(i, "name", "two goals are called '\(quotedCell(g.name))'.", "give every goal its own name.")
                }
                out.append(g)
            }
        }
        return out
    }

    func typeName(_ v: TOMLValueConvertible) -> String {
        switch v.type {
        case .string: "a string"
        case .int: "an integer"
        case .double: "a number"
        case .bool: "true or false"
        case .array: "a list"
        case .table: "a table"
        default: "a date or time"
        }
    }

    mutating func string(_ t: TOMLTable, _ key: String, _ i: Int, _ label: String) -> String? {
        guard let v = t[key] else { return nil }
        guard let s = v.string else {
            fail(i, key, "\(label): '\(key)' must be a string in double quotes, not \(typeName(v)).", "write \(key) = \"…\".")
            return nil
        }
        return s
    }

    mutating func strings(_ t: TOMLTable, _ key: String, _ i: Int, _ label: String, count: Int?) -> [String]? {
        guard let v = t[key] else { return nil }
        guard let a = v.array, a.allSatisfy({ $0.string != nil }), count.map({ a.count == $0 }) ?? (a.count >= 2) else {
            let want = count.map { "a list of \($0) strings" } ?? "a list of at least 2 strings"
            fail(i, key, "\(label): '\(key)' must be \(want)\(v.array == nil ? ", not \(typeName(v))" : "").",
                 key == "between" ? "write between = [\"p-0001\", \"care\"] (actor ids or domains)." : "write domains = [\"social\", \"care\"].")
            return nil
        }
        return a.map { $0.string! }
    }

    mutating func number(_ t: TOMLTable, _ key: String, _ i: Int, _ label: String) -> Double? {
        guard let v = t[key] else { return nil }
        if let n = v.int { return Double(n) }
        if let d = v.double, d.isFinite { return d }
        fail(i, key, "\(label): '\(key)' must be a number, not \(typeName(v)).", "write \(key) = 80 (a number without quotes).")
        return nil
    }

    /// A partner or place id of the log; young people are refused (without quoting).
    mutating func actorID(_ id: String, _ i: Int, _ key: String, _ label: String, kinds: [ActorKind] = [.partner, .place]) -> String? {
        guard let index = log.actorIndex[id] else {
            let shown = youthKeys.contains(normalisedKey(id)) ? "an id" : "'\(quotedCell(id))'"
            fail(i, key, "\(label): unknown actor id \(shown): not in the log or the actors file.", "use an id from the actors file (a partner or a place), e.g. \(example()).")
            return nil
        }
        let a = log.actors[index]
        guard kinds.contains(a.kind) else {
            if a.kind == .youth {
                fail(i, key, "\(label): '\(key)' names a young person; goals are about partners and places, never about one young person.", "use a partner or place id instead.")
            } else {
                fail(i, key, "\(label): '\(quotedCell(id))' is a \(a.kind.rawValue), not a \(kinds.map(\.rawValue).joined(separator: " or ")).", "use the id of a \(kinds.map(\.rawValue).joined(separator: " or ")).")
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
        let name = string(t, "name", i, "goal \(i + 1)")
        if t["name"] == nil { fail(i, nil, "goal \(i + 1) has no name.", "add name = \"…\" under its [[goal]] header.") }
        // A goal named like a young person is not quoted (found by fuzzing, target `goals`).
        let label = name.map { youthKeys.contains(normalisedKey($0)) ? "goal \(i + 1)" : "goal '\(quotedCell($0))'" } ?? "goal '\(i + 1)'"
        for key in t.keys where !GoalsFile.keys.contains(key) {
            fail(i, key, "\(label): unknown key '\(quotedCell(key))'.", "use only \(GoalsFile.keys.joined(separator: ", ")).", atKey: true)
        }
        var measure: Goal.Measure?
        if let m = string(t, "measure", i, label) {
            measure = Goal.Measure(rawValue: m)
            if measure == nil {
                fail(i, "measure", "\(label): unknown measure '\(quotedCell(m))'.", "use one of \(Goal.Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        } else if t["measure"] == nil {
            fail(i, nil, "\(label) has no measure.", "add measure = \"…\": one of \(Goal.Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
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
            fail(i, key, "\(label): '\(key)' does not belong to measure \(measure.rawValue).", "remove \(key), or change the measure.", atKey: true)
        }
        func require(_ key: String, _ example: String) {
            if t[key] == nil { fail(i, nil, "\(label): measure \(measure.rawValue) needs '\(key)'.", "add \(example).") }
        }

        var between: [Goal.Side] = []
        if own.contains("between") {
            require("between", "between = [\"p-0001\", \"care\"] (actor ids or domains)")
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
                    fail(i, "domains", "\(label): unknown domain '\(quotedCell(s))'.", "use social, care or safety (or sociaal, zorg, veiligheid).")
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
                if metric == nil { fail(i, "metric", "\(label): unknown metric '\(quotedCell(m))'.", "use one of \(Goal.Metric.allCases.map(\.rawValue).joined(separator: ", ")).") }
            }
        }
        var signalDays = 14
        if let d = t["signal_days"], own.contains("signal_days") {
            if let n = d.int, n >= 0 { signalDays = n } else {
                fail(i, "signal_days", "\(label): 'signal_days' must be a whole number of days (0 or more)\(d.int == nil ? ", not \(typeName(d))" : "").", "write signal_days = 14.")
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
                        fail(i, "scope", "\(label): no actor has neighbourhood '\(quotedCell(value))'.", "use a neighbourhood from the actors file's neighbourhood column.")
                    }
                case "domain", "domein":
                    if let d = Self.realDomain(value) { scope = .domain(d) } else {
                        fail(i, "scope", "\(label): unknown domain '\(quotedCell(value))' in scope.", "use social, care or safety (or sociaal, zorg, veiligheid).")
                    }
                default:
                    fail(i, "scope", "\(label): unknown scope '\(quotedCell(key))'.", "write scope = { place = \"…\" }, { neighbourhood = \"…\" } or { domain = \"…\" }.")
                }
            } else {
                fail(i, "scope", "\(label): 'scope' must be a table with one string: place, neighbourhood or domain.", "write scope = { place = \"…\" }, { neighbourhood = \"…\" } or { domain = \"…\" }.")
            }
        }

        let atLeast = number(t, "at_least", i, label), atMost = number(t, "at_most", i, label)
        var target = Goal.Target.tieExists
        if measure == .tie {
            for key in ["at_least", "at_most"] where t[key] != nil {
                fail(i, key, "\(label): a tie goal has no '\(key)': it is met when the tie exists.", "remove \(key).", atKey: true)
            }
        } else if t["at_least"] != nil && t["at_most"] != nil {
            fail(i, "at_most", "\(label) has both at_least and at_most.", "keep exactly one target: at_least or at_most.", atKey: true)
        } else if let v = atLeast { target = .atLeast(v) } else if let v = atMost { target = .atMost(v) } else if t["at_least"] == nil && t["at_most"] == nil {
            fail(i, nil, "\(label) has no target.", "add at_least = N or at_most = N.")
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
