"""LaTeX CV sources of the two common classes (issue 8): the header macros of the preamble
name the owner, and ``\\cventry`` arguments are read whether on one line or one per line."""

from __future__ import annotations

from conftest import fixture
from kg.extract import extract, extract_file
from kg.read import read_text


def test_moderncv():
    p = extract_file(fixture("moderncv_brenner.tex"))
    assert (p.owner.name, p.owner.emails) == ("Lukas Brenner", ("lukas.brenner@example.de",))
    tum = [e for e in p.education if e.institution == "Technical University of Munich"][0]
    assert (tum.degree_level, tum.start, tum.end, tum.advisors) == ("phd", "2020", "2024", ("Sabine Roth",))
    assert [(x.organization, x.kind, x.start) for x in p.positions] == [("SAP", "internship", "2023")]
    (paper,) = p.publications
    assert (paper.title, paper.authors, paper.venue_normalized) == ("Learned Cardinalities for Streaming Joins", ("Lukas Brenner", "Sabine Roth"), "SIGMOD 2024")


def test_awesome_cv_one_argument_per_line():
    p = extract_file(fixture("awesomecv_okafor.tex"))
    assert p.owner.name == "Mira Okafor"
    (phd,) = p.education
    assert (phd.institution, phd.degree_level, phd.start, phd.end) == ("Stanford University", "phd", "2019-09", "2024-06")
    (job,) = p.positions
    assert (job.organization, job.title, job.start, job.end) == ("NVIDIA", "Research Scientist", "2024-07", "present")


def test_hugo_academic_author_page():
    """``content/authors/*/_index.md``: the YAML education, the role at the listed organisation, social links."""
    p = extract_file(fixture("hugo_author_index.md"))
    assert p.owner.name == "Nelson Bighetti" and p.owner.emails == ("nelson@example.edu",)
    assert "https://orcid.org/0000-0002-1825-0097" in p.owner.urls
    assert [(e.institution, e.degree_level, e.end) for e in p.education] == [
        ("Stanford University", "phd", "2012"), ("Massachusetts Institute of Technology", "master", "2009")]
    (job,) = p.positions
    assert (job.organization, job.title, job.end, job.kind) == ("Stanford University", "Professor of Artificial Intelligence", "present", "employment")


def test_resume_subheading_template():
    """The one-page ``\\resumeSubheading{…}{…}{…}{…}`` résumé: the contact line under the name,
    education and jobs with their places, projects listing what they are built with."""
    p = extract_file(fixture("resume_subheading.tex"))
    assert p.owner.name == "Marisol Quintero"
    # the link and its text are one URL; a North American number on the contact line is a phone
    assert p.owner.urls == ("https://linkedin.com/in/mquintero", "https://github.com/mquintero")
    assert p.owner.phones == ("555-201-7788",)
    # "University of Michigan | Ann Arbor, MI": a name and its town, though "…, Ann Arbor" is a known name
    assert [(e.institution, e.location, e.degree_level, e.field, e.start, e.end, e.advisors) for e in p.education] == [
        ("University of Michigan", "Ann Arbor, MI", "phd", "Computer Science and Engineering", "2021-08", "present", ("Tobias Lindqvist",)),
        ("University of Texas at Austin", "Austin, TX", "bachelor", "Computer Science", "2017-08", "2021-05", ()),
    ]
    assert [(x.organization, x.title, x.kind, x.location, x.start, x.end, x.supervisors) for x in p.positions] == [
        ("NVIDIA Research", "Research Intern", "internship", "Santa Clara, CA", "2024-05", "2024-08", ("Hui-Min Tsai",)),
        ("Meta", "Software Engineering Intern", "internship", "Menlo Park, CA", "2020-06", "2020-08", ()),
        ("UT Austin Systems and Networking Lab", "Undergraduate Research Assistant", "other", "Austin, TX", "2019-01", "2021-05", ("Ravi Chandrasekaran",)),
    ]
    assert [(x.name, x.role, x.start, x.end) for x in p.projects] == [
        ("Gitlytics", None, "2020-06", "present"), ("Simple Paintball", None, "2018-05", "2020-05")]
    assert [pub.owner_index for pub in p.publications] == [0, 1]


def test_plain_article_cv():
    """A CV in the plain article class: the name in a group under ``\\begin{center}``, TeX
    accents and letters (``N{\\o}rv{\\aa}g``), ``quoted'' titles after the authors, tables."""
    p = extract_file(fixture("article_cv.tex"))
    assert p.owner.name == "Ingrid Solberg-Haugen"  # not taken for an argument of \begin{center}
    (phd,) = [e for e in p.education if e.degree_level == "phd"]
    assert (phd.institution, phd.start, phd.end, phd.advisors) == ("NTNU", "2019", "2023", ("Kjetil Nørvåg", "Heri Ramampiaro"))
    papers = [(x.title, x.authors, x.owner_index, x.venue_normalized) for x in p.publications if x.authors]
    assert papers == [
        ("Learned Cardinality Estimation for Column Stores", ("I. Solberg-Haugen", "H. Ramampiaro", "K. Nørvåg"), 0, "VLDB 2023"),
        ("Adaptive Compression Selection", ("I. Solberg-Haugen", "K. Nørvåg"), 0, "EDBT 2022"),
    ]


def test_chinese_resume_class():
    """The Chinese "resume" class (``\\datedsubsection{…}{dates}``, ``\\role{…}{…}``,
    ``\\datedline{…}{date}``): the degree on the line under its school, an advisor written
    "导师 name", a project's title over the company that hosted it, comma-separated citations."""
    p = extract_file(fixture("zh_resume_dated.tex"))
    # the name in a table cell beside the photo; "\renewcommand\arraystretch{1.5}" is no text
    assert (p.owner.name, p.owner.emails) == ("林晓彤", ("linxt@example.edu.cn",))
    assert [(e.institution, e.degree_level, e.field, e.start, e.end, e.expected_end, e.advisors, e.location) for e in p.education] == [
        ("浙江大学", "master", "控制科学与工程", "2022", "present", "2025-06", ("周明远",), "杭州"),
        ("湖南大学", "bachelor", "自动化", "2018-09", "2022-06", None, (), None),  # the thesis honour is no unit
        ("福州第一中学", "other", None, "2015", "2018", None, (), "福建, 福州"),  # a province and a city, no field
    ]
    assert p.education[1].unit is None
    # the bold head is the project; "研究 | CVPR 2023 Oral接收" names no organisation, and 2023 is the paper's year
    assert [(x.organization, x.unit, x.kind, x.start, x.end, x.supervisors) for x in p.positions] == [
        ("腾讯", "优图实验室", "internship", "2023-05", "2023-11", ()),
        ("北京大学", "PKU-DAIR", "internship", "2021-07", "2021-09", ("郑立华",)),  # 本科生实习 is an internship, not a degree
        ("Open Source Promotion Plan 2021", None, "internship", "2021-07", "2021-09", ()),  # the name's year is not its dates
    ]  # and a repository ("lin-xt/vos-toolkit") is a project, not an employer
    assert [(x.title, x.authors, x.owner_index, x.venue_normalized) for x in p.publications] == [
        # the italic title holds commas; the authors are written in full
        ("Attention, in Space and Time, for Video Object Segmentation", ("Xiaotong Lin", "Mingyuan Zhou", "Lihua Zheng"), 0, "CVPR 2024"),
        ("Flow Ray: Contour Modelling for Arbitrary-Shaped Text", ("Q. Wang", "X. Lin", "M. Zhou"), 1, "ACM MM 2023"),
    ]
    # "2023-2024学年" is a range (no year) and not part of the issuer; the dated lines of "学术水平" that name awards
    assert [(a.name, a.issuer, a.year) for a in p.awards] == [
        ("国家奖学金", "浙江大学", None), ("优秀学生干部", "湖南大学", 2020), ("三好学生", None, 2021)]


# A CV written with the file's own environments and macros (no CV class): the arguments of
# ``\begin{job}[…]{…}{…}`` are the entry's head, a macro defined without parameters shows its
# body where it is used, a command named for a section is a heading.
OWN_MACROS = r"""\documentclass{article}
\newcommand{\ie}{i.e.}
\newcommand{\listStart}{\begin{itemize}\setlength\itemsep{1pt}}
\newcommand{\schoolblock}{
  \textbf{University of Leeds: Mathematics M.Sci. (Hons)} \hfill \textit{Sep. 2012 -- June 2016}
}
\begin{document}
{\bf\huge Petra Lindqvist}\\
Email: \email{petra@example.org}

\sectiontitle{Work Experience}
\begin{job}[Staff Scientist, Lund, Sweden]{Nordic Optics Ltd}{Mar. 2021 -- Present}
    \item Built the calibration pipeline (\ie, all of it).
    \item Manager: Dr. Ivo Brandt
\end{job}

\begin{job}[Research Intern, Oslo]{Fjord Labs}{Jun. 2016 -- Aug. 2016}
    \item Prototyped sensors.
\end{job}

\sectiontitle{Education}
\listStart
  \schoolblock
\end{itemize}

\sectiontitle{Publications}
\begin{enumerate}
  \item \textbf{Calibrating Many Small Telescopes
  Without a Reference Star} \\
  Petra Lindqvist, Ivo Brandt \\
  Proceedings of the 2022 SPIE Astronomical Telescopes Conference
\end{enumerate}
\end{document}
"""


def test_own_environments_macros_and_section_commands():
    p = extract(read_text(OWN_MACROS, path="cv.tex"))
    assert p.owner.name == "Petra Lindqvist"
    assert [(x.organization, x.title, x.location, x.start, x.end, x.kind) for x in p.positions] == [
        ("Nordic Optics Ltd", "Staff Scientist", "Lund, Sweden", "2021-03", "present", "employment"),
        ("Fjord Labs", "Research Intern", "Oslo", "2016-06", "2016-08", "internship")]
    assert p.positions[0].supervisors == ("Ivo Brandt",)
    (school,) = p.education
    assert (school.institution, school.degree_level, school.field, school.start, school.end) == (
        "University of Leeds", "master", "Mathematics", "2012-09", "2016-06")
    (paper,) = p.publications
    assert paper.title == "Calibrating Many Small Telescopes Without a Reference Star"
    doc = read_text(OWN_MACROS, path="cv.tex")
    assert "(i.e., all of it)" in doc.text and "1pt" not in doc.text
    s, e = doc.source_span(doc.text.index("University of Leeds"), doc.text.index("University of Leeds") + 5)
    assert doc.original[s:e] == "\\schoolblock"  # the macro's text stands where it is used


TABLE_CV = r"""\documentclass{article}
\name{Ines Moreau}
\info{
    Phone: & +33 6 12 34 56 78\\
    Email: & ines.moreau@example.fr
}
\begin{document}
\maketitle
\section{Awards}
\begin{tabular}{lp{14cm}}
    2016 & Bronze Medal of the Regional Collegiate
            \newline Programming Contest \\
    2015 & Dupont Scholarship (2000 Euro, one of 3 in Lyon University)
\end{tabular}
\end{document}
"""


def test_table_cells_over_lines_and_contact_lines_set_in_the_preamble():
    p = extract(read_text(TABLE_CV, path="cv.tex"))
    assert (p.owner.name, p.owner.emails, p.owner.phones) == ("Ines Moreau", ("ines.moreau@example.fr",), ("+33 6 12 34 56 78",))
    assert [(a.name, a.issuer, a.year) for a in p.awards] == [
        ("Bronze Medal of the Regional Collegiate Programming Contest", None, 2016),
        ("Dupont Scholarship (2000 Euro, one of 3 in Lyon University)", None, 2015)]


def test_the_author_of_an_article_class_cv_is_its_owner():
    src = "\\documentclass{article}\n\\title{Curriculum Vitae}\n\\author{Jonas Weber}\n\\begin{document}\n\\maketitle\n" \
          "\\section{Education}\nPhD in Physics, University of Bonn, 2015--2019\n\\end{document}\n"
    p = extract(read_text(src, path="cv.tex"))
    assert p.owner.name == "Jonas Weber"
    assert [(e.institution, e.degree_level, e.end) for e in p.education] == [("University of Bonn", "phd", "2019")]
    with_affiliation = src.replace("\\author{Jonas Weber}", "\\author{Jonas Weber\\\\ University of Bonn}")
    assert read_text(with_affiliation, path="cv.tex").text.startswith("Education")  # not a name alone: left out


FRIGGERI_LIKE = r"""\documentclass[]{friggeri-cv}
\begin{document}
\header{\hspace{1cm}Lena Marie}{ Vogt}{physicist}
\section{Education}
\begin{entrylist}
  \entry
    {09/05-06/13}
    {Highschool}
    {Goethe-Gymnasium Kassel}
    {}
  \entry    
    {10/13-09/16}
    {Bachelor in Physics}
    {Universität Freiburg}
    {\begin{itemize}
      \item supervisor of thesis: Prof. Dr. Jan Ortmann
    \end{itemize}}
  \entry
    {10/16-12/20}
    {Doctor of Science: Astronomy}
    {Leiden University}
    {Thesis: ``Dust Traps in Young Disks and What
      They Tell Us''}
\end{entrylist}
\section{Experience}
\begin{entrylist}
  \entry
    {2014-2016}
    {Private tuition}
    {Freiburg}
    {Highschool math and physics}
\end{entrylist}
\end{document}
"""


def test_entry_lists_with_two_digit_years_and_a_name_in_two_parts():
    p = extract(read_text(FRIGGERI_LIKE, path="cv.tex"))
    assert p.owner.name == "Lena Marie Vogt"
    assert [(e.institution, e.degree_level, e.field, e.start, e.end, e.advisors) for e in p.education] == [
        ("Goethe-Gymnasium Kassel", "other", None, "2005-09", "2013-06", ()),
        ("Universität Freiburg", "bachelor", "Physics", "2013-10", "2016-09", ("Jan Ortmann",)),
        ("Leiden University", "phd", "Astronomy", "2016-10", "2020-12", ())]
    text = read_text(FRIGGERI_LIKE, path="cv.tex").text
    assert "Thesis: “Dust Traps in Young Disks and What They Tell Us”" in text
    assert "10/13-09/16 | Bachelor in Physics | Universität Freiburg" in text  # "\entry    ": its arguments all the same
    assert [x.organization for x in p.positions] == ["Private tuition"]  # whom it taught is no school attended


def test_a_qualified_title_at_its_employer_in_a_table_and_a_uk_phone():
    src = r"""\documentclass{article}
\begin{document}
{\Huge Rhian Pryce}
\begin{tabular}{rl}
  \textbf{Phone:} & +44 07700 900123 \\
\end{tabular}
\section*{Work Experience}
\begin{tabular}{r|p{15cm}}
\textsc{June-July 2019} & Software Trainee (Summer) at \textsc{Castell Systems Ltd.} \\

&\footnotesize{Wrote tests.}\\
\end{tabular}
\end{document}
"""
    p = extract(read_text(src, path="cv.tex"))
    assert p.owner.phones == ("+44 07700 900123",)
    assert [(x.organization, x.title, x.start, x.end) for x in p.positions] == [("Castell Systems Ltd.", "Software Trainee", "2019-06", "2019-07")]


def test_a_resume_class_cv_with_a_thesis_among_research_and_ranked_prizes():
    text = r"""\documentclass{resume}
\begin{document}
\name{Mei Lan}
\basicInfo{\email{mei.lan@example.edu.cn} \textperiodcentered\ \phone{(+86) 139-0000-0000}}

\section{\faMortarBoard\ Education}
\datedsubsection{\textbf{Lakeside University}, Wuhan, China}{Sep 2021 -- Jun 2025}
\textit{B.Eng. in Software Engineering}

\section{\faFlask\ Research Experience}
\textbf{TideNet: Graph Networks for Tidal Routing} (\textit{Undergraduate Thesis}) \hfill Nov 2024 -- Jun 2025

\section{\faTrophy\ Awards}
\datedline{\textbf{National Second Prize}, Lanqiao Cup Programming Contest (C/C++)}{Jun 2024}
\datedline{\textbf{Provincial Third Prize}, Group Programming Ladder Tournament (GPLT)}{May 2024}
\datedline{\textbf{Outstanding Graduate}, Lakeside University}{Jun 2025}
\end{document}
"""
    p = extract(read_text(text, path="mei.tex"))
    # the thesis is no degree and no job
    assert [(e.institution, e.degree_level) for e in p.education] == [("Lakeside University", "bachelor")]
    assert p.positions == ()
    # a bold rank names the prize together with the contest it was won in
    assert [(a.name, a.issuer, a.date) for a in p.awards] == [
        ("National Second Prize, Lanqiao Cup Programming Contest (C/C++)", None, "2024-06"),
        ("Provincial Third Prize, Group Programming Ladder Tournament (GPLT)", None, "2024-05"),
        ("Outstanding Graduate", "Lakeside University", "2025-06"),
    ]


def test_a_name_beside_a_photo_and_sentences_with_a_company_word_under_a_job():
    text = r"""\documentclass{resume}
\begin{document}
\Large{
  \begin{tabu}{ l l}
   \multirow{2}{*}{\includegraphics[width=0.6in]{photo}} & \scshape{韩冬} \\
    & \email{handong@example.org}
  \end{tabu}
}
\section{\faUsers\ 工作经历}
\datedsubsection{\textbf{北京远帆科技有限公司} 北京}{2016年4月 -- 现在}
\role{全职 Java 研发工程师}
\begin{itemize}
  \item 为公司搭建基于 Jenkins, Nexus 的开发集成环境
\end{itemize}
\section{\faGraduationCap\ 教育背景}
\datedsubsection{\textbf{Lakeside University}, Wuhan}{2010 -- 2014}
\textit{Bachelor of Computer Science and Technology}
\end{document}
"""
    p = extract(read_text(text, path="han.tex"))
    assert p.owner.name == "韩冬"
    assert [(j.organization, j.unit, j.title) for j in p.positions] == [("北京远帆科技有限公司", None, "全职 Java 研发工程师")]
    assert [(e.degree, e.field) for e in p.education] == [("Bachelor", "Computer Science and Technology")]


def test_nested_itemize_items_are_details_of_the_outer_item():
    tex = (r"\documentclass{article}\begin{document}" "\n" r"\section{Project Experience}" "\n" r"\begin{itemize}" "\n"
           r"  \item Contribution to the open source Tidal engine \hfill \textit{From June, 2014 to present}" "\n"
           r"  \begin{itemize}" "\n" r"    \item Fixed several bugs in the harbour scheduler." "\n" r"  \end{itemize}" "\n"
           r"  \item Low Power Mode Based on Tidal Code for Small Boats \textit{From Sep., 2015 to Dec., 2015}" "\n"
           r"  \begin{itemize}" "\n" r"    \item Course project for Advanced Compilers, in a group of four." "\n" r"  \end{itemize}" "\n"
           r"\end{itemize}" "\n" r"\end{document}" "\n")
    doc = read_text(tex, path="cv.tex")
    assert [m.value for m in doc.marks if m.kind == "item"] == [0, 1, 0, 1]
    assert [(p.name, p.start, p.end) for p in extract(doc).projects] == [
        ("Contribution to the open source Tidal engine", "2014-06", "present"),
        ("Low Power Mode Based on Tidal Code for Small Boats", "2015-09", "2015-12")]
