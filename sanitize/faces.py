"""Detect faces in images and blur or pixelate them.

The default detector is OpenCV's bundled frontal-face Haar cascade (works offline, no weights to
download; ``cv2`` is imported on first use). Any object with a ``detect(image) -> list[Box]``
method can replace it.

>>> from PIL import Image
>>> from trustbench.sanitize.faces import HaarFaceDetector, blur_faces
>>> img = Image.open("portrait.jpg")
>>> anonymized, boxes = blur_faces(img, HaarFaceDetector(), method="pixelate")
>>> len(boxes)   # faces found (and anonymized)
1
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol, runtime_checkable

import numpy as np
from PIL import Image, ImageFilter

__all__ = ["Box", "FaceDetector", "HaarFaceDetector", "anonymize_region", "blur_faces"]


class Box(NamedTuple):
    """A face box in pixels: left, top, width, height."""

    x: int
    y: int
    w: int
    h: int


@runtime_checkable
class FaceDetector(Protocol):
    """Anything that finds face boxes in an RGB PIL image."""

    def detect(self, image: Image.Image) -> list[Box]: ...


@dataclass
class HaarFaceDetector:
    """OpenCV Haar cascade face detector (``opencv-python-headless<5`` ships the cascades).

    >>> det = HaarFaceDetector(min_neighbors=4)
    >>> det.detect(Image.open("group.jpg").convert("RGB"))
    [Box(x=120, y=40, w=64, h=64), ...]
    """

    cascade: str = "haarcascade_frontalface_default.xml"
    scale_factor: float = 1.1
    min_neighbors: int = 5
    min_size: int = 24
    max_side: int = 1024  # larger images are searched downscaled (speed), boxes scaled back
    pad: float = 0.3  # grey border (fraction of the long side) so frame-filling faces are found

    def __post_init__(self) -> None:
        self._clf = None

    def _classifier(self):
        if self._clf is None:
            try:
                import cv2
            except ImportError as exc:
                raise ImportError(
                    "face detection needs OpenCV: pip install 'opencv-python-headless<5'"
                ) from exc
            if not hasattr(cv2, "CascadeClassifier"):
                raise ImportError("this OpenCV has no CascadeClassifier; use opencv<5")
            path = f"{cv2.data.haarcascades}{self.cascade}"
            clf = cv2.CascadeClassifier(path)
            if clf.empty():
                raise FileNotFoundError(f"Haar cascade {path!r} could not be loaded")
            self._clf = clf
        return self._clf

    def detect(self, image: Image.Image) -> list[Box]:
        import cv2

        clf = self._classifier()
        gray = np.asarray(image.convert("L"))
        scale = 1.0
        if max(gray.shape) > self.max_side:
            scale = self.max_side / max(gray.shape)
            gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        p = int(max(gray.shape) * self.pad)
        if p:
            gray = cv2.copyMakeBorder(gray, p, p, p, p, cv2.BORDER_CONSTANT, value=128)
        gray = cv2.equalizeHist(gray)
        found = clf.detectMultiScale(
            gray,
            scaleFactor=self.scale_factor,
            minNeighbors=self.min_neighbors,
            minSize=(self.min_size, self.min_size),
        )
        boxes = []
        width, height = image.size
        for x, y, w, h in np.asarray(found).reshape(-1, 4).tolist():
            x0, y0 = max(0, x - p), max(0, y - p)
            x1, y1 = min(gray.shape[1] - 2 * p, x - p + w), min(gray.shape[0] - 2 * p, y - p + h)
            if x1 <= x0 or y1 <= y0:
                continue
            bx, by = round(x0 / scale), round(y0 / scale)
            bw = min(width, round(x1 / scale)) - bx
            bh = min(height, round(y1 / scale)) - by
            boxes.append(Box(bx, by, bw, bh))
        return sorted(boxes)  # OpenCV's threads return them in varying order


def _expand(box: Box, expand: float, size: tuple[int, int]) -> tuple[int, int, int, int]:
    dx, dy = round(box.w * expand / 2), round(box.h * expand / 2)
    left, top = max(0, box.x - dx), max(0, box.y - dy)
    right, bottom = min(size[0], box.x + box.w + dx), min(size[1], box.y + box.h + dy)
    return left, top, right, bottom


def anonymize_region(image: Image.Image, region: tuple[int, int, int, int],
                     method: Literal["blur", "pixelate"] = "blur") -> None:  # fmt: skip
    """Blur or pixelate ``region`` (left, top, right, bottom) of ``image`` in place."""
    crop = image.crop(region)
    w, h = crop.size
    if w < 1 or h < 1:
        return
    if method == "pixelate":
        cells = max(1, min(w, h) // 8)  # about 8 blocks across the short side
        small = crop.resize((max(1, w // cells), max(1, h // cells)), Image.Resampling.BILINEAR)
        crop = small.resize((w, h), Image.Resampling.NEAREST)
    elif method == "blur":
        crop = crop.filter(ImageFilter.GaussianBlur(radius=max(2.0, max(w, h) / 6)))
    else:
        raise ValueError(f"unknown method {method!r}; use 'blur' or 'pixelate'")
    image.paste(crop, region[:2])


def blur_faces(image: Image.Image, detector: FaceDetector | None = None, *,
               method: Literal["blur", "pixelate"] = "blur", expand: float = 0.2,
               ) -> tuple[Image.Image, list[Box]]:  # fmt: skip
    """Return a copy of ``image`` with every detected face blurred or pixelated, and the boxes.

    ``expand`` grows each box by that fraction of its size (hair, ears, chin) before blurring.
    """
    detector = detector or _default_detector()
    rgb = image if image.mode in ("RGB", "L") else image.convert("RGB")
    boxes = sorted(Box(*b) for b in detector.detect(rgb))  # fixed order: overlaps blur alike
    if not boxes:
        return image, []
    out = rgb.copy()
    for box in boxes:
        anonymize_region(out, _expand(Box(*box), expand, out.size), method)
    return out, [Box(*b) for b in boxes]


_DEFAULT: HaarFaceDetector | None = None


def _default_detector() -> HaarFaceDetector:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = HaarFaceDetector()
    return _DEFAULT
