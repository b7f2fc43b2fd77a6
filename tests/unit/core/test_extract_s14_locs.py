"""Location rules from the errors that recur across the trained held-out sets (supplies handed to an armed group,
vague regions, what "the region" refers back to).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_supplies_handed_to_an_armed_group_are_received_in_its_home_country(ex: Extractor) -> None:
    body = "Investigators said the Wagner Group had supplied the RSF with anti-tank missiles from a depot in Chad."
    assert ("wagner-group", "SD") in locs(run(ex, body))
    body = "Wagner Group transport planes were ferrying ammunition to Sudan's paramilitary RSF, a UN panel said."
    assert ("wagner-group", "SD") in locs(run(ex, body))
    body = "The Wagner Group has been delivering spare parts to al-Shabaab, according to a confidential report."
    assert ("wagner-group", "SO") in locs(run(ex, body))


def test_a_group_named_without_supplies_is_no_place(ex: Extractor) -> None:
    # defection is no delivery: the group's name places nobody
    body = "Several Wagner Group fighters defected to the RSF last spring, a commander said."
    assert ("wagner-group", "SD") not in locs(run(ex, body))
    # the group supplied is the sentence's own actor: its home is no new place
    body = "RSF fighters were supplied with new drones last month, a spokesman for the RSF said."
    assert ("rsf", "SD") not in locs(run(ex, body))


def test_the_sahel_is_too_vague_to_place_forces(ex: Extractor) -> None:
    body = "The French contingent of 1,200 soldiers was long the core of Europe's strategy in the Sahel."
    assert not any(c.location is not None and c.location.name == "Sahel" for c in run(ex, body))
    body = "Italian military trainers have been deployed across the Sahel since 2019, a ministry spokesman said."
    assert not any(c.location is not None and c.location.name == "Sahel" for c in run(ex, body))
    # a country of the belt still places them
    body = "About 300 Italian military trainers are deployed in Niger, in the heart of the Sahel."
    assert ("IT", "NE") in locs(run(ex, body))


def _placed(claims: list, value: int) -> set[str | None]:
    return {c.location.name for c in claims if c.figure is not None and c.figure.value == value and c.location}


def test_the_region_is_the_region_most_places_named_lie_in(ex: Extractor) -> None:
    body = (
        "Bahrain hosts about 9,000 American sailors. Jordan hosts about 3,000 American troops. A radar unit now in "
        "Jordan was moved from a base in Japan in the spring. About 45,000 American troops were in the region in "
        "December, officials said."
    )
    assert _placed(run(ex, body), 45000) == {"Middle East"}


def test_the_region_without_a_clear_region_keeps_the_place_named_last(ex: Extractor) -> None:
    # one country named: no region holds two of them, the place named stays the one meant
    body = "About 2,000 French troops are stationed in Djibouti. Some 500 more were sent to the region in May."
    assert _placed(run(ex, body), 500) == {"Djibouti"}


def test_coordinated_hosts_with_a_plural_verb_each_host_the_forces(ex: Extractor) -> None:
    body = "Chad and Niger host small contingents of Russian military instructors, diplomats said."
    got = locs(run(ex, body))
    assert {("RU", "TD"), ("RU", "NE")} <= got
    assert not any(code in ("TD", "NE") for code, _ in got)  # the hosts own none of the forces
    body = "Djibouti, Somalia and Kenya host Turkish troops."
    assert {("TR", "DJ"), ("TR", "SO"), ("TR", "KE")} <= locs(run(ex, body))
    # a relative clause after the coordinated hosts says the same
    body = "Ghana and Togo, which host small groups of French military advisers, say the mission will continue."
    assert {("FR", "GH"), ("FR", "TG")} <= locs(run(ex, body))


def test_a_site_capacity_places_no_forces(ex: Extractor) -> None:
    body = "Syrian drones were launched at the Tanf garrison. The base, near the Jordanian border, can hold 4,000 men."
    assert not any(c.location is not None for c in run(ex, body) if c.actor.code == "SY")
    body = "The new camp near Tapa has room for 3,000 British soldiers, the ministry said."
    assert not any(c.location is not None for c in run(ex, body))
    # forces sent to a site with a capacity are still there
    body = "About 800 British soldiers were deployed to the camp near Tapa, which has room for 3,000."
    assert ("GB", "EE") in locs(run(ex, body))


def test_a_site_ranked_in_the_region_is_no_reference_back(ex: Extractor) -> None:
    body = (
        "Jordan says drones aimed at Muwaffaq Salti were shot down.\n\n"
        "Jordan's army says its air defences shot down Syrian drones fired at Muwaffaq Salti Air Base, the largest "
        "US military facility in the region, and that no one was hurt."
    )
    assert not any(c.location is not None for c in run(ex, body) if c.actor.code == "SY")
    # forces in the region still refer back
    body = "Jordan hosts about 3,000 US troops. Kuwait hosts 13,000 more. About 40,000 US troops are in the region."
    assert ("US", None) in {(c.actor.code, c.location.country_code) for c in run(ex, body) if c.location}
