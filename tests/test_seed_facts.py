"""The facts the extraction issue names for the five seed profiles, asserted one by one.

These hold whatever the golden files say: a regenerated golden file cannot make a
wrong advisor, date or author list pass.
"""

from __future__ import annotations

import pytest

from conftest import seed
from kg.extract import extract_file


def edu(profile, institution):
    found = [e for e in profile.education if e.institution and institution in e.institution]
    assert found, f"no education at {institution}: {[e.institution for e in profile.education]}"
    return found[0]


def pos(profile, organization, start):
    found = [p for p in profile.positions if p.organization and organization in p.organization and p.start == start]
    assert found, f"no position at {organization} from {start}: {[(p.organization, p.start) for p in profile.positions]}"
    return found[0]


def paper(profile, title_start):
    found = [p for p in profile.publications if p.title.startswith(title_start)]
    assert len(found) == 1, f"{title_start!r}: {[p.title for p in profile.publications]}"
    return found[0]


@pytest.fixture(scope="module", params=["000", "001"])
def biao(request):
    return extract_file(seed(request.param))


def test_000_001_owner_and_advisor(biao):
    assert biao.owner.name == "Biao Sun"
    assert [m.name for m in biao.advisors] == ["Hailong Yang"]


def test_000_001_education(biao):
    beihang = edu(biao, "Beihang University")
    assert (beihang.degree, beihang.degree_level, beihang.start, beihang.end) == ("M.Eng.", "master", "2021-09", "2024-06")
    assert beihang.advisors == ("Hailong Yang",)
    assert beihang.field == "Computer Science"
    scut = edu(biao, "South China University of Technology")
    assert (scut.degree, scut.degree_level, scut.start, scut.end) == ("B.Eng.", "bachelor", "2017-09", "2021-06")
    assert (scut.gpa, scut.rank) == ("3.83/4.0", "13/267")
    assert len(biao.education) == 2


def test_000_001_positions(biao):
    job = pos(biao, "Alibaba Cloud", "2024-07")
    assert (job.unit, job.title, job.kind, job.end) == ("Platform of Artificial Intelligence", "R&D Engineer", "employment", "present")
    intern = pos(biao, "Alibaba Cloud", "2023-06")
    assert (intern.kind, intern.end) == ("internship", "2024-06")
    st = pos(biao, "Sensetime", "2023-03")
    assert (st.unit, st.kind, st.end) == ("Model-ToolChain Team", "internship", "2023-05")
    early = pos(biao, "Alibaba Cloud", "2021-07")
    assert (early.kind, early.end) == ("internship", "2021-12")
    assert all(not p.supervisors for p in biao.positions)


def test_000_001_papers(biao):
    llumnix = paper(biao, "Llumnix")
    assert llumnix.authors == ("Biao Sun", "Ziming Huang", "Hanyu Zhao", "Wencong Xiao", "Xinyi Zhang", "Yong Li", "Wei Lin")
    assert llumnix.equal_contribution == ("Biao Sun", "Ziming Huang", "Hanyu Zhao")
    assert (llumnix.owner_index, llumnix.venue_normalized, llumnix.year) == (0, "OSDI 2024", 2024)
    ipdps = paper(biao, "Exploiting Input Tensor Dynamics")
    assert len(ipdps.authors) == 13 and ipdps.authors[4] == "Biao Sun" and ipdps.owner_index == 4
    assert ipdps.venue_normalized == "IPDPS 2023"
    easyscale = paper(biao, "EasyScale")
    assert easyscale.authors[:4] == ("Mingzhen Li", "Wencong Xiao", "Hailong Yang", "Biao Sun") and len(easyscale.authors) == 12
    assert easyscale.venue_normalized == "SC 2023"
    thpc = paper(biao, "Adapting Combined Tiling")
    assert thpc.authors == ("Biao Sun", "Mingzhen Li", "Hailong Yang", "Jun Xu", "Huaitao Zhang", "Zhongzhi Luan", "Depei Qian")


def test_000_four_papers_001_six():
    assert len(extract_file(seed("000")).publications) == 4
    p001 = extract_file(seed("001"))
    assert len(p001.publications) == 6
    qwen = paper(p001, "Qwen3 Technical Report")
    assert (qwen.authors, qwen.status, qwen.year, dict(qwen.ids)) == (("Qwen Team",), "preprint", 2025, {"arxiv": "2505.09388"})
    assert qwen.owner_index is None


def test_001_has_the_baidu_internship():
    baidu = pos(extract_file(seed("001")), "Baidu", "2022-06")
    assert (baidu.unit, baidu.kind, baidu.end) == ("PaddlePaddle Team", "internship", "2022-09")


def test_000_projects_and_awards():
    p = extract_file(seed("000"))
    projects = {pr.name: pr for pr in p.projects}
    assert {"Llumnix", "EasyCkpt", "EasyScale"} <= set(projects)
    assert projects["Llumnix"].role == "Core contributor"
    awards = {a.name: a for a in p.awards}
    assert awards["National Scholarship"].year == 2018
    assert awards["CCF HPCChina Outstanding Paper Award"].issuer == "Beihang University"


def test_002_peking_university_and_second_author():
    p = extract_file(seed("002"))
    assert p.owner.name == "Shengyu Liu"
    assert p.owner.emails == ("interestingLSY@gmail.com",)
    pku = edu(p, "Peking University")
    assert (pku.start, pku.end, pku.degree_level) == ("2021-09-01", "present", "bachelor")
    assert pku.advisors == ("Xin Jin",)
    assert [m.name for m in p.advisors] == ["Xin Jin"]
    assert len(p.publications) == 2
    for pub in p.publications:
        assert pub.owner_index == 1  # "I am the second author of the paper."
        assert pub.status == "submitted"
    assert paper(p, "DistServe").venue_normalized == "OSDI 2024"
    assert {"DistServe", "SwiftTransformer"} <= {pr.name for pr in p.projects}
    assert p.positions == ()


def test_003_owner_advisor_supervisor():
    p = extract_file(seed("003"))
    assert p.owner.name == "Lingyun Yang"
    assert p.owner.phones == ("(+86) 135-0284-6103",)
    hkust = edu(p, "香港科技大学")
    assert (hkust.degree_level, hkust.start, hkust.end, hkust.advisors) == ("phd", "2020", "present", ("王威",))
    assert [m.name for m in p.advisors] == ["王威"]
    alibaba = pos(p, "阿里巴巴集团", "2020-12")
    assert (alibaba.title, alibaba.unit, alibaba.kind, alibaba.end) == ("研究实习生", "集群管理团队", "internship", "present")
    assert alibaba.supervisors == ("余英豪",)
    msra = pos(p, "微软亚洲研究院", "2019-07")
    assert (msra.end, msra.kind) == ("2020-06", "internship")
    assert "余英豪" not in [m.name for m in p.advisors]


def test_003_five_papers_with_exact_authors_and_marks():
    p = extract_file(seed("003"))
    assert len(p.publications) == 5
    frag = paper(p, "Beware of Fragmentation")
    assert frag.authors == ("Qizhen Weng", "Lingyun Yang", "Yinghao Yu", "Wei Wang", "Xiaochuan Tang", "Guodong Yang", "Liping Zhang")
    assert frag.equal_contribution == ("Qizhen Weng", "Lingyun Yang")
    assert frag.venue_normalized == "USENIX ATC 2023"
    socc22 = paper(p, "Workload Management in Alibaba Clusters")
    assert len(socc22.authors) == 14 and socc22.authors[-1] == "Liping Zhang" and socc22.equal_contribution == ()
    assert socc22.owner_index == 9
    morph = paper(p, "Morphling")
    assert morph.equal_contribution == ("Luping Wang", "Lingyun Yang") and morph.venue_normalized == "SoCC 2021"
    swift = paper(p, "SwiftDiffusion")
    assert swift.equal_contribution == ("Suyi Li", "Lingyun Yang") and dict(swift.ids) == {"arxiv": "2407.02031"}
    gpu = paper(p, "GPU-Disaggregated Serving")
    assert (len(gpu.authors), gpu.status, gpu.owner_index) == (22, "under_review", 0)
    for pub in p.publications:
        assert "Wei Wang" in pub.authors


def test_004_unnamed_owner():
    p = extract_file(seed("004"))
    assert p.owner.name is None
    assert [m.name for m in p.advisors] == ["张献伟"]
    sysu = edu(p, "中山大学")
    assert (sysu.start, sysu.end, sysu.expected, sysu.degree_level, sysu.advisors) == ("2024-09", "2027-06", True, "master", ("张献伟",))
    scut = edu(p, "华南理工大学")
    assert (scut.start, scut.end, scut.expected, scut.degree_level) == ("2020-09", "2024-06", False, "bachelor")
    assert p.publications == ()  # the papers under review are not named
    assert len(p.projects) == 6
