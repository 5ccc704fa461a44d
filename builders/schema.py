"""The row schema every source produces, every step receives and the sink writes.

A batch is a ``polars.DataFrame`` with these columns (sources may add metadata columns such as
``url``, ``width``, ``height``; they pass through untouched):

=========  ==========================================  =============================================
column     type                                        meaning
=========  ==========================================  =============================================
id         String                                      stable id, unique within a build
image      Struct{bytes: Binary, path: String}         encoded image, the HF ``Image`` feature layout
text       String                                      caption / alt-text (null when absent)
source     String                                      name of the source (recipe ``source.name``)
lineage    Struct{source_id, source_file, source_row,  where the row came from and what touched it;
           steps, seed, model, revision, params}       seed/model/revision/params (JSON) are set on
                                                       generated or transformed rows
=========  ==========================================  =============================================

Steps mark rows to drop with the private columns ``_drop_reason`` (a short code such as
``corrupt_image``), ``_drop_detail`` (free text) and ``_duplicate_of`` (an id); the runner moves
those rows to the exclusions output and removes the private columns.
"""

from __future__ import annotations

import json
from typing import Any

import polars as pl

ID = "id"
IMAGE = "image"
TEXT = "text"
SOURCE = "source"
LINEAGE = "lineage"
CORE_COLUMNS = (ID, IMAGE, TEXT, SOURCE, LINEAGE)

DROP_REASON = "_drop_reason"
DROP_DETAIL = "_drop_detail"
DUPLICATE_OF = "_duplicate_of"
DROP_COLUMNS = (DROP_REASON, DROP_DETAIL, DUPLICATE_OF)

IMAGE_DTYPE = pl.Struct({"bytes": pl.Binary, "path": pl.String})
LINEAGE_DTYPE = pl.Struct(
    {
        "source_id": pl.String,
        "source_file": pl.String,
        "source_row": pl.Int64,
        "steps": pl.List(pl.String),
        "seed": pl.Int64,
        "model": pl.String,
        "revision": pl.String,
        "params": pl.String,  # JSON: generation/transform parameters (scheduler, severity, …)
    }
)


def lineage_expr(source_id: pl.Expr, source_file: pl.Expr, source_row: pl.Expr) -> pl.Expr:
    """Build a fresh lineage struct for rows read from a source (no steps yet)."""
    return pl.struct(
        source_id.cast(pl.String).alias("source_id"),
        source_file.cast(pl.String).alias("source_file"),
        source_row.cast(pl.Int64).alias("source_row"),
        pl.lit([], dtype=pl.List(pl.String)).alias("steps"),
        pl.lit(None, dtype=pl.Int64).alias("seed"),
        pl.lit(None, dtype=pl.String).alias("model"),
        pl.lit(None, dtype=pl.String).alias("revision"),
        pl.lit(None, dtype=pl.String).alias("params"),
    ).alias(LINEAGE)


def set_lineage(batch: pl.DataFrame, **fields: pl.Expr | pl.Series | object) -> pl.DataFrame:
    """Set lineage fields (``seed``, ``model``, ``revision``, ``params``) on every row.

    Values may be a scalar, a ``pl.Series`` of the batch's length or an expression; ``params``
    takes JSON text (use :func:`json.dumps` with ``sort_keys=True`` so it is reproducible).

    >>> batch = set_lineage(batch, model="stabilityai/sd-turbo", revision="abc123", seed=seeds)
    """
    exprs = []
    for name, value in fields.items():
        dtype = LINEAGE_DTYPE.to_schema()[name]  # KeyError names an unknown field
        expr = value if isinstance(value, pl.Expr) else pl.lit(value)
        exprs.append(expr.cast(dtype).alias(name))
    return batch.with_columns(pl.col(LINEAGE).struct.with_fields(exprs))


def add_lineage_params(
    batch: pl.DataFrame, step: str, values: dict[str, Any] | list[dict[str, Any]]
) -> pl.DataFrame:
    """Record ``values`` (one dict, or one per row) under ``step`` in each row's ``params`` JSON.

    Keyed by step name, so a row that is generated, then corrupted keeps both records:
    ``{"generate": {...}, "ood.corrupt": {...}}``.

    >>> batch = add_lineage_params(batch, "ood.corrupt", {"corruption": "fog", "severity": 3})
    """
    old = batch[LINEAGE].struct.field("params").to_list()
    rows = values if isinstance(values, list) else [values] * len(old)
    merged = []
    for params, v in zip(old, rows, strict=True):
        d = json.loads(params) if params else {}
        d[step] = v
        merged.append(json.dumps(d, sort_keys=True))
    return set_lineage(batch, params=pl.Series(merged, dtype=pl.String))


def mark_drop(
    batch: pl.DataFrame,
    mask: pl.Series | pl.Expr,
    reason: str,
    detail: pl.Series | pl.Expr | str | None = None,
    duplicate_of: pl.Series | pl.Expr | None = None,
) -> pl.DataFrame:
    """Mark the rows where ``mask`` is true as dropped with ``reason`` (first reason wins).

    >>> batch = mark_drop(batch, pl.col("width") < 64, "too_small", detail="width < 64")
    """
    batch = ensure_drop_columns(batch)
    mask_expr = mask if isinstance(mask, pl.Expr) else pl.lit(mask)
    take = mask_expr.fill_null(False) & pl.col(DROP_REASON).is_null()
    detail_expr = pl.lit(detail) if detail is None or isinstance(detail, str) else detail
    if isinstance(detail_expr, pl.Series):
        detail_expr = pl.lit(detail_expr)
    updates = [
        pl.when(take).then(pl.lit(reason)).otherwise(pl.col(DROP_REASON)).alias(DROP_REASON),
        pl.when(take)
        .then(detail_expr.cast(pl.String))
        .otherwise(pl.col(DROP_DETAIL))
        .alias(DROP_DETAIL),
    ]
    if duplicate_of is not None:
        dup = pl.lit(duplicate_of) if isinstance(duplicate_of, pl.Series) else duplicate_of
        updates.append(
            pl.when(take)
            .then(dup.cast(pl.String))
            .otherwise(pl.col(DUPLICATE_OF))
            .alias(DUPLICATE_OF)
        )
    return batch.with_columns(updates)


def ensure_drop_columns(batch: pl.DataFrame) -> pl.DataFrame:
    """Add the null ``_drop_*`` columns if a batch does not have them yet."""
    missing = [
        pl.lit(None, dtype=pl.String).alias(c) for c in DROP_COLUMNS if c not in batch.columns
    ]
    return batch.with_columns(missing) if missing else batch


def image_struct(data: pl.Expr, path: pl.Expr) -> pl.Expr:
    """The HF ``Image`` struct from an encoded-bytes expression and a path/name expression."""
    return pl.struct(data.cast(pl.Binary).alias("bytes"), path.cast(pl.String).alias("path")).alias(
        IMAGE
    )
