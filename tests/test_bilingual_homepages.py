"""Shapes of real pages the seeds do not show: an advisor list with notes in
parentheses, a visiting (joint-training) stay told in a sentence with its dates in
front, the owner's Chinese name set in bold in a Chinese author list, revision
statuses, a venue's place and date on a line of their own, a venue written out with
its acronym in parentheses, and companies named with their legal form ("Co., Ltd.").
All texts here are written for these tests."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.advisors import find_advisors
from kg.read import read_text

_BIO = """---
title: ""
---

I am a fourth-year Ph.D. student in the School of Physics at Nanhu University, Wuhan, China, where I am jointly advised by
Prof. Wenbo Liang (Dean of the School of Physics), Prof. Ruoxi Tang (Fellow of the Optical Society), and Prof. Mei Duan.
During Mar. 2023 ~ Feb. 2024, I am a visiting Ph.D. student in the Department of Applied Physics at Lund University,
Lund, Sweden, where I am supervised by Prof. Erik Sandberg (IEEE Fellow).

# Publications

- **Q. Shen**, W. Liang, and M. Duan, "Sparse phase retrieval with coded masks," IEEE Trans. Signal Process., Minor revision.
- R. Tang, **Q. Shen**, and W. Liang, "Coded apertures for tomographic imaging," Opt. Lett., Major revision.
- **Q. Shen**, W. Liang, R. Tang, and M. Duan, "Learned priors for lensless cameras," in Proc. Int. Symp. Imaging Optics (ISIO), Kyoto, Japan, May 2022, pp. 11-14.
- **沈清**, 梁文博, 段梅, "编码孔径成像的稀疏恢复方法", 第九届全国光学学术会议, 武汉, 中国, 2021 年 10 月.
"""


def test_advisor_notes_in_parentheses_do_not_end_the_list():
    text = "jointly advised by Prof. Ann Hale (Vice dean of the College), Prof. Bo Lund (Academician), and Prof. Cy Moss. Then"
    assert [h.name for h in find_advisors(text)] == ["Ann Hale", "Bo Lund", "Cy Moss"]
    assert [h.name for h in find_advisors("advised by Prof. Ann Hale (CMU) and Prof. Bo Lund (MIT).")] == ["Ann Hale", "Bo Lund"]
    # a note that closes the sentence still ends the list
    assert [h.name for h in find_advisors("advised by Prof. Ann Hale (CMU). Bo Lund and I wrote")] == ["Ann Hale"]


def test_visiting_stay_in_a_sentence_and_the_advisor_of_each_stay():
    p = extract(read_text(_BIO, path="home.md"))
    got = [(e.institution, e.degree_level, e.start, e.end, e.advisors) for e in p.education]
    assert ("Nanhu University", "phd", None, "present", ("Wenbo Liang", "Ruoxi Tang", "Mei Duan")) in [
        (e.institution.split(",")[0], e.degree_level, e.start, e.end, e.advisors) for e in p.education]
    lund = [g for g in got if g[0].startswith("Lund University")]
    assert lund == [(lund[0][0], "phd", "2023-03", "2024-02", ("Erik Sandberg",))]


def test_owner_chinese_name_in_bold_and_revision_statuses():
    p = extract(read_text(_BIO, path="home.md"))
    assert p.owner.name == "Q. Shen" and p.owner.other_names == ("沈清",)
    status = {x.title: x.status for x in p.publications}
    assert status["Sparse phase retrieval with coded masks"] == "under_review"
    assert status["Coded apertures for tomographic imaging"] == "under_review"
    assert status["Learned priors for lensless cameras"] == "published"
    venue = {x.title: x.venue_normalized for x in p.publications}
    assert venue["Learned priors for lensless cameras"] == "ISIO 2022"


_BLOCKQUOTES = """# Anan Srisuk

## Publications

> Cache Partitioning for Persistent Logs
> Mali Wong, **Anan Srisuk**, and Tom Reyes
> International Symposium on Memory Systems (MEMSYS)
> Virtual, Oct 2021.

> [Crash-Consistent Queues](https://example.org/q.pdf)
> **Anan Srisuk** and Tom Reyes
> International Conference on Architectural Support for Programming Languages and Operating Systems (ASPLOS)
> Lausanne, Switzerland, March 2020.
> [[pdf]](https://example.org/q.pdf)

## Work Experience

### Siam Robotics Co., Ltd. (2016-2018)
- Firmware and device drivers for a Qualcomm Snapdragon based controller board
- Image processing software

### Bangkok Chips Co., Ltd., Intern (2014)
- Verify the USB and HDMI IP blocks on an FPGA board
"""


def test_place_and_date_line_belongs_to_the_paper_above():
    p = extract(read_text(_BLOCKQUOTES, path="home.md"))
    assert [(x.title, x.year, x.venue_normalized, x.owner_index) for x in p.publications] == [
        ("Cache Partitioning for Persistent Logs", 2021, "MEMSYS 2021", 1),
        ("Crash-Consistent Queues", 2020, "ASPLOS 2020", 0),
    ]


def test_company_legal_form_and_description_bullets():
    p = extract(read_text(_BLOCKQUOTES, path="home.md"))
    assert [(j.organization, j.unit, j.title, j.start, j.end) for j in p.positions] == [
        ("Siam Robotics Co., Ltd.", None, None, "2016", "2018"),
        ("Bangkok Chips Co., Ltd.", None, "Intern", "2014", "2014"),
    ]


def test_an_engineering_degree_and_graduate_studies_told_in_sentences():
    text = ("# Lucía Ferraro\n\n## Background\n\nBefore moving to Canada, I earned my engineering degree from the Universidad "
            "Nacional del Litoral. I also pursued graduate studies in Applied Logic at the Universidad de Córdoba.\n")
    p = extract(read_text(text, path="home.md"))
    assert [(e.institution, e.degree, e.field) for e in p.education] == [
        ("Universidad Nacional del Litoral", "engineering degree", None),
        ("Universidad de Córdoba", "graduate studies", "Applied Logic"),
    ]


def test_venue_without_the_titles_translation_or_a_note_on_marks():
    text = ('# Qing Shen\n\n## Publications\n\n- **Q. Shen**, W. Liang*, "Phase retrieval with coded masks," (编码掩模相位恢复) '
            'Acta Optica Sinica (《光学学报》), vol. 40, 2020. (*corresponding author)\n')
    p = extract(read_text(text, path="home.md"))
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Phase retrieval with coded masks", "Acta Optica Sinica (《光学学报》), vol. 40, 2020", 2020)]
