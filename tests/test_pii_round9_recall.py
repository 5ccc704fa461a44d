"""Round nine of the PII work (recall): the Turkish dotted capital "İ" in ALL-CAPS names,
apostrophe suffixes after a name (Turkish, Azerbaijani), particle names whose first part no
list holds, a name before an article and a product noun, and a verb after a subject pronoun.
Each mechanism has a real example and a negative (places and words left alone)."""

from __future__ import annotations

import pytest

from trustbench.sanitize._pii_names import _TOKEN, _dotless, find_names
from trustbench.sanitize.pii import Pseudonymizer


def _names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in find_names(text)]


def test_dotted_capital_i_keeps_offsets_and_reads_as_a_name():
    # Python lower-cases "İ" to "i" plus a combining dot: one character more, and no list holds
    # "i̇lknur"; folded first, the ALL-CAPS Turkish name is read like any other
    assert len("İLKNUR".lower()) == 7
    assert _dotless("İLKNUR DEMİRCİ").lower() == "ilknur demirci"
    assert _names("İLKNUR DEMİRCİ SAHNEDE") == ["İLKNUR DEMİRCİ"]
    assert _names("TEBRİKLER ELİF ŞAHİN!") == ["ELİF ŞAHİN"]
    out = Pseudonymizer(key=b"k" * 32).pseudonymize_texts(["İLKNUR DEMİRCİ SAHNEDE"])[0]
    assert "DEMİRCİ" not in out and out.endswith(" SAHNEDE")


@pytest.mark.parametrize(
    "text",
    ["İSTANBUL BOĞAZI GECE MANZARASI", "KARAKÖY'DE SABAH", "İZMİR FUARI AÇILIŞI",
     "YENİ CAMİ ÖNÜNDE GÜVERCİNLER", "KAPADOKYA'DA BALONLAR"],
)  # fmt: skip
def test_turkish_all_caps_places_stay(text):
    # Turkish headlines: no English dictionary holds their words; folded, "YENİ CAMİ" would be
    # a pair of listed names, so the pair model must take the pair as well
    assert _names(text) == []


def test_apostrophe_suffix_is_no_part_of_the_name():
    text = "Mert Aydın'ın doğum günü"
    assert _names(text) == ["Mert Aydın"]
    assert _names(text.lower()) == ["mert aydın"]
    out = Pseudonymizer(key=b"k" * 32).pseudonymize_texts([text])[0]
    assert "Aydın" not in out and "Mert" not in out
    assert "'ın doğum günü" in out  # the suffix stays, attached to the surrogate


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # names with an apostrophe inside stay whole; "'s" and single vowels are no suffix
        ("Wanjiru Ng'ang'a at Kapa'a", ["Wanjiru", "Ng'ang'a", "at", "Kapa'a"]),
        ("O'Neil and D'Souza", ["O'Neil", "and", "D'Souza"]),
        ("Ankara'dan İzmir'e", ["Ankara", "İzmir'e"]),
    ],
)
def test_apostrophe_suffix_tokens(text, tokens):
    assert [m.group() for m in _TOKEN.finditer(text)] == tokens


def test_apostrophe_names_and_places():
    assert _names("Wanjiru Ng'ang'a at the market") == ["Wanjiru Ng'ang'a"]
    assert _names("Ankara'dan İzmir'e tren yolculuğu") == []


# (mechanism, caption, the one name it holds)
FOUND = [
    # particles: the first part is unknown and not very name-like by its letters; the particle
    # and a name-like surname join them, then the context ("by", "of", a verb) takes the name
    ("particle", "Harvest walk guided by Gorwent de Castelmaure", "Gorwent de Castelmaure"),
    ("particle", "Portrait of Strowen van Elderhout", "Strowen van Elderhout"),
    ("particle", "Scorwen du Belmonteil at the opening", "Scorwen du Belmonteil"),
    # an article between the name and a product noun: a person given the thing, no brand
    ("product", "i owe tapio lindqvist a beer for the ride home", "tapio lindqvist"),
    ("product", "Bought Kofi Mensah a coffee after the match", "Kofi Mensah"),
    # "owe" is a frequent English word and a Swedish first name: after "i"/"we" it is the verb
    ("subject", "I OWE TAPIO LINDQVIST A BEER", "TAPIO LINDQVIST"),
    ("subject", "Owe Lindqvist at the harbour", "Owe Lindqvist"),  # the name stays a name
    # after "to", a pair no list holds is a destination, unless the word before "to" makes its
    # object a person (a recipient of a question, a letter, a marriage, an award)
    ("recipient", "Happily married to Dovrin Asheley since June", "Dovrin Asheley"),
    ("recipient", "SEND YOUR QUESTIONS TO DOVRIN ASHELEY", "DOVRIN ASHELEY"),
]
# (mechanism, caption that names no person)
KEPT = [
    ("particle", "Sunset over Rio de Janeiro"),
    ("particle", "Dinner at Casa de Campo"),
    ("particle", "Walk through Parc de Bercy"),
    ("particle", "Tickets for Cirque du Soleil"),
    ("particle", "Tour de France stage 4"),
    ("product", "Austin Healey classic roadster"),
    ("product", "Tom Ford sunglasses"),
    ("product", "Jack Daniels whiskey"),
    ("recipient", "Our trip to Castel Brenova"),
    ("recipient", "Flights to Vallemor Quensa"),
    ("recipient", "Postcard sent to Llanfair Pwllgwyngyll"),
]


@pytest.mark.parametrize(("mechanism", "text", "name"), FOUND)
def test_names_found(mechanism, text, name):
    assert _names(text) == [name], mechanism


@pytest.mark.parametrize(("mechanism", "text"), KEPT)
def test_no_person_no_name(mechanism, text):
    assert _names(text) == [], mechanism
