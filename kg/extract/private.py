"""Private data in a profile: street addresses and national identity numbers (phone
numbers are found beside the other contacts, in ``contacts``).

They are recognised so that later stages can keep them out of the graph, the exports
and the pages unless the user opts in (``--include-private``); a quote that contains
one is redacted.

>>> from kg.extract.lines import build_lines
>>> from kg.read import read_text
>>> doc = read_text("Address: 221B Baker Street, London NW1 6XE\\n身份证号：11010519491231002X\\n", path="a.txt")
>>> [f.value for f in find_addresses(build_lines(doc))], [f.value for f in find_national_ids(build_lines(doc))]
(['221B Baker Street, London NW1 6XE'], ['11010519491231002X'])
"""

from __future__ import annotations

import re

from kg.extract.contacts import Found
from kg.extract.guarded import Guarded
from kg.extract.lines import Line

_ADDRESS_LABEL = Guarded(re.compile(
    r"(?:(?:home|postal|mailing|street|permanent|current|correspondence)\s+)?address\s*[:：]\s*|"
    r"(?:家庭|通讯|通信|联系|现|户籍|居住|邮寄)?(?:地址|住址)\s*[:：]\s*",
    re.I,
), ("address", "地址", "住址"))
_STREET_EN = re.compile(
    r"\d(?<!\w\d)\d{0,4}[A-Za-z]?(?:[-/]\d{1,4})?,?\s+(?:[A-Z][\w'.-]*\s+){1,4}"  # \d(?<!\w\d) is \b\d, faster
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.?|Lane|Ln\.|Drive|Dr\.|Way|Court|Ct\.|Place|Pl\.|Terrace|Square|Sq\.|"
    r"Straße|Strasse|Str\.|Weg|Allee|Gasse|Platz|Rue|Via|Calle)\b(?:[^\n;|]{0,60}?\b\d{4,6}\b)?"
)
_STREET_ZH = Guarded(re.compile(r"[\u4e00-\u9fff]{2,24}?(?:路|街|大道|大街|巷|弄|胡同)\s*\d{1,5}\s*(?:号|號)(?:[\u4e00-\u9fff\d\-]{0,20}(?:室|楼|单元|栋|座))?"), ("号", "號"))
_ID_LABEL = Guarded(re.compile(
    r"(?:身份证(?:号码|号)?|居民身份证|护照(?:号码|号)?|证件号(?:码)?|national\s+id(?:entity)?(?:\s+(?:no\.?|number|card))?|"
    r"id\s+(?:card\s+)?(?:no\.?|number)|passport\s+(?:no\.?|number)|social\s+security(?:\s+number)?|ssn)\s*[:：#]?\s*",
    re.I,
), ("身份证", "护照", "证件号", "id", "passport", "social", "ssn"))
_ID_VALUE = re.compile(r"[A-Z0-9][A-Z0-9\- ]{5,22}[A-Z0-9]", re.I)
_CN_ID = re.compile(r"(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)")
_MAY_BE_ADDRESS = re.compile(r"\d|[路街号號]")  # every address form below has a number or one of these
_MAY_BE_ID = re.compile(r"\d{3}")
_DIGITS17 = re.compile(r"\d{17}")  # every Chinese resident id has 17 digits in a row
_SSN = Guarded(re.compile(r"(?<!\d)(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?!\d)"), ("-",))


def cn_id_valid(number: str) -> bool:
    """Whether an 18-character Chinese resident identity number has a correct check digit
    (ISO 7064 MOD 11-2).

    >>> cn_id_valid("11010519491231002X"), cn_id_valid("110105194912310021")
    (True, False)
    """
    if not re.fullmatch(r"\d{17}[\dXx]", number):
        return False
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(number[:17], weights)) % 11]
    return number[17].upper() == check


def find_addresses(lines: list[Line]) -> list[Found]:
    """Street addresses: a labelled address, or a numbered street (English, German, French,
    Spanish, Italian names) or a Chinese 路/街 …号 address."""
    out: dict[str, Found] = {}
    for ln in lines:
        text = ln.text
        if not _MAY_BE_ADDRESS.search(text):
            continue
        m = _ADDRESS_LABEL.search(text)
        if m and m.end() < len(text):
            value = re.split(r"\s{3,}|\s[|·•]\s|(?:电话|手机|邮箱|E-?mail|Phone|Tel)\s*[:：]", text[m.end() :], maxsplit=1, flags=re.I)[0].strip(" ,;，；")
            if len(value) >= 6 and re.search(r"\d|[路街号區区市省]|Street|Road|Ave", value):
                out.setdefault(value, Found(value, (ln.start + m.end(), ln.start + m.end() + len(value))))
                continue
        for pattern in (_STREET_EN, _STREET_ZH):
            for s in pattern.finditer(text):
                value = s.group().strip(" ,;，；")
                out.setdefault(value, Found(value, (ln.start + s.start(), ln.start + s.start() + len(value))))
    return list(out.values())


def find_national_ids(lines: list[Line]) -> list[Found]:
    """National identity numbers: Chinese resident ids (check digit verified), US social
    security numbers, and labelled id or passport numbers."""
    out: dict[str, Found] = {}
    for ln in lines:
        text = ln.text
        if not _MAY_BE_ID.search(text):
            continue
        for m in _CN_ID.finditer(text) if _DIGITS17.search(text) else ():
            if cn_id_valid(m.group()):
                out.setdefault(m.group(), Found(m.group(), (ln.start + m.start(), ln.start + m.end())))
        labelled = _ID_LABEL.search(text)
        for m in _SSN.finditer(text):
            if labelled or re.search(r"\bSSN\b|social security", text, re.I):
                out.setdefault(m.group(), Found(m.group(), (ln.start + m.start(), ln.start + m.end())))
        if labelled:
            v = _ID_VALUE.match(text, labelled.end())
            if v and sum(c.isdigit() for c in v.group()) >= 5:
                value = v.group().strip()
                out.setdefault(value, Found(value, (ln.start + v.start(), ln.start + v.start() + len(value))))
    return list(out.values())
