"""The user's curation file (``data/curation.yaml``): fixes that survive every build.

```yaml
same_as:                       # these names are one person
  - ["王威", "Wei Wang"]
not_same_as:                   # never merge these (a name, optionally "name @ file")
  - ["Wei Wang @ 003_cv.txt", "Wei Wang @ other_cv.md"]
corrections:                   # applied to what extraction read, before resolution
  - {document: "003_cv.txt", rename: "Yinghao Yu", to: "Ying-Hao Yu"}
  - {document: "004_cv.txt", remove_advisor: "张献伟"}
  - {organization: "Alibaba Token Foundry", parent: "Alibaba Group"}
```

A name is matched as a person key (order, case and script insensitive); a
``document`` is matched by file name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError
from kg.extract.profile import Mention, Profile, Publication


@dataclass(frozen=True)
class Curation:
    """same_as / not_same_as: (name, document or None) pairs; corrections: raw dicts."""

    same_as: tuple[tuple[tuple[str, str | None], ...], ...] = ()
    not_same_as: tuple[tuple[tuple[str, str | None], tuple[str, str | None]], ...] = ()
    corrections: tuple[dict, ...] = ()
    org_parents: dict[str, str] = field(default_factory=dict)


def _ref(s: object, path: str) -> tuple[str, str | None]:
    if not isinstance(s, str) or not s.strip():
        raise InputError(path, f"expected a name, got {s!r}")
    if "@" in s:
        name, doc = s.rsplit("@", 1)
        return name.strip(), doc.strip() or None
    return s.strip(), None


def load_curation(path: str | os.PathLike[str] | None) -> Curation:
    """Read a curation file; a missing file is an empty curation."""
    if path is None or not Path(path).is_file():
        return Curation()
    import yaml

    p = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise InputError(p, f"not valid YAML: {str(err).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise InputError(p, "expected a mapping with same_as / not_same_as / corrections")
    same = []
    for group in data.get("same_as") or []:
        if not isinstance(group, list) or len(group) < 2:
            raise InputError(p, f"same_as entries are lists of two or more names, got {group!r}")
        same.append(tuple(_ref(x, p) for x in group))
    apart = []
    for pair in data.get("not_same_as") or []:
        if not isinstance(pair, list) or len(pair) != 2:
            raise InputError(p, f"not_same_as entries are pairs of names, got {pair!r}")
        apart.append((_ref(pair[0], p), _ref(pair[1], p)))
    corrections = []
    parents: dict[str, str] = {}
    for c in data.get("corrections") or []:
        if not isinstance(c, dict):
            raise InputError(p, f"corrections are mappings, got {c!r}")
        if "organization" in c and "parent" in c:
            parents[str(c["organization"])] = str(c["parent"])
        corrections.append(c)
    unknown = set(data) - {"same_as", "not_same_as", "corrections"}
    if unknown:
        raise InputError(p, f"unknown keys {sorted(unknown)} (expected same_as, not_same_as, corrections)")
    return Curation(tuple(same), tuple(apart), tuple(corrections), parents)


def apply_corrections(profile: Profile, curation: Curation) -> Profile:
    """The profile with the curation's corrections for its document applied."""
    name = Path(profile.source.path).name
    for c in curation.corrections:
        doc = c.get("document")
        if doc and doc != name:
            continue
        if "rename" in c and "to" in c:
            profile = _rename(profile, str(c["rename"]), str(c["to"]))
        if "remove_advisor" in c:
            gone = str(c["remove_advisor"])
            profile = replace(
                profile,
                advisors=tuple(m for m in profile.advisors if m.name != gone),
                education=tuple(replace(e, advisors=tuple(a for a in e.advisors if a != gone)) for e in profile.education),
            )
    return profile


def _rename(profile: Profile, old: str, new: str) -> Profile:
    def fix(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(new if n == old else n for n in names)

    def fix_pub(p: Publication) -> Publication:
        return replace(p, authors=fix(p.authors), equal_contribution=fix(p.equal_contribution), corresponding=fix(p.corresponding))

    owner = profile.owner
    if owner.name == old:
        owner = replace(owner, name=new)
    return replace(
        profile,
        owner=owner,
        advisors=tuple(Mention(new if m.name == old else m.name, m.evidence) for m in profile.advisors),
        education=tuple(replace(e, advisors=fix(e.advisors)) for e in profile.education),
        positions=tuple(replace(p, supervisors=fix(p.supervisors)) for p in profile.positions),
        publications=tuple(fix_pub(p) for p in profile.publications),
    )
