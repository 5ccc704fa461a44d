"""Round-four set 6 for ``bench_pii.py`` (estimate, then development data: see below).

Written 2026-12-02 (00:48 UTC) by the round-four engineer after the detector of commit 27362c0
and measured once on main and once on that commit (main 0.846, 27362c0 0.897; the estimate in
benchmarks/README.md). Three rules were then written from its failures (a surname after D'/O',
"congrats to …", countries of several words), so it is development data since; ``pii_dev7`` is
the estimate that followed.
Written by the same person as the rules, so it is not held out in the strictest sense. Person
spans are marked ``[[…]]``; the "Invented" names were made up.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    ("[[Aoife O'Sullivan]] walking her dog on the beach at Inch", "Irish", "title"),
    ("[[Warrick D'Souza]] behind the bar at his cocktail pop-up", "Indian", "title"),
    ("congrats to [[mei-ling chua]] on her first marathon!", "Malaysian", "lower"),
    ("Bride: [[Nokuthula Zungu]] | Venue: Durban botanic gardens", "South African", "title"),
    ("w/ [[pavel novotny]] at the climbing wall", "Czech", "lower"),
    ("[[HARUTO SAKAMOTO]] x STREETWEAR DROP 04", "Japanese", "upper"),
    ("#[[TeodoraVasileva]] ballet recital", "Bulgarian", "hashtag"),
    ("Feat. [[Kwesi Appiah-Kubi]] on the talking drum", "Ghanaian", "particle"),
    ("[[Rustam Nazarov]], 34, a shepherd in the Pamir mountains", "Tajik", "title"),
    ("[[Ana Lucía Mejía]] y su abuela en el mercado", "Guatemalan", "title"),
    ("Hochzeit von [[Lena Brandstätter]] und [[Felix Moosbrugger]]", "Austrian", "title"),
    ("[[Sunil Perera]] surfing at Arugam Bay", "Sri Lankan", "title"),
    ("[[Faisal Al-Mutairi]] with his falcon in the Kuwaiti desert", "Kuwaiti", "particle"),
    ("[[dinara abenova]] on the ice rink in almaty", "Kazakh", "lower"),
    ("photo (c) [[Mateus Bragança]]", "Brazilian", "title"),
    ("[[Ngaire Tuhiwai]] weaving a korowai", "Maori", "title"),
    ("A quiet moment with [[Tamar Avraham]] before the show", "Israeli", "title"),
    ("[[Oleksandr Hrytsenko]] repairing a tractor in Poltava", "Ukrainian", "title"),
    ("[[jin-woo]] and [[Han Seo-ah]] at the noraebang", "Korean", "single"),
    ("[[Pham Quynh Anh]]'s flower shop in Hanoi", "Vietnamese", "title"),
    ("Runner-up: [[Ifeanyi Ezeh]] (Enugu)", "Nigerian", "title"),
    ("[[@tomas.lindgren.photo]] midnight sun over Lofoten", "Swedish", "handle"),
    ("[[Carmen Villalobos Ortega]] presenting her thesis", "Spanish", "title"),
    ("[[Bilal Chaudhry]] flying kites on Basant", "Pakistani", "title"),
    ("[[YUKI TANABE]] WINS WOMEN'S FINAL", "Japanese", "upper"),
    ("[[Gulnara Ismayilova]] playing the tar in Baku", "Azerbaijani", "title"),
    ("[[shreya bhattacharjee]] painting alpana for the festival", "Indian", "lower"),
    ("[[Ravshan]] and his brother [[Timur Karimov]] at the bazaar", "Uzbek", "single"),
    ("[[Kalani Akana]] teaching lei making", "Hawaiian", "title"),
    ("[[Jolanta Wierzbicka]] in her rose garden", "Polish", "title"),
    ("[[Brontë Castellane]] signing copies of her novel", "Invented", "title"),
    ("[[Thessaly Marrowind]] and her band at the festival", "Invented", "title"),
    ("[[orvan keltridge]] building a canoe", "Invented", "lower"),
    ("[[ZAFIRA QUENDELL]] - AUTUMN CAMPAIGN", "Invented", "upper"),
    ("#[[CorvinAshgrove]] powerlifting meet", "Invented", "hashtag"),
    ("Meet [[Lisbeth Varnhagen]], our new head baker", "Invented", "title"),
]

NO_PII: list[str] = [
    "#MotivationMonday gym selfie mirror",
    "SpaceX Falcon 9 launch at dusk",
    "IKEA Kallax shelf with vinyl records",
    "NYC subway map poster",
    "McDonald's fries on a tray",
    "Hello Kitty plush toy",
    "Winnie the Pooh honey pot",
    "Ben & Jerry's ice cream tub",
    "Mont Blanc fountain pen",
    "Sierra Nevada snowy peaks",
    "Cape Cod lighthouse",
    "Bondi Beach lifeguard tower",
    "Costa Rica rainforest canopy",
    "Buckingham Palace guards",
    "Lord of the Rings bookends",
    "Caesar's Palace fountain show",
    "Victoria sponge cake slice",
    "Alfredo pasta with parmesan",
    "Eggs Florentine on sourdough",
    "Sacher torte in a Vienna café",
    "Neapolitan ice cream",
    "Darjeeling tea gardens",
    "Arnold Palmer iced tea",
    "Bloody Mary with celery",
    "Tom Collins cocktail glass",
]
