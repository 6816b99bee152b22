#!/usr/bin/env python3
"""Build held-out set 2 from its marked-up source (source.py) and check every label.

  python3 lib/eval/heldout2/build_gold.py          # write pages/, articles/, gold-*.json
  python3 lib/eval/heldout2/build_gold.py --check  # rebuild in memory; exit 1 if the files on disk differ

Why a build: every metric is written inline in the text as [[text|value|unit|flags|label|note]], so its
offsets are computed, never typed, and cannot drift from the text. flags: a = approximate,
b = borderline; value `x~y` is a range (value, value_max). Place names are checked against the township
gazetteer ../shared/data/geo/zhejiang-townships.csv (9-digit codes come from it). The script exits 1 on
any inconsistency: a metric that is the head/tail of a longer number, leftover markup, a township that
is not under its county or not named in its report, an excluded string that is not in the text,
overlapping or undeclared text on a page, or an offset that does not hold in the written file.
Standard library only.
"""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from source import PAGES, ARTICLES  # noqa: E402

GAZ = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "geo", "zhejiang-townships.csv"))
if not os.path.exists(GAZ):
    GAZ = "/work/shared/data/geo/zhejiang-townships.csv"
MARK = re.compile(r"\[\[(.*?)\]\]")
NUMCH = set("0123456789.．０１２３４５６７８９")
CITY = {"330100": "杭州市", "330200": "宁波市", "330300": "温州市", "330400": "嘉兴市", "330500": "湖州市",
        "330600": "绍兴市", "330700": "金华市", "330800": "衢州市", "330900": "舟山市", "331000": "台州市",
        "331100": "丽水市"}
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def load_gazetteer():
    rows = list(csv.DictReader(open(GAZ, encoding="utf-8")))
    counties = {r["county_adcode"]: (r["county_name"], r["city_name"]) for r in rows}
    towns = {(r["county_adcode"], r["name"]): r["code"] for r in rows}
    return counties, towns


COUNTIES, TOWNS = load_gazetteer()


def parse(markup, where):
    """Plain text and metrics (offsets relative to the plain text)."""
    out, metrics, pos, n = [], [], 0, 0
    for m in MARK.finditer(markup):
        chunk = markup[pos:m.start()]
        out.append(chunk)
        n += len(chunk)
        parts = m.group(1).split("|")
        if len(parts) < 5:
            err(where, f"metric markup needs text|value|unit|flags|label: {m.group(0)}")
            parts += [""] * (5 - len(parts))
        text, value, unit, flags, label = parts[:5]
        note = parts[5] if len(parts) > 5 else None
        item = {"text": text, "unit": unit, "approx": "a" in flags, "label": label}
        try:
            if "~" in value:
                lo, hi = value.split("~")
                item["value"], item["value_max"] = num(lo), num(hi)
            else:
                item["value"] = num(value)
        except ValueError:
            err(where, f"bad value {value!r} in {m.group(0)}")
        if set(flags) - set("ab"):
            err(where, f"bad flags {flags!r} in {m.group(0)}")
        if "b" in flags:
            item["borderline"] = True
        if note:
            item["note"] = note
        item["start"], item["end"] = n, n + len(text)
        out.append(text)
        n += len(text)
        metrics.append(item)
        pos = m.end()
    out.append(markup[pos:])
    plain = "".join(out)
    for bad in ("[[", "]]", "|"):
        if bad in plain:
            err(where, f"leftover markup {bad!r}")
    return plain, metrics


def num(s):
    v = float(s)
    return int(v) if v == int(v) and "." not in s else v


def place_fields(meta, text, where):
    """County, township and other place fields of one report or article."""
    f = {}
    if meta.get("outside"):
        f["primary_county"] = meta["outside"]
        f["in_zhejiang"] = False
    elif meta.get("county"):
        ad = meta["county"]
        if ad not in COUNTIES:
            err(where, f"unknown county adcode {ad}")
            name, city = "?", "?"
        else:
            name, city = COUNTIES[ad]
        f["primary_county"] = {"name": name, "adcode": ad, "city": city}
        f["in_zhejiang"] = True
    else:
        scope = meta.get("scope")
        if scope not in ("city", "province"):
            err(where, "no county and no scope")
        f["primary_county"] = None
        f["scope"] = scope
        if scope == "city":
            c = meta["city"]
            f["city"] = {"name": CITY[c], "level": "city", "adcode": c}
        else:
            f["province"] = {"name": "浙江省", "adcode": "330000"}
        f["in_zhejiang"] = True
    twp = meta.get("twp")
    f["township"] = twp or meta.get("twp_old")
    f["township_code"] = None
    county = meta.get("county")
    if twp:
        code = TOWNS.get((county, twp))
        if not code:
            err(where, f"township {twp} is not under county {county}")
        f["township_code"] = code
        if stem(twp) not in text:
            err(where, f"township {twp} (stem {stem(twp)}) not named in the text")
    if meta.get("twp_old") and meta["twp_old"] not in text:
        err(where, f"old township name {meta['twp_old']} not in the text")
    mentioned = []
    for t in meta.get("tm", [twp] if twp else []):
        name, _, ad = t.partition("@")
        ad = ad or county
        code = TOWNS.get((ad, name))
        if not code:
            err(where, f"mentioned township {name} not under {ad}")
        if stem(name) not in text:
            err(where, f"mentioned township {name} not named in the text")
        mentioned.append(name)
    f["townships_mentioned"] = mentioned
    f["other_places"] = [dict(zip(("name", "level", "note"), o)) for o in meta.get("other", [])]
    for o in f["other_places"]:
        if o["name"] not in text:
            err(where, f"other place {o['name']} not in the text")
    return f


def stem(name):
    for suf in ("畲族镇", "畲族乡", "街道", "镇", "乡"):
        if name.endswith(suf) and len(name) > len(suf) + 1:
            return name[: -len(suf)]
    return name


def check_metrics(text, metrics, where):
    for m in metrics:
        s, e = m["start"], m["end"]
        if text[s:e] != m["text"]:
            err(where, f"offset {s}:{e} holds {text[s:e]!r}, not {m['text']!r}")
        if m["text"] and m["text"][0] in NUMCH and s > 0 and text[s - 1] in NUMCH:
            err(where, f"{m['text']!r} is the tail of a longer number")
        if m["text"] and m["text"][-1] in NUMCH and e < len(text) and text[e] in NUMCH:
            err(where, f"{m['text']!r} is the head of a longer number")
        if not m["label"]:
            err(where, f"{m['text']!r} has no label")


def check_excluded(text, excluded, where):
    for x in excluded:
        t = x.split("(")[0]
        if t not in text:
            err(where, f"excluded {t!r} not in the text")


COMMON = ("title", "kicker", "subtitle", "byline", "outlet", "date", "truncated", "edge_case", "note")


def build_page(p):
    pid = p["id"]
    pieces, segs, markers = [], [], set()
    header = p.get("header", "")
    pieces.append(header)
    pos = len(header)
    for k, s in enumerate(p["segments"]):
        where = f"{pid}/{k}"
        if k:
            j = s.get("jn", p.get("joiner", "\n\n"))
            pieces.append(j)
            pos += len(j)
        mk = s.get("mk", p.get("marker", ""))
        if mk:
            markers.add(mk)
            pieces.append(mk)
            pos += len(mk)
        plain, metrics = parse(s["t"], where)
        if not plain.strip() or plain != plain.strip():
            err(where, "segment is empty or starts/ends with whitespace")
        for m in metrics:
            m["start"] += pos
            m["end"] += pos
        seg = {key: s.get(key) for key in COMMON}
        seg["truncated"] = bool(s.get("truncated"))
        seg.update(place_fields(s, plain, where))
        seg["metrics"] = metrics
        seg["excluded"] = s.get("ex", [])
        check_excluded(plain, seg["excluded"], where)
        seg["start"], seg["end"] = pos, pos + len(plain)
        segs.append(seg)
        pieces.append(plain)
        pos += len(plain)
    footer = p.get("footer", "")
    pieces.append(footer)
    text = "".join(pieces) + "\n"
    for k, seg in enumerate(segs):
        check_metrics(text, seg["metrics"], f"{pid}/{k}")
    item = {"id": pid, "type": "page", "assembled": False, "outlet": p["outlet"], "date": p.get("date"),
            "title": p.get("title"), "layout": p["layout"], "page_header": header or None,
            "page_footer": footer.strip() or None, "layout_markers": sorted(markers),
            "truncated": bool(p.get("truncated")), "note": p.get("note"), "chars": len(text) - 1,
            "segments": segs}
    return item, text


def build_article(a):
    aid = a["id"]
    plain, metrics = parse(a["t"], aid)
    text = plain + "\n"
    check_metrics(text, metrics, aid)
    item = {"id": aid, "type": "article"}
    item.update({key: a.get(key) for key in COMMON})
    item["truncated"] = bool(a.get("truncated"))
    item.update(place_fields(a, plain, aid))
    item["metrics"] = metrics
    item["excluded"] = a.get("ex", [])
    check_excluded(plain, item["excluded"], aid)
    item["chars"] = len(plain)
    if not 150 <= len(plain) <= 450:
        err(aid, f"{len(plain)} characters, outside 150-450")
    return item, text


def main():
    check = "--check" in sys.argv
    outputs = {}
    pages, arts = [], []
    ids = set()
    for p in PAGES:
        item, text = build_page(p)
        pages.append(item)
        outputs[os.path.join("pages", p["id"] + ".txt")] = text
        ids.add(p["id"])
    for a in ARTICLES:
        item, text = build_article(a)
        arts.append(item)
        outputs[os.path.join("articles", a["id"] + ".txt")] = text
    if len(ids) != len(PAGES):
        err("set", "duplicate page ids")
    outputs["gold-pages.json"] = json.dumps(pages, ensure_ascii=False, indent=1) + "\n"
    outputs["gold-articles.json"] = json.dumps(arts, ensure_ascii=False, indent=1) + "\n"
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        return 1
    if check:
        bad = [rel for rel, body in outputs.items()
               if not os.path.exists(os.path.join(HERE, rel))
               or open(os.path.join(HERE, rel), encoding="utf-8").read() != body]
        if bad:
            print("out of date or edited by hand: " + ", ".join(bad))
            return 1
    else:
        for rel, body in outputs.items():
            path = os.path.join(HERE, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(body)
    # read back what is on disk and check every offset against it
    for item in pages:
        text = open(os.path.join(HERE, "pages", item["id"] + ".txt"), encoding="utf-8").read()
        for k, seg in enumerate(item["segments"]):
            check_metrics(text, seg["metrics"], f"{item['id']}/{k} (file)")
    for item in arts:
        text = open(os.path.join(HERE, "articles", item["id"] + ".txt"), encoding="utf-8").read()
        check_metrics(text, item["metrics"], f"{item['id']} (file)")
    if errors:
        print("\n".join(errors))
        return 1
    segs = [s for p in pages for s in p["segments"]]
    ms = [m for s in segs for m in s["metrics"]] + [m for a in arts for m in a["metrics"]]
    core = sum(1 for m in ms if not m.get("borderline"))
    print(f"pages {len(pages)}, reports {len(segs)}, articles {len(arts)}, metrics {len(ms)} "
          f"({core} core, {len(ms) - core} borderline); offsets checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
