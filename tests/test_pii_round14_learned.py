"""Round fourteen of the PII work: the learned lower-case name-pair model retrained on every
marked set (``benchmarks/train_pii_lower.py --write``). Captions the new weights decide better
than the round-nine ones, and lower-case persons they must keep."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an Indonesian greeting is no name pair (the round-nine weights took "selamat ulang")
        ("selamat ulang tahun ya kak", []),
        ("selamat ulang tahun dewi kartika", ["dewi kartika"]),
        # lower-case persons stay found
        ("cooking class with marek dvorak in brno last weekend", ["marek dvorak"]),
        ("our neighbour olufemi adeyemi fixed the fence today", ["olufemi adeyemi"]),
        # trap: a lower-case caption with no person
        ("sunset over the harbour from the old lighthouse", []),
    ],
)
def test_round14_learned(text: str, names: list[str]) -> None:
    assert _names(text) == names
