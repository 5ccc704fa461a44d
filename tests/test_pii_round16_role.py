"""Round sixteen of the PII work (role16): names after a role or occupation noun, the role nouns
taken from package data (Faker's job titles of every locale, nameparser's titles) and from agent
morphology ("glass|blower", "saddl|er", "herbal|ist"), not from a hand list of words seen. Each
rule has a caption it used to miss (or to replace too much of) and a trap it must leave untouched
(the detector as a whole: ``PIIDetector``)."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("word", "role"),
    [
        # Faker's job heads of every locale, nameparser's agent titles, the closed hand lists
        ("luthier", True),
        ("pescador", True),
        ("boulanger", True),
        ("Sommelier", True),
        ("mahout", True),
        ("sensei", True),
        # agent morphology: a compound on an agent head, a derived noun on a known stem, plurals
        ("glassblower", True),
        ("woodcarver", True),
        ("goatherd", True),
        ("Ferryman", True),
        ("saddler", True),
        ("herbalist", True),
        ("herders", True),
        # frequent English words, strong first names, names listed as jobs elsewhere: no role
        ("later", False),
        ("water", False),
        ("tower", False),
        ("Oliver", False),
        ("Peter", False),
        ("seo", False),
        ("general", False),
        ("her", False),
    ],
)
def test_role_nouns_come_from_package_data_and_morphology(word, role):
    from trustbench.sanitize._pii_names import role_noun

    assert role_noun(word) is role


def test_role_noun_memo_is_bounded():
    from trustbench.sanitize._pii_names import role_noun

    assert role_noun.cache_info().maxsize is not None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a capitalized role noun opening the caption (or after a comma, colon or bar) is no
        # part of the name after it
        (
            "Luthier Ottavio Bellandi varnishing a cello in his Cremona workshop",
            ["Ottavio Bellandi"],
        ),
        ("Baker Margaux Lefeuvre pulls croissants from the oven", ["Margaux Lefeuvre"]),
        (
            "Market day in Oaxaca, Potter Citlali Mendoza Ruiz arranging her pots",
            ["Citlali Mendoza Ruiz"],
        ),
        ("Master Glassblower Henrike Vollmer shaping a vase", ["Henrike Vollmer"]),
        ("Head Cheesemaker Sigrún Hauksdóttir turning wheels", ["Sigrún Hauksdóttir"]),
        # ... and vouches for two name-shaped words no list holds, as a title does
        ("Mahout Somsak Phanwong bathes his elephant", ["Somsak Phanwong"]),
        ("Fisherman Rangi Tawhiri hauls in the net", ["Rangi Tawhiri"]),
        # a street, a thing or a brand after a role noun; a role before one name is a character
        ("Baker Street Irregulars reunion", []),
        ("Weaver Street Market opens at seven", []),
        ("Fisherman Knit sweater in cream", []),
        ("Fireman Sam toy fire engine", []),
        ("Farmer John sausages on the grill", []),
        ("Potter's wheel and clay tools for sale", []),
        # lower-case role nouns of other languages before a name
        ("le boulanger Mathis Durandeau sort les baguettes", ["Mathis Durandeau"]),
        ("atelier du maître verrier Étienne Roussard à Biot", ["Étienne Roussard"]),
    ],  # fmt: skip
)
def test_role_noun_before_a_capitalized_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # ALL CAPS: the role noun opening the headline is no part of the name
        ("LUTHIER BENEDETTA FIORAVANTI — OPEN WORKSHOP SATURDAY", ["BENEDETTA FIORAVANTI"]),
        ("BAKER STREET MARKET THIS SATURDAY", []),
        # lower-case captions: the role noun opens no name, and places the run after it
        ("potter keoni makaiwi throwing bowls at the hilo market", ["keoni makaiwi"]),
        ("mahout wichai boonmee washing the calf", ["wichai boonmee"]),
        ("potter's wheel for sale, barely used", []),
        # a lower-case role noun before a capitalized name ends a lower-case run
        (
            "Portrait of sean-nós singer Peadar Ó Súilleabháin at his kitchen table",
            ["Peadar Ó Súilleabháin"],
        ),
    ],  # fmt: skip
)
def test_role_noun_in_all_caps_and_lower_case(text, names):
    assert _names(text) == names
