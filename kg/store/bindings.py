"""Bound variables for SPARQL engines that take no initial bindings.

rdflib takes ``initBindings``; Oxigraph's substitutions only apply to projected
variables, and the SPARQL protocol has no bindings at all.  There, the values go in
as ``BIND(value AS ?var)`` at the head of every group pattern of the query, so each
branch of a UNION or OPTIONAL starts from them (bound once at the top, Oxigraph
evaluates such branches for everyone before joining, and a ``VALUES`` block sent
Virtuoso's planner astray: seconds instead of milliseconds), each value
written by the RDF library's own term serialiser (N-Triples syntax, escaped), never
by pasting the user's text into the query: a value full of quotes and braces stays
one literal.

>>> from rdflib import Literal, URIRef
>>> print(with_values("SELECT ?n WHERE { ?p <https://schema.org/name> ?n }", {"p": URIRef("https://x/a")}))
SELECT ?n WHERE { BIND(<https://x/a> AS ?p)
 ?p <https://schema.org/name> ?n }
>>> with_values("ASK { ?s ?p ?o }", {"o": Literal('" } ; DROP ALL ; {')}).split("\\n")[0]
'ASK { BIND("\\\\" } ; DROP ALL ; {" AS ?o)'
>>> print(with_values("SELECT * { { ?s ?p ?x } UNION { VALUES ?y { 1 2 } ?s ?p ?y } }", {"s": URIRef("https://x/a")}))
SELECT * { BIND(<https://x/a> AS ?s)
 { BIND(<https://x/a> AS ?s)
 ?s ?p ?x } UNION { BIND(<https://x/a> AS ?s)
 VALUES ?y { 1 2 } ?s ?p ?y } }
"""

from __future__ import annotations

import re

from kg.errors import KgError

_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def with_values(text: str, bindings: dict) -> str:
    """``text`` with ``bindings`` (variable -> rdflib term) bound at the head of every group
    pattern (not in VALUES data or CONSTRUCT templates)."""
    if not bindings:
        return text
    names = sorted(bindings)
    for n in names:
        if not _VAR.fullmatch(n):
            raise KgError(f"{n!r} is not a SPARQL variable name")
    block = "".join(f" BIND({_term(bindings[n])} AS ?{n})" for n in names) + "\n"
    at = _group_braces(text)
    if not at:
        raise KgError("the query has no WHERE pattern to bind values in")
    out, last = [], 0
    for i in at:
        out += [text[last : i + 1], block]
        last = i + 1
    out.append(text[last:])
    return "".join(out)


def _term(term) -> str:
    from kg.graph.terms import to_ox

    return str(to_ox(term))  # pyoxigraph writes N-Triples syntax, escaping what must be


_TOKEN = re.compile(r"\s+|#[^\n]*|\"\"\"(?:[^\\]|\\.)*?\"\"\"|'''(?:[^\\]|\\.)*?'''|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|[A-Za-z_][\w-]*|[{}]|.", re.S)


def _group_braces(text: str) -> list[int]:
    """Offsets of the ``{`` that open group graph patterns: not the data block of VALUES,
    not a CONSTRUCT template, not a sub-query's own brace (its WHERE group is one)."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text) if not m.group().isspace() and not m.group().startswith("#")]
    out = []
    keyword = ""
    for k, (pos, tok) in enumerate(tokens):
        word = tok.upper() if tok[0].isalpha() else ""
        if word in ("VALUES", "CONSTRUCT", "WHERE", "UNION", "OPTIONAL", "MINUS", "EXISTS", "GRAPH", "SELECT", "ASK", "DESCRIBE", "FILTER", "BIND", "SERVICE"):
            keyword = word
        if tok != "{":
            continue
        after = tokens[k + 1][1].upper() if k + 1 < len(tokens) else ""
        before = tokens[k - 1][1] if k else ""
        if keyword == "VALUES" or (keyword == "CONSTRUCT" and before.upper() == "CONSTRUCT") or after == "SELECT":
            keyword = "" if keyword == "VALUES" else keyword
            continue
        out.append(pos)
        keyword = ""
    return out
