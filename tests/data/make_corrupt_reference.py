"""Regenerate ``tests/data/corrupt_reference.npz``: outputs of the reference implementation,
``imagecorruptions`` 1.1.2, for all 19 corruptions × 5 severities on two fixed photo crops, so
``tests/test_corrupt.py`` checks our numerics without installing the reference.

    python3 -m venv /tmp/ood-ref
    /tmp/ood-ref/bin/pip install "setuptools<81" imagecorruptions==1.1.2
    .venv/bin/python tests/data/make_corrupt_reference.py --ref-python /tmp/ood-ref/bin/python

Runs in two processes: this venv makes the inputs (crops of scikit-image's ``astronaut`` and
``coffee`` photos, 48×64 and an odd 33×41) and our procedural frost textures; the reference venv
runs ``imagecorruptions.corrupt`` on them, and records the mean absolute change per severity on a
128² ``astronaut`` (seed 0) for the severity-order test (through ``benchmarks/imagecorruptions_compat.py``,
which only renames the two removed NumPy/scikit-image names that crash three of its functions).

Seeds: before each call the reference gets ``np.random.seed(seed)`` with
``seed = 100 * type_index + 10 * severity + image_index``; the test passes
``np.random.RandomState(seed)`` and so replays the same draws. Two exceptions, patched only here:
``impulse_noise`` (the reference's ``skimage.util.random_noise`` ignores the global seed) gets
``rng=np.random.default_rng(seed)`` and the test passes that Generator; ``frost`` reads our
textures instead of its photos (``cv2.imread`` patched), so it checks the rescale/crop/blend.
Reference environment of the checked-in file: imagecorruptions 1.1.2, numpy 2.4.6,
scikit-image 0.26.0, scipy 1.17.1, opencv-python 5.0.0.93, pillow 13.0.0.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import numpy as np

HERE = Path(__file__).resolve().parent
OUT = HERE / "corrupt_reference.npz"


def seed_for(type_index: int, severity: int, image_index: int) -> int:
    return 100 * type_index + 10 * severity + image_index


def make_inputs(path: Path) -> None:
    from skimage import data

    from trustbench.synth.corrupt import frost_texture

    a = data.astronaut()[40:88, 170:234]  # 48×64: face and helmet edge
    b = data.coffee()[150:183, 220:261]  # 33×41, odd sizes
    from PIL import Image

    # the photo the severity-order test uses (astronaut, 128², Lanczos)
    mono = np.asarray(
        Image.fromarray(data.astronaut()).resize((128, 128), Image.Resampling.LANCZOS)
    )
    textures = {f"frost{i}": frost_texture(i) for i in range(5)}
    np.savez_compressed(path, image0=a, image1=b, mono=mono, **textures)


def run_reference(inputs: Path, out: Path) -> None:
    sys.path.insert(0, str(HERE.parents[1] / "benchmarks"))
    from imagecorruptions_compat import load

    ic = load()
    import cv2
    import skimage.util
    from imagecorruptions import corruptions as c

    arrays = dict(np.load(inputs))
    # cv2.imread(path) -> our texture for the reference's frost{i+1} file (BGR, as imread gives)
    c.cv2 = SimpleNamespace(**{k: getattr(cv2, k) for k in dir(cv2) if not k.startswith("__")})
    c.cv2.imread = lambda p: arrays[f"frost{int(Path(p).stem[-1]) - 1}"][..., ::-1].copy()
    random_noise = skimage.util.random_noise
    results = {}
    versions = {}
    for m in ("imagecorruptions", "numpy", "skimage", "scipy", "cv2", "PIL"):
        mod = __import__(m)
        versions[m] = getattr(mod, "__version__", "1.1.2" if m == "imagecorruptions" else "?")
    for t, name in enumerate(ic.get_corruption_names("all")):
        for severity in range(1, 6):
            for i in (0, 1):
                seed = seed_for(t, severity, i)
                np.random.seed(seed)
                skimage.util.random_noise = lambda *a, _s=seed, **k: random_noise(
                    *a, rng=np.random.default_rng(_s), **k
                )
                results[f"{name}/{severity}/{i}"] = ic.corrupt(
                    arrays[f"image{i}"], severity=severity, corruption_name=name
                )
        # mean absolute change per severity on the 128² photo, all with seed 0
        change = []
        for severity in range(1, 6):
            np.random.seed(0)
            skimage.util.random_noise = lambda *a, **k: random_noise(
                *a, rng=np.random.default_rng(0), **k
            )
            shifted = ic.corrupt(arrays["mono"], severity=severity, corruption_name=name)
            change.append(np.abs(shifted.astype(float) - arrays["mono"]).mean())
        results[f"change/{name}"] = np.array(change)
    results["image0"], results["image1"] = arrays["image0"], arrays["image1"]
    results["mono"] = arrays["mono"]
    results["versions"] = np.array(sorted(f"{k}={v}" for k, v in versions.items()))
    np.savez_compressed(out, **results)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref-python", help="python of the venv with imagecorruptions 1.1.2")
    ap.add_argument("--reference", nargs=2, metavar=("INPUTS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.reference:
        run_reference(Path(args.reference[0]), Path(args.reference[1]))
        return
    if not args.ref_python:
        ap.error("--ref-python is required")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.npz"
        make_inputs(inputs)
        cmd = [args.ref_python, __file__, "--reference", str(inputs), str(OUT)]
        subprocess.run(cmd, check=True)
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
