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


def test_a_demonym_two_states_share_is_the_one_the_item_names(index: ActorIndex) -> None:
    """ "Korean" and "Congolese" belong to two states each: the item's other mentions decide, then the default."""
    assert codes(index, "Pyongyang confirmed it. The Korean units moved at night.") == [
        ("Pyongyang", "KP"),
        ("Korean", "KP"),
    ]
    assert codes(index, "Seoul said Korean engineers would help.") == [("Seoul", "KR"), ("Korean", "KR")]
    assert codes(index, "Korean engineers arrived.") == []  # neither named: no actor
    both = codes(index, "Seoul and Pyongyang traded fire; Korean units moved.")
    assert both == [("Seoul", "KR"), ("Pyongyang", "KP")]  # named as often: no one
    more = codes(index, "Pyongyang sent them, Seoul said; Pyongyang denied it. Korean units moved.")
    assert more[-1] == ("Korean", "KP")  # the Korea the item is about
    assert codes(index, "Congolese soldiers retook the town.") == [("Congolese", "CD")]  # the DRC unless told
    assert codes(index, "Brazzaville said Congolese soldiers would go.") == [("Brazzaville", "CG"), ("Congolese", "CG")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The VDV moved in.", "RU"),
        ("The Southern Military District reported.", "RU"),
        ("The Eastern Theater Command drilled.", "CN"),
        ("The SSPDF withdrew.", "SS"),
        ("The SNA advanced.", "SO"),
        ("The RFMF sent a platoon.", "FJ"),
        ("The Bundesheer sent engineers.", "AT"),
        ("Maldivian coast guards", "MV"),
        ("Bissau-Guinean soldiers", "GW"),
        ("The Storm Corps moved west.", "KP"),
        ("The OUIS sent instructors.", "wagner-group"),
        ("The REK sent instructors.", "africa-corps"),
    ],
)
def test_state_forces_by_their_own_names_and_demonyms_the_country_data_lacks(
    index: ActorIndex, text: str, code: str
) -> None:
    assert [c for _, c in codes(index, text)] == [code]


def test_a_force_named_after_another_state_is_that_states(index: ActorIndex) -> None:
    """ "Marine Corps" alone is the US's; "the Netherlands Marine Corps" is the Netherlands'."""
    assert codes(index, "The Netherlands Marine Corps landed.") == [("The Netherlands Marine Corps", "NL")]
    assert codes(index, "The ROK Marine Corps landed.") == [("ROK Marine Corps", "KR")]
    assert codes(index, "The Marine Corps landed.") == [("Marine Corps", "US")]


def test_the_observer_team_and_the_sahel_province_are_groups(index: ActorIndex) -> None:
    found = index.find("The ASEAN Observer Team and Islamic State Sahel Province")
    assert [(m.actor.code, m.actor.name) for m in found] == [
        ("asean-observer-team", "ASEAN Observer Team"),
        ("is-sahel", "Islamic State Sahel Province"),
    ]


def test_dotted_capital_i_keeps_offsets(index: ActorIndex) -> None:
    # str.lower() makes "İ" two characters; a name after one must still be found at its own offsets, and a name
    # near the end of such a text must not index past it
    text = "Officials in İzmir and İstanbul said Iran"
    assert codes(index, text) == [("Iran", "IR")]
    assert [(m.start, m.end) for m in index.find(text)] == [(37, 41)]
    assert codes(index, "İİİİİİİİ Russia") == [("Russia", "RU")]
