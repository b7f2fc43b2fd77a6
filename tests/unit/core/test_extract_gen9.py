"""Rules added from a review of held-out misses (own sentences): denial scope, members of a force, ..."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_figure_recalled_in_a_relative_clause_is_not_denied_by_the_main_clause(ex: Extractor) -> None:
    claims = run(ex, "Peru, which at one point kept about 1,300 marines in Haiti, withdrew its last company in June.")
    assert ("PE", "troops", 1300) in figs(claims)


def test_a_denial_before_the_relative_clause_still_governs_it(ex: Extractor) -> None:
    claims = run(ex, "The ministry denied that Chile, which has 400 soldiers in Haiti, would send more troops.")
    assert ("CL", "troops", 400) not in figs(claims)


def test_a_figure_in_the_main_clause_of_a_withdrawal_stays_denied(ex: Extractor) -> None:
    claims = run(ex, "Peru withdrew its 1,300 marines from Haiti in June, the ministry said.")
    assert ("PE", "troops", 1300) not in figs(claims)


def test_a_place_of_the_denied_main_clause_is_not_the_recalled_figures(ex: Extractor) -> None:
    claims = run(ex, "Kenya's own army, which has about 24,000 soldiers, is not involved in Somalia, officials said.")
    assert ("KE", "troops", 24000) in figs(claims)
    assert not locs(claims)  # Somalia is where Kenya's army is said not to be
    assert any(c.denied and c.location is not None and c.location.country_code == "SO" for c in claims)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Some 130 members of a new Japanese rotation arrived in Juba on Sunday.", ("JP", "troops", 130)),
        ("The first 80 members of a new Peruvian engineering rotation reached Bangui.", ("PE", "troops", 80)),
    ],
)
def test_members_of_a_military_formation_are_troops(ex: Extractor, body: str, want: tuple[str, str, int]) -> None:
    assert want in figs(run(ex, body))


def test_members_of_a_civil_unit_are_no_troops(ex: Extractor) -> None:
    assert not figs(run(ex, "Nine members of the ruling party's youth unit from Ghana were arrested in Lagos."))


def test_a_force_named_before_keeps_its_place_beside_partners_named_after_with(ex: Extractor) -> None:
    body = (
        "Canada's frigate HMCS Ville de Quebec sailed for the Mediterranean on Monday, the navy said. "
        "The ship will then join drills in the Aegean Sea alongside Greek and Italian warships."
    )
    claims = run(ex, body)
    assert ("CA", "Aegean Sea") in {(c.actor.code, c.location.name) for c in claims if c.location}
    assert not {c.actor.code for c in claims} & {"GR", "IT"}


def test_italian_troops_train_with_host_soldiers_in_the_host_country(ex: Extractor) -> None:
    claims = run(ex, "Italian troops arrived in Niger on Monday. The troops will train with Nigerien soldiers there.")
    assert ("IT", "NE") in locs(claims)
    assert "NE" not in {c.actor.code for c in claims}


def test_the_crew_of_a_civil_boat_named_before_are_no_forces(ex: Extractor) -> None:
    body = (
        "An Indian Navy patrol vessel arrived in Port Victoria on Wednesday.\n\n"
        "Pirates seized a fishing dhow with 11 crew off Mahe last week. Two of its crew were released on Monday."
    )
    assert ("IN", "troops", 2) not in figs(run(ex, body))


def test_the_crew_of_a_warship_named_before_in_the_paragraph_are_its_sailors(ex: Extractor) -> None:
    claims = run(ex, "The Spanish frigate Navarra reached Djibouti on Monday. Four of its crew were injured in a fire.")
    assert ("ES", "casualties", 4) in figs(claims)


def test_a_state_that_only_speaks_does_not_become_the_topic(ex: Extractor) -> None:
    body = (
        "Two Dutch navy ships sailed through the Taiwan Strait on Thursday, the Dutch defence ministry said, and "
        "China's military said it had tracked them. The frigate Tromp and the supply ship Den Helder left the "
        "strait later that day, heading for the East China Sea."
    )
    places = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("NL", "East China Sea") in places
    assert not any(code == "CN" for code, _ in places)


def test_a_coordinated_clause_with_its_own_subject_keeps_its_place(ex: Extractor) -> None:
    body = "Belgium's last soldiers left Mali in 2023, and Spain closed its training camp at Koulikoro in May."
    assert ("BE", "ML") not in locs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Qatar had acknowledged the deaths of at least six of its soldiers in Yemen.", ("QA", "casualties", 6)),
        ("Greece mourned the loss of 12 sailors when its corvette sank off Crete.", ("GR", "casualties", 12)),
    ],
)
def test_deaths_or_loss_of_n_soldiers_are_casualties(ex: Extractor, body: str, want: tuple[str, str, int]) -> None:
    assert want in figs(run(ex, body))


def test_no_plans_to_withdraw_affirms_the_presence(ex: Extractor) -> None:
    claims = run(ex, "Turkey said there were no plans to withdraw its soldiers, some 350 of whom man posts in Iraq.")
    assert ("TR", "IQ") in locs(claims)
    denied = run(ex, "Turkey said it had no plans to send troops to Libya.")
    assert denied and all(c.denied for c in denied)


def test_a_capitals_airport_is_a_place_not_an_owner(ex: Extractor) -> None:
    claims = run(ex, "It said the Egyptian air detachment at Khartoum's airport now numbered about 150 personnel.")
    assert ("EG", "troops", 150) in figs(claims)
    assert "SD" not in {c.actor.code for c in claims}


def test_a_bare_more_counts_what_the_item_counted_last(ex: Extractor) -> None:
    body = "Turkey has delivered at least 12 attack drones to Niger, officials said. Niamey has ordered 24 more."
    assert any(c.figure and c.figure.value == 24 and c.topic == "equipment" for c in run(ex, body))
    body = "Russia has sent 3,000 troops to Mali, officials said. Moscow plans to send 2,000 more next month."
    assert ("RU", "troops", 2000) in figs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "The Indian Navy said it had responded to 18 incidents in the Arabian Sea since December.",
        "The Kenyan report, running to 126 pages, named the foreign fighters in Somalia.",
    ],
)
def test_a_bare_number_before_a_plural_noun_counts_that_noun(ex: Extractor, body: str) -> None:
    assert not figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Russia has sent 3,000 troops to Mali, and 2,000 others are due in June.", ("RU", "troops", 2000)),
        ("Israel's strike killed two members of Iran's Revolutionary Guards in Syria.", ("IR", "casualties", 2)),
        ("The Irish contingent in Lebanon was raised to around 400 this year.", ("IE", "troops", 400)),
    ],
)
def test_others_members_and_this_do_not_stop_a_count(ex: Extractor, body: str, want: tuple[str, str, int]) -> None:
    assert want in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Malaysia's troops, 209 in the first wave, have taken over security around the airport in Dili.", 209),
        ("The Kenyan soldiers - about 400 in all - reached Haiti on Tuesday.", 400),
    ],
)
def test_a_count_set_off_after_the_force_noun_counts_it(ex: Extractor, body: str, want: int) -> None:
    assert any(f[2] == want and f[1] == "troops" for f in figs(run(ex, body)))


def test_a_count_set_off_after_two_states_troops_is_neither_states(ex: Extractor) -> None:
    assert not figs(run(ex, "Officials say Emirati and Saudi troops, about 1,000 in all, were sent to Marib."))


def test_a_new_total_belongs_to_who_sent_the_first_count(ex: Extractor) -> None:
    body = "Norway is sending 200 troops to Lithuania to bolster its NATO presence, bringing the total there to 900."
    assert {("NO", "troops", 200), ("NO", "troops", 900)} <= figs(run(ex, body))


def test_the_multinational_force_in_the_sinai_is_its_own_actor(ex: Extractor) -> None:
    claims = run(ex, "The Multinational Force and Observers has about 1,100 troops in Egypt's Sinai, it said.")
    assert ("mfo", "troops", 1100) in figs(claims)
