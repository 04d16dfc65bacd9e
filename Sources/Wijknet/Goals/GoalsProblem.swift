/// What is wrong in a goals file (TOML), as a typed value (issue 23); ``words(_:)`` is its one
/// catalogue, in Dutch and English, the English as `wijknet goals` has always printed it. An
/// ``InputProblem/goals(_:)`` in an ``InputIssue``, which says where.
///
/// **Privacy.** A goal named like a young person is called by its number (``GoalLabel/number(_:)``)
/// and an unknown id that is a young person's is not quoted (`id` `nil`): the reader decides.
public enum GoalsProblem: Sendable, Hashable {
    /// The header check found a missing value (`isValue`) or a table header without a name;
    /// `found` the character found instead (`nil`: the end of the line).
    case tomlHeader(isValue: Bool, found: String?)
    /// The TOML parser's complaint (its own English, not shown in Dutch: the place says where).
    case toml(String)
    case topLevelKey(String)
    case goalNotAList
    case noGoals
    /// Goal `index` (0-based) is not a table.
    case notATable(index: Int)
    case nameTwice(String)
    case withoutName(index: Int)
    case notAString(GoalLabel, key: String, found: TOMLKind)
    /// A list of `count` strings (at least 2 when `nil`) wanted; `found` what stood there when it
    /// is no list.
    case notStrings(GoalLabel, key: String, count: Int?, found: TOMLKind?)
    case notANumber(GoalLabel, key: String, found: TOMLKind)
    /// An id in neither file; `id` `nil` when it is a young person's; `example` a partner's id.
    case unknownActor(GoalLabel, id: String?, example: String)
    case namesYoungPerson(GoalLabel, key: String)
    case wrongKind(GoalLabel, id: String, kind: ActorKind, wanted: [ActorKind])
    case unknownKey(GoalLabel, key: String)
    case unknownMeasure(GoalLabel, String)
    case withoutMeasure(GoalLabel)
    case keyOfOtherMeasure(GoalLabel, key: String, measure: String)
    /// Measure `measure` needs `key`; `example` a line that gives it (`metric = "betweenness"`).
    case measureNeeds(GoalLabel, measure: String, key: String, example: String)
    /// An unknown domain, in `domains` or (`inScope`) in the scope.
    case unknownDomain(GoalLabel, String, inScope: Bool)
    case unknownMetric(GoalLabel, String)
    /// `signal_days` not a whole number of days; `found` what stood there when not a whole number.
    case signalDays(GoalLabel, found: TOMLKind?)
    case noSuchNeighbourhood(GoalLabel, String)
    case unknownScope(GoalLabel, String)
    case scopeNotATable(GoalLabel)
    case tieWithTarget(GoalLabel, key: String)
    case bothTargets(GoalLabel)
    case withoutTarget(GoalLabel)
}

/// How a message names a goal: by its name, or by its number when it has none or when its name
/// is a young person's.
public enum GoalLabel: Sendable, Hashable {
    /// `goal 'Korte lijnen'`.
    case named(String)
    /// `goal 3` (1-based).
    case number(Int)
    /// `goal '3'`: a goal without a name (as the English has always said it).
    case unnamed(Int)

    func words(_ lang: Language) -> String {
        let goal = lang == .nl ? "doel" : "goal"
        switch self {
        case .named(let name): return "\(goal) '\(quotedCell(name))'"
        case .number(let n): return "\(goal) \(n)"
        case .unnamed(let n): return lang == .nl ? "doel \(n)" : "goal '\(n)'"
        }
    }
}

/// What a TOML value is, for a message: `a string`, `een tekst`.
public enum TOMLKind: Sendable, Hashable {
    case string, integer, number, bool, list, table, dateOrTime

    func words(_ lang: Language) -> String {
        switch (self, lang) {
        case (.string, .en): "a string"
        case (.integer, .en): "an integer"
        case (.number, .en): "a number"
        case (.bool, .en): "true or false"
        case (.list, .en): "a list"
        case (.table, .en): "a table"
        case (.dateOrTime, .en): "a date or time"
        case (.string, .nl): "een tekst"
        case (.integer, .nl): "een geheel getal"
        case (.number, .nl): "een getal"
        case (.bool, .nl): "true of false"
        case (.list, .nl): "een lijst"
        case (.table, .nl): "een tabel"
        case (.dateOrTime, .nl): "een datum of tijd"
        }
    }
}

extension GoalsProblem {
    /// What is wrong and how to fix it, in `lang`.
    public func words(_ lang: Language) -> (message: String, fix: String) {
        lang == .nl ? dutch : english
    }

    private static var measures: String { Goal.Measure.allCases.map(\.rawValue).joined(separator: ", ") }
    private static var metrics: String { Goal.Metric.allCases.map(\.rawValue).joined(separator: ", ") }
    private static let tomlFix = "write each goal as a [[goal]] table of `key = value` lines; strings in double quotes, lists in [ ]."
    private static let tomlFixNL = "schrijf elk doel als een tabel [[goal]] met regels `sleutel = waarde`; teksten tussen dubbele aanhalingstekens, lijsten tussen [ ]."
    private static let scopeFix = "write scope = { place = \"…\" }, { neighbourhood = \"…\" } or { domain = \"…\" }."
    private static let scopeFixNL = "schrijf scope = { place = \"…\" }, { neighbourhood = \"…\" } of { domain = \"…\" }."
    private static let domainFix = "use social, care or safety (or sociaal, zorg, veiligheid)."
    private static let domainFixNL = "schrijf sociaal, zorg of veiligheid (of social, care, safety)."

    /// `'a', 'b'`: file tokens quoted, so a Dutch sentence holds them as names, not as words.
    private static func quoted(_ list: [String]) -> String { list.map { "'\($0)'" }.joined(separator: ", ") }

    private var english: (message: String, fix: String) {
        switch self {
        case let .tomlHeader(isValue, found):
            let f = found.map { "'\(quotedCell($0))'" } ?? "the end of the line"
            return ("this is not valid TOML: " + (isValue ? "a value is missing before \(f)" : "a table header needs a name after its '[' or '[[', found \(f)") + ".", Self.tomlFix)
        case let .toml(what):
            return ("this is not valid TOML: \(what).", Self.tomlFix)
        case let .topLevelKey(key):
            return ("unknown top-level key '\(quotedCell(key))'.", "put every setting inside a [[goal]] table; the file holds only [[goal]] tables.")
        case .goalNotAList:
            return ("'goal' must be a list of tables.", "start each goal with a [[goal]] header line.")
        case .noGoals:
            return ("the goals file has no goals.", "add a [[goal]] table with name, measure and a target (at_least or at_most).")
        case let .notATable(index):
            return ("goal \(index + 1) is not a table.", "start each goal with a [[goal]] header line.")
        case let .nameTwice(name):
            return ("two goals are called '\(quotedCell(name))'.", "give every goal its own name.")
        case let .withoutName(index):
            return ("goal \(index + 1) has no name.", "add name = \"…\" under its [[goal]] header.")
        case let .notAString(label, key, found):
            return ("\(label.words(.en)): '\(key)' must be a string in double quotes, not \(found.words(.en)).", "write \(key) = \"…\".")
        case let .notStrings(label, key, count, found):
            let want = count.map { "a list of \($0) strings" } ?? "a list of at least 2 strings"
            return ("\(label.words(.en)): '\(key)' must be \(want)\(found.map { ", not \($0.words(.en))" } ?? "").",
                    key == "between" ? "write between = [\"p-0001\", \"care\"] (actor ids or domains)." : "write domains = [\"social\", \"care\"].")
        case let .notANumber(label, key, found):
            return ("\(label.words(.en)): '\(key)' must be a number, not \(found.words(.en)).", "write \(key) = 80 (a number without quotes).")
        case let .unknownActor(label, id, example):
            return ("\(label.words(.en)): unknown actor id \(id.map { "'\(quotedCell($0))'" } ?? "an id"): not in the log or the actors file.",
                    "use an id from the actors file (a partner or a place), e.g. \(example).")
        case let .namesYoungPerson(label, key):
            return ("\(label.words(.en)): '\(key)' names a young person; goals are about partners and places, never about one young person.", "use a partner or place id instead.")
        case let .wrongKind(label, id, kind, wanted):
            let w = wanted.map(\.rawValue).joined(separator: " or ")
            return ("\(label.words(.en)): '\(quotedCell(id))' is a \(kind.rawValue), not a \(w).", "use the id of a \(w).")
        case let .unknownKey(label, key):
            return ("\(label.words(.en)): unknown key '\(quotedCell(key))'.", "use only \(GoalsFile.keys.joined(separator: ", ")).")
        case let .unknownMeasure(label, m):
            return ("\(label.words(.en)): unknown measure '\(quotedCell(m))'.", "use one of \(Self.measures).")
        case let .withoutMeasure(label):
            return ("\(label.words(.en)) has no measure.", "add measure = \"…\": one of \(Self.measures).")
        case let .keyOfOtherMeasure(label, key, measure):
            return ("\(label.words(.en)): '\(key)' does not belong to measure \(measure).", "remove \(key), or change the measure.")
        case let .measureNeeds(label, measure, key, example):
            return ("\(label.words(.en)): measure \(measure) needs '\(key)'.", "add \(example)" + (key == "between" ? " (actor ids or domains)" : "") + ".")
        case let .unknownDomain(label, d, inScope):
            return ("\(label.words(.en)): unknown domain '\(quotedCell(d))'\(inScope ? " in scope" : "").", Self.domainFix)
        case let .unknownMetric(label, m):
            return ("\(label.words(.en)): unknown metric '\(quotedCell(m))'.", "use one of \(Self.metrics).")
        case let .signalDays(label, found):
            return ("\(label.words(.en)): 'signal_days' must be a whole number of days (0 or more)\(found.map { ", not \($0.words(.en))" } ?? "").", "write signal_days = 14.")
        case let .noSuchNeighbourhood(label, n):
            return ("\(label.words(.en)): no actor has neighbourhood '\(quotedCell(n))'.", "use a neighbourhood from the actors file's neighbourhood column.")
        case let .unknownScope(label, key):
            return ("\(label.words(.en)): unknown scope '\(quotedCell(key))'.", Self.scopeFix)
        case let .scopeNotATable(label):
            return ("\(label.words(.en)): 'scope' must be a table with one string: place, neighbourhood or domain.", Self.scopeFix)
        case let .tieWithTarget(label, key):
            return ("\(label.words(.en)): a tie goal has no '\(key)': it is met when the tie exists.", "remove \(key).")
        case let .bothTargets(label):
            return ("\(label.words(.en)) has both at_least and at_most.", "keep exactly one target: at_least or at_most.")
        case let .withoutTarget(label):
            return ("\(label.words(.en)) has no target.", "add at_least = N or at_most = N.")
        }
    }

    private var dutch: (message: String, fix: String) {
        switch self {
        case let .tomlHeader(isValue, found):
            let f = found.map { "'\(quotedCell($0))'" } ?? "het einde van de regel"
            return ("dit is geen geldige TOML: " + (isValue ? "er ontbreekt een waarde vóór \(f)" : "een tabelkop heeft een naam nodig na '[' of '[[', gevonden: \(f)") + ".", Self.tomlFixNL)
        case .toml:
            return ("dit is geen geldige TOML (zie de regel en de kolom).", Self.tomlFixNL)
        case let .topLevelKey(key):
            return ("onbekende sleutel '\(quotedCell(key))' buiten een doel.", "zet elke instelling in een tabel [[goal]]; het bestand bevat alleen tabellen [[goal]].")
        case .goalNotAList:
            return ("'goal' moet een lijst van tabellen zijn.", "begin elk doel met een kopregel [[goal]].")
        case .noGoals:
            return ("het doelenbestand heeft geen doelen.", "voeg een tabel [[goal]] toe met 'name', 'measure' en een streefwaarde ('at_least' of 'at_most').")
        case let .notATable(index):
            return ("doel \(index + 1) is geen tabel.", "begin elk doel met een kopregel [[goal]].")
        case let .nameTwice(name):
            return ("twee doelen heten '\(quotedCell(name))'.", "geef elk doel een eigen naam.")
        case let .withoutName(index):
            return ("doel \(index + 1) heeft geen naam.", "zet name = \"…\" onder de kopregel [[goal]].")
        case let .notAString(label, key, found):
            return ("\(label.words(.nl)): '\(key)' moet een tekst tussen dubbele aanhalingstekens zijn, niet \(found.words(.nl)).", "schrijf \(key) = \"…\".")
        case let .notStrings(label, key, count, found):
            let want = count.map { "een lijst van \($0) teksten" } ?? "een lijst van minstens 2 teksten"
            return ("\(label.words(.nl)): '\(key)' moet \(want) zijn\(found.map { ", niet \($0.words(.nl))" } ?? "").",
                    key == "between" ? "schrijf between = [\"p-0001\", \"care\"] (ids van actoren of domeinen)." : "schrijf domains = [\"social\", \"care\"].")
        case let .notANumber(label, key, found):
            return ("\(label.words(.nl)): '\(key)' moet een getal zijn, niet \(found.words(.nl)).", "schrijf \(key) = 80 (een getal zonder aanhalingstekens).")
        case let .unknownActor(label, id, example):
            return ("\(label.words(.nl)): onbekende id \(id.map { "'\(quotedCell($0))'" } ?? "van een actor"): niet in het logboek of het actorenbestand.",
                    "gebruik een id uit het actorenbestand (een partner of een plek), bijvoorbeeld \(example).")
        case let .namesYoungPerson(label, key):
            return ("\(label.words(.nl)): '\(key)' noemt een jongere; doelen gaan over partners en plekken, nooit over één jongere.", "gebruik de id van een partner of plek.")
        case let .wrongKind(label, id, kind, wanted):
            let w = wanted.map(Self.dutchKind).joined(separator: " of ")
            return ("\(label.words(.nl)): '\(quotedCell(id))' is een \(Self.dutchKind(kind)), geen \(w).", "gebruik de id van een \(w).")
        case let .unknownKey(label, key):
            return ("\(label.words(.nl)): onbekende sleutel '\(quotedCell(key))'.", "gebruik alleen \(Self.quoted(GoalsFile.keys)).")
        case let .unknownMeasure(label, m):
            return ("\(label.words(.nl)): onbekende maat '\(quotedCell(m))'.", "kies een van \(Self.quoted(Goal.Measure.allCases.map(\.rawValue))).")
        case let .withoutMeasure(label):
            return ("\(label.words(.nl)) heeft geen maat.", "zet measure = \"…\": een van \(Self.quoted(Goal.Measure.allCases.map(\.rawValue))).")
        case let .keyOfOtherMeasure(label, key, measure):
            return ("\(label.words(.nl)): '\(key)' hoort niet bij de maat '\(measure)'.", "haal '\(key)' weg, of kies een andere maat.")
        case let .measureNeeds(label, measure, key, example):
            return ("\(label.words(.nl)): de maat '\(measure)' vraagt '\(key)'.", "zet \(example)" + (key == "between" ? " (ids van actoren of domeinen)" : "") + ".")
        case let .unknownDomain(label, d, inScope):
            return ("\(label.words(.nl)): onbekend domein '\(quotedCell(d))'\(inScope ? " in 'scope'" : "").", Self.domainFixNL)
        case let .unknownMetric(label, m):
            return ("\(label.words(.nl)): onbekende maat '\(quotedCell(m))' bij 'metric'.", "kies een van \(Self.quoted(Goal.Metric.allCases.map(\.rawValue))).")
        case let .signalDays(label, found):
            return ("\(label.words(.nl)): 'signal_days' moet een heel aantal dagen zijn (0 of meer)\(found.map { ", niet \($0.words(.nl))" } ?? "").", "schrijf signal_days = 14.")
        case let .noSuchNeighbourhood(label, n):
            return ("\(label.words(.nl)): geen actor heeft de wijk '\(quotedCell(n))'.", "gebruik een wijk uit de kolom wijk van het actorenbestand.")
        case let .unknownScope(label, key):
            return ("\(label.words(.nl)): onbekende afbakening '\(quotedCell(key))' bij 'scope'.", Self.scopeFixNL)
        case let .scopeNotATable(label):
            return ("\(label.words(.nl)): 'scope' moet een tabel zijn met één tekst: 'place', 'neighbourhood' of 'domain'.", Self.scopeFixNL)
        case let .tieWithTarget(label, key):
            return ("\(label.words(.nl)): een doel over een verbinding heeft geen '\(key)': het is gehaald als de verbinding er is.", "haal '\(key)' weg.")
        case let .bothTargets(label):
            return ("\(label.words(.nl)) heeft zowel 'at_least' als 'at_most'.", "houd precies één streefwaarde: 'at_least' of 'at_most'.")
        case let .withoutTarget(label):
            return ("\(label.words(.nl)) heeft geen streefwaarde.", "zet at_least = N of at_most = N.")
        }
    }

    private static func dutchKind(_ kind: ActorKind) -> String {
        switch kind { case .partner: "partner"; case .place: "plek"; case .youth: "jongere" }
    }
}
