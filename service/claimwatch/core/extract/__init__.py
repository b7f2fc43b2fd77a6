"""Claim extraction: NewsItem -> list[ClaimEvent], rule-based, pure and fast.

Where to look: ``extractor`` reads an item sentence by sentence; ``figures``
decides which numbers are claims, ``figure_owners`` whose forces a figure
counts (with the rules of ``owners``), ``places`` which places are deployment
locations, ``events`` builds the ClaimEvent (claimant, date, flags, evidence).
``numbers.py`` and ``gazetteer.py`` beside this package parse numbers and find
places; word lists live in ``data/*.json`` (``cues``).
"""

from claimwatch.core.extract.extractor import Extractor, extract

__all__ = ["Extractor", "extract"]
