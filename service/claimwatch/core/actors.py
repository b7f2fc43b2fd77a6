"""Actor recognition: states, armed groups and foreign nationals in a sentence.

States are recognised from the gazetteer's country table (names, aliases,
demonyms, capitals as metonyms) so that every country is covered without a
hand-written list; ``data/actors.json`` adds what a gazetteer does not hold:
government metonyms ("the Pentagon"), armed groups and private military
companies, and the nouns that turn a demonym into individual foreign nationals
("Nepali mercenaries" -> "Nepali fighters"). Matching is a dictionary lookup of
capitalised token n-grams: linear in the sentence and free of regex alternations
over thousands of names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Protocol

from claimwatch.models import Actor, ActorKind


class CountryLike(Protocol):
    """What actor recognition needs from the gazetteer's country table."""

    @property
    def iso2(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> Sequence[str]: ...
    @property
    def demonyms(self) -> Sequence[str]: ...
    @property
    def capital(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class ActorEntry:
    actor: Actor
    form: str  # "name" | "demonym" | "metonym" | "group"
    sponsor: str | None = None  # groups: the state whose nationals usually fill them
    demonym: str | None = None  # states: the demonym, for "<demonym> fighters"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a sentence; ``end`` excludes a possessive "'s"."""

    start: int
    end: int
    text: str
    entry: ActorEntry
    possessive: bool

    @property
    def actor(self) -> Actor:
        return self.entry.actor


_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z.'’]*(?:-[A-Za-z]+)*")
_MAX_NGRAM = 7
_CONNECTORS = frozenset({"of", "the", "al", "de", "and", "for", "in", "People's", "people's"})


def _norm(s: str) -> str:
    return s.replace("’", "'").strip()


@cache
def _data() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(resources.files("claimwatch.data").joinpath("actors.json").read_text("utf-8"))
    return raw


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


class ActorIndex:
    """Looks up actor names in text. Build once (from the gazetteer's countries) and share."""

    def __init__(self, countries: Iterable[CountryLike]) -> None:
        data = _data()
        self._exact: dict[str, ActorEntry] = {}  # all-caps codes, matched as written
        self._lower: dict[str, ActorEntry] = {}
        self._states: dict[str, ActorEntry] = {}
        preferred: dict[str, str | None] = data["preferred_demonyms"]
        countries = list(countries)
        # Pass 1: names and aliases, so that a demonym never shadows a name.
        for c in countries:
            code = c.iso2.upper()
            dem = c.demonyms[0] if c.demonyms else None
            entry = ActorEntry(Actor(name=c.name, code=code, kind=ActorKind.state), "name", demonym=dem)
            self._states[code] = entry
            for n in (c.name, *c.aliases):
                self._add(n, entry)
        for c in countries:
            code = c.iso2.upper()
            state = self._states[code]
            for d in c.demonyms:
                key = _norm(d).lower()
                if key in preferred and preferred[key] != code:
                    continue
                self._add(d, ActorEntry(state.actor, "demonym", demonym=d))
            if c.capital:
                self._add(c.capital, ActorEntry(state.actor, "metonym", demonym=state.demonym))
        for key, pcode in preferred.items():
            if pcode and pcode in self._states:
                st = self._states[pcode]
                self._add(key.title(), ActorEntry(st.actor, "demonym", demonym=st.demonym or key.title()))
        aliases: dict[str, list[str]] = data["state_aliases"]
        for code, names in aliases.items():
            found = self._states.get(code)
            if found is None:
                continue
            for n in names:
                self._add(n, ActorEntry(found.actor, "metonym", demonym=found.demonym))
        groups: list[dict[str, Any]] = data["groups"]
        for g in groups:
            actor = Actor(name=str(g["name"]), code=str(g["code"]), kind=ActorKind.group)
            sponsor = g.get("sponsor")
            entry = ActorEntry(actor, "group", sponsor=str(sponsor) if sponsor else None)
            for n in g["aliases"]:
                self._add(str(n), entry, override=True)
        self.nationals_nouns: frozenset[str] = frozenset(data["nationals_nouns"])

    def _add(self, name: str, entry: ActorEntry, override: bool = False) -> None:
        n = _norm(name)
        if not n:
            return
        if n.startswith("the "):
            n = n[4:]
        bare = n.replace(".", "")
        if bare.isupper() and len(bare) <= 6:
            if override or n not in self._exact:
                self._exact[n] = entry
            return
        key = n.lower()
        if override or key not in self._lower:
            self._lower[key] = entry

    def state(self, iso2: str) -> ActorEntry | None:
        return self._states.get(iso2.upper())

    def find(self, text: str) -> list[ActorMention]:
        """Non-overlapping actor mentions, longest first at each capitalised token."""
        toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN_RE.finditer(text)]
        out: list[ActorMention] = []
        i = 0
        n = len(toks)
        while i < n:
            s0, _, t0 = toks[i]
            if not t0[0].isupper():
                i += 1
                continue
            found: tuple[int, ActorEntry, int] | None = None  # (j, entry, end)
            hi = min(n, i + _MAX_NGRAM)
            for j in range(hi - 1, i - 1, -1):
                last_tok = toks[j][2]
                if j > i and not last_tok[0].isupper() and last_tok not in ("Corps",):
                    continue
                # the n-gram must be contiguous words separated by single spaces
                phrase = text[s0 : toks[j][1]]
                if "  " in phrase or "\n" in phrase or "," in phrase:
                    continue
                cand, end = self._lookup(phrase, s0)
                if cand is not None:
                    found = (j, cand, end)
                    break
            if found is None:
                # hyphenated compounds: "Wagner-linked", "Russia-friendly"
                head = t0.split("-")[0]
                if head != t0:
                    cand, end = self._lookup(head, s0)
                    if cand is not None:
                        out.append(ActorMention(s0, end, text[s0:end], cand, False))
                i += 1
                continue
            j, entry, end = found
            poss = text.startswith(("'s", "’s"), end) or text.startswith(("'", "’"), end)
            out.append(ActorMention(s0, end, text[s0:end], entry, poss))
            i = j + 1
        return out

    def _lookup(self, phrase: str, start: int) -> tuple[ActorEntry | None, int]:
        p = _norm(phrase)
        for cand in (p, p[:-2] if p.endswith("'s") else None, p[:-1] if p.endswith("'") else None):
            if not cand:
                continue
            stripped = cand.rstrip(".") if not cand.endswith(".S.") else cand
            for c in (cand, stripped):
                e = self._exact.get(c)
                if e is None and not c.replace(".", "").isupper():
                    e = self._lower.get(c.lower())
                if e is not None:
                    return e, start + len(c)
        return None, start

    def nationals(self, entry: ActorEntry) -> Actor:
        """The "<demonym> fighters" actor for a state's nationals fighting for another side."""
        dem = entry.demonym or entry.actor.name
        return Actor(name=f"{dem} fighters", code=f"{entry.actor.code.lower()}-fighters", kind=ActorKind.nationals)


def group_sponsor(entry: ActorEntry) -> str | None:
    return entry.sponsor


def slug(s: str) -> str:
    """A stable code for an actor without an ISO code."""
    return _slug(s)
