import Foundation
import WijknetIngest

/// The workbook to send out for a partner survey (`wijknet survey-template`): one sheet per
/// partner of the actors file — its respondent sheet, named by its id — listing every other
/// partner with the answer cells to fill in, and a last sheet `Uitleg` with the questions.
///
/// Each respondent sheet has the columns ``SurveyReader`` reads (Dutch): `respondent`, `partner`,
/// `partnernaam`, `frequentie`, `intensiteit`, `vertrouwen_1`…`3`, `waarde_1`…`3`, `toelichting`;
/// the respondent and partner cells are filled in, the answer cells left empty and validated: a
/// list `0`–`4` for frequency and intensity, `1`–`4` for the trust and value items, each with its
/// meaning as the cell's input message. Only partners are listed: never a place or a young person.
/// - Complexity: `O(p²)` cells for `p` partners.
public struct SurveyTemplate {
    /// The partners, in the actors file's order.
    public let partners: [Actor]

    /// The questions behind the trust and value items (after PARTNER CPRM's trust and value dimensions).
    public static let items: [(column: String, question: String)] = [
        ("vertrouwen_1", "Deze partner doet wat hij toezegt."),
        ("vertrouwen_2", "Deze partner zet zich in voor de gezamenlijke doelen in de wijk."),
        ("vertrouwen_3", "Met deze partner kan ik open overleggen, ook als we het oneens zijn."),
        ("waarde_1", "Deze partner heeft invloed: hij kan dingen in gang zetten."),
        ("waarde_2", "Deze partner is actief betrokken bij het netwerk."),
        ("waarde_3", "Deze partner brengt iets in: kennis, tijd, middelen of contacten."),
    ]

    /// The header of a respondent sheet.
    public static let header = ["respondent", "partner", "partnernaam", "frequentie", "intensiteit"] + items.map(\.column) + ["toelichting"]

    /// The template for the partners of the actors file at `actorsPath`.
    /// - Throws: the actors file's problems as ``SurveyReader`` reports them;
    ///   ``WijknetError/unanswerable(_:)`` when it lists fewer than two partners.
    public init(actorsPath: String, actorColumns: ColumnMapping? = nil, actorSheet: String? = nil) throws {
        let (log, _) = try SurveyReader(actorColumns: actorColumns, actorSheet: actorSheet).readActors(actorsPath)
        partners = log.actors.filter { $0.kind == .partner }
        guard partners.count >= 2 else {
            throw WijknetError.unanswerable(.tooFewSurveyPartners(partners.count))
        }
    }

    /// The workbook's bytes (deterministic: the same actors file gives the same bytes).
    public func xlsx() throws -> Data {
        let names = Self.sheetNames(partners.map(\.id) + ["Uitleg"])
        var sheets = partners.indices.map { respondentSheet($0, name: names[$0]) }
        sheets.append(explanation(name: names.last!))
        return try XLSXWorkbook(sheets: sheets).data()
    }

    private func respondentSheet(_ r: Int, name: String) -> XLSXWorkbook.Sheet {
        var rows: [[XLSXWorkbook.Cell]] = [Self.header.map { .text($0) }]
        for p in partners.indices where p != r {
            rows.append([.text(partners[r].id), .text(partners[p].id), .text(partners[p].name ?? partners[p].id)])
        }
        let last = rows.count
        func list(_ column: String, _ values: ClosedRange<Int>, _ title: String, _ prompt: String) -> XLSXWorkbook.ListValidation {
            XLSXWorkbook.ListValidation(range: "\(column)2:\(column)\(last)", values: values.map(String.init), title: title, prompt: prompt,
                                        error: "Kies een waarde uit de lijst (\(values.lowerBound) tot en met \(values.upperBound)), of laat de cel leeg.")
        }
        var validations = [
            list("D", 0...4, "Frequentie", "Hoe vaak werkt u samen? 0 = nooit, 1 = jaarlijks, 2 = maandelijks, 3 = wekelijks, 4 = dagelijks."),
            list("E", 0...4, "Intensiteit", "Hoe intensief? 0 = geen, 1 = bekend (weten van elkaar), 2 = samenwerking (informatie delen, doorverwijzen), 3 = afstemming (samen plannen), 4 = integratie (gedeeld werk en besluiten)."),
        ]
        for (k, item) in Self.items.enumerated() {
            let column = InputIssue.columnLetters(6 + k)
            validations.append(list(column, 1...4, item.column, "\(item.question) 1 = helemaal niet, 2 = een beetje, 3 = grotendeels, 4 = helemaal."))
        }
        return XLSXWorkbook.Sheet(name: name, rows: rows, columnWidths: [14, 14, 28, 11, 11] + Array(repeating: 13, count: 6) + [40], validations: validations)
    }

    private func explanation(name: String) -> XLSXWorkbook.Sheet {
        var rows: [[XLSXWorkbook.Cell]] = [[.text("kolom"), .text("vraag")]]
        rows.append([.text("frequentie"), .text("Hoe vaak werkt u samen met deze partner? 0 = nooit, 1 = jaarlijks, 2 = maandelijks, 3 = wekelijks, 4 = dagelijks.")])
        rows.append([.text("intensiteit"), .text("Hoe intensief is de samenwerking? 0 = geen, 1 = bekend, 2 = samenwerking, 3 = afstemming, 4 = integratie.")])
        for item in Self.items { rows.append([.text(item.column), .text(item.question + " 1 = helemaal niet tot 4 = helemaal.")]) }
        rows.append([.text("leeg"), .text("Een lege cel betekent: niet beantwoord. Vul alleen uw eigen blad in.")])
        return XLSXWorkbook.Sheet(name: name, rows: rows, columnWidths: [14, 100])
    }

    /// Sheet names as Excel allows them: at most 31 characters, none of `: \ / ? * [ ]`, not
    /// starting or ending with `'`, unique without regard to case (a repeat gets ` (2)`, …).
    static func sheetNames(_ wanted: [String]) -> [String] {
        var taken = Set<String>(), out: [String] = []
        for w in wanted {
            var base = String(w.map { ":\\/?*[]".contains($0) ? "_" : $0 }).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            if base.isEmpty { base = "blad" }
            var name = String(base.prefix(31)), n = 2
            while taken.contains(name.lowercased()) {
                let suffix = " (\(n))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            taken.insert(name.lowercased())
            out.append(name)
        }
        return out
    }
}
