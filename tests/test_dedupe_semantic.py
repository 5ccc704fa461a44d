"""Semantic dedupe through the real loading path, with a tiny random CLIP saved to a temp dir."""

from __future__ import annotations

import io

import numpy as np
import polars as pl
import pytest
from PIL import Image

from conftest import make_image
from trustbench.sanitize import dedupe as dd

pytest.importorskip("torch")
pytest.importorskip("transformers")


@pytest.fixture(scope="module")
def tiny_clip(tiny_models):
    """The tiny random CLIP that ``build-dataset tiny-models`` writes (see conftest)."""
    return tiny_models["clip"]


def _png(im: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", **kw)
    return buf.getvalue()


@pytest.fixture(scope="module")
def images() -> tuple[list[bytes], set[tuple[int, int]]]:
    """8 distinct images plus two lossless re-encodes (rows 8, 9 copy rows 1, 4)."""
    distinct = [make_image(seed, (64, 48)) for seed in range(8)]
    data = [_png(im) for im in distinct]
    data += [_png(distinct[1], compress_level=1), _png(distinct[4], compress_level=9)]
    return data, {(1, 8), (4, 9)}


def test_semantic_pairs_with_a_tiny_random_clip(tiny_clip, images):
    data, planted = images
    emb, errors = dd.embed_images(data + [b"broken"], str(tiny_clip), batch_size=4)
    assert errors[:-1] == [None] * len(data) and errors[-1] is not None
    assert emb.shape == (len(data) + 1, 16)
    assert np.allclose(np.linalg.norm(emb[:-1], axis=1), 1.0, atol=1e-5)
    sims = emb[:-1] @ emb[:-1].T
    distinct_max = max(sims[i, j] for i in range(8) for j in range(i + 1, 8))
    assert distinct_max < 0.9999  # the random model still tells the distinct images apart
    threshold = (1.0 + float(distinct_max)) / 2
    valid = np.array([e is None for e in errors])
    pairs = dd.find_semantic_duplicates(emb, threshold, valid=valid)
    assert set(pairs.select("i", "j").iter_rows()) == planted
    # the SemDeDup path (k-means first) finds the same identical pairs
    clustered = dd.find_semantic_duplicates(emb, threshold, valid=valid, n_clusters=3)
    assert set(clustered.select("i", "j").iter_rows()) == planted


def test_semantic_step_marks_duplicates(tiny_clip, images):
    from trustbench.builders.schema import DROP_REASON, DUPLICATE_OF
    from trustbench.builders.steps.dedupe import SemanticDedupe

    data, _ = images
    batch = pl.DataFrame(
        {
            "id": [f"r{i}" for i in range(len(data))],
            "image": [{"bytes": b, "path": None} for b in data],
            "text": [None] * len(data),
        }
    )
    step = SemanticDedupe({"model": str(tiny_clip), "threshold": 0.99999})
    step.ensure_setup()
    step.observe(batch)
    step.finish()
    out = step.process(batch)
    dropped = out.filter(pl.col(DROP_REASON).is_not_null())
    assert set(dropped[DROP_REASON]) == {"semantic_duplicate"}
    assert dict(zip(dropped["id"], dropped[DUPLICATE_OF], strict=True)) == {"r8": "r1", "r9": "r4"}


def test_missing_model_is_a_clear_error(tmp_path):
    from trustbench.builders.steps.dedupe import SemanticDedupe

    with pytest.raises(ValueError, match="needs an embedding model"):
        SemanticDedupe({}).setup()
    with pytest.raises(FileNotFoundError, match="no model found"):
        SemanticDedupe({"model": str(tmp_path / "no-such-clip")}).setup()
