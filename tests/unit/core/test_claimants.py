"""Who asserts a claim."""

from __future__ import annotations

from claimwatch.core.claimants import claimant_kind, find_claimant, has_pronoun_speech, source_line_claimant


def test_according_to() -> None:
    assert find_claimant("According to the Chilean Navy, 300 marines landed.") == "Chilean Navy"


def test_subject_said() -> None:
    assert find_claimant("Maria Lopez said 300 marines landed in Arica.") == "Maria Lopez"
    assert find_claimant("300 marines landed, Maria Lopez said.") == "Maria Lopez"


def test_apposition() -> None:
    text = "Ana Ruiz, head of Peru's army intelligence, confirmed that 300 marines landed."
    assert find_claimant(text) == "Ana Ruiz"


def test_citing() -> None:
    assert find_claimant("The paper reported, citing Defence Ministry sources, that ships sailed.") is not None


def test_none_in_own_voice() -> None:
    assert find_claimant("About 300 marines landed in Arica on Monday.") is None


def test_pronoun_speech_and_source_line() -> None:
    assert has_pronoun_speech("The ships sailed, she added.")
    assert source_line_claimant("Col. Pedro Vega, in an interview with a radio station") == "Col. Pedro Vega"


def test_kinds() -> None:
    assert claimant_kind("Reuters") == "outlet"
    assert claimant_kind("Defence Ministry") == "agency"
    assert claimant_kind("Maria Lopez") == "person"


def test_a_state_s_organ_in_lower_case_is_the_claimant() -> None:
    text = "Chile's navy told reporters on Monday that two frigates had reached the strait."
    assert find_claimant(text) == "Chile's navy"
    assert claimant_kind("Chile's navy") == "agency"
    assert find_claimant("Two frigates reached the strait, Peru's defence ministry said.") == "Peru's defence ministry"
    assert claimant_kind("Peru's foreign ministry spokesman") == "person"


def test_unnamed_people_and_organs_are_claimants_as_written() -> None:
    """Unnamed sources are most of what wire copy cites: the analyst needs to see "a source" as the claimant."""
    assert find_claimant("Two frigates reached the strait, a Chilean naval officer said.") == "a Chilean naval officer"
    assert find_claimant("According to a source close to the ministry, 300 marines landed.") == (
        "a source close to the ministry"
    )
    assert find_claimant("Peruvian intelligence said 300 marines had landed.") == "Peruvian intelligence"
    assert find_claimant("300 marines landed in Arica, Bolivian state television reported.") == (
        "Bolivian state television"
    )
    assert claimant_kind("a Chilean naval officer") == "person"
    assert claimant_kind("Peruvian intelligence") == "agency"
    assert claimant_kind("Bolivian state television") == "outlet"


def test_the_person_after_a_title_is_the_claimant() -> None:
    text = "Peru's naval intelligence chief Rosa Campos said 300 marines had landed."
    assert find_claimant(text) == "Rosa Campos"
    assert find_claimant("300 marines landed, Chile's defence minister said.") == "Chile's defence minister"
    assert claimant_kind("Chile's defence minister") == "person"


def test_a_long_name_with_its_abbreviation_in_brackets_is_the_claimant() -> None:
    text = "The Movement for the Liberation of the North (MLN) said 300 marines had landed."
    assert find_claimant(text) == "The Movement for the Liberation of the North"
    assert find_claimant("300 marines landed, according to Western estimates.") == "Western estimates"


def test_attribution_with_odd_blanks_between_its_words_is_still_found() -> None:
    # scraped copy keeps double spaces and tabs; the pattern allows them, and so must the cheap gate in front of it
    for sentence in [
        "About 300 sappers reached the port, according  to Ukrainian officials.",
        "About 300 sappers reached the port, according\tto Ukrainian officials.",
    ]:
        assert find_claimant(sentence) == "Ukrainian officials"
    assert find_claimant("About 300 sappers reached the port, cited  by two Western diplomats.") == (
        "two Western diplomats"
    )
