"""Round eight's script development set for ``bench_pii.py``: names in non-Latin scripts.

Written 2026-12-02 (≈03:15 UTC) by the round-eight engineer **before** any round-eight rule, and
used to develop them: a development set, not a held-out one (its author knows the detector). The
names were written by hand from general knowledge of naming in each language (common surnames,
made-up combinations of given names); **none was drawn from Faker, names-dataset or any other
package list** — those are the detector's own lists. Every caption is written out whole (no
templates). Marked as in ``pii_heldout4``: ``[[…]]`` person spans, then origin and written form:

- ``script``: a name inside running text of its own script (CJK and Thai without spaces around
  it where the language writes none; Cyrillic and Greek names inflected where the grammar wants
  it: "Свадьба Игоря Морозова");
- ``honorific``: the name next to a title or honorific (先生, さん, 씨, 님, คุณ, господин,
  κύριος, الأستاذ, הרב, श्री …), which may be written attached to it;
- ``mixed``: a name in its script inside a Latin-script (English) caption.

Scripts: Han (Chinese), Han + kana (Japanese), Hangul, Thai, Arabic (Arabic and Persian),
Hebrew, Devanagari (Hindi and Nepali), Cyrillic (Russian, Ukrainian, Bulgarian, Serbian,
Kazakh), Greek, Bengali, Tamil. ``bench_pii.py`` reports it whole and by halves: round eight
tuned on half A (even positions); half B's (odd positions) failures were seen once and four
later changes answer B captions (see ``benchmarks/README.md``), so the clean estimate is
``pii_dev11_scripts``, written after the rules.

The no-PII captions are traps in the same scripts: places, dishes, brands, landmarks named after
people or saints, and common words that begin with a character that is also a surname (王国,
金融, 高速, 박물관, 이번, Москва, القاهرة …). Every word changed there is damage.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # --- Chinese (Han) -----------------------------------------------------------------------
    ("[[陈思彤]]在厦门海边拍婚纱照", "Chinese", "script"),
    ("周末和[[刘子涵]]一起去爬山", "Chinese", "script"),
    ("恭喜[[黄嘉欣]]硕士毕业！🎓", "Chinese", "script"),
    ("[[吴宇航]]的第一场个人摄影展", "Chinese", "script"),
    ("给[[赵晨阳]]过生日，蛋糕是自己做的", "Chinese", "script"),
    ("[[孙雅婷]]女士在画廊开幕式上致辞", "Chinese", "honorific"),
    ("[[林志明]]先生和他的手工茶具", "Chinese", "honorific"),
    ("Wedding portraits of [[张晓雯]], Shanghai 2023", "Chinese", "mixed"),
    ("Photo by [[郭俊杰]] | 西湖日落", "Chinese", "mixed"),
    ("我的奶奶[[何秀兰]]今年九十岁了", "Chinese", "script"),
    ("[[马一鸣]]和[[胡可欣]]在咖啡馆", "Chinese", "script"),
    ("台北街头，[[蔡依玲]]拍摄", "Chinese", "script"),
    # --- Japanese ----------------------------------------------------------------------------
    ("[[佐々木美咲]]さんの成人式", "Japanese", "honorific"),
    ("[[中村悠斗]]くん、入学おめでとう", "Japanese", "honorific"),
    ("[[高橋健太]]の写真展、渋谷にて", "Japanese", "script"),
    ("昨日は[[松本あかり]]ちゃんと鎌倉へ", "Japanese", "honorific"),
    ("[[渡辺]]先生の書道教室", "Japanese", "honorific"),
    ("Photo by [[小林翔太]], Kyoto 2022", "Japanese", "mixed"),
    ("[[石井真理子]]さんが作ったお弁当", "Japanese", "honorific"),
    ("[[藤田]]様ご夫妻の結婚記念写真", "Japanese", "honorific"),
    ("[[山口結衣]]と一緒に花火大会", "Japanese", "script"),
    ("Portrait of [[森田大輝]] at the tea ceremony", "Japanese", "mixed"),
    # --- Korean (Hangul) ---------------------------------------------------------------------
    ("[[최윤서]] 돌잔치 사진 📸", "Korean", "script"),
    ("[[정하준]]이랑 부산 여행", "Korean", "script"),
    ("[[강민서]]님의 첫 개인전", "Korean", "honorific"),
    ("[[윤지호]]씨 결혼 축하드려요", "Korean", "honorific"),
    ("오늘 [[임수아]]와 함께 카페 투어", "Korean", "script"),
    ("[[조현우]] 선수 은퇴 경기", "Korean", "honorific"),
    ("Congrats [[한예린]] on your graduation!", "Korean", "mixed"),
    ("[[신동혁]]의 사진 작업실", "Korean", "script"),
    ("우리 딸 [[오채원]] 첫 생일", "Korean", "script"),
    ("Photo by [[서지안]] — 경복궁 야경", "Korean", "mixed"),
    ("[[장민호]] 선생님과 졸업사진", "Korean", "honorific"),
    # --- Thai --------------------------------------------------------------------------------
    ("คุณ[[สมชาย ใจดี]] กับสวนทุเรียนของเขา", "Thai", "honorific"),
    ("[[วรรณา สุขสวัสดิ์]] ที่งานรับปริญญา", "Thai", "script"),
    ("ยินดีด้วยกับ [[กิตติพงษ์ มณีรัตน์]] 🎉", "Thai", "script"),
    ("ภาพโดย [[อรุณี พรหมมา]]", "Thai", "script"),
    ("คุณ[[นภัสสร]] เจ้าของร้านกาแฟ", "Thai", "honorific"),
    ("Photo by [[ศุภชัย วงศ์ใหญ่]], Chiang Mai", "Thai", "mixed"),
    ("[[พิมพ์ชนก แสงทอง]] กับลูกสาวที่ทะเลหัวหิน", "Thai", "script"),
    ("สุขสันต์วันเกิด [[ธีรวัฒน์ ศรีอ่อน]]", "Thai", "script"),
    ("Wedding of [[ชุติมา รุ่งเรือง]] in Bangkok", "Thai", "mixed"),
    ("ครูใหญ่ [[ประเสริฐ บุญเลิศ]] เกษียณอายุ", "Thai", "script"),
    # --- Arabic script (Arabic, Persian) -----------------------------------------------------
    ("حفل زفاف [[سارة القحطاني]] في جدة", "Arabic", "script"),
    ("مع الأستاذ [[خالد المنصوري]] في المعرض", "Arabic", "honorific"),
    ("[[يوسف حداد]] يعزف العود في بيروت", "Arabic", "script"),
    ("تهنئة لـ [[نورة الدوسري]] بمناسبة التخرج", "Arabic", "script"),
    ("Photo by [[عمر الخطيب]], Amman", "Arabic", "mixed"),
    ("الدكتورة [[ليلى منصور]] في المختبر", "Arabic", "honorific"),
    ("صورة [[طارق بن سالم]] مع والده", "Arabic", "script"),
    ("[[هند العلي]] ترسم على الجدار", "Arabic", "script"),
    ("Graduation day for [[مريم الحربي]] 🎓", "Arabic", "mixed"),
    ("الشيخ [[عبدالله الراشد]] يفتتح المسجد", "Arabic", "honorific"),
    ("رحلة [[رنا العمري]] إلى البتراء", "Arabic", "script"),
    ("عکس از [[مهسا رضایی]] در شیراز", "Persian", "script"),
    ("تولد [[آرش کریمی]] مبارک", "Persian", "script"),
    # --- Hebrew ------------------------------------------------------------------------------
    ("[[נועה לוי]] בטקס הסיום", "Hebrew", "script"),
    ("צילום: [[דניאל כהן]]", "Hebrew", "script"),
    ("יום הולדת שמח ל[[תמר אברהם]]!", "Hebrew", "script"),
    ("[[יוסי מזרחי]] במטבח של המסעדה", "Hebrew", "script"),
    ("Family photo with [[שירה גולדברג]] in Haifa", "Hebrew", "mixed"),
    ("הרב [[משה פרידמן]] בבית הכנסת", "Hebrew", "honorific"),
    ("[[אביגיל רוזן]] מציירת בסטודיו", "Hebrew", "script"),
    ('ד"ר [[רונית שטרן]] במעבדה', "Hebrew", "honorific"),
    ("[[עידו פרץ]] וחברים בחוף תל אביב", "Hebrew", "script"),
    # --- Devanagari (Hindi, Nepali) ----------------------------------------------------------
    ("[[रोहित वर्मा]] की शादी का एल्बम", "Indian", "script"),
    ("[[पूजा सक्सेना]] ने मैराथन पूरी की", "Indian", "script"),
    ("श्री [[राजेश तिवारी]] का सम्मान समारोह", "Indian", "honorific"),
    ("[[अंकित चतुर्वेदी]] और उनकी टीम, लखनऊ", "Indian", "script"),
    ("Photo by [[मनीषा जोशी]], Jaipur", "Indian", "mixed"),
    ("डॉ. [[सुनीता भटनागर]] अस्पताल में", "Indian", "honorific"),
    ("[[आदित्य पांडे]] का पहला क्रिकेट मैच", "Indian", "script"),
    ("Congrats [[नेहा अग्रवाल]]! 🎉", "Indian", "mixed"),
    ("[[विकास यादव]] अपने खेत में", "Indian", "script"),
    ("श्रीमती [[कमला देवी]] का 80वाँ जन्मदिन", "Indian", "honorific"),
    ("[[सुशीला थापा]] काठमाडौंमा", "Nepali", "script"),
    # --- Cyrillic ----------------------------------------------------------------------------
    ("[[Анна Кузнецова]] на выпускном", "Russian", "script"),
    ("Свадьба [[Игоря Морозова]] и [[Дарьи Волковой]]", "Russian", "script"),
    ("[[Богдан Мельник]] грає на бандурі", "Ukrainian", "script"),
    ("Фото: [[Максим Орлов]]", "Russian", "script"),
    ("[[Стефан Георгиев]] в Пловдив", "Bulgarian", "script"),
    ("[[Марко Јовановић]] на Калемегдану", "Serbian", "script"),
    ("Photo of [[Алина Садыкова]] in Kazan", "Tatar", "mixed"),
    ("Господин [[Павел Зайцев]] открыл пекарню", "Russian", "honorific"),
    ("[[Айгерим Нурланова]] на фестивале в Алматы", "Kazakh", "script"),
    ("С днём рождения, [[Катя Белова]]!", "Russian", "script"),
    ("Мой дед [[Василий Петренко]] в 1975 году", "Ukrainian", "script"),
    ("Выставка [[Тимура Галиева]] в Уфе", "Bashkir", "script"),
    # --- Greek -------------------------------------------------------------------------------
    ("Η [[Μαρία Κωνσταντίνου]] στο εργαστήριό της", "Greek", "script"),
    ("Φωτογραφία: [[Γιάννης Λαμπράκης]]", "Greek", "script"),
    ("[[Ελένη Σπυροπούλου]] και οι μαθητές της", "Greek", "script"),
    ("Ο κύριος [[Παναγιώτης Δημητρίου]] στο καφενείο", "Greek", "honorific"),
    ("Wedding of [[Κατερίνα Νικολάου]], Santorini", "Greek", "mixed"),
    ("Χρόνια πολλά [[Στέλιο Μανωλάκη]]!", "Greek", "script"),
    ("Ο [[Αλέξανδρος Βλάχος]] ψήνει σουβλάκια", "Greek", "script"),
    ("Η κυρία [[Σοφία Αθανασίου]] με τη γάτα της", "Greek", "honorific"),
    ("[[Δημήτρης Καλογεράκης]] στην Κρήτη", "Greek", "script"),
    # --- Bengali, Tamil ----------------------------------------------------------------------
    ("[[সুমাইয়া রহমান]] এর বিয়ে", "Bangladeshi", "script"),
    ("ছবি: [[তানভীর হাসান]]", "Bangladeshi", "script"),
    ("[[கார்த்திக் சுப்ரமணியன்]] திருமணம்", "Tamil", "script"),
    ("[[பிரியா ராஜேந்திரன்]] நடனம், சென்னை", "Tamil", "script"),
]

# No-PII captions in the same scripts; every word changed is damage.
NO_PII: list[str] = [
    # Chinese: words that begin with a surname character, places, dishes
    "王国的城堡在山顶上",
    "金融中心的夜景",
    "高速公路上的晚霞",
    "黄山日出云海",
    "张家界国家森林公园",
    "李子树开花了",
    "周末的农贸市场",
    "林间小路和秋叶",
    "马拉松比赛终点",
    "北京烤鸭配薄饼",
    "朱家角古镇的小桥",
    "孔雀开屏",
    "白天鹅宾馆的早茶",
    # Japanese
    "金閣寺の紅葉",
    "高山の朝市",
    "松本城と桜",
    "吉野家の牛丼",
    "東京タワーの夜景",
    "石垣島の海",
    # Korean
    "김치찌개 맛집 추천",
    "이번 주말 한강 공원",
    "박물관 나들이",
    "강남역 맛집",
    "정동진 해돋이",
    "조선시대 한옥 마을",
    "신세계 백화점 세일",
    "한라산 등반",
    "안동 하회마을",
    "전주 비빔밥",
    # Thai
    "ตลาดน้ำดำเนินสะดวก",
    "วัดพระแก้ว กรุงเทพฯ",
    "ต้มยำกุ้ง ร้านเด็ด",
    "ทะเล ภูเก็ต ยามเย็น",
    "ผัดไทย ประตูผี",
    # Arabic
    "القاهرة ليلاً من برج القاهرة",
    "مسجد الشيخ زايد في أبوظبي",
    "كنافة نابلسية طازجة",
    "سوق الحميدية في دمشق",
    "شاطئ جميرا عند الغروب",
    # Hebrew
    "שוק מחנה יהודה בירושלים",
    "חוף הים בתל אביב",
    "פלאפל וחומוס",
    "רחוב בן יהודה",
    "הכותל המערבי בשקיעה",
    # Devanagari
    "ताज महल सूर्यास्त के समय",
    "गंगा आरती वाराणसी",
    "दिल्ली की चाट",
    "राजस्थान के रेगिस्तान में ऊंट",
    "दीवाली की रोशनी",
    "कमल का फूल",
    # Cyrillic
    "Москва ночью",
    "Красная площадь зимой",
    "Борщ со сметаной",
    "Эрмитаж в Санкт-Петербурге",
    "Озеро Байкал летом",
    "Киев, Андреевский спуск",
    "Улица Пушкина после дождя",
    "Собор Василия Блаженного",
    # Greek
    "Ακρόπολη το ηλιοβασίλεμα",
    "Σαντορίνη, Οία",
    "Μουσακάς και χωριάτικη σαλάτα",
    "Λευκός Πύργος Θεσσαλονίκης",
    "Άγιος Νικόλαος, Κρήτη",
    # mixed Latin + script
    "Tokyo trip: 東京タワー at night",
    "Best 김밥 in Seoul",
    "Street food in Bangkok: ผัดไทย",
]
