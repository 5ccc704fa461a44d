"""Image signatures for dedupe: exact (bytes, decoded pixels) and perceptual (pHash, dHash, wHash,
colorhash) hashes, packed into ``uint64`` words.

Perceptual hashes are bit-identical to :mod:`imagehash` on the same decoded image. The fast path
decodes JPEGs at reduced size (``Image.draft``: the DCT scaling of libjpeg, 1/2 … 1/8), which is the
main cost of hashing; it changes the decoded pixels slightly, so a fast hash can differ from the
full-resolution one by a few bits (``fast=False`` gives exactly ``imagehash.phash(Image.open(f))``).
pHash and dHash of a batch are computed with numpy/scipy over the whole batch.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image

_LANCZOS = Image.Resampling.LANCZOS
PERCEPTUAL_METHODS = ("phash", "dhash", "whash", "colorhash")
EXACT_METHODS = ("bytes", "pixels")
# Refuse decompression bombs instead of decoding them (PIL only warns below 2x this limit).
_MAX_PIXELS = 178_956_970


@dataclass
class HashResult:
    """Hashes of a sequence of images.

    ``hashes`` is ``uint64`` of shape ``(n,)`` for 64-bit hashes and ``(n, words)`` for longer ones
    (bit 0 is the most significant bit of word 0, as in ``str(imagehash.ImageHash)``). Rows whose
    image could not be decoded hold zeros and an error message in ``errors``. ``flipped`` holds the
    hashes of the mirrored images when asked for, ``sizes`` the original ``(width, height)``.
    """

    hashes: np.ndarray
    errors: list[str | None]
    sizes: np.ndarray
    flipped: np.ndarray | None = None

    @property
    def ok(self) -> np.ndarray:
        return np.array([e is None for e in self.errors], dtype=bool)


def hash_bits(method: str, hash_size: int) -> int:
    """Number of bits a perceptual hash of ``method`` and ``hash_size`` has."""
    if method in ("phash", "dhash", "whash"):
        return hash_size * hash_size
    if method == "colorhash":
        return 14 * hash_size  # imagehash: 14 bins of ``binbits`` bits
    raise ValueError(f"unknown perceptual method {method!r}; choose one of {PERCEPTUAL_METHODS}")


def pack_bits(bits: np.ndarray) -> np.ndarray:
    """Pack a ``(n, nbits)`` boolean array into ``(n, ceil(nbits / 64))`` big-endian uint64 words."""
    n, nbits = bits.shape
    words = -(-nbits // 64)
    padded = np.zeros((n, words * 64), dtype=np.uint8)
    padded[:, :nbits] = bits
    return np.packbits(padded, axis=1).view(">u8").astype(np.uint64).reshape(n, words)


def to_hex(hashes: np.ndarray, nbits: int) -> list[str]:
    """Hex strings as ``str(imagehash.ImageHash)`` writes them (for reports and tests)."""
    h = hashes.reshape(len(hashes), -1)
    width = -(-nbits // 4)
    out = []
    for row in h:
        value = 0
        for w in row:
            value = (value << 64) | int(w)
        value >>= h.shape[1] * 64 - nbits
        out.append(f"{value:0{width}x}")
    return out


# --- decoding --------------------------------------------------------------------------------


# Magic numbers of the common formats: telling Pillow the format skips its probing of every
# plugin (a quarter of the cost of hashing a small JPEG).
_MAGIC = ((b"\xff\xd8\xff", ["JPEG"]), (b"\x89PNG\r\n\x1a\n", ["PNG"]), (b"GIF8", ["GIF"]))


def _open(data: bytes | str | Image.Image) -> Image.Image:
    if isinstance(data, Image.Image):
        return data
    if isinstance(data, bytes | bytearray | memoryview):
        head = bytes(data[:8])
        formats = next((f for magic, f in _MAGIC if head.startswith(magic)), None)
        try:
            im = Image.open(io.BytesIO(data), formats=formats)
        except Exception:
            if formats is None:
                raise
            im = Image.open(io.BytesIO(data))  # a lying magic number: let Pillow probe
    else:
        im = Image.open(data)
    if im.size[0] * im.size[1] > _MAX_PIXELS:
        raise ValueError(f"image of {im.size[0]}x{im.size[1]} pixels exceeds the decode limit")
    return im


def _draft_size(method: str, hash_size: int, size: tuple[int, int]) -> tuple[int, int] | None:
    """The reduced size to decode a JPEG at, or None to decode it fully.

    Small images (short side under 8x the hash input) decode fully: cheap, and bit-identical to
    imagehash. Larger ones decode at the libjpeg scale that keeps at least 2x the hash input
    (a 500x375 photo at 1/4 for a 64-bit pHash): on such photos the hash moves by 0.7 bits on
    average (at most 4-6), about the same as at 1/2 scale and at half the cost.
    """
    if method == "phash":
        side = hash_size * 4
        target = (side, side)
    elif method == "dhash":
        target = (hash_size + 1, hash_size)
    elif method == "whash":
        side = max(2 ** int(np.log2(min(size))), hash_size)
        return side, side  # the wavelet scale follows the original size: never below it
    else:
        return 64, 64  # colorhash: fractions of pixels per colour bin, stable at low resolution
    if min(size) < 8 * max(target):
        return None
    return 2 * target[0], 2 * target[1]


def _load(
    data: bytes | str | Image.Image, method: str, hash_size: int, fast: bool
) -> tuple[Image.Image, tuple[int, int], bool]:
    """The loaded image, its original size, and whether it was decoded at reduced size."""
    im = _open(data)
    size = im.size
    drafted = False
    if fast and im.format == "JPEG":
        reduced = _draft_size(method, hash_size, size)
        if reduced is not None:
            im.draft("RGB" if method == "colorhash" else "L", reduced)
            drafted = im.size != size
    im.load()
    return im, size, drafted


# --- batched perceptual hashes ----------------------------------------------------------------


def _phash_bits(gray: np.ndarray, hash_size: int) -> np.ndarray:
    """pHash bits of a ``(n, 4*hs, 4*hs)`` uint8 stack, the computation of ``imagehash.phash``."""
    import scipy.fftpack

    dct = scipy.fftpack.dct(scipy.fftpack.dct(gray, axis=1), axis=2)
    low = dct[:, :hash_size, :hash_size].reshape(len(gray), -1)
    med = np.median(low, axis=1, keepdims=True)
    return low > med


def _dhash_bits(gray: np.ndarray) -> np.ndarray:
    """dHash bits of a ``(n, hs, hs+1)`` uint8 stack (horizontal gradients, as imagehash)."""
    return (gray[:, :, 1:] > gray[:, :, :-1]).reshape(len(gray), -1)


def _gray_small(im: Image.Image, method: str, hash_size: int, drafted: bool) -> np.ndarray:
    target = (hash_size * 4,) * 2 if method == "phash" else (hash_size + 1, hash_size)
    if im.mode != "L":
        im = im.convert("L")
    if drafted:  # already approximate: resample with numpy, 2.5x faster than Pillow here
        return _lanczos(np.asarray(im, dtype=np.float32), target)
    return np.asarray(im.resize(target, _LANCZOS))


@lru_cache(maxsize=512)
def _lanczos_matrix(n_in: int, n_out: int) -> np.ndarray:
    """Pillow's antialiased Lanczos-3 resampling weights as an ``(n_out, n_in)`` matrix."""
    scale = n_in / n_out
    fscale = max(scale, 1.0)
    support = 3.0 * fscale
    w = np.zeros((n_out, n_in), dtype=np.float32)
    for i in range(n_out):
        center = (i + 0.5) * scale
        lo = max(int(center - support + 0.5), 0)
        hi = min(int(center + support + 0.5), n_in)
        x = np.abs((np.arange(lo, hi) - center + 0.5) / fscale)
        k = np.where(x < 3.0, np.sinc(x) * np.sinc(x / 3.0), 0.0)
        w[i, lo:hi] = k / k.sum()
    return w


def _lanczos(gray: np.ndarray, target: tuple[int, int]) -> np.ndarray:
    """Resize like ``Image.resize(target, LANCZOS)`` on an 8-bit image: horizontal pass, round and
    clip, vertical pass, round and clip (differs from Pillow's fixed point by at most 1 level)."""
    h, w = gray.shape
    tmp = np.clip(np.floor(gray @ _lanczos_matrix(w, target[0]).T + 0.5), 0, 255)
    out = np.floor(_lanczos_matrix(h, target[1]) @ tmp + 0.5)
    return np.clip(out, 0, 255).astype(np.uint8)


def _single_bits(im: Image.Image, method: str, hash_size: int, size: tuple[int, int]) -> np.ndarray:
    import imagehash

    if method == "whash":
        # imagehash picks the wavelet scale from the image size; use the original size so a
        # reduced-size decode hashes at the same scale.
        scale = max(2 ** int(np.log2(min(size))), hash_size)
        return imagehash.whash(im, hash_size=hash_size, image_scale=scale).hash.reshape(-1)
    return imagehash.colorhash(im, binbits=hash_size).hash.reshape(-1)


def hash_images(
    images: Iterable[bytes | str | Image.Image | None],
    method: str = "phash",
    hash_size: int = 8,
    *,
    fast: bool = True,
    include_flips: bool = False,
) -> HashResult:
    """Perceptual hashes of encoded images (bytes), paths or PIL images.

    >>> res = hash_images([jpeg_bytes_a, jpeg_bytes_b], method="phash")
    >>> res.hashes.dtype, res.hashes.shape
    (dtype('uint64'), (2,))

    ``method`` is one of ``phash``, ``dhash``, ``whash``, ``colorhash`` (``hash_size`` is the
    ``binbits`` of colorhash). ``include_flips`` also hashes the left-right mirrored image (pHash,
    dHash). Undecodable images do not raise: their error is in ``errors``.
    """
    nbits = hash_bits(method, hash_size)
    if hash_size < 2:
        raise ValueError("hash_size must be at least 2")
    if include_flips and method not in ("phash", "dhash"):
        raise ValueError("include_flips is supported for phash and dhash")
    items = list(images)
    n = len(items)
    bits = np.zeros((n, nbits), dtype=bool)
    fbits = np.zeros((n, nbits), dtype=bool) if include_flips else None
    sizes = np.zeros((n, 2), dtype=np.int64)
    errors: list[str | None] = [None] * n
    grays: list[np.ndarray] = []
    gray_rows: list[int] = []
    for i, item in enumerate(items):
        if item is None:
            errors[i] = "missing image"
            continue
        try:
            im, size, drafted = _load(item, method, hash_size, fast)
            sizes[i] = size
            if method in ("phash", "dhash"):
                grays.append(_gray_small(im, method, hash_size, drafted))
                gray_rows.append(i)
            else:
                bits[i] = _single_bits(im, method, hash_size, size)
        except Exception as exc:  # corrupt / truncated / unsupported image: report, don't crash
            errors[i] = f"{type(exc).__name__}: {exc}"
    if grays:
        stack = np.stack(grays)
        rows = np.asarray(gray_rows)
        compute = _phash_bits if method == "phash" else lambda g, hs: _dhash_bits(g)
        bits[rows] = compute(stack, hash_size)
        if fbits is not None:
            fbits[rows] = compute(np.ascontiguousarray(stack[:, :, ::-1]), hash_size)
    hashes = pack_bits(bits)
    flipped = pack_bits(fbits) if fbits is not None else None
    if hashes.shape[1] == 1:
        hashes = hashes[:, 0]
        flipped = flipped[:, 0] if flipped is not None else None
    return HashResult(hashes=hashes, errors=errors, sizes=sizes, flipped=flipped)


# --- exact keys -------------------------------------------------------------------------------


def bytes_key(data: bytes) -> str:
    """Content hash of the encoded bytes (BLAKE2b-128, hex)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def pixels_key(data: bytes | str | Image.Image) -> str:
    """Hash of the decoded pixels, equal for the same image re-encoded losslessly (PNG, WebP
    lossless, …). Palette and grayscale images are compared in RGB(A)."""
    im = _open(data)
    im.load()
    mode = "RGBA" if im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info else "RGB"
    im = im.convert(mode)
    if mode == "RGBA" and im.getextrema()[3] == (255, 255):
        im = im.convert("RGB")  # an all-opaque alpha channel carries no information
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{im.mode}:{im.size[0]}x{im.size[1]}:".encode())
    h.update(im.tobytes())
    return h.hexdigest()


def exact_keys(
    images: Sequence[bytes | None], on: str = "bytes"
) -> tuple[list[str | None], list[str | None]]:
    """Exact keys (``on`` = ``bytes`` or ``pixels``) and per-image errors."""
    if on not in EXACT_METHODS:
        raise ValueError(f"unknown exact key {on!r}; choose one of {EXACT_METHODS}")
    keys: list[str | None] = []
    errors: list[str | None] = []
    for data in images:
        if data is None:
            keys.append(None)
            errors.append("missing image")
            continue
        try:
            keys.append(bytes_key(data) if on == "bytes" else pixels_key(data))
            errors.append(None)
        except Exception as exc:
            keys.append(None)
            errors.append(f"{type(exc).__name__}: {exc}")
    return keys, errors
