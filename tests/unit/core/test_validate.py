"""Raw bytes become a NewsItem or an InvalidInput with the dead-letter reason."""

from __future__ import annotations

import json

import pytest

from claimwatch.core.validate import InvalidInput, decode_item, max_message_bytes
from claimwatch.models import DeadLetterReason

GOOD = {"id": "n-1", "source": "Wire", "published_at": "2025-05-01T08:00:00Z", "title": "t", "body": "b"}


def test_good_item():
    assert decode_item(json.dumps(GOOD).encode()).id == "n-1"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe not utf8", DeadLetterReason.not_utf8),
        (b"{not json", DeadLetterReason.not_json),
        (b"[1, 2]", DeadLetterReason.not_object),
        (b'"just a string"', DeadLetterReason.not_object),
        (json.dumps({**GOOD, "published_at": "2025-05-01T08:00:00"}).encode(), DeadLetterReason.invalid_item),
        (json.dumps({**GOOD, "id": ""}).encode(), DeadLetterReason.invalid_item),
        (b"[" * 100_000 + b"]" * 100_000, DeadLetterReason.not_json),
        (b'{"id": 1' + b"0" * 5000 + b"}", DeadLetterReason.not_json),
    ],
)
def test_bad_input_reasons(raw, reason):
    with pytest.raises(InvalidInput) as err:
        decode_item(raw)
    assert err.value.reason is reason
    assert err.value.detail


def test_invalid_item_detail_names_the_field():
    with pytest.raises(InvalidInput, match="published_at"):
        decode_item(json.dumps({**GOOD, "published_at": "2025-05-01T08:00:00"}).encode())


def test_size_caps_before_and_after_parsing():
    with pytest.raises(InvalidInput) as err:
        decode_item(b" " * (max_message_bytes(2048) + 1), max_body_bytes=2048)
    assert err.value.reason is DeadLetterReason.too_large
    with pytest.raises(InvalidInput) as err:
        decode_item(json.dumps({**GOOD, "body": "x" * 3000}).encode(), max_body_bytes=2048)
    assert err.value.reason is DeadLetterReason.too_large
