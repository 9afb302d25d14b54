"""Skills: the items of a Skills / 技术栈 / 技术能力 section, category labels removed."""

from __future__ import annotations

import re

from kg.extract.lines import Line

_LABEL = re.compile(r"^[\s•◇·\-*]*(?:[A-Za-z][A-Za-z &/()-]{1,30}|[\u3400-\u9fff]{1,8})\s*[:：]\s*")
_SPLIT = re.compile(r"\s*(?:,|，|、|;|；|\s/\s|/(?=[A-Z])|\s{2,}|\t|\|)\s*")
_LEAD = re.compile(r"^(?:熟悉|熟练掌握|掌握|了解|精通|familiar with|proficient in|experienced in)\s*", re.I)


def extract_skills(lines: list[Line]) -> list[str]:
    """Short skill names from skills-section lines.

    >>> from kg.extract.lines import Line
    >>> extract_skills([Line(0, 0, 0, "编程语言: Golang、C++、Python"), Line(1, 0, 0, "•工具: Linux, Git, Docker")])
    ['Golang', 'C++', 'Python', 'Linux', 'Git', 'Docker']
    """
    out: list[str] = []
    for ln in lines:
        text = _LABEL.sub("", ln.text)
        text = re.sub(r"\$\\text\{\\LaTeX\}\$|\\LaTeX", "LaTeX", text)
        for part in _SPLIT.split(text):
            part = _LEAD.sub("", part.strip(" .。•◇*"))
            part = part.strip(" .。")
            if not part or len(part) > 30 or len(part.split()) > 4:
                continue
            if re.search(r"[。，]|的|有|经验", part):
                continue
            if part not in out:
                out.append(part)
    return out
