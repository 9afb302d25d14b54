"""Private data (phone numbers, street addresses, national ids) is recognised and kept out
of the graph, the dataset files, the exports and the HTML, quotes included, unless the
user opts in; e-mails stay unless contact is left out."""

from __future__ import annotations

import pytest

from conftest import fixture
from kg.extract import extract_file
from kg.extract.lines import build_lines
from kg.extract.private import find_addresses, find_national_ids
from kg.pipeline import build
from kg.read import read_text
from kg.store.files import write_quads

PRIVATE = ["7946 0958", "Orchard Lane", "1234-5678-9012", "13912345678", "中关村大街27号", "11010519491231002X"]


def found(text: str):
    lines = build_lines(read_text(text, path="x.txt"))
    return [f.value for f in find_addresses(lines)], [f.value for f in find_national_ids(lines)]


@pytest.mark.parametrize(
    "text, address",
    [
        ("Address: 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
        ("Office: 77 Massachusetts Avenue, Cambridge, MA 02139", "77 Massachusetts Avenue, Cambridge, MA 02139"),
        ("住址：上海市徐汇区华山路1954号", "上海市徐汇区华山路1954号"),
        ("Home: Musterweg 12 is not numbered first, but 12 Hauptstraße is", None),
    ],
)
def test_addresses(text, address):
    addresses, _ids = found(text)
    if address is None:
        assert all("Musterweg" not in a for a in addresses)
    else:
        assert address in addresses


@pytest.mark.parametrize(
    "text, ident",
    [
        ("身份证号：11010519491231002X", "11010519491231002X"),
        ("ID: 110105194912310021 (wrong check digit, not an id)", None),
        ("SSN: 123-45-6789", "123-45-6789"),
        ("Passport No. E12345678", "E12345678"),
    ],
)
def test_national_ids(text, ident):
    _addresses, ids = found(text)
    assert (ident in ids) if ident else not ids


@pytest.mark.parametrize(
    "text",
    [
        "Education: 2019 - 2023, B.Sc., Peking University",
        "arXiv:2301.12345, doi:10.1145/3600006.3613152, pages 1234-1250",
        "Tsinghua University, Beijing 100084, 2015 - 2019",
        "Best Paper Award, OSDI 2023 (1 of 300 papers)",
    ],
)
def test_ordinary_text_is_not_private(text):
    assert found(text) == ([], [])


def test_extracted_into_the_profile():
    p = extract_file(fixture("private_cv.txt"))
    assert p.owner.phones and p.owner.addresses and p.owner.national_ids
    z = extract_file(fixture("private_zh.txt"))
    assert "北京市海淀区中关村大街27号1101室" in z.owner.addresses and "11010519491231002X" in z.owner.national_ids


@pytest.fixture(scope="module")
def private_builds():
    files = [fixture("private_cv.txt"), fixture("private_zh.txt")]
    return build(files), build(files, include_private=True), build(files, include_contact=False)


def _text(quads) -> str:
    return "\n".join(str(t) for q in quads for t in q)


def test_kept_out_of_the_graph_and_its_quotes(private_builds, tmp_path):
    default, _with, _nocontact = private_builds
    text = _text(default.quads)
    for value in PRIVATE:
        assert value not in text, value
    assert "[private]" in text  # the education quote that held the address was blanked, not dropped
    assert "mira.castell@example.org" in text  # public contact stays by default
    for ext in ("trig", "nq", "jsonld"):
        out = tmp_path / f"g.{ext}"
        write_quads(default.quads, out)
        data = out.read_text(encoding="utf-8")
        assert not [v for v in PRIVATE if v in data]


def test_opt_in_puts_them_in(private_builds):
    _default, with_private, _nocontact = private_builds
    text = _text(with_private.quads)
    assert "+44 20 7946 0958" in text and "14 Orchard Lane, Cambridge CB3 0AB" in text and "national-id:11010519491231002X" in text


def test_no_contact_drops_emails_everywhere(private_builds):
    _default, _with, nocontact = private_builds
    assert "example.org" not in _text(nocontact.quads) and "example.cn" not in _text(nocontact.quads)


def test_not_in_exports_or_html(private_builds, tmp_path):
    from kg.api import KnowledgeGraph
    from kg.network import export
    from kg.render import render

    g = KnowledgeGraph(private_builds[0].dataset)
    render(g, tmp_path / "page.html", kind="full")
    export(g.dataset, str(tmp_path / "full.graphml"), fmt="graphml", kind="full")
    for f in (tmp_path / "page.html", tmp_path / "full.graphml"):
        data = f.read_text(encoding="utf-8")
        assert not [v for v in PRIVATE if v in data], f.name
