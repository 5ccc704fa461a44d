"""Encode generated pixels to bytes and decode stored bytes to RGB, off the GPU's critical path.

OpenCV's encoders release the GIL, so a thread pool encodes a batch while the main thread queues
the next batch's GPU work.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Literal

import numpy as np

ImageFormat = Literal["png", "jpeg"]


def encode_rgb(
    pixels: np.ndarray, fmt: ImageFormat = "png", jpeg_quality: int = 95, png_compression: int = 1
) -> bytes:
    """Encode an ``(h, w, 3)`` uint8 RGB array as PNG (lossless) or JPEG.

    >>> encode_rgb(np.zeros((8, 8, 3), np.uint8))[:4]
    b'\\x89PNG'
    """
    import cv2

    bgr = np.ascontiguousarray(pixels[..., ::-1])
    if fmt == "png":
        ok, buf = cv2.imencode(".png", bgr, [cv2.IMWRITE_PNG_COMPRESSION, png_compression])
    elif fmt == "jpeg":
        ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, jpeg_quality])
    else:
        raise ValueError(f"image format {fmt!r}: use png or jpeg")
    if not ok:
        raise RuntimeError(f"could not encode a {pixels.shape} image as {fmt}")
    return buf.tobytes()


def decode_rgb(data: bytes | None, max_side: int | None = None):
    """Decode encoded bytes to an RGB PIL image; ``max_side`` lets JPEG decode smaller (draft).

    Raises ``ValueError`` naming the problem when the bytes are missing or not an image.
    """
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise ValueError("no image bytes")
    try:
        im = Image.open(io.BytesIO(data))
        if max_side:
            im.draft("RGB", (max_side, max_side))
        return im.convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as exc:
        raise ValueError(f"undecodable image: {type(exc).__name__}: {exc}") from None


def decode_many(images: Sequence[bytes | None], max_side: int | None = None):
    """Decode a batch; returns ``(indexes, pil_images, errors)`` with an error per failed row."""
    ok_idx, pil, errors = [], [], [None] * len(images)
    for i, data in enumerate(images):
        try:
            pil.append(decode_rgb(data, max_side))
            ok_idx.append(i)
        except ValueError as exc:
            errors[i] = str(exc)
    return ok_idx, pil, errors
