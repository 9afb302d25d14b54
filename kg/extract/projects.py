"""Projects: from Projects sections, and named systems in job descriptions.

A project entry's name is what comes before ``|``, `` - `` or ``:`` on its first
line, or the leading capitalised words before the description starts ("DistServe A
novel …").  In job bullets, "Core contributor of Llumnix, a dynamic scheduling
system …" and "开发了 Morphling，一个 … 框架" name projects with the owner's role.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.dates import find_dates, without_dates
from kg.extract.entries import Entry, is_attribute, is_date_only
from kg.extract.lexicon import HAN, TITLE_WORDS
from kg.extract.lines import Line
from kg.extract.profile import Project

_PIPE = re.compile(r"\s*[|｜]\s*")
_LEAD_NAME = re.compile(r"^(?P<name>[A-Z][\w.+#\-]*(?:\s+[A-Z0-9][\w.+#\-]*){0,3}?)\s+(?:A|An|The|This|It|Is|was|is)\b")
_NAMED_SYSTEM = re.compile(
    r"(?:(?P<role>(?i:(?:core |main |lead |key |major )?(?:contributor|maintainer|developer|author|designer|member|lead)s?))\s+(?i:of|to|on|for)\s+|"
    r"\b(?i:building|maintaining|developing|designing|contribut(?:e|ed|ing) to|work(?:ing|ed)? on|built|developed|designed|created|maintain|develop|build)\s+)"
    r"(?:the\s+)?(?P<name>[A-Z][A-Za-z0-9.\-]{2,30})"
    r"(?=,\s*(?:a|an|the)\s|\s*\()",
)
_ZH_NAMED = re.compile(r"(?:提出了|开发了|设计了|构建了|实现了|研发了|开发|提出)\s*(?P<name>[A-Za-z][A-Za-z0-9.\-]+)\s*[，,]\s*(?:一个|一种|一款|一套)")


_ZH_PARTS = re.compile(r"\s*[，,；;：:]\s*")
_ZH_ROLE = re.compile(r"^(?:项目|课题|子课题)?(?:主持人?|负责人|参与(?:者|人)?|主要参与(?:者|人)?|骨干(?:成员)?|核心成员|成员|排名第[一二三四五\d]+)$")
# The programme that funds a project: "国家自然科学基金面上项目", "国家重点研发计划课题", "江苏省自然科学基金青年项目"
_FUNDER = re.compile(
    r"(?:基金|计划|专项|工程)(?:[\u3400-\u9fff]{0,8}(?:项目|课题))?(?:[（(][^)）]*[)）])?$|^[\u3400-\u9fff]{1,8}(?:项目|课题)$"
    r"|^(?:No\.?|编号|批准号)?\s*[A-Z]*\d[\d\-A-Z]{4,}$"
)
_AMOUNT = re.compile(r"经费|\d\s*万元?$|^(?:RMB|¥|￥)\s*\d")  # "直接经费58万元"
_QUOTED = re.compile(r"[“《\"「](?P<t>[^”》\"」]{2,80})[”》\"」]")


def _funded_project(text: str) -> tuple[str, str | None] | None:
    """A funded project written the Chinese way: programme, title, dates, role in any order
    ("国家自然科学基金面上项目：面向…的研究，2020-2023，主持"): the title and the role.

    >>> _funded_project("国家自然科学基金面上项目：面向异构硬件的查询优化方法研究，，主持")
    ('面向异构硬件的查询优化方法研究', '主持')
    >>> _funded_project("主持国家自然科学基金青年项目“分布式事务处理关键技术”")
    ('分布式事务处理关键技术', '主持')
    >>> _funded_project("分布式训练框架（项目负责人）") is None
    True
    """
    quoted = _QUOTED.search(text)
    lead = re.match(r"^(主持|参与|负责)", text)
    if quoted and (lead or _FUNDER.search(text[: quoted.start()].strip(" ，,：:"))):
        return quoted.group("t"), lead.group(1) if lead else None
    parts = [x.strip() for x in _ZH_PARTS.split(text) if x.strip()]
    if len(parts) < 2:
        return None
    roles = [x for x in parts if _ZH_ROLE.match(x)]
    funders = [x for x in parts if _FUNDER.search(x)]
    rest = [x for x in parts if x not in roles and x not in funders and not _AMOUNT.search(x)]
    if not (roles or funders) or len(rest) != 1:
        return None
    return rest[0], roles[0] if roles else None


def _tools(text: str) -> bool:
    """Whether the text after a project's name lists what it is built with, not a role:
    several short items, none a title or a role.

    >>> _tools("Python, Flask, React, PostgreSQL"), _tools("Spigot API, Java, Maven")
    (True, True)
    >>> _tools("Team Lead"), _tools("Lead developer, maintainer"), _tools("在投论文一作"), _tools("独立实现")
    (False, False, False, False)
    """
    items = [x for x in re.split(r"\s*[,，、/]\s*", text) if x]
    return len(items) >= 2 and all(len(x.split()) <= 3 and not TITLE_WORDS.search(x) and not _ZH_ROLE.match(x) for x in items) and not re.search(
        r"(?i)\b(?:lead|author|owner|contribut\w*|maint\w*|develop\w*|design\w*|implement\w*|member)\b", text
    )


# The owner's part in a grant: "…, Research Council of Norway, PI, NOK 12 million", "(co-PI)"
_GRANT_ROLE = re.compile(
    r"(?:,|;|\(|\s[-–—])\s*(?P<role>(?i:(?:lead |co-?)?PI|(?:co-?)?principal investigator|co-?investigator|co-?I))\s*(?=[,;)]|$)"
)
# "项目一 · ", "Project 2: ": the entry's number in the list, not part of the name
_NUMBER_LABEL = re.compile(r"^(?:项目[一二三四五六七八九十\d]{1,3}|(?i:project)\s*#?\d{1,2})\s*[·•:：、.|\-–—]\s*")
# "Name: 后端开发 架构链接": a role in Chinese after the colon, its first phrase (links may follow it)
_ROLE_AFTER_COLON = re.compile(r"^(?P<name>.{2,80}?)[:：]\s*(?P<role>[\u3400-\u9fff]{2,12})(?:\s+[^:：]{0,20})?$")
_LABEL = re.compile(r"^[-*•\s]*([A-Za-z]+|[\u3400-\u9fff]{2,4})\s*[:：]\s*")
_ROLE_LABELS = {"role", "position", "角色", "担任"}
_WHEN_LABELS = {"duration", "period", "time", "date", "dates", "when", "时间", "起止时间", "项目时间", "时间段"}
_ROLE_IN_PARENS = re.compile(r"^(?P<name>.+?)\s*[(（](?P<role>[^()（）]{1,30})[)）]$")


_OTHERS = re.compile(r"(?:其他|其它)(?:项目|工作)?|(?i:other(?:\s+projects?)?|others|misc(?:ellaneous)?)")
_LINK_LABEL = re.compile(r"(?i:links?|urls?|website|homepage|code|repo(?:sitory)?|github|项目地址|项目链接|项目主页|代码地址|代码|地址|链接|主页)\s*(?:[:：]|(?=<?https?://))")


def parse_project(entry: Entry) -> Project | None:
    """One Projects-section entry to a Project."""
    first = entry.lines[0]
    whole_bold = bool(first.bold) and first.bold[0][0] == 0 and first.bold[0][1] >= len(first.text.rstrip()) or first.heading > 0
    if (is_attribute(first) and not whole_bold) or re.match(r"^(?:Link|Website|URL)\b", first.text):
        return None
    if len(entry.lines) >= 2 and is_date_only(first.text) and (ranges := find_dates(first.text)):
        # a badge "2025.03 - 2025.09" over the project's name: the name is on the next line
        named = parse_project(Entry(entry.lines[1:]))
        if named is None:
            return None
        return replace(named, start=named.start or ranges[0].start, end=named.end or ranges[0].end, evidence=(entry.start, entry.end))
    text = _NUMBER_LABEL.sub("", first.text.lstrip("•◇·-* >»"))  # ">>> 负向设计工具": an arrow that marks the heading
    if _OTHERS.fullmatch(text.strip(" :：")):
        return None  # "其他项目", "Other projects": a heading over several, not a project's name
    ranges = find_dates(text)
    start = end = None
    dated_tail = False  # the line is the name, then its dates ("Name \hfill \textit{From Sep., 2015 to Dec., 2015}")
    if ranges:
        r = ranges[0]
        dated_tail = r.span[1] >= len(text.rstrip(" )）.")) - 1
        start, end = r.start, r.end
        text = re.sub(r"\s*[(（]\s*[)）]", "", text[: r.span[0]] + text[r.span[1] :]).strip()  # "Name (2020.7-至今)": the parentheses too
        text = re.sub(r"\s+(?i:from|since)$", "", text)  # "Name \hfill From June, 2014 to present"
    role = None
    parts = _PIPE.split(text)
    funded = _funded_project(text) if HAN.search(text) else None
    if funded:
        name, role = funded
    elif len(parts) >= 2:
        name, role = parts[0], " ".join(p for p in parts[1:] if p).strip() or None
        if role and _tools(role):
            role = None  # "Gitlytics | Python, Flask, React": what it is built with, not a role
    elif whole_bold and not ranges:
        name = text  # "**When Language Overrules: Revealing Text Dominance in …**": the whole bold line, colon and all
    elif ranges and (after := _bold_after_date(first)):
        name = after  # "*2021.10 - now*, **Indoor Navigation Based on … (Core Member)**": the bold part after the dates
    else:
        m = re.match(r"^(.{2,60}?)\s+[-–—]\s+", text) or re.match(r"^([^:：]{2,50})[:：]\s", text)
        quoted = _QUOTED.search(text)
        g = _GRANT_ROLE.search(text, m.end() if m else 0)  # "NorLex: …, Research Council of Norway, PI, NOK 12 million"
        if m:
            name = m.group(1)
            role = g.group("role") if g else None
        elif quoted and g:  # 'SONATA grant “Fine-grained algorithms”, National Science Centre, PI'
            name, role = quoted.group("t"), g.group("role")
        elif first.bold and first.bold[0][0] == 0:
            s, e = first.bold[0]
            name = first.text[s:e]
        else:
            m2 = _LEAD_NAME.match(text)
            words = text.split()
            if len(words) > 1 and words[0] == words[1]:
                name = words[0]  # "SwiftTransformer SwiftTransformer is a tiny ..."
            elif m2:
                name = m2.group("name")
            elif len(text.split()) <= 8 or len(text) <= 40 or (dated_tail and len(text.split()) <= 14 and not re.search(r"[.;!?]\s", text)):
                name = text
            else:
                return None
    m4 = _ROLE_IN_PARENS.match(name.strip()) if role is None else None
    if m4 and TITLE_WORDS.search(m4.group("role")):
        name, role = m4.group("name"), m4.group("role").strip()  # "训练框架（项目负责人）", "Graph Engine (Team Lead)"
    m5 = _ROLE_AFTER_COLON.match(name.strip()) if role is None else None
    if m5 and TITLE_WORDS.search(m5.group("role")):
        name, role = m5.group("name"), m5.group("role")  # "容器化AI云平台-DeepAI: 后端开发 架构链接"
    name = name.strip(" .,:;*")
    if not name or len(name) > (200 if first.heading else 120):
        return None
    for ln in entry.lines[1:5]:  # "**Duration**: September 2020 - Present", "- **Role**: Key Contributor"
        label = _LABEL.match(ln.text)
        word = label.group(1).lower() if label else ""
        if word in _ROLE_LABELS and role is None and len(ln.text) - label.end() <= 40:
            role = ln.text[label.end() :].strip(" .;") or None
        elif word in _WHEN_LABELS and start is None and (when := find_dates(ln.text[label.end() :])):
            start, end = when[0].start, when[0].end
    links = tuple(dict.fromkeys(h for ln in entry.lines for _s, _e, h in ln.links if h and not h.startswith("#")))
    for ln in entry.lines[1:]:
        if is_attribute(ln) and _LINK_LABEL.match(ln.text.lstrip("-*• ")):  # "Link: https://…", "项目地址：https://…"
            m3 = re.search(r"https?://\S+", ln.text)
            if m3:
                links = tuple(dict.fromkeys((*links, m3.group().rstrip(">"))))  # (once: "Link <https://…>" is linked already)
    return Project(name=name, role=role, start=start, end=end, links=links, evidence=(entry.start, entry.end))


def _bold_after_date(line: Line) -> str | None:
    """The bold text that follows a line's leading dates and nothing else, or None.

    >>> from kg.extract.lines import Line
    >>> _bold_after_date(Line(0, 0, 0, "2021.10 - now, Indoor Navigation Systems. (Core Member)", bold=((15, 55),)))
    'Indoor Navigation Systems. (Core Member)'
    >>> _bold_after_date(Line(0, 0, 0, "2021.10 - now, with Prof. Li, Indoor Navigation", bold=((29, 47),))) is None
    True
    """
    for s, e in line.bold:
        before = line.text[:s]
        if find_dates(before) and not re.search(r"[^\W\d_]{2}", without_dates(before)):
            return line.text[s:e].strip() or None
    return None


def projects_in_text(lines: list[Line], start: str | None = None, end: str | None = None) -> list[Project]:
    """Systems named in job descriptions and biographies."""
    out: list[Project] = []
    for ln in lines:
        for m in _NAMED_SYSTEM.finditer(ln.text):
            role = m.group("role")
            out.append(
                Project(
                    name=m.group("name"),
                    role=role[0].upper() + role[1:] if role else None,
                    start=start,
                    end=end,
                    evidence=(ln.start + m.start(), ln.start + m.end()),
                )
            )
        for m in _ZH_NAMED.finditer(ln.text):
            out.append(Project(name=m.group("name"), start=start, end=end, evidence=(ln.start + m.start(), ln.start + m.end())))
    return out
