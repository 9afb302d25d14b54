"""Shapes of real academic homepages that the seeds do not show: sections under HTML
headings, entries written "**Organisation**: a sentence", degrees written "Pursuing a
master's degree starting from 2023", award sentences with bold names, capitals and
misspellings in institution names.  All texts here are written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.lexicon import DEGREE_RE
from kg.extract.sections import section_kind
from kg.read import read_text

_LABELLED = """# Mina Park

<h4 style="margin:0">Educational Experience</h4>

- **Seoul National University**: Pursuing a master's degree starting from 2023
- **Yonsei University**: Obtained a Bachelor's degree from 2018 to 2022

<h4 style="margin:0">Intern</h4>

- **Kakao Brain**: Worked on ranking models for short videos and on their evaluation at scale
- **Naver Cloud**: Built evaluation tools with the research scientists of the search team

<h4 style="margin:0">Some honors</h4>

- Received the **Presidential Science Scholarship** at Seoul National University in 2024
- Received **Dean's List** and **Yonsei Excellence Scholarship** at Yonsei University
"""


@pytest.mark.parametrize(
    "heading, kind",
    [("Educational Experience", "education"), ("Intern", "positions"), ("Some honors", "awards"), ("Selected Awards", "awards"),
     ("成果", "publications"), ("代表性成果", "publications"), ("代表性工作", "publications"), ("代表作", "publications")],
)
def test_heading_kinds(heading, kind):
    assert section_kind(heading) == kind


def test_labelled_entries_under_html_headings():
    p = extract(read_text(_LABELLED, path="home.md"))
    assert [(e.institution, e.degree, e.degree_level, e.start, e.end) for e in p.education] == [
        ("Seoul National University", "master's degree", "master", "2023", "present"),
        ("Yonsei University", "Bachelor's degree", "bachelor", "2018", "2022"),
    ]
    # undated entries of an internships section are internships; the sentence after the colon is no field
    assert [(j.organization, j.unit, j.title, j.kind) for j in p.positions] == [
        ("Kakao Brain", None, None, "internship"), ("Naver Cloud", None, None, "internship")]
    assert [(a.name, a.issuer, a.year) for a in p.awards] == [
        ("Presidential Science Scholarship", "Seoul National University", 2024),
        ("Dean's List", "Yonsei University", None),
        ("Yonsei Excellence Scholarship", "Yonsei University", None),
    ]


def test_capitals_misspellings_school_names_and_study_titles_in_education():
    text = """# Kenta Mori

### Education

**Research Student**
Graduate School of Informatics, **KYOTO UNIVERSITY**
_(Apr 2025 – Present)_

**Undergraduate Student**
School of Computer Science, WUHAN UNIVERSITY
_(Sep 2020 – Jun 2024)_

- *2019.09 - 2023.06*, Undergraduate, Hunan Normal Univeristy, China.
- *2016.09 - 2019.06*, Changsha Yali High School, China.
- *2023.09 - 2025.03 (now)*, Master, Fudan University, Shanghai.
"""
    p = extract(read_text(text, path="home.md"))
    assert [(e.institution, e.unit, e.degree, e.field, e.start, e.end) for e in p.education] == [
        ("KYOTO UNIVERSITY", "Graduate School of Informatics", "Research Student", None, "2025-04", "present"),
        ("WUHAN UNIVERSITY", "School of Computer Science", "Undergraduate Student", None, "2020-09", "2024-06"),
        ("Hunan Normal Univeristy", None, "Undergraduate", None, "2019-09", "2023-06"),
        ("Changsha Yali High School", None, None, None, "2016-09", "2019-06"),
        ("Fudan University", None, "Master", None, "2023-09", "2025-03"),  # "(now)" is no field
    ]
    assert p.positions == ()


@pytest.mark.parametrize(
    "sentence, facts",
    [
        # "and received" ends the place of study; the bachelor's place loses its town and country
        ("I am a second-year master student at School of ZJGSU and received the bachelor’s degree in applied physics "
         "from the Dalian University of Technology, Dalian, China, in 2019.",
         [("School of ZJGSU", "master", None, None, "present"),
          ("Dalian University of Technology", "bachelor", "applied physics", None, "2019")]),
        ("I am an undergraduate student at Nankai University, majoring in Software Engineering.",
         [("Nankai University", "bachelor", "Software Engineering", None, "present")]),
        # a study not yet begun: not going on, and starting at the sentence's date
        ("Starting from September 2026, I will be pursuing a Ph.D in Computer Science at Zhejiang University.",
         [("Zhejiang University", "phd", "Computer Science", "2026-09", None)]),
    ],
)
def test_study_sentences_of_students(sentence, facts):
    p = extract(read_text(f"# Lin Qiao\n\n{sentence}\n", path="home.md"))
    assert [(e.institution, e.degree_level, e.field, e.start, e.end) for e in p.education] == facts


def test_a_job_sentence_is_no_obfuscated_email():
    p = extract(read_text("# Lin Qiao\n\nI am a research engineer at Alipay. My work is on ranking.\n"
                          "Mail: lqiao at cs dot example dot edu\n", path="home.md"))
    assert p.owner.emails == ("lqiao@cs.example.edu",)


def test_a_chinese_achievements_heading_is_the_publications_not_the_owner():
    text = ("# about\n\n# 关于我\nHi, I am a master student.\n\n## 成果\n"
            "1. Zhou X, Hu Y, Liang W. Sparse attention for sensor streams[J]. IEEE Transactions on Industrial Informatics, 2021.\n")
    p = extract(read_text(text, path="home.md"))
    assert p.owner.name is None
    assert [(x.title, x.authors) for x in p.publications] == [("Sparse attention for sensor streams", ("Zhou X", "Hu Y", "Liang W"))]


def test_code_span_dates_escaped_breaks_and_an_acronym_before_its_city():
    text = """# Noor Haddad
PhD Student, TU Delft.

## Education

\\\\
\\\\
`2019-2024 (Expected)`
__Ph.D__. Computer Science, CyS, TU Delft.

`2016-2018`
__M.E.__ Embedded Systems, KU Leuven.
"""
    p = extract(read_text(text, path="cv.md"))
    assert [(e.institution, e.degree, e.degree_level, e.field, e.start, e.end, e.expected) for e in p.education] == [
        ("TU Delft", "Ph.D.", "phd", "Computer Science", "2019", "2024", True),
        ("KU Leuven", "M.E.", "master", "Embedded Systems", "2016", "2018", False),
    ]


def test_a_state_code_before_a_country_is_still_a_place():
    text = "# Noor Haddad\n\n## Experience\n\n**Acme Robotics**, Chicago, IL USA\nSoftware Engineer, 2019 - 2021\n"
    p = extract(read_text(text, path="cv.md"))
    assert [(j.organization, j.unit) for j in p.positions] == [("Acme Robotics", None)]


def test_affiliated_lab_after_the_place_of_study():
    text = ("# Noor Haddad\n\nI am a PhD student in Computer Science at KAIST, affiliated with the Program Synthesis Lab "
            "under the supervision of Professor Jae Min. I work on testing.\n")
    p = extract(read_text(text, path="about.md"))
    assert [(e.institution, e.unit, e.field, e.advisors) for e in p.education] == [
        ("KAIST", "Program Synthesis Lab", "Computer Science", ("Jae Min",))]


_SHORT_CV = """# Priya Raman

Education
======
* Master of Technology in Robotics, NIT Trichy,India, May 2026 (expected)
* B.Tech. in Computer Science and Engineering, Anna University, July 2023

Internships
======
* Embedded Software Engineer
  * Acme Drones LLC (Fort Myers, FL, USA)

* Research Software Engineer
  * Nanyang Technological University (Jurong West, Singapore)

* Research Assistant
  * Indian Statistical Institute (Kolkata, India)
"""


def test_short_cv_acronym_institutes_and_a_single_graduation_month():
    p = extract(read_text(_SHORT_CV, path="cv.md"))
    assert [(e.institution, e.degree, e.start, e.end, e.expected, e.location) for e in p.education] == [
        ("NIT Trichy", "Master of Technology", None, "2026-05", True, "India"),
        ("Anna University", "B.Tech.", None, "2023-07", False, None),
    ]


def test_internships_section_places_in_parentheses_and_research_titles():
    p = extract(read_text(_SHORT_CV, path="cv.md"))
    assert [(j.organization, j.title, j.kind, j.location) for j in p.positions] == [
        ("Acme Drones LLC", "Embedded Software Engineer", "internship", "Fort Myers, FL, USA"),
        ("Nanyang Technological University", "Research Software Engineer", "internship", "Jurong West, Singapore"),
        ("Indian Statistical Institute", "Research Assistant", "other", "Kolkata, India"),  # an assistantship stays "other"
    ]


def test_one_city_in_parentheses_is_part_of_the_name():
    text = "# Priya Raman\n\n## Education\n\n- 2021 - 2025, Ph.D., The Chinese University of Hong Kong (Shenzhen)\n"
    p = extract(read_text(text, path="cv.md"))
    assert [(e.institution, e.location) for e in p.education] == [("The Chinese University of Hong Kong (Shenzhen)", None)]


def test_sentences_wrapped_in_the_source_are_read_whole():
    text = """---
layout: default
---

I am a fifth year PhD student in the Institute for Speech Science
at Northfield University, advised by
[Marta Quinn](https://example.edu/~quinn).
My research is on parsing.
"""
    p = extract(read_text(text, path="index.md"))
    assert p.owner.name is None  # the advisor's name on a line of its own ends a sentence: no name line
    assert [(e.institution, e.unit, e.degree, e.advisors) for e in p.education] == [
        ("Northfield University", "Institute for Speech Science", "PhD", ("Marta Quinn",))]


def test_reference_style_links_subject_before_degree_and_lab_of():
    text = """I’m a third-year robotics PhD student in the [ARC][] and [Motion][] groups at the [University of Leeds][leeds], advised by [Tom Hale][hale] and [Ana Ruiz][].

I also spent a summer in the lab of Prof. Bo Lin at [Acme Research][acme].

[arc]: https://arc.example.org
[motion]: https://motion.example.org
[leeds]: https://www.leeds.example.ac.uk
[hale]: https://example.org/hale "Tom's page"
[ana ruiz]: https://example.org/ruiz
[acme]: https://acme.example.com
"""
    doc = read_text(text, path="index.md")
    assert "[" not in doc.text and "https" not in doc.text  # labels shown, definitions hidden
    assert "groups at the University of Leeds, advised by Tom Hale and Ana Ruiz." in doc.text
    p = extract(doc)
    assert [(e.institution, e.unit, e.field, e.degree, e.advisors[:2]) for e in p.education] == [
        ("University of Leeds", "ARC and Motion groups", "robotics", "PhD", ("Tom Hale", "Ana Ruiz"))]
    assert "Bo Lin" in {a.name for a in p.advisors}


def test_the_lab_of_an_advisor_ends_the_place_of_study():
    p = extract(read_text("I'm pursuing a PhD at the University of Leeds in the lab of Prof. Tom Hale. I like maps.\n", path="about.md"))
    assert [(e.institution, e.degree, e.advisors) for e in p.education] == [("University of Leeds", "PhD", ("Tom Hale",))]


_BULLET_CV = """---
title: "About Me"
author_profile: true
---

Education
======
* Doctor of Philosophy (Ph.D.) in Marine Ecology, Dalhousie University, 2019 - present
* PhD Candidate in Coastal Geology, Memorial University, 2017 - 2019
* B.Sc. in Biology, Acadia University, 2016 (First Class with Honours)

Work experience
======

* Spring 2021: Data Scientist Intern
  * Shopify
  * Research topic: forecasting of seasonal demand

* Summer 2020: Research Assistant, Supervised by Maria Lopes and Ken Ito, Department of Oceanography, Dalhousie University (May 2020 - Aug 2020)
"""


def test_degree_words_after_the_degree_and_honours():
    """"PhD Candidate in X" and "Doctor of Philosophy (Ph.D.) in X": the degree goes on to its
    subject; "(First Class with Honours)" is how it was passed, not a unit."""
    p = extract(read_text(_BULLET_CV, path="about.md"))
    assert [(e.institution, e.unit, e.degree, e.field) for e in p.education] == [
        ("Dalhousie University", None, "Doctor of Philosophy (Ph.D.)", "Marine Ecology"),
        ("Memorial University", None, "PhD Candidate", "Coastal Geology"),
        ("Acadia University", None, "B.Sc.", "Biology"),
    ]


def test_the_employer_in_the_bullet_under_a_title_and_names_after_supervised_by():
    """The bare name in the first bullet under "Spring 2021: Data Scientist Intern" is the
    employer ("Research topic: …" is a label, though "Research" starts names of organisations);
    "Supervised by A and B, Department of X, Y" names the advisors, then the unit and organisation."""
    p = extract(read_text(_BULLET_CV, path="about.md"))
    assert [(j.organization, j.unit, j.title, j.supervisors) for j in p.positions] == [
        ("Shopify", None, "Data Scientist Intern", ()),
        ("Dalhousie University", "Department of Oceanography", "Research Assistant", ("Maria Lopes", "Ken Ito")),
    ]


_ZH_HERO = """---
layout: about
title: 中文主页
---

<div class="home-hero">
  <h1>周雨晴</h1>
  <p class="hero-lead">我是周雨晴，现为南京大学软件学院博士后。</p>
  <p class="hero-summary">
    我于 2024 年 6 月获浙江大学计算机科学与技术学院博士学位。曾获得<strong>钱伟长论文奖</strong>（2023）、<strong>高教社杯数学建模本科组全国二等奖</strong>与<strong>高教杯数学建模全国二等奖</strong>。
  </p>
</div>

## 代表性工作

<div class="featured-item">
  <h3>TideNet</h3>
  <p class="featured-summary">以时序图网络建模代码变更的传播过程。</p>
  <p>IEEE Transactions on Software Engineering (TSE)，2025</p>
</div>
<div class="featured-item">
  <h3>Accepted Papers {#accepted}</h3>
  <p>2024 (Accepted/In Press)</p>
  <h3>Journal Papers</h3>
  <h3>ShoreFix</h3>
  <p>International Conference on Software Engineering (ICSE)，2024</p>
</div>
"""


def test_chinese_hero_page_papers_named_in_headings_and_bold_awards():
    """A Chinese homepage whose biography sits under the owner's name: the school of a degree
    ("获浙江大学计算机科学与技术学院博士学位") is its unit; bold awards ending in 论文奖, the
    shorter name of one award written twice counted once; papers named by a heading over their
    venue (also after a heading of the same level that names a section), their Chinese one-sentence
    summaries no titles, a heading that groups papers no paper."""
    p = extract(read_text(_ZH_HERO, path="about_zh.md"))
    assert [(e.institution, e.unit, e.degree_level, e.field, e.end) for e in p.education] == [
        ("浙江大学", "计算机科学与技术学院", "phd", None, "2024-06")]
    assert [(a.name, a.year) for a in p.awards] == [("钱伟长论文奖", 2023), ("高教社杯数学建模本科组全国二等奖", None)]
    assert [(x.title, x.venue_normalized) for x in p.publications] == [("TideNet", "TSE 2025"), ("ShoreFix", "ICSE 2024")]


_ACADEMICPAGES_CV = """---
layout: archive
title: "CV"
permalink: /cv/
---

Education
======
* Ph.D. in **Ecology, Evolution, and Behavior**, University of Oslo, 2026 (expected)
* Ph.D pre-candidate in in Geology, University of Bergen, 2019-2021
* M.S. in Marine Sciences & Technology, EPFL, Switzerland, 2018

Work experience
======
* 2021-Present: Research Fellow
  * Norwegian Institute for Nature and Marine Research (NINA), Trondheim, Norway
  * Mentor: Prof. Ingrid Dahl
"""


def test_academicpages_cv_bullets():
    """A bold subject with commas is one field; "pre-candidate" and a doubled "in" as written;
    an institution's acronym before its country is no town; a long organisation's name with
    its place, in the bullet under the job title, is the employer."""
    p = extract(read_text(_ACADEMICPAGES_CV, path="cv.md"))
    assert [(e.institution, e.degree, e.field, e.location) for e in p.education] == [
        ("University of Oslo", "Ph.D.", "Ecology, Evolution, and Behavior", None),
        ("University of Bergen", "Ph.D pre-candidate", "Geology", None),
        ("EPFL", "M.S.", "Marine Sciences & Technology", "Switzerland"),
    ]
    assert [(j.organization, j.title, j.location, j.supervisors) for j in p.positions] == [
        ("Norwegian Institute for Nature and Marine Research (NINA)", "Research Fellow", "Trondheim, Norway", ("Ingrid Dahl",))]


_STUDENT_RA_PAGE = """---
permalink: /
author_profile: true
---

I am currently a research assistant at the Nordic University of Applied Science (Bergen) campus (NUAS-B), under the supervision of <a href='https://example.org/kn'>Kari Nygaard (卡丽)</a>. At the same time, I am a master's student at LIT, currently pursuing my Master of Science degree while doing an internship.
My previous superviser was Prof. <a href='https://example.org/ol'>Ola Lunde</a>.

# 📖 Educations
- *2024.08 - 2025.12 (now)*, Master, Lakeshore Institute of Technology, Oregon, USA.
- *2019.09 - 2023.06*, Undergraduate, Fjordland University, Bergen, Norway.

# 💻 Internships
- *2022.02 - 2022.04*, [Kestrel Analytics](https://kestrel.example/), Norway.
- *2021.07 - 2021.09*, [Fjord AI](https://fjord.example/), Oslo, Norway.

Work experience
======
- 2025.4-Present: AI Research Intern, working with Dr. [Siri Berg](https://example.org/sb), [Tor Aas](https://example.org/ta), and [Liv Moe](https://example.org/lm)
- 2024.5-2024.8: Applied Scientist Intern at Halvard Labs, advised by Nils Dahl and Eva Holm
"""


def test_dated_bullets_named_by_a_link_and_titles_before_at():
    """"*dates*, [Name](link), Country." is an entry of its own, its name the organisation (not
    a town); "Applied Scientist Intern at Halvard Labs" is a title and where, though the title's
    first word is none; "working with Dr. A, B, and C" names a job's mentors, and no organisation."""
    p = extract(read_text(_STUDENT_RA_PAGE, path="about.md"))
    jobs = [(j.organization, j.title, j.location, j.start, j.supervisors) for j in p.positions]
    assert jobs[:2] == [("Kestrel Analytics", None, "Norway", "2022-02", ()), ("Fjord AI", None, "Oslo, Norway", "2021-07", ())]
    assert ("Halvard Labs", "Applied Scientist Intern", None, "2024-05", ("Nils Dahl", "Eva Holm")) in jobs
    assert all(j.organization not in ("Siri Berg", "Tor Aas", "Liv Moe") for j in p.positions)


def test_a_research_assistants_host_and_a_degree_named_by_its_acronym():
    """The host of a research assistant's job at a university is an advisor, but not of the
    degree studied elsewhere (a supervisor not tied to a job is, of the degree going on); the job's place may hold two parentheses; a
    degree stated in prose at "LIT" is the entry at "Lakeshore Institute of Technology"; the
    clause after "LIT," ("currently pursuing …") is no part of the name; "superviser" as written."""
    p = extract(read_text(_STUDENT_RA_PAGE, path="about.md"))
    assert [(e.institution, e.end, e.advisors) for e in p.education] == [
        ("Lakeshore Institute of Technology", "2025-12", ("Ola Lunde",)), ("Fjordland University", "2023-06", ())]
    ra = [j for j in p.positions if j.title == "research assistant"]
    assert [(j.organization, j.end, j.supervisors) for j in ra] == [
        ("Nordic University of Applied Science (Bergen) campus (NUAS-B)", "present", ("Kari Nygaard",))]
    assert [a.name for a in p.advisors] == ["Kari Nygaard", "Ola Lunde"]


_UK_CV = """---
layout: archive
title: "CV"
---

Education
======
* PhD in Statistics, University of Bristol 2028 (expected)
* MSci in Mathematics, Imperial College London, 2024
* Exchange year at MIT, 2022/23

Work experience
======
* Spring 2025: Tutor
  * Keble College, Oxford
  * Tutorials in measure theory

* 2024-25: Peer tutor
  * Imperial College London

* Summer 2021: Research Intern
  * Larkspur

* Summer 2020: PhD Quantitative Research Intern
  * Meridian Capital Group
"""


def test_uk_cv_degrees_titles_and_academic_years():
    """MSci is a master's degree; "Imperial College London" is one name (the institution
    table); "Exchange year at MIT" is a visit to MIT; "Tutor" is a title; "2024-25" is an
    academic year; a bare name under "Research Intern" is the employer ("Research" is no
    organisation there); "PhD Quantitative Research Intern" in a work section is a job's
    title, not a degree."""
    p = extract(read_text(_UK_CV, path="cv.md"))
    assert [(e.institution, e.degree, e.field, e.end) for e in p.education][:2] == [
        ("University of Bristol", "PhD", "Statistics", "2028"), ("Imperial College London", "MSci", "Mathematics", "2024")]
    jobs = [(j.organization, j.title, j.kind, j.start, j.end) for j in p.positions]
    assert jobs == [
        ("MIT", "Exchange year", "visiting", "2022", "2023"),
        ("Keble College", "Tutor", "employment", "2025-03", "2025-03"),
        ("Imperial College London", "Peer tutor", "employment", "2024", "2025"),
        ("Larkspur", "Research Intern", "internship", "2021-06", "2021-06"),
        ("Meridian Capital Group", "PhD Quantitative Research Intern", "internship", "2020-06", "2020-06"),
    ]


_DEGREE_BULLETS = """# Ewan Hale

## Education
**Durham University** 2016.9-2020.6
* Bachelor Degree
* Department of Mathematical Sciences
"""
_OPEN_EMPHASIS = """Education
======
* **University of Leeds** <span style="float:right;"> Leeds, UK </span><br/>
  _Master of Mathematics in Topology <span style="float:right;"> 2021 </span><br/>
"""


def test_a_degree_bullet_under_the_institution_and_an_emphasis_left_open():
    """A bullet that is a degree ("* Bachelor Degree") names the entry's degree, as a bullet
    naming a department names its unit; "_Master of …" with its emphasis left open is the degree."""
    p = extract(read_text(_DEGREE_BULLETS, path="about.md"))
    assert [(e.institution, e.unit, e.degree, e.field, e.start, e.end) for e in p.education] == [
        ("Durham University", "Department of Mathematical Sciences", "Bachelor Degree", None, "2016-09", "2020-06")]
    p = extract(read_text(_OPEN_EMPHASIS, path="cv.md"))
    assert [(e.institution, e.degree, e.field, e.end) for e in p.education] == [("University of Leeds", "Master of Mathematics", "Topology", "2021")]


_DEGREE_SENTENCES = """# Noa Levi

# Education

I graduated in Medicine from [Negev Medical School, Israel](https://example.org/n); completed my Master of Public Policy cum laude from [Carmel University, Israel](https://example.org/c); and am currently during my Ph.D. in quantitative epidemiology from [Galil University, Israel](https://example.org/g).

# About

I am a Ph.D. student in Physics. I hold a B.S. in Biology. I am currently pursuing my M.Sc. in Optics at the Photonics Department at TAU.
I received my B.A. from Golan College, where I worked with Professors Dana Ben-Ami and Yossi Katz on wave guides.
"""


def test_degree_sentences_in_an_education_section_and_a_biography():
    """A first-person sentence that stands as an education section's only entry is read as a
    biography: "graduated in X from Y", "completed my Master of … from Y" (its "cum laude" no
    part of the subject), "am currently during my Ph.D. in X from Y"; "pursuing my M.Sc. in X at
    the Photonics Department at TAU" names unit and institution; "a Ph.D. student in Physics"
    and "I hold a B.S. in Biology" name a subject, not an institution; "where I worked with
    Professors A and B" after a degree names its advisors."""
    p = extract(read_text(_DEGREE_SENTENCES, path="about.md"))
    assert [(e.institution, e.unit, e.degree_level, e.field, e.end, e.advisors) for e in p.education] == [
        ("Negev Medical School", None, None, "Medicine", None, ()),
        ("Carmel University", None, "master", "Public Policy", None, ()),
        ("Galil University", None, "phd", "quantitative epidemiology", "present", ()),
        ("TAU", "Photonics Department", "master", "Optics", "present", ()),
        ("Golan College", None, "bachelor", None, None, ("Dana Ben-Ami", "Yossi Katz")),
    ]


_HUGO_AUTHOR = """---
title: Lena Sorensen
education:
  courses:
  - course: Research Master 'Cognition and Behaviour'
    institution: Aalborg University
    year: 2017
  - course: Masters of Public Health
    institution: Aarhus University
    year: 2024 (Expected)
---

I am a second-year doctoral student in Epidemiology at the University of Southern Denmark, advised by Dr. Mette Holm.
"""


def test_hugo_courses_and_a_doctoral_student():
    """A course's subject in quotes loses them; "Masters of Public Health" is one degree's name;
    "a second-year doctoral student in X at Y, advised by Dr. Z" is a PhD with its advisor,
    not a job."""
    p = extract(read_text(_HUGO_AUTHOR, path="_index.md"))
    assert [(e.institution, e.degree, e.degree_level, e.field, e.end, e.advisors) for e in p.education] == [
        ("Aalborg University", "Research Master", "master", "Cognition and Behaviour", "2017", ()),
        ("Aarhus University", "Masters of Public Health", "master", None, "2024", ()),
        ("University of Southern Denmark", "doctoral", "phd", "Epidemiology", "present", ("Mette Holm",)),
    ]
    assert p.positions == ()


_UNDERGRAD_PAGE = """---
title: "About Me"
---

Hi! I'm Nora Vik (诺拉), a third-year (junior) undergraduate student at School of Physics, Tromso University, majoring in Applied Physics. Now I am a research intern in [Aurora Lab](https://example.org/a) at [Fjordtech Institute](https://example.org/f), advised by Prof. [Per Lund](https://example.org/p). I joined [Signal Processing and Sensing Lab](https://example.org/s) at [UiT](https://example.org/u), advised by Prof. [Ane Berg](https://example.org/b).

# Honors & Awards
* Nordic Physics Scholarship, 2022 (Top 0.5% nation-wide)
* Arctic Modeling Contest: First Prize, 2021 & 2023 (twice)
"""


def test_undergraduate_sentences_labs_joined_and_award_notes():
    """"a third-year (junior) undergraduate student at School of X, Y University" is a degree;
    "I joined the A and B Lab at C, advised by Prof. D": D advises there, not in the job named
    before; an award's rank note ("(Top 0.5% nation-wide)", "(twice)") is no part of its name,
    and of a list of years the first is the award's."""
    p = extract(read_text(_UNDERGRAD_PAGE, path="about.md"))
    assert [(e.institution, e.unit, e.degree_level, e.field, e.end) for e in p.education][:1] == [
        ("Tromso University", "School of Physics", "bachelor", "Applied Physics", "present")]
    intern = next(j for j in p.positions if j.title == "research intern")
    assert (intern.organization, intern.unit, intern.supervisors) == ("Fjordtech Institute", "Aurora Lab", ("Per Lund",))
    assert [(a.name, a.year) for a in p.awards] == [("Nordic Physics Scholarship", 2022), ("Arctic Modeling Contest: First Prize", 2021)]


GROUPED_CV = """Tomas Varga

Summary
I am a systems engineer and researcher with a strong interest in storage reliability.

Education
Hungary | Budapest University of Technology and Economics
Ph.D. in Computer Engineering | Sep. 2015 – Jun. 2019
    Advisor: Prof. Eszter Kiss
M.S. in Computer Engineering | Sep. 2013 – Jun. 2015
B.S. in Electrical Engineering | Sep. 2009 – Jun. 2013

Austria | IST Austria
Visiting Student in Distributed Systems | Jul. 2017 – Sep. 2017

Honors & Awards
Programming Contests (team events)
Gold medal, Central European Contest | (Team Tapir) Nov. 2012
3rd place, National Olympiad | (Team Tapir) Apr. 2011
"""


def test_a_school_named_once_over_its_degrees_and_a_label_over_awards():
    p = extract(read_text(GROUPED_CV, path="cv.txt"))
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [
        ("Budapest University of Technology and Economics", "phd", "2015-09"),
        ("Budapest University of Technology and Economics", "master", "2013-09"),
        ("Budapest University of Technology and Economics", "bachelor", "2009-09")]
    assert p.education[0].advisors == ("Eszter Kiss",)
    (visit,) = p.positions  # "researcher with a strong interest in …" names no organisation
    assert (visit.organization, visit.kind, visit.start) == ("IST Austria", "visiting", "2017-07")
    assert [(a.name, a.date) for a in p.awards] == [
        ("Gold medal, Central European Contest", "2012-11"), ("3rd place, National Olympiad", "2011-04")]


HOMEPAGE_WITH_STATUS_LINES = """I am a research assistant with **Dr. Ilse Brandt** at the [Institute of Marine Science, Baltic University](https://example.org/ims). Before that I studied in Riga.

# Education
- Incoming PhD in Oceanography
  - Department of Earth Sciences, Baltic University. 09/2025 - expected 09/2029
  - Advisor: Prof. Omar Al Rashid

# Publications

<details>
<summary><strong>1. Tidal Mixing in Shallow Fjords Revisited</strong><br>
K.-L. Ozols and I. Brandt. Submitted, 2025.</summary>
An abstract.
</details>
"""


def test_expected_end_after_the_dash_a_host_before_the_employer_and_a_status_after_the_authors():
    p = extract(read_text(HOMEPAGE_WITH_STATUS_LINES, path="about.md"))
    (phd,) = p.education
    assert (phd.institution, phd.start, phd.end, phd.expected, phd.advisors) == ("Baltic University", "2025-09", "2029-09", True, ("Omar Al Rashid",))
    (job,) = p.positions
    assert (job.organization, job.unit, job.title, job.supervisors) == ("Baltic University", "Institute of Marine Science", "research assistant", ("Ilse Brandt",))
    (paper,) = p.publications
    assert (paper.title, paper.authors, paper.status) == ("Tidal Mixing in Shallow Fjords Revisited", ("K.-L. Ozols", "I. Brandt"), "submitted")


def test_a_research_division_before_its_company_and_venue_spans_after_a_title():
    page = """# Experience
- **Systems Research, Google**  
  Research Intern, May 2026 - Aug. 2026  

# Publications

**Reading Tables Carefully**  
<span class="authors">**Ada Ng**, Bo Lee</span>  
<span class="venue venue-oral">CoLM 2026 Oral</span> <span class="venue venue-award">🏆 TRL Workshop 2026 Best Paper</span> [[paper]](https://arxiv.org/abs/2505.11111)

**Tables Again**  
<span class="authors">**Ada Ng**</span>  
<span class="venue">ACL 2024</span>
"""
    p = extract(read_text(page, path="about.md"))
    (job,) = p.positions
    assert (job.organization, job.unit, job.kind) == ("Google", "Systems Research", "internship")
    assert [(x.title, x.venue, x.year) for x in p.publications] == [("Reading Tables Carefully", "CoLM 2026 Oral", 2026), ("Tables Again", "ACL 2024", 2024)]


ACADEMICPAGES_CV = """Education
======
* B.S. in Marine Engineering, Dalian Maritime University, 2024
  * GPA: 3.71/4.0
  * Second Class Scholarship of School of Naval Architecture, 2022

Research Experience
======
* Mar 2025 - May 2025: **Wave-Aware Hull Design**
  * Research Assistant, Department of Ocean Engineering, Purdue
  * Advisor: Prof. Lena Ortiz
  * Proposed a learned hull model.

* Jun 2023 - Sep 2023: **Sonar Denoising**
  * Research Assistant, Harbin Engineering University
  * Advisor: Prof. Kai Sun
"""


def test_a_project_named_over_its_job_a_unit_before_its_institution_and_an_honour_under_a_degree():
    p = extract(read_text(ACADEMICPAGES_CV, path="cv.md"))
    (bs,) = p.education
    assert (bs.institution, bs.unit, bs.field, bs.end) == ("Dalian Maritime University", None, "Marine Engineering", "2024")
    assert [(a.name, a.year) for a in p.awards] == [("Second Class Scholarship of School of Naval Architecture", 2022)]
    assert [(x.organization, x.unit, x.title, x.start, x.supervisors) for x in p.positions] == [
        ("Purdue", "Department of Ocean Engineering", "Research Assistant", "2025-03", ("Lena Ortiz",)),
        ("Harbin Engineering University", None, "Research Assistant", "2023-06", ("Kai Sun",))]


def test_a_bare_work_heading_and_the_person_a_title_is_held_with():
    text = """Education
======
* Ph.D in Soil Science, University of Arizona, 2017

Work
======
* 2021 - current: Postdoctoral Researcher with [Ines Van Dijk](https://example.org/ivd), University of Queensland
* 2018 - 2021: Research Scientist, Deep Active Learning with Sparse Priors, Carnegie Mellon University
"""
    p = extract(read_text(text, path="cv.md"))
    assert [(j.organization, j.title, j.start, j.end, j.supervisors) for j in p.positions] == [
        ("University of Queensland", "Postdoctoral Researcher", "2021", "present", ("Ines Van Dijk",)),
        ("Carnegie Mellon University", "Research Scientist", "2018", "2021", ()),
    ]


def test_faculty_page_entries_broken_by_br_and_campus_names():
    text = """<html><body><p class="name">Meera Iyer</p>
<h2>Education</h2>
<ul>
  <li><span>Ph.D. (2016) <br />Indian Institute of Technology, Madras <br />Chemical Engineering <br /></span></li>
  <li><span>M.Tech. (2011) <br />National Institute of Technology, Tiruchirappalli <br />Process Engineering <br /></span></li>
</ul>
<h2>Academic Experience</h2>
<ul>
  <li><span>Assistant Professor <br />Indian Institute of Technology Delhi <br />July, 2019 to till date <br /></span></li>
  <li><span>Research Associate <br />Indian Institute of Technology Bombay <br />January, 2017 - June, 2019 <br /></span></li>
</ul>
</body></html>
"""
    p = extract(read_text(text, path="faculty.html"))
    assert [(e.institution, e.degree, e.field, e.end) for e in p.education] == [
        ("Indian Institute of Technology, Madras", "Ph.D.", "Chemical Engineering", "2016"),
        ("National Institute of Technology, Tiruchirappalli", "M.Tech.", "Process Engineering", "2011"),
    ]
    assert [(j.organization, j.title, j.start, j.end) for j in p.positions] == [
        ("Indian Institute of Technology Delhi", "Assistant Professor", "2019-07", "present"),
        ("Indian Institute of Technology Bombay", "Research Associate", "2017-01", "2019-06"),
    ]


def test_school_boxes_open_with_dates_and_degree():
    # each box: "dates, degree." then the unit and the school, each a paragraph of its own
    text = """# Teodor Lind

## Educations

<div class='school-box'>
<div class='school-box-text' markdown="1">
2022.09 - Present, Ph.D. Candidate.

Faculty of Marine Sciences.

University of Gothenburg, Gothenburg, Sweden.
</div>
</div>

<div class='school-box'>
<div class='school-box-text' markdown="1">
2018.09 - 2022.06, Undergraduate.

School of Earth Sciences.

Uppsala University, Uppsala, Sweden.
</div>
</div>

## Honors

- *2023* Graduate Research Scholarship, Nordic Ocean Council. (北欧海洋理事会研究生奖学金)
- *2021* Regional Rowing Cup Silver Medal. (地区赛艇杯银牌)
"""
    p = extract(read_text(text, path="lind.md"))
    assert [(e.institution, e.unit, e.degree_level, e.start, e.end) for e in p.education] == [
        ("University of Gothenburg", "Faculty of Marine Sciences", "phd", "2022-09", "present"),
        ("Uppsala University", "School of Earth Sciences", "bachelor", "2018-09", "2022-06"),
    ]
    # an award's Chinese translation in parentheses after its English name is not part of the name
    assert [(a.name, a.issuer) for a in p.awards] == [
        ("Graduate Research Scholarship", "Nordic Ocean Council"), ("Regional Rowing Cup Silver Medal", None)]


def test_degree_lines_naming_their_school_stay_entries_of_their_own():
    text = """Education
======
* Ph.D in CCDS, NTU Singapore, 2028 (expected)
* B.Eng. in Electrical Engineering, NTU, 2021 (First Class with Honours)
"""
    p = extract(read_text(text, path="cv.md"))
    assert [(e.institution, e.degree, e.end) for e in p.education] == [("NTU Singapore", "Ph.D", "2028"), ("NTU", "B.Eng.", "2021")]


def test_degrees_named_of_a_two_word_subject_and_awards_dated_before_a_venue_year():
    text = """# Lin Qiao

## Educations
- 2021.09 - 2023.06, Harbin Institute of Technology, Harbin, China, Master of Computer Technology.
- 2017.09 - 2021.06, Xidian University, Xian, China, Bachelor of Computer Science and Technology.

## Honors
- 2024.07 Third-Place Winner in the Challenge of Robust Tracking in CVPR 2024.
- 2023.12 National Scholarship.
"""
    p = extract(read_text(text, path="qiao.md"))
    assert [(e.degree, e.field) for e in p.education] == [("Master", "Computer Technology"), ("Bachelor", "Computer Science and Technology")]
    assert [(a.name, a.date) for a in p.awards] == [
        ("Third-Place Winner in the Challenge of Robust Tracking in CVPR 2024", "2024-07"), ("National Scholarship", "2023-12")]


def test_topic_chips_over_the_biography_are_not_the_owners_name():
    text = """<div class="chips" markdown="0">
<a href="/publications" class="chip">Trustworthy AI</a>
<a href="/publications" class="chip">Biometric Authentication</a>
</div>

### About me

I am a second-year Ph.D. student in the School of Computing at Clemson University.
"""
    p = extract(read_text(text, path="home.md"))
    assert p.owner.name is None
    assert [(e.institution, e.degree_level) for e in p.education] == [("Clemson University", "phd")]


@pytest.mark.parametrize("text, degree", [
    ("Bachelor of Science Electrical Engineering", "Bachelor of Science"),  # a degree's own subject, then the field
    ("Master of Engineering Management", "Master of Engineering"),
    ("Master of Computer Technology", "Master"),  # "Computer Technology" is the field
    ("Master of Mathematics", "Master of Mathematics"),
])
def test_degree_names_of_a_subject(text, degree):
    assert DEGREE_RE.match(text).group() == degree


def test_a_job_title_after_a_colon_and_a_title_label():
    text = """# Ana Lobo

## Experience

### Google Brain: Research Intern | 2020 - 2021

### Position: Research Assistant | 2019 - 2020
"""
    p = extract(read_text(text, path="lobo.md"))
    # the title apart from the team; the label "Position" names no employer
    assert [(j.organization, j.title, j.start) for j in p.positions] == [("Google Brain", "Research Intern", "2020")]


def test_a_school_its_subject_and_the_university():
    p = extract(read_text("# Educations\n- *2021.09 - 2025.06*, College of Computing, Data Science, Lakeview University\n"
                          "- *2020.09 - 2021.06*, Business School, Business Administration, Lakeview University\n"
                          "- *2016.09 - 2020.06*, School of Physics, Lakeview University, Springfield\n", path="a.md"))
    assert [(e.institution, e.unit, e.field) for e in p.education] == [
        ("Lakeview University", "College of Computing", "Data Science"), ("Lakeview University", "Business School", "Business Administration"),
        ("Lakeview University", "School of Physics", None)]


def test_a_named_medical_school_is_no_unit():
    p = extract(read_text("# Experience\n- *2013.07 - Present*, Graduate Student, Department of Biomedical Informatics, Hartwell Medical School\n", path="a.md"))
    assert (p.positions[0].organization, p.positions[0].unit) == ("Hartwell Medical School", "Department of Biomedical Informatics")


def test_the_biography_does_not_repeat_a_unit_named_in_the_institution():
    p = extract(read_text("I am a graduate student at the Institute of Computing Methods, Academy of Sciences.\n\n"
                          "# Educations\n- *2025.09 - Present*, Institute of Computing Methods, University of the Academy of Sciences\n", path="a.md"))
    [e] = p.education
    assert e.institution == "Institute of Computing Methods, University of the Academy of Sciences" and e.unit is None


def test_projects_under_a_date_badge():
    p = extract(read_text("# Projects\n\n<div class='paper-box'><div class=\"badge\">2025.05 - 2025.08</div>\n<div markdown=\"1\">\n"
                          "**When Words Win: Text Dominance in Multimodal Models**   \nWe study why text outweighs images.\n</div></div>\n\n"
                          "<div class='paper-box'><div class=\"badge\">2018.09 - 2019.09</div>\n<div markdown=\"1\">\n"
                          "**Robotics Club**   \nLed the school's robotics club.\n</div></div>\n", path="a.md"))
    assert [(x.name, x.start, x.end) for x in p.projects] == [
        ("When Words Win: Text Dominance in Multimodal Models", "2025-05", "2025-08"), ("Robotics Club", "2018-09", "2019-09")]


def test_a_lower_case_phd():
    p = extract(read_text("Mei Lin is a ph.D student of robotics at the Harbour Lab, Lakeview University.\n", path="a.md"))
    assert p.education and p.education[0].degree_level == "phd"


def test_an_award_dated_first_and_named_with_a_venue_year():
    p = extract(read_text("# Honors and Awards\n- *2024* Top Reviewer of NeurIPS 2024 (8.6%, 1,304 of 15,160 reviewers)\n", path="a.md"))
    assert [(a.name, a.year) for a in p.awards] == [("Top Reviewer of NeurIPS 2024", 2024)]


def test_projects_named_in_bold_after_their_dates_with_a_table_of_images_between():
    p = extract(read_text(
        "# Projects\n\n- *2021.10 - now*, **Harbour Mapping with Cooperating Drones over Open Water. (Core Member)**\n\n"
        "  [National Programme] Responsible for the planning of several drones at sea.\n\n"
        "<table><tr>\n<td style=\"width:50%\"> <a href=\"https://example.org/v1\"><img src=\"a.jpg\" alt=\"demo 1\"></a></td>\n"
        "<td> <a href=\"https://example.org/v2\"><img src=\"b.jpg\" alt=\"demo 2\"></a></td>\n</tr></table>\n\n"
        "- *2020.05 - 2020.09*, **Model Boat Racing. (Team Leader)**\n\n  [The 12th Regional Model Boat Race]\n", path="a.md"))
    assert [(x.name, x.role, x.start, x.end) for x in p.projects] == [
        ("Harbour Mapping with Cooperating Drones over Open Water", "Core Member", "2021-10", "present"),
        ("Model Boat Racing", "Team Leader", "2020-05", "2020-09")]


def test_a_chinese_name_given_after_or_and_a_doctorate_starting_later():
    p = extract(read_text(
        "My name is Tao Lin, or 林涛 in Chinese. I am a senior student in the Honours class, Lakeview University.\n"
        "I will be a Ph.D. student at the Institute for Robotics, Lakeview University starting from 2027, "
        "under the supervision of Professor Mei Chen.\n", path="a.md"))
    assert (p.owner.name, p.owner.other_names) == ("Tao Lin", ("林涛",))
    phd = [e for e in p.education if e.degree_level == "phd"]
    assert [(e.institution, e.unit, e.start, e.end, e.advisors) for e in phd] == [
        ("Lakeview University", "Institute for Robotics", "2027", None, ("Mei Chen",))]


def test_a_college_over_the_university_it_belongs_to():
    p = extract(read_text("# Education\n\n<div class='school-box-text' markdown=\"1\">\n2021.09 - now, Undergraduate\n\n"
                          "Turing class, Lantern College\n\nLakeview University, Harbin\n</div>\n", path="a.md"))
    assert [(e.institution, e.unit, e.degree_level, e.location) for e in p.education] == [
        ("Lakeview University", "Lantern College, Turing class", "bachelor", "Harbin")]


def test_projects_under_headings_with_labelled_duration_and_role():
    p = extract(read_text(
        "You can also find my CV here [Tao Lin's Curriculum Vitae](../assets/cv.pdf).\n\nEducation\n======\n"
        "* Ph.D. in Control Science, Lakeview University, expected 2027\n\n## Project Experience  \n  \n"
        "### National Programme Subproject: Trustworthy and Explainable Harbour Scheduling for Autonomous Ferries at Night on the Rivers and Lakes of the North  \n"
        "**Duration**: September 2020 - Present  \n- **Role**: Key Contributor  \n- **Responsibilities**:  \n"
        "  - Developed explainable scheduling algorithms.  \n  \n"
        "### Lakeside Ferry Company Project: Robot Ferry Development  \n**Duration**: December 2020 - December 2021  \n"
        "- **Role**: Key Contributor  \n", path="cv.md"))
    assert p.owner.name == "Tao Lin"
    assert [(x.name, x.role, x.start, x.end) for x in p.projects] == [
        ("National Programme Subproject: Trustworthy and Explainable Harbour Scheduling for Autonomous Ferries at Night on the Rivers and Lakes of the North", "Key Contributor",
         "2020-09", "present"),
        ("Lakeside Ferry Company Project: Robot Ferry Development", "Key Contributor", "2020-12", "2021-12")]
    assert [e.institution for e in p.education] == ["Lakeview University"]


def test_a_job_stated_as_as_a_title_at_an_organisation():
    p = extract(read_text("Post-Graduate Research\n======\n\nAs a postdoc at Lakeview University I have been focused on two projects.\n\n"
                          "I was a research engineer at Harbour Labs, focused on tides. As the team leader of the Lakeview Rowing Team, I won.\n",
                          path="cv.md"))
    assert [(x.organization, x.title, x.end) for x in p.positions] == [
        ("Lakeview University", "postdoc", "present"), ("Harbour Labs", "research engineer", None)]
