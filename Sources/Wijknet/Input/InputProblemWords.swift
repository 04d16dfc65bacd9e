extension InputProblem {
    /// What is wrong and how to fix it, in `lang`, each one sentence as message parts (cells
    /// quoted only after the reveal, ``InputIssue/revealCells(unless:)``): the one catalogue of
    /// these sentences. `wording` words a column mapping where the fix is one (``ProblemWording``).
    /// The English is the wording the CLI has always printed. Internal: the parts hold cells not
    /// yet revealed; outside the library an issue is worded by ``InputIssue/message(_:_:)``.
    func words(_ lang: Language, _ wording: any ProblemWording = PlainWording()) -> (message: [InputIssue.Part], fix: [InputIssue.Part]) {
        let (message, fix) = lang == .nl ? dutch(wording) : english(wording)
        return (message, fix)
    }

    /// `words` as plain text: a message or fix without cells.
    private typealias Words = (message: [InputIssue.Part], fix: [InputIssue.Part])

    private static let saveAgain = "save the workbook again from Excel or LibreOffice."
    private static let bewaarOpnieuw = "bewaar de werkmap opnieuw vanuit Excel of LibreOffice."
    private static let strayQuote = "remove the stray quote (\") here, or close it; a quote inside a field must be doubled (\"\")."
    private static let losseQuote = "haal het losse aanhalingsteken (\") hier weg, of sluit het; een aanhalingsteken binnen een veld moet dubbel (\"\")."

    // MARK: English

    private func english(_ wording: any ProblemWording) -> Words {
        func t(_ m: String, _ f: String) -> Words { ([.text(m)], [.text(f)]) }
        switch self {
        case .utf16Text:
            return t("the file is UTF-16 text (Excel's \"Unicode text\"), not CSV in UTF-8 or Windows-1252.",
                     "in Excel choose Save As → \"CSV UTF-8 (comma delimited)\" or \"CSV (semicolon delimited)\".")
        case .zipArchive:
            return t("this is a ZIP archive (an .xlsx workbook?), not a CSV text file.",
                     "open it in Excel and Save As → \"CSV UTF-8\" or \"CSV (semicolon delimited)\".")
        case .emptyFile:
            return t("the file is empty.", "export the data again; the file needs a header row and at least one data row.")
        case .noHeaderRow(.log):
            return t("the file has no header row.", "the first row must name the columns, e.g. datum;van;naar;over;plek;soort;gewicht.")
        case .noHeaderRow(.actors):
            return t("the actors file has no header row.", "the first row must name the columns, e.g. id;naam;soort;domein.")
        case .noHeaderRow(.survey):
            return t("the survey has no header row.", "the first row must name the columns, e.g. respondent;partner;frequentie;intensiteit;vertrouwen_1;…")
        case let .quoteSpansFields(lines, fields, expected):
            return t("a quoted field runs over \(lines) lines and leaves the row with \(fields) fields instead of \(expected): a quote that is never closed.", Self.strayQuote)
        case let .quoteStillOpen(lines):
            return t("a quoted field is still open \(lines) lines further on: a quote that is never closed.", Self.strayQuote)
        case let .quoteRunsTo(line):
            return t("a quoted field runs from here to line \(line), where text follows its closing quote: a quote that is never closed.", Self.strayQuote)
        case .textAfterClosingQuote:
            return t("text after the closing quote of a quoted field.", "a quote inside a quoted field must be doubled (\"\"), or the field's quotes must enclose all of it.")
        case .quoteNeverClosed:
            return t("a quoted field is never closed: the file ends inside quotes.", "add the missing closing quote (\") to the field that starts here, or remove the opening one.")
        case .nulByte:
            return t("a NUL byte (character 0): this row is not text.", "remove the character, or export the data again as CSV text (in Excel: Save As → \"CSV UTF-8\").")
        case let .brokenHeader(inner):
            let words = inner.english(wording)
            return ([.text("the header line is broken: ")] + words.message, words.fix)
        case let .logColumnTwice(header, english, dutch):
            return t("the column '\(header)' appears twice in the header.", "keep one column named '\(english)' or '\(dutch)' and rename or remove the other.")
        case let .actorColumnTwice(key):
            return t("the column '\(key)' appears twice in the header.", "keep one '\(key)' column.")
        case let .headerLooksLikeData(column):
            return t("the first row looks like data, not a header (column \(column) holds a date).", "add a header row above the data: " + Self.logHeaderFix)
        case let .logColumnMissing(english, dutch, found, total, suggestion):
            let message: [InputIssue.Part] = [.text("the required column '\(english)' (Dutch: '\(dutch)') is missing from the header; found ")]
                + Self.found(found, total, .en) + [.text(".")]
            if let suggestion { return (message, [.text("try ")] + wording.giving(.log, Self.pairs(suggestion, .en), .en)) }
            return (message, [.text(Self.logHeaderFix + " Or map them onto these names (date=…,source=…).")])
        case let .actorIdMissing(looksLikeData):
            return t(looksLikeData ? "the first row looks like data, not a header: the required column 'id' is missing."
                                   : "the required column 'id' is missing from the actors file's header.",
                     "the first row must name the columns, e.g. id;naam;soort;domein;organisatie;wijk;voorveld — or map yours onto these names (id=…,name=…).")
        case let .surveyColumnMissing(key):
            return ([.text("the required column '\(key)' is missing from the survey's header.")], Self.surveyHeaderFix(wording, .en))
        case .surveyWithoutScale:
            return ([.text("the survey has neither a frequency (frequentie) nor an intensity (intensiteit) column, so no tie can be read.")], Self.surveyHeaderFix(wording, .en))
        case let .mappedHeaderMissing(file, name, header, headers):
            return ([.text("\(wording.mapping(file, .en)) maps '\(name)' to the header "), .cell(header, sensitive: false, otherwise: "you gave"),
                     .text(", which the file does not have; its headers are ")] + Self.listing(headers, .en) + [.text(".")],
                    [.text("write the header as it stands in the first row (case and surrounding spaces do not matter).")])
        case let .actorsWithoutKinds(hasKindColumn):
            let why = hasKindColumn ? "has a kind column (kind/soort) but no row fills it in" : "has no kind column (kind/soort)"
            return t("the actors file \(why): every actor in it would count as a partner, and a young person it lists could be shown by name.",
                     "add a column soort with partner, plek or jongere on every row (or map your column onto kind: kind=…). Ids in the log's about/over column are young people whatever the file says.")
        case let .logFieldCount(found, expected, delimiter):
            return t("this row has \(found) fields but the header has \(expected).",
                     found > expected ? "quote fields that contain the delimiter '\(delimiter)', or remove the extra fields."
                                      : "add the missing fields (leave them empty between delimiters if unknown).")
        case let .dateEmpty(place):
            return ([.text("the date \(place.words(.en)) is empty.")], [.text(Self.dateFix)])
        case let .dateNotInOrder(cell, order):
            return ([.text("the date "), cell.part(.en), .text(" is not a date in the order \(order.rawValue).")],
                    [.text("check the date, or the order of day and month chosen for the file (DD-MM-YYYY or MM-DD-YYYY).")])
        case let .dateUnreadable(cell):
            return ([.text("the date "), cell.part(.en), .text(" cannot be read.")], [.text(Self.dateFix)])
        case let .weightOutOfRange(cell):
            return ([.text("the weight "), cell.part(.en), .text(" is not a number from 0,000001 to 1.000.000.")],
                    [.text("use a positive number such as 1, 2 or 1,5 (at most 1000000) — or leave the field empty for weight 1.")])
        case let .tieWeightOutOfRange(cell):
            return ([.text("the weight "), cell.part(.en), .text(" of this tie is not a number from 0,000001 to 10.000.000.000.000.000.")],
                    [.text("use a positive number such as 1, 2 or 1,5 — or leave the field empty for weight 1.")])
        case let .weightAmbiguous(cell):
            return ([.text("the weight "), cell.part(.en), .text(" is ambiguous: with decimal commas a dot separates thousands, so it may mean a thousand times more.")],
                    [.text("write the number without a thousands separator (1000), or with a decimal comma (1,0).")])
        case let .tooFewActors(columns, repeated):
            let named = columns.joined(separator: ", ")
            return t(columns.isEmpty ? "this row names no actor."
                     : repeated ? "this row names only one actor (the same id in \(named)); a contact needs two."
                     : "this row names only one actor (in \(named)); a contact needs two.",
                     "fill in at least two of source/van, target/naar, about/over and place/plek with different ids.")
        case let .mixedDateOrder(dayLine, monthLine, ambiguous):
            return t("the file mixes day-first and month-first dates: line \(dayLine) can only be day-first (its first number is above 12), line \(monthLine) only month-first; the \(ambiguous) date(s) that read both ways were read day-first.",
                     "write every date in one order, best YYYY-MM-DD; or choose the order of day and month for the file (DD-MM-YYYY or MM-DD-YYYY).")
        case let .declaredNotYouth(place, log, aboutLine):
            let whereInLog = aboutLine > 0 ? " (line \(aboutLine) of \(log) is the first)" : ""
            return t("this row declares \(place ? "a place" : "a partner"), but the contact log names the same id in its about/over column, which holds young people; it is read as a young person.",
                     "set this row's kind to jongere/youth, or correct the id in the log's about/over column\(whereInLog).")
        case let .actorFieldCount(found, expected):
            return t("this row has \(found) fields but the header has \(expected).", "quote fields that contain the delimiter, or add the missing fields.")
        case .actorWithoutId:
            return t("this actor has no id.", "give every actor the id used for it in the contact log.")
        case let .unknownKind(cell):
            return ([.text("unknown kind "), cell.part(.en), .text(".")], [.text("use partner, place/plek or youth/jongere.")])
        case let .unknownDomain(cell):
            return ([.text("unknown domain "), cell.part(.en), .text(".")], [.text("use social/sociaal, care/zorg or safety/veiligheid (empty for places and young people).")])
        case let .domainOfNonPartner(kind):
            return t("a \(kind.rawValue) has a domain; only partners belong to a domain.", "leave the domain empty for places and young people, or set the kind to partner.")
        case let .ordinaryNotYesOrNo(cell):
            return ([.text("the ordinary/voorveld value "), cell.part(.en), .text(" is not yes or no.")],
                    [.text("write ja/yes/1 for an ordinary resource (voorveld), nee/no/0 or nothing otherwise.")])
        case let .actorListedAgain(id, firstLine):
            let first = firstLine > 0 ? " (first on line \(firstLine))" : ""
            return ([.text("the id "), id.map { $0.part(.en) } ?? .text("a young person's id"), .text(" is listed again with different attributes\(first).")],
                    [.text("keep one row per actor, or make both rows identical.")])
        case .notAWorkbook:
            return t("the file is not an .xlsx workbook (it cannot be read as a ZIP archive).", "save it from Excel as 'Excel-werkmap (*.xlsx)', or as CSV and name it .csv.")
        case let .workbookPartMissing(name):
            return t("the workbook lacks its part '\(name)'.", Self.saveAgain)
        case let .workbookPartTooBig(name, mebibytes, limit):
            return t("the workbook's part '\(name)' would unpack to \(mebibytes) MiB, more than the \(limit) MiB Wijknet reads of one part.",
                     "split the data over smaller workbooks, or save the sheet as CSV (a .csv file has no such limit).")
        case let .workbookPartDamaged(name, why):
            let what = switch why {
            case .endless: ": its compressed data does not end where the archive says it does"
            case .wrongSize: ": it unpacks to another size than the archive says"
            case .wrongChecksum: ": its checksum (CRC-32) is not the one the archive says"
            case .unreadable: ""
            }
            return t("the workbook's part '\(name)' cannot be unpacked\(what).",
                     "the file is damaged or was not written by a spreadsheet program: " + Self.saveAgain)
        case let .workbookPartNotUTF8(name):
            return t("the workbook's part '\(name)' is not UTF-8 text.", Self.saveAgain)
        case let .workbookPartNotXML(name):
            return t("the workbook's part '\(name)' is not well-formed XML.", Self.saveAgain)
        case .workbookWithoutSheets:
            return t("the workbook has no sheets.", "put the data on a sheet.")
        case let .noSuchSheet(sheet, sheets):
            return t("the workbook has no sheet '\(quotedCell(sheet))'; its sheets are \(sheets.map { "'\(quotedCell($0))'" }.joined(separator: ", ")).",
                     "choose one of these sheets by name, or none for the first sheet.")
        case let .sheetNotLocated(sheet):
            return t("the workbook does not say where the sheet '\(quotedCell(sheet))' is stored.", Self.saveAgain)
        case let .missingSharedString(index):
            return t("the cell refers to shared string \(index), which the workbook does not have.", Self.saveAgain)
        case let .surveyFieldCount(found, expected):
            return t("this row has \(found) fields but the header has \(expected).", "quote fields that contain the delimiter, or remove the extra fields.")
        case .ratesItself:
            return t("the respondent rates itself.", "leave out the row of a partner about itself.")
        case let .ratedBefore(line, sheet):
            return t("this respondent already rated this partner on \(sheet.map { "row \(line) of sheet '\($0)'" } ?? "line \(line)").", "keep one row per respondent and partner.")
        case let .surveyCellEmpty(key):
            return t("the \(key) is empty.", "give the \(key)'s id as the actors file lists it.")
        case let .surveyNamesYouth(key, index):
            return t("the column \(index) (\(key)) names a young person; a partner survey is among partners only.", "remove the row, or put the partner's own id in this cell.")
        case let .surveyNotInActors(key, cell):
            return ([.text("the \(key) "), cell.part(.en), .text(" is not in the actors file.")], [.text("add it to the actors file with soort partner and its domain, or correct the id.")])
        case let .surveyPlace(key, cell):
            return ([.text("the \(key) "), cell.part(.en), .text(" is a place, not a partner.")],
                    [.text("a partner survey is among partners: remove the row, or give it the kind partner in the actors file.")])
        case let .offScale(key, cell):
            let fix = switch key {
            case "frequency": "write 0–4 or nooit, jaarlijks, maandelijks, wekelijks, dagelijks; leave it empty when not answered."
            case "intensity": "write 0–4 or geen, bekend, samenwerking, afstemming, integratie; leave it empty when not answered."
            default: "write a whole number from 1 to 4; leave it empty when not answered."
            }
            return ([.text("the \(key) "), cell.part(.en), .text(" is not on its scale.")], [.text(fix)])
        case let .moreNotShown(count):
            return t("\(count) more problem(s) not shown.", "fix the ones above and run again.")
        case let .noUsableContact(rowsRead, allSkipped):
            let check = wording.setting(.validation, .en)
            let why = allSkipped ? "all \(rowsRead) rows were skipped as invalid (run \(check) to see why)" : "it has a header but no rows"
            return t("the log has no usable contact: \(why).", "fix the rows that \(check) reports, or check that this is the right file.")
        case let .goals(problem):
            let words = problem.words(.en)
            return t(words.message, words.fix)
        case let .xmlNotUTF8(format):
            return t("the file is not UTF-8 text.", "save the \(format) file again as UTF-8 (the encoding every \(format) writer uses by default).")
        case let .notXML(format, cutOff):
            return t(cutOff ? "the file ends before its XML is closed (cut off?), so it cannot be read as \(format)."
                            : "the file is not well-formed XML, so it cannot be read as \(format).",
                     "save it again from the program that made it, or check the file near this line (an unclosed element, a stray '&' or '<').")
        case let .noGraphElement(format):
            return t("the file has no <graph> element, so it is not a \(format) graph.", "export the graph again as \(format), or give a contact log (CSV or .xlsx).")
        case let .graphElementWithoutId(element, format):
            return t("a <\(element)> has no id.", "give every <\(element)> an id, as \(format) requires.")
        case let .graphEdgeEnds(format):
            return t("an <edge> lacks its source or target.", "give every <edge> a source and a target, as \(format) requires.")
        case let .notJSON(why):
            return t("the file is not valid JSON: \(why.english).",
                     "save the graph again with networkx (json.dump(nx.node_link_data(G), f)) or check the file near this place.")
        case let .nodeLinkWithoutList(list):
            return t(list == "nodes" ? "the JSON has no list \"nodes\", so it is not a node-link graph."
                                     : "the JSON has no list \"edges\" or \"links\", so it is not a node-link graph.", Self.nodeLinkShape)
        case let .nodeLinkItemNotObject(list):
            return t("an item of \"\(list)\" is not an object.", Self.nodeLinkShape)
        case .nodeLinkNodeWithoutId:
            return t("a node has no \"id\" (a text or a number).", Self.nodeLinkShape)
        case .nodeLinkEdgeEnds:
            return t("an edge lacks its \"source\" or \"target\" (a node's id).", Self.nodeLinkShape)
        case let .kumuWithoutLabel(sheet):
            return t("the sheet '\(sheet)' has no column 'Label' (or 'ID'), so its elements cannot be named.", "give the first row of the sheet the headers Kumu uses: Label, Type, …")
        case let .kumuWithoutFromTo(sheet):
            return t("the sheet '\(sheet)' has no columns 'From' and 'To', so its connections cannot be read.", "give the first row of the sheet the headers Kumu uses: From, To, Type, …")
        }
    }

    private static let nodeLinkShape = "a node-link graph is an object with a list \"nodes\" of objects with an \"id\" and a list \"edges\" (or \"links\") of objects with \"source\" and \"target\"."
    private static let knoopLinkVorm = "een node-link-graaf is een object met een lijst \"nodes\" van objecten met een \"id\" en een lijst \"edges\" (of \"links\") van objecten met \"source\" en \"target\"."

    private static let logHeaderFix = "the first row must name the columns: at least 'date' and 'source' (or 'datum' and 'van')."
    private static let dateFix = "write dates as DD-MM-YYYY (15-03-2025) or YYYY-MM-DD (2025-03-15), optionally with a time HH:MM; month-first dates (03/15/2025) are read as such when the file shows it."

    private static func surveyHeaderFix(_ wording: any ProblemWording, _ lang: Language) -> [InputIssue.Part] {
        lang == .nl
            ? [.text("de eerste regel moet de kolommen noemen: respondent, partner, frequentie en/of intensiteit, vertrouwen_1…3, waarde_1…3 — of noem uw eigen kopjes: ")]
                + wording.giving(.survey, [.text("respondent=…,partner=…")], .nl) + [.text(".")]
            : [.text("the first row must name the columns: respondent, partner, frequentie and/or intensiteit, vertrouwen_1…3, waarde_1…3 (or English: frequency, intensity, trust_1…3, value_1…3) — or name yours with ")]
                + wording.giving(.survey, [.text("respondent=…,partner=…")], .en) + [.text(".")]
    }

    /// The first header cells found (at most ``HeaderCellList/limit``), the rest counted.
    private static func found(_ cells: [String], _ total: Int, _ lang: Language) -> [InputIssue.Part] {
        var parts: [InputIssue.Part] = []
        for (i, c) in cells.prefix(HeaderCellList.limit).enumerated() {
            if i > 0 { parts.append(.text(", ")) }
            parts.append(.cell(c, sensitive: false, otherwise: lang == .nl ? "kolom \(i + 1)" : "column \(i + 1)"))
        }
        if total > HeaderCellList.limit { parts.append(.text(lang == .nl ? " en nog \(total - HeaderCellList.limit)" : " and \(total - HeaderCellList.limit) more")) }
        return parts
    }

    // MARK: Dutch

    /// A Dutch column name for an English one of the log, the actors file or the survey.
    private static func dutchColumn(_ english: String) -> String {
        for file in [ColumnMapping.File.log, .actors, .survey] {
            if let i = file.names.firstIndex(of: english) { return file.dutchNames[i] }
        }
        return english
    }

    private static func dutchKind(_ kind: ActorKind) -> String {
        switch kind { case .partner: "partner"; case .place: "plek"; case .youth: "jongere" }
    }

    private func dutch(_ wording: any ProblemWording) -> Words {
        func t(_ m: String, _ f: String) -> Words { ([.text(m)], [.text(f)]) }
        let nl = Language.nl
        switch self {
        case .utf16Text:
            return t("het bestand is UTF-16-tekst (Excels \"Unicode-tekst\"), geen CSV in UTF-8 of Windows-1252.",
                     "kies in Excel Opslaan als → \"CSV UTF-8 (door komma's gescheiden)\" of \"CSV (gescheiden door lijstscheidingsteken)\".")
        case .zipArchive:
            return t("dit is een ZIP-archief (een .xlsx-werkmap?), geen CSV-tekstbestand.",
                     "open het in Excel en kies Opslaan als → \"CSV UTF-8\" of \"CSV (gescheiden door lijstscheidingsteken)\"; of geef het bestand de naam .xlsx.")
        case .emptyFile:
            return t("het bestand is leeg.", "exporteer de gegevens opnieuw; het bestand heeft een kopregel en minstens één regel met gegevens nodig.")
        case .noHeaderRow(.log):
            return t("het bestand heeft geen kopregel.", "de eerste regel moet de kolommen noemen, bijvoorbeeld datum;van;naar;over;plek;soort;gewicht.")
        case .noHeaderRow(.actors):
            return t("het actorenbestand heeft geen kopregel.", "de eerste regel moet de kolommen noemen, bijvoorbeeld id;naam;soort;domein.")
        case .noHeaderRow(.survey):
            return t("de enquête heeft geen kopregel.", "de eerste regel moet de kolommen noemen, bijvoorbeeld respondent;partner;frequentie;intensiteit;vertrouwen_1;…")
        case let .quoteSpansFields(lines, fields, expected):
            return t("een veld tussen aanhalingstekens loopt over \(lines) regels en laat de regel \(fields) velden houden in plaats van \(expected): een aanhalingsteken dat nooit gesloten wordt.", Self.losseQuote)
        case let .quoteStillOpen(lines):
            return t("een veld tussen aanhalingstekens is \(lines) regels verder nog open: een aanhalingsteken dat nooit gesloten wordt.", Self.losseQuote)
        case let .quoteRunsTo(line):
            return t("een veld tussen aanhalingstekens loopt van hier tot regel \(line), waar tekst volgt op het sluitende aanhalingsteken: een aanhalingsteken dat nooit gesloten wordt.", Self.losseQuote)
        case .textAfterClosingQuote:
            return t("tekst na het sluitende aanhalingsteken van een veld.", "een aanhalingsteken binnen een veld moet dubbel (\"\"), of de aanhalingstekens moeten het hele veld omsluiten.")
        case .quoteNeverClosed:
            return t("een veld tussen aanhalingstekens wordt nooit gesloten: het bestand eindigt binnen de aanhalingstekens.",
                     "zet het ontbrekende sluitende aanhalingsteken (\") achter het veld dat hier begint, of haal het openende weg.")
        case .nulByte:
            return t("een NUL-teken (teken 0): deze regel is geen tekst.", "haal het teken weg, of exporteer de gegevens opnieuw als CSV-tekst (in Excel: Opslaan als → \"CSV UTF-8\").")
        case let .brokenHeader(inner):
            let words = inner.dutch(wording)
            return ([.text("de kopregel is kapot: ")] + words.message, words.fix)
        case let .logColumnTwice(header, english, dutch):
            return t("de kolom '\(header)' staat twee keer in de kopregel.", "houd één kolom met de naam '\(dutch)' of '\(english)' en geef de andere een andere naam, of haal hem weg.")
        case let .actorColumnTwice(key):
            return t("de kolom '\(Self.dutchColumn(key))' staat twee keer in de kopregel.", "houd één kolom '\(Self.dutchColumn(key))'.")
        case let .headerLooksLikeData(column):
            return t("de eerste regel lijkt gegevens, geen kopregel (in kolom \(column) staat een datum).", "zet een kopregel boven de gegevens: " + Self.logKopFix)
        case let .logColumnMissing(english, dutch, found, total, suggestion):
            let message: [InputIssue.Part] = [.text("de verplichte kolom '\(dutch)' (Engels: '\(english)') ontbreekt in de kopregel; gevonden: ")]
                + Self.found(found, total, .nl) + [.text(".")]
            if let suggestion { return (message, [.text("voorstel: ")] + wording.giving(.log, Self.pairs(suggestion, .nl), .nl)) }
            return (message, [.text(Self.logKopFix + " Of koppel uw eigen kopjes aan deze namen (datum=…,van=…).")])
        case let .actorIdMissing(looksLikeData):
            return t(looksLikeData ? "de eerste regel lijkt gegevens, geen kopregel: de verplichte kolom 'id' ontbreekt."
                                   : "de verplichte kolom 'id' ontbreekt in de kopregel van het actorenbestand.",
                     "de eerste regel moet de kolommen noemen, bijvoorbeeld id;naam;soort;domein;organisatie;wijk;voorveld — of koppel uw eigen kopjes aan deze namen (id=…,naam=…).")
        case let .surveyColumnMissing(key):
            return ([.text("de verplichte kolom '\(Self.dutchColumn(key))' ontbreekt in de kopregel van de enquête.")], Self.surveyHeaderFix(wording, .nl))
        case .surveyWithoutScale:
            return ([.text("de enquête heeft geen kolom frequentie en geen kolom intensiteit, dus er is geen verbinding te lezen.")], Self.surveyHeaderFix(wording, .nl))
        case let .mappedHeaderMissing(file, name, header, headers):
            return ([.text("\(wording.mapping(file, .nl)) koppelt '\(file.name(name, nl))' aan het kopje "), .cell(header, sensitive: false, otherwise: "dat u gaf"),
                     .text(", maar dat heeft het bestand niet; de kopjes zijn ")] + Self.listing(headers, .nl) + [.text(".")],
                    [.text("schrijf het kopje zoals het in de eerste regel staat (hoofdletters en spaties eromheen tellen niet).")])
        case let .actorsWithoutKinds(hasKindColumn):
            let why = hasKindColumn ? "heeft een kolom soort, maar geen regel vult die in" : "heeft geen kolom soort"
            return t("het actorenbestand \(why): elke actor erin zou als partner tellen, en een jongere die erin staat zou met naam getoond kunnen worden.",
                     "zet een kolom soort met partner, plek of jongere op elke regel (of koppel uw eigen kolom aan soort). Ids in de kolom over van het logboek zijn jongeren, wat het bestand ook zegt.")
        case let .logFieldCount(found, expected, delimiter):
            return t("deze regel heeft \(found) velden, maar de kopregel \(expected).",
                     found > expected ? "zet velden met het scheidingsteken '\(delimiter)' tussen aanhalingstekens, of haal de overtollige velden weg."
                                      : "vul de ontbrekende velden aan (laat ze leeg tussen de scheidingstekens als u ze niet weet).")
        case let .dateEmpty(place):
            return ([.text("de datum \(place.words(.nl)) is leeg.")], [.text(Self.datumFix)])
        case let .dateNotInOrder(cell, order):
            let volgorde = order == .dayFirst ? "DD-MM-JJJJ" : "MM-DD-JJJJ"
            return ([.text("de datum "), cell.part(.nl), .text(" is geen datum in de volgorde \(volgorde).")],
                    [.text("controleer de datum, of de volgorde van dag en maand die voor het bestand gekozen is (DD-MM-JJJJ of MM-DD-JJJJ).")])
        case let .dateUnreadable(cell):
            return ([.text("de datum "), cell.part(.nl), .text(" is niet te lezen.")], [.text(Self.datumFix)])
        case let .weightOutOfRange(cell):
            return ([.text("het gewicht "), cell.part(.nl), .text(" is geen getal van 0,000001 tot 1.000.000.")],
                    [.text("schrijf een positief getal zoals 1, 2 of 1,5 (hoogstens 1000000) — of laat het veld leeg voor gewicht 1.")])
        case let .tieWeightOutOfRange(cell):
            return ([.text("het gewicht "), cell.part(.nl), .text(" van deze verbinding is geen getal van 0,000001 tot 10.000.000.000.000.000.")],
                    [.text("schrijf een positief getal zoals 1, 2 of 1,5 — of laat het veld leeg voor gewicht 1.")])
        case let .weightAmbiguous(cell):
            return ([.text("het gewicht "), cell.part(.nl), .text(" is dubbelzinnig: bij decimale komma's scheidt een punt de duizendtallen, dus het kan duizend keer meer betekenen.")],
                    [.text("schrijf het getal zonder scheidingsteken voor duizendtallen (1000), of met een decimale komma (1,0).")])
        case let .tooFewActors(columns, repeated):
            let named = columns.map { ColumnMapping.File.log.name($0, nl) }.joined(separator: ", ")
            return t(columns.isEmpty ? "deze regel noemt geen actor."
                     : repeated ? "deze regel noemt maar één actor (dezelfde id in \(named)); een contact vraagt er twee."
                     : "deze regel noemt maar één actor (in \(named)); een contact vraagt er twee.",
                     "vul minstens twee van van, naar, over en plek in, met verschillende ids.")
        case let .mixedDateOrder(dayLine, monthLine, ambiguous):
            return t("het bestand mengt datums met de dag eerst en met de maand eerst: regel \(dayLine) kan alleen de dag eerst hebben (het eerste getal is groter dan 12), regel \(monthLine) alleen de maand; \(ambiguous == 1 ? "de 1 datum die op beide manieren te lezen is, is" : "de \(ambiguous) datums die op beide manieren te lezen zijn, zijn") gelezen met de dag eerst.",
                     "schrijf elke datum in één volgorde, het liefst JJJJ-MM-DD; of kies de volgorde van dag en maand voor het bestand (DD-MM-JJJJ of MM-DD-JJJJ).")
        case let .declaredNotYouth(place, log, aboutLine):
            let whereInLog = aboutLine > 0 ? " (regel \(aboutLine) van \(log) is de eerste)" : ""
            return t("deze regel noemt de id \(place ? "een plek" : "een partner"), maar het contactlogboek noemt dezelfde id in de kolom over, waarin jongeren staan; hij is gelezen als jongere.",
                     "zet de soort van deze regel op jongere, of verbeter de id in de kolom over van het logboek\(whereInLog).")
        case let .actorFieldCount(found, expected):
            return t("deze regel heeft \(found) velden, maar de kopregel \(expected).", "zet velden met het scheidingsteken tussen aanhalingstekens, of vul de ontbrekende velden aan.")
        case .actorWithoutId:
            return t("deze actor heeft geen id.", "geef elke actor de id waarmee hij in het contactlogboek staat.")
        case let .unknownKind(cell):
            return ([.text("onbekende soort "), cell.part(.nl), .text(".")], [.text("schrijf partner, plek of jongere.")])
        case let .unknownDomain(cell):
            return ([.text("onbekend domein "), cell.part(.nl), .text(".")], [.text("schrijf sociaal, zorg of veiligheid (leeg voor plekken en jongeren).")])
        case let .domainOfNonPartner(kind):
            return t("een \(Self.dutchKind(kind)) heeft een domein; alleen partners horen bij een domein.", "laat het domein leeg voor plekken en jongeren, of zet de soort op partner.")
        case let .ordinaryNotYesOrNo(cell):
            return ([.text("de waarde voorveld "), cell.part(.nl), .text(" is geen ja of nee.")],
                    [.text("schrijf ja of 1 voor een voorziening uit het voorveld, anders nee, 0 of niets.")])
        case let .actorListedAgain(id, firstLine):
            let first = firstLine > 0 ? " (de eerste keer op regel \(firstLine))" : ""
            return ([.text("de id "), id.map { $0.part(.nl) } ?? .text("van een jongere"), .text(" staat er nog eens, met andere gegevens\(first).")],
                    [.text("houd één regel per actor, of maak beide regels gelijk.")])
        case .notAWorkbook:
            return t("het bestand is geen .xlsx-werkmap (het is niet te lezen als ZIP-archief).", "bewaar het vanuit Excel als 'Excel-werkmap (*.xlsx)', of als CSV met de naam .csv.")
        case let .workbookPartMissing(name):
            return t("de werkmap mist haar onderdeel '\(name)'.", Self.bewaarOpnieuw)
        case let .workbookPartTooBig(name, mebibytes, limit):
            return t("het onderdeel '\(name)' van de werkmap zou uitgepakt \(mebibytes) MiB zijn, meer dan de \(limit) MiB die Wijknet van één onderdeel leest.",
                     "verdeel de gegevens over kleinere werkmappen, of bewaar het werkblad als CSV (een .csv-bestand heeft die grens niet).")
        case let .workbookPartDamaged(name, why):
            let what = switch why {
            case .endless: ": de ingepakte gegevens eindigen niet waar het archief zegt"
            case .wrongSize: ": uitgepakt is het anders groot dan het archief zegt"
            case .wrongChecksum: ": de controlesom (CRC-32) is niet die van het archief"
            case .unreadable: ""
            }
            return t("het onderdeel '\(name)' van de werkmap is niet uit te pakken\(what).",
                     "het bestand is beschadigd of niet door een rekenblad gemaakt: " + Self.bewaarOpnieuw)
        case let .workbookPartNotUTF8(name):
            return t("het onderdeel '\(name)' van de werkmap is geen UTF-8-tekst.", Self.bewaarOpnieuw)
        case let .workbookPartNotXML(name):
            return t("het onderdeel '\(name)' van de werkmap is geen geldige XML.", Self.bewaarOpnieuw)
        case .workbookWithoutSheets:
            return t("de werkmap heeft geen werkbladen.", "zet de gegevens op een werkblad.")
        case let .noSuchSheet(sheet, sheets):
            return t("de werkmap heeft geen werkblad '\(quotedCell(sheet))'; de werkbladen zijn \(sheets.map { "'\(quotedCell($0))'" }.joined(separator: ", ")).",
                     "kies een van deze werkbladen bij naam, of geen voor het eerste werkblad.")
        case let .sheetNotLocated(sheet):
            return t("de werkmap zegt niet waar het werkblad '\(quotedCell(sheet))' staat.", Self.bewaarOpnieuw)
        case let .missingSharedString(index):
            return t("de cel verwijst naar gedeelde tekst \(index), die de werkmap niet heeft.", Self.bewaarOpnieuw)
        case let .surveyFieldCount(found, expected):
            return t("deze regel heeft \(found) velden, maar de kopregel \(expected).", "zet velden met het scheidingsteken tussen aanhalingstekens, of haal de overtollige velden weg.")
        case .ratesItself:
            return t("de respondent beoordeelt zichzelf.", "laat de regel van een partner over zichzelf weg.")
        case let .ratedBefore(line, sheet):
            return t("deze respondent beoordeelde deze partner al op \(sheet.map { "rij \(line) van werkblad '\($0)'" } ?? "regel \(line)").", "houd één regel per respondent en partner.")
        case let .surveyCellEmpty(key):
            return t("de \(key) is leeg.", "geef de id van de \(key) zoals het actorenbestand die noemt.")
        case let .surveyNamesYouth(key, index):
            return t("kolom \(index) (\(key)) noemt een jongere; een partnerenquête gaat alleen over partners.", "haal de regel weg, of zet de eigen id van de partner in deze cel.")
        case let .surveyNotInActors(key, cell):
            return ([.text("de \(key) "), cell.part(.nl), .text(" staat niet in het actorenbestand.")],
                    [.text("zet hem in het actorenbestand met soort partner en zijn domein, of verbeter de id.")])
        case let .surveyPlace(key, cell):
            return ([.text("de \(key) "), cell.part(.nl), .text(" is een plek, geen partner.")],
                    [.text("een partnerenquête gaat over partners: haal de regel weg, of geef hem de soort partner in het actorenbestand.")])
        case let .offScale(key, cell):
            let fix = switch key {
            case "frequency": "schrijf 0–4 of nooit, jaarlijks, maandelijks, wekelijks, dagelijks; laat het leeg als er geen antwoord is."
            case "intensity": "schrijf 0–4 of geen, bekend, samenwerking, afstemming, integratie; laat het leeg als er geen antwoord is."
            default: "schrijf een heel getal van 1 tot 4; laat het leeg als er geen antwoord is."
            }
            return ([.text("de \(Self.dutchColumn(key)) "), cell.part(.nl), .text(" ligt niet op de schaal.")], [.text(fix)])
        case let .moreNotShown(count):
            return t(count == 1 ? "nog 1 probleem niet getoond." : "nog \(count) problemen niet getoond.", "herstel de problemen hierboven en probeer het opnieuw.")
        case let .noUsableContact(rowsRead, allSkipped):
            let check = wording.setting(.validation, .nl)
            let why = !allSkipped ? "er staat een kopregel in, maar geen regels"
                : rowsRead == 1 ? "de enige regel is als ongeldig overgeslagen (\(check) laat zien waarom)"
                : "alle \(rowsRead) regels zijn als ongeldig overgeslagen (\(check) laat zien waarom)"
            return t("het logboek heeft geen bruikbaar contact: \(why).", "herstel de regels die \(check) noemt, of controleer of dit het goede bestand is.")
        case let .goals(problem):
            let words = problem.words(.nl)
            return t(words.message, words.fix)
        case let .xmlNotUTF8(format):
            return t("het bestand is geen UTF-8-tekst.", "bewaar het \(format)-bestand opnieuw als UTF-8 (de codering die elk programma voor \(format) gewoonlijk gebruikt).")
        case let .notXML(format, cutOff):
            return t(cutOff ? "het bestand houdt op voordat de XML gesloten is (afgebroken?), dus het is niet te lezen als \(format)."
                            : "het bestand is geen geldige XML, dus het is niet te lezen als \(format).",
                     "bewaar het opnieuw vanuit het programma dat het maakte, of kijk het bestand na rond deze regel (een element dat niet gesloten wordt, een losse '&' of '<').")
        case let .noGraphElement(format):
            return t("het bestand heeft geen element <graph>, dus het is geen \(format)-graaf.", "exporteer de graaf opnieuw als \(format), of geef een contactlogboek (CSV of .xlsx).")
        case let .graphElementWithoutId(element, format):
            return t("een <\(element)> heeft geen id.", "geef elke <\(element)> een id, zoals \(format) vraagt.")
        case let .graphEdgeEnds(format):
            return t("een <edge> mist zijn source of target.", "geef elke <edge> een source en een target, zoals \(format) vraagt.")
        case let .notJSON(why):
            return t("het bestand is geen geldige JSON: \(why.dutch).",
                     "bewaar de graaf opnieuw met networkx (json.dump(nx.node_link_data(G), f)) of kijk het bestand na rond deze plek.")
        case let .nodeLinkWithoutList(list):
            return t(list == "nodes" ? "de JSON heeft geen lijst \"nodes\", dus het is geen node-link-graaf."
                                     : "de JSON heeft geen lijst \"edges\" of \"links\", dus het is geen node-link-graaf.", Self.knoopLinkVorm)
        case let .nodeLinkItemNotObject(list):
            return t("een onderdeel van \"\(list)\" is geen object.", Self.knoopLinkVorm)
        case .nodeLinkNodeWithoutId:
            return t("een knoop heeft geen \"id\" (een tekst of een getal).", Self.knoopLinkVorm)
        case .nodeLinkEdgeEnds:
            return t("een verbinding mist haar \"source\" of \"target\" (de id van een knoop).", Self.knoopLinkVorm)
        case let .kumuWithoutLabel(sheet):
            return t("het werkblad '\(sheet)' heeft geen kolom 'Label' (of 'ID'), dus de elementen hebben geen naam.", "geef de eerste rij van het werkblad de kopjes die Kumu gebruikt: Label, Type, …")
        case let .kumuWithoutFromTo(sheet):
            return t("het werkblad '\(sheet)' heeft geen kolommen 'From' en 'To', dus de verbindingen zijn niet te lezen.", "geef de eerste rij van het werkblad de kopjes die Kumu gebruikt: From, To, Type, …")
        }
    }

    private static let logKopFix = "de eerste regel moet de kolommen noemen: minstens 'datum' en 'van' (of 'date' en 'source')."
    private static let datumFix = "schrijf datums als DD-MM-JJJJ (15-03-2025) of JJJJ-MM-DD (2025-03-15), eventueel met een tijd UU:MM; datums met de maand eerst (03/15/2025) worden zo gelezen als het bestand dat laat zien."
}

extension JSONSyntax {
    /// What is off, in English (a clause after "the file is not valid JSON: ").
    var english: String {
        switch self {
        case .trailingText: "text after the end of the JSON value"
        case .unknownWord: "an unknown word"
        case .tooDeep(let levels): "nesting deeper than \(levels) levels"
        case .endsBeforeValue: "the text ends where a value should be"
        case .keyExpected: "a key (a text in double quotes) was expected"
        case .colonExpected: "':' was expected after a key"
        case .endsInObject: "the text ends inside an object"
        case .commaOrBraceExpected: "',' or '}' was expected"
        case .endsInList: "the text ends inside a list"
        case .commaOrBracketExpected: "',' or ']' was expected"
        case .valueExpected: "a value was expected (a text, number, list, object, true, false or null)"
        case .digitsAfterDot: "digits were expected after '.'"
        case .digitsInExponent: "digits were expected in the exponent"
        case .badUnicodeEscape: "'\\u' must be followed by four hexadecimal digits"
        case .textNotClosed: "a text is not closed with '\"'"
        case .controlInText: "a line end or control character inside a text (write it as \\n)"
        case .endsAfterBackslash: "a text ends after '\\'"
        case .unknownEscape(let c): "an unknown escape '\\\(c)' in a text"
        case .notUTF8: "a text that is not UTF-8"
        }
    }

    /// The same in Dutch.
    var dutch: String {
        switch self {
        case .trailingText: "er staat tekst na het einde van de JSON-waarde"
        case .unknownWord: "een onbekend woord"
        case .tooDeep(let levels): "meer dan \(levels) niveaus diep genest"
        case .endsBeforeValue: "de tekst houdt op waar een waarde hoort"
        case .keyExpected: "hier hoort een sleutel (een tekst tussen dubbele aanhalingstekens)"
        case .colonExpected: "na een sleutel hoort ':'"
        case .endsInObject: "de tekst houdt op binnen een object"
        case .commaOrBraceExpected: "hier hoort ',' of '}'"
        case .endsInList: "de tekst houdt op binnen een lijst"
        case .commaOrBracketExpected: "hier hoort ',' of ']'"
        case .valueExpected: "hier hoort een waarde (een tekst, getal, lijst, object, true, false of null)"
        case .digitsAfterDot: "na '.' horen cijfers"
        case .digitsInExponent: "in de exponent horen cijfers"
        case .badUnicodeEscape: "na '\\u' horen vier hexadecimale cijfers"
        case .textNotClosed: "een tekst wordt niet gesloten met '\"'"
        case .controlInText: "een regeleinde of stuurteken binnen een tekst (schrijf het als \\n)"
        case .endsAfterBackslash: "een tekst houdt op na '\\'"
        case .unknownEscape(let c): "een onbekende escape '\\\(c)' in een tekst"
        case .notUTF8: "een tekst die geen UTF-8 is"
        }
    }
}
