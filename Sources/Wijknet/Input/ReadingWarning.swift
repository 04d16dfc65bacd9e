/// Something the user should know about how the files were read that did not stop the run
/// (issue 23: messages as data). A typed value with its figures; ``text(_:)`` words it in
/// Dutch or English — the one catalogue of these sentences — and never names a command-line
/// flag, so the CLI, `summary`, `validate` and the page word the same fact alike. Young people
/// are only ever counted here; the only cells quoted are column names that cannot be a young
/// person's (see ``InputIssue/revealCells(unless:)``).
public enum ReadingWarning: Sendable, Equatable, Codable {
    /// Header cells no known column matches; `names` quoted where they cannot be a young person's.
    case ignoredColumns(file: String, count: Int, names: String, contactLog: Bool)
    /// The actors file has its header row and nothing else.
    case actorsHeaderOnly(file: String)
    /// Invalid rows of the actors file skipped; `keptAsYouth` of them named a young person.
    case actorRowsSkipped(file: String, count: Int, keptAsYouth: Int)
    /// Rows of the actors file without a kind, which the log's columns then gave.
    case rowsWithoutKind(file: String, count: Int)
    /// Ids of the log the actors file does not list (or no actors file), by inferred kind.
    case kindsInferred(ids: Int, actorsFile: Bool, partners: Int, places: Int, youth: Int)
    /// Undeclared ids found under more than one kind of column.
    case severalKindsOfColumn(ids: Int)
    /// Rows naming one actor in two columns (that pair is no tie).
    case repeatedActor(rows: Int)
    /// A line that repeats the header (two exports pasted together?) and how many more.
    case repeatedHeader(file: String, line: Int, more: Int)
    /// Weights written like `1.000` read as 1,0 in a file that also has decimal commas.
    case dotThousands(file: String, count: Int, line: Int)
    /// Fields that were not UTF-8, read as Windows-1252.
    case windows1252(fields: Int)
    /// Invalid rows skipped because skipping was asked for.
    case rowsSkipped(count: Int)
    /// A column mapping for a contact log given with a graph file, whose edges have no columns.
    case logColumnsNotUsed(file: String, format: String)
    /// Sheets of a workbook read whole (a partner survey) passed over for want of the columns
    /// respondent and partner; `names` the sheets' names.
    case sheetsPassedOver(file: String, count: Int, names: String)

    /// The sentence in `lang`.
    public func text(_ lang: Language) -> String {
        let nl = lang == .nl
        func n(_ k: Int, _ one: String, _ many: String) -> String { "\(k) \(k == 1 ? one : many)" }
        switch self {
        case let .ignoredColumns(file, count, names, contactLog):
            let known = contactLog
                ? (nl ? " Bekende kolommen: datum, van, naar, over, plek, soort en gewicht (of hun Engelse namen)."
                      : " Known columns: date/datum, source/van, target/naar, about/over, place/plek, type/soort, weight/gewicht.")
                : ""
            return nl ? "\(file): \(n(count, "kolom", "kolommen")) die Wijknet niet kent genegeerd: \(names).\(known)"
                      : "\(file): ignored \(count) column(s) Wijknet does not know: \(names).\(known)"
        case let .actorsHeaderOnly(file):
            return nl ? "\(file): het actorenbestand heeft een kopregel maar geen actoren." : "\(file): the actors file has a header but no actors."
        case let .actorRowsSkipped(file, count, kept):
            if nl {
                let why = kept > 0 ? " (\(kept) daarvan \(kept == 1 ? "noemt" : "noemen") een jongere; die id is als jongere gehouden)" : ""
                return "\(file): \(n(count, "ongeldige regel", "ongeldige regels")) in het actorenbestand overgeslagen\(why)."
            }
            let why = kept > 0 ? " (\(kept) of them name a young person, whose id was kept as youth)" : ""
            return "\(file): \(count) invalid actor row(s) skipped\(why)."
        case let .rowsWithoutKind(file, count):
            return nl
                ? "\(file): \(n(count, "regel", "regels")) in het actorenbestand \(count == 1 ? "heeft" : "hebben") geen soort; die is uit het logboek afgeleid: een jongere als de id in de kolom over staat, een plek als alleen in de kolom plek; zonder domein en nergens in het logboek genoemd een jongere (privacy eerst); anders een partner."
                : "\(file): \(count) actor row(s) have no kind; each was taken from the log: a young person when its id is in the about/over column, a place when only in the place/plek column; without a domain and named nowhere in the log, a young person (privacy first); else a partner."
        case let .kindsInferred(ids, actorsFile, partners, places, youth):
            if nl {
                let counts = [(partners, "partner", "partners"), (places, "plek", "plekken"), (youth, "jongere", "jongeren")]
                    .filter { $0.0 > 0 }.map { n($0.0, $0.1, $0.2) }.joined(separator: ", ")
                let base = actorsFile ? "\(n(ids, "id", "ids")) in het logboek \(ids == 1 ? "staat" : "staan") niet in het actorenbestand"
                                      : "geen actorenbestand gegeven: \(n(ids, "id", "ids"))"
                return "\(base); de soort is afgeleid uit de kolom waarin \(ids == 1 ? "hij staat" : "ze staan") (over → jongere, plek → plek, van/naar → partner met onbekend domein): \(counts)."
            }
            let counts = [(partners, "partner"), (places, "place"), (youth, "youth")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            let base = actorsFile ? "\(ids) id(s) in the log are not in the actors file" : "no actors file given: \(ids) id(s)"
            return "\(base); their kind was inferred from the column they appear in (about → youth, place → place, source/target → partner with domain unknown): \(counts)."
        case let .severalKindsOfColumn(ids):
            return nl
                ? "\(n(ids, "id", "ids")) zonder regel in het actorenbestand \(ids == 1 ? "staat" : "staan") in meer dan één soort kolom; elk is als jongere gelezen als hij onder over staat, anders als plek als hij onder plek staat. Zet ze in een actorenbestand om zeker te zijn."
                : "\(ids) undeclared id(s) appear in more than one kind of column; each was treated as youth if it appears under about, else as place if under place. Declare them in an actors file to be sure."
        case let .repeatedActor(rows):
            return nl
                ? "\(n(rows, "regel noemt", "regels noemen")) dezelfde actor in twee kolommen; een actor heeft geen verbinding met zichzelf, dus dat paar telt niet mee (de andere paren van de regel wel)."
                : "\(rows) row(s) name the same actor in two columns; an actor is not tied to itself, so that pair is not an edge (the other pairs of the row count)."
        case let .repeatedHeader(file, line, more):
            return nl
                ? "\(file): regel \(line) herhaalt de kopregel\(more > 0 ? " (en nog \(n(more, "regel", "regels")))" : "") — twee exports aan elkaar geplakt? De regels erna zijn gelezen met de kolomvolgorde van die kopregel."
                : "\(file): line \(line) repeats the header\(more > 0 ? " (and \(more) more line(s))" : "") — two exports pasted together? The rows after it were read with its column order."
        case let .dotThousands(file, count, line):
            return nl
                ? "\(file): \(n(count, "gewicht", "gewichten")) zoals dat op regel \(line) \(count == 1 ? "is" : "zijn") geschreven als 1.000 en gelezen met de punt als decimaalteken (1,0), maar het bestand heeft ook decimale komma's: controleer of duizend bedoeld was."
                : "\(file): \(count) weight(s) such as the one on line \(line) were written like 1.000 and read with the dot as decimal mark (1,0), but the file also has decimal commas: check whether a thousand was meant."
        case let .windows1252(fields):
            return nl
                ? "\(n(fields, "veld was", "velden waren")) geen geldige UTF-8 en \(fields == 1 ? "is" : "zijn") gelezen als Windows-1252; controleer de letters met accenten."
                : "\(fields) field(s) were not valid UTF-8 and were read as Windows-1252."
        case let .rowsSkipped(count):
            return nl ? "\(n(count, "ongeldige regel", "ongeldige regels")) overgeslagen, zoals gevraagd." : "\(count) invalid row(s) skipped, as asked."
        case let .logColumnsNotUsed(file, format):
            return nl
                ? "\(file) is gelezen als \(format): de koppeling van kolommen van een contactlogboek is niet gebruikt, want de verbindingen hebben geen kolommen. Eigenschappen van de knopen koppelt u als kolommen van het actorenbestand."
                : "\(file) is read as \(format): the column mapping of a contact log was not used, since its edges have no columns. Node attributes are mapped as the actors file's columns."
        case let .sheetsPassedOver(file, count, names):
            return nl
                ? "\(file): \(n(count, "werkblad", "werkbladen")) zonder de kolommen respondent en partner \(count == 1 ? "is" : "zijn") overgeslagen: \(names)."
                : "\(file): passed over \(count) sheet(s) without the columns respondent and partner: \(names)."
        }
    }
}

/// How the input was read where the file left a choice — the order of day and month — as a
/// typed value (issue 23); ``text(_:)`` words it, without naming a command-line flag.
public enum ReadingNote: Sendable, Equatable, Codable {
    /// No date could tell; read day-first, the Dutch order (`line`: one such date).
    case dayFirstAssumed(file: String, line: Int)
    /// A date past the 12th in the second place: read month-first.
    case monthFirst(file: String, line: Int)
    /// A graph from another tool (``ContactLog/undated``): its format, counts, whether it said
    /// its edges are directed, and the actors file that described the actors instead of its nodes.
    case importedGraph(file: String, format: String, nodes: Int, edges: Int, directed: Bool, actorsFile: String?)
    /// A CSV with source and target and no date: a plain edge list (``ContactLog/undated``).
    case edgeList(file: String)

    public func text(_ lang: Language) -> String {
        switch (self, lang) {
        case let (.importedGraph(file, format, nodes, edges, directed, actors), .nl):
            "\(file) is gelezen als \(format): \(nodes) \(nodes == 1 ? "knoop" : "knopen") en \(edges) \(edges == 1 ? "verbinding" : "verbindingen"), zonder datums: elke verbinding telt als één contact, alles in één periode. Cijfers over de tijd (een periode kiezen, per periode vergelijken) vragen een logboek met datums."
                + (directed ? " Het bestand noemt de verbindingen gericht; Wijknet leest elke verbinding ongericht." : "")
                + (actors.map { " De actoren komen uit \($0); de eigenschappen van de knopen in \(file) zijn niet gelezen." } ?? "")
        case let (.importedGraph(file, format, nodes, edges, directed, actors), .en):
            "\(file) was read as \(format): \(nodes) node(s) and \(edges) edge(s), without dates: each edge is one tie, all in one period. Figures over time (choosing a period, comparing periods) need a log with dates."
                + (directed ? " The file says its edges are directed; Wijknet reads every tie as undirected." : "")
                + (actors.map { " The actors are described by \($0); the node attributes of \(file) were not read." } ?? "")
        case let (.edgeList(file), .nl):
            "\(file) heeft geen kolom datum: het is gelezen als lijst van verbindingen (van, naar, gewicht), elke regel één verbinding zonder datum, alles in één periode. Cijfers over de tijd vragen een logboek met datums."
        case let (.edgeList(file), .en):
            "\(file) has no date column: it was read as an edge list (source, target, weight), each row one tie without a date, all in one period. Figures over time need a log with dates."
        case let (.dayFirstAssumed(file, line), .nl):
            "\(file): geen datum in het bestand laat zien of de dag of de maand eerst komt (zoals die op regel \(line)); ze zijn gelezen met de dag eerst (DD-MM-JJJJ), de Nederlandse volgorde. Staat de maand eerst, kies dan de datumnotatie MM-DD-JJJJ."
        case let (.dayFirstAssumed(file, line), .en):
            "\(file): no date in the file tells whether the day or the month comes first (such as the one on line \(line)); they were read day-first (DD-MM-YYYY), the Dutch order. If they are month-first, choose the date format MM-DD-YYYY."
        case let (.monthFirst(file, line), .nl):
            "\(file): de datums zijn gelezen met de maand eerst (MM-DD-JJJJ), zoals regel \(line) laat zien (het tweede getal is groter dan 12)."
        case let (.monthFirst(file, line), .en):
            "\(file): dates were read month-first (MM-DD-YYYY), as line \(line) shows (its second number is above 12)."
        }
    }
}
