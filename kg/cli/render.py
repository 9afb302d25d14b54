"""``kg render`` and ``kg timeline``: pages to look at."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.options import GRAPH_OPTION, beside, fail, open_graph


def render_cli(
    focus: Optional[str] = typer.Option(None, "--focus", help="Show only the neighbourhood of this person."),
    depth: int = typer.Option(2, "--depth", help="How many hops around --focus."),
    kind: str = typer.Option("full", "--kind", "-k", help="full, coauthor, advisor or org."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="HTML file (default: next to the graph)."),
    graph: Optional[str] = GRAPH_OPTION,
) -> None:
    """Write an interactive network page that works offline."""
    from kg.errors import KgError
    from kg.network import KINDS
    from kg.render import render

    if kind not in KINDS:
        fail(f"--kind must be one of {', '.join(KINDS)}, not {kind!r}", 2)
    g = open_graph(graph)
    target = output or beside(graph, f"{kind}.html" if not focus else f"{kind}-focus.html")
    try:
        g.check_output(target)
        s = render(g, target, kind=kind, focus=focus, depth=depth)
    except KgError as err:
        fail(err)
    typer.echo(f"{s.nodes} nodes, {s.edges} edges written to {s.output}")


def timeline_cli(
    name: str = typer.Argument(..., help="The person."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help=".html (inline SVG) or .png (needs matplotlib)."),
    graph: Optional[str] = GRAPH_OPTION,
) -> None:
    """A person's education and positions as bars over the years, papers marked."""
    from kg.errors import KgError
    from kg.timeline import write_timeline

    g = open_graph(graph)
    target = output or beside(graph, "timeline.html")
    try:
        g.check_output(target)
        write_timeline(g, name, target)
    except KgError as err:
        fail(err)
    typer.echo(f"timeline written to {target}")
