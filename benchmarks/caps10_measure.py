"""Round ten (ALL-CAPS) measurement: recall by set and form, no-PII damage, upper/lower damage,
and every name caption upper-cased. Usage: ``python caps10_measure.py OUT.json``."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pii_dev10_scripts  # noqa: E402
import pii_dev11_scripts  # noqa: E402
import pii_dev12_caps10  # noqa: E402
from bench_pii import Caption, _half, damage, handwritten_captions, marked_captions, name_scores  # noqa: E402
from pii_handwritten import NAMES_FRESH, NO_PII, NO_PII_FRESH  # noqa: E402

from trustbench.sanitize.pii import PIIDetector  # noqa: E402

DET = PIIDetector()


def run(caps):
    return [
        [(s.start, s.end, s.type) for s in spans]
        for spans in DET.detect_many([c.text for c in caps])
    ]


def main(out: str) -> None:
    sets = {f"heldout{k}": importlib.import_module(f"pii_heldout{k}") for k in range(3, 11)}
    sets |= {f"dev{k}": importlib.import_module(f"pii_dev{k}") for k in range(4, 10)}
    sets |= {"dev10": pii_dev10_scripts, "dev11": pii_dev11_scripts,
             "dev12A": _half(pii_dev12_caps10, 0), "dev12B": _half(pii_dev12_caps10, 1)}  # fmt: skip
    res, dump = {}, {}
    tot_hit = tot_n = tot_ch = tot_w = 0
    all_nopii, all_names = list(NO_PII) + list(NO_PII_FRESH), []
    for key, mod in sets.items():
        caps, meta = marked_captions(mod.CAPTIONS)
        nop = [Caption(t) for t in mod.NO_PII]
        pr, npr = run(caps), run(nop)
        sc = name_scores(key, caps, pr, meta)
        dm = damage(nop, npr)
        dn = damage(caps, pr)
        ov = sc[f"{key}_overall"]
        n = ov["support"]
        tot_n += n
        tot_hit += round(ov["recall"] * n)
        tot_ch += dm["words_changed"]
        tot_w += dm["words"]
        forms = {f: f"{v['recall']:.3f}/{v['support']}" for f, v in sc[f"{key}_by_form"].items()}
        res[key] = {"recall": round(ov["recall"], 4), "n": n, "forms": forms,
                    "nopii": f"{dm['words_changed']}/{dm['words']}",
                    "outside": f"{dn['words_changed']}/{dn['words']}"}  # fmt: skip
        dump[key] = {"names": [(c.text, c.spans, p) for c, p in zip(caps, pr, strict=True)],
                     "nopii": [(c.text, p) for c, p in zip(nop, npr, strict=True) if p]}  # fmt: skip
        if key not in ("dev12A", "dev12B"):
            all_nopii += list(mod.NO_PII)
            all_names += caps
        print(key, res[key], flush=True)
    hand, hmeta = handwritten_captions()
    fresh, fmeta = handwritten_captions(NAMES_FRESH)
    for key, caps, meta in (("hand", hand, hmeta), ("fresh", fresh, fmeta)):
        pr = run(caps)
        sc = name_scores(key, caps, pr, meta)
        res[key] = {"recall": round(sc[f"{key}_overall"]["recall"], 4),
                    "forms": {f: f"{v['recall']:.3f}" for f, v in sc[f"{key}_by_form"].items()}}  # fmt: skip
        print(key, res[key], flush=True)
    nop = [Caption(t) for t in NO_PII + NO_PII_FRESH]
    res["nopii_hand"] = damage(nop, run(nop))["words_changed"]
    res["all_sets"] = {"recall": f"{tot_hit}/{tot_n}", "nopii": f"{tot_ch}/{tot_w}"}
    for form, f in (("lower", str.lower), ("upper", str.upper)):
        cf = [Caption(f(t)) for t in all_nopii]
        pr = run(cf)
        d = damage(cf, pr)
        res[f"all_{form}"] = f"{d['words_changed']}/{d['words']}"
        dump[f"all_{form}"] = [(c.text, p) for c, p in zip(cf, pr, strict=True) if p]
    # every name caption of the sets upper-cased (where that keeps every offset)
    up = [Caption(c.text.upper(), c.spans) for c in all_names if len(c.text.upper()) == len(c.text)]
    pr = run(up)
    hit = sum(any(s < te and ts < e for s, e, _ in p) for c, p in zip(up, pr, strict=True)
              for ts, te, _ in c.spans)  # fmt: skip
    res["names_upper"] = f"{hit}/{sum(len(c.spans) for c in up)}"
    res["names_upper_outside"] = "{words_changed}/{words}".format(**damage(up, pr))
    dump["names_upper"] = [(c.text, c.spans, p) for c, p in zip(up, pr, strict=True)]
    for k in (
        "nopii_hand",
        "all_sets",
        "all_lower",
        "all_upper",
        "names_upper",
        "names_upper_outside",
    ):
        print(k, res[k])
    Path(out).write_text(json.dumps({"res": res, "dump": dump}, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main(sys.argv[1])
