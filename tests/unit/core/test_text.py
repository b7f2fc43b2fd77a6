"""Sentence splitting with offsets, labels and the background section."""

from __future__ import annotations

import random
import re

import pytest

from claimwatch.core.text import dateline_end, may_contain, split_sentences

BODY = (
    "LIMA, Peru - Gen. Ana Ruiz said the U.S. team arrived on Dec. 4 in Cusco. It left later.\n\n"
    "Source: Col. Pedro Vega, in an interview\n\n"
    'Details: "They are here," he said. Nothing else.\n\n'
    "Background:\n\n"
    "- In May, 300 marines landed in Arica.\n"
    "- Later, more followed.\n"
)


def test_offsets_point_into_body() -> None:
    for s in split_sentences(BODY):
        assert BODY[s.start : s.end] == s.text


def test_abbreviations_do_not_split() -> None:
    texts = [s.text for s in split_sentences(BODY)]
    assert texts[0] == "LIMA, Peru - Gen. Ana Ruiz said the U.S. team arrived on Dec. 4 in Cusco."
    assert texts[1] == "It left later."


def test_labels_and_background() -> None:
    sents = split_sentences(BODY)
    src = [s for s in sents if s.label == "source"]
    assert src and src[0].text.startswith("Col. Pedro Vega")
    details = [s for s in sents if s.label == "details"]
    assert details[0].text == '"They are here," he said.'
    bullets = [s for s in sents if s.background]
    assert [s.text for s in bullets] == ["In May, 300 marines landed in Arica.", "Later, more followed."]
    assert bullets[0].paragraph != bullets[1].paragraph
    assert not any(
        s.background for s in sents if s.label != "background" and not s.text.startswith(("In May", "Later"))
    )


def test_dateline() -> None:
    assert BODY[: dateline_end(BODY)] == "LIMA, Peru - "
    assert dateline_end("Troops arrived.") == 0


@pytest.mark.parametrize(
    ("pattern", "anchors"),
    [
        (r"\b(?:mission|missions|peacekeeping|peacekeepers|standby[ \t]+force)\b", ("mission", "peacekeep", "standby")),
        (r"\b(?:on|last|this)?[ \t]*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", ("day",)),
        (r"\b(?:sept?(?:ember)?|jan(?:uary)?)\.?[ \t]+\d", ("sep", "jan")),
    ],
)
def test_may_contain_never_rules_out_a_match(pattern: str, anchors: tuple[str, ...]) -> None:
    # A skipped search must be one that finds nothing: the anchors in any case, and the characters that
    # IGNORECASE folds to ASCII letters ("ſ" matches "s", "ı" and "İ" match "i", the Kelvin sign "k").
    rx = re.compile(pattern, re.IGNORECASE)
    rng = random.Random(5)
    parts = ["Mission", "PEACEKEEPers", "standby\tforce", "Friday", "SUNDAY", "on", "Sept.", "ſept", "jan 5",
             "mıssion", "MİSSION", "peaceKeeping", "ſtandby force", " ", ",", "x", "é", "day"]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 6)))
        if rx.search(text):
            assert may_contain(text, anchors), text
    assert not may_contain("Troops arrived in the capital.", ("mission", "day"))


def test_lower_keeping_offsets() -> None:
    from claimwatch.core.text import lower_keeping_offsets

    assert lower_keeping_offsets("North KOREA") == "north korea"
    low = lower_keeping_offsets("İncirlik hosts Turkish jets")
    assert len(low) == len("İncirlik hosts Turkish jets") and low.endswith("ncirlik hosts turkish jets")


def test_a_range_of_abbreviated_months_does_not_end_a_sentence() -> None:
    from claimwatch.core.text import split_sentences

    texts = [s.text for s in split_sentences("- Third contingent (Aug.-Sep. 2025): about 900")]
    assert texts == ["Third contingent (Aug.-Sep. 2025): about 900"]

