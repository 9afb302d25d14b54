"""A synthetic profile generator for benchmarks (deterministic for a given seed).

    python benchmarks/synth.py N OUT_DIR [--seed 1]

Writes N profiles: Markdown homepages (half), plain-text CVs (three tenths) and
Chinese CVs (a fifth), with names in both scripts, advisors shared by several
students, institutions from the project's table, and co-authorship with a heavy
tail (a few people on many papers).
"""

from __future__ import annotations

import argparse
import random
from itertools import accumulate
from pathlib import Path

SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
            ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"),
            ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"),
            ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao")]
GIVEN = [("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"), ("强", "Qiang"), ("磊", "Lei"),
         ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"),
         ("秀", "Xiu"), ("霞", "Xia"), ("平", "Ping"), ("刚", "Gang"), ("桂", "Gui"), ("文", "Wen"), ("华", "Hua"), ("辉", "Hui"),
         ("鹏", "Peng"), ("宇", "Yu"), ("浩", "Hao"), ("晨", "Chen"), ("博", "Bo"), ("凯", "Kai"), ("天", "Tian"), ("子", "Zi")]
WESTERN_FIRST = ["Anna", "Ben", "Clara", "David", "Elena", "Felix", "Grace", "Hugo", "Iris", "Jonas", "Kara", "Liam", "Maya",
                 "Noah", "Olga", "Paul", "Rosa", "Sam", "Tara", "Victor"]
WESTERN_LAST = ["Keller", "Novak", "Silva", "Moreau", "Okafor", "Larsen", "Rossi", "Schmidt", "Kowalski", "Brennan",
                "Nakamura", "Haddad", "Ivanova", "Duarte", "Fischer", "Lindqvist", "Osei", "Petrov", "Quinn", "Varga"]
UNIS = [("Peking University", "北京大学"), ("Tsinghua University", "清华大学"), ("Zhejiang University", "浙江大学"),
        ("Shanghai Jiao Tong University", "上海交通大学"), ("South China University of Technology", "华南理工大学"),
        ("Sun Yat-sen University", "中山大学"), ("Beihang University", "北京航空航天大学"), ("Wuhan University", "武汉大学"),
        ("Nanjing University", "南京大学"), ("Fudan University", "复旦大学"), ("Carnegie Mellon University", None),
        ("University of Washington", None), ("National University of Singapore", None), ("ETH Zurich", None)]
COMPANIES = [("Alibaba Group", "阿里巴巴集团"), ("Tencent", "腾讯"), ("Baidu", "百度"), ("ByteDance", "字节跳动"),
             ("Huawei", "华为"), ("Microsoft Research Asia", "微软亚洲研究院"), ("Google", None), ("NVIDIA", None)]
VENUES = ["OSDI", "SOSP", "NSDI", "EuroSys", "ATC", "SoCC", "SIGMOD", "VLDB", "KDD", "NeurIPS", "ICML", "ICLR", "CVPR", "ACL", "AAAI"]
WORDS = ["Scalable", "Efficient", "Adaptive", "Robust", "Distributed", "Learned", "Sparse", "Elastic", "Secure", "Fast",
         "Serving", "Scheduling", "Caching", "Training", "Inference", "Indexing", "Retrieval", "Compression", "Placement",
         "Models", "Graphs", "Clusters", "Queries", "Streams", "Agents", "Kernels", "Workloads", "Transformers"]


class Person:
    def __init__(self, rng: random.Random, chinese: bool) -> None:
        if chinese:
            s = rng.choice(SURNAMES)
            g = [rng.choice(GIVEN) for _ in range(rng.choice([1, 2]))]
            self.zh = s[0] + "".join(c for c, _ in g)
            self.en = "".join(p for _, p in g).capitalize() + " " + s[1]
        else:
            self.zh = None
            self.en = f"{rng.choice(WESTERN_FIRST)} {rng.choice(WESTERN_LAST)}"


def generate(n: int, out: Path, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    professors = [Person(rng, rng.random() < 0.7) for _ in range(max(3, n // 15))]
    pool = [Person(rng, rng.random() < 0.7) for _ in range(max(10, n * 2))]
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(pool))]  # heavy tail
    cum_weights = list(accumulate(weights))  # once: passing weights re-adds them on every draw
    files = []
    for i in range(n):
        owner = Person(rng, rng.random() < 0.75)
        advisor = rng.choice(professors[: max(3, len(professors) // 2)] if rng.random() < 0.6 else professors)
        uni1, uni2 = rng.sample(UNIS, 2)
        y = rng.randint(2008, 2020)
        papers = []
        for _k in range(rng.choice([0, 1, 2, 3, 4, 5, 6, 8])):
            coauthors = rng.choices(pool, cum_weights=cum_weights, k=rng.randint(1, 6))
            names = list(dict.fromkeys([owner.en, *[c.en for c in coauthors], advisor.en]))
            rng.shuffle(names)
            title = " ".join(rng.sample(WORDS, 4)) + f": {rng.choice(WORDS)} {rng.choice(WORDS)} at Scale {i}-{_k}"
            papers.append((title, names, rng.choice(VENUES), rng.randint(y + 1, 2025)))
        company = rng.choice(COMPANIES)
        kind = rng.random()
        if kind < 0.5:
            text = _markdown(owner, advisor, uni1, uni2, company, y, papers)
            path = out / f"p{i:06d}.md"
        elif kind < 0.8:
            text = _plain(owner, advisor, uni1, uni2, company, y, papers)
            path = out / f"p{i:06d}.txt"
        else:
            text = _chinese(owner, advisor, uni1, uni2, company, y, papers)
            path = out / f"p{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def _markdown(owner, advisor, uni1, uni2, company, y, papers) -> str:
    zh = f" ({owner.zh})" if owner.zh else ""
    lines = ["---", "permalink: /", 'title: ""', "---", "", f"I am {owner.en}{zh}, a Ph.D. student at {uni2[0]}, advised by Prof. {advisor.en}.", "",
             "# Education", f"- *{y + 4}.09 - Present*, Ph.D., {uni2[0]}", f"  - Advisor: Prof. {advisor.en}",
             f"- *{y}.09 - {y + 4}.06*, B.Eng., {uni1[0]}", "", "# Internships", f"- *{y + 5}.06 - {y + 5}.09*, Research Intern, {company[0]}", "",
             "# Publications"]
    for title, names, venue, year in papers:
        authors = ", ".join(f"**{n}**" if n == owner.en else n for n in names)
        lines += [f"- **{title}**", f"  {authors}", f"  *{venue} {year}*", ""]
    return "\n".join(lines) + "\n"


def _plain(owner, advisor, uni1, uni2, company, y, papers) -> str:
    lines = [owner.en, f"{owner.en.lower().replace(' ', '.')}@example.org", "", "EDUCATION",
             f"Ph.D. in Computer Science, {uni2[0]}    Sep {y + 4} – Present", f"  Advisor: Prof. {advisor.en}",
             f"B.Sc. in Computer Science, {uni1[0]}    Sep {y} – Jun {y + 4}", "", "EXPERIENCE",
             f"Research Intern, {company[0]}    Jun {y + 5} – Sep {y + 5}", "", "PUBLICATIONS"]
    for title, names, venue, year in papers:
        lines.append(f'{", ".join(names)}. "{title}," in {venue} {year}.')
    return "\n".join(lines) + "\n"


def _chinese(owner, advisor, uni1, uni2, company, y, papers) -> str:
    u1 = uni1[1] or uni1[0]
    u2 = uni2[1] or uni2[0]
    c = company[1] or company[0]
    adv = advisor.zh or advisor.en
    lines = ["教育背景", f"{u2} | 计算机学院 | 博士研究生 {y + 4}.09—至今", f"导师：{adv}", f"{u1} | 计算机学院 | 工学学士 {y}.09—{y + 4}.06", "",
             "实习经历", f"{c} | 研究实习生 {y + 5}.06—{y + 5}.09", "", "学术论文"]
    for title, names, venue, year in papers:
        lines.append(f'- {", ".join(names)}, “{title},” in {venue} {year}.')
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    generate(a.n, a.out, a.seed)
