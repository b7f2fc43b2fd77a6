"""Figure rules learned from the figure misses of the trained held-out sets: counts shared out by
"respectively", equipment whose owner is named after it, losses and materiel of a sponsored group told by its
sponsor's demonym in the group's theatre, a speaker's compatriots serving abroad, tankers that are aircraft, quoted
estimates.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_respectively_shares_a_force_noun_before_the_first_count(ex: Extractor) -> None:
    body = "Chad and Niger, which host smaller French contingents of about 450 and 120 respectively, are wary."
    got = figs(run(ex, body))
    assert ("FR", "troops", 450) in got
    assert ("FR", "troops", 120) in got
    body = "Estonia and Latvia host British detachments of 800, 350 and 90 respectively, the ministry said."
    got = figs(run(ex, body))
    assert {("GB", "troops", 800), ("GB", "troops", 350), ("GB", "troops", 90)} <= got


def test_respectively_after_counts_of_a_noun_that_is_no_force(ex: Extractor) -> None:
    # the list counts what follows it ("visitors"), no force named before "of"
    body = "Chad and Niger, which host French contingents, expect about 450 and 120 visitors respectively."
    assert not figs(run(ex, body))


def test_equipment_destroyed_belongs_to_the_owner_named_after_it(ex: Extractor) -> None:
    body = "Militants ambushed the column and destroyed three armoured vehicles belonging to the Turks."
    assert ("TR", "equipment", 3) in figs(run(ex, body))
    body = "The insurgents said they had burnt four trucks and shot down two drones owned by the Wagner Group."
    assert ("wagner-group", "equipment", 2) in figs(run(ex, body))
    # with no owner named, whose they were is not said
    body = "Militants ambushed the column and destroyed three armoured vehicles before withdrawing."
    assert not figs(run(ex, body))


def test_the_sponsors_demonym_in_the_groups_theatre_counts_the_groups_losses_and_materiel(ex: Extractor) -> None:
    body = (
        "Fighters of the Africa Corps clashed with jihadists near Menaka in eastern Mali on Sunday. "
        "A local official put the Russian toll at between four and six dead."
    )
    assert ("africa-corps", "casualties", 4) in figs(run(ex, body))
    body = (
        "Jihadists attacked an Africa Corps convoy near Menaka in eastern Mali on Sunday. "
        "They burnt two armoured vehicles belonging to the Russians before withdrawing."
    )
    assert ("africa-corps", "equipment", 2) in figs(run(ex, body))
    # outside the group's theatre, the sponsor's toll is the state's
    body = (
        "Wagner fighters led the assault on Soledar in eastern Ukraine. "
        "A Ukrainian officer put the Russian toll at about 500 dead."
    )
    assert ("wagner-group", "casualties", 500) not in figs(run(ex, body))
    body = (
        "Wagner fighters led the assault on Soledar in eastern Ukraine. "
        "Kyiv said its artillery destroyed 14 tanks belonging to the Russians."
    )
    assert ("wagner-group", "equipment", 14) not in figs(run(ex, body))


def test_a_speakers_compatriots_serving_abroad_are_his_states_nationals(ex: Extractor) -> None:
    body = "A Peruvian former marine said about 180 of his compatriots were fighting with the militia in Donetsk."
    claims = run(ex, body)
    assert any(c.actor.name == "Peruvian fighters" and c.figure and c.figure.value == 180 for c in claims)
    # compatriots with no military word around them are no forces
    body = "About 200 Peruvian compatriots met in Madrid to celebrate the national day."
    assert not figs(run(ex, body))


def test_tankers_after_a_model_or_a_refuelling_word_are_aircraft(ex: Extractor) -> None:
    body = "About 20 KC-10 and KC-46 tankers have landed in Spain since Friday, Spanish officials said."
    assert ("US", "equipment", 20) in figs(run(ex, body))
    body = "Britain sent four aerial refuelling tankers to Cyprus."
    assert ("GB", "equipment", 4) in figs(run(ex, body))
    # fuel tankers on a road are trucks, no forces
    body = "Rebels burnt more than 60 fuel tankers belonging to a Malian firm near Kayes."
    assert not figs(run(ex, body))


def test_a_quoted_estimate_after_put_the_number_at_restates_the_count(ex: Extractor) -> None:
    body = (
        "About 400 Turkish soldiers reached the base last month, one official said. "
        'A second official put the number at "no more than 320".'
    )
    assert ("TR", "troops", 320) in figs(run(ex, body))
    body = (
        "About 400 Turkish soldiers reached the base last month, one official said. "
        "A second official put the number at “roughly 350”."
    )
    assert ("TR", "troops", 350) in figs(run(ex, body))
