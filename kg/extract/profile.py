"""The Profile record: what one document says about its owner.

Values are as written in the document (``王威``, ``华南理工大学``); resolving them to
entities is the next stage's job.  Every item carries ``evidence``: the span
``(start, end)`` of ``Document.original`` it was read from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class SourceInfo:
    """path, sha256 of the bytes, format (markdown/text/html/latex/jemdoc), language (en/zh/mixed)."""

    path: str
    sha256: str
    format: str
    language: str


@dataclass(frozen=True)
class Owner:
    """The person the document is about.

    name: as written, or None when the document never names its owner.
    other_names: the name in other scripts or forms (``王凌`` beside ``Ling WANG``).
    emails, urls: the owner's public contact and profile links.
    phones, addresses (street addresses), national_ids (identity card, social security
    and passport numbers): private; later stages keep them out of the graph, and
    out of its quotes, unless asked.
    evidence: where the name was read.
    """

    name: str | None = None
    other_names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    evidence: Span | None = None
    addresses: tuple[str, ...] = ()
    national_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Education:
    """A degree programme.

    institution, unit (school/department/lab), degree as written, degree_level
    (bachelor/master/phd/other), field, start/end (ISO; end ``present`` when ongoing),
    expected (the end is a planned one), expected_end (a planned graduation date
    stated beside an ongoing programme), advisors (names, honorifics removed),
    gpa, rank, location.
    """

    institution: str | None
    unit: str | None = None
    degree: str | None = None
    degree_level: str | None = None
    field: str | None = None
    start: str | None = None
    end: str | None = None
    expected: bool = False
    expected_end: str | None = None
    advisors: tuple[str, ...] = ()
    gpa: str | None = None
    rank: str | None = None
    location: str | None = None
    evidence: Span = (0, 0)


@dataclass(frozen=True)
class Position:
    """A job, internship, visit or research role.

    kind: employment, internship, visiting or other.  supervisors: work managers
    and mentors (主管); they are academic advisors only when also listed in
    ``Profile.advisors``.
    """

    organization: str | None
    unit: str | None = None
    title: str | None = None
    kind: str = "employment"
    location: str | None = None
    start: str | None = None
    end: str | None = None
    supervisors: tuple[str, ...] = ()
    evidence: Span = (0, 0)


@dataclass(frozen=True)
class Publication:
    """A paper as listed.

    authors: in order, as written, marks removed.  equal_contribution: the authors
    carrying an equal-contribution mark; corresponding: those with a
    corresponding-author mark.  owner_index: 0-based position of the owner in the
    full author list (also when only stated, e.g. "I am the second author").
    venue: as written; venue_normalized: series and year (``USENIX ATC 2023``).
    status: published, preprint, under_review or submitted.  ids: arxiv, doi.
    """

    title: str
    authors: tuple[str, ...] = ()
    equal_contribution: tuple[str, ...] = ()
    corresponding: tuple[str, ...] = ()
    owner_index: int | None = None
    venue: str | None = None
    venue_normalized: str | None = None
    year: int | None = None
    status: str = "published"
    ids: tuple[tuple[str, str], ...] = ()
    links: tuple[str, ...] = ()
    evidence: Span = (0, 0)


@dataclass(frozen=True)
class Project:
    """A project the owner worked on: name, role, dates, links."""

    name: str
    role: str | None = None
    start: str | None = None
    end: str | None = None
    links: tuple[str, ...] = ()
    evidence: Span = (0, 0)


@dataclass(frozen=True)
class Award:
    """An honour, prize or scholarship: name, issuer, year (None for a range), date."""

    name: str
    issuer: str | None = None
    year: int | None = None
    date: str | None = None
    evidence: Span = (0, 0)


@dataclass(frozen=True)
class Mention:
    """A name and where it was read."""

    name: str
    evidence: Span


@dataclass(frozen=True)
class Profile:
    """Everything extracted from one document."""

    source: SourceInfo
    owner: Owner = field(default_factory=Owner)
    education: tuple[Education, ...] = ()
    positions: tuple[Position, ...] = ()
    advisors: tuple[Mention, ...] = ()
    publications: tuple[Publication, ...] = ()
    projects: tuple[Project, ...] = ()
    awards: tuple[Award, ...] = ()
    skills: tuple[str, ...] = ()


def to_json_dict(p: Profile) -> dict[str, Any]:
    """The public JSON shape of a Profile (``kg extract --format json``)."""

    def ev(span: Span | None) -> list[int] | None:
        return list(span) if span else None

    def plain(obj: Any) -> dict[str, Any]:
        d = asdict(obj)
        for k, v in d.items():
            if isinstance(v, tuple):
                d[k] = list(v)
        d["evidence"] = ev(obj.evidence)
        return d

    pubs = []
    for pub in p.publications:
        d = plain(pub)
        d["ids"] = dict(pub.ids)
        pubs.append(d)
    owner = asdict(p.owner)
    for k, v in owner.items():
        if isinstance(v, tuple):
            owner[k] = list(v)
    owner["evidence"] = ev(p.owner.evidence)
    return {
        "source": asdict(p.source),
        "owner": owner,
        "education": [plain(e) for e in p.education],
        "positions": [plain(x) for x in p.positions],
        "advisors": [m.name for m in p.advisors],
        "advisor_evidence": [{"name": m.name, "evidence": ev(m.evidence)} for m in p.advisors],
        "publications": pubs,
        "projects": [plain(x) for x in p.projects],
        "awards": [plain(a) for a in p.awards],
        "skills": list(p.skills),
    }
