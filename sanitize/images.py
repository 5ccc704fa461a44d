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
