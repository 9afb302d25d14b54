"""The parts of the dataset (``kg.graph.part_of``): asked for some parts, the graph stage
makes exactly the quads of those parts, in the order of a whole run (hypothesis), and a
store's digests count under the same parts."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from kg.graph import iter_quads, part_of
from kg.pipeline import build
from kg.store.digests import Digests


@lru_cache(maxsize=1)
def _whole():
    """The resolution of the seeds and the team's fixtures, every quad, and every part."""
    res = build([ROOT / "data" / "profiles", ROOT / "tests" / "fixtures" / "profiles"]).resolution
    quads = list(iter_quads(res))
    parts = sorted({part_of(s.value, g.value) for s, _p, _o, g in quads})
    return res, quads, parts


def test_every_kind_of_part_is_there():
    _res, _quads, parts = _whole()
    graphs = {g.rsplit("/", 1)[-1] for g, s in parts if s}
    assert graphs == {"meta", "entities", "derived"}
    assert sum(1 for _g, s in parts if not s) == len(_res.documents)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_only_some_parts_makes_exactly_their_quads_in_order(data):
    res, quads, parts = _whole()
    chosen = data.draw(st.sets(st.sampled_from(parts)))
    expected = [q for q in quads if part_of(q[0].value, q[3].value) in chosen]
    assert list(iter_quads(res, only=chosen)) == expected


def test_digests_count_under_the_parts():
    _res, quads, parts = _whole()
    d = Digests()
    d.add_all(quads)
    assert sorted(d.by_key) == parts
    s, _p, _o, g = quads[-1]
    assert d.key(s, g) == part_of(s.value, g.value)
