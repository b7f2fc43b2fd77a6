"""Figure and actor rules of the twelfth session's figure work, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    ("sentence", "owner", "value"),
    [
        ("Kenya's 24,000-strong army is stretched thin along the border.", "KE", 24000),
        ("Chad relies on a 5,000-strong militia in the east.", "TD", 5000),
        ("Estonia's 1.2 million-strong navy is a figment.", "EE", 1200000),
    ],
)
def test_a_size_before_a_whole_force_counts_its_troops(ex: Extractor, sentence: str, owner: str, value: int) -> None:
    assert figs(run(ex, sentence)) == {(owner, "troops", value)}


def test_the_norths_force_is_the_state_the_item_names(ex: Extractor) -> None:
    body = "North Korea tested a missile on Monday. Analysts said the North's 1.2 million-strong army was ill-fed."
    assert ("KP", "troops", 1200000) in figs(run(ex, body))


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan jets dropped 20 bombs on al-Shabaab camps in Gedo.",
        "Kenyan jets dropped 20 laser-guided bombs on al-Shabaab camps in Gedo.",
    ],
)
def test_bombs_dropped_are_equipment(ex: Extractor, sentence: str) -> None:
    assert figs(run(ex, sentence)) == {("KE", "equipment", 20)}


@pytest.mark.parametrize("kind", ["roadside", "car"])
def test_improvised_bombs_are_no_ones_equipment(ex: Extractor, kind: str) -> None:
    assert not figs(run(ex, f"Al-Shabaab planted three {kind} bombs near the Kenyan base in Lamu."))


@pytest.mark.parametrize(
    "loss",
    [
        "had been killed or wounded, among some 3,000 sent last year",
        "died in the Gedo campaign, out of some 3,000 sent",
    ],
)
def test_the_whole_a_loss_was_counted_from_is_a_troop_count(ex: Extractor, loss: str) -> None:
    claims = run(ex, f"Nairobi said about 90 Kenyan soldiers {loss}.")
    assert ("KE", "casualties", 90) in figs(claims)
    assert ("KE", "troops", 3000) in figs(claims)
    assert ("KE", "casualties", 3000) not in figs(claims)


def test_a_toll_among_others_stays_no_figure(ex: Extractor) -> None:
    claims = run(ex, "One Kenyan soldier was among some 40 people killed in the blast in Lamu.")
    assert ("KE", "casualties", 40) not in figs(claims)
    assert ("KE", "troops", 40) not in figs(claims)


@pytest.mark.parametrize(
    "spec",
    [
        "A Bayraktar battery has six launchers and 48 drones.",
        "How the system works: a Mistral battery usually has between four and eight launchers, each holding up to 16 "
        "missiles, and is run by about 60 soldiers.",
        "Each armoured brigade fields 40 tanks.",
    ],
)
def test_the_make_up_of_a_kind_counts_no_forces(ex: Extractor, spec: str) -> None:
    body = f"Kenya has deployed two air-defence batteries to Lamu with about 200 troops. {spec}"
    assert figs(run(ex, body)) == {("KE", "equipment", 2), ("KE", "troops", 200)}


def test_a_named_states_unit_is_no_kind(ex: Extractor) -> None:
    body = "A Kenyan battalion has 800 soldiers in Kismayo."
    assert ("KE", "troops", 800) in figs(run(ex, body))


@pytest.mark.parametrize("share", ["about 60 of them fatal", "about 60 of them killed in Gedo"])
def test_a_share_of_losses_leaves_the_total_ones_own(ex: Extractor, share: str) -> None:
    claims = run(ex, f"Nairobi said Kenya had suffered about 470 casualties, {share}.")
    assert ("KE", "casualties", 470) in figs(claims)
    assert ("KE", "casualties", 60) in figs(claims)


def test_a_share_by_nationality_still_makes_the_total_combined(ex: Extractor) -> None:
    claims = run(ex, "About 9,000 troops are in Chad, about 5,000 of them French.")
    assert ("FR", "troops", 5000) in figs(claims)
    assert ("TD", "troops", 9000) not in figs(claims)


@pytest.mark.parametrize("share", ["including some 60 who died", "including 60 who were killed"])
def test_a_share_whose_own_verb_is_a_loss_counts_losses(ex: Extractor, share: str) -> None:
    claims = run(ex, f"About 470 Kenyan soldiers have been killed or wounded in Somalia, {share}, officials said.")
    assert figs(claims) == {("KE", "casualties", 470), ("KE", "casualties", 60)}
