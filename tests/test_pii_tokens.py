"""The learned token tagger (``_pii_tokens``): tokens, decomposed scores, proposals, guards."""

from __future__ import annotations

import numpy as np
import pytest

from trustbench.sanitize import _pii_tokens as T
from trustbench.sanitize.pii import PIIDetector


@pytest.fixture
def weights():
    """Swap weights in for one test; the packaged ones come back after it."""
    yield T.set_weights
    T.set_weights(None)


def _words(text: str) -> list[str]:
    return [text[s:e] for s, e in T.tokens(text)]


def test_tokens_split_possessives_and_keep_tags() -> None:
    assert _words("#ShwethaRao at Rao's place, 5pm!") == [
        "#ShwethaRao", "at", "Rao", "'s", "place", ",", "5pm", "!"]  # fmt: skip
    assert _words("Bat-Erdene and @ana.silva") == ["Bat-Erdene", "and", "@ana.silva"]


def test_scores_are_the_sum_of_the_feature_weights() -> None:
    """The memoized per-word partial sums give what the trainer's full feature list gives."""
    text = "Weaver Shandiin Begay at her loom near Window Rock"
    w = T._weights()
    assert w is not None  # the packaged weights
    words = _words(text)
    direct = [
        sum(float(w[T.bucket(f)]) for f in T.features(words, i, "MIX")) for i in range(len(words))
    ]
    assert np.allclose(T.scores(text), direct, atol=1e-4)


def test_packaged_model_scores_names_above_words() -> None:
    text = "Dinner at the harbour with Quillan Odetharo and his sister"
    sc = dict(zip(_words(text), T.scores(text), strict=True))
    assert sc["Quillan"] > T.THRESHOLD and sc["Odetharo"] > T.THRESHOLD
    assert max(sc["Dinner"], sc["harbour"], sc["sister"]) < T.THRESHOLD


def test_unspaced_scripts_are_left_to_the_script_rules(weights) -> None:
    weights(np.ones(T.DIM, np.float32))  # every token scores high
    text = "陈静怡 and Ana Silva"
    assert [text[s:e] for s, e in T.tagged_spans(text)] == ["and Ana Silva"]
    assert T.tagged_spans("#AnaSilva") == [(1, 9)]  # a hashtag's '#' stays out


def test_no_proposals_below_the_threshold(weights) -> None:
    weights(np.full(T.DIM, -1.0, np.float32))
    assert T.tagged_spans("Dinner with Quillan Odetharo") == []


def test_memos_are_bounded() -> None:
    for fn in (T.word_values, T._own, T._ctx, T._pos, T._word):
        assert fn.cache_info().maxsize is not None, fn.__name__


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in PIIDetector().detect(text) if s.type == "PERSON"]


def test_tagger_finds_names_no_rule_takes(weights) -> None:
    """Hyphenated Mongolian given names before an unlisted surname: no rule's shape, but the
    tagger's (captions written for this test; the rules alone find nothing)."""
    texts = ("Naadam wrestling, Bat-Ochir Tsendsuren tightening his belt",
             "Archery practice, Otgon-Erdene Batmunkh drawing his bow")  # fmt: skip
    assert [_persons(t) for t in texts] == [["Bat-Ochir Tsendsuren"], ["Otgon-Erdene Batmunkh"]]
    with T.off():
        assert [_persons(t) for t in texts] == [[], []]


def test_tagger_proposals_meet_the_rules_guards() -> None:
    """A university named after a person: the tagger proposes the name, the guards veto it."""
    text = "Library of Ivane Javakhishvili Tbilisi State University at dusk"
    assert [text[s:e] for s, e in T.tagged_spans(text)] == ["Ivane Javakhishvili"]
    assert _persons(text) == []


def test_a_lone_lower_case_word_is_not_proposed() -> None:
    """The demo sample's "pink dahlia": the model scores the flower as a name; one lower-case
    word is not proposed (a hashtag or a handle is)."""
    text = "stock image: pink dahlia flower in bloom #art #design"
    assert dict(zip(_words(text), T.scores(text), strict=True))["dahlia"] > T.THRESHOLD
    assert T.tagged_spans(text) == []
    assert _persons(text) == []


def test_missing_weights_are_a_clear_error(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(T.resources, "files", lambda _pkg: tmp_path)  # a package without them
    T.set_weights(None)
    try:
        with pytest.raises(RuntimeError, match="_pii_token_weights.npz"):
            T.tagged_spans("Dinner with Quillan Odetharo")
    finally:
        monkeypatch.undo()
        T.set_weights(None)
    text = "Dinner at the harbour with Quillan Odetharo and his sister"
    assert [text[s:e] for s, e in T.tagged_spans(text)] == ["Quillan Odetharo"]
