"""Fairness steps: ``fairness.attributes``, ``fairness.counterfactual``, ``fairness.balance`` and
``fairness.audit`` — fairness sets cut from real image-text corpora.

- ``fairness.attributes`` (map) adds ``gender`` (female | male | mixed | unknown), ``occupation``,
  ``gender_polarity`` and ``attribute_spans`` (the matched words) from the caption.
- ``fairness.counterfactual`` (expand) adds, after each caption with a gender term, a row with the
  gender-swapped caption: id ``{id}~cf``, same image, ``pair_id`` = the original's id on both
  rows, ``role`` = original | counterfactual, ``cf_swaps`` = exactly the tokens that changed.
- ``fairness.balance`` (corpus) re-samples so every group (``by``) has as many rows of each
  attribute value; ``action: drop`` drops the rest (reason ``balance_downsampled``, or
  ``balance_out_of_scope`` for rows without a value or a group), ``action: flag`` keeps every row
  and marks the balanced subset in a column (``balanced``), so a demo build holds the whole
  sanitized corpus, the balanced subset and the counterfactual pairs in one output.
  Counterfactual rows are never counted: they follow their original (dropped with it, never
  flagged, since their caption no longer describes the image's perceived gender).
- ``fairness.audit`` (corpus, drops nothing) writes the bias audit of
  :mod:`trustbench.synth.bias_audit` (tables in provenance, PNG charts and Parquet tables in the
  report folder); with ``model`` it adds the CLIP embedding bias distance.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

import polars as pl
from pydantic import BaseModel, ConfigDict, Field

from trustbench.builders.schema import (
    DROP_REASON,
    ID,
    IMAGE,
    TEXT,
    add_lineage_params,
    mark_drop,
)
from trustbench.builders.step import CorpusStep, Step, StepKind, register

SPAN_DTYPE = pl.List(
    pl.Struct({"start": pl.Int32, "end": pl.Int32, "text": pl.String, "kind": pl.String,
               "value": pl.String})
)  # fmt: skip
SWAP_DTYPE = pl.List(
    pl.Struct({"start": pl.Int32, "end": pl.Int32, "old": pl.String, "new": pl.String,
               "new_start": pl.Int32, "kind": pl.String})
)  # fmt: skip
CF_SUFFIX = "~cf"


class _Lexicons(BaseModel):
    model_config = ConfigDict(extra="forbid")
    column: str = Field(TEXT, description="caption column")
    pairs: list[str] = Field(
        default_factory=list,
        description="extra gender pair files (FEMALE<TAB>MALE[<TAB>both|f2m|m2f]), relative to "
        "the recipe; they extend the bundled lexicons/gender_pairs.tsv",
    )
    compounds: list[str] = Field(
        default_factory=list, description="extra compound files (FEMALE<TAB>MALE<TAB>PREFIXES)"
    )
    occupations: list[str] = Field(
        default_factory=list,
        description="extra occupation files (CANONICAL | ALIAS, ...), extend the bundled "
        "lexicons/occupations.txt",
    )


def _paths(step: Step, names: list[str]) -> list[Path]:
    out = []
    for n in names:
        p = step.ctx.path(n)
        if not p.is_file():
            raise FileNotFoundError(f"{step.name}: lexicon file {n!r} not found (looked at {p})")
        out.append(p)
    return out


def _extractor(step: Step) -> Any:
    from trustbench.synth.attributes import AttributeExtractor

    o = step.options
    return AttributeExtractor(
        _paths(step, o.pairs), _paths(step, o.compounds), _paths(step, o.occupations)
    )


def _texts(step: Step, batch: pl.DataFrame) -> list[str | None]:
    col = step.options.column
    if col not in batch.columns:
        raise KeyError(f"{step.name}: column {col!r} is not in the batch ({batch.columns})")
    return batch[col].cast(pl.String).to_list()


def attribute_columns(extractor: Any, texts: list[str | None], gender: str, occupation: str):
    """The attribute columns of ``texts`` as Series (shared by the attributes and counterfactual
    steps so a counterfactual row describes its own caption)."""
    found = [extractor.extract(t) for t in texts]
    spans = [
        [{"start": s.start, "end": s.end, "text": s.text, "kind": s.kind, "value": s.value}
         for s in a.spans]
        for a in found
    ]  # fmt: skip
    return found, [
        pl.Series(gender, [a.gender for a in found], dtype=pl.String),
        pl.Series(occupation, [a.occupation for a in found], dtype=pl.String),
        pl.Series("gender_polarity", [a.polarity for a in found], dtype=pl.Float64),
        pl.Series("attribute_spans", spans, dtype=SPAN_DTYPE),
    ]


@register
class ExtractAttributes(Step):
    """Perceived gender (from gender terms only: unknown stays unknown, both → mixed) and
    occupation of each caption, with the matched spans.

    >>> ExtractAttributes({"occupations": ["my_jobs.txt"]})
    """

    name = "fairness.attributes"
    kind: ClassVar[StepKind] = "map"

    class Options(_Lexicons):
        gender_column: str = Field("gender", description="output column for the gender")
        occupation_column: str = Field("occupation", description="output column for the occupation")

    def setup(self) -> None:
        self._ex = _extractor(self)

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        self.ensure_setup()
        o = self.options
        found, cols = attribute_columns(self._ex, _texts(self, batch), o.gender_column,
                                        o.occupation_column)  # fmt: skip
        for a in found:
            self.stats[f"gender_{a.gender}"] += 1
            self.stats["with_occupation"] += a.occupation is not None
        return batch.with_columns(cols)


@register
class CounterfactualCaptions(Step):
    """Add a gender-swapped caption row after every caption with a gender term (same image,
    linked by ``pair_id``; ``cf_swaps`` records exactly which tokens changed).

    >>> CounterfactualCaptions({"names": True})
    """

    name = "fairness.counterfactual"
    kind: ClassVar[StepKind] = "expand"

    class Options(_Lexicons):
        names: bool = Field(
            False, description="also swap gendered first names (pseudonymizer's name lists)"
        )
        gender_column: str = Field(
            "gender", description="recomputed on counterfactual rows when the batch has it"
        )
        occupation_column: str = Field("occupation", description="likewise")

    def setup(self) -> None:
        from trustbench.synth.counterfactual import GenderSwapper

        o = self.options
        self._sw = GenderSwapper(_paths(self, o.pairs), _paths(self, o.compounds), names=o.names)
        self._ex = _extractor(self)  # re-extracts attributes of the new captions

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        from trustbench.synth.counterfactual import verify

        self.ensure_setup()
        o = self.options
        ids = batch[ID].to_list()
        rows, new_texts, swaps, params = [], [], [], []
        for k, text in enumerate(_texts(self, batch)):
            cf = self._sw.swap(text)
            if not cf.changed:
                continue
            if not verify(cf):  # a token outside the recorded swaps changed: never emit it
                self.stats["pair_check_failed"] += 1
                continue
            rows.append(k)
            new_texts.append(cf.text)
            swaps.append([
                {"start": s.start, "end": s.end, "old": s.old, "new": s.new,
                 "new_start": s.new_start, "kind": s.kind} for s in cf.swaps
            ])  # fmt: skip
            params.append({"counterfactual_of": ids[k], "swaps": len(cf.swaps), "names": o.names})
            self.stats["pairs"] += 1
            for s in cf.swaps:
                self.stats[f"swaps_{s.kind}"] += 1
                if s.old.lower() in ("her", "his"):
                    self.stats[f"{s.old.lower()}_to_{s.new.lower()}"] += 1
        paired = pl.Series([None] * len(batch), dtype=pl.String)
        if rows:
            paired = paired.scatter(rows, [ids[k] for k in rows])
        base = batch.with_columns(
            paired.alias("pair_id"),
            pl.when(paired.is_not_null()).then(pl.lit("original")).alias("role"),
            pl.lit(None, dtype=SWAP_DTYPE).alias("cf_swaps"),
            pl.int_range(pl.len()).alias("_order"),
        )
        if not rows:
            return base.drop("_order")
        new = base[rows].with_columns(
            (pl.col(ID) + CF_SUFFIX).alias(ID),
            pl.Series(o.column, new_texts, dtype=pl.String),
            pl.lit("counterfactual").alias("role"),
            pl.Series("cf_swaps", swaps, dtype=SWAP_DTYPE),
        )
        new = add_lineage_params(new, self.name, params)
        if o.gender_column in batch.columns:
            _, cols = attribute_columns(self._ex, new_texts, o.gender_column,
                                        o.occupation_column)  # fmt: skip
            new = new.with_columns([c for c in cols if c.name in new.columns])
        out = pl.concat([base, new.select(base.columns)], how="vertical")
        return out.sort("_order", maintain_order=True).drop("_order")


class _Target(BaseModel):
    model_config = ConfigDict(extra="forbid")
    attribute: str = Field("gender", description="attribute column")
    by: str | None = Field("occupation", description="grouping column (null: one group)")
    values: list[str] = Field(
        default_factory=lambda: ["female", "male"], min_length=2,
        description="attribute values to balance / audit",
    )  # fmt: skip


def _figure_path(report_dir: Path, name: str) -> str:
    """A figure path relative to the build's output folder (the report convention)."""
    return f"{report_dir.parent.name}/{report_dir.name}/{name}"


def _originals(batch: pl.DataFrame) -> pl.DataFrame:
    if DROP_REASON in batch.columns:
        batch = batch.filter(pl.col(DROP_REASON).is_null())
    if "role" in batch.columns:
        batch = batch.filter(pl.col("role").fill_null("") != "counterfactual")
    return batch


def _need(step: Step, batch: pl.DataFrame, *cols: str | None) -> None:
    missing = [c for c in cols if c and c not in batch.columns]
    if missing:
        raise KeyError(
            f"{step.name}: column(s) {missing} not in the batch; run fairness.attributes first "
            f"or set the column names (have: {batch.columns})"
        )


@register
class Balance(CorpusStep):
    """Re-sample so every group is balanced across the attribute values (downsample, upsample
    with replacement, or reweight), reproducible by seed; before/after tables in the report.

    >>> Balance({"attribute": "gender", "by": "occupation", "mode": "downsample", "action": "flag"})
    """

    name = "fairness.balance"
    kind: ClassVar[StepKind] = "corpus"

    class Options(_Target):
        mode: Literal["downsample", "upsample", "reweight"] = Field(
            "downsample", description="downsample | upsample (copies, with replacement) | reweight"
        )
        action: Literal["drop", "flag"] = Field(
            "drop", description="drop rows outside the balanced subset, or flag the subset"
        )
        column: str = Field("balanced", description="flag column (action: flag)")
        weight_column: str = Field("balance_weight", description="weight column (mode: reweight)")

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._ids: list[str] = []
        self._attrs: list[str | None] = []
        self._groups: list[str | None] = []
        self._plan: Any = None

    def observe(self, batch: pl.DataFrame) -> None:
        o = self.options
        _need(self, batch, o.attribute, o.by)
        batch = _originals(batch)
        self._ids += batch[ID].to_list()
        self._attrs += batch[o.attribute].cast(pl.String).to_list()
        self._groups += batch[o.by].cast(pl.String).to_list() if o.by else ["all"] * len(batch)

    def finish(self) -> None:
        from trustbench.synth.balance import plan_balance

        o = self.options
        self._plan = plan_balance(self._ids, self._attrs, self._groups, o.values, o.mode,
                                  self.ctx.seed, by=o.by or "group", attribute=o.attribute)  # fmt: skip
        dec = self._plan.decisions
        self.stats["in_scope"] += len(dec)
        self.stats["out_of_scope"] += len(self._ids) - len(dec)
        self.stats["in_subset"] += sum(d.copies > 0 for d in dec.values())
        self.stats["copies_added"] += sum(max(0, d.copies - 1) for d in dec.values())
        self._ids, self._attrs, self._groups = [], [], []

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        o, dec = self.options, self._plan.decisions
        ids = batch[ID].to_list()
        owner = batch["pair_id"].to_list() if "pair_id" in batch.columns else ids
        is_cf = (
            batch["role"].fill_null("").eq("counterfactual").to_list()
            if "role" in batch.columns else [False] * len(batch)
        )  # fmt: skip
        # a counterfactual row follows its original (by pair_id); an original decides for itself
        d = [dec.get(owner[k] if is_cf[k] else ids[k]) for k in range(len(batch))]
        if o.mode == "reweight":
            w = [None if x is None or cf else x.weight for x, cf in zip(d, is_cf)]
            batch = batch.with_columns(pl.Series(o.weight_column, w, dtype=pl.Float64))
            keep = [x is not None and x.weight is not None for x in d]
        else:
            keep = [x is not None and x.copies > 0 for x in d]
        if o.action == "flag":
            flag = [k and not cf for k, cf in zip(keep, is_cf)]
            batch = batch.with_columns(pl.Series(o.column, flag, dtype=pl.Boolean))
        else:
            out_scope = pl.Series([x is None for x in d])
            detail = pl.Series([x.detail if x else None for x in d], dtype=pl.String)
            batch = mark_drop(batch, out_scope, "balance_out_of_scope",
                              detail=f"no {o.attribute} in {o.values} or no {o.by}")  # fmt: skip
            batch = mark_drop(batch, pl.Series([not k for k in keep]), "balance_downsampled",
                              detail=detail)  # fmt: skip
        if o.mode == "upsample":
            batch = self._copies(batch, d, is_cf)
        return batch

    def _copies(self, batch: pl.DataFrame, d: list, is_cf: list[bool]) -> pl.DataFrame:
        idx = [
            k
            for k, x in enumerate(d)
            if x is not None and not is_cf[k]
            for _ in range(x.copies - 1)
        ]
        if not idx:
            return batch
        copies = batch[idx].with_columns(pl.int_range(pl.len()).over(ID).alias("_n"))
        params = [
            {"balance_copy_of": i, "copy": n + 1} for i, n in zip(copies[ID], copies["_n"])
        ]
        copies = add_lineage_params(copies, self.name, params).with_columns(
            (pl.col(ID) + "~up" + (pl.col("_n") + 1).cast(pl.String)).alias(ID)
        )
        return pl.concat([batch, copies.drop("_n")], how="vertical")

    def write_report(self, report_dir: Path) -> dict[str, Any]:
        from trustbench.synth.bias_audit import counts_chart

        o, plan = self.options, self._plan
        report_dir.mkdir(parents=True, exist_ok=True)
        by, attr = o.by or "group", o.attribute
        plan.before.write_parquet(report_dir / "before.parquet")
        plan.after.write_parquet(report_dir / "after.parquet")
        counts_chart(plan.before, by, attr, report_dir / "before_after.png",
                     title="before", others={"after": plan.after})  # fmt: skip
        groups = plan.after.group_by(by).agg(pl.col("rows").sum()).filter(pl.col("rows") > 0)
        return {
            "mode": o.mode,
            "action": o.action,
            "groups_balanced": len(groups),
            "tables": {
                f"{attr} per {by} before balancing": plan.before.to_dicts(),
                f"{attr} per {by} after balancing": plan.after.to_dicts(),
            },
            "figures": [_figure_path(report_dir, "before_after.png")],
            "files": ["before.parquet", "after.parquet", "before_after.png"],
        }


@register
class BiasAudit(CorpusStep):
    """Bias audit (drops nothing): counts and shares per cell, chi-square against uniform,
    caption gender polarity, attribute × word co-occurrence and, with ``model``, the CLIP
    embedding bias distance; tables in provenance, charts and Parquet tables in the report.

    >>> BiasAudit({"attribute": "gender", "by": "occupation", "model": "models/clip"})
    """

    name = "fairness.audit"
    kind: ClassVar[StepKind] = "corpus"

    class Options(_Target):
        column: str = Field(TEXT, description="caption column (polarity, co-occurrence)")
        words: list[str] | None = Field(
            None, description="subject words for co-occurrence (default: most frequent words)"
        )
        top_words: int = Field(15, ge=1, description="how many frequent words without `words`")
        subset: str | None = Field(
            None, description="audit only rows where this boolean column is true (e.g. balanced)"
        )
        include_counterfactuals: bool = Field(False, description="also audit counterfactual rows")
        model: str | None = Field(
            None, description="CLIP checkpoint (local path or hub id, from_pretrained) for the "
            "embedding bias distance between attribute groups",
        )  # fmt: skip
        device: str = Field("cpu", description="torch device for the model")
        batch_size: int = Field(32, ge=1, description="images per embedding batch")

    def setup(self) -> None:
        from trustbench.synth.bias_audit import BiasAuditor

        o = self.options
        self._aud = BiasAuditor(o.values, o.attribute, o.by or "group", o.words, o.top_words)
        self._embedder = None
        if o.model:
            from trustbench.sanitize.dedupe import load_embedder

            self._embedder = load_embedder(self.ctx.model_path(o.model), o.device)

    def observe(self, batch: pl.DataFrame) -> None:
        self.ensure_setup()
        o = self.options
        _need(self, batch, o.attribute, o.by, o.subset)
        if DROP_REASON in batch.columns:
            batch = batch.filter(pl.col(DROP_REASON).is_null())
        if not o.include_counterfactuals:
            batch = _originals(batch)
        if o.subset:
            batch = batch.filter(pl.col(o.subset).fill_null(False))
        if not len(batch):
            return
        texts = batch[o.column].cast(pl.String).to_list() if o.column in batch.columns else None
        if "gender_polarity" in batch.columns:
            pols = batch["gender_polarity"].to_list()
        else:
            from trustbench.synth.attributes import extract_attributes

            pols = [extract_attributes(t).polarity for t in texts] if texts else None
        emb = None
        if self._embedder is not None:
            from trustbench.sanitize.dedupe import embed_images

            images = batch[IMAGE].struct.field("bytes").to_list()
            emb, errors = embed_images(images, self._embedder, self.options.batch_size)
            self.stats["embedding_errors"] += sum(e is not None for e in errors)
        groups = batch[o.by].cast(pl.String).to_list() if o.by else None
        self._aud.add(batch[o.attribute].cast(pl.String).to_list(), groups, pols, texts, emb)
        self.stats["rows_audited"] += len(batch)

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        return batch

    def write_report(self, report_dir: Path) -> dict[str, Any]:
        self.ensure_setup()
        res = self._aud.result()
        report_dir.mkdir(parents=True, exist_ok=True)
        for key, table in res.tables.items():
            table.write_parquet(report_dir / f"{key}.parquet")
        figures = res.charts(report_dir)
        chi = res.tables["chi_square"].filter(pl.col(res.by) == "*").row(0, named=True)
        return {
            "attribute": res.attribute,
            "by": res.by,
            "chi2_all": chi["chi2"],
            "p_value_all": chi["p_value"],
            "embedding_model": self.options.model,
            "tables": res.as_json(),
            "figures": [_figure_path(report_dir, p.name) for p in figures],
            "files": sorted(f"{k}.parquet" for k in res.tables) + [p.name for p in figures],
        }
