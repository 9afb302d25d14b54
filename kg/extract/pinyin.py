"""Chinese names in pinyin, with the surname readings a plain pinyin library gets wrong.

As surnames 曾 is Zeng (not Ceng), 单 Shan, 解 Xie, 区 Ou, 仇 Qiu, 朴 Piao, 查 Zha,
and so on; compound surnames (欧阳, 司马, 诸葛 …) are read as one.  The given name is
written as one word ("余英豪" -> "Yinghao Yu"), as Chinese names are in English.
"""

from __future__ import annotations

import re
from functools import lru_cache

SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao", "查": "zha", "盖": "ge",
    "乐": "yue", "尉": "yu", "覃": "qin", "缪": "miao", "翟": "zhai", "单于": "chanyu", "万俟": "moqi", "秘": "bi",
    "员": "yun", "宓": "fu", "繁": "po", "召": "shao", "黑": "he", "折": "she", "长孙": "zhangsun", "尉迟": "yuchi",
    "沈": "shen", "任": "ren", "柏": "bai", "薄": "bo", "种": "chong", "过": "guo", "华": "hua", "纪": "ji",
    "陆": "lu", "牟": "mou", "那": "na", "隗": "wei", "洗": "xian", "冼": "xian", "肖": "xiao",
}
COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
    "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "赫连", "澹台", "太史", "申屠", "闻人", "濮阳", "万俟",
    "钟离", "宗政", "拓跋", "第五", "单于", "司空", "东郭", "公羊", "淳于",
)
_CJK_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")


def split_chinese_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a name in Chinese characters, or None.

    >>> split_chinese_name("欧阳娜娜"), split_chinese_name("王威")
    (('欧阳', '娜娜'), ('王', '威'))
    """
    if not _CJK_NAME.match(name):
        return None
    for compound in COMPOUND_SURNAMES:
        if name.startswith(compound) and len(name) > len(compound):
            return compound, name[len(compound) :]
    return name[0], name[1:]


@lru_cache(maxsize=16384)
def romanize(name: str) -> str | None:
    """The usual English form of a Chinese name: given name first, then surname.

    >>> romanize("王威"), romanize("余英豪"), romanize("曾小明"), romanize("单田芳"), romanize("欧阳娜娜")
    ('Wei Wang', 'Yinghao Yu', 'Xiaoming Zeng', 'Tianfang Shan', 'Nana Ouyang')
    >>> romanize("Wei Wang") is None
    True
    """
    parts = split_chinese_name(name)
    if parts is None:
        return None
    from pypinyin import lazy_pinyin

    surname, given = parts
    family = SURNAME_READINGS.get(surname) or "".join(lazy_pinyin(surname))
    given_py = "".join(lazy_pinyin(given))
    return f"{given_py.capitalize()} {family.capitalize()}"
