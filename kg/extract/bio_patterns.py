"""Regular-expression pieces shared by the readers of biography sentences (``study_sentences``, ``job_sentences``,
``degree_sentences``, ``header``): a degree, a year of study, where an organisation's
name ends in a sentence, an advisor clause, a year.
"""

from __future__ import annotations

import re

# A degree (not "junior", "graduate"): one of those a degree clause lists.
DEGREE = (
    r"(?:\bPh\.?\s?D\.?|\bPhD|\bD\.?\s?Phil\b\.?|\bM\.?\s?Res\b\.?|\bM(?:Sci|Phys|Math|Chem|PH|ASc)\b|\bBASc\b|M\.?\s?Phil\.?|MPhil|Master(?:'s|’s|s)?|M\.?\s?S\.?|M\.?\s?Sc\.?|M\.?\s?Eng\.?|MEng|M\.?\s?A\.?(?=\s)|"
    r"MBA|M\.?\s?Tech\.?|B\.?\s?Tech\.?|B\.?\s?E\.(?=\s)|B\.?\s?Sc\.?|B\.?\s?S\.?|B\.?\s?Eng\.?|BEng|B\.?\s?A\.?|Bachelor(?:'s|’s|s)?|Doctorate)"
)
# A degree or a year of study: what someone "is" ("a second-year Ph.D. student", "a junior").
DEG = r"(?:" + DEGREE + r"|\bDoctoral|undergraduate|undergrad\b|graduate|junior|senior|sophomore|freshman)"
ORG_TAIL = r"(?P<org>(?:the\s+)?[A-Z\u3400-\u9fff](?:[^.;:!?()]|(?<=\b[A-Z])\.)*?(?:\([^)]{1,40}\)(?:[^.;:!?()]|(?<=\b[A-Z])\.)*?){0,2})"
STOP = r"(?=\s*(?:,\s*(?:advised|supervised|co-?supervised|where|under|and|with|affiliated|focused|based|located|funded|(?-i:I|he|she|we|they)\s|(?-i:(?:[a-z]{2,}ly\s+)?[a-z]{3,}ing)\b|in\s+(?:19|20))|\s+(?:advised|supervised|co-?supervised|under|where|since|(?-i:I)\s+(?:have|am|was|had|work|worked|focus|focused|lead|led|did|do)\b|(?:starting|beginning)\s+(?:from|in|on|this|next)\b|from\s+(?:19|20)|in\s+(?:19|20)|during|as\s+a|and\s+(?:an?|the)\s|and\s+(?:received|obtained|got|earned|completed|am|was|have|has|had|worked|work)\b|(?:working|worked)\s+(?:closely\s+)?with\s|(?:hosted|mentored)\s+by\s|in\s+(?:the\s+)?(?:lab|group|research\s+group|team)\s+of\s)|(?<!\b[A-Z])[.;:!?]\s|[.;!?]?$))"
# "advised by Dr. Heng Yang" between the degree and where it is studied
ADVISED = (
    r"(?:,?\s+(?:(?:co-?)?(?:advised|supervised)\s+by|under\s+(?:the\s+)?(?:joint\s+)?(?:supervision|guidance)\s+of)\s+(?:(?:Prof|Dr|Professor)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?:(?:\s*,\s*|\s+and\s+)(?:(?:Prof|Dr|Professor)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*)?"
)
# a year of study before a degree: "second-year", "4th year", "incoming", "rising"
YEAR_OF_STUDY = (
    r"(?:(?:first|second|third|fourth|fifth|sixth|final|last|\d(?:st|nd|rd|th))(?:\s+\((?:and\s+)?(?:final|last)\))?[- ]year"
    r"(?:\s+\((?:junior|senior|sophomore|freshman)\))?|incoming|rising|joint[- ]training|visiting|exchange)"
)
EARN = r"(?:received?|got|obtained|earned|completed|finished|defended|holds?)"
# A title that is a course of study, not a job: "Ph.D. student", "senior undergraduate".
STUDY = re.compile(DEGREE + r"|\b(?:undergraduate|graduate|doctoral|junior|senior|sophomore|freshman)\s+(?:student|undergraduate|candidate)\b|^(?:undergraduate|graduate)\b", re.I)
AND = r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)"
# A sentence told in the first person (or of the owner): "I am …", "My advisor …", "He received …".
FIRST_PERSON = re.compile(r"(?:I|I['’]m|My|We|He|She|They)\s")
YEAR_DATE = r"(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}"
