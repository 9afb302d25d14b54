"""What resolution produces: entities with stable keys, and per-document facts about them.

Entities (people, organisations, papers, venue series, projects) are shared across
documents; every fact belongs to the document that states it and keeps its evidence
(the span of the original and the quote a reader sees).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.resolve.orgs import Org

Span = tuple[int, int]


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: document key, span of the decoded original, visible quote."""

    doc: str
    span: Span
    quote: str


@dataclass
class Person:
    """A person entity.

    key: stable identifier; name: preferred name; names: every written form with
    its language; emails, urls, phones: contact (phones are private);
    addresses, national_ids: private, kept out of the graph unless asked;
    owner_of: documents about this person; label_doc: set for an unnamed owner;
    reasons: why mentions were merged into this person; mentions: (doc, name, role).
    """

    key: str
    name: str
    names: dict[str, str | None] = field(default_factory=dict)
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    national_ids: list[str] = field(default_factory=list)
    owner_of: list[str] = field(default_factory=list)
    label_doc: str | None = None
    reasons: list[str] = field(default_factory=list)
    mentions: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Paper:
    """A paper entity: normalised-title key, title, venue series key, year, ids, project it is about."""

    key: str
    title: str
    series: str | None = None
    year: int | None = None
    ids: dict[str, str] = field(default_factory=dict)
    about: str | None = None
    docs: list[str] = field(default_factory=list)


@dataclass
class Series:
    """A venue series (OSDI, USENIX ATC, arXiv): key, name, CCF rank and DBLP key prefix
    (empty when the project's venue table does not have them)."""

    key: str
    name: str
    rank: str = ""
    dblp: str = ""


@dataclass
class Project:
    """A research or software project: key and name."""

    key: str
    name: str


@dataclass(frozen=True)
class DocumentInfo:
    """A source document: key, path as given, sha256, format, language, file mtime (ISO)."""

    key: str
    path: str
    sha256: str
    format: str
    language: str
    modified: str | None


@dataclass(frozen=True)
class EducationFact:
    person: str
    org: str | None
    units: tuple[str, ...]
    degree: str | None
    level: str | None
    field: str | None
    start: str | None
    end: str | None
    expected: bool
    advisors: tuple[str, ...]
    evidence: Evidence
    index: int


@dataclass(frozen=True)
class PositionFact:
    person: str
    org: str | None
    units: tuple[str, ...]
    title: str | None
    kind: str
    location: str | None
    start: str | None
    end: str | None
    supervisors: tuple[str, ...]
    evidence: Evidence
    index: int


@dataclass(frozen=True)
class RelationFact:
    """``person`` has ``other`` as academic advisor (``advisor``) or work supervisor (``supervisor``)."""

    kind: str
    person: str
    other: str
    evidence: Evidence


@dataclass(frozen=True)
class AuthorshipFact:
    """An author (person or organisation key) at a 1-based position of a paper, as one document lists it."""

    paper: str
    author: str
    author_is_org: bool
    position: int
    equal: bool
    corresponding: bool
    evidence: Evidence


@dataclass(frozen=True)
class PaperFact:
    """A document lists a paper: venue as written, status."""

    paper: str
    venue: str | None
    status: str
    evidence: Evidence


@dataclass(frozen=True)
class ProjectFact:
    person: str
    project: str
    role: str | None
    start: str | None
    end: str | None
    evidence: Evidence


@dataclass(frozen=True)
class AwardFact:
    person: str
    name: str
    issuer: str | None
    year: int | None
    date: str | None
    evidence: Evidence
    index: int


@dataclass
class DocFacts:
    """Everything one document asserts."""

    doc: DocumentInfo
    owner: str
    education: list[EducationFact] = field(default_factory=list)
    positions: list[PositionFact] = field(default_factory=list)
    relations: list[RelationFact] = field(default_factory=list)
    papers: list[PaperFact] = field(default_factory=list)
    authorships: list[AuthorshipFact] = field(default_factory=list)
    projects: list[ProjectFact] = field(default_factory=list)
    awards: list[AwardFact] = field(default_factory=list)
    affiliations: list[tuple[str, str]] = field(default_factory=list)  # (organisation key, the e-mail or link it was read from)
    people: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)


@dataclass
class Resolution:
    """The resolved graph content: entities and, per document, its facts."""

    people: dict[str, Person]
    orgs: dict[str, Org]
    papers: dict[str, Paper]
    series: dict[str, Series]
    projects: dict[str, Project]
    documents: list[DocFacts]
    merges: int = 0
    warnings: list[str] = field(default_factory=list)
