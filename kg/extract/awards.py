"""Honours, prizes and scholarships: name, issuer, year.

An entry's date gives the year (a range gives none); a year-less award takes the
year of a News item that names it.  The issuer is a trailing organisation
("…, Alibaba Cloud, 2025", "…, HKUST") or Europass's "Title – Issuer".
"""

from __future__ import annotations

import re

from kg.extract.bilingual import bilingual_halves
from kg.extract.dates import find_dates, without_dates, year_of
from kg.extract.entries import Entry, is_attribute
from kg.extract.lexicon import AWARD_WORDS, HAN, ORG_WORDS, SENTENCE_END
from kg.extract.lines import Line
from kg.extract.names import strip_marks
from kg.extract.profile import Award

_ISSUER_HEAD = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w&'’().-]*\s+){0,6}?(?:Committee|University|Federation|Foundation|Association|Society|Institute|"
    r"Ministry|Council|Academy|College|Group|Cloud|Inc\.?|Corporation|Company|Lab|Conference)"
    r"(?:\s+(?:on|of|for|in|and)\s+(?:[A-Z][\w&'’-]*\s*){1,6})*(?:\s*\([A-Z]+\))?"
    r"|^[A-Z]{2,8}\b(?=\s*$)"
)
_SEGMENT = re.compile(r"\s*(?:\t|,|，|;|\s[-–—]\s)\s*")


_DATE_LEAD = re.compile(r"[,，]?\s*\b(?:(?:the\s+)?(?:class|cohort)\s+of|in|since)\s*(?=\0)", re.I)
_DATE_TAIL = re.compile(r"(?<=\0)\s*(?:学年度?|年度)")
_MORE_YEARS = re.compile(r"(?:\s*(?:,|，|、|&|and)\s*(?:19|20)\d{2})+[\s.]*")


_IN_PARENS = re.compile(r"[(（][^()（）]*[)）]")


def _segments(text: str) -> list[str]:
    """The parts of an award line between separators, none cut inside parentheses.

    >>> _segments("Google Scholarship ($1500, only one in Acme University), 2014")
    ['Google Scholarship ($1500, only one in Acme University)', '2014']
    """
    masked = _IN_PARENS.sub(lambda m: re.sub(r"[,，;\t]", "\x01", m.group()), text)
    out, pos = [], 0
    for m in _SEGMENT.finditer(masked):
        out.append(text[pos : m.start()])
        pos = m.end()
    out.append(text[pos:])
    return [x for x in out if x]


def without_labels(entries: list[Entry]) -> list[Entry]:
    """Entries without the label over a run of dated awards ("Academic Awards" over "Best
    Paper Award, WISA | Aug. 2015" and "Best Paper Award, CISC-W | Nov. 2020"): a label
    is an entry's undated first line when its next line and the next entry's first line
    both name an award beside their dates."""
    out = []
    for i, e in enumerate(entries):
        nxt = entries[i + 1].lines[0].text if i + 1 < len(entries) else ""
        if len(e.lines) >= 2 and e.lines[0].item < 0 and not find_dates(e.lines[0].text) \
                and _named_and_dated(e.lines[1].text) and _named_and_dated(nxt):
            e = Entry(e.lines[1:])
        out.append(e)
    return out


def _named_and_dated(text: str) -> bool:
    found = find_dates(text)
    return bool(found) and len(re.findall(r"[^\W\d_]{2,}", without_dates(text, ranges=found))) >= 2


def parse_awards(entry: Entry) -> list[Award]:
    """The awards of one awards-section entry: one, or each bold name of a sentence
    ("Received **A** and **B** at Zhejiang University")."""
    lines = [ln for ln in entry.lines if not is_attribute(ln)]
    first = lines[0] if lines else None
    lead = _AWARD_LEAD.match(first.text) if first is not None else None
    if first is None or not lead or not first.bold:
        award = parse_award(entry)
        return [award] if award else []
    date = next((r.start for r in reversed(find_dates(first.text)) if r.single and r.start), None)
    at = re.search(r"\bat\s+(?:the\s+)?(?P<org>[A-Z][^,;.]*?)(?=\s+in\s+(?:19|20)\d{2}|\s*[,;.]|\s*$)", first.text[first.bold[-1][1] :])
    issuer = at.group("org").strip() if at and ORG_WORDS.search(at.group("org")) else None
    out = []
    for s, e in first.bold:
        name = first.text[s:e].strip(" ,.;:")
        if len(name) > 3:
            out.append(Award(name=name, issuer=issuer, year=year_of(date), date=date, evidence=(first.start + s, first.start + e)))
    return out


_NOTE_CELL = re.compile(r"\s*\|\s*[(（][^()（）]*[)）](?=[\s\0]*$)")
_RANK_NOTE = re.compile(r"\s*[(（]\s*(?:top|rank(?:ed)?|前|排名|twice|thrice|\d+\s*times|\d+(?:\.\d+)?\s*%|\d+\s*/\s*\d+(?=\s*[)）]))[^()（）]*[)）]", re.I)  # (and "（13/150）")
_YEAR_LIST = re.compile(r"\0(?:\s*(?:[,，、&]|and)\s*\0)+")
_MORE_LEAD_YEARS = re.compile(r"(?<=\0)(?:\s*[、,，&和及]\s*(?:19|20)\d{2}\s*年?)+")


def parse_award(entry: Entry) -> Award | None:
    """One awards-section entry to an Award."""
    lines = [ln for ln in entry.lines if not is_attribute(ln)]
    if not lines:
        return None
    ranges = []
    for ln in lines[:2]:
        found = find_dates(ln.text)
        if found:
            # A date at the end of the line is the award's; one inside is part of its name.
            # "Ontario Graduate Scholarship, 2018, 2019": every year of the list ends the line; the first is the award's
            after = [_RANK_NOTE.sub("", ln.text[r.span[1] :]) for r in found]  # "…, 2022 (Top 0.2% nation-wide)"
            tail = [r for r, rest in zip(found, after) if not rest.strip(" ,.;)（）(\t") or re.fullmatch(r"[\s,，]*[A-Z]{2,8}\s*", rest)
                    or _MORE_YEARS.fullmatch(rest)]
            lead = [r for r in found if r.span[0] <= 1]
            if lead and tail and lead[0] not in tail and tail[0].start[:4] == lead[0].start[:4] and len(lead[0].start) >= len(tail[0].start):
                tail = []  # "2024.07 Winner of the … Challenge in CVPR 2024.": the month is the award's, the year after is the venue's
            pick = tail or (lead or ([] if len(found) > 1 else found))[:1]
            ranges.extend((ln, r) for r in pick)
    year = date = None
    if ranges:
        _, r = ranges[0]
        if r.single:
            date = r.start
            year = int(r.start[:4]) if r.start else None
    # The name lives on the first line that is not only a date.
    name_line: Line | None = None
    text = ""
    for ln in lines[:3]:
        t = ln.text
        for l2, r in sorted(ranges, key=lambda lr: -lr[1].span[0]):  # from the right: the spans stay right
            if l2 is ln:
                t = t[: r.span[0]] + "\0" + t[r.span[1] :]
        t = _MORE_LEAD_YEARS.sub("", t)  # "2021、2023年 IEEE杰出领导奖": the other years of the list
        t = _YEAR_LIST.sub("\0", _RANK_NOTE.sub("", t))  # "First Prize, 2022 & 2023 (twice)": how often or how rare, not the name
        paren_issuer, t = _date_paren(t)
        t = _DATE_LEAD.sub("\0", t)  # "…, class of 2022", "… in 2021": the words led to the date
        t = _DATE_TAIL.sub("\0", t)  # "2019-2020学年": the academic year's word
        t = _NOTE_CELL.sub("", t)  # "… | (Team GoN) \0": a note in a column of its own
        t = re.sub(r"[ \u00a0]+", " ", t.replace("\0", " ")).strip(" ,.;:*-–—\t◇•·|")
        t = re.sub(r"\s*\t\s*", "\t", t)
        t = _translation_after(t)
        halves = bilingual_halves(t)
        if halves:  # "中国科学技术大学硕士一等学业奖学金 / First-Class Academic Scholarship, USTC": the name as first written
            t = t[: halves[0][1]]
        if re.search(r"[A-Za-z\u3400-\u9fff]{2}", t):
            name_line, text = ln, t
            break
    if name_line is None:
        return None
    issuer = None
    bold = [
        name_line.text[s:e]
        for s, e in name_line.bold
        if e - s > 3 and s <= 2 and (e >= len(name_line.text.rstrip()) or name_line.text[e : e + 2].strip()[:1] in ("", ",", "，", ";", "\t", "–", "—", "-", "|"))
    ]
    europass = re.split(r"\s[–—]\s", text, maxsplit=1)
    if len(europass) == 2 and not bold:
        name, rest = europass
        m = _ISSUER_HEAD.match(rest.strip())
        issuer = m.group().strip() if m else None
    else:
        segs = _segments(text)
        # "**National Second Prize**, Lanqiao Cup Programming Contest": a bold rank says which prize, the rest of what
        generic = bool(bold) and _PRIZE_RANK.fullmatch(re.sub(r"\s*[(（][^()（）]*[)）]", "", bold[0]).strip(" ,.")) is not None and len(segs) >= 2
        name = bold[0] if bold and not generic else text
        if len(segs) >= 2:
            last = segs[-1].strip(" .")
            if (re.fullmatch(r"[A-Z]{2,8}", last) or (ORG_WORDS.search(last) and len(last.split()) <= 8)) and not re.search(
                    r"奖|赛|award|prize|medal|competition|contest|challenge|olympiad|tournament|\bcup\b", last, re.I):
                issuer = last
                if not bold or generic:
                    name = text[: text.rfind(segs[-1])].strip(" ,，;\t")
            if bold and not generic and not issuer and len(segs) >= 2 and ORG_WORDS.search(segs[1]):
                issuer = segs[1]
    issuer = issuer or paren_issuer
    name = re.sub(r"\s+", " ", name).strip(" ,，.;:\t")
    name = _CERTIFICATE.sub("", name)  # "…一等奖：[证书](a.pdf)。": the link to the certificate
    if name.count("(") > name.count(")"):
        name = name.rstrip("( ")
    name = strip_marks(name) if not re.search(r"[(（][^)）]*$", name) else name
    if not name or len(name) > 200:
        return None
    return Award(name=name, issuer=issuer, year=year, date=date, evidence=(entry.start, entry.end))


_PRIZE_RANK = re.compile(
    r"(?i)(?:(?:national|provincial|regional|international|municipal|city|university|school|college)(?:[- ]level)?\s+)?"
    r"(?:(?:first|second|third|1st|2nd|3rd|grand|special)\s+(?:prize|place|award)|(?:gold|silver|bronze)(?:\s+medal)?|"
    r"honou?rable mention|meritorious(?: winner)?|finalist|champion|runner-up|top\s+\d+(?:\.\d+)?\s*%)"
)
_CERTIFICATE = re.compile(r"\s*[:：]\s*(?:获奖)?(?:证书|certificate)\s*[。.]?$", re.I)
_LAST_PARENS = re.compile(r"[.。]?\s*[(（]([^()（）]+)[)）]\s*$")


def _translation_after(text: str) -> str:
    """The name without its Chinese translation in parentheses after it.

    >>> _translation_after("National Scholarship, Ministry of Education. (研究生国家奖学金)")
    'National Scholarship, Ministry of Education'
    >>> _translation_after("国家奖学金（硕士）"), _translation_after("Best Paper (ICDE 2020)")
    ('国家奖学金（硕士）', 'Best Paper (ICDE 2020)')
    """
    m = _LAST_PARENS.search(text)
    if m is None or not HAN.search(m.group(1)) or HAN.search(text[: m.start()]) or len(text[: m.start()].split()) < 2:
        return text
    return text[: m.start()].rstrip(" ,.;")


# The parentheses a date was cut out of ("(2024)", "(2021, GMU)", "(Spring 2019-Spring 2020)"), the cut a NUL.
_DATE_PAREN = re.compile(r"\s*[(（]\s*(?:[,，;]\s*)?(?:(?:Spring|Summer|Fall|Autumn|Winter)\s+)?\0\s*(?:[,，;]\s*)?(?P<rest>[^()（）\0]*?)\s*[)）]")


def _date_paren(text: str) -> tuple[str | None, str]:
    r"""The issuer a date's parentheses name, and the text without the parentheses: they
    held the date and nothing else, or the date and an organisation ("(2021, GMU)");
    other words in them stay ("(2019, top 8%)" -> "(top 8%)").

    >>> _date_paren("Star of Tomorrow Award (\0, Microsoft Research Asia)")
    ('Microsoft Research Asia', 'Star of Tomorrow Award')
    >>> _date_paren("Top Reviewer (\0)"), _date_paren("Top Reviewer (\0, top 8%)")
    ((None, 'Top Reviewer'), (None, 'Top Reviewer (top 8%)'))
    """
    m = _DATE_PAREN.search(text)
    if not m:
        return None, text
    rest = m.group("rest")
    if not rest:
        return None, text[: m.start()] + text[m.end() :]
    if re.fullmatch(r"[A-Z]{2,8}", rest) or (ORG_WORDS.search(rest) and len(rest.split()) <= 8 and not AWARD_WORDS.search(rest)):
        return rest, text[: m.start()] + text[m.end() :]
    return None, text[: m.start()] + f" ({rest})" + text[m.end() :]


_PHRASE_SPLIT = re.compile(r"\s*(?:[，,、;；。]|\band\b)\s*")
# Words that make a phrase the name of an award (stricter than AWARD_WORDS, which finds award sections).
AWARD_NAME = re.compile(
    r"\b(?:award|prize|medal|scholarship|fellowship|honou?rable mention|champion)s?\b|奖学金|一等奖|二等奖|三等奖|特等奖|金奖|银奖|铜奖|"
    r"优秀毕业生|优秀学生|三好学生|标兵|先进个人|优秀研究生|冠军|论文奖|成就奖|科技奖|青年奖",
    re.I,
)


def awards_in_text(lines: list[Line], *, bold_only: bool = False) -> list[Award]:
    """Awards named inside descriptions: "国家奖学金、校级一等奖学金 (GPA …)", "TA full scholarship",
    or a bold award in a biography ("recognized with the **… Award**")."""
    out: list[Award] = []
    for ln in lines:
        if bold_only:
            spans = [(s, e) for s, e in ln.bold] + [(s, e) for s, e, h in ln.links if h and not h.startswith("#")]
            for s, e in spans:
                name = ln.text[s:e].strip(" .,")
                words = len(name.split()) + len(re.findall(r"[\u3400-\u9fff]", name)) // 2  # "钱学森论文奖": three
                if AWARD_NAME.search(name) and 2 <= words <= 12 and not re.search(r"^(?:paper|code|pdf)$", name, re.I):
                    tail = ln.text[e : e + 40]
                    y = re.search(r"\b((?:19|20)\d{2})\b", name) or re.search(r"^[^.;]*?\b((?:19|20)\d{2})\b", tail)
                    out.append(Award(name=name, year=int(y.group(1)) if y else None, evidence=(ln.start + s, ln.start + e)))
            continue
        for at, name, year in award_phrases(ln.text):
            out.append(Award(name=name, year=year, evidence=(ln.start + at, ln.start + at + len(name))))
    return out


_AWARD_LEAD = re.compile(
    r"^[\s◇•·*-]*(?:(?:获得?|荣获|获评|被评为)(?:[一两二三四五六七八九十\d]+次)?|awarded(?: the)?|received(?: the)?|won(?: the)?)\s*(?:[:：]\s*)?", re.I
)


_YEAR_IN_PARENS = re.compile(r"\s*[(（]\s*((?:19|20)\d{2})\s*年?\s*[)）]")
_YEAR_FIRST = re.compile(r"((?:19|20)\d{2})\s*年?\s*[:：,，]?\s*(?=\S)")


def award_phrases(text: str) -> list[tuple[int, str, int | None]]:
    """The awards named in a sentence or a list of phrases: offset, name, and the year
    written before it: "获得两次校级一等奖学金，优秀毕业生" names two.

    >>> award_phrases("获得两次校级学习优秀一等奖学金、优秀毕业生，获得荣誉学士学位证书")
    [(4, '校级学习优秀一等奖学金', None), (16, '优秀毕业生', None)]
    >>> award_phrases("Received the Best Paper Award (with A. Lee), GPA 3.9")
    [(13, 'Best Paper Award', None)]
    >>> award_phrases("2021年 校级三好学生")
    [(6, '校级三好学生', 2021)]
    """
    original = text
    text = re.sub(r"[(（][^)）]*[)）]", lambda m: " " * len(m.group()), text)
    out: list[tuple[int, str]] = []
    pos = 0
    for m in list(_PHRASE_SPLIT.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        piece = text[pos:end]
        name = _AWARD_LEAD.sub("", piece.strip())
        y = _YEAR_FIRST.match(name)
        if y:
            name = name[y.end() :]
        name = re.sub(r"(?:多次|若干|等)$", "", name).strip(" .")
        name = re.sub(r"^(?:the|an?)\s+(?=[A-Z])", "", name)  # "and the Harvard Graduate Prize Fellowship"
        if name and AWARD_NAME.search(name) and len(name) <= 64 and len(name.split()) <= 9 and not re.search(r"GPA|排名|rank", name, re.I):
            after = re.match(r"[,，]\s*((?:19|20)\d{2})\s*[.;]?\s*(?:$|[,，;])", text[end:]) if m else None  # "…, 2021"
            paren = _YEAR_IN_PARENS.match(original, pos + piece.find(name) + len(name))  # "研究生国家奖学金（2025）"
            year = int(y.group(1)) if y else int(after.group(1)) if after else int(paren.group(1)) if paren else None
            out.append((pos + piece.find(name), name, year))
        pos = m.end() if m else len(text)
    return out


def year_from_news(award: Award, news: list[Line]) -> Award:
    """Give a year-less award the year of a News item naming it."""
    if award.year is not None or len(award.name) < 6:
        return award
    key = award.name.lower()
    for ln in news:
        if key in ln.text.lower():
            found = find_dates(ln.text)
            if found and found[0].start:
                y = int(found[0].start[:4])
                return Award(award.name, award.issuer, y, found[0].start, award.evidence)
    return award


# "received the NSF CAREER Award in 2020", "is a recipient of the Sloan Research Fellowship
# (2021)", "won the Best Paper Award at SIGMOD 2021": after such a verb, each capitalised
# name ending in Award, Prize, … up to the end of the sentence.
_PROSE_CUE = re.compile(
    r"\b(?:received|receiving|receives|won|wins|winning|awarded|recipient of|recipients of|honou?red with|named an?|selected as an?|"
    r"(?:supported|funded) by)\b"
)
_PROSE_NAME = re.compile(
    r"(?P<name>(?:[A-Z0-9][\w.'’&/+-]*\s+(?:(?:of|for|in|on|the|and|de|at|to)\s+)*){0,9}?"
    r"(?:Award|Prize|Fellowship|Medal|Scholarship|Fellow|Lectureship|Honou?rable Mention)s?\b"
    r"(?:\s+(?:Award|Prize|Fellowship|Medal|Scholarship|Program|Programme)s?\b)*"  # "… Prize Fellowship", "… Fellowship Program"
    r"(?:\s+(?:for|in|of)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w&'’-]*){0,5})?"
    r"|(?:best|outstanding|distinguished)(?: student)? paper awards?)"
    r"(?P<at>\s+(?:at|from)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}?(?:\s+(?:19|20)\d{2}|['’]\d{2})?)?"
    r"(?:\s*(?:in|\(|,)\s*(?P<y>(?:19|20)\d{2})\)?)?"
)
_ZH_PROSE_CUE = re.compile(r"(?:曾|先后|多次|还)?(?:荣获|获得|获)(?:过)?(?P<list>[^。；;]{2,120}?)(?=[。；;]|$)")
_ZH_PROSE_NAME = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年(?:度)?)?(?P<name>[\u3400-\u9fffA-Za-z0-9“”\"]{2,30}?(?:奖|奖励|称号|奖章|奖学金))$")


def is_dated_award_line(text: str) -> bool:
    """A short line naming an award and ending with its date: "学习优秀奖 | 2023.9".

    >>> is_dated_award_line("学习优秀奖 | 2023.9"), is_dated_award_line("绩点：3.80，top10")
    (True, False)
    """
    if len(text) > 80 or not AWARD_WORDS.search(text) or is_award_sentence(text):
        return False
    found = find_dates(text)
    return bool(found) and not text[found[-1].span[1] :].strip(" .;,，。)）")


def abridged_name(a: str, b: str) -> bool:
    """One Chinese name is the other with words left out: "高教杯数学建模全国二等奖" and
    "高教社杯数学建模本科组全国二等奖" (its characters, in order, in the other).

    >>> abridged_name("高教杯数学建模全国二等奖", "高教社杯数学建模本科组全国二等奖"), abridged_name("国家奖学金", "国家励志奖学金")
    (True, False)
    """
    short, long_ = sorted((a, b), key=len)
    if len(short) < 8 or not re.match(r"[\u3400-\u9fff]", short):
        return False
    rest = iter(long_)
    return all(c in rest for c in short)


def is_award_sentence(text: str) -> bool:
    """A sentence that tells of awards ("曾获得…奖学金。", "She received the … Award."), not an award's name."""
    return bool(re.match(r"(?:曾|先后|多次|还)?(?:荣获|获得|获)|(?:I|He|She|They|We)\s", text)) and len(text) > 8


def awards_in_prose(lines: list[Line]) -> list[Award]:
    """Awards a biography's sentences name, in English or Chinese.

    >>> from kg.extract.lines import build_lines
    >>> from kg.read import read_text
    >>> text = ("She received the NSF CAREER Award in 2020 and won the Sloan Research Fellowship (2021). "
    ...         "曾获2019年江苏省科学技术奖二等奖、CCF优秀博士学位论文奖，获工学博士学位。\\n")
    >>> [(a.name, a.year) for a in awards_in_prose(build_lines(read_text(text, path="a.txt")))]
    [('NSF CAREER Award', 2020), ('Sloan Research Fellowship', 2021), ('江苏省科学技术奖二等奖', 2019), ('CCF优秀博士学位论文奖', None)]
    """
    out: list[Award] = []
    for ln in lines:
        text = ln.text
        done = 0
        for cue in _PROSE_CUE.finditer(text):
            if cue.start() < done:
                continue
            end_m = SENTENCE_END.search(text, cue.end())
            end = end_m.start() if end_m else len(text)
            for m in _PROSE_NAME.finditer(text, cue.end(), end):
                name = (m.group("name") + (m.group("at") or "")).strip()
                y = m.group("y") or re.search(r"(?:19|20)\d{2}", m.group("at") or "")
                year = int(y if isinstance(y, str) else y.group()) if y else None
                out.append(Award(name=name, year=year, evidence=(ln.start + m.start(), ln.start + m.start() + len(name))))
            done = end
        if "获" not in text:
            continue
        for cue in _ZH_PROSE_CUE.finditer(text):
            pos = cue.start("list")
            for part in re.split(r"([、，,和及与])", cue.group("list")):
                m = _ZH_PROSE_NAME.fullmatch(part.strip()) if len(part) > 1 else None
                if m:
                    at = pos + part.find(m.group("name"))
                    out.append(Award(name=m.group("name"), year=int(m.group("y")) if m.group("y") else None, evidence=(ln.start + at, ln.start + at + len(m.group("name")))))
                pos += len(part)
    return out
