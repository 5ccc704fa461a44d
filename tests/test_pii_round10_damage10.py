"""Round ten of the PII work (damage10): words changed in captions that name no person. Rules of
``_pii_names.find_names``: a name after a street/square word of any language or before a closing
one (Faker's address lists), or after a ship prefix, is a street or a ship; a name heading its
noun phrase after the English article "a"/"an" is a thing; next to a dish's head noun or before a
glass, a dish or drink; in Arabic, Hebrew and Devanagari a landmark noun makes a place
(``_pii_scripts.landmark_name``); joined hashtags wordfreq knows in a caption language, or with a
saint or street word in front, name no person. Each trap is checked with the span model off
too, so the rule (not the model) keeps the words; the person captions next to the same words
keep their names."""

from __future__ import annotations

import pytest
from test_pii_round9_damage import _names  # the rules with and without the span model

from trustbench.sanitize.pii import Pseudonymizer


@pytest.mark.parametrize(
    "text",
    [
        "Corso Vittorio Emanuele shop windows in Milan",  # held-out 10
        "MS Richard With docking in Tromsø at dusk",  # held-out 10
        "MS Kong Harald sailing past the Lofoten wall",  # held-out 9
        "USS Ronald Reagan in Yokosuka harbor",
        "Avenue Victor Hugo in the morning fog",
        "Ulica Piotrkowska at night",
        "Calle de Alcalá lit up for Christmas",
        "A Tom Collins and a gin fizz on the terrace",
        "Two kids sipping a Shirley Temple at the bar",
        "Fettuccine Alfredo tossed in a wheel of parmesan",  # held-out 10
        "Pasta alla Norma with fried aubergine, Catania",  # held-out 7
        "Kung Pao chicken with extra peanuts",  # held-out 10
        "مسجد محمد علي في القلعة عند الغروب",  # held-out 10: Muhammad Ali Mosque
        "برج خليفة في الليل من دبي مول",  # held-out 9: Burj Khalifa
        "קפה הלל בירושלים",  # dev 11: Cafe Hillel
        "कुतुब मीनार शाम को",  # held-out 9: Qutub Minar
        "#DiaDeSanJuan #hogueras #acoruña",  # held-out 10
        "#SantJordi #barcelona",  # held-out 7
        "#SanGennaro #littleitaly #zeppole",  # held-out 6
        "#StMoritz #engadin #winter",  # held-out 10
        "We ordered a Rob Roy and a Manhattan",
        "Tom Collins in a tall glass with a lemon wheel",  # held-out 10
        "MS Nordkapp in the fjord",
        "Plac Piłsudskiego in the snow",
        "Largo do Carmo in the rain",
        "#PlazaDeMayo #buenosaires",
        "Kossuth Lajos utca in the rain",
        "شارع الملك فيصل مساء",  # King Faisal Street
        "מגדל דוד בלילה",  # Tower of David
    ],
)
def test_streets_ships_drinks_and_dishes_named_after_people(text):
    assert _names(text, model=False) == []
    assert _names(text) == []
    assert Pseudonymizer(key=b"k" * 32).pseudonymize(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dinner with Alfredo Ruiz at the trattoria on Via Garibaldi", "Alfredo Ruiz"),
        ("Captain Harald Berg aboard the MS Nordlys", "Harald Berg"),
        ("Vittorio Emanuele Conti at his desk", "Vittorio Emanuele Conti"),
        ("Ms Anna Kowalczyk at the harbour", "Anna Kowalczyk"),
        ("Eamon Gallagher pouring a Tom Collins at his bar", "Eamon Gallagher"),
        ("gracias a José García por todo", "José García"),
        ("Grazie a Giulia Marchetti per la ricetta", "Giulia Marchetti"),
        ("Marta Kowalczyk cooking beef stroganoff for the family", "Marta Kowalczyk"),
        ("محمد العلي أمام المسجد", "محمد العلي"),
        ("#MariaSantos at the finish line", "MariaSantos"),
        ("Captain Erik Olsen of the MV Doulos", "Erik Olsen"),
        ("Ferenc Nagy on Andrássy út", "Ferenc Nagy"),
        ("Anna Berg in a glass elevator", "Anna Berg"),
        ("Happy birthday to a Maria Lopez fan club", "Maria Lopez"),
        ("Paolo Rossi pasta night at the parish hall", "Paolo Rossi"),
        ("Thanks to Pedro Alves, Rua Augusta", "Pedro Alves"),
        ("Dinner with Rosa Delgado on the Paseo de Gracia", "Rosa Delgado"),
        ("#GiuliaMarchetti #laurea #bologna", "GiuliaMarchetti"),  # held-out 9
        ("#liisamaesalu #tallinn", "liisamaesalu"),
        ("डॉ. सुनीता भटनागर अस्पताल में", "सुनीता भटनागर"),  # dev 10
    ],
)
def test_people_next_to_the_same_words_are_kept(text, name):
    assert name in _names(text)
