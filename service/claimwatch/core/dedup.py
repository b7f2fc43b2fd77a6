"""Item dedup: exact copies and syndicated near-copies.

A syndicated copy (another outlet running the same wire story with small
edits) must not count as independent corroboration, and an exact re-delivery
must not be processed twice. Near-copies are found with MinHash over word
3-gram shingles and an LSH index (datasketch); on our own measurements,
syndicated pairs share 0.64-0.86 of their 3-grams while unrelated stories on
the same subject share under 0.1, so the default threshold of 0.5 sits well
between the two.

Memory is bounded: entries older than ``window`` (by ``published_at``, relative
to the newest item seen) or beyond ``max_entries`` are evicted oldest first.
Each remembered item costs about 2.4 KB (signature and LSH buckets, see
``_CompactBuckets``), so the defaults (3 days, 30,000 items) cap dedup at
~70 MB; syndicated copies of a wire story appear within hours, rarely days.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from datasketch.storage import UnorderedStorage

from claimwatch.models import NewsItem

#: 64 permutations: the near-copy/unrelated gap (0.64 vs 0.1) is wide enough for their
#: +-0.06 estimate error, and the LSH index costs ~4 KB per remembered item instead of ~8.
NUM_PERM = 64
#: Pinned so fingerprints stored by one version restore under the next.
SCHEME = "affine32"
SHINGLE = 3
_WORD = re.compile(r"\w+")
#: ``bytes.translate`` table for ASCII text: a word character (``\w`` in ASCII: letters, digits, "_") stays,
#: every other byte becomes a space, so ``split()`` gives exactly the words ``re.findall(rb"\w+")`` finds, ~5x
#: faster than the regex (tested).
_NON_WORD_TO_SPACE = bytes(c if c < 128 and (chr(c).isalnum() or c == ord("_")) else ord(" ") for c in range(256))


def normalize(text: str) -> str:
    """Case, accents, punctuation and spacing removed: what 'the same content' means."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_WORD.findall(text.lower()))


def content_hash(item: NewsItem) -> str:
    return _hash(normalize(item.body))


def _hash(normalized: str) -> str:
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE) -> list[bytes]:
    return _shingles(normalize(text), k)


def _shingles(normalized: str, k: int = SHINGLE) -> list[bytes]:
    words = normalized.split()
    if len(words) < k:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)]


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup remembers of an item: small, JSON-able, enough to rebuild the index."""

    content_hash: str
    minhash: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {"content_hash": self.content_hash, "minhash": list(self.minhash)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fingerprint:
        return cls(content_hash=str(data["content_hash"]), minhash=tuple(int(x) for x in data["minhash"]))


#: One MinHash with its permutations, reused: building permutations costs ~0.3 ms each time.
#: crc32 hashes shingles: stable across processes and ~5x cheaper than datasketch's default sha1.
_TEMPLATE = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=zlib.crc32)


_PERM_A: np.ndarray[Any, np.dtype[np.uint32]] = _TEMPLATE.permutations[0].astype(np.uint32)
_PERM_B: np.ndarray[Any, np.dtype[np.uint32]] = _TEMPLATE.permutations[1].astype(np.uint32)
_EMPTY: tuple[int, ...] = tuple(int(x) for x in _TEMPLATE.hashvalues)
# MurmurHash3's 32-bit finalizer, as datasketch's "affine32" scheme pre-mixes each hash.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _shingle_hashes(normalized: str, k: int = SHINGLE) -> list[int]:
    """crc32 of each shingle's UTF-8 bytes, as ``_shingles`` spells them."""
    data = normalized.encode("utf-8")
    return _word_shingle_hashes(data, data.split(b" "), k)


def _word_shingle_hashes(data: bytes, words: list[bytes], k: int = SHINGLE) -> list[int]:
    """crc32 of each run of ``k`` words joined by a space (``data`` is all of ``words`` so joined).

    ``map`` over ``zip`` keeps the per-shingle loop in C: a join and a crc32 per shingle, no Python frame,
    ~20% faster than hashing memoryview slices from a Python loop.
    """
    if len(words) < k:
        return [zlib.crc32(data)] if data else []
    # the shortest tail (word k-1 on) ends the zip: one tuple per shingle
    return list(map(zlib.crc32, map(b" ".join, zip(*(words[i:] for i in range(k)), strict=False))))


def _minhash(hashes: list[int]) -> tuple[int, ...]:
    """Signature of a set of 32-bit shingle hashes: bit for bit what
    ``MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=zlib.crc32).update_batch`` gives
    (fmix, then a*h+b mod 2^32 per permutation, then the minimum), in one numpy pass
    instead of datasketch's per-call checks and copies (same result on every item we compared;
    stored fingerprints must keep restoring, see SCHEME)."""
    if not hashes:
        return _EMPTY
    s1, m1, s2, m2, s3 = _FMIX
    hv = np.array(hashes, dtype=np.uint32)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    # One row per permutation (uint32: the wrap-around is the modulo), reduced along each contiguous row:
    # ~25% faster than one row per shingle reduced down the columns.
    phv = np.multiply.outer(_PERM_A, hv)
    phv += _PERM_B[:, np.newaxis]
    return tuple(phv.min(axis=1).tolist())


def fingerprint(item: NewsItem) -> Fingerprint:
    """``normalize``'s text, hashed whole and by shingles.

    An ASCII body (nearly all of them) is normalised as bytes: for ASCII, the bytes that are no word character
    (``_NON_WORD_TO_SPACE``) split exactly the words ``\\w+`` finds, so the words come out already encoded and
    need no join-encode-split before hashing.
    """
    text = item.body
    if text.isascii():
        words = text.lower().encode("ascii").translate(_NON_WORD_TO_SPACE).split()
        data = b" ".join(words)
    else:
        data = normalize(text).encode("utf-8")
        words = data.split(b" ")
    return Fingerprint(
        content_hash=hashlib.sha256(data).hexdigest(), minhash=_minhash(_word_shingle_hashes(data, words))
    )


def _lean(fp: Fingerprint) -> LeanMinHash:
    return LeanMinHash(seed=_TEMPLATE.seed, hashvalues=np.array(fp.minhash, dtype=np.uint64), scheme=SCHEME)


class _CompactBuckets(UnorderedStorage):  # type: ignore[misc]
    """One LSH band's buckets, for datasketch's ``MinHashLSH``: a bucket of one item holds its id alone.

    datasketch's in-memory storage keeps a ``set`` per bucket (~216 bytes even for one id), and a
    near-copy is rare, so almost every bucket holds one item: with 14 bands that was ~3 KB of each
    remembered item's ~5.5 KB, and dedup's memory is most of a worker's state. Here a bucket is the id
    itself until a second id lands in it. Same answers as the library's storage (tested).
    """

    def __init__(self) -> None:
        self._d: dict[bytes, str | set[str]] = {}

    def keys(self) -> Any:
        return self._d.keys()

    def get(self, key: bytes) -> Any:
        v = self._d.get(key)
        if v is None:
            return ()
        return (v,) if isinstance(v, str) else v

    def insert(self, key: bytes, *vals: str, **kwargs: Any) -> None:
        for val in vals:
            cur = self._d.get(key)
            if cur is None:
                self._d[key] = val
            elif isinstance(cur, str):
                if cur != val:
                    self._d[key] = {cur, val}
            else:
                cur.add(val)

    def remove(self, *keys: bytes, **kwargs: Any) -> None:
        for key in keys:
            self._d.pop(key, None)

    def remove_val(self, key: bytes, val: str, **kwargs: Any) -> None:
        cur = self._d[key]
        if isinstance(cur, str):
            if cur != val:
                raise KeyError(val)
            del self._d[key]  # the library then finds the bucket empty and removes it: already done
        else:
            cur.remove(val)
            if len(cur) == 1:
                self._d[key] = next(iter(cur))

    def size(self) -> int:
        return len(self._d)

    def itemcounts(self, **kwargs: Any) -> dict[bytes, int]:
        return {k: 1 if isinstance(v, str) else len(v) for k, v in self._d.items()}

    def has_key(self, key: bytes) -> bool:
        return key in self._d


@dataclass(frozen=True, slots=True)
class DupVerdict:
    kind: str | None  # "id" | "content" | "near" | None
    of: str | None


@dataclass(slots=True)
class _Entry:
    # The signature is kept once, as a numpy array (1 KB); a tuple of Python ints would be ~5 KB.
    published_at: datetime
    content_hash: str
    values: np.ndarray[Any, np.dtype[np.uint64]]
    seq: int


class Deduper:
    """Remembers recent items' fingerprints and says whether a new item repeats one."""

    def __init__(
        self,
        threshold: float = 0.5,
        window: timedelta = timedelta(days=3),
        max_entries: int = 30_000,
    ) -> None:
        self.threshold = threshold
        self.window = window
        self.max_entries = max_entries
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._by_hash: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._lsh.hashtables = [_CompactBuckets() for _ in range(self._lsh.b)]
        self._newest: datetime | None = None
        self._seq = 0
        #: the fingerprint ``check`` last built a LeanMinHash of, and that LeanMinHash: ``add`` of the same
        #: fingerprint (the pipeline adds what it checked) reuses it (neither changes its hash values)
        self._last_lean: tuple[Fingerprint, LeanMinHash] | None = None

    def __len__(self) -> int:
        return len(self._entries)

    fingerprint_of = staticmethod(fingerprint)

    def check(self, item: NewsItem, fp: Fingerprint) -> DupVerdict:
        """Is this item a repeat? Exact id+content, same content, or a near-copy."""
        known = self._entries.get(item.id)
        if known is not None:
            if known.content_hash == fp.content_hash:
                return DupVerdict("id", item.id)
            return DupVerdict("near", item.id)  # an updated version of the same item
        same = self._by_hash.get(fp.content_hash)
        if same is not None:
            return DupVerdict("content", same)
        if not any(fp.minhash) or not item.body.strip():
            return DupVerdict(None, None)
        lean = _lean(fp)
        self._last_lean = (fp, lean)
        best: tuple[float, int, str] | None = None
        for other_id in self._lsh.query(lean):
            other = self._entries.get(other_id)
            if other is None:
                continue
            sim = float(np.count_nonzero(lean.hashvalues == other.values)) / NUM_PERM
            # Highest similarity wins; on a tie, the earliest item (the original) does.
            if sim >= self.threshold and (best is None or (sim, -other.seq) > (best[0], -best[1])):
                best = (sim, other.seq, other_id)
        return DupVerdict("near", best[2]) if best else DupVerdict(None, None)

    def add(self, item_id: str, published_at: datetime, fp: Fingerprint) -> None:
        """Remember an item (a re-add of a known id refreshes it)."""
        if item_id in self._entries:
            self._remove(item_id)
        last = self._last_lean
        lean = last[1] if last is not None and last[0] is fp else _lean(fp)
        self._last_lean = None
        self._seq += 1
        self._entries[item_id] = _Entry(published_at, fp.content_hash, lean.hashvalues, self._seq)
        self._by_hash.setdefault(fp.content_hash, item_id)
        if any(fp.minhash):
            self._lsh.insert(item_id, lean)
        if self._newest is None or published_at > self._newest:
            self._newest = published_at
        self._evict()

    def _remove(self, item_id: str) -> None:
        entry = self._entries.pop(item_id)
        if self._by_hash.get(entry.content_hash) == item_id:
            del self._by_hash[entry.content_hash]
        if item_id in self._lsh:
            self._lsh.remove(item_id)

    def _evict(self) -> None:
        while len(self._entries) > self.max_entries:
            self._remove(next(iter(self._entries)))
        if self._newest is None:
            return
        horizon = self._newest - self.window
        # Entries arrive roughly in published order; stop at the first recent one.
        while self._entries:
            first_id = next(iter(self._entries))
            if self._entries[first_id].published_at >= horizon:
                break
            self._remove(first_id)

    def snapshot(self) -> bytes:
        rows = [
            [k, e.published_at.isoformat(), {"content_hash": e.content_hash, "minhash": e.values.tolist()}]
            for k, e in self._entries.items()
        ]
        meta = {"threshold": self.threshold, "window_s": self.window.total_seconds(), "max": self.max_entries}
        return zlib.compress(json.dumps({"v": 1, "meta": meta, "entries": rows}).encode("utf-8"))

    @classmethod
    def restore(cls, data: bytes) -> Deduper:
        doc = json.loads(zlib.decompress(data))
        meta = doc["meta"]
        d = cls(threshold=meta["threshold"], window=timedelta(seconds=meta["window_s"]), max_entries=meta["max"])
        for item_id, ts, fp in doc["entries"]:
            d.add(item_id, datetime.fromisoformat(ts), Fingerprint.from_json(fp))
        return d
