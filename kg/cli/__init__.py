"""The ``kg`` command: a thin layer over the library.

Each command parses its options, calls one library function, and turns the
library's typed errors into one-line messages and exit codes.  Command modules
are imported only when their command runs, so ``kg --help`` stays fast.
"""

from __future__ import annotations

import typer

from kg.cli.build import build_cli
from kg.cli.explain import explain_cli
from kg.cli.export import export_cli
from kg.cli.people import coauthors_cli, connect_cli, lineage_cli, person_cli, shared_cli
from kg.cli.push import push_cli
from kg.cli.query import query_cli
from kg.cli.render import render_cli, timeline_cli
from kg.cli.extract import extract_cli
from kg.cli.ror import ror_app
from kg.cli.validate import validate_cli

app = typer.Typer(
    name="kg",
    help="Turn researcher profiles (homepages and CVs, English and Chinese) into a knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from kg import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True, callback=_print_version),
) -> None:
    """Turn researcher profiles (homepages and CVs, English and Chinese) into a knowledge graph."""


app.command("extract")(extract_cli)
app.command("build")(build_cli)
app.command("validate")(validate_cli)
app.command("explain")(explain_cli)
app.command("query")(query_cli)
app.command("person")(person_cli)
app.command("coauthors")(coauthors_cli)
app.command("shared")(shared_cli)
app.command("lineage")(lineage_cli)
app.command("connect")(connect_cli)
app.command("export")(export_cli)
app.command("push")(push_cli)
app.command("render")(render_cli)
app.command("timeline")(timeline_cli)
app.add_typer(ror_app, name="ror")


def main() -> None:
    """Console-script entry point.

    The process ends without freeing its objects one by one: after a large build that
    alone takes seconds (10k profiles: ~5 s of ~30 million objects) and changes nothing,
    since every file is written, flushed and closed by the time a command returns.
    """
    import os
    import sys

    try:
        app()
        code = 0
    except SystemExit as done:
        code = done.code
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)
