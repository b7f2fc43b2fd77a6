"""Claimants: who asserts a claim ("according to X", "X said", "Source: X").

Not scored by the dev scorer but carried on every claim for analysts, so the
rules stay cheap: a handful of precompiled patterns per sentence, a claimant
carried over within a paragraph for "he said"/"she added", and the item's
"Source:" line as the fallback for unattributed speech verbs.
"""

from __future__ import annotations

import re

from claimwatch.core.text import may_contain
from claimwatch.models import Claimant

_NAME = r"(?:[A-Z][\w'’.-]*(?:[ \t]+(?:(?:of|the|for|and|de|al|on)[ \t]+){0,2}[A-Z][\w'’.-]*){0,7})"
_SPEECH = (
    r"(?:said|says|say|told|tells|reported|reports|confirmed|confirms|estimated|estimates|stated|claimed|claims|"
    r"announced|announces|added|adds|wrote|writes|stressed|warned|believes|assessed|disclosed|acknowledged|"
    r"insisted|denied|denies|alleged|put|puts|briefed|found)"
)
#: "South Korea's spy agency", "Israel's military", "Russia's defence ministry": a state's organ in lower case
_POSS_ORGAN = (
    r"(?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w.-]*(?:'s|’s)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:agency|ministry|military|army|navy|intelligence|service|command|government|general[ \t]+staff|"
    r"spokesman|spokeswoman|spokesperson|embassy|officials|president|leader|minister|chief|commander)"
)
_NAME = rf"(?:{_POSS_ORGAN}|{_NAME})"
_ACCORDING_RE = re.compile(
    rf"\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting|cited by|as reported by)[ \t]+(?:the[ \t]+)?({_NAME})"
)
_SUBJECT_SPEECH_RE = re.compile(
    rf"(?:^|[,;][ \t]+|\bthat[ \t]+|^On [^,]{{1,30}},[ \t]+)(?:the[ \t]+)?({_NAME})"
    # an abbreviation in brackets ("the Strategic Framework ... (CSP-DPA) said") or an apposition between commas
    rf"(?:[ \t]+\([^()]{{1,40}}\))?(?:,[^,]{{1,80}},)?[ \t]+"
    rf"(?:also[ \t]+|later[ \t]+|has[ \t]+|had[ \t]+|have[ \t]+)?{_SPEECH}\b"
)
_TRAILING_RE = re.compile(rf",[ \t]+(?:the[ \t]+)?({_NAME})[ \t]+{_SPEECH}\b")
#: "a U.S. official", "two Western diplomats", "a source close to the presidency": unnamed people are claimants
#: too, as written (analysts weigh "a source" differently from a ministry, and need to see which it was).
_UNNAMED = (
    r"(?:an?|one|two|three|four|several|some|other)[ \t]+(?:[\w.'’-]+[ \t]+){0,3}?"
    r"(?:official|officials|source|sources|diplomat|diplomats|lawmaker|lawmakers|analyst|analysts|spokesman|"
    r"spokeswoman|spokesperson|commander|officer|officers|minister|adviser|aide|expert|experts|intelligence)\b"
    r"(?:[ \t]+(?:close[ \t]+to|familiar[ \t]+with|briefed[ \t]+on|in|at|from|with)[ \t]+(?:[\w.'’-]+[ \t]+){0,3}"
    r"[\w.'’-]+)?"
)
#: "Ukrainian intelligence", "South Korean lawmakers", "Burkinabe state television": a state's organ by demonym
_DEMONYM_ORGAN = (
    r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
    r"(?:intelligence|officials|lawmakers|authorities|diplomats|prosecutors|media|state[ \t]+media|television|"
    r"state[ \t]+television|news[ \t]+agency|spy[ \t]+agency|military|army|navy|government|rebels|separatists|"
    r"insurgents|militants|witnesses|residents|activists|monitors|estimates|assessments|figures)"
)
_UNNAMED_RE = re.compile(
    rf"(?:^|[,;][ \t]+|\bthat[ \t]+)(?:the[ \t]+)?({_UNNAMED}|{_DEMONYM_ORGAN})(?:,[^,]{{1,80}},)?[ \t]+"
    rf"(?:also[ \t]+|later[ \t]+|has[ \t]+|had[ \t]+|have[ \t]+)?{_SPEECH}\b"
)
_UNNAMED_ACCORDING_RE = re.compile(
    rf"\b(?:[Aa]ccording[ \t]+to|[Cc]iting|[Qq]uoting|cited[ \t]+by)[ \t]+(?:the[ \t]+)?({_UNNAMED}|{_DEMONYM_ORGAN})"
)
#: "Ukraine's military intelligence chief Kyrylo Budanov said": the person named after a title
_TITLED_RE = re.compile(
    rf"\b(?:chief|head|minister|commander|spokesman|spokeswoman|spokesperson|secretary|director|general|president|"
    rf"adviser|envoy|ambassador|lawmaker|analyst|governor|mayor)[ \t]+({_NAME})(?:,[^,]{{1,80}},)?[ \t]+"
    rf"(?:also[ \t]+|later[ \t]+|has[ \t]+|had[ \t]+)?{_SPEECH}\b"
)
_PRONOUN_RE = re.compile(rf"\b(?:he|she|it|they|the agency|the ministry|the general|the president)[ \t]+{_SPEECH}\b",
                         re.IGNORECASE)  # fmt: skip
_AGENCY_WORDS = re.compile(
    r"\b(?:Ministry|Agency|Service|Intelligence|Command|Pentagon|Department|Council|Office|Directorate|Center|Centre|"
    r"Staff|Army|Forces|Institute|Committee|Government|Kremlin|NATO|NIS|HUR|GUR|JCS)\b"
)
_OUTLET_WORDS = re.compile(
    r"\b(?:Reuters|AFP|AP|Associated Press|CNN|BBC|TASS|Bloomberg|Newsweek|Times|Post|Monde|Herald|Journal|"
    r"News|Media|Agency|Nova|Telegraph|Guardian|Yonhap|Kyodo|Interfax|RIA|NHK)\b"
)
_NOT_NAMES = frozenset(
    {"On", "In", "The", "A", "An", "But", "And", "It", "He", "She", "They", "This", "That", "Source"}
)


_ORGAN_WORDS = re.compile(
    r"(?:'s|’s)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:(?P<person>spokesman|spokeswoman|spokesperson|president|leader|"
    r"minister|chief|commander)|"
    r"agency|ministry|military|army|navy|intelligence|service|command|government|general[ \t]+staff|embassy|"
    r"officials)$"
)


#: The lower-case heads of unnamed claimants ("a U.S. official", "Ukrainian intelligence", "state television").
_UNNAMED_KINDS = (
    ("outlet", re.compile(r"\b(?:television|media|news[ \t]+agency|newspaper|broadcaster)$")),
    ("agency", re.compile(r"\b(?:intelligence|military|army|navy|authorities|prosecutors|ministry)$")),
    ("government", re.compile(r"\bgovernment$")),
    ("group", re.compile(r"\b(?:rebels|separatists|insurgents|militants)$")),
    (
        "person",
        re.compile(
            r"^(?:an?|one|two|three|four|several|some|other)\b"
            r"|\b(?:officials|lawmakers|diplomats|witnesses|residents|activists)$"
        ),
    ),
)


def claimant_kind(name: str) -> str:
    if _OUTLET_WORDS.search(name):
        return "outlet"
    if name[:1].islower() or not name.split()[-1][:1].isupper():
        for kind, head in _UNNAMED_KINDS:
            if head.search(name):
                return kind
    if (organ := _ORGAN_WORDS.search(name)) is not None:
        return "person" if organ.group("person") else "agency"  # "South Korea's spy agency", "Iran's president"
    if _AGENCY_WORDS.search(name):
        return "agency"
    if len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()):
        return "person"
    return "other"


def _clean(name: str) -> str | None:
    name = name.strip(" .,'’")
    if not name or name in _NOT_NAMES or len(name) < 2:
        return None
    return name


def make_claimant(name: str) -> Claimant:
    kind = claimant_kind(name)
    return Claimant.model_validate({"name": name, "kind": kind})


#: What ``_ACCORDING_RE`` and ``_UNNAMED_ACCORDING_RE`` cannot match without (their case variants spelled out
#: there, so a plain substring test). Single words: the second pattern allows any blanks between "according" and
#: "to" ("according  to", a tab), which an anchor "according to" would have hidden.
_ACCORDING_ANCHORS = ("ccording", "iting", "uoting", "cited", "as reported by")
#: What every ``_SPEECH`` verb contains ("say" for say/says, "denie" for denied/denies, ...).
_SPEECH_ANCHORS = (
    "said", "say", "told", "tell", "report", "confirm", "estimat", "stated", "claim", "announc", "add", "wrote",
    "write", "stress", "warned", "believes", "assessed", "disclosed", "acknowledged", "insisted", "denie",
    "alleged", "put", "briefed", "found",
)  # fmt: skip


def find_claimant(sentence: str) -> str | None:
    """The claimant named in one sentence, or None.

    The patterns start with ``\\b`` or an alternation, so ``re`` tries them at every position (4-11 us a
    sentence); substring tests for the words they cannot match without skip them in well under a microsecond.
    """
    if any(a in sentence for a in _ACCORDING_ANCHORS):
        # "according to Ukrainian officials": the organ's whole name, not its first capitalised word
        got = [m.group(1) for m in (_ACCORDING_RE.search(sentence), _UNNAMED_ACCORDING_RE.search(sentence)) if m]
        if got:
            return _clean(max(got, key=len))
    if not any(a in sentence for a in _SPEECH_ANCHORS):
        return None  # both patterns below end in a speech verb, in lower case as written
    m = _SUBJECT_SPEECH_RE.search(sentence)
    if m:
        return _clean(m.group(1))
    m = _TRAILING_RE.search(sentence)
    if m:
        return _clean(m.group(1))
    m = _TITLED_RE.search(sentence) if any(a in sentence for a in _TITLE_ANCHORS) else None
    if m:
        return _clean(m.group(1))
    m = _UNNAMED_RE.search(sentence) if any(a in sentence for a in _UNNAMED_ANCHORS) else None
    if m:
        return _clean(m.group(1))
    return None


#: What ``_TITLED_RE`` cannot match without: one of its titles, in lower case as written.
_TITLE_ANCHORS = (
    "chief", "head", "minister", "commander", "spokes", "secretary", "director", "general", "president", "adviser",
    "envoy", "ambassador", "lawmaker", "analyst", "governor", "mayor",
)  # fmt: skip
#: What ``_UNNAMED_RE`` cannot match without: a head noun of ``_UNNAMED`` or of ``_DEMONYM_ORGAN`` (each holds one
#: of these, in lower case as written: "lawmaker" for "lawmakers", "official" for "officials", ...).
_UNNAMED_ANCHORS = (
    "official", "source", "diplomat", "lawmaker", "analyst", "spokes", "commander", "officer", "minister", "adviser",
    "aide", "expert", "intelligence", "authorities", "prosecutors", "media", "television", "agency", "military",
    "army", "navy", "government", "rebels", "separatists", "insurgents", "militants", "witnesses", "residents",
    "activists", "monitors", "estimates", "assessments", "figures",
)  # fmt: skip
#: What ``_PRONOUN_RE`` (IGNORECASE) cannot match without: its speech verb (``may_contain``).
_PRONOUN_SPEECH_ANCHORS = tuple(a.lower() for a in _SPEECH_ANCHORS)


def has_pronoun_speech(sentence: str) -> bool:
    """ "he said", "the agency added": speech by someone named earlier."""
    # (a cheap gate: the pattern ends in a speech verb, and tries every position of the sentence)
    return may_contain(sentence, _PRONOUN_SPEECH_ANCHORS) and bool(_PRONOUN_RE.search(sentence))


def source_line_claimant(text: str) -> str | None:
    """The first name on a "Source:" line ("Gen. X, AFRICOM commander, in an interview" -> "Gen. X")."""
    m = re.match(rf"[ \t]*(?:an?[ \t]+[^A-Z]{{0,60}}?(?:by|from)[ \t]+)?(?:the[ \t]+)?({_NAME})", text)
    return _clean(m.group(1)) if m else None
