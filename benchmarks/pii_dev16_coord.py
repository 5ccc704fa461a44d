"""Round-sixteen development set of the coordination tuner (``coord``): Latin-script person names
that stand in coordination with another name ("A and B", "A & B", "A vs. B", and the word for
"and" of other caption languages: y, e, et, und, og, och, en, a, ac, ja, és, i, ir, un, ve, dan,
at, na, agus, eta, și), in title case, lower case and ALL CAPS, where one of the two is a name
the detector knows and the other is rarer; lists of people joined by commas; a few related
shapes (a mononym after "by", a caption opening with a capitalized role noun, hyphenated given
names, an unknown ALL-CAPS name before a dash, lower-case names after a thanks word or before a
possessive, a present-tense verb after an unknown surname). No-PII traps of the same shapes:
places, dishes, brands, works and teams joined by "and"/"&"/"vs." and the other languages' "and",
and a name coordinated with a thing in the name captions.

Written 2026-12-03 by the coord16 helper, by hand, before any rule of this round was changed,
after reading held-out 18–19's misses of this class (the classes, not the captions, come from
there); names made up or from general knowledge, no caption copied from another set.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # title case, English "and"/"&"/"vs."
    (
        "Sheep shearing at the croft, [[Iain Mac a' Phearsain]] and [[Catrìona Dhòmhnallach]]",
        "Scottish",
        "title",
    ),
    (
        "Reindeer round-up: [[Áillohaš Eira]] and [[Biret Ánne Hætta]] at the corral",
        "Sámi",
        "title",
    ),
    ("[[Tavita Faleolo]] & [[Losa Mulitalo]] cutting the wedding cake", "Samoan", "title"),
    ("Final round: [[Oyelaran Adebusola]] vs. [[Kristjana Þorvaldsdóttir]]", "Mixed", "title"),
    (
        "Harvest festival stall run by [[Nomvula Khoza]] and [[Thembeka Mdlalose]]",
        "South African",
        "title",
    ),
    (
        "Ice hockey shootout, [[Teemu Rautavaara]] vs [[Jaroslav Kubíček]] in the final",
        "Mixed",
        "title",
    ),
    (
        "Throat singing duo [[Ulziisaikhan Batbold]] and [[Khulan Dashdorj]] on stage",
        "Mongolian",
        "title",
    ),
    (
        "Pottery class with [[Wilhelmina Tjarks]] and [[Eske Brodersen]] this Saturday",
        "Frisian",
        "title",
    ),
    # other languages' "and"
    ("Boda de [[Ximena Huamaní]] y [[Rodrigo Quispe Mamani]] en Ayacucho", "Peruvian", "title"),
    ("Festa di [[Graziella Pettinato]] e [[Calogero Sciortino]] a Sciacca", "Italian", "title"),
    ("Mariage de [[Solène Kerhervé]] et [[Gwenaël Le Bihan]] à Quimper", "Breton", "title"),
    ("Hochzeit von [[Wiebke Hinrichsen]] und [[Jannis Ketelsen]] auf Föhr", "German", "title"),
    ("Bryllup for [[Ragnhild Sæterbakken]] og [[Tormod Kvålsvoll]] i Røros", "Norwegian", "title"),
    ("Midsommar hos [[Ingegerd Wahlqvist]] och [[Östen Runesson]] i Dalarna", "Swedish", "title"),
    ("Feest bij [[Femke Oosterhuis]] en [[Sjoerd Brouwer]] in Dokkum", "Dutch", "title"),
    (
        "Llongyfarchiadau i [[Gwenllian Rhydderch]] a [[Iolo Maredudd]] ar y briodas",
        "Welsh",
        "title",
    ),
    ("Häät: [[Aino Kärkkäinen]] ja [[Väinö Hyvärinen]] Kuopiossa", "Finnish", "title"),
    ("Esküvő: [[Réka Szentgyörgyi]] és [[Bence Tóthfalusi]] Egerben", "Hungarian", "title"),
    ("Ślub [[Bożena Wierzchowska]] i [[Przemysław Gąsiorek]] w Zakopanem", "Polish", "title"),
    ("Vestuvės: [[Rūta Žemaitytė]] ir [[Mindaugas Kairys]] Kaune", "Lithuanian", "title"),
    ("Kāzas: [[Ilze Bērziņa]] un [[Kārlis Ozoliņš]] Siguldā", "Latvian", "title"),
    ("Düğün: [[Elif Karaağaçlı]] ve [[Mert Dumlupınar]] Bursa'da", "Turkish", "title"),
    (
        "Pernikahan [[Sekar Ayuningtyas]] dan [[Bagus Wicaksono]] di Yogyakarta",
        "Indonesian",
        "title",
    ),
    (
        "Kasal nina [[Maricel Dimaculangan]] at [[Jerome Pangilinan]] sa Batangas",
        "Filipino",
        "title",
    ),
    ("Harusi ya [[Neema Mwakyusa]] na [[Baraka Kisanga]] mjini Mbeya", "Tanzanian", "title"),
    ("Bainis [[Saoirse Ní Bhriain]] agus [[Cathal Ó Gallchobhair]] i nGaillimh", "Irish", "title"),
    ("Ezkontza: [[Maialen Etxeberria]] eta [[Unai Agirrezabala]] Azpeitian", "Basque", "title"),
    ("Nunta lui [[Ioana Străjescu]] și [[Vlad Bârsănescu]] la Sibiu", "Romanian", "title"),
    # lists of people joined by commas and "and"
    (
        "Choir soloists [[Mereana Tūhoe]], [[Hinemoa Pōtiki]] and [[Aperahama Wharekura]]",
        "Maori",
        "title",
    ),
    ("Medals for [[Kwabena Asante]], [[Yaw Owusu-Ansah]] and [[Afia Serwaa]]", "Ghanaian", "title"),
    # lower case
    (
        "congrats to [[ayesha siddiqa]] and [[farzana kabir]] on the new bakery",
        "Bangladeshi",
        "lower",
    ),
    ("shoutout [[kalani peleke]] and [[malia aukai]] for the hula practice", "Hawaiian", "lower"),
    (
        "big thanks to [[oksana hrytsenko]] & [[taras melnychuk]] for the borscht",
        "Ukrainian",
        "lower",
    ),
    ("proud of [[nandi mthembu]] and [[lwazi ngcobo]] graduating today", "South African", "lower"),
    ("cheers [[rhiannon pryce]] for the welsh cakes, still warm", "Welsh", "lower"),
    ("thank you [[ignacio barrientos]] for the empanadas", "Chilean", "lower"),
    ("pancit and lumpia at [[rowena macaraeg]]'s house", "Filipino", "lower"),
    ("jollof night at [[temitope adeyemi]]'s flat", "Nigerian", "lower"),
    # ALL CAPS
    ("TITLE FIGHT — [[KWAME ODURO]] VS. [[TEODORO MAGSAYSAY]] — ACCRA", "Mixed", "caps"),
    ("CONGRATULATIONS [[HENRIETTA OBI]] & [[CHIDUBEM NWOSU]]!", "Nigerian", "caps"),
    ("LLONGYFARCHIADAU [[BETHAN LLWYD]] A [[DEWI PRYDDERCH]]!", "Welsh", "caps"),
    ("[[MARGIT VALDEMARSEN]] — PAINTINGS 1990-2020 — OPENS SUNDAY", "Danish", "caps"),
    ("[[ODALYS VERACRUZANA]] — LIVE AT THE LUNA LOUNGE", "Invented", "caps"),
    ("GRAND OPENING! [[ANKE VOLLMERHAUS]] & [[THEDA KRUMBIEGEL]] WELCOME YOU", "German", "caps"),
    # mononym after "by", role noun opening, hyphenated given names
    ("Ikat cloth being woven by [[Sumiyati]] in Troso, Jepara", "Javanese", "mononym"),
    ("Palm sugar being boiled by [[Wartini]] in the back kitchen", "Javanese", "mononym"),
    ("Potter [[Nizhoni Tsosie]] at her wheel outside Gallup", "Navajo", "title"),
    ("Fisherman [[Tevita Fifita]] with his morning catch at Nuku'alofa", "Tongan", "title"),
    ("Blacksmith [[Ørjan Solbakken]] at the forge in Voss", "Norwegian", "title"),
    ("Horse race at the festival, [[Gan-Ochir Tserendorj]] riding bareback", "Mongolian", "title"),
    ("Wrestling final, [[Altan-Od Munkhbat]] lifting his rival", "Mongolian", "title"),
    # a present-tense verb after an unknown surname
    ("After the market, [[Elowen Trethewey]] sweeps the chapel steps", "Cornish", "title"),
    ("Every morning [[Caspian Vorhees]] feeds the ducks by the mill", "Invented", "title"),
    ("Before dawn, [[Ulrika Fjellstedt]] milks the goats", "Swedish", "title"),
]

NO_PII: list[str] = [
    # places, dishes, brands and works joined by "and"
    "Trinidad and Tobago beat Antigua and Barbuda in the cricket final",
    "Bosnia and Herzegovina flag at the Sarajevo stadium",
    "Saint Kitts and Nevis ferry timetable for the summer",
    "Fish and chips with mushy peas on the pier",
    "Romeo and Juliet at the open-air theatre tonight",
    "Marks & Spencer and Waitrose both sold out of hot cross buns",
    "Procter & Gamble factory tour in Cincinnati",
    "Dolce & Gabbana window display on Via Montenapoleone",
    "Simon & Schuster autumn catalogue launch",
    "Tom and Jerry cartoon marathon on Saturday morning",
    "Arsenal vs. Tottenham at the Emirates, kickoff 17:30",
    "Real Madrid vs Barcelona on the big screen at the bar",
    "Sodium and Potassium levels on the lab report",
    "Salt and Pepper shakers from the flea market",
    # other languages' "and" between things
    "Paseo por Castilla y León en primavera",
    "Vino di Montepulciano e Chianti in degustazione",
    "Bourgogne et Beaujolais à la cave du village",
    "Fahrradtour durch Baden und Württemberg",
    "Fjelltur i Jotunheimen og Rondane",
    "Ferie i Skagen og Aalborg med familien",
    "Wandelen tussen Zeeland en Brabant",
    "Taith rhwng Conwy a Bangor ar y trên",
    "Matka Helsingistä ja Tampereelta Ouluun",
    "Kirándulás Budapest és Eger között",
    "Wycieczka do Krakowa i Wieliczki",
    "Kelionė tarp Vilniaus ir Trakų",
    "Ceļojums uz Rīgu un Jūrmalu",
    "İstanbul ve Kapadokya turu",
    "Liburan ke Bandung dan Garut",
    "Biyahe sa Batangas at Laguna",
    "Safari ya Arusha na Moshi",
    "Turas go Gaillimh agus Conamara",
    "Bidaia Donostia eta Bilbo artean",
    "Excursie la Brașov și Sinaia",
    # lower case and ALL CAPS things
    "cheers for the tablet and the shortbread, already gone",
    "string hoppers and pol sambol at the kottu place",
    "big up the coffee and the croissants this morning",
    "SOUND CLASH FRIDAY — KINGSTON VS. MONTEGO BAY — BIG SPEAKERS",
    "GRAND OPENING! FRESH BREAD & PASTRIES — WELCOME",
    "SUMMER SALE — MENS & WOMENS SHOES — 50% OFF",
    "FESTIVAL OF LIGHTS — CANDLES AND LANTERNS — OPENS FRIDAY",
    # role nouns opening, present verbs, "by"
    "Weaver birds building nests in the acacia",
    "Potter wasp nest on the window frame",
    "Batik tulis being waxed by hand in the workshop",
    "Before the service, the organist tunes the church organ",
    "Every morning the ferry leaves Stornoway at seven",
]
