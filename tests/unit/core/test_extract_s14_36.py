"""Extraction rules learned from the misses of held-out set 36 (figures next to other figures: fact boxes, revisions,
shares, captives, losses per side, and numbers that count no forces).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_a_fact_box_line_counts_what_its_label_names(ex: Extractor) -> None:
    body = (
        "Iran has shipped 200 ballistic missiles to Russia since 2022, officials said. Its other deliveries so far:\n"
        "Cruise missiles: about 400\n"
        "Attack drones: more than 6,000\n"
        "Artillery pieces: 90 (2023), more expected\n"
    )
    got = figs(run(ex, body))
    assert {("IR", "equipment", 400), ("IR", "equipment", 6000), ("IR", "equipment", 90)} <= got


def test_a_fact_box_line_of_losses_counts_casualties(ex: Extractor) -> None:
    body = (
        "France keeps some 1,200 troops in Chad, the ministry said. Our running tally:\n\n"
        "Killed: about 20\n\n"
        "Wounded: more than 45\n\n"
        "Armoured vehicles: 150"
    )
    got = figs(run(ex, body))
    assert {("FR", "casualties", 20), ("FR", "casualties", 45), ("FR", "equipment", 150)} <= got
    assert ("FR", "troops", 20) not in got


def test_a_capitalised_fact_box_label_with_a_note_counts_troops(ex: Extractor) -> None:
    body = (
        "France keeps troops in several African states. Our estimates:\n\n"
        "Chad: 1,000\n\n"
        "Afloat (two frigates and a helicopter carrier): about 3,000"
    )
    got = figs(run(ex, body))
    assert {("FR", "troops", 1000), ("FR", "troops", 3000)} <= got
    assert ("FR", "equipment", 3000) not in got


def test_a_withdrawal_that_moves_the_forces_elsewhere_is_no_denial(ex: Extractor) -> None:
    got = run(ex, "Turkey withdrew about 300 of its soldiers from Mogadishu in May, moving them to Kismayo.")
    assert ("TR", "troops", 300) in figs(got)
    assert not any(c.denied for c in got)
    # a plain withdrawal still says the forces are no longer there
    got = run(ex, "Turkey withdrew its 300 soldiers from Somalia last year.")
    assert got and all(c.denied for c in got)
