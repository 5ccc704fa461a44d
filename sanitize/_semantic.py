"""Semantic dedupe (SemDeDup): embed images with a CLIP-like model, cluster the embeddings with
k-means, and pair images within a cluster whose cosine similarity reaches a threshold.

torch and transformers are imported only when a model is loaded. The model is whatever
``transformers.AutoModel.from_pretrained`` loads that has ``get_image_features`` (CLIP, SigLIP),
with its ``AutoImageProcessor`` (the slow, torchvision-free processor).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

_HOW_TO_GET = (
    "pass a Hugging Face model id or a local directory holding a CLIP checkpoint, e.g. "
    "model: openai/clip-vit-base-patch32 (download it first with `hf download "
    "openai/clip-vit-base-patch32 --local-dir models/clip` where the Hub is not reachable, "
    "and pass that directory)"
)
_EXACT_UP_TO = 4096  # below this many images compare all pairs (no k-means approximation)


@dataclass
class Embedder:
    """A loaded image-embedding model and its processor (see :func:`load_embedder`)."""

    model: Any
    processor: Any
    name: str
    device: str = "cpu"


def load_embedder(model: str | Path | None, device: str = "cpu") -> Embedder:
    """Load a CLIP-like model with ``from_pretrained``; a clear error when it is missing.

    >>> emb = load_embedder("openai/clip-vit-base-patch32")
    """
    if model is None or not str(model).strip():
        raise ValueError(f"semantic dedupe needs an embedding model: {_HOW_TO_GET}")
    name = str(model)
    looks_local = Path(name).exists() or name.startswith((".", "/", "~")) or name.count("/") > 1
    if looks_local and not (Path(name).expanduser() / "config.json").exists():
        raise FileNotFoundError(f"no model found at {name!r} (no config.json there): {_HOW_TO_GET}")
    try:
        import torch  # noqa: F401
        from transformers import AutoImageProcessor, AutoModel
    except ImportError as exc:
        raise ImportError(
            "semantic dedupe needs torch and transformers: pip install 'trustbench[synth]'"
        ) from exc
    try:
        processor = AutoImageProcessor.from_pretrained(name, use_fast=False)
        net = AutoModel.from_pretrained(name)
    except OSError as exc:
        raise FileNotFoundError(f"could not load model {name!r} ({exc}): {_HOW_TO_GET}") from exc
    if not hasattr(net, "get_image_features"):
        raise ValueError(f"model {name!r} ({type(net).__name__}) has no get_image_features")
    return Embedder(net.eval().to(device), processor, name, device)


def embed_images(
    images: Sequence[bytes | None], embedder: Embedder | str | Path, batch_size: int = 32
) -> tuple[np.ndarray, list[str | None]]:
    """L2-normalised float32 embeddings ``(n, dim)`` and per-image errors (rows of undecodable
    images are zero)."""
    import torch
    from PIL import Image

    if not isinstance(embedder, Embedder):
        embedder = load_embedder(embedder)
    errors: list[str | None] = [None] * len(images)
    decoded: list[tuple[int, Image.Image]] = []
    for i, data in enumerate(images):
        if data is None:
            errors[i] = "missing image"
            continue
        try:
            im = Image.open(io.BytesIO(data))
            im.draft("RGB", (448, 448))  # the processor resizes to ~224: decode no larger
            decoded.append((i, im.convert("RGB")))
        except Exception as exc:
            errors[i] = f"{type(exc).__name__}: {exc}"
    out: np.ndarray | None = None
    for s in range(0, len(decoded), batch_size):
        chunk = decoded[s : s + batch_size]
        inputs = embedder.processor(images=[im for _, im in chunk], return_tensors="pt")
        with torch.no_grad():
            feats = embedder.model.get_image_features(
                pixel_values=inputs["pixel_values"].to(embedder.device)
            )
        if not isinstance(feats, torch.Tensor):  # some versions return a model output
            feats = feats.pooler_output if hasattr(feats, "pooler_output") else feats[0]
        feats = torch.nn.functional.normalize(feats.float(), dim=-1).cpu().numpy()
        if out is None:
            out = np.zeros((len(images), feats.shape[1]), dtype=np.float32)
        out[[i for i, _ in chunk]] = feats
    if out is None:
        out = np.zeros((len(images), 0), dtype=np.float32)
    return out, errors


def _kmeans(x: np.ndarray, k: int, seed: int, iters: int = 25) -> np.ndarray:
    """Spherical k-means (cosine) with k-means++ seeding; cluster label per row."""
    rng = np.random.default_rng(seed)
    centers = [x[rng.integers(len(x))]]
    best = 1.0 - x @ centers[0]
    for _ in range(1, k):
        p = np.clip(best, 0, None) ** 2
        idx = rng.choice(len(x), p=p / p.sum()) if p.sum() > 0 else rng.integers(len(x))
        centers.append(x[idx])
        best = np.minimum(best, 1.0 - x @ x[idx])
    c = np.stack(centers)
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        new = np.argmax(x @ c.T, axis=1)
        if np.array_equal(new, labels) and _ > 0:
            break
        labels = new
        for j in range(k):
            members = x[labels == j]
            if len(members):
                m = members.sum(axis=0)
                c[j] = m / max(np.linalg.norm(m), 1e-12)
    return labels


def find_semantic_duplicates(
    embeddings: np.ndarray,
    threshold: float = 0.95,
    *,
    n_clusters: int | None = None,
    valid: np.ndarray | None = None,
    seed: int = 0,
) -> pl.DataFrame:
    """Pairs ``(i, j, similarity)`` of L2-normalised embeddings with cosine >= ``threshold``.

    Up to 4,096 rows every pair is compared; above, rows are split into ``n_clusters`` k-means
    clusters (default ``sqrt(n)``) and compared within each (SemDeDup; pairs split across
    clusters can be missed).

    >>> find_semantic_duplicates(embed_images(images, "openai/clip-vit-base-patch32")[0])
    """
    x = np.asarray(embeddings, dtype=np.float32)
    rows = np.arange(len(x)) if valid is None else np.flatnonzero(valid)
    schema = {"i": pl.Int64, "j": pl.Int64, "similarity": pl.Float64}
    if len(rows) < 2:
        return pl.DataFrame(schema=schema)
    xv = x[rows]
    if n_clusters is None:
        n_clusters = 1 if len(rows) <= _EXACT_UP_TO else int(np.sqrt(len(rows)))
    labels = _kmeans(xv, n_clusters, seed) if n_clusters > 1 else np.zeros(len(rows), np.int64)
    out_i, out_j, out_s = [], [], []
    for lab in np.unique(labels):
        members = np.flatnonzero(labels == lab)
        for s in range(0, len(members), 1024):  # bounded blocks of the similarity matrix
            block = members[s : s + 1024]
            sim = xv[block] @ xv[members].T
            a, b = np.nonzero(sim >= threshold)
            keep = members[b] > block[a]
            out_i.append(rows[block[a][keep]])
            out_j.append(rows[members[b][keep]])
            out_s.append(sim[a[keep], b[keep]].astype(np.float64))
    if not out_i:
        return pl.DataFrame(schema=schema)
    frame = pl.DataFrame(
        {
            "i": np.concatenate(out_i),
            "j": np.concatenate(out_j),
            "similarity": np.concatenate(out_s),
        }
    )
    return frame.cast(schema).sort("i", "j")  # type: ignore[arg-type]
