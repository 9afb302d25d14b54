"""``kg export``: NetworkX projections for Gephi, Cytoscape and pandas."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.options import GRAPH_OPTION, fail, open_graph


def export_cli(
    format: str = typer.Option("graphml", "--format", "-f", help="graphml, gexf, json, csv, or jsonld (one --person)."),
    kind: str = typer.Option("coauthor", "--kind", "-k", help="coauthor, advisor, org or full."),
    person: Optional[str] = typer.Option(None, "--person", help="With --format jsonld: the person (any of their names)."),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default out/<kind>.<format>; jsonld: out/<person>.jsonld)."),
    graph: Optional[str] = GRAPH_OPTION,
) -> None:
    """Write a projection of the graph (csv also writes <name>.nodes.csv), or one person as
    schema.org JSON-LD to embed in a homepage."""
    from kg.errors import KgError
    from kg.network import KINDS, export

    if format == "jsonld":
        return _jsonld(person, output, graph)
    if format not in ("graphml", "gexf", "json", "csv"):
        fail(f"--format must be graphml, gexf, json, csv or jsonld, not {format!r}", 2)
    if kind not in KINDS:
        fail(f"--kind must be one of {', '.join(KINDS)}, not {kind!r}", 2)
    g = open_graph(graph)
    target = output or Path("out") / f"{kind}.{format}"
    try:
        g.check_output(target)
        if format == "csv":
            g.check_output(target.with_name(target.stem + ".nodes.csv"))
    except KgError as err:
        fail(err)
    nodes, edges = export(g.dataset, str(target), fmt=format, kind=kind)
    typer.echo(f"{nodes} nodes, {edges} edges written to {target}")


def _jsonld(person: Optional[str], output: Optional[Path], graph: Optional[str]) -> None:
    import json

    from kg.atomic import write_text_atomic
    from kg.errors import KgError
    from kg.jsonld import person_jsonld, slug

    if not person:
        fail("--format jsonld needs --person NAME", 2)
    g = open_graph(graph)
    try:
        doc = person_jsonld(g, person)
        target = output or Path("out") / f"{slug(doc['@id'])}.jsonld"
        g.check_output(target)
    except KgError as err:
        fail(err)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(target, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    typer.echo(f"{doc['name']} written to {target}")
