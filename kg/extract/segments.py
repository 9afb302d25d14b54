"""The head line of a dated entry cut into segments (columns): at ``|``, commas, tabs,
wide or single spaces between Chinese characters and spaced dashes, and where a bold,
linked or classed span ends; a place written after a name is a segment of its own,
and the parts of a place, or of a known institution's name ("University of
California, Berkeley"), are joined again."""

from __future__ import annotations

import re

from kg.extract.lexicon import DEGREE_RE, ORG_WORDS, TITLE_WORDS, institution_names, is_named_org
from kg.extract.lines import Line
from kg.extract.places import is_place, is_town, town_in_place

__all__ = ["segments"]

# a bare word for a school before a town: "Universität Heidelberg" is one name
_ORG_WORD_ONLY = re.compile(r"(?:Technische\s+|Freie\s+|Ludwig-Maximilians-\s*)?(?:Universit\w+|Universidad|University|Uniwersytet|Hochschule|[ÉE]cole|Politecnico|Gymnasium)", re.I)
# a system whose campuses are institutions of their own: "Indian Institute of Technology, Delhi"
_CAMPUS_SYSTEM = re.compile(
    r"(?:Indian Institute of (?:Technology|Information Technology|Management|Science Education and Research)|National Institute of Technology"
    r"|University of California|Université Paris|Universit(?:é|y of) Lyon)"
)
# "University of Cambridge: Natural Sciences M.Sci.": a name, a colon, then the rest
_ORG_COLON = re.compile(r"\s*([^:：|\t]{3,80}?)[:：]\s")
# Column separators; Chinese has no spaces between words, so one space between two
# characters separates columns too ("2023.09-至今 北京大学 软件工程 硕士").
_SPLIT = re.compile(
    r"\s*(?:\||｜|,|，|;|；|\t|[ \u3000]{2,}|\s[-–—]\s|·|•|(?<=[a-z]{2})\.\s+(?=[A-Z])|(?:(?<=[\u3400-\u9fff）])|(?<=[\u3400-\u9fff]\))) (?=[\u3400-\u9fff]))\s*"
)
_COMMA = re.compile(r"\s*[,，]\s*")
# the comma before a company's legal form ("Co., Ltd.", "Acme, Inc.") is part of its name
_LEGAL_FORM = re.compile(r"(?<=\w\.|\w\w),(?=\s?(?:Ltd|Inc|LLC|GmbH|Pvt|PLC|S\.A|Co)\b\.?)")
_DEGREE_IN_PARENS = re.compile(r"(?<=\S)\s?[(（]([^()（）]{2,12})[)）](?=\s*(?:$|[|｜,，;；\t·•]))")


def _degree_apart(m: re.Match[str]) -> str:
    """"西文大学（硕士）", "Universität Wien (MSc)": the degree after an institution's name is a
    segment of its own; after a degree ("Doctor of Philosophy (Ph.D.)") it is its short form."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    if DEGREE_RE.fullmatch(m.group(1)) and ORG_WORDS.search(before) and not DEGREE_RE.search(before):
        lead = m.start(1) - m.start()  # as many characters as replaced: offsets stay those of the line
        return "\t" + " " * (lead - 1) + m.group(1) + " " * (m.end() - m.end(1))
    return m.group()
_PARENS = re.compile(r"[(（]([^()（）]{2,60})[)）]")


def _place_like(s: str) -> bool:
    return is_place(s) or town_in_place(s)
# "DOCTORAL RESEARCH FELLOW Norwegian University …": a title in capitals, then the name
_CAPS_PREFIX = re.compile(r"^((?:[A-Z][A-Z&'’.-]+\s+){1,6}[A-Z][A-Z&'’.-]+)\s+(?=[A-Z][a-z])")


_LATIN_THEN_ZH_ORG = re.compile(r"([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s+([\u3400-\u9fff]{2,20})")


_TITLE_LABEL = re.compile(r"(?:^|(?<=[\t|]))\s*(?i:position|title|role|job title|职位|岗位|职务)\s*[:：]")
# a colon after a name, then a job title up to the next separator or the end
_COLON_TITLE = re.compile(r"(?<=[^\s:：|\t])[:：]\s*(?P<title>[^\t|:：]{2,40}?)(?=\s*(?:[\t|]|$))")


def _title_apart(m: re.Match[str]) -> str:
    """A colon before a job title turned into a separator (same length: offsets hold)."""
    if not TITLE_WORDS.search(m.group("title")) or len(m.group("title").split()) > 6:
        return m.group()
    return "\t" + m.group()[1:]


def segments(line: Line, remove: list[tuple[int, int]]) -> list[tuple[str, int, int, bool]]:
    """Cut a head line into (text, start, end, bold) segments with the dates blanked out."""
    text = line.text
    chars = list(text)
    for s, e in remove:
        for i in range(s, min(e, len(chars))):
            chars[i] = " "
    # Bold, linked and classed spans end a segment even without a separator:
    # "Ph.D. in Automation <span>Beijing Institute of Technology</span>".
    for s, e in [*line.bold, *[(s2, e2) for s2, e2, _ in line.links], *[(s2, e2) for s2, e2, _ in line.spans]]:
        if 0 < e < len(chars) and chars[e] in ":：" and e - s > 1 and s <= 2:  # "**Peking University**: Pursuing a master's degree …"
            chars[e] = "\t"
            rest = "".join(chars[e + 1 :])
            if len(rest.split()) >= 6 and not re.search(r"(?:19|20)\d\d", rest) and not DEGREE_RE.search(rest):
                chars[e + 1 :] = " " * len(rest)  # "**ByteDance**: Focus on studying long context …": a description
        for cut in (s, e):
            if 0 < cut < len(chars) and chars[cut - 1] not in " |,，;；\t" and chars[cut] not in " |,，;；\t.)）":
                continue
            if 0 < cut < len(chars) and chars[cut - 1] == " " and cut + 1 < len(chars) and chars[cut] not in "|,，;；\t":
                if re.match(r"[A-Z\u3400-\u9fff\[(]", text[cut]) or (cut == e and re.match(r"\s*[A-Z]", text[cut:])):
                    chars[cut - 1] = "\t"
    masked = "".join(chars)
    named = _ORG_COLON.match(masked)
    if named and (ORG_WORDS.search(named.group(1)) or is_named_org(named.group(1))) and DEGREE_RE.search(masked, named.end()):
        # "University of Cambridge: Natural Sciences M.Sci. (Physical)": the school, then its degree
        masked = masked[: named.end(1)] + "\t" + masked[named.end(1) + 1 :]
    for s, e in line.bold:  # "Ph.D. in **Literary, Cultural, and Linguistic Studies**": one subject, commas and all
        if "," in masked[s:e] and re.search(r"\b(?:in|of)\s+$", text[max(0, s - 4) : s]):
            masked = masked[:s] + masked[s:e].replace(",", "\0") + masked[e:]
    masked = re.sub(r"[(（]\s*(?:(?i:now|present|current|ongoing|至今|在读)\s*)?[)）]", lambda m: " " * len(m.group()), masked)  # "2023.03 (now)"
    masked = _TITLE_LABEL.sub(lambda m: " " * len(m.group()), masked)  # "Position: Research Assistant": the label is no name
    masked = _COLON_TITLE.sub(_title_apart, masked)  # "互娱研发-影像团队: 客户端开发工程师": the unit, then the job
    masked = _LEGAL_FORM.sub("\0", masked)  # "Lumio 3D Co., Ltd.", "Apple, Inc.": one name
    masked = _DEGREE_IN_PARENS.sub(_degree_apart, masked)  # "西文大学（硕士）"
    # "Acme LLC (Palm City, FL, USA)": a place of several parts in parentheses is a segment of its own,
    # commas and all (one city is often part of the name: "HKUST (Guangzhou)")
    masked = _PARENS.sub(lambda m: "\t" + m.group(1).replace(",", "\0") + " " if "," in m.group(1) and _place_like(m.group(1).strip()) else m.group(), masked)
    out: list[tuple[str, int, int, bool]] = []
    pos = 0
    for m in list(_SPLIT.finditer(masked)) + [None]:
        end = m.start() if m else len(masked)
        seg = masked[pos:end]
        stripped = _trim_segment(seg).replace("\0", ",")
        if stripped and re.search(r"\w", stripped):
            a = pos + seg.find(stripped[0]) if stripped else pos
            b = a + len(stripped)
            # "阿里巴巴集团 中国", "Alibaba Group China": a place written after the name
            tail = re.match(r"^(.*\S)\s+(\S+)$", stripped)
            pieces = [(stripped, a, b)]
            if tail and is_place(tail.group(2)) and not _place_like(stripped) and not is_place(tail.group(1)) and not re.search(
                r"\b(?:of|at|in|de|du|di|da|for|the|and|von|van)$", tail.group(1), re.I
            ) and stripped.lower() not in institution_names() and not re.fullmatch(r"[A-Z]{2,3}", tail.group(1)) \
                    and not _ORG_WORD_ONLY.fullmatch(tail.group(1)) and not _CAMPUS_SYSTEM.fullmatch(tail.group(1)):
                # "ETH Zurich" is one name, and so is an acronym before its city ("TU Berlin", "KU Leuven")
                # and a bare "university" before it ("Universität Heidelberg", "University Leipzig")
                cut = a + len(tail.group(1))
                pieces = [(tail.group(1), a, cut), (tail.group(2), b - len(tail.group(2)), b)]
            lab = _LATIN_THEN_ZH_ORG.fullmatch(pieces[0][0]) if len(pieces) == 1 else None
            if lab and ORG_WORDS.search(lab.group(2)) and not ORG_WORDS.search(lab.group(1)):
                # "PKU-DAIR 北京大学": a lab's Latin name, then its institution
                pieces = [(lab.group(1), a, a + lab.end(1)), (lab.group(2), a + lab.start(2), b)]
            caps = _CAPS_PREFIX.match(pieces[0][0]) if len(pieces) == 1 else None
            if caps and not is_place(caps.group(1)) and re.search(r"[A-Z]{2}", caps.group(1)):  # (not initials: "R. T. Okafor School")
                cut = a + caps.end(1)
                rest = stripped[caps.end() :]
                pieces = [(caps.group(1), a, cut), (rest, b - len(rest), b)]
            for ptext, pa, pb in pieces:
                bold = any(s <= pa and pb <= e + 1 for s, e in line.bold) or any(s <= pa and pb <= e + 1 for s, e, _ in line.links)
                out.append((ptext, pa, pb, bold))
        pos = m.end() if m else len(masked)
    return _merge_places(out, text)


def _trim_segment(seg: str) -> str:
    """Trim blanks and wrapping punctuation; keep the dot of "M.Eng." and "Inc."."""
    t = seg.strip(" ;:：[]*,_")  # "_" too: an emphasis left open ("_Doctor of Philosophy …")
    t = re.sub(r"^[-–•·]\s+", "", t)  # "<li> - Kennedy Institute …": a dash written inside a list item
    t = re.sub(r"\s+(?:in|at|of|@|[Ff]rom|with|[Ss]ince)$", "", t)  # also "… NSKeyLab From (Nov. 2013 to …)"
    while t and t[-1] in ")）" and t.count("(") + t.count("（") < t.count(")") + t.count("）"):
        t = t[:-1].rstrip()
    while t and t[0] in "(（" and t.count("(") + t.count("（") > t.count(")") + t.count("）"):
        t = t[1:].lstrip()
    if t.endswith(".") and not re.search(r"(?:\b[A-Z][A-Za-z]?\.[A-Za-z]+|\b(?:Inc|Ltd|Co|Corp|Jr|St|Univ))\.$", t):
        t = t.rstrip(". ")
    return t.strip(" ;:：*")


def _merge_places(segs: list[tuple[str, int, int, bool]], text: str) -> list[tuple[str, int, int, bool]]:
    """Join "Boston", "MA", "USA" (and "中国", "杭州") into one place segment; and a known
    institution whose name has a comma ("University of California", "Berkeley") into one
    when a comma is what parts them ("University of Michigan | Ann Arbor" is a name and its town)."""
    out: list[tuple[str, int, int, bool]] = []
    for k, seg in enumerate(segs):
        if out and _COMMA.fullmatch(text[out[-1][2] : seg[1]]) and (
                is_place(seg[0]) and f"{out[-1][0]}, {seg[0]}".lower() in institution_names()
                or _CAMPUS_SYSTEM.fullmatch(out[-1][0]) and (is_place(seg[0]) or is_town(seg[0]))):
            prev = out.pop()
            out.append((f"{prev[0]}, {seg[0]}", prev[1], seg[2], prev[3]))
        elif out and is_place(seg[0]) and (is_place(out[-1][0]) or _unknown_town(out, segs[k + 1 :])):
            prev = out.pop()
            out.append((prev[0] + ", " + seg[0], prev[1], seg[2], False))
        else:
            out.append(seg)
    return out


def _unknown_town(before: list[tuple[str, int, int, bool]], after: list[tuple[str, int, int, bool]]) -> bool:
    """The last segment of ``before`` is a town the list does not know, said so by what
    stands before it: an organisation ("…, Max Planck Institute for Informatics,
    Saarbrücken, Germany"), or a title when the organisation follows ("Staff Scientist,
    Lund, Sweden | Nordic Optics AB"; not "Senior Engineer, Nubank, São Paulo, Brazil")."""
    if len(before) < 2 or not is_town(before[-1][0]):
        return False
    if _named_org(before[-2][0]):
        return True
    return bool(TITLE_WORDS.search(before[-2][0])) and not is_named_org(before[-1][0]) and any(not is_place(x[0]) for x in after)


def _named_org(s: str) -> bool:
    """An organisation by its words or by the institution table, and no job title."""
    return is_named_org(s) and not TITLE_WORDS.search(s)
