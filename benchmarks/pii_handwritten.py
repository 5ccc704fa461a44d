"""Hand-written evaluation data for ``bench_pii.py``: names of many origins and no-PII captions.

Written by hand for this benchmark (2026-12-01), not drawn from Faker, names-dataset or any other
list the detector loads. Real-world names do appear in those lists (names-dataset holds most of
the world's names), so ``bench_pii.py`` checks every token against the loaded tables and reports
recall separately for names whose tokens are all absent from every list ("unlisted").

The no-PII captions were written without looking at the detector's allow list (``WELL_KNOWN`` in
``sanitize/_pii_names.py``); the benchmark reports how many of them mention an allow-listed entity.
"""

from __future__ import annotations

# origin -> "First Last" names as people of that origin write them in Latin script, plus a few
# in their own script (marked by the origin suffix "(script)").
NAMES: dict[str, list[str]] = {
    "Chinese": [
        "Zhang Wei", "Li Xiuying", "Wang Fang", "Liu Yang", "Chen Jing", "Huang Lei",
        "Zhao Min", "Wu Tingting", "Zhou Jie", "Xu Haoran", "Sun Yuxuan", "Ma Lingling",
    ],
    "Chinese (script)": ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆"],
    "Indian": [
        "Priya Raghunathan", "Arjun Venkataraman", "Sneha Kulkarni", "Rohit Deshpande",
        "Ananya Iyer", "Vikram Chatterjee", "Lakshmi Subramanian", "Karthik Narayanan",
        "Deepika Bhattacharya", "Sanjay Mehrotra", "Meenakshi Pillai", "Aditya Banerjee",
    ],
    "Arabic": [
        "Omar Haddad", "Layla Mansour", "Youssef El-Amin", "Fatima Al-Zahra", "Khalid Nasser",
        "Nour Khalil", "Tariq Saleh", "Rania Aziz", "Hamza Qureshi", "Salma Barakat",
        "Ibrahim Darwish", "Yasmin Haddadin",
    ],
    "Arabic (script)": ["محمد علي", "أحمد حسن", "فاطمة محمود"],
    "Nigerian": [
        "Chukwuemeka Okonkwo", "Ngozi Adeyemi", "Oluwaseun Bakare", "Adaeze Nwosu",
        "Tunde Olaniyan", "Chiamaka Eze", "Babatunde Ogunleye", "Ifeoma Okafor",
        "Emeka Nwachukwu", "Funmilayo Adebayo", "Obinna Ikenna", "Yetunde Ajayi",
    ],
    "Vietnamese": [
        "Nguyen Van Minh", "Tran Thi Lan", "Le Hoang Nam", "Pham Thu Trang", "Hoang Duc Anh",
        "Vu Thi Hoa", "Dang Quoc Bao", "Bui Thanh Huong", "Do Minh Tuan", "Ngo Bich Ngoc",
    ],
    "Korean": [
        "Park Ji-hoon", "Kim Min-ji", "Lee Seo-yeon", "Choi Woo-jin", "Jung Ha-eun",
        "Kang Dong-hyun", "Yoon Soo-ah", "Han Jae-won", "Lim Ye-jin", "Shin Hyun-woo",
    ],
    "Korean (script)": ["김민준", "이서연", "박지훈"],
    "Turkish": [
        "Mehmet Yılmaz", "Ayşe Demir", "Emre Çelik", "Zeynep Kaya", "Burak Şahin",
        "Elif Öztürk", "Murat Aydın", "Selin Arslan", "Kerem Doğan", "Deniz Koç",
    ],
    "Persian": ["Dariush Farahani", "Shirin Tehrani", "Kourosh Rahimi", "Parisa Mohammadi",
                "Babak Jafari", "Nasrin Hosseini"],
    "Ethiopian/Kenyan": ["Abebe Tesfaye", "Tigist Haile", "Wanjiru Kamau", "Otieno Odhiambo",
                         "Meseret Alemu", "Kipchoge Rotich"],
    "Indonesian/Filipino": ["Budi Santoso", "Siti Rahayu", "Dewi Lestari", "Maria Santos Reyes",
                            "Jose Dela Cruz", "Rizal Mangubat"],
    "Japanese": ["Haruto Takahashi", "Yui Nakamura", "Sota Yamamoto", "Aoi Kobayashi",
                 "Ren Fujiwara", "Mei Tanaka"],
    "Russian/Polish": ["Dmitri Volkov", "Anastasia Sokolova", "Katarzyna Wiśniewska",
                       "Grzegorz Brzęczyszczykiewicz", "Svetlana Kuznetsova", "Wojciech Zieliński"],
    "Russian (script)": ["Иван Петров", "Ольга Смирнова", "Сергей Иванов"],
    "Greek": ["Giorgos Papadopoulos", "Eleni Konstantinou", "Nikos Georgiou",
              "Katerina Dimitriou"],
    "Particles": ["Pieter van der Berg", "Omar bin Laden Hassan", "Amina al-Rashid",
                  "Siobhan O'Brien", "Luis de la Fuente", "Anne-Marie Dubois-Lefèvre"],
    # Plausible names spelled so that (checked by bench_pii.py) no list the detector loads has
    # them: the honest estimate for names no list knows.
    "Unlisted": ["Zorbek Quandrilo", "Thandeka Mvubelwazi", "Oyelakin Feyisetanmi",
                 "Xiaoqiong Lüwenjie", "Kaveripakkam Sundaravadivelu", "Ngozichukwu Obiakwelu",
                 "Brannagh Quillfeather", "Tsetsegmaa Batkhuyagiin", "Ruveyda Kocabıyıkoğlu",
                 "Hallvarđ Sturluþórsson"],
}  # fmt: skip

# LAION-like caption templates; {n} is a name, {m} a second name. The variant tells how the name
# is written (the benchmark reports recall per variant as well as per origin).
TEMPLATES: list[tuple[str, str]] = [
    ("{n} at the 2019 charity gala in London", "title"),
    ("Wedding photo of {n} and {m} by the lake", "title"),
    ("Portrait of {n}, natural light, 85mm", "title"),
    ("{n} speaking at TEDxBerlin | Getty Images", "title"),
    ("photo by {n} | wildlife photography", "title"),
    ("© {n} Photography 2021 - all rights reserved", "title"),
    ("Actress {n} arrives at the premiere", "title"),
    ("Congratulations {n} on your graduation!", "title"),
    ("family picnic with {n}, {m} and the kids", "title"),
    ("{n}'s new studio in Brooklyn", "title"),
    ("{lower} and her dog at the beach", "lower"),
    ("happy birthday {lower}!!", "lower"),
    ("{upper} - OFFICIAL PORTRAIT", "upper"),
    ("Graduation day #{hashtag} #classof2020", "hashtag"),
    ("Follow @{handle} for more sunsets", "handle"),
]

# Captions with no personal data: landmarks, brands, rivers, saint-named cities, name-like
# words, products. Every changed word here is damage.
NO_PII: list[str] = [
    "Sunset over Lake Louise, Banff National Park, Canada",
    "Ralph Lauren polo shirt in navy blue, size M",
    "The Hudson river at dusk seen from the Palisades",
    "San Diego harbor with sailboats on a sunny afternoon",
    "St. Petersburg cathedral under fresh snow",
    "Santa Monica pier ferris wheel at night",
    "Victoria Falls from the Zambian side",
    "Calvin Klein jeans, slim fit, stonewashed",
    "Louis Vuitton monogram bag on a marble table",
    "Mount Rainier reflected in Reflection Lake",
    "Lincoln Park zoo entrance in Chicago",
    "Golden Gate Bridge in the fog",
    "Jackson Hole ski resort after a storm",
    "Martha's Vineyard lighthouse at sunrise",
    "Washington Square arch, Greenwich Village",
    "Amazon river rainforest canopy from a drone",
    "Mississippi river paddle steamer in New Orleans",
    "The Gateway Arch in St. Louis, Missouri",
    "São Paulo skyline at blue hour",
    "Tommy Hilfiger denim jacket with red stripes",
    "Charles Bridge in Prague at dawn",
    "Adelaide Hills vineyard rows in autumn",
    "Victoria Harbour, Hong Kong, night skyline",
    "Florence cathedral dome from Piazzale Michelangelo",
    "Georgia peach orchard in bloom",
    "Austin Texas skyline from Lady Bird Lake",
    "Chelsea Flower Show garden design",
    "Santa Barbara mission courtyard",
    "San Francisco cable car on Hyde Street",
    "Saint-Malo ramparts at high tide",
    "Mont Saint-Michel at low tide",
    "Sainte-Chapelle stained glass windows",
    "St. Moritz frozen lake horse race",
    "Giorgio Armani suit on a mannequin",
    "Hugo Boss perfume bottle on white background",
    "Marc Jacobs tote bag, canvas",
    "Mercedes Benz S-Class parked on the street",
    "Rolls Royce Phantom interior leather",
    "Harley Davidson motorcycle on Route 66",
    "Jack Daniels whiskey bottle and glass",
    "Ben and Jerry's ice cream tub",
    "Walt Disney World castle fireworks",
    "Tim Hortons coffee cup in the snow",
    "Victoria Beckham dress collection runway",
    "Elizabeth river waterfront in Norfolk",
    "Charles river boathouse in Cambridge",
    "Jordan river baptism site",
    "Lake Victoria fishing boats",
    "Murray river houseboats in South Australia",
    "Darling Harbour fireworks, Sydney",
    "Queen Elizabeth Olympic Park velodrome",
    "King's College chapel, Cambridge",
    "Hyde Park in autumn colours",
    "Regent Street Christmas lights",
    "Abbey Road zebra crossing",
    "Port Elizabeth beachfront promenade",
    "Alice Springs desert road",
    "Fort William harbour in Scotland",
    "Mount Kenya snow peaks at dawn",
    "Santiago de Compostela cathedral square",
    "San Sebastián old town pintxos bar",
    "Cape Town Table Mountain cable car",
    "Kilimanjaro summit sign at Uhuru Peak",
    "Trevi fountain coins, Rome",
    "Eiffel Tower at night from Trocadéro",
    "Brandenburg Gate in winter",
    "Big Ben and Westminster Bridge",
    "Golden retriever puppy on green grass",
    "Fresh rose bouquet with baby's breath",
    "Vintage Ford Mustang convertible, red",
    "Apple MacBook Pro on a wooden desk",
    "Nike Air Jordan sneakers, white and red",
    "Tesla Model 3 charging at a station",
    "Ray-Ban Wayfarer sunglasses on sand",
    "Levi's 501 jeans, classic fit",
    "Dr. Martens boots, cherry red leather",
    "Jackson Square in the French Quarter",
    "Madison Avenue storefronts at Christmas",
    "Lombard Street curves, San Francisco",
    "Sydney Opera House sails at sunset",
]

# Written after the detector was frozen for this round (2026-12-01, 22:40 UTC) and not used to
# tune it: the honest held-out sets. Same templates; the origins partly overlap the sets above
# but every name is new.
NAMES_FRESH: dict[str, list[str]] = {
    "Chinese": ["Guo Jiahui", "Lin Zihan", "He Yutong", "Feng Xiaoming", "Tang Ruoxi",
                "Cao Junjie"],
    "Indian": ["Harpreet Sandhu", "Revathi Krishnamurthy", "Nikhil Agarwal", "Pooja Hegde Rao",
               "Suresh Gopalakrishnan", "Ishita Sengupta"],
    "Arabic": ["Mustafa Al-Khatib", "Huda Shams", "Bilal Hammoud", "Reem Abdelrahman",
               "Ziad Frangieh", "Lina Sabbagh"],
    "Nigerian/Ghanaian": ["Kwame Mensah", "Akosua Boateng", "Chidi Anyanwu", "Folake Adewale",
                          "Uchenna Obi", "Efua Asante"],
    "Vietnamese": ["Truong Van Khoa", "Ly Thi Mai", "Phan Quang Huy", "Dinh Thu Ha"],
    "Korean": ["Oh Se-hun", "Kwon Na-ra", "Bae Joon-ho", "Seo Ji-woo"],
    "Turkish": ["Gökhan Yıldız", "Esra Kılıç", "Onur Aksoy", "Büşra Güneş"],
    "Latin American": ["Ximena Villalobos", "Joaquín Echeverría", "Guadalupe Quispe",
                       "Thiago Nascimento"],
    "Eastern European": ["Bogdan Popescu", "Zsófia Horváth", "Miroslav Dvořák",
                         "Oksana Shevchenko"],
    "Unlisted": ["Quelindra Vasmorrow", "Obrecht Zalvinaux", "Tchaikembe Nwandolu",
                 "Ysoldine Frathmere", "Korvakh Ilmendaru", "Pellanor Quistrade"],
}  # fmt: skip

NO_PII_FRESH: list[str] = [
    "Stanley Park seawall bike ride in Vancouver",
    "Franklin Canyon reservoir trail at sunset",
    "Morgan Hill vineyard tasting room",
    "Carnegie Hall concert stage, empty seats",
    "Lake Geneva jet d'eau from the promenade",
    "Chester Zoo elephants in the mud",
    "Tiffany blue gift box with white ribbon",
    "Hampton Court Palace maze from above",
    "Bondi Beach surfers at dawn",
    "Grace Bay turquoise water, Turks and Caicos",
    "Diamond Head crater hike, Honolulu",
    "Ruby Falls cave waterfall lit in colours",
    "Marina Bay Sands infinity pool at night",
    "Lake Como villa gardens in spring",
    "Newton's cradle on an office desk",
    "Sainte-Victoire mountain landscape, Provence",
    "Saint Paul cathedral dome, London",
    "Santa Cruz boardwalk roller coaster",
    "Jasper National Park elk crossing the road",
    "Magnolia Bakery cupcakes with pink frosting",
    "Wellington cable car over the harbour",
    "Taylor guitar acoustic with cutaway",
    "Austin Healey classic roadster, British racing green",
]

# Public figures (and one fictional character) in no-PII captions: by the documented policy they
# are people and get pseudonymized unless a recipe lists them in ``keep``; reported apart.
PUBLIC_FIGURES_FRESH: list[str] = [
    "Gordon Ramsay cookware set on a marble counter",
    "Georgia O'Keeffe style flower painting, oil on canvas",
    "Vincent van Gogh Starry Night poster print",
    "Frida Kahlo inspired self portrait mural",
    "Sherlock Holmes museum on Baker Street",
    "Christopher Columbus monument in Barcelona",
    "Harrison Ford style leather jacket, brown",
]
