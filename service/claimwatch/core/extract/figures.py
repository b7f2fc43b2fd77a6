"""Which numbers of a sentence are figures of forces, equipment or casualties, and of whom.

``numbers.py`` parses the numbers and their counted nouns; the rules here decide
whether a parsed figure is a claim (not a class crew, a merchant fleet, a count of
countries...), its topic, and its owner (with the rules of ``owners``).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from mypy_extensions import trait

from claimwatch.core.actors import ActorEntry, ActorMention
from claimwatch.core.extract.owners import _ITS_SUBJECT_RE, OwnerRules
from claimwatch.core.extract.patterns import (
    _ALONG_WITH_RE,
    _AND_BEFORE_RE,
    _AND_VERB_BEFORE_RE,
    _AND_WORD_RE,
    _ANOTHER_RE,
    _APPOSED_COUNT_RE,
    _APPOSITIVE_RE,
    _BOTH_AFTER_RE,
    _BOTH_SIDES_RE,
    _CASUALTY_CUT_RE,
    _CHANGED_FROM_RE,
    _CIVIL_CRAFT_RE,
    _CLAUSE_BREAK_RE,
    _COMBINED_SUBJECT_RE,
    _COORD_BEFORE_RE,
    _COORD_SHARED_RE,
    _COUNT_BEFORE_RE,
    _CREW_OF_RE,
    _DEFINITE_BEFORE_RE,
    _EMPLOYER_AFTER_RE,
    _FACT_LABEL,
    _HOSTED_COUNT_BEFORE_RE,
    _IMPACT_AFTER_RE,
    _IN_PLACE_AFTER_RE,
    _MANY_ORIGINS_RE,
    _MEMBERS_OF_RE,
    _MEMBERS_OF_UNIT_RE,
    _MISSION_AFTER_RE,
    _MORE_RE,
    _MOST_OF_THEM_RE,
    _MULTI_ORIGIN_RE,
    _NAMED_LIST_AFTER_RE,
    _NOT_COUNTED_PLURALS,
    _NUMBER_AFTER_RE,
    _NUMBER_AT_RE,
    _NUMBER_OF_RE,
    _NUMBER_VERB_RE,
    _OF_NUMBER_RE,
    _OF_THEM_OWNER_RE,
    _OF_THEM_RE,
    _PAIR_COMBINED_AFTER_RE,
    _PARTITIVE_RE,
    _PHRASE_END_RE,
    _PLACE_OWNER_PREPS,
    _PLURAL_AFTER_RE,
    _POSSESSIVE_GAP_RE,
    _PREP_OBJECT_WORDS,
    _PREPOSED_PARTITIVE_RE,
    _REST_OF_SHARE_RE,
    _SHARE_AFTER_RE,
    _STRENGTH_TO_RE,
    _SUBSET_OPEN_RE,
    _TOTAL_TO_RE,
    _UNIT_OF_RE,
    _UP_FROM_RE,
    _WEAK_FORCE_WORDS,
    _WITHDRAW_BEFORE_RE,
    _WORD_RE,
    _YEAR_LIKE_RE,
    _words,
)
from claimwatch.core.extract.state import State
from claimwatch.core.numbers import (
    _FORCE_CHANGED_TO_BEFORE_RE,
    FigureMatch,
    fighters_are_jets,
    find_figures,
    find_unit,
    is_implied_subject,
    noun_topic,
    parse_number,
    reference_topic,
)
from claimwatch.core.prefilter import compile_gated
from claimwatch.core.text import contains_spaced, may_contain
from claimwatch.models import Actor

#: Right before a count in a list, the item before it: "1,000 German soldiers, about ", "250 Norwegians and ".
_LIST_ITEM_BEFORE_RE = re.compile(
    r"\d[\d,.]*[ \t]+(?:[A-Z][\w'-]*[ \t]+)?([A-Za-z-]+)[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
    r"(?:(?:about|some|around|roughly|nearly|almost|another|over|up[ \t]+to|more[ \t]+than|at[ \t]+least)[ \t]+)?$"
)
#: " from the " right after a count: where the people counted come from ("about 200 from the Netherlands").
_FROM_STATE_AFTER_RE = re.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?")
_SHARE_QUALIFIERS = r"(?:(?:about|some|around|roughly|nearly|almost|up[ \t]+to|more[ \t]+than|at[ \t]+least)[ \t]+)?"
#: "the British share set at up to ", "the Danish contribution is about ": a state's share right before the count
_SHARE_AT_BEFORE_RE = re.compile(
    r"\bthe[ \t]+(?P<dem>[A-Z][\w-]+)[ \t]+(?:share|contribution)[ \t]+"
    r"(?:(?:is|was|will|would|be|being|been|set|put|fixed|capped|pegged|expected|to)[ \t]+){0,3}(?:at|to)[ \t]+"
    + _SHARE_QUALIFIERS
    + r"$"
)
#: "... and the French at roughly ": a gapped share after one named with "share" or "contribution"
_GAPPED_SHARE_BEFORE_RE = re.compile(
    r"(?:,[ \t]*|[ \t]+)and[ \t]+the[ \t]+(?P<dem>[A-Z][\w-]+)[ \t]+at[ \t]+" + _SHARE_QUALIFIERS + r"$"
)
#: "contingent that had numbered about ": a force's strength given in a relative clause right before the count
_UNIT_NUMBERED_RE = re.compile(
    r"\b(?P<noun>contingent|force|detachment|garrison|presence|deployment)[ \t]+(?:that|which)[ \t]+"
    r"(?:(?:had|has|have|once|then|previously|originally|still)[ \t]+){0,2}numbered[ \t]+"
    + _SHARE_QUALIFIERS
    + r"$"
)
#: Between an actor and the force noun it names: "Wagner contingent", "Wagner's contingent", "French naval force"
_NAME_GAP_RE = re.compile(r"(?:'s|’s)?[ \t]+(?:[a-z-]+[ \t]+)?")
#: Demonyms that are their own plural ("the Dutch", "the French", "the Chinese", "the Swiss").
_PLURAL_DEMONYM_ENDS = ("ch", "sh", "ese", "ss")
#: A pronoun for others' forces before a count: "that they had suffered 4,000 casualties"
_THEY_BEFORE_RE = re.compile(r"\b(?:they|them|their)\b[^,;]*$")
#: A relative clause right after a plural demonym: "110 Colombians who had signed contracts"
_WHO_HAD_RE = re.compile(r"[ \t]+who[ \t]+(?:had|have|has)\b", re.IGNORECASE)
#: Words that end the noun phrase of "deliveries of ...": what follows is where to, when or a verb
_DELIVERY_STOP_WORDS = frozenset({"to", "from", "in", "for", "by", "has", "have", "had", "is", "are", "was", "were"})
#: "a dhow that had sailed from the Iranian port of X carrying", "a ship that left Iran carrying": where a
#: shipment was sent from, right before the count of its cargo
_CARGO_FROM_BEFORE_RE = re.compile(
    r"\b(?:sailed|sailing|departed|departing|shipped|left|leaving|set[ \t]+out)[ \t]+(?:from[ \t]+)?"
    r"(?P<origin>(?:the[ \t]+)?[A-Z][^.;,]{0,60}?)[ \t]+(?:and[ \t]+(?:was[ \t]+)?)?carrying[ \t]+$"
)
#: A verb of firing right before a share ("launched 3,500 of them", "had fired about 40 of them")
_LAUNCHED_SHARE_BEFORE_RE = re.compile(
    r"\b(?:launched|fired)[ \t]+(?:(?:about|some|around|roughly|nearly|over|more[ \t]+than|at[ \t]+least)[ \t]+)?$"
)
#: Between a subject and its verb: " ", " has ", " had "
_AUX_GAP_RE = re.compile(r"[ \t]+(?:(?:has|have|had)[ \t]+)?")
#: "British commandos, some 400 of them": a comma right before the share
#: (or set off by dashes: "Russian instructors - between 40 and 60 of them - train them")
_APPOSED_SHARE_BEFORE_RE = re.compile(r"(?:,|[ \t][-–—])[ \t]*$")
#: "the attackers", "the Russian positions": a plural named before the share, nearer than the last count
_DEFINITE_PLURAL_RE = re.compile(r"\b(?:the|their|its)[ \t]+(?:[a-z-]+[ \t]+)?[a-z]+s\b")

#: After a count, a capitalised word then a plural noun: "the two Sahel juntas", "two Gulf monarchies"
_NAMED_PLURAL_AFTER_RE = re.compile(r"[ \t]+[A-Z][\w'’-]*[ \t]+([a-z]{3,}s)\b(?![-'’])")
#: Right before a count, a force sized by a verb of estimating or keeping: "put the North Korean force in Kursk at
#: about ", "to keep the overall contingent at about ", "the force in Djibouti, which Washington estimates at some "
_FORCE_PUT_AT_RE = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimating|kept|keep|keeps|keeping|held|hold|holds|holding|"
    r"placed|places|pegged|pegs)[ \t]+(?:the|its|their)?[ \t]*(?:(?P<whole>overall|total|entire|whole)[ \t]+)?"
    r"(?:[\w'’.-]+[ \t]+){0,3}?(?P<noun>contingent|force|presence|deployment|garrison)"
    r"(?:[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?[ \t]+at[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|fewer[ \t]+than|up[ \t]+to|at[ \t]+least)[ \t]+)?$"
    r"|\b(?P<noun2>contingent|force|presence|deployment|garrison)"
    r"(?:[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?,[ \t]+which[ \t]+[^,;.]{1,60}?"
    r"[ \t]+(?:put|puts|estimated|estimates|placed|places|pegged|pegs)[ \t]+at[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|fewer[ \t]+than|up[ \t]+to|at[ \t]+least)[ \t]+)?$"
)
#: Who watches others' forces: a state's intelligence service speaking of a count does not own it.
_WATCHER_WORDS = frozenset({"intelligence", "spy"})
#: After a bare number: its own verb says the people counted serve or stand somewhere ("300 are still serving")
_SERVING_AFTER_RE = re.compile(
    r"[ \t]+(?:are|were|remain|remained|have[ \t]+been)(?:[ \t]+(?:still|now))?[ \t]+"
    r"(?:serving|fighting|deployed|stationed|based)\b"
    # "fewer than 1,500 will remain, all of them at Erbil": the forces left behind
    r"|[ \t]+(?:will|would|are[ \t]+to|are[ \t]+expected[ \t]+to)[ \t]+(?:remain|stay)\b"
    # "Some 800 will go to Pabrade", "another 300 are to be sent to Gao": the counted move somewhere
    r"|[ \t]+(?:will|would|are[ \t]+to|are[ \t]+due[ \t]+to|are[ \t]+expected[ \t]+to)[ \t]+"
    r"(?:go|move|deploy|head|be[ \t]+(?:sent|deployed|stationed|based|posted|moved|flown))[ \t]+(?:to|in)\b"
)

#: A parallel clause that repeats the count's verb: ", and that about 1,500 were sent to"
_AND_THAT_BEFORE_RE = re.compile(
    r"\band[ \t]+that[ \t]+(?:(?:about|some|around|roughly|nearly|over|more[ \t]+than|at[ \t]+least)[ \t]+)?$"
)
_SENT_AFTER_RE = re.compile(
    r"[ \t]+(?:were|are|had[ \t]+been|have[ \t]+been|was)[ \t]+(?:sent|deployed|moved|flown|transferred|"
    r"stationed|based)\b"
)
_RESCUED_BEFORE_RE = re.compile(
    r"\b(?:rescued|rescuing|rescue)[ \t]+(?:(?:about|some|around|at[ \t]+least|more[ \t]+than|nearly)[ \t]+)?$"
)
#: "the last of its 200 reinforcements", "their 40 minehunters": a possessive pronoun right before a count
_ITS_BEFORE_RE = re.compile(
    r"\b(?:its|their)[ \t]+(?:(?:about|some|roughly|around|nearly|remaining|last|first)[ \t]+)?$", re.IGNORECASE
)
#: "its strength falling from about 10,000 troops in August to about 7,500", "troop numbers in Romania had fallen
#: to about 1,000 from about 1,700": a force's strength before and after a change
_STRENGTH_CHANGE_RE = re.compile(
    r"(?P<noun>\b(?:(?:authori[sz]ed|full|current|total|overall)[ \t]+)?(?:strength|troop[ \t]+numbers|"
    r"(?:troop|force)[ \t]+levels?))[ \t]+"
    r"(?:in[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+)?"
    r"(?:(?:has[ \t]+|had[ \t]+|have[ \t]+|is[ \t]+|was[ \t]+)?(?:already[ \t]+|now[ \t]+)?"
    r"(?:fallen|falling|fell|dropped|dropping|declined|declining|shrunk|shrank|shrinking|risen|rising|rose|"
    r"grown|growing|grew|increased|decreased)"
    r"(?:[ \t]+(?:from|to)[ \t]+[^;.]{1,60}?)?[ \t]+(?:from|to)"
    # ("force levels in Europe rose above 100,000": the number holds its "above", the verb comes right before it)
    r"|(?:has[ \t]+|had[ \t]+|have[ \t]+)?(?P<bare>fallen|fell|dropped|risen|rose|grown|grew)"
    # "Its authorised strength is 11,826", "to its full strength of about 200"
    # "force levels in the region now stand at", "its total strength is now estimated at"
    r"|(?:(?:now|still)[ \t]+)?(?:is|was|stands?[ \t]+at|stood[ \t]+at|of"
    r"|(?:is|was|are|were)[ \t]+(?:now[ \t]+|still[ \t]+)?(?:estimated|put|reckoned|assessed)[ \t]+at))[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just[ \t]+over|more[ \t]+than|fewer[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)
#: "cut MINUSCA's authorised strength from 14,400 to 11,000 troops", "cut the authorised strength of its
#: peacekeeping mission in the Central African Republic from 14,400 troops to 11,000": a decided change
_STRENGTH_CUT_RE = re.compile(
    r"\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|raise|raises|raised|raising|increase|increases|"
    r"increased|increasing|lower|lowers|lowered|lowering|"
    # "to bring its strength in the region to 2,000", "boosting its troop numbers to"
    r"bring|brings|bringing|brought|boost|boosts|boosted|boosting)[ \t]+"
    r"(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:[\w.-]+(?:'s|’s)[ \t]+)?"
    r"(?P<noun>(?:authori[sz]ed[ \t]+)?(?:strength|troop[ \t]+ceiling|troop[ \t]+numbers|troop[ \t]+levels?))"
    r"(?:[ \t]+of[ \t]+(?P<its>its|their)[ \t]+(?:[\w-]+[ \t]+)?(?:mission|force|operation)"
    r"(?:[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})?)?"
    r"(?:[ \t]+(?:in|across)[ \t]+(?:the[ \t]+)?(?:country|region|[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))?"
    r"[ \t]+(?:from[ \t]+[^;.]{1,60}?[ \t]+to|from|to)[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just[ \t]+over|more[ \t]+than|fewer[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)
#: After "the number": a participle of delivery ("put the number delivered at more than 200")
_DELIVERED_AFTER_RE = re.compile(r"[ \t]+(?:delivered|supplied|shipped|transferred)\b")
#: After "the number": a participle of loss ("put the number killed or wounded at about 900")
_LOST_AFTER_RE = re.compile(r"[ \t]+(?:killed|wounded|injured|dead|captured|missing)\b")
#: "bringing to two the number of ...": a new total put before what it counts
_TO_FRONTED_BEFORE_RE = re.compile(
    r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|take|takes|taking|took)[ \t]+to[ \t]+$",
    re.IGNORECASE,
)
_THE_NUMBER_AFTER_RE = re.compile(r"[ \t]+the[ \t]+(?:total[ \t]+)?number(?:[ \t]+of)?\b", re.IGNORECASE)
#: "about 340 strong": the size of a unit named before
_STRONG_AFTER_RE = re.compile(r"[ \t]+strong\b")
#: The unit whose size "N strong" gives ("the battalion, 800 strong"; not "the police, 9,000 strong")
_STRONG_HEAD_RE = re.compile(
    r"\b(?:battalion|brigade|regiment|contingent|detachment|division|company|unit|garrison|corps|task[ \t]+force)"
    r"(?:[ \t]+\w+)?,?[ \t]+(?:(?:currently|now|still|already|then)[ \t]+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)
#: Between a name and the noun it owns: "UNIFIL's strength", "U.S. troop numbers"
_NAME_GAP_RE = re.compile(r"(?:'s|’s)?[ \t]+")
#: ", along with about 25 pilots": a count added to the one before
_ALONG_WITH_BEFORE_RE = re.compile(
    r",[ \t]+(?:along[ \t]+with|together[ \t]+with)[ \t]+(?:(?:about|some|roughly|around|nearly|up[ \t]+to)[ \t]+)?$",
    re.IGNORECASE,
)
#: "will keep about 200 there", "it had about 4,000 there": a verb of holding forces before a bare count ...
_HOLD_BEFORE_RE = compile_gated(
    r"\b(?:has|have|had|keep|keeps|kept|keeping|retain|retains|retained|maintain|maintains|maintained|station|"
    r"stations|stationed)[ \t]+(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|over|at[ \t]+least|"
    r"up[ \t]+to|only|just)[ \t]+)?$",
    re.IGNORECASE,
)
#: ... and "there" after it
_THERE_AFTER_RE = re.compile(r"[ \t]+there\b")
#: "the final group of 400", "a first batch of 150": a body of forces counted by its size
#: What ``_COMBINED_SUBJECT_RE`` cannot match without (each branch holds one, as written)
_COMBINED_ANCHORS = ("ogether", "between", "countries", "nations", "states", "allies", "governments", "contributors",
                     "partners", "combined")  # fmt: skip
_GROUP_OF_ANCHORS = ("group", "batch", "wave", "rotation")  # (``text.may_contain``)
_GROUP_OF_BEFORE_RE = re.compile(
    r"\b(?:group|batch|wave|rotation)[ \t]+of[ \t]+(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|"
    r"over|at[ \t]+least|up[ \t]+to)[ \t]+)?$",
    re.IGNORECASE,
)
#: Verbs of a count's own clause: a count followed by one of them before "and <count>" has its own verb.
_AUXILIARIES = frozenset({"had", "has", "have", "were", "was", "are", "is", "been", "be", "will", "would"})
#: "... and seized two of their vehicles", "and destroyed three vehicles": a second loss after a casualty count
_SEIZED_AFTER_LOSS_RE = re.compile(
    r"\band[ \t]+(?:seized|captured|destroyed|burned|burnt|took)[ \t]+(?:at[ \t]+least[ \t]+|about[ \t]+|some[ \t]+)?$",
    re.IGNORECASE,
)
#: What people counted with "N of them" may do that makes them speakers, not forces
_SPEAKING_VERBS = frozenset({"told", "said", "say", "says", "spoke", "described", "recounted", "gave"})
#: "among them two pilots": a share of the count before (not "among them 200 Kenyans": another actor's)
_AMONG_THEM_BEFORE_RE = re.compile(
    r"\bamong[ \t]+them[ \t]+(?:(?:about|some|roughly|around|at[ \t]+least|more[ \t]+than|nearly)[ \t]+)?$",
    re.IGNORECASE,
)
#: ", estimated at", ", put at", ", numbering": a strength set off after the forces it counts
_STRENGTH_APPOSED_BEFORE_RE = re.compile(
    r",[ \t]+(?:estimated|put|numbering|totalling|totaling|thought[ \t]+to[ \t]+number|believed[ \t]+to[ \t]+number)"
    r"(?:[ \t]+at)?[ \t]+$"
)
_PEOPLE_AFTER_RE = re.compile(r"[ \t]+people\b")
#: A force's strength told in people: 'the contingent in Russia now numbers "about 12,000 people"'
_FORCE_NUMBERS_BEFORE_RE = re.compile(
    r"\b(?:contingent|force|forces|presence|deployment|garrison|detachment)[ \t]+(?:[^.;:,\d]{0,40}?[ \t]+)?"
    r"(?:numbers|numbered|totals|totalled|totaled)[ \t]+[\"“]?$"
)
#: A noun completed by a phrase right before an apposed count: "tanks for the brigade, 44 in total"
_PP_HEAD_BEFORE_RE = re.compile(r"\b([a-z]+)[ \t]+(?:for|of|with)[ \t]+(?:the|its|their|a|an)[ \t]+$")
#: A bare share placed on its own: "among them roughly 3,000 in Belgorod", "among them 500 at Al Udeid"
_SHARE_PLACED_AFTER_RE = re.compile(
    r"[ \t]+(?:in|at|near|around)[ \t]+(?:the[ \t]+)?(?:(?:neighbou?ring|nearby)[ \t]+)?[A-Z]"
)
#: "The cutter Kimball, which carries a crew of about 120": a named ship's own crew, not a class's specification
_SHIP_RELATIVE_BEFORE_RE = re.compile(r",[ \t]+which[ \t]+$", re.IGNORECASE)
#: "the corps has lost", "2,500 corps personnel": a group whose name ends in "Corps", called by that word
_THE_CORPS_RE = re.compile(
    r"\b[Tt]he[ \t]+corps(?:'s|’s|')?(?![\w-])"
    r"|(?<![\w-])corps[ \t]+(?:personnel|troops|soldiers|fighters|servicemen|men|members|units)\b"
)
_CORPS_WORD_RE = re.compile(r"(?<![\w-])corps(?![\w-])")
#: "the mission's strength": the mission the sentence names owns what the noun counts
_MISSION_POSSESSIVE_RE = re.compile(
    r"\bthe[ \t]+(?:mission|operation|force)(?:'s|’s)[ \t]+(?:(?:total|overall|combined)[ \t]+)?$", re.IGNORECASE
)
#: "the group's five remaining ships", "bringing the task group to eight ships": a formation named before as a
#: group owns the count
#: A recruitment of prisoners, before the count ("recruited about 40,000 prisoners") or after the noun ("the 50,000
#: prisoners Wagner signed up", "prisoners recruited from penal colonies"): they are counted as recruits, no loss
_RECRUIT_VERBS = (
    r"(?:recruited|recruiting|recruits|recruit|signed[ \t]+up|signing[ \t]+up|enlisted|enlisting|hired|drafted)"
)
#: the words of hiring itself among the military context words: they do not make a hiring military
_HIRING_WORDS = frozenset({"recruited", "enlisted", "contracts", "contract"})
#: a recruitment verb right before a count ("has recruited about 3,000 Nepalis"; the count holds its bound word)
_RECRUIT_VERB_BEFORE_RE = re.compile(r"\b" + _RECRUIT_VERBS + r"[ \t]+$", re.IGNORECASE)
_RECRUITED_BEFORE_RE = re.compile(r"\b" + _RECRUIT_VERBS + r"\b[^.;,]*$", re.IGNORECASE)
_RECRUITED_AFTER_RE = re.compile(
    r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:(?:had|has|have|were|was|been)[ \t]+){0,2}" + _RECRUIT_VERBS + r"\b",
    re.IGNORECASE,
)
#: between the subject and a killing verb: "JNIM said they killed", "claimed to have killed", "says it has killed"
_AGENT_GAP_WORDS = frozenset(
    {"said", "says", "claimed", "claims", "reported", "announced", "that", "they", "it", "we", "had", "have", "has",
     "to", "having", "also"}
)  # fmt: skip
#: between two actors named together as one side: "Tuareg rebels and JNIM", "JNIM, Tuareg rebels and"
_AGENT_PARTNER_GAP_RE = re.compile(r"(?:[ \t]+[a-z]+)?(?:,[ \t]*|[ \t]+and[ \t]+)")
#: "holds ", "is holding ", "has held ": a side keeps people right before their count (as captives, with a demonym)
_HOLDS_BEFORE_RE = re.compile(r"\b(?:holds|holding|held)[ \t]+$")
#: between the holder and "holds": an auxiliary or a time adverb ("Ukraine currently holds", "Kyiv is still holding")
_HOLDER_GAP_RE = re.compile(r"(?:[ \t]+(?:is|are|was|were|has|have|had|now|currently|still|also|already|been))*[ \t]+")
_RELEASED_BEFORE_RE = re.compile(
    r"\b(?:freed|free|frees|freeing|released|release|releases|releasing|swapped|swap|exchanged|exchange|returned|"
    r"handed[ \t]+over|repatriated)\b[^.;]*$",
    re.IGNORECASE,
)
#: The modifiers that may stand between a phrase and its count ("on top of the roughly 11,000", "Kuwait: about
#: 13,500"): one list for the patterns of this module that look back from a number
_COUNT_MODIFIER = (
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|just|estimated|an[ \t]+estimated|up[ \t]+to|"
    r"more[ \t]+than|over|under|fewer[ \t]+than|less[ \t]+than|at[ \t]+least|another)[ \t]+)?"
)
#: A fact box's label that names a body of troops ("First contingent", "Garrison", "Second rotation"): its count is
#: of troops.
_FORCE_BODY_LABEL_WORDS = frozenset({"contingent", "contingents", "garrison", "detachment", "rotation", "deployment"})
#: "nearly 1,600 are British": a bare share whose verb names its nationality
_ARE_DEMONYM_RE = re.compile(r"[ \t]+(?:are|were)[ \t]+(?=[A-Z][\w-]*(?:[ \t]*[;,.]|[ \t]+and\b|$))")
#: "Of the roughly 2,500 personnel in the group, ...": the whole a share is taken from
_OF_THE_WHOLE_BEFORE_RE = re.compile(r"^[ \t]*(?:-[ \t]+)?Of[ \t]+the[ \t]+" + _COUNT_MODIFIER + "$")
_SHARE_ARE_DEMONYM_RE = re.compile(
    r",[ \t]+" + _COUNT_MODIFIER + r"(?:nearly[ \t]+|almost[ \t]+)?\d[\d,.]*[ \t]+(?:are|were)[ \t]+[A-Z]"
)
#: "- Kuwait: about ", "Qatar: ", "• Total: ": a fact box's line, a label and a colon before its count
_LABEL_LINE_RE = re.compile(
    _FACT_LABEL + r"[ \t]*" + _COUNT_MODIFIER
)
#: A fact box's line whose label names what is counted, "Killed: about 2,000", "Ballistic missiles: 148 (2024)",
#: "Troops deployed, cumulative: 14,000", or whose capitalised label carries a note, "Afloat (two carriers): 12,000"
_NOUN_LABEL_LINE_RE = re.compile(
    r"[ \t]*(?:[-–•*][ \t]*)?(?P<label>[A-Z][\w/.'’, -]{1,60}?)(?P<note>[ \t]*\([^()\n]{1,80}\))?:[ \t]*[\"“‘']?"
    + _COUNT_MODIFIER
)
#: A label of one to four capitalised words ("Afloat", "Saudi Arabia"): a place or a part of a force
_CAPITALISED_LABEL_RE = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]*){1,4}")
#: Captives described, not named as losses: "sitting under guard", "held in captivity", "held captive"
_CAPTIVE_AFTER_RE = re.compile(r"\bunder[ \t]+(?:armed[ \t]+)?guard\b|\bin[ \t]+captivity\b|\bheld[ \t]+captive\b")
_ABOARD_BEFORE_RE = re.compile(r"\b(?:aboard|on[ \t]+board|onboard)[ \t]+$", re.IGNORECASE)
_MEMBERS_OF_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:other|founding)[ \t]+members[ \t]+of|members[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,3}"
    r"(?:Alliance|Union|bloc|Community|Organi[sz]ation|Council|League|Pact))\b"
)  # ("850 members of the Kenya Defence Forces" are troops)
_PLURAL_POSSESSIVE_AFTER_RE = re.compile(r"[ \t]+[a-z]+s['’](?:[ \t]|$)")
_ON_TOP_OF_RE = re.compile(
    r"\b(?:on[ \t]+top[ \t]+of|in[ \t]+addition[ \t]+to|besides|alongside)[ \t]+(?:the[ \t]+)?" + _COUNT_MODIFIER + "$"
)
#: "about 40,000 troops in the region, compared with about 34,000 in ordinary times": the same forces' count at
#: another time
_COMPARED_WITH_RE = re.compile(r"\bcompared[ \t]+(?:with|to)[ \t]+(?:the[ \t]+)?" + _COUNT_MODIFIER + "$")
#: ", against roughly 40 a year ago", ", versus 25 last year": the same count at an earlier time
_AGAINST_BEFORE_RE = re.compile(r",[ \t]+(?:against|versus|vs\.?)[ \t]+(?:the[ \t]+)?" + _COUNT_MODIFIER + "$")
_EARLIER_TIME_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:a|one|two|three|four|five|six|\d+)[ \t]+(?:years?|months?|weeks?)[ \t]+(?:ago|earlier|before)"
    r"|(?:at[ \t]+the[ \t]+same[ \t]+time[ \t]+)?(?:last|the[ \t]+previous|the[ \t]+year[ \t]+before)\b"
    r"|in[ \t]+(?:19|20)\d\d\b)"
)


def _compared_with(text: str, start: int, end: int) -> bool:
    """ "compared with about 34,000", ", against roughly 40 a year ago": an earlier level of the count before."""
    if _COMPARED_WITH_RE.search(text, max(0, start - 40), start):
        return True
    return (
        "gainst" in text or "ersus" in text or "vs" in text
    ) and _AGAINST_BEFORE_RE.search(text, max(0, start - 30), start) is not None and (
        _EARLIER_TIME_AFTER_RE.match(text, end) is not None
    )


_OUT_OF_BEFORE_RE = re.compile(r"\bout[ \t]+of[ \t]+(?:the[ \t]+)?" + _COUNT_MODIFIER + "$")
#: "among some 11,000 sent last year", "out of some 15,000 deployed": the whole force a share was counted from
_WHOLE_OF_BEFORE_RE = re.compile(r"\b(?:out[ \t]+of|among)[ \t]+(?:the[ \t]+)?" + _COUNT_MODIFIER + "$")
_DEPLOYED_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:who|that)[ \t]+(?:were|had[ \t]+been|have[ \t]+been)[ \t]+)?"
    r"(?:sent|deployed|dispatched|committed|recruited|mobili[sz]ed|transferred)\b"
)
#: A noun that counts the forces spoken of without naming them ("put the number at"): a bare count
_COUNT_OF_FORCES_NOUNS = frozenset({"number", "strength", "headcount", "figure", "total"})
#: "The figure was raised from 900", "the total was revised down to": a count's earlier or later value
_FIGURE_CHANGED_BEFORE_RE = re.compile(
    r"\b(?:the|that|this|its)[ \t]+(?:official[ \t]+)?(?:figure|number|total|tally|count|estimate)[ \t]+"
    r"(?:was|has[ \t]+been|had[ \t]+been|is|were)?[ \t]*(?:raised|revised|increased|lowered|cut|reduced|adjusted|"
    r"updated)(?:[ \t]+(?:up|upward|upwards|down|downward))?[ \t]+(?:from|to)[ \t]+" + _COUNT_MODIFIER + "$",
    re.IGNORECASE,
)
#: "the true number is about 2,000", "diplomats spoke of about 1,500", "expected the total to grow to 5,000"
_NUMBER_IS_BEFORE_RE = re.compile(
    r"\b(?:(?:the|their|its)[ \t]+(?:true|real|actual|total|overall|current)?[ \t]*(?:number|figure|total|strength|"
    r"tally)[ \t]+(?:is|was|stands[ \t]+at|stood[ \t]+at|(?:to|would|will|could)[ \t]+(?:grow|rise|reach|climb|"
    r"fall|drop)[ \t]+to|had[ \t]+(?:grown|risen|fallen|dropped)[ \t]+to)|spoke[ \t]+of|speak[ \t]+of|"
    r"talked[ \t]+of)[ \t]+" + _COUNT_MODIFIER + "$",
    re.IGNORECASE,
)
#: "Altogether some 1,700 Russians are deployed", "In all, 900 Russians": a total of the sponsor's nationals
_ALL_TOLD_ANCHORS = ("altogether", "all", "total", "together", "combined")  # (``text.may_contain``)
_ALL_TOLD_RE = re.compile(
    r"\b(?:altogether|in[ \t]+all|all[ \t]+told|in[ \t]+total|taken[ \t]+together|together|combined)\b", re.IGNORECASE
)
#: "officials put it at about 2,000", "estimated the toll at 300", "gave a higher figure of 9 million": another
#: source's value of a quantity named before (in the sentence, or the sentence before), whatever it counts
_RESTATED_ANCHORS = ("put", "plac", "estimat", "figure", "number", "tally", "count")  # (``text.may_contain``)
_RESTATED_BEFORE_RE = re.compile(
    r"\b(?:(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)[ \t]+(?:it|the[ \t]+"
    r"(?:figure|number|total|toll|tally|count))[ \t]+at|(?:a|the)[ \t]+(?:higher|lower|larger|smaller|bigger|"
    r"different|revised|new)[ \t]+(?:figure|estimate|number|tally|count)[ \t]+of)[ \t]+" + _COUNT_MODIFIER
    + r"(?:between[ \t]+)?$",
    re.IGNORECASE,
)
#: "the 900 it had long given publicly", "the 900 the Pentagon had cited": a figure someone gave before
_CITED_AFTER_RE = re.compile(
    r"[ \t]+(?:[A-Za-z][\w.'’-]*[ \t]+){1,3}?(?:had[ \t]+|has[ \t]+)?(?:long[ \t]+|previously[ \t]+|"
    r"publicly[ \t]+)?(?:cited|given|reported|acknowledged|stated|claimed|disclosed|announced)\b"
)
#: "... shells to Russia": the recipient right after the counted noun
_RECIPIENT_TO_RE = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?")
#: "has shipped more than", "delivered at least": a supply verb right before the count
_SUPPLY_VERB_BEFORE_RE = re.compile(
    r"\b(?:shipped|sent|supplied|delivered|transferred|provided|handed|sold|exported|given)[ \t]+"
    + _COUNT_MODIFIER
    + "$"
)
_THE_GROUP_BEFORE_RE = re.compile(
    r"\b(?:the[ \t]+(?:task[ \t]+)?(?:group|team)(?:'s|’s)[ \t]+"
    r"|(?:bring|brings|bringing|brought|take|takes|taking|took)"
    r"[ \t]+the[ \t]+(?:task[ \t]+)?(?:group|team)[ \t]+to[ \t]+(?:(?:about|around|roughly|some|nearly)[ \t]+)?"
    r"(?:(?:\w+|[\d,]+)[ \t]+[\w-]+[ \t]+and[ \t]+(?:(?:about|around|roughly|some|nearly)[ \t]+)?)?"
    # "The team, which now has about 45 observers": the formation's own strength in a relative clause
    r"|the[ \t]+(?:task[ \t]+)?(?:group|team),[ \t]+which[ \t]+(?:now[ \t]+|still[ \t]+|already[ \t]+)?"
    r"(?:has|had)[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|more[ \t]+than|over)[ \t]+)?)$",
    re.IGNORECASE,
)
#: Right after a bare count, when it held: "three years ago", "a decade earlier", "several months before"
_TIME_AGO_AFTER_RE = re.compile(
    r"[ \t]+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a[ \t]+few|\d+)[ \t]+"
    r"(?:years?|months?|weeks?|days?|decades?)[ \t]+(?:ago|earlier|before)\b"
)
#: "in uniform": people serving in armed forces
_IN_UNIFORM_WORDS_RE = re.compile(r"\bin[ \t]+uniform\b")
#: A determiner right after a word: the word was a verb taking an object ("guards the president")
_OBJECT_DET_RE = re.compile(r"[ \t]+(?:the|its|their|a|an)[ \t]")
#: Before a count of the people a report spoke to: "interviews with three of the men", "reporters spoke to 20 soldiers"
_INTERVIEWED_BEFORE_RE = re.compile(
    r"\b(?:interviews?[ \t]+with|interviewed|interviewing|spoke[ \t]+(?:to|with)|talked[ \t]+(?:to|with))[ \t]+"
    r"(?:(?:about|some|nearly|around|more[ \t]+than|over|at[ \t]+least)[ \t]+)?$",
    re.IGNORECASE,
)
#: What ``_INTERVIEWED_BEFORE_RE`` (IGNORECASE) cannot match without (``may_contain``)
_INTERVIEWED_ANCHORS = ("interview", "spoke", "talked")
_AMONG_BEFORE_RE = re.compile(r"\bamong[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: "including", "among them" right before a count: a share of the count named before it
#: "including some 600 who died", "among them 12 who were killed": a share of a count whose own verb is a loss
_WHO_LOST_AFTER_RE = re.compile(
    r"[ \t]+who[ \t]+(?:(?:had|have|has)[ \t]+)?(?:(?:been|were|was)[ \t]+)?"
    r"(?:died|killed|wounded|injured|captured|taken[ \t]+prisoner|missing)\b"
)
_INCLUDING_BEFORE_RE = re.compile(r"\b(?:including|among[ \t]+them|among[ \t]+whom|of[ \t]+whom)[ \t]+$")
_SENTENCE_PART_END_RE = re.compile(r"[;:.]")
#: "arrived at the base this week on two transport planes", "were due to land at the airport on Sunday aboard two
#: A400Ms": the aircraft or ships that carried forces in
_CARRIED_ON_BEFORE_RE = re.compile(
    r"\b(?:arrived|arriving|arrive|arrives|flown|flew|fly|flies|flying|land|lands|landed|landing|airlifted|brought|"
    r"ferried|carried|transported)\b[^,;.]{0,80}?"
    r"\b(?:on|aboard|in)[ \t]+(?:board[ \t]+)?$"
)
#: "joined the EU's Operation Irini ..., bringing the number of ships ... to three": a total of the formation joined
_JOINED_BEFORE_RE = re.compile(r"\b(?:joined|joins|join|joining)[ \t]+(?:the[ \t]+)?(?:[\w.'’-]+[ \t]+){0,4}$")
#: A military aircraft by its model designator ("P-8A", "C-130J", "Il-76")
_AIRCRAFT_MODEL_IN_RE = re.compile(r"\b[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]{0,2}\b")
_QUANT = r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|over|up[ \t]+to)[ \t]+)?"
#: "cut its forces in South Korea by about 4,500 to roughly 24,000": a change of a force's size by a count, to a count
_CHANGE_BY_TO_RE = re.compile(
    r"\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|trim|trims|trimmed|trimming|shrink|shrinks|shrinking|"
    r"shrank|increase|increases|increased|increasing|raise|raises|raised|raising|boost|boosts|boosted|boosting|"
    r"expand|expands|expanded|expanding)[ \t]+(?:its|their|the)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:forces|troops|troop[ \t]+numbers|presence|contingent|deployment|garrison|personnel)\b[^;.]{0,60}?"
    r"[ \t]by[ \t]+" + _QUANT + r"(?:[\d,]+(?:[ \t]+[a-z]+)?[ \t]+to[ \t]+" + _QUANT + r")?$",
    re.IGNORECASE,
)
#: "the first four", "the remaining 300": a share of a count given before
_ORDINAL_SHARE_BEFORE_RE = re.compile(r"\b(?:the|its|their)[ \t]+(?:first|last|remaining)[ \t]+$", re.IGNORECASE)
#: "and found 24 armoured vehicles": what a search turned up
_FOUND_BEFORE_RE = re.compile(
    r"\b(?:found|discovered|uncovered|seized)[ \t]+"
    r"(?:(?:about|some|around|nearly|more[ \t]+than|at[ \t]+least)[ \t]+)?$"
)
_FOUND_WORDS = ("found", "discovered", "uncovered", "seized")
#: "bringing the number of ships ... to": a new total, after the count it adds to
_BRING_TOTAL_RE = re.compile(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|raised)[ \t]+the[ \t]+"
    r"(?:(?:overall|combined)[ \t]+)?(?:total|number|count)\b"
)
#: "sent 20 more officers to the observer team, bringing it to about 50": "it" is the formation just named
_BRINGING_IT_BEFORE_RE = re.compile(
    r",[ \t]+(?:bringing|taking|raising)[ \t]+it[ \t]+to[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|more[ \t]+than|over)[ \t]+)?$"
)
#: "Two other observers, an Indonesian and a Vietnamese officer": the count is of two states' people together
_DEMONYM_PAIR_AFTER_RE = re.compile(
    r"[^,;.]{0,40}?,[ \t]+an?[ \t]+(?P<a>[A-Z][\w-]+)[ \t]+(?:[a-z-]+[ \t]+)?and[ \t]+an?[ \t]+(?P<b>[A-Z][\w-]+)\b"
)
_THAT_BEFORE_RE = re.compile(r"[ \t]+(?:that[ \t]+)?")
_NUMBER_WORD_START_RE = re.compile(
    r"[0-9]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b",
    re.IGNORECASE,
)
_SUPPLY_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+)?(?:promised|pledged|supplied|delivered|sold|donated|provided|sent)\b"
)
_BOUGHT_FROM_AFTER_RE = re.compile(
    r"[ \t]+(?:that[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]+(?:has[ \t]+|had[ \t]+)?"
    r"(?:ordered|bought|purchased|received|acquired)[ \t]+from[ \t]+(?:the[ \t]+)?"
)
#: The verbs of a purchase, shared by the sale patterns below.
_BUY = r"(?:bought|ordered|purchased|acquired)"
#: Right before a count, a purchase by the subject: "Chile bought 18 F-16s", "Peru has ordered its first six".
_PURCHASE_BEFORE_RE = re.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+)?" + _BUY + r"[ \t]+"
    r"(?:(?:its|their|the|first|last|another|about|some|nearly|more[ \t]+than)[ \t]+)*$"
)
#: Right after a counted noun, the seller of a purchase: "20 drones bought from Israel", "18 jets from the Netherlands".
_SELLER_AFTER_RE = re.compile(
    r"(?:[ \t]+[A-Z][\w-]*){0,2}[ \t]+(?:" + _BUY + r"[ \t]+)?from[ \t]+(?:the[ \t]+)?"
)
_PURCHASE_WORD_RE = re.compile(r"\b" + _BUY + r"\b")
_FORCE_SUBJECT_RE = re.compile(r"\b(?:contingent|garrison|presence|deployment|force)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?$")
_FOREIGN_RE = re.compile(r"\bforeign\b", re.IGNORECASE)
#: "its 21 crew, 14 of whom": a share of a crew counted right before
_CREW_BEFORE_RE = re.compile(r"\b(?:crew|crewmen|crew[ \t]+members|seafarers|sailors)[ \t]*,[ \t]*$", re.IGNORECASE)
#: A new coordinated clause: a count after it is not the one a "number of" phrase before it names
_NEW_CLAUSE_RE = re.compile(r"[;]|,[ \t]+(?:and|but|while)\b|\band[ \t]+that\b")
#: The noun a ", N of whom" share hangs on: "lawmakers, 22 of whom"
_PEOPLE_BEFORE_RE = re.compile(
    r"\b([A-Za-z]+)[ \t]*(?:,|[ \t]-|–|—|\()[ \t]*(?:(?:about|some|at[ \t]+least|nearly)[ \t]+)?$"
)

#: A relative clause whose verb of having leads to a count: ", which has about 2,000 of its own troops".
_WHICH_HAS_BEFORE_RE = re.compile(
    r",[ \t]*(which|who)[ \t]+(?:now[ \t]+|still[ \t]+|also[ \t]+)?(?:has|had|have|keeps|kept)[ \t]+"
    r"(?:about|some|around|roughly|nearly|more[ \t]+than|over|up[ \t]+to|at[ \t]+least|[ \t])*$"
)
#: After a counted noun: "18 tanks for the German brigade", "tanks for Germany's new brigade".
_FOR_AFTER_RE = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?")


_SPACE_GAP_RE = re.compile(r"[ \t]+")
#: A count in digits or words with the plural noun it counts: "17 suspected illicit transfers"
_COUNTED_PLURAL_RE = re.compile(
    r"\b(?P<n>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)"
    r"[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?P<noun>[a-z]{3,}s)\b(?![-'’])",
    re.IGNORECASE,
)


#: "civilian" between a count and its noun: the people counted are civilians ("300 civilian deaths")
_CIVILIAN_RE = re.compile(r"\bcivilians?\b", re.IGNORECASE)
#: "in Wagner uniforms", "wearing Russian army uniforms": who the counted wore the uniform of
_IN_UNIFORM_RE = re.compile(r"[ \t]+(?:in|wearing|dressed[ \t]+in)[ \t]+(?:the[ \t]+)?")
_UNIFORMS_AFTER_RE = re.compile(r"(?:'s|’s)?[ \t]+(?:(?:army|military|group)[ \t]+)?uniforms?\b", re.IGNORECASE)
#: "its earlier estimate of around 600": an older value of the count the sentence gave before
_EARLIER_ESTIMATE_RE = re.compile(
    r"\b(?:earlier|previous|prior|initial|original|former|last)[ \t]+(?:estimate|figure|count|tally|assessment)[ \t]+"
    r"of[ \t]+(?:(?:about|around|some|roughly|nearly|approximately|more[ \t]+than|over|at[ \t]+least|up[ \t]+to)"
    r"[ \t]+)?$",
    re.IGNORECASE,
)
#: a strike on a state's base, convoy or ship, before the state's name ("struck a small U.S. logistics base")
_STRUCK_BEFORE_RE = re.compile(
    r"\b(?:struck|hit|hits|strikes|attacked|attacks|targeted|bombed|shelled|rammed|ambushed)[ \t]+"
    r"(?:(?:a|an|the|two|three|four|several)[ \t]+)?(?:[a-z-]+[ \t]+)?$"
)
_STRUCK_FACILITY_AFTER_RE = re.compile(
    r"(?:[ \t]+[a-z-]+){0,2}[ \t]+(?:base|outpost|convoy|patrol|position|camp|post|garrison|ship|vessel|warship|"
    r"destroyer|frigate|checkpoint|compound)s?\b"
)
#: "and wounding more than 40": a second verb of loss before a count
_AND_LOSS_VERB_BEFORE_RE = re.compile(
    r"\band[ \t]+(\w+)[ \t]+(?:(?:at[ \t]+least|about|some|around|nearly|roughly|more[ \t]+than|over|up[ \t]+to)"
    r"[ \t]+)?$"
)
#: a sentence that opens by summing up ("In total, some 6,000 North Koreans will take part")
_TOTAL_OPENING_RE = re.compile(r"[ \t]*(?:In[ \t]+total|In[ \t]+all|Altogether|All[ \t]+told|Overall),")
_WORKER_NOUNS = frozenset({"workers", "worker", "labourers", "laborers"})
#: A bare toll ("recorded more than 10,000 fatalities") in a sentence about civilian deaths and no forces
_TOLL_NOUNS = frozenset({"fatalities", "deaths", "dead", "casualties"})
_CIVILIAN_TOLL_RE = re.compile(r"\b[Cc]ivilian[ \t]+(?:deaths|casualties|fatalities|death[ \t]+tolls?|tolls?|losses)\b")


def _other_count_before(text: str, start: int, end: int, counted: dict[str, str]) -> bool:
    """Whether ``text[start:end]`` counts something that is no force ("17 suspected transfers"; a year is no
    count, and "about 900 troops" counts forces)."""
    return any(
        not _YEAR_LIKE_RE.fullmatch(m.group("n"))
        and m.group("noun").lower() not in counted
        and m.group("noun").lower() not in _NOT_COUNTED_PLURALS
        for m in _COUNTED_PLURAL_RE.finditer(text, start, end)
    )


_AGED_AFTER_RE = re.compile(r",?[ \t]+(?:aged|ages)\b")

_OF_FROM_AFTER_RE = re.compile(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?")
_COMMA_GAP_RE = re.compile(r",[ \t]+")
#: (not "and a Luxembourg platoon": a unit of its own, counted apart)
_AND_NOT_NUMBER_AFTER_RE = re.compile(r"[ \t]+and[ \t]+(?!\d|an?[ \t]+[A-Z])")


#: After a counted noun, a second noun joined to it and the head both modify ("weapons and ammunition storage
#: sites"): the head's last word.
_COMPOUND_HEAD_AFTER_RE = re.compile(r"[ \t]+and[ \t]+([a-z-]+)[ \t]+([a-z-]+)(?:[ \t]+([a-z-]+))?\b")


def _compound_head(
    text: str, pos: int, heads: Container[str], nouns: Container[str] = ()
) -> tuple[str, int, int] | None:
    """ "weapons and ammunition storage sites", "artillery and rocket troops": the second or third word after
    "and" that is one of ``heads`` (the first is the second noun or its modifier), with its span; not one that
    modifies a noun of ``nouns`` after it ("two carriers and extra fighter squadrons")."""
    co = _COMPOUND_HEAD_AFTER_RE.match(text, pos)
    if co is None:
        return None
    for i in (2, 3):
        w = co.group(i)
        nxt = co.group(i + 1) if i == 2 else None
        if w is not None and w.lower() in heads and not (nxt is not None and nxt.lower() in nouns):
            return w, co.start(i), co.end(i)
    return None


#: Counted "nouns" that are also adjectives of a longer noun phrase ("military cargo flights").
_ADJECTIVE_UNITS = frozenset({"military"})
#: Words that end a noun phrase: "12 fighters in clashes" counts no clashes.
_CLAUSE_WORDS = frozenset(
    {"and", "or", "but", "who", "that", "which", "were", "was", "are", "is", "had", "have", "has"}
)
#: ", numbering about": the strength of the noun phrase before the comma.
_APPOSED_NUMBERING_RE = re.compile(
    r",[ \t]+(?:numbering|totalling|totaling)(?:[ \t]+(?:about|around|roughly|some|nearly|almost|more[ \t]+than|"
    r"over|at[ \t]+least|up[ \t]+to))?[ \t]+$"
)
#: Spec cues that may also give a usual strength of something named ("normally hosts some 8,000").
_USUALLY_WORDS = frozenset({"normally", "typically", "usually"})
#: A kind, not a thing named: "a Patriot battery", "each carrier", "every brigade".
_GENERIC_SUBJECT_RE = re.compile(r"(?:^|[^\w])(?:[Aa]n?|[Ee]ach|[Ee]very|[Aa]ny)[ \t]+[\w-]")
#: A sentence about a kind, not forces: "A THAAD battery has six launchers", "How it works: a Patriot battery
#: usually has between four and eight launchers ... and is run by about 90 soldiers", "Each brigade fields 40 tanks"
#: How a match of ``_GENERIC_SPEC_RE`` without a label opens, in lower case ("A ", "An ", "Any", "Each", "Every")
_GENERIC_SPEC_STARTS = ("a ", "a\t", "an ", "an\t", "any", "each", "every")
_GENERIC_SPEC_RE = re.compile(
    r"(?:[^:.;\d]{1,40}:[ \t]+)?(?:An?|Each|Every|Any|A[ \t]+single|A[ \t]+typical)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:battery|brigade|battalion|company|squadron|regiment|division|platoon|unit|carrier|destroyer|frigate|ship|"
    r"submarine|system|launcher|crew|group|strike[ \t]+group)[ \t]+"
    r"(?:(?:usually|normally|typically|generally|often)[ \t]+)?"
    r"(?:has|holds|carries|includes|comprises|fields|needs|requires|is[ \t]+(?:run|manned|crewed|operated|staffed)"
    r"[ \t]+by)[ \t]+(?!been\b|[a-z]+ed\b)",
    re.IGNORECASE,
)
#: Nouns by which others call a group's hired fighters, never the group itself.
_HIRED_NOUNS = frozenset({"mercenaries", "mercenary"})
#: A part of an order or delivery counted before: "a first batch of around", "the latest shipment of".
_BATCH_OF_BEFORE_RE = re.compile(
    r"\b(?:batch|shipment|consignment|delivery|tranche)[ \t]+of[ \t]+(?:(?:about|around|some|roughly|nearly|up[ \t]+to|"
    r"more[ \t]+than|at[ \t]+least)[ \t]+)?$",
    re.IGNORECASE,
)
#: An order or purchase before a count: the seller named after it ("from Iran") is whose equipment it counts.
_BOUGHT_BEFORE_RE = re.compile(
    r"\b(?:ordered|orders|bought|buys|purchased|purchases|acquired|acquires|imported|imports|obtained)\b[^.;]*$"
)
#: Between the counted noun and its seller: "drones of several types from", "shells from".
_FROM_SELLER_RE = re.compile(r"(?:[ \t]+[a-z-]+){0,4}?[ \t]+from[ \t]+(?:the[ \t]+)?")
#: A transfer before a count: "Iran sent 200 drones built by Russia to Yemen" counts the sender's stock.
_HANDED_ON_BEFORE_RE = re.compile(
    r"\b(?:sent|sends|shipped|ships|delivered|delivers|supplied|supplies|transferred|gave|gives|provided|sold)\b"
    r"[^.;]*$"
)
#: A plural noun closed by a participle that starts a reduced relative ("events involving", "attacks targeting").
_HEAD_THEN_PARTICIPLE_RE = re.compile(r"\b([a-z]+s)[ \t]+[a-z]+(?:ing|ed)\b")
#: The modifiers a count may carry right before its number ("about", "more than").
_QUANT_TAIL = r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|over|at[ \t]+least|up[ \t]+to)[ \t]+)?"
#: A comma-enclosed aside right before a count ("and, by its own count, about 5,000").
_PARENTHETICAL_BEFORE_RE = re.compile(r",[ \t]+[a-z][^,;:.\d]{2,40},[ \t]*" + _QUANT_TAIL + "$")
#: Before a verb: a passive ("is being taken down, and fewer than 1,000"), whose "and" joins no second object.
_PASSIVE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: "has lost much of its leadership and about 5,000 fighters": a count joined to the verb's first object.
_AND_QUANT_BEFORE_RE = re.compile(r"[ \t]+and[ \t]*" + _QUANT_TAIL + "$")
#: "North Korean-made", "Iranian-supplied": the maker of the equipment the noun after names.
_MADE_SUFFIX_RE = re.compile(r"-(?:made|built|produced|manufactured|supplied)\b")
#: "missiles made in North Korea", "drones supplied by Iran": the maker right after the counted noun.
_MADE_IN_BEFORE_RE = re.compile(
    r",?[ \t]+(?:(?:that|which)[ \t]+(?:were|was|are|had[ \t]+been)[ \t]+)?(?:\w+[ \t]+)?"
    r"(?:made|built|produced|manufactured|supplied)[ \t]+(?:in|by)[ \t]+(?:the[ \t]+)?"
)

#: "40 drones, which CENTCOM assessed to be of Iranian origin", "3,000 rifles of Iranian origin": the maker by origin
_OF_ORIGIN_BEFORE_RE = re.compile(
    r"(?:,?[ \t]+(?:that|which)[^.;:()]{0,60}?)?[ \t]+(?:to[ \t]+be[ \t]+|(?:were|was|are|is)[ \t]+)?of[ \t]+$"
)
_ORIGIN_AFTER_RE = re.compile(r"[ \t]+(?:origin|make|manufacture)\b")
#: "seized two Iranian shipments ..., including components for more than 60 drones": a seized cargo is the
#: shipper's (named before the cargo word), not the seizer's
_SEIZED_BEFORE_RE = re.compile(
    r"\b(?:seized|seizing|seize|seizes|intercepted|intercepting|interdicted|interdicting|confiscated|"
    r"confiscating|captured|impounded)[ \t]+(?:(?:an?|two|three|several|the|\d+)[ \t]+)?$"
)
_CARGO_AFTER_RE = re.compile(r"(?:[ \t]+(?:arms|weapons))?[ \t]+(?:shipments?|cargoes|cargos?|consignments?)\b")
_MAKER_GATE_WORDS = ("made", "supplied", "produced", "built", "from", "origin", "manufacture", "shipment", "cargo",
                     "consignment")  # fmt: skip


#: A plural noun and "of" before a list of counts, up to the count at the end: "contingents of about 300 and "
_RESPECTIVE_HEAD_BEFORE_RE = re.compile(
    r"\b([a-z]+s)[ \t]+of[ \t]+(?:(?:about|around|roughly|some|nearly|almost|up[ \t]+to|more[ \t]+than|over|"
    r"at[ \t]+least|an[ \t]+estimated)[ \t]+)?(?:\d[\d,.]*(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)){0,4}$"
)
#: The rest of that list, then "respectively" in the same clause: "and 100 respectively", "respectively"
_UNTIL_RESPECTIVELY_RE = re.compile(r"[^.;:()]{0,60}?\brespectively\b")

#: "two armoured vehicles belonging to the Russians", "drones owned by the group": the owner named after the noun
_OWNED_BY_AFTER_RE = re.compile(r"[ \t]+(?:belonging[ \t]+to|owned[ \t]+by)[ \t]+(?:the[ \t]+)?")

#: "put their number at": the possessive pronoun before the estimated noun
_THEIR_BEFORE_RE = re.compile(r"\btheir[ \t]+$")

@trait
class FigureRules(OwnerRules):
    """Figures of forces, equipment and casualties, and their owners."""

    def _figure_claim(
        self,
        text: str,
        f: FigureMatch,
        mentions: list[ActorMention],
        st: State,
        has_force: bool,
        earlier: list[tuple[ActorEntry, int, str]],
    ) -> tuple[ActorEntry, Actor, str] | None:
        cues = self.cues
        num = f.number
        if (
            f.topic == "equipment"
            and (branch := _compound_head(text, f.unit_end, cues.personnel_nouns, cues.noun_topic)) is not None
        ):
            # "up to 2,500 artillery and rocket troops": the weapons name the troops' branch, the troops are counted
            f = replace(f, unit=branch[0], unit_start=branch[1], unit_end=branch[2], topic="troops")
        topic: str | None = f.topic
        implied = topic is None
        if cues.rate_after_re.match(text, f.unit_end):
            return None  # "92 soldiers a day": a rate, not a count
        if (
            # (a cheap gate: a match opens with "A ", "An ", "Any", "Each", "Every" in any case, or has a colon in its
            # first 41 characters)
            (text[:5].lower().startswith(_GENERIC_SPEC_STARTS) or ":" in text[:41])
            and (gs := _GENERIC_SPEC_RE.match(text)) is not None  # (anchored: scans a few dozen characters)
            and num.start >= gs.end()
            and not any(m.end <= gs.end() for m in mentions)
        ):
            return None  # "A THAAD battery has six launchers and 48 interceptors": the make-up of a kind
        if (
            (sub := _SUBSET_OPEN_RE.match(text)) is not None
            and num.start >= sub.end()
            # (but "Of the 2,500 personnel in the group, 1,600 are British": a share that names its state)
            and not _ARE_DEMONYM_RE.match(text, num.end)
            # (nor "Of the 6,000 engineers promised, about 1,000 sappers have arrived in X": a share that names its
            # own forces is a count of them)
            and (
                implied
                or topic == "casualties"
                or f.unit_start != num.end + 1
                or f.unit.lower() not in cues.personnel_nouns
            )
            # (nor "Of the roughly 200, at least 28 have been killed": the losses among a force counted before)
            and not (
                (topic == "casualties" or self._casualty(text, f))
                and not set(_words(text[: sub.end()])) & cues.casualty_words
            )
        ):
            return None  # "Of the five peacekeepers wounded, three have returned": a split of a count given
        if "rescu" in text and _RESCUED_BEFORE_RE.search(text, max(0, num.start - 30), num.start):
            return None  # "police rescued 22 young men from a house": victims, not forces
        among = may_contain(text, ("among",))  # what the two "among" patterns below cannot match without
        if (
            among
            and (implied or topic == "casualties")
            and _AMONG_BEFORE_RE.search(text, max(0, num.start - 12), num.start)
            and not (implied and _DEPLOYED_AFTER_RE.match(text, num.end))
        ):
            return None  # "one peacekeeper was among more than 50 people killed": a toll of others with him
        if (
            implied
            and (ot := _OF_THEM_RE.match(text, num.end)) is not None
            and (sv := _WORD_RE.match(text.lower(), ot.end() + 1)) is not None
            and sv.group(0) in _SPEAKING_VERBS
        ):
            return None  # "Two of them told reporters": people who spoke, not a count of forces
        if (
            among
            and _AMONG_THEM_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
            and not any(
                num.end <= m.start <= max(f.unit_end, num.end + 1)
                # "among them about 1,500 from Nepal": a share that names its country is that country's count
                or (not f.unit and m.start == num.end + 6 and text.startswith(" from ", num.end))
                for m in mentions
            )
            # (a share of a strength is counted: "some 12,000 troops in Russia, among them about 3,000 engineers",
            # "40 vehicles, among them six tanks")
            and (
                topic == "casualties"
                or bool((ws := set(_words(text[: num.start]))) & cues.casualty_words or ws & cues.casualty_nouns_of)
            )
            # (but "about 11,000 soldiers, among them roughly 3,000 in Belgorod": a share with a place of its own is
            # that place's count, as with "including")
            and not (implied and _SHARE_PLACED_AFTER_RE.match(text, num.end))
        ):
            return None  # "the deaths of eight of its soldiers, among them two pilots": a share of a count given
        if (
            f.unit
            and _YEAR_LIKE_RE.fullmatch(num.text)
            and _DEFINITE_BEFORE_RE.search(text, max(0, num.start - 8), num.start)
            and text[num.end : f.unit_start].strip()
        ):
            return None  # "after the 2010 earthquake Brazil raised its force": a year, not a count
        if f.unit.lower() in cues.mine_nouns and cues.mine_clearance_re.search(text, max(0, num.start - 40), num.start):
            return None  # "has removed more than 3,000 mines": explosives cleared or laid, no one's equipment
        if (
            may_contain(text[max(0, num.start - 40) : num.start], cues.inspection_anchors)  # (a cheap gate)
            and cues.inspection_re.search(text, max(0, num.start - 40), num.start)
        ) or (
            any(w in text for w in _FOUND_WORDS)  # (a cheap gate: the pattern needs one of them)
            and _FOUND_BEFORE_RE.search(text, max(0, num.start - 30), num.start)
            and cues.inspection_word_re.search(text, 0, num.start)
        ):
            # "has inspected 31 ships and diverted nine of them": others' ships a force checked; "inspected a cargo
            # ship and found 24 armoured vehicles": its cargo
            return None
        if topic == "equipment" and _CARRIED_ON_BEFORE_RE.search(text, max(0, num.start - 120), num.start):
            return None  # "arrived at the base on two Il-76 transport planes": what carried the forces in
        if topic == "equipment" and _CIVIL_CRAFT_RE.search(text, num.end, f.unit_start):
            return None  # "two chartered aircraft", "a commercial flight": civil transport, no military equipment
        if (
            "ivilian" in text
            and (topic == "casualties" or f.unit.lower() in _WORKER_NOUNS)
            and _CIVILIAN_RE.search(text, num.end, f.unit_start)
        ):
            # "more than 300 civilian deaths", "2,000 civilian workers": civilians are counted, no forces (but "170
            # civilian instructors" sent by a state are its personnel)
            return None
        if (
            "ivilian" in text
            and not has_force
            and f.unit.lower() in _TOLL_NOUNS
            and _CIVILIAN_TOLL_RE.search(text) is not None
        ):
            # "Civilian deaths in the Sahel rose by a third, according to ACLED, which recorded more than 10,000
            # fatalities": a toll of a sentence about civilians that names no forces counts no forces' losses
            return None
        if _NAMED_LIST_AFTER_RE.match(text, f.unit_end) and not _OF_THEM_RE.match(text, num.end):
            return None  # "three of its members - Mali, Burkina Faso and Niger": named states are counted
        if f.unit and _FOREIGN_RE.search(text, num.end, f.unit_start) and not any(
            num.end <= m.start < f.unit_start for m in mentions
        ):
            return None  # "between eight and ten foreign warships": several states' ships together, no one's
        if f.unit.lower() == "forces" and num.value < 10 and num.low is None and num.high is None:
            return None  # "the two forces now share a base", "three forces took part": formations are counted
        if f.unit and self._non_force_head(text, f):
            return None  # "40 escort task forces", "100 military bases": units or places are counted
        if f.unit and (fw := _WORD_RE.match(text.lower(), num.end + 1)) is not None and fw.end() <= f.unit_start and (
            fw.group(0) in cues.non_force_heads
        ):
            return None  # "about 30 countries contribute troops": the countries are counted, the noun is theirs
        if (
            f.unit
            and f.unit_start - num.end > 12
            and (hm := _HEAD_THEN_PARTICIPLE_RE.search(text, num.end, f.unit_start)) is not None
            and hm.group(1).lower() in cues.non_force_heads
        ):
            return None  # "12 violence events involving Kenyan forces": the events are counted, not the forces
        if (
            topic is None
            and self._non_force_after(text, num.end)
            and not (
                # "North Korean sappers, estimated at around 2,500 people, remain in Kursk": the forces' strength
                _PEOPLE_AFTER_RE.match(text, num.end)
                and (sa := _STRENGTH_APPOSED_BEFORE_RE.search(text, max(0, num.start - 40), num.start)) is not None
                and (appo := _words(text[max(0, sa.start() - 30) : sa.start()])[-1:]) != []
                and (appo[0] in cues.force_nouns or appo[0] in cues.formation_units)
            )
            and not (
                _PEOPLE_AFTER_RE.match(text, num.end)
                and may_contain(text[max(0, num.start - 70) : num.start], ("number", "total"))
                and _FORCE_NUMBERS_BEFORE_RE.search(text, max(0, num.start - 70), num.start)
            )
        ):
            return None  # "5,000 civilians", "48 operating bases", "the three Baltic states": no forces counted
        clause_start = 0
        for cm in _CLAUSE_BREAK_RE.finditer(text, 0, num.start):
            clause_start = cm.end()
        spec_from = max(clause_start, num.start - 60)
        sp = (
            cues.spec_re.search(text, spec_from, num.start)
            if may_contain(text[spec_from : num.start], cues.spec_anchors)  # (a cheap gate)
            else None
        )
        if sp is not None and not (
            sp.group(0).lower().startswith("carr")
            and _SHIP_RELATIVE_BEFORE_RE.search(text, max(0, sp.start() - 9), sp.start())
        ) and not (
            # "The base normally hosts some 8,000 U.S. personnel": a usual strength of a place or force named, not
            # the make-up of a kind ("a Patriot battery usually has ... about 90 soldiers")
            sp.group(0).lower() in _USUALLY_WORDS
            and not _GENERIC_SUBJECT_RE.search(text, clause_start, sp.start())
        ) and not (
            # "the rotation is designed to keep the overall contingent at about 4,000": a force's strength
            topic is None
            and contains_spaced(text[max(0, num.start - 24) : num.start], (" at ",))
            and _FORCE_PUT_AT_RE.search(text, sp.start(), num.start) is not None
        ):
            return None  # "a battery consists of six launchers", "room for 10,000 troops": no forces counted
        owner_pronoun = False
        head_entry_found: ActorEntry | None = None
        # "two of them": a share of the forces counted last, not of a noun the clause names ("Ukrainian soldiers
        # took two of them prisoner" counts no Ukrainian soldiers). Not "British commandos, some 400 of them,": an
        # apposed share counts the noun right before it; and not "repulsed the attackers and killed 17 of them": a
        # plural named in the sentence is the nearer antecedent.
        of_them = implied and _OF_THEM_RE.match(text, num.end) is not None
        # (an apposed share counts the noun right before it: "British commandos, some 400 of them," -- but in
        # "30,000 casualties in Ukraine since the invasion began, about 9,000 of them killed" that is a verb)
        apposed = of_them and _APPOSED_SHARE_BEFORE_RE.search(text, max(0, num.start - 3), num.start) is not None
        if apposed and earlier:
            before = _words(text[max(0, num.start - 30) : num.start])
            apposed = bool(before) and (before[-1] in cues.noun_topic or before[-1] in cues.force_nouns)
        share_of_last = bool(
            of_them
            and not apposed
            and (
                earlier
                or (
                    st.figure_entry is not None
                    and st.figure_sentence >= st.sentence_no - 1
                    and not _DEFINITE_PLURAL_RE.search(text, 0, num.start)
                )
            )
        )
        # "North Korean troops joined the assault, and Ukrainian soldiers took two of them prisoner": with no count
        # of them before, the forces named before the clause whose subject takes them
        named_share = None
        if of_them and not earlier and not share_of_last:
            named_share = self._named_share(text, num.start, mentions, st)
        label_topic: str | None = None
        label_line = False
        sc = (
            (
                _STRENGTH_CHANGE_RE.search(text, max(clause_start, num.start - 150), num.start)
                or _STRENGTH_CUT_RE.search(text, max(clause_start, num.start - 200), num.start)
            )
            if "trength" in text or "troop" in text or "levels" in text  # what both patterns cannot match without
            else None
        )
        if sc is not None and sc.groupdict().get("bare") and not num.text.startswith(("above", "below", "over")):
            sc = None  # "troop levels rose 3,000": by how much, not to what (but "rose above 100,000" is a level)
        sc_owner = self._strength_owner(text, sc.start("noun"), num.start, mentions, st) if sc is not None else None
        if sc is not None and sc_owner is None and sc.groupdict().get("its") and st.mission_actor is not None:
            sc_owner = st.mission_actor  # "cut the authorised strength of its peacekeeping mission ... to 11,000"
        if sc_owner is not None:
            # "UNIFIL's strength has fallen from about 10,000 in August to about 7,500", "U.S. troop numbers in
            # Romania had fallen to about 1,000 from about 1,700": each count is the named force's strength
            head_entry_found = sc_owner
            if implied:
                topic = "troops"
                implied = False
        elif (
            implied
            and contains_spaced(text[max(0, num.start - 24) : num.start], (" at ",))
            and (pa := _FORCE_PUT_AT_RE.search(text, max(0, num.start - 150), num.start)) is not None
            and (pa_owner := self._put_at_owner(text, pa, num.start, mentions, st)) is not None
        ):
            # "Kyiv put the North Korean force in Kursk at about 12,000", "the Chinese force in Djibouti, which
            # Washington estimates at some 2,000", "to keep the overall contingent at about 4,000": its strength
            head_entry_found = pa_owner
            topic = "troops"
            implied = False
        elif (
            implied
            and (nb := _THE_NUMBER_AFTER_RE.match(text, num.end)) is not None
            and _TO_FRONTED_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
        ):
            # "bringing to two the number of U.S. destroyers there", "bringing to eight the number delivered",
            # "bringing to five the number of its staff killed": the noun after "the number of" is counted
            window = _words(text[nb.end() : nb.end() + 50])
            noun = next((w for w in window if w in cues.noun_topic), None)
            topic = cues.noun_topic[noun] if noun else (earlier[-1][2] if earlier else st.last_topic or "troops")
            implied = False
            if topic == "troops" and set(window) & cues.casualty_words:
                topic = "casualties"
        elif (
            implied
            and _STRONG_AFTER_RE.match(text, num.end)
            and _STRONG_HEAD_RE.search(text, max(clause_start - 2, num.start - 70, 0), num.start)
        ):
            topic = "troops"  # "Ireland's 121st Infantry Battalion, about 340 strong": its men are counted
            implied = False
        elif implied:
            if _YEAR_LIKE_RE.fullmatch(num.text):
                return None  # "the 2023 referendum": a year, not a count
            nw = _PLURAL_AFTER_RE.match(text, num.end)
            if (
                nw is not None
                and nw.group(1) not in _NOT_COUNTED_PLURALS
                # ("a detachment of up to 200 guards the president": a verb with its object, not a plural noun)
                and not _OBJECT_DET_RE.match(text, nw.end())
            ):
                return None  # "the navy responded to 18 incidents": the plural noun after it is what is counted
            if (
                text.startswith(" ", num.end)
                and text[num.end + 1 : num.end + 2].isupper()
                and (cw := _NAMED_PLURAL_AFTER_RE.match(text, num.end)) is not None
                and cw.group(1) not in _NOT_COUNTED_PLURALS
                and cw.group(1) not in cues.noun_topic
            ):
                return None  # "the two Sahel juntas", "two Gulf monarchies": a name, then the plural counted
            people_of = next((m for m in mentions if num.end < m.start <= num.end + 2), None)
            if (
                people_of is not None
                and (pw := _PLURAL_AFTER_RE.match(text, people_of.end)) is not None
                and pw.group(1) in cues.non_force_people
            ):
                return None  # "according to two U.S. officials": the state's people who speak, no forces
            part = _PARTITIVE_RE.match(text, num.end)
            unit = find_unit(text, part.end()) if part else None
            if (
                part is not None
                and unit is None
                and (hw := _words(text[part.end() : part.end() + 30])[:2])
                and (hw[0] in cues.non_force_heads or (len(hw) > 1 and hw[1] in cues.non_force_heads))
            ):
                return None  # "hit three of their launch positions": the places are counted, not forces
            whole_topic: str | None = None
            if part is None and (part := _OF_NUMBER_RE.match(text, num.end)) is not None:
                # "the first six of 36 CAESAR howitzers": six howitzers (and 36, counted by its own figure)
                digit = _NUMBER_WORD_START_RE.search(text, part.end())  # past "up to", "roughly"
                whole = find_figures(text, [digit.start() if digit else part.end()])
                if whole and whole[0].number.start == part.end() and whole[0].topic:
                    unit, whole_topic = (whole[0].unit, whole[0].unit_start, whole[0].unit_end), whole[0].topic
            if part is None and (co := _COORD_SHARED_RE.match(text, num.end)) is not None and any(
                m.start == co.start(1) and m.entry.form == "demonym" for m in mentions
            ):
                # "wounded four American and two Fijian peacekeepers": four American peacekeepers; the noun is the
                # second count's, the demonym between is the first count's own
                second = find_figures(text, [co.end()])
                if second and second[0].number.start == co.end() and second[0].topic and second[0].unit:
                    part = co
                    unit, whole_topic = (second[0].unit, co.end(1), second[0].unit_end), second[0].topic
            if part and unit is not None:
                # "six of the B-2 bombers", "84 of its fighters": the noun after "of" is what is counted
                noun, us, ue = unit
                if (
                    noun.lower() in cues.crew_nouns
                    and st.warship_paragraph != st.paragraph
                    and not set(_words(text)) & cues.warship_words
                ):
                    return None  # "Two of its crew were released": the crew of no warship named in the paragraph
                topic = whole_topic or noun_topic(noun)
                f = replace(f, unit=noun, unit_start=us, unit_end=ue, topic=topic)
                implied = False
                owner_pronoun = part.group(1).lower() in ("its", "their", "his", "her")
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
            elif (
                "respectively" in text
                and (rh := _RESPECTIVE_HEAD_BEFORE_RE.search(text, max(0, num.start - 80), num.start)) is not None
                and rh.group(1).lower() in cues.noun_topic
                and _UNTIL_RESPECTIVELY_RE.match(text, num.end)
            ):
                # "contingents of about 300 and 100 respectively": each count of the list is one of the plural
                # force named before it (a "contingent of about 300" counts its men, so no noun is kept)
                topic = cues.noun_topic[rh.group(1).lower()]
                implied = False
            elif part and part.group(1).lower() in ("each", "every"):
                # "120 of each system"
                nm = _WORD_RE.match(text.lower(), part.end())
                w = nm.group(0) if nm else ""
                topic = cues.noun_topic.get(w) or cues.noun_topic.get(w + "s")
                if topic is None:
                    return None
                implied = False
            elif (earlier or has_force) and (so := self._share_owner(text, num.start, mentions)) is not None:
                # "12,000 troops, with the British share set at up to 7,000 and the French at roughly 5,000": the
                # share of the state its demonym names
                head_entry_found = so
                topic = earlier[-1][2] if earlier else "troops"
                implied = False
            elif (earlier or has_force) and (wo := self._with_count_owner(text, num.start, mentions)) is not None:
                # "India, with about 1,100 troops, Nepal, with some 1,150": the named actor's share
                head_entry_found = wo
                topic = earlier[-1][2] if earlier else (reference_topic(text, f) or "troops")
                implied = False
            elif (
                gap := self._gapped_owner(
                    text, num.start, num.end, mentions, earlier, follows_count=st.figure_sentence == st.sentence_no - 1
                )
            ) is not None:
                # "Indonesia provides 1,230 troops, followed by Italy with about 1,000": the actor's share;
                # "Colombia has about 275 soldiers there. Fiji has about 180.": the noun is the sentence before's
                head_entry_found = gap
                topic = reference_topic(text, f) or (st.last_topic if not earlier else None) or "troops"
                implied = False
            elif (
                not share_of_last
                and named_share is None
                and (
                    head := self._counted_head(
                        text, f, clause_start, mentions,
                        after_count=st.figure_sentence >= st.sentence_no - 1 and st.last_topic == "troops",
                    )
                ) is not None
            ):
                # "the number of X fighters ... has reached 8,000", "four Nepalis were captured"
                noun, us, ue, head_entry = head
                topic = "equipment" if fighters_are_jets(text, noun) else cues.noun_topic.get(noun.lower(), "troops")
                if (noun == "number" and _DELIVERED_AFTER_RE.match(text, ue)) or noun in ("arsenal", "stockpile"):
                    # "put the number delivered at more than 200", "its stockpile was put at 150,000": materiel
                    topic = "equipment"
                elif noun == "number" and _LOST_AFTER_RE.match(text, ue):
                    topic = "casualties"
                f = replace(f, unit=noun, unit_start=us, unit_end=ue, topic=topic)
                implied = False
                if head_entry is not None:
                    head_entry_found = head_entry
                elif (
                    noun in ("arsenal", "stockpile")
                    and st.figure_entry is not None
                    and st.figure_sentence >= st.sentence_no - 1
                    and st.last_topic == "equipment"
                ):
                    # "Hezbollah has rebuilt its arsenal to 25,000 rockets. Its prewar stockpile was put at about
                    # 150,000": the stock of the weapons just counted, not of whoever estimates them
                    head_entry_found = st.figure_entry
                if topic == "troops" and self._casualty(text, f):
                    topic = "casualties"
            else:
                # "1,500 troops in A, and some 350 in B": a bare number continues the count before it
                continuation = bool(
                    earlier
                    and _AND_BEFORE_RE.search(text, max(0, num.start - 12), num.start)
                    and _IN_PLACE_AFTER_RE.match(text, num.end)
                ) or bool(
                    # "has received 20 howitzers so far out of 54 on order": the whole of what was counted before
                    earlier
                    and "out of" in text
                    and _OUT_OF_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
                    and earlier[-1][2] == "equipment"
                ) or bool(
                    # "more than 9,000 were sent to Libya, and that about 1,500 were sent to Azerbaijan"
                    earlier
                    and _AND_THAT_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
                    and _SENT_AFTER_RE.match(text, num.end)
                ) or bool(
                    # "will cut its contingent to about 250 soldiers by next year from roughly 450 now"
                    earlier and _CHANGED_FROM_RE.search(text, max(clause_start, num.start - 160), num.start)
                ) or bool(
                    # "killing 11 Chadian soldiers and wounding 17": a second loss verb counts the same forces
                    earlier
                    and earlier[-1][2] == "casualties"
                    and (cv := _AND_VERB_BEFORE_RE.search(text, max(0, num.start - 30), num.start)) is not None
                    and cv.group(1).lower() in cues.casualty_before
                )
                if (
                    not earlier
                    and "from" in text[max(0, num.start - 60) : num.start].lower()  # (a cheap gate: it needs "from")
                    and (up := _UP_FROM_RE.search(text, max(0, num.start - 60), num.start)) is not None
                    and _other_count_before(text, clause_start, up.start(), cues.noun_topic)
                ):
                    # "17 suspected transfers this year, down from 23 in 2025": the earlier count of what the clause
                    # counted before, which was no force
                    return None
                # "The figure was raised from 900", "more than double the 900 the Pentagon had long cited", "says
                # the true number is about 2,000": another figure for the forces the item counts (the sentence
                # before must have counted or named forces), whoever gives it
                restates = bool(
                    (
                        (st.figure_sentence >= st.sentence_no - 1 and st.last_topic == "troops")
                        or st.plural_topic == "troops"
                    )
                    and (
                        _FIGURE_CHANGED_BEFORE_RE.search(text, max(0, num.start - 60), num.start)
                        or _NUMBER_IS_BEFORE_RE.search(text, max(0, num.start - 50), num.start)
                        or (
                            _DEFINITE_BEFORE_RE.search(text, max(0, num.start - 8), num.start)
                            and _CITED_AFTER_RE.match(text, num.end)
                        )
                    )
                )
                if restates and head_entry_found is None and not earlier and st.figure_entry is not None:
                    head_entry_found = st.figure_entry
                # "The agency's figure of 6,000 dead looks low; Kyiv put it at 7,500", "Officials have used a higher
                # figure of 16 million": the quantity counted just before, given by another source
                restated_topic: str | None = None
                if (
                    may_contain(text, _RESTATED_ANCHORS)
                    and _RESTATED_BEFORE_RE.search(text, max(0, num.start - 60), num.start) is not None
                ):
                    if earlier:
                        restated_topic = earlier[-1][2]
                        if head_entry_found is None:
                            head_entry_found = earlier[-1][0]
                    elif st.figure_sentence >= st.sentence_no - 1 and st.last_topic is not None:
                        restated_topic = st.last_topic
                        if head_entry_found is None:
                            head_entry_found = st.figure_entry
                # "Killed: about 2,000", "Artillery shells: 13 million": a fact box's line counts what its label names
                if ":" in text and (lm := _NOUN_LABEL_LINE_RE.fullmatch(text, 0, num.start)) is not None:
                    label_topic = self._label_topic(lm.group("label"))
                    label_line = label_topic is not None or (
                        _CAPITALISED_LABEL_RE.fullmatch(lm.group("label")) is not None
                        and (st.last_topic in (None, "troops") or lm.group("note") is not None)
                    )
                    if label_line and label_topic is None:
                        label_topic = "troops"  # "Qatar: 10,000", "Afloat (two carriers and escorts): 12,000"
                nv = _NUMBER_VERB_RE.search(text, max(0, num.start - 60), num.start)
                counted = label_line or nv is not None or bool(
                    # "fighting for Russia, among them about 1,500 from Nepal": a share of the forces named before
                    text.startswith(" from ", num.end)
                    and _AMONG_THEM_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
                    and any(m.start == num.end + 6 for m in mentions)
                ) or bool(
                    # "will keep about 200 there", "it had about 4,000 there": forces held at a place named before
                    _HOLD_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
                    and _THERE_AFTER_RE.match(text, num.end)
                ) or bool(
                    # "will cut its forces in South Korea by about 4,500 to roughly 24,000": the change and the new
                    # strength of the subject's forces
                    "by" in text
                    and _CHANGE_BY_TO_RE.search(text, max(0, num.start - 140), num.start)
                ) or bool(
                    # "The final group of 400 flew in": a body of forces by its size
                    may_contain(text, _GROUP_OF_ANCHORS)  # (a cheap gate: the pattern needs one of them)
                    and _GROUP_OF_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
                ) or bool(
                    # "4,000 soldiers had been killed or wounded, among some 11,000 sent last year": the whole force
                    earlier
                    and _WHOLE_OF_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
                    and _DEPLOYED_AFTER_RE.match(text, num.end)
                ) or bool(
                    # "About 4,700 soldiers have been killed or wounded, including some 600 who died": a share of
                    # the losses counted before
                    earlier
                    and _INCLUDING_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
                    and _WHO_LOST_AFTER_RE.match(text, num.end)
                ) or bool(
                    # "40,000 troops in the region, compared with about 34,000 in ordinary times"
                    earlier and _compared_with(text, num.start, num.end)
                ) or bool(
                    # "the Chinese contingent had grown from about 100": the force named before is counted
                    not earlier
                    and (cf := _CHANGED_FROM_RE.search(text, max(clause_start, num.start - 80), num.start)) is not None
                    and _FORCE_SUBJECT_RE.search(text, max(clause_start, cf.start() - 60), cf.start())
                ) or bool(
                    # "Chad hosts a few hundred, and Sudan fewer than 400": the forces a place hosts
                    ("hosts" in text or "houses" in text)
                    and _HOSTED_COUNT_BEFORE_RE.search(text, max(0, num.start - 90), num.start) is not None
                ) or bool(
                    # a fact box's line "- Kuwait: about 13,500, at Camp Arifjan": the forces at the place named
                    st.last_topic in (None, "troops")
                    and ":" in text  # (a cheap gate: a label ends in a colon)
                    and _LABEL_LINE_RE.fullmatch(text, 0, num.start) is not None
                ) or restates or restated_topic is not None

                if nv is not None and nv.group("subj"):
                    # "its armed forces number about 22,000": the subject names what is counted (a whole force,
                    # not a share of one placed before)
                    f = replace(f, unit=nv.group("subj"), unit_start=nv.start("subj"), unit_end=nv.end("subj"))
                if not continuation and not counted and not is_implied_subject(text, f):
                    return None
                # "and about 300 are still serving with X": a bare number whose own verb places forces
                serving = _SERVING_AFTER_RE.match(text, num.end) is not None
                ref = reference_topic(text, f) or restated_topic or ("troops" if counted or serving else None)
                if earlier and (
                    _TOTAL_TO_RE.search(text, max(clause_start, num.start - 120), num.start)
                    or (
                        "from" in text[max(0, num.start - 60) : num.start].lower()  # (a cheap gate: it needs "from")
                        and _UP_FROM_RE.search(text, max(0, num.start - 60), num.start)
                    )
                    # "sent a further 3,000 troops ..., on top of the roughly 11,000 it dispatched last autumn"
                    or _ON_TOP_OF_RE.search(text, max(0, num.start - 40), num.start)
                    or _compared_with(text, num.start, num.end)
                    # "ordered 900 drones ..., and a first batch of about 120 arrived": a part of the count before
                    or _BATCH_OF_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
                    # "2,000 soldiers have been killed, ... raising its earlier estimate of around 600": the same count
                    or _EARLIER_ESTIMATE_RE.search(text, max(0, num.start - 60), num.start)
                ):
                    ref = earlier[-1][2]  # "four more warships, taking its total ... to 12": warships again
                    if head_entry_found is None:
                        # "sending 300 troops to Estonia to bolster its NATO presence, bringing the total there to
                        # 1,200": the total of whoever sent the first count (but "joined Operation Irini ..., bringing
                        # the number of ships ... to three": the formation joined)
                        head_entry_found = self._joined_formation(text, earlier[-1][1], num.start, mentions) or (
                            earlier[-1][0]
                        )
                strong = (
                    continuation
                    or _MORE_RE.match(text, num.end)
                    # "The first four are due to arrive in Nigeria": a share of what the item counted last
                    or _ORDINAL_SHARE_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
                    or _ANOTHER_RE.search(text, max(0, num.start - 16), num.start)
                    or _OF_THEM_RE.match(text, num.end)  # "300 of them": forces counted before
                )
                casualty = self._casualty(text, f)
                if ref is None and not has_force and not strong and not casualty:
                    return None
                cb = _COUNT_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
                if cb and _OF_THEM_RE.match(text, num.end) and cb.group(1).lower() not in cues.noun_topic:
                    return None  # "the chamber has 100 seats, 53 of them": seats are counted, not forces
                pb = _PEOPLE_BEFORE_RE.search(text, max(0, num.start - 30), num.start)
                if pb and _OF_THEM_RE.match(text, num.end) and pb.group(1).lower() in cues.non_force_people:
                    return None  # "opposition lawmakers, 22 of whom signed": people who are no forces
                if ref is None and not earlier and _OF_THEM_RE.match(text, num.end):
                    # "Iran delivered hundreds of Shahed drones, and Moscow had launched over 8,000 of them": the
                    # plural the sentence named last is what the share counts
                    plurals = [w for w in _words(text[:num.start]) if w.endswith("s") and w in cues.noun_topic]
                    # ("Wagner fighters first deployed to Libya. The UN put it at up to 2,000 of them": the
                    # sentence before's)
                    ref = cues.noun_topic[plurals[-1]] if plurals else st.plural_topic
                if ref is None and continuation and earlier:
                    # "19 personnel were hurt in X, and two at Y": the same kind of count as the one it continues
                    ref = earlier[-1][2]
                if ref is None and not earlier and strong and st.last_topic is not None:
                    # "Caracas has ordered 24 more": more of what the item counted last (drones), not troops
                    ref = st.last_topic
                topic = "casualties" if casualty else (ref or "troops")
                if label_topic is not None:
                    topic = label_topic
                if topic == "casualties" and (
                    _OUT_OF_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
                    or (
                        _WHOLE_OF_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
                        and _DEPLOYED_AFTER_RE.match(text, num.end)
                    )
                ):
                    topic = "troops"  # "2,000 have been killed, out of some 15,000 sent": the whole force
        elif topic == "troops" and (
            self._casualty(text, f)
            # "Ukraine holds nine North Korean soldiers": another side's captives
            or ("hold" in text and self._held_captive(text, f, mentions))
        ):
            topic = "casualties"
        if topic == "casualties" and (implied or f.unit.lower() not in cues.force_nouns) and self._unrest_toll(
            text, clause_start, f
        ):
            return None  # "the death toll from the unrest rose to 225": people died, not forces
        if _ABOARD_BEFORE_RE.search(text, max(0, num.start - 16), num.start):
            return None  # "landed aboard two Russian air force Il-76 transport planes": what carried the forces
        if _MEMBERS_OF_AFTER_RE.match(text, num.end):
            return None  # "the two other members of the Alliance of Sahel States": member states, no forces
        if may_contain(text, _INTERVIEWED_ANCHORS) and _INTERVIEWED_BEFORE_RE.search(
            text, max(0, num.start - 40), num.start
        ):
            return None  # "citing interviews with three of the men", "spoke to 20 soldiers": a report's sources
        if _PLURAL_POSSESSIVE_AFTER_RE.match(text, num.end):
            return None  # "the two rivals' forces": the number counts the possessors, not forces
        if f.unit.lower() in ("prisoners", "prisoner", "pows") and _RELEASED_BEFORE_RE.search(
            text, max(0, num.start - 40), num.start
        ):
            return None  # "Israel freed nearly 2,000 Palestinian prisoners", "swapped 150 POWs": a release, no loss
        if (
            topic == "casualties"
            and f.unit.lower() in ("prisoners", "convicts", "inmates")
            and (
                _RECRUITED_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
                or _RECRUITED_AFTER_RE.match(text, f.unit_end)
            )
        ):
            topic = "troops"  # "Wagner recruited about 40,000 prisoners", "the 50,000 prisoners it signed up": recruits
        if f.unit in ("men", "women") and _AGED_AFTER_RE.match(text, f.unit_end):
            return None  # "detained three men aged 20 to 30": people described by their ages, not forces
        if f.unit in ("men", "women") and num.value <= 4 and _DEFINITE_BEFORE_RE.search(text, 0, num.start):
            return None  # "the two men travelled on to Kyiv": people named before, not a count of forces
        if (
            topic == "troops"
            and f.unit
            and _AGED_AFTER_RE.match(text, f.unit_end)
            and _DEFINITE_BEFORE_RE.search(text, max(0, num.start - 8), num.start)
        ):
            # "The three soldiers, aged 46, 24 and 23, served with": the people counted before, described (but "the
            # four wounded soldiers, aged 22, 25, ..." counts the losses it names)
            return None
        if _OF_THE_WHOLE_BEFORE_RE.match(text, 0, num.start) and _SHARE_ARE_DEMONYM_RE.search(text, num.end):
            return None  # "Of the 2,500 personnel in the group, 1,600 are British": a whole of several nations
        if any(a in text for a in _COMBINED_ANCHORS) and _COMBINED_SUBJECT_RE.search(text, clause_start, num.start):
            return None  # "together the four countries have 2,200 personnel there": a combined count
        if (
            len(st.named_groups) > 1
            and may_contain(text, _ALL_TOLD_ANCHORS)
            and _ALL_TOLD_RE.search(text, clause_start, num.start) is not None
        ):
            for national in mentions:
                if national.start == num.end + 1 and national.entry.form == "demonym" and national.text.endswith("s"):
                    sponsored = {g.actor.code for g in st.named_groups if g.sponsor == national.entry.actor.code}
                    if len(sponsored) > 1:
                        # "Wagner has 1,100 fighters there and the Africa Corps 600. Altogether some 1,700 Russians
                        # are deployed": the total of two groups the state sponsors, neither one's figure
                        return None
        # (a) inside the noun phrase
        # ("two German navy ships": the mention "German navy" runs into the counted "navy ships")
        inside = [
            m
            for m in mentions
            if m.start >= num.end and (m.end <= f.unit_start or (m.start < f.unit_start and m.end <= f.unit_end))
        ]
        entry: ActorEntry | None = head_entry_found
        if (
            entry is None
            and st.mission_actor is not None
            and (sm := _STRENGTH_TO_RE.search(text, max(clause_start, num.start - 120), num.start)) is not None
            and _MISSION_POSSESSIVE_RE.search(
                text, max(0, sm.start() - 40), sm.start("noun") if sm.group("noun") else sm.start()
            )
        ):
            entry = st.mission_actor  # "bringing the mission's strength in the strait to three warships"
        if st.group_actor is not None and _THE_GROUP_BEFORE_RE.search(text, max(0, num.start - 80), num.start):
            entry = st.group_actor  # "the group's five remaining ships", "bringing the group to eight ships"
        elif (bi := _BRINGING_IT_BEFORE_RE.search(text, max(0, num.start - 40), num.start)) is not None:
            last = next((m for m in reversed(mentions) if m.end <= bi.start()), None)
            if last is not None and last.entry.form == "group" and not last.entry.sponsor:
                entry = last.entry  # "joined the mission, bringing it to 1,200": the formation's new total
        elif (
            earlier
            and _BRING_TOTAL_RE.search(text, earlier[-1][1], num.start)
            and (jf := self._joined_formation(text, earlier[-1][1], num.start, mentions)) is not None
        ):
            entry = jf  # "The frigate, with 190 sailors, joined Operation Irini, bringing the number of ships to three"
        if entry is None and not inside and "corps" in text and (corps := self._the_corps(text, f, mentions, st)):
            entry = corps  # "the corps has lost 40 men", "3,000 corps personnel": the group named "... Corps"
        if owner_pronoun:
            # "led by Canada, which has about 2,000 of its own troops": "its" is the relative clause's antecedent
            rel = _WHICH_HAS_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
            rel_entry = self._relative_antecedent(text, rel.end(1), mentions) if rel else None
            entry = rel_entry or self._antecedent(text, num.start, mentions) or st.focus
            if (
                entry is not None
                and rel_entry is None
                and topic == "casualties"
                and self._agent_before(text, num.start)
                and self._agent_subject(text, num.start, mentions, entry)
            ):
                # "Wagner's worst loss came when JNIM said they killed 80 of its fighters": the side that killed
                # them is not whose fighters they were; "its" is the actor named before the killers
                entry = self._victim_antecedent(text, num.start, mentions, entry, st) or entry
        if inside:
            if (
                len(inside) == 2
                and inside[0].entry.form == "demonym"
                and inside[0].entry.actor.kind == "state"
                and inside[1].entry.form == "group"
                and inside[1].entry.theatre
                and _SPACE_GAP_RE.fullmatch(text, inside[0].end, inside[1].start)
            ):
                inside = inside[:1]  # "300 Kenyan AUSSOM troops": the state's contingent in the operation
            if len({m.entry.actor.code for m in inside}) > 1 and not any(m.possessive for m in inside[:-1]):
                if st.combined_sentence != st.sentence_no:
                    st.combined, st.combined_sentence = [], st.sentence_no
                st.combined.extend((m.entry, f.unit.lower(), num.start) for m in inside)
                return None  # "Russian and North Korean troops": no figure for either
            entry = inside[-1].entry
        elif (pm := _PARTITIVE_RE.match(text, num.end)) is not None and (
            dm := next(
                (m for m in mentions
                 if m.start == pm.end() and m.entry.form == "demonym" and m.entry.actor.kind == "state"),
                None,
            )
        ) is not None:
            entry = dm.entry  # "One of its Malaysian members": the members' state, not the team "its" means
        if entry is None and implied and (om := _OF_THEM_RE.match(text, num.end)) is not None:
            # "1,600 troops, about 1,000 of them German", "600 of them are American": the demonym owns the share
            nat = _OF_THEM_OWNER_RE.match(text, om.end())
            if (
                nat is not None
                and _CREW_BEFORE_RE.search(text, max(0, num.start - 30), num.start)
                and self._civil_ship(set(_words(text)), text)
            ):
                return None  # "its 21 crew, 14 of whom are Indian" on a tanker: seafarers, no forces
            if nat is not None:
                entry = next((m.entry for m in mentions if m.start == nat.end() and m.entry.form == "demonym"), None)
        if entry is None and (ar := _ARE_DEMONYM_RE.match(text, num.end)) is not None:
            # "Of the roughly 2,500 personnel in the group, nearly 1,600 are British": the demonym owns the share
            entry = next((m.entry for m in mentions if m.start == ar.end() and m.entry.form == "demonym"), None)
        if (
            entry is None
            and not inside
            and share_of_last
            and ("launched" in text or "fired" in text)
            and (lv := _LAUNCHED_SHARE_BEFORE_RE.search(text, max(0, num.start - 40), num.start)) is not None
        ):
            # "the plant makes 2,000 drones a month, and Russia launched 3,500 of them at Ukraine": the state that
            # fired the weapons counted last holds that share, whoever made them
            entry = next(
                (m.entry for m in mentions
                 if m.entry.actor.kind == "state" and not m.possessive
                 and _AUX_GAP_RE.fullmatch(text, m.end, lv.start())),
                None,
            )  # fmt: skip
        if entry is None and not inside and share_of_last:
            # "300 Colombian fighters ..., and 17 of them were killed", "Ukrainian soldiers took two of them
            # prisoner": a share of the forces counted last, whoever the clause's subject is
            entry = earlier[-1][0] if earlier else st.figure_entry
        elif entry is None and not inside and named_share is not None:
            entry = named_share
        if entry is None and f.unit:
            # "the six TB2 drones Turkey has promised": the state that promised, sent or sold them owns them
            entry = next(
                (m.entry for m in mentions
                 if m.entry.actor.kind == "state" and _THAT_BEFORE_RE.fullmatch(text, f.unit_end, m.start)
                 and _SUPPLY_VERB_AFTER_RE.match(text, m.end)),
                None,
            )  # fmt: skip
            if entry is None and (bf := _BOUGHT_FROM_AFTER_RE.match(text, f.unit_end)) is not None:
                # "12 Rafale jets that Serbia ordered from France": the seller's equipment
                entry = next((m.entry for m in mentions if m.start == bf.end() and m.entry.actor.kind == "state"), None)
        if entry is None and f.unit and (uo := _UNIT_OF_RE.search(text, max(0, num.start - 40), num.start)) is not None:
            # "a Polish company of about 150 soldiers from NATO's force in Estonia": the state named on the unit
            # owns its soldiers; the force they come from is where they were
            entry = next(
                (m.entry for m in mentions
                 if m.entry.actor.kind == "state" and not m.possessive
                 and _SPACE_GAP_RE.fullmatch(text, m.end, uo.start("noun"))),
                None,
            )  # fmt: skip
        if (
            entry is None
            and f.unit
            and "uniform" in text
            and (wu := _IN_UNIFORM_RE.match(text, f.unit_end)) is not None
        ):
            # "at least 20 bodies in Wagner uniforms", "12 men wearing Russian uniforms": the uniform's owner
            entry = next(
                (m.entry for m in mentions if m.start == wu.end() and _UNIFORMS_AFTER_RE.match(text, m.end)), None
            )
        if entry is None:
            # (b) "troops from North Korea", "fighters of Russia's Wagner Group"
            after = text[f.unit_end : f.unit_end + 40]
            mm = _OF_FROM_AFTER_RE.match(after)
            if mm and mm.group(0).strip().startswith("from") and _WITHDRAW_BEFORE_RE.search(
                text, max(0, num.start - 40), num.start
            ):
                mm = None  # "withdrawing 4,500 troops from South Korea": where they leave, not whose they are
            if mm and self._moved_from_to(text, num.start, f.unit_end + mm.end(), mentions):
                mm = None  # "the U.S. is moving 600 soldiers from Germany to Qatar": where they leave, not whose
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
        if (
            entry is None
            and f.unit
            and (em := _EMPLOYER_AFTER_RE.match(text, f.unit_end)) is not None
            and not any(
                clause_start <= m.start < num.start and m.entry.actor.kind == "state"
                and not self._after_preposition(text, m)
                for m in mentions
            )
        ):  # fmt: skip
            # "four contractors employed by the security firm X", "200 soldiers serving with the French army": the
            # employer owns them; a company or group named a few words on beats a state's adjective on the way
            # ("working for the British security firm X"). A state named before is the owner instead: "Ghana has
            # 800 troops serving with the mission" is Ghana's contingent.
            near = [m for m in mentions if em.end() <= m.start <= em.end() + 50 and "," not in text[em.end() : m.start]]
            own = next((m for m in near if m.entry.actor.kind != "state"), None)
            if own is None and near and near[0].start == em.end():
                own = near[0]
            if own is not None and own.entry.theatre and st.state_focus is not None and not any(
                m.entry.actor.kind == "state" and not self._after_preposition(text, m)
                for m in mentions
                if m.end <= num.start
            ):
                # "a battalion of some 800 soldiers serving with UNMISS", in an item about a contributing state: its
                # contingent in the mission (the state is the owner, as in "Ghana has 800 troops serving with ...")
                entry = st.state_focus
            elif own is not None:
                entry = own.entry
        if entry is None and topic == "equipment" and (fm := _FOR_AFTER_RE.match(text, f.unit_end)) is not None:
            # "the first 18 tanks for Germany's new brigade": equipment for a state's own force is that state's
            # (unless a supplier is named before: "France approved 12 howitzers for Ukraine's army" is France's)
            m = next((m for m in mentions if m.start == fm.end()), None)
            if (
                m is not None
                and m.entry.actor.kind == "state"
                and self._bound_noun_after(text, m)
                and not any(clause_start <= q.start < num.start for q in mentions)
            ):
                entry = m.entry
        if entry is None:
            # (c) possessive right before: "Wagner's 1,000-plus fighters", "Wagner's toll at 15"
            for m in reversed(mentions):
                between = _words(text[m.end : num.start])
                if m.end <= num.start and m.possessive and len(between) <= 4:
                    if {"and", "but", "while"} & set(between):
                        break  # "into Russia's armed forces and at least 19 of them": a new clause's count
                    if set(between) & cues.speech_verbs and set(between) & _WATCHER_WORDS:
                        # "South Korea's spy agency said about 3,000 soldiers": an intelligence service reports
                        # others' forces ("Romania's defence ministry said two helicopters" are Romania's own)
                        continue
                    prev2 = _words(text[max(0, m.start - 16) : m.start])[-2:]
                    prev = prev2[-1:]
                    if (
                        prev
                        and prev[0] in _PLACE_OWNER_PREPS
                        and m.entry.form != "group"
                        and prev2 != ["according", "to"]  # "According to Mali's army, it lost two soldiers"
                    ):
                        # "its contingent in Egypt's Sinai Peninsula to about 250", "to Russia's Kursk region,
                        # including 1,000 deminers": a place's owner
                        continue
                    if "," in text[m.end : num.start] and any(
                        _COMMA_GAP_RE.fullmatch(text[o.end : m.start]) for o in mentions if o.end <= m.start
                    ):
                        continue  # "KFOR, NATO's peacekeeping force, has about 4,300 troops": an apposition
                    entry = m.entry
                    break
        if entry is None:
            entry = self._with_count_owner(text, num.start, mentions)  # "from India, with about 1,100 troops"
        if (
            entry is None
            and earlier
            and (aw := _ALONG_WITH_BEFORE_RE.search(text, max(0, num.start - 40), num.start)) is not None
            and not any(aw.start() <= m.start < num.start for m in mentions)
        ):
            entry = earlier[-1][0]  # "moved three of its helicopters ..., along with about 25 pilots": the same owner's
        if entry is None and not implied and _ITS_BEFORE_RE.search(text, max(0, num.start - 24), num.start):
            # "Austria's defence ministry said the last of its 200 reinforcements had arrived": the pronoun's
            # antecedent in the sentence
            entry = self._antecedent(text, num.start, mentions)
        agent_verb = not label_line and self._agent_before(text, num.start)  # ("Killed: 20" is a fact box's line)
        if entry is None and agent_verb and topic == "casualties" and not inside:
            # "struck a U.S. base in Jordan, killing three Army reservists and wounding more than 40 service
            # members": the victims of a strike on a state's base or convoy are that state's
            victim = next(
                (m.entry for m in mentions
                 if m.end <= num.start and m.entry.actor.kind == "state"
                 and _STRUCK_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
                 and _STRUCK_FACILITY_AFTER_RE.match(text, m.end)),
                None,
            )  # fmt: skip
            if (
                victim is None
                and earlier
                and earlier[-1][2] == "casualties"
                and (av := _AND_LOSS_VERB_BEFORE_RE.search(text, max(0, num.start - 40), num.start)) is not None
                and av.group(1).lower() in cues.casualty_before
                and not any(earlier[-1][1] <= m.start < num.start for m in mentions)
            ):
                victim = earlier[-1][0]  # "killing three U.S. soldiers and wounding 40 service members": the same side
            if victim is not None:
                entry = victim
                agent_verb = False
        if agent_verb and topic == "equipment" and not inside:
            # ("shot down two Turkish drones": the noun phrase says whose they were, and they are counted)
            if (
                entry is not None
                and ("belonging" in text or "owned" in text)
                and (ob := _OWNED_BY_AFTER_RE.match(text, f.unit_end)) is not None
                and any(m.entry is entry and m.start == ob.end() for m in mentions)
            ):
                pass  # "destroyed two armoured vehicles belonging to the Russians": whose they were is said after
            elif (
                earlier
                and earlier[-1][2] == "casualties"
                and _SEIZED_AFTER_LOSS_RE.search(text, max(0, num.start - 40), num.start)
                # (the victims named right after their count are no other actor: "killed 30 Russians and seized")
                and not any(earlier[-1][1] + 2 < m.start < num.start for m in mentions)
            ):
                # "had killed 12 Rwandan soldiers and seized two of their vehicles": the victims' equipment
                entry = earlier[-1][0]
            else:
                return None  # "had shot down 18 drones", "intercepted 12 missiles": whose they were is not said
        if _BOTH_SIDES_RE.match(text, f.unit_end):
            return None  # "killed nearly 300 soldiers on both sides": a combined toll
        if entry is None and implied and earlier:
            # "100 servicemen landed ..., which said 200 more would follow", "150 missiles ... in addition to
            # the 148 delivered": a bare number continues the count before it unless another actor intervenes
            prev_entry, prev_end, _ = earlier[-1]
            if not any(
                prev_end <= m.start < num.start and not self._after_preposition(text, m)
                and not self._side_object(text, m) and m.entry.actor.code != prev_entry.actor.code
                for m in mentions
            ):  # fmt: skip
                entry = prev_entry
        if entry is None:
            entry = self._subject_before(text, num.start, mentions)
            if entry is not None and implied and self._coordinated(text, entry, mentions, num.start):
                return None  # "A, B and C have promised personnel, bringing the total to 2,500"
            if entry is not None and agent_verb:
                # "JNIM said it had killed 50": the subject inflicted the losses; they are the other side's:
                # the side named between them ("boarded Philippine navy boats, injuring eight sailors"), else
                # the item's focus
                nearest: ActorEntry | None = None
                agent = next(
                    (m for m in mentions
                     if m.start < num.start and not self._after_preposition(text, m)
                     and self._bound_noun_after(text, m)),
                    None,
                )  # fmt: skip
                if agent is not None and agent.entry.actor.code != entry.actor.code:
                    # "Chinese coast guard personnel boarded Philippine navy boats, injuring eight sailors": the
                    # sentence's first-named forces are the agent, the nearer name is the object of the verb
                    nearest, entry = entry, agent.entry
                code = entry.actor.code
                named = [
                    m.entry for m in mentions
                    if m.start < num.start and m.entry.actor.code != code and self._bound_noun_after(text, m)
                ]  # fmt: skip
                other = named[-1] if named else nearest
                # "its fighters had killed 30 Russians": the plural demonym right after the count names the victims
                victims = next(
                    (
                        m.entry
                        for m in mentions
                        if num.end < m.start <= num.end + 2
                        and m.entry.form == "demonym"
                        and m.text.endswith("s")
                        and m.entry.actor.code != code
                    ),
                    None,
                )
                if victims is not None:
                    other = victims
                if (
                    other is None
                    and topic == "casualties"
                    and earlier
                    and earlier[-1][2] == "casualties"
                    and _AND_VERB_BEFORE_RE.search(text, max(0, num.start - 30), num.start) is not None
                ):
                    other = earlier[-1][0]  # "had killed 100 Russians and took 11 prisoners": the same side's losses
                if other is None:
                    other = st.focus if st.focus is not None and st.focus.actor.code != entry.actor.code else None
                if other is None:
                    return None
                entry = other
            elif entry is None and agent_verb:
                return None  # "they had seized five vehicles": whose they were is not said
        if entry is None and earlier and not implied:
            # "50 fighters were killed, while bloggers reported at least 20 dead": the same side's count
            prev_entry, prev_end, _ = earlier[-1]
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
        if (
            entry is None
            and topic == "equipment"
            and "carrying" in text
            and (cargo := _CARGO_FROM_BEFORE_RE.search(text, max(0, num.start - 120), num.start)) is not None
        ):
            # "stopped a dhow that had sailed from the Iranian port of X carrying 14 missiles": a shipment's cargo
            # is the equipment of the state it was sent from, not of whoever it was bound for
            # (the origin is a place: "the Iranian port of X" names no actor among the sentence's mentions)
            origin = self.actors.find(cargo.group("origin"))
            entry = next((m.entry for m in origin if m.entry.actor.kind == "state"), None)
        if topic == "equipment" and (
            model := self._model_owner(text, clause_start if entry is None else num.end, f)
        ) is not None:
            # "Seven B-2 stealth bombers dropped 14 bunker-busting bombs": a model only one state fields, in the
            # count or in its clause's subject, names the owner the sentence does not; in the count itself it
            # names it whatever the sentence names ("the US struck Iran's sites using seven B-2 bombers")
            entry = model
        if entry is None:
            if topic == "equipment" and (im := _IMPACT_AFTER_RE.match(text, f.unit_end)) is not None and (
                not im.group(0).endswith("landed") or f.unit.lower() in cues.munition_nouns
            ):
                # "at least eight mortar rounds landed near the base": incoming fire, firer unnamed ("two Typhoons
                # landed at the base": aircraft that landed arrived)
                return None
            entry = self._context_actor(st, text, num.start, mentions, speaker_owns=topic != "casualties")
            if topic == "casualties" and entry is not None:
                # "Kazakh officials said 18 members of the security forces had been killed": a state's officials
                # report their own side's losses, not those of the state the item was about
                speaker = next(
                    (m.entry for m in reversed(mentions)
                     if m.end <= num.start and m.entry.actor.kind == "state"
                     and self._is_speaker(text[m.end : m.end + 40])),
                    None,
                )  # fmt: skip
                if (
                    speaker is not None
                    and speaker.actor.code != entry.actor.code
                    # "Kyiv estimated that they had suffered 4,000 casualties": "they" are others, not the speaker
                    and not _THEY_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
                    # "11,000 North Korean soldiers are in Kursk. Seoul said about 4,700 had been killed": a bare
                    # toll right after a count goes on counting those forces, whoever reports it
                    and not (implied and st.figure_entry is not None and st.figure_sentence >= st.sentence_no - 1)
                ):
                    entry = speaker
        if entry is None and _APPOSED_NUMBERING_RE.search(text, max(0, num.start - 40), num.start):
            # "a first detachment of instructors of the Russian Africa Corps, numbering 120, arrived": the strength
            # of the body of forces just named, whoever's name ends it
            ahead: list[ActorMention] = [m for m in mentions if m.end <= num.start]
            entry = next((m.entry for m in reversed(ahead) if m.entry.form == "group"), None) or (
                ahead[-1].entry if ahead else None
            )
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
        if (
            entry is None
            and implied
            and text.endswith("to ", 0, num.start)
            and (fc := _FORCE_CHANGED_TO_BEFORE_RE.search(text, max(0, num.start - 100), num.start))
            is not None
        ):
            # "The U.S. moved its troops out of Syria, while cutting its force in Iraq to about 2,500": a change of
            # "its" force in a clause without a subject of its own: the sentence's subject (its first actor named)
            lead: ActorMention | None = next((m for m in mentions if m.start < fc.start()), None)
            if lead is not None and not lead.possessive and not self._after_preposition(text, lead):
                entry = lead.entry
        if entry is None:
            return None
        if (
            entry.form == "group"
            and not entry.sponsor
            and not entry.theatre
            and st.mission_actor is not None
            and st.mission_actor is not entry
            and any(m.entry is entry and m.end <= num.start and _MISSION_AFTER_RE.match(text, m.end) for m in mentions)
        ):
            entry = st.mission_actor  # "The AU mission has about 11,000 troops": the AU's mission named before
        if entry.form == "group" and not entry.sponsor and entry.theatre:
            # "Egypt's AUSSOM contingent", "Italy's UNIFIL troops": a state's possessive right before a peace
            # operation's name makes the forces its national contingent in that operation (not "Sudan's RSF": an
            # armed group of the state's own, no operation serving in a theatre)
            for g in mentions:
                if g.entry is entry and g.start < num.start:
                    st_m = next(
                        (m for m in mentions
                         if m.entry.actor.kind == "state"
                         and ((m.possessive and _POSSESSIVE_GAP_RE.fullmatch(text, m.end, g.start))
                              # "the Italian UNIFIL contingent": a demonym right before the name
                              or (m.entry.form == "demonym" and _SPACE_GAP_RE.fullmatch(text, m.end, g.start)))),
                        None,
                    )  # fmt: skip
                    if st_m is not None:
                        entry = st_m.entry
                        break
        if entry.actor.kind == "state" and f.unit.lower() in cues.irregular_nouns:
            # "Kenyan troops repelled the assault and 15 militants were killed": the other side's fighters; a
            # state's own forces are never called militants or gunmen
            return None
        if (
            not implied
            and entry.form != "group"
            and (sa := _SHARE_AFTER_RE.match(text, f.unit_end)) is not None
            and any(sa.end() < m.start <= sa.end() + 10 and m.entry.form == "demonym" for m in mentions)
        ):
            # "16,000 troops, about 11,000 of them American": the total is several states' together (not "about
            # 4,700 casualties, about 600 of them fatal": a share of one state's losses)
            return None
        if (
            entry.form != "group"
            and (mo := _MOST_OF_THEM_RE.match(text, f.unit_end)) is not None
            and any(m.start == mo.end() and m.entry.form == "demonym" for m in mentions)
        ):
            return None  # "About 550 troops are taking part, most of them Danish": several states' together
        if (dp := _DEMONYM_PAIR_AFTER_RE.match(text, f.unit_end)) is not None:
            pair = {
                m.entry.actor.code
                for m in mentions
                if m.start in (dp.start("a"), dp.start("b"))
                and m.entry.form == "demonym"
                and m.entry.actor.kind == "state"
            }
            if len(pair) == 2:
                return None  # "two other observers, an Indonesian and a Vietnamese officer": no one state's count
        if _BOTH_AFTER_RE.match(text, f.unit_end):
            return None  # "7,000 troops took part, counting both Russian and Belarusian personnel": combined
        if (
            ("combined" in text or "together" in text)
            and (pc := _PAIR_COMBINED_AFTER_RE.match(text, f.unit_end)) is not None
            and len(
                {
                    m.entry.actor.code
                    for m in mentions
                    if pc.start("pair") <= m.start < pc.end("pair")
                    # (not "in Mali, Burkina Faso and Niger combined": a state's name may be a place of the list)
                    and (m.entry.form != "name" or m.entry.actor.kind != "state")
                }
            )
            > 1
        ):
            # "about 2,500 Russian fighters are in Mali, Wagner and Africa Corps combined": both forces' together
            return None
        # a following "and <actor> <noun>" means two actors counted together
        tail = text[f.unit_end : f.unit_end + 50]
        if _AND_NOT_NUMBER_AFTER_RE.match(tail):
            for m in mentions:
                if f.unit_end < m.start <= f.unit_end + 8 and m.entry.actor.code != entry.actor.code:
                    if _NUMBER_AFTER_RE.match(text, m.end):
                        continue  # "100 troops and Belarus about 100": a gapped clause with its own count
                    return None
        if topic == "equipment" and (to := _RECIPIENT_TO_RE.match(text, f.unit_end)) is not None:
            recipient = next(
                (m for m in mentions if m.start == to.end() and m.entry.actor.code == entry.actor.code), None
            )
            if recipient is not None and (
                (sv := _SUPPLY_VERB_BEFORE_RE.search(text, max(0, num.start - 40), num.start)) is not None
            ):
                # "North Korea supplies a third of the ammunition Russia fires and has shipped 6.5 million shells
                # to Russia": the recipient of a shipment owns none of it; the supplier is the subject before
                subject = next(
                    (m.entry for m in reversed(mentions)
                     if m.end <= sv.start() and m.entry.actor.code != entry.actor.code
                     and not self._after_preposition(text, m)),
                    None,
                )  # fmt: skip
                if subject is None:
                    return None
                entry = subject
        if (
            entry.actor.kind == "state"
            and f.unit
            and (em := _EMPLOYER_AFTER_RE.match(text, f.unit_end)) is not None
            and (op := next((m.entry for m in mentions if m.start == em.end()), None)) is not None
            and op.sponsor == entry.actor.code
        ):
            # "12 Russian Su-24 and MiG-29 combat aircraft operated by the Africa Corps": the sponsor's group that
            # runs them
            entry = op
        if (
            f.unit.lower() in _HIRED_NOUNS
            and entry.form == "group"
            and not entry.sponsor
            and (
                any(m.entry is entry and m.end <= num.start and self._is_speaker(text[m.end : m.end + 40])
                    for m in mentions)
                # ("JNIM fighters ambushed a Wagner convoy. The rebels said 84 of the mercenaries died": the group
                # the item was about is not named here; the mercenaries are still the hired ones)
                or not any(m.entry is entry for m in mentions)
            )
        ):  # fmt: skip
            # "JNIM said 84 mercenaries died": no speaker calls its own men mercenaries; they are the hired group
            # the item named (Wagner), else no one's the item names
            hired = next((g for g in reversed(st.named_groups) if g is not entry and g.sponsor), None)
            if hired is None:
                return None
            entry = hired
        if topic == "equipment" and earlier and _BATCH_OF_BEFORE_RE.search(text, max(0, num.start - 40), num.start):
            # "ordered 1,700 drones from Iran, and a first batch of around 300 had reached Russia": a part of the
            # count before, whose owner it keeps
            entry = earlier[-1][0]
        elif (
            topic == "equipment"
            and (maker := self._maker(text, num.end, f.unit_end, mentions)) is not None
            and not _HANDED_ON_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
        ):
            # "Russia has launched 24 ballistic missiles made in North Korea", "60 North Korean-made shells": the
            # maker's equipment, whoever fires it (a third party's claim, not the belligerent's)
            entry = maker
        if entry.form == "group" and "ormer " in text and topic == "troops":
            former = next((m for m in mentions if m.entry is entry and num.end <= m.start <= f.unit_start), None)
            if former is not None and text.endswith(("former ", "Former "), 0, former.start):
                # "1,000 former Wagner fighters signed contracts with the Africa Corps": what the men were; the
                # other group the sentence names after them is whose they are now
                now = next(
                    (m.entry for m in mentions
                     if m.start > f.unit_end and m.entry.form == "group" and m.entry is not entry),
                    None,
                )  # fmt: skip
                if now is not None:
                    entry = now
        if (
            (not f.unit or f.unit.lower() in _COUNT_OF_FORCES_NOUNS)
            and st.figure_actor is not None
            and st.figure_sentence == st.sentence_no - 1
            and entry == st.figure_entry
            and st.figure_actor.code != entry.actor.code
            and not any(m.entry == entry for m in mentions)
        ):
            # 'roughly 80 Russian fighters got off. The second official put the number at "between 70 and 90"': a bare
            # count right after a figure, its owner not named again, counts the same forces (Wagner's), not the state
            # of the demonym that named them
            return entry, st.figure_actor, topic or "troops"
        noun_in = f.unit.lower() if f.unit and head_entry_found is None else None
        actor = self._final_actor(entry, text, noun_in, st, mentions)
        return entry, actor, topic or "troops"

    @staticmethod
    def _joined_formation(text: str, start: int, end: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The multinational formation that the forces counted before ``start`` joined, named between the count and
        ``end``: "The Greek frigate, with about 190 sailors, joined Operation Irini" (the joiner's total is not it)."""
        for m in mentions:
            if (
                start <= m.start < end
                and m.entry.form == "group"
                and not m.entry.sponsor
                and _JOINED_BEFORE_RE.search(text, max(0, m.start - 60), m.start)
            ):
                return m.entry
        return None

    @staticmethod
    def _the_corps(text: str, f: FigureMatch, mentions: list[ActorMention], st: State) -> ActorEntry | None:
        """The group named before whose name ends in "Corps" ("the Africa Corps"), when the count is its own: "the
        corps" or "corps personnel" stands before the count with no other name between ("Since Wagner left, the
        corps has lost 40 men", "put the number of corps personnel there at 1,000"), or "corps" modifies the
        counted noun ("2,500 corps personnel")."""
        group = next((g for g in reversed(st.named_groups) if g.actor.name.lower().endswith(" corps")), None)
        if group is None:
            return None
        num = f.number
        if f.unit and _CORPS_WORD_RE.search(text, num.end, f.unit_start):
            return group
        the = None
        for m in _THE_CORPS_RE.finditer(text, max(0, num.start - 80), num.start):
            the = m
        if the is not None and not any(the.end() <= m.start < num.start for m in mentions):
            return group
        return None

    def _put_at_owner(
        self, text: str, pa: re.Match[str], pos: int, mentions: list[ActorMention], st: State
    ) -> ActorEntry | None:
        """Whose force a "put/kept ... at N" sizes: the name right before the force noun ("the North Korean force",
        "its contingent"), else the item's focus for "the overall/total contingent"."""
        noun_at = pa.start("noun") if pa.group("noun") else pa.start("noun2")
        owner = self._strength_owner(text, noun_at, pos, mentions, st)
        if owner is None and pa.group("whole") and st.focus is not None:
            owner = st.focus
        return owner

    def _strength_owner(
        self, text: str, noun_start: int, pos: int, mentions: list[ActorMention], st: State
    ) -> ActorEntry | None:
        """Whose strength changed: the name right before "strength" / "troop numbers", else the antecedent of
        "its" (the mission named before when the sentence names none)."""
        for m in reversed(mentions):
            if m.end <= noun_start and _NAME_GAP_RE.fullmatch(text, m.end, noun_start):
                return m.entry
        if _ITS_BEFORE_RE.search(text, max(0, noun_start - 8), noun_start):
            found = self._antecedent(text, pos, mentions) or st.mission_actor
            if found is None and _ITS_SUBJECT_RE.match(text) and st.lead_actor_sentence == st.sentence_no - 1:
                # "The corps keeps 1,000 men in Libya. Its total strength in Mali is put at 2,500": a sentence that
                # opens with "Its" speaks of the actor the sentence before opened with
                found = st.lead_actor
            return found
        return None

    def _sale_party(
        self, text: str, f: FigureMatch, owner: ActorEntry, mentions: list[ActorMention]
    ) -> ActorEntry | None:
        """The other state of a sale the count belongs to, which the count is also a claim about: "Chile bought 18
        F-16s from the Netherlands" counts the Netherlands' sale and Chile's purchase; "Peru operates 20 drones bought
        from Israel" counts Israel's too. None when the sentence names no purchase with both sides."""
        num = f.number
        before = [m for m in mentions if m.end <= num.start]
        buyer = next((m for m in reversed(before) if _PURCHASE_BEFORE_RE.fullmatch(text, m.end, num.start)), None)
        sm = _SELLER_AFTER_RE.match(text, f.unit_end)
        seller = next((m for m in mentions if sm is not None and m.start == sm.end()), None)
        if sm is not None and buyer is None and not _PURCHASE_WORD_RE.search(sm.group(0)):
            seller = None  # "troops from Chad": an origin, not a sale
        if buyer is None and seller is not None:
            subject = self._subject_before(text, num.start, mentions)
            buyer = next((m for m in mentions if subject is not None and m.entry is subject), None)
        if buyer is None or seller is None:
            return None
        for m in (buyer, seller):
            if m.entry.actor.kind == "state" and m.entry.actor.code != owner.actor.code:
                return m.entry
        return None

    def _unrest_toll(self, text: str, clause_start: int, f: FigureMatch) -> bool:
        """A count of losses in a clause about civil unrest ("killed in the unrest", "the toll from the violence")
        that names no force noun: the dead are people at large, and only forces' losses are casualties."""
        ws = set(_words(text[clause_start : f.unit_end + 60]))
        return bool(ws & self.cues.unrest_words) and not ((ws - _WEAK_FORCE_WORDS) & self.cues.force_nouns)

    def _named_share(self, text: str, pos: int, mentions: list[ActorMention], st: State) -> ActorEntry | None:
        """Whose forces "N of them" at ``pos`` counts when the sentence counted none before: the forces named before
        those of the clause's own subject (in this clause, or last in the sentence's earlier clauses)."""
        named = [m.entry for m in mentions if m.end <= pos and self._bound_noun_after(text, m)]
        for ctext, cmentions in reversed(st.earlier_clauses):
            bound_before = [m.entry for m in cmentions if self._bound_noun_after(ctext, m)]
            if bound_before:
                named.insert(0, bound_before[-1])  # the forces named last in the clauses before
                break
        if len(named) >= 2 and named[-1].actor.code != named[-2].actor.code:
            return named[-2]
        return None

    def _counted_head(
        self, text: str, f: FigureMatch, clause_start: int, mentions: list[ActorMention], after_count: bool = False
    ) -> tuple[str, int, int, ActorEntry | None] | None:
        """What a bare number counts when a noun phrase elsewhere names it: the head of "the number of X
        fighters" earlier in the clause, a force's new total ("bring EUFOR's strength to about 1,100"), or a
        plural demonym right after it ("four Nepalis were captured").
        Returns (noun, start, end, the actor bound to it)."""
        num = f.number
        nm = _NUMBER_OF_RE.search(text, clause_start, num.start)
        if (
            nm is None
            and clause_start > 0
            and may_contain(text, _RESTATED_ANCHORS)
            and _RESTATED_BEFORE_RE.search(text, max(0, num.start - 60), num.start)
        ):
            # "declined to give the number of U.S. forces there, but others put it at 40,000": "it" is the number
            # an earlier clause named
            nm = _NUMBER_OF_RE.search(text, 0, clause_start)
        if nm is not None and num.start - nm.end() < 160:
            for m in mentions:
                if nm.end() <= m.start <= nm.end() + 1:
                    noun = self._bound_noun_after(text, m)
                    if noun is not None:
                        us = text.lower().find(noun, m.end)
                        return noun, us, us + len(noun), m.entry
                    if (
                        m.entry.form == "demonym"
                        and m.text.endswith("s")
                        and not m.possessive
                        and not _NEW_CLAUSE_RE.search(text, m.end, num.start)
                    ):
                        return m.text, m.start, m.end, m.entry  # "the count of Sri Lankans who joined ... to 568"
                    break
            # "the number of its ships on patrol ... to 12": ships are counted; a model name or calibre may come
            # first ("deliveries of M-1991 240mm multiple rocket launchers")
            # (only a delivery's words run on to the noun: "the number of Navy destroyers" is the navy's)
            reach = 5 if nm.group(0).lower().startswith(("deliveries", "shipments", "transfers")) else 1
            low = text.lower()
            for k, words in enumerate(_WORD_RE.finditer(low, nm.end(), min(len(low), nm.end() + 60))):
                w = words.group(0)
                if w in self.cues.force_nouns or self.cues.noun_topic.get(w) == "equipment":
                    return w, words.start(), words.end(), None
                if k + 1 >= reach or w in _DELIVERY_STOP_WORDS:
                    break
        mm = _MEMBERS_OF_RE.match(text, num.end)
        if mm is not None:
            # "1,495 members of the South African National Defence Force", "1,495 SANDF members": the force
            # named around "members" is an actor's (an alias of its armed forces, or a group)
            for m in mentions:
                if num.end <= m.start <= mm.end() + 1:
                    us = text.lower().find("members", num.end)
                    return "members", us, us + len("members"), m.entry
        ap = _APPOSED_COUNT_RE.search(text, max(0, num.start - 40), num.start)
        if (
            ap is not None
            and ap.group("noun").lower() in self.cues.force_nouns
            and not _OF_THEM_RE.match(text, num.end)
            # (not "1,000 German soldiers, 250 Norwegians", "250 Belgian troops, 200 from the Netherlands": a
            # demonym or a state of origin right after the count is its own)
            and not any(
                m.start > num.end
                and (
                    (m.entry.form == "demonym" and text[num.end : m.start].isspace())
                    or (
                        m.entry.actor.kind == "state"
                        and (fs := _FROM_STATE_AFTER_RE.match(text, num.end)) is not None
                        and fs.end() == m.start
                    )
                )
                for m in mentions
            )
        ):
            # "Malaysia's troops, 209 in the first wave, have taken over": the count set off after the noun counts
            # it, for the actor named right before the noun
            ns = ap.start("noun")
            pp = _PP_HEAD_BEFORE_RE.search(text, max(0, ns - 40), ns)
            if pp is not None and pp.group(1).lower() in self.cues.noun_topic:
                # "The first Leopard tanks for the brigade, 44 in total": the noun the brigade completes is counted
                return pp.group(1), pp.start(1), pp.end(1), None
            near = [m for m in mentions if m.end <= ns and ns - m.end <= 40]
            # (not "Emirati and Saudi troops, about 1,000 in all": a count of both)
            if not (len(near) > 1 and _AND_WORD_RE.search(text, near[0].end, ns)):
                owner = near[-1].entry if near and ns - near[-1].end <= 24 else None
                return ap.group("noun"), ns, ap.end("noun"), owner
        mu = _MEMBERS_OF_UNIT_RE.match(text, num.end)
        if mu is not None:
            # "the first 130 members of a new engineering rotation": people of a military formation are troops;
            # whose formation it is, the owner rules decide (a name inside it, "a new Japanese rotation", is bound)
            return "members", mu.end(), mu.end(), None
        nb = _NUMBER_AT_RE.search(text, max(clause_start, num.start - 100), num.start)
        if nb is not None:
            # "put their number at around 4,500", "the number was closer to 2,000": the forces spoken of
            g = next(k for k in ("noun", "noun2", "noun3", "noun4", "noun5") if nb.group(k) is not None)
            owner = None
            if _THEIR_BEFORE_RE.search(text, nb.start(), nb.start(g)):
                # "Wagner sent fighters to Libya; U.S. Africa Command later estimated their number at about 2,000":
                # "their" is the forces of the actor named before, not of the one that estimates
                owner = next(
                    (m.entry for m in reversed(mentions)
                     if m.end <= nb.start() and not m.possessive and not self._after_preposition(text, m)
                     and not self._is_speaker(text[m.end : m.end + 40])),
                    None,
                )  # fmt: skip
            return nb.group(g), nb.start(g), nb.end(g), owner
        cm = _CREW_OF_RE.search(text, max(clause_start, num.start - 20), num.start)
        if cm is not None:
            ws = set(_words(text))
            if (
                ws & self.cues.warship_words or _AIRCRAFT_MODEL_IN_RE.search(text, 0, cm.start())
            ) and not ws & self.cues.civil_ship_words:
                # "HMS Trent, a patrol vessel with a crew of about 65": the warship's sailors; "its P-8A and its crew
                # of about 40": the military aircraft's detachment
                return cm.group("noun"), cm.start("noun"), cm.end("noun"), None
        um = _UNIT_OF_RE.search(text, max(clause_start, num.start - 40), num.start)
        if um is not None:
            return um.group("noun"), um.start("noun"), um.end("noun"), None
        un = (
            _UNIT_NUMBERED_RE.search(text, max(clause_start, num.start - 60), num.start) if "numbered" in text else None
        )
        if un is not None:
            # "a Wagner contingent that had numbered about 1,500": the strength of the force named right before
            ns = un.start("noun")
            owner = next((m.entry for m in mentions if m.end < ns and _NAME_GAP_RE.fullmatch(text, m.end, ns)), None)
            return un.group("noun"), un.start("noun"), un.end("noun"), owner
        sm = _STRENGTH_TO_RE.search(text, max(clause_start, num.start - 120), num.start)
        if sm is not None:
            g = "noun" if sm.group("noun") is not None else "noun2"
            owner = next((m.entry for m in mentions if sm.start() <= m.start < sm.start(g) and m.possessive), None)
            return sm.group(g), sm.start(g), sm.end(g), owner
        fm = _FROM_STATE_AFTER_RE.match(text, num.end) if text.startswith(" from ", num.end) else None
        if fm is not None and self._force_list_item(text, num.start):
            # "some 250 Belgian troops, about 200 from the Netherlands": a contributor's share in a list of them
            for m in mentions:
                if m.start == fm.end() and m.entry.actor.kind == "state" and not m.possessive:
                    return m.text, m.start, m.end, m.entry
        for m in mentions:
            if m.start < num.end:
                continue
            if (
                m.entry.form == "demonym"
                and text[num.end : m.start].strip() == ""
                and m.end - m.start > 3
                and (
                    text[m.end - 1] == "s"
                    # ("180 Dutch", "300 French" in a list of contingents: a demonym that is its own plural)
                    or (m.text.endswith(_PLURAL_DEMONYM_ENDS) and self._force_list_item(text, num.start))
                )
                and self._bound_noun_after(text, m) is None
                and (
                    self._forces_clause(text, m.end)
                    or self._force_share(text, num.start)
                    or self._force_list_item(text, num.start)
                    # "Russia has recruited about 3,000 Nepalis to fight in Ukraine": people hired as fighters
                    # (not "hired 300 Filipinos to work on its ships": a sentence that names no war or fighting)
                    or (
                        _RECRUIT_VERB_BEFORE_RE.search(text, max(0, num.start - 16), num.start) is not None
                        and not set(_words(text)).isdisjoint(self.cues.military_context - _HIRING_WORDS)
                    )
                    # "North Korea will send 1,000 sappers and 5,000 builders. In total, some 6,000 North Koreans
                    # will take part": the total of the forces just counted
                    or (after_count and _TOTAL_OPENING_RE.match(text) is not None)
                )
            ):
                return m.text, m.start, m.end, m.entry
            break
        return None

    @staticmethod
    def _share_owner(text: str, pos: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """ "the British share set at up to 7,000", "and the French at roughly 5,000" (after such a share): the
        state whose demonym names the share of a force that the count gives."""
        if "share" not in text and "contribution" not in text:
            return None
        sm = _SHARE_AT_BEFORE_RE.search(text, max(0, pos - 60), pos)
        if sm is None:
            gm = _GAPPED_SHARE_BEFORE_RE.search(text, max(0, pos - 30), pos)
            if gm is None or _SHARE_AT_BEFORE_RE.search(text, max(0, gm.start() - 80), gm.start()) is None:
                return None
            sm = gm
        for m in mentions:
            if m.start == sm.start("dem") and m.entry.form == "demonym" and m.entry.actor.kind == "state":
                return m.entry
        return None

    def _force_list_item(self, text: str, pos: int) -> bool:
        """ "1,000 German soldiers, about 250 Norwegians and 180 Dutch": a count in a list whose item before names
        forces (a personnel noun, or a plural demonym that itself counts people)."""
        lm = _LIST_ITEM_BEFORE_RE.search(text, max(0, pos - 70), pos)
        if lm is None:
            return False
        head = lm.group(1)
        return head.lower() in self.cues.personnel_nouns or (
            head[0].isupper() and any(m.entry.form == "demonym" for m in self.actors.find(head))
        )

    def _force_share(self, text: str, pos: int) -> bool:
        """ "4,500 troops, including roughly 600 Americans": a share of a force counted before ``pos`` (not of a
        merchant ship's crew)."""
        if self.cues.share_before_re.search(text, max(0, pos - 24), pos) is None:
            return False
        ws = set(_words(text[:pos]))
        return bool(ws & self.cues.personnel_nouns) and not self._civil_ship(ws, text)

    def _civil_ship(self, words: set[str], text: str) -> bool:
        """The sentence speaks of a merchant or civilian ship ("a Liberia-flagged tanker"): its crew are no forces."""
        if words & self.cues.civil_ship_words or "-flagged" in text:
            return True
        # "The dhow's 14 crew members": the possessive of a civilian ship's noun
        return ("'s" in text or "’s" in text) and any(
            w[-2:] in ("'s", "’s") and w[:-2] in self.cues.civil_ship_words for w in words
        )

    def _non_force_head(self, text: str, f: FigureMatch) -> bool:
        """The counted noun is part of a count of organisations or places: the word before it and it ("task
        forces"), or it and the word after ("military bases")."""
        heads = self.cues.non_force_heads
        unit = f.unit.lower()
        prev = _words(text[max(f.number.end, f.unit_start - 20) : f.unit_start])
        if prev and f"{prev[-1]} {unit}" in heads:
            return True
        nxt = _WORD_RE.match(text.lower(), f.unit_end + 1) if text[f.unit_end : f.unit_end + 1] == " " else None
        if nxt is not None and nxt.group(0) in heads:
            return True
        # "40 Russian military cargo flights": an adjective taken for the noun, and a plural head two words on
        nxt2 = (
            _WORD_RE.match(text.lower(), nxt.end() + 1)
            if nxt is not None
            and unit in _ADJECTIVE_UNITS
            and text[nxt.end() : nxt.end() + 1] == " "
            and nxt.group(0) not in self.cues.noun_topic
            and nxt.group(0) not in _PREP_OBJECT_WORDS
            and nxt.group(0) not in _CLAUSE_WORDS
            else None
        )
        if nxt2 is not None and nxt2.group(0).endswith("s") and nxt2.group(0) in heads:
            return True
        # "strikes on two weapons and ammunition storage sites": the noun is one of two before the real head
        return _compound_head(text, f.unit_end, heads) is not None

    def _non_force_after(self, text: str, pos: int) -> bool:
        """A bare number whose next words (before any force noun) name civilians, places or installations."""
        cues = self.cues
        window = text[pos : pos + 40]
        if ("ago" in window or "earlier" in window or "before" in window) and _TIME_AGO_AFTER_RE.match(window):
            return False  # "down from more than 6,000 three years ago": when the count held, no noun of its own
        end = _PHRASE_END_RE.search(window)
        if end is not None:
            window = window[: end.start()]  # "450 now, officials said": the noun phrase ended at the comma
        ws = [w.rstrip("'’") for w in _words(window)[:3]]  # "the two countries' treaty"
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

    def _forces_clause(self, text: str, pos: int) -> bool:
        """Whether the clause from ``pos`` speaks of forces or losses ("were captured", "are training in"),
        not of people in general ("1.7 million Nepalis work abroad")."""
        window = text[pos : pos + 60]
        if (rel := _WHO_HAD_RE.match(window)) is not None:
            # "110 Colombians who had signed contracts": a relative that says they were hired as individuals
            after = window[rel.end() :]
            hired = (self.actors.nationals_cue_re, self.actors.nationals_side_re)
            if any(r is not None and r.search(after) for r in hired):
                return True
        cut = _CASUALTY_CUT_RE.search(window)
        ws = set(_words(window[: cut.start()] if cut else window))
        cues = self.cues
        if ws & cues.casualty_words or ws & cues.place_verbs or ws & cues.personnel_nouns:
            return True
        if "uniform" in ws and _IN_UNIFORM_WORDS_RE.search(window):
            return True  # "some 15,000 North Koreans are now in Russia in uniform": serving soldiers
        # "230 Kenyans have been recruited", "40 Nepalis are fighting for Russia": hired or fighting as individuals
        part = window[: cut.start()] if cut else window
        cues_re = (self.actors.nationals_cue_re, self.actors.nationals_side_re)
        return any(r is not None and r.search(part) for r in cues_re)

    @staticmethod
    def _maker(text: str, start: int, unit_end: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The state named as the maker or supplier of counted equipment: "made in X" after the noun, "X-made"
        before it."""
        if not any(w in text for w in _MAKER_GATE_WORDS):
            return None
        for m in mentions:
            if m.entry.actor.kind != "state":
                continue
            if start <= m.start < unit_end and _MADE_SUFFIX_RE.match(text, m.end):
                return m.entry  # "60 North Korean-made shells"
            if unit_end <= m.start <= unit_end + 40 and _MADE_IN_BEFORE_RE.fullmatch(text, unit_end, m.start):
                return m.entry  # "24 ballistic missiles made in North Korea"
            if (
                unit_end <= m.start <= unit_end + 40
                and _FROM_SELLER_RE.fullmatch(text, unit_end, m.start)
                and _BOUGHT_BEFORE_RE.search(text, max(0, start - 60), start)
            ):
                return m.entry  # "Russia had ordered roughly 1,700 drones of several types from Iran": the seller's
            if (
                unit_end <= m.start <= unit_end + 80
                and m.entry.form == "demonym"
                and _ORIGIN_AFTER_RE.match(text, m.end)
                and _OF_ORIGIN_BEFORE_RE.fullmatch(text, unit_end, m.start)
            ):
                return m.entry  # "40 drones, which CENTCOM assessed to be of Iranian origin"
            if (
                m.end <= start
                and start - m.end <= 120
                and _CARGO_AFTER_RE.match(text, m.end)
                and _SEIZED_BEFORE_RE.search(text, max(0, m.start - 24), m.start)
            ):
                return m.entry  # "seized two Iranian shipments ..., including components for 60 drones": the shipper's
        return None

    def _model_owner(self, text: str, clause_start: int, f: FigureMatch) -> ActorEntry | None:
        """The state that alone fields a weapon model named in the count or before it in its clause."""
        pattern = self.actors.model_owner_re
        if pattern is None:
            return None
        found = [m.group(1) for m in pattern.finditer(text, clause_start, f.unit_end)]
        return self.actors.state(self.actors.model_owners[found[-1]]) if found else None

    def _label_topic(self, label: str) -> str | None:
        """What a fact box's label counts: losses when it names them ("Killed", "Captured by Ukraine"), else the
        topic of its last counted noun ("Self-propelled guns and MLRS", "Troops deployed to Russia, cumulative")."""
        ws = _words(label)
        if len(ws) > 8:
            return None
        if any(w in self.cues.casualty_words for w in ws):
            return "casualties"
        topic: str | None = None
        for w in ws:
            t = self.cues.noun_topic.get(w)
            if t is not None and w not in ("force", "forces", "military"):
                topic = t
        if topic is None and not _FORCE_BODY_LABEL_WORDS.isdisjoint(ws):
            return "troops"  # "Second rotation (Mar.-Apr. 2025): about 6k": the size of a body of troops
        return topic

    def _agent_subject(self, text: str, pos: int, mentions: list[ActorMention], entry: ActorEntry) -> bool:
        """Whether ``entry`` is named last before ``pos`` as the subject of the killing verb right before it ("JNIM
        said they killed", "JNIM claimed to have killed"), with nothing but speech words and auxiliaries between."""
        last = next((m for m in reversed(mentions) if m.end <= pos), None)
        if last is None or last.entry is not entry or last.possessive:
            return False
        words = _words(text[last.end : pos])
        return (
            len(words) >= 1
            and words[-1] in self.cues.agent_verbs
            and all(w in _AGENT_GAP_WORDS for w in words[:-1])
        )

    @staticmethod
    def _victim_antecedent(
        text: str, pos: int, mentions: list[ActorMention], agent: ActorEntry, st: State
    ) -> ActorEntry | None:
        """The actor before ``pos`` other than the agent of a killing and those named with it ("Tuareg rebels and
        JNIM"), else the item's focus when it is another actor."""
        skip = True
        last_start = pos
        for m in reversed([m for m in mentions if m.end <= pos]):
            if m.entry.actor.code == agent.actor.code:
                last_start = m.start
                continue
            if skip and _AGENT_PARTNER_GAP_RE.fullmatch(text, m.end, last_start) is not None:
                last_start = m.start
                continue  # named with the agent: one of the killers
            skip = False
            prev = _words(text[max(0, m.start - 20) : m.start])
            if prev and prev[-1] in _PREP_OBJECT_WORDS:
                continue  # "Wagner's loss in Mali came when ...": a place the preposition governs
            return m.entry
        if st.focus is not None and st.focus.actor.code != agent.actor.code:
            return st.focus
        return None

    @staticmethod
    def _held_captive(text: str, f: FigureMatch, mentions: list[ActorMention]) -> bool:
        """ "Ukraine now holds twelve North Korean soldiers": soldiers of one side that another side holds are
        captives, losses of their side (not "the U.S. holds 2,500 troops in reserve": its own)."""
        num = f.number
        hv = _HOLDS_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
        if hv is None:
            return False
        counted = next(
            (m for m in mentions if num.end <= m.start and m.end <= f.unit_start and m.entry.form == "demonym"), None
        )
        if counted is None:
            return False
        holder = next((m for m in reversed(mentions) if m.end <= hv.start() and not m.possessive), None)
        return (
            holder is not None
            and _HOLDER_GAP_RE.fullmatch(text, holder.end, hv.start()) is not None
            and holder.entry.actor.code != counted.entry.actor.code
        )

    def _casualty(self, text: str, f: FigureMatch) -> bool:
        """Whether a troop figure counts losses: a casualty verb right before it ("killed 84") or in its own
        clause after it ("were killed"); a new clause ("and that some of them had been killed", ", that is a
        heavy toll") speaks of something else."""
        cues = self.cues
        if f.unit_start > f.number.end and set(_words(text[f.number.end : f.unit_start])) & cues.casualty_words:
            return True  # "two wounded North Korean soldiers"
        before = f.number.start
        co = _COORD_BEFORE_RE.search(text, max(0, before - 40), before)
        if co is not None and parse_number(co.group(1)) is not None:
            before = co.start()  # "wounded four American and two Fijian peacekeepers": the verb governs both
        par = _PARENTHETICAL_BEFORE_RE.search(text, max(0, before - 60), before)
        if par is not None:
            before = par.start()  # "has lost, by its own count, about 5,000 fighters": the aside is skipped
        btoks = _words(text[max(0, before - 30) : before])
        if btoks and (btoks[-1] in cues.casualty_before or (len(btoks) > 1 and btoks[-2] in cues.casualty_before)):
            return True
        gap = _AND_QUANT_BEFORE_RE.search(text, max(0, before - 30), before)
        if gap is not None:
            head = text[max(0, gap.start() - 50) : gap.start()]
            head = head[max((m.end() for m in _SENTENCE_PART_END_RE.finditer(head)), default=0) :]
            hw = _words(head)
            vi = max((i for i, w in enumerate(hw) if w in cues.casualty_before), default=-1)
            if (
                0 < vi < len(hw) - 1
                and hw[vi - 1] not in _PASSIVE_WORDS
                and not head.endswith(",")
                and not any(c.isdigit() for c in head)
            ):
                return True  # "has lost much of its leadership and about 5,000 fighters": the loss's second object
        if len(btoks) > 1 and btoks[-1] == "of" and btoks[-2] in cues.casualty_nouns_of:
            return True  # "acknowledged the deaths of at least eight of its soldiers"
        if _INCLUDING_BEFORE_RE.search(text, max(0, before - 24), before):
            # "left 14 people dead, including two gendarmes": a share of the toll the clause before names
            clause = text[max(0, before - 100) : before]
            clause = clause[max((m.end() for m in _SENTENCE_PART_END_RE.finditer(clause)), default=0) :]
            if set(_words(clause)) & cues.casualty_words:
                return True
        app = _APPOSITIVE_RE.match(text, f.unit_end)
        start = app.end() if app else f.unit_end  # skip ", most of them from X," to reach the verb
        window = text[start : start + 70]
        cut = _CASUALTY_CUT_RE.search(window)
        if cut:
            head = window[: cut.start()]
            if (
                cut.group(0).startswith("and")
                and not cut.group(0).endswith("that")
                and "," not in head
                and not set(_words(head)) & _AUXILIARIES
                and not _REST_OF_SHARE_RE.match(window, cut.end())
            ):
                # "47 of its soldiers and 24 militiamen were killed": counts joined before any verb share it (not
                # "sent 15,000 troops to Russia and that 600 had been killed", "... and some 600 of them had been
                # killed": a new clause, a share of the first count)
                rest = window[cut.end() :]
                cut2 = _CASUALTY_CUT_RE.search(rest)
                window = head + " " + (rest[: cut2.start()] if cut2 else rest)
            else:
                window = head
        if ("guard" in window or "captiv" in window) and _CAPTIVE_AFTER_RE.search(window):
            return True  # "six men in Russian uniforms sitting under guard": captives shown are losses
        return any(w in cues.casualty_words for w in _words(window))
