"""Find duplicate images and captions, within a corpus or against a reference set.

Four kinds of signature, one flow: signatures -> pairs -> clusters -> keep one per cluster.

* exact: :func:`exact_keys` (encoded bytes, or decoded pixels: equal for a lossless re-encode)
  and :func:`caption_key` (normalised caption);
* perceptual: :func:`hash_images` (pHash/dHash/wHash/colorhash, bit-identical to ``imagehash``,
  fast reduced-size JPEG decoding) and :func:`find_near_duplicates` (exact Hamming-radius search,
  sub-quadratic multi-index hashing, equal to brute force);
* caption near-duplicates: :func:`find_caption_duplicates` (MinHash LSH, exact Jaccard check);
* semantic: :func:`embed_images` + :func:`find_semantic_duplicates` (SemDeDup: k-means, then
  cosine within clusters; needs torch + transformers and a CLIP checkpoint).

:func:`cluster_duplicates` turns pairs into clusters with a keep policy, and
:func:`summarize_clusters` into the per-cluster table of a report. Nothing here imports torch
unless the semantic functions are called.

>>> res = hash_images(jpeg_bytes_list)                       # uint64 pHashes + errors
>>> pairs = find_near_duplicates(res.hashes, max_distance=10)
>>> rows = cluster_duplicates(ids, pairs)                     # id, cluster, kept_id, keep, distance
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import polars as pl

from trustbench.sanitize._dedupe_cluster import (
    KEEP_POLICIES,
    cluster_table,
    components,
    keep_score,
    kept_rows,
    pair_distance,
)
from trustbench.sanitize._hamming_search import as_words, radius_pairs
from trustbench.sanitize._imagehash import (
    EXACT_METHODS,
    PERCEPTUAL_METHODS,
    HashResult,
    exact_keys,
    hash_images,
    to_hex,
)
from trustbench.sanitize._minhash import caption_key, normalize_caption
from trustbench.sanitize._semantic import embed_images, find_semantic_duplicates, load_embedder

__all__ = [
    "EXACT_METHODS",
    "KEEP_POLICIES",
    "PERCEPTUAL_METHODS",
    "DEFAULT_MAX_DISTANCE",
    "HashResult",
    "caption_key",
    "cluster_duplicates",
    "embed_images",
    "exact_keys",
    "find_caption_duplicates",
    "find_exact_duplicates",
    "find_near_duplicates",
    "find_reference_matches",
    "find_semantic_duplicates",
    "hash_images",
    "keep_score",
    "load_embedder",
    "normalize_caption",
    "summarize_clusters",
    "to_hex",
]

# Largest pHash distance (of 64 bits) still called a near-duplicate. On the bundled sample the
# planted copies (resize, JPEG q12-29, crops of up to 15%, brightness/saturation) are within 10 and
# the closest distinct images 18 apart (pHash distances of 64-bit hashes are even).
DEFAULT_MAX_DISTANCE = 10

_PAIR_SCHEMA = {"i": pl.Int64, "j": pl.Int64, "distance": pl.Float64}


def _pairs(i: np.ndarray, j: np.ndarray, d: np.ndarray) -> pl.DataFrame:
    a, b = np.minimum(i, j), np.maximum(i, j)
    frame = pl.DataFrame({"i": a, "j": b, "distance": np.asarray(d, dtype=np.float64)})
    frame = frame.cast(_PAIR_SCHEMA)  # type: ignore[arg-type]
    return frame.group_by("i", "j").agg(pl.col("distance").min()).sort("i", "j")


def _empty_pairs() -> pl.DataFrame:
    return pl.DataFrame(schema=_PAIR_SCHEMA)


def find_exact_duplicates(keys: Sequence[str | None] | pl.Series) -> pl.DataFrame:
    """Pairs ``(i, j, distance=0)`` linking every row to the first row with the same key
    (nulls never match). The clique is implied; clusters are the same.

    >>> find_exact_duplicates(exact_keys(images, on="pixels")[0])
    """
    key = keys.alias("key") if isinstance(keys, pl.Series) else pl.Series("key", list(keys))
    frame = pl.DataFrame({"key": key, "row": np.arange(len(key), dtype=np.int64)})
    frame = frame.filter(pl.col("key").is_not_null())
    first = frame.group_by("key").agg(pl.col("row").min().alias("first"))
    linked = frame.join(first, on="key").filter(pl.col("row") != pl.col("first"))
    if not len(linked):
        return _empty_pairs()
    return _pairs(linked["first"].to_numpy(), linked["row"].to_numpy(), np.zeros(len(linked)))


def _unique_rows(words: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unique hash rows, the first row of each, and the unique index of every row."""
    if words.shape[1] == 1:
        uniq, first, inverse = np.unique(words[:, 0], return_index=True, return_inverse=True)
        return uniq[:, None], first, inverse
    uniq, first, inverse = np.unique(words, axis=0, return_index=True, return_inverse=True)
    return uniq, first, inverse.reshape(-1)


def find_near_duplicates(
    hashes: np.ndarray,
    max_distance: int = DEFAULT_MAX_DISTANCE,
    *,
    flipped: np.ndarray | None = None,
    valid: np.ndarray | None = None,
    all_pairs: bool = False,
) -> pl.DataFrame:
    """Pairs of rows whose hashes differ in at most ``max_distance`` bits: ``i < j``, ``distance``.

    Equal hashes are grouped first and each copy is linked to the group's first row (a bucket of
    10,000 blank images stays linear); ``all_pairs=True`` lists every pair instead, exactly what
    brute force finds. ``flipped`` (hashes of the mirrored images, from ``hash_images(...,
    include_flips=True)``) also links an image to the mirror image of another. ``valid`` masks
    out rows (e.g. undecodable images).

    >>> pairs = find_near_duplicates(hash_images(images).hashes, max_distance=10)
    """
    words = as_words(hashes)
    n = len(words)
    rows = np.arange(n) if valid is None else np.flatnonzero(valid)
    if not len(rows):
        return _empty_pairs()
    uniq, first, inverse = _unique_rows(words[rows])
    first_row = rows[first]
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []

    # 1. copies with equal hashes
    if all_pairs:
        groups = pl.DataFrame({"g": inverse, "row": rows}).group_by("g").agg("row")
        for members in groups["row"].to_list():
            if len(members) > 1:
                m = np.asarray(members)
                a, b = np.triu_indices(len(m), k=1)
                parts.append((m[a], m[b], np.zeros(len(a))))
    else:
        dup = first_row[inverse] != rows
        parts.append((first_row[inverse][dup], rows[dup], np.zeros(int(dup.sum()))))

    # 2. distinct hashes within the radius
    ua, ub, dist = radius_pairs(uniq, max_distance)
    if all_pairs and len(ua):
        members = pl.DataFrame({"g": inverse, "row": rows}).group_by("g").agg("row")
        by_group = dict(zip(members["g"].to_list(), members["row"].to_list(), strict=True))
        for x, y, d in zip(ua.tolist(), ub.tolist(), dist.tolist(), strict=True):
            gx, gy = np.asarray(by_group[x]), np.asarray(by_group[y])
            a, b = np.meshgrid(gx, gy, indexing="ij")
            parts.append((a.ravel(), b.ravel(), np.full(a.size, d)))
    else:
        parts.append((first_row[ua], first_row[ub], dist))

    # 3. an image against the mirror image of another
    if flipped is not None:
        fwords = as_words(flipped)[rows]
        q, u, d = radius_pairs(uniq, max_distance, queries=fwords)
        other = inverse[q] != u
        parts.append((rows[q][other], first_row[u][other], d[other]))

    i = np.concatenate([p[0] for p in parts]).astype(np.int64)
    j = np.concatenate([p[1] for p in parts]).astype(np.int64)
    d = np.concatenate([p[2] for p in parts])
    if not len(i):
        return _empty_pairs()
    return _pairs(i, j, d)


def find_reference_matches(
    hashes: np.ndarray,
    reference: np.ndarray,
    max_distance: int = DEFAULT_MAX_DISTANCE,
    *,
    flipped: np.ndarray | None = None,
    valid: np.ndarray | None = None,
) -> pl.DataFrame:
    """For each row with a reference hash within ``max_distance`` bits: ``i``, the closest
    reference row ``ref`` and ``distance``. The reference is not deduplicated against itself.

    >>> find_reference_matches(build.hashes, laion_shard.hashes, max_distance=10)
    """
    words = as_words(hashes)
    rows = np.arange(len(words)) if valid is None else np.flatnonzero(valid)
    ref = as_words(reference)
    schema = {"i": pl.Int64, "ref": pl.Int64, "distance": pl.Float64}
    if not len(rows) or not len(ref):
        return pl.DataFrame(schema=schema)
    queries = [words[rows]] + ([as_words(flipped)[rows]] if flipped is not None else [])
    frames = []
    for q in queries:
        qi, ri, d = radius_pairs(ref, max_distance, queries=q)
        frames.append(pl.DataFrame({"i": rows[qi], "ref": ri, "distance": d}).cast(schema))
    found = pl.concat(frames)
    return found.sort("distance", "ref").group_by("i").first().sort("i").cast(schema)


def find_caption_duplicates(
    texts: Sequence[str | None],
    threshold: float = 0.7,
    *,
    num_perm: int = 128,
    ngram: int = 1,
    seed: int = 1,
) -> pl.DataFrame:
    """Caption pairs with a word-shingle Jaccard similarity >= ``threshold``: ``i``, ``j``,
    ``similarity``. Captions equal after :func:`normalize_caption` are grouped first; the others
    meet through MinHash LSH bands (tuned for ``threshold - 0.2``, so that recall stays near 1)
    and every candidate is verified with the exact Jaccard similarity.

    >>> find_caption_duplicates(["A cat, sitting", "a cat sitting", "a dog"])["similarity"]
    [1.0]
    """
    from trustbench.sanitize import _minhash as mh

    schema = {"i": pl.Int64, "j": pl.Int64, "similarity": pl.Float64}
    norms = [normalize_caption(t) for t in texts]
    exact = find_exact_duplicates(norms)
    frames = [
        exact.rename({"distance": "similarity"}).with_columns(pl.lit(1.0).alias("similarity"))
    ]
    frame = pl.DataFrame({"norm": norms, "row": np.arange(len(norms), dtype=np.int64)})
    firsts = frame.filter(pl.col("norm").is_not_null()).group_by("norm").agg(pl.col("row").min())
    firsts = firsts.sort("row")
    if len(firsts) > 1:
        uniq = firsts["norm"].to_list()
        rows = firsts["row"].to_numpy()
        sigs = mh.signatures(uniq, num_perm=num_perm, ngram=ngram, seed=seed)
        bands, per = mh.lsh_params(max(0.1, threshold - 0.2), num_perm)
        cand = mh.candidate_pairs(sigs, bands, per)
        sets = {}
        keep_i, keep_j, sims = [], [], []
        for a, b in cand.tolist():
            sa = sets.setdefault(a, mh.shingles(uniq[a], ngram))
            sb = sets.setdefault(b, mh.shingles(uniq[b], ngram))
            sim = mh.jaccard(sa, sb)
            if sim >= threshold:
                keep_i.append(rows[a])
                keep_j.append(rows[b])
                sims.append(sim)
        if keep_i:
            frames.append(pl.DataFrame({"i": keep_i, "j": keep_j, "similarity": sims}))
    out = pl.concat([f.cast(schema) for f in frames])  # type: ignore[arg-type]
    out = out.with_columns(
        pl.min_horizontal("i", "j").alias("i"), pl.max_horizontal("i", "j").alias("j")
    )
    return out.group_by("i", "j").agg(pl.col("similarity").max()).sort("i", "j")


def cluster_duplicates(
    ids: Sequence[str],
    pairs: pl.DataFrame,
    score: np.ndarray | None = None,
    *,
    measure: str = "distance",
) -> pl.DataFrame:
    """Clusters of duplicates (connected components of ``pairs``) and which row each keeps.

    ``score`` is one number per row, the highest is kept (ties: the first row); build it with
    :func:`keep_score`. ``measure`` is the pair column reported (``distance`` or ``similarity``).
    Returns one row per member of a cluster of two or more: ``row``, ``id``, ``cluster``,
    ``kept_id``, ``keep`` and ``distance`` (its pair value to the kept row or, if the two only
    connect through other members, its closest pair value).

    >>> cluster_duplicates(["a", "b", "c"], find_near_duplicates(h))
    """
    n = len(ids)
    a = pairs["i"].to_numpy().astype(np.int64)
    b = pairs["j"].to_numpy().astype(np.int64)
    labels = components(n, a, b)
    score = np.zeros(n) if score is None else np.asarray(score, dtype=np.float64)
    kept = kept_rows(labels, score)
    value = pairs[measure].to_numpy().astype(np.float64)
    if measure == "similarity":  # report the best (highest) similarity: negate for the min
        dist = -pair_distance(n, a, b, -value, kept)
    else:
        dist = pair_distance(n, a, b, value, kept)
    sizes = np.bincount(labels, minlength=n)
    member = sizes[labels] > 1
    rows = np.flatnonzero(member)
    # number clusters 0.. by their first row
    _, cluster = np.unique(labels[rows], return_inverse=True)
    return pl.DataFrame(
        {
            "row": rows.astype(np.int64),
            "id": [ids[r] for r in rows],
            "cluster": cluster.astype(np.int64),
            "kept_id": [ids[kept[r]] for r in rows],
            "keep": kept[rows] == rows,
            "distance": np.where(kept[rows] == rows, np.nan, dist[rows]),
        }
    ).with_columns(pl.col("distance").fill_nan(None))


def summarize_clusters(assignments: pl.DataFrame) -> pl.DataFrame:
    """Per cluster (largest first): ``cluster_id``, ``kept_id``, ``members``, ``distances``
    (to the kept member, null for it), ``size`` — the ``clusters.parquet`` of a report."""
    if not len(assignments):
        return pl.DataFrame(
            schema={
                "cluster_id": pl.Int64,
                "kept_id": pl.String,
                "members": pl.List(pl.String),
                "distances": pl.List(pl.Float64),
                "size": pl.UInt32,
            }
        )
    a = assignments
    labels = a["cluster"].to_numpy()
    ids = a["id"].to_list()
    pos = {i: k for k, i in enumerate(ids)}
    kept = np.array([pos[k] for k in a["kept_id"].to_list()])
    dist = a["distance"].fill_null(np.nan).to_numpy()
    return cluster_table(ids, labels, kept, dist)
