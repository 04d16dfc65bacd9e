import ArgumentParser
import Wijknet

/// How to read the input files: column mappings and sheets. Shared by every command that
/// reads a contact log (through ``InputOptions``) and by `validate`.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Which header of the log holds which column, e.g. \"date=Datum,source=Medewerker,target=Contact met,about=Jongere,place=Locatie,type=Soort contact\" (names: date, source, target, about, place, type, weight; headers case-insensitive). Columns not named are found by their usual names.", valueName: "mapping"))
    var columns: String?

    @Option(name: .long, help: ArgumentHelp("Which header of the actors file holds which column, e.g. \"id=Code,name=Naam,kind=Soort\" (names: id, name, kind, domain, organisation, neighbourhood, ordinary).", valueName: "mapping"))
    var actorColumns: String?

    @Option(name: .long, help: ArgumentHelp("The sheet to read from an .xlsx log (default: the first).", valueName: "name"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp("The sheet to read from an .xlsx actors file (default: the first).", valueName: "name"))
    var actorSheet: String?

    @Option(name: .long, help: ArgumentHelp("The order of day and month in dates like 01/02/2025: DD-MM-YYYY or MM-DD-YYYY. Default: decided per file from all its dates (month-first when some date can only be month-first, else day-first, with a note).", valueName: "order"))
    var dateFormat: String?

    /// The reader these options describe.
    /// - Throws: ``WijknetError/invalidRequest(_:)`` (exit 64) for a mapping that names an
    ///   unknown Wijknet column or is malformed.
    func reader(policy: ErrorPolicy) throws -> ContactLogReader {
        let order = try dateFormat.map { text in
            guard let order = DateOrder(parsing: text) else {
                throw WijknetError.invalidRequest(.dateFormat(text))
            }
            return order
        }
        return ContactLogReader(policy: policy,
                         columns: try columns.map { try ColumnMapping(parsing: $0, for: .log) },
                         actorColumns: try actorColumns.map { try ColumnMapping(parsing: $0, for: .actors) },
                         sheet: sheet, actorSheet: actorSheet, dateOrder: order)
    }
}
