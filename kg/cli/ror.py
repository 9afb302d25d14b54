"""``kg ror import FILE``: index a ROR registry dump for offline normalisation."""

from __future__ import annotations

from pathlib import Path

import typer

ror_app = typer.Typer(help="The Research Organization Registry (ROR), offline.", no_args_is_help=True)


@ror_app.command("import")
def ror_import_cli(
    dump: Path = typer.Argument(..., help="A ROR v2 dump: JSON array or JSON lines, plain or .gz."),
    index: Path = typer.Option(Path("data/ror-index.jsonl.gz"), "--index", "-o", help="Where to write the index."),
) -> None:
    """Read a ROR dump and write the index `kg build` uses to normalise institutions."""
    from kg.errors import KgError
    from kg.resolve.ror import import_ror

    try:
        n = import_ror(dump, index)
    except KgError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{n} organisations indexed into {index}")
