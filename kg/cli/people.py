"""``kg person``, ``coauthors``, ``shared``, ``lineage``, ``connect``: questions about people,
every answer with the document and quote it comes from."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.options import GRAPH_OPTION, fail, open_graph


def _ask(graph: Path, fn):
    from kg.errors import KgError

    g = open_graph(graph)
    try:
        return fn(g)
    except KgError as err:
        fail(err)


def _edge(e, show_source: bool = True) -> str:
    target = f"{e.target} / {e.unit}" if e.unit else e.target
    years = f" ({e.years})" if e.years else ""
    text = f"{e.source} — {e.relation} → {target}{years}"
    if show_source and e.document:
        also = f" (+{e.also_in} more)" if e.also_in else ""
        quote = f': "{e.quote[:140]}"' if e.quote else ""
        text += f"\n      [{e.document}{also}{quote}]"
    return text


def person_cli(name: str = typer.Argument(..., help="Any of the person's names."), graph: Optional[str] = GRAPH_OPTION) -> None:
    """A person's card: names, education, positions, advisors, students, co-authors, sources."""
    card = _ask(graph, lambda g: g.person(name))
    out = [card.name + (f"  ({', '.join(card.other_names)})" if card.other_names else ""), f"  <{card.iri}>"]
    for label, edges in (("Education", card.education), ("Positions", card.positions), ("Advisors", card.advisors),
                         ("Students", card.students), ("Supervisors", card.supervisors), ("Supervised", card.supervisees)):
        if edges:
            out.append(f"{label}:")
            out += ["  " + _edge(e) for e in edges]
    if card.coauthors:
        out.append(f"Co-authors ({len(card.coauthors)}):")
        out += [f"  {n} ({c} paper{'s' if c > 1 else ''})" for n, c in card.coauthors]
    if card.documents:
        out.append("Sources:")
        out += [f"  {d}" for d in card.documents]
    typer.echo("\n".join(out))


def coauthors_cli(name: str = typer.Argument(...), graph: Optional[str] = GRAPH_OPTION) -> None:
    """A person's co-authors with the number of papers written together."""
    rows = _ask(graph, lambda g: g.coauthors(name))
    for n, c in rows:
        typer.echo(f"{c:4d}  {n}")
    typer.echo(f"({len(rows)} co-authors)")


def shared_cli(names: list[str] = typer.Argument(..., help="Two or more people."), graph: Optional[str] = GRAPH_OPTION) -> None:
    """What people share: advisors, co-authors, organisations with overlapping years."""
    if len(names) < 2:
        fail("give at least two names", 2)
    s = _ask(graph, lambda g: g.shared(*names))
    out = [" & ".join(s.people)]
    out.append("Shared advisors: " + (", ".join(s.advisors) if s.advisors else "none"))
    out.append("Shared co-authors: " + (", ".join(s.coauthors) if s.coauthors else "none"))
    if s.organizations:
        out.append("Same organisation, overlapping years:")
        for org, years, evidence in s.organizations:
            out.append(f"  {org} ({years})")
            out += ["    " + _edge(e) for e in evidence]
    else:
        out.append("Same organisation, overlapping years: none")
    typer.echo("\n".join(out))


def lineage_cli(name: str = typer.Argument(...), graph: Optional[str] = GRAPH_OPTION) -> None:
    """Academic lineage: advisors up the chain, students down it."""
    up, down = _ask(graph, lambda g: g.lineage(name))
    out = ["Advisors (up):"] + ([f"  {'  ' * (d - 1)}{_edge(e)}" for d, e in up] or ["  none"])
    out += ["Students (down):"] + ([f"  {'  ' * (d - 1)}{_edge(e)}" for d, e in down] or ["  none"])
    typer.echo("\n".join(out))


def connect_cli(
    a: str = typer.Argument(...),
    b: str = typer.Argument(...),
    max_hops: int = typer.Option(4, "--max-hops", help="Longest connection to look for."),
    graph: Optional[str] = GRAPH_OPTION,
) -> None:
    """How two people are connected: the shortest paths, each edge with its source."""
    paths = _ask(graph, lambda g: g.connect(a, b, max_hops=max_hops))
    if not paths:
        typer.echo(f"no connection within {max_hops} hops")
        raise typer.Exit(0)
    for i, path in enumerate(paths, 1):
        typer.echo(f"{i}. {len(path)} hop{'s' if len(path) > 1 else ''}")
        for e in path:
            typer.echo("   " + _edge(e))
