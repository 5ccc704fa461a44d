"""A build killed midway resumes from its shard markers and yields the identical fingerprint."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import polars as pl
import pytest

from conftest import REPO, read_output, run, write_parquet_bytes
from trustbench.builders.step import Step, register

CALLS: list[str] = []
CRASH_ON: set[str] = set()  # outside the recipe, so the crashing and the resumed run share a plan


@register
class _Explode(Step):
    """Test step: records the ids it sees and raises when it meets an id in ``CRASH_ON``."""

    name = "test.explode"

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        CALLS.extend(batch["id"].to_list())
        if CRASH_ON & set(batch["id"]):
            raise RuntimeError("simulated crash")
        return batch.with_columns(pl.col("text").str.to_uppercase())


def _recipe(src):
    return {
        "name": "resume",
        "seed": 7,
        "source": {
            "type": "parquet",
            "path": str(src),
            "image_column": "jpg",
            "id_column": "key",
            "rows_per_shard": 3,
        },
        "steps": ["validate.images", "test.explode"],
    }


def test_crash_then_resume_gives_identical_fingerprint(tmp_path, corpus):
    src = write_parquet_bytes(corpus, tmp_path / "in.parquet")
    clean = run(_recipe(src), tmp_path / "clean")
    assert not clean.resumed

    CRASH_ON.add("img007")
    try:
        with pytest.raises(RuntimeError, match="simulated crash"):
            run(_recipe(src), tmp_path / "crashy")
    finally:
        CRASH_ON.clear()
    done = sorted((tmp_path / "crashy" / ".work" / "stage-0").glob("*.done"))
    assert len(done) == 2  # shards 0-1 (rows 0..5) finished; shard 2 died on img007

    CALLS.clear()
    resumed = run(_recipe(src), tmp_path / "crashy")
    assert resumed.resumed
    assert sorted(CALLS) == [f"img{i:03d}" for i in range(6, 12)]  # only unfinished shards re-ran
    assert resumed.output_fingerprint == clean.output_fingerprint
    assert resumed.rows == clean.rows == 12
    assert read_output(tmp_path / "crashy")["text"][0].isupper()


def test_same_recipe_and_seed_give_identical_output(tmp_path, corpus):
    src = write_parquet_bytes(corpus, tmp_path / "in.parquet")
    a = run(_recipe(src), tmp_path / "a")
    b = run(_recipe(src), tmp_path / "b")
    assert a.output_fingerprint == b.output_fingerprint
    prov = json.loads((tmp_path / "a" / "provenance.json").read_text())
    assert prov["output"]["fingerprint"] == a.output_fingerprint
    assert prov["input"]["files"][0]["sha256"]
    assert [s["name"] for s in prov["steps"]] == ["source", "validate.images", "test.explode"]
    assert all(s["in"] + s["added"] == s["kept"] + s["dropped"] for s in prov["steps"])
    assert prov["versions"]["polars"] == pl.__version__
    assert not (tmp_path / "a" / ".work").exists()


def test_killed_process_resumes(tmp_path, corpus):
    """SIGKILL a real CLI build after its first shard marker appears, then rerun it."""
    rows = corpus * 40  # 480 rows, 160 shards of 3: slow enough to kill midway
    for i, r in enumerate(rows):
        rows[i] = {**r, "key": f"r{i:04d}"}
    src = write_parquet_bytes(rows, tmp_path / "in.parquet")
    recipe = tmp_path / "r.yaml"
    recipe.write_text(
        f"name: killme\nsource: {{type: parquet, path: {src}, image_column: jpg, id_column: key, rows_per_shard: 3}}\n"
        "steps:\n  - validate.images: {}\n"
    )
    cli = [sys.executable, "-m", "trustbench.builders.cli"]
    out = tmp_path / "out"
    proc = subprocess.Popen([*cli, "run", str(recipe), "--out", str(out), "--quiet"], cwd=REPO)
    stage = out / ".work" / "stage-0"
    deadline = time.time() + 60
    while time.time() < deadline and len(list(stage.glob("*.done"))) < 5:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    finished = len(list(stage.glob("*.done")))
    assert 5 <= finished < 160, finished
    subprocess.run([*cli, "run", str(recipe), "--out", str(out), "--quiet"], cwd=REPO, check=True)
    prov = json.loads((out / "provenance.json").read_text())
    assert prov["resumed"] and prov["output"]["rows"] == 480
    subprocess.run(
        [*cli, "run", str(recipe), "--out", str(tmp_path / "fresh"), "--quiet"],
        cwd=REPO,
        check=True,
    )
    fresh = json.loads((tmp_path / "fresh" / "provenance.json").read_text())
    assert fresh["output"]["fingerprint"] == prov["output"]["fingerprint"]


@register
class _Twins(Step):
    """Test expand step: every row gets a mirrored twin with a derived id and its own lineage."""

    name = "test.twins"
    kind = "expand"

    def process(self, batch: pl.DataFrame) -> pl.DataFrame:
        twins = batch.with_columns((pl.col("id") + "-twin").alias("id"))
        return pl.concat([batch, twins])


def test_expand_step_accounting(tmp_path, corpus):
    src = write_parquet_bytes(corpus, tmp_path / "in.parquet")
    recipe = _recipe(src)
    recipe["steps"] = ["test.twins", "validate.images"]
    result = run(recipe, tmp_path / "out")
    assert result.rows == 24
    acc = result.provenance["accounting"]
    assert acc["added_rows"] == 12 and acc["balanced"]
    twins = next(s for s in result.provenance["steps"] if s["name"] == "test.twins")
    assert (twins["in"], twins["kept"], twins["added"]) == (12, 24, 12)
    out = read_output(tmp_path / "out")
    twin = out.filter(pl.col("id") == "img003-twin")["lineage"][0]
    assert twin["source_id"] == "img003"
    assert twin["steps"] == [
        "test.twins",
        "validate.images",
    ]


def test_parallel_workers_give_identical_output(tmp_path):
    from trustbench.builders.pipeline import run_recipe

    recipe = {
        "name": "par",
        "source": {
            "type": "parquet",
            "path": str(REPO / "data" / "sample" / "sample.parquet"),
            "image_column": "jpg",
            "id_column": "key",
            "rows_per_shard": 50,
        },
        "steps": ["validate.images", "strip.metadata", {"anonymize.faces": {"method": "pixelate"}}],
    }
    one = run_recipe(recipe, out=tmp_path / "one", progress=False)
    two = run_recipe(recipe, out=tmp_path / "two", progress=False, workers=2)
    assert one.steps[3].stats and one.steps[3].stats == two.steps[3].stats  # faces counted
    assert two.output_fingerprint == one.output_fingerprint
    assert [s.as_dict()["dropped_by_reason"] for s in two.steps] == [
        s.as_dict()["dropped_by_reason"] for s in one.steps
    ]
    assert [s.stats for s in two.steps] == [s.stats for s in one.steps]


def test_random_pii_key_build_starts_over_instead_of_resuming(tmp_path, corpus, monkeypatch):
    """Shards pseudonymized with a lost random key must not be mixed with new ones."""
    monkeypatch.delenv("TRUSTBENCH_PII_KEY", raising=False)
    src = write_parquet_bytes(corpus, tmp_path / "in.parquet")
    recipe = _recipe(src)
    recipe["steps"] = ["validate.images", "test.explode", {"pseudonymize.text": {"random_key": True}}]
    CRASH_ON.add("img007")
    try:
        with pytest.raises(RuntimeError, match="simulated crash"):
            run(recipe, tmp_path / "out")
    finally:
        CRASH_ON.clear()
    CALLS.clear()
    result = run(recipe, tmp_path / "out")
    assert not result.resumed
    assert sorted(CALLS) == [r["key"] for r in corpus]  # every shard ran again

    monkeypatch.setenv("TRUSTBENCH_PII_KEY", "k" * 32)  # with a real key the build resumes
    recipe["steps"][-1] = "pseudonymize.text"
    CRASH_ON.add("img007")
    try:
        with pytest.raises(RuntimeError):
            run(recipe, tmp_path / "keyed")
    finally:
        CRASH_ON.clear()
    assert run(recipe, tmp_path / "keyed").resumed
