"""Who the document is about: the owner's name and the name in other scripts.

Evidence, strongest first: a self-introduction ("I am X", "My name is X",
"Hi, I'm X (中文名)", "X is currently a PhD student"), the page title in front
matter, a name on the first line or in the first heading, and the name the owner
highlights in bold in their own author lists.  A document that never names its
owner gets None.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Mapping

from kg.extract.lines import Line
from kg.extract.names import abbreviated_keys, clean_name, is_person_name, name_key
from kg.extract.pinyin import romanize
from kg.extract.sections import Section, section_kind

_INTRO = re.compile(
    r"(?:\b(?:I am|I'm|I’m|Im|This is|My name is|It's|Hi,? I'm|Hello,? I'm)\s+|^\s*(?:Hi|Hello|Hey)[,!]?\s+(?:there[,!]?\s+)?(?:I am|I'm|I’m)\s+)"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-.]*){1,3})(?P<tail>\s*[(（][^)）]{1,20}[)）]|,?\s+or\s+[\u3400-\u9fff](?: ?[\u3400-\u9fff]){1,3}\s+in\s+Chinese)?",
)  # the tail: "(王凌)", ", or 牟湛存 in Chinese"
_THIRD_PERSON = re.compile(
    r"^(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})(?P<tail>\s*[(（][^)）]{1,20}[)）])?\s+(?:is|was|currently|received|works|earned|got)\b"
)
_POSSESSIVE_CV = re.compile(r"\b(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-.]*){1,2})['’]s\s+(?:Curriculum Vitae|CV|R[eé]sum[eé]|Homepage|Home Page)\b")
_ZH_INTRO = re.compile(r"(?:我(?:的名字)?(?:是|叫)|本人)(?P<name>[\u3400-\u9fff]{2,4})(?=[，,。.\s(（]|$)")
# "姓名：周晓雯", "Name: Maria Gonzalez", at the start of a line or of a column of labelled
# fields ("电话：…  姓名：…"), not "Company name: …"; "姓名 | 周晓雯" in a table's cells
_LABELLED = re.compile(
    r"(?:^|\s{2,}|[|｜]\s*)(?:(?:姓\s*名|Name|Full name)\s*[:：]|姓\s*名(?:\s{2,}|\t|\s*[|｜]))\s*(?P<name>[\u3400-\u9fff]{2,4}(?![\u3400-\u9fff])|[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-.]*){1,3})",
    re.I,
)
# "(李丰杰)", "(李 丰杰)": a surname may be set apart from the given name by a space;
# "(党翌洲 in Chinese)", "(Chinese name: 王宪泉)", "(中文名：王宪泉)"
_CJK_IN_PARENS = re.compile(
    r"[(（]\s*(?:(?:Chinese(?:\s+name)?|中文名?)\s*[:：]\s*)?([\u3400-\u9fff](?: ?[\u3400-\u9fff]){1,3})(?:\s+in\s+Chinese)?\s*[)）]"
)
_HAN_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")  # a name in Chinese characters
_CJK_AFTER = re.compile(r"^\s*([\u3400-\u9fff]{2,4})\s*$")
_NOT_A_TITLE = re.compile(r"^(?:about(?: me)?|home|cv|resume|curriculum vitae|个人简历|简历|个人经历|publications?|blog|news)$", re.I)


@dataclass(frozen=True)
class OwnerName:
    """The owner's name, other forms of it, and where it was read (visible-text span)."""

    name: str | None
    other_names: tuple[str, ...]
    span: tuple[int, int] | None


def _without_markup(s: str) -> str:
    """A name written with HTML in front matter, as text: "Jian Zheng<br />(郑健)" -> "Jian Zheng (郑健)"."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]*>", " ", html.unescape(s))).strip()


def _split_bilingual(raw: str) -> tuple[str, list[str]]:
    """"Hailin Zhang (张海林)" -> ("Hailin Zhang", ["张海林"])."""
    others = [o.replace(" ", "") for o in _CJK_IN_PARENS.findall(raw)]
    name = _CJK_IN_PARENS.sub("", raw).strip()
    # "Yiping Wang 王宜平"
    m = re.match(r"^(.*?[A-Za-z].*?)\s+([\u3400-\u9fff]{2,4})$", name)
    if m:
        name, others = m.group(1).strip(), others + [m.group(2)]
    return name, others


def find_owner(
    lines: list[Line],
    sections: list[Section],
    front: Mapping[str, Any] | None,
    bold_names: list[str],
    author_lists: list[list[str]] | None = None,
) -> OwnerName:
    """Decide the owner's name."""
    candidates: list[tuple[int, str, list[str], tuple[int, int] | None]] = []  # (strength, name, others, span)
    # 1. Self-introductions in the opening sections.
    intro_lines = [ln for s in sections if s.kind in ("preamble", "about", "other") for ln in s.lines][:40]
    for ln in intro_lines:
        for rx, strength in ((_INTRO, 100), (_THIRD_PERSON, 80)):
            m = rx.search(ln.text)
            if not m:
                continue
            raw = clean_name(m.group("name"))
            words = raw.split()
            # "I am Ling WANG (王凌), an M.Phil student": cut at the first lower-case word
            while words and not is_person_name(" ".join(words)):
                words = words[:-1]
            if len(words) >= 2:
                name = " ".join(words)
                if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name):
                    name = name[:-1]  # the sentence's full stop, not an initial
                tail = m.group("tail") or ""
                others = [o.replace(" ", "") for o in _CJK_IN_PARENS.findall(tail) or _HAN_NAME.findall(tail.replace(" ", ""))]
                s = ln.start + m.start("name")
                candidates.append((strength, name, others, (s, s + len(name))))
                break
        m = _POSSESSIVE_CV.search(ln.text) if "s " in ln.text else None
        if m and is_person_name(m.group("name")):  # "[Li Meng's Curriculum Vitae](cv.pdf)"
            s = ln.start + m.start("name")
            candidates.append((40, m.group("name"), [], (s, s + len(m.group("name")))))
        m = _ZH_INTRO.search(ln.text)
        if m and is_person_name(m.group("name")):
            s = ln.start + m.start("name")
            candidates.append((90, m.group("name"), [], (s, s + len(m.group("name")))))
        m = _LABELLED.search(ln.text) if ("名" in ln.text or "ame" in ln.text) else None
        if m:
            name = clean_name(m.group("name"))
            if is_person_name(name):
                s = ln.start + m.start("name")
                candidates.append((95, name, [], (s, s + len(name))))
    # 2. Front matter title / first_name + last_name (Jekyll, Hugo).
    if front:
        title = front.get("title") if isinstance(front.get("title"), str) else None
        if title and "<" in title:  # al-folio: "title: <strong>Austen</strong> Lamacraft"
            title = _without_markup(title)
        if title and not _NOT_A_TITLE.match(title.strip()):
            name, others = _split_bilingual(title.strip())
            if is_person_name(name):
                candidates.append((70, name, others, None))
            elif is_person_name(title.strip()):
                candidates.append((70, title.strip(), [], None))
        site = front.get("site_author")  # a Jekyll site's author, shown beside the page (kg.read.site)
        if isinstance(site, Mapping) and isinstance(site.get("name"), str):
            name, others = _split_bilingual(_without_markup(site["name"]))
            name = clean_name(name)
            if is_person_name(name):
                candidates.append((75, name, others, None))
        fn, ln_ = front.get("first_name"), front.get("last_name")
        if isinstance(fn, str) and isinstance(ln_, str) and fn and ln_:
            joined = f"{fn} {ln_}" if re.match(r"[A-Za-z]", fn) else f"{ln_}{fn}"
            if is_person_name(joined):
                candidates.append((65, joined, [], None))
    # 3. A name alone on the first line(s) or as the first heading.
    for i, ln in enumerate(lines[:4]):
        kind = section_kind(ln.text)
        if kind in ("about", "contact") or _menu(ln):
            continue
        before = lines[i - 1] if i else None
        if before is not None and not ln.blank_before and not ln.heading and not before.heading and len(before.text.split()) >= 5:
            continue  # the end of a sentence wrapped in the source ("…, advised by" / "Ann Lee."), not a name line
        if ln.heading > 1 and kind:
            break
        text = re.sub(r"^[=#\s]+", "", ln.text)
        text = re.sub(r"^\|\s*", "", text)  # "| 王绍": the name in a table's second column (a photo in the first)
        text = re.split(r"\s*(?:\||｜|\t|\s{3,}|，|,\s+(?=[A-Z\u3400-\u9fff])|\s[-–—]\s)\s*", text)[0]  # "**林明杰** - 系统软件总监 | …"
        name, others = _split_bilingual(text)
        name = clean_name(name)
        if is_person_name(name) and not section_kind(name):
            candidates.append((60, name, others, (ln.start, ln.start + len(text))))
            break
        if section_kind(ln.text):
            break
    # 4. A name in (nearly) every author list of the page is its owner's.
    if author_lists and len(author_lists) >= 2:
        counts = Counter(name_key(n) for names in author_lists for n in dict.fromkeys(names))
        top = counts.most_common(2)
        key, count = top[0]
        tie = len(top) > 1 and top[1][1] == count  # two names on every paper (say, the advisor): no owner from this
        if count >= max(2, 0.75 * len(author_lists)) and not tie:
            best = next(n for names in author_lists for n in names if name_key(n) == key)
            candidates.append((45, best, [], None))
    # 5. The bold self-name in author lists.
    if bold_names:
        counts = Counter(name_key(n) for n in bold_names)  # ties: the first written wins, in every process
        key, count = counts.most_common(1)[0]
        best = next(n for n in bold_names if name_key(n) == key)
        candidates.append((50 + min(count, 5), best, [], None))
    if not candidates:
        return OwnerName(None, (), None)
    candidates.sort(key=lambda c: -c[0])
    strength, name, others, span = candidates[0]
    # Collect other forms of the same name from every candidate.
    all_others: list[str] = list(others)
    for strength2, n2, o2, _sp in candidates[1:]:
        if name_key(n2) == name_key(name):
            all_others.extend(o2)
        elif re.search(r"[\u3400-\u9fff]", n2) and not re.search(r"[\u3400-\u9fff]", name):
            all_others.append(n2)
        elif strength2 >= 45 and re.search(r"[\u3400-\u9fff]", name) and not re.search(r"[\u3400-\u9fff]", n2):
            all_others.append(n2)  # "姓名：周晓雯" and the bold "Xiaowen Zhou" of the author lists
    all_others += _bold_in_han(name, bold_names)
    if span is None:
        span = _locate(lines, name)
    return OwnerName(name, tuple(dict.fromkeys(o for o in all_others if o != name)), span)


def _bold_in_han(name: str, bold_names: list[str]) -> list[str]:
    """The owner's own name in Chinese characters, set in bold in a Chinese author list,
    when its pinyin is the owner's name or its initials ("郑航" for "H. Zheng" or "Hang Zheng").

    And the other way: the bold pinyin name of a Chinese owner ("Xiaowen Zhou" for "周晓雯").

    >>> _bold_in_han("H. Zheng", ["H. Zheng", "郑航", "史治国"]), _bold_in_han("Hang Zheng", ["王威"])
    (['郑航'], [])
    >>> _bold_in_han("周晓雯", ["周晓雯", "Xiaowen Zhou", "Hao Sun"])
    ['Xiaowen Zhou']
    """
    if _HAN_NAME.search(name):
        roman = romanize(name) if _HAN_NAME.fullmatch(name) else None
        key = name_key(roman) if roman else None
        return [n for n in dict.fromkeys(bold_names) if key and not _HAN_NAME.search(n) and name_key(n) == key]
    key = name_key(name)
    out = []
    for n in dict.fromkeys(bold_names):
        if not _HAN_NAME.fullmatch(n):
            continue
        roman = romanize(n)
        if roman and (name_key(roman) == key or key in abbreviated_keys(roman)):
            out.append(n)
    return out


def _menu(ln: Line) -> bool:
    """A line of two or more links and nothing else: a site's menu ("Home Papers"), no name.

    >>> _menu(Line(0, 0, 0, "Home | Papers", links=((0, 4, "/"), (7, 13, "p.html")))), _menu(Line(0, 0, 0, "Ann Lee", links=((0, 7, "/"),)))
    (True, False)
    """
    if len(ln.links) < 2:
        return False
    rest = list(ln.text)
    for s, e, _h in ln.links:
        rest[s:e] = " " * (e - s)
    return not re.search(r"\w", "".join(rest))


def _locate(lines: list[Line], name: str) -> tuple[int, int] | None:
    for ln in lines:
        i = ln.text.find(name)
        if i >= 0:
            return ln.start + i, ln.start + i + len(name)
    return None
