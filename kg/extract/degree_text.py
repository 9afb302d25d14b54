"""A degree as an entry's segment writes it: the degree's words ("PhD Candidate", "Doctor of
Philosophy (Ph.D.)", "学术型硕士研究生"), its subject ("in Physics"), a department written as
the subject, and the organisation written before or after it in the same segment."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import DEGREE_RE, HAN, ORG_WORDS, ZH_DEGREE_NAME, ZH_UNIT_END, degree_level


@dataclass(frozen=True)
class DegreeText:
    """What one segment says of a degree.

    degree: the degree as written ("Ph.D.", "PhD Candidate", "硕士学位"); level: its level.
    field: the subject, or None when the segment names none.
    unit: a department written as the subject ("B.S. in Department of X"), or None.
    org_after: the segment's text after the degree when it names an organisation
    ("BACHELOR Peking University"), else None; org_before likewise, before the degree.
    """

    degree: str
    level: str | None
    field: str | None = None
    unit: str | None = None
    org_after: str | None = None
    org_before: str | None = None


_MORE = re.compile(r"(?:(?:student|(?:pre-?)?candidate)\b|\([A-Z][A-Za-z.]{1,10}\))\s*(?=(?:in|of)\s)", re.I)
_SUBJECT = re.compile(r"^(?:degree\s+)?(?:in|of)\s+(?:in\s+)?(.+)$", re.I)  # (and "M.S. in in Hydrology", as written)
_DEPARTMENT = re.compile(r"^(?:the\s+)?(?:Department|Dept\.?|School|College|Faculty)\s+of\s+(?:the\s+)?(.+)$", re.I)
_STATUS = re.compile(r"(?:在读|current|incoming|prospective|first-year|second-year)", re.I)
_EARNING = re.compile(
    r"(?:currently\s+)?(?:pursuing|obtained|received|completed|earned|got|studying for|working towards?|holds?|did)"
    r"(?:\s+(?:a|an|my|the|his|her))?",
    re.I,
)


_ABBREVIATED = re.compile(r"(?:[A-Z][a-z]{0,3}\.?\s?){1,4}")
# a subject written before its degree; not a kind of degree ("Joint PhD", "Research Master")
_SUBJECT_BEFORE = re.compile(r"(?!(?:Joint|Dual|Double|Integrated|Combined|Research|Professional|Executive|Visiting|Exchange|Honou?rs|"
                             r"Current|Incoming|Prospective|Former|Taught|Postgraduate|Graduate|Undergraduate|Academic|Full|Part)\b)"
                             r"[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|and|&))*")


def read_degree(s: str, dm: re.Match[str]) -> DegreeText:
    """Read the segment ``s`` around the degree ``dm`` (a ``DEGREE_RE`` match in it).

    >>> d = read_degree("PhD Candidate in Genomics", DEGREE_RE.search("PhD Candidate in Genomics"))
    >>> d.degree, d.level, d.field
    ('PhD Candidate', 'phd', 'Genomics')
    >>> d = read_degree("B.S. in Department of Polymer Science", DEGREE_RE.search("B.S. in Department of Polymer Science"))
    >>> d.unit, d.field
    ('Department of Polymer Science', 'Polymer Science')
    >>> read_degree("学术型硕士研究生", DEGREE_RE.search("学术型硕士研究生")).degree
    '学术型硕士研究生'
    """
    field = unit = org_after = org_before = None
    rest_before = s[: dm.start()].strip(" ,")
    rest = s[dm.end() :].strip()
    degree = s[dm.start() : dm.end()].strip()
    # "PhD Candidate in Genomics", "Doctor of Philosophy (Ph.D.) in Bioinformatics": the degree goes on
    more = _MORE.match(rest)
    if more:
        degree, rest = f"{degree} {more.group().strip()}", rest[more.end() :]
    colon = re.match(r"[:：]\s*([A-Z][\w&' -]{1,60})$", rest)
    if colon and not ORG_WORDS.search(colon.group(1)):
        field, rest = colon.group(1).strip(), ""  # "Doctor of Science: Astronomy"
    # "Ph.D. in Electrical Engineering", "B.S. in Math & CS", "Bachelor's degree in Automation"
    m = _SUBJECT.match(rest)
    dept = _DEPARTMENT.match(m.group(1)) if m else None
    if dept:
        # "B.S. in Department of Polymer Science": the department is the unit, its subject the field
        unit, field, rest = m.group(1).strip(" ."), dept.group(1).strip(" ."), ""
    elif m:
        field, rest = m.group(1).strip(" ."), ""
    elif (caps := re.fullmatch(r"\(\s*([A-Z][A-Z &,-]{3,50}?)\s*\)", rest)) and not re.fullmatch(r"HONS|HONOU?RS|DISTINCTION|MERIT|EXPECTED|ONGOING", caps.group(1)):
        field, rest = caps.group(1), ""  # "Ph.D. (STATISTICS)": the subject in capitals
    elif (on := re.fullmatch(r"on\s+([A-Z].{2,100})", rest)) and not ORG_WORDS.search(on.group(1)):
        field, rest = on.group(1).strip(" ."), ""  # "Ph.D on Algorithms for Decision Trees": its subject
    elif rest and ORG_WORDS.search(rest):
        org_after, rest = rest, ""  # "BACHELOR Peking University (PKU)"
    elif rest and re.match(r"^(?:student|candidate|研究生|student\b)", rest, re.I):
        degree, rest = f"{degree} {rest}".strip(), ""
    elif rest and re.fullmatch(r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|in|for|&))*", rest) and _ABBREVIATED.fullmatch(degree):
        field, rest = rest, ""  # "B.E. Control Science and Engineering": an abbreviated degree, then its subject
    if not rest_before or _STATUS.fullmatch(rest_before) or _EARNING.fullmatch(rest_before):
        pass  # "Pursuing a master's degree", "Obtained a Bachelor's degree": the degree is the rest
    elif field is None and _SUBJECT_BEFORE.fullmatch(rest_before) and _ABBREVIATED.fullmatch(degree) and not ORG_WORDS.search(rest_before):
        field = rest_before  # "Natural Sciences M.Sci.", "Physics BSc": the subject, then the degree
    elif not ORG_WORDS.search(rest_before):
        degree = join_words(rest_before, degree)  # "学术型" + "硕士研究生"
    else:
        org_before = rest_before
    field = unquote(field)
    written = join_words(degree, rest) if rest else degree
    level = degree_level(written)  # ("M.S. & Ph.D.": the combined programme's doctorate)
    return DegreeText(written, level, field, unit, org_after, org_before)  # "硕士" + "学位"


def unquote(field: str | None) -> str | None:
    """A subject written in quotes, without them ("Research Master 'Methodology and Statistics'").

    >>> unquote("'Methodology and Statistics'"), unquote("Physics")
    ('Methodology and Statistics', 'Physics')
    """
    if field and len(field) > 2 and field[0] in "'\"‘“" and field[-1] in "'\"’”":
        return field[1:-1].strip()
    return field


def abbreviates(s: str, degree: str | None) -> bool:
    """"MS" after "Master of Science", "BTech" after "Bachelor of Technology": one degree
    written in full, then short (two short forms are two degrees: "BS, BEc").

    >>> abbreviates("MS", "Master of Science"), abbreviates("PhD", "Doctor of Philosophy"), abbreviates("BEc", "BS")
    (True, True, False)
    """
    if not degree or " " in s.strip() or not re.match(r"(?i)(?:master|bachelor|doctor)\b.*\bof\b", degree):
        return False
    dm = DEGREE_RE.fullmatch(s.strip())
    return dm is not None and degree_level(s) == degree_level(degree)


_HAN_END = re.compile(r"[\u3400-\u9fff]$")


def join_words(a: str, b: str) -> str:
    """Two pieces of text joined as words: with a space, but none between Chinese characters.

    >>> join_words("硕士", "学位"), join_words("Ph.D.", "student")
    ('硕士学位', 'Ph.D. student')
    """
    sep = "" if _HAN_END.search(a) and HAN.match(b) else " "
    return f"{a}{sep}{b}".strip()


# "获西北工业大学软件工程学士学位", "获华中科技大学计算机学院博士学位": a degree stated as a sentence
_ZH_GOT = re.compile(
    r"(?:于|在)?\s*(?:获|取得)(?:得|授)?了?(?P<org>[\u3400-\u9fff（）()]{2,30}?(?:大学|学院|研究院|研究所|科学院))"
    r"(?P<field>[\u3400-\u9fff]{0,14}?)(?P<deg>" + ZH_DEGREE_NAME + r")学位"
)


def chinese_degree_statement(s: str) -> tuple[str, str | None, str | None, str] | None:
    """A segment that states a degree as a sentence: (institution, unit, field, degree), or None.

    >>> chinese_degree_statement("获西北工业大学软件工程学士学位")
    ('西北工业大学', None, '软件工程', '学士')
    >>> chinese_degree_statement("获华中科技大学计算机学院工学博士学位"), chinese_degree_statement("华中科技大学")
    (('华中科技大学', '计算机学院', None, '工学博士'), None)
    """
    if "学位" not in s:
        return None
    m = _ZH_GOT.fullmatch(s.strip(" 。."))
    if not m:
        return None
    field = m.group("field") or None
    unit = None
    if field and ZH_UNIT_END.search(field):
        unit, field = field, None
    return m.group("org"), unit, field, m.group("deg")
