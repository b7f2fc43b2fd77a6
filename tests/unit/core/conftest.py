"""Fixtures of the core tests."""

from __future__ import annotations

import pytest

from claimwatch.core.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()
