/// Reads the optional actors file: who is who.
///
/// Columns (case-insensitive, English or Dutch): `id` (required), `name`/`naam`,
/// `kind`/`soort` (`partner`, `place`/`plek`, `youth`/`jongere`; default partner),
/// `domain`/`domein` (`social`/`sociaal`, `care`/`zorg`, `safety`/`veiligheid`; empty for
/// places and young people), `organisation`/`organisatie`, `neighbourhood`/`wijk`,
/// `ordinary`/`voorveld` (`yes`/`ja`/`true`/`1` or `no`/`nee`/`false`/`0`/empty).
///
/// An id listed twice with the same attributes is accepted; with different attributes it is
/// an error naming both lines. Messages never quote the id or name of a young person.
struct ActorsFileReader {
    var policy: ErrorPolicy

    private static let columns: [(key: String, names: [String])] = [
        ("id", ["id"]),
        ("name", ["name", "naam"]),
        ("kind", ["kind", "soort", "type"]),
        ("domain", ["domain", "domein"]),
        ("organisation", ["organisation", "organisatie", "organization"]),
        ("neighbourhood", ["neighbourhood", "wijk", "neighborhood", "buurt"]),
        ("ordinary", ["ordinary", "voorveld"]),
    ]

    func read(path: String, into log: inout ContactLog, interner: inout ByteInterner) throws {
        let name = displayName(path)
        var reader = CSVReader(path: path, displayName: name)
        var columnOf: [String: Int] = [:]
        var headerCount = 0
        var sawHeader = false
        var lineOf: [Int] = []   // line of each declared actor
        var rows = 0
        let policy = self.policy

        func fail(_ issue: InputIssue) throws {
            log.stats.record(issue)
            if policy == .stopAtFirst { throw WijknetError.input(issue) }
        }

        try reader.forEachRecord(onMalformed: { try fail($0) }) { rec in
            if !sawHeader {
                sawHeader = true
                headerCount = rec.count
                var unknown: [String] = []
                for i in 0..<rec.count {
                    let h = rec.string(i).trimmingWhitespace().lowercased()
                    if let c = Self.columns.first(where: { $0.names.contains(h) }) {
                        if columnOf[c.key] != nil {
                            throw WijknetError.input(InputIssue(file: name, line: rec.line, column: rec.column(i),
                                message: "the column '\(h)' appears twice in the header.", hint: "keep one '\(c.key)' column."))
                        }
                        columnOf[c.key] = i
                    } else {
                        unknown.append("'\(h)'")
                    }
                }
                guard columnOf["id"] != nil else {
                    throw WijknetError.input(InputIssue(file: name, line: rec.line, column: 1,
                        message: "the required column 'id' is missing from the actors file's header.",
                        hint: "the first row must name the columns, e.g. id;naam;soort;domein;organisatie;wijk;voorveld."))
                }
                if !unknown.isEmpty {
                    log.warnings.append("\(name): ignored \(unknown.count) column(s) Wijknet does not know: \(unknown.joined(separator: ", ")).")
                }
                return
            }
            rows += 1
            guard rec.count == headerCount || (rec.count > headerCount && (headerCount..<rec.count).allSatisfy { rec.isEmpty($0) }) else {
                try fail(InputIssue(file: name, line: rec.line, column: rec.column(min(rec.count, headerCount) - 1),
                    message: "this row has \(rec.count) fields but the header has \(headerCount).",
                    hint: "quote fields that contain the delimiter, or add the missing fields."))
                return
            }
            func text(_ key: String) -> String? {
                guard let i = columnOf[key], !rec.isEmpty(i) else { return nil }
                let d = decodeText(rec.field(i))
                if d.windows1252 { log.stats.windows1252Fields += 1 }
                return d.text.trimmingWhitespace()
            }
            func column(_ key: String) -> Int { columnOf[key].map { rec.column($0) } ?? 1 }
            guard let id = text("id"), !id.isEmpty else {
                try fail(InputIssue(file: name, line: rec.line, column: column("id"),
                    message: "this actor has no id.", hint: "give every actor the id used for it in the contact log."))
                return
            }
            var kind = ActorKind.partner
            if let k = text("kind") {
                guard let parsed = ActorKind(parsing: k) else {
                    try fail(InputIssue(file: name, line: rec.line, column: column("kind"),
                        message: "unknown kind '\(k)'.", hint: "use partner, place/plek or youth/jongere."))
                    return
                }
                kind = parsed
            }
            var domain: Domain? = nil
            if let d = text("domain") {
                guard let parsed = Domain(parsing: d) else {
                    try fail(InputIssue(file: name, line: rec.line, column: column("domain"),
                        message: "unknown domain '\(d)'.", hint: "use social/sociaal, care/zorg or safety/veiligheid (empty for places and young people)."))
                    return
                }
                if kind != .partner {
                    try fail(InputIssue(file: name, line: rec.line, column: column("domain"),
                        message: "a \(kind.rawValue) has a domain; only partners belong to a domain.",
                        hint: "leave the domain empty for places and young people, or set the kind to partner."))
                    return
                }
                domain = parsed
            }
            var ordinary = false
            if let o = text("ordinary") {
                switch o.lowercased() {
                case "yes", "ja", "true", "waar", "1", "y", "j", "x": ordinary = true
                case "no", "nee", "false", "onwaar", "0", "n": ordinary = false
                default:
                    try fail(InputIssue(file: name, line: rec.line, column: column("ordinary"),
                        message: "'\(o)' is not yes or no.", hint: "write ja/yes/1 for an ordinary resource (voorveld), nee/no/0 or nothing otherwise."))
                    return
                }
            }
            let actor = Actor(id: id, name: text("name"), kind: kind, domain: domain,
                              organisation: text("organisation"), neighbourhood: text("neighbourhood"),
                              ordinary: ordinary, declared: true)
            if let existing = log.actorIndex[id] {
                if log.actors[existing] != actor {
                    let who = kind == .youth || log.actors[existing].kind == .youth ? "a young person's id" : "the id '\(id)'"
                    try fail(InputIssue(file: name, line: rec.line, column: column("id"),
                        message: "\(who) is listed again with different attributes (first on line \(lineOf[existing])).",
                        hint: "keep one row per actor, or make both rows identical."))
                }
                return
            }
            var key = id
            let (index, _) = key.withUTF8 { interner.intern($0) }
            precondition(index == log.actors.count, "actors are interned in order")
            log.actors.append(actor)
            log.actorIndex[id] = index
            lineOf.append(rec.line)
        }
        if !sawHeader {
            throw WijknetError.input(InputIssue(file: name, line: 0, column: 0, message: "the actors file has no header row.",
                                                hint: "the first row must name the columns, e.g. id;naam;soort;domein."))
        }
        if rows == 0 {
            log.warnings.append("\(name): the actors file has a header but no actors.")
        }
    }
}
