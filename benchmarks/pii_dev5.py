"""Round-four check set for ``bench_pii.py`` (development data, not strictly held out).

Written 2026-12-02 (00:37 UTC) by the round-four engineer after round four's first changes and
**before** its second batch (particles, joined hashtags with a trailing word, single names next
to a name, lower-case names in running text). Measured on main's detector, on the first batch and
after the second batch, and never used to choose or tune a rule: a check that the second batch
generalizes beyond ``pii_dev4``. Written by the same person as the rules, so it is not held out
in the strict sense. Person spans are marked ``[[…]]``; the "Invented" names were made up.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    ("[[Zhou Ruoxi]] and [[Lin Haotian]] at the lantern festival", "Chinese", "title"),
    ("wedding of [[wei jiayi]] and [[cao mingze]], hangzhou", "Chinese", "lower"),
    ("[[Pradeep Subramaniam]] repairing a scooter outside his shop", "Indian", "title"),
    ("thank you [[lakshmi narasimhan]] for the beautiful rangoli", "Indian", "lower"),
    ("#[[AnushkaRaoArt]] new series", "Indian", "hashtag"),
    ("[[Fatemeh Karimi]] at the Nowruz market", "Iranian", "title"),
    ("[[Mustafa El-Sayed]] pouring mint tea", "Egyptian", "particle"),
    ("[[yasmine bouazza]] et sa fille au hammam", "Algerian", "lower"),
    ("[[Emeka Obiora]] presenting his startup", "Nigerian", "title"),
    ("with [[folake adeniran]] at the owambe", "Nigerian", "lower"),
    ("[[KWAME ASARE]] - HIGHLIFE NIGHTS", "Ghanaian", "upper"),
    ("[[Njeri Mwangi]] selling mangoes at the roadside", "Kenyan", "title"),
    ("[[Thabo Nkosi]] and his grandfather fishing", "South African", "title"),
    ("[[Tran Bao Ngoc]] wearing an ao dai for tet", "Vietnamese", "title"),
    ("[[Nattapong Chaiyasit]] at the muay thai gym", "Thai", "title"),
    ("[[Jasmine Dela Peña]] singing at the fiesta", "Filipino", "particle"),
    ("[[Agus Setiawan]] riding his scooter in Yogyakarta", "Indonesian", "title"),
    ("[[haruka morimoto]] making onigiri", "Japanese", "lower"),
    ("[[Kwon Ji-woo]] and friends at Han river park", "Korean", "title"),
    ("[[Bolat Seitkali]] with his eagle", "Kazakh", "title"),
    ("[[Giorgi Kapanadze]] making churchkhela", "Georgian", "title"),
    ("[[Irina Sokolenko]] teaching piano", "Ukrainian", "title"),
    ("#[[PiotrZawadzki]] mountain bike", "Polish", "hashtag"),
    ("[[Lucie Nováková]] at the Prague book fair", "Czech", "title"),
    ("[[Mihai Ionescu]] & [[Ioana]] on their wedding day", "Romanian", "single"),
    ("[[Kostas Georgiou]] repairing fishing nets", "Greek", "title"),
    ("[[Henrik van der Linde]] in his tulip field", "Dutch", "particle"),
    ("[[Joaquín Herrera]] playing guitar in Sevilla", "Spanish", "title"),
    ("[[rafaela nunes]] surfing at dawn", "Brazilian", "lower"),
    ("[[Camila Restrepo]] at the coffee farm", "Colombian", "title"),
    ("[[PAOLA MENDOZA]] CAMPEONA", "Mexican", "upper"),
    ("[[Tane Whaanga]] carving pounamu", "Maori", "title"),
    ("[[@leilani.kapule]] hula practice", "Hawaiian", "handle"),
    ("[[Caoimhe Ní Dhuibhir]] dancing at the céilí", "Irish", "particle"),
    ("[[Torvald Eskerud]] on his fishing boat", "Norwegian", "title"),
    ("[[Quillon Marbek]] signing his first record deal", "Invented", "title"),
    ("[[saverine oltrano]] and her cello", "Invented", "lower"),
    ("[[DRAVEN KOSTRIEL]] WORLD TOUR", "Invented", "upper"),
    ("#[[EllowynBracksted]] bridal shoot", "Invented", "hashtag"),
    ("Congratulations to [[Venna Holtigrew]] on her retirement", "Invented", "title"),
]

NO_PII: list[str] = [
    "#FridayFeeling coffee and a croissant",
    "GoPro footage of a ski jump",
    "HBO Max logo on a smart TV",
    "Bluetooth speaker by the pool",
    "Yankee Stadium opening day",
    "Grand Canyon Skywalk",
    "Jersey Shore boardwalk fries",
    "Salisbury Cathedral spire",
    "Big Sur coastline, Highway 1",
    "Montgomery Ward catalog from 1955",
    "Peking duck carved at the table",
    "Baked Alaska dessert on fire",
    "Earl of Sandwich shop front",
    "Dr. Pepper can on ice",
    "Sherlock Holmes museum on Baker Street",
    "Ruby Falls cave waterfall",
    "Duran Duran concert poster",
    "Talking Heads album cover",
    "Boston terrier in a sweater",
    "Shih Tzu grooming before and after",
    "Waldorf salad in a glass bowl",
    "Crown Heights street fair",
    "Alexanderplatz TV tower at night",
    "Mont Saint-Michel at high tide",
    "UNICEF volunteers unloading boxes",
]
