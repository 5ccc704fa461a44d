"""Pluggable NSFW checks. The offline default is NudeNet's ONNX detector, shipped in its wheel.

A check turns encoded images into a score in [0, 1] (higher = more explicit); the caller compares
it with a threshold and records both. Other checks plug in by name (``NSFW_CHECKS``) or as an
import path ``package.module:ClassName`` of a class with the same ``scores`` method.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any, ClassVar, Protocol

import numpy as np

# NudeNet classes that make an image explicit (faces, covered parts and feet do not)
EXPOSED = (
    "FEMALE_BREAST_EXPOSED",
    "FEMALE_GENITALIA_EXPOSED",
    "MALE_GENITALIA_EXPOSED",
    "BUTTOCKS_EXPOSED",
    "ANUS_EXPOSED",
)


class NsfwCheck(Protocol):
    """What :func:`load_nsfw_check` returns."""

    name: str

    def scores(self, images: Sequence[bytes | None]) -> tuple[list[float | None], list[str | None]]:
        """A score per image (``None`` where it could not be checked) and per-image errors."""
        ...


class NudeNetCheck:
    """NudeNet's detector (``nudenet/320n.onnx`` via onnxruntime, no download): the score is
    the highest confidence of any detected class in ``classes``.

    >>> check = NudeNetCheck()
    >>> scores, errors = check.scores([png_bytes])
    """

    name: ClassVar[str] = "nudenet"

    def __init__(self, classes: Sequence[str] = EXPOSED, **_: Any):
        try:
            import onnxruntime
            from nudenet import NudeDetector
        except ImportError as exc:
            raise ImportError(
                "the nudenet NSFW check needs nudenet and onnxruntime: "
                "pip install 'trustbench[synth]'"
            ) from exc
        onnxruntime.set_default_logger_severity(3)  # the model logs many harmless graph warnings
        self.classes = frozenset(classes)
        self.detector = NudeDetector()

    def scores(self, images: Sequence[bytes | None]) -> tuple[list[float | None], list[str | None]]:
        import cv2

        out: list[float | None] = []
        errors: list[str | None] = []
        for data in images:
            mat = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR) if data else None
            if mat is None:
                out.append(None)
                errors.append("undecodable image" if data else "no image bytes")
                continue
            found = self.detector.detect(mat)
            hits = [d["score"] for d in found if d["class"] in self.classes]
            out.append(float(max(hits, default=0.0)))
            errors.append(None)
        return out, errors


NSFW_CHECKS: dict[str, type] = {"nudenet": NudeNetCheck}


def load_nsfw_check(backend: str = "nudenet", **options: Any) -> NsfwCheck:
    """A check by registered name or ``package.module:ClassName``.

    >>> check = load_nsfw_check("nudenet")
    """
    if backend in NSFW_CHECKS:
        return NSFW_CHECKS[backend](**options)
    module, sep, attr = backend.partition(":")
    if not sep:
        raise ValueError(
            f"unknown NSFW check {backend!r}: use one of {sorted(NSFW_CHECKS)} or "
            "'package.module:ClassName'"
        )
    cls = getattr(importlib.import_module(module), attr)
    return cls(**options)
