"""People: which mentions of names are one person.

Evidence for one person, each merge recording its reason:
- in one document, the same name, or a Chinese name and its pinyin form
  ("王威" and "Wei Wang", "余英豪" and "Yinghao Yu");
- across documents, the same name *and* shared context: an e-mail or homepage, a
  paper (same title), or two co-authors in common.  A common name alone is not
  enough: two "Wei Wang"s in unrelated documents stay two people.  A person's context
  grows as their mentions merge, and a grown person is compared again with the rest
  of the name; two people of one name seen in one document are never merged;
- the curation file: ``same_as`` merges, ``not_same_as`` forbids a merge.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.pinyin import romanize


@lru_cache(maxsize=1 << 18)
def person_key(name: str) -> str:
    """A key under which written forms of one name agree (order, case, accents,
    hyphens, honorifics ignored; Chinese characters read in pinyin).

    >>> person_key("Lingyun Yang") == person_key("YANG Lingyun") == person_key("Ling-Yun Yang")
    True
    >>> person_key("王威") == person_key("Wei Wang")
    True
    >>> person_key("Owner of p01.txt") == person_key("Owner of p02.txt")
    False
    """
    s = name.strip()
    roman = romanize(re.sub(r"\s+", "", s)) if re.fullmatch(r"[\u3400-\u9fff\s]{2,6}", s) else None
    if roman:
        s = roman
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"(?<=[a-z])[-‐'’](?=[a-z])", "", s)
    tokens = re.findall(r"[a-z0-9]+|[\u3400-\u9fff]+", s)
    return " ".join(sorted(tokens))


@dataclass
class Mention:
    """One written name: document, name as written, role (owner/advisor/supervisor/author),
    the paper it authors (paper key), and where it was read (visible-text span of the original)."""

    id: int
    doc: str
    name: str
    role: str
    paper: str | None = None
    span: tuple[int, int] | None = None


@dataclass
class _Cluster:
    members: list[int] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


class PeopleResolver:
    """Union-find over mentions with a reason for every merge."""

    def __init__(self, forbidden: list[tuple[str, str | None, str, str | None]] | None = None) -> None:
        self.mentions: list[Mention] = []
        self._parent: list[int] = []
        self._clusters: dict[int, _Cluster] = {}
        self.forbidden = forbidden or []  # (key a, doc a or None, key b, doc b or None)
        self.merges = 0
        self.blocked: list[str] = []

    def add(self, doc: str, name: str, role: str, paper: str | None = None, span: tuple[int, int] | None = None) -> int:
        i = len(self.mentions)
        self.mentions.append(Mention(i, doc, name, role, paper, span))
        self._parent.append(i)
        self._clusters[i] = _Cluster([i])
        return i

    def find(self, i: int) -> int:
        root = i
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[i] != root:
            self._parent[i], i = root, self._parent[i]
        return root

    def _violates(self, a: int, b: int) -> str | None:
        if not self.forbidden:
            return None
        ma = [self.mentions[m] for m in self._clusters[a].members]
        mb = [self.mentions[m] for m in self._clusters[b].members]
        for ka, da, kb, db in self.forbidden:
            def has(ms, k, d):
                return any(person_key(m.name) == k and (d is None or m.doc == d) for m in ms)

            if (has(ma, ka, da) and has(mb, kb, db)) or (has(ma, kb, db) and has(mb, ka, da)):
                return f"not_same_as {ka!r} / {kb!r}"
        return None

    def union(self, a: int, b: int, reason: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        why_not = self._violates(ra, rb)
        if why_not:
            self.blocked.append(f"kept apart by curation ({why_not}): {reason}")
            return False
        if ra > rb:
            ra, rb = rb, ra
        self._parent[rb] = ra
        ca, cb = self._clusters[ra], self._clusters.pop(rb)
        ca.members += cb.members
        ca.reasons += cb.reasons + [reason]
        self.merges += 1
        return True

    def clusters(self) -> list[tuple[list[Mention], list[str]]]:
        """Every person: their mentions (in order) and the reasons they are one."""
        out = []
        for root, c in sorted(self._clusters.items()):
            out.append(([self.mentions[m] for m in sorted(c.members)], c.reasons))
        return out

    def cluster_of(self, i: int) -> int:
        return self.find(i)

    def members(self, root: int) -> list[Mention]:
        return [self.mentions[m] for m in self._clusters[self.find(root)].members]

    # -- the evidence rules -----------------------------------------------------------
    def merge_within_documents(self, owner_mentions: dict[str, int]) -> None:
        """Same name (or a Chinese name and its pinyin) in one document: one person."""
        by_doc_key: dict[tuple[str, str], int] = {}
        for m in self.mentions:
            if m.role == "owner" and not m.name:
                continue
            k = (m.doc, person_key(m.name))
            if k in by_doc_key:
                first = self.mentions[by_doc_key[k]]
                if first.name == m.name:
                    why = f"same name {m.name!r} in {m.doc}"
                else:
                    why = f"{first.name!r} and {m.name!r} are the same name (pinyin/spelling) in {m.doc}"
                self.union(by_doc_key[k], m.id, why)
            else:
                by_doc_key[k] = m.id

    def merge_by_identifier(self, contact: dict[int, set[str]]) -> None:
        """Owners of different documents with the same e-mail address or ORCID iD are one
        person, whatever the names say ("H. Virtanen" and "Hanna Virtanen", "王威" and
        "Wei Wang"), unless curation says otherwise."""
        first: dict[str, int] = {}
        for mid in sorted(contact):
            for ident in sorted(contact[mid]):
                if "@" in ident or "orcid.org/" in ident:
                    if ident in first:
                        kind = "e-mail" if "@" in ident else "ORCID iD"
                        self.union(self.find(first[ident]), self.find(mid), f"the same {kind} {ident}")
                    else:
                        first[ident] = mid

    def merge_across_documents(self, contact: dict[int, set[str]]) -> None:
        """Same name in different documents, and something else in common."""
        authors: dict[tuple[str, str], set[str]] = {}  # (doc, paper) -> author keys
        for m in self.mentions:
            if m.paper:
                authors.setdefault((m.doc, m.paper), set()).add(person_key(m.name))
        roots: dict[str, list[int]] = {}
        for m in self.mentions:
            if not m.name:
                continue
            group = roots.setdefault(person_key(m.name), [])
            r = self.find(m.id)
            if r not in group:
                group.append(r)
        for key, rs in sorted(roots.items()):
            if len(rs) < 2:
                continue
            # Each cluster of the name once (earlier merges may have joined some); in
            # turn, each absorbs every later one it shares context with, and passes over
            # them again while it grows (a grown context may match one it did not).
            alive = list(dict.fromkeys(self.find(r) for r in rs))
            ctx = {r: self._context(r, contact, authors) for r in alive}
            i = 0
            while i < len(alive):
                grew = False
                for b in alive[i + 1 :]:
                    a = alive[i]
                    why = _shared(ctx[a], ctx[b])
                    if why and self.union(a, b, f"same name {key!r} in different documents, and {why}"):
                        merged = ctx.pop(a)
                        merged.absorb(ctx.pop(b))
                        alive[i] = self.find(a)
                        ctx[alive[i]] = merged
                        alive.remove(b)
                        grew = True
                if not grew:
                    i += 1

    def _context(self, root: int, contact: dict[int, set[str]], authors: dict[tuple[str, str], set[str]]) -> "_Context":
        ms = self.members(root)
        own = {person_key(m.name) for m in ms}
        co: set[str] = set()
        for m in ms:
            if m.paper:
                co |= authors.get((m.doc, m.paper), set())
        return _Context(
            docs={m.doc for m in ms},
            contact=set().union(*(contact.get(m.id, set()) for m in ms)),
            papers={m.paper for m in ms if m.paper},
            coauthors=co - own,
        )


@dataclass
class _Context:
    """What a cluster of mentions is seen with: documents, contact, papers, co-author names."""

    docs: set[str]
    contact: set[str]
    papers: set[str]
    coauthors: set[str]

    def absorb(self, other: "_Context") -> None:
        """Add what ``other`` is seen with (in place: a growing cluster is not copied)."""
        self.docs |= other.docs
        self.contact |= other.contact
        self.papers |= other.papers
        self.coauthors |= other.coauthors


def _shared(a: _Context, b: _Context) -> str | None:
    """Why two clusters with the same name are one person, or None."""
    if a.docs & b.docs:
        return None  # both seen in one document already, as different people
    if a.contact & b.contact:
        return f"the same contact {sorted(a.contact & b.contact)[0]}"
    if a.papers & b.papers:
        return f"authors of the same paper ({sorted(a.papers & b.papers)[0]})"
    common = a.coauthors & b.coauthors
    if len(common) >= 2:
        return f"{len(common)} co-authors in common ({', '.join(sorted(common)[:3])})"
    return None
