"""Round twenty, tuner A (t34a): Latin-script damage. A Romance landform or site word and a
particle before a capitalized word name a place ("Puerta de Alcalá", "isla del Sol",
"Mirante do Pai Inácio"), and a German place compound ends a place's name ("Grazer
Rathausplatz", "Blick von der Kaiserbrücke"), and so does a lower-case Vietnamese river, island,
pass … word ("sông Hương", "đảo Phú Quốc"); a typeface's style word ends a font's name where
the caption speaks of type ("Josefin Sans", "Fira Mono"); people beside such places are still found."""

from __future__ import annotations

import pytest

from trustbench.sanitize._pii_names import find_names


def _names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in find_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Atardecer en la Puerta de Alcalá, Madrid",
        "Miradouro de Santa Luzia ao pôr do sol, Lisboa",
        "Mirante do Pai Inácio, Chapada Diamantina",
        "amanecer en la isla del Sol, Bolivia",
        "Arco de Cuchilleros, Plaza Mayor",
        "Platja de Sant Sebastià a l'estiu",
        "Cataratas del Niágara desde el barco",
        "Adventsmarkt vor dem Grazer Rathausplatz",
        "Blick von der Kaiserbrücke auf den Dom",
        "Feuerwerk über der Zürcher Seebrücke",
        "Regen über dem Hamburger Rathausmarkt",
        "thuyền trên sông Hương lúc hoàng hôn",
        "đảo Phú Quốc hoàng hôn",
        "đèo Hải Vân mùa mưa",
        "bến Ninh Kiều về đêm",
        "Website mockup set in Josefin Sans, blue and white",
        "Type specimen of Akzidenz Grotesk, 1898",
        "Code editor font: Fira Mono on a dark theme",
        "Bodoni and Noto Serif type proofs on the studio table",
    ],
)
def test_places_kept(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Lucía Ferreyra en la Puerta de Alcalá", "Ana Lucía Ferreyra"),
        ("Con Joaquín Echeverría en la isla del Sol", "Joaquín Echeverría"),
        ("Mariana Tavares no Miradouro de Santa Luzia", "Mariana Tavares"),
        ("Thiago Menezes na cachoeira do Tabuleiro", "Thiago Menezes"),
        ("Hannelore Brückner am Marienplatz", "Hannelore Brückner"),
        ("Sieglinde Neuhaus im Kaffeehaus", "Sieglinde Neuhaus"),
        ("Lotte Steinbrück und Jens Marktl in Graz", "Lotte Steinbrück"),
        ("Chị Nguyễn Thị Hồng Nhung đi dạo bên sông Hàn", "Nguyễn Thị Hồng Nhung"),
        ("Anh Lương Quốc Bảo câu cá trên sông", "Lương Quốc Bảo"),
        ("Jordi Sans al Camp Nou amb la família", "Jordi Sans"),
        ("Type designer Ilse Vandermeulen sketching glyphs", "Ilse Vandermeulen"),
    ],
)
def test_people_found(text: str, name: str) -> None:
    assert any(name in n for n in _names(text))
