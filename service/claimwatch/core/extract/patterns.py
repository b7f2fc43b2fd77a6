"""The regular expressions and word sets the extraction rules share.

Kept apart from the rules so that a rule reads as logic and the phrases it
recognises can be reviewed (and extended) in one place; the longer word lists
live in ``data/cues.json`` (see ``cues``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from claimwatch.core.gazetteer import PlaceMention
from claimwatch.core.prefilter import compile_gated

_start = attrgetter("start")
_WORD_RE = re.compile(r"[a-z][a-z'’-]*")
_SPEAKER_AFTER_RE = re.compile(
    r"[ \t]*(?:'s|’s)?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:bloggers?|channels?|outlets?|commentators?|experts?|"
    r"observers?|diplomats?|authorities|journalists?|correspondents?|reporters?|said|says|told|reported|confirmed|estimated|announced|intelligence|"
    # "Lithuanian claims that another 400 were on the way": the mention names whose claim it is
    r"claims|allegations|"
    # "the Pentagon put the number at 10,000": the mention reports the figure
    r"puts?[ \t]+(?:the|its|their)[ \t]+(?:number|figure|total|toll|strength|count)|"
    r"spy|officials?|ministry|media|lawmakers?|sources?|ambassador|envoy|minister|spokes(?:man|woman|person)|"
    r"president|leader|commander|government|foreign|defen[cs]e|state|press|lawmaker|analysts?)\b",
    re.IGNORECASE,
)
_PART_OF_RE = re.compile(
    r"\b(?:territory|soil|part|parts|areas?|region|province|district|city|town|village|port|north|south|east|west|"
    r"centre|center|heart|outskirts|edge|suburbs|vicinity|environs|middle|waters|coast|shores|median line|"
    r"airspace|skies|"
    # "a patrol of the Mozambique Channel": the ship patrols there
    r"patrol|patrols)"
    # "parts of Ukraine's Zaporizhzhia region": the part of a place named after its country's possessive
    r"\s+of\s+(?:the\s+)?(?:[a-z][\w.-]*(?:'s|’s)\s+)?$"
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
        "federal",
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
     "departs", "depart", "sailed", "sailing", "flew", "flying", "flown", "embarked", "shipped", "off",
     # ("killed in the battle for Bakhmut": the place fought over is where the forces fought; not "fighting for
     # Russia", a side)
     "battle", "battles"}
)  # fmt: skip
#: Before a possessive state that owns a place, not forces: "in Egypt's Sinai", "near Russia's border".
_PLACE_OWNER_PREPS = frozenset({"in", "at", "into", "near", "inside", "across", "to", "toward", "towards"})
#: A possessive place is a location only when what it owns is a part of it ("Russia's Kursk region").
#: Between a possessive name and the next word ("Russia's Africa Corps", "Egypt's AUSSOM"); a mention's end
#: excludes the "'s" (or a bare apostrophe after an s: "the Africa Corps' strength").
_POSSESSIVE_GAP_RE = re.compile(r"(?:'s|’s|(?<=s)['’])?[ \t]+")
#: A ship's name after its kind or prefix: up to three capitalised words ("HMS Severn", "the cutter Kimball").
_SHIP_NAME_AFTER = r"[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
#: After a name, a hyphenated word that makes it describe a thing rather than own it or be where it is:
#: "a Liberian-flagged tanker", "Chinese-made drones", "U.S.-built jets".
_NOT_OWNER_SUFFIXES = (
    "-flagged", "-registered", "-owned", "-made", "-built", "-designed", "-manufactured", "-produced",
    # "an al Qaeda-linked group": a tie, not an owner
    "-linked", "-affiliated", "-aligned", "-inspired",
    # "Iran-backed militias", "Russian-trained fighters": a patron's proxies, not its own forces
    "-backed", "-sponsored", "-supported", "-funded", "-armed", "-trained", "-equipped",
    # "Houthi-held territory", "Russian-occupied Crimea": a place by who holds it, no forces counted or placed
    "-held", "-controlled", "-occupied", "-run", "-ruled", "-administered", "-annexed",
)  # fmt: skip
_PLACE_PART_RE = re.compile(
    r"(?:'s|’s)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}"
    # "off Haiti's southern coast": a side of the part named is still a part
    r"(?:(?:(?:north|south)?-?(?:east|west)ern|northern|southern|central)[ \t]+)?"
    r"(?:(?:(?:far[ \t]+)?(?:east|west|north|south)|"
    r"region|oblast|province|territory|soil|waters|territorial[ \t]+waters|airspace|exclusive[ \t]+economic[ \t]+zone|"
    r"capital|coast|port|base|air[ \t]?base|airport|city|"
    # "beside Djibouti's international airport", "at Aden's main port": a site with its kind still lies there
    r"(?:international|main|military|naval)[ \t]+(?:port|base|air[ \t]?base|airport|airfield)|"
    # "active in Sudan's gold sector", "guarding Libya's oil fields": a resource's sites lie in the country
    r"(?:gold|oil|gas|diamond|uranium|mining)[ \t]+(?:sector|industry|fields?|concessions?))\b|"
    r"(?:al-|el-|ad-|as-|at-|an-)?[A-Z])",
)
#: Force nouns too common in other senses ("military rulers") to mark a sentence as speaking of forces.
_WEAK_FORCE_WORDS = frozenset({"military", "force", "forces", "men", "base", "bases", "system", "unit", "members"})
_SEAT_AFTER_RE = re.compile(r"[ \t]+(?:say|says|said|told|reported|announced|confirmed)\b")
_SPEAKER_NOUNS = frozenset(
    {"officials", "official", "sources", "source", "diplomats", "diplomat", "analysts", "journalists", "reporters",
     "correspondent", "spokesman", "spokeswoman", "ministry", "embassy", "lawmakers", "officers"}
)  # fmt: skip
#: "towards the Bering Strait, U.S. officials said": the name before a speaker and a speech verb is whose officials
#: speak, no place
_SPEAKERS_AFTER_RE = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:" + "|".join(sorted(_SPEAKER_NOUNS)) + r")[ \t]+(?:say|says|said|told|reported|"
    r"accused|accuse|accuses|alleged|allege|believe|believed|estimate|estimated|assess|assessed|warned|claimed|"
    r"confirmed|denied|insisted|acknowledged|suspect|suspected)\b"
)
#: "2,000 more", "another 200": a bare number that continues a count of forces already named.
#: "2,000 more", and "11,000 already there": a bare count of the forces named before
_MORE_RE = re.compile(r"[ \t]+(?:more|others|additional|extra|(?:(?:are|were)[ \t]+)?already)\b")
_ANOTHER_RE = re.compile(r"\b(?:[Aa]nother|[Aa]n additional|[Aa] further)[ \t]+$")
#: Only a conjunction between two places: "to Chad and Niger", "in Syria, Iraq or Jordan".
# (a parenthesis after a place of the list, "in Chad (about 1,000 troops), Niger and Mali", leaves the list going)
_AND_PLACE_RE = re.compile(
    r"(?:[ \t]*\([^()\n]{0,60}\))?(?:(?:,[ \t]*|[ \t]+)(?:and|or|as[ \t]+well[ \t]+as)?[ \t]*(?:the[ \t]+)?|,[ \t]*)"
)
# a place name used as a hyphenated patron adjective ("the Moscow-led bloc", "Tehran-backed militias"):
# it names who leads or backs a force, never where the force is
_PLACE_MODIFIER_ADJ_RE = re.compile(
    r"[-\u2010\u2011](?:led|backed|allied|aligned|sponsored)\b"
    # "the Dakar-based Centre for Sahel Studies", "a London-based monitor": an organisation's seat
    r"|[-\u2010\u2011]based[ \t]+(?:[A-Z]|(?:think|research|rights|monitoring|news|security[ \t]+consultancy|"
    r"consultancy|firm|company|group|organi[sz]ation|outlet|newspaper|analyst|researcher|institute|centre|center|"
    r"monitor|watchdog|NGO|charity|broadcaster|agency)\b)",
    re.IGNORECASE,
)
_EXISTENTIAL_RE = re.compile(r"[ \t]+(?:is|are|was|were|have|has|had|will|would|may|might|could|seems?|appears?)\b")
#: ("2,000 of the new arrivals", "some 500 of the newcomers": the forces that arrived, counted before, as "of them")
_OF_THEM_RE = re.compile(
    r"[ \t]+of[ \t]+(?:them|those|these|whom|the[ \t]+(?:(?:new|latest|fresh|recent)[ \t]+)?(?:arrivals|newcomers)\b)\b"
)
#: The rest of a count after "and" that is a share of the count before ("and some 600 of them"), not a second
#: count joined to it.
_REST_OF_SHARE_RE = re.compile(r"[\d,.]*[ \t]+of[ \t]+(?:them|those|these|whom)\b")
#: A move away before a count: its "from X" is where the forces leave, not whose they are.
_WITHDRAW_BEFORE_RE = re.compile(
    r"\b(?:withdraw|withdraws|withdrawing|withdrew|withdrawn|pull|pulls|pulling|pulled|remove|removes|removing|"
    r"removed|relocate|relocates|relocating|relocated|redeploy|redeploying|redeployed|evacuate|evacuating|"
    r"evacuated|cut|cuts|cutting|reduce|reducing|reduced)\b(?:[ \t]+(?:out|back|home|about|around|some|up[ \t]+to|"
    r"roughly|nearly|almost|more[ \t]+than|at[ \t]+least|the|its|their|all|"
    # "withdraw the last of its 1,000 soldiers from Chad"
    r"last|rest|remainder|remaining|first|final|bulk|most|half|part|of))*[ \t]*$",
    re.IGNORECASE,
)
#: A distance from a place ("460 nautical miles east of the Somali coast", "30 km from Kharkiv"): the
#: place is a reference point.
_DISTANCE_FROM_RE = compile_gated(
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
#: A quoted count closes its quote first ('"at least 90" Wagner members').
_MEMBERS_OF_RE = re.compile(
    r"[\"”]?[ \t]+(?:(?:service|military|armed)[ \t]+)?members[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+)?|"
    r"[\"”]?[ \t]+(?=[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,5}[ \t]+members\b)"
)
_AND_WORD_RE = re.compile(r"\b(?:and|or)\b")
#: A force noun and a comma or dash right before a bare count: "Malaysia's troops, 209 in the first wave, ...".
#: (the count may be quoted: 'officers, "about 40," arrived': a source's own words set off the same way)
_APPOSED_COUNT_RE = compile_gated(r"\b(?P<noun>[a-z]+)[ \t]*(?:,|[–—]|[ \t]-)[ \t]*[\"“]?$")
#: A lowercase plural right after a bare number ("18 incidents", "40 villages"): the noun the number counts.
_PLURAL_AFTER_RE = re.compile(r"[ \t]+([a-z]{3,}s)\b(?![-'’])")
#: Plurals after a number that do not name what it counts: verbs and pronoun-like words ("300 others", "5,000 remains").
_NOT_COUNTED_PLURALS = frozenset(
    {"others", "members", "this", "remains", "stays", "serves", "arrives", "leaves", "goes", "comes", "does", "has",
     "plus", "apiece", "thus", "whereas", "besides", "perhaps"}
)  # fmt: skip
#: After a capital's possessive, a part of the city: "Mogadishu's airport", "Kyiv's outskirts" (a place, no owner).
_CITY_PART_RE = re.compile(
    r"(?:'s|’s)[ \t]+(?:(?:main|international|military|old|northern|southern|eastern|western)[ \t]+)?"
    r"(?:airport|port|harbou?r|outskirts|suburbs?|city[ \t]+cent(?:re|er)|streets|airfield|air[ \t]?base)\b"
)
#: A sentence opening on a force named before ("The group", "The task force", "These ships"): the item's focus.
_ANAPHORIC_FORCE_SUBJECT_RE = re.compile(
    # ("Their crews will sail with Dutch ships": the force named before, not its partners)
    r"(?:(?:The|This|These|That|Those|Its|Their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:group|carrier|ships?|warships?|"
    r"frigate|destroyer|flotilla|squadron|task[ \t]+force|contingent|battalion|detachment|convoy|fleet|jets|aircraft|"
    r"troops|soldiers|personnel|instructors|advisers|arrivals|newcomers|reinforcements)"
    # "Most of them are deployed with Russian units", "They are attached to ...": the forces counted before
    r"|(?:Most|Many|Some|All|Half|Several|Part|Others?|The[ \t]+rest)[ \t]+of[ \t]+them|They"
    # "Elements of the brigade are to join an exercise in Latvia": a part of the formation named before
    r"|(?:Elements|Parts?|Units|Most|Some|Half|All)[ \t]+of[ \t]+(?:the|this|that|its|their)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}(?:brigade|battalion|regiment|division|group|contingent|detachment|force|fleet|"
    r"squadron|flotilla|task[ \t]+force))\b"
)
#: A name right after "with" / "alongside" / "joined by", or in a list opened by one ("with Swedish, Finnish and ").
_COMITATIVE_BEFORE_RE = re.compile(
    r"\b(?:with|alongside|joined[ \t]+by)[ \t]+(?:the[ \t]+)?(?:[\w'’-]+,?[ \t]+(?:and[ \t]+)?){0,3}$"
)
#: "N members of a new rotation / of the contingent / of its engineering battalion": a military formation's members.
_MEMBERS_OF_UNIT_RE = re.compile(
    r"[ \t]+(?P<noun>members)[ \t]+of[ \t]+(?:a|an|the|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,5}?"
    r"(?:rotation|contingent|battalion|detachment|brigade|regiment|squadron|garrison)\b",
    re.IGNORECASE,
)
#: An estimate of the forces' number with no noun after the figure ("put their number at around 4,500").
_NUMBER_AT_RE = compile_gated(
    r"(?:\b(?:put|puts|putting|placed|places|estimated|estimates|estimate)[ \t]+(?:the|their|its|that)[ \t]+"
    # ("put the number delivered at more than 200": the count of a delivery)
    r"(?P<noun>number|strength|headcount)(?:[ \t]+(?:delivered|supplied|shipped|transferred)"
    # ("put the number wounded in Belgorod since May at some 400": a toll, with where and since when)
    r"|[ \t]+(?:killed|wounded|injured|dead|captured|missing)\b[^,.;:\d]{0,60}?(?:[ \t]+\d{4})?)?"
    # ("put its strength in Chad at about 600", "in the Horn of Africa at": where the strength is counted)
    r"(?:[ \t]+in[ \t]+(?:the[ \t]+)?[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}?)?"
    r"(?:[ \t]+(?:higher|lower|even[ \t]+higher))?[ \t]*,?[ \t]+at[ \t]+"
    # ("Its prewar stockpile was put at about 150,000": the size of a stock of weapons)
    r"|\b(?:the|their|its)[ \t]+(?:(?:prewar|pre-war|current|total|entire|remaining)[ \t]+)?"
    r"(?P<noun2>number|strength|headcount|arsenal|stockpile)[ \t]+(?:(?:is|was|has[ \t]+been|had[ \t]+been)"
    r"[ \t]+(?:now[ \t]+)?(?:estimated|put|believed|thought|said|reported)[ \t]+(?:to[ \t]+be|at)|was|is|stood|stands|"
    # ("the number had peaked at nearly 5,800": the highest strength reached)
    r"had[ \t]+reached|reached|rose|had[ \t]+risen|has[ \t]+risen|had[ \t]+peaked|has[ \t]+peaked|peaked)"
    r"(?:[ \t]+(?:at|to|closer[ \t]+to|nearer))?[ \t]+"
    # "North Korean casualties had reached about 1,100": a running toll with no noun after the figure
    # ("its casualties in the war against Ukraine are estimated at around 4,700": a short phrase may follow the noun)
    r"|\b(?P<noun3>casualties|losses|deaths)(?:[ \t]+(?:in|from|among|since|during)[ \t]+[^,.;:]{1,40}?)?[ \t]+"
    # ("total North Korean casualties highly likely exceed 6,000": an estimate's adverbs)
    r"(?:(?:had|have|has)[ \t]+)?(?:now[ \t]+)?(?:[a-z]+ly[ \t]+){0,2}(?:reached|passed|exceeded|exceed|exceeds|topped|"
    r"top|tops|surpassed|surpass|surpasses|"
    r"(?:risen|rose|climbed)[ \t]+to|stood[ \t]+at|stand[ \t]+at|stands[ \t]+at|"
    r"(?:are|were)[ \t]+estimated[ \t]+at)[ \t]+"
    # "The NIS put North Korean deaths at about 2,000": a toll the speaker puts at a number
    r"|\b(?:put|puts|putting|placed|places)[ \t]+(?:(?:the|their|its|total)[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,2}"
    r"(?P<noun4>casualties|losses|deaths)[ \t]+(?:[^,.;]{1,40}?[ \t]+)?at[ \t]+"
    # "Its presence there is modest. Estimates range from 200 to 400": estimates of the forces' number
    r"|\b(?P<noun5>estimates)(?:[ \t]+of[ \t]+(?:the|their|its)[ \t]+(?:number|numbers|strength))?[ \t]+"
    r"(?:range|ranged|vary|varied)[ \t]+)"
    # ('put the number at "no more than 250"': a quoted estimate)
    r"[\"“‘']?$",
    re.IGNORECASE,
)
#: "the mission had only 14", "the mission's commander said 2,000 personnel would leave": the mission named before.
#: "the AU mission", "the U.N.-led mission": an organisation's mission, not the organisation
_MISSION_AFTER_RE = re.compile(r"(?:-led)?[ \t]+(?:peacekeeping[ \t]+)?mission\b")
_MISSION_WORD_RE = re.compile(r"\b(?:mission|missions|peacekeeping|peacekeepers|standby[ \t]+force)\b", re.IGNORECASE)
#: What _MISSION_WORD_RE cannot match without (``text.may_contain``)
_MISSION_WORD_ANCHORS = ("mission", "peacekeep", "standby")
#: ("the bilateral mission", "the national mission": one state's own operation, not the multinational one)
_THE_MISSION_RE = re.compile(
    r"\b[Tt]he[ \t]+(?:(?!bilateral\b|national\b|separate\b|own\b)[\w-]+[ \t]+)?mission(?:'s|’s)?\b"
)
#: A fact box's label: "- Kuwait:", "• Total:", "Qatar:" (a bullet, up to four capitalised words, a colon)
_FACT_LABEL = r"[ \t]*(?:[-–•*][ \t]*)?(?:[A-Z][\w.'’-]*[ \t]*){1,4}:"
#: "At its peak the group had about 2,000 men": the armed group or firm named last, not the item's focus.
_THE_GROUP_RE = re.compile(r"\b[Tt]he[ \t]+(group|company|firm|outfit|corps)(?:'s|’s|')?(?![\w-])")
#: "The force now numbers about 1,100": a peace operation named before, called by what it is (not "the air force").
_THE_FORCE_RE = re.compile(r"\b[Tt]he[ \t]+force(?:'s|’s)?(?![\w-])")
#: A comma or semicolon that ends a clause (not the comma inside "7,000").
_CLAUSE_COMMA_RE = re.compile(r"[,;](?=\s|$)")
#: A subject that is several states at once: the figure is their combined count, no one actor's.
_COMBINED_SUBJECT_RE = re.compile(
    # (not "Together, the two strike groups carry 130 aircraft": one state's formations)
    # ("Together, the two carrier groups carry 9,000 sailors": a carrier group is one navy's, like a strike group)
    # ("Together the warships carry 3,000 sailors", "Taken together, the moves add 5,000 troops": one navy's
    # ships, one government's orders, with or without their number)
    r"\b[Tt]ogether,?[ \t]+(?:the|they|these|those)\b(?![ \t]+(?:(?:two|three|four)[ \t]+)?(?:carrier[ \t]+)?"
    r"(?:strike[ \t]+groups|carriers|ships|warships|vessels|destroyers|squadrons|battalions|brigades|units|moves|"
    r"deployments|orders)\b"
    r"|[ \t]+(?:two|three|four)[ \t]+carrier[ \t]+groups\b)"
    r"|\bbetween[ \t]+them\b|"
    r"\b[Tt]he[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t]+(?:countries|nations|states|allies|"
    r"governments|contributors|partners)\b|\b(?:[Bb]oth|[Aa]ll)[ \t]+(?:countries|nations|states)\b|"
    # "the drills will bring together about 140 aircraft and 3,500 personnel" (not "forces will be brought together")
    r"\b(?:bring|brings|bringing)[ \t]+together(?:[ \t]+[\w-]+){0,6}[ \t]+$"
    # "put the combined Russian presence at between 1,500 and 2,000": several forces counted as one (README: a
    # figure that counts two actors together is no figure for either)
    r"|\b[Tt]he[ \t]+combined[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?:presence|strength|forces|troops|personnel|contingents)\b"
)
#: "troops from A, B and allied countries": more than one origin after "from".
_MULTI_ORIGIN_RE = re.compile(
    r"(?:'s|’s)?[ \t]*(?:,|and)[ \t]+(?:the[ \t]+)?(?:[A-Z]|(?:other[ \t]+|allied[ \t]+|partner[ \t]+)"
    r"(?:countries|nations|states|allies|partners))"
)
#: "16,000 troops, about 11,000 of them American": a share of one state follows a total.
_SHARE_AFTER_RE = re.compile(r"[ \t]*,[ \t]*(?:\w+[ \t]+){0,2}\d[\d,.]*[ \t]+of[ \t]+them\b")
#: "About 550 troops are taking part, most of them Danish": a count of several states' forces, one state's the most.
_MOST_OF_THEM_RE = re.compile(
    r"[^.;]{0,40}?,[ \t]+(?:most|many|half|mostly|the[ \t]+majority|nearly[ \t]+all|almost[ \t]+all)[ \t]+of[ \t]+"
    r"(?:them|whom)[ \t]+(?:are[ \t]+|were[ \t]+)?(?=[A-Z])"
)
#: "Including a Dutch engineer platoon, the battlegroup numbers 1,900": a state's unit named as part of a whole.
_INCLUDED_PART_BEFORE_RE = re.compile(r"\b[Ii]ncluding[ \t]+(?:(?:an?|the|its|their)[ \t]+)?$")
#: "25,000 troops from 14 allied nations", "4,000 personnel from 10 countries": many states' forces counted together.
_MANY_ORIGINS_RE = re.compile(
    r"[ \t]+(?:from|of)[ \t]+(?:(?:some|about|around|more[ \t]+than|over|nearly|at[ \t]+least)[ \t]+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[ \t]+dozen|dozens[ \t]+of|several|many|"
    r"(?:the|all|other)[ \t]+(?:participating|partner|allied|member|attending|contributing|other))"
    r"[ \t]+(?:[\w-]+[ \t]+)?(?:countries|nations|states|allies|armies|member[ \t]+states)\b",
    re.IGNORECASE,
)
_OF_THEM_OWNER_RE = re.compile(r"[ \t]+(?:(?:are|were|being)[ \t]+)?")
_GARRISON_AFTER_RE = re.compile(
    r"[ \t]+(?:garrison|base|bases|contingent|detachment|deployment|presence|mission|troops|forces|force)\b"
)
#: After a place named as an adjective: a body of forces that is there ("the Kursk deployment")
_PRESENCE_AFTER_RE = re.compile(r"[ \t]+(?:deployment|contingent|garrison|detachment|grouping)\b")
#: Before it: the article, and at most two capitalised words ("the North Korean Kursk deployment")
_THE_NAMED_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}$")
_PLAIN_SHIP_NOUNS = frozenset({"ships", "ship", "vessels", "vessel"})
#: Ships counted beside these words are a merchant fleet ("Russian cargo ships" may still carry arms: not here).
_MERCHANT_WORDS = frozenset({"shipping", "shipowners", "merchant", "commercial", "container", "fishing", "ferry"})
_FROM_BEFORE_RE = re.compile(r"\b(?:from|out[ \t]+of)[ \t]+$", re.IGNORECASE)
_FLIGHT_WORDS = frozenset({"fled", "flee", "flees", "fleeing"})
#: a sentence that names civilians or captives and no force: the people who moved are civilians ("civilian workers
#: arrived") or prisoners taken somewhere ("the prisoners have been transferred to Kyiv": a custody place)
_CIVILIAN_WORDS = frozenset(
    {"civilian", "civilians", "prisoners", "prisoner", "pows", "captives", "detainees", "custody"}
)
#: a count's own reference back to a place named before ("40,000 troops are based in the region, including ...")
_OWN_ANAPHOR_RE = re.compile(
    r"\b(?:in|across|throughout|to|into)[ \t]+the[ \t]+(?:region|area|country|theatre|theater)\b|\bthere\b"
)
#: The word after a group's name, past a "-led" or "-backed" ("the Hamas-led attack", "a Houthi offensive"): an
#: event noun there makes the name a modifier of the event
_EVENT_WORD_AFTER_RE = re.compile(r"(?:[-–](?:led|backed))?[ \t]+([A-Za-z]+)")
#: A preposition of time before a name and its event ("following the Hamas attack", "after a Houthi raid")
_TIME_PREP_BEFORE_RE = re.compile(r"\b(?:after|following|since|before|during|amid)[ \t]+(?:(?:the|a|an)[ \t]+)?$")
#: a group's name before one of its people's titles ("Hamas political leader Ismail Haniyeh", "Wagner founder")
_GROUP_PERSON_AFTER_RE = re.compile(
    r"(?:'s|’s)?[ \t]+(?:(?:political|military|former|late|deputy|top|senior|supreme|exiled)[ \t]+)?"
    r"(?:leader|chief|founder|co-founder|head|spokesman|spokeswoman|spokesperson|politburo|negotiator|boss)\b"
)
#: "contracts with the Russian army": the demonym names the army that hires, not nationals who are hired.
_ARMY_AFTER_RE = re.compile(r"[ \t]+(?:army|armed[ \t]+forces|military|defen[cs]e[ \t]+ministry)\b", re.IGNORECASE)
_LED_BY_WORDS = frozenset({"led", "commanded", "headed", "manned", "crewed", "operated", "flown", "run"})
#: A rank or title after a demonym ("Kenyan Maj. Gen. X", "a Kenyan general"): the demonym names a person.
_PERSON_TITLE_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:Maj|Brig|Lt|Col|Gen|Adm|Cmdr|Capt|Rear|Vice)\.?[ \t]|"
    r"(?:[Gg]eneral|[Mm]ajor|[Bb]rigadier|[Cc]olonel|[Aa]dmiral|[Cc]ommander|[Ll]ieutenant|[Cc]aptain|officer)\b)"
)
_POSSESSIVE_DET_RE = re.compile(r"\b(?:its|their|our|his|her)[ \t]+$", re.IGNORECASE)
_DEFINITE_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+$")
#: "The number of Syrian fighters that Turkey has sent ... has reached 8,000": the head noun is what is counted.
_NUMBER_OF_RE = compile_gated(
    # ("Deliveries of 240mm rocket launchers to Russia have reached about 220": what was delivered is counted)
    # ("raised its estimate of North Korean losses from 4,000 to 6,200": the losses are counted)
    r"\b(?:number|total|count|tally|estimate|strength|concentration|deliveries|shipments|transfers)[ \t]+of[ \t]+"
    r"(?:(?:the|its|their)[ \t]+)?",
    re.IGNORECASE,
)
#: Civil transport among a count's modifiers: "two chartered aircraft", "three commercial airliners".
_CIVIL_CRAFT_RE = re.compile(r"\b(?:chartered|charter|commercial|civilian|civil|passenger|merchant)\b", re.IGNORECASE)
#: A dash, colon or bracket and a list of names after a count: "three of its members - Mali, Burkina Faso and
#: Niger": the names are what is counted.
_NAMED_LIST_AFTER_RE = re.compile(
    r"(?:[ \t]+of[ \t]+(?:its|their|the)[ \t]+\w+)?[ \t]*(?:[-–—:(])[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"
    r"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)*,?[ \t]+and[ \t]+[A-Z]"
)
#: "at least 20 drones, up from the 12 cited last month": the earlier count of the same thing.
_UP_FROM_RE = re.compile(
    # (an opening quote: 'up from "roughly 400"', the earlier figure quoted)
    r"\b(?:up|down|rising|risen|increased|decreased|falling|fallen)[ \t]+from[ \t]+[\"“]?(?:the[ \t]+)?"
    # "up from its earlier figure of about 600": the same count as estimated before
    r"(?:(?:its|their|the|an?)[ \t]+(?:(?:earlier|previous|last|first|initial|original)[ \t]+)?"
    r"(?:figure|estimate|count|tally|toll)[ \t]+of[ \t]+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost)[ \t]+)?$",
    re.IGNORECASE,
)
#: "cut its contingent to about 250 soldiers from roughly 450 now": the count before a change, after "from"
_CHANGED_FROM_RE = compile_gated(
    r"\b(?:cut|cuts|cutting|reduce|reduces|reducing|reduced|trim|trims|trimming|trimmed|shrink|shrinks|shrinking|"
    r"shrank|lower|lowers|lowering|lowered|raise|raises|raising|raised|increase|increases|increasing|increased|"
    r"expand|expands|expanding|expanded|boost|boosts|boosting|boosted|grow|grows|growing|grew|grown|down|up)\b"
    r"[^.;]*\bfrom[ \t]+(?:the[ \t]+)?(?:(?:about|around|roughly|some|nearly|almost|just|over|more[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)
#: Where the words after a bare number stop belonging to its noun phrase: a comma, a semicolon, a full stop
_PHRASE_END_RE = re.compile(r"[,;:()]|\.(?:\s|$)|$")
#: "bringing the total (its detachment, its contingent) there to six": a new total of what was counted before
_TOTAL_TO_RE = re.compile(
    r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|take|takes|taking|took|lift|lifts|lifting)"
    r"[ \t]+(?:the|its|their)[ \t]+(?:overall[ \t]+|combined[ \t]+)?"
    r"(?:total|tally|number|count|detachment|contingent|deployment|presence|fleet|squadron)\b[^,;.]{0,60}?"
    r"[ \t]to[ \t]+(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|over)[ \t]+)?$",
    re.IGNORECASE,
)
#: "will bring EUFOR's strength to about 1,100", "raising its presence to 3,000": a force's new total ("bringing
#: its fleet to 12": ships or aircraft).
_STRENGTH_TO_RE = compile_gated(
    r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|increase|increases|increasing|increased|"
    r"boost|boosts|boosting|boosted|take|takes|taking|took)[ \t]+"
    r"(?:(?:the|its|their)[ \t]+)?(?:[\w-]+(?:'s|’s)[ \t]+)?(?:(?:total|overall|combined)[ \t]+)?"
    r"(?P<noun>strength|numbers|presence|force|contingent|fleet|troop[ \t]+levels?|troop[ \t]+numbers?)[ \t]+"
    r"(?:(?:in|at|on)[ \t]+(?:(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
    r"|the[ \t]+(?:strait|region|area|country|sea|gulf))[ \t]+)?"
    r"(?:(?:temporarily|eventually|further)[ \t]+)?to[ \t]+$"
    # "the contingent in South Sudan was raised to around 400"
    r"|\b(?P<noun2>contingent|garrison|detachment|force|forces|presence|deployment)[ \t]+"
    r"(?:(?:in|at|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+)?"
    # ("U.S. forces in X are being cut to 500", "the garrison will also be reduced to 300": the verb's tense and an
    # adverb change nothing)
    r"(?:was|were|is|are|has|have|had|will|would)[ \t]+(?:(?:also|now|further|again)[ \t]+)?"
    r"(?:(?:be|been|being)[ \t]+)?"
    r"(?:raised|increased|boosted|expanded|reduced|cut)[ \t]+to[ \t]+[\"“]?$",
    re.IGNORECASE,
)
#: "260 of the fighters, most of them from X, have been killed": an appositive between the count and its verb.
_APPOSITIVE_RE = re.compile(r",[^,;.]{1,90},(?!\d)")  # (not into "2,000": no apposition ends in a number)
_AND_BEFORE_RE = re.compile(r"(?:,|\band|\bincluding|\bamong[ \t]+them)[ \t]*$")
#: "... and wounding 17": a verb joined by "and" right before a bare number
_AND_VERB_BEFORE_RE = re.compile(r"(?:,|\band)[ \t]+(\w+)[ \t]+(?:(?:at[ \t]+least|about|some|another)[ \t]+)?$")
#: After a bare number that continues a count: its place ("and some 350 in B") or its time ("and about 450 until
#: this autumn", "and 300 by June", "and as many as 3,000 at its height")
_IN_PLACE_AFTER_RE = re.compile(
    # ("and two at al-Asad Air Base": an Arabic name may open with its lower-case article)
    # ("and 300 in neighbouring Belgorod": a neighbour named as such)
    r"[ \t]+(?:(?:in|at|to|into)[ \t]+(?:the[ \t]+)?(?:(?:neighbou?ring|nearby)[ \t]+)?(?:[ae]l-)?[A-Z]"
    # "about 870 with UNIFIL in Lebanon": a contingent's mission and its place
    r"|with[ \t]+(?:the[ \t]+)?[A-Z][\w.-]*[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z]"
    r"|(?:until|till|by|since)[ \t]+(?:this|last|next|the[ \t]+end|early|late|mid|[A-Z]|(?:19|20)\d\d)"
    r"|in[ \t]+(?:19|20)\d\d\b"
    # "about 800 at the start and as many as 3,000 at its peak": a phase of the force counted before
    r"|(?:at|by)[ \t]+(?:the|its|their)[ \t]+(?:peak|height|start|outset|beginning|end)\b"
    r"|(?:this|last|next)[ \t]+(?:year|month|week|spring|summer|autumn|fall|winter)\b"
    # "including roughly 1,200 from a rotational armoured brigade": the formation that share of the count is in
    r"|(?:from|in|with|of)[ \t]+(?:an?|the|its|their)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:brigade|battalion|regiment|"
    r"division|battlegroup|contingent|detachment|squadron|rotation)s?\b)"
)
#: A state's name as the subject of a role that only a place plays in a force's spread ("Libya remains the main
#: hub", "Chad is its supply hub", "Syria became the main theatre", "the Donbas front remained the chief place where
#: ... fought"): the state is where, not whose.
_PLACE_ROLE_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:front|sector|region))?"
    r"[ \t]+(?:remains|remained|is|was|has[ \t]+become|became)[ \t]+(?:still[ \t]+)?(?:the|its|their)[ \t]+"
    r"(?:[a-z-]+[ \t]+){0,2}?(?:centre|center|hub|heart|theatre|theater|stronghold|linchpin|springboard|"
    r"focal[ \t]+point|place[ \t]+where|area[ \t]+where)\b"
)
#: A place right before a relative clause that counts forces there ("followed by Chad, where about 900 are
#: spread over three camps"): where they are.
_WHERE_COUNT_AFTER_RE = re.compile(
    r"[ \t]*,[ \t]+where[ \t]+(?:(?:about|around|roughly|some|nearly|almost|over|more[ \t]+than|at[ \t]+least|"
    r"up[ \t]+to|an[ \t]+estimated|fewer[ \t]+than|as[ \t]+many[ \t]+as)[ \t]+)?\d"
)
#: A place that hosts a count with no noun ("Chad hosts a few hundred, and Sudan fewer than 400"): the
#: forces the item counts are there; the place owns none of them.
_BARE_HOSTED_COUNT = (
    r"(?:(?:a[ \t]+few|several|some|about|around|roughly|nearly|fewer[ \t]+than|more[ \t]+than|up[ \t]+to|"
    r"at[ \t]+least)[ \t]+)?(?:\d[\d,.]*k?|hundreds|thousands|dozens)(?:[ \t]+(?:hundred|thousand))?"
    r"|(?:a[ \t]+few|several)[ \t]+(?:hundred|thousand)"
    # "Chad hosts the largest contingent, about 900": the share of the forces the item counts
    r"|the[ \t]+(?:(?:biggest|largest|second-largest|second-biggest|smallest|main)[ \t]+)?(?:contingent|share)"
)
_HOSTS_BARE_COUNT_AFTER_RE = re.compile(r"[ \t]+(?:hosts|houses)[ \t]+(?:" + _BARE_HOSTED_COUNT + r")[ \t]*(?:[,.;]|$)")
#: "..., and Sudan fewer than 400" after a place that hosts a bare count: a second host, its verb gapped.
_GAPPED_HOST_BEFORE_RE = re.compile(
    r"\b(?:hosts|houses)[ \t]+(?:" + _BARE_HOSTED_COUNT + r")[ \t]*,?[ \t]+and[ \t]+$"
)
#: Before a bare count a place hosts: "Sudan hosts fewer than 400", "..., and Sudan fewer than 400".
_HOSTED_COUNT_BEFORE_RE = re.compile(
    r"\b(?:hosts|houses)[ \t]+(?:(?:" + _BARE_HOSTED_COUNT + r")[ \t]*,?[ \t]+and[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3})?$"
)
_BARE_COUNT_AFTER_RE = re.compile(r"[ \t]+(?:" + _BARE_HOSTED_COUNT + r")[ \t]*(?:[,.;]|$)")
_LIST_SEP_RE = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?")
#: Two states' adjectives joined with articles ("a Dutch and a Belgian warship"), or each with its noun ("a Dutch
#: frigate and a Belgian destroyer", "a U.S. Navy destroyer and a Japanese destroyer"): two words at most, and both
#: names must modify a force noun, so a clause ("said on Monday and a") cannot pass.
_ARTICLE_AND_RE = re.compile(r"[ \t]+and[ \t]+an?[ \t]+")
_NOUN_AND_RE = re.compile(r"[ \t]+[A-Za-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?[ \t]+and[ \t]+(?:an?[ \t]+|the[ \t]+)?")
#: An opening place phrase set off by a comma ("In Kuwait, Italy will place ..."): the name after it starts the
#: clause, as its subject, unless the list goes on ("In Kuwait, Qatar and Bahrain, ...").
_OPENING_PLACE_RE = re.compile(
    r"[ \t]*(?:(?:In|At|On|Near|Inside|Across|Off)[ \t]+(?:the[ \t]+)?"
    # "According to a security source in Bamako, the Africa Corps has": an attribution opens the sentence
    r"|According[ \t]+to[ \t]+[^,;]{0,60}?[ \t](?:in|at|from)[ \t]+(?:the[ \t]+)?)"
)
_OPENING_SEP_RE = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")
_LIST_GOES_ON_RE = re.compile(r"[ \t]*(?:,|and\b|or\b)")
_AND_ACTOR_RE = re.compile(r",?[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?")
_HAVE_WORDS = frozenset({"has", "had", "have", "also", "since", "now", "reportedly"})
#: "100 seats, 53 of them": the count right before a partitive "of them" names what is counted.
_COUNT_BEFORE_RE = re.compile(r"\d[\d,.]*[ \t]+([A-Za-z-]+)[ \t]*,[ \t]*$")
#: "its troops", "their regular armed forces": a possessive pronoun before a force noun.
_POSS_FORCE_RE = compile_gated(r"\b(?:its|their)[ \t]+((?:[\w-]+[ \t]+){0,2}[\w-]+)")
#: Words that may stand before a force noun in a clause's subject: "special forces", "naval units".
_FORCE_MODIFIERS = frozenset({"special", "naval", "air", "ground", "combat", "regular", "elite", "army", "navy"})
#: "40,000 troops to Norway, along with 130 aircraft": the later count continues the earlier one.
_ALONG_WITH_RE = re.compile(
    r",[ \t]+(?:along[ \t]+with|together[ \t]+with|as[ \t]+well[ \t]+as|plus)[ \t]+", re.IGNORECASE
)
#: "which numbered about 350", "is expected to number up to 5,000": the subject's strength follows.
_NUMBER_VERB_RE = compile_gated(
    # "where they number around 1,500": the pronoun's referent counted
    r"(?:\b(?:numbers|numbered|numbering)|\b(?:to|will|would|could|may|might|should|can|now|still|together|they)"
    # "its armed forces number about 22,000": a plural subject's verb
    r"[ \t]+number|\b(?P<subj>forces|troops|soldiers|personnel|fighters|contingents|ranks)"
    r"(?:[ \t]+(?:in|at|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?[ \t]+number)"
    r"(?:[ \t]+(?:about|around|roughly|some|nearly|almost|more[ \t]+than|over|at[ \t]+least|up[ \t]+to|only|just))?"
    r"[ \t]+$",
    re.IGNORECASE,
)
#: Between a place and the larger place it lies in: "Souda Bay in Crete", "Rota, Spain", "Souda Bay on the Greek
#: island of Crete".
_IN_CONTAINER_RE = re.compile(
    r",[ \t]*|,?[ \t]+(?:in|on|near)[ \t]+(?:the[ \t]+)?(?:(?:[\w'’-]+[ \t]+){0,3}of[ \t]+(?:the[ \t]+)?)?"
)
#: After a place, a command, fleet or service names an organisation ("Africa Command", "Republic of Fiji Military
#: Forces", "Kenya Defence Forces", "China Coast Guard", "Pakistan Air Force"), not where forces are; an air force
#: base keeps its place ("Eglin Air Force Base").
_COMMAND_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:Theat(?:er|re)[ \t]+)?(?:Command|Fleet)|(?:Military|Armed|Defen[cs]e)[ \t]+Forces?|"
    r"Air[ \t]+Force(?![ \t]+(?:Base|Station))|Coast[ \t]+Guard|Navy|Army)\b"
)
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
_FEATURE_NEAR_RE = compile_gated(
    r"\b(?:islands|island|isles|islets|archipelago|atoll|peninsula)[ \t]+(?:near|close[ \t]+to)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
#: The end of a list of states that leaves it open: "France, Italy and other partners", "..., among others".
_OPEN_LIST_END_RE = re.compile(
    r",?[ \t]+(?:and|or)[ \t]+(?:other|others|allied|partner|several|many|more)\b|,?[ \t]+among[ \t]+others\b"
)
#: After a state's demonym: its land, sea or air ("Azerbaijani territory", "Polish soil", "Guyanese waters").
_LAND_AFTER_RE = re.compile(r"[ \t]+(?:territory|soil|territorial[ \t]+waters|waters|airspace)\b")
#: Capitalised words that start no place name: a date after "the base" or "the capital" is no name of it
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: After "the base", "the city": a name that says which one ("the base at Adji Kossei"), so no anaphor.
_NAMED_AFTER_RE = re.compile(
    r"[ \t]+(?:at|in|of|near|outside)[ \t]+(?:the[ \t]+)?"
    r"(?!(?:" + _MONTHS + "|" + _WEEKDAYS + r")\b)[A-Z]"
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
#: "..., an allegation Kigali denies", "..., an estimate Havana called baseless".
_CLAIM_APPOSITION_RE = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:claim|allegation|charge|accusation|assertion|account|assessment|figure|estimate|"
    r"number)[ \t]+"
    r"[^,;]*(?:,|(?=[.;]?[\s\"'”’]*$))"
)
#: After a place: ", from where they crossed into ...": the place is a stage of the journey.
_TRANSIT_AFTER_RE = re.compile(
    r"(?:(?:,?[ \t]+in[ \t]+|['’]s[ \t]+)[^,;.]{1,40})?,[ \t]+(?:from[ \t]+where|whence)\b"
    # "unloaded at the port of Dunai near Vladivostok before being moved by rail": a stage on the way
    # ("flown to Misrata in western Libya, before crossing into Sudan": the land crossed from is a stage too;
    # "unloaded at X, the capital of neighbouring Y, before being driven": a place described in passing;
    # "paused at Souda Bay in Crete before heading through the canal": the journey goes on)
    r"|(?:[ \t]+(?:near|outside|in)[ \t]+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?[ \t]+)?[A-Z][^,;.]{0,30})?(?:,[ \t]+(?:the|a|an)[ \t]+[^,;.]{1,50},)?,?[ \t]+"
    r"before[ \t]+(?:being[ \t]+)?(?:moved|transported|taken|shipped|sent|trucked|flown|driven|transferred|loaded|"
    r"crossing|continuing|heading|sailing|flying|driving|travell?ing|proceeding|moving[ \t]+on)\b"
    # "flown via Muscat to Moscow and then taken by bus to a training ground in X": a stage before the next leg
    # ("unloaded at Gdansk in northern Poland next week and then moved by rail": the port and its country;
    # "flown to Istanbul and then on to Misrata": the next leg without its verb; "arrived in Vladivostok and were then
    # moved by train": the auxiliary before "then")
    r"|(?:[ \t]+(?:near|outside|in)[ \t]+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?(?:[ \t]+[a-z]+){0,3}?"
    r"[ \t]+and[ \t]+(?:(?:were|was)[ \t]+then|then(?:[ \t]+were)?)[ \t]+"
    r"(?:moved|transported|taken|shipped|sent|trucked|flown|driven|"
    r"transferred|bused|bussed|put[ \t]+on|on(?:ward)?[ \t]+to"
    # "shipped from Bandar Abbas to Astrakhan and then by rail": the next leg by its means
    r"|by[ \t]+(?:rail|road|train|truck|lorry|air|sea|ship|barge))\b"
    # "trucked to the port of Haifa and shipped back to the United States", "flown to Cairo and on to Khartoum": the
    # place the load left again
    r"|[ \t]+and[ \t]+(?:were[ \t]+)?(?:(?:moved|transported|taken|shipped|sent|trucked|flown|driven|transferred|"
    r"ferried|airlifted)[ \t]+)?(?:back|home|on(?:ward)?)[ \t]+to\b"
    # "unloaded at Vladivostok and moved west by rail to the front": a leg onward to a goal named after it
    r"|[ \t]+and[ \t]+(?:were[ \t]+)?(?:moved|transported|shipped|trucked|flown|driven|transferred|bused|bussed|"
    r"railed)(?:[ \t]+(?:west|east|north|south|westward|eastward|northward|southward|on|onward|by|rail|road|truck|"
    r"train|air|sea|bus|plane|ship))*[ \t]+(?:on[ \t]+)?(?:to|towards)\b",
    re.IGNORECASE,
)
#: "a carrier strike group bound for X": "strike" names a formation, not an attack on X.
_FORMATION_STRIKE_RE = re.compile(
    r"\bstrike[ \t]+(?:group|groups|force|forces)\b(?![^,;.]*\b(?:hit|hits|struck|attack|attacked|targeted|fired)\b)",
    re.IGNORECASE,
)
#: "helped repel a Ukrainian attack near X", "offensive operations in X": the forces are where the fight is
_FIGHT_THERE_RE = re.compile(
    r"\b(?:repel|repels|repelled|repelling|repulse|repulsed|repulsing|fend(?:ed)?[ \t]+off|beat[ \t]+back|"
    r"beaten[ \t]+back|fought[ \t]+off|resist|resisted|halted|stopped)[ \t]+(?:a|an|the|several|two|three|"
    r"repeated)?[ \t]*(?:[\w-]+[ \t]+){0,2}(?:attack|attacks|assault|assaults|offensive|incursion|raid)\b"
    r"|\b(?:offensive|combat|counteroffensive|assault)[ \t]+operations?\b",
    re.IGNORECASE,
)
#: Between a name and its bracketed short form: "the Support Mission in Somalia (AUSSOM)".
_BRACKET_ALIAS_RE = re.compile(r"[ \t]*\([ \t]*")
#: Words after which an actor is a prepositional object, not the owner of forces.
_PREP_OBJECT_WORDS = frozenset(
    {"in", "into", "to", "at", "with", "against", "for", "by", "on", "toward", "towards", "inside", "near",
     "between", "of", "from", "alongside", "around", "onto", "upon", "across", "off", "along", "over", "through",
     "via", "within", "outside", "beyond", "throughout", "aboard", "under", "besides"}
)  # fmt: skip
#: "six of the bombers", "84 of its fighters", "120 of each system": a partitive names the counted noun.
#: ("'"about 1,200" of its sailors': a quote may close right after the number)
_PARTITIVE_RE = re.compile(
    r"[\"”]?[ \t]+of[ \t]+(the|its|their|his|her|our|these|those|each|every|"
    # "200 of Iran's drones", "eight of North Korea's new guns": a named owner's possessive is a determiner too
    # (not before a number: "400 of Indonesia's 1,200 peacekeepers" is a share of a counted whole)
    r"(?-i:[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?)['’]s(?![ \t]+(?:up[ \t]+to|about|around|roughly|some|nearly|"
    r"almost|more[ \t]+than|at[ \t]+least|[0-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))"
    r"[ \t]+",
    re.IGNORECASE,
)  # ("20,000 of his fighters": a commander's men are his group's; "500 of our troops": the speaker's)
#: After a counted noun, whom the forces work for: "contractors employed by X", "soldiers serving with X".
_EMPLOYER_AFTER_RE = re.compile(
    r"[ \t]+(?:who[ \t]+(?:are|were|had[ \t]+been|have[ \t]+been)[ \t]+)?"
    r"(?:serving[ \t]+with|fighting[ \t]+for|working[ \t]+for|employed[ \t]+by|hired[ \t]+by|contracted[ \t]+by|"
    # "12 Su-24 and MiG-29 combat aircraft operated by the Africa Corps"
    r"operated[ \t]+by|flown[ \t]+by|crewed[ \t]+by|"
    r"recruited[ \t]+by|on[ \t]+contract[ \t]+(?:to|with)|"
    # "two armoured vehicles belonging to the Russians", "60 drones owned by the group": the owner named after
    r"belonging[ \t]+to|owned[ \t]+by)[ \t]+(?:the[ \t]+)?",
    re.IGNORECASE,
)
#: "four American and two Fijian peacekeepers": counts of two actors that share the noun after the second
_COORD_SHARED_RE = re.compile(r"[ \t]+([A-Z][\w-]*)[ \t]+and[ \t]+(?=\w)")
#: Before the second of such counts: "wounded" [four American and] two Fijian peacekeepers
_COORD_BEFORE_RE = re.compile(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)[ \t]+"
    # "four American and two Fijian peacekeepers", "47 Malian soldiers and 84 Wagner mercenaries" (no place between)
    r"(?:(?!(?:in|at|near|on|to|from|of|with|for|into)\b)[A-Za-z][\w'’-]*[ \t]+){1,3}and[ \t]+$",
    re.IGNORECASE,
)
#: "the first six of 36 howitzers": a share of a whole that is counted by a number of its own (also "the first
#: 350 of up to 800 reinforcements", "the first 400 of Indonesia's roughly 1,200 peacekeepers")
_OF_NUMBER_RE = re.compile(
    r"[ \t]+of[ \t]+(?:[A-Z][\w.’'-]*(?:'s|’s)[ \t]+)?()(?=(?:(?:up[ \t]+to|about|around|roughly|some|nearly|almost|"
    r"more[ \t]+than|at[ \t]+least)[ \t]+)?(?:[0-9]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred)\b))",
    re.IGNORECASE,
)
#: Before the whole of such a share: "the first six of" 36 howitzers (the whole was ordered, it is not placed)
_SHARE_OF_BEFORE_RE = re.compile(
    r"\b(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+of[ \t]+$", re.IGNORECASE
)
#: "Of the aircraft, 35 crossed ...": a partitive put before a bare number names what it counts.
_PREPOSED_PARTITIVE_RE = re.compile(
    r"\b[Oo]f[ \t]+(?:the|these|those|its|their|all)[ \t]+(?:[\w-]+[ \t]+)?([\w-]+)[ \t]*,[ \t]*$"
)
#: "Of the five peacekeepers wounded, three have returned to duty": the numbers after it split a count already
#: given; they count no forces of their own.
_SUBSET_OPEN_RE = re.compile(
    r"^[ \t]*[Oo]f[ \t]+(?:the|these|those|its|their|all)[ \t]+(?:(?:about|some|roughly|around)[ \t]+)?"
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|dozen)\b[^,;]*,"
)
#: Munitions that "landed", "fell", "hit": a count of incoming fire, owned by whoever fired it.
_IMPACT_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:had|have|has|reportedly|also)[ \t]+)?(?:landed|fell|hit|struck|slammed|exploded|impacted|"
    r"crashed)\b"
)
#: A coordinated clause after a figure: ", and dismissed claims ...", ", but Moscow denied ...", "; ...", and an
#: apposition that sums up the claim before it for another's denial (", a presence the ministry has always denied").
#: The comma may close a quotation first (', "during an attack," and denied ...').
_LATER_CLAUSE_RE = re.compile(
    r",[\"”’']?[ \t]+(?:and|but|while|whereas)\b|;"
    # "cut its estimate of the presence in X and says the group left Y": a second report by the same speaker
    r"|[ \t]and[ \t]+(?:says|said|adds|added|reports|reported)[ \t]"
    # "said 300 men had left on Monday and that no unit remains": a second complement clause of the same verb
    r"|[ \t]and[ \t]+that[ \t]"
    r"|,[ \t]+an?[ \t]+(?:claim|presence|deployment|figure|number|estimate|report|allegation|account)\b"
)
#: "..., in which" / "..., during which": a relative clause on an event (drills, a raid) named before.
_EVENT_RELATIVE_RE = re.compile(r",[ \t]*(?:in|during)[ \t]+which$")
#: "N troops ..., counting both A and B personnel": one total for two actors, no figure for either.
_BOTH_AFTER_RE = re.compile(
    r"[^.;]{0,80}?\b(?:counting|including|comprising|combining|includes|included|comprises|combines)[ \t]+both\b",
    re.IGNORECASE,
)
#: "Japan has run its own small base there since 2011", "China keeps a naval base in X": a state's base abroad is
#: where its forces are (a verb of holding or opening one, then the base, then where it is)
_KEEPS_BASE = (
    r"(?:keeps|kept|keep|has|have|had|runs|run|ran|operates|operated|operate|maintains|maintained|maintain|"
    r"opened|built|established|set[ \t]+up)[ \t]+(?:(?:a|an|its|their|own|first|second|small|large|new|permanent|"
    r"overseas|military|naval|air|logistics|support|forward)[ \t]+){1,4}(?:base|bases|airbase|garrison|outpost)"
    r"[ \t]+(?:in|at|on|there\b)"
)
_KEEPS_BASE_RE = re.compile(r"\b" + _KEEPS_BASE)
#: the words one of which the two patterns need (a gate on a sentence's word set)
_BASE_WORDS = frozenset({"base", "bases", "airbase", "garrison", "outpost"})
#: A state's fleet or command has its seat at a place ("the U.S. 6th Fleet is headquartered in Naples", "Africa
#: Command's forward headquarters is at Camp X", "Camp X hosts the regional headquarters of U.S. Y Command", "serves
#: as the main headquarters of the Nth Fleet"): a standing military headquarters abroad is where that state's forces
#: are (capitalised: a named fleet or command)
_FORCE_SEAT_RE = re.compile(
    r"\b(?:Fleet|Command)(?:'s|’s)?[ \t]+(?:(?:forward|regional|main|operational)[ \t]+)?headquarters[ \t]+"
    r"(?:is|are|was|remains|sits)[ \t]+(?:at|in)\b"
    r"|\b(?:Fleet|Command)[ \t]+(?:is|was|remains)[ \t]+headquartered[ \t]+(?:at|in)\b"
    r"|\b(?:host(?:s|ed|ing)?|(?:acts|acted|serves|served|serving)[ \t]+as)[ \t]+(?:(?:the|its|an?)[ \t]+)?"
    r"(?:(?:forward|regional|main|operational)[ \t]+)?headquarters[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w.'’-]*[ \t]+){1,5}(?:Fleet|Command)\b"
)
#: the words one of which _FORCE_SEAT_RE needs (a gate on a sentence's word set)
_FORCE_SEAT_WORDS = frozenset({"headquarters", "headquartered"})
#: "Spain, which has kept a small logistics base there since 2016, said ...": the state the clause is on keeps it
#: "rotates a company through X": forces based at a place by turns (what a base is to one kept there)
_ROTATES_THROUGH = r"rotat(?:es|ed|e|ing)[ \t]+(?:[\w-]+[ \t]+){1,5}?through\b"
_WHICH_KEEPS_BASE_RE = re.compile(
    r",[ \t]+(?:which|that)[ \t]+(?:(?:also|already|now|long|has|have|had)[ \t]+){0,3}(?:"
    + _KEEPS_BASE
    + "|"
    + _ROTATES_THROUGH
    + ")"
)
#: "N fighters were in X, without saying how they were divided between the two groups": one total whose share of
#: each force is left open, no figure for either (README: a figure that counts two actors together)
_SPLIT_BETWEEN_AFTER_RE = re.compile(
    r"[^.;]{0,100}?\b(?:split|divided|shared)[ \t]+(?:between|among)[ \t]+(?:the[ \t]+)?(?:two|three|both)[ \t]+"
    # (not "split between the two countries": a state's troops in two places)
    r"(?:outfits|groups|forces|organi[sz]ations|companies|firms|militias|armies|sides)\b"
    # "without breaking that figure down between the corps and Wagner veterans": the parts left unsaid
    r"|[^.;]{0,100}?\bbreak(?:ing|s)?[ \t]+(?:(?:that|the|this|its)[ \t]+)?(?:figure|number|total|count|it|them)?[ \t]*"
    r"down[ \t]+(?:between|among)\b"
)
#: "about 900 Russian contractors are in Chad, without saying how many of them belong to the group", "120 Iranian
#: and Hezbollah advisers are there; the two groups cannot be told apart": one total whose owner of each part is
#: left open, no figure for either (README: a figure that counts two actors together); the caller gates on
#: "how many", "apart", "separat", "distinguish"
_UNSPLIT_AFTER_RE = re.compile(
    r"[^.]{0,160}?(?:\bhow[ \t]+many[ \t]+(?:of[ \t]+(?:them|these|those)[ \t]+)?(?:(?:already|now|still)[ \t]+)?"
    r"(?:belong|belonged|belongs)[ \t]+to\b"
    r"|\b(?:can(?:not|'t|’t)|could[ \t]+not|couldn[’']t|unable[ \t]+to|impossible[ \t]+to|no[ \t]+way[ \t]+to)[ \t]+"
    r"(?:separate|distinguish|tell[ \t]+apart|split)[ \t]+(?:the|these|those|both)[ \t]+(?:two|three|both)?[ \t]*"
    r"(?:outfits|groups|forces|organi[sz]ations|companies|firms|militias|contingents)\b"
    r"|\b(?:two|three|both)[ \t]+(?:outfits|groups|forces|organi[sz]ations|companies|firms|militias|contingents)[ \t]+"
    r"(?:cannot|can[’']t|could[ \t]+not|couldn[’']t)[ \t]+be[ \t]+(?:separated|distinguished|told[ \t]+apart)\b)"
)
#: After a count, the whole holdings of a force: "only 12 of the tankers in its fleet", "40 such jets are in the
#: navy's inventory" (no place, no deployment: a force's stock of a type). Lower-case "fleet" only, right after the
#: possessive ("20 warships in its Black Sea Fleet" names a formation); the caller gates on the two words
_HOLDINGS_AFTER_RE = re.compile(
    r"[^,.;:]{0,40}?\bin[ \t]+(?:its|their|the[ \t]+(?:[\w-]+[ \t]+){0,2}?[\w-]+['’]s?)[ \t]+"
    r"(?:(?:active|current|entire|whole|total)[ \t]+)?(?:inventory|inventories|fleet)\b"
)
#: "some 1,800 Russian fighters are in Libya, Wagner and Africa Corps combined": a total set off after the clause
#: that names the two forces it adds up (the caller checks that the two names are two actors)
_PAIR_COMBINED_AFTER_RE = re.compile(
    r"[^.;]{0,80}?,[ \t]+(?:both[ \t]+)?(?P<pair>[^,.;]{2,40}?[ \t]+and[ \t]+[^,.;]{2,40}?)[ \t]+"
    r"(?:combined|together|taken[ \t]+together)\b"
)
#: After a plural demonym as the subject, its presence somewhere: "The North Koreans had been in the area"
_DEMONYM_PRESENT_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:had|have|has|were|are)[ \t]+)?(?:(?:reportedly|already|still|also|now|apparently)[ \t]+)?"
    r"(?:been|remained|remain|stayed|stay|are|were)[ \t]+(?:in|at|near|inside)\b"
)
#: "analysts expect the Belarusians to be sent to X": a plural demonym that is moved, as forces are
_DEMONYM_MOVED_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:are|were)[ \t]+(?:expected|due|set|likely)[ \t]+to[ \t]+be[ \t]+"
    r"|(?:(?:to|would|will|were|are|had|have|has)[ \t]+)?(?:(?:be|been|being)[ \t]+)?)"
    r"(?:moved|sent|deployed|redeployed|transferred|shifted|flown|relocated)[ \t]+(?:(?:north|south|east|west)[ \t]+)?"
    r"(?:to|into|towards?)\b"
)
_YEAR_LIKE_RE = re.compile(r"(?:1[89]|20)\d\d")
#: Where the clause of a troop figure ends for the casualty test.
_CASUALTY_CUT_RE = re.compile(
    # (the lookahead lists the first characters of all the branches: most positions fail there, not in each branch)
    r"(?=[;:.,abcdefhmprstw])(?:"
    # a full stop ends the window, but not inside "U.N." or "U.S."
    r"[;:]|(?<![A-Z])\.|,[ \t]+(?:that|this|it|which|a|an|the|said|says|told)\b|"
    # "sent some 15,000 troops to Russia in total, about 4,700 of whom had been killed": a share's own clause
    r",[ \t]+(?:(?:about|some|around|nearly|roughly|at[ \t]+least|more[ \t]+than|over)[ \t]+)?[\d,.]+[ \t]+"
    r"(?:of[ \t]+(?:whom|them)\b)|"
    # "about 15,000 troops had been sent, of whom roughly 4,700 had been killed": the share's clause, not the count's
    r",[ \t]+(?:of|among)[ \t]+whom\b|"
    # "the mission has about 1,100 soldiers, ISWAP said it had killed 14": a named speaker opens a new report (not an
    # aside: "300 soldiers, Reuters said, were killed")
    r",[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+(?:said|says|claimed|claims)\b(?![ \t]*,)|"
    # "25,000 of his men were prepared to die": a resolve, no loss
    r"\b(?:prepared|ready|willing|determined)[ \t]+to\b|"
    # "3,000 more troops to Russia, and its casualties are estimated at 4,700": a clause of its own subject
    r",[ \t]+and[ \t]+(?:its|their|his|her)\b|"
    # "11,000 troops had been sent, and later put the losses at 4,700", "..., and it put the number wounded at 300":
    # the reporter's next statement, about another count
    r",[ \t]+and[ \t]+(?:(?:later|then|also)[ \t]+)?(?:it|he|she|put|puts|estimated|said|says)\b|"
    r"\b(?:where|while|whereas|but|because|after|before|since|"
    r"who had|and that)\b|\b(?:some|many|most|several|part|few|dozens|hundreds)[ \t]+of\b|"
    # "3,000 troops to Russia to make up for its losses": a purpose, no loss of these forces
    r"\bto[ \t]+(?:make[ \t]+up[ \t]+for|replace|compensate[ \t]+for|offset|replenish|recover[ \t]+from)\b|"
    # "5,000 builders, and estimated that 2,000 soldiers had been killed": a new report of another count
    r"\b(?:estimated|estimates|said|says|added|reported|claimed|believed|assessed)[ \t]+that\b|"
    # "230 had been recruited and 18 killed": the verb after the next count is that count's
    r"\band[ \t]+(?:(?:about|some|around|nearly|another|at[ \t]+least|more[ \t]+than)[ \t]+)?"
    r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))"
)
_CLAUSE_BREAK_RE = compile_gated(r"[;:]|,[ \t]+(?:but|while|whereas|although)\b|\bwhere\b|\bwhich\b")
#: "The mission, which Kenya has led since 2024, has fewer than 1,000 personnel": a comma closes the relative
#: clause and the main clause's verb follows; its subject is the relative's antecedent.
_RELATIVE_CLOSE_RE = re.compile(
    r"[^,;]{3,80},[ \t]+(?:(?:now|still|also|currently)[ \t]+)?(?:has|have|had|is|was|are|were|numbers|numbered|"
    r"counts|counted|includes|included|comprises|comprised|will|would|"
    # "The corps, which has replaced Wagner across the Sahel, now fields about 2,500 personnel"
    r"fields|fielded|keeps|kept|maintains|maintained|deploys|stations|operates)\b"
)
#: "The United States, which has ...", "The destroyer USS Carney, which is ...": a relative clause whose
#: antecedent is the actor (and the capitalised name that follows it) right before the comma.
#: ("And Iran itself, which once had thousands of personnel in Syria": a reflexive stresses the antecedent)
_RELATIVE_ANTECEDENT_RE = re.compile(
    r"(?:[ \t]+[A-Z][\w.'’-]*){0,4}(?:[ \t]+(?:itself|themselves))?[ \t]*,[ \t]*(?:which|who)[ \t]*$"
)
#: "Poland said it was moving", "Ghana said its soldiers", "Chile has said it will send": a speaker that speaks
#: of its own forces is their owner (a perfect tense changes nothing).
_SELF_SPEECH_RE = re.compile(
    # ("Spain's Ministry of Defence said its": an organ's name with "of")
    r"(?:'s|’s)?(?:[ \t]+(?:[A-Z][\w.'’-]*|defen[cs]e|foreign|ministry|government|army|military|navy|air|force|"
    r"coast|guard|of)){0,4}"
    r"[ \t]+(?:(?:also|publicly|officially|formally|openly)[ \t]+)?"
    r"(?:(?:has|have|had)[ \t]+(?:(?:also|publicly|officially|formally|openly)[ \t]+)?)?"
    r"(?:said|says|announced|confirmed|stated|added|reported|acknowledged|admitted)"
    # "confirmed for the first time", "publicly acknowledged": a manner before the time changes nothing
    r"(?:[ \t]+(?:for[ \t]+the[ \t]+first[ \t]+time|publicly|officially|formally|openly))?"
    # "said on Monday", "said on Nov. 12", and the day-first "said on 12 November"
    r"(?:[ \t]+on[ \t]+\w+\.?(?:[ \t]+\d{1,2})?|[ \t]+on[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+\.?|"
    r"[ \t]+(?:this|last|earlier|late|early)[ \t]+(?:this[ \t]+)?\w+|"
    r"[ \t]+(?:separately|also|earlier|later|again|previously)|"
    r"[ \t]+in[ \t]+(?:(?:early|mid|late)[ \t-]+)?(?:[A-Z][a-z]+|\d{4})(?:[ \t]+\d{4})?)?"
    r"[ \t]+(?:that[ \t]+)?(?:it|its|they|their)\b"
)
#: Before an actor followed by a bare number: the actor opens a gapped clause ("..., followed by Italy with about
#: 1,000", "and Belarus about 100", "while Romania is adding about 100").
#: "India, with about 1,100 troops in North Kivu, Nepal, with some 1,150": the name right before ", with N" owns N.
_WITH_COUNT_RE = re.compile(
    r",[ \t]+with[ \t]+(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|over|at[ \t]+least|up[ \t]+to|"
    r"only|just)[ \t]+)?$",
    re.IGNORECASE,
)
_GAP_OPEN_RE = re.compile(r"(?:\band|\bby|\bwhile|\bwhereas|[,;]|\bof[ \t]+whom|\bof[ \t]+which)[ \t]+(?:the[ \t]+)?$")
#: Links of a gapped clause that say nothing of a move or a contribution on their own.
_GAP_STATIVE = frozenset({"with", "has", "had", "have", "is", "are", "was", "were", "will", "would", "s"})
#: "Fiji has about 180.": a sentence that is only an actor, "has" and a number elides the noun and the place of
#: the count in the sentence before ("Colombia has about 275 soldiers in the Sinai.")
_ELIDED_COUNT_RE = re.compile(
    r"(?:'s|’s)?[ \t]+(?:has|had|have)[ \t]+(?:(?:about|around|roughly|some|nearly|almost|over|more[ \t]+than|"
    r"at[ \t]+least|up[ \t]+to|only|just)[ \t]+)?$",
    re.IGNORECASE,
)
#: A bare number that ends its clause: "..., while Romania is adding about 100."
_GAP_END_RE = re.compile(r"[ \t]*[.;]?[\s\"'”’]*$")
#: An apposition right after a clause's subject: ", the newest member,", ", a founding contributor,"
_APPOSITION_AFTER_RE = re.compile(r",[ \t]+(?:the|a|an|its)[ \t]+[a-z][\w -]{1,40},")
#: Or the count's place ends the clause or its list entry: "Brazil has 400 in Menaka; ..."; or a comma clause
#: places those counted: "Peru comes next with 300, most of them in Gao"
_GAP_PLACE_END_RE = re.compile(
    r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z][^;.]{0,60}(?:;|[.]?[\s\"'”’]*$)"
    r"|,[ \t]+(?:(?:most|many|all|half)[ \t]+of[ \t]+them|mostly|mainly)[ \t]+(?:in|at|near|based|stationed)\b"
)
#: A number (or its approximation word) right after an actor: "and Belarus about 100 paratroopers".
_NUMBER_AFTER_RE = re.compile(
    r"[ \t]+(?:with[ \t]+)?(?:about|around|some|roughly|nearly|almost|over|more[ \t]+than|up[ \t]+to|at[ \t]+least|\d)",
    re.IGNORECASE,
)
#: "a crew of about 65": the crew of a ship named before counts its sailors.
_CREW_OF_RE = re.compile(r"\b(?P<noun>crew|complement)[ \t]+of[ \t]+$", re.IGNORECASE)
#: "a medical team of 60", "a helicopter detachment of about 40", "a force of almost 3,000", "the main body of
#: about 500": a unit's strength.
_UNIT_OF_RE = compile_gated(
    r"\b(?P<noun>team|detachment|contingent|force|unit|battalion|company|garrison|rotation|platoon|squad|"
    r"(?<=main[ \t])body)[ \t]+of"
    r"[ \t]+(?:(?:about|around|roughly|some|nearly|almost|up[ \t]+to|more[ \t]+than|over|at[ \t]+least)[ \t]+)?$",
    re.IGNORECASE,
)


#: Where a coordinated clause may open: ", and", ", while", ", whereas", ", but", "; (and)".
_CLAUSE_JOIN_RE = re.compile(
    r"(?:,[ \t]+(?:and|but|while|whereas)|;(?:[ \t]+(?:and|but|while|whereas))?"
    # "..., hours after the U.S. Navy said it had sent a destroyer": a later clause with its own subject
    r"|,[ \t]+(?:(?:hours|days|weeks|shortly|soon|a[ \t]+day|a[ \t]+week)[ \t]+)?after(?:[ \t]+the)?)[ \t]+"
)
#: The end of a comma list of names before the join ("France, Germany"): the join continues the list.
#: A plain comma before a clause of its own: "Turkey will send four jets to Romania, the Netherlands will deploy two".
_COMMA_JOIN_RE = re.compile(r",[ \t]+(?:the[ \t]+)?")
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


#: "the last of its 200 reinforcements", "their 40 minehunters": a possessive pronoun right before a count
_ITS_BEFORE_RE = re.compile(
    r"\b(?:its|their)[ \t]+(?:(?:about|some|roughly|around|nearly|remaining|last|first)[ \t]+)?$", re.IGNORECASE
)
#: The modifiers that may stand between a phrase and its count ("on top of the roughly 11,000", "Kuwait: about
#: 13,500"): one list for the figures' patterns that look back from a number
_COUNT_MODIFIER = (
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|just|estimated|an[ \t]+estimated|up[ \t]+to|"
    r"more[ \t]+than|over|under|fewer[ \t]+than|less[ \t]+than|at[ \t]+least|another)[ \t]+)?"
)
#: "nearly 1,600 are British": a bare share whose verb names its nationality
_ARE_DEMONYM_RE = re.compile(r"[ \t]+(?:are|were)[ \t]+(?=[A-Z][\w-]*(?:[ \t]*[;,.]|[ \t]+and\b|$))")
#: A part of an order or delivery counted before: "a first batch of around", "the latest shipment of".
_BATCH_OF_BEFORE_RE = re.compile(
    r"\b(?:batch|shipment|consignment|delivery|tranche)[ \t]+of[ \t]+(?:(?:about|around|some|roughly|nearly|up[ \t]+to|"
    r"more[ \t]+than|at[ \t]+least)[ \t]+)?$",
    re.IGNORECASE,
)
#: "the corps", "the corps'": a group whose name ends in "Corps", called by that word
_THE_CORPS_NAMED_RE = re.compile(r"\b[Tt]he[ \t]+[Cc]orps(?:'s|’s|')?(?![\w-])")
#: A formation right after the name of its owner: "Spain's 12th Armoured Brigade", "a Dutch battalion", "Poland's
#: Panzerbrigade 9" (its head is what a later "the brigade" refers back to)
_OWN_FORMATION_AFTER_RE = re.compile(
    r"(?:'s|’s)?(?:[ \t]+(?!(?:said|says|and|or|of|to|with|from|the|a|an|that|which|who|has|had|have|is|was|will)\b)"
    r"[\w-]+){0,3}?[ \t]+[a-z]*?(brigade|battalion|regiment)\b",
    re.IGNORECASE,
)
#: A clause whose subject is a formation named before ("The brigade's tank battalions are moving to X", "In Y, the
#: regiment is ..."): the formation's own owner, not whichever state was named last
_FORMATION_SUBJECT_RE = re.compile(
    r"(?:(?:In|At|On|Since|For|Across|By)[ \t]+[^,]{1,40},[ \t]+)?[Tt]he[ \t]+(brigade|battalion|regiment)(?:'s|’s)?\b"
)
#: "to protect shipping from ", "from further ": before a group whose attacks something is guarded from
_THREAT_FROM_BEFORE_RE = re.compile(r"\bfrom[ \t]+(?:(?:the|further|more|new|renewed|possible|future)[ \t]+)?$")
#: After "the capital", "the port city": the name apposed right after it ("the capital Sanaa"), so no anaphor.
_NAME_APPOSED_AFTER_RE = re.compile(
    r"[ \t]+(?!(?:" + _MONTHS + "|" + _WEEKDAYS + r"|The|In|On|At|As|But|And)\b)[A-Z][a-z]"
)

#: After a state's name: "Qatar, home to 900 personnel", "Djibouti, which is home to": a land that holds forces
_HOME_TO_AFTER_RE = re.compile(r",?[ \t]+(?:which[ \t]+is[ \t]+|is[ \t]+)?home[ \t]+to\b")
#: Before a place where forces only stopped on the way: "a port call at", "stopped over in", "refuelled in", "a stop
#: in" (not a place they left, "pulled out of Niger": they were there)
_STOP_ON_WAY_BEFORE_RE = re.compile(
    r"\b(?:port[ \t]+calls?|stop(?:s|ped|ping)?(?:[ \t]+over)?|stopovers?|refuel(?:s|led|ed|ling|ing)?|"
    r"chang(?:ed|ing)[ \t]+planes|transit(?:s|ed|ing)?)[ \t]+(?:at|in|through)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
#: Before a capital that continues a list of places after a preposition: "in Karachi, " (Colombo and Mombasa)
_PLACE_LIST_BEFORE_RE = re.compile(
    r"\b(?:in|at|to|from|via|through)[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?,[ \t]+$"
)
#: Between a place and a landmark that locates it: "Bryansk Oblast, north of the city of Chernihiv"
_LANDMARK_BEARING_RE = re.compile(
    r",[ \t]+(?:just[ \t]+|far[ \t]+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:[\w'’-]+[ \t]+){0,2}(?:city|town|port|village)[ \t]+of[ \t]+)?",
    re.IGNORECASE,
)
