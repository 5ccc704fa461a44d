"""Round eight of the PII work (Latin script): the span model reads where a person or a thing
stands (the word before, a verb with an object, a gerund compound, a pronoun later on), and a
third learned decision finds joined lower-case names in hashtags that no list splits
(``_pii_learned.tag_split``). Each example checks the result with the model switched off too,
so the model is what changes it; negatives show people kept and topic tags left alone."""

from __future__ import annotations

import math

import pytest

from trustbench.sanitize import _pii_learned, _pii_tag_weights, _pii_tokens
from trustbench.sanitize._pii_names import find_names, gazetteer
from trustbench.sanitize.pii import Pseudonymizer


def _names(text: str, switch: list | None = None) -> list[str]:
    if switch is None:
        return [text[h.start : h.end] for h in find_names(text)]
    switch.append(None)  # that model off (and the token tagger)
    try:
        with _pii_tokens.off():
            return [text[h.start : h.end] for h in find_names(text)]
    finally:
        switch.pop()


@pytest.mark.parametrize(
    "text",
    [
        "We met Ana Lopez near the hotel",
        "Kofi Mensah near the old harbour at dusk",
        "Maria Kowalska Grand Prix winner on the podium",
    ],
)
def test_people_before_a_preposition_stay_people(text):
    # round nine: the span model is trained without name-filled no-PII frames ("<a name> near
    # Seattle" taught it that any name before "near" is a place: 295 of 1,000 Faker names lost
    # in ten such frames); these are people for the rules and for the model
    assert _names(text, _pii_learned.span_override) == _names(text) != []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # frames the round-eight model must not take for things: a preposition or "on a …"
        # after the name (six other names per no-PII frame in training lost these)
        ("Jenna Ortiz on a broken upload", "Jenna Ortiz"),
        ("Adrienne Benoit with a child flying a kite", "Adrienne Benoit"),
        ("Giulia Ferri on a bike in Turin", "Giulia Ferri"),
        # a pronoun later on, a verb with an object
        ("Mirela Dascalu behind the counter at her bakery", "Mirela Dascalu"),
        ("Oskar Lind receives the community award", "Oskar Lind"),
    ],
)
def test_people_stay_names_round_eight(text, name):
    assert _names(text) == [name]


def test_span_context_features():
    gz = gazetteer()
    idx = _pii_learned._SPAN_INDEX
    f = _pii_learned.span_features("Mirela Dascalu behind the counter at her bakery", 0, 14, gz)
    assert f.get(idx["pron_after"]) == 1.0 and f.get(idx["next_prep"]) == 1.0
    g = _pii_learned.span_features("Tobias Brandt training ship at anchor", 0, 13, gz)
    assert g.get(idx["next_ing_noun"]) == 1.0 and idx["pron_after"] not in g
    h = _pii_learned.span_features("Oskar Lind receives the community award", 0, 10, gz)
    assert h.get(idx["next_s_det"]) == 1.0 and idx["next_ing_noun"] not in h


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("#liisamaesalu #tallinn #oldtown", "liisamaesalu"),  # held-out 5's miss
        ("raku firing night #annelinvaranthe #pottery", "annelinvaranthe"),
    ],
)
def test_joined_lower_case_hashtag_names(text, tag):
    assert _names(text, _pii_learned.tag_override) == []  # no list splits the tag
    assert _names(text) == [tag]


@pytest.mark.parametrize(
    "text",
    ["#grandbazaar #istanbul", "#streetart #berlin", "#vasaloppet #skiing", "#capecoast #ghana"],
)
def test_topic_hashtags_stay(text):
    assert _names(text) == []


def test_tag_model_scope_and_surrogate():
    assert len(_pii_tag_weights.WEIGHTS) == _pii_learned.TAG_DIM
    assert _pii_learned.tag_split("ивановапетрова") == (-math.inf, 0)  # Latin script only
    score, i = _pii_learned.tag_split("liisamaesalu")
    assert score > 0 and 3 <= i <= len("liisamaesalu") - 3
    _pii_learned.tag_override.append(None)
    try:
        assert _pii_learned.tag_score("liisamaesalu") == -math.inf
    finally:
        _pii_learned.tag_override.pop()
    key = b"round-eight-test-key-0123456789abcdef"
    out = Pseudonymizer(key).pseudonymize_texts(["#liisamaesalu #tallinn #oldtown"] * 2)
    assert out[0] == out[1]  # the same tag, the same surrogate
    tag, rest = out[0].split(" ", 1)
    assert rest == "#tallinn #oldtown" and tag.startswith("#") and tag.islower()
    assert "liisa" not in tag and "maesalu" not in tag
