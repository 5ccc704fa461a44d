"""Round seventeen of the PII work (damage tuner): words of no person changed in captions that
name nobody, above all ALL-CAPS headlines and signs, where no capital tells a name from a word.
Each rule has a caption it must leave alone and a person it must still find."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # ALL CAPS: a hit loses the plain words (of English or a caption language, no name) at its
        # edges; one left of two or more is dropped
        ("DZIĘKUJĘ ZA WSPANIAŁĄ KOLACJĘ", []),
        ("KWAME BOATENG WINS THE ACCRA MARATHON", ["KWAME BOATENG"]),
        ("TERIMA KASIH BANYAK, SAMPAI JUMPA LAGI", []),  # frequent words, weak names somewhere
        ("CONGRATULATIONS TALIA AVRAHAM", ["TALIA AVRAHAM"]),
        # … and a rarer English word that no name list holds ("teacups"); a name particle or a
        # well-ranked name stays
        ("WEDGWOOD TEACUPS AT THE CAR BOOT SALE", []),
        ("MARIA DA SILVA OPENS HER BAKERY", ["MARIA DA SILVA"]),
        ("JOOST VAN GROOT BIJ DE MOLEN", ["JOOST VAN GROOT"]),  # a word after a particle stays
        # one surname in the possessive after "at" with no noun after it: a shop or restaurant
        ("Burgers at McDonald's after practice", []),
        ("Sunday lunch at Maria's", ["Maria"]),
        # an ALL-CAPS headline read as a caption (lower-case but for its hits) meets the guards
        # of any hit and the span model ("pint of …" is a drink)
        ("PINT OF MARTIN COTTERILL IN THE FREEZER", []),
        ("ESI MENSAH SELLING KENKEY AT THE LORRY PARK", ["ESI MENSAH"]),
        # a name joined by "&" to one capitalized word that is no first name: a firm or brand
        ("Lunch at Ferreira & Filhos, Porto", []),
        ("Dinner with Mehmet & Ayşe", ["Mehmet", "Ayşe"]),
        ("Photo by Ingrid Halvorsen & Co", ["Ingrid Halvorsen"]),
    ],
)
def test_round17_damage(text: str, names: list[str]) -> None:
    assert _names(text) == names
