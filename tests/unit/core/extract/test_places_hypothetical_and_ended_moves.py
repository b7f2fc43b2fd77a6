"""Hypothetical and ended moves: possible, planned, wished, proposed or ended deployments place no forces.

A claim that forces are somewhere must not come from a move that has not happened or has been undone; the
sentences are written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_hypothetical_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Analysts say 1,000 Iranian troops could enter Iraq next month.")
    assert figs(claims) == {("IR", "troops", 1000)}
    assert locs(claims) == set()


def test_a_possibility_is_no_deployment(ex: Extractor) -> None:
    claims = run(ex, "Italy has discussed with Greece the possibility of sending troops to Cyprus, the minister said.")
    assert locs(claims) == set()


def test_an_area_the_forces_left_is_no_place_of_theirs(ex: Extractor) -> None:
    claims = run(ex, "A Venezuelan warship entered Guyanese waters on Saturday. The ship left the area by noon.")
    assert locs(claims) == {("VE", "GY")}
    assert len([c for c in claims if c.location]) == 1


def test_a_former_base_and_a_base_forces_left_are_no_locations(ex: Extractor) -> None:
    claims = run(ex, "British drones previously based in Niger now fly from Ghana.")
    assert locs(claims) == {("GB", "GH")}
    claims = run(ex, "The last 800 French troops left Chad's Air Base 172 in Abeche in January.")
    assert locs(claims) == set()


def test_a_proposed_force_is_no_place(ex: Extractor) -> None:
    body = "Spain, which has about 600 soldiers in Latvia, has proposed that Europeans keep a small force in Gaza."
    assert locs(run(ex, body)) == {("ES", "LV")}


@pytest.mark.parametrize(
    "body",
    [
        "Chad has offered to send 500 troops to Niger.",
        "Chad would consider sending 500 troops to Niger.",
        "Chad is willing to deploy 500 troops to Niger.",
    ],
)
def test_an_offer_or_a_willingness_places_no_forces(ex: Extractor, body: str) -> None:
    got = run(ex, body)
    assert ("TD", "troops", 500) in figs(got)
    assert not locs(got)


def test_could_before_a_move_still_makes_it_hypothetical(ex: Extractor) -> None:
    assert ("TD", "NE") not in locs(run(ex, "Chad could send about 800 soldiers to Niger next year."))


def test_may_be_sent_is_a_hypothetical_move_but_may_be_in_is_a_hedged_place(ex: Extractor) -> None:
    assert locs(run(ex, "Chadian troops may be sent to Niger next month, officials said.")) == set()
    got = [c for c in run(ex, "Chadian troops may be in Niger already, officials said.") if c.location is not None]
    assert [(c.actor.code, c.location.country_code, c.hedged) for c in got] == [("TD", "NE", True)]


@pytest.mark.parametrize(
    "body",
    [
        "Officials stressed that no decision had been taken to send the Kenyan troops to Haiti.",
        "No decision has been made on deploying Kenyan soldiers to Haiti, the ministry said.",
        "Kenya remains undecided on sending the 400 soldiers to Haiti.",
    ],
)
def test_a_move_not_yet_decided_is_no_location(ex: Extractor, body: str) -> None:
    assert locs(run(ex, body)) == set()


def test_a_place_left_in_a_relative_clause_is_not_there(ex: Extractor) -> None:
    body = "Chad sent troops to Niger in May.\n\nChad, which pulled its soldiers out of Mali in 2022, keeps 900 there."
    got = locs(run(ex, body))
    assert ("TD", "ML") not in got


@pytest.mark.parametrize(
    "body",
    [
        "Officials said it was unlikely that Tehran would send troops to Yemen.",
        "Analysts think Beijing is unlikely to deploy soldiers to Myanmar.",
    ],
)
def test_an_unlikely_move_is_no_location(ex: Extractor, body: str) -> None:
    assert locs(run(ex, body)) == set()


def test_what_recruits_could_not_read_makes_no_later_move_hypothetical(ex: Extractor) -> None:
    body = (
        "About 90 Cameroonian men were flown to Russia to fight in its army, a report said.\n\n"
        "The recruits were given contracts in a language they could not read and, within days, sent to the front "
        "in southern Ukraine."
    )
    assert ("cm-fighters", "UA") in locs(run(ex, body))
    # a move that could happen stays hypothetical
    body = "About 90 Cameroonian men were flown to Russia, a report said. They could be sent to Ukraine."
    assert ("cm-fighters", "UA") not in locs(run(ex, body))


def test_a_wish_to_go_somewhere_is_no_move(ex: Extractor) -> None:
    body = "Three Russian soldiers captured by Ukraine in May have said they wish to go to Finland rather than go home."
    got = run(ex, body)
    assert ("RU", "FI") not in locs(got)


def test_the_place_forces_were_moved_off_is_not_where_they_are(ex: Extractor) -> None:
    body = (
        "Houthi drones struck near the British base at Akrotiri in Cyprus on Monday, officials said.\n\n"
        "British officials said some aircraft and some troops were moved off the base last week as a precaution."
    )
    got = run(ex, body)
    assert not [c for c in got if c.location is not None and c.topic == "troops"]
    body = (
        "Britain keeps about 2,000 troops at Akrotiri in Cyprus, officials said.\n\n"
        "British officials said more aircraft were moved to the base last week."
    )
    assert ("GB", "CY") in locs(run(ex, body))


def test_places_left_undecided_by_the_sentence_are_no_locations(ex: Extractor) -> None:
    body = (
        "The Pentagon is looking at alternative sites for the 800 American troops, including in Ghana and Benin, "
        "but no decision has been made."
    )
    got = run(ex, body)
    assert ("US", "troops", 800) in figs(got)
    assert not locs(got)
    # a decision on something else leaves the move stated
    body = "Germany sent 300 troops to Lithuania, but no decision has been made on a permanent brigade."
    assert ("DE", "LT") in locs(run(ex, body))


def test_a_prospective_base_in_a_where_clause_places_no_forces(ex: Extractor) -> None:
    body = (
        "About 300 Russian instructors have landed in Sao Tome and Principe.\n\n"
        "Diplomats said the deployment would hand Moscow a foothold on the Gulf of Guinea, where Paris had long been "
        "worried about a potential Chinese naval base."
    )
    got = locs(run(ex, body))
    assert ("RU", "ST") in got
    assert not any(code == "CN" for code, _ in got)
    # forces named before the place are there, whatever the relative clause says of a base
    body = "Chinese engineers are in Cambodia, where Washington fears a proposed Chinese naval base."
    assert ("CN", "KH") in locs(run(ex, body))
    # a base that exists is no prospect
    body = "Chinese sailors arrived in Djibouti, where China opened its first overseas naval base in 2017."
    assert ("CN", "DJ") in locs(run(ex, body))


def test_a_course_given_up_is_no_location(ex: Extractor) -> None:
    body = (
        "The destroyer USS Arleigh Burke, which had been heading for the Baltic Sea, was diverted to the North Sea "
        "on Friday."
    )
    got = {c.location.name for c in run(ex, body) if c.location}
    assert "North Sea" in got
    assert "Baltic Sea" not in got
    body = "About 300 Dutch soldiers who were due to deploy to Lithuania will go to Romania instead."
    got_cc = locs(run(ex, body))
    assert ("NL", "RO") in got_cc
    assert ("NL", "LT") not in got_cc
    # with no change of course the destination stays
    body = "About 300 Dutch soldiers were due to deploy to Lithuania in the spring."
    assert ("NL", "LT") in locs(run(ex, body))


def test_bases_an_actor_lost_access_to_are_no_location(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has moved several hundred fighters to Mali, as Moscow reshuffles its forces after "
        "losing easy access to its bases in Syria."
    )
    got = locs(run(ex, body))
    assert ("africa-corps", "ML") in got
    assert ("africa-corps", "SY") not in got


def test_forces_that_may_later_be_used_somewhere_are_not_placed_there(ex: Extractor) -> None:
    body = (
        "North Korean engineers arrived in Kursk last month.\n\n"
        "Ukrainian officials say the engineers may later be used in the Kharkiv direction."
    )
    got = locs(run(ex, body))
    assert ("KP", "RU") in got
    assert ("KP", "UA") not in got


def test_forces_that_may_eventually_be_sent_somewhere_are_not_placed_there(ex: Extractor) -> None:
    body = "Analysts say the Belarusian battalion may eventually be sent to Syria."
    assert ("BY", "SY") not in locs(run(ex, body))


def test_forces_stationed_somewhere_that_left_recently_are_no_longer_there(ex: Extractor) -> None:
    body = "The last Italian soldiers stationed in Niger left over the past few weeks, the general staff said."
    assert ("IT", "NE") not in locs(run(ex, body))


def test_forces_that_left_last_week_and_moved_on_are_placed_where_they_went(ex: Extractor) -> None:
    body = "The 300 Italian soldiers stationed in Niger left last week and were moved to Chad."
    got = locs(run(ex, body))
    assert ("IT", "NE") not in got
    assert ("IT", "TD") in got


def test_a_force_eager_to_go_somewhere_is_not_there(ex: Extractor) -> None:
    # a wish ("eager to", "itching to", "keen to", "wanted to") is a hypothetical destination, like "wants to"
    for body in (
        "The president said the Wagner fighters were itching to march on Tbilisi.",
        "The Wagner fighters are eager to go to Tbilisi, the president said.",
        "Officials said the Wagner fighters wanted to move on to Tbilisi.",
        "The Wagner fighters are keen to reach Tbilisi, officials said.",
    ):
        assert not any(place == "GE" for _, place in locs(run(ex, body))), body


def test_a_wish_does_not_hide_where_the_force_is_held(ex: Extractor) -> None:
    body = "The president said the Wagner fighters were itching to march on Tbilisi, but he kept them in Armenia."
    claims = run(ex, body)
    assert any(place == "AM" for _, place in locs(claims))
    assert not any(place == "GE" for _, place in locs(claims))


def test_a_closing_relative_clause_that_withdraws_the_forces_ends_the_deployment(ex: Extractor) -> None:
    body = "In 2017 Belgium sent a training team of 60 soldiers to Niger, which was withdrawn within a year."
    assert not any(cc == "NE" for _, cc in locs(run(ex, body)))
    body = "Belgium sent 60 soldiers to Niger, who were recalled in March."
    assert not any(cc == "NE" for _, cc in locs(run(ex, body)))


def test_a_relative_clause_that_moves_the_forces_on_does_not_end_the_move(ex: Extractor) -> None:
    body = "Belgium sent 60 soldiers to Niger, who were withdrawn to Benin in March."
    assert any(cc == "NE" for _, cc in locs(run(ex, body)))
    body = "Belgium sent 60 soldiers to Niger, which is a close partner."
    assert any(cc == "NE" for _, cc in locs(run(ex, body)))


def test_forces_a_relative_clause_sent_somewhere_that_then_returned_are_no_longer_there(ex: Extractor) -> None:
    body = "The artillery battery that France sent to Romania in 2023 returned to France in the spring, officials said."
    assert not any(cc == "RO" for _, cc in locs(run(ex, body)))
    body = "The artillery battery that France sent to Romania in 2023 is now training near Cincu, officials said."
    assert any(cc == "RO" for _, cc in locs(run(ex, body)))


def test_forces_withdrawn_from_one_place_and_moved_to_another_are_claimed_there(ex: Extractor) -> None:
    body = (
        "Some of the American personnel and equipment withdrawn from Tal Afar have been moved to Jordan, "
        "the official said, while a smaller group went north to Mosul."
    )
    got = locs(run(ex, body))
    assert ("US", "JO") in got
    assert ("US", "IQ") in got
    # a withdrawal with no onward move still denies the place left
    body = "American personnel were withdrawn from Tal Afar last year."
    assert ("US", "IQ") not in locs(run(ex, body))


def test_a_place_within_a_weapons_reach_is_no_location(ex: Extractor) -> None:
    body = "Hezbollah keeps rockets with a range of some 300 km, enough to reach Cyprus, officials said."
    assert not {c for c in locs(run(ex, body)) if c[1] == "CY"}
    body = "Iran has sent drones to Russia capable of reaching Poland, a Ukrainian official said."
    assert locs(run(ex, body)) == {("IR", "RU")}
    # what a weapon can reach is its range, not where it is
    claims = run(ex, "Iranian drones based in Yemen can reach Eilat, the army said.")
    assert {c.location.name for c in claims if c.location} == {"Yemen"}


def test_an_idea_floated_or_mooted_is_no_deployment(ex: Extractor) -> None:
    body = (
        "The U.S. keeps two Patriot batteries in Germany. A few lawmakers floated stationing another battery in "
        "Estonia."
    )
    got = locs(run(ex, body))
    assert ("US", "DE") in got
    assert ("US", "EE") not in got


def test_an_offer_to_station_forces_places_none(ex: Extractor) -> None:
    claims = run(ex, "Paris said it had offered to station two Rafale jets in Estonia if Tallinn asked for them.")
    assert not locs(claims)


def test_a_move_that_waits_on_the_host_consent_is_hypothetical(ex: Extractor) -> None:
    body = (
        "Some of the Turkish trainers went on to Mogadishu, while a second team is waiting to go to Djibouti should "
        "the Djiboutian government accept the plan."
    )
    got = run(ex, body)
    assert ("TR", "SO") in locs(got)
    assert ("TR", "DJ") not in locs(got)


def test_a_modal_does_not_reach_into_a_list_of_units_that_exist(ex: Extractor) -> None:
    # ", including the company it keeps in X": the company is there, whatever the main clause may do
    body = (
        "Spain has 500 soldiers in Latvia. An analyst said the force could grow only by drawing on other missions, "
        "including the company it keeps in Slovakia."
    )
    assert ("ES", "SK") in locs(run(ex, body))
    # a list of goals of the modal stays hypothetical
    body = "Spain could deploy 500 soldiers to several allies, including to Slovakia."
    assert ("ES", "SK") not in locs(run(ex, body))


def test_a_ban_on_citizens_working_abroad_places_no_one(ex: Extractor) -> None:
    body = (
        "At least 900 Kenyan nationals are fighting for the Russian army, most of them near Pokrovsk. Kenya barred "
        "its citizens from accepting work in Russia and Belarus last May and has pressed Moscow to send back those who "
        "had enlisted."
    )
    assert {c.location.name for c in run(ex, body) if c.location} == {"Pokrovsk"}


def test_any_new_deployment_is_hypothetical(ex: Extractor) -> None:
    body = (
        "French soldiers left Mali in 2022. Parliament last week defeated, by 80 votes to 70, a motion that would "
        "have demanded a vote before any new deployment to Chad."
    )
    assert not {c.location.name for c in run(ex, body) if c.location} & {"Chad"}


def test_a_line_label_does_not_place_a_move_the_line_calls_possible(ex: Extractor) -> None:
    # "- X: ... could send a battalion to X": the line's own mention of its label place decides, not the label
    body = (
        "US troops are in Iraq.\n"
        "- Venezuela: An analyst in Caracas said Tehran could send an engineering battalion to Venezuela in 2030."
    )
    assert ("IR", "VE") not in locs(run(ex, body))


def test_forces_lobbied_for_are_not_there(ex: Extractor) -> None:
    # a brigade that others lobby for is a wish, like one "proposed" or "sought": no forces are placed
    body = (
        "Oslo has rejected calls for a second battalion, and some Nordic capitals still lobby for a permanent "
        "French brigade in Finland, an idea Paris has not taken up."
    )
    assert ("FR", "FI") not in locs(run(ex, body))


def test_a_move_only_asked_for_or_offered_places_no_forces(ex: Extractor) -> None:
    # a request or an offer names a destination that nobody has yet chosen to send forces to
    assert not locs(run(ex, "Mali declined a Chinese offer last year to base engineers in Gao."))
    body = "Estonia's minister said Tallinn would ask Washington to deploy a Patriot battery in the Baltic states."
    assert not locs(run(ex, body))
