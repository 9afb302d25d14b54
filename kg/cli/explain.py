"""``kg explain NAME``: which mentions were taken for this person, and why."""

from __future__ import annotations

from typing import Optional

import typer

from kg.cli.options import GRAPH_OPTION, fail, open_graph


def explain_cli(
    name: str = typer.Argument(..., help="A name of the person, in any script or order."),
    graph: Optional[str] = GRAPH_OPTION,
) -> None:
    """Show a person's names by document and the reasons they were merged."""
    from kg.errors import KgError
    from kg.explain import explain

    g = open_graph(graph)
    try:
        text = explain(g.dataset, name)
    except KgError as err:
        fail(err)
    typer.echo(text)
