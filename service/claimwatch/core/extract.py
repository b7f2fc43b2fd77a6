"""Claim extraction: NewsItem -> list[ClaimEvent], rule-based, pure and fast.

Per sentence the extractor finds actors, figures and places, then decides
(1) whose forces each figure counts -- the actor bound to the counted noun
("10,000 North Korean troops", "3,000 troops from North Korea"), else the
subject of the clause, else the actor the paragraph is about; and (2) which
places are deployment locations -- places governed by a locative preposition or
a movement verb, minus venues of statements, the claimant's seat, the actor's
home country, departure and transit points, strike targets and mere
possibilities. The scorer keys figure claims and location claims separately, so
a sentence yields one claim per figure (with the sentence's best location) and
one claim per further location. Word lists live in ``data/*.json``.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import resources
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from claimwatch.core.actors import ActorEntry, ActorIndex, ActorMention
from claimwatch.core.claimants import find_claimant, has_pronoun_speech, make_claimant, source_line_claimant
from claimwatch.core.dates import resolve_date
from claimwatch.core.gazetteer import PlaceMention
from claimwatch.core.numbers import (
    FigureMatch,
    find_figures,
    find_unit,
    is_implied_subject,
    reference_topic,
)
from claimwatch.core.text import SOURCE_LABELS, Sentence, dateline_end, split_sentences
from claimwatch.models import SCHEMA_VERSION, Actor, ClaimEvent, Evidence, Figure, Location, NewsItem

if TYPE_CHECKING:
    from claimwatch.core.gazetteer import Gazetteer

_start = attrgetter("start")
_WORD_RE = re.compile(r"[a-z][a-z'’-]*")
_SPEAKER_AFTER_RE = re.compile(
    r"[ \t]*(?:'s|’s)?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:bloggers?|channels?|outlets?|commentators?|experts?|"
    r"observers?|diplomats?|authorities|journalists?|correspondents?|reporters?|said|says|told|reported|confirmed|estimated|announced|intelligence|"
    r"spy|officials?|ministry|media|lawmakers?|sources?|ambassador|envoy|minister|spokes(?:man|woman|person)|"
    r"president|leader|commander|government|foreign|defen[cs]e|state|press|lawmaker|analysts?)\b",
    re.IGNORECASE,
)
_PART_OF_RE = re.compile(
    r"\b(?:territory|soil|part|parts|areas?|region|province|district|city|town|village|port|north|south|east|west|"
    r"centre|center|heart|outskirts|edge|suburbs|middle|waters|coast|shores|median line|airspace|skies)"
    r"\s+of\s+(?:the\s+)?$"
)
#: Words that may stand between a preposition and a place ("in neighbouring Libya", "to the Kursk region").
_PLACE_MODIFIERS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "neighbouring",
        "neighboring",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "nearby",
        "occupied",
        "far",
        "border",
        "frontline",
        "front",
        "russian",
        "ukrainian",
        "region",
        "regions",
        "area",
        "areas",
        "parts",
        "part",
        "rest",
        "whole",
        "entire",
        "two",  # "in the three Baltic states"
        "three",
        "four",
        "five",
    ]
)
_FOR_VERBS = frozenset(
    {"bound", "headed", "heading", "destined", "earmarked", "left", "leave", "leaving", "set", "departed", "departing",
     "departs", "depart", "sailed", "sailing", "flew", "flying", "flown", "embarked", "shipped", "off"}
)  # fmt: skip
#: A possessive place is a location only when what it owns is a part of it ("Russia's Kursk region").
_PLACE_PART_RE = re.compile(
    r"(?:'s|’s)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}(?:(?:(?:far[ \t]+)?(?:east|west|north|south)|"
    r"region|oblast|province|territory|soil|waters|territorial[ \t]+waters|airspace|exclusive[ \t]+economic[ \t]+zone|"
    r"capital|coast|port|base|air[ \t]?base|airport|city)\b|"
    r"(?:al-|el-|ad-|as-|at-|an-)?[A-Z])",
)
#: Force nouns too common in other senses ("military rulers") to mark a sentence as speaking of forces.
_WEAK_FORCE_WORDS = frozenset({"military", "force", "forces", "men", "base", "bases", "system", "unit", "members"})
_SEAT_AFTER_RE = re.compile(r"[ \t]+(?:say|says|said|told|reported|announced|confirmed)\b")
_SPEAKER_NOUNS = frozenset(
    {"officials", "official", "sources", "source", "diplomats", "diplomat", "analysts", "journalists", "reporters",
     "correspondent", "spokesman", "spokeswoman", "ministry", "embassy", "lawmakers", "officers"}
)  # fmt: skip
#: "2,000 more", "another 200": a bare number that continues a count of forces already named.
_MORE_RE = re.compile(r"[ \t]+(?:more|others|additional|extra)\b")
_ANOTHER_RE = re.compile(r"\b(?:[Aa]nother|[Aa]n additional|[Aa] further)[ \t]+$")
#: Only a conjunction between two places: "to Chad and Niger", "in Syria, Iraq or Jordan".
_AND_PLACE_RE = re.compile(r"(?:,[ \t]*|[ \t]+)(?:and|or|as well as)?[ \t]*(?:the[ \t]+)?|,[ \t]*")
# a place name used as a hyphenated patron adjective ("the Moscow-led bloc", "Tehran-backed militias"):
# it names who leads or backs a force, never where the force is
_PLACE_MODIFIER_ADJ_RE = re.compile(r"[-\u2010\u2011](?:led|backed|allied|aligned|sponsored)\b", re.IGNORECASE)
_EXISTENTIAL_RE = re.compile(r"[ \t]+(?:is|are|was|were|have|has|had|will|would|may|might|could|seems?|appears?)\b")
_OF_THEM_RE = re.compile(r"[ \t]+of[ \t]+(?:them|those|these|whom)\b")
#: A move away before a count: its "from X" is where the forces leave, not whose they are.
_WITHDRAW_BEFORE_RE = re.compile(
    r"\b(?:withdraw|withdraws|withdrawing|withdrew|withdrawn|pull|pulls|pulling|pulled|remove|removes|removing|"
    r"removed|relocate|relocates|relocating|relocated|redeploy|redeploying|redeployed|evacuate|evacuating|"
    r"evacuated|cut|cuts|cutting|reduce|reducing|reduced)\b(?:[ \t]+(?:out|back|home|about|around|some|up[ \t]+to|"
    r"roughly|nearly|almost|more[ \t]+than|at[ \t]+least|the|its|their|all))*[ \t]*$",
    re.IGNORECASE,
)
#: A distance from a place ("460 nautical miles east of the Somali coast", "30 km from Kharkiv"): the
#: place is a reference point.
_DISTANCE_FROM_RE = re.compile(
    r"\b(?:miles|mi|kilomet(?:er|re)s|km|metres|meters|m)[ \t]+(?:(?:due[ \t]+)?(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west)(?:ern)?[ \t]+)?(?:of|from|off)[ \t]+(?:the[ \t]+)?"
    r"(?:[\w-]+[ \t]+)?(?:coast[ \t]+of[ \t]+)?"
    # the reference place may be followed by the larger one it lies in: "south of Bonny Island, off Nigeria"
    r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3},[ \t]+(?:off|in|near)[ \t]+(?:the[ \t]+)?)?$",
    re.IGNORECASE,
)
#: A relative clause opening after a comma: what it places is its own noun, not the sentence's forces.
_RELATIVE_RE = re.compile(r",[ \t]+(?:which|who|whose)\b")
#: A relative clause between commas or closing the sentence ("Rwanda, which is not a member, sent ...").
_RELATIVE_SPAN_RE = re.compile(_RELATIVE_RE.pattern + r"[^,;.]*(?:,|(?=[.;]?[\s\"'”’]*$))")
_BOTH_SIDES_RE = re.compile(r"[ \t]+(?:on|from)[ \t]+(?:both|all)[ \t]+sides\b", re.IGNORECASE)
#: "N (service) members of the X" / "N X members": members of a named force (the name is checked by the caller).
_MEMBERS_OF_RE = re.compile(
    r"[ \t]+(?:(?:service|military|armed)[ \t]+)?members[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+)?|"
    r"[ \t]+(?=[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,5}[ \t]+members\b)"
)
#: An estimate of the forces' number with no noun after the figure ("put their number at around 4,500").
_NUMBER_AT_RE = re.compile(
    r"(?:\b(?:put|puts|putting|placed|places|estimated|estimates|estimate)[ \t]+(?:the|their|its|that)[ \t]+"
    r"(?P<noun>number|strength|headcount)(?:[ \t]+(?:higher|lower|even[ \t]+higher))?[ \t]*,?[ \t]+at[ \t]+"
    r"|\b(?:the|their|its)[ \t]+(?P<noun2>number|strength|headcount)[ \t]+(?:was|is|stood|stands|had[ \t]+reached|"
    r"reached|rose|had[ \t]+risen|has[ \t]+risen)(?:[ \t]+(?:at|to|closer[ \t]+to|nearer))?[ \t]+)$",
    re.IGNORECASE,
)
#: A comma or semicolon that ends a clause (not the comma inside "7,000").
_CLAUSE_COMMA_RE = re.compile(r"[,;](?=\s|$)")
#: A subject that is several states at once: the figure is their combined count, no one actor's.
_COMBINED_SUBJECT_RE = re.compile(
    r"\b[Tt]ogether,?[ \t]+(?:the|they|these|those)\b|\bbetween[ \t]+them\b|"
    r"\b[Tt]he[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t]+(?:countries|nations|states|allies|"
    r"governments|contributors|partners)\b|\b(?:[Bb]oth|[Aa]ll)[ \t]+(?:countries|nations|states)\b"
)
#: "troops from A, B and allied countries": more than one origin after "from".
_MULTI_ORIGIN_RE = re.compile(
    r"(?:'s|’s)?[ \t]*(?:,|and)[ \t]+(?:the[ \t]+)?(?:[A-Z]|(?:other[ \t]+|allied[ \t]+|partner[ \t]+)"
    r"(?:countries|nations|states|allies|partners))"
)
#: "16,000 troops, about 11,000 of them American": a share of one state follows a total.
_SHARE_AFTER_RE = re.compile(r"[ \t]*,[ \t]*(?:\w+[ \t]+){0,2}\d[\d,.]*[ \t]+of[ \t]+them\b")
#: "25,000 troops from 14 allied nations", "4,000 personnel from 10 countries": many states' forces counted together.
_MANY_ORIGINS_RE = re.compile(
    r"[ \t]+from[ \t]+(?:(?:some|about|around|more[ \t]+than|over|nearly|at[ \t]+least)[ \t]+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[ \t]+dozen|dozens[ \t]+of|several|many)"
    r"[ \t]+(?:[\w-]+[ \t]+)?(?:countries|nations|states|allies|armies|member[ \t]+states)\b",
    re.IGNORECASE,
)
_OF_THEM_OWNER_RE = re.compile(r"[ \t]+(?:(?:are|were|being)[ \t]+)?")
_GARRISON_AFTER_RE = re.compile(
    r"[ \t]+(?:garrison|base|bases|contingent|detachment|deployment|presence|mission|troops|forces|force)\b"
)
_PLAIN_SHIP_NOUNS = frozenset({"ships", "ship", "vessels", "vessel"})
#: Ships counted beside these words are a merchant fleet ("Russian cargo ships" may still carry arms: not here).
_MERCHANT_WORDS = frozenset({"shipping", "shipowners", "merchant", "commercial", "container", "fishing", "ferry"})
_FROM_BEFORE_RE = re.compile(r"\b(?:from|out[ \t]+of)[ \t]+$", re.IGNORECASE)
_FLIGHT_WORDS = frozenset({"fled", "flee", "flees", "fleeing"})
#: "contracts with the Russian army": the demonym names the army that hires, not nationals who are hired.
_ARMY_AFTER_RE = re.compile(r"[ \t]+(?:army|armed[ \t]+forces|military|defen[cs]e[ \t]+ministry)\b", re.IGNORECASE)
_LED_BY_WORDS = frozenset({"led", "commanded", "headed", "manned", "crewed", "operated", "flown", "run"})
_POSSESSIVE_DET_RE = re.compile(r"\b(?:its|their|our|his|her)[ \t]+$", re.IGNORECASE)
_DEFINITE_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+$")
#: "The number of Syrian fighters that Turkey has sent ... has reached 8,000": the head noun is what is counted.
_NUMBER_OF_RE = re.compile(r"\b(?:number|total|count|tally|strength)[ \t]+of[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
#: "will bring EUFOR's strength to about 1,100", "raising its presence to 3,000": a force's new total.
_STRENGTH_TO_RE = re.compile(
    r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|increase|increases|increasing|increased|"
    r"boost|boosts|boosting|boosted|take|takes|taking|took)[ \t]+"
    r"(?:(?:the|its|their)[ \t]+)?(?:[\w-]+(?:'s|’s)[ \t]+)?(?:(?:total|overall|combined)[ \t]+)?"
    r"(?P<noun>strength|numbers|presence|force|contingent|troop[ \t]+levels?|troop[ \t]+numbers?)[ \t]+"
    r"(?:(?:in|at|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+)?"
    r"(?:(?:temporarily|eventually|further)[ \t]+)?to[ \t]+$"
    # "the contingent in South Sudan was raised to around 400"
    r"|\b(?P<noun2>contingent|garrison|detachment|force|presence|deployment)[ \t]+"
    r"(?:(?:in|at|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+)?"
    r"(?:was|were|is|has[ \t]+been|had[ \t]+been|will[ \t]+be|would[ \t]+be)[ \t]+"
    r"(?:raised|increased|boosted|expanded|reduced|cut)[ \t]+to[ \t]+$",
    re.IGNORECASE,
)
#: "260 of the fighters, most of them from X, have been killed": an appositive between the count and its verb.
_APPOSITIVE_RE = re.compile(r",[^,;.]{1,90},")
_AND_BEFORE_RE = re.compile(r"(?:,|\band)[ \t]*$")
_IN_PLACE_AFTER_RE = re.compile(r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z]")
_LIST_SEP_RE = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?")
_AND_ACTOR_RE = re.compile(r",?[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?")
_HAVE_WORDS = frozenset({"has", "had", "have", "also", "since", "now", "reportedly"})
#: "100 seats, 53 of them": the count right before a partitive "of them" names what is counted.
_COUNT_BEFORE_RE = re.compile(r"\d[\d,.]*[ \t]+([A-Za-z-]+)[ \t]*,[ \t]*$")
#: "its troops", "their regular armed forces": a possessive pronoun before a force noun.
_POSS_FORCE_RE = re.compile(r"\b(?:its|their)[ \t]+((?:[\w-]+[ \t]+){0,2}[\w-]+)")
#: Words that may stand before a force noun in a clause's subject: "special forces", "naval units".
_FORCE_MODIFIERS = frozenset({"special", "naval", "air", "ground", "combat", "regular", "elite", "army", "navy"})
#: "40,000 troops to Norway, along with 130 aircraft": the later count continues the earlier one.
_ALONG_WITH_RE = re.compile(
    r",[ \t]+(?:along[ \t]+with|together[ \t]+with|as[ \t]+well[ \t]+as|plus)[ \t]+", re.IGNORECASE
)
#: "which numbered about 350", "is expected to number up to 5,000": the subject's strength follows.
_NUMBER_VERB_RE = re.compile(
    r"(?:\b(?:numbers|numbered|numbering)|\b(?:to|will|would|could|may|might|should|can|now|still|together)"
    r"[ \t]+number)[ \t]+$",
    re.IGNORECASE,
)
#: Between a place and the larger place it lies in: "Souda Bay in Crete", "Rota, Spain", "Souda Bay on the Greek
#: island of Crete".
_IN_CONTAINER_RE = re.compile(
    r",[ \t]*|,?[ \t]+(?:in|on|near)[ \t]+(?:the[ \t]+)?(?:(?:[\w'’-]+[ \t]+){0,3}of[ \t]+(?:the[ \t]+)?)?"
)
#: A place followed by these words names a military command or fleet ("Africa Command", "the Pacific Fleet",
#: "the Southern Theater Command").
_COMMAND_AFTER_RE = re.compile(r"[ \t]+(?:Theat(?:er|re)[ \t]+)?(?:Command|Fleet)\b")
#: A region or sea after these words names a component command ("Marine Corps Forces Pacific", "U.S. Army
#: Europe"); a country after them ("U.S. Forces Korea") still says where the forces are.
_COMMAND_BEFORE_RE = re.compile(r"\b(?:Forces|Army|Navy|Fleet|Command)[ \t]+$")
#: Between a sea and a place that only says where in the sea: "the Baltic Sea west of Gotland".
_BEARING_OF_RE = re.compile(
    r",?[ \t]+(?:just[ \t]+|far[ \t]+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?[ \t]+of[ \t]+(?:the[ \t]+)?",
    re.IGNORECASE,
)
#: Islands or a peninsula located by a place near them ("the Batanes islands near Taiwan"): the place after
#: "near" is a landmark.
_FEATURE_NEAR_RE = re.compile(
    r"\b(?:islands|island|isles|islets|archipelago|atoll|peninsula)[ \t]+(?:near|close[ \t]+to)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
#: The end of a list of states that leaves it open: "France, Italy and other partners", "..., among others".
_OPEN_LIST_END_RE = re.compile(
    r",?[ \t]+(?:and|or)[ \t]+(?:other|others|allied|partner|several|many|more)\b|,?[ \t]+among[ \t]+others\b"
)
#: After a state's demonym: its land, sea or air ("Azerbaijani territory", "Polish soil", "Guyanese waters").
_LAND_AFTER_RE = re.compile(r"[ \t]+(?:territory|soil|territorial[ \t]+waters|waters|airspace)\b")
#: After "the base", "the city": a name that says which one ("the base at Adji Kossei"), so no anaphor.
_NAMED_AFTER_RE = re.compile(
    r"[ \t]+(?:at|in|of|near|outside)[ \t]+(?:the[ \t]+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]"
)
#: A clause that dates the claim by another actor's move ("before Russia invaded Ukraine", "since Iraq's
#: invasion of Kuwait"): the place in it is where that move went, not where the counted forces are.
_TIME_CLAUSE_RE = re.compile(
    r"\b(?:before|after|since|until)[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
    r"(?:(?:'s|’s)[ \t]+(?:full-scale[ \t]+|full[ \t]+scale[ \t]+)?(?:invasion|annexation|occupation)[ \t]+of"
    r"|[ \t]+(?:invaded|annexed|occupied|entered|attacked|seized))[ \t]+(?:the[ \t]+)?$"
)
#: Forces working out of a base: "patrol aircraft operating from Djibouti", "jets flying from Air Base X in Y".
_OPERATE_FROM_RE = re.compile(
    r"\b(?:operat(?:e|es|ed|ing)|fly|flies|flying)[ \t]+(?:out[ \t]+)?(?:from|of)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’.-]*[ \t]+){0,6}(?:(?:in|on|at|near)[ \t]+(?:the[ \t]+)?)?$"
)
#: A destination after the place: "flying from Darwin to Manila" is a journey, not a base of operations.
_TO_AFTER_RE = re.compile(r"[^,;.]{0,40}?\b(?:to|into|towards?|for)[ \t]+(?:the[ \t]+)?[A-Z]")
#: An appositive that reports the other side's answer to the claim: "..., a claim the Russian force dismissed",
#: "..., an allegation Kigali denies".
_CLAIM_APPOSITION_RE = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:claim|allegation|charge|accusation|assertion|account)[ \t]+"
    r"[^,;]*(?:,|(?=[.;]?[\s\"'”’]*$))"
)
#: After a place: ", from where they crossed into ...": the place is a stage of the journey.
_TRANSIT_AFTER_RE = re.compile(
    r"(?:(?:,?[ \t]+in[ \t]+|['’]s[ \t]+)[^,;.]{1,40})?,[ \t]+(?:from[ \t]+where|whence)\b", re.IGNORECASE
)
#: "a carrier strike group bound for X": "strike" names a formation, not an attack on X.
_FORMATION_STRIKE_RE = re.compile(
    r"\bstrike[ \t]+(?:group|groups|force|forces)\b(?![^,;.]*\b(?:hit|hits|struck|attack|attacked|targeted|fired)\b)",
    re.IGNORECASE,
)
#: Between a name and its bracketed short form: "the Support Mission in Somalia (AUSSOM)".
_BRACKET_ALIAS_RE = re.compile(r"[ \t]*\([ \t]*")
#: Words after which an actor is a prepositional object, not the owner of forces.
_PREP_OBJECT_WORDS = frozenset(
    {"in", "into", "to", "at", "with", "against", "for", "by", "on", "toward", "towards", "inside", "near",
     "between", "of", "from", "alongside", "around", "onto", "upon", "across", "off", "along", "over", "through",
     "via", "within", "outside", "beyond", "throughout"}
)  # fmt: skip
#: "six of the bombers", "84 of its fighters", "120 of each system": a partitive names the counted noun.
_PARTITIVE_RE = re.compile(r"[ \t]+of[ \t]+(the|its|their|these|those|each|every)[ \t]+", re.IGNORECASE)
#: "Of the aircraft, 35 crossed ...": a partitive put before a bare number names what it counts.
_PREPOSED_PARTITIVE_RE = re.compile(
    r"\b[Oo]f[ \t]+(?:the|these|those|its|their|all)[ \t]+(?:[\w-]+[ \t]+)?([\w-]+)[ \t]*,[ \t]*$"
)
#: "..., in which" / "..., during which": a relative clause on an event (drills, a raid) named before.
_EVENT_RELATIVE_RE = re.compile(r",[ \t]*(?:in|during)[ \t]+which$")
#: "N troops ..., counting both A and B personnel": one total for two actors, no figure for either.
_BOTH_AFTER_RE = re.compile(r"[^.;]{0,80}?\b(?:counting|including|comprising|combining)[ \t]+both\b", re.IGNORECASE)
_YEAR_LIKE_RE = re.compile(r"(?:1[89]|20)\d\d")
#: Where the clause of a troop figure ends for the casualty test.
_CASUALTY_CUT_RE = re.compile(
    r"[;:.]|,[ \t]+(?:that|this|it|which|a|an|the|said|says|told)\b|"
    r"\b(?:where|while|whereas|but|because|after|before|since|"
    r"who had|and that)\b|\b(?:some|many|most|several|part|few|dozens|hundreds)[ \t]+of\b"
)
_CLAUSE_BREAK_RE = re.compile(r"[;:]|,[ \t]+(?:but|while|whereas|although)\b|\bwhere\b|\bwhich\b")
#: "The United States, which has ...", "The destroyer USS Carney, which is ...": a relative clause whose
#: antecedent is the actor (and the capitalised name that follows it) right before the comma.
_RELATIVE_ANTECEDENT_RE = re.compile(r"(?:[ \t]+[A-Z][\w.'’-]*){0,4}[ \t]*,[ \t]*(?:which|who)[ \t]*$")
#: "Poland said it was moving", "Ghana said its soldiers", "Chile has said it will send": a speaker that speaks
#: of its own forces is their owner (a perfect tense changes nothing).
_SELF_SPEECH_RE = re.compile(
    r"(?:'s|’s)?(?:[ \t]+(?:[A-Z][\w.'’-]*|defen[cs]e|foreign|ministry|government|army|military)){0,4}"
    r"[ \t]+(?:also[ \t]+)?(?:(?:has|have|had)[ \t]+(?:also[ \t]+)?)?"
    r"(?:said|says|announced|confirmed|stated|added|reported)"
    r"(?:[ \t]+on[ \t]+\w+\.?(?:[ \t]+\d{1,2})?|[ \t]+(?:this|last|earlier|late|early)[ \t]+(?:this[ \t]+)?\w+|"
    r"[ \t]+(?:separately|also|earlier|later|again|previously))?"
    r"[ \t]+(?:that[ \t]+)?(?:it|its|they|their)\b"
)
#: Before an actor followed by a bare number: the actor opens a gapped clause ("..., followed by Italy with about
#: 1,000", "and Belarus about 100", "while Romania is adding about 100").
_GAP_OPEN_RE = re.compile(r"(?:\band|\bby|\bwhile|\bwhereas|,)[ \t]+(?:the[ \t]+)?$")
#: Links of a gapped clause that say nothing of a move or a contribution on their own.
_GAP_STATIVE = frozenset({"with", "has", "had", "have", "is", "are", "was", "were", "will", "would", "s"})
#: A bare number that ends its clause: "..., while Romania is adding about 100."
_GAP_END_RE = re.compile(r"[ \t]*[.;]?[\s\"'”’]*$")
#: A number (or its approximation word) right after an actor: "and Belarus about 100 paratroopers".
_NUMBER_AFTER_RE = re.compile(
    r"[ \t]+(?:with[ \t]+)?(?:about|around|some|roughly|nearly|almost|over|more[ \t]+than|up[ \t]+to|at[ \t]+least|\d)",
    re.IGNORECASE,
)
#: "a crew of about 65": the crew of a ship named before counts its sailors.
_CREW_OF_RE = re.compile(r"\b(?P<noun>crew|complement)[ \t]+of[ \t]+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Cues:
    place_preps: frozenset[str]
    place_verbs: frozenset[str]
    departure: tuple[str, ...]
    departure_words: frozenset[str]
    departure_phrase_re: re.Pattern[str]  # multi-word departure cues ending right before a place
    from_base_re: re.Pattern[str]  # "from (the force's) bases in", ending right before a place
    airborne_words: frozenset[str]  # 'over' governs a place only after one of these
    facility_dep_re: re.Pattern[str]  # "from Fort Hood in", "left Air Base 201 in", ending right before a place
    venue_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    clause_subject_verbs: frozenset[str]
    apposition_words: frozenset[str]
    apposition_heads: frozenset[str]
    neutral_people: frozenset[str]
    crew_nouns: frozenset[str]
    warship_words: frozenset[str]
    civil_ship_words: frozenset[str]
    military_context: frozenset[str]
    strike_words: frozenset[str]
    possibility: frozenset[str]
    denial_re: re.Pattern[str]
    non_denial_re: re.Pattern[str]
    hedge_re: re.Pattern[str]
    force_nouns: frozenset[str]
    equipment_force_nouns: frozenset[str]
    personnel_nouns: frozenset[str]
    pronoun_re: re.Pattern[str]
    recipient_verbs: frozenset[str]
    place_object_verbs: frozenset[str]  # "left Chad", "entered Gaza": the name after them is a place, not a subject
    hosts_after_re: re.Pattern[str]
    non_place_re: re.Pattern[str]
    spec_re: re.Pattern[str]
    rate_after_re: re.Pattern[str]
    place_anaphora_re: re.Pattern[str]
    place_anaphora_kinds: dict[str, frozenset[str]]
    event_anaphora_re: re.Pattern[str]
    place_heads_re: re.Pattern[str]
    casualty_words: frozenset[str]
    casualty_before: frozenset[str]
    agent_verbs: frozenset[str]
    noun_topic: dict[str, str]
    force_org_re: re.Pattern[str]  # after a possessive state: "'s National Defence Force", "'s navy"
    non_force_heads: frozenset[str]
    non_force_people: frozenset[str]
    agency_heads: frozenset[str]  # "Lithuanian military intelligence": a demonym naming an agency, not forces
    formation_units: frozenset[str]
    unrest_words: frozenset[str]
    organ_subject_re: re.Pattern[str]  # "Uruguay's parliament approved": an organ acting for its state
    state_organs: frozenset[str]
    no_force_re: re.Pattern[str]  # "no American combat troops", "no Pakistani soldier", "had no troops"
    attributive_re: re.Pattern[str]  # a name used as a modifier: "NATO summit", "NATO's two-day summit", "NATO soil"
    leader_re: re.Pattern[str]  # "Canada leads ...", "the German-led ...": the lead state of a formation
    gapped_link_re: re.Pattern[str]  # "Italy with about 1,000", "Romania is adding about 100": a gapped count
    share_before_re: re.Pattern[str]  # "including roughly 600 Americans": a state's share of a total
    ship_name_re: re.Pattern[str]  # "'s navy frigate Hessen" after a state: the ship's name
    mission_anaphora_re: re.Pattern[str]  # "in the mission", "the largest contingent": a mission named before
    mission_words: frozenset[str]  # a sentence about a multinational mission
    organ_acts_re: re.Pattern[str]  # "'s Defense Ministry will station": an organ that moves the state's forces
    definite_force_re: re.Pattern[str]  # "the navy", "the garrison": a force whose owner the context names


def _alt(words: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE)


@cache
def _cues() -> _Cues:
    files = resources.files("claimwatch.data")
    c: dict[str, Any] = json.loads(files.joinpath("cues.json").read_text("utf-8"))
    t: dict[str, Any] = json.loads(files.joinpath("topics.json").read_text("utf-8"))
    dep = tuple(c["departure"])
    return _Cues(
        place_preps=frozenset(c["place_preps"]),
        place_verbs=frozenset(c["place_verbs"]),
        departure=dep,
        departure_words=frozenset(w for w in dep if " " not in w),
        from_base_re=re.compile(
            r"\bfrom[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:[\w-]+(?:'s|’s)[ \t]+)?(?:[\w-]+[ \t]+)?"
            + _alt(c["home_bases"]).pattern
            + r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?$",
            re.IGNORECASE,
        ),
        airborne_words=frozenset(c["airborne_words"]),
        facility_dep_re=re.compile(
            r"\b(?:[Ff]rom|[Vv]ia|left|leaving|departed|vacated|quit)[ \t]+(?:the[ \t]+)?"
            r"(?:[A-Z][\w'’.-]*[ \t]+){0,4}(?:"
            + "|".join(
                re.escape(" ".join(w[:1].upper() + w[1:] for w in f.split()))
                for f in sorted(c["facility_words"], key=len, reverse=True)
            )
            + r")\b(?:[ \t]+[A-Z0-9][\w'’.-]*){0,3},?[ \t]+(?:in|on|at|near)[ \t]+(?:the[ \t]+)?$"
        ),
        departure_phrase_re=re.compile(
            r"(?:"
            + "|".join(re.escape(w) for w in sorted((w for w in dep if " " in w), key=len, reverse=True))
            + r")(?:\s+the)?\s*$"
        ),
        venue_nouns=frozenset(c["venue_nouns"]),
        speech_verbs=frozenset(c["speech_verbs"]),
        neutral_people=frozenset(c["neutral_people"]),
        crew_nouns=frozenset(c["crew_nouns"]),
        warship_words=frozenset(c["warship_words"]),
        civil_ship_words=frozenset(c["civil_ship_words"]),
        apposition_words=frozenset(c["apposition_words"]),
        apposition_heads=frozenset(c["apposition_heads"]),
        military_context=frozenset(c["military_context"]),
        clause_subject_verbs=frozenset(c["clause_subject_verbs"])
        | frozenset(c["recipient_verbs"])
        | frozenset(c["place_verbs"])
        | frozenset(c["speech_verbs"]),
        strike_words=frozenset(c["strike_words"]),
        possibility=frozenset(c["possibility"]),
        denial_re=_alt(c["denial"]),
        non_denial_re=_alt(c["non_denial"]),
        hedge_re=_alt(c["hedge"]),
        force_nouns=frozenset(t["force_nouns"]) | frozenset(t["troops"]),
        equipment_force_nouns=frozenset(t["equipment_force_nouns"]) | frozenset(t["equipment"]),
        personnel_nouns=frozenset(t["troops"]),
        pronoun_re=_alt(c["force_pronouns"]),
        recipient_verbs=frozenset(c["recipient_verbs"]),
        place_object_verbs=frozenset(c["place_object_verbs"]),
        # an appositive may stand between the place and its verb ("Djibouti, a country of a million people, hosts")
        hosts_after_re=re.compile(
            r"(?:'s|’s)?(?:,[ \t]+(?:a|an|the)[ \t]+[^,;]{1,90},)?"
            r"[ \t]+(?:\w+[ \t]+)?(?:now[ \t]+|also[ \t]+|long[ \t]+)?"
            + _alt(c["host_verbs"]).pattern
        ),
        non_place_re=re.compile(_alt(c["non_place_before"]).pattern + r"[ \t]+(?:the[ \t]+)?$", re.IGNORECASE),
        spec_re=_alt(c["spec_cues"]),
        rate_after_re=re.compile(r"[ \t]+" + _alt(c["rate_after"]).pattern, re.IGNORECASE),
        place_anaphora_re=_alt(c["place_anaphora"]),
        place_anaphora_kinds={k: frozenset(v) for k, v in c["place_anaphora_kinds"].items()},
        event_anaphora_re=_alt(c["event_anaphora"]),
        place_heads_re=re.compile(r"[ \t]+" + _alt(c["place_heads"]).pattern, re.IGNORECASE),
        casualty_words=frozenset(t["casualty_words"]),
        casualty_before=frozenset(t["casualty_verbs_before"]),
        agent_verbs=frozenset(c["agent_verbs"]),
        noun_topic={n.lower(): k for k in ("casualties", "equipment", "troops") for n in t[k]},
        force_org_re=re.compile(r"(?:'s|’s)[ \t]+" + _alt(c["force_orgs"]).pattern, re.IGNORECASE),
        non_force_heads=frozenset(c["non_force_heads"]),
        agency_heads=frozenset(c["agency_heads"]),
        non_force_people=frozenset(c["non_force_people"]),
        formation_units=frozenset(c["formation_units"]),
        unrest_words=frozenset(c["unrest_words"]),
        state_organs=frozenset(c["state_organs"]),
        organ_subject_re=re.compile(
            r"(?:'s|’s)?[ \t]+(?:" + "|".join(re.escape(w) for w in c["state_organs"]) + r")[ \t]+"
            r"(?:(?:on[ \t]+[A-Z][a-z]+day|last[ \t]+(?:week|month|[A-Z][a-z]+day)|yesterday|today)[ \t]+)?"
            r"(?:has[ \t]+|have[ \t]+)?"
            r"(?!in\b|at\b|on\b|of\b|to\b|and\b|for\b|with\b|from\b)[a-z]+ed\b",
            re.IGNORECASE,
        ),
        no_force_re=re.compile(
            r"\b[Nn]o[ \t]+(?!fewer\b|more\b|less\b|later\b|sooner\b|longer\b|doubt\b)(?:[\w.’'-]+[ \t]+){0,3}?"
            + _alt([*t["troops"], "warship", "warships", "frigate", "frigates", "destroyer", "destroyers"]).pattern
        ),
        attributive_re=re.compile(
            r"(?:'s|’s)?[ \t]+(?:[\w-]+[ \t]+)?" + _alt([*c["venue_nouns"], *c["attributive_heads"]]).pattern,
            re.IGNORECASE,
        ),
        leader_re=re.compile(
            r"-led\b|[ \t]+(?:already[ \t]+|also[ \t]+|now[ \t]+)?" + _alt(c["leader_verbs"]).pattern, re.IGNORECASE
        ),
        gapped_link_re=re.compile(
            r"(?:'s|’s)?[ \t]+(?:(?:is|are|was|were|will|would)[ \t]+)?(?:(?:"
            + "|".join(re.escape(w) for w in c["gapped_links"])
            + r")[ \t]+)?"
        ),
        mission_anaphora_re=_alt(c["mission_anaphora"]),
        mission_words=frozenset(c["mission_words"]),
        definite_force_re=_alt(c["definite_forces"]),
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


@dataclass(slots=True)
class _Claim:
    actor: Actor
    topic: str
    figure: FigureMatch | None
    place: PlaceMention | None


@dataclass(slots=True)
class _State:
    """What carries over between sentences of one item."""

    focus: ActorEntry | None = None  # the actor the text is about
    focus_paragraph: int = -1
    groups_seen: dict[str, ActorEntry] = field(default_factory=dict)  # sponsor code -> last group mentioned
    nationals_seen: set[str] = field(default_factory=set)  # states whose nationals were found recruited
    claimant: str | None = None
    claimant_paragraph: int = -1
    source_claimant: str | None = None
    last_place: tuple[PlaceMention, int] | None = None  # the last place named, with its paragraph
    places_named: list[PlaceMention] = field(default_factory=list)  # every place named so far, in order
    actor_place: dict[str, tuple[PlaceMention, int]] = field(default_factory=dict)  # actor code -> last place
    mission_place: PlaceMention | None = None  # the last place of a group named as a mission
    paragraph: int = -1  # the paragraph of the sentence being read
    para_actor: ActorEntry | None = None  # the last actor named as no prepositional object, with its paragraph
    para_actor_paragraph: int = -1
    # Sentence index -> the claimant named in it / the nearest one named earlier in its paragraph
    # (memos: without them a long paragraph of claims is quadratic in its sentences).
    named_claimant: dict[int, str | None] = field(default_factory=dict)
    carried_claimant: dict[int, str | None] = field(default_factory=dict)


#: Where a coordinated clause may open: ", and", ", while", ", whereas", ", but", "; (and)".
_CLAUSE_JOIN_RE = re.compile(r"(?:,[ \t]+(?:and|but|while|whereas)|;(?:[ \t]+(?:and|but|while|whereas))?)[ \t]+")
#: The end of a comma list of names before the join ("France, Germany"): the join continues the list.
_LIST_TAIL_RE = re.compile(r",[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*$")

def _command_name(text: str, p: PlaceMention) -> bool:
    if _COMMAND_AFTER_RE.match(text, p.end):
        return True
    if p.place.kind != "macro":
        return False
    if p.start >= 2 and text[p.start - 1] in "-\u2010\u2011" and text[p.start - 2].isalpha():
        return True  # "the Indo-Pacific", "Euro-Atlantic": a wider region that only borrows the name
    return _COMMAND_BEFORE_RE.search(text, max(0, p.start - 8), p.start) is not None


def _inside_longer(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted ``spans`` and is shorter than it."""
    i = bisect_left(spans, (start + 1,)) - 1
    while i >= 0 and spans[i][0] > start - 120:
        s, e = spans[i]
        if s <= start and end <= e and e - s > end - start:
            return True
        i -= 1
    return False


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s.lower())


class Extractor:
    """Turns news items into claim events. Build once (loads the gazetteer) and reuse."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        if gazetteer is None:
            from claimwatch.core.gazetteer import Gazetteer as _Gaz

            gazetteer = _Gaz.load()
        self.gazetteer = gazetteer
        self.actors = ActorIndex(gazetteer.countries())
        self.cues = _cues()

    # ------------------------------------------------------------------ entry

    def extract(self, item: NewsItem) -> list[ClaimEvent]:
        body = item.body
        sentences = split_sentences(body)
        dl = dateline_end(body)
        st = _State()
        out: list[ClaimEvent] = []
        seen: set[str] = set()
        # Names are found once per body: cheaper than per sentence, and the gazetteer
        # ranks ambiguous names by the countries the whole item names.
        # A dateline ("CAMP BLAZ, Guam -") says where the story was filed: it names no owner and no place.
        # A place inside the name of a command or fleet ("U.S. Africa Command", "Marine Corps Forces Pacific")
        # names an organisation, not where forces are; a sea in a compound ("the Indo-Pacific") names no sea.
        body_places = [p for p in self.gazetteer.find(body) if p.start >= dl and not _command_name(body, p)]
        found = self.actors.find(body)
        # a group's name that is also a town somewhere ("Hamas") names the group
        groups = {(m.start, m.end) for m in found if m.entry.actor.kind == "group"}
        if groups:
            body_places = [p for p in body_places if (p.start, p.end) not in groups]
        body_places = self._demonym_lands(body, found, body_places)
        # A name inside a longer place name ("China" in "the South China Sea", "Oman" in "the Gulf of Oman")
        # is part of the place, not an actor.
        spans = [(p.start, p.end) for p in body_places]
        body_mentions = [
            m
            for m in found
            if m.start >= dl and not _inside_longer(spans, m.start, m.end) and self._owner_candidate(body, m)
        ]
        body_mentions = self._ship_mentions(body, body_mentions)
        nat = self.actors.nationals_markers
        for m in body_mentions:
            # "Colombian mercenaries" anywhere in the item: its "Colombian fighters/soldiers" are those nationals
            if m.entry.form == "demonym" and m.entry.actor.kind == "state":
                ws = _words(body[m.end : m.end + 30])[:2]
                if ws and (ws[0] in nat or " ".join(ws) in nat):
                    st.nationals_seen.add(m.entry.actor.code)
        for s in sentences:
            if s.label in SOURCE_LABELS:
                if st.source_claimant is None:
                    st.source_claimant = source_line_claimant(s.text)
                continue
            claims: list[_Claim] = []
            for part in self._clauses(s, body_mentions):
                claims += self._sentence(part, st, body_mentions, body_places)
            if not claims:
                continue
            claimant = self._claimant(s, sentences, st)
            flags = self._flags(s.text, item)
            for c in claims:
                ev = self._event(item, s, c, claimant, flags)
                if ev.claim_id not in seen:
                    seen.add(ev.claim_id)
                    out.append(ev)
        return out

    def _demonym_lands(
        self, body: str, found: list[ActorMention], places: list[PlaceMention]
    ) -> list[PlaceMention]:
        """ "on Azerbaijani territory", "into Guyanese waters": a state's demonym before a word for its land, sea
        or air names the state as a place (the demonym is then no owner of forces)."""
        extra: list[PlaceMention] = []
        for m in found:
            if m.entry.form != "demonym" or m.entry.actor.kind != "state":
                continue
            t = _LAND_AFTER_RE.match(body, m.end)
            if t is None:
                continue
            country = self.gazetteer.country(m.entry.actor.code)
            if country is not None:
                extra.append(PlaceMention(m.start, t.end(), body[m.start : t.end()], country))
        if not extra:
            return places
        return sorted([*places, *extra], key=_start)

    def _clauses(self, s: Sentence, body_mentions: list[ActorMention]) -> list[Sentence]:
        """The coordinated clauses of a sentence that each have their own subject.

        "Ottawa has deployed 300 troops to Latvia, and Berlin plans to send 4,000 soldiers to Lithuania" says
        two things about two actors; read as one, the second figure went to the first actor and "Berlin"
        became a place. A clause opens at ", and" / ", while" / "; " followed by an actor and a verb (or the
        actor's possessive). A list of actors ("from France, Germany, and Norway arrived") is not split.
        The parts keep the sentence's paragraph and labels; the claims keep the whole sentence as evidence.
        """
        lo = bisect_left(body_mentions, s.start, key=_start)
        hi = bisect_left(body_mentions, s.end, lo=lo, key=_start)
        if hi - lo < 2:
            return [s]
        text = s.text
        starts = {m.start - s.start: m for m in body_mentions[lo:hi] if m.end <= s.end}
        cuts: list[int] = []
        for cm in _CLAUSE_JOIN_RE.finditer(text):
            m = starts.get(cm.end())
            if m is None or cm.start() < 20:
                continue
            if not m.possessive:
                after = _words(text[m.end - s.start : m.end - s.start + 40])
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
        out: list[Sentence] = []
        prev = 0
        for cut in [*cuts, len(text)]:
            out.append(replace(s, text=text[prev:cut], start=s.start + prev, end=s.start + cut))
            prev = cut
        return out

    def _owner_candidate(self, body: str, m: ActorMention) -> bool:
        """Whether a mention can own the forces of its sentence. A name that only modifies a venue or an
        attribute ("the NATO summit", "Madrid summit", "NATO soil") names no forces, and a state that leads a
        multinational formation ("Canada leads NATO's battlegroup", "the German-led battlegroup") does not own
        the formation's troops: the alliance does."""
        cues = self.cues
        if (
            m.entry.form in ("name", "metonym")
            and _POSSESSIVE_DET_RE.search(body, max(0, m.start - 8), m.start)
            and self.gazetteer.lookup(m.text) is not None
        ):
            # "its Djibouti garrison", "their Niger base": a place the owner's forces are in ("its Ground
            # Self-Defense Force" is no place: the state's own force, still an owner)
            return False
        if (
            cues.attributive_re.match(body, m.end)
            and not self._bound_noun_after(body, m)
            and not (m.entry.actor.kind == "state" and cues.organ_subject_re.match(body, m.end))
        ):
            return False
        return not (m.entry.actor.kind == "state" and cues.leader_re.match(body, m.end))

    def _ship_mentions(self, body: str, mentions: list[ActorMention]) -> list[ActorMention]:
        """A warship introduced with its state ("the German navy frigate Hessen", "Italy's destroyer Caio Duilio")
        is that state's wherever the item names it again on its own ("The Hessen, with about 240 crew")."""
        ship_re = self.cues.ship_name_re
        names: dict[str, tuple[ActorEntry, int]] = {}
        for m in mentions:
            if m.entry.actor.kind != "state":
                continue
            sm = ship_re.match(body, m.end)
            if sm is not None:
                state = self.actors.state(m.entry.actor.code) or m.entry
                names.setdefault(sm.group("name"), (state, sm.end()))
                prefix, _, rest = sm.group("name").partition(" ")
                if rest and prefix.lower() in self.cues.warship_words:
                    names.setdefault(rest, (state, sm.end()))  # "HMS Prince of Wales", later "the Prince of Wales"
        if not names:
            return mentions
        occupied = [(m.start, m.end) for m in mentions]
        added: list[ActorMention] = []
        for name, (entry, after) in names.items():
            i = body.find(name, after)
            while i >= 0:
                j = i + len(name)
                free = not (i > 0 and body[i - 1].isalnum()) and not (j < len(body) and body[j].isalnum())
                # a name may hold a shorter one ("the Prince of Wales" holds "Wales"): the ship's name wins
                if free and not any(a < j and i < b and not (i <= a and b <= j) for a, b in occupied):
                    poss = body.startswith(("'s", "’s"), j)
                    added.append(ActorMention(i, j, name, entry, poss))
                i = body.find(name, j)
        if not added:
            return mentions
        kept = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in added)]
        return sorted([*kept, *added], key=_start)

    # ------------------------------------------------------------ per sentence

    def _sentence(
        self, s: Sentence, st: _State, body_mentions: list[ActorMention], body_places: list[PlaceMention]
    ) -> list[_Claim]:
        text = s.text
        cues = self.cues
        off = s.start
        # both lists are sorted by start: slice the sentence's share instead of scanning the whole body
        lo = bisect_left(body_mentions, s.start, key=_start)
        hi = bisect_left(body_mentions, s.end, lo=lo, key=_start)
        mentions = [
            ActorMention(m.start - off, m.end - off, m.text, m.entry, m.possessive)
            for m in body_mentions[lo:hi]
            if m.end <= s.end
        ]
        for m in mentions:
            if m.entry.form == "group" and m.entry.sponsor:
                st.groups_seen[m.entry.sponsor] = m.entry
        lo = bisect_left(body_places, s.start, key=_start)
        hi = bisect_left(body_places, s.end, lo=lo, key=_start)
        places = [
            PlaceMention(p.start - off, p.end - off, p.text, p.place) for p in body_places[lo:hi] if p.end <= s.end
        ]
        st.paragraph = s.paragraph
        figs = find_figures(text)
        if not (figs or mentions or places) and not cues.place_anaphora_re.search(text):
            # Nothing to count, no one named, nowhere named, and no "there" to carry a place to: the sentence
            # can claim nothing and changes no state (most sentences of an item are like this).
            return []
        # A place that is also an actor mention used as subject ("North Korea has sent") stays a place
        # candidate; the home-country rule removes it when it is the actor's own.
        words = _words(text)
        wordset = set(words)
        forces = (wordset - _WEAK_FORCE_WORDS) & cues.force_nouns
        if forces and forces <= cues.neutral_people and not self._military_context(text, wordset):
            forces = set()  # "Indian nationals live in the Maldives": residents, no forces
        has_force = bool(forces) or "service members" in text.lower()
        claims: list[_Claim] = []
        fig_actors: list[ActorEntry] = []
        earlier: list[tuple[ActorEntry, int]] = []
        for f in figs:
            if f.unit.lower() in cues.neutral_people and not self._military_context(text, wordset):
                continue  # "25,000 Indian nationals live in the Maldives": residents, not forces
            if f.unit.lower() in cues.crew_nouns and (
                not wordset & cues.warship_words or self._civil_ship(wordset, text)
            ):
                continue  # "evacuated all 21 crew members" of a merchant ship: not a warship's sailors
            if f.unit.lower() in _PLAIN_SHIP_NOUNS and wordset & _MERCHANT_WORDS:
                continue  # "shipping companies operate about 2,200 vessels": merchant ships, no forces
            got = self._figure_claim(text, f, mentions, st, has_force, earlier)
            if got is None:
                continue
            entry, actor, topic = got
            # "two squadrons of jets", "two combat battalions": units are counted, not forces; the claim keeps
            # its actor and place but carries no figure
            counted = None if f.unit.lower() in cues.formation_units else f
            claims.append(_Claim(actor, topic, counted, None))
            fig_actors.append(entry)
            earlier.append((entry, f.unit_end))
        # location-only actor
        loc_entries: list[ActorEntry] = list({e.actor.code: e for e in reversed(fig_actors)}.values())[::-1]
        if not loc_entries:
            sa = self._sentence_actor(text, mentions, st, has_force, wordset)
            if sa is not None:
                loc_entries = [sa, *self._partners(text, sa, mentions)]
        valid_places: list[PlaceMention] = []
        if places and loc_entries:
            valid_places = self._locations(text, places, mentions, wordset)
        # home-country filter per actor, and claims
        result: list[_Claim] = []
        fig_claims = claims
        anaphor = self._anaphor(text) if (fig_claims or loc_entries) else None
        kinds = self._anaphor_kinds(text) if anaphor == "place" else frozenset()
        mission = st.mission_place if st.mission_place is not None and cues.mission_anaphora_re.search(text) else None
        theatre = self._theatre(mentions)
        if theatre is not None:
            mission = st.mission_place = theatre  # "India has 900 soldiers with UNIFIL": in the mission's country
        for c in fig_claims:
            fentry = self._entry_for(c.actor, fig_actors, loc_entries)
            ps = [p for p in valid_places if not self._is_home(p, fentry)] if fentry else valid_places
            if not ps and c.figure is not None:
                carried = self._carried_place(st, c.actor.code, s.paragraph, anaphor, c.figure.unit == "", kinds)
                if carried is not None and not self._is_home(carried, fentry):
                    ps = [carried]
            if not ps and mission is not None and not self._is_home(mission, fentry):
                ps = [mission]  # "South Africa has about 1,200 soldiers in the mission"
            c.place = ps[0] if ps else None
            result.append(c)
            for p in ps[1:]:
                result.append(_Claim(c.actor, c.topic, None, p))
        if not fig_claims and loc_entries and not valid_places and anaphor == "place":
            carried = self._carried_place(st, loc_entries[0].actor.code, s.paragraph, anaphor, False, kinds)
            if carried is not None:
                valid_places = [carried]  # "they were moved there", "the mercenaries stayed in the country"
        implied_place = False
        if not fig_claims and loc_entries and not valid_places and mission is not None:
            valid_places = [mission]  # "Uganda and Kenya provide the mission's troops"
            implied_place = True  # "UNIFIL was set up in 1978" places no forces
        if not fig_claims and loc_entries and valid_places:
            for e in loc_entries:
                if has_force or (self._has_deploy_signal(wordset) and not wordset & _FLIGHT_WORDS) or (
                    e.form == "group" and not implied_place
                ):  # "130,000 people have fled fighting into Ethiopia": no forces moved, only the people
                    ps = [p for p in valid_places if not self._is_home(p, e)]
                    topic = self._location_topic(wordset)
                    actor = self._final_actor(e, text, None, st, mentions)
                    for p in ps:
                        result.append(_Claim(actor, topic, None, p))
        # places carried over to later sentences
        for c in result:
            if c.place is not None:
                st.actor_place[c.actor.code] = (c.place, s.paragraph)
                st.last_place = (c.place, s.paragraph)
                if c.actor.kind == "group" and wordset & cues.mission_words:
                    st.mission_place = c.place
        if wordset & cues.mission_words and any(m.entry.form == "group" and not m.entry.sponsor for m in mentions):
            # "Uganda is the largest contributor to the mission in Somalia, with 4,500 troops": the contributor's
            # place is the mission's
            placed = next((c.place for c in result if c.place is not None and c.figure is not None), None)
            if placed is not None:
                st.mission_place = placed
        st.places_named.extend(places)
        del st.places_named[:-40]
        if places and not any(c.place is not None for c in result):
            # the last place named that is not a possessive ("China's only base" names an owner, not a place):
            # "there" in the next sentence refers to it
            last = next((p for p in reversed(places) if not text.startswith(("'s", "’s"), p.end)), None)
            if last is not None:
                st.last_place = (last, s.paragraph)
        named = [m for m in mentions if not self._after_preposition(text, m)]
        if named:
            st.para_actor = named[-1].entry
            st.para_actor_paragraph = s.paragraph
        # focus update
        focus = self._bound_entry(text, mentions) or (fig_actors[0] if fig_actors else None)
        if focus is not None:
            st.focus = focus
            st.focus_paragraph = s.paragraph
        elif loc_entries and (result or st.focus is None):
            # a sentence about an actor's forces that places nothing ("the carrier USS X has left") still sets
            # the topic of the item when nothing else has
            st.focus = loc_entries[0]
            st.focus_paragraph = s.paragraph
        return result

    def _context_actor(self, st: _State, text: str, pos: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """Whose a figure is when its sentence names no owner: the item's focus, unless "the navy", "the army"
        stands before it: that is the force of the state the paragraph speaks of ("Cambodian officials say ...
        The navy has about 2,800 personnel"; "A Turkish official said the army kept 5,000 troops")."""
        if not self.cues.definite_force_re.search(text, 0, pos):
            return st.focus
        here = [m for m in mentions if m.end <= pos and not self._after_preposition(text, m)]
        if here:
            return here[-1].entry
        if st.para_actor is not None and st.para_actor_paragraph == st.paragraph:
            return st.para_actor
        return st.focus

    def _theatre(self, mentions: list[ActorMention]) -> PlaceMention | None:
        """The country of the first peace operation named in the sentence whose theatre is known."""
        for m in mentions:
            if m.entry.theatre:
                place = self.gazetteer.country(m.entry.theatre)
                if place is not None:
                    return PlaceMention(m.start, m.start, place.name, place)
        return None

    def _military_context(self, text: str, wordset: set[str]) -> bool:
        cue = self.actors.nationals_cue_re
        return bool(wordset & self.cues.military_context) or (cue is not None and cue.search(text) is not None)

    def _anaphor(self, text: str) -> str | None:
        """ "there", "the country": the sentence refers back to a place; "the ambush": to an event whose
        place was named before. Existential "there is/are" refers to nothing."""
        cues = self.cues
        for m in cues.place_anaphora_re.finditer(text):
            if m.group(0).lower() == "there" and _EXISTENTIAL_RE.match(text, m.end()):
                continue
            if text.startswith(("'s", "’s"), m.end()):
                continue  # "to seize the country's oil": the place owns something, no forces are put there
            if _NAMED_AFTER_RE.match(text, m.end()):
                continue  # "the base at Adji Kossei", "the city of Goma": named here, no reference back
            if _FROM_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "jets took off from there": where forces left, not where they are
            if set(_words(text[max(0, m.start() - 16) : m.start()])[-1:]) & cues.departure_words:
                continue  # "the boat left the area": where it was, not where it is
            if set(_words(text[max(0, m.start() - 40) : m.start()])[-5:]) & cues.strike_words:
                continue  # "13 attacks there", "missiles hit the base": a target, not where forces are
            return "place"
        if cues.event_anaphora_re.search(text):
            return "event"
        return None

    def _anaphor_kinds(self, text: str) -> frozenset[str]:
        """The kinds of place the sentence's anaphor names ("to the province": a province), or none."""
        kinds = self.cues.place_anaphora_kinds
        for m in self.cues.place_anaphora_re.finditer(text):
            got = kinds.get(" ".join(m.group(0).lower().split()))
            if got:
                return got
        return frozenset()

    @staticmethod
    def _carried_place(
        st: _State,
        code: str,
        paragraph: int,
        anaphor: str | None,
        implied: bool,
        kinds: frozenset[str] = frozenset(),
    ) -> PlaceMention | None:
        """The place a sentence refers back to: for "there"/"the country" the last place named ("the province",
        one of ``kinds``: the last place of that kind); for "the ambush" the last place of the same actor; for a
        bare number ("seven were killed") the last place of the same actor in the same paragraph."""
        own = st.actor_place.get(code)
        last_fits = st.last_place is not None and st.last_place[0].place.kind in kinds
        if anaphor == "place" and kinds and not last_fits:
            # "to the province": the last province named, which need not be the last place named
            for p in reversed(st.places_named):
                if p.place.kind in kinds:
                    return p
        if anaphor == "place":
            got = st.last_place or own
            return got[0] if got else None
        if anaphor == "event":
            return own[0] if own else None
        if implied and own is not None and own[1] == paragraph:
            return own[0]
        return None

    def _entry_for(self, actor: Actor, fig_entries: list[ActorEntry], loc: list[ActorEntry]) -> ActorEntry | None:
        for e in (*fig_entries, *loc):
            if e.actor.code == actor.code:
                return e
        return fig_entries[0] if fig_entries else None

    def _has_deploy_signal(self, wordset: set[str]) -> bool:
        return bool(wordset & self.cues.place_verbs)

    def _location_topic(self, wordset: set[str]) -> str:
        cues = self.cues
        if wordset & cues.personnel_nouns:
            return "troops"
        if wordset & cues.equipment_force_nouns:
            return "equipment"
        return "troops"

    # ------------------------------------------------------------------ actors

    def _bound_noun_after(self, text: str, m: ActorMention) -> str | None:
        """The force noun a mention modifies: "North Korean troops", "Wagner's fighters"."""
        cues = self.cues
        rest = text[m.end : m.end + 60]
        rest = re.sub(r"^(?:'s|’s|')", "", rest)
        toks = _WORD_RE.findall(rest.lower())[:4]
        # stop at the first function word
        for i, w in enumerate(toks):
            if w in ("in", "to", "from", "of", "and", "or", "at", "on", "that", "which", "has", "had", "is", "with",
                               "was", "were", "are", "have", "said", "says"):  # fmt: skip
                return None
            two = f"{w} {toks[i + 1]}" if i + 1 < len(toks) else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if (
                w.endswith("ed")
                and w not in cues.force_nouns
                and nxt not in cues.force_nouns
                and two not in cues.force_nouns
            ):
                return None  # "al-Shabaab ambushed Turkish troops": a verb, the troops are its object
            if w in cues.agency_heads or nxt in cues.agency_heads:
                return None  # "Lithuanian military intelligence said": an agency speaks, it is no force
            if w in cues.force_nouns or w in cues.equipment_force_nouns or two in cues.force_nouns:
                return (two if two in cues.force_nouns else w) if re.match(r"^[ \t]*[A-Za-z]", rest) else None
            if i == 0 and w in ("has", "had", "is", "was"):
                return None
            if w in cues.place_verbs or w in cues.recipient_verbs or w in cues.speech_verbs:
                return None  # "Moscow first sent contractors": a verb stands between, the noun is its object
        return None

    def _bound_entry(self, text: str, mentions: list[ActorMention]) -> ActorEntry | None:
        """The actor a sentence is about: whose forces it names ("JNIM ambushed Wagner fighters" is about
        Wagner's fighters), else a group that is not a prepositional object."""
        for m in mentions:
            if self._bound_noun_after(text, m) and not self._after_preposition(text, m):
                return m.entry
        for m in mentions:
            if m.entry.form == "group" and not self._object_of_preposition(text, m):
                return m.entry
        return None

    @staticmethod
    def _after_preposition(text: str, m: ActorMention) -> bool:
        """ "fought alongside the Malian army": forces named as a prepositional object are not the subject."""
        prev = _words(text[max(0, m.start - 20) : m.start])
        if prev and prev[-1] == "the":
            prev = prev[:-1]
        return bool(prev) and prev[-1] in _PREP_OBJECT_WORDS

    def _object_of_preposition(self, text: str, m: ActorMention) -> bool:
        """ "the campaign against Islamic State": a group named as a target, not the forces spoken of."""
        prev = _words(text[max(0, m.start - 60) : m.start])
        # "interference by the West African bloc ECOWAS": a descriptive apposition between the article and the
        # name leaves the name the preposition's object
        j = len(prev)
        cues = self.cues
        while j > 0 and prev[j - 1] in cues.apposition_words:
            j -= 1
        if 1 < j < len(prev) and prev[j - 1] == "the" and cues.apposition_heads & set(prev[j:]):
            prev = prev[:j]
        if len(prev) >= 2 and prev[-1] == "the" and prev[-2] in ("against", "with", "versus", "targeting", "on", "by"):
            return True  # "engagements with the Houthis" (but "belonged to the Africa Corps" is about it)
        return bool(prev) and prev[-1] in ("against", "with", "by", "on", "to", "versus", "vs", "targeting")

    def _figure_claim(
        self,
        text: str,
        f: FigureMatch,
        mentions: list[ActorMention],
        st: _State,
        has_force: bool,
        earlier: list[tuple[ActorEntry, int]],
    ) -> tuple[ActorEntry, Actor, str] | None:
        cues = self.cues
        num = f.number
        topic: str | None = f.topic
        implied = topic is None
        if cues.rate_after_re.match(text, f.unit_end):
            return None  # "92 soldiers a day": a rate, not a count
        if (
            f.unit
            and _YEAR_LIKE_RE.fullmatch(num.text)
            and _DEFINITE_BEFORE_RE.search(text, max(0, num.start - 8), num.start)
            and text[num.end : f.unit_start].strip()
        ):
            return None  # "after the 2010 earthquake Brazil raised its force": a year, not a count
        if f.unit and self._non_force_head(text, f):
            return None  # "40 escort task forces", "100 military bases": units or places are counted
        if topic is None and self._non_force_after(text, num.end):
            return None  # "5,000 civilians", "48 operating bases", "the three Baltic states": no forces counted
        clause_start = 0
        for cm in _CLAUSE_BREAK_RE.finditer(text, 0, num.start):
            clause_start = cm.end()
        if cues.spec_re.search(text, max(clause_start, num.start - 60), num.start):
            return None  # "a battery consists of six launchers", "room for 10,000 troops": no forces counted
        owner_pronoun = False
        head_entry_found: ActorEntry | None = None
        if implied:
            if _YEAR_LIKE_RE.fullmatch(num.text):
                return None  # "the 2023 referendum": a year, not a count
            part = _PARTITIVE_RE.match(text, num.end)
            unit = find_unit(text, part.end()) if part else None
            if part and unit is not None:
                # "six of the B-2 bombers", "84 of its fighters": the noun after "of" is what is counted
                noun, us, ue = unit
                topic = cues.noun_topic.get(noun.lower())
                f = replace(f, unit=noun, unit_start=us, unit_end=ue, topic=topic)
                implied = False
                owner_pronoun = part.group(1).lower() in ("its", "their")
                if topic == "troops" and self._casualty(text, f):
                    topic = "casualties"
            elif (pre := _PREPOSED_PARTITIVE_RE.search(text, max(0, num.start - 50), num.start)) is not None and (
                pre.group(1).lower() in cues.noun_topic
            ):
                # "Of the aircraft, 35 crossed the median line": the noun before counts the bare number
                noun = pre.group(1)
                topic = cues.noun_topic[noun.lower()]
                f = replace(f, unit=noun, unit_start=num.end, unit_end=num.end, topic=topic)
                implied = False
                if topic == "troops" and self._casualty(text, f):
                    topic = "casualties"
            elif part and part.group(1).lower() in ("each", "every"):
                # "120 of each system"
                nm = _WORD_RE.match(text.lower(), part.end())
                w = nm.group(0) if nm else ""
                topic = cues.noun_topic.get(w) or cues.noun_topic.get(w + "s")
                if topic is None:
                    return None
                implied = False
            elif (gap := self._gapped_owner(text, num.start, num.end, mentions, earlier)) is not None:
                # "Indonesia provides 1,230 troops, followed by Italy with about 1,000": the actor's share
                head_entry_found = gap
                topic = reference_topic(text, f) or "troops"
                implied = False
            elif (head := self._counted_head(text, f, clause_start, mentions)) is not None:
                # "the number of X fighters ... has reached 8,000", "four Nepalis were captured"
                noun, us, ue, head_entry = head
                topic = cues.noun_topic.get(noun.lower(), "troops")
                f = replace(f, unit=noun, unit_start=us, unit_end=ue, topic=topic)
                implied = False
                if head_entry is not None:
                    head_entry_found = head_entry
                if topic == "troops" and self._casualty(text, f):
                    topic = "casualties"
            else:
                # "1,500 troops in A, and some 350 in B": a bare number continues the count before it
                continuation = bool(
                    earlier
                    and _AND_BEFORE_RE.search(text, max(0, num.start - 8), num.start)
                    and _IN_PLACE_AFTER_RE.match(text, num.end)
                )
                counted = _NUMBER_VERB_RE.search(text, max(0, num.start - 30), num.start) is not None
                if not continuation and not counted and not is_implied_subject(text, f):
                    return None
                ref = reference_topic(text, f) or ("troops" if counted else None)
                strong = (
                    continuation
                    or _MORE_RE.match(text, num.end)
                    or _ANOTHER_RE.search(text, max(0, num.start - 16), num.start)
                    or _OF_THEM_RE.match(text, num.end)  # "300 of them": forces counted before
                )
                casualty = self._casualty(text, f)
                if ref is None and not has_force and not strong and not casualty:
                    return None
                cb = _COUNT_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
                if cb and _OF_THEM_RE.match(text, num.end) and cb.group(1).lower() not in cues.noun_topic:
                    return None  # "the chamber has 100 seats, 53 of them": seats are counted, not forces
                topic = "casualties" if casualty else (ref or "troops")
        elif topic == "troops" and self._casualty(text, f):
            topic = "casualties"
        if topic == "casualties" and (implied or f.unit.lower() not in cues.force_nouns) and self._unrest_toll(
            text, clause_start, f
        ):
            return None  # "the death toll from the unrest rose to 225": people died, not forces
        if f.unit in ("men", "women") and num.value <= 4 and _DEFINITE_BEFORE_RE.search(text, 0, num.start):
            return None  # "the two men travelled on to Kyiv": people named before, not a count of forces
        if _COMBINED_SUBJECT_RE.search(text, clause_start, num.start):
            return None  # "together the four countries have 2,200 personnel there": a combined count
        # (a) inside the noun phrase
        inside = [m for m in mentions if m.start >= num.end and m.end <= f.unit_start]
        entry: ActorEntry | None = head_entry_found
        if owner_pronoun:
            entry = self._antecedent(text, num.start, mentions) or st.focus
        if inside:
            if len({m.entry.actor.code for m in inside}) > 1 and not any(m.possessive for m in inside[:-1]):
                return None  # "Russian and North Korean troops": no figure for either
            entry = inside[-1].entry
        if entry is None and implied and (om := _OF_THEM_RE.match(text, num.end)) is not None:
            # "1,600 troops, about 1,000 of them German", "600 of them are American": the demonym owns the share
            nat = _OF_THEM_OWNER_RE.match(text, om.end())
            if nat is not None:
                entry = next((m.entry for m in mentions if m.start == nat.end() and m.entry.form == "demonym"), None)
        if entry is None:
            # (b) "troops from North Korea", "fighters of Russia's Wagner Group"
            after = text[f.unit_end : f.unit_end + 40]
            mm = re.match(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?", after)
            if mm and mm.group(0).strip().startswith("from") and _WITHDRAW_BEFORE_RE.search(
                text, max(0, num.start - 40), num.start
            ):
                mm = None  # "withdrawing 4,500 troops from South Korea": where they leave, not whose they are
            if mm:
                cand = [m for m in mentions if f.unit_end <= m.start <= f.unit_end + mm.end() + 1]
                if cand and _MULTI_ORIGIN_RE.match(text, cand[0].end):
                    return None  # "troops from the Philippines, the United States and allies": a combined count
                if cand:
                    first = cand[0]
                    entry = first.entry
                    nxt = [m for m in mentions if m.start > first.end and m.start - first.end <= 4]
                    if first.possessive and nxt:
                        entry = nxt[0].entry
        if entry is None:
            # (c) possessive right before: "Wagner's 1,000-plus fighters", "Wagner's toll at 15"
            for m in reversed(mentions):
                if m.end <= num.start and m.possessive and len(_words(text[m.end : num.start])) <= 4:
                    entry = m.entry
                    break
        agent_verb = self._agent_before(text, num.start)
        if agent_verb and topic == "equipment":
            return None  # "had shot down 18 drones", "intercepted 12 missiles": whose they were is not said
        if _BOTH_SIDES_RE.match(text, f.unit_end):
            return None  # "killed nearly 300 soldiers on both sides": a combined toll
        if entry is None and implied and earlier:
            # "100 servicemen landed ..., which said 200 more would follow", "150 missiles ... in addition to
            # the 148 delivered": a bare number continues the count before it unless another actor intervenes
            prev_entry, prev_end = earlier[-1]
            if not any(prev_end <= m.start < num.start and not self._after_preposition(text, m) for m in mentions):
                entry = prev_entry
        if entry is None:
            entry = self._subject_before(text, num.start, mentions)
            if entry is not None and implied and self._coordinated(text, entry, mentions, num.start):
                return None  # "A, B and C have promised personnel, bringing the total to 2,500"
            if entry is not None and agent_verb:
                # "JNIM said it had killed 50": the subject inflicted the losses; they are the other side's:
                # the side named between them ("boarded Philippine navy boats, injuring eight sailors"), else
                # the item's focus
                code = entry.actor.code
                named = [
                    m.entry for m in mentions
                    if m.start < num.start and m.entry.actor.code != code and self._bound_noun_after(text, m)
                ]  # fmt: skip
                other = named[-1] if named else None
                if other is None:
                    other = st.focus if st.focus is not None and st.focus.actor.code != entry.actor.code else None
                if other is None:
                    return None
                entry = other
            elif entry is None and agent_verb:
                return None  # "they had seized five vehicles": whose they were is not said
        if entry is None and earlier and not implied:
            # "50 fighters were killed, while bloggers reported at least 20 dead": the same side's count
            prev_entry, prev_end = earlier[-1]
            if not any(prev_end <= m.start < num.start and not self._is_speaker(text[m.end : m.end + 40])
                       and not (_ALONG_WITH_RE.search(text, prev_end, num.start) and self._after_preposition(text, m))
                       for m in mentions):  # fmt: skip
                entry = prev_entry
        if entry is None and implied and _OF_THEM_RE.match(text, num.end):
            # "North Korean soldiers, more than 7,000 of them": the forces-bound actor before
            for m in reversed(mentions):
                if m.end <= num.start and self._bound_noun_after(text, m):
                    entry = m.entry
                    break
        if entry is None:
            entry = self._context_actor(st, text, num.start, mentions)
            if topic == "casualties" and entry is not None:
                # "Kazakh officials said 18 members of the security forces had been killed": a state's officials
                # report their own side's losses, not those of the state the item was about
                speaker = next(
                    (m.entry for m in reversed(mentions)
                     if m.end <= num.start and m.entry.actor.kind == "state"
                     and self._is_speaker(text[m.end : m.end + 40])),
                    None,
                )  # fmt: skip
                if speaker is not None and speaker.actor.code != entry.actor.code:
                    entry = speaker
        if (entry is None or entry.actor.kind == "state") and _MANY_ORIGINS_RE.match(text, f.unit_end):
            # "about 25,000 troops from 14 nations": no one state's figure; an alliance named with it owns it
            # ("NATO's exercise, which will bring 40,000 troops from 31 countries")
            group = next(
                (m.entry for m in mentions if m.entry.form == "group" and not m.entry.sponsor and m.start < num.start),
                None,
            )
            if group is None:
                return None
            entry = group
        if entry is None:
            return None
        if not implied and entry.form != "group" and _SHARE_AFTER_RE.match(text, f.unit_end):
            return None  # "16,000 troops, about 11,000 of them American": the total is several states' together
        if _BOTH_AFTER_RE.match(text, f.unit_end):
            return None  # "7,000 troops took part, counting both Russian and Belarusian personnel": combined
        # a following "and <actor> <noun>" means two actors counted together
        tail = text[f.unit_end : f.unit_end + 50]
        if re.match(r"[ \t]+and[ \t]+(?!\d)", tail):
            for m in mentions:
                if f.unit_end < m.start <= f.unit_end + 8 and m.entry.actor.code != entry.actor.code:
                    if _NUMBER_AFTER_RE.match(text, m.end):
                        continue  # "100 troops and Belarus about 100": a gapped clause with its own count
                    return None
        noun_in = f.unit.lower() if f.unit and head_entry_found is None else None
        actor = self._final_actor(entry, text, noun_in, st, mentions)
        return entry, actor, topic or "troops"

    def _gapped_owner(
        self, text: str, pos: int, end: int, mentions: list[ActorMention], earlier: list[tuple[ActorEntry, int]]
    ) -> ActorEntry | None:
        """The actor of a gapped clause that continues a count made earlier in the sentence: "followed by Italy
        with about 1,000", "and Belarus about 100", "while Romania is adding about 100"."""
        m = next((m for m in reversed(mentions) if m.end <= pos), None)
        if m is None or (earlier and m.start < earlier[-1][1]):
            return None
        link = self.cues.gapped_link_re.fullmatch(text, m.end, pos)
        if link is None:
            return None
        if not earlier:
            # the clause was cut off the count it continues ("..., while Romania is adding about 100."): the
            # actor opens the clause, a verb links it to a number that ends it
            ws = _words(link.group(0))
            if text[: m.start].strip() or not ws or ws[-1] in _GAP_STATIVE or not _GAP_END_RE.match(text, end):
                return None
            return m.entry
        return m.entry if _GAP_OPEN_RE.search(text, max(0, m.start - 12), m.start) else None

    def _unrest_toll(self, text: str, clause_start: int, f: FigureMatch) -> bool:
        """A count of losses in a clause about civil unrest ("killed in the unrest", "the toll from the violence")
        that names no force noun: the dead are people at large, and only forces' losses are casualties."""
        ws = set(_words(text[clause_start : f.unit_end + 60]))
        return bool(ws & self.cues.unrest_words) and not ((ws - _WEAK_FORCE_WORDS) & self.cues.force_nouns)

    def _counted_head(
        self, text: str, f: FigureMatch, clause_start: int, mentions: list[ActorMention]
    ) -> tuple[str, int, int, ActorEntry | None] | None:
        """What a bare number counts when a noun phrase elsewhere names it: the head of "the number of X
        fighters" earlier in the clause, a force's new total ("bring EUFOR's strength to about 1,100"), or a
        plural demonym right after it ("four Nepalis were captured").
        Returns (noun, start, end, the actor bound to it)."""
        num = f.number
        nm = _NUMBER_OF_RE.search(text, clause_start, num.start)
        if nm is not None and num.start - nm.end() < 160:
            for m in mentions:
                if nm.end() <= m.start <= nm.end() + 1:
                    noun = self._bound_noun_after(text, m)
                    if noun is not None:
                        us = text.lower().find(noun, m.end)
                        return noun, us, us + len(noun), m.entry
                    break
            words = _WORD_RE.match(text.lower(), nm.end())
            if words is not None and words.group(0) in self.cues.force_nouns:
                return words.group(0), words.start(), words.end(), None
        mm = _MEMBERS_OF_RE.match(text, num.end)
        if mm is not None:
            # "1,495 members of the South African National Defence Force", "1,495 SANDF members": the force
            # named around "members" is an actor's (an alias of its armed forces, or a group)
            for m in mentions:
                if num.end <= m.start <= mm.end() + 1:
                    us = text.lower().find("members", num.end)
                    return "members", us, us + len("members"), m.entry
        nb = _NUMBER_AT_RE.search(text, max(clause_start, num.start - 80), num.start)
        if nb is not None:
            # "put their number at around 4,500", "the number was closer to 2,000": the forces spoken of
            g = "noun" if nb.group("noun") is not None else "noun2"
            return nb.group(g), nb.start(g), nb.end(g), None
        cm = _CREW_OF_RE.search(text, max(clause_start, num.start - 20), num.start)
        if cm is not None:
            ws = set(_words(text))
            if ws & self.cues.warship_words and not ws & self.cues.civil_ship_words:
                # "HMS Trent, a patrol vessel with a crew of about 65": the warship's sailors
                return cm.group("noun"), cm.start("noun"), cm.end("noun"), None
        sm = _STRENGTH_TO_RE.search(text, max(clause_start, num.start - 120), num.start)
        if sm is not None:
            g = "noun" if sm.group("noun") is not None else "noun2"
            owner = next((m.entry for m in mentions if sm.start() <= m.start < sm.start(g) and m.possessive), None)
            return sm.group(g), sm.start(g), sm.end(g), owner
        for m in mentions:
            if m.start < num.end:
                continue
            if (
                m.entry.form == "demonym"
                and text[num.end : m.start].strip() == ""
                and m.end - m.start > 3
                and text[m.end - 1] == "s"
                and self._bound_noun_after(text, m) is None
                and (self._forces_clause(text, m.end) or self._force_share(text, num.start))
            ):
                return m.text, m.start, m.end, m.entry
            break
        return None

    def _force_share(self, text: str, pos: int) -> bool:
        """ "4,500 troops, including roughly 600 Americans": a share of a force counted before ``pos`` (not of a
        merchant ship's crew)."""
        if self.cues.share_before_re.search(text, max(0, pos - 24), pos) is None:
            return False
        ws = set(_words(text[:pos]))
        return bool(ws & self.cues.personnel_nouns) and not self._civil_ship(ws, text)

    def _civil_ship(self, words: set[str], text: str) -> bool:
        """The sentence speaks of a merchant or civilian ship ("a Liberia-flagged tanker"): its crew are no forces."""
        return bool(words & self.cues.civil_ship_words) or "-flagged" in text

    def _non_force_head(self, text: str, f: FigureMatch) -> bool:
        """The counted noun is part of a count of organisations or places: the word before it and it ("task
        forces"), or it and the word after ("military bases")."""
        heads = self.cues.non_force_heads
        unit = f.unit.lower()
        prev = _words(text[max(f.number.end, f.unit_start - 20) : f.unit_start])
        if prev and f"{prev[-1]} {unit}" in heads:
            return True
        nxt = _WORD_RE.match(text.lower(), f.unit_end + 1) if text[f.unit_end : f.unit_end + 1] == " " else None
        return nxt is not None and nxt.group(0) in heads

    def _non_force_after(self, text: str, pos: int) -> bool:
        """A bare number whose next words (before any force noun) name civilians, places or installations."""
        cues = self.cues
        ws = [w.rstrip("'’") for w in _words(text[pos : pos + 40])[:3]]  # "the two countries' treaty"
        if ws[:1] == ["of"] and len(ws) >= 2:
            head = ws[2] if ws[1] in ("the", "its", "their") and len(ws) > 2 else ws[1]
            if head in cues.non_force_people or head in cues.non_force_heads:
                return True  # "two of the sources said", "two of its airports": people or places, not forces
        for i, w in enumerate(ws):
            if w in _PREP_OBJECT_WORDS:
                return False  # the counted noun phrase ended: "about 40,000, at bases" counts no bases
            if i == 0 and w in cues.non_force_heads:
                return True  # before the force test: "bases" marks a place of forces, but "the two bases" counts sites
            if w in cues.force_nouns or w in cues.noun_topic:
                return False
            if w in cues.non_force_people or w in cues.non_force_heads:
                return True
            if i + 1 < len(ws) and f"{w} {ws[i + 1]}" in cues.non_force_heads:
                return True
        return False

    @staticmethod
    def _coordinated(text: str, entry: ActorEntry, mentions: list[ActorMention], pos: int) -> bool:
        """The subject before ``pos`` is the last of several actors joined by "and" ("A, B and C have promised
        personnel"): a bare total then counts them together."""
        prev: ActorMention | None = None
        for m in mentions:
            if m.end > pos:
                break
            if (
                m.entry is entry
                and prev is not None
                and prev.entry.actor.code != entry.actor.code
                and _AND_ACTOR_RE.fullmatch(text, prev.end, m.start)
            ):
                return True
            prev = m
        return False

    @staticmethod
    def _partners(text: str, entry: ActorEntry, mentions: list[ActorMention]) -> list[ActorEntry]:
        """States joined to the subject by "and" or commas ("Tanzania and Malawi also have troops in Congo",
        "troops from Spain, Italy and Portugal arrived"): the sentence places their forces too."""
        k = next((i for i, m in enumerate(mentions) if m.entry is entry), -1)
        out: list[ActorEntry] = []
        while k > 0:
            prev, cur = mentions[k - 1], mentions[k]
            if prev.entry.actor.kind != "state" or prev.entry.actor.code == entry.actor.code:
                break
            if not _LIST_SEP_RE.fullmatch(text, prev.end, cur.start):
                break
            out.append(prev.entry)
            k -= 1
        out.reverse()
        # "soldiers from France, Germany and Norway": the subject heads a list that follows it
        j = next((i for i, m in enumerate(mentions) if m.entry is entry), -1)
        while 0 <= j < len(mentions) - 1:
            cur, nxt = mentions[j], mentions[j + 1]
            if nxt.entry.actor.kind != "state" or nxt.entry.actor.code == entry.actor.code or nxt.possessive:
                break
            if not _LIST_SEP_RE.fullmatch(text, cur.end, nxt.start):
                break
            out.append(nxt.entry)
            j += 1
        if 0 <= j < len(mentions) and _OPEN_LIST_END_RE.match(text, mentions[j].end):
            # "warships from the United States, Britain, France and other partners": a coalition named by a
            # few examples; the sentence places the coalition (and the state named first), not each member named
            return out[: len(out) - (j - next(i for i, m in enumerate(mentions) if m.entry is entry))]
        return out

    def _forces_clause(self, text: str, pos: int) -> bool:
        """Whether the clause from ``pos`` speaks of forces or losses ("were captured", "are training in"),
        not of people in general ("1.7 million Nepalis work abroad")."""
        window = text[pos : pos + 60]
        cut = _CASUALTY_CUT_RE.search(window)
        ws = set(_words(window[: cut.start()] if cut else window))
        cues = self.cues
        return bool(ws & cues.casualty_words or ws & cues.place_verbs or ws & cues.personnel_nouns)

    def _sent_by_other(self, text: str, entry: ActorEntry, mentions: list[ActorMention]) -> bool:
        """ "Syrian fighters that Turkey has sent", "Chadian men recruited by Sudan": another state sent or hired
        the demonym's people, so they fight as individuals, not as their state's forces."""
        verbs = self.actors.nationals_sender_verbs
        for k, m in enumerate(mentions[:-1]):
            nxt = mentions[k + 1]
            if m.entry is not entry or nxt.entry.actor.code == entry.actor.code or nxt.start - m.end > 40:
                continue
            between = [w for w in _words(text[m.end : nxt.start]) if w != "the"]
            if between and between[-1] in ("that", "whom", "who"):
                after = [w for w in _words(text[nxt.end : nxt.end + 30]) if w not in _HAVE_WORDS]
                if after and after[0] in verbs:
                    return True
            if len(between) >= 2 and between[-1] == "by" and (between[-2] in verbs or between[-2] == "in"):
                return True
        return False

    def _is_speaker(self, after: str) -> bool:
        """ "Russia's ambassador said", "Russian military bloggers reported": the mention names who speaks,
        unless a force noun stands between ("North Korean troops reported in Kursk" are forces)."""
        sm = _SPEAKER_AFTER_RE.match(after)
        if sm is None:
            return False
        ws = set(_words(sm.group(0)))
        if ws & self.cues.recipient_verbs or ws & self.cues.place_verbs:
            return False  # "New Zealand sent defence force personnel": the mention acts; it does not speak
        return not ((ws - _WEAK_FORCE_WORDS) & self.cues.force_nouns)

    def _casualty(self, text: str, f: FigureMatch) -> bool:
        """Whether a troop figure counts losses: a casualty verb right before it ("killed 84") or in its own
        clause after it ("were killed"); a new clause ("and that some of them had been killed", ", that is a
        heavy toll") speaks of something else."""
        cues = self.cues
        btoks = _words(text[max(0, f.number.start - 30) : f.number.start])
        if btoks and (btoks[-1] in cues.casualty_before or (len(btoks) > 1 and btoks[-2] in cues.casualty_before)):
            return True
        app = _APPOSITIVE_RE.match(text, f.unit_end)
        start = app.end() if app else f.unit_end  # skip ", most of them from X," to reach the verb
        window = text[start : start + 70]
        cut = _CASUALTY_CUT_RE.search(window)
        if cut:
            window = window[: cut.start()]
        return any(w in cues.casualty_words for w in _words(window))

    def _agent_before(self, text: str, pos: int) -> bool:
        """An active casualty verb right before the figure ("it had killed 50"): its subject inflicted them."""
        btoks = _words(text[max(0, pos - 30) : pos])
        if not btoks:
            return False
        k = len(btoks) - 1
        while k >= 0 and btoks[k] in ("at", "least", "about", "some", "over", "than", "more", "nearly", "around",
                                      "up", "to", "a", "an", "the", "another", "further", "down"):  # fmt: skip
            k -= 1
        if k < 0 or btoks[k] not in self.cues.agent_verbs:
            return False
        return not (k > 0 and btoks[k - 1] in ("were", "was", "been", "be", "being", "are", "is", "number"))

    def _subject_before(self, text: str, pos: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The nearest actor before ``pos`` in the same clause that is not a prepositional object."""
        clause_start = 0
        relative = False
        for cm in _CLAUSE_BREAK_RE.finditer(text, 0, pos):
            clause_start = cm.end()
            relative = cm.group(0) == "which"
        best: ActorMention | None = None
        last: ActorMention | None = None
        last_object = False
        for m in mentions:
            if m.end > pos or m.start < clause_start:
                continue
            in_list = last is not None and last_object and _LIST_SEP_RE.fullmatch(text, last.end, m.start) is not None
            # "the mission in Somalia (AUSSOM)": an acronym in brackets renames the object before it
            bracket = last is not None and _BRACKET_ALIAS_RE.fullmatch(text, last.end, m.start) is not None
            in_list = in_list or (last_object and bracket)
            last = m
            prev = _words(text[max(0, m.start - 30) : m.start])
            while len(prev) > 1 and prev[-1] in _PLACE_MODIFIERS and prev[-1] not in _PREP_OBJECT_WORDS:
                prev.pop()  # "in northern Norway", "to the Netherlands": the preposition governs the name
            if len(prev) > 1 and prev[-1] == "by" and prev[-2] in _LED_BY_WORDS:
                prev.pop()  # "the strike group led by the USS Carl Vinson": the agent owns the forces
            last_object = True
            if in_list or (
                prev
                and (
                    prev[-1] in _PREP_OBJECT_WORDS
                    or prev[-1] in self.cues.recipient_verbs
                    or prev[-1] in self.cues.place_object_verbs
                )
            ):
                # a prepositional object ("in A, B and C"), the recipient of "sent Russia 10,000 troops", or the
                # place of "French forces left Chad, ending a presence of 1,000 troops"
                continue
            last_object = False
            nxt = text[m.end : m.end + 40]
            if (
                m.entry.form != "group"
                and self._is_speaker(nxt)
                and not _SELF_SPEECH_RE.match(nxt)
                and not self.cues.organ_acts_re.match(nxt)
            ):
                continue
            if m.possessive and re.match(r"(?:'s|’s)[ \t]+(?:\w+[ \t]+)?(?:region|oblast|province|capital|territory|"
                                         r"soil|side|war|army's)\b", nxt, re.IGNORECASE):  # fmt: skip
                continue
            best = m
        if best is None and relative:
            return self._relative_antecedent(text, clause_start, mentions)
        return best.entry if best else None

    def _relative_antecedent(self, text: str, clause_start: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The actor a "which"/"who" clause starting at ``clause_start`` hangs on ("Kenya, which has 700 troops"),
        or the owner of the force noun it hangs on ("NATO's battlegroup in Lithuania, based at X, which numbers"):
        a place named after a preposition inside that noun phrase is not the antecedent."""
        before = [m for m in mentions if m.end <= clause_start]
        if not before:
            return None
        last = before[-1]
        if _RELATIVE_ANTECEDENT_RE.fullmatch(text, last.end, clause_start) and not (
            len(before) > 1 and self._after_preposition(text, last)
        ):
            return last.entry
        for m in reversed(before):
            if clause_start - m.end > 90 or _CLAUSE_BREAK_RE.search(text, m.end, clause_start - 7):
                break
            if self._after_preposition(text, m):
                continue  # "... battlegroup in Lithuania, which": the place of the noun phrase
            if m.possessive and self._bound_noun_after(text, m):
                return m.entry
            break
        if _RELATIVE_ANTECEDENT_RE.fullmatch(text, last.end, clause_start):
            return last.entry
        if _EVENT_RELATIVE_RE.search(text, max(0, clause_start - 12), clause_start):
            # "the PLA staged drills, in which the ministry counted 71 aircraft": the forces of an event clause
            # are those of the main clause's subject, not of whoever counted them
            return self._subject_before(text, clause_start - len("which"), before)
        return None

    def _sentence_actor(
        self, text: str, mentions: list[ActorMention], st: _State, has_force: bool, wordset: set[str]
    ) -> ActorEntry | None:
        """Whose forces a sentence without a figure places."""
        cues = self.cues
        # "mercenaries of Russia's Wagner Group", "troops from North Korea"
        for k, m in enumerate(mentions):
            before = _words(text[max(0, m.start - 40) : m.start])
            if before and before[-1] == "the":
                before = before[:-1]  # "warships from the Philippines"
            if len(before) >= 2 and before[-1] in ("of", "from"):
                head = before[-2] if before[-2] != "the" or len(before) < 3 else before[-3]
                if head in cues.force_nouns:
                    if before[-1] == "from" and any(
                        q.end <= m.start and self._bound_noun_after(text, q) for q in mentions[:k]
                    ):
                        continue  # "Russian cargo ships from Syria": the ships are already someone's
                    if m.possessive and k + 1 < len(mentions) and mentions[k + 1].start - m.end <= 4:
                        return mentions[k + 1].entry
                    return m.entry
        # "the troops North Korea has sent to ...": a force noun followed by a clause whose subject is the actor
        for m in mentions:
            bw = _words(text[max(0, m.start - 20) : m.start])
            if bw and bw[-1] in cues.force_nouns and not m.possessive:
                aw = _words(text[m.end : m.end + 30])[:2]
                if aw and aw[0] in ("has", "had", "have") and len(aw) > 1:
                    aw = aw[1:]
                if aw and (aw[0] in cues.recipient_verbs or aw[0] in cues.place_verbs):
                    return m.entry
        # whose forces the sentence names: "JNIM ambushed Wagner fighters" speaks of Wagner's fighters
        for m in mentions:
            if self._bound_noun_after(text, m):
                return m.entry
        # "its troops", "their men": the antecedent of the possessive
        pm = _POSS_FORCE_RE.search(text)
        if pm and any(w in cues.force_nouns for w in _words(pm.group(1))):
            ante = self._antecedent(text, pm.start(), mentions)
            if ante is not None:
                return ante
            if st.focus is not None:
                return st.focus
        for m in mentions:
            if m.entry.form == "group" and not self._object_of_preposition(text, m):
                return m.entry
        if (has_force or wordset & cues.place_verbs) and cues.pronoun_re.search(text):
            return st.focus if st.focus is not None else None
        if has_force:
            subj = self._subject_before(text, len(text), mentions)
            return subj or st.focus
        return None

    def _antecedent(self, text: str, pos: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The actor a pronoun at ``pos`` refers to: the nearest earlier mention that is not a prepositional
        object ("Washington has said its troops" -> Washington; "sent to Russia its men" is not Russia's)."""
        for m in reversed(mentions):
            if m.end > pos:
                continue
            prev = _words(text[max(0, m.start - 20) : m.start])
            if prev and prev[-1] in _PREP_OBJECT_WORDS:
                continue
            if m.possessive and _PLACE_PART_RE.match(text, m.end) and not self.cues.force_org_re.match(text, m.end):
                continue
            return m.entry
        return None

    def _final_actor(
        self, entry: ActorEntry, text: str, noun: str | None, st: _State, mentions: list[ActorMention]
    ) -> Actor:
        """Redirect a state to a group it sponsors, or to its nationals fighting for another side."""
        if entry.actor.kind != "state":
            return entry.actor
        code = entry.actor.code
        in_sentence = [m.entry for m in mentions if m.entry.form == "group" and m.entry.sponsor == code]
        group = in_sentence[0] if in_sentence else st.groups_seen.get(code)
        personnel = noun is None or noun in self.cues.personnel_nouns
        if group is not None and personnel and entry.form in ("demonym",):
            return group.actor
        if noun and noun in self.actors.nationals_nouns and entry.form == "demonym" and group is None:
            st.nationals_seen.add(code)
            return self.actors.nationals(entry).model_copy()
        cue = self.actors.nationals_cue_re
        employer = any(m.entry is entry and _ARMY_AFTER_RE.match(text, m.end) for m in mentions)
        if entry.form == "demonym" and group is None and personnel and not employer and (
            (cue is not None and cue.search(text)) or self._sent_by_other(text, entry, mentions)
        ):
            # "Nepali men recruited into the Russian army": individuals hired by another side
            st.nationals_seen.add(code)
            return self.actors.nationals(entry).model_copy()
        if code in st.nationals_seen and personnel and group is None:
            # "Most were sent to units in Donetsk": once an item speaks of a state's recruits, its later
            # personnel are those recruits, not the state's forces
            return self.actors.nationals(entry).model_copy()
        return entry.actor

    # --------------------------------------------------------------- locations

    def _is_home(self, p: PlaceMention, entry: ActorEntry | None) -> bool:
        if entry is None:
            return False
        if entry.actor.kind == "state" and self.gazetteer.region_holds(p.place, entry.actor.code):
            return True  # "Hungarian troops ... to Europe": a region that holds the home country
        cc = (p.place.country_code or "").upper()
        if not cc:
            return False
        if entry.actor.kind == "state":
            return cc == entry.actor.code.upper()
        if entry.sponsor:
            return cc == entry.sponsor.upper()
        return False

    def _locations(
        self, text: str, places: list[PlaceMention], mentions: list[ActorMention], wordset: set[str]
    ) -> list[PlaceMention]:
        cues = self.cues
        speech = bool(wordset & cues.speech_verbs)
        first_comma = text.find(",")
        ok: list[PlaceMention] = []
        departed: list[PlaceMention] = []  # places named as departure or transit points
        for p in places:
            before = text[max(0, p.start - 60) : p.start]
            bw = _words(before)
            after = text[p.end : p.end + 40]
            if cues.non_place_re.search(before):
                continue  # "according to Kyiv": a source of the statement
            if _DISTANCE_FROM_RE.search(before):
                continue  # "260 nautical miles east of Somalia": a reference point, not where forces are
            if _TIME_CLAUSE_RE.search(before):
                continue  # "up from 80,000 before Russia invaded Ukraine": a date, not where these forces are
            if any(self._open_sea(q) and _BEARING_OF_RE.fullmatch(text, q.end, p.start) for q in places):
                continue  # "in the Baltic Sea west of Gotland": the island only says where in the sea
            if _FEATURE_NEAR_RE.search(before):
                continue  # "to the Kuril islands near Japan": the islands are where forces go, Japan a landmark
            if _TRANSIT_AFTER_RE.match(text, p.end, p.end + 90):
                continue  # "landed at X in eastern Chad, from where they were trucked into Y": a stage, not the goal
            rels = list(_RELATIVE_RE.finditer(text, 0, p.start))
            rel = rels[-1] if rels else None
            if rel is not None and not _CLAUSE_COMMA_RE.search(text, rel.end(), p.start):
                close = _CLAUSE_COMMA_RE.search(text[p.end :])
                rw = set(_words(text[rel.end() : p.end + close.start() if close else len(text)]))
                if not (rw & cues.place_verbs or rw & cues.recipient_verbs or any(w in cues.noun_topic for w in rw)):
                    continue  # "the accord, which was negotiated at an air base in Ohio": about something else
            if cues.place_heads_re.match(after):
                continue  # "the Sahel country", "the Gulf state": an adjective for a country named already
            if _PLACE_MODIFIER_ADJ_RE.match(after):
                continue  # "the Moscow-led alliance", "Tehran-backed militias": a patron, not where forces are
            if after.startswith(("'s", "’s")) and not _PLACE_PART_RE.match(after):
                continue  # "Moscow's war", "Russia's army": the place owns something, it is not where forces are
            # claimant's seat: "officials in Bangui say"
            if _SEAT_AFTER_RE.match(after) or (len(bw) >= 2 and bw[-1] in ("in", "at") and bw[-2] in _SPEAKER_NOUNS):
                continue
            # "aircraft operating from Djibouti": a base of operations, where the forces are (unless a
            # destination follows: "flying from Darwin to Manila")
            if _OPERATE_FROM_RE.search(before) and not _TO_AFTER_RE.match(text, p.end):
                ok.append(p)
                continue
            # governing word: scan back over modifiers
            gov: str | None = None
            tail = bw[-5:][::-1]
            for j, w in enumerate(tail):
                if w in cues.departure_words:
                    gov = "dep"
                    break
                if w == "for" and j + 1 < len(tail) and not _FOR_VERBS.intersection(tail[j + 1 : j + 4]):
                    break  # "for the U.S." is a beneficiary; "bound for Kursk" is a destination
                if w == "over" and not cues.airborne_words.intersection(bw[-5 - j : -1 - j]):
                    break  # "a dispute over the Essequibo region": no flight over it
                if w in cues.place_preps or w in cues.place_verbs:
                    gov = w
                    break
                if w in cues.venue_nouns:
                    gov = "venue"
                    break
                if not (w in _PLACE_MODIFIERS or w.endswith(("'s", "’s"))):
                    break  # only modifiers may stand between the governing word and the place
            low_before = before.lower()
            if (
                cues.departure_phrase_re.search(low_before, max(0, len(low_before) - 30))
                or cues.from_base_re.search(before)
                or cues.facility_dep_re.search(before)
            ):
                gov = "dep"  # "from bases in X", "from Fort Hood in Texas": where the forces set out
            elif any(
                _IN_CONTAINER_RE.fullmatch(text, q.end, p.start) and self._same_land(q, p) for q in departed[-1:]
            ):
                gov = "dep"  # "via Souda Bay in Crete": the place around a departure or transit point is one too
            if gov is None:
                # "Iraq hosts 2,500 troops", "Kursk region now holds"
                if cues.hosts_after_re.match(text, p.end, p.end + 140):
                    ok.append(p)  # "Kuwait hosts U.S. forces", "Mali has relied on Wagner"
                elif _POSSESSIVE_DET_RE.search(before) and _GARRISON_AFTER_RE.match(after):
                    ok.append(p)  # "it will cut its Djibouti garrison": where the owner's forces are
                elif ok and _AND_PLACE_RE.fullmatch(text, ok[-1].end, p.start):
                    ok.append(p)  # "sent personnel to Chad and Niger": the preposition governs both
                continue
            if gov == "dep":
                departed.append(p)
                continue
            if gov == "venue":
                continue
            if gov == "of" and not _PART_OF_RE.search(low_before):
                continue
            near = set(bw[-7:])
            if cues.organ_subject_re.search(text, 0, p.start):
                near -= cues.state_organs  # "the parliament approved sending troops to X": an actor, no venue
            if near & cues.venue_nouns:
                continue
            if near & cues.strike_words and not _FORMATION_STRIKE_RE.search(before):
                continue
            # speech verb right before the preposition: "said in Kazan", "told reporters in Brussels"
            spoke = len(bw) >= 2 and (bw[-2] in cues.speech_verbs or (len(bw) >= 3 and bw[-3] in cues.speech_verbs))
            if spoke and bw[-1] in ("in", "at", "from"):
                continue
            # possibility: "could enter Sumy"
            clause_start = 0
            for cm in _CLAUSE_BREAK_RE.finditer(text, 0, p.start):
                clause_start = cm.end()
            if set(_words(text[clause_start : p.start])) & cues.possibility:
                continue
            # an introductory "in Brussels," before a statement is the venue
            intro = speech and first_comma >= p.end and p.start < 40 and bool(bw) and bw[-1] == "in" and len(bw) <= 4
            if intro and not (wordset & cues.place_verbs):
                continue
            ok.append(p)
        # drop an outer place when a place inside it is named right next to it ("Russia's Kursk region")
        result: list[PlaceMention] = []
        for p in ok:
            inner = [
                q for q in ok
                if q is not p and abs(q.start - p.end) <= 30 and abs(p.start - q.end) <= 60
                and q.place.key != p.place.key and self.gazetteer.contains(p.place, q.place)
            ]  # fmt: skip
            if not inner and not self._sea_of_site(p, ok) and not self._region_of_named_country(p, ok):
                result.append(p)
        return result

    def _same_land(self, inner: PlaceMention, outer: PlaceMention) -> bool:
        """Whether ``outer`` holds ``inner`` or lies in the same country ("Souda Bay in Crete")."""
        a, b = inner.place, outer.place
        if self.gazetteer.contains(b, a):
            return True
        return a.country_code is not None and a.country_code == b.country_code

    def _region_of_named_country(self, p: PlaceMention, ok: list[PlaceMention]) -> bool:
        """A region named beside one of its countries ("the 201st base in Tajikistan ... in Central Asia"): the
        country says where the forces are; the region only when no country is named (place policy)."""
        if p.place.kind != "macro":
            return False
        members = self.gazetteer.region_countries(p.place)
        return bool(members) and any(q.place.country_code in members for q in ok if q is not p)

    def _open_sea(self, m: PlaceMention) -> bool:
        """A sea or ocean: a region that holds no country and lies in none."""
        p = m.place
        return p.kind == "macro" and p.country_code is None and not self.gazetteer.region_countries(p)

    @staticmethod
    def _sea_of_site(p: PlaceMention, ok: list[PlaceMention]) -> bool:
        """A sea or ocean named just after a base or island site ("Diego Garcia, the joint base in the Indian
        Ocean") only says where the site lies: the site is the location."""
        if p.place.kind != "macro" or p.place.country_code is not None:
            return False
        return any(q.place.kind == "site" and 0 <= p.start - q.end <= 80 for q in ok)

    # ------------------------------------------------------------------ events

    def _claimant(self, s: Sentence, sentences: list[Sentence], st: _State) -> str | None:
        """Named in the sentence, else carried over from earlier in its paragraph, else the "Source:" line
        when the sentence reports speech. Computed only for sentences that hold claims (it is not cheap)."""
        name = self._named_claimant(s.index, sentences, st)
        if name is not None:
            return name
        carried = self._carried_claimant(s.index, sentences, st)
        if carried is not None:
            return carried
        if has_pronoun_speech(s.text):
            return st.source_claimant
        return None

    @staticmethod
    def _named_claimant(i: int, sentences: list[Sentence], st: _State) -> str | None:
        if i not in st.named_claimant:
            st.named_claimant[i] = find_claimant(sentences[i].text)
        return st.named_claimant[i]

    def _carried_claimant(self, i: int, sentences: list[Sentence], st: _State) -> str | None:
        """The claimant of the nearest earlier sentence of the same paragraph that names one."""
        if i in st.carried_claimant:
            return st.carried_claimant[i]
        para = sentences[i].paragraph
        walked: list[int] = []
        found: str | None = None
        j = i
        while j - 1 >= 0 and sentences[j - 1].paragraph == para:
            walked.append(j)
            prev = self._named_claimant(j - 1, sentences, st)
            if prev is not None:
                found = prev
                break
            if j - 1 in st.carried_claimant:
                found = st.carried_claimant[j - 1]
                break
            j -= 1
        for k in walked or [i]:
            st.carried_claimant[k] = found
        return found

    def _flags(self, text: str, item: NewsItem) -> tuple[bool, bool, date | None]:
        cues = self.cues
        # A negation inside a relative clause describes its noun ("Rwanda, which is not a SADC member, began
        # deploying ..."); a trailing "..., which Kigali denies" or "..., a claim Moscow dismissed" reports a
        # denial beside the claim: neither denies the claim itself.
        main = _CLAIM_APPOSITION_RE.sub(",", _RELATIVE_SPAN_RE.sub(",", text))
        denied = bool(cues.denial_re.search(main) or cues.no_force_re.search(main)) and not cues.non_denial_re.search(
            main
        )
        hedged = bool(cues.hedge_re.search(text))
        return denied, hedged, resolve_date(text, item.published_at)

    def _event(
        self, item: NewsItem, s: Sentence, c: _Claim, claimant: str | None, flags: tuple[bool, bool, date | None]
    ) -> ClaimEvent:
        # model_construct: every field is built here from checked values; validation would cost
        # more than the whole extraction of a sentence.
        figure: Figure | None = None
        if c.figure is not None:
            n = c.figure.number
            figure = Figure.model_construct(
                value=n.value, low=n.low, high=n.high, approx=n.approx, unit=c.figure.unit or "", text=n.text
            )
        location: Location | None = None
        loc_key = ""
        if c.place is not None:
            location = self.gazetteer.to_location(c.place)
            loc_key = str(c.place.place.key)
        denied, hedged, event_date = flags
        digest = hashlib.sha256(
            "|".join(
                [item.id, str(s.start), str(s.end), c.actor.code, c.topic, str(figure.value if figure else ""), loc_key]
            ).encode("utf-8")
        ).hexdigest()[:16]
        return ClaimEvent.model_construct(
            schema_version=SCHEMA_VERSION,
            claim_id=digest,
            item_id=item.id,
            source=item.source,
            published_at=item.published_at,
            actor=c.actor,
            claimant=make_claimant(claimant) if claimant else None,
            topic=c.topic,
            figure=figure,
            location=location,
            event_date=event_date,
            denied=denied,
            hedged=hedged,
            background=s.background,
            duplicate_of=None,
            evidence=Evidence.model_construct(sentence=s.text, start=s.start, end=s.end),
        )


_DEFAULT: Extractor | None = None


def extract(item: NewsItem) -> list[ClaimEvent]:
    """Module-level convenience over a shared default :class:`Extractor`."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(item)
