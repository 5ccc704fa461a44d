"""Round ten's script dev set 12 (``script10``): person names in non-Latin scripts.

Written 2026-12-02 (≈05:55 UTC) by the round-ten script tuner **before** any rule of this round
was changed. The names were written by hand from general knowledge of naming in each language,
**not drawn from Faker, names-dataset or any other package list**. Half A (even positions, see
``bench_pii._half``) is for tuning; half B (odd positions) was written at the same time and is
looked at only at the end, as the estimate. Marked as in ``pii_dev11_scripts``: ``[[…]]`` person
spans, origin, written form (``script``, ``honorific``, ``mixed``: inside English text). The
no-PII captions are places, institutions, foods and festivals in those scripts, many named after
people or opening with a surname character.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # --- Chinese ---------------------------------------------------------------------------
    ("[[欧阳静怡]]在厨房包饺子", "Chinese", "script"),
    ("Lunch with [[林雨萱]] at the night market", "Chinese", "mixed"),
    ("我和[[张浩然]]去爬黄山", "Chinese", "script"),
    ("[[周子涵]]的毕业典礼", "Chinese", "script"),
    ("妈妈与[[李秀英]]阿姨在广场跳舞", "Chinese", "honorific"),
    ("[[司马文轩]]在图书馆看书", "Chinese", "script"),
    ("[[许嘉琪]]第一次弹钢琴", "Chinese", "script"),
    ("生日快乐，[[郑凯文]]！", "Chinese", "script"),
    ("Dinner at grandma's with [[黄美玲]] and [[陈国强]]", "Chinese", "mixed"),
    ("[[杨丽华]]老师带学生参观博物馆", "Chinese", "honorific"),
    ("今天[[吴俊杰]]结婚了", "Chinese", "script"),
    ("这是[[孙晓明]]拍的照片", "Chinese", "script"),
    ("[[马一鸣]]在北京跑马拉松", "Chinese", "script"),
    ("和[[高子轩]]一起放风筝", "Chinese", "script"),
    # --- Japanese --------------------------------------------------------------------------
    ("[[佐々木美咲]]さんの結婚式", "Japanese", "honorific"),
    ("[[山田太郎]]と富士山に登った", "Japanese", "script"),
    ("[[中村結衣]]の誕生日パーティー", "Japanese", "script"),
    ("[[高橋]]先生の退職祝い", "Japanese", "honorific"),
    ("[[伊藤翔太]]くんが初めて自転車に乗った", "Japanese", "honorific"),
    ("Karaoke night with [[鈴木大輔]]", "Japanese", "mixed"),
    ("[[渡辺さくら]]ちゃんの入学式", "Japanese", "honorific"),
    ("[[木村拓也]]が撮った桜の写真", "Japanese", "script"),
    ("友達の[[井上真由美]]と温泉旅行", "Japanese", "script"),
    ("[[加藤]]様ご一行", "Japanese", "honorific"),
    ("[[小川健一]]は新しい店を開いた", "Japanese", "script"),
    ("[[森田愛]]さんと一緒に", "Japanese", "honorific"),
    # --- Korean ----------------------------------------------------------------------------
    ("[[박서준]] 씨와 함께", "Korean", "honorific"),
    ("[[김민지]]와 제주도 여행", "Korean", "script"),
    ("[[이도현]]의 졸업식", "Korean", "script"),
    ("[[최수아]]가 그린 그림", "Korean", "script"),
    ("[[정하윤]]님 감사합니다", "Korean", "honorific"),
    ("Hiking Bukhansan with [[강지훈]]", "Korean", "mixed"),
    ("[[윤서연]]은 요리를 좋아해요", "Korean", "script"),
    ("[[조민호]] 선생님의 수업", "Korean", "honorific"),
    ("친구 [[장예린]]과 카페에서", "Korean", "script"),
    ("[[임재원]] 결혼 축하해!", "Korean", "script"),
    ("[[한소희]]랑 영화 봤어요", "Korean", "script"),
    ("[[오세진]] 작가 사인회", "Korean", "honorific"),
    # --- Cyrillic: Mongolian, Russian, Kazakh ------------------------------------------------
    ("[[Батбаярын Энхтуяа]] хурим дээр", "Mongolian", "script"),
    ("[[Ганбаатарын Болд]] морь унаж байна", "Mongolian", "script"),
    ("[[Цэрэнгийн Мөнхзул]] багш", "Mongolian", "honorific"),
    ("[[Анна Сергеевна Павлова]] на даче", "Russian", "script"),
    ("С днём рождения, [[Дмитрий Олегович]]!", "Russian", "script"),
    ("[[Екатерина Смирнова]] и её кот", "Russian", "script"),
    ("Фото: [[Игорь Васильев]]", "Russian", "script"),
    ("Встреча с [[Мариной Кузнецовой]] в Москве", "Russian", "script"),
    ("Our host [[Ольга Николаевна]] in Irkutsk", "Russian", "mixed"),
    ("[[Тимур Ахмедов]] на рыбалке", "Kazakh", "script"),
    # --- Arabic, Persian -------------------------------------------------------------------
    ("[[محمد العلي]] في حفل التخرج", "Arabic", "script"),
    ("مع [[فاطمة حسن]] في السوق", "Arabic", "script"),
    ("Iftar with [[يوسف الحربي]]", "Arabic", "mixed"),
    ("الدكتورة [[ليلى منصور]] في المستشفى", "Arabic", "honorific"),
    ("[[سارا رضایی]] در کافه", "Persian", "script"),
    ("تولد [[علی محمدی]] مبارک", "Persian", "script"),
    ("[[عمر بن سعيد]] يصطاد السمك", "Arabic", "script"),
    # --- Devanagari: Hindi, Nepali -----------------------------------------------------------
    ("[[राहुल वर्मा]] की शादी", "Indian", "script"),
    ("[[अनीता शर्मा]] ने खाना बनाया", "Indian", "script"),
    ("Cricket with [[विकास यादव]]", "Indian", "mixed"),
    ("डॉ [[सुनीता जोशी]] का क्लिनिक", "Indian", "honorific"),
    ("[[राम बहादुर थापा]] हिमालयमा", "Nepali", "script"),
    ("[[पूजा श्रेष्ठ]]को जन्मदिन", "Nepali", "script"),
    # --- Thai ------------------------------------------------------------------------------
    ("[[สมชาย ใจดี]] ไปตลาด", "Thai", "script"),
    ("คุณ[[มาลี สุขใจ]] ทำกับข้าว", "Thai", "honorific"),
    ("Dinner with [[ธนพล วงศ์ไทย]]", "Thai", "mixed"),
    ("ขอบคุณ [[ปิยะนุช แสงทอง]]", "Thai", "script"),
    # --- Greek, Hebrew, Georgian, Armenian ---------------------------------------------------
    ("Η [[Μαρία Παπαδοπούλου]] στην Κρήτη", "Greek", "script"),
    ("Με τον [[Γιώργο Νικολάου]] στη Θεσσαλονίκη", "Greek", "script"),
    ("Ο [[Δημήτρης Αλεξίου]] ψαρεύει", "Greek", "script"),
    ("Coffee with [[Ελένη Κωνσταντίνου]]", "Greek", "mixed"),
    ("[[דוד כהן]] בחתונה", "Hebrew", "script"),
    ("עם [[שירה לוי]] בים", "Hebrew", "script"),
    ("Shabbat dinner with [[נועה פרידמן]]", "Hebrew", "mixed"),
    ("[[გიორგი ბერიძე]] თბილისში", "Georgian", "script"),
    ("[[ნინო კაპანაძე]] და მისი ძაღლი", "Georgian", "script"),
    ("Supra with [[ლევან გელაშვილი]]", "Georgian", "mixed"),
    ("[[Արամ Պետրոսյան]] Երևանում", "Armenian", "script"),
    ("[[Անի Հովհաննիսյան]]ի ծննդյան օրը", "Armenian", "script"),
    ("Brandy tasting with [[Տիգրան Սարգսյան]]", "Armenian", "mixed"),
]

NO_PII: list[str] = [
    # Chinese: parks, streets, towns, foods that open with a surname character
    "中山公园的樱花开了",
    "中山路上的夜市",
    "鲁迅公园的早晨",
    "孔庙里的古树",
    "宋庆龄故居参观",
    "岳飞庙前的石狮子",
    "张家界的云海",
    "周庄古镇的小桥",
    "林荫大道散步",
    "杨梅汁很好喝",
    "黄山日出太美了",
    "陈皮鸭很香",
    "Evening walk on 中山路 in Xiamen",
    # Japanese
    "明治神宮の初詣",
    "上野駅で待ち合わせ",
    "早稲田大学のキャンパス",
    "松本城の桜",
    "中山道を歩く",
    "東郷神社のお祭り",
    "吉田うどんを食べた",
    "Day trip to 日光東照宮",
    # Korean
    "세종문화회관 공연",
    "연세대학교 캠퍼스 투어",
    "강남역 맛집",
    "김치찌개 만들기",
    "정동진 해돋이",
    "조계사 연등축제",
    "한강공원 피크닉",
    "신사동 가로수길",
    # Cyrillic
    "Улица Льва Толстого зимой",
    "Парк Горького весной",
    "Станция метро Пушкинская",
    "Сүхбаатарын талбай дээр",
    "Гандантэгчинлэн хийд",
    "Наадам баяр",
    # Arabic, Persian
    "مسجد الملك فهد",
    "جامعة الملك سعود",
    "شارع محمد الخامس",
    "خیابان ولیعصر در شب",
    "آرامگاه حافظ در شیراز",
    # Devanagari
    "इंदिरा गांधी हवाई अड्डा",
    "नेहरू पार्क में सुबह",
    "गांधी जयंती की छुट्टी",
    "राजीव चौक मेट्रो स्टेशन",
    # Thai
    "วัดพระแก้ว",
    "ถนนสุขุมวิท",
    "มหาวิทยาลัยมหิดล",
    # Greek, Hebrew, Georgian, Armenian
    "Οδός Ερμού στην Αθήνα",
    "Πλατεία Συντάγματος",
    "רחוב הרצל בתל אביב",
    "כיכר רבין בערב",
    "რუსთაველის გამზირი",
    "Մաշտոցի պողոտա",
]
