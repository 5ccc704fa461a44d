"""Sixth held-out PII set for ``bench_pii.py``: captions and names written by hand for it.

Written 2026-12-02 (01:41 UTC) by a helper session (an AI assistant started by the round-six
session for this one job), **before** round six changed any detector code. It was never shown
to the detector's developer, and its author did not look at the detector, its allow lists or any
benchmark result. Names were made up or written from general knowledge, not drawn from Faker,
names-dataset or any other package; no name and no caption of ``pii_handwritten``,
``pii_heldout3`` … ``pii_heldout5`` or ``pii_dev4`` … ``pii_dev9`` reappears here, and the frames
are new. Every caption is written out whole (no templates); true person spans are marked
``[[…]]`` and every name is of a private (unknown) person. Origins span all continents; written
forms are title case in varied positions, lower case (credits, greetings, running text, other
languages), ALL CAPS, ``#hashtags`` (marked ``#[[…]]`` as in held-out 3 to 5), ``@handles``
(marked ``[[@…]]``), particle/hyphen/apostrophe names and names in non-Latin scripts. The
"Invented" origin holds plausible names made up for this set.

The no-PII captions are traps: places, streets, ships, dishes, drinks, festivals, teams, artworks
and storms named after people or saints, brands and products named after founders (also in lower
case and ALL CAPS), camel-case products, acronyms, hashtags of brands/places/events, ALL-CAPS
headlines and lower-case running text. None of them names a person; every word changed there is
damage.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # --- title case --------------------------------------------------------------------------
    ("[[Qiao Xinyue]] wrapping zongzi with her grandson for the Dragon Boat Festival", "Chinese", "title"),
    ("Staff photo at the new bakery in Kanazawa — [[Shimizu Kanae]] second from left", "Japanese", "title"),
    ("Kimjang weekend in Jeonju: [[Noh Eunbi]] and her aunts salting cabbage", "Korean", "title"),
    ("[[Tsogtbayar Munkhbat]] breaking in a young horse outside Mörön", "Mongolian", "title"),
    ("Sadya served on banana leaves at [[Anitha Menon]]'s house in Thrissur", "Indian", "title"),
    ("[[Siddharth Gokhale]] and [[Mrunal Paranjpe]] after finishing the Pune half marathon", "Indian", "title"),
    ("Rooftop dinner overlooking the Badshahi mosque, hosted by [[Zubair Awan]]", "Pakistani", "title"),
    ("Dashain swing at the village entrance; [[Ramesh Adhikari]] pushing the kids higher", "Nepali", "title"),
    ("Stilt fishing off Koggala at dawn. In the middle: [[Tharindu Wijesekara]]", "Sri Lankan", "title"),
    ("Tailor [[Mai Thi Thuy Duong]] pinning a hem in her shop near Ben Thanh market", "Vietnamese", "title"),
    ("Loy Krathong floats of banana trunk and orchids, made by [[Wanida Phongphaew]]", "Thai", "title"),
    ("Gamelan rehearsal at the pendopo, [[Bambang Sutrisno]] on the kendang", "Indonesian", "title"),
    ("Halo-halo after the barangay league final, courtesy of [[Rodel Cabrera]]", "Filipino", "title"),
    ("The nasi kerabu at [[Rohana Ismail]]'s stall is worth the queue", "Malaysian", "title"),
    ("Raising the yurt at Song-Kol, [[Aizada Toktogulova]] tying the tunduk", "Central Asian", "title"),
    ("Manakish Sunday, and [[Rima Sfeir]] refuses to share the za'atar one", "Arabic", "title"),
    ("Mint tea on a Chefchaouen rooftop, poured from way up high by [[Anas Tazi]]", "North African", "title"),
    ("Setting up the tent for Sizdah Bedar — [[Kaveh Moradzadeh]] reading the instructions upside down", "Persian", "title"),
    ("Morning simit from the cart on Galata Bridge, thanks to [[Hatice Korkmaz]]", "Turkish", "title"),
    ("Owambe Saturday in Ibadan: [[Bolanle Ogunbiyi]] & [[Temiloluwa Ajibade]] in matching coral gele", "Nigerian", "title"),
    ("Palm wine tapping outside Koforidua with [[Kojo Amankwah]]", "Ghanaian", "title"),
    ("Injera baking before Fasika, [[Hirut Alemayehu]] at the mitad", "East African", "title"),
    ("[[Nolwazi Mthembu]] in beadwork for her umemulo, KwaZulu-Natal", "Southern African", "title"),
    ("Tabaski sheep market in Thiès, [[Aïssatou Mbengue]] bargaining hard", "Senegalese", "title"),
    ("Maslenitsa pancakes stacked to the ceiling at [[Lyudmila Dolgova]]'s", "Russian/Ukrainian", "title"),
    ("Fixing the cottage roof: [[Radek Šimůnek]] on the ladder, [[Kinga Szymańska]] holding it", "Polish/Czech", "title"),
    ("Homemade rakija poured in the cellar of [[Vukašin Petrović]], Šumadija", "South Slavic", "title"),
    ("Jāņi bonfire in Sigulda, [[Edgars Kalniņš]] jumping over the flames", "Baltic", "title"),
    ("Cross-country skiing above Lillehammer with [[Solveig Haugland]]", "Nordic", "title"),
    ("Easter lamb on the spit in Crete, turned all morning by [[Michalis Kalogeropoulos]]", "Greek", "title"),
    ("Cataplana for six at [[Joaquim Barreiros]]'s tasca in Olhão", "Southern European", "title"),
    ("Asado on the estancia, [[Ramiro Echenique]] at the parrilla since noon", "Latin American", "title"),
    ("Birch bark canoe launch on the lake, built by [[Wendell Migwans]]", "Indigenous", "title"),
    ("Sealskin mitts for the winter, sewn by [[Annie Qaunaq]] in Igloolik", "Indigenous", "title"),
    ("Kava circle in Nadi with [[Jone Naivalu]] mixing the tanoa", "Pacific", "title"),
    ("[[Dastrel Ravestadt]] repainting the lighthouse keeper's cottage", "Invented", "title"),
    ("Second place in the chili cook-off goes to [[Merivane Tosk]]", "Invented", "title"),
    ("Puppy's first swim, and [[Haskel Durnimore]] went in after him", "Invented", "title"),
    ("Hand-lettered card for [[Orlenne Pravenic]], happy 60th", "Invented", "title"),
    # --- lower case --------------------------------------------------------------------------
    ("birthday picnic for [[jiang ruolan]] at the botanical garden 🌸", "Chinese", "lower"),
    ("[[nurbek toktomushev]] in charge of the shashlik again lol", "Central Asian", "lower"),
    ("iftar at my aunt's, [[dima hadidi]] made the fatteh and it was gone in minutes", "Arabic", "lower"),
    ("zanzibar trip dump, [[baraka mushi]] took most of these", "East African", "lower"),
    ("[[yaa amponsah]] finally passed her driving test!!!", "Ghanaian", "lower"),
    ("lviv coffee crawl w/ [[dmytro kravets]]", "Russian/Ukrainian", "lower"),
    ("we miss you [[weronika sadowska]] ❤️ come back from dublin soon", "Polish/Czech", "lower"),
    ("morgenbad i fjorden med [[sunniva sæther]]", "Nordic", "lower"),
    ("obrigado [[renan moreira lins]] pelas fotos do casamento", "Latin American", "lower"),
    ("happy 35th anniversary to my parents [[ta van hieu]] and [[luong thi hong hanh]]", "Vietnamese", "lower"),
    ("gracias a [[rosa condori huanca]] por el tejido de alpaca", "Indigenous", "lower"),
    ("cousin [[moana rapata]] teaching the little ones poi", "Pacific", "lower"),
    ("[[perrine broomquist]] fell off the paddleboard twice and still won the race", "Invented", "lower"),
    ("sketchbook tour with [[orrin velasquetti]], link in bio", "Invented", "lower"),
    # --- ALL CAPS ----------------------------------------------------------------------------
    ("[[KONG JUNHAO]] WINS CITY UNDER-12 GO TOURNAMENT", "Chinese", "upper"),
    ("[[TAKAHAGI MIO]] — GRADUATION RECITAL, MAIN HALL, 18:30", "Japanese", "upper"),
    ("VOTE [[IFEOLUWA ADENIJI]] FOR STUDENT UNION PRESIDENT", "Nigerian", "upper"),
    ("MARATHON DE LYON : BRAVO [[AURÉLIEN GAUTHIER]] !", "Western European", "upper"),
    ("[[SOFIANE BENHADDOU]] ET SON ORCHESTRE — SOIRÉE CHAÂBI", "North African", "upper"),
    ("[[MERVE SÖNMEZ]] & [[BARIŞ KILIÇASLAN]] DÜĞÜN DAVETİ", "Turkish", "upper"),
    ("[[RENATA ZAMBRANO]], CAMPEONA REGIONAL DE NATACIÓN", "Latin American", "upper"),
    ("[[LAURYNAS JUODKA]] QUARTET · FRIDAY 21:00 · FREE ENTRY", "Baltic", "upper"),
    ("[[PANIZ SHAFIEE]]: FIRST SOLO SHOW, TEHRAN", "Persian", "upper"),
    ("GET WELL SOON [[NOMSA SITHOLE]] FROM ALL OF GRADE 4", "Southern African", "upper"),
    ("[[VARKELL ODENSHAW]] NAMED VOLUNTEER FIREFIGHTER OF THE YEAR", "Invented", "upper"),
    ("EMPLOYEE OF THE MONTH: [[LORIVANE QUANDOLIN]]", "Invented", "upper"),
    # --- hashtags ----------------------------------------------------------------------------
    ("#[[XiaoMuchen]] lost his first tooth today 🦷", "Chinese", "hashtag"),
    ("big catch today 🎣 #okinawa #[[kentarofujisaki]]", "Japanese", "hashtag"),
    ("Kathakali makeup takes three hours #[[HarishNambiar]] #kochi", "Indian", "hashtag"),
    ("#[[ammarrajput]] #mehndi #lahorewedding", "Pakistani", "hashtag"),
    ("sweet sixteen 🎉 #[[JoudTarabichi]] #beirut", "Arabic", "hashtag"),
    ("#[[ChiomaUdeh]] called to bar 🎓 #abuja", "Nigerian", "hashtag"),
    ("#[[darinabelyaeva]] back at the barre after knee surgery", "Russian/Ukrainian", "hashtag"),
    ("#[[KristjanPõld]] #hiiumaa #seakayak", "Baltic", "hashtag"),
    ("sailing around paros #[[panagiotisvlachos]] #aegean", "Greek", "hashtag"),
    ("#[[KoaPalakiko]] dawn patrol #waimanalo", "Pacific", "hashtag"),
    ("#[[BexleyThornvane]] said yes 💍", "Invented", "hashtag"),
    ("raku firing night #[[sorinavelkhov]] #pottery", "Invented", "hashtag"),
    # --- @handles ----------------------------------------------------------------------------
    ("[[@minji.seol_]] ootd in seongsu-dong", "Korean", "handle"),
    ("catering by [[@chef_devansh.rao]], everything vegetarian", "Indian", "handle"),
    ("[[@ayu.pramesti99]] in the rice terraces of tegallalang", "Indonesian", "handle"),
    ("hair & makeup: [[@lindiwe.mabaso]]", "Southern African", "handle"),
    ("wedding film by [[@bruno_tavares.ph]] 🎥", "Latin American", "handle"),
    ("rooftop iftar with [[@ebru.sahinoglu]] and the girls", "Turkish", "handle"),
    ("jam session w/ [[@jakub_matejka_drums]] 🥁", "Polish/Czech", "handle"),
    ("the kiln finally works!! huge thanks to [[@marivel.oskadine]]", "Invented", "handle"),
    ("[[@thornleigh.vasque]] caught the sunrise from the ridge", "Invented", "handle"),
    # --- particles, hyphens, apostrophes -----------------------------------------------------
    ("[[Gu Da-bin]] blowing out 25 candles at a Hongdae café", "Korean", "particle"),
    ("Konvo day for [[Syafiq bin Othman]], finally an engineer", "Malaysian", "particle"),
    ("Pearl diving museum in Muharraq with [[Jassim al-Dosari]]", "Arabic", "particle"),
    ("[[Gráinne O'Flaherty]]'s scones cooling on the windowsill in Connemara", "Western European", "particle"),
    ("Sheepdog trials in the Borders, [[Fraser MacAskill]] with his collie", "Western European", "particle"),
    ("[[Maartje van Leeuwen]] and her cargo bike full of tulips", "Western European", "particle"),
    ("Feria de Abril in Seville with [[Macarena de la Riva]] in her flamenco dress", "Southern European", "particle"),
    ("Roda de choro in Lapa, [[Gilmar dos Reis]] on the cavaquinho", "Latin American", "particle"),
    ("Pizza night in Naples, dough by [[Vincenzo D'Alessandro]]", "Southern European", "particle"),
    ("[[Gwenaëlle Le Goff]] dancing an dro at the fest-noz in Quimper", "Western European", "particle"),
    ("Igba nkwu for [[Ugochi Nnamani-Ibe]] in Enugu", "Nigerian", "particle"),
    ("[[Tobiah McQuarrenby]] at the helm of his grandfather's trawler", "Invented", "particle"),
    ("Orchard wedding: [[Elowen ter Haskvoort]] & [[Casimir d'Ambrelle]]", "Invented", "particle"),
    # --- non-Latin scripts -------------------------------------------------------------------
    ("[[林书瑶]]和妈妈在鼓浪屿", "Chinese", "script"),
    ("عيد ميلاد سعيد [[لمى الزهراني]] 🎂", "Arabic", "script"),
    ("[[Артём Белоусов]] собрал свой первый велосипед", "Russian/Ukrainian", "script"),
    ("[[रागिनी चौहान]] का गृहप्रवेश, जयपुर", "Indian", "script"),
    ("[[한도윤]] 첫 출근 날 ☕", "Korean", "script"),
    ("Βάπτιση της μικρής, νονά η [[Ειρήνη Σταματοπούλου]]", "Greek", "script"),
    ("[[ณัฐวุฒิ ทองดี]] วิ่งมาราธอนครั้งแรกที่เชียงใหม่", "Thai", "script"),
]  # fmt: skip

NO_PII: list[str] = [
    # places named after people or saints
    "Whale watching boat leaving Puerto Madryn at dawn",
    "Lake Albert shoreline near Butiaba, fishing canoes pulled up",
    "Market day in Livingstone, Zambia",
    "Santo Domingo colonial zone lit up at night",
    "Gustavia harbour in Saint Barthélemy full of superyachts",
    "Abel Tasman coastal track at low tide",
    "Cook Strait ferry in a heavy swell",
    "Baffin Island icebergs from a sea kayak",
    "Kaiser-Wilhelm-Gedächtniskirche at twilight",
    "Frederiksberg Gardens in autumn colours",
    "Queen Maud Land research station under the midnight sun",
    # streets and squares
    "Nathan Road neon signs, Kowloon",
    "Andrássy Avenue chestnut trees in spring",
    "Knez Mihailova street on a Saturday afternoon",
    "Princes Street gardens with the castle above",
    # dishes and drinks
    "Lamingtons stacked on a cake stand",
    "Strawberries Romanoff in a crystal glass",
    "Kaiserschmarrn with plum compote at a ski hut",
    "Cobb salad with blue cheese and avocado",
    "Madeleines cooling on a wire rack",
    "Negroni on a terrace in Florence",
    "Chicken à la King on toast points",
    # ships
    "Christian Radich tall ship under full sail",
    "Kruzenshtern four-masted barque moored in Kiel",
    "Queen Mary 2 leaving Southampton at dusk",
    # festivals and events
    "Feast of San Gennaro on Mulberry Street",
    "Sankt Hans bonfire on the beach near Skagen",
    "Gilles of Binche in ostrich-feather hats",
    "São João bonfires and grilled sardines in Porto",
    "Saint Nicholas Day chocolate coins tucked into a shoe by the door",
    # sports teams
    "Orlando Pirates fans in black and white at the Soweto derby",
    "St. Pauli skull and crossbones flags on the terrace",
    "Hamilton Academical programme from 1987",
    # artworks
    "Venus de Milo surrounded by raised phones",
    "David replica in Piazza della Signoria",
    "Laocoön group in the Vatican Museums",
    # brands and products named after founders, camel case, Mc/O'/De/Van forms
    "Heinz beans on toast with a fried egg",
    "Kellogg's cornflakes box from the seventies",
    "Cadbury Creme Egg cut in half",
    "Miele washing machine in a tiny Berlin bathroom",
    "Faber-Castell pencils lined up by colour",
    "Michelin man statue outside a tyre shop",
    "Citroën 2CV painted like a ladybird",
    "Cartier Tank watch on a leather strap",
    "McCain oven chips on a baking tray",
    "AirPods case with a cartoon sticker",
    "FaceTime call with the whole family on a tablet",
    "DoorDash bag on the doorstep in the rain",
    # acronyms
    "SNCF double-decker TGV at Gare de Lyon",
    "MTR train pulling into Central station",
    "ASOS parcel on the hallway floor",
    # ALL-CAPS headlines
    "STORM AGNES FLOODS CORK CITY CENTRE",
    "ST. PAULI PROMOTED AFTER THIRTEEN YEARS",
    "ALDI TO OPEN FIFTY NEW STORES THIS YEAR",
    "SANTA CLAUS VILLAGE WELCOMES RECORD CROWDS",
    # hashtags of brands, places, events
    "#BurnsNight #haggis #neepsandtatties",
    "#VictoriaDay long weekend #cottagecountry",
    "#SanGennaro #littleitaly #zeppole",
    "#CadburyWorld #bournville",
    # lower-case running text
    "the hermitage was packed so we went to the catherine palace instead",
    "lost my kindle somewhere between victoria and waterloo",
    "first time on the autobahn in dad's old opel kadett",
    "bought a stanley thermos for the camping trip and it still leaks",
]
