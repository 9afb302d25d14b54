"""Organisation names as an entry's head writes them: an organisation and its unit in one
name ("UCInspire Program (University of California Irvine)", "腾讯-优图实验室"), a project's
title or a repository where an organisation would stand, and whether a name is academic."""

from __future__ import annotations

import re

from kg.extract.lexicon import ACADEMIC_WORDS, COMPANY_WORDS, HAN, ORG_WORDS, UNIT_WORDS, institution_names

_PARENT_IN_PARENS = re.compile(r"^(?P<unit>.+?)\s*[(（](?P<org>[^()（）]*(?:University|Institute|College|Academy|大学|学院)[^()（）]*)[)）]$")
_COMPANY_PREFIX = re.compile(
    r"^(?P<org>Alibaba|Tencent|Baidu|ByteDance|Huawei|Microsoft|Google|Meta|Amazon|Apple|NVIDIA|Intel|IBM|Samsung|Xiaomi|"
    r"阿里巴巴|阿里|腾讯|百度|字节跳动|华为|微软|小米|美团|京东|快手|网易)\s*(?P<unit>.*(?:Lab|Laboratory|Team|Group|Department|Dept|"
    r"Foundry|Center|Centre|Division|组|团队|部|实验室|中心|事业群).*)$"
)
# A name that is an institution or a company by itself (a unit is named beside one of these)
STRONG_ORG = re.compile(
    r"\b(?:University|Universit[éäa]t?|Academy|College|Polytechnic|Inc\.?|Ltd\.?|LLC|Corp(?:oration)?|Company|Group|"
    r"Institute of Technology)\b|大学|科学院|公司|集团|[A-Z]{2,6}$"
)
INSTITUTION = re.compile(r"\b(?:University|Universit[éäa]t?|Academy|College|Polytechnic|Institute|Inc\.?|Ltd\.?|Corporation|Company|Group)\b|大学|科学院|公司|集团")

# A project's Chinese title, not an organisation: "基于 FPGA 实现 LSTM 模型", "Text Ray:任意形状的文本检测模型"
_REPOSITORY = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]{3,}")
_PROJECT_TITLE = re.compile(r"基于|面向|针对|利用|使用|[\u3400-\u9fff]的[\u3400-\u9fff]|(?:模型|系统|算法|框架|方法|工具|研究|设计|开发|实现|优化|生成|测试|分析)$")
_SENIORITY = re.compile(r"(?:高级|资深|初级|中级|首席)(?:开发|研发|算法|测试|工程师)$")


# "(Undergraduate Thesis)", "(Master's thesis)", "（本科毕业设计）" after a title
_THESIS_NOTE = re.compile(r"\S\s*[(（][^()（）]*(?:[Tt]hesis|[Dd]issertation|毕业设计|毕业论文)[^()（）]*[)）]\s*$")


def is_project_title(s: str) -> bool:
    """``s`` reads as a Chinese project's title rather than as an organisation's name.

    >>> is_project_title("基于动态位置编码的全景分割模型"), is_project_title("计算通信融合算子自动生成")
    (True, True)
    >>> is_project_title("腾讯-优图实验室"), is_project_title("中国科学院计算技术研究所"), is_project_title("Systems Design Lab")
    (False, False, False)
    >>> is_project_title("sjtu-jiaojiao/SJTU-JiaoJiao"), is_project_title("C/C++")
    (True, False)
    >>> is_project_title("GeoRoute: A Solver for TSP (Undergraduate Thesis)"), is_project_title("Thesis Lab (TL)")
    (True, False)
    """
    if _REPOSITORY.fullmatch(s):
        return True  # "sjtu-jiaojiao/SJTU-JiaoJiao": a repository
    if _THESIS_NOTE.search(s):
        return True  # "GeoRouteNet: … Solver for Euclidean TSP (Undergraduate Thesis)": a thesis, named
    if _SENIORITY.search(s):
        return False  # "移动端 C++ 高级开发": a senior developer, a job's title
    return len(s) >= 6 and HAN.search(s) is not None and not ORG_WORDS.search(s) and _PROJECT_TITLE.search(s) is not None


def split_organization(org: str) -> tuple[str, str | None]:
    """An organisation's name that holds a unit, as (organisation, unit); (org, None) otherwise.

    >>> split_organization("UCInspire Program (University of California Irvine)")
    ('University of California Irvine', 'UCInspire Program')
    >>> split_organization("腾讯-优图实验室"), split_organization("Huawei 2012 Laboratory"), split_organization("Alibaba Group")
    (('腾讯', '优图实验室'), ('Huawei', '2012 Laboratory'), ('Alibaba Group', None))
    """
    m = _PARENT_IN_PARENS.match(org)
    if m and UNIT_WORDS.search(m.group("unit")) and not ORG_WORDS.search(re.sub(r"Lab|Group|Center|Program|Research", "", m.group("unit"))):
        return m.group("org").strip(), m.group("unit").strip()
    m = _COMPANY_PREFIX.match(org)
    if m and m.group("unit").strip() and not re.match(r"^(?:Group|Cloud|Inc|集团|云)\b", m.group("unit").strip()):
        head = m.group("org")
        words = org.split()
        # the longest known name it starts with: "Microsoft Research Asia" + "Machine Learning Group"
        known = next((k for k in range(len(words), 1, -1) if " ".join(words[:k]).lower() in institution_names()), 0)
        if known == len(words):
            return org, None
        if known:
            head = " ".join(words[:known])
        return head, org[len(head) :].strip(" -–—·|")  # "腾讯-优图实验室"
    return org, None


def join_names(a: str | None, b: str | None) -> str | None:
    """Two optional names as one comma-separated list, each once."""
    parts = [x for x in (a, b) if x]
    return ", ".join(dict.fromkeys(parts)) if parts else None


def is_academic_org(name: str | None) -> bool:
    """A university or public research institute (not a company lab)."""
    if not name:
        return False
    if COMPANY_WORDS.search(name):
        return False
    return bool(ACADEMIC_WORDS.search(name))
