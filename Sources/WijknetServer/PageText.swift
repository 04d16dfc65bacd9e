import Foundation
import Wijknet
import WijknetJobs

/// Every word the server puts into the page of `wijknet serve`: errors, warnings, notes, counts,
/// progress stages, the refusals (403, 421). In the page's language, Dutch; each names what to
/// do in the page ("sleep het bestand opnieuw in", "kies …"), never an option of the command
/// line, which the coordinator never sees.
///
/// The library's reading warnings, notes and problems are typed values with their own Dutch
/// wording (``ReadingWarning``, ``ReadingNote``, ``InputProblem``), shown as they are, a column
/// mapping named as the page's form (``PageWording``). The library's other errors carry English
/// prose: the page says them in Dutch by their case (``error(_:)``) and never shows that prose.
enum PageText {
    /// A sentence and, under it, what to do about it (a problem's fix), in the same language.
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

    /// A library error by its case, in `lang` (the page's Dutch unless the query asks English);
    /// a problem in its own words, the other errors by their case — their English prose (a path,
    /// a reason from the system) never reaches the page.
    static func error(_ e: WijknetError, _ lang: Language = .nl) -> Said {
        let nl = lang == .nl
        switch e {
        case .input(let issue):
            return problem(issue, lang)
        case .inputs(let issues):
            guard let first = issues.first else { return Said(text: nl ? "De bestanden hebben problemen." : "The files have problems.") }
            var said = problem(first, lang)
            let more = issues.count - 1
            if more > 0 { said.text += nl ? " En nog \(more) \(more == 1 ? "probleem" : "problemen")." : " And \(more) more problem(s)." }
            return said
        case .io(let path, _):
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return Said(text: nl ? "\(name) kan niet gelezen worden. Sleep het bestand opnieuw in." : "\(name) cannot be read. Drop the file in again.")
        case .invalidRequest(let r):
            return refusal(r, lang)
                ?? Said(text: nl ? "Dit kan Wijknet met deze keuzes niet maken. Controleer de koppeling van de kolommen en de gekozen periode."
                                 : "Wijknet cannot make this with these choices. Check the column mapping and the chosen period.")
        case .unanswerable(let r):
            return refusal(r, lang)
                ?? Said(text: nl ? "Met deze gegevens kan Wijknet dit niet bepalen: er ontbreekt iets in de bestanden (bijvoorbeeld partners of jongeren in deze periode)."
                                 : "Wijknet cannot tell this from these data: something is missing in the files (partners or young people in this period, say).")
        }
    }

    /// A refusal in its own words (the catalogue's, with the page's names for settings), as a
    /// sentence: what the data or the choice lacks, say "Een groep van 5 sleutelspelers: kies
    /// tussen 1 en het aantal partners (3)." `nil` for refusals only a program or the command line
    /// can cause (a view asked without its figures, Graphviz's own message, the key list, a
    /// measure or attribute by its English key, which the page offers from a list), which the
    /// page words generally.
    static func refusal(_ r: Refusal, _ lang: Language) -> Said? {
        switch r {
        case .gapsViewNeedsAnalysis, .sizesCount, .sizesMissing, .diagram, .keyListNeedsKey, .csvNeedsPeriod,
             .unknownGroupAttribute, .unknownSizeMeasure:   // the page offers these from lists
            return nil
        default:
            let text = r.text(lang, PageWording())
            return Said(text: text.prefix(1).uppercased() + text.dropFirst())
        }
    }

    /// A column mapping the page cannot read, in `lang`, named as the page's form.
    static func mapping(_ e: ColumnMapping.ParseError, _ lang: Language = .nl) -> Said {
        Said(text: e.text(lang, PageWording()))
    }

    /// An issue in `lang`: where it is (file, line, column or sheet and cell), what is wrong and,
    /// as detail, how to fix it — a typed problem in its own words (``InputProblem``), a column
    /// mapping as the page's form. An issue without a typed problem (one built from sentences, a
    /// decoded one) is said by its place: in the first row of a contact log or actors file the
    /// headers, with the way out the page offers; elsewhere that Wijknet cannot read it there.
    static func problem(_ i: InputIssue, _ lang: Language = .nl) -> Said {
        let nl = lang == .nl
        if i.problem != nil {
            return Said(text: "\(location(i, lang)): \(i.message(lang, PageWording()))", detail: i.hint(lang, PageWording()))
        }
        let headers = i.line == 1 && !i.file.lowercased().hasSuffix(".toml")
        if !nl { return Said(text: "\(location(i, lang)): \(i.message)", detail: i.hint) }
        return Said(text: headers
            ? "\(location(i, lang)): Wijknet herkent de kopjes van dit bestand niet. Kies bij ‘Kolommen koppelen’ welk kopje wat is, en klik op ‘Koppelen en opnieuw lezen’."
            : "\(location(i, lang)): hier kan Wijknet het bestand niet lezen.")
    }

    /// `kapot.csv, regel 5, kolom 1` or `werkmap.xlsx, blad Blad1, cel C14` (in English: `line
    /// 5, column 1`, `sheet Sheet1, cell C14`).
    static func location(_ i: InputIssue, _ lang: Language = .nl) -> String {
        let nl = lang == .nl
        var out = i.file
        if let sheet = i.sheet {
            out += nl ? ", blad \(sheet)" : ", sheet \(sheet)"
            if i.line > 0 { out += ", " + (i.column > 0 ? "\(nl ? "cel" : "cell") \(InputIssue.columnLetters(i.column))\(i.line)" : "\(nl ? "rij" : "row") \(i.line)") }
        } else {
            if i.line > 0 { out += nl ? ", regel \(i.line)" : ", line \(i.line)" }
            if i.line > 0 && i.column > 0 { out += nl ? ", kolom \(i.column)" : ", column \(i.column)" }
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
