"""Figure parsing: the numbers a claim counts, with bounds and the counted noun.

DESIGN.md fixes the shape of a figure: ``value`` is the first number stated,
"more than N" gives a lower bound, "up to N" an upper one, "between A and B" a
range, and hedging words make it approximate. Most numbers in a news item are
*not* figures (dates, ages, money, percentages, distances, calibres, unit and
article numbers, vote counts), so a number becomes a figure only when a counted
noun of a known topic follows it (or, for a bare "11,000 are deployed", when the
caller can supply the forces from context). Everything is precompiled regexes
with bounded repetition, linear in the sentence length.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from claimwatch.core.prefilter import compile_gated

_WORD_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORD_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_WORD = r"(?:" + "|".join(sorted(_WORD_UNITS, key=len, reverse=True)) + r"|hundred|thousand|million)"
_WORD0 = r"(?:" + "|".join(sorted(_WORD_UNITS, key=len, reverse=True)) + r")"
#: "and" inside a number in words only after a scale ("two hundred and fifty"): "six and eight" is two numbers
_AND_AFTER_SCALE = r"(?:(?:(?<=hundred[ \t])|(?<=thousand[ \t])|(?<=million[ \t]))and[ \t]+)?"
_WORDNUM = (
    rf"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|half[ \t]+a)[ \t]+dozen|"
    rf"a[ \t]+(?:hundred|thousand|million)|"
    rf"{_WORD0}\b(?:[ \t-]+{_AND_AFTER_SCALE}{_WORD}\b){{0,5}})"
)
#: ("30 240 mm rocket launchers": a count, then a calibre in millimetres, is no "30 240")
#: ("1,200km": the grouped number glued to its unit is a distance; its first group alone is no number)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|,\d|[ \t]*mm\b)|\d+(?:\.\d+)?(?!,\d))"
#: "1.2m shells": "m" right after digits is millions before a word (not "500m from", "a 2m-high wall": metres)
_SCALE = (
    r"(?:[ \t]*(?:million|mn|thousand)\b|k\b|m(?=[ \t]+[A-Za-z])"
    r"(?![ \t]+(?:from|away|long|high|wide|deep|tall|of|off|north|south|east|west|above|below|beyond|inside|"
    r"outside|behind|ahead|short|deeper|further|farther)\b))"
)
_NUM = rf"(?:{_DIGITS}{_SCALE}?|{_WORDNUM})"

# Modifier phrases before a number, by the bound they give.
_LOW = ["more than", "over", "at least", "no fewer than", "no less than", "not less than", "upwards of",
        "just over", "well over", "in excess of", "a minimum of", "minimum of", "some more than", "above",
        "just above", "well above", "exceeds", "exceeded", "surpasses", "surpassed", "north of", "just north of",
        "upward of"]  # fmt: skip
_HIGH = ["up to", "as many as", "nearly", "almost", "close to", "fewer than", "less than", "under", "just under",
         "no more than", "not more than", "a maximum of", "maximum of", "at most", "below", "just below",
         "shy of", "just shy of", "short of", "just short of"]  # fmt: skip
_APPROX = ["about", "around", "roughly", "some", "approximately", "an estimated", "estimated", "circa", "approx.",
           "perhaps", "possibly", "reportedly", "an approximate", "~"]  # fmt: skip
_RANGE = ["between", "from"]
#: After a number: "1,000-plus" and "1,000 or more" (a lower bound), "1,000-odd" and "1,000 or so" (about N),
#: "600-strong" and "600-member" (a formation's size).
_SUFFIX = r"-plus|\+|-strong|-member|-odd|[ \t]+or[ \t]+(?:so|more)\b"
_STRENGTH_SUFFIXES = ("-strong", "-member")
_SUFFIX_LOW = ("-plus", "+", "or more")
_SUFFIX_APPROX = ("-odd", "or so")
_MODS = sorted(_LOW + _HIGH + _APPROX + _RANGE, key=len, reverse=True)
_MOD = r"(?:" + "|".join(re.escape(m).replace(r"\ ", r"[ \t]+") for m in _MODS) + r")"

FIGURE_RE = re.compile(
    rf"(?:(?P<mod>{_MOD})[ \t]+)?(?P<n1>{_NUM})"
    rf"(?:(?P<sep>[ \t]*[-–—][ \t]*|[ \t]+(?:to|and)[ \t]+)(?P<n2>{_NUM}))?"
    rf"(?P<suffix>{_SUFFIX})?(?![\w%]|\.\d)",
    re.IGNORECASE,
)
#: The number alone, matched at a candidate token (scanning with FIGURE_RE is 3x slower).
#: (Both end where no letter, "%" or decimal part follows: "2.6% of GDP" is a share, never the count "2".)
_NUM_AT_RE = re.compile(
    rf"(?P<n1>{_NUM})(?:(?P<sep>[ \t]*[-–—][ \t]*|[ \t]+(?:to|and)[ \t]+)(?P<n2>{_NUM}))?"
    rf"(?P<suffix>{_SUFFIX})?(?![\w%]|\.\d)",
    re.IGNORECASE,
)
_MOD_SET = frozenset(_MODS)
_MOD_MAX_WORDS = max(len(m.split()) for m in _MODS)


#: The last word of every modifier phrase: a number whose previous word is none of these has no modifier.
_MOD_LAST_WORDS = frozenset(m.split()[-1] for m in _MODS)


def _modifier_before(text: str, pos: int) -> tuple[str | None, int]:
    """The bound-giving phrase right before a number ("more than", "up to"), with its start.

    Most numbers have none, so the word before is tested first (one ``rsplit``), and the
    phrase is only rebuilt from the window's words when it ends like a modifier.
    """
    if pos == 0 or text[pos - 1] not in " \t":
        if pos and text[pos - 1] == "~":
            return "~", pos - 1  # "~4,000": a tilde stands for "about" in tables and fact boxes
        return None, pos
    base = max(0, pos - 24)
    tail = text[base:pos].rsplit(None, 1)
    if not tail or tail[-1].lstrip(_OPEN_QUOTES).lower() not in _MOD_LAST_WORDS:
        return None, pos
    spans = [(m.start(), m.group(0)) for m in _NONSPACE_RE.finditer(text, base, pos)]
    if base > 0 and spans and not text[base - 1].isspace():
        spans = spans[1:]  # the first word may be cut
    for k in range(min(_MOD_MAX_WORDS, len(spans)), 0, -1):
        # a quoted count opens with its modifier ('killed "more than 30" soldiers'): the quote is no part of it
        first = spans[-k][1].lstrip(_OPEN_QUOTES)
        phrase = " ".join([first] + [w for _, w in spans[len(spans) - k + 1 :]]).lower()
        if phrase in _MOD_SET:
            start = spans[-k][0] + len(spans[-k][1]) - len(first)
            return text[start:pos].rstrip(), start
    return None, pos


_OPEN_QUOTES = "\"“‘'"


_NONSPACE_RE = re.compile(r"\S+")
#: "from" after a figure or a change verb ("cut to 5,000 from 15,000", "down from about 4,000", "from a peak of
#: 15,000"): the number after it is a second, earlier figure, not the start of a range.
_SECOND_FROM_RE = compile_gated(
    # "cut MINUSCA's authorised strength from 14,400 to 11,000", "its contingent from 450 to 250"
    r"(?:\b(?:up|down|rising|falling|rose|fell|dropped|increased|decreased|reduced|cut|strength|ceiling|"
    r"contingent|presence|garrison|deployment|raised|revised|lowered|adjusted|grown|grew|"
    # "revised the figure upward from 600": the direction of the change, then its earlier value
    r"upward|upwards|downward|downwards)|"
    r"\d(?:[ \t]+[A-Za-z]+)?[ \t]*,?)[ \t]+from"
    # (an opening quote before the count: 'up from "roughly 500"')
    r"(?:[ \t]+(?:a|an|the)[ \t]+(?:peak|high|maximum|height|low|total)[ \t]+of)?[ \t]+[\"“]?$",
    re.IGNORECASE,
)
#: A count revised or changed before "from ... to ...": "raised its estimate of X losses in Y from 4,000 to 6,200",
#: "revised its count ... upward, from", "will reduce its troop presence in Iraq from about": the two numbers are the
#: count before and after the change, two figures, not a range
_REVISED_FROM_RE = compile_gated(
    r"\b(?:rais(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|increas(?:e|es|ed|ing)|"
    r"lower(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|adjust(?:s|ed|ing)?|upward|downward|"
    r"scal(?:e|es|ed|ing)[ \t]+(?:back|down|up)|trim(?:s|med|ming)?|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|"
    r"shr(?:ink|inks|ank|unk|inking)|r(?:ise|ises|ose|isen|ising)|f(?:all|alls|ell|allen|alling)|"
    r"gr(?:ow|ows|ew|own|owing)|drop(?:s|ped|ping)?|doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing))\b"
    r"[^.;:!?()]{0,90}?[ \t]+from[ \t]+$",
    re.IGNORECASE,
)
_NUMBER_WORDS = frozenset(_WORD_UNITS)
_CAND_TOKEN_RE = re.compile(r"\d+|[A-Za-z]+")
_DIGIT_RUN_RE = re.compile(r"\d+")
_ASCII_LETTERS_RE = re.compile(rb"[A-Za-z]+")
_NUMBER_WORDS_BYTES = frozenset(w.encode("ascii") for w in _NUMBER_WORDS)
_A_SCALES = (" dozen", " hundred", " thousand", " million")


#: The first three letters of the number words ("sev" for "seven", "seventeen", "seventy"): one search each.
_NUMBER_WORD_STEMS = tuple(sorted({w[:3].encode("ascii") for w in _NUMBER_WORDS}))
_LOWER_RUN_RE = re.compile(rb"[a-z]+")
_A_SCALES_BYTES = tuple(s.encode("ascii") for s in _A_SCALES)
_A_BYTES = frozenset(b"aA")
_ASCII_LOWER = frozenset(b"abcdefghijklmnopqrstuvwxyz")
_ASCII_DIGITS = tuple(b"0123456789")
_QUESTION = ord("?")


def number_starts(text: str) -> list[int]:
    r"""Where numbers may start in ``text``: the positions ``_candidate_starts`` gives, for a whole body at once.

    Those are the starts of digit runs, of ``[A-Za-z]+`` tokens whose lower case is a number word, and of a
    token "a"/"A" before " dozen"... A regex scan costs 10-30 ns per character however simple it is, while
    ``bytes.find`` runs at memory speed; so the body is searched as ASCII bytes, once per digit, once per first
    three letters of a number word ("sev": seven, seventeen, seventy) and once per scale word. A digit is kept
    when no digit precedes it, a stem when no letter precedes it and its letter run is a number word.
    ``encode("ascii", "replace")`` gives one byte per character (a non-ASCII one becomes "?", no letter) and
    ``bytes.lower`` folds ASCII only, so offsets and letter tests are exactly those of the ``[A-Za-z]``
    tokens; a non-ASCII decimal digit (which ``\d`` matches) is looked for among the "?". 0.29 ms per
    500-word body with a regex stepping over every word, 0.11 ms this way.
    """
    raw = text.encode("ascii", "replace")
    low = raw.lower()
    letters = _ASCII_LOWER
    digits: list[int] = []
    for d in _ASCII_DIGITS:
        i = raw.find(d)
        while i >= 0:
            digits.append(i)
            i = raw.find(d, i + 1)
    if not text.isascii():
        i = raw.find(_QUESTION)
        while i >= 0:
            if text[i].isdecimal():
                digits.append(i)
            i = raw.find(_QUESTION, i + 1)
    digits.sort()
    out = [i for i in digits if i == 0 or not text[i - 1].isdecimal()]
    words = _NUMBER_WORDS_BYTES
    for stem in _NUMBER_WORD_STEMS:
        i = low.find(stem)
        while i >= 0:
            if (i == 0 or low[i - 1] not in letters) and (w := _LOWER_RUN_RE.match(low, i)) and w.group() in words:
                out.append(i)
            i = low.find(stem, i + 1)
    for scale in _A_SCALES_BYTES:
        i = raw.find(scale, 1)
        while i >= 0:
            if raw[i - 1] in _A_BYTES and (i == 1 or low[i - 2] not in letters):
                # "half a dozen" starts at "half"
                half = i >= 6 and low[i - 6 : i - 1] == b"half " and (i == 6 or low[i - 7] not in letters)
                out.append(i - 6 if half else i - 1)
            i = raw.find(scale, i + 1)
    out.sort()
    return out


def _candidate_starts(text: str) -> Iterator[int]:
    """Where a number may start: digit runs, number words ("Eleven"), "a" before a scale word.

    Most words of a sentence are not numbers, and testing each of them in Python was
    3/4 of find_numbers. So when the sentence holds no number word at all (one C-level
    pass: UTF-8 bytes, whose ``lower()`` touches ASCII only, so the letter runs are
    exactly the ``[A-Za-z]+`` tokens) and no "a dozen"-like phrase, only the digit runs
    are visited. Otherwise every token is tested, as before. Same positions either way.
    """
    if not any(a in text for a in _A_SCALES) and _NUMBER_WORDS_BYTES.isdisjoint(
        _ASCII_LETTERS_RE.findall(text.encode("utf-8", "replace").lower())
    ):
        for dm in _DIGIT_RUN_RE.finditer(text):
            yield dm.start()
        return
    for tm in _CAND_TOKEN_RE.finditer(text):
        tok = tm.group(0)
        if not tok[0].isdigit():
            low_tok = tok.lower()
            if low_tok not in _NUMBER_WORDS and not (
                (low_tok == "a" and text.startswith(_A_SCALES, tm.end()))
                or (low_tok == "half" and text.startswith(" a dozen", tm.end()))
            ):
                continue
        yield tm.start()


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_AFTER_NOT_FIGURE = re.compile(
    rf"(?:-(?!plus|strong|member\b|odd)[A-Za-z]|[ \t]*(?:%|per[ \t]?cent|percent|{_MONTHS}\b|years?[ \t-]old|"
    r"-year|-month|-day|-week|-hour|-km|-mile|"
    r"a\.m\.|p\.m\.|am\b|pm\b|o'clock|:\d|"
    r"(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|mm|cm|kg|tonnes?|tons?|square|sq|hectares?|acres?|"
    r"hours?|days?|weeks?|months?|years?|minutes?|seconds?|decades?|centuries|votes?|seats?|"
    r"dollars?|euros?|pounds|francs?|rubles?|roubles?|yuan|won|hryvnias?|reais|yen|rupees?|rupiah|dinars?|dirhams?|riyals?|rials?|shillings?|pesos?|liras?|naira|cedis?|rand|zlotys?|kron(?:a|or|er|ur)|baht|ringgit|birr|billion|trillion|"
    r"times|fold|degrees?|calibre|caliber|articles?|range)\b"
    # "about 400 fewer than the 3,500 announced", "300 more than planned": a difference between two counts
    r"|(?:fewer|more|less)[ \t]+than[ \t]+(?:the|its|their|those|planned|expected|announced|before|previously|"
    r"last|in)\b))",
    re.IGNORECASE,
)
#: Between two reference codes of one list: "12-40 through 12-44", "12-40, 12-41 and 12-45"
_REF_LIST_GAP_RE = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:and|or|to|through))[ \t]+")
_AGED_BEFORE_RE = re.compile(r"\b(?:aged|ages|age)[ \t]+$", re.IGNORECASE)
#: The words _BEFORE_NOT_FIGURE can end with (lower-cased; "no." ends with a full stop, tested by its last character).
# fmt: off
_BEFORE_NOT_LAST_WORDS = frozenset([
    "usd", "eur", "gbp", "aged", "age", "ages", "article", "resolution", "flight", "route", "chapter", "section",
    "page", "room", "tower", "base", "unit", "since", "until", "to", "against", "as", "vote", "votes", "voted",
    "pages", "slide", "slides", "paragraph", "paragraphs", "annex", "appendix", "footnote", "exhibit", "table",
    "chart", "clause",
    "voting", "by", "of", "and", "or", "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
    "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
    "dec", "december", "number", "numbers", "per", "numbered", "only", "just",
])
# fmt: on
#: The characters other than a letter _BEFORE_NOT_FIGURE can end with (before its trailing blanks).
_BEFORE_NOT_LAST_CHARS = "$€£¥.,-("


def _before_may_not_figure(before: str) -> bool:
    """False proves that _BEFORE_NOT_FIGURE matches nowhere in ``before``: the pattern is anchored at the end, and
    each of its branches ends, before trailing blanks, with one of the characters above or one of the words above
    (a whole word: it opens with a word boundary), so the last word is tested instead of the whole window.
    (``$`` also matches before a final newline, which no branch takes in.)"""
    tail = (before[:-1] if before.endswith("\n") else before).rstrip(" \t")
    if not tail:
        return False
    last = tail[-1]
    if last in _BEFORE_NOT_LAST_CHARS:
        return True
    if not last.isalpha():
        return False
    i = len(tail) - 1
    while i > 0 and tail[i - 1].isalpha():
        i -= 1
    word = tail[i:]
    return not word.isascii() or word.lower() in _BEFORE_NOT_LAST_WORDS
_BEFORE_NOT_FIGURE = compile_gated(
    rf"(?:[$€£¥]|\b(?:USD|EUR|GBP|aged|age|ages|no\.|article|resolution|flight|route|chapter|section|"
    # a document's part: "according to slide 14", "pages 14-19", "paragraph 3", "table 2"
    rf"pages?|slides?|paragraphs?|annex|appendix|footnote|exhibit|table|chart|clause|"
    rf"room|tower|base|unit|since|until|votes?[ \t]+(?:to|against)|as[ \t]+(?:young|old)[ \t]+as|"
    rf"vot(?:ed|es|ing|e)(?:[ \t]+(?:by|of))?(?:[ \t]+\d[\d,]*[ \t]+(?:to|against|-))?)[ \t]*|\b{_MONTHS}\.?[ \t]+|"
    # a ship's or an aircraft's reference number: "(hull number 17)", "pennant numbers 12, 31 and 40"
    r"\b(?:hull|pennant|tail|serial|registration|bort|bow|side)[ \t]+numbers?[ \t]+"
    r"(?:\d+[ \t]*,[ \t]*)*(?:\d+[ \t]*,?[ \t]+(?:and|or)[ \t]+)?|"
    # a pennant number in brackets after a ship's name: "the frigate Zadorny (231)"
    r"\b(?:destroyer|frigate|corvette|cruiser|submarine|carrier|warship|ship|vessel|minesweeper)[ \t]+"
    r"(?-i:[A-Z][\w'’-]*)(?:[ \t]+(?-i:[A-Z][\w'’-]*))?[ \t]*\(|"
    # a document's number: "orders numbered 12-40"; a ratio's base: "one medic per 40 soldiers"
    r"\b(?:orders?|documents?|files?|memos?|directives?|cables?|forms?|cases?|records?)[ \t]+numbered[ \t]+|"
    r"\bper[ \t]+|"
    # a class the subject belongs to: "the frigate is one of only two of its type", "one of just 12 such units"
    r"\bone[ \t]+of[ \t]+(?:only|just)[ \t]+|"
    # the later ages of a list: "aged 24, 27 and 31"
    r"\b(?:aged|ages)[ \t]+(?:\d{1,3}[ \t]*,[ \t]*)+(?:\d{1,3}[ \t]*,?[ \t]+(?:and|or|to)[ \t]+)?|"
    r"\b(?:aged|ages)[ \t]+\d{1,3}[ \t]+(?:and|or|to)[ \t]+)$",
    re.IGNORECASE,
)
#: A capitalised word (not a possessive) right before the number, inside a sentence.
_REFERENCE_BEFORE_RE = re.compile(r"[\w,;)][ \t]+[A-Z][A-Za-z]*[ \t]+$")
#: "Italy 1,100; Hungary 700": entries of a list, each a name and its count, the next or the one before
_NAME_COUNT_NEXT_RE = re.compile(r"[ \t]*;[ \t]*(?:and[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+\d")
_NAME_COUNT_PREV_RE = re.compile(r"\d;[ \t]*(?:and[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+$")
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
#: "has sent Russia 10,000 troops", "gave Kyiv 31 tanks", "shipped Minsk 900 shells": the name is who receives the
#: count, not its name. (A sale is left out: whether the seller's or the buyer's jets are counted is not clear.)
_RECIPIENT_BEFORE_RE = re.compile(
    r"\b(?:sen[dt]s?|sending|gave|giv(?:e|es|ing)|suppl(?:ied|y|ies|ying)|"
    r"provid(?:ed|e|es|ing)|deliver(?:ed|s|ing)?|hand(?:ed|s|ing)?|offer(?:ed|s|ing)?|len[dt]s?|"
    r"ship(?:ped|s|ping)?|transferr(?:ed|ing)|transfers?|"
    r"promis(?:ed|e|es|ing)|pledg(?:ed|e|es|ing))[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*[ \t]+$"
)
#: A model designator ("F-35s", "P-8A", "Tu-95MS") is one token: split at the hyphen, "F-35s" never met the table.
#: (a calibre or size with a hyphen, "240-mm", "155-millimetre", is one modifier token)
_TOKEN_RE = re.compile(
    r"[A-Za-z]{1,6}-\d[\w-]*|[A-Za-z][A-Za-z'’.-]*|\d[\d.,]*-[A-Za-z]+(?:-[A-Za-z]+)*|\d[\w.,]*|[^\sA-Za-z\d]"
)
#: A plural model designator ("P-8s", "Tu-95s", "C-130Js", "MQ-9As"): counted aircraft or vehicles by itself
#: (the extraction rules build their own searches from the same pattern).
MODEL_PLURAL = r"[A-Z][A-Za-z]{0,5}-\d{1,3}[A-Z]{0,3}s"
_MODEL_PLURAL_RE = re.compile(MODEL_PLURAL)

#: Precompiled once: the module-level re cache lookup costs more than these small matches.
_SCALE_VALUES = {"million": 1_000_000, "mn": 1_000_000, "thousand": 1000, "k": 1000, "m": 1_000_000}
_DIGITS_SCALE_RE = re.compile(r"([\d., ]+?)[ \t]*(million|mn|thousand|k|m)?")
_GROUPED_RE = re.compile(r"\d{1,3}(?:[, ]\d{3})+")
_WORD_SPLIT_RE = re.compile(r"[ \t-]+")
_SPACES_RE = re.compile(r"\s+")
_MONTH_DAY_COMMA_RE = re.compile(rf"\b{_MONTHS}\.?[ \t]+\d{{1,2}}, $", re.IGNORECASE)
_SPACE_LOWER_RE = re.compile(r"[ \t]+[a-z]")
#: A preposition of time before a year-like number: it is a year even when a lowercase word follows.
#: ("spent much of 2024 firing rockets", "since 2014 fighters have", "until early 2025 troops": a part of a year, a
#: year something started)
_YEAR_PREP_RE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Tt]hroughout|[Ss]ince|"
    r"(?:[Mm]uch|[Mm]ost|[Aa]ll|[Pp]art|[Hh]alf|end|start|beginning|middle|rest)[ \t]+of|"
    r"(?:[Ee]arly|[Ll]ate))[ \t]+$|\b[Mm]id-$"
)
#: A singular noun right after a year-like number: "the original 2024 force", "its 2025 rotation" name a year's
#: force or event (a count of 2,000 would take a plural)
_YEAR_SINGULAR_AFTER_RE = re.compile(
    r"[ \t]+(?:force|contingent|detachment|deployment|rotation|mission|campaign|offensive|invasion|operation|"
    r"brigade|battalion|regiment|unit|garrison|battlegroup|exercise|drill|budget|agreement|deal|accord|treaty)\b"
)
#: "a"/"an" right before a year-like number: "at a 1978 military parade" is one thing of a year
_A_YEAR_BEFORE_RE = re.compile(r"(?<![\w-])[Aa]n? $")
_AND_TO_RE = re.compile(r"[ \t]+(?:and|to)[ \t]")
_NEXT_WORD_RE = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)")
_UNIT_SKIP_MAX = 5
_STOP_WORDS = frozenset(
    [
        "in",
        "to",
        "from",
        "at",
        "on",
        "by",
        "with",
        "for",
        "into",
        "onto",
        "near",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "are",
        "were",
        "is",
        "was",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "do",
        "does",
        "did",
        "not",
        "as",
        "than",
        "while",
        "where",
        "when",
        "across",
        "inside",
        "outside",
        "within",
        "under",
        "over",
        "through",
        "via",
        "per",
        "since",
        "after",
        "before",
        "until",
        "during",
        "because",
        "so",
        "then",
        "according",
        "including",
        "among",
        "if",
        "of",
        # "two officials said the jets": a verb of speech ends the counted noun phrase
        "said",
        "says",
        "say",
        "told",
        # "17 trains carrying North Korean personnel": the vehicles are counted, the noun after is their load
        "carrying",
        "transporting",
        "ferrying",
    ]
)


# Not frozen, for the cost of building one: see ``text.Sentence``.
@dataclass(slots=True, unsafe_hash=True)
class NumberMatch:
    """A number as written, with bounds, before deciding what it counts."""

    value: int
    low: int | None
    high: int | None
    approx: bool
    text: str
    start: int
    end: int


# Not frozen, for the cost of building one: see ``text.Sentence``.
@dataclass(slots=True, unsafe_hash=True)
class FigureMatch:
    """A number that counts something of a known topic."""

    number: NumberMatch
    unit: str  # the counted noun as written ("" when implied from context)
    unit_start: int
    unit_end: int
    topic: str | None  # None when implied: the caller decides from context

    @property
    def value(self) -> int:
        return self.number.value


@dataclass(frozen=True, slots=True)
class _Tables:
    noun_topic: dict[str, str]  # lower-case noun (1 to 3 words) -> topic
    three_word_heads: frozenset[str]  # the first two words of the three-word nouns ("infantry fighting")
    multiword_firsts: frozenset[str]  # the first words of the nouns of two or three words ("infantry", "air")
    casualty_words: frozenset[str]
    casualty_before: frozenset[str]
    implied_after: frozenset[str]
    reference_nouns: frozenset[str]
    coordinated_nouns: dict[str, frozenset[str]]  # noun -> the troop nouns of its own kind it may join
    strength_re: re.Pattern[str]  # after "N-strong": a whole force whose troops the size counts
    aircraft_nouns: frozenset[str]  # nouns that count military aircraft only after a designator or qualifier
    aircraft_qualifiers: frozenset[str]  # the words before them that make them aircraft ("refuelling tankers")


@cache
def _tables() -> _Tables:
    raw = json.loads(resources.files("claimwatch.data").joinpath("topics.json").read_text("utf-8"))
    noun_topic: dict[str, str] = {}
    for topic in ("casualties", "equipment", "troops"):
        for noun in raw[topic]:
            noun_topic[noun.lower()] = topic
    return _Tables(
        noun_topic=noun_topic,
        three_word_heads=frozenset(n.rsplit(" ", 1)[0] for n in noun_topic if n.count(" ") == 2),
        multiword_firsts=frozenset(n.split(" ", 1)[0] for n in noun_topic if " " in n),
        casualty_words=frozenset(raw["casualty_words"]),
        casualty_before=frozenset(raw["casualty_verbs_before"]),
        implied_after=frozenset(raw["implied_after"]),
        reference_nouns=frozenset(raw["reference_nouns"]),
        coordinated_nouns={k: frozenset(v) for k, v in raw["coordinated_nouns"].items()},
        strength_re=re.compile(
            r"(?:-strong|-member)?[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?P<head>"
            + "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in raw["strength_heads"])
            + r")\b",
            re.IGNORECASE,
        ),
        aircraft_nouns=frozenset(raw["aircraft_nouns"]),
        aircraft_qualifiers=frozenset(raw["aircraft_qualifiers"]),
    )


def noun_topic(noun: str) -> str | None:
    """Topic of a counted noun ("infantrymen" -> troops; a plural model designator "P-8s" -> equipment), None when
    unknown."""
    t = _tables().noun_topic.get(noun.lower())
    if t is None and _MODEL_PLURAL_RE.fullmatch(noun):
        return "equipment"
    return t


def parse_number(text: str) -> int | None:
    """Value of one number as written ("11,000", "11 000", "11k", "eleven thousand", "1.5 million")."""
    t = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    if not t:
        return None
    if t[0].isdigit():
        m = _DIGITS_SCALE_RE.fullmatch(t)
        if not m:
            return None
        digits, scale = m.group(1), m.group(2)
        if _GROUPED_RE.fullmatch(digits):
            num = float(digits.replace(",", "").replace(" ", ""))
        else:
            try:
                num = float(digits.replace(" ", ""))
            except ValueError:
                return None
        mult = _SCALE_VALUES.get(scale or "", 1)
        if not math.isfinite(num * mult):  # a run of 300+ digits is no figure (and round(inf) raises)
            return None
        return round(num * mult)
    if t.endswith("dozen"):
        # "a dozen", "two dozen", "half a dozen"
        first = t.split()[0]
        return 6 if first == "half" else 12 * _WORD_UNITS.get(first, 1)
    total = 0
    current = 0
    for w in _WORD_SPLIT_RE.split(t):
        if w in ("and", ""):
            continue
        if w == "a":
            current = 1
        elif w in _WORD_UNITS:
            current += _WORD_UNITS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in _WORD_SCALES:
            total += max(current, 1) * _WORD_SCALES[w]
            current = 0
        else:
            return None
    return total + current


#: The scale word that ends a number ("15 million", "three thousand", "16k").
_END_SCALE_RE = re.compile(r"(?:million|mn|thousand|k|(?<=\d)m)$", re.IGNORECASE)


def _shared_scale(n1: str, n2: str, v1: int, v2: int) -> int:
    """ "13 to 15 million", "between two and three thousand": the first number of a range takes the scale written
    only after the second when it has none of its own and, scaled, still stays below the second (not "500 to 1.5
    million", which is read as written)."""
    if _END_SCALE_RE.search(n1) is not None:
        return v1
    sm = _END_SCALE_RE.search(n2)
    if sm is None:
        return v1
    mult = _SCALE_VALUES[sm.group(0).lower()]
    if v1 * mult <= v2:
        return v1 * mult
    return v1


def _bounds(mod: str | None, v1: int, v2: int | None, suffix: str | None) -> tuple[int | None, int | None, bool]:
    if v2 is not None:
        return v1, v2, True
    # (most numbers have neither: an empty string is in none of the tables, so the substitutions are skipped)
    if suffix:
        suffix = _SPACES_RE.sub(" ", suffix.strip().lower())
        if suffix in _SUFFIX_LOW:
            return v1, None, True
        if suffix in _SUFFIX_APPROX:
            return None, None, True
    if not mod:
        return None, None, False
    m = _SPACES_RE.sub(" ", mod.lower())
    if m in _LOW:
        return v1, None, True
    if m in _HIGH:
        return None, v1, True
    if m in _APPROX:
        return None, None, True
    return None, None, False


def find_numbers(text: str, starts: Iterable[int] | None = None) -> list[NumberMatch]:
    """Every number in ``text`` that could be a figure (dates, money, ages... removed).

    ``starts``: where numbers may start, when the caller found them for a whole body at once
    (``number_starts``); the same positions ``_candidate_starts`` would give.
    """
    out: list[NumberMatch] = []
    covered = -1
    ref_end = -1  # the end of a hyphenated reference code skipped ("orders numbered 12-40"), for the next in its list
    for pos in _candidate_starts(text) if starts is None else starts:
        if pos < covered:
            continue
        if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_$€£¥.,-"):
            continue
        m = _NUM_AT_RE.match(text, pos)
        if m is None:
            continue
        covered = m.end()
        mod, mod_start = _modifier_before(text, pos)
        n1 = m.group("n1")
        n1_start = m.start("n1")
        before = text[max(0, n1_start - 24) : n1_start] if not mod else ""
        after_end = m.end()
        # the skip tests below are independent filters: the cheap ones go first
        if n1_start > 0 and text[n1_start - 1] in "-/#":
            continue  # "Il-76", "ZU-23-2", "1/2", "#3"
        if _AFTER_NOT_FIGURE.match(text, after_end):
            continue
        # (when nothing follows the first number, the test above was this one)
        n1_end = m.end("n1")
        if (
            n1_end != after_end
            and m.group("n2") is None
            and m.group("sep") is None
            and _AFTER_NOT_FIGURE.match(text, n1_end)
        ):
            continue
        # (the last word before the number is tested first: the pattern ends with one of a few words)
        if before and _before_may_not_figure(before) and _BEFORE_NOT_FIGURE.search(before):
            if "-" in m.group(0):
                ref_end = m.end()
            continue
        if ref_end >= 0 and "-" in m.group(0) and _REF_LIST_GAP_RE.fullmatch(text, ref_end, n1_start):
            ref_end = m.end()
            continue  # "numbered 12-40 through 12-44": the list of codes goes on
        if mod and _AGED_BEFORE_RE.search(text, max(0, mod_start - 8), mod_start):
            continue  # "aged between 22 and 51", "aged about 30": ages with a modifier
        if (
            not mod
            and _REFERENCE_BEFORE_RE.search(text, max(0, n1_start - 30), n1_start)
            and not _RECIPIENT_BEFORE_RE.search(text, max(0, n1_start - 50), n1_start)
            and not (
                ";" in text[max(0, n1_start - 40) : after_end + 2]  # (a cheap gate: such a list runs on semicolons)
                and (
                    _NAME_COUNT_NEXT_RE.match(text, after_end) is not None
                    or _NAME_COUNT_PREV_RE.search(text, max(0, n1_start - 50), n1_start) is not None
                )
            )
        ):
            continue  # "Airfield 17", "Type 99", "Tower 22": a name's number, not a count
        if (
            n1_start >= 2
            and text[n1_start - 2 : n1_start] in (", ",)
            and _MONTH_DAY_COMMA_RE.search(text[max(0, n1_start - 16) : n1_start])
            # (not "the attacks of Jan. 4 and Jan. 6, 14 service members were hurt": a count after the date)
            and len(n1) == 4
            and n1.isdigit()
        ):
            continue  # "Sept. 30, 2022"
        v1 = parse_number(n1)
        if v1 is None or v1 == 0:
            continue
        if (
            15 <= v1 <= 99
            and m.group("n2") is None
            and text[n1_start - 2 : n1_start] == ", "
            and n1_start >= 3
            and text[n1_start - 3].isalpha()
            and text[m.end("n1") : m.end("n1") + 1] in (",", ".")
        ):
            continue  # "a corporal, 27, and a sepoy, 31,": an age set off by commas after a person
        year = _YEAR_RE.fullmatch(n1) is not None
        if year and not mod and not _SPACE_LOWER_RE.match(text[m.end() : m.end() + 3]):
            continue  # a year
        if year and _AND_TO_RE.match(text[m.end("n1") : m.end("n1") + 5]):
            continue
        n2 = m.group("n2")
        if year and n2 is not None and _YEAR_RE.fullmatch(n2) and int(n2) > int(n1):
            continue  # "the 2024-2030 programming law": a span of years
        if year and not mod and _YEAR_PREP_RE.search(text, max(0, n1_start - 16), n1_start):
            continue  # "clashes in 2025 killed dozens", "by 2030 troops will": a year, though a word follows
        if year and not mod and n2 is None and _YEAR_SINGULAR_AFTER_RE.match(text, m.end()):
            continue  # "the strength of its planned 2027 contingent": a year's force, no count of it
        if (
            year
            and not mod
            and n2 is None
            and _A_YEAR_BEFORE_RE.search(text, max(0, n1_start - 3), n1_start)
        ):
            continue  # a count after "a" is never bare digits
        v2 = parse_number(m.group("n2")) if m.group("n2") else None
        if v2 is not None and v2 > v1 and v1 < 1000:
            v1 = _shared_scale(n1, m.group("n2"), v1, v2)
        sep = (m.group("sep") or "").strip().lower()
        if (
            mod is not None
            and v2 is not None
            and sep == "to"
            and mod.lower() == "from"
            and _REVISED_FROM_RE.search(text, max(0, mod_start - 100), pos)
        ):
            # "raised its estimate from 4,000 to 6,200": the count before the change (the one after is found next)
            v2 = None
            mod, mod_start = None, n1_start
            covered = m.end("n1")
        if v2 is not None and (v2 <= v1 or (sep == "and" and (mod or "").lower() != "between")):
            # "53-47" (a vote), "100 killed and 1,000 wounded": not a range.
            if sep in ("-", "–", "—"):
                continue
            v2 = None
            covered = m.end("n1")
        if mod and mod.lower() == "from" and v2 is None:
            if not _SECOND_FROM_RE.search(text, max(0, mod_start - 30), pos) and not (
                # ("from 600 to roughly 1,100": a modifier before the later count leaves no range to match)
                (sep == "to" or text.startswith(" to ", m.end("n1")))
                and _REVISED_FROM_RE.search(text, max(0, mod_start - 100), pos)
            ):
                continue  # "from 900" without "to": no figure
            mod, mod_start = None, n1_start  # "to 5,000 from 15,000", "down from 4,000": an earlier figure
        if (mod or "").lower() == "between" and v2 is None:
            continue
        end = m.end() if v2 is not None else m.end("n1")
        suffix = m.group("suffix")
        if v2 is None and suffix:
            end = m.end("n1") + len(suffix)
        if n1.lower() in ("one",) and v2 is None and not _one_loss(text, m.end("n1")) and not _one_item(text, end):
            continue  # "one of them": too ambiguous to count
        low, high, approx = _bounds(mod, v1, v2, suffix if v2 is None else None)
        start = mod_start
        out.append(NumberMatch(v1, low, high, approx, text[start:end], start, end))
    return out


#: A loss told of a single person: "was killed", "was slightly injured", "has been wounded", "died", "drowned".
_ONE_LOSS_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:was|has[ \t]+been|had[ \t]+been)[ \t]+(?:\w+ly[ \t]+)?"
    r"(?:killed|wounded|injured|captured|hurt|missing)|died|drowned"
    # "one Ghanaian peacekeeper was among more than 50 people killed": one of a toll of many
    r"|was[ \t]+among[ \t]+[^,;.]{0,60}?\b(?:killed|dead|wounded|injured|victims|casualties))\b"
)


#: "one of its Malaysian members": one of a force's or mission's own ("one of the soldiers" stays a share, no count)
_OF_ITS_RE = re.compile(r"[ \t]+of[ \t]+(?:its|their)[ \t]+")
#: "Malaysian members", "team members": the people of a force or team, with up to two modifiers
_MEMBERS_AFTER_RE = re.compile(r"(?:[A-Za-z-]+[ \t]+){0,2}?members\b")


#: After a single soldier: the ship or unit named as the one they served with ("from the destroyer USS Mason")
_SERVED_WITH_AFTER_RE = re.compile(
    r"[ \t]+(?:from|aboard|on[ \t]+board|of|with)[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?"
    r"[A-Z0-9][\w.'’-]*(?:[ \t]+[A-Z0-9][\w.'’-]*){0,4}"
)


def _one_loss(text: str, end: int) -> bool:
    """ "One U.S. Marine was killed", "one Kenyan peacekeeper died": a single soldier named as a loss is a count
    of one. Elsewhere "one" is too often no count ("one of them", "one soldier said") to be a figure."""
    if _ONE_LOSS_AFTER_RE.match(text, end) and not text[: end - 3].strip():
        # "About 200 U.S. advisers are in Nigeria. One was wounded": one of the forces the sentence before named (not
        # "No one was hurt", nor "the mission said one was killed", whose forces the clause does not name)
        return True
    if (of := _OF_ITS_RE.match(text, end)) is not None:
        # "One of its Malaysian members was wounded": one of the forces named in the partitive
        unit = find_unit(text, of.end())
        ue = unit[2] if unit is not None else (mm.end() if (mm := _MEMBERS_AFTER_RE.match(text, of.end())) else None)
        return ue is not None and _ONE_LOSS_AFTER_RE.match(text, ue) is not None
    unit = find_unit(text, end)
    if unit is None:
        return False
    noun, _, ue = unit
    low = noun.lower()
    plural = f"{low[:-3]}men" if low.endswith("man") else f"{low}s"  # "airman" -> "airmen"
    if _tables().noun_topic.get(low) != "troops" or plural not in _tables().noun_topic:
        return False  # a plural or an uncountable noun ("one personnel") is no single soldier
    if _ONE_LOSS_AFTER_RE.match(text, ue) is not None:
        return True
    # "One sailor from the destroyer USS Mason died", "one soldier of the 82nd Airborne was killed": the unit or ship
    # the soldier served with, named between
    su = _SERVED_WITH_AFTER_RE.match(text, ue)
    return su is not None and _ONE_LOSS_AFTER_RE.match(text, su.end()) is not None


def _one_item(text: str, end: int) -> bool:
    """ "only one frigate", "one RNZAF C-130J Hercules", "at least one warship": a single piece of equipment named
    by its noun is a count of one (a ship, an aircraft, a vehicle has no "one of them" reading: "one of the ships" has
    no noun right after "one"; "one soldier said" names a person, left to ``_one_loss``). Only names and
    designators may stand between them."""
    unit = find_unit(text, end)
    if unit is None:
        return False
    noun, us, _ = unit
    if _LOWER_MODIFIER_RE.search(text, end, us):
        return False  # "one bulk carrier", "one cargo plane": a lower-case modifier often makes it a civilian craft
    return _tables().noun_topic.get(noun.lower()) == "equipment"


#: a lower-case word between "one" and its noun (names and designators such as "RNZAF C-130J" are capitalised)
_LOWER_MODIFIER_RE = re.compile(r"(?<![\w-])[a-z][a-z]*(?![\w-])")


#: Words that measure a quantity of what follows "of": "250 pieces of equipment".
#: ("40 notices of soldiers killed": a notice for each death; the noun after "of" is counted)
_MEASURE_WORDS = frozenset({"pieces", "items", "notices", "notifications"})
#: A model designator with a digit ("An-124", "Su-25", "F-16s"), joined to another by "and".
#: ("Il-76", "An124", "Shahed-131": a model designator, up to seven letters before a hyphen)
_MODEL_AFTER_RE = re.compile(r"[ \t]+(?:[A-Za-z]{1,7}-|[A-Za-z]{1,4})\d[\w-]*\b")
#: After "and" that follows a model designator: a capitalised name, then an equipment noun ("Mohajer-6 and Ababil
#: drones": both names modify the one noun)
_AND_NAME_NOUN_RE = re.compile(r"[ \t]+[A-Z][A-Za-z]+[ \t]+([a-z][a-z-]*)")
_NAME_TAIL_RE = re.compile(r"(?:[ \t]+[A-Z][A-Za-z0-9'’.-]*){0,3}[ \t]+([a-z][a-z-]*)(?:[ \t]+([a-z][a-z-]*))?")


def _name_head(text: str, pos: int) -> tuple[str, int, int] | None:
    """A capitalised force word ending an organisation's name ("Force", "Army", "Marines") is a modifier when a
    lowercase force noun follows within a few capitalised words: that noun is what the number counts."""
    m = _NAME_TAIL_RE.match(text, pos, pos + 60)
    if m is None:
        return None
    nouns = _tables().noun_topic
    if m.group(2) and f"{m.group(1)} {m.group(2)}" in nouns:
        # "two Nigerian Air Force C-130 transport aircraft": a two-word noun after the name
        return f"{m.group(1)} {m.group(2)}", m.start(1), m.end(2)
    if m.group(1) not in nouns:
        return None
    return m.group(1), m.start(1), m.end(1)


_AND_MODIFIER_RE = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)(?:[ \t]+([A-Za-z][A-Za-z-]*))?")


def _joins_modifiers(text: str, pos: int, tables: _Tables) -> bool:
    """Whether the "and" before ``pos`` joins two modifiers of a troop noun that follows at once
    ("police and defence personnel", "police and military personnel"), not two counted nouns."""
    m = _AND_MODIFIER_RE.match(text, pos)
    if m is None:
        return False
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    if tables.noun_topic.get(f"{first} {second}") == "troops":
        return True  # "police and military personnel"
    if tables.noun_topic.get(first) is not None:
        return False  # "100 police and soldiers": a second counted noun
    return tables.noun_topic.get(second) == "troops"


#: Up to three lower-case words after "and" in a count's modifiers ("air and missile defense batteries").
_AND_MODIFIED_NOUN_RE = re.compile(r"[ \t]+([a-z][a-z-]*)[ \t]+([a-z][a-z-]*)(?:[ \t]+([a-z][a-z-]*))?")
_AND_QUANTIFIERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "several", "some", "many", "more", "other", "few",
     "dozens", "hundreds", "thousands", "scores", "numerous", "various", "two", "three", "four", "five", "six"}
)  # fmt: skip
#: A lower-case word right before "and" (a capitalised one, "Russian and North Korean", joins two owners).
_PLAIN_WORD_BEFORE_RE = re.compile(r"(?<![\w-])[a-z]+[ \t]+$")


_AND_ING_RE = re.compile(r"[ \t]+([a-z]+ing)[ \t]+([a-z]+)")


def _and_verb_object(text: str, pos: int, tables: _Tables) -> bool:
    """Whether "and" before ``pos`` opens a verb and its object ("two dormitories and clearing mines"), not a
    second noun counted with the first ("30 trucks and fighting vehicles")."""
    m = _AND_ING_RE.match(text, pos)
    return m is not None and f"{m.group(1)} {m.group(2)}" not in tables.noun_topic


def _and_modified_noun(text: str, pos: int, tables: _Tables) -> tuple[str, int, int] | None:
    """An equipment noun that ends two modifiers joined by "and" ("air and missile defense batteries", "land and
    sea drones"): what the number counts. The modifiers after "and" are no stop words ("air and sea in ...")."""
    m = _AND_MODIFIED_NOUN_RE.match(text, pos)
    if m is None or m.group(1) in _STOP_WORDS or m.group(1) in _AND_QUANTIFIERS:
        return None  # ("40 boats and several minelayers": a second count)
    third = m.group(3)
    if third is not None and m.group(2) not in _STOP_WORDS and tables.noun_topic.get(third) == "equipment":
        return third, m.start(3), m.end(3)
    if tables.noun_topic.get(m.group(2)) == "equipment":
        return m.group(2), m.start(2), m.end(2)
    return None


_ROUNDS_OF_EVENTS_RE = re.compile(
    r"[ \t]+of[ \t]+(?:[\w-]+[ \t]+)?(?:strikes|airstrikes|talks|negotiations|voting|votes|sanctions|attacks|"
    r"consultations|fighting|shelling|raids|bombing|bombardments?|exercises|drills|inspections|discussions|"
    r"meetings|elections|mobili[sz]ation|layoffs|cuts|prisoner[ \t]+exchanges|exchanges|hikes)\b",
    re.IGNORECASE,
)


#: An aircraft model designator or jet word among a count's modifiers: its "fighters" are aircraft.
_AIRCRAFT_MODEL_RE = re.compile(
    r"\b(?:[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Z]{0,2}|jets?|stealth|multirole|supersonic|Rafale|Typhoon|Eurofighter|"
    r"Gripen|Mirage|Tornado|Harrier|Hornet|Lightning|Raptor|Sukhoi|MiG|Su|Falcon|Viper)\b"
)


#: Jets named in a sentence: its bare "fighters" ("completing a detachment of nine fighters") are aircraft too.
_JET_CONTEXT_RE = re.compile(
    r"\b(?:jets|warplanes|combat[ \t]+aircraft|fighter[ \t]+aircraft|Rafales?|Typhoons|Eurofighters?|Gripens?|"
    r"Mirages?|F-\d{1,2}[A-Z]?s?|Su-\d\d[A-Z]*s?|MiG-\d\d[A-Z]*s?|J-\d\d[A-Z]*s?)\b"
)


def fighters_are_jets(text: str, noun: str) -> bool:
    """ "fighters" in a sentence that names jets ("the number of fighters at the base" after "two Typhoons"): the
    fighters are aircraft."""
    return noun.lower() in ("fighters", "fighter") and _JET_CONTEXT_RE.search(text) is not None


#: Service names that modify a counted noun after them: "two air force planes", "six army helicopters".
_SERVICE_NOUNS = frozenset({"force", "army", "navy"})
#: Troop nouns that count formations, not people: a weapon before them stays what the formation is of
_FORMATION_HEADS = frozenset({
    "unit", "units", "battalion", "battalions", "brigade", "brigades", "regiment", "regiments", "battery",
    "batteries", "company", "companies", "detachment", "detachments", "contingent", "contingents", "squadron",
    "squadrons",
})


_LOSS_ADJECTIVES = frozenset({"wounded", "injured", "captured", "dead", "missing"})
#: "wounded North Korean soldiers": up to three capitalised words, then a noun for troops
_FORCE_NOUN_SOON_RE = re.compile(
    r"(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+(?:soldiers|troops|servicemen|fighters|mercenaries|sailors|marines|"
    r"personnel|service[ \t]+members|paratroopers|commandos|infantrymen)\b"
)


def find_unit(text: str, end: int) -> tuple[str, int, int] | None:
    """The counted noun after a number: skip up to five modifiers ("North Korean", "170mm", "self-propelled")."""
    tables = _tables()
    pos = end
    if text.startswith(_STRENGTH_SUFFIXES, pos):
        pos = text.index("-", pos) + 7  # (both suffixes are seven characters long)
    skipped = 0
    prev = ""
    for tm in _TOKEN_RE.finditer(text, pos):
        tok = tm.group(0)
        if not tok[0].isalnum():
            if tok in ("'", "’", '"'):
                continue
            return None
        low = tok.lower().rstrip(".")
        # the next word is only read when a noun of several words opens with this one, or this one is counted
        # (positions and bounds instead of a slice: the pattern has no anchor, the same words are matched)
        nxt = (
            _NEXT_WORD_RE.match(text, tm.end(), tm.end() + 30)
            if low in tables.multiword_firsts or low in tables.noun_topic
            else None
        )
        if nxt:
            two = f"{low} {nxt.group(1).lower()}"
            third = (
                _NEXT_WORD_RE.match(text, nxt.end(), nxt.end() + 30) if two in tables.three_word_heads else None
            )
            if third is not None and f"{two} {third.group(1).lower()}" in tables.noun_topic:
                # "infantry fighting vehicles": the three words name one thing, not "infantry"
                return f"{two} {third.group(1).lower()}", tm.start(), third.end()
            if two in tables.noun_topic:
                return two, tm.start(), nxt.end()
        if low in tables.coordinated_nouns:
            coord = _coordinated_count(text, end, tm, tables)
            if coord is not None:
                return coord
        if low in ("round", "rounds") and _ROUNDS_OF_EVENTS_RE.match(text, tm.end()):
            return None  # "20 rounds of strikes", "three rounds of talks": sessions, not ammunition
        if low in _LOSS_ADJECTIVES and _FORCE_NOUN_SOON_RE.match(text, tm.end()):
            prev = low
            continue  # "two wounded North Korean soldiers": the soldiers are counted (as losses)
        if low in tables.noun_topic:
            later = _name_head(text, tm.end()) if tok[0].isupper() else None
            if later is not None:
                return later  # "250 Ground Self-Defense Force engineers": the name is a modifier
            if nxt and low in _SERVICE_NOUNS and not tok[0].isupper():
                # "two air force transport aircraft": a two-word noun after the service's name is counted
                nn = _NEXT_WORD_RE.match(text, nxt.end(), nxt.end() + 30)
                if nn is not None and (w2 := f"{nxt.group(1)} {nn.group(1)}").lower() in tables.noun_topic:
                    hs = nxt.start(1)
                    return w2, hs, hs + len(w2)
            if nxt and (
                tables.noun_topic.get(nxt.group(1).lower()) == tables.noun_topic[low]
                or (low in _SERVICE_NOUNS and nxt.group(1).lower() in tables.noun_topic)
            ):
                # "65 defence force personnel", "40 navy sailors": a counted noun modifying the next one
                hs = nxt.start(1)
                return nxt.group(1), hs, hs + len(nxt.group(1))
            if (
                nxt
                and tables.noun_topic[low] == "equipment"
                and tables.noun_topic.get(head := nxt.group(1).lower()) == "troops"
                and head not in _FORMATION_HEADS
            ):
                # "2,000 artillery troops", "300 tank crews": the weapon names the people's arm, the people are counted
                hs = nxt.start(1)
                return nxt.group(1), hs, hs + len(nxt.group(1))
            return tok[: len(low)], tm.start(), tm.start() + len(low)
        if "-" in tok and _MODEL_PLURAL_RE.fullmatch(tok):  # (a designator has a hyphen: most tokens skip it)
            return tok, tm.start(), tm.end()  # "four P-8s": the model names what is counted
        if low in _MEASURE_WORDS and text.startswith(" of ", tm.end()):
            prev = low
            continue  # "250 pieces of military equipment": a measure; the noun after "of" is counted
        if low == "of" and prev in _MEASURE_WORDS:
            prev = low
            continue
        if low in ("and", "or", "&") and any(c.isdigit() for c in prev) and _MODEL_AFTER_RE.match(text, tm.end()):
            prev = low
            continue  # "70 Il-76 and An-124 transport planes": two model designators modify one noun
        if (
            low == "and"
            and any(c.isdigit() for c in prev)
            and (nm := _AND_NAME_NOUN_RE.match(text, tm.end(), tm.end() + 40)) is not None
            and tables.noun_topic.get(nm.group(1)) == "equipment"
        ):
            return nm.group(1), nm.start(1), nm.end(1)  # "30 Shahed-136 and Geran drones": a designator and a name
        if low == "and" and prev and not any(c.isdigit() for c in prev) and _joins_modifiers(text, tm.end(), tables):
            prev = low
            continue  # "100 police and defence personnel": two modifiers of one counted noun
        if (
            low == "and"
            and prev.isalpha()
            and not (_is_plural_noun(prev) and _and_verb_object(text, tm.end(), tables))
            and _PLAIN_WORD_BEFORE_RE.search(text, max(0, tm.start() - 30), tm.start()) is not None
            and (joined := _and_modified_noun(text, tm.end(), tables)) is not None
        ):
            return joined  # "two Patriot air and missile defense batteries": modifiers joined by "and"
        if low in tables.aircraft_nouns and (
            prev in tables.aircraft_qualifiers or ("-" in prev and any(c.isdigit() for c in prev))
        ):
            # "30 KC-135 and KC-46 tankers", "six aerial refuelling tankers": aircraft (not "100 fuel tankers")
            return tok[: len(low)], tm.start(), tm.start() + len(low)
        if low in _STOP_WORDS or low == "of" or skipped >= _UNIT_SKIP_MAX:
            return None
        skipped += 1
        prev = low
    return None


_AND_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:and|or)[ \t]+([a-z]+(?:[ \t]+[a-z]+)?)")
_TROOP_AND_BEFORE_RE = re.compile(r"\b([a-z]+)[ \t]+and[ \t]+(?:[a-z]+[ \t]+){0,2}$")


def _coordinated_count(
    text: str, num_end: int, tok: re.Match[str], tables: _Tables
) -> tuple[str, int, int] | None:
    """A noun that counts personnel only beside a troop noun ("police": alone it is too often a state's own police
    force, "the regional police, about 9,000 strong", or the source of a quote). "3,500 police and gendarmes" counts
    the troop noun of its own kind after it ("100 police and soldiers" stays a combined count of two forces);
    "3,250 troops and 640 police" counts it as the troop noun before the number (returned with the span of
    "police"). None when no troop noun is joined to it."""
    after = _AND_NOUN_AFTER_RE.match(text, tok.end())
    if after is not None:
        words = after.group(1).lower()
        kin = tables.coordinated_nouns.get(tok.group(0).lower().rstrip("."), frozenset())
        for cand in (words, words.split()[0]):
            if cand in kin and tables.noun_topic.get(cand) == "troops":
                return cand, after.start(1), after.start(1) + len(cand)
    # the number this noun counts starts after "<troop noun> and [about]": the text before it ends so
    head = text[max(0, num_end - 80) : num_end]
    start = len(head)
    while start > 0 and (head[start - 1].isdigit() or head[start - 1] in ",. \u00a0"):
        start -= 1
    before = _TROOP_AND_BEFORE_RE.search(head, 0, start + 1 if start < len(head) and head[start] == " " else start)
    if before is not None and tables.noun_topic.get(before.group(1)) == "troops":
        return before.group(1), tok.start(), tok.end()
    return None


_LOWER_WORD_AFTER_RE = re.compile(r" ([a-z][a-z-]*)")
_AND_SINGULAR_RE = re.compile(r" (?:and|or) ([a-z][a-z-]*) ([a-z][a-z-]*)")


#: Heads after a singular weapon noun that count the weapon in parts ("40 anti-ship missile kits"): equipment
_WEAPON_PART_HEADS = frozenset({"kits"})
#: Counted nouns that are also adjectives: before another counted noun they modify it ("two military drones").
_ADJECTIVE_NOUNS = frozenset({"military"})


#: Words ending in "s" that are no plural noun after a counted one
_NOT_PLURAL_S = frozenset({"is", "was", "has", "as", "this", "its", "us", "thus", "plus", "whereas", "across", "less"})


def _is_plural_noun(w: str) -> bool:
    """A plain plural noun ("convoys", "hospitals"): after a plural subject a verb takes no "-s"."""
    return (
        w.endswith("s")
        and not w.endswith(("ss", "us", "wards", "ways"))  # ("afterwards", "always": adverbs)
        and w not in _NOT_PLURAL_S
        and w not in _STOP_WORDS
    )


def _noun_as_modifier(text: str, noun: str, end: int, tables: _Tables) -> tuple[str, int, int] | bool:
    """A singular counted noun after a number above one modifies the word after it: "12 fighter aircraft" counts
    aircraft (returned), "120 fighter sorties" and "30 fighter and helicopter take-offs" count events, no forces
    (True). False when the noun is the counted one."""
    m = _LOWER_WORD_AFTER_RE.match(text, end)
    if m is None:
        return False
    w = m.group(1)
    if w in tables.noun_topic:
        return w, m.start(1), m.end(1)
    if w in _WEAPON_PART_HEADS and tables.noun_topic.get(noun + "s") == "equipment":
        return w, m.start(1), m.end(1)  # "40 cruise missile kits", "12 drone kits": the weapons in parts, equipment
    if w in ("and", "or"):
        a = _AND_SINGULAR_RE.match(text, end)
        return bool(
            a is not None
            and a.group(1) + "s" in tables.noun_topic
            and a.group(2) not in tables.noun_topic
            and a.group(2) not in _STOP_WORDS
        )
    return w not in _STOP_WORDS


def find_figures(text: str, starts: Iterable[int] | None = None) -> list[FigureMatch]:
    """Numbers with their counted noun; bare numbers are returned with ``topic=None``, unit ''.

    ``starts`` as for :func:`find_numbers`.
    """
    out: list[FigureMatch] = []
    tables = _tables()
    for num in find_numbers(text, starts):
        unit = find_unit(text, num.end)
        if unit is not None:
            noun, us, ue = unit
            if num.value > 1 and noun.islower() and noun + "s" in tables.noun_topic and not (
                num.text.endswith(_STRENGTH_SUFFIXES) or text.startswith(_STRENGTH_SUFFIXES, num.end)
            ):
                head = _noun_as_modifier(text, noun, ue, tables)
                if head is True:
                    out.append(FigureMatch(num, "", num.end, num.end, None))
                    continue  # "about 120 fighter sorties": events are counted
                if isinstance(head, tuple):
                    noun, us, ue = head  # "12 fighter aircraft": the next noun is counted
            if noun.lower() in _ADJECTIVE_NOUNS and (nx := _LOWER_WORD_AFTER_RE.match(text, ue)) is not None:
                if nx.group(1) in tables.noun_topic:
                    noun, us, ue = nx.group(1), nx.start(1), nx.end(1)  # "two military drones": drones are counted
                elif _is_plural_noun(nx.group(1)):
                    continue  # "nine military convoys", "12 military hospitals": what they name is counted
            topic = tables.noun_topic.get(noun.lower()) or "equipment"  # else a plural model designator
            if topic == "troops" and noun.lower() in ("fighters", "fighter") and _AIRCRAFT_MODEL_RE.search(
                text, num.end, us
            ):
                topic = "equipment"  # "four F-35A fighters", "12 Su-30 fighters": aircraft, not fighters
            elif topic == "troops" and fighters_are_jets(text, noun):
                topic = "equipment"  # "three more Rafale jets arrived, completing a detachment of nine fighters"
            out.append(FigureMatch(num, noun, us, ue, topic))
        elif (num.text.endswith(_STRENGTH_SUFFIXES) or text.startswith(_STRENGTH_SUFFIXES, num.end)) and (
            sh := tables.strength_re.match(text, num.end)
        ) is not None:
            # "the North's 1.2 million-strong army", "a 5,000-strong militia": the size of a whole force, its troops
            if sh.group("head").lower() in _COLLECTIVE_HEADS and text.startswith(" of ", sh.end()):
                # "a 300-strong group of engineers" counts them; "a 200-strong group of pilgrims" counts no forces
                unit = find_unit(text, sh.end() + 3)
                if unit is None or tables.noun_topic.get(unit[0].lower()) != "troops":
                    out.append(FigureMatch(num, "", num.end, num.end, None))
                    continue
                out.append(FigureMatch(num, unit[0], unit[1], unit[2], "troops"))
                continue
            out.append(FigureMatch(num, sh.group("head"), sh.start("head"), sh.end("head"), "troops"))
        elif (
            text.startswith((" - ", " – ", " — "), num.end)
            and _LINE_OPENING_RE.fullmatch(text, 0, num.start) is not None
            and (unit := find_unit(text, num.end + 2)) is not None
            and unit[0].lower() in tables.noun_topic
            and not (
                (lw := _LOWER_WORD_AFTER_RE.match(text, unit[2])) is not None and lw.group(1) in _LIMIT_HEADS
            )  # ("9,000 - the troop cap set for the force": a limit on forces, no count of them)
        ):
            # "4,500 - Polish soldiers in X": a line of a list of numbers, each a count and, after a dash, what it
            # counts
            noun, us, ue = unit
            out.append(FigureMatch(num, noun, us, ue, tables.noun_topic[noun.lower()]))
        else:
            out.append(FigureMatch(num, "", num.end, num.end, None))
    for i in range(len(out) - 2, -1, -1):
        # "with 700 and 550 soldiers respectively", "150, 80 or 40 personnel": counts coordinated before one noun
        # all count it
        f, nxt = out[i], out[i + 1]
        if f.unit == "" and nxt.topic is not None and _SHARED_NOUN_GAP_RE.fullmatch(
            text, f.number.end, nxt.number.start
        ):
            out[i] = FigureMatch(f.number, nxt.unit, nxt.unit_start, nxt.unit_end, nxt.topic)
        elif (
            f.unit == ""
            and nxt.topic == "equipment"
            and (mg := _MODEL_THEN_GAP_RE.match(text, f.number.end)) is not None
            and mg.end() == nxt.number.start
            and _MODEL_WORDS_RE.fullmatch(text, nxt.number.end, nxt.unit_start)
        ):
            # "900 Shahed-131 and 250 Mohajer-6 drones": two models' counts before one noun both count it
            out[i] = FigureMatch(f.number, nxt.unit, nxt.unit_start, nxt.unit_end, nxt.topic)
    return out


#: Strength heads that name any body of people: "of" after them says who ("a 300-strong group of pilgrims")
_COLLECTIVE_HEADS = frozenset({"group", "team"})
#: A limit set on forces, after the noun that names them: "troop ceiling", "troop levels"
_LIMIT_HEADS = frozenset({"ceiling", "cap", "limit", "quota", "level", "levels"})
#: What may open a line before its count: nothing, a bullet, or the line's number ("3. ")
_LINE_OPENING_RE = re.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)])?[ \t]*")
#: Between two counts that share the noun after the second: " and ", ", ", ", or "
_SHARED_NOUN_GAP_RE = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
#: A model's name after a count: " Shahed-131 ", " Bayraktar TB2 " (one or two words, the first capitalised)
_MODEL_WORDS_RE = re.compile(r"[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z0-9][\w-]*)?[ \t]+")
#: A model's name after a count, then the gap before a second count: " Shahed-131 and "
_MODEL_THEN_GAP_RE = re.compile(r"[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z0-9][\w-]*)?(?:[ \t]*,[ \t]*|[ \t]+)(?:and|or)[ \t]+")


# (compiled once: ``re.findall(r"...")`` looks its pattern up in re's cache on every call)
_LOWER_WORD_RE = re.compile(r"[a-z]+")
_CASUALTY_WINDOW_CUT_RE = re.compile(r"[;:.]|\b(?:where|while|whereas|but|because|after|before|since|who had)\b")
_NEXT_WORD_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*([A-Za-z]+)")
#: After "more", "other": one or two plain words, the last a plural noun if any ("more barrack blocks")
_NOUN_AFTER_MORE_RE = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+s)\b)?")
_OF_THEM_AFTER_RE = re.compile(r"[ \t]+of[ \t]+(?:them|those|these|whom|its|their|the)\b")
_REFERRING_DET_BEFORE_RE = re.compile(
    r"\b(?:another|the other|the remaining|the|a further|an additional|additional|those|these)[ \t]*$"
)


def casualty_context(text: str, fig: FigureMatch, limit: int) -> bool:
    """Whether the clause around a troop figure speaks of losses ("... were killed", "killed 84 fighters")."""
    tables = _tables()
    before = text[max(0, fig.number.start - 30) : fig.number.start].lower()
    btoks = _LOWER_WORD_RE.findall(before)
    if btoks and (btoks[-1] in tables.casualty_before or (len(btoks) > 1 and btoks[-2] in tables.casualty_before)):
        return True
    window = text[fig.unit_end : min(limit, fig.unit_end + 70)]
    cut = _CASUALTY_WINDOW_CUT_RE.search(window)
    if cut:
        window = window[: cut.start()]
    return any(w in tables.casualty_words for w in _LOWER_WORD_RE.findall(window.lower()))


#: A military unit's name and "of" right before a bare count: "a detachment of up to", "a force of about"
_UNIT_OF_BEFORE_RE = re.compile(
    r"\b(?:detachment|contingent|force|battalion|brigade|regiment|battlegroup|garrison|rotation|platoon)[ \t]+of[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|up[ \t]+to|more[ \t]+than|over|at[ \t]+least)[ \t]+)?$"
)


#: "cutting its force in Iraq to about", "has raised its presence there to": a force's new size right after it
#: "the force in Niger, 700 strong, is to shrink to fewer than 300": a force that changes its own size (intransitive)
_FORCE_CHANGES_TO_BEFORE_RE = re.compile(
    r"\b(?:forces?|presence|deployment|garrison|contingent)\b[^;.]{0,60}?[ \t](?:shrink|shrinks|shrank|fall|falls|fell|"
    r"drop|drops|dropped|grow|grows|grew|rise|rises|rose|decline|declines|declined|"
    # "forces in X, which numbered 900, are being cut to 500": the passive of a size change
    r"(?:is|are|was|were|be|been|being)[ \t]+(?:(?:being|also)[ \t]+){0,2}(?:cut|reduced|trimmed|increased|raised|"
    r"boosted|expanded))[ \t]+to[ \t]+[\"“]?"
    r"(?:(?:about|around|roughly|some|nearly|almost|just[ \t]+over|just[ \t]+under|fewer[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)
#: Verbs that give a force a new size before "to N" (also ``extract.extractor._FORMATION_CHANGED_TO_BEFORE_RE``)
SIZE_CHANGE_VERBS = (
    r"cut|cuts|cutting|reduce|reduces|reduced|reducing|raise|raises|raised|raising|increase|increases|increased|"
    r"increasing|boost|boosts|boosted|boosting|expand|expands|expanded|expanding"
)
_FORCE_CHANGED_TO_BEFORE_RE = re.compile(
    r"\b(?:" + SIZE_CHANGE_VERBS + r"|trim|trims|trimmed|trimming|shrink|shrinks|shrinking|shrank)[ \t]+"
    r"(?:its|their)[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:force|forces|presence|deployment|garrison|troops|troop[ \t]+presence)\b[^;.,]{0,50}?[ \t]to[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just[ \t]+over|just[ \t]+under|fewer[ \t]+than)[ \t]+)?$",
    re.IGNORECASE,
)


def is_implied_subject(text: str, fig: FigureMatch) -> bool:
    """A bare number that stands for forces ("11,000 are deployed", "another 200", "2,000 more", "7,000 of them")."""
    tables = _tables()
    after = text[fig.number.end : fig.number.end + 40]
    before = text[max(0, fig.number.start - 40) : fig.number.start].lower()
    m = _NEXT_WORD_AFTER_RE.match(after)
    nxt = m.group(1).lower() if m else ""
    if m is not None and nxt in tables.implied_after:
        # "two more barrack blocks", "three other bus routes": the noun after it is what is counted
        t = _NOUN_AFTER_MORE_RE.match(text, m.end() + fig.number.end)
        if t is None or t.group(1) in _STOP_WORDS or t.group(1).endswith(("ed", "ly")):
            return True
        return not _is_plural_noun(t.group(2) or t.group(1))
    if nxt in ("are", "were", "have", "had", "will", "would", "remain", "remained"):
        return True
    if nxt == "was" and fig.number.value == 1 and not text[: fig.number.start].strip():
        return True  # "One was wounded": a loss of one ("one" is a figure only so, see _one_loss)
    if _OF_THEM_AFTER_RE.match(after):
        return True
    if _SECOND_FROM_RE.search(text, max(0, fig.number.start - 40), fig.number.start):
        return True  # "to 5,000 from 15,000": the earlier count of the same forces
    if (
        text[fig.number.end : fig.number.end + 4] == " to "
        and text[max(0, fig.number.start - 6) : fig.number.start].endswith("from ")
        and _REVISED_FROM_RE.search(text, max(0, fig.number.start - 105), fig.number.start)
    ):
        return True  # "raised its estimate of X losses from 4,000 to 6,200": the count before the change
    if _REFERRING_DET_BEFORE_RE.search(before):
        return True
    if "of" in before and _UNIT_OF_BEFORE_RE.search(before):
        return True  # "a detachment of up to 200 guards the president": the unit's strength, whatever verb follows
    bt = _LOWER_WORD_RE.findall(before)
    return bool(
        set(bt[-5:]) & (tables.reference_nouns | {"numbering", "numbered", "put", "killed", "captured", "send"})
        # "stood at roughly 40,000 ... and peaked above 50,000": a new level of what was counted
        or (bt and bt[-1] in ("at", "to", "peaked", "topped", "exceeded", "surpassed"))
    )


_CLAUSE_JOIN_BEFORE_RE = re.compile(r"\b(?:and|but|while|whereas)\b|;")


#: 'cut to "fewer than ': "to" before a quoted count and its qualifier
_QUOTED_TO_BEFORE_RE = re.compile(r"\bto[ \t]+[\"“](?:[a-z]+[ \t]+){0,2}$")


def reference_topic(text: str, fig: FigureMatch) -> str | None:
    """Topic of a figure given by a reference noun before it ("the number wounded is close to 1,000")."""
    tables = _tables()
    before = text[max(0, fig.number.start - 60) : fig.number.start].lower()
    words: list[str] = _LOWER_WORD_RE.findall(before)[-8:]
    cut = max(_CLAUSE_JOIN_BEFORE_RE.finditer(before), key=lambda m: m.start(), default=None)
    # "18 were killed in X and about 300 are still serving": a loss named before the last "and" belongs to the
    # clause before (a noun there still names what a bare "and two more" counts)
    loss_words = _LOWER_WORD_RE.findall(before[cut.end() :]) if cut is not None else words
    if any(w in tables.casualty_words for w in loss_words):
        return "casualties"
    if before.endswith("to ") or _QUOTED_TO_BEFORE_RE.search(before):
        wide = text[max(0, fig.number.start - 100) : fig.number.start].lower()
        if _FORCE_CHANGED_TO_BEFORE_RE.search(wide) or _FORCE_CHANGES_TO_BEFORE_RE.search(wide):
            # "cutting its force in Iraq to about 2,500", "the force there is to shrink to 500": the force's new size
            # (not "the force of")
            return "troops"
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        # "artillery crews, numbering 2,000": a two-word noun is read whole, not by its modifier ("artillery")
        t = tables.noun_topic.get(f"{words[i - 1]} {w}") if i else None
        if t is not None and t != "casualties":
            return t
        t = tables.noun_topic.get(w)
        if t is not None and w not in ("force", "forces", "military") and t != "casualties":
            if t == "troops" and fighters_are_jets(text, w):
                return "equipment"  # "nine Rafale fighters after three more arrived": jets again
            return t
    return None
