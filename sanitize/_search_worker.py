"""Worker process of the parallel Hamming search: ``python -m trustbench.sanitize._search_worker
TASK.json`` probes its share of every band's masks and writes the verified pairs next to the task.

A module of its own (not ``_hamming_search``), so that ``-m`` does not re-run a module the
package ``__init__`` has already imported.
"""

from __future__ import annotations

import json
import os
import sys

import numpy as np

from trustbench.sanitize._hamming_search import _Band, _concat


def main(path: str) -> None:
    with open(path) as f:
        spec = json.load(f)
    iw = np.load(os.path.join(spec["dir"], "index.npy"))
    qw = np.load(os.path.join(spec["dir"], "queries.npy")) if spec["queries"] else None
    parts = []
    for offset, width, masks in spec["jobs"]:
        if masks:
            band = _Band(iw, qw, offset, width)
            parts.append(band.probe(masks, spec["d"]))
            del band  # one band's tables at a time
    a, b, d = _concat(*([p[i] for p in parts if len(p[i])] for i in range(3)))
    np.savez(os.path.join(spec["dir"], f"out{spec['k']}.npz"), a=a, b=b, d=d)


if __name__ == "__main__":
    main(sys.argv[1])
