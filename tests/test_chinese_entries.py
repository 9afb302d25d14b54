"""Chinese CV entries: universities named after their city (北京大学, 上海交通大学, 武汉大学)
are institutions, not places; a place written alone still is one; a bold major after the
school is the field; honours listed under a degree are awards, never its field."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.read import read_text


@pytest.mark.parametrize("school", ["北京大学", "上海交通大学", "武汉大学", "南京大学", "香港科技大学", "中国人民大学"])
def test_a_university_named_after_its_city_is_the_institution(school):
    text = f"张三\n\n教育背景\n2019.09-2023.06  {school}  计算机学院  计算机科学与技术  本科\n2023.09-至今  {school}  软件工程  硕士\n"
    p = extract(read_text(text, path="cv.txt"))
    assert [(e.institution, e.degree_level, e.start, e.end) for e in p.education] == [
        (school, "bachelor", "2019-09", "2023-06"), (school, "master", "2023-09", "present")]
    assert p.education[0].unit == "计算机学院"
    assert all(e.location is None for e in p.education)


def test_a_place_alone_is_still_the_location():
    p = extract(read_text("张三\n\n工作经历\n2021.07-至今  字节跳动  北京  后端开发工程师\n", path="cv.txt"))
    (pos,) = p.positions
    assert (pos.organization, pos.location) == ("字节跳动", "北京")


MARKDOWN_BOLD = """# 教育背景

**南京大学**, **软件工程**, *硕士* | 2018.9 - 2021.6
专业排名3/80，国家奖学金，校级优秀毕业生
**武汉大学**, **数学与应用数学**, *学士* | 2014.9 - 2018.6
专业排名前10%，一等奖学金，三好学生，预计2018年6月毕业。
"""

LATEX_BOLD = r"""\section{教育背景}
\datedsubsection{\textbf{南京大学},\textbf{软件工程},\textit{硕士}}{2018.9 - 2021.6}
专业排名3/80，国家奖学金，校级优秀毕业生
\datedsubsection{\textbf{武汉大学},\textbf{数学与应用数学},\textit{学士}}{2014.9 - 2018.6}
专业排名前10\%，一等奖学金，三好学生，预计2018年6月毕业。
"""


@pytest.mark.parametrize(("text", "path"), [(MARKDOWN_BOLD, "cv.md"), (LATEX_BOLD, "cv.tex"), (MARKDOWN_BOLD.replace("*", ""), "cv.txt")])
def test_a_major_after_the_school_is_the_field_and_listed_honours_are_awards(text, path):
    p = extract(read_text(text, path=path))
    assert [(e.institution, e.unit, e.field, e.degree_level, e.start) for e in p.education] == [
        ("南京大学", None, "软件工程", "master", "2018-09"), ("武汉大学", None, "数学与应用数学", "bachelor", "2014-09")]
    assert [e.rank for e in p.education] == ["3/80", "前10%"]
    assert [a.name for a in p.awards] == ["国家奖学金", "校级优秀毕业生", "一等奖学金", "三好学生"]


def test_a_bold_unit_and_an_acronym_stay_units():
    text = "## Education\n\n**Tsinghua University**, **IIIS**, Ph.D. | 2018.9 - 2021.6\n**Peking University**, **Systems Lab**, B.S. | 2014.9 - 2018.6\n"
    p = extract(read_text(text, path="cv.md"))
    assert [(e.institution, e.unit, e.field) for e in p.education] == [
        ("Tsinghua University", "IIIS", None), ("Peking University", "Systems Lab", None)]


def test_a_rank_of_the_major_is_not_the_field():
    text = "教育背景\n2014.09-2018.06  武汉大学  学士\n专业排名第3，专业成绩前10\n"
    (e,) = extract(read_text(text, path="cv.txt")).education
    assert (e.institution, e.field, e.degree_level) == ("武汉大学", None, "bachelor")


def test_honours_on_the_line_under_a_degree_are_awards_not_its_field():
    text = (
        "教育背景\n"
        "四川大学,软件工程,学士 | 2013.9 - 2017.6\n"
        "学业成绩排名4/120(前5%)，国家奖学金，学生标兵，四川大学优秀毕业生\n"
        "厦门大学,在读硕士研究生 | 2017.9 - 2020.6\n"
        "学业成绩排名前30%，一等学业奖学金，预计2020年6月毕业。\n"
    )
    p = extract(read_text(text, path="cv.txt"))
    assert [(e.institution, e.field, e.rank) for e in p.education] == [("四川大学", "软件工程", "4/120"), ("厦门大学", None, "前30%")]
    assert [a.name for a in p.awards] == ["国家奖学金", "学生标兵", "四川大学优秀毕业生", "一等学业奖学金"]


BILINGUAL = """# Education

* M.S. in School of Software Engineering, Tongji University, 2016-2019
2016-2019 工学硕士，同济大学软件学院
  * 主修课程: 编译原理、分布式系统

* B.Eng. in Department of Automation, Tongji University, 2012-2016
2012-2016 工学学士，同济大学自动化系
"""


def test_a_degree_written_in_english_then_in_chinese_is_one_degree():
    p = extract(read_text(BILINGUAL, path="index.md"))
    assert [(e.institution, e.degree, e.degree_level, e.field, e.start, e.end) for e in p.education] == [
        ("Tongji University", "M.S.", "master", "Software Engineering", "2016", "2019"),
        ("Tongji University", "B.Eng.", "bachelor", "Automation", "2012", "2016"),
    ]
    assert p.education[0].unit.startswith("School of Software Engineering")


SINGLE_SPACED = """张三

教育背景
2023.09-至今 北京大学 软件工程 硕士（导师：李四教授）
2019.09-2023.06 武汉大学（导师：赵六） 计算机学院 计算机科学与技术 本科

工作经历
2021.07-至今 字节跳动 北京 后端开发工程师
2020.06-2020.09 阿里巴巴 达摩院 算法实习生（主管：钱七）
"""


def test_columns_separated_by_single_spaces():
    p = extract(read_text(SINGLE_SPACED, path="cv.txt"))
    assert [(e.institution, e.unit, e.degree, e.degree_level, e.field, e.advisors) for e in p.education] == [
        ("北京大学", None, "硕士", "master", "软件工程", ("李四",)),
        ("武汉大学", "计算机学院", "本科", "bachelor", "计算机科学与技术", ("赵六",)),
    ]
    assert [(x.organization, x.unit, x.title, x.location, x.kind, x.supervisors) for x in p.positions] == [
        ("字节跳动", None, "后端开发工程师", "北京", "employment", ()),
        ("阿里巴巴", "达摩院", "算法实习生", None, "internship", ("钱七",)),
    ]


LABELLED = ("刘思远\n\n教育背景\n"
            "时间：2021.09-2024.06    学校：中国科学院大学    专业：计算机应用技术    学历：硕士\n导师：王建国 研究员\n"
            "时间：2017.09-2021.06    学校：四川大学    专业：软件工程    学历：本科\n\n"
            "工作经历\n2024.07-至今    公司：蚂蚁集团    职位：算法工程师    部门：智能风控部\n\n"
            "项目经历\n2022.03-2023.12  大规模图神经网络训练框架  （项目负责人）\n- 负责分布式采样模块的设计与实现\n")


def test_columns_named_in_the_entry_and_a_dated_line_led_by_a_time_label():
    """"学校：X  专业：Y  学历：Z": each label says what its value is (the labels are not part
    of the values), and "时间：2017.09-2021.06" starts an entry like a bare date does."""
    p = extract(read_text(LABELLED, path="cv.txt"))
    assert [(e.institution, e.field, e.degree, e.degree_level, e.start, e.advisors) for e in p.education] == [
        ("中国科学院大学", "计算机应用技术", "硕士", "master", "2021-09", ("王建国",)),
        ("四川大学", "软件工程", "本科", "bachelor", "2017-09", ()),
    ]
    [job] = p.positions
    assert (job.organization, job.title, job.unit, job.end) == ("蚂蚁集团", "算法工程师", "智能风控部", "present")
    # a role in parentheses after a project's name is its role
    assert [(x.name, x.role) for x in p.projects] == [("大规模图神经网络训练框架", "项目负责人")]


def test_columns_named_in_english():
    p = extract(read_text("Ann Lee\n\nEXPERIENCE\nPeriod: 2020 – 2022   Company: Acme Robotics   Title: Research Engineer\n", path="cv.txt"))
    assert [(x.organization, x.title, x.start, x.end) for x in p.positions] == [("Acme Robotics", "Research Engineer", "2020", "2022")]


@pytest.mark.parametrize(
    "text, owner",
    [
        ("个人简历\n\n姓名：周晓雯　　性别：女\n", "周晓雯"),
        ("CURRICULUM VITAE\n\nTel: 123 456  Name: Jane Roe\n", "Jane Roe"),
        # a label that ends with "name" names something else
        ("Company name: Acme Corp\n\nJane Roe\n", "Jane Roe"),
        ("Project name: Graph Engine\n\nJane Roe\n", "Jane Roe"),
    ],
)
def test_the_owner_named_by_a_label(text, owner):
    assert extract(read_text(text, path="cv.txt")).owner.name == owner


_OTHER_PROJECT = ("数据库查询优化，企业合作项目，2019-2020，负责人", ("数据库查询优化", "负责人", "2019", "2020"))


@pytest.mark.parametrize(
    "items, projects",
    [
        (["国家自然科学基金面上项目：面向异构硬件的查询优化方法研究，2020-2023，主持", _OTHER_PROJECT[0]],
         [("面向异构硬件的查询优化方法研究", "主持", "2020", "2023"), _OTHER_PROJECT[1]]),
        (["分布式事务处理关键技术，江苏省自然科学基金青年项目（BK20150123），2015.07-2018.06，参与", _OTHER_PROJECT[0]],
         [("分布式事务处理关键技术", "参与", "2015-07", "2018-06"), _OTHER_PROJECT[1]]),
        (["主持国家重点研发计划课题“存算一体芯片编译框架”，2021-2024", _OTHER_PROJECT[0]],
         [("存算一体芯片编译框架", "主持", "2021", "2024"), _OTHER_PROJECT[1]]),
        # no line starts or ends with its dates: the numbered items are still one project each
        (["国家自然科学基金面上项目：面向异构硬件的查询优化方法研究，2020-2023，主持，直接经费58万元",
          "江苏省自然科学基金青年项目：分布式事务处理关键技术，2015-2018，主持，直接经费20万元"],
         [("面向异构硬件的查询优化方法研究", "主持", "2020", "2023"), ("分布式事务处理关键技术", "主持", "2015", "2018")]),
    ],
)
def test_funded_projects_each_item_its_title_and_role(items, projects):
    """Programme, title, dates and role in one line, in any order."""
    text = "# 王芳\n\n## 科研项目\n\n" + "".join(f"{i}. {item}\n" for i, item in enumerate(items, 1))
    p = extract(read_text(text, path="zh.md"))
    assert [(x.name, x.role, x.start, x.end) for x in p.projects] == projects


def test_a_chinese_faculty_page():
    """A university's teacher page: labelled fields under the name, 博士后 among the jobs, and
    papers in English where the owner writes her name in pinyin."""
    p = extract(read_text(
        "# 欧阳晓岚\n\n职称：副教授，硕士生导师\n\n所在单位：武汉大学 计算机学院\n\n办公电话： | 027-6877-1234\n\n"
        "## 工作经历\n\n2016.09-2018.06 新加坡国立大学 博士后\n\n"
        "## 代表性论文\n\n[1] Wei Zhou, Xiaolan Ouyang, Hai Jin. LogKV: Log-Structured Key-Value Store on Persistent Memory. USENIX FAST 2023.\n",
        path="teacher.md"))
    # the labelled title and unit are the current position
    assert sorted((j.organization, j.unit, j.title, j.start, j.end) for j in p.positions) == [
        ("新加坡国立大学", None, "博士后", "2016-09", "2018-06"), ("武汉大学", "计算机学院", "副教授", None, "present")]
    assert p.education == ()  # 博士后 is a job, not a doctorate
    assert p.owner.phones == ("027-6877-1234",)
    (paper,) = p.publications
    assert paper.owner_index == 1  # "Xiaolan Ouyang" is 欧阳晓岚 (a compound surname)


@pytest.mark.parametrize(
    "fields, job",
    [
        ("Title: Associate Professor\n\nAffiliation: Department of Physics, University of Rochester",
         ("University of Rochester", "Department of Physics", "Associate Professor")),
        ("职务：研究员\n\n工作单位：中国科学院 计算技术研究所", ("中国科学院", "计算技术研究所", "研究员")),
        ("职称：教授", None),  # a title with no affiliation is no position
    ],
)
def test_labelled_title_and_affiliation_under_the_name(fields, job):
    p = extract(read_text(f"# 林可欣\n\n{fields}\n", path="home.md"))
    assert [(j.organization, j.unit, j.title) for j in p.positions] == ([job] if job else [])


def test_the_name_in_a_table_cell_after_the_label_is_the_owner():
    """"姓名    周雨桐    性别    女": a table of personal details as a PDF résumé reads (cells
    four spaces apart), no colon after the label."""
    text = "个人简历\n\n姓名    周雨桐    性别    女\n电话    138-1234-5678    邮箱    zhouyt@zju.example.cn\n\n教育背景\n\n2018.09 - 2023.06    浙江大学    计算机科学与技术学院    博士\n"
    p = extract(read_text(text, path="cv.txt"))
    assert (p.owner.name, p.owner.emails) == ("周雨桐", ("zhouyt@zju.example.cn",))
    assert [(e.institution, e.unit, e.degree_level, e.start) for e in p.education] == [("浙江大学", "计算机科学与技术学院", "phd", "2018-09")]


def test_a_languages_section_is_not_skills():
    text = "李思远\n\n专业技能\nPython、PyTorch、C++\n\n语言能力\n英语六级（612分）\n"
    p = extract(read_text(text, path="cv.txt"))
    assert p.skills == ("Python", "PyTorch", "C++")


def test_chinese_cv_with_degree_subheadings_a_header_row_with_an_extra_column_and_titles_after_units():
    text = """# 简历

# 教育背景
## 硕士学位
**浙江工业大学** | 2023.09 - 至今
- 专业：控制科学与工程
- 研究方向：机器人抓取

## 学士学位
**浙江工业大学** | 2019.09 - 2023.06
- 专业：自动化（卓越班）

## 在校荣誉奖项
- 2021 至 2022 学年度国家励志奖学金

# 工作经历
## 实习
**杭州云图智能科技有限公司** | 2025.06 - 2025.08
    *视觉算法平台团队算法实习生*

2020.08 - 2020.09 宁波海川数据服务有限公司-数据分析实习生

# 教育经历

|  | 学校 | 学院 | 专业 | 时间 | 研究内容 |
| --- | --- | --- | --- | --- | --- |
| **本科** | 宁波大学 | 信息学院 | 通信工程 | 2015.09-2019.06 | 信号处理 |
| **硕士研究生** | 宁波大学 | 信息学院 | 电子信息 | 2019.09-2022.06 | 雷达成像 |
"""
    p = extract(read_text(text, path="cv.md"))
    assert [(e.institution, e.unit, e.degree, e.field, e.start, e.end) for e in p.education] == [
        ("浙江工业大学", None, "硕士学位", "控制科学与工程", "2023-09", "present"),
        ("浙江工业大学", None, "学士学位", "自动化（卓越班）", "2019-09", "2023-06"),
        ("宁波大学", "信息学院", "本科", "通信工程", "2015-09", "2019-06"),
        ("宁波大学", "信息学院", "硕士研究生", "电子信息", "2019-09", "2022-06"),
    ]
    assert [(j.organization, j.unit, j.title, j.kind) for j in p.positions] == [
        ("杭州云图智能科技有限公司", "视觉算法平台团队", "算法实习生", "internship"),
        ("宁波海川数据服务有限公司", None, "数据分析实习生", "internship"),
    ]
    assert [(a.name, a.year) for a in p.awards] == [("国家励志奖学金", None)]  # "学年度" belongs to the dates


def test_a_research_assistant_entry_whose_institution_line_has_a_town_after_a_full_stop():
    text = ("Research Experience\n======\n\n* Jan-July 2020: Research Assistant\n"
            "  * Institute of Computer Graphics and Vision. Graz – Austria\n  * Project: Multi-object tracking from drones\n")
    p = extract(read_text(text, path="cv.md"))
    assert [(j.organization, j.title, j.location, j.start, j.end) for j in p.positions] == [
        ("Institute of Computer Graphics and Vision", "Research Assistant", "Graz, Austria", "2020-01", "2020-07")]


_TIMELINE_PAGE = """---
title: "个人简介"
---

<style>
.education-item strong { color: #3498db; }
</style>

<div class="profile-container">
  <h2 class="section-title">教育经历</h2>
  <div class="education-timeline">
    <div class="education-item">
      <strong>2009年</strong> 获东江理工大学软件工程学士学位
    </div>
    <div class="education-item">
      <strong>2019年</strong> 获西湖科技大学计算机学院工学博士学位<br>
      <em>（南港大学计算机科学联合培养）</em>
    </div>
  </div>
  <h3>学术荣誉</h3>
  <ul>
    <li>2020、2022年 IEEE杰出服务奖</li>
  </ul>
</div>
"""


def test_degrees_stated_as_sentences_in_a_timeline():
    """"获X大学Y学士学位" under a year is the degree, its institution, subject or school; a
    stay elsewhere during the degree ("联合培养") is no unit of it; "2020、2022年 IEEE杰出服务奖"
    is one award of the first year, its name without the other years."""
    p = extract(read_text(_TIMELINE_PAGE, path="about.md"))
    assert [(e.institution, e.unit, e.field, e.degree, e.degree_level, e.end) for e in p.education] == [
        ("东江理工大学", None, "软件工程", "学士", "bachelor", "2009"),
        ("西湖科技大学", "计算机学院", None, "工学博士", "phd", "2019"),
    ]
    assert [(a.name, a.year) for a in p.awards] == [("IEEE杰出服务奖", 2020)]


_BILINGUAL_PAGE = """---
permalink: /
---

# 关于我 | About Me
我是南湖大学（NHU）软件工程硕士研究生（2023.09 - 2026.06），本科毕业于北岭师范大学（2019.09 - 2023.06）。

I am an M.S. student in Software Engineering at NHU (2023.09 - 2026.06), with a B.E. degree from Beiling Normal University (2019.09 - 2023.06).

# 实习经历 | Internship Experience
- *2025.03 - 2025.08* 星河科技 Atlas（搜索）算法实习生（LLM）/ Algorithm Intern at Xinghe Technology Atlas.
- 设计检索增强方法。 / Designed retrieval augmentation.

# 荣誉奖励 | Honors and Awards
- *2024* 南湖大学研究生一等学业奖学金 / First-Class Academic Scholarship, NHU

# 教育背景 | Education
- *2023.09 - 2026.06 (Now)* Master, Software Engineering, Nanhu University
- *2019.09 - 2023.06* Bachelor, Information Technology, Beiling Normal University
"""


def test_a_page_written_in_both_languages():
    """A line written in Chinese and again in English after " / " is read once: a job from the
    half that names a title at an organisation, an award by the name first written; the
    subject right after the degree ("Software Engineering", "Information Technology") is no
    institution; the biography's degrees, in either language and with their dates in
    parentheses, are the Education entries again (an acronym, or the same level and dates)."""
    p = extract(read_text(_BILINGUAL_PAGE, path="about.md"))
    assert [(e.institution, e.degree_level, e.field, e.start, e.end) for e in p.education] == [
        ("Nanhu University", "master", "Software Engineering", "2023-09", "2026-06"),
        ("Beiling Normal University", "bachelor", "Information Technology", "2019-09", "2023-06"),
    ]
    assert [(j.organization, j.title, j.kind, j.start) for j in p.positions] == [("Xinghe Technology Atlas", "Algorithm Intern", "internship", "2025-03")]
    assert [(a.name, a.year) for a in p.awards] == [("南湖大学研究生一等学业奖学金", 2024)]


def test_a_chinese_student_sentence_without_de():
    """"我是南湖大学（NHU）软件工程硕士研究生（2023.09 - 2026.06）": university, its acronym, the
    subject and the degree with no 的 between them; a school before the degree is its unit."""
    p = extract(read_text("# 简介\n\n我是南湖大学（NHU）软件工程硕士研究生（2023.09 - 2026.06）。\n", path="a.md"))
    assert [(e.institution, e.unit, e.field, e.degree_level, e.start, e.end) for e in p.education] == [
        ("南湖大学", None, "软件工程", "master", "2023-09", "2026-06")]
    p = extract(read_text("# 简介\n\n我是南湖大学信息学院博士研究生，研究方向为图学习。\n", path="a.md"))
    assert [(e.institution, e.unit, e.field, e.degree_level, e.end) for e in p.education] == [("南湖大学", "信息学院", None, "phd", "present")]
