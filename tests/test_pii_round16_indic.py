"""Round sixteen of the PII work: person names in South Asian scripts inside native-language
captions with no title and no English context (``_romanized_pair`` in ``sanitize/_pii_names.py``
and ``romanizations`` in ``sanitize/_pii_scripts.py``).

One real caption per rule (the kind the rule was written for) and a no-PII caption of the same
shape that must stay untouched."""

from __future__ import annotations

import pytest

from trustbench.sanitize import _pii_scripts
from trustbench.sanitize._pii_lookup import south_asian
from trustbench.sanitize._pii_names import find_names


def _names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in find_names(text)]


def test_romanizations_by_letter_name():
    """Letters fixed by their Unicode name in every Indic block, and the second Latin spelling
    of long vowels, the dental t, the vocalic r, a v after a consonant and the addak."""
    r = _pii_scripts.romanizations
    assert "chakrabarti" in r("চক্রবর্তী")  # the palatal stop is "ch" (anyascii: "c")
    assert "rutuja" in r("ऋतुजा")  # the vocalic r: "ri" or "ru"
    assert "harpreet" in r("ਹਰਪ੍ਰੀਤ")  # a long ī inside the word: "ee"
    assert "gill" in r("ਗਿੱਲ")  # the addak doubles the next consonant
    assert "haritha" in r("హరిత")  # the dental t: "th"
    assert "shweta" in r("श्वेता")  # a v after a consonant: "w"
    assert "singh" in r("सिंह")  # an anusvara before h: "ng"
    assert "vargees" in r("വർഗീസ്")  # a Malayalam chillu has no inherent vowel
    assert "dasgupta" in r("দাশগুপ্ত")  # Bengali শ written "s"
    assert "rathnayake" in r("රත්නායක")  # Sinhala: a final inherent vowel "e"
    assert "saranya" in r("சரண்யா")  # Tamil keeps its own spellings of ச


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # romanized spellings: the vocalic r, ī as "ee", the palatal stop
        ("नाशिकच्या द्राक्षबागेत ऋषिकेश गायकवाड", ["ऋषिकेश गायकवाड"]),
        ("ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਜਸਲੀਨ ਢਿੱਲੋਂ", ["ਜਸਲੀਨ ਢਿੱਲੋਂ"]),
        # a given name and a surname borne mostly in South Asia, at any rank (Sinhala)
        ("මහනුවර පෙරහැර බලන්න නිමේෂා ජයසිංහ", ["නිමේෂා ජයසිංහ"]),
        ("తిరుపతిలో కుటుంబంతో రవితేజ పొన్నాల", ["రవితేజ పొన్నాల"]),
        # a given name frequent as a Tamil word, before a South Asian surname
        ("பிரகாஷ் நடராஜன் பிறந்தநாள் விழா", ["பிரகாஷ் நடராஜன்"]),
    ],
)
def test_indic_names(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a given name before another given name or a noun (deities, rituals, images)
        "ऋषिकेश में गंगा आरती",
        "দুর্গা প্রতিমা বিসর্জন",
        "નવરાત્રિમાં ગરબા રમતી છોકરીઓ",
        # a place noun after the pair, in a case form, or after more name words
        "ಮಹಾತ್ಮ ಗಾಂಧಿ ರಸ್ತೆಯಲ್ಲಿ ಸಂಜೆ",
        "ഇന്ദിരാ ഗാന്ധി റോഡിലെ ഗതാഗതക്കുരുക്ക്",
        "নেতাজি সুভাষ চন্দ্র বসু আন্তর্জাতিক বিমানবন্দর",
        "ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਯੂਨੀਵਰਸਿਟੀ",
        "ଜଗନ୍ନାଥ ମନ୍ଦିର, ପୁରୀ",
        "ବିଜୁ ପଟ୍ଟନାୟକ ବିମାନବନ୍ଦର",
        "రాజీవ్ గాంధీ అంతర్జాతీయ విమానాశ్రయం",
    ],
)
def test_indic_no_person(text):
    assert _names(text) == []


def test_south_asian_table():
    """Names borne mostly in South Asia and its diaspora, each as the kind it mostly is."""
    assert south_asian("rathnayaka", True) and south_asian("sanduni", False)
    assert not south_asian("pratima", True)  # a given name some write as a last name
    assert not south_asian("nadi", True)  # North African, not South Asian
