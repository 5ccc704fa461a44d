"""Shared fixtures: a tiny corpus of distinct real-looking images written in every source format."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"


def make_image(seed: int, size: tuple[int, int] = (48, 40)) -> Image.Image:
    """A distinct RGB image: smooth gradient + seeded noise blocks."""
    rng = np.random.default_rng(seed)
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w]
    base = np.stack(
        [(xx * (seed % 5 + 1)) % 256, (yy * (seed % 7 + 2)) % 256, (xx + yy + 17 * seed) % 256], -1
    )
    blocks = rng.integers(0, 256, (h // 8 + 1, w // 8 + 1, 3)).repeat(8, 0).repeat(8, 1)[:h, :w]
    return Image.fromarray(((base + blocks) // 2).astype(np.uint8))


def encode(img: Image.Image, fmt: str = "PNG") -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


@pytest.fixture
def corpus() -> list[dict]:
    """12 rows: id, caption, PNG bytes (lossless so pixels can be compared after a round trip)."""
    return [
        {
            "key": f"img{i:03d}",
            "caption": f"a photo number {i} of a thing",
            "png": encode(make_image(i)),
        }
        for i in range(12)
    ]


def write_parquet_bytes(rows: list[dict], path: Path) -> Path:
    pl.DataFrame(
        {
            "key": [r["key"] for r in rows],
            "caption": [r["caption"] for r in rows],
            "url": [f"https://example.com/{r['key']}.png" for r in rows],
            "jpg": [r["png"] for r in rows],
        },
        schema={"key": pl.String, "caption": pl.String, "url": pl.String, "jpg": pl.Binary},
    ).write_parquet(path)
    return path


def write_images(rows: list[dict], folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for r in rows:
        (folder / f"{r['key']}.png").write_bytes(r["png"])
        names.append(f"{r['key']}.png")
    return names


def write_webdataset(
    rows: list[dict], path: Path, raw_captions: dict[str, bytes] | None = None
) -> Path:
    """img2dataset layout: key.png + key.txt + key.json, members grouped by key."""
    raw_captions = raw_captions or {}
    with tarfile.open(path, "w") as tar:
        for r in rows:
            meta = json.dumps(
                {
                    "url": f"https://example.com/{r['key']}",
                    "key": r["key"],
                    "width": 48,
                    "height": 40,
                }
            )
            cap = raw_captions.get(r["key"], r["caption"].encode())
            for ext, data in (("png", r["png"]), ("txt", cap), ("json", meta.encode())):
                info = tarfile.TarInfo(f"{r['key']}.{ext}")
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    return path


def run(recipe: dict, out: Path):
    from trustbench.builders.pipeline import run_recipe

    return run_recipe(recipe, out=out, progress=False)


def read_output(out: Path) -> pl.DataFrame:
    return pl.read_parquet(sorted((out / "data").glob("*.parquet")))


def read_exclusions(out: Path) -> pl.DataFrame:
    files = sorted((out / "exclusions").glob("*.parquet"))
    return pl.read_parquet(files) if files else pl.DataFrame()


def pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> dict[str, Path]:
    """Tiny random models (SD pipeline, TAESD, BLIP captioner, CLIP) written once per session
    with ``build-dataset tiny-models``' code; loaded back through ``from_pretrained(path)``."""
    pytest.importorskip("diffusers")
    from trustbench.builders.cli import main

    folder = tmp_path_factory.mktemp("tiny-models")
    assert main(["tiny-models", str(folder)]) == 0
    return {kind: folder / kind for kind in ("sd", "taesd", "captioner", "clip")}
