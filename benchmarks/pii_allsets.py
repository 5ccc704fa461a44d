"""Every marked PII set at once: names found, no-PII words changed (as written and upper-cased)
and words changed outside true names in name captions, per set and in total (trustbench only).

The lead's check after merging several tuners' branches: the merged code must be no worse than
each branch on any set. Sets: every ``pii_heldout*.py`` and ``pii_dev*.py`` in this folder.

    python benchmarks/pii_allsets.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import bench_pii as b  # noqa: E402

from trustbench.sanitize.pii import PIIDetector  # noqa: E402


def main() -> None:
    det = PIIDetector()

    def run(caps: list[b.Caption]) -> list:
        return [
            [(s.start, s.end, s.type) for s in spans]
            for spans in det.detect_many([c.text for c in caps])
        ]

    total = [0] * 6
    for f in sorted([*HERE.glob("pii_heldout[0-9]*.py"), *HERE.glob("pii_dev*.py")]):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        if not hasattr(mod, "CAPTIONS"):
            continue
        caps, meta = b.marked_captions(mod.CAPTIONS)
        nopii = [b.Caption(t) for t in mod.NO_PII]
        upper = [b.Caption(t.upper()) for t in mod.NO_PII]
        pred = run(caps)
        sc = b.name_scores("x", caps, pred, meta)["x_overall"]
        dm = b.damage(nopii, run(nopii))
        row = (round(sc["recall"] * sc["support"]), sc["support"], dm["words_changed"], dm["words"],
               b.damage(upper, run(upper))["words_changed"], b.damage(caps, pred)["words_changed"])  # fmt: skip
        total = [t + v for t, v in zip(total, row, strict=True)]
        print(f"{f.stem:24s} names {row[0]}/{row[1]}  no-PII {row[2]}/{row[3]}  no-PII upper-cased "
              f"{row[4]}  name captions {row[5]}")  # fmt: skip
    print(f"TOTAL names {total[0]}/{total[1]} ({total[0] / total[1]:.4f})  no-PII {total[2]}/{total[3]} "
          f"({total[2] / total[3]:.4f})  upper-cased {total[4]}  name captions {total[5]}")  # fmt: skip


if __name__ == "__main__":
    main()
