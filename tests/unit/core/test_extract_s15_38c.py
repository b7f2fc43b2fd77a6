"""Actor and figure rules for forces referred to again and special units (session 15, third pass).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_seals_are_troops_and_their_losses_casualties(ex: Extractor) -> None:
    body = "Three U.S. Navy SEALs were killed when their boat capsized off Somalia, the Pentagon said."
    assert ("US", "casualties", 3) in figs(run(ex, body))
    # seals that are animals: no forces
    body = "Rangers found 40 seals dead on a beach in Namibia."
    assert not figs(run(ex, body))


def test_a_share_of_the_new_arrivals_is_the_force_counted_before(ex: Extractor) -> None:
    body = (
        "Iran has flown a new contingent of about 3,000 troops to Syria, officials said.\n\n"
        "About 1,200 of the new arrivals have been posted to Deir ez-Zor, the officials said."
    )
    got = run(ex, body)
    assert ("IR", "troops", 1200) in figs(got)
    assert ("IR", "SY") in locs(got)
    # arrivals of migrants are no forces
    body = "Some 3,000 migrants landed on Lampedusa this week. About 1,200 of the new arrivals were moved on."
    assert not figs(run(ex, body))


def test_a_joint_total_of_two_states_is_neither_states_figure(ex: Extractor) -> None:
    body = "Spain and Italy will deploy about 3,000 soldiers to Lebanon next year, officials said."
    got = run(ex, body)
    assert not figs(got)
    assert {("ES", "LB"), ("IT", "LB")} <= locs(got)
    # each state's own share still counts
    body = "Spain and Italy will deploy 3,000 soldiers to Lebanon, with the Spanish share set at 1,800."
    got_figs = figs(run(ex, body))
    assert ("ES", "troops", 1800) in got_figs
    assert not any(value == 3000 for _, _, value in got_figs)
    # one state's own count stays its figure
    body = "Spain will deploy about 3,000 soldiers to Lebanon next year, officials said."
    assert ("ES", "troops", 3000) in figs(run(ex, body))


def test_a_force_cut_or_raised_to_a_bare_count_is_its_new_size(ex: Extractor) -> None:
    body = "Canada is cutting its force in Latvia to about 800, officials said."
    got = run(ex, body)
    assert ("CA", "troops", 800) in figs(got)
    assert ("CA", "LV") in locs(got)
    # in a clause without a subject of its own: the sentence's subject, and the place named with the force
    body = "Canada has moved its trainers to Riga, while trimming its presence in Poland to about 300, officials said."
    got = run(ex, body)
    assert ("CA", "troops", 300) in figs(got)
    assert any(c.figure and c.figure.value == 300 and c.location and c.location.country_code == "PL" for c in got)
    # no force changed: a budget cut to a sum counts nothing
    body = "Canada is cutting its budget in Latvia to about 800 million dollars, officials said."
    assert not figs(run(ex, body))


def test_the_speakers_state_is_not_the_owner_of_a_later_bare_count(ex: Extractor) -> None:
    body = (
        "Japan's military said on Friday that about 2,000 Chinese marines have landed in Cambodia.\n\n"
        "An official said about 600 troops had been flown back to the mainland in May."
    )
    got = figs(run(ex, body))
    assert ("CN", "troops", 600) in got
    assert not any(code == "JP" for code, _, _ in got)


def test_a_shipments_cargo_is_the_equipment_of_the_state_it_sailed_from(ex: Extractor) -> None:
    body = (
        "Officials say al-Shabaab keeps receiving weapons from abroad.\n\n"
        "The coast guard stopped a freighter that had sailed from the Pakistani port of Gwadar carrying "
        "40 anti-tank missiles, the ministry said."
    )
    got = figs(run(ex, body))
    assert ("PK", "equipment", 40) in got
    body = "Customs said a ship that left China carrying 200 drones was seized off the coast."
    assert ("CN", "equipment", 200) in figs(run(ex, body))


def test_a_group_the_fighters_are_drawn_from_does_not_own_a_later_share(ex: Extractor) -> None:
    body = (
        "Russia has sent about 800 Serbian fighters to Mali, a monitor said.\n\n"
        "The fighters, drawn mostly from units of the Wagner Group, are paid $2,000 a month, the monitor said. "
        "At least 12 of them have been killed, it said."
    )
    got = figs(run(ex, body))
    assert ("rs-fighters", "casualties", 12) in got
    assert not any(code == "wagner-group" for code, _, _ in got)



def test_a_brigade_or_regiment_of_a_bare_count_is_its_strength(ex: Extractor) -> None:
    body = "Poland said it could send a regiment of about 2,000 to Lithuania within a week."
    assert ("PL", "troops", 2000) in figs(run(ex, body))
    body = "Spain is ready to deploy a brigade of up to 4,000 if asked, the minister said."
    assert ("ES", "troops", 4000) in figs(run(ex, body))


def test_former_members_of_a_group_do_not_make_it_the_topic(ex: Extractor) -> None:
    body = (
        "Turkey has put about 900 men into Somalia under the SADAT banner, most of them former Wagner "
        "contractors, the monitor said.\n\n"
        "Kenya hosts a smaller contingent: perhaps 200 personnel, based near the border."
    )
    got = figs(run(ex, body))
    assert not any(code == "wagner-group" for code, _, _ in got)
