import ArgumentParser
import Foundation
import Wijknet
import WijknetDiagrams
import WijknetGraphviz
import WijknetJobs

/// `wijknet render`: a diagram for the team meeting, through the Graphviz C library.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a view of the ecosystem as SVG, PNG, PDF or DOT (Graphviz library).",
        discussion: """
        Views: ecosystem, partners, domains, gaps, place:ID, ego:ID (for a young person: the pseudonym J-…).

        gaps: partners with their ties (across domains dark, within one domain light), the top \
        --missing-links N missing links dashed with the number of young people in common (default 10), \
        single points of failure outlined in black, the only bridges between two domains doubled. \
        Young people are unnamed points; above --aggregate-youth-above (default 50) they are drawn \
        as one node per place with a count.

        Examples:
          wijknet render samples/zuiderhof/contacts.csv --actors samples/zuiderhof/actors.csv --view domains -o domains.svg
          wijknet render contacten.csv --actors actoren.csv --view place:plek-002 --lang nl --format png -o school.png
          wijknet render samples/zuiderhof/contacts.csv --actors samples/zuiderhof/actors.csv --view gaps --format png -o gaps.png
          wijknet render contacts.csv --view partners --missing-links 5 -o partners.svg
          wijknet render contacts.csv --view partners --top 25 --min-weight 2 --engine neato -o partners.pdf --format pdf
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "ecosystem, partners, domains, gaps, place:ID or ego:ID.") var view: String = "ecosystem"
    @Option(help: "svg, png, pdf or dot.") var format: String = "svg"
    @Option(help: "dot, neato, fdp, sfdp, circo, twopi or auto (by size: neato up to 400 nodes, sfdp above).") var engine: String = "auto"
    @Option(name: .long, help: ArgumentHelp("Node size by: \(ViewOptions.sizeMetrics.joined(separator: ", ")).", valueName: "metric"))
    var sizeBy = "degree"
    @Option(help: "Only actors of this neighbourhood (wijk).") var neighbourhood: String?
    @Option(help: "Only partners of this domain (social/sociaal, care/zorg, safety/veiligheid).") var domain: String?
    @Option(name: .long, help: "Leave out ties lighter than this.") var minWeight: Double = 0
    @Option(help: "Keep only the N most central partners (by --size-by).") var top: Int?
    @Option(name: .long, help: "Group young people per place above this many.") var aggregateYouthAbove = 50
    @Option(name: .long, help: ArgumentHelp("Draw the top N missing links (as ranked by `wijknet gaps`) dashed: partners and gaps views (gaps: default 10).", valueName: "N"))
    var missingLinks: Int?
    @Option(help: "Title above the diagram.") var title: String?
    @Option(help: "Language of the labels: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try checkingOptions(lang) {
            guard View(parsing: view) != nil else { throw CLIMessage.oneOf(option: "--view", choices: ["ecosystem", "partners", "domains", "gaps", "place:ID", "ego:ID"]) }
            if let n = missingLinks {
                guard n >= 0 else { throw CLIMessage.notNegative(option: "--missing-links") }
                guard ["partners", "gaps"].contains(view) else { throw CLIMessage.missingLinksViews }
            }
            guard DiagramFormat(rawValue: format) != nil else { throw CLIMessage.oneOf(option: "--format", choices: ["svg", "png", "pdf", "dot"]) }
            guard LayoutEngine(rawValue: engine) != nil else { throw CLIMessage.oneOf(option: "--engine", choices: LayoutEngine.allCases.map(\.rawValue)) }
            if let domain, Domain(parsing: domain) == nil { throw CLIMessage.oneOf(option: "--domain", choices: ["social/sociaal", "care/zorg", "safety/veiligheid"]) }
            if ["png", "pdf"].contains(format) && output.out == nil { throw CLIMessage.binaryNeedsOut(format: format) }
        }
    }

    func run() throws {
        try runReportingErrors(lang: lang, quiet: input.quiet) {
            var job = RenderJob(view: View(parsing: view)!, lang: Language.resolved(lang))
            (job.format, job.engine, job.sizeBy, job.aggregateYouthAbove) = (DiagramFormat(rawValue: format)!, LayoutEngine(rawValue: engine)!, sizeBy, aggregateYouthAbove)
            (job.neighbourhood, job.domain, job.minWeight, job.top) = (neighbourhood, domain.flatMap(Domain.init(parsing:)), minWeight, top)
            (job.missingLinks, job.title) = (missingLinks, title)
            try output.write(try job.run(try input.source(lang), say: say))
        }
    }
}
