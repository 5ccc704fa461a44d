"""Round-four estimate set 7 for ``bench_pii.py``: captions written after the last rule change.

Written 2026-12-02 (00:55 UTC) by the round-four engineer after the rules changed once more in
response to estimate set 6 (which is therefore development data now); measured once on main and
once on this commit's detector, and **no rule was changed after that**. Written by the rules'
author, so not held out in the strictest sense. Person spans are marked ``[[…]]``; the
"Invented" names were made up.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    ("[[Ximena Paredes]] selling empanadas at the Sunday market", "Argentine", "title"),
    ("[[Dawit Haileselassie]] climbing in the Simien mountains", "Ethiopian", "title"),
    ("[[aziz rahimov]] with his new motorbike", "Uzbek", "lower"),
    ("[[Ingrid Solheim]], 72, knitting by the fire", "Norwegian", "title"),
    ("[[Tuan Anh Le]] teaching guitar to kids", "Vietnamese", "title"),
    ("#[[MariaFernandaLopez]] quinceañera", "Mexican", "hashtag"),
    ("[[RADU CONSTANTINESCU]] RETROSPECTIVE", "Romanian", "upper"),
    ("bday dinner for [[sofia karamanlis]]", "Greek", "lower"),
    ("[[Mwajuma Hassani]] selling fabric in Zanzibar", "Tanzanian", "title"),
    ("Cover shoot: [[Ayodele Adeyinka-Bello]]", "Nigerian", "particle"),
    ("[[Hiroshi Nakagawa]] and his bonsai collection", "Japanese", "title"),
    ("[[Choi Eun-bi]] at the cafe where she works", "Korean", "title"),
    ("[[Lukas Hofbauer]] skiing off-piste in Tyrol", "Austrian", "title"),
    ("[[Elif Karaca]] & [[Deniz]] at their engagement party", "Turkish", "single"),
    ("[[@jahnavi.iyer]] classical dance reel", "Indian", "handle"),
    ("[[Priyanka Chaudhuri]] opening her bakery in Pune", "Indian", "title"),
    ("[[olamide bakare]] graduation shoot, ibadan", "Nigerian", "lower"),
    ("Bridal portrait of [[Noor Al-Hashimi]]", "Emirati", "particle"),
    ("[[Siosaia Tupou]] playing rugby in Nukuʻalofa", "Tongan", "title"),
    ("[[Wiremu Parata]] at the marae", "Maori", "title"),
    ("[[Eszter Szabó]] restoring an old violin", "Hungarian", "title"),
    ("[[Kateryna Lysenko]] painting easter eggs", "Ukrainian", "title"),
    ("[[Tenzin Dolma]] spinning prayer wheels in Lhasa", "Tibetan", "title"),
    ("#[[JoaoVictorSantos]] skate park", "Brazilian", "hashtag"),
    ("[[ANIKA BERGSTRÖM]] - SUMMER COLLECTION", "Swedish", "upper"),
    ("[[Finnegan O'Rourke]] playing the bodhrán", "Irish", "title"),
    ("[[Luz Marina Quintero]] harvesting coffee", "Colombian", "title"),
    ("my cousin [[rohan mehta]] at his wedding", "Indian", "lower"),
    ("[[Mehmet Ali Kılınç]] baking simit at dawn", "Turkish", "title"),
    ("[[Saoirse Kavanagh]] reading at the library", "Irish", "title"),
    ("[[Varrick Tolumbe]] unveiling his sculpture", "Invented", "title"),
    ("[[esmerine dravik]] with her sunflowers", "Invented", "lower"),
    ("[[HOLLISTAR VANE]] DEBUT ALBUM", "Invented", "upper"),
    ("#[[OsricPellworth]] first day of school", "Invented", "hashtag"),
    ("Photo by [[Kestrin Amadoux]]", "Invented", "title"),
]

NO_PII: list[str] = [
    "#WanderlustWednesday mountain hut",
    "BMW M3 on a race track",
    "UNESCO-listed old town at dusk",
    "Air Jordan sneakers on a shoe rack",
    "Kinder Surprise egg unboxing",
    "Sierra Leone beach at sunset",
    "New Zealand fern forest",
    "Saudi Arabia desert dunes",
    "Hyde Park Corner roundabout",
    "Grace Bay beach, Turks and Caicos",
    "Ruby Tuesday salad bar",
    "Chicken Marsala with mushrooms",
    "Beef Stroganoff with noodles",
    "Crêpes Suzette flambé",
    "Oysters Rockefeller on ice",
    "Charlie Brown Christmas tree ornament",
    "Mickey Mouse ears headband",
    "Harry Potter wand replica",
    "Rolling Stones tongue logo t-shirt",
    "Lloyd's building in the City of London",
    "Jack Daniel's barrel",
    "Kenny Rogers Roasters sign",
    "Sam's Club warehouse aisle",
    "Jimmy Dean breakfast sandwich",
    "Margaret River vineyard",
]
