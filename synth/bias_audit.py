"""Bias audit of an image-text set: who appears where, how captions lean, what words co-occur.

Shared by real-corpus fairness sets, synthetic sets and the dataset cards. For an attribute
(e.g. ``gender``) over its values and an optional grouping (e.g. ``occupation``):

- **cells**: rows and share of each value per group (and ``*`` = all groups);
- **chi_square**: Pearson's chi-square test of each group's counts against uniform over the
  values (:func:`scipy.stats.chisquare`), with the degrees of freedom and p-value;
- **polarity**: gender polarity of captions, ``(male − female terms) / gender terms`` per caption
  (:attr:`trustbench.synth.attributes.Attributes.polarity`), its mean and how many captions lean
  each way, per group;
- **cooccurrence**: captions of each value that contain a subject word (given ``words``, or the
  most frequent content words that are not gender terms, ties alphabetically), the share within
  the value and the log2 ratio of the shares;
- **embedding_bias** (when embeddings are given, e.g. CLIP image embeddings): the cosine distance
  between the centroids of the L2-normalised embeddings of two values, per group.

Everything accumulates in compact counters (:class:`BiasAuditor`), so a corpus step can feed it
batch by batch; :func:`bias_audit` does it for an in-memory frame.

>>> import polars as pl
>>> from trustbench.synth.bias_audit import bias_audit
>>> df = pl.DataFrame({"gender": ["female", "female", "female", "male"],
...                    "occupation": ["nurse"] * 4, "text": ["a woman"] * 3 + ["a man"]})
>>> res = bias_audit(df, "gender", by="occupation", values=["female", "male"])
>>> res.tables["chi_square"].row(0, named=True)["chi2"]
1.0
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

ALL = "*"
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOPWORDS = (
    "the and with for from that this are was were has have her his him she they their them its "
    "into onto over under near next while who whom which what when where there here photo image "
    "picture stock shot close view background front side one two three some very"
)
_STOP = frozenset(_STOPWORDS.split())


@cache
def _gender_terms() -> frozenset[str]:
    """Gender terms themselves are not subject words (they would top every default list)."""
    from trustbench.synth._lexicon import PRONOUNS, TITLES, default_gender_lexicon

    return frozenset(default_gender_lexicon().gender) | set(PRONOUNS) | set(TITLES)


@dataclass
class AuditResult:
    """Polars tables by name (``cells``, ``chi_square``, ``polarity``, ``cooccurrence``, and
    ``embedding_bias`` when embeddings were given)."""

    tables: dict[str, pl.DataFrame]
    attribute: str = "gender"
    by: str = "group"

    def as_json(self) -> dict[str, list[dict[str, Any]]]:
        """The tables as ``{"Title": [row, ...]}`` for provenance (the report convention)."""
        titles = {
            "cells": f"{self.attribute} per {self.by}",
            "chi_square": f"chi-square of {self.attribute} vs uniform per {self.by}",
            "polarity": f"caption gender polarity per {self.by}",
            "cooccurrence": f"{self.attribute} × subject-word co-occurrence",
            "embedding_bias": f"embedding bias distance between {self.attribute} groups",
        }
        return {titles.get(k, k): _jsonable(t) for k, t in self.tables.items()}

    def charts(self, out_dir: Path) -> list[Path]:
        """Write PNG charts (counts per group, polarity, co-occurrence); returns their paths."""
        out_dir.mkdir(parents=True, exist_ok=True)
        paths = [
            counts_chart(self.tables["cells"], self.by, self.attribute, out_dir / "counts.png")
        ]
        pol = self.tables["polarity"]
        if len(pol.filter(pl.col("captions") > 0)):
            paths.append(_polarity_chart(pol, self.by, out_dir / "polarity.png"))
        co = self.tables["cooccurrence"]
        if len(co):
            paths.append(_cooccurrence_chart(co, self.attribute, out_dir / "cooccurrence.png"))
        return paths


def _jsonable(df: pl.DataFrame) -> list[dict[str, Any]]:
    rows = df.to_dicts()
    for r in rows:
        for k, v in r.items():
            if isinstance(v, float) and not math.isfinite(v):
                r[k] = None
    return rows


@dataclass
class BiasAuditor:
    """Accumulate audit counters batch by batch, then :meth:`result`.

    >>> aud = BiasAuditor(values=["female", "male"], words=["kitchen"])
    >>> aud.add(["female", "male"], ["chef", "chef"], [-1.0, 1.0], ["a woman", "a man"])
    >>> aud.result().tables["cells"].height
    4
    """

    values: Sequence[str]
    attribute: str = "gender"
    by: str = "group"
    words: Sequence[str] | None = None
    top_words: int = 15
    counts: Counter = field(default_factory=Counter)
    _pol: dict[str, list[float]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0.0, 0, 0])
    )
    _words: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    _emb: dict[tuple[str, str], list] = field(default_factory=dict)

    def add(
        self,
        attrs: Sequence[str | None],
        groups: Sequence[str | None] | None = None,
        polarities: Sequence[float | None] | None = None,
        texts: Sequence[str | None] | None = None,
        embeddings: np.ndarray | None = None,
    ) -> None:
        """Count one batch; ``groups`` None puts every row in one group."""
        n = len(attrs)
        groups = groups if groups is not None else [ALL] * n
        wanted = set(self.words or ())
        for k in range(n):
            a, g = attrs[k], groups[k]
            g = ALL if g is None else str(g)
            if a in self.values:
                self.counts[(g, a)] += 1
            if polarities is not None and polarities[k] is not None:
                p = float(polarities[k])  # type: ignore[arg-type]
                for key in {g, ALL}:
                    acc = self._pol[key]
                    acc[0] += 1
                    acc[1] += p
                    acc[2] += p > 0
                    acc[3] += p < 0
            if texts is not None and texts[k] and a in self.values:
                toks = {t.lower() for t in _WORD.findall(texts[k])}  # type: ignore[arg-type]
                toks = toks & wanted if wanted else toks - _STOP - _gender_terms()
                self._words[a].update(toks)
                self._words[a][""] += 1  # captions of this value
            if embeddings is not None and a in self.values:
                vec = np.asarray(embeddings[k], dtype=np.float64)
                norm = np.linalg.norm(vec)
                if norm > 0:
                    for key in {(g, a), (ALL, a)}:
                        acc = self._emb.setdefault(key, [np.zeros_like(vec), 0])
                        acc[0] = acc[0] + vec / norm
                        acc[1] += 1

    def result(self) -> AuditResult:
        tables = {
            "cells": self._cells(),
            "chi_square": self._chi_square(),
            "polarity": self._polarity(),
            "cooccurrence": self._cooccurrence(),
        }
        if self._emb:
            tables["embedding_bias"] = self._embedding_bias()
        return AuditResult(tables, self.attribute, self.by)

    def _groups(self) -> list[str]:
        return sorted({g for g, _ in self.counts} - {ALL})

    def _cells(self) -> pl.DataFrame:
        rows = []
        for g in [*self._groups(), ALL]:
            counts = [self._count(g, v) for v in self.values]
            total = sum(counts)
            for v, c in zip(self.values, counts):
                rows.append(
                    {
                        self.by: g,
                        self.attribute: v,
                        "rows": c,
                        "share": c / total if total else None,
                    }
                )
        schema = {self.by: pl.String, self.attribute: pl.String, "rows": pl.Int64,
                  "share": pl.Float64}  # fmt: skip
        return pl.DataFrame(rows, schema=schema)

    def _count(self, g: str, v: str) -> int:
        if g == ALL:
            return sum(c for (_, a), c in self.counts.items() if a == v)
        return self.counts[(g, v)]

    def _chi_square(self) -> pl.DataFrame:
        from scipy.stats import chisquare

        rows = []
        for g in [*self._groups(), ALL]:
            counts = [self._count(g, v) for v in self.values]
            n = sum(counts)
            if n:
                stat, p = chisquare(counts)
                stat, p = float(stat), float(p)
            else:
                stat = p = None
            rows.append({self.by: g, "rows": n, "chi2": stat, "dof": len(counts) - 1, "p_value": p})
        schema = {self.by: pl.String, "rows": pl.Int64, "chi2": pl.Float64, "dof": pl.Int64,
                  "p_value": pl.Float64}  # fmt: skip
        return pl.DataFrame(rows, schema=schema)

    def _polarity(self) -> pl.DataFrame:
        rows = []
        for g in [*sorted(set(self._pol) - {ALL}), ALL]:
            n, total, male, female = self._pol.get(g, (0, 0.0, 0, 0))
            rows.append(
                {self.by: g, "captions": n, "mean_polarity": total / n if n else None,
                 "male_leaning": male, "female_leaning": female, "balanced": n - male - female}
            )  # fmt: skip
        schema = {self.by: pl.String, "captions": pl.Int64, "mean_polarity": pl.Float64,
                  "male_leaning": pl.Int64, "female_leaning": pl.Int64, "balanced": pl.Int64}  # fmt: skip
        return pl.DataFrame(rows, schema=schema)

    def _cooccurrence(self) -> pl.DataFrame:
        totals = Counter()
        for v in self.values:
            totals.update({w: c for w, c in self._words[v].items() if w})
        # ties alphabetically: the counters were filled from sets, in string-hash order
        ranked = sorted(totals.items(), key=lambda wc: (-wc[1], wc[0]))
        words = list(self.words) if self.words else [w for w, _ in ranked[: self.top_words]]
        rows = []
        for w in words:
            row: dict[str, Any] = {"word": w}
            shares = []
            for v in self.values:
                n_v = self._words[v][""]
                c = self._words[v][w]
                row[f"{v}_captions"] = c
                row[f"{v}_share"] = c / n_v if n_v else None
                shares.append(c / n_v if n_v else 0.0)
            a, b = shares[0], shares[1] if len(shares) > 1 else 0.0
            row[f"log2_{self.values[0]}_vs_{self.values[1]}"] = (
                math.log2(a / b) if a > 0 and b > 0 else None
            )
            rows.append(row)
        schema: dict[str, Any] = {"word": pl.String}
        for v in self.values:
            schema |= {f"{v}_captions": pl.Int64, f"{v}_share": pl.Float64}
        schema[f"log2_{self.values[0]}_vs_{self.values[1]}"] = pl.Float64
        return pl.DataFrame(rows, schema=schema)

    def _embedding_bias(self) -> pl.DataFrame:
        rows = []
        groups = sorted({g for g, _ in self._emb} - {ALL}) + [ALL]
        for g in groups:
            for i, va in enumerate(self.values):
                for vb in self.values[i + 1 :]:
                    a, b = self._emb.get((g, va)), self._emb.get((g, vb))
                    dist = None
                    if a and b:
                        ca, cb = a[0] / a[1], b[0] / b[1]
                        denom = np.linalg.norm(ca) * np.linalg.norm(cb)
                        dist = float(1 - ca @ cb / denom) if denom > 0 else None
                    rows.append(
                        {self.by: g, "value_a": va, "value_b": vb, "n_a": a[1] if a else 0,
                         "n_b": b[1] if b else 0, "centroid_cosine_distance": dist}
                    )  # fmt: skip
        schema = {self.by: pl.String, "value_a": pl.String, "value_b": pl.String, "n_a": pl.Int64,
                  "n_b": pl.Int64, "centroid_cosine_distance": pl.Float64}  # fmt: skip
        return pl.DataFrame(rows, schema=schema)


def bias_audit(
    frame: pl.DataFrame,
    attribute: str,
    by: str | None = None,
    values: Sequence[str] | None = None,
    text_column: str | None = "text",
    polarity_column: str | None = None,
    words: Sequence[str] | None = None,
    embeddings: np.ndarray | Callable[[pl.DataFrame], np.ndarray] | None = None,
) -> AuditResult:
    """Audit an in-memory frame. Polarity comes from ``polarity_column`` or, when absent, from
    extracting attributes of ``text_column``; ``embeddings`` is an ``(n, d)`` array or a callable
    that embeds the frame (e.g. CLIP image features)."""
    if attribute not in frame.columns:
        raise KeyError(f"bias_audit: column {attribute!r} is not in the frame ({frame.columns})")
    if by is not None and by not in frame.columns:
        raise KeyError(f"bias_audit: column {by!r} is not in the frame ({frame.columns})")
    attrs = frame[attribute].cast(pl.String).to_list()
    vals = list(values) if values else sorted({a for a in attrs if a})
    if len(vals) < 2:
        raise ValueError(f"bias_audit needs at least two attribute values, got {vals}")
    texts = frame[text_column].to_list() if text_column and text_column in frame.columns else None
    if polarity_column:
        pols = frame[polarity_column].to_list()
    elif texts is not None:
        from trustbench.synth.attributes import extract_attributes

        pols = [extract_attributes(t).polarity for t in texts]
    else:
        pols = None
    emb = embeddings(frame) if callable(embeddings) else embeddings
    aud = BiasAuditor(vals, attribute, by or "group", words)
    groups = frame[by].cast(pl.String).to_list() if by else None
    aud.add(attrs, groups, pols, texts, emb)
    return aud.result()


# -- charts -----------------------------------------------------------------------------------


def _figure(width: float, height: float):
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def counts_chart(
    cells: pl.DataFrame, by: str, attribute: str, path: Path, title: str | None = None,
    others: dict[str, pl.DataFrame] | None = None,
) -> Path:  # fmt: skip
    """Grouped horizontal bars: rows per group and attribute value (``others`` adds panels,
    e.g. ``{"after": cells_after}`` next to the first, titled ``title``)."""
    panels = {title or f"{attribute} per {by}": cells, **(others or {})}
    groups = sorted({g for c in panels.values() for g in c[by].to_list()})
    values = sorted({v for c in panels.values() for v in c[attribute].to_list()})
    fig = _figure(4.5 * len(panels), 1.2 + 0.28 * len(groups) * max(1, len(values)) / 2)
    axes = fig.subplots(1, len(panels), sharey=True, squeeze=False)[0]
    height = 0.8 / max(1, len(values))
    for ax, (name, cells_) in zip(axes, panels.items()):
        lookup = {(r[by], r[attribute]): r["rows"] for r in cells_.iter_rows(named=True)}
        for k, v in enumerate(values):
            ys = [i + k * height for i in range(len(groups))]
            ax.barh(ys, [lookup.get((g, v), 0) or 0 for g in groups], height, label=v)
        ax.set_yticks([i + height * (len(values) - 1) / 2 for i in range(len(groups))], groups)
        ax.invert_yaxis()
        ax.set_title(name, fontsize=9)
        ax.set_xlabel("rows")
    axes[0].legend(fontsize=7)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    return path


def _polarity_chart(pol: pl.DataFrame, by: str, path: Path) -> Path:
    pol = pol.filter(pl.col("captions") > 0)
    fig = _figure(5, 1 + 0.25 * len(pol))
    ax = fig.subplots()
    ax.barh(pol[by].to_list(), pol["mean_polarity"].to_list(), color="gray")
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.invert_yaxis()
    ax.set_xlabel("mean caption polarity (−1 female terms only … +1 male terms only)")
    fig.savefig(path)
    return path


def _cooccurrence_chart(co: pl.DataFrame, attribute: str, path: Path) -> Path:
    share_cols = [c for c in co.columns if c.endswith("_share")]
    fig = _figure(5, 1 + 0.3 * len(co))
    ax = fig.subplots()
    height = 0.8 / len(share_cols)
    for k, c in enumerate(share_cols):
        ys = [i + k * height for i in range(len(co))]
        ax.barh(ys, co[c].fill_null(0).to_list(), height, label=c.removesuffix("_share"))
    ax.set_yticks([i + height * (len(share_cols) - 1) / 2 for i in range(len(co))], co["word"])
    ax.invert_yaxis()
    ax.set_xlabel(f"share of captions of each {attribute} containing the word")
    ax.legend(fontsize=7)
    fig.savefig(path)
    return path
