"""Round fifteen of the PII work: person names in non-Latin scripts found by the grammar around
them (possessives, participles, compound surnames, an English role noun before a colon). Each
rule has a caption with a person and a trap it must leave untouched."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Khmer and Lao "of" + a space + two spaced words: the owner's surname and given name
        ("ហាងនំរបស់ សេង ម៉ាលី នៅបាត់ដំបង", ["សេង ម៉ាលី"]),
        ("ຮ້ານເຂົ້າຈີ່ຂອງ ພອນ ສີລາວົງ", ["ພອນ ສີລາວົງ"]),
        ("ផ្សាររបស់ ភូមិយើង", []),
        ("ບຸນຂອງ ວັດພູ", []),
        # a two-word name before a participle of drawing, cooking, photographing (South Indian)
        ("பவானி சேகர் வரைந்த ஓவியம்", ["பவானி சேகர்"]),
        ("ಶೋಭಾ ಭಟ್ ಮಾಡಿದ ಹೋಳಿಗೆ", ["ಶೋಭಾ ಭಟ್"]),
        ("രമ്യ നായർ വരച്ച ചിത്രം", ["രമ്യ നായർ"]),
        ("குழந்தைகள் வரைந்த ஓவியம்", []),
        ("കുട്ടികൾ വരച്ച ചിത്രങ്ങൾ", []),
        ("ವಿದ್ಯಾರ್ಥಿಗಳು ಬಿಡಿಸಿದ ರಂಗೋಲಿ", []),
        # a Korean two-syllable surname + given name before a title word or honorific
        ("황보지민 선생님의 수업", ["황보지민"]),
        ("선우하준 씨의 카페", ["선우하준"]),
        ("사공이 많으면 배가 산으로 간다", []),
        ("서문시장 먹자골목", []),
        # an English role noun before a colon and a name in another script
        ("Silk weaver in Savannakhet: ບົວລີ ພົມມະວົງ", ["ບົວລີ ພົມມະວົງ"]),
        ("Shop sign in Addis: ቡና ቤት", []),
        # an Armenian role noun, the apposition mark, an unlisted given name and a -յան surname
        ("Կաթնագործ՝ Հասմիկ Գալստյան, Սիսիան", ["Հասմիկ Գալստյան"]),
        ("Փողոց՝ Բաղրամյան պողոտա", []),
        # an Amharic/Tigrinya given + father's name opening a caption before "in", "from", "at"
        ("ቤተልሔም ሙሉጌታ በሐዋሳ ሐይቅ ዳር", ["ቤተልሔም ሙሉጌታ"]),
        ("ባሕር ዳር በጠዋት", []),
        ("ጥምቀት በዓል በጎንደር", []),
        ("የልደት በዓል በላሊበላ", []),
        # Bengali genitive -র written after a vowel sign of the surname
        ("নাসরিন সুলতানার বাগান", ["নাসরিন সুলতানা"]),
        ("পদ্মা নদীর ইলিশ", []),
        # Bengali names romanized as spelled: ফ "f", ভ "v", ইয়া "ya" (Perso-Arabic names), ৌ "ou"
        ("আরিফুল হক এর দোকান", ["আরিফুল হক"]),
        ("মৌমিতা হক এর বাগান", ["মৌমিতা হক"]),
        ("ঢাকা এর যানজট", []),
        # Urdu's final heh read as Persian's; a two-letter surname before an Urdu possessive
        ("نازیہ ملک کی دکان", ["نازیہ ملک"]),
        ("عمران بٹ کا ڈھابہ", ["عمران بٹ"]),
        ("لاہور کا قلعہ", []),
    ],
)
def test_round15_scripts(text: str, names: list[str]) -> None:
    assert _names(text) == names
