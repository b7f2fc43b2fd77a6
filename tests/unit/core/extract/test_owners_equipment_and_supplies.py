"""Whose equipment is counted when it is sold, supplied, shipped, seized, fired or destroyed.

Kit changes hands in a story more often than forces do, and the claim belongs to the actor the rules say holds it
(seller, sender, shipper, the owner named after it); each test is a sentence written for it.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, places, run

from claimwatch.core.extract import Extractor


def test_recipient_with_supplies_is_a_location_not_an_owner(ex: Extractor) -> None:
    claims = run(ex, "Iran is getting ready to supply Venezuela with more drones, officials say.")
    assert locs(claims) == {("IR", "VE")}


def test_a_recipient_that_received_supplies_is_where_they_are(ex: Extractor) -> None:
    # deliveries are placed at the recipient: "Albania has received Turkish TB2 drones"
    claims = run(ex, "Albania has received Turkish TB2 drones since 2022.")
    assert {(c.actor.code, c.location.country_code) for c in claims if c.location} == {("TR", "AL")}
    claims = run(ex, "Greece received its first six French Rafales in 2021.")
    assert figs(claims) == {("FR", "equipment", 6)}
    assert {c.location.country_code for c in claims if c.location} == {"GR"}


def test_the_state_that_promised_the_counted_equipment_owns_it(ex: Extractor) -> None:
    # "two of the eight drones Turkey has promised": Turkey's, not the item's focus
    body = (
        "China opened a base in the region last year. "
        "In neighbouring Georgia, two of the eight Bayraktar drones Turkey has promised arrived in Tbilisi on Friday."
    )
    claims = run(ex, body)
    assert figs(claims) == {("TR", "equipment", 2), ("TR", "equipment", 8)}


def test_equipment_a_state_ordered_from_another_is_the_sellers(ex: Extractor) -> None:
    body = (
        "China sent engineers to the region last year. The first four of 24 Rafale fighter jets that Greece "
        "ordered from France in 2021 landed at Tanagra on Tuesday."
    )
    assert figs(run(ex, body)) == {("FR", "equipment", 4), ("FR", "equipment", 24)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Qatar delivered 16 Turkish-made armoured vehicles to the Somali army.", {("QA", "equipment", 16)}),
        ("Poland has sent 12 U.S.-built F-16 jets to Lithuania.", {("PL", "equipment", 12)}),
        ("Russia launched 60 Iranian-designed drones overnight.", {("RU", "equipment", 60)}),
    ],
)
def test_who_made_a_weapon_is_not_whose_it_is(ex: Extractor, body: str, expected: set[tuple[str, str, int]]) -> None:
    claims = run(ex, body)
    assert figs(claims) == expected
    assert all(c.location is None or c.location.country_code != "US" for c in claims)  # "U.S.-built" is no place


@pytest.mark.parametrize(
    "body",
    [
        "The first 14 Leopard 2A8 tanks for Norway's new armoured battalion arrived in Finnmark on Monday.",
        "Fourteen tanks for the Norwegian battalion arrived in Finnmark on Monday.",
    ],
)
def test_equipment_for_a_states_own_force_is_that_states(ex: Extractor, body: str) -> None:
    assert figs(run(ex, body)) == {("NO", "equipment", 14)}


def test_equipment_a_named_supplier_approved_for_another_army_stays_the_suppliers(ex: Extractor) -> None:
    assert figs(run(ex, "Italy approved 12 howitzers for Ukraine's army.")) == {("IT", "equipment", 12)}


@pytest.mark.parametrize(
    "body",
    [
        "Chile bought 18 F-16s from the Netherlands in 2005.",
        "Chile operates 18 F-16s bought from the Netherlands in 2005.",
    ],
)
def test_a_purchase_is_a_figure_of_buyer_and_seller(ex: Extractor, body: str) -> None:
    assert figs(run(ex, body)) == {("CL", "equipment", 18), ("NL", "equipment", 18)}


def test_troops_from_a_state_are_no_sale(ex: Extractor) -> None:
    assert figs(run(ex, "Chad received 200 troops from Niger.")) == {("NE", "troops", 200)}


def test_the_other_side_of_a_sale_gets_no_place(ex: Extractor) -> None:
    claims = run(ex, "Chile bought six more F-16s from the Netherlands, which landed in Antofagasta.")
    assert {(c.actor.code, c.location is None) for c in claims if c.figure} == {("NL", False), ("CL", True)}


def test_a_states_aircraft_by_model_are_its_forces(ex: Extractor) -> None:
    assert locs(run(ex, "Spanish F-18s are based in Lithuania.")) == {("ES", "LT")}


@pytest.mark.parametrize(
    "body",
    [
        "The militants said their fighters had killed nine Kenyan soldiers and seized two of their vehicles.",
        "Al Shabaab said it had killed 11 Kenyan soldiers and destroyed two vehicles.",
    ],
)
def test_equipment_seized_after_a_toll_is_the_victims(ex: Extractor, body: str) -> None:
    assert ("KE", "equipment", 2) in figs(run(ex, body))


def test_equipment_shot_down_alone_is_nobodys(ex: Extractor) -> None:
    assert not figs(run(ex, "The Kenyan army said it had shot down 18 drones near Mandera."))


def test_a_model_name_between_a_demonym_and_its_noun(ex: Extractor) -> None:
    body = "A U.S. RQ-4 Global Hawk surveillance drone had flown over the western Black Sea on Friday."
    assert {c.actor.code for c in run(ex, body) if c.location} == {"US"}


def test_the_recipient_of_a_shipment_owns_none_of_it(ex: Extractor) -> None:
    body = "Chad now supplies half the fuel Niger burns and has shipped more than 2,000 rockets to Niger since 2023."
    assert ("TD", "equipment", 2000) in figs(run(ex, body))
    assert ("NE", "equipment", 2000) not in figs(run(ex, body))


def test_a_supply_recipient_is_found_by_state_not_by_mention(ex: Extractor) -> None:
    body = "Niger relies on foreign arms. In return, Chad is reported to have delivered at least six jets to Niger."
    assert ("TD", "equipment", 6) in figs(run(ex, body))


@pytest.mark.parametrize(
    ("sentence", "owner", "value"),
    [
        ("Four B-52 bombers landed at Fairford on Sunday.", "US", 4),
        ("Six B-2s flew over the gulf overnight.", "US", 6),
        ("Ukraine said 30 KN-23 missiles had struck its cities since May.", "KP", 30),
    ],
)
def test_a_model_only_one_state_fields_names_the_owner(ex: Extractor, sentence: str, owner: str, value: int) -> None:
    assert (owner, "equipment", value) in figs(run(ex, sentence))


def test_a_model_many_states_field_names_no_owner(ex: Extractor) -> None:
    assert not figs(run(ex, "Twelve F-35 jets landed at the base on Sunday."))


@pytest.mark.parametrize("made", ["made in Iran", "supplied by Iran", "produced in Iran"])
def test_equipment_a_belligerent_fires_is_its_makers(ex: Extractor, made: str) -> None:
    assert ("IR", "equipment", 60) in figs(run(ex, f"Russia has fired 60 drones {made} at Kyiv since March."))


def test_a_sender_keeps_what_it_hands_on_whoever_made_it(ex: Extractor) -> None:
    assert ("IR", "equipment", 200) in figs(run(ex, "Iran sent 200 drones built by Russia to Sudan."))


def test_an_order_counts_the_sellers_equipment_and_a_batch_of_it_too(ex: Extractor) -> None:
    body = "Sudan had ordered about 900 drones of two types from Turkey, and a first batch of about 120 reached Sudan."
    assert figs(run(ex, body)) == {("TR", "equipment", 900), ("TR", "equipment", 120)}


def test_a_model_in_the_count_names_its_owner_whoever_else_the_sentence_names(ex: Extractor) -> None:
    body = "In May the US struck Chad's Faya and Abeche depots using six B-2 bombers."
    assert figs(run(ex, body)) == {("US", "equipment", 6)}


def test_seized_cargo_belongs_to_its_shipper_not_the_seizer(ex: Extractor) -> None:
    body = "The British navy seized three Iranian arms shipments off Oman, including parts for about 90 missiles."
    assert figs(run(ex, body)) == {("IR", "equipment", 90)}
    body = "French sailors intercepted a dhow carrying 25 drones, which officials judged to be of Iranian origin."
    assert figs(run(ex, body)) == {("IR", "equipment", 25)}


def test_equipment_destroyed_belongs_to_the_owner_named_after_it(ex: Extractor) -> None:
    body = "Militants ambushed the column and destroyed three armoured vehicles belonging to the Turks."
    assert ("TR", "equipment", 3) in figs(run(ex, body))
    body = "The insurgents said they had burnt four trucks and shot down two drones owned by the Wagner Group."
    assert ("wagner-group", "equipment", 2) in figs(run(ex, body))
    # with no owner named, whose they were is not said
    body = "Militants ambushed the column and destroyed three armoured vehicles before withdrawing."
    assert not figs(run(ex, body))


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


def test_a_relative_clause_about_the_cargo_counts_the_shippers_weapons(ex: Extractor) -> None:
    # "..., which held N shells": the clause hangs on the shipment, not on the destination named before the comma
    body = "Iran has delivered some 400 crates to Venezuela, which held about 2,500 mortar rounds, officials said."
    claims = figs(run(ex, body))
    assert ("IR", "equipment", 2500) in claims
    assert not any(actor == "VE" for actor, _, _ in claims)


def test_a_cargo_clause_after_a_time_phrase_keeps_its_figure(ex: Extractor) -> None:
    # a relative clause that hangs on a time phrase and names only a believer still counts the shipper's cargo
    body = (
        "Belarus has sent dozens of railcars to Serbia since last spring, which the ministry believes carried"
        " more than 9,000 artillery shells."
    )
    assert ("BY", "equipment", 9000) in figs(run(ex, body))


def test_a_group_a_supply_is_meant_for_is_not_whose_shipment_moved(ex: Extractor) -> None:
    # "for Wagner's use": the group will use the weapons; the sender delivered them to the place named
    body = "Belarus had delivered rockets and missiles to Libya for Wagner's use, officials said."
    claims = run(ex, body)
    assert ("BY", "LY") in locs(claims)
    body = "Belarus shipped drones to Sudan for the RSF's own use."
    assert ("BY", "SD") in locs(run(ex, body))


def test_a_downed_drone_named_with_its_owner_is_counted(ex: Extractor) -> None:
    got = figs(run(ex, "The RSF said it had shot down three Egyptian drones near El Obeid."))
    assert got == {("EG", "equipment", 3)}
    assert figs(run(ex, "Ukraine's air force said it had shot down 40 drones overnight.")) == set()



def test_a_weapon_makers_equipment_is_where_the_weapons_are_used(ex: Extractor) -> None:
    body = "Turkish-made armed drones are now flown by Malian army units in the Kidal region, a UN report said."
    assert ("TR", "ML") in locs(run(ex, body))
    # a sale or delivery makes the maker no more than the weapon's origin
    body = "The UAE delivered Chinese-made drones to Sudanese army units in Darfur."
    assert ("CN", "SD") not in locs(run(ex, body))


def test_weapons_supplied_to_a_group_named_with_its_country_are_the_suppliers(ex: Extractor) -> None:
    body = "Russia supplied Libya's Haftar forces with 20 jets. Iran supplied Yemen's Houthis with 30 drone kits."
    got = figs(run(ex, body))
    assert ("IR", "equipment", 30) in got
    assert ("houthis", "equipment", 30) not in got


def test_weapons_sent_to_an_armed_group_in_its_country_are_the_senders_there(ex: Extractor) -> None:
    body = "Tehran had shipped spare drone engines to the Houthis in northern Yemen, U.S. officials said."
    assert ("IR", "YE") in locs(run(ex, body))
    # the sender, not the speaker who reports the shipment
    body = "A U.S. general told a conference in Tampa that Iran had sent rockets to the Houthis in Yemen."
    got = locs(run(ex, body))
    assert ("IR", "YE") in got
    assert ("US", "YE") not in got


def test_the_owner_of_weapons_whose_reach_is_told_is_placed_nowhere(ex: Extractor) -> None:
    # "beyond the range of most North Korean missiles": the threat's owner has no forces at the place
    body = (
        "Satellite images show four American B-1 bombers on Guam this week. Bombers on Guam are about 3,400 km "
        "from Pyongyang and within range of some North Korean missiles."
    )
    assert places(run(ex, body)) == {("US", "Guam")}


def test_more_ordered_by_the_buyer_are_the_sellers(ex: Extractor) -> None:
    # "ordered N more" of what a state shipped: like "ordered N drones from X", the seller's count
    body = "Belarus has delivered about 150 howitzers to Venezuela since June, and Caracas has ordered 60 more."
    assert figs(run(ex, body)) == {("BY", "equipment", 150), ("BY", "equipment", 60)}


def test_drones_shot_down_with_no_owner_said_are_no_ones(ex: Extractor) -> None:
    # the passive says as little of whose they were as "had shot down 18 drones"
    body = (
        "Three Spanish sailors were hurt when a drone hit the frigate off Yemen, the navy said. "
        "It said six more drones had been shot down during the night."
    )
    assert figs(run(ex, body)) == {("ES", "casualties", 3)}


def test_equipment_traced_to_a_consignment_is_the_exporters(ex: Extractor) -> None:
    # "traced N drones to a batch exported by X": whose the drones were, though no one is named before the count
    body = "Investigators traced 30 drones recovered in Tigray to a shipment exported by Iran in 2029."
    assert figs(run(ex, body)) == {("IR", "equipment", 30)}
    body = "Monitors counted 30 drones exported by Iran at the airport in Mekelle."
    assert figs(run(ex, body)) == {("IR", "equipment", 30)}


def test_weapons_named_by_their_maker_with_no_supplier_are_the_makers(ex: Extractor) -> None:
    # "N X-made drones were delivered to Y": no sender is named, so the maker's equipment, where it was delivered
    body = (
        "Local officials said roughly a dozen medics had fled Kidal. "
        "Investigators said at least 14 Turkish-built armed drones had been handed to the Malian army at Sevare."
    )
    claims = run(ex, body)
    assert figs(claims) == {("TR", "equipment", 14)}
    assert ("TR", "ML") in locs(claims)
