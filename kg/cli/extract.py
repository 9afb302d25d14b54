"""``kg extract``: print or save the Profile of each input file."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer

FORMATS = ("json", "table")


def extract_cli(
    inputs: list[Path] = typer.Argument(..., help="Profile files, or folders of them."),
    format: str = typer.Option("json", "--format", "-f", help="json or table."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write one <name>.json per input into this folder instead of printing."
    ),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", help="Refuse files larger than this."),
    owner: Optional[str] = typer.Option(None, "--owner", help="The owner of BibTeX files that do not make theirs clear."),
) -> None:
    """Extract the structured profile of each FILE (JSON by default)."""
    from kg.errors import KgError
    from kg.extract import extract_file, to_json_dict
    from kg.extract.table import render_table
    from kg.inputs import expand_inputs

    if format not in FORMATS:
        typer.echo(f"error: --format must be one of {', '.join(FORMATS)}, not {format!r}", err=True)
        raise typer.Exit(2)
    files, problems = expand_inputs(inputs)
    failed = len(problems)
    for msg in problems:
        typer.echo(f"error: {msg}", err=True)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
    for path in files:
        try:
            profile = extract_file(path, max_bytes=max_bytes)
            if owner and profile.source.format == "bibtex" and not profile.owner.name:
                from kg.extract.bibtex import with_owner

                profile = with_owner(profile, owner)
        except KgError as err:
            typer.echo(f"error: {err}", err=True)
            failed += 1
            continue
        except Exception as err:  # a bug must not stop the batch; KG_DEBUG=1 shows the traceback
            if os.environ.get("KG_DEBUG"):
                raise
            typer.echo(f"error: {path}: internal error ({type(err).__name__}: {err}); please report it", err=True)
            failed += 1
            continue
        data = to_json_dict(profile)
        if output is not None:
            from kg.atomic import write_text_atomic

            target = output / (path.stem + ".json")
            write_text_atomic(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        elif format == "json":
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(render_table(profile) + "\n")
    if output is not None:
        typer.echo(f"{len(files) - (failed - len(problems))} of {len(files) + len(problems)} files extracted into {output}", err=True)
    if failed:
        raise typer.Exit(1)
