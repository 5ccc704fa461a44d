"""Dedupe benchmark: pHash throughput per core vs imagededup, and near-duplicate search over
1,000,000 hashes (time, peak RSS, recall against brute force). Not a test; see README.md.

    python3 -m venv /tmp/bench-dedupe
    /tmp/bench-dedupe/bin/pip install -e .
    /tmp/bench-dedupe/bin/pip install --no-deps imagededup==0.3.3
    /tmp/bench-dedupe/bin/pip install numpy scipy pillow PyWavelets tqdm matplotlib scikit-learn psutil
    /tmp/bench-dedupe/bin/python benchmarks/bench_dedupe.py

imagededup 0.3.3 imports torch/torchvision in ``imagededup/methods/__init__.py`` and
``imagededup/utils/__init__.py`` (and no CPU torchvision matches torch 2.13), but its hashing needs
neither: this script registers those two packages as empty modules with the right ``__path__``
before importing ``imagededup.methods.hashing.PHash``. Hashing runs pinned to one core; the search
runs on two. Each measurement runs in its own subprocess so peak RSS is its own.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _pin(cores: int) -> None:
    os.sched_setaffinity(0, set(range(cores)))
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(cores)


def _vm_hwm_mb() -> float:
    """Peak RSS of this process since its exec (unlike ru_maxrss, not inherited from a parent)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


class _TreeRss:
    """Samples the RSS of this process plus its children (the search's worker processes) every
    20 ms; ``peak_mb`` is the largest sum seen."""

    def __init__(self) -> None:
        import threading

        import psutil

        self.proc = psutil.Process()
        self.peak = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            total = self.proc.memory_info().rss
            for child in self.proc.children(recursive=True):
                with contextlib.suppress(Exception):  # a worker that just exited
                    total += child.memory_info().rss
            self.peak = max(self.peak, total)
            self.stop.wait(0.02)

    def __enter__(self) -> _TreeRss:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()

    @property
    def peak_mb(self) -> float:
        return round(self.peak / 2**20, 1)


# -- corpus ------------------------------------------------------------------------------------


def make_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """``n`` web-like JPEGs (500x375, q85) cut from the sample's photos and scikit-learn's two
    photos with random crops, flips and colour changes."""
    import numpy as np
    import polars as pl
    from PIL import Image, ImageEnhance

    folder.mkdir(parents=True, exist_ok=True)
    files = sorted(folder.glob("*.jpg"))
    if len(files) >= n:
        return files[:n]
    sources: list[Image.Image] = []
    sample = pl.read_parquet(REPO / "data" / "sample" / "sample.parquet")
    for data in sample["jpg"].to_list():
        try:
            im = Image.open(io.BytesIO(data or b""))
            if im.width * im.height < 100_000_000:
                sources.append(im.convert("RGB"))
        except Exception:
            continue
    try:
        from sklearn.datasets import load_sample_images

        sources += [Image.fromarray(a) for a in load_sample_images().images]
    except Exception:
        pass
    rng = np.random.default_rng(seed)
    for i in range(n):
        src = sources[int(rng.integers(len(sources)))]
        w, h = src.size
        cw, ch = int(w * rng.uniform(0.6, 1.0)), int(h * rng.uniform(0.6, 1.0))
        x, y = int(rng.integers(0, w - cw + 1)), int(rng.integers(0, h - ch + 1))
        im = src.crop((x, y, x + cw, y + ch)).resize((500, 375), Image.Resampling.BILINEAR)
        if rng.random() < 0.5:
            im = im.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        im = ImageEnhance.Color(im).enhance(float(rng.uniform(0.6, 1.4)))
        im = ImageEnhance.Brightness(im).enhance(float(rng.uniform(0.8, 1.2)))
        im.save(folder / f"{i:06d}.jpg", "JPEG", quality=85)
    return sorted(folder.glob("*.jpg"))[:n]


# -- hashing -----------------------------------------------------------------------------------


def _import_imagededup_phash():
    import importlib.util
    import types

    spec = importlib.util.find_spec("imagededup")
    if spec is None or spec.origin is None:
        raise SystemExit("imagededup is not installed in this venv (see the module docstring)")
    root = Path(spec.origin).parent
    for sub in ("methods", "utils"):  # skip the package __init__s that import torch
        mod = types.ModuleType(f"imagededup.{sub}")
        mod.__path__ = [str(root / sub)]
        sys.modules[f"imagededup.{sub}"] = mod
    from imagededup.methods.hashing import PHash

    return PHash


def child_hash(files: list[str], tool: str) -> dict:
    _pin(1)
    t0, c0 = time.perf_counter(), time.process_time()
    hexes: list[str] = []
    if tool == "imagededup":
        phash = _import_imagededup_phash()()
        for f in files:  # encode_images() = this loop in worker processes; 1 core here
            hexes.append(phash.encode_image(image_file=f))
    else:
        from trustbench.sanitize.dedupe import hash_images, to_hex

        for s in range(0, len(files), 256):  # stream: one batch of bytes in memory at a time
            batch = [Path(f).read_bytes() for f in files[s : s + 256]]
            hexes += to_hex(hash_images(batch, "phash").hashes, 64)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    out = {
        "tool": tool,
        "images": len(files),
        "seconds": round(secs, 3),
        "cpu_seconds": round(cpu, 3),
    }
    out["images_per_s"] = round(len(files) / secs, 1)  # wall clock, pinned to one core
    out["images_per_cpu_s"] = round(len(files) / cpu, 1)  # robust to other load on the machine
    out["hashes"] = hexes
    out["peak_rss_mb"] = _vm_hwm_mb()
    out["torch_imported"] = "torch" in sys.modules
    return out


# -- search ------------------------------------------------------------------------------------


def _hashes(n: int, planted: int, d: int, seed: int):
    """``n`` random 64-bit hashes; the first ``2 * planted`` are pairs 1..d bits apart."""
    import numpy as np

    rng = np.random.default_rng(seed)
    h = rng.integers(0, 2**64 - 1, n, dtype=np.uint64, endpoint=True)
    for k in range(planted):
        flips = rng.choice(64, int(rng.integers(1, d + 1)), replace=False)
        mask = np.uint64(sum(1 << int(b) for b in flips))
        h[2 * k + 1] = h[2 * k] ^ mask
    return h


def child_search(n: int, d: int, planted: int, cores: int) -> dict:
    _pin(cores)
    from trustbench.sanitize.dedupe import find_near_duplicates

    h = _hashes(n, planted, d, seed=1)
    base = _vm_hwm_mb()
    t0 = time.perf_counter()
    with _TreeRss() as tree:
        pairs = find_near_duplicates(h, d)
    secs = time.perf_counter() - t0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    got = set(zip(pairs["i"].to_list(), pairs["j"].to_list(), strict=True))
    found = sum((2 * k, 2 * k + 1) in got for k in range(planted))
    out = {
        "hashes": n,
        "max_distance": d,
        "cores": cores,
        "seconds": round(secs, 2),
        "pairs": len(pairs),
        "planted_found": f"{found}/{planted}",
        "cpu_seconds_workers": round(kids.ru_utime + kids.ru_stime, 2),
        "hash_table_mb": round(h.nbytes / 2**20, 1),
        "peak_rss_before_search_mb": base,
        "peak_rss_main_mb": _vm_hwm_mb(),
        "peak_rss_tree_mb": tree.peak_mb,
    }
    return out


def child_recall(n: int, d: int, planted: int) -> dict:
    import numpy as np

    from trustbench.sanitize.dedupe import find_near_duplicates

    h = _hashes(1_000_000, planted, d, seed=1)[:n]  # the same hashes the search ran on
    pairs = find_near_duplicates(h, d, all_pairs=True)
    got = set(zip(pairs["i"].to_list(), pairs["j"].to_list(), strict=True))
    want: set[tuple[int, int]] = set()
    for s in range(0, n, 1000):  # brute force, blocked
        dist = np.bitwise_count(h[s : s + 1000, None] ^ h[None, :])
        i, j = np.nonzero(dist <= d)
        want |= {(a + s, b) for a, b in zip(i.tolist(), j.tolist(), strict=True) if b > a + s}
    recall = len(got & want) / len(want) if want else 1.0
    precision = len(got & want) / len(got) if got else 1.0
    return {
        "subset": n,
        "brute_force_pairs": len(want),
        "found": len(got),
        "recall": recall,
        "precision": precision,
    }


def _run_child(args: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--images", type=int, default=3000)
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/bench-dedupe-corpus"))
    ap.add_argument("--hashes", type=int, default=1_000_000)
    ap.add_argument("--max-distance", type=int, default=10)
    ap.add_argument("--planted", type=int, default=10_000)
    ap.add_argument("--recall-subset", type=int, default=20_000)
    ap.add_argument("--child", nargs="*")
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "hash":
            files = Path(rest[1]).read_text().split("\n")
            print(json.dumps(child_hash(files, rest[0])))
        elif kind == "search":
            print(json.dumps(child_search(*map(int, rest))))
        elif kind == "recall":
            print(json.dumps(child_recall(*map(int, rest))))
        return

    print(
        "imagededup: imported imagededup.methods.hashing.PHash with the torch-importing package "
        "__init__s of imagededup.methods / imagededup.utils bypassed (empty modules in "
        "sys.modules); its hashing needs neither torch nor torchvision."
    )
    files = make_corpus(args.corpus, args.images)
    listing = args.corpus / "files.txt"
    listing.write_text("\n".join(map(str, files)))
    small = args.corpus / "files-quarter.txt"
    small.write_text("\n".join(map(str, files[: len(files) // 4])))

    # 1. hashing throughput, one core each, same JPEGs
    theirs = _run_child(["hash", "imagededup", str(listing)])
    ours = _run_child(["hash", "trustbench", str(listing)])
    ours_quarter = _run_child(["hash", "trustbench", str(small)])
    import numpy as np

    a = np.array([int(x, 16) for x in ours.pop("hashes")], dtype=np.uint64)
    b = np.array([int(x, 16) for x in theirs.pop("hashes")], dtype=np.uint64)
    ours_quarter.pop("hashes")
    agree = np.bitwise_count(a ^ b)
    ratio = ours["images_per_cpu_s"] / theirs["images_per_cpu_s"]
    wall_ratio = ours["images_per_s"] / theirs["images_per_s"]
    print(json.dumps({"hashing": {"imagededup": theirs, "trustbench": ours}}, indent=1))
    print(
        f"pHash throughput per core: trustbench {ours['images_per_cpu_s']} img/CPU-s vs "
        f"imagededup {theirs['images_per_cpu_s']} img/CPU-s -> ratio {ratio:.2f}x (goal >= 5x); "
        f"wall clock on one pinned core: {ours['images_per_s']} vs {theirs['images_per_s']} img/s "
        f"-> {wall_ratio:.2f}x"
    )
    print(
        f"hash agreement with imagededup: mean {agree.mean():.2f} bits, "
        f"{(agree == 0).mean():.1%} identical, max {agree.max()}"
    )
    print(
        f"hashing peak RSS: {ours_quarter['peak_rss_mb']} MB for {ours_quarter['images']} images, "
        f"{ours['peak_rss_mb']} MB for {ours['images']} (streamed in batches of 256)"
    )

    # 2. near-duplicate search, two cores
    quarter = _run_child(
        ["search", str(args.hashes // 4), str(args.max_distance), str(args.planted), "2"]
    )
    full = _run_child(["search", str(args.hashes), str(args.max_distance), str(args.planted), "2"])
    print(json.dumps({"search": [quarter, full]}, indent=1))
    print(
        f"near-dup search: {full['hashes']:,} hashes, max_distance {full['max_distance']}, 2 cores: "
        f"{full['seconds']} s (goal < 30 s; {full['cpu_seconds_workers']} CPU-s in the workers), "
        f"{full['pairs']} pairs, planted found {full['planted_found']}; peak RSS of main + workers "
        f"{full['peak_rss_tree_mb']} MB (main alone {full['peak_rss_main_mb']} MB, hash table "
        f"{full['hash_table_mb']} MB); {quarter['hashes']:,} hashes: {quarter['seconds']} s, "
        f"{quarter['peak_rss_tree_mb']} MB"
    )

    # 3. recall against brute force on a subset
    rec = _run_child(["recall", str(args.recall_subset), str(args.max_distance), str(args.planted)])
    print(json.dumps({"recall": rec}))
    print(
        f"recall vs brute force on {rec['subset']:,} hashes: {rec['recall']:.4f} "
        f"(precision {rec['precision']:.4f}, {rec['brute_force_pairs']} pairs)"
    )


if __name__ == "__main__":
    main()
