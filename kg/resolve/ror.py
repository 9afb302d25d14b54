"""ROR registry dumps: import once into a compact local index, look names up offline.

``kg ror import FILE`` reads a ROR data dump in the v2 schema — a JSON array (as in
ROR's Zenodo releases) or one record per line, plain or gzip-compressed — and writes
an index of names, acronyms, parents and domains.  Builds then use it to normalise
institutions the curated table does not know and to give them their ROR id.
"""

from __future__ import annotations

import gzip
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from kg.atomic import write_bytes_atomic
from kg.errors import InputError

DEFAULT_INDEX = Path("data") / "ror-index.jsonl.gz"


@dataclass(frozen=True)
class RorOrg:
    """One ROR organisation: id (https://ror.org/…), display name, every name with its
    language, acronyms, parent ids, web domains, types."""

    id: str
    name: str
    names: tuple[tuple[str, str | None], ...]
    acronyms: tuple[str, ...]
    parents: tuple[str, ...]
    domains: tuple[str, ...]
    types: tuple[str, ...]


def _open_text(path: Path) -> io.TextIOBase:
    with path.open("rb") as fh:
        head = fh.read(2)
    if head == b"\x1f\x8b":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8")
    return path.open("r", encoding="utf-8")


def read_ror_dump(path: str | os.PathLike[str]) -> Iterator[dict]:
    """Records of a ROR dump (array or JSON lines, plain or .gz)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(path), "no such file")
    try:
        with _open_text(p) as fh:
            first = ""
            while not first:
                ch = fh.read(1)
                if not ch:
                    return
                if not ch.isspace():
                    first = ch
            rest = fh.read()
    except (OSError, UnicodeDecodeError, EOFError) as err:
        raise InputError(str(path), f"cannot read the ROR dump: {err}") from None
    text = first + rest
    try:
        if first == "[":
            data = json.loads(text)
            if not isinstance(data, list):
                raise InputError(str(path), "not a ROR dump: expected a JSON array of records")
            yield from (r for r in data if isinstance(r, dict))
            return
        for n, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if line:
                rec = json.loads(line)
                if isinstance(rec, dict):
                    yield rec
    except json.JSONDecodeError as err:
        raise InputError(str(path), f"not a ROR dump: invalid JSON ({err.msg} at line {err.lineno})") from None


def record_to_org(rec: dict) -> RorOrg | None:
    """The parts of a v2 record the resolver uses (None for withdrawn records)."""
    rid = rec.get("id")
    if not isinstance(rid, str) or rec.get("status") == "withdrawn":
        return None
    names: list[tuple[str, str | None]] = []
    acronyms: list[str] = []
    display = None
    for n in rec.get("names") or []:
        if not isinstance(n, dict) or not n.get("value"):
            continue
        types = n.get("types") or []
        if "acronym" in types:
            acronyms.append(n["value"])
        else:
            names.append((n["value"], n.get("lang")))
        if "ror_display" in types:
            display = n["value"]
    if not names:
        return None
    parents = tuple(r["id"] for r in rec.get("relationships") or [] if isinstance(r, dict) and r.get("type") == "parent" and r.get("id"))
    return RorOrg(
        id=rid,
        name=display or names[0][0],
        names=tuple(names),
        acronyms=tuple(acronyms),
        parents=parents,
        domains=tuple(rec.get("domains") or ()),
        types=tuple(rec.get("types") or ()),
    )


def import_ror(dump: str | os.PathLike[str], index: str | os.PathLike[str] = DEFAULT_INDEX) -> int:
    """Write the index of a ROR dump; return how many organisations it holds."""
    orgs = [o for o in (record_to_org(r) for r in read_ror_dump(dump)) if o is not None]
    if not orgs:
        raise InputError(str(dump), "no ROR records found")
    orgs.sort(key=lambda o: o.id)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        for o in orgs:
            row = {"id": o.id, "name": o.name, "names": o.names, "acronyms": o.acronyms, "parents": o.parents,
                   "domains": o.domains, "types": o.types}
            gz.write((json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    target = Path(index)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(target, buf.getvalue())
    return len(orgs)


def load_index(index: str | os.PathLike[str]) -> list[RorOrg]:
    """Read an index written by ``import_ror``."""
    out = []
    with gzip.open(index, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            out.append(
                RorOrg(d["id"], d["name"], tuple(tuple(x) for x in d["names"]), tuple(d["acronyms"]), tuple(d["parents"]),
                       tuple(d["domains"]), tuple(d["types"]))
            )
    return out
