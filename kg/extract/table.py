"""A human-readable rendering of a Profile (``kg extract --format table``)."""

from __future__ import annotations

from kg.extract.profile import Profile


def _dates(start: str | None, end: str | None, expected: bool = False) -> str:
    if not start and not end:
        return ""
    s = f"{start or '?'} – {end or '?'}" if start != end else (start or "")
    return s + (" (expected)" if expected else "")


def render_table(p: Profile) -> str:
    """Aligned sections, one item per line."""
    out: list[str] = [f"{p.source.path}  [{p.source.format}, {p.source.language}]"]
    o = p.owner
    out.append(f"Owner: {o.name or '(not named)'}" + (f"  ({', '.join(o.other_names)})" if o.other_names else ""))
    for label, vals in (("Emails", o.emails), ("Links", o.urls), ("Phones", o.phones)):
        if vals:
            out.append(f"  {label}: {', '.join(vals)}")
    if p.education:
        out.append("Education:")
        for e in p.education:
            bits = [x for x in (e.degree, e.field, e.institution, e.unit) if x]
            adv = f"  advisors: {', '.join(e.advisors)}" if e.advisors else ""
            out.append(f"  {_dates(e.start, e.end, e.expected):24}  {' | '.join(bits)}{adv}")
    if p.positions:
        out.append("Positions:")
        for x in p.positions:
            bits = [b for b in (x.title, x.organization, x.unit) if b]
            sup = f"  supervisors: {', '.join(x.supervisors)}" if x.supervisors else ""
            out.append(f"  {_dates(x.start, x.end):24}  [{x.kind}] {' | '.join(bits)}{sup}")
    if p.advisors:
        out.append(f"Advisors: {', '.join(m.name for m in p.advisors)}")
    if p.publications:
        out.append("Publications:")
        for pub in p.publications:
            out.append(f"  {pub.year or '':<5} {pub.title}")
            if pub.authors:
                out.append(f"        {', '.join(pub.authors)}")
            if pub.venue_normalized or pub.venue:
                out.append(f"        {pub.venue_normalized or pub.venue} [{pub.status}]")
    if p.projects:
        out.append("Projects:")
        for pr in p.projects:
            out.append(f"  {_dates(pr.start, pr.end):24}  {pr.name}" + (f" ({pr.role})" if pr.role else ""))
    if p.awards:
        out.append("Awards:")
        for a in p.awards:
            out.append(f"  {a.year or '':<5} {a.name}" + (f" — {a.issuer}" if a.issuer else ""))
    if p.skills:
        out.append(f"Skills: {', '.join(p.skills)}")
    return "\n".join(out)
