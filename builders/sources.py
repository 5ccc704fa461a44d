"""Readers: turn a corpus on disk into batches of the row schema (:mod:`.schema`).

Every source lists its *shards* cheaply (file names and row ranges, never row data) and reads one
shard as a stream of ``polars.DataFrame`` batches. Rows that cannot be read (missing image file,
caption that is not UTF-8) come out marked with a drop reason so the runner quarantines them;
nothing is dropped silently. URLs are never fetched.

>>> src = ParquetSource(ParquetSourceConfig(path="data/sample/sample.parquet", image_column="jpg"))
>>> for shard in src.shards():
...     for batch in src.read(shard):
...         ...
"""

from __future__ import annotations

import codecs
import json
import os
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel, ConfigDict, Field, model_validator

from trustbench.builders.schema import (
    CORE_COLUMNS,
    DROP_DETAIL,
    DROP_REASON,
    ID,
    SOURCE,
    TEXT,
    image_struct,
    lineage_expr,
)

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff")


@dataclass(frozen=True)
class Shard:
    """A unit of work: one file, or a row range of one file (``stop`` exclusive)."""

    index: int
    file: str
    start: int = 0
    stop: int | None = None


class _SourceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(None, description="value of the `source` column; default: the type")
    rows_per_shard: int = Field(1000, gt=0, description="rows per unit of work/resume")
    batch_size: int = Field(256, gt=0, description="rows per batch handed to the steps")
    text_column: str | None = Field(None, description="caption column (default: caption or text)")
    id_column: str | None = Field(None, description="column with a stable id (default: derived)")


class ParquetSourceConfig(_SourceConfig):
    type: Literal["parquet"] = "parquet"
    path: str = Field(description="a .parquet file, a folder of them, or a glob")
    image_column: str = Field(
        "image", description="encoded bytes, an HF Image struct, or a path (see image_root)"
    )
    image_root: str | None = Field(None, description="folder relative image paths resolve against")


class WebDatasetSourceConfig(_SourceConfig):
    type: Literal["webdataset"] = "webdataset"
    path: str = Field(description="a .tar shard, a folder of them, or a glob (img2dataset layout)")
    rows_per_shard: int = Field(10**9, gt=0, description="tar files are the shards")
    json_fields: list[str] = Field(
        default_factory=lambda: ["url", "width", "height"],
        description="fields of each key.json kept as columns",
    )


class ImageFolderSourceConfig(_SourceConfig):
    type: Literal["imagefolder"] = "imagefolder"
    path: str = Field(description="folder of images (searched recursively)")
    captions: str | None = Field(
        None,
        description="jsonl/csv with a file_name column and a caption column, relative to path; "
        "default: metadata.jsonl/metadata.csv if present, else sidecar .txt files",
    )


class HFDatasetSourceConfig(_SourceConfig):
    type: Literal["hf"] = "hf"
    path: str = Field(description="a save_to_disk folder, or a local folder/files for load_dataset")
    split: str = Field("train", description="split to read")
    image_column: str = Field("image", description="Image feature column")


class PromptsSourceConfig(_SourceConfig):
    type: Literal["prompts"] = "prompts"
    path: str | None = Field(
        None,
        description="a .txt (one prompt per line), or a .jsonl/.csv/.parquet file with a prompt "
        "column and optional id, seed, seed_group, negative_prompt and metadata columns",
    )
    prompts: list[str | dict[str, Any]] | None = Field(
        None, description="inline prompts: strings, or mappings with the same keys as a file row"
    )
    prompt_column: str = Field("prompt", description="column holding the prompt")
    images_per_prompt: int = Field(1, ge=1, description="rows (samples) made from each prompt")
    rows_per_shard: int = Field(256, gt=0, description="rows per unit of work/resume")

    @model_validator(mode="after")
    def _one_input(self) -> PromptsSourceConfig:
        if (self.path is None) == (self.prompts is None):
            raise ValueError("give exactly one of path (a prompts file) or prompts (a list)")
        return self


SourceConfig = Annotated[
    ParquetSourceConfig
    | WebDatasetSourceConfig
    | ImageFolderSourceConfig
    | HFDatasetSourceConfig
    | PromptsSourceConfig,
    Field(discriminator="type"),
]


class Source:
    """Base class: ``shards()`` lists the work, ``read(shard)`` streams its batches."""

    Config: ClassVar[type[_SourceConfig]]  # the recipe's ``source:`` options of this reader

    def __init__(self, config: _SourceConfig, base_dir: Path | str = "."):
        self.config = config
        self.base_dir = Path(base_dir)
        self.name = config.name or config.type  # type: ignore[attr-defined]

    def shards(self) -> list[Shard]:
        raise NotImplementedError

    def read(self, shard: Shard) -> Iterator[pl.DataFrame]:
        raise NotImplementedError

    def files(self) -> list[Path]:
        """Input files, for the input fingerprint."""
        return sorted({Path(s.file) for s in self.shards()})

    # -- helpers shared by the readers ---------------------------------------------------------

    def _listing(self) -> pl.DataFrame:
        """The rows :meth:`_list` gives (a folder's files, a prompts file), listed once."""
        if getattr(self, "_rows", None) is None:
            self._rows = self._list()
        return self._rows

    def _list(self) -> pl.DataFrame:
        raise NotImplementedError

    def _resolve(self, pattern: str, suffixes: tuple[str, ...]) -> list[Path]:
        p = Path(pattern)
        if not p.is_absolute():
            p = self.base_dir / p
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix.lower() in suffixes)
        elif any(ch in pattern for ch in "*?["):
            found = sorted(p.parent.glob(p.name))
        else:
            found = [p]
        missing = [f for f in found if not f.exists()]
        if missing or not found:
            raise FileNotFoundError(f"source path {pattern!r} matches no readable file ({p})")
        return found

    def _row_shards(self, files: list[Path]) -> list[Shard]:
        shards: list[Shard] = []
        per = self.config.rows_per_shard
        for f in files:
            n = pq.ParquetFile(f).metadata.num_rows
            for start in range(0, max(n, 1), per):
                shards.append(Shard(len(shards), str(f), start, min(start + per, n)))
        return shards

    def _relative(self, file: str) -> str:
        """Lineage names files relative to the recipe folder, so builds are portable."""
        try:
            return Path(os.path.relpath(file, self.base_dir.resolve())).as_posix()
        except ValueError:  # another drive
            return file

    def _finish(self, df: pl.DataFrame, file: str) -> pl.DataFrame:
        """Turn raw columns (_id, _bytes, _path, _text, _row, [_reason, _detail]) into the schema."""
        if "_reason" not in df.columns:
            df = df.with_columns(pl.lit(None, pl.String).alias("_reason"))
        if "_detail" not in df.columns:
            df = df.with_columns(pl.lit(None, pl.String).alias("_detail"))
        no_image = pl.col("_bytes").is_null() & pl.col("_reason").is_null()
        meta = [c for c in df.columns if not c.startswith("_")]
        return df.select(
            pl.col("_id").cast(pl.String).alias(ID),
            image_struct(pl.col("_bytes"), pl.col("_path")),
            pl.col("_text").cast(pl.String).alias(TEXT),
            pl.lit(self.name).alias(SOURCE),
            lineage_expr(pl.col("_id"), pl.lit(self._relative(file)), pl.col("_row")),
            *[pl.col(c).alias(f"meta_{c}" if c in CORE_COLUMNS else c) for c in meta],
            pl.when(no_image)
            .then(pl.lit("missing_image"))
            .otherwise(pl.col("_reason"))
            .alias(DROP_REASON),
            pl.when(no_image)
            .then(pl.lit("no image bytes in the source row"))
            .otherwise(pl.col("_detail"))
            .alias(DROP_DETAIL),
        )


def _decode_text(raw: Any) -> tuple[str | None, str | None]:
    """Captions may arrive as bytes; return (text, error)."""
    if raw is None or isinstance(raw, str):
        return raw, None
    try:
        return bytes(raw).decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, f"caption is not valid UTF-8 ({e.reason} at byte {e.start})"


def _checked(
    results: list[tuple[Any, str | None]], column: str, dtype: pl.DataType, reason: str
) -> pl.DataFrame:
    """(value, error) per row → the value column plus ``reason``/``detail`` where it failed."""
    return pl.DataFrame(
        {
            column: [v for v, _ in results],
            "_reason": [reason if err else None for _, err in results],
            "_detail": [err for _, err in results],
        },
        schema={column: dtype, "_reason": pl.String, "_detail": pl.String},
    )


def _texts_frame(raw_texts: list[Any]) -> pl.DataFrame:
    return _checked(
        [_decode_text(r) for r in raw_texts], "_text", pl.String(), "invalid_text_encoding"
    )


def _read_file(path: Path) -> tuple[bytes | None, str | None]:
    try:
        return path.read_bytes(), None
    except FileNotFoundError:
        return None, f"image file not found: {path.name}"
    except OSError as e:
        return None, f"cannot read image file {path.name}: {e.strerror}"


def _load_images(paths: list[str | None], root: Path) -> pl.DataFrame:
    """Read image files (None: nothing to read); a missing file gets a ``missing_file`` reason."""
    results = [_read_file(root / p) if p is not None else (None, None) for p in paths]
    return _checked(results, "_bytes", pl.Binary(), "missing_file")


def _merge_reasons(*frames: pl.DataFrame) -> pl.DataFrame:
    """Combine per-row reasons from several checks: the first non-null wins."""
    reason = pl.Series("_reason", [None] * len(frames[0]), dtype=pl.String)
    detail = pl.Series("_detail", [None] * len(frames[0]), dtype=pl.String)
    for f in frames:
        take = reason.is_null() & f["_reason"].is_not_null()
        reason = f["_reason"].zip_with(take, reason).alias("_reason")
        detail = f["_detail"].zip_with(take, detail).alias("_detail")
    return pl.DataFrame([reason, detail])


def _pick_text_column(columns: list[str], wanted: str | None) -> str | None:
    if wanted:
        if wanted not in columns:
            raise ValueError(f"text_column {wanted!r} not found; columns are {columns}")
        return wanted
    return next((c for c in ("caption", "text", "TEXT", "alt") if c in columns), None)


def _columnar_raw(
    df: pl.DataFrame,
    image_column: str,
    text_col: str | None,
    id_column: str | None,
    id_prefix: str,
    root: Path,
) -> pl.DataFrame:
    """Raw columns from a columnar batch (Parquet, HF Arrow) that has a ``_row`` index.

    The image column may hold encoded bytes, an HF Image struct (bytes, or a path to read), or
    a path; paths resolve against ``root``.
    """
    img = df[image_column]
    n = len(df)
    checks: list[pl.DataFrame] = []
    if img.dtype == pl.Binary:
        data, path = img, pl.Series([None] * n, dtype=pl.String)
    elif isinstance(img.dtype, pl.Struct):
        data, path = img.struct.field("bytes"), img.struct.field("path")
        only_path = (data.is_null() & path.is_not_null()).to_list()
        if any(only_path):
            loaded = _load_images([p if m else None for p, m in zip(path, only_path)], root)
            data = pl.Series(
                [b if m else d for d, b, m in zip(data, loaded["_bytes"], only_path)],
                dtype=pl.Binary,
            )
            checks.append(loaded)
    elif img.dtype == pl.String:
        loaded = _load_images(img.to_list(), root)
        data, path = loaded["_bytes"], img
        checks.append(loaded)
    else:
        raise ValueError(
            f"image_column {image_column!r} has type {img.dtype}; "
            "expected bytes, an Image struct or a path"
        )
    texts = _texts_frame(df[text_col].to_list() if text_col else [None] * n)
    checks.append(texts)
    if id_column:
        ids = df[id_column].cast(pl.String)
    else:
        ids = df.select(pl.lit(id_prefix) + pl.col("_row").cast(pl.String)).to_series()
    used = {image_column, text_col, id_column}
    meta = df.drop([c for c in df.columns if c in used or c.startswith("_")])
    raw = pl.DataFrame(
        {
            "_row": df["_row"],
            "_id": ids,
            "_bytes": data,
            "_path": path.map_elements(lambda p: Path(p).name, return_dtype=pl.String),
            "_text": texts["_text"],
        },
        schema={
            "_row": pl.Int64,
            "_id": pl.String,
            "_bytes": pl.Binary,
            "_path": pl.String,
            "_text": pl.String,
        },
    )
    return pl.concat([raw, _merge_reasons(*checks), meta], how="horizontal")


class ParquetSource(Source):
    """LAION-style parquet: metadata columns plus image bytes, an HF Image struct, or a path."""

    Config = ParquetSourceConfig
    config: ParquetSourceConfig

    def shards(self) -> list[Shard]:
        return self._row_shards(self._resolve(self.config.path, (".parquet",)))

    def read(self, shard: Shard) -> Iterator[pl.DataFrame]:
        cfg = self.config
        lf = pl.scan_parquet(shard.file)
        columns = lf.collect_schema().names()
        if cfg.image_column not in columns:
            raise ValueError(
                f"{shard.file}: image_column {cfg.image_column!r} not found; columns are {columns}"
            )
        text_col = _pick_text_column(columns, cfg.text_column)
        if cfg.id_column and cfg.id_column not in columns:
            raise ValueError(f"{shard.file}: id_column {cfg.id_column!r} not found")
        stop = (
            shard.stop if shard.stop is not None else pq.ParquetFile(shard.file).metadata.num_rows
        )
        root = Path(cfg.image_root) if cfg.image_root else Path(shard.file).parent
        if not root.is_absolute() and cfg.image_root:
            root = self.base_dir / root
        stem = Path(shard.file).stem
        for lo in range(shard.start, stop, cfg.batch_size):
            n = min(cfg.batch_size, stop - lo)
            df = lf.slice(lo, n).collect().with_row_index("_row", offset=lo)
            yield self._finish(self._raw(df, cfg, text_col, root, stem), shard.file)

    def _raw(
        self,
        df: pl.DataFrame,
        cfg: ParquetSourceConfig,
        text_col: str | None,
        root: Path,
        stem: str,
    ) -> pl.DataFrame:
        return _columnar_raw(df, cfg.image_column, text_col, cfg.id_column, f"{stem}/", root)


def _rows_frame(rows: list[dict[str, Any]], meta_types: dict[str, pl.DataType]) -> pl.DataFrame:
    """Build a raw frame from per-row dicts (already holding _id/_bytes/_path/_raw_text/_row)."""
    texts = _texts_frame([r.pop("_raw_text", None) for r in rows])
    files = pl.DataFrame(
        {
            "_reason": [r.pop("_reason", None) for r in rows],
            "_detail": [r.pop("_detail", None) for r in rows],
        },
        schema={"_reason": pl.String, "_detail": pl.String},
    )
    schema = {
        "_row": pl.Int64,
        "_id": pl.String,
        "_bytes": pl.Binary,
        "_path": pl.String,
        **meta_types,
    }
    base = pl.DataFrame(rows, schema=schema, strict=False)
    return pl.concat([base, texts.select("_text"), _merge_reasons(files, texts)], how="horizontal")


_JSON_TYPES: dict[str, pl.DataType] = {
    "width": pl.Int64(),
    "height": pl.Int64(),
    "original_width": pl.Int64(),
    "original_height": pl.Int64(),
    "similarity": pl.Float64(),
    "punsafe": pl.Float64(),
    "pwatermark": pl.Float64(),
}


class WebDatasetSource(Source):
    """img2dataset webdataset shards: ``key.jpg`` + ``key.txt`` + ``key.json`` per sample."""

    Config = WebDatasetSourceConfig
    config: WebDatasetSourceConfig

    def shards(self) -> list[Shard]:
        return [Shard(i, str(f)) for i, f in enumerate(self._resolve(self.config.path, (".tar",)))]

    def read(self, shard: Shard) -> Iterator[pl.DataFrame]:
        meta_types = {f: _JSON_TYPES.get(f, pl.String()) for f in self.config.json_fields}
        rows: list[dict[str, Any]] = []
        for row in self._samples(shard.file):
            rows.append(row)
            if len(rows) == self.config.batch_size:
                yield self._finish(_rows_frame(rows, meta_types), shard.file)
                rows = []
        if rows:
            yield self._finish(_rows_frame(rows, meta_types), shard.file)

    def _samples(self, tar_path: str) -> Iterator[dict[str, Any]]:
        """Group consecutive tar members by key (img2dataset writes a sample's files together)."""
        key, parts, index = None, {}, 0
        with tarfile.open(tar_path, "r|*") as tar:
            for member in tar:
                if not member.isfile():
                    continue
                stem, _, ext = member.name.rpartition(".")
                if stem != key and key is not None:
                    yield self._sample(key, parts, index)
                    index += 1
                    parts = {}
                key = stem
                parts[ext.lower()] = tar.extractfile(member).read()  # type: ignore[union-attr]
        if key is not None:
            yield self._sample(key, parts, index)

    def _sample(self, key: str, parts: dict[str, bytes], index: int) -> dict[str, Any]:
        ext = next((e for e in ("jpg", "jpeg", "png", "webp") if e in parts), None)
        row: dict[str, Any] = {
            "_row": index,
            "_id": Path(key).name,
            "_bytes": parts.get(ext) if ext else None,
            "_path": f"{Path(key).name}.{ext}" if ext else None,
            "_raw_text": parts.get("txt"),
        }
        meta: dict[str, Any] = {}
        if "json" in parts:
            try:
                meta = json.loads(parts["json"])
            except (json.JSONDecodeError, UnicodeDecodeError) as e:
                row["_reason"], row["_detail"] = "invalid_metadata", f"{key}.json: {e}"
        for field in self.config.json_fields:
            row[field] = meta.get(field)
        return row


class ImageFolderSource(Source):
    """A folder of images with captions in metadata.jsonl/csv (``file_name`` column) or sidecar .txt."""

    Config = ImageFolderSourceConfig
    config: ImageFolderSourceConfig

    def _root(self) -> Path:
        root = Path(self.config.path)
        root = root if root.is_absolute() else self.base_dir / root
        if not root.is_dir():
            raise FileNotFoundError(
                f"imagefolder path {self.config.path!r} is not a folder ({root})"
            )
        return root

    def _captions_file(self, root: Path) -> Path | None:
        if self.config.captions:
            f = root / self.config.captions
            if not f.exists():
                raise FileNotFoundError(
                    f"captions file {self.config.captions!r} not found in {root}"
                )
            return f
        return next(
            (root / n for n in ("metadata.jsonl", "metadata.csv") if (root / n).exists()), None
        )

    def _list(self) -> pl.DataFrame:
        root = self._root()
        captions = self._captions_file(root)
        if captions is None:
            files = sorted(
                str(f.relative_to(root))
                for f in root.rglob("*")
                if f.suffix.lower() in IMAGE_SUFFIXES
            )
            return pl.DataFrame({"file_name": files}, schema={"file_name": pl.String})
        if captions.suffix == ".jsonl":
            table = pl.read_ndjson(captions, infer_schema_length=None)
        else:
            table = pl.read_csv(captions, infer_schema_length=None)
        if "file_name" not in table.columns:
            raise ValueError(f"{captions.name} needs a file_name column; it has {table.columns}")
        return table

    def shards(self) -> list[Shard]:
        n = len(self._listing())
        per = self.config.rows_per_shard
        root = str(self._root())
        return [
            Shard(i, root, lo, min(lo + per, n)) for i, lo in enumerate(range(0, max(n, 1), per))
        ]

    def files(self) -> list[Path]:
        root = self._root()
        listed = [root / f for f in self._listing()["file_name"]]
        captions = self._captions_file(root)
        return sorted([f for f in listed if f.exists()] + ([captions] if captions else []))

    def read(self, shard: Shard) -> Iterator[pl.DataFrame]:
        root = Path(shard.file)
        listing = self._listing().slice(shard.start, (shard.stop or 0) - shard.start)
        text_col = _pick_text_column(listing.columns, self.config.text_column)
        meta_cols = [
            c for c in listing.columns if c not in ("file_name", text_col, self.config.id_column)
        ]
        meta_types = {c: listing.schema[c] for c in meta_cols}
        for lo in range(0, len(listing), self.config.batch_size):
            chunk = listing.slice(lo, self.config.batch_size)
            rows = []
            for i, rec in enumerate(chunk.iter_rows(named=True)):
                name = rec["file_name"]
                blob, err = _read_file(root / name)
                if text_col:
                    raw_text: Any = rec[text_col]
                else:
                    sidecar = (root / name).with_suffix(".txt")
                    raw_text = sidecar.read_bytes() if sidecar.exists() else None
                row = {
                    "_row": shard.start + lo + i,
                    "_id": str(rec[self.config.id_column])
                    if self.config.id_column
                    else str(Path(name).with_suffix("")),
                    "_bytes": blob,
                    "_path": Path(name).name,
                    "_raw_text": raw_text,
                    "_reason": "missing_file" if err else None,
                    "_detail": err,
                }
                row.update({c: rec[c] for c in meta_cols})
                rows.append(row)
            yield self._finish(_rows_frame(rows, meta_types), str(root))


class HFDatasetSource(Source):
    """A Hugging Face dataset on local disk: ``save_to_disk`` output or files ``load_dataset`` reads."""

    Config = HFDatasetSourceConfig
    config: HFDatasetSourceConfig

    def _dataset(self):
        if getattr(self, "_ds", None) is None:
            self._ds = self._load()
        return self._ds

    def _path(self) -> Path:
        p = Path(self.config.path)
        return p if p.is_absolute() else self.base_dir / p

    def _load(self):
        import datasets

        p = self._path()
        if not p.exists():
            raise FileNotFoundError(f"hf source path {self.config.path!r} not found ({p})")
        if (p / "dataset_info.json").exists() or (p / "dataset_dict.json").exists():
            ds = datasets.load_from_disk(str(p))
        else:
            # force_redownload: datasets caches folders by name + config, which can go stale
            ds = datasets.load_dataset(str(p), download_mode="force_redownload")
        if isinstance(ds, datasets.DatasetDict):
            if self.config.split not in ds:
                raise ValueError(f"split {self.config.split!r} not in {list(ds)}")
            ds = ds[self.config.split]
        if self.config.image_column not in ds.column_names:
            raise ValueError(f"image_column {self.config.image_column!r} not in {ds.column_names}")
        return ds.cast_column(self.config.image_column, datasets.Image(decode=False))

    def shards(self) -> list[Shard]:
        n = len(self._dataset())
        per = self.config.rows_per_shard
        return [
            Shard(i, self.config.path, lo, min(lo + per, n))
            for i, lo in enumerate(range(0, max(n, 1), per))
        ]

    def files(self) -> list[Path]:
        ds = self._dataset()
        return sorted(Path(f["filename"]) for f in ds.cache_files)

    def read(self, shard: Shard) -> Iterator[pl.DataFrame]:
        ds = self._dataset()
        cfg = self.config
        text_col = _pick_text_column(ds.column_names, cfg.text_column)
        root = self._path()
        for lo in range(shard.start, shard.stop or 0, cfg.batch_size):
            hi = min(lo + cfg.batch_size, shard.stop or 0)
            table: pa.Table = ds.with_format("arrow")[lo:hi]
            df = pl.from_arrow(table).with_row_index("_row", offset=lo)
            raw = _columnar_raw(
                df, cfg.image_column, text_col, cfg.id_column, f"{cfg.split}/", root
            )
            yield self._finish(raw, cfg.path)


class PromptsSource(Source):
    """Rows that do not exist yet: one row per prompt (× ``images_per_prompt``), no image until a
    ``generate`` step makes it. ``text`` and ``prompt`` hold the prompt; ``seed`` /
    ``seed_group`` / ``negative_prompt`` columns pass through to the generator.

    With ``images_per_prompt: n`` > 1 the ids get ``-0`` … ``-(n-1)``, a named seed ``s`` becomes
    ``s + k`` and a seed group ``g`` becomes ``g/k``, so pairs stay paired sample by sample.
    """

    Config = PromptsSourceConfig
    config: PromptsSourceConfig

    def _file(self) -> Path | None:
        if self.config.path is None:
            return None
        p = Path(self.config.path)
        p = p if p.is_absolute() else self.base_dir / p
        if not p.is_file():
            raise FileNotFoundError(f"prompts file {self.config.path!r} not found ({p})")
        return p

    def _list(self) -> pl.DataFrame:
        col = self.config.prompt_column
        f = self._file()
        if f is None:
            items = [{col: p} if isinstance(p, str) else p for p in self.config.prompts or []]
            table = pl.DataFrame(items, infer_schema_length=None)
        elif f.suffix == ".txt":
            lines = f.read_bytes().removeprefix(codecs.BOM_UTF8).splitlines()  # editors' BOM
            results = [_decode_text(line) for line in lines if line.strip()]
            table = _checked(results, col, pl.String(), "invalid_text_encoding")
        else:
            readers = {".jsonl": pl.read_ndjson, ".csv": pl.read_csv, ".parquet": pl.read_parquet}
            if f.suffix not in readers:
                raise ValueError(f"prompts file {f.name}: use .txt, .jsonl, .csv or .parquet")
            try:
                table = readers[f.suffix](
                    f, **({} if f.suffix == ".parquet" else {"infer_schema_length": None})
                )
            except (pl.exceptions.ComputeError, UnicodeDecodeError) as e:
                raise ValueError(f"prompts file {f.name} cannot be read: {e}") from None
        if col not in table.columns:
            raise ValueError(f"prompts have no {col!r} column; columns are {table.columns}")
        return table.with_row_index("_row")

    def shards(self) -> list[Shard]:
        n = len(self._listing()) * self.config.images_per_prompt
        per = self.config.rows_per_shard
        where = str(self._file() or "<recipe>")
        return [
            Shard(i, where, lo, min(lo + per, n)) for i, lo in enumerate(range(0, max(n, 1), per))
        ]

    def files(self) -> list[Path]:
        f = self._file()
        return [f] if f else []

    def read(self, shard: Shard) -> Iterator[pl.DataFrame]:
        cfg, k_max = self.config, self.config.images_per_prompt
        table = self._listing()
        id_col = cfg.id_column or ("id" if "id" in table.columns else None)
        if id_col and id_col not in table.columns:
            raise ValueError(f"prompts have no id_column {id_col!r}")
        stop = shard.stop or 0
        for lo in range(shard.start, stop, cfg.batch_size):
            hi = min(lo + cfg.batch_size, stop)
            pos = pl.int_range(lo, hi, eager=True)
            rows = table[(pos // k_max).to_list()].with_columns((pos % k_max).alias("_k"))
            yield self._rows_to_batch(rows, id_col, k_max, shard.file)

    def _rows_to_batch(
        self, rows: pl.DataFrame, id_col: str | None, k_max: int, file: str
    ) -> pl.DataFrame:
        col = self.config.prompt_column
        base_id = (
            pl.col(id_col).cast(pl.String)
            if id_col
            else pl.format("prompt-{}", pl.col("_row").cast(pl.String).str.zfill(6))
        )
        row_id = base_id if k_max == 1 else pl.format("{}-{}", base_id, pl.col("_k"))
        extra = []
        if "seed" in rows.columns:
            extra.append((pl.col("seed").cast(pl.Int64) + pl.col("_k")).alias("seed"))
        if "seed_group" in rows.columns:
            group = pl.col("seed_group").cast(pl.String)
            extra.append(
                (group if k_max == 1 else pl.format("{}/{}", group, pl.col("_k"))).alias(
                    "seed_group"
                )
            )
        skip = {col, id_col, "seed", "seed_group", "_row", "_k", "_reason", "_detail"}
        meta = [c for c in rows.columns if c not in skip]
        empty = pl.col(col).is_null() | (pl.col(col).str.strip_chars() == "")
        reason = pl.col("_reason") if "_reason" in rows.columns else pl.lit(None, pl.String)
        detail = pl.col("_detail") if "_detail" in rows.columns else pl.lit(None, pl.String)
        return rows.select(
            row_id.alias(ID),
            image_struct(pl.lit(None, pl.Binary), pl.lit(None, pl.String)),
            pl.col(col).cast(pl.String).alias(TEXT),
            pl.lit(self.name).alias(SOURCE),
            lineage_expr(
                base_id, pl.lit(self._relative(file) if self.config.path else file), pl.col("_row")
            ),
            pl.col(col).cast(pl.String).alias("prompt"),
            *extra,
            *[pl.col(c).alias(f"meta_{c}" if c in (*CORE_COLUMNS, "prompt") else c) for c in meta],
            pl.when(reason.is_null() & empty)
            .then(pl.lit("empty_prompt"))
            .otherwise(reason)
            .alias(DROP_REASON),
            pl.when(reason.is_null() & empty)
            .then(pl.lit("the prompt is empty"))
            .otherwise(detail)
            .alias(DROP_DETAIL),
        )


SOURCES: dict[str, type[Source]] = {
    "parquet": ParquetSource,
    "webdataset": WebDatasetSource,
    "imagefolder": ImageFolderSource,
    "hf": HFDatasetSource,
    "prompts": PromptsSource,
}


def make_source(config: _SourceConfig, base_dir: Path | str = ".") -> Source:
    """Instantiate the reader for a validated source config."""
    return SOURCES[config.type](config, base_dir)  # type: ignore[attr-defined]
