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

    public var heading: String { t("Where the ecosystem does not hold together", "Waar het ecosysteem niet sluit") }
    public var lookAt: String { t("Look at", "Kijk naar") }

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
            : t("\(domain(a).capitalized) and \(domain(b)) partners had only \(ties) direct tie(s).",
                "Partners uit \(domain(a)) en \(domain(b)) hadden maar \(ties) rechtstreekse verbinding(en).")
    }
    public func domainGapAdvice(_ a: String, _ b: String) -> String {
        t("who in \(domain(a)) could be the first contact for \(domain(b)).", "wie in \(domain(a)) het eerste aanspreekpunt voor \(domain(b)) kan zijn.")
    }
    public func oneDomainPlace(_ place: String, youth: Int, domain d: String) -> String {
        t("At \(place), \(self.youth(youth)) young people meet partners of one domain only (\(domain(d))).",
          "Bij \(place) zien \(self.youth(youth)) jongeren alleen partners uit één domein (\(domain(d))).")
    }
    public var oneDomainPlaceAdvice: String { t("which partner of another domain could come to this place.", "welke partner uit een ander domein naar deze plek kan komen.") }

    // 2. Fragmentation
    public func fragmentation(fragmented: Int, checked: Int, share: String, minPartners: Int) -> String {
        t("\(youth(fragmented)) of the \(youth(checked)) young people with \(minPartners) or more partners (\(share)) have partners who mostly do not know each other.",
          "\(youth(fragmented)) van de \(youth(checked)) jongeren met \(minPartners) of meer partners (\(share)) hebben partners die elkaar grotendeels niet kennen.")
    }
    public var fragmentationAdvice: String { t("a case discussion for the young people listed (by pseudonym).", "een casusoverleg voor de genoemde jongeren (op pseudoniem).") }
    public var oneDomainYouthAdvice: String { t("which other domain these young people may need.", "welk ander domein deze jongeren mogelijk nodig hebben.") }
    public func oneDomainYouth(_ count: Int, share: String) -> String {
        t("\(youth(count)) young people (\(share)) are reached by one domain only.", "\(youth(count)) jongeren (\(share)) worden door maar één domein bereikt.")
    }

    // 3. Missing links
    public func missingLink(_ a: String, _ b: String, youth: Int, places: [String]) -> String {
        let where_ = places.isEmpty ? "" : t(" and meet at \(places.joined(separator: ", "))", " en komen allebei bij \(places.joined(separator: ", "))")
        return t("\(a) and \(b) share \(self.youth(youth)) young people\(where_), but never had contact.",
                 "\(a) en \(b) delen \(self.youth(youth)) jongeren\(where_), maar hadden nooit contact.")
    }
    public var missingLinksHeading: String { t("Partners who serve the same young people but never had contact (cross-domain first):", "Partners die dezelfde jongeren helpen maar nooit contact hadden (over domeinen heen eerst):") }
    public var missingLinkAdvice: String { t("which of these pairs should get to know each other.", "welke van deze paren elkaar moeten leren kennen.") }

    // 4. Single points of failure
    public func cutPartner(_ label: String, pieces: Int, youthLosing: Int) -> String {
        t("If \(label) leaves, the network falls apart into \(pieces) parts and \(youth(youthLosing)) young people lose their only line to a domain.",
          "Als \(label) wegvalt, valt het netwerk in \(pieces) delen uiteen en verliezen \(youth(youthLosing)) jongeren hun enige lijn naar een domein.")
    }
    public func placesLosingTeam(_ places: [String]) -> String {
        t("Then \(places.joined(separator: ", ")) no longer reach(es) the neighbourhood team.",
          "Dan bereikt/bereiken \(places.joined(separator: ", ")) het wijkteam niet meer.")
    }
    public var cutPartnerAdvice: String { t("who else could take over this partner's contacts.", "wie de contacten van deze partner kan overnemen.") }
    public func bridge(_ a: String, _ b: String, small: Int) -> String {
        t("The tie between \(a) and \(b) is the only link for a part of \(small) actor(s).",
          "De verbinding tussen \(a) en \(b) is de enige lijn naar een deel van \(small) actor(en).")
    }

    // 5. Boundary spanners
    /// `across` counts two-paths in both directions (as R's sna does for undirected ties); the
    /// sentence counts pairs of partners, each once: half of it.
    public func spanner(_ label: String, domain d: String, across: Int, z: String) -> String {
        let pairs = across / 2
        return t("\(label) (\(domain(d))) brokers between \(pairs) pairs of contacts across domains (liaison z = \(z)).",
                 "\(label) (\(domain(d))) bemiddelt tussen \(pairs) paren contacten over domeinen heen (z-score als verbinder = \(z)).")
    }
    public var spannersHeading: String { t("Partners who do the most boundary work between domains:", "Partners die het meeste grenzenwerk tussen domeinen doen:") }
    public var spannerAdvice: String { t("whether this boundary work is recognised and shared.", "of dit grenzenwerk erkend en gedeeld wordt.") }

    // 6. Ordinary life
    public func ordinaryShare(_ with: Int, _ youth: Int, share: String) -> String {
        t("\(self.youth(with)) of \(self.youth(youth)) young people (\(share)) are connected to an ordinary resource (school, club, community centre).",
          "\(self.youth(with)) van de \(self.youth(youth)) jongeren (\(share)) zijn verbonden met een gewone voorziening (school, club, buurthuis).")
    }
    public func onlyCare(_ count: Int) -> String {
        t("\(youth(count)) young people see only care partners and no ordinary resource.", "\(youth(count)) jongeren zien alleen zorgpartners en geen gewone voorziening.")
    }
    public func notSeen(_ labels: [String]) -> String {
        t("Not seen by the neighbourhood team: \(labels.joined(separator: ", ")).", "Niet in beeld bij het wijkteam: \(labels.joined(separator: ", ")).")
    }
    public var notSeenAdvice: String { t("a first meeting between these resources and the neighbourhood team.", "een eerste kennismaking tussen deze voorzieningen en het wijkteam.") }

    // 7. Signals
    public func signals(_ followed: Int, _ total: Int, share: String, days: Int, median: String) -> String {
        t("\(followed) of \(total) signals (\(share)) were followed up by another domain within \(days) days; median \(median) days.",
          "\(followed) van de \(total) signalen (\(share)) werden binnen \(days) dagen door een ander domein opgepakt; mediaan \(median) dagen.")
    }
    public var signalsAdvice: String { t("the signals without follow-up (log lines listed).", "de signalen zonder opvolging (regelnummers in het logboek).") }
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
    public var notInActorsFileAdvice: String { t("these ids: typing errors in the log, or partners to add to the actors file.", "deze ids: tikfouten in het logboek, of partners die in het actorenbestand horen.") }

    public var unmeasuredHeading: String { t("What we could not determine:", "Wat we niet konden bepalen:") }

    /// What a missing input keeps from being measured, and what to add.
    public func unmeasured(_ input: MissingInput) -> String {
        switch input {
        case .domains:
            t("Ties between domains, boundary work and whether signals reach another domain: that needs partners of at least two domains. Add an actors file with a domain column (social, care, safety).",
              "Verbindingen tussen domeinen, grenzenwerk en of signalen een ander domein bereiken: daarvoor zijn partners van minstens twee domeinen nodig. Voeg een actorenbestand toe met de kolom domein (sociaal, zorg, veiligheid).")
        case .ordinary:
            t("Whether young people are tied to ordinary life (school, sports club, community centre): that needs the actors file's ordinary column (yes for an ordinary resource).",
              "Of jongeren verbonden zijn met het gewone leven (school, sportclub, buurthuis): daarvoor is de kolom voorveld in het actorenbestand nodig (ja voor een gewone voorziening).")
        }
    }

    public var noSignals: String { t("No signals (type signaal) in this period.", "Geen signalen (soort signaal) in deze periode.") }
}
