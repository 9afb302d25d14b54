"""The SPARQL query library (``queries/*.rq``) and running queries safely.

Each library query starts with a header: its name, what it answers, its parameters
and an example.  Values go in as bound variables (``initBindings``), never into the
query text, so a value full of quotes and braces is just a string.  Queries are
read-only unless an update is explicitly allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.errors import KgError
from kg.resources import resource_dir


class QueryError(KgError):
    """A query that cannot run: unknown name, syntax error, bad parameter, update refused."""


@dataclass(frozen=True)
class LibraryQuery:
    """A query of the library: name, what it answers, parameter names, example, text."""

    name: str
    answers: str
    params: tuple[str, ...]
    example: str
    text: str


def _parse_header(name: str, text: str) -> LibraryQuery:
    answers, params, example = "", (), ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("# ").strip()
        if body.startswith(name + ":"):
            answers = body[len(name) + 1 :].strip()
        elif body.startswith("params:"):
            names: list[str] = []
            for clause in body[len("params:") :].split(";"):
                head = clause.split("—")[0]
                names += [n.strip() for n in head.split(",") if re.fullmatch(r"\s*[a-z_]+\s*", n)]
            params = tuple(names)
        elif body.startswith("example:"):
            example = body[len("example:") :].strip()
    return LibraryQuery(name, answers, params, example, text)


@lru_cache(maxsize=1)
def library() -> dict[str, LibraryQuery]:
    """Every query in ``queries/``, by name.

    >>> sorted(library())[:3]
    ['coauthors', 'conflicts', 'lineage']
    >>> library()["shared-coauthors"].params
    ('a', 'b')
    """
    out = {}
    folder = resource_dir("kg.queries")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = _parse_header(name, entry.read_text(encoding="utf-8"))
    return out


def load_query(name_or_path: str) -> LibraryQuery:
    """A library query by name, or a ``.rq`` file by path."""
    if name_or_path in library():
        return library()[name_or_path]
    p = Path(name_or_path)
    if p.suffix == ".rq" or p.is_file():
        if not p.is_file():
            raise QueryError(f"{name_or_path}: no such query file")
        return _parse_header(p.stem, p.read_text(encoding="utf-8"))
    raise QueryError(f"no query named {name_or_path!r}; the library has: {', '.join(sorted(library()))}")


_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s[^\n]*\n\s*)*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)


def variables(text: str) -> set[str]:
    """The variable names a query uses."""
    body = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("#"))
    return set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", body))


def to_term(value: Any) -> Node:
    """A Python value as an RDF term: IRIs for http(s) strings and ``<…>``, typed literals otherwise.

    >>> to_term("https://schema.org/Person"), to_term(2020), to_term('" } ; DROP ALL ; {')
    (rdflib.term.URIRef('https://schema.org/Person'), rdflib.term.Literal('2020', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), rdflib.term.Literal('" } ; DROP ALL ; {'))
    """
    if isinstance(value, Node):
        return value
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value)
    s = str(value)
    if re.fullmatch(r"<[^<>\s]+>", s):
        return URIRef(s[1:-1])
    if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", s):
        return URIRef(s)
    if re.fullmatch(r"-?\d+", s):
        return Literal(int(s))
    return Literal(s)


def run(
    target,
    query: str | LibraryQuery,
    params: dict[str, Any] | None = None,
    *,
    allow_update: bool = False,
) -> tuple[list[str], list[dict[str, Node]]]:
    """Run a library query (by name), a query file, or a LibraryQuery; return (variables, rows).

    ``target`` is a store (``kg.store``) or an rdflib Dataset/Graph (queried in memory,
    as the union of its graphs).  Parameters are bound, never spliced into the text.

    >>> from kg.pipeline import build
    >>> ds = build(["data/profiles"]).dataset
    >>> cols, rows = run(ds, "coauthors", {"person": "https://w3id.org/researcher-kg/id/person/biao-sun"})
    >>> cols[:2], len(rows) > 5
    (['coauthor', 'name'], True)
    """
    q = load_query(query) if isinstance(query, str) else query
    params = dict(params or {})
    known = variables(q.text)
    unknown = sorted(set(params) - known)
    if unknown:
        takes = ", ".join(q.params) if q.params else ", ".join(sorted(known))
        raise QueryError(f"query {q.name!r} has no parameter {', '.join(repr(u) for u in unknown)}; it takes: {takes}")
    bindings = {k: to_term(v) for k, v in params.items()}
    store = target if hasattr(target, "execute") else _memory(target)
    if _UPDATE.search(q.text):
        if not allow_update:
            raise QueryError(f"query {q.name!r} is an update; updates need an explicit --allow-update")
        if bindings:
            raise QueryError(f"update {q.name!r}: updates take no parameters")
        try:
            store.update(q.text)
        except KgError:
            raise
        except Exception as err:
            raise QueryError(f"update {q.name!r} failed: {_first_line(err)}") from None
        return [], []
    try:
        kind, result = store.execute(q.text, bindings, name=q.name)
    except KgError:
        raise
    except SyntaxError as err:
        raise QueryError(f"syntax error in query {q.name!r}: {_first_line(err)}") from None
    except Exception as err:
        raise QueryError(f"query {q.name!r} failed: {_first_line(err)}") from None
    if kind == "ASK":
        return ["ask"], [{"ask": Literal(bool(result))}]
    if kind == "CONSTRUCT":
        return ["subject", "predicate", "object"], [{"subject": s, "predicate": p, "object": o} for s, p, o in result]
    return result


def _memory(ds):
    from kg.store.memory import MemoryStore

    return MemoryStore(ds)


def _first_line(err: Exception) -> str:
    text = str(err).strip().splitlines()
    return (text[0] if text else type(err).__name__)[:300]


def plain(value: Node | None) -> Any:
    """An RDF term as a Python value for JSON/CSV output."""
    if value is None:
        return None
    if isinstance(value, Literal):
        v = value.toPython()
        return v if isinstance(v, (int, float, bool, str)) else str(value)
    return str(value)
