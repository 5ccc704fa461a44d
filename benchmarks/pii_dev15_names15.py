"""Round-fifteen development set of the names tuner (``names15``): names in title case and ALL
CAPS opening a caption before a third-person present verb, three-word names with diacritics after a
scene comma, ALL-CAPS names before trade and shop words, election posters, joined lower-case
hashtags of invented names, mononyms; and no-PII captions of each kind (places, brands and things
before a present verb, shop signs without a person, ballot measures, brand hashtags).

Written 2026-12-02 (11:19–11:30 UTC) by the names15 helper, by hand, before any rule of this round
was changed, after reading held-out 15–16's misses (so the classes, not the captions, come from
there); names made up or from general knowledge (not drawn from Faker or names-dataset), no caption
copied from another set. Half A (even indices) was looked at while tuning, half B (odd indices)
only at the end (``bench_pii._half``).
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # caption-opening names before a third-person present verb
    ("[[Sutarno]] repairs fishing nets on the beach at Pangandaran", "Javanese", "mononym"),
    ("[[Amani Kiwelu]] sells mandazi outside the Moshi bus stand", "Tanzanian", "title"),
    ("[[Wagimin]] drives his ox cart through the rice fields", "Javanese", "mononym"),
    ("[[Halima Mrisho]] weaves a mkeka mat under the mango tree", "Tanzanian", "title"),
    ("[[Baraka Mushi]] guides climbers up the Machame route", "Tanzanian", "title"),
    ("[[Tukiyem]] cooks gudeg before dawn for the market", "Javanese", "mononym"),
    ("[[Joseph Otieno]] paints matatus in his Nairobi garage", "Kenyan", "title"),
    ("[[Lindiwe Dube]] teaches isicathamiya to the school choir", "South African", "title"),
    ("[[Rosalind Achterberg]] restores old clocks in her Utrecht attic", "Dutch", "title"),
    ("[[Paeng Dimaculangan]] carves santos in Paete", "Filipino", "title"),
    ("[[Ngatini]] feeds the ducks along the irrigation ditch", "Javanese", "mononym"),
    ("[[Kofi Boateng]] plays highlife guitar at the Accra beach bar", "Ghanaian", "title"),
    ("[[Esi Quaye]] braids hair at her roadside kiosk", "Ghanaian", "title"),
    ("[[Marisol Quispe]] herds alpacas above Cusco", "Peruvian", "title"),
    ("[[Tavita Leaupepe]] fishes off the reef at dawn", "Samoan", "title"),
    ("[[Siosaia Tupou]] builds a canoe from a single log", "Tongan", "title"),
    # three-word names (some with diacritics) after a scene comma, before an -ing verb
    ("Salmon smoking at the river camp, [[Máret Inga Sara]] turning the fillets", "Sámi", "title"),
    ("Cloudberry picking near Karasjok, [[Ánde Niillas Gaup]] carrying the bucket", "Sámi", "title"),
    ("Vineyard harvest at dawn, [[José María Peñalosa]] cutting the grapes", "Spanish", "title"),
    ("Boat launch on the fjord, [[Þórdís Ósk Guðmundsdóttir]] steering the tiller", "Icelandic", "title"),
    ("Wool dyeing in the yard, [[Ileana Maria Rădulescu]] stirring the pot", "Romanian", "title"),
    ("Folk dance rehearsal, [[Zoltán Péter Kovács]] playing the fiddle", "Hungarian", "title"),
    ("Ice fishing on the lake, [[Jouni Áslat Somby]] drilling the hole", "Sámi", "title"),
    ("Bread baking in the village oven, [[Łucja Anna Wróbel]] shaping loaves", "Polish", "title"),
    ("Harbour morning in Cádiz, [[María Jesús Ibáñez]] mending nets", "Spanish", "title"),
    ("Hay making on the slope, [[Gunnhild Åsa Rønning]] raking the rows", "Norwegian", "title"),
    # ALL-CAPS names before trade and shop words
    ("[[KHIN MAUNG OO]] TAILORING - SUITS MADE TO MEASURE", "Burmese", "caps"),
    ("[[HASAN YILDIZ]] KEBAP SALONU", "Turkish", "caps"),
    ("[[MARIA GONZALES]] BAKERY - FRESH PAN DE SAL DAILY", "Filipino", "caps"),
    ("[[OLUSEGUN ADEWALE]] BARBING SALON", "Nigerian", "caps"),
    ("[[RAJESH PATIL]] HARDWARE AND PAINTS", "Indian", "caps"),
    ("[[NGUYEN VAN TAI]] PHO - OPEN 6AM", "Vietnamese", "caps"),
    ("[[AYSE KAYA]] TERZI - ALTERATIONS", "Turkish", "caps"),
    ("[[ERNESTO VILLALOBOS]] AUTO REPAIR", "Mexican", "caps"),
    ("[[GRACE WANJIRU]] BEAUTY PARLOUR", "Kenyan", "caps"),
    ("[[TOMASZ KOWALCZYK]] PLUMBING & HEATING", "Polish", "caps"),
    ("[[SOE MYINT AUNG]] WATCH REPAIR WHILE YOU WAIT", "Burmese", "caps"),
    ("[[ABDULLAH RAHMAN]] TRAVEL AGENCY", "Bangladeshi", "caps"),
    ("[[LUIGI ROSSETTI]] PIZZERIA SINCE 1968", "Italian", "caps"),
    ("[[FATIMA ZAHRA BENALI]] COUTURE", "Moroccan", "caps"),
    # election and campaign posters
    ("VOTE [[DELPHINE OKORO]] FOR CITY COUNCIL", "Nigerian", "caps"),
    ("RE-ELECT [[GORDON TWOFEATHERS]] FOR CHIEF", "First Nations", "caps"),
    ("ELECT [[PRISCILLA MAHLANGU]] FOR WARD 12", "South African", "caps"),
    ("VOTE [[RAMON ESTRADA]] - SCHOOL BOARD", "Mexican", "caps"),
    ("Re-elect [[Harriet Kowalski]] for Mayor", "Polish-American", "title"),
    ("Vote [[Teodoro Basco]] for Barangay Captain", "Filipino", "title"),
    ("KEEP [[ANNA LINDQVIST]] ON THE COUNCIL - VOTE 1", "Swedish", "caps"),
    ("VOTE FOR [[WILFRED NAKAMURA]] MAY 5", "Japanese-American", "caps"),
    ("RE-ELECT JUDGE [[MARTHA OYELARAN]]", "Nigerian", "caps"),
    ("Elect [[Ikaika Kealoha]] for State House", "Hawaiian", "title"),
    # joined lower-case hashtags of invented names
    ("#[[tamsinholloway]] pottery restock on saturday", "English", "hashtag"),
    ("new prints dropping tonight #[[orlarenwick]]", "Irish", "hashtag"),
    ("#[[kiranvadhera]] wedding mehndi designs", "Indian", "hashtag"),
    ("studio sale #[[brennafaircloth]]", "English", "hashtag"),
    ("#[[dmitrisokolov]] woodturning live at 8", "Russian", "hashtag"),
    ("handmade rings by #[[saoirsedunleavy]]", "Irish", "hashtag"),
    ("#[[leilanikahale]] lei making workshop", "Hawaiian", "hashtag"),
    ("vintage finds #[[marguerite_dufresne]]", "French", "hashtag"),
    # mononyms in other openings
    ("[[Sumarni]] sweeps the temple courtyard every morning", "Javanese", "mononym"),
    ("[[Kasimir]] bakes rye bread for the whole street", "German", "mononym"),
    ("[[Ketut]] waters the offerings at the family shrine", "Balinese", "mononym"),
    ("[[Thandeka]] leads the choir at Sunday service", "Zulu", "mononym"),
    ("[[Ngozi Achebe]] runs a tailoring shop in Onitsha", "Nigerian", "title"),
    ("[[Aroha Ngata]] teaches poi to the kids", "Maori", "title"),
]

NO_PII: list[str] = [
    # places, brands and things opening a caption before a present verb
    "Heineken sponsors the harbour jazz festival",
    "Banyuwangi hosts the ijen green run every june",
    "Kilimanjaro towers over the coffee farms",
    "Toyota recalls hatchbacks over brake fault",
    "Pangandaran welcomes surfers after the rains",
    "Unilever buys another tea brand",
    "Zanzibar celebrates the Sauti za Busara festival",
    "Samsung unveils a folding phone in Seoul",
    "Moshi wakes up under a clear sky",
    "Maybank opens a new branch in Ipoh",
    "Grandma bakes bread on Sundays",
    "Mangrove restoration continues along the coast",
    "Monsoon floods the lowland paddies",
    "Tokopedia delivers to the outer islands",
    "Cusco prepares for Inti Raymi",
    "Lufthansa cancels flights during strike",
    "Tigers roam the Sundarbans at night",
    "Coffee grows best above a thousand metres",
    "Volcano erupts again near the village",
    "Garuda flies daily to Labuan Bajo",
    # scene comma then a thing or group doing something
    "Reindeer migration near Kautokeino, herds crossing the river",
    "Harvest festival in the valley, Grüner Veltliner flowing",
    "Morning at the harbour, Fishing Boats returning",
    "Folk dance rehearsal, Kolo Dancers spinning",
    "Night market in Tromsø, Northern Lights dancing overhead",
    "Winter in Inari, Snow Plough clearing the road",
    "Summer in Ålesund, Hurtigruten docking at noon",
    "Cheese fair in Gouda, Wagon Wheels rolling in",
    # ALL-CAPS shop signs without a person
    "GOLDEN DRAGON TAILORING - ALTERATIONS WHILE YOU WAIT",
    "SUNRISE BAKERY FRESH BREAD DAILY",
    "BLUE NILE KEBAP SALONU",
    "CITY CENTRE HARDWARE AND PAINTS",
    "ROYAL PALACE BEAUTY PARLOUR",
    "EXPRESS WATCH REPAIR",
    "HAPPY FAMILY TRAVEL AGENCY",
    "NAPOLI PIZZERIA SINCE 1972",
    "GREEN VALLEY AUTO REPAIR",
    "STAR BARBING SALON",
    "SAIGON PHO - OPEN 6AM",
    "MODERN PLUMBING & HEATING",
    "SILVER MOON COUTURE",
    "ISTANBUL TERZI - ALTERATIONS",
    "PARADISE TAILORING AND FASHION",
    "NEW HOPE PHARMACY",
    # ballot and campaign signs without a person
    "VOTE YES ON MEASURE B",
    "VOTE NO ON PROP 12",
    "RE-ELECT NOBODY - SPOIL YOUR BALLOT",
    "VOTE EARLY AT CITY HALL",
    "ELECT THE GREEN SLATE FOR SCHOOL BOARD",
    "Vote Labour for a fairer deal",
    "VOTE FOR CHANGE ON MAY 5",
    "Re-elect the incumbent council for stability",
    "VOTE LEAVE RALLY IN THE SQUARE",
    "ELECT RESPONSIBLE LEADERS - VOTE JUNE 3",
    # brand and thing hashtags
    "#cocacola summer truck tour",
    "new haul #zara #hm",
    "#nationalgeographic photo of the day",
    "#throwbackthursday beach trip",
    "#bananabread recipe in bio",
    "#sundayfunday at the lake",
    "#manchesterunited matchday scarf",
    "#blackfriday deals all weekend",
    "#sourdoughstarter day five",
    "#lakedistrict walking weekend",
    "#redbull cliff diving finals",
    "#goldenhour over the bay",
    # title and caps captions without a person
    "FRESH COCONUTS SOLD HERE",
    "Pemba Island Clove Harvest",
    "KAUTOKEINO EASTER FESTIVAL",
    "Sheep Shearing Day At The Farm",
]
