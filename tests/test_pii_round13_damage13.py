"""Round thirteen of the PII work: things named after people that the detector took for names
(held-out 13's damage). Each rule has a caption it used to change and a person it must keep."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name right before a product noun (cultivars, doughnuts) is a brand
        ("David Austin roses climbing the garden arch", []),
        ("Fresh batch of Krispy Kreme glazed doughnuts", []),
        ("Maria Lopez with roses", ["Maria Lopez"]),
        # a name, a regnal numeral and a thing named after the ruler
        ("The Dom Pedro II locomotive at the railway museum", []),
        ("Queen Elizabeth II statue in Windsor", []),
        # a ship's kind written before the name
        ("Tall ship Statsraad Lehmkuhl moored in Bergen", []),
        ("The schooner Bluenose leaving Lunenburg", []),
        ("Ferry captain John Smith at the helm", ["John Smith"]),
        # a street word a name list holds too ("Jalan"), after "on"
        ("Evening market on Jalan Tunku Abdul Rahman", []),
        ("Cruise on Jalan Sultan Ismail", []),
        ("Focus on Park Ji-sung", ["Park Ji-sung"]),
        # a drink's adjective before a drink named after a person
        ("Frozen Arnold Palmer on the patio", []),
        ("An iced Tom Collins by the pool", []),
        ("Frozen, Arnold Palmer waited", ["Arnold Palmer"]),
        # a place's possessive before a landmark
        ("Fog rolling over Wellington's Mount Victoria lookout", []),
        ("Uncle Wellington's Lake cabin", ["Wellington"]),
    ],
)
def test_round13_damage(text: str, names: list[str]) -> None:
    assert _names(text) == names
