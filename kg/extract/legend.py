"""The legend of a paper list: what the marks after authors' names mean
("† : equal contribution, * : corresponding author", "共同第一作者", "通讯作者")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lines import Line

__all__ = ["LEGEND_WORDS", "Legend", "read_legend"]

LEGEND_WORDS = re.compile(r"equal contribution|co-?first|corresponding|共同第一|同等贡献|通讯作者|alphabetic", re.I)


@dataclass(frozen=True)
class Legend:
    """What the marks after authors' names mean."""

    equal: frozenset[str] = frozenset({"*", "†"})
    corresponding: frozenset[str] = frozenset({"#", "✉"})


def read_legend(lines: list[Line]) -> Legend:
    """The mark legend of a paper list, e.g. "† : equal contribution, * : corresponding author".

    >>> from kg.extract.lines import Line
    >>> read_legend([Line(0, 0, 10, "† : equal contribution, * : corresponding author")]).equal
    frozenset({'†'})
    """
    equal: set[str] = set()
    corr: set[str] = set()
    for ln in lines:
        if not LEGEND_WORDS.search(ln.text) or len(ln.text) > 200:
            continue
        for m in re.finditer(r"([*†‡#✉§¶∗+])\s*(?:[:：=]|represents?|indicates?|indicating|denotes?|means|表示)?\s*([^,;，；*†‡#✉§¶∗+]{0,40})", ln.text):
            mark, meaning = m.group(1), m.group(2).lower()
            mark = "*" if mark == "∗" else mark
            if re.search(r"correspond|通讯", meaning):
                corr.add(mark)
            elif re.search(r"equal|co-?first|共同第一|同等|alphabet", meaning):
                equal.add(mark)
    if not equal and not corr:
        return Legend()
    base = Legend()
    return Legend(frozenset(equal) or (base.equal - corr), frozenset(corr) or (base.corresponding - equal))
