"""Chinese CV entries: universities named after their city (北京大学, 上海交通大学, 武汉大学)
are institutions, not places; a place written alone still is one."""

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
