"""The contracts validate what DESIGN.md says and name the field on error."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from claimwatch.models import (
    Actor,
    Alert,
    ClaimEvent,
    DeadLetter,
    Evidence,
    Figure,
    NewsItem,
    Previous,
    json_schemas,
)

GOOD = {
    "id": "wire-1",
    "source": "Test Wire",
    "published_at": "2025-02-01T10:00:00+02:00",
    "title": "A title",
    "body": "A body.",
}


def test_good_item_parses_and_keeps_unknown_fields():
    item = NewsItem.model_validate({**GOOD, "section": "world"})
    assert item.lang == "en"
    assert item.published_at.utcoffset() is not None
    assert item.model_extra == {"section": "world"}


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"published_at": "2025-02-01T10:00:00"}, "published_at"),
        ({"id": ""}, "id"),
        ({"id": "   "}, "id"),
        ({"id": "x" * 257}, "id"),
        ({"body": 42}, "body"),
        ({"published_at": "yesterday"}, "published_at"),
        ({"source": None}, "source"),
    ],
)
def test_bad_items_name_the_field(patch, field):
    with pytest.raises(ValidationError) as err:
        NewsItem.model_validate({**GOOD, **patch})
    assert field in {str(e["loc"][0]) for e in err.value.errors()}


def test_body_cap_default_and_from_context():
    big = {**GOOD, "body": "x" * (256 * 1024 + 1)}
    with pytest.raises(ValidationError, match="over the cap"):
        NewsItem.model_validate(big)
    NewsItem.model_validate({**GOOD, "body": "x" * 5000}, context={"max_body_bytes": 5000})
    with pytest.raises(ValidationError, match="over the cap of 4999"):
        NewsItem.model_validate({**GOOD, "body": "x" * 5000}, context={"max_body_bytes": 4999})


def _claim() -> ClaimEvent:
    return ClaimEvent(
        claim_id="c1",
        item_id="wire-1",
        source="Test Wire",
        published_at=datetime(2025, 2, 1, tzinfo=UTC),
        actor=Actor(name="Testland", code="TL", kind="state"),
        topic="troops",
        figure=Figure(value=500, unit="engineers", text="500"),
        evidence=Evidence(sentence="500 engineers arrived.", start=0, end=22),
    )


def test_alert_requires_the_fact_of_its_kind():
    claim = _claim()
    common = dict(
        alert_id="a1", actor=claim.actor, topic="troops", previous=Previous(), claim=claim,
        item_id=claim.item_id, source=claim.source, published_at=claim.published_at,
        detected_at=claim.published_at, severity="warning",
    )
    Alert(kind="new_figure", figure=claim.figure, **common)
    with pytest.raises(ValidationError, match="needs a location"):
        Alert(kind="new_location", **common)


def test_output_contracts_carry_schema_version_and_refuse_unknown_fields():
    claim = _claim()
    assert json.loads(claim.model_dump_json())["schema_version"] == 1
    with pytest.raises(ValidationError):
        ClaimEvent.model_validate({**claim.model_dump(), "surprise": 1})
    dl = DeadLetter(reason="not_json", detail="x", received_at=datetime.now(UTC), payload="{",
                    payload_encoding="utf-8")
    assert dl.schema_version == 1


def test_every_contract_has_a_schema():
    schemas = json_schemas()
    assert set(schemas) == {"news_item", "claim_event", "alert", "dead_letter"}
    assert "published_at" in schemas["news_item"]["required"]
