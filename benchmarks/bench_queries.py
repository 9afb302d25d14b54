"""Median latency of every library query (run by hand, not in CI).

    python benchmarks/bench_queries.py GRAPH [--runs 5]

GRAPH is what `kg build` wrote: a store directory (Oxigraph), a dataset file (loaded
into rdflib's memory store) or an endpoint URL.  Parameters are taken from the graph:
the author of the most papers (or ``--person``), their most frequent co-author, their
advisor, the organisation named in the most statements.  Prints open time and, per query, rows and median
milliseconds; then `connect` and the person card, first call (cold: it reads the
facts it needs) and median of the rest.
"""

from __future__ import annotations

import argparse
import statistics
import time

import kg
from rdflib import URIRef
from kg.query import library


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--person", help="the person to ask about (IRI; default: the author of the most papers)")
    ap.add_argument("--skip", default="", help="queries not to run, comma-separated (e.g. the reports links,names)")
    args = ap.parse_args()
    skip = {n.strip() for n in args.skip.split(",") if n.strip()}
    t0 = time.perf_counter()
    g = kg.load(args.graph)
    load_s = time.perf_counter() - t0
    print(f"loaded {args.graph} in {load_s:.1f} s", flush=True)
    person = args.person or _top(g, "SELECT ?x (COUNT(*) AS ?n) WHERE { ?paper <https://schema.org/author> ?x . ?x a <https://schema.org/Person> } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1")
    other = g.query("coauthors", person=person)[0]["coauthor"]
    top_org = _top(g, "SELECT ?x (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/researcher-kg/vocab#organization> ?x } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1")
    _kind, (_cols, adv) = g.store.execute(
        "SELECT ?x WHERE { ?p <https://w3id.org/researcher-kg/vocab#advisor> ?x } LIMIT 1", {"p": URIRef(person)}, name="advisor"
    )
    params = {"person": person, "a": person, "b": other, "org": top_org, "since": 2015, "node": person}
    if adv:
        params["advisor"] = str(adv[0]["x"])  # shared-advisor for one advisor (without: every pair, a report)
    print(f"parameters: person {person}, other {other}, org {top_org}, advisor {params.get('advisor')}", flush=True)
    for name, q in sorted(library().items()):
        if name in skip:
            continue
        bound = {p: params[p] for p in q.params if p in params}
        times = []
        rows = []
        for _ in range(args.runs):
            t = time.perf_counter()
            rows = g.query(name, **bound)
            times.append(time.perf_counter() - t)
        print(f"  {name:18s} {len(rows):6d} rows  median {statistics.median(times) * 1000:9.1f} ms", flush=True)
    for label, fn in (("person card", lambda: g.person(person)), ("connect", lambda: g.connect(person, other))):
        times = []
        for _ in range(args.runs + 1):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        print(f"  {label:18s}         first {times[0] * 1000:9.1f} ms, then median {statistics.median(times[1:]) * 1000:9.1f} ms", flush=True)


def _top(g, text: str) -> str:
    """The ?x of a one-row query run directly on the store."""
    _kind, (_cols, rows) = g.store.execute(text, {}, name="top")
    return str(rows[0]["x"])


if __name__ == "__main__":
    main()
