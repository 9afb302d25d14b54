"""A line written twice, in Chinese and in English, parted by a spaced slash:
"阿里巴巴 Qwen 算法实习生 / Algorithm Intern at Alibaba Qwen", "中国科学技术大学硕士一等学业奖学金 /
First-Class Academic Scholarship, USTC".  The two halves say the same thing; a reader takes one."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import HAN

_SLASH = re.compile(r"(?:\s+|(?<=[）)]))/\s+")
_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=8192)
def bilingual_halves(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the two halves of a line written in both languages, or None.

    The first half is mostly Chinese and the second has no Chinese at all, or the other way
    round; a slash between two English names ("Tsinghua / Peking University") parts nothing.

    >>> t = "阿里巴巴算法实习生 / Algorithm Intern at Alibaba"
    >>> [t[a:b] for a, b in bilingual_halves(t)]
    ['阿里巴巴算法实习生', 'Algorithm Intern at Alibaba']
    >>> bilingual_halves("RLHF / PPO / GRPO"), bilingual_halves("CV / NLP 方向")
    (None, None)
    """
    if "/" not in text or not HAN.search(text):
        return None
    m = _SLASH.search(text)
    if m is None or _SLASH.search(text, m.end()):
        return None
    a, b = text[: m.start()], text[m.end() :]
    if not (_mostly_chinese(a) and _english(b) or _english(a) and _mostly_chinese(b)):
        return None
    return (0, m.start()), (m.end(), len(text))


def _mostly_chinese(s: str) -> bool:
    han = len(HAN.findall(s))
    return han >= 2 and han * 2 >= len(_LATIN.findall(s)) // 3


def _english(s: str) -> bool:
    return HAN.search(s) is None and len(_LATIN.findall(s)) >= 4
