"""Lineage helpers: steps record their parameters side by side, never over each other."""

from __future__ import annotations

import json

import polars as pl

from trustbench.builders.schema import add_lineage_params, lineage_expr, set_lineage


def test_params_of_successive_steps_are_kept_side_by_side():
    batch = pl.DataFrame({"id": ["a", "b"]}).with_columns(
        lineage_expr(pl.col("id"), pl.lit("f.parquet"), pl.int_range(2))
    )
    batch = set_lineage(batch, seed=pl.Series([11, 12]), model="tiny-sd")
    batch = add_lineage_params(batch, "generate", [{"seed": 11}, {"seed": 12}])
    # a later step sets its own seed and records its parameters under its own name
    batch = set_lineage(batch, seed=7)
    batch = add_lineage_params(batch, "ood.corrupt", {"corruption": "fog", "severity": 3})
    lineage = batch["lineage"].to_list()
    assert [json.loads(r["params"]) for r in lineage] == [
        {"generate": {"seed": s}, "ood.corrupt": {"corruption": "fog", "severity": 3}}
        for s in (11, 12)
    ]
    assert [r["seed"] for r in lineage] == [7, 7] and {r["model"] for r in lineage} == {"tiny-sd"}
