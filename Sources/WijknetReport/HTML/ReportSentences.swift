import Wijknet

/// Every word of the meeting report outside the findings (which come from ``GapsSentences``),
/// in Dutch and English, in one place.
struct ReportSentences {
    let lang: Language
    func t(_ en: String, _ nl: String) -> String { lang == .nl ? nl : en }

    var htmlLang: String { t("en", "nl") }
    var defaultTitle: String { t("Ecosystem around young people", "Ecosysteem rond jongeren") }
    var generated: String { t("Made with Wijknet from the contact log; young people appear only as counts or pseudonyms.",
                              "Gemaakt met Wijknet uit het contactlogboek; jongeren staan er alleen in als aantal of pseudoniem.") }
    var contents: String { t("Contents", "Inhoud") }

    /// The sections with a title of their own, by anchor (`#missing-links`); the units and
    /// comparison sections take theirs from what they show.
    enum Section: String {
        case verdict, summary, findings, goals, diagrams, partners, domains, fragmentation, signals
        case keyPlayers = "key-players"
        case missingLinks = "missing-links", singlePoints = "single-points", howToRead = "how-to-read"
    }

    func title(_ section: Section) -> String {
        switch section {
        case .verdict: t("In short", "In het kort")
        case .summary: t("About the data", "Over de gegevens")
        case .findings: t("Further findings", "Verdere bevindingen")
        case .goals: t("Goals", "Doelen")
        case .diagrams: t("Diagrams", "Diagrammen")
        case .partners: t("Partners who hold the network together", "Partners die het netwerk bij elkaar houden")
        case .keyPlayers: t("Key players: who holds it together, who reaches the most", "Sleutelfiguren: wie houdt het bij elkaar, wie bereikt de meesten")
        case .domains: t("How the domains meet", "Hoe de domeinen elkaar ontmoeten")
        case .missingLinks: t("Missing links", "Ontbrekende verbindingen")
        case .singlePoints: t("Single points of failure", "Kwetsbare schakels")
        case .fragmentation: t("Fragmented help around young people", "Versnipperde hulp rond jongeren")
        case .signals: t("Signals and their follow-up", "Signalen en hun opvolging")
        case .howToRead: t("How to read this report", "Zo lees je dit rapport")
        }
    }

    // Summary
    var neighbourhood: String { t("Neighbourhood", "Wijk") }
    var file: String { t("Contact log", "Contactlogboek") }
    var period: String { t("Period", "Periode") }
    var rows: String { t("Rows", "Regels") }
    func rows(read: Int, used: Int, skipped: Int) -> String {
        t("\(read) read, \(used) used, \(skipped) skipped", "\(read) gelezen, \(used) gebruikt, \(skipped) overgeslagen")
    }
    var contacts: String { t("Contacts in the period", "Contacten in de periode") }
    var actors: String { t("Actors", "Actoren") }
    var partnersByDomain: String { t("Partners by domain", "Partners per domein") }
    var pseudonyms: String { t("Pseudonyms", "Pseudoniemen") }
    var stable: String { t("stable (keyed): the same young person has the same pseudonym in every report made with this key",
                           "stabiel (met sleutel): dezelfde jongere heeft in elk rapport met deze sleutel hetzelfde pseudoniem") }
    var perRun: String { t("for this run only: no key was given, so pseudonyms differ between reports",
                           "alleen voor deze keer: er is geen sleutel gegeven, dus pseudoniemen verschillen per rapport") }
    var smallCells: String { t("Small numbers", "Kleine aantallen") }
    func suppressed(_ k: Int) -> String {
        t("counts of young people below \(k) are shown as < \(k)", "aantallen jongeren onder de \(k) staan er als < \(k)")
    }
    var notSuppressed: String { t("not suppressed: every count is exact", "niet onderdrukt: alle aantallen zijn exact") }
    func kind(_ k: ActorKind) -> String {
        switch k {
        case .partner: t("partners", "partners")
        case .place: t("places", "plekken")
        case .youth: t("young people", "jongeren")
        }
    }
    var noFurtherFindings: String { t("No further findings: everything found is in the verdict above.", "Geen verdere bevindingen: alles wat gevonden is, staat hierboven in het kort.") }
    var appendix: String { t("Appendix: the tables behind the findings", "Bijlage: de tabellen achter de bevindingen") }

    // Diagrams
    var domainsDiagram: String { t("The domains and the ties between them", "De domeinen en de verbindingen ertussen") }
    var gapsDiagram: String { t("Partners, missing links (dashed) and single points of failure (thick outline)",
                                "Partners, ontbrekende verbindingen (gestreept) en kwetsbare schakels (dikke rand)") }

    // Tables
    var partner: String { t("Partner", "Partner") }
    var domain: String { t("Domain", "Domein") }
    var organisation: String { t("Organisation", "Organisatie") }
    var betweenness: String { t("Betweenness", "Tussenpositie") }
    var degree: String { t("Direct ties", "Directe verbindingen") }
    var liaison: String { t("Liaison", "Verbinder") }
    var gatekeeperOrRepresentative: String { t("Gatekeeper or representative", "Poortwachter of vertegenwoordiger") }
    var crossDomain: String { t("Across domains", "Over domeinen") }
    var byBetweenness: String { t("By betweenness (on the shortest routes between others)", "Op tussenpositie (op de kortste routes tussen anderen)") }
    var byBrokerage: String { t("By brokerage across domains: pairs of contacts, each counted once (liaison + gatekeeper or representative + consultant)", "Op bemiddeling over domeinen: paren contacten, elk één keer geteld (verbinder + poortwachter of vertegenwoordiger + adviseur)") }
    var consultant: String { t("Consultant", "Adviseur") }
    var mixingCaption: String { t("Ties between partners, by domain", "Verbindingen tussen partners, per domein") }
    func ei(_ value: String, _ expected: String) -> String {
        t("E-I index \(value) (random baseline \(expected)): −1 means all ties stay inside a domain, +1 all cross domains.",
          "E-I-index \(value) (bij toeval \(expected)): −1 betekent dat alle verbindingen binnen een domein blijven, +1 dat ze allemaal over domeinen gaan.")
    }
    var place: String { t("Place", "Plek") }
    var domainsReaching: String { t("Domains that reach it", "Domeinen die er komen") }
    var youngPeople: String { t("Young people", "Jongeren") }
    var crossTies: String { t("Cross-domain ties", "Verbindingen over domeinen") }
    var partnerA: String { t("Partner A", "Partner A") }
    var partnerB: String { t("Partner B", "Partner B") }
    var sharedYouth: String { t("Shared young people", "Gedeelde jongeren") }
    var sharedPlaces: String { t("Shared places", "Gedeelde plekken") }
    var score: String { t("Score", "Score") }
    var parts: String { t("Parts if it leaves", "Delen als deze wegvalt") }
    var youthLosing: String { t("Young people losing their only line to a domain", "Jongeren die hun enige lijn naar een domein verliezen") }
    var placesLosing: String { t("Places losing the neighbourhood team", "Plekken die het wijkteam kwijtraken") }
    var bridgesCaption: String { t("Ties that are the only link (bridges)", "Verbindingen die de enige lijn zijn (bruggen)") }
    var sides: String { t("Sizes of the two sides", "Grootte van de twee kanten") }
    var pseudonym: String { t("Young person (pseudonym)", "Jongere (pseudoniem)") }
    var partnersCount: String { t("Partners", "Partners") }
    var domainsCount: String { t("Domains", "Domeinen") }
    var density: String { t("Ties among the partners", "Verbindingen tussen de partners") }
    var line: String { t("Log line", "Regel in het logboek") }
    var followUp: String { t("Follow-up line", "Regel van de opvolging") }
    var days: String { t("Days", "Dagen") }
    var none: String { t("none", "geen") }
    var nothingHere: String { t("Nothing to show in this period.", "In deze periode niets te tonen.") }
    // Why a section is empty (issue 24)
    var noPartners: String { t("There are no partners in this period (the source and target columns), so there is no one to rank or compare.",
                               "Er zijn in deze periode geen partners (de kolommen van en naar), dus er is niemand om te rangschikken of te vergelijken.") }
    var noYouth: String { t("There are no young people in this period (the about column), so there is no help around young people to look at.",
                            "Er zijn in deze periode geen jongeren (de kolom over), dus er is geen hulp rond jongeren om te bekijken.") }
    var noPlaces: String { t("There are no places in this period (the place column).", "Er zijn in deze periode geen plekken (de kolom plek).") }
    var noBrokerage: String { t("No partner stands between two contacts of different domains who do not know each other.",
                                "Geen partner staat tussen twee contacten uit verschillende domeinen die elkaar niet kennen.") }
    var noMissingLinks: String { t("Every pair of partners who share young people or places has had contact.",
                                   "Alle paren partners die jongeren of plekken delen, hebben contact gehad.") }
    var nothingShared: String { t("Partners share no young people or places in this period, so no missing link can be seen.",
                                  "Partners delen in deze periode geen jongeren of plekken, dus een ontbrekende verbinding is niet te zien.") }
    var noSinglePoints: String { t("No partner or tie holds a part of the network alone: it does not fall apart when one leaves.",
                                   "Geen partner of verbinding houdt in zijn eentje een deel van het netwerk vast: het valt niet uiteen als er één wegvalt.") }
    func noneChecked(_ k: Int) -> String {
        t("No young person has \(k) or more partners, so there is no fragmentation to measure.",
          "Geen jongere heeft \(k) of meer partners, dus er is geen versnippering te meten.")
    }
    /// As the finding words it (``GapsSentences``): young people with `minPartners` or more partners.
    func fragmentationSummary(_ fragmented: String, _ checked: String, _ share: String, minPartners: Int) -> String {
        t("\(fragmented) of \(checked) young people with \(minPartners) or more partners have partners who mostly do not know each other (\(share)).",
          "\(fragmented) van de \(checked) jongeren met \(minPartners) of meer partners hebben partners die elkaar grotendeels niet kennen (\(share)).")
    }
    func signalsSummary(_ followed: Int, _ total: Int, _ median: String) -> String {
        t("\(followed) of \(total) signals were followed up by another domain in time; median \(median) days.",
          "\(followed) van de \(total) signalen werden op tijd door een ander domein opgepakt; mediaan \(median) dagen.")
    }

    // How to read
    var measures: [(String, String)] {
        [
            (t("Betweenness", "Tussenpositie"), t("How often a partner lies on the shortest route between two others. A high value means many contacts run through this partner; if they leave, others lose their shortest way to each other.",
                                                  "Hoe vaak een partner op de kortste route tussen twee anderen ligt. Een hoge waarde betekent dat veel contacten via deze partner lopen; valt die weg, dan verliezen anderen hun kortste weg naar elkaar.")),
            (t("Brokerage", "Bemiddeling"), t("A partner brokers when two of its contacts do not know each other. Liaison: all three in different domains; gatekeeper or representative: the partner shares a domain with one side (with ties that have no direction these are one pair seen from either side, so one column); consultant: the two sides share a domain and the partner comes from another. Each pair of contacts is counted once.",
                                              "Een partner bemiddelt als twee van zijn contacten elkaar niet kennen. Verbinder: alle drie in een ander domein; poortwachter of vertegenwoordiger: de partner deelt een domein met één kant (bij contacten zonder richting is dat hetzelfde paar van twee kanten bekeken, dus één kolom); adviseur: de twee kanten delen een domein en de partner komt uit een ander. Elk paar contacten telt één keer.")),
            (t("E-I index", "E-I-index"), t("The share of ties across domains minus the share inside, from −1 to +1, set against what chance alone would give with the same partners.",
                                            "Het aandeel verbindingen over domeinen min het aandeel binnen een domein, van −1 tot +1, vergeleken met wat toeval zou geven bij dezelfde partners.")),
            (t("Reference", "Maatstaf"), t("Every finding is set beside a reference: what chance would give with the same partners, the team's own goal when the goals file names that figure, or else Wijknet's standard (at least half of the signals followed up, at least three quarters of the young people tied to school, club or community centre, at most 10% fragmented help, at most a third of the boundary work on one partner). A goal of your own replaces the standard. A concern's urgency is high when the figure is more than halfway on the wrong side of its reference, medium from a quarter. A finding covers the report's whole period; with the goals per period, a finding judged against a goal also names the last period. A shorter period holds fewer contacts between partners, so fragmentation is usually higher per quarter than over a year.",
                                           "Elke bevinding staat naast een maatstaf: wat toeval zou geven bij dezelfde partners, het eigen doel van het team als het doelenbestand dat getal noemt, of anders de standaard van Wijknet (minstens de helft van de signalen opgepakt, minstens driekwart van de jongeren verbonden met school, club of buurthuis, hoogstens 10% versnipperde hulp, hoogstens een derde van het grenzenwerk bij één partner). Een eigen doel vervangt de standaard. De urgentie van een aandachtspunt is hoog als het getal meer dan halverwege aan de verkeerde kant van de maatstaf ligt, gemiddeld vanaf een kwart. Een bevinding gaat over de hele periode van het rapport; staan de doelen per periode in het rapport, dan noemt een bevinding met een doel als maatstaf ook de laatste periode. In een kortere periode vallen minder contacten tussen partners, dus versnippering is per kwartaal meestal hoger dan over een jaar.")),
            (t("Missing link", "Ontbrekende verbinding"), t("Two partners who serve the same young people or places but never had contact. Pairs from different domains come first.",
                                                            "Twee partners die dezelfde jongeren of plekken helpen, maar nooit contact hadden. Paren uit verschillende domeinen staan bovenaan.")),
            (t("Single point of failure", "Kwetsbare schakel"), t("A partner whose leaving splits the network: some partners, places or young people can then no longer reach each other.",
                                                                 "Een partner die het netwerk splitst als die wegvalt: sommige partners, plekken of jongeren kunnen elkaar dan niet meer bereiken.")),
            (t("Fragmentation", "Versnippering"), t("Many partners around one young person who hardly know each other: many changing faces, little coordination.",
                                                    "Veel partners rond één jongere die elkaar nauwelijks kennen: veel wisselende gezichten, weinig afstemming.")),
        ]
    }
    // What a bounded part of the page leaves out (issue 28: a readable page at a million actors).
    func n(_ x: Int) -> String { Format.integer(x, lang) }
    /// Under the places table when it shows only its first `shown` places (in its own order).
    func placesLeftOut(shown: Int, leftOut: Int) -> String {
        t("The first \(n(shown)) places are shown; \(n(leftOut)) more places are not. Every place, with its figures, is in the export.",
          "De eerste \(n(shown)) plekken staan hierboven; nog \(n(leftOut)) plekken niet getoond. Alle plekken, met hun cijfers, staan in de export.")
    }
    /// Under the map when it draws only the partners and places ``MapSelection`` keeps.
    func mapLeftOut(partners: Int, places: Int, partnersLeftOut: Int, placesLeftOut: Int) -> String {
        t("The map shows \(n(partners)) partners (those of the missing links, then those with the most contacts with other partners) and \(n(places)) places (those tied to the most of them); "
            + "\(n(partnersLeftOut)) more partners and \(n(placesLeftOut)) more places are not shown. The full list is in the export.",
          "De kaart toont \(n(partners)) partners (die van de ontbrekende verbindingen, dan die met de meeste contacten met andere partners) en \(n(places)) plekken (die met de meeste van hen verbonden zijn); "
            + "nog \(n(partnersLeftOut)) partners en \(n(placesLeftOut)) plekken niet getoond. De volledige lijst staat in de export.")
    }

    var sortHint: String { t("Click a column header to sort a table.", "Klik op een kolomkop om een tabel te sorteren.") }
}
