"""Event dates resolved against ``published_at``.

Not scored, so cheap by design: plain regexes and ``datetime`` for the forms
news items use ("On 23 October", "Oct. 18", "as early as 1 November", "on
Thursday", "will arrive on Tuesday", "two days ago", "last week", "yesterday"). No dateparser: it costs a millisecond
per call and hangs on some inputs, while these forms cover the common cases.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from claimwatch.core.numbers import parse_number
from claimwatch.core.text import may_contain

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_DAY_MON_RE = re.compile(rf"\b(?P<day>\d{{1,2}})[ \t]+{_MON}(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?\b", re.IGNORECASE)
_MON_DAY_RE = re.compile(rf"\b{_MON}[ \t]+(?P<day>\d{{1,2}})(?:,[ \t]+(?P<year>(?:19|20)\d\d))?\b", re.IGNORECASE)
_WEEKDAY_RE = re.compile(
    r"\b(?:(next)[ \t]+|(?:on|last|this)?[ \t]*)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
#: A weekday after these is the next one ("will arrive on Tuesday"), not the last.
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|is[ \t]+to|are[ \t]+to|(?:is|are)[ \t]+(?:due|scheduled|set|expected)[ \t]+to)\b", re.IGNORECASE
)
#: ("the last week of October" is no "last week")
_RELATIVE_RE = re.compile(r"\b(yesterday|today|last week|last month|earlier this week)\b(?![ \t]+of\b)", re.IGNORECASE)
_AGO_RE = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|ten|\d{1,2})[ \t]+(days?|weeks?)[ \t]+ago\b", re.IGNORECASE
)


def _year_for(month: int, day: int, base: date) -> int:
    """News mostly looks back: a month later than the base month is last year's."""
    y = base.year
    try:
        if date(y, month, day) > base + timedelta(days=7):
            return y - 1
    except ValueError:
        return y
    return y


#: What each pattern cannot match without (``text.may_contain``): most sentences state no date, and the test
#: skips the searches (~30 us per sentence).
_MONTH_ANCHORS = tuple(_MONTHS)
_WEEKDAY_ANCHORS = ("day",)  # every weekday ends in "day"
_RELATIVE_ANCHORS = ("yesterday", "today", "last", "earlier")


def resolve_date(text: str, published_at: datetime) -> date | None:
    """The first date stated in ``text`` (a sentence), resolved against ``published_at``."""
    base = published_at.date()
    months = may_contain(text, _MONTH_ANCHORS)
    for rx in (_DAY_MON_RE, _MON_DAY_RE):
        m = rx.search(text) if months else None
        if m:
            month = _MONTHS[m.group("mon")[:3].lower()]
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else _year_for(month, day, base)
            try:
                return date(year, month, day)
            except ValueError:
                return None
    m = _WEEKDAY_RE.search(text) if may_contain(text, _WEEKDAY_ANCHORS) else None
    if m:
        wd = _WEEKDAYS[m.group(2).lower()]
        if m.group(1) or _FUTURE_RE.search(text, 0, m.start()):
            return base + timedelta(days=(wd - base.weekday()) % 7 or (7 if m.group(1) else 0))
        delta = (base.weekday() - wd) % 7
        return base - timedelta(days=delta)
    m = _AGO_RE.search(text) if "ago" in text else None
    if m:
        n = 1 if m.group(1).lower() == "an" else parse_number(m.group(1)) or 1
        return base - timedelta(days=n * (7 if m.group(2).lower().startswith("week") else 1))
    m = _RELATIVE_RE.search(text) if may_contain(text, _RELATIVE_ANCHORS) else None
    if m:
        w = m.group(1).lower()
        return {
            "yesterday": base - timedelta(days=1),
            "today": base,
            "last week": base - timedelta(days=7),
            "last month": base - timedelta(days=30),
            "earlier this week": base - timedelta(days=2),
        }[w]
    return None
