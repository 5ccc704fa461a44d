"""The committed sample corpus agrees with its truth.json and rebuilds byte for byte."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import imagehash
import numpy as np
import polars as pl
import pytest
from PIL import Image, ImageOps

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


@pytest.fixture(scope="module")
def truth() -> dict:
    return json.loads((SAMPLE / "truth.json").read_text())


@pytest.fixture(scope="module")
def rows() -> dict[str, dict]:
    df = pl.read_parquet(SAMPLE / "sample.parquet")
    return {r["key"]: r for r in df.iter_rows(named=True)}


def _open(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def test_schema_and_size(rows, truth):
    df = pl.read_parquet(SAMPLE / "sample.parquet")
    assert df.schema == {
        "key": pl.String, "url": pl.String, "caption": pl.String, "width": pl.Int32,
        "height": pl.Int32, "jpg": pl.Binary, "status": pl.String, "similarity": pl.Float64,
    }
    assert df.height == truth["n_rows"] >= 290
    assert df["key"].n_unique() == df.height
    assert all(re.fullmatch(r"\d{9}", k) for k in df["key"])
    assert df["url"].n_unique() == df.height
    assert all(u.startswith("https://") for u in df["url"])
    assert set(df["status"]) == {"success"}
    total = sum(f.stat().st_size for f in SAMPLE.rglob("*") if f.is_file())
    assert total < 10_000_000


def test_truth_keys_exist(rows, truth):
    keys = set(truth["distinct_keys"]) | set(truth["corrupt"]) | set(truth["pii"])
    keys |= set(truth["gendered"]) | set(truth["faces"]) | set(truth["exif_gps"])
    keys |= {k for g in truth["exact_groups"] for k in g}
    keys |= {k for g in truth["pixel_groups"] for k in g["keys"]}
    keys |= {g[k] for g in truth["near_groups"] for k in ("original", "copy")}
    keys |= {g[k] for g in truth["caption_groups"] for k in ("original", "copy")}
    assert keys <= set(rows)
    assert set(truth["sources"]) == set(rows)
    assert len(truth["distinct_keys"]) >= 200
    assert not set(truth["distinct_keys"]) & set(truth["corrupt"])


def test_stored_sizes_are_honest(rows, truth):
    for key, row in rows.items():
        if key in truth["corrupt"]:
            continue
        img = _open(row["jpg"])
        assert (row["width"], row["height"]) == img.size, key
        assert max(img.size) <= 320


def test_distinct_originals_are_phash_distinct(rows, truth):
    hashes = []
    for key in truth["distinct_keys"]:
        img = ImageOps.exif_transpose(_open(rows[key]["jpg"]))
        hashes.append((imagehash.phash(img), imagehash.phash(ImageOps.mirror(img))))
    limit = truth["phash_min_distance"]
    for i, (h, m) in enumerate(hashes):
        for h2, m2 in hashes[:i]:
            assert min(h - h2, m - h2, h - m2) >= limit


def test_exact_groups_are_byte_identical(rows, truth):
    assert len(truth["exact_groups"]) >= 12
    for group in truth["exact_groups"]:
        assert 2 <= len(group) <= 3
        assert len({rows[k]["jpg"] for k in group}) == 1
        assert len({rows[k]["url"] for k in group}) == len(group)
    for group in truth["exact_groups_same_caption"]:
        assert len({rows[k]["caption"] for k in group}) == 1


def test_pixel_groups_same_pixels_different_bytes(rows, truth):
    assert truth["pixel_groups"]
    for group in truth["pixel_groups"]:
        keys = group["keys"]
        assert len({rows[k]["jpg"] for k in keys}) == len(keys)
        pixels = {_open(rows[k]["jpg"]).convert("RGB").tobytes() for k in keys}
        assert len(pixels) == 1
        assert all(rows[k]["jpg"].startswith(b"\x89PNG") for k in keys)


def test_near_copies_decode_and_stay_close(rows, truth):
    assert len(truth["near_groups"]) >= 35
    assert {g["transform"] for g in truth["near_groups"]} == {
        "resize", "jpeg", "crop", "hflip", "color"}
    for g in truth["near_groups"]:
        orig, copy = _open(rows[g["original"]]["jpg"]), _open(rows[g["copy"]]["jpg"])
        assert rows[g["original"]]["jpg"] != rows[g["copy"]]["jpg"]
        dist = imagehash.phash(orig) - imagehash.phash(copy)
        assert dist == g["phash_distance"]
        if g["transform"] == "hflip":
            assert imagehash.phash(ImageOps.mirror(copy)) - imagehash.phash(orig) <= 10
        else:
            assert dist <= 10 < g["phash_distance_nearest_other"]


def test_corrupt_rows_fail_to_decode(rows, truth):
    kinds = sorted(truth["corrupt"].values())
    assert kinds == sorted(["truncated"] * 3 + ["garbage"] * 2 + ["empty", "bomb", "null"])
    for key, kind in truth["corrupt"].items():
        data = rows[key]["jpg"]
        if kind == "null":
            assert data is None
            continue
        expected = Image.DecompressionBombError if kind == "bomb" else Exception
        with pytest.raises(expected):
            _open(data)
        if kind == "bomb":
            assert len(data) < 100_000
            assert rows[key]["width"] * rows[key]["height"] > Image.MAX_IMAGE_PIXELS


def _luhn(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def test_pii_spans(rows, truth):
    assert len(truth["pii"]) >= 75
    types = set()
    for key, ents in truth["pii"].items():
        caption = rows[key]["caption"]
        for e in ents:
            assert caption[e["start"]:e["end"]] == e["text"]
            types.add(e["type"])
            if e["type"] == "PERSON":
                assert e["gender"] in ("female", "male")
            if e["type"] == "CREDIT_CARD":
                assert _luhn(e["text"])
    assert types == {"EMAIL", "PHONE", "PERSON", "ADDRESS", "URL", "IP", "CREDIT_CARD", "IBAN",
                     "SSN", "DATE_OF_BIRTH"}


def test_gendered_and_caption_groups(rows, truth):
    assert len(truth["gendered"]) >= 40
    assert {g["gender"] for g in truth["gendered"].values()} == {"female", "male"}
    for key, g in truth["gendered"].items():
        assert g["occupation"] in rows[key]["caption"].lower()
    assert len(truth["caption_groups"]) >= 10
    for g in truth["caption_groups"]:
        a, b = rows[g["original"]], rows[g["copy"]]
        assert a["caption"] != b["caption"] and a["jpg"] != b["jpg"]
        wa, wb = (set(re.findall(r"[a-z0-9]+", r["caption"].lower())) for r in (a, b))
        assert len(wa & wb) / len(wa | wb) >= 0.7


def test_faces_and_exif(rows, truth):
    assert set(truth["face_boxes"]) == set(truth["faces"])
    assert sum(bool(b) for b in truth["face_boxes"].values()) >= 20
    assert {truth["sources"][k] for k in truth["faces"]} >= {"photo:astronaut",
                                                            "photo:grace_hopper"}
    assert len(truth["exif_gps"]) == 5 and len(truth["exif_orientation"]) == 1
    for key in truth["exif_gps"]:
        exif = Image.open(io.BytesIO(rows[key]["jpg"])).getexif()
        gps = exif.get_ifd(0x8825)
        assert gps[1] in ("N", "S") and len(gps[2]) == 3
        assert exif[0x010F] == truth["exif"][key]["make"]
        assert exif[0x0112] == (6 if key in truth["exif_orientation"] else 1)


def test_rebuild_matches_committed_sample(tmp_path):
    """Rebuilding gives the committed sample: same truth, same rows and captions, same pictures.

    Pictures are compared decoded (within one grey level on average, a few at most): JPEG/PNG
    encoders and Parquet writers change their bytes between Pillow/libjpeg and pyarrow releases,
    and what the sample means is its pixels. Captions come from Faker's name lists, which change
    between Faker releases: `constraints.txt` pins Faker (and everything else). Ages are counted
    from a fixed day, so the rebuild is the same on any date (CI also runs the suite a year ahead).
    """
    script = SAMPLE.parent / "make_sample.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True,
                   capture_output=True, timeout=600)
    assert json.loads((tmp_path / "truth.json").read_text()) == json.loads(
        (SAMPLE / "truth.json").read_text())
    new, old = (pl.read_parquet(d / "sample.parquet") for d in (tmp_path, SAMPLE))
    assert new.schema == old.schema
    assert new.drop("jpg").equals(old.drop("jpg"))
    corrupt = set(json.loads((SAMPLE / "truth.json").read_text())["corrupt"])
    for key, a, b in zip(old["key"], old["jpg"], new["jpg"]):
        if a == b:
            continue
        assert key not in corrupt, key  # planted corrupt bytes are built byte by byte
        ia, ib = _open(a), _open(b)
        assert (ia.mode, ia.size) == (ib.mode, ib.size), key
        diff = np.abs(np.asarray(ia, np.int16) - np.asarray(ib, np.int16))
        assert diff.mean() <= 1.0 and diff.max() <= 16, key
