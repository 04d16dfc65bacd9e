import ArgumentParser
import Foundation
import Wijknet

/// `wijknet survey-template`: the partner survey's workbook to send out (``SurveyTemplate``).
struct SurveyTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey-template",
        abstract: "Writes the partner survey's workbook (.xlsx): one sheet per partner with the other partners and checked answer cells.",
        discussion: """
        Every partner of the actors file (soort partner) gets a sheet named by its id, listing every other partner with empty answer cells: frequentie and intensiteit (a list 0–4), vertrouwen_1…3 and waarde_1…3 (a list 1–4), each cell with its meaning as a note. A last sheet, Uitleg, holds the questions.
        Send each partner its sheet; the filled-in rows are what 'wijknet survey' reads (one sheet with --sheet, or the rows of all sheets gathered in one).

        Example:
          wijknet survey-template --actors samples/enquete/actoren.csv -o enquete.xlsx
        """
    )

    @Option(name: .long, help: ArgumentHelp("The actors file listing the partners (CSV or .xlsx).", valueName: "file"))
    var actors: String

    @Option(name: .long, help: ArgumentHelp("Which header of the actors file holds which column, e.g. \"id=Code,name=Naam,kind=Soort\".", valueName: "mapping"))
    var actorColumns: String?

    @Option(name: .long, help: ArgumentHelp("The sheet to read from an .xlsx actors file (default: the first).", valueName: "name"))
    var actorSheet: String?

    @Option(name: [.short, .long], help: ArgumentHelp("The workbook to write (.xlsx); written whole or not at all.", valueName: "path"))
    var out: String

    func validate() throws {
        try checkingOptions(nil) {
            guard out.lowercased().hasSuffix(".xlsx") else { throw CLIMessage.templateNotXLSX(out) }
        }
    }

    func run() throws {
        try runReportingErrors(lang: nil) {
            let template = try SurveyTemplate(actorsPath: actors, actorColumns: try actorColumns.map { try ColumnMapping(parsing: $0, for: .actors) },
                                              actorSheet: actorSheet)
            try writeAtomically(try template.xlsx(), to: out)
        }
    }
}
