"""Median latency of every library query (run by hand, not in CI).

    python benchmarks/bench_queries.py GRAPH [--runs 5]

GRAPH is a dataset written by `kg build` (the seed graph, or one built from
`benchmarks/synth.py` profiles).  Parameters are taken from the graph: the person
with the most co-authors, their most frequent co-author, the organisation with the
most people.  Prints load time and, per query, rows and median milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import time

import kg
from kg.query import library


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    t0 = time.perf_counter()
    g = kg.load(args.graph)
    load_s = time.perf_counter() - t0
    print(f"loaded {args.graph} in {load_s:.1f} s", flush=True)
    triples = sum(1 for _ in g.dataset.quads())
    co = g.to_networkx("coauthor")
    person = max(co.nodes, key=co.degree)
    other = max(co.neighbors(person), key=lambda n: co.edges[person, n]["weight"])
    org = g.to_networkx("org")
    top_org = max((n for n, d in org.nodes(data=True) if d["type"] == "organization"), key=org.degree)
    params = {"person": person, "a": person, "b": other, "org": top_org, "since": 2015}
    print(f"graph {args.graph}: {triples} quads, loaded in {load_s:.1f} s")
    for name, q in sorted(library().items()):
        bound = {p: params[p] for p in q.params if p in params}
        times = []
        rows = []
        for _ in range(args.runs):
            t = time.perf_counter()
            rows = g.query(name, **bound)
            times.append(time.perf_counter() - t)
        print(f"  {name:18s} {len(rows):6d} rows  median {statistics.median(times) * 1000:9.1f} ms")
    for label, fn in (("connect", lambda: g.connect(person, other)), ("person card", lambda: g.person(person))):
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        print(f"  {label:18s}         median {statistics.median(times) * 1000:9.1f} ms")


if __name__ == "__main__":
    main()
