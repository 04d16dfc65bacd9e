import Wijknet

/// How the page names a column mapping where a problem's fix is one (``ProblemWording``): its
/// form ‘Kolommen koppelen’, never an option of the command line, which the coordinator never sees.
struct PageWording: ProblemWording {
    func mapping(_ file: ColumnMapping.File, _ lang: Language) -> String {
        switch (file, lang) {
        case (.actors, .nl): "de koppeling van het actorenbestand (bij ‘Kolommen koppelen’)"
        case (_, .nl): "de koppeling bij ‘Kolommen koppelen’"
        case (.actors, .en): "the actors file's mapping (under ‘Kolommen koppelen’)"
        case (_, .en): "the mapping under ‘Kolommen koppelen’"
        }
    }

    func giving(_ file: ColumnMapping.File, _ pairs: [InputIssue.Part], _ lang: Language) -> [InputIssue.Part] {
        lang == .nl
            ? [.text("kies bij ‘Kolommen koppelen’ ")] + pairs + [.text(" en klik op ‘Koppelen en opnieuw lezen’")]
            : [.text("the mapping under ‘Kolommen koppelen’ ")] + pairs + [.text(", then ‘Koppelen en opnieuw lezen’")]
    }
}
