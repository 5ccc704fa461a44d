"""Round seventeen of the PII work (Latin-script tuner): person names in Latin script the detector
missed. Each rule has a person it used to miss and a caption it must leave alone."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lone given name that ends a caption after "with" and its kin of other languages
        ("Horse milking at dawn with Batbayar", ["Batbayar"]),
        ("Randonnée au Vercors avec Gwenaëlle", ["Gwenaëlle"]),
        ("Making tempeh in Wonosobo bersama Suharyanto", ["Suharyanto"]),
        ("Pancakes with Nutella", []),
        ("Nasi goreng bersama Sambal", []),
        ("Morning ride with Strava", []),
        # after a scene and a comma, the subject of an -ing verb with a bare object
        ("Sunset yurt supper, Tsetsegmaa pouring milk tea", ["Tsetsegmaa"]),
        ("Ger camp dinner, Khorkhog simmering in the pot", []),
        # an ALL-CAPS name before "memorial" and an event noun: the event names its person
        ("TARIQ CHOWDHURY MEMORIAL FOOTBALL TOURNAMENT", ["TARIQ CHOWDHURY"]),
        ("KWAME NKRUMAH MEMORIAL PARK CONCERT TONIGHT", []),
        ("JOHN F KENNEDY MEMORIAL HOSPITAL", []),
        # "cheers" thanks like "thanks": a lower-case name may follow it
        ("cheers fenella macrae for the lift", ["fenella macrae"]),
        ("cheers for the lift mate", []),
        # an unknown pair after "letter from" (a sender) or "goes to" in a caption about a prize
        ("A postcard from Zorwen Talbrisk to his aunt", ["Zorwen Talbrisk"]),
        ("Flight from Zorwen Talbrisk", []),
        ("First prize in the jam contest goes to Tessaly Brunwick", ["Tessaly Brunwick"]),
        ("The bus goes to Tessaly Brunwick", []),
        # after a lower-case role noun, a given name that is also a word and an unknown surname
        ("Flax weaving in Gisborne with tutor Mere Haronga", ["Mere Haronga"]),
        ("Surf lesson with coach Bay Watch rentals", []),
        # a greeting of another language glued to a full name opening the caption
        (
            "Dziękuję Bożena Kowalczyk! Guide Tomasz Nowak shows us the old town",
            ["Bożena Kowalczyk", "Tomasz Nowak"],
        ),
        ("Zorwen Michael Smith at the finish line", ["Zorwen Michael Smith"]),
        # an ALL-CAPS sign opening with its owner's possessive and a shop word
        ("SURYADI'S BAKSO STALL OPENS AT FIVE", ["SURYADI"]),
        ("NANDO'S KITCHEN NOW HIRING", []),
        # a list of people with their parts: "A on vocals, B on drums"
        (
            "ingrid tolvane on vocals, brisco yttermark on drums",
            ["ingrid tolvane", "brisco yttermark"],
        ),
        ("fish on the grill, chicken on skewers", []),
        # "on" before an instrument places a player, no brand before its product
        ("Dario Ventrelli on bass at the jazz bar", ["Dario Ventrelli"]),
        ("Fender Jazz bass on the stand", []),
    ],
)
def test_round17_latin(text: str, names: list[str]) -> None:
    assert _names(text) == names
