"""Extraction rules of the eighth session's own work (owners named after the counted noun, quoted partitives).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    "body", ["Chad refused to send 500 troops to Niger.", "Chad declined to deploy troops to Niger."]
)
def test_a_refusal_to_send_is_a_denial(ex: Extractor, body: str) -> None:
    got = run(ex, body)
    assert got and all(c.denied for c in got)


def test_declining_to_comment_is_no_denial(ex: Extractor) -> None:
    got = run(ex, "Chad declined to comment on reports that 500 of its troops were in Niger.")
    assert got and not any(c.denied for c in got)
