"""Round-fifteen development set of the scripts tuner (``scripts15``): person names in non-Latin
scripts found by the grammar around them rather than by titles: possessive particles before or
after a name (Bengali, Hindi, Urdu, Khmer, Lao, Burmese), participles after a two-word name
(Tamil, Telugu, Kannada, Malayalam), Korean two-syllable surnames before a title, an Amharic or
Tigrinya given name + father's name opening a caption, an Armenian or Georgian role noun +
punctuation + name, and a name of another script after a colon in an English caption; and
no-PII captions of each kind (possessives of shops, places and temples, participles after
ordinary nouns, Korean words starting with those syllables, Amharic place names, places and
dishes after a colon).

Written 2026-12-02 (11:17–11:22 UTC) by the scripts15 helper, by hand, before any rule of this
round was changed, after reading held-out 15 and 16's misses (so the classes, not the captions,
come from there); names made up or from general knowledge (not drawn from Faker or
names-dataset), no caption copied from another set. Half A (even indices) was looked at while
tuning, half B (odd indices) only at the end (``bench_pii._half``).
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # Bengali: name + separate or attached possessive
    ("[[মৌসুমী আক্তার]] এর হাতের পিঠা", "Bengali (script)", "script"),
    ("[[তানভীর হাসান]] এর বাইক, কক্সবাজার", "Bengali (script)", "script"),
    ("[[নাসরিন সুলতানা]]র বাগানের গোলাপ", "Bengali (script)", "script"),
    ("[[সুমন চৌধুরী]] এর তোলা ছবি", "Bengali (script)", "script"),
    ("[[অনিতা দত্ত]]র জন্মদিনের কেক", "Bengali (script)", "script"),
    ("[[জাহিদুল করিম]] এর মাছের আড়ত, চাঁদপুর", "Bengali (script)", "script"),
    ("[[রুমানা ইয়াসমিন]] এর বিয়ের মেহেদি", "Bengali (script)", "script"),
    ("[[দেবাশীষ মিত্র]] এর সেতার", "Bengali (script)", "script"),
    # Hindi: name + का/की/के
    ("[[सुनीता यादव]] की चाय की दुकान, वाराणसी", "Hindi (script)", "script"),
    ("[[राकेश तिवारी]] का ढाबा हाईवे पर", "Hindi (script)", "script"),
    ("[[अंजलि मिश्रा]] के हाथ की मेहंदी", "Hindi (script)", "script"),
    ("[[विकास चौहान]] की नई साइकिल", "Hindi (script)", "script"),
    ("[[कविता पांडे]] का बनाया हुआ अचार", "Hindi (script)", "script"),
    ("[[मनोज रावत]] के खेत में सरसों", "Hindi (script)", "script"),
    # Urdu: name + کا/کی/کے
    ("[[شازیہ پروین]] کی سلائی مشین", "Urdu (script)", "script"),
    ("[[عمران قریشی]] کا کباب اسٹال، لاہور", "Urdu (script)", "script"),
    ("[[نوید اختر]] کے کبوتر", "Urdu (script)", "script"),
    ("[[فرزانہ بیگم]] کی بنائی ہوئی بریانی", "Urdu (script)", "script"),
    ("[[سلمان بٹ]] کا ٹرک آرٹ", "Urdu (script)", "script"),
    ("[[رخسانہ نقوی]] کے باغ کے آم", "Urdu (script)", "script"),
    # Khmer: possessive របស់ + space + name
    ("ផ្ទះរបស់ [[សុខ ចន្ធី]] នៅសៀមរាប", "Khmer (script)", "script"),
    ("កង់របស់ [[ហេង វណ្ណា]]", "Khmer (script)", "script"),
    ("ស្រែរបស់ [[គឹម សុភាព]] នៅតាកែវ", "Khmer (script)", "script"),
    ("ហាងនំបញ្ចុករបស់ [[ឡុង ស្រីនាង]]", "Khmer (script)", "script"),
    ("ទូករបស់ [[ម៉ែន សារ៉ាត]] នៅទន្លេសាប", "Khmer (script)", "script"),
    # Lao: possessive ຂອງ + space + name
    ("ສວນຂອງ [[ສີສຸກ ພົມມະຈັນ]] ຢູ່ຫຼວງພະບາງ", "Lao (script)", "script"),
    ("ເຮືອຂອງ [[ຄຳແພງ ສຸລິຍະ]]", "Lao (script)", "script"),
    ("ຮ້ານກາເຟຂອງ [[ວັນດີ ສີຫາລາດ]] ໃນປາກເຊ", "Lao (script)", "script"),
    ("ຮູບແຕ້ມຂອງ [[ບົວພັນ ໄຊຍະວົງ]]", "Lao (script)", "script"),
    # Burmese: name + ရဲ့ / name after an English colon
    ("[[ခင်မြတ်နိုး]] ရဲ့ မုန့်ဟင်းခါးဆိုင်", "Burmese (script)", "script"),
    ("[[ကျော်ဇင်ထွန်း]] ရဲ့ ဓာတ်ပုံ", "Burmese (script)", "script"),
    ("Tea shop in Mandalay: [[သန်းထိုက်]]", "Burmese (script)", "mixed"),
    ("Thanaka stall at the pagoda: [[နီလာဝင်း]]", "Burmese (script)", "mixed"),
    # Tamil / Telugu / Kannada / Malayalam: two-word name + participle
    ("[[கவிதா சுப்பிரமணியம்]] சமைத்த பிரியாணி", "Tamil (script)", "script"),
    ("[[அருண் வேலுசாமி]] எடுத்த புகைப்படம்", "Tamil (script)", "script"),
    ("[[மீனாட்சி கண்ணன்]] பாடிய பாடல்", "Tamil (script)", "script"),
    ("[[செல்வி ராமசாமி]] கட்டிய மாலை", "Tamil (script)", "script"),
    ("[[లక్ష్మి ప్రసన్న]] గీసిన ముగ్గు", "Telugu (script)", "script"),
    ("[[రవి తేజ]] వండిన పులిహోర", "Telugu (script)", "script"),
    ("[[శ్రీనివాస్ రెడ్డి]] తీసిన ఫోటో", "Telugu (script)", "script"),
    ("[[ಸುಮಾ ಹೆಗಡೆ]] ಬಿಡಿಸಿದ ರಂಗೋಲಿ", "Kannada (script)", "script"),
    ("[[ಪ್ರಕಾಶ್ ಶೆಟ್ಟಿ]] ತೆಗೆದ ಚಿತ್ರ", "Kannada (script)", "script"),
    ("[[ಗೀತಾ ನಾಯಕ್]] ಮಾಡಿದ ಹೋಳಿಗೆ", "Kannada (script)", "script"),
    ("[[അനില മേനോൻ]] വരച്ച ചിത്രം", "Malayalam (script)", "script"),
    ("[[ജോസഫ് വർഗീസ്]] ഉണ്ടാക്കിയ കേക്ക്", "Malayalam (script)", "script"),
    ("[[ശ്രീജ നമ്പ്യാർ]] എടുത്ത ഫോട്ടോ", "Malayalam (script)", "script"),
    # Korean: two-syllable surname + given name before a title
    ("[[남궁민서]] 선생님의 피아노 교실", "Korean (script)", "honorific"),
    ("[[선우재희]] 씨의 꽃집", "Korean (script)", "honorific"),
    ("[[제갈수현]] 교수님 연구실에서", "Korean (script)", "honorific"),
    ("[[황보은지]] 작가의 전시회", "Korean (script)", "honorific"),
    ("[[독고영훈]] 님과 함께한 등산", "Korean (script)", "honorific"),
    ("[[사공하늘]] 선수 결승골", "Korean (script)", "honorific"),
    ("[[서문지호]] 선생님 퇴임식", "Korean (script)", "honorific"),
    ("[[남궁태양]] 씨 가족 사진", "Korean (script)", "honorific"),
    # Amharic / Tigrinya: given + father's name opening a caption
    ("[[ሰላማዊት ገብሬ]] በባሕር ዳር ጀልባ ላይ", "Amharic (script)", "script"),
    ("[[ዳዊት ተስፋዬ]] በጎንደር ፋሲል ግቢ", "Amharic (script)", "script"),
    ("[[መሰረት አለሙ]] እንጀራ ስትጋግር", "Amharic (script)", "script"),
    ("[[ብሩክ ሀይሉ]] በላሊበላ", "Amharic (script)", "script"),
    ("[[ሀና ወልደማርያም]] ከልጆቿ ጋር", "Amharic (script)", "script"),
    ("[[ትንሳኤ ገብረመድህን]] ኣብ መቐለ", "Tigrinya (script)", "script"),
    ("[[ሚኪኤለ ተኽለ]] ኣብ ኣስመራ ቡን ክሰቲ", "Tigrinya (script)", "script"),
    # Armenian / Georgian: role noun + punctuation + name
    ("Ջրաներկ նկարիչ՝ [[Անի Հարությունյան]], Երևան", "Armenian (script)", "script"),
    ("Խոհարար՝ [[Արամ Սարգսյան]]", "Armenian (script)", "script"),
    ("Գորգագործ՝ [[Նարինե Ավետիսյան]], Գորիս", "Armenian (script)", "script"),
    ("Լուսանկարիչ. [[Տիգրան Մանուկյան]]", "Armenian (script)", "script"),
    ("მეღვინე: [[გიორგი ბერიძე]], კახეთი", "Georgian (script)", "script"),
    ("მზარეული: [[ნინო კაპანაძე]]", "Georgian (script)", "script"),
    ("ფოტოგრაფი — [[ლევან ჩხეიძე]], თბილისი", "Georgian (script)", "script"),
    ("მექანიკოსი: [[დავით ლომიძე]], ბათუმი", "Georgian (script)", "script"),
    # another script's name after a colon in an English caption
    ("Pottery stall in Kampot: [[ចាន់ ធីតា]]", "Khmer (script)", "mixed"),
    ("Weaver at the night market in Luang Prabang: [[ແສງເດືອນ ພົມມະສອນ]]", "Lao (script)", "mixed"),
    ("Coffee ceremony host in Gondar: [[ፀሐይ በቀለ]]", "Amharic (script)", "mixed"),
    ("Rangoli artist in Madurai: [[வள்ளி முருகன்]]", "Tamil (script)", "mixed"),
    ("Carpet seller in Yerevan: [[Գայանե Վարդանյան]]", "Armenian (script)", "mixed"),
    ("Churchkhela maker in Mtskheta: [[თამარ გელაშვილი]]", "Georgian (script)", "mixed"),
]

NO_PII: list[str] = [
    # Bengali possessives of places, shops, temples
    "ঢাকা এর যানজট",
    "কালী মন্দির এর পূজা",
    "সুন্দরবন এর বাঘ",
    "গ্রামের বাজার এর মাছ",
    "পদ্মা নদী এর ইলিশ",
    "চট্টগ্রাম বন্দর এর জাহাজ",
    # Hindi possessives of places, shops, temples
    "जयपुर की गलियाँ",
    "गंगा घाट की आरती",
    "हनुमान मंदिर का प्रसाद",
    "पुरानी दिल्ली की जलेबी",
    "लाल किला के पास बाज़ार",
    "गाँव के मेले का झूला",
    # Urdu possessives of places, shops, shrines
    "لاہور کا قلعہ",
    "داتا دربار کی رونق",
    "پرانے شہر کی گلیاں",
    "کراچی کا ساحل",
    "گاؤں کے کنویں کا پانی",
    # Khmer possessives of shops, places, temples
    "ប្រាសាទរបស់ ខេត្តសៀមរាប",
    "ផ្សាររបស់ ភូមិយើង",
    "សួនរបស់ សាលារៀន",
    "ពិធីបុណ្យរបស់ វត្តភ្នំ",
    "ម្ហូបរបស់ ខ្មែរ",
    # Lao possessives of shops, places, temples
    "ຕະຫຼາດຂອງ ເມືອງວຽງຈັນ",
    "ບຸນຂອງ ວັດພູ",
    "ອາຫານຂອງ ລາວ",
    "ຮ້ານອາຫານຂອງ ບ້ານເຮົາ",
    "ນ້ຳຕົກຕາດຂອງ ແຂວງຈຳປາສັກ",
    # Burmese possessives of places
    "ရန်ကုန် ရဲ့ ညဈေး",
    "ရွှေတိဂုံဘုရား ရဲ့ ညနေခင်း",
    "ပုဂံ ရဲ့ နေထွက်ချိန်",
    # Tamil / Telugu / Kannada / Malayalam participles after ordinary nouns
    "குழந்தைகள் வரைந்த ஓவியம்",
    "அம்மா சமைத்த சாம்பார்",
    "பள்ளி மாணவர்கள் பாடிய பாடல்",
    "மழை பெய்த இரவு",
    "పిల్లలు గీసిన బొమ్మలు",
    "అమ్మ వండిన పప్పు",
    "ವಿದ್ಯಾರ್ಥಿಗಳು ಬಿಡಿಸಿದ ರಂಗೋಲಿ",
    "ಅಜ್ಜಿ ಮಾಡಿದ ಉಪ್ಪಿನಕಾಯಿ",
    "കുട്ടികൾ വരച്ച ചിത്രങ്ങൾ",
    "അമ്മ ഉണ്ടാക്കിയ പായസം",
    "ഗ്രാമ പഞ്ചായത്ത് നിർമ്മിച്ച റോഡ്",
    # Korean words starting with compound-surname syllables
    "사공이 많으면 배가 산으로 간다",
    "서문을 쓰는 작가님",
    "서문 앞에서 선생님과 사진",
    "선우회 모임 선생님",
    "황보리밭 선생님과 함께",
    "서문시장 먹자골목",
    "독고다이로 떠난 여행",
    "사공들의 노래 선생님",
    # Amharic / Tigrinya place names opening a caption
    "ባሕር ዳር በጠዋት",
    "ደብረ ብርሃን ከተማ",
    "ድሬ ዳዋ ባቡር ጣቢያ",
    "አዲስ አበባ ስታዲየም",
    "ደብረ ዘይት ሐይቅ",
    "ሶደሬ መዝናኛ ስፍራ",
    "ጣና ሐይቅ ላይ ጀልባ",
    "ኣስመራ ከተማ ብምሸት",
    # Armenian / Georgian role nouns + punctuation + non-names
    "Խոհարար՝ Երևանից",
    "Լուսանկարիչ. անհայտ",
    "Մենյու՝ Խորոված, Լավաշ",
    "Ճաշացանկ՝ Ղափամա, Ժենգյալով հաց",
    "მზარეული: ადგილობრივი",
    "მენიუ: ხაჭაპური, ხინკალი",
    "ფოტოგრაფი — უცნობი",
    "მისამართი: რუსთაველის გამზირი",
    # places and dishes of other scripts after a colon in an English caption
    "Sign at the bus station: ရန်ကုန်",
    "Menu in Tbilisi: ხაჭაპური",
    "Street sign in Yerevan: Աբովյան փողոց",
    "Temple gate in Siem Reap: ប្រាសាទបាយ័ន",
    "Market sign in Vientiane: ຕະຫຼາດເຊົ້າ",
    "Shop sign in Addis: ቡና ቤት",
    "Temple name in Madurai: மீனாட்சி அம்மன் கோவில்",
    "Road sign near Hampi: ಹೊಸಪೇಟೆ",
    "Label on the jar: ಉಪ್ಪಿನಕಾಯಿ",
    "Station board in Kolkata: হাওড়া",
]
