"""Dates as profiles write them, to ISO; property tests on generated dates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.dates import PRESENT, find_dates, parse_date

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@pytest.mark.parametrize(
    "text,start,end,expected",
    [
        ("(09/2021 - 06/2024)", "2021-09", "2024-06", False),
        ("Kennedy Trust, 2019-23", "2019", "2023", False),  # a range with the end year shortened
        ("2015-17", "2015", "2017", False),
        ("2024.09—2027.06（预计）", "2024-09", "2027-06", True),
        ("2020 – 至今", "2020", PRESENT, False),
        ("(07/2024 - Now)", "2024-07", PRESENT, False),
        ("01/09/2021 – CURRENT Beijing, China", "2021-09-01", PRESENT, False),
        ("June 2024 to Aug. 2025", "2024-06", "2025-08", False),
        ("2021年9月至2024年6月", "2021-09", "2024-06", False),
        ("2021年至今", "2021", PRESENT, False),
        ("Sept. 2025 - ", "2025-09", PRESENT, False),
        ("2018-2024 (expected)", "2018", "2024", True),
        ("Sep. 2022 \u2011 Feb. 2023", "2022-09", "2023-02", False),
        ("03.2024 - present", "2024-03", PRESENT, False),
        ("Fall 2019 – Spring 2023", "2019-09", "2023-03", False),
        ("2023-24: Peer tutor", "2023", "2024", False),
        ("Exchange year at MIT, 2022/23", "2022", "2023", False),
        ("From Nov., 2013 to Feb., 2014", "2013-11", "2014-02", False),
        ("From June, 2014 to present", "2014-06", PRESENT, False),
        ("Tianjun 2019", "2019", "2019", False),  # a name ending in a month's letters is no month
        ("2022.09 - (now), University of X", "2022-09", PRESENT, False),  # the open end in parentheses
        ("（2025 年 7—10 月，11 月结题）", "2025-07", "2025-10", False),  # two months of one year
        ("2025年3-6月", "2025-03", "2025-06", False),
        ("2025 年 3 月—6 月", "2025-03", "2025-06", False),
    ],
)
def test_ranges(text, start, end, expected):
    r = find_dates(text)[0]
    assert (r.start, r.end, r.expected) == (start, end, expected)


def test_single_expected_date():
    (r,) = find_dates("B.S., University of Michigan, Expected 8/2025")
    assert (r.start, r.end, r.expected, r.single) == ("2025-08", "2025-08", True, True)


def test_not_dates():
    assert find_dates("GPA: 3.83/4.0, Rank: 13/267") == []
    assert find_dates("arXiv:2407.02031") == []
    assert parse_date("13/2021") is None
    assert parse_date("2021.13") is None


def test_day_month_order_is_europass_unless_impossible():
    assert parse_date("01/09/2021") == "2021-09-01"
    assert parse_date("09/25/2021") == "2021-09-25"


@given(st.integers(1950, 2099), st.integers(1, 12))
def test_numeric_month_forms_agree(year, month):
    iso = f"{year:04d}-{month:02d}"
    for form in (f"{month:02d}/{year}", f"{year}.{month:02d}", f"{year}.{month}", f"{year}-{month:02d}", f"{year}年{month}月", f"{month}/{year}"):
        assert parse_date(form) == iso, form


@given(st.integers(1950, 2099), st.integers(0, 11), st.booleans())
def test_month_names(year, m, full):
    name = (FULL if full else MONTHS)[m]
    assert parse_date(f"{name} {year}") == f"{year:04d}-{m + 1:02d}"


@given(
    st.integers(1950, 2098), st.integers(1, 12), st.integers(0, 10), st.integers(1, 12),
    st.sampled_from([" - ", "–", " — ", " to ", "~", "至"]),
)
def test_generated_ranges(y1, m1, dy, m2, sep):
    y2 = min(y1 + dy, 2099)
    text = f"Research Intern, Example Lab ({y1}.{m1:02d}{sep}{y2}.{m2:02d})"
    (r,) = find_dates(text)
    assert (r.start, r.end) == (f"{y1}-{m1:02d}", f"{y2}-{m2:02d}")
    assert text[r.span[0] : r.span[1]].startswith(str(y1))


@given(st.text(max_size=200))
def test_never_raises_and_spans_are_inside(text):
    for r in find_dates(text):
        assert 0 <= r.span[0] < r.span[1] <= len(text)
        assert r.start is None or r.start[:4].isdigit()


@given(st.integers(1950, 2098))
def test_academic_years(year):
    """"2023-24" is the academic year 2023 to 2024 (a two-digit second year that cannot be a
    month); "2011-12" stays December 2011; "2019-23" is 2019 to 2023 (up to nine years on);
    other two-digit pairs are no dates."""
    nxt = (year + 1) % 100
    found = [(r.start, r.end) for r in find_dates(f"{year}-{nxt:02d}")]
    assert found == ([(f"{year}-{nxt:02d}", f"{year}-{nxt:02d}")] if 1 <= nxt <= 12 else [(str(year), str(year + 1))])
    other = (year + 3) % 100
    if other > 12:
        assert [(r.start, r.end) for r in find_dates(f"{year}-{other:02d}")] == [(str(year), str(year + 3))]
    far = (year + 15) % 100
    if far > 12:
        assert find_dates(f"{year}-{far:02d}") == []
