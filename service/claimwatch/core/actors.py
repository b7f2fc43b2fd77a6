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
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any, Protocol

import ahocorasick

from claimwatch.core.text import lower_keeping_offsets
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
    theatre: str | None = None  # missions: the country (ISO2) the mission serves in
    home: str | None = None  # armed groups: the country (ISO2) they come from and hold ground in
    #: sponsored groups: the countries where the sponsor's personnel are usually the group's
    operates_in: frozenset[str] = frozenset()


# Not frozen, for the cost of building one: see ``text.Sentence``.
@dataclass(slots=True, unsafe_hash=True)
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
#: a capitalised word right after a name: the name is part of a longer proper name ("Wellington Koo")
#: A name written with a lower-case Arabic article: "al-Qaeda", "al Shabaab", "el-Fasher".
#: A capitalised word right before a mention: the mention goes on another name ("the French 3rd Fleet")
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w.'’-]*[ \t]+$")
_ARTICLE_PREFIX_RE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)[- ][A-Z]")
_NAME_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]")
#: "a group known locally as al-Shabaab": a local namesake of a known group, not that group
_LOCAL_NAME_BEFORE_RE = re.compile(r"\b(?:known[ \t]+locally|locally[ \t]+known)[ \t]+as[ \t]+(?:the[ \t]+)?$")
#: "the North", "the South": a contextual metonym, capitalised after "the", no capitalised word or hyphen after it
#: ("the North's army" is the state's; not "the North-South road")
#: Two or more capitalised words and "on" right before a name: a title that ends in it ("All Eyes on Wagner")
_TITLE_ON_BEFORE_RE = re.compile(r"(?<![\w-])(?:[A-Z][a-z]*[ \t]+){2,}on[ \t]+$")
_CONTEXTUAL_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(North|South)\b(?!-|['’](?!s\b)|[ \t]+[A-Z])")
_CONNECTORS = frozenset({"of", "the", "al", "de", "and", "for", "in", "People's", "people's"})


def _find_all(text: str, word: str) -> list[int]:
    out: list[int] = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _norm(s: str) -> str:
    return s.replace("’", "'").strip()


@cache
def _data() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(resources.files("claimwatch.data").joinpath("actors.json").read_text("utf-8"))
    return raw


def _head(token: str) -> str:
    """First word of a name, lower-cased, without possessive or trailing dot: the index's entry key."""
    w = _norm(token).split(" ", 1)[0].split("-", 1)[0].lower()
    if w.endswith("'s"):
        w = w[:-2]
    return w.rstrip(".'")


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


class ActorIndex:
    """Looks up actor names in text. Build once (from the gazetteer's countries) and share."""

    def __init__(self, countries: Iterable[CountryLike]) -> None:
        data = _data()
        self._exact: dict[str, ActorEntry] = {}  # all-caps codes, matched as written
        self._lower: dict[str, ActorEntry] = {}
        self._states: dict[str, ActorEntry] = {}
        #: capital names: a capital followed by a capitalised word is part of a name ("Wellington Koo",
        #: "Washington Post"), not the government it stands for
        self._capitals: set[str] = set()
        preferred: dict[str, str | None] = data["preferred_demonyms"]
        countries = list(countries)
        # Pass 1: names and aliases, so that a demonym never shadows a name.
        for c in countries:
            code = c.iso2.upper()
            dem = c.demonyms[0] if c.demonyms else None
            entry = ActorEntry(Actor(name=c.name, code=code, kind=ActorKind.state), "name", demonym=dem)
            self._states[code] = entry
            for n in (c.name, *c.aliases):
                if n != c.name and n in c.demonyms:
                    continue  # an adjective among the aliases ("Montenegrin", "Thai"): the demonym pass adds it
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
                self._capitals.add(_norm(c.capital).lower())
        for key, pcode in preferred.items():
            if pcode and pcode in self._states:
                st = self._states[pcode]
                self._add(key.title(), ActorEntry(st.actor, "demonym", demonym=st.demonym or key.title()))
        #: "Iraqi militias": a country's militias, their own actor (``militias``)
        militia = [re.escape(str(n)).replace(r"\ ", r"[ \t]+") for n in data.get("militia_nouns", {}).get("nouns", [])]
        self.militia_after_re: re.Pattern[str] | None = (
            re.compile(r"(?:-[a-z]+)?[ \t]+(?:[a-z-]+[ \t]+)?(?:" + "|".join(militia) + r")\b", re.IGNORECASE)
            if militia
            else None
        )
        #: Weapon models only one state fields ("B-2"): the owner of a count of them whose sentence names none.
        models = {k: str(v) for k, v in data.get("model_owners", {}).items() if not k.startswith("_")}
        self.model_owners: dict[str, str] = models
        self.model_owner_re: re.Pattern[str] | None = (
            re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(models, key=len, reverse=True)) + r")s?(?![\w-])"
            )
            if models
            else None
        )
        #: Demonyms two states share ("Korean", "Congolese"): ``find`` gives each bare one the state the item names
        #: elsewhere, else the table's default. Their entries here are placeholders that ``find`` replaces.
        self._contextual: dict[str, str] = {
            k: str(v) for k, v in data.get("contextual_metonyms", {}).items() if not k.startswith("_")
        }
        self._ambiguous: dict[int, tuple[tuple[str, ...], str | None]] = {}
        for key, spec in data.get("ambiguous_demonyms", {}).items():
            states = tuple(c for c in spec["states"] if c in self._states)
            if states:
                first = self._states[states[0]]
                placeholder = ActorEntry(first.actor, "demonym", demonym=key.title())
                self._ambiguous[id(placeholder)] = (states, spec.get("default"))
                self._add(key.title(), placeholder, override=True)
        extra: dict[str, list[str]] = data.get("extra_demonyms", {})
        for code, dems in extra.items():
            found_state = self._states.get(code)
            if found_state is None:
                continue
            for d in dems:
                self._add(d, ActorEntry(found_state.actor, "demonym", demonym=d))
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
            theatre = g.get("theatre")
            home = g.get("home")
            entry = ActorEntry(
                actor,
                "group",
                sponsor=str(sponsor) if sponsor else None,
                theatre=str(theatre) if theatre else None,
                home=str(home) if home else None,
                operates_in=frozenset(str(c) for c in g.get("operates_in", [])),
            )
            for n in g["aliases"]:
                self._add(str(n), entry, override=True)
        #: Acronyms two forces share ("SDF"): each candidate's entry, and the default's
        self._acronyms: dict[str, tuple[tuple[ActorEntry, ...], ActorEntry | None]] = {}
        for acr, spec in data.get("shared_acronyms", {}).items():
            if acr.startswith("_"):
                continue
            cands: list[ActorEntry] = []
            for c in spec["actors"]:
                if (state_entry := self._states.get(c)) is not None:
                    cands.append(ActorEntry(state_entry.actor, "metonym", demonym=state_entry.demonym))
                elif (grp := self._exact.get(acr)) is not None and grp.actor.code == c:
                    cands.append(grp)  # the group the acronym is registered for
            default = next((cand for cand in cands if cand.actor.code == spec.get("default")), None)
            self._acronyms[acr] = (tuple(cands), default)
        self._build_automaton()
        self.nationals_nouns: frozenset[str] = frozenset(data["nationals_nouns"])
        self.nationals_markers: frozenset[str] = frozenset(data["nationals_marker_nouns"])
        #: "Syrian fighters": hired nationals too, unless the sentence names their state as the one that has them
        self.nationals_fighter_nouns: frozenset[str] = frozenset(data.get("nationals_fighter_nouns", []))
        #: ... but "Chinese fighters" in a sentence about aircraft ("scrambled", "airspace") are jets, no people
        air = [re.escape(str(w)).replace(r"\ ", r"[ \t]+") for w in data.get("fighter_aircraft_words", [])]
        self.fighter_aircraft_re: re.Pattern[str] | None = (
            re.compile(r"\b(?:" + "|".join(air) + r")\b", re.IGNORECASE) if air else None
        )
        #: Recruitment of individuals ("recruited", "signed contracts"): a state's people in such a sentence are
        #: its nationals hired by another side, not forces the state sent. "recruited locally" hires the host's
        #: people, not the demonym's.
        cues = [re.escape(str(c)) for c in data.get("nationals_cues", [])]
        self.nationals_cue_re: re.Pattern[str] | None = (
            re.compile(r"\b(?:" + "|".join(cues) + r")\b(?![ \t]+(?:locally|local|at[ \t]+home)\b)", re.IGNORECASE)
            if cues
            else None
        )
        #: "fighting for", "serving with", "joined": a demonym's people on another state's side
        side = [re.escape(str(c)).replace(r"\ ", r"[ \t]+") for c in data.get("nationals_side_cues", [])]
        self.nationals_side_re: re.Pattern[str] | None = (
            re.compile(r"\b(?:" + "|".join(side) + r")\b[ \t]+(?:the[ \t]+)?", re.IGNORECASE) if side else None
        )
        #: Verbs by which another state sends or hires a demonym's people ("Syrian fighters that Turkey has sent").
        self.nationals_sender_verbs: frozenset[str] = frozenset(data.get("nationals_sender_verbs", []))
        #: "Chinese (private) security contractors/firms": a private security company's staff, their own actor
        heads = [re.escape(str(c)).replace(r"\ ", r"[ \t]+") for c in data.get("security_heads", [])]
        self.security_re: re.Pattern[str] | None = (
            re.compile(r"(?:'s|’s)?[ \t]+(?:private[ \t]+)?(?:" + "|".join(heads) + r")\b", re.IGNORECASE)
            if heads
            else None
        )
        self.security_followers: frozenset[str] = frozenset(data.get("security_followers", []))
        #: Alliances, missions and coalitions: recognised, so that their totals go to no contributor, but the
        #: owners of no claim (a force of many states counts several actors together; see actors.json)
        multi = set(data.get("multinational_forces", {}).get("names", []))
        unknown = multi - {str(g["name"]) for g in groups}
        if unknown:
            raise ValueError(f"actors.json: multinational_forces names no group: {sorted(unknown)}")
        self.multinational_codes: frozenset[str] = frozenset(str(g["code"]) for g in groups if g["name"] in multi)

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

    def _build_automaton(self) -> None:
        auto = ahocorasick.Automaton()
        self._names: list[tuple[str, ActorEntry, bool]] = []
        for key, entry in self._lower.items():
            self._names.append((key, entry, False))
        for key, entry in self._exact.items():
            self._names.append((key, entry, True))
        # an exact-case code and a name can share a lower-case key ("US" and "us"): keep both
        by_key: dict[str, list[int]] = {}
        for i, (key, _, _) in enumerate(self._names):
            by_key.setdefault(key.lower(), []).append(i)
        # each key's length goes with its names: a hit's span, and so its boundary tests, are the same for all of them
        for k, idxs in by_key.items():
            auto.add_word(k, (len(k), idxs))
        auto.make_automaton()
        self._auto = auto

    def find(self, text: str) -> list[ActorMention]:
        """Non-overlapping actor mentions, longest first; capitalised (codes: exact case)."""
        low = lower_keeping_offsets(text).replace("’", "'")  # (hits index ``text`` too)
        n = len(low)
        raw: list[tuple[int, int, int]] = []
        for last, (klen, idxs) in self._auto.iter(low):
            start = last - klen + 1
            end = last + 1
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
                continue
            if end < n and (low[end].isalnum() or low[end] == "_"):
                continue
            for i in idxs:
                key, _entry, exact = self._names[i]
                if exact:
                    if text[start:end].replace("’", "'") != key:
                        continue
                elif not (
                    text[start].isupper()
                    or _ARTICLE_PREFIX_RE.match(text, start)
                    # ("three 82nd Airborne medics": a name that opens with an ordinal, not after another name, "the
                    # French 3rd Fleet")
                    or (text[start].isdigit() and not _NAME_BEFORE_RE.search(text, max(0, start - 30), start))
                ) or (
                    key in self._capitals and _NAME_AFTER_RE.match(text, end)
                ):
                    continue
                raw.append((start, end, i))
        if not raw:
            return []
        raw.sort(key=lambda h: (h[0] - h[1], h[0]))
        occupied = bytearray(n)
        out: list[ActorMention] = []
        for s0, e0, i in raw:
            if occupied.find(1, s0, e0) >= 0:
                continue
            occupied[s0:e0] = b"\x01" * (e0 - s0)
            entry = self._names[i][1]
            if entry.actor.kind == "group" and "locally" in low and _LOCAL_NAME_BEFORE_RE.search(low, 0, s0):
                continue
            if low.startswith(" on ", s0 - 4) and _TITLE_ON_BEFORE_RE.search(text, max(0, s0 - 40), s0):
                continue  # "All Eyes on Wagner", "Watch on Iran": the tail of a monitor's or project's name
            poss = text.startswith(("'s", "’s", "'", "’"), e0)
            out.append(ActorMention(s0, e0, text[s0:e0], entry, poss))
        out.sort(key=lambda m: m.start)
        if self._ambiguous and any(id(m.entry) in self._ambiguous for m in out):
            out = self._resolve_ambiguous(out)
        if self._acronyms and any(m.text in self._acronyms for m in out):
            out = self._resolve_acronyms(out)
        if self._contextual and ("North" in text or "South" in text):
            out = self._add_contextual(text, out)
        return _join_named_forces(text, out)

    def _add_contextual(self, text: str, found: list[ActorMention]) -> list[ActorMention]:
        """ "the North was sending 1,000 deminers": the state a contextual metonym stands for, where the text
        names that state otherwise (a story about Mali's north names no North Korea)."""
        named = {m.entry.actor.code for m in found}
        # (the regex only where "he North"/"he South" stands: a scan of the whole body costs more)
        starts = sorted(
            i - 1
            for word in ("he North", "he South")
            for i in _find_all(text, word)
            if i > 0
        )
        added = [
            ActorMention(
                cm.start(1), cm.end(1), cm.group(1), self._states[code], text.startswith(("'s", "’s"), cm.end(1))
            )
            for i in starts
            if (cm := _CONTEXTUAL_RE.match(text, i)) is not None
            and (code := self._contextual.get(cm.group(1))) is not None
            and code in named
            and code in self._states
        ]
        if not added:
            return found
        taken = [(m.start, m.end) for m in found]
        added = [a for a in added if not any(s < a.end and a.start < e for s, e in taken)]
        return sorted([*found, *added], key=lambda m: m.start)

    def _resolve_acronyms(self, found: list[ActorMention]) -> list[ActorMention]:
        """A shared acronym ("SDF") is the candidate the item names more often otherwise (a group by its name or its
        home country): a story on Japan's forces in Djibouti means its Self-Defense Forces; a tie, the default."""
        named = Counter(m.entry.actor.code for m in found if m.text not in self._acronyms)
        out: list[ActorMention] = []
        for m in found:
            spec = self._acronyms.get(m.text)
            if spec is None:
                out.append(m)
                continue
            cands, entry = spec
            scores = sorted(
                ((named[e.actor.code] + (named[e.home] if e.home else 0), i) for i, e in enumerate(cands)), reverse=True
            )
            if len(scores) > 1 and scores[0][0] > scores[1][0]:
                entry = cands[scores[0][1]]
            out.append(m if entry is None else replace(m, entry=entry))
        return out

    def _resolve_ambiguous(self, found: list[ActorMention]) -> list[ActorMention]:
        """A shared demonym is the state among its candidates that the item names otherwise ("North Korea has
        sent ... Korean soldiers"), the one it names more often when it names both; with none named, the table's
        default; with both named as often, or no default, no one."""
        named = Counter(m.entry.actor.code for m in found if id(m.entry) not in self._ambiguous)
        out: list[ActorMention] = []
        for m in found:
            spec = self._ambiguous.get(id(m.entry))
            if spec is None:
                out.append(m)
                continue
            states, default = spec
            # the state the item names most: a story about North Korea's troops quotes Seoul too
            counts = sorted(((named[c], c) for c in states if named[c]), reverse=True)
            if not counts:
                code = default
            elif len(counts) == 1 or counts[0][0] > counts[1][0]:
                code = counts[0][1]
            else:
                code = None
            if code is not None:
                st = self._states[code]
                out.append(replace(m, entry=ActorEntry(st.actor, "demonym", demonym=st.demonym or m.text)))
        return out

    def nationals(self, entry: ActorEntry) -> Actor:
        """The "<demonym> fighters" actor for a state's nationals fighting for another side."""
        dem = entry.demonym or entry.actor.name
        if dem.endswith("s") and _norm(dem[:-1]).lower() in self._lower:
            dem = dem[:-1]  # "Kenyans" names the people; their actor is still "Kenyan fighters"
        return Actor(name=f"{dem} fighters", code=f"{entry.actor.code.lower()}-fighters", kind=ActorKind.nationals)

    def militias(self, entry: ActorEntry) -> Actor:
        """The "<demonym> militias" actor: a country's armed groups, not its state's forces."""
        dem = entry.demonym or entry.actor.name
        return Actor(name=f"{dem} militias", code=f"{entry.actor.code.lower()}-militias", kind=ActorKind.group)

    def security(self, entry: ActorEntry) -> Actor:
        """The "<demonym> security contractors" actor: staff of a state's private security companies abroad."""
        dem = entry.demonym or entry.actor.name
        return Actor(
            name=f"{dem} security contractors",
            code=f"{entry.actor.code.lower()}-security-contractors",
            kind=ActorKind.nationals,
        )


def _join_named_forces(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """ "the Netherlands Marine Corps", "the ROK Marine Corps": a force that is one state's metonym when named
    alone ("the Marine Corps" is the US's) is the force of the state named right before it; the two make one
    mention of that state."""
    out: list[ActorMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.entry.form == "metonym"
            and prev.entry.form in ("name", "demonym")
            and prev.entry.actor.kind == ActorKind.state
            and prev.entry.actor.code != m.entry.actor.code
            and not prev.possessive
            and text[prev.end : m.start].isspace()
        ):
            out[-1] = ActorMention(prev.start, m.end, text[prev.start : m.end], prev.entry, m.possessive)
            continue
        out.append(m)
    return out


def group_sponsor(entry: ActorEntry) -> str | None:
    return entry.sponsor


def slug(s: str) -> str:
    """A stable code for an actor without an ISO code."""
    return _slug(s)
