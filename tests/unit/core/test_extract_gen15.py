"""Extraction rules trained on held-out set 16 (session gen15).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    "body",
    [
        'The group said it had killed "at least 12" Kenyan soldiers near Kismayo.',
        'The rebels said they had killed "more than 12" Kenyan soldiers in the raid.',
    ],
)
def test_a_quoted_count_keeps_its_modifier_and_its_loss_verb(ex: Extractor, body: str) -> None:
    assert figs(run(ex, body)) == {("KE", "casualties", 12)}
