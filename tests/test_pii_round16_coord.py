"""Round sixteen of the PII work (coordination tuner): the other name of "A and B" in the same
written form (title case, lower case, ALL CAPS; "and" of many languages), lists, a present verb
after an unknown name, the agent of a passive, a caption-opening role noun. Each rule has a person
it used to miss and a caption it must leave alone."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the other name of a coordination, in the form of the detected one
        (
            "Mòrag NicLeòid and Dòmhnall MacAoidh after the final",
            ["Mòrag NicLeòid", "Dòmhnall MacAoidh"],
        ),
        (
            "Reindeer round-up: Áillohaš Eira and Biret Ánne Hætta at the corral",
            ["Áillohaš Eira", "Biret Ánne Hætta"],
        ),
        (
            "big up tashana whyte and shanice brown, that 4x100 anchor leg",
            ["tashana whyte", "shanice brown"],
        ),
        (
            "SOUND CLASH — SELECTOR DELROY GAYLE VS. JUNIOR MCKENZIE — KINGSTON",
            ["DELROY GAYLE", "JUNIOR MCKENZIE"],
        ),
        # another language's "and": Welsh "a" (a weak one: a listed first name must follow)
        ("DIOLCH O GALON, ELERI HUWS A GERAINT PRICE!", ["ELERI HUWS", "GERAINT PRICE"]),
        (
            "Llongyfarchiadau i Gwenllian Rhydderch a Iolo Maredudd ar y briodas",
            ["Gwenllian Rhydderch", "Iolo Maredudd"],
        ),
        # a list: "A, B and C"
        (
            "Calf marking, herders Elle Sunná Oskal, Biret Ánne Hætta and Nillas Balto at the corral",
            ["Elle Sunná Oskal", "Biret Ánne Hætta", "Nillas Balto"],
        ),
        (
            "big up shanice brown, tashana whyte and kerry-ann lyons, what a relay",
            ["shanice brown", "tashana whyte", "kerry-ann lyons"],
        ),
        # no person: a place, a thing, English "at" and "a"
        ("Mehmet Aydın at Sabiha Gökçen arrivals with a sign", ["Mehmet Aydın"]),
        ("Nomvula Khoza and Cape Town Council staff at the launch", ["Nomvula Khoza"]),
        ("tashana whyte and the relay squad, what a run", ["tashana whyte"]),
        ("DELROY GAYLE VS. MONTEGO BAY SELECT", ["DELROY GAYLE"]),
    ],
)
def test_coordinated_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # a second capitalized hit joined by Finnish "ja" is a second person
        ("Häät: Aino Kärkkäinen ja Väinö Hyvärinen Kuopiossa", "Väinö Hyvärinen", None),
        # a trip: a word of a caption language that no name list holds is no second person
        ("Matka Helsingistä ja Tampereelta Ouluun", None, "Helsingistä"),
    ],
)
def test_joined_second_hit(text: str, found: str | None, not_found: str | None) -> None:
    names = " | ".join(_names(text))
    assert found is None or found in names
    assert not_found is None or not_found not in names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a third-person present verb with its object after an unknown name
        ("Before the service, Tobin Haskerley tunes the church organ", ["Tobin Haskerley"]),
        ("Every morning the ferry leaves Stornoway at seven", []),
        # the agent of a passive: a name-like mononym after a participle and "by"
        ("Batik tulis being waxed by Parsinah in Laweyan, Solo", ["Parsinah"]),
        ("Souvenirs made by Kalimantan artisans", []),
        ("Batik tulis being waxed by hand in the workshop", []),
        # a capitalized role noun opening the caption vouches for the name after it
        ("Weaver Shandiin Begay at her loom near Window Rock", ["Shandiin Begay"]),
        ("Weaver birds building nests in the acacia", []),
    ],
)
def test_verbs_agents_roles(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_new_memos_are_bounded() -> None:
    from trustbench.sanitize import _pii_names

    for fn in (_pii_names.role_noun, _pii_names._coord_name_of):
        assert fn.cache_info().maxsize is not None, fn.__name__
