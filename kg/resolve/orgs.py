"""Organisations: one entity per institution with all its names, units as their own
entities under their parent.

Names are matched against the project's curated table (``data/institutions.tsv``)
and, when one has been imported, a ROR index.  "香港科技大学 (HKUST)", "HKUST" and
"Hong Kong University of Science and Technology" are one entity; "Alibaba Cloud" is
part of "Alibaba Group".  Units named in entries ("School of Software Engineering",
"集群管理团队") become organisations whose parent is the entry's organisation.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from kg.resources import data_path
from kg.resolve.ror import RorOrg

_PARENS = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*")


@dataclass
class Org:
    """An organisation entity.

    key: stable identifier (curated key, ``ror-<id>``, or a slug of the name).
    name: preferred name; names: every name seen or known, with a language tag or None.
    parent: key of the parent organisation.  kind: university, company, institute,
    unit or None.  ror: ROR id URL.  mentions: (document, name as written).
    """

    key: str
    name: str
    names: dict[str, str | None] = field(default_factory=dict)
    parent: str | None = None
    kind: str | None = None
    ror: str | None = None
    mentions: list[tuple[str, str]] = field(default_factory=list)


_THE = re.compile(r"^the\s+")
_ORG_PUNCT = re.compile(r"[\s,.'’\-–—/·]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def normalize(name: str) -> str:
    """A matching key for an organisation name.

    >>> normalize("The Hong Kong University of Science and Technology"), normalize("香港科技大学")
    ('hong kong university of science and technology', '香港科技大学')
    """
    s = unicodedata.normalize("NFKC", name).lower().replace("&", " and ")
    s = _THE.sub("", s.strip())
    s = _ORG_PUNCT.sub(" ", s)
    return s.strip()


@lru_cache(maxsize=1 << 18)
def slug(name: str) -> str:
    """An ASCII identifier for a name; non-Latin names get a short hash.

    >>> slug("Platform of Artificial Intelligence"), slug("集群管理团队")
    ('platform-of-artificial-intelligence', 'x-8c41043c')
    """
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = _NOT_SLUG.sub("-", ascii_.lower()).strip("-")
    if not s or len(s) < len(name) // 3:
        return "x-" + hashlib.sha1(normalize(name).encode("utf-8")).hexdigest()[:8]
    return s[:80]


def _lang(name: str) -> str | None:
    if re.search(r"[\u3400-\u9fff]", name):
        return "zh"
    return "en" if re.search(r"[A-Za-z]", name) else None


@dataclass(frozen=True)
class _Known:
    key: str
    name: str
    aliases: tuple[str, ...]
    parent: str | None
    kind: str | None
    ror: str | None


@lru_cache(maxsize=1)
def curated_table() -> tuple[_Known, ...]:
    rows = []
    for line in data_path("institutions.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 6)[:6]
        key, name, aliases, parent, kind, ror = (c.strip() for c in cols)
        rows.append(_Known(key, name, tuple(a for a in aliases.split("|") if a), parent or None, kind or None, ror or None))
    return tuple(rows)


class OrgResolver:
    """Turns organisation names as written into Org entities, one per institution."""

    def __init__(self, ror: list[RorOrg] | None = None) -> None:
        self.orgs: dict[str, Org] = {}
        self._by_name: dict[str, str] = {}
        self._known: dict[str, _Known] = {}
        for k in curated_table():
            self._known[k.key] = k
            for n in (k.name, *k.aliases):
                self._by_name.setdefault(normalize(n), k.key)
        self._ror_by_name: dict[str, RorOrg] = {}
        self._ror_by_id: dict[str, RorOrg] = {}
        if ror:
            acronyms: dict[str, list[RorOrg]] = {}
            for o in ror:
                self._ror_by_id[o.id] = o
                for n, _lang in o.names:
                    self._ror_by_name.setdefault(normalize(n), o)
                for a in o.acronyms:
                    acronyms.setdefault(normalize(a), []).append(o)
            for a, orgs in acronyms.items():
                if len(orgs) == 1:  # an acronym only when it names one organisation
                    self._ror_by_name.setdefault(a, orgs[0])
            for k in self._known.values():  # the curated table gains ROR ids and names
                if not k.ror:
                    hit = self._ror_by_name.get(normalize(k.name))
                    if hit:
                        self._known[k.key] = _Known(k.key, k.name, k.aliases, k.parent, k.kind, hit.id)

    # -- lookup ---------------------------------------------------------------------
    def _candidates(self, written: str) -> list[str]:
        """The written name, without and inside its parentheses: "香港科技大学 (HKUST)"."""
        out = [written]
        inner = _PARENS.findall(written)
        outer = _PARENS.sub(" ", written).strip()
        if outer and outer != written:
            out.append(outer)
        out += [i for i in inner if len(i) >= 2]
        # "Alibaba Cloud, Hangzhou": try the part before a comma too
        if "," in outer:
            out.append(outer.split(",")[0])
        return out

    def resolve(self, written: str, doc: str) -> str:
        """The key of the organisation ``written`` names (creating it if new)."""
        written = written.strip()
        key = None
        for cand in self._candidates(written):
            n = normalize(cand)
            if n in self._by_name:
                key = self._by_name[n]
                self._ensure_known(key)
                break
            if n in self._ror_by_name:
                key = self._ensure_ror(self._ror_by_name[n])
                break
        if key is None:
            n = normalize(_PARENS.sub(" ", written).strip() or written)
            key = self._by_name.get(n)
            if key is None:
                key = "org-" + slug(_PARENS.sub(" ", written).strip() or written)
                self._by_name[n] = key
                self.orgs.setdefault(key, Org(key, written))
        org = self.orgs[key]
        org.names.setdefault(written, _lang(written))
        for part in _PARENS.findall(written):
            if part and len(part) >= 2:
                org.names.setdefault(part, _lang(part))
        org.mentions.append((doc, written))
        return key

    def unit(self, written: str, parent: str, doc: str) -> str:
        """The key of a unit (school, lab, team) of organisation ``parent``."""
        written = written.strip()
        n = normalize(written)
        known = self._by_name.get(n)
        if known and self._known.get(known) and self._known[known].parent:
            self._ensure_known(known)
            key = known
        else:
            key = f"{parent}/{slug(_PARENS.sub(' ', written).strip() or written)}"
            if key not in self.orgs:
                self.orgs[key] = Org(key, written, parent=parent, kind="unit")
        org = self.orgs[key]
        org.names.setdefault(written, _lang(written))
        org.mentions.append((doc, written))
        return key

    def _ensure_known(self, key: str) -> None:
        if key in self.orgs:
            return
        k = self._known[key]
        org = Org(key, k.name, parent=k.parent, kind=k.kind, ror=k.ror)
        org.names[k.name] = _lang(k.name)
        for a in k.aliases:
            org.names[a] = _lang(a)
        self.orgs[key] = org
        if k.parent and k.parent in self._known:
            self._ensure_known(k.parent)

    def _ensure_ror(self, o: RorOrg) -> str:
        key = "ror-" + o.id.rsplit("/", 1)[-1]
        if key not in self.orgs:
            org = Org(key, o.name, ror=o.id, kind=o.types[0] if o.types else None)
            for n, lang in o.names:
                org.names[n] = lang
            for a in o.acronyms:
                org.names[a] = None
            parent = next((self._ror_by_id[p] for p in o.parents if p in self._ror_by_id), None)
            self.orgs[key] = org
            if parent is not None:
                org.parent = self._ensure_ror(parent)
        return key

    def ancestors(self, key: str) -> list[str]:
        """The parent chain of ``key`` (nearest first)."""
        out = []
        seen = {key}
        cur = self.orgs[key].parent if key in self.orgs else None
        while cur and cur not in seen:
            out.append(cur)
            seen.add(cur)
            cur = self.orgs[cur].parent if cur in self.orgs else None
        return out
