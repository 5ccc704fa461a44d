"""Round ten of the PII work (lower10): lower-case names after a credit that hold a word that
is also a name, romanized Korean and Vietnamese names in chat text, a title-case surname that is
also a dictionary word after a comma, "miss you" and "with" in other languages. Each mechanism
has a real example (missed before) and a trap that stays untouched."""

from __future__ import annotations

import pytest

from trustbench.sanitize._pii_names import _korean_surnames, _vietnamese, find_names
from trustbench.sanitize.pii import Pseudonymizer


def _names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in find_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [("photo by nakamura sora · fujifilm x100v", "nakamura sora"),  # "sora": a word, a name
     ("pic by park soeun", "park soeun"),  # "park": a place word, the Korean surname
     ("credit: yamamoto sora", "yamamoto sora")],
)  # fmt: skip
def test_credit_run_may_hold_a_word_that_is_a_name(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["photo by park ranger station at dawn", "photo by golden hour light",
     "happy birthday mom love you", "shot by drone over the rice terraces"],
)  # fmt: skip
def test_credit_run_of_words_stays(text):
    # the word-name must end the run at a clause boundary, and the other words must be names
    assert _names(text) == []


def test_korean_name_in_chat_text():
    assert _names("lol kim jiwoo is late again") == ["kim jiwoo"]
    assert _names("samgyeopsal night on lim dohyeon's rooftop") == ["lim dohyeon"]
    text = "Jeong Dasol and Ha Minjun after the half marathon along the Han River"
    assert _names(text) == ["Jeong Dasol", "Ha Minjun"]
    # surnames come from Faker's Hangul list, romanized and spelled as people spell them
    assert {"kim", "lee", "park", "choi", "jung", "yoon", "lim"} <= _korean_surnames()
    assert not {"an", "go", "no", "i"} & _korean_surnames()


@pytest.mark.parametrize(
    "text", ["kimchi jjigae and soju night", "han river picnic with fried chicken",
             "tteokbokki at myeongdong street", "lee gangnam style dance cover"],
)  # fmt: skip
def test_korean_words_stay(text):
    # "gangnam" is two romanized syllables, but English writes it often (wordfreq Zipf ≥ 2.5)
    assert _names(text) == []


def test_vietnamese_name_with_a_middle_name():
    assert _names("me and nguyen van an at the night market") == ["nguyen van an"]
    text = "happy 35th anniversary to my parents ta van hieu and luong thi hong hanh"
    assert _names(text) == ["ta van hieu", "luong thi hong hanh"]
    # the name starts at the Vietnamese surname, not at the role before it
    text = "tailor mai thi thuy duong pinning a hem in her shop near ben thanh market"
    assert _names(text)[0] == "mai thi thuy duong"
    middles = _vietnamese("middle_names")
    assert {"van", "thi"} <= middles and "the" not in middles


def test_dutch_particle_is_no_vietnamese_middle_name():
    assert _names("thijs van der wal skating the frozen canals near giethoorn") == [
        "thijs van der wal"
    ]


def test_surname_that_is_a_word_after_a_comma():
    text = "Ceilidh band tuning up, Fraser McAllister on the accordion"
    assert _names(text) == ["Fraser McAllister"]
    text = "Low tide kaimoana gathering, Anaru Parata carrying the kete"
    assert _names(text) == ["Anaru Parata"]
    out = Pseudonymizer(key=b"k" * 32).pseudonymize_texts([text])[0]
    assert "Parata" not in out and out.endswith(" carrying the kete")


@pytest.mark.parametrize(
    "text",
    ["Shih Tzu grooming before and after", "Spring in Tuscany, Florence Duomo at dusk",
     "Village fete, Morris dancers carrying the ribbons"],
)  # fmt: skip
def test_word_after_a_first_name_stays(text):
    # opening a caption the pair may be a breed; an ambiguous first name may be a city
    assert _names(text) == []


def test_miss_you_and_with_in_other_languages():
    assert _names("we miss you corrigan thalevy") == ["corrigan thalevy"]
    assert _names("souvenir de dakar avec awa ndour") == ["awa ndour"]
    assert _names("miss you so much") == []
    assert _names("chili con carne night") == []
