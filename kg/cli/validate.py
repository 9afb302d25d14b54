"""``kg validate``: check a built dataset against the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import typer


def validate_cli(
    graph: Path = typer.Argument(Path("out/graph.trig"), help="The dataset written by `kg build`."),
) -> None:
    """Check the graph against kg/shapes.ttl; exit 1 when it does not conform."""
    from kg.errors import KgError
    from kg.pipeline import load, validate

    try:
        ok, report = validate(load(graph))
    except KgError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1)
    if ok:
        typer.echo(f"{graph}: conforms to the shapes")
        return
    typer.echo(report)
    raise typer.Exit(1)
