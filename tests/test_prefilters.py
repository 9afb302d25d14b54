"""The cheap tests that run before slow patterns must never skip a match.

Several hot patterns are guarded by a cheaper test for something every match needs (a
character, a word), or searched from candidate first characters.  These properties
check each guard against its pattern on generated text built from the pieces that
matter (markup, labels, digits, the words themselves, in any case).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import contacts, names, private
from kg.read import inline, markdown

PIECES = [
    "<!-- c -->", "<!--", "-->", "{% raw %}", "{{ x }}", "{:", "{: .c}", "[//]: # (x)", "[comment]: <>", "]:", "\r", "\n",
    "<script>", "</SCRIPT>", "<Style a=1>", "<b>", "</b>", "&amp;", "&#12;", "&x", "\\*", "`", "``", "![", "[", "]", "(", ")",
    "<https://a.b>", "<mailto:x@y.z>", "*", "**", "_", "__", " ", "\t", "  ", "a", "Ab", "GPA", "gpa: 3.9/4.0", "Rank: 3/120",
    "专业排名前5%", "年级", "Address: ", "HOME ADDRESS:", "地址：", "住址:", "ID No. ", "Passport Number: ", "SSN ", "social  security",
    "身份证号：", "123-45-6789", "110105194912310021", "12 Main Street", "1", "12345", "+86 138 0013 8000", "at", " AT ", "[at]",
    "(dot)", "@", "＠", "Ph.D", "教授", "†", "✉", "¹", "😀", "\u200d", ",", "，",
]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=400)
@given(texts, st.integers(min_value=0, max_value=40))
def test_inline_tokens_found_from_their_first_characters(text, pos):
    pos = min(pos, len(text))
    for pattern, starts in ((inline._TOKEN, inline._TOKEN_START), (inline._HTML_TOKEN, inline._HTML_TOKEN_START)):
        want = pattern.search(text, pos)
        got = inline._search(pattern, starts, text, pos)
        assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))


def _guarded_patterns():
    import importlib
    import pkgutil

    import kg.extract
    from kg.extract.guarded import Guarded

    found = {}
    for info in pkgutil.iter_modules(kg.extract.__path__):
        mod = importlib.import_module(f"kg.extract.{info.name}")
        for name, value in vars(mod).items():
            if isinstance(value, Guarded):
                found[f"{info.name}.{name}"] = value
    return found


GUARDED = _guarded_patterns()


def test_the_guarded_patterns_are_found():
    assert {"private._ADDRESS_LABEL", "private._ID_LABEL", "private._SSN", "private._STREET_ZH", "experience._GPA",
            "experience._RANK", "contacts._EMAIL_CUE"} <= set(GUARDED)


@settings(max_examples=400)
@given(texts)
def test_guards_never_skip_a_match(text):
    for name, guarded in GUARDED.items():
        if guarded.pattern.search(text):
            assert guarded.may_match(text), name
    if markdown.INVISIBLE.search(text):
        assert markdown._MAY_BE_INVISIBLE.search(text)
    if private._CN_ID.search(text):
        assert private._DIGITS17.search(text)
    if any(p.search(text) for p in (names._EMOJI, names._SUPER_DIGITS, names._MARKS_RE)):
        assert names._ANY_MARK.search(text)


@settings(max_examples=300)
@given(texts)
def test_seven_digits_pattern_rewritten_without_a_leading_group(text):
    import re

    original = re.compile(r"(?:\d\D{0,3}){7}")
    assert bool(original.search(text)) == bool(contacts._DIGITS7.search(text))


VENUE_PIECES = ["OSDI", "osdi", "Xosdi", "SOSP", "ATC", "USENIX ATC", "xUSENIX ATC", "NeurIPS", "neurips", "In ", "Proc. ",
                "'23", " 2024", "(", ")", " ", ", ", "MM", "mm", "arXiv", "ICML", "Kelvin", "İ", "-", "ACM SIGCOMM"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(VENUE_PIECES), max_size=10).map("".join))
def test_venue_names_found_as_the_case_insensitive_pattern_finds_them(text):
    import re

    from kg.extract import venues

    _rx, index = venues._alias_re()
    alts = sorted(index, key=len, reverse=True)
    reference = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(a) for a in alts) + r")(?![A-Za-z])", re.I)
    if text.lower() != text.casefold() or len(text.lower()) != len(text):
        return  # such characters are kept as written there, so IGNORECASE may differ on them
    assert list(venues._alias_matches(text)) == [(m.start(), m.group(1)) for m in reference.finditer(text)]
