"""render: the graph as one self-contained interactive HTML page.

The page works with no network at all: vis-network (shipped inside the pyvis
package) and its CSS are inlined, nothing is referenced by URL.  Every string from
a profile reaches the page as JSON data and is shown with ``textContent``, so a
name such as ``<img src=x onerror=alert(1)>`` is text.  Node and edge lists are
built directly (not through pyvis's quadratic ``add_node``); for more than a few
hundred nodes positions are computed in Python and physics is off, so large pages
are usable on opening.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from pathlib import Path

TYPE_STYLE = {
    "person": {"color": "#4e79a7", "shape": "dot", "label": "Person"},
    "organization": {"color": "#f28e2b", "shape": "square", "label": "Organisation"},
    "paper": {"color": "#59a14f", "shape": "triangle", "label": "Paper"},
    "other": {"color": "#bab0ac", "shape": "diamond", "label": "Other"},
}
EDGE_COLORS = {
    "advised by": "#e15759", "supervised by": "#b07aa1", "studied at": "#f28e2b", "worked at": "#edc948",
    "part of": "#9c755f", "author of": "#59a14f", "co-author": "#76b7b2",
}
PHYSICS_LIMIT = 300


@dataclass(frozen=True)
class RenderSummary:
    """What a page holds: nodes, edges, whether physics runs, where it was written."""

    nodes: int
    edges: int
    physics: bool
    output: str


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib"
    versions = sorted(p for p in lib.glob("vis-*") if (p / "vis-network.min.js").is_file())
    if not versions:
        raise RuntimeError("vis-network was not found inside the pyvis package")
    d = versions[-1]
    js = (d / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    css = (d / "vis-network.css").read_text(encoding="utf-8").replace("</style", "<\\/style")
    return js, css


def _layout(g) -> dict:
    """Positions for large graphs: small components by spring layout, large ones in
    rings by distance from their best-connected node; components packed on a grid."""
    import networkx as nx

    und = g.to_undirected() if g.is_directed() else g
    comps = sorted(nx.connected_components(und), key=lambda c: (-len(c), min(c)))
    pos: dict = {}
    cursor_x = cursor_y = row_h = 0.0
    width = 4000.0
    for comp in comps:
        sub = und.subgraph(comp)
        n = len(comp)
        if n <= 200:
            local = nx.spring_layout(sub, seed=1, iterations=30) if n > 1 else {next(iter(comp)): (0.0, 0.0)}
            scale = 40.0 * math.sqrt(n) + 20
            pts = {k: (float(x) * scale, float(y) * scale) for k, (x, y) in local.items()}
        else:
            hub = max(sub.degree, key=lambda t: (t[1], str(t[0])))[0]
            depth = nx.single_source_shortest_path_length(sub, hub)
            rings: dict[int, list] = {}
            for node, d in sorted(depth.items(), key=lambda t: (t[1], str(t[0]))):
                rings.setdefault(d, []).append(node)
            pts = {}
            radius = 0.0
            for d, nodes in sorted(rings.items()):
                radius = max(radius + 60.0, len(nodes) * 14.0 / (2 * math.pi))
                for i, node in enumerate(nodes):
                    a = 2 * math.pi * i / len(nodes) + d * 0.37
                    pts[node] = (radius * math.cos(a), radius * math.sin(a))
        xs = [p[0] for p in pts.values()]
        ys = [p[1] for p in pts.values()]
        w = max(xs) - min(xs) + 80
        h = max(ys) - min(ys) + 80
        if cursor_x + w > width and cursor_x > 0:
            cursor_x, cursor_y, row_h = 0.0, cursor_y + row_h, 0.0
        for k, (x, y) in pts.items():
            pos[k] = (x - min(xs) + cursor_x, y - min(ys) + cursor_y)
        cursor_x += w
        row_h = max(row_h, h)
        width = max(width, math.sqrt(len(und)) * 60)
    return pos


def page_data(kgraph, *, kind: str = "full", focus: str | None = None, depth: int = 2) -> dict:
    """The nodes, edges and legend a page shows (plain data, ready for JSON)."""
    import networkx as nx

    g = kgraph.to_networkx(kind)
    if focus:
        center = str(kgraph.find_person(focus))
        und = g.to_undirected(as_view=True) if g.is_directed() else g
        if center not in g:
            g = g.subgraph([])
        else:
            g = g.subgraph(nx.ego_graph(und, center, radius=depth).nodes)
    return graph_page_data(g, f"researcher-kg — {kind}" + (f" around {focus}" if focus else ""))


def graph_page_data(g, title: str) -> dict:
    """Page data for any NetworkX graph whose nodes carry ``type`` and ``name``."""
    physics = g.number_of_nodes() <= PHYSICS_LIMIT
    pos = {} if physics else _layout(g)
    ids = {n: i for i, n in enumerate(sorted(g.nodes))}
    degree = dict(g.degree)
    facts: dict[str, list[str]] = {}
    edges = []
    seen = set()
    multi = g.is_multigraph()
    items = g.edges(keys=True, data=True) if multi else ((a, b, None, d) for a, b, d in g.edges(data=True))
    for a, b, _k, d in items:
        rel = d.get("relation", "")
        years = d.get("years", "")
        key = (a, b, rel, years)
        if key in seen:
            continue
        seen.add(key)
        source = d.get("source", "")
        quote = d.get("quote", "")
        edge_tip = f"{g.nodes[a].get('name', a)} — {rel} → {g.nodes[b].get('name', b)}" + (f" ({years})" if years else "")
        if d.get("weight", 1) > 1:
            edge_tip += f"\n{d['weight']} papers together"
        if source:
            edge_tip += f"\nsource: {source}"
        if quote:
            edge_tip += f"\n“{quote[:300]}”"
        label = (f"{rel} {years}".strip() if physics else "") if rel != "co-author" else ""
        edges.append({"from": ids[a], "to": ids[b], "rel": rel, "label": label, "title": edge_tip,
                      "color": EDGE_COLORS.get(rel, "#999999"), "arrows": "to" if g.is_directed() else ""})
        for node, other in ((a, b), (b, a)):
            line = f"{rel} {g.nodes[other].get('name', other)}" if node == a else f"{g.nodes[other].get('name', other)} {rel} this"
            if years:
                line += f" ({years})"
            if source:
                line += f" [{Path(source).name}]"
            facts.setdefault(node, []).append(line)
    nodes = []
    for n, i in ids.items():
        attrs = g.nodes[n]
        kind_ = attrs.get("type", "other")
        style = TYPE_STYLE.get(kind_, TYPE_STYLE["other"])
        lines = [attrs.get("name", n)]
        if attrs.get("names"):
            lines.append(f"also: {attrs['names']}")
        lines.append(style["label"])
        lines += sorted(set(facts.get(n, [])))[:12]
        node = {"id": i, "label": attrs.get("name", n), "type": kind_, "title": "\n".join(lines), "iri": n,
                "color": style["color"], "shape": style["shape"], "size": 8 + 4 * math.log1p(degree.get(n, 0))}
        if n in pos:
            node["x"], node["y"] = round(pos[n][0], 1), round(pos[n][1], 1)
        nodes.append(node)
    legend = [{"type": t, "label": s["label"], "color": s["color"], "shape": s["shape"]} for t, s in TYPE_STYLE.items()
              if any(nd["type"] == t for nd in nodes)]
    relations = sorted({e["rel"] for e in edges})
    return {"nodes": nodes, "edges": edges, "legend": legend, "relations": relations,
            "edgeColors": {r: EDGE_COLORS.get(r, "#999999") for r in relations}, "physics": physics, "title": title}


def _safe_json(data: dict) -> str:
    """JSON that cannot close the script element it sits in."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_page(data: dict) -> str:
    """The HTML document for ``page_data`` output."""
    from kg.render.template import PAGE

    js, css = _vis_assets()
    return (
        PAGE.replace("/*VIS_CSS*/", css)
        .replace("/*VIS_JS*/", js)
        .replace("/*KG_DATA*/", _safe_json(data))
        .replace("<!--TITLE-->", _escape(data["title"]))
    )


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render(kgraph, output: str | os.PathLike[str], *, kind: str = "full", focus: str | None = None, depth: int = 2) -> RenderSummary:
    """Write the page for ``kgraph`` (a KnowledgeGraph) to ``output``.

    >>> import kg, tempfile, os
    >>> s = render(kg.build("data/profiles"), os.path.join(tempfile.mkdtemp(), "g.html"), kind="coauthor")
    >>> s.nodes > 50, s.physics
    (True, True)
    """
    from kg.atomic import write_text_atomic

    data = page_data(kgraph, kind=kind, focus=focus, depth=depth)
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(out, render_page(data))
    return RenderSummary(len(data["nodes"]), len(data["edges"]), data["physics"], str(out))
