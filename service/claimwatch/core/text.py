"""Sentence splitting with body offsets, and section tracking.

News items arrive as plain text with a few conventions that matter for claims:
bullet lines ("- ..."), labelled lines ("Source:", "Details:", "Background:")
and a recap section whose sentences restate older claims. Evidence offsets must
point into the original body, so the splitter never rewrites the text: it only
records spans. The splitter is a single linear pass of precompiled regexes; no
statistical model (none runs at the speed the core needs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Labels that open a recap of older reporting: their sentences are ``background``.
BACKGROUND_LABELS = frozenset({"background", "recap", "context", "previously", "earlier"})
#: Labels that name who said it: their sentences are claimant lines, not claims.
SOURCE_LABELS = frozenset({"source", "sources"})
#: Any label the splitter recognises at the start of a line.
KNOWN_LABELS = (
    BACKGROUND_LABELS | SOURCE_LABELS | frozenset({"details", "detail", "what happened", "update", "summary"})
)

#: Tokens that end with a period without ending a sentence.
_ABBREVIATIONS_TEXT = """
    u.s u.k u.n e.u mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig rep sen gov
    pres st no nos vs etc inc ltd co corp jr sr fig approx est dept govt jan feb mar apr jun jul aug sep
    sept oct nov dec mt ft
"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
#: A run of this many ASCII letters before a period ends a word longer than any abbreviation.
_PLAIN_TAIL = max(map(len, ABBREVIATIONS)) + 1

_LABEL_RE = re.compile(r"[ \t]*(?:[-*•–][ \t]+)?([A-Z][A-Za-z ]{1,20}):[ \t]*")
_BULLET_RE = re.compile(r"[ \t]*[-*•–][ \t]+")
_LINE_RE = re.compile(r"[^\n]+")
#: A candidate boundary: terminal punctuation, optional closing quotes/brackets, space.
_BOUNDARY_RE = re.compile(r"[.!?][\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9])")
#: The last token before a period; a letter glued to a digit or hyphen ("BMP-3s.") is no initial.
_LAST_TOKEN_RE = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z.]{0,9})\.$")


# Not frozen (nothing assigns to one once built; ``unsafe_hash`` hashes it as ``frozen`` did): a frozen dataclass's
# ``__init__`` sets each field through ``object.__setattr__``, ~5x the cost, and the extractor builds ~120 of
# these per item (sentences, mentions, numbers).
@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """One sentence of the body with its span and the context a claim needs."""

    text: str
    start: int
    end: int
    paragraph: int
    background: bool = False
    label: str | None = None  # the line label ("source", "details", ...) when the line had one
    index: int = 0  # position in the item's sentence list


def _is_abbreviation(chunk: str) -> bool:
    m = _LAST_TOKEN_RE.search(chunk)
    if not m:
        # "(Oct.-Nov. 2024)": the second month of a range of abbreviated months
        return chunk.endswith(".") and "-" in chunk and _MONTH_RANGE_END_RE.search(chunk) is not None
    tok = m.group(1).lower()
    if tok in ABBREVIATIONS:
        return True
    # Initials ("J." or "U.S."): one letter, or dotted letters. Most tokens are plain words with no inner dot,
    # so the dot test goes before the (precompiled) pattern.
    return len(tok) == 1 or ("." in tok and _INITIALS_RE.fullmatch(tok) is not None)


_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_MONTH_RANGE_END_RE = re.compile(r"\.[-–](?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


#: Longest sentence the extractor sees. Per-sentence work grows with figures x length, so an
#: unpunctuated run (a hostile or broken body) is cut into pieces to keep extraction linear.
MAX_SENTENCE_CHARS = 2000


def _split_line(line: str, base: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BOUNDARY_RE.finditer(line):
        closing = m.group(0).rstrip(" \t")
        # The last token is at most 11 characters: look at the tail only, not the whole chunk
        # (a run of abbreviations would otherwise rescan the chunk at every boundary).
        dot = m.start()
        if (
            line[dot] == "."
            # _PLAIN_TAIL ASCII letters before the period (within the chunk) make a last token that is longer than
            # any abbreviation and no initials (no inner dot): only a shorter token needs the test
            and not (
                dot - pos >= _PLAIN_TAIL and (tail := line[dot - _PLAIN_TAIL : dot]).isascii() and tail.isalpha()
            )
            and _is_abbreviation(line[max(pos, dot - 16) : dot + 1])
        ):
            continue
        end = m.start() + len(closing)
        if end - pos >= 2:
            _add_capped(spans, line, base, pos, end)
        pos = m.end()
    rest = line[pos:].rstrip()
    if rest.strip():
        _add_capped(spans, line, base, pos, pos + len(rest))
    return spans


def _add_capped(spans: list[tuple[int, int]], line: str, base: int, start: int, end: int) -> None:
    """Append ``line[start:end]`` as one span, or as pieces of at most MAX_SENTENCE_CHARS cut at a space."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = line.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        spans.append((base + start, base + cut))
        start = cut
        while start < end and line[start] in " \t":
            start += 1
    if end - start >= 1:
        spans.append((base + start, base + end))


def split_sentences(body: str) -> list[Sentence]:
    """Split ``body`` into sentences with offsets, paragraphs and section flags.

    A paragraph is one non-blank line (bullets are their own paragraphs): that
    is the scope within which an unnamed speaker or actor carries over. A
    background label opens a section that lasts until another known label.
    """
    out: list[Sentence] = []
    in_background = False
    paragraph = -1
    for lm in _LINE_RE.finditer(body):
        line = lm.group(0)
        if not line.strip():
            continue
        paragraph += 1
        offset = lm.start()
        label: str | None = None
        content_start = 0
        lab = _LABEL_RE.match(line)
        if lab and lab.group(1).strip().lower() in KNOWN_LABELS:
            label = lab.group(1).strip().lower()
            content_start = lab.end()
            if label in BACKGROUND_LABELS:
                in_background = True
            elif label not in SOURCE_LABELS:
                in_background = False
        else:
            b = _BULLET_RE.match(line)
            if b:
                content_start = b.end()
        content = line[content_start:]
        if not content.strip():
            continue
        lead = len(content) - len(content.lstrip())
        for s, e in _split_line(content.lstrip(), offset + content_start + lead):
            # (positional: text, start, end, paragraph, background, label, index)
            out.append(Sentence(body[s:e], s, e, paragraph, in_background, label, len(out)))
    return out


#: The only non-ASCII characters that an IGNORECASE pattern matches to ASCII letters: "İ", "ı", "ſ", "K" (Kelvin).
_ASCII_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def folds_to_ascii(text: str) -> bool:
    """Whether ``text`` holds one of ``_ASCII_FOLDS``: an IGNORECASE pattern may then match a word that
    ``text.lower()`` does not hold, so no gate built on lower-cased ASCII words may skip its search."""
    return not text.isascii() and any(c in text for c in _ASCII_FOLDS)


def contains_spaced(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``words``, each written with single spaces around it (" as ", " a move "),
    as a pattern that takes any run of blanks (``[ \t]+``) between words sees it: a text with a tab or two spaces in
    a row is always searched. False proves that such a pattern, which needs one of the words, finds nothing."""
    return any(w in text for w in words) or "\t" in text or "  " in text


def lower_keeping_offsets(text: str) -> str:
    """``text.lower()`` with every character at its own index, so a span found in the lower-cased text is the same
    span of ``text``. ``str.lower`` turns "İ" (as in "İzmir", "İncirlik") into two characters, which shifts every
    later offset; such a character is kept as written instead."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def may_contain(text: str, anchors: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``anchors`` (lower-case ASCII, no spaces) in any case, as an IGNORECASE
    pattern sees it. False proves that a pattern which cannot match without one of them finds nothing there.

    A pattern that starts with ``\b`` or is IGNORECASE gets no prefix scan from ``re``: its search tries every
    position of a sentence (10-30 ns per character, 5-15 us per sentence), while a few substring tests of the
    lower-cased text cost well under a microsecond. A text with one of the characters that fold to ASCII
    letters may match without an anchor in ``lower()``: it is always searched.
    """
    low = text.lower()
    return any(a in low for a in anchors) or folds_to_ascii(text)


# "CITY, Country - ", and the wire forms "CITY, May 6 (Reuters) - ", "CITY/CITY, Country (Stars and Stripes) — ";
# "CITY: " as some Gulf and Asian papers write it; "CITY -- " with a doubled hyphen for a dash
_DATELINE_RE = re.compile(
    r"[A-Z][A-Z .'’-]{1,40}(?:/[A-Z][A-Z .'’-]{1,40})?(?:,[ \t]+[A-Z][A-Za-z .'’-]{1,40})?"
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)?"
    r"(?:[ \t]+\([A-Z][\w .&'’-]{1,40}\))?(?:[ \t]+(?:--|[-–—])|(?<=[A-Za-z)]):)[ \t]+"
)


def dateline_end(body: str) -> int:
    """Length of a leading dateline ("CITY, Country - "), 0 when there is none.

    A dateline names where the story was filed, never where forces are.
    """
    m = _DATELINE_RE.match(body)
    return m.end() if m else 0
