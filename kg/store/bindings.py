"""Bound variables for SPARQL engines that take no initial bindings.

rdflib takes ``initBindings``; Oxigraph's substitutions only apply to projected
variables, and the SPARQL protocol has no bindings at all.  There, the values go in
as ``BIND(value AS ?var)`` at the head of the query's outermost group pattern (a
``VALUES`` block there sent Virtuoso's planner astray: seconds instead of
milliseconds), each value
written by the RDF library's own term serialiser (N-Triples syntax, escaped), never
by pasting the user's text into the query: a value full of quotes and braces stays
one literal.

>>> from rdflib import Literal, URIRef
>>> print(with_values("SELECT ?n WHERE { ?p <https://schema.org/name> ?n }", {"p": URIRef("https://x/a")}))
SELECT ?n WHERE { BIND(<https://x/a> AS ?p)
 ?p <https://schema.org/name> ?n }
>>> with_values("ASK { ?s ?p ?o }", {"o": Literal('" } ; DROP ALL ; {')}).split("\\n")[0]
'ASK { BIND("\\\\" } ; DROP ALL ; {" AS ?o)'
"""

from __future__ import annotations

import re

from kg.errors import KgError

_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def with_values(text: str, bindings: dict) -> str:
    """``text`` with ``bindings`` (variable -> rdflib term) bound at the head of its WHERE group."""
    if not bindings:
        return text
    names = sorted(bindings)
    for n in names:
        if not _VAR.fullmatch(n):
            raise KgError(f"{n!r} is not a SPARQL variable name")
    block = "".join(f" BIND({_term(bindings[n])} AS ?{n})" for n in names) + "\n"
    at = _where_brace(text)
    return text[: at + 1] + block + text[at + 1 :]


def _term(term) -> str:
    from kg.store.terms import to_ox

    return str(to_ox(term))  # pyoxigraph writes N-Triples syntax, escaping what must be


def _where_brace(text: str) -> int:
    """The offset of the ``{`` opening the query's WHERE pattern (comments, strings and
    IRIs skipped; a CONSTRUCT template skipped)."""
    i, n = 0, len(text)
    depth = 0
    opened: list[int] = []
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c in "\"'":
            long = text.startswith(c * 3, i)
            end = c * 3 if long else c
            j = i + len(end)
            while j < n and not text.startswith(end, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(end)
            continue
        if c == "<":
            m = re.compile(r"<[^<>\"{}|^`\\\s]*>").match(text, i)
            if m:
                i = m.end()
                continue
        if c == "{":
            if depth == 0:
                opened.append(i)
            depth += 1
        elif c == "}":
            depth -= 1
        i += 1
    if not opened:
        raise KgError("the query has no WHERE pattern to bind values in")
    head = text[: opened[0]]
    body = re.sub(r"#[^\n]*", "", head)
    if re.search(r"\bCONSTRUCT\b", body, re.I) and not re.search(r"\bWHERE\s*$", body, re.I) and len(opened) > 1:
        return opened[1]
    return opened[0]
