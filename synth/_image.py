"""Run an RGB ``uint8`` array function on any image and give back the input's size, mode and type.

Pixel transforms (corruptions, renditions, MixGen) are written once for ``(H, W, 3) uint8`` RGB.
:func:`map_rgb` adapts any input to that and back: grayscale becomes three equal channels and
comes back as luma, alpha is kept untouched, other Pillow modes (P, CMYK, I;16, …) round-trip
through RGB, and a ``numpy`` array comes back as an array of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numpy as np
from PIL import Image

ImageLike = TypeVar("ImageLike", Image.Image, np.ndarray)
RGBFunc = Callable[[np.ndarray], np.ndarray]

_GRAY_MODES = {"1", "L", "I", "I;16", "I;16L", "I;16B", "I;16N", "F"}


def to_rgb_array(image: Image.Image | np.ndarray) -> np.ndarray:
    """The ``(H, W, 3) uint8`` RGB pixels of an image or array (alpha dropped)."""
    if isinstance(image, np.ndarray):
        arr = _check_array(image)
        if arr.ndim == 2:
            return np.repeat(arr[..., None], 3, axis=2)
        if arr.shape[2] == 1:
            return np.repeat(arr, 3, axis=2)
        return np.ascontiguousarray(arr[..., :3])
    return np.asarray(_rgb(image))


def map_rgb(image: ImageLike, fn: RGBFunc) -> ImageLike:
    """Apply ``fn`` (RGB uint8 array → RGB array in 0..255, same height and width) to ``image``.

    >>> map_rgb(Image.open("cat.png"), lambda a: 255 - a)  # same size and mode as cat.png
    """
    if isinstance(image, np.ndarray):
        arr = _check_array(image)
        out = _apply(fn, to_rgb_array(arr))
        if arr.ndim == 2 or arr.shape[2] == 1:
            gray = np.asarray(Image.fromarray(out).convert("L"))
            return gray if arr.ndim == 2 else gray[..., None]
        if arr.shape[2] == 4:
            return np.dstack([out, arr[..., 3]])
        return out
    mode = image.mode
    if mode == "RGB":
        return Image.fromarray(_apply(fn, np.asarray(image)))
    if mode in _GRAY_MODES:
        out = Image.fromarray(_apply(fn, to_rgb_array(image))).convert("L")
        return out if mode == "L" else out.convert(mode)
    if "A" in image.getbands() or "a" in image.getbands() or "transparency" in image.info:
        rgba = image.convert("RGBA")
        rgb = _apply(fn, np.asarray(rgba)[..., :3])
        out = Image.fromarray(np.dstack([rgb, np.asarray(rgba)[..., 3]]), "RGBA")
        if mode == "LA":
            return out.convert("LA")
        return out if mode == "RGBA" else out.convert(mode)
    out = Image.fromarray(_apply(fn, np.asarray(_rgb(image))))
    return out.convert(mode)


def _rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("I", "I;16", "I;16L", "I;16B", "I;16N", "F"):
        # Pillow clips these to 0..255 on the way to L; that is the 8-bit view every transform sees
        return image.convert("L").convert("RGB")
    return (
        image.convert("RGBA").convert("RGB")
        if "transparency" in image.info
        else image.convert("RGB")
    )


def _apply(fn: RGBFunc, rgb: np.ndarray) -> np.ndarray:
    out = fn(np.ascontiguousarray(rgb))
    if out.shape != rgb.shape:
        raise AssertionError(f"transform changed the shape {rgb.shape} -> {out.shape}")
    # values are already in 0..255 (the transforms clip); the cast truncates, as the reference's
    # np.uint8(...) does
    return out if out.dtype == np.uint8 else out.astype(np.uint8)


def _check_array(arr: np.ndarray) -> np.ndarray:
    if arr.dtype != np.uint8:
        raise ValueError(f"expected a uint8 array, got {arr.dtype}")
    if arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[2] not in (1, 3, 4)):
        raise ValueError(
            f"expected an (H, W), (H, W, 1), (H, W, 3) or (H, W, 4) array, got {arr.shape}"
        )
    if arr.shape[0] == 0 or arr.shape[1] == 0:
        raise ValueError(f"empty image {arr.shape}")
    return arr
