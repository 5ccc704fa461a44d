"""Metadata stripping: EXIF/GPS, XMP, comments and PNG text chunks are gone; orientation kept."""

from __future__ import annotations

import io
import json

import numpy as np
import polars as pl
from PIL import Image, ImageOps, PngImagePlugin

from conftest import SAMPLE, make_image
from trustbench.builders.steps.privacy import StripMetadata
from trustbench.sanitize.metadata import has_gps, has_metadata, strip_metadata

GPS_IFD = 0x8825


def _jpeg_with(orientation: int = 1, gps: bool = True, size=(64, 40)) -> bytes:
    img = make_image(3, size)
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x0112] = orientation
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (48.0, 51.0, 29.0), 3: "E", 4: (2.0, 17.0, 40.0)}
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90, exif=exif, comment=b"shot by Jane Doe",
             xmp=b"<x:xmpmeta><dc:creator>Jane Doe</dc:creator></x:xmpmeta>")  # fmt: skip
    return buf.getvalue()


def test_sample_gps_photos_lose_all_exif():
    truth = json.loads((SAMPLE / "truth.json").read_text())
    df = pl.read_parquet(SAMPLE / "sample.parquet", columns=["key", "jpg"])
    images = dict(zip(df["key"], df["jpg"], strict=True))
    assert truth["exif_gps"]
    for key in truth["exif_gps"]:
        data = images[key]
        assert has_gps(data)
        clean = strip_metadata(data)
        assert not has_gps(clean) and not has_metadata(clean)
        with Image.open(io.BytesIO(clean)) as im:
            assert len(im.getexif()) == 0 and "exif" not in im.info
            assert im.format == "JPEG"
        # the camera make/model strings are gone from the bytes too
        assert truth["exif"][key]["model"].encode() not in clean


def test_orientation_is_applied_to_pixels():
    data = _jpeg_with(orientation=6, size=(64, 40))
    with Image.open(io.BytesIO(data)) as im:
        upright = np.asarray(ImageOps.exif_transpose(im).convert("RGB"), np.int16)
    clean = strip_metadata(data)
    with Image.open(io.BytesIO(clean)) as im:
        assert im.size == (40, 64)  # rotated: width and height swapped
        assert im.getexif().get(0x0112) is None
        pixels = np.asarray(im.convert("RGB"), np.int16)
    assert np.abs(pixels - upright).mean() < 3  # same picture (JPEG re-encode noise only)


def test_xmp_comment_and_png_text_chunks_removed():
    data = _jpeg_with(gps=False)
    assert b"Jane Doe" in data and has_metadata(data)
    clean = strip_metadata(data)
    assert b"Jane Doe" not in clean and b"Canon" not in clean and not has_metadata(clean)

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jane Doe")
    info.add_itxt("Description", "taken at 12 Main St")
    buf = io.BytesIO()
    img = make_image(5)
    img.save(buf, "PNG", pnginfo=info)
    png = buf.getvalue()
    assert has_metadata(png)
    clean = strip_metadata(png)
    assert b"Jane Doe" not in clean and b"Main St" not in clean and not has_metadata(clean)
    # PNG is lossless: the pixels are identical
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(clean))), np.asarray(img))


def test_unrotated_jpeg_keeps_its_quality():
    data = _jpeg_with(orientation=1, gps=True, size=(96, 64))
    clean = strip_metadata(data)
    with Image.open(io.BytesIO(data)) as a, Image.open(io.BytesIO(clean)) as b:
        assert a.quantization == b.quantization  # same tables, so no quality is given away
        assert b.size == a.size
        diff = np.abs(np.asarray(a, np.int16) - np.asarray(b, np.int16))
    assert diff.mean() < 5  # the same picture, up to one round of JPEG rounding
    assert len(clean) < len(data)  # and smaller: the metadata is gone


def test_step_strips_updates_size_and_counts_undecodable():
    rotated = _jpeg_with(orientation=6, size=(64, 40))
    plain = _jpeg_with(orientation=1, gps=False, size=(32, 32))
    batch = pl.DataFrame(
        {
            "id": ["a", "b", "c"],
            "image": [
                {"bytes": rotated, "path": "a.jpg"},
                {"bytes": plain, "path": "b.jpg"},
                {"bytes": b"\xff\xd8 garbage", "path": "c.jpg"},
            ],
            "width": [64, 32, 10],
            "height": [40, 32, 10],
        }
    )
    step = StripMetadata()
    out = step.process(batch)
    assert out["width"].to_list() == [40, 32, 10] and out["height"].to_list() == [64, 32, 10]
    new = out["image"].struct.field("bytes").to_list()
    assert not has_gps(new[0]) and not has_metadata(new[0]) and not has_metadata(new[1])
    assert new[2] == b"\xff\xd8 garbage"  # left for validate.images to quarantine
    assert out["image"].struct.field("path").to_list() == ["a.jpg", "b.jpg", "c.jpg"]
    assert step.take_stats() == {"images_stripped": 2, "gps_removed": 1, "undecodable": 1}
