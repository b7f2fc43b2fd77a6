"""Figure parsing: every number form DESIGN.md names, and the numbers that are not figures."""

from __future__ import annotations

import random

import pytest

from claimwatch.core.numbers import (
    _candidate_starts,
    find_figures,
    find_numbers,
    find_unit,
    number_starts,
    parse_number,
)


def one(text: str) -> tuple[int, int | None, int | None, bool, str, str | None]:
    figs = [f for f in find_figures(text) if f.topic is not None]
    assert len(figs) == 1, figs
    f = figs[0]
    return f.number.value, f.number.low, f.number.high, f.number.approx, f.unit, f.topic


@pytest.mark.parametrize(
    ("text", "value"),
    [("4,500", 4500), ("4 500", 4500), ("4.5k", 4500), ("twelve thousand", 12000), ("2.5 million", 2_500_000),
     ("a dozen", 12), ("forty-two", 42), ("three hundred and ten", 310)],
)  # fmt: skip
def test_parse_number_forms(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_plain_and_spelled_figures() -> None:
    assert one("Chile moved 4,500 marines north.") == (4500, None, None, False, "marines", "troops")
    assert one("Chile moved 4 500 marines north.")[0] == 4500
    assert one("Chile moved 4k marines north.")[0] == 4000
    assert one("Chile moved twelve thousand marines north.")[0] == 12000
    assert one("Peru bought 1.5 million shells.")[:1] == (1_500_000,)


def test_bounds() -> None:
    assert one("roughly 700 paratroopers") == (700, None, None, True, "paratroopers", "troops")
    assert one("some 700 paratroopers")[3] is True
    assert one("more than 7,000 soldiers")[:4] == (7000, 7000, None, True)
    assert one("at least 90 drones")[:4] == (90, 90, None, True)
    assert one("over 300 tanks")[:4] == (300, 300, None, True)
    assert one("up to 9,000 soldiers")[:4] == (9000, None, 9000, True)
    assert one("as many as 9,000 soldiers")[:4] == (9000, None, 9000, True)
    assert one("nearly 40 howitzers")[:4] == (40, None, 40, True)
    assert one("fewer than 600 troops")[:4] == (600, None, 600, True)
    assert one("between 2,000 and 2,500 troops")[:4] == (2000, 2000, 2500, True)
    assert one("2,000 to 2,500 troops")[:4] == (2000, 2000, 2500, True)
    assert one("2,000-2,500 troops")[:4] == (2000, 2000, 2500, True)
    assert one("2,000–2,500 troops")[:4] == (2000, 2000, 2500, True)
    assert one("a 400-strong battalion of infantry")[0] == 400
    assert one("its 1,000-plus fighters")[:4] == (1000, 1000, None, True)


def test_counted_noun_after_modifiers() -> None:
    v, _, _, _, unit, topic = one("about 60 Type 99 tracked self-propelled howitzers")
    assert (v, unit, topic) == (60, "howitzers", "equipment")
    assert one("2,000 Chilean troops")[4:] == ("troops", "troops")


def test_casualty_nouns_give_two_figures() -> None:
    figs = find_figures("Officials counted 40 killed and 350 wounded.")
    assert [(f.value, f.topic) for f in figs] == [(40, "casualties"), (350, "casualties")]


@pytest.mark.parametrize(
    "text",
    [
        "On 14 March the brigade moved.", "Troops left on March 14, 2023.", "The soldiers were born in 1999.",
        "A 19-year-old soldier died.", "The soldier, aged 19, died.", "Support rose to 45% among troops.",
        "Troops get $1,500 a month.", "The missiles have a range of 300 km.", "a 155mm howitzer",
        "its 7th motorised rifle brigade", "Reports say Camp 17 drones were moved.", "The bill passed 61-39.",
        "Resolution 2231 bans missiles.", "The convoy left at 14:30.", "several thousand troops",
        "dozens of soldiers", "thousands of soldiers", "hundreds of drones", "a 12-article treaty",
        "The unit flew an Il-76 to base.", "It lasted 30 to 90 days.",
    ],
)  # fmt: skip
def test_not_figures(text: str) -> None:
    assert [f for f in find_figures(text) if f.topic is not None] == []


def test_bare_number_is_returned_without_topic() -> None:
    figs = find_figures("Another 300 are to follow.")
    assert [(f.value, f.topic) for f in figs] == [(300, None)]


def test_space_grouped_number_before_punctuation_keeps_its_groups() -> None:
    """ "to about 3 000, the navy said": a space-grouped number with no noun after it ends at the comma; only
    a comma followed by a digit would make the grouping doubtful."""
    assert [f.number.value for f in find_figures("The garrison grew to about 3 000, the navy said.")] == [3000]
    assert [f.number.value for f in find_figures("Its strength is now 12 500.")] == [12500]


def test_from_after_a_figure_is_a_second_figure_not_a_range() -> None:
    got = [(f.number.value, f.number.high) for f in find_figures("It grew to 4,500 troops, from 8,350 last year.")]
    assert got == [(4500, None), (8350, None)]
    got = [(f.number.value, f.number.approx) for f in find_figures("120,000 troops, up from around 80,000 in May")]
    assert got == [(120000, False), (80000, True)]
    assert [f.number.text for f in find_figures("Troops came from 12 countries.")] == []


def test_capitalised_name_before_force_noun_is_a_modifier() -> None:
    unit = find_unit("500 Air Force Reserve airmen", 3)
    assert unit is not None and unit[0] == "airmen"
    plain = find_unit("500 Marines were sent", 3)
    assert plain is not None and plain[0] == "Marines"


@pytest.mark.parametrize("text", ["a cost of about 150 million reais", "worth 800,000 yen", "some 40 million rupees"])
def test_sums_in_other_currencies_are_no_figures(text: str) -> None:
    assert not find_figures(text)


def test_pieces_of_equipment_count_equipment() -> None:
    unit = find_unit("400 pieces of military hardware", 3)
    assert unit is not None and unit[0] == "military hardware"


def test_model_designators_joined_by_and_modify_one_noun() -> None:
    unit = find_unit("30 Su-24 and Su-34 bombers", 2)
    assert unit is not None and unit[0] == "bombers"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Chile is sending more than 80 police and defence personnel to the islands.", "personnel"),
        ("Up to 45 police and military personnel will follow.", "military personnel"),
        ("It sent 65 defence force personnel.", "personnel"),
    ],
)
def test_modifiers_joined_by_and_or_stacked_still_reach_the_counted_noun(text: str, unit: str) -> None:
    [f] = find_figures(text)
    assert (f.unit, f.topic) == (unit, "troops")


def test_and_before_a_second_counted_noun_stops_the_unit() -> None:
    [f] = find_figures("About 100 police and soldiers were on the streets.")
    assert f.topic is None


def test_vote_counts_are_never_figures() -> None:
    assert find_figures("The Bundestag voted 412 to 57 to extend the mission.") == []
    assert find_figures("Deputies voted by 130 to 9 for the deployment.") == []


@pytest.mark.parametrize(
    "text",
    ["Six Polish Air Force F-16 fighters landed at the base.", "It sent 12 Su-30 fighters.", "Eight stealth fighters"],
)
def test_fighters_with_an_aircraft_model_are_equipment(text: str) -> None:
    [f] = find_figures(text)
    assert (f.unit, f.topic) == ("fighters", "equipment")


def test_fighters_of_a_group_are_troops() -> None:
    [f] = find_figures("About 300 Hezbollah fighters crossed the border.")
    assert f.topic == "troops"


@pytest.mark.parametrize(
    "text",
    ["Clashes near the dam in 2024 killed dozens of villagers.", "By 2030 troops will rotate every year."],
)
def test_a_year_after_a_preposition_of_time_is_no_figure(text: str) -> None:
    assert find_figures(text) == []


def test_a_year_like_count_without_a_preposition_of_time_is_a_figure() -> None:
    [f] = find_figures("A force of 2000 troops crossed the river.")
    assert (f.number.value, f.unit) == (2000, "troops")


def test_a_span_of_years_and_an_age_set_off_by_commas_are_no_figures() -> None:
    assert find_figures("Parliament updated the 2024-2030 defence plan.") == []
    assert find_figures("The dead, a sergeant, 24, and a private, 19, were buried on Friday.") == []


@pytest.mark.parametrize(
    ("text", "unit", "topic"),
    [
        ("About 40 CV90 infantry fighting vehicles were shipped.", "infantry fighting vehicles", "equipment"),
        ("It now has nine Rafale fighters at the base.", "fighters", "equipment"),
        ("Six Rafales landed on Monday.", "Rafales", "equipment"),
    ],
)
def test_model_names_and_three_word_nouns_count_equipment(text: str, unit: str, topic: str) -> None:
    [f] = find_figures(text)
    assert (f.unit, f.topic) == (unit, topic)


def test_a_service_name_modifies_the_noun_after_it() -> None:
    figs = find_figures("Three Chinese air force planes and six army helicopters landed.")
    assert [(f.number.value, f.topic) for f in figs] == [(3, "equipment"), (6, "equipment")]


def test_a_recipient_before_a_count_is_no_name_with_a_number() -> None:
    [f] = find_figures("Pyongyang has sent Russia 10,000 troops.")
    assert (f.number.value, f.unit) == (10000, "troops")
    assert find_figures("The Type 99 tank is old.") == []


def test_a_two_word_noun_after_a_service_name_is_counted() -> None:
    got = [(f.unit, f.topic) for f in find_figures("Three Kenyan Air Force Y-12 transport aircraft landed at dawn.")]
    assert got == [("transport aircraft", "equipment")]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Two more Typhoon jets reached the base, completing a detachment of eight fighters.", "equipment"),
        ("About 300 Hezbollah fighters crossed the border on Monday.", "troops"),
        ("Rebel fighters shot down a jet and killed 20 fighters.", "troops"),
    ],
)
def test_bare_fighters_next_to_jets_are_aircraft(text: str, topic: str) -> None:
    assert find_figures(text)[-1].topic == topic


def test_a_two_word_noun_after_a_lowercase_service_name_is_counted() -> None:
    text = "Rwanda flew the unit to Bangui on two air force transport aircraft."
    got = [(f.unit, f.topic) for f in find_figures(text)]
    assert got == [("transport aircraft", "equipment")]


def test_and_joins_words_of_one_number_only_after_a_scale() -> None:
    from claimwatch.core.numbers import find_numbers

    assert [(n.value, n.low, n.high) for n in find_numbers("between three and five frigates")] == [(3, 3, 5)]
    assert [n.value for n in find_numbers("three hundred and twenty sailors")] == [320]
    assert [n.value for n in find_numbers("killed four and wounded nine")] == [4, 9]


def _body_starts(text: str) -> list[int]:
    return number_starts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 4,000 sailors and Twelve frigates left; a dozen more, A hundred and fifty, a thousandfold.",
        "seventeen, sevenfold, twentyone, 7seven, seven7, ONE-two, x2, MiG-29s, é ten, naïve nine",
        "No numbers here at all, only a bridge and a vote.",
        "a  dozen, a\tdozen, a Dozen, an hundred, ſix, Kilo eleven",
    ],
)
def test_body_number_starts_are_the_sentence_candidates(text: str) -> None:
    # The extractor finds number starts once per body and hands each sentence its share instead of
    # rescanning it: the two must agree position for position, or figures would differ.
    assert _body_starts(text) == list(_candidate_starts(text))


def test_body_number_starts_agree_on_random_text() -> None:
    rng = random.Random(11)
    alphabet = ["seven", "Eleven", "a", " dozen", " hundred", "A", "x", "9", "1,200", " ", "-", "é", "ty", "and"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert _body_starts(text) == list(_candidate_starts(text)), text


def test_find_figures_with_given_starts_matches_its_own_scan() -> None:
    text = "About 3,000 troops and eleven tanks moved, up from a dozen in May 2024."
    assert find_figures(text, _body_starts(text)) == find_figures(text)
    assert find_figures(text, []) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("One Kenyan soldier was killed in the raid.", [1]),
        ("One U.S. Marine has been wounded.", [1]),
        ("One soldier told reporters the road was open.", []),
        ("One of the soldiers was killed.", []),
    ],
)
def test_one_counts_only_a_single_loss(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two dozen armoured vehicles", 24),
        ("some three dozen soldiers", 36),
        ("half a dozen jets", 6),
        ("a dozen drones", 12),
    ],
)
def test_dozens_multiply_their_number_word(text: str, value: int) -> None:
    from claimwatch.core.numbers import number_starts

    assert [n.value for n in find_numbers(text)] == [value]
    assert [n.value for n in find_numbers(text, number_starts(text))] == [value]


def test_dozens_alone_are_no_number() -> None:
    assert find_numbers("dozens of soldiers were wounded") == []


def test_a_singular_noun_after_a_count_modifies_the_counted_word() -> None:
    def got(t: str) -> list[tuple[int, str, str | None]]:
        return [(f.value, f.unit, f.topic) for f in find_figures(t)]

    assert got("the wing flew about 90 fighter sorties") == [(90, "", None)]
    assert got("it logged 40 fighter and helicopter landings") == [(40, "", None)]
    assert got("Poland will station 12 fighter aircraft there") == [(12, "aircraft", "equipment")]
    # still counted: a "-strong" force, a plural, a two-word noun, a capitalised name
    assert got("a 4,000-strong force") == [(4000, "force", "troops")]
    assert got("300 drone operators") == [(300, "drone operators", "troops")]
    assert got("two missile launchers") == [(2, "launchers", "equipment")]


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx"),
    [
        ("keeps 1,000 or so fighters there", 1000, None, None, True),
        ("the 700-odd marines aboard", 700, None, None, True),
        ("2,500 or more troops crossed", 2500, 2500, None, True),
        ("the 600-strong battalion", 600, None, None, False),
    ],
)
def test_an_approximation_or_bound_after_the_number(
    text: str, value: int, low: int | None, high: int | None, approx: bool
) -> None:
    [n] = find_numbers(text)
    assert (n.value, n.low, n.high, n.approx) == (value, low, high, approx)


def test_or_so_after_a_year_is_no_figure() -> None:
    assert find_numbers("since 2019 or so the base has grown") == []


def test_an_age_range_or_an_approximate_age_is_no_figure() -> None:
    assert find_numbers("The men, aged between 19 and 48, were held in Sumy.") == []
    assert find_numbers("recruits aged about 25") == []
    assert [n.value for n in find_numbers("between 19 and 48 soldiers")] == [19]


def test_a_quoted_count_keeps_its_modifier() -> None:
    [n] = find_numbers('put total losses at "about 4 800".')
    assert (n.value, n.approx) == (4800, True)
    [n] = find_numbers('has "between 200 and 300" advisers')
    assert (n.value, n.low, n.high) == (200, 200, 300)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("peaked above 9,000 in May", 9000, None), ("just below 2,000 troops", None, 2000)],
)
def test_above_and_below_bound_a_count(text: str, low: int | None, high: int | None) -> None:
    [n] = find_numbers(text)
    assert (n.low, n.high, n.approx) == (low, high, True)


def test_above_a_height_or_below_a_temperature_is_no_figure() -> None:
    assert find_numbers("a ridge above 1,500 metres") == []
    assert find_numbers("temperatures fell below 30 degrees") == []


def test_a_year_after_much_of_or_since_is_a_date() -> None:
    for text in (
        "the militias that spent much of 2023 firing drones at U.S. bases have gone quiet",
        "Since 2013 fighters of the group have guarded the border.",
        "until early 2022 troops of the brigade held the town",
        "by mid-2021 engineers had arrived",
    ):
        assert find_figures(text, None) == [], text
    assert [f.value for f in find_figures("the militias field about 2,024 fighters", None)] == [2024]

