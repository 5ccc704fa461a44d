"""Worker process of the parallel Hamming search: ``python .../_search_worker.py TASK.json``
probes its share of every band's masks and writes the verified pairs next to the task.

Run as a plain script that loads ``_hamming_search.py`` (numpy only) by path: importing it as
``trustbench.sanitize._hamming_search`` would run the package ``__init__`` and load polars and
scipy into every worker (a second of start-up and ~100 MB of RSS each) for nothing.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys

import numpy as np


def _search_module():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_hamming_search.py")
    spec = importlib.util.spec_from_file_location("_trustbench_hamming_search", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def main(path: str) -> None:
    hs = _search_module()
    with open(path) as f:
        spec = json.load(f)
    iw = np.load(os.path.join(spec["dir"], "index.npy"))
    qw = np.load(os.path.join(spec["dir"], "queries.npy")) if spec["queries"] else None
    parts = []
    for offset, width, masks in spec["jobs"]:
        if masks:
            band = hs._Band(iw, qw, offset, width)
            parts.append(band.probe(masks, spec["d"]))
            del band  # one band's tables at a time
    a, b, d = hs._concat(*([p[i] for p in parts if len(p[i])] for i in range(3)))
    np.savez(os.path.join(spec["dir"], f"out{spec['k']}.npz"), a=a, b=b, d=d)


if __name__ == "__main__":
    main(sys.argv[1])
