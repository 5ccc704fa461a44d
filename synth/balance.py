"""Re-sample a corpus so every group is balanced across the values of an attribute.

Given an attribute (e.g. ``gender``) with the values to balance (e.g. female, male) and a grouping
column (e.g. ``occupation``), a group is balanced when each value has the same number of rows:

- ``downsample``: every value keeps as many rows as the group's rarest value has (drawn at random
  without replacement); a group missing a value keeps none.
- ``upsample``: every value is topped up to the group's commonest value by copies drawn with
  replacement; a group missing a value cannot be balanced and keeps none.
- ``reweight``: every row stays, with ``weight = n_group / (n_values · n_group_value)`` so each
  value carries the same total weight in its group; a group missing a value gets no weights.

Rows whose attribute is not one of the values, or whose group is null, are out of scope. Draws
are reproducible: one RNG per group salted with the seed, over rows sorted by id, so neither
shard order nor batch size changes the result.

>>> import polars as pl
>>> from trustbench.synth.balance import balance
>>> df = pl.DataFrame({"id": ["a", "b", "c"], "gender": ["female", "female", "male"],
...                    "occupation": ["nurse"] * 3})
>>> res = balance(df, "gender", by="occupation", seed=0)
>>> res.frame["gender"].sort().to_list(), res.after["rows"].to_list()
(['female', 'male'], [1, 1])
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import polars as pl

Mode = Literal["downsample", "upsample", "reweight"]
MODES: tuple[str, ...] = ("downsample", "upsample", "reweight")


@dataclass(frozen=True, slots=True)
class Decision:
    """What happens to one in-scope row: ``copies`` (0 drop, 1 keep, k keep + k-1 copies),
    ``weight`` (reweight mode) and why (``detail``)."""

    copies: int
    weight: float | None
    detail: str


@dataclass
class BalancePlan:
    """Decisions per row id plus the before/after counts per (group, value)."""

    decisions: dict[str, Decision]
    before: pl.DataFrame
    after: pl.DataFrame


def _counts_frame(counts: dict[tuple[str, str], float], by: str, attribute: str) -> pl.DataFrame:
    rows = [{by: g, attribute: v, "rows": n} for (g, v), n in sorted(counts.items())]
    schema = {by: pl.String, attribute: pl.String, "rows": pl.Float64}
    df = pl.DataFrame(rows, schema=schema)
    share = (pl.col("rows") / pl.col("rows").sum().over(by)).fill_nan(None)
    return df.with_columns(share.round(6).alias("share"))


def plan_balance(
    ids: Sequence[str],
    attrs: Sequence[str | None],
    groups: Sequence[str | None],
    values: Sequence[str] | None = None,
    mode: Mode = "downsample",
    seed: int = 0,
    by: str = "group",
    attribute: str = "value",
) -> BalancePlan:
    """Decide per row; ``values`` defaults to every attribute value seen (nulls excluded).

    >>> plan = plan_balance(["a", "b", "c"], ["f", "f", "m"], ["x", "x", "x"], seed=1)
    >>> sorted(i for i, d in plan.decisions.items() if d.copies)
    ['a', 'c']
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    if len({len(ids), len(attrs), len(groups)}) != 1:
        raise ValueError("ids, attrs and groups must have the same length")
    vals = list(dict.fromkeys(values if values is not None else sorted({a for a in attrs if a})))
    if len(vals) < 2:
        raise ValueError(f"need at least two attribute values to balance, got {vals}")
    cells: dict[str, dict[str, list[str]]] = defaultdict(lambda: {v: [] for v in vals})
    for i, a, g in zip(ids, attrs, groups, strict=True):
        if g is not None and a in vals:
            cells[str(g)][a].append(i)

    decisions: dict[str, Decision] = {}
    before: dict[tuple[str, str], float] = {}
    after: dict[tuple[str, str], float] = {}
    for g in sorted(cells):
        members = {v: sorted(cells[g][v]) for v in vals}
        sizes = {v: len(m) for v, m in members.items()}
        for v in vals:
            before[(g, v)] = sizes[v]
        rng = random.Random(f"{seed}:{g}")
        missing = [v for v in vals if sizes[v] == 0]
        if mode == "reweight":
            total = sum(sizes.values())
            for v in vals:
                w = None if missing else total / (len(vals) * sizes[v])
                detail = f"{by}={g}: no {attribute}={missing[0]}" if missing else f"weight {w:.4g}"
                for i in members[v]:
                    decisions[i] = Decision(1, w, detail)
                after[(g, v)] = 0 if missing else sizes[v] * w  # type: ignore[operator]
            continue
        target = 0 if missing else (min if mode == "downsample" else max)(sizes.values())
        for v in vals:
            m = members[v]
            if mode == "downsample":
                keep = set(rng.sample(m, target))
                copies = dict.fromkeys(m, 0) | dict.fromkeys(keep, 1)
            else:
                copies = dict.fromkeys(m, 1 if target else 0)
                for i in rng.choices(m, k=target - len(m)) if target and m else []:
                    copies[i] += 1
            why = (
                f"{by}={g}: no {attribute}={missing[0]}"
                if missing
                else f"{by}={g}: {target} per {attribute} ({sizes[v]} had {attribute}={v})"
            )
            for i in m:
                decisions[i] = Decision(copies[i], None, why)
            after[(g, v)] = sum(copies.values())
    return BalancePlan(
        decisions, _counts_frame(before, by, attribute), _counts_frame(after, by, attribute)
    )


@dataclass
class BalanceResult:
    """The balanced frame and the counts per (group, value) before and after."""

    frame: pl.DataFrame
    before: pl.DataFrame
    after: pl.DataFrame


def balance(
    frame: pl.DataFrame,
    attribute: str,
    by: str | None = None,
    values: Sequence[str] | None = None,
    mode: Mode = "downsample",
    seed: int = 0,
    id_column: str = "id",
) -> BalanceResult:
    """Balance an in-memory frame (see the module doc). Upsampled copies get the id
    ``{id}~{k}``; ``reweight`` adds a ``weight`` column and keeps only rows it could weigh."""
    for col in [attribute, id_column] + ([by] if by else []):
        if col not in frame.columns:
            raise KeyError(f"balance: column {col!r} is not in the frame ({frame.columns})")
    ids = frame[id_column].cast(pl.String).to_list()
    if len(set(ids)) != len(ids):
        raise ValueError(f"balance: {id_column!r} has duplicate ids")
    groups = frame[by].cast(pl.String).to_list() if by else ["all"] * len(frame)
    plan = plan_balance(
        ids, frame[attribute].cast(pl.String).to_list(), groups, values, mode, seed,
        by=by or "group", attribute=attribute,
    )  # fmt: skip
    dec = plan.decisions
    if mode == "reweight":
        weights = pl.Series("weight", [dec[i].weight if i in dec else None for i in ids])
        out = frame.with_columns(weights).filter(pl.col("weight").is_not_null())
    else:
        copies = pl.Series("_copies", [dec[i].copies if i in dec else 0 for i in ids])
        idx = [k for k, n in enumerate(copies.to_list()) for _ in range(n)]
        out = frame[idx]
        if mode == "upsample":
            nth = pl.int_range(pl.len()).over(id_column)
            new_id = pl.when(nth == 0).then(pl.col(id_column))
            new_id = new_id.otherwise(pl.col(id_column) + "~" + nth.cast(pl.String))
            out = out.with_columns(new_id.alias(id_column))
    return BalanceResult(out, plan.before, plan.after)
