"""Advisor, supervisor and mentor statements, in English and Chinese.

"advised by Prof. X", "Supervisor: X", "My advisor is Prof. X", "under the
supervision of Prof. X and Dr. Y", "in the lab of Prof. X", "博士生导师: 王威教授", "导师张献伟", "主管: 余英豪",
"由李勇教授、宫永顺教授共同指导".  "worked with" and "collaborate with" are not advising.
Each hit says whether the wording is academic (an advisor) or managerial (a work
supervisor or mentor); the caller decides by the organisation as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.names import clean_name, is_person_name

_EN_TRIGGER = re.compile(
    r"(?P<acad>(?:co-?|jointly |also |currently |previously |fortunate(?:ly)? to be |honou?red to be )?"
    r"(?:advised|supervised|co-?advised|co-?supervised|guided)\s+by"
    r"|under (?:the )?(?:joint |co-|principal |principle |primary |main |kind )?(?:supervision|guidance|direction|advisement|advising)\s+of"
    r"|\bin (?:the )?(?:lab|group|research group) of"
    r"|(?:my|his|her|their)\s+(?:previous |current |former |phd |ph\.d\. |master'?s? |thesis |research |co-?)?"
    r"(?:advisors?|advisers?|supervisors?|supervisers?)\s+(?:is|are|was|were|include|includes)"
    r"|(?<![\w-])(?:ph\.?d\.?\s+|thesis\s+|research\s+|academic\s+|master'?s?\s+|co-?)?(?:advisors?|advisers?|supervisors?|supervisers?)(?:\s+of\s+(?:the\s+)?(?:thesis|dissertation))?\s*[:：]"
    r"|working under)"
    r"|(?P<mgr>(?:mentored|managed|hosted)\s+by|(?<![\w-])(?:mentors?|managers?|hosts?|team leads?|leaders?|PIs?)\s*[:：]"
    r"|(?:my|his|her)\s+(?:mentors?|managers?|hosts?)\s+(?:is|are|was|were))",
    re.I,
)
_ZH_TRIGGER = re.compile(
    r"(?P<acad>博士生导师|硕士生导师|博士导师|硕士导师|研究生导师|合作导师|指导老师|指导教师|本科导师|导师)(?:为|是)?\s*[:：]?\s*"
    r"|(?P<mgr>主管|直属领导|经理|负责人|带教|mentor)(?:为|是)?\s*[:：]\s*",
    re.I,
)
_ZH_JOINT = re.compile(r"由(?P<body>[^。；;]{2,120}?)(?:共同|联合)?(?:指导|培养)")
_ZH_PROF = re.compile(r"(?:[\u3400-\u9fff]{2,20}的)?(?:[和与及、]\s*)?(?P<name>[\u3400-\u9fff]{2,4}?)(?:副教授|教授|老师|研究员)")
_NAME_HEAD = re.compile(
    r"\s*(?:(?:Prof(?:essor)?s?|Drs?|Assoc\.? Prof|Asst\.? Prof|Associate Professor|Assistant Professor|PI|Mr|Ms)\.?\s*)*"
    r"(?P<name>[A-Z][\w'’\-]*\.?(?:-[A-Z]\.)?(?:\s+(?:[A-Z][\w'’\-]*\.?|\([A-Z][a-z]+\)|van|von|de|der|da|di|del|la|le|bin)){0,4})"
)
_ZH_NAME_RUN = re.compile(r"\s*(?P<name>[\u3400-\u9fff]{2,4}?)(?=$|[\s,，。;；、)）(（和与及]|教授|老师|研究员|副研究员|博士|副教授|院士|讲师|先生)")
_SEPARATOR = re.compile(r"\s*(?:,\s*and\s+|,|，|、|;|\band\b|&|和|与|及)\s*", re.I)
_SENTENCE_END = re.compile(r"[.。;；!?！？\n\t]|\s[-–—]\s|\((?!May\))|（|\s{3}")  # three spaces: the next cell of a row


@dataclass(frozen=True)
class AdvisorHit:
    """A name named as advisor (``academic``) or as manager/mentor (not academic)."""

    name: str
    span: tuple[int, int]
    academic: bool


# Something every statement above contains, matched in the lower-cased text: without
# IGNORECASE the engine can skip to the first letters of the alternatives.
_CUE = re.compile(r"advis|supervis|mentor|guid|direction|manag|host|leader|p(?<!\wp)is?\b|(?:lab|group) of|导师|指导|主管|领导|经理|负责人|带教|培养")


def find_advisors(text: str) -> list[AdvisorHit]:
    """Names stated as advisors, supervisors or mentors in ``text``.

    >>> [(h.name, h.academic) for h in find_advisors("advised by Prof. Hailong Yang. And I received")]
    [('Hailong Yang', True)]
    >>> [h.name for h in find_advisors("under the supervision of Prof. Paul Liang and Dr. Yi R. (May) Fung.")]
    ['Paul Liang', 'Yi R. (May) Fung']
    >>> [(h.name, h.academic) for h in find_advisors("◇ 博士生导师: 王威教授 (预计于 2025 年秋季毕业)")]
    [('王威', True)]
    >>> [(h.name, h.academic) for h in find_advisors("主管: 余英豪")], [h.name for h in find_advisors("导师张献伟，主要研究方向为 MLSys")]
    ([('余英豪', False)], ['张献伟'])
    >>> find_advisors("I work closely with Prof. Ann Lee.")
    []
    """
    return list(_find_advisors(text))


@lru_cache(maxsize=8192)
def _find_advisors(text: str) -> tuple[AdvisorHit, ...]:
    if not _CUE.search(text.lower()):
        return ()
    hits: list[AdvisorHit] = []
    for m in _EN_TRIGGER.finditer(text):
        hits.extend(names_after(text, m.end(), academic=bool(m.group("acad"))))
    for m in _ZH_TRIGGER.finditer(text):
        hits.extend(names_after(text, m.end(), academic=bool(m.group("acad"))))
    for m in _ZH_JOINT.finditer(text):
        body_start = m.start("body")
        for p in _ZH_PROF.finditer(m.group("body")):
            name = p.group("name")
            if is_person_name(name):
                hits.append(AdvisorHit(name, (body_start + p.start("name"), body_start + p.end("name")), True))
    seen: set[str] = set()
    out: list[AdvisorHit] = []
    for h in sorted(hits, key=lambda h: h.span):
        if h.name not in seen:
            seen.add(h.name)
            out.append(h)
    return tuple(out)


def names_after(text: str, pos: int, *, academic: bool) -> list[AdvisorHit]:
    """The names listed from ``pos`` to the end of the sentence ("Prof. A and Dr. B").

    >>> [h.name for h in names_after("working with Prof. Ann Lee and Bo Chen. Then", 13, academic=False)]
    ['Ann Lee', 'Bo Chen']
    """
    pos_text = len(text) - len(text[pos:].lstrip())  # "Advisor:   Prof. X": the names start here
    end_m = _SENTENCE_END.search(text, pos_text)
    # Honorific dots ("Prof.", "Dr.", initials) do not end the sentence.
    # Nor does a note in parentheses after a name when the list goes on after it
    # ("Prof. A (Vice dean of X), Prof. B and Prof. C").
    while end_m and (
        (end_m.group() == "." and re.search(r"(?:\bProf|\bDr|\bAssoc|\bAsst|\bPI|\bMr|\bMs|\b[A-Z])$", text[pos : end_m.start()]))
        or (end_m.group() == "(" and (note := _NOTE_THEN_MORE.match(text, end_m.start())))
    ):
        end_m = _SENTENCE_END.search(text, note.end() if end_m.group() == "(" else end_m.end())
    end = end_m.start() if end_m else len(text)
    hits: list[AdvisorHit] = []
    p = pos
    while p < end:
        m = _ZH_NAME_RUN.match(text, p, end) if re.match(r"\s*[\u3400-\u9fff]", text[p:end]) else _NAME_HEAD.match(text, p, end)
        if not m:
            break
        raw = m.group("name")
        name = clean_name(raw)
        if not is_person_name(name):
            # "X from the Y Lab": keep the first two or three words if they form a name.
            words = name.split()
            name = next((" ".join(words[:k]) for k in (3, 2) if len(words) >= k and is_person_name(" ".join(words[:k]))), "")
            if not name:
                break
        hits.append(AdvisorHit(name, (m.start("name"), m.start("name") + len(raw)), academic))
        q = m.end()
        q = _skip_affiliation(text, q, end)
        sep = _SEPARATOR.match(text, q, end)
        if not sep:
            break
        p = sep.end()
    return hits


_NOTE_THEN_MORE = re.compile(r"\([^()\n]{1,80}\)(?=\s*(?:,|，|;|\band\b))")
_AFFIL = re.compile(r"\s*(?:教授|老师|研究员|副研究员|副教授|博士|院士|讲师|先生)?\s*(?:\([^()\n]{1,80}\)\s*)?(?:(?:from|at|in|of|with)\s+(?:the\s+)?[^,，;；]*?(?=,|，|;|\band\b|$))?", re.I)


def _skip_affiliation(text: str, q: int, end: int) -> int:
    m = _AFFIL.match(text, q, end)
    return m.end() if m else q
