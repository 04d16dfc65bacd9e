import Wijknet

/// Every sentence of the bridging-gaps report, in Dutch and English, in one place — so the
/// wording can be reviewed with coordinators and reused by the HTML report.
///
/// Each template is a function of the figures it shows; numbers are formatted by the caller.
public struct GapsSentences: Sendable {
    public let lang: Language
    /// Counts of young people from 1 to `suppressBelow − 1` are written `< K` (small-cell
    /// suppression for meeting tables); `nil` writes every count exactly. Counts of partners,
    /// ties and signals stay exact.
    public let suppressBelow: Int?
    public init(_ lang: Language, suppressBelow: Int? = nil) {
        self.lang = lang
        self.suppressBelow = suppressBelow
    }
    private func t(_ en: String, _ nl: String) -> String { lang == .nl ? nl : en }

    /// A count of young people as it may be shown: `< K` when small cells are suppressed.
    public func youth(_ n: Int) -> String {
        if let k = suppressBelow, n > 0, n < k { return "< \(k)" }
        return String(n)
    }

    public func domain(_ raw: String) -> String { domainName(raw, lang) }

    /// Whether a count of young people reads as one (`1`, not `< K`): the noun and verb follow it.
    func one(_ n: Int) -> Bool { youth(n) == "1" }
    /// `N jongeren` / `1 jongere`, `N young people` / `1 young person`.
    func youngPeople(_ n: Int) -> String { one(n) ? t("1 young person", "1 jongere") : t("\(youth(n)) young people", "\(youth(n)) jongeren") }

    public var heading: String { t("Where the ecosystem does not hold together", "Waar het ecosysteem niet sluit") }

    // MARK: The verdict (issue 24)

    public var verdictHeading: String { t("In short", "In het kort") }
    public var concernsHeading: String { t("The most important points of attention", "De belangrijkste aandachtspunten") }
    public var strengthHeading: String { t("What goes well", "Wat goed gaat") }
    public var restHeading: String { t("Further findings", "Verdere bevindingen") }
    public var dataFirst: String { t("First, the data", "Eerst over de gegevens") }
    public var noConcerns: String { t("No point of attention stands out against its reference.", "Geen aandachtspunt springt eruit tegen zijn maatstaf.") }
    public var actionLabel: String { t("What to do", "Wat te doen") }
    public func verdictLabel(_ j: Judgement) -> String {
        guard j.verdict == .concern else { return t("Strength", "Sterk punt") }
        switch j.severity {
        case .high: return t("Concern · urgency high", "Aandachtspunt · urgentie hoog")
        case .medium: return t("Concern · urgency medium", "Aandachtspunt · urgentie gemiddeld")
        case .low: return t("Concern · urgency low", "Aandachtspunt · urgentie laag")
        }
    }
    public func touchesGoals(_ names: [String]) -> String {
        t("Touches the goal\(names.count == 1 ? "" : "s") \(quoted(names)).", "Raakt het doel \(quoted(names)).")
    }
    private func quoted(_ names: [String]) -> String { list(names.map { "‘\($0)’" }) }
    /// `a, b and c` / `a, b en c`.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + t(" and ", " en ") + items.last!
    }

    // MARK: References

    /// The reference of a share that must reach at least `r` (or stay at most `r`).
    public func reference(_ j: Judgement, atLeast: Bool) -> String {
        let r = share(j.reference)
        let bound = atLeast ? t("at least \(r)", "minstens \(r)") : t("at most \(r)", "hoogstens \(r)")
        if j.referenceKind == .goal, let g = j.goals.first {
            return t("Goal ‘\(g)’: \(bound).", "Doel ‘\(g)’: \(bound).")
        }
        return t("Reference: \(bound) (Wijknet's standard).", "Maatstaf: \(bound) (standaard van Wijknet).")
    }
    public func chanceTies(_ expected: Double) -> String {
        let n = Format.decimal(expected, expected < 10 ? 1 : 0, lang)
        return t("By chance there would be about \(n).", "Bij toeval zouden het er ongeveer \(n) zijn.")
    }
    public func chanceShare(_ expected: Double, observed: Double) -> String {
        let ei = Format.decimal(2 * observed - 1, 2, lang), eiChance = Format.decimal(2 * expected - 1, 2, lang)
        return t("By chance it would be \(share(expected)) (E-I index \(ei) against \(eiChance) by chance).",
                 "Bij toeval zou dat \(share(expected)) zijn (E-I-index \(ei) tegen \(eiChance) bij toeval).")
    }
    public func shareOfYouth(_ n: Int, of total: Int) -> String {
        t("That is \(youth(n)) of all \(youth(total)) young people.", "Dat \(one(n) ? "is" : "zijn") \(youth(n)) van alle \(youth(total)) jongeren.")
    }
    func share(_ x: Double) -> String { Format.percent(x, lang) }
    /// A goal's last period as the goals table shows it: `In de laatste periode (2025-Q4)
    /// 44,2%: doel niet gehaald.`
    public func lastPeriod(_ period: String, value: String, met: Bool) -> String {
        t("In the last period (\(period)) \(value): goal \(met ? "met" : "not met").",
          "In de laatste periode (\(period)) \(value): doel \(met ? "gehaald" : "niet gehaald").")
    }
    /// The same figure in the period before: `Vorige periode (01-10-2025 – 31-10-2025): 38%.`
    public func previous(_ j: Judgement, in period: Period) -> String? {
        guard let x = j.previous, let from = period.from, let to = period.to else { return nil }
        let dates = lang == .nl ? "\(Calendar.dutchDate(from)) – \(Calendar.dutchDate(to))" : "\(Calendar.isoDate(from)) – \(Calendar.isoDate(to))"
        let value = j.kind == "domain_gap" ? t("\(Int(x)) tie\(Int(x) == 1 ? "" : "s")", "\(Int(x)) \(Int(x) == 1 ? "verbinding" : "verbindingen")") : share(x)
        return t("Previous period (\(dates)): \(value).", "Vorige periode (\(dates)): \(value).")
    }

    // MARK: Actions

    public func meet(_ a: String, _ b: String, shared: Int) -> String {
        t("Introduce \(a) and \(b) to each other; they share \(youngPeople(shared)).",
          "Laat \(a) en \(b) kennismaken; zij delen \(youngPeople(shared)).")
    }
    public func contactPerson(_ a: String, _ b: String) -> String {
        t("Agree who in \(domain(a)) becomes the fixed contact for \(domain(b)).",
          "Spreek af wie in \(domain(a)) het vaste aanspreekpunt voor \(domain(b)) wordt.")
    }
    public func meetingOfDomains(_ a: String, _ b: String) -> String {
        t("Invite partners of \(domain(a)) and \(domain(b)) together to the next meeting: between these two domains most ties are missing.",
          "Nodig partners uit \(domain(a)) en \(domain(b)) samen uit voor het volgende overleg: tussen deze twee domeinen ontbreken de meeste verbindingen.")
    }
    public func visitPlace(_ d: String, _ place: String) -> String {
        t("Ask a partner of \(domain(d)) to drop in at \(place) regularly.", "Vraag een partner uit \(domain(d)) om geregeld bij \(place) langs te gaan.")
    }
    public func caseMeeting(_ pseudonym: String, partners: Int, others: Int) -> String {
        others > 0
            ? t("Plan a case meeting for \(pseudonym) (\(partners) partners who mostly do not know each other), then for the other \(one(others) ? "young person" : "\(youth(others)) young people") of the list.",
                "Plan een casusoverleg voor \(pseudonym) (\(partners) partners die elkaar grotendeels niet kennen), daarna voor de andere \(one(others) ? "jongere" : "\(youth(others)) jongeren") uit de lijst.")
            : t("Plan a case meeting for \(pseudonym) (\(partners) partners who mostly do not know each other).",
                "Plan een casusoverleg voor \(pseudonym) (\(partners) partners die elkaar grotendeels niet kennen).")
    }
    public var otherDomainAction: String {
        t("Discuss in the case meeting whether these young people need help from another domain.",
          "Bespreek in het casusoverleg of deze jongeren hulp uit een ander domein nodig hebben.")
    }
    public func secondContact(_ label: String, youth n: Int) -> String {
        one(n) ? t("Find a second contact beside \(label) for the young person who reaches a domain only through this partner.",
                   "Zoek naast \(label) een tweede contactpersoon voor de jongere die alleen via deze partner een domein bereikt.")
            : t("Find a second contact beside \(label) for the \(youth(n)) young people who reach a domain only through this partner.",
                "Zoek naast \(label) een tweede contactpersoon voor de \(youth(n)) jongeren die alleen via deze partner een domein bereiken.")
    }
    public func secondLineToTeam(_ places: [String]) -> String {
        t("Make sure \(list(places)) also reach\(places.count == 1 ? "es" : "") the neighbourhood team through another partner.",
          "Zorg dat \(list(places)) ook via een andere partner het wijkteam \(places.count == 1 ? "bereikt" : "bereiken").")
    }
    public func secondTie(_ a: String, _ b: String) -> String {
        t("Make a second tie beside the one between \(a) and \(b).", "Zorg voor een tweede verbinding naast die tussen \(a) en \(b).")
    }
    public func shareBoundaryWork(_ label: String) -> String {
        t("Let \(label) take a colleague along to meetings with other domains, so that the boundary work does not hang on one person.",
          "Laat \(label) een collega meenemen naar overleggen met andere domeinen, zodat het grenzenwerk niet van één persoon afhangt.")
    }
    public func findOrdinary(_ n: Int) -> String {
        one(n) ? t("Look with the youth workers for a school, club or community centre for the young person without an ordinary resource.",
                   "Zoek met het jongerenwerk een school, club of buurthuis voor de jongere zonder gewone voorziening.")
            : t("Look with the youth workers for a school, club or community centre for the \(youth(n)) young people without an ordinary resource.",
                "Zoek met het jongerenwerk een school, club of buurthuis voor de \(youth(n)) jongeren zonder gewone voorziening.")
    }
    public func teamMeets(_ labels: [String]) -> String {
        let shown = Array(labels.prefix(3)) + (labels.count > 3 ? [t("\(labels.count - 3) more", "nog \(labels.count - 3)")] : [])
        return t("Let the neighbourhood team get to know \(list(shown)).", "Laat het wijkteam kennismaken met \(list(shown)).")
    }
    public func discussSignals(_ n: Int, lines: [Int]) -> String {
        let shown = lines.prefix(5).map(String.init).joined(separator: ", ") + (lines.count > 5 ? " …" : "")
        return n == 1
            ? t("Discuss the signal without follow-up at the next meeting (log line \(shown)) and agree who takes it up.",
                "Bespreek het signaal zonder opvolging in het volgende overleg (regel \(shown) in het logboek) en spreek af wie het oppakt.")
            : t("Discuss the \(n) signals without follow-up at the next meeting (log lines \(shown)) and agree per signal who takes it up.",
                "Bespreek de \(n) signalen zonder opvolging in het volgende overleg (regels \(shown) in het logboek) en spreek per signaal af wie het oppakt.")
    }
    public var fixUnlistedIds: String {
        t("Look these ids up in the log: correct a typing error there, or add a missing partner to the actors file with its domain.",
          "Zoek deze ids op in het logboek: verbeter daar een tikfout, of zet een ontbrekende partner met zijn domein in het actorenbestand.")
    }

    // MARK: Findings stated against a reference

    public func domainsApart(_ observed: Double) -> String {
        t("Partners mostly keep to their own domain: \(share(observed)) of their ties go to another domain.",
          "Partners blijven vooral binnen hun eigen domein: \(share(observed)) van hun verbindingen gaat naar een ander domein.")
    }
    public func domainsMix(_ observed: Double) -> String {
        t("Partners work across domains: \(share(observed)) of their ties go to another domain.",
          "Partners werken over domeinen heen: \(share(observed)) van hun verbindingen gaat naar een ander domein.")
    }
    public func boundaryConcentrated(_ label: String, _ x: Double) -> String {
        t("\(label) does \(share(x)) of all boundary work between domains.", "\(label) doet \(share(x)) van al het grenzenwerk tussen domeinen.")
    }
    public func boundaryShared(_ x: Double) -> String {
        t("The boundary work between domains is shared: the partner who does most does \(share(x)) of it.",
          "Het grenzenwerk tussen domeinen is verdeeld: de partner die het meeste doet, doet \(share(x)) ervan.")
    }
    public func sharedOfEither(_ shared: Int, _ either: Int) -> String {
        t("The first pair shares \(youth(shared)) of the \(youth(either)) young people either of them sees.",
          "Het eerste paar deelt \(youth(shared)) van de \(youth(either)) jongeren die een van beiden ziet.")
    }
    public func notSeenShare(_ k: Int, _ of: Int) -> String {
        of == 1 ? t("It is the only ordinary resource.", "Het is de enige gewone voorziening.")
            : t("That is \(k) of the \(of) ordinary resources.", "Dat \(k == 1 ? "is" : "zijn") \(k) van de \(of) gewone voorzieningen.")
    }
    public func smallSideShare(_ x: Double) -> String {
        t("That part is \(share(x)) of the network it hangs from.", "Dat deel is \(share(x)) van het netwerk waar het aan hangt.")
    }

    // Groups (also used by the analysis text)
    /// `count` partners had no value for `attribute` (for `domain`: unknown domain) and were
    /// left out of the groups, as places and young people are.
    public func partnersLeftOut(_ count: Int, attribute: String) -> String {
        let nlName = ["domain": "domein", "kind": "soort", "organisation": "organisatie",
                      "neighbourhood": "wijk", "ordinary": "voorveld"][attribute] ?? attribute
        return t("\(count) partner\(count == 1 ? "" : "s") without a known \(attribute) left out (in no group).",
                 "\(count) partner\(count == 1 ? "" : "s") zonder bekend\(["domain", "ordinary"].contains(attribute) ? "" : "e") \(nlName) buiten beschouwing gelaten (in geen groep).")
    }

    // 1. Domain gaps
    public func domainGap(_ a: String, _ b: String, ties: Int) -> String {
        ties == 0
            ? t("\(domain(a).capitalized) and \(domain(b)) partners never had direct contact.",
                "Partners uit \(domain(a)) en \(domain(b)) hadden nooit rechtstreeks contact.")
            : t("\(domain(a).capitalized) and \(domain(b)) partners had only \(ties) direct tie\(ties == 1 ? "" : "s").",
                "Partners uit \(domain(a)) en \(domain(b)) hadden maar \(ties) rechtstreekse \(ties == 1 ? "verbinding" : "verbindingen").")
    }
    public func oneDomainPlace(_ place: String, youth: Int, domain d: String) -> String {
        t("At \(place), \(self.youth(youth)) young people meet partners of one domain only (\(domain(d))).",
          "Bij \(place) \(one(youth) ? "ziet" : "zien") \(youngPeople(youth)) alleen partners uit één domein (\(domain(d))).")
    }
    // 2. Fragmentation
    public func fragmentation(fragmented: Int, checked: Int, share: String, minPartners: Int) -> String {
        t("\(youth(fragmented)) of the \(youth(checked)) young people with \(minPartners) or more partners (\(share)) \(one(fragmented) ? "has" : "have") partners who mostly do not know each other.",
          "\(youth(fragmented)) van de \(youth(checked)) jongeren met \(minPartners) of meer partners (\(share)) \(one(fragmented) ? "heeft" : "hebben") partners die elkaar grotendeels niet kennen.")
    }
    public func oneDomainYouth(_ count: Int, share: String) -> String {
        t("\(youngPeople(count)) (\(share)) \(one(count) ? "is" : "are") reached by one domain only.", "\(youngPeople(count)) (\(share)) \(one(count) ? "wordt" : "worden") door maar één domein bereikt.")
    }

    // 3. Missing links
    public func missingLink(_ a: String, _ b: String, youth: Int, places: [String]) -> String {
        let where_ = places.isEmpty ? "" : t(" and meet at \(places.joined(separator: ", "))", " en komen allebei bij \(places.joined(separator: ", "))")
        return t("\(a) and \(b) share \(youngPeople(youth))\(where_), but never had contact.",
                 "\(a) en \(b) delen \(youngPeople(youth))\(where_), maar hadden nooit contact.")
    }
    public var missingLinksHeading: String { t("Partners who serve the same young people but never had contact (cross-domain first):", "Partners die dezelfde jongeren helpen maar nooit contact hadden (over domeinen heen eerst):") }
    // 4. Single points of failure
    public func cutPartner(_ label: String, pieces: Int, unlistedOnly: Int = 0, youthLosing: Int) -> String {
        let parts = unlistedParts(unlistedOnly, of: pieces)
        return t("If \(label) leaves, the network falls apart into \(pieces) parts\(parts) and \(youth(youthLosing)) young people lose their only line to a domain.",
                 "Als \(label) wegvalt, valt het netwerk in \(pieces) delen uiteen\(parts) en " + (one(youthLosing) ? "verliest 1 jongere de enige lijn naar een domein." : "verliezen \(youth(youthLosing)) jongeren hun enige lijn naar een domein."))
    }
    /// What follows a count of `total` parts of which `k` hold only ids the actors file does
    /// not list (``GapsAnalysis/CutPartner/piecesOfUnlistedIDsOnly``): such a part is often a
    /// typo in the log, not people cut off. Empty when `k` is 0.
    public func unlistedParts(_ k: Int, of total: Int) -> String {
        guard k > 0 else { return "" }
        if k == total {
            return k == 1 ? t(" (it holds only ids that are not in the actors file)", " (dat deel bestaat alleen uit ids die niet in het actorenbestand staan)")
                          : t(" (each holds only ids that are not in the actors file)", " (die bestaan alleen uit ids die niet in het actorenbestand staan)")
        }
        return t(" (\(k) of them \(k == 1 ? "holds" : "hold") only ids that are not in the actors file)",
                 " (\(k) daarvan \(k == 1 ? "bestaat" : "bestaan") alleen uit ids die niet in het actorenbestand staan)")
    }
    public func placesLosingTeam(_ places: [String]) -> String {
        t("Then \(list(places)) no longer \(places.count == 1 ? "reaches" : "reach") the neighbourhood team.",
          "Dan \(places.count == 1 ? "bereikt" : "bereiken") \(list(places)) het wijkteam niet meer.")
    }
    /// The only bridge between domains (``GapsAnalysis/CutPartner/separatesDomains``).
    public func separatesDomains(_ pairs: [String]) -> String {
        let shown = pairs.map { $0.split(separator: "|").map { domain(String($0)) }.joined(separator: "–") }.joined(separator: ", ")
        return t("Without this partner these domains come apart: \(shown).", "Zonder deze partner raken deze domeinen van elkaar los: \(shown).")
    }
    public func bridge(_ a: String, _ b: String, small: Int) -> String {
        t("The tie between \(a) and \(b) is the only link for a part of \(small) actor(s).",
          "De verbinding tussen \(a) en \(b) is de enige lijn naar een deel van \(small) \(small == 1 ? "actor" : "actoren").")
    }

    // 5. Boundary spanners
    /// `across` counts two-paths in both directions (as R's sna does for undirected ties); the
    /// sentence counts pairs of partners, each once: half of it.
    public func spanner(_ label: String, domain d: String, across: Int, z: String) -> String {
        let pairs = across / 2
        return t("\(label) (\(domain(d))) brokers between \(pairs) pairs of contacts across domains (liaison z = \(z)).",
                 "\(label) (\(domain(d))) bemiddelt tussen \(pairs) \(pairs == 1 ? "paar" : "paren") contacten over domeinen heen (z-score als verbinder = \(z)).")
    }
    public var spannersHeading: String { t("Partners who do the most boundary work between domains:", "Partners die het meeste grenzenwerk tussen domeinen doen:") }
    // 6. Ordinary life
    public func ordinaryShare(_ with: Int, _ youth: Int, share: String) -> String {
        t("\(self.youth(with)) of \(self.youth(youth)) young people (\(share)) \(one(with) ? "is" : "are") connected to an ordinary resource (school, club, community centre).",
          "\(self.youth(with)) van de \(self.youth(youth)) jongeren (\(share)) \(one(with) ? "is" : "zijn") verbonden met een gewone voorziening (school, club, buurthuis).")
    }
    public func onlyCare(_ count: Int) -> String {
        t("\(youngPeople(count)) \(one(count) ? "sees" : "see") only care partners and no ordinary resource.", "\(youngPeople(count)) \(one(count) ? "ziet" : "zien") alleen zorgpartners en geen gewone voorziening.")
    }
    public func notSeen(_ labels: [String]) -> String {
        t("Not seen by the neighbourhood team: \(labels.joined(separator: ", ")).", "Niet in beeld bij het wijkteam: \(labels.joined(separator: ", ")).")
    }
    // 7. Signals
    public func signals(_ followed: Int, _ total: Int, share: String, days: Int, median: String) -> String {
        t("\(followed) of \(total) signals (\(share)) \(followed == 1 ? "was" : "were") followed up by another domain within \(days) days; median \(median) days.",
          "\(followed) van de \(total) signalen (\(share)) \(followed == 1 ? "werd" : "werden") binnen \(days) dagen door een ander domein opgepakt; mediaan \(median) dagen.")
    }
    /// Ids of the log the actors file does not list (partners and places only: a young person's
    /// id is never shown). At most ten are named.
    public func notInActorsFile(partners: [String], places: [String]) -> String {
        func list(_ ids: [String]) -> String { ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? " …" : "") }
        var parts: [String] = []
        if !partners.isEmpty { parts.append(t("\(partners.count) under source/target (\(list(partners)))", "\(partners.count) als van/naar (\(list(partners)))")) }
        if !places.isEmpty { parts.append(t("\(places.count) under place (\(list(places)))", "\(places.count) als plek (\(list(places)))")) }
        let joined = parts.joined(separator: t(" and ", " en "))
        return t("Ids of the log that the actors file does not list: \(joined). Their domain is unknown, so they count in no figure about domains and in no pairs of partners.",
                 "Ids in het logboek die niet in het actorenbestand staan: \(joined). Hun domein is onbekend, dus ze tellen niet mee in de cijfers over domeinen en niet in de paren partners.")
    }
    public var unmeasuredHeading: String { t("What we could not determine:", "Wat we niet konden bepalen:") }

    /// What a missing input keeps from being measured, and what to add.
    public func unmeasured(_ input: MissingInput) -> String {
        switch input {
        case .domains:
            t("Ties between domains, boundary work and whether signals reach another domain: that needs partners of at least two domains. Add an actors file with a domain column (social, care, safety).",
              "Verbindingen tussen domeinen, grenzenwerk en of signalen een ander domein bereiken: daarvoor zijn partners van minstens twee domeinen nodig. Voeg een actorenbestand toe met de kolom domein (sociaal, zorg, veiligheid).")
        case .signals:
            t("Whether signals reach another domain in time: that needs contacts of type signal in this period (the type column, value signaal).",
              "Of signalen op tijd een ander domein bereiken: daarvoor zijn contacten van soort signaal in deze periode nodig (kolom soort, waarde signaal).")
        case .ordinary:
            t("Whether young people are tied to ordinary life (school, sports club, community centre): that needs the actors file's ordinary column (yes for an ordinary resource).",
              "Of jongeren verbonden zijn met het gewone leven (school, sportclub, buurthuis): daarvoor is de kolom voorveld in het actorenbestand nodig (ja voor een gewone voorziening).")
        }
    }

}
