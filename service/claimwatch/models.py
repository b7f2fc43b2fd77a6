"""The public contracts: every message claimwatch reads or writes.

These models are the interface other services and analysts program against, so
they change only deliberately: bump ``SCHEMA_VERSION`` and regenerate
``schemas/`` (``claimwatch schemas --out schemas/``); a test fails when the
committed schemas drift from these classes.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

SCHEMA_VERSION = 1

#: Default cap on a NewsItem body, in UTF-8 bytes (DESIGN.md: 256 KiB).
DEFAULT_MAX_BODY_BYTES = 256 * 1024


def _utf8_size(text: str) -> int:
    try:
        return len(text.encode("utf-8"))
    except UnicodeEncodeError as e:
        raise ValueError(f"invalid Unicode (unpaired surrogate) at character {e.start}") from None


class _Strict(BaseModel):
    """Output contracts: unknown fields are a bug on our side, so refuse them."""

    model_config = ConfigDict(extra="forbid", frozen=False)


class NewsItem(BaseModel):
    """One news item as it arrives on ``news.items``.

    Unknown fields are kept (a feed may carry more than we read) but ignored.
    ``published_at`` must carry a UTC offset: a naive time would silently shift
    the alert timeline by the feed's local zone.
    """

    model_config = ConfigDict(extra="allow", str_strip_whitespace=False)

    schema_version: int | None = Field(default=None, description="Optional on input.")
    id: str = Field(min_length=1, max_length=256)
    source: str = Field(min_length=1, max_length=512, description="The outlet that published the item.")
    url: str | None = Field(default=None, max_length=4096)
    published_at: AwareDatetime = Field(description="ISO 8601 with a UTC offset; naive times are rejected.")
    title: str = Field(default="", max_length=4096)
    body: str = Field(description="Plain text; size-capped (default 256 KiB of UTF-8).")
    lang: str = Field(default="en", min_length=2, max_length=16)

    @field_validator("id")
    @classmethod
    def _id_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("id must not be blank")
        return v

    @field_validator("id", "source", "url", "title", "lang")
    @classmethod
    def _valid_unicode(cls, v: str | None) -> str | None:
        # JSON may smuggle in lone surrogates ("\ud800") that no UTF-8 writer can emit later.
        if v is not None:
            _utf8_size(v)
        return v

    @field_validator("body")
    @classmethod
    def _body_capped(cls, v: str, info: ValidationInfo) -> str:
        ctx = info.context or {}
        cap = int(ctx.get("max_body_bytes", DEFAULT_MAX_BODY_BYTES))
        size = _utf8_size(v)
        if size > cap:
            raise ValueError(f"body is {size} bytes, over the cap of {cap} bytes")
        return v


class ActorKind(StrEnum):
    state = "state"
    group = "group"
    nationals = "nationals"


class Actor(_Strict):
    """Whose forces, equipment or losses a claim counts or places."""

    name: str
    code: str = Field(description="ISO 3166 alpha-2 for states, a slug otherwise.")
    kind: ActorKind


class Claimant(_Strict):
    """Who asserts the claim; null on the claim when the item says it in its own voice."""

    name: str
    kind: Literal["person", "agency", "government", "outlet", "group", "other"] = "other"


class Figure(_Strict):
    """A stated number. ``value`` is the first number stated; ``low``/``high`` bound it."""

    value: int
    low: int | None = None
    high: int | None = None
    approx: bool = False
    unit: str = Field(description='The counted noun as written, e.g. "infantrymen".')
    text: str = Field(description="The figure as written.")


class Location(_Strict):
    """A deployment location resolved through the gazetteer."""

    name: str = Field(description="Canonical (GeoNames English) name.")
    country_code: str | None = None
    admin1: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    text: str = Field(description="As written in the item.")


class Evidence(_Strict):
    sentence: str
    start: int = Field(ge=0, description="Offset of the sentence in the item body.")
    end: int = Field(ge=0)


class ClaimEvent(_Strict):
    """One statement that an actor's forces number N and/or are at a place."""

    schema_version: int = SCHEMA_VERSION
    claim_id: str = Field(description="Deterministic hash of item, evidence span and the claim's content.")
    item_id: str
    source: str
    published_at: datetime
    actor: Actor
    claimant: Claimant | None = None
    topic: str = Field(description="troops | equipment | casualties, or a configured topic.")
    figure: Figure | None = None
    location: Location | None = None
    event_date: date | None = None
    denied: bool = False
    hedged: bool = False
    background: bool = False
    duplicate_of: str | None = Field(
        default=None, description="Set when the item is a syndicated near-copy of this earlier item."
    )
    evidence: Evidence


class AlertKind(StrEnum):
    new_figure = "new_figure"
    new_location = "new_location"


class Severity(StrEnum):
    info = "info"
    warning = "warning"
    critical = "critical"


class KnownFigure(_Strict):
    """A figure already known for an (actor, topic) before the alert."""

    value: int
    low: int | None = None
    high: int | None = None
    first_seen: datetime
    source: str
    item_id: str
    corroboration: int = Field(default=1, description="Independent sources that stated it.")


class KnownLocation(_Strict):
    """A location already known for an actor before the alert."""

    location: Location
    first_seen: datetime
    source: str
    item_id: str
    corroboration: int = 1


class Previous(_Strict):
    figures: list[KnownFigure] = Field(default_factory=list)
    locations: list[KnownLocation] = Field(default_factory=list)


class Alert(_Strict):
    """The first appearance of a figure or a deployment location for an actor."""

    schema_version: int = SCHEMA_VERSION
    alert_id: str = Field(description="Deterministic from kind, actor, topic and the new fact.")
    kind: AlertKind
    actor: Actor
    topic: str
    figure: Figure | None = None
    location: Location | None = None
    previous: Previous
    claim: ClaimEvent
    item_id: str
    source: str
    published_at: datetime
    detected_at: datetime
    severity: Severity

    @model_validator(mode="after")
    def _fact_matches_kind(self) -> Alert:
        if self.kind is AlertKind.new_figure and self.figure is None:
            raise ValueError("a new_figure alert needs a figure")
        if self.kind is AlertKind.new_location and self.location is None:
            raise ValueError("a new_location alert needs a location")
        return self


class DeadLetterReason(StrEnum):
    not_utf8 = "not_utf8"
    not_json = "not_json"
    not_object = "not_object"
    invalid_item = "invalid_item"
    too_large = "too_large"
    processing_error = "processing_error"


class DeadLetter(_Strict):
    """A message that could not be processed, kept with its original bytes."""

    schema_version: int = SCHEMA_VERSION
    reason: DeadLetterReason
    detail: str
    received_at: AwareDatetime
    payload: str = Field(description="The original bytes: UTF-8 text, or base64 when not UTF-8.")
    payload_encoding: Literal["utf-8", "base64"]
    key: str | None = None
    source_topic: str | None = None
    partition: int | None = None
    offset: int | None = None


#: Every contract with its schema file name, for ``claimwatch schemas``.
CONTRACTS: dict[str, type[BaseModel]] = {
    "news_item": NewsItem,
    "claim_event": ClaimEvent,
    "alert": Alert,
    "dead_letter": DeadLetter,
}


def json_schemas() -> dict[str, dict[str, Any]]:
    """The JSON Schema of every contract, keyed by file stem."""
    out: dict[str, dict[str, Any]] = {}
    for stem, model in CONTRACTS.items():
        schema = model.model_json_schema(mode="serialization" if model is not NewsItem else "validation")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://claimwatch.dev/schemas/{stem}.v{SCHEMA_VERSION}.schema.json"
        out[stem] = schema
    return out
