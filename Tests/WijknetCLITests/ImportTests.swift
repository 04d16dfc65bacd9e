import Foundation
import Testing
@testable import WijknetCLI

/// `true` when `python3` can import pandas and openpyxl (pip install pandas openpyxl).
let pandasAvailable = shell("python3 -c 'import pandas'").status == 0
let openpyxlAvailable = shell("python3 -c 'import openpyxl, networkx'").status == 0

/// One graph built in networkx — partners of three domains, places, young people, weights —
/// written by networkx itself (`write_graphml`, `write_gexf`, `node_link_data`), by openpyxl as
/// a Kumu workbook, and as a plain edge list; `check` then compares `wijknet analyse` of each
/// file with networkx's figures on the same graph. Young people's rows carry pseudonyms, so
/// they are compared as a set of rows of figures; partners and places by their label.
private let importScript = #"""
import sys, json, math
import networkx as nx
mode, folder = sys.argv[1], sys.argv[2]
G = nx.Graph()
nodes = {"jw": ("partner", "social"), "wt": ("partner", "social"), "jgz": ("partner", "care"),
         "wa": ("partner", "safety"), "ggz": ("partner", "care"), "school": ("place", None),
         "club": ("place", None), "Y1": ("youth", None), "Y2": ("youth", None), "Y3": ("youth", None),
         "Y4": ("youth", None)}
for n, (k, d) in nodes.items():
    G.add_node(n, kind=k, label=n.upper(), **({"domain": d} if d else {}))
edges = [("jw", "wt", 3), ("jw", "jgz", 1), ("wt", "wa", 2), ("jw", "school", 1.5), ("jgz", "club", 1),
         ("Y1", "jw", 2), ("Y1", "jgz", 1), ("Y2", "wt", 1), ("Y3", "wa", 1), ("Y3", "club", 1),
         ("school", "Y2", 1), ("ggz", "jgz", 0.5), ("Y4", "ggz", 1), ("Y4", "school", 2)]
for a, b, w in edges: G.add_edge(a, b, weight=w)
if mode == "write":
    nx.write_graphml(G, folder + "/g.graphml")
    nx.write_gexf(G, folder + "/g.gexf")
    json.dump(nx.node_link_data(G, edges="edges"), open(folder + "/g.json", "w"), indent=1)
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Elements"
    ws.append(["Label", "Type", "Domein", "Description"])
    for n, (k, d) in nodes.items(): ws.append([n, k, d or "", "made by openpyxl"])
    c = wb.create_sheet("Connections"); c.append(["From", "To", "Type", "Strength"])
    for a, b, w in edges: c.append([a, b, "overleg", w])
    wb.save(folder + "/kumu.xlsx")
    sys.exit(0)
import pandas as pd
ref = {"degree": dict(G.degree()), "strength": dict(G.degree(weight="weight")),
       "betweenness": nx.betweenness_centrality(G), "closeness": nx.closeness_centrality(G),
       "harmonic": nx.harmonic_centrality(G), "core": nx.core_number(G),
       # networkx's power iterations to 1e-13, as Wijknet iterates (its default 1e-6 stops ~1e-6 short)
       "eigenvector": nx.eigenvector_centrality(G, max_iter=10000, tol=1e-13), "pagerank": nx.pagerank(G, max_iter=10000, tol=1e-13)}
out = {}
for name in sys.argv[3:]:
    df = pd.read_csv(folder + "/" + name + ".csv")
    worst, youth_got = 0.0, []
    for metric, values in ref.items():
        for n in G:
            if nodes[n][0] == "youth": continue
            row = df[df["label"] == (n if name.startswith("kumu") else n.upper())]
            assert len(row) == 1, (name, n)
            worst = max(worst, abs(float(row[metric].iloc[0]) - values[n]))
    youth_ref = sorted(tuple(round(ref[m][n], 9) for m in ref) for n in G if nodes[n][0] == "youth")
    youth_got = sorted(tuple(round(float(r[m]), 9) for m in ref) for _, r in df[df["kind"] == "youth"].iterrows())
    out[name] = {"rows": len(df), "worst": worst, "youth": youth_ref == youth_got,
                 "kinds": sorted(df["kind"].value_counts().items()), "domains": sorted(df["domain"].dropna().unique().tolist())}
print(json.dumps(out))
"""#

extension InProcess {
@Suite("Import from other tools")
struct ImportTests {
    let key = ["--pseudonym-key-file", sampleKey]

    @Test("GraphML, GEXF and node-link JSON written by networkx and a Kumu workbook written by openpyxl give networkx's figures",
          .enabled(if: pandasAvailable && openpyxlAvailable, "python3 with networkx, pandas and openpyxl is not installed: pip install pandas openpyxl"))
    func networkxFigures() throws {
        let dir = outPath("import")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let write = python(importScript, ["write", dir])
        try #require(write.status == 0, "python: \(write.out)")
        for file in ["g.graphml", "g.gexf", "g.json", "kumu.xlsx"] {
            let run = captured(["analyse", dir + "/" + file, "--format", "csv", "-o", dir + "/" + file.replacingOccurrences(of: ".", with: "-") + ".csv"] + key, locale: TestLocale.english)
            #expect(run.exit == 0, "\(file): \(run.stderr)")
            #expect(run.stderr.contains("\(file) was read as ") && run.stderr.contains("without dates"), "\(file): \(run.stderr)")
            #expect(!run.stderr.contains("Y1") && !run.stderr.contains("Y4"), "no young person's id in the messages of \(file)")
        }
        let check = python(importScript, ["check", dir, "g-graphml", "g-gexf", "g-json", "kumu-xlsx"])
        try #require(check.status == 0, "python: \(check.out)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(check.out.utf8)) as? [String: [String: Any]])
        for name in ["g-graphml", "g-gexf", "g-json", "kumu-xlsx"] {
            let r = try #require(result[name], "\(name)")
            #expect(r["rows"] as? Int == 11, "\(name)")
            #expect(try #require(r["worst"] as? Double) <= 1e-9, "\(name): largest difference from networkx \(r["worst"] ?? "")")
            #expect(r["youth"] as? Bool == true, "\(name): the young people's figures")
            #expect("\(r["kinds"] ?? "")" == "\([["partner", 5], ["place", 2], ["youth", 4]])", "\(name): \(r["kinds"] ?? "")")
            #expect(r["domains"] as? [String] == ["care", "safety", "social"], "\(name)")
        }
    }

    /// Exports of the sample, read back: the same figures for every actor (young people's
    /// pseudonyms are pseudonymised again, so they are compared as a set of rows).
    @Test("Wijknet reads back its own GraphML, GEXF and JSON with identical figures",
          .enabled(if: pandasAvailable, "python3 with pandas is not installed"), arguments: ["graphml", "gexf", "json"])
    func readsItsOwnExports(_ format: String) throws {
        let base = [sampleLog, "--actors", sampleActors] + key
        let export = outPath("wijk.\(format)"), original = outPath("original.csv"), again = outPath("again.csv")
        #expect(captured(["export"] + base + ["--format", format, "-o", export]).exit == 0)
        #expect(captured(["analyse"] + base + ["--format", "csv", "-o", original]).exit == 0)
        let run = captured(["analyse", export, "--format", "csv", "-o", again] + key)
        #expect(run.exit == 0, "\(run.stderr)")
        let script = """
        import sys, json, pandas as pd, numpy as np
        a, b = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
        cols = [c for c in a.columns if c not in ("id", "label", "kind", "domain", "community", "component", "betweenness_method", "closeness_method")]
        p, q = a[a.kind != "youth"].set_index("label"), b[b.kind != "youth"].set_index("label")
        worst = max(float(np.nanmax(np.abs(p[c].astype(float) - q.loc[p.index][c].astype(float)))) for c in cols)
        nan = all((p[c].isna() == q.loc[p.index][c].isna()).all() for c in cols)
        ya = np.sort(a[a.kind == "youth"][cols].astype(float).round(9).values, axis=0)
        yb = np.sort(b[b.kind == "youth"][cols].astype(float).round(9).values, axis=0)
        print(json.dumps({"rows": [len(a), len(b)], "worst": worst, "sameUndefined": bool(nan),
                          "youth": bool(np.array_equal(ya, yb, equal_nan=True)), "domains": (p["domain"].fillna("") == q.loc[p.index]["domain"].fillna("")).all().item()}))
        """
        let check = python(script, [original, again])
        try #require(check.status == 0, "python: \(check.out)")
        let r = try #require(try JSONSerialization.jsonObject(with: Data(check.out.utf8)) as? [String: Any])
        #expect(r["rows"] as? [Int] == [331, 331], "\(r)")
        #expect(try #require(r["worst"] as? Double) <= 1e-12, "\(format): \(r)")
        #expect(r["sameUndefined"] as? Bool == true && r["youth"] as? Bool == true && r["domains"] as? Bool == true, "\(format): \(r)")
    }

    /// A plain edge list (`source,target,weight`, no date): one period, said so.
    @Test func plainEdgeList() throws {
        let log = outPath("edges.csv")
        try "source,target,weight\nA,B,2\nB,C,1\nC,A,1.5\nC,D,1\n".write(toFile: log, atomically: true, encoding: .utf8)
        let run = captured(["summary", log, "--lang", "nl"] + key)
        #expect(run.exit == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Periode: één, zonder datums (4 verbindingen)"), "\(run.stdout)")
        #expect(run.stderr.contains("edges.csv heeft geen kolom datum: het is gelezen als lijst van verbindingen"), "\(run.stderr)")
        #expect(!run.stdout.contains("1970"))
        let json = captured(["summary", log, "--format", "json"] + key)
        #expect(json.stdout.contains("\"firstDate\" : null") || !json.stdout.contains("firstDate"), "\(json.stdout)")
        let period = captured(["summary", log, "--period", "month"] + key, locale: TestLocale.english)
        #expect(period.exit == 64 && period.stderr.contains("--period needs contacts with dates, and \(log) has none"), "\(period.stderr)")
        let from = captured(["analyse", log, "--from", "01-01-2025"] + key, locale: TestLocale.english)
        #expect(from.exit == 64 && from.stderr.contains("--from needs contacts with dates"), "\(from.stderr)")
        let dutch = captured(["analyse", log, "--from", "01-01-2025"] + key)
        #expect(dutch.exit == 64 && dutch.stderr.contains("fout: --from vraagt contacten met datums, en \(log) heeft die niet"), "\(dutch.stderr)")
        let gexf = outPath("e.gexf")
        #expect(captured(["export", log, "--format", "gexf", "-o", gexf] + key).exit == 0)
        let text = read(gexf)
        #expect(!text.contains("1970") && !text.contains("<spell") && GEXFValidator.validate(Data(text.utf8)).problems.isEmpty)
    }

    /// Problems name the file and the line of the node or edge; never a young person's id.
    @Test func problemsNameFileAndLine() throws {
        let gml = outPath("bad.graphml")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="k" for="node" attr.name="kind" attr.type="string"/>
          <key id="w" for="edge" attr.name="weight" attr.type="double"/>
          <graph edgedefault="undirected">
            <node id="jw"><data key="k">partner</data></node>
            <node id="Joris Jansen"><data key="k">youth</data></node>
            <edge source="jw" target="Joris Jansen"><data key="w">-3</data></edge>
          </graph>
        </graphml>

        """.write(toFile: gml, atomically: true, encoding: .utf8)
        let run = captured(["analyse", gml] + key, locale: TestLocale.english)
        #expect(run.exit == 65)
        #expect(run.stderr.contains("bad.graphml:8:1: error: the weight '-3' of this tie is not a number"), "\(run.stderr)")
        #expect(!run.stderr.contains("Joris"), "\(run.stderr)")

        let cut = outPath("cut.graphml")
        try String(read(gml).prefix(300)).write(toFile: cut, atomically: true, encoding: .utf8)
        let c = captured(["analyse", cut] + key, locale: TestLocale.english)
        #expect(c.exit == 65 && c.stderr.contains("cut.graphml:") && c.stderr.contains("ends before its XML is closed"), "\(c.stderr)")

        let json = outPath("bad.json")
        try "{\"nodes\": [{\"id\": \"a\"},\n  {\"id\": \"b\",}],\n \"edges\": []}".write(toFile: json, atomically: true, encoding: .utf8)
        let j = captured(["analyse", json] + key, locale: TestLocale.english)
        #expect(j.exit == 65 && j.stderr.contains("bad.json:2:14: error: the file is not valid JSON"), "\(j.stderr)")

        let deep = outPath("deep.json")   // hostile nesting: an error, not a stack overflow
        try ("{\"nodes\": " + String(repeating: "[", count: 100_000)).write(toFile: deep, atomically: true, encoding: .utf8)
        let d = captured(["analyse", deep] + key, locale: TestLocale.english)
        #expect(d.exit == 65 && d.stderr.contains("deep.json:1:") && d.stderr.contains("nesting deeper than 256 levels"), "\(d.stderr)")

        let good = outPath("good.graphml")
        try read(gml).replacingOccurrences(of: ">-3<", with: ">3<").write(toFile: good, atomically: true, encoding: .utf8)
        let mapped = captured(["analyse", good, "--columns", "source=Van"] + key, locale: TestLocale.english)
        #expect(mapped.exit == 0 && mapped.stderr.contains("\(good) is read as GraphML: the column mapping of a contact log was not used"), "\(mapped.stderr)")
        #expect(!mapped.stderr.contains("Joris"), "\(mapped.stderr)")

        let youth = outPath("youth.json")
        try """
        {"nodes": [{"id": "jw", "kind": "partner"}, {"id": "Joris Jansen", "kind": "youth"}],
         "links": [{"source": "jw", "target": "Joris Jansen", "weight": "veel"}]}
        """.write(toFile: youth, atomically: true, encoding: .utf8)
        let y = captured(["analyse", youth] + key, locale: TestLocale.english)
        #expect(y.exit == 65 && y.stderr.contains("youth.json:2:") && !y.stderr.contains("Joris"), "\(y.stderr)")
    }
}
}
