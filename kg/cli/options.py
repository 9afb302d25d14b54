"""Options shared by the commands that read a built graph, written once."""

from __future__ import annotations

from pathlib import Path

import typer

GRAPH_OPTION = typer.Option(Path("out/graph.trig"), "--graph", "-g", help="The dataset written by `kg build` (default: out/graph.trig).")


def open_graph(path: Path):
    """The KnowledgeGraph at ``path``, or a one-line error and exit 1."""
    from kg.api import KnowledgeGraph
    from kg.errors import KgError

    try:
        return KnowledgeGraph.load(path)
    except KgError as err:
        fail(err)


def fail(err: Exception, code: int = 1):
    typer.echo(f"error: {err}", err=True)
    raise typer.Exit(code)
