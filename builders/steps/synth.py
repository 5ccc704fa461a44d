"""Synthesis steps: ``generate`` images from prompts, ``caption`` them, ``score.clip`` them against
their prompt (and zero-shot labels), and ``filter.nsfw``.

Each loads its model once per process in ``setup`` (a Hub id or a folder; relative folders
resolve against the recipe's folder, then the working directory) through
:mod:`trustbench.synth`, which imports torch only then. ``generate`` sets ``lineage.model``,
``lineage.revision`` and ``lineage.seed``; every step adds its settings under its own name to the
JSON in ``lineage.params``, so ``{"generate": {...}, "caption": {...}}`` tells how a row was made.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

import polars as pl
from pydantic import BaseModel, ConfigDict, Field

from trustbench.builders.schema import (
    DROP_REASON,
    ID,
    IMAGE,
    TEXT,
    add_lineage_params,
    image_struct,
    mark_drop,
    set_lineage,
)
from trustbench.builders.step import Step, StepContext, StepKind, register


class _ModelOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", protected_namespaces=())
    model: str = Field(description="Hub id or local folder (from_pretrained)")
    revision: str | None = Field(None, description="Hub branch, tag or commit")
    device: str = Field("auto", description="auto (cuda, mps, else cpu) or a torch device")
    dtype: Literal["auto", "fp32", "fp16", "bf16"] = Field(
        "auto", description="auto: fp16 on a GPU, fp32 on CPU"
    )


def _load(cls: type, options: BaseModel, ctx: StepContext, **extra: Any) -> Any:
    """Build a :mod:`trustbench.synth` model wrapper from the step options of the same names;
    relative model folders resolve against the recipe's folder."""
    names = {f.name for f in dataclasses.fields(cls)} - set(extra)
    kwargs = {k: v for k, v in options.model_dump().items() if k in names}
    return cls(**kwargs, base_dir=ctx.recipe_dir, **extra)


def _texts(batch: pl.DataFrame, column: str) -> pl.Series:
    """The wanted text column, falling back to ``text`` when a batch has none by that name."""
    return batch[column] if column in batch.columns else batch[TEXT]


def _image_bytes(batch: pl.DataFrame) -> list[bytes | None]:
    return batch[IMAGE].struct.field("bytes").to_list()


def _drop_undecodable(batch: pl.DataFrame, errors: list[str | None]) -> pl.DataFrame:
    bad = pl.Series([e is not None for e in errors])
    if not bad.any():
        return batch
    return mark_drop(batch, bad, "corrupt_image", pl.Series(errors, dtype=pl.String))


@register
class Generate(Step):
    """Generate each row's image from its prompt with a diffusers text-to-image pipeline.

    The seed is the row's ``seed`` column if set, else derived from the recipe seed and the
    row's ``seed_group`` (rows of a group share initial latents) or its id; batch size never
    changes a sample. Sets ``image`` (PNG or JPEG bytes), ``width``, ``height`` and lineage
    model/revision/seed/params.

    >>> Generate({"model": "stabilityai/sd-turbo", "steps": 1, "guidance": 0.0})
    """

    name = "generate"
    kind: StepKind = "map"

    class Options(_ModelOptions):
        tiny_vae: str | None = Field(
            None, description="AutoencoderTiny decoder (e.g. madebyollin/taesd)"
        )
        scheduler: str | None = Field(None, description="diffusers scheduler class to swap in")
        scheduler_config: dict[str, Any] = Field(
            default_factory=dict, description="scheduler config overrides"
        )
        steps: int = Field(25, ge=1, description="denoising steps")
        guidance: float = Field(7.5, ge=0, description="classifier-free guidance scale (≤1: off)")
        width: int | None = Field(None, ge=8, description="pixels (default: the model's)")
        height: int | None = Field(None, ge=8, description="pixels (default: the model's)")
        batch_size: int = Field(8, ge=1, description="prompts per pipeline call")
        negative_prompt: str | None = Field(
            None, description="for every row without a negative_prompt column value"
        )
        prompt_column: str = Field("prompt", description="prompt column (falls back to text)")
        format: Literal["png", "jpeg"] = Field("png", description="encoding of the images")
        jpeg_quality: int = Field(95, ge=1, le=100, description="JPEG quality")
        encode_workers: int | None = Field(
            None, ge=1, description="encoder threads (default: cores - 1, at most 8)"
        )

    def setup(self) -> None:
        from trustbench.synth.generate import Generator, default_encode_workers

        o = self.options
        self.gen = _load(
            Generator,
            o,
            self.ctx,
            image_format=o.format,
            encode_workers=o.encode_workers or default_encode_workers(),
        )
        self.stats["model_load_seconds"] += round(self.gen.load_seconds, 3)

    def seeds(self, batch: pl.DataFrame) -> list[int]:
        from trustbench.synth.generate import derive_seed

        n = len(batch)
        named = batch["seed"].cast(pl.Int64).to_list() if "seed" in batch.columns else [None] * n
        group = (
            batch["seed_group"].cast(pl.String).to_list()
            if "seed_group" in batch.columns
            else [None] * n
        )
        return [
            s if s is not None else derive_seed(self.ctx.seed, g if g is not None else i)
            for s, g, i in zip(named, group, batch[ID].to_list())
        ]

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        batch = mark_drop(batch, _texts(batch, self.options.prompt_column).is_null(), "no_prompt")
        todo = batch.filter(pl.col(DROP_REASON).is_null())
        rest = batch.filter(pl.col(DROP_REASON).is_not_null())
        prompts = _texts(todo, self.options.prompt_column).to_list()
        if "negative_prompt" in todo.columns:
            negative = [n or self.options.negative_prompt for n in todo["negative_prompt"]]
        else:
            negative = [self.options.negative_prompt] * len(todo)
        seeds = self.seeds(todo)
        images = self.gen.generate(prompts, seeds, negative)
        self.stats["images_generated"] += len(images)
        ext = "jpg" if self.options.format == "jpeg" else "png"
        names = [f"{i.replace('/', '_')}.{ext}" for i in todo[ID]]
        todo = todo.with_columns(
            image_struct(
                pl.lit(pl.Series([im.data for im in images], dtype=pl.Binary)),
                pl.lit(pl.Series(names, dtype=pl.String)),
            ),
            pl.Series("width", [im.width for im in images], dtype=pl.Int64),
            pl.Series("height", [im.height for im in images], dtype=pl.Int64),
        )
        todo = set_lineage(
            todo,
            model=self.options.model,
            revision=self.gen.resolved.revision,
            seed=pl.Series(seeds, dtype=pl.Int64),
        )
        base = self.gen.params
        # the seed goes into params too: a later step (ood.corrupt) may set lineage.seed to its own
        todo = add_lineage_params(
            todo, self.name, [base | {"negative_prompt": n, "seed": sd} for n, sd in zip(negative, seeds)]
        )
        if rest.is_empty():
            return todo
        rest = rest.with_columns(
            pl.lit(None, pl.Int64).alias("width"), pl.lit(None, pl.Int64).alias("height")
        )
        return pl.concat([todo, rest.select(todo.columns)], how="vertical_relaxed")


@register
class Caption(Step):
    """Caption each row's image with a transformers image-to-text model (BLIP, GIT, Florence-2,
    a small VLM with a ``prompt``) into ``column``; undecodable images drop as ``corrupt_image``.

    >>> Caption({"model": "Salesforce/blip-image-captioning-base", "column": "caption"})
    """

    name = "caption"
    kind: StepKind = "map"

    class Options(_ModelOptions):
        prompt: str | None = Field(None, description="text the caption is conditioned on")
        max_new_tokens: int = Field(30, ge=1, description="caption length limit in tokens")
        num_beams: int = Field(1, ge=1, description="beam search width (1: greedy)")
        batch_size: int = Field(16, ge=1, description="images per model call")
        column: str = Field("caption", description="output column (text: replace the text)")

    def setup(self) -> None:
        from trustbench.synth.caption import Captioner

        self.captioner = _load(Captioner, self.options, self.ctx)

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        texts, errors = self.captioner.caption(_image_bytes(batch))
        self.stats["captioned"] += sum(t is not None for t in texts)
        batch = batch.with_columns(pl.Series(self.options.column, texts, dtype=pl.String))
        params = {"model": self.options.model, "revision": self.captioner.resolved.revision}
        batch = add_lineage_params(batch, self.name, params | self.captioner.params)
        return _drop_undecodable(batch, errors)


@register
class ScoreClip(Step):
    """CLIP/SigLIP image–text alignment (cosine) of each image with its prompt in ``column``;
    drops rows below ``min_score`` (``low_clip_score``). With ``labels`` also writes the zero-shot
    label (``label_column``) and its probability, and with ``expect_column`` drops rows whose
    label is not the expected one (``label_mismatch``).

    >>> ScoreClip({"model": "openai/clip-vit-base-patch32", "min_score": 0.2})
    """

    name = "score.clip"
    kind: StepKind = "filter"

    class Options(_ModelOptions):
        text_column: str = Field("prompt", description="text to score against (falls back to text)")
        column: str = Field("clip_score", description="output column (cosine similarity)")
        min_score: float | None = Field(None, description="drop rows scoring below this")
        labels: list[str] | None = Field(None, description="zero-shot labels to classify into")
        label_template: str = Field("a photo of {}", description="text made from each label")
        label_column: str = Field("clip_label", description="output column of the best label")
        expect_column: str | None = Field(
            None, description="column naming the label each row should show"
        )
        batch_size: int = Field(64, ge=1, description="images per model call")

    def setup(self) -> None:
        from trustbench.synth.clip import ClipScorer

        self.scorer = _load(ClipScorer, self.options, self.ctx)

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        o = self.options
        images = _image_bytes(batch)
        texts = _texts(batch, o.text_column).fill_null("").to_list()
        embedded = self.scorer.embed_images(images)  # once, for the score and the labels
        sims, errors = self.scorer.score(images, texts, embedded=embedded)
        batch = batch.with_columns(pl.Series(o.column, sims, dtype=pl.Float64).fill_nan(None))
        params: dict[str, Any] = {
            "model": o.model,
            "revision": self.scorer.resolved.revision,
            "min_score": o.min_score,
        }
        if o.labels:
            probs, _ = self.scorer.classify(images, o.labels, o.label_template, embedded=embedded)
            best = [None if p[0] != p[0] else int(p.argmax()) for p in probs]  # NaN: no image
            batch = batch.with_columns(
                pl.Series(o.label_column, [o.labels[b] if b is not None else None for b in best]),
                pl.Series(
                    f"{o.label_column}_prob",
                    [float(p[b]) if b is not None else None for p, b in zip(probs, best)],
                    dtype=pl.Float64,
                ),
            )
            params |= {"labels": o.labels, "label_template": o.label_template}
        batch = add_lineage_params(batch, self.name, params)
        batch = _drop_undecodable(batch, errors)
        if o.min_score is not None:
            low = pl.col(o.column) < o.min_score
            detail = pl.format("cosine {} < {}", pl.col(o.column).round(4), pl.lit(o.min_score))
            batch = mark_drop(batch, low, "low_clip_score", detail)
        if o.labels and o.expect_column:
            miss = pl.col(o.label_column) != pl.col(o.expect_column)
            detail = pl.format("shows {} not {}", pl.col(o.label_column), pl.col(o.expect_column))
            batch = mark_drop(batch, miss, "label_mismatch", detail)
        return batch


@register
class FilterNsfw(Step):
    """Score every image with an NSFW check (default ``nudenet``: its ONNX detector ships in the
    wheel, offline) into ``column``; rows at or above ``threshold`` drop as ``nsfw`` (or are only
    flagged with ``action: flag``). The backend and threshold go into lineage params.

    >>> FilterNsfw({"threshold": 0.5})
    """

    name = "filter.nsfw"
    kind: StepKind = "filter"

    class Options(BaseModel):
        model_config = ConfigDict(extra="forbid")
        backend: str = Field("nudenet", description="nudenet, or package.module:ClassName")
        threshold: float = Field(0.5, ge=0, le=1, description="score at which an image is NSFW")
        action: Literal["drop", "flag"] = Field("drop", description="drop rows, or only flag them")
        column: str = Field("nsfw_score", description="output column of the score")
        options: dict[str, Any] = Field(default_factory=dict, description="backend options")

    def setup(self) -> None:
        from trustbench.synth.nsfw import load_nsfw_check

        self.check = load_nsfw_check(self.options.backend, **self.options.options)

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        o = self.options
        scores, errors = self.check.scores(_image_bytes(batch))
        batch = batch.with_columns(pl.Series(o.column, scores, dtype=pl.Float64))
        hit = pl.col(o.column) >= o.threshold
        self.stats["nsfw"] += int(batch.select(hit.fill_null(False).sum()).item())
        batch = add_lineage_params(batch, self.name, {"backend": o.backend, "threshold": o.threshold})
        if o.action == "flag":
            batch = batch.with_columns(hit.fill_null(False).alias("nsfw"))
        batch = _drop_undecodable(batch, errors)
        if o.action == "drop":
            detail = pl.format(
                "{} score {} >= {}",
                pl.lit(o.backend),
                pl.col(o.column).round(4),
                pl.lit(o.threshold),
            )
            batch = mark_drop(batch, hit, "nsfw", detail)
        return batch
