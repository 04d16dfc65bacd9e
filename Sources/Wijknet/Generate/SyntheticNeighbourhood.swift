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
    /// Log rows: (day, minute of day, source, target, about, place, type, weight), indices into actors; -1 none.
    public private(set) var rows: [(day: Int, minute: Int, source: Int, target: Int, about: Int, place: Int, type: String, weight: Double)] = []

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
        var out: [(Int, Int, Int, Int, Int, Int, String, Double)] = []
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
                out.append((day, minute, p, -1, y, rng.pick(lifePlaces[k]), "activiteit", w))
            } else if kind < 50 {
                // School: the school's care coordinator and the youth worker (the only bridge to care).
                out.append((day, minute, school, bridge, y, places[1 % places.count], "overleg", w))
            } else if kind < 62 {
                // Case discussion about a young person between two of its partners — mostly within a domain.
                guard circle.count >= 2 else { out.append((day, minute, circle[0], wijkteam, y, -1, "casusoverleg", w)); continue }
                let a = circle[rng.below(circle.count)]
                var b = circle[rng.below(circle.count)]
                if a == b || (actors[a].domain != actors[b].domain && rng.chance(0.7)) {
                    b = circle.first { $0 != a && actors[$0].domain == actors[a].domain } ?? (rng.chance(0.5) ? wijkteam : a)
                }
                if a == b { out.append((day, minute, a, -1, y, rng.pick(lifePlaces[k]), "activiteit", w)); continue }
                out.append((day, minute, a, b, y, -1, "casusoverleg", w))
            } else if kind < 72 {
                // Signal: a partner notices something; followed up by another domain within days, or not.
                let p = rng.pick(circle)
                out.append((day, minute, p, -1, y, rng.pick(lifePlaces[k]), "signaal", 1))
                if rng.chance(0.55) && out.count < parameters.rows {
                    let other = actors[p].domain == .care ? (safety.isEmpty ? social : safety) : (care.isEmpty ? social : care)
                    let q = rng.pick(other)
                    let later = min(parameters.startDay + days - 1, day + 1 + rng.below(20))
                    out.append((later, minute, q, p, y, -1, "verwijzing", 1))
                }
            } else if kind < 80 {
                // Referral to care, mostly via the neighbourhood team.
                let q = care.isEmpty ? wijkteam : rng.pick(care)
                out.append((day, minute, wijkteam, q, y, -1, "verwijzing", w))
            } else if kind < 86 {
                // Sports club: the trainer sees the young person; no contact with the neighbourhood team ever.
                out.append((day, minute, club, -1, y, places[min(3, places.count - 1)], "activiteit", w))
            } else if kind < 94 {
                // Partner meetings within a domain (network meetings), sometimes at a place.
                let pool = [social, care, safety][rng.below(3)]
                guard pool.count >= 2 else { continue }
                let a = rng.pick(pool), b = rng.pick(pool)
                if a == b { out.append((day, minute, a, wijkteam == a ? bridge : wijkteam, -1, -1, "overleg", w)); continue }
                out.append((day, minute, a, b, -1, rng.chance(0.3) ? rng.pick(places) : -1, "overleg", w))
            } else if kind < 97 {
                // Safety domain on the street: police and enforcement, rarely with care.
                let a = safety.isEmpty ? wijkteam : rng.pick(safety)
                out.append((day, minute, a, rng.chance(0.2) ? wijkteam : -1, y, places[places.count - 1], "signaal", 1))
            } else {
                // The undeclared partner (kind inferred) talks with the neighbourhood team.
                out.append((day, minute, undeclaredIndex, wijkteam, -1, -1, r % 2 == 0 ? "overleg" : "Overleg", 1))
            }
        }
        // Stable order: by day, minute, then generation order.
        let order = out.indices.sorted { (out[$0].0, out[$0].1, $0) < (out[$1].0, out[$1].1, $1) }
        self.rows = order.map { out[$0] }.map { (day: $0.0, minute: $0.1, source: $0.2, target: $0.3, about: $0.4, place: $0.5, type: $0.6, weight: $0.7) }
        _ = undeclaredPartner
    }

    private func id(_ i: Int) -> String { i == -2 ? "p-onbekend" : i >= 0 ? actors[i].id : "" }

    // MARK: Writing

    /// The contact log as CSV text in `style`.
    public func logCSV(style: Style) -> String {
        let excel = style == .excel
        let sep = excel ? ";" : ","
        let eol = excel ? "\r\n" : "\n"
        var s = excel ? "\u{FEFF}" : ""
        s += (excel ? ["datum", "van", "naar", "over", "plek", "soort", "gewicht"] : ["date", "source", "target", "about", "place", "type", "weight"]).joined(separator: sep) + eol
        for r in rows {
            let date = excel ? Calendar.dutchDate(r.day) : Calendar.isoDate(r.day)
            let time = r.minute >= 0 && r.type == "casusoverleg" ? (excel ? " " : "T") + "\(pad(r.minute / 60, 2)):\(pad(r.minute % 60, 2))" : ""
            var weight = r.weight == 1 ? "" : formatNumber(r.weight)
            if excel { weight = weight.replacingOccurrences(of: ".", with: ",") }
            s += [date + time, id(r.source), id(r.target), id(r.about), id(r.place), r.type, weight].map { csvField($0, sep) }.joined(separator: sep) + eol
        }
        return s
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
            try Data(logCSV(style: style).utf8).write(to: URL(fileURLWithPath: logPath))
            try Data(actorsCSV(style: style).utf8).write(to: URL(fileURLWithPath: actorsPath))
        } catch {
            throw WijknetError.io(path: directory, reason: "cannot write the generated files: \(error.localizedDescription)")
        }
        return (logPath, actorsPath)
    }
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
