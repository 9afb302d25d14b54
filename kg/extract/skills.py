"""Skills: the items of a Skills / 技术栈 / 技术能力 section, category labels removed."""

from __future__ import annotations

import re

from kg.extract.lines import Line

_LABEL = re.compile(r"^[\s•◇·\-*]*(?:[A-Za-z][A-Za-z &/()-]{1,30}|(?:[A-Za-z][A-Za-z0-9/-]{0,10}\s?)?[\u3400-\u9fff]{1,8})\s*[:：]\s*")  # (and "EDA 工具：")
_SPLIT = re.compile(r"\s*(?:,|，|、|;|；|\s/\s|/(?=[A-Z])|\s{2,}|\t|\|)\s*")
_SUBLIST = re.compile(r"\s*\(([^()]*[,，、][^()]*)\)")
_HONOURS_LABEL = re.compile(r"比赛|竞赛|获奖|荣誉|奖项|awards?\b|honou?rs|competitions?", re.I)
_PLACEHOLDER = re.compile(r"(?:sub-?)?skill\s*\d+(?:\.\d+)*", re.I)  # a site template's "Skill 1", "Sub-skill 2.1"
_LEAD = re.compile(r"^(?:熟悉|熟练掌握|熟练使用|掌握|了解|精通|(?:近期|平时|日常)?常用|familiar with|proficient in|experienced in)\s*", re.I)


def extract_skills(lines: list[Line]) -> list[str]:
    """Short skill names from skills-section lines.

    >>> from kg.extract.lines import Line
    >>> extract_skills([Line(0, 0, 0, "编程语言: Golang、C++、Python"), Line(1, 0, 0, "•工具: Linux, Git, Docker")])
    ['Golang', 'C++', 'Python', 'Linux', 'Git', 'Docker']
    >>> extract_skills([Line(0, 0, 0, "EDA 工具：Vivado / Verdi"), Line(1, 0, 0, "编程语言: 近期常用Go"), Line(2, 0, 0, "技能比赛: 2021年数学建模美赛一等奖")])
    ['Vivado', 'Verdi', 'Go']
    >>> extract_skills([Line(0, 0, 0, "掌握RDKit, OpenBabel及MOE等化学信息学工具；"), Line(1, 0, 0, "掌握 Python编程语言及相关项目开发")])
    ['RDKit', 'OpenBabel', 'MOE', 'Python']
    >>> extract_skills([Line(0, 0, 0, "Programming", item=0), Line(1, 0, 0, "Python", item=1),
    ...                 Line(2, 0, 0, "Stochastic modeling and simulation", item=1)])
    ['Python', 'Stochastic modeling and simulation']
    """
    out: list[str] = []
    for i, ln in enumerate(lines):
        if 0 <= ln.item < (lines[i + 1].item if i + 1 < len(lines) else -1):
            continue  # "* Programming" over "  * Python": a category's label
        label = _LABEL.match(ln.text)
        if label and _HONOURS_LABEL.search(label.group()):
            continue  # "专业技能比赛: 2021年数学建模美赛 一等奖": prizes won, not skills
        text = ln.text[label.end() :] if label else ln.text
        text = _SUBLIST.sub(r", \1", text)  # "Python (PyTorch, Pandas)": the language and its libraries
        text = re.sub(r"\$\\text\{\\LaTeX\}\$|\\LaTeX", "LaTeX", text)
        parts = _SPLIT.split(text)
        # an item that is one skill may be a longer phrase ("Stochastic modeling and simulation")
        most = (50, 6) if ln.item >= 0 and len(parts) == 1 and not text.rstrip().endswith((".", "。")) else (30, 4)
        for part in (p for whole in parts for p in _named_tools(_LEAD.sub("", whole.strip(" .。；;•◇*")))):
            part = part.strip(" .。；;")
            if not part or _PLACEHOLDER.fullmatch(part) or len(part) > most[0] or len(part.split()) > most[1]:
                continue
            if re.search(r"[。，]|的|有|经验", part):
                continue
            if part not in out:
                out.append(part)
    return out


_AND_HAN = re.compile(r"(?<=[A-Za-z0-9+#)])\s*[及和与]\s*(?=[A-Za-z])")
_LATIN_THEN_HAN = re.compile(r"([A-Za-z][\w+#.\- ]*?)\s*[\u3400-\u9fff]{2,}.*")


def _named_tools(part: str) -> list[str]:
    """The tools a Chinese phrase names: "RDKit及MOE等化学信息学工具" -> RDKit, MOE;
    "Python编程语言及相关项目开发" -> Python; a phrase in Chinese only stays whole."""
    if not re.search(r"[A-Za-z]", part) or not re.search(r"[\u3400-\u9fff]", part):
        return [part]
    out = []
    for piece in _AND_HAN.split(part):
        m = _LATIN_THEN_HAN.fullmatch(piece.strip())
        out.append(m.group(1).strip() if m else piece)
    return out
