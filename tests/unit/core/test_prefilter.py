"""The literal prefilter of rule patterns: the literals it reads off a pattern, the case-folding facts it relies
on, and the same answers as the plain pattern for every gated pattern of the core."""

from __future__ import annotations

import dataclasses
import random
import re
import sys

import pytest

from claimwatch.core.extract.cues import load_cues
from claimwatch.core.prefilter import GatedPattern, compile_gated, required_literals
from claimwatch.core.text import _ASCII_FOLDS


@pytest.mark.parametrize(
    ("pattern", "flags", "want"),
    [
        (r"\bfrom[ \t]+\d", 0, ("from",)),
        (r"\b(?:cut|reduce)[ \t]+(?:its[ \t]+)?force", re.IGNORECASE, ("force",)),  # the longest shortest literal
        (r"\b(?:Command|HQ)[ \t]+in\b", 0, ("in",)),  # "Command"/"HQ" vs "in": fewest shortest wins on a tie
        (r"[;:]|,[ \t]+(?:but|while)\b|\bwhich\b", 0, (":", ";", "but", "which", "while")),
        (r"(?:ab|abc)d?x", 0, ("ab",)),  # "abc" holds "ab"; "ab" is longer than "x"
        (r"(?:number|numbers|numbered)", 0, ("number",)),  # a literal holding another adds nothing
        (r"(?:it|\d)+s", 0, ("s",)),  # one alternative without a literal: the group gives none
        (r"(?=from)\w+", 0, None),  # a lookahead consumes nothing
        (r"(?:from)?\d+", 0, None),  # optional
        (r"[A-Z]\w+", 0, None),  # a range, a category
        (r"(?i:FROM)[ \t]+x", 0, ("x",)),  # scoped flags: the group is not used
        (r"€\d+", re.IGNORECASE, ("€",)),  # a character without case
        (r"FROM", re.IGNORECASE, ("from",)),
    ],
)
def test_required_literals(pattern: str, flags: int, want: tuple[str, ...] | None) -> None:
    assert required_literals(re.compile(pattern, flags)) == want


def test_the_only_non_ascii_characters_that_fold_to_ascii_are_the_four_always_searched() -> None:
    ascii_class = re.compile("[" + re.escape("".join(chr(i) for i in range(32, 127))) + "]", re.IGNORECASE)
    folding = {chr(i) for i in range(128, sys.maxunicode + 1) if ascii_class.fullmatch(chr(i))}
    assert folding <= set(_ASCII_FOLDS)
    # and str.lower() keeps one character per character (the offsets of a window) except for one of them
    assert {chr(i) for i in range(sys.maxunicode + 1) if len(chr(i).lower()) != 1} <= set(_ASCII_FOLDS)


def _gated_patterns() -> list[GatedPattern]:
    import claimwatch.core.extract.extractor  # noqa: F401 (imports every rule module)

    found: dict[int, GatedPattern] = {}
    for name, mod in list(sys.modules.items()):
        if name.startswith("claimwatch.core"):
            found.update({id(v): v for v in vars(mod).values() if isinstance(v, GatedPattern)})
    cues = load_cues()
    found.update({id(v): v for f in dataclasses.fields(cues) if isinstance(v := getattr(cues, f.name), GatedPattern)})
    return list(found.values())


def test_non_ascii_literals_of_case_insensitive_patterns_match_only_themselves() -> None:
    chars = {
        ch
        for g in _gated_patterns()
        if g.flags & re.IGNORECASE
        for lit in g.literals or ()
        for ch in lit
        if not ch.isascii()
    }
    if not chars:
        return
    cls = re.compile("[" + re.escape("".join(sorted(chars))) + "]", re.IGNORECASE)
    assert {chr(i) for i in range(sys.maxunicode + 1) if cls.fullmatch(chr(i))} == chars


def test_every_gated_pattern_requires_a_literal() -> None:
    gated = _gated_patterns()
    assert len(gated) >= 15
    assert all(g.literals for g in gated), [g.pattern for g in gated if not g.literals]


def _texts(g: GatedPattern, rng: random.Random) -> list[str]:
    """Texts near the pattern's own literals: pieces of them, in either case, among words and punctuation."""
    words = ["the", "troops", "from", "its", "number", "of", "in", "Kyiv", "said", "1,200", "—", ",", ";", "İ", "ſ"]
    pieces = [*(g.literals or ()), *words]
    out = []
    for _ in range(300):
        parts = [rng.choice(pieces) for _ in range(rng.randint(1, 9))]
        parts = [p.upper() if rng.random() < 0.2 else p for p in parts]
        parts = [p[: rng.randint(1, len(p))] if rng.random() < 0.2 else p for p in parts]
        out.append(rng.choice([" ", "", "\t", "  "]).join(parts))
    return out


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and a.span() == b.span() and a.groups() == b.groups()
    )


def test_gated_patterns_answer_as_the_plain_ones() -> None:
    rng = random.Random(7)
    for g in _gated_patterns():
        for text in _texts(g, rng):
            n = len(text)
            for pos, end in [(0, sys.maxsize), (0, n), (n // 3, n), (0, n // 2), (-5, n - 1), (n + 2, n + 9)]:
                assert _same(g.search(text, pos, end), g.re.search(text, pos, end)), (g.pattern, text, pos, end)
                assert [m.span() for m in g.finditer(text, pos, end)] == [
                    m.span() for m in g.re.finditer(text, pos, end)
                ]
                assert g.findall(text, pos, end) == g.re.findall(text, pos, end)
            assert g.sub("#", text) == g.re.sub("#", text)


def test_a_window_bound_keeps_a_literal_outside_it_out() -> None:
    g = compile_gated(r"\bfrom\b")
    assert g.search("troops from Kyiv", 0, 8) is None
    assert g.search("troops from Kyiv", 7) is not None
    assert g.search("troops from Kyiv", 12) is None
