"""Round six of the PII work: a learned decision for lower-case name pairs that the hand rules
leave undecided (``trustbench.sanitize._pii_learned``). One real example per mechanism, each with
a negative one; the rules-alone result is checked too, so the model is what finds the name."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from trustbench.sanitize import _pii_learned, _pii_lower_weights, _pii_tokens
from trustbench.sanitize.pii import Pseudonymizer, detect_pii

KEY = b"round-six-key-0123456789abcdefgh"


def _names(text: str, learned: bool = True) -> list[str]:
    if learned:
        return [s.text for s in detect_pii(text) if s.type == "PERSON"]
    _pii_learned.override.append(None)  # the rules alone (and no token tagger)
    try:
        with _pii_tokens.off():
            return [s.text for s in detect_pii(text) if s.type == "PERSON"]
    finally:
        _pii_learned.override.pop()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("so lucky to have abebe kebede as a neighbour", "abebe kebede"),  # no rule places it
        ("birthday cake baked by my aunt sefa tuilagi", "sefa tuilagi"),
        ("road trip w/ milan horvat through istria", "milan horvat"),  # round five's regression
    ],
)
def test_learned_model_finds_lower_case_names_the_rules_miss(text, name):
    assert _names(text, learned=False) == []
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "chicken tikka masala and naan",  # two foreign dish words, both graded as name parts
        "sunset over lake bled, slovenia",
        "lomi lomi massage on the beach",  # reduplicated words are things, for rules and model
        "the 2019 charity gala",  # dictionary words that are also first names
    ],
)
def test_learned_model_leaves_things_alone(text):
    assert _names(text) == []


def test_learned_name_is_replaced_whole():
    out = Pseudonymizer(key=KEY).pseudonymize_texts(["so lucky to have abebe kebede as a neighbour"])[0]
    assert "abebe" not in out and "kebede" not in out
    assert out.startswith("so lucky to have ") and out.endswith(" as a neighbour")


def test_weights_match_the_feature_layout():
    assert len(_pii_lower_weights.WEIGHTS) == _pii_learned.DIM
    assert _pii_learned._model() is not None


def test_features_do_not_depend_on_the_hash_seed():
    """Context words are hashed with crc32, not Python's salted ``hash``."""
    code = ("from trustbench.sanitize._pii_learned import pair_features;"
            "from trustbench.sanitize._pii_names import gazetteer;"
            "t='so lucky to have abebe kebede as a neighbour';"
            "print(sorted(pair_features(t, 17, 22, 23, 29, gazetteer()).items()))")  # fmt: skip
    outs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout  # fmt: skip
        for seed in ("1", "2")
    }
    assert len(outs) == 1 and outs.pop().startswith("[(")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an ALL-CAPS headline is read lower-cased by the same model
        ("TAUFA VAIPULU — LIVE AT THE HARBOUR", ["TAUFA VAIPULU"]),
        ("TIKKA MASALA NIGHT AT THE CURRY HOUSE", []),
        ("NEW YEAR FIREWORKS OVER SYDNEY HARBOUR", []),
    ],
)
def test_learned_model_reads_all_caps_headlines(text, names):
    assert _names(text, learned=False) == []
    assert _names(text) == names
