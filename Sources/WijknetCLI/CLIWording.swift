import Wijknet

/// How the command line names a column mapping where a problem's fix is one
/// (``ProblemWording``): as its own options, `--columns` and `--actor-columns` — the library
/// never names them (issue 23).
struct CLIWording: ProblemWording {
    func mapping(_ file: ColumnMapping.File, _ lang: Language) -> String {
        file == .actors ? "--actor-columns" : "--columns"
    }

    /// A setting as this command's option: `--from`, `--pseudonym-key-file FILE`.
    func setting(_ setting: Setting, _ lang: Language) -> String {
        let nl = lang == .nl
        return switch setting {
        case .from: "--from"
        case .to: "--to"
        case .period: "--period"
        case .pseudonymKey: nl ? "--pseudonym-key-file BESTAND" : "--pseudonym-key-file FILE"
        case .actorsFile: nl ? "het actorenbestand (--actors)" : "the actors file (--actors)"
        case .dateFormat: "--date-format"
        case .csvFormat: "--format csv"
        case .placeList: "'wijknet analyse --format csv'"
        case .validation: "'wijknet validate'"
        }
    }

    /// `--columns "date=Datum,source=Medewerker"`.
    func giving(_ file: ColumnMapping.File, _ pairs: [InputIssue.Part], _ lang: Language) -> [InputIssue.Part] {
        [.text(mapping(file, lang) + " \"")] + pairs + [.text("\"")]
    }
}
