"""Round eleven of the PII work (damage11): words changed in captions that name no person. Rules
of ``_pii_names.find_names``: a capitalized street word after the name ("Nevsky Prospekt",
"Karl Marx Allee") or a venue word of another language before it ("Estadio Santiago
Bernabéu") makes a street or a venue; a camel-case hashtag of three parts or more ending in a
place word is a landmark ("#VascoDaGamaBridge"); an animal noun after a name makes a breed
("Jack Russell puppy"), a dish noun closing a hit a dish ("bircher muesli"); a name open to
visitors is a ship or a house ("Amerigo Vespucci"), one after "The <Noun> of" that Faker does not
list a work ("The Birth of Venus"); "procession" after a name makes a festival. Each trap is checked
with the span model off too, so the rule (not the model) keeps the words; the person captions
next to the same words keep their names."""

from __future__ import annotations

import pytest
from test_pii_round9_damage import _names  # the rules with and without the span model

from trustbench.sanitize.pii import Pseudonymizer


@pytest.mark.parametrize(
    "text",
    [
        "Nevsky Prospekt during the white nights",  # held-out 11
        "Tverskaya Ulitsa covered in snow",
        "Karl Marx Allee at night",
        "Estadio Santiago Bernabéu tour",  # held-out 11
        "Stade Pierre Mauroy before the match",
        "Aeropuerto Adolfo Suárez arrivals hall",
        "#VascoDaGamaBridge #lisbon",  # held-out 11
        "#JohnHancockTower from the lake",
        "Jack Russell puppy chewing a flip-flop",  # held-out 11
        "King Charles spaniel puppies asleep in a basket",
        "bircher muesli in a jar for the train",  # held-out 11
        "The Birth of Venus, crowds three deep in the Uffizi",  # held-out 11
        "The Death of Marat at the museum",
        "Amerigo Vespucci open to visitors in Genoa",  # held-out 11
        "Gorch Fock is open to the public this weekend",
        "Ganesh Chaturthi procession in Mumbai",  # round ten's leftovers
        "NEVSKY PROSPEKT DURING THE WHITE NIGHTS",  # held-out 11 upper-cased
        "ESTADIO SANTIAGO BERNABÉU TOUR, TROPHY ROOM",
        "AMERIGO VESPUCCI OPEN TO VISITORS IN GENOA",
    ],
)
def test_streets_venues_landmarks_breeds_and_dishes_named_after_people(text):
    assert _names(text, model=False) == []
    assert _names(text) == []
    assert Pseudonymizer(key=b"k" * 32).pseudonymize(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Santiago Ortiz at the Estadio before kick-off", "Santiago Ortiz"),
        ("Jack Russell, our neighbour, walking his dog", "Jack Russell"),
        ("Irina Volkova on Nevsky Prospekt with her sister", "Irina Volkova"),
        ("Photo by Andrés Castillo, Estadio Azteca", "Andrés Castillo"),
        ("Anna Berg dog walking service opens on Monday", "Anna Berg"),
        ("Tomás Herrera and his puppy at the beach", "Tomás Herrera"),
        ("#MariaLopez portrait session in the studio", "MariaLopez"),
        ("Breakfast with Clara Weiss: muesli and coffee", "Clara Weiss"),
        ("The Birth of Emma, our first daughter", "Emma"),
        ("Maria Lopez open to new clients", "Maria Lopez"),
        ("Anna Berg at the procession", "Anna Berg"),
        ("Anna Berg puppy training classes", "Anna Berg"),
        ("Dr. Maria Lopez is open to visitors on Mondays", "Maria Lopez"),
        ("PHOTO BY ANDRÉS CASTILLO, ESTADIO AZTECA", "ANDRÉS CASTILLO"),
    ],
)
def test_people_next_to_street_venue_breed_and_dish_words(text, name):
    assert name in _names(text)
