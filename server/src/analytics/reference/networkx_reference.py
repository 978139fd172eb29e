"""Writes networkxReference.json: NetworkX's values for the measures of server/src/analytics on small named graphs.

Run with a NetworkX installation on the Python path: python3 networkx_reference.py > networkxReference.json
Each value records the exact call that produced it. Where NetworkX's default is an iterative method, the call
asks for a tighter tolerance than the default so the reference is exact to far better than the tests' 1e-6.
PageRank is the pure-Python variant (_pagerank_python), which needs neither numpy nor scipy.
"""
import json
import sys

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

LOUVAIN_SEED = 42


def two_body_graph():
    """Two bodies sharing two members: B1 has a, b, c, d; B2 has c, d, e."""
    graph = nx.Graph()
    for member in ["a", "b", "c", "d"]:
        graph.add_edge(member, "B1", weight=1)
    for member in ["c", "d", "e"]:
        graph.add_edge(member, "B2", weight=1)
    return graph


def two_body_projection():
    """The actor projection of two_body_graph: weight = number of shared bodies."""
    return nx.bipartite.weighted_projected_graph(two_body_graph(), ["a", "b", "c", "d", "e"])


def weighted(graph):
    for _, _, data in graph.edges(data=True):
        data.setdefault("weight", 1)
    return graph


GRAPHS = {
    "karate": ("nx.karate_club_graph() (edge weights as NetworkX ships them), nodes renamed str(n)", lambda: nx.relabel_nodes(nx.karate_club_graph(), str)),
    "star": ("nx.star_graph(5), nodes renamed str(n)", lambda: weighted(nx.relabel_nodes(nx.star_graph(5), str))),
    "path": ("nx.path_graph(6), nodes renamed str(n)", lambda: weighted(nx.relabel_nodes(nx.path_graph(6), str))),
    "twoBody": ("two bodies B1 {a,b,c,d}, B2 {c,d,e} as a bipartite graph", two_body_graph),
    "twoBodyProjection": ("nx.bipartite.weighted_projected_graph(twoBody, ['a','b','c','d','e'])", two_body_projection),
}

CALLS = {
    "degree": "dict(G.degree())",
    "weightedDegree": "dict(G.degree(weight='weight'))",
    "betweenness": "nx.betweenness_centrality(G)",
    "closeness": "nx.closeness_centrality(G)",
    "eigenvector": "nx.eigenvector_centrality(G, max_iter=10000, tol=1e-12)",
    "pagerank": "_pagerank_python(G, alpha=0.85, max_iter=10000, tol=1e-12)",
    "coreNumber": "nx.core_number(G)",
    "louvainModularity": "nx.community.modularity(G, nx.community.louvain_communities(G, seed=42))",
}


def measures(graph):
    return {
        "degree": dict(graph.degree()),
        "weightedDegree": dict(graph.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(graph),
        "closeness": nx.closeness_centrality(graph),
        "eigenvector": nx.eigenvector_centrality(graph, max_iter=10000, tol=1e-12),
        "pagerank": _pagerank_python(graph, alpha=0.85, max_iter=10000, tol=1e-12),
        "coreNumber": nx.core_number(graph),
        "louvainModularity": nx.community.modularity(graph, nx.community.louvain_communities(graph, seed=LOUVAIN_SEED)),
    }


def main():
    graphs = {}
    for name, (description, build) in GRAPHS.items():
        graph = build()
        graphs[name] = {
            "description": description,
            "edges": sorted([[a, b, data.get("weight", 1)] for a, b, data in graph.edges(data=True)]),
            "measures": measures(graph),
        }
    json.dump({"networkx": nx.__version__, "calls": CALLS, "graphs": graphs}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


main()
