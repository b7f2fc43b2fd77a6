"""Place lookup in text over a committed, pre-distilled gazetteer.

The data comes from ``tools/gen_gazetteer.py`` (GeoNames cities and countries, admin-1
units, a curated table of English admin forms, macro-regions and bases). At runtime we
only read ``data/gazetteer.json.gz`` once: the source packages are hundreds of MB and
slow to index, while the distilled file loads in a fraction of a second.

Matching is an Aho-Corasick scan over lowercased names. Most raw hits of a worldwide
gazetteer are ordinary words that happen to be towns, so hits are kept only when
written with a capital (curated lowercase forms such as "eastern Russia" excepted),
sit on word boundaries, and are not a person's surname ("Lloyd Austin").
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass
from importlib import resources
from typing import Any

import ahocorasick

from claimwatch.core.text import lower_keeping_offsets
from claimwatch.models import Location

KIND_RANK = {"country": 0, "admin1": 1, "macro": 2, "site": 3, "city": 4}
FLAG_LOWER_OK = 1
FLAG_EXACT_CASE = 2
# A big city outranks a same-named admin-1 unit elsewhere: "Washington" is the capital
# in news copy far more often than the state.
BIG_CITY_POP = 300_000
# Capitalised words that may precede a place name without making it part of a
# person's name: prepositions in title-case headlines, articles, conjunctions.
_LEAD_OK = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "at",
        "to",
        "from",
        "near",
        "of",
        "and",
        "or",
        "for",
        "on",
        "into",
        "onto",
        "toward",
        "towards",
        "across",
        "along",
        "around",
        "via",
        "by",
        "with",
        "outside",
        "inside",
        "within",
        "between",
        "through",
        "over",
        "under",
        "beyond",
        "behind",
        "beside",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "greater",
        "upper",
        "lower",
        "old",
        "new",
        "fort",
        "port",
        "saint",
        "st",
        "lake",
        "mount",
        "cape",
        "camp",
    ]
)
#: Where a place name written with a capital or a digit may start: a character after a
#: non-word character that is not ASCII lowercase, punctuation or space. A superset of
#: "isupper() or isdigit()" (which find tests exactly), including non-ASCII characters
#: such as the circled capitals that are uppercase but not word characters.
#: The class comes first and the look-behind (no word character before it) after, so
#: that the regex engine skips ahead by the class instead of testing every position.
_CAPITAL_START_RE = re.compile(r"[^a-z_\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f](?<!\w[\s\S])")
#: A capital's whole word (``_CAPITAL_START_RE`` and the word characters after it): a name can end only at a
#: word end, so the characters before the word's end need no end test. Lower-casing never changes whether a
#: character is a word character (checked over all of Unicode for the characters ``_normalise`` lowers, and
#: its replacements are all non-word), so the word's end in ``text`` is its end in ``low``.
_CAPITAL_WORD_RE = re.compile(_CAPITAL_START_RE.pattern + r"\w*")
#: Entries a lookup cache keeps before it starts afresh.
_CACHE_MAX = 50_000
_SENTENCE_END = frozenset(".!?:;\"“”'‘’([—–-")


@dataclass(frozen=True, slots=True)
class Place:
    key: str
    name: str
    kind: str
    country_code: str | None
    admin1: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None
    population: int = 0


# Not frozen, for the cost of building one: see ``text.Sentence``.
@dataclass(slots=True, unsafe_hash=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


@dataclass(frozen=True, slots=True)
class CountryInfo:
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None


def _normalise(text: str) -> str:
    """Lowercase without changing length, so hit offsets are offsets into the original."""
    return (
        lower_keeping_offsets(text)
        .replace("’", "'")
        .replace("‘", "'")
        .replace("\n", " ")
        .replace("\t", " ")
        .replace("\r", " ")
        .replace("\xa0", " ")
    )


def _looks_like_person(text: str, start: int) -> bool:
    """'Lloyd Austin', 'Secretary Austin': a capitalised non-place word right before a
    town name, mid-sentence, makes the town a surname."""
    j = start - 1
    if j < 0 or text[j] != " ":
        return False
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in ".'"):
        k -= 1
    word = text[k:j]
    if word.endswith(".") and len(word) > 3:
        return False  # the previous sentence ended there
    word = word.rstrip(".")
    if not word or not word[0].isupper() or word.isupper() or word.lower() in _LEAD_OK:
        return False
    if word.endswith("'s"):
        return False  # "Ukraine's Bakhmut area": the country that holds the town, no first name
    # A sentence-initial capital says nothing about the word.
    b = k - 1
    while b >= 0 and text[b] == " ":
        b -= 1
    return not (b < 0 or text[b] in _SENTENCE_END or text[b] == "\n")


def _followed_by_surname(text: str, end: int) -> bool:
    """'Vladimir Putin said', 'Washington Post reported': a capitalised word after a town
    name, followed in turn by a lowercase word, makes the town a first name or a title.
    A run of capitals ("Kursk Sees Fighting") is a headline and says nothing."""
    words = text[end : end + 80].split(None, 5)
    if len(words) < 2 or not text[end : end + 1].isspace():
        return False
    if "\n" in text[end : text.find(words[0], end)]:
        return False  # a table's or list's last cell: the next line's first word is no surname
    nxt = words[0]
    if not nxt[:1].isupper() or nxt.isupper() or nxt.lower().strip(".,;:") in _LEAD_OK:
        return False
    if not nxt.isalpha():
        return False
    # "Vladimir Padrino Lopez, said": up to two more capitalised names, the last one set off by a comma
    for i, w in enumerate(words[1:4], start=1):
        if w[:1].islower():
            return i == 1 or words[i - 1].endswith(",")
        if not (w[:1].isupper() and w.rstrip(",").isalpha() and not w.isupper()):
            return False
    return False


def _hyphen_head(text: str, end: int, starts: Set[int]) -> bool:
    """'Sam-Ouandja', 'Pantsir-S1', 'Baden-Wuerttemberg': a town name joined by a hyphen to a capitalised word
    that is no place is only the first part of a longer name (an unlisted town, a weapon, a ship). A pair of
    places ("the Nimule-Juba road", "the Iran-Iraq border") keeps both."""
    return text.startswith("-", end) and text[end + 1 : end + 2].isupper() and end + 1 not in starts


def _data_bytes(name: str) -> bytes:
    return (resources.files("claimwatch") / "data" / name).read_bytes()


class Gazetteer:
    """Immutable after construction; share one instance (``Gazetteer.load()``)."""

    def __init__(self, data: dict[str, Any]) -> None:
        cols = data["places"]
        self._p_key: list[str] = cols["key"]
        self._p_name: list[str] = cols["name"]
        self._p_kind: list[str] = cols["kind"]
        self._p_cc: list[str | None] = cols["country_code"]
        self._p_admin1: list[str | None] = cols["admin1"]
        self._p_gid: list[int | None] = cols["geonames_id"]
        self._p_lat: list[float | None] = cols["lat"]
        self._p_lon: list[float | None] = cols["lon"]
        self._p_pop: list[int] = cols["population"]
        self._place_cache: dict[int, Place] = {}
        #: ``_best``'s picks among a name's places, and the countries of those places (both bounded, _CACHE_MAX)
        self._best_cache: dict[tuple[int, str, frozenset[str]], Place] = {}
        self._cand_countries: dict[int, frozenset[str]] = {}
        #: capitalised words (lower-cased) by whether no name starts with them (``_raw_hits``; bounded, _CACHE_MAX)
        self._dead_words: dict[str, bool] = {}
        #: A place name's vote depends on the name alone (see _vote): the same few hundred names recur item after item.
        self._vote_cache: dict[int, str | None] = {}
        names: list[str] = data["names"].split("\n")
        self._name_len = [len(n) for n in names]
        self._name_places: list[int | list[int]] = data["name_places"]
        self._name_flags: dict[int, int] = {int(k): v for k, v in data["name_flags"].items()}
        self._demonyms: dict[str, str] = data["demonyms"]
        auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for i, low in enumerate(names):
            auto.add_word(low, i)
        self._demonym_base = len(names)
        self._demonym_list: list[str] = []
        for low in self._demonyms:
            if low not in auto:
                auto.add_word(low, self._demonym_base + len(self._demonym_list))
                self._demonym_list.append(low)
        auto.make_automaton()
        self._auto = auto
        # For find(): the longest key, and the few names that may be written in lowercase in an
        # automaton of their own; exact lookups go to the trie itself (``auto.get``), which spares a
        # dict of every name (~13 MB). (Built from the small tables only: start-up matters, see Gazetteer.load.)
        self._max_key = max(max(self._name_len, default=0), max(map(len, self._demonym_list), default=0))
        lower_ok = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for i, flags in self._name_flags.items():
            if flags & FLAG_LOWER_OK and auto.get(names[i], None) == i:
                lower_ok.add_word(names[i], i)
        lower_ok.make_automaton()
        self._lower_ok_auto = lower_ok
        self._key_index = {k: i for i, k in enumerate(self._p_key)}
        self._country_idx = {
            cc: i for i, (cc, kind) in enumerate(zip(self._p_cc, self._p_kind, strict=True)) if kind == "country" and cc
        }
        self._macro_admin1: dict[str, frozenset[str]] = {}
        self._macro_countries: dict[str, frozenset[str]] = {}
        self._countries_cache: list[CountryInfo] | None = None
        self._capital_cache: frozenset[int] | None = None
        for key, members in data["macro_members"].items():
            self._macro_admin1[key] = frozenset(members["admin1"])
            self._macro_countries[key] = frozenset(members["countries"])

    def _place(self, i: int) -> Place:
        p = self._place_cache.get(i)
        if p is None:
            p = Place(
                self._p_key[i],
                self._p_name[i],
                self._p_kind[i],
                self._p_cc[i],
                self._p_admin1[i],
                self._p_gid[i],
                self._p_lat[i],
                self._p_lon[i],
                self._p_pop[i],
            )
            self._place_cache[i] = p
        return p

    def _cands(self, name_idx: int) -> list[int]:
        c = self._name_places[name_idx]
        return [c] if isinstance(c, int) else c

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> Gazetteer:
        return cls(json.loads(gzip.decompress(_data_bytes("gazetteer.json.gz"))))

    # ---- lookup ---------------------------------------------------------------------

    def place(self, key: str) -> Place | None:
        i = self._key_index.get(key)
        return None if i is None else self._place(i)

    def country(self, iso2: str) -> Place | None:
        i = self._country_idx.get(iso2.upper())
        return None if i is None else self._place(i)

    # Built on first need (start-up matters) and kept in plain attributes, not ``functools.cached_property``:
    # a class compiled by mypyc has no instance ``__dict__`` for it to cache in, and would rebuild them per call.
    @property
    def _countries(self) -> list[CountryInfo]:
        if self._countries_cache is None:
            rows = json.loads(_data_bytes("countries.json"))
            self._countries_cache = [
                CountryInfo(r["iso2"], r["name"], tuple(r["aliases"]), tuple(r["demonyms"]), r["capital"])
                for r in rows
            ]
        return self._countries_cache

    @property
    def _capital_idx(self) -> frozenset[int]:
        """Cities that are their country's capital, for ``_best``."""
        if self._capital_cache is None:
            self._capital_cache = self._capitals()
        return self._capital_cache

    def _capitals(self) -> frozenset[int]:
        capitals = {(c.iso2, _normalise(c.capital or "")) for c in self._countries}
        return frozenset(
            i
            for i, (kind, cc, name) in enumerate(zip(self._p_kind, self._p_cc, self._p_name, strict=True))
            if kind == "city" and (cc, _normalise(name)) in capitals
        )

    def countries(self) -> list[CountryInfo]:
        return list(self._countries)

    def _rank(self, i: int, context: Set[str]) -> tuple[int, int, int]:
        kind = KIND_RANK[self._p_kind[i]]
        pop = self._p_pop[i]
        if kind == KIND_RANK["city"] and pop >= BIG_CITY_POP:
            kind = KIND_RANK["admin1"]
        cc = self._p_cc[i]
        return (1 if cc is not None and cc in context else 0, -kind, pop)

    def _best(self, name_idx: int, context: Set[str], written: str = "") -> Place:
        c = self._name_places[name_idx]
        if isinstance(c, int):
            return self._place(c)
        # The pick reads the context only through which of the candidates' countries it holds (``_rank``, the
        # capital test), so it is cached under the name, its written form and those countries.
        ccs = self._cand_countries.get(name_idx)
        if ccs is None:
            if len(self._cand_countries) >= _CACHE_MAX:
                self._cand_countries.clear()
            ccs = self._cand_countries[name_idx] = frozenset(cc for i in c if (cc := self._p_cc[i]) is not None)
        key = (name_idx, written, ccs.intersection(context))
        got = self._best_cache.get(key)
        if got is None:
            if len(self._best_cache) >= _CACHE_MAX:
                self._best_cache.clear()
            got = self._best_cache[key] = self._pick(c, context, written)
        return got

    def _pick(self, c: list[int], context: Set[str], written: str) -> Place:
        """``_best`` for a name of several places (``c``)."""
        # Context decides among peers, but a town never beats a country of the same
        # name: "Chad" in a story about Russia is still the country.
        if any(self._p_kind[i] == "country" for i in c):
            c = [i for i in c if self._p_kind[i] != "city"]
        elif written and not any(self._p_cc[i] in context for i in c):
            # Without context, a capital called by its own name beats the cities that only list that name among
            # their alternates: "Bridgetown" is Barbados's capital, not Portland, Oregon (a former name).
            own = [i for i in c if i in self._capital_idx and _normalise(self._p_name[i]) == written]
            if own and all(self._p_kind[i] == "city" for i in c):
                return self._place(max(own, key=lambda i: self._rank(i, context)))
        return self._place(max(c, key=lambda i: self._rank(i, context)))

    def lookup(self, name: str, context_countries: Sequence[str] = ()) -> Place | None:
        low = " ".join(_normalise(name).split())
        tries = [low]
        if low.startswith("the "):
            tries.append(low[4:])
        tries += [t[:-2] for t in tries if t.endswith("'s")]
        ctx = {c.upper() for c in context_countries}
        for t in tries:
            i = self._auto.get(t, None)
            if i is not None and i >= self._demonym_base:
                i = None  # a demonym, not a place name
            if i is not None:
                return self._best(i, ctx, t)
        return None

    # ---- text scan ------------------------------------------------------------------

    def _accept(self, text: str, low: str, start: int, end: int, val: int) -> bool:
        """The per-hit filters: word boundaries, then exact-case names and acronyms.
        (The case of the first letter is tested by the callers.)"""
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
            return False
        if end < len(low) and (low[end].isalnum() or low[end] == "_"):
            return False
        flags = self._name_flags.get(val, 0) if val < self._demonym_base else 0
        if flags & FLAG_EXACT_CASE:
            return text[start:end].isupper()
        # "UN", "NIS": an acronym, not a short town name in capitals.
        return not (end - start <= 4 and text[start:end].isupper())

    def _raw_hits(self, text: str, low: str) -> list[tuple[int, int, int]]:
        """Every name or demonym in ``low`` that passes the case and boundary filters,
        as (start, end_exclusive, automaton value), in no particular order.

        A hit must start on a capital or a digit unless its name is one of the few
        curated lowercase forms. So instead of walking all raw Aho-Corasick hits of a
        200k-name gazetteer (hundreds per article: "are", "see", "war"... are towns),
        we look up names only at word starts written with a capital or digit: one trie
        walk (``longest_prefix``) bounds the candidate lengths, then a dict lookup per
        word end within it. The lowercase-allowed names get their own small automaton.
        The result is the same set of hits, found in about a third of the time.
        """
        n = len(low)
        auto = self._auto
        get = auto.get
        max_key = self._max_key
        flags = self._name_flags
        base = self._demonym_base
        raw: list[tuple[int, int, int]] = []
        dead = self._dead_words
        for m in _CAPITAL_WORD_RE.finditer(text):
            start, word_end = m.span()
            first = text[start]
            if not (first.isupper() or first.isdigit()):
                continue
            # A word that is no trie path ("Said", "Tuesday") starts no name: the walk below would stop inside it
            # (``limit`` before the word's end) whatever follows, so the word's verdict is cached.
            word = low[start:word_end]
            is_dead = dead.get(word)
            if is_dead is None:
                if len(dead) >= _CACHE_MAX:
                    dead.clear()
                is_dead = dead[word] = auto.longest_prefix(word) < len(word)
            if is_dead:
                continue
            limit = start + auto.longest_prefix(low[start : start + max_key])
            # No name ends inside the capital's word: its first possible end is the word's end (``\w`` is the
            # same in ``text`` and ``low``, see _CAPITAL_WORD_RE), so the end test starts there.
            for end in range(word_end, limit + 1):
                if end < n and (low[end].isalnum() or low[end] == "_"):
                    continue  # not a word end: the end test of _accept, done before the lookup
                key = low[start:end]
                val = get(key, None)  # a name's or a demonym's value (one trie holds both)
                if val is None:
                    continue
                # _accept's case tests; its boundary tests hold already (the start follows no word
                # character, by _CAPITAL_START_RE; the end is a word end)
                if (flags.get(val, 0) if val < base else 0) & FLAG_EXACT_CASE:
                    if text[start:end].isupper():
                        raw.append((start, end, val))
                elif not (end - start <= 4 and text[start:end].isupper()):
                    raw.append((start, end, val))
        for last, val in self._lower_ok_auto.iter(low):
            start = last - self._name_len[val] + 1
            first = text[start]
            if first.isupper() or first.isdigit():
                continue  # found above
            if self._accept(text, low, start, last + 1, val):
                raw.append((start, last + 1, val))
        return raw

    def find(self, text: str, skip: Sequence[tuple[int, int]] = ()) -> list[PlaceMention]:
        """Place names in ``text``; names inside a ``skip`` span (a ship's name, say) are no places and cast no
        vote on which country an ambiguous name is in."""
        low = _normalise(text)
        n = len(low)
        base = self._demonym_base
        raw = self._raw_hits(text, low)
        if skip and raw:
            raw = [h for h in raw if not any(a < h[1] and h[0] < b for a, b in skip)]
        if not raw:
            return []
        # Longest match wins; among equals the earlier one.
        raw.sort(key=lambda h: (h[0] - h[1], h[0]))
        taken: list[tuple[int, int, int]] = []
        occupied = bytearray(n)
        for s, e, val in raw:
            if occupied.find(1, s, e) >= 0:
                continue
            occupied[s:e] = b"\x01" * (e - s)
            taken.append((s, e, val))
        taken.sort()
        starts = {h[0] for h in taken}

        # Country context: what each hit says about the country, counted so that a hit
        # does not vote for its own reading.
        votes: list[str | None] = []
        counts: Counter[str] = Counter()
        for s, e, val in taken:
            vote = self._vote(low[s:e], val)
            votes.append(vote)
            if vote:
                counts[vote] += 1

        out: list[PlaceMention] = []
        #: the context each hit's own vote leaves (the same for every hit that casts that vote)
        contexts: dict[str | None, set[str]] = {}
        for (s, e, val), vote in zip(taken, votes, strict=True):
            if val >= base:
                continue
            c = self._name_places[val]
            if isinstance(c, int):
                place = self._place(c)
            else:
                ctx = contexts.get(vote)
                if ctx is None:
                    ctx = contexts[vote] = {cc for cc, k in counts.items() if k - (1 if cc == vote else 0) > 0}
                place = self._best(val, ctx, low[s:e])
            if place.kind == "city" and (
                (_looks_like_person(text, s) and not self._demonym_before(low, s))
                or _followed_by_surname(text, e)
                or _hyphen_head(text, e, starts)
            ):
                continue
            out.append(PlaceMention(s, e, text[s:e], place))
        return out

    def _demonym_before(self, low: str, start: int) -> bool:
        """Whether the word right before ``start`` is a demonym ("the North Korean Kursk contingent"): an
        adjective of the town, no first name."""
        k = low.rfind(" ", 0, start - 1)
        if low[k + 1 : start - 1] in self._demonyms:
            return True
        k2 = low.rfind(" ", 0, max(k, 0))
        return k > 0 and low[k2 + 1 : start - 1] in self._demonyms  # ("north korean")

    def _vote(self, low: str, val: int) -> str | None:
        if val >= self._demonym_base:
            return self._demonyms.get(low)
        try:
            return self._vote_cache[val]
        except KeyError:
            vote = self._vote_cache[val] = self._name_vote(val)
            return vote

    def _name_vote(self, val: int) -> str | None:
        """The country a place name speaks for: a country's own, else the one country all its places are in."""
        cands = self._cands(val)
        for i in cands:
            if self._p_kind[i] == "country":
                return self._p_cc[i]
        ccs = {self._p_cc[i] for i in cands}
        return next(iter(ccs)) if len(ccs) == 1 else None

    # ---- contracts -------------------------------------------------------------------

    def to_location(self, mention: PlaceMention) -> Location:
        p = mention.place
        return Location(
            name=p.name,
            country_code=p.country_code,
            admin1=p.admin1,
            geonames_id=p.geonames_id,
            lat=p.lat,
            lon=p.lon,
            text=mention.text,
        )

    def region_holds(self, region: Place, iso2: str) -> bool:
        """Whether a macro-region lists the country ``iso2`` ("Europe" holds Hungary): a state's forces in a
        region that holds the state are at home, not deployed."""
        return region.kind == "macro" and iso2.upper() in self._macro_countries.get(region.key, frozenset())

    def region_countries(self, region: Place) -> frozenset[str]:
        """The countries a macro-region lists (none for a sea or ocean)."""
        return self._macro_countries.get(region.key, frozenset())

    def contains(self, outer: Place, inner: Place) -> bool:
        if outer.key == inner.key:
            return True
        if outer.kind == "country":
            return inner.kind != "country" and inner.country_code == outer.country_code
        if outer.kind == "admin1":
            return (
                inner.kind in ("city", "site")
                and inner.country_code == outer.country_code
                and inner.admin1 == outer.admin1
            )
        if outer.kind == "macro":
            if inner.kind == "macro":
                return False
            countries = self._macro_countries.get(outer.key, frozenset())
            if inner.country_code is not None and inner.country_code in countries:
                return True
            if not countries and outer.country_code is None and inner.kind == "site":
                # a sea or ocean holds no country; a base or island site named next to it lies in it
                # ("Diego Garcia, the base in the Indian Ocean")
                return True
            admin1s = self._macro_admin1.get(outer.key, frozenset())
            return (
                inner.country_code == outer.country_code
                and inner.kind != "country"
                and inner.admin1 is not None
                and inner.admin1 in admin1s
            )
        return False
