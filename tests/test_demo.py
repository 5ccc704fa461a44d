"""The README demo: the bundled sample builds through the CLI and loads with ``datasets``."""

from __future__ import annotations

import json

import datasets
import polars as pl

from conftest import REPO, SAMPLE, read_exclusions
from trustbench.builders.cli import main

# garbage behind a JPEG magic number reads to Pillow as a truncated JPEG: either label is right
CORRUPT_REASONS = {
    "garbage": {"corrupt_image", "truncated_image"},
    "truncated": {"truncated_image"},
    "empty": {"missing_image"},
    "null": {"missing_image"},
    "bomb": {"decompression_bomb"},
}


def test_demo_build(tmp_path, capsys):
    out = tmp_path / "demo"
    assert (
        main(["run", str(REPO / "data" / "recipes" / "demo.yaml"), "--out", str(out), "--quiet"])
        == 0
    )
    truth = json.loads((SAMPLE / "truth.json").read_text())
    prov = json.loads((out / "provenance.json").read_text())

    # input (+ rows an expand step added) = kept + dropped, per step and overall
    assert prov["accounting"]["input_rows"] == truth["n_rows"]
    assert prov["accounting"]["balanced"]
    assert all(s["in"] + s["added"] == s["kept"] + s["dropped"] for s in prov["steps"])
    # expand steps (ood.*) add rows: in + added = kept + dropped
    expand = [s for s in prov["steps"] if s["kind"] == "expand"]
    assert all(s["in"] + s["added"] == s["kept"] + s["dropped"] and s["added"] > 0 for s in expand)

    # every planted corrupt row is quarantined with the right reason, and only those by validation
    excl = read_exclusions(out)
    got = {
        r["id"]: r["reason"]
        for r in excl.iter_rows(named=True)
        if r["step"] in ("source", "validate.images")
    }
    assert set(got) == set(truth["corrupt"])
    for key, kind in truth["corrupt"].items():
        assert got[key] in CORRUPT_REASONS[kind], (key, kind, got[key])

    # the output loads with datasets, images decoded, lineage on every row
    ds = datasets.load_dataset("parquet", data_files=str(out / "data" / "*.parquet"), split="train")
    assert len(ds) == prov["output"]["rows"] > 200
    row = ds[0]
    assert row["image"].size[0] > 0 and "validate.images" in row["lineage"]["steps"]
    assert row["lineage"]["source_file"] == "../sample/sample.parquet"
    assert set(ds["id"]).isdisjoint(excl["id"].to_list())

    # inspect reads it back
    assert main(["inspect", str(out), "--rows", "2"]) == 0
    shown = capsys.readouterr().out
    assert "per-step accounting" in shown and "validate.images" in shown
    card = (out / "README.md").read_text()
    assert "`validate.images` |" in card and "Output fingerprint" in card
    assert pl.read_parquet(out / "data" / "*.parquet")["id"].n_unique() == len(ds)

    # fairness: counterfactual caption pairs and a flagged, balanced subset
    # (ood.* copies come later and inherit their source row's columns: the unshifted rows are
    # the set, the shifted ones its corrupted/rendered versions)
    df = pl.read_parquet(out / "data" / "*.parquet")
    plain = df.filter(pl.col("ood").is_null())
    assert plain.filter(pl.col("role") == "counterfactual").height >= 30
    assert plain.filter(pl.col("pair_id").is_not_null()).group_by("pair_id").len()["len"].eq(2).all()
    sub = plain.filter(pl.col("balanced")).group_by("occupation", "gender").len()
    assert sub.height >= 2 and sub["len"].n_unique() == 1
    shifted = df.filter(pl.col("ood").is_not_null() & pl.col("balanced"))
    assert shifted.height > 0 and set(shifted["lineage"].struct.field("source_id")) <= set(
        plain.filter(pl.col("balanced"))["lineage"].struct.field("source_id")
    )
