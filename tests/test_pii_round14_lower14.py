"""Round fourteen of the PII work (``lower14``): lower-case names in greetings, thanks and
credits of many languages, and the place, dish and phrase words around them. Each rule has a
caption it used to miss or damage and a trap it must leave untouched (``PIIDetector``)."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # after a comma or a colon (no credit word), only a run opened by a strong first name
        ("fotka: jana dvořáková, vysoké tatry v zimě", ["jana dvořáková"]),
        ("foto: lago maggiore, stresa al mattino", []),
        # a run opened by a frequent word of a caption language is no name
        ("selamat pagi, semoga sukses selalu", []),
        ("teşekkürler elif aksoy, börek harikaydı", ["elif aksoy"]),
        ("teşekkürler, börek harikaydı", []),
        # thanks and greetings of other languages put a person after them; a function word
        # of a caption language ("per") ends the name
        ("grazie a francesca moretti per il caffè", ["francesca moretti"]),
        ("grazie a tutti per il caffè", []),
        # a frequent word of a caption language that goes on ends the name ("atas …"); a
        # surname that is also a word stays ("yıldırım" is "lightning")
        ("terima kasih rina wulandari atas bantuannya", ["rina wulandari"]),
        ("design by ozan yıldırım for the istanbul coffee festival", ["ozan yıldırım"]),
        # a greeting's own words are no part of the name after it
        ("heri ya siku ya kuzaliwa halima achieng", ["halima achieng"]),
        # a strong first name alone after a greeting, before the clause ends
        ("selamat ulang tahun ratna, semoga bahagia selalu", ["ratna"]),
        ("selamat ulang tahun, semoga bahagia selalu", []),
        # a greeting is a whole word ("asubuhi " does not end with "hi ")
        ("chai ya asubuhi na mandazi", []),
        # the learned pair model takes no pair holding a word of a caption language
        ("mert aydın ile kamp ateşi başında", ["mert aydın"]),
        ("kamp ateşi başında gece yarısı", []),
        # two name-like words after a chat opener, before a (just/finally …) past-tense verb
        ("ok so wrenna castellow just booked the cabin for july", ["wrenna castellow"]),
        ("ok so pad thai just arrived", []),
        # a run opening a caption that holds a word of a caption language is no name
        ("pınar yavuz ile sahilde yürüyüş", ["pınar yavuz"]),
        ("bahçede çay keyfi, kediler ve simit", []),
    ],
)
def test_round14_lower(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text, name", [
    ("zeynep kaya and her dog at the beach", "zeynep kaya"),  # "kaya" is a frequent word too
    ("happy birthday jose dela cruz!!", "jose dela cruz"),  # Filipino particle "dela"
])
def test_lead_lower_case_given_name_then_surname(text, name):
    from trustbench.sanitize.pii import PIIDetector

    assert name in {s.text for s in PIIDetector().detect(text)}


def test_lead_frequent_word_after_a_word_still_ends_the_run():
    from trustbench.sanitize.pii import PIIDetector

    # "kaya" after an ordinary word opens no name: the exception needs a given name before it
    assert not PIIDetector().detect("rumah kaya di desa ini sangat besar")
