"""Round twenty (tuner t33a): Latin-script names in a grammatical case, in a photo's file name
and in a family's wedding tag; case-inflected noun phrases, breeds, paint colours, equipment,
landmark words of other languages, Slavic saints and ALL-CAPS shop offers that read as
names."""

from __future__ import annotations

import pytest

from trustbench.sanitize.pii import detect_pii


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text) if s.type == "PERSON"]


def _found(text: str, name: str) -> bool:
    return any(name in n or n in name for n in _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Slavic, Romanian or Hungarian name in the case its frame word asks for
        ("Wieczór z Bartoszem Michalakiem w klubie jazzowym", "Bartoszem Michalakiem"),
        ("Dziadek Henryk Wróbel z wnuczką Oliwią Sikorą nad jeziorem", "Oliwią Sikorą"),
        ("Na koncercie z Dominiką Czerwińską, Lublin", "Dominiką Czerwińską"),
        ("Procházka s Kateřinou Holubovou po Vyšehradě", "Kateřinou Holubovou"),
        ("Rozhovor s Radimem Kolářem o včelách", "Radimem Kolářem"),
        ("Botezul Andreei Munteanu la Iași", "Andreei Munteanu"),
        ("Razgovor sa Draganom Petrovićem u Novom Sadu", "Draganom Petrovićem"),
        ("Wyprawa z Piotrem Sadowskim i Markiem Olszewskim w Bieszczady", "Markiem Olszewskim"),
        # a Finnish "-nen" surname in a case form after the given name
        ("Illallisella Katja Rautiaisen kanssa", "Katja Rautiaisen"),
        ("Kiitos Markku Heiskaselle tuesta", "Markku Heiskaselle"),
        # a second person after a lower-case kin or apprentice word of another language
        ("Don Anselmo Quiroga y su nieta Renata Villalba en el huerto", "Renata Villalba"),
        ("M. Thierry Gaudin et son apprenti Lilian Perret à la forge", "Lilian Perret"),
        ("Nonno Gino Bertolini con la nipotina Aurora Cappelli in vigna", "Aurora Cappelli"),
        ("Bà Đỗ Thị Hoa và con trai Lý Quốc Bảo ở Đà Lạt", "Lý Quốc Bảo"),
        ("Opa Henk Mulder met zijn kleindochter Saar Bosman bij de molen", "Saar Bosman"),
        # a lower-case name after "with" of another language, in a caption that capitalizes
        # its places
        ("aquí con yuridia ulloa después de la carrera en San José", "yuridia ulloa"),
        ("jantar com a beatriz cordeiro ontem 😍", "beatriz cordeiro"),
        # a lower-case kin word vouches for a strong given name and a surname that is a word
        ("Naomi Begay and her granddaughter Tallulah Sparrow at the kiln", "Tallulah Sparrow"),
        ("Mrs Aroha Ngata with her nephew Tamati Hawk", "Tamati Hawk"),
        # a photo's file name, its words joined by "_" or "-"
        ("IMG_20230517_Ingrid_Halvorsen_headshot.jpg", "Ingrid_Halvorsen"),
        ("DSC_1182 chiamaka-eze-convocation.jpeg", "chiamaka-eze"),
        ("PXL_20240802_portrait_Tendai_Mukwashi.png", "Tendai_Mukwashi"),
        ("tomasz-wrobel-first-communion-2019.jpg", "tomasz-wrobel"),
        # "The", a surname and a family word or plural: a family's or couple's tag
        ("Mr & Mrs at last 💍 #TheOyelaranWedding", "TheOyelaranWedding"),
        ("Ten years married today #TheKowalczyks2025", "TheKowalczyks2025"),
        ("Family photo day #TheFonotis #samoa", "TheFonotis"),
    ],
)
def test_name_found(text: str, name: str) -> None:
    assert _found(text, name), _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a noun and its adjective in the same case, no given name: a place or thing
        "Rejs statkiem nad Morzem Śródziemnym",
        "Spacer brzegiem nad Zatoką Pucką o zmierzchu",
        "Herbata z Cytryną Sycylijską i miodem",
        "Kawa z Mlekiem Kokosowym w kawiarni",
        # a file name of things, places and events
        "IMG_20230517_sunset_over_the_harbour.jpg",
        "DSC_1182 wedding-cake-cutting.jpeg",
        "victoria-falls-rainbow-2019.jpg",
        "taj_mahal_at_dawn.png",
        # "The" and a plural that is a band, a show or a place
        "Tribute night #TheBeatles2024",
        "Weekend away #TheHamptons",
        "Island life #TheMaldives2025",
        "Rustic vibes #TheBarnWedding",
        # a breed word ending the pair or after it: a dog, horse or cattle breed
        "Doberman Pinscher puppy asleep on a rug",
        "Gordon Setters working a grouse moor",
        "Belted Galloway cattle grazing by the loch",
        # a paint colour after a word that is no given name
        "Triumph TR6, 1973, Damson Red, original interior",
        # a make and model directly before an equipment noun, after "with"
        "Gravel bike with Campagnolo Ekar groupset",
        "Mizuno Wave Rider running shoes, size 9",
        # a drink named after a person, its modifier before the drink noun
        "Arnold Palmer iced tea by the pool",
        "JUAN VALDEZ ROASTED COFFEE BEANS 500 G",
        "Tom Collins sparkling cocktail at the bar",
        # one name in the possessive before the food its venue sells
        "Slices at Vinnie's Pizza after the game",
        "Pastrami on rye at Abe's Delicatessen",
        "Brisket at Earl's Smokehouse, Lockhart",
        # a landmark word of another language before the landmark's name
        "Pura Ulun Danu Bratan di pagi hari",
        "Cascate del Mulino a Saturnia",
        "Praia do Camilo ao pôr do sol",
        "Munții Făgăraș iarna",
        "Gökova Körfezi'nde tekne turu",
        # a shop's ALL-CAPS offer or opening sign in another language: brands and products
        "PROMOCIÓN: VINO RAMÓN BILBAO CRIANZA 6 BOTELLAS",
        "OFFERTA: PASTA RUMMO 500 G",
        "AANBIEDING: HAK ERWTEN 720 ML",
        "NOWA PIEKARNIA ZBYSZKO – OTWARCIE W PIĄTEK",
        # the first word of a club of another country
        "Real Zaragoza y Racing Ferrol empatan a cero",
        "Eintracht Braunschweig steigt auf",
        "Górnik Łęczna przegrywa u siebie",
        "LEGIA KONTRA WIDZEW: BILETY W SPRZEDAŻY",  # (after the club word, its rival's "versus")
        # a Slavic saint word in any case before the saint's name
        "Katedrála svatého Bartoloměje v Plzni",
        "Procesja do świętego Mikołaja",
    ],
)
def test_no_pii_left_unchanged(text: str) -> None:
    assert detect_pii(text) == []
