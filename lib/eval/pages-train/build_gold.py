#!/usr/bin/env python3
"""Build the training set of labelled pages (and single articles) from the hand annotations in src/.

Every report is written in src/pages_*.py as its text plus its labels (src/common.py has the helpers);
this script joins the reports of a page with the page's own joiners and markers, writes
pages/<id>.txt and gold-pages.json (articles/<id>.txt and gold-articles.json for src/articles.py),
and computes every offset itself. It exits 1 when
  - a metric text does not occur in its report at the given occurrence, or only as the head or tail
    of a longer number ("2个" inside "12个"), or its value disagrees with the Arabic number it
    prints (万/亿 applied), or its `approx` disagrees with a hedge word inside it (约 近 余 多 超 …);
  - an Arabic digit of a report is covered by neither a metric nor an `excluded` string (so every
    number on a page was looked at and called a metric or not);
  - a title, kicker, subtitle, byline or excluded string is not in its report;
  - a county name/adcode/city does not match data/geo/zhejiang-counties.geojson, a township is not
    a current township of the labelled county in data/geo/zhejiang-townships.csv (old names go to
    other_places as `historical_township`, with an explicit current code where one exists), a
    mentioned township is not a current Zhejiang township, or an other place's code is wrong;
  - a report with no county has no scope (city/province), or a page text would not end in exactly
    one newline.
Warnings (not fatal): reports outside 80-500 characters, pages outside 3-8 reports.

Usage (from this folder or anywhere):
    python3 build_gold.py            # write pages/, articles/ and the gold JSON, print the counts
    python3 build_gold.py --check    # build in memory and fail if the files on disk differ
The geography is read from ZJ_GEO_DIR, else the project's data/geo, else /work/main/data/geo.
"""
import argparse
import csv
import importlib
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep src/__pycache__ out of the repo
sys.path.insert(0, HERE)
from src.common import (CITY_CODES, COUNTY_TABLE, H, OUTSIDE_CITIES, OUTSIDE_COUNTIES,  # noqa: E402
                        PROVINCES, Page, S, T)

HEDGES = ("约", "近", "超", "逾", "余", "多", "左右", "以上", "上万", "上千", "上百", "突破", "将近", "不到", "过")
DIGITS = re.compile(r"\d+(?:\.\d+)?")


def geo_dir():
    for d in (os.environ.get("ZJ_GEO_DIR"), os.path.join(HERE, "..", "..", "..", "data", "geo"),
              "/work/main/data/geo"):
        if d and os.path.exists(os.path.join(d, "zhejiang-townships.csv")):
            return os.path.abspath(d)
    sys.exit("data/geo not found: set ZJ_GEO_DIR to a folder holding zhejiang-counties.geojson and zhejiang-townships.csv")


class Geo:
    def __init__(self, d):
        feats = json.load(open(os.path.join(d, "zhejiang-counties.geojson"), encoding="utf-8"))["features"]
        self.counties = {f["properties"]["adcode"]: f["properties"] for f in feats}
        self.cities = {p["city_adcode"]: p["city_name"] for p in self.counties.values()}
        self.towns = defaultdict(list)
        with open(os.path.join(d, "zhejiang-townships.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                self.towns[r["name"]].append(r)

    def town_code(self, name, county_adcode):
        return [r["code"] for r in self.towns.get(name, []) if r["county_adcode"] == county_adcode]


# ---------------------------------------------------------------- one report

def locate(text, t, occ):
    positions = []
    i = text.find(t)
    while i >= 0:
        prev = text[i - 1] if i > 0 else ""
        nxt = text[i + len(t)] if i + len(t) < len(text) else ""
        head_ok = not (t[0].isdigit() and (prev.isdigit() or prev == "."))
        tail_ok = not (t[-1].isdigit() and (nxt.isdigit() or nxt == "."))
        if head_ok and tail_ok:
            positions.append(i)
        i = text.find(t, i + 1)
    return positions[occ] if len(positions) > occ else None


def arabic_value(text):
    """the value an Arabic-numeral metric text prints, or None when it cannot be read simply"""
    m = DIGITS.search(text)
    if not m or len(DIGITS.findall(text)) != 1:
        return None
    v = float(m.group())
    rest = text[m.end():]
    if rest.startswith("个亿"):
        return v * 1e8
    if rest.startswith(("多万", "余万")):
        return v * 1e4
    if rest.startswith(("多亿", "余亿")):
        return v * 1e8
    if rest.startswith("万亿"):
        return v * 1e12
    if rest.startswith("万"):
        return v * 1e4
    if rest.startswith("亿"):
        return v * 1e8
    if rest.startswith("千") and not rest.startswith(("千米", "千克", "千瓦")):
        return v * 1e3
    return v


def check_metric(m, ctx, errors):
    t = m["text"]
    hedged = any(h in t for h in HEDGES)
    if m["approx"] is None:
        m["approx"] = hedged
    elif m["approx"] is False and hedged and m["_check"]:
        errors.append(f"{ctx}: metric {t!r} has a hedge word but approx=False")
    if not m["_check"] or m.get("value_max") is not None:
        return
    if m["unit"] == "%" and ("分之" in t or "成" in t):
        return
    v = arabic_value(t)
    if v is not None and abs(v - float(m["value"])) > 1e-6 * max(1.0, abs(v)):
        errors.append(f"{ctx}: metric {t!r} prints {v:g} but value is {m['value']}")


def build_segment(seg, base, geo, errors, warnings, ctx):
    text = seg.text
    out = {"start": base, "end": base + len(text)}
    for k in ("title", "kicker", "subtitle", "byline"):
        v = getattr(seg, k)
        if v is not None and re.sub(r"\s+", " ", v) not in re.sub(r"\s+", " ", text):
            errors.append(f"{ctx}: {k} {v!r} is not in the report")
        out[k] = v
    # places
    county = seg.county
    if county is not None:
        if seg.in_zhejiang:
            p = geo.counties.get(county["adcode"])
            if p is None or p["name"] != county["name"] or p["city_name"] != county["city"]:
                errors.append(f"{ctx}: county {county} does not match data/geo")
        else:
            oc = OUTSIDE_COUNTIES.get(county["name"])
            if oc is None or oc[0] != county["adcode"] or oc[1] != county["city"]:
                errors.append(f"{ctx}: outside county {county} not in the table of src/common.py")
    elif seg.scope not in ("city", "province"):
        errors.append(f"{ctx}: no county and no scope")
    if seg.scope == "city":
        if not seg.city or CITY_CODES.get(seg.city["name"]) != seg.city.get("adcode"):
            errors.append(f"{ctx}: scope city needs a Zhejiang city record")
    out["primary_county"] = county
    if county is None:
        out["scope"] = seg.scope
        out["city"] = seg.city
        if seg.province:
            out["province"] = seg.province
    out["in_zhejiang"] = seg.in_zhejiang
    out["township"] = seg.township
    tcode = None
    if seg.township:
        if not seg.in_zhejiang:
            tcode = None
        elif county is None:
            errors.append(f"{ctx}: township without county")
        else:
            codes = geo.town_code(seg.township, county["adcode"])
            if seg.township_code:
                if seg.township_code not in codes:
                    errors.append(f"{ctx}: township code {seg.township_code} is not {seg.township} of {county['name']}")
                tcode = seg.township_code
            elif len(codes) == 1:
                tcode = codes[0]
            else:
                errors.append(f"{ctx}: township {seg.township} is not a current township of {county['name']} "
                              f"(elsewhere: {[(r['code'], r['county_name']) for r in geo.towns.get(seg.township, [])]})")
    out["township_code"] = tcode
    if not seg.in_zhejiang and seg.township_code:
        out["township_code_outside"] = seg.township_code
    mentioned = ([seg.township] if seg.township else []) + [t for t in seg.townships if t != seg.township]
    for tm in mentioned:
        if seg.in_zhejiang or tm != seg.township:
            if not geo.towns.get(tm):
                errors.append(f"{ctx}: mentioned township {tm} is not a current Zhejiang township "
                              f"(put an old name in other_places as historical_township)")
    out["townships_mentioned"] = mentioned
    for pl in seg.places:
        ad = pl.get("adcode")
        if not ad:
            continue
        lv, nm = pl["level"], pl["name"]
        ok = True
        if lv == "county":
            p = geo.counties.get(ad)
            oc = OUTSIDE_COUNTIES.get(nm)
            ok = (p is not None and p["name"] == nm) or (oc is not None and oc[0] == ad)
        elif lv == "city":
            ok = CITY_CODES.get(nm) == ad or OUTSIDE_CITIES.get(nm) == ad
        elif lv == "province":
            ok = PROVINCES.get(nm) == ad
        else:
            ok = False
        if not ok:
            errors.append(f"{ctx}: other place {nm} ({lv}) {ad} does not match")
    out["other_places"] = seg.places
    # metrics
    metrics = []
    spans = []
    for m in seg.metrics:
        m = dict(m)
        occ = m.pop("_occ")
        check_metric(m, f"{ctx}", errors)
        m.pop("_check")
        pos = locate(text, m["text"], occ)
        if pos is None:
            errors.append(f"{ctx}: metric text {m['text']!r} occurrence {occ} not found")
            continue
        spans.append((pos, pos + len(m["text"])))
        m["start"], m["end"] = base + pos, base + pos + len(m["text"])
        metrics.append(m)
    metrics.sort(key=lambda m: m["start"])
    for a, b in zip(metrics, metrics[1:]):
        if a["end"] > b["start"]:
            errors.append(f"{ctx}: metrics {a['text']!r} and {b['text']!r} overlap")
    out["metrics"] = metrics
    excluded = []
    for t, why in seg.excluded:
        if t not in text:
            errors.append(f"{ctx}: excluded text {t!r} is not in the report")
        i = text.find(t)
        while i >= 0:
            spans.append((i, i + len(t)))
            i = text.find(t, i + 1)
        excluded.append(f"{t}({why})")
    out["excluded"] = excluded
    for d in DIGITS.finditer(text):
        if not any(a <= d.start() and d.end() <= b for a, b in spans):
            errors.append(f"{ctx}: number {d.group()!r} at …{text[max(0, d.start() - 8):d.end() + 6]}… "
                          f"is neither a metric nor excluded")
    out["truncated"] = seg.truncated
    out["edge_case"] = seg.edge
    out["note"] = seg.note
    if not 80 <= len(text) <= 500:
        warnings.append(f"{ctx}: report has {len(text)} characters")
    return out


# ---------------------------------------------------------------- pages and articles

def build_page(pg, geo, errors, warnings):
    text = ""
    segs, markers = [], []
    header = trailing = None
    prev_block = False
    for part in pg.parts:
        if isinstance(part, str):
            text += part
            if part.strip() and part.strip() not in markers:
                markers.append(part.strip())
            prev_block = False
            continue
        if prev_block:
            text += pg.sep
        if isinstance(part, H):
            if segs or header is not None:
                errors.append(f"{pg.id}: page header must come first")
            header = part.text
            text += part.text
        elif isinstance(part, T):
            trailing = part.text
            text += part.text
        elif isinstance(part, S):
            if trailing is not None:
                errors.append(f"{pg.id}: report after the trailing fragment")
            segs.append(build_segment(part, len(text), geo, errors, warnings, f"{pg.id}/{len(segs)}"))
            text += part.text
        prev_block = True
    if text != text.rstrip():
        errors.append(f"{pg.id}: page text ends with whitespace before the final newline")
    if not 3 <= len(segs) <= 8:
        warnings.append(f"{pg.id}: {len(segs)} reports")
    gold = {
        "id": pg.id, "type": "page", "assembled": False, "source": None, "outlet": pg.outlet, "date": pg.date,
        "title": pg.title, "page_header": header,
    }
    if trailing is not None:
        gold["trailing_fragment"] = trailing
    gold.update({"layout": pg.layout, "imitates": pg.imitates, "layout_markers": markers,
                 "truncated": pg.truncated, "chars": len(text), "note": pg.note, "segments": segs})
    if pg.truncated and trailing is None and not any(s["truncated"] for s in segs[-1:]):
        warnings.append(f"{pg.id}: page truncated but its last report is not")
    return text + "\n", gold


def build_article(ar, geo, errors, warnings):
    seg = build_segment(ar.seg, 0, geo, errors, warnings, ar.id)
    gold = {"id": ar.id, "type": "article", "source": None, "outlet": ar.outlet, "date": ar.date,
            "layout": ar.layout, "imitates": ar.imitates}
    for k in ("title", "kicker", "subtitle", "byline", "truncated", "in_zhejiang", "primary_county"):
        gold[k] = seg[k]
    if seg["primary_county"] is None:
        gold["scope"] = seg["scope"]
        gold["city"] = seg["city"]
        if "province" in seg:
            gold["province"] = seg["province"]
    for k in ("township", "township_code", "townships_mentioned", "other_places", "metrics", "excluded"):
        gold[k] = seg[k]
    if "township_code_outside" in seg:
        gold["township_code_outside"] = seg["township_code_outside"]
    gold["edge_case"] = seg["edge_case"]
    gold["note"] = ar.note if ar.note else seg["note"]
    gold["chars"] = len(ar.seg.text)
    return ar.seg.text + "\n", gold


def load_sources():
    pages, articles = [], []
    for fn in sorted(os.listdir(os.path.join(HERE, "src"))):
        if fn.startswith("pages_") and fn.endswith(".py"):
            pages += importlib.import_module("src." + fn[:-3]).PAGES
        elif fn == "articles.py":
            articles += importlib.import_module("src.articles").ARTICLES
    return pages, articles


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the files on disk differ from a fresh build")
    a = ap.parse_args()
    geo = Geo(geo_dir())
    errors, warnings = [], []
    for name, adcode, city in COUNTY_TABLE:
        p = geo.counties.get(adcode)
        if p is None or p["name"] != name or p["city_name"] != city:
            errors.append(f"src/common.py county table: {name} {adcode} {city} does not match data/geo")
    pages, articles = load_sources()
    files, gold_pages, gold_articles = {}, [], []
    seen = set()
    for pg in pages:
        if pg.id in seen:
            errors.append(f"duplicate id {pg.id}")
        seen.add(pg.id)
        t, g = build_page(pg, geo, errors, warnings)
        files[os.path.join("pages", pg.id + ".txt")] = t
        gold_pages.append(g)
    for ar in articles:
        if ar.id in seen:
            errors.append(f"duplicate id {ar.id}")
        seen.add(ar.id)
        t, g = build_article(ar, geo, errors, warnings)
        files[os.path.join("articles", ar.id + ".txt")] = t
        gold_articles.append(g)
    files["gold-pages.json"] = json.dumps(gold_pages, ensure_ascii=False, indent=1) + "\n"
    if gold_articles:
        files["gold-articles.json"] = json.dumps(gold_articles, ensure_ascii=False, indent=1) + "\n"
    if warnings:
        print("warnings:\n  " + "\n  ".join(warnings))
    if errors:
        print("ERRORS:\n  " + "\n  ".join(errors))
        sys.exit(1)
    if a.check:
        stale = [p for p, t in files.items()
                 if not os.path.exists(os.path.join(HERE, p)) or open(os.path.join(HERE, p), encoding="utf-8").read() != t]
        for sub in ("pages", "articles"):
            d = os.path.join(HERE, sub)
            if os.path.isdir(d):
                stale += [os.path.join(sub, f) for f in os.listdir(d) if os.path.join(sub, f) not in files]
        if stale:
            print("out of date (run build_gold.py): " + ", ".join(sorted(stale)))
            sys.exit(1)
    else:
        for sub in ("pages", "articles"):
            d = os.path.join(HERE, sub)
            if os.path.isdir(d):
                for f in os.listdir(d):
                    if os.path.join(sub, f) not in files:
                        os.remove(os.path.join(d, f))
        for p, t in files.items():
            os.makedirs(os.path.dirname(os.path.join(HERE, p)) or HERE, exist_ok=True)
            with open(os.path.join(HERE, p), "w", encoding="utf-8") as f:
                f.write(t)
    report(gold_pages, gold_articles)


def short(name):
    if name == "景宁畲族自治县":
        return "景宁"
    return name[:-1] if len(name) > 2 else name


def report(pages, articles):
    segs = [s for g in pages for s in g["segments"]]
    items = segs + articles
    allm = [m for s in items for m in s["metrics"]]
    core = sum(1 for m in allm if not m.get("borderline"))
    counties = Counter(s["primary_county"]["adcode"] for s in items if s["primary_county"] and s["in_zhejiang"])
    cities = {c[:4] for c in counties}
    scopes = Counter(s.get("scope") for s in items if s["primary_county"] is None)
    outside = sum(1 for s in items if not s["in_zhejiang"])
    tcodes = sum(1 for s in items if s.get("township_code"))
    layouts = Counter(g["layout"] for g in pages)
    print(f"ok: {len(pages)} pages, {len(segs)} reports (3-8 each: "
          f"{sum(1 for g in pages if 3 <= len(g['segments']) <= 8)}/{len(pages)}), {len(articles)} articles; "
          f"{len(allm)} metrics ({core} core, {len(allm) - core} borderline, "
          f"{sum(1 for m in allm if m['approx'])} approx, {sum(1 for m in allm if 'value_max' in m)} ranges); "
          f"{len(counties)} Zhejiang primary counties in {len(cities)} cities; "
          f"scope city {scopes.get('city', 0)}, province {scopes.get('province', 0)}; {outside} outside Zhejiang; "
          f"{tcodes} township codes")
    print("layouts: " + ", ".join(f"{k} {v}" for k, v in sorted(layouts.items())))


if __name__ == "__main__":
    main()
