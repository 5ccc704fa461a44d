"""Every source format round-trips to the sink with the same rows, captions and pixels."""

from __future__ import annotations

import json

import datasets
import numpy as np
import polars as pl
import pytest

from conftest import (
    pixels,
    read_output,
    run,
    write_images,
    write_parquet_bytes,
    write_webdataset,
)


def _assert_roundtrip(corpus, out, ids=None):
    got = read_output(out).sort("id")
    want = sorted(corpus, key=lambda r: r["key"])
    assert got["id"].to_list() == (ids or [r["key"] for r in want])
    assert got["text"].to_list() == [r["caption"] for r in want]
    for row, ref in zip(got.iter_rows(named=True), want, strict=True):
        np.testing.assert_array_equal(pixels(row["image"]["bytes"]), pixels(ref["png"]))
        assert row["lineage"]["steps"] == ["validate.images"]
        assert row["lineage"]["source_file"]
    # the published split loads with datasets and decodes images
    ds = datasets.load_dataset("parquet", data_files=str(out / "data" / "*.parquet"), split="train")
    assert len(ds) == len(corpus)
    assert ds[0]["image"].size == (48, 40)
    assert isinstance(ds.features["image"], datasets.Image)


def _recipe(source: dict) -> dict:
    return {
        "name": "rt",
        "source": {"rows_per_shard": 5, "batch_size": 3, **source},
        "steps": ["validate.images"],
    }


def test_parquet_with_image_bytes(tmp_path, corpus):
    src = write_parquet_bytes(corpus, tmp_path / "laion.parquet")
    result = run(
        _recipe({"type": "parquet", "path": str(src), "image_column": "jpg", "id_column": "key"}),
        tmp_path / "out",
    )
    assert result.rows == 12 and result.excluded_rows == 0
    _assert_roundtrip(corpus, tmp_path / "out")
    assert read_output(tmp_path / "out")["url"].to_list()[0].startswith("https://example.com/")
    assert len(list((tmp_path / "out" / "data").glob("train-*-of-00003.parquet"))) == 3


def test_parquet_with_image_paths_and_hf_structs(tmp_path, corpus):
    names = write_images(corpus, tmp_path / "imgs")
    pl.DataFrame(
        {
            "key": [r["key"] for r in corpus],
            "caption": [r["caption"] for r in corpus],
            "file": names,
        }
    ).write_parquet(tmp_path / "paths.parquet")
    run(
        _recipe(
            {
                "type": "parquet",
                "path": str(tmp_path / "paths.parquet"),
                "image_column": "file",
                "image_root": str(tmp_path / "imgs"),
                "id_column": "key",
            }
        ),
        tmp_path / "o1",
    )
    _assert_roundtrip(corpus, tmp_path / "o1")
    # HF Image structs: half with bytes, half pointing at files
    structs = [
        {"bytes": r["png"], "path": None}
        if i % 2
        else {"bytes": None, "path": str(tmp_path / "imgs" / n)}
        for i, (r, n) in enumerate(zip(corpus, names, strict=True))
    ]
    pl.DataFrame(
        {
            "key": [r["key"] for r in corpus],
            "text": [r["caption"] for r in corpus],
            "image": structs,
        }
    ).write_parquet(tmp_path / "hf.parquet")
    run(
        _recipe({"type": "parquet", "path": str(tmp_path / "hf.parquet"), "id_column": "key"}),
        tmp_path / "o2",
    )
    _assert_roundtrip(corpus, tmp_path / "o2")


def test_webdataset_tar(tmp_path, corpus):
    (tmp_path / "shards").mkdir()
    write_webdataset(corpus[:7], tmp_path / "shards" / "00000.tar")
    write_webdataset(corpus[7:], tmp_path / "shards" / "00001.tar")
    result = run(
        _recipe({"type": "webdataset", "path": str(tmp_path / "shards")}), tmp_path / "out"
    )
    assert result.rows == 12
    _assert_roundtrip(corpus, tmp_path / "out")
    assert read_output(tmp_path / "out")["width"].to_list() == [48] * 12


@pytest.mark.parametrize("captions", ["metadata.jsonl", "metadata.csv", "sidecar"])
def test_image_folder(tmp_path, corpus, captions):
    folder = tmp_path / "folder"
    names = write_images(corpus, folder)
    if captions == "metadata.jsonl":
        (folder / captions).write_text(
            "\n".join(
                json.dumps({"file_name": n, "caption": r["caption"]})
                for n, r in zip(names, corpus, strict=True)
            )
        )
    elif captions == "metadata.csv":
        pl.DataFrame({"file_name": names, "text": [r["caption"] for r in corpus]}).write_csv(
            folder / captions
        )
    else:
        for n, r in zip(names, corpus, strict=True):
            (folder / n).with_suffix(".txt").write_text(r["caption"])
    run(_recipe({"type": "imagefolder", "path": str(folder)}), tmp_path / "out")
    _assert_roundtrip(corpus, tmp_path / "out")


def test_hf_dataset_save_to_disk(tmp_path, corpus):
    ds = datasets.Dataset.from_dict(
        {
            "image": [{"bytes": r["png"], "path": None} for r in corpus],
            "caption": [r["caption"] for r in corpus],
            "key": [r["key"] for r in corpus],
        },
        features=datasets.Features(
            {
                "image": datasets.Image(),
                "caption": datasets.Value("string"),
                "key": datasets.Value("string"),
            }
        ),
    )
    ds.save_to_disk(str(tmp_path / "saved"))
    run(
        _recipe({"type": "hf", "path": str(tmp_path / "saved"), "id_column": "key"}),
        tmp_path / "out",
    )
    _assert_roundtrip(corpus, tmp_path / "out")
    # and the build's own output is itself a valid hf source (load_dataset on a folder)
    run(
        _recipe(
            {"type": "hf", "path": str(tmp_path / "out"), "id_column": "id", "text_column": "text"}
        ),
        tmp_path / "again",
    )
    _assert_roundtrip(corpus, tmp_path / "again")


def test_load_dataset_on_output_folder(tmp_path, corpus):
    src = write_parquet_bytes(corpus, tmp_path / "laion.parquet")
    run(
        _recipe({"type": "parquet", "path": str(src), "image_column": "jpg", "id_column": "key"}),
        tmp_path / "out",
    )
    ds = datasets.load_dataset(str(tmp_path / "out"), split="train")
    assert sorted(ds["id"]) == [r["key"] for r in corpus]
    assert ds[3]["image"].mode == "RGB"
    assert "exclusions" not in {c for c in ds.column_names}
