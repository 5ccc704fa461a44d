"""Round eighteen's speed work changes no output: repeated captions, pooled address surrogates."""

from __future__ import annotations

import re

from trustbench.sanitize.pii import PIIDetector, Pseudonymizer

KEY = b"round-eighteen-test-key-0123456789"


def test_repeated_captions_read_once_give_the_same_output_and_counts() -> None:
    texts = ["Photo by Amaka Eze", "sunset over the lake", "Photo by Amaka Eze",
             "Call (415) 555-0199", None, "Photo by Amaka Eze"]  # fmt: skip
    det = PIIDetector()
    batch = det.detect_many(texts)
    one_by_one = [det.detect(t) if t else [] for t in texts]
    assert batch == one_by_one
    assert batch[0] is not batch[2]  # each row has its own list: editing one edits no other
    p = Pseudonymizer(KEY, detector=det)
    out = p.pseudonymize_texts(texts)
    assert out[0] == out[2] == out[5] and "Amaka" not in out[0]
    assert p.counts["PERSON"] == 3 and p.counts["PHONE"] == 1
    single = Pseudonymizer(KEY, detector=det)
    assert [single.pseudonymize(t) for t in texts] == out


def test_address_surrogates_keyed_consistent_and_shaped() -> None:
    caps = ["Open house at 742 Evergreen Terrace, Springfield, OR 97403 this Sunday",
            "Open house at 1600 Pennsylvania Avenue, Washington, DC 20500 this Sunday",
            "Studio: Bergstraße 7, 69120 Heidelberg"]  # fmt: skip
    a = Pseudonymizer(KEY).pseudonymize_texts(caps + caps[:1])
    assert a[0] == a[3]  # the same address, the same surrogate
    assert a[0] != a[1]  # two addresses, two surrogates
    assert "Evergreen" not in a[0] and "97403" not in a[0] and "69120" not in a[2]
    assert re.search(r", [A-Z]{2} \d{5} this Sunday$", a[0])  # the US tail keeps its shape
    b = Pseudonymizer(b"another-key-entirely-0123456789abcd").pseudonymize_texts(caps)
    assert b[0] != a[0]  # another key, another surrogate


def test_no_surrogate_token_repeats_another_token_of_the_same_name() -> None:
    # given names that are also surnames: a draw for one token may land on the other one (with
    # this key, without the redraw, 10 of these 1,560 pairs did: "أحمد حسين" → "حسين …")
    from trustbench.sanitize._pii_detect import PIISpan
    from trustbench.sanitize._pii_names import gazetteer
    from trustbench.sanitize._pii_surrogate import Surrogates

    words = list(gazetteer().pools[("ar_AA", "M")])[:40]
    names = [f"{a} {b}" for a in words for b in words if a != b]

    def spans(ns: list[str]) -> list[PIISpan]:
        return [PIISpan(0, len(n), "PERSON", n, "M", "ar_AA", True) for n in ns]

    out = [Surrogates(KEY)(sp) for sp in spans(names)]
    for name, got in zip(names, out, strict=True):
        assert not {w.casefold() for w in got.split()} & {w.casefold() for w in name.split()}, (name, got)
    # order-free: the same names in reverse order get the same surrogates
    rev = Surrogates(KEY)
    assert [rev(sp) for sp in spans(names[::-1])][::-1] == out


def test_ner_backend_reads_a_repeated_caption_once() -> None:
    class CountingNER:  # stands in for the model: finds "Quillan Odetharo", counts the captions
        def __init__(self) -> None:
            self.seen: list[str] = []

        def find(self, texts: list[str]) -> list[list[tuple[int, int]]]:
            self.seen += texts
            return [[(t.find("Quillan"), t.find("Quillan") + 16)] if "Quillan" in t else []
                    for t in texts]  # fmt: skip

    det = PIIDetector(entities=["PERSON"])
    det._ner, det.ner_on = CountingNER(), "all"
    texts = ["met quillan at dusk, Quillan Odetharo", "a lake", "met quillan at dusk, Quillan Odetharo"]
    spans = det.detect_many(texts)
    assert det._ner.seen == texts[:2] and det.ner_calls == 2
    assert [s.text for s in spans[0]] == [s.text for s in spans[2]]
    assert "Quillan Odetharo" in [s.text for s in spans[2]]
