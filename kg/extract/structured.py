"""Profiles from structured files: JSON Resume (jsonresume.org schema) and the ORCID
public record (v3.0 API JSON).

Nothing is guessed from prose here: the fields say what they are.  Every item's
evidence is the span of the file that holds its values (found in order, so repeated
values point at the right item), like the text readers' evidence.
"""

from __future__ import annotations

import json
from typing import Any

from kg.extract.dates import parse_date
from kg.extract.lexicon import degree_level
from kg.extract.profile import Award, Education, Owner, Position, Profile, Project, Publication, SourceInfo
from kg.extract.venues import normalize_venue


class _Locator:
    """Finds values in the original text, each search starting where the last item began."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cursor = 0

    def find(self, value: Any, start: int) -> tuple[int, int] | None:
        if value in (None, ""):
            return None
        for form in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
            body = form[1:-1] if form.startswith('"') else form
            i = self.text.find(form, start)
            if i >= 0:
                return (i + 1, i + 1 + len(body)) if form.startswith('"') else (i, i + len(form))
        return None

    def at(self, key: str) -> None:
        """Start the next searches at the member ``"key":`` (a section of the record)."""
        i = self.text.find(json.dumps(key) + ":")
        if i < 0:
            i = self.text.find(json.dumps(key))
        self.cursor = max(i, 0)

    def item(self, *values: Any) -> tuple[int, int]:
        """The span from the first to the last of ``values`` found after the cursor."""
        spans = [s for s in (self.find(v, self.cursor) for v in values) if s]
        if not spans:
            return (0, 0)
        start, end = min(s for s, _e in spans), max(e for _s, e in spans)
        self.cursor = start + 1
        return (start, end)


def _profile(doc, owner: Owner, education: list, positions: list, publications: list, **more: Any) -> Profile:
    return Profile(source=SourceInfo(doc.path, doc.sha256, doc.format, doc.language), owner=owner, education=tuple(education),
                   positions=tuple(positions), publications=tuple(publications), **more)


def _date(value: Any) -> str | None:
    if not value:
        return None
    return parse_date(str(value)) or (str(value)[:10] if str(value)[:4].isdigit() else None)


def _year(value: Any) -> int | None:
    d = _date(value)
    return int(d[:4]) if d else None


def extract_jsonresume(doc) -> Profile:
    """A Profile from a JSON Resume document.

    >>> from kg.read import read_text
    >>> doc = read_text('{"basics": {"name": "Ann Lee", "email": "ann@example.org"}, "education": [{"institution": "Peking University", "studyType": "PhD", "area": "Computer Science", "startDate": "2019-09", "endDate": "2024-06"}]}', path="ann.json")
    >>> p = extract_jsonresume(doc)
    >>> p.owner.name, p.education[0].institution, p.education[0].degree_level, p.education[0].start
    ('Ann Lee', 'Peking University', 'phd', '2019-09')
    """
    data = json.loads(doc.original.lstrip("\ufeff"))
    loc = _Locator(doc.original)
    basics = data.get("basics") or {}
    name = basics.get("name") or None
    location = basics.get("location") or {}
    urls = [basics.get("url") or basics.get("website")] + [p.get("url") for p in basics.get("profiles") or [] if isinstance(p, dict)]
    address = ", ".join(str(location[k]) for k in ("address", "postalCode", "city") if location.get(k)) if location.get("address") else None
    owner = Owner(
        name=name,
        emails=tuple(e for e in [basics.get("email")] if e),
        urls=tuple(u for u in urls if u),
        phones=tuple(ph for ph in [basics.get("phone")] if ph),
        addresses=(address,) if address else (),
        evidence=loc.find(name, 0) if name else None,
    )
    education = []
    loc.at("education")
    for e in data.get("education") or []:
        if not isinstance(e, dict):
            continue
        degree = e.get("studyType") or None
        education.append(Education(
            institution=e.get("institution") or None,
            degree=degree,
            degree_level=(degree_level(degree) or "other") if degree else None,
            field=e.get("area") or None,
            start=_date(e.get("startDate")),
            end=_date(e.get("endDate")) or (None if e.get("endDate") else "present" if e.get("startDate") else None),
            gpa=str(e["score"]) if e.get("score") else None,
            evidence=loc.item(e.get("institution"), degree, e.get("area"), e.get("startDate"), e.get("endDate")),
        ))
    positions = []
    for kind, key in (("employment", "work"), ("other", "volunteer")):
        loc.at(key)
        for w in data.get(key) or []:
            if not isinstance(w, dict):
                continue
            org = w.get("name") or w.get("company") or w.get("organization") or None
            title = w.get("position") or None
            low = (title or "").lower()
            k = "internship" if "intern" in low else "visiting" if "visiting" in low else kind
            positions.append(Position(
                organization=org,
                title=title,
                kind=k,
                location=w.get("location") or None,
                start=_date(w.get("startDate")),
                end=_date(w.get("endDate")) or ("present" if w.get("startDate") and not w.get("endDate") else None),
                evidence=loc.item(org, title, w.get("startDate"), w.get("endDate")),
            ))
    publications = []
    loc.at("publications")
    for pub in data.get("publications") or []:
        if not isinstance(pub, dict) or not pub.get("name"):
            continue
        venue = pub.get("publisher") or None
        year = _year(pub.get("releaseDate"))
        # JSON Resume lists no co-authors: the owner is the one author the file states
        publications.append(Publication(
            title=pub["name"],
            authors=(name,) if name else (),
            owner_index=0 if name else None,
            venue=venue,
            venue_normalized=normalize_venue(f"{venue} {year}" if venue and year else venue),
            year=year,
            links=tuple(u for u in [pub.get("url")] if u),
            evidence=loc.item(pub["name"], venue, pub.get("releaseDate")),
        ))
    awards = []
    loc.at("awards")
    for a in data.get("awards") or []:
        if isinstance(a, dict) and a.get("title"):
            awards.append(Award(name=a["title"], issuer=a.get("awarder") or None, year=_year(a.get("date")), date=_date(a.get("date")),
                                evidence=loc.item(a["title"], a.get("awarder"), a.get("date"))))
    projects = []
    loc.at("projects")
    for pr in data.get("projects") or []:
        if isinstance(pr, dict) and pr.get("name"):
            roles = pr.get("roles") or []
            projects.append(Project(name=pr["name"], role=", ".join(roles) if roles else None, start=_date(pr.get("startDate")),
                                    end=_date(pr.get("endDate")), links=tuple(u for u in [pr.get("url")] if u),
                                    evidence=loc.item(pr["name"], *(roles[:1]))))
    skills = tuple(s["name"] for s in data.get("skills") or [] if isinstance(s, dict) and s.get("name"))
    return _profile(doc, owner, education, positions, publications, awards=tuple(awards), projects=tuple(projects), skills=skills)


def _value(obj: Any, *path: str) -> Any:
    """``obj[path[0]][path[1]]…``, None where any step is missing or null."""
    for key in path:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def _orcid_date(d: Any) -> str | None:
    year = _value(d, "year", "value")
    if not year:
        return None
    month = _value(d, "month", "value")
    return f"{int(year):04d}-{int(month):02d}" if month else f"{int(year):04d}"


def extract_orcid(doc) -> Profile:
    """A Profile from an ORCID public record (v3.0 JSON, as ``/v3.0/{id}/record`` returns it).

    >>> from kg.read import read_text
    >>> rec = {"orcid-identifier": {"uri": "https://orcid.org/0000-0002-1825-0097", "path": "0000-0002-1825-0097"},
    ...        "person": {"name": {"given-names": {"value": "Josiah"}, "family-name": {"value": "Carberry"}}},
    ...        "activities-summary": {"employments": {"affiliation-group": [{"summaries": [{"employment-summary": {
    ...            "role-title": "Professor", "start-date": {"year": {"value": "2010"}}, "organization": {"name": "Brown University"}}}]}]}}}
    >>> import json; p = extract_orcid(read_text(json.dumps(rec), path="orcid.json"))
    >>> p.owner.name, p.owner.urls, (p.positions[0].organization, p.positions[0].title, p.positions[0].start, p.positions[0].end)
    ('Josiah Carberry', ('https://orcid.org/0000-0002-1825-0097',), ('Brown University', 'Professor', '2010', 'present'))
    """
    data = json.loads(doc.original.lstrip("\ufeff"))
    loc = _Locator(doc.original)
    person = data.get("person") or {}
    given, family = _value(person, "name", "given-names", "value"), _value(person, "name", "family-name", "value")
    credit = _value(person, "name", "credit-name", "value")
    name = credit or " ".join(x for x in (given, family) if x) or None
    others = tuple(o.get("content") for o in _value(person, "other-names", "other-name") or [] if isinstance(o, dict) and o.get("content"))
    orcid_uri = _value(data, "orcid-identifier", "uri") or (f"https://orcid.org/{_value(data, 'orcid-identifier', 'path')}" if _value(data, "orcid-identifier", "path") else None)
    urls = [orcid_uri] + [_value(u, "url", "value") for u in _value(person, "researcher-urls", "researcher-url") or []]
    emails = [e.get("email") for e in _value(person, "emails", "email") or [] if isinstance(e, dict)]
    owner = Owner(name=name, other_names=others, emails=tuple(e for e in emails if e), urls=tuple(u for u in urls if u),
                  # a name composed of given and family names is nowhere written whole: no quote
                  evidence=loc.find(credit, 0) if credit else loc.find(name, 0) if name else None)
    acts = data.get("activities-summary") or {}

    def affiliations(section: str, kind: str):
        loc.at(section)
        for group in _value(acts, section, "affiliation-group") or []:
            for summary in group.get("summaries") or []:
                s = summary.get(kind)
                if isinstance(s, dict):
                    yield s

    education = []
    for s in affiliations("educations", "education-summary"):
        org, role = _value(s, "organization", "name"), s.get("role-title")
        start, end = _orcid_date(s.get("start-date")), _orcid_date(s.get("end-date"))
        education.append(Education(
            institution=org, unit=s.get("department-name") or None, degree=role or None,
            degree_level=(degree_level(role) or "other") if role else None,
            start=start, end=end or ("present" if start else None),
            location=_value(s, "organization", "address", "city"),
            evidence=loc.item(s.get("department-name"), role, org),
        ))
    positions = []
    for section, kind in (("employments", "employment-summary"), ("invited-positions", "invited-position-summary"), ("services", "service-summary")):
        for s in affiliations(section, kind):
            org, role = _value(s, "organization", "name"), s.get("role-title")
            start, end = _orcid_date(s.get("start-date")), _orcid_date(s.get("end-date"))
            low = (role or "").lower()
            k = "internship" if "intern" in low else "visiting" if "visiting" in low or section == "invited-positions" else "employment" if section == "employments" else "other"
            positions.append(Position(
                organization=org, unit=s.get("department-name") or None, title=role or None, kind=k,
                location=_value(s, "organization", "address", "city"), start=start, end=end or ("present" if start else None),
                evidence=loc.item(s.get("department-name"), role, org),
            ))
    publications = []
    loc.at("works")
    for group in _value(acts, "works", "group") or []:
        summaries = group.get("work-summary") or []
        if not summaries:
            continue
        w = summaries[0]  # the preferred version of the work
        title = _value(w, "title", "title", "value")
        if not title:
            continue
        venue = _value(w, "journal-title", "value")
        year = _value(w, "publication-date", "year", "value")
        ids = []
        for x in _value(w, "external-ids", "external-id") or []:
            kind, value = (x.get("external-id-type") or "").lower(), x.get("external-id-value")
            if kind in ("doi", "arxiv") and value:
                ids.append((kind, value))
        publications.append(Publication(
            title=title, authors=(name,) if name else (), owner_index=0 if name else None,
            venue=venue, venue_normalized=normalize_venue(f"{venue} {year}" if venue and year else venue),
            year=int(year) if year and str(year).isdigit() else None,
            status="preprint" if (w.get("type") or "") == "preprint" else "published",
            ids=tuple(ids), evidence=loc.item(title, venue),
        ))
    return _profile(doc, owner, education, positions, publications)
