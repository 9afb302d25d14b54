"""``kg push URL``: upload a built graph to a SPARQL server."""

from __future__ import annotations

from typing import Optional

import typer

from kg.cli.options import GRAPH_OPTION, fail


def push_cli(
    url: str = typer.Argument(..., help="The server's SPARQL query endpoint, e.g. http://127.0.0.1:8890/sparql."),
    graph: Optional[str] = GRAPH_OPTION,
) -> None:
    """Replace the server's copy of every document graph with the built one (Graph Store
    protocol); graphs of deleted documents are dropped.  Credentials and the update /
    Graph Store endpoints come from KG_SPARQL_USER, KG_SPARQL_PASSWORD, KG_SPARQL_GSP."""
    from kg.errors import KgError
    from kg.store import open_store, push_store

    try:
        n = push_store(open_store(graph), url)
    except KgError as err:
        fail(err)
    typer.echo(f"{n} quads pushed to {url}")
