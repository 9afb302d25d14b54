"""``kg build``: profiles in, RDF dataset out, with a summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer


def build_cli(
    inputs: Optional[list[Path]] = typer.Argument(None, help="Profile files or folders (default: data/profiles)."),
    store: str = typer.Option("out/store", "--store", "-s", help="Where the graph goes: a store directory (Oxigraph) or a SPARQL endpoint URL (pushed)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Also write a dataset file: .trig, .nq or .jsonld."),
    no_store: bool = typer.Option(False, "--no-store", help="Write only the --output file, no store."),
    cache: Path = typer.Option(Path("out/cache"), "--cache", help="Extraction cache: a rebuild re-extracts only new or changed files."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Extract every file again and keep no cache."),
    curation: Optional[Path] = typer.Option(None, "--curation", help="Curation file (default: data/curation.yaml if present)."),
    ror: Optional[Path] = typer.Option(None, "--ror", help="ROR index from `kg ror import` (default: data/ror-index.jsonl.gz if present)."),
    include_private: bool = typer.Option(False, "--include-private", help="Also put phone numbers into the graph."),
    no_contact: bool = typer.Option(False, "--no-contact", help="Leave e-mails and homepages out of the graph."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", help="Refuse files larger than this."),
    owner: Optional[str] = typer.Option(None, "--owner", help="The owner of BibTeX files that do not make theirs clear (else: the profile beside them)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Extraction processes (0: one per core; default: one per core from 64 documents)."),
) -> None:
    """Read, extract and resolve the profiles, and write the knowledge graph."""
    from kg.errors import KgError
    from kg.pipeline import build

    if no_store and output is None:
        typer.echo("error: --no-store needs an --output file", err=True)
        raise typer.Exit(2)
    targets = [t for t in (output, None if no_store or store.startswith(("http://", "https://")) else Path(store), None if no_cache else cache) if t]
    for p in inputs or [Path("data/profiles")]:
        for t in targets:
            rp, rt = p.resolve(), t.resolve()
            if rp == rt or rt in rp.parents or (p.is_dir() and rp in rt.parents and t is not output):
                typer.echo(f"error: {t}: this output is also an input, or inside the input {p}; choose another location", err=True)
                raise typer.Exit(2)
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show and total >= 50 and (done == total or done % 25 == 0):
            typer.echo(f"\r  read {done}/{total} documents", err=True, nl=done == total)

    try:
        result = build(
            [str(p) for p in inputs] if inputs else None,
            output=output,
            store=None if no_store else store,
            cache=None if no_cache else cache,
            curation=curation,
            ror_index=ror,
            include_private=include_private,
            include_contact=not no_contact,
            max_bytes=max_bytes,
            progress=progress,
            jobs=jobs,
            bib_owner=owner,
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
