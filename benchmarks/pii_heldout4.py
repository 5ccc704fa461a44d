"""Fourth held-out PII set for ``bench_pii.py``: captions and names written by hand for it.

Written 2026-12-02 (00:26 UTC) by a helper session (an AI assistant started by the round-four
session for this one job), **before** round four changed any detector code. It was never shown
to the detector's developer, and its author did not look at the detector, its allow lists or any
benchmark result. Names were made up or written from general knowledge, not drawn from Faker,
names-dataset or any other package; no name and no caption of ``pii_handwritten`` or
``pii_heldout3`` reappears here. Every caption is written out whole (no templates); true person
spans are marked ``[[…]]`` and every name is of a private (unknown) person. Origins span all
continents; written forms are title case in varied positions, lower case (credits, greetings,
running text), ALL CAPS, ``#hashtags`` (marked ``#[[…]]`` as in held-out 3), ``@handles``
(marked ``[[@…]]``), particle/hyphen/apostrophe names and names in non-Latin scripts. The
"Invented" origin holds plausible names made up for this set.

The no-PII captions are traps: places, ships, dishes, festivals, teams, artworks, streets and
plants named after people or saints, brands and products named after founders (including Mc, O',
De, Van forms), camel-case products, acronyms, hashtags of brands/places/events, ALL-CAPS
headlines and lower-case running text. None of them names a person; every word changed there is
damage.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # --- title case --------------------------------------------------------------------------
    ("[[Wen Qiaolin]] feeding the koi at the Humble Administrator's Garden", "Chinese", "title"),
    ("Late-night ramen with [[Takumi Horiuchi]] and [[Rina Ogasawara]], Shinjuku", "Japanese", "title"),
    ("Congratulations to [[Byun Haneul]] on passing the bar exam!", "Korean", "title"),
    ("Ger camp at Khövsgöl Lake, breakfast cooked by [[Oyuntsetseg Dashdorj]]", "Mongolian", "title"),
    ("[[Meenal Joshi]]'s rangoli for Diwali took six hours", "Indian", "title"),
    ("Chai dhaba on the Karakoram Highway owned by [[Faisal Chaudhry]]", "Pakistani", "title"),
    ("Kandyan dance rehearsal, [[Nadeesha Wickramasinghe]] in the front row", "Sri Lankan", "title"),
    ("Floating market in Can Tho, [[Vo Thi Ngoc Han]] selling pomelos from her boat", "Vietnamese", "title"),
    ("Pad work with [[Kittipong Saengthong]] at a muay thai gym in Chiang Mai", "Thai", "title"),
    ("Kebaya fitting for [[Ratna Puspitasari]] before graduation in Yogyakarta", "Indonesian", "title"),
    ("Sinulog costumes sewn by [[Jerome Bautista]] & [[Liezel Manalo]]", "Filipino", "title"),
    ("Plov for forty guests — [[Dilnoza Rakhimova]] stirring the kazan in Samarkand", "Central Asian", "title"),
    ("[[Tareq Qassem]] restoring an old oud in his Amman workshop", "Arabic", "title"),
    ("Haft-sin table for Nowruz, set by [[Golnaz Sadeghi]]", "Persian", "title"),
    ("Sunset ferry on the Bosphorus with [[Irmak Karaca]] and [[Berk Ünal]]", "Turkish", "title"),
    ("[[Ikechukwu Obiora]] pounding yam for the New Yam festival in Owerri", "Nigerian", "title"),
    ("Kelewele from [[Yaw Darko]]'s stall in Osu, best in Accra", "Ghanaian", "title"),
    ("Timkat procession in Gondar: [[Selamawit Bekele]] with her brother [[Dawit Tadesse]]", "East African", "title"),
    ("Beaded collar made for [[Naserian Sankale]]'s wedding in Kajiado", "East African", "title"),
    ("Sunday braai in Soweto, [[Lerato Khumalo]] on the tongs", "Southern African", "title"),
    ("Thieboudienne for lunch in Dakar, served by [[Coumba Faye]]", "Senegalese", "title"),
    ("Kyiv metro mosaics tour led by [[Oleksandra Hnatiuk]]", "Russian/Ukrainian", "title"),
    ("[[Zuzana Procházková]] resting at a mountain hut in the High Tatras", "Polish/Czech", "title"),
    ("Midsummer in Jūrmala, [[Ilze Bērziņa]] weaving a flower crown", "Baltic", "title"),
    ("Fika at [[Sigrid Lindqvist]]'s kitchen table in Uppsala", "Nordic", "title"),
    ("Olive harvest near Chania. Picker: [[Manolis Tsakiris]]", "Greek", "title"),
    ("Evening passeggiata in Lecce with nonna [[Addolorata Pellegrino]]", "Southern European", "title"),
    ("Linocut workshop taught by [[Griet Vermeulen]], Ghent", "Western European", "title"),
    ("Milonga night in San Telmo — [[Facundo Benítez]] & [[Agustina Ledesma]] on the floor", "Latin American", "title"),
    ("Rug weaving demonstration by [[Loretta Begay]] and her granddaughter [[Shandiin Yazzie]] in Window Rock", "Indigenous", "title"),
    ("Umu feast for the family reunion, cooked by [[Sione Fifita]] and [[Mele Vaipulu]]", "Pacific", "title"),
    ("Newborn session for [[Nerelith Caudmore]], week two", "Invented", "title"),
    ("Storm over the cliffs, captured by [[Tavisko Prennhault]]", "Invented", "title"),
    ("[[Lioranza Feskwith]] and her restored 1968 camper van", "Invented", "title"),
    ("Book signing tonight: [[Brumwald Ostravelle]], table 4", "Invented", "title"),
    ("Portrait session with [[Yssandre Kolvathy]] in Lisbon, 35mm film", "Invented", "title"),
    # --- lower case --------------------------------------------------------------------------
    ("dumplings with [[ren xiaolu]] and her mom on new year's eve", "Chinese", "lower"),
    ("photo by [[sowmya krishnaprasad]] / nikon z6", "Indian", "lower"),
    ("[[hala zoubi]] at the pottery wheel again lol", "Arabic", "lower"),
    ("drone footage: [[oğuzhan bozkurt]]", "Turkish", "lower"),
    ("met [[kelechi amadi]] at the airport after 6 years 😭", "Nigerian", "lower"),
    ("our first hike together, [[mehrdad karimi]] and [[sepideh nouri]], alborz mountains", "Persian", "lower"),
    ("i think [[vsevolod kiselyov]] took this one at the dacha", "Russian/Ukrainian", "lower"),
    ("cumpleaños de [[valentina ocampo]] 🎂 medellín", "Latin American", "lower"),
    ("songkran water fight w/ [[natthaphon chaiyasit]]", "Thai", "lower"),
    ("lola's kitchen, adobo by [[marites dumalagan]]", "Filipino", "lower"),
    ("thanks [[abena sarpong]] for lending me the kente", "Ghanaian", "lower"),
    ("fotografia di [[lorenzo gentilucci]]", "Southern European", "lower"),
    ("illustration by [[jessamor quiltevane]], commissions open", "Invented", "lower"),
    ("[[amaristo quenbeck]] trying to fix the boat motor again", "Invented", "lower"),
    # --- ALL CAPS ----------------------------------------------------------------------------
    ("[[MISAKI TSURUTA]] BRIDAL FAIR 2024", "Japanese", "upper"),
    ("CONGRATULATIONS [[HARSHVARDHAN BHOSALE]] - TOPPER, CLASS XII", "Indian", "upper"),
    ("[[MAHNOOR IQBAL]] WINS NATIONAL JUNIOR SQUASH TITLE", "Pakistani", "upper"),
    ("LIVE IN ABUJA: [[DAMILOLA OGUNDIPE]] & BAND", "Nigerian", "upper"),
    ("HAPPY 30TH BIRTHDAY [[PYO SEUNGAH]]", "Korean", "upper"),
    ("[[KRZYSZTOF JASKÓLSKI]] — WYSTAWA FOTOGRAFII, ŁÓDŹ", "Polish/Czech", "upper"),
    ("GOL DE [[MATEO ARRIETA]] EN EL MINUTO 89", "Latin American", "upper"),
    ("[[SIPHO NDLOVU]] AND [[ZANELE MAHLANGU]] TIE THE KNOT", "Southern African", "upper"),
    ("[[ASSEL ZHAKSYBEKOVA]] TAKES GOLD AT ASTANA JUNIOR JUDO OPEN", "Central Asian", "upper"),
    ("[[CORVASZ IMMELTRADE]] LIVE — SOLD OUT", "Invented", "upper"),
    ("IN LOVING MEMORY OF [[WENDRIKA SALVOUCHE]] 1941–2023", "Invented", "upper"),
    # --- hashtags ----------------------------------------------------------------------------
    ("#[[DoanMinhChau]] #hanoistreetfood #pho", "Vietnamese", "hashtag"),
    ("sunrise at bromo 🌋 #[[agussetiawan]] #explorejawatimur", "Indonesian", "hashtag"),
    ("#[[RashaQudsi]] henna night ✨ #hennaart", "Arabic", "hashtag"),
    ("#[[mattiasnyberg]] #skiing #åre", "Nordic", "hashtag"),
    ("#[[DovilėJankauskaitė]] #[[MantasPetrauskas]] baltic sea vibes #palanga", "Baltic", "hashtag"),
    ("#[[eleftheriapapachristou]] name day cake 🎂", "Greek", "hashtag"),
    ("Zondag op de markt #[[SanneKuipers]] #utrecht", "Western European", "hashtag"),
    ("#[[AroahaPaewai]] #kapahaka #aotearoa", "Pacific", "hashtag"),
    ("#[[kasunrathnayake]] #cricketlife #galle", "Sri Lankan", "hashtag"),
    ("#[[FennoricHalvastren]] 40th birthday bash", "Invented", "hashtag"),
    ("#[[eshtevanmorlokaj]] #woodworking #handmade", "Invented", "hashtag"),
    # --- @handles ----------------------------------------------------------------------------
    ("matcha latte art by [[@lu_yichen.coffee]]", "Chinese", "handle"),
    ("[[@kofi.asamoah_]] behind the decks at Chale Wote", "Ghanaian", "handle"),
    ("tag [[@ksenia.lavrentyeva]] she's in this one", "Russian/Ukrainian", "handle"),
    ("beading commission for [[@ayasha.whitecloud]] done ✨", "Indigenous", "handle"),
    ("outfit from [[@camila.urquidi]] 💛", "Latin American", "handle"),
    ("[[@haruka_nishimoto]] cherry blossom picnic in Ueno", "Japanese", "handle"),
    ("[[@orvanne.testrikal]] new mural in progress", "Invented", "handle"),
    ("collab with [[@daskiel_umbrovic]] dropping friday", "Invented", "handle"),
    # --- particles, hyphens, apostrophes -----------------------------------------------------
    ("[[Tak Min-seo]] cheering at the Jamsil baseball stadium", "Korean", "particle"),
    ("Date harvest in Al-Ahsa with [[Abdulaziz al-Mutairi]]", "Arabic", "particle"),
    ("Kite flying on a Kelantan beach, [[Hafiz bin Rosli]] with his wau bulan", "Malaysian", "particle"),
    ("Sea swim at the Forty Foot with [[Clodagh O'Dwyer]]", "Western European", "particle"),
    ("[[Ewan McCorquodale]] piping at the Braemar Gathering", "Western European", "particle"),
    ("[[Femke van der Linden]] cycling past the windmills at Kinderdijk", "Western European", "particle"),
    ("[[Inmaculada de la Torre]] serving paella on the terrace, Valencia", "Southern European", "particle"),
    ("Capoeira roda in Salvador with [[Ailton dos Anjos]]", "Latin American", "particle"),
    ("Bridal shower for [[Morenike Olatunde-Bello]]!", "Nigerian", "particle"),
    ("Vintage Porsche restoration at [[Konstantin von Eschwege]]'s garage", "Western European", "particle"),
    ("[[Anne-Sophie Lacroix-Vernet]] arranging peonies at the flower market", "Western European", "particle"),
    ("Waka ama training at dawn, [[Hemi Te Awhitu]] steering", "Pacific", "particle"),
    ("Harvest dinner at [[Maelis de Vorchanteau]]'s vineyard", "Invented", "particle"),
    ("[[Kestrin O'Maolvarra]] on the tin whistle, Thursday session at the pub", "Invented", "particle"),
    # --- non-Latin scripts -------------------------------------------------------------------
    ("[[许嘉怡]]在西湖边拍的毕业照", "Chinese", "script"),
    ("حفل تخرج [[هالة الشمري]] في جامعة الملك سعود", "Arabic", "script"),
    ("[[Полина Гусева]] на даче, август", "Russian/Ukrainian", "script"),
    ("[[अनुराधा त्रिपाठी]] की शादी की तस्वीरें, वाराणसी", "Indian", "script"),
    ("[[배소율]] 졸업 축하해! 🎓", "Korean", "script"),
    ("Η [[Δέσποινα Καραγιάννη]] στο πανηγύρι του χωριού", "Greek", "script"),
    ("[[ปิยะนุช ศรีสุวรรณ]] ที่ตลาดน้ำอัมพวา", "Thai", "script"),
]  # fmt: skip

NO_PII: list[str] = [
    # places named after people or saints
    "St. Kilda pier at sunset, Melbourne",
    "Ho Chi Minh City motorbikes at rush hour",
    "Mount Kosciuszko summit trail in early summer",
    "Strait of Magellan ferry crossing to Porvenir",
    "Kruger National Park leopard resting in a marula tree",
    "Cape Byron lighthouse from the walking track",
    "San Cristóbal de las Casas cathedral painted yellow",
    "Saint-Louis du Sénégal fishing pirogues on the beach",
    "Prince Edward Island red cliffs and lighthouse",
    "Vasco da Gama bridge disappearing into the fog, Lisbon",
    "Plaza Bolívar pigeons in Bogotá",
    "Everest base camp prayer flags in the wind",
    # streets and squares
    "Wenceslas Square tram stop in the rain",
    "Boulevard Haussmann department store windows at Christmas",
    "Karl Johans gate leading up to the palace, Oslo",
    "Khao San Road neon at midnight",
    # dishes
    "Pavlova with passionfruit and kiwi",
    "Peach Melba in a coupe glass",
    "Beef Stroganoff with buttered egg noodles",
    "Crêpes Suzette flambéed at the table",
    "Oysters Rockefeller on crushed ice",
    "Margherita pizza fresh out of the wood oven",
    # ships
    "Cutty Sark clipper ship in Greenwich",
    "HMS Victory in dry dock, Portsmouth",
    "RMS Queen Mary hotel ship, Long Beach",
    # festivals and events
    "Guy Fawkes Night bonfire and fireworks over Lewes",
    "St. Patrick's Day parade on O'Connell Street",
    "Inti Raymi celebration at Sacsayhuamán",
    "Carnaval de Barranquilla marimonda costumes",
    # sports teams
    "New Orleans Saints jersey hanging in a sports bar",
    "Orlando Magic pinstripe jersey, vintage",
    # artworks
    "Mona Lisa behind bulletproof glass, crowds with phones",
    "The Little Mermaid statue in Copenhagen harbour",
    "Girl with a Pearl Earring postcard in the museum shop",
    # brands and products named after founders, camel case, Mc/O'/De/Van forms
    "DeWalt cordless drill and a box of screws",
    "McLaren 720S in papaya orange at a track day",
    "The Macallan 18 whisky, neat, in a Glencairn glass",
    "McVitie's digestives dunked in tea",
    "O'Neill wetsuit drying on the van roof",
    "De'Longhi espresso machine on the kitchen counter",
    "VanMoof e-bike locked outside a café",
    "DeLorean DMC-12 with gull-wing doors open",
    "Van Cleef & Arpels clover necklace in its box",
    "KitchenAid stand mixer in pistachio green",
    "Betty Crocker cake mix and sprinkles on the counter",
    "Ted Baker floral tote bag",
    # acronyms
    "IKEA flat-pack bookshelf half assembled",
    "JCB excavator digging foundations",
    "UNESCO World Heritage plaque at the old town gate",
    # ALL-CAPS headlines
    "HURRICANE DOLORES MAKES LANDFALL NEAR MANZANILLO",
    "GRAND OPENING: MARKS & SPENCER FOOD HALL, LEEDS",
    "SAN LORENZO CLINCH THE TITLE IN INJURY TIME",
    "NEW ROUTE: KLM ADDS FLIGHTS TO SAINT-DENIS, RÉUNION",
    # hashtags of brands, places, events
    "#StPatricksDay #Guinness #dublinpubs",
    "#JohnnieWalker #BlueLabel #whiskytasting",
    "#VisitTasmania #cradlemountain #wildlife",
    "#oktoberfest2024 #munich #prost",
    # lower-case running text
    "bought a secondhand singer sewing machine at the flea market today",
    "zamboni resurfacing the rink between periods",
    "bougainvillea spilling over a whitewashed wall in santorini",
    "a slice of victoria sponge and a pot of tea",
    "grabbed a mcflurry and walked along the river",
]
