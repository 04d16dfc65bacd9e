import ArgumentParser
import Wijknet
import WijknetReport

/// `--by neighbourhood|municipality`: the figures per unit side by side, and the region total.
struct UnitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The same figures per neighbourhood (wijk) or municipality (gemeente) side by side, and the region total (text: a column per unit; CSV: a 'unit' column, the region as unit 'region'; JSON: one object per unit plus 'region'). A contact belongs to the unit of its place; without a place, of its young person; without either, of its source (contacts where none has a unit count in the region only). Partners without a unit (region-wide: police, youth health care, a care provider) take part in every unit where they had contact, and are counted once in the region total. Units come from the neighbourhood/wijk and municipality/gemeente columns of --actors.", valueName: "level"))
    var by: UnitLevel?

    /// Refuses `--by` together with `--period` (one table at a time).
    func validate(with periods: PeriodOptions) throws {
        if by != nil && periods.period != nil { throw ValidationError("--by and --period cannot be combined; choose one.") }
    }

    /// Writes the side-by-side table of `level` for the log of `input`.
    func run(_ level: UnitLevel, input: InputOptions, format: TableFormat, lang: Language?, output: TableOutputOptions,
             analysis: AnalysisOptions = AnalysisOptions(), gaps: GapsOptions = GapsOptions()) throws {
        let (_, ecosystems) = try Self.ecosystems(level, input: input)
        let table = try UnitsTable(ecosystems, analysis: analysis, gaps: gaps)
        switch format {
        case .text: try output.write(table.text(Language.resolved(lang)))
        case .csv: try output.writeCSV(table.csv())
        case .json: try output.write(try table.json())
        }
    }
}

extension UnitOptions {
    /// Reads the log of `input` (printing its warnings) and splits it into the units of `level`
    /// within `--from`/`--to`. - Throws: when no actor has a unit at that level.
    static func ecosystems(_ level: UnitLevel, input: InputOptions) throws -> (ContactLog, UnitEcosystems) {
        let (log, pseudonyms, range) = try input.loadLog()
        let report = ingestReport(log, pseudonyms)
        if !report.isEmpty { printError(report) }
        return (log, try ecosystems(level, log: log, period: range, pseudonyms: pseudonyms))
    }

    /// Splits `log` into the units of `level` within `period`. - Throws: when no actor has a unit at that level.
    static func ecosystems(_ level: UnitLevel, log: ContactLog, period: Period, pseudonyms: Pseudonymizer) throws -> UnitEcosystems {
        let ecosystems = UnitEcosystems(log: log, period: period, by: level, pseudonyms: pseudonyms)
        if ecosystems.split.names.isEmpty {
            throw WijknetError.invalidRequest("no actor has a \(level.rawValue): add a \(level == .neighbourhood ? "neighbourhood/wijk" : "municipality/gemeente") column to the actors file (--actors).")
        }
        return ecosystems
    }
}

extension UnitLevel: ExpressibleByArgument {}
