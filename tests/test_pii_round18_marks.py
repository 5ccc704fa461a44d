"""Names written with Arabic harakat or Hebrew niqqud are found and replaced like unmarked ones."""

from __future__ import annotations

import pytest

from trustbench.sanitize.pii import PIIDetector, Pseudonymizer

KEY = b"round-eighteen-marks-key-0123456789"


@pytest.mark.parametrize(
    ("marked", "plain", "name"),
    [
        ("صورة مُحَمَّد عَلِيّ في الحديقة", "صورة محمد علي في الحديقة", "مُحَمَّد عَلِيّ"),
        ("Photo by أحمد تمّام", "Photo by أحمد تمام", "أحمد تمّام"),
        ("צילום: יוֹסֵף כֹּהֵן בַּגַּן", "צילום: יוסף כהן בגן", "יוֹסֵף כֹּהֵן"),
    ],
)
def test_marked_names_found_whole_and_replaced_as_unmarked(marked: str, plain: str, name: str) -> None:
    det = PIIDetector()
    spans = det.detect(marked)
    assert [(s.type, s.text) for s in spans] == [("PERSON", name)]
    assert marked[spans[0].start : spans[0].end] == name
    p = Pseudonymizer(KEY, detector=det)
    out, out_plain = p.pseudonymize(marked), p.pseudonymize(plain)
    assert name not in out
    # the same person, with or without marks, gets the same surrogate
    prefix = marked[: spans[0].start]
    assert plain.startswith(prefix)
    assert out[len(prefix) :].split()[:2] == out_plain[len(prefix) :].split()[:2]
