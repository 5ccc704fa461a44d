"""Output-equivalence digest of the pseudonymizer over every benchmark caption set.

A speed change must not change any output. This script runs the detector (``detect``), the name
finder (``find_names``) and ``Pseudonymizer.pseudonymize_texts`` (replace, fixed key, with and
without ``avoid_originals``) over every caption of every benchmark set — the development and
held-out sets ``pii_dev4``–``pii_dev9`` and ``pii_heldout3``–``pii_heldout7``, the hand-written
and fresh sets of ``pii_handwritten`` (rendered in every template as ``bench_pii`` does), every
no-PII set as written, lower-cased and upper-cased, and ``bench_pii``'s Faker-generated set —
and prints one SHA-256 digest per set plus a total. Run it before and after a change; the
digests must be identical. ``--scores`` adds a digest of every learned-model score (rounded to
1e-9), which catches changed feature values that happen not to flip a decision.

    python benchmarks/pii_equivalence.py --json out/pii_equiv.json
    python benchmarks/pii_equivalence.py --check out/pii_equiv.json   # exit 1 on any difference
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bench_pii  # noqa: E402
import pii_dev4  # noqa: E402
import pii_dev5  # noqa: E402
import pii_dev6  # noqa: E402
import pii_dev7  # noqa: E402
import pii_dev8  # noqa: E402
import pii_dev9  # noqa: E402
import pii_handwritten  # noqa: E402
import pii_heldout3  # noqa: E402
import pii_heldout4  # noqa: E402
import pii_heldout5  # noqa: E402
import pii_heldout6  # noqa: E402
import pii_heldout7  # noqa: E402

from trustbench.sanitize import _pii_learned, _pii_names  # noqa: E402
from trustbench.sanitize._pii_detect import detect  # noqa: E402
from trustbench.sanitize._pii_names import find_names  # noqa: E402
from trustbench.sanitize.pii import PIIDetector, Pseudonymizer  # noqa: E402

KEY = b"equivalence-key-not-secret-0123456789"
_MARKED = (pii_dev4, pii_dev5, pii_dev6, pii_dev7, pii_dev8, pii_dev9, pii_heldout3, pii_heldout4,
           pii_heldout5, pii_heldout6, pii_heldout7)  # fmt: skip


def caption_sets(n_faker: int = 2000) -> dict[str, list[str]]:
    """Every benchmark caption set, by name (texts only)."""
    sets: dict[str, list[str]] = {}
    for mod in _MARKED:
        key = mod.__name__
        sets[f"{key}.names"] = [c.text for c in bench_pii.marked_captions(mod.CAPTIONS)[0]]
        sets[f"{key}.no_pii"] = list(mod.NO_PII)
    sets["handwritten.names"] = [c.text for c in bench_pii.handwritten_captions()[0]]
    sets["handwritten.fresh"] = [
        c.text for c in bench_pii.handwritten_captions(pii_handwritten.NAMES_FRESH)[0]]
    sets["handwritten.no_pii"] = list(pii_handwritten.NO_PII)
    sets["handwritten.no_pii_fresh"] = list(pii_handwritten.NO_PII_FRESH)
    sets["handwritten.public_figures"] = list(pii_handwritten.PUBLIC_FIGURES_FRESH)
    sets["faker"] = [c.text for c in bench_pii.make_captions(n_faker)]
    no_pii = [t for k, v in sets.items() if k.endswith(("no_pii", "no_pii_fresh")) for t in v]
    sets["all_no_pii.lower"] = [t.lower() for t in no_pii]
    sets["all_no_pii.upper"] = [t.upper() for t in no_pii]
    names = [t for k, v in sets.items() if k.endswith(("names", "fresh")) for t in v]
    sets["all_names.lower"] = [t.lower() for t in names]
    sets["all_names.upper"] = [t.upper() for t in names]
    return sets


def _digest(rows) -> str:
    h = hashlib.sha256()
    for row in rows:
        h.update(json.dumps(row, ensure_ascii=False).encode())
        h.update(b"\n")
    return h.hexdigest()


def set_digests(texts: list[str], det: PIIDetector) -> dict[str, str]:
    """Digests of names, spans and pseudonymized outputs of one caption set."""
    names = [[(h.start, h.end, h.gender, h.locale, h.has_first, h.form) for h in find_names(t)]
             for t in texts]  # fmt: skip
    spans = [[(s.start, s.end, s.type, s.text, s.gender, s.locale, s.has_first, s.form)
              for s in detect(t)] for t in texts]  # fmt: skip
    p = Pseudonymizer(KEY, detector=det)
    plain = p.pseudonymize_texts(texts)
    q = Pseudonymizer(KEY, detector=det)
    avoid = q.pseudonymize_texts(texts, avoid_originals=True)
    return {"names": _digest(names), "spans": _digest(spans), "replace": _digest(plain),
            "replace_avoid": _digest(avoid), "counts": _digest(sorted(q.counts.items()))}  # fmt: skip


def _recording(scores: list):
    """Wrap the two learned scores so that every call and its value is recorded."""
    pair, span = _pii_names.pair_score, _pii_names.span_score

    def pair_rec(text, s1, e1, s2, e2, gz):
        v = pair(text, s1, e1, s2, e2, gz)
        scores.append(("pair", text, s1, e1, s2, e2, round(v, 9) if abs(v) != float("inf") else str(v)))
        return v

    def span_rec(text, s, e, gz):
        v = span(text, s, e, gz)
        scores.append(("span", text, s, e, round(v, 9) if abs(v) != float("inf") else str(v)))
        return v

    return pair_rec, span_rec


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", help="write the digests to this file")
    ap.add_argument("--check", help="compare with the digests in this file; exit 1 on a difference")
    ap.add_argument("--scores", action="store_true", help="also digest every learned-model score")
    args = ap.parse_args(argv)
    det = PIIDetector()
    sets = caption_sets()
    out: dict = {"captions": sum(map(len, sets.values())), "sets": {}}
    scores: list = []
    if args.scores:
        _pii_names.pair_score, _pii_names.span_score = _recording(scores)
    try:
        for name, texts in sets.items():
            out["sets"][name] = set_digests(texts, det)
    finally:
        _pii_names.pair_score, _pii_names.span_score = _pii_learned.pair_score, _pii_learned.span_score
    if args.scores:
        out["scores"] = {"calls": len(scores), "digest": _digest(scores)}
    out["total"] = _digest(sorted((k, sorted(v.items())) for k, v in out["sets"].items()))
    print(f"{out['captions']} captions in {len(sets)} sets; total digest {out['total']}")
    if args.scores:
        print(f"learned scores: {out['scores']['calls']} calls, digest {out['scores']['digest']}")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(out, indent=1))
    if args.check:
        ref = json.loads(Path(args.check).read_text())
        bad = [(s, k) for s, d in ref["sets"].items() for k, v in d.items()
               if out["sets"].get(s, {}).get(k) != v]  # fmt: skip
        if args.scores and "scores" in ref and ref["scores"] != out["scores"]:
            bad.append(("scores", "learned"))
        for s, k in bad:
            print(f"DIFFERENT: {s} {k}")
        print("identical" if not bad else f"{len(bad)} digests differ")
        if bad:
            sys.exit(1)
    return out


if __name__ == "__main__":
    main()
