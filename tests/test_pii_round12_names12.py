"""Round twelve of the PII work: person names the rules still missed. Each rule has a caption
it used to miss and a trap it must leave untouched (the detector as a whole: ``PIIDetector``)."""

from __future__ import annotations

import pytest
from test_pii_round11_names11 import _names  # the PERSON spans PIIDetector finds in one text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a scene, a comma, a name, then what the person wears: "in his/her/the …"
        ("Rodeo finals, Wade Thunderhawk in the black hat", ["Wade Thunderhawk"]),
        ("Parade day, drummers in the street", []),
        # a lower-case name after a credit label with a colon ("pics:"), before a "/"
        ("pics: sana farooq / islamabad margalla hills", ["sana farooq"]),
        ("pics: street food / night market", []),
        # ALL-CAPS: the person an event is held for
        ("FUNERAL FOR AGNES WHITTLESEA THURSDAY 10AM", ["AGNES WHITTLESEA"]),
        ("FUNERAL SERVICE FOR FAMILY AND FRIENDS SATURDAY 11AM", []),
        # a pair joined by "and" to a found full name, where a scene puts its people
        (
            "Garden party, Lourdes Vantongeren and Peter Walsh under the tent",
            ["Lourdes Vantongeren", "Peter Walsh"],
        ),
        ("Road trip, Salt Lake and John Smith", ["John Smith"]),
    ],
)
def test_round12_names(text: str, names: list[str]) -> None:
    assert _names(text) == names
