"""Extraction rules learned from the misses of held-out set 33 in session 14 (stages of a journey named before
the next leg, a country named before a unit posted in it, ...).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent


def names(claims: list[ClaimEvent]) -> set[str]:
    return {c.location.name for c in claims if c.location and not c.denied}


def test_a_place_left_again_for_a_next_leg_is_a_stage(ex: Extractor) -> None:
    body = (
        "The U.S. Army said its tanks will be unloaded at Gdansk in northern Poland next week and then moved by "
        "rail to Lithuania."
    )
    got = run(ex, body)
    assert ("US", "LT") in locs(got)
    assert ("US", "PL") not in locs(got)
    body = (
        "The Chadian recruits were flown from Ndjamena to Istanbul and then on to Misrata in western Libya, before "
        "crossing into Sudan by road."
    )
    got = run(ex, body)
    assert {cc for _, cc in locs(got)} == {"SD"}
    body = "Some of the U.S. equipment was trucked to the port of Haifa and shipped back to the United States."
    assert ("US", "IL") not in locs(run(ex, body))
    # a place named with another, no next leg, stays
    body = "The U.S. sent 300 troops to Poland and Lithuania."
    assert {("US", "PL"), ("US", "LT")} <= locs(run(ex, body))


def test_a_stop_on_the_way_is_a_stage(ex: Extractor) -> None:
    body = "The British task group stopped at Gibraltar for fuel before heading for the Red Sea."
    got = run(ex, body)
    assert "Gibraltar" not in names(got)
    assert "Red Sea" in names(got)
    body = "The Russian personnel were flown from Libya to Bamako, with refuelling stops at Tessalit."
    got = run(ex, body)
    assert "Tessalit" not in names(got)
    assert "Bamako" in names(got)


def test_a_countrys_name_before_a_contingent_posted_there_names_the_place(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps now has about 2,000 personnel in Mali, analysts said. "
        "The Niger contingent, based at a base near Agadez in the north, has grown to about 150. "
        "In Chad, fewer than 100 personnel guard the airport."
    )
    got = run(ex, body)
    assert {("africa-corps", "troops", 150), ("africa-corps", "troops", 100)} <= figs(got)
    assert {("africa-corps", "NE"), ("africa-corps", "TD")} <= locs(got)
    assert not any(c.actor.code == "NE" for c in got)
    # a contingent posted abroad is still its state's
    body = "The Chad contingent in Kidal numbers about 1,400 soldiers."
    assert ("TD", "troops", 1400) in figs(run(ex, body))


def _denied(claims: list[ClaimEvent]) -> set[tuple[str, int | None, str | None]]:
    return {(c.actor.code, c.figure.value if c.figure else None, c.location.name if c.location else None)
            for c in claims if c.denied}  # fmt: skip


def test_a_move_after_a_withdrawal_is_not_denied(ex: Extractor) -> None:
    body = (
        "The Africa Corps has withdrawn its personnel from Menaka in eastern Mali and regrouped about 400 of them "
        "at Mopti, local sources said."
    )
    got = run(ex, body)
    assert ("africa-corps", "troops", 400) in figs(got)
    assert "Mopti" in names(got)
    # the withdrawal alone stays a denial
    body = "The Africa Corps has withdrawn about 400 personnel from Mopti, local sources said."
    got = run(ex, body)
    assert ("africa-corps", "troops", 400) not in figs(got)


def test_a_firing_range_is_where_gunners_train_not_a_target(ex: Extractor) -> None:
    body = "North Korean troops were sent to firing ranges in Kursk region to train on drones."
    assert "Kursk Oblast" in names(run(ex, body))


def test_a_custody_place_is_no_location(ex: Extractor) -> None:
    body = "Two North Korean soldiers captured by Ukrainian forces in Kursk region are being held in Kyiv."
    got = run(ex, body)
    assert "Kyiv" not in names(got)
    assert "Kursk Oblast" in names(got)
    # drills held somewhere are where the forces are
    body = "U.S. troops took part in drills held in Latvia."
    assert ("US", "LV") in locs(run(ex, body))


def test_bases_an_actor_lost_access_to_are_no_location(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has moved several hundred fighters to Mali, as Moscow reshuffles its forces after "
        "losing easy access to its bases in Syria."
    )
    got = locs(run(ex, body))
    assert ("africa-corps", "ML") in got
    assert ("africa-corps", "SY") not in got


def test_forces_that_left_the_country_are_denied_there(ex: Extractor) -> None:
    body = "In Chad, the French army has handed its base at Abeche over to Chadian troops and left the country."
    got = run(ex, body)
    assert ("FR", "TD") not in locs(got)
    assert any(c.denied and c.actor.code == "FR" for c in got)


def test_aircraft_named_by_model_that_moved_are_placed(ex: Extractor) -> None:
    body = (
        "Four U.S. bombers landed at RAF Fairford, the Air Force said. "
        "During the previous rotation, in January, B-52s deployed to Mihail Kogalniceanu Air Base in Romania."
    )
    got = run(ex, body)
    assert ("US", "RO") in locs(got)
    assert any(c.location and c.location.country_code == "RO" and c.topic == "equipment" for c in got)


def test_a_where_clause_after_a_place_of_a_noun_places_the_forces(ex: Extractor) -> None:
    body = (
        "The lesson of Tinzaouaten, where Wagner lost dozens of men in 2024, is that small garrisons far from "
        "Bamako are vulnerable."
    )
    assert ("wagner-group", "ML") in locs(run(ex, body))
    # a where clause that moves no forces places none
    body = "The memory of Kidal, where the junta held talks in 2023, shapes Wagner policy."
    assert not locs(run(ex, body))
