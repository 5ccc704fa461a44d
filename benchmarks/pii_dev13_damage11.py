"""Round-eleven development set of the damage tuner (``damage11``): people next to street,
venue, breed, dish and landmark words, and things named after people with those words.

Written 2026-12-02 (07:15–07:19 UTC) by the damage11 helper after the first rules were drafted
from held-out 11's damage (so half A is no blind test); names made up or from general knowledge
(not drawn from Faker or names-dataset). Half A (even indices) was looked at while tuning, half
B (odd indices) only at the end (``bench_pii._half``).
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    ("[[Santiago Ortiz]] at the Estadio before kick-off", "Spanish", "title"),
    ("[[Jack Russell]], our neighbour, walking his dog", "English", "title"),
    ("[[Irina Volkova]] on Nevsky Prospekt with her sister", "Russian", "title"),
    ("Guided tour of the Teatro with [[Paolo Ferrante]]", "Italian", "title"),
    ("[[Anna Berg]] dog walking service opens on Monday", "Swedish", "title"),
    ("[[Tomás Herrera]] and his puppy at the beach", "Spanish", "title"),
    ("[[Lena Hoffmann]] in front of the Museum Folkwang", "German", "title"),
    ("[[John Carver]] dog trainer at the county fair", "English", "title"),
    ("Dr. [[Hélène Martin]] at the Hôpital with her team", "French", "title"),
    ("[[Dmitri Sokolov]] jogging along the embankment", "Russian", "title"),
    ("[[Marco Bellini]] with his spaniel in the park", "Italian", "title"),
    ("Portrait of [[Greta Lindqvist]] at the Stadion gate", "Swedish", "title"),
    ("[[Oksana Melnyk]] selling flowers on the corner", "Ukrainian", "title"),
    ("Congrats to [[Luis Navarro]] on the new stadium job", "Spanish", "title"),
    ("[[Peter Holm]] feeding the kittens at the shelter", "Danish", "title"),
    ("Breakfast with [[Clara Weiss]]: muesli and coffee", "German", "title"),
    ("[[Kofi Mensah]] on the Golden Gate Bridge at dawn", "Ghanaian", "title"),
    ("#[[MariaLopez]] portrait session in the studio", "Spanish", "hashtag"),
    ("[[Sophie Laurent]] and her kitten asleep on the sofa", "French", "title"),
    ("Photo by [[Andrés Castillo]], Estadio Azteca", "Spanish", "title"),
    ("[[Yusuf Demir]] walking the dogs in the rain", "Turkish", "title"),
    ("[[Ingrid Dahl]] at her desk, Karl Johans gate", "Norwegian", "title"),
    ("[[Rafael Moreno]] signing shirts at the Estadio Mestalla", "Spanish", "title"),
    ("[[Nina Petrova]] laughing at the puppy", "Russian", "title"),
]

NO_PII: list[str] = [
    "Nevsky Prospekt during the white nights",
    "Estadio Santiago Bernabéu tour",
    "Tverskaya Ulitsa covered in snow",
    "Stade Pierre Mauroy before the match",
    "Jack Russell puppy chewing a flip-flop",
    "#VascoDaGamaBridge #lisbon",
    "bircher muesli in a jar for the train",
    "Karl Marx Allee at night",
    "Aeropuerto Adolfo Suárez arrivals hall",
    "Stadio Giuseppe Meazza derby night",
    "King Charles spaniel puppies asleep in a basket",
    "#GoldenGateBridge in the fog",
    "Leninsky Prospekt traffic jam at rush hour",
    "Hospital Juan Canalejo from the bay",
    "Teatro Massimo at night",
    "Bernese puppy in the snow",
    "#JohnHancockTower from the lake",
    "overnight oats and bircher muesli for breakfast",
    "Théâtre Antoine Vitez season opening",
    "Gordon Setter puppy pointing in the field",
    "Kurfürstendamm Straße shopping day",
    "#NelsonMandelaSquare at sunset",
    "Universidad Carlos Albizu campus",
    "Dandie Dinmont terrier at the dog show",
]
