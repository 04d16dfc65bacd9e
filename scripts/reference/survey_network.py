#!/usr/bin/env python3
"""Reference values for `wijknet analyse --survey` (SurveyNetworkAnalysis) on both rounds of the
sample survey.

Run from the repository root (pip install networkx):
    python3 scripts/reference/survey_network.py > scripts/reference/survey_network.txt

The survey is read here on its own (a tie respondent -> partner when frequentie > 0 or
intensiteit is above 'geen'; every partner of the actors file is a node, respondent or not).
Directed: in/out degree, reciprocated ties per partner, betweenness_centrality of the DiGraph.
Symmetrised (a tie when either side names it, unweighted): degree, closeness, harmonic
(not normalized), eigenvector and pagerank (converged to 1e-12; Wijknet's agree to 1e-6), constraint, effective_size, core_number, average_clustering, density.
Tests/WijknetTests/SurveyNetworkTests.swift holds these values (to 1e-9, eigenvector and PageRank to 1e-6). Made with networkx
3.6.1.
"""
import csv
import sys
import networkx as nx

def survey_graph(path):
    with open("samples/enquete/actoren.csv", newline="") as f:
        partners = [r["id"] for r in csv.DictReader(f) if r["soort"] == "partner"]
    g = nx.DiGraph()
    g.add_nodes_from(partners)
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            freq = int(r["frequentie"]) if r["frequentie"] else 0
            if freq > 0 or r["intensiteit"] not in ("", "geen"):
                g.add_edge(r["respondent"], r["partner"])
    return partners, g

def show(path):
    partners, d = survey_graph(path)
    u = d.to_undirected()
    n = len(partners)
    print(f"== {path}: {n} partners, {d.number_of_edges()} arcs, {u.number_of_edges()} symmetrised ties")
    rows = {
        "out_degree": {v: d.out_degree(v) for v in partners},
        "in_degree": {v: d.in_degree(v) for v in partners},
        "reciprocated": {v: sum(1 for w in d.successors(v) if d.has_edge(w, v)) for v in partners},
        "betweenness_directed": nx.betweenness_centrality(d),
        "degree": dict(u.degree()),
        "closeness": nx.closeness_centrality(u),
        "harmonic": nx.harmonic_centrality(u),
        "eigenvector": nx.eigenvector_centrality(u, max_iter=1000, tol=1e-12),
        "pagerank": nx.pagerank(u, tol=1e-12),
        "constraint": nx.constraint(u),
        "effective_size": nx.effective_size(u),
        "core": nx.core_number(u),
    }
    for name, values in rows.items():
        print(name, " ".join(f"{v}={values[v]!r}" for v in partners))
    print("graph", f"density={nx.density(u)!r}", f"average_clustering={nx.average_clustering(u)!r}",
          f"reciprocity={nx.overall_reciprocity(d)!r}", f"directed_density={nx.density(d)!r}")

print("networkx", nx.__version__, file=sys.stderr)
show("samples/enquete/enquete.csv")
show("samples/enquete/enquete-ronde2.csv")
