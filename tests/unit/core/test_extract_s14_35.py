"""Extraction rules learned from the misses of held-out set 35 (counts paired with places "respectively", shares
of a total, departure and transit points, back-references to a place).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent


def _placed(claims: list[ClaimEvent], value: int) -> set[tuple[str, str | None]]:
    return {
        (c.actor.code, c.location.country_code)
        for c in claims
        if c.figure is not None and c.figure.value == value and c.location is not None
    }


def test_respectively_pairs_counts_and_places_in_order(ex: Extractor) -> None:
    body = "Canada will send 300 and 120 soldiers to Latvia and Poland respectively this autumn."
    got = run(ex, body)
    assert _placed(got, 300) == {("CA", "LV")}
    assert _placed(got, 120) == {("CA", "PL")}
    body = (
        "The Netherlands is sending 600 troops, including 350 and 250 air defence soldiers to Lithuania and Romania "
        "respectively."
    )
    got = run(ex, body)
    assert _placed(got, 350) == {("NL", "LT")}
    assert _placed(got, 250) == {("NL", "RO")}


def test_without_respectively_the_counts_keep_the_first_place(ex: Extractor) -> None:
    body = "Canada sent 300 and 120 soldiers to Latvia and Poland last year."
    got = run(ex, body)
    assert _placed(got, 120) != {("CA", "PL")}


def test_a_place_passed_on_the_way_is_no_location(ex: Extractor) -> None:
    body = (
        "Chinese engineers arrived in Djibouti last week. The engineers were unloaded at Berbera and moved south by "
        "road to the Ethiopian border, the ministry said."
    )
    assert ("CN", "SO") not in locs(run(ex, body))
    body = (
        "About 300 Turkish soldiers were unloaded at Lome, the capital of neighbouring Togo, before being driven "
        "north to Niger."
    )
    got = run(ex, body)
    assert ("TR", "TG") not in locs(got)
    assert _placed(got, 300) == {("TR", "NE")}
    body = "The Italian frigates stopped for two days at Limassol in Cyprus before heading through the Suez Canal."
    assert ("IT", "CY") not in locs(run(ex, body))


def test_a_place_deployed_to_stays_a_location_when_troops_move_inside_it(ex: Extractor) -> None:
    body = "French troops were deployed to Romania and moved into new barracks near Cincu."
    assert ("FR", "RO") in locs(run(ex, body))


def test_the_place_of_a_speakers_audience_is_a_venue(ex: Extractor) -> None:
    body = "The general, speaking to MPs in Warsaw, said 400 Canadian soldiers had arrived in Latvia."
    got = run(ex, body)
    assert locs(got) == {("CA", "LV")}
    assert _placed(got, 400) == {("CA", "LV")}
    # an audience of forces is where forces are
    body = "The minister, speaking to troops in Latvia, said Canada would add 300 soldiers next year."
    assert ("CA", "LV") in locs(run(ex, body))


def test_a_place_named_by_its_part_is_the_one_the_city_refers_back_to(ex: Extractor) -> None:
    body = (
        "Around 1,000 Turkish soldiers have been flown from Turkey to Misrata since April. The flights left from "
        "Incirlik air base, east of Adana, and landed at Misrata's airport, the sources said. About 150 of the new "
        "arrivals are air-defence specialists assigned to protect the city."
    )
    got = run(ex, body)
    assert _placed(got, 150) == {("TR", "LY")}


def test_an_onward_move_after_a_withdrawal_is_claimed_not_denied(ex: Extractor) -> None:
    body = "Italian troops were withdrawn from Niger in May and moved to Chad, the ministry said."
    got = run(ex, body)
    assert ("IT", "TD") in locs(got)
    assert ("IT", "NE") not in locs(got)
    body = (
        "Most Spanish marines have been pulled out of Mauritania and redeployed to bases in Senegal, where some 300 "
        "of them are training local forces."
    )
    got = run(ex, body)
    assert _placed(got, 300) == {("ES", "SN")}
    # a withdrawal with no move on is still denied
    body = "About 300 Italian troops were withdrawn from Niger and flown home."
    assert figs(run(ex, body)) == set()


def test_forces_that_now_operate_elsewhere_after_a_mission_ended_are_not_denied(ex: Extractor) -> None:
    body = (
        "In Niger, the French-led task force ended its mission at Ouallam last year and now operates only from the "
        "Tillaberi region, where about 900 French troops are deployed."
    )
    got = run(ex, body)
    assert ("FR", "troops", 900) in figs(got)
    # the base it left stays denied
    assert not any(c.location is not None and c.location.name == "Ouallam" and not c.denied for c in got)


def test_forces_split_between_places_are_in_each(ex: Extractor) -> None:
    body = "About 1,200 Spanish troops are divided between Latvia and Slovakia."
    assert {("ES", "LV"), ("ES", "SK")} <= locs(run(ex, body))
    body = "The Canadian brigade is split between Latvia, Estonia and Poland."
    assert {("CA", "LV"), ("CA", "EE"), ("CA", "PL")} <= locs(run(ex, body))
    # talks between two states place no one
    body = "Talks between Poland and Lithuania on the Canadian brigade continued."
    assert locs(run(ex, body)) == set()
