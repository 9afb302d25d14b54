"""Shapes of Chinese CVs the seeds do not show: one heading per school with labelled
lines under it ("专业：", "时间："), the degree in parentheses after the school, an
honour's year in parentheses, Vancouver-style references and a numbered reference with
no authors, a job seeker's summary line under the name, a job heading with a senior
developer's title, and "核心项目" with numbered project headings.  All texts here are
written for these tests."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.citations import vancouver_citation
from kg.read import read_text

_ACADEMIC = """# 个人信息

姓名：周雨桐
邮箱：zhouyutong@example.org

## 教育背景

### 东湖大学（博士）

专业：海洋工程
专业排名：前5%
时间：2023.09 – 至今

* 获得：博士研究生学业奖学金（2024）
* 导师：唐立新 教授

### 南岭大学（学士）

专业：船舶与海洋工程
时间：2019.09 – 2023.06

* 获得：校级优秀毕业生
* 导师：许文 副教授

## 论文发表

[1] Zhou Y, Tang L, Xu W. Sparse sensing of tidal flows with physics priors. Ocean Engineering, 2025.（已发表）

[2] Graph networks for coupled wave and current forecasting across stations. IEEE Journal of Oceanic Engineering.（Under Review）
"""


def test_school_headings_with_labelled_lines():
    p = extract(read_text(_ACADEMIC, path="cv.md"))
    assert [(e.institution, e.degree, e.degree_level, e.field, e.start, e.end, e.advisors) for e in p.education] == [
        ("东湖大学", "博士", "phd", "海洋工程", "2023-09", "present", ("唐立新",)),
        ("南岭大学", "学士", "bachelor", "船舶与海洋工程", "2019-09", "2023-06", ("许文",)),
    ]
    assert [(a.name, a.year) for a in p.awards] == [("博士研究生学业奖学金", 2024), ("校级优秀毕业生", None)]


def test_vancouver_references_and_a_numbered_reference_without_authors():
    p = extract(read_text(_ACADEMIC, path="cv.md"))
    assert [(x.title, x.authors, x.year, x.status) for x in p.publications] == [
        ("Sparse sensing of tidal flows with physics priors", ("Zhou Y", "Tang L", "Xu W"), 2025, "published"),
        ("Graph networks for coupled wave and current forecasting across stations", (), None, "under_review"),
    ]
    assert vancouver_citation("Li d, Wang Q. Wave forecasting with graphs. Ocean Eng. 2024.") == (
        "Li d, Wang Q", "Wave forecasting with graphs", "Ocean Eng. 2024.")  # a lower-case initial typed by mistake
    assert vancouver_citation("Wave forecasting. Ocean Eng. 2024.") is None


_ENGINEER = """# 韩子墨

C++ 图形开发工程师 · 6 年经验 · 北岭理工大学 · 杭州

## 工作经历

### 星河影像（Galaxy Imaging） · 桌面端 C++ 高级开发 · 2020.03 – 至今

负责跨平台渲染引擎，C++ 实现核心管线。

## 核心项目

### 项目一 · 全景视频实时拼接与色彩校正

- 拼接耗时下降一半。

### 项目二 · 桌面端硬件解码零拷贝渲染

- 内存占用下降 40%。

## 教育背景

北岭理工大学 · 本科 · 2019.07 毕业
"""


def test_job_seeker_summary_is_no_position_and_a_senior_developer_heading_is():
    p = extract(read_text(_ENGINEER, path="cv.md"))
    assert [(j.organization, j.title, j.start, j.end) for j in p.positions] == [
        ("星河影像（Galaxy Imaging）", "桌面端 C++ 高级开发", "2020-03", "present")]
    assert [(e.institution, e.degree_level, e.end) for e in p.education] == [("北岭理工大学", "bachelor", "2019-07")]


def test_core_projects_without_their_numbers():
    p = extract(read_text(_ENGINEER, path="cv.md"))
    assert [x.name for x in p.projects] == ["全景视频实时拼接与色彩校正", "桌面端硬件解码零拷贝渲染"]


def test_a_degree_in_parentheses_after_the_school_keeps_the_offsets():
    from kg.extract.lines import build_lines
    from kg.extract.segments import segments

    for text in ("Universität Wien (MSc), 2019 – 2021", "东湖大学（博士）, 2023 – 至今"):
        (ln,) = [x for x in build_lines(read_text(text + "\n", path="cv.txt")) if x.text]
        segs = segments(ln, [])
        assert [s for s, _a, _b, _bold in segs[:2]] == [text.split(" (")[0].split("（")[0], "MSc" if "MSc" in text else "博士"]
        assert all(ln.text[a:b] == s for s, a, b, _bold in segs)


_THEMED = """<h1>
  <span>韩思远</span>
  <ul>
    <li><span>电话</span>139 0000 1234</li>
    <li><span>邮箱</span><a href="mailto:hsy@example.org">hsy@example.org</a></li>
  </ul>
</h1>

## 教育经历
### 硕士 东湖大学 信息学院(软件学院) 计算机技术<span class="role">&nbsp;</span><span class="right">2022.09 - 2025.06</span>
### 本科 东湖大学 信息学院(软件学院) 软件工程<span class="role">&nbsp;</span><span class="right">2018.09 - 2022.06</span>

## 项目经历

### >>> 分子筛选工具：**Sievo**<span class="right">开发者</span>

- 项目简介：过滤早期发现中的不良化合物。

### 容器化训练平台-Tidewell<span class="role">:&nbsp;后端开发&nbsp;<a href="https://example.org/arch.pdf">架构链接</a></span><span class="right">2021.11 - 今</span>

- 项目简介：一站式训练任务平台。

## 实习经历

### 星河科技 影像研发-相机团队: 客户端开发工程师<span class="right">2021.05 - 2021.11</span>

- 承担工作：相册模块的开发与维护
"""


def test_a_themed_resume_with_spans_for_columns():
    p = extract(read_text(_THEMED, path="han.md"))
    assert (p.owner.name, p.owner.emails) == ("韩思远", ("hsy@example.org",))  # the address inside the <h1>
    assert [(e.unit, e.field) for e in p.education] == [("信息学院(软件学院)", "计算机技术"), ("信息学院(软件学院)", "软件工程")]
    assert [(x.name, x.role, x.start) for x in p.projects] == [("分子筛选工具：Sievo", "开发者", None), ("容器化训练平台-Tidewell", "后端开发", "2021-11")]
    assert [(j.organization, j.unit, j.title, j.start) for j in p.positions] == [("星河科技", "影像研发-相机团队", "客户端开发工程师", "2021-05")]


def test_a_blog_homepage_with_projects_and_news_under_one_heading():
    text = """# 林若川

<p><span>工作邮箱：<a href="mailto:lrc_DB_LAB@example.cn"><strong>lrc [underline] DB [underline] LAB [at] example [dot] cn</strong></a></span></p>

## 教育经历

- **东湖大学 · 硕士**，计算机学院，2024 年 9 月至今。

## 项目经历与近况

- **流式存储引擎**（2025 年 3—6 月）：实现缓冲池与并发索引。
- **向量检索扩展**（2025 年 7—10 月，11 月结题）：参与向量类型与索引接入。

## 荣誉奖项

- 2024 年 数据库大赛初赛一等奖：[证书](./img/a.pdf)。
"""
    p = extract(read_text(text, path="lin.md"))
    assert p.owner.emails == ("lrc_DB_LAB@example.cn",)  # not also "LAB@example.cn", the end of the written-out address
    assert [(x.name, x.start, x.end) for x in p.projects] == [("流式存储引擎", "2025-03", "2025-06"), ("向量检索扩展", "2025-07", "2025-10")]
    assert [(a.name, a.year) for a in p.awards] == [("数据库大赛初赛一等奖", 2024)]


def test_an_engineers_resume_name_line_jobs_and_dated_projects():
    text = """# 个人简历

## 个人简介

**宋嘉言** - 系统软件总监 | MCU 系统软件架构 | 10+ 年半导体经验

(+86) 139-0000-1234 | songjy@example.org

## 工作经历

### 东湖半导体有限公司 - 系统软件总监 (2020.7-至今)
- 负责公司嵌入式系统软件整体架构设计与研发管理
- 组建并管理系统软件团队，开展技术指导与评审，推动团队技术能力与工程效率持续提升

## 项目经历

### 芯片验证系统搭建 (2020.7-2021.12)
- 制定芯片设计开发验证流程
"""
    p = extract(read_text(text, path="song.md"))
    assert p.owner.name == "宋嘉言"
    assert [(j.organization, j.unit, j.title) for j in p.positions] == [("东湖半导体有限公司", None, "系统软件总监")]
    assert [(x.name, x.start, x.end) for x in p.projects] == [("芯片验证系统搭建", "2020-07", "2021-12")]


_THEMED_PROJECTS = """<h1>
  <span>宋雨禾</span>
</h1>

## 获奖经历

- **2022年第9届全国材料模拟学术会议优秀墙报** （7/120）

## 项目经验

### >>> 晶体缺陷搜索工具：**DefectScan**<span class="right">开发者</span>

- 项目地址：https://example.org/defectscan
- 项目发表: Song, Y. H., Wu, T., & Qiao, L. (2023). *Computational Materials*

---

### >>> 相图计算平台：PhaseLab<span class="right">算法开发者</span>

- 项目地址：https://example.org/phaselab

### >>> 其他项目

- 晶格常数预测平台：[LatticeNet](https://example.org/latticenet).<span class="right">模型训练</span>

## 技能描述

- **掌握 Julia编程语言及相关项目开发；**
- 熟悉LAMMPS, VASP及Phonopy等材料计算软件；
- 专业技能比赛: 2021年材料设计大赛一等奖
"""


def test_a_themed_resumes_projects_skills_and_a_poster_prize():
    p = extract(read_text(_THEMED_PROJECTS, path="resume.md"))
    # a heading at the level of the projects' headings ends the project above it; "其他项目" names none
    assert [(x.name, x.role, x.links) for x in p.projects] == [
        ("晶体缺陷搜索工具：DefectScan", "开发者", ("https://example.org/defectscan",)),
        ("相图计算平台：PhaseLab", "算法开发者", ("https://example.org/phaselab",)),
    ]
    assert list(p.skills) == ["Julia", "LAMMPS", "VASP", "Phonopy"]
    assert [(a.name, a.year) for a in p.awards] == [("第9届全国材料模拟学术会议优秀墙报", 2022)]
