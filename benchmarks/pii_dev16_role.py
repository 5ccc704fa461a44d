"""Round-sixteen development set of the role tuner (``role16``): names after a role or
occupation noun, above all one that no list of the detector knows ("Mahout …", "Luthier …",
"Glassblower …"), a role noun opening the caption capitalized (it is no part of the name:
"Baker Odile Fanchette" → only "Odile Fanchette"), after a comma, colon or bar, written lower-case
in the middle of a caption ("watching the mahout …"), the role words of other languages ("mestre",
"maître verrier", "Bäckermeister", "kumu", "guru", "ustaz", "sensei", "el pescador", "il liutaio"),
in ALL CAPS and in lower-case captions; and no-PII captions of the same shapes (streets, brands,
places, characters and things named after a trade or after a person: "Baker Street", "Potter's
wheel", "Fisherman's Wharf", "Piper Alpha", "Fireman Sam", "Trader Joe's").

Written 2026-12-02 (14:32–14:45 UTC) by the role16 helper, by hand, before any rule of this round
was changed, after reading held-out 18–19's misses (so the class, not the captions, comes from
there); names made up or from general knowledge (not drawn from Faker or names-dataset), no caption
copied from another set. Every caption was looked at while tuning (no half was held back), so
its figures are development figures only.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # a role noun opening the caption, capitalized
    ("Fisherman [[Wiremu Paewai]] mending nets at Ōhope", "Māori", "title"),
    ("Mahout [[Boonchai Sitthisak]] scrubbing his elephant in the river", "Thai", "title"),
    ("Luthier [[Ottavio Bellandi]] varnishing a cello in his Cremona workshop", "Italian", "title"),
    ("Weaver [[Nizhoni Tsosie]] at the loom, Ganado", "Navajo", "title"),
    ("Baker [[Margaux Lefeuvre]] pulls croissants from the oven", "French", "title"),
    ("Blacksmith [[Teodor Wasilewski]] at the forge in Kraków", "Polish", "title"),
    ("Potter [[Ikaika Kealoha]] throwing bowls at the Hilo market", "Hawaiian", "title"),
    ("Beekeeper [[Dawit Haile]] checking the hives near Debre Birhan", "Ethiopian", "title"),
    ("Glassblower [[Henrike Vollmer]] shaping a vase", "German", "title"),
    ("Silversmith [[Yazmín Ortega Lugo]] polishing a bracelet in Taxco", "Mexican", "title"),
    ("Ferryman [[Lwazi Mthembu]] poling across the river", "Zulu", "title"),
    ("Herdsman [[Batzorig Ganbold]] rounding up horses on the steppe", "Mongolian", "title"),
    ("Calligrapher [[Farhad Karimzadeh]] writing a nastaliq verse", "Iranian", "title"),
    ("Woodcarver [[Tavita Faleolo]] finishing a kava bowl", "Samoan", "title"),
    ("Saddler [[Eamon Fitzmaurice]] stitching a bridle in Kildare", "Irish", "title"),
    ("Shoemaker [[Arsen Hovhannisyan]] resoling boots in Gyumri", "Armenian", "title"),
    ("Tanner [[Youssef Amrani]] among the dye pits in Fez", "Moroccan", "title"),
    ("Cheesemaker [[Sigrún Hauksdóttir]] turning wheels in the cellar", "Icelandic", "title"),
    ("Boatbuilder [[Niilo Räsänen]] planking a rowing boat", "Finnish", "title"),
    ("Winemaker [[Nodar Beridze]] opening a qvevri in Kakheti", "Georgian", "title"),
    ("Fishmonger [[Siobhán Ní Bhriain]] at the Galway market", "Irish", "particle"),
    ("Potter [[Ayaka Shimizu]] glazing teacups", "Japanese", "title"),
    ("Miller [[Bogdan Crețu]] grinding rye at the watermill", "Romanian", "title"),
    ("Cook [[Adebisi Oyelaran]] stirring the jollof pot", "Nigerian", "title"),
    ("Weaver [[Lucía Huamaní]] spinning alpaca yarn in Chinchero", "Peruvian", "title"),
    ("Goatherd [[Dimitrios Kalogeropoulos]] on the slopes above Metsovo", "Greek", "title"),
    ("Basket weaver [[Akosua Frimpong]] at the Bolgatanga market", "Ghanaian", "title"),
    ("Master carver [[Rangimarie Tuhiwai]] at the marae", "Māori", "title"),
    ("Head Chef [[Mirela Popescu]] plating dessert", "Romanian", "title"),
    ("Sensei [[Takeshi Morimoto]] demonstrating a kata", "Japanese", "title"),
    ("Bäckermeister [[Jörg Hübner]] knetet den Teig", "German", "title"),
    # after a comma, colon or bar
    ("Dawn at the harbour: Fisherman [[Kwabena Asante]] unloads his catch", "Ghanaian", "title"),
    ("Market day in Oaxaca, Potter [[Citlali Mendoza Ruiz]] arranging her pots", "Mexican", "title"),
    ("Sunday at the forge | Farrier [[Gethin Prys]] shoeing a cob", "Welsh", "title"),
    # lower-case role noun in the middle of a caption
    ("watching the mahout [[Anan Kaewmanee]] lead the herd to water", "Thai", "title"),
    ("our gondolier [[Massimo Zanin]] singing under the Rialto", "Italian", "title"),
    ("a chat with the shepherd [[Iñaki Etxeberria]] above Roncesvalles", "Basque", "title"),
    ("thanks to the sommelier [[Ludivine Carrère]] for the pairing", "French", "title"),
    ("tea with the herbalist [[Nomvula Khumalo]] in her garden", "Zulu", "title"),
    ("the cartographer [[Amaru Condori]] sketching the valley", "Bolivian", "title"),
    ("bowls thrown by ceramicist [[Haruka Ishikawa]]", "Japanese", "title"),
    ("the puppeteer [[Ketut Sudarma]] backstage at the wayang show", "Balinese", "title"),
    ("we visited saddlemaker [[Bolat Nurlanuly]] in Almaty", "Kazakh", "title"),
    ("Photo of kora player [[Seckou Diabaté]] at the festival", "Senegalese", "title"),
    ("herders [[Aslak Eira]] and [[Inger Marit Sara]] at the reindeer corral", "Sámi", "title"),
    # role words of other languages
    ("roda de capoeira com mestre [[Jurandir Nascimento]] em Salvador", "Brazilian", "title"),
    ("atelier du maître verrier [[Étienne Roussard]] à Biot", "French", "title"),
    ("kumu [[Leināʻala Kahananui]] leading the oli at dawn", "Hawaiian", "title"),
    ("latihan bersama guru [[Ni Made Sukerti]] di sanggar", "Balinese", "title"),
    ("kuliah subuh bersama ustaz [[Hafizuddin Rahmat]]", "Malay", "title"),
    ("le boulanger [[Mathis Durandeau]] sort les baguettes", "French", "title"),
    ("el pescador [[Aurelio Quintanilla]] remienda sus redes en Vigo", "Spanish", "title"),
    ("il liutaio [[Carlo Benvenuti]] nella sua bottega", "Italian", "title"),
    ("o pescador [[Joaquim Sardinha]] na praia da Nazaré", "Portuguese", "title"),
    ("de bakker [[Joost Verhagen]] in zijn winkel in Delft", "Dutch", "title"),
    # ALL CAPS
    ("BLACKSMITH [[HALVARD STRØMSNES]] AT THE FORGE", "Norwegian", "upper"),
    ("MAHOUT [[PRASERT WONGSAWAT]] BATHES HIS ELEPHANT IN THE MAE TAENG", "Thai", "upper"),
    ("FISHERMAN [[TAMATI HOROMONA]] WITH THE DAY'S CATCH", "Māori", "upper"),
    ("LUTHIER [[BENEDETTA FIORAVANTI]] — OPEN WORKSHOP SATURDAY", "Italian", "upper"),
    # lower-case captions
    ("potter [[keoni makaiwi]] throwing bowls at the hilo market", "Hawaiian", "lower"),
    ("fisherman [[rawiri tane]] hauling the nets at dawn", "Māori", "lower"),
    ("our baker [[ana lúcia prado]] made the cake for saturday", "Brazilian", "lower"),
    ("mahout [[wichai boonmee]] washing the calf", "Thai", "lower"),
]

NO_PII: list[str] = [
    # streets, places and landmarks named after a trade
    "Baker Street station at rush hour",
    "Fisherman's Wharf sea lions at Pier 39",
    "Piper Alpha memorial garden in Aberdeen",
    "Weaver Street Market opens at seven",
    "Cook Islands lagoon at low tide",
    "Hunter Valley vineyards after the harvest",
    "Wright Brothers National Memorial at Kill Devil Hills",
    "Fisherman's Bastion at dusk, Budapest",
    "Brewer Street car park, Soho",
    "Painter Ridge trailhead after the snow",
    "Potter Valley Road closed after the landslide",
    "Barber Motorsports Park paddock on race day",
    "Blacksmith Shop Museum in Fort Worth",
    "Sculptor Galaxy through my backyard telescope",
    "Mahout camp near Chiang Mai, elephants bathing",
    "Luthier workshop in Cremona, violins drying",
    "Weaver birds nesting at Lake Naivasha",
    "Fishermen of Nazaré hauling a boat up the beach",
    # brands and things
    "Potter's wheel and clay tools for sale",
    "Miller Lite six-pack in the cooler",
    "Fisher Price xylophone from the attic",
    "Archer Daniels Midland grain elevator in Decatur",
    "Carpenter Gothic farmhouse in Iowa",
    "Singer sewing machine, restored",
    "Trader Joe's haul this week",
    "Chef Boyardee ravioli can",
    "Baker Hughes drilling rig in the Permian",
    "Butcher Block countertop oiled and sealed",
    "Shepherd Neame brewery tour in Faversham",
    "Gardener's World live at the NEC",
    "Tailor Made golf balls, a dozen",
    "Hunter Boots in the rain",
    "Porter Airlines flight to Toronto",
    "Meister Proper Reiniger im Angebot",
    # characters
    "Fireman Sam toy fire engine",
    "Postman Pat van ride at the shopping centre",
    "Ranger Rick magazine from 1987",
    "Sailor Moon figurine collection",
    "Farmer John sausages on the grill",
    # role nouns opening a caption before things, not people
    "Fisherman Knit sweater in cream",
    "Baker Boy hat, tweed",
    "Shoemaker Levy comet fragments, 1994",
    "Mason Jar salads for the week",
    # ALL CAPS and lower-case
    "BAKER STREET MARKET THIS SATURDAY",
    "FISHERMAN'S FRIEND LOZENGES, EXTRA STRONG",
    "CARPENTER ANT TREATMENT AVAILABLE",
    "fisherman's wharf clam chowder in a bread bowl",
    "baker street irregulars reunion",
    "potter's wheel for sale, barely used",
]
