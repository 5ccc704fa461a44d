"""Round fifteen of the PII work (names15): names opening a caption before a present-tense verb,
ALL-CAPS owners' names before trade and shop words, election posters, three-word names after a
scene comma. Each rule has a caption it used to miss and a trap it must leave untouched (the
detector as a whole: ``PIIDetector``)."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # opening the caption before a third-person present verb and its object: a name pair,
        # or a listed first name (or a listed name wordfreq does not know) alone
        ("Amani Mrema sells samosas outside the Arusha bus stand", ["Amani Mrema"]),
        ("Sukirno mends the bamboo fence behind the house", ["Sukirno"]),
        ("Banyuwangi hosts the ijen green run every june", []),
        ("Heineken sponsors the harbour jazz festival", []),
        # ... not a plural noun before a preposition or a participle
        ("Victoria Cross medals in a glass case", []),
        ("Kente strips drying in Bonwire", []),
        # an ALL-CAPS name before a trade or shop word is its owner; a hit holding one is the shop
        ("LUIGI ROSSETTI PIZZERIA SINCE 1968", ["LUIGI ROSSETTI"]),
        ("MEHMET ARSLAN KEBAP SALONU", ["MEHMET ARSLAN"]),
        ("BLUE NILE KEBAP SALONU", []),
        ("ALI NAZIK KEBAB ON SMOKY AUBERGINE YOGHURT, GAZIANTEP", []),
        ("GOLDEN DRAGON TAILORING", []),
        # an ALL-CAPS sign opening with a listed first name (no word) and a name before a trade word
        ("NILAR HTWE TAILORING - ALTERATIONS WHILE YOU WAIT", ["NILAR HTWE"]),
        ("KYAW ZAW LWIN SHOE REPAIR", ["KYAW ZAW LWIN"]),
        ("HOPE CHAPEL BAKERY", []),
        ("EXPRESS WATCH REPAIR", []),
        # a campaign verb (VOTE, ELECT, RE-ELECT) before a candidate starts no name
        ("RE-ELECT WINONA STARBLANKET FOR BAND COUNCIL", ["WINONA STARBLANKET"]),
        ("Re-elect Marlowe Ackerley for Mayor", ["Marlowe Ackerley"]),
        ("VOTE YES ON MEASURE B", []),
        ("ELECT THE GREEN SLATE FOR SCHOOL BOARD", []),
        # three name words (one listed or name-like) after a scene comma, before an -ing verb
        ("Cloudberry picking near Karasjok, Sunná Márjá Hætta carrying the bucket",
         ["Sunná Márjá Hætta"]),
        ("Morning at the harbour, Fishing Boats Returning home", []),
        # a joined lower-case tag: an invented first name, then a surname (listed, or a rare word)
        ("new glaze tests #zorelliwhitcombe", ["zorelliwhitcombe"]),
        ("#kombuchabrewing at home", []),
        ("#goldenhour over the bay", []),
    ],
)
def test_round15_names(text: str, names: list[str]) -> None:
    assert _names(text) == names
