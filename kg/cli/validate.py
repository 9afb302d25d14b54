"""``kg validate``: check a built graph against the SHACL shapes."""

from __future__ import annotations

from typing import Optional

import typer

from kg.cli.options import GRAPH_OPTION, fail, open_graph


def validate_cli(
    graph: Optional[str] = typer.Argument(None, help="A store, dataset file or endpoint (default: what `kg build` wrote)."),
    store: Optional[str] = GRAPH_OPTION,
) -> None:
    """Check the graph against kg/shapes.ttl; exit 1 when it does not conform."""
    from kg.errors import KgError
    from kg.pipeline import validate

    g = open_graph(graph or store)
    try:
        ok, report = validate(g.dataset)
    except KgError as err:
        fail(err)
    if ok:
        typer.echo(f"{g.store.location}: conforms to the shapes")
        return
    typer.echo(report)
    raise typer.Exit(1)
