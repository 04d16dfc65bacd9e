import Foundation
import Testing
import WijknetReport
@testable import WijknetCLI

/// `true` when `python3` can import networkx (it can here and in CI); the networkx checks say
/// so when they do not run.
let networkxAvailable = shell("python3 -c 'import networkx'").status == 0

/// Runs `python3 -c script args…` and returns its standard output (standard error on failure).
func python(_ script: String, _ args: [String]) -> (status: Int32, out: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script] + args
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try! p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: p.terminationStatus == 0 ? data : e, as: UTF8.self))
}

/// Loads the GraphML and the node-link JSON with networkx and reports, for each: counts, the
/// summed weight, the Python type of every attribute, and the largest difference between the
/// `betweenness` attribute and `nx.betweenness_centrality` of the loaded graph and the
/// `analyse --format csv` column. `log` holds the edge count and weight sum computed from the raw
/// contact log with the pair rule, independently of Wijknet.
private let networkxCheck = #"""
import sys, json, csv, itertools
import networkx as nx
gml, js, acsv, contacts = sys.argv[1:5]
ref = {r["id"]: r for r in csv.DictReader(open(acsv, newline="", encoding="utf-8"))}
pairs = {}
for r in csv.DictReader(open(contacts, newline="", encoding="utf-8")):
    ids = []
    for c in ("source", "target", "about", "place"):
        x = (r.get(c) or "").strip()
        if x and x not in ids: ids.append(x)
    w = float(r["weight"]) if (r.get("weight") or "").strip() else 1.0
    for a, b in itertools.combinations(ids, 2):
        k = frozenset((a, b)); pairs[k] = pairs.get(k, 0.0) + w
out = {"log": {"edges": len(pairs), "weight": sum(pairs.values())}}
for name, G in (("graphml", nx.read_graphml(gml)), ("json", nx.node_link_graph(json.load(open(js, encoding="utf-8"))))):
    bc = nx.betweenness_centrality(G)
    out[name] = {
        "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
        "directed": G.is_directed(), "multigraph": G.is_multigraph(),
        "weight": sum(w for _, _, w in G.edges(data="weight")),
        "vsNetworkx": max(abs(G.nodes[v]["betweenness"] - bc[v]) for v in G),
        "vsAnalyse": max(abs(G.nodes[v]["betweenness"] - float(ref[v]["betweenness"])) for v in G),
        "notInAnalyse": sorted(set(G.nodes) ^ set(ref)),
        "types": sorted({f"{k}:{type(x).__name__}" for _, a in G.nodes(data=True) for k, x in a.items()}
                        | {f"edge {k}:{type(x).__name__}" for _, _, a in G.edges(data=True) for k, x in a.items()}),
        "nanStrings": sum(1 for _, a in G.nodes(data=True) for x in a.values() if isinstance(x, str) and x.lower() == "nan"),
    }
print(json.dumps(out))
"""#

/// The Python type networkx gives an attribute of `type`.
private func pythonType(_ type: ExportGraph.ValueType) -> String {
    switch type { case .double: "float"; case .int: "int"; case .boolean: "bool"; case .string: "str" }
}

extension InProcess {
@Suite("Export")
struct ExportTests {
    let input = [sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey]

    func export(_ format: String, _ name: String, _ extra: [String] = []) -> String {
        let out = outPath(name)
        let code = captured(["export"] + input + extra + ["--format", format, "-o", out]).exit
        #expect(code == 0, "export --format \(format)")
        return out
    }

    @Test("GraphML and node-link JSON load in networkx with the same graph and betweenness",
          .enabled(if: networkxAvailable, "python3 with networkx is not installed: the networkx checks did not run"))
    func networkxReadsGraphMLAndJSON() throws {
        let gml = export("graphml", "g.graphml"), js = export("json", "g.json")
        let analyse = outPath("analyse.csv")
        #expect(captured(["analyse"] + input + ["--format", "csv", "-o", analyse]).exit == 0)
        let run = python(networkxCheck, [gml, js, analyse, sampleLog])
        try #require(run.status == 0, "python: \(run.out)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: [String: Any]])
        let log = try #require(result["log"])
        let expectedTypes = Set(ExportGraph.nodeColumns.map { "\($0.name):\(pythonType($0.type))" }
                                + ExportGraph.edgeColumns.map { "edge \($0.name):\(pythonType($0.type))" })
        for name in ["graphml", "json"] {
            let r = try #require(result[name])
            #expect(r["nodes"] as? Int == 331, "\(name)")
            #expect(r["edges"] as? Int == log["edges"] as? Int, "\(name)")
            let w = try #require(r["weight"] as? Double), lw = try #require(log["weight"] as? Double)
            #expect(abs(w - lw) <= 1e-9 * lw, "\(name): summed weight \(w), log \(lw)")
            #expect(r["directed"] as? Bool == false && r["multigraph"] as? Bool == false, "\(name)")
            #expect(try #require(r["vsNetworkx"] as? Double) <= 1e-9, "\(name): betweenness vs nx.betweenness_centrality")
            #expect(try #require(r["vsAnalyse"] as? Double) <= 1e-9, "\(name): betweenness vs analyse --format csv")
            #expect((r["notInAnalyse"] as? [String])?.isEmpty == true, "\(name): \(r["notInAnalyse"] ?? "")")
            #expect(r["nanStrings"] as? Int == 0, "\(name)")
            let types = Set(try #require(r["types"] as? [String]))
            #expect(types.subtracting(expectedTypes).isEmpty, "\(name): unexpected attribute types \(types.subtracting(expectedTypes).sorted())")
            #expect(types.contains("betweenness:float") && types.contains("degree:int") && types.contains("ordinary:bool") && types.contains("edge contacts:int"), "\(name)")
        }
    }

    /// GEXF (`nx.read_gexf`) and the CSV pair (`nx.from_edgelist` over `edges.csv`, nodes from
    /// `nodes.csv`) give the graph the GraphML gives: same nodes, edges, summed weight and the
    /// betweenness attribute.
    @Test("GEXF and CSV load in networkx as the same graph as GraphML",
          .enabled(if: networkxAvailable, "python3 with networkx is not installed: the networkx checks did not run"))
    func networkxReadsGEXFAndCSV() throws {
        let gml = export("graphml", "g.graphml"), gexf = export("gexf", "g.gexf")
        let dir = outPath("csv")
        #expect(captured(["export"] + input + ["--format", "csv", "-o", dir]).exit == 0)
        let script = """
        import csv, json, sys, networkx as nx
        a = nx.read_graphml(sys.argv[1]); b = nx.read_gexf(sys.argv[2])
        nodes = list(csv.DictReader(open(sys.argv[3] + "/nodes.csv")))
        edges = list(csv.DictReader(open(sys.argv[3] + "/edges.csv")))
        c = nx.Graph(); c.add_nodes_from(r["id"] for r in nodes)
        c.add_edges_from((r["src"], r["dst"], {"weight": float(r["weight"])}) for r in edges)
        def facts(g): return [g.number_of_nodes(), g.number_of_edges(), round(sum(float(d["weight"]) for _, _, d in g.edges(data=True)), 6), sorted(g.nodes())]
        bet = {r["id"]: float(r["betweenness"]) for r in nodes if r["betweenness"]}
        diff = max(abs(float(b.nodes[v]["betweenness"]) - a.nodes[v]["betweenness"]) for v in a.nodes if "betweenness" in a.nodes[v])
        diffcsv = max(abs(bet[v] - a.nodes[v]["betweenness"]) for v in bet)
        print(json.dumps({"same": facts(a) == facts(b) == facts(c), "n": a.number_of_nodes(), "gexf": diff, "csv": diffcsv}))
        """
        let run = python(script, [gml, gexf, dir])
        try #require(run.status == 0, "python: \(run.out)")
        let r = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(r["same"] as? Bool == true && r["n"] as? Int == 331, "\(r)")
        #expect(try #require(r["gexf"] as? Double) <= 1e-9 && (try #require(r["csv"] as? Double)) <= 1e-9, "\(r)")
    }

    @Test func csvHasTheDocumentedHeadersAndOneRowPerNodeAndEdge() {
        let dir = outPath("csv")
        #expect(captured(["export"] + input + ["--format", "csv", "-o", dir]).exit == 0)
        let nodes = read(dir + "/nodes.csv").split(separator: "\n"), edges = read(dir + "/edges.csv").split(separator: "\n")
        #expect(nodes.first == "id,label,kind,domain,organisation,neighbourhood,ordinary,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,constraint,effective_size,efficiency,hierarchy,core,component,community,articulation,coordinator,consultant,representative,gatekeeper,liaison,brokerage_total,ei,coordinator_z,consultant_z,representative_z,gatekeeper_z,liaison_z,betweenness_method,closeness_method")
        #expect(edges.first == "src,dst,weight,contacts,first,last,types")
        #expect(nodes.count == 1 + 331)
        let graphml = read(export("graphml", "g.graphml"))
        #expect(edges.count - 1 == graphml.components(separatedBy: "<edge ").count - 1)
        #expect(captured(["export"] + input + ["--format", "csv"]).exit == 64, "csv without -o DIR is a usage error")
    }

    @Test func gexfIsValidGEXF13WithOneSpellPerContactDay() throws {
        let text = read(export("gexf", "g.gexf"))
        let v = GEXFValidator.validate(Data(text.utf8))
        #expect(v.problems.isEmpty, "\(v.problems.prefix(10))")
        #expect(v.graph["mode"] == "dynamic" && v.graph["timeformat"] == "date" && v.graph["defaultedgetype"] == "undirected")
        #expect(v.nodeIDs.count == 331)
        let csvDir = outPath("csv")
        #expect(captured(["export"] + input + ["--format", "csv", "-o", csvDir]).exit == 0)
        #expect(v.edgeIDs.count == read(csvDir + "/edges.csv").split(separator: "\n").count - 1)
        #expect(v.attvalues > 331 * 20)
        // Spells: one per distinct (pair, day) of the raw log with the pair rule, counted here
        // (the sample's dates are ISO, some with a time: the day is the first ten characters).
        var pairDays = Set<String>()
        for line in read(sampleLog).split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var ids: [String] = []
            for x in f[1...4] where !x.isEmpty && !ids.contains(x) { ids.append(x) }
            for i in ids.indices { for j in ids.indices where i < j { pairDays.insert([min(ids[i], ids[j]), max(ids[i], ids[j]), String(f[0].prefix(10))].joined(separator: "|")) } }
        }
        #expect(v.spells == pairDays.count)
    }

    @Test func theGEXFValidatorFindsBrokenDocuments() {
        let broken = """
        <?xml version="1.0"?><gexf xmlns="http://gexf.net/1.2" version="1.2"><graph mode="static">
        <attributes class="node"><attribute id="0" title="degree" type="integer"/></attributes>
        <nodes><node id="a"><attvalues><attvalue for="0" value="1.5"/><attvalue for="9" value="x"/></attvalues></node><node id="a"/></nodes>
        <edges><edge id="e0" source="a" target="b"><spells><spell start="2025-02-01" end="2025-01-01"/></spells></edge></edges></graph></gexf>
        """
        let otherDays = """
        <?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph mode="dynamic">
        <attributes class="edge"><attribute id="1" title="first" type="string"/><attribute id="2" title="last" type="string"/></attributes>
        <nodes><node id="a"/><node id="b"/></nodes>
        <edges><edge id="e0" source="a" target="b"><attvalues><attvalue for="1" value="2025-01-01"/><attvalue for="2" value="2025-01-09"/></attvalues>
        <spells><spell start="2025-01-01" end="2025-01-01"/><spell start="2025-01-03" end="2025-01-03"/></spells></edge></edges></graph></gexf>
        """
        let q = GEXFValidator.validate(Data(otherDays.utf8)).problems.joined(separator: "\n")
        #expect(q.contains("edge e0: spells 2025-01-01–2025-01-03, but first 2025-01-01, last 2025-01-09"), "\(q)")
        let p = GEXFValidator.validate(Data(broken.utf8)).problems.joined(separator: "\n")
        for expected in ["not http://gexf.net/1.3", "not 1.3", "value '1.5'", "undeclared node attribute '9'", "node id 'a' twice",
                         "target 'b' is not a node", "after it ends"] {
            #expect(p.contains(expected), "\(expected) in \(p)")
        }
    }

    /// `--format edgelist` is `edges.csv` with each id replaced by its row in `nodes.csv` (0 for
    /// the first node), the lower first, sorted, weights as written there: line for line.
    @Test func theEdgeListIsTheCSVsEdgesNumberedByTheNodesRows() throws {
        let dir = export("csv", "el-csv")
        let list = read(export("edgelist", "edges-int.csv")).split(separator: "\n").map(String.init)
        let ids = read(dir + "/nodes.csv").split(separator: "\n").dropFirst().map { String($0.split(separator: ",", maxSplits: 1)[0]) }
        let row = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let expected = read(dir + "/edges.csv").split(separator: "\n").dropFirst().map { line -> (Int, Int, String) in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let (a, b) = (row[f[0]]!, row[f[1]]!)
            return (min(a, b), max(a, b), f[2])
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { "\($0.0),\($0.1),\($0.2)" }
        #expect(ids.count == 331 && expected.count > 2_000)
        #expect(list.first == "source,target,weight")
        #expect(Array(list.dropFirst()) == expected)
    }

    /// A tie sums its contacts, so an export can hold a weight no contact may have (issue 28: 1.27
    /// million at a million actors); every export reads back with it.
    @Test("an export whose tie sums past a contact's 10⁶ reads back", arguments: ["edgelist", "graphml", "gexf", "json"])
    func aHeavyTieReadsBack(_ format: String) throws {
        let log = outPath("heavy-\(format).csv")
        try "datum,van,naar,gewicht\n01-03-2025,a,b,1000000\n02-03-2025,a,b,1000000\n03-03-2025,b,c,1\n"
            .write(toFile: log, atomically: true, encoding: .utf8)
        let graph = outPath("heavy." + (format == "edgelist" ? "csv" : format))
        #expect(captured(["export", log, "--format", format, "-o", graph]).exit == 0)
        let again = outPath("heavy-again-\(format).csv")
        let run = captured(["export", graph, "--format", "edgelist", "-o", again])
        #expect(run.exit == 0, "\(run.messages)")
        #expect(read(again).split(separator: "\n").map(String.init) == ["source,target,weight", "0,1,2000000", "1,2,1"])
    }

    @Test("no young person's name or id in any export", arguments: ["graphml", "gexf", "json", "csv"])
    func privacy(_ format: String) {
        let out = export(format, "out")
        let text = format == "csv" ? read(out + "/nodes.csv") + read(out + "/edges.csv") : read(out)
        #expect(text.count > 10_000)
        #expect(text.contains("J-"), "pseudonyms are there")
        let youth = sampleYouth()
        #expect(youth.count == 560)
        let bytes = Data(text.utf8)
        /// A byte search in Foundation's `Data`: `String.contains` over 1,120 secrets takes half a
        /// minute in a debug build.
        func contains(_ secret: String) -> Bool { bytes.range(of: Data(secret.utf8)) != nil }
        #expect(contains("J-") && !contains("J-not-there"), "the search finds what is there, and only that")
        for secret in youth where contains(secret) {
            Issue.record("export --format \(format) wrote a young person's id or name: \(secret)")
            break
        }
    }

    /// The flag does what it says — so the privacy test above can fail.
    @Test func showYouthNamesShowsThem() {
        let text = read(export("graphml", "names.graphml", ["--show-youth-names"]))
        #expect(sampleYouth().contains { text.contains($0) })
    }

    /// Issue 22 §1: row i of an export must not be the i-th young person of the actors file.
    /// The same actors file with its young people in the opposite order gives the same rows in
    /// the same order, and the young people come by pseudonym.
    @Test func youngPeopleAreListedByPseudonymWhateverTheActorsFileOrder() throws {
        let lines = read(sampleActors).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let youth = lines.filter { $0.contains(",youth,") }
        let reversed = lines.filter { !$0.contains(",youth,") && !$0.isEmpty } + youth.reversed()
        let actors = outPath("reversed-actors.csv")
        try (reversed.joined(separator: "\n") + "\n").write(toFile: actors, atomically: true, encoding: .utf8)
        let a = outPath("order-a"), b = outPath("order-b")
        #expect(captured(["export", sampleLog, "--actors", sampleActors, "--pseudonym-key-file", sampleKey, "--format", "csv", "-o", a]).exit == 0)
        #expect(captured(["export", sampleLog, "--actors", actors, "--pseudonym-key-file", sampleKey, "--format", "csv", "-o", b]).exit == 0)
        // Ids, attributes and degree row by row; the metrics of order-dependent methods (Leiden's
        // community numbers, the last bits of iterated sums) may differ with the node order.
        func firstColumns(_ path: String) -> [String] {
            read(path).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(8).joined(separator: ",") }
        }
        #expect(firstColumns(a + "/nodes.csv") == firstColumns(b + "/nodes.csv"))
        #expect(read(a + "/edges.csv") == read(b + "/edges.csv"))
        let ids = read(a + "/nodes.csv").split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }.filter { $0.hasPrefix("J-") }
        #expect(ids.count == 280 && ids == ids.sorted())
    }

    @Test("deterministic bytes with a key", arguments: ["graphml", "gexf", "json"])
    func deterministic(_ format: String) {
        let a = read(export(format, "a")), b = read(export(format, "b"))
        #expect(!a.isEmpty && a == b)
    }
}
}
