"""``kg export``: NetworkX projections for Gephi, Cytoscape and pandas."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.options import GRAPH_OPTION, fail, open_graph


def export_cli(
    format: str = typer.Option("graphml", "--format", "-f", help="graphml, gexf, json or csv."),
    kind: str = typer.Option("coauthor", "--kind", "-k", help="coauthor, advisor, org or full."),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default out/<kind>.<format>)."),
    graph: Optional[str] = GRAPH_OPTION,
) -> None:
    """Write a projection of the graph (csv also writes <name>.nodes.csv)."""
    from kg.errors import KgError
    from kg.network import KINDS, export

    if format not in ("graphml", "gexf", "json", "csv"):
        fail(f"--format must be graphml, gexf, json or csv, not {format!r}", 2)
    if kind not in KINDS:
        fail(f"--kind must be one of {', '.join(KINDS)}, not {kind!r}", 2)
    g = open_graph(graph)
    target = output or Path("out") / f"{kind}.{format}"
    try:
        g.check_output(target)
        if format == "csv":
            g.check_output(target.with_name(target.stem + ".nodes.csv"))
    except KgError as err:
        fail(err)
    nodes, edges = export(g.dataset, str(target), fmt=format, kind=kind)
    typer.echo(f"{nodes} nodes, {edges} edges written to {target}")
