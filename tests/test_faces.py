"""Face anonymization on real photos: pixels change inside the face box and nowhere else."""

from __future__ import annotations

import io
import json

import numpy as np
import polars as pl
import pytest
from PIL import Image

from conftest import SAMPLE
from trustbench.builders.steps.privacy import AnonymizeFaces
from trustbench.sanitize.faces import Box, HaarFaceDetector, blur_faces

pytest.importorskip("cv2")


def _sample_face() -> tuple[str, Image.Image, list[list[int]]]:
    truth = json.loads((SAMPLE / "truth.json").read_text())
    df = pl.read_parquet(SAMPLE / "sample.parquet", columns=["key", "jpg"])
    images = dict(zip(df["key"], df["jpg"], strict=True))
    key = next(k for k in truth["faces"] if truth["face_boxes"].get(k))
    return key, Image.open(io.BytesIO(images[key])).convert("RGB"), truth["face_boxes"][key]


def _astronaut() -> Image.Image:
    from skimage import data

    return Image.fromarray(data.astronaut())


def _inside(shape, box: Box, expand: float) -> np.ndarray:
    mask = np.zeros(shape[:2], bool)
    dx, dy = round(box.w * expand / 2), round(box.h * expand / 2)
    mask[max(0, box.y - dy) : box.y + box.h + dy, max(0, box.x - dx) : box.x + box.w + dx] = True
    return mask


@pytest.mark.parametrize("method", ["blur", "pixelate"])
def test_face_in_sample_photo_is_anonymized_inside_box_only(method):
    key, img, true_boxes = _sample_face()
    out, boxes = blur_faces(img, HaarFaceDetector(), method=method, expand=0.2)
    assert len(boxes) >= 1, key
    # the detected box overlaps the planted face box
    tx, ty, tw, th = true_boxes[0]
    b = boxes[0]
    assert b.x < tx + tw and tx < b.x + b.w and b.y < ty + th and ty < b.y + b.h
    before, after = np.asarray(img, np.int16), np.asarray(out, np.int16)
    inside = np.zeros(before.shape[:2], bool)
    for box in boxes:
        inside |= _inside(before.shape, box, 0.2)
    diff = np.abs(before - after).max(axis=2)
    assert (diff[~inside] == 0).all()  # nothing outside the (expanded) boxes changed
    assert diff[inside].mean() > 8  # the face region really changed
    # the planted face's own box lost most of its detail
    face_before = before[ty : ty + th, tx : tx + tw]
    face_after = after[ty : ty + th, tx : tx + tw]
    assert (
        np.abs(np.diff(face_after, axis=1)).mean()
        < 0.5 * np.abs(np.diff(face_before, axis=1)).mean()
    )


def test_astronaut_face_found_and_blurred():
    img = _astronaut()
    out, boxes = blur_faces(img, HaarFaceDetector())
    assert len(boxes) == 1
    b = boxes[0]
    assert 150 < b.x + b.w / 2 < 300 and 50 < b.y + b.h / 2 < 200  # her face, upper middle
    before, after = np.asarray(img, np.int16), np.asarray(out, np.int16)
    inside = _inside(before.shape, b, 0.2)
    assert (before[~inside] == after[~inside]).all()
    assert np.abs(before[inside] - after[inside]).mean() > 5


def test_no_face_no_change():
    flat = Image.new("RGB", (96, 64), (120, 160, 200))
    out, boxes = blur_faces(flat, HaarFaceDetector())
    assert boxes == [] and out is flat


class _FixedDetector:
    """A pluggable detector: always the same box."""

    def detect(self, image):
        return [Box(10, 10, 20, 20)]


def _batch(images: list[bytes | None]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": [f"r{i}" for i in range(len(images))],
            "image": [{"bytes": b, "path": f"r{i}.png"} for i, b in enumerate(images)],
            "width": [512, 64, None],
            "height": [512, 48, None],
        }
    )


def test_step_blurs_counts_and_keeps_other_rows():
    buf = io.BytesIO()
    _astronaut().save(buf, "PNG")  # lossless, so unchanged pixels compare exactly
    png = buf.getvalue()
    plain = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 90, 60)).save(plain, "PNG")
    step = AnonymizeFaces({"method": "pixelate"})
    out = step.process(_batch([png, plain.getvalue(), b"not an image"]))
    assert out["faces_anonymized"].to_list() == [1, 0, None]
    new = out["image"].struct.field("bytes").to_list()
    assert new[1] == plain.getvalue() and new[2] == b"not an image"  # untouched
    a = np.asarray(Image.open(io.BytesIO(png)), np.int16)
    b = np.asarray(Image.open(io.BytesIO(new[0])), np.int16)
    assert Image.open(io.BytesIO(new[0])).format == "PNG" and a.shape == b.shape
    changed = np.abs(a - b).max(axis=2) > 0
    ys, xs = np.nonzero(changed)
    assert changed.sum() > 1000 and xs.min() > 100 and ys.max() < 300  # only around the face
    assert step.take_stats() == {"faces": 1, "images_with_faces": 1, "undecodable": 1}


def test_step_accepts_a_pluggable_detector(monkeypatch):
    import sys
    import types

    mod = types.ModuleType("tb_test_detectors")
    mod.Fixed = _FixedDetector
    monkeypatch.setitem(sys.modules, "tb_test_detectors", mod)
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 90, 60)).save(buf, "PNG")
    step = AnonymizeFaces({"detector": "tb_test_detectors:Fixed", "expand": 0})
    out = step.process(_batch([buf.getvalue(), buf.getvalue(), None]))
    assert out["faces_anonymized"].to_list() == [1, 1, None]


class _OrderedDetector:
    def __init__(self, boxes):
        self.boxes = boxes

    def detect(self, image):
        return list(self.boxes)


def test_overlapping_boxes_blur_the_same_in_any_order():
    # OpenCV's threaded detector returns boxes in varying order; the output must not depend on it
    img = _astronaut()
    boxes = [Box(170, 60, 110, 110), Box(200, 90, 90, 90)]
    a, _ = blur_faces(img, _OrderedDetector(boxes))
    b, _ = blur_faces(img, _OrderedDetector(boxes[::-1]))
    assert np.array_equal(np.asarray(a), np.asarray(b))
