"""Bad input is quarantined with a reason; the build finishes and input = kept + dropped."""

from __future__ import annotations

import io
import json

import polars as pl
from PIL import Image

from conftest import encode, make_image, read_exclusions, read_output, run, write_webdataset


def _bomb_png() -> bytes:
    """A 1-bit 10000x10000 PNG: tiny on disk, 100 M pixels (> Pillow's 89.5 M limit)."""
    buf = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(buf, "PNG", optimize=True)
    return buf.getvalue()


def test_bad_images_are_quarantined_with_reasons(tmp_path, corpus):
    good = encode(make_image(1), "JPEG")
    bad = {
        "trunc": (good[: len(good) // 2], "truncated_image"),
        "garbage": (b"this is not an image at all", "corrupt_image"),
        "empty": (b"", "missing_image"),
        "bomb": (_bomb_png(), "decompression_bomb"),
        "null": (None, "missing_image"),
    }
    assert len(bad["bomb"][0]) < 100_000
    rows = [{"key": r["key"], "caption": r["caption"], "jpg": r["png"]} for r in corpus]
    rows += [{"key": k, "caption": "bad", "jpg": v[0]} for k, v in bad.items()]
    pl.DataFrame(
        rows, schema={"key": pl.String, "caption": pl.String, "jpg": pl.Binary}
    ).write_parquet(tmp_path / "in.parquet")
    recipe = {
        "name": "q",
        "source": {
            "type": "parquet",
            "path": str(tmp_path / "in.parquet"),
            "image_column": "jpg",
            "id_column": "key",
            "rows_per_shard": 4,
        },
        "steps": ["validate.images"],
    }
    result = run(recipe, tmp_path / "out")
    assert result.rows == len(corpus)
    assert result.excluded_rows == len(bad)
    assert result.input_rows == result.rows + result.excluded_rows
    excl = read_exclusions(tmp_path / "out")
    assert dict(zip(excl["id"], excl["reason"], strict=True)) == {k: v[1] for k, v in bad.items()}
    assert (
        excl.filter(pl.col("id") == "trunc")["image"].struct.field("bytes")[0] == bad["trunc"][0]
    )  # nothing lost
    assert all(d for d in excl["detail"])
    prov = json.loads((tmp_path / "out" / "provenance.json").read_text())
    assert prov["accounting"]["balanced"]
    validate = next(s for s in prov["steps"] if s["name"] == "validate.images")
    assert validate["dropped_by_reason"] == {
        "corrupt_image": 1,
        "decompression_bomb": 1,
        "missing_image": 1,
        "truncated_image": 1,
    }


def test_non_utf8_captions_and_missing_files(tmp_path, corpus):
    # webdataset: one caption is Latin-1 bytes, not UTF-8
    write_webdataset(
        corpus[:6],
        tmp_path / "00000.tar",
        raw_captions={corpus[2]["key"]: "café crème".encode("latin-1")},
    )
    result = run(
        {
            "name": "u",
            "source": {"type": "webdataset", "path": str(tmp_path / "00000.tar")},
            "steps": [],
        },
        tmp_path / "o1",
    )
    excl = read_exclusions(tmp_path / "o1")
    assert excl["id"].to_list() == [corpus[2]["key"]] and excl["reason"].to_list() == [
        "invalid_text_encoding"
    ]
    assert excl["step"].to_list() == ["source"]
    assert result.rows == 5 and result.input_rows == 6

    # image folder: metadata names a file that is not there; a sidecar caption is not UTF-8
    folder = tmp_path / "folder"
    folder.mkdir()
    for r in corpus[:4]:
        (folder / f"{r['key']}.png").write_bytes(r["png"])
        (folder / f"{r['key']}.txt").write_bytes(r["caption"].encode())
    (folder / f"{corpus[1]['key']}.txt").write_bytes(b"\xff\xfe broken")
    result = run(
        {"name": "f", "source": {"type": "imagefolder", "path": str(folder)}, "steps": []},
        tmp_path / "o2",
    )
    assert read_exclusions(tmp_path / "o2")["reason"].to_list() == ["invalid_text_encoding"]
    (folder / "metadata.jsonl").write_text(
        "\n".join(
            json.dumps({"file_name": n, "caption": "c"})
            for n in ["img000.png", "gone.png", "img003.png"]
        )
    )
    result = run(
        {"name": "f", "source": {"type": "imagefolder", "path": str(folder)}, "steps": []},
        tmp_path / "o3",
    )
    excl = read_exclusions(tmp_path / "o3")
    assert excl["id"].to_list() == ["gone"] and excl["reason"].to_list() == ["missing_file"]
    assert "gone.png" in excl["detail"][0]
    assert result.rows == 2 and result.input_rows == 3

    # parquet path column pointing at a missing file; a binary caption column with bad bytes
    pl.DataFrame(
        {
            "key": ["a", "b", "c"],
            "caption": [b"ok", b"fine", b"\xc3\x28"],
            "file": ["img000.png", "nope.png", "img003.png"],
        }
    ).write_parquet(tmp_path / "p.parquet")
    result = run(
        {
            "name": "p",
            "source": {
                "type": "parquet",
                "path": str(tmp_path / "p.parquet"),
                "image_column": "file",
                "image_root": str(folder),
                "id_column": "key",
            },
            "steps": ["validate.images"],
        },
        tmp_path / "o4",
    )
    excl = read_exclusions(tmp_path / "o4").sort("id")
    assert excl["reason"].to_list() == ["missing_file", "invalid_text_encoding"]
    assert excl["id"].to_list() == ["b", "c"]
    assert read_output(tmp_path / "o4")["text"].to_list() == ["ok"]
