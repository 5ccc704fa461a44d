"""Where pixelate and jpeg_compression spend their time: each stage of the reference's Pillow
sequence next to ours, µs per call on one core (best of rounds). Not a test; see README.md.

    .venv/bin/python benchmarks/profile_corrupt_pillow.py

Input: scikit-learn's ``china.jpg`` centre-cropped and resized to 224² and 512² (as
``bench_corrupt.py``). The reference's stages are replayed here with the same Pillow
(``imagecorruptions`` 1.1.2: ``Image.fromarray``; pixelate's ``np.array(x).shape``; the
transform; ``np.uint8(result)``), so the table shows what a faster version can remove.
"""

from __future__ import annotations

import io
import os
import time

import cv2
import numpy as np
from PIL import Image

from trustbench.synth.corrupt import IMAGENET_C, corrupt


def best_us(fn, min_time: float = 0.2, rounds: int = 5) -> float:
    fn()
    best = float("inf")
    for _ in range(rounds):
        n, start = 0, time.perf_counter()
        while time.perf_counter() - start < min_time:
            fn()
            n += 1
        best = min(best, (time.perf_counter() - start) / n)
    return best * 1e6


def image(size: int) -> np.ndarray:
    from sklearn.datasets import load_sample_image

    photo = load_sample_image("china.jpg")
    h, w = photo.shape[:2]
    side = min(h, w)
    top, left = (h - side) // 2, (w - side) // 2
    square = Image.fromarray(photo[top : top + side, left : left + side])
    return np.asarray(square.resize((size, size), Image.Resampling.LANCZOS))


def profile(size: int) -> None:
    x = image(size)
    c = IMAGENET_C["pixelate"][2]  # severity 3
    small_size = (int(size * c), int(size * c))
    im = Image.fromarray(x)
    small = im.resize(small_size, Image.BOX)
    big = small.resize((size, size), Image.NEAREST)
    stages = {
        "Image.fromarray (both)": lambda: Image.fromarray(x),
        "np.array(image).shape (reference only)": lambda: np.array(im).shape,
        "resize BOX (both)": lambda: im.resize(small_size, Image.BOX),
        "resize NEAREST (both)": lambda: small.resize((size, size), Image.NEAREST),
        "np.uint8(image) / np.asarray (both)": lambda: np.asarray(big),
        "ours: corrupt(x, 'pixelate', 3)": lambda: corrupt(x, "pixelate", 3),
    }
    print(f"\npixelate, severity 3, {size}²")
    for name, fn in stages.items():
        print(f"  {name:42} {best_us(fn):8.0f} µs")
    q = IMAGENET_C["jpeg_compression"][2]
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=q)
    data = buf.getvalue()
    bgr = cv2.cvtColor(x, cv2.COLOR_RGB2BGR)
    enc = cv2.imencode(".jpg", bgr, (cv2.IMWRITE_JPEG_QUALITY, q))[1]
    stages = {
        "Image.fromarray": lambda: Image.fromarray(x),
        "Pillow save JPEG": lambda: im.save(io.BytesIO(), "JPEG", quality=q),
        "Image.open + np.uint8 (decode)": lambda: np.uint8(Image.open(io.BytesIO(data))),
        "ours: cv2.cvtColor RGB->BGR": lambda: cv2.cvtColor(x, cv2.COLOR_RGB2BGR),
        "ours: cv2.imencode": lambda: cv2.imencode(".jpg", bgr, (cv2.IMWRITE_JPEG_QUALITY, q)),
        "ours: cv2.imdecode (RGB)": lambda: cv2.imdecode(enc, cv2.IMREAD_COLOR_RGB),
        "ours: corrupt(x, 'jpeg_compression', 3)": lambda: corrupt(x, "jpeg_compression", 3),
    }
    print(f"jpeg_compression, severity 3, {size}²")
    for name, fn in stages.items():
        print(f"  {name:42} {best_us(fn):8.0f} µs")


def main() -> None:
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    for size in (224, 512):
        profile(size)


if __name__ == "__main__":
    main()
