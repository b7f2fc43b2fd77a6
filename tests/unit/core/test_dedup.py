"""Exact and near-duplicate items, bounded memory, snapshot round trip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from claimwatch.core.dedup import Deduper, fingerprint
from claimwatch.models import NewsItem

STORY = (
    "Officials in the coastal province said on Monday that roughly 2,400 marines had come ashore near the "
    "harbour town over the weekend, the largest landing exercise in a decade. The defence ministry said the "
    "drill would run for two weeks and involve helicopters, landing craft and a field hospital. Residents "
    "reported convoys of trucks on the main highway through the night. Opposition lawmakers asked why the "
    "exercise had not been announced in advance, and the ministry replied that the schedule had been published "
    "in the official gazette a month ago. Analysts said the drill was meant as a signal to neighbouring states."
)
EDITED = STORY.replace("on Monday", "late on Monday").replace("Residents reported", "Local residents said they saw")
OTHER = (
    "The central bank kept its main interest rate unchanged on Thursday, citing stubborn food prices and a weak "
    "currency. The governor said further cuts would depend on the harvest and on fuel subsidies agreed with "
    "lenders. Markets had expected the decision; the currency barely moved after the announcement."
)


def item(i: str, body: str, day: int = 1) -> NewsItem:
    return NewsItem(id=i, source="Wire", published_at=datetime(2025, 6, day, tzinfo=UTC), title="t", body=body)


def seen(d: Deduper, it: NewsItem):
    fp = fingerprint(it)
    verdict = d.check(it, fp)
    d.add(it.id, it.published_at, fp)
    return verdict.kind, verdict.of


def test_exact_id_content_and_near_copies():
    d = Deduper()
    assert seen(d, item("a", STORY)) == (None, None)
    assert seen(d, item("a", STORY)) == ("id", "a")
    assert seen(d, item("b", STORY.upper() + "  ")) == ("content", "a")
    assert seen(d, item("c", EDITED)) == ("near", "a")
    assert seen(d, item("d", OTHER)) == (None, None)


def test_same_id_with_new_content_is_an_update_not_dropped():
    d = Deduper()
    seen(d, item("a", STORY))
    assert seen(d, item("a", OTHER)) == ("near", "a")


def test_old_entries_are_evicted_by_window_and_size():
    d = Deduper(window=timedelta(days=3), max_entries=100)
    seen(d, item("old", STORY, day=1))
    seen(d, item("new", OTHER, day=10))
    assert len(d) == 1
    assert seen(d, item("again", STORY, day=10)) == (None, None)
    small = Deduper(max_entries=2)
    for n in range(5):
        seen(small, item(f"i{n}", f"{OTHER} number {n} " * (n + 1), day=1))
    assert len(small) == 2


def test_snapshot_round_trip_keeps_verdicts():
    d = Deduper()
    seen(d, item("a", STORY))
    restored = Deduper.restore(d.snapshot())
    assert seen(restored, item("c", EDITED)) == ("near", "a")
    assert seen(restored, item("a", STORY)) == ("id", "a")


def test_empty_body_is_never_a_near_copy():
    d = Deduper()
    assert seen(d, item("e1", "   ")) == (None, None)
    assert seen(d, item("e2", " ")) == ("content", "e1")


def test_compact_buckets_answer_as_the_library_storage_does():
    """The LSH index over our buckets finds the same candidates as datasketch's own storage, through inserts
    that share buckets (near-copies) and removals that empty them."""
    import random

    import numpy as np
    from datasketch import LeanMinHash, MinHashLSH

    from claimwatch.core.dedup import NUM_PERM, SCHEME, _CompactBuckets

    rng = random.Random(5)
    ours = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)
    ours.hashtables = [_CompactBuckets() for _ in range(ours.b)]
    theirs = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)
    sigs: dict[str, np.ndarray] = {}
    for i in range(400):
        if sigs and rng.random() < 0.4:  # a near-copy: most values of an earlier signature kept
            base = sigs[rng.choice(list(sigs))].copy()
            for j in rng.sample(range(NUM_PERM), rng.randint(0, 20)):
                base[j] = rng.getrandbits(32)
            sig = base
        else:
            sig = np.array([rng.getrandbits(32) for _ in range(NUM_PERM)], dtype=np.uint64)
        key = f"k{i}"
        sigs[key] = sig
        lean = LeanMinHash(seed=1, hashvalues=sig, scheme=SCHEME)
        ours.insert(key, lean)
        theirs.insert(key, lean)
        if rng.random() < 0.3:
            gone = rng.choice(list(sigs))
            ours.remove(gone)
            theirs.remove(gone)
            del sigs[gone]
    shared = 0
    for sig in sigs.values():
        lean = LeanMinHash(seed=1, hashvalues=sig, scheme=SCHEME)
        got = sorted(ours.query(lean))
        assert got == sorted(theirs.query(lean))
        shared += len(got) > 1
    assert shared > 20  # the sequence did put several ids in one bucket
    assert [t.size() for t in ours.hashtables] == [t.size() for t in theirs.hashtables]


def test_fingerprint_is_datasketchs_minhash_of_the_regex_words():
    """The fast paths (words split by a translate table, one numpy pass for the signature) give bit for bit
    what the plain definition gives: ``\\w+`` words of the lower-cased text, crc32 of each word 3-gram, and
    datasketch's own ``MinHash.update_batch`` over them; ASCII and non-ASCII bodies, punctuation and "_"."""
    import hashlib
    import re
    import zlib

    from datasketch import MinHash

    from claimwatch.core.dedup import NUM_PERM, SCHEME, normalize

    bodies = [STORY, EDITED, OTHER, "snake_case, tabs\tand\nnew-lines; 1,200 (approx.) x2 -- end!", "Kraków's Ålesund"]
    for body in bodies:
        fp = fingerprint(item("x", body))
        words = re.findall(r"\w+", normalize(body))
        assert fp.content_hash == hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()
        ref = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=zlib.crc32)
        ref.update_batch([" ".join(words[i : i + 3]).encode("utf-8") for i in range(len(words) - 2)])
        assert fp.minhash == tuple(int(x) for x in ref.hashvalues)
