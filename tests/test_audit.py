"""The privacy steps inside a build, and the post-build PII audit (``build-dataset audit-pii``)."""

from __future__ import annotations

import io
import json

import polars as pl
import pytest
from PIL import Image
from pydantic import ValidationError

from conftest import make_image
from trustbench.builders.cli import main
from trustbench.builders.pipeline import run_recipe
from trustbench.builders.steps.privacy import PseudonymizeText

KEY = "audit-test-key-0123456789abcdef"
CAPTIONS = [
    "Portrait of Amanda Flores born on April 27, 1955, studio light",
    "Call Brian Keller at (415) 555-0193 or brian.keller@kellerphoto.com",
    "Lake view from 4890 Bowers View Apt. 883, Lake Joseph, NY 10001",
    "Pay with card 4539 1488 0343 6467, IBAN DE89 3704 0044 0532 0130 00",
    "uploaded from 203.0.113.77 by Dr. Okonkwo, see https://okonkwo-art.net/bio",
    "A plain red square on a white background",
]
ORIGINALS = [
    "Amanda Flores", "April 27, 1955", "Brian Keller", "(415) 555-0193",
    "brian.keller@kellerphoto.com", "4890 Bowers View Apt. 883, Lake Joseph, NY 10001",
    "4539 1488 0343 6467", "DE89 3704 0044 0532 0130 00", "203.0.113.77", "Okonkwo",
    "https://okonkwo-art.net/bio",
]  # fmt: skip


def _gps_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 29.0), 3: "E", 4: (2.0, 17.0, 40.0)}
    buf = io.BytesIO()
    make_image(1, (64, 48)).save(buf, "JPEG", exif=exif)
    return buf.getvalue()


def _png(seed: int) -> bytes:
    buf = io.BytesIO()
    make_image(seed, (64, 48)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "src.parquet"
    pl.DataFrame(
        {
            "key": [f"k{i}" for i in range(len(CAPTIONS) + 1)],
            "caption": CAPTIONS + ["Jenna Ortiz on a broken upload"],
            "jpg": [_gps_jpeg()] + [_png(i) for i in range(2, len(CAPTIONS) + 1)] + [b"garbage"],
        }
    ).write_parquet(path)
    return path


def _recipe(source, steps) -> dict:
    return {
        "name": "privacy",
        "source": {"type": "parquet", "path": str(source), "image_column": "jpg",
                   "text_column": "caption", "id_column": "key"},
        "steps": steps,
    }  # fmt: skip


PRIVATE_STEPS = [
    {"pseudonymize.text": {"key_env": "TB_AUDIT_KEY"}},
    {"validate.images": {}},
    {"strip.metadata": {}},
    {"anonymize.faces": {}},
]


def test_private_build_passes_audit_and_never_writes_the_key(tmp_path, source, monkeypatch, capsys):
    monkeypatch.setenv("TB_AUDIT_KEY", KEY)
    out = tmp_path / "out"
    result = run_recipe(_recipe(source, PRIVATE_STEPS), out=out, progress=False)
    assert result.excluded_rows == 1  # the broken upload, pseudonymized in the exclusions
    excl = pl.read_parquet(next((out / "exclusions").glob("*.parquet")))
    assert "Jenna Ortiz" not in excl["text"][0] and excl["text"][0].endswith(" on a broken upload")
    for f in out.rglob("*"):
        if f.is_file():
            assert KEY.encode() not in f.read_bytes(), f
    prov = json.loads((out / "provenance.json").read_text())
    step = next(s for s in prov["steps"] if s["name"] == "pseudonymize.text")
    assert step["stats"]["PERSON"] == 4 and step["stats"]["EMAIL"] == 1
    assert step["report"]["linkable_across_runs"] is True
    assert prov["recipe"]["steps"][0]["pseudonymize.text"]["key_env"] == "TB_AUDIT_KEY"
    assert (
        main(["audit-pii", str(out), "--source", str(source), "--column", "caption",
              "--json", str(tmp_path / "audit.json")]) == 0
    )  # fmt: skip
    report = json.loads((tmp_path / "audit.json").read_text())
    assert report["ok"] and sum(report["originals_by_type"].values()) == len(ORIGINALS) + 1
    assert "no original PII found" in capsys.readouterr().out


def test_raw_build_fails_audit_without_printing_originals(tmp_path, source, capsys):
    out = tmp_path / "raw"
    run_recipe(_recipe(source, [{"validate.images": {}}]), out=out, progress=False)
    # a step report with nested columns (like dedupe cluster tables) is searched too
    (out / "reports" / "09-x").mkdir(parents=True)
    pl.DataFrame({"members": [["k1", "brian keller"]], "n": [2]}).write_parquet(
        out / "reports" / "09-x" / "clusters.parquet"
    )
    assert main(["audit-pii", str(out), "--source", str(source), "--column", "caption",
                 "--json", str(tmp_path / "audit.json")]) == 1  # fmt: skip
    printed = capsys.readouterr().out
    report = json.loads((tmp_path / "audit.json").read_text())
    assert not report["ok"]
    found = {f["type"] for f in report["findings"]}
    assert {"PERSON", "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "URL", "ADDRESS",
            "DATE_OF_BIRTH"} <= found  # fmt: skip
    assert any(f["file"].startswith("exclusions/") for f in report["findings"])
    # found case-insensitively inside a list column of a report
    assert any(f["file"] == "reports/09-x/clusters.parquet" for f in report["findings"])
    assert len(report["images_with_gps"]) == 1
    dumped = printed + (tmp_path / "audit.json").read_text()
    for original in ORIGINALS + ["Jenna Ortiz"]:
        assert original not in dumped


def test_two_runs_same_key_same_output_other_key_differs(tmp_path, source, monkeypatch):
    steps = [{"pseudonymize.text": {"key_env": "TB_AUDIT_KEY"}}]
    monkeypatch.setenv("TB_AUDIT_KEY", KEY)
    a = run_recipe(_recipe(source, steps), out=tmp_path / "a", progress=False)
    b = run_recipe(_recipe(source, steps), out=tmp_path / "b", progress=False)
    assert a.output_fingerprint == b.output_fingerprint
    monkeypatch.setenv("TB_AUDIT_KEY", KEY[::-1])
    run_recipe(_recipe(source, steps), out=tmp_path / "c", progress=False)
    ta = pl.read_parquet(tmp_path / "a" / "data" / "*.parquet")["text"].to_list()
    tc = pl.read_parquet(tmp_path / "c" / "data" / "*.parquet")["text"].to_list()
    assert ta[5] == tc[5] == CAPTIONS[5]  # no PII: unchanged
    assert all(ta[i] != tc[i] for i in (0, 1, 2, 3, 4, 6))


def test_step_with_random_key_says_so(monkeypatch, tmp_path):
    monkeypatch.delenv("TB_NO_SUCH_KEY", raising=False)
    batch = pl.DataFrame({"id": ["a"], "text": [CAPTIONS[1]]})
    with pytest.raises(ValueError, match="TB_NO_SUCH_KEY is not set"):
        PseudonymizeText({"key_env": "TB_NO_SUCH_KEY"}).ensure_setup()
    with pytest.raises(ValidationError, match="not both"):
        PseudonymizeText({"key_file": "x.key", "random_key": True})
    runs = []
    for _ in range(2):
        step = PseudonymizeText({"key_env": "TB_NO_SUCH_KEY", "random_key": True})
        step.ensure_setup()
        step.observe(batch)
        step.finish()
        runs.append(step.process(batch)["text"][0])
        report = step.write_report(tmp_path / "r")
        assert report["linkable_across_runs"] is False and "random" in report["key"]
    assert runs[0] != runs[1]  # unlinkable across runs
    assert json.loads((tmp_path / "r" / "pii_counts.json").read_text())["entities"] == {
        "PERSON": 1, "PHONE": 1, "EMAIL": 1
    }  # fmt: skip


def test_options_hold_names_not_keys():
    with pytest.raises(ValidationError):
        PseudonymizeText.Options(key_env="s3cr3t key material!")
    with pytest.raises(ValidationError):
        PseudonymizeText.Options(key="abc")  # no such option: keys never go inline
    with pytest.raises(ValidationError, match="unknown entity"):
        PseudonymizeText.Options(entities=["EMAIL", "SHOE_SIZE"])


def test_audit_needs_originals(tmp_path):
    (tmp_path / "out").mkdir()
    assert main(["audit-pii", str(tmp_path / "out")]) == 1


def test_demo_build_has_zero_pii_left(tmp_path):
    from conftest import REPO, SAMPLE

    recipe = REPO / "data" / "recipes" / "demo.yaml"
    out = tmp_path / "demo"
    assert main(["run", str(recipe), "--out", str(out), "--quiet"]) == 0
    report_path = tmp_path / "audit.json"
    code = main(["audit-pii", str(out), "--recipe", str(recipe),
                 "--truth", str(SAMPLE / "truth.json"), "--json", str(report_path)])  # fmt: skip
    report = json.loads(report_path.read_text())
    assert code == 0 and report["ok"], report["found_by_type"]
    # every planted entity type was searched for, and every output file was scanned
    assert set(report["originals_by_type"]) >= {"PERSON", "EMAIL", "PHONE", "CREDIT_CARD"}
    assert report["files_scanned"] >= 4 and report["images_with_gps"] == []
    # most planted faces that survive dedupe were found and blurred, few other images touched
    truth = json.loads((SAMPLE / "truth.json").read_text())
    rows = pl.read_parquet(out / "data" / "*.parquet")
    # by source row: the ood.* steps add shifted copies that carry their source's count
    from_face = pl.col("lineage").struct.field("source_id").is_in(truth["faces"])
    faces = rows.filter(from_face)["faces_anonymized"]
    others = rows.filter(~from_face)["faces_anonymized"]
    assert len(faces) > 10 and (faces > 0).mean() >= 0.8
    assert (others > 0).mean() <= 0.05
