"""Round fifteen of the PII work (``lower15``): lower-case names after romanized thanks and
greetings of languages wordfreq lacks, after chat openers before irregular past tenses, and the
dish, place and praise words after them. Each rule has a caption it used to miss or damage and a
trap it must leave untouched (``PIIDetector``)."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # romanized thanks and greetings credit the name after them and are no part of it
        ("mahalo nui kalani akamu, the lei was beautiful", ["kalani akamu"]),
        ("sawasdee krub niran thongchai, welcome back", ["niran thongchai"]),
        ("khob khun krub, som tam aroi mak", []),
        ("malo 'aupito tevita fifita for the umu", ["tevita fifita"]),
        ("malo 'aupito for the umu on sunday everyone", []),
        # … also farewells and well-dones, and in an ALL-CAPS caption
        ("otsukaresama nakamura ren, great first marathon", ["nakamura ren"]),
        ("otsukaresama, great first marathon", []),
        ("WELCOME BACK SOK DARA", ["SOK DARA"]),
        ("WELCOME BACK TO SCHOOL", []),
        # a strong first name after a greeting, then a word rare in every caption language
        # (a surname that is a dictionary word somewhere), before the clause ends
        ("kia ora wiremu parata, awesome haka today", ["wiremu parata"]),
        ("kia ora wiremu, awesome haka today", ["wiremu"]),
        ("kia ora everyone, awesome haka today", []),
        # a function word of a language wordfreq lacks ends a name and opens none
        ("hongera baraka mwangi kwa kuhitimu", ["baraka mwangi"]),
        ("asante sana kwa chakula kitamu", []),
        ("ngiyabonga kakhulu nomsa dlamini nge-umngqusho", ["nomsa dlamini"]),
        # a function word of a caption language opens no name before a word of a caption
        # language that is no strong name; a Korean surname still may
        ("dziękuję za wspaniały wieczór", []),
        ("saengil chukha han yerin 🎂 love you", ["han yerin"]),
        # new-year wishes are greetings, no name
        ("e ku odun tuntun, eku iyedun", []),
        ("e ku odun tuntun bimpe adeleke", ["bimpe adeleke"]),
        # a lower-case place word opens a place, not a name
        ("valparaíso desde el cerro alegre", []),
        ("picha na faraji kiptoo, mlima kenya asubuhi", ["faraji kiptoo"]),
        # after a thanks opener, a later run needs listed names and no caption word
        ("tbarkallah 3lik zineb alaoui, l'msemen kan bnin bzaf", ["zineb alaoui"]),
        ("tbarkallah 3likom, l'msemen kan bnin bzaf", []),
        ("terima kasih semua atas kek batik yang sedap", []),
        ("karibu neema wambui, tumefurahi kukuona", ["neema wambui"]),
        # … but not after a noun that merely begins with a greeting word
        ("birthday picnic for jiang ruolan at the botanical garden", ["jiang ruolan"]),
        # a frequent English word before a hyphenated word opens no name
        ("kia ora for the kai, best boil-up ever", []),
        # irregular past tenses after a chat opener; a strong first name English writes a
        # little ("felix") may open the pair
        ("lol oriel dannsworth just fell in the lake again", ["oriel dannsworth"]),
        ("yesterday felix amberwood drove us to the coast", ["felix amberwood"]),
        ("lmao my phone fell in the soup", []),
    ],
)
def test_round15_lower(text: str, names: list[str]) -> None:
    assert _names(text) == names
