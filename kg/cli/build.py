"""``kg build``: profiles in, RDF dataset out, with a summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer


def build_cli(
    inputs: Optional[list[Path]] = typer.Argument(None, help="Profile files or folders (default: data/profiles)."),
    output: Path = typer.Option(Path("out/graph.trig"), "--output", "-o", help="Dataset file: .trig, .nq or .jsonld."),
    curation: Optional[Path] = typer.Option(None, "--curation", help="Curation file (default: data/curation.yaml if present)."),
    ror: Optional[Path] = typer.Option(None, "--ror", help="ROR index from `kg ror import` (default: data/ror-index.jsonl.gz if present)."),
    include_private: bool = typer.Option(False, "--include-private", help="Also put phone numbers into the graph."),
    no_contact: bool = typer.Option(False, "--no-contact", help="Leave e-mails and homepages out of the graph."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", help="Refuse files larger than this."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Extraction processes (0: one per core; default: one per core from 64 documents)."),
) -> None:
    """Read, extract and resolve the profiles, and write the knowledge graph."""
    from kg.errors import KgError
    from kg.pipeline import build

    for p in inputs or []:
        if p.resolve() == output.resolve():
            typer.echo(f"error: {output}: the output is also an input; choose another -o", err=True)
            raise typer.Exit(2)
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and total >= 50 and (done == total or done % 25 == 0):
            typer.echo(f"\r  read {done}/{total} documents", err=True, nl=done == total)

    try:
        result = build(
            [str(p) for p in inputs] if inputs else None,
            output=output,
            curation=curation,
            ror_index=ror,
            include_private=include_private,
            include_contact=not no_contact,
            max_bytes=max_bytes,
            progress=progress,
            jobs=jobs,
        )
    except KgError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1)
    for msg in result.summary.failures:
        typer.echo(f"error: {msg}", err=True)
    for msg in result.summary.warnings:
        typer.echo(f"warning: {msg}", err=True)
    typer.echo("\n".join(result.summary.lines()))
    if result.summary.failures:
        raise typer.Exit(1)
