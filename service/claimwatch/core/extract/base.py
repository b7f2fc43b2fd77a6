"""What every group of rules may use: the gazetteer, the actor index and the cues.

The rules are split by concern into classes (``owners``, ``figures``,
``places``, ``events``) that ``Extractor`` combines; they share this base so
that each can be read, and type-checked, on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mypy_extensions import trait

from claimwatch.core.actors import ActorIndex
from claimwatch.core.extract.cues import Cues

if TYPE_CHECKING:
    from claimwatch.core.gazetteer import Gazetteer


@trait
class ExtractorBase:
    """The tables every rule reads; set once by ``Extractor.__init__``."""

    gazetteer: Gazetteer
    actors: ActorIndex
    cues: Cues
