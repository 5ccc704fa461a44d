"""Severity order of the corruptions on many images: for each type and ladder, on how many
image × variant × seed cases the mean absolute pixel change fails to grow strictly from one
severity to the next. Not a test (``tests/test_corrupt.py`` checks one photo); see README.md.

    .venv/bin/python benchmarks/corrupt_monotone.py                  # both ladders, 20 seeds
    .venv/bin/python benchmarks/corrupt_monotone.py --types frost --ladder monotone

Images (none of them is one the ladders were derived from — the monotone entries come from the
form of each transform, see ``trustbench.synth.corrupt``): every photo scikit-image ships that
loads offline (astronaut, coffee, chelsea, rocket, camera, cat, hubble_deep_field,
immunohistochemistry, retina, brick, grass, gravel, moon, page, text, coins, colorwheel, logo,
clock, checkerboard, microaneurysms, cell), scikit-learn's china.jpg and flower.jpg, and every
``--sample-step``-th decodable image of the bundled sample (``data/sample/sample.parquet``). Each
is checked as RGB (longer side ``--size``), L, RGBA (a seeded random alpha channel) and an odd
size (97×61); the random types with ``--seeds`` seeds each, the deterministic ones once.
"""

from __future__ import annotations

import argparse
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from PIL import Image

from trustbench.synth.corrupt import _DETERMINISTIC, CORRUPTIONS, LADDERS, SEVERITIES, corrupt

REPO = Path(__file__).resolve().parents[1]
SKIMAGE = (
    "astronaut", "coffee", "chelsea", "rocket", "camera", "cat", "hubble_deep_field",
    "immunohistochemistry", "retina", "brick", "grass", "gravel", "moon", "page", "text", "coins",
    "colorwheel", "logo", "clock", "checkerboard", "microaneurysms", "cell",
)  # fmt: skip
VARIANTS = ("RGB", "L", "RGBA", "odd")


def photos(sample_step: int) -> Iterator[tuple[str, Image.Image]]:
    """(name, RGB image) for every photo of the set."""
    import polars as pl
    from skimage import data
    from sklearn.datasets import load_sample_image

    for name in SKIMAGE:
        arr = getattr(data, name)()
        yield f"skimage.{name}", Image.fromarray(arr).convert("RGB")
    for name in ("china.jpg", "flower.jpg"):
        yield f"sklearn.{name}", Image.fromarray(load_sample_image(name))
    rows = pl.read_parquet(REPO / "data" / "sample" / "sample.parquet", columns=["key", "jpg"])
    usable = 0
    for key, blob in rows.iter_rows():
        try:
            img = Image.open(io.BytesIO(blob))
            img.load()
        except Exception:  # the sample plants undecodable images on purpose
            continue
        if usable % sample_step == 0:
            yield f"sample.{key}", img.convert("RGB")
        usable += 1


def variant(img: Image.Image, kind: str, size: int) -> Image.Image:
    scale = size / max(img.size)
    base = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))),
                      Image.Resampling.LANCZOS)  # fmt: skip
    if kind == "L":
        return base.convert("L")
    if kind == "RGBA":
        out = base.convert("RGBA")
        alpha = np.random.default_rng(0).integers(0, 256, (base.height, base.width), np.uint8)
        out.putalpha(Image.fromarray(alpha))
        return out
    if kind == "odd":
        return img.resize((97, 61), Image.Resampling.LANCZOS)
    return base


def changes(img: Image.Image, name: str, seed: int, ladder: str) -> list[float]:
    """Mean absolute change per severity (same seed at every severity)."""
    base = np.asarray(img).astype(np.float32)
    return [float(np.abs(np.asarray(corrupt(img, name, s, seed=seed, ladder=ladder)) - base).mean())
            for s in SEVERITIES]  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ladder", choices=[*LADDERS, "both"], default="both")
    ap.add_argument("--types", nargs="*", default=list(CORRUPTIONS))
    ap.add_argument("--seeds", type=int, default=20, help="seeds per random type")
    ap.add_argument("--size", type=int, default=128, help="longer side of the RGB/L/RGBA variants")
    ap.add_argument("--sample-step", type=int, default=12, help="every n-th sample image")
    ap.add_argument("--variants", nargs="*", default=list(VARIANTS))
    ap.add_argument("--override", type=json.loads, default={},
                    help='try other monotone entries: {"frost": {"4": [0.65, 0.8]}}')  # fmt: skip
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    for name, entries in args.override.items():  # exploration only: patch the monotone ladder
        ladder = list(LADDERS["monotone"][name])
        for s, p in entries.items():
            ladder[int(s) - 1] = tuple(p) if isinstance(p, list) else p
        LADDERS["monotone"][name] = tuple(ladder)
    ladders = list(LADDERS) if args.ladder == "both" else [args.ladder]

    start = time.perf_counter()
    cases = [(f"{n}/{v}", variant(img, v, args.size)) for n, img in photos(args.sample_step)
             for v in args.variants]  # fmt: skip
    results = {}
    for ladder in ladders:
        for name in args.types:
            seeds = [0] if name in _DETERMINISTIC else list(range(args.seeds))
            dips: dict[str, list[str]] = {f"{s}->{s + 1}": [] for s in SEVERITIES[:-1]}
            worst = [float("inf")] * 4
            for case, img in cases:
                for seed in seeds:
                    c = changes(img, name, seed, ladder)
                    for i in range(4):
                        worst[i] = min(worst[i], c[i + 1] / c[i] if c[i] > 0 else float("inf"))
                        if not c[i + 1] > c[i]:
                            dips[f"{i + 1}->{i + 2}"].append(f"{case}#{seed}")
            n = len(cases) * len(seeds)
            bad = {k: v for k, v in dips.items() if v}
            results[f"{ladder}/{name}"] = {"cases": n, "dips": bad, "min_ratio": worst}
            summary = ", ".join(f"{k}: {len(v)}" for k, v in bad.items()) or "none"
            ratios = " ".join(f"{r:.3f}" for r in worst)
            print(f"{ladder:10} {name:18} cases {n:5}  dips {summary:40} min ratio {ratios}",
                  flush=True)  # fmt: skip
    images = len(cases) // len(args.variants)
    print(f"{images} images × {len(args.variants)} variants; {time.perf_counter() - start:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
