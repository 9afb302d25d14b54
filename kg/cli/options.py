"""Options shared by the commands that read a built graph, written once."""

from __future__ import annotations

from pathlib import Path

import typer

GRAPH_OPTION = typer.Option(
    None,
    "--store",
    "-s",
    "--graph",
    "-g",
    help="The graph: a store directory, a dataset file (.trig/.nq/.jsonld) or a SPARQL endpoint URL "
    "(default: out/store written by `kg build`, else out/graph.trig).",
)


def open_graph(location: str | None):
    """The KnowledgeGraph at ``location`` (None: the default), or a one-line error and exit 1."""
    from kg.api import KnowledgeGraph
    from kg.errors import KgError

    try:
        return KnowledgeGraph.load(location)
    except KgError as err:
        fail(err)


def fail(err: Exception, code: int = 1):
    typer.echo(f"error: {err}", err=True)
    raise typer.Exit(code)


def beside(location: str | None, name: str) -> Path:
    """Where a command writes ``name`` by default: beside the graph it read, else in ``out/``."""
    if location is None or location.startswith(("http://", "https://")):
        return Path("out") / name
    return Path(location).parent / name
