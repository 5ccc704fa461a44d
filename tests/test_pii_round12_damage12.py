"""Round twelve of the PII work (damage12): words changed in captions that name no person. Rules
of ``_pii_names.find_names`` and ``_pii_scripts.uncased_pairs``: one name-like word ending a
clause after "to", with a motion verb or noun before it, is a destination ("across the desert to
Darwin"); a name-like pair after "my"/"our" doing what only an animal does is a pet of a breed
("Our Jack Russell barking at the waves"); "the" before a capitalized name makes a work or a ship
("the Venus de Milo"); a make and model before "test drive" is a car; a very frequent English word
that is no first name opens no lower-case name after a comma ("…, so windy"); an Arabic word only
weakly a given name and frequent, before a noun with the article, is no name ("وقت الفجر"). Each
trap is checked with the span model off too; the person captions keep their names."""

from __future__ import annotations

import pytest
from test_pii_round9_damage import _names  # the rules with and without the span model

from trustbench.sanitize.pii import Pseudonymizer


@pytest.mark.parametrize(
    "text",
    [
        "Riding the Ghan across the desert to Darwin",  # held-out 12
        "Road trip from Perth to Broome",
        "Ferry to Symi, finally",
        "Our Jack Russell barking at the waves",
        "my King Charles sniffing the tulips",
        "Queuing to see the Venus de Milo",  # held-out 12
        "Cruise on the Queen Mary",
        "LAMBORGHINI URUS TEST DRIVE",  # held-out 12
        "Skoda Octavia first drive review",
        "went to st ives for the weekend, so windy",  # held-out 12
        "lunch at the pier, too windy",
        "جسر الملك حسين وقت الفجر",  # held-out 12
        "OUR JACK RUSSELL BARKING AT THE WAVES",
    ],
)
def test_destinations_pets_works_cars_and_common_words(text):
    assert _names(text, model=False) == []
    assert _names(text) == []
    assert Pseudonymizer(key=b"k" * 32).pseudonymize(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drove all the way to Maria Lopez's house", "Maria Lopez"),
        ("Our Maria Lopez receiving her award", "Maria Lopez"),
        ("Maria Lopez digging in the garden", "Maria Lopez"),
        ("Our Lily Mae digging in the sand", "Lily Mae"),  # children dig: a person
        ("Dinner with the Maria Lopez fan club", "Maria Lopez"),
        ("Met the Reverend John Smith today", "John Smith"),
        ("Maria Lopez test drives the new Skoda", "Maria Lopez"),
        ("beach day, kwame mensah and me", "kwame mensah"),
        ("صورة مع حسين العلي", "حسين العلي"),
    ],
)
def test_people_next_to_destination_pet_work_and_car_words(text, name):
    assert name in _names(text)
