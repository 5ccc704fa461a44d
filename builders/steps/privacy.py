"""Privacy steps: ``pseudonymize.text``, ``anonymize.faces``, ``strip.metadata``.

The PII key never enters the options (they go to ``provenance.json``): options name an
environment variable or a key file. A missing key is a configuration error, unless the recipe asks
for ``random_key: true`` (a random per-run key; the report says the run's pseudonyms cannot be
linked to any other run, and the build starts over instead of resuming).

``pseudonymize.text`` is applied by the runner to every row as soon as it is read (``at_read``),
wherever it stands in the step list, so no original caption reaches ``.work/``, ``exclusions/``
or a report.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path
from typing import Any, ClassVar, Literal

import polars as pl
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from trustbench.builders.schema import ID, IMAGE, TEXT
from trustbench.builders.step import CorpusStep, Step, StepKind, register
from trustbench.sanitize.images import DEFAULT_MAX_PIXELS, encode_image, open_image


class NerOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    backend: Literal["transformers", "spacy"] = Field("transformers", description="NER backend")
    model: str = Field(
        description="transformers: local model directory (save_pretrained layout); spacy: an "
        "installed pipeline name (e.g. en_core_web_sm) or its path"
    )
    min_score: float = Field(0.5, ge=0, le=1, description="drop entities scored below this")
    on: Literal["uncertain", "all"] = Field(
        "uncertain", description="captions sent to the model: only those the fast path leaves "
        "uncertain (two unknown capitalized words), or all"
    )


@register
class PseudonymizeText(CorpusStep):
    """Replace PII in text columns with consistent keyed surrogates (or redact/mask/hash it).

    Counts replaced entities per type in the stats (never the originals). The corpus is observed
    first so that no surrogate equals an original value of the corpus.

    >>> PseudonymizeText({"key_env": "TRUSTBENCH_PII_KEY", "operator": "replace"})
    """

    name = "pseudonymize.text"
    kind: ClassVar[StepKind] = "corpus"
    at_read: ClassVar[bool] = True

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")
        columns: list[str] = Field(default_factory=lambda: [TEXT], description="text columns")
        operator: Literal["replace", "redact", "mask", "hash"] = Field(
            "replace", description="replace = keyed fake values; redact = [TYPE]; mask; hash"
        )
        entities: list[str] | None = Field(None, description="entity types (default: all)")
        locale: str = Field("en_US", description="Faker locale for emails, URLs, IPs")
        key_env: str = Field(
            "TRUSTBENCH_PII_KEY",
            pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
            description="NAME of the environment variable holding the key (never the key)",
        )
        key_file: str | None = Field(
            None, description="PATH of a file holding the key (relative to the recipe)"
        )
        random_key: bool = Field(
            False,
            description="use a random per-run key (pseudonyms not linkable across runs, no "
            "resume); without it a missing key is an error",
        )
        avoid_originals: bool = Field(
            True, description="never emit a surrogate equal to an original of the corpus"
        )
        ner: NerOptions | None = Field(None, description="optional NER model for person names")
        keep: list[str] = Field(
            default_factory=list,
            description="names never replaced (public figures, brands); built-in: well-known "
            "brands and landmarks such as Ralph Lauren, Lake Louise",
        )

        @field_validator("entities")
        @classmethod
        def _known(cls, v: list[str] | None) -> list[str] | None:
            from trustbench.sanitize.pii import ENTITY_TYPES

            bad = sorted(set(v or ()) - set(ENTITY_TYPES))
            if bad:
                raise ValueError(f"unknown entity types {bad}; known: {list(ENTITY_TYPES)}")
            return v

        @model_validator(mode="after")
        def _one_key_source(self):
            if self.random_key and self.key_file:
                raise ValueError("give either key_file or random_key: true, not both")
            return self

    def setup(self) -> None:
        from trustbench.sanitize.pii import PIIDetector, Pseudonymizer, load_key

        o = self.options
        key_file = self.ctx.path(o.key_file) if o.key_file else None
        key, linkable = load_key(
            None if o.random_key else o.key_env, key_file, allow_random=o.random_key
        )
        ner = None
        if o.ner is not None:
            ner = self.ctx.path(o.ner.model)
            if o.ner.backend == "spacy" and not ner.exists():
                ner = o.ner.model  # an installed pipeline's package name
        detector = PIIDetector(o.entities, ner_model=ner, keep=o.keep,
                               ner_min_score=o.ner.min_score if o.ner else 0.5,
                               ner_backend=o.ner.backend if o.ner else "transformers",
                               ner_on=o.ner.on if o.ner else "uncertain")  # fmt: skip
        self._p = Pseudonymizer(key if linkable else None, operator=o.operator, locale=o.locale,
                                detector=detector)  # fmt: skip
        del key
        self._key_source = (
            f"key file {o.key_file}" if o.key_file
            else f"environment variable {o.key_env}" if linkable
            else "random per-run key: pseudonyms are not linkable across runs"
        )  # fmt: skip
        self._totals: Counter[str] = Counter()

    def resumable(self) -> bool:
        # a random per-run key cannot be recreated: resumed shards would get other pseudonyms
        return not self.options.random_key

    def observe(self, batch: pl.DataFrame) -> None:
        if self.options.avoid_originals:
            for col in self._columns(batch):
                self._p.observe(batch[col].to_list())

    def _columns(self, batch: pl.DataFrame) -> list[str]:
        return [c for c in self.options.columns if c in batch.columns]

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        return self._pseudonymize(batch, self._columns(batch))

    def after_step(self, before: pl.DataFrame, after: pl.DataFrame) -> pl.DataFrame:
        # a step before this one's place wrote a configured column (a model's caption, an
        # overwritten one): the rows whose value it changed are pseudonymized now, before the
        # shard is written; unchanged rows were pseudonymized as they were read
        for col in self._columns(after):
            if col not in before.columns:
                after = self._pseudonymize(after, [col])
                continue
            key = [ID, col] if ID in after.columns and ID in before.columns else [col]
            changed = (after.select(key).with_row_index("_row")
                       .join(before.select(key), on=key, how="anti", nulls_equal=True)["_row"])  # fmt: skip
            if len(changed):
                done = self._pseudonymize(after[changed], [col])[col]
                after = after.with_columns(after[col].cast(pl.String).scatter(changed, done))
        return after

    def _pseudonymize(self, batch: pl.DataFrame, columns: list[str]) -> pl.DataFrame:
        self.ensure_setup()
        before = Counter(self._p.counts)
        rows_with = pl.Series([False] * len(batch))
        updates = []
        for col in columns:
            src = batch[col].cast(pl.String)
            out = self._p.pseudonymize_texts(src)
            assert isinstance(out, pl.Series)
            rows_with = rows_with | (out.fill_null("") != src.fill_null(""))
            updates.append(out.alias(col))
        delta = self._p.counts - before
        for etype, n in delta.items():
            self.stats[etype] += n
        self.stats["rows_with_pii"] += int(rows_with.sum())
        self.stats["texts_scanned"] += len(batch) * len(updates)
        self._totals.update(delta)
        return batch.with_columns(updates) if updates else batch

    def write_report(self, report_dir: Path) -> dict[str, Any]:
        from trustbench.sanitize.pii import ENTITY_TYPES

        # the build's counts (a resumed build processed only some shards in this process)
        counts = {t: n for t, n in self.build_stats.items() if t in ENTITY_TYPES and n} or self._totals
        summary = {
            "entities": dict(sorted(counts.items())),
            "operator": self.options.operator,
            "key": self._key_source,
            "linkable_across_runs": self._p.linkable,
        }
        report_dir.mkdir(parents=True, exist_ok=True)
        (report_dir / "pii_counts.json").write_text(json.dumps(summary, indent=2) + "\n")
        return summary


def _with_bytes(batch: pl.DataFrame, new_bytes: list[bytes | None]) -> pl.DataFrame:
    return batch.with_columns(
        pl.struct(
            pl.Series("bytes", new_bytes, dtype=pl.Binary),
            pl.col(IMAGE).struct.field("path").alias("path"),
        ).alias(IMAGE)
    )


@register
class AnonymizeFaces(Step):
    """Blur or pixelate detected faces; adds ``faces_anonymized`` (faces per row).

    Only images with faces are re-encoded (same format; EXIF orientation applied, metadata
    dropped). Undecodable images are left as they are and counted.

    >>> AnonymizeFaces({"method": "pixelate", "expand": 0.25}).process(batch)
    """

    name = "anonymize.faces"
    kind: ClassVar[StepKind] = "map"

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")
        method: Literal["blur", "pixelate"] = Field("blur", description="how faces are hidden")
        expand: float = Field(0.2, ge=0, le=2, description="grow boxes by this fraction")
        detector: str = Field(
            "haar", description="'haar' (OpenCV cascade) or 'module:Class' with .detect(image)"
        )
        scale_factor: float = Field(1.1, gt=1, description="Haar pyramid step")
        min_neighbors: int = Field(5, ge=1, description="Haar: higher = fewer false faces")
        min_size: int = Field(24, ge=8, description="smallest face side in pixels")
        jpeg_quality: int = Field(92, ge=1, le=100, description="quality of re-encoded JPEGs")
        max_pixels: int = Field(DEFAULT_MAX_PIXELS, gt=0, description="skip larger images")

    def setup(self) -> None:
        from trustbench.sanitize.faces import HaarFaceDetector

        o = self.options
        if o.detector == "haar":
            self._det = HaarFaceDetector(
                scale_factor=o.scale_factor, min_neighbors=o.min_neighbors, min_size=o.min_size
            )
        else:
            import importlib

            mod, _, attr = o.detector.partition(":")
            if not attr:
                raise ValueError(f"detector {o.detector!r}: use 'haar' or 'module:Class'")
            self._det = getattr(importlib.import_module(mod), attr)()

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        from PIL import ImageOps

        from trustbench.sanitize.faces import blur_faces

        self.ensure_setup()
        o = self.options
        datas = batch[IMAGE].struct.field("bytes").to_list()
        new_bytes, counts = [], []
        sizes: list[tuple[int, int] | None] = []
        for data in datas:
            img = open_image(data, o.max_pixels)
            if img is None:
                self.stats["undecodable"] += 1
                new_bytes.append(data)
                counts.append(None)
                sizes.append(None)
                continue
            fmt = img.format
            upright = ImageOps.exif_transpose(img)
            out, boxes = blur_faces(upright, self._det, method=o.method, expand=o.expand)
            counts.append(len(boxes))
            if boxes:
                self.stats["faces"] += len(boxes)
                self.stats["images_with_faces"] += 1
                new_bytes.append(encode_image(out, fmt, o.jpeg_quality))
                sizes.append(out.size)
            else:
                new_bytes.append(data)
                sizes.append(None)
        batch = _with_bytes(batch, new_bytes).with_columns(
            pl.Series("faces_anonymized", counts, dtype=pl.Int32)
        )
        return _update_sizes(batch, sizes)


def _update_sizes(batch: pl.DataFrame, sizes: list[tuple[int, int] | None]) -> pl.DataFrame:
    cols = []
    for i, name in enumerate(("width", "height")):
        if name in batch.columns:
            new = pl.Series([s[i] if s else None for s in sizes], dtype=batch[name].dtype)
            cols.append(pl.coalesce(pl.lit(new), pl.col(name)).alias(name))
    return batch.with_columns(cols) if cols else batch


@register
class StripMetadata(Step):
    """Re-encode every image without EXIF/GPS/XMP/IPTC/comments/text chunks, orientation applied.

    Updates ``width``/``height`` when the orientation swapped them. Undecodable images are left
    as they are and counted (``validate.images`` quarantines them earlier in a recipe).

    >>> StripMetadata({"jpeg_quality": 95}).process(batch)
    """

    name = "strip.metadata"
    kind: ClassVar[StepKind] = "map"

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")
        jpeg_quality: int = Field(
            95, ge=1, le=100, description="quality when a JPEG must be re-encoded after rotation"
        )
        keep_icc: bool = Field(True, description="keep the ICC colour profile")
        max_pixels: int = Field(DEFAULT_MAX_PIXELS, gt=0, description="skip larger images")

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        from PIL import Image

        from trustbench.sanitize.metadata import has_gps, has_metadata, strip_metadata

        o = self.options
        new_bytes: list[bytes | None] = []
        sizes: list[tuple[int, int] | None] = []
        for data in batch[IMAGE].struct.field("bytes").to_list():
            if open_image(data, o.max_pixels) is None:
                self.stats["undecodable"] += 1
                new_bytes.append(data)
                sizes.append(None)
                continue
            try:
                had_meta, had_gps = has_metadata(data), has_gps(data)
                clean = strip_metadata(data, jpeg_quality=o.jpeg_quality, keep_icc=o.keep_icc)
                with Image.open(io.BytesIO(clean)) as im:
                    sizes.append(im.size)
            except Exception:  # noqa: BLE001 - a decoder failure skips the row, counted
                self.stats["undecodable"] += 1
                new_bytes.append(data)
                sizes.append(None)
                continue
            self.stats["images_stripped"] += int(had_meta)
            self.stats["gps_removed"] += int(had_gps)
            new_bytes.append(clean)
        return _update_sizes(_with_bytes(batch, new_bytes), sizes)
