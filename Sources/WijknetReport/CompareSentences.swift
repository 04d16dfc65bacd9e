import Wijknet

/// Every word of `wijknet compare` and of the report's comparison section, in Dutch and
/// English, in one place.
public struct CompareSentences: Sendable {
    public let lang: Language
    public init(_ lang: Language) { self.lang = lang }
    private func t(_ en: String, _ nl: String) -> String { lang == .nl ? nl : en }

    public var heading: String { t("What changed", "Wat is er veranderd") }
    public var section: String { t("Before and after", "Voor en na") }
    public func periods(_ before: String, _ after: String) -> String {
        t("Before: \(before). After: \(after).", "Voor: \(before). Na: \(after).")
    }
    public var before: String { t("before", "voor") }
    public var after: String { t("after", "na") }
    public var beforeCapital: String { t("Before", "Voor") }
    public var afterCapital: String { t("After", "Na") }
    public var change: String { t("change", "verschil") }

    // Ties
    public var tiesAdded: String { t("New ties between partners", "Nieuwe verbindingen tussen partners") }
    public var tiesLost: String { t("Ties between partners that disappeared", "Verdwenen verbindingen tussen partners") }
    public var none: String { t("none", "geen") }
    public func partnerTies(before: Int, after: Int) -> String {
        t("Ties between partners: \(before) before, \(after) after.", "Verbindingen tussen partners: \(before) voor, \(after) na.")
    }
    public func youthTies(added: Int, lost: Int, before: Int, after: Int) -> String {
        t("Ties with young people: \(added) new, \(lost) gone (\(before) before, \(after) after).",
          "Verbindingen met jongeren: \(added) nieuw, \(lost) verdwenen (\(before) voor, \(after) na).")
    }
    public func placeTies(added: Int, lost: Int, before: Int, after: Int) -> String {
        t("Ties with places: \(added) new, \(lost) gone (\(before) before, \(after) after).",
          "Verbindingen met plekken: \(added) nieuw, \(lost) verdwenen (\(before) voor, \(after) na).")
    }
    public func contacts(_ n: Int) -> String { t("\(n) contact\(n == 1 ? "" : "s")", "\(n) contact\(n == 1 ? "" : "en")") }

    // Metrics
    public var metricsHeading: String { t("Partners whose position changed most", "Partners van wie de positie het meest veranderde") }
    public func metric(_ raw: String) -> String {
        switch raw {
        case "betweenness": t("betweenness", "tussenpositie (betweenness)")
        case "degree": t("degree (ties)", "aantal verbindingen (degree)")
        case "brokerage_total": t("brokerage (total)", "makelaarsrol (totaal)")
        default: raw
        }
    }
    public var partner: String { t("Partner", "Partner") }
    public var measure: String { t("Measure", "Maat") }
    public var contactsHeader: String { t("Contacts", "Contacten") }
    public var domain: String { t("Domain", "Domein") }
    public var unchanged: String { t("no change", "geen verandering") }

    // Mixing
    public var mixingHeading: String { t("How the domains meet (ties between partners)", "Hoe de domeinen elkaar ontmoeten (verbindingen tussen partners)") }
    public func ei(_ label: String, _ value: String, _ expected: String) -> String {
        t("E-I index \(label): \(value) (random baseline \(expected)).", "E-I-index \(label): \(value) (bij toeval \(expected)).")
    }
    public var eiExplained: String {
        t("E-I runs from −1 (only ties within a domain) to +1 (only ties across domains).",
          "E-I loopt van −1 (alleen verbindingen binnen een domein) tot +1 (alleen tussen domeinen).")
    }

    // Findings
    public var findingsAppeared: String { t("Findings that appeared", "Bevindingen die erbij kwamen") }
    public var findingsDisappeared: String { t("Findings that disappeared", "Bevindingen die verdwenen") }
    public var diagramsCaption: String { t("The domains before (left) and after (right)", "De domeinen voor (links) en na (rechts)") }
}
