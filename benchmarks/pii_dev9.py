"""Round five's estimate set 9 for ``bench_pii.py``: captions written by the round-five engineer
after round five's last rule change, committed before it was first measured; measured once on
main and once on round five's final detector, and **no rule changed after that**.

Written 2026-12-02 (≈01:21 UTC). The names are made up or written from general knowledge, not
drawn from a package list; the author knows the detector's rules, so this is an estimate, not a
held-out measurement (held-out 5, written by someone else, is the one that counts). Marked as
in ``pii_heldout4``: ``[[…]]`` person spans, origin, written form.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    ("Potluck at [[Ingrid Solvang]]'s cabin above the fjord", "Norwegian", "title"),
    ("Henna for the bride, drawn by [[Farzana Akter]]", "Bangladeshi", "title"),
    ("Morning swim with [[Tevita Fifita]] at Ha'atafu beach", "Tongan", "title"),
    ("[[Zhanar Seitkali]] teaching the dombra to her nephew", "Kazakh", "title"),
    ("Sourdough class led by [[Maelle Quennec]] in Brest", "French", "title"),
    ("Her cousin [[Abebe Tesfaye]] roasting coffee beans", "Ethiopian", "title"),
    ("Vintage market finds, stall run by [[Orsolya Bartha]]", "Hungarian", "title"),
    ("Gardening tips from [[Pravin Nair]]", "Indian", "title"),
    ("[[Calloway Venner]] restored this 1968 pickup", "Invented", "title"),
    ("Retirement party for [[Dunstable Orrick]] at the depot", "Invented", "title"),
    ("Kite festival prep with [[Imran Baloch]], Gwadar", "Pakistani", "title"),
    ("so happy for [[yaw darko]] and his new bakery", "Ghanaian", "lower"),
    ("caught up with [[ines castelo]] after ten years", "Portuguese", "lower"),
    ("road trip w/ [[milan horvat]] through istria", "Croatian", "lower"),
    ("[[keanu kahale]] shaping boards in his garage", "Hawaiian", "lower"),
    ("congrats [[priyanka deshmukh]] on the new job!!", "Indian", "lower"),
    ("met [[thandiwe mokoena]] at the book fair", "South African", "lower"),
    ("[[SOFIA LINDQVIST]] WINS REGIONAL CHESS TITLE", "Swedish", "upper"),
    ("FAREWELL TO [[CORMAC BRENNAN]] AFTER 40 YEARS", "Irish", "upper"),
    ("TONIGHT: [[ADEOLA OKONJO]] LIVE AT THE CLUB", "Nigerian", "upper"),
    ("Bridal portraits of [[Laila bint Khalid]]", "Arabic", "particle"),
    ("[[Jan van der Kolk]] pruning apple trees", "Dutch", "particle"),
    ("[[Mariana dos Anjos]] at the samba school rehearsal", "Brazilian", "particle"),
    ("Poetry night: [[Aoife Ní Bhriain]] reads", "Irish", "particle"),
    ("[[류하은]] 결혼식 사진", "Korean", "script"),
    ("[[郑雨桐]]的画展开幕", "Chinese", "script"),
    ("[[Олена Ковальчук]] на випускному", "Ukrainian", "script"),
    ("[[प्रकाश मिश्रा]] का जन्मदिन", "Indian", "script"),
    ("[[Νίκος Αντωνίου]] με τα εγγόνια του", "Greek", "script"),
    ("#[[TariqMansour]] graduation day", "Arabic", "hashtag"),
    ("#[[ZofiaNowak]] #krakow #oldtown", "Polish", "hashtag"),
    ("[[@jun.ito_photo]] at the shrine gate", "Japanese", "handle"),
]

# No-PII captions: eponymous places, dishes, drinks, brands, events; every word changed is damage.
NO_PII: list[str] = [
    "Eggs Florentine on sourdough toast",
    "Lady Grey tea in a china cup",
    "Salisbury steak with mashed potatoes",
    "Chateau Margaux label close-up",
    "Port Arthur historic site at dusk",
    "Lake Bled island church in winter",
    "Glastonbury Tor in the morning mist",
    "Rockefeller Center ice rink",
    "Thomas the Tank Engine toy train set",
    "Bob Marley mural on a Kingston wall",
    "Barbie dreamhouse on display",
    "Jägermeister bottle on the bar",
    "Nobel Peace Center exhibition hall",
    "Humboldt penguins at the zoo",
    "Mackintosh chairs in the Glasgow School of Art",
    "Walt Whitman Bridge traffic at dawn",
    "Mount Kilimanjaro from Amboseli",
    "Kobe beef on the grill",
    "Darwin harbour sunset",
    "Chopin monument in Łazienki park",
    "MCDONALD'S DRIVE-THROUGH AT MIDNIGHT",
    "margherita pizza and a peroni",
    "Sacher torte at the café",
    "Ferrari Testarossa at the car show",
    "Fibonacci spiral seashell macro",
]
