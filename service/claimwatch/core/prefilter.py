"""Regex searches that skip texts which cannot match: a literal prefilter derived from the pattern itself.

Most rule patterns are searched in short windows of a sentence (``_X_RE.search(text, max(0, start - 60),
start)``) where they almost never match, and ``re`` spends 2-20 us finding that out: a pattern that opens with
``\\b``, a class or an alternation gets no literal-prefix scan, so the engine tries every position. But nearly
every such pattern *requires* some literal: ``\\b(?:cut|reduce|trim)[ \\t]+[^.]*from\\b`` cannot match a window
without "from". ``required_literals`` reads that set off the parsed pattern (``re._parser``'s tree, the one
``re`` compiles), and :class:`GatedPattern` tests it with ``in`` on the window ``text[pos:endpos]`` before
running the search: a fraction of a microsecond instead of the whole search, and the same result. The gate costs
~0.5 us a call, so it pays only where the search costs more and its literals are rare: the patterns gated in the
rule modules are those a replay of their recorded calls showed faster gated (bench/RESULTS.md, session 9);
one that requires only a common fragment ("th", "d") or dozens of literals is left plain.

Why the result is the same: a match consumes every literal of every element its pattern sequence requires, so
when none of the literals of one required element occurs in ``text[pos:endpos]`` there is no match, and
``search``/``finditer``/``findall``/``sub`` return what they return for no match. Which literals an element
requires (``_seq``/``_node``): a literal run (letters between zero-width assertions stay one run: they are
adjacent in any match); a group (without scoped flags); a repeat of at least one; an alternation when every
branch requires one (the union of the branches' sets); a class of a few plain characters. Everything else
(lookarounds, classes with ranges or categories, optional parts, backreferences) requires nothing, which is
always safe: the element is just not used. Of the elements that give a set, the most selective is kept (longest
shortest literal, then fewest), and a literal that holds another of the set is dropped (the shorter one occurs
whenever it does).

Case-insensitive patterns: the literals are lower-cased and tested against the window's ``lower()``. ``re``
matches a character case-insensitively by its simple lower-case mapping, which ``str.lower`` also applies to
every character but "İ" (U+0130: ``re`` folds it to "i", ``str.lower`` to two characters); the other characters
``re`` folds to ASCII letters are "ı", "ſ" and "K" (``text._ASCII_FOLDS``). A non-ASCII window with one of those
four is always searched; a literal of a case-insensitive pattern must be ASCII or a character without case
("€"), so nothing else folds to it (``tests/unit/core/test_prefilter.py`` checks both claims against every code
point).

``match``/``fullmatch`` are the pattern's own (an anchored attempt fails fast already), and so is everything
when the pattern requires no literal.
"""

from __future__ import annotations

import re
import re._constants as _c  # the parser's opcodes: the same tree ``re.compile`` compiles
import re._parser as _p
import sys
from collections.abc import Callable, Iterator
from typing import Any

from claimwatch.core.text import folds_to_ascii

#: A class of at most this many plain characters ("[,;:]") counts as a set of one-character literals.
_MAX_CLASS = 6

_Lits = frozenset[str]


def _score(lits: _Lits) -> tuple[int, int]:
    return min(len(s) for s in lits), -len(lits)


def _seq(items: Any, icase: bool) -> _Lits | None:
    """A set of literals one of which every match of the sequence ``items`` contains; None when there is none."""
    cands: list[_Lits] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op is _c.AT:
            continue  # zero-width ("\b", "^"): the literals on both sides are adjacent in a match
        if run:
            cands.append(frozenset(["".join(run)]))
            run = []
        got = _node(op, av, icase)
        if got is not None:
            cands.append(got)
    if run:
        cands.append(frozenset(["".join(run)]))
    if icase:
        cands = [frozenset(s.lower() for s in c) for c in cands if all(_foldable(s) for s in c)]
    return max(cands, key=_score, default=None)


def _foldable(lit: str) -> bool:
    """Whether a literal of a case-insensitive pattern may be tested in ``str.lower()`` (see the module doc)."""
    return all(ch.isascii() or ch.lower() == ch.upper() == ch for ch in lit)


def _node(op: Any, av: Any, icase: bool) -> _Lits | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _seq(sub, icase)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _seq(alt, icase)
            if got is None:
                return None
            out |= got
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _seq(sub, icase) if lo >= 1 else None
    if op is _c.IN:
        if not all(o is _c.LITERAL for o, _ in av) or not 0 < len(av) <= _MAX_CLASS:
            return None
        return frozenset(chr(v) for _, v in av)
    return None


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of ``pattern`` contains (lower-cased for a case-insensitive pattern),
    shortest first; None when the pattern requires none."""
    icase = bool(pattern.flags & re.IGNORECASE)
    got = _seq(_p.parse(pattern.pattern, pattern.flags), icase)
    if got is None:
        return None
    out: list[str] = []
    for lit in sorted(got, key=lambda s: (len(s), s)):
        if not any(kept in lit for kept in out):
            out.append(lit)
    return tuple(out)


class GatedPattern:
    """A compiled pattern whose ``search``, ``finditer``, ``findall`` and ``sub`` first test the literals it
    requires (``required_literals``); same results as the pattern's own methods."""

    __slots__ = ("_icase", "flags", "fullmatch", "literals", "match", "pattern", "re")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.re = pattern
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.match = pattern.match
        self.fullmatch = pattern.fullmatch
        self.literals = required_literals(pattern)
        self._icase = bool(pattern.flags & re.IGNORECASE)

    def may_match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False proves that the pattern matches nowhere in ``string[pos:endpos]``."""
        lits = self.literals
        if lits is None:
            return True
        # (``re`` takes a negative bound as 0; a slice would count it from the end)
        window = string[max(pos, 0) : max(endpos, 0)] if pos > 0 or endpos < len(string) else string
        if self._icase:
            if folds_to_ascii(window):
                return True
            window = window.lower()
        for lit in lits:  # noqa: SIM110 (a loop, not any() over a generator: this runs per search)
            if lit in window:
                return True
        return False

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.re.search(string, pos, endpos) if self.may_match(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.re.finditer(string, pos, endpos) if self.may_match(string, pos, endpos) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.re.findall(string, pos, endpos) if self.may_match(string, pos, endpos) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.re.sub(repl, string, count) if self.may_match(string) else string


def gated(pattern: re.Pattern[str]) -> GatedPattern:
    return GatedPattern(pattern)


def compile_gated(pattern: str, flags: int = 0) -> GatedPattern:
    """``re.compile``, gated (``GatedPattern``)."""
    return GatedPattern(re.compile(pattern, flags))
