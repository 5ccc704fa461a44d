"""The speed-ups in ``trustbench.synth.corrupt`` leave every pixel as it was: the banded motion
blur against the reference's own outputs with many small bands, and the lookup tables against
the plain float formulas they replace, with the same draws."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from PIL import Image

from conftest import REPO
from trustbench.synth import corrupt as C

sys.path.insert(0, str(REPO / "tests" / "data"))
from make_corrupt_reference import OUT as REFERENCE  # noqa: E402
from make_corrupt_reference import seed_for  # noqa: E402


@pytest.mark.parametrize("name", ["motion_blur", "snow"])
def test_motion_blur_bands_change_nothing(name, monkeypatch):
    """The fixture images (48×64, 33×41) fit in one band by default, where the sum is the plain
    one (``test_corrupt.py`` compares it with the reference); 3-row and 1-row bands make every
    band edge count and must give the very same pixels."""
    ref = np.load(REFERENCE)
    t = C.CORRUPTIONS.index(name)
    cases = [(s, i) for s in C.SEVERITIES for i in (0, 1)]

    def run() -> list[np.ndarray]:
        return [C.corrupt(ref[f"image{i}"], name, s, seed=np.random.RandomState(seed_for(t, s, i)))
                for s, i in cases]  # fmt: skip

    one_band = run()
    for band_bytes in (8 * 64 * 3 * 3, 1):
        monkeypatch.setattr(C, "_BAND_BYTES", band_bytes)
        for case, a, b in zip(cases, one_band, run()):
            assert np.array_equal(a, b), (band_bytes, case)


def test_unit32_is_the_references_division():
    levels = np.arange(256, dtype=np.uint8)
    plain = np.asarray(levels, dtype=np.float32) / 255.0
    assert np.array_equal(C._unit32(levels).view(np.uint32), plain.view(np.uint32))


def _photo(size: int) -> np.ndarray:
    from skimage import data

    return np.asarray(Image.fromarray(data.coffee()).resize((size, size - 7)))


@pytest.mark.parametrize("seed", [0, 5])
def test_shot_noise_tables_are_the_float_formula(seed):
    """Same Generator draws; the reference's float64 formula, computed plainly, gives the same
    uint8 image at every severity (counts above 255 included: ``c > 255`` falls back)."""
    x = _photo(90)
    for severity, c in enumerate(C.IMAGENET_C["shot_noise"], start=1):
        counts = np.random.default_rng(seed).poisson(x / 255.0 * c)
        plain = (np.clip(counts / float(c), 0, 1) * 255).astype(np.uint8)
        assert np.array_equal(C.corrupt(x, "shot_noise", severity, seed=seed), plain), severity
    counts = np.random.default_rng(seed).poisson(x / 255.0 * 300)
    plain = (np.clip(counts / 300.0, 0, 1) * 255).astype(np.uint8)
    fallback = C.shot_noise(x, 300, np.random.default_rng(seed))  # floats, cast by map_rgb
    assert np.array_equal(fallback.astype(np.uint8), plain)
