"""Train (and validate on every development set) the joined lower-case hashtag model.

``_pii_learned.tag_score`` decides whether a lower-case hashtag that no list splits
(``#liisamaesalu``, ``#orwenkastelby``) is a person's joined name, from features of each split
of the tag into two parts and of the whole tag (listed first/last name and its strength,
dictionary word, Zipf in English and 11 other languages, name-likeness, length). Training data
are **synthetic, built from package lists only** (no caption of any benchmark set):

* positives: first + last names from the name tables (Faker's Latin-script lists, every locale)
  and names invented by a character-trigram model of them, joined and lower-cased, with the
  true split;
* negatives: every split of words of 12 languages (wordfreq), of two such words joined
  ("streetfood", "diadellibre"), of Faker's city and street names of every Latin-script locale
  joined ("capecoast"), and of a place joined to a word ("kyotostreet").

Validation: the tags of every marked set in this folder (``pii_dev*``, ``pii_heldout<N>``; found
by glob, as ``train_pii_lower.marked_sets``) that the rules leave undecided: hashtag names found,
words changed in the no-PII captions and outside the names in the name captions, against the
rules alone (the model off). No set is used in training, so every set is left out.

    python benchmarks/train_pii_tag.py --validate     # the validation table
    python benchmarks/train_pii_tag.py --write        # train, write the weights

Deterministic (fixed seed; package lists only), so ``--write`` is the same on every run; the
marked sets do not enter training, so adding sets changes only the validation table.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from wordfreq import top_n_list

from trustbench.sanitize import _pii_learned as L
from trustbench.sanitize._pii_lookup import is_latin

sys.path.insert(0, str(Path(__file__).parent))
from train_pii_lower import (  # noqa: E402
    invent,
    name_pool,
    trigram_model,
    write_weights,
)
from train_pii_span import SETS, evaluate  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "sanitize" / "_pii_tag_weights.py"
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "id", "sv", "fi", "ca", "ms")
_ALPHA = re.compile(r"^[^\W\d_]+$")


def _joinable(w: str) -> bool:
    return bool(_ALPHA.match(w)) and is_latin(w)


def places() -> list[str]:
    """Faker's city and street names of every Latin-script locale, lower-cased and joined."""
    import faker.providers.address as address

    out = set()
    for mod in pkgutil.iter_modules(address.__path__):
        try:
            prov = importlib.import_module(f"{address.__name__}.{mod.name}").Provider
        except ImportError:  # pragma: no cover - depends on the Faker version
            continue
        for attr in ("cities", "city_names", "street_names", "states"):
            for name in getattr(prov, attr, ()):
                if not isinstance(name, str):
                    continue  # some locales list (abbreviation, name) pairs
                joined = re.sub(r"[\s'’.-]", "", name.lower())
                if _joinable(joined):
                    out.add(joined)
    return sorted(out)


def synthetic(rng: random.Random, n_pos: int = 12000, n_neg: int = 12000):
    """(tag, true split or None) pairs."""
    pools = name_pool(rng)
    inv_f = trigram_model([n for p in pools for n in p[0]])
    inv_l = trigram_model([n for p in pools for n in p[1]])
    pos = []
    while len(pos) < n_pos:
        if rng.random() < 0.3:
            a, b = invent(inv_f, rng), invent(inv_l, rng)
        else:
            first, last = rng.choice(pools)
            a, b = rng.choice(first).lower(), rng.choice(last).lower()
        if _joinable(a + b) and min(len(a), len(b)) >= L.TAG_MIN_PART:
            pos.append((a + b, len(a)))
    words = {lang: [w for w in top_n_list(lang, 30000)[100:] if _joinable(w) and len(w) > 2]
             for lang in LANGS}  # fmt: skip
    towns = places()
    neg = []
    while len(neg) < n_neg:
        r = rng.random()
        lang = rng.choice(LANGS)
        if r < 0.15:  # one word of some language ("vasaloppet", "encierro")
            tag = rng.choice([w for w in words[lang][:20000] if len(w) >= 6] or ["sunset"])
        elif r < 0.45:  # an English compound ("grandbazaar", "streetart")
            tag = "".join(rng.choice(words["en"][:10000]) for _ in range(2 + (rng.random() < 0.1)))
        elif r < 0.6:  # a compound of another language ("diadellibre")
            tag = "".join(rng.choice(words[lang][:10000]) for _ in range(2 + (rng.random() < 0.3)))
        elif r < 0.8:  # a place ("capecoast", "hiiumaa")
            tag = rng.choice(towns)
        else:  # a place and a word ("kyotostreet", "lahorewedding")
            tag = rng.choice(towns) + rng.choice(words["en"][:5000])
        if 2 * L.TAG_MIN_PART <= len(tag) <= 24:
            neg.append((tag, None))
    return pos + neg


def matrix(tags) -> tuple[csr_matrix, np.ndarray]:
    """Rows: the true split of each positive tag, and every split of each negative tag."""
    data, ind, ptr, y = [], [], [0], []
    for tag, split in tags:
        for i in [split] if split else L.tag_splits(tag):
            feats = L.tag_features(tag, i)
            ind += feats.keys()
            data += feats.values()
            ptr.append(len(ind))
            y.append(int(split is not None))
    return csr_matrix((data, ind, ptr), shape=(len(y), L.TAG_DIM)), np.array(y)


def train(seed: int = 8, c: float = 1.0):
    x, y = matrix(synthetic(random.Random(seed)))
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(x, y)
    return tuple(float(w) for w in clf.coef_[0]), float(clf.intercept_[0]), int(y.sum()), len(y)


def validate(threshold: float, show: bool = False, **kw) -> None:
    from train_pii_lower import report_left_out, report_totals

    w, b, pos, n = train(**kw)
    total: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for name in SETS:
        L.tag_override.append(None)
        rules = evaluate(name, form_of_interest="hashtag")
        L.tag_override[-1] = (w, b, threshold)
        learned = evaluate(name, show, "hashtag")
        L.tag_override.pop()
        print(f"== {name}")
        report_left_out(rules, learned, total)
    report_totals(total)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--validate", action="store_true", help="measure on every development set")
    ap.add_argument("--write", action="store_true", help="train, write the weights")
    ap.add_argument("--show", action="store_true", help="print misses and damage")
    ap.add_argument("--threshold", type=float, default=0.0, help="log-odds a tag must exceed")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularization strength")
    args = ap.parse_args(argv)
    if args.validate:
        validate(args.threshold, args.show, c=args.c)
    if args.write:
        write_weights(OUT, "joined-hashtag model (``_pii_learned.tag_score``)",
                      "train_pii_tag.py", ["package lists only"], train(c=args.c),
                      args.threshold, "splits")  # fmt: skip


if __name__ == "__main__":
    main()
