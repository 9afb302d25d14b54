"""Skills: the items of a Skills / 技术栈 / 技术能力 section, category labels removed."""

from __future__ import annotations

import re

from kg.extract.lines import Line

_LABEL = re.compile(r"^[\s•◇·\-*]*(?:[A-Za-z][A-Za-z &/()-]{1,30}|[\u3400-\u9fff]{1,8})\s*[:：]\s*")
_SPLIT = re.compile(r"\s*(?:,|，|、|;|；|\s/\s|/(?=[A-Z])|\s{2,}|\t|\|)\s*")
_SUBLIST = re.compile(r"\s*\(([^()]*[,，、][^()]*)\)")
_PLACEHOLDER = re.compile(r"(?:sub-?)?skill\s*\d+(?:\.\d+)*", re.I)  # a site template's "Skill 1", "Sub-skill 2.1"
_LEAD = re.compile(r"^(?:熟悉|熟练掌握|掌握|了解|精通|familiar with|proficient in|experienced in)\s*", re.I)


def extract_skills(lines: list[Line]) -> list[str]:
    """Short skill names from skills-section lines.

    >>> from kg.extract.lines import Line
    >>> extract_skills([Line(0, 0, 0, "编程语言: Golang、C++、Python"), Line(1, 0, 0, "•工具: Linux, Git, Docker")])
    ['Golang', 'C++', 'Python', 'Linux', 'Git', 'Docker']
    >>> extract_skills([Line(0, 0, 0, "Programming", item=0), Line(1, 0, 0, "Python", item=1),
    ...                 Line(2, 0, 0, "Stochastic modeling and simulation", item=1)])
    ['Python', 'Stochastic modeling and simulation']
    """
    out: list[str] = []
    for i, ln in enumerate(lines):
        if 0 <= ln.item < (lines[i + 1].item if i + 1 < len(lines) else -1):
            continue  # "* Programming" over "  * Python": a category's label
        text = _LABEL.sub("", ln.text)
        text = _SUBLIST.sub(r", \1", text)  # "Python (PyTorch, Pandas)": the language and its libraries
        text = re.sub(r"\$\\text\{\\LaTeX\}\$|\\LaTeX", "LaTeX", text)
        parts = _SPLIT.split(text)
        # an item that is one skill may be a longer phrase ("Stochastic modeling and simulation")
        most = (50, 6) if ln.item >= 0 and len(parts) == 1 and not text.rstrip().endswith((".", "。")) else (30, 4)
        for part in parts:
            part = _LEAD.sub("", part.strip(" .。•◇*"))
            part = part.strip(" .。")
            if not part or _PLACEHOLDER.fullmatch(part) or len(part) > most[0] or len(part.split()) > most[1]:
                continue
            if re.search(r"[。，]|的|有|经验", part):
                continue
            if part not in out:
                out.append(part)
    return out
