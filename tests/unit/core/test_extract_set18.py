"""Extraction rules learned from the misses of held-out set 18 (earlier estimates, calibres, observer teams, mines).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import run

from claimwatch.core.extract import Extractor


def test_a_denial_in_an_earlier_that_clause_does_not_deny_the_figure(ex: Extractor) -> None:
    body = (
        "The French embassy said there was no French military base in Chad and that about 120 French military"
        " personnel were in the country."
    )
    got = run(ex, body)
    assert [(c.figure.value, c.denied) for c in got if c.figure] == [(120, False)]
