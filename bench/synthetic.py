"""Synthetic news items for the core benchmarks (``bench/extract.py``).

Written for benchmarking only, not for scoring: every sentence comes from templates
in this file. Claim sentences vary the actor (names, demonyms, metonyms), the
number form ("11,000", "11k", "eleven thousand", "between A and B", "up to"), the
counted noun, the place (oblasts, cities, macro-regions, countries) and the
claimant; filler sentences carry the capitalised names, dates, money and
percentages that real copy has, so the gazetteer filter and the number filters
see realistic work, not just the claims. A few per cent of the items are
syndicated near-copies, so dedup's LSH query finds candidates too.

Deterministic for a given seed, so two runs (or two commits) see the same items.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

ACTORS = [
    ("North Korea", "North Korean", "Pyongyang"), ("Russia", "Russian", "Moscow"), ("Iran", "Iranian", "Tehran"),
    ("Belarus", "Belarusian", "Minsk"), ("Ukraine", "Ukrainian", "Kyiv"), ("China", "Chinese", "Beijing"),
    ("Turkey", "Turkish", "Ankara"), ("Sudan", "Sudanese", "Khartoum"), ("the DPRK", "North Korean", "Pyongyang"),
    ("Syria", "Syrian", "Damascus"), ("Israel", "Israeli", "Jerusalem"), ("Poland", "Polish", "Warsaw"),
]  # fmt: skip
GROUPS = ["the Wagner Group", "Africa Corps", "the Houthis", "Hezbollah"]
PLACES = [
    "Kursk Oblast", "Belgorod Oblast", "Crimea", "Vladivostok", "Rostov-on-Don", "Donetsk", "Zaporizhzhia Oblast",
    "Khabarovsk", "Kherson", "the Far East", "Sevastopol", "the Kursk region", "Primorsky Krai", "eastern Russia",
    "Bryansk Oblast", "Luhansk", "Mali", "Libya", "the Red Sea", "Kharkiv", "Novosibirsk", "Voronezh",
]  # fmt: skip
CLAIMANTS = [
    "the defence ministry", "a senior intelligence official", "the general staff", "military analysts",
    "a spokesperson for the president", "an independent monitoring group", "Western officials",
    "Kyrylo Budanov, head of Ukraine's military intelligence", "the Institute for the Study of War",
    "South Korea's National Intelligence Service", "a NATO spokesperson", "Pentagon press secretary Pat Ryder",
]  # fmt: skip
UNITS = ["troops", "soldiers", "tanks", "drones", "artillery pieces", "soldiers killed", "personnel", "fighters",
         "infantrymen", "missiles", "artillery shells", "armoured vehicles", "mercenaries", "launchers"]  # fmt: skip
NUMBER_FORMS = [
    "{n:,}", "about {n:,}", "more than {n:,}", "up to {n:,}", "nearly {n:,}", "at least {n:,}", "{k}k",
    "between {n:,} and {m:,}", "{words}", "some {n:,}", "roughly {n:,}", "as many as {n:,}", "{n:,}-plus",
]  # fmt: skip
WORD_NUMBERS = ["eleven thousand", "two thousand", "several hundred", "five hundred", "a thousand", "twelve thousand",
                "1.5 million", "three thousand"]  # fmt: skip
CLAIM_TEMPLATES = [
    "{claimant_cap} said on {weekday} that {fig} {demonym} {unit} had been sent to {place}.",
    "According to {claimant}, {actor} has deployed {fig} {unit} to {place} in recent weeks.",
    "{claimant_cap} estimated that {fig} {demonym} {unit} were now stationed near {place}.",
    "Satellite images reviewed by {claimant} suggest {fig} {unit} from {actor} are training in {place}.",
    "{actor_cap} has moved {fig} {unit} towards {place}, {claimant} told reporters.",
    "{metonym} sent {fig} {unit} to {place} on {day} {month}, {claimant} reported.",
    "{claimant_cap} confirmed that {group} had lost {fig} fighters near {place} since {month}.",
    "{actor_cap} reportedly denied that {fig} of its {unit} were fighting in {place}.",
    "{fig} {demonym} {unit} are likely to arrive in {place} by the end of {month}, {claimant} said.",
]  # fmt: skip
FILLER = [
    "The statement came as diplomats prepared for another round of talks on regional security in Geneva.",
    "Markets in the capital were calm on the day, with trading volumes close to their monthly average.",
    "Observers noted that the weather in the region had turned colder, slowing road traffic on the M4.",
    "The ministry did not say how the information had been gathered or whether it had been verified.",
    "Local officials urged residents to follow instructions and keep emergency supplies at home.",
    "A parliamentary committee is expected to discuss the budget of $4.5 billion for reconstruction next month.",
    "Analysts cautioned that early figures in such situations are often revised as more reports arrive.",
    "Rail operators announced timetable changes because of maintenance works on several lines near Lyon.",
    "The foreign ministry summoned an ambassador to protest what it called provocative statements.",
    "Humanitarian groups said access to some villages remained limited because of damaged bridges.",
    "Several newspapers ran editorials calling for greater transparency from all governments involved.",
    "The central bank kept its key interest rate unchanged at 16%, citing uncertainty about energy prices.",
    "Secretary of State Antony Blinken met his counterpart in Brussels on 12 March to discuss sanctions.",
    "President Joe Biden and Chancellor Olaf Scholz spoke by phone on Tuesday, the White House said.",
    "The 45-year-old governor told the Washington Post that Route 66 would reopen in 2025.",
    "Prices for bread rose by 12 per cent in the past three months, according to the statistics office.",
    "Lloyd Austin said the Ramstein group would meet again in the autumn to coordinate aid deliveries.",
    "The United Nations General Assembly passed the resolution by 141 votes to 5 with 35 abstentions.",
    "Officials in Paris, Berlin and London said they were following developments closely.",
    "A spokesman for the European Commission said the new package of measures was ready for approval.",
    "Flight 752 was delayed for six hours at Heathrow Airport because of a technical fault.",
    "The company reported a profit of 3.2 million euros in the first quarter, up from a year earlier.",
    "Farmers in the south have complained about the cost of fertiliser and diesel since last spring.",
    "The summit in Kazan drew leaders from Brazil, India and South Africa, officials said.",
]  # fmt: skip
#: Word-salad filler: unique word 3-grams per item, as real unrelated stories have (fixed filler
#: sentences alone make every item a near-copy of every other, and dedup would see only duplicates).
_MORE_WORDS = (
    "government people year week time world country city report state police court water power school health "
    "money price energy food border road bridge village town farm army navy coast island river station market "
    "plan deal talks vote law bill tax union party leader minister council mayor judge worker company bank "
    "winter summer spring night morning evening crowd protest strike storm fire flood harvest festival museum "
    "see are war may can will long new old big small early late high low open close fresh public private "
    "during after before about without against between among under over into through while because although"
)
VOCAB = sorted(
    {w.strip(".,%$").lower() for s in FILLER for w in s.split() if w.strip(".,%$").isalpha()} | set(_MORE_WORDS.split())
)
NAMES = ["Smith", "Garcia", "Kowalski", "Nguyen", "Okafor", "Jensen", "Rossi", "Tanaka", "Haddad", "Petrov",
         "Washington", "Jordan", "Victoria", "Florence", "Austin", "Charlotte", "Sydney", "Lincoln"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
SOURCES = ["Harbor Wire", "Meridian Times", "Northgate Daily", "Coastal Ledger", "Summit Post", "Plainview Herald"]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _figure(rng: random.Random) -> str:
    n = rng.choice([rng.randint(1, 120) * 100, rng.randint(1, 30) * 1000, rng.randint(5, 900)])
    form = rng.choice(NUMBER_FORMS)
    return form.format(n=n, m=n + rng.randint(1, 20) * 100, k=max(1, n // 1000), words=rng.choice(WORD_NUMBERS))


def filler_sentence(rng: random.Random) -> str:
    """A claim-free sentence: a realistic fixed one (names, dates, money), or word salad with a name in it."""
    if rng.random() < 0.35:
        return rng.choice(FILLER)
    words = rng.choices(VOCAB, k=rng.randint(8, 20))
    words.insert(rng.randrange(len(words)), rng.choice(NAMES))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), str(rng.randint(2, 99)))
    return _cap(" ".join(words)) + "."


def claim_sentence(rng: random.Random) -> str:
    """One sentence that states a figure and/or a place for an actor."""
    actor, demonym, metonym = rng.choice(ACTORS)
    claimant = rng.choice(CLAIMANTS)
    return rng.choice(CLAIM_TEMPLATES).format(
        claimant=claimant, claimant_cap=_cap(claimant), weekday=rng.choice(WEEKDAYS), fig=_figure(rng),
        demonym=demonym, unit=rng.choice(UNITS), place=rng.choice(PLACES), actor=actor, actor_cap=_cap(actor),
        metonym=metonym, group=rng.choice(GROUPS), day=rng.randint(1, 28), month=rng.choice(MONTHS),
    )  # fmt: skip


def make_item(rng: random.Random, n: int, at: datetime, words: int = 500) -> dict[str, object]:
    """One item: 2-6 claim sentences spread among filler until about ``words`` words."""
    claims = [claim_sentence(rng) for _ in range(rng.randint(2, 6))]
    body: list[str] = []
    count = 0
    while count < words:
        s = claims.pop() if claims and rng.random() < 0.2 else filler_sentence(rng)
        body.append(s)
        count += len(s.split())
    body += claims
    paragraphs = [" ".join(body[i : i + 4]) for i in range(0, len(body), 4)]
    return {
        "id": f"synth-{n:07d}",
        "source": rng.choice(SOURCES),
        "published_at": at.isoformat(),
        "title": f"Dispatch {n}",
        "body": "\n\n".join(paragraphs),
    }


def items(count: int, seed: int = 7, words: int = 500) -> Iterator[dict[str, object]]:
    """``count`` items five minutes apart; ~3% are syndicated near-copies of a recent item."""
    rng = random.Random(seed)
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    recent: list[dict[str, object]] = []
    for n in range(count):
        at = t0 + timedelta(minutes=5 * n + rng.randint(0, 4))
        if recent and rng.random() < 0.03:
            src = rng.choice(recent)
            doc = dict(src, id=f"synth-{n:07d}", source=rng.choice(SOURCES), published_at=at.isoformat(),
                       body=str(src["body"]) + " (Additional reporting by our correspondent.)")  # fmt: skip
        else:
            doc = make_item(rng, n, at, words)
            recent = [*recent[-50:], doc]
        yield doc


def write(path: Path, count: int, seed: int = 7, words: int = 500) -> None:
    """The same items as JSON Lines (the ``claimwatch backtest`` input format)."""
    with open(path, "w", encoding="utf-8") as f:
        for doc in items(count, seed, words):
            f.write(json.dumps(doc) + "\n")
