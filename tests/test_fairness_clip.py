"""fairness.audit with an embedding model: the CLIP embedding bias distance in a real build."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from conftest import SAMPLE, read_output, run

pytest.importorskip("torch")
pytest.importorskip("transformers")

from test_dedupe_semantic import tiny_clip  # noqa: E402, F401  (its fixture, reused)


def test_audit_embedding_bias_distance(tiny_clip, tmp_path):  # noqa: F811
    from trustbench.sanitize.dedupe import embed_images

    source = {"type": "parquet", "path": str(SAMPLE / "sample.parquet"), "image_column": "jpg",
              "text_column": "caption", "id_column": "key", "rows_per_shard": 100}  # fmt: skip
    steps = [
        {"validate.images": {}},
        {"fairness.attributes": {}},
        {"fairness.audit": {"model": str(tiny_clip), "by": None}},
    ]
    res = run({"name": "clip", "source": source, "steps": steps}, tmp_path / "out")
    rep = next(s for s in res.provenance["steps"] if s["name"] == "fairness.audit")["report"]
    (row,) = rep["tables"]["embedding bias distance between gender groups"]
    df = read_output(tmp_path / "out")
    # the same distance by hand: centroids of the normalised embeddings of each gender
    centroids = []
    for g in ("female", "male"):
        imgs = df.filter(pl.col("gender") == g)["image"].struct.field("bytes").to_list()
        emb, errors = embed_images(imgs, str(tiny_clip))
        assert not any(errors)
        centroids.append(emb.astype(np.float64).mean(0))
    a, b = centroids
    expected = 1 - a @ b / (np.linalg.norm(a) * np.linalg.norm(b))
    assert row["n_a"] == df.filter(pl.col("gender") == "female").height > 10
    assert row["centroid_cosine_distance"] == pytest.approx(expected, abs=1e-5)
    assert 0 < row["centroid_cosine_distance"] < 2
