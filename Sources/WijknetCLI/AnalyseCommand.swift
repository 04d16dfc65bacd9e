import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs
import WijknetGraph
import WijknetReport

/// `wijknet analyse`: every node and graph metric, for a coordinator (text) or an analyst (CSV, JSON).
struct AnalyseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Centrality, structural holes, brokerage by domain, mixing, cohesion and communities.",
        discussion: """
        Every metric networkx also has equals networkx 3.6 with its default arguments (betweenness, \
        closeness, harmonic, eigenvector, constraint and effective size unweighted; PageRank weighted); \
        --weighted uses distance = 1/weight for paths and weights for the others. \
        Above --exact-limit actors, betweenness/closeness/harmonic are seeded estimates (said in \
        every format); --exact forces the exact computation. There every actor's normalized \
        betweenness is within ±--epsilon of the exact value, all at once, with probability at \
        least 1 − --delta (Riondato–Kornaropoulos; --betweenness-method kadabra for the adaptive \
        KADABRA; --weighted always uses Riondato–Kornaropoulos with Dijkstra). Closeness and harmonic \
        come from 1,000 sampled sources (Eppstein–Wang).

        Examples:
          wijknet analyse samples/zuiderhof/contacts.csv --actors samples/zuiderhof/actors.csv
          wijknet analyse contacts.csv --actors actors.csv --format csv -o metrics.csv
          wijknet analyse contacts.csv --group-by neighbourhood --format json -o analysis.json
          wijknet analyse contacts.csv --actors actors.csv --period quarter --format csv -o per-quarter.csv
          wijknet analyse --survey samples/enquete/enquete.csv --actors samples/enquete/actoren.csv

        With --survey FILE (and --actors listing its partners, no log) the analysis runs on a partner \
        survey's tie graph: out- and in-degree, mutual ties and betweenness on the directed graph \
        (respondent → partner), every other measure on the symmetrised graph (a tie when either side \
        names it); each format says which measure was taken on which graph.
        """,
        aliases: ["analyze"]
    )

    @OptionGroup var input: InputOptions
    @Option(name: .long, help: ArgumentHelp("A partner survey (CSV or .xlsx) to analyse instead of a log, with --actors listing its partners.", valueName: "file"))
    var survey: String?
    @Flag(help: "Path metrics with distance = 1/weight; constraint, effective size and eigenvector weighted.")
    var weighted = false
    @Option(name: .long, help: ArgumentHelp("The actor attribute that forms the groups for brokerage, mixing and E-I: domain, kind, organisation, neighbourhood, ordinary.", valueName: "attr"))
    var groupBy = "domain"
    @Option(help: "How many partners to list in the text output.")
    var top = 10
    @Flag(help: "Exact betweenness, closeness and harmonic, whatever the size.")
    var exact = false
    @Option(name: .long, help: ArgumentHelp("Estimate betweenness, closeness and harmonic from this many seeded sources.", valueName: "k"))
    var betweennessSamples: Int?
    @Option(name: .long, help: "Above this many actors betweenness, closeness and harmonic are estimated with the guarantee of --epsilon and --delta unless --exact (the limit every command uses).")
    var exactLimit = AnalysisOptions.standardExactLimit
    @Option(help: ArgumentHelp("Above --exact-limit: largest error on any actor's normalized betweenness.", valueName: "E"))
    var epsilon = 0.01
    @Option(help: ArgumentHelp("Above --exact-limit: probability that some actor misses --epsilon, at most.", valueName: "D"))
    var delta = 0.1
    @Option(name: .long, help: ArgumentHelp("Above --exact-limit: riondato-kornaropoulos (fixed sample size) or kadabra (adaptive).", valueName: "method"))
    var betweennessMethod = "riondato-kornaropoulos"
    @Option(help: "Seed for sampling and community detection.")
    var seed: UInt64 = 1
    @Option(name: .long, help: ArgumentHelp("Leiden iterations to run, as leidenalg's n_iterations and networkit's iterations (default: until one raises modularity by less than 0.1%, at most 10).", valueName: "k"))
    var leidenIterations: Int?
    @Flag(help: "Print the wall time of each stage to standard error (for benchmarks).")
    var timings = false
    @Flag(help: "As --timings, with every stage alone on all cores: the communities too, which run beside the other stages otherwise. Each time is then the stage's own, as tools that time one stage at a time report it; the whole analysis takes longer.")
    var timingsAlone = false
    @OptionGroup var periods: PeriodOptions
    @OptionGroup var units: UnitOptions
    @Option(help: "text, csv or json (with --period CSV is long: period,id,metric,value).") var format: TableFormat = .text
    @Option(help: "Language of the text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG when it is nl or en, else nl).") var lang: Language?
    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        try checkingOptions(lang) {
            if let k = betweennessSamples, k < 1 { throw CLIMessage.atLeast(option: "--betweenness-samples", minimum: 1) }
            if let k = leidenIterations, k < 1 { throw CLIMessage.atLeast(option: "--leiden-iterations", minimum: 1) }
            if !(epsilon > 0 && epsilon < 1) { throw CLIMessage.strictlyBetweenZeroAndOne(option: "--epsilon", example: "0.01") }
            if !(delta > 0 && delta < 1) { throw CLIMessage.strictlyBetweenZeroAndOne(option: "--delta", example: "0.1") }
            if BetweennessEstimate.Method(rawValue: betweennessMethod) == nil {
                throw CLIMessage.oneOf(option: "--betweenness-method", choices: ["kadabra", "riondato-kornaropoulos"])
            }
            if top < 0 { throw CLIMessage.notNegative(option: "--top") }
            try units.validate(with: periods)
            if survey == nil && !input.hasLog { throw CLIMessage.missingLog }
            if survey != nil {
                if input.hasLog { throw CLIMessage.logOrSurvey(logs: false) }
                if input.actors == nil { throw CLIMessage.surveyNeedsActors }
                if periods.period != nil || units.by != nil || weighted {
                    throw CLIMessage.surveyCannotCombine(options: ["--period", "--by", "--weighted"], round: false)
                }
            }
        }
    }

    func run() throws {
        try runReportingErrors(lang: lang, quiet: input.quiet) {
            let options = AnalysisOptions(weighted: weighted, groupBy: groupBy, exact: exact,
                                          betweennessSamples: betweennessSamples, seed: seed, exactLimit: exactLimit,
                                          epsilon: epsilon, delta: delta,
                                          betweennessMethod: BetweennessEstimate.Method(rawValue: betweennessMethod) ?? .riondatoKornaropoulos,
                                          leidenIterations: leidenIterations)
            let style = output.style(format, lang: lang)
            if let survey {
                return try output.write(try SurveyNetworkJob(survey: try input.surveySource(survey), options: options, style: style).run(say: say))
            }
            var job = AnalyseJob(options: options, style: style)
            (job.top, job.period, job.by, job.timings) = (top, periods.period, units.by, timings || timingsAlone)
            job.stagesAlone = timingsAlone
            try output.write(try job.run(try input.source(lang), say: say))
        }
    }
}
