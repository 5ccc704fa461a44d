"""Dedupe library: hashes equal imagehash, the search equals brute force, and the sample's planted
duplicates are found without merging its distinct photos."""

from __future__ import annotations

import io
import json
import sys
from itertools import combinations
from pathlib import Path

import imagehash
import numpy as np
import polars as pl
import pytest
from PIL import Image

from trustbench.sanitize import _hamming_search as hs
from trustbench.sanitize import dedupe as dd

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads((SAMPLE / "truth.json").read_text())


@pytest.fixture(scope="module")
def sample() -> pl.DataFrame:
    return pl.read_parquet(SAMPLE / "sample.parquet")


def _decodable(sample: pl.DataFrame, truth: dict) -> pl.DataFrame:
    return sample.filter(~pl.col("key").is_in(list(truth["corrupt"])))


def _clusters_of(ids: list[str], pairs: pl.DataFrame) -> dict[str, int]:
    measure = "similarity" if "similarity" in pairs.columns else "distance"
    rows = dd.cluster_duplicates(ids, pairs, measure=measure)
    return dict(zip(rows["id"].to_list(), rows["cluster"].to_list(), strict=True))


def _brute(h: np.ndarray, d: int) -> set[tuple[int, int]]:
    words = hs.as_words(h)
    dist = np.bitwise_count(words[:, None, :] ^ words[None, :, :]).sum(axis=2)
    i, j = np.nonzero(np.triu(dist <= d, k=1))
    return set(zip(i.tolist(), j.tolist(), strict=True))


def _random_hashes(n: int, words: int, d: int, seed: int) -> np.ndarray:
    """Random hashes plus planted copies at distances 0..d+2 and some exact repeats."""
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 2**64 - 1, (n, words), dtype=np.uint64, endpoint=True)
    src = rng.integers(0, n, n // 2)
    copies = base[src].copy()
    for row, flips in zip(copies, rng.integers(0, d + 3, len(src)), strict=True):
        for bit in rng.choice(64 * words, flips, replace=False):
            row[bit // 64] ^= np.uint64(1) << np.uint64(bit % 64)
    repeats = base[rng.integers(0, n, n // 20)]
    out = np.concatenate([base, copies, repeats])
    return out[:, 0] if words == 1 else out


# -- hashing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "size"), [("phash", 8), ("dhash", 8), ("whash", 8), ("colorhash", 3), ("phash", 16)]
)
def test_hashes_are_bit_identical_to_imagehash(sample, truth, method, size):
    images = _decodable(sample, truth)["jpg"].to_list()[:40]
    pngs = []
    for data in images[:10]:
        buf = io.BytesIO()
        Image.open(io.BytesIO(data)).save(buf, "PNG")
        pngs.append(buf.getvalue())
    func = getattr(imagehash, method)
    nbits = size * size if method != "colorhash" else 14 * size
    # full decode: exactly imagehash on the same file
    want = [str(func(Image.open(io.BytesIO(b)), size)) for b in images + pngs]
    got = dd.to_hex(dd.hash_images(images + pngs, method, size, fast=False).hashes, nbits)
    assert got == want
    # fast path: PNGs are not drafted, so they stay identical
    fast = dd.to_hex(dd.hash_images(pngs, method, size).hashes, nbits)
    assert fast == want[len(images) :]


def test_fast_path_on_the_sample(sample, truth):
    # images with a short side under 256 px are not drafted (identical to a full decode); the
    # few larger ones move by at most 2 bits
    rows = _decodable(sample, truth)
    images = rows["jpg"].to_list()
    diff = np.bitwise_count(
        dd.hash_images(images).hashes ^ dd.hash_images(images, fast=False).hashes
    )
    small = (rows["width"] < 256) | (rows["height"] < 256)
    assert (diff[small.to_numpy()] == 0).all() and small.sum() > 200
    assert diff.max() <= 2


def test_fast_path_drafts_large_jpegs_and_stays_close():
    from sklearn.datasets import load_sample_images

    from trustbench.sanitize._imagehash import _draft_size

    assert _draft_size("phash", 8, (640, 427)) == (64, 64)  # decoded at 1/4: 160x107
    assert _draft_size("phash", 8, (288, 216)) is None
    jpegs = []
    for array in load_sample_images().images:
        for size in ((640, 427), (500, 375), (1024, 683)):
            buf = io.BytesIO()
            Image.fromarray(array).resize(size).save(buf, "JPEG", quality=90)
            jpegs.append(buf.getvalue())
    full = dd.hash_images(jpegs, fast=False).hashes
    fast = dd.hash_images(jpegs).hashes
    assert np.bitwise_count(full ^ fast).max() <= 6  # far below the default threshold of 10


def test_undecodable_images_are_reported_not_raised(sample, truth):
    corrupt = sample.filter(pl.col("key").is_in(list(truth["corrupt"])))
    res = dd.hash_images(corrupt["jpg"].to_list() + [b"not an image", None])
    assert all(e is not None for e in res.errors)
    assert not res.ok.any()
    keys, errors = dd.exact_keys([b"not an image", None], on="pixels")
    assert keys == [None, None] and all(errors)


def test_hash_paths_do_not_import_torch():
    import subprocess

    code = (
        "import sys, trustbench.sanitize as s; from trustbench.sanitize import dedupe;"
        "import numpy as np; dedupe.find_near_duplicates(np.arange(5, dtype=np.uint64), 2);"
        "print('torch' in sys.modules, 'transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


# -- search -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("d", "words"), [(0, 1), (3, 1), (6, 1), (10, 1), (12, 4)])
def test_multi_index_search_equals_brute_force(d, words):
    h = _random_hashes(1500, words, d, seed=d)
    uniq = np.unique(hs.as_words(h), axis=0)
    a, b, dist = hs.radius_pairs(uniq, d, force="mih")
    assert set(zip(a.tolist(), b.tolist(), strict=True)) == _brute(uniq, d)
    assert (dist <= d).all()
    # the planner's choice (which may be brute force at this size) gives the same pairs
    a2, b2, _ = hs.radius_pairs(uniq, d)
    assert set(zip(a2.tolist(), b2.tolist(), strict=True)) == _brute(uniq, d)


def test_find_near_duplicates_all_pairs_equals_brute_force():
    h = _random_hashes(2000, 1, 10, seed=7)
    pairs = dd.find_near_duplicates(h, 10, all_pairs=True)
    got = set(zip(pairs["i"].to_list(), pairs["j"].to_list(), strict=True))
    assert got == _brute(h, 10)
    assert len(got) > 1000  # the planted copies are there
    # the default (star-linked copies) gives the same clusters
    star = dd.find_near_duplicates(h, 10)
    ids = [str(i) for i in range(len(h))]
    lab_all, lab_star = _clusters_of(ids, pairs), _clusters_of(ids, star)
    assert set(lab_all) == set(lab_star)
    for x, y in combinations(sorted(lab_all, key=int)[:300], 2):
        assert (lab_all[x] == lab_all[y]) == (lab_star[x] == lab_star[y])


def test_cross_search_equals_brute_force():
    index = _random_hashes(1500, 1, 8, seed=3)
    queries = index[:400] ^ np.uint64(0b10110)  # 3 bits away from their source
    a, b, _ = hs.radius_pairs(index, 8, queries=queries, force="mih")
    dist = np.bitwise_count(queries[:, None] ^ index[None, :])
    want = set(zip(*[x.tolist() for x in np.nonzero(dist <= 8)], strict=True))
    assert set(zip(a.tolist(), b.tolist(), strict=True)) == want


def test_worker_processes_give_the_same_pairs(monkeypatch):
    h = np.unique(_random_hashes(3000, 1, 10, seed=11))
    serial = hs.radius_pairs(h, 10, force="mih", workers=1)
    monkeypatch.setattr(hs, "_PARALLEL_COST", 0.0)
    parallel = hs.radius_pairs(h, 10, force="mih", workers=2)
    assert set(zip(*[x.tolist() for x in serial[:2]], strict=True)) == set(
        zip(*[x.tolist() for x in parallel[:2]], strict=True)
    )


def test_a_bucket_of_identical_hashes_stays_linear():
    rng = np.random.default_rng(0)
    h = np.concatenate([np.zeros(20_000, np.uint64), rng.integers(1, 2**63, 1000, np.uint64)])
    pairs = dd.find_near_duplicates(h, 10)
    blank = pairs.filter(pl.col("i") == 0)
    assert len(blank) == 19_999  # every copy linked to the first, not 2e8 pairs


# -- the sample's planted duplicates ------------------------------------------------------------


def test_sample_near_duplicates_found_without_false_merges(sample, truth):
    rows = _decodable(sample, truth)
    ids = rows["key"].to_list()
    res = dd.hash_images(rows["jpg"].to_list(), include_flips=True)
    assert res.ok.all()

    plain = _clusters_of(ids, dd.find_near_duplicates(res.hashes))
    flips = _clusters_of(ids, dd.find_near_duplicates(res.hashes, flipped=res.flipped))

    def found(lab: dict[str, int], g: dict) -> bool:
        return g["original"] in lab and lab[g["original"]] == lab.get(g["copy"])

    groups = truth["near_groups"]
    # truth: every copy within distance 10 of its original, except mirrored copies (~30 bits)
    assert [g["transform"] for g in groups if not found(plain, g)] == ["hflip"] * sum(
        g["transform"] == "hflip" for g in groups
    )
    assert all(found(flips, g) for g in groups)  # include_flips finds all 40
    # no two distinct originals in one cluster, with or without flips
    distinct = set(truth["distinct_keys"])
    for lab in (plain, flips):
        members = [lab[k] for k in distinct if k in lab]
        assert len(members) == len(set(members))


def test_sample_exact_and_pixel_groups(sample, truth):
    rows = sample.filter(pl.col("jpg").is_not_null())
    ids = rows["key"].to_list()
    images = rows["jpg"].to_list()
    by_bytes = _clusters_of(ids, dd.find_exact_duplicates(dd.exact_keys(images, "bytes")[0]))
    by_pixels = _clusters_of(ids, dd.find_exact_duplicates(dd.exact_keys(images, "pixels")[0]))
    for group in truth["exact_groups"]:
        assert len({by_bytes.get(k) for k in group}) == 1 and group[0] in by_bytes
    for group in truth["pixel_groups"]:
        keys = group["keys"]
        assert len({by_pixels.get(k) for k in keys}) == 1 and keys[0] in by_pixels
        assert len({by_bytes.get(k, k) for k in keys}) == len(keys)  # bytes differ
    # bytes clusters are exactly the planted groups
    planted = {frozenset(g) for g in truth["exact_groups"]}
    clusters: dict[int, set[str]] = {}
    for k, c in by_bytes.items():
        clusters.setdefault(c, set()).add(k)
    assert {frozenset(c) for c in clusters.values()} == planted


def test_sample_caption_duplicates(sample, truth):
    ids = sample["key"].to_list()
    pairs = dd.find_caption_duplicates(sample["caption"].to_list(), 0.7)
    lab = _clusters_of(ids, pairs)
    for g in truth["caption_groups"]:
        assert lab.get(g["original"]) is not None and lab[g["original"]] == lab.get(g["copy"]), g
    allowed = {frozenset((g["original"], g["copy"])) for g in truth["caption_groups"]}
    for group in truth["exact_groups_same_caption"]:
        allowed |= {frozenset(p) for p in combinations(group, 2)}
    for i, j in pairs.select("i", "j").iter_rows():
        assert frozenset((ids[i], ids[j])) in allowed, (ids[i], ids[j])
    assert dd.caption_key("A Cat, sitting!") == dd.caption_key("a cat   sitting")


# -- clusters, keep policy, reference -----------------------------------------------------------


def test_keep_policies_choose_the_right_member():
    ids = ["a", "b", "c", "d"]
    pairs = pl.DataFrame({"i": [0, 1], "j": [1, 2], "distance": [2.0, 4.0]})
    first = dd.cluster_duplicates(ids, pairs)
    assert set(first["kept_id"]) == {"a"}
    sizes = np.array([[10, 10], [40, 30], [20, 20], [5, 5]])
    res = dd.cluster_duplicates(ids, pairs, dd.keep_score("resolution", n=4, sizes=sizes))
    assert set(res["kept_id"]) == {"b"}
    assert dict(zip(res["id"], res["distance"], strict=True)) == {"a": 2.0, "b": None, "c": 4.0}
    texts = ["x", "xx", "a much longer caption", None]
    res = dd.cluster_duplicates(ids, pairs, dd.keep_score("longest_caption", n=4, texts=texts))
    assert set(res["kept_id"]) == {"c"}
    res = dd.cluster_duplicates(ids, pairs, dd.keep_score("column:q", n=4, column=[1, None, 0, 9]))
    assert set(res["kept_id"]) == {"a"}
    table = dd.summarize_clusters(res)
    assert table.row(0, named=True)["members"] == ["a", "b", "c"] and table["size"][0] == 3
    assert "d" not in res["id"].to_list()


def test_reference_matches_do_not_dedupe_the_reference(sample, truth):
    rows = _decodable(sample, truth)
    pos = {k: i for i, k in enumerate(rows["key"].to_list())}
    originals = [g["original"] for g in truth["near_groups"] if g["transform"] != "hflip"]
    copies = [g["copy"] for g in truth["near_groups"] if g["transform"] != "hflip"]
    images = rows["jpg"].to_list()
    ref = dd.hash_images([images[pos[k]] for k in originals] * 2).hashes  # reference has dups
    others = [k for k in truth["distinct_keys"] if k not in originals][:20]
    build = dd.hash_images([images[pos[k]] for k in copies + others])
    found = dd.find_reference_matches(build.hashes, ref)
    # every copy matches its original (one match per build row); no distinct photo matches
    assert found["i"].to_list() == list(range(len(copies)))
    matched = {
        copies[i]: originals[r % len(originals)] for i, r in found.select("i", "ref").iter_rows()
    }
    assert matched == dict(zip(copies, originals, strict=True))
