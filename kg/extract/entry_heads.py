"""Which lines of a dated entry name it (its head), and which name a project instead.

An entry's head is its first line and the short lines under it that name an
organisation, a degree or an employer; its description bullets, sentences, labelled
attributes and honours are not.
"""

from __future__ import annotations

import re

from kg.extract.dates import find_dates, without_dates
from kg.extract.entries import Entry, is_attribute, is_date_only
from kg.extract.lexicon import AWARD_WORDS, COMPANY_NAME, DEGREE_RE, ORG_WORDS, TITLE_WORDS, is_named_org
from kg.extract.lines import Line

_DESCRIPTION_START = re.compile(
    r"^(?:Design|Develop|Contribut|Implement|Worked|Working on|Researched|Researching|Build|Lead |Led |Participat|Optimi|Propos|Responsible|Reproduc|"
    r"Core |Duties|Focus|Main|Assist|负责|参与|设计|开发|完成|主要|研究|获|实现|提出|构建|组建|搭建|建立|推动|优化|维护|带领|主导|协助|制定|编写|撰写)",
    re.I,
)
_NOT_DEGREE_BULLET = re.compile(r"thesis|dissertation|project|course|[:：]", re.I)
# a lower-case word that is not a particle: a long name has few ("… Studies of the Ocean"),
# a description many ("System software and device driver on …")
_LOWER_WORD = re.compile(r"(?<![\w-])(?!(?:of|and|for|the|in|at|on|de|du|des|la|le|di|da|del|von|van|und|für|y|e)\b)[a-z][\w-]*")
_BARE_NAME = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,3}")


def _employer_under_title(entry: Entry, k: int) -> bool:
    """"Summer 2019: Data Scientist Intern" then the bullet "Shopee": the first bullet under a
    job title that names no organisation is a bare name, the employer's."""
    head, ln = entry.lines[0].text, entry.lines[k].text.strip(" *-•◦")
    return k == 1 and bool(_BARE_NAME.fullmatch(ln)) and bool(TITLE_WORDS.search(head)) and not ORG_WORDS.search(TITLE_WORDS.sub(" ", head))


def head_lines(entry: Entry) -> list[Line]:
    """The lines that name the entry: not its attributes, bullets or sentences."""
    heads: list[Line] = []
    first_depth = entry.lines[0].item
    for k, ln in enumerate(entry.lines):
        if k and is_attribute(ln):
            continue
        # "2019.09 – 2023.06" on its own line, then "- B.E., Computer Science, …, X University":
        # the first bullet under a bare date names the entry, however long
        names_dates = k and all(is_date_only(h.text) for h in heads) and not _DESCRIPTION_START.match(ln.text.lstrip("◇•-* "))
        if k and ln.item > max(first_depth, -1) and ln.item >= 0 and not find_dates(ln.text) and not names_dates:
            n = len(re.findall(r"\w+", ln.text))
            # "Korea Institute for Advanced Study (KIAS), Seoul, Republic of Korea": a long name, and its place
            long_name = n <= 14 and ORG_WORDS.search(ln.text) and not re.search(r"(?<!\b[A-Z])[.;:]\s", ln.text) and len(_LOWER_WORD.findall(ln.text)) <= 1
            degree = DEGREE_RE.match(ln.text.lstrip("◇•-* ")) and not _NOT_DEGREE_BULLET.search(ln.text)  # "* Master Degree"
            # "M.Res. in Medical Robotics & Image Guided Intervention | (Distinction)": a degree and its field, however long
            short = (n <= 8 or long_name or (degree and n <= 14)) and not _DESCRIPTION_START.match(ln.text.lstrip("◇•-* ")) and "的" not in ln.text  # "为公司搭建…的开发环境": a sentence
            if not (short and (ORG_WORDS.search(ln.text) or degree or (ln.bold and ln.bold[0][0] == 0))) and not _employer_under_title(entry, k):
                continue
        words = len(ln.text.split()) + len(re.findall(r"[\u3400-\u9fff]", ln.text)) // 2
        named = bool(ORG_WORDS.search(ln.text) or DEGREE_RE.search(ln.text)) and not ln.text.rstrip().endswith("。")
        if k and words > (20 if named else 10) and not find_dates(ln.text):
            continue
        if k and re.search(r"[。；]|[，].*[，].*[，]", ln.text) and not find_dates(ln.text):
            continue
        if k and _DESCRIPTION_START.match(ln.text.lstrip("◇•-* ")) and not find_dates(ln.text):
            continue
        if k and ln.text.lstrip("◇•·-* ").startswith("["):
            continue
        if k and ln.item > max(first_depth, -1) and AWARD_WORDS.search(ln.text) and not (ORG_WORDS.search(ln.text) and TITLE_WORDS.search(ln.text)) \
                and not DEGREE_RE.match(ln.text.lstrip("◇•-* ")):  # "- M.Res. in X (Distinction)": the degree, with its class
            continue  # "  * Third Class Scholarship of School of X, 2021": an honour won, not a name of the entry
        heads.append(ln)
        if len(heads) >= 4:
            break
    return heads


def topic_head(heads: list[Line]) -> Line | None:
    """The first head line when it is its dates and a bold name only, and the next head line
    gives a title and an organisation: the bold name is the project's, not an employer."""
    if len(heads) < 2 or not heads[0].bold:
        return None
    first, second = heads[0], heads[1]
    dates = find_dates(first.text)
    if not dates:
        return None
    rest = without_dates(first.text, "pad", dates)
    s, e = first.bold[-1]
    if rest[:s].strip(" :：-–—|,*") or rest[e:].strip(" :：-–—|,.*"):
        return None
    if ORG_WORDS.search(first.text[s:e]) or is_named_org(first.text[s:e]):
        return None  # "**Lenovo Ltd.** | 2025.06 - 2025.08" over "*Platform team, intern*": the employer
    if not (TITLE_WORDS.search(second.text) and (ORG_WORDS.search(second.text) or COMPANY_NAME.search(second.text) or re.search(r"\b[A-Z]{3,6}\b", second.text))):
        return None
    return first


__all__ = ["head_lines", "topic_head"]
