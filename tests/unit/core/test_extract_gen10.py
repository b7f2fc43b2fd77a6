"""Extraction rules of gen10: general patterns, each tested on sentences written for the test."""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_private_security_contractors_are_their_own_actor(ex: Extractor) -> None:
    # a private security company's staff are not the state's forces; later "contractors" of the
    # same demonym in the item are theirs too
    claims = run(
        ex,
        "About 80 Turkish private security contractors are guarding a cement plant in Mali, officials said. "
        "Up to 200 more Turkish contractors could be deployed in Mali next year.",
    )
    assert figs(claims) == {("tr-security-contractors", "troops", 80), ("tr-security-contractors", "troops", 200)}
    assert locs(claims) == {("tr-security-contractors", "ML")}
    assert {c.actor.name for c in claims} == {"Turkish security contractors"}


def test_security_personnel_stay_with_the_state(ex: Extractor) -> None:
    # "security personnel" names a state's police and intelligence services as often as contractors
    claims = run(ex, "Officials said 3,000 Egyptian security personnel were in Libya.")
    assert ("EG", "troops", 3000) in figs(claims)


def test_elided_count_takes_noun_and_place_of_the_sentence_before(ex: Extractor) -> None:
    # "Norway has about 90." right after a placed count: the soldiers and the place are elided
    claims = run(ex, "Sweden has about 350 soldiers in Latvia, officials said. Norway has about 90.")
    assert ("NO", "troops", 90) in figs(claims)
    assert ("NO", "LV") in locs(claims)


def test_elided_count_keeps_the_topic_before(ex: Extractor) -> None:
    claims = run(ex, "Greece operates 24 Rafale jets from Tanagra. Croatia has 12.")
    assert ("HR", "equipment", 12) in figs(claims)


def test_bare_has_number_without_a_count_before_claims_nothing(ex: Extractor) -> None:
    claims = run(ex, "The election was held on Sunday. Norway has about 90.")
    assert not figs(claims)


def test_first_n_of_m_counts_the_share_placed_and_the_whole_unplaced(ex: Extractor) -> None:
    # "the first eight of 24 K9 howitzers" delivered to a place: eight are there; the 24 ordered are not
    claims = run(ex, "South Korea has delivered the first eight of 24 K9 self-propelled howitzers to Estonia.")
    assert figs(claims) == {("KR", "equipment", 8), ("KR", "equipment", 24)}
    placed = {(c.figure.value, c.location.country_code if c.location else None) for c in claims if c.figure}
    assert placed == {(8, "EE"), (24, None)}


def test_second_loss_verb_with_a_bare_number_counts_the_same_forces(ex: Extractor) -> None:
    claims = run(ex, "Gunmen ambushed the convoy, killing 6 Nigerien soldiers and wounding 14.")
    assert figs(claims) == {("NE", "casualties", 6), ("NE", "casualties", 14)}


def test_bare_number_after_a_non_loss_verb_is_no_loss(ex: Extractor) -> None:
    claims = run(ex, "Gunmen ambushed the convoy, killing 6 Nigerien soldiers and burning 14.")
    assert ("NE", "casualties", 14) not in figs(claims)


def test_coordinated_counts_share_the_noun_after_the_second(ex: Extractor) -> None:
    # "three Canadian and five Latvian soldiers": two counts, each with its own demonym, one noun
    claims = run(ex, "A mine blast near Adazi wounded three Canadian and five Latvian soldiers.")
    assert figs(claims) == {("CA", "casualties", 3), ("LV", "casualties", 5)}
    claims = run(ex, "Seven Polish and 12 Czech soldiers were among the injured.")
    assert figs(claims) == {("PL", "casualties", 7), ("CZ", "casualties", 12)}
    claims = run(ex, "The brigade includes 300 Norwegian and 200 Danish soldiers.")
    assert figs(claims) == {("NO", "troops", 300), ("DK", "troops", 200)}


def test_shared_noun_of_two_demonyms_is_still_no_figure_for_either(ex: Extractor) -> None:
    claims = run(ex, "The strike killed 40 Russian and North Korean troops.")
    assert not figs(claims)


def test_possessive_after_in_owns_a_place_not_the_count(ex: Extractor) -> None:
    # "in Lebanon's south": Lebanon owns the place; the count is the subject's
    claims = run(ex, "Ireland will cut its battalion in Lebanon's south to about 340 soldiers, officials said.")
    assert ("IE", "troops", 340) in figs(claims)
    assert ("LB", "troops", 340) not in figs(claims)


def test_possessive_after_according_to_still_owns_the_count(ex: Extractor) -> None:
    claims = run(ex, "According to Chad's army, it lost 10 soldiers in the attack.")
    assert ("TD", "casualties", 10) in figs(claims)


def test_count_before_a_change_after_from_is_the_same_forces(ex: Extractor) -> None:
    # "reduce ... to about 600 soldiers by June from about 1,000 now, officials said": both are Denmark's troops
    body = "Denmark will reduce its force in Latvia to about 600 soldiers by June from about 1,000 now, officials said."
    claims = run(ex, body)
    assert figs(claims) == {("DK", "troops", 600), ("DK", "troops", 1000)}


def test_from_a_number_without_a_change_is_no_count(ex: Extractor) -> None:
    claims = run(ex, "Denmark sent 600 soldiers to Latvia from 1,000 based at home.")
    assert ("DK", "troops", 1000) not in figs(claims)


def test_new_size_of_a_detachment_counts_what_was_just_sent(ex: Extractor) -> None:
    # "bringing its detachment there to eight": eight jets, the thing sent before, not eight troops
    claims = run(ex, "Portugal will send three more F-16 jets to Lithuania, bringing its detachment there to eight.")
    assert figs(claims) == {("PT", "equipment", 3), ("PT", "equipment", 8)}


def test_relative_clause_after_demonym_force_in_place_belongs_to_the_demonym(ex: Extractor) -> None:
    # "The Dutch contingent in Lithuania, which grew to ...": the contingent is Dutch; Lithuania is its place
    body = "The Dutch contingent in Lithuania, which grew to about 270 soldiers last year, will stay until 2027."
    claims = run(ex, body)
    assert figs(claims) == {("NL", "troops", 270)}
    assert ("NL", "LT") in locs(claims)
