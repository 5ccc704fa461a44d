"""Round fifteen of the PII work: holidays, trophies, causeways, transit lines, squares,
facilities, artworks, cultivars, beers and hashtags named like people (held-out 15–16's damage).
Each rule has a caption it used to change and a person it must keep."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # holidays, trophies, causeways and lines after a name (title case and ALL CAPS)
        ("Webb Ellis Cup on tour in Tokyo", []),
        ("KING FAHD CAUSEWAY AT SUNSET", []),
        ("ELIZABETH LINE TRAIN AT PADDINGTON", []),
        ("Delays on the Jubilee Line this morning", []),
        ("Dinner with Doris Day", ["Doris Day"]),
        ("Lunch with Emma Day and Tom Line", ["Emma Day", "Tom Line"]),
        # "<name> Day" after "for"/"on" or before an event noun: a holiday
        ("Flag raising for Bonifacio Day at the town plaza", []),
        ("Rizal Day wreath at the monument", []),
        ("Anzac Day dawn service, Liam O'Connor laying the wreath", ["Liam O'Connor"]),
        # squares and streets in Romanian, Czech, Croatian
        ("Evening lights on Piața Victoriei", []),
        ("Shops along Calea Moșilor", []),
        ("Street musicians on Trg Petra Preradovića", []),
        ("Ioana Popescu crossing Piața Unirii", ["Ioana Popescu"]),
        # a second name, then a facility word; ALL CAPS: a modifier or an unlisted word between
        ("Outpatients queue at Chris Hani Baragwanath Hospital", []),
        ("STEVE BIKO ACADEMIC HOSPITAL ENTRANCE", []),
        ("OLUWASEUN BALOGUN BREAKS SCHOOL 100M RECORD", ["OLUWASEUN BALOGUN"]),
        ("BALLET NIGHT AT THE ALISHER NAVOI OPERA THEATRE", []),
        ("SULTAN ABDUL SAMAD BUILDING IN THE EVENING RAIN", []),
        ("MARIA LOPEZ ART CLASS", ["MARIA LOPEZ"]),
        # a university word of Indonesian, Malay, Czech, Polish before the name
        ("Campus of Universitas Gadjah Mada in Yogyakarta", []),
        # one name after "statue of", "cast of", "bust of": an artwork
        ("Plaster cast of David at the V&A", []),
        ("Portrait of Emma by the window", ["Emma"]),
        # a city after an airport's "International,"
        ("Boarding at Murtala Muhammed International, Lagos, gate E4", []),
        # beer: "on tap", "a pint of"
        ("Stella Artois on tap at the airport bar", []),
        ("A pint of Kilkenny for Seán Murphy", ["Seán Murphy"]),
        # a quoted cultivar after its plant
        ("Rose 'Madame Alfred Carrière' covering the old wall", []),
        ("Hiroshi Tanaka pruning the Clematis 'Nelly Moser'", ["Hiroshi Tanaka"]),
        # a camel-case hashtag ending in a line, place or event word
        ("#ElizabethLine #london #commute", []),
        ("#JamesWilson at the finish line", ["JamesWilson"]),
        ("#ELIZABETHLINE #LONDON #COMMUTE", []),
        ("#JiminPark at the show", ["JiminPark"]),
        # a shop noun ends a Turkish or Romanian sign; the owner's name stays
        ("KEBAP SALONU AND PIDE SALONU SIGNS", []),
        ("MEHMET ARSLAN KEBAP SALONU", ["MEHMET ARSLAN"]),
        # a numeral after the subject of "Portrait of": a painting's title
        ("Gift shop print of the Portrait of Adele Bloch-Bauer I", []),
        ("Portrait of Adele Bloch-Bauer in the gallery", ["Adele Bloch-Bauer"]),
        # lower-case brand before a product noun; "lights" as a verb keeps the person
        ("philips hue lights set to purple for the party", []),
        ("Maria Lopez lights the candles", ["Maria Lopez"]),
    ],
)
def test_round15_damage(text: str, names: list[str]) -> None:
    assert _names(text) == names
