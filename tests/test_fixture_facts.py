"""Facts of the team-written profiles: each is a differently written document of a
kind the seeds show (other section names, date styles and markup)."""

from __future__ import annotations

from conftest import fixture
from kg.extract import extract_file


def one(items, **want):
    found = [x for x in items if all(getattr(x, k) == v for k, v in want.items())]
    assert len(found) == 1, f"{want}: {items}"
    return found[0]


def test_homepage_with_html_paper_list():
    p = extract_file(fixture("homepage_alt.md"))
    assert (p.owner.name, p.owner.other_names) == ("Mei-Ling Chou", ("周美玲",))
    assert p.owner.emails == ("mchou@cs.cornell.edu",)  # written "mchou [at] cs.cornell.edu"
    assert "https://github.com/meiling-chou" in p.owner.urls
    phd = one(p.education, institution="Cornell University")
    assert (phd.degree_level, phd.start, phd.end, phd.advisors) == ("phd", "2022-08", "present", ("Daniel Okafor",))
    assert phd.unit == "Department of Computer Science"
    google = one(p.positions, organization="Google Research")
    assert (google.start, google.end, google.supervisors) == ("2024-06", "2024-09", ("Priya Raman",))
    assert one(p.positions, organization="Tsinghua University").kind == "visiting"
    assert [m.name for m in p.advisors] == ["Daniel Okafor"]  # a company host is not an academic advisor
    loop = one(p.publications, title="Synthesizing Loop Invariants with Bounded Search")
    assert loop.authors == ("Mei-Ling Chou", "Aaron Velasquez", "Daniel Okafor")
    assert (loop.equal_contribution, loop.owner_index, loop.venue_normalized) == (("Mei-Ling Chou", "Aaron Velasquez"), 0, "PLDI 2025")
    assert dict(loop.ids) == {"arxiv": "2501.01234"}
    oopsla = one(p.publications, title="A Verified Register Allocator for Tensor Programs")
    assert (oopsla.owner_index, oopsla.venue_normalized) == (1, "OOPSLA 2023")
    # the commented-out line and the Liquid include contribute nothing
    assert not any("workshop" in (x.title or "").lower() for x in p.publications)
    assert one(p.awards, name="Cornell Presidential Fellowship").year == 2022


def test_plain_text_cv_with_right_aligned_dates():
    p = extract_file(fixture("cv_plain.txt"))
    assert p.owner.name == "Rafael Domingues"
    nubank = one(p.positions, organization="Nubank")
    assert (nubank.title, nubank.kind, nubank.start, nubank.end) == ("Senior Software Engineer", "employment", "2021-03", "present")
    spotify = one(p.positions, organization="Spotify")
    assert (spotify.kind, spotify.supervisors) == ("internship", ("Karin Lindqvist",))
    msc = one(p.education, institution="University of São Paulo")
    assert (msc.degree, msc.start, msc.end, msc.advisors) == ("M.Sc.", "2019-02", "2020-12", ("Helena Costa",))
    assert [m.name for m in p.advisors] == ["Helena Costa"]  # the Spotify mentor is not an advisor
    joins = one(p.publications, title="Cost Models for Serverless Joins")
    assert (joins.authors, joins.owner_index, joins.venue_normalized) == (("Lucas Prado", "Rafael Domingues", "Helena Costa"), 1, "ICDE 2022")


def test_europass_with_dates_first():
    p = extract_file(fixture("europass_alt.txt"))
    assert p.owner.name == "Ingrid Halvorsen"
    assert p.owner.phones == ("(+47) 912 34 567",)
    ntnu = one(p.positions, start="2022-08-15")
    assert (ntnu.organization, ntnu.end, ntnu.location) == ("Norwegian University of Science and Technology (NTNU)", "present", "Trondheim, Norway")
    assert ntnu.supervisors == ("Erik Solberg",)
    assert [m.name for m in p.advisors] == ["Erik Solberg"]  # supervisor at a university
    equinor = one(p.positions, organization="Equinor")
    assert (equinor.kind, equinor.start, equinor.end) == ("internship", "2021-06-01", "2021-07-31")
    msc = one(p.education, start="2019-08-01")
    assert (msc.degree_level, msc.end) == ("master", "2021-06-30")
    assert one(p.publications, title="Model Predictive Control for Underwater Docking").year == 2021
    assert one(p.awards, name="Best Student Paper").year == 2021


def test_chinese_markdown_cv():
    p = extract_file(fixture("zh_cv_markdown.txt"))
    zju = one(p.education, institution="浙江大学 (ZJU)")
    assert (zju.degree, zju.start, zju.end, zju.advisors) == ("硕士", "2022", "present", ("陈立明",))
    tencent = one(p.positions, organization="腾讯")
    assert (tencent.title, tencent.unit, tencent.supervisors, tencent.kind) == ("后台开发实习生", "微信支付团队", ("何子轩",), "internship")
    assert [m.name for m in p.advisors] == ["陈立明"]
    (pub,) = p.publications
    assert pub.authors == ("Xiaoming Li", "Siyu Wang", "Liming Chen")
    assert pub.equal_contribution == ("Xiaoming Li", "Siyu Wang")  # "† 表示同等贡献"
    assert (pub.owner_index, p.owner.name) == (1, "Siyu Wang")


def test_chinese_plain_cv_with_column_gaps():
    p = extract_file(fixture("zh_cv_plain.txt"))
    assert p.owner.name == "刘晨阳"
    buaa = one(p.education, institution="北京航空航天大学")
    assert (buaa.unit, buaa.degree, buaa.start, buaa.end, buaa.advisors) == ("计算机学院", "博士研究生", "2021-09", "present", ("赵文静",))
    nk = one(p.education, institution="南开大学")
    assert (nk.degree_level, nk.start, nk.end) == ("bachelor", "2017-09", "2021-06")
    bd = one(p.positions, organization="字节跳动")
    assert (bd.unit, bd.title, bd.kind) == ("数据平台部", "算法实习生", "internship")
    assert {a.name: a.year for a in p.awards} == {"国家奖学金": 2020, "全国大学生数学建模竞赛一等奖": 2019}


def test_html_page():
    p = extract_file(fixture("profile.html"))
    assert p.source.format == "html"
    assert p.owner.name == "Tomás Oyelaran"
    phd = one(p.education, institution="University of Cape Town")
    assert (phd.start, phd.end, phd.advisors) == ("2017", "2022", ("Jan de Villiers",))
    assert one(p.education, institution="University of Lagos").degree == "B.Sc."
    assert [m.name for m in p.advisors] == ["Jan de Villiers"]  # not the commented-out one, not "working with"
    (pub,) = p.publications
    assert (pub.authors, pub.owner_index, pub.venue_normalized) == (("Tomás Oyelaran", "Jan de Villiers"), 0, "JMLR 2023")


def test_wowchemy_experience_block_with_write_ups():
    """A Hugo/Wowchemy landing page whose experience block is front-matter data: degrees
    and a job as items, the advisor and awards only in the write-ups."""
    p = extract_file(fixture("hugo_experience_zh.md"))
    ms = one(p.education, institution="浙江工业大学")
    assert (ms.degree_level, ms.start, ms.end, ms.advisors) == ("master", "2023-09-01", "present", ("周明远",))  # empty end: "Present"
    assert (ms.unit, ms.field) == ("计算机科学与技术学院", "软件工程")
    ba = one(p.education, institution="宁波大学")
    assert (ba.degree_level, ba.start, ba.end, ba.unit, ba.field) == ("bachelor", "2019-09-01", "2023-06-30", "信息科学与工程学院", "通信工程")
    job = one(p.positions, organization="杭州云栖科技有限公司")
    assert (job.kind, job.start, job.end) == ("internship", "2022-07-01", "2022-09-30")
    assert [m.name for m in p.advisors] == ["周明远"]
    assert [(a.name, a.year) for a in p.awards] == [("学业一等奖学金", None), ("优秀毕业生", None), ("校级三好学生", 2021)]
    text = fixture("hugo_experience_zh.md").read_text(encoding="utf-8")
    assert all(text[a.evidence[0] : a.evidence[1]] == a.name for a in p.awards)


def test_chinese_markdown_cv_written_in_tables():
    p = extract_file(fixture("zh_cv_tables.md"))
    # "**姓名**：周晓雯" names the owner; the bold self-name of the English paper is the same person
    assert (p.owner.name, p.owner.other_names) == ("周晓雯", ("Xiaowen Zhou",))
    # one entry per table row; the header rows ("时间 | 学校 | 专业 | 学历") are no entries
    assert [(e.institution, e.unit, e.field, e.degree_level, e.start, e.end) for e in p.education] == [
        ("浙江大学", "计算机科学与技术学院", "计算机科学与技术", "phd", "2022-09", "present"),
        ("东南大学", None, "软件工程", "bachelor", "2018-09", "2022-06"),
    ]
    # "导师：陈立新 教授" under the table belongs to the current degree, not to the last row
    assert [e.advisors for e in p.education] == [("陈立新",), ()]
    assert [(x.organization, x.unit, x.title, x.start) for x in p.positions] == [
        ("网易有道", None, "算法实习生", "2021-07"), ("华为", "2012实验室", "研究实习生", "2023-06")]
    assert [(x.title, x.owner_index, x.year) for x in p.publications] == [
        ("面向异构集群的深度学习作业调度", 0, 2024), ("大模型推理的显存管理方法", 1, 2023),
        ("Elastic Pipelines for Mixture-of-Experts Training", 1, 2025)]


def test_plain_text_cv_with_references():
    """A CV ending in a list of referees: their e-mails and phones are not the owner's."""
    p = extract_file(fixture("cv_with_references.txt"))
    assert p.owner.emails == ("amara.nwosu@vector.example.ca",)
    assert p.owner.phones == ()
    phd = one(p.education, degree_level="phd")
    assert (phd.institution, phd.location, phd.advisors) == ("University of Toronto", "Toronto, ON", ("Richard Zemel", "Marzyeh Ghassemi"))
    google = one(p.positions, organization="Google Research")
    assert (google.start, google.end, google.supervisors) == ("2020-05", "2020-08", ("Katherine Heller",))  # "May – Aug 2020"
    assert one(p.positions, organization="Vector Institute").supervisors == ("Jimmy Ba",)
    assert [(a.name, a.year) for a in p.awards] == [("Vector Institute Postdoctoral Fellowship", 2022), ("Ontario Graduate Scholarship", 2018)]
