"""Every extracted item carries the span of the original it came from, and the
visible text of that span holds the value extracted."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, SEEDS
from kg.extract import extract
from kg.read import read_document, read_text


def norm(s: str) -> str:
    return re.sub(r"[\s*†‡#✉\\]+", " ", s).strip().lower()


def check(doc, profile):
    def holds(span, value, what):
        assert span is not None and 0 <= span[0] <= span[1] <= len(doc.original), what
        quote = doc.visible(*span)
        assert norm(value) in norm(quote) or norm(value) in norm(doc.original[span[0] : span[1]]), f"{what}: {value!r} not in {quote[:200]!r}"

    for e in profile.education:
        holds(e.evidence, e.institution or e.degree or "", f"education {e.institution}")
    for p in profile.positions:
        holds(p.evidence, p.organization or "", f"position {p.organization}")
    for pub in profile.publications:
        holds(pub.evidence, pub.title[:40], f"paper {pub.title[:30]}")
        if doc.format in ("jsonresume", "orcid"):
            continue  # a structured record's works name no co-authors: the owner is the author by the record's structure, not a quote
        for a in pub.authors:
            if doc.format == "bibtex":  # written "Last, First": every part of the name is in the entry
                quote = norm(doc.visible(*pub.evidence))
                assert all(part in quote for part in norm(a).split()), f"author {a}"
                continue
            holds(pub.evidence, a, f"author {a}")
    for a in profile.awards:
        holds(a.evidence, a.name[:30], f"award {a.name}")
    for m in profile.advisors:
        holds(m.evidence, m.name, f"advisor {m.name}")
    for pr in profile.projects:
        holds(pr.evidence, pr.name, f"project {pr.name}")
    if profile.owner.name and profile.owner.evidence:
        holds(profile.owner.evidence, profile.owner.name, "owner")


@pytest.mark.parametrize("path", [*SEEDS, *FIXTURES], ids=lambda p: p.name)
def test_evidence_quotes_contain_the_values(path):
    doc = read_document(path)
    check(doc, extract(doc))


ORGS = ["Peking University", "Tongji University", "Alibaba Cloud", "华南理工大学", "Max Planck Institute"]
TITLES = ["Research Intern", "Software Engineer", "Visiting Student"]
PEOPLE = ["Wei Wang", "Ann Lee", "Jonas Brandt", "Priya Raman"]


@st.composite
def markdown_profile(draw):
    lines = ["# About", f"I am {draw(st.sampled_from(PEOPLE))}, a PhD student at {draw(st.sampled_from(ORGS))}.", "", "# Education"]
    for _ in range(draw(st.integers(0, 3))):
        y = draw(st.integers(2005, 2024))
        style = draw(st.integers(0, 2))
        org = draw(st.sampled_from(ORGS))
        if style == 0:
            lines.append(f"- *{y}.09 - {y + 4}.06*, B.Sc., {org}")
        elif style == 1:
            lines.append(f"- **{org}**, M.S. in Computer Science ({y} – {y + 2})")
        else:
            lines.append(f"{org} | 硕士 | {y}.09—{y + 3}.06")
        if draw(st.booleans()):
            lines.append(f"  - Advisor: Prof. {draw(st.sampled_from(PEOPLE))}")
    lines += ["", "# Experience"]
    for _ in range(draw(st.integers(0, 3))):
        y = draw(st.integers(2005, 2024))
        lines.append(f"- {draw(st.sampled_from(TITLES))}, {draw(st.sampled_from(ORGS))}, {draw(st.sampled_from(['Jan', 'Jun', 'Sep']))} {y} – Present")
    lines += ["", "# Publications"]
    for i in range(draw(st.integers(0, 3))):
        authors = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=4, unique=True))
        lines += [f"- **A Study of Thing Number {i} for Things**", f"  {', '.join(authors)}", f"  CVPR {draw(st.integers(2015, 2025))}"]
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_profile())
def test_generated_profiles_extract_with_valid_evidence(src):
    doc = read_text(src, path="generated.md")
    profile = extract(doc)
    check(doc, profile)
    for e in profile.education:
        assert e.start is None or re.fullmatch(r"\d{4}(-\d{2}){0,2}", e.start)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=400).filter(lambda s: s.strip()))
def test_arbitrary_text_never_crashes(src):
    doc = read_text(src, path="x.txt")
    check(doc, extract(doc))
