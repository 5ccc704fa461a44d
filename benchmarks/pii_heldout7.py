"""Seventh held-out PII set for ``bench_pii.py``: captions and names written by hand for it.

Written 2026-12-02 (02:05–02:08 UTC) by a helper session (an AI assistant started by the
round-seven session for this one job), **before** round seven changed any detector code. It was
never shown to the detector's developer, and its author did not look at the detector, its allow
lists or any benchmark result. Names were made up or written from general knowledge, not drawn
from Faker, names-dataset or any other package; no name and no caption of ``pii_handwritten``,
``pii_heldout3`` … ``pii_heldout6`` or ``pii_dev4`` … ``pii_dev9`` reappears here, and the frames
are new. Every caption is written out whole (no templates); true person spans are marked
``[[…]]`` and every name is of a private (unknown) person. Origins span all continents; written
forms are title case in varied positions, lower case (credits, greetings, running text, other
languages), ALL CAPS, ``#hashtags`` (marked ``#[[…]]`` as in held-out 3 to 6), ``@handles``
(marked ``[[@…]]``), particle/hyphen/apostrophe names and names in non-Latin scripts. The
"Invented" origin holds plausible names made up for this set.

The no-PII captions are traps: places, streets, ships, dishes, drinks, festivals, teams, stadiums,
artworks and storms named after people or saints, brands and products named after founders (also
in lower case and ALL CAPS, with Mc, O', De, Van and Dr. forms), camel-case products, acronyms,
hashtags of brands/places/events, ALL-CAPS headlines and lower-case running text. None of them
names a person; every word changed there is damage.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # --- title case --------------------------------------------------------------------------
    ("[[Luo Jiaxin]] bargaining for pu'er tea bricks at the Menghai morning market", "Chinese", "title"),
    ("Night train to Harbin for the ice lantern show with [[Shen Haoran]] & [[Bai Wanqing]]", "Chinese", "title"),
    ("[[Ueda Sayaka]] and [[Hoshino Ren]] in matching yukata at the Sumida River fireworks", "Japanese", "title"),
    ("New Year cards brush-lettered by [[Okamura Chiharu]] for every house on the lane", "Japanese", "title"),
    ("Hallasan at 4 a.m. — [[Yang Hyeseon]] reached the crater lake first", "Korean", "title"),
    ("Kolam at the threshold every single morning, drawn by [[Vasanthi Raghunathan]]", "Indian", "title"),
    ("Truck art on the GT Road: [[Shahbaz Gondal]] finishing the peacock panel", "Pakistani", "title"),
    ("Bun cha for breakfast on Hang Manh street with [[Dang Quoc Viet]]", "Vietnamese", "title"),
    ("Longtail boat around Koh Yao Noi, [[Chanida Rattanakorn]] at the tiller", "Thai", "title"),
    ("Thesis defended, sidang done, congrats [[Dimas Prasetyo]]!", "Indonesian", "title"),
    ("Wayang kulit puppets carved by [[Suwarno Hadiprasetyo]] drying in his workshop in Solo", "Indonesian", "title"),
    ("First ever surf contest win of [[Jericho Pascual]], Cloud 9, Siargao", "Filipino", "title"),
    ("Lechon for the town fiesta, turned over the coals since dawn by [[Ramil Sarmiento]]", "Filipino", "title"),
    ("Twelve kinds of Raya cookies this year, all baked by [[Norazlina Yusof]]", "Malaysian", "title"),
    ("[[Bakhtiyor Ergashev]] and his apprentice glazing blue bowls in Rishtan", "Central Asian", "title"),
    ("Margilan silk workshop: the dye vats, the drying racks and the woman in charge, [[Gulnora Saidova]]", "Central Asian", "title"),
    ("Mansaf for the engagement lunch, [[Laith Haddadin]] carrying the tray in", "Arabic", "title"),
    ("Rooftop tagine class in Fes; [[Meryem Lahlou]] showing us how to cut preserved lemons", "North African", "title"),
    ("Tea from the samovar in [[Behnaz Hosseini]]'s courtyard, Isfahan", "Persian", "title"),
    ("Backgammon in a Kadıköy tea garden, [[Volkan Sarıgül]] winning for the third time", "Turkish", "title"),
    ("Jollof cook-off in Surulere. Judges: [[Funmilayo Adeyemo]], the pastor and my mum", "Nigerian", "title"),
    ("[[Nana Akua Boadu]] fitting a kaba and slit for her sister's outdooring", "Ghanaian", "title"),
    ("Coffee ceremony after church in Bahir Dar, hosted by [[Meseret Ayalew]]", "East African", "title"),
    ("Shisa nyama Saturday in Mamelodi with [[Tumelo Molefe]] manning the fire", "Southern African", "title"),
    ("Thiakry and bissap on the terrace of [[Mariama Baldé]] in Ziguinchor", "West African", "title"),
    ("Ćevapi from [[Emir Hadžić]]'s grill in Baščaršija, extra onions", "South Slavic", "title"),
    ("Užgavėnės masks carved by [[Vytautas Stankevičius]] for the village parade", "Baltic", "title"),
    ("Crayfish party at the summer house, [[Ebba Sjöberg]] in a paper hat", "Nordic", "title"),
    ("Worry beads and ouzo on the harbour wall in Nafplio with [[Spyros Lazaridis]]", "Greek", "title"),
    ("Village fête tombola run by [[Heather Ashworth]] for the twentieth year", "Western European", "title"),
    ("Carnival in Olinda, [[Tatiane Barbosa]] inside one of the giant puppets", "Latin American", "title"),
    ("Jingle dress special at the spring powwow, [[Winona Tsinajinnie]] placed second", "Indigenous", "title"),
    ("Siapo cloth printing in Apia with [[Lupe Tuimavave]]", "Pacific", "title"),
    ("[[Savrina Halbreck]] counting swifts from the church roof for the bird survey", "Invented", "title"),
    ("Quiz night champions again, though captain [[Tollan Bexingford]] insists it was luck", "Invented", "title"),
    ("Apricot and lavender jam, labels hand-written by [[Ilvesse Dranquart]]", "Invented", "title"),
    ("Three generations of [[Odrian Kesselwick]]'s family on the farmhouse steps", "Invented", "title"),
    ("Our choir's new conductor, [[Jaskell Ormondray]], at his first rehearsal", "Invented", "title"),
    # --- lower case --------------------------------------------------------------------------
    ("selamat ulang tahun [[rizky ananda]] 🎉 semoga sukses terus", "Indonesian", "lower"),
    ("portra 400, scanned at home. [[rintaro nakano]] took the good ones", "Japanese", "lower"),
    ("spent all of chuseok frying jeon with [[kang dahye]] and her mom", "Korean", "lower"),
    ("hostel rooftop in varanasi, [[ishaan trivedi]] playing guitar while the aarti started", "Indian", "lower"),
    ("[[yousef qaraeen]] showed up at 2am with a whole tray of knafeh", "Arabic", "lower"),
    ("kite festival on the beach at essaouira, photos: [[lahcen oubella]]", "North African", "lower"),
    ("camera [[emeka nwosu]] | edit me | vibes lagos", "Nigerian", "lower"),
    ("morning run along lake victoria w/ [[achieng awuor]], 12k done", "East African", "lower"),
    ("[[palesa motaung]] teaching everyone gumboot dance in the garden", "Southern African", "lower"),
    ("[[oksana melnyk]] knitted this scarf for me last winter 🧣", "Russian/Ukrainian", "lower"),
    ("bikepacking the curonian spit with [[gintarė vaitkutė]], day 3, sand everywhere", "Baltic", "lower"),
    ("[[joakim lundgren]] went ice fishing for six hours and caught exactly one perch", "Nordic", "lower"),
    ("my yiayia [[evangelia kourti]] still bakes koulourakia for the whole street every easter", "Greek", "lower"),
    ("quinceañera de mi prima, fotos de [[dayanara figueroa]]", "Latin American", "lower"),
    ("mountain bothy, candles, and [[dovric hallamore]] snoring by 9pm", "Invented", "lower"),
    ("logo design: [[ravella tinsquire]]", "Invented", "lower"),
    # --- ALL CAPS ----------------------------------------------------------------------------
    ("PROVINCIAL TABLE TENNIS SEMI-FINAL: [[ZHAO YUNFEI]] ADVANCES IN STRAIGHT SETS", "Chinese", "upper"),
    ("STUDENTS' TRIBUTE TO [[SUDHA VENKATARAMAN]], 32 YEARS OF TEACHING MATHS", "Indian", "upper"),
    ("[[ADNAN SHEIKH]] AUTO REPAIRS — NOW OPEN SUNDAYS", "Pakistani", "upper"),
    ("[[NGUYEN THANH HUYEN]] — MAY ÁO DÀI THEO YÊU CẦU", "Vietnamese", "upper"),
    ("[[OLUWASEUN BALOGUN]] BREAKS SCHOOL 100M RECORD", "Nigerian", "upper"),
    ("[[SEYDOU TRAORÉ]] & LES ÉTOILES DU MANDÉ — CONCERT GRATUIT", "West African", "upper"),
    ("NAIL ART BY [[ALINA KOVALENKO]] — BOOK NOW", "Russian/Ukrainian", "upper"),
    ("DNES VEČER: [[JAKUB SEDLÁČEK]], KYTARA A ZPĚV, VSTUP ZDARMA", "Polish/Czech", "upper"),
    ("[[HÜLYA ERSOY]] TERZİHANESİ — DİKİŞ VE TADİLAT", "Turkish", "upper"),
    ("IT'S A GIRL! WELCOME TO THE WORLD, [[AMAIA ETXEBERRIA]]", "Southern European", "upper"),
    ("[[MATEUS FARIAS]] BICAMPEÃO ESTADUAL DE JIU-JITSU", "Latin American", "upper"),
    ("OPEN MIC TONIGHT, HOSTED BY [[SEVRINE MALKOWITT]]", "Invented", "upper"),
    ("[[BRANNICK VOLSTADE]] RAISES £4,000 FOR THE LIFEBOAT STATION", "Invented", "upper"),
    # --- hashtags ----------------------------------------------------------------------------
    ("#[[ZhuYiqing]] is 100 days old today 🍼", "Chinese", "hashtag"),
    ("#[[kimhayoon]] #hanbok #gyeongbokgung", "Korean", "hashtag"),
    ("arangetram day 🙏 #[[LavanyaIyengar]] #kuchipudi", "Indian", "hashtag"),
    ("#[[danialhaziq]] #futsal #shahalam", "Malaysian", "hashtag"),
    ("#[[SalmaAbdelnour]] bridal henna ✋ #alexandria", "Arabic", "hashtag"),
    ("#[[ArezooTaheri]] #tabriz #grandbazaar", "Persian", "hashtag"),
    ("#[[KobinaEshun]] #capecoast #fishingboats", "Ghanaian", "hashtag"),
    ("summit of ol donyo sabuk before breakfast #[[nyokabichege]]", "East African", "hashtag"),
    ("#[[MilicaJovanović]] #beograd #matura", "South Slavic", "hashtag"),
    ("#[[reinisozoliņš]] #riga #basketball", "Baltic", "hashtag"),
    ("#[[HedvigNordström]] 90 km later 🎿 #vasaloppet", "Nordic", "hashtag"),
    ("#[[LyssandraPeverill]] #rollerderby #jammer", "Invented", "hashtag"),
    ("#[[orwenkastelby]] #trailrunning #ultra", "Invented", "hashtag"),
    # --- @handles ----------------------------------------------------------------------------
    ("[[@sato.miyu.jp]] 🍡 dango run in asakusa", "Japanese", "handle"),
    ("[[@thanh.truc.nguyen]] made this bánh mì cart look like a movie set", "Vietnamese", "handle"),
    ("sunday playlist curated by [[@ayodeji_ogunleye]]", "Nigerian", "handle"),
    ("kitesurfing off the Hel peninsula, [[@marta.kowalewska_]] in the red kite", "Polish/Czech", "handle"),
    ("bouquet by [[@fatou.ndiaye.fleurs]] 💐", "West African", "handle"),
    ("shot on a disposable by [[@sebastian.aguirre.mx]]", "Latin American", "handle"),
    ("[[@tiva_lomahaftewa]] blue corn harvest at Second Mesa", "Indigenous", "handle"),
    ("[[@quinlo.varrasch]] reviewing every bakery in town, part 12", "Invented", "handle"),
    ("stickers designed by [[@aldessa_wintersby]], link in bio", "Invented", "handle"),
    # --- particles, hyphens, apostrophes -----------------------------------------------------
    ("[[Yoon Bo-ram]] setting up her tteokbokki truck near Ewha", "Korean", "particle"),
    ("[[Nasser bin Rashid al-Suwaidi]] and his saluki at the Al Dhafra festival", "Arabic", "particle"),
    ("Nasi lemak for the whole office, delivered by [[Zulhilmi bin Kamarudin]]", "Malaysian", "particle"),
    ("Hen party in Galway for [[Niamh O'Riordan]]", "Western European", "particle"),
    ("[[Callum McGillivray]] and his Land Rover stuck in a ford on Skye", "Western European", "particle"),
    ("[[Thijs van der Wal]] skating the frozen canals near Giethoorn", "Western European", "particle"),
    ("Reblochon and saucisson at the Annecy market, [[Marie-Hélène Beaulieu-Roche]] behind the counter", "Western European", "particle"),
    ("[[Consuelo de la Fuente]] and her grandchildren watching the Semana Santa procession in Málaga", "Southern European", "particle"),
    ("Açaí straight from the boats at Ver-o-Peso, sold by [[Cleonice dos Santos Lima]]", "Latin American", "particle"),
    ("Christening lunch at [[Agata Wójcik-Nowicka]]'s, the table barely fit", "Polish/Czech", "particle"),
    ("[[Chiamaka Nwachukwu-Eke]] haggling for ankara at Onitsha main market", "Nigerian", "particle"),
    ("[[Rawiri Te Hiko]] carving a waka prow at the marae", "Pacific", "particle"),
    ("[[Rosmunda van Tielbergh]] rescued three hedgehogs from the garden shed", "Invented", "particle"),
    ("Hand-bound notebooks on [[Caelan O'Bransley]]'s stall at the craft fair", "Invented", "particle"),
    # --- non-Latin scripts -------------------------------------------------------------------
    ("[[周晓彤]]第一次包饺子，形状有点奇怪😂", "Chinese", "script"),
    ("أول يوم عمل لـ [[منى الشهري]] في المستشفى", "Arabic", "script"),
    ("[[Ксения Шубина]] кормит уток на Чистых прудах", "Russian/Ukrainian", "script"),
    ("[[स्नेहा कुलश्रेष्ठ]] ने अपनी पहली पेंटिंग बेची", "Indian", "script"),
    ("[[김하린]]이랑 제주 올레길 걷기 🍊", "Korean", "script"),
    ("Ο [[Θοδωρής Μπαλτάς]] ψαρεύει στο λιμάνι της Καλαμάτας", "Greek", "script"),
    ("งานบวชของ [[สมศักดิ์ แก้วประเสริฐ]] ที่วัดบ้านเกิด", "Thai", "script"),
]  # fmt: skip

NO_PII: list[str] = [
    # places named after people or saints
    "Polar bear tundra buggy near Churchill, Hudson Bay",
    "Cape Maclear beach on Lake Malawi, dugout canoes at dawn",
    "Puerto Natales waterfront the night before the Torres del Paine trek",
    "Jacob's Ladder on Saint Helena, 699 steps straight up",
    "San Miguel de Allende parroquia glowing pink at dusk",
    "Avalon harbour on Santa Catalina Island",
    "Fort Lauderdale canals from the water taxi",
    "St. Anton ski lifts at first light",
    "George Town shophouses with bicycle murals, Penang",
    "Lake Edward hippos at Kazinga Channel",
    "Darjeeling toy train passing through Ghum",
    # streets and squares
    "Maximilianstraße boutique windows in Munich",
    "Rua Augusta arch at golden hour, Lisbon",
    "Rue Jean-Jaurès market stalls on a Sunday morning",
    "Bulevar Kralja Aleksandra trolleybus in the snow",
    # dishes and drinks
    "Bismarck herring on rye with raw onion",
    "Tournedos Rossini with a slab of foie gras",
    "Esterházy torte slice in a Budapest coffee house",
    "Pasta alla Norma with fried aubergine, Catania",
    "Shirley Temple with extra cherries for the kids",
    "Napoleon cake layers with custard cream",
    "Bellini at the bar, Venice",
    # ships
    "Mayflower II moored in Plymouth harbor",
    "Gorch Fock training ship leaving Kiel",
    "Vasa warship hull in the museum hall, Stockholm",
    # festivals and events
    "Sant Jordi book and rose stalls along La Rambla",
    "Fiesta de San Isidro in Madrid, chulapos dancing the chotis",
    "Saint Andrew's Night ceilidh in a village hall",
    "Guru Nanak Jayanti langar, volunteers serving dal",
    # sports teams and stadiums
    "Saint-Étienne green scarves at Geoffroy-Guichard",
    "San Antonio Spurs pennant above the bar",
    "São Paulo FC supporters outside the Morumbi",
    # artworks
    "The Thinker in the garden of the Musée Rodin",
    "Whistler's Mother on loan, queue around the block",
    "Nighthawks print framed above the sofa",
    # brands and products named after founders, camel case, Mc/O'/De/Van/Dr. forms
    "Dr. Oetker pizza going into the oven",
    "Orville Redenbacher popcorn in the microwave",
    "Hermès orange boxes stacked on a hotel bed",
    "Peugeot 404 taxi in Nairobi traffic",
    "Porsche 356 Speedster at a concours",
    "Fabergé egg under glass at the museum",
    "Paul Smith striped socks on a shop shelf",
    "McIntosh amplifier glowing blue in a listening room",
    "O'Reilly Auto Parts store at a strip mall",
    "Van Houten cocoa tin from the seventies",
    "De Beers window display on Bond Street",
    "FedEx truck blocking the alley",
    "HelloFresh meal kit unboxed on the counter",
    "JetBlue tail fins lined up at JFK",
    # acronyms
    "ABBA Museum dance floor, Stockholm",
    "JBL speaker on a paddleboard",
    "NHS ambulance outside A&E",
    # ALL-CAPS headlines
    "STORM DARAGH LEAVES THOUSANDS WITHOUT POWER",
    "SAN SIRO DEMOLITION APPROVED BY CITY COUNCIL",
    "PEUGEOT RECALLS 40,000 HATCHBACKS",
    # hashtags of brands, places, events
    "#SantJordi #diadellibre #barcelona",
    "#GeorgeTown #penang #streetart",
    "#AlbertDock #liverpool #sunset",
    # lower-case running text
    "the george foreman grill from uni still works after fifteen years",
    "my mum's old kenwood chef mixer is louder than a jet engine",
    "the macarena came on at the wedding and everyone lost it",
    "fixed the hoover and finally vacuumed the whole flat",
]
