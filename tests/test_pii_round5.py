"""Round five of the PII work: names in Han/Hangul/kana/Indic scripts, lower-case names where a
person stands, kin and role nouns, particles, ALL-CAPS headlines and eponymous things that are no
people. One real example per mechanism, each with a negative one."""

from __future__ import annotations

import pytest

from trustbench.sanitize.pii import Pseudonymizer, detect_pii

KEY = b"round-five-key-0123456789abcdef"


def _names(text: str) -> list[str]:
    return [s.text for s in detect_pii(text) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Han: a listed surname + a strong given name of the full tables, before 的/在 …
        ("李思琪在杭州的毕业典礼", ["李思琪"]),
        ("安静的夜晚", []),  # a frequent Chinese word ("quiet") is no surname + given name
        # Hangul: surname + two syllables, the whole word or before a particle syllable
        ("최서윤 생일 축하해", ["최서윤"]),
        ("서울 야경이 아름답다", []),
        # Japanese: kanji surname + kana given name (or none) before an honorific
        ("中村あおいさんの誕生日", ["中村あおい"]),
        ("お母さんと一緒", []),
        # Indic: romanized lookups ("sunil" + "yadav"), not a landmark or a river
        ("सुनील यादव मैदान में", ["सुनील यादव"]),
        ("गंगा नदी के किनारे सूर्यास्त", []),
        ("ताज महल की तस्वीरें", []),
        # Arabic: a given name takes no article; "الملك" (the king) starts no name
        ("جامعة الملك سعود في الرياض", []),
    ],
)
def test_names_in_other_scripts(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("finally met adaeze nwachukwu at the station", ["adaeze nwachukwu"]),  # after "met"
        ("i think bogdan kravets took this one", ["bogdan kravets"]),  # before a past verb
        ("dinner for lucia ferreira and tomas ferreira", ["lucia ferreira", "tomas ferreira"]),
        ("bike ride w/ anan wongsakul", ["anan wongsakul"]),  # "w/" is "with"
        ("fotografia di matteo bellandi", ["matteo bellandi"]),  # a credit in Italian
        ("aso oke styled by the tailor", []),  # a passive: the fabric is no person
        ("pad thai and tom yum at the night market", []),  # "and" after no name
        ("my kid with his boda boda", []),  # reduplicated words are things
    ],
)
def test_lower_case_names_where_a_person_stands(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Quilt sewn by her granddaughter Tsosie Begaye in Chinle", ["Tsosie Begaye"]),
        ("Cake smash for Velmira Orsckett, one year old", ["Velmira Orsckett"]),
        ("Dinner at Ravelle Moustrin's cottage", ["Ravelle Moustrin"]),  # a possessive
        ("Dessaline Qorvath painted the backdrop", ["Dessaline Qorvath"]),  # a past verb
        ("Tane Te Rangi carving a paddle", ["Tane Te Rangi"]),  # a capitalized particle
        ("Orlaith O'Dunnavan at the session", ["Orlaith O'Dunnavan"]),  # O' is no camel case
        ("Lunch with Ysolde de Marchetour", ["Ysolde de Marchetour"]),  # unknown, particle
        ("Kalani ʻĀkau paddling at dawn", ["Kalani ʻĀkau"]),  # the Hawaiian ʻokina
        ("Happy birthday to Velkan Mordrisse!", ["Velkan Mordrisse"]),  # a greeting with "to"
        ("Our wedding officiant Ilsabet Varonique", ["Ilsabet Varonique"]),  # mid-sentence
        ("Flights to Velkan Mordrisse", []),  # "to" after no greeting introduces a place
        ("Street food in Hoi An, Vietnam", []),  # two words after "in" closing a clause
        ("Sunset in Chiang Rai", []),
    ],
)
def test_title_case_positions(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("IN LOVING MEMORY OF DORVANA KESTWICK 1938–2024", ["DORVANA KESTWICK"]),  # a year
        ("VELMOND ASHTRAVE LIVE — TICKETS ON SALE", ["VELMOND ASHTRAVE"]),  # "live" after
        ("EARLY SUMMER ON THE LAKE", []),  # an ALL-CAPS headline of English words
        ("CHEERS TO ILSABET VARONIQUE ON RETIRING", ["ILSABET VARONIQUE"]),
        ("WEEKEND TRIP TO VELKAN MORDRISSE", []),
        ("TOM FORD AVIATOR SUNGLASSES", []),  # a product noun, read in any case
        ("CUTTY SARK CLIPPER IN GREENWICH", []),  # a thing word after it
        ("SANTIAGO DE COMPOSTELA CATHEDRAL SQUARE", []),  # no name ends in a particle
        ("VANMOOF E-BIKE LOCKED OUTSIDE", []),  # a hyphenated dictionary word
        ("JUNG HA-EUN - OFFICIAL PORTRAIT", ["JUNG HA-EUN"]),  # a syllable name is no word
    ],
)
def test_all_caps(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Guy Fawkes Night fireworks over the harbour",  # an event after the name
        "Cutty Sark clipper in dry dock",  # a vessel
        "HMS Belfast moored on the Thames",  # a ship prefix
        "Boulevard Saint-Germain cafe terrace",  # a street prefix; no number: no address
        "Jack Russell terrier on the sofa",  # a breed
        "Simon Bolivar statue in the plaza",  # a statue
        "Cafe on Avenida de Mayo",  # a prefix before a particle
        "Tim Tam biscuits and tea",  # a food product noun
        "Γιώργος στην Αθήνα",  # a place after a Greek locative
    ],
)
def test_eponymous_things_are_no_people(text):
    spans = detect_pii(text)
    # the Greek caption's person (a lone given name) is not this test's subject
    assert [s.text for s in spans if s.text != "Γιώργος"] == []


def test_a_street_with_a_number_is_still_an_address():
    assert [s.type for s in detect_pii("Atelier at 12 Boulevard Haussmann, 75009 Paris")] == [
        "ADDRESS"
    ]


def test_new_forms_are_replaced_whole():
    texts = ["李思琪在杭州的毕业典礼", "finally met adaeze nwachukwu at the station",
             "सुनील यादव मैदान में"]  # fmt: skip
    out = Pseudonymizer(KEY).pseudonymize_texts(texts)
    assert "李思琪" not in out[0] and out[0].endswith("在杭州的毕业典礼")
    assert "adaeze" not in out[1] and "nwachukwu" not in out[1]
    assert "सुनील" not in out[2] and "यादव" not in out[2]
