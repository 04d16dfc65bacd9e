import Foundation
import Wijknet
import WijknetJobs

/// Every word the server puts into the page of `wijknet serve`: errors, warnings, notes, counts,
/// progress stages, the refusals (403, 421). In the page's language, Dutch; each names what to
/// do in the page ("sleep het bestand opnieuw in", "kies …"), never an option of the command
/// line, which the coordinator never sees.
///
/// The library's reading warnings and notes are typed values with their own Dutch wording
/// (``ReadingWarning``, ``ReadingNote``), shown as they are. Its problems and errors are still
/// English sentences: where one reaches the page it is put in Dutch by its *kind* — the error's
/// case (``error(_:)``), the issue's place (``problem(_:)``) — and its English sentence goes
/// along only as ``Said/detail``, which the page shows marked `lang="en"` under the Dutch one.
enum PageText {
    /// A Dutch sentence and, when it comes from the library, its English wording as detail.
    struct Said: Sendable, Equatable {
        var text: String
        var detail: String? = nil
    }

    // MARK: The gate (plain text, no page around it)

    static func wrongHost(port: Int) -> String {
        "421: deze server antwoordt alleen op 127.0.0.1:\(port).\n"
    }
    static let needsLink = "403: deze pagina gaat alleen open met de link waarmee Wijknet gestart is (met de toegangscode erin). Start Wijknet opnieuw met het pictogram, of open die link.\n"
    static let otherPage = "403: dit verzoek komt van een andere webpagina, niet van de Wijknet-pagina; het is geweigerd.\n"
    static let noSession = "403: dit verzoek komt niet van de Wijknet-pagina (de sessiecode ontbreekt of klopt niet). Laad de Wijknet-pagina opnieuw.\n"
    static let noSuchPlace = "404: deze pagina bestaat niet.\n"
    static let serverFailed = "500: er ging iets mis in de server; de bestanden zijn niet veranderd. Probeer het nog eens.\n"

    // MARK: Uploads and the workspace

    static func tooLarge(_ name: String, limit: Int) -> String {
        "\(name) is groter dan \(limit / 1_048_576) MB, de grens die deze Wijknet voor één bestand aanhoudt. Kies een kleiner bestand (bijvoorbeeld één jaar), of vraag wie Wijknet beheert de grens te verhogen."
    }
    /// A contact log larger than this computer's free memory can analyse (``MemoryBudget``):
    /// what it would need and what is free, in GB with a decimal comma.
    static func tooLargeForMemory(_ name: String, needed: Int, available: Int) -> String {
        func gb(_ bytes: Int) -> String {
            let tenths = (bytes * 10 + (1 << 29)) >> 30
            return "\(tenths / 10),\(tenths % 10)"
        }
        return "\(name) is te groot voor het werkgeheugen van deze computer: een contactlog van deze omvang vraagt ongeveer \(gb(needed)) GB, en er is nu \(gb(available)) GB vrij. Kies een kleiner bestand (bijvoorbeeld één jaar of één wijk), of sluit andere programma's en sleep het bestand opnieuw in."
    }
    static func tooWide(_ name: String) -> String {
        "\(name): de eerste regel heeft meer dan \(HeaderWidth.maximum) kolommen; zo veel kopjes heeft een contactlog of actorenbestand nooit. Is dit het goede bestand? De eerste regel hoort de kolommen te noemen, zoals datum, van, naar."
    }
    static let cannotKeep = "De server kon het bestand niet bewaren op deze computer (is de schijf vol?). Probeer het nog eens."
    static let noLog = "Sleep eerst een contactlog in (CSV of .xlsx)."
    static let surveyNeedsActors = "Een partnerenquête heeft het actorenbestand nodig: daarin staan de partners die de enquête kregen. Sleep het actorenbestand in vak 2."
    static func noUsableContact(rowsRead: Int, allSkipped: Bool) -> String {
        allSkipped
            ? "De contactlog heeft geen bruikbaar contact: alle \(rowsRead) regels zijn overgeslagen omdat ze fouten hebben. Herstel de regels die hierboven staan, of controleer of dit het goede bestand is."
            : "De contactlog heeft geen bruikbaar contact: er staan kopjes in, maar geen regels. Controleer of dit het goede bestand is."
    }
    static let whichActor = "Kies een partner of plek in een tabel van het rapport."
    static func noSuchActor(_ wanted: String) -> String { "Er is geen partner of plek ‘\(quotedCell(wanted))’ in deze periode." }
    static let noSuchDiagram = "Dit diagram bestaat niet."
    static let noSuchDownload = "Dit bestand om te downloaden bestaat niet."
    static let unknownPseudonym = "Dit pseudoniem hoort bij geen jongere in de contactlog van de werkmap (met deze sleutel). Typ het zoals het in het rapport staat, bijvoorbeeld J-3a04bccc."
    static let lookupOnlyHere = "Namen opzoeken kan alleen op de computer waarop Wijknet draait."

    // MARK: The page's choices (`ReportQuery`)

    static func notADate(_ text: String, field: String) -> String {
        "‘\(quotedCell(text))’ bij \(field) is geen datum; schrijf DD-MM-JJJJ (15-03-2025) of JJJJ-MM-DD."
    }
    static func firstAfterSecond(_ field: String) -> String { "Bij \(field) ligt de eerste datum na de tweede; draai ze om." }
    static let badLanguage = "Kies als taal Nederlands of Engels."
    static let badUnit = "Naast elkaar kan per wijk of per gemeente."
    static let halfPair = "Vul zowel de periode vóór als de periode ná in, of geen van beide."

    // MARK: Library errors, by kind

    /// A library error in Dutch, by its case; the English sentence as detail.
    static func error(_ e: WijknetError) -> Said {
        switch e {
        case .input(let issue):
            return problem(issue)
        case .inputs(let issues):
            guard let first = issues.first else { return Said(text: "De bestanden hebben problemen.") }
            var said = problem(first)
            if issues.count > 1 { said.text += " En nog \(issues.count - 1) \(issues.count == 2 ? "probleem" : "problemen")." }
            return said
        case .io(let path, let reason):
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return Said(text: "\(name) kan niet gelezen worden. Sleep het bestand opnieuw in.", detail: reason)
        case .invalidRequest(let message):
            return Said(text: "Dit kan Wijknet met deze keuzes niet maken. Controleer de koppeling van de kolommen en de gekozen periode.", detail: message)
        case .unanswerable(let message):
            return Said(text: "Met deze gegevens kan Wijknet dit niet bepalen: er ontbreekt iets in de bestanden (bijvoorbeeld partners of jongeren in deze periode).", detail: message)
        }
    }

    /// An issue in Dutch: where it is (file, line, column or sheet and cell) and that Wijknet
    /// cannot read it there — in the first row of a contact log or actors file (CSV, .xlsx; not
    /// the goals file's TOML), the headers, with the way out the page offers: the mapping form.
    /// The library's English sentence goes along as detail, without its fix (which names the
    /// options of the command line).
    static func problem(_ i: InputIssue) -> Said {
        let headers = i.line == 1 && !i.file.lowercased().hasSuffix(".toml")
        return Said(text: headers
            ? "\(location(i)): Wijknet herkent de kopjes van dit bestand niet. Kies bij ‘Kolommen koppelen’ welk kopje wat is, en klik op ‘Koppelen en opnieuw lezen’."
            : "\(location(i)): hier kan Wijknet het bestand niet lezen.", detail: i.message)
    }

    /// `kapot.csv, regel 5, kolom 1` or `werkmap.xlsx, blad Blad1, cel C14`.
    static func location(_ i: InputIssue) -> String {
        var out = i.file
        if let sheet = i.sheet {
            out += ", blad \(sheet)"
            if i.line > 0 { out += ", " + (i.column > 0 ? "cel \(InputIssue.columnLetters(i.column))\(i.line)" : "rij \(i.line)") }
        } else {
            if i.line > 0 { out += ", regel \(i.line)" }
            if i.line > 0 && i.column > 0 { out += ", kolom \(i.column)" }
        }
        return out
    }

    // MARK: Counts and notes of a read log

    /// What `validate` counts, in Dutch.
    static func counts(_ log: ContactLog, logName: String) -> [String] {
        let s = log.stats
        var out: [String] = []
        if let name = log.actorsFileName {
            out.append("\(name): \(s.actorRowsRead) regels gelezen, \(s.actorRowsUsed) goed, \(s.actorRowsSkipped) met een probleem.")
        }
        out.append("\(logName): \(s.rowsRead) regels gelezen, \(s.rowsUsed) goed, \(s.rowsSkipped) met een probleem; \(log.actors.count) actoren.")
        if s.issueCount > 0 { out.append(s.issueCount == 1 ? "1 probleem gevonden." : "\(s.issueCount) problemen gevonden.") }
        else if s.rowsUsed == 0 { out.append("De contactlog heeft geen bruikbaar contact.") }
        else { out.append("Geen problemen gevonden.") }
        return out
    }

    /// The warnings of a read log in Dutch, made from its counts (the kinds the log keeps as
    /// numbers); each other warning of the library as a Dutch sentence with its English as
    /// detail.
    static func notes(_ log: ContactLog) -> [Said] {
        // The library's typed warnings and notes in their Dutch words (one catalogue:
        // ``ReadingWarning/text(_:)``); skipped rows are said by the problems list, not again.
        let warnings = log.readingWarnings.filter { if case .rowsSkipped = $0 { false } else { true } }
        return warnings.map { Said(text: $0.text(.nl)) } + log.readingNotes.map { Said(text: $0.text(.nl)) }
    }

    /// The note when the pseudonyms change at the next start: no workspace and no key.
    static let unstablePseudonyms = "Deze Wijknet is gestart zonder werkmap en zonder sleutel: de pseudoniemen van de jongeren zijn bij elke start anders."

    // MARK: Progress

    /// The stage of the report job (``MeetingReportJob/stage``, a closed list) in Dutch.
    static func stage(_ job: String) -> String {
        switch job {
        case "computing the metrics": "de maten berekenen"
        case "finding the gaps": "de gaten zoeken"
        case "drawing the diagrams": "de diagrammen tekenen"
        case "checking the goals": "de doelen nagaan"
        case "comparing before and after": "voor en na vergelijken"
        case "the figures per neighbourhood": "de cijfers per wijk"
        case "the figures per municipality": "de cijfers per gemeente"
        case "finding the key players": "de sleutelfiguren zoeken"
        case "writing the page": "de pagina schrijven"
        default: "het rapport maken"
        }
    }
}
