"""Surnames that the word lists hold only as rare words (proper nouns: "Pemberton", "Winslow")
are weak surnames, so a strong first name before one makes a person."""

from __future__ import annotations

import pytest

from trustbench.sanitize._pii_names import find_names, gazetteer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Megan Pemberton and her horse at the county show", ["Megan Pemberton"]),
        ("Trevor Winslow fixing the fence after the storm", ["Trevor Winslow"]),
        ("Photo: Nadia Radcliffe with her grandmother", ["Nadia Radcliffe"]),
        ("Colin Ashby unloading crates at the market", ["Colin Ashby"]),
        ("Erin Kimball reading to the kids", ["Erin Kimball"]),
        ("Jared Mayfield and Tessa Whitfield on their wedding day", ["Jared Mayfield", "Tessa Whitfield"]),
    ],
)
def test_rare_word_surnames_after_a_strong_first_name(text: str, names: list[str]) -> None:
    assert [text[h.start : h.end] for h in find_names(text)] == names


def test_frequent_words_stay_words() -> None:
    t = gazetteer().tables
    assert t.last_name("Winslow") == ("en_US", 1)  # ranked, a rare word: a weak surname
    for word in ("Stone", "Grace", "Hope"):  # frequent words keep what they had
        got = t.last_name(word)
        assert got is None or got[1] == 2 and t.listed(word)
    assert [t0 for t0 in find_names("Sunset over Winslow harbour")] == []
