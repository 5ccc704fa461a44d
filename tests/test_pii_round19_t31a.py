"""Round nineteen (tuner t31a): Latin-script names after kin, role and "or" words; landmarks,
stadiums, countries and dishes that read as names."""

from __future__ import annotations

import pytest

from trustbench.sanitize.pii import detect_pii


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lower-case kin word vouches for the name after it, a second person of the caption
        ("Ingrid Solberg with baby Freya at the fjord, July", "Freya"),
        ("Portrait of Kofi Mensah (1920–1988) and his wife Ama Serwaa, Kumasi", "Ama Serwaa"),
        # "or" joins two people as "and" does
        ("Moving sale, call Maria Santos or Jorge Reyes for details", "Jorge Reyes"),
        # a given name that is a word, after a lower-case role noun, before a surname
        ("Harare chess open, winner Gift Chikwanha with the silver cup", "Gift Chikwanha"),
        # lower-case, after a contact verb of an ad, a surname that is a word too
        ("couch for sale, call jenna white after 5", "jenna white"),
        # a surname that is a word, after a strong given name and a lower-case role noun
        ("Fiddle lesson with teacher Aileen Sparrow in Cape Breton", "Aileen Sparrow"),
        # lower-case after a chat opener, before a past verb of action
        ("lol dana whitfield forgot her keys again", "dana whitfield"),
        # a kin word of the person's own after the pair
        ("A card from Quilla Marrowby for her grandson", "Quilla Marrowby"),
        # opening the caption before a verb: a given name that is a rare word, a surname no
        # dictionary holds
        ("Hazel Tjakamarra painting dots on canvas", "Hazel Tjakamarra"),
        # a town's name as the surname, opening a caption before an -ing verb and its object
        ("Noah Bedford swimming in the lake before breakfast", "Noah Bedford"),
    ],
)
def test_name_found(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kayaking on Lago di Braies in June",  # a landform word before "di": a place
        "Valle de la Luna at sunset",
        "Snow falling on Lambeau Field",  # a venue word that is a surname: a stadium
        "Heinz Field before the game",
        "Skyline of Singapore with the bay at night",  # a country after a locative
        "Red dunes of Sossusvlei, Namibia, at first light",
        "Lunch plate with pork gyoza and beef bulgogi",  # a dish noun closing the pair
        "Makan siang di warung pinggir jalan",  # a lower-case eatery word
        "Sabah Topkapı Sarayı önünde kuyruk",  # a Turkish landmark word after the namesake
        "Ferry to Martha's Vineyard in August",  # a map word after the possessive
        "Huayna Picchu shrouded in fog",  # a landscape's state vouches for no person
        "call now for pricing, text for details",
        "Gebrauchter Kühlschrank, 3-Zimmer-Wohnung, Abholung",  # inflected words, a number's compound
        "Shopping for lanterns in Khan el-Khalili",  # an Arabic place word before the article
        "Night train from Gare du Nord",  # a station word before a particle
        "SPRING/SUMMER 2025 LOOKBOOK",  # words joined by a slash
        "lol taco bell closed early again",  # a chat opener before a frequent word
    ],
)
def test_no_pii_left_unchanged(text: str) -> None:
    assert detect_pii(text) == []


def test_person_with_landform_surname_stays() -> None:
    assert _names("Ayşe Costa de Oliveira at the harbour") == ["Ayşe Costa de Oliveira"]
    assert _names("Sally Field signing autographs") == ["Sally Field"]
    assert _names("Amara Okafor covered in flour at her bakery") == ["Amara Okafor"]
