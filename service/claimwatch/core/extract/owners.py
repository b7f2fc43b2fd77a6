"""Whose forces a figure or a place belongs to: the actor bound to the counted noun, the
subject of the clause, the actor of an earlier clause, or the one the paragraph is about.

"Russia intends to involve 10,000 soldiers from North Korea" counts North Korea's soldiers:
the actor named nearest the number is often not the owner, hence these rules.
"""

from __future__ import annotations

import re

from mypy_extensions import trait

from claimwatch.core.actors import ActorEntry, ActorMention, slug
from claimwatch.core.extract.base import ExtractorBase
from claimwatch.core.extract.cues import Cues
from claimwatch.core.extract.patterns import (
    _ANAPHORIC_FORCE_SUBJECT_RE,
    _AND_ACTOR_RE,
    _APPOSITION_AFTER_RE,
    _ARMY_AFTER_RE,
    _ARTICLE_AND_RE,
    _BARE_COUNT_AFTER_RE,
    _BASE_WORDS,
    _BRACKET_ALIAS_RE,
    _CITY_PART_RE,
    _CLAUSE_BREAK_RE,
    _COMITATIVE_BEFORE_RE,
    _DEMONYM_PRESENT_AFTER_RE,
    _EVENT_RELATIVE_RE,
    _EVENT_WORD_AFTER_RE,
    _FACT_LABEL,
    _FORCE_SEAT_RE,
    _FORMATION_SUBJECT_RE,
    _GAP_END_RE,
    _GAP_OPEN_RE,
    _GAP_PLACE_END_RE,
    _GAP_STATIVE,
    _GAPPED_HOST_BEFORE_RE,
    _HAVE_WORDS,
    _HOME_TO_AFTER_RE,
    _HOSTS_BARE_COUNT_AFTER_RE,
    _LED_BY_WORDS,
    _LIST_GOES_ON_RE,
    _LIST_SEP_RE,
    _NOT_OWNER_SUFFIXES,
    _NOUN_AND_RE,
    _OPEN_LIST_END_RE,
    _OPENING_PLACE_RE,
    _OPENING_SEP_RE,
    _PERSON_TITLE_AFTER_RE,
    _PLACE_LIST_BEFORE_RE,
    _PLACE_MODIFIERS,
    _PLACE_PART_RE,
    _PLACE_ROLE_AFTER_RE,
    _POSS_FORCE_RE,
    _POSSESSIVE_DET_RE,
    _POSSESSIVE_GAP_RE,
    _PREP_OBJECT_WORDS,
    _RELATIVE_ANTECEDENT_RE,
    _RELATIVE_CLOSE_RE,
    _RELATIVE_SPAN_RE,
    _SELF_SPEECH_RE,
    _SHIP_NAME_AFTER,
    _SPEAKER_AFTER_RE,
    _THE_FORCE_RE,
    _THE_GROUP_RE,
    _THE_MISSION_RE,
    _THREAT_FROM_BEFORE_RE,
    _TIME_PREP_BEFORE_RE,
    _WEAK_FORCE_WORDS,
    _WHICH_KEEPS_BASE_RE,
    _WITH_COUNT_RE,
    _WORD_RE,
    _start,
    _words,
)
from claimwatch.core.extract.state import State
from claimwatch.core.prefilter import compile_gated
from claimwatch.core.text import contains_spaced
from claimwatch.models import Actor, ActorKind

#: "from Rota, " right before a country's name: the country locates the town named before it (a place, no owner)
_LOCATOR_BEFORE_RE = re.compile(
    r"\b(?:from|in|at|near|to|via|off)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2},[ \t]+$"
)
#: Right before the command a headquarters serves ("hosts the headquarters of U.S. Y Command"): whose forces are there
_HEADQUARTERS_OF = ("headquarters of ", "headquarters of the ", "headquarters for ", "headquarters for the ")
#: A name (or its force) right before "with (about) N" after "leave": the object of "leave" has the count ("will
#: leave the U.S. military with two carriers", "leaves the Japanese navy with six destroyers").
_LEFT_WITH_COUNT_RE = re.compile(
    r"(?:[ \t]+(?:army|navy|military|air[ \t]+force|armed[ \t]+forces|forces|marines|coast[ \t]+guard))?"
    r"[ \t]+with[ \t]+(?:(?:only|just|about|around|roughly|some|nearly|almost|more[ \t]+than|over|at[ \t]+least|"
    r"fewer[ \t]+than|less[ \t]+than|up[ \t]+to)[ \t]+)?$",
    re.IGNORECASE,
)
_LEAVE_BEFORE_RE = re.compile(r"\b(?:leave|leaves|leaving|left)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: A verb of having or placing forces right after "the group"/"the corps" as a subject ("the corps has several
#: hundred personnel", "the group keeps men at").
_GROUP_SUBJECT_VERB_RE = re.compile(
    r"[ \t]+(?:(?:now|still|also)[ \t]+)?(?:has|had|have|keeps|kept|maintains|maintained|operates|operated|"
    r"deployed|deploys|stations|stationed|fields)\b"
)
#: A prefix that makes a group's name the enemy of what follows ("anti-ISIS", "counter-ISIS", "Defeat-ISIS").
_ENEMY_PREFIX_BEFORE_RE = re.compile(r"(?<![\w-])(?:anti|counter|defeat)-$", re.IGNORECASE)

#: Prepositions whose object is a group the sentence is not about ("the fight against Islamic State", "stationed
#: alongside the SDF"); before "the" ("belonged to the Wagner Group" is about it).
#: ("to join the EU's naval mission": the mission joined, not the forces that join it)
#: ("where it has fought the PKK": the enemy fought, as after "against")
_FIGHT_VERBS = frozenset({"fought", "fight", "fights", "fighting", "battled", "battling"})
_OBJECT_PREPS_BEFORE_THE = (
    frozenset({"against", "with", "versus", "targeting", "on", "by", "alongside", "join", "joins", "joined", "joining"})
    | frozenset({"rejoin", "rejoins", "rejoined", "rejoining"})
    | _FIGHT_VERBS
)
#: "for Wagner's use": after the name of the group a supply is meant for
_POSS_USE_RE = re.compile(r"(?:'s|’s)?[ \t]+(?:own[ \t]+)?use\b")
#: "for the Africa Corps", "for Wagner's use": the group right after it is whom something is for
_FOR_BENEFICIARY_BEFORE_RE = re.compile(r"\bfor[ \t]+(?:the[ \t]+)?$")
_OBJECT_PREPS = (
    frozenset({"against", "with", "by", "on", "to", "versus", "vs", "targeting", "alongside"}) | _FIGHT_VERBS
)
#: Prepositions whose objects a coordination continues ("alongside Malian troops and the X")
_COORD_OBJECT_PREPS = frozenset({"against", "versus", "targeting", "alongside"})

#: After a possessive state, its force noun and the relative pronoun right after ("Chad's armed forces, which").
_POSSESSED_FORCE_WHICH_RE = re.compile(r"(?:'s|’s)[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+[ \t]*,[ \t]*(?:which|who)[ \t]*$")

#: "from" or "against" before a threat ("protecting convoys from Houthi attacks", "against a new ISIS offensive").
#: "would not join U.S. strikes", "took part in French raids": an operation joined is its leader's, and the leader's
#: name places no forces of the sentence
_JOINED_EVENT_BEFORE_RE = re.compile(
    r"\b(?:(?:re)?join(?:s|ed|ing)?|(?:take|takes|took|taking|taken)[ \t]+part[ \t]+in"
    r"|participat(?:e|es|ed|ing)[ \t]+in)[ \t]+(?:the[ \t]+)?$"
)
_GUARDED_FROM_BEFORE_RE = re.compile(
    r"\b(?:from|against)[ \t]+(?:(?:the|further|more|new|renewed|possible|future|a|an)[ \t]+)?$"
)
#: A body of forces right before "of" and the forces it is made of ("a contingent of", "the first battalion of").
_BODY_OF_BEFORE_RE = re.compile(
    r"\b(?:contingents?|detachments?|battalions?|compan(?:y|ies)|platoons?|squadrons?|brigades?|regiments?|units?"
    r"|teams?)[ \t]+of[ \t]+$",
    re.IGNORECASE,
)
#: After a state's name: a service only states have ("Russian navy", "Russia's air force", "the Russian Aerospace
#: Forces"), so never a sponsored group's men.
_STATE_SERVICE_AFTER_RE = re.compile(
    r"(?:'s|’s)?[ \t]+(?:navy|naval|air[ \t]+force|aerospace[ \t]+forces|coast[ \t]+guard)\b", re.IGNORECASE
)
#: After a state's possessive or demonym: its own mission ("Peru's naval training mission", "the Czech mission").
_OWN_MISSION_AFTER_RE = re.compile(r"(?:'s|’s)?[ \t]+(?:[a-z-]+[ \t]+){0,2}missions?\b")

_OWN_FORCE_RE = re.compile(
    r"\b(?:its|their)[ \t]+(?:own[ \t]+)?(?:army|armed[ \t]+forces|military|navy|air[ \t]+force)\b"
)


_MEMBERS_AFTER_RE = re.compile(r"[ \t]+members\b")
#: Right before a name: what forces train on or with ("training on Russian systems", "trained with the French army")
_TRAINED_ON_BEFORE_RE = re.compile(r"\b(?:train|trains|trained|training)[ \t]+(?:on|with)[ \t]+(?:the[ \t]+)?$")
#: "members" after a group's name, not "members of" something else ("Hezbollah members of parliament")
_GROUP_MEMBERS_AFTER_RE = re.compile(r"[ \t]+members\b(?![ \t]+of\b)")


def group_members_after(text: str, m: ActorMention) -> bool:
    """ "30 Hezbollah members", "Wagner members killed": an armed group's or a military company's members are its
    fighters (a group with a home or a sponsor: an alliance's or a mission's members are states)."""
    e = m.entry
    return (
        e.actor.kind == "group"
        and (e.sponsor is not None or e.home is not None)
        and _GROUP_MEMBERS_AFTER_RE.match(text, m.end) is not None
    )
#: A partitive's "of its" / "of their" / "of the" right before a name
_OF_ITS_BEFORE_RE = re.compile(r"\bof[ \t]+(?:its|their|the)[ \t]+$")
#: Words for people that say nothing of whose army they are in: a state's soldiers are "troops", a group's are these.
_FIGHTER_NOUNS = frozenset({"fighters", "fighter", "men", "gunmen", "militiamen"})
#: possessive determiners that give a force noun its owner ("its forces", "their last troops")
_OWNED_DETS = frozenset({"its", "their", "our", "his", "her"})
#: "has sent about 1,100 ", "brought between 900 and 1,200 ": a sending verb and a count (or range) right before a
#: demonym (the count is its object).
_SENDS_COUNT_RE = re.compile(
    r"[ \t]+(?:(?:has|have|had|also|reportedly|since)[ \t]+){0,2}[a-z]+[ \t]+"
    r"(?:(?:about|some|around|nearly|roughly|almost|over|at[ \t]+least|more[ \t]+than|up[ \t]+to|another"
    r"|an[ \t]+estimated|between)[ \t]+)?"
    r"\d[\d,.]*(?:[ \t]+(?:and|to)[ \t]+\d[\d,.]*|[-–]\d[\d,.]*)?(?:[ \t]+(?:more|additional|other))?[ \t]+"
)
#: "had been sent to Libya by ": a passive sending verb, a short phrase, and "by" right before the agent.
_SENT_BY_AFTER_RE = re.compile(
    r"[ \t]+[a-z ]{0,40}?\b(?:been|were|was)[ \t]+([A-Za-z ]{2,40}?)[ \t]+by[ \t]+(?:the[ \t]+)?"
)
#: "most of the ", "some of ": a part of the people named next (the subject, not a preposition's object).
_PART_OF_BEFORE_RE = re.compile(
    r"\b(?:most|many|some|all|half|several|few|dozens|hundreds|thousands|rest|majority)[ \t]+of[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
#: " and western ", ", northern ": a list's separator before a name with a compass point
_LIST_SEP_POINT_RE = re.compile(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?(?:north|south|east|west|central|"
    r"north-?east|north-?west|south-?east|south-?west)(?:ern)?[ \t]+"
)
#: After a demonym, the others listed with it before their shared noun: ", Iraqi and Jordanian"
_DEMONYM_LIST_AFTER_RE = re.compile(r"(?:,[ \t]+[A-Z][\w-]*){0,4},?[ \t]+(?:and|or)[ \t]+[A-Z][\w-]*")
#: "recruited by ", "hired by the ": the state named after it is the recruiter, not whose nationals are recruited
_RECRUITED_BY_BEFORE_RE = re.compile(r"\b(?:recruited|hired|enlisted|employed|lured|paid)[ \t]+by[ \t]+(?:the[ \t]+)?$")
#: "citizens of ", "nationals of the ": people named by the country they come from.
_CITIZENS_OF_BEFORE_RE = re.compile(r"\b(?:citizens|nationals)[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: "under the <group> banner": a state's men serving as its group's
_UNDER_THE_BEFORE_RE = re.compile(r"\bunder[ \t]+(?:the[ \t]+)?$")
_BANNER_AFTER_RE = re.compile(r"(?:'s|’s)?[ \t]+(?:banner|flag|umbrella|label|brand)\b")
_SOLDIER_NOUNS = frozenset({"soldiers", "troops", "servicemen", "soldier", "ex-soldiers", "ex-servicemen"})
#: "Colombian former soldiers", "Kenyan ex-soldiers": veterans, no longer their state's forces
_FORMER_AFTER_RE = re.compile(r"[ \t]+(?:former|retired|ex)[ \t-]", re.IGNORECASE)
#: Right before an armed group, the side people serve: "with the RSF", "in the ranks of the RSF", "alongside".
#: Hired fighters right before an armed group's side ("foreign mercenaries for the RSF"): the demonym's people the
#: sentence then counts are those hired hands
_HIRED_HANDS_BEFORE_RE = re.compile(r"\b(?:mercenaries|recruits|contractors)[ \t]*$", re.IGNORECASE)
_GROUP_SIDE_BEFORE_RE = re.compile(
    r"\b(?:with|alongside|among|for|in[ \t]+the[ \t]+ranks[ \t]+of|into)[ \t]+(?:the[ \t]+)?"
    # "fighting for Sudan's Rapid Support Forces": the group's country may stand before it
    r"(?:[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?(?:'s|’s)[ \t]+)?"
    # "alongside the paramilitary RSF": an adjective or two of the group's may stand between
    r"(?:(?:paramilitary|rebel|armed|militant|jihadist|insurgent|separatist|Islamist|Sudanese|Libyan)[ \t]+){0,2}$",
    re.IGNORECASE
)
_JOINED_COUNT_RE = re.compile(r"[ \t]*,?[ \t]+(?:and|or)[ \t]+(?:[\w,-]+[ \t]+)?")


#: verbs of a strike whose object is a target ("struck three Iranian nuclear sites")
#: Verbs of operating kit: "to operate Russian Pantsir systems", "manning Iranian-made drones"
_OPERATE_VERBS = frozenset(
    {"operate", "operates", "operating", "man", "manning", "crew", "crewing", "maintain", "maintaining", "service",
     "servicing", "fly", "flying"}
)
_STRUCK_WORDS = frozenset(
    {"struck", "hit", "attacked", "bombed", "targeted", "shelled", "raided", "bombarded", "strikes", "hits", "targets"}
)


def _operated_kit(text: str, m: ActorMention) -> bool:
    """Whether a demonym modifies the kit a verb of operating takes as object ("to help operate Russian radars",
    "manning Iranian drones"): the kit's state, not the owner of the forces that operate it."""
    if m.entry.form != "demonym":
        return False
    prev = _words(text[max(0, m.start - 16) : m.start])
    return bool(prev) and prev[-1] in _OPERATE_VERBS


def _in_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened earlier in the sentence."""
    head = text[max(0, pos - 300) : pos]  # a window: a long sentence of many names stays linear
    return (head.count('"') % 2 == 1) or head.count("“") > head.count("”")


#: "a U.S. Coast Guard cutter", "a Dutch frigate" with no name: the kind of ship a state sent
_SHIP_KINDS = ("cutter", "frigate", "destroyer", "corvette", "icebreaker", "submarine", "cruiser", "minesweeper")
_UNNAMED_SHIP_RE = re.compile(
    r"(?:'s|’s)?(?:[ \t]+[\w-]+){0,3}?[ \t]+(?P<kind>" + "|".join(_SHIP_KINDS) + r")\b(?![ \t]+[A-Z])"
)
#: "joined the European-led maritime mission Agenor": a mission joined is the object, not the subject, of its clause
_JOINED_BEFORE_RE = re.compile(
    r"\b(?:re)?join(?:ed|s|ing)?[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,4}$", re.IGNORECASE
)
_RELATIVE_INSERT_RE = re.compile(r",[ \t]+(?:which|who)\b[^,;]{1,100},")
_COMPANY_KEYS = (
    "security company", "security firm", "military company", "security contractor", "contractor firm",
    "private company", "private firm",
)  # fmt: skip
_COMPANY_NAME = r"[A-Z][\w&'’-]+(?:[ \t]+(?:[A-Z][\w&'’-]+|&))*"
_COMPANY_RE = re.compile(
    r"(?P<name>" + _COMPANY_NAME + r"),[ \t]+an?[ \t]+(?:[\w.-]+[ \t]+){0,3}?(?:private[ \t]+)?"
    r"(?:security|military)[ \t]+(?:company|firm|contractor)\b"
    r"|\b(?:private[ \t]+)?(?:security|military)[ \t]+(?:company|firm|contractor)[ \t]+"
    r"(?P<name2>" + _COMPANY_NAME + r")"
    r"|\bcontractors[ \t]+(?:employed[ \t]+by|working[ \t]+for|hired[ \t]+by)[ \t]+(?P<name3>" + _COMPANY_NAME + r")"
    # "A South African private company, Rovuma Air Services, said it had moved three helicopters"
    r"|\bprivate[ \t]+(?:company|firm),[ \t]+(?P<name4>" + _COMPANY_NAME + r"),"
)
_DEM_COMPANY_RE = re.compile(r"[ \t]+(?:private[ \t]+)?(?:security|military)[ \t]+(?:company|firm|contractor)[ \t]+")
#: "the firm already had 150 men": the company the item named
_THE_FIRM_RE = re.compile(r"\b[Tt]he[ \t]+(?:firm|company)\b(?![ \t]+[A-Z])")
#: A year right before a name: "In 2019 Ireland sent ...": the preposition before it governs the year.
#: ("In 2024 the U.S. had": the year, then the subject with its article)
_YEAR_BEFORE_RE = re.compile(r"\b(?:1[89]|20)\d\d,?[ \t]+(?:the[ \t]+)?$")

#: A sentence opening with "It" as its subject
#: "..., after Iran threatened to retaliate", "..., as Houthi attacks continued": a clause about something else
_ADVERBIAL_TAIL_RE = re.compile(
    # (", despite Russia expanding domestic production": a concession, no move)
    r",[ \t]+(?:after|before|as|while|when|because|since|following|amid|even[ \t]+as|weeks[ \t]+after|"
    r"days[ \t]+after|despite|although|though|even[ \t]+though)[ \t]+"
    # "bolstering NATO's eastern flank as Russia masses forces": "as" and a name, no comma (not "such as X",
    # "known as X"; the lookahead, which the rest of the branch implies, spares most positions the nine lookbehinds)
    r"|(?=[ \t]+(?:as|while|amid)[ \t])"
    r"(?<!such)(?<!known)(?<!well)(?<!same)(?<!referred)(?<!described)(?<!served)(?<!serving)(?<!acting)"
    r"[ \t]+(?:as|while|amid)[ \t]+(?=(?:the[ \t]+)?[A-Z])"
    # ("..., a move that leaves the Malian army alone": an appositive that sums up the clause before it)
    r"|,[ \t]+a[ \t]+(?:move|step|decision|shift|gesture)[ \t]+(?:that|which)\b"
    # (", a move Caracas condemned", "a gesture Beijing called a provocation": the pronoun left out, a name follows)
    r"|,[ \t]+a[ \t]+(?:move|step|decision|shift|gesture)[ \t]+(?=[A-Z])"
)
_TAIL_WORDS = (
    " as ", " while ", " amid ", " after ", " before ", " when ", " because ", " since ", " following ", " despite ",
    " though ", " although ", " a move ", " a step ", " a decision ", " a shift ", " a gesture ",
)  # fmt: skip  (``text.contains_spaced``)
#: A first-person owner right before a count: "We have about", "we now keep some", "we've deployed"; or of the
#: force the count sizes: "Our force in X remains at about"
_WE_HAVE_BEFORE_RE = re.compile(
    r"\b[Ww]e(?:'ve|[ \t]+(?:now|still|currently|already))?[ \t]+(?:have|keep|maintain|station|deployed|sent|got)"
    r"[ \t]+(?:(?:about|around|roughly|some|nearly|more[ \t]+than|over|up[ \t]+to)[ \t]+)?$"
    r"|\b[Oo]ur[ \t]+(?:force|forces|troops|contingent|presence|garrison|deployment)\b[^,;:.]{0,60}$"
)
#: The forces a state expelled, named after the verb ("expelled the French and American forces")
_EXPELLED_BEFORE_RE = re.compile(
    r"\b(?:expelled|expelling|expels|expel)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’-]*(?:[ \t]*,|[ \t]+and)?[ \t]+){0,4}$"
)
#: The pronoun subject of a clause: "..., where it has", "..., where they number"
_PRONOUN_SUBJECT_AFTER_RE = re.compile(r"[ \t]+(?:it|they)[ \t]+")
#: What a count names when it names no force: "put their number at 300", "the total is about 400"
_BARE_COUNT_NOUNS = frozenset({"number", "strength", "headcount", "figure", "total"})
_NAMING_VERBS = frozenset({"called", "calls", "dubbed", "dubs", "termed", "terms", "labelled", "labeled", "styled"})
#: A fact box's line: "- Mali: 2,000 to 2,500 personnel, the corps' largest contingent" (its owner may come last)
_FACT_LINE_RE = re.compile(_FACT_LABEL + r"[ \t]")
#: After a state that leads a formation: a later clause of its sentence whose subject is a pronoun for it
#: or a coordinated predicate with it as subject ("France has led the battlegroup since 2022 and has kept 900 there")
_LEADER_OWN_CLAUSE = r",[ \t]+(?:when|where)[ \t]+it[ \t]+|[ \t]+and[ \t]+(?:has|had|also|still)[ \t]+"
_LEADER_PRONOUN_CLAUSE_RE = re.compile(r"[^.;]{0,160}?(?:" + _LEADER_OWN_CLAUSE + ")")
_LEADER_OWN_CLAUSE_RE = re.compile(_LEADER_OWN_CLAUSE)
#: Its gate: one of these must be in the sentence
_LEADER_CLAUSE_KEYS = (", when it ", ", where it ", " and has ", " and had ", " and also ", " and still ")
#: After a state: it leads a formation, now or since a date ("has led", "leads", "commands")
_LEADS_AFTER_RE = re.compile(
    r"[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:led|leads|commanded|commands|headed|heads)\b"
)
_SOURCE_AFTER_RE = re.compile(
    r"(?:'s|’s)?[ \t]+(?:-based[ \t]+)?(?:think[ \t]+tank|think-tank|institute|newspaper|news[ \t]+outlet|outlet|"
    r"monitoring[ \t]+group|monitor|research[ \t]+group|researchers|broadcaster|news[ \t]+agency|"
    r"daily|magazine|website|watchdog|"
    # "the Tracking Wagner project": a monitoring project named after whom it watches
    r"project)\b"
)
#: Nouns a force or weapon word only modifies: "missile crisis", "drone programme", "tank factory"
_MODIFIED_HEADS = frozenset(
    {"crisis", "program", "programme", "programs", "programmes", "test", "tests", "factory", "factories", "plant",
     "plants", "industry", "technology", "deal", "deals", "talks", "treaty", "exports", "export", "sales", "maker",
     "makers", "production", "manufacturer", "manufacturers", "museum",
     # "the Kremlin's main military instrument", "its military spending": what the force word describes
     "instrument", "instruments", "tool", "tools", "budget", "budgets", "spending", "doctrine", "strategy"}
)  # fmt: skip
#: After a state's name: its own armed force, then a speech verb ("U.S. Army Europe and Africa said", "the French
#: navy said")
_UNIT_SAYS = (
    r"(?:[ \t]+[A-Z][\w-]*(?:[ \t]+and[ \t]+[A-Z][\w-]*)?)?[ \t]+(?:said|says|announced|confirmed|reported)\b"
)
#: (a service's component command is named in the plural: "U.S. Air Forces Central", "U.S. Naval Forces Europe")
_FORCE_NAMES = (
    r"(?:Army|Navy|Air[ \t]+Forces?|Naval[ \t]+Forces|Marine[ \t]+Forces|Marine[ \t]+Corps|military|navy|army|"
    r"armed[ \t]+forces|Armed[ \t]+Forces)"
)
_OWN_FORCE_SAYS_RE = re.compile(r"[ \t]+" + _FORCE_NAMES + _UNIT_SAYS)
_UNIT_SAYS_RE = re.compile(_UNIT_SAYS)
#: A mention that is itself a state's armed force ("U.S. Army", "Royal Navy")
_FORCE_NAME_END_RE = re.compile(_FORCE_NAMES + "$")
#: A mention that names one of a state's formations ("Marine Expeditionary Unit", "Stryker Brigade Combat Team")
_FORMATION_NAME_END_RE = re.compile(r"[ \t](?:Regiment|Brigade|Division|Fleet|Unit|Force|Team|Group|Wing)$")
#: Prepositions of place: a country after one is where forces are, not whose
_WHERE_PREPS = frozenset({"in", "into", "to", "at", "near", "inside", "across", "towards", "toward", "through"})
#: Prepositions that also modify a count ("around 900", "over 200", "under 50")
_APPROXIMATORS = frozenset({"around", "over", "under"})
_APPROXIMATED_COUNT_RE = re.compile(
    r"\b(?:[Aa]round|[Oo]ver|[Uu]nder)[ \t]+\d[\d,.]*(?:[ \t]+(?:thousand|hundred|million))?[ \t]+$"
)
_AID_VERBS = frozenset({"help", "support", "back", "assist", "aid", "reinforce", "defend", "fight", "join"})
#: Right before a force named as the one helped: "had helped Moscow's forces", "assisting the Malian army"
_AID_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:help|helps|helped|helping|assist|assists|assisted|assisting|support|supports|supported|supporting)"
    r"[ \t]+(?:the[ \t]+)?$"
)
#: A capitalised word right before a group's name ("Lebanese Hezbollah")
_DEMONYM_WORD_BEFORE_RE = re.compile(r"[ \t][A-Z][a-z]+[ \t]+$")
#: After a group's name, the media it runs ("Houthi-run media", "Hezbollah-controlled television"): its own voice,
#: like "Houthi media", so the fighters whose deaths they report are the group's
_RUN_MEDIA_AFTER_RE = re.compile(
    r"-(?:run|controlled|owned|affiliated)[ \t]+(?:media|television|TV|outlets?|channels?|broadcaster|radio|"
    r"news[ \t]+agency|press|websites?)\b"
)
_GROUP_HEAD_AFTER_RE = re.compile(r"(?:'s|’s)?[ \t]+(?:chief|founder|boss|leader|commander|head)\b")
_LEADER_AFTER_RE = re.compile(r"[ \t]+(?:leader|ruler|strongman|President|Supreme[ \t]+Leader)[ \t]+[A-Z]")
_LEADER_ACTS_RE = re.compile(
    r"[ \t]+(?:leader|ruler|strongman|President|Supreme[ \t]+Leader)[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,4}"
    r"(?!said\b|says\b|told\b|stated\b|claimed\b|announced\b|warned\b|insisted\b|denied\b)[a-z]+"
)
#: "... said it had spotted", "... said last week that it ... was watching for": a speaker that only observes
_OBSERVER_SPEAKS_RE = compile_gated(
    r"\b(?:said|says|reported|added)\b[^.;]{0,80}?\bit\b[^.;]{0,80}?"
    r"\b(?:spotted|observed|watching|monitoring|tracking|tracked|monitored|detected)\b"
)
#: ", a Central African army officer said": a speaker named in a trailing attribution
_ATTRIBUTION_BEFORE_RE = re.compile(r",[ \t]+(?:an?|the|one|two|three)[ \t]+$")
_ATTRIBUTION_AFTER_RE = re.compile(r"(?:[ \t]+[\w-]+){0,3},?[ \t]+(?:said|says|told|added|reported)\b")
#: "aboard a Russian military transport plane": the vehicle's owner, not the forces carried
_CARRIER_BEFORE_RE = re.compile(r"\b(?:aboard|on[ \t]+board|onboard)[ \t]+(?:a|an|the|two|three|several)?[ \t]*$")
#: "the former Wagner base", "an ex-French camp": a facility named after whoever held it before
_FORMER_BEFORE_RE = re.compile(r"\b(?:former|ex-|erstwhile|old)[ \t]*$", re.IGNORECASE)
#: "where the new force replaced the Wagner Group": the group a successor replaced (the object of the clause's verb)
#: Before the owner of weapons whose reach is told: "beyond the range of most", "within reach of"
_REACH_OF_BEFORE_RE = re.compile(
    r"\b(?:range|reach)[ \t]+of[ \t]+(?:(?:the|most|many|all|some|its|their|much)[ \t]+)?(?:of[ \t]+the[ \t]+)?$"
)
#: The sides of a place: "in western and northern Niger"
_COMPASS_WORDS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
     "northwestern", "southeastern", "southwestern"}
)  # fmt: skip
#: After a possessive, a site named: "Kuwait's Camp Arifjan", "Djibouti's Camp Lemonnier"
_NAMED_SITE_AFTER_RE = re.compile(
    r"(?:'s|’s)[ \t]+(?:(?:al-|el-|ad-|as-|at-|an-)?[A-Z][\w-]*[ \t]*){1,4}"
    r"(?=[ \t]*(?:[a-z]|,|$))"
)
_SUCCEEDED_BEFORE_RE = re.compile(r"\b(?:replaced|replacing|replaces|succeeded|supplanted)[ \t]+(?:the[ \t]+)?$")
#: "a deployment in support of the alliance's eastern mission": the one supported, not whose forces move
_SUPPORTED_BEFORE_RE = re.compile(r"\bin[ \t]+support[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_FACILITY_AFTER_RE = re.compile(
    # ("the former French drone base": what the base served may stand between)
    r"(?:'s|’s)?[ \t]+(?:(?:military|drone|naval|navy|army|air|logistics|training|helicopter)[ \t]+)?"
    r"(?:base|bases|camp|camps|compound|headquarters|airbase|air[ \t]+base|"
    r"outpost|garrison|barracks)\b"
)
_IT_SUBJECT_RE = re.compile(r"[ \t]*(?:-[ \t]+)?It[ \t]+(?!is\b|was\b)")
#: "It now keeps", ", it has": "it" as a clause's subject (not "it is", an impersonal "it")
_IT_CLAUSE_SUBJECT_RE = re.compile(r"(?:^|[,;][ \t]+)[ \t]*[Ii]t[ \t]+(?!is\b|was\b|has[ \t]+been\b)")
#: After recruited nationals as a subject, a move of theirs: " had been deployed", " were sent", " are stationed"
_NATIONALS_MOVED_RE = re.compile(
    r"[ \t]+(?:(?:have|has|had|were|was|are|is|will)[ \t]+)?(?:(?:now|since|then|also|later|first|all|been|be|"
    r"being|[a-z]+ly)[ \t]+)*(?:deployed|sent|stationed|posted|moved|transferred|dispatched|redeployed)\b"
)
#: "drawn mostly from factions of the", "recruited from the ranks of": the group named next is where fighters
#: come from
_RECRUITED_FROM_BEFORE_RE = re.compile(
    r"\b(?:drawn|recruited|hired|picked|selected)[ \t]+(?:(?:mostly|mainly|largely|chiefly|partly|primarily)[ \t]+)?"
    r"from[ \t]+(?:(?:the[ \t]+)?(?:ranks|units|factions|members|veterans|remnants|ex-members)[ \t]+of[ \t]+)?"
    r"(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}$"
)
_ITS_SUBJECT_RE = re.compile(r"[ \t]*(?:-[ \t]+)?Its[ \t]+")
#: A state's delegate to a council or body: "Pakistan's representative", "Ghana's permanent representative"
#: A side's own outlet right before its name: "a channel close to the", "an account linked to": it speaks for them
_SIDE_OUTLET_BEFORE_RE = re.compile(
    r"\b(?:channels?|accounts?|bloggers?|outlets?|websites?|sources?)[ \t]+(?:close[ \t]+to|linked[ \t]+to|"
    r"tied[ \t]+to|affiliated[ \t]+with|connected[ \t]+to|run[ \t]+by)[ \t]+(?:the[ \t]+)?$"
)
_DELEGATE_AFTER_RE = re.compile(
    r"[\w.-]+(?:'s|’s)[ \t]+(?:(?:permanent|deputy|U\.?N\.?)[ \t]+)?(?:representative|delegate|envoy)\b"
    # "Venezuelan Defence Minister X announced a deployment of some 200,000 troops": its own forces
    r"|[\w.-]+(?:(?:'s|’s)[ \t]+|[ \t]+)(?:[Dd]efen[cs]e|[Aa]rmy|[Mm]ilitary|[Aa]rmed[ \t]+[Ff]orces)[ \t]+"
    r"(?:[Mm]inister|[Ss]ecretary|[Cc]hief|[Ss]pokes(?:man|woman|person))\b"
)
#: A force named as the speaker: "Russia's Black Sea Fleet said", "the Chinese navy told"
_FORCE_SPEAKS_RE = re.compile(
    r"(?:'s|’s)?(?:[ \t]+[\w-]+){1,4}?(?:[ \t]+on[ \t]+[A-Z][a-z]+day)?[ \t]+"
    r"(?:said|says|told|reported|announced|claimed|stated)\b"
)
#: Between a speech verb and the subject of the clause it reports: " ", " that ", " separately that the "
_REPORTED_SUBJECT_GAP_RE = re.compile(
    r",?[ \t]+(?:(?:on[ \t]+[A-Z][a-z]+day|[a-z]+ly)[ \t]+)?(?:that[ \t]+)?(?:the[ \t]+)?"
)
#: A model designator and its name after a demonym: " RQ-4 Global Hawk", " MQ-9 Reaper", " F-35A"
_MODEL_NAME_RE = re.compile(r"[ \t]+[A-Z]{1,4}-\d{1,3}[A-Z]{0,2}(?:[ \t]+[A-Z][a-z]+){0,2}(?=[ \t]+[a-z])")
#: A sentence that opens with a state as its setting: "In Tanzania, the army said ..."
_IN_STATE_LEAD_RE = re.compile(r"[ \t]*In[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}),[ \t]+")


_POSSESSIVE_START_RE = re.compile(r"^(?:'s|’s|')")
#: A force that observes, attacks or captures another: "Ukrainian forces have spotted", "JNIM fighters ambushed"
#: (not one that shoots down or destroys: "the destroyer shot down a drone in the Red Sea" is where the ship is)
_OBSERVER_AFTER_RE = re.compile(
    r"(?:'s|’s)?(?:[ \t]+(?!(?:been|be|being|was|were|is|are)\b)[\w-]+){1,3}?[ \t]+(?:(?:have|has|had)[ \t]+)?"
    r"(?:also[ \t]+)?(?:spotted|saw|seen|observed|detected|identified|found|tracked|photographed|filmed|located|"
    r"engaged|attacked|ambushed|captured)\b"
)
#: A possessive relative after a name: "Wagner, whose", "the Wagner Group, whose"
_WHOSE_RE = re.compile(r"[ \t]*,[ \t]*whose\b")
#: What may stand between an actor's name and the comma of its relative: the rest of a capitalised name
_NAME_TAIL_RE = re.compile(r"(?:[ \t]+[A-Z][\w.'’-]*){0,3}")
_LETTER_START_RE = re.compile(r"^[ \t]*[A-Za-z]")
#: After a demonym, a field of study or policy that makes it part of an institution's name: "(North Korean) Studies",
#: "(Russian) and Eurasian Affairs"
_FIELD_NAME_AFTER_RE = re.compile(r"(?:[ \t]+and[ \t]+[A-Z][\w-]*)?[ \t]+(?:Studies|Affairs)\b")
#: After a demonym: "(Russian) army contracts", "(Russian) military ID cards": papers of an army, not its forces
_FORCE_PAPERS_AFTER_RE = re.compile(
    r"[ \t]+(?:army|military|defen[cs]e[ \t]+ministry)[ \t]+(?:contracts?|papers|documents|passports?|"
    r"ID[ \t]+cards?|identity[ \t]+cards?|salaries|salary|pay)\b"
)
#: After a demonym: "(Russian) instructors of the corps", "(Russian) military advisers of the corps"
_OF_THE_CORPS_RE = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,3}?[ \t]+of[ \t]+the[ \t]+corps(?![\w-])")



#: After a place used as an actor's name: where an organisation or a unit sits, never whose forces are counted
_BASED_SUFFIXES = ("-based", "–based")


def _noun_follows(text: str, end: int, nouns: frozenset[str], window: int) -> bool:
    """Whether one of ``nouns`` (one word or two) comes right after ``end``: "Colombian mercenaries", "Belarusian
    volunteers", "Nepali contract soldiers"."""
    ws = _words(text[end : end + window])[:2]
    return bool(ws) and (ws[0] in nouns or " ".join(ws) in nouns)

#: What a sponsor calls the men it sends to its group's theatre ("instructors", "advisers"): the group's men.
_SENT_PERSONNEL_NOUNS = frozenset(
    {"instructors", "instructor", "advisers", "advisors", "adviser", "advisor", "trainers", "specialists",
     "contractors"}
)  # fmt: skip
#: "into", then a possessive name and up to three capitalised words right before a name ("into Moscow's new
#: State-run "): the name is still where something goes ("linked to Russia's Africa Corps" may name the owner)
_PREP_POSSESSOR_BEFORE_RE = re.compile(
    r"\binto[ \t]+(?:the[ \t]+)?[A-Z][\w.-]*(?:'s|’s)[ \t]+"
    r"(?:[A-Z][\w-]*[ \t]+){0,3}$"
)
#: The body another is merged into, right before its name: "folded into Russia's ", "absorbed into the "
_MERGED_INTO_BEFORE_RE = re.compile(
    r"\b(?:folded|merged|absorbed|integrated|incorporated|subsumed)[ \t]+into[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’.-]*[ \t]+){0,4}$"
)
#: A relative clause of place after a name: "in the CAR, where".
_WHERE_AFTER_RE = re.compile(r",?[ \t]+where\b")
#: After a state's name, its intelligence service: "South Korea's spy agency", "Ukraine's military intelligence".
#: People who speak for an organisation: a force word before one qualifies the speaker ("an army source")
_SPEAKER_PERSON_NOUNS = frozenset({"source", "sources", "official", "officials", "spokesman", "spokeswoman",
                                   "spokesperson", "diplomat", "diplomats"})  # fmt: skip
_SPY_AGENCY_AFTER_RE = re.compile(
    r"(?:'s|’s)?[ \t]+(?:[A-Z]?[a-z]+[ \t]+){0,2}(?:spy[ \t]+agency|[Ii]ntelligence|spy[ \t]+service)\b"
)
#: After a demonym, a war or crisis it names ("the Syrian civil war", "the Libyan conflict", "the Cuban missile
#: crisis"), not a state's forces.
_WAR_AFTER_RE = re.compile(
    r"[ \t]+(?:civil[ \t]+|missile[ \t]+|hostage[ \t]+|border[ \t]+)?"
    r"(?:war|conflict|crisis|revolution|ceasefire|truce)\b"
)
#: Nouns of a force's losses that a demonym or name before them owns ("Ukrainian losses").
_LOSS_HEADS = frozenset({"casualties", "losses", "deaths"})


#: "to its Africa Corps": the sender's own group as the recipient
_TO_ITS_BEFORE_RE = re.compile(r"\bto[ \t]+(?:its|their)[ \t]+$")
#: "the palace that Wagner used as a training camp,": a relative clause on a place, closed by a comma
_PLACE_THAT_SPAN_RE = re.compile(
    r"\b(?:palace|capital|camp|base|airport|airfield|port|mine|compound|building|facility|site|town|village|city|area|"
    r"region|district|hub|depot|headquarters)[ \t]+(that[ \t]+[^,;.]*,)"
)
#: determiners among the place modifiers: "linked to the Wagner Group said its men" keeps its antecedent
_DETERMINER_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her"}) | _PREP_OBJECT_WORDS
#: after "special operations": the people of that branch
_OPERATIONS_HEADS = frozenset({"commandos", "operators", "soldiers", "troops", "personnel", "units", "forces"})
#: 'known as the "': a quoted nickname follows (a state's name in it names where a unit serves, not its owner)
_NICKNAME_BEFORE_RE = re.compile(r"\b(?:known[ \t]+as|dubbed|nicknamed|called)[ \t]+(?:the[ \t]+)?[\"“‘']$")
_OPEN_NAME_QUOTES = "\"“‘'"
#: "from Germany to Qatar": a destination right after the state a move starts from
_FROM_TO_AFTER_RE = re.compile(r",?[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z]")
#: "about 1,500 from Nepal": a bare count right before "from" and a country's name
_FROM_AFTER_COUNT_RE = re.compile(r"\d[ \t]+from[ \t]+$")


class _NounMemo:
    """``OwnerRules._bound_noun_after``'s answers by the text it reads, for one set of cues."""

    def __init__(self) -> None:
        self.cues: Cues | None = None
        self.answers: dict[str, str | None] = {}


_NOUN_MEMO = _NounMemo()


class _ShipKindMemo:
    """Whether the body last asked about holds one of ``_SHIP_KINDS`` (``_owner_candidate`` asks per mention)."""

    def __init__(self) -> None:
        self.body = ""
        self.has_kind = False


_SHIP_KIND_MEMO = _ShipKindMemo()


def _body_names_ship_kind(body: str) -> bool:
    memo = _SHIP_KIND_MEMO
    if body != memo.body:  # (the same body object: an identity test)
        memo.has_kind = any(k in body for k in _SHIP_KINDS)
        memo.body = body
    return memo.has_kind
#: The memo starts afresh when it holds this many texts (a few hundred KB at most).
_NOUN_MEMO_MAX = 4096


@trait
class OwnerRules(ExtractorBase):
    """Who owns the forces a sentence counts or places."""

    def _owner_candidate(self, body: str, m: ActorMention) -> bool:
        """Whether a mention can own the forces of its sentence. A name that only modifies a venue or an
        attribute ("the NATO summit", "Madrid summit", "NATO soil") names no forces, and a state that leads a
        multinational formation ("Canada leads NATO's battlegroup", "the German-led battlegroup") does not own
        the formation's troops: the alliance does."""
        cues = self.cues
        # (a gate, once a body: _UNNAMED_SHIP_RE cannot match without one of the kinds of ship)
        if m.entry.actor.kind == "state" and _body_names_ship_kind(body) and _UNNAMED_SHIP_RE.match(body, m.end):
            return True  # "a U.S. Coast Guard cutter with about 100 crew": the state's ship
        if (
            m.entry.form in ("name", "metonym")
            and _POSSESSIVE_DET_RE.search(body, max(0, m.start - 8), m.start)
            and self.gazetteer.lookup(m.text) is not None
        ):
            # "its Djibouti garrison", "their Niger base": a place the owner's forces are in ("its Ground
            # Self-Defense Force" is no place: the state's own force, still an owner)
            return False
        if (
            m.entry.actor.kind == "state"
            and m.start > 0
            and body[m.start - 1] in _OPEN_NAME_QUOTES
            and _NICKNAME_BEFORE_RE.search(body, max(0, m.start - 24), m.start)
        ):
            return False  # 'the brigade, known as the "Lithuania Brigade,"': a nickname names where, not whose
        if m.entry.form == "demonym" and _FIELD_NAME_AFTER_RE.match(body, m.end):
            return False  # "the Institute of North Korean Studies in Seoul": an institution's name, no forces
        if m.entry.form == "demonym" and _FORCE_PAPERS_AFTER_RE.match(body, m.end):
            return False  # "recruits were handed Russian army contracts": the employer's papers, not its forces
        if _SOURCE_AFTER_RE.match(body, m.end):
            return False  # "published by a U.S. think tank", "a British monitoring group": who reports, no forces
        if body.startswith(_BASED_SUFFIXES, m.end):
            return False  # "a London-based research group", "Germany-based U.S. soldiers": where one sits, not whose
        if m.entry.form == "group" and _GROUP_HEAD_AFTER_RE.match(body, m.end):
            return True  # "the Wagner chief said 20,000 of his fighters": "his" men are the group's
        if m.entry.actor.kind == "state" and m.entry.form == "demonym" and _LEADER_AFTER_RE.match(body, m.end):
            # "North Korean leader Kim Jong Un welcomed home a unit that spent months in Kursk": the leader acts
            # for the state, whose forces the sentence speaks of
            return True
        if m.entry.form == "demonym" and _WAR_AFTER_RE.match(body, m.end):
            return False  # "During the Syrian war, it sent up to 7,000 fighters to Syria": a war's name, no forces
        if (
            body.startswith(_NOT_OWNER_SUFFIXES, m.end)
            and not (m.entry.actor.kind == "group" and _RUN_MEDIA_AFTER_RE.match(body, m.end))
        ):
            # ("Houthi-run media reported the deaths of 12 fighters": the group's own media, its own fighters)
            # "a Liberian-flagged tanker": a merchant ship's flag, no forces; "Chinese-made drones" that the UAE
            # delivered: who built the weapon, not whose it is
            return False
        if (
            m.entry.form == "name"
            and m.entry.actor.kind == "state"
            and not m.possessive
            and _PLACE_ROLE_AFTER_RE.match(body, m.end, m.end + 60)
        ):
            return False  # "Libya remains the main hub, with about 1,800 personnel": where, not whose
        if (
            m.entry.actor.kind == "state"
            and not m.possessive
            and "host" in body[m.end : m.end + 9]
            and _HOSTS_BARE_COUNT_AFTER_RE.match(body, m.end, m.end + 60)
        ):
            return False  # "Chad hosts a few hundred": the host of the forces the item counts
        if (
            m.entry.actor.kind == "state"
            and body.endswith("and ", 0, m.start)
            and _GAPPED_HOST_BEFORE_RE.search(body, max(0, m.start - 60), m.start)
            and _BARE_COUNT_AFTER_RE.match(body, m.end, m.end + 40)
        ):
            return False  # "..., and Sudan fewer than 400": a second host, its verb gapped
        if body.endswith("-", 0, m.start) and _ENEMY_PREFIX_BEFORE_RE.search(body, max(0, m.start - 10), m.start):
            return False  # "the anti-ISIS coalition", "the Defeat-ISIS mission": the group fought, not the forces
        if "support" in body[max(0, m.start - 24) : m.start] and _SUPPORTED_BEFORE_RE.search(
            body, max(0, m.start - 24), m.start
        ):
            return False  # "arrived for a rotation in support of NATO's mission": who is helped, not who arrives
        if _FORMER_BEFORE_RE.search(body, max(0, m.start - 12), m.start) and _FACILITY_AFTER_RE.match(body, m.end):
            return False  # "took over the former Wagner base at Kidal": whose the base was, not who is there now
        if m.entry.form == "metonym" and m.possessive and _CITY_PART_RE.match(body, m.end):
            return False  # "the Turkish detachment at Mogadishu's airport": the capital is where, not whose
        if m.entry.form == "demonym" and (dl := _DEMONYM_LIST_AFTER_RE.match(body, m.end)) is not None:
            # "near the Greek, Bulgarian and Turkish frontiers": demonyms listed before one head share it
            tail = dl.end()
            if cues.attributive_re.match(body, tail) and not cues.force_org_after_re.match(body, tail):
                return False
        if (
            cues.attributive_re.match(body, m.end)
            and not cues.force_org_after_re.match(body, m.end)  # "Jamaica's coast guard": a force, not the coast
            # "1,200 SANDF members": the members of a state's armed forces (its metonym), not member states
            and not (m.entry.form == "metonym" and _MEMBERS_AFTER_RE.match(body, m.end))
            # "killed 30 Hezbollah members": an armed group's members are its fighters (a state's are member states)
            and not group_members_after(body, m)
            # "one of its Malaysian members": the state's people in a team counted by the partitive
            and not (
                m.entry.form == "demonym"
                and _MEMBERS_AFTER_RE.match(body, m.end)
                and _OF_ITS_BEFORE_RE.search(body, max(0, m.start - 12), m.start)
            )
            and not self._bound_noun_after(body, m)
            and not (m.entry.actor.kind == "state" and cues.organ_subject_re.match(body, m.end))
        ):
            return False
        return not (
            m.entry.actor.kind == "state"
            and cues.leader_re.match(body, m.end)
            # "Canada has led the battlegroup since 2017, when it first sent 450 soldiers": the pronoun's own forces
            and _LEADER_PRONOUN_CLAUSE_RE.match(body, m.end) is None
        )

    def _company_mentions(self, body: str, found: list[ActorMention]) -> list[ActorMention]:
        """A private security or military company the item introduces by name ("Cordillera Risk Group, a private
        security company", "the U.S. security company Cordillera Risk Group") is its own actor, like a PMC in the
        table: its name, its first word alone ("Cordillera contractors") and "the firm"/"the company" after it."""
        low = body.lower()
        if not any(k in low for k in _COMPANY_KEYS):
            return found  # most items name no company: skip the patterns
        entries: dict[str, tuple[ActorEntry, int]] = {}
        wide: list[tuple[int, int, str]] = []
        for cm in _COMPANY_RE.finditer(body):
            name = (cm.group("name") or cm.group("name2") or cm.group("name3") or cm.group("name4")).strip()
            if name in entries or self.actors.find(name) or self.gazetteer.lookup(name) is not None:
                continue  # a known actor or a place ("a Turkish security company in Mali")
            dem = next(
                (m for m in found if cm.start() - 12 <= m.start < cm.end() and m.entry.actor.kind == "state"), None
            )
            if dem is not None and cm.group("name2") and _DEM_COMPANY_RE.fullmatch(body, dem.end, cm.start("name2")):
                wide.append((dem.start, cm.end("name2"), name))  # "the U.S. security company X": one name
            actor = Actor(name=name, code=slug(name), kind=ActorKind.group)
            entries[name] = (ActorEntry(actor, "group", sponsor=None), cm.start())
        if not entries:
            return found
        added: list[ActorMention] = [
            ActorMention(a, b, body[a:b], entries[n][0], body.startswith(("'s", "’s"), b))
            for a, b, n in wide
            if n in entries
        ]
        for name, (entry, first) in entries.items():
            forms = [name]
            head = name.split()[0]
            if len(name.split()) > 1 and len(head) >= 4 and not self.actors.find(head):
                forms.append(head)  # "Cordillera contractors"
            for form in forms:
                for fm in re.finditer(r"\b" + re.escape(form) + r"\b", body):
                    if any(a.start <= fm.start() < a.end for a in added):
                        continue
                    poss = body.startswith(("'s", "’s"), fm.end())
                    added.append(ActorMention(fm.start(), fm.end(), form, entry, poss))
            for fm in _THE_FIRM_RE.finditer(body, first):
                poss = body.startswith(("'s", "’s"), fm.end())
                added.append(ActorMention(fm.start(), fm.end(), fm.group(0), entry, poss))
        kept = [m for m in found if not any(a.start < m.end and m.start < a.end for a in added)]
        return sorted([*kept, *added], key=_start)

    def _ship_prefix(self, m: ActorMention) -> bool:
        """A navy's ship prefix ("HMS", "USS", "PNS"): it names a warship, and the state whose it is."""
        return m.text.isupper() and m.text.lower() in self.cues.warship_words

    def _ship_mentions(
        self, body: str, mentions: list[ActorMention], every: list[ActorMention] | None = None
    ) -> list[ActorMention]:
        """A warship introduced with its state ("the German navy frigate Hessen", "Italy's destroyer Caio Duilio")
        is that state's wherever the item names it again on its own ("The Hessen, with about 240 crew")."""
        ship_re = self.cues.ship_name_re
        names: dict[str, tuple[ActorEntry, int]] = {}
        for m in mentions:
            if m.entry.actor.kind != "state":
                continue
            sm = ship_re.match(body, m.end)
            if sm is not None and not self._ship_prefix(m) and self.cues.speech_verbs & set(
                _words(body[m.end : sm.start("name")])
            ):
                continue  # "a diplomat in Banjul said HMS Mersey ...": the ship is not the place's
            if sm is not None:
                state = self.actors.state(m.entry.actor.code) or m.entry
                names.setdefault(sm.group("name"), (state, sm.end()))
                prefix, _, rest = sm.group("name").partition(" ")
                if rest and prefix.lower() in self.cues.warship_words:
                    names.setdefault(rest, (state, sm.end()))  # "HMS Prince of Wales", later "the Prince of Wales"
        # (a cheap gate, once a body: _UNNAMED_SHIP_RE cannot match without one of the kinds of ship)
        for m in (every or ()) if _body_names_ship_kind(body) else ():
            if m.entry.actor.kind != "state" or (um := _UNNAMED_SHIP_RE.match(body, m.end)) is None:
                continue
            # "a U.S. Coast Guard cutter ... The cutter Kimball": a ship named later by its kind alone is the one
            # that state sent (the state's name before it may be a mere modifier, no owner candidate)
            state = self.actors.state(m.entry.actor.code) or m.entry
            named = re.compile(r"\b[Tt]he[ \t]+" + um.group("kind") + _SHIP_NAME_AFTER)
            for nm in named.finditer(body, um.end()):
                names.setdefault(nm.group("name"), (state, nm.start("name")))
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

    def _context_actor(
        self, st: State, text: str, pos: int, mentions: list[ActorMention], speaker_owns: bool = True
    ) -> ActorEntry | None:
        """Whose a figure is when its sentence names no owner: the item's focus, unless "the navy", "the army"
        stands before it: that is the force of the state the paragraph speaks of ("Cambodian officials say ...
        The navy has about 2,800 personnel"; "A Turkish official said the army kept 5,000 troops")."""
        if (
            st.named_groups
            and st.named_groups[-1] is not st.group_actor
            and (
                tg := _THE_GROUP_RE.search(text, 0, len(text) if _FACT_LINE_RE.match(text) else pos)
            ) is not None
        ):
            # "Wagner said it was leaving Mali. At its peak the group had 2,000 men there": the group named
            # last, even when it only spoke and the item is about another; "the corps" is the one whose name
            # says corps ("... the Wagner Group has been folded into the Africa Corps")
            head = tg.group(1).lower()
            return next((g for g in reversed(st.named_groups) if head in g.actor.name.lower()), st.named_groups[-1])
        if not self.cues.definite_force_re.search(text, 0, pos):
            if (
                st.group_actor is not None
                and st.group_subject_sentence == st.sentence_no - 1
                and _IT_SUBJECT_RE.match(text)
            ):
                return st.group_actor  # "The task group took in its first ships in July. It now has six ..."
            if st.mission_actor is not None and (
                _THE_MISSION_RE.search(text, 0, pos) or _THE_FORCE_RE.search(text, 0, pos)
            ):
                # "The mission was meant to number 2,500", "The force now numbers 1,100": the mission named before
                return st.mission_actor
            if (
                st.formation_owner
                and (fs := _FORMATION_SUBJECT_RE.match(text)) is not None
                and fs.end() <= pos
                and (owner := st.formation_owner.get(fs.group(1).lower())) is not None
                and all(m.start >= pos or self._after_preposition(text, m) for m in mentions)
            ):
                return owner  # "Spain's 12th Brigade ... The brigade will bring 40 tanks": the formation's owner's
            # "Chadian fighters are guarding oil fields in Sudan; at least 12 have been killed": a bare count
            # after the forces a sentence names is theirs, not the item's focus
            bound = next(
                (m for m in reversed(mentions)
                 if m.end <= pos and not self._after_preposition(text, m)
                 and not _in_quotes(text, m.start)  # 'described them as "Russian instructors"': a label
                 and not self._side_object(text, m)  # "have joined the Russian army": the side they serve
                 and not _operated_kit(text, m)  # "to help operate Russian radars": the kit's maker, not theirs
                 and self._bound_noun_after(text, m)),
                None,
            )  # fmt: skip
            if bound is not None:
                return bound.entry
            outlet = next(
                (m for m in mentions
                 if m.end <= pos and m.entry.actor.kind != "state"
                 and _SIDE_OUTLET_BEFORE_RE.search(text, max(0, m.start - 40), m.start)),
                None,
            )  # fmt: skip
            if outlet is not None:
                # "A channel close to the group admitted that 9 fighters died": a group's own outlet counts its men
                return outlet.entry
            if st.focus is None and speaker_owns:
                # the item's first count, its owner unnamed: the state that speaks of it ("The Pentagon said two
                # more P-8As arrived at Kadena", "The French navy said 1,200 sailors were deployed"); not a toll
                # ("Colombia said two of the dead were Colombians": whose dead is the sentence's question)
                speaker = next(
                    (m for m in mentions
                     if m.end <= pos and m.entry.actor.kind == "state" and not self._after_preposition(text, m)
                     and self._is_speaker(text[m.end : m.end + 40])
                     # ("South Korea's spy agency said a fresh contingent of 3,000 troops was being sent": an
                     # intelligence service reports on others' forces, not its own state's)
                     and not _SPY_AGENCY_AFTER_RE.match(text, m.end)),
                    None,
                )  # fmt: skip
                if speaker is None:
                    # "About 4,000 soldiers are beginning a rotation in Poland, U.S. Army Europe said": a state's own
                    # armed force that reports the item's first count after it speaks of its own soldiers
                    speaker = next(
                        (m for m in mentions
                         if m.start > pos and m.entry.actor.kind == "state" and not m.possessive
                         and (_OWN_FORCE_SAYS_RE.match(text, m.end)
                              # ("U.S. Forces Japan said": a state's command in a host country, named as one)
                              or ((_FORCE_NAME_END_RE.search(m.text) or " Forces " in m.text
                                   # ("the 5th Marine Expeditionary Unit said": a state's formation by its name)
                                   or _FORMATION_NAME_END_RE.search(m.text))
                                  and _UNIT_SAYS_RE.match(text, m.end)))),
                        None,
                    )  # fmt: skip
                if speaker is not None:
                    return speaker.entry
            if (
                _ITS_SUBJECT_RE.match(text)
                and st.lead_actor is not None
                and st.lead_actor_sentence == st.sentence_no - 1
                and st.para_actor_paragraph == st.paragraph
                and st.lead_actor.actor.kind == "state"
            ):
                # "France has watched the rapprochement with Moscow with concern. Its Southern Indian Ocean command
                # keeps about 1,700 troops in Reunion": a sentence opening with "Its" speaks of the state that the
                # sentence before opened with
                return st.lead_actor
            if (
                st.title_owner is not None
                and ("it " in text or "It " in text)
                and not any(m.start < pos for m in mentions)
                and _IT_CLAUSE_SUBJECT_RE.search(text, 0, pos) is not None
            ):
                # "Where Ghana's soldiers serve" over "With a small army, it now keeps 2,000 troops abroad": a
                # pronoun subject no name in the sentence explains is the state the headline names
                return st.title_owner
            delegate = next(
                (m for m in mentions
                 if m.end <= pos and m.entry.actor.kind == "state" and _DELEGATE_AFTER_RE.match(text, m.start)),
                None,
            )  # fmt: skip
            if delegate is not None:
                # "Pakistan's representative said a battalion of around 600 soldiers would deploy": a state's
                # delegate speaks of its own forces, whatever state the item spoke of before
                return delegate.entry
            if st.title_actor is not None and _WE_HAVE_BEFORE_RE.search(text, 0, pos) is not None:
                # "We have about 5,000 service members there" in a Pentagon briefing's transcript: the speaker's
                # own forces, whatever the question before was about
                return st.title_actor
            return st.focus if st.focus is not None else st.title_actor
        # a navy, an army, a garrison is a state's: a group named before it (a naval mission the state is not part
        # of, "Operation Aspides") is not its owner
        here = [
            m for m in mentions
            if m.end <= pos and not self._after_preposition(text, m) and m.entry.actor.kind == "state"
        ]  # fmt: skip
        if here:
            return here[-1].entry
        if (lead := _IN_STATE_LEAD_RE.match(text)) is not None:
            # "In Tanzania, the army said it had about 400 soldiers": the state the sentence opens with
            inn = next(
                (m for m in mentions if m.start == lead.start(1) and m.entry.actor.kind == "state" and m.end <= pos),
                None,
            )
            if inn is not None:
                return inn.entry
        if (
            st.para_actor is not None
            and st.para_actor_paragraph == st.paragraph
            and st.para_actor.actor.kind == "state"
        ):
            return st.para_actor
        if st.state_focus is None and st.focus is None:
            # "The Army is deploying 900 soldiers to X, the Pentagon said": the item has named no state yet; the
            # state that speaks of the force is its owner
            speaker = next(
                (m for m in mentions
                 if m.entry.actor.kind == "state" and not m.possessive and not self._after_preposition(text, m)
                 and self._is_speaker(text[m.end : m.end + 40])),
                None,
            )  # fmt: skip
            if speaker is not None:
                return speaker.entry
        return st.state_focus or st.focus

    def _bound_noun_after(self, text: str, m: ActorMention) -> str | None:
        """The force noun a mention modifies: "North Korean troops", "Wagner's fighters"."""
        # (the answer depends only on the 60 characters after the mention: the rules of one sentence ask it again and
        # again of the same mentions, so it is remembered per text)
        if m.possessive and self._host_of_site(text, m):
            return None
        rest = text[m.end : m.end + 60]
        memo = _NOUN_MEMO
        if memo.cues is not self.cues or len(memo.answers) >= _NOUN_MEMO_MAX:
            memo.cues = self.cues
            memo.answers = {}
        if rest in memo.answers:
            return memo.answers[rest]
        noun = self._bound_noun_in(rest)
        memo.answers[rest] = noun
        return noun

    @staticmethod
    def _reach_owner(text: str, m: ActorMention) -> bool:
        """ "beyond the range of most Chinese missiles": the owner of a threat whose reach is told, placed nowhere."""
        return _REACH_OF_BEFORE_RE.search(text, max(0, m.start - 40), m.start) is not None

    def _host_of_site(self, text: str, m: ActorMention) -> bool:
        """Whether a state's possessive names a site in its own land ("Kuwait's Camp Arifjan has 900
        personnel"): the state is the host, the forces there are guests ("Russia's Hmeimim base", abroad, is the
        owner's)."""
        return (
            m.entry.actor.kind == "state"
            and (site := _NAMED_SITE_AFTER_RE.match(text, m.end)) is not None
            and any(
                p.place.kind != "country" and p.place.country_code == m.entry.actor.code
                for p in self.gazetteer.find(site.group(0))
            )
        )

    def _bound_noun_in(self, rest: str) -> str | None:
        """``_bound_noun_after`` for the text right after the mention."""
        cues = self.cues
        rest = _POSSESSIVE_START_RE.sub("", rest)
        if (md := _MODEL_NAME_RE.match(rest)) is not None:
            rest = rest[md.end() :]  # "a U.S. RQ-4 Global Hawk surveillance drone": the model names the noun after it
        toks = _WORD_RE.findall(rest.lower())[:4]
        # stop at the first function word
        for i, w in enumerate(toks):
            # ("defend Israel against missile attacks": a preposition ends the name's phrase before the noun)
            if w in ("in", "to", "from", "of", "and", "or", "at", "on", "that", "which", "has", "had", "is", "with",
                     "was", "were", "are", "have", "said", "says", "against", "for", "by"):  # fmt: skip
                return None
            if i > 0 and w in ("the", "a", "an"):
                return None  # "Rabat expects the Wagner Group to ...": an article opens another's noun phrase
            two = f"{w} {toks[i + 1]}" if i + 1 < len(toks) else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if w in _NAMING_VERBS:
                return None  # 'what Moscow called "instructors"': a label the speaker gives others' men
            if (
                w.endswith("ed")
                and w not in cues.force_nouns
                and nxt not in cues.force_nouns
                and nxt not in cues.equipment_force_nouns  # "self-propelled guns", "unmanned boats"
                and two not in cues.force_nouns
            ):
                return None  # "al-Shabaab ambushed Turkish troops": a verb, the troops are its object
            if w in cues.agency_heads or nxt in cues.agency_heads:
                return None  # "Lithuanian military intelligence said": an agency speaks, it is no force
            if w in cues.force_nouns or w in cues.equipment_force_nouns or two in cues.force_nouns:
                after = toks[i + 2] if two in cues.force_nouns and i + 2 < len(toks) else nxt
                if after in _MODIFIED_HEADS:
                    return None  # "the 1962 Cuban missile crisis", "its drone programme": no forces named
                return (two if two in cues.force_nouns else w) if _LETTER_START_RE.match(rest) else None
            if i == 0 and w in ("has", "had", "is", "was"):
                return None
            if i == 0 and w in _LOSS_HEADS and _LETTER_START_RE.match(rest):
                return str(w)  # "North Korean casualties are estimated at 4,700": that force's losses
            if w in cues.host_words:
                return None  # "Kuwait hosts U.S. troops": the troops are the guest's, not the host's
            if w == "operations" and (nxt in cues.force_nouns or nxt in _OPERATIONS_HEADS):
                continue  # "U.S. special operations forces", "special operations troops": a branch of forces
            if w in cues.place_verbs or w in cues.recipient_verbs or w in cues.speech_verbs:
                return None  # "Moscow first sent contractors": a verb stands between, the noun is its object
        return None

    def _bound_entry(self, text: str, mentions: list[ActorMention]) -> ActorEntry | None:
        """The actor a sentence is about: whose forces it names ("JNIM ambushed Wagner fighters" is about
        Wagner's fighters), else a group that is not a prepositional object."""
        for k, m in enumerate(mentions):
            if m.possessive and k + 1 < len(mentions) and mentions[k + 1].start - m.end <= 4:
                continue  # "Russia's Africa Corps has expanded": the force named after the possessive
            if "xpel" in text and _EXPELLED_BEFORE_RE.search(text, max(0, m.start - 50), m.start) is not None:
                continue  # "after the generals expelled the French troops": forces sent away are no topic
            if ("range" in text or "reach" in text) and self._reach_owner(text, m):
                continue
            if self._bound_noun_after(text, m) and not self._after_preposition(text, m):
                if "and" in text[max(0, m.start - 30) : m.start] and self._second_object(
                    [w for w in _words(text[max(0, m.start - 60) : m.start]) if not w.endswith("-led")]
                ):
                    continue  # "train alongside Malian troops and the French-led NATO battlegroup": not the topic
                if m.entry.form == "group" and text.endswith(("former ", "Former ", "ex-"), 0, m.start):
                    continue  # "many of them former Wagner fighters": what the men were, not whose they are now
                return m.entry
        for m in mentions:
            # ("bolstering NATO's eastern flank": a group's possessive names what it has, not its forces)
            if m.entry.form == "group" and not m.possessive and not self._object_of_preposition(text, m):
                if "from" in text and _RECRUITED_FROM_BEFORE_RE.search(text, max(0, m.start - 80), m.start):
                    continue  # "the fighters, drawn mostly from factions of X,": where they come from, not the topic
                if text.endswith(("former ", "Former "), 0, m.start):
                    continue  # "70 per cent of them are former Wagner contractors": what the men were
                if (
                    "from" in text
                    and _THREAT_FROM_BEFORE_RE.search(text, max(0, m.start - 30), m.start) is not None
                    and (ev := _EVENT_WORD_AFTER_RE.match(text, m.end)) is not None
                    and ev.group(1).lower() in self.cues.group_event_nouns
                ):
                    continue  # "to shield tankers from Houthi attacks": the threat guarded against, not the topic
                return m.entry
        return None

    @staticmethod
    def _after_preposition(text: str, m: ActorMention) -> bool:
        """ "fought alongside the Malian army": forces named as a prepositional object are not the subject."""
        if _YEAR_BEFORE_RE.search(text, max(0, m.start - 12), m.start):
            return False  # "In 2019 Ireland sent": the preposition governs the year
        if "of" in text and _BODY_OF_BEFORE_RE.search(text, max(0, m.start - 30), m.start):
            return False  # "A first contingent of Peruvian soldiers landed": the body's own forces, its subject
        if (
            m.entry.form == "metonym"
            and text.endswith(", ", 0, m.start)
            and (pl := _PLACE_LIST_BEFORE_RE.search(text, max(0, m.start - 40), m.start)) is not None
            and text[: pl.start()].strip()
        ):
            return True  # "docked in Durban, Colombo and Lamu": a capital in a list of places, no subject
        before = text[max(0, m.start - 20) : m.start]
        prev = _words(before)
        if prev and prev[-1] in ("the", "a", "an"):
            prev = prev[:-1]  # "the arrival in Guyana of a British navy patrol vessel": still the object of "of"
        if prev and prev[-1] in _COMPASS_WORDS and len(prev) > 1 and prev[-2] in _PREP_OBJECT_WORDS:
            return True  # "the Irish contingent in southern Lebanon, which": a part of the place, still the object
        if prev and prev[-1] in _APPROXIMATORS and _APPROXIMATED_COUNT_RE.search(before):
            return False  # "Around 900 British soldiers", "over 200 Kenyan troops": a count's modifier, no preposition
        return bool(prev) and prev[-1] in _PREP_OBJECT_WORDS

    def _supply_recipient(self, text: str, m: ActorMention) -> bool:
        """Whether the mention names the recipient of a supply: "supplied Sudan's army", "drones to Sudan's army"
        (a possessive: "send MSDF ships" names what is sent, "signals to Taiwan independence forces" no supply)."""
        prev = _words(text[max(0, m.start - 60) : m.start])
        if not prev:
            return False
        verbs = self.cues.recipient_verbs
        if not m.possessive:
            # "had delivered drones to the Houthis last year": an armed group that weapons are sent to
            if m.entry.form != "group" or m.entry.sponsor:
                return False
            if prev[-1] == "the":
                prev = prev[:-1]
            return len(prev) > 1 and prev[-1] == "to" and any(w in verbs for w in prev[-7:-1])
        if prev[-1] in verbs:
            return True
        return prev[-1] == "to" and any(w in verbs for w in prev[-7:-1])

    def _object_of_preposition(self, text: str, m: ActorMention) -> bool:
        """ "the fight against Islamic State": a group named as a target, not the forces spoken of."""
        prev = _words(text[max(0, m.start - 60) : m.start])
        while prev and prev[-1].endswith(("'s", "’s")):
            prev.pop()  # "a company linked to Yemen's Houthi movement": the place's possessive is the group's
        while prev and prev[-1].endswith(("-led", "-backed", "-dominated")):
            prev.pop()  # "alongside the Kurdish-led SDF": who leads it describes the group, still the object
        # "interference by the West African bloc ECOWAS": a descriptive apposition between the article and the
        # name leaves the name the preposition's object
        j = len(prev)
        cues = self.cues
        while j > 0 and prev[j - 1] in cues.apposition_words:
            j -= 1
        if 1 < j < len(prev) and prev[j - 1] == "the" and cues.apposition_heads & set(prev[j:]):
            prev = prev[:j]
        if len(prev) >= 2 and prev[-1] == "the" and prev[-2] in _OBJECT_PREPS_BEFORE_THE:
            return True  # "engagements with the Houthis" (but "belonged to the Wagner Group" is about it)
        if self._second_object(prev):
            return True  # "will exercise alongside Polish units and the NATO battlegroup": the second object
        return bool(prev) and prev[-1] in _OBJECT_PREPS

    @staticmethod
    def _second_object(prev: list[str]) -> bool:
        """The words before a name end in "and the" after a preposition of side ("alongside Malian troops and
        the X"): the name is the preposition's second object."""
        return (
            len(prev) >= 3
            and prev[-1] == "the"
            and prev[-2] == "and"
            and not _COORD_OBJECT_PREPS.isdisjoint(prev[-6:-2])
        )

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

    def _partners(self, text: str, entry: ActorEntry, mentions: list[ActorMention]) -> list[ActorEntry]:
        """States joined to the subject by "and" or commas ("Tanzania and Malawi also have troops in Congo",
        "troops from Spain, Italy and Portugal arrived"): the sentence places their forces too."""
        k = next((i for i, m in enumerate(mentions) if m.entry is entry), -1)
        out: list[ActorEntry] = []
        while k > 0:
            prev, cur = mentions[k - 1], mentions[k]
            if prev.entry.actor.kind != "state" or prev.entry.actor.code == entry.actor.code:
                break
            if not self._partner_sep(text, prev, cur):
                break
            if text.startswith(", ", prev.end) and self._after_preposition(text, prev):
                break  # "will go to Saudi Arabia and to Qatar, Pentagon officials said": a place before the speaker
            out.append(prev.entry)
            k -= 1
        out.reverse()
        # "soldiers from France, Germany and Norway": the subject heads a list that follows it
        j = next((i for i, m in enumerate(mentions) if m.entry is entry), -1)
        while 0 <= j < len(mentions) - 1:
            cur, nxt = mentions[j], mentions[j + 1]
            if nxt.entry.actor.kind != "state" or nxt.entry.actor.code == entry.actor.code or nxt.possessive:
                break
            if not self._partner_sep(text, cur, nxt):
                break
            out.append(nxt.entry)
            j += 1
        if 0 <= j < len(mentions) and _OPEN_LIST_END_RE.match(text, mentions[j].end):
            # "warships from the United States, Britain, France and other partners": a coalition named by a
            # few examples; the sentence places the coalition (and the state named first), not each member named
            return out[: len(out) - (j - next(i for i, m in enumerate(mentions) if m.entry is entry))]
        return out

    def _group_partner(self, text: str, entry: ActorEntry, mentions: list[ActorMention]) -> ActorEntry | None:
        """An armed group joined to the subject with a force noun of its own ("Iranian advisers and Hezbollah
        trainers were sent to Yemen", "Quds Force personnel and Lebanese Hezbollah trainers ... in Yemen"): the
        sentence places its forces too."""
        if " and " not in text:
            return None
        k = next((i for i, m in enumerate(mentions) if m.entry is entry), -1)
        if k > 0 and entry.form == "group":
            last, prev = mentions[k], mentions[k - 1]
            if (
                prev.entry.form == "group"
                and prev.entry is not entry
                and not prev.possessive
                and not last.possessive
                and prev.end + 5 == last.start
                and text.startswith(" and ", prev.end)
                and self._bound_noun_after(text, last) is not None
            ):
                return prev.entry  # "the combined Hezbollah and Houthi presence": one force noun for both groups
        if k < 0 or k + 1 >= len(mentions):
            return None
        cur = mentions[k]
        if cur.possessive or self._bound_noun_after(text, cur) is None:
            return None
        nxt = mentions[k + 1]
        if (
            nxt.entry.form == "demonym"
            and k + 2 < len(mentions)
            and mentions[k + 2].entry.actor.kind == "group"
            and text[nxt.end : mentions[k + 2].start].strip() == ""
        ):
            nxt = mentions[k + 2]  # "Lebanese Hezbollah trainers": the group, a demonym before it
        gap_end = nxt.start
        if nxt.entry.home and (dm := _DEMONYM_WORD_BEFORE_RE.search(text, cur.end, nxt.start)) is not None:
            gap_end = dm.start() + 1  # ("Lebanese Hezbollah": the home's demonym, dropped from the mentions)
        if (
            nxt.entry.actor.kind != "group"
            or nxt.entry is entry
            or nxt.possessive
            or _NOUN_AND_RE.fullmatch(text, cur.end, gap_end) is None
            or self._bound_noun_after(text, nxt) is None
        ):
            return None
        return nxt.entry

    def _partner_sep(self, text: str, a: ActorMention, b: ActorMention) -> bool:
        """Whether two mentions are items of one list: "A and B", "A, B", and for two states' adjectives also
        "a Dutch and a Belgian warship" and "a Dutch frigate and a Belgian destroyer" (each with its own
        force noun)."""
        if _LIST_SEP_RE.fullmatch(text, a.end, b.start):
            return True
        if a.entry.actor.kind != "state" or b.entry.actor.kind != "state":
            return False
        if a.entry.form == "demonym" and b.entry.form == "demonym" and _ARTICLE_AND_RE.fullmatch(text, a.end, b.start):
            return True
        # "a U.S. Navy destroyer and a Japanese destroyer", "a New Zealand frigate and a British patrol ship"
        np = _NOUN_AND_RE.fullmatch(text, a.end, b.start)
        return (
            np is not None
            and not a.possessive
            and self._bound_noun_after(text, a) is not None
            and self._bound_noun_after(text, b) is not None
        )

    @staticmethod
    def _with_armed_group(text: str, entry: ActorEntry, mentions: list[ActorMention]) -> bool:
        """ "300 Colombian fighters with the RSF", "Chadian fighters in the ranks of the RSF": the demonym's
        people serve an armed group their state does not sponsor, so they fight as individuals."""
        for m in mentions:
            if m.entry.actor.kind != "group" or m.entry.sponsor == entry.actor.code:
                continue
            # (a window that holds "alongside Sudan's paramilitary ": the country and an adjective may stand between)
            side = _GROUP_SIDE_BEFORE_RE.search(text, max(0, m.start - 48), m.start)
            if side is None:
                continue
            if any(q.entry is entry and q.end <= m.start for q in mentions):
                return True
            if any(q.entry is entry and q.start > m.end for q in mentions) and _HIRED_HANDS_BEFORE_RE.search(
                text, max(0, side.start() - 30), side.start()
            ):
                return True  # "carrying foreign mercenaries for the RSF, killing about 40 Colombian fighters"
        return False

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
        code = entry.actor.code
        for k, m in enumerate(mentions):
            if m.entry is not entry or m.possessive:
                continue
            if k > 0 and self._sends_count_of(text, mentions[k - 1], m, verbs):
                return True  # "Turkey has sent about 1,100 Syrian fighters"
            by = _SENT_BY_AFTER_RE.match(text, m.end)
            if by is not None and verbs.intersection(_words(by.group(1))):
                # "7,000 Syrian fighters had been sent to Libya by Turkey" (a place between the verb and "by")
                agent = next((q for q in mentions if q.start == by.end()), None)
                if agent is not None and agent.entry.actor.kind == "state" and agent.entry.actor.code != code:
                    return True
        return False

    def _sends_count_of(self, text: str, prev: ActorMention, m: ActorMention, verbs: frozenset[str]) -> bool:
        """ "Turkey has sent about 1,100 Syrian fighters": another state is the subject of a sending verb whose
        object is a count of the demonym's fighters."""
        if (
            prev.possessive
            or prev.entry.actor.kind != "state"
            or prev.entry.actor.code == m.entry.actor.code
            or m.start - prev.end > 40
            or _SENDS_COUNT_RE.fullmatch(text, prev.end, m.start) is None
        ):
            return False
        ws = [w for w in _words(text[prev.end : m.start]) if w not in _HAVE_WORDS]
        return bool(ws) and ws[0] in verbs and self._bound_noun_after(text, m) in _FIGHTER_NOUNS

    def _is_speaker(self, after: str) -> bool:
        """ "Russia's ambassador said", "Russian military bloggers reported": the mention names who speaks,
        unless a force noun stands between ("North Korean troops reported in Kursk" are forces)."""
        sm = _SPEAKER_AFTER_RE.match(after)
        if sm is None:
            return False
        words = _words(sm.group(0))
        ws = set(words)
        if ws & self.cues.recipient_verbs or ws & self.cues.place_verbs:
            return False  # "New Zealand sent defence force personnel": the mention acts; it does not speak
        if words[-1] in _SPEAKER_PERSON_NOUNS:
            return True  # "a Malian army source put the toll at": the force word qualifies the person who speaks
        return not ((ws - _WEAK_FORCE_WORDS) & self.cues.force_nouns)

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

    def _leader_subject(self, text: str, pos: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The state that leads a formation, when a "when it"/"where it" clause or an "and has" predicate before
        ``pos`` has it as its subject: "Spain has led the alliance's battlegroup since 2023, when it first sent 650
        soldiers" counts Spain's soldiers, not the alliance's (the formation's owner is a possessive object, no
        subject)."""
        k = -1
        for cm in _LEADER_OWN_CLAUSE_RE.finditer(text, 0, pos):
            k = cm.start()
        if k < 0 or any(k < m.start < pos for m in mentions):
            return None
        lead = next((m for m in mentions if m.end <= k), None)
        if lead is None or lead.entry.actor.kind != "state" or not _LEADS_AFTER_RE.match(text, lead.end):
            return None
        return lead.entry

    def _subject_before(self, text: str, pos: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The nearest actor before ``pos`` in the same clause that is not a prepositional object."""
        if any(k in text for k in _LEADER_CLAUSE_KEYS) and (lead := self._leader_subject(text, pos, mentions)):
            return lead
        clause_start = 0
        relative = False
        where_at = -1
        which_at = -1
        for cm in _CLAUSE_BREAK_RE.finditer(text, 0, pos):
            clause_start = cm.end()
            relative = cm.group(0) == "which"
            where_at = cm.start() if cm.group(0) == "where" else -1
            which_at = cm.start() if relative else -1
        if (
            which_at > 0
            and not any(clause_start <= m.start < pos for m in mentions)
            and (act := self.cues.enactment_re.search(text, max(0, which_at - 80), which_at)) is not None
        ):
            # "Italy's parliament approved the plan for 2030, which keeps 300 soldiers in X": the act is the main
            # clause subject's, and so are the forces it keeps
            return self._subject_before(text, act.start(), mentions)
        if (
            where_at > 0
            and _PRONOUN_SUBJECT_AFTER_RE.match(text, clause_start) is not None
            and not any(clause_start <= m.start < pos for m in mentions)
        ):
            # "China keeps a base in Djibouti, where it has about 2,000 personnel": the pronoun subject of the
            # relative clause is the main clause's subject
            return self._subject_before(text, where_at, mentions)
        if (
            where_at > 0
            and any(clause_start <= m.start < pos for m in mentions)
            and all(
                _SPY_AGENCY_AFTER_RE.match(text, m.end) is not None
                for m in mentions
                if clause_start <= m.start < pos
            )
        ):
            # "Russia is rebuilding its forces in X, where Estonian intelligence estimates 30,000 troops are
            # deployed": an intelligence service that counts others' forces owns none; the main clause's subject
            return self._subject_before(text, where_at, mentions)
        if relative and (rc := _RELATIVE_CLOSE_RE.match(text, clause_start, pos)) is not None:
            ante = self._relative_antecedent(text, clause_start, mentions)
            if ante is not None:
                return ante  # "The mission, which Kenya has led since 2024, has 1,000 personnel": the mission's
            if not any(m.end <= clause_start or text[clause_start : m.start].isspace() for m in mentions):
                # "The corps, which replaced Wagner in Mali, has 2,500 men": an antecedent that names no actor here;
                # an actor the relative clause names as an object is not the main clause's subject (but "which
                # Kenya has led": the relative clause's own subject leads the force)
                clause_start = text.rfind(",", clause_start, rc.end()) + 1
        if "whose" in text:
            ante = self._whose_antecedent(text, clause_start, pos, mentions)
            if ante is not None:
                return ante  # "took over from Wagner, whose roughly 1,500 fighters left": Wagner's fighters
        best: ActorMention | None = None
        last: ActorMention | None = None
        last_possessor: ActorMention | None = None
        last_object = False
        for m in mentions:
            if m.end > pos or m.start < clause_start:
                continue
            in_list = last is not None and last_object and (
                _LIST_SEP_RE.fullmatch(text, last.end, m.start) is not None
                # "from Baghdad and western Iraq": a second object with a modifier of direction
                or _LIST_SEP_POINT_RE.fullmatch(text, last.end, m.start) is not None
            )
            # "In Havana, the Canadian patrol ship": a demonym after an opening place is the subject, no list item
            in_list = in_list and m.entry.form != "demonym"
            if (
                in_list
                and last is not None
                and _OPENING_PLACE_RE.fullmatch(text, clause_start, last.start)
                and _OPENING_SEP_RE.fullmatch(text, last.end, m.start)
                and not _LIST_GOES_ON_RE.match(text, m.end)
            ):
                in_list = False  # "In Kuwait, Italy will place 90 personnel": Italy is the subject
            # "the mission in Somalia (AUSSOM)": an acronym in brackets renames the object before it
            bracket = last is not None and _BRACKET_ALIAS_RE.fullmatch(text, last.end, m.start) is not None
            in_list = in_list or (last_object and bracket)
            # "supplied Yemen's Houthi movement with 40 missiles": a group named after the possessive of a state
            # that a verb of supply takes as its object is that object itself (not "soldiers of Russia's Africa
            # Corps were killed": the group after a preposition's possessive is the subject's owner)
            in_list = in_list or (
                last is not None
                and last_object
                and last.possessive
                and m.entry.form == "group"
                and _POSSESSIVE_GAP_RE.fullmatch(text, last.end, m.start) is not None
                and (pw := _words(text[max(0, last.start - 16) : last.start])[-1:]) != []
                and (pw[0] in self.cues.recipient_verbs or pw[0] in self.cues.group_supply_verbs)
            )
            last_possessor, last = last, m
            prev = _words(text[max(0, m.start - 30) : m.start])
            while len(prev) > 1 and (
                (
                    prev[-1] in _PLACE_MODIFIERS
                    and prev[-1] not in _PREP_OBJECT_WORDS
                    and prev[-1] != "that"  # "said in 2020 that the Wagner Group kept": a clause's subject follows
                )
                # "in western and northern Niger": coordinated sides of one place
                or (prev[-1] in ("and", "or") and len(prev) > 2 and prev[-2] in _COMPASS_WORDS)
            ):
                prev.pop()  # "in northern Norway", "to the Netherlands": the preposition governs the name
            if (
                len(prev) > 1
                and prev[-1] == "by"
                and prev[-2] in _LED_BY_WORDS
                and not (m.entry.form == "demonym" and _PERSON_TITLE_AFTER_RE.match(text, m.end))
            ):
                # "the strike group led by the USS Carl Vinson": the agent owns the forces; but in "the force,
                # commanded by Kenyan Maj. Gen. X" the agent is a person, whose nationality owns none of them
                prev.pop()
            if not in_list and text.endswith(", ", 0, m.start):
                prev = []  # "Across the border, Poland keeps ...": the fronted phrase ended, the name opens the clause
            last_object = True
            if in_list or (
                prev
                and not _YEAR_BEFORE_RE.search(text, max(0, m.start - 12), m.start)  # "In 2019 Ireland sent"
                and (
                    prev[-1] in _PREP_OBJECT_WORDS
                    or prev[-1] in _FIGHT_VERBS  # "where it has fought the PKK": the enemy, no subject
                    or prev[-1] in self.cues.recipient_verbs
                    or prev[-1] in self.cues.place_object_verbs
                    # "North Korean troops sent to help Russia have suffered": the object of a verb of aid
                    or (prev[-1] in _AID_VERBS and len(prev) > 1 and prev[-2] in ("to", "help", "and"))
                )
            ) or (
                # "The United States struck three Iranian nuclear sites using 125 aircraft": the demonym names the
                # target's owner, the striker owns the aircraft
                m.entry.form == "demonym"
                and bool(_STRUCK_WORDS.intersection(prev[-3:]))
                and self._non_force_head_after(text, m.end)
            ) or (
                # "moved to Luhansk to help man Russian Tor launchers": the weapons a verb of operating
                # takes as object are the demonym's, the forces that operate them are not
                _operated_kit(text, m)
            ) or (
                # "merged into Russia's Kremlin-backed Africa Corps": the name a possessive after "into" owns is
                # where something goes too, no subject
                last_possessor is not None
                and last_possessor.possessive
                and _PREP_POSSESSOR_BEFORE_RE.search(text, max(0, last_possessor.start - 16), m.start) is not None
            ) or (
                # "the frigate X, which joined the mission Agenor with about 190 crew": the ship's sailors, not
                # the mission's
                m.entry.form == "group"
                and not m.entry.sponsor
                and _JOINED_BEFORE_RE.search(text, max(0, m.start - 60), m.start)
            ):
                # a prepositional object ("in A, B and C"), the recipient of "sent Russia 10,000 troops", or the
                # place of "French forces left Chad, ending a presence of 1,000 troops"
                continue
            last_object = False
            nxt = text[m.end : m.end + 40]
            if (
                m.entry.form != "group"
                and self._is_speaker(nxt)
                and not _SELF_SPEECH_RE.match(text, m.end, m.end + 72)  # "'s defence ministry said on July 16 that it"
                and not self.cues.organ_acts_re.match(nxt)
                # "North Korean leader Kim Jong Un welcomed home a unit": the leader acts for the state
                and not _LEADER_ACTS_RE.match(text, m.end)
            ):
                continue
            if m.entry.form == "group" and _FORMER_BEFORE_RE.search(text, max(0, m.start - 12), m.start):
                continue  # "the corps has 2,000 men, many of them former Wagner fighters, and has lost 70": what
                # the men were, not the subject of the clause
            if (
                m.entry.form == "group"
                and (w := text[max(0, m.start - 16) : m.start])
                and ("replac" in w or "succeed" in w or "supplant" in w)
                and _SUCCEEDED_BEFORE_RE.search(text, max(0, m.start - 16), m.start)
            ):
                continue  # "In Niger, where the new force replaced the Wagner Group, it has 800 men": the
                # outgoing group is the object of the relative clause, not the subject of the count
            if m.possessive and re.match(r"(?:'s|’s)[ \t]+(?:\w+[ \t]+)?(?:region|oblast|province|capital|territory|"
                                         r"soil|side|war|army's)\b", nxt, re.IGNORECASE):  # fmt: skip
                continue
            if m.possessive and self._host_of_site(text, m):
                continue
            if m.entry.actor.kind == "state" and "home to" in text and _HOME_TO_AFTER_RE.match(text, m.end):
                continue  # "the largest base is Qatar, home to 900 personnel": the land that holds them, no owner
            if m.entry.actor.kind == "state" and _SPY_AGENCY_AFTER_RE.match(text, m.end):
                continue  # "Kenya's military intelligence puts the toll at 900": a spy agency counts others' forces
            if text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")":
                continue  # "Kenya's military intelligence (DMI) puts": a bracketed acronym restates the name before
            if (
                best is not None
                and m.possessive
                and re.fullmatch(r",[ \t]+", text[best.end : m.start])
                and "," in text[m.end : pos]
            ):
                continue  # "KFOR, NATO's force in Kosovo, has about 4,800 troops": an apposition describes the subject
            best = m
        if best is None and relative:
            if set(_words(text[clause_start:pos])) & self.cues.cargo_verbs:
                # "shipped 6,700 containers to Russia, which held 3 million shells": the clause counts the cargo,
                # which is the shipper's, not the destination's nor whoever believes it
                return self._subject_before(text, clause_start - len("which"), mentions)
            return self._relative_antecedent(text, clause_start, mentions)
        return best.entry if best else None

    def _non_force_head_after(self, text: str, end: int) -> bool:
        """Whether one of the three words after ``end`` heads a count of places or organisations ('sites')."""
        return any(w in self.cues.non_force_heads for w in _words(text[end : end + 40])[:3])

    @staticmethod
    def _whose_antecedent(text: str, clause_start: int, pos: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The actor a possessive relative hangs on ("X, whose 1,500 fighters"): "whose" is "X's", so the forces
        counted in its clause are X's, whatever the main clause's subject, unless the clause names an actor of
        its own before the figure ("X, whose allies sent Russian troops")."""
        whose = None
        for wm in _WHOSE_RE.finditer(text, clause_start, pos):
            whose = wm
        if whose is None:
            return None
        if any(whose.end() <= m.start < pos for m in mentions):
            return None
        before = [m for m in mentions if m.end <= whose.start()]
        if before and _NAME_TAIL_RE.fullmatch(text, before[-1].end, whose.start()):
            return before[-1].entry
        return None

    def _relative_antecedent(self, text: str, clause_start: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The actor a "which"/"who" clause starting at ``clause_start`` hangs on ("Kenya, which has 700 troops"),
        or the owner of the force noun it hangs on ("NATO's battlegroup in Lithuania, based at X, which numbers"):
        a place named after a preposition inside that noun phrase is not the antecedent."""
        before = [m for m in mentions if m.end <= clause_start]
        if not before:
            return None
        last = before[-1]
        if _RELATIVE_ANTECEDENT_RE.fullmatch(text, last.end, clause_start) and not (
            len(before) > 1
            and self._after_preposition(text, last)
            # "the largest contingent in UNDOF, which has 1,100 troops": a mission or alliance is no place
            and not (last.entry.form == "group" and not last.entry.sponsor)
        ):
            return last.entry
        for m in reversed(before):
            if clause_start - m.end > 90 or _CLAUSE_BREAK_RE.search(text, m.end, clause_start - 7):
                break
            if (
                m.possessive
                and _POSSESSED_FORCE_WHICH_RE.fullmatch(text, m.end, clause_start)
                and self._bound_noun_after(text, m)
            ):
                return m.entry  # "a hard time for Chad's armed forces, which said 12 soldiers died": its own force
            if self._after_preposition(text, m):
                continue  # "... battlegroup in Lithuania, which": the place of the noun phrase
            if (m.possessive or m.entry.form == "demonym") and (
                self._bound_noun_after(text, m) or _OWN_MISSION_AFTER_RE.match(text, m.end)
            ):
                # "NATO's battlegroup in X, which", "The Italian detachment in X, which"; a state's own mission
                # abroad is its forces there ("Peru's training mission in X, which numbers")
                return m.entry
            if m.entry.form == "name" and m.entry.actor.kind == "state" and self._bound_noun_after(text, m):
                return m.entry  # "UK forces in X, which": a state's name before the noun, as its demonym would be
            if (
                m.entry.form == "demonym"
                and (mil := self.actors.militia_after_re) is not None
                and (mm := mil.match(text, m.end)) is not None
                and _RELATIVE_ANTECEDENT_RE.fullmatch(text, mm.end(), clause_start)
            ):
                return m.entry  # "The Iraqi factions, which number 100,000 men": the country's militias
            break
        if _RELATIVE_ANTECEDENT_RE.fullmatch(text, last.end, clause_start) and not (
            # "the cuts hit a regiment in Poland and a company in Latvia, which will return home": where the
            # units are, as every name before the clause is (their owner is not named)
            len(before) > 1
            and last.entry.form == "name"
            and all(m.entry.form == "name" and self._after_preposition(text, m) for m in before)
        ):
            return last.entry
        if _EVENT_RELATIVE_RE.search(text, max(0, clause_start - 12), clause_start):
            # "the PLA staged drills, in which the ministry counted 71 aircraft": the forces of an event clause
            # are those of the main clause's subject, not of whoever counted them
            return self._subject_before(text, clause_start - len("which"), before)
        return None

    def _sentence_actor(
        self, text: str, mentions: list[ActorMention], st: State, has_force: bool, wordset: set[str]
    ) -> ActorEntry | None:
        """Whose forces a sentence without a figure places."""
        cues = self.cues
        if mentions and any(self._names_an_event(text, m) for m in mentions):
            # "the carrier spent months in the Red Sea after the Hamas-led attack": a name that only modifies an
            # event that dates the clause places no forces of its own
            mentions = [m for m in mentions if not self._names_an_event(text, m)]
        if ("range" in text or "reach" in text) and any(self._reach_owner(text, m) for m in mentions):
            mentions = [m for m in mentions if not self._reach_owner(text, m)]
        if has_force and "," in text and (not wordset.isdisjoint(_BASE_WORDS) or "rotat" in text):
            for m in mentions:
                if m.entry.actor.kind == "state" and _WHICH_KEEPS_BASE_RE.match(text, m.end) is not None:
                    # "Spain, which has kept a small logistics base in X since 2016 (has rotated a company through X),
                    # said ...": Spain's
                    return m.entry
        for m in mentions:
            if (
                m.entry.form == "demonym"
                and m.text.endswith("s")
                and text.endswith(("The ", "the "), 0, m.start)
                and _DEMONYM_PRESENT_AFTER_RE.match(text, m.end)
                and not text[: m.start - 4].strip()
            ):
                # "The North Koreans had apparently been in the area to watch Russian drone teams": the subject's
                return m.entry
        if "it" in text and (ob := _OBSERVER_SPEAKS_RE.search(text)) is not None:
            observer = next((m for m in reversed(mentions) if m.end <= ob.start()), None)
            if observer is not None and observer.entry.actor.kind == "state":
                # "South Korea's military said it had spotted railway cars bound for Russia", "the NIS was
                # watching for troop movements at Wonsan": the observer places none of its own forces; what it saw
                # is the item's forces, if anyone's
                if st.focus is not None and st.focus.actor.code != observer.entry.actor.code:
                    return st.focus
                return None
        if (
            st.named_groups
            and has_force
            and (tg := _THE_GROUP_RE.search(text)) is not None
            and _GROUP_SUBJECT_VERB_RE.match(text, tg.end()) is not None
            # ("fighters who refused to sign contracts with the corps have left": an object, not the subject)
            and _PREP_OBJECT_WORDS.isdisjoint(_words(text[max(0, tg.start() - 14) : tg.start()])[-1:])
        ):
            # "In neighbouring Niger, the corps keeps several hundred men": the group named before whose
            # name says corps, the subject of the clause
            head = tg.group(1).lower()
            return next((g for g in reversed(st.named_groups) if head in g.actor.name.lower()), st.named_groups[-1])
        if st.formation_owner and (fs := _FORMATION_SUBJECT_RE.match(text)) is not None:
            owner = st.formation_owner.get(fs.group(1).lower())
            if owner is not None and all(
                self._place_object(text, m, mentions) or self._after_preposition(text, m) for m in mentions
            ):
                # "Spain's 12th Brigade ... Italian troops ... The brigade's battalions are moving to X": the
                # formation named before is its owner's, whoever the sentences between spoke of
                return owner
        # ("join an exercise in Latvia and Estonia, and train alongside Romanian units": countries named as where
        # stand beside the partners; alone they leave the sentence to the rules below)
        anaphoric = st.focus is not None and bool(mentions) and _ANAPHORIC_FORCE_SUBJECT_RE.match(text) is not None
        where = [m for m in mentions if self._place_object(text, m, mentions)] if anaphoric else []
        if (
            anaphoric
            and st.focus is not None
            and len(where) < len(mentions)
            and all(
                m in where
                or m.possessive
                or _COMITATIVE_BEFORE_RE.search(text, max(0, m.start - 60), m.start)
                or _CARRIER_BEFORE_RE.search(text, max(0, m.start - 24), m.start)
                or (m.entry.form == "metonym" and self._after_preposition(text, m))  # "landed at Bangui airport"
                or (m.entry.actor.kind == "state" and self._is_speaker(text[m.end : m.end + 40]))
                or (
                    _ATTRIBUTION_BEFORE_RE.search(text, max(0, m.start - 12), m.start) is not None
                    and _ATTRIBUTION_AFTER_RE.match(text, m.end) is not None
                )
                for m in mentions
            )
        ):
            # "The group will then exercise in the Baltic Sea with Swedish and German ships": the subject is the
            # force the item is about; the states named after "with" are its partners there (and a possessive,
            # "in Norway's Cold Response exercise", names a host or an event, not the subject; "aboard a Russian
            # transport plane" names the carrier, "a Central African army officer said" the speaker)
            return st.focus
        # "the destroyer USS Paul Ignatius entered the Baltic Sea to join NATO's Baltic Sentry mission": a warship
        # named with its navy's prefix is that state's, whatever alliance or mission it joins
        ship = next((m for m in mentions if self._ship_prefix(m) and not self._after_preposition(text, m)), None)
        if ship is not None and all(
            q.entry.actor.kind != "state"
            # ("will sail from Rota, Spain, to the Red Sea": a country after a town's name only says where it is)
            or (not q.possessive and _LOCATOR_BEFORE_RE.search(text, max(0, q.start - 30), q.start) is not None)
            # ("after drones hit a tanker near Oman": a state after a preposition names a place)
            or (not q.possessive and self._after_preposition(text, q))
            for q in mentions
            if q.entry.actor.code != ship.entry.actor.code
        ):
            return ship.entry
        if has_force and "headquarters" in wordset and _FORCE_SEAT_RE.search(text) is not None:
            for m in mentions:
                if text.endswith(_HEADQUARTERS_OF, 0, m.start):
                    return m.entry  # "Camp X hosts the headquarters of U.S. Y Command": the guest command's state
        # "mercenaries of Russia's Wagner Group", "troops from North Korea"
        for k, m in enumerate(mentions):
            before = _words(text[max(0, m.start - 40) : m.start])
            if before and before[-1] == "the":
                before = before[:-1]  # "warships from the Philippines"
            if len(before) >= 2 and before[-1] in ("of", "from"):
                head = before[-2] if before[-2] != "the" or len(before) < 3 else before[-3]
                if head in cues.force_nouns:
                    if before[-1] == "from" and not _OWNED_DETS.isdisjoint(before[-4:-2]):
                        # "the withdrawal of its forces from Syria", "pulled their last troops from Niger": the
                        # forces are owned already; "from" says where they left, not whose they are
                        continue
                    if before[-1] == "from" and any(
                        q.end <= m.start and self._bound_noun_after(text, q) for q in mentions[:k]
                    ):
                        continue  # "Russian cargo ships from Syria": the ships are already someone's
                    if before[-1] == "from" and k > 0 and self._moved_from_to(text, m.start, m.start, mentions):
                        continue  # "the U.S. is shifting a battalion from Germany to Qatar": where the move starts
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
        if st.nationals_seen and (side := self.actors.nationals_side_re) is not None:
            for m in mentions:
                if self._nationals_subject(text, m, st) and (
                    side.search(text, m.end) is not None or _NATIONALS_MOVED_RE.match(text, m.end) is not None
                ):
                    # "Hundreds of Kenyans have been hired to fight for the militia in X": the nationals are there,
                    # on the side of the force named after them; "most of the Kenyans were sent to X": the recruits
                    # the item counted, moved there
                    return m.entry
        # whose forces the sentence names: "JNIM ambushed Wagner fighters" speaks of Wagner's fighters; a force
        # that speaks ("Russia's Black Sea Fleet said that a U.S. drone had flown over ...") yields to the forces
        # it speaks of
        bound = [m for m in mentions if self._bound_noun_after(text, m)]
        if bound and (quiet := self._quiet_tail(text)) < len(text) and any(m.end <= quiet for m in mentions):
            bound = [m for m in bound if m.start < quiet]  # "..., as Houthi forces in Yemen resumed attacks"
        if bound and "train" in text:
            # "moved crews to Abkhazia, where they are training on Russian launchers": the weapons or units trained
            # on or with are another's; the trainees are the subject's
            bound = [m for m in bound if not _TRAINED_ON_BEFORE_RE.search(text, max(0, m.start - 30), m.start)]
        recipients = {id(m) for m in bound if self._supply_recipient(text, m)}
        if recipients:
            # "Iran has supplied drones to Sudan's army", "supplied Sudan's army with drones": the recipient's army
            # is where the supplies went, not whose they are
            bound = [m for m in bound if id(m) not in recipients]
            if not bound:
                subj = self._main_subject(text, mentions)
                if subj is not None:
                    return subj
        if (
            bound
            and _AID_OBJECT_BEFORE_RE.search(text, max(0, bound[0].start - 24), bound[0].start)
            and (
                len(bound) > 1
                or any(
                    w in cues.force_nouns
                    for pm in _POSS_FORCE_RE.finditer(text, 0, bound[0].start)
                    for w in _words(pm.group(1))
                )
            )
        ):
            # "its soldiers had helped Moscow's forces retake Kursk": the forces helped are not the helpers
            bound = bound[1:]
        if len(bound) > 1 and _OBSERVER_AFTER_RE.match(text, bound[0].end):
            bound = bound[1:]  # "Ukrainian forces have spotted North Korean troops in X": the troops seen are placed
        if bound and all(self._after_preposition(text, m) for m in bound):
            pm = _POSS_FORCE_RE.search(text, 0, bound[0].start)
            if pm and any(w in cues.force_nouns for w in _words(pm.group(1))):
                # "Pyongyang said its soldiers had fought to retake the Kursk region from Ukrainian forces": the
                # forces of the possessive are the subject; those after a preposition are the other side
                ante = self._antecedent(text, pm.start(), mentions)
                if ante is not None:
                    return ante
        if bound and (sm := _FORCE_SPEAKS_RE.match(text, bound[-1].end)) is not None and all(
            _FORCE_SPEAKS_RE.match(text, m.end) for m in bound
        ):
            # "Ukraine's military said Russia had moved tanks to Belarus": every force named speaks; the subject of
            # the reported clause, right after the speech verb, is whose forces it places
            said = next(
                (
                    m
                    for m in mentions
                    if m.start >= sm.end() and _REPORTED_SUBJECT_GAP_RE.fullmatch(text, sm.end(), m.start)
                ),
                None,
            )
            if said is not None and not said.possessive and not self._is_speaker(text[said.end :]):
                return said.entry
        if bound:
            return next((m.entry for m in bound if not _FORCE_SPEAKS_RE.match(text, m.end)), bound[0].entry)
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
                if self._supply_recipient(text, m):
                    # "Iran had sent missiles to the Houthis in Yemen": the sender's, received there
                    sender = self._subject_before(text, m.start, [q for q in mentions if q.end <= m.start])
                    if sender is not None and sender.actor.code != m.entry.actor.code:
                        return sender
                    continue
                if (
                    "use" in wordset
                    and _POSS_USE_RE.match(text, m.end)
                    and _FOR_BENEFICIARY_BEFORE_RE.search(text, max(0, m.start - 10), m.start)
                ):
                    continue  # "sent missiles to Russia for Wagner's use": the group uses them; the sender moves them
                return m.entry
        if (has_force or wordset & cues.place_verbs) and cues.pronoun_re.search(text):
            return st.focus if st.focus is not None else st.title_actor
        if has_force:
            subj = self._main_subject(text, mentions)
            # (a briefing's transcript may name its speaker's state only in the headline)
            return subj or st.focus or st.title_actor
        return None

    def _names_an_event(self, text: str, m: ActorMention) -> bool:
        """The name only modifies an event noun after it that dates the clause or is guarded against: "after the
        Hamas attack", "following the Hamas-led attack", "shielding ships from Houthi raids" (not "the Wagner-led
        assault captured X": the group's forces took it)."""
        ev = _EVENT_WORD_AFTER_RE.match(text, m.end)
        if ev is None:
            return False
        word = ev.group(1).lower()
        if word in self.cues.group_event_nouns and (
            _TIME_PREP_BEFORE_RE.search(text, max(0, m.start - 30), m.start) is not None
            # "guarding tankers from pirate raids": the threat guarded against is no force of the sentence
            or _GUARDED_FROM_BEFORE_RE.search(text, max(0, m.start - 30), m.start) is not None
        ):
            return True
        # "would neither send ships nor join U.S. strikes on X": the operation joined is another's
        return (word in self.cues.group_event_nouns or word in self.cues.strike_words) and (
            _JOINED_EVENT_BEFORE_RE.search(text, max(0, m.start - 30), m.start) is not None
        )

    def _nationals_subject(self, text: str, m: ActorMention, st: State) -> bool:
        """A plural demonym as a subject ("the Kenyans", "most of the Kenyans") whose nationals the item found
        recruited: those nationals, not their state."""
        return (
            m.entry.form == "demonym"
            and m.entry.actor.code in st.nationals_seen
            and m.text.endswith("s")
            and not m.possessive
            and self._bound_noun_after(text, m) is None
            and (
                not self._after_preposition(text, m)
                or _PART_OF_BEFORE_RE.search(text, max(0, m.start - 30), m.start) is not None
            )
        )

    @staticmethod
    def _place_object(text: str, m: ActorMention, mentions: list[ActorMention]) -> bool:
        """A country's name governed by a preposition of place, alone or in a list ("an exercise in Latvia and
        Estonia", "moved to Poland"): it says where, not whose forces."""
        if m.entry.form != "name" or m.possessive:
            return False
        cur = m
        for _ in range(4):
            prev = _words(text[max(0, cur.start - 20) : cur.start])
            if prev and prev[-1] == "the":
                prev = prev[:-1]
            if prev and prev[-1] in _WHERE_PREPS:
                return True
            before = next((q for q in reversed(mentions) if q.end <= cur.start), None)
            if before is None or _LIST_SEP_RE.fullmatch(text, before.end, cur.start) is None:
                return False
            cur = before
        return False

    def _quiet_tail(self, text: str) -> int:
        """Where a trailing adverbial clause that moves no forces starts ("..., after Iran threatened to retaliate",
        "..., as Houthi forces resumed attacks"), else the sentence's end: that clause's actors own no claim of
        the sentence (but ", as the U.S. deployed B-52s to Diego Garcia" holds the claim)."""
        if not contains_spaced(text, _TAIL_WORDS):
            return len(text)  # (a cheap gate: most sentences have no such clause)
        tail = _ADVERBIAL_TAIL_RE.search(text)
        if tail is None or set(_words(text[tail.end() :])) & (self.cues.place_verbs | self.cues.recipient_verbs):
            return len(text)
        return tail.start()

    def _main_subject(self, text: str, mentions: list[ActorMention]) -> ActorEntry | None:
        """The sentence's subject before a quiet trailing clause, unless the main clause has none."""
        end = self._quiet_tail(text)
        if end < len(text) and (subj := self._subject_before(text, end, mentions)) is not None:
            return subj
        if end < len(text) and all(m.start >= end or self._after_preposition(text, m) for m in mentions):
            # "Marines trained in Guyana, a gesture Venezuela called a provocation": the main clause names only
            # places, and the quiet trailing clause owns no claim; the sentence's forces are the item's, if anyone's
            return None
        rel = text.rfind(", which ")
        if rel > 0 and (subj := self._subject_before(text, rel, mentions)) is not None:
            # "Iran has supplied Russia with drones, which Moscow has used against power plants": a relative clause
            # that closes the sentence speaks of the object; the main clause's subject is the sentence's
            return subj
        return self._subject_before(text, len(text), mentions)

    def _antecedent(self, text: str, pos: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The actor a pronoun at ``pos`` refers to: the nearest earlier mention that is not a prepositional
        object ("Washington has said its troops" -> Washington; "sent to Russia its men" is not Russia's)."""
        found: ActorEntry | None = None
        last: ActorMention | None = None
        last_object = False
        # ("Wagner, which guards the Central African Republic's president, still has its largest contingent there": a
        # relative clause closed before the pronoun is about its antecedent; its names are no subject)
        closed = [(r.start(), r.end()) for r in _RELATIVE_SPAN_RE.finditer(text, 0, pos)] if ", wh" in text else []
        if contains_spaced(text, (" that ",)):
            # ("set up its base at the palace that Wagner used as a camp, and to bring its strength to 1,500": a
            # clause on a place closed before the pronoun describes the place; its names are no antecedent)
            closed.extend((r.start(1), r.end()) for r in _PLACE_THAT_SPAN_RE.finditer(text, 0, pos))
        for m in mentions:
            if m.end > pos:
                break
            if any(a < m.start and m.end < b and text[b - 1] == "," for a, b in closed):
                continue
            prev = _words(text[max(0, m.start - 30) : m.start])
            while len(prev) > 1 and prev[-1] in _PLACE_MODIFIERS and prev[-1] not in _DETERMINER_WORDS:
                prev.pop()  # "its pull-out from federal Iraq": the preposition governs the name
            if prev and prev[-1] == "the" and _WHERE_AFTER_RE.match(text, m.end):
                # "operates in the CAR, where 1,500 of its men remain": a place the article's preposition governs
                prev = prev[:-1]
            # ("has men in Mali, Burkina Faso and Niger, and its personnel": a list after a preposition is all its
            # objects)
            in_list = last_object and last is not None and _LIST_SEP_RE.fullmatch(text, last.end, m.start) is not None
            last = m
            last_object = in_list or bool(prev and prev[-1] in _PREP_OBJECT_WORDS)
            if last_object:
                continue
            if (
                m.possessive
                and _PLACE_PART_RE.match(text, m.end)
                and not self.cues.force_org_re.match(text, m.end)
                and not self.cues.organ_after_re.match(text, m.end)  # "Spain's Ministry of Defence put its"
            ):
                continue
            if text.startswith(("-led", "–led"), m.end):
                continue  # "the U.S.-led coalition's mission ... and its presence": the leader is no antecedent
            found = m.entry
        return found

    def _final_actor(
        self, entry: ActorEntry, text: str, noun: str | None, st: State, mentions: list[ActorMention]
    ) -> Actor:
        """Redirect a state to a group it sponsors, or to its nationals fighting for another side."""
        if entry.actor.kind != "state":
            return entry.actor
        militia = self.actors.militia_after_re
        if (
            entry.form == "demonym"
            and militia is not None
            and any(m.entry is entry and not m.possessive and militia.match(text, m.end) for m in mentions)
        ):
            return self.actors.militias(entry)  # "about 150 Iraqi militia fighters crossed into Syria"
        if st.whose_open_sentence == st.sentence_no:
            return entry.actor  # "..., without saying whether the men were Wagner's or the corps'": the state's men
        code = entry.actor.code
        # (not a group the sentence names as replaced: "Up to 1,000 more Russians are expected, as the corps takes
        # over from Wagner" are the successor's)
        in_sentence = [
            m.entry
            for m in mentions
            if m.entry.form == "group" and m.entry.sponsor == code and m.entry.actor.code not in st.replaced_groups
        ]
        if not in_sentence and any(m.entry is entry and _STATE_SERVICE_AFTER_RE.match(text, m.end) for m in mentions):
            # "Russian navy landing ships": a group has no navy or air force, the state's own (unless the sentence
            # names the group they serve: "a Russian navy ship unloaded 30 vehicles for the corps")
            return entry.actor
        group = in_sentence[0] if in_sentence else st.groups_seen.get(code)
        if in_sentence and "under" in text:
            for m in mentions:
                if (
                    m.entry is in_sentence[0]
                    and _UNDER_THE_BEFORE_RE.search(text, max(0, m.start - 12), m.start) is not None
                    and _BANNER_AFTER_RE.match(text, m.end) is not None
                ):
                    return m.entry.actor  # "Russia put 2,000 men into Mali under the Africa Corps banner"
        if not in_sentence and st.focus is not None and st.focus.form == "group" and st.focus.sponsor == code:
            # "At least seven soldiers of Russia's Africa Corps were killed ... since it replaced Wagner. JNIM said
            # it had killed 20 Russian mercenaries": the sponsor's group the item is about, not the one named last
            group = st.focus
        if not in_sentence and entry.form == "demonym" and "corps" in text:
            # "Russian instructors of the corps were seen in X" after the item named Wagner last: "the corps" is the
            # sponsor's group whose name ends in "Corps"
            corps = st.last_corps(code)
            if corps is not None and any(m.entry is entry and _OF_THE_CORPS_RE.match(text, m.end) for m in mentions):
                group = corps
        if group is None and st.sentence_countries:
            # "Several dozen Russian instructors landed in Niger" in an item that names the Africa Corps later:
            # in the group's usual theatre the sponsor's personnel are the group's
            group = next((g for g in st.groups_ahead.get(code, ()) if st.sentence_countries & g.operates_in), None)
        # Losses told by their noun alone ("put the Russian toll at between three and five dead") and a plural
        # demonym standing for the people ("two armoured vehicles belonging to the Russians") name the sponsor's men:
        # the group's only in the group's usual theatre, where the item last named a place
        people_by_theatre = (noun is not None and self.cues.noun_topic.get(noun) == "casualties") or any(
            m.entry is entry and m.entry.form == "demonym" and not m.possessive and m.text.endswith("s")
            and text[max(0, m.start - 4) : m.start].lower() == "the "
            for m in mentions
        )  # fmt: skip
        personnel = (
            noun is None
            or noun in self.cues.personnel_nouns
            or noun in _LOSS_HEADS
            or people_by_theatre
            # ("showed Russian servicemen unloading two Pantsir systems": the weapons of the personnel named)
            or any(
                m.entry is entry and not m.possessive and self._bound_noun_after(text, m) in self.cues.personnel_nouns
                for m in mentions
            )
        )
        if not personnel and in_sentence and group is not None:
            # "100 Russian armoured vehicles have reached Bamako for the Africa Corps": the sponsor's kit delivered for
            # its group named as the beneficiary is the group's
            personnel = any(
                m.entry is group and _FOR_BENEFICIARY_BEFORE_RE.search(text, max(0, m.start - 9), m.start) is not None
                for m in mentions
            )
        # (not "Wagner fought in Bakhmut ... He put total Russian casualties at 100,000": the state's losses, which
        # the group's are part of, outside the group's usual theatre)
        if (
            group is not None
            and personnel
            and entry.form in ("demonym",)
            and (
                in_sentence
                or st.sentence_countries & group.operates_in
                or (
                    not any(m.entry is entry and self._bound_noun_after(text, m) in _LOSS_HEADS for m in mentions)
                    and (
                        not people_by_theatre
                        or (st.last_place is not None and st.last_place[0].place.country_code in group.operates_in)
                    )
                )
            )
        ):
            return group.actor
        if (
            in_sentence
            and noun is not None
            and any(
                m.entry is in_sentence[0] and _TO_ITS_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
                for m in mentions
            )
        ):
            # "Russia has shipped 120 armoured vehicles to its Africa Corps in Libya": the state's own group they
            # go to is whose forces they equip
            return in_sentence[0].actor
        if (
            group is not None
            and entry.form == "demonym"
            and noun is not None
            and self.cues.noun_topic.get(noun.rsplit(" ", 1)[-1]) == "equipment"
            and (
                in_sentence
                or st.sentence_countries & group.operates_in
                or (
                    # (or the item's focus is the group, its sponsor, or a state of its theatre)
                    not st.sentence_countries
                    and st.focus is not None
                    and (
                        st.focus.actor.code in (code, group.actor.code)
                        or st.focus.actor.code.upper() in group.operates_in
                    )
                )
            )
        ):
            # "the Russian unit came with 40 vehicles", "seized two Russian BTR-80s" in an item about the Africa
            # Corps: in the group's theatre (or a sentence naming no country) the sponsor's equipment is the group's
            return group.actor
        if (
            group is not None
            and noun is not None
            and noun in _SENT_PERSONNEL_NOUNS
            and entry.form in ("name", "metonym")
            and st.sentence_countries & group.operates_in
        ):
            # "Russia has sent 300 additional military instructors to the Central African Republic" in an item
            # about Wagner: in the group's usual theatre the state's instructors are the group's men
            return group.actor
        home = self._group_of_home(text, entry, mentions)
        if home is not None:
            return home.actor  # "Russia's Africa Corps has 200 instructors", "Sudan's RSF": the group is the actor
        if entry.form == "demonym" and self._security_staff(text, entry, mentions, st):
            # "120 Chinese security contractors", then "500 more Chinese contractors": a company's staff
            return self.actors.security(entry).model_copy()
        if noun and noun in self.actors.nationals_nouns and entry.form == "demonym" and group is None:
            st.nationals_seen.add(code)
            return self.actors.nationals(entry).model_copy()
        if (
            noun in ("citizens", "nationals")
            and entry.form == "name"
            and group is None
            and any(
                m.entry is entry and _CITIZENS_OF_BEFORE_RE.search(text, max(0, m.start - 18), m.start)
                for m in mentions
            )
        ):
            # "Russia has recruited 900 citizens of Laos": the state's people, named by their country, not its forces
            st.nationals_seen.add(code)
            return self.actors.nationals(entry).model_copy()
        if (
            noun in ("citizens", "nationals")
            and group is None
            and (side_re := self.actors.nationals_side_re) is not None
            and any(
                q.entry is not entry and q.entry.actor.code != code and q.start == sm.end()
                for sm in side_re.finditer(text)
                for q in mentions
            )
        ):
            # "Laos says 40 of its citizens have died fighting for Russia": the state's people on another's side, not
            # its forces
            st.nationals_seen.add(code)
            return self.actors.nationals(entry).model_copy()
        if noun is None and entry.form == "demonym" and group is None and self._names_nationals(text, entry, mentions):
            # "Belarusian volunteers, numbering up to 300, are fighting": the count has no noun of its own, and
            # the people it counts were named as volunteers
            st.nationals_seen.add(code)
            return self.actors.nationals(entry).model_copy()
        if (
            entry.form == "demonym"
            and group is None
            and code in st.nationals_seen
            and (noun is None or noun in _BARE_COUNT_NOUNS)
            and not any(m.entry is entry for m in mentions)
        ):
            # "... backed by a few hundred Peruvian mercenaries. A report put their number at 300": a count that
            # names no one goes on counting the hired nationals the item spoke of, not the state's forces
            return self.actors.nationals(entry).model_copy()
        if entry.form == "demonym" and group is None and self._as_individuals(text, entry, noun, mentions, st):
            st.nationals_seen.add(code)
            return self.actors.nationals(entry).model_copy()
        cue = self.actors.nationals_cue_re
        if (
            entry.form == "name"
            and noun is None
            and group is None
            and any(
                m.entry is entry and _FROM_AFTER_COUNT_RE.search(text, max(0, m.start - 24), m.start) for m in mentions
            )
            and (
                (cue is not None and cue.search(text) is not None)
                or ((side := self.actors.nationals_side_re) is not None and side.search(text) is not None)
            )
        ):
            # "citizens of 48 countries are fighting for Russia, among them about 1,500 from Nepal": a bare count
            # of people from a country, in a sentence about foreigners who fight for another side
            st.nationals_seen.add(code)
            return self.actors.nationals(entry).model_copy()
        employer = any(m.entry is entry and _ARMY_AFTER_RE.match(text, m.end) for m in mentions)
        if entry.form == "demonym" and group is None and personnel and not employer and (
            (
                cue is not None
                and cue.search(text)
                # ("1,800 Turkish troops, and Syrian fighters recruited by Turkey": the recruiter's own troops)
                and not any(
                    m.entry.actor.code == code and _RECRUITED_BY_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
                    for m in mentions
                )
            )
            or self._sent_by_other(text, entry, mentions)
        ):
            # "Nepali men recruited into the Russian army": individuals hired by another side
            st.nationals_seen.add(code)
            return self.actors.nationals(entry).model_copy()
        losses = noun is not None and self.cues.noun_topic.get(noun) == "casualties"
        if code in st.nationals_seen and (personnel or losses) and group is None and not (
            entry.form != "demonym" and _OWN_FORCE_RE.search(text)
        ):  # "Kenya cut its army to 20,000 troops": the state's own forces, whatever its recruits do
            # "Most were sent to units in Donetsk": once an item speaks of a state's recruits, its later
            # personnel are those recruits, not the state's forces
            return self.actors.nationals(entry).model_copy()
        return entry.actor

    def _names_nationals(self, text: str, entry: ActorEntry, mentions: list[ActorMention]) -> bool:
        """Whether the sentence calls this demonym's people recruits, volunteers or mercenaries right after it."""
        nouns = self.actors.nationals_nouns
        return any(m.entry is entry and _noun_follows(text, m.end, nouns, 40) for m in mentions)

    def _as_individuals(
        self, text: str, entry: ActorEntry, noun: str | None, mentions: list[ActorMention], st: State
    ) -> bool:
        """The demonym's people fight as individuals, not as their state's forces: "about 300 Colombian fighters
        ... with the RSF" (an armed group their state does not sponsor), "45 Bangladeshis have been killed fighting
        for Russia" (another state's side), "seven Sri Lankans and four Kenyans captured" (counted beside
        recruits, so recruits too)."""
        if (
            noun in _FIGHTER_NOUNS
            or (
                noun in _SOLDIER_NOUNS
                and any(q.entry is entry and _FORMER_AFTER_RE.match(text, q.end) for q in mentions)
            )
        ) and self._with_armed_group(text, entry, mentions):
            return True  # (a state's "former soldiers" alongside an armed group are veterans hired as individuals)
        if noun is None and self._people_on_other_side(text, entry, mentions):
            return True
        return self._beside_nationals(text, entry, mentions, st)

    @staticmethod
    def _group_of_home(text: str, entry: ActorEntry, mentions: list[ActorMention]) -> ActorEntry | None:
        """The armed group named right after the state's possessive ("Russia's Africa Corps"), if the sentence names
        the state only so."""
        own = [m for m in mentions if m.entry is entry]
        if not own or not all(m.possessive for m in own):
            return None
        starts = {m.start: m for m in mentions if m.entry.actor.kind == "group"}
        for m in own:
            gap = _POSSESSIVE_GAP_RE.match(text, m.end)
            nxt = starts.get(gap.end()) if gap else None
            if nxt is not None and not (nxt.entry.theatre and not nxt.entry.sponsor):
                # (not "Egypt's AUSSOM contingent": a peace operation is no group of the state's, the forces
                # are the state's contingent in it)
                return nxt.entry
        return None

    def _security_staff(self, text: str, entry: ActorEntry, mentions: list[ActorMention], st: State) -> bool:
        """The demonym names private security staff: "Chinese security firms", or, once the item named them,
        "Chinese contractors"/"guards"."""
        sec = self.actors.security_re
        if sec is None or entry.actor.code not in st.security_seen:
            return False
        for m in mentions:
            if m.entry is not entry:
                continue
            if sec.match(text, m.end):
                return True
            ws = _words(text[m.end : m.end + 20])[:1]
            if ws and ws[0] in self.actors.security_followers:
                return True
        return False

    @staticmethod
    def _with_count_owner(text: str, pos: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The state or group named right before ", with (about) N" ("Nepal, with some 1,150 in Ituri"), or left
        with N ("the cuts will leave the army with 70,000 soldiers": what the object of "leave" has)."""
        m = next((m for m in reversed(mentions) if m.end <= pos), None)
        if m is None or m.possessive:
            return None
        if _WITH_COUNT_RE.fullmatch(text, m.end, pos) is None:
            if (
                "with" in text
                and _LEFT_WITH_COUNT_RE.fullmatch(text, m.end, pos) is not None
                and _LEAVE_BEFORE_RE.search(text, max(0, m.start - 16), m.start) is not None
            ):
                return m.entry
            return None
        prev = _words(text[max(0, m.start - 20) : m.start])
        if prev and prev[-1] in _PREP_OBJECT_WORDS and prev[-1] != "from":
            return None  # "the base in Tajikistan, with about 7,000 troops": a place, not the owner
        if _MERGED_INTO_BEFORE_RE.search(text, max(0, m.start - 60), m.start):
            return None  # "X is being merged into Y, with 400 of its men": Y takes them in, X's men are counted
        return m.entry

    @staticmethod
    def _beside_nationals(text: str, entry: ActorEntry, mentions: list[ActorMention], st: State) -> bool:
        """A plural demonym joined by "and" to another whose people were found recruited ("seven Sri Lankans and
        four Kenyans")."""
        if not st.nationals_seen or entry.actor.code in st.nationals_seen:
            return False
        for k, m in enumerate(mentions):
            if m.entry is not entry or not m.text.endswith("s"):
                continue
            for o in (mentions[k - 1] if k else None, mentions[k + 1] if k + 1 < len(mentions) else None):
                if o is None or o.entry.form != "demonym" or o.entry.actor.code not in st.nationals_seen:
                    continue
                if o.entry.actor.code == entry.actor.code or not o.text.endswith("s"):
                    continue
                a, b = (o, m) if o.start < m.start else (m, o)
                if _JOINED_COUNT_RE.fullmatch(text, a.end, b.start):
                    return True
        return False

    def _moved_from_to(self, text: str, pos: int, from_end: int, mentions: list[ActorMention]) -> bool:
        """ "The U.S. is shifting 600 soldiers from Germany to Qatar": a state after "from" with a destination after it
        is where a move starts when the clause has a subject of its own before ``pos``; it owns none of the forces
        (but "200 soldiers from Austria" alone, or "troops from Chad arrived", are that state's)."""
        if not contains_spaced(text, (" to ",)):
            return False
        origin = next((m for m in mentions if from_end <= m.start <= from_end + 1), None)
        if origin is None or origin.possessive or origin.entry.actor.kind != "state":
            return False
        if _FROM_TO_AFTER_RE.match(text, origin.end) is None:
            return False
        subject = self._subject_before(text, pos, mentions)
        return subject is not None and subject.actor.code != origin.entry.actor.code

    def _side_object(self, text: str, m: ActorMention) -> bool:
        """ "joined the Russian army", "fighting for Russia": the mention is the side people serve, no owner."""
        side = self.actors.nationals_side_re
        return side is not None and any(
            sm.end() == m.start for sm in side.finditer(text, max(0, m.start - 40), m.start)
        )

    def _people_on_other_side(self, text: str, entry: ActorEntry, mentions: list[ActorMention]) -> bool:
        """ "45 Bangladeshis killed fighting for Russia", "Bangladeshis who joined Russian forces", "Bangladeshis
        fighting alongside the RSF": the demonym names people (no force noun after it) who fight for or serve with
        another state or armed group."""
        side = self.actors.nationals_side_re
        if side is None or side.search(text) is None:
            return False
        if not any(
            m.entry is entry and m.text.endswith("s") and not m.possessive and not self._bound_noun_after(text, m)
            for m in mentions
        ):
            return False
        starts = {m.start: m for m in mentions}
        for sm in side.finditer(text):
            at = sm.end()
            m = starts.get(at) or (starts.get(at + 4) if text.startswith("the ", at) else None)
            if m is None or m.entry.actor.code == entry.actor.code:
                continue
            # (or another state's armed group: "300 Peruvians are with the rebels' Tigray Force"; an armed group holds
            # ground at home or fights for a sponsor; a peace operation's or alliance's people are contingents: "700
            # Paraguayans serve with UNFICYP")
            if m.entry.actor.kind == "state" or (
                m.entry.actor.kind == "group"
                and m.entry.theatre is None
                and bool(m.entry.home or m.entry.sponsor)
                and m.entry.sponsor != entry.actor.code
            ):
                return True
        return False

    def _gapped_owner(
        self,
        text: str,
        pos: int,
        end: int,
        mentions: list[ActorMention],
        earlier: list[tuple[ActorEntry, int, str]],
        follows_count: bool = False,
    ) -> ActorEntry | None:
        """The actor of a gapped clause that continues a count made earlier in the sentence: "followed by Italy
        with about 1,000", "and Belarus about 100", "while Romania is adding about 100"."""
        m = next((m for m in reversed(mentions) if m.end <= pos), None)
        if m is None or (earlier and m.start < earlier[-1][1]):
            return None
        link = self.cues.gapped_link_re.fullmatch(text, m.end, pos)
        if link is None and earlier:
            # "and Hungary, which has held the KFOR command since 2024, contributes about 400": a relative clause
            # between the actor and its link
            for o in [o for o in mentions if earlier[-1][1] <= o.start and o.end <= pos][-3:]:
                ins = _RELATIVE_INSERT_RE.match(text, o.end, pos)
                if ins is not None and (link := self.cues.gapped_link_re.fullmatch(text, ins.end(), pos)):
                    m = o
                    break
        if link is None and not earlier and (ap := _APPOSITION_AFTER_RE.match(text, m.end, pos)) is not None:
            link = self.cues.gapped_link_re.fullmatch(text, ap.end(), pos)  # "Peru, a new contributor, keeps 90"
        if link is None:
            return None
        if not earlier:
            # the clause was cut off the count it continues ("..., while Romania is adding about 100."): the
            # actor opens the clause, a verb links it to a number that ends it
            ws = _words(link.group(0))
            ends = _GAP_END_RE.match(text, end) or _GAP_PLACE_END_RE.match(text, end)
            if text[: m.start].strip() or not ws or not ends:
                return None
            # ("Peru comes next with 300": a ranking's link is no bare "with", it continues a count)
            if ws[-1] in _GAP_STATIVE and len(ws) == 1 and not (follows_count and ws[-1] in ("has", "had", "have")):
                # "Fiji has about 180." says nothing of forces on its own, but right after a sentence that
                # counted forces ("Colombia has about 275 soldiers in the Sinai.") it is that count, elided
                return None
            return m.entry
        return m.entry if _GAP_OPEN_RE.search(text, max(0, m.start - 12), m.start) else None

