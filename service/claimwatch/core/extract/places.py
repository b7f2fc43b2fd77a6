"""Which places of a sentence are deployment locations of its actor.

A place counts when a locative preposition or a movement verb governs it; venues
of statements, the claimant's seat, the actor's home, departure and transit points,
strike targets and mere possibilities do not. "There" and "the mission" carry a
place from an earlier sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mypy_extensions import trait

from claimwatch.core.actors import ActorEntry, ActorMention
from claimwatch.core.extract.base import ExtractorBase
from claimwatch.core.extract.patterns import (
    _AND_PLACE_RE,
    _BEARING_OF_RE,
    _CLAUSE_BREAK_RE,
    _CLAUSE_COMMA_RE,
    _DISTANCE_FROM_RE,
    _EXISTENTIAL_RE,
    _FEATURE_NEAR_RE,
    _FIGHT_THERE_RE,
    _FOR_VERBS,
    _FORCE_SEAT_RE,
    _FORMATION_STRIKE_RE,
    _FROM_BEFORE_RE,
    _GAPPED_HOST_BEFORE_RE,
    _GARRISON_AFTER_RE,
    _HOME_TO_AFTER_RE,
    _IN_CONTAINER_RE,
    _LANDMARK_BEARING_RE,
    _NAME_APPOSED_AFTER_RE,
    _NAMED_AFTER_RE,
    _OPERATE_FROM_RE,
    _PART_OF_RE,
    _PLACE_MODIFIER_ADJ_RE,
    _PLACE_MODIFIERS,
    _PLACE_PART_RE,
    _PLACE_ROLE_AFTER_RE,
    _POSSESSIVE_DET_RE,
    _PRESENCE_AFTER_RE,
    _RELATIVE_RE,
    _RELATIVE_SPAN_RE,
    _SEAT_AFTER_RE,
    _SPEAKER_NOUNS,
    _SPEAKERS_AFTER_RE,
    _STOP_ON_WAY_BEFORE_RE,
    _THE_NAMED_BEFORE_RE,
    _TIME_CLAUSE_RE,
    _TO_AFTER_RE,
    _TRANSIT_AFTER_RE,
    _WEAK_FORCE_WORDS,
    _WHERE_COUNT_AFTER_RE,
    _words,
)
from claimwatch.core.extract.state import State
from claimwatch.core.gazetteer import Place, PlaceMention
from claimwatch.core.numbers import MODEL_PLURAL
from claimwatch.core.prefilter import compile_gated
from claimwatch.core.text import may_contain

#: Between a place and the larger place it lies in, through an appositive that describes the first: "Akrotiri, the
#: British base in Cyprus", "Latakia, a port on the coast of Syria".
#: Between a whole's place and a share's: ", most of them in", ", the bulk of them at", ", including 300 in"
_SHARE_BETWEEN_RE = re.compile(r"\b(?:of[ \t]+them|of[ \t]+whom|including|among[ \t]+them)\b")
_DESCRIBED_CONTAINER_RE = re.compile(
    r",[ \t]+(?:the|a|an|its)[ \t]+[^,;.()]{1,50}?[ \t]+(?:in|on|near)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:[\w'’-]+[ \t]+){0,3}of[ \t]+(?:the[ \t]+)?)?"
)
#: After a quotation, its speaker up to a place: '," said an analyst at a university in ', '," said a diplomat in '
_QUOTE_SPEAKER_BEFORE_RE = re.compile(
    r"[\"”],?[ \t]+(?:said|says|added|told[ \t]+[\w-]+)[ \t]+(?:an?|the|one)[ \t]+[^\"”.;,]{0,60}?"
    r"[ \t]+(?:in|at|from)[ \t]+(?:the[ \t]+)?$"
)
#: A body named for the country it deals with, right before the country: "the Panel of Experts on ", "the UN
#: envoy for ", "the special representative to "
_REMIT_BEFORE_RE = re.compile(
    r"\b(?:[Ee]xperts|[Pp]anel|[Ee]nvoy|[Rr]epresentative|[Cc]ommission|[Cc]ommittee|[Rr]apporteur)[ \t]+"
    r"(?:on|for|to)[ \t]+(?:the[ \t]+)?$"
)
#: A country fronted as the sentence's topic, right before it: "Asked about ", "As for ", "Turning to "; "the
#: country" later in that sentence is that one
_TOPIC_BEFORE_RE = re.compile(
    r"^[ \t]*(?:[Aa]sked[ \t]+(?:about|on)|[Aa]s[ \t]+(?:for|to)|[Rr]egarding|[Tt]urning[ \t]+to|[Oo]n)"
    r"[ \t]+(?:the[ \t]+)?$"
)
#: Where forces were kept before a move the clause names: "soldiers retrained in X have been deployed to Y",
#: "move part of the contingent it kept in X to Y"; the participle (or the move verb) before the place ...
_KEPT_IN_BEFORE_RE = re.compile(
    r"\b(?:(?:re)?trained|based|stationed|garrisoned|kept|housed|serving)[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?"
    r"(?:[\w'’-]+[ \t]+){0,2}$"
)
_KEPT_IN_ANCHORS = ("ed", "ing", "kept")  # what _KEPT_IN_BEFORE_RE cannot match without
#: ... and the move after it, to a named goal: " have been sent to the Kherson front", " to Chad"
_MOVED_ON_AFTER_RE = re.compile(
    r"(?P<verb>[ \t]+(?:have|has|had|were|was|are|is|will|would)(?:[ \t]+(?:now|since|already|recently|also|been|"
    r"be|being))*[ \t]+(?:re)?(?:deployed|sent|moved|transferred|shifted|dispatched|flown|relocated|posted)"
    r"(?:[ \t]+(?:west|east|north|south|westwards?|eastwards?|on|onwards?))?)?"
    r"[ \t]+(?:on[ \t]+)?(?:to|into|towards)[ \t]+(?:the[ \t]+)?[A-Z]"
)
#: The move verbs whose object may carry the place it is moved from ("move the troops it kept in X to Y")
_MOVE_OBJECT_VERBS = frozenset(
    {"move", "moves", "moved", "moving", "transfer", "transfers", "transferred", "transferring", "shift", "shifts",
     "shifted", "shifting", "redeploy", "redeploys", "redeployed", "redeploying", "relocate", "relocates",
     "relocated", "relocating"}
)  # fmt: skip
#: "along the country's own coastline near", "on its own side of the border at": the place only says where on
#: the forces' home ground they are (README: the actor's home country is never a location)
_OWN_GROUND_BEFORE_RE = re.compile(
    r"\bown[ \t]+(?:coast|coastline|coasts|shores?|waters|territory|soil|borders?|side[ \t]+of[ \t]+the[ \t]+border)"
    r"[ \t]+(?:near|off|along|by|at|around|facing|on)[ \t]+(?:the[ \t]+)?$"
)
#: "on the Polish side of the frontier near X": the place only says where along the border; the forces are in the
#: country whose side it is (the demonym before "side")
_SIDE_OF_BORDER_BEFORE_RE = re.compile(
    r"[ \t]+side[ \t]+of[ \t]+the[ \t]+(?:border|frontier)[ \t]+(?:near|at|by|opposite|facing|close[ \t]+to)"
    r"[ \t]+(?:the[ \t]+)?$"
)
#: After "leaving X": "(and Y) as Paris's remaining footholds", "as its only base": what is left to the forces is
#: where they stay, no departure point
_LEFT_AS_LAST_AFTER_RE = re.compile(
    r"(?:[ \t]*,?[ \t]+(?:and[ \t]+)?(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)*[ \t]+as[ \t]+"
    r"(?:(?:the|its|their|his|her)[ \t]+|[A-Z][\w.-]*(?:'s|’s)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:only|last|remaining|sole)\b"
)
_LEAVING_WORDS = frozenset({"leaving", "leave", "leaves", "left"})
#: What ``_TRANSIT_AFTER_RE`` cannot match without (``may_contain``): each of its branches holds one of these words
_TRANSIT_ANCHORS = ("where", "whence", "before", "and")

#: "sailed through", "transited the": a passage; through a strait or sea it is where the ships are, through a
#: city or country it is a transit point
#: "operating from X": the place a force works out of is where it is
_OPERATE_WORDS = frozenset({"operating", "operate", "operates", "operated"})
#: Before "<object> from X": forces that fire or launch from a place are there ("fire them from X", "launch drones
#: from X"; not "missiles fired from X", whose launchers the clause does not name)
_LAUNCH_WORDS = frozenset({"fire", "fires", "firing", "fired", "launch", "launches", "launching", "launched"})
#: Before "through": forces based somewhere by turns ("rotating through X", "rotations through X")
_ROTATE_WORDS = frozenset({"rotate", "rotates", "rotated", "rotating", "rotation", "rotations"})
#: Before "from A to B": sites spread over a span of places ("bases from Kuwait to Oman"), all held, none left
_SITE_SPAN_WORDS = frozenset({"bases", "sites", "garrisons", "outposts", "airfields", "positions", "camps"})
#: After the first place of a span: " to ", '" to ', " all the way to "
_SPAN_TO_AFTER_RE = re.compile(r"[\"”]?[ \t]+(?:all[ \t]+the[ \t]+way[ \t]+)?to[ \t]+")
#: "until the fighting in", "as long as the fighting in": a time clause about an event, ending right before its place
_EVENT_CLAUSE_BEFORE_RE = re.compile(
    r"\b(?:until|till|as[ \t]+long[ \t]+as|while|since|after|before|once|unless)[ \t]+the[ \t]+fighting[ \t]+in[ \t]+$",
    re.IGNORECASE,
)
#: ", including the battalion it keeps in X": a list of things that exist opens a clause of its own
#: (a noun with its own clause, "the unit it keeps", "the ships they have": not "including to X", a list of goals)
_INCLUDING_BREAK_RE = re.compile(
    r",[ \t]+including[ \t]+(?:the|its|their)[ \t]+(?:[\w-]+[ \t]+){1,3}?(?:it|they|that|which)[ \t]+"
    r"(?:already[ \t]+|still[ \t]+|now[ \t]+)?(?:contributes|contributed|keeps|kept|has|had|maintains|leads|"
    r"stations|stationed|deploys|deployed)\b"
)
#: "on the island of X", "on the remote island of X": the island named after "of"
#: ("the Indian Ocean island of X": a sea's two-word name may stand as the island's adjective)
_ISLAND_OF_RE = re.compile(r"\b(?:on|to|at)[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,2}islands?[ \t]+of[ \t]+$")
#: "the road to X", "the main highway to X": a road named by where it leads, not a move there
_ROAD_TO_BEFORE_RE = re.compile(
    r"\b(?:road|roads|highway|motorway|route|railway|rail[ \t]+line|supply[ \t]+route)[ \t]+to[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
#: "operations from the Sahel to the Indian Ocean", "a front stretching from Kherson to Kharkiv": the two ends of a
#: scope, not a move's destination
_SPAN_TO_BEFORE_RE = compile_gated(
    r"\b(?:operations|missions|activities|reach|stretch|stretches|stretching|stretched|span|spans|spanning|"
    r"extends|extending|extended|ranging)[ \t]+[\"“‘']?from[ \t]+(?:the[ \t]+)?[A-Z][^.;,]{0,40}?[ \t]to[ \t]+"
    r"(?:the[ \t]+)?$"
)
#: a site named as a base ("Al Udeid Air Base", "Camp Lemonnier", "Chkalovsky air base"): what "the base" means
_BASE_NAME_RE = re.compile(r"\b(?:[Bb]ase|[Aa]irbase|Camp|camp|[Gg]arrison|[Aa]irfield|Air[ \t]+Station)\b")
#: "leaders agreed to meet next year in", "ministers will meet again in": where people meet, a venue (the subject is
#: people who talk; "troops will meet their counterparts in X" has forces and an object)
_PEOPLE_MEET_RE = compile_gated(
    r"\b(?:leaders|ministers|officials|delegations|delegates|envoys|presidents|premiers|diplomats|negotiators|"
    r"heads[ \t]+of[ \t]+state|heads[ \t]+of[ \t]+government)[ \t]+(?:(?:have|had|will|would|also|then)[ \t]+)?"
    r"(?:(?:agreed|agree|plan|plans|planned|decided|promised|pledged|are[ \t]+due|were[ \t]+due|are[ \t]+set|"
    r"were[ \t]+set)[ \t]+to[ \t]+)?meet(?:[ \t]+again)?(?:[ \t]+(?:next|this|later|early)[ \t]+[a-z]+)?"
    r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?$"
)
#: "from Benina airport outside ": a site left that lies by the place
_FROM_SITE_OUTSIDE_RE = re.compile(r"\bfrom[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){1,4}outside[ \t]+$")
#: Between a strike's target and the next place: " and a command post outside the port of", a second object of
#: the strike verb (no verb of its own: no -ed or -ing word, no auxiliary)
_AND_TARGET_RE = re.compile(
    r"[ \t]+and[ \t]+(?:(?:an?|the|two|three|four|several|other)[ \t]+)?"
    # ("struck sites near Hodeidah and on Kamaran island": the preposition alone may repeat)
    r"(?:(?!(?:is|are|was|were|has|have|had|will|be|been)\b)[a-z][a-z-]*(?<!ed)(?<!ing)[ \t]+){0,4}"
    r"(?:near|outside|in|at|on|around)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
    r"(?:(?:port|city|town)[ \t]+(?:city[ \t]+)?of[ \t]+)?"
)
_CARRIED_ACROSS_RE = re.compile(
    r"\b(?:carried|shipped|ferried|transported|taken|brought|smuggled|hauled|moved)[ \t]+across[ \t]+(?:the[ \t]+)?$"
    # ("delivered the drones, shipping them across the X Sea": the gerund of the same verbs, its object between)
    r"|\b(?:carrying|shipping|ferrying|transporting|smuggling|hauling|moving)[ \t]+(?:them|it|the[ \t]+\w+[ \t]+)?"
    r"[ \t]*across[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_WATERWAY_TRANSIT_RE = re.compile(
    r"\b(?:through|transit(?:ed|ing|s)?(?:[ \t]+(?:through|of))?)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,3}$"
)
_IN_REGION_OF_RE = re.compile(
    r"[ \t]*,?[ \t]*in[ \t]+(?:the[ \t]+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?[ \t]+)?",
    re.IGNORECASE,
)
#: "trained for about a month in", "were training at the": the forces stayed there to train
_TRAINED_AT_RE = re.compile(
    r"\b(?:trained|training|drilled|drilling)(?:[ \t]+(?:for|over)[ \t]+(?:about[ \t]+|some[ \t]+|nearly[ \t]+|"
    r"several[ \t]+|a[ \t]+few[ \t]+)?[\w-]+[ \t]+(?:days?|weeks?|months?))?"
    # ("spent weeks at training grounds in the Far East before heading west", "training sites near X")
    r"(?:[ \t]+(?:grounds?|camps?|sites?|ranges?|areas?|cent(?:re|er)s?|facilit(?:y|ies)))?[ \t]+(?:in|at|near)[ \t]+"
    r"(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,4}$"
)
#: Between a region and the first of its countries that spell it out: ", at bases in", ", including", ", mostly in"
_SPELLED_OUT_RE = re.compile(
    r",[ \t]+(?!(?:which|who|where|and|but|while|as|after|before|since|when)\b)"
    r"(?:(?:including|mostly|mainly|chiefly|largely|notably|spread|spread[ \t]+across|with)[ \t]+)?"
    # ", around 35,000 of them in Germany": a share of the region's count in one of its countries
    r"(?:(?:about|around|some|roughly|nearly|almost|more[ \t]+than|over)[ \t]+)?(?:[\d][\d,.]*[ \t]+of[ \t]+"
    r"(?:them|those|these)[ \t]+)?"
    r"(?:(?:at|in|on|across)[ \t]+)?(?:(?:the|its|their)[ \t]+)?(?:[a-z]+[ \t]+){0,2}(?:(?:in|at)[ \t]+)?"
    r"(?:the[ \t]+)?$"
)
#: ", including in", ", such as": the countries after it are examples of a region named before them
_EXAMPLES_BEFORE_RE = re.compile(
    r",[ \t]+(?:including|such[ \t]+as|among[ \t]+them)[ \t]+(?:(?:in|at)[ \t]+)?(?:the[ \t]+)?$", re.IGNORECASE
)
#: "the number of Dutch marines stationed in the": a total counted over the region named next
_NUMBER_IN_BEFORE_RE = re.compile(
    r"\bnumber[ \t]+of[ \t]+(?:[\w.'’-]+[ \t]+){1,4}(?:in|across)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
#: "free up Russian units for offensive operations in": the place is where the freed forces go
_FREED_FORCES_RE = re.compile(
    r"\bfree(?:s|d|ing)?(?:[ \t]+up)?[ \t]+(?:the[ \t]+)?(?P<who>)(?:[\w'’.-]+[ \t]+){0,3}(?:units|troops|forces|"
    r"soldiers|brigades|divisions|battalions|reserves|manpower)[ \t]+(?:to[ \t]+fight|for)\b[^.;]*$"
)
_VISA_AFTER_RE = re.compile(r"[ \t]+on[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+)?visas?\b", re.IGNORECASE)
#: "observers, who are expected in Laayoune next week", "who are due in Juba": a planned arrival places them
_DUE_WORDS = frozenset({"expected", "due"})
#: a locative preposition right before a name, a determiner and one capitalised word between at most
_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|to|at|on|into)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?$")
_COAST_AFTER_RE = re.compile(r"[ \t]+(?:coast|coastline|side|shore|seaboard|coastal)\b", re.IGNORECASE)
#: "the area of separation", "the region of the lakes": an anaphor noun defined by what follows.
_DESCRIBED_AFTER_RE = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?!(?:about|around|some|roughly|nearly|almost|over|more|at|up|some|just)\b)[a-z]"
)
_WATERWAY_NAME_RE = re.compile(r"\b(?:Sea|Strait|Straits|Channel|Gulf|Ocean|Bay|Passage)\b")
#: Before "the country": forces still there ("remain in", "are still in"), after others left it
_STILL_IN_COUNTRY_BEFORE_RE = re.compile(
    r"\b(?:remain|remains|remained|stay|stays|stayed|are[ \t]+still|is[ \t]+still|were[ \t]+still)[ \t]+in[ \t]+$"
)
#: Before the country left: "pulled an airborne brigade out of", "withdrew most of its forces from", "left"
_LEFT_BEFORE_RE = re.compile(
    r"\b(?:out[ \t]+of|withdrew[ \t]+(?:[\w'’-]+[ \t]+){0,5}?from|withdrawn[ \t]+from|"
    r"pulled[ \t]+(?:[\w'’-]+[ \t]+){0,5}?from|left|leaving)[ \t]+(?:the[ \t]+)?$"
)
#: "the strongest message we could send" to X, "a warning they meant to send to": the addressee of a signal, no
#: destination
#: (and the verb first: 'the deployment sent "a stark message" to X')
_SIGNAL_SENT_TO_RE = re.compile(
    r"(?:\b(?:signal|signals|message|messages|warning|warnings)\b[^.;]{0,40}?\b(?:send|sends|sent|sending)|"
    r"\b(?:send|sends|sent|sending)[ \t]+[\"“‘']?(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?:signal|signals|message|messages|warning|warnings))"
    r"[\"”’']?[ \t]+to[ \t]+(?:the[ \t]+)?$"
)
#: "an analyst at a Nairobi think tank", "a Dakar-based think tank": the place names where a speaker's institution is
_INSTITUTION_AFTER_RE = re.compile(
    r"(?:-based)?[ \t]+(?:think[ \t-]+tanks?|research[ \t]+(?:institutes?|centres?|centers?|groups?|firms?)|"
    r"universit(?:y|ies)|newspapers?|broadcasters?|consultancy|consultancies)\b",
    re.IGNORECASE,
)
#: "South Korea's National Intelligence Service", "Ukraine's General Staff": a state's organisation named after it
#: (its name may hold "of": "Joint Chiefs of Staff"); "Ukraine's Defence Minister Rustem Umerov", "Chad's President":
#: a state's office-holder (a speaker, no place)
_ORG_AFTER_RE = re.compile(
    r"(?:'s|’s)[ \t]+(?:(?:[A-Z][\w-]*|of|for)[ \t]+){0,4}"
    r"(?:Service|Agency|Ministry|Directorate|Office|Council|Staff|Command|"
    r"Committee|Institute|Centre|Center|Intelligence|Guard|Guards|Police|Navy|Army|Forces|Parliament|Government|"
    r"Embassy|Mission|Bureau|Department|"
    r"Minister|President|Premier|Chancellor|Secretary|Ambassador|Envoy|Spokes(?:man|woman|person)|Commander|Adviser|"
    r"Advisor)\b"
)
#: a sentence opening "For X," gives whose point of view follows, not where forces are
_FOR_OPENING_RE = re.compile(r"[ \t]*(?:(?:But|And|Yet)[ \t]+)?For[ \t]+(?:the[ \t]+)?")
#: "the juntas in Niamey", "the authorities in Tripoli": rulers at their seat, no forces
_RULER_NOUNS = frozenset(
    {"junta", "juntas", "government", "governments", "regime", "regimes", "authorities", "rulers", "leaders"}
)
#: "debris recovered in X", "wreckage found near X": where a strike's remnants lie, not where forces are
#: After a country's possessive, those who rule it at home ("Lebanon's government", "Mali's transitional authorities")
_DOMESTIC_RULER_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:transitional|military|interim|new|own)[ \t]+)?(?:government|junta|authorities|parliament|cabinet|"
    r"president|rulers|leaders|prime[ \t]+minister|interior[ \t]+ministry)\b"
)
#: A concessive clause after a comma: ", despite Russia expanding ...", ", although Tehran denies ..."
_CONCESSION_RE = re.compile(r",[ \t]+(?:despite|although|though|even[ \t]+though)[ \t]+")
#: The people a cause stands with, and where they are: "in solidarity with Palestinians in Gaza", "in solidarity with
#: the people of Gaza" (the place of the people, not of the forces that act for them)
_SOLIDARITY_BEFORE_RE = re.compile(
    r"\bsolidarity[ \t]+with[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){1,3}?(?:in|of|from)[ \t]+(?:the[ \t]+)?$"
)
_DEBRIS_BEFORE_RE = re.compile(
    r"\b(?:debris|wreckage|fragments)\b(?:[ \t]+of(?:[ \t]+[\w-]+){1,4}?)?[ \t]+(?:(?:was|were|had[ \t]+been)[ \t]+)?"
    r"(?:recovered|found|collected|retrieved|discovered|examined|located)[ \t]+(?:in|at|near|on)[ \t]+(?:the[ \t]+)?$"
)
#: "moved off the base", "were pulled off the island": a place forces left
_MOVED_OFF_RE = re.compile(
    r"\b(?:moved|pulled|taken|flown|withdrawn|evacuated|removed|ordered|sent|shifted)[ \t]+off[ \t]+$"
)
#: the prepositions before a target of fired munitions ("drop bombs on X", "fired missiles at a site near X")
_AIMED_PREPS = frozenset({"on", "onto", "at", "near"})
#: A strike verb, its object (sites, positions, depots ...) described at length, then the place the object is in:
#: "jets struck three depots run by the militia in X", "bombed launch sites and radar positions in rebel-held parts
#: of X". The objects are targets, and so is where they lie, however far the verb is (one clause, no force noun).
_FAR_TARGET_VERBS = frozenset({"struck", "hit", "bombed", "targeted", "attacked", "raided", "shelled", "pounded"})
_FAR_TARGET_RE = re.compile(
    r"\b(?:struck|hit|bombed|targeted|attacked|raided|shelled|pounded)[ \t]+(?:[\w'’-]+[ \t]+){0,8}?"
    r"(?:sites?|positions?|targets?|depots?|facilit(?:y|ies)|installations?|launch[ \t]+points?|command[ \t]+posts?|"
    r"warehouses?|hideouts?|strongholds?|bunkers?)\b(?P<tail>[^,;.:]{0,70})$"
)
#: a target's preposition before "in <place>": "fired missiles at shipping in the Red Sea"
_TARGET_PREPS = frozenset({"at", "on", "against"})
#: the last of them before the place, up to the place: "at commercial shipping in "
_TARGET_PREP_RE = re.compile(r"\b(?:at|on|against)[ \t]+(?:[\w.'’-]+[ \t]+){0,3}in[ \t]+(?:the[ \t]+)?$")
#: words that end the fired munitions' phrase before a place: another verb governs it
_AIMED_GAP_STOPS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "now", "will", "remains", "remain", "been"}
)
#: verbs of firing that the strike words lack in the base form ("to drop 14 bombs on", "fire missiles at")
_FIRE_VERBS = frozenset({"drop", "drops", "fire", "fires", "launch", "launches"})
#: A person's trip: "Caldwell flies to", "the minister travels to", "she is due in" (a name, not a plural such as
#: "Marines", or a person's noun before the verb)
_TRIP_VERBS = frozenset({"flies", "flew", "travels", "travelled", "traveled", "travel", "fly", "due"})
_TRIP_BEFORE_RE = re.compile(
    r"(?:\b(?:he|she|minister|secretary|president|premier|envoy|ambassador|chancellor)|\b[A-Z][a-z]+(?<!s))[ \t]+"
    r"(?:(?:will|would|is|was|also)[ \t]+){0,2}(?:" + "|".join(sorted(_TRIP_VERBS)) + r")[ \t]+"
    r"(?:to|in)[ \t]+(?:the[ \t]+)?$"
)
#: Fired munitions coming down: "landed in", "splashed down off", "fell into" (their impact point)
_IMPACT_VERBS = frozenset({"landed", "landing", "splashed", "splashing", "fell", "falling", "crashed", "impacted"})
_IMPACT_PREPS = frozenset({"in", "into", "near", "off", "outside"})
#: Munition words that also name craft that land where they are based: drones, UAVs
_LAUNCHER_NOUNS = frozenset({"drone", "drones", "uavs", "uav", "shaheds", "bayraktars", "aircraft", "jets", "troops"})
#: "were still in Niger": a presence a question takes as given
_STILL_RE = re.compile(r"\b(?:still|remain|remained|remains)\b")
#: "<Houthi> forces in <Yemen>": the forces a name owns, right before a place
_FORCES_AT_RE = re.compile(
    r"(?:'s|’s)?[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:forces|fighters|troops|soldiers|militias?|rebels|units|"
    r"mercenaries|personnel)[ \t]+(?:in|at|near|inside)[ \t]+(?:the[ \t]+)?"
)
#: "JNIM, the al-Qaeda affiliate active across the Sahel, ...": an apposition that says where the group named is
_APPOSED_ACTIVE_RE = re.compile(
    r",[ \t]+(?:the|a|an)[ \t]+[^,;]{0,60}?\b(?:active|operating|based|present)[ \t]+(?:in|across|throughout|inside)"
    r"[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?"
)
_SITED_ON_BEFORE_RE = re.compile(
    r"\b(?:state|country|nation|island|islands|archipelago|city|port|kingdom|republic)[ \t]+(?:on|off)[ \t]+"
    r"(?:the[ \t]+)?$"
)
#: What ``_TIME_CLAUSE_RE`` cannot match without: its event word, as written
_TIME_CLAUSE_ANCHORS = ("invasion", "annexation", "occupation", "invaded", "annexed", "occupied", "entered", "attacked",
                        "seized")  # fmt: skip
_MEDICAL_ANCHORS = ("edical", "ospital", "clinic", "evacuated", "medevaced", "airlifted")  # what it needs
_MEDICAL_BEFORE_RE = re.compile(
    r"(?:\b(?:Medical|medical)[ \t]+(?:Cent(?:er|re)|cent(?:er|re))|\b[Hh]ospital|\bclinic)[ \t]+(?:in|at|near)[ \t]+"
    r"(?:the[ \t]+)?$|\b(?:evacuated|medevaced|airlifted)[ \t]+(?:out[ \t]+)?(?:to|for[ \t]+treatment[ \t]+in)[ \t]+"
    r"(?:the[ \t]+)?$"
)
#: A journey made on visas after its place, in the same clause ("to Moscow via Dubai on tourist visas"): people
#: travelling as civilians (labelling guide: where civilians arrived before they enlisted is no location)
_ON_VISAS_AFTER_RE = re.compile(r"[^,;.]{0,60}?\b(?:on|with)[ \t]+(?:[\w-]+[ \t]+){0,2}visas?\b")
#: Before a place forces lost the use of: "losing easy access to its bases in", "lost access to"
_LOST_ACCESS_RE = re.compile(
    r"\b(?:lost|losing|lose|loses)[ \t]+(?:(?:easy|its|their|the|all|direct|reliable)[ \t]+)*access[ \t]+to[ \t]+"
    r"(?:(?:its|their|the)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:(?:in|at|on)[ \t]+)?(?:the[ \t]+)?$",
    re.IGNORECASE,
)
#: a place named as a hospital ("Landstuhl Regional Medical Center"): where the wounded are treated
_MEDICAL_NAME_RE = re.compile(r"\b(?:Medical[ \t]+Cent(?:er|re)|Hospital|Clinic)$")
_ELSEWHERE_BEFORE_RE = re.compile(r"\belsewhere[ \t]+(?:in|across|around|throughout)[ \t]+$", re.IGNORECASE)
#: a tail that leaves the places before it undecided ("looking at sites in X and Y, but no decision had been made"),
#: not a decision on something else ("..., but no decision has been made on a permanent brigade")
_UNDECIDED_AFTER_RE = re.compile(
    r"[^.;:]*?,?[ \t]+but[ \t]+(?:that[ \t]+)?no[ \t]+(?:final[ \t]+)?decision[ \t]+(?:has|had|was)[ \t]+"
    r"(?:yet[ \t]+)?(?:been[ \t]+)?(?:made|taken|reached)\b(?![ \t]+(?:on|about|over|regarding)\b)"
)
#: a negated entry or part in a place ("none of them would set foot inside X", "would not take part in the fighting
#: in X", "will never enter X"): the forces are said not to be there
_NEGATED_ENTRY_BEFORE_RE = re.compile(
    r"\b(?:not|never|none[ \t]+of[ \t]+them[ \t]+(?:would|will|is|are|was|were))[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:set[ \t]+foot|take[ \t]+part|taking[ \t]+part|took[ \t]+part|enter|entered|entering)[ \t]+"
    r"(?:(?:in|inside|on|into)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:in|inside|on|into)[ \t]+|"
    r"(?:in|inside|on|into)[ \t]+)?(?:the[ \t]+)?$"
)
#: Custody places (labelling guide: where captives are held is no location of their forces), before the place:
#: "are being held in", "were detained at", "jailed in", held "captive"/"prisoner" in; "held" only when the
#: sentence speaks of captives ("drills held in Latvia" are where forces train)
_CUSTODY_BEFORE_RE = re.compile(
    r"\b(held|detained|imprisoned|jailed|interned)[ \t]+(?:captive[ \t]+|prisoner[ \t]+)?(?:in|at)[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?$",
    re.IGNORECASE,
)
#: ... and, in a sentence with captives in it ("taken prisoner", "captured"), the longer forms: "are being held by
#: the security service in X", "detained at a camp near X", "questioned in X"
_CUSTODY_BY_BEFORE_RE = re.compile(
    r"\b(?:held|detained|imprisoned|jailed|interned|interrogated|questioned)"
    r"(?:[ \t]+by(?:[ \t]+[\w'’.-]+){1,7}?)?[ \t]+(?:in|at|near)[ \t]+"
    r"(?:(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){1,3}(?:in|at|near)[ \t]+)?(?:the[ \t]+)?"
    # ("at a camp in western X": a part of the place named by its side)
    r"(?:(?:(?:north|south)-?)?(?:east|west)ern[ \t]+|(?:northern|southern|central)[ \t]+)?$"
)
#: words that put captives in a sentence (the short forms above need only the first seven after "held")
_CAPTIVE_WORDS = frozenset(
    {"captured", "prisoner", "prisoners", "captive", "captives", "pow", "pows", "custody", "detention", "detained"}
)
_CAPTURE_WORDS = _CAPTIVE_WORDS - {"pow", "detention", "detained"}


#: After a place: "first before", "first, then": the place is a stage on the way to the goal named next.
_FIRST_STAGE_AFTER_RE = re.compile(r"[ \t]+first,?[ \t]+(?:before|then|and[ \t]+then)\b")
#: "call at X and at Y on the way out", "stopping in X en route": a stop on a journey, not where the forces go
_ON_THE_WAY_AFTER_RE = re.compile(
    r"[^,.;:]{0,40}?\b(?:on[ \t]+(?:the|its|their|his|her)[ \t]+way|en[ \t]+route)\b(?![ \t]+(?:to|into)\b)"
)
#: "the key gateway for relief aid to", "a hub for aid deliveries into": a site named as the route of
#: aid to a place; the forces are at the site, the place is where the aid goes.
_AID_HUB_TO_RE = re.compile(
    r"\b(?:gateway|hub|conduit|route|corridor|lifeline|transit[ \t]+point)[ \t]+(?:for|of)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"aid(?:[ \t]+(?:deliveries|shipments|flows?))?[ \t]+(?:to|into|for)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "got"})


def _custody_place(before: str, wordset: set[str]) -> bool:
    """Whether the text before a place names it as where captives are held, in either form above."""
    if (
        ("held" in before or "etained" in before or "jailed" in before or "mprisoned" in before)
        and (cm := _CUSTODY_BEFORE_RE.search(before)) is not None
        and (cm.group(1).lower() != "held" or wordset & _CAPTURE_WORDS)
    ):
        return True  # "two captured soldiers are being held in Kyiv"
    return bool(wordset & _CAPTIVE_WORDS) and _CUSTODY_BY_BEFORE_RE.search(before) is not None

_ARRIVED_AFTER_RE = re.compile(r"\b(?:landed|arrived|reached|touched[ \t]+down|flew[ \t]+on)\b")
#: "via the border crossing at", "stopped at an airfield in", "refuelled at Souda Bay air base in": a site passed on
#: the way, and the place around it is a transit point too
_VIA_SITE_ANCHORS = ("via", "stop", "refuel", "through")  # what _VIA_SITE_AT_RE cannot match without
_VIA_SITE_AT_RE = re.compile(
    r"\b(?:via|(?:stopped|stopping|stops|stop|refuell?ed|refuell?ing|refuels)(?:[ \t]+over)?[ \t]+(?:at|in)[ \t]+"
    r"(?:an?[ \t]+)?)[ \t]*(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,4}(?:at|in|of|near)[ \t]+(?:the[ \t]+)?$"
    # "travelled by rail through the border station at Erenhot": a crossing passed on the way
    r"|\bthrough[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[\w-]+[ \t]+){0,2}(?:station|crossing|checkpoint|post|junction)"
    r"[ \t]+(?:at|in|of|near)[ \t]+(?:the[ \t]+)?$"
)
#: "crossed into X at the Y border station": a crossing point named as the post's modifier was passed on the way
_CROSSING_POST_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:border|frontier|rail|railway|road)[ \t]+)?(?:station|crossing|checkpoint|post)\b", re.IGNORECASE
)
_FORCE_NOUN_AFTER_RE = re.compile(
    # ("U.S. and Italian personnel": a demonym coordinated with the name shares its noun)
    r"(?:[ \t]+(?:and|or)[ \t]+[A-Z][\w-]*)?"
    r"[ \t]+(?:(?:military|army|navy|air[ \t]+force|special)[ \t]+)?(?:troops|soldiers|forces|personnel|"
    r"service[ \t]+members|servicemen|sailors|marines|warships|jets|warplanes|bombers|contingent|instructors|"
    # (one ship or aircraft: "flew close to a U.S. destroyer in international waters" names whose ship, no place)
    r"soldier|warship|destroyers?|frigates?|cruisers?|submarines?|aircraft[ \t]+carriers?|carriers?|jet|warplane|"
    r"bomber|drones?)\b"
)
#: The start of a fact box's line before its place: "- ", "• ", or nothing
_LABEL_LINE_START_RE = re.compile(r"[ \t]*(?:[-–•*][ \t]*)?")
#: A preposition right before a name: "in Iraq", "to the Philippines"
_PREP_BEFORE_NAME_RE = re.compile(r"\b(?:in|at|to|into|from|near|on|across|inside|of)[ \t]+(?:the[ \t]+)?$")
#: After a line's capitalised place label, a dash instead of a colon: "* POLAND - Some 900 ..."
_CAPS_LABEL_DASH_RE = re.compile(r"[ \t]+(?:--|[-–—])[ \t]+")
#: "fighting with Ukrainian forces in Kursk": the other side of a fight is where the fighters are, too
#: ("helped defeat Ukrainian units in Kursk", "repelling Malian troops near Gao": the enemy engaged there, too)
_FOUGHT_WITH_RE = re.compile(
    r"\b(?:with|against|alongside|beside|by|from|of|among|defeat|defeats|defeated|defeating|repel|repels|"
    r"repelled|repelling|rout|routed|routing|dislodge|dislodged|dislodging|oust|ousted|ousting|expel|expelled|"
    r"expelling|"
    # "400 Cuban recruits are serving in Russian units in Zaporizhzhia Oblast": inside the forces named
    r"(?:fighting|serving|embedded|enlisted|fight|fights|serve|serves)[ \t]+in)[ \t]+(?:the[ \t]+)?$"
)
#: "did not say whether", "unclear if any": what follows is asked, not claimed (not "if confirmed": a hedge)
#: "turned down an offer to base troops at X", "would ask Berlin to station a battery in X": a move asked of or
#: offered to someone who has not made it is no more than a possibility
_ASKED_MOVE_RE = compile_gated(
    r"\b(?:offer|offers|request|requests|requested|ask|asks|asked|asking|invitation|invite|invites|invited|urge|urges"
    r"|urged|urging)(?:[ \t]+[\w'’.-]+){0,5}?[ \t]+to[ \t]+(?:base|station|deploy|send|post|host)\b",
    re.IGNORECASE,
)
_HOST_BATTLEGROUP_AFTER_RE = re.compile(r"[ \t]+(?:NATO[ \t]+)?battle-?groups?\b", re.IGNORECASE)
_WHETHER_RE = re.compile(r"\b(?:whether|if[ \t]+(?:any|they|the[ \t]+troops|the[ \t]+soldiers))\b")
#: Force nouns that name no force on their own ("the deployment would give Russia a foothold on X"): no forces named
_ABSTRACT_FORCE_WORDS = frozenset({"deployment", "presence"})
#: "shipped to Russia across the Caspian Sea": a destination named in the same clause before the water crossed
_DESTINATION_BEFORE_RE = re.compile(r"\b(?:to|into)[ \t]+(?:the[ \t]+)?[A-Z][^,;]*$")
#: "travelled over the Amur bridge near", "via the border crossing at": a crossing on the way, located by the place
_CROSSING_AT_BEFORE_RE = re.compile(
    r"\b(?:over|across|via|through|crossed|crossing)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}"
    r"(?:bridge|border[ \t]+crossing|crossing[ \t]+point|checkpoint|border[ \t]+post)[ \t]+(?:near|at|outside)[ \t]+$"
)
_CROSSING_ANCHORS = ("bridge", "cross", "check", "post")
#: Between a departure point and a coast followed from it: " along the coast of ", " along the coastline of "
_ALONG_ROUTE_RE = re.compile(r"[ \t]+along[ \t]+the[ \t]+(?:coast|coastline|shores?)[ \t]+of[ \t]+")
#: "entered the Baltic through the Danish straits", "re-entered the Gulf on Monday via the Strait of Hormuz": the
#: water entered before the passage is where the ships went
_ENTERED_THROUGH_RE = re.compile(
    r"\b(?:re-?)?enter(?:ed|s|ing)?[ \t]+(?:the[ \t]+)?[A-Z][^,;.]{0,50}?[ \t](?:through|via)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w-]*[ \t]+){0,3}$"
)
#: "through the Bashi Channel into the Philippine Sea": the passage leads on to a named water or land, which is
#: where the ships went; the strait they passed is a transit point
_ONWARD_AFTER_RE = re.compile(r"[ \t]+(?:and[ \t]+)?(?:on[ \t]+)?(?:into|to)[ \t]+(?:the[ \t]+)?[A-Z]")
#: After a strait passed: the clause goes on to where the ships are bound ("through the Strait of Gibraltar and on
#: to operate in the Red Sea", "... on their way to the Gulf"), so the strait is a transit point
_ONWARD_GOAL_ANCHORS = ("operat", "way to", "route to", "bound for", "arriv", "join", "head")
_ONWARD_GOAL_RE = re.compile(
    r"[^.;:]{0,80}?\b(?:on[ \t]+(?:its|their|the)[ \t]+way[ \t]+to|en[ \t]+route[ \t]+to|bound[ \t]+for"
    r"|and[ \t]+(?:then[ \t]+)?(?:(?:is|are|was|were|will|would|to|be|expected|due|set)[ \t]+){0,3}"
    r"(?:operat(?:e|es|ed|ing)|arriv(?:e|es|ed|ing)|join(?:s|ed|ing)?|head(?:s|ed|ing)?)"
    r"[ \t]+(?:in|at|to|for|into|the)\b)"
)


#: "through the Strait of Hormuz and the Gulf of Oman before docking at Y": the passage comes before the
#: work, so the straits are the way there
_BEFORE_WORK_AFTER_RE = re.compile(r"(?:[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][^,;.]{0,40}?)?[ \t]+before[ \t]+[a-z]+ing\b")
#: "unloaded 40 vehicles at the port of X, and the convoy has since crossed into Y": where a cargo was landed
#: before it went on is a transit point (the verb in the clause before the place, the onward move after it)
_UNLOAD_ANCHORS = ("unload", "offload", "disembark")  # (``text.may_contain``)
_UNLOADED_BEFORE_RE = re.compile(
    r"\b(?:unloaded|unloading|offloaded|offloading|off-loaded|disembarked|disembarking)\b[^.;:]{0,90}"
    r"\b(?:at|in)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:(?:of|at|in)[ \t]+)?$",
    re.IGNORECASE,
)
#: "flown to X, then moved by road", "shipped to X and then taken on by rail to Y": X is a stage of the journey
_THEN_ONWARD_AFTER_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:and[ \t]+)?(?:were[ \t]+|was[ \t]+)?then[ \t]+(?:were[ \t]+|was[ \t]+)?(?:moved|driven|"
    r"trucked|railed|shipped|flown|ferried|taken|transported|carried|sent|transferred)[ \t]+(?:on[ \t]+)?"
    # "and were then carried some 4,000 kilometres west by rail": a distance or a direction before the means
    r"(?:[\w,]+[ \t]+){0,4}?"
    r"(?:by[ \t]+(?:road|rail|truck|lorry|sea|air)|onward|overland)\b"
)
#: "loaded vehicles at the port of X ... and unloaded them at Y": where a cargo was loaded, before it was unloaded
#: elsewhere, is where it set out from
_LOADED_BEFORE_RE = re.compile(
    r"\b(?:loaded|loading|embarked|embarking)\b[^.;:]{0,60}"
    r"\b(?:at|in)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:(?:of|at|in)[ \t]+)?$",
    re.IGNORECASE,
)
_UNLOADED_AFTER_RE = re.compile(
    r"[^.;]{0,120}?\b(?:unloaded|unloading|offloaded|offloading|off-loaded|disembarked|disembarking)\b", re.IGNORECASE
)
#: After a place: the forces stop there on their way home ("will call at X and Y on its way home", "will visit X
#: before returning to its home port"): a stage of the journey back, not where they are deployed
_HOMEWARD_AFTER_RE = re.compile(
    r"[^.;:]{0,60}?\b(?:on[ \t]+(?:its|their|her|the)[ \t]+(?:way|journey|voyage)[ \t]+(?:back[ \t]+)?home|"
    r"before[ \t]+(?:returning|heading|sailing|flying)[ \t]+(?:back[ \t]+)?(?:home|to[ \t]+(?:its|their|her)[ \t]+"
    r"home))\b"
)
#: Right after a destination: a condition on its government's consent ("... to Chad should N'Djamena accept",
#: "to Moldova if Chisinau asks"): the move is a possibility, not a claim
_HOST_CONDITION_AFTER_RE = re.compile(
    r",?[ \t]+(?:should|if|unless)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){1,3}"
    r"(?:(?:government|authorities|parliament|junta)[ \t]+)?(?:(?:ever|formally|eventually|finally)[ \t]+)?"
    r"(?:accept|accepts|agree|agrees|approve|approves|allow|allows|consent|consents|request|requests|ask|asks|"
    r"invite|invites)\b"
)
#: Right before a place: the forces' own home port or base ("its home port of X"), where they come from
_HOME_BASE_BEFORE_RE = re.compile(r"\bhome[ \t]+(?:port|base)s?(?:[ \t]+of|[ \t]+at|[ \t]+in)?[ \t]+$")
#: "... and then railed from there to Y", "and were driven on from there to Y": an onward move from the place named
_ON_FROM_THERE_AFTER_RE = re.compile(
    r"[^.;]{0,40}?\band[ \t]+(?:then[ \t]+)?(?:be[ \t]+|are[ \t]+|were[ \t]+|was[ \t]+)?(?:moved|taken|sent|"
    r"transported|carried|driven|trucked|railed|shipped|flown|ferried|transferred)[ \t]+(?:on[ \t]+)?from[ \t]+there\b"
    r"[^.;]{0,30}?"
    r"\b(?:to|into)[ \t]+(?:the[ \t]+)?[A-Z]"
)
_WENT_ON_AFTER_RE = re.compile(
    r"[^.;]{0,120}?\b(?:on[ \t]+(?:its|their|the)[ \t]+way[ \t]+to|en[ \t]+route[ \t]+to|onward[ \t]+to|"
    r"(?:crossed|moved|driven|trucked|drove|headed|carried)[ \t]+(?:on[ \t]+)?(?:into|to)|went[ \t]+on[ \t]+to|"
    r"continued[ \t]+(?:on[ \t]+)?to|before[ \t]+(?:heading|moving|travell?ing|being[ \t]+(?:driven|trucked|moved))"
    r"[ \t]+(?:on[ \t]+)?(?:in)?to)\b",
    re.IGNORECASE,
)
#: "unloaded at X and moved east by rail", "shipped to the port of X and will cross Y by rail": a port where a cargo
#: was landed before it went on over land is a stage of the journey, not where the forces will be
_CARGO_LANDED_BEFORE_RE = re.compile(r"\b(?:unloaded|offloaded|off-loaded|shipped|ferried)\b[^.;:]{0,80}$")
_OVERLAND_ONWARD_AFTER_RE = re.compile(
    r"[^.;]{0,60}?\band[ \t]+(?:(?:will|would|was|were|is|are|to)[ \t]+)?(?:be[ \t]+)?(?:then[ \t]+)?"
    r"(?:moved|taken|carried|transported|sent|driven|trucked|railed|cross|crosses|crossed|travel|travels)\b"
    r"[^.;]{0,40}?\bby[ \t]+(?:rail|road|truck|train|lorry)\b"
)
#: Transport aircraft right before "flying from": their flights carry loads out of the place
_CARGO_FLIGHT_RE = re.compile(
    r"\b(?:cargo|transport|freight|supply)[ \t]+(?:planes?|aircraft|jets?|flights?)[ \t]+(?:flying|flown)[ \t]+"
    r"(?:out[ \t]+)?(?:from|of)\b"
)
#: Between a place and the larger place it lies in: ", in occupied southern", ", in the", ", "
_THEN_CONTAINER_RE = re.compile(r",[ \t]*(?:in[ \t]+)?(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}")
#: A sentence's introductory adverbial of time up to its comma: "During the civil war,", "After the 2023 attack,"
_INTRO_PHRASE_RE = re.compile(
    r"[ \t]*(?:During|After|Since|Before|Following|Amid|Throughout|Until)[ \t]+[^,;:.]{1,80},"
)
#: "the Institute of North Korean Studies in", "Kyungnam University in": a university's or a research institute's name
#: right before a place, which is its seat (not "the Combat Training Center in X", where forces train)
#: The rest of an event's capitalised name after a place that opens it: " Security Forum", " Defence Conference"
_EVENT_NAME_AFTER_RE = re.compile(
    r"(?:[ \t]+[A-Z][\w-]*){0,3}[ \t]+(?:Forum|Summit|Conference|Dialogue|Symposium|Congress|Talks)\b"
)
#: What may open a line before its label: nothing, or a bullet
_BULLET_OPENING_RE = re.compile(r"[ \t]*(?:[-–•*][ \t]*)?")
#: A body cited as the source, then "in": "according to the Naval Staff in", "citing the Border Service in"
_CITED_BODY_IN_RE = re.compile(
    r"\b(?:according[ \t]+to|citing|cited[ \t]+by|quoted[ \t]+by)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w.'’-]*[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?){1,6}in[ \t]+(?:[Tt]he[ \t]+)?$"
)
_INSTITUTION_IN_RE = re.compile(
    r"\b(?:University(?:[ \t]+of(?:[ \t]+[A-Z][\w'’-]*)+)?"
    r"|(?:Institute|Centre|Center|College|School)[ \t]+(?:of|for)[ \t]+[^,;.]{0,60}?"
    r"\b(?:Studies|Affairs|Research|Policy)"
    # ("the Center for Naval Analyses in": a centre's name of capitalised words is its own)
    r"|(?:Institute|Centre|Center)[ \t]+(?:of|for)(?:[ \t]+(?:and[ \t]+|the[ \t]+)?[A-Z][\w'’-]*){1,5}"
    # "an analyst of the Lowy Institute in Sydney", "the Brookings Institution in Washington", "imagery reviewed
    # by the Pacific Shipping Transparency Initiative in Singapore"
    r"|(?:[A-Z][\w'’-]*[ \t]+){1,5}(?:Institute|Institution|Endowment|Foundation|Initiative|Council|Observatory))"
    r"[ \t]+in[ \t]+(?:[Tt]he[ \t]+)?$"
)
#: "a private security company based in Virginia": an organisation's seat
#: A place that serves as a named fleet's or command's headquarters (see _FORCE_SEAT_RE), right after it: the place
#: is where that command's forces are ("Camp X, which lies near Y, serves as the regional headquarters of the Z Fleet")
_SERVES_AS_SEAT_AFTER_RE = re.compile(
    r"(?:,[ \t]+which[^,;]{1,60},)?[ \t]+(?:also[ \t]+)?(?:acts|acted|serves|served)[ \t]+as[ \t]+"
    r"(?:(?:the|its|an?)[ \t]+)?(?:(?:forward|regional|main|operational)[ \t]+)?"
    r"headquarters[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){1,5}(?:Fleet|Command)\b"
)
#: A named headquarters right before "in": "Allied Air Command in Ramstein, Germany" (capitalised: a command's
#: name, not "the command in the south").
_COMMAND_SEAT_WORDS = ("Command", "Headquarters", "HQ", "Secretariat")  # what _COMMAND_SEAT_RE needs
_COMMAND_SEAT_RE = re.compile(r"\b(?:Command|Headquarters|HQ|Secretariat)[ \t]+in[ \t]+(?:[A-Z][\w-]*,?[ \t]+)?$")
_ORG_BASED_IN_RE = compile_gated(
    r"\b(?:company|firm|contractor|group|think[ \t]+tank|organi[sz]ation|institute|council|cent(?:re|er))"
    r",?[ \t]+(?:based|headquartered)[ \t]+in[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


#: A verb, a count and "to" in one clause, ending right before a recipient: "delivered three more jets to"
#: After a struck place: the strike killed or wounded forces there ("... in Jordan that killed three U.S. soldiers")
_VICTIMS_AFTER_RE = re.compile(
    # ("a drone attack on a base in Somalia killed three soldiers": the strike as the subject, its verb right after)
    # ("a missile strike on Ain al-Asad caused traumatic brain injuries to 110 U.S. service members")
    # ("a drone attack on al-Tanf, a US outpost in Syria, wounded four": the target described in apposition)
    r"(?:,[ \t]+(?:an?|the)[ \t]+[^.;,]{1,60},)?"
    # ("a drone hit an outpost in Jordan, killing three soldiers": the participle after a comma)
    r"(?:[^.;,]{0,40}?\b(?:that|which)|[ \t]+(?:has|had)|,(?=[ \t]+(?:killing|wounding|injuring)))?"
    r"[ \t]+(?:killed|wounded|injured|killing|wounding|injuring|"
    r"(?:caused|inflicted)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:injuries|casualties|wounds|deaths)[ \t]+(?:to|among))[ \t]+"
    r"(?:(?:at[ \t]+least|about|some|nearly|more[ \t]+than|over)[ \t]+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several)\b",
    re.IGNORECASE,
)
#: Before a struck place: forces were killed or wounded in the strike ("soldiers were killed in a drone strike on")
_VICTIMS_BEFORE_RE = re.compile(
    # ("three soldiers were killed and 40 service members injured in a one-way drone attack on": the participle of a
    # coordinated clause without its auxiliary)
    # ("four soldiers were wounded when a rocket hit": the strike that wounded them, told after "when")
    r"\b(?:(?:were|was|been)[ \t]+)?(?:killed|wounded|injured)[ \t]+(?:(?:in|by)[ \t]+(?:an?|the)[ \t]+[^.;,]{0,45}|"
    r"when[ \t]+(?:an?|the)[ \t]+[^.;,]{0,60})$",
    re.IGNORECASE,
)
_SALE_VERBS = frozenset({"sell", "sold", "selling", "offer", "offered", "lend", "lent"})
_SUPPLY_TO_RE = re.compile(
    r"\b(?P<verb>[a-z]+)(?:[ \t]+(?:over|back))?[ \t]+(?:(?:about|some|another|the|its|their|last|first)[ \t]+)*"
    # ("delivered at least 12 Mohajer-6 drones to", "shipped more than 200 missiles to": a count's bound)
    r"(?:(?:at[ \t]+least|more[ \t]+than|up[ \t]+to|over|nearly|almost|around|roughly)[ \t]+)?"
    r"(?:(?P<count>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)[ \t]"
    # or no count: "supplied Mohajer-6 drones to Sudan's army" (a model name and its noun)
    r"|[A-Z][\w-]*[ \t]+[a-z]+s[ \t]+)"
    r"[^,;.]*?\bto[ \t]+$",
    re.IGNORECASE,
)
#: Compass adjectives: "eastern and southern" before a place name two parts of it.
_COMPASS_ADJECTIVES = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north-eastern", "north-western", "south-eastern",
     "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}
)  # fmt: skip
#: An audience before "at headquarters in X": a press event there ("showed reporters at army headquarters in X").
_PRESS_WORDS = frozenset({"reporters", "journalists", "press", "media"})
#: "an interview ... recorded in Kyiv", "a video address filmed at": where a statement was recorded is its venue
_RECORDED_AT_BEFORE_RE = re.compile(r"\b(?:recorded|filmed|taped|broadcast)[ \t]+(?:in|at|from)[ \t]+(?:the[ \t]+)?$")
#: What is recorded: a statement (not "casualties recorded in Kursk", "expansions were recorded at a base")
_RECORDED_STATEMENTS = frozenset(
    {"interview", "address", "speech", "message", "video", "statement", "remarks", "broadcast", "podcast"}
)
#: A strike verb, its objects in lower-case words, and the preposition before the place: "bombed fuel depots and
#: coastal missile batteries near" (more words than the governing word's reach)
_STRUCK_OBJECTS_BEFORE_RE = re.compile(
    r"\b(struck|bombed|targeted|shelled)[ \t]+"
    r"(?:(?!(?:near|in|at|on|outside|around|with|to|from)\b)[a-z][\w-]*[ \t]+){1,8}"
    r"(?:near|in|at|on|outside|around)[ \t]+"
    r"(?:the[ \t]+)?$"
)
#: "told reporters at the Ministry of Defence in": a speech to the press in a named building, then its city
_PRESS_VENUE_BEFORE_RE = re.compile(
    r"\b(?:told|telling|briefed|briefing|addressed|addressing)[ \t]+(?:the[ \t]+)?(?:reporters|journalists|press|media)"
    r"[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][\w'’.-]*|of|for|and)[ \t]+){1,8}in[ \t]+$"
)
#: Heads of "the port of X", "the city of X": the name after "of" is the place they head.
_PLACE_OF_HEADS = frozenset({"port", "city", "town", "village", "island", "islands", "province", "region", "harbour",
                             "harbor", "capital", "district", "state"})  # fmt: skip


#: After a country's name, an attack it made ("in U.S. strikes", "Israeli air raids" are demonyms already).
_ATTACKER_AFTER_RE = re.compile(
    # ("in US and Israeli strikes": a second attacker's adjective may stand between)
    r"(?:[ \t]+(?:and|or)[ \t]+[A-Z][\w.]*)?"
    r"[ \t]+(?:-?led[ \t]+)?(?:air[ \t]+|drone[ \t]+|missile[ \t]+|naval[ \t]+)?"
    r"(?:strikes?|airstrikes?|attacks?|raids?|bombing|bombings|bombardments?|shelling)\b"
)
#: After a country used as an adjective of a state's plans or policy ("a role in U.S. war planning", "U.K. policy").
_POLICY_AFTER_RE = re.compile(
    r"[ \t]+(?:military[ \t]+|war[ \t]+|foreign[ \t]+|defen[cs]e[ \t]+)?"
    r"(?:planning|planners|plans|policy|policies|strategy|decision-making)\b"
)
#: "earned 900 U.S. dollars per week", "in Hong Kong dollars": a country named for its money, no place
_CURRENCY_AFTER_RE = re.compile(
    r"[ \t]+(?:dollars?|euros?|pounds|rub(?:le|les)|roub(?:le|les)|yuan|yen|rupees?|francs?)\b"
)
#: Head nouns a place name stands in apposition to ("the capital, Bamako", "the port city Berbera").
_APPOSITION_HEADS = frozenset({"capital", "city", "town", "port", "village"})
#: Between such a head and the name: a space or a comma, nothing else.
_APPOSITION_GAP_RE = re.compile(r"\b(?:capital|city|town|port|village),?[ \t]+$", re.IGNORECASE)

#: "strike" written in lower case: a strike, not a word of an exercise's or operation's name ("Saber Strike")
_LOWER_STRIKE_RE = re.compile(r"(?<![\w-])strikes?(?![\w-])")
_STRIKE_NOUNS = frozenset({"strike", "strikes"})
#: "attack drones", "fast-attack craft", "attack helicopters": "attack" names a kind of weapon, not a strike
_ATTACK_WEAPON_RE = re.compile(
    r"(?<![\w])attack[ \t]+(?:drones?|helicopters?|craft|boats?|submarines?|aircraft|jets?|planes?|ships?)\b",
    re.IGNORECASE,
)
_ATTACK_WORD_RE = re.compile(r"(?<![\w])attack\b", re.IGNORECASE)
#: A relative clause of place right after a place that says who is based there now: ", where the Africa Corps keeps
#: its logistics hub", ", where the U.S. has its main base" (a present verb of holding: not ", where they trained")
_WHERE_KEEPS_RE = re.compile(
    r",[ \t]+where[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+(?:also[ \t]+|now[ \t]+)?"
    # ("has" with its object only: ", where Moscow has scaled back its presence" tells of a drawdown)
    r"(?:keeps|has[ \t]+(?:its|their|a|an|the|some|several)|maintains|runs|operates|bases|stations|is[ \t]+based|"
    r"are[ \t]+based|is[ \t]+stationed|are[ \t]+stationed|is[ \t]+headquartered)\b"
)
#: A relative clause of place right after a place, to its end: ", where Wagner lost dozens of men in 2024"
_WHERE_CLAUSE_RE = re.compile(r",[ \t]+where[ \t]+([^,;.]{1,80})")
#: A plural model designator: "B-52s", "F-35As"
_MODEL_PLURAL_TEXT_RE = re.compile(r"\b" + MODEL_PLURAL + r"\b")
#: "firing" as a word of a site's name: a range or position the shooting forces occupy, not a target
_FIRING_SITE_RE = re.compile(r"\bfiring[ \t]+(?:ranges?|grounds?|positions?)\b", re.IGNORECASE)
#: Words of a time phrase between a verb of leaving and "for" ("left on Tuesday for", "sailed last week for")
_WHEN_WORDS = frozenset(
    {"on", "last", "this", "next", "early", "late", "week", "month", "weekend", "morning", "evening", "night",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
)  # fmt: skip
#: A force's own home, before a port's head ("its home port of X")
_OWN_HOME_WORDS = frozenset({"its", "her", "their", "home"})
#: Words of the place a force leaves, between the verb and "for" ("left its home port of X for")
_LEFT_PLACE_WORDS = frozenset({"its", "her", "their", "home", "of", "from"}) | _PLACE_OF_HEADS
#: A force's size named by its strength ("its total strength in Mali", "troop numbers in Iraq")
_STRENGTH_WORDS = frozenset({"strength", "levels", "numbers"})
#: A determiner opening "the force in X", "our forces in X": the forces are the subject, not the venue's speaker
_FORCE_SUBJECT_OPENERS = frozenset({"the", "our", "its", "their"})


#: A site ranked among others before "in the region": "Al Udeid, the largest U.S. base in the region" describes the
#: site named, it refers back to no place where forces are
_RANKED_SITE_BEFORE_RE = re.compile(
    r"\b(?:largest|biggest|main|oldest|only|busiest|most[ \t]+important)[ \t]+(?:[\w.'’-]+[ \t]+){0,3}?"
    r"(?:base|facility|installation|airfield|airbase|port|hub|garrison|outpost)[ \t]+in[ \t]+$",
    re.IGNORECASE,
)
#: Right before an armed group that supplies are handed to: "supplied the", "to Sudan's paramilitary", "arming the"
_ACCORDING_TO_BEFORE_RE = re.compile(r"\baccording[ \t]+to[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: Before "for <place>", a count whose value is the forces' there ("the figure for Estonia", "the total for Iraq")
_COUNT_FOR_WORDS = frozenset({"figure", "figures", "number", "numbers", "total", "totals", "tally", "estimate"})
#: The ends of a hyphenated modifier that says who holds a place ("rebel-held", "Houthi-controlled")
_HELD_SUFFIXES = ("-held", "-controlled", "-occupied")
_SUPPLIED_GROUP_BEFORE_RE = re.compile(
    r"\b(?P<word>[A-Za-z]+)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*(?:'s|’s)[ \t]+)?"
    r"(?:(?:paramilitary|rebel|armed|militant|militia|insurgent)[ \t]+)?$"
)


#: "took over (from) X", "has taken over X's role": a successor moved in where its predecessor was
_TOOK_OVER_RE = re.compile(r"\b(?:took|taken|take|takes|taking)[ \t]+over\b")


@dataclass(slots=True)
class _PlaceScan:
    """What ``_locations`` reads off a sentence once, and what it carries from one place to the next: a place's
    reading depends on the places before it (a departure point, a target, the places already kept)."""

    text: str
    places: list[PlaceMention]
    mentions: list[ActorMention]
    wordset: set[str]
    owners: frozenset[str]
    speech: bool  # a speech verb in the sentence: an opening "In Brussels," may be a statement's venue
    first_comma: int
    concession_at: int  # where a concession ("despite ...") starts; len(text) when there is none
    relative_words: bool
    ok: list[PlaceMention]  # the places kept so far
    departed: list[PlaceMention]  # places named as departure or transit points
    target_end: int  # where the last place named as a strike's target ends (-1: none yet)
    dep_end: int  # where the last departure point named ends (-1: none yet)
    passed_end: int  # where the last place a departure word governs ends, a strait sailed through too (-1: none)


@trait
class PlaceRules(ExtractorBase):
    """Deployment locations, and places carried from earlier sentences."""

    def _theatre(self, mentions: list[ActorMention]) -> PlaceMention | None:
        """The country (or, for a mission with no country of its own, the territory: "Golan Heights") of the first
        peace operation named in the sentence whose theatre is known."""
        for m in mentions:
            if m.entry.theatre:
                th = m.entry.theatre
                place = self.gazetteer.country(th) if len(th) == 2 else self.gazetteer.lookup(th)
                if place is not None:
                    return PlaceMention(m.start, m.start, place.name, place)
        return None

    def _battlegroup_host(self, text: str, mentions: list[ActorMention]) -> PlaceMention | None:
        """The country of a battlegroup named by its host's adjective ("a company in the Estonian battlegroup"):
        such formations are named after the state that hosts them, not after a contributor."""
        for m in mentions:
            if (
                m.entry.form == "demonym"
                and m.entry.actor.kind == "state"
                and text.endswith(("the ", "The "), 0, m.start)
                and _HOST_BATTLEGROUP_AFTER_RE.match(text, m.end) is not None
                and (place := self.gazetteer.country(m.entry.actor.code)) is not None
            ):
                return PlaceMention(m.start, m.start, place.name, place)
        return None

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
            if m.group(0).lower() != "there" and _NAME_APPOSED_AFTER_RE.match(text, m.end()):
                continue  # "including the capital Sanaa": named here, no reference back
            if m.group(0).lower() != "there" and _DESCRIBED_AFTER_RE.match(text, m.end()):
                continue  # "the area of separation": described here, no reference back ("the country of 5 million"
                # still refers back)
            if _FROM_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "jets took off from there": where forces left, not where they are
            if m.group(0).lower() != "there" and _RANKED_SITE_BEFORE_RE.search(text, max(0, m.start() - 80), m.start()):
                continue  # "Al Udeid, the largest U.S. base in the region": ranks the site named, no reference back
            if may_contain(text, ("elsewhere",)) and _ELSEWHERE_BEFORE_RE.search(
                text, max(0, m.start() - 16), m.start()
            ):  # (IGNORECASE: "Elsewhere in" opens a sentence)
                continue  # "already serving elsewhere in the region": not the place named before
            bw = _words(text[max(0, m.start() - 30) : m.start()])
            if len(bw) >= 2 and bw[-1] in ("in", "at", "from") and bw[-2] in _SPEAKER_NOUNS:
                continue  # "Analysts in the region say": where the speakers are, no forces
            if _MOVED_OFF_RE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "some troops were moved off the base": where forces left, not where they are
            if (
                (last := _words(text[max(0, m.start() - 16) : m.start()])[-1:])
                and last[0] in cues.departure_words
                # ("rotates a company through the country": based there by turns)
                and not (
                    last[0] == "through"
                    and _ROTATE_WORDS.intersection(_words(text[max(0, m.start() - 90) : m.start()])[-9:-1])
                )
            ):
                continue  # "the boat left the area": where it was, not where it is
            sw = _words(text[max(0, m.start() - 40) : m.start()])[-5:]
            if any(
                w in cues.strike_words
                # ("the Carrier Strike Group arrived in the region": a naval formation's name, no attack)
                and not (w == "strike" and sw[k + 1 : k + 2] in (["group"], ["groups"]))
                for k, w in enumerate(sw)
            ):
                continue  # "13 attacks there", "missiles hit the base": a target, not where forces are
            return "place"
        if cues.event_anaphora_re.search(text):
            return "event"
        return None

    def _anaphor_kinds(self, text: str) -> frozenset[str]:
        """The kinds of place the sentence's anaphor names ("to the province": a province), or none."""
        kinds = self.cues.place_anaphora_kinds
        for m in self.cues.place_anaphora_re.finditer(text):
            if text.startswith(" there", m.end()):
                # "the base there": "there" refers back, to whatever kind of place; the base is in it
                return frozenset()
            got = kinds.get(" ".join(m.group(0).lower().split()))
            if got:
                return got
        return frozenset()

    def _relative_place(self, text: str, places: list[PlaceMention]) -> PlaceMention | None:
        """The place a closed relative clause names before "there" ("Wagner, which has guarded the Central African
        Republic's president since 2018, still has its largest contingent there"): the main clause refers back to
        it, not to a place of an earlier sentence (not a place left: "which pulled out of Mali")."""
        if ", wh" not in text:
            return self._possessive_country(text, places)  # (a cheap gate: most sentences have no relative clause)
        for r in _RELATIVE_SPAN_RE.finditer(text):
            if not r.group(0).endswith(",") or self.cues.place_anaphora_re.search(text, r.end()) is None:
                continue
            inside = [
                p for p in places
                if r.start() < p.start and p.end < r.end()
                and not set(_words(text[max(0, p.start - 16) : p.start])[-1:]) & self.cues.departure_words
                and not self.cues.departure_phrase_re.search(text[max(0, p.start - 30) : p.start].lower())
            ]  # fmt: skip
            if inside:
                return inside[-1]
        return self._possessive_country(text, places)

    @staticmethod
    def _possessive_country(text: str, places: list[PlaceMention]) -> PlaceMention | None:
        """The country a sentence names as an owner before "the country" ("Lebanon's government presses ahead with
        a plan to bring all weapons in the country under state control", "Mali's junta says no Wagner troops are in
        the country"): "the country" is that one, not a place of an earlier sentence."""
        at = text.find("the country")
        if at < 0 or text.startswith(("'s", "’s"), at + 11):
            return None
        last = None
        for p in places:
            if p.end > at:
                break
            last = p
        if (
            last is not None
            and last.place.kind == "country"
            and text.startswith(("'s", "’s"), last.end)
            # (its own rulers: "Russia's ambassador said 1,890 instructors were in the country" is Russia's envoy
            # in another country)
            and _DOMESTIC_RULER_AFTER_RE.match(text, last.end + 2)
        ):
            return last
        if (
            last is not None
            and last.place.kind == "country"
            and _REMIT_BEFORE_RE.search(text, max(0, last.start - 30), last.start) is not None
        ):
            return last  # "the UN Panel of Experts on Mali counted 1,500 Russians in the country": its remit
        if (
            (first := places[0] if places else None) is not None
            and first.end <= at
            and first.place.kind == "country"
            and _TOPIC_BEFORE_RE.match(text, 0, first.start)
        ):
            return first  # "Asked about Chad, he said France had 1,000 soldiers in the country": the topic's country
        if (
            first is not None
            and first.end <= at
            and first.place.kind == "country"
            and text.startswith(":", first.end)
            and _BULLET_OPENING_RE.fullmatch(text, 0, first.start) is not None
        ):
            return first  # "- Chad: Kenya sent 200 more soldiers to the country": the line's label is its topic
        if last is not None and _STILL_IN_COUNTRY_BEFORE_RE.search(text, max(0, at - 40), at) is not None:
            # "once Paris withdrew a battalion from Chad, roughly 700 French soldiers stay in the country":
            # the country the others left is where those left behind are
            for p in reversed(places):
                if (
                    p.end <= at
                    and p.place.kind == "country"
                    and _LEFT_BEFORE_RE.search(text, max(0, p.start - 40), p.start) is not None
                ):
                    return p
        return None

    def _carried_place(
        self,
        st: State,
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

        def fits(p: PlaceMention) -> bool:
            if "country" in kinds:
                # "the country" is a country, or a place inside one ("Bangui ... in the country"), never a region
                # or a sea with no country of its own ("operations in the Sahel ... personnel in the country")
                return p.place.kind == "country" or (p.place.kind != "macro" and bool(p.place.country_code))
            # "the region" is no sea or ocean ("bombers moved to the Indian Ocean ... troops in the region"),
            # unless the sentence is about ships ("sea" among the kinds)
            return p.place.kind in kinds and ("sea" in kinds or not _WATERWAY_NAME_RE.search(p.place.name))

        last_fits = st.last_place is not None and fits(st.last_place[0])
        if (
            anaphor == "place"
            and "site" in kinds
            and (st.last_place is None or st.last_place[0].place.kind != "site")
        ):
            # "the base" is the last base named, a city or another site only when none was ("fired missiles at Al
            # Udeid Air Base two days after bombers struck sites in Isfahan ... landed in an area of the base")
            site = next(
                (p for p in reversed(st.places_named) if p.place.kind == "site" and _BASE_NAME_RE.search(p.place.name)),
                None,
            )
            if site is not None:
                return site
        if "country" in kinds and st.last_place is None:
            last_fits = True  # (no place to correct: the actor's own place, as for "there")
        home = code.upper()
        if "country" in kinds:
            sponsor = next((g.sponsor for g in st.named_groups if g.actor.code == code and g.sponsor), None)
            if sponsor is not None:
                home = sponsor.upper()  # a sponsored group's own country is its sponsor's
            if (
                sponsor is not None
                and last_fits
                and st.last_place is not None
                and (st.last_place[0].place.country_code or "").upper() == home
            ):
                # "About 900 Wagner men were in the country" after "Moscow wanted a bigger fee ...": not the
                # forces' own country, named last, but the country named before it
                last_fits = False
        if (
            last_fits
            and anaphor == "place"
            and "macro" in kinds
            and "country" not in kinds
            and st.last_place is not None
            and (st.last_place[0].place.country_code or "").upper() == code.upper()
        ):
            last_fits = False  # "bombers from Louisiana ... U.S. forces in the region": see the loop below
        if anaphor == "place" and kinds and not last_fits:
            # "to the province": the last province named, which need not be the last place named
            home_fit: PlaceMention | None = None
            for p in reversed(st.places_named):
                if not fits(p):
                    continue
                if (p.place.country_code or "").upper() not in (code.upper(), home):
                    return p
                if "country" in kinds:
                    continue  # (not the forces' own state: "citing U.S. officials ... U.S. personnel in the country")
                if "macro" in kinds:
                    # "bombers from Louisiana ... U.S. forces in the region": not a region of the forces' own state
                    # when the countries named lie in one (below)
                    home_fit = p
                    break
                return p
            if "macro" in kinds and "country" not in kinds and (around := self._region_around(st)) is not None:
                return around  # "Qatar ... Kuwait ... Bahrain ... 40,000 US troops were in the region": the Middle East
            if "macro" in kinds and "country" not in kinds and st.title_region is not None:
                return st.title_region  # no region named yet: the one the headline names
            if home_fit is not None:
                return home_fit
        if anaphor == "place":
            got = st.last_place or own
            return got[0] if got else None
        if anaphor == "event":
            return own[0] if own else None
        if implied and own is not None and own[1] == paragraph:
            return own[0]
        if implied and own is not None and own[1] == st.question_paragraph and paragraph == own[1] + 1:
            # "Q: How many U.S. troops are in Europe? A: Between 80,000 and 100,000.": the answer's bare count is
            # of the forces the question placed
            return own[0]
        return None

    def _stopovers(self, text: str, places: list[PlaceMention]) -> set[int]:
        """The starts of the places named as stops on the way ("a port call at Rota in Spain", "stopped in
        Doha"), with the land around each: where forces passed, which "there" or "the region" never means."""
        if not ("stop" in text or "port call" in text or "refuel" in text or "planes" in text or "transit" in text):
            return set()  # (a cheap gate: no word of a stop in the sentence)
        out: set[int] = set()
        last: PlaceMention | None = None
        for p in places:
            if _STOP_ON_WAY_BEFORE_RE.search(text, max(0, p.start - 30), p.start) or (
                last is not None and _IN_CONTAINER_RE.fullmatch(text, last.end, p.start) and self._same_land(last, p)
            ):
                out.add(p.start)
                last = p
        return out

    def _region_around(self, st: State) -> PlaceMention | None:
        """The region (of ``anaphor_regions``) that holds most of the countries named so far, when it holds at least
        two of them and more than any other: what "the region" means when no region was named."""
        named = [p for p in st.places_named if p.place.country_code]
        if not named:
            return None
        best: Place | None = None
        best_n = 0
        tie = False
        for name in self.cues.anaphor_regions:
            region = self.gazetteer.lookup(name)
            if region is None or region.kind != "macro":
                continue
            members = self.gazetteer.region_countries(region)
            n = len({(p.place.country_code or "").upper() for p in named} & members)
            if n > best_n:
                best, best_n, tie = region, n, False
            elif n == best_n:
                tie = True
        if best is None or best_n < 2 or tie:
            return None
        last = named[-1]
        return PlaceMention(last.start, last.end, best.name, best)

    def _has_deploy_signal(self, wordset: set[str]) -> bool:
        # "Kuwait hosts U.S. forces": hosting places the guest's forces as much as "deployed" does
        return bool(wordset & self.cues.place_verbs or wordset & self.cues.host_signals)

    def _location_topic(self, wordset: set[str], text: str = "") -> str:
        cues = self.cues
        if wordset & cues.personnel_nouns:
            return "troops"
        if wordset & cues.equipment_force_nouns:
            return "equipment"
        if "-" in text and _MODEL_PLURAL_TEXT_RE.search(text):
            return "equipment"  # "B-52s deployed to Romania": aircraft named by their model
        return "troops"

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
        if entry.home:
            # "the Houthis, who control much of northern Yemen": their own country, and any place in it ("Houthi
            # fighters massed west of Marib", "Hezbollah flew cash into Beirut"): a group at home is deployed nowhere
            # new (README: the actor's home country is never a location)
            return cc == entry.home.upper()
        return False

    @staticmethod
    def _forces_there(text: str, p: PlaceMention, mentions: list[ActorMention]) -> str | None:
        """Whose forces the sentence names right at a place ("as Houthi forces in Yemen resumed attacks"): the
        place is theirs, not the sentence's other actors'."""
        for m in mentions:
            if m.end < p.start and _FORCES_AT_RE.fullmatch(text, m.end, p.start) and not _FOUGHT_WITH_RE.search(
                text, max(0, m.start - 24), m.start
            ):
                return m.entry.actor.code
            if m.end < p.start and text.startswith(",", m.end) and _APPOSED_ACTIVE_RE.fullmatch(text, m.end, p.start):
                return m.entry.actor.code  # "JNIM, the al-Qaeda affiliate active across the Sahel,": JNIM's place
        return None

    def _locations(
        self,
        text: str,
        places: list[PlaceMention],
        mentions: list[ActorMention],
        wordset: set[str],
        owners: frozenset[str] = frozenset(),
    ) -> list[PlaceMention]:
        """The sentence's places where its actors' forces are, in the order they are named.

        A place is read in a fixed order, and the first reading that fires decides it (the rules are
        order-sensitive): what else the name may stand for; the word that governs it; whether the forces set out
        or pass there; whether the place is a venue, a target or a hypothesis. Then the places another actor's
        forces hold go, and an outer place named beside a place inside it.
        """
        cues = self.cues
        speech = bool(wordset & cues.speech_verbs)
        first_comma = text.find(",")
        # ("..., despite Russia expanding domestic production at Alabuga": a concession places no forces)
        conceded = _CONCESSION_RE.search(text) if ("espite" in text or "though" in text) else None
        concession_at = conceded.end() if conceded is not None else len(text)
        relative_words = "wh" in text  # what _RELATIVE_RE cannot match without ("which", "who", "whose")
        # (built with positional arguments: keywords cost more than the steps' calls, once per sentence)
        s = _PlaceScan(
            text, places, mentions, wordset, owners, speech, first_comma, concession_at, relative_words,
            [], [], -1, -1, -1,
        )  # fmt: skip
        for p in places:
            before = text[max(0, p.start - 60) : p.start]
            bw = _words(before)
            after = text[p.end : p.end + 40]
            if "side of the" in before and (side := self._side_of_border(s, p, before)) is not None:
                s.ok.append(side)
                continue
            # what else the name may stand for, before any word that governs it is weighed
            if (
                self._someone_elses_place(s, p, before, bw)
                or self._reference_point(s, p, before, bw)
                or self._relative_clause_elsewhere(s, p)
                or self._name_as_modifier(s, p, before, bw, after)
                or self._seat_of_voice(s, p, before, bw, after)
            ):
                continue
            if self._base_of_operations(s, p, before):
                s.ok.append(p)
                continue
            gov = self._governing_word(s, p, before, bw)
            low_before = before.lower()
            if self._set_out_from(s, p, before, bw, low_before, gov):
                gov = "dep"
            if gov in ("dep", "of") and self._driven_out_of(bw):
                gov = "in"
            if gov is None and s.passed_end >= 0 and _AND_PLACE_RE.fullmatch(text, s.passed_end, p.start):
                gov = "dep"  # "via Austria and Hungary to Serbia": the word governs both
            if gov is None:
                if self._hosts_ungoverned(s, p, before, after):
                    s.ok.append(p)
                continue
            if gov == "dep":
                s.passed_end = p.end
            if gov == "outside" and (
                p.place.kind in ("country", "macro")
                # ("no evidence of its personnel outside Port Sudan": anywhere but there)
                or " no " in text[: p.start]
                or _FROM_SITE_OUTSIDE_RE.search(before) is not None
            ):
                # "a range outside Kursk" is by the town; "bases outside Russia" are not in Russia, "took off from
                # Benina airport outside Benghazi" set out from there
                continue
            gov = self._way_not_goal(s, p, before, gov)
            if gov == "dep" and "where" in after and _WHERE_KEEPS_RE.match(text, p.end):
                # "flew in from Bamako, where the corps keeps its logistics hub": where forces set out from, and
                # where the clause after it says they are based
                s.ok.append(p)
                continue
            if gov == "dep":
                # remembered: the land around a departure point, named next, is one too
                s.departed.append(p)
                s.dep_end = p.end
                continue
            if gov == "venue":
                continue
            # a governed place may still be a noun's complement, a venue, a target or a hypothesis
            if (
                self._of_something(s, p, low_before, after, gov)
                or self._venue_or_target(s, p, before, bw, gov)
                or self._hypothetical(s, p, before)
                or self._introductory_venue(s, p, before, bw)
            ):
                continue
            s.ok.append(p)
        ok = s.ok
        if owners:
            # which actor a place belongs to: another actor's forces named right at it take it from the owners
            ok = [p for p in ok if (ft := self._forces_there(text, p, mentions)) is None or ft in owners]
        return self._innermost(text, ok)

    def _side_of_border(self, s: _PlaceScan, p: PlaceMention, before: str) -> PlaceMention | None:
        """The country whose side of the border the place marks ("on the Belarusian side of the border near X"),
        when it is another country than the place's own; None otherwise."""
        sb = _SIDE_OF_BORDER_BEFORE_RE.search(before)
        if sb is None:
            return None
        side_at = p.start - len(before) + sb.start()
        dm = next(
            (m for m in s.mentions
             if m.end == side_at and m.entry.form == "demonym" and m.entry.actor.kind == "state"),
            None,
        )  # fmt: skip
        if dm is None or dm.entry.actor.code == p.place.country_code:
            return None
        country = self.gazetteer.country(dm.entry.actor.code)
        return None if country is None else PlaceMention(p.start, p.end, country.name, country)

    def _someone_elses_place(self, s: _PlaceScan, p: PlaceMention, before: str, bw: list[str]) -> bool:
        """Whether the place is named for what is there besides the forces: the source of a statement, a
        speaker's or an organisation's seat, debris, captives, the wounded, a journey before enlisting. The
        sentence's forces are not there, whatever verb follows."""
        cues = self.cues
        text = s.text
        if cues.non_place_re.search(before):
            return True  # "according to Kyiv": a source of the statement
        if ("signal" in before or "message" in before or "warning" in before) and _SIGNAL_SENT_TO_RE.search(before):
            return True  # 'called the battalion "the strongest message we could send" to Minsk': whom a signal is for
        if (
            ("\"" in before or "”" in before)
            and (qs := _QUOTE_SPEAKER_BEFORE_RE.search(before)) is not None
            and not any(p.start - len(before) + qs.start() < m.start < p.start for m in s.mentions)
        ):
            return True  # '"...," said an analyst at a university in Dakar': where the speaker works, no forces
        if p.place.kind == "macro" and p.place.name in cues.vague_regions:
            return True  # "a pillar of its strategy in the Sahel": a belt of many countries places no forces
        if p.start >= s.concession_at and not set(_words(text[s.concession_at : p.start])) & cues.place_verbs:
            return True  # "..., despite Russia expanding production at Alabuga": a concession moves no forces
        if p.text.lower() in cues.noun_topic:
            return True  # "two RAAF Hercules": a counted model's name, not the town it shares (Hercules, California)
        if _ORG_BASED_IN_RE.search(before) or (
            any(a in before for a in _COMMAND_SEAT_WORDS) and _COMMAND_SEAT_RE.search(before)
        ):
            # "a private security company based in Virginia", "NATO's Allied Air Command in Ramstein": the
            # organisation's seat, where it directs from, not where forces are deployed
            return True
        if _WATERWAY_NAME_RE.search(p.place.name) and _SITED_ON_BEFORE_RE.search(before):
            return True  # "the small oil-rich state on the Gulf of Guinea": where a country lies, no deployment
        if ("ebris" in before or "reckage" in before or "ragments" in before) and _DEBRIS_BEFORE_RE.search(before):
            return True  # "citing debris recovered in Zaporizhzhia": where the remnants of a strike were found
        if "aid" in before and _AID_HUB_TO_RE.search(before):
            return True  # "Constanta, the main gateway for NATO aid to Moldova": where the aid goes, not the forces
        if "olidarity" in before and _SOLIDARITY_BEFORE_RE.search(before):
            return True  # "acting in solidarity with Palestinians in Gaza": the people's place, no deployment
        if _custody_place(before, s.wordset):
            return True  # "two captured soldiers are being held (by the security service) in Kyiv": custody
        if "visa" in text and _ON_VISAS_AFTER_RE.match(text, p.end):
            return True  # "they flew to Moscow on tourist visas": a civilian journey, before anyone enlisted
        if may_contain(before, ("access",)) and _LOST_ACCESS_RE.search(before):
            return True  # "after losing easy access to its bases in Syria": a place the forces can no longer use
        if (any(a in before for a in _MEDICAL_ANCHORS) and _MEDICAL_BEFORE_RE.search(before)) or (
            _MEDICAL_NAME_RE.search(text, p.start, p.end)
        ):
            return True  # "flown out to Landstuhl Regional Medical Center in Germany": where the wounded are treated
        # "alternative sites, including in Ivory Coast and Benin, but no decision had been made"
        return bool("decision" in text and _UNDECIDED_AFTER_RE.match(text, p.end))

    def _reference_point(self, s: _PlaceScan, p: PlaceMention, before: str, bw: list[str]) -> bool:
        """Whether the place only serves to point at something: a place denied, a meeting's venue, the end of a
        span or a road, the port a sea locates, the forces' own ground, a distance's origin, a date, a landmark, a
        stage on the way, where moved forces were kept, the goal of forces freed by others. It places none of the
        sentence's forces."""
        text = s.text
        places = s.places
        if ("not" in bw or "none" in bw or "never" in bw) and _NEGATED_ENTRY_BEFORE_RE.search(before):
            return True  # "none of them would set foot inside Gaza", "would not take part in the fighting in X"
        if "meet" in bw and _PEOPLE_MEET_RE.search(before):
            return True  # "leaders agreed to meet next year in Washington": a meeting's venue, no forces
        if "to" in bw[-2:] and "from" in bw and _SPAN_TO_BEFORE_RE.search(before):
            return True  # "operations from the Sahel to the Indian Ocean": an end of a scope, no move's goal
        if "to" in bw[-2:] and _ROAD_TO_BEFORE_RE.search(before):
            return True  # "were supposed to reopen the road to Burkina Faso": a road's end, not where forces are
        if (
            text.startswith(" on the ", p.start - 8)
            and self._open_sea(p)
            and any(q.end == p.start - 8 for q in places)
        ):
            return True  # "ships that sailed from Novorossiysk on the Black Sea": the sea only locates the port
        if "own" in before and _OWN_GROUND_BEFORE_RE.search(before):
            return True  # "frigates patrolling along its own coastline near the Gulf": at home
        if _DISTANCE_FROM_RE.search(before):
            return True  # "260 nautical miles east of Somalia": a reference point, not where forces are
        if any(a in before for a in _TIME_CLAUSE_ANCHORS) and _TIME_CLAUSE_RE.search(before):
            return True  # "up from 80,000 before Russia invaded Ukraine": a date, not where these forces are
        if any(self._open_sea(q) and _BEARING_OF_RE.fullmatch(text, q.end, p.start) for q in places):
            return True  # "in the Baltic Sea west of Gotland": the island only says where in the sea
        if "of" in bw[-6:] and any(
            q.end < p.start and _LANDMARK_BEARING_RE.fullmatch(text, q.end, p.start) for q in places
        ):
            return True  # "into Bryansk Oblast, north of the city of Chernihiv": the city locates the region named
        if _FEATURE_NEAR_RE.search(before):
            return True  # "to the Kuril islands near Japan": the islands are where forces go, Japan a landmark
        if (
            # (a gate: each branch of the pattern needs "from where", "whence", "before" or "and")
            may_contain(text[p.end : p.end + 90], _TRANSIT_ANCHORS)
            and _TRANSIT_AFTER_RE.match(text, p.end, p.end + 90)
            and not _TRAINED_AT_RE.search(before)
        ):
            # ("had trained for a month in X before being moved west": a training ground counts)
            return True  # "landed at X in eastern Chad, from where they were trucked into Y": a stage, not the goal
        if (
            any(a in before for a in _KEPT_IN_ANCHORS)  # (a gate: each participle holds one)
            and _KEPT_IN_BEFORE_RE.search(before)
            and (m_on := _MOVED_ON_AFTER_RE.match(text, p.end)) is not None
            # (the bare goal, " to Libya", only after a move verb whose object holds the place)
            and (
                m_on.group("verb") is not None
                or not _MOVE_OBJECT_VERBS.isdisjoint(_words(text[max(0, p.start - 80) : p.start]))
            )
        ):
            # "1,200 troops retrained in Siberia have been sent to the front", "plans to move the
            # battalion it kept in Iraq to Jordan": where the moved forces were, the start of the move
            return True
        if "free" in text and (fr := _FREED_FORCES_RE.search(text, max(0, p.start - 160), p.start)) is not None:
            freed_at = fr.start("who")
            if not any(m.start == freed_at and m.entry.actor.code in s.owners for m in s.mentions):
                # "to free up Russian units for offensives in the Sumy and Kharkiv regions": where the freed
                # forces go, not the forces that free them
                return True
        return False

    def _relative_clause_elsewhere(self, s: _PlaceScan, p: PlaceMention) -> bool:
        """Whether the place sits in a relative clause about something else than forces: the clause's verb
        says where a thing was done ("the accord, which was negotiated at an air base in Ohio"), not where the
        sentence's forces are."""
        cues = self.cues
        text = s.text
        rels = list(_RELATIVE_RE.finditer(text, 0, p.start)) if s.relative_words else []
        rel = rels[-1] if rels else None
        if rel is not None and not _CLAUSE_COMMA_RE.search(text, rel.end(), p.start):
            close = _CLAUSE_COMMA_RE.search(text[p.end :])
            rw = set(_words(text[rel.end() : p.end + close.start() if close else len(text)]))
            if not (
                rw & cues.place_verbs
                or rw & cues.recipient_verbs
                or rw & _DUE_WORDS
                or any(w in cues.noun_topic for w in rw)
                # "the corps, which took over from the group in Chad,": a successor is where it took over
                or ("over" in rw and _TOOK_OVER_RE.search(text, rel.end(), p.start) is not None)
            ):
                return True  # "the accord, which was negotiated at an air base in Ohio": about something else
        return False

    def _name_as_modifier(self, s: _PlaceScan, p: PlaceMention, before: str, bw: list[str], after: str) -> bool:
        """Whether the name qualifies a word after it instead of naming a place: a shore, an adjective, a
        patron, an attacker, an owner ("Moscow's war"), an organisation of the state. News uses place names
        for their states and peoples as often as for where things are."""
        cues = self.cues
        text = s.text
        if p.place.kind == "macro" and p.place.country_code is None and _COAST_AFTER_RE.match(after):
            return True  # "on Panama's Caribbean coast", "the Pacific side of the canal": a shore, not the sea
        if p.place.kind == "macro" and p.place.country_code is None and cues.sea_heads_re.match(after):
            return True  # "the Indian Ocean island", "the Pacific territory": an adjective of a place named elsewhere
        if p.place.kind == "country" and _ATTACKER_AFTER_RE.match(after):
            return True  # "died in U.S. strikes on Hodeidah": the country names who struck, not where
        if p.place.kind == "country" and _POLICY_AFTER_RE.match(after):
            return True  # "had no part in U.S. war planning": the country names whose plans, not where
        if p.place.kind == "country" and _CURRENCY_AFTER_RE.match(after):
            return True  # "were offered 900 U.S. dollars per week": the country's money
        if may_contain(after, ("visa",)) and _VISA_AFTER_RE.match(after):
            return True  # "flew to Moscow on tourist visas": civilians travelling before they enlisted
        if cues.place_heads_re.match(after):
            return True  # "the Sahel country", "the Gulf state": an adjective for a country named already
        if _PLACE_MODIFIER_ADJ_RE.match(after):
            return True  # "the Moscow-led alliance", "Tehran-backed militias": a patron, not where forces are
        if p.place.kind == "country" and _FORCE_NOUN_AFTER_RE.match(text, p.end):
            return True  # "an air base that is also hosting U.S. troops": whose troops, not where
        if _ORG_AFTER_RE.match(text, p.end):
            return True  # "South Korea's National Intelligence Service told": an organisation of the state, no place
        if _INSTITUTION_AFTER_RE.match(after):
            return True  # "an analyst at a Nairobi think tank said": where the speaker's institution is, no forces
        if _EVENT_NAME_AFTER_RE.match(after):
            return True  # "at the Oslo Arctic Security Forum": the first word of an event's name, a venue at most
        # "Moscow's war", "Russia's army": the place owns something, it is not where forces are (but "handed
        # 20 carriers to Nigeria's army": the recipient's forces are at home, where the supplies went)
        return (
            after.startswith(("'s", "’s"))
            and not _PLACE_PART_RE.match(after)
            and not (
                ((bw[-1:] == ["to"] and self._supplied_to(before)) or bw[-1:] == ["supplied"])
                and cues.force_org_re.match(text, p.end)
            )
        )

    def _seat_of_voice(self, s: _PlaceScan, p: PlaceMention, before: str, bw: list[str], after: str) -> bool:
        """Whether the place is where a view, a government or a speaker sits ("For South Korea, ...", "the
        juntas in Niamey", "officials in Bangui say"): a claim's source is not where the claimed forces are."""
        text = s.text
        if _FOR_OPENING_RE.fullmatch(text, 0, p.start) and text.startswith(",", p.end):
            return True  # "For South Korea, the combat experience ... is the most worrying legacy": a point of view
        if len(bw) >= 2 and bw[-1] == "in" and bw[-2] in _RULER_NOUNS:
            return True  # "the juntas in Niamey, Bamako and Ouagadougou": where governments sit, no forces
        # claimant's seat: "officials in Bangui say"
        if _SEAT_AFTER_RE.match(after) or (len(bw) >= 2 and bw[-1] in ("in", "at") and bw[-2] in _SPEAKER_NOUNS):
            return True
        # ("in The Hague": the article may be outside the place's name)
        after_in = bw[-1:] == ["in"] or bw[-2:] == ["in", "the"]
        if after_in and _INSTITUTION_IN_RE.search(before):
            return True  # "a professor at the Institute of Far Eastern Studies in Seoul": an institution's seat
        if after_in and _CITED_BODY_IN_RE.search(before):
            return True  # "according to the Defence Intelligence Agency in Washington": the cited body's seat
        if "based" in bw[-6:-1] and self._speaker_based_in(bw):
            # "according to a Western security official based in Abidjan", "a Western diplomat based in the
            # Gabonese capital, Libreville": where the speaker works
            return True
        return _SPEAKERS_AFTER_RE.match(after) is not None  # "U.S. officials said": whose officials speak, no place

    @staticmethod
    def _base_of_operations(s: _PlaceScan, p: PlaceMention, before: str) -> bool:
        """Whether forces work from the place, which makes it theirs before any governing word is weighed:
        "from" otherwise marks a departure point."""
        text = s.text
        # "aircraft operating from Djibouti": a base of operations, where the forces are (unless a
        # destination follows: "flying from Darwin to Manila")
        return bool(
            _OPERATE_FROM_RE.search(before)
            and not _TO_AFTER_RE.match(text, p.end)
            # ("cargo planes flying from X": a supply flight's origin, not a base the aircraft work from)
            and not _CARGO_FLIGHT_RE.search(before)
            # ("aircraft flying from Syria have landed at bases in Libya": where they set out)
            and not _ARRIVED_AFTER_RE.search(text, p.end)
        )

    def _governing_word(self, s: _PlaceScan, p: PlaceMention, before: str, bw: list[str]) -> str | None:
        """The word that governs the place, found by scanning back over its modifiers: a preposition or a
        movement verb places forces there, a departure word sets them out from it, a venue noun makes it a
        venue, and "of" leaves it to the caller. None when nothing within reach governs it."""
        cues = self.cues
        wordset = s.wordset
        skip_of = False
        dem_words: set[str] = set()
        # governing word: scan back over modifiers
        gov: str | None = None
        tail = bw[-7:][::-1]
        if tail and tail[0] in _APPOSITION_HEADS and _APPOSITION_GAP_RE.search(before):
            # "in the Malian capital, Bamako", "to the port city Berbera": the name is the head noun's
            # apposition; the preposition before the head governs it
            appos_dems = self._demonym_words(before)
            k = 1
            while k < len(tail) and (tail[k] in _APPOSITION_HEADS or tail[k] in appos_dems):
                k += 1
            tail = tail[k:]
        for j, w in enumerate(tail):
            if j >= 5 and not skip_of:
                break  # five modifiers at most, more only through "the <demonym> port of"
            if w == "of" and j + 1 < len(tail) and tail[j + 1] in _PLACE_OF_HEADS:
                # "left the South Korean port of Busan": the port is the place named, the demonym its modifier
                skip_of = True
                dem_words = self._demonym_words(before)
                continue
            if skip_of and (
                w in _PLACE_OF_HEADS or w in dem_words or w in _OWN_HOME_WORDS or w.endswith(("'s", "’s"))
            ):
                continue  # ("left its home port of X", "via Benin's port of X": whose port it is modifies it too)
            if w in cues.departure_words:
                if j == 0 and w in _LEAVING_WORDS and _LEFT_AS_LAST_AFTER_RE.match(s.text, p.end):
                    gov = "in"  # "leaving Chad and Senegal as its last footholds": kept there
                    break
                if w == "from" and j + 1 < len(tail) and tail[j + 1] in _OPERATE_WORDS:
                    gov = "in"  # "crews operating from Belgorod Oblast": where they are, not where they set out
                    break
                if w == "from" and (
                    (tail[j + 1 : j + 2] in (["them"], ["it"]) and tail[j + 2 : j + 3] and tail[j + 2] in _LAUNCH_WORDS)
                    or (tail[j + 2 : j + 3] in (["the"], ["its"], ["their"]) and tail[j + 3 : j + 4]
                        and tail[j + 3] in _LAUNCH_WORDS)
                ):  # fmt: skip
                    gov = "in"  # "crews fire them from Belgorod Oblast": the launch site is where they are
                    break
                if (
                    w == "from"
                    and j + 1 < len(tail)
                    and tail[j + 1] in _SITE_SPAN_WORDS
                    and _SPAN_TO_AFTER_RE.match(s.text, p.end)
                ):
                    gov = "in"  # "U.S. bases from Kuwait to Oman": a span of sites, held at both ends
                    break
                if w == "through" and _ROTATE_WORDS.intersection(bw[max(0, len(bw) - j - 9) : len(bw) - 1 - j]):
                    # "300 soldiers will rotate through Rukla", "Spain rotates a company of 150 through Latvia":
                    # based there by turns, no transit
                    gov = "in"
                    break
                gov = "dep"
                break
            if skip_of and w not in _PLACE_MODIFIERS:
                gov = "of"  # the chain only tells a departure; otherwise "of" governs as before ("the island of X")
                break
            if w == "for" and j + 1 < len(tail) and tail[j + 1] in _COUNT_FOR_WORDS:
                gov = "in"  # 'the figure for Estonia was given as 900': the count of the forces there
                break
            if w == "for" and j + 1 < len(tail) and not _FOR_VERBS.intersection(
                # ("sailed from her home port of X last week for": the place left is no verb's either)
                [x for x in bw[: len(bw) - 1 - j][::-1] if x not in _WHEN_WORDS and x not in _LEFT_PLACE_WORDS][:5]
            ):
                # "for the U.S." is a beneficiary; "bound for Kursk" is a destination, and so is "left Kigali
                # International Airport on Tuesday for the Central African Republic" (the time is no verb's)
                break
            if w == "over" and not cues.airborne_words.intersection(bw[-5 - j : -1 - j]):
                break  # "a dispute over the Essequibo region": no flight over it
            if w in cues.place_preps or w in cues.place_verbs:
                gov = w
                break
            if w in cues.visit_verbs:
                # "the frigate visited Ghana" places the frigate; "the minister visited Ghana" places no force
                if wordset & cues.force_nouns or wordset & cues.warship_words:
                    gov = w
                break
            if w in cues.venue_nouns:
                gov = "venue"
                break
            if w == "between" and j + 1 < len(tail) and tail[j + 1] in _SPLIT_WORDS:
                gov = "in"  # "a brigade split between Poland, Lithuania and Hungary": it is in each of them
                break
            if w in ("and", "or") and 0 < j < len(tail) - 1 and {tail[j - 1], tail[j + 1]} <= _COMPASS_ADJECTIVES:
                continue  # "in eastern and southern Libya": two parts of the one place
            if j == 0 and any(
                m.end + 1 == p.start
                and m.entry.form == "demonym"
                and m.entry.actor.kind == "state"
                and m.entry.actor.code == p.place.country_code
                for m in s.mentions
            ):
                continue  # "in the Iraqi Kurdistan Region": the demonym of the place's own country modifies it
            if w.endswith(_HELD_SUFFIXES) and "-" in w:
                continue  # "bound for rebel-held Idlib", "in Houthi-controlled Yemen": who holds the place modifies it
            if not (w in _PLACE_MODIFIERS or w.endswith(("'s", "’s"))):
                break  # only modifiers may stand between the governing word and the place
        return gov

    def _set_out_from(
        self, s: _PlaceScan, p: PlaceMention, before: str, bw: list[str], low_before: str, gov: str | None
    ) -> bool:
        """Whether the forces set out from the place or pass through it, whatever word governs it: a departure
        phrase, a base left, a transit site, a port unloaded at before going on, or the land around the last
        departure point. Such a place is recorded as a departure, never as a location."""
        cues = self.cues
        text = s.text
        departed = s.departed
        if (
            (
                any(a in low_before[-30:] for a in cues.departure_anchors)  # (a cheap gate)
                and cues.departure_phrase_re.search(low_before, max(0, len(low_before) - 30))
                and not ("to" in bw[-2:] and cues.forces_travelled_re.search(before))
            )
            or ("from" in low_before and cues.from_base_re.search(before))  # (IGNORECASE: it needs "from")
            or ("home" in low_before[-20:] and _HOME_BASE_BEFORE_RE.search(low_before, len(low_before) - 20))
            or (
                ("home" in text or "way back" in text)
                and "home" in text[p.end : p.end + 90]
                and _HOMEWARD_AFTER_RE.match(text, p.end) is not None
            )
            or (any(a in before for a in cues.facility_anchors) and cues.facility_dep_re.search(before))
            or (any(a in before for a in _VIA_SITE_ANCHORS) and _VIA_SITE_AT_RE.search(before))
            or (
                gov == "at"
                and ("cross" in before or "enter" in before)
                and _CROSSING_POST_AFTER_RE.match(text, p.end) is not None
            )
            or (
                gov in ("at", "in", "of")
                and may_contain(text, _UNLOAD_ANCHORS)
                and _UNLOADED_BEFORE_RE.search(text, max(0, p.start - 160), p.start) is not None
                and _WENT_ON_AFTER_RE.match(text, p.end) is not None
            )
            # ("sent to the port of X, then moved on by road": the port named after "to the port of")
            or (
                gov in ("to", "of")
                and "then" in text[p.end : p.end + 20]
                and _THEN_ONWARD_AFTER_RE.match(text, p.end)
            )
            or (
                gov in ("at", "in", "of", "to")
                and (" by rail" in text or " by road" in text or " by truck" in text or " by train" in text)
                and _CARGO_LANDED_BEFORE_RE.search(text, max(0, p.start - 100), p.start) is not None
                and _OVERLAND_ONWARD_AFTER_RE.match(text, p.end) is not None
            )
            or (
                gov in ("at", "in", "of")
                and ("loaded" in before or "loading" in before or "embark" in before)
                and _LOADED_BEFORE_RE.search(text, max(0, p.start - 120), p.start) is not None
                and _UNLOADED_AFTER_RE.match(text, p.end) is not None
            )
            or (
                # "unloaded at the port of X and then railed from there to Y": a port of call on the way to Y
                gov in ("to", "at", "in", "of")
                and "there" in text
                and _ON_FROM_THERE_AFTER_RE.match(text, p.end) is not None
            )
        ):
            # "from bases in X", "from Fort Hood in Texas": where the forces set out; "via the border crossing
            # at Khasan": where they passed
            return True
        if gov is None and s.dep_end >= 0 and _AND_PLACE_RE.fullmatch(text, s.dep_end, p.start) is not None:
            return True  # "stops at Gander in Canada and Lajes in Portugal": a stop joined to a stop is one too
        if any(_IN_CONTAINER_RE.fullmatch(text, q.end, p.start) and self._same_land(q, p) for q in departed[-1:]):
            return True  # "via Souda Bay in Crete": the place around a departure or transit point is one too
        # "took off from Akrotiri, the British base in Cyprus": the place the base lies in
        return bool(departed) and any(
            _DESCRIBED_CONTAINER_RE.fullmatch(text, q.end, p.start) and self._same_land(q, p) for q in departed[-1:]
        )

    def _driven_out_of(self, bw: list[str]) -> bool:
        """ "sent to help push the rebels out of X": the forces fight the others in X; nobody sets out from it."""
        if "out" not in bw[-6:]:
            return False
        k = len(bw) - 1 - bw[::-1].index("out")
        if k + 1 >= len(bw) or bw[k + 1] != "of":
            return False
        # (an active verb with its object before "out": "were pushed back out of X" is the forces' own retreat)
        return any(
            bw[j] in self.cues.expel_verbs and (j == 0 or bw[j - 1] not in _PASSIVE_AUX)
            for j in range(max(0, k - 5), k - 1)
        )

    def _hosts_ungoverned(self, s: _PlaceScan, p: PlaceMention, before: str, after: str) -> bool:
        """Whether a place no word governs is still where forces are: the subject of "hosts", a garrison's
        place, a coordinated place, a fact box's label, a place a count follows. Without one of these, an
        ungoverned place is only mentioned."""
        cues = self.cues
        text = s.text
        ok = s.ok
        # "Iraq hosts 2,500 troops", "Kursk region now holds"
        if cues.hosts_after_re.match(text, p.end, p.end + 140):
            return True  # "Kuwait hosts U.S. forces", "Mali has relied on Wagner"
        if self._co_host(text, p, s.places):
            return True  # "Chad and Niger host Russian instructors": each of the coordinated places hosts
        if (
            "headquarters" in s.wordset
            and _SERVES_AS_SEAT_AFTER_RE.match(text, p.end, p.end + 160)
            and all(m.entry.actor.kind == "state" for m in s.mentions)
        ):
            return True  # "Camp X, which lies near Y, serves as the forward headquarters for U.S. Z Command"
        if _POSSESSIVE_DET_RE.search(before) and _GARRISON_AFTER_RE.match(after):
            return True  # "it will cut its Djibouti garrison": where the owner's forces are
        if p.place.kind != "country" and _PRESENCE_AFTER_RE.match(after) and _THE_NAMED_BEFORE_RE.search(before):
            # "the (North Korean) Bryansk contingent now numbers 2,300": the forces deployed there (not "the U.S.
            # garrison": a country's name before it says whose)
            return True
        if ok and _AND_PLACE_RE.fullmatch(text, ok[-1].end, p.start):
            return True  # "sent personnel to Chad and Niger": the preposition governs both
        if (
            _LABEL_LINE_START_RE.fullmatch(text, 0, p.start)
            and text.startswith(":", p.end)
            # ("- Kuwait: ... could send a battalion to Kuwait": the line's own mention of the place decides)
            and not any(q.start > p.end and q.place.key == p.place.key for q in s.places)
        ):
            return True  # a fact box's line "- Kuwait: about 13,500, at Camp Arifjan": the forces there
        if (
            _LABEL_LINE_START_RE.fullmatch(text, 0, p.start)
            and p.place.kind != "city"
            and text[p.start : p.end].isupper()
            and _CAPS_LABEL_DASH_RE.match(text, p.end)
            and not any(
                q.start > p.end
                and (
                    not any(m.start == q.start for m in s.mentions)
                    or _PREP_BEFORE_NAME_RE.search(text, max(0, q.start - 12), q.start)
                )
                for q in s.places
            )
        ):
            # "* NORWAY - About 700 Dutch troops.": a section label in capitals before a dash, when the line names
            # no place of its own (it does in "RED SEA - Japan sent a destroyer to the Red Sea" and "in Iraq"; "Spain's"
            # and "U.S. troops" name owners; "WASHINGTON - " is a dateline's city)
            return True
        if "where" in text[p.end : p.end + 12] and _WHERE_COUNT_AFTER_RE.match(text, p.end):
            return True  # "followed by Chad, where about 900 are spread over three camps"
        if _PLACE_ROLE_AFTER_RE.match(text, p.end, p.end + 60):
            return True  # "Libya remains the main hub, with about 1,800 personnel"
        if "home to" in after and (h := _HOME_TO_AFTER_RE.match(text, p.end)) is not None:
            # "the largest base remains Qatar, home to about 900 personnel": where those forces are (not "home to a
            # million people")
            held = set(_words(text[h.end() : h.end() + 60])[:6])
            if held & cues.force_nouns or held & cues.equipment_force_nouns:
                return True
        # "Chad hosts a few hundred, and Sudan fewer than 400": a second host
        return text.endswith("and ", 0, p.start) and _GAPPED_HOST_BEFORE_RE.search(
            text, max(0, p.start - 60), p.start
        ) is not None

    @staticmethod
    def _way_not_goal(s: _PlaceScan, p: PlaceMention, before: str, gov: str) -> str:
        """The governing word corrected for a way taken: a strait sailed through is where ships are, a sea or a
        land crossed on the way to a goal is transit, and a country that only locates the last departure point
        is one too."""
        text = s.text
        if (
            gov == "dep"
            and _WATERWAY_TRANSIT_RE.search(before)
            and _WATERWAY_NAME_RE.search(p.place.name)
            and not _ONWARD_AFTER_RE.match(text, p.end)
            and not _BEFORE_WORK_AFTER_RE.match(text, p.end)
            # ("entered the Black Sea through the Bosphorus": the sea entered is the goal, the strait the way in)
            and not (
                "enter" in before
                and _ENTERED_THROUGH_RE.search(before)
                # (the Bab el-Mandeb "strait" the gazetteer knows as the Red Sea entered through it: that sea)
                and not any(q.end <= p.start and q.place.name == p.place.name for q in s.places)
            )
            # ("through the Strait of Gibraltar and on to operate in the Red Sea": the clause goes on to where the
            # ships are bound, so the strait is the way there)
            and not (
                may_contain(text[p.end : p.end + 120], _ONWARD_GOAL_ANCHORS) and _ONWARD_GOAL_RE.match(text, p.end)
            )
        ):
            gov = "through"  # "sailed through the Taiwan Strait": ships at sea are where they pass
        if (
            gov == "across"
            and _WATERWAY_NAME_RE.search(p.place.name)
            and (_DESTINATION_BEFORE_RE.search(before) or _CARRIED_ACROSS_RE.search(before))
        ):
            # "shipped to Russia across the Caspian Sea": the sea is the way, Russia the goal; "the drones were
            # carried across the Caspian Sea": cargo at sea is in transit
            gov = "dep"
        elif gov == "across" and _ONWARD_AFTER_RE.match(text, p.end):  # "across Syria into Lebanon"
            gov = "dep"  # "trucked weapons across Syria into Lebanon": the land crossed is the way, not the goal
        if (
            gov in ("near", "at", "outside")
            and any(a in before for a in _CROSSING_ANCHORS)
            and _CROSSING_AT_BEFORE_RE.search(before) is not None
        ):
            gov = "dep"  # "travelled over the river bridge near X": a crossing on the way, no goal
        if gov is not None and "first" in text and _FIRST_STAGE_AFTER_RE.match(text, p.end):
            gov = "dep"  # "will fly to Malta first, then join the task group": a staging point on the way
        if gov is not None and (" way" in text or "en route" in text) and _ON_THE_WAY_AFTER_RE.match(text, p.end):
            gov = "dep"  # "will call at X and at Y on the way out": stops of the journey
        if gov is not None and s.dep_end >= 0 and _IN_REGION_OF_RE.fullmatch(text, s.dep_end, p.start):
            gov = "dep"  # "flown from Gaziantep in southern Turkey": the country only locates the departure
        if (
            gov is not None
            and s.dep_end >= 0
            and "along" in text
            and _ALONG_ROUTE_RE.fullmatch(text, s.dep_end, p.start) is not None
        ):
            gov = "dep"  # "shipped from the port of X along the coast of Y": the coast is the route from X, no goal
        return gov

    def _of_something(self, s: _PlaceScan, p: PlaceMention, low_before: str, after: str, gov: str) -> bool:
        """Whether "of" makes the place the complement of a noun ("the lesson of Tinzaouaten") rather than the
        place itself ("the island of Diego Garcia"): a noun's complement places no forces."""
        text = s.text
        return bool(
            gov == "of"
            and not _PART_OF_RE.search(low_before)
            # ("The lesson of Tinzaouaten, where Wagner lost dozens of men": the clause places forces there)
            and not ("where" in after and self._where_forces(text, p))
            # "remain on the island of Diego Garcia": the island is the place (but "Kadena Air Base on the
            # Japanese island of Okinawa": an island named after a place already given only locates it)
            and not (not s.ok and _ISLAND_OF_RE.search(low_before))
        )

    def _forces_at_target(self, words: list[str]) -> bool:
        """Whether the words from a strike verb to a place name forces there ("struck the base where 300 U.S.
        troops are stationed in X"); forces that own the struck objects ("sites used by the militia") are not."""
        force_nouns = self.cues.force_nouns
        return any(w in force_nouns and words[i - 1] not in ("by", "of", "the") for i, w in enumerate(words) if i)

    def _venue_of_members(self, before: str, bw: list[str]) -> set[str]:
        """ "at a meeting of Nordic defence ministers in X": a venue noun whose "of" names who met is the venue of
        the place after them, however long the list of members (no comma between: one phrase)."""
        for k in range(len(bw) - 2, max(0, len(bw) - 10), -1):
            if bw[k] == "of" and bw[k - 1] in self.cues.venue_nouns:
                tail = before[before.lower().rfind(bw[k - 1]) :]
                return set() if ("," in tail or ";" in tail) else {bw[k - 1]}
        return set()

    def _venue_or_target(self, s: _PlaceScan, p: PlaceMention, before: str, bw: list[str], gov: str) -> bool:
        """Whether the place is where something was held, struck or said: a venue noun near it, a strike's
        target (and a second object of the same strike), where munitions were aimed, where a speaker spoke.
        None of these is where the striker's or the speaker's forces are. Records the last target's end."""
        cues = self.cues
        text = s.text
        near = set(bw[-7:])
        if cues.organ_subject_re.search(text, 0, p.start):
            near -= cues.state_organs  # "the parliament approved sending troops to X": an actor, no venue
        venue = near & cues.venue_nouns
        if not venue and bw[-1:] in (["in"], ["at"]) and "of" in bw[-9:-1]:
            venue = self._venue_of_members(before, bw)
        if not venue and bw[-1:] in (["in"], ["at"]) and bw[-2:-1] and bw[-2] in cues.venue_event_verbs:
            # "negotiations with Chad on the base treaty opened in X": the meeting held there, however long its
            # subject (within the clause)
            venue = set(_words(before[before.rfind(",") + 1 :])[-14:-2]) & cues.venue_nouns
        posted = bw[-2:] == ["headquarters", "in"] and not set(bw[-10:]) & (cues.speech_verbs | _PRESS_WORDS)
        if venue == {"headquarters"} and posted:
            venue = set()  # "150 soldiers at the force's headquarters in N'Djamena": posted there, no venue
        if (
            venue
            and venue <= {"headquarters", "headquartered"}
            and _FORCE_SEAT_RE.search(text, 0, p.start)
            # (a state's command: an alliance's command seat is no deployment, "NATO's Land Command in Izmir")
            and all(m.entry.actor.kind == "state" for m in s.mentions)
        ):
            venue = set()  # "the U.S. 6th Fleet is headquartered in Naples": a standing command's seat, its forces'
        if venue:
            return True
        if (
            not s.wordset.isdisjoint(_RECORDED_STATEMENTS)
            and ("recorded" in before or "filmed" in before or "taped" in before or "broadcast" in before)
            and _RECORDED_AT_BEFORE_RE.search(before, max(0, len(before) - 30))
        ):
            return True  # "said in an interview with a broadcaster recorded in X": the statement's venue
        if "fighting" in before and _EVENT_CLAUSE_BEFORE_RE.search(before):
            return True  # "until the fighting in X stops": an event that times the clause, no one's place
        struck = near & cues.strike_words
        if (
            not struck
            and ("struck" in before or "bombed" in before or "targeted" in before or "shelled" in before)
            and (sl := _STRUCK_OBJECTS_BEFORE_RE.search(before)) is not None
        ):
            struck = {sl.group(1)}  # "bombed fuel depots and coastal missile batteries near X": a long list
        if struck and struck <= _STRIKE_NOUNS and not _LOWER_STRIKE_RE.search(before):
            struck = set()  # "the Saber Strike exercise in Latvia": a capitalised "Strike" is a word of a name
        if (
            struck == {"attack"}
            and (aw := len(_ATTACK_WEAPON_RE.findall(before))) > 0
            and aw == len(_ATTACK_WORD_RE.findall(before))
        ):
            struck = set()  # "smuggled attack drones to militias in Iraq": a kind of weapon, no strike
        if struck == {"firing"} and _FIRING_SITE_RE.search(before):
            struck = set()  # "sent to firing ranges in X", "firing positions near X": where the gunners are
        if (
            struck
            and not self._strike_in_intro(text, p)
            and not _FORMATION_STRIKE_RE.search(before)
            and not _FIGHT_THERE_RE.search(before)
            and not _VICTIMS_AFTER_RE.match(text, p.end)
            and not _VICTIMS_BEFORE_RE.search(before)
        ):
            # a strike's target is not where the striker is; but "the strike on Tower 22 in Jordan that killed
            # three U.S. soldiers", "soldiers were killed in a drone strike on X": the victims were there
            s.target_end = p.end
            return True
        target_end = s.target_end
        if (
            target_end >= 0
            and " and " in text[target_end : p.start]
            and _AND_TARGET_RE.fullmatch(text, target_end, p.start)
            and not set(_words(text[target_end : p.start])) & cues.force_nouns
        ):
            # "hit depots near Sanaa and a command post outside the port of Hodeidah": a second object of the
            # same strike verb, a target too (not "and troops in Djibouti were put on alert": forces)
            s.target_end = p.end
            return True
        if (
            not s.wordset.isdisjoint(_FAR_TARGET_VERBS)
            and (tf := _FAR_TARGET_RE.search(text, max(0, p.start - 150), p.start)) is not None
            and not self._forces_at_target(_words(tf.group(0)))
            # (not "struck rebel sites last week and are now stationed in X": a verb of its own governs the place)
            and _AIMED_GAP_STOPS.isdisjoint(tail := _words(tf.group("tail")))
            and self.cues.place_verbs.isdisjoint(tail)
        ):
            # "F-16s struck three depots used by the militia in X": the place of the struck objects, a target
            s.target_end = p.end
            return True
        if gov in ("to", "in") and len(bw) >= 3 and bw[-2] in _TRIP_VERBS and _TRIP_BEFORE_RE.search(before):
            return True  # "the minister flies to X on Monday to discuss ...": a person's trip, no forces' move
        iw = bw[-4:-1] if bw[-1:] == ["the"] else bw[-3:]
        if (
            len(iw) == 3
            and iw[-1] in _IMPACT_PREPS
            and (iw[-2] in _IMPACT_VERBS or (iw[-2] == "down" and iw[-3] in _IMPACT_VERBS))
            and not self.cues.munition_nouns.isdisjoint(fired := _words(text[max(0, p.start - 130) : p.start])[-20:])
            and _LAUNCHER_NOUNS.isdisjoint(fired)
        ):
            # "rockets fired from X flew 300 km and splashed down in the sea": where fired munitions came down,
            # no one's forces (a drone or aircraft that lands somewhere has arrived there)
            return True
        if gov in _AIMED_PREPS and self._munitions_aimed(_words(text[max(0, p.start - 110) : p.start])):
            # "to drop 14 bombs on Iran's Fordow", "fired 20 cruise missiles at a site near Isfahan": where the
            # munitions were aimed, a target (the strike word is further back than the modifiers allow above)
            return True
        if gov == "in" and len(bw) >= 3 and not _TARGET_PREPS.isdisjoint(bw[-5:-1]):
            aimed = _words(text[max(0, p.start - 110) : p.start])
            tp = _TARGET_PREP_RE.search(text, max(0, p.start - 50), p.start)
            if (
                tp is not None
                and self._munitions_aimed(aimed)
                and not _TARGET_PREPS.isdisjoint(aimed[-5:-1])
                # (not "at U.S. troops in Iraq", "at a U.S. base in Syria": the forces aimed at are there)
                and cues.force_nouns.isdisjoint(_words(text[tp.end() : p.start]))
                and not any(tp.end() <= m.start < p.start for m in s.mentions)
            ):
                # "launched rockets at merchant tankers in the Gulf of Aden": where the target was
                s.target_end = p.end
                return True
        # speech verb right before the preposition: "said in Kazan", "told reporters in Brussels"
        spoke = len(bw) >= 2 and (
            bw[-2] in cues.speech_verbs
            or (len(bw) >= 3 and bw[-3] in cues.speech_verbs)
            # "speaking to MPs in London", "talks with senators in Rome": the audience's place is the venue (but
            # "speaking to troops in Latvia": forces are there)
            or (
                len(bw) >= 4
                and bw[-3] in ("to", "with")
                and bw[-4] in cues.speech_verbs
                and bw[-2] not in cues.force_nouns
            )
        )
        if (
            not spoke
            and bw[-1:] == ["in"]
            and not _PRESS_WORDS.isdisjoint(bw[-10:])
            and _PRESS_VENUE_BEFORE_RE.search(before) is not None
        ):
            # "told reporters at the Defence Ministry in Tokyo": the city of the building where the speaker spoke
            return True
        return spoke and bw[-1] in ("in", "at", "from")

    def _hypothetical(self, s: _PlaceScan, p: PlaceMention, before: str) -> bool:
        """Whether the forces are only possibly, prospectively or formerly bound for the place: a question
        ("whether"), a possibility ("could enter Sumy"), a course given up, a base feared. A claim needs forces
        that are, or are going, there."""
        cues = self.cues
        text = s.text
        # possibility: "could enter Sumy"
        clause_start = 0
        for cm in _CLAUSE_BREAK_RE.finditer(text, 0, p.start):
            clause_start = cm.end()
        seg = text[clause_start : p.start]
        if "includ" in seg:
            # "units that could be drawn on, including the battalion it keeps in X": a list of what exists
            # opens after the comma; the modal before it does not reach into it
            for im in _INCLUDING_BREAK_RE.finditer(seg):
                seg = seg[im.end() :]
        if (
            ("whether" in seg or "if" in seg)  # (a cheap gate: the pattern needs one of them)
            and (wh := _WHETHER_RE.search(seg)) is not None
            and not _STILL_RE.search(seg, wh.end())
        ):
            # "did not say whether North Korean troops had entered Sumy Oblast": a question, no claim (but
            # "did not say whether the 800 soldiers were still in Niger": that they were there is given)
            return True
        if "ould" in seg or "ether" in seg:  # (a cheap gate before the regex: "could", "would", "whether")
            seg = cues.non_possibility_re.sub(" ", seg)  # "could not independently verify": no hypothesis
        if set(_words(seg)) & cues.possibility or cues.possibility_phrase_re.search(seg):
            return True
        if _ASKED_MOVE_RE.search(seg):
            return True
        if ("should" in text or "if" in text or "unless" in text) and _HOST_CONDITION_AFTER_RE.match(text, p.end):
            # "a team will fly to Djibouti should its government accept the plan": a move only if the host agrees
            return True
        if (
            ("instead" in text or "divert" in text or "rerout" in text or "redirect" in text)
            and cues.set_course_re.search(before)
            and cues.diversion_re.search(text, p.end)
        ):
            # "the destroyer, which had been heading for the Baltic, will now sail for the Gulf instead": a
            # course given up; the forces go to the place named after it
            return True
        # "the Gulf of Guinea, where Washington feared a possible Chinese naval base": a base spoken of only as a
        # prospect places no one's forces there (but "Chinese engineers are in Cambodia, where ...": the forces
        # named before are)
        return bool(
            text.startswith(", where", p.end)
            and cues.prospective_site_re.match(text, p.end)
            and not set(_words(text[: p.start])) & (cues.force_nouns - _ABSTRACT_FORCE_WORDS)
        )

    def _introductory_venue(self, s: _PlaceScan, p: PlaceMention, before: str, bw: list[str]) -> bool:
        """Whether the place opens a statement as its venue ("In Brussels, the minister said ..."): where the
        news was told, not where forces are, unless the counted forces or the statement's own verb put them
        there."""
        cues = self.cues
        text = s.text
        places = s.places
        first_comma = s.first_comma
        # an introductory "in Brussels," before a statement is the venue
        intro = s.speech and first_comma >= p.end and p.start < 40 and bool(bw) and bw[-1] == "in" and len(bw) <= 4
        if intro and (
            set(bw) & (cues.force_nouns - _WEAK_FORCE_WORDS | _STRENGTH_WORDS)
            or cues.force_phrase_re.search(before)
            # ("The force in Chad, she said, holds at 1,000": a determiner and a force word open the subject)
            or (len(bw) >= 3 and bw[-2] in ("force", "forces") and bw[0] in _FORCE_SUBJECT_OPENERS)
        ):
            # "U.S. force levels in Iraq stood at ..., officials said", "Its strength in Mali is ...": the forces
            # counted are there; the phrase is the subject, not an introductory venue
            intro = False
        if (
            intro
            and first_comma == p.end  # ("In Kuwait, ...": the comma closes the introductory phrase)
            and (seg_end := text.find(", ", p.end + 1)) > 0
            and not any(
                p.end < q.start < seg_end
                and bool(set(_words(text[max(0, q.start - 12) : q.start])[-1:]) & cues.place_preps)
                for q in places
            )
        ):
            seg = text[p.end + 1 : seg_end]
            if any(ch.isdigit() for ch in seg) and not set(_words(seg)) & cues.speech_verbs:
                # "In Kuwait, the US presence has grown to about 13,000 personnel, an official said": the count's
                # clause comes first and the speaker after it; the intro says where the counted forces are
                # (not "In Brussels, Germany has 4,000 troops in Lithuania, the minister said": a place of its own)
                intro = False
        elsewhere = intro and bw == ["in"] and any(self._elsewhere(text, q, p, first_comma) for q in places)
        # ("In Antananarivo, the spokesman affirmed that 500 soldiers were deployed in Mayotte": the speaker's city,
        # when the statement names forces in another country; "In Bulgaria, the F-35s arrived at Graf Ignatievo"
        # stays: the intro is where the news is)
        return intro and (not (s.wordset & cues.place_verbs) or elsewhere)

    def _innermost(self, text: str, ok: list[PlaceMention]) -> list[PlaceMention]:
        """The places left once an outer place named right next to a place inside it is dropped ("Russia's Kursk
        region", "in Zaporizhzhia Oblast, in occupied southern Ukraine"): the outer one only says where the
        inner one lies, and one deployment would otherwise count twice."""
        # drop an outer place when a place inside it is named right next to it ("Russia's Kursk region")
        result: list[PlaceMention] = []
        for p in ok:
            inner = [
                q for q in ok
                if q is not p and abs(q.start - p.end) <= 30 and abs(p.start - q.end) <= 60
                and q.place.key != p.place.key and self.gazetteer.contains(p.place, q.place)
                # ("5,000 troops in Mali, nearly all of them in Gao": a share's place inside the whole's place)
                and not (p.end < q.start and _SHARE_BETWEEN_RE.search(text, p.end, q.start))
            ] or [
                # "in Zaporizhzhia Oblast, in occupied southern Ukraine": the country after a comma only says where
                q for q in ok
                if q.end <= p.start and _THEN_CONTAINER_RE.fullmatch(text, q.end, p.start)
                and q.place.key != p.place.key and self.gazetteer.contains(p.place, q.place)
            ]  # fmt: skip
            if self._region_spelled_out(text, p, ok) or (
                not inner and not self._sea_of_site(p, ok) and not self._region_of_named_country(text, p, ok)
            ):
                result.append(p)
        return result

    def _supplied_group_homes(
        self, text: str, mentions: list[ActorMention], owners: frozenset[str]
    ) -> list[PlaceMention]:
        """The home countries of armed groups the sentence hands supplies to ("Wagner had supplied the RSF with
        missiles", "ferrying fuel to Sudan's paramilitary RSF"): the supplies are received where the group is (README:
        a location is where the actor's equipment is received), though the group's name is no place."""
        got: list[PlaceMention] = []
        verbs = self.cues.group_supply_verbs
        for m in mentions:
            home = m.entry.home
            if m.entry.form == "demonym" and m.entry.actor.kind == "state":
                # "delivered 30 drones to the Malian army": received in the army's state
                fo = self.cues.force_org_after_re.match(text, m.end)
                if fo is None or _ACCORDING_TO_BEFORE_RE.search(text, max(0, m.start - 20), m.start):
                    continue  # (not "according to the Malian army": a source, no recipient)
                nxt = _words(text[fo.end() : fo.end() + 20])
                if nxt and nxt[0] in self.cues.agency_heads:
                    continue  # "Ukrainian military intelligence": an agency, no recipient
                home = m.entry.actor.code
            elif m.entry.form != "group":
                continue
            if not home or m.entry.actor.code in owners:
                continue
            b = _SUPPLIED_GROUP_BEFORE_RE.search(text, max(0, m.start - 50), m.start)
            if b is None:
                continue
            word = b.group("word").lower()
            if not (word in verbs or (word == "to" and set(_words(text[: b.start()])) & verbs)):
                continue
            place = self.gazetteer.country(home)
            if place is not None:
                got.append(PlaceMention(m.start, m.end, place.name, place))
        return got

    def _co_host(self, text: str, p: PlaceMention, places: list[PlaceMention]) -> bool:
        """Whether ``p`` opens a list of places joined by commas and "and" whose last one a host verb follows
        ("Burkina Faso, Chad and Niger host Russian instructors", "Chad and Niger, which host ...")."""
        last = p
        for q in places:
            if q.start < last.end:
                continue
            if not _AND_PLACE_RE.fullmatch(text, last.end, q.start):
                break
            last = q
        if last is p:
            return False
        at = last.end + 7 if text.startswith(", which", last.end) else last.end  # ("Chad and Niger, which host")
        return self.cues.hosts_after_re.match(text, at, at + 140) is not None

    def _where_forces(self, text: str, p: PlaceMention) -> bool:
        """Whether a relative clause of place right after ``p`` ("Tinzaouaten, where Wagner lost dozens of men")
        moves, places or loses forces there."""
        m = _WHERE_CLAUSE_RE.match(text, p.end)
        if m is None:
            return False
        ws = set(_words(m.group(1)))
        return bool(ws & self.cues.place_verbs or ws & self.cues.casualty_words)

    @staticmethod
    def _speaker_based_in(bw: list[str]) -> bool:
        """Whether the words before a place end in "<speaker> based in" and at most three words more ("a diplomat
        based in the Gabonese capital"): the speaker's seat, not where forces are."""
        k = len(bw) - 2  # ("based" needs its "in" after it)
        while k >= 0 and bw[k] != "based":
            k -= 1
        return k >= 1 and len(bw) - k <= 5 and bw[k + 1] == "in" and bw[k - 1] in _SPEAKER_NOUNS

    def _munitions_aimed(self, bw: list[str]) -> bool:
        """Whether the words before a place's preposition are a firing verb and then its fired munitions."""
        window = bw[-16:]
        fire = max((i for i, w in enumerate(window) if w in _FIRE_VERBS or w in self.cues.strike_words), default=-1)
        if fire < 0:
            return False
        shot = max((i for i in range(fire + 1, len(window)) if window[i] in self.cues.munition_nouns), default=-1)
        # ("which fired 20 missiles at drones last month, is now at Souda Bay": a new verb, the ship's own place)
        # (articles do not count: "dropping bombs on the underground enrichment plant at Fordow")
        gap = [w for w in window[shot + 1 :] if w not in ("the", "a", "an")]
        return shot >= 0 and len(gap) <= 5 and not _AIMED_GAP_STOPS.intersection(gap)

    def _strike_in_intro(self, text: str, p: PlaceMention) -> bool:
        """Whether the strike words before ``p`` all lie in an introductory phrase ("During the civil war, it sent
        7,000 fighters to X"): the war or attack dates the sentence; it does not make X a target."""
        m = _INTRO_PHRASE_RE.match(text)
        if m is None or m.end() > p.start:
            return False
        return not set(_words(text[m.end() : p.start])[-7:]) & self.cues.strike_words

    @staticmethod
    def _elsewhere(text: str, q: PlaceMention, p: PlaceMention, after: int) -> bool:
        """Whether ``q``, named after ``after`` as a place ("deployed in Mayotte"; not an owner, "Canada's navy", nor
        a name's part, "U.S. Marine Corps"), is in another country than ``p``."""
        return (
            q.start > after
            and _LOCATIVE_BEFORE_RE.search(text, max(0, q.start - 30), q.start) is not None
            and q.place.country_code is not None
            and p.place.country_code is not None
            and q.place.country_code != p.place.country_code
        )

    def _supplied_to(self, before: str) -> bool:
        """Whether ``before`` (ending in "to") hands a counted supply to what follows: "handed over 20 armoured
        personnel carriers to" (not "the base was handed to": no supplies counted)."""
        m = _SUPPLY_TO_RE.search(before)
        if m is None:
            return False
        verb = m.group("verb").lower()
        # without a count, only a delivery ("supplied Mohajer-6 drones to"): "sold Bayraktar drones to" is a sale
        return verb in self.cues.recipient_verbs and (m.group("count") is not None or verb not in _SALE_VERBS)

    def _same_land(self, inner: PlaceMention, outer: PlaceMention) -> bool:
        """Whether ``outer`` holds ``inner`` or lies in the same country ("Souda Bay in Crete")."""
        a, b = inner.place, outer.place
        if self.gazetteer.contains(b, a):
            return True
        return a.country_code is not None and a.country_code == b.country_code

    def _region_of_named_country(self, text: str, p: PlaceMention, ok: list[PlaceMention]) -> bool:
        """A region named beside one of its countries ("the 201st base in Tajikistan ... in Central Asia"): the
        country says where the forces are; the region only when no country is named (place policy)."""
        if p.place.kind != "macro":
            return False
        members = self.gazetteer.region_countries(p.place)
        return (
            bool(members)
            and any(q.place.country_code in members for q in ok if q is not p)
            # ("... to Jordan, lifting the number of Spanish troops in the Middle East to 2,200": the region's total)
            and _NUMBER_IN_BEFORE_RE.search(text, max(0, p.start - 60), p.start) is None
        )

    def _region_spelled_out(self, text: str, p: PlaceMention, ok: list[PlaceMention]) -> bool:
        """A region named first and its countries only after a comma ("has about 40,000 personnel in the Middle
        East, at bases in Bahrain, Kuwait and Qatar"): the count is in the region; the countries spell it out."""
        if p.place.kind != "macro":
            return False
        members = self.gazetteer.region_countries(p.place)
        inside = [q for q in ok if q is not p and q.place.country_code in members]
        if not inside or not all(q.start > p.end for q in inside):
            return False
        at = inside[0].start
        # ("In the Sahel, 900 personnel train local forces, including in Chad and Niger": the region's own count)
        return (
            _SPELLED_OUT_RE.match(text, p.end, at) is not None
            or _EXAMPLES_BEFORE_RE.search(text, max(p.end, at - 25), at) is not None
        )

    def _demonym_words(self, text: str) -> set[str]:
        """The words of the demonyms in ``text``: modifiers of a place's head noun ("the South Korean port of")."""
        return {x for m in self.actors.find(text) if m.entry.form == "demonym" for x in _words(m.text)}

    def _open_sea(self, m: PlaceMention) -> bool:
        """A sea or ocean: a region that holds no country and lies in none."""
        p = m.place
        return p.kind == "macro" and p.country_code is None and not self.gazetteer.region_countries(p)

    def _sea_of_site(self, p: PlaceMention, ok: list[PlaceMention]) -> bool:
        """A sea or ocean named just after a base or island site ("Diego Garcia, the joint base in the Indian
        Ocean") only says where the site lies: the site is the location. (A region of countries, "... and a
        frigate to the Middle East", is a destination of its own.)"""
        if not any(q.place.kind == "site" and 0 <= p.start - q.end <= 80 for q in ok):
            return False
        return self._open_sea(p)


#: Participles before "between" that spread forces over the places listed ("split between Poland and Hungary")
_SPLIT_WORDS = frozenset({"split", "divided", "spread", "shared", "rotating", "rotates", "rotated", "alternating"})
