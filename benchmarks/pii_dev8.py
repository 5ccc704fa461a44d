"""Round five's check set 8 for ``bench_pii.py``: captions written by the round-five engineer.

Written 2026-12-02 (≈01:11 UTC) after round five's first rules (scripts, lower case, kin/role
nouns, particles, ALL-CAPS headlines, eponym heads), before the rest. Measured once on main and on
those rules; **its failures were then read and rules were written from them** (a possessive after
an unknown pair, weakly listed lower-case pairs after "met"/"with", Japanese honorifics,
locatives of other languages, statues, food brands, the Hawaiian ʻokina), so it is development
data, not held out. Names are made up or written from general knowledge; none is drawn from
a package list. Marked as in ``pii_heldout4``: ``[[…]]`` person spans, origin, written form.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    ("[[Tavrin Olmsquist]] painted this mural last spring", "Invented", "title"),
    ("Sunday lunch at [[Quenna Dorvaletti]]'s farmhouse", "Invented", "title"),
    ("A letter from [[Brisco Anhaltner]] to his sister", "Invented", "title"),
    ("My neighbour [[Olwethu Khumalo]] fixing the fence", "South African", "title"),
    ("Happy birthday to [[Sefa Tuilagi]]!", "Samoan", "title"),
    ("[[Yerlan Abenov]] and his falcon near Almaty", "Kazakh", "title"),
    ("Wedding day: [[Ngozi Eze]] and [[Chuka Obi]]", "Nigerian", "title"),
    ("finally met [[draven holloway-pike]] at the con", "Invented", "lower"),
    ("road trip with [[aiyana redcloud]] through utah", "Indigenous", "lower"),
    ("so proud of [[tomasz wierzbicki]] today", "Polish", "lower"),
    ("[[marisol quintanar]] made the best tamales", "Mexican", "lower"),
    ("thank u [[ife adebayo]] for the flowers", "Nigerian", "lower"),
    ("TEAM CAPTAIN [[JOSEFINA ARRIETA]] LIFTS THE CUP", "Argentine", "upper"),
    ("[[BRELDON VAUSTRIKE]] - LIVE AT THE ROXY", "Invented", "upper"),
    ("WELCOME HOME [[SGT. MARCUS OYELOWO]]", "Nigerian", "upper"),
    ("Chef [[Anouk van den Heuvel]] plating dessert", "Dutch", "particle"),
    ("[[Kalani ʻĀkau]] surfing at Waimea", "Hawaiian", "particle"),
    ("[[Seán Mac Giolla Phádraig]] reading poetry", "Irish", "particle"),
    ("[[Yusuf bin Rashid al-Mansouri]] at the majlis", "Arabic", "particle"),
    ("[[이서연]] 생일 축하해", "Korean", "script"),
    ("[[陈志强]]和朋友在长城", "Chinese", "script"),
    ("[[Дмитрий Соколов]] на рыбалке", "Russian", "script"),
    ("[[Γιώργος Παπαδόπουλος]] στην Αθήνα", "Greek", "script"),
    ("[[יונתן כהן]] בחתונה", "Hebrew", "script"),
    ("[[山本さくら]]さんの結婚式", "Japanese", "script"),
    ("#[[ZaraKhoury]] wedding prep", "Lebanese", "hashtag"),
    ("[[@nadia.petrova]] in Sofia", "Bulgarian", "handle"),
]

# No-PII captions: eponymous places, dishes, drinks, brands; every word changed is damage.
NO_PII: list[str] = [
    "Cafe Tortoni on Avenida de Mayo",
    "Lake Titicaca reed boats at dawn",
    "Nelson Mandela Bay stadium lights",
    "Simon Bolivar statue covered in pigeons",
    "Ferris wheel at Navy Pier",
    "Beef Wellington with red wine jus",
    "Peach Melba in a glass coupe",
    "Bloody Mary with a celery stick",
    "John Dory fillet on the grill",
    "Queen Anne style house with a turret",
    "Victoria Harbour light show",
    "Saint Lucia Pitons from the beach",
    "Kelvingrove Art Gallery interior",
    "Tim Tam biscuits with tea",
    "Zayed Sports City stadium",
    "MARIO BROS ARCADE CABINET",
    "GOLDEN GATE BRIDGE IN THE FOG",
    "casa batlló roof tiles",
    "pad thai and som tam at the night market",
    "Hamilton musical poster",
    "Tesla Model Y charging at night",
    "Malcolm X Boulevard street sign",
    "Ruth's Chris steakhouse dinner",
    "Dr. Martens boots in the rain",
    "Aurora Borealis over Tromsø",
]
