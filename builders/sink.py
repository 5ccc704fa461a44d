"""Writers: shard files while a build runs, and the published Hub layout at the end.

While running, every stage writes one Parquet file per shard (kept rows) and one per shard for
excluded rows. :func:`publish` turns the last stage's shards into ``data/train-0000k-of-0000n.parquet``
with the HF ``Image`` feature in the schema metadata, so ``datasets.load_dataset("parquet", ...)``
and ``load_dataset(out_dir)`` decode images, and collects exclusions into ``exclusions/``.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from trustbench.builders.schema import (
    DROP_COLUMNS,
    DROP_DETAIL,
    DROP_REASON,
    DUPLICATE_OF,
    IMAGE,
    ensure_drop_columns,
)

_PARQUET_OPTS = {"compression": "zstd", "write_statistics": False}


class ShardWriter:
    """Append batches to one Parquet file, written atomically (``.tmp`` then rename) on ``close``.

    >>> w = ShardWriter(Path("work/stage-0/shard-00000.parquet"))
    >>> w.write(batch); w.close()
    """

    def __init__(self, path: Path):
        self.path = path
        self.tmp = path.with_suffix(".parquet.tmp")
        self.rows = 0
        self._writer: pq.ParquetWriter | None = None
        self._schema: pa.Schema | None = None

    def write(self, batch: pl.DataFrame) -> None:
        if batch.is_empty():
            return
        table = to_arrow(batch)
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._schema = table.schema
            self._writer = pq.ParquetWriter(self.tmp, self._schema, **_PARQUET_OPTS)
        elif table.schema != self._schema:
            if set(table.schema.names) - set(self._schema.names):
                self._widen(table.schema)  # a later step's rows carry more columns
            table = _conform(table, self._schema)
        self._writer.write_table(table)
        self.rows += len(batch)

    def _widen(self, other: pa.Schema) -> None:
        """Restart the file with the columns of both schemas, streaming back what was written
        (rare: at most once per new column set, e.g. exclusions from successive steps)."""
        assert self._writer is not None and self._schema is not None
        self._writer.close()
        old = self.tmp.with_suffix(".old")
        self.tmp.replace(old)
        self._schema = pa.unify_schemas([self._schema, other], promote_options="permissive")
        self._writer = pq.ParquetWriter(self.tmp, self._schema, **_PARQUET_OPTS)
        for rb in pq.ParquetFile(old).iter_batches(batch_size=1024):
            self._writer.write_table(_conform(pa.Table.from_batches([rb]), self._schema))
        old.unlink()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self.tmp.replace(self.path)


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with exactly ``schema``'s columns, in order: missing ones null, types cast."""
    for field in schema:
        if field.name not in table.column_names:
            table = table.append_column(field, pa.nulls(len(table), field.type))
    table = table.select(schema.names)
    return table.cast(pa.unify_schemas([schema, table.schema], promote_options="permissive")).cast(
        schema
    )


def _plain(t: pa.DataType) -> pa.DataType:
    """Large/view Arrow types → the plain ones ``datasets`` features map to."""
    if pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return pa.string()
    if pa.types.is_large_binary(t) or pa.types.is_binary_view(t):
        return pa.binary()
    if pa.types.is_large_list(t) or pa.types.is_list_view(t) or pa.types.is_list(t):
        return pa.list_(_plain(t.value_type))
    if pa.types.is_struct(t):
        return pa.struct([pa.field(f.name, _plain(f.type)) for f in t])
    if pa.types.is_null(t):
        return pa.string()
    return t


def to_arrow(batch: pl.DataFrame) -> pa.Table:
    table = batch.to_arrow()
    schema = pa.schema([pa.field(f.name, _plain(f.type)) for f in table.schema])
    return table.cast(schema)


def hf_schema(schema: pa.Schema) -> pa.Schema:
    """Attach the ``datasets`` features (``image`` as ``Image``) to an Arrow schema."""
    import datasets

    features = datasets.Features.from_arrow_schema(pa.schema([f.remove_metadata() for f in schema]))
    if IMAGE in features:
        features[IMAGE] = datasets.Image()
    return features.arrow_schema


def _unified(files: list[Path]) -> pa.Schema:
    schemas = [pq.read_schema(f).remove_metadata() for f in files]
    return pa.unify_schemas(schemas, promote_options="permissive")


def _copy_shards(files: list[Path], out_dir: Path, prefix: str, schema: pa.Schema) -> list[Path]:
    """Rewrite ``files`` as ``{prefix}-0000k-of-0000n.parquet`` with one shared ``schema``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(f"{prefix}-*.parquet"):
        old.unlink()
    written = []
    for k, f in enumerate(files):
        dest = out_dir / f"{prefix}-{k:05d}-of-{len(files):05d}.parquet"
        pf = pq.ParquetFile(f)
        with pq.ParquetWriter(dest, schema, **_PARQUET_OPTS) as w:
            for rb in pf.iter_batches(batch_size=1024):
                table = pa.Table.from_batches([rb])
                table = table.select([n for n in schema.names if n in table.column_names])
                for field in schema:  # columns another shard has and this one lacks
                    if field.name not in table.column_names:
                        table = table.append_column(field, pa.nulls(len(table), field.type))
                w.write_table(table.select(schema.names).cast(schema))
        written.append(dest)
    return written


def publish(
    data_files: list[Path], excl_files: list[Path], out: Path, split: str = "train"
) -> dict:
    """Write the Hub layout from the final shards; return file lists and row counts."""
    data_files = [f for f in data_files if pq.ParquetFile(f).metadata.num_rows > 0]
    excl_files = [f for f in excl_files if pq.ParquetFile(f).metadata.num_rows > 0]
    result: dict = {"data": [], "exclusions": [], "rows": 0, "excluded_rows": 0}
    if data_files:
        schema = hf_schema(_unified(data_files))
        result["data"] = _copy_shards(data_files, out / "data", split, schema)
        result["features"] = json.loads(schema.metadata[b"huggingface"])["info"]["features"]
        result["rows"] = sum(pq.ParquetFile(f).metadata.num_rows for f in result["data"])
    else:
        for old in (out / "data").glob(f"{split}-*.parquet"):
            old.unlink()
    if excl_files:
        schema = hf_schema(_unified(excl_files))
        result["exclusions"] = _copy_shards(excl_files, out / "exclusions", "exclusions", schema)
        result["excluded_rows"] = sum(
            pq.ParquetFile(f).metadata.num_rows for f in result["exclusions"]
        )
    return result


def exclusion_frame(dropped: pl.DataFrame, step_index: int, step_name: str) -> pl.DataFrame:
    """Rename the private drop columns of dropped rows to the public exclusions schema."""
    return (
        ensure_drop_columns(dropped)
        .rename({DROP_REASON: "reason", DROP_DETAIL: "detail", DUPLICATE_OF: "duplicate_of"})
        .with_columns(
            pl.lit(step_name).alias("step"), pl.lit(step_index, pl.Int32).alias("step_index")
        )
    )


__all__ = ["ShardWriter", "publish", "exclusion_frame", "to_arrow", "hf_schema", "DROP_COLUMNS"]
