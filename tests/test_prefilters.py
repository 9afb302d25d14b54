"""The cheap tests that run before slow patterns must never skip a match.

Several hot patterns are guarded by a cheaper test for something every match needs (a
character, a word), or searched from candidate first characters.  These properties
check each guard against its pattern on generated text built from the pieces that
matter (markup, labels, digits, the words themselves, in any case).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import contacts, experience, names, private
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


@settings(max_examples=400)
@given(texts)
def test_guards_never_skip_a_match(text):
    low = text.lower()
    if markdown.INVISIBLE.search(text):
        assert markdown._MAY_BE_INVISIBLE.search(text)
    if private._ADDRESS_LABEL.search(text):
        assert "ddress" in low or "地址" in text or "住址" in text
    if private._ID_LABEL.search(text):
        assert any(k in low for k in private._ID_LABEL_WORDS)
    if private._CN_ID.search(text):
        assert private._DIGITS17.search(text)
    if private._SSN.search(text):
        assert "-" in text
    if private._STREET_ZH.search(text):
        assert "号" in text or "號" in text
    if experience._GPA.search(text):
        assert "gpa" in low
    if experience._RANK.search(text):
        assert "rank" in low or any(w in text for w in ("专业", "年级", "排名"))
    if contacts._EMAIL_CUE.search(text):
        assert "@" in text or "＠" in text or "at" in low
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
        return  # characters whose lower case differs in length: compared case-folded on purpose
    assert list(venues._alias_matches(text)) == [(m.start(), m.group(1)) for m in reference.finditer(text)]
