"""Annotation helpers shared by every page and article of the training set.

Labels are written by hand in src/pages_*.py and src/articles.py with these helpers; build_gold.py
assembles the texts, computes every offset and checks the labels against /work/main data/geo (or
the project's own data/geo when run inside the repo).
"""

# The 90 county-level units of Zhejiang (current boundaries, GB/T 2260 codes), written out once so
# that a label names its county by name and the builder can still check name, code and city.
COUNTY_TABLE = [
    ("上城区", "330102", "杭州市"),
    ("拱墅区", "330105", "杭州市"),
    ("西湖区", "330106", "杭州市"),
    ("滨江区", "330108", "杭州市"),
    ("萧山区", "330109", "杭州市"),
    ("余杭区", "330110", "杭州市"),
    ("富阳区", "330111", "杭州市"),
    ("临安区", "330112", "杭州市"),
    ("临平区", "330113", "杭州市"),
    ("钱塘区", "330114", "杭州市"),
    ("桐庐县", "330122", "杭州市"),
    ("淳安县", "330127", "杭州市"),
    ("建德市", "330182", "杭州市"),
    ("海曙区", "330203", "宁波市"),
    ("江北区", "330205", "宁波市"),
    ("北仑区", "330206", "宁波市"),
    ("镇海区", "330211", "宁波市"),
    ("鄞州区", "330212", "宁波市"),
    ("奉化区", "330213", "宁波市"),
    ("象山县", "330225", "宁波市"),
    ("宁海县", "330226", "宁波市"),
    ("余姚市", "330281", "宁波市"),
    ("慈溪市", "330282", "宁波市"),
    ("鹿城区", "330302", "温州市"),
    ("龙湾区", "330303", "温州市"),
    ("瓯海区", "330304", "温州市"),
    ("洞头区", "330305", "温州市"),
    ("永嘉县", "330324", "温州市"),
    ("平阳县", "330326", "温州市"),
    ("苍南县", "330327", "温州市"),
    ("文成县", "330328", "温州市"),
    ("泰顺县", "330329", "温州市"),
    ("瑞安市", "330381", "温州市"),
    ("乐清市", "330382", "温州市"),
    ("龙港市", "330383", "温州市"),
    ("南湖区", "330402", "嘉兴市"),
    ("秀洲区", "330411", "嘉兴市"),
    ("嘉善县", "330421", "嘉兴市"),
    ("海盐县", "330424", "嘉兴市"),
    ("海宁市", "330481", "嘉兴市"),
    ("平湖市", "330482", "嘉兴市"),
    ("桐乡市", "330483", "嘉兴市"),
    ("吴兴区", "330502", "湖州市"),
    ("南浔区", "330503", "湖州市"),
    ("德清县", "330521", "湖州市"),
    ("长兴县", "330522", "湖州市"),
    ("安吉县", "330523", "湖州市"),
    ("越城区", "330602", "绍兴市"),
    ("柯桥区", "330603", "绍兴市"),
    ("上虞区", "330604", "绍兴市"),
    ("新昌县", "330624", "绍兴市"),
    ("诸暨市", "330681", "绍兴市"),
    ("嵊州市", "330683", "绍兴市"),
    ("婺城区", "330702", "金华市"),
    ("金东区", "330703", "金华市"),
    ("武义县", "330723", "金华市"),
    ("浦江县", "330726", "金华市"),
    ("磐安县", "330727", "金华市"),
    ("兰溪市", "330781", "金华市"),
    ("义乌市", "330782", "金华市"),
    ("东阳市", "330783", "金华市"),
    ("永康市", "330784", "金华市"),
    ("柯城区", "330802", "衢州市"),
    ("衢江区", "330803", "衢州市"),
    ("常山县", "330822", "衢州市"),
    ("开化县", "330824", "衢州市"),
    ("龙游县", "330825", "衢州市"),
    ("江山市", "330881", "衢州市"),
    ("定海区", "330902", "舟山市"),
    ("普陀区", "330903", "舟山市"),
    ("岱山县", "330921", "舟山市"),
    ("嵊泗县", "330922", "舟山市"),
    ("椒江区", "331002", "台州市"),
    ("黄岩区", "331003", "台州市"),
    ("路桥区", "331004", "台州市"),
    ("三门县", "331022", "台州市"),
    ("天台县", "331023", "台州市"),
    ("仙居县", "331024", "台州市"),
    ("温岭市", "331081", "台州市"),
    ("临海市", "331082", "台州市"),
    ("玉环市", "331083", "台州市"),
    ("莲都区", "331102", "丽水市"),
    ("青田县", "331121", "丽水市"),
    ("缙云县", "331122", "丽水市"),
    ("遂昌县", "331123", "丽水市"),
    ("松阳县", "331124", "丽水市"),
    ("云和县", "331125", "丽水市"),
    ("庆元县", "331126", "丽水市"),
    ("景宁畲族自治县", "331127", "丽水市"),
    ("龙泉市", "331181", "丽水市"),
]
CITY_CODES = {
    "杭州市": "330100",
    "宁波市": "330200",
    "温州市": "330300",
    "嘉兴市": "330400",
    "湖州市": "330500",
    "绍兴市": "330600",
    "金华市": "330700",
    "衢州市": "330800",
    "舟山市": "330900",
    "台州市": "331000",
    "丽水市": "331100",
}


def C(name, adcode, city):
    return {"name": name, "adcode": adcode, "city": city}


K = {n: C(n, a, c) for n, a, c in COUNTY_TABLE}


def CITY(name):
    """a prefecture city as a place record (scope "city")"""
    return {"name": name, "level": "city", "adcode": CITY_CODES[name]}


# Places outside Zhejiang that the pages use (checked against this table only: data/geo holds Zhejiang).
PROVINCES = {
    "北京市": "110000", "天津市": "120000", "河北省": "130000", "山西省": "140000", "上海市": "310000",
    "江苏省": "320000", "浙江省": "330000", "安徽省": "340000", "福建省": "350000", "江西省": "360000",
    "山东省": "370000", "河南省": "410000", "湖北省": "420000", "湖南省": "430000", "广东省": "440000",
    "广西壮族自治区": "450000", "海南省": "460000", "重庆市": "500000", "四川省": "510000", "贵州省": "520000",
    "云南省": "530000", "西藏自治区": "540000", "陕西省": "610000", "甘肃省": "620000", "青海省": "630000",
    "宁夏回族自治区": "640000", "新疆维吾尔自治区": "650000", "吉林省": "220000", "黑龙江省": "230000",
    "辽宁省": "210000", "内蒙古自治区": "150000",
}
OUTSIDE_COUNTIES = {
    # name: (adcode, city or province-level city)
    "闵行区": ("310112", "上海市"), "青浦区": ("310118", "上海市"), "金山区": ("310116", "上海市"),
    "朝阳区": ("110105", "北京市"), "丰台区": ("110106", "北京市"),
    "黄浦区": ("310101", "上海市"), "普陀区": ("310107", "上海市"),  # 上海普陀区, not 舟山普陀区
    "江宁区": ("320115", "南京市"), "吴江区": ("320509", "苏州市"),
    "丹寨县": ("522636", "黔东南苗族侗族自治州"), "榕江县": ("522632", "黔东南苗族侗族自治州"),
    "理县": ("513222", "阿坝藏族羌族自治州"), "茂县": ("513223", "阿坝藏族羌族自治州"),
    "青川县": ("510822", "广元市"), "旺苍县": ("510821", "广元市"),
    "阿瓦提县": ("652928", "阿克苏地区"), "乌什县": ("652927", "阿克苏地区"),
    "婺源县": ("361130", "上饶市"), "玉山县": ("361123", "上饶市"), "广丰区": ("361103", "上饶市"),
    "福鼎市": ("350982", "宁德市"), "寿宁县": ("350924", "宁德市"), "浦城县": ("350722", "南平市"),
    "歙县": ("341021", "黄山市"), "休宁县": ("341022", "黄山市"), "宁国市": ("341881", "宣城市"),
    "渝北区": ("500112", "重庆市"), "延吉市": ("222401", "延边朝鲜族自治州"),
    "和静县": ("652827", "巴音郭楞蒙古自治州"),
}
OUTSIDE_CITIES = {
    "南京市": "320100", "苏州市": "320500", "无锡市": "320200", "合肥市": "340100", "黄山市": "341000",
    "上饶市": "361100", "宁德市": "350900", "南平市": "350700", "广元市": "510800", "成都市": "510100",
    "阿克苏地区": "652900", "黔东南苗族侗族自治州": "522600", "深圳市": "440300", "广州市": "440100",
    "武汉市": "420100", "西安市": "610100", "宣城市": "341800", "延边朝鲜族自治州": "222400",
    "阿坝藏族羌族自治州": "513200", "巴音郭楞蒙古自治州": "652800",
}


def P(name, level, adcode=None, note=None):
    """another place named in a report. Levels with an adcode: province, city, county; others
    (village, community, poi, river, island, sea, zone, organisation, historical_county,
    historical_township, outlet_place, country) carry none."""
    d = {"name": name, "level": level}
    if adcode:
        d["adcode"] = adcode
    if note:
        d["note"] = note
    return d


def PC(name, note=None):
    """a Zhejiang county as an other place, by its current name"""
    c = K[name]
    return P(name, "county", c["adcode"], note)


def PCITY(name, note=None):
    if name in CITY_CODES:
        return P(name, "city", CITY_CODES[name], note)
    return P(name, "city", OUTSIDE_CITIES[name], note)


def PPROV(name, note=None):
    return P(name, "province", PROVINCES[name], note)


def POUT(name, note=None):
    """a county-level unit outside Zhejiang"""
    return P(name, "county", OUTSIDE_COUNTIES[name][0], note)


def M(text, value, unit, label, approx=None, occ=0, borderline=False, value_max=None, note=None, check=True):
    """a core metric. text is exact; occ picks which occurrence inside the segment (0-based).
    approx None means: decide from the hedge words inside text (the builder checks it either way)."""
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
    """a borderline metric (rates, one person's or one firm's figure, background counts, plans)"""
    k["borderline"] = True
    return M(*a, **k)


def X(text, reason):
    """a number-bearing string deliberately not labelled"""
    return (text, reason)


class S:
    """one report (segment) of a page, or the body of a single article"""

    def __init__(self, text, county=None, *, title=None, kicker=None, subtitle=None, byline=None,
                 scope=None, city=None, province=None, township=None, township_code=None,
                 townships=(), places=(), metrics=(), excluded=(), truncated=False, in_zhejiang=True,
                 edge=None, note=None, outside=None):
        self.text = text.strip("\n")
        self.county = county
        self.title, self.kicker, self.subtitle, self.byline = title, kicker, subtitle, byline
        self.scope, self.city, self.province = scope, city, province
        self.township, self.township_code = township, township_code
        self.townships = list(townships)
        self.places = list(places)
        self.metrics = list(metrics)
        self.excluded = list(excluded)
        self.truncated, self.in_zhejiang = truncated, in_zhejiang
        self.edge, self.note = edge, note
        # outside: (county dict, township name, township code) for a subject outside Zhejiang
        self.outside = outside


class H:
    """text in front of the first report that belongs to no report (page header, round-up lead)"""

    def __init__(self, text):
        self.text = text.strip("\n")


class T:
    """a contentless cut-off fragment after the last report"""

    def __init__(self, text):
        self.text = text.strip("\n")


class Page:
    def __init__(self, id, *, outlet, date, layout, parts, title=None, note=None, truncated=False,
                 sep="\n\n", imitates=()):
        self.id, self.outlet, self.date, self.layout = id, outlet, date, layout
        self.parts, self.title, self.note, self.truncated, self.sep = parts, title, note, truncated, sep
        self.imitates = list(imitates)


class Article:
    def __init__(self, id, *, outlet, date, layout, seg, note=None, imitates=()):
        self.id, self.outlet, self.date, self.layout, self.seg = id, outlet, date, layout, seg
        self.note = note
        self.imitates = list(imitates)
