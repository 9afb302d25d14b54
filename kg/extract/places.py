"""Places: the cities, regions and countries a CV writes beside an organisation
("Alibaba Group, Hangzhou, China", "阿里巴巴集团 中国", "Boston, MA, USA"), and a town the
list does not know before a known place ("Saarbrücken, Germany")."""

from __future__ import annotations

import re

from kg.extract.lexicon import COMPANY_WORDS, DEGREE_RE, ORG_WORDS, TITLE_WORDS, UNIT_WORDS

__all__ = ["is_place", "is_town", "town_in_place"]

_PLACES = (
    r"China|USA|U\.S\.A?\.?|US|UK|U\.K\.|United States|United Kingdom|Canada|Singapore|Japan|Korea|Republic of Korea|South Korea|"
    r"Germany|France|Switzerland|Italy|Spain|Netherlands|Sweden|Australia|India|Israel|Hong Kong(?: SAR)?|Macau|Macao|Taiwan|"
    r"Brazil|Mexico|Argentina|Chile|Norway|Denmark|Finland|Ireland|Belgium|Austria|Poland|Portugal|Greece|Czechia|Hungary|"
    r"Russia|Turkey|Egypt|Nigeria|South Africa|Kenya|New Zealand|Vietnam|Thailand|Malaysia|Indonesia|Philippines|Pakistan|"
    r"Saudi Arabia|UAE|Qatar|Iran|São Paulo|Sao Paulo|Stockholm|Oslo|Trondheim|Helsinki|Copenhagen|Vienna|Prague|Warsaw|"
    r"Lisbon|Dublin|Brussels|Geneva|Lausanne|Milan|Rome|Delft|Eindhoven|Munich|Hamburg|Heidelberg|Tübingen|Bangalore|"
    r"Mumbai|Delhi|Tel Aviv|Cape Town|Lagos|Nairobi|Osaka|Kyoto|Taipei|Hsinchu|Bangkok|Kuala Lumpur|Jakarta|Manila|"
    r"Beijing|Shanghai|Hangzhou|Shenzhen|Guangzhou|Nanjing|Wuhan|Chengdu|Xi'?an|Tianjin|Suzhou|Hefei|Harbin|Changsha|Xiamen|"
    r"Jinan|Qingdao|Dalian|Chongqing|Zhuhai|Seattle|Redmond|Boston|Cambridge|New York|NYC|San Francisco|Bay Area|Mountain View|"
    r"Palo Alto|Sunnyvale|Menlo Park|San Jose|Los Angeles|Pittsburgh|Chicago|Atlanta|Austin|Ann Arbor|Berkeley|Stanford|"
    r"Champaign|Urbana|Princeton|London|Paris|Zurich|Munich|Berlin|Tokyo|Seoul|Toronto|Vancouver|Montreal|Sydney|Melbourne|"
    r"Remote|Online|Daejeon|Columbia|Clemson|Irvine|San Diego|Madison|Evanston|Chapel Hill|Durham|Philadelphia|Baltimore|"
    r"Washington|Houston|Dallas|Phoenix|Denver|Salt Lake City|Minneapolis|Madrid|Barcelona|Amsterdam|Edinburgh|Oxford|"
    r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|"
    r"SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|"
    # Canadian provinces and Australian states, as addresses write them after a city
    r"ON|BC|QC|AB|MB|NS|NB|NL|SK|Ontario|Quebec|Québec|British Columbia|Alberta|Nova Scotia|Ottawa|Waterloo|Calgary|Edmonton|"
    r"NSW|QLD|Queensland|New South Wales|Canberra|Brisbane|Adelaide|Perth"
)
_PLACE_RE = re.compile(rf"^(?:{_PLACES})(?:\s*,\s*(?:{_PLACES}))*\.?$")
_ZH_PLACE_RE = re.compile(
    r"^(?:中国|美国|英国|日本|韩国|新加坡|加拿大|德国|法国|澳大利亚|香港|澳门|台湾|"
    r"北京|上海|杭州|深圳|广州|南京|武汉|成都|西安|天津|苏州|合肥|哈尔滨|长沙|厦门|济南|青岛|大连|重庆|珠海|远程|"
    # provinces, written without 省, and their capitals and other large cities
    r"河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|"
    r"内蒙古|广西|西藏|宁夏|新疆|石家庄|太原|沈阳|长春|福州|南昌|郑州|南宁|海口|贵阳|昆明|兰州|西宁|银川|乌鲁木齐|拉萨|"
    r"呼和浩特|宁波|无锡|东莞|佛山|温州|绍兴|烟台|威海|徐州|常州|南通|洛阳|绵阳|桂林|三亚|台北|新竹|"
    r"[\u3400-\u9fff]{2,4}(?:市|省|区|县))(?:\s*[,，]?\s*(?:[\u3400-\u9fff]{2,4}(?:市|省|区|县)?))?$"
)


# one or two capitalised words, or two joined as towns join them ("Newcastle upon Tyne", "Frankfurt am Main")
_CITY_LIKE = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+|\s(?:upon|on|am|an\sder|sur|en)\s[A-ZÀ-Ý][\w'’.-]+)?")


def is_town(s: str) -> bool:
    """One or two capitalised words that name nothing else: a town before its country
    (not an acronym and a word: "NIT Silchar" is an institute in its town)."""
    acronym = re.match(r"([A-Z]{2,5})[ -]", s)
    if re.fullmatch(r"[A-Z]{2,5}", s):
        return False  # "EPFL, Switzerland": an institution's acronym before its country
    return (bool(_CITY_LIKE.fullmatch(s)) and not (acronym and not is_place(acronym.group(1)))  # "IL USA" is a place
            and not any(rx.search(s) for rx in (ORG_WORDS, COMPANY_WORDS, TITLE_WORDS, UNIT_WORDS, DEGREE_RE)))


def town_in_place(s: str) -> bool:
    """"Saarbrücken, Germany", "Santa Clara, CA": a town the list does not know, then a known place."""
    head, _sep, tail = s.partition(", ")
    return bool(tail) and is_town(head) and is_place(tail)


def is_place(s: str) -> bool:
    """A city, region or country.

    >>> is_place("Hangzhou"), is_place("Boston, MA, USA"), is_place("中国, 杭州"), is_place("Alibaba Cloud"), is_place("Toronto, ON")
    (True, True, True, False, True)

    A name that starts with a place and names an organisation is not a place:

    >>> is_place("北京大学"), is_place("上海交通大学"), is_place("北京市海淀区"), is_place("福建, 福州"), is_place("浙江大学")
    (False, False, True, True, False)
    """
    s = s.strip(" .")
    if _PLACE_RE.match(s):
        return True
    return bool(_ZH_PLACE_RE.match(s)) and not ORG_WORDS.search(s)
