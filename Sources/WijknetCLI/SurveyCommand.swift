import ArgumentParser
import Wijknet
import WijknetJobs
import WijknetReport

/// `wijknet survey`: a partner survey's ties, reciprocity, trust and value, per partner and per
/// domain pair, with non-response — the model is in ``SurveyAnalysis``.
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "A partner survey: directed ties, reciprocity, trust and value scores, intensity per domain pair, non-response.",
        discussion: """
        The survey (CSV or .xlsx) has one row per respondent and named partner: respondent, partner, frequentie/frequency (0–4: nooit, jaarlijks, maandelijks, wekelijks, dagelijks), intensiteit/intensity (0–4: geen, bekend, samenwerking, afstemming, integratie), vertrouwen_1…3/trust_1…3 and waarde_1…3/value_1…3 (1–4). An empty cell is not answered.
        The actors file lists the partners (soort partner); every partner in it is asked.

        Example:
          wijknet survey samples/enquete/enquete.csv --actors samples/enquete/actoren.csv
          wijknet survey enquete.xlsx --actors actoren.csv --format csv -o enquete-cijfers.csv
          wijknet survey samples/enquete/enquete-ronde2.csv --actors samples/enquete/actoren.csv --earlier samples/enquete/enquete.csv
        """
    )

    @Argument(help: ArgumentHelp("The survey answers (CSV or .xlsx).", valueName: "survey"))
    var survey: String

    @Option(name: .long, help: ArgumentHelp("The actors file listing the partners (CSV or .xlsx: id, name/naam, kind/soort, domain/domein).", valueName: "file"))
    var actors: String

    @Option(name: .long, help: ArgumentHelp("Which header of the survey holds which column, e.g. \"respondent=Organisatie,partner=Over,frequency=Hoe vaak\" (names: respondent, partner, frequency, intensity, trust_1…trust_3, value_1…value_3; Dutch names too).", valueName: "mapping"))
    var columns: String?

    @Option(name: .long, help: ArgumentHelp("Which header of the actors file holds which column, e.g. \"id=Code,name=Naam,kind=Soort\".", valueName: "mapping"))
    var actorColumns: String?

    @Option(name: .long, help: ArgumentHelp("The sheet to read from an .xlsx survey (default: the first).", valueName: "name"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp("The sheet to read from an .xlsx actors file (default: the first).", valueName: "name"))
    var actorSheet: String?

    @Option(name: .long, help: ArgumentHelp("An earlier round of the same survey (same actors file): compare the two rounds.", valueName: "file"))
    var earlier: String?

    @Option(help: "text, csv or json.") var format: TableFormat = .text
    @Option(help: "Language of the text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @OptionGroup var output: OutputOptions

    func run() throws {
        try runReportingErrors(lang: lang) {
            let reader = SurveyReader(columns: try columns.map { try ColumnMapping(parsing: $0, for: .survey) },
                                      actorColumns: try actorColumns.map { try ColumnMapping(parsing: $0, for: .actors) },
                                      sheet: sheet, actorSheet: actorSheet)
            var job = SurveyJob(survey: SurveySource(reader: reader, path: survey, actors: actors),
                                style: TableStyle(format, lang: Language.resolved(lang)))
            job.earlier = earlier
            try output.write(try job.run(say: say))
        }
    }
}
