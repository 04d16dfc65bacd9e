import Foundation

/// A seeded generator of realistic synthetic neighbourhoods: invented partners, places and
/// young people, and a contact log with the patterns practitioners describe — domains that
/// mostly talk among themselves, a youth worker who is the only bridge from the school to
/// care, a sports club the neighbourhood team never meets, young people with many partners
/// who do not know each other, and signals that are (or are not) followed up.
///
/// The same parameters always give byte-identical files (own PRNG, no `Dictionary` order).
/// No real persons or organisations: every name is made up from the lists below.
public struct SyntheticNeighbourhood: Sendable {
    public struct Parameters: Sendable {
        /// Total actors (partners + places + young people). At least 40.
        public var actors: Int
        /// Contact rows.
        public var rows: Int
        public var seed: UInt64
        /// First day of the log (day number); 12 months follow.
        public var startDay: Int
        public var months: Int
        /// Neighbourhood name(s). Actors are spread over them.
        public var neighbourhoods: [String]

        public init(actors: Int, rows: Int, seed: UInt64, startDay: Int = Calendar.dayNumber(year: 2025, month: 1, day: 1),
                    months: Int = 12, neighbourhoods: [String] = ["Zuiderhof"]) {
            self.actors = max(40, actors)
            self.rows = max(1, rows)
            self.seed = seed
            self.startDay = startDay
            self.months = max(1, months)
            self.neighbourhoods = neighbourhoods.isEmpty ? ["Zuiderhof"] : neighbourhoods
        }
    }

    /// How the CSV files are written.
    public enum Style: String, Sendable, CaseIterable {
        /// `,`, UTF-8 without BOM, LF, `YYYY-MM-DD`, English headers, `.` decimals.
        case plain
        /// Dutch Excel: `;`, UTF-8 BOM, CRLF, `DD-MM-YYYY`, Dutch headers, `,` decimals.
        case excel
    }

    public let parameters: Parameters
    /// The actors, in output order.
    public private(set) var actors: [Actor] = []
    /// One log row in 28 bytes (a tuple with a `String` type took 72), so ten million rows fit
    /// in 280 MB while the generator sorts them by date.
    public struct Row: Sendable, Equatable {
        /// Day number and minute of the day.
        public var day: Int32
        public var minute: Int16
        /// Index into ``SyntheticNeighbourhood/contactTypes``.
        var typeIndex: UInt8
        /// Indices into ``SyntheticNeighbourhood/actors``; `-1` none, `-2` the undeclared partner.
        public var source: Int32, target: Int32, about: Int32, place: Int32
        /// 1, 1.5, 2 or 2.5: exact in a `Float`.
        var weightValue: Float
        public var type: String { SyntheticNeighbourhood.contactTypes[Int(typeIndex)] }
        public var weight: Double { Double(weightValue) }

        init(_ day: Int, _ minute: Int, _ source: Int, _ target: Int, _ about: Int, _ place: Int, _ type: String, _ weight: Double) {
            self.day = Int32(day)
            self.minute = Int16(minute)
            self.typeIndex = UInt8(SyntheticNeighbourhood.contactTypes.firstIndex(of: type)!)
            self.source = Int32(source); self.target = Int32(target); self.about = Int32(about); self.place = Int32(place)
            self.weightValue = Float(weight)
        }
    }
    /// The contact types the generator writes (`Overleg` on purpose: types are case-folded on reading).
    static let contactTypes = ["activiteit", "overleg", "casusoverleg", "signaal", "verwijzing", "Overleg"]
    /// Log rows, by day and minute (ties in generation order).
    public private(set) var rows: [Row] = []

    public init(_ p: Parameters) {
        self.parameters = p
        generate()
    }

    // MARK: Random numbers (own generator: stable across Swift versions)

    private struct RNG {
        var state: UInt64
        mutating func next() -> UInt64 {   // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// Uniform in 0..<n (Lemire's multiply-shift with rejection).
        mutating func below(_ n: Int) -> Int {
            precondition(n > 0)
            let bound = UInt64(n)
            while true {
                let r = next().multipliedFullWidth(by: bound)
                if r.low >= (0 &- bound) % bound { return Int(r.high) }
            }
        }
        mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) * 0x1p-53 < p }
        mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
    }

    // MARK: Names (invented)

    private static let firstNames = ["Anouk", "Bram", "Chantal", "Daan", "Esra", "Fatima", "Gerrit", "Hanneke", "Ilse", "Jeroen",
                                     "Karim", "Lotte", "Mehmet", "Nadia", "Oscar", "Priya", "Quinten", "Rachida", "Sven", "Tamara",
                                     "Umut", "Vera", "Wouter", "Xander", "Yasmina", "Zeynep", "Bouchra", "Koen", "Mirjam", "Rik"]
    private static let lastNames = ["de Boer", "Bakker", "El Amrani", "Visser", "Yilmaz", "Smit", "Mulder", "de Graaf", "Bos", "Kaya",
                                    "Vos", "Peters", "Hendriks", "Öztürk", "van Dijk", "Jansen", "Meijer", "Dekker", "Brouwer", "Kok"]
    private static let youthFirst = ["Sem", "Noah", "Liam", "Emma", "Julia", "Mila", "Ayoub", "Imane", "Lucas", "Saar", "Finn", "Yara",
                                     "Milan", "Noor", "Adam", "Lina", "Jesse", "Sara", "Bilal", "Zoë", "Levi", "Hiba", "Ruben", "Fleur"]

    /// Partner roles: (organisation stem, domain, ordinary, weight in the mix).
    private static let partnerRoles: [(String, Domain, Bool, Int)] = [
        ("Wijkteam", .social, false, 6), ("Jongerenwerk De Brug", .social, false, 5), ("Schoolmaatschappelijk werk", .social, false, 3),
        ("Welzijn Op Zuid", .social, false, 3), ("Buurtcentrum De Kroon", .social, true, 2),
        ("JGZ", .care, false, 4), ("Jeugdzorg Kompas", .care, false, 4), ("GGZ Horizon", .care, false, 3), ("Huisartsenpraktijk", .care, false, 2),
        ("Politie", .safety, false, 3), ("Handhaving", .safety, false, 2), ("Jeugdreclassering", .safety, false, 2), ("Halt", .safety, false, 1),
    ]
    private static let placeStems = ["Basisschool De Regenboog", "Vmbo Het Baken", "Sportpark De Vliet", "Voetbalclub ZVV", "Speeltuin Het Eiland",
                                     "Winkelcentrum Zuidplein", "Buurthuis De Kroon", "Kade", "Skatebaan", "Bibliotheek"]
    private static let streetNames = ["Dahliastraat", "Merelstraat", "Lijnbaanhof", "Bloemkade", "Spoorsingel", "Vlierweg"]

    // MARK: Generation

    private mutating func generate() {
        var rng = RNG(state: parameters.seed ^ 0x5A17_C0DE)
        let n = parameters.actors
        let hoods = parameters.neighbourhoods
        let partnerCount = max(12, n * 12 / 100)
        let placeCount = max(6, n * 3 / 100)
        let youthCount = n - partnerCount - placeCount
        var actors: [Actor] = []

        // Places: schools, clubs, streets; schools and clubs double as ordinary-resource partners below.
        var places: [Int] = []
        for i in 0..<placeCount {
            let hood = hoods[i % hoods.count]
            let stem = i < Self.placeStems.count ? Self.placeStems[i] : (i % 3 == 0 ? Self.streetNames[i % Self.streetNames.count] : Self.placeStems[i % Self.placeStems.count])
            let name = i < Self.placeStems.count && hoods.count == 1 ? stem : "\(stem) (\(hood) \(i / Self.placeStems.count + 1))"
            places.append(actors.count)
            actors.append(Actor(id: "plek-\(pad(i + 1, 3))", name: name, kind: .place, neighbourhood: hood, declared: true))
        }
        // Partners, weighted by role.
        let totalRoleWeight = Self.partnerRoles.reduce(0) { $0 + $1.3 }
        var partners: [Int] = []
        var partnersByDomain: [Domain: [Int]] = [:]
        for i in 0..<partnerCount {
            var r = (i < Self.partnerRoles.count) ? -1 : rng.below(totalRoleWeight)
            var role = Self.partnerRoles[min(i, Self.partnerRoles.count - 1)]
            if r >= 0 {
                for candidate in Self.partnerRoles { r -= candidate.3; if r < 0 { role = candidate; break } }
            }
            let person = "\(rng.pick(Self.firstNames)) \(rng.pick(Self.lastNames))"
            let hood = hoods[i % hoods.count]
            let idx = actors.count
            partners.append(idx)
            partnersByDomain[role.1, default: []].append(idx)
            actors.append(Actor(id: "p-\(pad(i + 1, 4))", name: "\(person) (\(role.0))", kind: .partner, domain: role.1,
                                organisation: role.0, neighbourhood: hood, ordinary: role.2, declared: true))
        }
        // Ordinary resources as partners: the school's care coordinator and the sports club's trainer.
        let school = actors.count
        actors.append(Actor(id: "p-school", name: "Zorgcoördinator Vmbo Het Baken", kind: .partner, domain: .social,
                            organisation: "Vmbo Het Baken", neighbourhood: hoods[0], ordinary: true, declared: true))
        let club = actors.count
        actors.append(Actor(id: "p-club", name: "Trainer Voetbalclub ZVV", kind: .partner, domain: .social,
                            organisation: "Voetbalclub ZVV", neighbourhood: hoods[0], ordinary: true, declared: true))
        partners.append(school); partners.append(club)
        partnersByDomain[.social, default: []].append(contentsOf: [school, club])

        // Young people (names invented; they exist to prove that Wijknet never prints them).
        var youth: [Int] = []
        for i in 0..<max(1, youthCount - 2) {
            youth.append(actors.count)
            let name = "\(rng.pick(Self.youthFirst)) \(rng.pick(Self.lastNames).prefix(1))."
            actors.append(Actor(id: "j-\(pad(i + 1, 5))", name: name, kind: .youth, neighbourhood: hoods[i % hoods.count], declared: true))
        }
        // A partner present in the log only, to show kind inference (domain unknown).
        let undeclaredPartner = "p-onbekend"
        self.actors = actors

        let social = partnersByDomain[.social] ?? [], care = partnersByDomain[.care] ?? [], safety = partnersByDomain[.safety] ?? []
        let wijkteam = partners.first { actors[$0].organisation == "Wijkteam" } ?? social[0]
        let bridge = partners.first { actors[$0].organisation == "Jongerenwerk De Brug" } ?? social[0]

        // Each young person: a school, maybe a club/street, and a personal set of 1–6 partners.
        var lifePlaces: [[Int]] = []
        var circles: [[Int]] = []
        for (k, _) in youth.enumerated() {
            // A school: one of the first two in a small neighbourhood; in a large one, one of
            // the first quarter of places (a school has hundreds of pupils, not all of them).
            var ps = [places[k % max(2, min(places.count, places.count / 4))]]
            if rng.chance(0.45) { ps.append(places[2 + rng.below(min(3, places.count - 2))]) }
            if rng.chance(0.35) { ps.append(rng.pick(places)) }
            lifePlaces.append(ps)
            var circle: [Int] = [rng.pick(social)]
            let extra = rng.below(100) < 25 ? 3 + rng.below(3) : rng.below(3)
            for _ in 0..<extra {
                let d = rng.below(10)
                let pool = d < 5 ? social : d < 8 ? care : safety
                if let p = pool.isEmpty ? nil : rng.pick(pool), !circle.contains(p) { circle.append(p) }
            }
            if k % 9 == 0 && !circle.contains(bridge) { circle.append(bridge) }
            circles.append(circle)
        }

        let days = parameters.months * 365 / 12
        var out: [Row] = []
        out.reserveCapacity(parameters.rows)
        let undeclaredIndex = -2   // placeholder resolved when writing
        var r = -1
        while out.count < parameters.rows {
            r += 1
            let day = parameters.startDay + rng.below(days)
            let minute = 8 * 60 + rng.below(10 * 60)
            let k = rng.below(youth.count)
            let y = youth[k]
            let circle = circles[k]
            let kind = rng.below(100)
            let w: Double = rng.chance(0.15) ? Double(1 + rng.below(4)) * 0.5 + 0.5 : 1
            if kind < 38 {
                // Activity: a social partner with the young person at a place.
                let p = circle[0]
                out.append(Row(day, minute, p, -1, y, rng.pick(lifePlaces[k]), "activiteit", w))
            } else if kind < 50 {
                // School: the school's care coordinator and the youth worker (the only bridge to care).
                out.append(Row(day, minute, school, bridge, y, places[1 % places.count], "overleg", w))
            } else if kind < 62 {
                // Case discussion about a young person between two of its partners — mostly within a domain.
                guard circle.count >= 2 else { out.append(Row(day, minute, circle[0], wijkteam, y, -1, "casusoverleg", w)); continue }
                let a = circle[rng.below(circle.count)]
                var b = circle[rng.below(circle.count)]
                if a == b || (actors[a].domain != actors[b].domain && rng.chance(0.7)) {
                    b = circle.first { $0 != a && actors[$0].domain == actors[a].domain } ?? (rng.chance(0.5) ? wijkteam : a)
                }
                if a == b { out.append(Row(day, minute, a, -1, y, rng.pick(lifePlaces[k]), "activiteit", w)); continue }
                out.append(Row(day, minute, a, b, y, -1, "casusoverleg", w))
            } else if kind < 72 {
                // Signal: a partner notices something; followed up by another domain within days, or not.
                let p = rng.pick(circle)
                out.append(Row(day, minute, p, -1, y, rng.pick(lifePlaces[k]), "signaal", 1))
                if rng.chance(0.55) && out.count < parameters.rows {
                    let other = actors[p].domain == .care ? (safety.isEmpty ? social : safety) : (care.isEmpty ? social : care)
                    let q = rng.pick(other)
                    let later = min(parameters.startDay + days - 1, day + 1 + rng.below(20))
                    out.append(Row(later, minute, q, p, y, -1, "verwijzing", 1))
                }
            } else if kind < 80 {
                // Referral to care, mostly via the neighbourhood team.
                let q = care.isEmpty ? wijkteam : rng.pick(care)
                out.append(Row(day, minute, wijkteam, q, y, -1, "verwijzing", w))
            } else if kind < 86 {
                // Sports club: the trainer sees the young person; no contact with the neighbourhood team ever.
                out.append(Row(day, minute, club, -1, y, places[min(3, places.count - 1)], "activiteit", w))
            } else if kind < 94 {
                // Partner meetings within a domain (network meetings), sometimes at a place.
                let pool = [social, care, safety][rng.below(3)]
                guard pool.count >= 2 else { continue }
                let a = rng.pick(pool), b = rng.pick(pool)
                if a == b { out.append(Row(day, minute, a, wijkteam == a ? bridge : wijkteam, -1, -1, "overleg", w)); continue }
                out.append(Row(day, minute, a, b, -1, rng.chance(0.3) ? rng.pick(places) : -1, "overleg", w))
            } else if kind < 97 {
                // Safety domain on the street: police and enforcement, rarely with care.
                let a = safety.isEmpty ? wijkteam : rng.pick(safety)
                out.append(Row(day, minute, a, rng.chance(0.2) ? wijkteam : -1, y, places[places.count - 1], "signaal", 1))
            } else {
                // The undeclared partner (kind inferred) talks with the neighbourhood team.
                out.append(Row(day, minute, undeclaredIndex, wijkteam, -1, -1, r % 2 == 0 ? "overleg" : "Overleg", 1))
            }
        }
        Self.sortByTime(&out, firstDay: parameters.startDay, days: days)
        self.rows = out
        _ = undeclaredPartner
    }

    /// Sorts `rows` by day and minute, ties in their present order, in `O(rows + days · 1440)`
    /// time and 4 bytes a row of extra memory: a counting sort gives each row its place, and the
    /// rows are then moved there in place, cycle by cycle.
    static func sortByTime(_ rows: inout [Row], firstDay: Int, days: Int) {
        let buckets = days * 1440
        var start = [Int32](repeating: 0, count: buckets + 1)
        func key(_ r: Row) -> Int { (Int(r.day) - firstDay) * 1440 + Int(r.minute) }
        for r in rows { start[key(r) + 1] += 1 }
        for b in 0..<buckets { start[b + 1] += start[b] }
        var place = [Int32](repeating: 0, count: rows.count)
        for i in rows.indices { let k = key(rows[i]); place[i] = start[k]; start[k] += 1 }
        for i in rows.indices where place[i] >= 0 {
            // Follow the cycle through i: each step puts the carried row at its place.
            var carried = rows[i], to = Int(place[i])
            place[i] = -1
            while to != i {
                swap(&carried, &rows[to])
                let next = Int(place[to])
                place[to] = -1
                to = next
            }
            rows[i] = carried
        }
    }

    private func id(_ i: Int32) -> String { i == -2 ? "p-onbekend" : i >= 0 ? actors[Int(i)].id : "" }

    // MARK: Writing

    /// The contact log as CSV text in `style`.
    public func logCSV(style: Style) -> String {
        var s = ""
        forEachLogLine(style: style) { s += $0 }
        return s
    }

    /// Calls `body` with each line of the contact log in `style` (header first, line end
    /// included), so a large log can be written without holding its text.
    func forEachLogLine(style: Style, _ body: (String) throws -> Void) rethrows {
        let excel = style == .excel
        let sep = excel ? ";" : ","
        let eol = excel ? "\r\n" : "\n"
        try body((excel ? "\u{FEFF}" : "") + (excel ? ["datum", "van", "naar", "over", "plek", "soort", "gewicht"] : ["date", "source", "target", "about", "place", "type", "weight"]).joined(separator: sep) + eol)
        for r in rows {
            let date = excel ? Calendar.dutchDate(Int(r.day)) : Calendar.isoDate(Int(r.day))
            let minute = Int(r.minute)
            let time = minute >= 0 && r.type == "casusoverleg" ? (excel ? " " : "T") + "\(pad(minute / 60, 2)):\(pad(minute % 60, 2))" : ""
            var weight = r.weight == 1 ? "" : formatNumber(r.weight)
            if excel { weight = weight.replacingOccurrences(of: ".", with: ",") }
            try body([date + time, id(r.source), id(r.target), id(r.about), id(r.place), r.type, weight].map { csvField($0, sep) }.joined(separator: sep) + eol)
        }
    }

    /// The actors file as CSV text in `style`.
    public func actorsCSV(style: Style) -> String {
        let excel = style == .excel
        let sep = excel ? ";" : ","
        let eol = excel ? "\r\n" : "\n"
        var s = excel ? "\u{FEFF}" : ""
        s += (excel ? ["id", "naam", "soort", "domein", "organisatie", "wijk", "voorveld"] : ["id", "name", "kind", "domain", "organisation", "neighbourhood", "ordinary"]).joined(separator: sep) + eol
        for a in actors {
            let kind = excel ? a.kind.dutch : a.kind.rawValue
            let domain = a.kind == .partner ? (excel ? a.domain.dutch : a.domain.rawValue) : ""
            let ordinary = a.ordinary ? (excel ? "ja" : "yes") : ""
            s += [a.id, a.name ?? "", kind, domain, a.organisation ?? "", a.neighbourhood ?? "", ordinary].map { csvField($0, sep) }.joined(separator: sep) + eol
        }
        return s
    }

    /// Writes `contacts.csv` and `actors.csv` (Dutch names `contacten.csv`, `actoren.csv` in
    /// the Excel style) into `directory`, creating it.
    public func write(to directory: String, style: Style) throws -> (log: String, actors: String) {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let logPath = directory + (style == .excel ? "/contacten.csv" : "/contacts.csv")
        let actorsPath = directory + (style == .excel ? "/actoren.csv" : "/actors.csv")
        do {
            try writeStreaming(to: logPath) { emit in try forEachLogLine(style: style, emit) }
            try Data(actorsCSV(style: style).utf8).write(to: URL(fileURLWithPath: actorsPath))
        } catch {
            throw WijknetError.io(path: directory, reason: .cannotWriteGenerated(SystemError(error)))
        }
        return (logPath, actorsPath)
    }
}

/// Writes the text `produce` emits to `path` through a 1 MiB buffer: memory stays one buffer
/// whatever the file's size (ten million rows are about 600 MB of text).
private func writeStreaming(to path: String, _ produce: ((String) throws -> Void) throws -> Void) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
    defer { try? file.close() }
    var buffer = Data()
    buffer.reserveCapacity(1 << 20)
    try produce { line in
        buffer.append(contentsOf: line.utf8)
        if buffer.count >= 1 << 20 { try file.write(contentsOf: buffer); buffer.removeAll(keepingCapacity: true) }
    }
    try file.write(contentsOf: buffer)
}

private func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}

private func formatNumber(_ x: Double) -> String {
    x == x.rounded() ? String(Int(x)) : String(x)
}

/// Quotes a CSV field when it contains the separator, a quote or a line break.
func csvField(_ s: String, _ sep: String) -> String {
    if s.contains(sep) || s.contains("\"") || s.contains("\n") || s.contains("\r") {
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
}
