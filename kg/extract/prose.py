"""Facts stated in a biography's sentences: courses of study (``study_sentences``), jobs
(``job_sentences``), the sentences of Chinese biographies (``chinese_prose``), and every
advisor statement, each attached to the fact stated before it.  Each hit becomes an
Experience that the caller merges with the section entries.
"""

from __future__ import annotations

from kg.extract.advisors import AdvisorHit, find_advisors
from kg.extract.chinese_prose import chinese_bio_facts
from kg.extract.experience import Experience, placed
from kg.extract.job_sentences import chinese_job_facts, complete_orgs, job_facts, owner_tokens, promotions
from kg.extract.lexicon import HAN
from kg.extract.lines import Line, join_wrapped
from kg.extract.study_sentences import study_facts, where_worked, without_honours


def facts_from_prose(lines: list[Line], owner_names: tuple[str, ...] = ()) -> tuple[list[Experience], list[AdvisorHit]]:
    """Education and positions stated in sentences, and every advisor statement.

    ``owner_names``: the owner's names; a sentence about someone named ("Rachel Oduya
    is …", "Dr. Oduya joined …") counts when that someone is the owner.

    >>> from kg.extract.lines import build_lines
    >>> from kg.read import read_text
    >>> bio = ("She received the B.S. degree from the University of Nairobi in 2008, and the M.S. and Ph.D. degrees "
    ...        "from Georgia Institute of Technology in 2011 and 2015, respectively. From 2015 to 2017 she was a "
    ...        "postdoctoral researcher at the University of Michigan.")
    >>> facts, _ = facts_from_prose(build_lines(read_text(bio, path="bio.txt")))
    >>> [(f.degree or f.title, f.organization, f.start, f.end) for f in facts]  # doctest: +NORMALIZE_WHITESPACE
    [('B.S.', 'University of Nairobi', None, '2008'), ('M.S.', 'Georgia Institute of Technology', None, '2011'),
     ('Ph.D.', 'Georgia Institute of Technology', None, '2015'), ('postdoctoral researcher', 'University of Michigan', '2015', '2017')]
    """
    owner = owner_tokens(owner_names)
    found: list[Experience] = []
    advisors: list[AdvisorHit] = []
    for ln in join_wrapped(lines):
        text = ln.text
        hits = [AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), h.academic) for h in find_advisors(text)]
        advisors.extend(hits)
        local = study_facts(text, ln) + job_facts(text, ln, owner)
        for pos, ex, span in chinese_bio_facts(text) if HAN.search(text) else ():
            local.append((pos, placed(ex, ln, span)))
        local += chinese_job_facts(text, ln)
        local.sort(key=lambda t: t[0])
        where_worked(text, ln, local)
        if "promoted" in text:
            promotions(text, ln, local, found)
        # An advisor statement belongs to the nearest fact stated before it in the same line.
        # A host or mentor ("hosted by", "mentored by") belongs to the nearest job before it.
        for h in hits:
            rel = h.span[0] - ln.start
            if not h.academic:
                jobs_before = [ex for pos, ex in local if pos <= rel and not ex.is_education]
                if jobs_before and all(x.name != h.name for x in jobs_before[-1].advisors):
                    jobs_before[-1].advisors.append(h)
                continue
            before = [ex for pos, ex in local if pos <= rel]
            target = before[-1] if before else None
            if target is not None:
                target.advisors.append(h)
        found.extend(ex for _, ex in local)
    for ex in found:
        if ex.field:  # "Master of Health Administration cum laude": how it was passed, not its subject
            ex.field = without_honours(ex.field)
    return complete_orgs(found), advisors
