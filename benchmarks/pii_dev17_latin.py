"""Round-seventeen development set of the Latin-script tuner (``latin17``): person names in Latin
script that the detector missed in held-out 20–23 and the round's development sets — a lone given
name after "with"/"bersama"/"con"/"avec"/"mit" or in a scene, a role noun before a given name that
is also a word, ALL CAPS names after greetings and before event words ("MEMORIAL", "CONCERT",
"SIGNS"), lower-case chat after "lol"/"cheers"/"good luck", a greeting of another language glued
to the name, invented-name hashtags, "a letter from X", "goes to X"; and no-PII captions of the
same shapes (things, places, dishes, events and brands named after people, ALL CAPS headlines and
sale signs, lower-case chat without a name).

Written 2026-12-02 (17:50–18:00 UTC) by the latin17 helper, by hand, before any rule of this
round was changed, after reading the brief's list of the class (so the class, not the captions,
comes from there); names made up or from general knowledge (not drawn from Faker or
names-dataset), no caption copied from another set. Every caption was looked at while tuning (no
half was held back), so its figures are development figures only.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # a lone given name after "with" and its kin, or in a scene
    ("Making tempeh in Wonosobo bersama [[Suharyanto]]", "Javanese", "title"),
    ("Horse milking at dawn with [[Batbayar]]", "Mongolian", "title"),
    ("Sunset yurt supper, [[Tsetsegmaa]] pouring milk tea", "Mongolian", "title"),
    ("Paella en la playa con [[Remedios]] y su hermano", "Spanish", "title"),
    ("Randonnée au Vercors avec [[Gwenaëlle]]", "French", "title"),
    ("Wanderung im Allgäu mit [[Wolfram]] und den Kindern", "German", "title"),
    ("Palm wine tapping in Enugu with [[Chukwuemeka]]", "Igbo", "title"),
    ("Batik class in Solo bersama [[Purwaningsih]]", "Javanese", "title"),
    ("Reindeer herding near Karasjok with [[Ailo]]", "Sámi", "title"),
    ("SURYADI'S BAKSO STALL OPENS AT FIVE", "Javanese", "upper"),
    ("Kayaking the fjord with [[Solveig]] this morning", "Norwegian", "title"),
    # a role noun before a given name that is also a word
    ("Weaving class in Suva with teacher [[Vika Lesuma]]", "Fijian", "title"),
    ("Surf lesson at Raglan with coach [[Hemi Ranginui]]", "Māori", "title"),
    ("Cooking class in Oaxaca with chef [[Paz Ordaz]]", "Mexican", "title"),
    ("[[Grace Tuilagi-Feleti]] leading the siva dance", "Samoan", "title"),
    # ALL CAPS after greetings and before event words
    ("HAPPY RETIREMENT DOT HALLORAN! 35 YEARS AT THE POST OFFICE", "Irish", "upper"),
    ("HAPPY 80TH BIRTHDAY NANA WINIFRED TRELAWNEY", "Cornish", "upper"),
    ("TARIQ CHOWDHURY MEMORIAL FOOTBALL TOURNAMENT", "Bangladeshi", "upper"),
    ("PATIENCE ADEBAYO-COLE GOSPEL NIGHT", "Nigerian", "upper"),
    ("SIONE LATU SIGNS WITH THE BLUES", "Tongan", "upper"),
    ("CONGRATULATIONS MERCY ACHIENG ON YOUR GRADUATION", "Kenyan", "upper"),
    ("WELCOME HOME HONOR McTAVISH", "Scottish", "upper"),
    ("IN LOVING MEMORY OF BASIL OKONKWO", "Igbo", "upper"),
    ("FAITH MWANGI WINS COUNTY MARATHON", "Kenyan", "upper"),
    ("HAPPY BIRTHDAY UNCLE IKAIA PALAKIKO", "Hawaiian", "upper"),
    # lower-case chat
    ("lol dora vantreese ate the whole pie", "Invented", "lower"),
    ("lmao kofi mensah fell asleep on the bus", "Ghanaian", "lower"),
    ("cheers fenella macrae for the lift", "Scottish", "lower"),
    ("good luck today hemi walker", "Māori", "lower"),
    ("thanks heaps ana folau for the cake", "Tongan", "lower"),
    ("omg priya raman won the quiz", "Tamil", "lower"),
    ("haha tobias lindqvist forgot his skis", "Swedish", "lower"),
    ("[[farid benali]] on bass, [[joska virtanen]] on keys", "Invented", "lower"),
    ("big thanks to wanjiru kamau for the photos", "Kenyan", "lower"),
    ("happy bday rosa quispe!!", "Peruvian", "lower"),
    # a greeting of another language glued to the name
    ("Asante sana [[Neema Mushi]]! Safari njema", "Tanzanian", "title"),
    ("Salamat po [[Ligaya Dimaculangan]] for the adobo", "Filipino", "title"),
    ("Mahalo [[Keola Kahananui]] for the lei", "Hawaiian", "title"),
    ("Dziękuję [[Bożena Kowalczyk]]!", "Polish", "title"),
    ("Tusen takk [[Ingvild Haugen]] for turen", "Norwegian", "title"),
    # invented-name hashtags
    ("Pottery market #TamsinHollowell #ceramics", "Invented", "hashtag"),
    ("Open studio day #OrlaBrennick #printmaking", "Invented", "hashtag"),
    ("#DariusVelloway live at the Crown tonight", "Invented", "hashtag"),
    # a letter from …, goes to …
    ("A postcard from Ansel Drovemark to his mother", "Invented", "title"),
    ("First prize in the jam contest goes to Tessaly Brunwick", "Invented", "title"),
    ("Letters of Corvin Hasselbeck, 1917", "Invented", "title"),
    ("The award for best newcomer goes to Idris Okafor", "Nigerian", "title"),
    ("A message from Quilla Renfrew to the volunteers", "Invented", "title"),
]

# spans left unmarked above are marked here (so the captions read naturally while writing)
_MARK = {
    "SURYADI'S BAKSO STALL OPENS AT FIVE": "SURYADI",
    "lol dora vantreese ate the whole pie": "dora vantreese",
    "lmao kofi mensah fell asleep on the bus": "kofi mensah",
    "cheers fenella macrae for the lift": "fenella macrae",
    "good luck today hemi walker": "hemi walker",
    "thanks heaps ana folau for the cake": "ana folau",
    "omg priya raman won the quiz": "priya raman",
    "haha tobias lindqvist forgot his skis": "tobias lindqvist",
    "big thanks to wanjiru kamau for the photos": "wanjiru kamau",
    "happy bday rosa quispe!!": "rosa quispe",
    "Pottery market #TamsinHollowell #ceramics": "TamsinHollowell",
    "Open studio day #OrlaBrennick #printmaking": "OrlaBrennick",
    "#DariusVelloway live at the Crown tonight": "DariusVelloway",
    "A postcard from Ansel Drovemark to his mother": "Ansel Drovemark",
    "First prize in the jam contest goes to Tessaly Brunwick": "Tessaly Brunwick",
    "Letters of Corvin Hasselbeck, 1917": "Corvin Hasselbeck",
    "The award for best newcomer goes to Idris Okafor": "Idris Okafor",
    "A message from Quilla Renfrew to the volunteers": "Quilla Renfrew",
}
_UPPER_MARK = {
    "HAPPY RETIREMENT DOT HALLORAN! 35 YEARS AT THE POST OFFICE": "DOT HALLORAN",
    "HAPPY 80TH BIRTHDAY NANA WINIFRED TRELAWNEY": "WINIFRED TRELAWNEY",
    "TARIQ CHOWDHURY MEMORIAL FOOTBALL TOURNAMENT": "TARIQ CHOWDHURY",
    "PATIENCE ADEBAYO-COLE GOSPEL NIGHT": "PATIENCE ADEBAYO-COLE",
    "SIONE LATU SIGNS WITH THE BLUES": "SIONE LATU",
    "CONGRATULATIONS MERCY ACHIENG ON YOUR GRADUATION": "MERCY ACHIENG",
    "WELCOME HOME HONOR McTAVISH": "HONOR McTAVISH",
    "IN LOVING MEMORY OF BASIL OKONKWO": "BASIL OKONKWO",
    "FAITH MWANGI WINS COUNTY MARATHON": "FAITH MWANGI",
    "HAPPY BIRTHDAY UNCLE IKAIA PALAKIKO": "IKAIA PALAKIKO",
}
_MARK.update(_UPPER_MARK)
CAPTIONS = [
    (c.replace(_MARK[c], f"[[{_MARK[c]}]]", 1) if c in _MARK else c, o, f) for c, o, f in CAPTIONS
]

NO_PII: list[str] = [
    # lone words after "with" that are things, dishes and places
    "Nasi goreng bersama sambal terasi",
    "Morning ride with Strava on",
    "Paella con mariscos y limón",
    "Crêpes avec Nutella et banane",
    "Bratwurst mit Senf und Brezel",
    "Hiking the ridge with Garmin",
    "Ger camp dinner, Khorkhog in the pot",
    "Tea time with Darjeeling and scones",
    # role noun + a word that is a name elsewhere
    "Surf lesson with coach Bay Watch rentals",
    "Cooking class with chef knives provided",
    # ALL CAPS signs, headlines and events named after people
    "HAPPY HOUR 5-7 EVERY FRIDAY",
    "HAPPY NEW YEAR FROM ALL OF US",
    "WILLIAM HILL SPONSORED CUP FINAL",
    "MORGAN STANLEY REPORTS RECORD PROFITS",
    "ROYAL ALBERT HALL CONCERT TONIGHT",
    "NELSON MANDELA BAY MARATHON RESULTS",
    "HARLEY DAVIDSON OWNERS RALLY",
    "TOMMY HILFIGER SUMMER SALE",
    "GRAND OPENING SATURDAY AT NINE",
    "CONGRATULATIONS CLASS OF 2026",
    "WELCOME HOME TROOPS",
    "IN LOVING MEMORY OF OUR VOLUNTEERS",
    "LIVE MUSIC EVERY THURSDAY NIGHT",
    "GOSPEL CHOIR CHRISTMAS CONCERT",
    "FIRST PRO CONTRACT SIGNING DAY",
    "HAPPY BIRTHDAY TO OUR LITTLE SHOP",
    # lower-case chat without a name
    "lol the cat brought three mice",
    "lmao we slept through the alarm",
    "cheers for the lift mate",
    "good luck tomorrow everyone",
    "omg the quiz was so hard",
    "thanks heaps for the cake",
    "haha forgot my skis again",
    "happy bday to the best dog",
    "earl grey and scones for tea",
    # greetings of other languages with places and things
    "Asante sana! Safari njema to Serengeti",
    "Mahalo for visiting Waikiki Beach",
    "Salamat po sa lahat",
    "Dziękuję za wszystko!",
    # hashtags of things and places
    "Pottery market #ceramics #handmade #StokeOnTrent",
    "#PortElizabeth sunset #SouthAfrica",
    "#GreyGoose martini night",
    # letters, prizes
    "A letter from the council about bin collection",
    "First prize goes to the Victoria sponge",
    "Letters to the editor, page twelve",
    "The award for best pasty goes to Cornwall",
]
