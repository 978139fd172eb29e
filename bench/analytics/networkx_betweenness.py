"""NetworkX's betweenness_centrality on a graph written by analyticsBench.ts, timed, for a side-by-side ratio.

Reads JSON {"nodes": [...], "edges": [[a, b], ...], "pivots": [...] or null} on standard input and writes
{"networkx", "call", "cpuSeconds", "wallSeconds", "values"} to standard output. With pivots, NetworkX samples
exactly those source nodes (its random source's sample() is made to return them), so its estimate is the same
computation as ours and the values must agree; without, it is NetworkX's exact default.
"""
import json
import random
import sys
import time

import networkx as nx


class GivenSample(random.Random):
    """A random source whose sample() returns the given nodes: NetworkX's k-sampling from chosen pivots."""

    def __init__(self, pivots):
        super().__init__(0)
        self.pivots = pivots

    def sample(self, population, k, **kwargs):
        return list(self.pivots)


def main():
    data = json.load(sys.stdin)
    graph = nx.Graph()
    graph.add_nodes_from(data["nodes"])
    graph.add_edges_from(data["edges"])
    pivots = data["pivots"]
    cpu, wall = time.process_time(), time.perf_counter()
    if pivots is None:
        call = "nx.betweenness_centrality(G)"
        values = nx.betweenness_centrality(graph)
    else:
        call = f"nx.betweenness_centrality(G, k={len(pivots)}, seed=<the same {len(pivots)} sources>)"
        values = nx.betweenness_centrality(graph, k=len(pivots), seed=GivenSample(pivots))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    json.dump({"networkx": nx.__version__, "call": call, "cpuSeconds": cpu, "wallSeconds": wall, "values": values}, sys.stdout)


main()
