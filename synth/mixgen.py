"""MixGen (Hao et al., WACV 2023 workshops): a new image–text pair from two pairs, the images
interpolated and the captions concatenated.

>>> image, text = mixgen(img_a, img_b, "a dog on grass", "a red car", lam=0.5)
>>> pairs = mixgen_pairs(ids, n=10, seed=0)   # which rows to mix, reproducible by seed
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from PIL import Image

from trustbench.synth._image import ImageLike, map_rgb, to_rgb_array


def mixgen(
    image: ImageLike,
    other: Image.Image | np.ndarray,
    text: str | None,
    other_text: str | None,
    lam: float = 0.5,
) -> tuple[ImageLike, str]:
    """``lam * image + (1 - lam) * other`` (``other`` resized to ``image``'s size; the result has
    ``image``'s size and mode) and ``text + " " + other_text``."""
    if not 0.0 <= lam <= 1.0:
        raise ValueError(f"lam must be in [0, 1], got {lam}")
    second = to_rgb_array(other)

    def blend(rgb: np.ndarray) -> np.ndarray:
        h, w = rgb.shape[:2]
        resized = second
        if second.shape[:2] != (h, w):
            resized = np.asarray(Image.fromarray(second).resize((w, h), Image.Resampling.BILINEAR))
        mixed = lam * rgb.astype(np.float32) + (1 - lam) * resized.astype(np.float32)
        return np.clip(np.rint(mixed), 0, 255).astype(np.uint8)

    caption = " ".join(t for t in (text, other_text) if t)
    return map_rgb(image, blend), caption


def mixgen_pairs(ids: Sequence[str], n: int, seed: int | str = 0) -> list[tuple[int, int]]:
    """``n`` distinct (first, second) index pairs of different rows, drawn with ``seed``.

    The same ids and seed give the same pairs whatever else runs in the process.
    """
    k = len(ids)
    if k < 2 or n <= 0:
        return []
    rng = random.Random(f"mixgen:{seed}:{k}")
    n = min(n, k * (k - 1))
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n:
        a, b = rng.sample(range(k), 2)
        pairs.add((a, b))
    return sorted(pairs)
