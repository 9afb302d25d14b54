"""Citations written in the Chinese standard style (GB/T 7714):
"作者, 作者. 题名[J]. 刊名, 2023, 46(5): 1-10.", also with "，" and "。", and English ones
with the style's marks ("Sun H, Zhou X. Title[C]//Proceedings of EuroSys. 2025: 1-15.")."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import HAN
from kg.extract.names import looks_like_author_list, split_authors

__all__ = ["chinese_citation"]

# Sentences end at "。" or at a full stop before a blank or a Chinese character.
_ZH_SENTENCE_END = re.compile(r"\s*(?:。|\.(?=\s|[\u3400-\u9fff]|$))\s*")
_ZH_YEAR_FIELD = re.compile(r"(?:^|(?<=[,，.]\s)|(?<=[,，]))(?:19|20)\d{2}(?=\s*(?:[,，:：;(（]|$))")
_DOC_TYPE = re.compile(r"\s*\[(?:J|C|D|M|R|P|S|N|Z|A|EB/OL|J/OL|C/OL|M/OL)\]\s*(?://\s*)?")


@lru_cache(maxsize=4096)
def chinese_citation(text: str) -> tuple[list[str], str, str] | None:
    """Authors, title and venue of a citation written the Chinese way, or None
    (``text``: the line without its citation number and link labels).

    >>> chinese_citation("周晓雯, 孙浩. 大模型推理的显存管理方法[J]. 计算机学报, 2023, 46(5): 1021-1035.")
    (['周晓雯', '孙浩'], '大模型推理的显存管理方法', '计算机学报, 2023')
    >>> chinese_citation("周晓雯，李明。一种弹性训练系统的设计与实现。计算机研究与发展，2022。")
    (['周晓雯', '李明'], '一种弹性训练系统的设计与实现', '计算机研究与发展，2022')
    >>> chinese_citation("Sun H, Zhou X. Elastic Pipelines[C]//Proceedings of EuroSys. 2025: 1-15.")
    (['Sun H', 'Zhou X'], 'Elastic Pipelines', 'Proceedings of EuroSys. 2025')
    >>> chinese_citation("Sun H. Range Filters[C]//Proceedings of the 2024 Conference on Data. 2024: 1-14.")[2]
    'Proceedings of the 2024 Conference on Data. 2024'
    """
    marked = _DOC_TYPE.search(text)  # "[J]", "[C]//": the style's own marks, also in English citations
    if not (HAN.search(text) or marked):
        return None
    parts = [p for p in _ZH_SENTENCE_END.split(text.strip()) if p.strip(" .。")]
    if len(parts) < 2 or looks_like_author_list(parts[0]) < (0.5 if marked else 0.75) or looks_like_author_list(parts[1]) >= 0.5:
        return None
    title, venue = parts[1], ". ".join(parts[2:])
    typed = _DOC_TYPE.search(title)
    if typed:  # "题名[C]//会议录" : the proceedings follow the mark
        title, venue = title[: typed.start()], ". ".join(x for x in (title[typed.end() :], venue) if x)
    elif len(parts) < 3:
        return None
    if not (HAN.search(title) or HAN.search(parts[0]) or typed) or len(title) < 4:
        return None
    year = _ZH_YEAR_FIELD.search(venue)  # the year field ends the venue; volume and pages follow it
    return [a.name for a in split_authors(parts[0])], title.strip(), (venue[: year.end()] if year else venue).strip(" ,，")
