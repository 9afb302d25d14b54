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
    ds,
    query: str | LibraryQuery,
    params: dict[str, Any] | None = None,
    *,
    allow_update: bool = False,
    merged=None,
) -> tuple[list[str], list[dict[str, Node]]]:
    """Run a library query (by name), a query file, or a LibraryQuery; return (variables, rows).

    ``ds`` is an rdflib Dataset (or Graph); a Dataset is queried as the union of its
    graphs.  ``merged``, when given, is that union as one Graph (far faster in rdflib)
    and is used for queries that do not name graphs.
    """
    q = load_query(query) if isinstance(query, str) else query
    params = dict(params or {})
    known = variables(q.text)
    unknown = sorted(set(params) - known)
    if unknown:
        takes = ", ".join(q.params) if q.params else ", ".join(sorted(known))
        raise QueryError(f"query {q.name!r} has no parameter {', '.join(repr(u) for u in unknown)}; it takes: {takes}")
    bindings = {k: to_term(v) for k, v in params.items()}
    if _UPDATE.search(q.text):
        if not allow_update:
            raise QueryError(f"query {q.name!r} is an update; updates need an explicit --allow-update")
        union = getattr(ds, "default_union", None)
        try:
            if union is not None:
                ds.default_union = False  # updates address named graphs explicitly
            ds.update(q.text, initBindings=bindings)
        except Exception as err:
            raise QueryError(f"update {q.name!r} failed: {_first_line(err)}") from None
        finally:
            if union is not None:
                ds.default_union = union
        return [], []
    try:
        prepared = _prepare(q.text)
    except Exception as err:
        raise QueryError(f"syntax error in query {q.name!r}: {_first_line(err)}") from None
    install_planner()
    if merged is not None and not _GRAPH_CLAUSE.search(q.text):
        target = merged
    else:
        target = ds
        if hasattr(ds, "default_union"):
            ds.default_union = True
    try:
        result = target.query(prepared, initBindings=bindings)
    except Exception as err:
        raise QueryError(f"query {q.name!r} failed: {_first_line(err)}") from None
    if result.type == "ASK":
        return ["ask"], [{"ask": Literal(bool(result.askAnswer))}]
    if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
        rows = [{"subject": s, "predicate": p, "object": o} for s, p, o in result.graph]
        return ["subject", "predicate", "object"], rows
    names = [str(v) for v in result.vars]
    rows = [{n: row[i] for i, n in enumerate(names) if row[i] is not None} for row in result]
    return names, rows


def order_patterns(triples: list, bound: set) -> list:
    """Order a basic graph pattern so each step joins on what is already bound.

    rdflib orders patterns when the query is parsed, before the parameters are known,
    so ``?paper schema:author ?person . ?c a schema:Person`` starts with every person
    in the graph.  Here the parameters count as bound: greedily take the pattern with
    a bound subject (or a bound object other than a class), then the most bound terms.

    >>> from rdflib import RDF, Variable as V, URIRef as U
    >>> author, person = U("https://schema.org/author"), U("https://schema.org/Person")
    >>> bgp = [(V("c"), RDF.type, person), (V("paper"), author, V("c")), (V("paper"), author, V("p"))]
    >>> [t[2] for t in order_patterns(bgp, {"p"})] == [V("p"), V("c"), person]
    True
    """
    from rdflib import RDF, Variable

    known = {Variable(b) for b in bound}
    rest = list(enumerate(triples))
    ordered = []

    def score(item):
        i, (s_, p_, o_) = item
        bound_s = not _is_var(s_) or s_ in known
        bound_o = not _is_var(o_) or o_ in known
        selective = bound_s + (bound_o and p_ != RDF.type)
        total = bound_s + bound_o + (not _is_var(p_) or p_ in known)
        return (selective, total, -i)

    while rest:
        best = max(rest, key=score)
        rest.remove(best)
        ordered.append(best[1])
        known.update(t for t in best[1] if _is_var(t))
    return ordered


def _eval_bgp(ctx, part):
    """rdflib custom evaluation of basic graph patterns: order them by what the context
    has bound (parameters, and outer solutions in joins), then evaluate as rdflib does.

    rdflib itself sorts patterns by their count of unbound terms only, so with
    ``?person`` bound, ``?c a schema:Person`` (one unbound term) runs before
    ``?paper schema:author ?c`` and walks every person in the graph.
    """
    if part.name != "BGP":
        raise NotImplementedError
    from rdflib.plugins.sparql.evaluate import evalBGP

    bound = {str(t) for tr in part.triples for t in tr if _is_var(t) and ctx[t] is not None}
    return evalBGP(ctx, order_patterns(list(part.triples), bound))


@lru_cache(maxsize=64)
def _prepare(text: str):
    """The parsed and translated query (parsing costs more than most queries on small graphs)."""
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text)


def _is_var(term) -> bool:
    from rdflib import BNode, Variable

    return isinstance(term, (Variable, BNode))


def install_planner() -> None:
    """Register ``_eval_bgp`` with rdflib (``rdflib.plugins.sparql.CUSTOM_EVALS``, its
    extension point); idempotent.  It changes the order of evaluation, never the answers."""
    from rdflib.plugins.sparql import CUSTOM_EVALS

    CUSTOM_EVALS.setdefault("researcher-kg-bgp-order", _eval_bgp)


_GRAPH_CLAUSE = re.compile(r"\bGRAPH\b|\bFROM\s+NAMED\b", re.I)


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
