import Wijknet

/// How the command line names a column mapping where a problem's fix is one
/// (``ProblemWording``): as its own options, `--columns` and `--actor-columns` — the library
/// never names them (issue 23).
struct CLIWording: ProblemWording {
    func mapping(_ file: ColumnMapping.File, _ lang: Language) -> String {
        file == .actors ? "--actor-columns" : "--columns"
    }

    /// `--columns "date=Datum,source=Medewerker"`.
    func giving(_ file: ColumnMapping.File, _ pairs: [InputIssue.Part], _ lang: Language) -> [InputIssue.Part] {
        [.text(mapping(file, lang) + " \"")] + pairs + [.text("\"")]
    }
}
