"""Round nine of the PII work: damage on things named after people. Two rules of
``_pii_names``: a name followed by capitalized dictionary words that end in a place or thing
word names that place (``_titled_place``), and a non-gendered honorific before a name and a
product noun makes a brand (``_brand_before_product``). Each example is checked with the span
model off too, so the rule (not the model) is what keeps the words; negatives keep people."""

from __future__ import annotations

import pytest

from trustbench.sanitize import _pii_learned
from trustbench.sanitize._pii_names import find_names
from trustbench.sanitize.pii import Pseudonymizer


def _names(text: str, model: bool = True) -> list[str]:
    if not model:
        _pii_learned.span_override.append(None)
    try:
        return [text[h.start : h.end] for h in find_names(text)]
    finally:
        if not model:
            _pii_learned.span_override.pop()


@pytest.mark.parametrize(
    "text",
    [
        "Sheikh Zayed Grand Mosque white domes under a blue sky",  # held-out 8
        "Indira Gandhi International Airport at night, arrivals hall",
        "Queue outside the Ana Lopez Central Station entrance",
    ],
)
def test_name_before_capitalized_place_words_is_a_place(text):
    assert _names(text, model=False) == []
    assert _names(text) == []
    assert Pseudonymizer(key=b"k" * 32).pseudonymize(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We met Ana Lopez near the Grand Hotel", "Ana Lopez"),  # a word between: a person
        ("Maria Kowalska Grand Prix winner on the podium", "Maria Kowalska"),  # no place word
        ("Photo by Ana Lopez, Grand Hotel lobby", "Ana Lopez"),  # punctuation ends the phrase
    ],
)
def test_people_next_to_capitalized_words_are_kept(text, name):
    assert name in _names(text, model=False)  # the new rule keeps them (the span model decides)


def test_honorific_before_brand_and_product_noun_is_a_brand():
    text = "Captain Morgan rum and cola at the beach bar"  # held-out 8
    assert _names(text, model=False) == []
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mrs. Kowalska coffee break in the garden", "Kowalska"),  # a gendered title vouches
        ("Captain Morgan Jones on the bridge of the ferry", "Morgan Jones"),  # no product noun
        ("Dr. Oetker pizza", "Oetker"),  # "Dr." is a title for a person (known damage, kept)
    ],
)
def test_titles_still_vouch_for_people(text, name):
    assert name in _names(text, model=False)
