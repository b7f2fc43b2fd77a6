"""Figure rules learned from the figure misses of the trained held-out sets: counts shared out by
"respectively", equipment whose owner is named after it, losses and materiel of a sponsored group told by its
sponsor's demonym in the group's theatre, a speaker's compatriots serving abroad, tankers that are aircraft, quoted
estimates.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


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
