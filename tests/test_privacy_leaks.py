"""No original caption reaches the disk when a recipe pseudonymizes: source quarantine, dropped
rows of earlier steps, ``.work/``, failed builds; a missing key is a configuration error."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from conftest import encode, make_image
from trustbench.builders.cli import main
from trustbench.builders.pipeline import run_recipe

KEY = "leak-test-key-0123456789abcdef"
NAMES = ["Amanda Flores", "Brian Keller", "Olusegun Adeyemi", "Jenna Ortiz", "Marta Kowalczyk"]


def _source(tmp_path: Path) -> Path:
    """Five rows: two readable images, a missing image file, a duplicate caption, a bad image."""
    folder = tmp_path / "imgs"
    folder.mkdir()
    for i in (0, 1, 3, 4):
        (folder / f"img{i}.png").write_bytes(encode(make_image(i)))
    (folder / "img4.png").write_bytes(b"not an image")
    captions = [
        "Amanda Flores at the lake",
        "Brian Keller with his dog",
        "Olusegun Adeyemi on stage",  # img2.png is missing: the source quarantines it
        "Brian Keller with his dog",  # caption duplicate of row 1
        "Jenna Ortiz and Marta Kowalczyk",  # broken image: validate.images drops it
    ]
    path = tmp_path / "src.parquet"
    pl.DataFrame(
        {"key": [f"k{i}" for i in range(5)], "caption": captions,
         "file": [f"img{i}.png" for i in range(5)]}
    ).write_parquet(path)  # fmt: skip
    return path


def _recipe(src: Path, steps: list, keep_work: bool = True) -> dict:
    return {
        "name": "leaks",
        "source": {"type": "parquet", "path": str(src), "image_column": "file",
                   "image_root": str(src.parent / "imgs"), "id_column": "key",
                   "rows_per_shard": 2},
        "steps": steps,
        "output": {"keep_work": keep_work},
    }  # fmt: skip


def _files_with_names(out: Path) -> list[str]:
    """Every file under ``out`` (parquet decoded, .work included) that holds an original name."""
    hits = []
    for f in sorted(out.rglob("*")):
        if not f.is_file():
            continue
        if f.suffix == ".parquet":
            text = json.dumps(pl.read_parquet(f).drop("image", strict=False).to_dicts(), default=str)
        else:
            text = f.read_bytes().decode("utf-8", "replace")
        hits += [f"{f.relative_to(out)}: {n}" for n in NAMES if n in text]
    return hits


def test_source_quarantine_and_earlier_steps_write_only_pseudonyms(tmp_path, monkeypatch):
    monkeypatch.setenv("TB_LEAK_KEY", KEY)
    src = _source(tmp_path)
    # the pseudonymizer stands LAST: rows dropped before it are still written pseudonymized
    steps = ["validate.images", {"dedupe.caption": {"threshold": 0.7}},
             {"pseudonymize.text": {"key_env": "TB_LEAK_KEY"}}]  # fmt: skip
    out = tmp_path / "out"
    result = run_recipe(_recipe(src, steps), out=out, progress=False)
    assert result.rows == 2 and result.excluded_rows == 3
    excl = pl.concat([pl.read_parquet(f) for f in (out / "exclusions").glob("*.parquet")])
    reasons = dict(zip(excl["id"], excl["reason"], strict=True))
    assert reasons == {"k2": "missing_file", "k3": "caption_duplicate", "k4": "corrupt_image"}
    assert dict(zip(excl["id"], excl["text"], strict=True))["k2"].endswith(" on stage")
    assert (out / ".work").is_dir()  # keep_work: the scratch files are there, and clean
    assert _files_with_names(out) == []
    prov = json.loads((out / "provenance.json").read_text())
    step = next(s for s in prov["steps"] if s["name"] == "pseudonymize.text")
    assert step["stats"]["PERSON"] == 6  # every row, quarantined ones included
    data = pl.read_parquet(next((out / "data").glob("*.parquet")))
    assert all(lin["steps"][-1] == "pseudonymize.text" for lin in data["lineage"])
    # the same build without the pseudonymizer does leak: the check above can fail
    raw = tmp_path / "raw"
    run_recipe(_recipe(src, steps[:2]), out=raw, progress=False)
    assert any("exclusions" in h for h in _files_with_names(raw))


def test_failed_build_leaves_no_original_on_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("TB_LEAK_KEY", "too-short")
    src = _source(tmp_path)
    out = tmp_path / "out"
    steps = ["validate.images", {"pseudonymize.text": {"key_env": "TB_LEAK_KEY"}}]
    with pytest.raises(ValueError, match="shorter than 16 bytes"):
        run_recipe(_recipe(src, steps), out=out, progress=False)
    assert _files_with_names(out) == []
    assert not list(out.rglob("*.parquet"))


def test_unset_key_env_is_an_error_unless_random_key_is_asked_for(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("TB_LEAK_UNSET", raising=False)
    src = _source(tmp_path)
    recipe = _recipe(src, [{"pseudonymize.text": {"key_env": "TB_LEAK_UNSET"}}], keep_work=False)
    path = tmp_path / "r.json"
    path.write_text(json.dumps(recipe))
    assert main(["run", str(path), "--out", str(tmp_path / "o1"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "TB_LEAK_UNSET is not set" in err and "random_key: true" in err
    assert _files_with_names(tmp_path / "o1") == []

    recipe["steps"] = [{"pseudonymize.text": {"key_env": "TB_LEAK_UNSET", "random_key": True}}]
    result = run_recipe(recipe, out=tmp_path / "o2", progress=False)
    step = next(s for s in result.provenance["steps"] if s["name"] == "pseudonymize.text")
    assert step["report"]["linkable_across_runs"] is False and "random" in step["report"]["key"]
    assert _files_with_names(tmp_path / "o2") == []


def test_audit_compare_source_sees_what_the_detector_missed(tmp_path, monkeypatch):
    monkeypatch.setenv("TB_LEAK_KEY", KEY)
    folder = tmp_path / "imgs"
    folder.mkdir()
    for i in range(2):
        (folder / f"img{i}.png").write_bytes(encode(make_image(i)))
    src = tmp_path / "src.parquet"
    captions = ["Night bus to Zorbek Quandrilo tonight", "Amanda Flores at the lake"]
    pl.DataFrame({"key": ["k0", "k1"], "caption": captions,
                  "file": ["img0.png", "img1.png"]}).write_parquet(src)  # fmt: skip
    recipe = _recipe(src, [{"pseudonymize.text": {"key_env": "TB_LEAK_KEY"}}], keep_work=False)
    out = tmp_path / "out"
    run_recipe(recipe, out=out, progress=False)
    path = tmp_path / "r.json"
    path.write_text(json.dumps(recipe))
    # the detector knows no such name and no context vouches for it: its own audit passes …
    assert main(["audit-pii", str(out), "--recipe", str(path)]) == 0
    # … the word-by-word comparison with the source does not
    report_file = tmp_path / "audit.json"
    args = ["audit-pii", str(out), "--recipe", str(path), "--compare-source", "--json",
            str(report_file)]  # fmt: skip
    assert main(args) == 1
    report = json.loads(report_file.read_text())
    found = [f for f in report["findings"] if f["type"] == "UNCHANGED_NAME_TOKEN"]
    assert len(found) == 2 and all("id=k0" in f["location"] for f in found)
    assert "Zorbek" not in report_file.read_text()


def test_a_column_written_after_reading_is_pseudonymized_at_the_steps_place(
    tmp_path, monkeypatch
):
    """The source rows are pseudonymized as read; a configured column that a step before the
    pseudonymizer writes (a model's caption, say) did not exist then and is done at its place."""
    from trustbench.builders.step import REGISTRY, Step

    class Credit(Step):
        name = "test.credit"

        def process(self, batch: pl.DataFrame) -> pl.DataFrame:
            return batch.with_columns(pl.lit("Photo by Brian Keller").alias("credit"))

    monkeypatch.setitem(REGISTRY, Credit.name, Credit)
    monkeypatch.setenv("TB_LEAK_KEY", KEY)
    src = _source(tmp_path)
    pseudo = {"pseudonymize.text": {"key_env": "TB_LEAK_KEY", "columns": ["text", "credit"]}}
    out = tmp_path / "out"
    run_recipe(_recipe(src, ["test.credit", pseudo], keep_work=False), out=out, progress=False)
    data = pl.read_parquet(out / "data" / "*.parquet")
    assert data.height == 4  # five rows, the missing image file quarantined by the source
    assert all(c.startswith("Photo by ") and "Brian Keller" not in c for c in data["credit"])
    assert _files_with_names(out) == []
    # the source's own column was pseudonymized once, as it was read: same text as without credit
    plain = tmp_path / "plain"
    run_recipe(_recipe(src, [pseudo], keep_work=False), out=plain, progress=False)
    assert data["text"].to_list() == pl.read_parquet(plain / "data" / "*.parquet")["text"].to_list()
