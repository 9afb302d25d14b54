"""extract: Document -> Profile.

Reads: a Document (visible text, marks, front matter).
Writes: a Profile: owner, education, positions, advisors, publications, projects,
awards, skills; every item with the span of the original text it came from.

Steps: lines -> sections -> entries per section -> fields per entry; facts stated
in the biography's sentences and in front matter are merged with the entries.

>>> from kg.read import read_text
>>> doc = read_text("# Education\\n- *2020.09 - 2024.06*, B.Eng., Tongji University\\n  - Advisor: Prof. Wei Li\\n", path="x.md")
>>> p = extract(doc)
>>> e = p.education[0]
>>> (e.institution, e.degree_level, e.start, e.end, e.advisors)
('Tongji University', 'bachelor', '2020-09', '2024-06', ('Wei Li',))
"""

from __future__ import annotations

import bisect
import os
import re

from kg.extract.advisors import AdvisorHit
from kg.extract.bio_patterns import FIRST_PERSON
from kg.extract.awards import AWARD_WORDS, abridged_name, is_dated_award_line, parse_awards, year_from_news
from kg.extract.contacts import find_emails, find_orcids, find_phones, find_urls
from kg.extract.private import find_addresses, find_national_ids
from kg.extract.dates import PRESENT, find_dates
from kg.extract.entries import Entry, anchor_date, split_entries
from kg.extract.entry_orgs import is_academic_org, is_project_title
from kg.extract.experience import Experience, parse_experience
from kg.extract.frontmatter import awards_from_front_matter, experiences_from_front_matter, links_from_front_matter, publications_from_front_matter
from kg.extract.lines import Line, build_lines
from kg.extract.lexicon import TITLE_WORDS
from kg.extract.merge import compact, fold_degree_jobs, is_ongoing, merge_facts, split_joint
from kg.extract.names import abbreviated_keys, first_initial_key, is_abbreviated, name_key
from kg.extract.owner import find_owner
from kg.extract.pinyin import romanize
from kg.extract.profile import (
    Award,
    Education,
    Mention,
    Owner,
    Position,
    Profile,
    Project,
    Publication,
    SourceInfo,
    to_json_dict,
)
from kg.extract.projects import parse_project, projects_in_text
from kg.extract.header import facts_from_header, header_lines
from kg.extract.prose import facts_from_prose
from kg.extract.legend import read_legend
from kg.extract.owner_position import bold_author_names
from kg.extract.publications import extract_publications
from kg.extract.sections import Section, section_kind, split_sections
from kg.extract.skills import extract_skills
from kg.read import DEFAULT_MAX_BYTES, Document, read_document

__all__ = ["extract", "extract_file", "Profile", "to_json_dict"]

_PROSE_KINDS = {"preamble", "about", "other", "contact"}
_CONTACT_KINDS = {"preamble", "about", "contact", "other", "skills"}


def clear_caches() -> None:
    """Empty the text-level caches (benchmarks use this to measure unseen text)."""
    from kg.extract import advisors, chinese_citations, citation_text, dates, entries, names, sections, venues

    for fn in (citation_text.strip_links, chinese_citations.chinese_citation, entries.is_column_header, dates._find_dates, dates.parse_date, advisors._find_advisors, names._split_authors, names.clean_name,
               names.is_person_name, names.looks_like_author_list, names.name_key, venues.find_series, venues.normalize_venue,
               sections.section_kind, entries._is_attribute, entries.is_date_only, entries.anchor_date, entries._entry_like):
        fn.cache_clear()


def extract_file(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Profile:
    """Read and extract one file (raises InputError for unusable input)."""
    return extract(read_document(path, max_bytes=max_bytes))


def extract(doc: Document) -> Profile:
    """Extract the Profile of one document."""
    if doc.format == "jsonresume":
        from kg.extract.structured import extract_jsonresume

        return extract_jsonresume(doc)
    if doc.format == "orcid":
        from kg.extract.structured import extract_orcid

        return extract_orcid(doc)
    if doc.format == "bibtex":
        from kg.extract.bibtex import extract_bibtex

        return extract_bibtex(doc)
    lines = build_lines(doc)
    front = doc.front_matter or {}
    title = front.get("title") if isinstance(front.get("title"), str) else ""
    sections = split_sections(lines, first_kind=section_kind(title) or "preamble" if title else "preamble")

    def of(*kinds: str) -> list[Line]:
        return [ln for s in sections if s.kind in kinds for ln in s.lines]

    pub_lines = of("publications")
    legend = read_legend(pub_lines)
    papers = extract_publications(pub_lines, set(), legend) if pub_lines else []
    owner = find_owner(lines, sections, front, bold_author_names(pub_lines), [list(p.authors) for p in papers if len(p.authors) >= 2])
    owner_keys = {name_key(n) for n in (owner.name, *owner.other_names) if n}
    # "欧阳晓岚" writes her name "Xiaolan Ouyang" in English author lists
    owner_keys |= {name_key(r) for n in (owner.name, *owner.other_names) if n for r in (romanize(n),) if r}

    # Contact details.
    contact_lines = [ln for s in sections if s.kind in _CONTACT_KINDS for ln in ([s.heading] if s.heading else []) + s.lines]
    emails = [f.value for f in find_emails([  # a heading's too: '<h1>Name <li>邮箱 a@b.cn</li></h1>'
        ln for s in sections if s.kind not in ("publications", "news", "projects", "grants", "references") for ln in ([s.heading] if s.heading else []) + s.lines])]
    urls = [f.value for f in find_urls(contact_lines, tuple(n for n in (owner.name, *owner.other_names) if n))]
    urls += [f.value for f in find_orcids(contact_lines) if not any(f.value.split("/")[-1] in u for u in urls)]
    own = lines if not any(s.kind == "references" for s in sections) else [ln for s in sections if s.kind != "references" for ln in ([s.heading] if s.heading else []) + s.lines]
    phones = [f.value for f in find_phones(own)]
    addresses = [f.value for f in find_addresses(own)]
    national_ids = [f.value for f in find_national_ids(own)]
    fm_emails, fm_urls = links_from_front_matter(front)
    emails = list(dict.fromkeys([*fm_emails, *emails]))
    urls = list(dict.fromkeys([*fm_urls, *urls]))

    # Dated entries.
    experiences: list[Experience] = []
    parsed: list[tuple[str, list[Line], Experience]] = []  # (section kind, entry lines, fields)
    loose: list[AdvisorHit] = []  # "导师：X" on its own under an education table: no entry of its own
    told: list[Line] = []  # a sentence standing as a whole entry: read as biography
    honours: list[Entry] = []  # awards listed among positions
    for sec in sections:
        if sec.kind in ("education", "positions"):
            group: Experience | None = None  # an organisation named once over several dated entries
            for entry in split_entries(sec.lines, dated=True):
                if len(entry.lines) == 1 and FIRST_PERSON.match(entry.lines[0].text) and len(entry.lines[0].text.split()) >= 12:
                    told.append(entry.lines[0])  # "I graduated in Medicine from X; completed my Master … from Y; …"
                    continue
                ex = parse_experience(entry, section=sec.kind, section_title=sec.title)
                if sec.kind == "positions" and _award_not_job(entry, ex):
                    honours.append(entry)  # "- *2025.05* Huawei Scholarship" listed under "Positions"
                    continue
                group = _group_of(entry, ex, group)
                if group is not None and ex is not group and ex.organization is None:
                    ex.organization, ex.org_span = group.organization, group.org_span
                    ex.location = ex.location or group.location
                parsed.append((sec.kind, entry.lines, ex))
                if _usable(ex):
                    experiences.append(ex)
                elif sec.kind == "education" and not ex.from_front_matter:
                    loose += [h for h in ex.advisors if h.academic]
    if front:
        experiences.extend(experiences_from_front_matter(front, doc.original, doc.front_matter_span))
    prose_facts, prose_advisors = facts_from_prose(sorted(of(*_PROSE_KINDS) + told, key=lambda ln: ln.start), tuple(n for n in (owner.name, *owner.other_names) if n))
    prose_facts = facts_from_header(header_lines(sections, owner.name)) + prose_facts
    prose_advisors += _advisor_section(of("advisors")) + loose
    other_advisors = _advisor_hits(of("publications", "projects", "grants", "awards", "skills", "service", "teaching", "news"))
    folded = fold_degree_jobs([(kind, ex) for kind, _, ex in parsed if _usable(ex)])
    merged = merge_facts(split_joint([ex for ex in experiences if id(ex) not in folded]), prose_facts)

    def span(ex: Experience) -> tuple[int, int]:
        return ex.span if ex.from_front_matter else doc.source_span(*ex.span)

    education: list[Education] = []
    positions: list[Position] = []
    advisor_mentions: list[Mention] = []

    def add_advisor(name: str, where: tuple[int, int], converted: bool = False) -> None:
        if any(name_key(m.name) == name_key(name) for m in advisor_mentions):
            return
        if owner.name and name_key(name) == name_key(owner.name):
            return
        advisor_mentions.append(Mention(name, where if converted else doc.source_span(*where)))

    for ex in merged:
        acad = [h for h in ex.advisors if h.academic]
        if ex.is_education:
            start, end = ex.start, ex.end
            if ex.single_date and not ex.expected and start == end and _single_date_is_end(ex):
                start = None
            if ex.single_date and ex.expected:
                start = None
            education.append(
                Education(
                    institution=_no_symbols(ex.organization),
                    unit=_no_symbols(ex.unit),
                    degree=ex.degree,
                    degree_level=ex.degree_level or ("other" if ex.degree else None),
                    field=ex.field,
                    start=start,
                    end=end,
                    expected=ex.expected,
                    expected_end=ex.expected_end,
                    advisors=tuple(dict.fromkeys(h.name for h in ex.advisors)),
                    gpa=ex.gpa,
                    rank=ex.rank,
                    location=ex.location,
                    evidence=span(ex),
                )
            )
            for h in ex.advisors:
                add_advisor(h.name, h.span, ex.from_front_matter)
        else:
            positions.append(
                Position(
                    organization=_no_symbols(ex.organization),
                    unit=_no_symbols(ex.unit),
                    title=ex.title,
                    kind=ex.kind,
                    location=ex.location,
                    start=ex.start,
                    end=ex.end,
                    supervisors=tuple(dict.fromkeys(h.name for h in ex.advisors)),
                    evidence=span(ex),
                )
            )
            if acad and is_academic_org(" ".join(x for x in (ex.organization, ex.unit) if x)):
                for h in acad:
                    add_advisor(h.name, h.span, ex.from_front_matter)
    # Advisor statements not tied to an entry: attach to the current degree.
    for h in prose_advisors + other_advisors:
        if not h.academic:
            continue
        # a mentor or manager of a job outside academia, also called "supervisor" somewhere, is not an advisor
        known_sup = any(h.name in p.supervisors and not is_academic_org(" ".join(x for x in (p.organization, p.unit) if x)) for p in positions)
        if known_sup and not any(h.name in e.advisors for e in education):
            continue
        add_advisor(h.name, h.span)
        # a host of a job at a university ("a research assistant at X, under the supervision of Y")
        # is an advisor, but not of the degree studied elsewhere
        hosted = any(h.name in p.supervisors for p in positions)
        if education and not any(h.name in e.advisors for e in education) and not known_sup and not hosted:
            target = _current_degree(education)
            if target is not None:
                i = education.index(target)
                education[i] = _with_advisor(target, h.name)

    owner_short = {k for n in (owner.name, *owner.other_names) if n for k in abbreviated_keys(n)}
    publications = [_with_owner_index(p, owner_keys, owner_short) for p in papers]
    publications += _theses(merged, doc)
    publications = [_evidence_pub(p, doc) for p in publications]
    if front:  # a Hugo Academic publication page: the paper is its front matter
        publications += [_with_owner_index(p, owner_keys, owner_short) for p in publications_from_front_matter(front, doc.original, doc.front_matter_span, owner.name)]

    awards = _awards(sections, doc, merged, honours)
    if front:
        awards += awards_from_front_matter(front, doc.original, doc.front_matter_span)
    projects = _projects(sections, doc, parsed)
    skills = extract_skills(of("skills"))

    return Profile(
        source=SourceInfo(doc.path, doc.sha256, doc.format, doc.language),
        owner=Owner(
            name=owner.name,
            other_names=owner.other_names,
            emails=tuple(emails),
            urls=tuple(urls),
            phones=tuple(phones),
            addresses=tuple(addresses),
            national_ids=tuple(national_ids),
            evidence=doc.source_span(*owner.span) if owner.span else None,
        ),
        education=tuple(education),
        positions=tuple(positions),
        advisors=tuple(advisor_mentions),
        publications=tuple(publications),
        projects=tuple(projects),
        awards=tuple(awards),
        skills=tuple(skills),
    )


_NOT_A_JOB = re.compile(r"\bproject\b|^(?:team |club |society |student |project )?members?$|项目|成员", re.I)


def _no_symbols(name: str | None) -> str | None:
    """A name without emoji and other pictographs at its ends ("Universität Zürich 🎓").

    >>> _no_symbols("Universität Zürich 🎓"), _no_symbols("🏫 MIT"), _no_symbols(None)
    ('Universität Zürich', 'MIT', None)
    """
    if not name:
        return name
    import unicodedata

    def symbol(c: str) -> bool:
        return unicodedata.category(c) in ("So", "Sk", "Cf", "Mn") or c.isspace() or c == "\ufe0f"

    i, j = 0, len(name)
    while i < j and symbol(name[i]):
        i += 1
    while j > i and symbol(name[j - 1]):
        j -= 1
    return name[i:j] or None


def _group_of(entry: Entry, ex: Experience, group: Experience | None) -> Experience | None:
    """The organisation a run of dated entries shares: an entry whose undated first line
    names it and whose next line has the dates ("KAIST" over "Ph.D. …, 2016 – 2022",
    "M.S. …, 2014 – 2016").  A later entry that starts with its dates and names no
    organisation of its own is at that organisation; one that names its own ends the run."""
    first = entry.lines[0]
    if len(entry.lines) >= 2 and ex.organization and ex.org_span and first.start <= ex.org_span[0] < first.end \
            and not find_dates(first.text) and anchor_date(entry.lines[1].text):
        return ex
    if group is not None and ex.organization is None and anchor_date(first.text):
        return group
    return None


def _usable(ex: Experience) -> bool:
    if ex.is_education:
        return bool(ex.organization or ex.degree)
    if not ex.organization or is_project_title(ex.organization) or ex.organization.endswith("。"):
        return False  # (a sentence ending "。" describes the job above, and names none)
    if ex.title and _NOT_A_JOB.search(ex.title):
        return False
    has_dates = bool(ex.start or ex.end)
    return has_dates or bool(ex.title) or ex.kind == "internship"  # an internships section's undated "**ByteDance**: …"


def _single_date_is_end(ex: Experience) -> bool:
    """A degree written with one year (or month) only: that is when it ended (front-matter
    ``year:`` fields are ambiguous and kept as written)."""
    return bool(ex.is_education and ex.start and len(ex.start) in (4, 7) and not ex.from_front_matter)


def _current_degree(education: list[Education]) -> Education | None:
    ongoing = [e for e in education if is_ongoing(e)]
    if ongoing:
        return ongoing[0]
    higher = {"phd": 3, "master": 2, "bachelor": 1}
    ranked = sorted(education, key=lambda e: -higher.get(e.degree_level or "", 0))
    return ranked[0] if ranked else None


def _with_advisor(e: Education, name: str) -> Education:
    from dataclasses import replace

    return replace(e, advisors=(*e.advisors, name))


def _advisor_section(lines: list[Line]) -> list[AdvisorHit]:
    """Names listed under an "Advisors" / "导师" heading."""
    from kg.extract.advisors import find_advisors
    from kg.extract.names import clean_name, is_person_name

    out: list[AdvisorHit] = []
    for ln in lines:
        hits = find_advisors(ln.text)
        if hits:
            out += [AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), h.academic) for h in hits]
            continue
        pos = 0
        for piece in re.split(r"([,，、;；]|\band\b)", ln.text):
            name = clean_name(piece)
            if name and is_person_name(name):
                i = ln.text.find(piece, pos)
                out.append(AdvisorHit(name, (ln.start + i, ln.start + i + len(piece)), True))
            pos += len(piece)
    return out


def _advisor_hits(lines: list[Line]) -> list[AdvisorHit]:
    from kg.extract.advisors import find_advisors

    out = []
    for ln in lines:
        for h in find_advisors(ln.text):
            out.append(AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), h.academic))
    return out


def _theses(experiences: list[Experience], doc: Document) -> list[Publication]:
    out = []
    for ex in experiences:
        if not ex.is_education:
            continue
        a, b = ex.span
        text = doc.text[a:b]
        m = re.search(r"(?:Thesis|Dissertation|毕业论文|学位论文)\s*[:：]\s*[\"“]?([^\"”\n(]{8,200})", text)
        if m:
            # "Thesis: Title. Advisors: …", "Thesis: Title    2022": the title ends there
            title = _THESIS_END.split(m.group(1))[0].strip(" .\"”")
            end = ex.end if ex.end and ex.end != PRESENT else None
            out.append(Publication(title=title, year=int(end[:4]) if end else None, status="published", evidence=(a + m.start(1), a + m.start(1) + len(title))))
    return out


_THESIS_END = re.compile(r"\.\s+(?=[A-Z][\w .]{0,30}[:：])|\s{3}|\t")


def _with_owner_index(p: Publication, owner_keys: set[str], owner_short: set[str]) -> Publication:
    """Place the owner in an author list that does not highlight them (``owner_short``:
    the keys of the owner's names written with initials, ``abbreviated_keys``)."""
    from dataclasses import replace

    if p.owner_index is not None or not owner_keys:
        return p
    for i, a in enumerate(p.authors):
        if name_key(a) in owner_keys:
            return replace(p, owner_index=i)
    # "M. Gonzalez, A. Park, and R. Chen": the owner's initials, if only one author has them
    hits = [i for i, a in enumerate(p.authors) if is_abbreviated(a) and (name_key(a) in owner_short or first_initial_key(a) in owner_short)]
    if len(hits) == 1:
        return replace(p, owner_index=hits[0])
    return p


def _evidence_pub(p: Publication, doc: Document) -> Publication:
    from dataclasses import replace

    return replace(p, evidence=doc.source_span(*p.evidence))


def _award_not_job(entry: Entry, ex: Experience) -> bool:
    """A one-line entry of a positions section that names an award and no job title."""
    text = entry.lines[0].text
    return len(entry.lines) == 1 and not ex.title and not ex.is_education and bool(AWARD_WORDS.search(text)) and not TITLE_WORDS.search(text)


def _awards(sections: list[Section], doc: Document, experiences: list[Experience], among_jobs: list[Entry]) -> list[Award]:
    """Awards of awards sections and of award lines elsewhere, ``among_jobs`` (listed under a
    positions heading), then those named in degree entries and the biography."""
    from dataclasses import replace

    from kg.extract.awards import awards_in_prose, awards_in_text, is_award_sentence, without_labels

    news = [ln for s in sections if s.kind == "news" for ln in s.lines]
    out: list[Award] = []
    for sec in sections:
        if sec.kind == "awards":
            listed = bool(sec.lines) and sec.lines[0].item >= 0
            entries = split_entries(sec.lines, dated=not listed)
        elif sec.kind in ("campus", "projects", "other"):
            entries = []
            for e in split_entries(sec.lines, dated=False):
                if AWARD_WORDS.search(e.lines[0].text) and not is_award_sentence(e.lines[0].text):
                    entries.append(e)
                elif sec.kind == "other":  # a section of mixed records ("学术水平"): its dated lines that name an award
                    entries.extend(Entry([ln]) for ln in e.lines if is_dated_award_line(ln.text))
        else:
            continue
        for entry in without_labels(entries):
            for sub in _award_lines(entry):
                for a in parse_awards(sub):
                    a = year_from_news(a, news)
                    out.append(replace(a, evidence=doc.source_span(*a.evidence)))
    for entry in among_jobs:
        out.extend(replace(a, evidence=doc.source_span(*a.evidence)) for a in parse_awards(entry))
    # Awards named inside degree entries and in the biography.
    doc_lines = [ln for s in sections for ln in s.lines]
    starts = [ln.start for ln in doc_lines]  # ascending: sections follow the text
    in_entries = [
        doc_lines[i]
        for ex in experiences
        if ex.is_education and not ex.from_front_matter
        for i in range(bisect.bisect_left(starts, (ex.extent or ex.span)[0]), bisect.bisect_left(starts, (ex.extent or ex.span)[1]))
    ]
    biography = [ln for s in sections if s.kind in ("preamble", "about", "other") for ln in s.lines]
    extra = awards_in_text(in_entries) + awards_in_text(
        [ln for s in sections if s.kind in ("preamble", "about", "projects", "grants", "other") for ln in s.lines], bold_only=True
    ) + awards_in_prose(biography)
    seen = {compact(a.name) for a in out}
    for a in extra:
        k = compact(a.name)
        if k not in seen and not any(k in (kb := compact(b.name)) or len(kb) >= 4 and kb in k or abridged_name(k, kb) for b in out):  # "本科国家奖学金" is "国家奖学金"
            seen.add(k)
            out.append(replace(year_from_news(a, news), evidence=doc.source_span(*a.evidence)))
    return out


def _award_lines(entry):
    """Award lists written one per line without bullets are one entry each line."""
    from kg.extract.entries import is_attribute

    if len(entry.lines) > 1 and all(not is_attribute(ln) for ln in entry.lines) and all(len(ln.text) < 120 for ln in entry.lines):
        dated = [ln for ln in entry.lines if re.search(r"(?:19|20)\d{2}", ln.text)]
        if len(dated) == len(entry.lines) or not dated:
            return [Entry([ln]) for ln in entry.lines]
    return [entry]


def _projects(sections: list[Section], doc: Document, parsed: list[tuple[str, list[Line], Experience]]) -> list[Project]:
    """Projects and Grants sections, then systems named in job descriptions (with the job's dates), then the biography."""
    from dataclasses import replace

    out: list[Project] = []
    for sec in sections:
        if sec.kind in ("projects", "grants"):
            for entry in split_entries(sec.lines, dated=True):
                p = parse_project(entry)
                if p is not None and (sec.kind == "grants" or not AWARD_WORDS.search(p.name)):  # a grant may be named "… Award"
                    out.append(p)
    for kind, entry_lines, ex in parsed:
        if kind == "positions":
            out.extend(projects_in_text(entry_lines, ex.start, ex.end))
    for sec in sections:
        if sec.kind in ("preamble", "about"):
            out.extend(projects_in_text(sec.lines))
    seen: dict[str, int] = {}
    result: list[Project] = []
    for p in out:
        key = p.name.lower()
        if key in seen:
            i = seen[key]
            old = result[i]
            if not old.role and p.role:
                old = result[i] = replace(old, role=p.role)
            if not old.start and p.start:
                result[i] = replace(old, start=p.start, end=p.end)
            continue
        seen[key] = len(result)
        result.append(p)
    return [replace(p, evidence=doc.source_span(*p.evidence)) for p in result]
