"""Facts told in a biography's sentences: the third-person faculty biography ("She
received the B.S. degree from …, and the M.S. and Ph.D. degrees from … in 2011 and
2015, respectively") and the Chinese 个人简介 ("2012年博士毕业于…，导师为…院士")."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.profile import Profile
from kg.read import read_text


def _bio(sentences: str, name: str = "Rachel N. Oduya") -> Profile:
    return extract(read_text(f"# {name}\n\n## Biography\n\n{sentences}\n", path="home.md"))


def _edu(p) -> list[tuple]:
    return [(e.institution, e.degree, e.end) for e in p.education]


def _jobs(p) -> list[tuple]:
    return sorted(((j.organization, j.title, j.start, j.end) for j in p.positions), key=lambda t: [x or "" for x in t])


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "She received the B.S. degree from the University of Nairobi in 2008, and the M.S. and Ph.D. degrees in "
            "Electrical Engineering from Georgia Institute of Technology in 2011 and 2015, respectively.",
            [("University of Nairobi", "B.S.", "2008"), ("Georgia Institute of Technology", "M.S.", "2011"),
             ("Georgia Institute of Technology", "Ph.D.", "2015")],
        ),
        # one year for two degrees: both
        ("He received his B.Eng. and M.Eng. degrees from Zhejiang University in 2010.",
         [("Zhejiang University", "B.Eng.", "2010"), ("Zhejiang University", "M.Eng.", "2010")]),
        # no year
        ("She holds a Ph.D. in Physics from ETH Zurich.", [("ETH Zurich", "Ph.D.", None)]),
        # a degree clause without the verb before it is no degree
        ("The B.S. and M.S. degrees from Tsinghua University in 2008 and 2011 are listed below.", []),
    ],
)
def test_degrees_and_years_in_the_same_order(sentence, expected):
    assert _edu(_bio(sentence)) == expected


def test_the_advisor_after_respectively_is_the_last_degrees():
    p = _bio("She received the M.S. and Ph.D. degrees from Georgia Institute of Technology in 2011 and 2015, "
             "respectively, where she was advised by Prof. Thomas Whitfield.")
    assert [(e.degree, e.advisors) for e in p.education] == [("M.S.", ()), ("Ph.D.", ("Thomas Whitfield",))]


@pytest.mark.parametrize(
    "sentence, job",
    [
        ("From 2015 to 2017 she was a postdoctoral researcher at the University of Michigan.",
         ("University of Michigan", "postdoctoral researcher", "2015", "2017")),
        ("Since 2019, he has been a Senior Researcher at Microsoft Research Asia.",
         ("Microsoft Research Asia", "Senior Researcher", "2019", "present")),
        # the owner named as the subject
        ("Rachel N. Oduya is an Associate Professor of Electrical Engineering at the University of Rochester.",
         ("University of Rochester", "Associate Professor", None, "present")),
        ("Dr. Oduya was a Research Scientist at Bell Labs (2016).", ("Bell Labs", "Research Scientist", "2016", None)),
    ],
)
def test_a_job_told_in_the_third_person(sentence, job):
    assert _jobs(_bio(sentence)) == [job]


def test_a_job_of_someone_else_named_is_not_the_owners():
    p = _bio("Her advisor Thomas Whitfield is a Professor at the Massachusetts Institute of Technology.")
    assert p.positions == ()


def test_joined_and_promoted_at_the_organisation_named_in_full_before():
    p = _bio(
        "Rachel N. Oduya is an Associate Professor at the University of Rochester. From 2015 to 2017 she was a "
        "postdoctoral researcher at the University of Michigan. She joined Rochester in 2017 as an Assistant "
        "Professor and was promoted to Associate Professor in 2023."
    )
    assert _jobs(p) == [
        ("University of Michigan", "postdoctoral researcher", "2015", "2017"),
        ("University of Rochester", "Assistant Professor", "2017", "2023"),
        ("University of Rochester", "Associate Professor", "2023", "present"),
    ]


def test_promoted_without_a_title_dates_the_current_one():
    p = _bio("Rachel N. Oduya is an Associate Professor at the University of Rochester. "
             "She joined Rochester in 2017 as an Assistant Professor and was promoted in 2023.")
    assert _jobs(p) == [
        ("University of Rochester", "Assistant Professor", "2017", "2023"),
        ("University of Rochester", "Associate Professor", "2023", "present"),
    ]


def test_chinese_biography():
    text = (
        "# 刘明远\n\n## 个人简介\n\n"
        "刘明远，男，1984年生，工学博士，教授，博士生导师。2007年本科毕业于武汉大学计算机学院，"
        "2012年博士毕业于中国科学技术大学计算机科学与技术系，导师为陈国良院士。"
        "2012年至2014年在新加坡国立大学从事博士后研究。2014年加入南京理工大学，2019年晋升为教授。"
        "现任南京理工大学计算机科学与技术学院教授。\n"
    )
    p = extract(read_text(text, path="zh.md"))
    assert [(e.institution, e.unit, e.degree_level, e.end, e.advisors) for e in p.education] == [
        ("武汉大学", "计算机学院", "bachelor", "2007", ()),
        ("中国科学技术大学", "计算机科学与技术系", "phd", "2012", ("陈国良",)),
    ]
    assert [m.name for m in p.advisors] == ["陈国良"]
    assert _jobs(p) == [
        ("南京理工大学", None, "2014", "2019"),
        ("南京理工大学", "教授", "2019", "present"),
        ("新加坡国立大学", "博士后", "2012", "2014"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("2010年于清华大学获得工学博士学位。", [("清华大学", "工学博士", "2010")]),
        ("2006年毕业于北京大学数学专业，获理学学士学位。", [("北京大学", "理学学士", "2006")]),
        ("2009年获中国科学院计算技术研究所计算机系统结构专业博士学位。", [("中国科学院", "博士", "2009")]),
    ],
)
def test_chinese_degree_statements(sentence, expected):
    p = extract(read_text(f"# 王芳\n\n## 个人简介\n\n{sentence}\n", path="zh.md"))
    assert _edu(p) == expected


def test_a_job_in_the_biography_at_another_university_of_is_not_the_entrys():
    """"University of Michigan" and "University of Rochester" share only "University of"."""
    text = (
        "# Rachel N. Oduya\n\n## Biography\n\nShe was a postdoctoral researcher at the University of Michigan.\n\n"
        "## Experience\n\n- Associate Professor, University of Rochester, 2023 – present\n"
    )
    p = extract(read_text(text, path="home.md"))
    assert _jobs(p) == [
        ("University of Michigan", "postdoctoral researcher", None, None),
        ("University of Rochester", "Associate Professor", "2023", "present"),
    ]


@pytest.mark.parametrize(
    "header, fact",
    [
        ("Associate Professor, Department of Electrical and Computer Engineering, University of Rochester",
         ("position", "Associate Professor", "Department of Electrical and Computer Engineering", "University of Rochester")),
        ("Assistant Professor of Computer Science at Cornell University", ("position", "Assistant Professor", "Computer Science", "Cornell University")),
        ("Senior Research Scientist @ Google DeepMind", ("position", "Senior Research Scientist", None, "Google DeepMind")),
        ("PhD Candidate, Technical University of Munich", ("education", "PhD Candidate", None, "Technical University of Munich")),
        ("南京理工大学计算机科学与技术学院 教授", ("position", "教授", "计算机科学与技术学院", "南京理工大学")),
        ("教授，博士生导师\n计算机科学与技术学院 · 南京理工大学", ("position", "教授", "计算机科学与技术学院", "南京理工大学")),
    ],
)
def test_the_line_under_the_name_is_the_current_position(header, fact):
    for text, path in ((f"# Lena Hoffmann\n\n{header}\n\nEmail: lena@example.org\n", "home.md"),
                       (f"Lena Hoffmann\n{header}\nlena@example.org | +49 89 1234 5678\n", "cv.txt")):
        p = extract(read_text(text, path=path))
        got = [("position", j.title, j.unit, j.organization) for j in p.positions if j.end == "present"]
        got += [("education", e.degree, e.unit, e.institution) for e in p.education if e.end == "present"]
        assert got == [fact], path


@pytest.mark.parametrize(
    "header",
    [
        "Fellow, Royal Statistical Society",
        "Lead Developer, open source enthusiast",
        "Software Engineer seeking new opportunities at Google",
        "Machine Learning · Systems · Databases",
        "Advisor: Prof. Karin Lindqvist, Stanford University",
        "Research Scientist, Google, 2019 – 2021",
        "I recently defended my PhD, at Tarn University",  # a sentence (read as biography), not a title line
    ],
)
def test_lines_under_the_name_that_are_no_current_position(header):
    p = extract(read_text(f"Lena Hoffmann\n{header}\nlena@example.org\n", path="cv.txt"))
    assert not [j for j in p.positions if j.end == "present"] and not p.education


def test_the_header_position_takes_its_start_from_the_biography():
    en = _bio(
        "Rachel N. Oduya is an Associate Professor at the University of Rochester. She joined Rochester in 2017 as "
        "an Assistant Professor and was promoted in 2023.",
    )
    header = extract(read_text(
        "# Rachel N. Oduya\n\nAssociate Professor, Department of ECE, University of Rochester\n\n## Biography\n\n"
        "Rachel N. Oduya is an Associate Professor at the University of Rochester. She joined Rochester in 2017 as "
        "an Assistant Professor and was promoted in 2023.\n", path="home.md"))
    assert _jobs(header) == _jobs(en) == [
        ("University of Rochester", "Assistant Professor", "2017", "2023"),
        ("University of Rochester", "Associate Professor", "2023", "present"),
    ]
    zh = extract(read_text(
        "# 刘明远\n\n教授，博士生导师\n\n计算机科学与技术学院 · 南京理工大学\n\n## 个人简介\n\n"
        "2014年加入南京理工大学，2019年晋升为教授。\n", path="zh.md"))
    assert _jobs(zh) == [("南京理工大学", None, "2014", "2019"), ("南京理工大学", "教授", "2019", "present")]


@pytest.mark.parametrize(
    "sentence, awards",
    [
        ("She received the NSF CAREER Award in 2020 and the Sloan Research Fellowship (2021).",
         [("NSF CAREER Award", 2020), ("Sloan Research Fellowship", 2021)]),
        ("He won the Best Paper Award at SIGMOD 2021.", [("Best Paper Award at SIGMOD 2021", 2021)]),
        ("Her work won a best paper award in 2019.", [("best paper award", 2019)]),
        ("She is a recipient of the Packard Fellowship for Science and Engineering.", [("Packard Fellowship for Science and Engineering", None)]),
        ("曾获2019年江苏省科学技术奖二等奖、CCF优秀博士学位论文奖，获工学博士学位。", [("江苏省科学技术奖二等奖", 2019), ("CCF优秀博士学位论文奖", None)]),
        ("She received the B.S. degree from MIT and funding from the National Science Foundation.", []),
    ],
)
def test_awards_told_in_the_biography(sentence, awards):
    assert [(a.name, a.year) for a in _bio(sentence).awards] == awards


def test_an_award_the_biography_repeats_is_listed_once():
    text = "# 王芳\n\n曾获得本科国家奖学金。\n\n## 获奖情况\n\n- 2016年 国家奖学金\n"
    p = extract(read_text(text, path="zh.md"))
    assert [(a.name, a.year) for a in p.awards] == [("国家奖学金", 2016)]


def test_a_title_over_the_unit_and_the_institution_after_a_menu():
    """A faculty page: a menu, the name, then the title, the department and the university on lines of their own."""
    html = ("<html><body><div><a href='/'>Home</a> <a href='p.html'>Papers</a></div><h1>Rachel N. Oduya</h1>"
            "<p>Associate Professor<br>Department of Physics<br>University of Rochester<br>Office: 301 Bausch</p></body></html>")
    p = extract(read_text(html, path="index.html"))
    assert p.owner.name == "Rachel N. Oduya"  # the menu's "Home Papers" is no name
    assert [(j.title, j.unit, j.organization, j.end) for j in p.positions] == [
        ("Associate Professor", "Department of Physics", "University of Rochester", "present")]
    # a title over a line that is no organisation is nothing
    p = extract(read_text("Rachel N. Oduya\nAssociate Professor\nOffice: 301 Bausch\n", path="cv.txt"))
    assert p.positions == ()


@pytest.mark.parametrize(
    "sentence, job",
    [
        ("Before joining Rochester in 2022, she was a postdoctoral researcher at the University of Washington working with Magdalena Balazinska.",
         ("University of Washington", "postdoctoral researcher", None, "2022", ("Magdalena Balazinska",))),
        ("She was a postdoc at MIT, where she worked with Prof. Sam Madden and Tim Kraska.",
         ("MIT", "postdoc", None, None, ("Sam Madden", "Tim Kraska"))),
        ("From 2016 to 2018 she was a research scientist at Google Brain, mentored by Quoc Le.",
         ("Google Brain", "research scientist", "2016", "2018", ("Quoc Le",))),
    ],
)
def test_the_host_of_a_job_told_in_the_biography(sentence, job):
    p = _bio(sentence)
    assert [(j.organization, j.title, j.start, j.end, j.supervisors) for j in p.positions] == [job]
    assert p.advisors == ()  # a host or mentor is no academic advisor


def test_a_department_named_in_the_study_sentence_is_the_unit_and_did_my_undergrad():
    p = _bio("I am a third-year PhD student in the Machine Learning Department at Carnegie Mellon University, advised by Zico Kolter. "
             "Before CMU, I did my undergrad at IIT Bombay.", name="Priya Natarajan")
    assert [(e.institution, e.unit, e.field, e.degree_level, e.end) for e in p.education] == [
        ("Carnegie Mellon University", "Machine Learning Department", None, "phd", "present"),
        ("IIT Bombay", None, None, "bachelor", None)]


@pytest.mark.parametrize(
    "sentence, facts, advisors",
    [
        # the advisor named between the degree and the place of study
        ("I am a Ph.D. student advised by Dr. Ana Ruiz in the Marine Robotics Lab at the Tandon School of Engineering "
         "and Applied Sciences.",
         [("Tandon School of Engineering and Applied Sciences", "Marine Robotics Lab", "Ph.D.", None, "present", ("Ana Ruiz",))],
         ("Ana Ruiz",)),
        ("Before that, I completed a master's degree advised by Prof. Tom Okoye in the Department of Civil Engineering "
         "at the University of Lagos.",
         [("University of Lagos", "Department of Civil Engineering", "master's", None, None, ("Tom Okoye",))], ("Tom Okoye",)),
        # "in the Department of …, University" is the unit, not the field
        ("I am a fourth-year Ph.D. candidate in the Department of Statistics and Data Science, Fudan University, "
         "supervised by Prof. Min Zhao.",
         [("Fudan University", "Department of Statistics and Data Science", "Ph.D.", None, "present", ("Min Zhao",))], ("Min Zhao",)),
        # a double degree: two degrees, each with its field
        ("I received B.S. in Chemistry and a double B.Eng. in Software Engineering from Wuhan University.",
         [("Wuhan University", None, "B.S.", "Chemistry", None, ()), ("Wuhan University", None, "B.Eng.", "Software Engineering", None, ())],
         ()),
        # a year of study with a note in parentheses; the groups before the university are its unit
        ("I'm a fifth (and final) year PhD candidate in the Vision and Motion groups at the University of Leeds, advised by Ann Cole and Bo Hart.",
         [("University of Leeds", "Vision and Motion groups", "PhD", None, "present", ("Ann Cole", "Bo Hart"))], ("Ann Cole", "Bo Hart")),
        # "defended", a unit after the comma ("…, in the Center for …"), "principle supervision" as written
        ("I recently defended my PhD at Tarn University, in the Center for Speech Processing, under the principle supervision of Dr Eli Moss.",
         [("Tarn University", "Center for Speech Processing", "PhD", None, None, ("Eli Moss",))], ("Eli Moss",)),
        # where the university is ("in Greece", "in Brisbane"), and a department in lower case, are no part of its name
        ("He completed his bachelor's degree in the Department of computer science at Kestrel University in Greece.",
         [("Kestrel University", "Department of computer science", "bachelor's", None, None, ())], ()),
        ("I completed my PhD at QUT in Brisbane, Australia.", [("QUT", None, "PhD", None, None, ())], ()),
    ],
)
def test_study_sentences_with_the_advisor_inside_or_a_unit_or_two_degrees(sentence, facts, advisors):
    p = _bio(sentence)
    assert [(e.institution, e.unit, e.degree, e.field, e.end, e.advisors) for e in p.education] == facts
    assert tuple(m.name for m in p.advisors) == advisors  # "… School of Engineering and Applied Sciences" names nobody


@pytest.mark.parametrize(
    "line, award",
    [
        # a rank note ("top 5% of reviewers") says how rare the award is: no part of its name
        ("- Outstanding Reviewer Award (top 5% of reviewers) (2023)", ("Outstanding Reviewer Award", None, 2023)),
        ("- Dean's Medal (2019, KTH)", ("Dean's Medal", "KTH", 2019)),
        ("- Rising Star Award (2022, Intel Labs)", ("Rising Star Award", "Intel Labs", 2022)),
        ("- Travel Grant (Spring 2018-Spring 2019)", ("Travel Grant", None, None)),
        ("- Best Poster Prize (2021, runner-up)", ("Best Poster Prize (runner-up)", None, 2021)),
    ],
)
def test_the_parentheses_around_an_awards_date(line, award):
    """The date is cut out of its parentheses; what else they hold is the issuer or stays."""
    p = extract(read_text(f"# Ewa Nowak\n\n## Awards\n\n{line}\n", path="home.md"))
    assert [(a.name, a.issuer, a.year) for a in p.awards] == [award]


def test_a_company_lab_named_in_the_institution_table_keeps_its_full_name():
    text = "# Jane Doe\n\n## Experience\n\n* Research Intern, Nov 2020 - May 2021\n  * Microsoft Research Asia Systems Group\n"
    p = extract(read_text(text, path="home.md"))
    assert [(j.organization, j.unit, j.title) for j in p.positions] == [("Microsoft Research Asia", "Systems Group", "Research Intern")]


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("I am supported by the Vanier Scholarship and the Lindqvist Graduate Fellowship.",
         ["Vanier Scholarship", "Lindqvist Graduate Fellowship"]),
        # two award words in one name; "Program" after one
        ("She is supported by the Tamsin Research Fellowship Program and the Orla Graduate Prize Fellowship.",
         ["Tamsin Research Fellowship Program", "Orla Graduate Prize Fellowship"]),
    ],
)
def test_awards_that_support_the_owner(sentence, names):
    assert [a.name for a in _bio(sentence).awards] == names


def test_an_award_inside_a_degree_entry_loses_its_article():
    text = ("# Ewa Nowak\n\n## Education\n\n- Ph.D. in Physics, Jagiellonian University, 2019 – 2023; "
            "a teaching assistantship and the Kosciuszko Fellowship\n")
    assert [a.name for a in extract(read_text(text, path="home.md")).awards] == ["Kosciuszko Fellowship"]


def test_under_supervision_of_and_the_advisors_profile_link_is_not_the_owners():
    text = ("# Minh Tran\n\nI am a 1st year PhD Student under supervision of [Prof. Rosa Lindahl](https://scholar.google.com/citations?user=RL1) "
            "at UIUC. I also work closely with [Prof. Khoa Pham](https://scholar.google.com/citations?user=KP2) from VinUniversity. "
            "[Google Scholar](https://scholar.google.com/citations?user=MT3)\n")
    p = extract(read_text(text, path="home.md"))
    assert [(e.institution, e.degree, e.advisors) for e in p.education] == [("UIUC", "PhD", ("Rosa Lindahl",))]
    assert p.owner.urls == ("https://scholar.google.com/citations?user=MT3",)


@pytest.mark.parametrize(
    "sentence, job",
    [
        ("During 2019-2020, I am a Young Investigator for the Kestrel Institute for Robotics in Seattle, WA.",
         ("Kestrel Institute for Robotics", "Young Investigator", "employment", "2019")),
        ("Since August 2020, I am working as a junior lecturer at the Data Science program at Fjord University.",
         ("Fjord University", "junior lecturer", "employment", "2020-08")),
        ("Following submission I completed a 6 month internship with Halvard Research in Cambridge, UK.",
         ("Halvard Research", None, "internship", None)),
    ],
)
def test_jobs_for_an_institute_working_as_and_an_internship_with(sentence, job):
    """"a Young Investigator for X" (only when X names an organisation: "Coordinator for Spring
    2020" names none); "I am working as a junior lecturer at …"; "completed a 6 month internship with X"."""
    p = _bio(sentence)
    assert [(j.organization, j.title, j.kind, j.start) for j in p.positions] == [job]


def test_for_a_season_is_no_employer():
    assert _bio("I was the Student Seminar Coordinator for Spring 2019/2020.").positions == ()
