"""Train (and validate leave-one-set-out) the "person vs thing named after a person" model.

The rules take some capitalized spans on weak evidence: no title, no credit, no possessive, no
person verb ("Arnold Palmer iced tea", "Christian Radich tall ship"). ``_pii_learned.span_score``
decides those with a logistic regression over what the span's tokens are (listed first/last
name and its strength, top-ranked name, dictionary word, Zipf, name-likeness), its position and
casing, and the words around it (hashed). Training data are **synthetic**, built from the
marked sets (every ``pii_dev*`` and ``pii_heldout<N>`` module in this folder, found by glob;
before round fourteen ``pii_dev4`` … ``pii_dev9``, ``pii_heldout3`` … ``pii_heldout8``, ``--sets
round9``):

* positives: the sets' name captions as written, and their frames filled with title-case names
  from Faker's Latin-script lists and invented ones (the same pools as ``train_pii_lower``);
* negatives: the rules' weak hits on every no-PII caption as written. Rounds seven and eight
  also put other names into those frames ("Arnold Palmer iced tea" → "Megan Kowalski iced
  tea", ``NEG_FILLS``); round nine sets that to 0: such a caption reads as a person to anyone,
  and the model learned that any name before "near", "beside" or "Grand Prix" was a thing
  (ten fresh frames × 1,000 Faker names: 295 missed, the rules alone 17; with 0 fills and the
  threshold at −2: 31), at the cost of more damage left out (46 → 67 of 3,386 words).

Validation: for each set, a model trained on the *other* sets is measured on that set's real
captions (names as written; no-PII words changed), against the rules alone.

    python benchmarks/train_pii_span.py --loso            # the validation table
    python benchmarks/train_pii_span.py --loso --compare  # … with a round-nine-list column
    python benchmarks/train_pii_span.py --write           # retrain on all sets, write weights

Deterministic (fixed seeds, fixed set order, crc32 hashing): ``--write`` gives the same weights
on every run over the same sets and rules.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

from sklearn.linear_model import LogisticRegression

from trustbench.sanitize import _pii_learned as L
from trustbench.sanitize._pii_names import find_names, gazetteer, weak_evidence

sys.path.insert(0, str(Path(__file__).parent))
from train_pii_lower import (  # noqa: E402
    _MARK,
    SETS,
    _words_changed,
    invent,
    latin_captions,
    matrix,
    name_pool,
    pick_sets,
    report_left_out,
    report_totals,
    trigram_model,
    unmark,
    write_weights,
)

# The set list this trainer used before round fourteen (``--sets round9``, for comparison).
ROUND9_SETS = ("dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "heldout3", "heldout4",
               "heldout5", "heldout6", "heldout7", "heldout8")  # fmt: skip
OUT = Path(__file__).resolve().parent.parent / "sanitize" / "_pii_span_weights.py"
NEG_FILLS = 0  # other names put in each no-PII frame (round nine: none, see the docstring)


def weak_hits(text: str) -> list[tuple[int, int]]:
    """The spans the rules alone take on weak evidence in ``text`` (the model's candidates)."""
    if not any(c.islower() for c in text):
        return []
    L.span_override.append(None)
    try:
        return [(h.start, h.end) for h in find_names(text) if weak_evidence(text, h)]
    finally:
        L.span_override.pop()


def rows(text: str, spans: list[tuple[int, int]]):
    gz = gazetteer()
    for s, e in weak_hits(text):
        yield L.span_features(text, s, e, gz), int(any(a < e and s < b for a, b in spans))


def synthetic(names: list[str], rng: random.Random, fills: int = 6, neg_fills: int = NEG_FILLS
              ) -> list[tuple[str, list]]:  # fmt: skip
    pools = name_pool(rng)
    inv_f = trigram_model([n for p in pools for n in p[0]])
    inv_l = trigram_model([n for p in pools for n in p[1]])

    def person(single: bool = False) -> str:
        if single:  # a frame that holds one name word keeps one ("Hanna and Gustav …")
            return rng.choice(rng.choice(pools)[0])
        if rng.random() < 0.2:
            return f"{invent(inv_f, rng)} {invent(inv_l, rng)}".title()
        first, last = rng.choice(pools)
        return f"{rng.choice(first)} {rng.choice(last)}"

    out = []
    for name in names:
        mod = SETS[name]
        for text, form in latin_captions(mod):
            out.append(unmark(text))
            if form not in ("title", "single", "particle"):
                continue
            frame = _MARK.split(text)
            for _ in range(fills):
                parts, spans = [], []
                for k, part in enumerate(frame):
                    if k % 2:
                        fill = person(" " not in part.strip())
                        start = sum(map(len, parts))
                        spans.append((start, start + len(fill)))
                        part = fill
                    parts.append(part)
                out.append(("".join(parts), spans))
        for cap in mod.NO_PII:
            out.append((cap, []))
            for s, e in weak_hits(cap):
                out += [(cap[:s] + person() + cap[e:], []) for _ in range(neg_fills)]
    return out


def train(names: list[str], seed: int = 7, c: float = 3.0, neg_weight: float = 1.0,
          neg_fills: int = NEG_FILLS):  # fmt: skip
    x, y = matrix(synthetic(names, random.Random(seed), neg_fills=neg_fills), rows, L.SPAN_DIM)
    clf = LogisticRegression(C=c, max_iter=3000, class_weight={0: neg_weight, 1: 1.0})
    clf.fit(x, y)
    return tuple(float(w) for w in clf.coef_[0]), float(clf.intercept_[0]), int(y.sum()), len(y)


def evaluate(name: str, show: bool = False, form_of_interest: str = "title"
             ) -> dict[str, tuple[int, int]]:  # fmt: skip
    """Names found (all, and those written in ``form_of_interest``) and words changed in set
    ``name`` with the weights in use."""
    mod = SETS[name]
    form_key = {"title": "title-case names"}.get(form_of_interest, f"{form_of_interest} names")
    res: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for text, _origin, form in mod.CAPTIONS:
        plain, spans = unmark(text)
        hits = find_names(plain)
        found = [any(h.start < b and a < h.end for h in hits) for a, b in spans]
        res["names as written"][0] += sum(found)
        res["names as written"][1] += len(spans)
        if form == form_of_interest:
            res[form_key][0] += sum(found)
            res[form_key][1] += len(spans)
        ch, tot = _words_changed(plain, spans, hits)
        res["name captions: other words changed"][0] += ch
        res["name captions: other words changed"][1] += tot
        if show and not all(found):
            print(f"  miss [{name}]: {plain!r}")
    for cap in mod.NO_PII:
        hits = find_names(cap)
        ch, tot = _words_changed(cap, [], hits)
        res["no-PII words changed"][0] += ch
        res["no-PII words changed"][1] += tot
        if show and hits:
            print(f"  damage [{name}]: {[cap[h.start : h.end] for h in hits]} in {cap!r}")
    return {k: tuple(v) for k, v in res.items()}


def loso(threshold: float, show: bool = False, sets: list[str] | None = None,
         base: list[str] | None = None, **kw) -> None:  # fmt: skip
    """For each set in ``sets``: a model trained on the other sets, against the rules alone and
    (with ``base``) against a model trained on the sets of ``base`` other than this one."""
    sets = sets or list(SETS)
    total: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    fits: dict[tuple, tuple] = {}

    def fit(names: list[str]) -> tuple:
        if tuple(names) not in fits:
            fits[tuple(names)] = train(names, **kw)
        return fits[tuple(names)]

    for name in sets:
        w, b, pos, n = fit([s for s in sets if s != name])
        L.span_override.append(None)
        rules = evaluate(name)
        old = None
        if base:
            bw, bb, _, _ = fit([s for s in base if s != name])
            L.span_override[-1] = (bw, bb, threshold)
            old = evaluate(name)
        L.span_override[-1] = (w, b, threshold)
        learned = evaluate(name, show)
        L.span_override.pop()
        print(f"== left out: {name} (trained on {n} spans, {pos} positive)")
        report_left_out(rules, learned, total, old)
    report_totals(total)


def write(threshold: float, sets: list[str], **kw) -> None:
    write_weights(OUT, "person-vs-eponym span model (``_pii_learned.span_score``)",
                  "train_pii_span.py", sets, train(sets, **kw), threshold, "spans")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loso", action="store_true", help="leave-one-set-out validation")
    ap.add_argument("--write", action="store_true", help="train on all sets, write the weights")
    ap.add_argument("--show", action="store_true", help="print left-out misses and damage")
    ap.add_argument("--threshold", type=float, default=-2.0, help="log-odds a person must exceed")
    ap.add_argument("--neg-weight", type=float, default=1.0, help="class weight of negatives")
    ap.add_argument("--sets", default="all",
                    help="'all' (every marked set in benchmarks/), 'round9' or a comma list")
    ap.add_argument("--compare", action="store_true",
                    help="--loso: add a column for the round-nine set list (ROUND9_SETS)")
    args = ap.parse_args(argv)
    sets = pick_sets(args.sets, ROUND9_SETS)
    base = list(ROUND9_SETS) if args.compare else None
    if args.loso:
        loso(args.threshold, args.show, sets, base, neg_weight=args.neg_weight)
    if args.write:
        write(args.threshold, sets, neg_weight=args.neg_weight)


if __name__ == "__main__":
    main()
