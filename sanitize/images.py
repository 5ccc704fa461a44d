"""Safe image decoding: tell a good encoded image from a corrupt, truncated or bomb one.

>>> check = check_image(data)
>>> if not check.ok: print(check.reason, check.detail)
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

DEFAULT_MAX_PIXELS = Image.MAX_IMAGE_PIXELS or 89_478_485


@dataclass(frozen=True)
class ImageCheck:
    """The verdict on one encoded image; ``reason`` is a short code when ``ok`` is false."""

    ok: bool
    reason: str | None = None
    detail: str | None = None
    width: int | None = None
    height: int | None = None
    format: str | None = None


def check_image(
    data: bytes | None, max_pixels: int = DEFAULT_MAX_PIXELS, full_decode: bool = True
) -> ImageCheck:
    """Open ``data`` and (by default) decode every pixel, within a pixel budget.

    Reasons: ``missing_image`` (no bytes), ``corrupt_image`` (not an image / bad data),
    ``truncated_image`` (data ends early), ``decompression_bomb`` (more than ``max_pixels``).
    The size is read from the header first, so a bomb is refused before any pixel is decoded.
    """
    if not data:
        return ImageCheck(False, "missing_image", "empty image bytes")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            w, h = img.size
            if w * h > max_pixels:
                return ImageCheck(
                    False,
                    "decompression_bomb",
                    f"{w}x{h} = {w * h} pixels > {max_pixels}",
                    w,
                    h,
                    img.format,
                )
            if full_decode:
                img.load()
            return ImageCheck(True, None, None, w, h, img.format)
    except UnidentifiedImageError:
        return ImageCheck(False, "corrupt_image", "not a recognizable image format")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        return ImageCheck(False, "decompression_bomb", str(e))
    except OSError as e:
        msg = str(e)
        low = msg.lower()
        truncated = "truncated" in low or "broken data stream" in low
        return ImageCheck(False, "truncated_image" if truncated else "corrupt_image", msg)
    except (ValueError, SyntaxError, IndexError, struct.error) as e:  # malformed headers
        return ImageCheck(False, "corrupt_image", f"{type(e).__name__}: {e}")


def open_image(data: bytes | None, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image | None:
    """Decode ``data`` within the pixel budget; None when it is missing, undecodable or too large
    (use :func:`check_image` to learn why).

    >>> img = open_image(data)
    >>> if img is None: stats["undecodable"] += 1
    """
    if not data:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            if img.size[0] * img.size[1] > max_pixels:
                return None
            img.load()
            return img
    except Exception:  # noqa: BLE001 - any decoder failure means "skip and count"
        return None


def encode_image(
    img: Image.Image, fmt: str | None, quality: int = 95, png_level: int | None = None
) -> bytes:
    """Encode ``img`` as JPEG, WebP (at ``quality``) or PNG (zlib ``png_level``, None: Pillow's
    default); any other
    ``fmt`` (GIF, None, …) becomes PNG. JPEG drops alpha.

    >>> encode_image(img, "JPEG", quality=92)[:2]
    b'\\xff\\xd8'
    """
    out = io.BytesIO()
    fmt = fmt if fmt in ("JPEG", "PNG", "WEBP") else "PNG"
    if fmt == "JPEG":
        img = img.convert("RGB") if img.mode not in ("L", "RGB") else img
        img.save(out, format="JPEG", quality=quality)
    elif fmt == "WEBP":
        img.save(out, format="WEBP", quality=quality)
    else:
        img.save(out, format="PNG", **({} if png_level is None else {"compress_level": png_level}))
    return out.getvalue()
