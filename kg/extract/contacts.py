"""The owner's e-mail addresses, profile links and phone numbers.

E-mails are also read in their obfuscated forms (``name [AT] domain.edu``,
``name at cs dot uw dot edu``).  Links count as the owner's when they point at a
profile service (Scholar, GitHub user, LinkedIn, ORCID, Twitter/X, DBLP …) or are
labelled as the owner's website; links in paper lists and news are not.  Phone
numbers are recognised so that they can be kept apart as private data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.guarded import Guarded
from kg.extract.lines import Line
from kg.extract.names import clean_name, is_person_name, name_key

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_OBFUSCATED = re.compile(
    r"(?<![\w.])(?P<user>[A-Za-z0-9][\w.+-]*)\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|\s+at\s+|＠|\[@\])\s*"
    # a full stop then a blank ends a sentence ("an engineer at Alipay. My …"), unless blanks surround it ("cs . uw . edu")
    r"(?P<domain>[A-Za-z0-9-]+(?:(?:\.(?!\s)|\s+\.\s*|\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\s+dot\s+)\s*)[A-Za-z0-9-]+)+)",
    re.I,
)
_EMAIL_CUE = Guarded(re.compile(r"@|＠|\bat\b|\[\s*at\s*\]|\(\s*at\s*\)", re.I), ("@", "＠", "at"))
_DIGITS7 = re.compile(r"\d(?:\D{0,3}\d){6}")  # seven digits, at most three other characters apart
_NOT_OWNER_EMAIL = re.compile(r"send|resume|cv to|apply|hiring|recruit|投递|简历", re.I)
_PHONE = re.compile(
    r"(?:(?:\+|＋)\s?\d{1,3}[\s\-.)]*|\(\s*\+?\d{1,3}\s*\)\s*)?"
    r"(?:1[3-9]\d[\s\-]?\d{4}[\s\-]?\d{4}|\(?\d{2,4}\)?[\s\-.]\d{3,4}[\s\-.]\d{3,4}|\d{2,4}(?:[\s\-.]\d{2,4}){1,4}|(?<=[\s.])\d(?:[\s.]\d{2}){4}|0\d{4}[\s\-.]\d{5,6})(?!\d)"  # the last two: "+33 6 12 34 56 78", "+44 07481 116190"
)
# "(734) 555-0172", "734-555-0172": the North American way, counted on a line that also
# gives an e-mail address (a contact line), where such digits are not a grant or page number
_NANP = re.compile(r"\(?[2-9]\d{2}\)?[\s\-.]\d{3}[\-.]\d{4}")
_PHONE_LABEL = re.compile(r"(?:phone|tel|mobile|cell|手机号?|电话|联系电话|微信)\s*[:：]?\s*(?:[|｜]\s*)?$", re.I)  # "电话： | 027-…": a table's label cell
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]{}\"'，。]+|\b(?:github\.com|gitee\.com|linkedin\.com/in|scholar\.google\.[a-z.]+|orcid\.org|cnblogs\.com|zhihu\.com/people)/[^\s<>()\[\]{}\"'，。]+", re.I)
_PROFILE_HOST = re.compile(
    r"scholar\.google\.|(?:^|//|\.)github\.com/[^/\s]+/?$|gitee\.com/[^/\s]+/?$|linkedin\.com/in/|orcid\.org/|"
    r"(?:twitter|x)\.com/[^/\s]+/?$|dblp\.(?:org|uni-trier\.de)/pid|researchgate\.net/profile|semanticscholar\.org/author|"
    r"instagram\.com/|zhihu\.com/people|openreview\.net/profile|cnblogs\.com/[^/\s]+/?$",
    re.I,
)
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")
_WEBSITE_LABEL = re.compile(r"(?:website|homepage|home page|personal page|blog|web|个人网站|个人主页|主页|博客)\s*[:：]?\s*\S*$", re.I)


_ORCID = re.compile(r"(?<![\w-])(\d{4}-\d{4}-\d{4}-\d{3}[\dX])(?![\w-])")
_ORCID_LABEL = re.compile(r"orcid", re.I)


def orcid_valid(ident: str) -> bool:
    """Whether an ORCID iD's check character is right (ISO 7064 MOD 11-2).

    >>> orcid_valid("0000-0002-1825-0097"), orcid_valid("0000-0002-1825-0098")
    (True, False)
    """
    digits = ident.replace("-", "")
    total = 0
    for c in digits[:-1]:
        total = (total + int(c)) * 2
    check = (12 - total % 11) % 11
    return digits[-1] == ("X" if check == 10 else str(check))


@dataclass(frozen=True)
class Found:
    """A value and its span in the visible text."""

    value: str
    span: tuple[int, int]


def find_emails(lines: list[Line]) -> list[Found]:
    """E-mail addresses, de-obfuscated, in order of appearance."""
    out: dict[str, Found] = {}
    for ln in lines:
        if not _EMAIL_CUE.search(ln.text) and not any(h.startswith("mailto:") for _s, _e, h in ln.links):
            continue
        if _NOT_OWNER_EMAIL.search(ln.text):
            continue
        for s, e, href in ln.links:
            if href.lower().startswith("mailto:"):
                addr = href[7:].split("?")[0].strip()
                if _EMAIL.fullmatch(addr):
                    out.setdefault(addr.lower(), Found(addr, (ln.start + s, ln.start + e)))
        for m in _EMAIL.finditer(ln.text):
            out.setdefault(m.group().lower(), Found(m.group(), (ln.start + m.start(), ln.start + m.end())))
        for m in _OBFUSCATED.finditer(ln.text):
            user = m.group("user").lstrip("\\")
            domain = re.sub(r"\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\s+dot\s+|\.)\s*", ".", m.group("domain"), flags=re.I)
            if not re.search(r"\.(?:[a-z]{2,})$", domain, re.I) or m.group().count(" at ") and " " in user:
                continue
            if "." not in domain or user.lower() in ("email", "mail", "me", "contact"):
                continue
            addr = f"{user}@{domain}"
            if any(k.endswith(addr.lower()) for k in out):
                continue  # "lzy [underline] CS [underline] LN [at] 163 [dot] com": the end of an address found whole
            if _EMAIL.fullmatch(addr):
                out.setdefault(addr.lower(), Found(addr, (ln.start + m.start(), ln.start + m.end())))
    return list(out.values())


def find_urls(lines: list[Line], owner_names: tuple[str, ...] = ()) -> list[Found]:
    """The owner's profile links and labelled website.  A link whose text names someone
    else ("advised by [Prof. Heng Ji](https://scholar…)") is that person's page.

    >>> from kg.extract.lines import Line
    >>> ln = Line(0, 0, 0, "advised by Prof. Ann Lee and Bo Chen", links=((11, 24, "https://scholar.google.com/citations?user=A"), (29, 36, "https://github.com/bochen")))
    >>> [f.value for f in find_urls([ln], owner_names=("Bo Chen",))]
    ['https://github.com/bochen']
    """
    out: dict[str, Found] = {}
    owners = {name_key(n) for n in owner_names}

    def add(url: str, span: tuple[int, int]) -> None:
        url = url.rstrip(".,;:")
        key = _SCHEME.sub("", url.lower()).rstrip("/")  # a link and its text "github.com/x" are one
        if key not in out:
            out[key] = Found(url, span)

    for ln in lines:
        for s, e, href in ln.links:
            if not href or href.startswith(("#", "mailto:")) or not ln.text[s:e].strip():
                continue
            label = ln.text[max(0, s - 40) : s]
            person = clean_name(re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", ln.text[s:e]))  # "Ngee Han Lim (PhD)"
            if is_person_name(person) and name_key(person) not in owners:
                continue
            if _PROFILE_HOST.search(href) or _WEBSITE_LABEL.search(label) or _WEBSITE_LABEL.search(ln.text[s:e]):
                add(href, (ln.start + s, ln.start + e))
        # "maria@uni.edu | https://maria.github.io": an unlabelled address on the line of
        # an e-mail address is the owner's own page ("Lab: https://…" is not)
        contact_line = "@" in ln.text and _EMAIL.search(ln.text) is not None
        for m in _URL.finditer(ln.text):
            url = m.group()
            label = ln.text[max(0, m.start() - 40) : m.start()]
            unlabelled = contact_line and not re.search(r"\w\s*[:：]\s*$", label)
            if _PROFILE_HOST.search(url) or _WEBSITE_LABEL.search(label) or unlabelled:
                add(url, (ln.start + m.start(), ln.start + m.end()))
    return list(out.values())


def find_orcids(lines: list[Line]) -> list[Found]:
    """ORCID iDs written bare ("ORCID: 0000-0002-1825-0097") on a line that names ORCID, as
    ``https://orcid.org/…`` links."""
    out: dict[str, Found] = {}
    for ln in lines:
        if not _ORCID_LABEL.search(ln.text):
            continue
        for m in _ORCID.finditer(ln.text):
            if orcid_valid(m.group(1)):
                out.setdefault(m.group(1), Found("https://orcid.org/" + m.group(1), (ln.start + m.start(), ln.start + m.end())))
    return list(out.values())


def find_phones(lines: list[Line]) -> list[Found]:
    """Phone numbers: written with a country code, as a Chinese mobile number, or labelled."""
    out: dict[str, Found] = {}
    for ln in lines:
        if not _DIGITS7.search(ln.text):
            continue
        for m in _PHONE.finditer(ln.text):
            raw = m.group().strip()
            digits = re.sub(r"\D", "", raw)
            if not 7 <= len(digits) <= 15:
                continue
            labelled = bool(_PHONE_LABEL.search(ln.text[: m.start()]))
            intl = raw.startswith(("+", "(+", "＋", "( +"))
            cn_mobile = bool(re.fullmatch(r"(?:86)?1[3-9]\d{9}", digits))
            nanp = bool(_NANP.fullmatch(raw)) and "@" in ln.text and _EMAIL.search(ln.text) is not None
            if not (labelled or intl or cn_mobile or nanp):
                continue
            if re.search(r"(?:19|20)\d{2}[.\-/]\d{1,2}", raw):
                continue  # a date range, not a phone
            out.setdefault(digits, Found(raw, (ln.start + m.start(), ln.start + m.end())))
    return list(out.values())
