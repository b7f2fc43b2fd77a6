"""Raw bytes -> NewsItem, or a reason why not.

Both drivers decode input through here so that a bad message gets the same
dead-letter reason whether it arrives on Kafka or as a line of an archive. The
size cap is checked on the raw bytes *before* parsing, so a 100 MB message costs
no JSON parse.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from claimwatch.models import DEFAULT_MAX_BODY_BYTES, DeadLetterReason, NewsItem

#: Room for the other fields and JSON escaping on top of the body cap.
ENVELOPE_BYTES = 64 * 1024


class InvalidInput(ValueError):
    """A message that cannot become a NewsItem; carries the dead-letter reason code."""

    def __init__(self, reason: DeadLetterReason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


def max_message_bytes(max_body_bytes: int) -> int:
    """The largest raw message that can hold a body of the cap (escaping may double it)."""
    return 2 * max_body_bytes + ENVELOPE_BYTES


def describe_validation_error(err: ValidationError) -> str:
    """One line naming each bad field, for people reading dead letters."""
    parts = []
    for e in err.errors()[:10]:
        loc = ".".join(str(x) for x in e["loc"]) or "(item)"
        parts.append(f"{loc}: {e['msg']}")
    return "; ".join(parts)


def validate_item(obj: Any, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> NewsItem:
    """A parsed JSON value -> NewsItem, raising InvalidInput with a reason code."""
    if not isinstance(obj, dict):
        raise InvalidInput(DeadLetterReason.not_object, f"expected a JSON object, got {type(obj).__name__}")
    try:
        return NewsItem.model_validate(obj, context={"max_body_bytes": max_body_bytes})
    except ValidationError as e:
        too_large = any("over the cap" in str(x.get("msg", "")) for x in e.errors())
        reason = DeadLetterReason.too_large if too_large else DeadLetterReason.invalid_item
        raise InvalidInput(reason, describe_validation_error(e)) from None


def decode_item(raw: bytes, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> NewsItem:
    """Raw message bytes -> NewsItem, raising InvalidInput with a reason code."""
    limit = max_message_bytes(max_body_bytes)
    if len(raw) > limit:
        raise InvalidInput(DeadLetterReason.too_large, f"message is {len(raw)} bytes, over the limit of {limit}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidInput(DeadLetterReason.not_utf8, f"invalid UTF-8 at byte {e.start}") from None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise InvalidInput(DeadLetterReason.not_json, f"line {e.lineno} column {e.colno}: {e.msg}") from None
    except RecursionError:
        raise InvalidInput(DeadLetterReason.not_json, "JSON nested too deeply") from None
    except ValueError as e:  # e.g. integers with too many digits
        raise InvalidInput(DeadLetterReason.not_json, str(e)[:200]) from None
    return validate_item(obj, max_body_bytes=max_body_bytes)
