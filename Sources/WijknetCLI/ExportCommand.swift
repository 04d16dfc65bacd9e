import ArgumentParser
import Foundation
import Wijknet
import WijknetJobs
import WijknetReport

extension ExportFormat: ExpressibleByArgument {}

/// `wijknet export`: the ecosystem graph with every actor attribute and node metric, for Gephi,
/// networkx, R or Spark. Renderings live in WijknetReport/Export, the stages in ``ExportJob``; this
/// only loads and writes.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "The ecosystem graph with actor attributes and every node metric, as GraphML, GEXF, node-link JSON or CSV.",
        discussion: """
        Nodes are actors (young people as pseudonyms unless --show-youth-names) with kind, \
        domain, organisation, neighbourhood, ordinary, label and the node metrics of \
        'wijknet analyse' (default options); edges have weight, contacts, first and last date \
        and the contact types (;-joined). Undefined values are left out (empty in CSV).
          graphml  typed <key>s: networkx.read_graphml, igraph, yEd
          gexf     GEXF 1.3 with one spell per contact day per tie: Gephi's timeline
          json     networkx node-link, edge list under "edges" (networkx 3.6: node_link_graph(data);
                   3.4, 3.5: edges="edges"; 3.3: link="edges")
          csv      -o DIR writes DIR/nodes.csv (id first) and DIR/edges.csv (src,dst,weight,contacts,first,last,types);
                   --csv excel-nl for Excel with Dutch settings (';', decimal commas, byte-order mark)
          edgelist source,target,weight with the nodes numbered 0..n-1 in the order of nodes.csv
                   (networkit, SNAP); the graph alone, no metrics

        Every format is written as it is made, never held whole in memory: a million actors fit.

        Examples:
          wijknet export contacts.csv --actors actors.csv --format graphml -o wijk.graphml
          wijknet export contacts.csv --actors actors.csv --format gexf -o wijk.gexf
          wijknet export contacts.csv --actors actors.csv --format csv -o export/
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "graphml, gexf, json, csv (csv needs -o DIR) or edgelist.") var format: ExportFormat
    @Option(name: .long, help: ArgumentHelp("The actor attribute that forms the groups for brokerage and E-I: domain, kind, organisation, neighbourhood, ordinary.", valueName: "attr"))
    var groupBy = "domain"
    /// `-o PATH`: the file; for csv the folder that gets nodes.csv and edges.csv.
    @OptionGroup var output: TableOutputOptions

    func validate() throws {
        try checkingOptions(nil) {
            if format == .csv && output.out == nil { throw CLIMessage.csvNeedsFolder }
        }
    }

    func run() throws {
        try runReportingErrors(lang: nil, quiet: input.quiet) {
            var job = ExportJob(format: format)
            (job.groupBy, job.dialect) = (groupBy, output.csv)
            let folder = URL(fileURLWithPath: output.out ?? ".")
            try job.write(try input.source(nil), say: say) { name, body in
                if let name { try writeAtomically(chunksTo: folder.appendingPathComponent(name).path, body) }
                else if let out = output.out { try writeAtomically(chunksTo: out, body) }
                else { try writeStandardOutput(chunks: body) }
            }
        }
    }
}
