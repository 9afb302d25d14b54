"""A person's timeline: education and positions as bars over the years, advisors
named on their degrees, papers marked in the year they appeared.

HTML output is one self-contained page with an inline SVG chart (no scripts);
PNG output uses matplotlib when it is installed.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError


@dataclass(frozen=True)
class Bar:
    """One row: label, kind (education/position), first and last year (last None while ongoing), note."""

    label: str
    kind: str
    start: int
    end: int | None
    note: str


def timeline_rows(kgraph, name: str) -> tuple[str, list[Bar], list[tuple[int, str]]]:
    """(person's name, bars, papers as (year, title))."""
    card = kgraph.person(name)
    advisors = ", ".join(e.target for e in card.advisors)
    bars: list[Bar] = []
    for kind, edges in (("education", card.education), ("position", card.positions)):
        for e in edges:
            if not e.years:
                continue
            parts = e.years.split("–")
            try:
                start = int(parts[0])
            except ValueError:
                continue
            end = None if parts[-1] == "present" else int(parts[-1]) if parts[-1].isdigit() else start
            label = e.target + (f" / {e.unit}" if e.unit else "")
            note = f"advisor: {advisors}" if kind == "education" and advisors and e is edges[-1] else ""
            bars.append(Bar(label, kind, start, end, note))
    papers = [(year, title) for title, year in kgraph.papers(name) if year]
    bars.sort(key=lambda b: (b.start, b.kind))
    return card.name, bars, sorted(papers)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def timeline_svg(person: str, bars: list[Bar], papers: list[tuple[int, str]]) -> str:
    """An SVG chart; every string escaped."""
    now = _dt.date.today().year
    years = [b.start for b in bars] + [b.end or now for b in bars] + [y for y, _ in papers]
    if not years:
        raise KgError(f"{person}: no dated education, position or paper to draw")
    lo, hi = min(years), max(years) + 1
    left, right, row_h, top = 320, 30, 26, 40
    width = 1000
    span = max(hi - lo, 1)

    def x(year: float) -> float:
        return left + (year - lo) / span * (width - left - right)

    height = top + row_h * (len(bars) + 2) + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<text x="10" y="22" font-size="16" font-weight="bold">{_esc(person)}</text>']
    for yr in range(lo, hi + 1):
        out.append(f'<line x1="{x(yr):.1f}" y1="{top}" x2="{x(yr):.1f}" y2="{height - 30}" stroke="#eee"/>')
        out.append(f'<text x="{x(yr):.1f}" y="{height - 14}" text-anchor="middle" fill="#666">{yr}</text>')
    for i, b in enumerate(bars):
        y = top + i * row_h
        color = "#4e79a7" if b.kind == "education" else "#f28e2b"
        end = (b.end if b.end is not None else now) + 1
        out.append(f'<text x="10" y="{y + 16}">{_esc(b.label[:48])}</text>')
        out.append(f'<rect x="{x(b.start):.1f}" y="{y + 4}" width="{max(x(end) - x(b.start), 3):.1f}" height="16" fill="{color}" rx="3">'
                   f"<title>{_esc(b.label)} ({b.start}–{b.end or 'present'}) {_esc(b.note)}</title></rect>")
        if b.note:
            out.append(f'<text x="{x(end) + 4:.1f}" y="{y + 16}" fill="#444">{_esc(b.note)}</text>')
    py = top + len(bars) * row_h + 12
    out.append(f'<text x="10" y="{py + 10}">papers</text>')
    for k, (yr, title) in enumerate(papers):
        out.append(f'<circle cx="{x(yr + 0.5):.1f}" cy="{py + 6 + (k % 3) * 5}" r="4" fill="#59a14f"><title>{yr}: {_esc(title)}</title></circle>')
    out.append("</svg>")
    return "\n".join(out)


def write_timeline(kgraph, name: str, output: str | os.PathLike[str]) -> None:
    """Write ``name``'s timeline as .html (inline SVG) or .png (matplotlib)."""
    from kg.atomic import write_bytes_atomic, write_text_atomic

    person, bars, papers = timeline_rows(kgraph, name)
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".png":
        write_bytes_atomic(out, _png(person, bars, papers))
        return
    svg = timeline_svg(person, bars, papers)
    write_text_atomic(out, f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{_esc(person)} — timeline</title></head>'
                      f"<body>\n{svg}\n</body></html>\n")


def _png(person: str, bars: list[Bar], papers: list[tuple[int, str]]) -> bytes:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise KgError("PNG timelines need matplotlib (pip install matplotlib); .html needs nothing") from None
    import io

    now = _dt.date.today().year
    fig, ax = plt.subplots(figsize=(10, 0.5 * len(bars) + 1.5))
    for i, b in enumerate(bars):
        ax.barh(i, (b.end or now) + 1 - b.start, left=b.start, color="#4e79a7" if b.kind == "education" else "#f28e2b")
    ax.set_yticks(range(len(bars)), [b.label[:40] for b in bars])
    if papers:
        ax.scatter([y + 0.5 for y, _ in papers], [len(bars)] * len(papers), color="#59a14f", label="papers")
    ax.set_title(person)
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()
