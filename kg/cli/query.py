"""``kg query``: run a library query or a .rq file against the built graph."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Optional

import typer

from kg.cli.options import GRAPH_OPTION, fail, open_graph


def query_cli(
    name: Optional[str] = typer.Argument(None, help="A library query name (see --list) or a .rq file."),
    param: list[str] = typer.Option([], "--param", "-p", help="key=value, bound as a variable (repeatable)."),
    format: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    graph: Optional[str] = GRAPH_OPTION,
    allow_update: bool = typer.Option(False, "--allow-update", help="Allow SPARQL updates (changes only the loaded copy)."),
    list_: bool = typer.Option(False, "--list", help="List the library queries and exit."),
) -> None:
    """Run a SPARQL query; values go in as bound variables, never into the query text."""
    from kg.errors import KgError
    from kg.query import library

    if list_ or not name:
        for q in library().values():
            typer.echo(f"{q.name:18s} {q.answers}  [params: {', '.join(q.params) or '-'}]")
        return
    if format not in ("table", "json", "csv"):
        fail(f"--format must be table, json or csv, not {format!r}", 2)
    params = {}
    for p in param:
        if "=" not in p:
            fail(f"--param {p!r}: expected key=value", 2)
        k, v = p.split("=", 1)
        params[k.strip()] = v
    g = open_graph(graph)
    try:
        cols, rows = g.query_table(name, allow_update=allow_update, **params)
    except KgError as err:
        fail(err)
    if format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif format == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        sys.stdout.write(render_rows(cols, rows) + "\n")


def render_rows(cols: list[str], rows: list[dict]) -> str:
    if not rows:
        return "(no rows)"
    cells = [[_short(r.get(c)) for c in cols] for r in rows]
    widths = [min(60, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths))]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(v[:w].ljust(w) for v, w in zip(row, widths)))
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)


def _short(v) -> str:
    if v is None:
        return ""
    s = str(v)
    if s.startswith("https://w3id.org/researcher-kg/id/"):
        return s[len("https://w3id.org/researcher-kg/id/") :]
    return s
