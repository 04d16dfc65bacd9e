import ArgumentParser
import Wijknet

/// `--by neighbourhood|municipality`: the figures per unit side by side, and the region total.
struct UnitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The same figures per neighbourhood (wijk) or municipality (gemeente) side by side, and the region total (text: a column per unit; CSV: a 'unit' column, the region as unit 'region'; JSON: one object per unit plus 'region'). A contact belongs to the unit of its place; without a place, of its young person; without either, of its source (contacts where none has a unit count in the region only). Partners without a unit (region-wide: police, youth health care, a care provider) take part in every unit where they had contact, and are counted once in the region total. Units come from the neighbourhood/wijk and municipality/gemeente columns of --actors.", valueName: "level"))
    var by: UnitLevel?

    /// Refuses `--by` together with `--period` (one table at a time).
    func validate(with periods: PeriodOptions) throws {
        if by != nil && periods.period != nil { throw CLIMessage.notBoth("--by", "--period") }
    }
}

extension UnitLevel: ExpressibleByArgument {}
