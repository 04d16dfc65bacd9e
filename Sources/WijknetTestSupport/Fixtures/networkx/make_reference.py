#!/usr/bin/env python3
"""Reference values from networkx for Wijknet's tests.

Run from the repository root:
    python3 Sources/WijknetTestSupport/Fixtures/networkx/make_reference.py
It rewrites one JSON file per graph beside this script. Output is deterministic (sorted keys,
repr floats), so a rerun with the same networkx gives byte-identical files. Made with networkx 3.6.1.

Conventions (the contract of `wijknet analyse`):
- nodes are numbered 0..n-1 in networkx's node order; edges [u, v, w] with u < v;
- unsuffixed metrics = networkx with DEFAULT arguments on the graph whose edge attribute
  "weight" is the summed contact weight (betweenness normalized and unweighted, closeness
  wf_improved and unweighted, harmonic unweighted, eigenvector unweighted, pagerank weighted,
  constraint and effective size unweighted);
- "_weighted" path metrics use distance = 1/weight (edge attribute "distance");
  "_weighted" eigenvector / constraint / effective size use weight="weight";
- eigenvector and pagerank are run to tol=1e-13 (networkx's default tolerance stops ~2e-5 short);
- NaN is written as null.

Hand-derived checks asserted below:
- star5 (centre 0, leaves 1..4): the 6 leaf pairs all pass through the centre, so the centre's
  normalized betweenness is 6 / C(4,2) = 1.0 and each leaf's is 0; centre closeness = 4/4 = 1,
  a leaf's closeness = 4 / (1 + 2+2+2) = 4/7.
- path5 (0-1-2-3-4): node 2 lies on pairs (0,3),(0,4),(1,3),(1,4) = 4 of C(4,2)=6 → 4/6;
  node 1 on (0,2),(0,3),(0,4) = 3/6 = 0.5.
- star5 structural holes: the centre's 4 contacts are not tied to each other, so its effective
  size is 4 and its constraint is 4 * (1/4)^2 = 0.25; a leaf has one contact: constraint 1.
- path5 closeness: node 0 reaches 1,2,3,4 at 1+2+3+4 = 10 → 4/10 = 0.4; node 2 at 1+1+2+2 = 6 → 4/6.
- k4: every betweenness 0, every closeness 1, every clustering 1, core number 3, effective size
  3 - 2*3/3 = 1 (n - 2t/n with t = 3 ties among the 3 contacts), every constraint
  (1/3 + 2*(1/3*1/3))^2 * 3 = (1/3 + 2/9)^2 * 3 = 25/27 ≈ 0.9259.
- multi_edge: raw edges 0-1 (1), 1-0 (2), 0-1 (0.5) merge to one tie of weight 3.5, so the strengths
  are 3.5, 4.5, 2, 1 and the simple graph is the path 0-1-2-3.
"""
import json, math, os, random
import networkx as nx
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def graphs():
    out = {}
    out["karate"] = (nx.karate_club_graph(), None)
    out["florentine"] = (nx.florentine_families_graph(), None)
    out["kite"] = (nx.krackhardt_kite_graph(), None)
    out["lesmis"] = (nx.les_miserables_graph(), None)
    g = nx.gnp_random_graph(60, 0.08, seed=7)
    rng = random.Random(7)
    for u, v in sorted(g.edges()):
        g[u][v]["weight"] = rng.choice([1, 2, 4])
    out["gnp60"] = (g, None)
    out["bipartite_k23"] = (nx.complete_bipartite_graph(2, 3), None)
    out["path5"] = (nx.path_graph(5), None)
    out["star5"] = (nx.star_graph(4), None)
    out["k4"] = (nx.complete_graph(4), None)
    iso = nx.Graph(); iso.add_nodes_from(range(7)); iso.add_edges_from([(0, 1), (1, 2), (2, 0), (3, 4)])
    out["isolates"] = (iso, None)
    one = nx.Graph(); one.add_node(0)
    out["one_node"] = (one, None)
    out["empty"] = (nx.Graph(), None)
    raw = [[0, 1, 1], [1, 0, 2], [1, 2, 1], [0, 1, 0.5], [2, 3, 1]]
    m = nx.Graph(); m.add_nodes_from(range(4))
    for u, v, w in raw:
        if m.has_edge(u, v):
            m[u][v]["weight"] += w
        else:
            m.add_edge(u, v, weight=w)
    out["multi_edge"] = (m, raw)
    return out


def clean(x):
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    return x


def compute(name, g, raw):
    nodes = list(g.nodes())
    idx = {v: i for i, v in enumerate(nodes)}
    h = nx.Graph()
    h.add_nodes_from(range(len(nodes)))
    for u, v, d in g.edges(data=True):
        w = float(d.get("weight", 1))
        a, b = sorted((idx[u], idx[v]))
        h.add_edge(a, b, weight=w, distance=1.0 / w)
    n = h.number_of_nodes()
    edges = sorted([[u, v, h[u][v]["weight"]] for u, v in h.edges()])
    edges = [[min(u, v), max(u, v), w] for u, v, w in edges]
    edges.sort()
    notes = {}
    nm = {}

    def node_metric(key, fn):
        try:
            d = fn()
            nm[key] = [clean(float(d[i])) for i in range(n)]
        except Exception as e:  # networkx raised: record why, omit the metric
            notes[key] = f"{type(e).__name__}: {e}"

    node_metric("degree", lambda: dict(h.degree()))
    node_metric("strength", lambda: dict(h.degree(weight="weight")))
    node_metric("betweenness", lambda: nx.betweenness_centrality(h))
    node_metric("betweenness_weighted", lambda: nx.betweenness_centrality(h, weight="distance"))
    node_metric("closeness", lambda: nx.closeness_centrality(h))
    node_metric("closeness_weighted", lambda: nx.closeness_centrality(h, distance="distance"))
    node_metric("harmonic", lambda: nx.harmonic_centrality(h))
    node_metric("harmonic_weighted", lambda: nx.harmonic_centrality(h, distance="distance"))

    def eig(weight):
        r = nx.eigenvector_centrality(h, max_iter=100000, tol=1e-13, weight=weight)
        if n > 0 and nx.is_connected(h):
            # Cross-check against an eigensolver. scipy's sparse solver needs n >= 3; below that
            # take the dense principal eigenvector (sign fixed positive, unit length) directly.
            if n >= 3:
                check = nx.eigenvector_centrality_numpy(h, weight=weight)
            else:
                a = nx.to_numpy_array(h, nodelist=range(n), weight=weight)
                vals, vecs = np.linalg.eigh(a)
                v = np.abs(vecs[:, int(np.argmax(vals))])
                check = {i: float(v[i] / np.linalg.norm(v)) for i in range(n)}
            assert all(abs(r[i] - check[i]) < 1e-9 for i in range(n)), f"{name}: power iteration and numpy disagree"
        elif n > 0:
            notes[key_note("eigenvector", weight)] = (
                "disconnected: value is networkx's power iteration from the all-ones start "
                "(eigenvector_centrality_numpy raises AmbiguousSolution); components other than "
                "the dominant one decay to ~0")
        return r

    def key_note(base, weight):
        return base if weight is None else base + "_weighted"
    node_metric("eigenvector", lambda: eig(None))
    node_metric("eigenvector_weighted", lambda: eig("weight"))
    node_metric("pagerank", lambda: nx.pagerank(h, tol=1e-13, max_iter=100000))
    node_metric("pagerank_unweighted", lambda: nx.pagerank(h, tol=1e-13, max_iter=100000, weight=None))
    node_metric("constraint", lambda: nx.constraint(h))
    node_metric("constraint_weighted", lambda: nx.constraint(h, weight="weight"))
    node_metric("effective_size", lambda: nx.effective_size(h))
    # networkx 3.6's two code paths disagree for weighted effective size: the scipy path taken
    # when nodes=None divides each row of the mutual weights by a 1-D array of row maxima, which
    # broadcasts over COLUMNS, so m_jq becomes w_jq / max_k w_qk instead of Burt's
    # w_jq / max_k w_jk (karate node 0: 13.954 vs 13.775). Passing nodes= takes the per-node
    # path, which follows Burt's definition; Wijknet matches that one. Unweighted, both agree.
    node_metric("effective_size_weighted", lambda: nx.effective_size(h, nodes=list(h), weight="weight"))
    node_metric("core_number", lambda: nx.core_number(h))
    node_metric("clustering", lambda: nx.clustering(h))

    gm = {}

    def graph_metric(key, fn):
        try:
            gm[key] = clean(float(fn()))
        except Exception as e:
            notes[key] = f"{type(e).__name__}: {e}"

    graph_metric("density", lambda: nx.density(h))
    if n < 2:
        notes["density"] = "networkx returns 0 for fewer than two nodes; Wijknet's Graph.density is NaN there"
    graph_metric("average_clustering", lambda: nx.average_clustering(h))
    graph_metric("number_connected_components", lambda: nx.number_connected_components(h))

    def aspl():
        comp = max(nx.connected_components(h), key=lambda c: (len(c), -min(c)))
        return nx.average_shortest_path_length(h.subgraph(comp))
    graph_metric("average_shortest_path_lcc", aspl)

    partitions = {}
    try:
        comms = nx.community.louvain_communities(h, weight="weight", seed=42)
        comms = sorted([sorted(c) for c in comms])
        part = [0] * n
        for ci, c in enumerate(comms):
            for v in c:
                part[v] = ci
        partitions["louvain_seed42"] = part
        graph_metric("louvain_seed42_modularity", lambda: nx.community.modularity(h, [set(c) for c in comms], weight="weight"))
    except Exception as e:
        notes["louvain_seed42"] = f"{type(e).__name__}: {e}"

    node_sets = {"articulation_points": sorted(nx.articulation_points(h))}
    edge_sets = {
        "bridges": sorted([sorted(e) for e in nx.bridges(h)]),
        "components": sorted([sorted(c) for c in nx.connected_components(h)]),
    }
    doc = {
        "name": name,
        "labels": [str(v) for v in nodes],
        "edges": edges,
        "node_metrics": nm,
        "graph_metrics": gm,
        "node_sets": node_sets,
        "edge_sets": edge_sets,
        "partitions": partitions,
        "notes": notes,
        "networkx": nx.__version__,
    }
    if raw is not None:
        doc["raw_edges"] = raw
    return doc


def hand_checks(docs):
    close = lambda a, b: abs(a - b) < 1e-12
    s = docs["star5"]["node_metrics"]
    assert close(s["betweenness"][0], 1.0) and all(close(x, 0) for x in s["betweenness"][1:])
    assert close(s["closeness"][0], 1.0) and close(s["closeness"][1], 4 / 7)
    p = docs["path5"]["node_metrics"]
    assert close(p["betweenness"][2], 4 / 6) and close(p["betweenness"][1], 0.5)
    assert close(s["effective_size"][0], 4) and close(s["constraint"][0], 0.25)
    assert all(close(x, 1) for x in s["constraint"][1:])
    assert close(p["closeness"][0], 0.4) and close(p["closeness"][2], 4 / 6)
    k = docs["k4"]["node_metrics"]
    assert all(close(x, 25 / 27) for x in k["constraint"])
    assert all(close(x, 0) for x in k["betweenness"]) and all(close(x, 1) for x in k["closeness"])
    assert all(close(x, 1) for x in k["clustering"]) and all(x == 3 for x in k["core_number"])
    assert all(close(x, 1) for x in k["effective_size"])
    m = docs["multi_edge"]
    assert m["node_metrics"]["strength"] == [3.5, 4.5, 2.0, 1.0]
    assert m["edges"] == [[0, 1, 3.5], [1, 2, 1.0], [2, 3, 1.0]]


def main():
    docs = {}
    for name, (g, raw) in graphs().items():
        docs[name] = compute(name, g, raw)
    hand_checks(docs)
    for name, doc in docs.items():
        with open(os.path.join(HERE, name + ".json"), "w") as f:
            json.dump(doc, f, sort_keys=True, indent=1)
            f.write("\n")
    print("wrote", len(docs), "fixtures with networkx", nx.__version__)


if __name__ == "__main__":
    main()
