"""Renditions: cheap ImageNet-R-like style shifts (sketch, cartoon, painting, grayscale,
posterize, edge map), deterministic, for any size and mode (the input's size and mode come back).

>>> from PIL import Image
>>> render(Image.open("cat.jpg"), "sketch")
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
from PIL import Image, ImageOps

from trustbench.synth._image import ImageLike, map_rgb


def _gray(x: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(x, cv2.COLOR_RGB2GRAY)


def sketch(x: np.ndarray) -> np.ndarray:
    """Pencil sketch: colour-dodge of the grey image over its inverted blur (graphite on paper)."""
    gray = _gray(x).astype(np.float32)
    blur = cv2.GaussianBlur(255 - gray, (0, 0), max(1.0, min(x.shape[:2]) / 60))
    dodge = np.clip(gray * 255 / np.maximum(255 - blur, 1), 0, 255)
    return np.repeat(dodge.astype(np.uint8)[..., None], 3, axis=2)


def cartoon(x: np.ndarray) -> np.ndarray:
    """Flat colours (bilateral smoothing, 6 levels per channel) with dark outlines."""
    smooth = x
    for _ in range(2):
        smooth = cv2.bilateralFilter(smooth, 7, 50, 7)
    flat = (smooth // 43) * 43 + 21
    edges = cv2.adaptiveThreshold(cv2.medianBlur(_gray(x), 5), 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                                  cv2.THRESH_BINARY, 9, 4)  # fmt: skip
    return np.where(edges[..., None] > 0, flat, 0).astype(np.uint8)


def painting(x: np.ndarray) -> np.ndarray:
    """Painting-like stylization (OpenCV's edge-preserving ``stylization``)."""
    if min(x.shape[:2]) < 3:
        return x.copy()
    return cv2.stylization(x, sigma_s=60, sigma_r=0.45)


def grayscale(x: np.ndarray) -> np.ndarray:
    """Luma in all three channels."""
    return np.repeat(_gray(x)[..., None], 3, axis=2)


def posterize(x: np.ndarray) -> np.ndarray:
    """Three bits per channel (Pillow's ``ImageOps.posterize``)."""
    return np.asarray(ImageOps.posterize(Image.fromarray(x), 3))


def edges(x: np.ndarray) -> np.ndarray:
    """Canny edge map, dark lines on white; thresholds from the image's median grey level."""
    gray = cv2.GaussianBlur(_gray(x), (3, 3), 0)
    median = float(np.median(gray))
    lo, hi = int(max(0, 0.66 * median)), int(min(255, 1.33 * median))
    lines = cv2.Canny(gray, lo, max(hi, lo + 1))
    return np.repeat((255 - lines)[..., None], 3, axis=2)


STYLES: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "sketch": sketch,
    "cartoon": cartoon,
    "painting": painting,
    "grayscale": grayscale,
    "posterize": posterize,
    "edges": edges,
}


def render(image: ImageLike, style: str) -> ImageLike:
    """``image`` (a PIL image or a uint8 array) rendered in ``style`` (one of :data:`STYLES`).

    >>> render(np.zeros((20, 30, 3), np.uint8), "cartoon").shape
    (20, 30, 3)
    """
    fn = STYLES.get(style)
    if fn is None:
        raise ValueError(f"unknown style {style!r}; known: {', '.join(STYLES)}")
    return map_rgb(image, fn)
