"""The store's bulk path: N-Quads text made with memoised terms reads back as the same
quads, and digests counted in runs equal digests counted quad by quad (hypothesis)."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.graph import ENTITY_GRAPH
from kg.graph.iris import DERIVED_GRAPH, META_GRAPH
from kg.store.digests import Digests
from kg.store.oxigraph import nquads_text

# a few term objects reused, as the graph stage reuses them: runs of one object matter
_IRIS = [ox.NamedNode(f"http://x.org/{n}") for n in ("a", "b", "c", "d")]
_GRAPHS = [ox.NamedNode(str(g)) for g in (META_GRAPH, ENTITY_GRAPH, DERIVED_GRAPH)] + [
    ox.NamedNode("https://w3id.org/researcher-kg/id/doc/one"), ox.NamedNode("https://w3id.org/researcher-kg/id/doc/two"), ox.DefaultGraph()]
_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
_objects = st.one_of(
    st.sampled_from(_IRIS),
    _text.map(ox.Literal),
    st.tuples(_text, st.sampled_from(["en", "zh", "zh-latn-pinyin"])).map(lambda t: ox.Literal(t[0], language=t[1])),
    st.integers(-5, 10**6).map(lambda i: ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
    st.integers(0, 3).map(lambda i: ox.BlankNode(f"b{i}")),
)
_quads = st.lists(
    st.tuples(st.sampled_from(_IRIS + [ox.NamedNode("http://x.org/a")]), st.sampled_from(_IRIS), _objects, st.sampled_from(_GRAPHS)),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_quads)
def test_nquads_text_reads_back_as_the_same_quads(quads):
    text = nquads_text(quads, {})
    assert text.count("\n") == len(quads)
    back = [(q.subject, q.predicate, q.object, q.graph_name) for q in ox.parse(text, format=ox.RdfFormat.N_QUADS)]
    assert back == list(quads)


@settings(max_examples=300, deadline=None)
@given(st.lists(_quads, max_size=4))
def test_digests_counted_in_runs_equal_digests_counted_one_by_one(batches):
    one, runs = Digests(), Digests()
    for batch in batches:
        for q in batch:
            one.add(*q)
        runs.add_all(batch)
    assert dict(runs.by_key) == dict(one.by_key)
    assert dict(runs.counts) == dict(one.counts)
    assert not runs.changed(one)
