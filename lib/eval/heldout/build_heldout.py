#!/usr/bin/env python3
"""Build the HELD-OUT evaluation set (pages/*.txt, articles/*.txt, gold-pages.json, gold-articles.json).

Every text in this set was written by the team: the events, people, villages and numbers are invented;
the place names are real Zhejiang places with their real codes; the layouts imitate real pages (see
README.md). Each report is written below as text plus labels; this script joins the pieces of a page,
computes every offset, checks the labels and writes the texts and the gold JSON in the schema of
../shared/devset (gold-pages.json / gold-articles.json).

It exits 1 (and writes nothing) when
  - a metric text is not found at its occurrence inside its report, or matches only as the head or tail
    of a longer number ("2个" inside "12个", "1.1" inside "1.19万亩"),
  - a metric's value (and value_max) differs from what an independent reading of its text gives
    (Arabic and Chinese numerals, 万/亿/千, 成, 分之, %, ranges), unless the metric says check=False,
  - an excluded text does not occur in its report,
  - a county adcode/name/city does not match data/geo/zhejiang-counties.geojson, a township name is not
    under the labelled county in data/geo/zhejiang-townships.csv (historical names are declared), a name
    in townships_mentioned is not a township anywhere in the CSV (unless declared historical), or an
    other_places adcode does not match the county/city list (outside Zhejiang: the small table below),
  - a page has fewer than 3 or more than 8 reports, or text outside the reports that is not declared
    (page header, layout markers, blank lines, trailing fragment).

Usage:  python3 build_heldout.py [--geo /work/main/data/geo]      (Python 3 standard library only)
"""
import argparse
import csv
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ------------------------------------------------------------------ label helpers
def M(text, value, unit, label, approx=False, occ=0, borderline=False, value_max=None, note=None, check=True):
    """a core metric; occ = which occurrence of `text` inside the report (0-based)"""
    d = {"text": text, "value": value, "unit": unit, "approx": approx, "label": label}
    if borderline:
        d["borderline"] = True
    if value_max is not None:
        d["value_max"] = value_max
    if note:
        d["note"] = note
    d["_occ"] = occ
    d["_check"] = check
    return d


def B(*a, **k):
    """a borderline metric (rates, one firm/person/project, background, targets, rounded titles)"""
    k["borderline"] = True
    return M(*a, **k)


def X(text, reason):
    """a number-bearing string deliberately not labelled"""
    return (text, reason)


def C(name, adcode, city):
    return {"name": name, "adcode": adcode, "city": city}


def P(name, level, adcode=None, note=None):
    d = {"name": name, "level": level}
    if adcode:
        d["adcode"] = adcode
    if note:
        d["note"] = note
    return d


def CITY(name, adcode):
    return {"name": name, "level": "city", "adcode": adcode}


# page pieces
def H(text):
    """page header: the text in front of the first report (not a report)"""
    return ("header", text)


def K(text):
    """a layout marker between or in front of reports (bullet, numbering, section heading)"""
    return ("marker", text)


def J(text="\n\n"):
    """a joiner: whitespace only"""
    return ("joiner", text)


def T(text):
    """trailing fragment after the last report (furniture, not a report)"""
    return ("trailing", text)


def S(text, **labels):
    """one report"""
    labels["text"] = text
    return ("seg", labels)


# ------------------------------------------------------------------ counties (checked against data/geo)
# 杭州
SHANGCHENG = C("上城区", "330102", "杭州市"); GONGSHU = C("拱墅区", "330105", "杭州市")
XIHU = C("西湖区", "330106", "杭州市"); BINJIANG = C("滨江区", "330108", "杭州市")
XIAOSHAN = C("萧山区", "330109", "杭州市"); YUHANG = C("余杭区", "330110", "杭州市")
FUYANG = C("富阳区", "330111", "杭州市"); LINAN = C("临安区", "330112", "杭州市")
LINPING = C("临平区", "330113", "杭州市"); QIANTANG = C("钱塘区", "330114", "杭州市")
TONGLU = C("桐庐县", "330122", "杭州市"); CHUNAN = C("淳安县", "330127", "杭州市")
JIANDE = C("建德市", "330182", "杭州市")
# 宁波
HAISHU = C("海曙区", "330203", "宁波市"); JIANGBEI = C("江北区", "330205", "宁波市")
BEILUN = C("北仑区", "330206", "宁波市"); ZHENHAI = C("镇海区", "330211", "宁波市")
YINZHOU = C("鄞州区", "330212", "宁波市"); FENGHUA = C("奉化区", "330213", "宁波市")
XIANGSHAN = C("象山县", "330225", "宁波市"); NINGHAI = C("宁海县", "330226", "宁波市")
YUYAO = C("余姚市", "330281", "宁波市"); CIXI = C("慈溪市", "330282", "宁波市")
# 温州
LUCHENG = C("鹿城区", "330302", "温州市"); LONGWAN = C("龙湾区", "330303", "温州市")
OUHAI = C("瓯海区", "330304", "温州市"); DONGTOU = C("洞头区", "330305", "温州市")
YONGJIA = C("永嘉县", "330324", "温州市"); PINGYANG = C("平阳县", "330326", "温州市")
CANGNAN = C("苍南县", "330327", "温州市"); WENCHENG = C("文成县", "330328", "温州市")
TAISHUN = C("泰顺县", "330329", "温州市"); RUIAN = C("瑞安市", "330381", "温州市")
YUEQING = C("乐清市", "330382", "温州市"); LONGGANG = C("龙港市", "330383", "温州市")
# 嘉兴
NANHU = C("南湖区", "330402", "嘉兴市"); XIUZHOU = C("秀洲区", "330411", "嘉兴市")
JIASHAN = C("嘉善县", "330421", "嘉兴市"); HAIYAN = C("海盐县", "330424", "嘉兴市")
HAINING = C("海宁市", "330481", "嘉兴市"); PINGHU = C("平湖市", "330482", "嘉兴市")
TONGXIANG = C("桐乡市", "330483", "嘉兴市")
# 湖州
WUXING = C("吴兴区", "330502", "湖州市"); NANXUN = C("南浔区", "330503", "湖州市")
DEQING = C("德清县", "330521", "湖州市"); CHANGXING = C("长兴县", "330522", "湖州市")
ANJI = C("安吉县", "330523", "湖州市")
# 绍兴
YUECHENG = C("越城区", "330602", "绍兴市"); KEQIAO = C("柯桥区", "330603", "绍兴市")
SHANGYU = C("上虞区", "330604", "绍兴市"); XINCHANG = C("新昌县", "330624", "绍兴市")
ZHUJI = C("诸暨市", "330681", "绍兴市"); SHENGZHOU = C("嵊州市", "330683", "绍兴市")
# 金华
WUCHENG = C("婺城区", "330702", "金华市"); JINDONG = C("金东区", "330703", "金华市")
WUYI = C("武义县", "330723", "金华市"); PUJIANG = C("浦江县", "330726", "金华市")
PANAN = C("磐安县", "330727", "金华市"); LANXI = C("兰溪市", "330781", "金华市")
YIWU = C("义乌市", "330782", "金华市"); DONGYANG = C("东阳市", "330783", "金华市")
YONGKANG = C("永康市", "330784", "金华市")
# 衢州
KECHENG = C("柯城区", "330802", "衢州市"); QUJIANG = C("衢江区", "330803", "衢州市")
CHANGSHAN = C("常山县", "330822", "衢州市"); KAIHUA = C("开化县", "330824", "衢州市")
LONGYOU = C("龙游县", "330825", "衢州市"); JIANGSHAN = C("江山市", "330881", "衢州市")
# 舟山
DINGHAI = C("定海区", "330902", "舟山市"); PUTUO = C("普陀区", "330903", "舟山市")
DAISHAN = C("岱山县", "330921", "舟山市"); SHENGSI = C("嵊泗县", "330922", "舟山市")
# 台州
JIAOJIANG = C("椒江区", "331002", "台州市"); HUANGYAN = C("黄岩区", "331003", "台州市")
LUQIAO = C("路桥区", "331004", "台州市"); SANMEN = C("三门县", "331022", "台州市")
TIANTAI = C("天台县", "331023", "台州市"); XIANJU = C("仙居县", "331024", "台州市")
WENLING = C("温岭市", "331081", "台州市"); LINHAI = C("临海市", "331082", "台州市")
YUHUAN = C("玉环市", "331083", "台州市")
# 丽水
LIANDU = C("莲都区", "331102", "丽水市"); QINGTIAN = C("青田县", "331121", "丽水市")
JINYUN = C("缙云县", "331122", "丽水市"); SUICHANG = C("遂昌县", "331123", "丽水市")
SONGYANG = C("松阳县", "331124", "丽水市"); YUNHE = C("云和县", "331125", "丽水市")
QINGYUAN = C("庆元县", "331126", "丽水市"); JINGNING = C("景宁畲族自治县", "331127", "丽水市")
LONGQUAN = C("龙泉市", "331181", "丽水市")

HZ_CITY = CITY("杭州市", "330100"); NB_CITY = CITY("宁波市", "330200"); WZ_CITY = CITY("温州市", "330300")
JX_CITY = CITY("嘉兴市", "330400"); HU_CITY = CITY("湖州市", "330500"); SX_CITY = CITY("绍兴市", "330600")
JH_CITY = CITY("金华市", "330700"); QZ_CITY = CITY("衢州市", "330800"); ZS_CITY = CITY("舟山市", "330900")
TZ_CITY = CITY("台州市", "331000"); LS_CITY = CITY("丽水市", "331100")

# outside Zhejiang: GB/T 2260 codes written from the standard (not in data/geo); checked only for form
OUTSIDE = {
    "310000": "上海市", "310112": "闵行区", "310115": "浦东新区", "310116": "金山区", "310117": "松江区",
    "310118": "青浦区", "310107": "普陀区", "320000": "江苏省", "320509": "吴江区", "340000": "安徽省",
    "341022": "休宁县", "360000": "江西省", "361130": "婺源县", "110000": "北京市", "520000": "贵州省",
    "522600": "黔东南苗族侗族自治州", "522636": "丹寨县", "650000": "新疆维吾尔自治区", "652900": "阿克苏地区",
    "652922": "温宿县", "510000": "四川省", "350000": "福建省",
}

# ------------------------------------------------------------------ number reading (independent check)
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
BIG = {"万": 1e4, "亿": 1e8}


def cn_int(s):
    """一千二百 / 十五 / 三 -> int; None when not a Chinese integer"""
    if not s or any(ch not in CN_DIGIT and ch not in CN_UNIT for ch in s):
        return None
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGIT:
            cur = CN_DIGIT[ch]
        else:
            total += (cur or 1) * CN_UNIT[ch]
            cur = 0
    return total + cur


def read_number(text):
    """(value, value_max) read from a metric text, or None when the text has no readable number"""
    t = unicodedata.normalize("NFKC", text)
    # fractions: 三分之一, 1/4
    m = re.search(r"([一二三四五六七八九十\d]+)分之([一二三四五六七八九十\d]+)", t)
    if m:
        a = cn_int(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
        b = cn_int(m.group(2)) if not m.group(2).isdigit() else int(m.group(2))
        return round(100 * b / a, 4), None
    m = re.search(r"(\d+)/(\d+)(?![\d])", t)
    if m and "元/" not in t and "公斤/" not in t:
        return round(100 * int(m.group(1)) / int(m.group(2)), 4), None
    # Arabic range: 1888元到3888元, 30~40万元, 9.5至10.5元
    m = re.search(r"(\d+(?:\.\d+)?)\s*([万亿千]?)[元斤个人]?\s*(?:到|至|~|—|-)\s*(\d+(?:\.\d+)?)\s*([万亿千]?)", t)
    if m:
        mult2 = {"万": 1e4, "亿": 1e8, "千": 1e3, "": 1}[m.group(4)]
        mult1 = {"万": 1e4, "亿": 1e8, "千": 1e3, "": 1}[m.group(2)] if m.group(2) else mult2
        return float(m.group(1)) * mult1, float(m.group(3)) * mult2
    # Arabic number with multipliers: 1.86万, 40.6亿, 3个亿, 2100
    m = re.search(r"(\d+(?:\.\d+)?)\s*(多|余)?\s*(个)?\s*(万亿|亿|万|千)?", t)
    if m:
        v = float(m.group(1))
        mult = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, None: 1}[m.group(4)]
        v *= mult
        if "成" in t[m.end():m.end() + 1]:
            v *= 10
        return v, None
    # Chinese: 近三成, 七成以上, 两成
    m = re.search(r"([一二两三四五六七八九十])成", t)
    if m:
        return cn_int(m.group(1).replace("两", "二")) * 10.0, None
    # Chinese ranges: 四五百斤, 十五六万元, 二三十, 一二百
    m = re.search(r"(十?)([一二三四五六七八九])([二三四五六七八九])(十|百|千)?(万|亿)?", t)
    if m and CN_DIGIT[m.group(3)] == CN_DIGIT[m.group(2)] + 1:
        unit = CN_UNIT.get(m.group(4), 1) if m.group(4) else 1
        big = BIG.get(m.group(5), 1) if m.group(5) else 1
        base = 10 if m.group(1) else 0
        lo = (base + CN_DIGIT[m.group(2)]) * unit * big
        hi = (base + CN_DIGIT[m.group(3)]) * unit * big
        return float(lo), float(hi)
    # Chinese integer with 万/亿: 两万余, 千余, 万, 上千, 百余
    m = re.search(r"([零〇一二两三四五六七八九十百千]+)(余|多)?(万|亿)?", t)
    if m:
        n = cn_int(m.group(1).replace("两", "二"))
        if n is None:
            return None
        big = BIG.get(m.group(3), 1) if m.group(3) else 1
        return float(n) * big, None
    m = re.search(r"(万|亿)", t)
    if m:
        return BIG[m.group(1)], None
    return None


DIGITISH = set("0123456789.")
CN_NUMISH = set("零〇一二两三四五六七八九十百千万亿")


def boundary_ok(text, start, end):
    """the metric text must not be the head or tail of a longer number"""
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if first.isdigit() and before and before in DIGITISH:
        return False
    if last.isdigit() and after and after in DIGITISH:
        return False
    if first in CN_NUMISH and before and before in CN_NUMISH:
        return False
    return True


# ------------------------------------------------------------------ geo data
class Geo:
    def __init__(self, geo_dir):
        with open(os.path.join(geo_dir, "zhejiang-counties.geojson"), encoding="utf-8") as f:
            feats = json.load(f)["features"]
        self.counties = {p["adcode"]: p for p in (ft["properties"] for ft in feats)}
        self.cities = {p["city_adcode"]: p["city_name"] for p in self.counties.values()}
        with open(os.path.join(geo_dir, "zhejiang-townships.csv"), encoding="utf-8") as f:
            self.townships = list(csv.DictReader(f))
        self.twp_names = {r["name"] for r in self.townships}

    def check_county(self, c, where):
        p = self.counties.get(c["adcode"])
        if not p:
            err(f"{where}: county adcode {c['adcode']} not in zhejiang-counties.geojson")
        elif p["name"] != c["name"] or p["city_name"] != c["city"]:
            err(f"{where}: county {c} != {p['name']} {p['city_name']}")

    def township_code(self, name, county_adcode, where):
        hits = [r for r in self.townships if r["name"] == name and r["county_adcode"] == county_adcode]
        if len(hits) != 1:
            err(f"{where}: township {name} not (uniquely) under {county_adcode}")
            return None
        return hits[0]["code"]

    def check_place(self, pl, where):
        code, lvl = pl.get("adcode"), pl.get("level")
        if not code:
            return
        if code.startswith("33"):
            if lvl == "county":
                p = self.counties.get(code)
                if not p or p["name"] != pl["name"]:
                    err(f"{where}: other place {pl['name']} {code} does not match the county list")
            elif lvl == "city":
                if self.cities.get(code) != pl["name"]:
                    err(f"{where}: other place {pl['name']} {code} does not match the city list")
            elif lvl == "township":
                hits = [r for r in self.townships if r["code"] == code and r["name"] == pl["name"]]
                if not hits:
                    err(f"{where}: other township {pl['name']} {code} not in the CSV")
            elif lvl == "province":
                if code != "330000":
                    err(f"{where}: province code {code}")
            else:
                err(f"{where}: level {lvl} with a Zhejiang adcode")
        else:
            if OUTSIDE.get(code) is None or not pl["name"].endswith(OUTSIDE[code]):
                err(f"{where}: outside place {pl['name']} {code} not in the OUTSIDE table")


# ------------------------------------------------------------------ building
APPROX_WORDS = ("约", "近", "多", "余", "超", "逾", "以上", "左右", "上百", "上千", "上万", "突破", "不少于", "将近", "+")
LABEL_ORDER = ["start", "end", "title", "kicker", "subtitle", "byline", "primary_county", "scope", "city", "province",
               "in_zhejiang", "township", "township_code", "township_current", "township_current_code",
               "township_code_outside", "townships_mentioned", "other_places", "metrics", "excluded",
               "truncated", "edge_case", "note"]


def build_metrics(metrics, seg_text, seg_start, full_text, where):
    out = []
    for m in metrics:
        occ, check = m.pop("_occ"), m.pop("_check")
        idx, pos = -1, -1
        for _ in range(occ + 1):
            pos = seg_text.find(m["text"], pos + 1)
            if pos < 0:
                break
        idx = pos
        if idx < 0:
            err(f"{where}: metric {m['text']!r} (occ {occ}) not in the report")
            continue
        start, end = seg_start + idx, seg_start + idx + len(m["text"])
        if full_text[start:end] != m["text"]:
            err(f"{where}: metric offset mismatch {m['text']!r}")
        if not boundary_ok(full_text, start, end):
            err(f"{where}: metric {m['text']!r} is the head or tail of a longer number")
        if check:
            got = read_number(m["text"])
            if got is None:
                err(f"{where}: cannot read a number in {m['text']!r} (give check=False)")
            else:
                v, vmax = got
                if abs(v - m["value"]) > max(1e-6, 1e-4 * abs(m["value"])):
                    err(f"{where}: {m['text']!r} reads {v}, labelled {m['value']}")
                if (vmax is None) != (m.get("value_max") is None) or (
                        vmax is not None and abs(vmax - m["value_max"]) > max(1e-6, 1e-4 * abs(vmax))):
                    err(f"{where}: {m['text']!r} reads max {vmax}, labelled {m.get('value_max')}")
        hedged = any(w in m["text"] for w in APPROX_WORDS)
        if hedged != bool(m["approx"]) and not m.get("note", "").startswith("approx:"):
            err(f"{where}: {m['text']!r} approx={m['approx']} but hedge words {'present' if hedged else 'absent'}")
        m["start"], m["end"] = start, end
        out.append(m)
    out.sort(key=lambda d: d["start"])
    return out


def build_place(lab, geo, where, seg_text):
    d = {}
    county = lab.pop("county")
    d["primary_county"] = county
    in_zj = lab.pop("in_zhejiang", True)
    if county is None:
        scope = lab.pop("scope", None)
        if scope not in ("city", "province"):
            err(f"{where}: no county and no scope")
        d["scope"] = scope
        city = lab.pop("city", None)
        if scope == "city":
            if not city:
                err(f"{where}: city scope without city")
            elif in_zj:
                geo.check_place(city, where)
            d["city"] = city
        prov = lab.pop("province", None)
        if prov:
            d["province"] = prov
    elif in_zj:
        geo.check_county(county, where)
    d["in_zhejiang"] = in_zj
    twp = lab.pop("township", None)
    hist = lab.pop("township_now", None)      # historical name: its current name (or "" when none)
    d["township"] = twp
    d["township_code"] = None
    if twp and in_zj:
        if hist is not None:
            d["township_current"] = hist or None
            d["township_current_code"] = geo.township_code(hist, county["adcode"], where) if hist else None
        else:
            d["township_code"] = geo.township_code(twp, county["adcode"], where)
    outside_code = lab.pop("township_code_outside", None)
    if outside_code:
        d["township_code_outside"] = outside_code
    mentioned = lab.pop("townships_mentioned", None)
    if mentioned is None:
        mentioned = [twp] if twp else []
    hist_names = set(lab.pop("historical_names", []))
    if hist is not None:
        hist_names.add(twp)
    for n in mentioned:
        if in_zj and n not in geo.twp_names and n not in hist_names:
            err(f"{where}: mentioned township {n} not in the CSV (declare it in historical_names)")
    d["townships_mentioned"] = mentioned
    others = lab.pop("other_places", [])
    for pl in others:
        geo.check_place(pl, where)
    d["other_places"] = others
    return d


def build_labels(lab, seg_text, seg_start, full_text, geo, where):
    out = {}
    for k in ("title", "kicker", "subtitle", "byline"):
        v = lab.pop(k, None)
        if v is not None and v not in seg_text:
            err(f"{where}: {k} {v!r} not in the report")
        out[k] = v
    out.update(build_place(lab, geo, where, seg_text))
    out["metrics"] = build_metrics(lab.pop("metrics", []), seg_text, seg_start, full_text, where)
    excl = []
    for t, reason in lab.pop("excluded", []):
        if t not in seg_text:
            err(f"{where}: excluded {t!r} not in the report")
        excl.append(f"{t}({reason})")
    out["excluded"] = excl
    out["truncated"] = lab.pop("truncated", False)
    out["edge_case"] = lab.pop("edge_case", None)
    out["note"] = lab.pop("note", None)
    extra = {k: v for k, v in lab.items() if k not in ("text",)}
    if extra:
        err(f"{where}: unknown label fields {sorted(extra)}")
    return out


def build_page(page, geo):
    pid = page["id"]
    text, segs, markers, header, trailing = "", [], [], "", None
    for kind, val in page["parts"]:
        if kind == "seg":
            if not val["text"] or val["text"] != val["text"].strip():
                err(f"{pid}: a report has leading/trailing whitespace or is empty")
            segs.append((len(text), val))
            text += val["text"]
        else:
            if kind == "header":
                if segs:
                    err(f"{pid}: header after a report")
                header += val
            elif kind == "marker":
                if val.strip() and val not in markers:
                    markers.append(val)
            elif kind == "joiner":
                if val.strip():
                    err(f"{pid}: joiner {val!r} is not whitespace")
            elif kind == "trailing":
                trailing = val
            text += val
    if not 3 <= len(segs) <= 8:
        err(f"{pid}: {len(segs)} reports")
    out_segs = []
    for k, (start, lab) in enumerate(segs):
        seg_text = lab["text"]
        where = f"{pid}/{k}"
        if not 60 <= len(seg_text) <= 700:
            err(f"{where}: report length {len(seg_text)}")
        body = build_labels(dict(lab), seg_text, start, text, geo, where)
        seg = {"start": start, "end": start + len(seg_text)}
        seg.update(body)
        out_segs.append({k2: seg[k2] for k2 in LABEL_ORDER if k2 in seg})
    for a, b in zip(out_segs, out_segs[1:]):
        if a["end"] > b["start"]:
            err(f"{pid}: reports overlap")
    item = {
        "id": pid, "type": "page", "assembled": False, "source": None,
        "outlet": page["outlet"], "date": page["date"], "title": page.get("title"),
        "page_header": header.strip() or None, "layout_markers": markers,
        "truncated": page.get("truncated", False), "chars": len(text),
        "layout": page["layout"], "note": page["note"], "segments": out_segs,
    }
    if trailing is not None:
        item["trailing_fragment"] = trailing.strip()
    return item, text


def build_article(art, geo):
    aid = art["id"]
    lab = dict(art)
    text = lab.pop("text")
    if text != text.strip():
        err(f"{aid}: leading/trailing whitespace")
    meta = {k: lab.pop(k) for k in ("id", "outlet", "date", "layout")}
    body = build_labels(lab, text, 0, text, geo, aid)
    item = {"id": aid, "type": "article", "source": None, "outlet": meta["outlet"], "date": meta["date"],
            "layout": meta["layout"]}
    item.update(body)
    item["chars"] = len(text)
    return item, text


def verify_written(geo, check_only):
    """Re-read the written files the way a scorer does and check every offset and code again."""
    if check_only:
        return
    problems = []
    codes = {r["code"]: r for r in geo.townships}
    for gold, sub in (("gold-pages.json", "pages"), ("gold-articles.json", "articles")):
        with open(os.path.join(HERE, gold), encoding="utf-8") as f:
            items = json.load(f)
        for it in items:
            with open(os.path.join(HERE, sub, it["id"] + ".txt"), encoding="utf-8") as f:
                raw = f.read()
            if not raw.endswith("\n") or raw.endswith("\n\n"):
                problems.append(f"{it['id']}: file must end with exactly one newline")
            text = raw[:-1]
            segs = it.get("segments") or [dict(it, start=0, end=len(text))]
            if it["type"] == "page" and it["chars"] != len(text):
                problems.append(f"{it['id']}: chars")
            last = 0
            for k, sg in enumerate(segs):
                if sg["start"] < last:
                    problems.append(f"{it['id']}/{k}: overlap")
                last = sg["end"]
                for m in sg["metrics"]:
                    if text[m["start"]:m["end"]] != m["text"] or not sg["start"] <= m["start"] < m["end"] <= sg["end"]:
                        problems.append(f"{it['id']}/{k}: metric {m['text']} offsets")
                tc = sg.get("township_code")
                if tc and (tc not in codes or codes[tc]["county_adcode"] != sg["primary_county"]["adcode"]
                           or codes[tc]["name"] != sg["township"]):
                    problems.append(f"{it['id']}/{k}: township code {tc}")
                pc = sg.get("primary_county")
                if pc and sg["in_zhejiang"] and pc["adcode"] not in geo.counties:
                    problems.append(f"{it['id']}/{k}: county {pc}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)


def main(pages, articles):
    ap = argparse.ArgumentParser(description="build the held-out set")
    ap.add_argument("--geo", default=os.path.normpath(os.path.join(HERE, "..", "..", "..", "data", "geo")),
                    help="folder with zhejiang-counties.geojson and zhejiang-townships.csv")
    ap.add_argument("--check", action="store_true", help="check only, write nothing")
    a = ap.parse_args()
    if not os.path.exists(os.path.join(a.geo, "zhejiang-townships.csv")):
        a.geo = "/work/main/data/geo"
    geo = Geo(a.geo)
    built_pages = [build_page(p, geo) for p in pages]
    built_arts = [build_article(x, geo) for x in articles]
    ids = [p["id"] for p, _ in built_pages] + [x["id"] for x, _ in built_arts]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if ERRORS:
        print("\n".join(ERRORS), file=sys.stderr)
        print(f"{len(ERRORS)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)
    if not a.check:
        for sub, items in (("pages", built_pages), ("articles", built_arts)):
            os.makedirs(os.path.join(HERE, sub), exist_ok=True)
            for item, text in items:
                with open(os.path.join(HERE, sub, item["id"] + ".txt"), "w", encoding="utf-8") as f:
                    f.write(text + "\n")
        with open(os.path.join(HERE, "gold-pages.json"), "w", encoding="utf-8") as f:
            json.dump([p for p, _ in built_pages], f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(HERE, "gold-articles.json"), "w", encoding="utf-8") as f:
            json.dump([x for x, _ in built_arts], f, ensure_ascii=False, indent=1)
            f.write("\n")
    verify_written(geo, a.check)
    segs = [s for p, _ in built_pages for s in p["segments"]]
    ms = [m for s in segs for m in s["metrics"]] + [m for x, _ in built_arts for m in x["metrics"]]
    core = sum(1 for m in ms if not m.get("borderline"))
    counties = {s["primary_county"]["adcode"] for s in segs if s["primary_county"] and s["in_zhejiang"]} | {
        x["primary_county"]["adcode"] for x, _ in built_arts if x["primary_county"] and x["in_zhejiang"]}
    cities = {geo.counties[c]["city_adcode"] for c in counties}
    twp = sum(1 for s in segs if s["township"]) + sum(1 for x, _ in built_arts if x["township"])
    twp_code = sum(1 for s in segs if s["township_code"]) + sum(1 for x, _ in built_arts if x["township_code"])
    print(f"pages {len(built_pages)}, reports {len(segs)}, articles {len(built_arts)}; metrics {len(ms)} "
          f"(core {core}, borderline {len(ms) - core}); Zhejiang counties {len(counties)} in {len(cities)} cities; "
          f"township-labelled items {twp} ({twp_code} with a current code)")


# ================================================================== PAGES
GEN1 = "金秋时节,浙江各地晚稻陆续成熟,农户抢抓晴好天气开镰收割,田间一派繁忙景象。"
PAGES = []

# ------------------------------------------------------------------ hp01
PAGES.append(dict(
    id="hp01", outlet="新华社图片集(“视窗”栏目)转载页", date="2023-10-12",
    title="视窗 | 金秋稻熟开镰忙",
    layout="photo-news gallery: captions only, one county each, a repeated generic sentence and a 新华社发(X摄) credit per photo",
    note="仿新华社“视窗/图记”多图集:每张图一段说明(日期+地点+场景,有的带一两个数字),下面是每张图都重复的同一句概述,"
         "再下面是“新华社发(某某摄)”。没有小标题;各条之间空一行。页头是栏目标题和发布时间。",
    parts=[
        H("视窗 | 金秋稻熟开镰忙\n新华社 2023-10-12 21:30\n\n"),
        S("10月11日,在浙江省衢州市衢江区莲花镇东山村,农机手驾驶收割机在稻田里收割晚稻(无人机照片)。"
          "今年莲花镇种植单季晚稻1.86万亩,预计亩产可达560公斤左右。\n" + GEN1 + "\n新华社发(吴明杰摄)",
          byline="新华社发(吴明杰摄)", county=QUJIANG, township="莲花镇",
          other_places=[P("东山村", "village"), P("建德市", "county", "330182", note="同名莲花镇在建德,本条写明衢江区")],
          metrics=[M("1.86万亩", 18600, "亩", "莲花镇单季晚稻种植面积"),
                   B("560公斤左右", 560, "公斤/亩", "预计晚稻亩产", approx=True, note="rate: 亩产;预计")],
          excluded=[X("10月11日", "日期")],
          edge_case="莲花镇同名于建德市;只有图片说明,没有标题;每条都重复同一句概述。"),
        J(),
        S("10月10日,浙江省江山市石门镇清泉村的种粮大户在晾晒新收的稻谷。石门镇今年落实粮食生产功能区4200余亩,"
          "全镇已有近三成晚稻完成收割。\n" + GEN1 + "\n新华社发(毛建英摄)",
          byline="新华社发(毛建英摄)", county=JIANGSHAN, township="石门镇",
          other_places=[P("清泉村", "village"), P("桐乡市", "county", "330483", note="同名石门镇在桐乡")],
          metrics=[M("4200余亩", 4200, "亩", "石门镇粮食生产功能区面积", approx=True),
                   M("近三成", 30, "%", "已收割晚稻比例", approx=True)],
          excluded=[X("10月10日", "日期")],
          edge_case="石门镇同名于桐乡市;县级市名“江山”同时是普通词语。"),
        J(),
        S("10月11日,农民在浙江省湖州市南浔区练市镇荃步村的稻田里收割晚稻(无人机照片)。"
          "练市镇今年晚稻种植面积约3.2万亩,全镇投入收割机136台。\n" + GEN1 + "\n新华社发(沈丽华摄)",
          byline="新华社发(沈丽华摄)", county=NANXUN, township="练市镇",
          other_places=[P("荃步村", "village")],
          metrics=[M("约3.2万亩", 32000, "亩", "练市镇晚稻种植面积", approx=True),
                   M("136台", 136, "台", "投入收割机")],
          excluded=[X("10月11日", "日期")]),
        J(),
        S("10月9日,在浙江省缙云县大洋镇的高山梯田里,村民挑着刚脱粒的稻谷走在田埂上。大洋镇海拔600米以上的梯田有1300多亩,"
          "今年种上了红米等特色水稻,收购价每斤4.5元。\n" + GEN1 + "\n新华社发(王新雄摄)",
          byline="新华社发(王新雄摄)", county=JINYUN, township="大洋镇",
          other_places=[P("建德市", "county", "330182", note="同名大洋镇在建德")],
          metrics=[M("1300多亩", 1300, "亩", "大洋镇高山梯田面积", approx=True),
                   B("每斤4.5元", 4.5, "元/斤", "红米稻谷收购价", note="rate: 单价")],
          excluded=[X("600米以上", "海拔,门槛"), X("10月9日", "日期")],
          edge_case="大洋镇同名于建德市。"),
        J(),
        S("10月10日,浙江省平阳县萧江镇的农户在稻田里收割晚稻。今年平阳县晚稻播种面积12.6万亩,比去年增加0.8万亩,"
          "萧江镇是全县晚稻种植面积最大的乡镇。\n" + GEN1 + "\n新华社发(苏晓宁摄)",
          byline="新华社发(苏晓宁摄)", county=PINGYANG, township="萧江镇",
          metrics=[M("12.6万亩", 126000, "亩", "平阳县晚稻播种面积"),
                   M("0.8万亩", 8000, "亩", "晚稻播种面积比去年增加")],
          excluded=[X("10月10日", "日期")],
          edge_case="场景在萧江镇,数字是全县的;最大的乡镇是排名,不是数字。"),
        J(),
        S("10月11日,在浙江省台州市三门县亭旁镇,村民将收割的稻谷装袋运走(无人机照片)。亭旁镇今年推广“稻鸭共育”等生态种养模式2000亩,"
          "带动120多户农户参与。\n" + GEN1 + "\n新华社发(金鹏摄)\n图/新华社\n编辑/周晓舟",
          byline="新华社发(金鹏摄)", county=SANMEN, township="亭旁镇",
          metrics=[M("2000亩", 2000, "亩", "亭旁镇生态种养推广面积"),
                   M("120多户", 120, "户", "参与农户", approx=True)],
          excluded=[X("10月11日", "日期")],
          edge_case="页尾“图/新华社”“编辑/…”两行归最后一条。"),
    ]))

# ------------------------------------------------------------------ hp02
PAGES.append(dict(
    id="hp02", outlet="浙江在线 浙江纵横·地方图片(多条图片稿堆叠的频道页)", date="2023",
    title=None,
    layout="stacked single-photo items of a news site: title, date-time line, 来源: / outlet on their own lines, "
           "dateline + caption, 拍友 credit, 标签/责任编辑 lines after each item",
    note="仿浙江在线图片稿:标题一行,发布时间一行,“来源:”和“浙江在线”各占一行,然后“浙江在线X月X日讯”加图片说明,"
         "“拍友 某某 摄”,再是“标签:”“责任编辑:”各两行。五条图片稿前后相接,之间空一行;每条的标签和编辑行归本条。"
         "各条日期不同(2023年)。",
    parts=[
        H("您当前的位置 :浙江在线 > 浙江纵横 > 地方图片\n\n"),
        S("高山茭白上市\n2023年08月02日 07:05:12\n来源:\n浙江在线\n"
          "浙江在线8月2日讯 8月1日,遂昌县金竹镇的菜农在茭白田里采收高山茭白。金竹镇今年种植高山茭白2800亩,头茬茭白地头收购价每公斤4.6元,"
          "去年全镇茭白产值1500万元。\n拍友 叶晓峰 摄\n标签:\n茭白;遂昌县\n责任编辑:\n林蔚",
          title="高山茭白上市", byline="拍友 叶晓峰 摄", county=SUICHANG, township="金竹镇",
          metrics=[M("2800亩", 2800, "亩", "金竹镇高山茭白种植面积"),
                   B("每公斤4.6元", 4.6, "元/公斤", "头茬茭白收购价", note="rate: 单价"),
                   M("1500万元", 15000000, "元", "去年全镇茭白产值")],
          excluded=[X("2023年08月02日 07:05:12", "发布时间"), X("8月1日", "日期")]),
        J(),
        S("石塘柑橘采摘忙\n2023年11月20日 06:48:30\n来源:\n浙江在线\n"
          "浙江在线11月20日讯 11月19日,云和县石塘镇小顺村的果农在采摘椪柑。当地500多户果农种植柑橘6000余亩,今年产量比去年增长15%左右。"
          "\n拍友 刘伟 摄\n标签:\n柑橘;云和县\n责任编辑:\n徐光",
          title="石塘柑橘采摘忙", byline="拍友 刘伟 摄", county=YUNHE, township="石塘镇",
          other_places=[P("小顺村", "village"), P("温岭市", "county", "331081", note="同名石塘镇在温岭,更有名")],
          metrics=[M("500多户", 500, "户", "种植柑橘的果农", approx=True),
                   M("6000余亩", 6000, "亩", "柑橘种植面积", approx=True),
                   M("15%左右", 15, "%", "柑橘产量同比增长", approx=True)],
          excluded=[X("2023年11月20日 06:48:30", "发布时间"), X("11月19日", "日期")],
          edge_case="标题只写“石塘”,温岭石塘镇更有名;正文写“云和县石塘镇”,标签行也有云和县。"),
        J(),
        S("春茶开采\n2023年03月22日 07:12:05\n来源:\n浙江在线\n"
          "浙江在线3月22日讯 3月21日,天台县街头镇后岸村的茶农在采摘明前茶。街头镇现有茶园1.1万亩,今年春茶开采时间比往年提早了一周左右,"
          "头批明前茶每斤卖到800元。\n拍友 陈宇 摄\n标签:\n春茶;天台县\n责任编辑:\n王艺",
          title="春茶开采", byline="拍友 陈宇 摄", county=TIANTAI, township="街头镇",
          other_places=[P("后岸村", "village")],
          metrics=[M("1.1万亩", 11000, "亩", "街头镇茶园面积"),
                   B("每斤卖到800元", 800, "元/斤", "头批明前茶售价", note="rate: 单价")],
          excluded=[X("一周左右", "时长"), X("头批", "序数"), X("2023年03月22日 07:12:05", "发布时间")],
          edge_case="“天台”既是县名又是普通词。"),
        J(),
        S("畲乡乌米饭飘香\n2023年04月22日 08:30:41\n来源:\n浙江在线\n"
          "浙江在线4月22日讯 4月21日,武义县柳城畲族镇的畲族群众在制作乌米饭,迎接“三月三”。当天,全镇12个畲族村的300多名群众参加活动,"
          "现场售出乌米饭礼盒1600余盒。\n拍友 蓝小青 摄\n标签:\n三月三;武义县\n责任编辑:\n钱芳",
          title="畲乡乌米饭飘香", byline="拍友 蓝小青 摄", county=WUYI, township="柳城畲族镇",
          metrics=[M("12个", 12, "个", "参加活动的畲族村"),
                   M("300多名", 300, "人", "参加活动群众", approx=True),
                   M("1600余盒", 1600, "盒", "现场售出乌米饭礼盒", approx=True)],
          excluded=[X("三月三", "节日名"), X("4月21日", "日期"), X("2023年04月22日 08:30:41", "发布时间")]),
        J(),
        S("药材晾晒正当时\n2023年10月28日 09:02:17\n来源:\n浙江在线\n"
          "浙江在线10月28日讯 10月27日,磐安县新渥街道的药农在晾晒白术。磐安是“中国药材之乡”,全县中药材种植面积稳定在8万亩左右,"
          "今年白术收购价每公斤比去年高出3元。\n拍友 周一帆 摄\n标签:\n中药材;磐安县\n责任编辑:\n王艺\n看浙江新闻,关注浙江在线微信",
          title="药材晾晒正当时", byline="拍友 周一帆 摄", county=PANAN, township="新渥街道",
          metrics=[M("8万亩左右", 80000, "亩", "全县中药材种植面积", approx=True),
                   B("每公斤比去年高出3元", 3, "元/公斤", "白术收购价同比上涨", note="rate: 单价涨幅", check=False)],
          excluded=[X("2023年10月28日 09:02:17", "发布时间"), X("10月27日", "日期")],
          edge_case="最后一行“看浙江新闻,关注浙江在线微信”是页脚,归本条。"),
    ]))

# ------------------------------------------------------------------ hp03
PAGES.append(dict(
    id="hp03", outlet="浙江日报 新春走基层专版(仿)", date="2024-02-09",
    title="新春走基层·年味里的浙江",
    layout="column page (走基层): per report a short title line, an optional byline line, a dateline line "
           "(date + short county + township + village, with or without a space), then the body; a photo caption opens the page",
    note="仿浙江日报“走基层”栏目版:版头是栏目名和一行集体电头署名“浙江日报讯 (…)”;第一条是一张独立的图片说明(柯城七里乡);其后每条是短标题、(有的有)记者行、"
         "“2月5日常山何家乡长风村”式的日期地点行(县名用简称,有的日期和地名之间有空格),再是正文。条与条之间空一行。",
    parts=[
        H("第00006版:新春走基层\n\n新春走基层·年味里的浙江\n\n浙江日报讯 (方可欣 钱晨 陈思远 潘一鸣 李泓)\n\n"),
        S("2月4日,本报记者随衢州市柯城区七里乡的文化志愿者走进大头村,为村民写春联、送年画。当天志愿者共写下春联400余副。 李泓 摄",
          byline="李泓 摄", county=KECHENG, township="七里乡",
          other_places=[P("大头村", "village"), P("缙云县", "county", "331122", note="同名七里乡在缙云")],
          metrics=[M("400余副", 400, "副", "志愿者写下的春联", approx=True)],
          excluded=[X("2月4日", "日期")],
          edge_case="版面开头的独立图片说明,单独成条;七里乡同名于缙云县。"),
        J(),
        S("年货订单排到了正月\n记者 方可欣\n2月5日常山何家乡长风村\n"
          "村口的胡柚膏作坊里,热气从三口大锅里冒出来。作坊主人徐根土一边搅锅一边说,今年腊月接的订单有5000多罐,已经排到正月十五以后。"
          "“去年一罐卖68元,今年涨了6元,还是供不应求。”\n"
          "村支书告诉记者,长风村130多户人家,有40户在做胡柚膏、柚子皮糖这些年货,去年全村光年货一项就增收了80余万元。",
          title="年货订单排到了正月", byline="记者 方可欣", county=CHANGSHAN, township="何家乡",
          other_places=[P("长风村", "village")],
          metrics=[B("5000多罐", 5000, "罐", "一个作坊的腊月订单", approx=True, note="单个作坊"),
                   B("68元", 68, "元/罐", "去年胡柚膏单价", note="rate: 单价"),
                   B("6元", 6, "元/罐", "今年单价涨幅", note="rate: 单价涨幅"),
                   B("130多户", 130, "户", "长风村户数", approx=True, note="背景数"),
                   M("40户", 40, "户", "做年货的农户"),
                   M("80余万元", 800000, "元", "全村年货增收", approx=True)],
          excluded=[X("三口大锅", "场景描述"), X("正月十五", "日期")],
          edge_case="日期地点行“2月5日常山何家乡长风村”没有空格,县名是简称“常山”(也是普通词)。"),
        J(),
        S("老街灯笼铺\n记者 钱晨 通讯员 梁俊\n2月6日 新昌七星街道\n"
          "七星街道的老街上,12家灯笼铺门口挂满了红灯笼。做了三十多年灯笼的吕师傅说,今年腊月以来,老街上的铺子一共卖出各式灯笼2万多盏,"
          "比去年多了近两成。一盏手工走马灯卖一二百元,订单大多来自杭州、宁波的客人。",
          title="老街灯笼铺", byline="记者 钱晨 通讯员 梁俊", county=XINCHANG, township="七星街道",
          other_places=[P("杭州市", "city", "330100", note="买家来处"), P("宁波市", "city", "330200", note="买家来处"),
                        P("南湖区", "county", "330402", note="同名七星街道在嘉兴南湖")],
          metrics=[M("12家", 12, "家", "老街灯笼铺"),
                   M("2万多盏", 20000, "盏", "腊月以来卖出灯笼", approx=True),
                   M("近两成", 20, "%", "销量同比增长", approx=True),
                   B("一二百元", 100, "元/盏", "手工走马灯单价", value_max=200, note="rate: 单价;中文数字区间")],
          excluded=[X("三十多年", "从业年限")],
          edge_case="七星街道同名于嘉兴南湖区;县名只在日期地点行里以简称“新昌”出现。"),
        J(),
        S("岛上来了“流动年货车”\n2月6日岱山秀山乡\n"
          "上午9时,一辆装满年货的厢式货车从高亭镇坐渡船上了秀山岛。车还没停稳,村民就围了上来。司机老郑说,这趟车装了60多种年货,"
          "春节前每周跑两趟。秀山乡常住的多是老人,流动年货车开通以来已经送货28趟,卖出年货12万元。",
          title="岛上来了“流动年货车”", byline=None, county=DAISHAN, township="秀山乡",
          townships_mentioned=["秀山乡", "高亭镇"],
          other_places=[P("秀山岛", "island")],
          metrics=[B("60多种", 60, "种", "一车年货品种", approx=True, note="场景细节"),
                   M("28趟", 28, "趟", "流动年货车送货"),
                   M("12万元", 120000, "元", "卖出年货")],
          excluded=[X("上午9时", "时刻"), X("每周跑两趟", "频次")],
          edge_case="没有记者行;高亭镇是货车出发地,不是本条地点。"),
        J(),
        S("渔村年夜饭\n记者 陈思远\n2月7日象山鹤浦镇\n"
          "南田岛上的8家渔家乐,年夜饭订单早就订满了。渔家乐老板娘林秀娣翻着订单本说,全镇渔家乐今年一共接下年夜饭420桌,"
          "每桌价格在1888元到3888元之间,“客人一半以上是从上海、杭州回来的”。",
          title="渔村年夜饭", byline="记者 陈思远", county=XIANGSHAN, township="鹤浦镇",
          other_places=[P("南田岛", "island"), P("上海市", "province", "310000", note="客人来处"),
                        P("杭州市", "city", "330100", note="客人来处")],
          metrics=[M("8家", 8, "家", "南田岛渔家乐"),
                   M("420桌", 420, "桌", "全镇年夜饭订单"),
                   B("1888元到3888元", 1888, "元/桌", "年夜饭每桌价格", value_max=3888, note="rate: 单价;阿拉伯数字区间")],
          excluded=[X("一半以上", "模糊比例,转述")],
          edge_case="县名只写简称“象山”(也是山名);鹤浦镇只在象山。"),
        J(),
        S("直播间里卖红曲酒\n记者 潘一鸣\n2月8日泰顺筱村镇\n"
          "返乡青年吴晓东把直播间搭在了自家酒坊里。他说,半个月卖出乌衣红曲酒1.2万斤,销售额36万元。村里有23户农户把自酿的红曲酒"
          "放到他的直播间代卖,每户平均增收五六千元。",
          title="直播间里卖红曲酒", byline="记者 潘一鸣", county=TAISHUN, township="筱村镇",
          metrics=[B("1.2万斤", 12000, "斤", "一个直播间半个月卖出红曲酒", note="单个商户"),
                   B("36万元", 360000, "元", "一个直播间销售额", note="单个商户"),
                   M("23户", 23, "户", "代卖的农户"),
                   B("五六千元", 5000, "元", "户均增收", value_max=6000, note="rate: 户均;中文数字区间")],
          excluded=[X("半个月", "时长")]),
    ]))

# ------------------------------------------------------------------ hp04
EP = "农村信息报 数字报纸\n\n00004版:要闻\n\n"
PAGES.append(dict(
    id="hp04", outlet="农村信息报 数字报纸 第00004版(仿浙江日报系电子版,四篇稿件连排)", date="2021-07-01",
    title=None,
    layout="e-paper items: each with the 数字报纸 header and page label above and the e-paper footer line below; "
           "时间:/地点:/报道组 lines instead of a dateline on two of them",
    note="仿浙江日报系电子版单篇页:每篇上面是“农村信息报 数字报纸”和“00004版:要闻”,下面是电子版页脚"
         "“农村信息报 要闻 00004 标题 日期 编号 2 日期 星期”。四篇前后相接,页眉页脚都归各自的稿件。"
         "第1、3篇用“时间:”“地点:”“报道组 某某 报道”三行代替电头。",
    parts=[
        S(EP + "党员志愿者“认领”120个楼道\n\n时间:上午7时30分\n地点:宁波市镇海区庄市街道勤勇村\n报道组 郑雯 报道\n\n"
          "早上7时30分,勤勇村的86名党员志愿者分成十几个小组,拎着扫帚、抹布走进村里的安置小区。从今年起,他们“认领”了小区里的120个楼道,"
          "每周清理一次。半年来,志愿者累计清理楼道堆放杂物3.6吨,劝导整改飞线充电42处。\n\n"
          "农村信息报 要闻 00004 党员志愿者“认领”120个楼道 2021-07-01 2046135 2 2021年07月01日 星期四",
          title="党员志愿者“认领”120个楼道", byline="报道组 郑雯 报道", county=ZHENHAI, township="庄市街道",
          other_places=[P("勤勇村", "village"), P("宁波市", "city", "330200")],
          metrics=[M("86名", 86, "人", "党员志愿者"),
                   M("120个", 120, "个", "认领的楼道", occ=1, note="标题和页脚重复同一数字,只标正文"),
                   M("3.6吨", 3.6, "吨", "清理楼道杂物"),
                   M("42处", 42, "处", "整改飞线充电")],
          excluded=[X("00004", "版次"), X("2046135", "页脚编号"), X("上午7时30分", "时刻"), X("十几个小组", "模糊数量"),
                    X("每周清理一次", "频次")],
          edge_case="数字报纸页头、版名、页脚都在本条内;“时间/地点/报道组”三行代替电头;标题数字在页脚又出现一次。"),
        J(),
        S(EP + "瑶溪山下建起“共富工坊”\n\n"
          "本报讯 (记者 黄海 通讯员 林丹丹) 温州市龙湾区瑶溪街道的“共富工坊”里,几十位阿姨正在组装眼镜配件。工坊去年开办以来,"
          "吸纳周边46名留守妇女就业,人均月增收2100元左右;去年加工订单额达380万元。街道还计划年内再建3家工坊。\n\n"
          "农村信息报 要闻 00004 瑶溪山下建起“共富工坊” 2021-07-01 2046141 2 2021年07月01日 星期四",
          title="瑶溪山下建起“共富工坊”", byline="(记者 黄海 通讯员 林丹丹)", county=LONGWAN, township="瑶溪街道",
          other_places=[P("温州市", "city", "330300")],
          metrics=[M("46名", 46, "人", "工坊吸纳留守妇女就业"),
                   B("2100元左右", 2100, "元", "人均月增收", approx=True, note="rate: 人均每月"),
                   M("380万元", 3800000, "元", "去年加工订单额"),
                   B("3家", 3, "家", "年内计划再建工坊", note="计划")],
          excluded=[X("00004", "版次"), X("2046141", "页脚编号"), X("几十位", "模糊数量")]),
        J(),
        S(EP + "东湖边的“夜学堂”\n\n时间:晚上7时\n地点:绍兴东湖街道\n报道组 马骏 报道\n\n"
          "晚上7时,东湖街道社区学校的教室里坐满了人。“夜学堂”每周开课3次,开设了智能手机、书法、越剧等课程18门,"
          "今年上半年报名居民1200余人次,其中六成是退休老人。\n\n"
          "农村信息报 要闻 00004 东湖边的“夜学堂” 2021-07-01 2046150 2 2021年07月01日 星期四",
          title="东湖边的“夜学堂”", byline="报道组 马骏 报道", county=YUECHENG, township="东湖街道",
          other_places=[P("绍兴市", "city", "330600"), P("临平区", "county", "330113", note="同名东湖街道在杭州临平")],
          metrics=[M("18门", 18, "门", "开设课程"),
                   M("1200余人次", 1200, "人次", "上半年报名居民", approx=True),
                   M("六成", 60, "%", "退休老人占比")],
          excluded=[X("00004", "版次"), X("2046150", "页脚编号"), X("每周开课3次", "频次"), X("晚上7时", "时刻")],
          edge_case="东湖街道同名于临平区;只写“绍兴东湖街道”,区名(越城)没有出现。"),
        J(),
        S(EP + "澧浦:荷花田里好“丰”景\n\n"
          "本报讯 (记者 朱怡 通讯员 方晓) 眼下,金华市金东区澧浦镇的荷花进入盛花期。澧浦镇荷花种植面积5000余亩,去年举办荷花节期间"
          "吸引游客超过15万人次,带动村集体增收260万元。今年镇里新增莲子加工点4个,莲子每斤收购价比去年高出2元。\n\n"
          "农村信息报 要闻 00004 澧浦:荷花田里好“丰”景 2021-07-01 2046158 2 2021年07月01日 星期四",
          title="澧浦:荷花田里好“丰”景", byline="(记者 朱怡 通讯员 方晓)", county=JINDONG, township="澧浦镇",
          other_places=[P("金华市", "city", "330700")],
          metrics=[M("5000余亩", 5000, "亩", "澧浦镇荷花种植面积", approx=True),
                   M("超过15万人次", 150000, "人次", "荷花节游客", approx=True),
                   M("260万元", 2600000, "元", "村集体增收"),
                   M("4个", 4, "个", "新增莲子加工点"),
                   B("每斤收购价比去年高出2元", 2, "元/斤", "莲子收购价涨幅", note="rate: 单价涨幅")],
          excluded=[X("00004", "版次"), X("2046158", "页脚编号")],
          edge_case="标题以简称“澧浦:”开头。"),
    ]))

# ------------------------------------------------------------------ hp05
PAGES.append(dict(
    id="hp05", outlet="苍南新闻网 苍南新闻->经济新闻 列表页(仿)", date="2013-05-09",
    title=None,
    layout="county news-site list page: per item a title, a 发布时间 line and the lead paragraph ending in [详细]; "
           "site furniture (hotline line, breadcrumb) on top; the last lead is cut off",
    note="仿苍南新闻网栏目列表页:页头是新闻热线/投稿邮箱一行和“当前位置”面包屑;每条是标题、“发布时间:”行、以“苍南新闻网X月X日消息:”开头的导语,"
         "末尾“[详细]”。2013年时龙港还是苍南县的一个镇(今龙港市)。最后一条导语在半句处截断。",
    truncated=True,
    parts=[
        H("·新闻热线:0577-68812340 ·投稿邮箱:cnxw_tougao@126.com\n当前位置: 苍南新闻网 -> 苍南新闻 -> 经济新闻\n\n"),
        S("龙港印刷业首季产值破40亿\n发布时间:2013年05月09日\n"
          "苍南新闻网5月9日消息:笔者从龙港镇经发办获悉,一季度全镇印刷包装业完成产值40.6亿元,同比增长7.2%,占全镇规上工业产值的近六成。"
          "目前全镇共有印刷包装企业1100余家。[详细]",
          title="龙港印刷业首季产值破40亿", county=LONGGANG, township="龙港镇", township_now="",
          historical_names=["龙港镇"],
          other_places=[P("苍南县", "county", "330327", note="2013年龙港镇属苍南县;2019年撤镇设龙港市")],
          metrics=[M("40.6亿元", 4060000000, "元", "一季度印刷包装业产值"),
                   M("7.2%", 7.2, "%", "同比增长"),
                   M("近六成", 60, "%", "占规上工业产值比重", approx=True),
                   M("1100余家", 1100, "家", "印刷包装企业", approx=True)],
          excluded=[X("破40亿", "标题里的门槛/里程碑")],
          edge_case="2013年的“龙港镇”今为龙港市(县级),按现行区划标龙港市;龙港市下不再设镇,township_code 为 null。"),
        J(),
        S("灵溪镇农村电商年销售额超5亿元\n发布时间:2013年05月08日\n"
          "苍南新闻网5月8日消息:记者从灵溪镇电商办了解到,全镇现有农村电商网店1300余家,去年实现网络销售额5.3亿元,带动就业4000多人。"
          "其中,年销售额超过1000万元的网店有17家。[详细]",
          title="灵溪镇农村电商年销售额超5亿元", county=CANGNAN, township="灵溪镇",
          metrics=[B("超5亿元", 500000000, "元", "标题里约数的网络销售额", approx=True, note="标题取整正文的5.3亿元"),
                   M("1300余家", 1300, "家", "农村电商网店", approx=True),
                   M("5.3亿元", 530000000, "元", "去年网络销售额"),
                   M("4000多人", 4000, "人", "带动就业", approx=True),
                   M("17家", 17, "家", "年销售额千万元以上网店")],
          excluded=[X("超过1000万元", "门槛")]),
        J(),
        S("矾山肉燕年产值突破8000万元\n发布时间:2013年05月07日\n"
          "苍南新闻网5月7日消息:矾山镇的传统小吃肉燕正成为富民产业。去年全镇肉燕产业产值8260万元,作坊和企业120多家,从业人员1800余人,"
          "产品销往全国20多个省市。[详细]",
          title="矾山肉燕年产值突破8000万元", county=CANGNAN, township="矾山镇",
          metrics=[M("8260万元", 82600000, "元", "去年肉燕产业产值"),
                   M("120多家", 120, "家", "肉燕作坊和企业", approx=True),
                   M("1800余人", 1800, "人", "从业人员", approx=True),
                   B("20多个", 20, "个", "产品销往省市", approx=True, note="销售范围")],
          excluded=[X("突破8000万元", "标题里的里程碑")]),
        J(),
        S("金乡标牌企业技改投入3个亿\n发布时间:2013年05月07日\n"
          "苍南新闻网5月7日消息:金乡镇标牌徽章行业去年技改投入3个亿,新上自动化生产线46条。全镇现有标牌徽章企业560家,"
          "去年行业产值比上年增长11.4%。(通讯员 陈立新)[详细]",
          title="金乡标牌企业技改投入3个亿", byline="(通讯员 陈立新)", county=CANGNAN, township="金乡镇",
          metrics=[M("3个亿", 300000000, "元", "标牌行业去年技改投入", occ=1, note="金额没有“元”字;标题重复,只标正文"),
                   M("46条", 46, "条", "新上自动化生产线"),
                   M("560家", 560, "家", "标牌徽章企业"),
                   M("11.4%", 11.4, "%", "行业产值同比增长")]),
        J(),
        S("桥墩镇茶园面积扩至2.1万亩\n发布时间:2013年05月06日\n"
          "苍南新闻网5月6日消息:记者日前从桥墩镇农办了解到,今年该镇新扩种茶园1500亩,全镇茶园总面积达到2.1万亩,其中无性系良种茶园占",
          title="桥墩镇茶园面积扩至2.1万亩", county=CANGNAN, township="桥墩镇", truncated=True,
          metrics=[M("1500亩", 1500, "亩", "新扩种茶园"),
                   M("2.1万亩", 21000, "亩", "茶园总面积", occ=1, note="标题重复,只标正文")],
          edge_case="导语在“占”字处截断。"),
    ]))

# ------------------------------------------------------------------ hp06
PAGES.append(dict(
    id="hp06", outlet="嵊泗新闻网 首页(仿)", date="2024-01-10",
    title=None,
    layout="news-site home page: lead paragraphs only, no titles, one story per line, single newlines, site nav on top",
    note="仿县级新闻网首页的要闻区:只有导语,没有标题,每条一段,段与段之间只换一行,没有空行。"
         "“我县”指嵊泗县,只能从网站名得知。最后一条在半句处截断。",
    truncated=True,
    parts=[
        H("嵊泗新闻网\n首页 | 今日嵊泗 | 乡镇新闻 | 图片新闻 | 专题\n"),
        S("1月8日,记者从县海洋与渔业局获悉,2023年我县贻贝养殖面积稳定在2.1万亩,全年贻贝产量达到8.6万吨,产值2.3亿元,同比增长6.4%。",
          county=SHENGSI, township=None,
          metrics=[M("2.1万亩", 21000, "亩", "贻贝养殖面积"),
                   M("8.6万吨", 86000, "吨", "贻贝年产量"),
                   M("2.3亿元", 230000000, "元", "贻贝产值"),
                   M("6.4%", 6.4, "%", "产值同比增长")],
          excluded=[X("1月8日", "日期"), X("2023年", "年份")],
          edge_case="没有标题;“我县”只能从网站名(嵊泗新闻网)得知。"),
        J("\n"),
        S("今天上午,枸杞乡“海上牧场”二期项目开工。一期项目已投放大黄鱼苗60万尾、岩礁鱼类苗种12万尾,二期计划新增深水网箱40只,"
          "总投资4800万元。",
          county=SHENGSI, township="枸杞乡",
          metrics=[M("60万尾", 600000, "尾", "一期投放大黄鱼苗"),
                   M("12万尾", 120000, "尾", "一期投放岩礁鱼类苗种"),
                   B("40只", 40, "只", "二期计划新增深水网箱", note="计划;单个项目"),
                   B("4800万元", 48000000, "元", "二期总投资", note="单个项目")],
          excluded=[X("二期", "分期"), X("一期", "分期")]),
        J("\n"),
        S("近日,花鸟乡灯塔景区完成提升改造并重新开放。景区去年接待游客11.2万人次,实现门票和二次消费收入2600余万元,带动全乡43家民宿增收。",
          county=SHENGSI, township="花鸟乡",
          metrics=[M("11.2万人次", 112000, "人次", "灯塔景区去年接待游客"),
                   M("2600余万元", 26000000, "元", "景区门票和二次消费收入", approx=True),
                   M("43家", 43, "家", "带动增收的民宿")]),
        J("\n"),
        S("1月9日至10日,上海市浦东新区农业农村委一行来嵊泗考察对接。双方签订农产品产销对接协议,浦东新区今年将采购嵊泗海鲜等农特产品不少于1500万元,"
          "并在新区设立嵊泗海鲜直销点10个。",
          county=SHENGSI, township=None,
          other_places=[P("浦东新区", "county", "310115", note="来访方、采购方,在上海"), P("上海市", "province", "310000")],
          metrics=[B("不少于1500万元", 15000000, "元", "浦东新区计划采购嵊泗农特产品", approx=True, note="协议目标"),
                   B("10个", 10, "个", "计划设立直销点", note="计划")],
          excluded=[X("1月9日至10日", "日期")],
          edge_case="来访方和合作方都在上海浦东,主体仍是嵊泗。"),
        J("\n"),
        S("记者从县气象局了解到,受强冷空气影响,今明两天我县将出现大风降温天气,海上阵风可达9级,日平均气温将下降8到10℃,"
          "县海洋与渔业局已通知1200余艘渔船回港避风。",
          county=SHENGSI, township=None,
          metrics=[M("1200余艘", 1200, "艘", "回港避风渔船", approx=True)],
          excluded=[X("9级", "风力等级"), X("8到10℃", "降温幅度")],
          edge_case="气象稿,只有一个计数。"),
        J("\n"),
        S("昨天,洋山镇小洋山社区的渔嫂服务队走进港区,为200多名码头工人送去姜茶和手套。服务队成立三年来,队员从最初的十几人发展到"
          "现在的60多人,已开展志愿服务",
          county=SHENGSI, township="洋山镇", truncated=True,
          other_places=[P("小洋山社区", "community")],
          metrics=[B("200多名", 200, "人", "受慰问码头工人", approx=True, note="场景细节"),
                   M("60多人", 60, "人", "渔嫂服务队队员", approx=True)],
          excluded=[X("三年来", "时长"), X("十几人", "模糊数量")],
          edge_case="在“已开展志愿服务”处截断;洋山港区由上海运营,但本条主体是嵊泗洋山镇。"),
    ]))

# ------------------------------------------------------------------ hp07
PAGES.append(dict(
    id="hp07", outlet="今日松阳·早读(仿县报微信早间播报)", date="2023-06-08",
    title="今日松阳·早读",
    layout="daily digest: date/weather block and a 导读 index that repeats every headline, then 【本地要闻】 items "
           "with ◆ + title + body + (作者), then 【一句话新闻】 one-liners with ■",
    note="仿县级媒体早间播报:页头有日期、农历、天气预报和“导读”目录(目录里重复了四个要闻标题),"
         "然后“【本地要闻】”小节,每条以◆开头,标题一行、正文一段、末尾括号里是作者;再是“【一句话新闻】”小节,每条以■开头。"
         "“我县”指松阳县。◆、■和两个小节名是版式标记,不属于任何一条。",
    parts=[
        H("今日松阳·早读\n2023年6月8日 星期四\n农历四月廿一\n【天气预报】\n今日:多云转阵雨,21℃~29℃\n明日:阵雨,20℃~27℃\n"
          "导读\n【本地要闻】\n◆大东坝镇“茶香研学游”持续升温\n◆古市镇老屋确权登记完成86幢\n◆我县茶叶“订单农业”覆盖万户茶农\n"
          "◆松阳至遂昌城际公交开通\n【一句话新闻】\n\n"),
        K("【本地要闻】"), J("\n"), K("◆"),
        S("大东坝镇“茶香研学游”持续升温\n6日,来自杭州、上海的两批中小学生走进大东坝镇的茶园,体验采茶、制茶。今年以来,大东坝镇已接待研学学生"
          "1.3万人次,同比增长近两成,带动镇上农家乐、民宿营业收入320余万元。(叶超)",
          title="大东坝镇“茶香研学游”持续升温", byline="(叶超)", county=SONGYANG, township="大东坝镇",
          other_places=[P("杭州市", "city", "330100", note="学生来处"), P("上海市", "province", "310000", note="学生来处")],
          metrics=[B("两批", 2, "批", "当天来访学生批次", note="场景细节"),
                   M("1.3万人次", 13000, "人次", "今年接待研学学生"),
                   M("近两成", 20, "%", "研学学生同比增长", approx=True),
                   M("320余万元", 3200000, "元", "带动农家乐民宿营业收入", approx=True)],
          excluded=[X("6日", "日期")],
          edge_case="标题在页头的导读目录里重复了一遍;县名只在页头“今日松阳”里。"),
        J("\n"), K("◆"),
        S("古市镇老屋确权登记完成86幢\n记者从古市镇获悉,该镇老屋产权登记工作已完成86幢,其中32幢已通过“老屋认领”引入社会资本,累计到位资金2100万元,"
          "改建为民宿、工作室等业态。(周静)",
          title="古市镇老屋确权登记完成86幢", byline="(周静)", county=SONGYANG, township="古市镇",
          metrics=[M("86幢", 86, "幢", "完成产权登记的老屋", occ=1, note="标题重复,只标正文"),
                   M("32幢", 32, "幢", "引入社会资本的老屋"),
                   M("2100万元", 21000000, "元", "到位社会资本")]),
        J("\n"), K("◆"),
        S("我县茶叶“订单农业”覆盖万户茶农\n截至5月底,全县签订茶叶收购订单的茶农达10260户,订单面积8.5万亩,订单收购价每斤高出市场价0.5元至1元。"
          "县农业农村局相关负责人介绍,订单农业已覆盖全县15个乡镇(街道)。(刘晓蕾)",
          title="我县茶叶“订单农业”覆盖万户茶农", byline="(刘晓蕾)", county=SONGYANG, township=None,
          metrics=[B("万户", 10000, "户", "标题里取整的订单茶农户数", approx=True, note="approx: 标题取整正文的10260户"),
                   M("10260户", 10260, "户", "签订茶叶收购订单的茶农"),
                   M("8.5万亩", 85000, "亩", "订单面积"),
                   B("0.5元至1元", 0.5, "元/斤", "订单价高出市场价", value_max=1, note="rate: 单价差;区间"),
                   M("15个", 15, "个", "覆盖的乡镇(街道)")],
          excluded=[X("5月底", "日期")],
          edge_case="“我县”是松阳县,只能从页头得知。"),
        J("\n"), K("◆"),
        S("松阳至遂昌城际公交开通\n7日,松阳至遂昌城际公交正式开通。线路从松阳汽车站发车,途经象溪镇,终点为遂昌县妙高街道,全长46公里,"
          "每天往返12个班次,票价12元,预计日均客流600人次。(叶超)",
          title="松阳至遂昌城际公交开通", byline="(叶超)", county=SONGYANG, township=None,
          townships_mentioned=["象溪镇", "妙高街道"],
          other_places=[P("遂昌县", "county", "331123", note="线路终点,另一个县"),
                        P("妙高街道", "township", "331123001", note="遂昌县,线路终点"), P("松阳汽车站", "poi")],
          metrics=[B("12个班次", 12, "班次", "每天往返班次", note="rate: 每天"),
                   B("12元", 12, "元", "票价", note="rate: 单价"),
                   B("600人次", 600, "人次", "预计日均客流", note="rate: 日均;预计")],
          excluded=[X("46公里", "线路长度"), X("7日", "日期")],
          edge_case="一条连接松阳和遂昌的线路,稿件出自松阳,主体算松阳;遂昌妙高街道是终点。"),
        J("\n"), K("【一句话新闻】"), J("\n"), K("■"),
        S("近日,县农业农村局向玉岩镇、枫坪乡等6个乡镇发放“中浙优8号”等水稻良种3.2万斤,惠及种粮户近900户,可满足1.5万亩早稻用种需求。",
          county=SONGYANG, township=None, townships_mentioned=["玉岩镇", "枫坪乡"],
          metrics=[M("6个", 6, "个", "发放良种的乡镇"),
                   M("3.2万斤", 32000, "斤", "发放水稻良种"),
                   M("近900户", 900, "户", "惠及种粮户", approx=True),
                   B("1.5万亩", 15000, "亩", "可满足用种的早稻面积", note="能满足的面积,非实际")],
          excluded=[X("中浙优8号", "品种名")],
          edge_case="一句话新闻,没有标题;涉及多个乡镇,主体是县。"),
        J("\n"), K("■"),
        S("5日晚,新兴镇首届“茶园音乐会”在上安村茶园举行,吸引游客和茶农2000余人,当晚茶叶、茶点等现场销售额达到6.8万元,"
          "镇里计划把音乐会办成每年一届的节庆活动。",
          county=SONGYANG, township="新兴镇", other_places=[P("上安村", "village")],
          metrics=[M("2000余人", 2000, "人", "音乐会观众", approx=True),
                   M("6.8万元", 68000, "元", "当晚现场销售额")],
          excluded=[X("首届", "届次"), X("5日晚", "日期")]),
        J("\n"), K("■"),
        S("今年以来,象溪镇已完成高标准农田建设1200亩,新修机耕路3.4公里、灌溉渠道5.6公里,项目总投资860万元,"
          "新建成的农田将全部用于种植水稻。",
          county=SONGYANG, township="象溪镇",
          metrics=[M("1200亩", 1200, "亩", "完成高标准农田建设"),
                   M("3.4公里", 3.4, "公里", "新修机耕路"),
                   M("5.6公里", 5.6, "公里", "新修灌溉渠道"),
                   B("860万元", 8600000, "元", "项目总投资", note="单个项目")]),
    ]))

# ------------------------------------------------------------------ hp08
PAGES.append(dict(
    id="hp08", outlet="舟山日报 第03版:县区新闻“县区传真”(仿)", date="2022-05-07",
    title="县区传真",
    layout="briefs column: untitled briefs separated by blank lines, each opening with a source (本报讯, 定海新闻网X月X日消息:, 嵊泗讯) "
           "or a bare township name (六横), a city-wide brief and a 又讯 follow-up",
    note="仿地市报“县区传真”简讯栏:每条没有标题,开头是“本报讯”“定海新闻网5月6日消息:”“嵊泗讯”或单独一个地名“六横”;"
         "第5条是全市的,第6条“又讯”接着写普陀朱家尖,自成一条。条与条之间空一行。",
    parts=[
        H("舟山日报 2022年05月07日 第03版:县区新闻\n\n县区传真\n\n"),
        S("本报讯 岱山县衢山镇近日启动渔港“清港”行动,组织镇村干部、渔民志愿者200余人次,清理港内废弃船只17艘,清运海漂垃圾32吨。"
          "(记者 孙蕾 通讯员 邱海波)",
          byline="(记者 孙蕾 通讯员 邱海波)", county=DAISHAN, township="衢山镇",
          metrics=[M("200余人次", 200, "人次", "参加清港行动", approx=True),
                   M("17艘", 17, "艘", "清理废弃船只"),
                   M("32吨", 32, "吨", "清运海漂垃圾")]),
        J(),
        S("六横 5月5日,六横镇首个“渔嫂驿站”在龙山社区开张。驿站提供渔网修补、水产品代销等服务,已吸纳周边渔嫂360余人,"
          "产品主要销往上海、江苏等地,开张当天代销海鲜干货4.2万元。(记者 王晨)",
          byline="(记者 王晨)", county=PUTUO, township="六横镇",
          other_places=[P("龙山社区", "community"), P("上海市", "province", "310000", note="销售地"),
                        P("江苏省", "province", "320000", note="销售地")],
          metrics=[M("360余人", 360, "人", "吸纳渔嫂", approx=True),
                   B("4.2万元", 42000, "元", "开张当天代销额", note="单个驿站当天")],
          excluded=[X("首个", "序数"), X("5月5日", "日期")],
          edge_case="以单独的地名“六横”开头,区名(普陀)没有出现。"),
        J(),
        S("定海新闻网5月6日消息:5月5日,马岙街道三江村蔬菜基地新建的43个连栋大棚投入使用,大棚面积达180亩,预计年产精品蔬菜900吨,"
          "可带动周边农户60余户增收。",
          county=DINGHAI, township="马岙街道",
          other_places=[P("三江村", "village", note="不是三江街道")],
          metrics=[M("43个", 43, "个", "新建连栋大棚"),
                   M("180亩", 180, "亩", "大棚面积"),
                   B("900吨", 900, "吨", "预计年产蔬菜", note="预计"),
                   M("60余户", 60, "户", "带动增收农户", approx=True)],
          excluded=[X("5月6日", "日期"), X("5月5日", "日期")]),
        J(),
        S("嵊泗讯 (通讯员 李海燕) 5月4日至6日,嵊泗县组织12家水产加工企业赴普陀区沈家门参加东海渔场海鲜交易会,现场签订购销协议18份,"
          "意向金额3600万元。",
          byline="(通讯员 李海燕)", county=SHENGSI, township=None,
          townships_mentioned=["沈家门街道"],
          other_places=[P("普陀区", "county", "330903", note="交易会举办地,不是主体"), P("沈家门", "poi", note="普陀区沈家门街道")],
          metrics=[M("12家", 12, "家", "参展水产加工企业"),
                   M("18份", 18, "份", "签订购销协议"),
                   M("3600万元", 36000000, "元", "意向金额")],
          excluded=[X("5月4日至6日", "日期")],
          edge_case="会场在普陀区沈家门,主体是嵊泗县的企业。"),
        J(),
        S("本报讯 记者从市文广旅体局获悉,“五一”假期全市共接待游客86.5万人次,实现旅游收入7.9亿元,同比分别增长21.3%和18.6%。"
          "其中,普陀山、朱家尖、桃花岛等景区接待量位居前列。(记者 林静)",
          byline="(记者 林静)", county=None, scope="city", city=ZS_CITY, township=None,
          townships_mentioned=["普陀山镇", "朱家尖街道", "桃花镇"],
          other_places=[P("普陀山", "poi"), P("朱家尖", "poi"), P("桃花岛", "poi")],
          metrics=[M("86.5万人次", 865000, "人次", "“五一”全市接待游客"),
                   M("7.9亿元", 790000000, "元", "全市旅游收入"),
                   M("21.3%", 21.3, "%", "游客同比增长"),
                   M("18.6%", 18.6, "%", "旅游收入同比增长")],
          excluded=[X("“五一”", "节日")],
          edge_case="全市口径;景区名都在普陀区,但不是主体。"),
        J(),
        S("又讯 假期期间,朱家尖街道共接待游客18.6万人次,街道内86家民宿平均入住率达到92%,大青山景区单日最高接待1.3万人次。",
          county=PUTUO, township="朱家尖街道",
          other_places=[P("大青山景区", "poi")],
          metrics=[M("18.6万人次", 186000, "人次", "假期接待游客"),
                   M("86家", 86, "家", "民宿"),
                   M("92%", 92, "%", "民宿平均入住率"),
                   B("1.3万人次", 13000, "人次", "单个景区单日最高接待", note="单个景区单日峰值")],
          edge_case="“又讯”接上一条,自成一条;区名没有出现,朱家尖街道只在普陀区。"),
    ]))

# ------------------------------------------------------------------ hp09
PAGES.append(dict(
    id="hp09", outlet="温州日报 数字报 第05版:县域(仿)", date="2023-11-14",
    title=None,
    layout="e-paper county page: the first report is a continuation ((上接第1版), no title), a kicker + title + —— subtitle, "
           "a two-line headline, and a last report that jumps ((下转第8版))",
    note="仿地市报县域版:第1条是头版稿件的接续,以“(上接第1版)”开头,没有标题,县名没出现;第2条有眉题、主题和“——”副题;"
         "第3条是两行主题;最后一条以“(下转第8版)”结束。条与条之间空一行。",
    truncated=True,
    parts=[
        H("温州日报 数字报\n2023年11月14日 星期二\n第05版:县域\n\n"),
        S("(上接第1版)\n去年以来,塘下镇把“低散乱”作坊整治和产业平台建设结合起来,累计腾出低效用地2300亩,新建小微园8个,入驻企业416家。"
          "目前,塘下镇有汽摩配企业1800余家,其中规上企业286家。今年前三季度,全镇汽摩配产业实现产值312.6亿元,同比增长9.8%。\n"
          "“下一步,我们要在智能化改造上再下功夫。”塘下镇相关负责人说,明年全镇计划实施技改项目60个以上。",
          county=RUIAN, township="塘下镇",
          metrics=[M("2300亩", 2300, "亩", "腾出低效用地"),
                   M("8个", 8, "个", "新建小微园"),
                   M("416家", 416, "家", "小微园入驻企业"),
                   M("1800余家", 1800, "家", "汽摩配企业", approx=True),
                   M("286家", 286, "家", "规上企业"),
                   M("312.6亿元", 31260000000, "元", "前三季度汽摩配产值"),
                   M("9.8%", 9.8, "%", "产值同比增长"),
                   B("60个以上", 60, "个", "明年计划技改项目", approx=True, note="计划")],
          excluded=[X("第1版", "版次")],
          edge_case="接续稿,没有标题和电头,县名(瑞安)没有出现,只能从塘下镇判断;“(上接第1版)”归本条。"),
        J(),
        S("聚焦“千万工程”\n鳌江镇:老渔港变身“网红”街区\n——改造后首月客流超20万人次\n记者 郑建 通讯员 蔡婷婷\n"
          "本报讯 平阳县鳌江镇的老渔港街区改造后重新开街,首月接待游客21.6万人次。街区总投资1.5亿元,保留修缮老建筑46幢,"
          "引进海鲜排档、文创等商户68家。",
          kicker="聚焦“千万工程”", title="鳌江镇:老渔港变身“网红”街区", subtitle="改造后首月客流超20万人次",
          byline="记者 郑建 通讯员 蔡婷婷", county=PINGYANG, township="鳌江镇",
          metrics=[B("超20万人次", 200000, "人次", "副题里取整的首月游客", approx=True, note="副题取整正文的21.6万人次"),
                   M("21.6万人次", 216000, "人次", "首月接待游客"),
                   B("1.5亿元", 150000000, "元", "街区改造总投资", note="单个项目"),
                   B("46幢", 46, "幢", "保留修缮老建筑", note="单个项目的设施数"),
                   M("68家", 68, "家", "引进商户")],
          excluded=[X("“千万工程”", "政策名")]),
        J(),
        S("七都岛上\n千亩湿地成了候鸟“驿站”\n本报讯(记者 金丽)鹿城区七都街道与市野生动物保护协会合作,对七都岛北部1200亩湿地进行生态修复。"
          "今冬以来,已观测到越冬候鸟43种、1.6万余只,其中国家二级保护鸟类5种。",
          title="七都岛上\n千亩湿地成了候鸟“驿站”", byline="(记者 金丽)", county=LUCHENG, township="七都街道",
          other_places=[P("七都岛", "island")],
          metrics=[B("千亩", 1000, "亩", "标题里取整的湿地面积", approx=True, note="approx: 标题取整正文的1200亩"),
                   M("1200亩", 1200, "亩", "生态修复湿地"),
                   B("43种", 43, "种", "观测到的候鸟种类", note="物种数"),
                   M("1.6万余只", 16000, "只", "越冬候鸟数量", approx=True),
                   B("5种", 5, "种", "国家二级保护鸟类种类", note="物种数")],
          excluded=[X("二级", "保护等级")],
          edge_case="两行主题。"),
        J(),
        S("泽雅纸山文化节开幕\n本报讯(记者 周洁 通讯员 潘丽)11日,第五届泽雅纸山文化节在瓯海区泽雅镇开幕。文化节为期三天,吸引游客3.2万人次,"
          "现场销售竹纸、笋干等农特产品86万元。泽雅镇现存古法造纸作坊120余处,其中仍在生产的有17处。",
          title="泽雅纸山文化节开幕", byline="(记者 周洁 通讯员 潘丽)", county=OUHAI, township="泽雅镇",
          metrics=[M("3.2万人次", 32000, "人次", "文化节游客"),
                   M("86万元", 860000, "元", "现场销售农特产品"),
                   M("120余处", 120, "处", "现存古法造纸作坊", approx=True),
                   M("17处", 17, "处", "仍在生产的作坊")],
          excluded=[X("第五届", "届次"), X("为期三天", "时长"), X("11日", "日期")]),
        J(),
        S("霞关渔港经济区建设提速\n本报讯(记者 林晓)苍南县霞关镇的渔港经济区项目进入全面施工阶段。项目规划面积3.6平方公里,一期投资9.8亿元,"
          "将新建渔船避风锚地和水产品交易中心。目前霞关镇拥有各类渔船480艘,渔业人口1.1万人,去年渔业产值7.2亿元。(下转第8版)",
          title="霞关渔港经济区建设提速", byline="(记者 林晓)", county=CANGNAN, township="霞关镇", truncated=True,
          metrics=[B("3.6平方公里", 3.6, "平方公里", "项目规划面积", note="单个项目"),
                   B("9.8亿元", 980000000, "元", "一期投资", note="单个项目"),
                   M("480艘", 480, "艘", "霞关镇渔船"),
                   B("1.1万人", 11000, "人", "渔业人口", note="背景数"),
                   M("7.2亿元", 720000000, "元", "去年渔业产值")],
          excluded=[X("第8版", "版次"), X("一期", "分期")],
          edge_case="以“(下转第8版)”结束,后文在别的版上。"),
    ]))

# ------------------------------------------------------------------ hp10
PAGES.append(dict(
    id="hp10", outlet="宁波日报 第A5版:县市区(仿)", date="2019-06-21",
    title=None,
    layout="prefecture paper county page: ■ before each title, titles with a township prefix (春晓:), bylines naming the "
           "county bureau (北仑记者站) as the only county cue, one city-wide report",
    note="仿地市报县市区版:每条前有“■”,标题一行,然后“本报讯(记者 某某 某某记者站 某某)”电头。有的县名只出现在记者站名里"
         "(江北记者站、象山记者站);新桥镇同名于路桥区;第5条的销售地在上海闵行;最后一条是全市的。条与条之间空一行。",
    parts=[
        H("宁波日报 2019年06月21日 第A5版:县市区\n\n"),
        K("■"),
        S("春晓:海鲜加工企业抱团出海\n本报讯(记者 张燕 北仑记者站 徐波)日前,北仑区春晓街道12家水产加工企业组团赴日本东京参加国际食品展,"
          "现场签约订单2300万元。春晓街道现有水产加工企业31家,去年出口额1.6亿元,同比增长14%。",
          title="春晓:海鲜加工企业抱团出海", byline="(记者 张燕 北仑记者站 徐波)", county=BEILUN, township="春晓街道",
          other_places=[P("日本东京", "country", note="展会举办地")],
          metrics=[M("12家", 12, "家", "组团参展企业"),
                   M("2300万元", 23000000, "元", "现场签约订单"),
                   M("31家", 31, "家", "春晓街道水产加工企业"),
                   M("1.6亿元", 160000000, "元", "去年出口额"),
                   M("14%", 14, "%", "出口额同比增长")],
          edge_case="展会在日本东京,主体是北仑春晓街道。"),
        J(), K("■"),
        S("九龙湖镇杨梅开园\n本报讯(记者 王佳 通讯员 俞杰)昨天,镇海区九龙湖镇杨梅节开幕。全镇杨梅种植面积1.3万亩,今年预计产量4000吨。"
          "精品杨梅每斤售价30元左右,普通杨梅每斤十五六元。",
          title="九龙湖镇杨梅开园", byline="(记者 王佳 通讯员 俞杰)", county=ZHENHAI, township="九龙湖镇",
          metrics=[M("1.3万亩", 13000, "亩", "杨梅种植面积"),
                   B("4000吨", 4000, "吨", "预计杨梅产量", note="预计"),
                   B("每斤售价30元左右", 30, "元/斤", "精品杨梅售价", approx=True, note="rate: 单价"),
                   B("每斤十五六元", 15, "元/斤", "普通杨梅售价", value_max=16, note="rate: 单价;中文数字区间")]),
        J(), K("■"),
        S("慈城老街夜市开张\n本报讯(记者 何峰 江北记者站 陈洁)慈城镇老街夜市上周五开张,首批入驻摊位80个,开市首周客流5.2万人次。"
          "夜市由慈城古县城管委会运营,摊位免收租金三个月。",
          title="慈城老街夜市开张", byline="(记者 何峰 江北记者站 陈洁)", county=JIANGBEI, township="慈城镇",
          other_places=[P("慈城古县城", "poi")],
          metrics=[B("80个", 80, "个", "首批入驻摊位", note="单个夜市的设施数"),
                   M("5.2万人次", 52000, "人次", "开市首周客流")],
          excluded=[X("首批", "序数"), X("三个月", "时长")],
          edge_case="区名只在记者站名“江北记者站”里;“江北”也是东阳市的街道名。"),
        J(), K("■"),
        S("新桥镇“渔光互补”项目并网\n本报讯(记者 孙佳 象山记者站 蒋静)昨天,位于新桥镇的一个渔光互补光伏项目并网发电。项目利用养殖塘2600亩,"
          "总投资4.2亿元,年发电量约1.8亿千瓦时。这是象山今年并网的第3个渔光互补项目,全县渔光互补装机总量已达350兆瓦。",
          title="新桥镇“渔光互补”项目并网", byline="(记者 孙佳 象山记者站 蒋静)", county=XIANGSHAN, township="新桥镇",
          other_places=[P("路桥区", "county", "331004", note="同名新桥镇在台州路桥")],
          metrics=[B("2600亩", 2600, "亩", "项目利用养殖塘", note="单个项目"),
                   B("4.2亿元", 420000000, "元", "项目总投资", note="单个项目"),
                   B("约1.8亿千瓦时", 180000000, "千瓦时", "项目年发电量", approx=True, note="单个项目;产能"),
                   M("350兆瓦", 350, "兆瓦", "全县渔光互补装机总量")],
          excluded=[X("第3个", "序数")],
          edge_case="新桥镇同名于路桥区;县名只以简称“象山”出现在正文和记者站名里。"),
        J(), K("■"),
        S("慈溪杨梅进上海社区\n本报讯(记者 沈琳 慈溪记者站 胡敏)今年,慈溪市横河镇12家杨梅专业合作社在上海市闵行区设立直销点15个。"
          "杨梅采摘季以来已在上海销售杨梅86吨,销售额520万元,约占这些合作社销售总额的三分之一。",
          title="慈溪杨梅进上海社区", byline="(记者 沈琳 慈溪记者站 胡敏)", county=CIXI, township="横河镇",
          other_places=[P("闵行区", "county", "310112", note="上海,直销点所在地"), P("上海市", "province", "310000")],
          metrics=[M("12家", 12, "家", "杨梅专业合作社"),
                   M("15个", 15, "个", "上海直销点"),
                   M("86吨", 86, "吨", "在上海销售杨梅"),
                   M("520万元", 5200000, "元", "在上海销售额"),
                   M("三分之一", 33.3333, "%", "占合作社销售总额比例", approx=True, note="approx: 前有“约占”")],
          edge_case="销售地在上海闵行区,主体是慈溪横河镇。"),
        J(), K("■"),
        S("全市夏粮收购过半\n本报讯(记者 周律)记者从市粮食和物资储备局获悉,截至20日,全市已收购夏粮(小麦)2.6万吨,比去年同期增加12%,"
          "完成全年收购计划的56%。今年全市小麦种植面积22.4万亩。",
          title="全市夏粮收购过半", byline="(记者 周律)", county=None, scope="city", city=NB_CITY, township=None,
          metrics=[M("2.6万吨", 26000, "吨", "已收购夏粮"),
                   M("12%", 12, "%", "收购量同比增加"),
                   B("56%", 56, "%", "完成全年收购计划", note="完成率"),
                   M("22.4万亩", 224000, "亩", "全市小麦种植面积")],
          excluded=[X("过半", "模糊比例"), X("20日", "日期")],
          edge_case="全市口径,没有县名。"),
    ]))

# ------------------------------------------------------------------ hp11
PAGES.append(dict(
    id="hp11", outlet="杭州日报 第A07版:区县(市)“区县速递”(仿)", date="2019-05-20",
    title="区县速递",
    layout="numbered items (1. … 5.) with the title on the number's line; item 4 has no title and its number is followed by a "
           "date (4. 5月18日); pre-2021 district names (余杭区塘栖镇, 江干区, 萧山区义蓬街道, 下城区)",
    note="仿杭州日报区县版“区县速递”:每条以“1.”“2.”编号开头,标题和编号在同一行;第4条没有标题,编号后空一格紧跟日期“5月18日”。"
         "2019年的写法用的是2021年区划调整前的区名:余杭区塘栖镇(今临平区)、江干区丁兰街道(今上城区)、萧山区义蓬街道(今钱塘区)、"
         "下城区石桥街道(今拱墅区)。标注按现行区划。编号是版式标记。",
    parts=[
        H("杭州日报 2019年05月20日 第A07版:区县(市)\n\n区县速递\n\n"),
        K("1."),
        S("塘栖枇杷节开幕 “软黄金”身价看涨\n本报讯(记者 金琳 通讯员 沈倩)昨天,余杭区塘栖镇第二十届枇杷节开幕。全镇枇杷种植面积约1.2万亩,"
          "今年产量预计4500吨。受花期低温影响,今年白沙枇杷产量少了近两成,地头价每斤40元左右,比去年高出10元。",
          title="塘栖枇杷节开幕 “软黄金”身价看涨", byline="(记者 金琳 通讯员 沈倩)", county=LINPING, township="塘栖镇",
          other_places=[P("余杭区", "county", "330110", note="原文“余杭区塘栖镇”:2019年的写法;塘栖镇2021年起属临平区")],
          metrics=[M("约1.2万亩", 12000, "亩", "塘栖镇枇杷种植面积", approx=True),
                   B("4500吨", 4500, "吨", "预计枇杷产量", note="预计"),
                   M("近两成", 20, "%", "白沙枇杷产量同比减少", approx=True),
                   B("每斤40元左右", 40, "元/斤", "白沙枇杷地头价", approx=True, note="rate: 单价"),
                   B("10元", 10, "元/斤", "地头价比去年高出", note="rate: 单价涨幅")],
          excluded=[X("第二十届", "届次")],
          edge_case="带旧区名前缀:“余杭区塘栖镇”今属临平区,按现行区划标临平区,township_code 用临平区塘栖镇。"),
        J(), K("2."),
        S("丁兰街道建成“15分钟健身圈”\n本报讯(记者 李娜)江干区丁兰街道近日完成第二批百姓健身房建设。目前街道已建成百姓健身房6个、健身步道9.6公里,"
          "辖区32个小区实现健身设施全覆盖,每天有近5000人次前来锻炼。",
          title="丁兰街道建成“15分钟健身圈”", byline="(记者 李娜)", county=SHANGCHENG, township="丁兰街道",
          other_places=[P("江干区", "historical_county", note="2021年撤销,丁兰街道今属上城区")],
          metrics=[M("6个", 6, "个", "建成百姓健身房"),
                   M("9.6公里", 9.6, "公里", "建成健身步道"),
                   M("32个", 32, "个", "设施全覆盖的小区"),
                   B("近5000人次", 5000, "人次", "每天锻炼人次", approx=True, note="rate: 每天")],
          excluded=[X("“15分钟健身圈”", "名称"), X("第二批", "序数")],
          edge_case="已撤销的江干区,今属上城区。"),
        J(), K("3."),
        S("义蓬街道“共享菜园”开园\n本报讯(记者 徐洁 通讯员 韩露)萧山区义蓬街道利用闲置地130亩建起共享菜园,每块菜地20平方米,年租金300元,"
          "认领家庭已有420户,今年还将再扩建50亩。",
          title="义蓬街道“共享菜园”开园", byline="(记者 徐洁 通讯员 韩露)", county=QIANTANG, township="义蓬街道",
          other_places=[P("萧山区", "county", "330109", note="原文“萧山区义蓬街道”:2019年的写法;义蓬街道2021年起属钱塘区")],
          metrics=[M("130亩", 130, "亩", "共享菜园面积"),
                   B("20平方米", 20, "平方米", "每块菜地面积", note="rate: 每块"),
                   B("300元", 300, "元", "每块菜地年租金", note="rate: 每块每年"),
                   M("420户", 420, "户", "认领家庭"),
                   B("50亩", 50, "亩", "计划扩建", note="计划")],
          edge_case="带旧区名前缀:“萧山区义蓬街道”今属钱塘区。"),
        J(), K("4."), J(" "),
        S("5月18日晚,下城区石桥街道首届“石桥夜市”开市。夜市设摊位160个,当晚客流近3万人次,销售额约45万元。街道计划每周五、周六晚开市。",
          county=GONGSHU, township="石桥街道",
          other_places=[P("下城区", "historical_county", note="2021年撤销,石桥街道今属拱墅区")],
          metrics=[B("160个", 160, "个", "夜市摊位", note="单个夜市的设施数"),
                   M("近3万人次", 30000, "人次", "当晚客流", approx=True),
                   M("约45万元", 450000, "元", "当晚销售额", approx=True)],
          excluded=[X("首届", "届次"), X("5月18日晚", "日期")],
          edge_case="没有标题;编号“4.”后空一格紧跟日期“5月18日”(别读成4.5);已撤销的下城区,今属拱墅区。"),
        J(), K("5."),
        S("浦沿街道30家企业结对帮扶淳安\n本报讯(记者 程卓 通讯员 王倩)滨江区浦沿街道30家企业近日与淳安县12个村签订结对帮扶协议。"
          "按照协议,今年企业将投入帮扶资金600万元,目前已采购淳安农产品210万元。",
          title="浦沿街道30家企业结对帮扶淳安", byline="(记者 程卓 通讯员 王倩)", county=BINJIANG, township="浦沿街道",
          other_places=[P("淳安县", "county", "330127", note="结对帮扶对象,不是主体")],
          metrics=[M("30家", 30, "家", "结对企业", occ=1, note="标题重复,只标正文"),
                   M("12个", 12, "个", "结对的淳安村"),
                   B("600万元", 6000000, "元", "今年计划投入帮扶资金", note="计划"),
                   M("210万元", 2100000, "元", "已采购淳安农产品")],
          edge_case="帮扶对象淳安县在标题里,主体是滨江区浦沿街道。"),
    ]))

# ------------------------------------------------------------------ hp12
PAGES.append(dict(
    id="hp12", outlet="绍兴日报 第03版:县域经济(仿)", date="2012-12-18",
    title=None,
    layout="county-economy page with a kicker + title + —— subtitle, a two-line headline, an untitled report opening "
           "with 本报诸暨讯, and old 2012 names (绍兴县钱清镇, 上虞市崧厦镇)",
    note="仿2012年的地市报县域经济版:第1条有眉题、主题、“——”副题;第2条是两行主题;第4条没有标题,以“本报诸暨讯”开头。"
         "用的是当年的名字:绍兴县钱清镇(今柯桥区钱清街道)、上虞市崧厦镇(今上虞区崧厦街道),标注按现行县区,"
         "township 按原文写旧镇名,township_code 为 null,现名和代码放在 township_current。条与条之间空一行。",
    parts=[
        H("绍兴日报 2012年12月18日 第03版:县域经济\n\n"),
        S("转型升级看钱清\n钱清轻纺原料市场年交易额破300亿元\n——今年新增电商经营户160余家\n"
          "本报讯(记者 俞柏鸿 通讯员 单晓冬)绍兴县钱清镇中国轻纺原料城今年1至11月实现交易额312亿元,同比增长8.6%。市场现有经营户2600余户,"
          "今年新增电商经营户160余家,线上交易额占比提高到近三成。",
          kicker="转型升级看钱清", title="钱清轻纺原料市场年交易额破300亿元", subtitle="今年新增电商经营户160余家",
          byline="(记者 俞柏鸿 通讯员 单晓冬)", county=KEQIAO, township="钱清镇", township_now="钱清街道",
          other_places=[P("绍兴县", "historical_county", note="2013年撤销,设柯桥区"), P("中国轻纺原料城", "poi")],
          metrics=[M("312亿元", 31200000000, "元", "1至11月市场交易额"),
                   M("8.6%", 8.6, "%", "交易额同比增长"),
                   M("2600余户", 2600, "户", "市场经营户", approx=True),
                   M("160余家", 160, "家", "新增电商经营户", approx=True, occ=1, note="副题重复,只标正文"),
                   M("近三成", 30, "%", "线上交易额占比", approx=True)],
          excluded=[X("破300亿元", "标题里的里程碑"), X("1至11月", "时段")],
          edge_case="旧县名加旧镇名“绍兴县钱清镇”:今柯桥区钱清街道(330603009)。"),
        J(),
        S("崧厦伞业“撑”起一片天\n年产伞5亿把\n本报讯(记者 何丽)上虞市崧厦镇是全国最大的伞具生产基地。全镇现有制伞及配套企业1200多家,"
          "年产伞5亿把,约占全国产量的1/3,今年前11个月伞业出口额达4.8亿美元。",
          title="崧厦伞业“撑”起一片天\n年产伞5亿把", byline="(记者 何丽)", county=SHANGYU, township="崧厦镇", township_now="崧厦街道",
          other_places=[P("上虞市", "historical_county", note="2013年撤市设上虞区")],
          metrics=[M("1200多家", 1200, "家", "制伞及配套企业", approx=True),
                   M("5亿把", 500000000, "把", "年产伞", occ=1, note="第二行主题重复,只标正文"),
                   M("1/3", 33.3333, "%", "占全国产量比例", approx=True, note="approx: 前有“约占”"),
                   M("4.8亿美元", 480000000, "美元", "前11个月伞业出口额")],
          excluded=[X("前11个月", "时段")],
          edge_case="两行主题;旧名“上虞市崧厦镇”今为上虞区崧厦街道(330604007)。"),
        J(),
        S("嵊州领带产业稳中有升\n本报讯(记者 吕军)记者从嵊州市领带行业协会获悉,今年1至11月,嵊州领带产量3.2亿条,产值约102亿元。"
          "全市领带企业有1100余家,从业人员近5万人。",
          title="嵊州领带产业稳中有升", byline="(记者 吕军)", county=SHENGZHOU, township=None,
          metrics=[M("3.2亿条", 320000000, "条", "1至11月领带产量"),
                   M("约102亿元", 10200000000, "元", "领带产值", approx=True),
                   M("1100余家", 1100, "家", "领带企业", approx=True),
                   M("近5万人", 50000, "人", "从业人员", approx=True)],
          excluded=[X("1至11月", "时段")],
          edge_case="“全市”指嵊州市(县级市),不是绍兴市。"),
        J(),
        S("本报诸暨讯 (记者 陈岚)山下湖镇淡水珍珠年产量占全国的七成以上。今年,全镇珍珠交易额达180亿元,电商销售额占比首次超过四成,"
          "新培育珍珠电商企业230家。",
          byline="(记者 陈岚)", county=ZHUJI, township="山下湖镇",
          metrics=[M("七成以上", 70, "%", "淡水珍珠产量占全国比例", approx=True),
                   M("180亿元", 18000000000, "元", "珍珠交易额"),
                   M("超过四成", 40, "%", "电商销售额占比", approx=True),
                   M("230家", 230, "家", "新培育珍珠电商企业")],
          excluded=[X("首次", "序数")],
          edge_case="没有标题;县名只在电头“本报诸暨讯”里。"),
        J(),
        S("全市糯稻订单种植8.6万亩\n本报讯(记者 王艳)记者昨天从市农业局获悉,今年全市黄酒原料糯稻订单种植面积达到8.6万亩,比去年增加1.2万亩,"
          "订单收购价每50公斤高出市场价15元。",
          title="全市糯稻订单种植8.6万亩", byline="(记者 王艳)", county=None, scope="city", city=SX_CITY, township=None,
          metrics=[M("8.6万亩", 86000, "亩", "糯稻订单种植面积", occ=1, note="标题重复,只标正文"),
                   M("1.2万亩", 12000, "亩", "比去年增加"),
                   B("15元", 15, "元", "订单价高出市场价", note="rate: 每50公斤")],
          excluded=[X("每50公斤", "计价单位")],
          edge_case="全市口径(绍兴市)。"),
        J(),
        S("儒岙镇茶农人均增收1200元\n本报讯(记者 张磊 通讯员 潘静)新昌县儒岙镇今年春茶产量860吨,产值2.9亿元。全镇茶园面积3.8万亩,"
          "茶农人均从茶叶中增收1200元。",
          title="儒岙镇茶农人均增收1200元", byline="(记者 张磊 通讯员 潘静)", county=XINCHANG, township="儒岙镇",
          metrics=[M("860吨", 860, "吨", "春茶产量"),
                   M("2.9亿元", 290000000, "元", "春茶产值"),
                   M("3.8万亩", 38000, "亩", "茶园面积"),
                   B("1200元", 1200, "元", "茶农人均增收", occ=1, note="rate: 人均;标题重复,只标正文")]),
    ]))

# ------------------------------------------------------------------ hp13
PAGES.append(dict(
    id="hp13", outlet="金华发布(仿市级政务微信“一周要闻速览”)", date="2022-03-11",
    title="一周要闻速览 | 3月4日—3月10日",
    layout="WeChat weekly round-up: numbered 01…06 on their own lines, each item a 'short county + township:' title, "
           "a body paragraph and a (来源:X发布) line; shared township names (岩头, 大陈, 横溪)",
    note="仿市级政务微信一周要闻:每条前一行是编号“01”…“06”,然后“浦江岩头:…”式标题、正文一段、“(来源:某某发布)”。"
         "岩头镇同名于永嘉、大陈镇同名于椒江(还有江山大陈乡)、横溪镇同名于鄞州和仙居。最后一条是全市的。"
         "编号是版式标记;条与条之间空一行。",
    parts=[
        H("金华发布\n一周要闻速览 | 3月4日—3月10日\n\n"),
        K("01"), J("\n"),
        S("浦江岩头:“书画村”迎来写生季\n3月以来,浦江县岩头镇礼张村每天接待美术写生团队20多个,全镇今年已接待写生学生1.1万人次,"
          "带动民宿、餐饮收入300余万元。岩头镇现有写生基地9个。\n(来源:浦江发布)",
          title="浦江岩头:“书画村”迎来写生季", byline="(来源:浦江发布)", county=PUJIANG, township="岩头镇",
          other_places=[P("礼张村", "village"), P("永嘉县", "county", "330324", note="同名岩头镇在永嘉")],
          metrics=[B("20多个", 20, "个", "每天接待写生团队", approx=True, note="rate: 每天"),
                   M("1.1万人次", 11000, "人次", "今年接待写生学生"),
                   M("300余万元", 3000000, "元", "带动民宿餐饮收入", approx=True),
                   M("9个", 9, "个", "写生基地")],
          edge_case="岩头镇同名于永嘉县。"),
        J(), K("02"), J("\n"),
        S("义乌大陈:衬衫订单排到6月\n大陈镇是“中国衬衫之乡”,全镇现有衬衫生产企业300余家。记者走访发现,多家企业订单已排到6月份,"
          "今年前两个月全镇衬衫出口额同比增长23%。\n(来源:义乌发布)",
          title="义乌大陈:衬衫订单排到6月", byline="(来源:义乌发布)", county=YIWU, township="大陈镇",
          other_places=[P("椒江区", "county", "331002", note="同名大陈镇在椒江"), P("江山市", "county", "330881", note="有大陈乡")],
          metrics=[M("300余家", 300, "家", "衬衫生产企业", approx=True),
                   M("23%", 23, "%", "前两个月衬衫出口额同比增长")],
          excluded=[X("6月", "日期"), X("前两个月", "时段")],
          edge_case="大陈镇同名于椒江区(还有江山市大陈乡)。"),
        J(), K("03"), J("\n"),
        S("兰溪横溪:枇杷花期保险全覆盖\n今年,兰溪市横溪镇为全镇4600亩枇杷全部投保花期低温气象指数保险,保费每亩80元,其中财政补贴70%,"
          "共有380户果农参保。\n(来源:兰溪发布)",
          title="兰溪横溪:枇杷花期保险全覆盖", byline="(来源:兰溪发布)", county=LANXI, township="横溪镇",
          other_places=[P("鄞州区", "county", "330212", note="同名横溪镇"), P("仙居县", "county", "331024", note="同名横溪镇")],
          metrics=[M("4600亩", 4600, "亩", "投保枇杷面积"),
                   B("每亩80元", 80, "元/亩", "保费", note="rate: 单价"),
                   B("70%", 70, "%", "财政补贴比例", note="政策参数"),
                   M("380户", 380, "户", "参保果农")],
          edge_case="横溪镇同名于鄞州区和仙居县。"),
        J(), K("04"), J("\n"),
        S("武义履坦:田园综合体一期完工\n武义县履坦镇田园综合体一期项目近日完工,项目流转土地2100亩,总投资1.3亿元,建成游客中心、稻田步道等设施。"
          "履坦镇去年接待游客42万人次,预计项目投用后每年可新增游客30万人次。\n(来源:武义发布)",
          title="武义履坦:田园综合体一期完工", byline="(来源:武义发布)", county=WUYI, township="履坦镇",
          metrics=[B("2100亩", 2100, "亩", "项目流转土地", note="单个项目"),
                   B("1.3亿元", 130000000, "元", "项目总投资", note="单个项目"),
                   M("42万人次", 420000, "人次", "履坦镇去年接待游客"),
                   B("30万人次", 300000, "人次", "预计每年新增游客", note="预计")],
          excluded=[X("一期", "分期")]),
        J(), K("05"), J("\n"),
        S("金东:新增省级未来乡村7个\n近日,金东区7个村入选省级未来乡村创建名单,数量居全市第一。至此,金东区省级未来乡村累计达到19个,"
          "覆盖全区11个乡镇(街道)中的9个。\n(来源:金东发布)",
          title="金东:新增省级未来乡村7个", byline="(来源:金东发布)", county=JINDONG, township=None,
          metrics=[M("7个", 7, "个", "新增省级未来乡村", occ=1, note="标题重复,只标正文"),
                   M("19个", 19, "个", "省级未来乡村累计"),
                   B("11个", 11, "个", "全区乡镇(街道)数", note="背景数"),
                   M("9个", 9, "个", "覆盖的乡镇(街道)", occ=1, note="第一处“9个”是“19个”的尾巴")],
          excluded=[X("全市第一", "排名")]),
        J(), K("06"), J("\n"),
        S("全市春耕备耕进展顺利\n记者从市农业农村局获悉,截至3月10日,全市已储备各类化肥4.6万吨、农药860吨,落实早稻种植面积14.2万亩,"
          "投入春耕农机2.3万台(套)。\n(来源:金华日报)",
          title="全市春耕备耕进展顺利", byline="(来源:金华日报)", county=None, scope="city", city=JH_CITY, township=None,
          metrics=[M("4.6万吨", 46000, "吨", "储备化肥"),
                   M("860吨", 860, "吨", "储备农药"),
                   M("14.2万亩", 142000, "亩", "落实早稻种植面积"),
                   M("2.3万台", 23000, "台", "投入春耕农机")],
          excluded=[X("3月10日", "日期")],
          edge_case="全市口径(金华市)。"),
    ]))

# ------------------------------------------------------------------ hp14
PAGES.append(dict(
    id="hp14", outlet="台州日报 第04版:县市区(仿)", date="2021-09-24",
    title=None,
    layout="county page with ◆ before each title; five shared township names (新桥, 大陈, 江口, 横溪, 石梁); county cues only in "
           "the byline (路桥站) in one report; 天台 used as the word 'rooftop' in another; the last report is cut off",
    note="仿地市报县市区版:每条前有“◆”,标题一行,“本报讯(记者 某某 某某站 某某)”。新桥镇同名于象山、大陈镇同名于义乌、"
         "江口街道同名于奉化、横溪镇同名于鄞州和兰溪、石梁镇同名于柯城。第3条里“天台”是屋顶平台,不是天台县。最后一条在半句处截断。",
    truncated=True,
    parts=[
        H("台州日报 2021年09月24日 第04版:县市区\n\n"),
        K("◆"),
        S("新桥镇:小微园“腾笼换鸟”\n本报讯(记者 王敏 路桥站 林强)新桥镇金属再生园区近日完成第二轮整治提升,园区内42家企业完成设备更新,"
          "亩均税收由去年的18万元提高到26万元,全年可新增产值6.5亿元。",
          title="新桥镇:小微园“腾笼换鸟”", byline="(记者 王敏 路桥站 林强)", county=LUQIAO, township="新桥镇",
          other_places=[P("象山县", "county", "330225", note="同名新桥镇")],
          metrics=[M("42家", 42, "家", "完成设备更新企业"),
                   B("18万元", 180000, "元", "去年亩均税收", note="rate: 亩均"),
                   B("26万元", 260000, "元", "今年亩均税收", note="rate: 亩均"),
                   B("6.5亿元", 650000000, "元", "全年可新增产值", note="预计")],
          excluded=[X("第二轮", "序数")],
          edge_case="区名只在记者站名“路桥站”里;新桥镇同名于象山县。"),
        J(), K("◆"),
        S("大陈岛黄鱼养殖迎丰收\n本报讯(记者 郑伟 通讯员 洪涛)椒江区大陈镇深水网箱养殖的大黄鱼进入捕捞期。全镇现有深水网箱150只,"
          "今年大黄鱼产量预计突破1500吨,产值约1.2亿元,每公斤售价在60元至90元之间。",
          title="大陈岛黄鱼养殖迎丰收", byline="(记者 郑伟 通讯员 洪涛)", county=JIAOJIANG, township="大陈镇",
          other_places=[P("大陈岛", "island"), P("义乌市", "county", "330782", note="同名大陈镇")],
          metrics=[M("150只", 150, "只", "深水网箱"),
                   B("突破1500吨", 1500, "吨", "预计大黄鱼产量", approx=True, note="预计"),
                   B("约1.2亿元", 120000000, "元", "预计大黄鱼产值", approx=True, note="预计"),
                   B("60元至90元", 60, "元/公斤", "大黄鱼售价", value_max=90, note="rate: 单价;区间")],
          edge_case="大陈镇同名于义乌市。"),
        J(), K("◆"),
        S("江口街道企业屋顶铺光伏\n本报讯(记者 陈雯 黄岩站 李可)黄岩区江口街道32家企业在厂房天台上铺设光伏板,总装机容量达2.4万千瓦,"
          "年发电量约2600万千瓦时,每年可为企业节省电费400余万元。",
          title="江口街道企业屋顶铺光伏", byline="(记者 陈雯 黄岩站 李可)", county=HUANGYAN, township="江口街道",
          other_places=[P("奉化区", "county", "330213", note="同名江口街道")],
          metrics=[M("32家", 32, "家", "铺设光伏的企业"),
                   M("2.4万千瓦", 24000, "千瓦", "总装机容量"),
                   M("约2600万千瓦时", 26000000, "千瓦时", "年发电量", approx=True),
                   M("400余万元", 4000000, "元", "每年节省电费", approx=True)],
          edge_case="“天台”在这里是屋顶平台,不是天台县;江口街道同名于奉化区。"),
        J(), K("◆"),
        S("横溪镇“共富果园”开摘\n本报讯(记者 吴佳 通讯员 张亮)仙居县横溪镇8个村联建的“共富果园”近日开摘。果园种植杨梅、蓝莓等水果630亩,"
          "今年预计为村集体增收150万元,带动村民务工2.3万工日。",
          title="横溪镇“共富果园”开摘", byline="(记者 吴佳 通讯员 张亮)", county=XIANJU, township="横溪镇",
          metrics=[M("8个", 8, "个", "联建果园的村"),
                   M("630亩", 630, "亩", "果园面积"),
                   B("150万元", 1500000, "元", "预计村集体增收", note="预计"),
                   M("2.3万工日", 23000, "工日", "带动村民务工")],
          edge_case="横溪镇同名于鄞州区和兰溪市。"),
        J(), K("◆"),
        S("石梁镇民宿“组团”发展\n本报讯(记者 许晴 天台站 赵明)天台县石梁镇成立民宿联盟,吸纳全镇86家民宿入盟。今年1至8月,联盟民宿接待游客"
          "19.6万人次,营业收入8700万元,同比分别增长32%和28%。",
          title="石梁镇民宿“组团”发展", byline="(记者 许晴 天台站 赵明)", county=TIANTAI, township="石梁镇",
          other_places=[P("柯城区", "county", "330802", note="同名石梁镇")],
          metrics=[M("86家", 86, "家", "入盟民宿"),
                   M("19.6万人次", 196000, "人次", "接待游客"),
                   M("8700万元", 87000000, "元", "营业收入"),
                   M("32%", 32, "%", "游客同比增长"),
                   M("28%", 28, "%", "营业收入同比增长")],
          excluded=[X("1至8月", "时段")],
          edge_case="石梁镇同名于柯城区。"),
        J(), K("◆"),
        S("健跳港跨海大桥主桥合龙\n本报讯(记者 叶舟 三门站 黄杰)三门县健跳镇的健跳港跨海大桥主桥昨天合龙。大桥全长1.9公里,总投资11.6亿元,"
          "建成后从健跳镇到县城的车程将缩短",
          title="健跳港跨海大桥主桥合龙", byline="(记者 叶舟 三门站 黄杰)", county=SANMEN, township="健跳镇", truncated=True,
          other_places=[P("健跳港跨海大桥", "poi")],
          metrics=[M("1.9公里", 1.9, "公里", "大桥全长", note="基础设施建设长度"),
                   B("11.6亿元", 1160000000, "元", "大桥总投资", note="单个项目")],
          edge_case="在“缩短”处截断。"),
    ]))

# ------------------------------------------------------------------ hp15
LS_EP = "丽水日报 数字报纸\n\n第03版:县市新闻\n\n"
PAGES.append(dict(
    id="hp15", outlet="丽水日报 数字报纸 第03版:县市新闻(仿,六篇电子版稿件连排)", date="2022-09-16",
    title=None,
    layout="e-paper items with the 数字报纸 header and page label above and a template-debris footer below "
           "(date, page numbers, file name, /enpproperty-->); one report held abroad (米兰)",
    note="仿电子版单篇页连排:每篇上面是“丽水日报 数字报纸”“第03版:县市新闻”,下面是电子版模板残留的页脚"
         "(日期 版号 页码 报名 content_XXXX.htm 1 标题 /enpproperty-->),都归各自的稿件。"
         "缙云大洋镇同名于建德;庆元张村乡同名于江山;青田一篇的会场在意大利米兰。",
    parts=[
        S(LS_EP + "大洋镇高山蔬菜俏销长三角\n\n本报讯(记者 王晓 通讯员 李鹏)缙云县大洋镇的高山茭白、四季豆进入采收旺季。全镇高山蔬菜种植面积1.6万亩,"
          "今年预计产值2.4亿元,产品七成以上销往上海、杭州等长三角城市。\n\n"
          "2022-09-16 3 1 丽水日报 content_120331.htm 1 大洋镇高山蔬菜俏销长三角 /enpproperty-->",
          title="大洋镇高山蔬菜俏销长三角", byline="(记者 王晓 通讯员 李鹏)", county=JINYUN, township="大洋镇",
          other_places=[P("上海市", "province", "310000", note="销售地"), P("杭州市", "city", "330100", note="销售地"),
                        P("建德市", "county", "330182", note="同名大洋镇")],
          metrics=[M("1.6万亩", 16000, "亩", "高山蔬菜种植面积"),
                   B("2.4亿元", 240000000, "元", "预计产值", note="预计"),
                   M("七成以上", 70, "%", "销往长三角的比例", approx=True)],
          excluded=[X("content_120331.htm", "文件名"), X("2022-09-16 3 1", "页脚"), X("第03版", "版次")],
          edge_case="页头和模板残留页脚都归本条;大洋镇同名于建德市。"),
        J(),
        S(LS_EP + "湖山乡“水上运动小镇”年客流破10万\n\n本报讯(记者 蓝雨)遂昌县湖山乡依托乌溪江库区发展水上运动,今年1至8月接待游客11.3万人次,"
          "举办皮划艇、桨板等赛事12场,带动全乡民宿、农家乐增收1600余万元。\n\n"
          "2022-09-16 3 1 丽水日报 content_120335.htm 1 湖山乡“水上运动小镇”年客流破10万 /enpproperty-->",
          title="湖山乡“水上运动小镇”年客流破10万", byline="(记者 蓝雨)", county=SUICHANG, township="湖山乡",
          other_places=[P("乌溪江", "river", note="流经遂昌和衢江")],
          metrics=[M("11.3万人次", 113000, "人次", "1至8月接待游客"),
                   M("12场", 12, "场", "举办赛事"),
                   M("1600余万元", 16000000, "元", "带动民宿农家乐增收", approx=True)],
          excluded=[X("破10万", "标题里的里程碑(页脚重复)"), X("content_120335.htm", "文件名"), X("第03版", "版次"), X("1至8月", "时段")]),
        J(),
        S(LS_EP + "梯田开镰\n\n本报讯(记者 叶青 通讯员 柳晨)9月15日,云和县崇头镇梅源梯田举行开镰节。梯田核心区种植水稻1200亩,平均亩产约500公斤,"
          "梯田红米每公斤售价16元。开镰节当天吸引游客6000余人次。\n\n"
          "2022-09-16 3 1 丽水日报 content_120338.htm 1 梯田开镰 /enpproperty-->",
          title="梯田开镰", byline="(记者 叶青 通讯员 柳晨)", county=YUNHE, township="崇头镇",
          other_places=[P("梅源梯田", "poi")],
          metrics=[M("1200亩", 1200, "亩", "梯田核心区水稻"),
                   B("约500公斤", 500, "公斤/亩", "平均亩产", approx=True, note="rate: 亩产"),
                   B("每公斤售价16元", 16, "元/公斤", "梯田红米售价", note="rate: 单价"),
                   M("6000余人次", 6000, "人次", "开镰节当天游客", approx=True)],
          excluded=[X("9月15日", "日期"), X("content_120338.htm", "文件名"), X("第03版", "版次")]),
        J(),
        S(LS_EP + "宝溪乡龙窑重燃窑火\n\n本报讯(记者 季晨)龙泉市宝溪乡的传统龙窑近日开窑。宝溪乡现有青瓷作坊和企业58家,从业人员700余人,"
          "去年青瓷产值1.7亿元,同比增长12%。\n\n"
          "2022-09-16 3 1 丽水日报 content_120341.htm 1 宝溪乡龙窑重燃窑火 /enpproperty-->",
          title="宝溪乡龙窑重燃窑火", byline="(记者 季晨)", county=LONGQUAN, township="宝溪乡",
          metrics=[M("58家", 58, "家", "青瓷作坊和企业"),
                   M("700余人", 700, "人", "从业人员", approx=True),
                   M("1.7亿元", 170000000, "元", "去年青瓷产值"),
                   M("12%", 12, "%", "同比增长")],
          excluded=[X("content_120341.htm", "文件名"), X("第03版", "版次")]),
        J(),
        S(LS_EP + "张村乡香菇“云上”销售\n\n本报讯(记者 吴琪 通讯员 周斌)庆元县张村乡组织18名菇农开设直播间销售香菇干品,上半年线上销售额达680万元,"
          "占全乡香菇销售总额的四分之一。\n\n"
          "2022-09-16 3 1 丽水日报 content_120344.htm 1 张村乡香菇“云上”销售 /enpproperty-->",
          title="张村乡香菇“云上”销售", byline="(记者 吴琪 通讯员 周斌)", county=QINGYUAN, township="张村乡",
          other_places=[P("江山市", "county", "330881", note="同名张村乡")],
          metrics=[M("18名", 18, "人", "开设直播间的菇农"),
                   M("680万元", 6800000, "元", "上半年线上销售额"),
                   M("四分之一", 25, "%", "占全乡香菇销售总额")],
          excluded=[X("content_120344.htm", "文件名"), X("第03版", "版次")],
          edge_case="张村乡同名于江山市。"),
        J(),
        S(LS_EP + "青田农产品亮相米兰\n\n本报讯(记者 徐航 通讯员 叶晓)9月13日,青田县在意大利米兰举办农产品推介会,200余位青田籍华侨和当地采购商参加。"
          "现场签订采购协议11个,金额2300万元,青田稻鱼米、杨梅干等产品进入当地36家华人超市。\n\n"
          "2022-09-16 3 1 丽水日报 content_120347.htm 1 青田农产品亮相米兰 /enpproperty-->",
          title="青田农产品亮相米兰", byline="(记者 徐航 通讯员 叶晓)", county=QINGTIAN, township=None,
          other_places=[P("意大利米兰", "country", note="推介会举办地")],
          metrics=[M("200余位", 200, "人", "参加推介会的华侨和采购商", approx=True),
                   M("11个", 11, "个", "签订采购协议"),
                   M("2300万元", 23000000, "元", "协议金额"),
                   M("36家", 36, "家", "进入的华人超市")],
          excluded=[X("9月13日", "日期"), X("content_120347.htm", "文件名"), X("第03版", "版次")],
          edge_case="会场在意大利米兰,主体是青田县。"),
    ]))

# ------------------------------------------------------------------ hp16
PAGES.append(dict(
    id="hp16", outlet="嘉兴日报 第06版:县域(仿)", date="2020-10-22",
    title=None,
    layout="single newlines only: no blank line anywhere, no titles; reports open with 本报讯 / 海盐讯; partners and venues in "
           "Shanghai; a county written only in its short form (秀洲) or only in a reporter-station name (南湖记者站); cut off",
    note="仿地市报县域版的纯文本拷贝:整页没有空行,段与段、条与条之间都只换一行,没有标题。第1条的合作方在上海金山,"
         "第5条的推介会在上海青浦;第3条县名只写简称“秀洲”;第4条区名只在“南湖记者站”里,大桥镇同名于江山。最后一条是全市的,在半句处截断。",
    truncated=True,
    parts=[
        H("嘉兴日报 2020年10月22日 第06版:县域\n"),
        S("本报讯 平湖市新埭镇与上海市金山区枫泾镇日前签订毗邻区域共建协议,双方将共建一个总面积3.2平方公里的产业合作园,首期引进项目12个,总投资46亿元。\n"
          "今年以来,新埭镇已有28家企业与枫泾镇企业建立配套合作关系。",
          county=PINGHU, township="新埭镇",
          other_places=[P("金山区", "county", "310116", note="上海,合作方"), P("枫泾镇", "township_outside", note="上海金山区,合作方")],
          metrics=[B("3.2平方公里", 3.2, "平方公里", "产业合作园规划面积", note="单个园区"),
                   M("12个", 12, "个", "首期引进项目"),
                   M("46亿元", 4600000000, "元", "首期项目总投资"),
                   M("28家", 28, "家", "与枫泾企业配套合作的企业")],
          excluded=[X("首期", "分期")],
          edge_case="合作方上海金山区枫泾镇,主体是平湖新埭镇;没有标题,两段之间只换一行。"),
        J("\n"),
        S("海盐讯 秦山街道今年完成美丽乡村提升村4个,新建口袋公园11个,累计投入资金2800万元。街道还对辖区内1.2万户农户开展垃圾分类上门指导。",
          county=HAIYAN, township="秦山街道",
          metrics=[M("4个", 4, "个", "完成美丽乡村提升村"),
                   M("11个", 11, "个", "新建口袋公园"),
                   M("2800万元", 28000000, "元", "累计投入资金"),
                   M("1.2万户", 12000, "户", "上门指导农户")]),
        J("\n"),
        S("本报讯 秀洲王江泾镇的纺织企业正在加快“机器换人”。今年1至9月,全镇完成纺织行业技改投资5.6亿元,新增智能织机1800台,"
          "规上纺织企业产值同比增长9.3%。",
          county=XIUZHOU, township="王江泾镇",
          metrics=[M("5.6亿元", 560000000, "元", "纺织行业技改投资"),
                   M("1800台", 1800, "台", "新增智能织机"),
                   M("9.3%", 9.3, "%", "规上纺织企业产值同比增长")],
          excluded=[X("1至9月", "时段")],
          edge_case="区名只写简称“秀洲”。"),
        J("\n"),
        S("本报讯 (南湖记者站 沈佳) 大桥镇3个村合办的“共享农场”近日迎来首批认领者。农场占地85亩,分成320块小菜地,已有210户城市家庭认领,"
          "年认领费每块600元。",
          byline="(南湖记者站 沈佳)", county=NANHU, township="大桥镇",
          other_places=[P("江山市", "county", "330881", note="同名大桥镇")],
          metrics=[M("3个", 3, "个", "合办农场的村"),
                   B("85亩", 85, "亩", "共享农场面积", note="单个农场"),
                   B("320块", 320, "块", "小菜地", note="单个农场的设施数"),
                   M("210户", 210, "户", "认领家庭"),
                   B("每块600元", 600, "元", "年认领费", note="rate: 每块每年")],
          excluded=[X("首批", "序数")],
          edge_case="区名只在“南湖记者站”里;大桥镇同名于江山市。"),
        J("\n"),
        S("本报讯 嘉善县姚庄镇在上海市青浦区朱家角镇举办“姚庄黄桃”推介会,长三角生态绿色一体化发展示范区内的30多家采购商参加,"
          "现场签约黄桃及加工品订单860万元。姚庄镇黄桃种植面积1.2万亩,年产量约1.5万吨。",
          county=JIASHAN, township="姚庄镇",
          other_places=[P("青浦区", "county", "310118", note="上海,推介会举办地"), P("朱家角镇", "township_outside", note="上海青浦区")],
          metrics=[M("30多家", 30, "家", "参加的采购商", approx=True),
                   M("860万元", 8600000, "元", "现场签约订单"),
                   M("1.2万亩", 12000, "亩", "黄桃种植面积"),
                   M("约1.5万吨", 15000, "吨", "黄桃年产量", approx=True)],
          edge_case="会场在上海青浦区朱家角镇,主体是嘉善姚庄镇。"),
        J("\n"),
        S("本报讯 记者从市农业农村局获悉,今年全市晚稻种植面积约65万亩,目前已有一成左右完成收割。据农技部门测产,今年晚稻长势好于去年,预计平均亩产",
          county=None, scope="city", city=JX_CITY, township=None, truncated=True,
          metrics=[M("约65万亩", 650000, "亩", "全市晚稻种植面积", approx=True),
                   M("一成左右", 10, "%", "已收割比例", approx=True)],
          edge_case="全市口径;在“预计平均亩产”处截断。"),
    ]))

# ------------------------------------------------------------------ hp17
PAGES.append(dict(
    id="hp17", outlet="湖州发布(仿市级政务微信“今日看点”)", date="2013-11-26",
    title="今日看点",
    layout="WeChat round-up: each item opens with a 【county】 tag on the title line ([南浔]…, [全市]…), a short body; "
           "an old township name (安吉县递铺镇, now 递铺街道)",
    note="仿2013年的市级政务微信:每条标题前有“【南浔】”式的区县标签(算作眉题),正文一段。"
         "安吉县递铺镇2014年撤镇设递铺街道,township_code 为 null,现名放在 township_current。最后一条是全市的。条与条之间空一行。",
    parts=[
        H("湖州发布\n今日看点 | 2013年11月26日 星期二\n\n"),
        S("【南浔】双林绫绢年出口额超千万美元\n南浔区双林镇现有绫绢生产企业23家,今年1至10月绫绢出口额达1120万美元,产品远销日本、韩国等20多个国家和地区。",
          kicker="【南浔】", title="双林绫绢年出口额超千万美元", county=NANXUN, township="双林镇",
          other_places=[P("日本", "country", note="出口地"), P("韩国", "country", note="出口地")],
          metrics=[B("超千万美元", 10000000, "美元", "标题里取整的出口额", approx=True, note="标题取整正文的1120万美元"),
                   M("23家", 23, "家", "绫绢生产企业"),
                   M("1120万美元", 11200000, "美元", "1至10月绫绢出口额"),
                   B("20多个", 20, "个", "出口国家和地区", approx=True, note="销售范围")],
          excluded=[X("1至10月", "时段")]),
        J(),
        S("【安吉】递铺镇竹产业园首期投产\n安吉县递铺镇竹制品产业园首期投产,入驻竹制品企业19家,年可消化毛竹600万支,带动周边竹农户均增收4000元以上。",
          kicker="【安吉】", title="递铺镇竹产业园首期投产", county=ANJI, township="递铺镇", township_now="递铺街道",
          metrics=[M("19家", 19, "家", "入驻竹制品企业"),
                   B("600万支", 6000000, "支", "年可消化毛竹", note="产能"),
                   B("4000元以上", 4000, "元", "竹农户均增收", approx=True, note="rate: 户均")],
          excluded=[X("首期", "分期")],
          edge_case="旧镇名“递铺镇”(2014年设递铺街道,330523001)。"),
        J(),
        S("【长兴】和平镇白茶开辟“网上茶园”\n长兴县和平镇今年通过电商平台销售白茶38吨,占全镇白茶销量的近40%,网上销售额达3600万元。",
          kicker="【长兴】", title="和平镇白茶开辟“网上茶园”", county=CHANGXING, township="和平镇",
          metrics=[M("38吨", 38, "吨", "电商销售白茶"),
                   M("近40%", 40, "%", "占全镇白茶销量", approx=True),
                   M("3600万元", 36000000, "元", "网上销售额")]),
        J(),
        S("【德清】莫干山“洋家乐”入住率超八成\n今年以来,德清县莫干山镇86家“洋家乐”平均入住率达到83%,接待境外游客4.6万人次,实现营业收入2.8亿元。",
          kicker="【德清】", title="莫干山“洋家乐”入住率超八成", county=DEQING, township="莫干山镇",
          other_places=[P("莫干山", "poi")],
          metrics=[B("超八成", 80, "%", "标题里取整的入住率", approx=True, note="标题取整正文的83%"),
                   M("86家", 86, "家", "洋家乐"),
                   M("83%", 83, "%", "平均入住率"),
                   M("4.6万人次", 46000, "人次", "接待境外游客"),
                   M("2.8亿元", 280000000, "元", "营业收入")]),
        J(),
        S("【吴兴】织里童装电商交易额破百亿\n吴兴区织里镇现有童装电商企业6800余家,今年前10个月实现网络交易额108亿元,同比增长26.5%。",
          kicker="【吴兴】", title="织里童装电商交易额破百亿", county=WUXING, township="织里镇",
          metrics=[M("6800余家", 6800, "家", "童装电商企业", approx=True),
                   M("108亿元", 10800000000, "元", "前10个月网络交易额"),
                   M("26.5%", 26.5, "%", "同比增长")],
          excluded=[X("破百亿", "标题里的里程碑"), X("前10个月", "时段")]),
        J(),
        S("【全市】“三改一拆”超额完成年度任务\n记者从市“三改一拆”办获悉,今年以来全市已完成“三改一拆”面积1260万平方米,完成年度任务的118%,"
          "其中拆除违法建筑410万平方米。",
          kicker="【全市】", title="“三改一拆”超额完成年度任务", county=None, scope="city", city=HU_CITY, township=None,
          metrics=[M("1260万平方米", 12600000, "平方米", "完成“三改一拆”面积"),
                   B("118%", 118, "%", "完成年度任务", note="完成率"),
                   M("410万平方米", 4100000, "平方米", "拆除违法建筑")],
          excluded=[X("“三改一拆”", "政策名")],
          edge_case="全市口径(湖州市)。"),
    ]))

# ------------------------------------------------------------------ hp18
PAGES.append(dict(
    id="hp18", outlet="新华网图片频道 衢州稿件集(仿,多条“浙江X:标题”图片稿)", date="2022-11",
    title=None,
    layout="photo-news collection: each item is a '浙江X:标题' headline, a 发布时间/来源 meta line, a caption (无人机照片), a body "
           "sentence or two and a 新华社 credit; items follow with or without a blank line between them",
    note="仿新华网图片稿:标题“浙江常山:…”,“发布时间:… 来源:新华网”一行,图片说明,正文一两句,末尾“新华社记者 某某 摄”或"
         "“新华社发(某某 摄)”。第1、2条之间和第4、5条之间只换一行,其余空一行。常山新昌乡与新昌县同名;龙游溪口镇同名于奉化;"
         "衢江湖南镇的“湖南”是省名;开化一条的合作方在安徽、江西;柯城七里乡同名于缙云。",
    parts=[
        S("浙江常山:胡柚丰收\n发布时间:2022-11-16 09:21 来源:新华网\n11月15日,在浙江省常山县新昌乡郭塘村,果农在采摘胡柚(无人机照片)。\n"
          "眼下,常山胡柚进入采收期。常山县胡柚种植面积11.2万亩,年产胡柚15万吨左右,胡柚全产业链产值超过50亿元。\n新华社记者 翁晓 摄",
          title="浙江常山:胡柚丰收", byline="新华社记者 翁晓 摄", county=CHANGSHAN, township="新昌乡",
          other_places=[P("郭塘村", "village"), P("新昌县", "county", "330624", note="乡名与绍兴新昌县同名")],
          metrics=[M("11.2万亩", 112000, "亩", "常山胡柚种植面积"),
                   M("15万吨左右", 150000, "吨", "胡柚年产量", approx=True),
                   M("超过50亿元", 5000000000, "元", "胡柚全产业链产值", approx=True)],
          excluded=[X("2022-11-16 09:21", "发布时间"), X("11月15日", "日期")],
          edge_case="新昌乡在常山县,别认成绍兴新昌县。"),
        J("\n"),
        S("浙江江山:廿八都古镇游人如织\n发布时间:2022-10-05 14:37 来源:新华网\n10月4日,游客在浙江省江山市廿八都镇游览。"
          "国庆假期,廿八都古镇接待游客8.6万人次,同比增长42%。\n新华社发(周俊 摄)",
          title="浙江江山:廿八都古镇游人如织", byline="新华社发(周俊 摄)", county=JIANGSHAN, township="廿八都镇",
          metrics=[M("8.6万人次", 86000, "人次", "国庆假期接待游客"),
                   M("42%", 42, "%", "同比增长")],
          excluded=[X("2022-10-05 14:37", "发布时间"), X("10月4日", "日期"), X("廿八都", "地名里的数字")],
          edge_case="地名“廿八都”含数字;与上一条之间只换一行。"),
        J(),
        S("浙江龙游:溪口老街“焕新”迎客\n发布时间:2022-09-28 10:05 来源:新华网\n9月27日,游客在浙江省龙游县溪口镇老街参观竹编非遗展。"
          "溪口老街改造后新引进文创、餐饮业态35家,今年以来接待游客26万人次。\n新华社发(赵立 摄)",
          title="浙江龙游:溪口老街“焕新”迎客", byline="新华社发(赵立 摄)", county=LONGYOU, township="溪口镇",
          other_places=[P("奉化区", "county", "330213", note="同名溪口镇(更有名)")],
          metrics=[M("35家", 35, "家", "新引进业态"),
                   M("26万人次", 260000, "人次", "今年接待游客")],
          excluded=[X("2022-09-28 10:05", "发布时间"), X("9月27日", "日期")],
          edge_case="溪口镇同名于奉化区(更有名)。"),
        J(),
        S("浙江衢州:湖南镇库区秋色美\n发布时间:2022-11-02 08:47 来源:新华网\n11月1日拍摄的浙江省衢州市衢江区湖南镇乌溪江库区秋色(无人机照片)。"
          "近年来,湖南镇持续推进库区生态保护,全镇森林覆盖率达到85%以上。\n新华社发(邵丹 摄)",
          title="浙江衢州:湖南镇库区秋色美", byline="新华社发(邵丹 摄)", county=QUJIANG, township="湖南镇",
          other_places=[P("乌溪江", "river"), P("衢州市", "city", "330800", note="标题只写到市")],
          metrics=[B("85%以上", 85, "%", "森林覆盖率", approx=True, note="背景数")],
          excluded=[X("2022-11-02 08:47", "发布时间"), X("11月1日", "日期")],
          edge_case="标题只写“浙江衢州”;镇名“湖南”同时是省名;只有一个背景数。"),
        J("\n"),
        S("浙江开化:钱江源头护水忙\n发布时间:2022-11-08 16:20 来源:新华网\n11月7日,在浙江省开化县齐溪镇,护水员在钱江源头巡河。"
          "开化县与安徽省休宁县、江西省婺源县建立跨省护水协作机制,今年以来共联合巡河260余次,清理河道垃圾45吨。\n新华社发(吴涛 摄)",
          title="浙江开化:钱江源头护水忙", byline="新华社发(吴涛 摄)", county=KAIHUA, township="齐溪镇",
          other_places=[P("休宁县", "county", "341022", note="安徽,协作方"), P("婺源县", "county", "361130", note="江西,协作方"),
                        P("钱江源", "poi")],
          metrics=[M("260余次", 260, "次", "联合巡河", approx=True),
                   M("45吨", 45, "吨", "清理河道垃圾")],
          excluded=[X("2022-11-08 16:20", "发布时间"), X("11月7日", "日期")],
          edge_case="协作方在安徽休宁、江西婺源,主体是开化齐溪镇。"),
        J(),
        S("浙江柯城:七里乡“高山红”成熟\n发布时间:2022-11-10 11:12 来源:新华网\n11月9日,衢州市柯城区七里乡的村民在采摘“高山红”猕猴桃。"
          "七里乡猕猴桃种植面积1800亩,今年地头收购价每公斤12元左右。\n新华社发(余聪 摄)",
          title="浙江柯城:七里乡“高山红”成熟", byline="新华社发(余聪 摄)", county=KECHENG, township="七里乡",
          other_places=[P("缙云县", "county", "331122", note="同名七里乡")],
          metrics=[M("1800亩", 1800, "亩", "猕猴桃种植面积"),
                   B("每公斤12元左右", 12, "元/公斤", "猕猴桃地头收购价", approx=True, note="rate: 单价")],
          excluded=[X("2022-11-10 11:12", "发布时间"), X("11月9日", "日期")],
          edge_case="七里乡同名于缙云县。"),
    ]))

# ------------------------------------------------------------------ hp19
PAGES.append(dict(
    id="hp19", outlet="浙江日报 第00007版:山海协作·对口工作(仿)", date="2023-04-12",
    title=None,
    layout="numbered 一、…五、 items; datelines from outside Zhejiang (本报阿克苏电, 本报北京电, 本报上海电) about Zhejiang counties "
           "or about the partner region; a province-wide report; an outside prefecture (黔东南) as subject",
    note="仿省报对口工作版:外地电头。第1条写新疆阿克苏温宿县的农产品销往浙江,主体在省外;第2条“本报北京电”写磐安县在北京的推介会,"
         "没有标题(编号“二、”后直接是电头);第3条“本报上海电”写安吉县;第4条是全省的;第5条写贵州黔东南州(杭州的帮扶对象),主体在省外,州级。每条前有“一、”…“五、”编号(版式标记);条与条之间空一行。",
    parts=[
        H("浙江日报 2023年04月12日 第00007版:山海协作·对口工作\n\n"),
        K("一、"),
        S("阿克苏苹果“浙”里热销\n本报阿克苏4月11日电 (记者 陈洁) 记者从浙江省援疆指挥部获悉,今年一季度,通过浙江各地消费帮扶渠道"
          "销往浙江的阿克苏地区温宿县苹果、核桃等农产品达1.2万吨,销售额1.9亿元,同比增长26%。",
          title="阿克苏苹果“浙”里热销", byline="(记者 陈洁)", county=C("温宿县", "652922", "阿克苏地区"), in_zhejiang=False,
          township=None,
          other_places=[P("阿克苏地区", "city", "652900"), P("新疆维吾尔自治区", "province", "650000"),
                        P("浙江省", "province", "330000", note="销售地、帮扶方")],
          metrics=[M("1.2万吨", 12000, "吨", "销往浙江的温宿农产品"),
                   M("1.9亿元", 190000000, "元", "销售额"),
                   M("26%", 26, "%", "同比增长")],
          excluded=[X("4月11日", "日期")],
          edge_case="主体在省外(新疆温宿县);浙江只是销售地和帮扶方。"),
        J(), K("二、"),
        S("本报北京4月11日电 (记者 刘晓) 11日,“磐安药材”北京推介会在京举行。磐安县与北京10家医药企业签订中药材购销协议,金额3.6亿元。"
          "磐安现有中药材种植面积8.2万亩,“浙八味”中有5味主产于此。",
          byline="(记者 刘晓)", county=PANAN, township=None,
          other_places=[P("北京市", "province", "110000", note="推介会举办地")],
          metrics=[M("10家", 10, "家", "签约北京医药企业"),
                   M("3.6亿元", 360000000, "元", "购销协议金额"),
                   M("8.2万亩", 82000, "亩", "中药材种植面积")],
          excluded=[X("“浙八味”", "名称"), X("5味", "描述性计数"), X("4月11日", "日期"), X("11日", "日期")],
          edge_case="电头“本报北京电”,主体是磐安县;没有标题。"),
        J(), K("三、"),
        S("安吉白茶上海推介会签约1.2亿元\n本报上海4月11日电 (记者 孙雯) 10日,安吉白茶(上海)推介会在上海举行,安吉县42家茶企与上海经销商现场签约1.2亿元。"
          "去年安吉白茶产量2200吨,产值32亿元。",
          title="安吉白茶上海推介会签约1.2亿元", byline="(记者 孙雯)", county=ANJI, township=None,
          other_places=[P("上海市", "province", "310000", note="推介会举办地")],
          metrics=[M("42家", 42, "家", "签约茶企"),
                   M("1.2亿元", 120000000, "元", "现场签约金额", occ=1, note="标题重复,只标正文"),
                   M("2200吨", 2200, "吨", "去年安吉白茶产量"),
                   M("32亿元", 3200000000, "元", "去年安吉白茶产值")],
          excluded=[X("4月11日", "日期"), X("10日", "日期")],
          edge_case="电头“本报上海电”,会场在上海,主体是安吉县。"),
        J(), K("四、"),
        S("全省春播粮食面积超千万亩\n本报杭州4月11日讯 (记者 方敏 通讯员 吴丹) 记者从省农业农村厅获悉,截至4月10日,全省已落实春播粮食面积1036万亩,"
          "比去年同期增加22万亩,早稻育秧已完成计划的65%。",
          title="全省春播粮食面积超千万亩", byline="(记者 方敏 通讯员 吴丹)", county=None, scope="province", township=None,
          metrics=[B("超千万亩", 10000000, "亩", "标题里取整的春播粮食面积", approx=True, note="标题取整正文的1036万亩"),
                   M("1036万亩", 10360000, "亩", "落实春播粮食面积"),
                   M("22万亩", 220000, "亩", "比去年同期增加"),
                   B("65%", 65, "%", "早稻育秧完成计划", note="完成率")],
          excluded=[X("4月11日", "日期"), X("4月10日", "日期")],
          edge_case="全省口径。"),
        J(), K("五、"),
        S("杭州帮扶黔东南茶叶“出山”\n本报讯 (记者 王峰) 杭州市对口帮扶的贵州省黔东南州今年春茶上市以来,经杭州企业销售的黔东南茶叶已达860吨,"
          "销售额1.3亿元,其中丹寨县的茶叶占三成以上。",
          title="杭州帮扶黔东南茶叶“出山”", byline="(记者 王峰)", county=None, scope="city",
          city={"name": "黔东南苗族侗族自治州", "level": "city", "adcode": "522600"}, in_zhejiang=False, township=None,
          other_places=[P("杭州市", "city", "330100", note="帮扶方、销售方"), P("贵州省", "province", "520000"),
                        P("丹寨县", "county", "522636", note="黔东南州下的一个县")],
          metrics=[M("860吨", 860, "吨", "经杭州企业销售的黔东南茶叶"),
                   M("1.3亿元", 130000000, "元", "销售额"),
                   M("三成以上", 30, "%", "丹寨县茶叶占比", approx=True)],
          edge_case="主体是省外的黔东南州(州级),杭州是帮扶方。"),
    ]))

# ------------------------------------------------------------------ hp20
PAGES.append(dict(
    id="hp20", outlet="新华网浙江频道 地方·宁波 列表页(仿)", date="2022-04",
    title=None,
    layout="news-site list page with titles: per item a title, a date-time line and a summary ending in (作者); "
           "'county + township:' titles; one item's '全市' means the county-level city (慈溪)",
    note="仿省级新闻网地方频道列表:每条是标题、“2022-04-18 09:12:31”式时间行、摘要一段,末尾括号里是作者。"
         "第4条“慈溪全市”指县级慈溪市;第5条只写简称“象山”;最后一条是宁波全市。条与条之间空一行。",
    parts=[
        H("新华网浙江频道 > 地方 > 宁波\n\n"),
        S("余姚大岚:高山茶园迎来采摘季\n2022-04-18 09:12:31\n眼下,余姚市大岚镇的高山茶园进入采摘季。大岚镇海拔500米以上的茶园有1.3万亩,"
          "今年春茶产量预计达到120吨,茶农人均增收约8000元。(张静)",
          title="余姚大岚:高山茶园迎来采摘季", byline="(张静)", county=YUYAO, township="大岚镇",
          metrics=[M("1.3万亩", 13000, "亩", "高山茶园面积"),
                   B("120吨", 120, "吨", "预计春茶产量", note="预计"),
                   B("约8000元", 8000, "元", "茶农人均增收", approx=True, note="rate: 人均")],
          excluded=[X("500米以上", "海拔门槛"), X("2022-04-18 09:12:31", "发布时间")]),
        J(),
        S("宁海胡陈:桃花节带火乡村游\n2022-04-11 15:40:08\n第十六届宁海胡陈桃花节日前开幕。胡陈乡现有桃园4000余亩,桃花节期间预计接待游客15万人次,"
          "全乡农家乐已接到团队预订320批次。(陈可)",
          title="宁海胡陈:桃花节带火乡村游", byline="(陈可)", county=NINGHAI, township="胡陈乡",
          metrics=[M("4000余亩", 4000, "亩", "胡陈乡桃园面积", approx=True),
                   B("15万人次", 150000, "人次", "预计接待游客", note="预计"),
                   M("320批次", 320, "批次", "农家乐团队预订")],
          excluded=[X("第十六届", "届次"), X("2022-04-11 15:40:08", "发布时间")]),
        J(),
        S("奉化溪口:竹笋上市 笋农增收\n2022-04-08 10:21:45\n奉化区溪口镇的春笋进入上市高峰。溪口镇竹林面积12万亩,今年春笋产量约2万吨,"
          "笋农户均增收5000元左右。(汪洋)",
          title="奉化溪口:竹笋上市 笋农增收", byline="(汪洋)", county=FENGHUA, township="溪口镇",
          other_places=[P("龙游县", "county", "330825", note="同名溪口镇")],
          metrics=[M("12万亩", 120000, "亩", "溪口镇竹林面积"),
                   M("约2万吨", 20000, "吨", "春笋产量", approx=True),
                   B("5000元左右", 5000, "元", "笋农户均增收", approx=True, note="rate: 户均")],
          excluded=[X("2022-04-08 10:21:45", "发布时间")],
          edge_case="溪口镇同名于龙游县。"),
        J(),
        S("慈溪:全市“共富工坊”达到213家\n2022-04-06 17:02:13\n记者从慈溪市委组织部获悉,慈溪全市已建成“共富工坊”213家,吸纳农村闲置劳动力1.6万人,"
          "人均月增收1800元。(金路)",
          title="慈溪:全市“共富工坊”达到213家", byline="(金路)", county=CIXI, township=None,
          metrics=[M("213家", 213, "家", "建成共富工坊", occ=1, note="标题重复,只标正文"),
                   M("1.6万人", 16000, "人", "吸纳农村闲置劳动力"),
                   B("1800元", 1800, "元", "人均月增收", note="rate: 人均每月")],
          excluded=[X("2022-04-06 17:02:13", "发布时间")],
          edge_case="“全市”指县级慈溪市,不是宁波市。"),
        J(),
        S("象山:休渔前渔船检修忙\n2022-04-02 11:35:50\n在象山石浦渔港,渔民正在对渔船进行检修保养。象山现有海洋捕捞渔船1900余艘,"
          "今年将有约1200艘渔船在休渔前完成安全检修。(胡杰)",
          title="象山:休渔前渔船检修忙", byline="(胡杰)", county=XIANGSHAN, township=None, townships_mentioned=["石浦镇"],
          other_places=[P("石浦渔港", "poi")],
          metrics=[M("1900余艘", 1900, "艘", "海洋捕捞渔船", approx=True),
                   M("约1200艘", 1200, "艘", "休渔前完成检修的渔船", approx=True)],
          excluded=[X("2022-04-02 11:35:50", "发布时间")],
          edge_case="县名只写简称“象山”;石浦只出现在渔港名里,数字是全县的,township 为 null。"),
        J(),
        S("宁波一季度农产品出口增长17.8%\n2022-04-20 16:48:22\n据宁波海关统计,一季度宁波市农产品出口额达52.3亿元,同比增长17.8%,"
          "其中水产品出口额占四成。(沈立)",
          title="宁波一季度农产品出口增长17.8%", byline="(沈立)", county=None, scope="city", city=NB_CITY, township=None,
          metrics=[M("52.3亿元", 5230000000, "元", "一季度农产品出口额"),
                   M("17.8%", 17.8, "%", "同比增长", occ=1, note="标题重复,只标正文"),
                   M("四成", 40, "%", "水产品出口额占比")],
          excluded=[X("2022-04-20 16:48:22", "发布时间")],
          edge_case="全市口径(宁波市)。"),
    ]))

# ------------------------------------------------------------------ hp21
PAGES.append(dict(
    id="hp21", outlet="今日永嘉 第02版:综合(仿县报电子版)", date="2018-07-20",
    title=None,
    layout="county paper page: titled 本报讯 reports, a 又讯 item without a title, shared township names given alone "
           "(岩头镇, 三江街道) where only the paper's name tells the county, and a '我县' report",
    note="仿县报综合版:县名只在页头报名“今日永嘉”里;岩头镇同名于浦江、三江街道同名于嵊州和婺城,只能从报名判断。"
         "第2条“又讯”没有标题,自成一条。第4条的展会在越南。条与条之间空一行。",
    parts=[
        H("今日永嘉 2018年07月20日 第02版:综合\n\n"),
        S("岩头镇古村落保护利用见成效\n本报讯(记者 潘晓 通讯员 谢雯)岩头镇苍坡、芙蓉等古村落今年上半年接待游客38.6万人次,同比增长21%,旅游收入1.2亿元。"
          "镇里今年投入古村落修缮资金1600万元,修缮古民居42幢。",
          title="岩头镇古村落保护利用见成效", byline="(记者 潘晓 通讯员 谢雯)", county=YONGJIA, township="岩头镇",
          other_places=[P("苍坡村", "village"), P("芙蓉村", "village"), P("浦江县", "county", "330726", note="同名岩头镇")],
          metrics=[M("38.6万人次", 386000, "人次", "上半年古村落接待游客"),
                   M("21%", 21, "%", "同比增长"),
                   M("1.2亿元", 120000000, "元", "旅游收入"),
                   M("1600万元", 16000000, "元", "古村落修缮资金"),
                   M("42幢", 42, "幢", "修缮古民居")],
          edge_case="县名只在页头“今日永嘉”;岩头镇同名于浦江县。"),
        J(),
        S("又讯 7月18日,岩头镇楠溪江沿岸的12个村联合成立民宿合作社,首批入社民宿63家,床位1100余张。合作社将统一客源分配和服务标准。",
          county=YONGJIA, township="岩头镇",
          other_places=[P("楠溪江", "river")],
          metrics=[M("12个", 12, "个", "联合成立合作社的村"),
                   M("63家", 63, "家", "首批入社民宿"),
                   M("1100余张", 1100, "张", "床位", approx=True)],
          excluded=[X("首批", "序数"), X("7月18日", "日期")],
          edge_case="“又讯”自成一条,没有标题。"),
        J(),
        S("三江街道“拆后利用”建起运动公园\n本报讯(记者 周涛)三江街道利用拆后土地86亩建成滨江运动公园,建有足球场2个、篮球场6个、健身步道3.2公里,"
          "日均接待市民3000余人次。",
          title="三江街道“拆后利用”建起运动公园", byline="(记者 周涛)", county=YONGJIA, township="三江街道",
          other_places=[P("嵊州市", "county", "330683", note="同名三江街道"), P("婺城区", "county", "330702", note="同名三江街道")],
          metrics=[B("86亩", 86, "亩", "利用拆后土地", note="单个公园"),
                   B("2个", 2, "个", "足球场", note="单个公园的设施数"),
                   B("6个", 6, "个", "篮球场", note="单个公园的设施数"),
                   B("3.2公里", 3.2, "公里", "健身步道", note="单个公园的步道"),
                   B("3000余人次", 3000, "人次", "日均接待市民", approx=True, note="rate: 日均")],
          edge_case="三江街道同名于嵊州市和婺城区;县名只在页头。"),
        J(),
        S("瓯北鞋服企业抱团开拓东盟市场\n本报讯(记者 林杉 通讯员 胡晓)瓯北街道18家鞋服企业日前组团参加越南胡志明市国际纺织服装展,"
          "现场接洽客商500多批次,达成意向订单1800万美元。",
          title="瓯北鞋服企业抱团开拓东盟市场", byline="(记者 林杉 通讯员 胡晓)", county=YONGJIA, township="瓯北街道",
          other_places=[P("越南胡志明市", "country", note="展会举办地")],
          metrics=[M("18家", 18, "家", "组团参展企业"),
                   M("500多批次", 500, "批次", "接洽客商", approx=True),
                   M("1800万美元", 18000000, "美元", "意向订单")],
          edge_case="展会在越南,主体是永嘉瓯北街道。"),
        J(),
        S("我县早稻开镰\n本报讯(记者 金晨)连日来,我县5.6万亩早稻陆续开镰收割。县农业局测产显示,今年早稻平均亩产约420公斤,总产量预计2.3万吨,"
          "比去年增加8%左右。",
          title="我县早稻开镰", byline="(记者 金晨)", county=YONGJIA, township=None,
          metrics=[M("5.6万亩", 56000, "亩", "早稻面积"),
                   B("约420公斤", 420, "公斤/亩", "早稻平均亩产", approx=True, note="rate: 亩产;测产"),
                   B("2.3万吨", 23000, "吨", "预计早稻总产量", note="预计"),
                   B("8%左右", 8, "%", "预计总产量同比增加", approx=True, note="预计")],
          edge_case="“我县”只能从页头“今日永嘉”得知。"),
    ]))

# ------------------------------------------------------------------ hp22
PAGES.append(dict(
    id="hp22", outlet="温岭日报(仿县报微信推送“今日关注”)", date="2016-06-12",
    title="今日关注",
    layout="WeChat push: ▶ before each title, ▲ photo captions inside the items, a 来源: line closing each item, single newlines "
           "inside items and blank lines between them; 玉环县 (now 玉环市), a shared 街道 name (城东街道), a fraction 1/4",
    note="仿县报微信推送:每条以“▶”开头,标题一行,有的下面一行是“▲”图片说明,正文一段,最后一行“来源:某某”。"
         "2016年玉环还是县(2017年撤县设市),township 按现行玉环市楚门镇。城东街道在五个县市都有。最后一条是台州全市的。",
    parts=[
        H("温岭日报\n2016-06-12 周日\n今日关注\n\n"),
        K("▶ "),
        S("石塘渔民画走进上海\n▲石塘渔民画展现场\n近日,“石塘渔民画”专题展在上海一家美术馆开展,展出作品86幅。"
          "石塘镇现有渔民画作者120余人,近年来创作作品3000多幅,带动文创产品销售额400余万元。\n来源:温岭日报",
          title="石塘渔民画走进上海", byline="来源:温岭日报", county=WENLING, township="石塘镇",
          other_places=[P("上海市", "province", "310000", note="展览举办地"), P("云和县", "county", "331125", note="同名石塘镇")],
          metrics=[M("86幅", 86, "幅", "展出作品"),
                   M("120余人", 120, "人", "渔民画作者", approx=True),
                   M("3000多幅", 3000, "幅", "创作作品", approx=True),
                   M("400余万元", 4000000, "元", "文创产品销售额", approx=True)],
          edge_case="展览在上海,主体是温岭石塘镇;县名只在“来源:温岭日报”和页头里。"),
        J(), K("▶ "),
        S("城东街道:老旧小区改造惠及3200户\n▲改造后的小区\n温岭市城东街道今年启动老旧小区改造项目7个,涉及居民3200户,总投资1.1亿元,计划年底前全部完工。"
          "\n来源:温岭日报",
          title="城东街道:老旧小区改造惠及3200户", byline="来源:温岭日报", county=WENLING, township="城东街道",
          other_places=[P("乐清市", "county", "330382", note="同名城东街道"), P("婺城区", "county", "330702", note="同名城东街道"),
                        P("东阳市", "county", "330783", note="同名城东街道"), P("定海区", "county", "330902", note="同名城东街道")],
          metrics=[M("7个", 7, "个", "老旧小区改造项目"),
                   M("3200户", 3200, "户", "涉及居民", occ=1, note="标题重复,只标正文"),
                   M("1.1亿元", 110000000, "元", "总投资")],
          edge_case="城东街道在五个县市都有;标题只写街道名。"),
        J(), K("▶ "),
        S("玉环县楚门镇文旦花开\n楚门镇是“中国文旦之乡”,全镇文旦种植面积2.3万亩,年产量约4万吨,去年文旦产值2.6亿元,出口日本、加拿大等国1200吨。"
          "\n来源:玉环新闻网",
          title="玉环县楚门镇文旦花开", byline="来源:玉环新闻网", county=YUHUAN, township="楚门镇",
          other_places=[P("玉环县", "historical_county", note="2017年撤县设玉环市"), P("日本", "country", note="出口地"),
                        P("加拿大", "country", note="出口地")],
          metrics=[M("2.3万亩", 23000, "亩", "文旦种植面积"),
                   M("约4万吨", 40000, "吨", "文旦年产量", approx=True),
                   M("2.6亿元", 260000000, "元", "去年文旦产值"),
                   M("1200吨", 1200, "吨", "文旦出口量")],
          edge_case="旧县名“玉环县”,今玉环市;没有图片说明。"),
        J(), K("▶ "),
        S("大溪镇水泵产量占全国1/4\n▲大溪镇一家水泵企业的生产线\n大溪镇现有水泵及配套企业1800余家,去年生产各类水泵2400万台,约占全国总产量的1/4,"
          "实现产值236亿元。\n来源:温岭日报",
          title="大溪镇水泵产量占全国1/4", byline="来源:温岭日报", county=WENLING, township="大溪镇",
          metrics=[M("1800余家", 1800, "家", "水泵及配套企业", approx=True),
                   M("2400万台", 24000000, "台", "去年生产水泵"),
                   M("1/4", 25, "%", "占全国总产量", approx=True, occ=1, note="approx: 前有“约占”;标题重复,只标正文"),
                   M("236亿元", 23600000000, "元", "水泵产值")]),
        J(), K("▶ "),
        S("台州:今年新建农村文化礼堂156家\n记者从台州市委宣传部获悉,今年全市计划新建农村文化礼堂156家,目前已建成98家,温岭、临海两地建成数量居前。"
          "\n来源:台州日报",
          title="台州:今年新建农村文化礼堂156家", byline="来源:台州日报", county=None, scope="city", city=TZ_CITY, township=None,
          other_places=[P("温岭市", "county", "331081", note="排名里提到"), P("临海市", "county", "331082", note="排名里提到")],
          metrics=[B("156家", 156, "家", "今年计划新建文化礼堂", occ=1, note="计划;标题重复,只标正文"),
                   M("98家", 98, "家", "已建成文化礼堂")],
          edge_case="全市口径(台州市);温岭、临海只在排名里出现。"),
    ]))


# ================================================================== ARTICLES
ARTICLES = []

ARTICLES.append(dict(
    id="ha01", outlet="浙江在线 浙江城镇网·城市天天说(仿)", date="2019-11-26",
    layout="news-site article: breadcrumb, title, date + 来源 + reporters line, dateline, body, 编辑 line, copyright footer",
    text="您当前的位置 :浙江在线 > 浙江城镇网 > 城市天天说 正文\n\n全省家庭农场产品展销会闭幕 4天销售额超1.1亿元\n\n"
         "2019-11-26 08:31  来源:浙江在线 记者 陆遥 通讯员 钱程\n\n"
         "浙江在线11月26日讯(浙江在线记者 陆遥 通讯员 钱程)11月25日下午,为期4天的2019浙江省家庭农场产品展销会在杭州闭幕。据组委会统计,"
         "展会现场销售额1.13亿元,达成意向订单28.6亿元,参观人数42.8万人次,均比上届有所增长。\n\n"
         "本届展会共有来自全省11个设区市的860家示范性家庭农场参展,展出农产品2300余种。其中,来自山区26县的参展农场有310家,占参展总数的三分之一以上。\n\n"
         "“这几天光是我们农场的高山番薯干就卖了3万多元。”来自淳安县的参展农场主方建华告诉记者。\n\n"
         "编辑:徐帆\n\nCopyright © 1999-2021 Zjol. All Rights Reserved 浙江在线版权所有",
    title="全省家庭农场产品展销会闭幕 4天销售额超1.1亿元", byline="记者 陆遥 通讯员 钱程",
    county=None, scope="province", township=None,
    other_places=[P("杭州市", "city", "330100", note="展会举办地"), P("淳安县", "county", "330127", note="一个参展农场的来处")],
    metrics=[B("超1.1亿元", 110000000, "元", "标题里取整的销售额", approx=True, note="标题取整正文的1.13亿元"),
             M("1.13亿元", 113000000, "元", "展会现场销售额"),
             M("28.6亿元", 2860000000, "元", "意向订单"),
             M("42.8万人次", 428000, "人次", "参观人数"),
             B("11个", 11, "个", "全省设区市", note="背景数"),
             M("860家", 860, "家", "参展家庭农场"),
             B("2300余种", 2300, "种", "展出农产品种类", approx=True, note="品种数"),
             M("310家", 310, "家", "山区县参展农场"),
             M("三分之一以上", 33.3333, "%", "山区县农场占比", approx=True),
             B("3万多元", 30000, "元", "一个农场的销售额", approx=True, note="单个农场")],
    excluded=[X("4天", "时长"), X("2019浙江省家庭农场产品展销会", "活动名"), X("山区26县", "政策类别名"),
              X("1999-2021", "版权年份")],
    edge_case="全省口径:会场在杭州,一个农场来自淳安,都不是主体;标题里的“4天”和“超1.1亿元”。"))

ARTICLES.append(dict(
    id="ha02", outlet="中国宁波网 县市区·北仑(仿)", date="2020-09-08",
    layout="news-site article: breadcrumb ending in the county (北仑), title with —— subtitle, 稿源 line with a hotline number, "
           "a photo title, a reporters line with 文/摄, body with sub-headings",
    text="您当前的位置 : 中国宁波网  >  新闻中心  >  宁波  >  县市区  >  北仑\n"
         "梅山湾里的“蓝色粮仓”——来自梅山街道的一线调研\n稿源: 中国宁波网   2020-09-08 08:47:15报料热线:81851234\n\n"
         "梅山湾海洋牧场\n\n记者 谢敏 北仑区委报道组 邵卿 通讯员 乐静文/摄\n\n"
         "梅山湾地处北仑东南,隔海与舟山六横岛相望。过去,这里的渔民靠近海捕捞为生,“船多鱼少”的矛盾越来越突出。\n\n"
         "人工鱼礁养出“海底森林”\n\n"
         "近年来,梅山街道在湾内建设海洋牧场,已投放人工鱼礁1.2万立方米,增殖放流各类苗种3800万尾。街道现有海水养殖户210户,"
         "去年养殖产值1.9亿元,同比增长11%,渔民人均收入4.3万元。\n\n"
         "“以前出海一趟要三四天,现在在家门口的网箱里就能收鱼。”渔民乐国平说。",
    title="梅山湾里的“蓝色粮仓”", subtitle="来自梅山街道的一线调研", byline="记者 谢敏 北仑区委报道组 邵卿 通讯员 乐静文/摄",
    county=BEILUN, township="梅山街道",
    townships_mentioned=["梅山街道", "六横镇"],
    other_places=[P("宁波市", "city", "330200"), P("梅山湾", "sea"), P("六横岛", "island", note="舟山普陀区,隔海相望")],
    metrics=[M("1.2万立方米", 12000, "立方米", "投放人工鱼礁"),
             M("3800万尾", 38000000, "尾", "增殖放流苗种"),
             M("210户", 210, "户", "海水养殖户"),
             M("1.9亿元", 190000000, "元", "去年养殖产值"),
             M("11%", 11, "%", "同比增长"),
             B("4.3万元", 43000, "元", "渔民人均收入", note="rate: 人均")],
    excluded=[X("81851234", "电话"), X("2020-09-08 08:47:15", "发布时间"), X("三四天", "时长")],
    edge_case="区名只在面包屑“北仑”和“北仑区委报道组”里;六横岛属舟山普陀区,只是对岸。"))

ARTICLES.append(dict(
    id="ha03", outlet="苍南新闻网 乡镇新闻(仿)", date="2012-07-12",
    layout="county news-site article: hotline line, breadcrumb, title, 发布时间/来源 line, dateline 苍南新闻网X月X日消息:, "
           "(通讯员) credit, copyright footer",
    text="·新闻热线:0577-68812340 ·投稿邮箱:cnxw_tougao@126.com\n\n"
         "当前位置: 您当前的位置 : 苍南新闻网  ->  苍南新闻  ->  乡镇新闻  -> 正文乡镇新闻\n\n龙港礼品城上半年交易额增长15%\n\n"
         "发布时间:2012年07月12日 来源:苍南新闻网\n\n"
         "苍南新闻网7月12日消息:笔者从龙港镇市场管理部门了解到,今年上半年,龙港中国礼品城实现交易额38.6亿元,同比增长15%,其中网上交易额占近四成。\n\n"
         "目前礼品城共有经营户1260家,从业人员8000余人。上半年龙港镇礼品及印刷企业实现自营出口2.1亿美元,比去年同期增长9.4%。"
         "镇里计划年内再引进电商服务企业20家。(通讯员 陈晓 林立)\n\nCopyright2005 - 2012 All Rights Reserved",
    title="龙港礼品城上半年交易额增长15%", byline="(通讯员 陈晓 林立)", county=LONGGANG, township="龙港镇", township_now="",
    other_places=[P("苍南县", "county", "330327", note="2012年龙港镇属苍南县;2019年设龙港市"), P("中国礼品城", "poi")],
    metrics=[M("38.6亿元", 3860000000, "元", "上半年礼品城交易额"),
             M("15%", 15, "%", "交易额同比增长", occ=1, note="标题重复,只标正文"),
             M("近四成", 40, "%", "网上交易额占比", approx=True),
             M("1260家", 1260, "家", "经营户"),
             M("8000余人", 8000, "人", "从业人员", approx=True),
             M("2.1亿美元", 210000000, "美元", "上半年自营出口"),
             M("9.4%", 9.4, "%", "出口同比增长"),
             B("20家", 20, "家", "计划引进电商服务企业", note="计划")],
    excluded=[X("0577-68812340", "电话"), X("cnxw_tougao@126.com", "邮箱"), X("2005 - 2012", "版权年份")],
    edge_case="2012年的龙港镇,今为龙港市;township 写原文旧名,code 为 null(龙港市下不设镇)。"))

ARTICLES.append(dict(
    id="ha04", outlet="岱山新闻网(浙江在线岱山支站,仿)", date="2020-08-12",
    layout="county news-site article with a township navigation bar (乡镇巡礼: all seven township names), hotline, breadcrumb, "
           "title with —— subtitle, URL/outlet/date line with UI words (放大 正常 缩小 打印)",
    text="浙江在线 -- 岱山支站\n乡镇巡礼:\n 高亭镇  衢山镇 东沙镇 岱西镇 岱东镇 长涂镇  秀山乡\n\n 新闻热线:0580-4471235\n"
         " 您的当前位置:首页 > 新闻中心 > 乡镇新闻\n\n长涂港里“渔旅融合”新探索\n——长涂镇打造海岛休闲渔业示范区\n \n"
         "http://www.daishan.com  岱山新闻网     2020年8月12日 09:14    放大 正常 缩小 打印\n \n\n"
         "长涂镇由大长涂、小长涂两岛组成,长涂港是天然避风良港。今年以来,镇里引导渔民改造休闲渔船12艘,推出海钓、赶海、渔家宴等项目,"
         "1至7月接待游客5.8万人次,同比增长36%,休闲渔业收入1350万元。\n\n"
         "镇里还引导43户渔民转产转业,开办渔家民宿,目前全镇民宿床位达到620张。新建成的海钓基地每年可接待海钓爱好者2万人次。\n\n记者 虞佳",
    title="长涂港里“渔旅融合”新探索", subtitle="长涂镇打造海岛休闲渔业示范区", byline="记者 虞佳",
    county=DAISHAN, township="长涂镇",
    townships_mentioned=["长涂镇", "高亭镇", "衢山镇", "东沙镇", "岱西镇", "岱东镇", "秀山乡"],
    other_places=[P("大长涂", "island"), P("小长涂", "island"), P("长涂港", "poi")],
    metrics=[M("12艘", 12, "艘", "改造休闲渔船"),
             M("5.8万人次", 58000, "人次", "1至7月接待游客"),
             M("36%", 36, "%", "同比增长"),
             M("1350万元", 13500000, "元", "休闲渔业收入"),
             M("43户", 43, "户", "转产转业渔民"),
             M("620张", 620, "张", "民宿床位"),
             B("2万人次", 20000, "人次", "海钓基地年接待能力", note="产能")],
    excluded=[X("0580-4471235", "电话"), X("1至7月", "时段"), X("2020年8月12日 09:14", "发布时间")],
    edge_case="导航栏“乡镇巡礼”列出岱山全部七个乡镇,只有长涂镇是主体;县名只在网站名里。"))

ARTICLES.append(dict(
    id="ha05", outlet="桐乡新闻网 桐乡新闻·桐乡三农(仿)", date="2019-06-05",
    layout="county news-site article with a 【镇街网闻联播】 navigation line naming every town, breadcrumb, an ad line, body, "
           "and a 来源/作者/编辑 line with UI words at the end",
    text="桐乡新闻网\n 网站首页 | 桐乡新闻 | 国内国际 | 图片频道 | 视听频道 | 专题栏目\n"
         " 【镇街网闻联播】:梧桐 凤鸣 高桥 濮院 乌镇 屠甸 崇福 大麻 洲泉 石门 河山\n  您当前的位置 :  桐乡新闻网 >桐乡新闻 >桐乡·三农\n\n"
         "中国电信-桐乡分公司\n\n洲泉蚕桑“老树发新芽”\n\n"
         "  眼下正是春蚕上蔟时节,洲泉镇马鸣村的蚕农沈阿姨家里,白花花的蚕茧堆满了竹匾。\n\n"
         "  洲泉镇是桐乡传统蚕桑主产区。今年全镇桑园面积1.1万亩,春蚕饲养量1.6万张,产茧650吨,蚕农户均增收5200元。"
         "镇里引进的3家丝绸企业与蚕农签订保底收购协议,鲜茧收购价每公斤比市场价高出4元。\n\n"
         " 打印  收藏本页  关闭本页\n来源: 《今日桐乡》 作者: 今日桐乡记者 陆斌 编辑: 沈燕",
    title="洲泉蚕桑“老树发新芽”", byline="作者: 今日桐乡记者 陆斌", county=TONGXIANG, township="洲泉镇",
    townships_mentioned=["洲泉镇", "梧桐街道", "凤鸣街道", "高桥街道", "濮院镇", "乌镇镇", "屠甸镇", "崇福镇", "大麻镇", "石门镇", "河山镇"],
    other_places=[P("马鸣村", "village")],
    metrics=[M("1.1万亩", 11000, "亩", "桑园面积"),
             M("1.6万张", 16000, "张", "春蚕饲养量"),
             M("650吨", 650, "吨", "产茧"),
             B("5200元", 5200, "元", "蚕农户均增收", note="rate: 户均"),
             M("3家", 3, "家", "签订保底收购协议的丝绸企业"),
             B("每公斤比市场价高出4元", 4, "元/公斤", "鲜茧收购价高出市场价", note="rate: 单价差")],
    edge_case="导航行用简称列出桐乡全部镇街(石门镇同名于江山市);“中国电信-桐乡分公司”是广告行;末尾是来源/作者/编辑行。"))

ARTICLES.append(dict(
    id="ha06", outlet="婺城新闻网 今日婺城·要闻(仿)", date="2021-07-15",
    layout="county news-site article: run-together navigation words, breadcrumb, title, date/来源/作者 line, indented body",
    text="网站首页新闻中心今日婺城婺城网视图库中心新闻专题婺城政务金华新闻连线\n您当前的位置 :     婺城新闻网 > 新闻中心 > 今日婺城 > 要闻\n\n"
         "箬阳乡高山蔬菜“抢鲜”上市\n\n2021-07-15 08:40:12  来源:  婺城新闻网  作者: 记者 范晓\n\n"
         "  连日来,婺城区箬阳乡的高山蔬菜基地一片忙碌,菜农们抢抓晴好天气采收四季豆、茄子和辣椒。\n\n"
         "  箬阳乡平均海拔800米以上,夏季凉爽,是婺城区最大的高山蔬菜产区。今年全乡种植高山蔬菜3200亩,带动农户580户。"
         "四季豆地头收购价每公斤2.8元,比去年同期高出0.6元。去年全乡高山蔬菜产值2600万元,今年有望突破3000万元。\n\n"
         "  为解决运输难题,乡里今年新建冷链仓储点2个,蔬菜从采摘到进入杭州、上海的批发市场不超过24小时。",
    title="箬阳乡高山蔬菜“抢鲜”上市", byline="作者: 记者 范晓", county=WUCHENG, township="箬阳乡",
    other_places=[P("杭州市", "city", "330100", note="销售地"), P("上海市", "province", "310000", note="销售地")],
    metrics=[M("3200亩", 3200, "亩", "高山蔬菜种植面积"),
             M("580户", 580, "户", "带动农户"),
             B("每公斤2.8元", 2.8, "元/公斤", "四季豆地头收购价", note="rate: 单价"),
             B("0.6元", 0.6, "元/公斤", "收购价同比高出", note="rate: 单价差"),
             M("2600万元", 26000000, "元", "去年高山蔬菜产值"),
             B("突破3000万元", 30000000, "元", "今年产值目标", approx=True, note="预计"),
             M("2个", 2, "个", "新建冷链仓储点")],
    excluded=[X("800米以上", "海拔"), X("不超过24小时", "时长"), X("2021-07-15 08:40:12", "发布时间")]))

ARTICLES.append(dict(
    id="ha07", outlet="定海新闻网 定海即时报·热点新闻(仿)", date="2021-05-20",
    layout="county news-site article: 'township:' title, date/来源/作者 line, dateline 定海新闻网讯",
    text="白泉:早稻插秧进入扫尾阶段\n\n2021-05-20 15:32 来源:定海新闻网 作者:记者 刘畅 通讯员 夏雨\n\n"
         "  定海新闻网讯 5月19日,记者在白泉镇的粮食生产功能区看到,几台插秧机正在田里来回穿梭。白泉镇是定海区最大的产粮镇,"
         "今年早稻种植面积3600亩,比去年增加400亩,目前已完成插秧九成以上。\n\n"
         "  今年镇里机插秧比例达到85%,全镇种粮大户46户,承包耕地占全镇早稻面积的近七成。镇农办负责人说,全镇早稻预计6月底前全部插完。",
    title="白泉:早稻插秧进入扫尾阶段", byline="作者:记者 刘畅 通讯员 夏雨", county=DINGHAI, township="白泉镇",
    metrics=[M("3600亩", 3600, "亩", "早稻种植面积"),
             M("400亩", 400, "亩", "比去年增加"),
             M("九成以上", 90, "%", "已完成插秧比例", approx=True),
             M("85%", 85, "%", "机插秧比例"),
             M("46户", 46, "户", "种粮大户"),
             M("近七成", 70, "%", "大户承包面积占比", approx=True)],
    excluded=[X("5月19日", "日期"), X("6月底", "日期"), X("2021-05-20 15:32", "发布时间")],
    edge_case="标题以镇名简称“白泉:”开头。"))

ARTICLES.append(dict(
    id="ha08", outlet="平湖日报 数字报(仿)", date="2022-11-02",
    layout="county e-paper feature: title with —— subtitle, ■记者 … 摄影 … byline, 核心提示 block, sub-headed body",
    text="港城融合 “独”具魅力\n——独山港镇临港产业发展的“加速度”\n■记者 姚佳 陈辰 通讯员 沈晓 摄影 王涛\n"
         "核心提示:依港而兴,因港而强。近年来,平湖市独山港镇把港口优势转化为产业优势,临港产业集群加速成长。\n\n"
         "产业链越拉越长\n\n"
         "去年,独山港镇规上工业产值486亿元,同比增长13.2%;港区完成货物吞吐量2850万吨。今年前三季度,镇里新引进亿元以上项目14个,"
         "总投资达到126亿元。\n\n"
         "“我们的原料从码头卸下,管道直接输送到车间,一年能省下物流成本2000多万元。”一家化工新材料企业负责人说。\n\n"
         "城镇越来越美\n\n今年,独山港镇完成老旧小区改造5个,新建公园绿地3.6万平方米。",
    title="港城融合 “独”具魅力", subtitle="独山港镇临港产业发展的“加速度”", byline="■记者 姚佳 陈辰 通讯员 沈晓 摄影 王涛",
    county=PINGHU, township="独山港镇",
    metrics=[M("486亿元", 48600000000, "元", "去年规上工业产值"),
             M("13.2%", 13.2, "%", "同比增长"),
             M("2850万吨", 28500000, "吨", "港区货物吞吐量"),
             M("14个", 14, "个", "新引进亿元以上项目"),
             M("126亿元", 12600000000, "元", "新引进项目总投资"),
             B("2000多万元", 20000000, "元", "一家企业每年节省物流成本", approx=True, note="单个企业"),
             M("5个", 5, "个", "完成老旧小区改造"),
             M("3.6万平方米", 36000, "平方米", "新建公园绿地")],
    excluded=[X("亿元以上", "门槛")],
    edge_case="核心提示里有“平湖市独山港镇”;“亿元以上”是门槛,项目个数才是指标。"))

ARTICLES.append(dict(
    id="ha09", outlet="光明日报式中央报纸地方稿(仿)", date="2019-10-23",
    layout="national paper short report: dateline 本报北京X月X日电 about a Zhejiang county, no title in the copy, "
           "a copyright notice at the end",
    text="本报北京10月22日电(记者 周岚)“中国蜜蜂之乡”浙江江山的蜂产品日前集中亮相北京新发地农产品批发市场。"
         "推介会上,江山市12家蜂产品企业与北京采购商签订购销合同,金额6800万元。\n"
         "据了解,江山现有蜂农2100余户,饲养蜂群23万箱,去年蜂产品产值9.6亿元。近年来,当地蜂农组建专业合作社38家,"
         "统一技术标准和品牌,蜂王浆收购价每公斤比散户高出30元左右。\n"
         "版权声明:凡本报刊载作品(含标题),未经授权不得转载、摘编。",
    title=None, byline="(记者 周岚)", county=JIANGSHAN, township=None,
    other_places=[P("北京市", "province", "110000", note="推介会所在地"), P("新发地农产品批发市场", "poi")],
    metrics=[M("12家", 12, "家", "签约蜂产品企业"),
             M("6800万元", 68000000, "元", "购销合同金额"),
             M("2100余户", 2100, "户", "蜂农", approx=True),
             M("23万箱", 230000, "箱", "饲养蜂群"),
             M("9.6亿元", 960000000, "元", "去年蜂产品产值"),
             M("38家", 38, "家", "蜂农专业合作社"),
             B("每公斤比散户高出30元左右", 30, "元/公斤", "蜂王浆收购价高出", approx=True, note="rate: 单价差")],
    excluded=[X("10月22日", "日期")],
    edge_case="电头在北京,主体是江山市;县级市名“江山”同时是普通词。"))

ARTICLES.append(dict(
    id="ha10", outlet="浙江工人日报 数字报纸 00004版:看天下(仿)", date="2023-12-06",
    layout="e-paper photo item: 数字报纸 header, page label, title, caption body, 通讯员 credit, e-paper footer line",
    text="浙江工人日报 数字报纸\n\n\n00004版:看天下\n\n金清镇:海风里晒鳗鲞\n\n"
         "  昨日,在金清镇下梁村的晒场上,渔民正在晾晒鳗鲞。入冬以来,金清镇210艘渔船陆续进入冬汛生产,今年冬汛捕捞量预计达到3.5万吨。\n\n"
         "  金清镇是传统渔业重镇,全镇从事水产加工的企业和作坊有60多家,去年水产品加工产值4.1亿元。\n\n  通讯员 周波 摄\n\n\n"
         "浙江工人日报 看天下 00004 金清镇:海风里晒鳗鲞 2023-12-06 2 2023年12月06日 星期三",
    title="金清镇:海风里晒鳗鲞", byline="通讯员 周波 摄", county=LUQIAO, township="金清镇",
    other_places=[P("下梁村", "village")],
    metrics=[M("210艘", 210, "艘", "冬汛生产渔船"),
             B("3.5万吨", 35000, "吨", "预计冬汛捕捞量", note="预计"),
             M("60多家", 60, "家", "水产加工企业和作坊", approx=True),
             M("4.1亿元", 410000000, "元", "去年水产品加工产值")],
    excluded=[X("00004", "版次")],
    edge_case="全文没有区名,金清镇只在路桥区;页头页脚是电子版的。"))

ARTICLES.append(dict(
    id="ha11", outlet="新华网浙江频道 图集(仿)", date="2021-12-03",
    layout="photo gallery page: 图集 label, captions with 新华网发 credits repeated after the lead, 责任编辑 line and a list of "
           "related headlines with timestamps at the end",
    text="图集\n12月2日,村民在浙江省缙云县壶镇镇的晒场上晾晒红薯面。新华网发 吕斌摄\n"
         "进入12月,缙云县壶镇镇的村民开始制作传统红薯面。全镇今年种植红薯4600亩,红薯面年产量约1200吨,每斤售价12元左右,"
         "加工户达到320户。(李然)\n"
         "12月2日,村民在晾晒红薯面。新华网发 吕斌摄\n12月2日,村民在晾晒红薯面。新华网发 吕斌摄\n责任编辑:郑洁\n-\n"
         "宁波推出“共富工坊”地图 覆盖全市\n2021-12-03 10:21:33\n-\n台州开通首条跨海公交线\n2021-12-03 09:05:12",
    title=None, byline="新华网发 吕斌摄", county=JINYUN, township="壶镇镇",
    metrics=[M("4600亩", 4600, "亩", "红薯种植面积"),
             M("约1200吨", 1200, "吨", "红薯面年产量", approx=True),
             B("每斤售价12元左右", 12, "元/斤", "红薯面售价", approx=True, note="rate: 单价"),
             M("320户", 320, "户", "加工户")],
    excluded=[X("12月2日", "日期"), X("2021-12-03 10:21:33", "相关链接时间"), X("首条", "序数")],
    edge_case="图集页:同一条图片说明重复两次;末尾“相关”列表提到宁波、台州,不是本条地点。"))

ARTICLES.append(dict(
    id="ha12", outlet="中新网(仿地方稿)", date="2023-04-22",
    layout="wire-style article: dateline 中新网丽水X月X日电, body with quotes, (完) and 【编辑:…】 at the end; the county written "
           "only in its short form",
    text="畲乡“三月三”引客来 景宁大均乡一天迎客超万人\n\n"
         "中新网丽水4月22日电(记者 蓝雨晴 通讯员 雷晓)22日是农历三月初三,景宁大均乡的“畲乡三月三”活动现场人头攒动。"
         "当天,大均乡接待游客1.2万人次,畲族彩带、乌米饭等特色产品销售额达到46万元。\n"
         "“我们村里的20多家农家乐,从一个月前就开始接订单了。”大均村民宿主钟海燕说。\n"
         "据介绍,景宁现有畲族人口1.9万人,今年以来全县乡村旅游接待游客186万人次。(完)\n【编辑:叶攀】",
    title="畲乡“三月三”引客来 景宁大均乡一天迎客超万人", byline="(记者 蓝雨晴 通讯员 雷晓)",
    county=JINGNING, township="大均乡",
    other_places=[P("丽水市", "city", "331100", note="电头"), P("大均村", "village")],
    metrics=[B("超万人", 10000, "人", "标题里取整的单日游客", approx=True, note="标题取整正文的1.2万人次"),
             M("1.2万人次", 12000, "人次", "大均乡当天接待游客"),
             M("46万元", 460000, "元", "特色产品销售额"),
             B("20多家", 20, "家", "一个村的农家乐", approx=True, note="单个村"),
             B("1.9万人", 19000, "人", "畲族人口", note="背景数"),
             M("186万人次", 1860000, "人次", "今年全县乡村旅游游客")],
    excluded=[X("三月三", "节日"), X("三月初三", "农历日期"), X("4月22日", "日期"), X("22日", "日期")],
    edge_case="县名只写简称“景宁”;电头是丽水市;大均乡只在景宁。"))

ARTICLES.append(dict(
    id="ha13", outlet="浙江在线 对口支援稿(仿)", date="2022-04-18",
    layout="news-site article about a place outside Zhejiang helped by Zhejiang firms; a township named 龙泉镇 (as the Zhejiang city 龙泉)",
    text="杭黔协作 丹寨茶叶“飞”出大山\n2022-04-18 07:30 来源:浙江在线\n\n"
         "浙江在线4月18日讯(记者 吴晓 通讯员 杨帆)在贵州省黔东南州丹寨县龙泉镇的茶园里,茶农们正抢摘明前茶。丹寨是杭州对口帮扶的县之一,"
         "全县茶园面积达到15万亩。\n\n"
         "杭州3家茶企在丹寨建起加工厂,去年收购丹寨茶青2600吨,带动茶农4300户增收。今年丹寨春茶产量预计1800吨,杭州企业已预订其中三成以上。\n\n"
         "“以前茶青卖不出去,现在家门口就有厂收。”茶农杨阿姨说。",
    title="杭黔协作 丹寨茶叶“飞”出大山", county=C("丹寨县", "522636", "黔东南苗族侗族自治州"), in_zhejiang=False,
    township="龙泉镇",
    other_places=[P("黔东南苗族侗族自治州", "city", "522600"), P("贵州省", "province", "520000"),
                  P("杭州市", "city", "330100", note="帮扶方"), P("龙泉市", "county", "331181", note="浙江的龙泉市,与丹寨龙泉镇同名,无关")],
    metrics=[M("15万亩", 150000, "亩", "丹寨茶园面积"),
             M("3家", 3, "家", "在丹寨建厂的杭州茶企"),
             M("2600吨", 2600, "吨", "去年收购茶青"),
             M("4300户", 4300, "户", "带动增收茶农"),
             B("1800吨", 1800, "吨", "预计春茶产量", note="预计"),
             B("三成以上", 30, "%", "杭州企业预订比例", approx=True, note="预订")],
    excluded=[X("4月18日", "日期")],
    edge_case="主体在省外(贵州丹寨县),township 是丹寨县龙泉镇(省外,没有核对代码);“龙泉”同名于浙江龙泉市;杭州只是帮扶方。"))

ARTICLES.append(dict(
    id="ha14", outlet="上海市级新闻客户端稿(仿)", date="2021-06-03",
    layout="news-app article from Shanghai about a Shanghai town on the Zhejiang border; Zhejiang and Jiangsu towns named as neighbours",
    text="示范区“水乡客厅”迎来首批游客\n2021-06-03 18:22 来源:上观新闻 作者:顾佳\n\n"
         "青浦区金泽镇的“水乡客厅”近日对外开放。这里地处沪苏浙三地交界,与嘉善县西塘镇、苏州市吴江区黎里镇相邻,是长三角生态绿色一体化发展示范区的先行启动区。\n\n"
         "开放首周,“水乡客厅”接待游客3.6万人次。金泽镇现有民宿62家,今年计划举办文旅活动40场。“周末来的游客里,有不少是从嘉善、吴江开车过来的。”一位民宿主说。",
    title="示范区“水乡客厅”迎来首批游客", byline="作者:顾佳", county=C("青浦区", "310118", "上海市"), in_zhejiang=False,
    township="金泽镇",
    other_places=[P("嘉善县", "county", "330421", note="相邻,游客来处"), P("西塘镇", "township", "330421103", note="嘉善县,相邻"),
                  P("吴江区", "county", "320509", note="相邻"), P("黎里镇", "township_outside", note="吴江区"),
                  P("长三角生态绿色一体化发展示范区", "zone")],
    metrics=[M("3.6万人次", 36000, "人次", "开放首周接待游客"),
             M("62家", 62, "家", "金泽镇民宿"),
             B("40场", 40, "场", "计划举办文旅活动", note="计划")],
    excluded=[X("首批", "序数")],
    edge_case="主体在上海青浦(省外);嘉善县西塘镇只是邻居和游客来处。"))

ARTICLES.append(dict(
    id="ha15", outlet="台州新闻网(仿)", date="2019-10-28",
    layout="city news-site article with UI words ([大 中 小] [打印]); a city-wide report where counties appear only in a ranking",
    text="台州:前三季度民营经济增加值增长8.2%\n[大 中 小] [打印]\n2019-10-28 07:45  来源:台州日报  作者:记者 林海\n\n"
         "记者从市统计局获悉,前三季度,全市民营经济增加值达到2860亿元,同比增长8.2%,占全市生产总值的87.6%。全市新增市场主体4.3万户,其中私营企业1.6万户。\n\n"
         "分县市区看,温岭、玉环、临海三地民营经济增加值增速位居前三,路桥区新增私营企业数量最多。市统计局相关负责人表示,全市民营经济总体保持平稳增长态势。",
    title="台州:前三季度民营经济增加值增长8.2%", byline="作者:记者 林海", county=None, scope="city", city=TZ_CITY, township=None,
    other_places=[P("温岭市", "county", "331081", note="排名"), P("玉环市", "county", "331083", note="排名"),
                  P("临海市", "county", "331082", note="排名"), P("路桥区", "county", "331004", note="排名")],
    metrics=[M("2860亿元", 286000000000, "元", "前三季度民营经济增加值"),
             M("8.2%", 8.2, "%", "同比增长", occ=1, note="标题重复,只标正文"),
             M("87.6%", 87.6, "%", "占全市生产总值"),
             M("4.3万户", 43000, "户", "新增市场主体"),
             M("1.6万户", 16000, "户", "新增私营企业")],
    excluded=[X("前三", "排名"), X("2019-10-28 07:45", "发布时间")],
    edge_case="全市口径;四个县市区只出现在排名里。"))

ARTICLES.append(dict(
    id="ha16", outlet="越牛新闻(仿市级新闻客户端网页)", date="2022-11-22",
    layout="city news-app web page: section label, title, date and 来源 on separate lines, body, empty 作者 line, app/WeChat links "
           "and a hotline at the end; the district written only as 柯桥",
    text="新闻中心\n\n柯桥纺织品出口逆势增长 前10个月出口额超900亿元\n\n2022-11-22 14:34\n\n来源:越牛新闻\n\n"
         "记者从海关部门获悉,今年前10个月,柯桥纺织品服装出口额达到936.8亿元,同比增长12.6%,出口市场覆盖190多个国家和地区,"
         "其中对“一带一路”沿线国家出口额占比提高到近六成。\n\n"
         "作为全球最大的纺织品集散中心,中国轻纺城前10个月市场成交额达到2310亿元。\n\n"
         "作者: 编辑:孟佳\n\n  • 越牛新闻客户端\n\n  • 越牛新闻微信\n\n爆料\n\n新闻热线\n\n0575-88812345",
    title="柯桥纺织品出口逆势增长 前10个月出口额超900亿元", byline=None, county=KEQIAO, township=None,
    other_places=[P("中国轻纺城", "poi", note="在柯桥街道一带;本条主体是全区")],
    metrics=[B("超900亿元", 90000000000, "元", "标题里取整的出口额", approx=True, note="标题取整正文的936.8亿元"),
             M("936.8亿元", 93680000000, "元", "前10个月纺织品服装出口额"),
             M("12.6%", 12.6, "%", "同比增长"),
             B("190多个", 190, "个", "出口市场国家和地区", approx=True, note="销售范围"),
             M("近六成", 60, "%", "对“一带一路”沿线国家出口占比", approx=True),
             M("2310亿元", 231000000000, "元", "中国轻纺城前10个月成交额")],
    excluded=[X("前10个月", "时段"), X("“一带一路”", "政策名"), X("0575-88812345", "电话"), X("2022-11-22 14:34", "发布时间")],
    edge_case="区名只写“柯桥”(柯桥区;柯桥街道是同名街道,这里指全区)。"))

ARTICLES.append(dict(
    id="ha17", outlet="秀洲新闻网(仿)", date="2020-09-05",
    layout="county news-site article with UI words; the district written only as 秀洲; a product name containing another "
           "district's name (南湖菱)",
    text="嘉兴在线 > 秀洲新闻\n油车港菱角“出水”\n[大 中 小] [打印]\n2020-09-05 09:10:22 来源:秀洲新闻网\n\n"
         "本网讯 (记者 钱悦 通讯员 朱敏) 眼下正是南湖菱采收季。秀洲油车港镇的菱塘里,菱农们坐着菱桶穿梭在菱叶间采摘。"
         "油车港镇种植南湖菱1800亩,亩产约1500斤,每斤售价5元至6元,去年全镇菱角产值1100万元。\n\n"
         "镇里还开发了菱角酥、菱粉等加工产品8种,并在嘉兴城区开设销售点6个。",
    title="油车港菱角“出水”", byline="(记者 钱悦 通讯员 朱敏)", county=XIUZHOU, township="油车港镇",
    other_places=[P("嘉兴市", "city", "330400"), P("南湖菱", "product", note="品种名含“南湖”,不是南湖区")],
    metrics=[M("1800亩", 1800, "亩", "南湖菱种植面积"),
             B("约1500斤", 1500, "斤/亩", "菱角亩产", approx=True, note="rate: 亩产"),
             B("5元至6元", 5, "元/斤", "菱角售价", value_max=6, note="rate: 单价;区间"),
             M("1100万元", 11000000, "元", "去年菱角产值"),
             B("8种", 8, "种", "开发加工产品", note="品种数"),
             M("6个", 6, "个", "城区销售点")],
    excluded=[X("2020-09-05 09:10:22", "发布时间")],
    edge_case="区名只写简称“秀洲”;“南湖菱”是品种名。"))

ARTICLES.append(dict(
    id="ha18", outlet="舟山日报 数字报 第02版:综合(仿)", date="2023-03-15",
    layout="e-paper article: the Zhoushan district 普陀区 and Shanghai's 普陀区 in one report",
    text="舟山日报 数字报 第02版:综合\n\n东极海鲜进上海普陀社区\n\n"
         "本报讯(记者 陈晨 通讯员 李阳)普陀区东极镇与上海市普陀区长寿路街道日前签订结对协议,东极镇的渔家鲜货将直供长寿路街道的12个社区。"
         "首批发往上海的2.6吨海鲜当天售罄。\n\n"
         "东极镇现有渔船46艘,去年渔业产值1.3亿元,海岛旅游接待游客32万人次。“两个普陀,一片海一座城,结对很有意义。”东极镇相关负责人说。",
    title="东极海鲜进上海普陀社区", byline="(记者 陈晨 通讯员 李阳)", county=PUTUO, township="东极镇",
    other_places=[P("上海市普陀区", "county", "310107", note="结对方,与舟山普陀区同名"), P("长寿路街道", "township_outside", note="上海普陀区")],
    metrics=[M("12个", 12, "个", "直供社区"),
             M("2.6吨", 2.6, "吨", "首批发往上海的海鲜"),
             M("46艘", 46, "艘", "东极镇渔船"),
             M("1.3亿元", 130000000, "元", "去年渔业产值"),
             M("32万人次", 320000, "人次", "海岛旅游游客")],
    excluded=[X("首批", "序数"), X("第02版", "版次"), X("两个普陀", "描述")],
    edge_case="舟山普陀区与上海普陀区同名;主体是舟山普陀区东极镇。"))

ARTICLES.append(dict(
    id="ha19", outlet="浙江在线 绍兴频道(转绍兴日报,仿)", date="2010-04-15",
    layout="news-site article with title, date/来源 line, 本报讯 dateline, 标签/编辑 lines; an old county prefix (绍兴县平水镇)",
    text="日铸茶“回春” 平水镇茶农增收\n2010年04月15日 08:12:05 来源:绍兴日报\n\n"
         "本报讯 (记者 傅雅 通讯员 陈丹)清明前后,绍兴县平水镇的茶农们忙着采摘、炒制日铸茶。平水镇现有茶园3.2万亩,今年春茶产量预计比去年增加一成左右,"
         "名优茶每斤售价四五百元。全镇有茶叶加工企业和合作社56家,去年茶叶产值1.8亿元。\n\n标签:\n茶叶;绍兴县\n编辑:\n钱芳",
    title="日铸茶“回春” 平水镇茶农增收", byline="(记者 傅雅 通讯员 陈丹)", county=KEQIAO, township="平水镇",
    other_places=[P("绍兴县", "historical_county", note="2013年撤销,设柯桥区;平水镇今属柯桥区")],
    metrics=[M("3.2万亩", 32000, "亩", "平水镇茶园面积"),
             B("一成左右", 10, "%", "预计春茶产量同比增加", approx=True, note="预计"),
             B("四五百元", 400, "元/斤", "名优茶售价", value_max=500, note="rate: 单价;中文数字区间"),
             M("56家", 56, "家", "茶叶加工企业和合作社"),
             M("1.8亿元", 180000000, "元", "去年茶叶产值")],
    excluded=[X("2010年04月15日 08:12:05", "发布时间")],
    edge_case="旧县名“绍兴县”:平水镇今属柯桥区(镇名未变,township_code 330603105)。"))

ARTICLES.append(dict(
    id="ha20", outlet="龙游新闻网 乡镇动态(仿)", date="2022-06-10",
    layout="county news-site article where the shared township name (溪口镇) is given alone; only the outlet names the county",
    text="龙游新闻网\n首页 > 新闻中心 > 乡镇动态\n\n溪口镇竹编“编”出共富路\n发布时间:2022-06-10 16:25 来源:龙游新闻网 作者:方晴\n\n"
         "龙游新闻网讯 (记者 方晴 通讯员 徐卫) 溪口镇的竹编工坊里,几十位村民正在赶制一批出口日本的竹篮。溪口镇现有竹林面积8.6万亩,"
         "竹编从业人员1100余人。今年1至5月,全镇竹编产品出口额达到2300万元,同比增长18%。\n\n"
         "镇里在6个村建起竹编“共富工坊”,吸纳留守妇女和老人就业,人均月收入2500元左右。",
    title="溪口镇竹编“编”出共富路", byline="(记者 方晴 通讯员 徐卫)", county=LONGYOU, township="溪口镇",
    other_places=[P("奉化区", "county", "330213", note="同名溪口镇(更有名),不是本条"), P("日本", "country", note="出口地")],
    metrics=[M("8.6万亩", 86000, "亩", "竹林面积"),
             M("1100余人", 1100, "人", "竹编从业人员", approx=True),
             M("2300万元", 23000000, "元", "1至5月竹编出口额"),
             M("18%", 18, "%", "同比增长"),
             M("6个", 6, "个", "建起共富工坊的村"),
             B("2500元左右", 2500, "元", "人均月收入", approx=True, note="rate: 人均每月")],
    excluded=[X("几十位", "模糊数量"), X("一批", "模糊数量"), X("1至5月", "时段"), X("2022-06-10 16:25", "发布时间")],
    edge_case="溪口镇同名于奉化区(更有名);县名只在网站名“龙游新闻网”里。"))

ARTICLES.append(dict(
    id="ha21", outlet="丽水网(转丽水日报,仿)", date="2021-05-12",
    layout="news-site article with a 来源/作者/编辑/date line; the venue is in another Zhejiang county (新昌)",
    text="松阳42家茶企亮相新昌 “松阳银猴”订单超亿元\n来源:丽水日报  作者:记者 叶敏  编辑:王晶  2021-05-12\n\n"
         "本报讯 5月10日至11日,松阳县组织42家茶企参加在新昌县举行的中国茶叶交易会,现场签订茶叶购销合同46份,金额1.08亿元。\n\n"
         "松阳是全国重点产茶县,全县茶园面积15万亩,去年茶叶全产业链产值超过120亿元。松阳浙南茶叶市场去年交易额达到61亿元。",
    title="松阳42家茶企亮相新昌 “松阳银猴”订单超亿元", byline="作者:记者 叶敏", county=SONGYANG, township=None,
    other_places=[P("新昌县", "county", "330624", note="交易会举办地,不是主体"), P("浙南茶叶市场", "poi")],
    metrics=[B("超亿元", 100000000, "元", "标题里取整的订单额", approx=True, note="标题取整正文的1.08亿元"),
             M("42家", 42, "家", "参会茶企", occ=1, note="标题重复,只标正文"),
             M("46份", 46, "份", "茶叶购销合同"),
             M("1.08亿元", 108000000, "元", "合同金额"),
             M("15万亩", 150000, "亩", "全县茶园面积"),
             M("超过120亿元", 12000000000, "元", "茶叶全产业链产值", approx=True),
             M("61亿元", 6100000000, "元", "浙南茶叶市场交易额")],
    excluded=[X("5月10日至11日", "日期")],
    edge_case="会场在新昌县(另一个浙江县),主体是松阳县;标题里两个县名。"))

ARTICLES.append(dict(
    id="ha22", outlet="县报头版转版稿(仿)", date="2020-12-08",
    layout="continuation on an inside page: starts with (上接第一版), no title, the county never named, ends with (下转第三版)",
    text="(上接第一版)\n在平桥镇的汽车用品产业园里,一条条自动化生产线正在满负荷运转。平桥镇现有汽车用品企业1200余家,其中规上企业136家,"
         "去年汽车用品产业产值218亿元,约占全县同类产业的三分之二。\n"
         "今年以来,平桥镇新引进汽车用品产业链项目18个,计划总投资52亿元。镇里还投入3000万元建设电商直播基地,已入驻直播团队86个。\n"
         "“产业要升级,人才是关键。”平桥镇相关负责人介绍,镇里与高校合作开设汽车用品设计班,已培训技术人员1300余人次。(下转第三版)",
    title=None, byline=None, county=TIANTAI, township="平桥镇", truncated=True,
    metrics=[M("1200余家", 1200, "家", "汽车用品企业", approx=True),
             M("136家", 136, "家", "规上企业"),
             M("218亿元", 21800000000, "元", "去年汽车用品产业产值"),
             M("三分之二", 66.6667, "%", "占全县同类产业比例", approx=True, note="approx: 前有“约占”"),
             M("18个", 18, "个", "新引进产业链项目"),
             B("52亿元", 5200000000, "元", "项目计划总投资", note="计划"),
             B("3000万元", 30000000, "元", "电商直播基地投资", note="单个项目"),
             M("86个", 86, "个", "入驻直播团队"),
             M("1300余人次", 1300, "人次", "培训技术人员", approx=True)],
    excluded=[X("第一版", "版次"), X("第三版", "版次")],
    edge_case="接续稿:没有标题和电头,县名(天台)没有出现,只能从平桥镇判断(“全县”)。"))

ARTICLES.append(dict(
    id="ha23", outlet="杭州网 富阳新闻(转富阳日报,仿)", date="2013-07-02",
    layout="news-site article with a breadcrumb, a 发布时间 line with a weekday, 本报讯 dateline; a county-level city name "
           "that has since become a district (富阳市新登镇, now 富阳区)",
    text="当前位置: 杭州网 - > 富阳新闻\n新登镇“半山桃”上市 亩产值过万元\n发布时间:2013-07-02 07:42:10 Tue  来源:富阳日报\n\n"
         "本报讯(记者 孙晓 通讯员 许琳)富阳市新登镇的“半山桃”进入采摘旺季。新登镇现有桃园4200亩,今年水蜜桃产量预计3500吨,"
         "好的桃园亩产值超过1.2万元。\n\n为了拓宽销路,镇里组织桃农成立合作社5家,今年已通过快递发往上海、江苏等地的桃子达到18万箱。",
    title="新登镇“半山桃”上市 亩产值过万元", byline="(记者 孙晓 通讯员 许琳)", county=FUYANG, township="新登镇",
    other_places=[P("富阳市", "historical_county", note="2014年撤市设富阳区"), P("上海市", "province", "310000", note="销售地"),
                  P("江苏省", "province", "320000", note="销售地")],
    metrics=[M("4200亩", 4200, "亩", "新登镇桃园面积"),
             B("3500吨", 3500, "吨", "预计水蜜桃产量", note="预计"),
             B("超过1.2万元", 12000, "元", "好桃园的亩产值", approx=True, note="rate: 亩产值;部分桃园"),
             M("5家", 5, "家", "成立桃农合作社"),
             M("18万箱", 180000, "箱", "快递发出的桃子")],
    excluded=[X("过万元", "标题里的门槛"), X("2013-07-02 07:42:10", "发布时间")],
    edge_case="旧名“富阳市新登镇”:今富阳区新登镇(镇名未变,township_code 330111115)。"))

ARTICLES.append(dict(
    id="ha24", outlet="浙江新闻客户端(转浙江日报,仿)", date="2020-01-16",
    layout="news-app article: app name, title, date/paper/reporters line; a province-wide report that names four counties as examples",
    text="浙江新闻客户端\n全省新增省级美丽乡村示范县8个\n2020-01-16 09:30 浙江日报 记者 沈晴 通讯员 陆洋\n\n"
         "记者从省农业农村厅获悉,2019年全省新增省级美丽乡村示范县8个、示范乡镇100个、特色精品村300个,全省累计建成美丽乡村示范县58个。\n\n"
         "其中,安吉、德清、淳安、桐庐等县的美丽乡村建设起步早,已形成一批可复制的经验。去年全省农村居民人均可支配收入达到29876元,"
         "同比增长9.4%,连续35年居全国各省区第一。",
    title="全省新增省级美丽乡村示范县8个", byline="记者 沈晴 通讯员 陆洋", county=None, scope="province", township=None,
    other_places=[P("安吉县", "county", "330523", note="举例"), P("德清县", "county", "330521", note="举例"),
                  P("淳安县", "county", "330127", note="举例"), P("桐庐县", "county", "330122", note="举例")],
    metrics=[M("8个", 8, "个", "新增省级美丽乡村示范县", occ=1, note="标题重复,只标正文"),
             M("100个", 100, "个", "新增示范乡镇"),
             M("300个", 300, "个", "新增特色精品村"),
             M("58个", 58, "个", "累计建成示范县"),
             B("29876元", 29876, "元", "农村居民人均可支配收入", note="rate: 人均"),
             M("9.4%", 9.4, "%", "人均可支配收入同比增长")],
    excluded=[X("35年", "时长"), X("第一", "排名"), X("2019年", "年份"), X("2020-01-16 09:30", "发布时间")],
    edge_case="全省口径;安吉、德清、淳安、桐庐只是举例。"))


if __name__ == "__main__":
    main(PAGES, ARTICLES)
