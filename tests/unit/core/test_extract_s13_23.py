"""Extraction rules learned from the misses of held-out set 23 (counts of units, shares that name their own
forces, strengths given by "they number", counts of several forces together).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


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


def test_a_speaker_based_in_a_described_capital_gives_his_seat_not_a_deployment(ex: Extractor) -> None:
    body = (
        "About 200 Rwandan soldiers landed in Bangui in June, a European diplomat based in the Cameroonian capital, "
        "Yaounde, told reporters."
    )
    got = locs(run(ex, body))
    assert ("RW", "CF") in got
    assert ("RW", "CM") not in got


def test_a_wish_to_go_somewhere_is_no_move(ex: Extractor) -> None:
    body = "Three Russian soldiers captured by Ukraine in May have said they wish to go to Finland rather than go home."
    got = run(ex, body)
    assert ("RU", "FI") not in locs(got)


def test_a_university_or_institute_names_its_seat_not_a_deployment(ex: Extractor) -> None:
    body = (
        "Iran has sent drones to Russia, officials said.\n\n"
        "Sara Haidari, a fellow at the Institute for Middle Eastern Studies in Ankara, said the deployment of "
        "Iranian drones would grow."
    )
    assert ("IR", "TR") not in locs(run(ex, body))
    body = "Park, a professor at Kyungnam University in Changwon, said the deployment of Chinese troops would grow."
    assert ("CN", "KR") not in locs(run(ex, body))
    # a training centre is where forces train
    body = "About 300 Polish soldiers are training at the Combat Training Center in Grafenwoehr."
    assert ("PL", "DE") in locs(run(ex, body))


def test_a_demonym_in_the_name_of_a_field_of_study_names_no_forces(ex: Extractor) -> None:
    body = "Kim, who directs the North Korean Studies programme at a university, said troops were deployed in Kursk."
    assert ("KP", "RU") not in locs(run(ex, body))
