"""The cheap gates in front of rule patterns never hide a match.

Many rules test a word or two (``"free" in text``, ``may_contain(text, _TRANSIT_ANCHORS)``) before running a
regex, because a search that tries every position of a sentence costs far more. A gate is only a speed-up if it
is true of every string the pattern matches: one that is not silently drops the rule for some spellings
("Elsewhere in" opening a sentence under a lower-case gate, "according  to" with two spaces under a gate that
spells one). Each case below pairs a pattern with the gate written in front of it in the code; hypothesis
generates strings the pattern matches, and the gate must let every one through.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimwatch.core import actors, claimants, dates, numbers
from claimwatch.core.extract import events, extractor, figure_owners, figures, owners, patterns, places
from claimwatch.core.text import contains_spaced, may_contain

#: (pattern, anchors, how the code tests them): "fold" is ``may_contain`` (any case, as an IGNORECASE pattern
#: sees it), "spaced" is ``contains_spaced`` (words with single spaces, any text with a tab or two spaces searched),
#: "exact" a plain ``in`` on the text as written
GATES: dict[str, tuple[re.Pattern[str], tuple[str, ...], str]] = {
    "mission word": (patterns._MISSION_WORD_RE, patterns._MISSION_WORD_ANCHORS, "fold"),
    "group of": (figures._GROUP_OF_BEFORE_RE, figures._GROUP_OF_ANCHORS, "fold"),
    "from many states": (figures._FROM_MANY_STATES_AFTER_RE, figures._FROM_MANY_STATES_ANCHORS, "exact"),
    "list entry": (figures._LIST_ENTRY_BEFORE_RE, (",",), "exact"),
    "combined subject": (figures._COMBINED_SUBJECT_RE, figures._COMBINED_ANCHORS, "exact"),
    "together list": (figures._TOGETHER_LIST_RE, ("ogether",), "exact"),
    "toll put at": (figure_owners._TOLL_PUT_AT_BEFORE_RE, ("toll",), "exact"),
    "crossing at": (places._CROSSING_AT_BEFORE_RE, places._CROSSING_ANCHORS, "exact"),
    "interviewed": (figures._INTERVIEWED_BEFORE_RE, figures._INTERVIEWED_ANCHORS, "fold"),
    "restated quantity": (figures._RESTATED_BEFORE_RE, figures._RESTATED_ANCHORS, "fold"),
    "time ago": (figures._TIME_AGO_AFTER_RE, ("ago", "earlier", "before"), "exact"),
    "rescued": (figures._RESCUED_BEFORE_RE, ("rescu",), "exact"),
    "graduated": (figures._GRADUATED_AFTER_RE, ("graduat",), "exact"),
    "test-fired": (figures._TEST_FIRED_BEFORE_RE, ("test",), "fold"),
    "label line": (figures._NOUN_LABEL_LINE_RE, (":",), "exact"),
    "captive": (figures._CAPTIVE_AFTER_RE, ("guard", "captiv"), "exact"),
    "medical": (places._MEDICAL_BEFORE_RE, places._MEDICAL_ANCHORS, "exact"),
    "time clause": (places._TIME_CLAUSE_RE, places._TIME_CLAUSE_ANCHORS, "exact"),
    "transit": (patterns._TRANSIT_AFTER_RE, places._TRANSIT_ANCHORS, "fold"),
    "via site": (places._VIA_SITE_AT_RE, places._VIA_SITE_ANCHORS, "exact"),
    "kept in": (places._KEPT_IN_BEFORE_RE, places._KEPT_IN_ANCHORS, "exact"),
    "own ground": (places._OWN_GROUND_BEFORE_RE, ("own",), "exact"),
    "visa": (places._VISA_AFTER_RE, ("visa",), "fold"),
    "adverbial tail": (owners._ADVERBIAL_TAIL_RE, owners._TAIL_WORDS, "spaced"),
    "place that": (owners._PLACE_THAT_SPAN_RE, (" that ",), "spaced"),
    "force put at": (figures._FORCE_PUT_AT_RE, (" at ",), "spaced"),
    "where count": (patterns._WHERE_COUNT_AFTER_RE, ("where",), "exact"),
    "on visas": (places._ON_VISAS_AFTER_RE, ("visa",), "exact"),
    "elsewhere": (places._ELSEWHERE_BEFORE_RE, ("elsewhere",), "fold"),
    "lost access": (places._LOST_ACCESS_RE, ("access",), "fold"),
    "model plural in text": (places._MODEL_PLURAL_TEXT_RE, ("-",), "exact"),
    "debris": (places._DEBRIS_BEFORE_RE, ("ebris", "reckage", "ragments"), "exact"),
    "solidarity": (places._SOLIDARITY_BEFORE_RE, ("olidarity",), "exact"),
    "undecided": (places._UNDECIDED_AFTER_RE, ("decision",), "exact"),
    "freed forces": (places._FREED_FORCES_RE, ("free",), "exact"),
    "contrast tail": (events._CONTRAST_TAIL_RE, events._CONTRAST_ANCHORS, "exact"),
    "model plural moved": (extractor._MODEL_PLURAL_MOVED_RE, ("-",), "exact"),
    "whose question": (extractor._WHOSE_QUESTION_BEFORE_RE, ("whether",), "exact"),
    "relative on place": (extractor._RELATIVE_ON_PLACE_RE, ("wh",), "exact"),
    "while clause": (extractor._WHILE_CLAUSE_RE, ("wh",), "exact"),
    "home base": (places._HOME_BASE_BEFORE_RE, ("home",), "exact"),
    "homeward": (places._HOMEWARD_AFTER_RE, ("home",), "exact"),
    "host condition": (places._HOST_CONDITION_AFTER_RE, ("should", "if", "unless"), "exact"),
    "then onward": (places._THEN_ONWARD_AFTER_RE, ("then",), "exact"),
    "recruited from": (owners._RECRUITED_FROM_BEFORE_RE, ("from",), "exact"),
    "observer speaks": (owners._OBSERVER_SPEAKS_RE, ("it",), "exact"),
    "unit of": (numbers._UNIT_OF_BEFORE_RE, ("of",), "exact"),
    "model plural token": (numbers._MODEL_PLURAL_RE, ("-",), "exact"),
    "local name": (actors._LOCAL_NAME_BEFORE_RE, ("locally",), "exact"),
    "day month": (dates._DAY_MON_RE, dates._MONTH_ANCHORS, "fold"),
    "month day": (dates._MON_DAY_RE, dates._MONTH_ANCHORS, "fold"),
    "weekday": (dates._WEEKDAY_RE, dates._WEEKDAY_ANCHORS, "fold"),
    "relative date": (dates._RELATIVE_RE, dates._RELATIVE_ANCHORS, "fold"),
    "according to": (claimants._ACCORDING_RE, claimants._ACCORDING_ANCHORS, "exact"),
    "unnamed according": (claimants._UNNAMED_ACCORDING_RE, claimants._ACCORDING_ANCHORS, "exact"),
    "subject speech": (claimants._SUBJECT_SPEECH_RE, claimants._SPEECH_ANCHORS, "exact"),
    "trailing speech": (claimants._TRAILING_RE, claimants._SPEECH_ANCHORS, "exact"),
    "titled": (claimants._TITLED_RE, claimants._TITLE_ANCHORS, "exact"),
    "unnamed": (claimants._UNNAMED_RE, claimants._UNNAMED_ANCHORS, "exact"),
    "pronoun speech": (claimants._PRONOUN_RE, claimants._PRONOUN_SPEECH_ANCHORS, "fold"),
    "split between": (patterns._SPLIT_BETWEEN_AFTER_RE, ("split", "divided", "shared", "down"), "exact"),
    "keeps base": (patterns._KEEPS_BASE_RE, tuple(patterns._BASE_WORDS), "exact"),
    "which keeps base": (patterns._WHICH_KEEPS_BASE_RE, (",",), "exact"),
    "where keeps": (places._WHERE_KEEPS_RE, ("where",), "exact"),
    "made after": (extractor._MADE_AFTER_RE, ("-",), "exact"),
    "signal sent to": (places._SIGNAL_SENT_TO_RE, ("signal", "message", "warning"), "exact"),
    "last left": (events._LAST_LEFT_RE, ("last",), "exact"),
}


def _plain(pattern: object) -> re.Pattern[str]:
    got = getattr(pattern, "re", pattern)  # a GatedPattern wraps the compiled pattern
    assert isinstance(got, re.Pattern)
    return got


@pytest.mark.parametrize("name", sorted(GATES))
def test_the_gate_lets_every_match_through(name: str) -> None:
    pattern, anchors, how = GATES[name]

    @settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(st.from_regex(_plain(pattern)))
    def check(text: str) -> None:
        if how == "fold":
            passes = may_contain(text, anchors)
        elif how == "spaced":
            passes = contains_spaced(text, anchors)
        else:
            passes = any(a in text for a in anchors)
        assert passes, text

    check()
