"""The word lists of ``data/cues.json``, compiled once into sets and patterns.

Data rather than code: adding a verb of deployment or a venue noun is a table
edit, not a new branch in a rule.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from claimwatch.core.prefilter import GatedPattern, gated
from claimwatch.core.text import folds_to_ascii


@dataclass(frozen=True, slots=True)
class Cues:
    place_preps: frozenset[str]
    place_verbs: frozenset[str]
    departure: tuple[str, ...]
    departure_words: frozenset[str]
    departure_phrase_re: re.Pattern[str]  # multi-word departure cues ending right before a place
    departure_anchors: tuple[str, ...]  # its gate (``phrase_anchors``): its search tries every position
    from_base_re: re.Pattern[str]  # "from (the force's) bases in", ending right before a place
    airborne_words: frozenset[str]  # 'over' governs a place only after one of these
    expel_verbs: frozenset[str]  # 'push the rebels out of X': the forces fight in X, they do not leave it
    facility_dep_re: re.Pattern[str]  # "from Fort Hood in", "left Air Base 201 in", ending right before a place
    facility_anchors: tuple[str, ...]  # its gate: a word of a facility name, capitalised as the pattern writes it
    #: ", where ... a possible Chinese naval base": a relative clause after a place that speaks of a base there only
    #: as a prospect; matched right after the place
    prospective_site_re: re.Pattern[str]
    #: "Africa Corps advisers had travelled to": a journey of forces named as the subject, ending right before a
    #: place; the place is where they went, not a transit point as after "the minister travelled to"
    forces_travelled_re: re.Pattern[str]
    #: "which had been heading for", "were due to deploy to": a course set before, ending right before a place; with
    #: a later "instead" or "diverted" it is a course given up (see diversion_re)
    set_course_re: re.Pattern[str]
    diversion_re: re.Pattern[str]
    venue_nouns: frozenset[str]
    venue_event_verbs: frozenset[str]  # "talks on X opened in Y": before "in", with a venue noun as subject, a venue
    speech_verbs: frozenset[str]
    clause_subject_verbs: frozenset[str]
    apposition_words: frozenset[str]
    apposition_heads: frozenset[str]
    neutral_people: frozenset[str]
    crew_nouns: frozenset[str]
    warship_words: frozenset[str]
    civil_ship_words: frozenset[str]
    military_context: frozenset[str]
    #: "the Armed Forces Minister": an office whose name holds a military_context word; the word names the speaker,
    #: not the people counted. ``office_title_words``: those words (a sentence with no other such word is re-read)
    office_title_re: re.Pattern[str]
    office_title_words: frozenset[str]
    strike_words: frozenset[str]
    #: After an armed group's name, an event it is named for ("the Hamas attack"): the group is not spoken of
    group_event_nouns: frozenset[str]
    possibility: frozenset[str]
    #: Verbs that open a clause after a plain comma: "Spain will send ..., the Netherlands will deploy ...".
    comma_clause_verbs: frozenset[str]
    #: The possibility cues of more than one word ("would consider", "offered to send"): a word set misses them.
    possibility_phrase_re: GatedPattern
    #: "could not confirm", "did not say whether": a possibility word in a report about the claim, not a hypothesis
    non_possibility_re: re.Pattern[str]
    #: "even if they sent", "what happens if X mobilises": a condition open before a count, up to it (searched with
    #: the count's start as ``endpos``); gate: ``conditional_anchors``
    conditional_before_re: re.Pattern[str]
    #: "we could put": a modal of possibility (lower case: "May" is a month) open before a count, up to it; a
    #: hypothesis only in a sentence with a condition ("could send up to 3,000" alone reports a prospect)
    conditional_modal_before_re: re.Pattern[str]
    conditional_re: re.Pattern[str]
    conditional_anchors: tuple[str, ...]
    denial_re: re.Pattern[str]
    non_denial_re: re.Pattern[str]
    hedge_re: re.Pattern[str]
    #: The letter runs of the denial and hedge cues (``word_gate``), tested by ``may_match_words``
    denial_gate: dict[str, tuple[tuple[str, ...], ...]]
    hedge_gate: dict[str, tuple[tuple[str, ...], ...]]
    force_nouns: frozenset[str]
    #: The force nouns of more than one word ("military engineering unit" holds "engineering unit"): a word set
    #: misses them
    force_phrase_re: GatedPattern
    #: Those phrases' words, by first word: the exact gate of ``may_name_force_phrase``
    force_phrase_words: dict[str, tuple[tuple[str, ...], ...]]
    equipment_force_nouns: frozenset[str]
    personnel_nouns: frozenset[str]
    pronoun_re: re.Pattern[str]
    recipient_verbs: frozenset[str]
    place_object_verbs: frozenset[str]  # "left Chad", "entered Gaza": the name after them is a place, not a subject
    visit_verbs: frozenset[str]  # "the frigate visited Ghana": a place, where the sentence names a force
    #: "supplied the RSF with missiles", "ferrying fuel to the RSF": supplies handed to an armed group at home
    group_supply_verbs: frozenset[str]
    #: Regions too loosely bounded to place forces ("its strategy in the Sahel", "the Russian presence in the
    #: Sahel"): a belt across many countries, where forces are placed by the countries in it
    vague_regions: frozenset[str]
    #: Regions "the region" may mean when no region was named: the one most of the item's places lie in
    anaphor_regions: tuple[str, ...]
    appeal_re: re.Pattern[str]  # "called for a ceasefire in Darfur": an appeal places no group
    host_words: frozenset[str]  # the verbs of 'host_verbs' ("hosts", "relies"): what follows is another's forces
    host_signals: frozenset[str]  # those of them that place the guest's forces at the host ("hosts", "houses")
    hosts_after_re: re.Pattern[str]
    non_place_re: GatedPattern
    spec_re: re.Pattern[str]
    spec_anchors: tuple[str, ...]  # its gate (``phrase_anchors``, lower-case: the pattern is IGNORECASE)
    #: "the base can hold up to 10,000 troops": a site's capacity, which places no forces (README: base capacities)
    capacity_re: GatedPattern
    rate_after_re: re.Pattern[str]
    place_anaphora_re: re.Pattern[str]
    #: What ``place_anaphora_re`` cannot match without (``may_name_place_anaphor``): the last word of each cue,
    #: after a space when the cue has more than one ("there", " country")
    place_anaphora_anchors: tuple[str, ...]
    place_anaphora_kinds: dict[str, frozenset[str]]
    event_anaphora_re: re.Pattern[str]
    place_heads_re: re.Pattern[str]
    sea_heads_re: re.Pattern[str]  # "the Indian Ocean island": a sea's name as an adjective of one island
    casualty_words: frozenset[str]
    casualty_before: frozenset[str]
    casualty_nouns_of: frozenset[str]  # "the deaths of eight of its soldiers", "the loss of 12 sailors"
    irregular_nouns: frozenset[str]  # "27 militants were killed": armed groups' fighters, never a state's forces
    agent_verbs: frozenset[str]
    noun_topic: dict[str, str]
    plural_topic_words: frozenset[str]  # the words of ``noun_topic`` that end in "s" (a plural a sentence counts)
    force_org_re: re.Pattern[str]  # after a possessive state: "'s National Defence Force", "'s navy"
    force_org_after_re: re.Pattern[str]  # with or without the possessive, a word between: "Jamaica's two coast guard"
    non_force_heads: frozenset[str]
    non_force_people: frozenset[str]
    agency_heads: frozenset[str]  # "Lithuanian military intelligence": a demonym naming an agency, not forces
    formation_units: frozenset[str]
    unrest_words: frozenset[str]
    organ_subject_re: GatedPattern  # "Uruguay's parliament approved": an organ acting for its state
    state_organs: frozenset[str]
    # "approved the plan for missions in 2030, which": an act ('enactment_nouns') of the main clause's subject; a
    # count in the relative clause that names no actor of its own is that subject's
    enactment_re: re.Pattern[str]
    no_force_re: re.Pattern[str]  # "no American combat troops", "no Pakistani soldier", "had no troops"
    attributive_re: re.Pattern[str]  # a name used as a modifier: "NATO summit", "NATO's two-day summit", "NATO soil"
    leader_re: re.Pattern[str]  # "Canada leads ...", "the German-led ...": the lead state of a formation
    gapped_link_re: re.Pattern[str]  # "Italy with about 1,000", "Romania is adding about 100": a gapped count
    share_before_re: re.Pattern[str]  # "including roughly 600 Americans": a state's share of a total
    ship_name_re: re.Pattern[str]  # "'s navy frigate Hessen" after a state: the ship's name
    mission_anaphora_re: re.Pattern[str]  # "in the mission", "the largest contingent": a mission named before
    mission_words: frozenset[str]  # a sentence about a multinational mission
    battlegroup_words: frozenset[str]  # a multinational unit of states' contingents ("the NATO battlegroup")
    organ_acts_re: re.Pattern[str]  # "'s Defense Ministry will station": an organ that moves the state's forces
    organ_after_re: re.Pattern[str]  # "'s Ministry of Defence": a state's organ, no part of its territory
    definite_force_re: re.Pattern[str]  # "the navy", "the garrison": a force whose owner the context names
    munition_nouns: frozenset[str]  # fired things: only they "landed" as incoming fire
    #: "removed more than 3,000 mines": explosives cleared or laid, right before their count
    mine_clearance_re: re.Pattern[str]
    mine_nouns: frozenset[str]
    cargo_verbs: frozenset[str]  # "containers, which held 3 million shells": a relative clause about the cargo
    #: "has inspected 31 ships", "diverted nine of them": others' ships a force checked, right before their count;
    #: also ships it escorted and trainees it trained ("escorted 900 freighters", "has trained 4,000 recruits",
    #: "training for 30 pilots")
    inspection_re: re.Pattern[str]
    inspection_anchors: tuple[str, ...]  # its gate (``phrase_anchors``, lower-case: the pattern is IGNORECASE)
    inspection_word_re: re.Pattern[str]  # any of those verbs: "inspected a cargo ship ... and found 24 vehicles"


def _trie(words: list[str]) -> str:
    r"""The alternation of ``words`` (a space matching ``[ \t]+``) factored by common prefix: "de(?:n(?:ial|...".

    Python's ``re`` tries the branches of a flat alternation one by one at every word start of a sentence; a
    prefix tree rejects a word after its first letters (``denial_re`` 28 -> 13 us per sentence, ``spec_re``
    29 -> 13). The matches are those of the flat alternation, longest word first: the words a text matches at
    one position all lie on one path of the tree (sibling letters differ, lower-case ASCII words under
    IGNORECASE included), and a node that ends a word tries its longer continuations first."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [(r"[ \t]+" if c == " " else re.escape(c)) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


#: What may stand between a verb and the count it governs ("has removed more than 3,000 mines").
_BEFORE_COUNT = r"[ \t]+(?:(?:about|some|around|roughly|nearly|almost|over|more[ \t]+than|at[ \t]+least)[ \t]+)?$"


def _alt_body(words: list[str]) -> str:
    if all(w.isascii() and w == w.lower() for w in words):
        return _trie(words)
    # sibling letters might then match the same character: keep the flat, longest-first alternation
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))


_RUN_RE = re.compile(r"[a-z]+")


def phrase_anchors(phrases: Iterable[str]) -> tuple[str, ...]:
    """The longest word of each of ``phrases``, as written, leaving out a word that holds another ("carrying"
    beside "carry"): a text that holds none of them holds none of the phrases, so a substring test of these
    gates a pattern whose every match contains one whole phrase."""
    words = {max(p.split(), key=len) for p in phrases}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def word_gate(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The runs of ASCII letters of each of ``phrases`` (lower-case ASCII), by the longest run of each: the gate
    ``may_match_words`` tests for a pattern made of them (``_alt``, ``_hedge_re``)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in phrases:
        assert ph.isascii() and ph == ph.lower() and not re.search(r"[\d_]", ph), ph
        runs = tuple(_RUN_RE.findall(ph))
        assert runs, ph
        out.setdefault(max(runs, key=len), []).append(runs)
    return {k: tuple(v) for k, v in out.items()}


def letter_runs(text: str) -> set[str] | None:
    """The runs of ASCII letters of ``text.lower()``, for ``may_match_words``; None when ``text`` holds a
    character ``re`` folds to an ASCII letter under IGNORECASE (``text.folds_to_ascii``): no gate then."""
    if folds_to_ascii(text):
        return None
    return set(_RUN_RE.findall(text.lower()))


def may_match_words(gate: dict[str, tuple[tuple[str, ...], ...]], runs: set[str] | None) -> bool:
    """False proves that a ``\\b``-bounded alternation of the phrases of ``gate`` (in any case, a space matching
    ``[ \\t]+``) matches nowhere in the whole text whose ``letter_runs`` are ``runs``.

    A match sits between word boundaries and its spaces and punctuation are the phrase's own, so each run of
    letters of the phrase is a whole run of letters of the lower-cased text ("won't" gives "won" and "t"). Not
    for a search bounded inside the text: a bound may cut a run ("deny" in "denying")."""
    if runs is None:
        return True
    for key in runs & gate.keys():
        for words in gate[key]:
            if all(w in runs for w in words):
                return True
    return False


def _alt(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt_body(words)})\b", re.IGNORECASE)


def _hedge_re(words: list[str], lowercase_only: list[str]) -> re.Pattern[str]:
    """Hedge words in any case, plus those that hedge only in lower case: "may" is a modal, "May" a month."""
    lower = "|".join(re.escape(w) for w in lowercase_only)
    return re.compile(rf"\b(?:{_alt_body(words)}|(?-i:{lower}))\b", re.IGNORECASE)


@cache
def load_cues() -> Cues:
    files = resources.files("claimwatch.data")
    c: dict[str, Any] = json.loads(files.joinpath("cues.json").read_text("utf-8"))
    t: dict[str, Any] = json.loads(files.joinpath("topics.json").read_text("utf-8"))
    dep = tuple(c["departure"])
    for w in c["place_anaphora"]:
        assert re.fullmatch(r"[a-z]+(?: [a-z]+)*", w), w  # (may_name_place_anaphor reads lower-case ASCII words)
    force_phrases = sorted({w for w in (*t["force_nouns"], *t["troops"]) if " " in w})
    phrase_words: dict[str, list[tuple[str, ...]]] = {}
    for w in force_phrases:
        assert re.fullmatch(r"[a-z]+(?: [a-z]+)+", w), w  # (the gate reads lower-case ASCII words)
        phrase_words.setdefault(w.split()[0], []).append(tuple(w.split()))
    host_words = frozenset(w for v in (*c["host_verbs"], *c["host_verbs_plural"]) for w in v.split()) - {
        "is", "are", "has", "have", "had", "on", "in", "to"
    }
    noun_topic = {n.lower(): k for k in ("casualties", "equipment", "troops") for n in t[k]}
    return Cues(
        place_preps=frozenset(c["place_preps"]),
        place_verbs=frozenset(c["place_verbs"]),
        departure=dep,
        departure_words=frozenset(w for w in dep if " " not in w),
        from_base_re=re.compile(
            # ("from U.S. bases in Germany": an abbreviation's dots too; "from XI(B) Squadron at": a unit's brackets)
            # ("drawn from the 3rd Mountain Corps in": a unit's number and its kind, two words)
            r"\bfrom[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:[\w-]+(?:'s|’s)[ \t]+)?(?:[\w.()-]+[ \t]+){0,2}?"
            + _alt(c["home_bases"]).pattern
            + r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?$",
            re.IGNORECASE,
        ),
        airborne_words=frozenset(c["airborne_words"]),
        expel_verbs=frozenset(c["expel_verbs"]),
        munition_nouns=frozenset(c["munition_nouns"]),
        mine_clearance_re=re.compile(
            _alt(c["clearance_verbs"]).pattern
            + _BEFORE_COUNT,
            re.IGNORECASE,
        ),
        mine_nouns=frozenset(c["mine_nouns"]),
        cargo_verbs=frozenset(c["cargo_verbs"]),
        inspection_word_re=_alt(c["inspection_verbs"]),
        inspection_re=re.compile(
            _alt(c["inspection_verbs"]).pattern
            + _BEFORE_COUNT,
            re.IGNORECASE,
        ),
        inspection_anchors=phrase_anchors(p.lower() for p in c["inspection_verbs"]),
        facility_dep_re=re.compile(
            r"\b(?:[Ff]rom|[Vv]ia|left|leaving|departed|vacated|quit)[ \t]+(?:the[ \t]+)?"
            r"(?:[A-Z][\w'’.-]*[ \t]+){0,4}(?:"
            + "|".join(
                re.escape(" ".join(w[:1].upper() + w[1:] for w in f.split()))
                for f in sorted(c["facility_words"], key=len, reverse=True)
            )
            + r")\b(?:[ \t]+[A-Z0-9][\w'’.-]*){0,3},?[ \t]+(?:in|on|at|near)[ \t]+(?:the[ \t]+)?$"
        ),
        facility_anchors=phrase_anchors(
            " ".join(w[:1].upper() + w[1:] for w in f.split()) for f in c["facility_words"]
        ),
        prospective_site_re=re.compile(
            r",[ \t]+where\b[^.;]*?\b(?:"
            + _alt_body(c["prospective_words"])
            + r")[ \t]+(?:[\w.-]+[ \t]+){0,2}(?:"
            + _alt_body(c["facility_words"])
            + r")s?\b",
            re.IGNORECASE,
        ),
        forces_travelled_re=re.compile(
            r"\b(?:"
            + _alt_body(c["travelling_forces"])
            + r")[ \t]+(?:had[ \t]+|have[ \t]+|has[ \t]+)?(?:travell?(?:ed|ing)|flew|flown)"
            + r"[ \t]+to[ \t]+(?:the[ \t]+)?$",
            re.IGNORECASE,
        ),
        set_course_re=re.compile(
            r"\b(?:" + _alt_body(c["set_course"]) + r")\b[^,;.]{0,30}$",
            re.IGNORECASE,
        ),
        diversion_re=_alt(c["diversion_words"]),
        departure_phrase_re=re.compile(
            r"(?:"
            + "|".join(re.escape(w) for w in sorted((w for w in dep if " " in w), key=len, reverse=True))
            + r")(?:\s+the)?\s*$"
        ),
        departure_anchors=phrase_anchors(w for w in dep if " " in w),
        venue_nouns=frozenset(c["venue_nouns"]),
        venue_event_verbs=frozenset(c["venue_event_verbs"]),
        speech_verbs=frozenset(c["speech_verbs"]),
        neutral_people=frozenset(c["neutral_people"]),
        crew_nouns=frozenset(c["crew_nouns"]),
        warship_words=frozenset(c["warship_words"]),
        civil_ship_words=frozenset(c["civil_ship_words"]),
        apposition_words=frozenset(c["apposition_words"]),
        apposition_heads=frozenset(c["apposition_heads"]),
        military_context=frozenset(c["military_context"]),
        office_title_re=_alt(c["office_titles"]),
        office_title_words=frozenset(w for t in c["office_titles"] for w in t.split())
        & frozenset(c["military_context"]),
        clause_subject_verbs=frozenset(c["clause_subject_verbs"])
        | frozenset(c["recipient_verbs"])
        | frozenset(c["place_verbs"])
        | frozenset(c["speech_verbs"]),
        strike_words=frozenset(c["strike_words"]),
        group_event_nouns=frozenset(c["group_event_nouns"]),
        possibility=frozenset(c["possibility"]),
        comma_clause_verbs=frozenset(c["comma_clause_verbs"]),
        possibility_phrase_re=gated(_alt([w for w in c["possibility"] if " " in w])),
        non_possibility_re=_alt(c["non_possibility"]),
        # ("if not more", "if any": a hedge on the count, not a condition)
        conditional_before_re=re.compile(
            rf"\b(?:{_alt_body(c['conditionals'])})\b(?![ \t]+(?:not|any)\b)[^,;:!?]{{0,80}}$", re.IGNORECASE
        ),
        conditional_modal_before_re=re.compile(rf"\b(?:{_alt_body(c['conditional_modals'])})\b[^,;:!?]{{0,50}}$"),
        conditional_re=_alt(c["conditionals"]),
        conditional_anchors=tuple(c["conditionals"]),
        denial_re=_alt(c["denial"]),
        non_denial_re=_alt(c["non_denial"]),
        hedge_re=_hedge_re(c["hedge"], c["hedge_lowercase"]),
        denial_gate=word_gate(c["denial"]),
        hedge_gate=word_gate([*c["hedge"], *c["hedge_lowercase"]]),
        force_nouns=frozenset(t["force_nouns"]) | frozenset(t["troops"]),
        force_phrase_re=gated(_alt(force_phrases)),
        force_phrase_words={k: tuple(v) for k, v in phrase_words.items()},
        equipment_force_nouns=frozenset(t["equipment_force_nouns"]) | frozenset(t["equipment"]),
        personnel_nouns=frozenset(t["troops"]),
        # ("for the first time", "for some time": a time, no forces)
        pronoun_re=re.compile(rf"{_alt(c['force_pronouns']).pattern}(?![ \t]+times?\b)", re.IGNORECASE),
        recipient_verbs=frozenset(c["recipient_verbs"]),
        place_object_verbs=frozenset(c["place_object_verbs"]) | frozenset(c["visit_verbs"]),
        visit_verbs=frozenset(c["visit_verbs"]),
        group_supply_verbs=frozenset(c["group_supply_verbs"]),
        vague_regions=frozenset(c["vague_regions"]),
        anaphor_regions=tuple(c["anaphor_regions"]),
        appeal_re=_alt(c["appeal_words"]),
        host_words=host_words,
        # (not the bare "host" and "house": nouns as often, "the host nation", "the White House")
        host_signals=frozenset(w for w in host_words if w.startswith(("host", "hous")) and w not in ("host", "house")),
        # an appositive may stand between the place and its verb ("Djibouti, a country of a million people, hosts")
        hosts_after_re=re.compile(
            # (", about 30 km southwest of Doha,": where the place lies, set off like a description)
            # (", home to the Fifth Fleet,": what the place houses, set off the same way)
            r"(?:'s|’s)?(?:,[ \t]+(?:(?:a|an|the|home[ \t]+to)[ \t]+[^,;]{1,90}|"
            r"(?:(?:about|some|roughly|around|just)[ \t]+)?\d[^,;]{0,60}?\b(?:of|from)[ \t]+"
            r"(?:the[ \t]+)?[A-Z][^,;]{0,40}),)?"
            r"[ \t]+(?:\w+[ \t]+)?(?:now[ \t]+|also[ \t]+|long[ \t]+)?"
            # ("Chad and Niger host Russian instructors": the plural verb of coordinated hosts)
            + _alt([*c["host_verbs"], *c["host_verbs_plural"]]).pattern
        ),
        # ("according to a German army estimate": a source named with any article)
        non_place_re=gated(
            re.compile(_alt(c["non_place_before"]).pattern + r"[ \t]+(?:(?:the|an?)[ \t]+)?$", re.IGNORECASE)
        ),
        spec_re=_alt(c["spec_cues"]),
        spec_anchors=phrase_anchors(p.lower() for p in c["spec_cues"]),
        capacity_re=gated(_alt(c["capacity_cues"])),
        # ("1,700 a year ago" is a count a year before, not a rate)
        rate_after_re=re.compile(
            r"[ \t]+" + _alt(c["rate_after"]).pattern + r"(?![ \t]+(?:ago|earlier|before)\b)", re.IGNORECASE
        ),
        place_anaphora_re=_alt(c["place_anaphora"]),
        place_anaphora_anchors=tuple(sorted({
            (" " if " " in w else "") + w.split()[-1] for w in c["place_anaphora"]
        })),
        place_anaphora_kinds={k: frozenset(v) for k, v in c["place_anaphora_kinds"].items()},
        event_anaphora_re=_alt(c["event_anaphora"]),
        place_heads_re=re.compile(r"[ \t]+" + _alt(c["place_heads"]).pattern, re.IGNORECASE),
        sea_heads_re=re.compile(r"[ \t]+" + _alt(c["sea_modifier_heads"]).pattern + r"(?![\w-])", re.IGNORECASE),
        casualty_words=frozenset(t["casualty_words"]),
        casualty_before=frozenset(t["casualty_verbs_before"]),
        casualty_nouns_of=frozenset(t["casualty_nouns_of"]),
        irregular_nouns=frozenset(t["irregular_nouns"]),
        agent_verbs=frozenset(c["agent_verbs"]),
        noun_topic=noun_topic,
        plural_topic_words=frozenset(w for w in noun_topic if w.endswith("s")),
        force_org_re=re.compile(r"(?:'s|’s)[ \t]+" + _alt(c["force_orgs"]).pattern, re.IGNORECASE),
        force_org_after_re=re.compile(
            r"(?:'s|’s)?[ \t]+(?:[\w-]+[ \t]+)?" + _alt(c["force_orgs"]).pattern + r"s?\b", re.IGNORECASE
        ),
        non_force_heads=frozenset(c["non_force_heads"]),
        agency_heads=frozenset(c["agency_heads"]),
        non_force_people=frozenset(c["non_force_people"]),
        formation_units=frozenset(c["formation_units"]),
        unrest_words=frozenset(c["unrest_words"]),
        state_organs=frozenset(c["state_organs"]),
        enactment_re=re.compile(r"\b" + _alt(c["enactment_nouns"]).pattern + r"\b[^,;:.]{0,60},[ \t]+$"),
        organ_subject_re=gated(re.compile(
            r"(?:'s|’s)?[ \t]+(?:" + "|".join(re.escape(w) for w in c["state_organs"]) + r")[ \t]+"
            r"(?:(?:on[ \t]+[A-Z][a-z]+day|last[ \t]+(?:week|month|[A-Z][a-z]+day)|yesterday|today)[ \t]+)?"
            r"(?:has[ \t]+|have[ \t]+)?"
            r"(?!in\b|at\b|on\b|of\b|to\b|and\b|for\b|with\b|from\b)[a-z]+ed\b",
            re.IGNORECASE,
        )),
        no_force_re=re.compile(
            r"\b[Nn]o[ \t]+(?!fewer\b|more\b|less\b|later\b|sooner\b|longer\b|doubt\b)(?:[\w.’'-]+[ \t]+){0,3}?"
            + _alt([*t["troops"], "warship", "warships", "frigate", "frigates", "destroyer", "destroyers"]).pattern
            # "no Gurkha unit is in X": a named force's unit denies as "no troops" does ("no allied unit ..., but"
            # names no force)
            + r"|\b[Nn]o[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){1,3}unit\b"
        ),
        # ("Japan's coast" is an attribute, "Japan's coast guard" a force: owners checks force_org_after_re first)
        attributive_re=re.compile(
            r"(?:'s|’s)?[ \t]+(?:[\w-]+[ \t]+)?" + _alt([*c["venue_nouns"], *c["attributive_heads"]]).pattern,
            re.IGNORECASE,
        ),
        leader_re=re.compile(
            r"-led\b|[ \t]+(?:already[ \t]+|also[ \t]+|now[ \t]+)?" + _alt(c["leader_verbs"]).pattern, re.IGNORECASE
        ),
        # ("Spain (about 700 troops) and Ghana (310)": a bare count in brackets after the second state)
        gapped_link_re=re.compile(
            r"(?:'s|’s)?(?:[ \t]+(?:(?:is|are|was|were|will|would)[ \t]+)?(?:(?:"
            + "|".join(re.escape(w) for w in c["gapped_links"])
            + r")[ \t]+)?|[ \t]+\((?:(?:about|around|roughly|some|nearly|over)[ \t]+)?)"
        ),
        mission_anaphora_re=_alt(c["mission_anaphora"]),
        mission_words=frozenset(c["mission_words"]),
        battlegroup_words=frozenset(c["battlegroup_words"]),
        definite_force_re=_alt(c["definite_forces"]),
        organ_after_re=re.compile(
            r"(?:'s|’s)[ \t]+(?:[\w-]+[ \t]+)?" + _alt(c["acting_organs"] + c["state_organs"]).pattern, re.IGNORECASE
        ),
        organ_acts_re=re.compile(
            r"(?:'s|’s)?[ \t]+(?:[\w-]+[ \t]+){0,2}?" + _alt(c["acting_organs"]).pattern
            + r"[ \t]+(?:(?:will|would|has|have|had|is|was|also|plans|planned|to|then|now)[ \t]+){0,3}"
            + _alt(c["organ_move_verbs"]).pattern + r"\b",
            re.IGNORECASE,
        ),
        share_before_re=re.compile(_alt(c["share_before"]).pattern + r"[ \t]+$", re.IGNORECASE),
        ship_name_re=re.compile(
            r"(?:'s|’s)?(?:[ \t]+[a-z][\w-]*){0,"
            + str(int(c["ship_name_cue_max_words"]))
            + r"}?[ \t]+(?i:"
            + _alt(c["warship_words"]).pattern
            + r")[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]+){0,2})"
        ),
    )


def may_name_force_phrase(cues: Cues, text: str, wordset: set[str]) -> bool:
    """False proves that ``cues.force_phrase_re`` matches nowhere in ``text``; ``wordset`` is ``set(_words(text))``.

    Every word of a match stands between ``\\b``s and ``[ \\t]+``, so in ``text.lower()`` it is a whole run of
    ``[a-z]`` letters: a word of ``wordset`` or a part of one split at its hyphens and apostrophes ("anti-tank
    crews", "the patrol boat's"). The regex is only searched when all the words of one phrase are among those
    (a sentence with "force" or "group" alone, which passes the literal gate, is not searched). A text with a
    character ``re`` folds to an ASCII letter under IGNORECASE (``text.folds_to_ascii``) is always searched."""
    if folds_to_ascii(text):
        return True
    by_first = cues.force_phrase_words
    parts: set[str] = wordset
    if "-" in text or "'" in text or "’" in text:
        parts = set("-".join(wordset).replace("'", "-").replace("’", "-").split("-"))
    for first in parts & by_first.keys():
        for words in by_first[first]:
            if all(w in parts for w in words):
                return True
    return False


def may_name_place_anaphor(cues: Cues, text: str) -> bool:
    """False proves that ``cues.place_anaphora_re`` matches nowhere in ``text``.

    A match ends with the last word of a cue, after ``[ \\t]+`` when the cue has more words: in the lower-cased
    text that word follows a space, unless the text holds a tab (always searched then, as is a text with a
    character ``re`` folds to an ASCII letter, ``text.folds_to_ascii``)."""
    if "\t" in text or folds_to_ascii(text):
        return True
    low = text.lower()
    for a in cues.place_anaphora_anchors:  # noqa: SIM110 (a loop, not any() over a generator: this runs per clause)
        if a in low:
            return True
    return False
