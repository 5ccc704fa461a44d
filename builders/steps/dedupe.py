"""Dedupe steps: ``dedupe.exact``, ``dedupe.perceptual``, ``dedupe.caption``,
``dedupe.semantic`` (within the corpus) and ``dedupe.against`` (against a reference set).

Each is a :class:`CorpusStep`: ``observe`` computes compact signatures per batch (uint64 hashes,
ids, the keep-policy score), ``finish`` finds the clusters and decides which rows go, ``process``
marks them with :func:`mark_drop` (reason ``exact_duplicate``, ``near_duplicate``,
``caption_duplicate``, ``semantic_duplicate`` or ``in_reference_set``; ``duplicate_of`` = the kept
id; the detail names the distance), and ``write_report`` writes ``clusters.parquet`` and a
``contact_sheet.png`` of the largest clusters.

Undecodable images: a recipe should quarantine them earlier with ``validate.images``; the steps
that decode (perceptual, exact on pixels, semantic, against) still do not crash on one: they drop
it as ``corrupt_image`` (``drop_corrupt: true``, the default) or leave it untouched and unhashed.
"""

from __future__ import annotations

import contextlib
import glob
import io
from pathlib import Path
from typing import Any, ClassVar, Literal

import numpy as np
import polars as pl
from pydantic import BaseModel, ConfigDict, Field, field_validator

from trustbench.builders.schema import DROP_REASON, ID, IMAGE, TEXT, mark_drop
from trustbench.builders.step import CorpusStep, StepKind, register
from trustbench.sanitize import dedupe as dd

_THUMB = 96  # contact-sheet cell size in pixels


class _Common(BaseModel):
    model_config = ConfigDict(extra="forbid")
    keep: str = Field(
        "first",
        description="which member of a cluster stays: first | resolution | longest_caption | "
        "column:NAME (highest value); ties go to the first seen",
    )
    sheet_clusters: int = Field(8, ge=0, description="clusters shown on the report contact sheet")

    @field_validator("keep")
    @classmethod
    def _check_keep(cls, v: str) -> str:
        if v not in dd.KEEP_POLICIES and not (v.startswith("column:") and len(v) > 7):
            raise ValueError(f"keep must be one of {dd.KEEP_POLICIES} or 'column:NAME'")
        return v


def _image_bytes(batch: pl.DataFrame) -> list[bytes | None]:
    col = batch[IMAGE]
    if col.dtype == pl.Binary:
        return col.to_list()
    return col.struct.field("bytes").to_list()


def _header_sizes(images: list[bytes | None]) -> np.ndarray:
    from PIL import Image

    out = np.zeros((len(images), 2), dtype=np.int64)
    for i, data in enumerate(images):
        if data:
            with contextlib.suppress(Exception):  # undecodable: size 0, never kept first
                out[i] = Image.open(io.BytesIO(data)).size  # header only, no decode
    return out


def _thumbnail(data: bytes | None) -> Any:
    from PIL import Image

    if not data:
        return None
    try:
        im = Image.open(io.BytesIO(data))
        im.draft("RGB", (_THUMB * 2, _THUMB * 2))
        im = im.convert("RGB")
        im.thumbnail((_THUMB, _THUMB))
        return im
    except Exception:
        return None


def contact_sheet(
    clusters: pl.DataFrame, thumbs: dict[str, Any], path: Path, max_members: int = 6
) -> bool:
    """One row per cluster: the kept image (green frame) then its duplicates (red) with their
    distance. Returns False when there was nothing to draw."""
    from PIL import Image, ImageDraw

    rows = [r for r in clusters.iter_rows(named=True) if any(m in thumbs for m in r["members"])]
    if not rows:
        return False
    cell, label = _THUMB + 8, 14
    width = max(min(len(r["members"]), max_members) for r in rows)
    sheet = Image.new("RGB", (width * cell, len(rows) * (cell + label)), "white")
    draw = ImageDraw.Draw(sheet)
    for y, r in enumerate(rows):
        members = list(zip(r["members"], r["distances"], strict=True))[:max_members]
        for x, (mid, dist) in enumerate(members):
            x0, y0 = x * cell, y * (cell + label)
            kept = mid == r["kept_id"]
            draw.rectangle([x0, y0, x0 + cell - 1, y0 + cell - 1], fill="green" if kept else "red")
            im = thumbs.get(mid)
            if im is not None:
                sheet.paste(
                    im, (x0 + 4 + (_THUMB - im.width) // 2, y0 + 4 + (_THUMB - im.height) // 2)
                )
            text = f"{mid[-10:]} keep" if kept else f"{mid[-10:]} d={dist:g}"
            draw.text((x0 + 2, y0 + cell), text, fill="black")
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(path)
    return True


class _DedupeStep(CorpusStep):
    """Shared state and flow; subclasses fill ``_observe`` and ``_pairs``."""

    kind: ClassVar[StepKind] = "corpus"
    reason: ClassVar[str]
    measure: ClassVar[str] = "distance"

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._ids: list[str] = []
        self._scores: list[np.ndarray] = []
        self._corrupt: dict[str, str] = {}
        self._decisions: dict[str, tuple[str, str]] = {}
        self._clusters: pl.DataFrame = dd.summarize_clusters(pl.DataFrame())
        self._want: set[str] = set()
        self._thumbs: dict[str, Any] = {}

    # -- observe ------------------------------------------------------------------------------

    def observe(self, batch: pl.DataFrame) -> None:
        if DROP_REASON in batch.columns:
            batch = batch.filter(pl.col(DROP_REASON).is_null())
        if not len(batch):
            return
        sizes = self._observe(batch)
        self._ids.extend(batch[ID].to_list())
        self._scores.append(self._score(batch, sizes))

    def _observe(self, batch: pl.DataFrame) -> np.ndarray | None:
        """Keep the batch's signatures; return image sizes if they were decoded."""
        raise NotImplementedError

    def _score(self, batch: pl.DataFrame, sizes: np.ndarray | None) -> np.ndarray:
        policy = self.options.keep
        if policy == "resolution" and sizes is None:
            if "width" in batch.columns and "height" in batch.columns:
                sizes = batch.select("width", "height").fill_null(0).to_numpy()
            else:
                sizes = _header_sizes(_image_bytes(batch))
        texts = batch[TEXT].to_list() if policy == "longest_caption" else None
        column = None
        if policy.startswith("column:"):
            name = policy[len("column:") :]
            if name not in batch.columns:
                raise KeyError(f"{self.name}: keep column {name!r} is not in the batch")
            column = batch[name].to_list()
        return dd.keep_score(policy, n=len(batch), sizes=sizes, texts=texts, column=column)

    def _record_errors(self, ids: list[str], errors: list[str | None]) -> None:
        for i, err in zip(ids, errors, strict=True):
            if err is not None and err != "missing image":
                self._corrupt[i] = err

    # -- finish -------------------------------------------------------------------------------

    def _pairs(self) -> pl.DataFrame:
        raise NotImplementedError

    def _detail(self, value: float | None) -> str:
        raise NotImplementedError

    def finish(self) -> None:
        n = len(self._ids)
        pairs = self._pairs()
        score = np.concatenate(self._scores) if self._scores else np.zeros(0)
        rows = dd.cluster_duplicates(self._ids, pairs, score, measure=self.measure)
        drops = rows.filter(~pl.col("keep"))
        self._decisions = {
            i: (k, self._detail(d))
            for i, k, d in zip(drops["id"], drops["kept_id"], drops["distance"], strict=True)
        }
        self._clusters = dd.summarize_clusters(rows)
        top = self._clusters.head(self.options.sheet_clusters)
        self._want = {m for ms in top["members"].to_list() for m in ms[:6]}
        self.stats["clusters"] += len(self._clusters)
        self.stats["rows_observed"] += n

    # -- process ------------------------------------------------------------------------------

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        ids = batch[ID]
        if self._want:
            images = None
            for k, i in enumerate(ids.to_list()):
                if i in self._want and i not in self._thumbs:
                    images = images or _image_bytes(batch)
                    self._thumbs[i] = _thumbnail(images[k])
        if self._corrupt and getattr(self.options, "drop_corrupt", True):
            bad = ids.is_in(list(self._corrupt))
            if bad.any():
                detail = pl.Series([self._corrupt.get(i) for i in ids.to_list()], dtype=pl.String)
                batch = mark_drop(batch, bad, "corrupt_image", detail=detail)
        return self._mark(batch)

    def _mark(self, batch: pl.DataFrame) -> pl.DataFrame:
        ids = batch[ID].to_list()
        hit = [self._decisions.get(i) for i in ids]
        mask = pl.Series([h is not None for h in hit])
        if not mask.any():
            return batch
        dup_of = pl.Series([h[0] if h else None for h in hit], dtype=pl.String)
        detail = pl.Series([h[1] if h else None for h in hit], dtype=pl.String)
        return mark_drop(batch, mask, self.reason, detail=detail, duplicate_of=dup_of)

    # -- report -------------------------------------------------------------------------------

    def write_report(self, report_dir: Path) -> dict[str, Any]:
        report_dir.mkdir(parents=True, exist_ok=True)
        self._clusters.write_parquet(report_dir / "clusters.parquet")
        thumbs = {k: v for k, v in self._thumbs.items() if v is not None}
        sheet = contact_sheet(
            self._clusters.head(self.options.sheet_clusters),
            thumbs,
            report_dir / "contact_sheet.png",
        )
        return {
            "clusters": len(self._clusters),
            "duplicates": len(self._decisions),
            "corrupt_images": len(self._corrupt),
            "largest_cluster": int(self._clusters["size"].max() or 0) if len(self._clusters) else 0,
            "files": ["clusters.parquet"] + (["contact_sheet.png"] if sheet else []),
        }


@register
class ExactDedupe(_DedupeStep):
    """Drop exact duplicates: same encoded bytes, same decoded pixels (a lossless re-encode), or
    same normalised caption; one row per cluster stays (``keep``).

    >>> ExactDedupe({"by": ["bytes", "pixels"]})
    """

    name = "dedupe.exact"
    reason = "exact_duplicate"

    class Options(_Common):
        # not "on": YAML 1.1 reads a bare `on` key as the boolean true
        by: list[Literal["bytes", "pixels", "caption"]] = Field(
            default_factory=lambda: ["bytes", "pixels"],
            description="keys that make two rows equal (any of them): bytes, pixels, caption",
        )
        drop_corrupt: bool = Field(True, description="drop images the pixel key cannot decode")

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._keys: dict[str, list[np.ndarray]] = {k: [] for k in self.options.by}

    def _observe(self, batch: pl.DataFrame) -> None:
        ids = batch[ID].to_list()
        images = _image_bytes(batch) if {"bytes", "pixels"} & set(self.options.by) else []
        for kind in self.options.by:
            if kind == "caption":
                keys = [dd.caption_key(t) for t in batch[TEXT].to_list()]
            else:
                keys, errors = dd.exact_keys(images, on=kind)
                if kind == "pixels":
                    self._record_errors(ids, errors)
            # 64 bits of the 128-bit digest: compact state, collisions ~n^2/2^65
            self._keys[kind].append(
                np.array([int(k[:16], 16) if k else 0 for k in keys], dtype=np.uint64)
            )
        return None

    def _pairs(self) -> pl.DataFrame:
        frames = []
        for kind in self.options.by:
            keys = np.concatenate(self._keys[kind]) if self._keys[kind] else np.zeros(0, np.uint64)
            series = pl.Series("key", keys, dtype=pl.UInt64)
            series = series.to_frame().select(pl.when(pl.col("key") != 0).then("key"))["key"]
            pairs = dd.find_exact_duplicates(series)
            frames.append(pairs.with_columns(pl.lit(kind).alias("kind")))
        pairs = pl.concat(frames)
        # remember which key matched each row for the detail: the first kind listed wins
        self._kind: dict[int, str] = {}
        for i, j, k in pairs.select("i", "j", "kind").iter_rows():
            self._kind.setdefault(i, k)
            self._kind.setdefault(j, k)
        return pairs.select("i", "j", "distance")

    def finish(self) -> None:
        super().finish()
        pos = {i: k for k, i in enumerate(self._ids)}
        for rid, (kept, _) in list(self._decisions.items()):
            self._decisions[rid] = (kept, f"same {self._kind.get(pos[rid], 'key')} as {kept}")

    def _detail(self, value: float | None) -> str:
        return "exact"


@register
class PerceptualDedupe(_DedupeStep):
    """Drop near-duplicate images: perceptual hashes within ``max_distance`` bits (exact search,
    every pair brute force would find). ``include_flips`` also catches mirrored copies.

    >>> PerceptualDedupe({"method": "phash", "max_distance": 10, "include_flips": True})
    """

    name = "dedupe.perceptual"
    reason = "near_duplicate"

    class Options(_Common):
        method: Literal["phash", "dhash", "whash", "colorhash"] = Field(
            "phash", description="perceptual hash: phash | dhash | whash | colorhash"
        )
        hash_size: int = Field(
            8, ge=2, description="hash side (bits = hash_size^2; colorhash: binbits)"
        )
        max_distance: int = Field(
            dd.DEFAULT_MAX_DISTANCE,
            ge=0,
            description="largest Hamming distance of a near-duplicate",
        )
        include_flips: bool = Field(False, description="also match left-right mirrored copies")
        fast: bool = Field(True, description="decode JPEGs at reduced size (Image.draft)")
        drop_corrupt: bool = Field(True, description="drop undecodable images as corrupt_image")

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._hashes: list[np.ndarray] = []
        self._flipped: list[np.ndarray] = []
        self._ok: list[np.ndarray] = []

    def _observe(self, batch: pl.DataFrame) -> np.ndarray:
        o = self.options
        res = dd.hash_images(
            _image_bytes(batch), o.method, o.hash_size, fast=o.fast, include_flips=o.include_flips
        )
        self._record_errors(batch[ID].to_list(), res.errors)
        self._hashes.append(res.hashes)
        self._ok.append(res.ok)
        if res.flipped is not None:
            self._flipped.append(res.flipped)
        return res.sizes

    def _pairs(self) -> pl.DataFrame:
        if not self._hashes:
            return pl.DataFrame(schema={"i": pl.Int64, "j": pl.Int64, "distance": pl.Float64})
        hashes = np.concatenate(self._hashes)
        flipped = np.concatenate(self._flipped) if self._flipped else None
        ok = np.concatenate(self._ok)
        self.stats["undecodable"] += int((~ok).sum())
        return dd.find_near_duplicates(hashes, self.options.max_distance, flipped=flipped, valid=ok)

    def _detail(self, value: float | None) -> str:
        v = "?" if value is None else f"{value:g}"
        flips = " incl. flips" if self.options.include_flips else ""
        return f"{self.options.method} distance {v} (max {self.options.max_distance}{flips})"


@register
class CaptionDedupe(_DedupeStep):
    """Drop rows whose caption near-duplicates another's (word-shingle Jaccard >= ``threshold``,
    MinHash LSH candidates verified exactly). Rows without a caption are left alone.

    >>> CaptionDedupe({"threshold": 0.7})
    """

    name = "dedupe.caption"
    reason = "caption_duplicate"
    measure = "similarity"

    class Options(_Common):
        threshold: float = Field(0.7, gt=0, le=1, description="Jaccard similarity of duplicates")
        num_perm: int = Field(128, ge=16, description="MinHash permutations")
        ngram: int = Field(1, ge=1, description="words per shingle")

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._norms: list[str | None] = []

    def _observe(self, batch: pl.DataFrame) -> None:
        # the normalised caption is smaller than its signature and allows the exact check
        self._norms.extend(dd.normalize_caption(t) for t in batch[TEXT].to_list())
        return None

    def _pairs(self) -> pl.DataFrame:
        o = self.options
        return dd.find_caption_duplicates(
            self._norms, o.threshold, num_perm=o.num_perm, ngram=o.ngram, seed=self.ctx.seed + 1
        )

    def _detail(self, value: float | None) -> str:
        v = "?" if value is None else f"{value:.2f}"
        return f"caption jaccard {v} (min {self.options.threshold})"


@register
class SemanticDedupe(_DedupeStep):
    """Drop semantic duplicates (SemDeDup): CLIP image embeddings with cosine similarity >=
    ``threshold``. ``model`` is a Hub id or a local directory (``from_pretrained``).

    >>> SemanticDedupe({"model": "models/clip-vit-base-patch32", "threshold": 0.95})
    """

    name = "dedupe.semantic"
    reason = "semantic_duplicate"
    measure = "similarity"

    class Options(_Common):
        model: str | None = Field(None, description="CLIP model id or local path (required)")
        threshold: float = Field(0.95, gt=0, le=1, description="cosine similarity of duplicates")
        n_clusters: int | None = Field(
            None,
            ge=1,
            description="k-means clusters (default: all pairs up to 4096 rows, else sqrt(n))",
        )
        batch_size: int = Field(32, ge=1, description="images per model call")
        device: str = Field("cpu", description="torch device of the model")
        drop_corrupt: bool = Field(True, description="drop undecodable images as corrupt_image")

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._emb: list[np.ndarray] = []
        self._ok: list[np.ndarray] = []
        self._embedder: Any = None

    def setup(self) -> None:
        from trustbench.sanitize._semantic import load_embedder

        path = self.options.model
        self._embedder = load_embedder(path and self.ctx.model_path(path), self.options.device)

    def _observe(self, batch: pl.DataFrame) -> None:
        self.ensure_setup()
        emb, errors = dd.embed_images(_image_bytes(batch), self._embedder, self.options.batch_size)
        self._record_errors(batch[ID].to_list(), errors)
        self._emb.append(emb.astype(np.float32))
        self._ok.append(np.array([e is None for e in errors], dtype=bool))
        return None

    def _pairs(self) -> pl.DataFrame:
        emb = [e for e in self._emb if e.shape[1]]
        if not emb:
            return pl.DataFrame(schema={"i": pl.Int64, "j": pl.Int64, "similarity": pl.Float64})
        dim = emb[0].shape[1]
        x = np.concatenate(
            [e if e.shape[1] else np.zeros((len(e), dim), np.float32) for e in self._emb]
        )
        return dd.find_semantic_duplicates(
            x,
            self.options.threshold,
            n_clusters=self.options.n_clusters,
            valid=np.concatenate(self._ok),
            seed=self.ctx.seed,
        )

    def _detail(self, value: float | None) -> str:
        v = "?" if value is None else f"{value:.3f}"
        return f"cosine {v} (min {self.options.threshold})"


@register
class AgainstReference(CorpusStep):
    """Drop (or flag) rows that match any row of a reference set, e.g. benchmark items that sit
    in a training corpus; the reference itself is not deduplicated. The reference is read from
    Parquet file(s) (a path or glob, relative to the recipe) batch by batch, never all at once.

    >>> AgainstReference({"reference": "laion/*.parquet", "image_column": "jpg", "action": "flag"})
    """

    name = "dedupe.against"
    kind: ClassVar[StepKind] = "corpus"

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")
        reference: str = Field(..., description="Parquet file or glob of the reference set")
        method: Literal["phash", "dhash", "whash", "colorhash", "bytes", "pixels", "caption"] = (
            Field(
                "phash",
                description="a perceptual hash (within max_distance), or an exact key: bytes | pixels | "
                "caption (normalised)",
            )
        )
        image_column: str = Field(
            "image", description="reference column of image bytes (or HF struct)"
        )
        text_column: str | None = Field(
            None, description="reference caption column (method caption)"
        )
        id_column: str | None = Field(None, description="reference id column (default file:row)")
        hash_size: int = Field(8, ge=2, description="perceptual hash side (bits = hash_size^2)")
        max_distance: int = Field(
            dd.DEFAULT_MAX_DISTANCE, ge=0, description="largest Hamming distance of a match"
        )
        include_flips: bool = Field(False, description="also match mirrored copies")
        action: Literal["drop", "flag"] = Field(
            "drop", description="drop matches, or flag them in columns in_reference, reference_id"
        )
        drop_corrupt: bool = Field(True, description="drop undecodable images as corrupt_image")

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._ref_ids: list[str] = []
        self._ref_sigs: list[np.ndarray] = []
        self._ref_keys: dict[str, str] = {}
        self._ids: list[str] = []
        self._sigs: list[np.ndarray] = []
        self._flipped: list[np.ndarray] = []
        self._ok: list[np.ndarray] = []
        self._keys: list[str | None] = []
        self._corrupt: dict[str, str] = {}
        self._matches: dict[str, tuple[str, float]] = {}

    @property
    def _perceptual(self) -> bool:
        return self.options.method in dd.PERCEPTUAL_METHODS

    def _files(self) -> list[str]:
        pattern = self.options.reference
        if not Path(pattern).is_absolute():
            pattern = str(self.ctx.recipe_dir / pattern)
        files = sorted(glob.glob(pattern)) or ([pattern] if Path(pattern).is_file() else [])
        if not files:
            raise FileNotFoundError(
                f"dedupe.against: no reference Parquet file matches {pattern!r}"
            )
        return files

    def setup(self) -> None:
        import pyarrow.parquet as pq

        o = self.options
        column = o.text_column if o.method == "caption" else o.image_column
        if column is None:
            raise ValueError("dedupe.against with method caption needs text_column")
        for path in self._files():
            pf = pq.ParquetFile(path)
            names = pf.schema_arrow.names
            if column not in names:
                raise KeyError(f"dedupe.against: {path} has no column {column!r} (has {names})")
            cols = [column] + ([o.id_column] if o.id_column else [])
            row = 0
            for rb in pf.iter_batches(batch_size=512, columns=cols):
                frame = pl.from_arrow(rb)
                assert isinstance(frame, pl.DataFrame)
                ids = (
                    frame[o.id_column].cast(pl.String).to_list()
                    if o.id_column
                    else [f"{Path(path).name}:{row + k}" for k in range(len(frame))]
                )
                row += len(frame)
                values = frame[column]
                if values.dtype == pl.Struct:
                    values = values.struct.field("bytes")
                self._add_reference(ids, values.to_list())
        self.stats["reference_rows"] += len(self._ref_ids) or len(self._ref_keys)

    def _add_reference(self, ids: list[str], values: list[Any]) -> None:
        o = self.options
        if self._perceptual:
            res = dd.hash_images(values, o.method, o.hash_size)
            ok = res.ok
            self._ref_ids.extend(i for i, good in zip(ids, ok, strict=True) if good)
            self._ref_sigs.append(res.hashes[ok])
            self.stats["reference_undecodable"] += int((~ok).sum())
            return
        keys = self._exact(values)
        for i, k in zip(ids, keys, strict=True):
            if k is not None:
                self._ref_keys.setdefault(k, i)

    def _exact(self, values: list[Any], ids: list[str] | None = None) -> list[str | None]:
        if self.options.method == "caption":
            return [dd.caption_key(v) for v in values]
        keys, errors = dd.exact_keys(values, on=self.options.method)
        if ids is not None and self.options.method == "pixels":
            self._note_errors(ids, errors)
        return keys

    def _note_errors(self, ids: list[str], errors: list[str | None]) -> None:
        for i, err in zip(ids, errors, strict=True):
            if err is not None and err != "missing image":
                self._corrupt[i] = err

    def observe(self, batch: pl.DataFrame) -> None:
        if DROP_REASON in batch.columns:
            batch = batch.filter(pl.col(DROP_REASON).is_null())
        ids = batch[ID].to_list()
        self._ids.extend(ids)
        o = self.options
        if self._perceptual:
            res = dd.hash_images(
                _image_bytes(batch), o.method, o.hash_size, include_flips=o.include_flips
            )
            self._note_errors(ids, res.errors)
            self._sigs.append(res.hashes)
            self._ok.append(res.ok)
            if res.flipped is not None:
                self._flipped.append(res.flipped)
        else:
            values = batch[TEXT].to_list() if o.method == "caption" else _image_bytes(batch)
            self._keys.extend(self._exact(values, ids))

    def finish(self) -> None:
        o = self.options
        if self._perceptual and self._sigs and self._ref_sigs:
            found = dd.find_reference_matches(
                np.concatenate(self._sigs),
                np.concatenate(self._ref_sigs),
                o.max_distance,
                flipped=np.concatenate(self._flipped) if self._flipped else None,
                valid=np.concatenate(self._ok),
            )
            for i, r, d in found.iter_rows():
                self._matches[self._ids[i]] = (self._ref_ids[r], d)
        elif not self._perceptual:
            for rid, key in zip(self._ids, self._keys, strict=True):
                if key is not None and key in self._ref_keys:
                    self._matches[rid] = (self._ref_keys[key], 0.0)
        self.stats["in_reference"] += len(self._matches)

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        ids = batch[ID].to_list()
        if self._corrupt and self.options.drop_corrupt:
            bad = pl.Series([i in self._corrupt for i in ids])
            detail = pl.Series([self._corrupt.get(i) for i in ids], dtype=pl.String)
            batch = mark_drop(batch, bad, "corrupt_image", detail=detail)
        hit = [self._matches.get(i) for i in ids]
        ref_id = pl.Series([h[0] if h else None for h in hit], dtype=pl.String)
        if self.options.action == "flag":
            return batch.with_columns(
                pl.Series("in_reference", [h is not None for h in hit], dtype=pl.Boolean),
                ref_id.alias("reference_id"),
            )
        what = self.options.method
        detail = pl.Series(
            [f"{what} distance {h[1]:g} to reference {h[0]}" if h else None for h in hit],
            dtype=pl.String,
        )
        return mark_drop(
            batch,
            pl.Series([h is not None for h in hit]),
            "in_reference_set",
            detail=detail,
            duplicate_of=ref_id,
        )

    def write_report(self, report_dir: Path) -> dict[str, Any]:
        report_dir.mkdir(parents=True, exist_ok=True)
        frame = pl.DataFrame(
            {
                "id": list(self._matches),
                "reference_id": [m[0] for m in self._matches.values()],
                "distance": [float(m[1]) for m in self._matches.values()],
            },
            schema={"id": pl.String, "reference_id": pl.String, "distance": pl.Float64},
        )
        frame.write_parquet(report_dir / "matches.parquet")
        return {
            "matches": len(self._matches),
            "reference_rows": len(self._ref_ids) or len(self._ref_keys),
            "action": self.options.action,
            "files": ["matches.parquet"],
        }
