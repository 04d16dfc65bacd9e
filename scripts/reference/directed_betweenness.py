#!/usr/bin/env python3
"""Reference values for Wijknet's directed betweenness and the survey's directed measures.

Run from the repository root (pip install networkx):
    python3 scripts/reference/directed_betweenness.py

Prints, for the sample survey (samples/enquete/enquete.csv with its actors file, read here on
its own: a tie respondent -> partner when frequentie > 0 or intensiteit is above 'geen') and for
a random directed graph (networkx gnp_random_graph(30, 0.1, seed=11, directed=True)), networkx's
betweenness_centrality (normalized, endpoints=False), in/out degree, overall_reciprocity and
density. Tests/WijknetGraphTests/DirectedBetweennessTests.swift and
Tests/WijknetTests/SurveyTests.swift hold these values. Made with networkx 3.6.1.
"""
import csv
import networkx as nx

def survey_graph():
    with open("samples/enquete/actoren.csv", newline="") as f:
        partners = [r["id"] for r in csv.DictReader(f) if r["soort"] == "partner"]
    g = nx.DiGraph()
    g.add_nodes_from(range(len(partners)))
    index = {p: i for i, p in enumerate(partners)}
    with open("samples/enquete/enquete.csv", newline="") as f:
        for r in csv.DictReader(f):
            freq = int(r["frequentie"]) if r["frequentie"] else 0
            if freq > 0 or r["intensiteit"] not in ("", "geen"):
                g.add_edge(index[r["respondent"]], index[r["partner"]])
    return partners, g

def show(name, g):
    print(f"== {name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} arcs")
    print("arcs", sorted(g.edges()))
    b = nx.betweenness_centrality(g)
    print("betweenness", [repr(b[v]) for v in sorted(g)])
    print("unnormalized", [repr(x) for x in (nx.betweenness_centrality(g, normalized=False)[v] for v in sorted(g))])
    print("in", [g.in_degree(v) for v in sorted(g)], "out", [g.out_degree(v) for v in sorted(g)])
    print("reciprocity", repr(nx.overall_reciprocity(g)), "density", repr(nx.density(g)))

partners, g = survey_graph()
print("partners", partners)
show("sample survey", g)
show("gnp(30, 0.1, seed 11, directed)", nx.gnp_random_graph(30, 0.1, seed=11, directed=True))
