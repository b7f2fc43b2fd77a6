"""Fuzzing the NewsItem decoder: every input is a NewsItem or an InvalidInput, nothing else."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimwatch.core.validate import InvalidInput, decode_item
from claimwatch.models import NewsItem

CAP = 4096

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)

item_like = st.fixed_dictionaries(
    {
        "id": st.one_of(st.text(max_size=300), st.integers(), st.none()),
        "source": st.one_of(st.text(max_size=20), st.none()),
        "published_at": st.one_of(
            st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
            st.datetimes().map(lambda d: d.isoformat()),
            st.text(max_size=30),
        ),
        "body": st.one_of(st.text(max_size=CAP + 100), st.integers(), st.lists(st.text(max_size=5), max_size=3)),
    },
    optional={"title": st.text(max_size=50), "lang": st.text(max_size=20), "extra": json_values},
)


def _outcome(raw: bytes) -> NewsItem | InvalidInput:
    try:
        return decode_item(raw, max_body_bytes=CAP)
    except InvalidInput as e:
        return e


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes(raw):
    assert isinstance(_outcome(raw), NewsItem | InvalidInput)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_random_json(value):
    assert isinstance(_outcome(json.dumps(value).encode()), NewsItem | InvalidInput)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item_like)
def test_item_like_objects(obj):
    out = _outcome(json.dumps(obj).encode())
    if isinstance(out, NewsItem):
        out.model_dump_json()  # whatever is accepted can be written again
        assert out.published_at.utcoffset() is not None
        assert len(out.body.encode("utf-8", "surrogatepass")) <= CAP
        assert 1 <= len(out.id) <= 256


def test_pathological_inputs():
    cases = [
        b"[" * 200_000,
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        b"9" * 100_000,
        b'{"id": "x", "source": "s", "published_at": "2025-01-01T00:00:00Z", "body": "' + b"\\ud800" * 10 + b'"}',
        b"\x00" * 1000,
        b" \t\r\n" * 10_000,
        b"x" * (10 * 1024 * 1024),
    ]
    for raw in cases:
        out = _outcome(raw)
        assert isinstance(out, InvalidInput), raw[:60]
        assert out.reason.value in {"not_json", "not_utf8", "too_large", "not_object", "invalid_item"}
