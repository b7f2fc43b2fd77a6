"""Whose forces a figure counts: the owner steps of ``FigureRules._figure_claim``, in their order.

Once ``figures`` has decided that a number counts forces and what topic it has, these rules find the owner: first
where the count's own words name one (its phrase, a share, its noun), then before it, under a verb of harm, in the
sentence and in the item; then they correct the owner found (a group's name for a contingent, a shipment's
supplier, the maker of the weapons) and say which actor the claim is for. The general rules of who is named where
are in ``owners``.
"""

from __future__ import annotations

import re

from mypy_extensions import trait

from claimwatch.core.actors import ActorEntry, ActorMention
from claimwatch.core.extract.owners import _SPY_AGENCY_AFTER_RE, _STATE_SERVICE_AFTER_RE, _STRUCK_WORDS, OwnerRules
from claimwatch.core.extract.patterns import (
    _ALONG_WITH_RE,
    _AND_VERB_BEFORE_RE,
    _ARE_DEMONYM_RE,
    _BATCH_OF_BEFORE_RE,
    _BOTH_AFTER_RE,
    _BOTH_SIDES_RE,
    _COUNT_MODIFIER,
    _EMPLOYER_AFTER_RE,
    _IMPACT_AFTER_RE,
    _INCLUDED_PART_BEFORE_RE,
    _ITS_BEFORE_RE,
    _MANY_ORIGINS_RE,
    _MISSION_AFTER_RE,
    _MOST_OF_THEM_RE,
    _MULTI_ORIGIN_RE,
    _NUMBER_AFTER_RE,
    _OF_THEM_OWNER_RE,
    _OF_THEM_RE,
    _PAIR_COMBINED_AFTER_RE,
    _PARTITIVE_RE,
    _PLACE_OWNER_PREPS,
    _POSSESSIVE_GAP_RE,
    _PREP_OBJECT_WORDS,
    _SHARE_AFTER_RE,
    _SPLIT_BETWEEN_AFTER_RE,
    _STRENGTH_TO_RE,
    _THE_CORPS_NAMED_RE,
    _UNIT_OF_RE,
    _UNSPLIT_AFTER_RE,
    _WITHDRAW_BEFORE_RE,
    _words,
)
from claimwatch.core.extract.state import FigureDraft, State
from claimwatch.core.numbers import _FORCE_CHANGED_TO_BEFORE_RE, FigureMatch
from claimwatch.models import Actor

#: After a count's noun, "of its" / "of their" / "of the" right before a group's name ("300 personnel of its X")
#: What stands before a fact box line's label ("- ", "• ") and after it ("(Russia)", then the colon)
_LABEL_OPENING_RE = re.compile(r"[ \t]*(?:[-–•*][ \t]*)?")
_LABEL_CLOSE_RE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?:")
_LABEL_COUNT_GAP_RE = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,3}")
#: A formation named by its lead state: "the Canadian-led brigade", "a U.S.-led task force"
_LED_FORMATION_RE = re.compile(r"\b[A-Z][\w.]*-led[ \t]+(?:[a-z]+[ \t]+)?(?:brigade|battlegroup|battle[ \t]+group|"
                               r"force|task[ \t]+force|mission|coalition|division|group)\b")
#: A sentence whose subject is a multinational formation: "The multinational battlegroup at X ... numbers 2,000"
_MULTINATIONAL_SUBJECT_RE = re.compile(
    r"[ \t]*(?:the[ \t]+|a[ \t]+|an[ \t]+)?multi-?national[ \t]+(?:[a-z]+[ \t]+)?(?:brigade|battlegroup|"
    r"battle[ \t]+group|force|task[ \t]+force|mission|coalition|division|group|contingent|corps)s?\b",
    re.IGNORECASE,
)
_OF_ITS_GROUP_RE = re.compile(r"[ \t]+of[ \t]+(?:its|their|the)[ \t]+")
#: A fact box line's label that sums the rows above it: "Total:", "- Overall strength:", "Combined:"
_SUM_LABEL_RE = re.compile(r"[ \t]*(?:[-–•*][ \t]*)?(?:Total|Overall|Combined|Altogether|Grand[ \t]+total)\b")
#: "a further contingent of some 90", "another batch of 40": more of the forces counted last, whoever was named since
_FURTHER_BODY_BEFORE_RE = re.compile(
    r"\b(?:further|another|fresh|additional)[ \t]+(?:contingent|batch|rotation|wave|detachment)[ \t]+of[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|up[ \t]+to|over|more[ \t]+than|at[ \t]+least)[ \t]+)?$",
    re.IGNORECASE,
)
#: "its contingent in the", "their contingents with the U.N.-backed": a pronoun's contingent serving in a mission
_ITS_CONTINGENT_IN_BEFORE_RE = re.compile(
    r"\b(?:its|their)[ \t]+(?:national[ \t]+)?contingents?[ \t]+(?:in|with|to)[ \t]+(?:the[ \t]+)?"
    r"(?:[\w.-]+[ \t]+){0,2}$"
)
#: "a further 1,000", "another 500": more of forces named before
_FURTHER_BEFORE_RE = re.compile(r"\b(?:[Aa][ \t]+further|[Aa]nother|[Aa]n[ \t]+additional)[ \t]+$")
#: A pronoun for others' forces before a count: "that they had suffered 4,000 casualties"
_THEY_BEFORE_RE = re.compile(r"\b(?:they|them|their)\b[^,;]*$")
#: A sentence that opens with a "with" phrase holding the count: "With about 900 troops in X, Ghana fields ..."
_FRONTED_WITH_RE = re.compile(r"[ \t]*[Ww]ith[ \t]+[^,;]{0,60}$")
#: After that phrase, the main clause's subject: ", Ghana", ", the Netherlands"
_SUBJECT_AFTER_COMMA_RE = re.compile(r",[ \t]+(?:the[ \t]+)?")
#: "a local source put the toll at 12": another estimate of the losses already reported, not the speaker's own
_TOLL_PUT_AT_BEFORE_RE = re.compile(
    r"\b(?:put|puts|putting|placed|places)[ \t]+(?:the|its|their)[ \t]+(?:death[ \t]+)?toll[ \t]+at[ \t]+"
    r"(?:(?:about|around|some|at[ \t]+least|only)[ \t]+)?$"
)
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
#: Who watches others' forces: a state's intelligence service speaking of a count does not own it.
_WATCHER_WORDS = frozenset({"intelligence", "spy"})
#: Verbs by which a watcher gives its own count of others' forces ("Japan's spy agency estimates 300 casualties")
_ESTIMATE_VERBS = frozenset({"estimates", "estimated", "puts", "counts", "counted", "assesses", "assessed"})
#: ", along with about 25 pilots": a count added to the one before
_ALONG_WITH_BEFORE_RE = re.compile(
    r",[ \t]+(?:along[ \t]+with|together[ \t]+with)[ \t]+(?:(?:about|some|roughly|around|nearly|up[ \t]+to)[ \t]+)?$",
    re.IGNORECASE,
)
#: ", with about 300 killed", ", including 40 wounded": the breakdown of the loss count just given, the same side's
_WITH_BREAKDOWN_BEFORE_RE = re.compile(r",[ \t]+(?:with|including)[ \t]+$", re.IGNORECASE)
#: Between two loss counts of one list: "300 killed, 750 wounded and 50 captured" (the list's side is one)
_LOSS_LIST_GAP_RE = re.compile(r"(?:[ \t]+[a-z]+)?(?:,[ \t]+|,?[ \t]+and[ \t]+)")
#: "drones were shot down", "had been brought down": downed, in the passive, with no word of whose they were
_SHOT_DOWN_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:had|have|has|were|was)[ \t]+)?(?:been[ \t]+)?(?:shot|brought|knocked)[ \t]+down\b"
)
#: "... and seized two of their vehicles", "and destroyed three vehicles": a second loss after a casualty count
_SEIZED_AFTER_LOSS_RE = re.compile(
    r"\band[ \t]+(?:seized|captured|destroyed|burned|burnt|took)[ \t]+(?:at[ \t]+least[ \t]+|about[ \t]+|some[ \t]+)?$",
    re.IGNORECASE,
)
#: "the corps has lost", "2,500 corps personnel": a group whose name ends in "Corps", called by that word
_THE_CORPS_RE = re.compile(
    _THE_CORPS_NAMED_RE.pattern
    + r"|(?<![\w-])corps[ \t]+(?:personnel|troops|soldiers|fighters|servicemen|men|members|units)\b"
)
_CORPS_WORD_RE = re.compile(r"(?<![\w-])corps(?![\w-])")
#: "40 armoured vehicles destined for the Corps' units": the group the counted kit is sent to
_CORPS_DESTINED_AFTER_RE = re.compile(
    r"[ \t]+(?:destined|bound|intended|earmarked)[ \t]+(?:to|for)[ \t]+the[ \t]+[Cc]orps(?:'s|’s|')?(?![\w-])"
)
#: "the mission's strength": the mission the sentence names owns what the noun counts
_MISSION_POSSESSIVE_RE = re.compile(
    r"\bthe[ \t]+(?:mission|operation|force)(?:'s|’s)[ \t]+(?:(?:total|overall|combined)[ \t]+)?$", re.IGNORECASE
)
#: between the subject and a killing verb: "JNIM said they killed", "claimed to have killed", "says it has killed"
_AGENT_GAP_WORDS = frozenset(
    {"said", "says", "claimed", "claims", "reported", "announced", "that", "they", "it", "we", "had", "have", "has",
     "to", "having", "also"}
)  # fmt: skip
#: "Chadian and Wagner personnel together number about 900": a count after two forces named as one subject
_TOGETHER_NUMBER_BEFORE_RE = re.compile(
    r"[ \t]+and[ \t]+[^,.;]{2,60}?[ \t]+(?:together|combined)[ \t]+(?:number|numbered|total|totalled|totaled|"
    r"add[ \t]+up[ \t]+to|added[ \t]+up[ \t]+to|come[ \t]+to|came[ \t]+to)[ \t]+"
    r"(?:(?:about|some|roughly|around|nearly|almost|more[ \t]+than|over|up[ \t]+to)[ \t]+)?$"
)
#: Right before a name: a preposition of place, which makes the name where forces are, not whose
_PLACE_PREP_BEFORE_RE = re.compile(r"\b(?:in|at|near|inside)[ \t]+(?:the[ \t]+)?$")
#: between two actors named together as one side: "Tuareg rebels and JNIM", "JNIM, Tuareg rebels and"
_AGENT_PARTNER_GAP_RE = re.compile(r"(?:[ \t]+[a-z]+)?(?:,[ \t]*|[ \t]+and[ \t]+)")
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
#: "joined the EU's Operation Irini ..., bringing the number of ships ... to three": a total of the formation joined
_JOINED_FORMATION_BEFORE_RE = re.compile(
    r"\b(?:joined|joins|join|joining)[ \t]+(?:the[ \t]+)?(?:[\w.'’-]+[ \t]+){0,4}$"
)
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
_SUPPLY_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+)?(?:promised|pledged|supplied|delivered|sold|donated|provided|sent)\b"
)
_BOUGHT_FROM_AFTER_RE = re.compile(
    r"[ \t]+(?:that[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]+(?:has[ \t]+|had[ \t]+)?"
    r"(?:ordered|bought|purchased|received|acquired)[ \t]+from[ \t]+(?:the[ \t]+)?"
)
#: "its 21 crew, 14 of whom": a share of a crew counted right before
_CREW_BEFORE_RE = re.compile(r"\b(?:crew|crewmen|crew[ \t]+members|seafarers|sailors)[ \t]*,[ \t]*$", re.IGNORECASE)
#: A relative clause whose verb of having leads to a count: ", which has about 2,000 of its own troops".
_WHICH_HAS_BEFORE_RE = re.compile(
    r",[ \t]*(which|who)[ \t]+(?:now[ \t]+|still[ \t]+|also[ \t]+)?(?:has|had|have|keeps|kept)[ \t]+"
    r"(?:about|some|around|roughly|nearly|more[ \t]+than|over|up[ \t]+to|at[ \t]+least|[ \t])*$"
)
#: After a counted noun: "18 tanks for the German brigade", "tanks for Germany's new brigade".
_FOR_AFTER_RE = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?")
_SPACE_GAP_RE = re.compile(r"[ \t]+")
#: "in Wagner uniforms", "wearing Russian army uniforms": who the counted wore the uniform of
_IN_UNIFORM_RE = re.compile(r"[ \t]+(?:in|wearing|dressed[ \t]+in)[ \t]+(?:the[ \t]+)?")
_UNIFORMS_AFTER_RE = re.compile(r"(?:'s|’s)?[ \t]+(?:(?:army|military|group)[ \t]+)?uniforms?\b", re.IGNORECASE)
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
_OF_FROM_AFTER_RE = re.compile(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?")
#: A state's forces set off by a comma before a count: "U.S. forces abroad, ", "French troops in the region, "
_FORCES_APPOSED_BEFORE_RE = re.compile(
    r"\b(?:forces|troops|soldiers|personnel|service[ \t]+members|servicemen)(?:[ \t]+(?:abroad|overseas|there|"
    r"in[ \t]+the[ \t]+region|in[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?))?[ \t]*,[ \t]*$"
)
#: After "from the": up to three lower-case words that name a ship's kind ("submarine tender ", "destroyer ")
_SHIP_KIND_RUN_RE = re.compile(r"(?:[a-z][a-z-]*[ \t]+){1,3}")
#: After "from the": a formation's name led by its number ("10th Mountain Division's 2nd Brigade ..."), capitalised
#: words and ordinals only, up to the service or formation name a mention ends on
_NUMBERED_UNIT_RUN_RE = re.compile(
    r"\d{1,3}(?:st|nd|rd|th)[ \t]+(?:(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][A-Za-z.-]*(?:'s|’s)?)[ \t]+){0,6}"
)
#: "gunners from a Polish artillery regiment", "troops of a Dutch battalion": "a" before a state's formation
_OF_FROM_A_AFTER_RE = re.compile(r"[ \t]+(?:of|from)[ \t]+an?[ \t]+")
_COMMA_GAP_RE = re.compile(r",[ \t]+")
#: (not "and a Luxembourg platoon": a unit of its own, counted apart)
_AND_NOT_NUMBER_AFTER_RE = re.compile(r"[ \t]+and[ \t]+(?!\d|an?[ \t]+[A-Z])")
#: "the alliance's force model calls for": an alliance, unnamed, owns what its clause counts.
_ALLIANCE_FORCES_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+alliance(?:'s|’s)[ \t]")
#: ", numbering about": the strength of the noun phrase before the comma.
_APPOSED_NUMBERING_RE = re.compile(
    r",[ \t]+(?:numbering|totalling|totaling)(?:[ \t]+(?:about|around|roughly|some|nearly|almost|more[ \t]+than|"
    r"over|at[ \t]+least|up[ \t]+to))?[ \t]+$"
)
#: Nouns by which others call a group's hired fighters, never the group itself.
_HIRED_NOUNS = frozenset({"mercenaries", "mercenary"})
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
#: The words that, hyphened after a state's name, make it the maker of the weapon named next: "Iranian-made drones"
_MAKER_WORDS = ("made", "built", "produced", "manufactured")
_MAKER_SUFFIXES = tuple(f"-{w}" for w in _MAKER_WORDS)
#: "North Korean-made", "Iranian-supplied": the maker of the equipment the noun after names.
_MADE_SUFFIX_RE = re.compile(r"-(?:" + "|".join((*_MAKER_WORDS, "supplied")) + r")\b")
#: "missiles made in North Korea", "drones supplied by Iran": the maker right after the counted noun.
_MADE_IN_BEFORE_RE = re.compile(
    r",?[ \t]+(?:(?:that|which)[ \t]+(?:were|was|are|had[ \t]+been)[ \t]+)?(?:\w+[ \t]+)?"
    r"(?:made|built|produced|manufactured|supplied|exported)[ \t]+(?:in|by)[ \t]+(?:the[ \t]+)?"
)
#: "linked 30 drones found in X to a batch exported by Iran": the state whose consignment the counted things were
_TRACED_TO_CARGO_RE = re.compile(
    r"[^.;:]{0,50}?[ \t]+to[ \t]+(?:an?|the|one)[ \t]+(?:[a-z-]+[ \t]+)?(?:batch|consignment|shipment|delivery|lot)"
    r"[ \t]+(?:\w+[ \t]+)?(?:exported|supplied|sold|shipped|delivered|sent)[ \t]+by[ \t]+(?:the[ \t]+)?"
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
                     "consignment", "exported")  # fmt: skip
#: "two armoured vehicles belonging to the Russians", "drones owned by the group": the owner named after the noun
_OWNED_BY_AFTER_RE = re.compile(r"[ \t]+(?:belonging[ \t]+to|owned[ \t]+by)[ \t]+(?:the[ \t]+)?")

#: A noun that counts the forces spoken of without naming them ("put the number at"): a bare count
_COUNT_OF_FORCES_NOUNS = frozenset({"number", "strength", "headcount", "figure", "total"})

@trait
class FigureOwnerRules(OwnerRules):
    """The owner of a figure: the steps ``FigureRules._figure_claim`` runs once the topic is known."""

    def _owner_with_count(self, c: FigureDraft) -> bool:
        """The owner named with the count itself: the one its strength clause found, a mission's or task group's
        new total, "the corps", the antecedent of "its", a name inside the counted noun phrase. These run first
        because the count's own words outrank any actor named elsewhere. True when that phrase names several actors
        ("Russian and North Korean troops"): the sentence's combined count, no one's figure."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        st = c.st
        earlier = c.earlier
        clause_start = c.clause_start
        topic = c.topic
        head_entry_found = c.head_entry_found
        owner_pronoun = c.owner_pronoun
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
        if entry is None and not inside and "orps" in text and (corps := self._the_corps(text, f, mentions, st)):
            entry = corps  # "the corps has lost 40 men", "3,000 corps personnel": the group named "... Corps"
        if (
            entry is None
            and not inside
            and topic == "troops"
            and text.endswith(", ", 0, num.start)
            and (fa := _FORCES_APPOSED_BEFORE_RE.search(text, max(0, num.start - 40), num.start)) is not None
        ):
            # "Qatar is home to the biggest group of U.S. troops in the Gulf, some 10,000 personnel": the count set off
            # after a state's forces is theirs, not the host's
            entry = next(
                (m.entry for m in mentions if 0 <= fa.start() - m.end <= 1 and not m.possessive),
                None,
            )
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
                return True  # "Russian and North Korean troops": no figure for either
            entry = inside[-1].entry
        elif (pm := _PARTITIVE_RE.match(text, num.end)) is not None and (
            dm := next(
                (m for m in mentions
                 if m.start == pm.end() and m.entry.form == "demonym" and m.entry.actor.kind == "state"),
                None,
            )
        ) is not None:
            entry = dm.entry  # "One of its Malaysian members": the members' state, not the team "its" means
        elif (
            f.unit_end > num.end
            and (og := _OF_ITS_GROUP_RE.match(text, f.unit_end)) is not None
            and (gm := next((m for m in mentions if m.start == og.end() and m.entry.actor.kind == "group"), None))
            is not None
        ):
            entry = gm.entry  # "300 personnel of its Africa Corps": the group's men, not the state "its" means
        c.inside = inside
        c.entry = entry
        return False

    def _owner_of_share(self, c: FigureDraft) -> bool:
        """The owner of a share ("1,000 of them German", "1,600 are British", "Russia launched 3,500 of them", "17 of
        them were killed"): a demonym after it, the state that fired the weapons, else the forces counted last or
        named before. True for a civil ship's crew of some nationality."""
        num = c.f.number
        text = c.text
        mentions = c.mentions
        st = c.st
        earlier = c.earlier
        implied = c.implied
        share_of_last = c.share_of_last
        named_share = c.named_share
        inside = c.inside
        entry = c.entry
        if entry is None and implied and (om := _OF_THEM_RE.match(text, num.end)) is not None:
            # "1,600 troops, about 1,000 of them German", "600 of them are American": the demonym owns the share
            nat = _OF_THEM_OWNER_RE.match(text, om.end())
            if (
                nat is not None
                and _CREW_BEFORE_RE.search(text, max(0, num.start - 30), num.start)
                and self._civil_ship(set(_words(text)), text)
            ):
                return True  # "its 21 crew, 14 of whom are Indian" on a tanker: seafarers, no forces
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
        c.entry = entry
        return False

    def _owner_of_noun(self, c: FigureDraft) -> bool:
        """The owner the counted noun's own words name: the state that promised, sent or sold it, the unit it is
        of, the uniform worn, "from"/"of" an actor after it, its employer, the state's force it is for. True for
        "troops from A, B and C": a combined count."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        st = c.st
        clause_start = c.clause_start
        topic = c.topic
        entry = c.entry
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
            if (
                entry is None
                and topic == "equipment"
                # ("Iran sent 200 drones built by Russia": the sender keeps what it hands on)
                and not _HANDED_ON_BEFORE_RE.search(text, max(0, num.start - 40), num.start)
            ):
                # "The panel traced 30 drones to a batch exported by Iran": the maker or exporter, though no one
                # is named before the count
                entry = self._maker(text, num.end, f.unit_end, mentions)
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
            if (
                mm is not None
                and f.unit.lower() in self.cues.personnel_nouns
                and (ma := _OF_FROM_A_AFTER_RE.match(after)) is not None
            ):
                # "1,700 gunners from a Polish artillery regiment": the state whose formation they come from (not "from
                # a Syrian village": no formation named)
                formation = self.cues.formation_units
                entry = next(
                    (m.entry for m in mentions
                     if m.start == f.unit_end + ma.end() and m.entry.actor.kind == "state" and not m.possessive
                     and any(w in formation or w + "s" in formation for w in _words(text[m.end : m.end + 30])[:3])),
                    None,
                )  # fmt: skip
            if mm:
                reach = f.unit_end + mm.end() + 1
                if text[reach - 1 : reach].isdigit() and (run := _NUMBERED_UNIT_RUN_RE.match(text, reach - 1)):
                    reach = run.end()  # "900 soldiers from the 10th Mountain Division's 2nd Brigade ..."
                cand = [m for m in mentions if f.unit_end <= m.start <= reach]
                if not cand and (kind := _SHIP_KIND_RUN_RE.match(text, reach - 1)) is not None:
                    # "60 technicians from the repair ship USS X": the ship named by its prefix after its kind
                    cand = [m for m in mentions if m.start == kind.end() and self._ship_prefix(m)]
                if cand and _MULTI_ORIGIN_RE.match(text, cand[0].end):
                    return True  # "troops from the Philippines, the United States and allies": a combined count
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
        c.entry = entry
        return False

    def _owner_named_before(self, c: FigureDraft) -> bool:
        """The owner named before the count: a possessive right before it ("Wagner's 1,000-plus fighters"), an
        actor "with" the count, the same owner as the count "along with" it, the antecedent of "its". They run only
        when the count's phrase and noun named no owner, which outrank a name before them."""
        num = c.f.number
        text = c.text
        mentions = c.mentions
        earlier = c.earlier
        implied = c.implied
        entry = c.entry
        cues = self.cues
        if entry is None and mentions and ":" in text[: num.start]:
            # "- Kenya: 900 personnel at Merowe air base": a line's label owns its count when it is a group, or a
            # state whose forces the line places in another country ("- Qatar: 10,000" is a host's line)
            first = mentions[0]
            # ("- Peru and Chile: 900 troops in all, ...": a joint label's first state, the extractor adds the second)
            last = mentions[1] if len(mentions) > 1 and text.startswith(" and ", first.end) else first
            if (
                _LABEL_OPENING_RE.fullmatch(text, 0, first.start) is not None
                and (last is first or (last.start == first.end + 5 and last.entry.actor.kind == "state"))
                and (lc := _LABEL_CLOSE_RE.match(text, last.end)) is not None
                and _LABEL_COUNT_GAP_RE.fullmatch(text, lc.end(), num.start) is not None
                and (
                    first.entry.actor.kind != "state"
                    or self._placed_abroad(c, first.entry.actor.code)
                    or c.st.contributors_paragraph == c.st.paragraph  # "The largest contingents:\n- Kenya: 900"
                )
            ):
                entry = first.entry
        if entry is None:
            # (c) possessive right before: "Wagner's 1,000-plus fighters", "Wagner's toll at 15"
            for m in reversed(mentions):
                between = _words(text[m.end : num.start])
                if m.end <= num.start and m.possessive and len(between) <= 4:
                    if {"and", "but", "while"} & set(between):
                        break  # "into Russia's armed forces and at least 19 of them": a new clause's count
                    if self._host_of_site(text, m):
                        continue  # "Kuwait's Camp Arifjan has 900 personnel": the host of the site, not the owner
                    if set(between) & _WATCHER_WORDS and set(between) & (cues.speech_verbs | _ESTIMATE_VERBS):
                        # "South Korea's spy agency said about 3,000 soldiers": an intelligence service reports
                        # others' forces ("Romania's defence ministry said two helicopters" are Romania's own)
                        continue
                    prev2 = _words(text[max(0, m.start - 16) : m.start])[-2:]
                    prev = prev2[-1:]
                    if (
                        prev
                        and "with" in between
                        and (prev[0] in cues.recipient_verbs or prev[0] in cues.group_supply_verbs)
                    ):
                        continue  # "Iran supplied Yemen's Houthi movement with 40 missiles": the recipient's name
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
            and c.topic == "casualties"
            and earlier[-1][2] == "casualties"
            and (
                _WITH_BREAKDOWN_BEFORE_RE.search(text, max(0, num.start - 16), num.start)
                # (the next counts of that list: "with about 300 killed and some 750 wounded")
                or _LOSS_LIST_GAP_RE.fullmatch(text, earlier[-1][1], num.start)
            )
            and not any(earlier[-1][1] <= m.start < num.start for m in mentions)
        ):
            entry = earlier[-1][0]  # "losses rose to 1,100, with about 300 killed": a part of the same side's toll
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
        c.entry = entry
        return False

    @staticmethod
    def _struck_object(text: str, entry: ActorEntry, mentions: list[ActorMention], pos: int) -> bool:
        """Whether the clause's only actor before ``pos`` is the object of a verb of attack ("a drone struck the
        frigate HMS X"): the agent is no actor, and the actor named is the side harmed."""
        before = [m for m in mentions if m.end <= pos]
        if not before or any(m.entry.actor.code != entry.actor.code for m in before):
            return False
        return bool(_STRUCK_WORDS.intersection(_words(text[max(0, before[0].start - 30) : before[0].start])[-3:]))

    @staticmethod
    def _victims_after(end: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The victims a plural demonym right after a count under a verb of harm names ("killed 30 Russians")."""
        return next(
            (m.entry for m in mentions
             if end < m.start <= end + 2 and m.entry.form == "demonym" and m.text.endswith("s")),
            None,
        )  # fmt: skip

    @staticmethod
    def _placed_abroad(c: FigureDraft, code: str) -> bool:
        """Whether the places after the count lie in another country than ``code``, none in it ("- Kenya: 500
        personnel at Port Sudan"; "- Qatar: 10,000 at Al Udeid, home of US Central Command" is Qatar's own)."""
        ccs = {p.place.country_code for p in c.st.sentence_places if p.start >= c.f.number.end}
        return code not in ccs and bool(ccs - {None})

    def _owner_acted_on(self, c: FigureDraft) -> bool:
        """When a verb before the count says its subject acted on them ("killing three", "shot down two"), the
        subject is no owner: the victims of a strike on a state's base are that state's, equipment seized after
        a loss is the victims'. True when whose equipment it was is not said, or the toll is of both sides."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        earlier = c.earlier
        topic = c.topic
        label_line = c.label_line
        inside = c.inside
        entry = c.entry
        cues = self.cues
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
                return True  # "had shot down 18 drones", "intercepted 12 missiles": whose they were is not said
        if (
            entry is None
            and topic == "equipment"
            and not inside
            and not c.implied
            and "down" in text
            and _SHOT_DOWN_AFTER_RE.match(text, f.unit_end)
        ):
            return True  # "two more jets were shot down": the passive says as little of whose as the active voice
        if _BOTH_SIDES_RE.match(text, f.unit_end):
            return True  # "killed nearly 300 soldiers on both sides": a combined toll
        c.entry = entry
        c.agent_verb = agent_verb
        return False

    def _owner_in_sentence(self, c: FigureDraft) -> bool:
        """The owner the sentence gives when the count's own words name none: the count before it that a bare
        number goes on, the clause's subject (or, under a verb of harm, the other side), the forces named before "N
        of them". A fallback, so it runs after every rule that reads the count's phrase. True when several subjects
        share the count or the side harmed is not said."""
        num = c.f.number
        text = c.text
        mentions = c.mentions
        st = c.st
        earlier = c.earlier
        topic = c.topic
        implied = c.implied
        entry = c.entry
        agent_verb = c.agent_verb
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
        elif (
            entry is None
            and implied
            and st.figure_entry is not None
            and st.figure_sentence == st.sentence_no
            and st.figure_entry.actor.kind == "state"
            and (sub := next((m for m in reversed(mentions) if m.end <= num.start), None)) is not None
            and sub.entry.actor.code != st.figure_entry.actor.code
            and _BOUGHT_BEFORE_RE.search(text, sub.end, num.start)
        ):
            # "Iran shipped 400 drones to Russia, and Moscow has ordered 900 more": the buyer's order of more of the
            # seller's count, as "ordered 900 drones from Iran" is the seller's
            entry = st.figure_entry
        if (
            entry is None
            and text.lstrip().startswith(("With ", "with "))
            and _FRONTED_WITH_RE.fullmatch(text, 0, num.start) is not None
            and (comma := text.find(",", num.end)) > 0
            and (sc := _SUBJECT_AFTER_COMMA_RE.match(text, comma)) is not None
        ):
            # "With about 900 troops in Lebanon, Ghana fields the largest contingent": the phrase the sentence
            # opens with belongs to the main clause's subject
            entry = next((m.entry for m in mentions if m.start == sc.end()), None)
        if entry is None:
            entry = self._subject_before(text, num.start, mentions)
            if entry is not None and entry.actor.code in st.replaced_groups:
                entry = self._successor(text, num.start, mentions, entry, st)
            if entry is not None and implied and self._coordinated(text, entry, mentions, num.start):
                return True  # "A, B and C have promised personnel, bringing the total to 2,500"
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
                victims = self._victims_after(num.end, mentions)
                if victims is not None and victims.actor.code != code:
                    other = victims
                if (
                    other is None
                    and topic == "casualties"
                    and earlier
                    and earlier[-1][2] == "casualties"
                    and _AND_VERB_BEFORE_RE.search(text, max(0, num.start - 30), num.start) is not None
                ):
                    other = earlier[-1][0]  # "had killed 100 Russians and took 11 prisoners": the same side's losses
                if other is None and self._struck_object(text, entry, mentions, num.start):
                    other = entry  # "a drone struck the destroyer USS X, wounding two sailors": the ship's crew
                if other is None:
                    other = st.focus if st.focus is not None and st.focus.actor.code != entry.actor.code else None
                if other is None:
                    return True
                entry = other
            elif entry is None and agent_verb:
                # "they had seized five vehicles": whose they were is not said; "they had captured three Russians":
                # the victims are named, whoever the agent
                entry = self._victims_after(num.end, mentions)
                if entry is None:
                    return True
        if entry is None and earlier and not implied:
            # "50 fighters were killed, while bloggers reported at least 20 dead": the same side's count
            prev_entry, prev_end, _ = earlier[-1]
            if not any(prev_end <= m.start < num.start and not self._is_speaker(text[m.end : m.end + 40])
                       and not (_ALONG_WITH_RE.search(text, prev_end, num.start) and self._after_preposition(text, m))
                       for m in mentions):  # fmt: skip
                entry = prev_entry
        if entry is None and implied and (
            _OF_THEM_RE.match(text, num.end) or _FURTHER_BEFORE_RE.search(text, max(0, num.start - 16), num.start)
        ):
            # "Syrian fighters, some 3,000 of them": the forces-bound actor before; "reports of Chadian
            # soldiers in X, and claims that a further 500 would be sent there": more of the same forces
            for m in reversed(mentions):
                if m.end <= num.start and self._bound_noun_after(text, m):
                    entry = m.entry
                    break
        c.entry = entry
        return False

    @staticmethod
    def _successor(
        text: str, pos: int, mentions: list[ActorMention], entry: ActorEntry, st: State
    ) -> ActorEntry:
        """The group that took over from ``entry`` when a verb joined by "and" goes on after the outgoing group's
        name: "X has taken over every post Y held and now has N" counts X's forces (Y is the takeover's object)."""
        out = next((m for m in reversed(mentions) if m.entry is entry and m.end <= pos), None)
        if out is None or "whose" in text[out.end : pos] or " and " not in text[out.end : pos]:
            return entry
        return next(
            (m.entry for m in mentions
             if m.end <= out.start and m.entry.form == "group" and m.entry.actor.code not in st.replaced_groups),
            entry,
        )  # fmt: skip

    def _owner_in_item(self, c: FigureDraft) -> bool:
        """The owner from the item when the sentence names none: a cargo's state of origin, a model only one state
        fields (which outranks a name: a B-2 is American whoever the clause names), the item's context actor (or the
        state whose officials report the losses), the body of forces just named ("numbering 120"), an alliance for
        forces from many nations, the subject of "its force ... to N". The last resort: it reaches past the sentence.
        True for incoming fire with no firer, or troops from many nations with no alliance named."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        st = c.st
        clause_start = c.clause_start
        topic = c.topic
        implied = c.implied
        entry = c.entry
        cues = self.cues
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
        if (
            entry is None
            and st.figure_entry is not None
            and ("urther" in text or "nother" in text or "fresh" in text or "dditional" in text)
            and _FURTHER_BODY_BEFORE_RE.search(text, max(0, num.start - 50), num.start) is not None
        ):
            entry = st.figure_entry  # "another batch of some 60 trainers": the forces counted last
        if entry is None and topic == "equipment" and "-" in (kit := text[num.end : f.unit_end]):
            # "eight Iranian-made drones were delivered to X": with no supplier named, the maker's equipment (a
            # maker's name is no owner mention, so it is looked up in the counted phrase)
            entry = next(
                (m.entry for m in self.actors.find(kit)
                 if m.entry.actor.kind == "state" and kit.startswith(_MAKER_SUFFIXES, m.end)),
                None,
            )  # fmt: skip
        if (
            entry is None
            and c.label_line
            and st.actor_row_sentence >= st.sentence_no - 2
            and _SUM_LABEL_RE.match(text) is not None
        ):
            # "Total: 3,200" right after rows that each give one actor's count: their sum, no one actor's figure
            return True
        if (
            entry is None
            and "-led" in text
            and _LED_FORMATION_RE.search(text, c.clause_start, num.start) is not None
        ):
            return True  # "The Danish-led brigade has reached 2,600 troops": a multinational formation's total
        if entry is None:
            if topic == "equipment" and (im := _IMPACT_AFTER_RE.match(text, f.unit_end)) is not None and (
                not im.group(0).endswith("landed") or f.unit.lower() in cues.munition_nouns
            ):
                # "at least eight mortar rounds landed near the base": incoming fire, firer unnamed ("two Typhoons
                # landed at the base": aircraft that landed arrived)
                return True
            if "lliance" in text and _ALLIANCE_FORCES_BEFORE_RE.search(text, 0, num.start):
                # "The alliance's force model calls for 300,000 troops": the allies' forces together, whose owner
                # the sentence names (the alliance), not the state the item spoke of before
                return True
            entry = self._context_actor(st, text, num.start, mentions, speaker_owns=topic != "casualties")
            if topic == "casualties" and entry is not None:
                # "Kazakh officials said 18 members of the security forces had been killed": a state's officials
                # report their own side's losses, not those of the state the item was about
                speaker = next(
                    (m.entry for m in reversed(mentions)
                     if m.end <= num.start and m.entry.actor.kind == "state"
                     and self._is_speaker(text[m.end : m.end + 40])
                     # ("Japan's spy agency estimates 700 casualties": a watcher counts others' losses)
                     and not _SPY_AGENCY_AFTER_RE.match(text, m.end)),
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
                    # "JNIM said it killed 40 Russians. A Malian army source put the toll at 12": the same losses
                    and not (
                        st.last_topic == "casualties"
                        and "toll" in text
                        and _TOLL_PUT_AT_BEFORE_RE.search(text, max(0, num.start - 50), num.start) is not None
                    )
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
                return True
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
        c.entry = entry
        return False

    def _owner_as_contingent(self, c: FigureDraft, entry: ActorEntry) -> ActorEntry:
        """Which actor a group's name stands for, once an owner is found: a mission named before for "the AU
        mission", and a state's national contingent for "Egypt's AUSSOM contingent" (a peace operation serving in a
        theatre). The owner rules find the name; this says whose forces it means."""
        num = c.f.number
        text = c.text
        mentions = c.mentions
        st = c.st
        if (
            entry.form == "group"
            and not entry.sponsor
            and not entry.theatre
            and st.mission_actor is not None
            and st.mission_actor is not entry
            and any(m.entry is entry and m.end <= num.start and _MISSION_AFTER_RE.match(text, m.end) for m in mentions)
        ):
            entry = st.mission_actor  # "The AU mission has about 11,000 troops": the AU's mission named before
        if entry.form == "group" and not entry.sponsor and "contingent" in text:
            # "bringing its contingent in the X Force to 1,000": "its" owns the contingent; the mission named after
            # "in" is where it serves
            g = next((m for m in mentions if m.entry is entry and m.start < num.start), None)
            if g is not None and (ic := _ITS_CONTINGENT_IN_BEFORE_RE.search(text, max(0, g.start - 60), g.start)):
                ante = self._antecedent(text, ic.start(), mentions)
                if ante is not None and ante.actor.kind == "state":
                    return ante
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
        return entry

    def _not_one_owners_count(self, c: FigureDraft, entry: ActorEntry) -> bool:
        """True when the owner found cannot own the count: a state's forces are never "militants"; "16,000 troops,
        about 11,000 of them American", "most of them Danish", "an Indonesian and a Vietnamese officer", "both
        Russian and Belarusian", "and <actor> <noun>" are several states' forces together."""
        text = c.text
        f = c.f
        mentions = c.mentions
        implied = c.implied
        cues = self.cues
        if (
            "ultinational" in text
            and (mm := _MULTINATIONAL_SUBJECT_RE.match(text)) is not None
            and not any(m.start < mm.end() for m in mentions)  # (not a named force: "the Multinational Force and")
            and not any(m.entry is entry and f.number.start - 12 <= m.start < f.unit_end for m in mentions)
        ):
            # "The multinational battlegroup at X, which includes a Spanish company, numbers 3,500": several
            # states' forces together, not the one named inside the subject
            return True
        if entry.actor.kind == "state" and f.unit.lower() in cues.irregular_nouns:
            # "Kenyan troops repelled the assault and 15 militants were killed": the other side's fighters; a
            # state's own forces are never called militants or gunmen
            return True
        if (
            not implied
            and entry.form != "group"
            and (sa := _SHARE_AFTER_RE.match(text, f.unit_end)) is not None
            and any(sa.end() < m.start <= sa.end() + 10 and m.entry.form == "demonym" for m in mentions)
        ):
            # "16,000 troops, about 11,000 of them American": the total is several states' together (not "about
            # 4,700 casualties, about 600 of them fatal": a share of one state's losses)
            return True
        if (
            entry.form != "group"
            and (mo := _MOST_OF_THEM_RE.match(text, f.unit_end)) is not None
            and any(m.start == mo.end() and m.entry.form == "demonym" for m in mentions)
        ):
            return True  # "About 550 troops are taking part, most of them Danish": several states' together
        if (dp := _DEMONYM_PAIR_AFTER_RE.match(text, f.unit_end)) is not None:
            pair = {
                m.entry.actor.code
                for m in mentions
                if m.start in (dp.start("a"), dp.start("b"))
                and m.entry.form == "demonym"
                and m.entry.actor.kind == "state"
            }
            if len(pair) == 2:
                return True  # "two other observers, an Indonesian and a Vietnamese officer": no one state's count
        named = [m for m in mentions if m.entry is entry and m.end <= f.number.start]
        if named and all(_INCLUDED_PART_BEFORE_RE.search(text, max(0, m.start - 20), m.start) for m in named):
            # "Including a Dutch engineer platoon, the battlegroup would number 1,900": the whole the state's unit
            # is part of, several states' forces together
            return True
        if _BOTH_AFTER_RE.match(text, f.unit_end):
            return True  # "7,000 troops took part, counting both Russian and Belarusian personnel": combined
        if (
            "split" in text or "divided" in text or "shared" in text or "down" in text
        ) and _SPLIT_BETWEEN_AFTER_RE.match(text, f.unit_end):
            return True  # "800 militiamen ..., with no word on how they are shared among the three outfits": combined
        if (
            "how many" in text or "separat" in text or "distinguish" in text or "apart" in text
        ) and _UNSPLIT_AFTER_RE.match(text, f.unit_end):
            # "900 contractors ..., without saying how many of them belong to the group": whose each part is, unsaid
            return True
        if (
            ("combined" in text or "together" in text)
            and (pc := _PAIR_COMBINED_AFTER_RE.match(text, f.unit_end)) is not None
            and len(
                {
                    m.entry.actor.code
                    for m in mentions
                    if pc.start("pair") <= m.start < pc.end("pair")
                    # (not "in Chad, Niger and Sudan combined": a state's name may be a place of the list)
                    and (m.entry.form != "name" or m.entry.actor.kind != "state")
                }
            )
            > 1
        ):
            # "some 1,800 Russian fighters are in Libya, Wagner and Africa Corps combined": both forces' together
            return True
        if (
            ("together" in text or "combined" in text)
            and (tn := _TOGETHER_NUMBER_BEFORE_RE.search(text, max(0, f.number.start - 90), f.number.start))
            is not None
            and len({m.entry.actor.code for m in mentions if tn.start() - 40 <= m.start < tn.end()}) > 1
        ):
            return True  # "Belarusian and Wagner staff together total some 900": two forces combined
        # a following "and <actor> <noun>" means two actors counted together
        tail = text[f.unit_end : f.unit_end + 50]
        if _AND_NOT_NUMBER_AFTER_RE.match(tail):
            for m in mentions:
                if f.unit_end < m.start <= f.unit_end + 8 and m.entry.actor.code != entry.actor.code:
                    if _NUMBER_AFTER_RE.match(text, m.end):
                        continue  # "100 troops and Belarus about 100": a gapped clause with its own count
                    return True
        return False

    def _owner_behind_count(self, c: FigureDraft, entry: ActorEntry) -> ActorEntry | None:
        """The actor behind the owner found, who owns the count instead: the supplier of a shipment, not its
        recipient; the sponsor's group that operates the aircraft; the hired group that "mercenaries" means; the
        owner of the count a batch is part of; the maker of the weapons; what "former Wagner fighters" are now.
        None when the count is no one's (a shipment's supplier or the hired group is not named)."""
        text = c.text
        f = c.f
        num = f.number
        mentions = c.mentions
        st = c.st
        earlier = c.earlier
        topic = c.topic
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
        return entry


    def _claim_actor(self, c: FigureDraft, entry: ActorEntry) -> Actor:
        """The actor the claim is made for, given its owner: the one the figure just before was claimed for when a
        bare count goes on counting the same forces (their owner not named again), else ``_final_actor`` (a group's
        sponsor, a state's service ...)."""
        f = c.f
        st = c.st
        mentions = c.mentions
        if (
            (not f.unit or f.unit.lower() in _COUNT_OF_FORCES_NOUNS)
            and st.figure_actor is not None
            and st.figure_sentence == st.sentence_no - 1
            and entry == st.figure_entry
            and st.figure_actor.code != entry.actor.code
            and not any(m.entry == entry for m in mentions)
        ):
            # 'some 60 Russian contractors landed. A second source put the number at "between 50 and 70"': a bare
            # count right after a figure, its owner not named again, counts the same forces (Wagner's), not the state
            # of the demonym that named them
            return st.figure_actor
        if entry.actor.kind == "state" and any(
            m.entry is entry and f.number.end <= m.start < f.unit_end and _STATE_SERVICE_AFTER_RE.match(c.text, m.end)
            for m in mentions
        ):
            # "Two Russian navy landing ships unloaded 40 vehicles for the corps": the count's own words name the
            # state's navy, which no group it sponsors has, whomever the cargo was for
            return entry.actor
        noun_in = f.unit.lower() if f.unit and c.head_entry_found is None else None
        return self._final_actor(entry, c.text, noun_in, st, mentions)

    @staticmethod
    def _joined_formation(text: str, start: int, end: int, mentions: list[ActorMention]) -> ActorEntry | None:
        """The multinational formation that the forces counted before ``start`` joined, named between the count and
        ``end``: "The Greek frigate, with about 190 sailors, joined Operation Irini" (the joiner's total is not it)."""
        for m in mentions:
            if (
                start <= m.start < end
                and m.entry.form == "group"
                and not m.entry.sponsor
                and _JOINED_FORMATION_BEFORE_RE.search(text, max(0, m.start - 60), m.start)
            ):
                return m.entry
        return None

    @staticmethod
    def _the_corps(text: str, f: FigureMatch, mentions: list[ActorMention], st: State) -> ActorEntry | None:
        """The group named before whose name ends in "Corps" ("the Africa Corps"), when the count is its own: "the
        corps" or "corps personnel" stands before the count with no other name between ("Since Wagner left, the
        corps has lost 40 men", "put the number of corps personnel there at 1,000"), or "corps" modifies the
        counted noun ("2,500 corps personnel")."""
        group = st.last_corps()
        if group is None:
            return None
        num = f.number
        if f.unit and _CORPS_WORD_RE.search(text, num.end, f.unit_start):
            return group
        if f.unit and _CORPS_DESTINED_AFTER_RE.match(text, f.unit_end):
            return group  # "unloaded 40 armoured vehicles destined for the Corps' units in Mali": the group's kit
        the = None
        for m in _THE_CORPS_RE.finditer(text, max(0, num.start - 80), num.start):
            the = m
        if the is not None and not any(
            the.end() <= m.start < num.start and not _PLACE_PREP_BEFORE_RE.search(text, max(0, m.start - 8), m.start)
            for m in mentions
        ):
            return group  # (a name after "in" between is a place: "the corps' contingent in Niger has 300 men")
        return None

    def _civil_ship(self, words: set[str], text: str) -> bool:
        """The sentence speaks of a merchant or civilian ship ("a Liberia-flagged tanker"): its crew are no forces."""
        if words & self.cues.civil_ship_words or "-flagged" in text:
            return True
        # "The dhow's 14 crew members": the possessive of a civilian ship's noun
        return ("'s" in text or "’s" in text) and any(
            w[-2:] in ("'s", "’s") and w[:-2] in self.cues.civil_ship_words for w in words
        )

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
            if unit_end <= m.start <= unit_end + 120 and _TRACED_TO_CARGO_RE.fullmatch(text, unit_end, m.start):
                return m.entry  # "traced 30 drones to a batch exported by Iran": the exporter's
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
