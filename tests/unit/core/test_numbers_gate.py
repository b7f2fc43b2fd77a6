"""The gate in front of ``_BEFORE_NOT_FIGURE`` (what may come before a number that is not a figure: "$",
"aged", "Resolution", "voted 12 to"): the gate reads only the window's last word against a hand-kept list of the
words the pattern can end with. If a branch is added to the pattern and not to the list, the gate would wave
through "a flight 370"-like numbers as figures without anyone noticing; these tests make that fail."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimwatch.core.numbers import (
    _BEFORE_NOT_FIGURE,
    _BEFORE_NOT_LAST_CHARS,
    _BEFORE_NOT_LAST_WORDS,
    _before_may_not_figure,
)

#: every word the pattern spells out, in the cases news writes them, and neighbours that must not matter
_WORDS = sorted(
    {w for w in re.findall(r"[A-Za-z]+", _BEFORE_NOT_FIGURE.pattern) if len(w) > 1}
    | {"No.", "no.", "Jan.", "Sept.", "troops", "sent", "about", "some", "the", "Mr", "young", "old", "1,000", "24"}
)
_TOKENS = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(_WORDS).map(str.capitalize),
    st.sampled_from([*_BEFORE_NOT_LAST_CHARS, "¥", "(", ")", ";", ":", "'", "’", "é"]),
    st.from_regex(r"\d{1,3}(?:,\d{3})?", fullmatch=True),
)
_BLANKS = st.sampled_from([" ", "\t", "  ", ""])


@st.composite
def _windows(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_TOKENS, _BLANKS), min_size=1, max_size=6))
    tail = draw(st.sampled_from(["", " ", " \t", "\n"]))
    return "".join(t + b for t, b in parts) + tail


@settings(max_examples=3000, deadline=None)
@given(_windows())
def test_the_gate_never_hides_a_match(before: str) -> None:
    if _BEFORE_NOT_FIGURE.search(before):
        assert _before_may_not_figure(before), before


def test_every_listed_word_ends_some_match_and_every_listed_char_too() -> None:
    # a word in the list that the pattern can no longer end with would only cost a search; still, the list is
    # meant to be the pattern's last words, exactly
    months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    for word in _BEFORE_NOT_LAST_WORDS:
        if word in {"to", "against", "by", "of", "and", "or", "as", "number", "numbers", "numbered", "only", "just"}:
            continue  # ends a longer phrase ("voted by", "ages 24 and", "hull number"), tested below
        window = f"the {word} " if word not in months else f"on {word.capitalize()} "
        assert _BEFORE_NOT_FIGURE.search(window) and _before_may_not_figure(window), word
    for phrase in [
        "voted by ", "votes to ", "voted 12 against ", "ages 24 and ", "as young as ", "voting of ", "hull number ",
        "pennant numbers ", "orders numbered ", "one of only ", "one of just ",
    ]:  # fmt: skip
        assert _BEFORE_NOT_FIGURE.search(phrase) and _before_may_not_figure(phrase), phrase
    for char in _BEFORE_NOT_LAST_CHARS:
        window = {".": "No.", ",": "aged 24, ", "-": "voted 12 - ", "(": "the frigate Zadorny ("}.get(char, char)
        assert _BEFORE_NOT_FIGURE.search(window) and _before_may_not_figure(window), char


def test_a_window_that_cannot_match_is_gated_out() -> None:
    for before in ["about ", "Russia sent ", "at least ", "some 4,000 troops were ", ""]:
        assert not _BEFORE_NOT_FIGURE.search(before)
        assert not _before_may_not_figure(before), before
