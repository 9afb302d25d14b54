"""Rendering speed of large network pages (run by hand).

    python benchmarks/bench_render.py [--nodes 10000] [--browser]

Builds a co-author-like graph with a heavy-tailed degree distribution (NetworkX
powerlaw cluster graph), writes the page, and with --browser opens it in headless
Chromium (Debian's /usr/bin/chromium, network blocked) and times until it reports
ready.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.render import graph_page_data, render_page


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=10000)
    ap.add_argument("--browser", action="store_true")
    args = ap.parse_args()
    g = nx.powerlaw_cluster_graph(args.nodes, 2, 0.3, seed=1)
    g = nx.relabel_nodes(g, {n: f"https://example.org/person/{n}" for n in g})
    for n in g:
        g.nodes[n].update(type="person", name=f"Person {n.rsplit('/', 1)[-1]}", names="")
    for a, b in g.edges:
        g.edges[a, b].update(relation="co-author", weight=1, papers="")
    t0 = time.perf_counter()
    html = render_page(graph_page_data(g, "benchmark"))
    out = Path(tempfile.mkdtemp()) / "big.html"
    out.write_text(html, encoding="utf-8")
    t1 = time.perf_counter()
    print(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges: page written in {t1 - t0:.2f} s ({len(html) / 1e6:.1f} MB)")
    if args.browser:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                tempfile.mkdtemp(), executable_path="/usr/bin/chromium", headless=True, bypass_csp=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
            )
            ctx.route("**/*", lambda r: r.abort() if not r.request.url.startswith("file:") else r.continue_())
            page = ctx.new_page()
            t2 = time.perf_counter()
            page.goto(out.as_uri())
            page.wait_for_function("() => window.kgReady === true", timeout=120000)
            print(f"ready in the browser after {time.perf_counter() - t2:.2f} s")
            ctx.close()


if __name__ == "__main__":
    main()
