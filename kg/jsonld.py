"""One person as schema.org JSON-LD, fit to embed in a homepage
(``<script type="application/ld+json">``).

Only what the graph holds: names, public contact and profile links (never phones or
addresses unless the graph was built with them), where the person studied
(``alumniOf``) and works (``worksFor`` for ongoing positions, ``affiliation`` for
past ones), and their papers (``@reverse`` ``author``).
"""

from __future__ import annotations

import re

from kg.vocab import SDO


def person_jsonld(g, name: str) -> dict:
    """The JSON-LD object for the person named ``name`` in KnowledgeGraph ``g``.

    >>> import kg
    >>> doc = person_jsonld(kg.build("data/profiles"), "Biao Sun")
    >>> doc["@type"], doc["name"], sorted(o["name"] for o in doc["alumniOf"])
    ('Person', 'Biao Sun', ['Beihang University', 'South China University of Technology'])
    """
    iri = g.find_person(name)
    card = g.person(str(iri))
    ds = g.dataset

    def values(prop) -> list[str]:
        return sorted({str(o) for _s, _p, o, _c in ds.quads((iri, prop, None, None))})

    out: dict = {"@context": "https://schema.org", "@type": "Person", "@id": str(iri), "name": card.name}
    if card.other_names:
        out["alternateName"] = card.other_names
    for key, prop in (("email", SDO.email), ("url", SDO.url), ("sameAs", SDO.sameAs), ("telephone", SDO.telephone), ("address", SDO.address)):
        found = values(prop)
        if found:
            out[key] = [f"mailto:{v}" if key == "email" and "@" in v and not v.startswith("mailto:") else v for v in found]
    alumni: dict[str, dict] = {}
    for e in card.education:
        alumni.setdefault(e.target, {"@type": "EducationalOrganization", "name": e.target})
    if alumni:
        out["alumniOf"] = list(alumni.values())
    works, past = {}, {}
    for e in card.positions:
        (works if e.years.endswith("present") else past).setdefault(e.target, {"@type": "Organization", "name": e.target, **({"department": {"@type": "Organization", "name": e.unit}} if e.unit else {})})
    if works:
        out["worksFor"] = list(works.values())
    past = {k: v for k, v in past.items() if k not in works}
    if past:
        out["affiliation"] = list(past.values())
    papers = g.papers(str(iri))
    if papers:
        out["@reverse"] = {"author": [{"@type": "ScholarlyArticle", "name": t, **({"datePublished": str(y)} if y else {})} for t, y in papers]}
    return out


def slug(text: str) -> str:
    """A file-name slug: ``person-biao-sun``.

    >>> slug("https://w3id.org/researcher-kg/id/person/biao-sun")
    'biao-sun'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.rsplit("/", 1)[-1].lower()).strip("-") or "person"
