"""Actor recognition from the gazetteer's countries plus the alias table."""

from __future__ import annotations

import pytest

from claimwatch.core.actors import ActorIndex
from claimwatch.core.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    return ActorIndex(Gazetteer.load().countries())


def codes(index: ActorIndex, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.code) for m in index.find(text)]


def test_names_demonyms_and_metonyms(index: ActorIndex) -> None:
    assert codes(index, "Chilean marines joined Peru's navy.") == [("Chilean", "CL"), ("Peru", "PE")]
    assert codes(index, "The DPRK and Pyongyang's envoy") == [("DPRK", "KP"), ("Pyongyang", "KP")]
    assert codes(index, "North Korean engineers") == [("North Korean", "KP")]
    assert codes(index, "U.S. troops and the Pentagon") == [("U.S.", "US"), ("Pentagon", "US")]


def test_groups_are_slugs(index: ActorIndex) -> None:
    found = index.find("Hezbollah fighters and the Wagner Group met Houthi rebels.")
    assert [(m.actor.code, m.actor.kind) for m in found] == [
        ("hezbollah", "group"),
        ("wagner-group", "group"),
        ("houthis", "group"),
    ]


def test_lower_case_words_are_not_actors(index: ActorIndex) -> None:
    assert codes(index, "the chad was a guy in mali and us") == []


def test_possessive_is_flagged(index: ActorIndex) -> None:
    m = index.find("Brazil's army")[0]
    assert m.text == "Brazil" and m.possessive


def test_nationals_actor(index: ActorIndex) -> None:
    entry = index.find("Nepali mercenaries")[0].entry
    actor = index.nationals(entry)
    assert actor.code == "np-fighters" and actor.kind == "nationals" and actor.name.endswith("fighters")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The FARDC said it had retaken the town.", "CD"),
        ("FAMa units withdrew from the camp.", "ML"),
        ("A PLAN destroyer entered the strait.", "CN"),
        ("The Quds Force sent advisers.", "IR"),
        ("Bakamla ships shadowed the vessel.", "ID"),
    ],
)
def test_armed_forces_known_by_their_own_abbreviation_name_their_state(
    index: ActorIndex, text: str, code: str
) -> None:
    assert [c for _, c in codes(index, text)] == [code]


def test_the_observer_team_and_the_sahel_province_are_groups(index: ActorIndex) -> None:
    found = index.find("The ASEAN Observer Team and Islamic State Sahel Province")
    assert [(m.actor.code, m.actor.name) for m in found] == [
        ("asean-observer-team", "ASEAN Observer Team"),
        ("is-sahel", "Islamic State Sahel Province"),
    ]
