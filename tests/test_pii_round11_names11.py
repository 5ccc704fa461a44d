"""Round eleven of the PII work: person names the rules still missed. Each rule has a caption
it used to miss and a trap it must leave untouched (the detector as a whole: ``PIIDetector``)."""

from __future__ import annotations

import pytest

from trustbench.sanitize.pii import PIIDetector


def _names(text: str) -> list[str]:
    (spans,) = PIIDetector().detect_many([text])
    return [text[s.start : s.end] for s in spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a scene, a comma, a name whose first word is also a (rare) dictionary word, an -ing verb
        ("Sunset at the marina, Talia Fenwood coiling the ropes", ["Talia Fenwood"]),
        ("At the cafe, Espresso Martini shaking", []),
        # a first name that is also an English word, then an unknown surname, in a scene
        ("Village fete, Amber Quillane judging the cakes", ["Amber Quillane"]),
        ("Amber Road, Maple Syrup dripping", []),
        # a role noun written lower-case before an unknown pair vouches like a title
        ("Booked through realtor Penrick Ashdale: open house Sunday", ["Penrick Ashdale"]),
        ("The guide Lonely Planet recommends", []),
        # a Han name in the comitative frame 和/跟/与/同 … 一起
        ("和林晓岚一起在海边散步", ["林晓岚"]),
        ("和大家一起唱歌", []),
        # a strong Japanese surname of the tables, a Japanese given name, an honorific
        ("大塚千尋さんの結婚式、おめでとう！", ["大塚千尋"]),
        ("大塚駅さん", []),
        ("運転手さんありがとう", []),
        # two Mongolian given names in the nominative, both romanizing to listed names
        ("Батбаяр Гантулга наадамд морь уралдуулав", ["Батбаяр Гантулга"]),
        ("Эрдэнэ Зуу хийд", []),
        # two unknown name-like lower-case words opening a caption, then a past-tense verb
        ("selvren ashcombe knitted this whole blanket in a week", ["selvren ashcombe"]),
        ("matcha latte tasted amazing", []),
        ("kombucha scoby finally grew", []),
    ],
)
def test_round11_names(text: str, names: list[str]) -> None:
    assert _names(text) == names
