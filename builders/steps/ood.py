"""Distribution-shift steps: ``ood.corrupt`` (ImageNet-C), ``ood.render`` (renditions),
``ood.mixgen`` (MixGen pairs). All three are *expand* steps: they add new rows next to the
originals.

Every new row gets the id ``{id}/{transform}`` (e.g. ``img001/gaussian_noise-3``), the columns
``ood`` (``corruption`` | ``rendition`` | ``mixgen``; null on original rows), ``corruption`` (the
corruption type, style or ``mixgen``), ``severity`` (1–5 for corruptions) and ``ladder`` (the
corruption parameters: ``imagenet-c`` or ``monotone``), and in its lineage the seed it was made
with and ``params`` (JSON: transform, type, severity, ladder, …), so that
``corrupt(image, corruption, severity, seed=lineage.seed, ladder=ladder)`` makes it again. Only original rows
(``ood`` null) are transformed, so the steps can follow each other in a recipe.
"""

from __future__ import annotations

import hashlib
import random
from typing import Any, ClassVar, Literal

import polars as pl
from pydantic import BaseModel, ConfigDict, Field, field_validator

from trustbench.builders.schema import (
    ID,
    IMAGE,
    IMAGE_DTYPE,
    TEXT,
    add_lineage_params,
    set_lineage,
)
from trustbench.builders.step import Step, StepKind, register
from trustbench.sanitize.images import DEFAULT_MAX_PIXELS, encode_image, open_image

OOD = "ood"
CORRUPTION = "corruption"
SEVERITY = "severity"
LADDER = "ladder"
OOD_COLUMNS = {OOD: pl.String, CORRUPTION: pl.String, SEVERITY: pl.Int8, LADDER: pl.String}


class _Encoding(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: Literal["png", "jpeg", "webp"] = Field("png", description="encoding of new images")
    quality: int = Field(95, ge=1, le=100, description="JPEG/WebP quality")
    png_level: int = Field(
        1, ge=0, le=9, description="PNG zlib level (1: 2-4x faster than 6, 5-15% larger)"
    )
    max_pixels: int = Field(DEFAULT_MAX_PIXELS, gt=0, description="skip larger images")

    def encode(self, image) -> bytes:
        return encode_image(image, self.format.upper(), self.quality, self.png_level)


class _Options(_Encoding):
    per_image: int | None = Field(
        None, ge=1, description="new rows per selected image, a seeded sample (null: every one)"
    )
    fraction: float = Field(1.0, ge=0, le=1, description="share of original rows to transform")
    annotate: str | None = Field(
        None,
        description="caption template for new rows, e.g. '{text} ({corruption}, severity "
        "{severity})'; null keeps the caption",
    )

    @field_validator("annotate")
    @classmethod
    def _template(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                v.format(text="", corruption="", severity="")
            except (KeyError, IndexError, ValueError) as e:
                raise ValueError(
                    f"annotate may use {{text}}, {{corruption}}, {{severity}}: {e}"
                ) from None
        return v


def row_seed(*parts: object) -> int:
    """A stable non-negative 63-bit seed from the build seed, step, row id and transform."""
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def with_ood_columns(batch: pl.DataFrame) -> pl.DataFrame:
    """Add the null ``ood``/``corruption``/``severity`` columns if the batch lacks them."""
    missing = [
        pl.lit(None, dtype=t).alias(c) for c, t in OOD_COLUMNS.items() if c not in batch.columns
    ]
    return batch.with_columns(missing) if missing else batch


class _Made:
    """New rows collected while a batch is processed."""

    def __init__(self, step: str) -> None:
        self.step = step  # the name its lineage params are recorded under
        self.source_row: list[int] = []
        self.ids: list[str] = []
        self.images: list[bytes] = []
        self.texts: list[str | None] = []
        self.kind: list[str] = []
        self.name: list[str] = []
        self.severity: list[int | None] = []
        self.ladder: list[str | None] = []
        self.seeds: list[int] = []
        self.params: list[dict[str, Any]] = []

    def add(self, row: int, id_: str, image: bytes, text: str | None, kind: str, name: str,
            severity: int | None, seed: int, params: dict[str, Any],
            ladder: str | None = None) -> None:  # fmt: skip
        self.source_row.append(row)
        self.ids.append(id_)
        self.images.append(image)
        self.texts.append(text)
        self.kind.append(kind)
        self.name.append(name)
        self.severity.append(severity)
        self.ladder.append(ladder)
        self.seeds.append(seed)
        self.params.append(params | {"seed": seed})

    def frame(self, batch: pl.DataFrame) -> pl.DataFrame:
        """The new rows: copies of their source rows with the new values (and lineage)."""
        rows = batch[self.source_row]
        rows = rows.with_columns(
            pl.Series(ID, self.ids, dtype=pl.String),
            pl.struct(
                pl.Series("bytes", self.images, dtype=pl.Binary),
                pl.lit(None, dtype=pl.String).alias("path"),
            )
            .cast(IMAGE_DTYPE)
            .alias(IMAGE),
            pl.Series(TEXT, self.texts, dtype=pl.String),
            pl.Series(OOD, self.kind, dtype=pl.String),
            pl.Series(CORRUPTION, self.name, dtype=pl.String),
            pl.Series(SEVERITY, self.severity, dtype=pl.Int8),
            pl.Series(LADDER, self.ladder, dtype=pl.String),
        )
        rows = set_lineage(rows, seed=pl.Series(self.seeds, dtype=pl.Int64))
        return add_lineage_params(rows, self.step, self.params)


class _ExpandStep(Step):
    """Shared flow: pick original rows and transforms (seeded), decode once, transform, encode."""

    kind: ClassVar[StepKind] = "expand"
    family: ClassVar[str]

    def transforms(self) -> list[tuple[str, int | None]]:
        """(name, severity) pairs this step can apply."""
        raise NotImplementedError

    def apply(self, image, name: str, severity: int | None, seed: int):
        raise NotImplementedError

    def params(self, name: str, severity: int | None) -> dict[str, Any]:
        raise NotImplementedError

    def ladder(self) -> str | None:
        """The parameter ladder recorded in the ``ladder`` column (corruptions only)."""
        return None

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        o = self.options
        batch = with_ood_columns(batch)
        options = self.transforms()
        made = _Made(self.name)
        ids, texts = batch[ID].to_list(), batch[TEXT].to_list()
        for i, (id_, data, kind) in enumerate(
            zip(ids, batch[IMAGE].struct.field("bytes").to_list(), batch[OOD].to_list())
        ):
            if kind is not None:
                continue  # already a shifted row
            pick = random.Random(f"{self.ctx.seed}:{self.name}:{id_}")
            if pick.random() >= o.fraction:
                continue
            chosen = options if o.per_image is None else pick.sample(options, min(o.per_image, len(options)))  # fmt: skip
            img = _upright(open_image(data, o.max_pixels))
            if img is None:
                self.stats["undecodable"] += 1
                continue
            for name, severity in chosen:
                seed = row_seed(self.ctx.seed, self.name, id_, name, severity)
                out = self.apply(img, name, severity, seed)
                tag = name if severity is None else f"{name}-{severity}"
                text = texts[i]
                if o.annotate is not None:
                    text = o.annotate.format(
                        text=text or "", corruption=name, severity=severity or ""
                    )
                made.add(i, f"{id_}/{tag}", o.encode(out), text, self.family, name,
                         severity, seed, {"transform": self.family, **self.params(name, severity)},
                         self.ladder())  # fmt: skip
                self.stats[f"{self.family}:{name}"] += 1
        self.stats["rows_added"] += len(made.ids)
        return _combine(batch, made.frame(batch) if made.ids else None)


def _upright(img):
    """EXIF orientation applied (as the image is shown), so shifted copies look like it."""
    from PIL import ImageOps

    return None if img is None else ImageOps.exif_transpose(img)


def _combine(batch: pl.DataFrame, new: pl.DataFrame | None) -> pl.DataFrame:
    """The batch followed by the new rows."""
    if new is None:
        return batch
    return pl.concat([batch, new.select(batch.columns)], how="vertical")


@register
class Corrupt(_ExpandStep):
    """ImageNet-C corruptions (:mod:`trustbench.synth.corrupt`): one new row per corruption ×
    severity of each original row, or a seeded sample of ``per_image`` of them.

    ``ladder: monotone`` uses the parameters whose mean change grows strictly with severity
    instead of the published ImageNet-C ones (:data:`trustbench.synth.corrupt.LADDERS`).

    >>> Corrupt({"corruptions": ["fog", "glass_blur"], "severities": [1, 5]}).process(batch)
    """

    name = "ood.corrupt"
    family = "corruption"

    class Options(_Options):
        corruptions: list[str] | Literal["all", "common", "held_out"] = Field(
            "all", description="corruption types, or all (19) | common (15) | held_out (4)"
        )
        severities: list[int] = Field([1, 2, 3, 4, 5], description="severities (1..5)")
        ladder: Literal["imagenet-c", "monotone"] = Field(
            "imagenet-c",
            description="parameters: imagenet-c (published) | monotone (mean change grows "
            "strictly with severity)",
        )

        @field_validator("corruptions")
        @classmethod
        def _known(cls, v):
            from trustbench.synth.corrupt import CORRUPTIONS

            bad = sorted(set(v) - set(CORRUPTIONS)) if isinstance(v, list) else []
            if bad:
                raise ValueError(f"unknown corruptions {bad}; known: {list(CORRUPTIONS)}")
            return v

        @field_validator("severities")
        @classmethod
        def _sev(cls, v: list[int]) -> list[int]:
            if not v or any(s not in range(1, 6) for s in v):
                raise ValueError(f"severities must be a non-empty list of 1..5, got {v}")
            return sorted(set(v))

    def transforms(self) -> list[tuple[str, int | None]]:
        from trustbench.synth import corrupt as c

        names = self.options.corruptions
        if isinstance(names, str):
            names = {"all": c.CORRUPTIONS, "common": c.COMMON_CORRUPTIONS,
                     "held_out": c.HELD_OUT_CORRUPTIONS}[names]  # fmt: skip
        return [(n, s) for n in names for s in self.options.severities]

    def apply(self, image, name, severity, seed):
        from trustbench.synth.corrupt import corrupt

        return corrupt(image, name, severity, seed=seed, ladder=self.options.ladder)

    def params(self, name, severity):
        return {"corruption": name, "severity": severity, "ladder": self.options.ladder,
                "reference": "imagecorruptions 1.1.2"}  # fmt: skip

    def ladder(self) -> str:
        return self.options.ladder


@register
class Render(_ExpandStep):
    """Renditions (:mod:`trustbench.synth.render`): sketch, cartoon, painting, grayscale,
    posterize, edges; one new row per style, or a seeded sample of ``per_image``.

    >>> Render({"styles": ["sketch", "cartoon"], "per_image": 1}).process(batch)
    """

    name = "ood.render"
    family = "rendition"

    class Options(_Options):
        styles: list[str] | None = Field(None, description="styles (null: all six)")

        @field_validator("styles")
        @classmethod
        def _known(cls, v):
            from trustbench.synth.render import STYLES

            bad = sorted(set(v or ()) - set(STYLES))
            if bad:
                raise ValueError(f"unknown styles {bad}; known: {list(STYLES)}")
            return v

    def transforms(self) -> list[tuple[str, int | None]]:
        from trustbench.synth.render import STYLES

        return [(s, None) for s in (self.options.styles or list(STYLES))]

    def apply(self, image, name, severity, seed):
        from trustbench.synth.render import render

        return render(image, name)

    def params(self, name, severity):
        return {"style": name}


@register
class MixGen(Step):
    """MixGen (Hao et al. 2023): new image–text pairs from two original rows of a batch, the
    images interpolated (``lam``) and the captions concatenated; pairs drawn with the build seed.

    >>> MixGen({"fraction": 0.25, "lam": 0.5}).process(batch)
    """

    name = "ood.mixgen"
    kind: ClassVar[StepKind] = "expand"

    class Options(_Encoding):
        fraction: float = Field(
            0.25, ge=0, le=4, description="new pairs per original row of a batch"
        )
        lam: float = Field(0.5, ge=0, le=1, description="weight of the first image")

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        from trustbench.synth.mixgen import mixgen, mixgen_pairs

        o = self.options
        batch = with_ood_columns(batch)
        originals = [i for i, k in enumerate(batch[OOD].to_list()) if k is None]
        ids, texts = batch[ID].to_list(), batch[TEXT].to_list()
        datas = batch[IMAGE].struct.field("bytes").to_list()
        images = {i: _upright(open_image(datas[i], o.max_pixels)) for i in originals}
        usable = [i for i in originals if images[i] is not None]
        self.stats["undecodable"] += len(originals) - len(usable)
        n = round(o.fraction * len(usable))
        salt = f"{self.ctx.seed}:{ids[usable[0]]}" if usable else ""
        made = _Made(self.name)
        for a, b in mixgen_pairs([ids[i] for i in usable], n, seed=salt):
            i, j = usable[a], usable[b]
            image, text = mixgen(images[i], images[j], texts[i], texts[j], lam=o.lam)
            params = {"transform": "mixgen", "lam": o.lam, "first": ids[i], "second": ids[j]}
            made.add(i, f"{ids[i]}/mixgen+{ids[j]}", o.encode(image), text,
                     "mixgen", "mixgen", None, row_seed(salt), params)  # fmt: skip
        self.stats["rows_added"] += len(made.ids)
        return _combine(batch, made.frame(batch) if made.ids else None)
