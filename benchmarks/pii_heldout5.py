"""Fifth held-out PII set for ``bench_pii.py``: captions and names written by hand for it.

Written 2026-12-02 (01:05 UTC) by a helper session (an AI assistant started by the round-five
session for this one job), **before** round five changed any detector code. It was never shown
to the detector's developer, and its author did not look at the detector, its allow lists or any
benchmark result. Names were made up or written from general knowledge, not drawn from Faker,
names-dataset or any other package; no name and no caption of ``pii_handwritten``,
``pii_heldout3``, ``pii_heldout4`` or ``pii_dev4`` … ``pii_dev7`` reappears here, and the frames
are new. Every caption is written out whole (no templates); true person spans are marked
``[[…]]`` and every name is of a private (unknown) person. Origins span all continents; written
forms are title case in varied positions, lower case (credits, greetings, running text, other
languages), ALL CAPS, ``#hashtags`` (marked ``#[[…]]`` as in held-out 3 and 4), ``@handles``
(marked ``[[@…]]``), particle/hyphen/apostrophe names and names in non-Latin scripts. The
"Invented" origin holds plausible names made up for this set.

The no-PII captions are traps: places, streets, ships, dishes, festivals, teams, artworks and
storms named after people or saints, brands and products named after founders (also in lower
case and ALL CAPS), camel-case products, acronyms, hashtags of brands/places/events, ALL-CAPS
headlines and lower-case running text. None of them names a person; every word changed there is
damage.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # --- title case --------------------------------------------------------------------------
    ("Retirement party for [[Ishikawa Fumiko]] after 38 years at the Sendai post office", "Japanese", "title"),
    ("[[Enkhjargal Baasansuren]] milking mares for airag near Kharkhorin", "Mongolian", "title"),
    ("[[Manoj Kumaraswamy]] and [[Divya Hebbar]] at their housewarming in Mysuru", "Indian", "title"),
    ("Rickshaw panels painted by [[Nadeem Abbasi]] for a client in Karachi", "Pakistani", "title"),
    ("Pohela Boishakh morning in Dhaka with [[Farzana Haque]] and her sisters", "Bangladeshi", "title"),
    ("Porter [[Dawa Tamang]] taking a break on the trail to Namche Bazaar", "Nepali", "title"),
    ("Banh xeo lesson in [[Kieu Thi Phuong]]'s kitchen, Da Nang", "Vietnamese", "title"),
    ("Temple fair in Chiang Rai: [[Supaporn Kaewmanee]] running the ring-toss stall", "Thai", "title"),
    ("Canang sari offerings made every morning by [[Ni Made Ariani]], Ubud", "Indonesian", "title"),
    ("Jeepney ride up to Baguio with [[Arnel Macaraeg]] & [[Joy Dimaano]]", "Filipino", "title"),
    ("Roti canai flipped by [[Selvam Arumugam]] at his corner shop in Ipoh", "Malaysian", "title"),
    ("[[Rawan Shehadeh]]'s knafeh straight from the tray, Nablus", "Arabic", "title"),
    ("Sofreh aghd arranged by [[Mahsa Ebrahimi]] for her cousin's wedding in Shiraz", "Persian", "title"),
    ("Tea picking season in Rize, [[Gülşen Topçu]] with a full basket", "Turkish", "title"),
    ("Gele tying masterclass with [[Ebunoluwa Akinyemi]] this Saturday", "Nigerian", "title"),
    ("Fufu pounding contest in Kumasi — [[Kwadwo Ofori]] vs [[Adwoa Sarfo]]", "Ghanaian", "title"),
    ("A day in the life of [[Innocent Habimana]], gorilla trekking guide in Musanze", "East African", "title"),
    ("Couscous Friday at [[Yamina Belkacem]]'s home in Tlemcen", "North African", "title"),
    ("Banya after a day of skiing near Murmansk, with [[Yaroslav Dementyev]]", "East Slavic", "title"),
    ("Pierogi folding with babcia [[Halina Grabowska]] in Wrocław", "Polish/Czech", "title"),
    ("Ajvar season: [[Snežana Radulović]] roasting peppers in the yard", "South Slavic", "title"),
    ("Sauna evening on Saaremaa with [[Kadri Tamm]] and [[Rasmus Kask]]", "Baltic", "title"),
    ("Cloudberry picking in Lapland, [[Eero Heikkinen]] showing off a full bucket", "Nordic", "title"),
    ("Bouzouki all night at the wedding in Thessaloniki, [[Thanasis Kyriakidis]] on stage", "Greek", "title"),
    ("Calçotada in Valls with [[Jordi Puigvert]] and the whole colla", "Southern European", "title"),
    ("Allotment show winner: the biggest marrow, grown by [[Gwendolyn Pryce]]", "Western European", "title"),
    ("Ceviche lesson from [[Maricruz Palacios]] at her cevichería in Lima", "Latin American", "title"),
    ("Powwow grand entry in Bismarck, [[Tokala Two Bulls]] in grass dance regalia", "Indigenous", "title"),
    ("Reindeer calf marking in Kautokeino with [[Biret Eira]]", "Indigenous", "title"),
    ("Lovo pit opened at the village feast, [[Litia Ratuvou]] serving the taro", "Pacific", "title"),
    ("Engagement shoot for [[Corabel Vensk]] and [[Auden Thrasswick]] at the old mill", "Invented", "title"),
    ("[[Melquiadra Oshfeld]] taking her bees out of the winter shed", "Invented", "title"),
    ("Guest chef this week: [[Tovric Alanbrae]]", "Invented", "title"),
    ("Wheel-thrown mugs by [[Idrenne Caskovy]], glaze test batch 3", "Invented", "title"),
    # --- lower case --------------------------------------------------------------------------
    ("steamed buns w/ [[zhong peiyu]] before her flight back to chengdu", "Chinese", "lower"),
    ("pic by [[akira sugimori]] // shot on a pentax k1000", "Japanese", "lower"),
    ("[[ruksana begum]] teaching me to make pitha, best afternoon", "Bangladeshi", "lower"),
    ("so proud of my little brother [[prabin shrestha]], first day at the hospital", "Nepali", "lower"),
    ("late night pho run, [[quach my linh]] paid 🙏", "Vietnamese", "lower"),
    ("hygge sunday at [[mette skovgaard]]'s place in aarhus", "Nordic", "lower"),
    ("credit: [[yerlan mukhametov]]", "Central Asian", "lower"),
    ("grandpa [[olusegun fagbemi]] still climbs the mango tree at 81", "Nigerian", "lower"),
    ("videography by [[tshepo mabuza]]", "Southern African", "lower"),
    ("walked the camino with [[leonor sobral]] and [[duarte mesquita]], day 12", "Southern European", "lower"),
    ("ferienwohnung am see, [[katharina eibl]] beim frühstück", "Western European", "lower"),
    ("[[dayana mamani]] and her llamas waiting for tourists at rainbow mountain", "Indigenous", "lower"),
    ("fotil [[ondřej kratochvíl]], díky moc!", "Polish/Czech", "lower"),
    ("[[wilmara ostrech]] fell asleep on the ferry again 😂", "Invented", "lower"),
    ("tattoo done by [[jorvane kettlesby]] at the ink fest", "Invented", "lower"),
    # --- ALL CAPS ----------------------------------------------------------------------------
    ("[[LIU QINGSONG]] SOLO PIANO RECITAL — TICKETS AT THE DOOR", "Chinese", "upper"),
    ("WELCOME HOME [[KIRAN DESHMUKH]]!!", "Indian", "upper"),
    ("TONIGHT ONLY: [[HAMADA SHAABAN]] AND THE CAIRO STRINGS", "Arabic", "upper"),
    ("THANK YOU COACH [[CHIOMA EZEANYIKA]] FOR 20 YEARS", "Nigerian", "upper"),
    ("LOST CAT NEAR NGONG ROAD, PLEASE CONTACT [[WAIRIMU NYAMBURA]]", "East African", "upper"),
    ("[[MIKALAI ZHURAUSKI]] — PHOTO EXHIBITION, MINSK", "East Slavic", "upper"),
    ("[[LINNEA SANDBERG]] & [[OSKAR HEDLUND]] 12.08.2023", "Nordic", "upper"),
    ("SE VENDE — INFORMES CON [[ESTEBAN ALDANA]]", "Latin American", "upper"),
    ("[[TAMATOA TEHEIURA]] CROSSES THE FINISH AT HAWAIKI NUI VA'A", "Pacific", "upper"),
    ("[[BURCU ALTINTAŞ]] KUAFÖR SALONU AÇILDI", "Turkish", "upper"),
    ("NOW BOOKING: [[ISOLDINE PRAWECK]] — TAROT & TEA", "Invented", "upper"),
    ("FIRST PRIZE, SCARECROW CONTEST: [[BARNABY QUILLOCK]]", "Invented", "upper"),
    # --- hashtags ----------------------------------------------------------------------------
    ("#[[QinYiran]] graduation at Fudan 🎓 #classof2024", "Chinese", "hashtag"),
    ("#[[sakuraiayumi]] #kimono #kyotostreet", "Japanese", "hashtag"),
    ("new board, who dis 🏄 #[[MakanaKealoha]] #northshore", "Pacific", "hashtag"),
    ("#[[martinkovacevic]] #dubrovnik #sailing", "South Slavic", "hashtag"),
    ("#[[AnnaleenaKoskinen]] 30 years young 🎈", "Nordic", "hashtag"),
    ("#[[liisamaesalu]] #tallinn #oldtown", "Baltic", "hashtag"),
    ("#[[JuanPabloArboleda]] #ciclismo #altodeletras", "Latin American", "hashtag"),
    ("#[[ObiageliUmeh]] naming ceremony today 🤍", "Nigerian", "hashtag"),
    ("#[[KhadijaOuazzani]] #marrakech #riad", "North African", "hashtag"),
    ("#[[deepthimurali]] #veenapractice #carnaticmusic", "Indian", "hashtag"),
    ("#[[NiloofarAhmadi]] yalda night 🍉", "Persian", "hashtag"),
    ("#[[QuorinSaltmarsh]] #firstbike #proudmom", "Invented", "hashtag"),
    ("#[[ilsevaranthe]] ceramics restock sunday", "Invented", "hashtag"),
    # --- @handles ----------------------------------------------------------------------------
    ("styling by [[@hwang.chaerin]] 🖤", "Korean", "handle"),
    ("[[@amit_rawat_clicks]] golden hour at Rishikesh", "Indian", "handle"),
    ("swipe for the before ➡️ renovation by [[@mihaela.stoyanova.design]]", "South Slavic", "handle"),
    ("dm [[@zainab.adeoti]] for bookings ✂️", "Nigerian", "handle"),
    ("[[@rodrigo_villca]] front row at the cholita wrestling, El Alto", "Latin American", "handle"),
    ("repost from [[@aigul.sadykova]] 🤍 issyk-kul sunset", "Central Asian", "handle"),
    ("beadwork earrings by [[@kiona.tsosie]], restock on friday", "Indigenous", "handle"),
    ("[[@velmorran.ashe]] just dropped the prettiest sourdough tutorial", "Invented", "handle"),
    ("thx [[@quessa_brindlow]] for the lift home", "Invented", "handle"),
    # --- particles, hyphens, apostrophes -----------------------------------------------------
    ("[[Saif bin Khalfan Al-Hinai]] pouring kahwa at the Nizwa souq", "Arabic", "particle"),
    ("Eid breakfast at [[Dalal al-Jaberi]]'s, ma'amoul and Arabic coffee", "Arabic", "particle"),
    ("Haggis supper with [[Lachlan McIlwraith]] after the ceilidh", "Western European", "particle"),
    ("Rooftop apéro with [[Margaux de Saint-Aubin]] in Lyon", "Western European", "particle"),
    ("Hurling final day — [[Cathal O'Donoghue]] lifting the cup for the club", "Western European", "particle"),
    ("Forró night in Caruaru, [[Edvaldo dos Prazeres]] on the accordion", "Latin American", "particle"),
    ("Sunday mass then churros with [[Graciela de la Vega]]", "Latin American", "particle"),
    ("[[María José Ortiz-Landázuri]] at the Otavalo market buying alpaca wool", "Latin American", "particle"),
    ("[[Moon Ga-eun]] and her grandmother at Gwangjang market", "Korean", "particle"),
    ("[[Chang Hsiao-wen]] queueing for oyster omelettes at the Tainan night market", "Chinese", "particle"),
    ("Sepak takraw in Kuala Terengganu, [[Amirul Hakim bin Zulkifli]] with the bicycle kick", "Malaysian", "particle"),
    ("Potjiekos on the stoep at [[Riaan van der Merwe]]'s farm, Karoo", "Southern African", "particle"),
    ("[[Aurelle van Hoekstrande]] restoring a tugboat in the harbour", "Invented", "particle"),
    ("Open studio weekend at [[Tamsin MacOrvalt]]'s barn", "Invented", "particle"),
    # --- non-Latin scripts -------------------------------------------------------------------
    ("今天陪[[谢雨桐]]去看樱花，武汉大学", "Chinese", "script"),
    ("صورة تذكارية مع [[ريم العتيبي]] في معرض الرياض للكتاب", "Arabic", "script"),
    ("[[Арсений Лебедев]] и его первая рыбалка, Карелия", "East Slavic", "script"),
    ("[[कविता नैथानी]] की पहली चित्र प्रदर्शनी, देहरादून", "Indian", "script"),
    ("[[노은채]]랑 한강에서 치맥 🍗", "Korean", "script"),
    ("Χρόνια πολλά [[Σταυρούλα Πετράκη]]! 🎉", "Greek", "script"),
    ("ขอบคุณ [[ธนากร บุญมา]] ที่ถ่ายรูปให้ครับ", "Thai", "script"),
    ("[[杉浦真央]]さんの結婚式、軽井沢にて", "Japanese", "script"),
]  # fmt: skip

NO_PII: list[str] = [
    # places named after people or saints
    "Fishing boats at dawn in Port Louis, Mauritius",
    "São Tomé cocoa plantation house with peeling paint",
    "San Pedro de Atacama salt flats at sunset",
    "Lake Nasser cruise boat moored near Abu Simbel",
    "Saint-Jean-de-Luz harbour with Basque fishing boats",
    "Santa Teresa tram climbing the hill, Rio de Janeiro",
    "Mount Cook village under a full moon",
    "Vancouver Island ferry terminal in the rain",
    "Tasman Glacier lake with floating icebergs",
    "Brisbane river ferry passing under the Story Bridge",
    "St. Gallen abbey library ceiling",
    "Alexandria corniche at dusk",
    # streets and squares
    "Nevsky Prospect during the white nights",
    "Karl-Marx-Allee apartment blocks in Berlin",
    "Rue Saint-Denis terraces in Montreal",
    "Piazza Garibaldi bus station, Naples",
    "Rustaveli Avenue opera house, Tbilisi",
    # dishes and drinks
    "Carpaccio with rocket and shaved parmesan",
    "Tarte Tatin with crème fraîche",
    "Reuben sandwich piled high at the deli counter",
    "Salisbury steak with onion gravy and mash",
    "Chateaubriand for two with béarnaise sauce",
    "Charlotte russe with ladyfingers and berries",
    "Garibaldi biscuits and a mug of builder's tea",
    # ships
    "Statsraad Lehmkuhl tall ship moored in Bergen",
    "Amerigo Vespucci training ship entering Taranto",
    # festivals and events
    "San Fermín runners in white and red, Pamplona",
    "St. Martin's Day lantern parade through the village",
    "Lucia procession in a school hall, candle crowns and white gowns",
    # sports teams
    "Kaizer Chiefs fans in gold at FNB Stadium",
    "Cleveland Browns tailgate in the snow",
    # artworks
    "The Birth of Venus surrounded by a school group at the Uffizi",
    "Winged Victory of Samothrace at the top of the stairs",
    # brands and products named after founders, camel case, Mc forms
    "Mahindra Thar parked at a Ladakh viewpoint",
    "Suzuki Jimny on a muddy forest track",
    "Honda Super Cub delivery bike in Tokyo",
    "Ferrero Rocher pyramid at a wedding reception",
    "Swarovski crystal swan in a display cabinet",
    "Yamaha upright piano in the church hall",
    "Bosch dishwasher with the door half open",
    "Mikimoto pearl earrings on a velvet tray",
    "McCormick spice jars lined up on a rack",
    "SodaStream bottles and lime slices on the counter",
    "ThinkPad with a mechanical keyboard and a coffee",
    "WordPress dashboard on a laptop screen",
    # acronyms
    "DHL van double-parked on a cobbled street",
    "KFC bucket on the back seat of the car",
    "BYD electric bus at a depot in Shenzhen",
    # ALL-CAPS headlines
    "JOHN LEWIS SUMMER SALE STARTS SATURDAY",
    "CYCLONE FREDDY BATTERS MALAWI COAST",
    "SANTOS EDGE PALMEIRAS IN DERBY THRILLER",
    "DYSON UNVEILS NEW CORDLESS VACUUM",
    # hashtags of brands, places, events
    "#JoshuaTree #desertbloom #roadtrip",
    "#SanFermin2023 #pamplona #encierro",
    "#KingsDay #amsterdam #oranje",
    "#TourDeFrance #alpedhuez #cycling",
    # lower-case running text
    "did a tim tam slam with my hot chocolate, messy but worth it",
    "the jacuzzi at the cabin was worth the six hour drive",
    "my grandad's old morris minor parked in the lane",
    "sipping a bellini on the terrace while the sun went down",
    "the new hoover finally arrived and the cat hates it",
]
