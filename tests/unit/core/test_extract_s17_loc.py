"""Place rules of session 17 (location misses of sets 26, 33, 35 and 38).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_where_moved_forces_were_kept_or_trained_is_where_the_move_started(ex: Extractor) -> None:
    body = "About 3,000 Chadian soldiers trained in Morocco have been deployed to the Lake Chad area of Niger."
    got = run(ex, body)
    assert ("TD", "MA") not in locs(got)
    assert ("TD", "NE") in locs(got)
    assert ("TD", "troops", 3000) in figs(got)
    body = "France will move the 300 soldiers it kept in Gabon to Chad, the ministry said."
    got = run(ex, body)
    assert ("FR", "GA") not in locs(got)
    assert ("FR", "TD") in locs(got)
    # with no move after it, the place they trained or are based in is where they are
    assert ("TD", "MA") in locs(run(ex, "About 3,000 Chadian soldiers trained in Morocco last year."))
    assert ("US", "KW") in locs(run(ex, "US troops based in Kuwait will take part in the drills."))


def test_recruited_nationals_named_by_their_plural_demonym_are_where_they_were_sent(ex: Extractor) -> None:
    body = (
        "The RSF has recruited at least 600 citizens of Kenya, a monitoring group said. "
        "Most of the Kenyans were later sent to North Kordofan, the group said."
    )
    got = run(ex, body)
    assert ("ke-fighters", "SD") in locs(got)
    # with no recruits found before, a plural demonym alone places no one
    assert not locs(run(ex, "Kenyans were sent to Kordofan in May."))


def test_attack_boats_and_gunboats_are_counted_equipment(ex: Extractor) -> None:
    got = run(ex, "Venezuela's navy has moved 40 fast-attack boats and six gunboats to the Gulf of Paria.")
    assert ("VE", "equipment", 40) in figs(got)
    assert ("VE", "equipment", 6) in figs(got)
    assert ("houthis", "equipment", 12) in figs(run(ex, "The Houthis sent 12 missile boats to the Red Sea."))


def test_a_place_on_the_forces_own_coast_or_border_is_at_home(ex: Extractor) -> None:
    body = "Egypt has deployed about 40 tanks along its own border near the Gaza Strip, officials said."
    got = run(ex, body)
    assert ("EG", "equipment", 40) in figs(got)
    assert not locs(got)
    # without "own", the place named is where the forces went
    body = "Egypt has deployed about 40 tanks near the Gaza Strip, officials said."
    assert locs(run(ex, body))


def test_a_count_whose_owner_is_left_an_open_question_is_none_of_the_groups_named_in_it(ex: Extractor) -> None:
    body = (
        "Three Russian advisers were killed when their convoy was ambushed near Kidal, Malian officials said, "
        "without saying whether they belonged to Wagner or the Africa Corps."
    )
    got = figs(run(ex, body))
    assert ("RU", "casualties", 3) in got
    assert not {f for f in got if f[0] in ("wagner-group", "africa-corps")}
    # a group named as the owner is still the owner
    body = "Three Wagner fighters were killed when their convoy was ambushed near Kidal, Malian officials said."
    assert ("wagner-group", "casualties", 3) in figs(run(ex, body))


def test_places_left_to_the_forces_as_their_last_footholds_are_where_they_stay(ex: Extractor) -> None:
    body = "British troops left Mali last year, leaving Niger and Chad as London's only bases in the Sahel."
    got = locs(run(ex, body))
    assert ("GB", "NE") in got
    assert ("GB", "TD") in got
    # a place left is still no deployment
    assert ("GB", "NE") not in locs(run(ex, "British troops were leaving Niger on Monday, officials said."))


def test_a_countrys_resource_sites_lie_in_the_country(ex: Extractor) -> None:
    assert ("wagner-group", "LY") in locs(run(ex, "The Wagner Group was active in Libya's oil fields until 2023."))
    assert ("wagner-group", "ML") in locs(
        run(ex, "Wagner has operated in Mali's gold sector since 2022.")
    )


def test_where_a_cargo_was_seized_is_no_place_of_its_owner_or_recipient(ex: Extractor) -> None:
    body = "The Houthis said the weapons seized in the Red Sea were not theirs."
    assert not locs(run(ex, body))
    body = "The US Navy said 14 Iranian missiles were found in a seizure off Somalia."
    got = run(ex, body)
    assert ("IR", "equipment", 14) in figs(got)
    assert ("IR", "SO") not in locs(got)
