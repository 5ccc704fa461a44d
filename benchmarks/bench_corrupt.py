"""Corruption benchmark: corruptions/s per core for each of the 19 ImageNet-C types at 224² and
512², ours (``trustbench.synth.corrupt``) next to the reference ``imagecorruptions`` 1.1.2 in the
same run, and the whole 19 × 5 grid on one 224² image. Not a test; see README.md.

    python3 -m venv /tmp/ood-ref
    /tmp/ood-ref/bin/pip install "setuptools<81" imagecorruptions==1.1.2
    .venv/bin/python benchmarks/bench_corrupt.py --ref-python /tmp/ood-ref/bin/python

Input: scikit-learn's ``china.jpg`` (a real photo; not one the code or its tests were built
from), centre-cropped to 427×427 and resized (Lanczos) to 224² and 512². Every measurement runs
in a worker process pinned to the same single core with one BLAS/OpenMP thread (one worker for
ours, one for the reference); per type the two run alternately, best of three rounds, so that
load from other processes hits both alike. The reference runs through ``imagecorruptions_compat.py`` (it maps the two
names NumPy 2 / scikit-image removed, so its glass_blur, gaussian_blur and fog run at all).
Each type is timed over all five severities, repeated until ``--min-time`` seconds have passed
(at least one round), after one warm-up call. Our five frost textures are generated before
timing (once per process, ~0.2 s); the reference reads its frost photos on every call.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (224, 512)


def _pin() -> None:
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"


def make_inputs(folder: Path) -> dict[int, Path]:
    import numpy as np
    from PIL import Image
    from sklearn.datasets import load_sample_image

    photo = load_sample_image("china.jpg")
    h, w = photo.shape[:2]
    side = min(h, w)
    top, left = (h - side) // 2, (w - side) // 2
    square = Image.fromarray(photo[top : top + side, left : left + side])
    paths = {}
    for size in SIZES:
        paths[size] = folder / f"china-{size}.npy"
        np.save(paths[size], np.asarray(square.resize((size, size), Image.Resampling.LANCZOS)))
    return paths


def _corrupter(impl: str):
    """(names, call(image, name, severity, ladder)) for ``impl``: ours | ref."""
    import numpy as np

    if impl == "ours":
        from trustbench.synth.corrupt import CORRUPTIONS, corrupt, frost_texture

        for i in range(5):  # generated once per process; the reference's are files on disk
            frost_texture(i)
        return CORRUPTIONS, lambda image, name, s, ladder="imagenet-c": corrupt(
            image, name, s, seed=s, ladder=ladder
        )
    sys.path.insert(0, str(HERE))
    from imagecorruptions_compat import load

    ic = load()

    def call(image, name: str, severity: int, ladder: str = "imagenet-c") -> None:
        assert ladder == "imagenet-c"  # the reference has only the published parameters
        np.random.seed(severity)
        ic.corrupt(image, severity=severity, corruption_name=name)

    return tuple(ic.get_corruption_names("all")), call


def worker(impl: str) -> None:
    """Serve timing requests on stdin/stdout (one JSON line each) for ``impl``, pinned to one
    core: ``{"image": path, "name": type, "min_time": s}`` → corruptions/s over severities 1–5;
    ``{"image": path, "grid": true, "ladder": name}`` → seconds for one pass over the 19 × 5
    grid."""
    _pin()
    import numpy as np

    names, call = _corrupter(impl)
    print(json.dumps({"names": list(names)}), flush=True)
    images: dict[str, np.ndarray] = {}
    for line in sys.stdin:
        req = json.loads(line)
        image = images.setdefault(req["image"], np.load(req["image"]))
        if req.get("grid"):
            start = time.perf_counter()
            for name in names:
                for severity in range(1, 6):
                    call(image, name, severity, req["ladder"])
            print(json.dumps({"seconds": time.perf_counter() - start}), flush=True)
            continue
        call(image, req["name"], 1)  # warm-up
        calls, start = 0, time.perf_counter()
        while True:
            for severity in range(1, 6):
                call(image, req["name"], severity)
            calls += 5
            elapsed = time.perf_counter() - start
            if elapsed >= req["min_time"]:
                break
        print(json.dumps({"rate": calls / elapsed, "seconds": elapsed}), flush=True)


class _Worker:
    def __init__(self, python: str, impl: str):
        env = {**os.environ, "PYTHONPATH": ""}
        self.proc = subprocess.Popen([python, __file__, "--worker", impl], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
        self.names = self._read()["names"]

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker {self.proc.args} exited with {self.proc.wait()}")
        return json.loads(line)

    def ask(self, **req) -> dict:
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref-python", default="/tmp/ood-ref/bin/python",
                    help="python of the venv with imagecorruptions 1.1.2")  # fmt: skip
    ap.add_argument("--min-time", type=float, default=0.5, help="seconds per type and size")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--repeats", type=int, default=3, help="alternating rounds, best kept")
    ap.add_argument("--types", help="comma-separated types to time (default: all 19; "
                    "the 19 × 5 grid runs only with all)")  # fmt: skip
    ap.add_argument("--worker", choices=("ours", "ref"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker)
        return

    load_before = os.getloadavg()[0]
    results: dict[str, dict] = {str(s): {"ours": {}, "ref": {}} for s in SIZES}
    grid = {"ours": float("inf"), "ours-monotone": float("inf"), "ref": float("inf")}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = make_inputs(Path(tmp))
        workers = {"ours": _Worker(sys.executable, "ours"), "ref": _Worker(args.ref_python, "ref")}
        assert workers["ours"].names == workers["ref"].names
        types = args.types.split(",") if args.types else workers["ours"].names
        unknown = set(types) - set(workers["ours"].names)
        if unknown:
            raise SystemExit(f"unknown types: {', '.join(sorted(unknown))}")
        for size in SIZES:
            image = str(inputs[size])
            for name in types:
                # alternate ours/reference; best of `--repeats` (one when a round takes > 5 s)
                for _ in range(args.repeats):
                    slow = False
                    for impl, w in workers.items():
                        r = w.ask(image=image, name=name, min_time=args.min_time)
                        best = results[str(size)][impl]
                        best[name] = max(best.get(name, 0.0), r["rate"])
                        slow |= r["seconds"] > 5
                    if slow:
                        break
        runs = [("ours", "ours", "imagenet-c"), ("ours-monotone", "ours", "monotone"),
                ("ref", "ref", "imagenet-c")]  # fmt: skip
        for _ in range(3 if not args.types else 0):
            for key, impl, ladder in runs:
                r = workers[impl].ask(image=str(inputs[224]), grid=True, ladder=ladder)
                grid[key] = min(grid[key], r["seconds"])
        for w in workers.values():
            w.close()

    print(f"corruptions/s on one core (scikit-learn china.jpg; {os.cpu_count()} cores on the host; "
          f"1-min load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end)")  # fmt: skip
    head = "| type | " + " | ".join(f"ours {s}² | ref {s}² | × {s}²" for s in SIZES) + " |"
    print(head)
    print("|" + "---|" * (1 + 3 * len(SIZES)))
    slowest = {}
    for name in results["224"]["ours"]:
        cells = []
        for s in SIZES:
            o = results[str(s)]["ours"][name]
            r = results[str(s)]["ref"][name]
            slowest[(name, s)] = o / r
            cells += [f"{o:.1f}", f"{r:.2f}", f"{o / r:.1f}"]
        print(f"| {name} | " + " | ".join(cells) + " |")
    worst = min(slowest, key=slowest.get)
    print(f"smallest speed-up: {worst[0]} at {worst[1]}² ({slowest[worst]:.2f}×)")
    if not args.types:
        g_o, g_m, g_r = grid["ours"], grid["ours-monotone"], grid["ref"]
        print(f"19 × 5 grid on one 224² image: ours {g_o:.3f} s (monotone ladder {g_m:.3f} s), "
              f"reference {g_r:.2f} s ({g_r / g_o:.0f}×); glass_blur: "
              f"{slowest[('glass_blur', 224)]:.0f}× (224²), "
              f"{slowest[('glass_blur', 512)]:.0f}× (512²)")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps({"rates": results, "grid": grid}, indent=2) + "\n")


if __name__ == "__main__":
    main()
