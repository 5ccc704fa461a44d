"""Round seventeen of the PII work (scripts tuner): person names in non-Latin scripts the
detector missed, and words of those scripts it took for names. Each rule has a person it used to
miss (or a word it used to take) and a caption it must leave alone."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an Indic surname frequent as a word of the language (it is a frequent surname) after a
        # strong South Asian given name, both borne mostly in South Asia
        ("अंजलि चौधरी की रंगोली, जयपुर", ["अंजलि चौधरी"]),
        ("সিলেটের চা বাগানে সাকিব হোসেন", ["সাকিব হোসেন"]),
        # Tamil's vocalic r written "iru" after a consonant ("கிருஷ்ணன்": Krishnan)
        ("அனிதா கிருஷ்ணன் வீட்டு கொலு", ["அனிதா கிருஷ்ணன்"]),
        # "على" (Ali, Egyptian spelling) after a strong given name
        ("صورة مع أحمد على في الإسكندرية", ["أحمد على"]),
        # Tifinagh: a listed given name, a clan particle, a family name
        ("Soirée de Yennayer avec ⴷⵉⵀⵢⴰ ⵏⴰⵜ ⵄⵎⵕ", ["ⴷⵉⵀⵢⴰ ⵏⴰⵜ ⵄⵎⵕ"]),
        # an opening "shr" of an Indic word spelled "sr" ("ശ്രീജ": Sreeja)
        ("ഓണം ആഘോഷിക്കുന്ന ശ്രീജ നായർ", ["ശ്രീജ നായർ"]),
        # Bengali's genitive -র after a consonant's inherent vowel ("দত্তর", Dutta's)
        ("মৌমিতা দত্তর হাতের রান্না", ["মৌমিতা দত্ত"]),
        # the conjunct ज्ञ (jñ) spelled "gn" ("યજ્ઞેશ": Yagnesh)
        ("યજ્ઞેશ મહેતા નો જન્મદિવસ", ["યજ્ઞેશ મહેતા"]),
        # Mongolian: a person before a place noun in a case form ("on the river bank")
        ("Батбаяр Гантулга голын эрэг дээр", ["Батбаяр Гантулга"]),
        # Greek: a weekday that is a given name, with no time of day after it
        ("Με την Κυριακή στο καφέ", ["Κυριακή"]),
        # Japanese: a strong three-kanji surname and a one-kanji given name before an honorific
        ("五十嵐翔くんとサッカー", ["五十嵐翔"]),
    ],
)
def test_names_found(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a given name before a verb: no surname of South Asia
        "दीपक जलाओ दिवाली पर",
        # Arabic prepositions: "after the sunset prayer", "traffic on the road"
        "شاي على السطح بعد المغرب",
        "زحمة على طريق المطار بعد العصر",
        # Tifinagh: a greeting ("azul" romanizes to a given name of Argentina), a place "of Ayt …"
        "ⴰⵣⵓⵍ ⵅⴼ ⵡⴰⴷⴷⴰⵢ ⵜⴰⵎⴷⵉⵏⵜ ⵏ ⴰⵢⵜ ⵎⵍⵍⴰⵍ",
        # Mongolian: a namesake before "international airport", a monastery's name
        "Чингис Хаан олон улсын нисэх буудал",
        "Гандангийн Хийд өглөө",
        # a frequent word with a case ending is no frequent surname ("নদীর", the river's: "nadir")
        "পদ্মা নদীর ঘাটে নৌকা",
        # Bengali words ending in -র after a consonant: no name
        "আমার শহরের সুন্দর বাজার",
        # an Indic place opening with "shr" (Srinagar)
        "श्रीनगर डल झील",
        # Greek and Cyrillic: a weekday before a time of day
        "Καφές στην πλατεία, Παρασκευή βράδυ",
        # Japanese: a frequent word of three kanji, a case particle, "ちゃんと" (properly)
        "今日は富士山がちゃんと見えた",
    ],
)
def test_no_names(text: str) -> None:
    assert _names(text) == []
