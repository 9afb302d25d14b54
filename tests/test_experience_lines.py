"""One-line experience entries: bold marks the title or the organisation, whichever it
is; a title in bold is not taken for the employer."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.read import read_text


@pytest.mark.parametrize(
    "line, org, title",
    [
        ("**Software Engineer**, Meta, 2023 – present", "Meta", "Software Engineer"),
        ("**Senior Software Engineer**, Stripe, 2020 – 2023", "Stripe", "Senior Software Engineer"),
        ("**Research Scientist**, Meta, 2023 – present", "Meta", "Research Scientist"),
        ("**Meta**, Software Engineer, 2023 – present", "Meta", "Software Engineer"),
        ("**Alibaba Cloud**, Hangzhou — Staff Engineer, 2019 – 2020", "Alibaba Cloud", "Staff Engineer"),
    ],
)
def test_bold_title_or_bold_organisation(line, org, title):
    p = extract(read_text(f"# Jane Doe\n\n## Experience\n{line}\n", path="home.md"))
    assert [(x.organization, x.title) for x in p.positions] == [(org, title)]
