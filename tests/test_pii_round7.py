"""Round seven of the PII work: a learned "person vs thing named after a person" decision for
capitalized spans the rules take on weak evidence (``_pii_learned.span_score``). Each example
checks the rules-alone result too, so the model is what changes it; negatives show the person
kept and strong evidence never second-guessed."""

from __future__ import annotations

import math

import pytest

from trustbench.sanitize import _pii_learned, _pii_span_weights
from trustbench.sanitize._pii_names import find_names, gazetteer, weak_evidence


def _names(text: str, learned: bool = True) -> list[str]:
    if not learned:
        _pii_learned.span_override.append(None)  # the rules alone
    try:
        return [text[h.start : h.end] for h in find_names(text)]
    finally:
        if not learned:
            _pii_learned.span_override.pop()


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Henrik Ibsen ferry leaving the harbour", "Henrik Ibsen"),
        ("Anna Berg mural on the station wall", "Anna Berg"),
        ("Marcus Webb tall ship at anchor", "Marcus Webb"),
    ],
)
def test_things_named_after_people_are_no_names(text, thing):
    assert _names(text, learned=False) == [thing]  # the rules take two listed names
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anna Berg in the garden with her dog", "Anna Berg"),
        ("Sofia Lindqvist on her sailing boat at dawn", "Sofia Lindqvist"),
        ("Peter Holm training ship under full sail", "Peter Holm"),  # kept: the model is cautious
    ],
)
def test_people_in_the_same_frames_stay_names(text, name):
    assert _names(text) == [name]


def test_strong_evidence_is_never_scored():
    text = "Henrik Ibsen ferry leaving the harbour, photo by Anna Berg"
    hits = find_names(text)
    assert [text[h.start : h.end] for h in hits] == ["Anna Berg"]
    assert not weak_evidence(text, hits[0])  # a credit vouches
    poss = "Henrik Ibsen's ferry leaving the harbour"
    assert not weak_evidence(poss, find_names(poss)[0])
    assert _names(poss) == ["Henrik Ibsen"]


def test_a_credit_before_the_capitalized_run_vouches():
    # the rules take "Yutong" alone ("He" is a pronoun); "photo by" before the run is a credit
    text = "photo by He Yutong | wildlife photography"
    hits = find_names(text)
    assert [text[h.start : h.end] for h in hits] == ["Yutong"]
    assert not weak_evidence(text, hits[0])
    bare = "He Yutong | wildlife photography"
    assert all(weak_evidence(bare, h) for h in find_names(bare))


def test_span_model_scope_and_weights():
    gz = gazetteer()
    assert len(_pii_span_weights.WEIGHTS) == _pii_learned.SPAN_DIM
    assert _pii_learned.span_score("Олена Ковальчук на виставці", 0, 15, gz) == math.inf
    # features are crc32-hashed: the same in every process, whatever PYTHONHASHSEED is
    a = _pii_learned.span_features("Marcus Webb tall ship", 0, 11, gz)
    assert a == _pii_learned.span_features("Marcus Webb tall ship", 0, 11, gz) and len(a) > 5
    _pii_learned.span_override.append(None)
    try:
        assert _pii_learned.span_score("Marcus Webb tall ship", 0, 11, gz) == math.inf
    finally:
        _pii_learned.span_override.pop()
