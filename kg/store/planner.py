"""Join ordering for rdflib's own SPARQL engine (the memory store).

rdflib orders the patterns of a basic graph pattern when it parses the query, before
the bound parameters are known; on large graphs that walks every person for an
anchored question.  ``install_planner`` registers an evaluation hook that orders
patterns by what is bound.  Parsed queries are cached per process.
"""

from __future__ import annotations

from functools import lru_cache


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
def prepare(text: str):
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
