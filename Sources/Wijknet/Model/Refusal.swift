#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A request the data or the command cannot answer, as a typed value with its parameters (issue
/// 23: messages as data): ``WijknetError/invalidRequest(_:)`` (exit 64) and
/// ``WijknetError/unanswerable(_:)`` (exit 65) carry one. ``text(_:_:)`` is the one catalogue of
/// these sentences, in Dutch and English. The library names no command-line flag: where the
/// way out is a setting, `wording` names it (``ProblemWording/setting(_:_:)``) — the CLI as its
/// option, the page as its field, the library as a noun.
///
/// **Privacy.** An id the user typed (``unknownActor(_:)``) is shown through ``quotedCell(_:)``;
/// an id or pseudonym of a young person is never part of a refusal.
public enum Refusal: Sendable, Hashable {
    // MARK: Requests that do not fit the data (exit 64)
    /// An id to leave out that names no actor of the ecosystem.
    case unknownActor(String)
    /// A what-if with nothing to leave out and nothing to add.
    case nothingToChange
    /// A tie to add between two actors, one of which is left out.
    case addedTieLeftOut(String, String)
    /// An attribute to group by that actors do not have; `known` those they have.
    case unknownGroupAttribute(String, known: [String])
    /// `k` key players out of `partners` partners.
    case keyPlayerCount(k: Int, partners: Int)
    /// `k` key players leave fewer than two actors for fragmentation.
    case fragmentationNeedsTwo(k: Int)
    /// A reach distance below 1.
    case reachDistance(Int)
    /// A setting about time (``Setting/from``, ``Setting/to``, ``Setting/period``) on a log without dates.
    case needsDates(Setting, file: String)
    /// No actor has a unit at `level`.
    case noUnits(UnitLevel)
    /// No unit `name` at `level`; `names` those there are.
    case noSuchUnit(UnitLevel, name: String, names: [String])
    /// A CSV summary of one period.
    case csvNeedsPeriod
    /// The key list asked for without a key.
    case keyListNeedsKey
    /// A date format that is no order of day and month.
    case dateFormat(String)
    /// A size measure for a diagram that is none; `known` those there are.
    case unknownSizeMeasure(String, known: [String])
    /// A place for a diagram that is not in the period.
    case noSuchPlace(String)
    /// An actor for an ego diagram that is not in the period (the id is not repeated: it may be a young person's).
    case noSuchActor
    /// A library user's gaps view without the gaps analysis (`ViewOptions.gaps`).
    case gapsViewNeedsAnalysis
    /// A library user's node sizes: `given` values for `actors` actors.
    case sizesCount(given: Int, actors: Int)
    /// A library user's view sized by `measure` without the values (`ViewOptions.sizes`).
    case sizesMissing(measure: String)
    /// Graphviz could not lay out or render a diagram: the step and Graphviz's own message.
    case diagram(step: String, message: String)

    // MARK: Conditions of the data (exit 65)
    /// Key players asked of a log without partners.
    case noPartnersForKeyPlayers
    /// Reach asked of a log without young people.
    case noYoungPeopleToReach
    /// A survey template for fewer than two partners.
    case tooFewSurveyPartners(Int)

    /// The sentence in `lang`, a setting named by `wording`.
    public func text(_ lang: Language, _ wording: any ProblemWording = PlainWording()) -> String {
        lang == .nl ? dutch(wording) : english(wording)
    }

    private func english(_ w: any ProblemWording) -> String {
        func s(_ setting: Setting) -> String { w.setting(setting, .en) }
        switch self {
        case let .unknownActor(id): return "unknown actor id '\(quotedCell(id))'."
        case .nothingToChange: return "nothing to change: name the actors to leave out and/or the ties to add."
        case let .addedTieLeftOut(a, b): return "the tie \(quotedCell(a))–\(quotedCell(b)) to add has an actor that is left out."
        case let .unknownGroupAttribute(name, known): return "unknown attribute '\(quotedCell(name))' to group by; use one of \(known.joined(separator: ", "))."
        case let .keyPlayerCount(k, partners): return "a set of \(k) key players: choose between 1 and the number of partners (\(partners))."
        case let .fragmentationNeedsTwo(k): return "a set of \(k) key players: fragmentation needs at least two actors left."
        case let .reachDistance(d): return "a reach distance of \(d): at least 1."
        case let .needsDates(setting, file):
            return "\(s(setting)) needs contacts with dates, and \(file) has none (a graph file or an edge list is one period). Leave out \(s(setting)), or give a contact log with a date column."
        case let .noUnits(level):
            return "no actor has a \(level.rawValue): add a \(level == .neighbourhood ? "neighbourhood/wijk" : "municipality/gemeente") column to \(s(.actorsFile))."
        case let .noSuchUnit(level, name, names):
            return "there is no \(level.rawValue) '\(quotedCell(name))'; the actors file names: \(names.joined(separator: ", "))."
        case .csvNeedsPeriod: return "\(s(.csvFormat)) needs \(s(.period))."
        case .keyListNeedsKey:
            return "the key list needs the key the reports were made with: give \(s(.pseudonymKey)) or set \(Pseudonymizer.environmentVariable); with a random key no pseudonym would match a report."
        case let .dateFormat(text): return "\(s(.dateFormat)) '\(quotedCell(text))' is not an order of day and month: write DD-MM-YYYY or MM-DD-YYYY."
        case let .unknownSizeMeasure(name, known): return "unknown size measure '\(quotedCell(name))'; use one of \(known.joined(separator: ", "))."
        case let .noSuchPlace(id): return "there is no place '\(quotedCell(id))' in this period; list the places with \(s(.placeList))."
        case .noSuchActor: return "there is no actor with that id in this period (for a young person use the pseudonym J-…)."
        case .gapsViewNeedsAnalysis: return "the gaps view needs the gaps analysis (ViewOptions.gaps)."
        case let .sizesCount(given, actors): return "the node sizes give \(given) values for \(actors) actors."
        case let .sizesMissing(measure): return "a view sized by '\(quotedCell(measure))' needs the values (ViewOptions.sizes, from NodeMeasure.values)."
        case let .diagram(step, message): return "Graphviz \(step) failed: \(message)"
        case .noPartnersForKeyPlayers: return "the log has no partners to choose key players from (only places and young people)."
        case .noYoungPeopleToReach: return "the log has no young people to reach: the about/over column is empty or missing."
        case let .tooFewSurveyPartners(n): return "the actors file lists \(n) partner(s); a survey needs at least two (soort partner)."
        }
    }

    private func dutch(_ w: any ProblemWording) -> String {
        func s(_ setting: Setting) -> String { w.setting(setting, .nl) }
        func level(_ l: UnitLevel) -> String { l == .neighbourhood ? "wijk" : "gemeente" }
        switch self {
        case let .unknownActor(id): return "er is geen actor met id '\(quotedCell(id))'."
        case .nothingToChange: return "er is niets te veranderen: noem de actoren die wegvallen en/of de verbindingen die erbij komen."
        case let .addedTieLeftOut(a, b): return "de verbinding \(quotedCell(a))–\(quotedCell(b)) die erbij komt heeft een actor die wegvalt."
        case let .unknownGroupAttribute(name, known): return "op '\(quotedCell(name))' kan niet worden gegroepeerd; kies een van \(known.joined(separator: ", "))."
        case let .keyPlayerCount(k, partners): return "een groep van \(k) sleutelspelers: kies tussen 1 en het aantal partners (\(partners))."
        case let .fragmentationNeedsTwo(k): return "een groep van \(k) sleutelspelers: voor de versnippering moeten er minstens twee actoren overblijven."
        case let .reachDistance(d): return "een afstand van \(d): die moet minstens 1 zijn."
        case let .needsDates(setting, file):
            return "\(s(setting)) vraagt contacten met datums, en \(file) heeft die niet (een graafbestand of een lijst van verbindingen is één periode). Laat \(s(setting)) weg, of geef een contactlogboek met een kolom datum."
        case let .noUnits(l):
            return "geen actor heeft een \(level(l)): zet een kolom \(level(l)) in \(s(.actorsFile))."
        case let .noSuchUnit(l, name, names):
            return "er is geen \(level(l)) '\(quotedCell(name))'; het actorenbestand noemt: \(names.joined(separator: ", "))."
        case .csvNeedsPeriod: return "\(s(.csvFormat)) vraagt ook \(s(.period))."
        case .keyListNeedsKey:
            return "de sleutellijst vraagt de sleutel waarmee de rapporten zijn gemaakt: geef \(s(.pseudonymKey)) of zet \(Pseudonymizer.environmentVariable); met een willekeurige sleutel past geen pseudoniem bij een rapport."
        case let .dateFormat(text): return "\(s(.dateFormat)) '\(quotedCell(text))' is geen volgorde van dag en maand: schrijf DD-MM-JJJJ of MM-DD-JJJJ."
        case let .unknownSizeMeasure(name, known): return "'\(quotedCell(name))' is geen maat voor de grootte; kies een van \(known.joined(separator: ", "))."
        case let .noSuchPlace(id): return "er is geen plek '\(quotedCell(id))' in deze periode; de plekken staan in \(s(.placeList))."
        case .noSuchActor: return "er is geen actor met die id in deze periode (gebruik voor een jongere het pseudoniem J-…)."
        case .gapsViewNeedsAnalysis: return "de tekening van de gaten vraagt de analyse van de gaten (ViewOptions.gaps)."
        case let .sizesCount(given, actors): return "de grootte van de knopen geeft \(given) \(given == 1 ? "waarde" : "waarden") voor \(actors) \(actors == 1 ? "actor" : "actoren")."
        case let .sizesMissing(measure): return "een tekening met de grootte naar '\(quotedCell(measure))' vraagt de waarden (ViewOptions.sizes, uit NodeMeasure.values)."
        case let .diagram(step, message): return "Graphviz kon de tekening niet maken (stap \(step)); de melding van Graphviz: \(message)"
        case .noPartnersForKeyPlayers: return "het logboek heeft geen partners om sleutelspelers uit te kiezen (alleen plekken en jongeren)."
        case .noYoungPeopleToReach: return "het logboek heeft geen jongeren om te bereiken: de kolom over is leeg of ontbreekt."
        case let .tooFewSurveyPartners(n): return "het actorenbestand noemt \(n) \(n == 1 ? "partner" : "partners"); een vragenlijst vraagt er minstens twee (soort partner)."
        }
    }
}

/// Something the user sets that a message may point to (issue 23). The adapter names it
/// (``ProblemWording/setting(_:_:)``): the CLI as its option (`--from`), the page as its field;
/// the library's own words (``noun(_:)``) name neither.
public enum Setting: Sendable, Hashable {
    case from, to, period, pseudonymKey, actorsFile, dateFormat, csvFormat
    /// Where the places' ids can be looked up.
    case placeList
    /// Checking the files, listing every problem.
    case validation

    /// The library's own words.
    public func noun(_ lang: Language) -> String {
        let nl = lang == .nl
        switch self {
        case .from: return nl ? "een begindatum" : "a start date"
        case .to: return nl ? "een einddatum" : "an end date"
        case .period: return nl ? "een indeling in periodes" : "figures per period"
        case .pseudonymKey: return nl ? "het sleutelbestand van de pseudoniemen" : "the pseudonym key file"
        case .actorsFile: return nl ? "het actorenbestand" : "the actors file"
        case .dateFormat: return nl ? "de datumnotatie" : "the date format"
        case .csvFormat: return nl ? "een CSV-bestand" : "a CSV file"
        case .placeList: return nl ? "de tabel van de analyse" : "the analysis's table"
        case .validation: return nl ? "een controle van de bestanden" : "a check of the files"
        }
    }
}

/// Why a file could not be read or written, as a typed value (issue 23):
/// ``WijknetError/io(path:reason:)`` carries one; ``text(_:)`` words it in Dutch or English.
public enum IOFailure: Sendable, Hashable {
    /// The file cannot be opened.
    case cannotOpen(SystemError)
    /// Reading it failed half-way.
    case readFailed(SystemError)
    /// The goals file cannot be read.
    case goalsUnreadable(SystemError)
    /// The pseudonym key file cannot be read.
    case keyFileUnreadable
    /// The pseudonym key file is empty.
    case keyFileEmpty
    /// The generated files cannot be written.
    case cannotWriteGenerated(SystemError)

    public func text(_ lang: Language) -> String {
        let nl = lang == .nl
        switch self {
        case let .cannotOpen(e):
            return nl ? "het bestand kan niet worden geopend: \(e.text(lang)). Controleer het pad en of u het mag lezen."
                      : "cannot open the file: \(e.text(lang)). Check the path and that you may read it."
        case let .readFailed(e): return nl ? "lezen mislukt: \(e.text(lang))." : "read failed: \(e.text(lang))."
        case let .goalsUnreadable(e):
            return nl ? "het doelenbestand kan niet worden gelezen: \(e.text(lang))." : "cannot read the goals file: \(e.text(lang))."
        case .keyFileUnreadable:
            return nl ? "het sleutelbestand van de pseudoniemen kan niet worden gelezen. Controleer het pad, of zet \(Pseudonymizer.environmentVariable)."
                      : "cannot read the pseudonym key file. Check the path, or set \(Pseudonymizer.environmentVariable) instead."
        case .keyFileEmpty:
            return nl ? "het sleutelbestand van de pseudoniemen is leeg. Zet er een lang willekeurig geheim in (bijvoorbeeld: head -c 32 /dev/urandom | base64 > key)."
                      : "the pseudonym key file is empty. Put a long random secret in it (for example: head -c 32 /dev/urandom | base64 > key)."
        case let .cannotWriteGenerated(e):
            return nl ? "de gemaakte bestanden kunnen niet worden geschreven: \(e.text(lang))." : "cannot write the generated files: \(e.text(lang))."
        }
    }
}

/// A system error (`errno`) as a message says it: the system's own English (`strerror`), in
/// Dutch for the errors a user meets (a missing file, no permission, a full disk), else by number.
public struct SystemError: Sendable, Hashable {
    public var code: Int32
    public init(_ code: Int32) { self.code = code }
    /// The current `errno`.
    public static var current: SystemError { SystemError(errno) }

    /// The system error behind a Foundation error (its POSIX code, or the one under it); a
    /// file error without one by its kind (missing, no permission, disk full), else `EIO`.
    public init(_ error: any Error) {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { self.init(Int32(ns.code)); return }
        if let under = ns.userInfo[NSUnderlyingErrorKey] as? NSError, under.domain == NSPOSIXErrorDomain { self.init(Int32(under.code)); return }
        switch ns.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: self.init(ENOENT)
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: self.init(EACCES)
        case NSFileWriteOutOfSpaceError: self.init(ENOSPC)
        case NSFileWriteVolumeReadOnlyError: self.init(EROFS)
        default: self.init(EIO)
        }
    }

    public func text(_ lang: Language) -> String {
        guard lang == .nl else { return String(cString: strerror(code)) }
        switch code {
        case ENOENT: return "het bestand bestaat niet"
        case EACCES, EPERM: return "geen toestemming"
        case EISDIR: return "dit is een map"
        case ENOTDIR: return "een deel van het pad is geen map"
        case ENOSPC: return "de schijf is vol"
        case EDQUOT: return "het schijfquotum is op"
        case EROFS: return "de schijf is alleen-lezen"
        case EFBIG: return "het bestand wordt te groot"
        case EIO: return "invoer- of uitvoerfout van het systeem"
        case EMFILE, ENFILE: return "te veel bestanden tegelijk open"
        case ENAMETOOLONG: return "de naam is te lang"
        case EEXIST: return "er bestaat al een bestand met die naam"
        default: return "systeemfout \(code)"
        }
    }
}
