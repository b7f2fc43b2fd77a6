"""Extraction rules of the eighth session's own work (owners named after the counted noun, quoted partitives).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Five contractors employed by Bancroft were wounded near Baidoa on Monday.", ("bancroft", "casualties", 5)),
        (
            "Two contractors working for the American security firm Bancroft were killed near Kismayo.",
            ("bancroft", "casualties", 2),
        ),
        ("About 60 fighters serving with the Wagner Group reached Bangui.", ("wagner-group", "troops", 60)),
        ("About 250 soldiers serving with the Spanish army landed in Latvia.", ("ES", "troops", 250)),
    ],
)
def test_the_employer_named_after_the_noun_owns_the_count(ex: Extractor, body: str, want: tuple) -> None:
    assert want in figs(run(ex, body))


def test_a_state_named_before_keeps_its_contingent_serving_with_a_mission(ex: Extractor) -> None:
    got = figs(run(ex, "Nepal has about 900 soldiers serving with UNIFIL in southern Lebanon."))
    assert ("NP", "troops", 900) in got
    assert not {f for f in got if f[0] != "NP"}


def test_an_employer_rule_does_not_give_nationals_to_the_group(ex: Extractor) -> None:
    got = run(ex, "About 120 Colombian fighters serving with the RSF were seen near Nyala.")
    assert [c.actor.name for c in got if c.figure is not None] == ["Colombian fighters"]


def test_a_plain_comma_opens_a_clause_with_its_own_actor_and_verb(ex: Extractor) -> None:
    body = (
        "Spain will send six F-18 jets and 130 airmen to Lithuania, the Netherlands will deploy two F-35s to"
        " Poland, and Italy will station an air defence battery in Latvia, allies said."
    )
    got = run(ex, body)
    assert {("ES", "equipment", 6), ("ES", "troops", 130), ("NL", "equipment", 2)} <= figs(got)
    assert ("ES", "PL") not in locs(got)
    assert ("NL", "PL") in locs(got)


@pytest.mark.parametrize(
    "body",
    [
        "In Latvia, Canada has about 2,000 troops under NATO command.",
        "Chad has sent about 1,000 soldiers to Niger, the army said on Sunday, after raids near the border.",
    ],
)
def test_a_comma_before_a_speaker_or_after_an_opening_place_cuts_nothing(ex: Extractor, body: str) -> None:
    got = run(ex, body)
    assert len({c.location.country_code for c in got if c.location is not None}) == 1
    assert all(c.location is not None for c in got if c.figure is not None)


@pytest.mark.parametrize(
    "second",
    ["The ship, with about 190 crew, will stay until March.", "It has about 190 crew aboard."],
)
def test_a_crew_count_after_the_paragraphs_warship_is_its_sailors(ex: Extractor, second: str) -> None:
    body = "Japan sent the destroyer Kirisame to the Gulf of Aden on Monday. " + second
    assert ("JP", "troops", 190) in figs(run(ex, body))


def test_a_crew_count_of_a_merchant_ship_stays_no_figure_beside_a_warship(ex: Extractor) -> None:
    body = "A Greek frigate escorted the convoy on Monday. The tanker, with about 24 crew, reached Suez."
    assert not {f for f in figs(run(ex, body)) if f[1] == "troops"}


def test_people_who_serve_with_a_peace_operation_are_their_states_contingent(ex: Extractor) -> None:
    got = run(ex, "About 700 Paraguayans serve with UNFICYP in Cyprus.")
    assert ("PY", "troops", 700) in figs(got)


def test_people_who_serve_with_another_states_army_are_its_foreign_fighters(ex: Extractor) -> None:
    got = run(ex, "About 60 Cubans serve with the Russian army near Pokrovsk.")
    assert [c.actor.name for c in got if c.figure is not None] == ["Cuban fighters"]


def test_a_state_named_with_its_service_before_the_counted_noun_owns_it(ex: Extractor) -> None:
    assert ("FR", "equipment", 3) in figs(run(ex, "Three French navy ships arrived in the Gulf of Guinea on Friday."))


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The Pentagon said three more P-8As and about 90 personnel arrived at Kadena.", ("US", "troops", 90)),
        ("The Dutch navy said about 250 sailors were deployed in the Red Sea.", ("NL", "troops", 250)),
    ],
)
def test_the_first_count_with_no_owner_is_the_speaking_states(ex: Extractor, body: str, want: tuple) -> None:
    assert want in figs(run(ex, body))


def test_a_speaking_state_does_not_take_a_count_from_the_items_focus(ex: Extractor) -> None:
    body = (
        "North Korean troops have moved into Russia's Kursk region. "
        "South Korea's spy agency said about 3,000 soldiers arrived there last week."
    )
    got = figs(run(ex, body))
    assert ("KP", "troops", 3000) in got
    assert not {f for f in got if f[0] == "KR"}


@pytest.mark.parametrize(
    "body",
    [
        "The Spanish frigate left the Kenyan port of Mombasa on Monday.",
        "The Spanish frigate departed from the port of Mombasa on Monday.",
    ],
)
def test_a_port_left_through_its_name_is_a_departure(ex: Extractor, body: str) -> None:
    assert not [c for c in run(ex, body) if c.location is not None]


@pytest.mark.parametrize(
    "body",
    [
        "The Spanish frigate arrived in the Kenyan port of Mombasa on Monday.",
        "The Spanish frigate arrived in the port of Mombasa on Monday.",
    ],
)
def test_a_port_arrived_in_through_its_name_is_a_location(ex: Extractor, body: str) -> None:
    assert [c.location.name for c in run(ex, body) if c.location is not None] == ["Mombasa"]


@pytest.mark.parametrize(("demonym", "code"), [("Montenegrin", "ME"), ("Thai", "TH"), ("Togolese", "TG")])
def test_a_demonym_listed_among_a_states_aliases_still_names_its_land(ex: Extractor, demonym: str, code: str) -> None:
    got = run(ex, f"Two Italian F-35s entered {demonym} airspace on Monday.")
    assert ("IT", code) in locs(got)


def test_coordinated_demonyms_share_the_land_word_after_the_second(ex: Extractor) -> None:
    got = run(ex, "Four Greek F-16s policed Slovenian and Croatian airspace last month.")
    assert {("GR", "SI"), ("GR", "HR")} <= locs(got)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("About 250 Argentine soldiers arrived in Cyprus.", "AR"),
        ("About 250 Argentinian soldiers arrived in Cyprus.", "AR"),
        ("Two Kazakh peacekeepers were wounded in the Golan Heights.", "KZ"),
        ("About 40 Ecuadorian marines arrived in Panama.", "EC"),
        ("About 30 Slovenian soldiers arrived in Latvia.", "SI"),
    ],
)
def test_common_demonyms_missing_from_the_country_data_name_their_state(ex: Extractor, body: str, code: str) -> None:
    assert {f[0] for f in figs(run(ex, body))} == {code}


def test_a_group_written_with_a_lower_case_article_is_found(ex: Extractor) -> None:
    got = run(ex, "About 200 al-Qaeda fighters attacked the town of Kidal on Sunday.")
    assert ("al-qaeda", "troops", 200) in figs(got)


def test_a_group_linked_to_another_is_not_that_others(ex: Extractor) -> None:
    got = run(ex, "An al Qaeda-linked group said its fighters had seized the town of Kidal.")
    assert "al-qaeda" not in {c.actor.code for c in got}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("About 500 Kachin Independence Army fighters attacked Bhamo.", "kachin-independence-army"),
        ("The Abu Sayyaf Group had about 50 fighters on Jolo.", "abu-sayyaf"),
        ("About 300 Lakurawa fighters crossed into Sokoto state.", "lakurawa"),
    ],
)
def test_armed_groups_often_in_the_news_are_actors(ex: Extractor, body: str, code: str) -> None:
    assert code in {f[0] for f in figs(run(ex, body))}


@pytest.mark.parametrize(
    "body",
    [
        "Chad has offered to send 500 troops to Niger.",
        "Chad would consider sending 500 troops to Niger.",
        "Chad is willing to deploy 500 troops to Niger.",
    ],
)
def test_an_offer_or_a_willingness_places_no_forces(ex: Extractor, body: str) -> None:
    got = run(ex, body)
    assert ("TD", "troops", 500) in figs(got)
    assert not locs(got)


@pytest.mark.parametrize(
    "body", ["Chad refused to send 500 troops to Niger.", "Chad declined to deploy troops to Niger."]
)
def test_a_refusal_to_send_is_a_denial(ex: Extractor, body: str) -> None:
    got = run(ex, body)
    assert got and all(c.denied for c in got)


def test_declining_to_comment_is_no_denial(ex: Extractor) -> None:
    got = run(ex, "Chad declined to comment on reports that 500 of its troops were in Niger.")
    assert got and not any(c.denied for c in got)


def test_an_island_named_after_a_base_on_it_is_no_second_place(ex: Extractor) -> None:
    got = run(ex, "New Zealand flew about 40 airmen to Kadena Air Base on the Japanese island of Okinawa last week.")
    assert [c.location.name for c in got if c.location is not None] == ["Kadena Air Base"]


def test_headquarters_where_reporters_were_shown_something_is_a_venue(ex: Extractor) -> None:
    body = (
        "The army spokesman showed reporters at army headquarters in Hanoi photographs that he said showed"
        " Chinese officers beside a rocket launcher."
    )
    assert not [c for c in run(ex, body) if c.location is not None]
