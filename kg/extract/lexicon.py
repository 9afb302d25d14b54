"""Words that tell what a piece of a profile is, in English and Chinese.

Kept in one place so that the extractors share one vocabulary: section titles,
degree names and levels, organisation and job-title words, honorifics.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.resources import data_path

HAN = re.compile(r"[\u3400-\u9fff]")  # a Chinese character (CJK unified ideographs and extension A)

# --- sections -----------------------------------------------------------------------
# Each kind maps to patterns matched against a heading with emoji and punctuation
# stripped; the first kind whose pattern matches the heading's start wins.
SECTION_PATTERNS: tuple[tuple[str, str], ...] = (
    ("news", r"(recent )?news|updates|latest news|news (and|&) updates|最新动态|动态|新闻"),
    ("publications", r"(selected |recent |peer[- ]reviewed |refereed |journal |conference |full )?"
     r"(publications?|papers?|preprints?|manuscripts?|technical reports?|research papers?|research outputs?|bibliography)"
     r"|学术论文|发表论文|论文发表|论文|(代表性|主要|科研|研究|学术|论文)?成果|代表性?论文|代表性工作|代表作|出版物|发表文章"),
    ("education", r"educations?( (and|&) training| background| history)?|educational (experiences?|background)|academic (background|history|qualifications)"
     r"|qualifications|教育经历|教育背景|学习经历|教育|学历"),
    ("positions", r"(work|working|professional|research|industry|industrial|intern|internship|employment|academic|"
     r"research and work|work and research|work ?/ ?intern|work (and|&) intern|relevant|teaching and research|leading|"
     r"leadership|visiting|research and industry)"
     r" (experiences?|history|positions?)|experiences?|internships?|interns?|positions?|appointments?|employment|career|work"
     r"|工作经历|实习经历|工作经验|实习经验|科研经历|研究经历|工作|实习|任职经历|访问经历|职业经历|科研实习"),
    ("awards", r"(selected |some |major |other )?(honou?rs?|awards?|prizes?|scholarships?|fellowships?|achievements?|distinctions?|competitions?)"
     r"((,| and| &|, and|, &) (honou?rs?|awards?|prizes?|scholarships?|fellowships?|achievements?|grants?))*|credits"
     r"|grants? (and|&) (honou?rs?|awards?|prizes?|scholarships?|fellowships?)"
     r"|(在校|校内|主要|所获|个人|学术|科研)?(获奖经历|获奖情况|获奖|荣誉奖项|荣誉奖励|荣誉|奖项|获得荣誉|竞赛获奖|奖励|竞赛经历|所获荣誉|奖学金)"),
    # "Grants": funded research, each a project with the owner's role (PI), even when its
    # name says "grant" or "award"
    ("grants", r"(research |external )?(grants?|funding)( (and|&) (funding|contracts|projects))?|funded projects"),
    ("projects", r"(selected |research |open[- ]source |personal |academic |key |core |major )?(projects?|systems|software|open source)"
     r"|(research )?projects? (experiences?|work)"
     r"|项目经历|项目经验|项目|(科研|开源|核心|主要|重点|代表性?|个人|参与)项目"),
    ("skills", r"(technical |programming |computer |language |core )?skills?( (and|&) \w+)?|technologies|tech stack"
     r"|技术栈|技术能力|专业技能|技能|技能特长|技能描述|个人技能|编程能力"),
    ("service", r"(professional |academic )?services?|reviewer|reviewing|activities|academic activities|学术服务|审稿"),
    ("teaching", r"teaching( experience| assistant)?|ta experience|教学经历|助教"),
    ("talks", r"(invited )?talks?|presentations?|报告"),
    ("about", r"about( me)?|biography|bio|profile|summary|introduction|personal (statement|information|info)"
     r"|个人简介|个人总结|关于我|自我介绍|个人信息|简介|自我评价|个人评价"),
    ("advisors", r"(?:ph\.?d\.? |research |academic )?(?:advisors?|advisers?|supervisors?|mentors?)|导师|指导老师|指导教师|博士生导师|硕士生导师"),
    ("contact", r"contacts?( (me|information|info))?|联系方式|联系我"),
    ("campus", r"(campus|school|student|extracurricular|leadership) (experiences?|activities|life)|校园经历|学生工作|社会实践|社团经历"),
    # people who vouch for the owner: their names, e-mails and pages are not the owner's
    ("references", r"references?|referees?|professional references|references available upon request|推荐人|证明人"),
    ("other", r"hobbies|interests|research interests|misc|miscellaneous|additional information|languages?|"
     r"organi[sz]ational skills|communication|patents?|a good grade|研究兴趣|兴趣爱好|其他|专利|语言能力|语言技能|外语能力|外语水平"),
)
# One pattern for all kinds: fullmatch tries the alternatives in order, so the first kind
# whose pattern matches the whole title wins; the match's last group names it.
SECTION_RE = re.compile(
    r"(?:" + "|".join(f"(?P<{kind}_{i}>{pat})" for i, (kind, pat) in enumerate(SECTION_PATTERNS)) + r")",
    re.I,
)

# A sentence ends at a full stop before a capital, not after an initial ("B.S. and", "U.S.
# Army") or an honorific ("Prof. Kim"), or at ; ! ? or the text's last full stop.
SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\bProf)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)\.\s+(?=[A-Z])|[;!?](?:\s|$)|\.$")

# --- degrees ------------------------------------------------------------------------
# (pattern, level) in order of precedence.
# degrees named by two words: "Master of Business Administration", "Bachelor of Fine Arts"
# the one-word subjects of degree names: "Bachelor of Science" even when a field follows ("… Science Electrical
# Engineering"); another word is part of the degree only alone ("Bachelor of Computer Science" is a Bachelor in it)
_DEGREE_SUBJECT = r"(?:Science|Arts|Engineering|Laws|Technology|Philosophy|Commerce|Education|Medicine|Business|Music|Design|Architecture)\b"
_LONG_DEGREE_SUBJECTS = r"(?:Business|Public|Health) Administration|Public (?:Health|Policy|Affairs)|Fine Arts|Social Work|Liberal Arts"
DEGREE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"Ph\.?\s?D\.?(?: candidate| student)?|PHD\b|ph\.D\b\.?|[Pp]hd\b|DOCTOR(?:ATE)?\b|D\.?Phil\.?|Doctor(?:ate)?(?: of [A-Z][a-z]+)?\b|"
     r"Doctoral(?! [Rr]esearch [Ff]ellow| [Ff]ellow| [Rr]esearcher)\b|DPhil"
     r"|博士研究生|博士生|博士(?!后)|直博|本?硕博连读", "phd"),  # 博士后 is a postdoc, a job
    (r"(?:M\.?\s?Sci\.?|MPhys|MMath|MChem|M\.?\s?Res\.?|MPH)(?![a-z])|MASTER(?:'S|’S|S)?(?: OF [A-Z]+)?|M\.?\s?A\.?\s?Sc\.?|M\.?\s?Phil\.?|M\.?\s?Eng\.?|M\.?\s?Sc\.?|M\.?\s?S\.?(?=[\s,.;)]|$)|M\.?\s?A\.?(?=[\s,.;)]|$)|MBA|MPhil|MASc|"
     r"M\.?\s?Tech\.?|M\.\s?E\.?(?=[\s,.;)]|$)|Master(?:'s|’s|s)?(?: degree| student| of (?:" + _LONG_DEGREE_SUBJECTS + r"|" + _DEGREE_SUBJECT + r"|[A-Z][a-z]+\b(?![ \t]+[A-Z])))?|master(?:'s|’s)(?: degree)?|master degree|master(?= student)|MS(?=[\s,.;)]|$)|MEng|MSc"
     r"|学术型硕士研究生|专业型硕士研究生|硕士研究生|硕士生|硕士|研究生", "master"),
    (r"BACHELOR(?:'S|’S|S)?(?: OF [A-Z]+)?|UNDERGRADUATE|B\.?\s?A\.?\s?Sc\.?|B\.?\s?Eng\.?|B\.?\s?Sc\.?|B\.?\s?S\.?(?=[\s,.;)]|$)|B\.?\s?A\.?(?=[\s,.;)]|$)|B\.?\s?Tech\.?|B\.?\s?E\.?(?=[\s,.;)]|$)|"
     r"BEc|BEng|BSc|BS(?=[\s,.;)]|$)|Bachelor(?:'s|’s|s)?(?: degree| of (?:" + _LONG_DEGREE_SUBJECTS + r"|" + _DEGREE_SUBJECT + r"|[A-Z][a-z]+\b(?![ \t]+[A-Z])))?|bachelor(?:'s|’s)(?: degree)?|bachelor degree|bachelor(?= student)|"
     r"Undergraduate(?: student)?(?! research)(?! Research)(?! [Tt]hesis)|Undergrad(?!uate)(?! [Rr]esearch)|本科生(?!实习)|本科(?!生实习|毕设|毕业设计)|学士|工学学士|理学学士|大学本科", "bachelor"),
    # not a school's name ("Zhejiang Tiantai High School", "天台中学"): that is the institution;
    # an associate degree ("A.Sc. General Studies", "Associate of Arts") is below a bachelor's
    (r"(?<![a-z] )(?:Senior Middle School|High School|High-?school(?!s))|高中|(?<![\u3400-\u9fff])中学"
     r"|A\.\s?Sc\.?(?![a-z])|Associate(?:'s|’s)? (?:of (?:Arts|Science|Applied Science)|[Dd]egree)", "other"),
)
DEGREE_RE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(f"(?P<L{i}>{p})" for i, (p, _) in enumerate(DEGREE_PATTERNS)) + r")",
)
_DEGREE_LEVELS = [lvl for _, lvl in DEGREE_PATTERNS]


def degree_level(s: str) -> str | None:
    """The level of the first degree named in ``s`` (of a combined programme, "M.S. & Ph.D.",
    its doctorate).

    >>> degree_level("M.Eng., Computer Science"), degree_level("工学学士"), degree_level("Ph.D. student")
    ('master', 'bachelor', 'phd')
    >>> degree_level("my bachelor's degree"), degree_level("a master’s"), degree_level("the master plan"), degree_level("博士后")
    ('bachelor', 'master', None, None)
    >>> degree_level("硕博连读"), degree_level("本科生实习"), degree_level("本科毕设项目")
    ('phd', None, None)
    >>> degree_level("M.S. & Ph.D."), degree_level("MS/PhD"), degree_level("B.S. and M.S.")
    ('phd', 'phd', 'bachelor')
    """
    m = DEGREE_RE.search(s)
    if not m:
        return None
    joined = _JOINED_DEGREE.match(s, m.end())
    if joined and joined.end() < len(s) and degree_level(s[joined.end() :]) == "phd":
        return "phd"  # "M.S. & Ph.D.", "MS/PhD": a combined programme, named for the doctorate
    for i, lvl in enumerate(_DEGREE_LEVELS):
        if m.group(f"L{i}"):
            return lvl
    return None


_JOINED_DEGREE = re.compile(r"\s*(?:&|and|/|\+|[-–])\s*(?=\S)")


# Words that say an entry is a degree programme rather than a job.
STUDENT_WORDS = re.compile(
    r"\b(?:Ph\.?\s?D|Bachelor|Master|M\.?Sc|B\.?Sc|M\.?Eng|B\.?Eng|M\.?S\.|B\.?S\.|Undergraduate|"
    r"Graduate student|Doctoral|M\.?Phil|degree|major|minor|GPA)\b|本科|硕士|博士(?!后)|学士|研究生|在读",
    re.I,
)

# --- organisations ------------------------------------------------------------------
ORG_WORDS = re.compile(
    r"\b(?:University|Universit\w*|Universidad\w*|UNIVERSIT(?:Y|IES|ÄT)|INSTITUTE|COLLEGE|ACADEMY|"
    r"Univeristy|Universtiy|Unversity|Univesity|Unviersity|"  # as misspelt on real pages
    r"Uniwersytet\w*|Hochschule|[ÉE]cole|Politecnico|Polytechnique|Polit[éè]cnica|"
    r"Institut|Instituto|Istituto|Technion|College|Institute|Institution|Academy|Academia|School|Polytechnic|Gymnasium|"
    r"Laborator(?:y|ies)|Lab|Labs|Center|Centre|Research|Inc\.?|Ltd\.?|LLC|Corp(?:oration)?\.?|Company|Co\.|"
    r"Group|Groupe|Technologies|Technology|Foundation|Trust|Hospital|Department|Dept\.?|Faculty|Team|Cloud|Bank|"
    r"Ministry|Agency|Council|Society|Association|Committee|Federation|Studio|Labs?|"
    r"Microsoft|Google|Alibaba|Tencent|Baidu|ByteDance|Huawei|Meta|Facebook|Amazon|Apple|NVIDIA|Nvidia|Intel|IBM|"
    r"Nokia|Samsung|OPPO|Xiaomi|Sensetime|SenseTime|Megvii|JD|Meituan|Kuaishou|Ant|NetEase|Didi|Lenovo|"
    r"Synopsys|Sony|Adobe|Salesforce|Uber|Airbnb|Netflix|Twitter|LinkedIn|OpenAI|DeepMind|Anthropic|Qualcomm|AMD|Cisco|"
    r"Oracle|SAP|Siemens|Bosch|Toyota|Honda|Tesla|Pinterest|Snap|Yahoo|VMware|Databricks)\b"
    r"|大学|学院|研究院|研究所|研究中心|实验室|公司|集团|(?<=[\u3400-\u9fff]{2})科技(?![\u3400-\u9fff])|科学院|中心|学校|(?<=[\u3400-\u9fff])中学|医院|银行|工作室|团队",
)
UNIT_WORDS = re.compile(
    r"\b(?:School of|^(?:Business|Law|Medical|Management|Graduate) School$|Faculty of|Department|Dept\.?|College of|Lab\b|Laboratory|Labs\b|Group\b|Team\b|Center|Centre|"
    r"Division|Institute (?:of|for)|Program(?:me)?\b|Class\b|Platform|Thrust|Hub\b|Unit\b|Office)"
    r"|学院|系$|系[,，]|实验室|团队|小组|组$|中心|班$|研究所|部门|事业部|平台|部$",
    re.I,
)
# words of an award's name (an awards section's entries, honours inside other entries)
AWARD_WORDS = re.compile(
    r"\b(?:award|awards|prize|medal|scholarship|fellowship|honou?r(?:able)?|champion|winner|finalist|place|"
    r"outstanding|excellen(?:t|ce)|best paper|grant|merit|distinction|dean'?s list)\b"
    r"|奖|冠军|亚军|季军|荣誉|优秀|标兵|称号|三好学生",
    re.I,
)
# companies known by name alone
_COMPANY_NAMES = (
    r"Microsoft|Google|Alibaba|Aliyun|Tencent|Baidu|"
    r"ByteDance|Bytedance|Huawei|Meta|Facebook|Amazon|Apple|NVIDIA|Nvidia|Intel|IBM|Nokia|Samsung|OPPO|Xiaomi|"
    r"Sensetime|SenseTime|Megvii|JD|Meituan|Kuaishou|Ant Group|NetEase|Didi|Lenovo|Synopsys|Sony|Adobe|Salesforce|"
    r"Uber|Airbnb|Netflix|Twitter|LinkedIn|OpenAI|DeepMind|Anthropic|Qualcomm|AMD|Cisco|Oracle|SAP|Siemens|Bosch|"
    r"Toyota|Tesla|Pinterest|Snap|Yahoo|VMware|Databricks|Bell Labs|MSRA|Pine AI|Publicis"
)
COMPANY_NAME = re.compile(rf"(?:{_COMPANY_NAMES})")
COMPANY_WORDS = re.compile(
    r"\b(?:Inc\.?|Ltd\.?|LLC|Corp(?:oration)?\.?|Company|Co\.|Technologies|" + _COMPANY_NAMES + r")\b"
    r"|公司|集团|阿里|腾讯|百度|字节|华为|微软|商汤|小米|美团|京东|快手|网易|滴滴|联想|旷视|蚂蚁|奇虎|达摩院",
)
ACADEMIC_WORDS = re.compile(
    r"\b(?:University|Universit[éäa]t?|College|Academy|Academic of|Academia|Polytechnic|Institute of Technology|"
    r"Institute for|Institute of|Ecole|École|MIT|CMU|ETH|EPFL|KAIST|NTU|NUS|HKUST|CUHK|UIUC|UCLA|UCSD|"
    r"BAAI|BIGAI|CAS|Tsinghua|Peking|Fudan|Zhejiang|Stanford|Berkeley|Harvard|Princeton|Yale|Oxford|Cambridge)\b"
    r"|大学|学院|科学院|研究院|研究所|实验室",
)


@lru_cache(maxsize=1)
def institution_names() -> frozenset[str]:
    """The names and other names of the project's institution table (``data/institutions.tsv``),
    lower-cased: a name such as "ETH Zurich" or "University of California, Berkeley" is
    one name, though it ends with a place.

    >>> "eth zurich" in institution_names(), "university of california, berkeley" in institution_names()
    (True, True)
    """
    names: set[str] = set()
    for line in data_path("institutions.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        names.update(n.strip().lower() for n in [cols[1], *(cols[2].split("|") if len(cols) > 2 else [])] if n.strip())
    return frozenset(names)


def is_named_org(text: str) -> bool:
    """An organisation by its words ("University", "Inc.", "大学", a company's name) or by the
    institution table ("ETH Zurich").

    >>> is_named_org("Max Planck Institute"), is_named_org("ETH Zurich"), is_named_org("Saarbrücken")
    (True, True, False)
    """
    return bool(ORG_WORDS.search(text) or COMPANY_WORDS.search(text)) or text.lower() in institution_names()


# --- table columns ------------------------------------------------------------------
# Column names, in a table's header row ("时间 | 学校 | 专业 | 学历") and as labels inside an
# entry ("学校：四川大学  专业：软件工程"), each with the field a labelled value fills:
# "time" for the entry's dates, None for a name that fills no field of an entry.
def _names(kind: str | None, *names: str) -> dict[str, str | None]:
    return dict.fromkeys(names, kind)


COLUMN_NAMES: dict[str, str | None] = {
    **_names("time", "time", "date", "dates", "period", "periods", "duration", "year", "years",
             "时间", "日期", "起止时间", "起止日期", "起止年月", "在校时间", "年份", "年月"),
    **_names("org", "school", "schools", "university", "universities", "institution", "institutions", "company", "companies",
             "employer", "employers", "organization", "organizations", "organisation", "organisations",
             "学校", "学校名称", "院校", "毕业院校", "公司", "公司名称", "单位", "工作单位"),
    **_names("unit", "department", "departments", "team", "部门"),
    **_names("field", "major", "majors", "field", "fields", "field of study", "专业"),
    **_names("degree", "degree", "degrees", "学历", "学位"),
    **_names("title", "title", "titles", "position", "positions", "role", "roles", "职位", "岗位", "职务"),
    **_names("location", "location", "locations", "city", "地点", "城市"),
    **_names(None, "start", "end", "from", "to", "begin", "start date", "end date", "when", "college", "colleges", "unit", "units",
             "subject", "subjects", "program", "programs", "programme", "programmes", "job", "jobs", "place", "places", "country",
             "gpa", "grade", "grades", "rank", "ranks", "advisor", "advisors", "supervisor", "supervisors", "description",
             "details", "notes", "level", "qualification", "qualifications", "award", "awards", "name", "names", "issuer",
             "issuers", "venue", "venues", "学院", "院系", "层次", "机构", "导师", "描述", "内容", "备注", "绩点", "排名", "名称",
             "角色", "奖项", "级别", "颁发单位", "颁奖单位"),
}


def _one_of(names) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


COLUMN_NAME = re.compile(f"(?:{_one_of(COLUMN_NAMES)})")  # fullmatch a lower-cased header cell
COLUMN_LABEL = re.compile(rf"(?P<label>{_one_of(k for k, v in COLUMN_NAMES.items() if v)})\s*[:：]\s*", re.I)
TIME_LABEL = re.compile(rf"(?:{_one_of(k for k, v in COLUMN_NAMES.items() if v == 'time')})\s*[:：]", re.I)


# Chinese degrees as a sentence names them ("工学博士学位"), and the words that end a school's name.
ZH_DEGREE_NAME = r"(?:工学|理学|文学|管理学|经济学|法学|医学|农学|教育学|哲学|艺术学)?(?:学士|硕士|博士)"
ZH_UNIT_END = re.compile(r"(?:学院|系|研究所|实验室|学部|书院)$")


# --- job titles ---------------------------------------------------------------------
TITLE_WORDS = re.compile(
    r"\b(?:Intern(?:ship)?|Engineer|Researcher|Research (?:Assistant|Associate|Scientist|Fellow|Intern|Student)|"
    r"Scientist|Assistant|Associate|Developer|Manager|Director|Lead|Leader|Architect|Analyst|Consultant|Fellow|"
    r"Postdoc(?:toral)?|Professor|Lecturer|Student|Visiting|Visitor|Member|Founder|Co-?founder|CEO|CTO|Head|"
    r"Programmer|Designer|Specialist|Officer|Contributor|Maintainer|RA|TA|Staff|Chair|Scholar|Trainee|Tutor|Instructor|Teacher|Demonstrator|Investigator)\b"
    r"|实习生|工程师|研究员|助理|研究助理|开发|经理|主管|总监|负责人|成员|访问学者|访问学生|交换生|博士后|教授|讲师|科学家|架构师|分析师|顾问|实习",
    re.I,
)
INTERN_WORDS = re.compile(r"\bintern(?:ship)?s?\b|实习", re.I)
VISIT_WORDS = re.compile(r"\bvisiting\b|\bvisitor\b|\bexchange\b|访问|交换|访学", re.I)
OTHER_ROLE_WORDS = re.compile(
    r"\bresearch assistant\b|\bRA\b|\bundergrad(?:uate)? research(?:er)?\b|\bresearch student\b|\bpart[- ]time\b|"
    r"\bvolunteer\b|\bstudent researcher\b|研究助理|科研助理",
    re.I,
)


def role_kind(title: str) -> str:
    """The kind of a position from its title: visiting, internship, other or employment.

    >>> role_kind("Visiting Researcher"), role_kind("研究实习生"), role_kind("Software Engineer")
    ('visiting', 'internship', 'employment')
    """
    if VISIT_WORDS.search(title):
        return "visiting"
    if INTERN_WORDS.search(title):
        return "internship"
    if OTHER_ROLE_WORDS.search(title):
        return "other"
    return "employment"

# --- people -------------------------------------------------------------------------
HONORIFIC_PREFIX = re.compile(
    r"^(?:(?:Prof(?:essor)?|Assoc(?:iate)?\.? Prof(?:essor)?|Asst\.? Prof(?:essor)?|Assistant Prof(?:essor)?|"
    r"Associate Professor|Dr|Mr|Ms|Mrs|Miss|Sir|PI|Dean)(?:\.\s*|\s+))+",  # a word of its own: not the "Pi" of "Ping", the "Sir" of "Sirui"
    re.I,
)
HONORIFIC_SUFFIX = re.compile(
    r"(?:\s*[,，]?\s*(?:Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?))$|(?:副教授|教授|老师|博士|研究员|副研究员|助理教授|院士|导师|先生|女士)$"
)
# The last character of every honorific above: names ending otherwise skip the pattern.
# Keep the two in step (tests/test_names.py checks each suffix is removed).
HONORIFIC_SUFFIX_LAST = frozenset("Dr.授师士员生")

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12, "春季": 3, "夏季": 6, "秋季": 9, "冬季": 12}
