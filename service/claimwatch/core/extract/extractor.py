"""The extractor: an item's sentences, clause by clause, through the rules.

Per sentence the extractor finds actors, figures and places, then decides
(1) whose forces each figure counts -- the actor bound to the counted noun
("10,000 North Korean troops", "3,000 troops from North Korea"), else the
subject of the clause, else the actor the paragraph is about (``owners``,
``figures``); and (2) which places are deployment locations (``places``). The
scorer keys figure claims and location claims separately, so a sentence yields
one claim per figure (with the sentence's best location) and one claim per
further location (``events`` turns each into a ClaimEvent).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from claimwatch.core.actors import ActorEntry, ActorIndex, ActorMention
from claimwatch.core.claimants import source_line_claimant
from claimwatch.core.extract.cues import load_cues, may_name_force_phrase, may_name_place_anaphor
from claimwatch.core.extract.events import EventRules
from claimwatch.core.extract.figures import _ALL_TOLD_RE, FigureRules
from claimwatch.core.extract.owners import _MODIFIED_HEADS, _noun_follows
from claimwatch.core.extract.patterns import (
    _ANAPHORIC_FORCE_SUBJECT_RE,
    _APPOSITION_AFTER_RE,
    _BASE_WORDS,
    _CIVILIAN_WORDS,
    _CLAUSE_JOIN_RE,
    _COMMA_JOIN_RE,
    _COUNT_MODIFIER,
    _DEFINITE_BEFORE_RE,
    _DEMONYM_MOVED_AFTER_RE,
    _DEMONYM_PRESENT_AFTER_RE,
    _ELIDED_COUNT_RE,
    _EVENT_WORD_AFTER_RE,
    _FLIGHT_WORDS,
    _FORCE_MODIFIERS,
    _FORCE_SEAT_RE,
    _FORCE_SEAT_WORDS,
    _GAP_END_RE,
    _GAPPED_HOST_BEFORE_RE,
    _GROUP_PERSON_AFTER_RE,
    _HOSTS_BARE_COUNT_AFTER_RE,
    _KEEPS_BASE_RE,
    _LAND_AFTER_RE,
    _LIST_TAIL_RE,
    _MERCHANT_WORDS,
    _MISSION_AFTER_RE,
    _MISSION_WORD_ANCHORS,
    _MISSION_WORD_RE,
    _NOT_OWNER_SUFFIXES,
    _OWN_ANAPHOR_RE,
    _OWN_FORMATION_AFTER_RE,
    _PLACE_PART_RE,
    _PLACE_ROLE_AFTER_RE,
    _PLAIN_SHIP_NOUNS,
    _PRESENCE_AFTER_RE,
    _SHARE_OF_BEFORE_RE,
    _SHIP_NAME_AFTER,
    _THE_CORPS_NAMED_RE,
    _THE_NAMED_BEFORE_RE,
    _WEAK_FORCE_WORDS,
    _command_name,
    _inside_longer,
    _start,
    _words,
)
from claimwatch.core.extract.places import _MEDICAL_BEFORE_RE, _MEDICAL_NAME_RE, PlaceRules
from claimwatch.core.extract.state import Claim, State
from claimwatch.core.gazetteer import Place, PlaceMention
from claimwatch.core.numbers import (
    _FORCE_CHANGED_TO_BEFORE_RE,
    MODEL_PLURAL,
    SIZE_CHANGE_VERBS,
    FigureMatch,
    find_figures,
    find_unit,
    noun_topic,
    number_starts,
)
from claimwatch.core.text import SOURCE_LABELS, Sentence, dateline_end, may_contain, split_sentences
from claimwatch.models import Actor, ClaimEvent, NewsItem

if TYPE_CHECKING:
    from claimwatch.core.gazetteer import Gazetteer


#: "sanctioned by the United States": the agent of a passive verb, named as who acted, not as a place
#: A sentence that opens with the next leg of a journey from the place named before ("From there, it said, the
#: containers were moved by rail to ...")
_FROM_THERE_MOVED_RE = re.compile(
    r"[ \t]*From[ \t]+there\b[^.;]{0,60}?\b(?:moved|transported|shipped|taken|trucked|sent|flown|driven|"
    r"transferred|railed|carried|ferried|airlifted|continued|went|travell?ed|headed|sailed)\b"
)
_BY_AGENT_BEFORE_RE = re.compile(r"\bby[ \t]+(?:the[ \t]+)?$")
#: "U.S. defense official", "Iraqi security sources": a name that describes a speaker, no place "the area" refers to
_SPEAKER_NOUN_AFTER_RE = re.compile(
    r"(?:[ \t]+[a-z]+){0,2}[ \t]+(?:officials?|spokes(?:man|woman|person)|diplomats?|sources?|envoys?|analysts?)\b"
)
# "the NATO battlegroup in Latvia", "the battlegroup based at Adazi": where a (single) battlegroup is
_BATTLEGROUP_AT_RE = re.compile(
    r"\bbattle-?group[ \t]+(?:(?:based|stationed|deployed)[ \t]+)?(?:in|at)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
#: "Unlike Wagner, the corps ...": the actor compared with, no topic of the sentence
_UNLIKE_BEFORE_RE = re.compile(r"\b[Uu]nlike[ \t]+(?:the[ \t]+)?$")
#: A state's name right after "alongside" / "together with" / "joined by", or in a list opened by one ("alongside
#: U.S. and "): its forces stand beside the sentence's ("with" alone is too loose: "talks with U.S. officials")
#: Between a place and a name: another clause ("in Latvia in May, Castillo said, and a company will train ...")
_OTHER_CLAUSE_RE = re.compile(r"[;:]|,[ \t]+(?:and|but|while|whereas)\b|\b(?:said|says|told)\b")
_ALONGSIDE_BEFORE_RE = re.compile(
    r"\b(?:alongside|together[ \t]+with|joined[ \t]+by)[ \t]+(?:the[ \t]+)?(?:[\w'’.-]+,?[ \t]+(?:and[ \t]+)?){0,3}$"
)
_FOREIGN_NOUN_RE = re.compile(r"\bforeign[ \t]+([a-z]+)", re.IGNORECASE)
#: "allied reinforcements", "an allied naval presence", "the alliance's troops": the allies' forces together.
_ALLIED_NOUN_RE = re.compile(r"(?<![\w-])(?:allied|the[ \t]+alliance(?:'s|’s))[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?", re.I)
#: A host state's own sides, named by their role rather than their state ("government troops", "rebel fighters").
_LOCAL_SIDES = frozenset({"government", "opposition", "rebel", "pro-government"})
_LOCAL_SIDE_NOUN_RE = re.compile(r"\b(?:pro-)?(?:government|opposition|rebel)[ \t]+([a-z]+)", re.IGNORECASE)
#: A force noun the people counted are said not to be ("described them as cooks, not soldiers", "were not troops").
_NOT_FORCE_NOUN_RE = re.compile(
    r"(?:,[ \t]+not|\b(?:are|were|is|was)[ \t]+not|\brather[ \t]+than)[ \t]+(?:as[ \t]+)?([a-z]+)\b", re.IGNORECASE
)
#: A model designator in the plural right after a name: "Spanish F-18s", "Poland's K2s".
_MODEL_PLURAL_AFTER_RE = re.compile(r"(?:'s|’s)?[ \t]+[A-Z][A-Za-z]{0,5}-?\d{1,3}[A-Z]{0,3}s\b")
_SHIP_NAME_RE = re.compile(_SHIP_NAME_AFTER)
#: "long enough to berth", "deep enough to dock": the size of a site, a capacity that places no forces
_ENOUGH_TO_TAKE_RE = re.compile(r"\b(?:long|big|large|deep|wide)[ \t]+enough[ \t]+(?:to|for)\b")
#: A vessel's kind written in lower case right before a capitalised name: the name is the ship's, not a place
_VESSEL_NAME_RE = re.compile(
    r"\b(?:frigate|destroyer|corvette|cruiser|submarine|minesweeper|minehunter|carrier|supply[ \t]+ship|"
    r"survey[ \t]+ship|patrol[ \t]+(?:ship|vessel|boat)|landing[ \t]+ship|assault[ \t]+ship)"
    # (not "the carrier USS Nimitz": a navy's prefix in capitals, which names the owner, is read as such)
    r"(?=[ \t]+[A-Z][a-z])" + _SHIP_NAME_AFTER
)
_VESSEL_ANCHORS = ("frigate", "destroyer", "corvette", "cruiser", "submarine", "mine", "carrier", "ship", "patrol")
#: Capitalised words that may follow a vessel's kind without naming it ("the destroyer Monday", "the frigate HMS")
_NOT_SHIP_NAMES = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
     "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "A", "An",
     "In", "On", "At", "From", "To", "And", "But", "Strike", "Group"}
)  # fmt: skip
#: After a name: a venue in town that may be named after a far place ("the Washington market", "the Lenin Street")
_VENUE_AFTER = (" market", " bazaar", " souk", " street", " avenue", " boulevard", " square", " hotel", " cinema")
#: Inside a quotation opened after "as" ('dismissed the reports as "wishful thinking in'), not after a naming verb
#: ('a base known as "Camp'): the quoted words characterise, they name no place of forces
_AS_QUOTE_BEFORE_RE = re.compile(
    # (not 'described it as "a force of 300 French troops in Niger"': a quotation that counts or names forces)
    r"(?<!known )(?<!dubbed )(?<!nicknamed )(?<!codenamed )(?<!such )\bas[ \t]+[\"“]"
    r"(?![^\"”\n]*\b(?:troops|forces|soldiers|personnel|fighters|units|contingent|presence)\b)[^\"”\n\d]{0,80}$"
)
#: A plural model designator as the subject of a move: "B-52s deployed to", "F-35s have landed at"
_MODEL_PLURAL_MOVED_RE = re.compile(
    r"\b" + MODEL_PLURAL + r"[ \t]+(?:(?:were|have|had|will|have[ \t]+been|had[ \t]+been)[ \t]+)?"
    r"(?:deployed|redeployed|arrived|landed|based|stationed|moved|flew)[ \t]+(?:to|in|at|into)\b"
)
#: A contributor named only by its unit after the counted ones: "..., with smaller Czech and Belgian detachments",
#: "... and a Luxembourg reconnaissance platoon" (what leads up to the name, then what follows it).
_UNIT_CONTRIBUTOR_LEAD_RE = re.compile(r"(?:\band|\bwith|,)[ \t]+(?:(?:an?|smaller|small|larger|further)[ \t]+)*$")
_UNIT_CONTRIBUTOR_AFTER_RE = re.compile(
    r"(?:[ \t]+and[ \t]+(?P<second>[A-Z][\w'-]*))?[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:detachments?|platoons?|compan(?:y|ies)|contingents?|units?|teams?|squadrons?|battalions?)\b"
    r"(?![ \t]+(?:of|in|at|to)\b)"
)
#: The unit words of such a contributor (a cheap gate before the patterns).
_UNIT_CONTRIBUTOR_WORDS = frozenset(
    ("detachment", "detachments", "platoon", "platoons", "company", "companies", "contingent", "contingents", "unit",
     "units", "team", "teams", "squadron", "squadrons", "battalion", "battalions")
)  # fmt: skip
#: The word right after a counted noun: "two artillery battalions" (a unit word after it counts the units)
_WORD_AFTER_UNIT_RE = re.compile(r"[ \t]+([a-z]+)\b")
#: A sentence whose subject is the formation named before as a group
_THE_GROUP_SUBJECT_RE = re.compile(r"[ \t]*(?:-[ \t]+)?The[ \t]+(?:task[ \t]+)?(?:group|team)\b(?!'|’)")
#: A distributive count: "six ships, two from each country"; "A, B and C set it up, each contributing two ships"
_EACH_AFTER_RE = re.compile(r",?[ \t]+(?:from|for)[ \t]+each[ \t]+(?:country|nation|state|member|ally|navy)\b")
_EACH_BEFORE_RE = re.compile(
    r"\beach[ \t]+(?:contributing|providing|sending|supplying|deploying|with|contributes|provides|sends)[ \t]+$"
)
#: A multinational formation whose name calls it a group ("... mine countermeasures task group")
#: (or a team: "the ASEAN Observer Team" is "the team" from there on)
#: Before a group it replaced: "took over from", "replacing", "the successor to"
_REPLACED_BEFORE_RE = re.compile(
    r"\b(?:(?:took|taken|take|takes|taking)[ \t]+over[ \t]+(?:[\w-]+[ \t]+){0,3}?from|replaced|replacing|replaces|"
    # "has taken over every position X held", "took over the bases of X": the posts of the group it replaces
    r"(?:took|taken|take|takes|taking)[ \t]+over[ \t]+(?:the|every|all|each)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:positions?|bases?|posts?|sites?|camps?|garrisons?|deployments?|contracts?)(?:[ \t]+(?:of|once|formerly))?|"
    r"succeeded|succeeding|supplanted|supplanting|successor[ \t]+to|absorbed|absorbing|inherited|inheriting)"
    r"[ \t]+(?:the[ \t]+)?$"
)
#: After a group that is replaced: "('s men) were replaced by", "is due to be replaced by"
_REPLACED_AFTER_RE = re.compile(
    # ("Wagner's roughly 1,500 men are due to be replaced by": a number's thousands comma is no clause break)
    r"(?:(?:'s|’s)[ \t]+(?:[^.;,]|(?<=\d),(?=\d{3})){0,40}?)?[ \t]+(?:[\w-]+[ \t]+){0,4}?"
    r"(?:be|been|being|was|were|is|are)[ \t]+"
    r"(?:gradually[ \t]+|fully[ \t]+|largely[ \t]+)?(?:replaced|succeeded|supplanted|absorbed)[ \t]+by\b"
)
_GROUP_NAME_END_RE = re.compile(r"\b(?:[Gg]roup|[Tt]eam)$")
#: An open question of whose the forces are: "without saying whether they belonged to Wagner or the", "it was not
#: clear whether the men served with": the actors it names own nothing the sentence counts
_WHOSE_QUESTION_BEFORE_RE = re.compile(
    r"\b(?:without[ \t]+saying|without[ \t]+specifying|did[ \t]+not[ \t]+say|didn't[ \t]+say|would[ \t]+not[ \t]+say|"
    r"declined[ \t]+to[ \t]+say|unclear|not[ \t]+clear|not[ \t]+known|not[ \t]+say)[ \t]+whether[ \t]+"
    r"(?:they|he|she|those|these|the[ \t]+[\w-]+|all[ \t]+of[ \t]+them)[ \t]+"
    r"(?:belonged[ \t]+to|served[ \t]+(?:with|in|for)|worked[ \t]+for|fought[ \t]+for|were[ \t]+(?:from|with|in|"
    r"members[ \t]+of|part[ \t]+of|working[ \t]+for|serving[ \t]+with)|were)[ \t]+[^,;.]*$"
)
#: ", where " right before a clause's subject: "stay in Latvia, where Canada is deploying"
_WHERE_SUBJECT_BEFORE_RE = re.compile(r",[ \t]+where[ \t]+(?:the[ \t]+)?$")
#: The join that opens a later clause of what happened before the main one: "..., days after the rebels resumed"
_AFTER_JOIN_END_RE = re.compile(
    r",[ \t]+(?:(?:hours|days|weeks|shortly|soon|a[ \t]+day|a[ \t]+week)[ \t]+)?after(?:[ \t]+the)?[ \t]+$"
)
_UNIT_AFTER_RE = re.compile(r"[ \t]+(?:contingent|garrison|detachment)\b")
_ITS_BEFORE_NAME_RE = re.compile(r"\b(?:its|their)[ \t]+[\"“‘']?$")


#: Before a place named as a neighbour, alone or in a list: "close to the borders with Sudan and Chad"
_BORDER_LIST_BEFORE_RE = re.compile(
    r"\b(?:borders?|frontiers?|boundary)[ \t]+with[ \t]+"
    r"(?:(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+|[ \t]+))*$"
)
_ELIDED_PAIR_KEYS = (" and North ", " and South ", " and East ", " and West ", " and Upper ", " and Lower ")
_ELIDED_PAIR_HEADS = ("North ", "South ", "East ", "West ", "Upper ", "Lower ")
#: "in North and South Kivu": the first of two compass-named provinces with the shared name left out
_ELIDED_PAIR_BEFORE_RE = re.compile(r"\b(?:North|South|East|West|Upper|Lower)[ \t]+and[ \t]+$")


#: After the first place of a hyphenated pair that names a boundary: "-Iraq border", "-Cambodian frontier"
_BORDER_PAIR_AFTER_RE = re.compile(r"-[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*)?[ \t]+(?:border|frontier|boundary)\b")
#: Before and after the second: "Iran-" ... " border"
_BORDER_PAIR_BEFORE_RE = re.compile(r"\b[A-Z][\w'’]*-$")
_BORDER_WORD_AFTER_RE = re.compile(r"[ \t]+(?:border|frontier|boundary)\b")


#: "allied troops", "allied NATO troops" right before the counted noun: the allies' forces together (not
#: "U.S.-allied": a hyphen)
_ALLIED_BEFORE_NOUN_RE = re.compile(r"(?<![\w-])[Aa]llied[ \t]+(?:[A-Z][\w.]*[ \t]+)?$")
#: "in western ", "to the north-eastern ": a preposition and a compass point before a name (a place, not an actor)
_PREP_POINT_BEFORE_RE = re.compile(
    r"\b(?:in|at|to|into|from|across|near|of)[ \t]+(?:the[ \t]+)?(?:north|south|east|west|central|north-?east|"
    r"north-?west|south-?east|south-?west)(?:ern)?[ \t]+$"
)
#: Between a place set before a count and the count: "in Chad about 100", "in Chad, about 100"
_FRONTED_PLACE_GAP_RE = re.compile(r",?[ \t]+")
#: A contrasting clause: ", while", ", whereas"
_WHILE_CLAUSE_RE = re.compile(r",[ \t]+(?:while|whereas)[ \t]")
#: "and in ", ", in the " right before a place, or "In " opening the sentence (not "are still in Niger, some 450 of
#: them in X": a place of the clause before the count)
_IN_BEFORE_PLACE_RE = re.compile(r"(?:^|,[ \t]*|\band[ \t]+)[Ii]n[ \t]+(?:the[ \t]+)?$")


def _home_contingent(body: str, m: ActorMention, places: list[PlaceMention]) -> bool:
    """Whether a state's name heads a unit posted in that very state ("The Niger contingent, based at Agadez"): a
    contingent, garrison or detachment serves away from home, so the name says where the unit is, not whose it is
    (the owner is the force the item is about; "the Chadian contingent" keeps its demonym owner)."""
    if m.entry.form != "name" or m.entry.actor.kind != "state" or m.possessive:
        return False
    if not _UNIT_AFTER_RE.match(body, m.end):
        return False
    if _ITS_BEFORE_NAME_RE.search(body, max(0, m.start - 8), m.start):
        return True  # 'the group said its "Chad contingent" had grown': whose it is, "its" says; the name, where
    if not _DEFINITE_BEFORE_RE.search(body, max(0, m.start - 4), m.start):
        return False
    stop = body.find(".", m.end)
    stop = len(body) if stop < 0 else stop
    code = m.entry.actor.code.upper()
    return any(
        m.end < p.start < stop and p.start - m.end <= 120 and (p.place.country_code or "").upper() == code
        for p in places
    )


def _border_pair(body: str, p: PlaceMention) -> bool:
    """Whether the place is one of a hyphenated pair naming the boundary between two ("the Iran-Iraq border")."""
    if body.startswith("-", p.end):
        return _BORDER_PAIR_AFTER_RE.match(body, p.end) is not None
    return (
        body[p.start - 1 : p.start] == "-"
        and _BORDER_PAIR_BEFORE_RE.search(body, max(0, p.start - 30), p.start) is not None
        and _BORDER_WORD_AFTER_RE.match(body, p.end) is not None
    )


def _with_elided_pair(body: str, p: PlaceMention) -> PlaceMention:
    """A place named as the second of an elided pair ("North and South Kivu") spans the pair, so that the word
    before it ("in") governs it."""
    if not p.text.startswith(_ELIDED_PAIR_HEADS):
        return p
    m = _ELIDED_PAIR_BEFORE_RE.search(body, max(0, p.start - 16), p.start)
    if m is None:
        return p
    return PlaceMention(m.start(), p.end, body[m.start() : p.end], p.place)


#: A plural region word shared by names joined before it: "the Donetsk and Luhansk regions", "the Kursk, Bryansk and
#: Belgorod oblasts", "the Kharkiv and Sumy directions" (each name is its region, not its city).
_SHARED_SUFFIX_KEYS = (" regions", " directions", " oblasts", " provinces", " fronts", " sectors", " axes")
_SHARED_SUFFIX_AFTER_RE = re.compile(
    r"[ \t]+(regions|directions|oblasts|provinces|fronts|sectors|axes)\b", re.IGNORECASE
)
_SHARED_SUFFIX_GAP_RE = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
_SHARED_SUFFIX_SINGULAR = {
    "regions": "region", "directions": "direction", "oblasts": "oblast", "provinces": "province", "fronts": "front",
    "sectors": "sector", "axes": "axis",
}  # fmt: skip


#: A row of a list that gives each actor its count, then where it is: "Norway - about 300 - Camp X" (the label, a
#: count with or without its noun, a second dash or the place in brackets: "Norway - 300 (Camp X)"); a table's row
#: is the same with pipes: "| Norway | 300 | Camp X |"
_DASH_ROW_RE = re.compile(
    r"[ \t]*(?:[•*|][ \t]*)?(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]+[-–—|][ \t]+"
    r"(?P<count>" + _COUNT_MODIFIER + r"~?\d[\d,.]*(?:[ \t]+(?:million|thousand))?)"
    r"(?P<noun>(?:[ \t]+[a-z][\w-]*){1,2})?(?:[ \t]+[-–—|][ \t]+\w|[ \t]*\([ \t]*[A-Z])"
)

#: A list row whose count follows its label and a colon: "Norway: 700 (Estonia)", "Chad: about 1,000, mostly in
#: Abeche", or a comma when the place follows in brackets: "Norway, 700 (Estonia)". The label is whose the count
#: is, or, in a list under one actor's heading, where that actor's count is.
_COLON_ROW_RE = re.compile(
    r"[ \t]*(?:[•*][ \t]*)?(?P<label>[A-Z][\w.'’-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w.'’-]*){0,4})"
    r"(?:[ \t]*:[ \t]+(?P<count>" + _COUNT_MODIFIER + r"~?\d[\d,.]*(?:[ \t]+(?:million|thousand))?)"
    r"(?P<noun>(?:[ \t]+[a-z][\w-]*){1,2})?(?=[ \t]*(?:[(,;—–]|$))"
    r"|,[ \t]+(?P<ccount>" + _COUNT_MODIFIER + r"~?\d[\d,.]*)(?=[ \t]*\([ \t]*[A-Z]))"
)
#: A table row of label, place and counts in cells: "| Norway | Estonia | 700 | 650 |" (each count is there); a
#: cell after the counts says by whom or which sites: "| Norway | Estonia | about 700 | Army staff |"
_CELL_ROW_RE = re.compile(
    r"[ \t]*(?:\|[ \t]*)?(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Za-z][\w.'’-]*){0,3})[ \t]+\|[ \t]+"
    r"(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]+\|[ \t]+"
    r"(?P<count>" + _COUNT_MODIFIER + r"~?\d[\d,.]*(?:[ \t]+\|[ \t]+~?\d[\d,.]*)*)"
    r"(?:[ \t]*\|?[ \t]*$|[ \t]+(?:\([^|\n]*\)[ \t]*)?\|[ \t]+[^|\n]+(?:\|[ \t]*)?$)"
)
#: A table's rule under its header: "|---|---|"
_TABLE_RULE_RE = re.compile(r"[ \t|:-]+")
_ROW_RES = (_DASH_ROW_RE, _COLON_ROW_RE, _CELL_ROW_RE)
#: An entry of a list run into one sentence after a colon, its entries split by semicolons: "...: Chad, 900 (Abeche);
#: Niger, about 700, mostly in Niamey" reads as the rows "Chad, 900 (Abeche)" and "Niger: about 700, ..."
_INLINE_ROW_RE = re.compile(
    r"(?:and[ \t]+)?(?:the[ \t]+)?(?P<label>[A-Z][\w.'’-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w.'’-]*){0,4})"
    r"[,:][ \t]+(?P<count>" + _COUNT_MODIFIER + r"~?\d[\d,.]*(?:[ \t]+(?:million|thousand))?)(?=[ \t]*(?:[(,.]|$))"
)
#: The words of a run-in list's lead that break down a count given before: "broke the total down by country:"
_BREAKDOWN_WORDS = frozenset(("total", "breakdown", "broke", "broken"))


#: A briefing transcript's question: "Q:", "QUESTION:", "Q."
_QUESTION_LINE_RE = re.compile(r"[ \t]*(?:Q|QUESTION|Question)[ \t]*[:.][ \t]")
#: After a name, the rest of a list's entry: " in Slovakia, 900", " at Tapa, about 1,100"
_LIST_ENTRY_AFTER_RE = re.compile(
    r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z][^,;:]{0,40},[ \t]+(?:(?:about|around|roughly|some|nearly|over)[ \t]+)?\d"
)
#: A digest line's run-in label before its text: "- Lithuania: The brigade ...", "Eastern DRC - Uganda has ..."
_LINE_LABEL_RE = re.compile(
    r"[ \t]*(?P<bullet>[-–•*][ \t]*)?(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?::|[ \t]+[-–—])[ \t]+[A-Z]"
)
#: A roundup's section heading in capitals, alone on its line: "NIGER", "2. SOUTH SUDAN (UNMISS)", "THE GULF"
#: A digest paragraph's run-in heading, a sentence of its own: "Lithuania.", "Black Sea.", "Horn of Africa.",
#: "Korea/Russia." (capitalised words only: "Sudan is the exception." is a sentence, not a heading)
_RUN_IN_HEADING_RE = re.compile(r"[A-Z][\w'’-]*(?:(?:[ /]|[ \t](?:of|and|the)[ \t])[A-Z][\w'’-]*){0,3}\.")
_SECTION_HEADING_RE = re.compile(r"(?:\d{1,2}[.)][ \t]*)?[A-Z][A-Z'’&,./ \t-]{2,40}(?:\([A-Z][A-Z ]{1,20}\))?[ \t]*:?")
#: An explainer's counting question: "How many Ghanaian troops serve abroad?"
_HOW_MANY_LINE_RE = re.compile(r"[ \t]*How[ \t]+many[ \t]")
#: A named source's word relayed in a question.
_SOURCE_SAYS_RE = re.compile(r"\b(?:says|said|according[ \t]+to|told)\b")
#: The word right after a name.
_NEXT_WORD_RE = re.compile(r"[ \t]+([A-Za-z]+)")


#: A company named by its state or its arm, trained or deployed somewhere: "A Dutch company trained in Estonia", "a
#: Polish mechanised company was deployed to Latvia" (not "a company based in", a firm's seat).
#: "North Korean-made rocket launchers", "Iranian-built drones": the state that made the weapon named after it
_MADE_AFTER_RE = re.compile(r"-(?:made|built|produced|manufactured)\b")
#: A sale or delivery in the sentence: the weapon's maker is then no more than its origin ("Chinese-made drones that
#: the UAE delivered to Sudan" are not China's in Sudan)
_HANDED_WORDS = frozenset(
    {"delivered", "supplied", "sold", "sent", "transferred", "provided", "shipped", "gave", "donated", "smuggled",
     "bought", "purchased", "acquired", "seized", "captured", "intercepted"}
)  # fmt: skip
_COMPANY_MOVED_RE = re.compile(
    r"\b[A-Z][a-z]+[ \t]+(?:(?:infantry|mechani[sz]ed|armou?red|rifle|engineer|tank|reconnaissance|airborne|marine)"
    r"[ \t]+)?company[ \t]+(?:(?:was|were|is|has[ \t]+been|had[ \t]+been|will[ \t]+be)[ \t]+)?"
    r"(?:trained|deployed|stationed|rotated|exercised|redeployed)[ \t]+(?:in|to|at)\b"
)
#: The source did not say where what it counted is: "without saying where", "but did not say where they are".
_NOT_SAID_WHERE_RE = re.compile(
    r"\b(?:without|not|never|declined[ \t]+to|refused[ \t]+to)[ \t]+(?:saying|specifying|disclosing|giving|revealing|"
    r"say|specify|disclose|give|reveal|indicate|indicating)[ \t]+where\b"
)
#: Participles that put forces or weapons at a place ("batteries deployed to", "jets stationed in")
_PLACED_PARTICIPLES = frozenset({"deployed", "stationed", "based", "positioned", "placed", "garrisoned", "redeployed"})

class Extractor(FigureRules, PlaceRules, EventRules):
    """Turns news items into claim events. Build once (loads the gazetteer) and reuse."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        if gazetteer is None:
            from claimwatch.core.gazetteer import Gazetteer as _Gaz

            gazetteer = _Gaz.load()
        self.gazetteer = gazetteer
        self.actors = ActorIndex(gazetteer.countries())
        self.cues = load_cues()

    def _ship_names(self, body: str, found: list[ActorMention]) -> list[tuple[int, int]]:
        """Spans of the names after a navy's ship prefix ("HMS Severn", "USS Port Royal"): a ship named after a
        river or a town ("Severn", "Port Royal") is not a place, and must not tell the gazetteer which country
        the item's other place names are in."""
        out: list[tuple[int, int]] = []
        for m in found:
            if self._ship_prefix(m) and (name := _SHIP_NAME_RE.match(body, m.end)):
                out.append((name.start("name"), name.end("name")))
        if may_contain(body, _VESSEL_ANCHORS):
            # "the frigate Rizhao", "the survey ship Oruc Reis": a vessel's kind in lower case, then its name
            out.extend(
                (v.start("name"), v.end("name"))
                for v in _VESSEL_NAME_RE.finditer(body)
                if v.group("name").split()[0] not in _NOT_SHIP_NAMES
            )
        return out

    def extract(self, item: NewsItem, *, multinational: bool = False) -> list[ClaimEvent]:
        """The item's claims. An alliance's, mission's or coalition's own claims (``multinational_forces`` in
        actors.json) are left out unless ``multinational``: such a force counts several states' forces together,
        which no actor owns, and its contributors' shares are the claims. With ``multinational`` they are kept,
        to read how the extractor keeps such totals from the lead nation and the contributors."""
        body = item.body
        sentences = split_sentences(body)
        dl = dateline_end(body)
        if dl and body[dl - 2 : dl].strip() == ":" and not any(p.start == 0 for p in self.gazetteer.find(body[:dl])):
            dl = 0  # "CITY: " is a dateline only when it names a place ("UN: 20 killed" is a headline's source)
        st = State()
        if item.title:
            # "Transcript: Pentagon Press Secretary Holds a Briefing": the state organ whose office speaks in the
            # headline owns the counts and moves of a body that never names whose they are (not "Iran fires
            # missiles at a US base": a state named as an actor of the news, not as the voice of the item)
            title_found = self.actors.find(item.title)
            st.title_actor = next(
                (m.entry for m in title_found if m.entry.form == "metonym" and m.entry.actor.kind == "state"),
                None,
            )
            if not set(_words(item.title.lower())).isdisjoint(self.cues.personnel_nouns):
                # "A map of Ghana's soldiers overseas", "Ghanaian troops abroad": the one state whose forces the
                # headline names (not "Sudan mission releases troop figures": a state named as a place)
                found_t = [m for m in title_found if m.entry.actor.kind == "state"]
                owners_t = {
                    m.entry.actor.code: m.entry
                    for m in found_t
                    if (m.possessive or m.entry.form == "demonym")
                    and _noun_follows(
                        item.title,
                        m.end + 2 * item.title.startswith(("'s", "’s"), m.end),  # (past a possessive's "'s")
                        self.cues.personnel_nouns,
                        24,
                    )
                }
                if len(owners_t) == 1 and len({m.entry.actor.code for m in found_t}) == 1:
                    st.title_owner = next(iter(owners_t.values()))
            if "the region" in body:
                # "Where U.S. forces stand in the Middle East" over "... 45,000 troops across the region": the
                # region the headline names is the one a body that names none before refers back to
                st.title_region = next(
                    (p for p in self.gazetteer.find(item.title)
                     if p.place.kind == "macro" and p.place.name in self.cues.anaphor_regions),
                    None,
                )  # fmt: skip
        out: list[ClaimEvent] = []
        seen: set[str] = set()
        # Names are found once per body: cheaper than per sentence, and the gazetteer
        # ranks ambiguous names by the countries the whole item names.
        # A dateline ("CAMP BLAZ, Guam -") says where the story was filed: it names no owner and no place.
        # A place inside the name of a command or fleet ("U.S. Africa Command", "Marine Corps Forces Pacific")
        # names an organisation, not where forces are; a sea in a compound ("the Indo-Pacific") names no sea.
        found = self._company_mentions(body, self.actors.find(body))
        ships = self._ship_names(body, found)
        body_places = [
            p
            for p in self.gazetteer.find(body, ships)
            if p.start >= dl
            and not _command_name(body, p)
            and not body.startswith(_NOT_OWNER_SUFFIXES, p.end)
        ]
        # a group's name that is also a town somewhere ("Hamas") names the group, and so does a place that opens a
        # group's name ("the Black Sea mine countermeasures task group")
        # ("the Islamic Resistance in Iraq", "the Alliance of Sahel States": a place inside the name of a group that
        # serves in no mission names the group too)
        groups = {(m.start, m.end, m.entry.theatre is None) for m in found if m.entry.actor.kind == "group"}
        if groups:
            body_places = [
                p
                for p in body_places
                if not any((a == p.start or inner) and a <= p.start and p.end <= b for a, b, inner in groups)
            ]  # (not "the ... Mission in Somalia": a mission's name may say where it serves)
        body_places = self._demonym_lands(body, found, body_places)
        if "-" in body:
            # "the Iran-Iraq border": a boundary of two places is neither place by itself
            body_places = [p for p in body_places if not _border_pair(body, p)]
        if ('"' in body or "“" in body) and "as" in body:
            # 'brushed aside rumours that it would leave as "wishful thinking in Paris and Kyiv"': a quoted
            # characterisation names what someone called a thing, no place where forces are
            body_places = [
                p for p in body_places if _AS_QUOTE_BEFORE_RE.search(body, max(0, p.start - 90), p.start) is None
            ]
        # (only a place named "North ...", "Upper ..." can be the second of a pair: the body is searched for one
        # when the item names such a place)
        if any(p.text.startswith(_ELIDED_PAIR_HEADS) for p in body_places) and any(
            a in body for a in _ELIDED_PAIR_KEYS
        ):
            body_places = [_with_elided_pair(body, p) for p in body_places]
        if any(a in body for a in _SHARED_SUFFIX_KEYS):
            body_places = self._shared_suffix_places(body, body_places)
        # "traders at the Washington market" in an item that names no other place in that land: a venue in town
        # named after a far place, no place (and no actor)
        venues = [
            p for p in body_places if body.startswith(_VENUE_AFTER, p.end) and body.endswith("the ", 0, p.start)
        ]
        if venues:
            lands = {p.place.country_code for p in body_places if p not in venues}
            venues = [p for p in venues if p.place.country_code not in lands]
            body_places = [p for p in body_places if p not in venues]
        # A name inside a longer place name ("China" in "the South China Sea", "Oman" in "the Gulf of Oman")
        # is part of the place, not an actor.
        spans = [(p.start, p.end) for p in body_places]
        if venues:
            found = [m for m in found if not any(p.start == m.start for p in venues)]
        body_mentions = [
            m
            for m in found
            if m.start >= dl
            and not _inside_longer(spans, m.start, m.end)
            # ("the cruiser USS Philippine Sea": a word of a warship's name names no state)
            and not any(a <= m.start < b for a, b in ships)
            and self._owner_candidate(body, m)
        ]
        if "contingent" in body or "garrison" in body or "detachment" in body:
            body_mentions = [m for m in body_mentions if not _home_contingent(body, m, body_places)]
        named_before = {m.start for m in body_mentions}
        body_mentions = self._ship_mentions(body, body_mentions, [m for m in found if m.start >= dl])
        # a warship named again on its own ("the Tromp, with about 200 crew"): its crew are sailors
        st.ship_starts = {m.start for m in body_mentions if m.start not in named_before}
        for m in body_mentions:
            if m.entry.form == "group" and m.entry.sponsor and m.entry.operates_in:
                ahead = st.groups_ahead.setdefault(m.entry.sponsor, [])
                if m.entry not in ahead:
                    ahead.append(m.entry)
        nat = self.actors.nationals_markers
        cue = self.actors.nationals_cue_re
        fighter_nouns = self.actors.nationals_fighter_nouns
        for k, m in enumerate(body_mentions):
            # "Colombian mercenaries" anywhere in the item: its "Colombian fighters/soldiers" are those nationals
            if m.entry.form == "demonym" and m.entry.actor.kind == "state":
                if _noun_follows(body, m.end, nat, 30) or (
                    _noun_follows(body, m.end, fighter_nouns, 12)
                    and not (k and self._own_state_before(body, body_mentions[k - 1], m))
                    and not self._fighter_aircraft(body, m)
                ):
                    st.nationals_seen.add(m.entry.actor.code)
                elif (
                    cue is not None
                    and not m.possessive
                    and (pv := _PASSIVE_AFTER_RE.match(body, m.end)) is not None
                    and (m.text.endswith("s") or pv.group(1))
                    and cue.match(body, pv.end()) is not None
                ):
                    # "The Chadians were likely recruited in North Darfur", "Hundreds of Chadian men have been
                    # recruited": the item's Chadian fighters are hired nationals, not Chad's forces, wherever the
                    # item counts them
                    st.nationals_seen.add(m.entry.actor.code)
                elif (
                    cue is not None
                    and not m.possessive
                    and (fa := _FIGHTERS_AFTER_RE.match(body, m.end)) is not None
                    and cue.match(body, fa.end()) is not None
                ):
                    # "Afghan fighters recruited by Tehran": hired nationals, though no count names them there
                    st.nationals_seen.add(m.entry.actor.code)
                if self.actors.security_re is not None and self.actors.security_re.match(body, m.end):
                    st.security_seen.add(m.entry.actor.code)
        # Where numbers may start, found once for the body: most sentences have none and skip the number parser.
        st.number_starts = number_starts(body)
        st.body = body
        # the mentions' and places' starts, for ``bisect`` on plain ints (no key function called per step)
        st.mention_starts = [m.start for m in body_mentions]
        st.place_starts = [p.start for p in body_places]
        #: the place-only events of the last sentence, with where their places start in it
        last_placed: list[tuple[ClaimEvent, int]] = []
        # the sentences shaped as rows of a "<actor> - <count> - <place>" list or table (a cheap gate: a dash or pipe)
        rows = (
            {s.index for s in sentences if any(r.match(s.text) for r in _ROW_RES)}
            if " - " in body or "–" in body or " | " in body or ": " in body or " (" in body
            else set()
        )
        for s in sentences:
            heading = bool(len(s.text) <= 60 and s.text.isupper() and _SECTION_HEADING_RE.fullmatch(s.text.strip()))
            if not heading and len(s.text) <= 40 and s.text[:1].isupper() and self._alone(s, sentences):
                # a line that is a place's name alone ("Burkina Faso", "Western Sahara"): a section's heading too
                at = bisect_left(st.place_starts, s.start)
                heading = (
                    at < len(body_places)
                    and body_places[at].start == s.start
                    and body_places[at].end == s.start + len(s.text.rstrip().rstrip(":"))
                )
            run_in = (
                not heading
                and len(s.text) <= 32
                and _RUN_IN_HEADING_RE.fullmatch(s.text) is not None
                and (s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph)
                and s.index + 1 < len(sentences)
                and sentences[s.index + 1].paragraph == s.paragraph
            )
            if st.run_in_paragraph >= 0 and s.paragraph != st.run_in_paragraph:
                # a digest's paragraph ends its run-in heading's section: the next paragraph has its own
                self._end_section(st)
                st.section_place, st.run_in_paragraph = None, -1
            if run_in:
                st.run_in_paragraph = s.paragraph
                heading = True
            if heading:
                # a section of a roundup starts: the one place its heading names, if any, is where the section is
                self._end_section(st)
                at = bisect_left(st.place_starts, s.start)
                named = [p for p in body_places[at:] if p.end <= s.end]
                st.section_place = named[0] if len({p.place.country_code for p in named}) == 1 else None
            elif (
                (st.section_place is None or st.run_in_paragraph >= 0)
                and (s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph)
                and (lab := _LINE_LABEL_RE.match(s.text)) is not None
                and not lab.group("label").isupper()  # ("NAIROBI - ": a dateline, the writer's seat)
                and (s.paragraph > 0 or lab.group("bullet"))
            ):
                # a digest line's label ("- Lithuania: ...", "Chad - ...") is its section's place, to the line's end
                at = bisect_left(st.place_starts, s.start)
                named = [p for p in body_places[at:] if p.end <= s.start + lab.end("label")]
                if named and len({p.place.country_code for p in named}) == 1:
                    st.section_place, st.run_in_paragraph = named[0], s.paragraph
            if _QUESTION_LINE_RE.match(s.text):
                st.question_paragraph = s.paragraph  # a briefing transcript's "Q:" paragraph: the reporter asks
            if s.label in SOURCE_LABELS:
                if st.source_claimant is None:
                    st.source_claimant = source_line_claimant(s.text)
                continue
            st.sentence_no += 1
            st.list_row_place = st.list_row_actor = None
            st.list_row = (
                self._list_row(s, sentences, rows, body_mentions, body_places, st) if s.index in rows else None
            )
            if _HOW_MANY_LINE_RE.match(s.text) and s.text.rstrip().endswith("?") and self._alone(s, sentences):
                # an explainer's question line ("How many Ghanaian troops serve abroad?"): the bare count that
                # opens the next line answers it, a count of the question's noun
                noun = next((w for w in _words(s.text.lower()) if w in self.cues.noun_topic), None)
                st.count_question = (st.sentence_no, self.cues.noun_topic[noun]) if noun else None
            if last_placed and _FROM_THERE_MOVED_RE.match(s.text):
                # "... and unloaded at Dunay in Russia's Far East. From there, the containers were moved by rail to
                # X": the last place the sentence before named is a stage of the journey, not where the load is (a
                # count placed there keeps its claim)
                last = max(at for _, at in last_placed)
                stage = [ev for ev, at in last_placed if at == last]
                out[:] = [ev for ev in out if not any(ev is x for x in stage)]
            last_placed = []
            before = {id(p) for p in st.places_named} if heading else None
            claims: list[tuple[Claim, int]] = []
            entries = self._inline_rows(s) if "; " in s.text and ": " in s.text else None
            if entries is None:
                parts = self._clauses(s, body_mentions, st.mention_starts)
            else:
                # a list run into the sentence: its lead, then each entry read as a row of the list
                lead = replace(s, text=s.text[: entries[0][0]], end=s.start + entries[0][0])
                parts = [*self._clauses(lead, body_mentions, st.mention_starts)]
                parts += [replace(s, text=s.text[a:b], start=s.start + a, end=s.start + b) for a, b in entries]
            for part in parts:
                if entries is not None and part.start - s.start >= entries[0][0]:
                    st.list_row_place = st.list_row_actor = None
                    st.list_row = self._inline_row(part, lead.text, body_mentions, body_places, st)
                claims += [(c, part.start - s.start) for c in self._sentence(part, st, body_mentions, body_places)]
            if before is not None:
                st.heading_places = [p for p in st.places_named if id(p) not in before]
            if claims and (
                s.text.rstrip().rstrip("\"”'’").endswith("?")
                or (s.paragraph == st.question_paragraph and not _SOURCE_SAYS_RE.search(s.text))
            ):
                # "Are the two aircraft carriers still in the region?", "Q: There are reports of about 1,200 more
                # personnel flowing into X.": a question claims nothing (the answer does); but a reporter may relay
                # a source's claim ("Q: The Romanian defense ministry says up to 3,000 troops could be cut.")
                claims = []
            if st.group_actor is not None and _THE_GROUP_SUBJECT_RE.match(s.text):
                st.group_subject_sentence = st.sentence_no  # "The task group took in its first ships. It now has"
            if not claims:
                continue
            claimant = self._claimant(s, sentences, st)
            flags = self._flags(s.text, item)
            events: list[tuple[Claim, tuple[bool, bool, date | None], int]] = []
            for c, off in claims:
                cf = flags
                fig = c.figure
                earlier = False
                if flags[0] and fig is not None:
                    rel = self._denial_after_relative(s.text, off + fig.number.start)
                    if rel is not None:
                        cf = (False, flags[1], flags[2])
                        if c.place is not None and not rel[0] <= off + c.place.start < rel[1]:
                            # "Ethiopia's army, which has about 160,000 troops, is not involved in Sudan": the
                            # clause gives the figure; the place belongs to the denied main clause
                            events.append((Claim(c.actor, c.topic, None, c.place), flags, off))
                            c = Claim(c.actor, c.topic, fig, None)
                    elif (
                        (later := self._denial_only_later(s.text, off + fig.unit_end))
                        or (earlier := self._denial_only_earlier(s.text, off + fig.number.start))
                        # "withdrawn from Kursk and moved to X, where some 4,000 of them train": moved on, not gone
                        or self._moved_on_after_withdrawal(s.text, off + fig.number.start)
                    ):
                        cf = (False, flags[1], flags[2])
                        if (
                            later
                            and c.place is not None
                            and c.place.start > off + fig.unit_end
                            and not self._denial_only_later(s.text, off + c.place.end)
                        ):
                            # "300 men left on Monday and that no unit remains in X": the place is the denied clause's
                            events.append((Claim(c.actor, c.topic, None, c.place), flags, off))
                            c = Claim(c.actor, c.topic, fig, None)
                        elif (
                            not later
                            and earlier
                            and c.place is not None
                            and self._report_between(s.text, off + c.place.end, off + fig.number.start)
                            and " there" not in s.text[off + fig.unit_end :]
                        ):
                            # "denied that troops were at X, after media reported 200 at Y": X is the denied clause's
                            # (not when the report says "200 were there": it places them at X)
                            events.append((Claim(c.actor, c.topic, None, c.place), flags, off))
                            c = Claim(c.actor, c.topic, fig, None)
                elif (
                    flags[0]
                    and fig is None
                    and c.place is not None
                    and (
                        self._denial_only_later(s.text, off + c.place.end)
                        or self._denial_only_earlier(s.text, off + c.place.start)
                        or self._moved_on_after_withdrawal(s.text, off + c.place.start)
                    )
                ):
                    # "troops were stationed in Kursk and Belgorod, but found no evidence that they were used in
                    # Donetsk": the denial opens a later clause; the places before it are claimed, not denied
                    cf = (False, flags[1], flags[2])
                events.append((c, cf, off))
            for c, cf, off in events:
                ev = self._event(item, s, c, claimant, cf)
                if ev.claim_id not in seen:
                    seen.add(ev.claim_id)
                    out.append(ev)
                    if c.place is not None and c.figure is None:
                        last_placed.append((ev, c.place.start + off))
        # An alliance's or mission's own claims are dropped only here, after they have done their work in the
        # sentences (owning the totals that no contributor may take, placing the contingents named with them)
        if multinational:
            return out
        multi = self.actors.multinational_codes
        return [ev for ev in out if ev.actor.code not in multi]

    def _fighter_aircraft(self, body: str, m: ActorMention) -> bool:
        """ "Two Chinese fighters entered the zone, and Japan scrambled jets": in a sentence about aircraft, a
        demonym's "fighters" are fighter jets of that state, not hired nationals."""
        air = self.actors.fighter_aircraft_re
        if air is None:
            return False
        start = max(body.rfind(". ", 0, m.start), body.rfind("\n", 0, m.start)) + 1
        ends = [e for e in (body.find(". ", m.end), body.find("\n", m.end)) if e >= 0]
        return air.search(body, start, min(ends) if ends else len(body)) is not None

    @staticmethod
    def _own_state_before(body: str, prev: ActorMention, m: ActorMention) -> bool:
        """ "Azerbaijan has sent 600 Azerbaijani fighters": the state named before its demonym in the sentence has
        them, so they are its forces, not hired nationals."""
        return (
            prev.entry.actor.code == m.entry.actor.code
            and prev.entry.form != "demonym"
            and m.start - prev.end < 80
            and ". " not in body[prev.end : m.start]
            and "\n" not in body[prev.end : m.start]
        )

    def _list_row(
        self,
        s: Sentence,
        sentences: list[Sentence],
        rows: set[int],
        body_mentions: list[ActorMention],
        body_places: list[PlaceMention],
        st: State,
    ) -> tuple[ActorEntry, str | None, int, int] | None:
        """A row of a list of two or more rows of one shape ("Norway - about 300 - Camp X", "Norway: 300 (X)",
        "| Norway | X | 300 |") counts its label's forces: the label must be the only actor of its row, and a state
        or a state's own group (an alliance's or a mission's row would count its members). In a list whose heading
        line, or else the headline, names one state's forces, a label that is a place is where that state's count
        is. Its topic is the one noun topic of the list's heading, else troops (None when the row names its own
        noun)."""
        if s.index - 1 not in rows and s.index + 1 not in rows:
            return None  # a single such line is no list
        m = next((x for r in _ROW_RES if (x := r.match(s.text)) is not None), None)
        if m is None:
            return None
        first = s.index
        while first - 1 in rows:
            first -= 1
        label = (s.start + m.start("label"), s.start + m.end("label"))
        lo = bisect_left(st.mention_starts, s.start)
        hi = bisect_left(st.mention_starts, s.end, lo=lo)
        ms = body_mentions[lo:hi]
        cg = "count" if m.group("count") is not None else "ccount"  # (a comma row's count)
        cs, ce = s.start + m.start(cg), s.start + m.end(cg)
        # the row's first place after its count ("Norway: 700 (Estonia)"), or its place cell ("| Norway | Estonia |")
        pos = s.start + m.start("place") if m.re is _CELL_ROW_RE else ce
        at = bisect_left(st.place_starts, pos)
        after = body_places[at] if at < len(body_places) and body_places[at].end <= s.end else None
        entry = self._row_label_owner(s, m, ms, label, after, st)
        if entry is not None:
            st.actor_row_sentence = st.sentence_no
            if m.re is _CELL_ROW_RE:
                st.list_row_place = after
            return entry, self._list_topic(m, sentences, first), cs, ce
        if m.re is _DASH_ROW_RE or (owner := self._list_owner(sentences, first, body_mentions, st)) is None:
            return None
        if (p := self._place_label(label, after, ms, owner, body_places, st)) is not None:
            # "France" over "- Bahrain: 2,100": the heading's state has the count, the label is where
            st.list_row_place = p
            return owner, self._list_topic(m, sentences, first), cs, ce
        return None

    @staticmethod
    def _inline_rows(s: Sentence) -> list[tuple[int, int]] | None:
        """The spans of the entries of a list run into the sentence after its first colon, when there are two or
        more and each is a row ("label, count ..."); else None."""
        text = s.text
        at = text.find(": ") + 2
        spans: list[tuple[int, int]] = []
        while True:
            end = text.find("; ", at)
            stop = len(text) if end < 0 else end
            if _INLINE_ROW_RE.match(text, at, stop) is None:
                return None
            spans.append((at, stop))
            if end < 0:
                return spans if len(spans) > 1 else None
            at = end + 2

    def _inline_row(
        self,
        s: Sentence,
        lead: str,
        body_mentions: list[ActorMention],
        body_places: list[PlaceMention],
        st: State,
    ) -> tuple[ActorEntry, str | None, int, int] | None:
        """An entry of a run-in list, read as a list's row: its label is whose the count is, or where the count
        is of the state the headline names or, after a lead that breaks down a total, of the forces counted
        last. Its topic is the one noun topic of the lead, else troops."""
        m = _INLINE_ROW_RE.match(s.text)
        if m is None:
            return None
        label = (s.start + m.start("label"), s.start + m.end("label"))
        lo = bisect_left(st.mention_starts, s.start)
        ms = body_mentions[lo : bisect_left(st.mention_starts, s.end, lo=lo)]
        cs, ce = s.start + m.start("count"), s.start + m.end("count")
        at = bisect_left(st.place_starts, ce)
        after = body_places[at] if at < len(body_places) and body_places[at].end <= s.end else None
        words = _words(lead.lower())
        topics = {self.cues.noun_topic[w] for w in words if w in self.cues.noun_topic}
        topic = topics.pop() if len(topics) == 1 else "troops"
        entry = self._row_label_owner(s, m, ms, label, after, st)
        if entry is not None:
            return entry, topic, cs, ce
        total = bool(_BREAKDOWN_WORDS.intersection(words))
        owner = st.figure_entry if total else st.title_owner
        if owner is None or (p := self._place_label(label, after, ms, owner, body_places, st)) is None:
            return None
        st.list_row_place = p
        if total:
            st.list_row_actor = st.figure_actor  # ("Russia's Africa Corps has 6,800": the corps, not Russia)
        return owner, topic, cs, ce

    def _place_label(
        self,
        label: tuple[int, int],
        after: PlaceMention | None,
        ms: list[ActorMention],
        owner: ActorEntry,
        body_places: list[PlaceMention],
        st: State,
    ) -> PlaceMention | None:
        """The place a row's label names, when it is where ``owner``'s count is: not its home, with no other state
        in the row, and any place after the count inside it ("Bahrain: 2,100, at Isa air base")."""
        at = bisect_left(st.place_starts, label[0])
        p = body_places[at] if at < len(body_places) else None
        if (
            p is not None
            and (p.start, p.end) == label
            and not self._is_home(p, owner)
            and (after is None or after.place.country_code == p.place.country_code)
            and all(
                # (the label's own capital may say where in it: "(with the UN force, Bamako)")
                x.entry.actor.code in (owner.actor.code, (p.place.country_code or "").upper())
                or x.entry.actor.kind != "state"
                for x in ms
            )
        ):
            return p
        return None

    def _row_label_owner(
        self,
        s: Sentence,
        m: re.Match[str],
        ms: list[ActorMention],
        label: tuple[int, int],
        after: PlaceMention | None,
        st: State,
    ) -> ActorEntry | None:
        """The row's label, when it is whose the count is: the only actor of its row, a state or a state's own
        group; in a colon row or a table, with a place after the count or in its cell outside the label's country
        ("Chad: 900, at bases in Abeche" names where some actor's count is, not whose)."""
        if not ms or ms[0].start != label[0]:
            return None
        entry = ms[0].entry
        # "Colombian fighters": a demonym and a noun of hired nationals (or "fighters", the name such an actor goes by)
        # name those nationals
        nationals = ms[0].end != label[1]
        noun = s.text[ms[0].end - s.start + 1 : label[1] - s.start].lower()
        if nationals and (entry.form != "demonym" or (noun not in self.actors.nationals_nouns and noun != "fighters")):
            return None
        if m.re is not _DASH_ROW_RE and (
            after is None
            or self._is_home(after, entry)
            or (m.re is _CELL_ROW_RE and after.start != s.start + m.start("place"))
        ):
            return None
        place_at = s.start + m.end() - 1
        # (a capital in the place part names where, not who: "- Niamey"; so does any place name after a colon row's
        # label or in a table's place cell: "Norway: 700 (Estonia)")
        named = set(st.place_starts[bisect_left(st.place_starts, s.start) : bisect_left(st.place_starts, s.end)])
        after_at = place_at if m.re is _DASH_ROW_RE else label[1]
        # (a table's cells after its counts say by whom or which sites: "| Ukraine's HUR |")
        source_at = s.start + m.end("count") if m.re is _CELL_ROW_RE else s.end
        others = [x for x in ms if x.entry.actor.code != entry.actor.code and x.start < source_at and not (
            x.start >= after_at and (x.entry.form == "metonym" or (m.re is not _DASH_ROW_RE and x.start in named))
        )]  # fmt: skip
        if others or not (
            (entry.actor.kind == "state" and entry.form == "name")
            or (entry.actor.kind == "group" and (entry.sponsor or entry.home))
            or nationals
        ):
            return None
        if nationals:
            st.list_row_actor = self.actors.nationals(entry)
        return entry

    def _list_topic(self, m: re.Match[str], sentences: list[Sentence], first: int) -> str | None:
        """A row's topic: None when it names its own noun, else the one noun topic of its list's heading, else
        troops."""
        if "noun" in m.re.groupindex and m.group("noun") is not None:
            return None
        if first and _TABLE_RULE_RE.fullmatch(sentences[first - 1].text):
            first -= 1  # a table's header is above its rule ("|---|---|")
        head = sentences[first - 1].text.lower() if first else ""
        topics = {self.cues.noun_topic[w] for w in _words(head) if w in self.cues.noun_topic}
        if len(topics) > 1 and head.count("|") > 1 and m.group("count") is not None:
            # a table's header names each column: the count's own column says what it counts ("| Force | Killed |")
            col = head.strip(" \t|").split("|")
            k = m.string[: m.start("count")].strip(" \t|").count("|") + 1
            topics = {self.cues.noun_topic[w] for w in _words(col[k]) if w in self.cues.noun_topic} if k < len(
                col
            ) else topics
        return topics.pop() if len(topics) == 1 else "troops"

    def _list_owner(
        self, sentences: list[Sentence], first: int, body_mentions: list[ActorMention], st: State
    ) -> ActorEntry | None:
        """Whose forces a list's rows count when its labels are places: the state a heading line alone names
        ("France", "Kenya:"), else the one state whose forces the headline names ("A map of Ghana's soldiers
        overseas")."""
        if first and (head := sentences[first - 1]).paragraph != sentences[first].paragraph:
            lo = bisect_left(st.mention_starts, head.start)
            hi = bisect_left(st.mention_starts, head.end, lo=lo)
            got = [x for x in body_mentions[lo:hi] if x.end <= head.end]
            if len(got) == 1 and got[0].entry.actor.kind == "state" and head.text.strip().rstrip(":") == got[0].text:
                return got[0].entry
        return st.title_owner

    def _each_states(self, text: str, f: FigureMatch, mentions: list[ActorMention]) -> list[ActorEntry] | None:
        """The states a distributive count is each one's ("two from each country", "each contributing two
        ships"): the states named before it in the sentence, when there are two or more (else none); None when
        the count is not distributive."""
        if not (
            _EACH_AFTER_RE.match(text, f.unit_end)
            or _EACH_BEFORE_RE.search(text, max(0, f.number.start - 30), f.number.start)
        ):
            return None
        seen: dict[str, ActorEntry] = {}
        for m in mentions:
            if m.end <= f.number.start and m.entry.actor.kind == "state":
                seen.setdefault(m.entry.actor.code, m.entry)
        return list(seen.values()) if len(seen) > 1 else []

    def _demonym_lands(
        self, body: str, found: list[ActorMention], places: list[PlaceMention]
    ) -> list[PlaceMention]:
        """ "on Azerbaijani territory", "into Guyanese waters": a state's demonym before a word for its land, sea
        or air names the state as a place (the demonym is then no owner of forces)."""
        extra: list[PlaceMention] = []
        for k, m in enumerate(found):
            if m.entry.form != "demonym" or m.entry.actor.kind != "state":
                continue
            t = _LAND_AFTER_RE.match(body, m.end)
            end = t.end() if t is not None else None
            nxt = found[k + 1] if k + 1 < len(found) else None
            if (
                end is None
                and nxt is not None
                and nxt.entry.form == "demonym"
                and _AND_GAP_RE.fullmatch(body, m.end, nxt.start)
                and _LAND_AFTER_RE.match(body, nxt.end)
            ):
                end = m.end  # "Albanian and Montenegrin airspace": the first demonym shares the second's land word
            if end is None and (cap := _CAPITAL_AFTER_RE.match(body, m.end)) is not None:
                # "the Nigerien capital" (no name after it): the state's capital city
                place = self._capital_of(m.entry.actor.code)
                if place is not None:
                    extra.append(PlaceMention(m.start, cap.end(), body[m.start : cap.end()], place))
                continue
            if end is None:
                continue
            country = self.gazetteer.country(m.entry.actor.code)
            if country is not None:
                extra.append(PlaceMention(m.start, end, body[m.start : end], country))
        if not extra:
            return places
        return sorted([*places, *extra], key=_start)

    def _names_event(self, text: str, m: ActorMention) -> bool:
        """The group's name only modifies an event noun after it: "the Hamas attack", "a Houthi offensive", "the
        Hamas-led attack"."""
        nxt = _EVENT_WORD_AFTER_RE.match(text, m.end)
        return nxt is not None and nxt.group(1).lower() in self.cues.group_event_nouns

    @staticmethod
    def _names_a_person(text: str, entry: ActorEntry, mentions: list[ActorMention]) -> bool:
        """Whether every mention of a group in the sentence names one of its people ("the killing in Tehran of
        Hamas political leader Ismail Haniyeh", "Wagner founder Yevgeny Prigozhin"): a person, no forces."""
        own = [m for m in mentions if m.entry.actor.code == entry.actor.code]
        return bool(own) and all(_GROUP_PERSON_AFTER_RE.match(text, m.end) for m in own)

    def _capital_of(self, code: str) -> Place | None:
        """A state's capital city as the gazetteer knows it, else the state itself."""
        info = next((c for c in self.gazetteer.countries() if c.iso2.upper() == code.upper()), None)
        if info is not None and info.capital:
            city = self.gazetteer.lookup(info.capital, context_countries=[code.upper()])
            if city is not None and (city.country_code or "").upper() == code.upper():
                return city
        return self.gazetteer.country(code)

    @staticmethod
    def _alone(s: Sentence, sentences: list[Sentence]) -> bool:
        """Whether the sentence is a paragraph of its own (a heading or a question line)."""
        i = s.index
        return (i == 0 or sentences[i - 1].paragraph != s.paragraph) and (
            i + 1 >= len(sentences) or sentences[i + 1].paragraph != s.paragraph
        )

    @staticmethod
    def _end_section(st: State) -> None:
        """A roundup's section ends at the next heading: the places its heading alone named ("EUROPE") are no longer
        what "the region" or "there" of a later section refers back to."""
        if not st.heading_places:
            return
        gone = {id(p) for p in st.heading_places}
        st.places_named[:] = [p for p in st.places_named if id(p) not in gone]
        if st.last_place is not None and id(st.last_place[0]) in gone:
            st.last_place = None
        st.heading_places = []

    def _clauses(self, s: Sentence, body_mentions: list[ActorMention], mention_starts: list[int]) -> list[Sentence]:
        """The coordinated clauses of a sentence that each have their own subject.

        "Ottawa has deployed 300 troops to Latvia, and Berlin plans to send 4,000 soldiers to Lithuania" says
        two things about two actors; read as one, the second figure went to the first actor and "Berlin"
        became a place. A clause opens at ", and" / ", while" / "; " followed by an actor and a verb (or the
        actor's possessive). A list of actors ("from France, Germany, and Norway arrived") is not split.
        The parts keep the sentence's paragraph and labels; the claims keep the whole sentence as evidence.
        """
        lo = bisect_left(mention_starts, s.start)  # (``mention_starts``: the starts of ``body_mentions``)
        hi = bisect_left(mention_starts, s.end, lo=lo)
        if hi - lo < 2:
            return [s]
        text = s.text
        starts = {m.start - s.start: m for m in body_mentions[lo:hi] if m.end <= s.end}
        cuts: list[int] = []
        first = min(starts)
        plain = [c for c in _COMMA_JOIN_RE.finditer(text) if c.start() > first]
        for cm in [*_CLAUSE_JOIN_RE.finditer(text), *plain]:
            m = starts.get(cm.end())
            if m is None and cm.re is _CLAUSE_JOIN_RE and text.startswith("the ", cm.end()):
                m = starts.get(cm.end() + 4)  # ", and the U.S. has about 10,000 troops": a name after its article
            if m is None or cm.start() < 20:
                continue
            if cm.re is _COMMA_JOIN_RE:
                # A plain comma opens a clause only after one with an actor of its own ("In Latvia, Canada has"
                # keeps its opening place), with a verb that acts: not a speaker's (", the AU said"), not an
                # adverb of an apposition ("Libreville, Gabon, now a joint camp").
                after = _words(text[m.end - s.start : m.end - s.start + 20])
                if m.possessive or not after or after[0] not in self.cues.comma_clause_verbs:
                    continue
            if text[cm.start()] == ";" and _LIST_ENTRY_AFTER_RE.match(text, m.end - s.start):
                cuts.append(cm.end())  # "...; Spain in Slovakia, 900; ...": each entry of a list, its own clause
                continue
            if not m.possessive:
                at = m.end - s.start
                if cm.re is _CLAUSE_JOIN_RE and (ap := _APPOSITION_AFTER_RE.match(text, at)) is not None:
                    at = ap.end()  # ("; and Peru, a new contributor, keeps 90": its verb comes after the apposition)
                after = _words(text[at : at + 40])
                # "and South African special forces have been in X": the subject may be the actor's forces
                while len(after) > 1 and after[0] not in self.cues.clause_subject_verbs and (
                    after[0] in self.cues.force_nouns or after[0] in _FORCE_MODIFIERS
                ):
                    after = after[1:]
                if not after or after[0] not in self.cues.clause_subject_verbs:
                    continue
            before = text[max(0, cm.start() - 60) : cm.start()]
            if _LIST_TAIL_RE.search(before) and any(
                q.end - s.start == cm.start() for q in body_mentions[lo:hi]
            ):
                continue  # "France, Germany, and Norway arrived": one subject listed, not two clauses
            cuts.append(cm.end())
        if not cuts:
            return [s]
        cuts = sorted(set(cuts))
        out: list[Sentence] = []
        prev = 0
        for cut in [*cuts, len(text)]:
            out.append(replace(s, text=text[prev:cut], start=s.start + prev, end=s.start + cut))
            prev = cut
        return out

    @staticmethod
    def _elided_count(text: str, start: int, end: int, mentions: list[ActorMention], st: State) -> bool:
        """ "Fiji has about 180." right after a sentence that placed a count: the noun and place are elided."""
        if st.figure_place is None or st.figure_place[1] != st.sentence_no - 1:
            return False
        m = next((m for m in reversed(mentions) if m.end <= start), None)
        return (
            m is not None
            and not text[: m.start].strip()
            and _ELIDED_COUNT_RE.fullmatch(text, m.end, start) is not None
            and _GAP_END_RE.match(text, end) is not None
        )

    def _sentence(
        self, s: Sentence, st: State, body_mentions: list[ActorMention], body_places: list[PlaceMention]
    ) -> list[Claim]:
        """The claims of one sentence (or clause), and what it tells the sentences after it.

        The order is the rules' own: the state a sentence updates before its figures are read (groups replaced,
        clauses, missions, groups named) is what those figures see; then its counts are claimed and placed, its
        actors without a count are placed, and what it placed and named is carried to the next sentence.
        """
        text = s.text
        cues = self.cues
        off = s.start
        # both lists are sorted by start: slice the sentence's share instead of scanning the whole body
        lo = bisect_left(st.mention_starts, s.start)
        hi = bisect_left(st.mention_starts, s.end, lo=lo)
        mentions = (
            [
                ActorMention(m.start - off, m.end - off, m.text, m.entry, m.possessive)
                for m in body_mentions[lo:hi]
                if m.end <= s.end
            ]
            if lo < hi
            else []
        )  # (most clauses name no one: no slice to copy)
        if len(mentions) > 1:
            mentions = self._without_group_demonyms(text, mentions)
        if mentions and "whether" in text:
            # "four Russian trainers died, ... without saying whether they belonged to Wagner or the corps": the
            # groups of the open question are no owners of the count
            asked = [m for m in mentions if _WHOSE_QUESTION_BEFORE_RE.search(text, max(0, m.start - 90), m.start)]
            if asked:
                mentions = [m for m in mentions if m not in asked]
                st.whose_open_sentence = st.sentence_no  # (nor a sponsor's group named elsewhere: see _final_actor)
        lo = bisect_left(st.place_starts, s.start)
        hi = bisect_left(st.place_starts, s.end, lo=lo)
        places = (
            [PlaceMention(p.start - off, p.end - off, p.text, p.place) for p in body_places[lo:hi] if p.end <= s.end]
            if lo < hi
            else []
        )  # (most clauses name no place: no slice to copy)
        replaced, successors = self._note_names(s, mentions, places, st)
        starts = self._number_starts(s, st)
        figs = find_figures(text, starts) if starts is None or starts else []  # (no number starts: no figures)
        if not (figs or mentions or places) and not (
            may_name_place_anaphor(cues, text) and cues.place_anaphora_re.search(text)  # (a gate: the cue's words)
        ):
            # Nothing to count, no one named, nowhere named, and no "there" to carry a place to: the sentence
            # can claim nothing and changes no state (most sentences of an item are like this).
            return []
        # A place that is also an actor mention used as subject ("North Korea has sent") stays a place
        # candidate; the home-country rule removes it when it is the actor's own.
        words = _words(text)
        wordset = set(words)
        if wordset & cues.warship_words:
            st.warship_paragraph = s.paragraph
        has_force = self._names_forces(text, words, wordset, mentions, places)
        claims: list[Claim] = []
        fig_actors: list[ActorEntry] = []
        earlier: list[tuple[ActorEntry, int, str]] = []
        for f in figs:
            if (
                f.unit.lower() in cues.neutral_people
                and not self._military_context(text, wordset)
                # ("confirmed the deaths of 14 Colombian nationals in Sudan" in an item about Colombian mercenaries:
                # a toll of the hired nationals)
                and not (
                    st.nationals_seen
                    and (wordset & cues.casualty_nouns_of or wordset & cues.casualty_words)
                    and any(
                        m.entry.actor.code in st.nationals_seen
                        for m in self.actors.find(text[f.number.end : f.unit_start])
                    )
                )
            ):
                continue  # "25,000 Indian nationals live in the Maldives": residents, not forces
            if f.unit.lower() in cues.crew_nouns and (
                not (
                    wordset & cues.warship_words
                    or any(m.start + off in st.ship_starts for m in mentions)
                    # "Japan sent the destroyer X ... The ship, with about 190 crew, ...": the paragraph's warship
                    or st.warship_paragraph == s.paragraph
                )
                or self._civil_ship(wordset, text)
            ):
                continue  # "evacuated all 21 crew members" of a merchant ship: not a warship's sailors
            if f.unit.lower() in _PLAIN_SHIP_NOUNS and wordset & _MERCHANT_WORDS:
                continue  # "shipping companies operate about 2,200 vessels": merchant ships, no forces
            row = st.list_row
            if row is not None and row[2] <= f.number.start + off < row[3] and (f.topic or row[1]) is not None:
                got: tuple[ActorEntry, Actor, str] | None = (
                    row[0], st.list_row_actor or row[0].actor, f.topic or row[1] or "troops"
                )
            else:
                got = self._figure_claim(text, f, mentions, st, has_force, earlier)
            if got is None and earlier and not f.unit and (each := self._each_states(text, f, mentions)) is not None:
                # "now has six minehunters, two from each country": six more of what the sentence counted before
                for e in each:
                    claims.append(Claim(e.actor, earlier[-1][2], f, None, placeless=True))
                continue
            if got is None:
                continue
            entry, actor, topic = got
            st.last_topic = topic
            st.figure_sentence = st.sentence_no
            st.figure_entry = entry
            st.figure_actor = actor
            # "two squadrons of jets", "two combat battalions": units are counted, not forces; the claim keeps
            # its actor and place but carries no figure
            # ("a 600-strong battalion", "a 600-member battalion" give its strength: that counts troops)
            unit_count = (
                f.unit.lower() in cues.formation_units
                # "two artillery battalions", "three drone units": the noun modifies the units counted
                or (
                    (wa := _WORD_AFTER_UNIT_RE.match(text, f.unit_end)) is not None
                    and wa.group(1) in cues.formation_units
                )
            ) and not f.number.text.endswith(("strong", "member"))
            counted = None if unit_count else f
            if counted is not None and (each := self._each_states(text, f, mentions)) is not None:
                # "six minehunters, two from each country", "A, B and C, each contributing two ships": every
                # state named before has that many (and no one when the sentence names no states)
                for e in each:
                    claims.append(Claim(e.actor, topic, counted, None, placeless=True))
                continue
            claims.append(Claim(actor, topic, counted, None))
            if topic == "equipment" and (party := self._sale_party(text, f, entry, mentions)) is not None:
                claims.append(Claim(party.actor, topic, counted, None, placeless=True))  # the sale's other side
            fig_actors.append(entry)
            earlier.append((entry, f.unit_end, topic))
        # location-only actor
        loc_entries: list[ActorEntry] = (
            list({e.actor.code: e for e in reversed(fig_actors)}.values())[::-1] if fig_actors else []
        )
        if not loc_entries:
            sa = self._sentence_actor(text, mentions, st, has_force, wordset)
            if sa is not None:
                loc_entries = [sa, *self._partners(text, sa, mentions)]
                if (gp := self._group_partner(text, sa, mentions)) is not None and gp not in loc_entries:
                    loc_entries.append(gp)  # "Iranian advisers and Hezbollah trainers were sent to Yemen"
        valid_places: list[PlaceMention] = []
        if places and loc_entries:
            sentence_owners = frozenset(e.actor.code for e in loc_entries)
            valid_places = self._locations(text, places, mentions, wordset, sentence_owners)
            if len(fig_actors) > 1 and valid_places:
                # "Spain has 650 soldiers in Latvia, and Slovakia ... contributes about 150": a state that owns a
                # count of the sentence is no place of the others'
                owners = {e.actor.code for e in fig_actors}
                spans = {
                    (m.start, m.end)
                    for m in mentions
                    if m.entry.actor.code in owners and not self._after_preposition(text, m)
                }
                valid_places = [p for p in valid_places if (p.start, p.end) not in spans]
            if (row := st.list_row) is not None and fig_actors and fig_actors[0] is row[0]:
                # a list row's place part ("- Niamey", "- the base at X") names where its count is, no other place;
                # else its place cell or place label does
                lp = st.list_row_place
                part = (
                    [p for p in places if p.start >= row[3] - off][:1]
                    if lp is None
                    else [PlaceMention(lp.start - off, lp.end - off, lp.text, lp.place)]
                )
                valid_places = [p for p in valid_places if p.start >= row[3] - off] or part
        if loc_entries and mentions and wordset & cues.group_supply_verbs:
            # "Wagner had supplied the RSF with missiles": received where the group is at home
            for g in self._supplied_group_homes(text, mentions, frozenset(e.actor.code for e in loc_entries)):
                if not any(p.place.country_code == g.place.country_code for p in valid_places):
                    valid_places.append(g)
                    valid_places.sort(key=_start)
        # home-country filter per actor, and claims
        result: list[Claim] = []
        fig_claims = claims
        anaphor = self._anaphor(text) if (fig_claims or loc_entries) else None
        kinds = self._anaphor_kinds(text) if anaphor == "place" else frozenset()
        if kinds and (wordset & cues.warship_words or wordset & _NAVAL_WORDS):
            kinds = kinds | {"sea"}  # a ship's "deployment to the region" may be the sea named before
        mission = (
            st.mission_place
            if st.mission_place is not None
            # ("The largest contingents:\n- Kenya: 900": a contributor's line is about the mission named before)
            and (st.contributors_paragraph == s.paragraph or cues.mission_anaphora_re.search(text))
            else None
        )
        if (
            mission is None
            and not valid_places
            and st.figure_place is not None
            and wordset & cues.battlegroup_words
            and cues.mission_anaphora_re.search(text)
        ):
            # "Canada has 2,000 soldiers in Latvia. The battlegroup also counts 400 Italian troops": the
            # battlegroup referred back to is where the last count was put
            mission = st.figure_place[0]
        theatre = self._theatre(mentions) if mentions else None  # (the theatre of a mission named)
        if theatre is not None:
            mission = st.mission_place = theatre  # "India has 900 soldiers with UNIFIL": in the mission's country
        if (
            mission is None
            and not valid_places
            and wordset & cues.battlegroup_words
            and (host := self._battlegroup_host(text, mentions)) is not None
        ):
            mission = st.mission_place = host  # "Spain keeps 200 soldiers in the Latvian battlegroup": in Latvia
        for c in fig_claims:
            if c.placeless:
                result.append(c)
                continue
            fentry = self._entry_for(c.actor, fig_actors, loc_entries)
            ps = [p for p in valid_places if not self._is_home(p, fentry)] if fentry else valid_places
            if not ps and c.figure is not None:
                carried = self._carried_place(st, c.actor.code, s.paragraph, anaphor, c.figure.unit == "", kinds)
                if anaphor == "place" and (rp := self._relative_place(text, places)) is not None:
                    carried = rp  # "X, which guards Chad's president, has 900 soldiers there"
                if carried is not None and anaphor == "place":
                    carried = self._in_theatre(carried, fentry)
                if carried is not None and not self._is_home(carried, fentry):
                    ps = [carried]
            fg = c.figure
            if ps and fg is not None and anaphor == "place" and len(fig_claims) > 1:
                nxt = min(
                    (o.figure.number.start for o in fig_claims
                     if o.figure is not None and o.figure.number.start > fg.number.end),
                    default=None,
                )  # fmt: skip
                if (
                    nxt is not None
                    and not any(fg.number.end <= p.start < nxt for p in ps)
                    and _OWN_ANAPHOR_RE.search(text, fg.number.end, nxt)
                ):
                    # "About 40,000 troops are based in the region, including some 8,000 at Al Udeid": the first
                    # count's own place is the one it refers back to, the place named is the second count's
                    # (the sentence's own referent first: "- Chad: Kenya sent 200 more to the country")
                    own = self._relative_place(text, places) or self._carried_place(
                        st, c.actor.code, s.paragraph, anaphor, False, kinds
                    )
                    if own is not None and not self._is_home(own, fentry):
                        own = self._in_theatre(own, fentry)
                        c.place = own
                        result.append(c)
                        continue
            at = fg.number.start if fg is not None else 0
            if len(ps) > 1 and fg is not None and ";" in text and len(fig_claims) > 1:
                # "the US with 900 in Poland; Germany, with 400 in Lithuania": an item of a semicolon list is placed
                # by the places of its own item
                lo, hi = text.rfind(";", 0, at) + 1, text.find(";", fg.number.end)
                in_item = [p for p in ps if lo <= p.start and (hi < 0 or p.start < hi)]
                ps = in_item or ps
            share_whole = fg is not None and _SHARE_OF_BEFORE_RE.search(text, max(0, at - 16), at)
            if ps and share_whole:
                ps = []  # "handed over the first six of 36 howitzers to Armenia": the six are there, not the 36
            if not ps and fg is not None and self._elided_count(text, fg.number.start, fg.number.end, mentions, st):
                ps = [st.figure_place[0]] if st.figure_place else []  # "Fiji has about 180." (there, too)
            if not ps and mission is not None and not self._is_home(mission, fentry):
                ps = [mission]  # "South Africa has about 1,200 soldiers in the mission"
            if (
                not ps
                and not valid_places
                and fg is not None
                and st.section_place is not None
                and not self._is_home(st.section_place, fentry)
            ):
                ps = [st.section_place]  # "NIGER ... Turkey will send up to 500 trainers": the section's place
            if ps and fg is not None and "where" in wordset and (nw := _NOT_SAID_WHERE_RE.search(text, fg.number.end)):
                # "... around Pokrovsk, and it had identified 155 Chinese citizens, without saying where": no place
                # named before the count is theirs
                ps = [p for p in ps if fg.number.end <= p.start < nw.start()]
            chosen = self._own_place(text, c, ps, fig_claims) if len(ps) > 1 else (ps[0] if ps else None)
            c.place = chosen
            if (
                fg is not None
                and "llied" in text  # (a cheap gate: the pattern needs it)
                and fentry is not None
                and fentry.actor.kind == "state"
                and _ALLIED_BEFORE_NOUN_RE.search(text, max(0, fg.unit_start - 30), fg.unit_start) is not None
            ):
                # "some 5,500 allied soldiers have arrived in X": the allies' forces together, no one state's count;
                # the state the sentence speaks of is still there
                c.figure = None
                if chosen is None:
                    continue
            result.append(c)
            for p in ps:
                # ("Jordan: About 3,000 troops are in Jordan, including at X": the place named twice is one place)
                if p is not chosen and (chosen is None or p.place.key != chosen.place.key):
                    result.append(Claim(c.actor, c.topic, None, p))
            if chosen is not None and fg is not None and fentry is not None and " and " in text[: fg.number.start]:
                # "Spain and Italy will deploy 3,000 soldiers to Lebanon": the other state of the subject is there
                partners = self._subject_partner_claims(text, fentry, mentions, fg.number.start, c, result)
                if (
                    # ("four frigates in all": a count said to be a total is joint whatever it counts)
                    c.topic == "troops" or _ALL_TOLD_RE.search(text, fg.number.end, fg.number.end + 40) is not None
                ) and (partners or self._home_partner(text, fentry, mentions, fg.number.start, chosen)):
                    # ... and the 3,000 are both states' together: a joint total is neither state's own figure
                    c.figure = None
                result.extend(partners)
        if result and wordset & _UNIT_CONTRIBUTOR_WORDS:
            # "250 Belgian troops, 200 Dutch and a Luxembourg platoon": the contributor without a count is there too
            result.extend(self._unit_contributor_claims(text, mentions, result))
        if fig_claims and valid_places and st.combined_sentence == st.sentence_no:
            result.extend(self._combined_claims(text, valid_places, loc_entries, mentions, st))
        if (
            not fig_claims
            and loc_entries
            and not valid_places
            and anaphor == "place"
            # ("the quay there is deep enough to dock a carrier": what the site could take, no one's ships)
            and not ("enough" in text and _ENOUGH_TO_TAKE_RE.search(text))
        ):
            carried = self._relative_place(text, places) or self._carried_place(
                st, loc_entries[0].actor.code, s.paragraph, anaphor, False, kinds
            )
            if carried is not None:
                valid_places = [carried]  # "they were moved there", "the mercenaries stayed in the country"
        implied_place = False
        if not fig_claims and loc_entries and not valid_places and mission is not None:
            valid_places = [mission]  # "Uganda and Kenya provide the mission's troops"
            implied_place = True  # "UNIFIL was set up in 1978" places no forces
        if (
            not fig_claims
            and valid_places
            and cues.capacity_re.search(text) is not None
            and not wordset & cues.place_verbs
            # ("Camp X hosts the headquarters of U.S. Y Command and can hold 5,000 troops": the command is there)
            and (wordset.isdisjoint(_FORCE_SEAT_WORDS) or _FORCE_SEAT_RE.search(text) is None)
        ):
            valid_places = []  # "The base, near Doha, can hold up to 10,000 troops": a capacity places no forces
        if not fig_claims and loc_entries and valid_places:
            for e in loc_entries:
                if implied_place and e.form == "group" and not e.sponsor:
                    continue  # "the mission's instructors trained 900 recruits": its own theatre, nothing new
                if has_force or (
                    # ("North Korean civilian workers arrived in Russia": with no force named, civilians moved)
                    self._has_deploy_signal(wordset) and not wordset & _FLIGHT_WORDS and not wordset & _CIVILIAN_WORDS
                ) or (
                    # ("Hundreds of Kenyans were hired to fight for the militia in X": the recruited nationals there)
                    e.form == "demonym"
                    and e.actor.code in st.nationals_seen
                    and (side := self.actors.nationals_side_re) is not None
                    and side.search(text) is not None
                ) or (
                    e.form == "group"
                    and not implied_place
                    and not cues.appeal_re.search(text)
                    and not self._names_a_person(text, e, mentions)
                ):  # "130,000 people have fled fighting into Ethiopia": no forces moved, only the people
                    ps = [p for p in valid_places if not self._is_home(p, e)]
                    topic = self._location_topic(wordset, text)
                    actor = self._final_actor(e, text, None, st, mentions)
                    for p in ps:
                        result.append(Claim(actor, topic, None, p))
        if not fig_claims and valid_places and "-" in text and wordset.isdisjoint(_HANDED_WORDS):
            maker = self._weapon_maker(text)
            if maker is not None and not any(c.actor.code == maker.actor.code for c in result):
                # "Belarusian-built mortars have turned up with Wagner crews in X": the maker's
                # weapons are there, as "60 North Korean-made shells" are its figure
                result.extend(
                    Claim(maker.actor, "equipment", None, p) for p in valid_places if not self._is_home(p, maker)
                )
        for code, successor in successors.items():
            # "In the CAR, Wagner's roughly 1,500 men are due to be replaced by the Africa Corps": the successor
            # takes over where the outgoing group's forces are
            for c in list(result):
                if c.actor.code == code and c.place is not None and not any(
                    o.actor.code == successor.actor.code and o.place is c.place for o in result
                ):
                    result.append(Claim(successor.actor, "troops", None, c.place))
        if "alongside" in text or "together with" in text or "joined by" in text:
            result.extend(self._comitative_claims(text, result, mentions, st))
        if result and places and ", where " in text:
            result.extend(self._where_subject_claims(text, mentions, places, result, st))
        # places carried over to later sentences
        for c in result:
            if c.place is not None and c.figure is not None:
                st.figure_place = (c.place, st.sentence_no)
            if c.place is not None:
                st.actor_place[c.actor.code] = (c.place, s.paragraph)
                st.last_place = (c.place, s.paragraph)
                if c.actor.kind == "group" and wordset & cues.mission_words:
                    st.mission_place = c.place
        if wordset & cues.battlegroup_words:
            # "Spain raised its share of the NATO battlegroup in Latvia to 700 soldiers": the
            # battlegroup's place, for the contingents of the sentences that refer back to it
            placed = next((c.place for c in result if c.place is not None), None)
            if placed is not None:
                st.mission_place = placed
            bg_at = next((p for p in places if _BATTLEGROUP_AT_RE.search(text, max(0, p.start - 40), p.start)), None)
            if bg_at is not None:
                st.mission_place = bg_at  # "the battlegroup at Adazi now has 900 soldiers": named where it is
        if wordset & cues.mission_words and any(m.entry.form == "group" and not m.entry.sponsor for m in mentions):
            # "Uganda is the largest contributor to the mission in Somalia, with 4,500 troops": the contributor's
            # place is the mission's
            placed = next((c.place for c in result if c.place is not None and c.figure is not None), None)
            if placed is not None:
                st.mission_place = placed
        # ("the island of Diego Garcia in the Indian Ocean": an ocean that only says where the place before it lies
        # is no place "the region" of a later sentence refers back to)
        stops = self._stopovers(text, places) if places else set()
        if places:
            st.places_named.extend(
                p
                for p in places
                if p.start not in stops
                and not (
                    "Ocean" in p.place.name
                    and any(_SEA_LOCATOR_GAP_RE.fullmatch(text, q.end, p.start) for q in places if q.end <= p.start)
                )
                # ("the U.S. embassy in Nicosia said ... shore leave in the city": the seat of a speaker or venue
                # is no place "the city" or "there" refers back to)
                and not self._venue_seat(text, p)
                # (nor a hospital where the wounded are treated: "flown to Landstuhl Regional Medical Center")
                and not _MEDICAL_NAME_RE.search(text, p.start, p.end)
            )
            del st.places_named[:-40]
        if places and not any(c.place is not None for c in result):
            # the last place named that is not a possessive ("China's only base" names an owner, not a place):
            # "there" in the next sentence refers to it
            # (nor a neighbour named as a border: "a base in Libya close to the borders with Sudan and Chad")
            last = next(
                (
                    p
                    for p in reversed(places)
                    # ("landed at Port Sudan's airport": a part of the place names it too)
                    if p.start not in stops
                    and (not text.startswith(("'s", "’s"), p.end) or _PLACE_PART_RE.match(text, p.end))
                    and not self._venue_intro(text, p, wordset)
                    # ("was sanctioned by the United States in 2020": the agent of a passive, no place)
                    and not _BY_AGENT_BEFORE_RE.search(text, max(0, p.start - 8), p.start)
                    # ("a U.S. defense official said": a state's name before its official describes the speaker)
                    and not _SPEAKER_NOUN_AFTER_RE.match(text, p.end)
                    # ("a government source told FRANCE 24": who was told, an outlet or a state, is no place)
                    and not text.endswith(("told ", "telling "), 0, p.start)
                    and not _BORDER_LIST_BEFORE_RE.search(text, max(0, p.start - 80), p.start)
                    # ("Djibouti, in the Horn of Africa, ...": a region after a place in it only says where that is)
                    and not self._region_of_earlier(p, places)
                    # (a hospital, see places_named above, or the land it lies in: "... Medical Center in Germany")
                    and not _MEDICAL_NAME_RE.search(text, p.start, p.end)
                    and not _MEDICAL_BEFORE_RE.search(text, max(0, p.start - 30), p.start)
                ),
                None,
            )
            if last is not None:
                st.last_place = (last, s.paragraph)
        named = [m for m in mentions if not self._after_preposition(text, m)] if mentions else []
        if named:
            st.para_actor = named[-1].entry
            st.para_actor_paragraph = s.paragraph
            # (not "based at X in western Poland": a place after a preposition and a compass point leads nothing)
            lead_m = next(
                (m for m in named if not _PREP_POINT_BEFORE_RE.search(text, max(0, m.start - 30), m.start)), None
            )
            if lead_m is not None:
                st.lead_actor = lead_m.entry
                st.lead_actor_sentence = st.sentence_no
        plurals = cues.plural_topic_words
        if earlier and plurals.isdisjoint(_words(text[earlier[-1][1] :])):
            # "Roughly 4,200 Italian sailors will join the drill ... About 150 of them": the sentence's last count
            # is the last plural it named, whether or not its noun is one word of the list
            st.plural_topic = earlier[-1][2]
        elif not wordset.isdisjoint(plurals):  # (no counted plural among the words: no word to look for)
            for w in reversed(words):
                if w in plurals:
                    st.plural_topic = cues.noun_topic[w]
                    break
        # focus update ("..., as Russia masses forces near Ukraine": a quiet trailing clause sets no focus when the
        # main clause names an actor)
        quiet = self._quiet_tail(text) if mentions else len(text)
        main = [m for m in mentions if m.start < quiet] if quiet < len(text) else mentions
        if replaced and main:
            # "Two years after inheriting Wagner's deals, the corps ...": the successor is what the item is about
            main = [m for m in main if m.entry.actor.code not in replaced] or main
        focus_from = main or mentions
        if focus_from and "nlike" in text:
            # "Unlike Wagner, the corps is paid in cash": the actor compared with is not what the sentence is about
            focus_from = [m for m in focus_from if not _UNLIKE_BEFORE_RE.search(text, max(0, m.start - 12), m.start)]
        focus = (self._bound_entry(text, focus_from) if focus_from else None) or (
            fig_actors[0] if fig_actors else None
        )  # (no one named: no actor the sentence is bound to)
        if (
            focus is not None
            and not result
            and s.start > 0
            and "after" in st.body[max(0, s.start - 24) : s.start]  # (a cheap gate before the pattern)
            and _AFTER_JOIN_END_RE.search(st.body, max(0, s.start - 40), s.start) is not None
        ):
            # "The carrier entered the Red Sea, days after the rebels resumed attacks": a later clause of what
            # happened before, that claims nothing, is no new topic of the item
            focus = None
        elif (
            focus is not None
            and st.focus is not None
            and (wh := text.find(", where ")) > 0
            and all(
                m.start > wh
                or (
                    any(p.start == m.start for p in places)
                    # ("Spain remains the lead nation in X, where it keeps 600 troops": a name that owns the
                    # sentence's claims is its subject, not a place)
                    and all(c.actor.code != m.entry.actor.code for c in result)
                )
                for m in mentions
            )
        ):
            # "They could be sent to the front in X, where Russian forces are trying to advance": the actors of a
            # relative clause that describes the place (the main clause names only places) are no new topic
            focus = st.focus
        elif focus is not None and not result and self._only_speaks(text, mentions, focus):
            focus = None  # "..., and China's military said it had tracked them": a speaker, not the item's topic
        elif (
            focus is not None
            and result
            and all(c.actor.code != focus.actor.code for c in result)
            and self._only_speaks(text, mentions, focus)
        ):
            # "South Korea's military said North Korea has rotated its forces": the speaker's state, whose forces
            # the sentence does not count, is not what a later bare count ("3,000 troops were flown back") counts
            focus = None
        if (
            st.focus is not None
            and result
            and _ANAPHORIC_FORCE_SUBJECT_RE.match(text)
            and all(c.actor.code == st.focus.actor.code for c in result)
        ):
            focus = st.focus  # "The troops landed at X aboard a Russian plane": still the forces the item counts
        if (
            focus is not None
            and focus.form == "group"
            and "orps" in text
            # ('"The corps is doing what Wagner did," she said': a quote's subject as well)
            and _THE_CORPS_NAMED_RE.match(text, 1 if text[:1] in "\"“" else 0) is not None
            and (corps := st.last_corps()) is not None
        ):
            # "The corps was formed to take over the operations of the Wagner Group": the subject that opens the
            # sentence is the topic, not a group it names as an object
            focus = corps
        if focus is None and st.named_groups and "orps" in text and _THE_CORPS_NAMED_RE.search(text) is not None:
            # "Niger is the corps' newest post. It has lost ...": a group named "... Corps" before, called "the corps",
            # is what the sentence (and a pronoun after it) is about
            focus = st.last_corps()
        lead = focus if focus is not None else (loc_entries[0] if loc_entries else None)
        if lead is not None and lead.actor.code in replaced:
            return result  # "the corps took over from Wagner": the item is still about the successor
        if focus is not None:
            st.focus = focus
            st.focus_paragraph = s.paragraph
            if focus.actor.kind == "state":
                st.state_focus = focus
        elif loc_entries and (result or st.focus is None):
            # a sentence about an actor's forces that places nothing ("the carrier USS X has left") still sets
            # the topic of the item when nothing else has
            st.focus = loc_entries[0]
            st.focus_paragraph = s.paragraph
        return result

    def _note_names(
        self, s: Sentence, mentions: list[ActorMention], places: list[PlaceMention], st: State
    ) -> tuple[set[str], dict[str, ActorEntry]]:
        """Records what the clause names, before any of its figures is read: the owner rules of this sentence
        and of the next ones read it. Returns the groups the clause names as replaced by another, and their
        successors (a replaced group's personnel named next are the successor's; the successor takes over where
        the outgoing group's forces are).

        In order: the last group seen per sponsor (and the groups replaced); the sentence's earlier clauses, for
        a pronoun that refers back to forces named in one of them; the paragraph and the countries named (or
        referred back to as "the country"); the mission and the groups named, which "the mission" and "the
        group" mean from here on.
        """
        text = s.text
        replaced: set[str] = set()  # groups the sentence names as replaced by another
        successors: dict[str, ActorEntry] = {}  # replaced group -> the group named after "replaced by"
        for m in mentions:
            if m.entry.form == "group" and m.entry.sponsor:
                ra = _REPLACED_AFTER_RE.match(text, m.end)
                if ra is not None:
                    succ = next((x for x in mentions if ra.end() <= x.start <= ra.end() + 5), None)
                    if succ is not None and succ.entry.form == "group" and succ.entry is not m.entry:
                        successors[m.entry.actor.code] = succ.entry
                if _REPLACED_BEFORE_RE.search(text, max(0, m.start - 40), m.start) or ra is not None:
                    # "the corps took over from Wagner", "Wagner's men are due to be replaced by": the group named
                    # is the outgoing one; the sponsor's personnel named next are its successor's
                    st.groups_seen[m.entry.sponsor] = next(
                        (g for g in reversed(st.named_groups) if g.sponsor == m.entry.sponsor and g is not m.entry),
                        st.groups_seen.get(m.entry.sponsor, m.entry),
                    )
                    replaced.add(m.entry.actor.code)
                    continue
                st.groups_seen[m.entry.sponsor] = m.entry
        st.replaced_groups = frozenset(replaced)
        # the forces named last in the sentence's earlier clauses ("North Korean troops joined the assault, and
        # Ukrainian soldiers took two of them prisoner": "them" is in the clause before)
        # (kept as text and mentions, read only when a share needs them: most clauses have none)
        if st.clause_sentence != st.sentence_no:
            st.earlier_clauses = []
        elif st.this_clause is not None:
            st.earlier_clauses.append(st.this_clause)
        st.this_clause = (text, mentions) if mentions else None
        st.clause_sentence = st.sentence_no
        st.paragraph = s.paragraph
        st.sentence_places = places
        if text.endswith(":") and ("contingent" in text or "contribut" in text):
            st.contributors_paragraph = s.paragraph  # "The largest contingents:": each line's label is a contributor
            if places and places[-1].end >= len(text) - 2 and _HEADER_PLACE_BEFORE_RE.search(
                text, max(0, places[-1].start - 16), places[-1].start
            ):
                # "the contributions now deployed in the Gulf:": where every line's count is
                st.mission_place = places[-1]
        elif (
            st.contributors_paragraph >= 0
            and st.contributors_paragraph == s.paragraph - 1
            and _LIST_LABEL_LINE_RE.match(text) is not None
        ):
            st.contributors_paragraph = s.paragraph  # the list goes on, one line per paragraph
        st.sentence_countries = (
            frozenset(p.place.country_code for p in places if p.place.country_code) if places else frozenset()
        )
        if st.title_region is not None and any(p.place.kind == "macro" for p in places):
            st.title_region = None  # ("... a move to the Middle East and more air defences to the region": named here)
        if "the country" in text and st.last_place is not None and (cc := st.last_place[0].place.country_code):
            # "Russia sent 170 civilian instructors to the country": the country referred back to is the sentence's
            st.sentence_countries = st.sentence_countries | {cc}
        if mentions and may_contain(text, _MISSION_WORD_ANCHORS) and _MISSION_WORD_RE.search(text):
            # "the ECOWAS mission in The Gambia, where about 1,000 troops are deployed": a mission named in the
            # sentence is the one "the mission" means, from this sentence on
            for m in mentions:
                if m.entry.form == "group" and not m.entry.sponsor:
                    if st.mission_actor is not None and not m.entry.theatre and _MISSION_AFTER_RE.match(text, m.end):
                        continue  # "the AU mission": the AU's mission named before, not the AU
                    st.mission_actor = m.entry
        elif mentions:
            for m in mentions:
                if m.entry.form == "group" and not m.entry.sponsor and m.entry.theatre:
                    st.mission_actor = m.entry
        for m in mentions:
            if m.entry.form == "group" and not m.entry.theatre and not self._names_event(text, m):
                # "Wagner said it was leaving. At its peak the group had 2,000 men" (not "a day after the Hamas
                # attack": a group named for an event is not the one "the group" goes on to mean)
                if m.entry in st.named_groups:
                    st.named_groups.remove(m.entry)
                st.named_groups.append(m.entry)
            if m.entry.form == "group" and not m.entry.sponsor and _GROUP_NAME_END_RE.search(m.text):
                # "the Black Sea mine countermeasures task group": "the group" means it from here on
                st.group_actor = m.entry
        if mentions and ("rigade" in text or "attalion" in text or "egiment" in text):
            for m in mentions:
                fa = _OWN_FORMATION_AFTER_RE.match(text, m.end)
                if fa is not None:
                    # "Spain's 12th Armoured Brigade": "the brigade" of a later sentence is Spain's
                    owner = self.actors.state(m.entry.actor.code) if m.entry.actor.kind == "state" else None
                    st.formation_owner[fa.group(1).lower()] = owner or m.entry
        return replaced, successors

    def _names_forces(
        self,
        text: str,
        words: list[str],
        wordset: set[str],
        mentions: list[ActorMention],
        places: list[PlaceMention],
    ) -> bool:
        """Whether the sentence names military forces at all (a force noun or phrase, a warship, aircraft or
        weapons by model, a company trained, a count hosted): an actor with no count is placed only then, and
        an unnamed count is only then a force's."""
        cues = self.cues
        forces = (wordset & cues.force_nouns) - _WEAK_FORCE_WORDS  # (the few force words, not all words, copied)
        if forces and "foreign" in wordset:
            # "monitoring foreign warships in the area": other states' forces, none of the subject's
            forces -= {m.group(1).lower() for m in _FOREIGN_NOUN_RE.finditer(text)}
        if forces and ("llied" in text or "lliance" in text):
            # "officials say allied reinforcements have lagged": no one state's forces, neither the item's nor
            # those of the states that ask for them
            forces -= {w.lower() for m in _ALLIED_NOUN_RE.finditer(text) for w in m.groups() if w}
        if forces and ("not" in wordset or "rather" in wordset):
            # "described the 900 men as farm hands, not soldiers": a force noun denied of the people counted
            forces -= {m.group(1).lower() for m in _NOT_FORCE_NOUN_RE.finditer(text)}
        if forces and not wordset.isdisjoint(_LOCAL_SIDES):
            # "clashes of government troops with rebel militias near X": the host's own sides, none of the item's
            # foreign forces
            forces -= {m.group(1).lower() for m in _LOCAL_SIDE_NOUN_RE.finditer(text)}
        if forces and forces <= cues.neutral_people and not self._military_context(text, wordset):
            forces = set()  # "Indian nationals live in the Maldives": residents, no forces
        if forces and not wordset.isdisjoint(_MODIFIED_HEADS):
            # "toured an aircraft factory in X", "a missile programme": a force word that only ever modifies such a
            # head names no forces of the sentence
            final = len(words) - 1
            forces = {
                w for i, w in enumerate(words) if w in forces and (i == final or words[i + 1] not in _MODIFIED_HEADS)
            }
        # ("a military engineering unit", "service members": a force named by two words)
        # (the phrases' words must all be in the sentence: see may_name_force_phrase)
        has_force = bool(forces) or (
            may_name_force_phrase(cues, text, wordset) and cues.force_phrase_re.search(text) is not None
        )
        if not has_force and any(self._ship_prefix(m) for m in mentions):
            has_force = True  # "PNS Tippu Sultan arrived in Bahrain": a navy's ship prefix names a warship
        if not has_force and any(
            (m.entry.form == "demonym" or m.possessive) and _MODEL_PLURAL_AFTER_RE.match(text, m.end) for m in mentions
        ):
            has_force = True  # "Spanish F-18s are based in Lithuania": a state's aircraft by model
        if not has_force and any(
            m.entry.form == "demonym"
            and m.text.endswith("s")
            and text.endswith(("The ", "the "), 0, m.start)
            and (_DEMONYM_PRESENT_AFTER_RE.match(text, m.end) or _DEMONYM_MOVED_AFTER_RE.match(text, m.end))
            for m in mentions
        ):
            # "The North Koreans had apparently been in the area", "analysts expect the Belarusians to be sent to X":
            # the foreign forces spoken of
            has_force = True
        if not has_force and "-" in text and _MODEL_PLURAL_MOVED_RE.search(text):
            has_force = True  # "In January, B-52s deployed to Romania": military aircraft by model, moved somewhere
        if not has_force and not wordset.isdisjoint(_BASE_WORDS) and _KEEPS_BASE_RE.search(text):
            has_force = True  # "Spain has kept a small logistics base there since 2016": its forces are there
        if (
            not has_force
            and not wordset.isdisjoint(_FORCE_SEAT_WORDS)
            and _FORCE_SEAT_RE.search(text)
            # (a state's command: an alliance's command seat is no deployment, "NATO's Land Command in Izmir")
            and all(m.entry.actor.kind == "state" for m in mentions)
        ):
            has_force = True  # "the U.S. 6th Fleet is headquartered in Naples": a standing command's seat abroad
        if not has_force and "company" in wordset and _COMPANY_MOVED_RE.search(text):
            has_force = True  # "A Dutch company trained in Estonia": an army's company (a firm is not trained there)
        if not has_force and wordset & _PLACED_PARTICIPLES and self._equipment_placed(words):
            has_force = True  # "the Patriot batteries deployed to Estonia and Latvia": weapons put somewhere
        if not has_force and places and ("hosts" in wordset or "houses" in wordset):
            # "Chad hosts a few hundred": the forces the item counts, hosted there
            has_force = any(_HOSTS_BARE_COUNT_AFTER_RE.match(text, p.end, p.end + 60) for p in places)
        return has_force

    def _weapon_maker(self, text: str) -> ActorEntry | None:
        """The state whose demonym is hyphened to "made" or "built" before an equipment noun ("North Korean-made
        240mm rocket launchers"), when the sentence has one (such a name is no mention of the sentence's: it owns
        no forces by itself)."""
        made = _MADE_AFTER_RE.search(text)
        if made is None:
            return None
        for m in self.actors.find(text):
            if m.end != made.start() or m.entry.actor.kind != "state" or m.entry.form != "demonym":
                continue
            unit = find_unit(text, made.end())
            if unit is not None and noun_topic(unit[0]) == "equipment":
                return m.entry
        return None

    def _region_of_earlier(self, p: PlaceMention, places: list[PlaceMention]) -> bool:
        """A macro-region named after a place of one of its countries ("Djibouti, in the Horn of Africa"): it says
        where that place lies, and "there" in the next sentence is the place, not the region."""
        if p.place.kind != "macro":
            return False
        members = self.gazetteer.region_countries(p.place)
        return bool(members) and any(
            q.end <= p.start and q.place.country_code is not None and q.place.country_code in members for q in places
        )

    def _venue_seat(self, text: str, p: PlaceMention) -> bool:
        """The place right after a venue noun and "in" or "at" ("the embassy in X", "a news conference at X"):
        where someone spoke or met, not where forces are (a force's "headquarters in X" is where it is)."""
        bw = _words(text[max(0, p.start - 40) : p.start])[-2:]
        return (
            len(bw) == 2
            and bw[1] in ("in", "at")
            and bw[0] in self.cues.venue_nouns
            and bw[0] not in ("headquarters", "headquartered", "camp for")
        )

    def _venue_intro(self, text: str, p: PlaceMention, wordset: set[str]) -> bool:
        """ "In New York, a statement issued on behalf of the Secretary-General called the killings abhorrent": the
        city a statement opens with is where it was made, not the place "the area" in the next sentence means."""
        return (
            text[: p.start].strip() in ("In", "in")
            and text.startswith(",", p.end)
            and bool(wordset & (self.cues.speech_verbs | _STATEMENT_WORDS))
        )

    def _shared_suffix_places(self, body: str, places: list[PlaceMention]) -> list[PlaceMention]:
        """Names joined before a plural region word ("the Donetsk and Zaporizhzhia directions", "the Kursk and
        Belgorod regions") each name that region: the place the gazetteer gives the name with the word after it."""
        out = list(places)
        k = 0
        while k < len(out):
            j = k
            while j + 1 < len(out) and _SHARED_SUFFIX_GAP_RE.fullmatch(body, out[j].end, out[j + 1].start):
                j += 1
            sm = _SHARED_SUFFIX_AFTER_RE.match(body, out[j].end) if j > k else None
            if sm is not None:
                word = _SHARED_SUFFIX_SINGULAR[sm.group(1).lower()]
                for i in range(k, j + 1):
                    p = out[i]
                    cc = p.place.country_code
                    got = self.gazetteer.lookup(p.text + " " + word, (cc,) if cc else ())
                    if got is not None and got.kind != "city" and (not cc or got.country_code == cc):
                        out[i] = PlaceMention(p.start, p.end, p.text, got)
            k = j + 1
        return out

    def _where_subject_claims(
        self, text: str, mentions: list[ActorMention], places: list[PlaceMention], result: list[Claim], st: State
    ) -> list[Claim]:
        """ "US troops will stay in Latvia, where Canada is completing the deployment of its brigade": the subject
        of a relative clause on the place just named, when that clause deploys or keeps forces of its own, is there
        too."""
        out: list[Claim] = []
        cues = self.cues
        for m in mentions:
            if m.possessive or m.entry.actor.kind not in ("state", "group"):
                continue
            w = _WHERE_SUBJECT_BEFORE_RE.search(text, max(0, m.start - 14), m.start)
            if w is None:
                continue
            end = text.find(",", m.end)
            clause = _words(text[m.end : end if end > 0 else len(text)])
            if not clause or clause[0] not in cues.clause_subject_verbs:
                continue
            cw = set(clause)
            if not (cw & cues.place_verbs or "deployment" in cw) or cw & cues.casualty_words:
                continue  # "..., where Germany hosted talks", "where Wagner lost 20 men": no forces of its own there
            p = next((q for q in reversed(places) if q.end <= w.start() and not text[q.end : w.start()].strip()), None)
            if p is None or self._is_home(p, m.entry):
                continue
            if any(c.actor.code == m.entry.actor.code for c in result):
                continue  # (the sentence's own rules placed the actor's count, or did not)
            actor = self._final_actor(m.entry, text, None, st, mentions)
            out.append(Claim(actor, self._location_topic(set(clause), text), None, p))
        return out

    def _unit_contributor_claims(self, text: str, mentions: list[ActorMention], result: list[Claim]) -> list[Claim]:
        """States named only by a unit of theirs after counted contingents ("some 900 British soldiers, about 200
        Danes, with smaller Czech and Belgian detachments", "... and a Luxembourg platoon"): their forces are where
        the count before them was placed."""
        out: list[Claim] = []
        seen = {c.actor.code for c in result}
        for m in mentions:
            if m.possessive or m.entry.actor.kind != "state" or m.entry.actor.code in seen:
                continue
            if _UNIT_CONTRIBUTOR_LEAD_RE.search(text, max(0, m.start - 30), m.start) is None:
                continue
            am = _UNIT_CONTRIBUTOR_AFTER_RE.match(text, m.end)
            if am is None:
                continue
            prior = [
                c for c in result
                if c.figure is not None and c.place is not None and c.figure.number.end <= m.start
                and c.actor.kind == "state"
            ]  # fmt: skip
            if not prior:
                continue
            place = max(prior, key=lambda c: c.figure.number.end if c.figure is not None else 0).place
            if place is None:
                continue
            named = [m]
            if am.group("second") is not None:
                named.extend(o for o in mentions if o.start == am.start("second") and not o.possessive)
            for o in named:
                code = o.entry.actor.code
                if o.entry.actor.kind != "state" or code in seen or self._is_home(place, o.entry):
                    continue
                seen.add(code)
                out.append(Claim(o.entry.actor, "troops", None, place))
        return out

    def _subject_partner_claims(
        self, text: str, entry: ActorEntry, mentions: list[ActorMention], at: int, c: Claim, result: list[Claim]
    ) -> list[Claim]:
        """The states joined by "and" to a state that owns a figure, all named before it ("Spain and Italy will
        deploy 3,000 soldiers to Lebanon"): the sentence places their forces where it places the count."""
        out: list[Claim] = []
        if entry.actor.kind != "state" or c.place is None:
            return out
        own = next((m for m in mentions if m.entry is entry), None)
        if own is None or own.start > at or own.possessive:
            return out
        for pe in self._partners(text, entry, mentions):
            pm = next((m for m in mentions if m.entry is pe), None)
            if pm is None or pm.start > at or pm.possessive or self._is_home(c.place, pe):
                continue
            if any(o.actor.code == pe.actor.code for o in result) or any(o.actor.code == pe.actor.code for o in out):
                continue
            out.append(Claim(pe.actor, c.topic, None, c.place))
        return out

    def _home_partner(
        self, text: str, entry: ActorEntry, mentions: list[ActorMention], at: int, place: PlaceMention
    ) -> bool:
        """A state joined by "and" to the count's owner is at home where the count is ("Russia and North Korea
        have massed 60,000 troops in Kursk"): no claim places its forces there, but the count is still both
        states' together."""
        if entry.actor.kind != "state":
            return False
        own = next((m for m in mentions if m.entry is entry), None)
        if own is None or own.start > at or own.possessive:
            return False
        for pe in self._partners(text, entry, mentions):
            pm = next((m for m in mentions if m.entry is pe), None)
            if pm is not None and pm.start < at and not pm.possessive and self._is_home(place, pe):
                return True
        return False

    def _in_theatre(self, carried: PlaceMention, entry: ActorEntry | None) -> PlaceMention:
        """ "The mission has about 13,000 personnel in the country": a peace operation's own forces referred
        back to "the country" or "there" are in the country it serves in, whichever country was named last
        ("adopted with Russia and China abstaining" names voters, not the mission's country)."""
        th = entry.theatre if entry is not None else None
        if th is None or len(th) != 2 or carried.place.country_code == th:
            return carried
        country = self.gazetteer.country(th)
        if country is None:
            return carried
        return PlaceMention(carried.start, carried.start, country.name, country)

    @staticmethod
    def _number_starts(s: Sentence, st: State) -> list[int] | None:
        """The sentence's share of the body's number starts, relative to the sentence; None (find them in the
        sentence) when the sentence was cut inside a word, where a token of the sentence is not one of the body."""
        body = st.body
        if (s.start > 0 and body[s.start - 1].isalnum()) or (s.end < len(body) and body[s.end].isalnum()):
            return None
        ns = st.number_starts
        lo = bisect_left(ns, s.start)
        hi = bisect_left(ns, s.end, lo=lo)
        off = s.start
        return [p - off for p in ns[lo:hi]]

    @staticmethod
    def _without_group_demonyms(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
        """Drop a demonym that only modifies the name of a group of its own country right after it ("Lebanese
        Hezbollah trainers", "Somali al-Shabaab fighters"): the group is whose forces they are, not the state."""
        drop = {
            k
            for k, (m, nxt) in enumerate(pairwise(mentions))
            if m.entry.form == "demonym"
            and not m.possessive
            and nxt.entry.form == "group"
            and nxt.start - m.end == 1
            and text[m.end] == " "
            and m.entry.actor.code.upper() in ((nxt.entry.home or "").upper(), (nxt.entry.sponsor or "").upper())
        }
        if "-" in text:
            # "Diego Garcia, the U.S.-British base": the second state of a joint facility's owners only shares it; the
            # sentence is not about its forces
            drop |= {
                k + 1
                for k, (m, nxt) in enumerate(pairwise(mentions))
                if nxt.entry.form == "demonym"
                and nxt.start - m.end == 1
                and text[m.end] == "-"
                and _JOINT_FACILITY_AFTER_RE.match(text, nxt.end) is not None
            }
        return [m for k, m in enumerate(mentions) if k not in drop] if drop else mentions

    def _comitative_claims(
        self, text: str, result: list[Claim], mentions: list[ActorMention], st: State
    ) -> list[Claim]:
        """Place claims for a state whose forces are named beside the sentence's ("training alongside U.S. and
        Polish units", "deployed together with Belgian soldiers"): they are where the sentence puts its forces (not
        at home, and with no figure of the sentence's)."""
        placed = [c for c in result if c.place is not None]
        if not placed:
            return []
        done = {c.actor.code for c in result}
        out: list[Claim] = []
        for m in mentions:
            code = m.entry.actor.code
            if m.entry.actor.kind != "state" or m.possessive or code in done:
                continue
            if _ALONGSIDE_BEFORE_RE.search(text, max(0, m.start - 60), m.start) is None:
                continue
            nxt = set(_words(text[m.end : m.end + 50])[:4])
            # ("alongside the Italian destroyer X": one ship named beside the sentence's is there too; "drills
            # alongside Greek and Italian warships" names partners of an exercise, not ships placed)
            ships = nxt & self.cues.warship_words
            topic = "troops" if nxt & self.cues.personnel_nouns else "equipment" if ships and not any(
                w.endswith("s") for w in ships
            ) else ""
            if not topic:
                continue  # "alongside Polish officials", "together with France": no forces of theirs named
            done.add(code)
            actor = self._final_actor(m.entry, text, None, st, mentions)
            seen: set[tuple[int, int]] = set()
            for c in placed:
                p = c.place
                if p is None or (p.start, p.end) in seen or self._is_home(p, m.entry):
                    continue
                lo, hi = (p.end, m.start) if p.end <= m.start else (m.end, p.start)
                if _OTHER_CLAUSE_RE.search(text, lo, hi):
                    continue  # "in Latvia in May, he said, and a company will train alongside Romanian units"
                seen.add((p.start, p.end))
                out.append(Claim(actor, topic, None, p))
        return out

    def _equipment_placed(self, words: list[str]) -> bool:
        """Whether weapons are put at a place: an equipment noun, a placing participle and a locative preposition
        in a row ("batteries deployed to", "jets stationed in")."""
        eq, preps = self.cues.equipment_force_nouns, self.cues.place_preps
        return any(
            words[i] in _PLACED_PARTICIPLES and words[i - 1] in eq and words[i + 1] in preps
            for i in range(1, len(words) - 1)
        )

    def _combined_claims(
        self,
        text: str,
        places: list[PlaceMention],
        loc_entries: list[ActorEntry],
        mentions: list[ActorMention],
        st: State,
    ) -> list[Claim]:
        """Place claims for the actors of a count made of several together ("Chad had 1,000 soldiers in Niger,
        alongside up to 2,000 Sudanese and Libyan fighters"): no figure for either, but they are where the sentence
        puts forces (the places after the count when it has its own, "... and 2,000 A and B fighters in Mali")."""
        out: list[Claim] = []
        done = {e.actor.code for e in loc_entries}
        for entry, noun, at in st.combined:
            actor = self._final_actor(entry, text, noun or None, st, mentions)
            if actor.code in done or entry.actor.code in done:
                continue
            done.add(actor.code)
            ps = [p for p in places if p.start > at] or places
            topic = self._location_topic(set(_words(noun)))
            out.extend(Claim(actor, topic, None, p) for p in ps if not self._is_home(p, entry))
        return out

    @staticmethod
    def _own_place(text: str, c: Claim, ps: list[PlaceMention], fig_claims: list[Claim]) -> PlaceMention:
        """The place of one of several counts in a sentence: the first place after the count and before the next
        count ("9,000 were sent to Libya, and about 1,500 to Azerbaijan"), else the sentence's first place; a count
        in a relative clause on a place ("..., while kit went to Kuwait, which hosts about 13,500 U.S. troops") is
        in that place."""
        if c.figure is None:
            return ps[0]
        if "respectively" in text and (paired := Extractor._respective_place(text, c.figure, ps, fig_claims)):
            return paired
        pos = c.figure.number.end
        start = c.figure.number.start
        adj = next((p for p in reversed(ps) if p.end <= start), None)
        if (
            adj is not None
            and adj.place.kind != "country"
            and _PRESENCE_AFTER_RE.match(text, adj.end)
            and _THE_NAMED_BEFORE_RE.search(text, max(0, adj.start - 40), adj.start)
        ):
            return adj  # "the Bryansk contingent has grown to 2,300": the subject's own place
        if "wh" in text and (rel := _RELATIVE_ON_PLACE_RE.search(text, max(0, start - 60), start)) is not None:
            ante = next((p for p in reversed(ps) if p.end <= rel.start() and rel.start() - p.end <= 1), None)
            if ante is not None:
                return ante
        if text.endswith("to ", 0, start) and (
            (fc := _FORCE_CHANGED_TO_BEFORE_RE.search(text, max(0, start - 100), start)) is not None
            or (fc := _FORMATION_CHANGED_TO_BEFORE_RE.search(text, max(0, start - 100), start)) is not None
        ):
            # "moved its troops to Kuwait, while cutting its force in Iraq to about 2,500": the place of the force
            # whose new size the count gives
            inside = next((p for p in ps if fc.start() <= p.start < start), None)
            if inside is not None:
                return inside
        if text.endswith(" ", 0, start) and (
            host := next(
                (
                    p
                    for p in ps
                    if text[p.end : start] == " "
                    and text.endswith("and ", 0, p.start)
                    and _GAPPED_HOST_BEFORE_RE.search(text, max(0, p.start - 60), p.start)
                ),
                None,
            )
        ):
            return host  # "Chad hosts a few hundred, and Sudan fewer than 400": the gapped host's count
        role = next((p for p in ps if p.end <= start and _PLACE_ROLE_AFTER_RE.match(text, p.end, p.end + 60)), None)
        if role is not None and not any(role.end < q.start < start for q in ps):
            return role  # "Libya remains the main hub, with about 1,800 personnel, followed by Chad, ..."
        if "in" in text or "In" in text:  # (a cheap gate: both rules need "in" before a place)
            later = sorted(
                o.figure.number.start for o in fig_claims if o.figure is not None and o.figure.number.start > start
            )
            fronted_later = [Extractor._fronted_place(text, n, ps) for n in later]
            fronted = Extractor._fronted_place(text, start, ps)
            if fronted is not None and not any(
                pos <= q.start < (later[0] if later else len(text)) and q not in fronted_later for q in ps
            ):
                # "..., and in Ghana some 70": the place set before the count is its own (unless the count's
                # clause names a finer one after it: "In Syria, about 800 remain at al-Tanf")
                return fronted
            if (
                later
                and ps[0].start == (7 if text.startswith("In the ") else 3)
                and text.startswith(("In ", "In the "))
                and text.startswith((" ", ","), ps[0].end)  # (not "In Niger's capital, ...")
                and not any(ps[0].end < q.start < start for q in ps)
                and all(fl is not None for fl in fronted_later)
                and not any(start < q.start < later[0] and q not in fronted_later for q in ps)
            ):
                # "In Niger the corps has about 300, and in Chad about 100": the place that opens the sentence is
                # the first count's, when each later count has its own place set before it
                return ps[0]
        nxt = min(
            (o.figure.number.start for o in fig_claims if o.figure is not None and o.figure.number.start > pos),
            default=None,
        )
        if nxt is None:
            # the last count: a place after it, unless the sentence named its place before it
            if len(fig_claims) > 1:
                return next((p for p in ps if p.start >= pos), ps[0])
            if "wh" in text and _WHILE_CLAUSE_RE.search(text, ps[0].end, start) is not None:
                # "... were sent to X, while around 1,000 soldiers trained near Y": the contrasting clause's
                # count is where its own clause places it
                own = (p for p in ps if p.start >= pos and _WHILE_CLAUSE_RE.search(text, pos, p.start) is None)
                return next(own, ps[0])
            return ps[0]
        return next((p for p in ps if pos <= p.start < nxt), ps[0])

    @staticmethod
    def _fronted_place(text: str, start: int, ps: list[PlaceMention]) -> PlaceMention | None:
        """The place set right before a count after "in" (", and in Chad about 100"), if any."""
        for p in ps:
            if p.end <= start and _FRONTED_PLACE_GAP_RE.fullmatch(text, p.end, start) and _IN_BEFORE_PLACE_RE.search(
                text, max(0, p.start - 14), p.start
            ):
                return p
        return None

    @staticmethod
    def _respective_place(
        text: str, f: FigureMatch, ps: list[PlaceMention], fig_claims: list[Claim]
    ) -> PlaceMention | None:
        """ "will send 150 and 80 personnel to Estonia and Finland respectively": counts coordinated before one
        noun and as many places coordinated after it pair in order."""
        group = sorted(
            (o.figure for o in fig_claims if o.figure is not None and o.figure.unit_end == f.unit_end),
            key=lambda g: g.number.start,
        )
        if len(group) < 2:
            return None
        after = [p for p in ps if p.start >= f.unit_end]
        if len(after) < len(group):
            return None
        listed = after[: len(group)]
        if any(not _PLACE_LIST_GAP_RE.fullmatch(text, a.end, b.start) for a, b in pairwise(listed)):
            return None
        if not _RESPECTIVELY_RE.search(text, f.unit_end):
            return None
        for g, p in zip(group, listed, strict=True):
            if g is f:
                return p
        return None

    def _only_speaks(self, text: str, mentions: list[ActorMention], entry: ActorEntry) -> bool:
        """Whether every mention of ``entry``'s actor in the clause names who speaks ("China's military said")."""
        own = [m for m in mentions if m.entry.actor.code == entry.actor.code]
        return bool(own) and all(self._is_speaker(text[m.end :]) for m in own)

    def _military_context(self, text: str, wordset: set[str]) -> bool:
        cue = self.actors.nationals_cue_re
        hits = wordset & self.cues.military_context
        if hits and hits <= self.cues.office_title_words:
            # "the Armed Forces Minister said ... 1.2 million French citizens live": the speaker's office only
            hits = set(_words(self.cues.office_title_re.sub(" ", text))) & self.cues.military_context
        return bool(hits) or (cue is not None and cue.search(text) is not None)

    def _entry_for(self, actor: Actor, fig_entries: list[ActorEntry], loc: list[ActorEntry]) -> ActorEntry | None:
        for e in (*fig_entries, *loc):
            if e.actor.code == actor.code:
                return e
        return fig_entries[0] if fig_entries else None


#: A facility noun right after a joint owner ("the U.S.-British base", "a Franco-German air base")
_JOINT_FACILITY_AFTER_RE = re.compile(
    r"[ \t]+(?:military[ \t]+|naval[ \t]+|air[ \t]+)?(?:base|facility|installation|airfield)\b"
)
#: Between two places of a list: ", ", " and ", ", or "
_PLACE_LIST_GAP_RE = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_RESPECTIVELY_RE = re.compile(r"\brespectively\b")
#: Between a place and the ocean that locates it: " in the " ("Diego Garcia in the Indian Ocean")
_SEA_LOCATOR_GAP_RE = re.compile(r",?[ \t]+in[ \t]+the[ \t]+")
#: "and expands the Dutch-led battlegroup in X to about", "raising a contingent in X to": a formation's new size,
#: whose place is named inside the phrase (with "its" force nouns: ``numbers._FORCE_CHANGED_TO_BEFORE_RE``)
_FORMATION_CHANGED_TO_BEFORE_RE = re.compile(
    r"\b(?:" + SIZE_CHANGE_VERBS + r"|enlarge|enlarges|enlarged|enlarging)[ \t]+(?:the|a|an|its|their)[ \t]+"
    r"(?:[\w.’'-]+[ \t]+){0,3}?"
    r"(?:contingent|battlegroup|battle[ \t]+group|brigade|battalion|detachment|mission|task[ \t]+force|garrison|"
    r"force|presence|deployment)\b[^;.,]{0,50}?[ \t]to[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|up[ \t]+to|more[ \t]+than|just[ \t]+over|just[ \t]+under|"
    r"fewer[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)
#: ", which hosts about", ", where some": a relative clause that opens right before a count
_RELATIVE_ON_PLACE_RE = re.compile(r",[ \t]+(?:which|where)\b[^,;.]*$")
#: Words of a statement, beside the speech verbs: "a statement issued on behalf of the Secretary-General called"
_STATEMENT_WORDS = frozenset({"statement", "statements", "communique", "communiqué"})
#: A passive after a plural demonym: "The Chadians were likely recruited", "Nepalis have been lured"
#: After a demonym, fighters that a recruitment cue may follow: "(Afghan) fighters recruited by"
_FIGHTERS_AFTER_RE = re.compile(r"[ \t]+(?:fighters|combatants|gunmen|men)[ \t]+")
#: A contributors' list heading that ends on where they are: "... now deployed in the Gulf:", "... in Mali:"
_HEADER_PLACE_BEFORE_RE = re.compile(r"\b(?:in|to|at|off)[ \t]+(?:the[ \t]+)?$")
#: A list's line that opens with a capitalised label: "- Kenya: 1,200", "Nepal: 900"
_LIST_LABEL_LINE_RE = re.compile(r"[ \t]*(?:[-–•*][ \t]*)?[A-Z][\w.'’ -]{1,40}:")
_PASSIVE_AFTER_RE = re.compile(
    r"(?:[ \t]+(men|women|nationals|citizens))?[ \t]+(?:were|had[ \t]+been|have[ \t]+been)[ \t]+(?:\w+ly[ \t]+)?"
)
#: Words of a sentence about ships or sailors, for whom "the region" may be a sea.
_NAVAL_WORDS = frozenset({"naval", "navy", "ship", "ships", "vessel", "vessels", "carrier", "crew", "sailors",
                          "maritime", "fleet", "flotilla", "squadron"})  # fmt: skip
#: "the Nigerien capital" with no name after it ("the Malian capital, Bamako" names its city itself).
_CAPITAL_AFTER_RE = re.compile(r"[ \t]+capital\b(?![ \t]*,?[ \t]*[A-Z])")
#: Between two coordinated demonyms: "Albanian and Montenegrin airspace".
_AND_GAP_RE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|or)[ \t]+")


_DEFAULT: Extractor | None = None


def extract(item: NewsItem) -> list[ClaimEvent]:
    """Module-level convenience over a shared default :class:`Extractor`."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(item)

