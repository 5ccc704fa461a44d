"""Duplicate clusters from pairs (connected components = union-find) and the keep policy."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import polars as pl

KEEP_POLICIES = ("first", "resolution", "longest_caption")


def components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Component label per row (rows with no pair are their own component)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if not len(a):
        return np.arange(n, dtype=np.int64)
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return labels.astype(np.int64)


def kept_rows(labels: np.ndarray, score: np.ndarray) -> np.ndarray:
    """For every row, the row its cluster keeps: highest ``score``, ties to the first row."""
    n = len(labels)
    # sort by (label, -score, row): the first row of each label run is the kept one
    order = np.lexsort((np.arange(n), -score, labels))
    first = np.ones(n, dtype=bool)
    first[1:] = labels[order][1:] != labels[order][:-1]
    keeper_of_label = {int(labels[r]): int(r) for r in order[first]}
    return np.array([keeper_of_label[int(lab)] for lab in labels], dtype=np.int64)


def keep_score(
    policy: str,
    *,
    n: int,
    sizes: np.ndarray | None = None,
    texts: Sequence[str | None] | None = None,
    column: Sequence[float | None] | None = None,
) -> np.ndarray:
    """Score per row for a keep policy (higher is kept): ``first`` (all equal, the first seen
    wins), ``resolution`` (width x height), ``longest_caption``, ``column:NAME`` (its value)."""
    if policy == "first":
        return np.zeros(n)
    if policy == "resolution":
        if sizes is None:
            raise ValueError("keep=resolution needs image sizes")
        return sizes[:, 0].astype(np.float64) * sizes[:, 1]
    if policy == "longest_caption":
        if texts is None:
            raise ValueError("keep=longest_caption needs captions")
        return np.array([len(t) if t else -1 for t in texts], dtype=np.float64)
    if policy.startswith("column:"):
        if column is None:
            raise ValueError(f"keep={policy} needs the column values")
        vals = np.array([np.nan if v is None else float(v) for v in column], dtype=np.float64)
        return np.nan_to_num(vals, nan=-np.inf)
    raise ValueError(f"unknown keep policy {policy!r}: use one of {KEEP_POLICIES} or 'column:NAME'")


def pair_distance(
    n: int, a: np.ndarray, b: np.ndarray, dist: np.ndarray, kept: np.ndarray
) -> np.ndarray:
    """Distance of each row to its kept row where that pair was found, else the smallest distance
    of any pair of the row (the cluster is transitive: a row may match the kept one via others)."""
    out = np.full(n, np.nan)
    if not len(a):
        return out
    aa, bb = np.concatenate([a, b]), np.concatenate([b, a])
    frame = pl.DataFrame(
        {
            "a": aa,
            "d": np.concatenate([dist, dist]).astype(np.float64),
            "direct": bb == kept[aa],
        }
    )
    best = frame.sort(["direct", "d"], descending=[True, False]).group_by("a").first()
    out[best["a"].to_numpy()] = best["d"].to_numpy()
    return out


def cluster_table(
    ids: Sequence[str], labels: np.ndarray, kept: np.ndarray, distance: np.ndarray
) -> pl.DataFrame:
    """One row per cluster of two or more: ``cluster_id``, ``kept_id``, ``members`` (ids),
    ``distances`` (to the kept member, null for the kept one), ``size``; largest first."""
    frame = pl.DataFrame(
        {
            "label": labels,
            "id": list(ids),
            "kept_id": [ids[k] for k in kept],
            "distance": distance,
            "is_kept": kept == np.arange(len(kept)),
        }
    )
    frame = frame.with_columns(
        pl.when(pl.col("is_kept")).then(None).otherwise(pl.col("distance")).alias("distance")
    ).with_columns(pl.col("distance").fill_nan(None))
    table = (
        frame.group_by("label", maintain_order=True)
        .agg(
            pl.col("kept_id").first(),
            pl.col("id").alias("members"),
            pl.col("distance").alias("distances"),
            pl.len().alias("size"),
        )
        .filter(pl.col("size") > 1)
        .sort(["size", "label"], descending=[True, False])
    )
    return table.with_columns(pl.int_range(pl.len()).alias("cluster_id")).select(
        "cluster_id", "kept_id", "members", "distances", "size"
    )
