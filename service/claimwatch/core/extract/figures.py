"""Which numbers of a sentence are figures of forces, equipment or casualties, and of whom.

``numbers.py`` parses the numbers and their counted nouns; the rules here decide
whether a parsed figure is a claim (not a class crew, a merchant fleet, a count of
countries...) and its topic; ``FigureRules._figure_claim`` runs them as named steps, then
the owner steps of ``figure_owners`` (with the rules of ``owners``).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace
from typing import NamedTuple

from mypy_extensions import trait

from claimwatch.core.actors import ActorEntry, ActorMention
from claimwatch.core.extract.figure_owners import FigureOwnerRules
from claimwatch.core.extract.owners import _ITS_SUBJECT_RE, group_members_after
from claimwatch.core.extract.patterns import (
    _AND_BEFORE_RE,
    _AND_VERB_BEFORE_RE,
    _AND_WORD_RE,
    _ANOTHER_RE,
    _APPOSED_COUNT_RE,
    _APPOSITIVE_RE,
    _ARE_DEMONYM_RE,
    _BATCH_OF_BEFORE_RE,
    _CASUALTY_CUT_RE,
    _CHANGED_FROM_RE,
    _CIVIL_CRAFT_RE,
    _CLAUSE_BREAK_RE,
    _COMBINED_SUBJECT_RE,
    _COORD_BEFORE_RE,
    _COORD_SHARED_RE,
    _COUNT_BEFORE_RE,
    _COUNT_MODIFIER,
    _CREW_OF_RE,
    _DEFINITE_BEFORE_RE,
    _FACT_LABEL,
    _HOLDINGS_AFTER_RE,
    _HOSTED_COUNT_BEFORE_RE,
    _IN_PLACE_AFTER_RE,
    _ITS_BEFORE_RE,
    _MEMBERS_OF_RE,
    _MEMBERS_OF_UNIT_RE,
    _MORE_RE,
    _NAMED_LIST_AFTER_RE,
    _NOT_COUNTED_PLURALS,
    _NUMBER_AT_RE,
    _NUMBER_OF_RE,
    _NUMBER_VERB_RE,
    _OF_NUMBER_RE,
    _OF_THEM_RE,
    _PARTITIVE_RE,
    _PHRASE_END_RE,
    _PLAIN_SHIP_NOUNS,
    _PLURAL_AFTER_RE,
    _POSSESSIVE_GAP_RE,
    _PREP_OBJECT_WORDS,
    _PREPOSED_PARTITIVE_RE,
    _REST_OF_SHARE_RE,
    _STRENGTH_TO_RE,
    _SUBSET_OPEN_RE,
    _TOTAL_TO_RE,
    _UNIT_OF_RE,
    _UP_FROM_RE,
    _WEAK_FORCE_WORDS,
    _WORD_RE,
    _YEAR_LIKE_RE,
    _words,
)
from claimwatch.core.extract.state import FigureDraft, State
from claimwatch.core.numbers import (
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

#: Prepositions of time: after a bare count they end its noun phrase ("1,200 after months of fighting")
_TIME_PREPS = frozenset({"after", "before", "since", "during", "following", "until"})
#: The modifiers a count may carry right before its number ("about", "more than").
_QUANT_TAIL = r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|over|at[ \t]+least|up[ \t]+to)[ \t]+)?"
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
#: Demonyms that are their own plural ("the Dutch", "the French", "the Chinese", "the Swiss").
_PLURAL_DEMONYM_ENDS = ("ch", "sh", "ese", "ss")
#: Between a count and the demonym it counts: spaces, and the quotation mark that closes a quoted count ('said
#: "about 30" Danes had died')
_COUNT_DEMONYM_GAP = ' \t"”'

#: A relative clause right after a plural demonym: "110 Colombians who had signed contracts"
_WHO_HAD_RE = re.compile(r"[ \t]+who[ \t]+(?:had|have|has)\b", re.IGNORECASE)
#: Words that end the noun phrase of "deliveries of ...": what follows is where to, when or a verb
_DELIVERY_STOP_WORDS = frozenset({"to", "from", "in", "for", "by", "has", "have", "had", "is", "are", "was", "were"})
#: "British commandos, some 400 of them": a comma right before the share
#: (or set off by dashes: "Russian instructors - between 40 and 60 of them - train them")
_APPOSED_SHARE_BEFORE_RE = re.compile(r"(?:,|[ \t][-–—])[ \t]*$")
#: "the attackers", "the Russian positions": a plural named before the share, nearer than the last count
_DEFINITE_PLURAL_RE = re.compile(r"\b(?:the|their|its)[ \t]+(?:[a-z-]+[ \t]+)?[a-z]+s\b")
#: "900 of those soldiers", "some of these": a share of forces named before, pointed back to
_OF_THOSE_RE = re.compile(r"[ \t]+of[ \t]+(?:those|these)\b")

#: After a count, a capitalised word then a plural noun: "the two Sahel juntas", "two Gulf monarchies"
_NAMED_PLURAL_AFTER_RE = re.compile(r"[ \t]+[A-Z][\w'’-]*[ \t]+([a-z]{3,}s)\b(?![-'’])")
#: Right before a count, a force sized by a verb of estimating or keeping: "put the North Korean force in Kursk at
#: about ", "to keep the overall contingent at about ", "the force in Djibouti, which Washington estimates at some "
_FORCE_PUT_AT_RE = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimating|kept|keep|keeps|keeping|held|hold|holds|holding|"
    r"placed|places|pegged|pegs)[ \t]+(?:the|its|their)?[ \t]*(?:(?P<whole>overall|total|entire|whole)[ \t]+)?"
    r"(?:[\w'’.-]+[ \t]+){0,3}?(?P<noun>contingent|force|presence|deployment|garrison|strength)"
    # (where: "in Libya", "in eastern and southern Libya", "across the region", "in the country", "there": a place
    # named in any words, or before and referred back to)
    r"(?:[ \t]+(?:in|across|throughout)[ \t]+[^\d,;.:()]{1,40}?|[ \t]+there)?[ \t]+at[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|fewer[ \t]+than|up[ \t]+to|at[ \t]+least)[ \t]+)?$"
    r"|\b(?P<noun2>contingent|force|presence|deployment|garrison)"
    r"(?:[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?,[ \t]+which[ \t]+[^,;.]{1,60}?"
    r"[ \t]+(?:put|puts|estimated|estimates|placed|places|pegged|pegs)[ \t]+at[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|fewer[ \t]+than|up[ \t]+to|at[ \t]+least)[ \t]+)?$"
    # "the Legion's numbers there have shrunk since 2030, when Paris put them at 900": "them" is the named numbers
    r"|(?:'s|’s|s['’])[ \t]+(?P<noun3>numbers)\b[^;.]{1,100}?[ \t]+"
    r"(?:put|puts|estimated|estimates|placed|places|pegged|pegs)[ \t]+them[ \t]+at[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|fewer[ \t]+than|up[ \t]+to|at[ \t]+least)[ \t]+)?$"
)
#: Right before a bare count, a force's level held: "Our force in Chad remains at about ", "the garrison, she
#: said, was steady at ": the force's strength, as with "put at"
_FORCE_LEVEL_AT_RE = re.compile(
    r"\b(?P<noun>contingent|force|presence|deployment|garrison)"
    r"(?:[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?(?:,[ \t]+[^,;.]{1,30},)?[ \t]+"
    r"(?:(?:has[ \t]+)?(?:remains?|remained|stays?|stayed|stands?|stood)"
    r"|(?:is|was|remains?|remained|held|holds)[ \t]+(?:steady|stable|unchanged|flat))[ \t]+at[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|more[ \t]+than|fewer[ \t]+than)[ \t]+)?$"
)
#: "the corps' ", "the corps's total ": "the corps" owning the noun after it
_THE_CORPS_POSSESSIVE_RE = re.compile(
    r"\b[Tt]he[ \t]+corps(?:'s|’s|'|’)[ \t]+(?:(?:overall|total|entire|whole)[ \t]+)?$"
)
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
#: "its strength falling from about 10,000 troops in August to about 7,500", "troop numbers in Romania had fallen
#: to about 1,000 from about 1,700": a force's strength before and after a change, or the level it reached
_STRENGTH_CHANGE_RE = re.compile(
    r"(?P<noun>\b(?:(?:authori[sz]ed|full|current|total|overall)[ \t]+)?(?:strength|troop[ \t]+numbers|"
    r"(?:troop|force)[ \t]+levels?))[ \t]+"
    r"(?:in[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+)?"
    r"(?:(?:has[ \t]+|had[ \t]+|have[ \t]+|is[ \t]+|was[ \t]+)?(?:already[ \t]+|now[ \t]+)?"
    r"(?:fallen|falling|fell|dropped|dropping|declined|declining|shrunk|shrank|shrinking|risen|rising|rose|"
    r"grown|growing|grew|increased|decreased)"
    r"(?:[ \t]+(?:from|to)[ \t]+[^;.]{1,60}?)?[ \t]+(?:from|to)"
    # ("force levels in Asia climbed above 80,000": the number holds its "above", the verb comes right before it)
    r"|(?:has[ \t]+|had[ \t]+|have[ \t]+)?(?P<bare>fallen|fell|dropped|risen|rose|grown|grew)"
    # "troop numbers there had reached about 5,000", "have hovered around 3,000": the level, not a change
    r"|(?:has[ \t]+|had[ \t]+|have[ \t]+)?(?:now[ \t]+)?(?:reached|topped|hover(?:ed|s|ing)?(?:[ \t]+(?:at|near))?)"
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
#: "boosting German forces in Lithuania to", "raising French troops there to": a named force's new strength
_BRING_FORCES_TO_RE = re.compile(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|raised|boost|boosts|"
    r"boosting|boosted)[ \t]+(?:the[ \t]+)?(?P<noun>(?:[A-Z][\w.'’-]*[ \t]+){1,2})"
    r"(?:forces|troops|military[ \t]+personnel|personnel)"
    r"(?:[ \t]+(?:in|across)[ \t]+(?:the[ \t]+)?(?:country|region|area|[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))?"
    r"(?:[ \t]+there)?[ \t]+to[ \t]+$"
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
#: Before "to house": a verb of estimate or report ("is believed to house", "is thought to house")
_ESTIMATED_BEFORE_RE = re.compile(r"\b(?:believed|thought|said|estimated|reported|understood|known)[ \t]+$")
#: "about 340 strong": the size of a unit named before
_STRONG_AFTER_RE = re.compile(r"[ \t]+strong\b")
#: The unit whose size "N strong" gives ("the battalion, 800 strong", "the force in Niger, 700 strong"; not "the
#: police, 9,000 strong"), or "N-strong" as the predicate of a copula ("the garrison there is now 600-strong")
_STRONG_HEAD_RE = re.compile(
    r"\b(?:battalion|brigade|regiment|contingent|detachment|division|company|unit|garrison|corps|force)"
    r"(?:[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?\w+(?:[ \t]+\w+)?|[ \t]+\w+)?,?[ \t]+"
    r"(?:(?:is|was|are|were|stands|stood|remains|remained|had[ \t]+grown[ \t]+to|has[ \t]+grown[ \t]+to)[ \t]+)?"
    r"(?:(?:currently|now|still|already|then)[ \t]+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than)[ \t]+)?$",
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
#: A joint body of two sides, apposed right before its count: "a joint patrol of Chadian soldiers and French
#: legionnaires, about"
_JOINT_OF_PAIR_BEFORE_RE = re.compile(
    r"\bjoint[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:convoy|force|patrol|column|unit|contingent|operation|mission|task[ \t]+force)[ \t]+of[ \t]+"
    r"[^,;.]{2,60}?[ \t]+and[ \t]+[^,;.]{2,60}?,[ \t]+$"
)
#: "keep about", "will retain some": a verb that holds forces, right before a bare count
_KEEP_BEFORE_RE = re.compile(
    r"\b(?:keep|keeps|kept|keeping|retain|retains|retained|retaining|maintain|maintains|maintained|maintaining)[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|over|at[ \t]+least|up[ \t]+to|only|just)[ \t]+)?$"
)
#: " in the northern Kurdistan region", " at Camp X": a named place after a bare count (one lower-case word may come
#: first)
_IN_NAMED_PLACE_AFTER_RE = re.compile(r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+)?[A-Z]")
#: "the final group of 400", "a first batch of 150": a body of forces counted by its size
#: "Together, Britain, France and Spain have": a list of names after "together" (the names must be states)
_TOGETHER_LIST_RE = re.compile(
    r"\b[Tt]ogether,?[ \t]+(?:(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?,?[ \t]+)+and[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?"
)
#: What ``_COMBINED_SUBJECT_RE`` cannot match without (each branch holds one, as written)
_COMBINED_ANCHORS = ("ogether", "between", "countries", "nations", "states", "allies", "governments", "contributors",
                     "partners", "combined")  # fmt: skip
#: "... ships from both navies", "100 aircraft and 20 ships of the two air forces": a count, or a pair of counts, drawn
#: from two sides' forces together (gated on "both" / "two")
_FROM_BOTH_SIDES_AFTER_RE = re.compile(
    r"(?:[ \t]+and[ \t]+"
    + _QUANT_TAIL
    + r"[\d,]+[ \t]+[A-Za-z-]+(?:[ \t]+[A-Za-z-]+)?)?[ \t]+(?:from|of)[ \t]+(?:both|the[ \t]+two)[ \t]+"
    r"(?:navies|militaries|armies|air[ \t]+forces|armed[ \t]+forces|forces|countries|nations|sides|allies)\b"
)
#: "9,000 troops drawn from six countries", "12,300 soldiers from 37 nations": a multinational total (README: a figure
#: that counts several actors together is no figure for any of them)
_FROM_MANY_STATES_ANCHORS = ("countries", "nations", "states", "contributors", "members")
#: After an alliance's name, an unnamed formation of it: "the African Union mission", "a NATO force"
_FORMATION_AFTER_RE = re.compile(r"[ \t]+(?:mission|force|operation)\b")
_FROM_MANY_STATES_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:drawn|contributed|coming|sent|provided)[ \t]+)?from[ \t]+(?:(?:some|about|around|roughly|nearly|"
    r"more[ \t]+than|over|at[ \t]+least|all|all[ \t]+of[ \t]+(?:its|the)|its|the)[ \t]+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a[ \t]+dozen|dozens[ \t]+of|several|many|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|"
    r"forty|fifty|sixty)[ \t]+(?:(?:other|member|different|contributing)[ \t]+)?"
    r"(?:countries|nations|states|contributors|members)\b"
)
#: An entry of a list after a colon or semicolon, up to its count: "; Spain in Slovakia, ", ": the United States in
#: Poland, about "
_LIST_ENTRY_BEFORE_RE = re.compile(
    r"(?:^|[:;])[ \t]*(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[ \t]+(?:(?:about|around|roughly|some|nearly|over)[ \t]+)?$"
)
#: The head of such a list: a plural noun of forces, then a colon ("the largest contingents ... are:")
_FORCE_LIST_HEAD_RE = re.compile(
    r"\b(?:contingents|detachments|deployments|garrisons|troops|forces|personnel)\b[^.:;]{0,60}:"
)
#: A verb of states that supply forces, after "members": "Five members send ...", "two members contribute"
_MEMBERS_SUPPLY_RE = re.compile(
    r"\bmembers[ \t]+(?:(?:only|also|each|now)[ \t]+)?(?:send|contribute|provide|supply|deploy|field)\b"
)
#: A number of unnamed states as the clause's subject, before a count "each": "four other countries send"
_STATES_COUNTED_BEFORE_RE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|other)[ \t]+(?:other[ \t]+|smaller[ \t]+)?"
    r"(?:countries|nations|states|members|contributors)[ \t]+[a-z]+[ \t]+" + _COUNT_MODIFIER + "$"
)
#: An entry of a list that gives each name its count alone, "...: Poland 1,200; Spain 800", "the contingents are
#: Italy 900; ...": a name right before the count, the entry ended by a semicolon or the sentence's end
_NAME_COUNT_ENTRY_BEFORE_RE = re.compile(
    r"(?:^|[:;]|\b(?:are|were))[ \t]*(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+$"
)
_ENTRY_END_AFTER_RE = re.compile(r"[ \t]*(?:[;.]|$)")
#: The head of such a list: a plural noun of forces, then a colon or "are" ("the largest contingents in X are")
_FORCE_LIST_ARE_HEAD_RE = re.compile(
    r"\b(?:contingents|detachments|deployments|garrisons|troops|forces|personnel)\b[^.:;]{0,60}"
    r"(?::|\b(?:are|were)[ \t])"
)
#: "the number of", "its total of": what a new total counts is named after it
_COUNT_OF_RE = re.compile(r"\b(?:total|tally|number|count)[ \t]+of[ \t]", re.IGNORECASE)
_GROUP_OF_ANCHORS = ("group", "batch", "wave", "rotation")  # (``text.may_contain``)
_GROUP_OF_BEFORE_RE = re.compile(
    r"\b(?:group|batch|wave|rotation)[ \t]+of[ \t]+(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|"
    r"over|at[ \t]+least|up[ \t]+to)[ \t]+)?$",
    re.IGNORECASE,
)
#: Verbs of a count's own clause: a count followed by one of them before "and <count>" has its own verb.
_AUXILIARIES = frozenset({"had", "has", "have", "were", "was", "are", "is", "been", "be", "will", "would"})
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
#: A force's strength told in people: 'the deployment in Syria now totals "roughly 2,300 people"', "the garrison
#: there counts some 3,000 people"
_FORCE_NUMBERS_BEFORE_RE = re.compile(
    r"\b(?:contingent|force|forces|presence|deployment|garrison|detachment)[ \t]+(?:[^.;:,\d]{0,40}?[ \t]+)?"
    r"(?:numbers|numbered|totals|totalled|totaled|counts|counted)[ \t]+[\"“]?$"
)
#: A noun completed by a phrase right before an apposed count: "tanks for the brigade, 44 in total"
_PP_HEAD_BEFORE_RE = re.compile(r"\b([a-z]+)[ \t]+(?:for|of|with)[ \t]+(?:the|its|their|a|an)[ \t]+$")
#: A bare share placed on its own: "among them roughly 3,000 in Belgorod", "among them 500 at Al Udeid"
_SHARE_PLACED_AFTER_RE = re.compile(
    r"[ \t]+(?:in|at|near|around)[ \t]+(?:the[ \t]+)?(?:(?:neighbou?ring|nearby)[ \t]+)?[A-Z]"
)
#: "The cutter Kimball, which carries a crew of about 120": a named ship's own crew, not a class's specification
_SHIP_RELATIVE_BEFORE_RE = re.compile(r",[ \t]+which[ \t]+$", re.IGNORECASE)
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
#: "holds ", "is holding ", "has held ": a side keeps people right before their count (as captives, with a demonym)
_HOLDS_BEFORE_RE = re.compile(r"\b(?:holds|holding|held)[ \t]+$")
#: between the holder and "holds": an auxiliary or a time adverb ("Ukraine currently holds", "Kyiv is still holding")
_HOLDER_GAP_RE = re.compile(r"(?:[ \t]+(?:is|are|was|were|has|have|had|now|currently|still|also|already|been))*[ \t]+")
_RELEASED_BEFORE_RE = re.compile(
    r"\b(?:freed|free|frees|freeing|released|release|releases|releasing|swapped|swap|exchanged|exchange|returned|"
    r"handed[ \t]+over|repatriated)\b[^.;]*$",
    re.IGNORECASE,
)
#: A fact box's label that names a body of troops ("First contingent", "Garrison", "Second rotation"): its count is
#: of troops.
_FORCE_BODY_LABEL_WORDS = frozenset(
    {"contingent", "contingents", "garrison", "detachment", "rotation", "deployment", "strength"}
)
#: The source a fact box's label cites after its noun: "Troops in X in 2023, per the embassy", ", according to Y"
_LABEL_SOURCE_TAIL_RE = re.compile(r",[ \t]+(?:per|according[ \t]+to|citing|says?)[ \t].*$")
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
    r"[ \t]*(?:[-–•*][ \t]*)?(?P<label>[A-Z][\w/.'’, -]{1,60}?)(?P<note>[ \t]*\([^()\n]{1,80}\))?"
    # "Gurkha troops in Brunei, according to the MoD: 1,000": the label's source, set off before the colon
    r"(?:,[ \t]+according[ \t]+to[ \t]+[^:,;()\n]{1,60})?:[ \t]*[\"“‘']?"
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
#: Right before a bare number, "all" or "all of the": the whole of a group named before ("all three returned")
_ALL_OF_BEFORE_RE = re.compile(r"\ball[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?$", re.IGNORECASE)
#: A passive move right after a bare count: "about 1,200 had been moved", "300 were redeployed"
_MOVED_AFTER_RE = re.compile(
    r"[ \t]+(?:had|have|has|were|are)[ \t]+(?:(?:been|since|now|reportedly)[ \t]+){0,2}"
    r"(?:moved|sent|deployed|redeployed|transferred|relocated|shifted|dispatched)\b"
)
#: "The figure was raised from 900", "the total was revised down to": a count's earlier or later value
_FIGURE_CHANGED_BEFORE_RE = re.compile(
    r"\b(?:the|that|this|its)[ \t]+(?:official[ \t]+)?(?:figure|number|total|tally|count|estimate)[ \t]+"
    r"(?:was|has[ \t]+been|had[ \t]+been|is|were)?[ \t]*(?:raised|revised|increased|lowered|cut|reduced|adjusted|"
    r"updated)(?:[ \t]+(?:up|upward|upwards|down|downward))?[ \t]+(?:from|to)[ \t]+" + _COUNT_MODIFIER + "$",
    re.IGNORECASE,
)
#: A sentence opening on the change of the count given before: "That is down from ", "This was up from about "
_THAT_IS_CHANGE_RE = re.compile(
    r"(?:That|This)[ \t]+(?:is|was|would[ \t]+be)[ \t]+(?:up|down)[ \t]+from[ \t]+" + _COUNT_MODIFIER
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
# (``text.may_contain``)
_RESTATED_ANCHORS = (
    "put", "plac", "estimat", "figure", "number", "tally", "count", "total", "toll", "presence", "footprint", "strength"
)  # fmt: skip
_RESTATED_BEFORE_RE = re.compile(
    r"\b(?:(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)[ \t]+(?:it|the[ \t]+"
    # ("put the cumulative total sent to X since 2024 at": the quantity's adjective and participle phrase)
    r"(?:(?:cumulative|overall|combined|running)[ \t]+)?(?:figure|number|total|toll|tally|count)"
    r"(?:[ \t]+(?:sent|delivered|shipped|supplied|transferred)\b[^,;.]{0,40}?)?)[ \t]+at"
    r"|(?:a|the)[ \t]+(?:higher|lower|larger|smaller|bigger|"
    r"different|revised|new)[ \t]+(?:figure|estimate|number|tally|count)[ \t]+of"
    # "revised the figure upward from 600", "has lowered its estimate from": the count's earlier value
    r"|(?:revised|raised|lowered|adjusted|increased|reduced|cut)[ \t]+(?:the|its|their)[ \t]+(?:figure|number|total|"
    r"toll|tally|count|estimate)(?:[ \t]+(?:up|upward|upwards|down|downward))?[ \t]+from"
    # "The figure is up from 25 in 2030", "that tally was down from": the same count at an earlier time
    r"|(?:the|this|that|its)[ \t]+(?:figure|number|total|toll|tally|count|estimate)[ \t]+(?:is|was|has[ \t]+been)"
    r"[ \t]+(?:up|down)[ \t]+from"
    # "replaces a tally of 45 published in April": the earlier value the new count replaces
    r"|(?:replaces|replaced|replacing|supersedes|superseded|superseding)[ \t]+(?:a|an|the|its|their)[ \t]+"
    r"(?:(?:earlier|previous|prior|initial|old|older)[ \t]+)?(?:figure|estimate|number|tally|count|total)[ \t]+of"
    # 'the total for Latvia was stated as "between 400 and 500"': the count's value in another answer
    r"|(?:figure|estimate|number|tally|count|total)"
    r"(?:[ \t]+for[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?"
    r"[ \t]+(?:was|were|is|had[ \t]+been|has[ \t]+been)[ \t]+(?:given|stated|cited|reported)[ \t]+as"
    # "the ministry's latest public figure, released in May, was 300": a source's own value of the same count
    r"|(?:'s|’s|\bthe|\bits|\btheir)[ \t]+(?:(?:latest|last|public|official|own|previous|earlier|initial|new|"
    r"first|published)[ \t]+){0,3}(?:figure|estimate|tally|count)(?:[ \t]*,[^,;.\"“]{1,40},)?[ \t]+"
    r"(?:was|is|stood[ \t]+at|stands[ \t]+at)"
    # 'had described the current presence as "about 9,000"': the size of the force named before
    r"|(?:described|describes|describing|gave|given|cited)[ \t]+(?:the|its|their)[ \t]+(?:(?:current|overall|total|"
    r"military|troop)[ \t]+){0,2}(?:presence|footprint|strength)[ \t]+as)"
    r"[ \t]+[\"“]?" + _COUNT_MODIFIER + r"(?:between[ \t]+)?$",
    re.IGNORECASE,
)
#: "the 900 it had long given publicly", "the 900 the Pentagon had cited": a figure someone gave before
_CITED_AFTER_RE = re.compile(
    r"[ \t]+(?:[A-Za-z][\w.'’-]*[ \t]+){1,3}?(?:had[ \t]+|has[ \t]+)?(?:long[ \t]+|previously[ \t]+|"
    r"publicly[ \t]+)?(?:cited|given|reported|acknowledged|stated|claimed|disclosed|announced)\b"
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
    r"\b(?:interviews?[ \t]+with|interviewed|interviewing|spoke[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|"
    # "reported, citing three former conscripts, that": the people a report quotes
    r"citing|quoting)[ \t]+"
    r"(?:(?:about|some|nearly|around|more[ \t]+than|over|at[ \t]+least)[ \t]+)?$",
    re.IGNORECASE,
)
#: What ``_INTERVIEWED_BEFORE_RE`` (IGNORECASE) cannot match without (``may_contain``)
_INTERVIEWED_ANCHORS = ("interview", "spoke", "talked", "citing", "quoting")
#: "two retired generals who reviewed the files said": the people who read or told of the evidence, a report's sources
_WHO_REVIEWED_AFTER_RE = re.compile(
    r"[ \t]+who[ \t]+(?:(?:had|have|has)[ \t]+)?"
    r"(?:reviewed|examined|analysed|analyzed|studied|read|spoke|talked|told)\b"
)
_AMONG_BEFORE_RE = re.compile(r"\bamong[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
#: "including", "among them" right before a count: a share of the count named before it
#: "including some 600 who died", "among them 12 who were killed": a share of a count whose own verb is a loss
_WHO_LOST_AFTER_RE = re.compile(
    r"[ \t]+who[ \t]+(?:(?:had|have|has)[ \t]+)?(?:(?:been|were|was)[ \t]+)?"
    r"(?:died|killed|wounded|injured|captured|taken[ \t]+prisoner|missing)\b"
)
#: ", and in Burkina Faso about", "and in the Gulf": a place fronted before a bare count that continues the one before
_AND_IN_PLACE_BEFORE_RE = re.compile(
    r"(?:,|\band)[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},?[ \t]+"
    + _QUANT_TAIL
    + "$"
)
#: After a share of a count, the span of time it fell in: "in the past three months", "during the last year"
_TIME_SPAN_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:in|during|over|within)[ \t]+the[ \t]+(?:past|last|previous|first|latest)|(?:this|last)[ \t]+"
    r"(?:year|month|week|spring|summer|autumn|winter))\b"
)
_INCLUDING_BEFORE_RE = re.compile(r"\b(?:including|among[ \t]+them|among[ \t]+whom|of[ \t]+whom)[ \t]+$")
#: After a share of a count: "including some 1,500 who were deployed to X", "among them 300 who had been sent": a
#: share of the forces counted before, moved somewhere
_WHO_MOVED_AFTER_RE = re.compile(
    r"[ \t]+who[ \t]+(?:(?:had|have|has)[ \t]+)?(?:been|were|was|are)[ \t]+(?:later[ \t]+|then[ \t]+|since[ \t]+)?"
    r"(?:sent|deployed|stationed|based|posted|moved|flown|transferred|redeployed)\b"
)
#: After a bare number: "but some 650 remain in the Anbar province", "some 200 stayed at the base": forces left
#: behind at a place (read only in a sentence that names forces, "forces" among them, or counts them before)
_REMAIN_AT_AFTER_RE = re.compile(
    r"[ \t]+(?:remain|remained|stay|stayed|are[ \t]+still|were[ \t]+still)[ \t]+(?:in|at|on|near|around|inside)\b"
)
_SENTENCE_PART_END_RE = re.compile(r"[;:.]")
#: ": about" right before a bare count: a breakdown of the count before the colon ("... in the region: about 900 in A")
_COLON_SHARE_BEFORE_RE = re.compile(
    r":[ \t]+" + _QUANT_TAIL + "$",
    re.IGNORECASE,
)
#: "remain in Erbil", "are still at Camp X": a bare count's own verb, then a named place
_REMAIN_IN_NAMED_AFTER_RE = re.compile(
    r"[ \t]+(?:remain|remained|stay|stayed|are[ \t]+still|were[ \t]+still)[ \t]+(?:in|at|on)[ \t]+(?:the[ \t]+)?[A-Z]"
)
#: "arrived at the base this week on two transport planes", "were due to land at the airport on Sunday aboard two
#: A400Ms": the aircraft or ships that carried forces in
_CARRIED_ON_BEFORE_RE = re.compile(
    r"\b(?:arrived|arriving|arrive|arrives|flown|flew|fly|flies|flying|land|lands|landed|landing|airlifted|brought|"
    r"ferried|carried|transported)\b[^,;.]{0,80}?"
    r"\b(?:on|aboard|in)[ \t]+(?:board[ \t]+)?$"
)
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
#: "Their number has since grown to about 40": the size of the forces a plural pronoun refers back to
_THEIR_NUMBER_BEFORE_RE = re.compile(
    r"\b[Tt]heir[ \t]+(?:number|numbers|total|strength)[ \t]+(?:[a-z]+[ \t]+){0,5}?"
    r"(?:was|were|is|are|stood|peaked|rose|grew|fell|reached|climbed|dropped|at|to|of)[ \t]+"
    r"(?:[a-z]+[ \t]+){0,3}[\"“]?$"
)
_ORDINAL_SHARE_BEFORE_RE = re.compile(r"\b(?:the|its|their)[ \t]+(?:first|last|remaining)[ \t]+$", re.IGNORECASE)
#: "and found 24 armoured vehicles": what a search turned up
_FOUND_BEFORE_RE = re.compile(
    r"\b(?:found|discovered|uncovered|seized)[ \t]+"
    r"(?:(?:about|some|around|nearly|more[ \t]+than|at[ \t]+least)[ \t]+)?$"
)
_FOUND_WORDS = ("found", "discovered", "uncovered", "seized")
_NUMBER_WORD_START_RE = re.compile(
    r"[0-9]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b",
    re.IGNORECASE,
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
#: "foreign", or a region's adjective ("South Asian", "West African"): people of several states, no one state's (a
#: demonym inside, "Central African", "South African", is an actor's and found first)
_FOREIGN_RE = re.compile(
    r"\b(?:foreign|Foreign|(?:(?:South|Central|East|West|North|Southeast|South-East)[ \t-]?)?(?:Asian|African)|"
    r"European|Latin[ \t]+American)\b"
)
#: A new coordinated clause: a count after it is not the one a "number of" phrase before it names
_NEW_CLAUSE_RE = re.compile(r"[;]|,[ \t]+(?:and|but|while)\b|\band[ \t]+that\b")
#: The noun a ", N of whom" share hangs on: "lawmakers, 22 of whom"
_PEOPLE_BEFORE_RE = re.compile(
    r"\b([A-Za-z]+)[ \t]*(?:,|[ \t]-|–|—|\()[ \t]*(?:(?:about|some|at[ \t]+least|nearly)[ \t]+)?$"
)


#: A count in digits or words with the plural noun it counts: "17 suspected illicit transfers"
_COUNTED_PLURAL_RE = re.compile(
    r"\b(?P<n>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)"
    r"[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?P<noun>[a-z]{3,}s)\b(?![-'’])",
    re.IGNORECASE,
)


#: "civilian" between a count and its noun: the people counted are civilians ("300 civilian deaths")
_CIVILIAN_RE = re.compile(r"\bcivilians?\b", re.IGNORECASE)
#: "its earlier estimate of around 600": an older value of the count the sentence gave before
_EARLIER_ESTIMATE_RE = re.compile(
    r"\b(?:earlier|previous|prior|initial|original|former|last)[ \t]+(?:estimate|figure|count|tally|assessment)[ \t]+"
    r"of[ \t]+(?:(?:about|around|some|roughly|nearly|approximately|more[ \t]+than|over|at[ \t]+least|up[ \t]+to)"
    r"[ \t]+)?$",
    re.IGNORECASE,
)
#: a sentence that opens by summing up ("In total, some 6,000 North Koreans will take part")
_TOTAL_OPENING_RE = re.compile(r"[ \t]*(?:In[ \t]+total|In[ \t]+all|Altogether|All[ \t]+told|Overall),")
_WORKER_NOUNS = frozenset({"workers", "worker", "labourers", "laborers"})
#: After the counted people: they left to work abroad ("had gone abroad for work", "went overseas to find jobs")
_WORK_ABROAD_AFTER_RE = re.compile(
    r"[^;.]{0,40}?\b(?:gone|went|go|going|left|leave|leaving|moved|travelled|traveled)[ \t]+(?:abroad|overseas)[ \t]+"
    r"(?:for|to[ \t]+find|to[ \t]+look[ \t]+for|in[ \t]+search[ \t]+of)[ \t]+(?:work|jobs|employment)\b"
)
#: "16,000 cadets have graduated from it": trainees who passed through a school over the years, no force
_GRADUATED_AFTER_RE = re.compile(r"[ \t]+(?:(?:have|has|had)[ \t]+)?(?:(?:now|already|since)[ \t]+)?graduated\b")
#: "test-fired two cruise missiles": shots of a weapons test, no holding or delivery of the weapons
_TEST_FIRED_BEFORE_RE = re.compile(
    r"\btest(?:-|[ \t]+)(?:fired|fires|fire|firing|launched|launches|launch|launching)[ \t]+"
    r"(?:(?:about|some|around|up[ \t]+to|at[ \t]+least|more[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)
#: A bare toll ("recorded more than 10,000 fatalities") in a sentence about civilian deaths and no forces
_TOLL_NOUNS = frozenset({"fatalities", "deaths", "dead", "casualties"})
#: Words that refer back to whose losses a toll counts ("its 300 dead", "they suffered 40 deaths")
_PRONOUN_WORDS = frozenset({"its", "their", "it", "they", "his", "her", "he", "she", "our", "we"})
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
#: A plural noun closed by a participle that starts a reduced relative ("events involving", "attacks targeting").
_HEAD_THEN_PARTICIPLE_RE = re.compile(r"\b([a-z]+s)[ \t]+[a-z]+(?:ing|ed)\b")
#: A comma-enclosed aside right before a count ("and, by its own count, about 5,000").
_PARENTHETICAL_BEFORE_RE = re.compile(r",[ \t]+[a-z][^,;:.\d]{2,40},[ \t]*" + _QUANT_TAIL + "$")
#: Before a verb: a passive ("is being taken down, and fewer than 1,000"), whose "and" joins no second object.
_PASSIVE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: "has lost much of its leadership and about 5,000 fighters": a count joined to the verb's first object.
_AND_QUANT_BEFORE_RE = re.compile(r"[ \t]+and[ \t]*" + _QUANT_TAIL + "$")


#: A plural noun and "of" before a list of counts, up to the count at the end: "contingents of about 300 and "
_RESPECTIVE_HEAD_BEFORE_RE = re.compile(
    r"\b([a-z]+s)[ \t]+of[ \t]+(?:(?:about|around|roughly|some|nearly|almost|up[ \t]+to|more[ \t]+than|over|"
    r"at[ \t]+least|an[ \t]+estimated)[ \t]+)?(?:\d[\d,.]*(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)){0,4}$"
)
#: The rest of that list, then "respectively" in the same clause: "and 100 respectively", "respectively"
_UNTIL_RESPECTIVELY_RE = re.compile(r"[^.;:()]{0,60}?\brespectively\b")


#: "put their number at": the possessive pronoun before the estimated noun
_THEIR_BEFORE_RE = re.compile(r"\btheir[ \t]+$")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause of the number at ``pos`` starts (after the last clause break before it): most rules look
    back no further than their own clause."""
    clause_start = 0
    for cm in _CLAUSE_BREAK_RE.finditer(text, 0, pos):
        clause_start = cm.end()
    return clause_start


#: What ``FigureRules._counted_head`` finds a bare number counts: (noun, start, end, the actor bound to it).
CountedHead = tuple[str, int, int, ActorEntry | None]


#: Nouns of ships that "cruise" before them makes liners
_LINER_NOUNS = frozenset({"ships", "ship", "vessels", "liners"})
#: "carries " right before "up to N": a load limit ("can carry" and the like are spec cues)
_CARRIES_BEFORE_RE = re.compile(r"\bcarr(?:ies|y)[ \t]+$")
#: "... of its military sites, " before "four of them": the share's whole is the places a partitive named
_SITES_SHARE_BEFORE_RE = re.compile(
    r"\bof[ \t]+(?:its|their|the)[ \t]+(?:[\w-]+[ \t]+)?([a-z]+)\b(?:[ \t]+(?:under|in|on|across|since)\b[^,;.]{0,70})?"
    r"[ \t]*,[ \t]*$"
)


class BareNumberSigns(NamedTuple):
    """What the words around a bare number say of it (``FigureRules._bare_number_signs``), for the step that decides
    whether it counts forces and which."""

    continuation: bool  # it continues the count before it ("1,500 troops in A, and some 350 in B")
    counted: bool  # a verb, phrase or label before it counts forces, or it restates a figure
    restated_topic: str | None  # the topic of the figure it restates ("Kyiv put it at 7,500")
    label_topic: str | None  # what a fact box's label names ("Killed: about 2,000")


@trait
class FigureRules(FigureOwnerRules):
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
        """The claim a figure makes: whose forces it counts (the entry and its actor) and its topic; None when it
        counts no forces, or no one's.

        The rules are order-sensitive (the first that fires wins), so the steps run in the order they were written
        in: what the figure counts at all, what its topic is, whose forces they are, then the owner's corrections.
        Each step reads and fills ``FigureDraft`` and returns True when the figure makes no claim."""
        f = self._troops_of_branch(text, f)
        c = FigureDraft(text, f, mentions, st, has_force, earlier, f.topic, f.topic is None)
        if self._within_others_count(c) or self._noun_counts_no_forces(c):
            return None
        c.clause_start = _clause_start(text, f.number.start)
        if self._hypothetical_count(c):
            return None
        if self._make_up_of_kind(c):
            return None
        self._share_of_count(c)
        if self._topic_and_strength(c):
            return None
        if self._not_forces_by_topic(c):
            return None
        # whose forces the figure counts: each step looks where those before it found no owner (a few override one)
        if (
            self._owner_with_count(c)
            or self._owner_of_share(c)
            or self._owner_of_noun(c)
            or self._owner_named_before(c)
            or self._owner_acted_on(c)
            or self._owner_in_sentence(c)
            or self._owner_in_item(c)
        ):
            return None
        entry = c.entry
        if entry is None:
            return None
        entry = self._owner_as_contingent(c, entry)
        if self._not_one_owners_count(c, entry):
            return None
        found = self._owner_behind_count(c, entry)
        if found is None:
            return None
        return found, self._claim_actor(c, found), c.topic or "troops"

    def _troops_of_branch(self, text: str, f: FigureMatch) -> FigureMatch:
        """The figure as a count of troops when the equipment noun only names their branch: a claim counts the
        troops, and every later rule must see them as its noun."""
        cues = self.cues
        if (
            f.topic == "equipment"
            and (branch := _compound_head(text, f.unit_end, cues.personnel_nouns, cues.noun_topic)) is not None
        ):
            # "up to 2,500 artillery and rocket troops": the weapons name the troops' branch, the troops are counted
            f = replace(f, unit=branch[0], unit_start=branch[1], unit_end=branch[2], topic="troops")
        return f

    def _within_others_count(self, c: FigureDraft) -> bool:
        """True when the sentence frames the figure as no count of forces of its own: a rate, the make-up of a
        kind, a split of a count given before, rescued victims, a toll of others, people who spoke, a year.
        These need no noun, so they run first."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        topic = c.topic
        implied = c.implied
        cues = self.cues
        if cues.rate_after_re.match(text, f.unit_end):
            return True  # "92 soldiers a day": a rate, not a count
        if (
            # (a cheap gate: a match opens with "A ", "An ", "Any", "Each", "Every" in any case, or has a colon in its
            # first 41 characters)
            (text[:5].lower().startswith(_GENERIC_SPEC_STARTS) or ":" in text[:41])
            and (gs := _GENERIC_SPEC_RE.match(text)) is not None  # (anchored: scans a few dozen characters)
            and num.start >= gs.end()
            and not any(m.end <= gs.end() for m in mentions)
        ):
            return True  # "A THAAD battery has six launchers and 48 interceptors": the make-up of a kind
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
            return True  # "Of the five peacekeepers wounded, three have returned": a split of a count given
        if "rescu" in text and _RESCUED_BEFORE_RE.search(text, max(0, num.start - 30), num.start):
            return True  # "police rescued 22 young men from a house": victims, not forces
        among = may_contain(text, ("among",))  # what the two "among" patterns below cannot match without
        if (
            among
            and (implied or topic == "casualties")
            and _AMONG_BEFORE_RE.search(text, max(0, num.start - 12), num.start)
            and not (implied and _DEPLOYED_AFTER_RE.match(text, num.end))
        ):
            return True  # "one peacekeeper was among more than 50 people killed": a toll of others with him
        if (
            implied
            and (ot := _OF_THEM_RE.match(text, num.end)) is not None
            and (sv := _WORD_RE.match(text.lower(), ot.end() + 1)) is not None
            and sv.group(0) in _SPEAKING_VERBS
        ):
            return True  # "Two of them told reporters": people who spoke, not a count of forces
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
            return True  # "the deaths of eight of its soldiers, among them two pilots": a share of a count given
        if (  # noqa: SIM103 (each rule stays a test of its own, in its order)
            f.unit
            and _YEAR_LIKE_RE.fullmatch(num.text)
            and _DEFINITE_BEFORE_RE.search(text, max(0, num.start - 8), num.start)
            and text[num.end : f.unit_start].strip()
        ):
            return True  # "after the 2010 earthquake Brazil raised its force": a year, not a count
        return False

    def _noun_counts_no_forces(self, c: FigureDraft) -> bool:
        """True when what the figure counts is no force of anyone's: mines cleared, ships inspected or their
        cargo, civil craft, civilians, named states, several states' ships, formations, bases, countries, events."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        topic = c.topic
        has_force = c.has_force
        cues = self.cues
        if f.unit.lower() in cues.mine_nouns and cues.mine_clearance_re.search(text, max(0, num.start - 40), num.start):
            return True  # "has removed more than 3,000 mines": explosives cleared or laid, no one's equipment
        if (
            topic in ("troops", None)
            and ("abroad" in text or "overseas" in text)
            and _WORK_ABROAD_AFTER_RE.match(text, f.unit_end) is not None
            and not ("recruit" in text or "enlist" in text or "fight" in text)
        ):
            return True  # "60 of the village's men have gone abroad for work": migrant workers, no forces
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
            return True
        if "graduat" in text and _GRADUATED_AFTER_RE.match(text, f.unit_end):
            return True  # "more than 5,000 officers have graduated from the academy": trainees, no force
        if may_contain(text, ("test",)) and _TEST_FIRED_BEFORE_RE.search(text, max(0, num.start - 40), num.start):
            return True  # "test-fired three ballistic missiles": a weapons test's shots
        if topic == "equipment" and _CARRIED_ON_BEFORE_RE.search(text, max(0, num.start - 120), num.start):
            return True  # "arrived at the base on two Il-76 transport planes": what carried the forces in
        if topic == "equipment" and _CIVIL_CRAFT_RE.search(text, num.end, f.unit_start):
            return True  # "two chartered aircraft", "a commercial flight": civil transport, no military equipment
        if topic == "equipment" and f.unit.lower() in _LINER_NOUNS and "cruise" in text[num.end : f.unit_start]:
            return True  # "41 cruise ships had called at the port": liners (not "40 cruise missiles")
        if (
            "ivilian" in text
            and (topic == "casualties" or f.unit.lower() in _WORKER_NOUNS)
            and _CIVILIAN_RE.search(text, num.end, f.unit_start)
        ):
            # "more than 300 civilian deaths", "2,000 civilian workers": civilians are counted, no forces (but "170
            # civilian instructors" sent by a state are its personnel)
            return True
        if (
            "ivilian" in text
            and not has_force
            and f.unit.lower() in _TOLL_NOUNS
            and _CIVILIAN_TOLL_RE.search(text) is not None
        ):
            # "Civilian deaths in the Sahel rose by a third, according to ACLED, which recorded more than 10,000
            # fatalities": a toll of a sentence about civilians that names no forces counts no forces' losses
            return True
        if (
            not mentions
            and not has_force
            and f.unit.lower() in ("deaths", "fatalities")
            and _PRONOUN_WORDS.isdisjoint(_words(text[: f.unit_end]))
        ):
            # "The monitor has counted more than 9,000 reported deaths since 2031": a war's toll that names no one
            # whose losses they are is nobody's ("about 600 dead", "6,000 casualties" still count the item's forces)
            return True
        if _NAMED_LIST_AFTER_RE.match(text, f.unit_end) and not _OF_THEM_RE.match(text, num.end):
            return True  # "three of its members - Mali, Burkina Faso and Niger": named states are counted
        if f.unit and _FOREIGN_RE.search(text, num.end, f.unit_start) and not any(
            num.end <= m.start < f.unit_start for m in mentions
        ):
            # "between eight and ten foreign warships", "40 Central Asian recruits": several states' together, no one's
            return True
        if f.unit.lower() == "forces" and num.value < 10 and num.low is None and num.high is None:
            return True  # "the two forces now share a base", "three forces took part": formations are counted
        if f.unit and self._non_force_head(text, f):
            return True  # "40 escort task forces", "100 military bases": units or places are counted
        if (
            not f.unit
            and text.startswith(" of them", num.end)
            and (sb := _SITES_SHARE_BEFORE_RE.search(text, max(0, num.start - 130), num.start)) is not None
            and sb.group(1) in cues.non_force_heads
        ):
            return True  # "six of its airfields, two of them opened in 2022": a share of the places just named
        if f.unit and (fw := _WORD_RE.match(text.lower(), num.end + 1)) is not None and fw.end() <= f.unit_start and (
            fw.group(0) in cues.non_force_heads
        ):
            return True  # "about 30 countries contribute troops": the countries are counted, the noun is theirs
        if f.unit and " members " in text and _MEMBERS_SUPPLY_RE.search(text, num.end, f.unit_start) is not None:
            return True  # "Five smaller members send only officers": member states of an alliance are counted
        if (
            not f.unit
            and text.startswith(" each", num.end)
            and _STATES_COUNTED_BEFORE_RE.search(text, max(0, num.start - 80), num.start) is not None
        ):
            return True  # "Three other countries send about 200 each": one count for each of several unnamed states
        if (
            f.unit
            and f.unit_start - num.end > 12
            and (hm := _HEAD_THEN_PARTICIPLE_RE.search(text, num.end, f.unit_start)) is not None
            and hm.group(1).lower() in cues.non_force_heads
        ):
            return True  # "12 violence events involving Kenyan forces": the events are counted, not the forces
        if (  # noqa: SIM103 (each rule stays a test of its own, in its order)
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
                and may_contain(text[max(0, num.start - 70) : num.start], ("number", "total", "count"))
                and _FORCE_NUMBERS_BEFORE_RE.search(text, max(0, num.start - 70), num.start)
            )
        ):
            return True  # "5,000 civilians", "48 operating bases", "the three Baltic states": no forces counted
        return False

    def _hypothetical_count(self, c: FigureDraft) -> bool:
        """True when the count is a hypothesis, not a claim: inside a condition ("even if they sent 30,000 men"),
        or after a modal of possibility in a sentence that sets a condition ("if ordered, we could put 10,000
        troops there"). A bare "could send up to 3,000" is a reported prospect and stays a claim."""
        text = c.text
        cues = self.cues
        if not may_contain(text, cues.conditional_anchors):  # (a cheap gate: both patterns need one)
            return False
        num = c.f.number
        start = max(c.clause_start, num.start - 90)
        if cues.conditional_before_re.search(text, start, num.start):
            return True
        modal = cues.conditional_modal_before_re.search(text, start, num.start)
        return bool(modal and cues.conditional_re.search(text))

    def _make_up_of_kind(self, c: FigureDraft) -> bool:
        """True when the clause gives the make-up or capacity of a kind ("a battery consists of six launchers",
        "room for 10,000 troops"), not a strength some actor fields; a usual strength of a force named and a
        force "kept at" a size are strengths."""
        text = c.text
        num = c.f.number
        topic = c.topic
        clause_start = c.clause_start
        cues = self.cues
        spec_from = max(clause_start, num.start - 60)
        if ("inventory" in text or "fleet" in text) and _HOLDINGS_AFTER_RE.match(text, c.f.unit_end):
            return True  # "only 12 of the tankers in its fleet": a force's whole stock of a type, not a deployment
        sp = (
            cues.spec_re.search(text, spec_from, num.start)
            if may_contain(text[spec_from : num.start], cues.spec_anchors)  # (a cheap gate)
            else None
        )
        if (
            sp is None
            and topic == "equipment"
            and c.f.unit.lower() in cues.munition_nouns
            and text.startswith("up to ", num.start)
        ):
            # "a Mohajer-6 ... carries up to four guided munitions": the most a weapon can carry, a specification
            # (not "the ship carries up to 2,000 Marines", "the group will carry up to 24 jets": what deployed)
            sp = _CARRIES_BEFORE_RE.search(text, spec_from, num.start)
        if sp is not None and not (  # noqa: SIM103 (each rule stays a test of its own, in its order)
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
        ) and not (
            # "the camp is thought to house some 400 troops": an estimate of who is there, not what it can hold
            sp.group(0).lower() == "to house"
            and _ESTIMATED_BEFORE_RE.search(text, max(0, sp.start() - 16), sp.start()) is not None
        ):
            return True  # "a battery consists of six launchers", "room for 10,000 troops": no forces counted
        return False

    def _share_of_count(self, c: FigureDraft) -> None:
        """Whether "N of them" counts a share of the forces counted last (``share_of_last``) or of forces the
        sentence named before its subject's (``named_share``): the owner rules take the share's owner from there."""
        text = c.text
        num = c.f.number
        mentions = c.mentions
        st = c.st
        earlier = c.earlier
        implied = c.implied
        cues = self.cues
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
                or (
                    # "Seoul sent 5,000 troops. ... Two years on, about 900 of those soldiers had been killed": a
                    # demonstrative points back to the forces counted last, a sentence or two before
                    st.figure_entry is not None
                    and st.figure_sentence >= st.sentence_no - 2
                    and _OF_THOSE_RE.match(text, num.end) is not None
                )
            )
        )
        # "North Korean troops joined the assault, and Ukrainian soldiers took two of them prisoner": with no count
        # of them before, the forces named before the clause whose subject takes them
        named_share = None
        if of_them and not earlier and not share_of_last:
            named_share = self._named_share(text, num.start, mentions, st)
        c.share_of_last = share_of_last
        c.named_share = named_share

    def _topic_and_strength(self, c: FigureDraft) -> bool:
        """The topic of the figure, and the owner when a strength clause names it: a force's strength changed or
        "put at" a number, "bringing to two the number of ...", "about 340 strong"; a number with no noun of its own
        goes to ``_bare_number_topic``; troops killed, wounded or held are casualties. The owner rules need the
        topic, and the strength clause's owner outranks theirs. True when it counts no forces."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        st = c.st
        earlier = c.earlier
        clause_start = c.clause_start
        topic = c.topic
        implied = c.implied
        head_entry_found = c.head_entry_found
        cues = self.cues
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
        if (
            sc_owner is None
            and implied
            and mentions
            and text.endswith("to ", 0, num.start)
            and (bf := _BRING_FORCES_TO_RE.search(text, max(clause_start, num.start - 120), num.start)) is not None
        ):
            # "The orders will raise British troops in the area to just over 9,000": the named forces' new strength
            sc_owner = next(
                (m.entry for m in mentions if bf.start("noun") <= m.start < bf.end("noun") and not m.possessive), None
            )
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
            and contains_spaced(text[max(0, num.start - 24) : num.start], (" at ",))
            and (la := _FORCE_LEVEL_AT_RE.search(text, max(clause_start, num.start - 120), num.start)) is not None
        ):
            # "Our force in Chad stays at some 1,000": the force's strength; its owner is the name
            # before the noun, else whose forces the sentence or item speaks of (the owner steps)
            head_entry_found = self._strength_owner(text, la.start("noun"), num.start, mentions, st)
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
            k = next((k for k, w in enumerate(window) if w in cues.noun_topic), len(window))
            if not cues.non_force_heads.isdisjoint(window[:k]):
                return True  # "raises to 13 the number of bases open to its forces": the bases are counted
            noun = window[k] if k < len(window) else None
            topic = cues.noun_topic[noun] if noun else (earlier[-1][2] if earlier else st.last_topic or "troops")
            implied = False
            if topic == "troops" and set(window) & cues.casualty_words:
                topic = "casualties"
        elif (
            implied
            and (_STRONG_AFTER_RE.match(text, num.end) or num.text.endswith("-strong"))
            and _STRONG_HEAD_RE.search(text, max(clause_start - 2, num.start - 70, 0), num.start)
        ):
            topic = "troops"  # "Ireland's 121st Infantry Battalion, about 340 strong": its men are counted
            implied = False
        elif implied:
            return self._bare_number_topic(c)
        elif topic == "troops" and (
            self._casualty(text, f)
            # "Ukraine holds nine North Korean soldiers": another side's captives
            or ("hold" in text and self._held_captive(text, f, mentions))
        ):
            topic = "casualties"
        c.topic = topic
        c.implied = implied
        c.head_entry_found = head_entry_found
        return False

    def _restated_all(self, c: FigureDraft) -> bool:
        """ "Four medics were hurt ...; all four were treated on base": "all" before a bare number after a
        count in its sentence refers back to the ones counted, no new count."""
        start = c.f.number.start
        return bool(c.earlier) and _ALL_OF_BEFORE_RE.search(c.text, max(0, start - 12), start) is not None

    def _bare_number_topic(self, c: FigureDraft) -> bool:
        """What a number with no noun of its own counts when a noun stands around it: after "of" ("six of the B-2
        bombers", "the first six of 36 CAESAR howitzers"), before it ("Of the aircraft, 35 ..."), a list's plural
        ("respectively"), "120 of each system"; else ``_share_or_head_topic`` looks further. True when the number
        counts something that is no force (a year, "18 incidents", "two U.S. officials", "three launch positions")."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        st = c.st
        topic = c.topic
        implied = c.implied
        if "all" in text[max(0, num.start - 12) : num.start] and self._restated_all(c):
            return True
        owner_pronoun = False
        cues = self.cues
        if _YEAR_LIKE_RE.fullmatch(num.text):
            return True  # "the 2023 referendum": a year, not a count
        nw = _PLURAL_AFTER_RE.match(text, num.end)
        if (
            nw is not None
            and nw.group(1) not in _NOT_COUNTED_PLURALS
            # ("a detachment of up to 200 guards the president": a verb with its object, not a plural noun)
            and not _OBJECT_DET_RE.match(text, nw.end())
        ):
            return True  # "the navy responded to 18 incidents": the plural noun after it is what is counted
        if (
            text.startswith(" ", num.end)
            and text[num.end + 1 : num.end + 2].isupper()
            and (cw := _NAMED_PLURAL_AFTER_RE.match(text, num.end)) is not None
            and cw.group(1) not in _NOT_COUNTED_PLURALS
            and cw.group(1) not in cues.noun_topic
        ):
            return True  # "the two Sahel juntas", "two Gulf monarchies": a name, then the plural counted
        people_of = next((m for m in mentions if num.end < m.start <= num.end + 2), None)
        if (
            people_of is not None
            and (pw := _PLURAL_AFTER_RE.match(text, people_of.end)) is not None
            and pw.group(1) in cues.non_force_people
        ):
            return True  # "according to two U.S. officials": the state's people who speak, no forces
        part = _PARTITIVE_RE.match(text, num.end)
        unit = find_unit(text, part.end()) if part else None
        if (
            part is not None
            and unit is None
            and (hw := _words(text[part.end() : part.end() + 30])[:2])
            and (hw[0] in cues.non_force_heads or (len(hw) > 1 and hw[1] in cues.non_force_heads))
        ):
            return True  # "hit three of their launch positions": the places are counted, not forces
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
                return True  # "Two of its crew were released": the crew of no warship named in the paragraph
            topic = whole_topic or noun_topic(noun)
            f = replace(f, unit=noun, unit_start=us, unit_end=ue, topic=topic)
            implied = False
            owner_pronoun = part.group(1).lower() in ("its", "their", "his", "her", "our")
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
                return True
            implied = False
        else:
            return self._share_or_head_topic(c)
        c.f = f
        c.topic = topic
        c.implied = implied
        c.owner_pronoun = owner_pronoun
        return False

    def _share_or_head_topic(self, c: FigureDraft) -> bool:
        """What a bare number counts when no noun stands around it: an actor's share of a count given ("the British
        share set at up to 7,000", "India, with about 1,100", "followed by Italy with about 1,000"), or the head of a
        noun phrase elsewhere ("the number of X fighters ... has reached 8,000"); it also gives their owner. Else the
        words around it decide (``_bare_number_signs``, ``_bare_number_count``). True when it counts no forces."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        st = c.st
        earlier = c.earlier
        has_force = c.has_force
        clause_start = c.clause_start
        topic = c.topic
        implied = c.implied
        head_entry_found = c.head_entry_found
        share_of_last = c.share_of_last
        named_share = c.named_share
        cues = self.cues
        if (
            (total_to := _TOTAL_TO_RE.search(text, max(clause_start, num.start - 120), num.start)) is not None
            and (of_m := _COUNT_OF_RE.search(total_to.group(0))) is not None
            and not cues.non_force_heads.isdisjoint(_words(total_to.group(0)[of_m.end() :]))
        ):
            return True  # "bringing the number of its bases in the north to 43": places are counted, not forces
        if (earlier or has_force) and (so := self._share_owner(text, num.start, mentions)) is not None:
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
                text, num.start, num.end, mentions, earlier, follows_count=st.figure_sentence >= st.sentence_no - 1
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
            signs = self._bare_number_signs(c)
            return signs is None or self._bare_number_count(c, signs)
        c.f = f
        c.topic = topic
        c.implied = implied
        c.head_entry_found = head_entry_found
        return False

    def _bare_number_signs(self, c: FigureDraft) -> BareNumberSigns | None:
        """What the words around a bare number say of it: whether it continues the count before it, restates a
        figure given before (whose owner it takes), is a fact box's line, or follows a verb or phrase that counts
        forces ("number", "kept ... there", "hosts", "grown from"). None when it is the earlier count of something
        the clause counted before that was no force ("down from 23 in 2025")."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        st = c.st
        earlier = c.earlier
        clause_start = c.clause_start
        head_entry_found = c.head_entry_found
        cues = self.cues
        label_topic: str | None = None
        label_line = False
        # "1,500 troops in A, and some 350 in B": a bare number continues the count before it
        continuation = bool(
            earlier
            and _AND_BEFORE_RE.search(text, max(0, num.start - 12), num.start)
            and _IN_PLACE_AFTER_RE.match(text, num.end)
        ) or bool(
            # "In A the corps has 1,500 troops, and in B about 350": the same, its place fronted
            earlier
            and "in" in text[max(0, num.start - 50) : num.start]  # (a cheap gate: the pattern needs it)
            and _AND_IN_PLACE_BEFORE_RE.search(text, max(0, num.start - 50), num.start)
        ) or bool(
            # "3,000-3,500 troops in the region: about 1,200 in A, ...": the count before, broken down by place
            earlier
            and ":" in text[max(0, num.start - 24) : num.start]
            and _COLON_SHARE_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
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
            # "300 drones since 2030, including 80 in the past three months": a share of the count before, by time
            earlier
            and _INCLUDING_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
            and _TIME_SPAN_AFTER_RE.match(text, num.end)
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
            and _RESTATED_BEFORE_RE.search(text, max(0, num.start - 100), num.start) is not None
        ) or (
            # "That is down from about 2,100 in May": a sentence that opens on the change of the count just given
            text.startswith(("That ", "This "))
            and _THAT_IS_CHANGE_RE.fullmatch(text, 0, num.start) is not None
        ):
            if earlier:
                restated_topic = earlier[-1][2]
                if head_entry_found is None:
                    head_entry_found = earlier[-1][0]
            # (or two sentences before, with no figure between: "41 were killed, a monitor said. Its count covers
            # 11 incidents. The new figure of 41 replaces a tally of 44")
            elif st.figure_sentence >= st.sentence_no - 2 and st.last_topic is not None:
                restated_topic = st.last_topic
                if head_entry_found is None:
                    head_entry_found = st.figure_entry
        if (
            restated_topic is None
            and st.count_question is not None
            and st.count_question[0] == st.sentence_no - 1
            and not text[:num.start].strip()
        ):
            # "How many Ghanaian troops serve abroad? / About 2,800, the army said.": the answer's opening count
            # counts the question's noun
            restated_topic = st.count_question[1]
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
            # "The largest detachments are: Italy in Hungary, 1,300; Spain in Slovakia, 900": an entry of a list of
            # forces, each a name, its place and its count
            "," in text  # (a cheap gate: an entry's count follows a comma)
            and (le := _LIST_ENTRY_BEFORE_RE.search(text, max(0, num.start - 90), num.start)) is not None
            and (
                _FORCE_LIST_HEAD_RE.search(text, max(0, le.start() - 160), le.start() + 1)
                # (a later entry, read as its own clause after the one that counted troops)
                or (le.start() == 0 and st.figure_sentence == st.sentence_no and st.last_topic == "troops")
            )
        ) or bool(
            # "The contingents in X are: Italy 900; Spain 400": an entry of a list of forces, a name and its count
            ";" in text  # (a cheap gate: such a list runs on semicolons)
            and _ENTRY_END_AFTER_RE.match(text, num.end) is not None
            and (ne := _NAME_COUNT_ENTRY_BEFORE_RE.search(text, max(0, num.start - 60), num.start)) is not None
            and _FORCE_LIST_ARE_HEAD_RE.search(text, max(0, ne.start() - 160), ne.start() + 4) is not None
        ) or bool(
            # "fighting for Russia, among them about 1,500 from Nepal": a share of the forces named before
            text.startswith(" from ", num.end)
            and _AMONG_THEM_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
            and any(m.start == num.end + 6 for m in mentions)
        ) or bool(
            # "will keep about 200 there", "it had about 4,000 there": forces held at a place named before
            _HOLD_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
            and _THERE_AFTER_RE.match(text, num.end)
        ) or bool(
            # "is pulling its soldiers out of A but will keep some 900 in the eastern B province": forces the clause
            # named, held at a place
            c.has_force
            and _KEEP_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
            and _IN_NAMED_PLACE_AFTER_RE.match(text, num.end)
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
            # "another 2,400 marines were flown out, including some 700 who were posted to X": a share of the forces
            # counted before
            earlier
            and _INCLUDING_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
            and _WHO_MOVED_AFTER_RE.match(text, num.end)
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
        ) or bool(
            # "the garrison there now counts about 3,000 people": a force's strength told in people
            ("counts" in text or "counted" in text)
            and _PEOPLE_AFTER_RE.match(text, num.end)
            and _FORCE_NUMBERS_BEFORE_RE.search(text, max(0, num.start - 70), num.start)
        ) or restates or restated_topic is not None

        if nv is not None and nv.group("subj"):
            # "its armed forces number about 22,000": the subject names what is counted (a whole force,
            # not a share of one placed before)
            f = replace(f, unit=nv.group("subj"), unit_start=nv.start("subj"), unit_end=nv.end("subj"))
        c.f = f
        c.head_entry_found = head_entry_found
        c.label_line = label_line
        return BareNumberSigns(continuation, counted, restated_topic, label_topic)

    def _bare_number_count(self, c: FigureDraft, signs: BareNumberSigns) -> bool:
        """Whether a bare number that nothing names a noun for counts forces, and which topic: what the signs say,
        a total or change of the count before, "more", "the first four", "another", the clause's subject, a
        casualty word. True when nothing says it counts forces, or it counts seats or lawmakers."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        st = c.st
        earlier = c.earlier
        has_force = c.has_force
        clause_start = c.clause_start
        topic = c.topic
        head_entry_found = c.head_entry_found
        cues = self.cues
        continuation, counted, restated_topic, label_topic = signs
        if not continuation and not counted and not is_implied_subject(text, f):
            return True
        # "and about 300 are still serving with X": a bare number whose own verb places forces
        serving = _SERVING_AFTER_RE.match(text, num.end) is not None or (
            # "Italian forces quit Herat, but some 400 stayed in the west": the forces left behind there
            _REMAIN_AT_AFTER_RE.match(text, num.end) is not None
            and (has_force or bool(earlier) or not cues.force_nouns.isdisjoint(_words(text)))
        ) or (
            # "U.S. forces left two bases. About 900 remain in X": the sentence opens with the count of the forces
            # the sentence before named, left behind at a named place
            st.plural_topic == "troops"
            and not text[: num.start].strip()
            and _REMAIN_IN_NAMED_AFTER_RE.match(text, num.end) is not None
        )
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
        their = "heir" in text and _THEIR_NUMBER_BEFORE_RE.search(text, max(0, num.start - 70), num.start) is not None
        if ref is None and their and not earlier:
            ref = st.plural_topic  # "Turkish drones reached X. Their number has grown to 40": the plural before
        strong = (
            continuation
            or _MORE_RE.match(text, num.end)
            # "The first four are due to arrive in Nigeria": a share of what the item counted last
            or _ORDINAL_SHARE_BEFORE_RE.search(text, max(0, num.start - 24), num.start)
            or _ANOTHER_RE.search(text, max(0, num.start - 16), num.start)
            or _OF_THEM_RE.match(text, num.end)  # "300 of them": forces counted before
            or their
            or (
                # "... 6,000 Rwandan troops are in Congo. Kinshasa said some 900 had since been sent to X": a bare
                # count moved right after a count of troops is of those troops
                st.last_topic == "troops"
                and st.figure_sentence >= st.sentence_no - 1
                and _MOVED_AFTER_RE.match(text, num.end) is not None
            )
        )
        casualty = self._casualty(text, f)
        if ref is None and not has_force and not strong and not casualty:
            return True
        cb = _COUNT_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
        if cb and _OF_THEM_RE.match(text, num.end) and cb.group(1).lower() not in cues.noun_topic:
            return True  # "the chamber has 100 seats, 53 of them": seats are counted, not forces
        pb = _PEOPLE_BEFORE_RE.search(text, max(0, num.start - 30), num.start)
        if pb and _OF_THEM_RE.match(text, num.end) and pb.group(1).lower() in cues.non_force_people:
            return True  # "opposition lawmakers, 22 of whom signed": people who are no forces
        if _OF_THEM_RE.match(text, num.end) and not earlier:
            before_words = _words(text[: num.start])
            ships = [w for w in before_words if w in cues.noun_topic and w.endswith("s")]
            if ships and ships[-1] in _PLAIN_SHIP_NOUNS and not cues.civil_ship_words.isdisjoint(before_words):
                return True  # "attacked 100 merchant ships, sinking four of them": civilian ships hit, no forces
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
        if ref is None and earlier and strong:
            # "had received 40 howitzers, and a further 20 were due in May": more of what the sentence counted
            ref = earlier[-1][2]
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
        c.topic = topic
        c.head_entry_found = head_entry_found
        return False

    def _not_forces_by_topic(self, c: FigureDraft) -> bool:
        """True when, its topic known, the figure still counts no forces: a toll of unrest, what carried the forces,
        member states, a report's sources, possessors, prisoners released, people described by age or named before,
        a whole of several nations, a combined count. (Prisoners recruited are troops, not losses.)"""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        st = c.st
        clause_start = c.clause_start
        topic = c.topic
        implied = c.implied
        cues = self.cues
        if topic == "casualties" and (implied or f.unit.lower() not in cues.force_nouns) and self._unrest_toll(
            text, clause_start, f
        ):
            return True  # "the death toll from the unrest rose to 225": people died, not forces
        if _ABOARD_BEFORE_RE.search(text, max(0, num.start - 16), num.start):
            return True  # "landed aboard two Russian air force Il-76 transport planes": what carried the forces
        if _MEMBERS_OF_AFTER_RE.match(text, num.end):
            return True  # "the two other members of the Alliance of Sahel States": member states, no forces
        if may_contain(text, _INTERVIEWED_ANCHORS) and _INTERVIEWED_BEFORE_RE.search(
            text, max(0, num.start - 40), num.start
        ):
            return True  # "citing interviews with three of the men", "spoke to 20 soldiers": a report's sources
        if "who" in text and _WHO_REVIEWED_AFTER_RE.match(text, f.unit_end):
            return True  # "two retired colonels who reviewed the files": a report's sources, no forces
        if _PLURAL_POSSESSIVE_AFTER_RE.match(text, num.end):
            return True  # "the two rivals' forces": the number counts the possessors, not forces
        if f.unit.lower() in ("prisoners", "prisoner", "pows") and _RELEASED_BEFORE_RE.search(
            text, max(0, num.start - 40), num.start
        ):
            return True  # "Israel freed nearly 2,000 Palestinian prisoners", "swapped 150 POWs": a release, no loss
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
            return True  # "detained three men aged 20 to 30": people described by their ages, not forces
        if f.unit in ("men", "women") and num.value <= 4 and _DEFINITE_BEFORE_RE.search(text, 0, num.start):
            return True  # "the two men travelled on to Kyiv": people named before, not a count of forces
        if (
            topic == "troops"
            and f.unit
            and _AGED_AFTER_RE.match(text, f.unit_end)
            and _DEFINITE_BEFORE_RE.search(text, max(0, num.start - 8), num.start)
        ):
            # "The three soldiers, aged 46, 24 and 23, served with": the people counted before, described (but "the
            # four wounded soldiers, aged 22, 25, ..." counts the losses it names)
            return True
        if _OF_THE_WHOLE_BEFORE_RE.match(text, 0, num.start) and _SHARE_ARE_DEMONYM_RE.search(text, num.end):
            return True  # "Of the 2,500 personnel in the group, 1,600 are British": a whole of several nations
        if any(a in text for a in _COMBINED_ANCHORS) and _COMBINED_SUBJECT_RE.search(text, clause_start, num.start):
            return True  # "together the four countries have 2,200 personnel there": a combined count
        if (
            "ogether" in text
            and (tl := _TOGETHER_LIST_RE.search(text, clause_start, num.start)) is not None
            and len({m.entry.actor.code for m in mentions
                     if tl.start() <= m.start < tl.end() and m.entry.actor.kind == "state"}) > 1
        ):  # fmt: skip
            return True  # "Together, Chile, Peru and Brazil have 3,000 soldiers abroad": several states' forces
        if (
            f.unit
            and (" both " in text or " two " in text)
            and _FROM_BOTH_SIDES_AFTER_RE.match(text, f.unit_end) is not None
        ):
            return True  # "about 40 ships and 90 aircraft from both navies": two sides' forces together
        if (
            f.unit
            and any(a in text for a in _FROM_MANY_STATES_ANCHORS)
            and _FROM_MANY_STATES_AFTER_RE.match(text, f.unit_end) is not None
            and all(
                m.entry.actor.kind == "state" or _FORMATION_AFTER_RE.match(text, m.end) is not None
                for m in mentions
                if m.start < num.start
            )
        ):
            # "the mission, which has 9,000 troops drawn from six countries": many states' forces together (a
            # mission or alliance named as the owner keeps its own total)
            return True
        if (
            "joint" in text
            and (jc := _JOINT_OF_PAIR_BEFORE_RE.search(text, max(clause_start, num.start - 160), num.start)) is not None
            and len({m.entry.actor.code for m in mentions if jc.start() <= m.start < jc.end()}) > 1
        ):
            return True  # "A joint patrol of Chadian soldiers and French legionnaires, about 25 trucks,": both sides'
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
                        return True
        c.topic = topic
        return False

    def _put_at_owner(
        self, text: str, pa: re.Match[str], pos: int, mentions: list[ActorMention], st: State
    ) -> ActorEntry | None:
        """Whose force a "put/kept ... at N" sizes: the name right before the force noun ("the North Korean force",
        "its contingent"), else the item's focus for "the overall/total contingent"."""
        name = next(n for n in ("noun", "noun2", "noun3") if pa.group(n))
        noun_at = pa.start(name)
        if pa.group(name) in ("strength", "numbers"):
            # (only a name before "strength": "put its strength at" is left to the rules that resolve "its")
            owner = next(
                (m.entry for m in reversed(mentions)
                 if m.end <= noun_at and _POSSESSIVE_GAP_RE.fullmatch(text, m.end, noun_at)),
                None,
            )  # fmt: skip
        else:
            owner = self._strength_owner(text, noun_at, pos, mentions, st)
        if owner is None and "corps" in text and _THE_CORPS_POSSESSIVE_RE.search(text, max(0, noun_at - 24), noun_at):
            # "estimated the corps' total strength at 2,000": the group named before whose name ends in "Corps"
            owner = st.last_corps()
        if owner is None and pa.group("whole") and st.focus is not None:
            owner = st.focus
        return owner

    def _strength_owner(
        self, text: str, noun_start: int, pos: int, mentions: list[ActorMention], st: State
    ) -> ActorEntry | None:
        """Whose strength changed: the name right before "strength" / "troop numbers", else the antecedent of
        "its" (the mission named before when the sentence names none)."""
        for m in reversed(mentions):
            if m.end <= noun_start and _POSSESSIVE_GAP_RE.fullmatch(text, m.end, noun_start):
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
    ) -> CountedHead | None:
        """What a bare number counts when a noun phrase elsewhere names it: the head of "the number of X
        fighters" earlier in the clause, a force's new total ("bring EUFOR's strength to about 1,100"), or a
        plural demonym right after it ("four Nepalis were captured").
        Returns (noun, start, end, the actor bound to it). The places are tried in this order, the first that names a
        noun wins."""
        return (
            self._number_of_head(text, f, clause_start, mentions)
            or self._apposed_head(text, f, mentions)
            or self._sized_force_head(text, f, clause_start, mentions)
            or self._demonym_head(text, f, mentions, after_count)
        )

    def _number_of_head(
        self, text: str, f: FigureMatch, clause_start: int, mentions: list[ActorMention]
    ) -> CountedHead | None:
        """The head of "the number of X fighters" (or "deliveries of ...") earlier in the clause, or in an earlier
        clause that "it" restates: the noun counted, with the actor named in it."""
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
                    if noun is None and group_members_after(text, m):
                        noun = "members"  # "its count of Hezbollah members killed": the group's fighters
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
        return None

    def _apposed_head(self, text: str, f: FigureMatch, mentions: list[ActorMention]) -> CountedHead | None:
        """The noun the count is set off after or belongs to: "1,495 members of the SANDF", "Malaysia's troops, 209
        in the first wave", "the first 130 members of a new engineering rotation"."""
        num = f.number
        mm = _MEMBERS_OF_RE.match(text, num.end)
        if mm is not None:
            # "1,495 members of the South African National Defence Force", "1,495 SANDF members": the force
            # named around "members" is an actor's (an alias of its armed forces, or a group)
            for k, m in enumerate(mentions):
                if num.end <= m.start <= mm.end() + 1:
                    us = text.lower().find("members", num.end)
                    if m.possessive and k + 1 < len(mentions) and mentions[k + 1].start - m.end <= 4:
                        m = mentions[k + 1]  # "members of Russia's Africa Corps": the group, not its sponsor
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
        return None

    def _sized_force_head(
        self, text: str, f: FigureMatch, clause_start: int, mentions: list[ActorMention]
    ) -> CountedHead | None:
        """The force a phrase before the count sizes: "put their number at", "a crew of about 65", "a company of
        about 150", "a contingent that had numbered about 1,500", "bring EUFOR's strength to about 1,100"."""
        num = f.number
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
            owner = next(
                (m.entry for m in mentions if m.end < ns and _POSSESSIVE_GAP_RE.fullmatch(text, m.end, ns)), None
            )
            return un.group("noun"), un.start("noun"), un.end("noun"), owner
        sm = _STRENGTH_TO_RE.search(text, max(clause_start, num.start - 120), num.start)
        if sm is not None:
            g = "noun" if sm.group("noun") is not None else "noun2"
            owner = next((m.entry for m in mentions if sm.start() <= m.start < sm.start(g) and m.possessive), None)
            return sm.group(g), sm.start(g), sm.end(g), owner
        return None

    def _demonym_head(
        self, text: str, f: FigureMatch, mentions: list[ActorMention], after_count: bool
    ) -> CountedHead | None:
        """The people a plural demonym right after the count names, when the sentence makes them forces: "four
        Nepalis were captured", "about 200 from the Netherlands" in a list of contingents."""
        num = f.number
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
                and text[num.end : m.start].strip(_COUNT_DEMONYM_GAP) == ""
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
            if ws[1] in ("the", "its", "their") and len(ws) > 2:
                # "nine of its military sites", "two of the old airfields", "two of its four remaining bases":
                # places, one or two modifiers before (a force noun first ends the search)
                for w in _words(window)[3:5]:
                    w = w.rstrip("'’")
                    if w in cues.non_force_heads:
                        return True
                    if w in cues.force_nouns or w in cues.noun_topic:
                        break
        for i, w in enumerate(ws):
            if w in _PREP_OBJECT_WORDS or w in _TIME_PREPS:
                # the counted noun phrase ended: "about 40,000, at bases" counts no bases; "shrunk to 1,200 after
                # months of fighting" counts no months
                return False
            if i == 0 and w in cues.non_force_heads:
                return True  # before the force test: "bases" marks a place of forces, but "the two bases" counts sites
            if w in cues.force_nouns or w in cues.noun_topic:
                # "the two army bases", "two base areas": a force noun that modifies places counts the places
                return i + 1 < len(ws) and ws[i + 1] in cues.non_force_heads
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

    def _label_topic(self, label: str) -> str | None:
        """What a fact box's label counts: losses when it names them ("Killed", "Captured by Ukraine"), else the
        topic of its last counted noun ("Self-propelled guns and MLRS", "Troops deployed to Russia, cumulative")."""
        if "," in label:
            label = _LABEL_SOURCE_TAIL_RE.sub("", label)  # "Strength in X, per the embassy": a source
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
        if btoks and (
            btoks[-1] in cues.casualty_before
            # (not "taken by 700 soldiers", "killed by 30 gunmen": the count after "by" is the agent, not the loss)
            or (len(btoks) > 1 and btoks[-2] in cues.casualty_before and btoks[-1] != "by")
        ):
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
