"""``kg explain NAME``: which mentions were taken for this person, and why."""

from __future__ import annotations

from pathlib import Path

import typer


def explain_cli(
    name: str = typer.Argument(..., help="A name of the person, in any script or order."),
    graph: Path = typer.Option(Path("out/graph.trig"), "--graph", "-g", help="The dataset written by `kg build`."),
) -> None:
    """Show a person's names by document and the reasons they were merged."""
    from kg.errors import KgError
    from kg.explain import explain
    from kg.pipeline import load

    try:
        text = explain(load(graph), name)
    except KgError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1)
    typer.echo(text)
