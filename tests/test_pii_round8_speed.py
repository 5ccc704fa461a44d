"""Round eight of the PII work (throughput): the speed mechanisms change no result.

The structured patterns are gated (a cheap search for what every match holds runs first); the
gated detector must find exactly what the ungated one finds, on every written form of every
type. Faker instances are shared by the surrogate generators of a thread; outputs must not depend
on which Pseudonymizer (or thread) drew before. Memoized helpers must give their function's value.
"""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest
from faker import Faker

from trustbench.sanitize import _pii_detect as det
from trustbench.sanitize._pii_learned import _word_indexed
from trustbench.sanitize._pii_lookup import name_likeness
from trustbench.sanitize._pii_names import _cased, _name_chain, gazetteer
from trustbench.sanitize.pii import Pseudonymizer

KEY = b"round-eight-key-0123456789abcdef"


def _structured_texts() -> list[str]:
    """Captions holding every structured type in the forms the detector knows, from seeded Faker
    values of several locales, plus the same captions lower- and upper-cased."""
    rng = random.Random(8)
    out = [
        "Atelier Hauptſtraße 5, 10115 Berlin",  # a long s: re.I folds it to "s"
        "ATELIER KÖNIGSALLEE 12, 40212 DÜSSELDORF", "Studio in der Bergstr. 7",
        "Gallery at 12 Hyde Park Road, Leeds LS6 2AB", "Open at Flat 3, 7 Mill Lane, Oxford OX1 2JD",
        "Herengracht 57, 1015 BS Amsterdam", "Rue du Bac 28, 75007 Paris", "12 rue de Rivoli",
        "Via Roma 12, Piano 3", "Corso Buenos Aires 33", "Calle de Alcalá 45", "Av. Reforma 12",
        "Unit 3956 Box 3114, DPO AP 13018", "USNV Gutierrez, FPO AE 63042",
        "SSN: 123456789", "social security number 078051120", "ssn 123-45-6789",
        "from 192.168.0.12 and 8.8.8.8", "see https://example.org/x or www.example.com",
        "IBAN DE89 3704 0044 0532 0130 00", "iban GB82WEST12345698765432",
    ]  # fmt: skip
    for i, loc in enumerate(("de_DE", "en_GB", "fr_FR", "it_IT", "es_ES", "nl_NL", "en_US")):
        fk = Faker(loc)
        fk.seed_instance(800 + i)
        for _ in range(25):
            value = rng.choice((fk.street_address, fk.address, fk.iban, fk.ipv4_public, fk.url,
                                fk.ssn, fk.phone_number, fk.uri))()  # fmt: skip
            out.append(f"Photo taken at {value.replace(chr(10), ', ')} in spring")
    us = Faker("en_US")
    us.seed_instance(808)
    out += [f"Mail to {us.military_apo()}" for _ in range(5)]
    out += [f"Ship {us.military_ship()} {us.last_name()}, FPO AE {us.postcode()}" for _ in range(5)]
    return out + [t.lower() for t in out] + [t.upper() for t in out]


def test_gated_patterns_find_exactly_what_the_ungated_ones_find(monkeypatch):
    texts = _structured_texts()
    gated = [det.detect(t) for t in texts]
    for rx in det._GATES:
        for t in texts:  # a gate never rejects a text its pattern matches
            if rx.search(t):
                assert det._may_match(rx, t), (rx.pattern[:40], t)
    monkeypatch.setattr(det, "_GATES", {})
    assert [det.detect(t) for t in texts] == gated
    found = {s.type for spans in gated for s in spans}
    assert {"ADDRESS", "IBAN", "US_SSN", "IP_ADDRESS", "URL"} <= found


def test_gates_reject_text_without_what_a_match_needs():
    assert not det._may_match(det._ADDR_DE, "a golden retriever on the beach, 4k")
    assert not det._may_match(det._URL, "Version 2.0 of the manual")
    assert not det._may_match(det._ADDR_UK, "Call 0113 496 0000")
    assert det._may_match(det._PHONE, "anything at all")  # ungated patterns always run


def test_surrogates_do_not_depend_on_other_pseudonymizers_or_threads():
    texts = ["Open house at 1600 Amphitheatre Parkway, Mountain View, CA 94043",
             "Gallery at 12 Hyde Park Road, Leeds LS6 2AB", "from 203.0.113.9 with love",
             "Atelier Bergstraße 7, 69120 Heidelberg", "Jessica Smith, born on 1990-04-12"]  # fmt: skip
    alone = Pseudonymizer(KEY).pseudonymize_texts(texts)
    Pseudonymizer(KEY).pseudonymize_texts(texts[::-1])  # another one draws first, in another order
    reversed_run = Pseudonymizer(KEY).pseudonymize_texts(texts[::-1])[::-1]
    assert reversed_run == alone
    with ThreadPoolExecutor(4) as pool:
        runs = list(pool.map(lambda _: Pseudonymizer(KEY).pseudonymize_texts(texts), range(8)))
    assert all(r == alone for r in runs)
    assert alone != texts and all(a != t for a, t in zip(alone, texts, strict=True))


@pytest.mark.parametrize("chain", [["Nguyen", "Van", "Minh"], ["Rose", "Hill"], ["Park", "Ji-hoon"],
                                   ["Stock"], ["Maria", "Lopez", "Garcia", "Ruiz"]])  # fmt: skip
def test_memoized_helpers_give_their_functions_values(chain):
    gz = gazetteer()
    assert _name_chain(chain, gz) == _name_chain.__wrapped__(chain, gz)
    assert _name_chain(list(chain), gz) == _name_chain(chain, gz)  # a new list, the same key
    for tok in chain:
        low = tok.lower()
        assert name_likeness(low) == name_likeness.__wrapped__(low)
        assert _cased(tok) == _cased.__wrapped__(tok)
        assert _word_indexed("a", low) == _word_indexed.__wrapped__("a", low)


def test_per_word_caches_are_bounded():
    # a corpus has no end of distinct words and numbers: every memo keyed on one must be bounded
    from trustbench.sanitize import _pii_detect, _pii_learned, _pii_lookup, _pii_names

    memos = [_pii_detect.phone_key, _pii_learned._zipf, _pii_learned._span_bucket,
             _pii_learned._tok_values, _pii_learned._tok_indexed, _pii_learned._word_indexed,
             _pii_learned._part_values, _pii_learned._tag_whole, _pii_lookup.name_likeness,
             _pii_names._term_zipf, _pii_names._cased]  # fmt: skip
    for fn in memos:
        assert fn.cache_info().maxsize is not None, fn.__name__
    _pii_detect.phone_key.cache_clear()
    for i in range(3):
        _pii_detect.phone_key(f"+1 415-555-01{i:02d}")
    assert _pii_detect.phone_key.cache_info().currsize == 3


def test_weights_of_another_layout_or_missing_are_an_error(monkeypatch):
    # never a silent fallback to the rules alone
    import sys
    import types

    from trustbench.sanitize import _pii_learned

    fake = types.ModuleType("trustbench.sanitize._pii_fake_weights")
    fake.WEIGHTS, fake.BIAS, fake.THRESHOLD = (0.0,) * 7, 0.0, 0.0
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    with pytest.raises(RuntimeError, match="7 weights.*needs 8: retrain"):
        _pii_learned._load("_pii_fake_weights", 8)
    assert _pii_learned._load("_pii_fake_weights", 7)[0] == (0.0,) * 7
    with pytest.raises(RuntimeError, match="missing from this installation"):
        _pii_learned._load("_pii_no_such_weights", 8)
