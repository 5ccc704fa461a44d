"""Train (and validate leave-one-set-out) the token tagger of ``_pii_tokens``.

Every token of every marked caption set in this folder (``pii_heldout<N>.py``, ``pii_dev*.py``,
found by glob, sorted; name captions with their ``[[…]]`` spans and no-PII captions, as written)
is one example: positive when it overlaps a true person span. A logistic regression (L2, C=0.3,
no separate intercept: the "bias" feature) over crc32-hashed features (``_pii_tokens.features``)
is fitted on all of them; the non-zero weights are written to
``sanitize/_pii_token_weights.npz``. Deterministic (lbfgs, fixed order): ``--write`` gives the
same weights on every run over the same sets.

Validation (``--loso SET …``): for each named set, a model trained on every OTHER set is swapped
in and the whole detector (rules + tagger proposals through the rules' guards) is measured on
that set at several thresholds, beside the rules alone (tagger off): names found, no-PII words
changed (as written and upper-cased), words changed outside true names in name captions.

    python benchmarks/train_pii_tokens.py --loso pii_heldout19 pii_heldout18 --thresholds 0 0.5 1
    python benchmarks/train_pii_tokens.py --write
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import bench_pii as b  # noqa: E402

from trustbench.sanitize import _pii_tokens as T  # noqa: E402

OUT = HERE.parent / "sanitize" / "_pii_token_weights.npz"
AUGMENT = True


def marked_sets() -> dict[str, list[b.Caption]]:
    sets = {}
    for f in sorted([*HERE.glob("pii_heldout[0-9]*.py"), *HERE.glob("pii_dev*.py")]):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        if hasattr(mod, "CAPTIONS"):
            sets[f.stem] = b.marked_captions(mod.CAPTIONS)[0] + [b.Caption(t) for t in mod.NO_PII]
    return sets


def _cased_copies(caps: list[b.Caption]) -> list[b.Caption]:
    """Each caption as written, and ALL-CAPS and lower-case copies (headlines and chat are common
    in alt text; the copies keep the spans where casing keeps the length)."""
    out = list(caps)
    for c in caps:
        for text in (c.text.upper(), c.text.lower()):
            if text != c.text and len(text) == len(c.text):
                out.append(b.Caption(text, list(c.spans)))
    return out


def examples(caps: list[b.Caption]) -> tuple[list[list[int]], list[int]]:
    rows, ys = [], []
    for c in _cased_copies(caps) if AUGMENT else caps:
        toks = T.tokens(c.text)
        words = [c.text[s:e] for s, e in toks]
        case = T._case(c.text)
        for i, (s, e) in enumerate(toks):
            rows.append([T.bucket(f) for f in T.features(words, i, case)])
            ys.append(int(any(s < te and ts < e for ts, te, _ in c.spans)))
    return rows, ys


def fit(rows: list[list[int]], ys: list[int]) -> np.ndarray:
    indptr = np.cumsum([0, *map(len, rows)])
    x = csr_matrix((np.ones(indptr[-1], np.float32), np.concatenate(rows), indptr),
                   shape=(len(rows), T.DIM))  # fmt: skip
    x.sum_duplicates()
    clf = LogisticRegression(C=0.3, max_iter=3000, fit_intercept=False).fit(x, np.array(ys))
    return clf.coef_[0].astype(np.float32)


def measure(caps: list[b.Caption]) -> tuple[int, int, int, int, int, int]:
    from trustbench.sanitize.pii import PIIDetector

    det = PIIDetector()

    def run(cs):
        return [
            [(s.start, s.end, s.type) for s in sp] for sp in det.detect_many([c.text for c in cs])
        ]

    named = [c for c in caps if c.spans]
    nopii = [c for c in caps if not c.spans]
    pred = run(named)
    hit = sum(any(t == "PERSON" and s < te and ts < e for s, e, t in p)
              for c, p in zip(named, pred, strict=True) for ts, te, _ in c.spans)  # fmt: skip
    n = sum(len(c.spans) for c in named)
    dm = b.damage(nopii, run(nopii))
    up = [b.Caption(c.text.upper()) for c in nopii]
    return (hit, n, dm["words_changed"], dm["words"], b.damage(up, run(up))["words_changed"],
            b.damage(named, pred)["words_changed"])  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loso", nargs="*", default=[], help="sets to leave out, one at a time")
    ap.add_argument("--thresholds", nargs="*", type=float, default=[0.0, 0.5, 1.0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--no-augment", action="store_true", help="captions as written only")
    a = ap.parse_args()
    global AUGMENT
    AUGMENT = not a.no_augment
    sets = marked_sets()
    ex = {k: examples(v) for k, v in sets.items()}
    print(f"{len(sets)} sets, {sum(len(v[1]) for v in ex.values())} tokens")
    total: dict[str, list[int]] = {}
    for test in a.loso:
        rows = [r for k, (rs, _) in ex.items() if k != test for r in rs]
        ys = [y for k, (_, yy) in ex.items() if k != test for y in yy]
        w = fit(rows, ys)
        T.set_weights(np.zeros(T.DIM, np.float32) - 1e9)  # tagger off: the rules alone
        res = {"rules": measure(sets[test])}
        T.set_weights(w)
        for th in a.thresholds:
            T.THRESHOLD = th
            res[f"thr {th:g}"] = measure(sets[test])
        T.set_weights(None)
        for k, r in res.items():
            total[k] = [x + y for x, y in zip(total.get(k, [0] * 6), r, strict=True)]
            print(f"{test:22s} {k:9s} names {r[0]}/{r[1]}  no-PII {r[2]}/{r[3]}  upper {r[4]}  "
                  f"name captions {r[5]}", flush=True)  # fmt: skip
    for k, r in total.items():
        print(f"{'TOTAL':22s} {k:9s} names {r[0]}/{r[1]} ({r[0] / r[1]:.4f})  no-PII {r[2]}/{r[3]} "
              f"({r[2] / r[3]:.4f})  upper {r[4]}  name captions {r[5]}")  # fmt: skip
    if a.write:
        rows = [r for rs, _ in ex.values() for r in rs]
        w = fit(rows, [y for _, yy in ex.values() for y in yy])
        idx = np.flatnonzero(np.abs(w) > 1e-4).astype(np.int32)
        np.savez_compressed(OUT, index=idx, value=w[idx].astype(np.float32))
        print(f"wrote {OUT} ({len(idx)} weights)")


if __name__ == "__main__":
    main()
