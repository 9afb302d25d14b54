"""Publication entries written authors first ("Authors. Title. In Venue."), on one line or
over several lines of a plain-text or PDF CV, read like title-first ones."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.read import read_text

ONE_LINE = "PUBLICATIONS\n\nHanna Virtanen, Marek Kowalczyk, and Erik Lindqvist. Elastic Stream Joins on Serverless Platforms. In Middleware 2023.\n"
LINES = ("PUBLICATIONS\n\nHanna Virtanen, Marek Kowalczyk, and Erik Lindqvist.\nElastic Stream Joins on Serverless Platforms.\nIn Middleware 2023.\n\n"
         "Ann Lee and Bo Lind.\nCold Caches for Warm Functions.\nIn OSDI 2022.\n")
TITLE_FIRST = "PUBLICATIONS\n\nElastic Stream Joins on Serverless Platforms.\nHanna Virtanen, Marek Kowalczyk, and Erik Lindqvist.\nIn Middleware 2023.\n"


@pytest.mark.parametrize("text", [ONE_LINE, LINES, TITLE_FIRST], ids=["one line", "several lines", "title first"])
def test_authors_first_or_title_first(text):
    p = extract(read_text(text, path="cv.txt"))
    first = p.publications[0]
    assert (first.title, first.authors, first.year) == (
        "Elastic Stream Joins on Serverless Platforms", ("Hanna Virtanen", "Marek Kowalczyk", "Erik Lindqvist"), 2023)
    assert "Middleware" in (first.venue or "")
    if text is LINES:
        second = p.publications[1]
        assert (second.title, second.authors, second.venue_normalized) == ("Cold Caches for Warm Functions", ("Ann Lee", "Bo Lind"), "OSDI 2022")


@pytest.mark.parametrize(
    "line, title, authors",
    [
        # a surname in capitals ends the author list: "Wei WANG." is the end of a part
        ("- Ann Lee, Bo Chen, Wei WANG. Fast Graphs for Everyone. OSDI 2023.", "Fast Graphs for Everyone", ("Ann Lee", "Bo Chen", "Wei WANG")),
        ("- ZHANG San, LI Si, WANG Wu. Fast Graphs for Everyone. OSDI 2023.", "Fast Graphs for Everyone", ("ZHANG San", "LI Si", "WANG Wu")),
        ("- Fast Graphs for Everyone. Ann Lee, Bo Chen, Wei WANG. OSDI 2023.", "Fast Graphs for Everyone", ("Ann Lee", "Bo Chen", "Wei WANG")),
        # a two-word title reads like one name; a list of several names is not a title
        ("- Bo Chen, Wei Wang. Faster Graphs. In ATC 2024.", "Faster Graphs", ("Bo Chen", "Wei Wang")),
        # an initial does not end a part
        ("- J. Garcia, Bo Chen. Fast Graphs for Everyone. OSDI 2023.", "Fast Graphs for Everyone", ("J. Garcia", "Bo Chen")),
    ],
)
def test_one_line_citations_with_capitals_and_short_titles(line, title, authors):
    p = extract(read_text(f"# Bo Chen\n\n## Publications\n{line}\n", path="home.md"))
    assert [(x.title, x.authors) for x in p.publications] == [(title, authors)]
