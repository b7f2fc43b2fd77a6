"""Sentence splitting with offsets, labels and the background section."""

from __future__ import annotations

from claimwatch.core.text import dateline_end, split_sentences

BODY = (
    "LIMA, Peru - Gen. Ana Ruiz said the U.S. team arrived on Dec. 4 in Cusco. It left later.\n\n"
    "Source: Col. Pedro Vega, in an interview\n\n"
    'Details: "They are here," he said. Nothing else.\n\n'
    "Background:\n\n"
    "- In May, 300 marines landed in Arica.\n"
    "- Later, more followed.\n"
)


def test_offsets_point_into_body() -> None:
    for s in split_sentences(BODY):
        assert BODY[s.start : s.end] == s.text


def test_abbreviations_do_not_split() -> None:
    texts = [s.text for s in split_sentences(BODY)]
    assert texts[0] == "LIMA, Peru - Gen. Ana Ruiz said the U.S. team arrived on Dec. 4 in Cusco."
    assert texts[1] == "It left later."


def test_labels_and_background() -> None:
    sents = split_sentences(BODY)
    src = [s for s in sents if s.label == "source"]
    assert src and src[0].text.startswith("Col. Pedro Vega")
    details = [s for s in sents if s.label == "details"]
    assert details[0].text == '"They are here," he said.'
    bullets = [s for s in sents if s.background]
    assert [s.text for s in bullets] == ["In May, 300 marines landed in Arica.", "Later, more followed."]
    assert bullets[0].paragraph != bullets[1].paragraph
    assert not any(
        s.background for s in sents if s.label != "background" and not s.text.startswith(("In May", "Later"))
    )


def test_dateline() -> None:
    assert BODY[: dateline_end(BODY)] == "LIMA, Peru - "
    assert dateline_end("Troops arrived.") == 0
