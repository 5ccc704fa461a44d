"""Dedupe steps in real builds of the bundled sample: planted duplicates dropped with the id they
duplicate, distinct photos kept, corrupt images quarantined, reference-set dedupe."""

from __future__ import annotations

import json

import polars as pl
import pytest

from conftest import REPO, SAMPLE, read_exclusions, read_output, run

SOURCE = {
    "type": "parquet",
    "path": str(SAMPLE / "sample.parquet"),
    "image_column": "jpg",
    "text_column": "caption",
    "id_column": "key",
    "rows_per_shard": 100,
}


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads((SAMPLE / "truth.json").read_text())


def _recipe(steps: list[dict]) -> dict:
    return {"name": "dedupe-test", "seed": 0, "source": SOURCE, "steps": steps}


def _demo_dedupe_steps() -> list[dict]:
    """The demo recipe's validate + dedupe steps, so the demo's settings are what is tested."""
    import yaml

    recipe = yaml.safe_load((REPO / "data" / "recipes" / "demo.yaml").read_text())
    steps = [s for s in recipe["steps"] if next(iter(s)).startswith(("validate.", "dedupe."))]
    assert [next(iter(s)) for s in steps] == [
        "validate.images",
        "dedupe.exact",
        "dedupe.perceptual",
        "dedupe.caption",
    ]
    return steps


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = tmp_path_factory.mktemp("dedupe") / "out"
    run(_recipe(_demo_dedupe_steps()), out)
    return out


def test_planted_duplicates_are_dropped_with_what_they_duplicate(build, truth):
    kept = set(read_output(build)["id"].to_list())
    excl = read_exclusions(build)
    by_id = {r["id"]: r for r in excl.iter_rows(named=True)}

    # exact copies (same bytes) and lossless re-encodes (same pixels): one per group stays
    groups = [set(g) for g in truth["exact_groups"]] + [
        set(g["keys"]) for g in truth["pixel_groups"]
    ]
    for group in groups:
        assert len(group & kept) == 1, group
        for key in group - kept:
            row = by_id[key]
            assert row["step"] == "dedupe.exact" and row["reason"] == "exact_duplicate"
            assert row["duplicate_of"] in group
    pixel_drops = excl.filter(pl.col("detail").str.contains("same pixels"))
    assert len(pixel_drops) == sum(len(g["keys"]) - 1 for g in truth["pixel_groups"])

    # near-duplicates (resize, JPEG, crop, colour, mirror): one of each pair is dropped as such
    # (a member may also go later as a caption duplicate)
    for g in truth["near_groups"]:
        pair = {g["original"], g["copy"]}
        assert len(pair & kept) <= 1, g
        near = [k for k in pair if by_id.get(k, {}).get("reason") == "near_duplicate"]
        assert len(near) == 1, g
        gone = near[0]
        row = by_id[gone]
        assert row["reason"] == "near_duplicate" and row["duplicate_of"] in pair, row
        if g["transform"] == "resize":  # keep: resolution keeps the larger original
            assert gone == g["copy"]
        assert f"distance {g['phash_distance']}" in row["detail"] or g["transform"] in (
            "hflip",
            "jpeg",
            "color",
            "resize",
        )

    # caption near-duplicates: of each planted pair at most one stays
    for g in truth["caption_groups"]:
        assert len({g["original"], g["copy"]} & kept) <= 1, g

    # no false merge: every near_duplicate drop points at its planted partner
    partner = {}
    for g in truth["near_groups"]:
        partner[g["original"]] = g["copy"]
        partner[g["copy"]] = g["original"]
    for row in excl.filter(pl.col("reason") == "near_duplicate").iter_rows(named=True):
        assert partner[row["id"]] == row["duplicate_of"], row


def test_reports_have_clusters_and_a_contact_sheet(build, truth):
    reports = sorted((build / "reports").iterdir())
    names = [p.name.split("-", 1)[1] for p in reports]
    assert names == ["dedupe.exact", "dedupe.perceptual", "dedupe.caption"]
    near = pl.read_parquet(reports[1] / "clusters.parquet")
    assert near.columns == ["cluster_id", "kept_id", "members", "distances", "size"]
    assert len(near) == len(truth["near_groups"])
    for row in near.iter_rows(named=True):
        assert row["kept_id"] in row["members"]
        assert all(d is None or d <= 10 for d in row["distances"])
    sheet = reports[1] / "contact_sheet.png"
    assert sheet.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    prov = json.loads((build / "provenance.json").read_text())
    step = next(s for s in prov["steps"] if s["name"] == "dedupe.perceptual")
    assert step["report"]["clusters"] == len(truth["near_groups"])


def test_corrupt_images_are_quarantined_without_validation(tmp_path, truth):
    out = tmp_path / "out"
    run(_recipe([{"dedupe.perceptual": {}}, {"dedupe.exact": {"by": ["pixels"]}}]), out)
    excl = read_exclusions(out)
    reasons = dict(zip(excl["id"].to_list(), excl["reason"].to_list(), strict=True))
    for key, kind in truth["corrupt"].items():
        # a null image is dropped by the source; empty bytes fail to decode like the rest
        want = {"missing_image"} if kind == "null" else {"corrupt_image"}
        assert reasons[key] in want, (key, kind)
    # without dedupe.exact first, perceptual dedupe also takes the exact copies (distance 0)
    near = excl.filter(pl.col("reason") == "near_duplicate")
    exact = sum(len(g) - 1 for g in truth["exact_groups"])
    exact += sum(len(g["keys"]) - 1 for g in truth["pixel_groups"])
    mirrored = sum(g["transform"] == "hflip" for g in truth["near_groups"])
    assert len(near) == len(truth["near_groups"]) - mirrored + exact


def _write_reference(path, rows: pl.DataFrame) -> None:
    rows.select(
        pl.col("key").alias("ref_key"), "jpg", pl.col("caption").alias("alt")
    ).write_parquet(path)


def test_against_reference_drops_matches_only(tmp_path, truth):
    sample = pl.read_parquet(SAMPLE / "sample.parquet")
    originals = [g["original"] for g in truth["near_groups"] if g["transform"] != "hflip"]
    ref = sample.filter(pl.col("key").is_in(originals))
    (tmp_path / "ref").mkdir()
    # the reference holds each original twice: it is matched against, never deduplicated
    _write_reference(tmp_path / "ref" / "part-0.parquet", ref)
    _write_reference(tmp_path / "ref" / "part-1.parquet", ref)
    out = tmp_path / "out"
    step = {
        "reference": str(tmp_path / "ref" / "*.parquet"),
        "image_column": "jpg",
        "id_column": "ref_key",
        "action": "drop",
    }
    run(_recipe([{"validate.images": {}}, {"dedupe.against": step}]), out)
    excl = read_exclusions(out).filter(pl.col("step") == "dedupe.against")
    assert set(excl["reason"]) == {"in_reference_set"}
    dropped = dict(zip(excl["id"].to_list(), excl["duplicate_of"].to_list(), strict=True))
    want = {}
    for g in truth["near_groups"]:
        if g["transform"] != "hflip":
            want[g["original"]] = g["original"]
            want[g["copy"]] = g["original"]
    # exact copies of an original in the sample match it too
    for group in [set(g) for g in truth["exact_groups"]] + [
        set(g["keys"]) for g in truth["pixel_groups"]
    ]:
        for o in group & set(originals):
            want.update({k: o for k in group})
    assert dropped == want
    report = pl.read_parquet(next((out / "reports").glob("*-dedupe.against")) / "matches.parquet")
    assert len(report) == len(want)


def test_against_reference_flags_instead_of_dropping(tmp_path, truth):
    sample = pl.read_parquet(SAMPLE / "sample.parquet")
    group = truth["caption_groups"][0]
    _write_reference(tmp_path / "ref.parquet", sample.filter(pl.col("key") == group["original"]))
    out = tmp_path / "out"
    step = {"reference": str(tmp_path / "ref.parquet"), "method": "caption", "text_column": "alt"}
    run(_recipe([{"validate.images": {}}, {"dedupe.against": {**step, "action": "flag"}}]), out)
    data = read_output(out)
    assert {"in_reference", "reference_id"} <= set(data.columns)
    flagged = data.filter(pl.col("in_reference"))
    # the original and its case/punctuation copy share a normalised caption
    assert group["original"] in flagged["id"].to_list()
    assert set(flagged["reference_id"]) == {"ref.parquet:0"}
    assert not len(read_exclusions(out).filter(pl.col("step") == "dedupe.against"))


def test_against_reference_missing_file_is_a_clear_error(tmp_path):
    from trustbench.builders.steps.dedupe import AgainstReference

    step = AgainstReference({"reference": str(tmp_path / "nope-*.parquet")})
    with pytest.raises(FileNotFoundError, match="no reference Parquet file"):
        step.setup()


def test_exact_step_options_reject_unknown_keys():
    from pydantic import ValidationError

    from trustbench.builders.steps.dedupe import ExactDedupe, PerceptualDedupe

    with pytest.raises(ValidationError):
        ExactDedupe({"by": ["md5"]})
    with pytest.raises(ValidationError):
        PerceptualDedupe({"keep": "biggest"})
    assert PerceptualDedupe({"keep": "column:score"}).options.keep == "column:score"
