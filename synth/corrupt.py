"""The 19 ImageNet-C corruptions (Hendrycks & Dietterich 2019) at severities 1–5, without torch.

Parameters, operations and the order of random draws follow the reference implementation,
``imagecorruptions`` 1.1.2 (Michaelis et al. 2019), so results are comparable with published
ImageNet-C numbers; the slow parts are vectorized (glass blur's pixel shuffle, zoom blur's
resampling, the HSV round trip). Every corruption works on any size and Pillow mode and returns
the input's size and mode (see :func:`trustbench.synth._image.map_rgb`); the reference needs
images of at least 32×32 pixels and returns three channels.

Random numbers come from ``seed``: an ``int`` (or a ``numpy.random.Generator``) draws from
``numpy.random.default_rng(seed)``; a ``numpy.random.RandomState`` draws exactly what the
reference draws after ``numpy.random.seed(...)``, so the two agree pixel for pixel
(``tests/test_corrupt.py`` states the tolerances).

Two parameter ladders (``corrupt(..., ladder=...)``, :data:`LADDERS`):

- ``"imagenet-c"`` (default): the published parameters (:data:`IMAGENET_C`), what published
  ImageNet-C numbers use. Severity is not monotone in mean absolute pixel change for every
  type: glass_blur 3→4, frost 3→4 and saturate 2→3 fall on most photos (the reference's too),
  and snow 2→3, spatter 3→4 and fog 3→4 fall on many, depending on the image and the draws.
- ``"monotone"``: the same except for 16 entries (:data:`MONOTONE_CHANGES`), derived from the
  form of each transform so that the mean change grows strictly with severity:

  ============  ========  ==================================  ==================================
  type          severity  imagenet-c                          monotone
  ============  ========  ==================================  ==================================
  glass_blur    1, 3      (0.7, 1, 2), (1, 2, 3)              (0.7, 1, 1), (1, 2, 2): sigma,
                                                              shift and iterations never fall
  frost         1, 2,     (1, 0.4), (0.8, 0.6),               (0.9, 0.233), (0.8, 0.467),
                4, 5      (0.65, 0.7), (0.6, 0.75)            (0.65, 0.817), (0.6, 0.933)
  fog           3, 4, 5   (2.5, 1.7), (2.5, 1.5), (3, 1.4)    (2.5, 2), (2.75, 2), (3, 2)
  snow          2, 3      image weight 0.7, 0.7               0.75, 0.675
  spatter       4, 5      mud                                 water: severity 3's drops at
                                                              intensity 0.75, 1.0
  saturate      1, 2, 3   (0.3, 0), (0.1, 0), (2, 0)          (1.5, 0.02), (1.75, 0.04), (2, 0.06)
  ============  ========  ==================================  ==================================

  Why these: frost's change is ``b·frost − (1 − a)·x``; with every severity on the ray
  ``b / (1 − a) = 0.7 / 0.3`` (ImageNet-C's severity 3) it is one per-pixel change scaled by
  ``1 − a`` = 0.1, 0.2, 0.3, 0.35, 0.4, so it grows at every pixel. Fog's change is
  ``s / (max + s) · (max·plasma − x)``: one plasma (the same wibble decay, hence the same map for
  a seed) and a strength that grows make it grow per pixel. Spatter's water (brightening) and
  mud (darkening) have no order that holds on every image, so the monotone ladder keeps water
  and brightens severity 3's drops (per pixel again). Saturate mixed desaturation (1–2) with
  oversaturation (3–5), which no parameter can order for all images; the monotone ladder
  oversaturates at every severity: ``S -> min(1, gain·S + offset)`` with gain and offset both
  non-decreasing, so each pixel's saturation, and its RGB change, grows or stays (where it is
  already 1), and grey images change too (the offset). Glass blur's iterations fell (2, 1, 3,
  2, 2); snow's 2→3 step kept the image weight and left the order to the flakes. Checked on
  49 images × RGB/L/RGBA/odd size × 20 seeds (``benchmarks/corrupt_monotone.py``): no step
  falls on photos (saturate ties where an image is already fully saturated); periodic textures
  and flat synthetic drawings keep dips that come from the content, not the ladder (disk and
  zoom kernels on textures, pixelate aliasing, the reference's float → uint8 truncation on flat
  areas for the blurs, JPEG): ``benchmarks/README.md``.

Known differences from the reference, all deliberate:

- ``frost`` blends procedural frost textures (:func:`frost_texture`, generated here, no image
  files) instead of the reference's six photos, with the same rescale/crop/blend logic.
- ``impulse_noise``: the reference calls ``skimage.util.random_noise`` without a seed, so its
  output is not reproducible; here the same salt-and-pepper draws come from ``seed``.
- Images smaller than 32 pixels work; a spatter layer with no liquid adds nothing (the reference
  divides by zero).

>>> from PIL import Image
>>> corrupt(Image.open("cat.jpg"), "glass_blur", severity=3, seed=0)   # same size and mode
>>> corrupt(Image.open("cat.jpg"), "frost", severity=4, seed=0, ladder="monotone")
"""

from __future__ import annotations

import functools
import math

import cv2
import numpy as np
from PIL import Image
from scipy.ndimage import gaussian_filter, map_coordinates

from trustbench.synth._image import ImageLike, map_rgb

COMMON_CORRUPTIONS = (
    "gaussian_noise", "shot_noise", "impulse_noise",
    "defocus_blur", "glass_blur", "motion_blur", "zoom_blur",
    "snow", "frost", "fog", "brightness",
    "contrast", "elastic_transform", "pixelate", "jpeg_compression",
)  # fmt: skip
HELD_OUT_CORRUPTIONS = ("speckle_noise", "gaussian_blur", "spatter", "saturate")
CORRUPTIONS = COMMON_CORRUPTIONS + HELD_OUT_CORRUPTIONS
SEVERITIES = (1, 2, 3, 4, 5)

Rng = np.random.Generator | np.random.RandomState

# The published ImageNet-C parameters per type and severity 1–5 (imagecorruptions 1.1.2); each
# function below says what its tuple means.
IMAGENET_C: dict[str, tuple] = {
    "gaussian_noise": (0.08, 0.12, 0.18, 0.26, 0.38),  # noise std (image in [0, 1])
    "shot_noise": (60, 25, 12, 5, 3),  # photons per unit intensity
    "impulse_noise": (0.03, 0.06, 0.09, 0.17, 0.27),  # share of salt-and-pepper values
    "defocus_blur": ((3, 0.1), (4, 0.5), (6, 0.5), (8, 0.5), (10, 0.5)),  # disk radius, alias blur
    # (gaussian sigma, max shift, iterations)
    "glass_blur": ((0.7, 1, 2), (0.9, 2, 1), (1, 2, 3), (1.1, 3, 2), (1.5, 4, 2)),
    "motion_blur": ((10, 3), (15, 5), (15, 8), (15, 12), (20, 15)),  # radius, sigma
    # zoom factors np.arange(1, stop, step)
    "zoom_blur": ((1.11, 0.01), (1.16, 0.01), (1.21, 0.02), (1.26, 0.02), (1.31, 0.03)),
    # (flake loc, scale, zoom, threshold, blur radius, blur sigma, image weight)
    "snow": (
        (0.1, 0.3, 3, 0.5, 10, 4, 0.8),
        (0.2, 0.3, 2, 0.5, 12, 4, 0.7),
        (0.55, 0.3, 4, 0.9, 12, 8, 0.7),
        (0.55, 0.3, 4.5, 0.85, 12, 8, 0.65),
        (0.55, 0.3, 2.5, 0.85, 12, 12, 0.55),
    ),
    "frost": ((1, 0.4), (0.8, 0.6), (0.7, 0.7), (0.65, 0.7), (0.6, 0.75)),  # image, frost weight
    "fog": ((1.5, 2), (2.0, 2), (2.5, 1.7), (2.5, 1.5), (3.0, 1.4)),  # strength, wibble decay
    "brightness": (0.1, 0.2, 0.3, 0.4, 0.5),  # added to HSV value
    "contrast": (0.4, 0.3, 0.2, 0.1, 0.05),  # distance to the mean scaled by
    "elastic_transform": (250 * 0.05, 250 * 0.065, 250 * 0.085, 250 * 0.1, 250 * 0.12),  # alpha
    "pixelate": (0.6, 0.5, 0.4, 0.3, 0.25),  # downscale factor
    "jpeg_compression": (25, 18, 15, 10, 7),  # quality
    "speckle_noise": (0.15, 0.2, 0.35, 0.45, 0.6),  # multiplicative noise std
    "gaussian_blur": (1, 2, 3, 4, 6),  # sigma
    # (liquid loc, scale, sigma, threshold, intensity, mud)
    "spatter": (
        (0.65, 0.3, 4, 0.69, 0.6, 0),
        (0.65, 0.3, 3, 0.68, 0.6, 0),
        (0.65, 0.3, 2, 0.68, 0.5, 0),
        (0.65, 0.3, 1, 0.65, 1.5, 1),
        (0.67, 0.4, 1, 0.65, 1.5, 1),
    ),
    "saturate": ((0.3, 0), (0.1, 0), (2, 0), (5, 0.1), (20, 0.2)),  # HSV S -> S * gain + offset
}

# The "monotone" ladder: ImageNet-C with these entries changed (severity -> parameters), so that
# the mean absolute pixel change grows strictly with severity (the module docstring says why).
_FROST_RAY = 0.7 / 0.3  # frost weight / (1 - image weight) of ImageNet-C's severity 3
MONOTONE_CHANGES: dict[str, dict[int, tuple | float]] = {
    # iterations never fall (2, 1, 3, 2, 2 -> 1, 1, 2, 2, 2); sigma and shift already grow
    "glass_blur": {1: (0.7, 1, 1), 3: (1, 2, 2)},
    # change = b * frost - (1 - a) * x: on one ray b / (1 - a) it grows per pixel with 1 - a
    "frost": {
        1: (0.9, 0.1 * _FROST_RAY),
        2: (0.8, 0.2 * _FROST_RAY),
        4: (0.65, 0.35 * _FROST_RAY),
        5: (0.6, 0.4 * _FROST_RAY),
    },
    # change = s / (max + s) * (max * plasma - x): one plasma (decay), growing strength
    "fog": {3: (2.5, 2), 4: (2.75, 2), 5: (3.0, 2)},
    # image weight 0.8, 0.7, 0.7, 0.65, 0.55 -> 0.8, 0.75, 0.675, 0.65, 0.55
    "snow": {2: (0.2, 0.3, 2, 0.5, 12, 4, 0.75), 3: (0.55, 0.3, 4, 0.9, 12, 8, 0.675)},
    # water at every severity (mud vs water has no order on every image): severity 3's drops,
    # brighter (intensity 0.5, 0.75, 1.0), so 3 -> 4 -> 5 grows per pixel
    "spatter": {4: (0.65, 0.3, 2, 0.68, 0.75, 0), 5: (0.65, 0.3, 2, 0.68, 1.0, 0)},
    # more saturation at every severity: S -> min(1, gain * S + offset), both non-decreasing
    "saturate": {1: (1.5, 0.02), 2: (1.75, 0.04), 3: (2, 0.06)},
}


def _ladder(changes: dict[str, dict[int, tuple | float]]) -> dict[str, tuple]:
    ladder = dict(IMAGENET_C)
    for name, entries in changes.items():
        ladder[name] = tuple(entries.get(s, p) for s, p in zip(SEVERITIES, IMAGENET_C[name]))
    return ladder


LADDERS: dict[str, dict[str, tuple]] = {
    "imagenet-c": IMAGENET_C,
    "monotone": _ladder(MONOTONE_CHANGES),
}


def corrupt(
    image: ImageLike,
    corruption: str,
    severity: int = 1,
    seed: int | Rng = 0,
    ladder: str = "imagenet-c",
) -> ImageLike:
    """``image`` (a PIL image or a uint8 array) corrupted by ``corruption`` at ``severity`` 1–5,
    with the parameters of ``ladder`` (``"imagenet-c"`` or ``"monotone"``).

    >>> corrupt(np.zeros((40, 50, 3), np.uint8), "fog", 5, seed=1).shape
    (40, 50, 3)
    """
    fn = _FUNCS.get(corruption)
    if fn is None:
        raise ValueError(f"unknown corruption {corruption!r}; known: {', '.join(CORRUPTIONS)}")
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of 1..5, got {severity!r}")
    params = LADDERS.get(ladder)
    if params is None:
        raise ValueError(f"unknown ladder {ladder!r}; known: {', '.join(LADDERS)}")
    p = params[corruption][severity - 1]
    if isinstance(seed, Rng):
        rng = seed
    else:  # the deterministic types need no generator (it costs ~30 µs to make)
        rng = None if corruption in _DETERMINISTIC else np.random.default_rng(seed)
    return map_rgb(image, lambda rgb: fn(rgb, p, rng))


_DETERMINISTIC = frozenset({"defocus_blur", "zoom_blur", "brightness", "contrast", "pixelate",
                            "jpeg_compression", "gaussian_blur", "saturate"})  # fmt: skip


# -- helpers -----------------------------------------------------------------------------------


def _integers(rng: Rng, low: int, high: int | None = None, size=None):
    if isinstance(rng, np.random.RandomState):
        return rng.randint(low, high, size=size)
    return rng.integers(low, high, size=size)


def _gaussian(x: np.ndarray, sigma: float, border: int = cv2.BORDER_REPLICATE) -> np.ndarray:
    """``skimage.filters.gaussian`` (scipy's truncate=4, mode='nearest') over height and width,
    in float64 (agrees with scipy to ~1e-16)."""
    k = 2 * int(4.0 * sigma + 0.5) + 1
    return cv2.GaussianBlur(x, (k, k), sigma, borderType=border)


def _unit32(x: np.ndarray) -> np.ndarray:
    """The reference's ``np.array(x, dtype=np.float32) / 255.``: the same float32 quotients
    (checked for all 256 levels), without the slow mixed-scalar division (~15x faster)."""
    out = x.astype(np.float32)
    out /= np.float32(255)
    return out


def _clip01(x: np.ndarray) -> np.ndarray:
    """``np.clip(x, 0, 1) * 255`` in place (callers pass a fresh float array)."""
    np.clip(x, 0, 1, out=x)
    x *= 255
    return x


def _disk(radius: float, alias_blur: float) -> np.ndarray:
    r = 8 if radius <= 8 else radius
    ax = np.arange(-r, r + 1)
    xx, yy = np.meshgrid(ax, ax)
    disk = np.array((xx**2 + yy**2) <= radius**2, dtype=np.float32)
    disk /= np.sum(disk)
    ksize = (3, 3) if radius <= 8 else (5, 5)
    return cv2.GaussianBlur(disk, ksize=ksize, sigmaX=alias_blur)


def _zoom_axis(n_in: int, n_out: int, keep: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Linear-interpolation taps of ``scipy.ndimage.zoom(order=1)`` (corners aligned) for the
    first ``keep`` of ``n_out`` output samples."""
    scale = (n_in - 1) / (n_out - 1) if n_out > 1 else 1.0
    pos = np.arange(min(keep, n_out)) * scale
    i0 = np.minimum(np.floor(pos).astype(np.intp), n_in - 1)
    w = pos - i0
    i1 = np.minimum(i0 + 1, n_in - 1)
    return i0, i1, w


def _clipped_zoom(img: np.ndarray, factor: float, keep: tuple[int, int]) -> np.ndarray:
    """The reference's ``clipped_zoom`` (centre crop, then scipy zoom order 1), computed
    separably and only for the first ``keep`` rows/columns that the caller uses."""
    h, w = img.shape[:2]
    ch0, ch1 = int(np.ceil(h / float(factor))), int(np.ceil(w / float(factor)))
    top0, top1 = (h - ch0) // 2, (w - ch1) // 2
    crop = img[top0 : top0 + ch0, top1 : top1 + ch1]
    out_h, out_w = int(round(ch0 * factor)), int(round(ch1 * factor))
    r0, r1, rw = _zoom_axis(ch0, out_h, keep[0])
    c0, c1, cw = _zoom_axis(ch1, out_w, keep[1])
    extra = (None,) * (img.ndim - 2)
    # in the input's precision: float32 for images (≤ 2e-7 from scipy's float64 sums, see the
    # tests' tolerance), float64 for the snow layer, which is thresholded afterwards
    rw = rw.astype(img.dtype)[(slice(None), None, *extra)]
    rows = crop[r0]
    step = crop[r1] - rows
    step *= rw
    rows += step
    cw = cw.astype(img.dtype)[(None, slice(None), *extra)]
    out = rows[:, c0]
    step = rows[:, c1] - out
    step *= cw
    out += step
    return out


def _motion_blur(x: np.ndarray, radius: int, sigma: float, angle: float) -> np.ndarray:
    """The reference's ``_motion_blur``: a Gaussian-weighted sum of edge-replicated shifts along
    ``angle``, from edge-padded slices instead of ``np.roll`` copies (same float64 sums)."""
    width = radius * 2 + 1
    k = np.exp(-(np.arange(width) ** 2) / (2 * sigma**2)) / (np.sqrt(2 * np.pi) * sigma)
    k = k / np.sum(k)
    point = (width * np.sin(np.deg2rad(angle)), width * np.cos(np.deg2rad(angle)))
    hypot = math.hypot(point[0], point[1])
    shifts = []
    for i in range(width):
        dy = -math.ceil(((i * point[0]) / hypot) - 0.5)
        dx = -math.ceil(((i * point[1]) / hypot) - 0.5)
        if abs(dy) >= x.shape[0] or abs(dx) >= x.shape[1]:
            break  # simulated motion left the image
        shifts.append((dy, dx))
    h, w = x.shape[:2]
    p = max((max(abs(dy), abs(dx)) for dy, dx in shifts), default=0)
    pad = ((p, p), (p, p)) + ((0, 0),) * (x.ndim - 2)
    padded = np.pad(x.astype(np.float64, copy=False), pad, mode="edge")  # exact for uint8
    blurred = np.zeros(x.shape, dtype=np.float64)
    # Same products and the same order of float64 additions per pixel, over bands of rows that
    # stay in cache and into one reused buffer (no temporary per shift): snow's layer at 512²
    # blurs in about half the time.
    band = max(1, _BAND_BYTES // (8 * blurred[0].size))
    tmp = np.empty((min(band, h), *x.shape[1:]), dtype=np.float64)
    for top in range(0, h, band):
        out = blurred[top : top + band]
        t = tmp[: out.shape[0]]
        for i, (dy, dx) in enumerate(shifts):
            r = p - dy + top
            np.multiply(padded[r : r + out.shape[0], p - dx : p - dx + w], k[i], out=t)
            out += t
    return blurred


_BAND_BYTES = 1 << 18  # bytes of float64 rows per band in _motion_blur (fits in L2)


def _sequential_copy(values: np.ndarray, src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """``for a, b in zip(src, dst): values[a] = values[b]`` (``src`` strictly decreasing),
    vectorized: a copy reads a value written earlier in the loop only when ``b > a`` and ``b`` is
    in ``src``; such reads chain to higher indexes and are resolved by pointer jumping."""
    n = values.size
    in_src = np.zeros(n, dtype=bool)
    in_src[src] = True
    chained = (dst > src) & in_src[dst]
    pointer = np.arange(n)
    pointer[src[chained]] = dst[chained]
    resolved = values.copy()
    plain = src[~chained]
    resolved[plain] = values[dst[~chained]]  # reads a value from before the loop
    while True:
        nxt = pointer[pointer]
        if np.array_equal(nxt, pointer):
            break
        pointer = nxt
    out = values.copy()
    out[src] = resolved[pointer[src]]
    return out


def _rgb2hsv(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``skimage.color.rgb2hsv`` with the same float64 operations (so the same values)."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    v = np.maximum(np.maximum(r, g), b)
    delta = v - np.minimum(np.minimum(r, g), b)
    with np.errstate(invalid="ignore", divide="ignore"):
        s = delta / v
        h = np.where(b == v, 4.0 + (r - g) / delta, np.where(g == v, 2.0 + (b - r) / delta,
                                                             (g - b) / delta))  # fmt: skip
        h = (h / 6.0) % 1.0
    zero = delta == 0.0
    s[zero] = 0.0
    h[zero] = 0.0
    s[np.isnan(s)] = 0.0
    return h, s, v


def _hsv2rgb(h: np.ndarray, s: np.ndarray, v: np.ndarray) -> np.ndarray:
    """``skimage.color.hsv2rgb`` with the same float64 operations."""
    hi = np.floor(h * 6)
    f = h * 6 - hi
    p = v * (1 - s)
    q = v * (1 - f * s)
    t = v * (1 - (1 - f) * s)
    hi = hi.astype(np.uint8) % 6
    candidates = (v, p, q, t)
    return np.stack([np.choose(_HSV_SECTORS[:, c][hi], candidates) for c in range(3)], axis=-1)


# output (r, g, b) per hue sector as indexes into (v, p, q, t), as skimage's np.choose table
_HSV_SECTORS = np.array(
    [[0, 3, 1], [2, 0, 1], [1, 0, 3], [1, 2, 0], [3, 1, 0], [0, 1, 2]], np.uint8
)


# -- noise -------------------------------------------------------------------------------------


def _unit_and_noise(x: np.ndarray, rng: Rng, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """The image in [0, 1] and N(0, scale²) noise of its shape: float64 ``normal`` draws for a
    RandomState (the reference's), float32 ziggurat draws for a Generator (faster)."""
    if isinstance(rng, np.random.RandomState):
        return x / 255.0, rng.normal(size=x.shape, scale=scale)
    noise = rng.standard_normal(x.shape, dtype=np.float32)
    noise *= np.float32(scale)
    return x.astype(np.float32) / np.float32(255), noise


def gaussian_noise(x: np.ndarray, c: float, rng: Rng) -> np.ndarray:
    x, noise = _unit_and_noise(x, rng, c)
    return _clip01(x + noise)


def shot_noise(x: np.ndarray, c: float, rng: Rng) -> np.ndarray:
    # The reference's float64 x / 255 * c before the draws and clip(k / c, 0, 1) * 255 -> uint8
    # after them, as 256-entry tables built with the same operations (so the same values).
    rates = cv2.LUT(x, (np.arange(256) / 255.0 * c).reshape(1, 256))
    counts = rng.poisson(rates)
    if c > 255:  # not in the ladders; counts >= 255 would not all map to 255
        return _clip01(counts / float(c))
    np.minimum(counts, 255, out=counts)  # every count >= c gives 255
    levels = _clip01(np.arange(256) / float(c)).astype(np.uint8)
    return cv2.LUT(counts.astype(np.uint8), levels.reshape(1, 256))


def impulse_noise(x: np.ndarray, c: float, rng: Rng) -> np.ndarray:
    # skimage.util.random_noise(mode="s&p", amount=c): flip with probability c, salt or pepper 50/50
    x = x / 255.0
    flipped = rng.random(x.shape) <= c
    salted = rng.random(x.shape) <= 0.5
    x[flipped & salted] = 1.0
    x[flipped & ~salted] = 0.0
    return _clip01(x)


def speckle_noise(x: np.ndarray, c: float, rng: Rng) -> np.ndarray:
    x, noise = _unit_and_noise(x, rng, c)
    noise *= x
    return _clip01(x + noise)


# -- blur --------------------------------------------------------------------------------------


def gaussian_blur(x: np.ndarray, c: float, rng: Rng) -> np.ndarray:
    return _clip01(_gaussian(x / 255.0, c))


def glass_blur(x: np.ndarray, p: tuple[float, int, int], rng: Rng) -> np.ndarray:
    sigma, delta, iterations = p
    x = np.uint8(_gaussian(x / 255.0, sigma) * 255)
    h, w = x.shape[:2]
    # The reference walks the pixels from the bottom-right and "swaps" x[h, w] with a random
    # neighbour; on an (H, W, 3) array that statement copies the neighbour into x[h, w] (the
    # right-hand side is a view). Same draws, same order, resolved without a Python loop.
    hs = np.arange(h - delta, delta, -1)
    ws = np.arange(w - delta, delta, -1)
    src = (hs[:, None] * w + ws[None, :]).ravel()
    index = np.arange(h * w)
    for _ in range(iterations):
        if src.size == 0:
            break
        d = _integers(rng, -delta, delta, size=(src.size, 2))  # (dx, dy) per pixel
        index = _sequential_copy(index, src, src + d[:, 1] * w + d[:, 0])
    x = x.reshape(h * w, -1)[index].reshape(x.shape)
    return _clip01(_gaussian(x / 255.0, sigma))


def defocus_blur(x: np.ndarray, p: tuple[float, float], rng: Rng) -> np.ndarray:
    radius, alias_blur = p
    kernel = _disk(radius, alias_blur)
    return _clip01(cv2.filter2D(x / 255.0, -1, kernel))


def motion_blur(x: np.ndarray, p: tuple[int, float], rng: Rng) -> np.ndarray:
    radius, sigma = p
    angle = rng.uniform(-45, 45)
    return np.clip(_motion_blur(x, radius, sigma, angle), 0, 255)


def zoom_blur(x: np.ndarray, p: tuple[float, float], rng: Rng) -> np.ndarray:
    zooms = np.arange(1, *p)  # (stop, step)
    x = (x / 255.0).astype(np.float32)
    out = np.zeros_like(x)
    for z in zooms:
        layer = _clipped_zoom(x, z, x.shape[:2])
        out[: layer.shape[0], : layer.shape[1]] += layer
    return _clip01((x + out) / (len(zooms) + 1))


# -- weather -----------------------------------------------------------------------------------


def snow(x: np.ndarray, p: tuple[float, ...], rng: Rng) -> np.ndarray:
    loc, scale, zoom, threshold, radius, sigma, keep = p
    x = _unit32(x)
    h, w = x.shape[:2]
    layer = rng.normal(size=(h, w), loc=loc, scale=scale)
    # the reference zooms the whole layer and motion-blurs it before cropping to the image
    ch0, ch1 = int(np.ceil(h / float(zoom))), int(np.ceil(w / float(zoom)))
    full = (int(round(ch0 * zoom)), int(round(ch1 * zoom)))
    layer = _clipped_zoom(layer, zoom, full)
    layer[layer < threshold] = 0
    layer = np.clip(layer, 0, 1)
    layer = _motion_blur(layer, radius, sigma, rng.uniform(-135, -45))
    layer = np.round(layer * 255).astype(np.uint8) / 255.0
    layer = layer[:h, :w, None]
    gray = cv2.cvtColor(x, cv2.COLOR_RGB2GRAY).reshape(h, w, 1)
    # keep * x + (1 - keep) * max(x, 1.5 gray + 0.5) in float32 and (x + layer) + rot90(layer)
    # in float64, as the reference, in place
    bright = np.maximum(x, gray * 1.5 + 0.5)
    bright *= 1 - keep
    x *= keep
    x += bright
    if layer.shape[:2] == (h, w):
        out = np.add(x, layer, dtype=np.float64)
        out += np.rot90(layer, k=2)
        return _clip01(out)
    x[: layer.shape[0], : layer.shape[1]] += layer + np.rot90(layer, k=2)
    return _clip01(x)


# The reference's frost photos are 600×900, 315×560 (twice), 350×527 and 495×660; it draws one of
# the first five. Procedural textures of the same sizes keep its rescale-and-crop geometry.
_FROST_SIZES = ((600, 900), (315, 560), (315, 560), (350, 527), (495, 660))


@functools.lru_cache(maxsize=len(_FROST_SIZES))
def frost_texture(index: int) -> np.ndarray:
    """Procedural frost texture ``index`` (0–4) as an RGB uint8 array, the same on every call.

    Ice crystals are branching line segments (fern-like, 60° side branches) over a blurred
    glaze, tinted pale blue, with a mean and spread close to the reference's photos
    (mean ≈ 150, std ≈ 35). Generated from fixed seeds; no image files, no licence question.
    """
    h, w = _FROST_SIZES[index]
    rng = np.random.default_rng(7919 + index)
    glaze = rng.random((h // 16 + 2, w // 16 + 2)).astype(np.float32)
    glaze = cv2.GaussianBlur(cv2.resize(glaze, (w, h), interpolation=cv2.INTER_CUBIC), (0, 0), 5)
    glaze = (glaze - glaze.min()) / max(float(np.ptp(glaze)), 1e-6)
    # crystals: stems, then two generations of side branches at ±60°, all drawn at once
    n = int(h * w / 700)
    x0, y0 = rng.uniform(0, w, n), rng.uniform(0, h, n)
    angle, length = rng.uniform(0, 2 * np.pi, n), rng.uniform(15, 70, n)
    generations = []
    for _ in range(3):
        x1, y1 = x0 + length * np.cos(angle), y0 + length * np.sin(angle)
        generations.append(np.stack([x0, y0, x1, y1], axis=1))
        t = rng.uniform(0.15, 0.9, (3, x0.size))
        x0, y0 = (x0 + t * (x1 - x0)).ravel(), (y0 + t * (y1 - y0)).ravel()
        angle = (angle + rng.choice((-1.0, 1.0), t.shape) * np.pi / 3).ravel()
        length = (length * (1 - t) * 0.6).ravel()
    segments = np.concatenate(generations)
    crystals = np.zeros((h, w), np.float32)
    levels = rng.integers(0, 4, len(segments))
    for level in range(4):
        lines = np.round(segments[levels == level]).astype(np.int32).reshape(-1, 2, 2)
        cv2.polylines(crystals, list(lines), False, 0.4 + 0.2 * level, 1, cv2.LINE_AA)
    crystals = np.maximum(crystals, cv2.GaussianBlur(crystals, (0, 0), 1.5) * 1.8)
    grain = cv2.GaussianBlur(rng.random((h, w)).astype(np.float32), (0, 0), 0.8)
    value = np.clip(0.55 * glaze + 0.6 * crystals + 0.3 * grain, 0, 1)
    tint = np.array([0.84, 0.92, 1.0], np.float32)  # pale blue ice
    rgb = (95 + 170 * value[..., None]) * tint
    return np.clip(rgb, 0, 255).astype(np.uint8)


def frost(x: np.ndarray, p: tuple[float, float], rng: Rng) -> np.ndarray:
    a, b = p
    texture = frost_texture(int(_integers(rng, 5)))
    fh, fw = texture.shape[:2]
    h, w = x.shape[:2]
    if fh >= h and fw >= w:
        scale = 1.0
    elif fh < h and fw >= w:
        scale = h / fh
    elif fh >= h and fw < w:
        scale = w / fw
    else:
        scale = max(h / fh, w / fw)
    scale *= 1.1
    size = (int(np.ceil(fw * scale)), int(np.ceil(fh * scale)))
    texture = cv2.resize(texture, dsize=size, interpolation=cv2.INTER_CUBIC)
    top = int(_integers(rng, 0, texture.shape[0] - h))
    left = int(_integers(rng, 0, texture.shape[1] - w))
    crop = texture[top : top + h, left : left + w]
    return np.clip(a * x + b * crop, 0, 255)


def _roll1(a: np.ndarray, shift: int, axis: int) -> np.ndarray:
    """``np.roll(a, shift, axis)`` for ``shift`` ±1 on a 2-D array, without np.roll's generic
    argument handling (≈ 10 µs a call, 48 calls per plasma map)."""
    k = 1 if shift == -1 else -1
    if axis == 0:
        return np.concatenate((a[k:], a[:k]), axis=0)
    return np.concatenate((a[:, k:], a[:, :k]), axis=1)


def _plasma_fractal(rng: Rng, mapsize: int, wibbledecay: float) -> np.ndarray:
    """Diamond-square height map in [0, 1] (the reference's, same draws and sums)."""
    maparray = np.zeros((mapsize, mapsize), dtype=np.float64)
    stepsize = mapsize
    wibble = 100.0

    def wibbledmean(array: np.ndarray) -> np.ndarray:
        return array / 4 + wibble * rng.uniform(-wibble, wibble, array.shape)

    while stepsize >= 2:
        half = stepsize // 2
        corner = maparray[0:mapsize:stepsize, 0:mapsize:stepsize]
        square = corner + _roll1(corner, -1, axis=0)
        square += _roll1(square, -1, axis=1)
        maparray[half:mapsize:stepsize, half:mapsize:stepsize] = wibbledmean(square)
        dr = maparray[half:mapsize:stepsize, half:mapsize:stepsize]
        ul = maparray[0:mapsize:stepsize, 0:mapsize:stepsize]
        lt = dr + _roll1(dr, 1, axis=0) + (ul + _roll1(ul, -1, axis=1))
        maparray[0:mapsize:stepsize, half:mapsize:stepsize] = wibbledmean(lt)
        tt = dr + _roll1(dr, 1, axis=1) + (ul + _roll1(ul, -1, axis=0))
        maparray[half:mapsize:stepsize, 0:mapsize:stepsize] = wibbledmean(tt)
        stepsize //= 2
        wibble /= wibbledecay
    maparray -= maparray.min()
    return maparray / maparray.max()


def fog(x: np.ndarray, p: tuple[float, float], rng: Rng) -> np.ndarray:
    strength, decay = p
    h, w = x.shape[:2]
    side = max(h, w, x.shape[2])
    mapsize = 1 if side == 0 else 2 ** (side - 1).bit_length()
    x = x / 255.0
    max_val = x.max()
    x += strength * _plasma_fractal(rng, mapsize, decay)[:h, :w][..., None]
    x *= max_val  # in place: the same float64 operations as x * max_val / (max_val + strength)
    x /= max_val + strength
    return _clip01(x)


def brightness(x: np.ndarray, c: float, rng: Rng) -> np.ndarray:
    h, s, v = _rgb2hsv(x / 255.0)
    return _clip01(_hsv2rgb(h, s, np.clip(v + c, 0, 1)))


# -- digital -----------------------------------------------------------------------------------


def contrast(x: np.ndarray, c: float, rng: Rng) -> np.ndarray:
    means = np.mean(x / 255.0, axis=(0, 1))  # the reference's float64 channel means
    # (v - mean) * c + mean for the 256 levels per channel, with the reference's float64
    # operations (so the same values), then one table lookup instead of six image passes
    levels = np.arange(256)[:, None] / 255.0
    table = _clip01((levels - means) * c + means).astype(np.uint8)
    return cv2.LUT(x, table.reshape(1, 256, 3))


def elastic_transform(x: np.ndarray, alpha: float, rng: Rng) -> np.ndarray:
    image = _unit32(x)
    h, w = image.shape[:2]
    sigma = np.array((h, w)) * 0.01
    max_d = h * 0.005
    fields = []
    for _ in range(2):
        noise = rng.uniform(-max_d, max_d, size=(h, w))
        smooth = gaussian_filter(noise, sigma, mode="reflect", truncate=3)
        fields.append((smooth * alpha).astype(np.float32))
    dx, dy = fields
    yy, xx = np.meshgrid(np.arange(h), np.arange(w), indexing="ij")
    coords = np.stack([(yy + dy).ravel(), (xx + dx).ravel()])
    out = np.empty_like(image)
    for ch in range(image.shape[2]):
        out[..., ch] = map_coordinates(image[..., ch], coords, order=1, mode="reflect").reshape(
            h, w
        )
    return _clip01(out)


def pixelate(x: np.ndarray, c: float, rng: Rng) -> np.ndarray:
    h, w = x.shape[:2]
    small = Image.fromarray(x).resize((max(1, int(w * c)), max(1, int(h * c))), Image.BOX)
    return np.asarray(small.resize((w, h), Image.NEAREST))


def jpeg_compression(x: np.ndarray, c: int, rng: Rng) -> np.ndarray:
    # The reference saves and reopens with Pillow. OpenCV drives the same libjpeg-turbo with the
    # same settings (4:2:0, integer DCT, baseline tables for the quality, fancy upsampling), so
    # the pixels are Pillow's (tests/test_corrupt.py compares them), without Pillow's RGB <->
    # 4-byte-pixel copies: 1.4-2.5x faster.
    ok, data = cv2.imencode(".jpg", cv2.cvtColor(x, cv2.COLOR_RGB2BGR),
                            (cv2.IMWRITE_JPEG_QUALITY, int(c)))  # fmt: skip
    if not ok:
        raise ValueError(f"OpenCV could not JPEG-encode a {x.shape} image")
    if _IMREAD_RGB is not None:
        return cv2.imdecode(data, _IMREAD_RGB)
    return cv2.cvtColor(cv2.imdecode(data, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


_IMREAD_RGB = getattr(cv2, "IMREAD_COLOR_RGB", None)  # OpenCV >= 4.10


def spatter(x: np.ndarray, p: tuple[float, ...], rng: Rng) -> np.ndarray:
    loc, scale, sigma, threshold, intensity, mud = p
    x = _unit32(x)
    liquid = rng.normal(size=x.shape[:2], loc=loc, scale=scale)
    # scipy (as skimage) for the 2-D layers: thresholds follow, so keep skimage's exact values
    liquid = gaussian_filter(liquid, sigma, mode="nearest", truncate=4.0)
    liquid[liquid < threshold] = 0
    if not mud:  # water: pale turquoise drops with bright rims
        liquid = (liquid * 255).astype(np.uint8)
        dist = 255 - cv2.Canny(liquid, 50, 150)
        dist = cv2.distanceTransform(dist, cv2.DIST_L2, 5)
        _, dist = cv2.threshold(dist, 20, 20, cv2.THRESH_TRUNC)
        dist = cv2.blur(dist, (3, 3)).astype(np.uint8)
        dist = cv2.equalizeHist(dist)
        ker = np.array([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]])
        dist = cv2.filter2D(dist, cv2.CV_8U, ker)
        dist = cv2.blur(dist, (3, 3)).astype(np.float32)
        m = liquid * dist  # float32, as cv2.cvtColor(GRAY2BGRA) keeps it in the reference
        peak = float(np.max(m))
        if peak == 0:
            return _clip01(x)
        m = (m / np.float32(peak) * np.float32(intensity))[..., None]
        color = np.array([175 / 255.0, 238 / 255.0, 238 / 255.0], np.float32)
        out = np.multiply(m, color)  # x + m * color in place (the second clip changes nothing)
        out += x
        return _clip01(out)
    m = (liquid > threshold).astype(np.float32)
    m = gaussian_filter(m, intensity, mode="nearest", truncate=4.0)
    m[m < 0.8] = 0
    # the reference's mud colour (63, 42, 20) / 255 * ones * m is (63, 42, 20) / 255 * m
    color = np.multiply(m[..., None], np.array([63, 42, 20], np.float64) / 255.0)
    x *= 1 - m[..., None]
    color += x  # x + color (float64), in place
    return _clip01(color)


def saturate(x: np.ndarray, p: tuple[float, float], rng: Rng) -> np.ndarray:
    gain, offset = p
    h, s, v = _rgb2hsv(x / 255.0)
    return _clip01(_hsv2rgb(h, np.clip(s * gain + offset, 0, 1), v))


_FUNCS = {name: globals()[name] for name in CORRUPTIONS}
