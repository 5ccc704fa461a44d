"""Round-seventeen development set of the scripts tuner (``scripts17``): person names written in
non-Latin scripts that the detector misses — Malayalam, Tamil, Telugu, Kannada, Bengali,
Gurmukhi, Gujarati, Devanagari (Hindi, Marathi, Nepali), Sinhala, Thai, Lao, Ge'ez (Amharic,
Tigrinya), Tajik and Mongolian Cyrillic, Tifinagh and Japanese/Chinese names glued to a particle
— inside native captions or English ones, with no title or honorific; and no-PII captions of
the same scripts that name streets, airports, parks, festivals and dishes after people, plus
Arabic "على" (on) / "بعد المغرب" (after sunset) and Japanese "ちゃんと" (properly) traps.

Written 2026-12-02 (17:50–18:00 UTC) by the scripts17 helper, by hand, before any rule of this
round was changed; names made up from general knowledge of naming customs (not drawn from
Faker or names-dataset), no caption copied from another set.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # Malayalam
    ("[[അനൂപ് വർഗീസ്]] കായലിൽ വള്ളംകളി", "Malayali", "script"),
    ("ആലപ്പുഴയിലെ ഹൗസ്ബോട്ടിൽ [[രേഷ്മ രാജൻ]]", "Malayali", "script"),
    ("[[ജിതിൻ ജോർജ്]] – [[അനു മാത്യു]] വിവാഹനിശ്ചയം", "Malayali", "script"),
    ("വയനാട്ടിലെ കാപ്പിത്തോട്ടത്തിൽ [[ദിവ്യ നമ്പ്യാർ]]", "Malayali", "script"),
    ("[[ഹരികൃഷ്ണൻ പണിക്കർ]] കഥകളി വേഷത്തിൽ", "Malayali", "script"),
    ("Onam sadya with [[ലക്ഷ്മി മേനോൻ]] in Kochi", "Malayali", "mixed"),
    # Tamil
    ("[[கார்த்திகா சுந்தரம்]] வீட்டு கொலு, சென்னை", "Tamil", "script"),
    ("ஊட்டி மலை ரயிலில் [[அருண் பிரசாத்]]", "Tamil", "script"),
    ("[[ராஜேஷ் குமார்]] – [[பிரியா வெங்கடேசன்]] திருமணம்", "Tamil", "script"),
    ("ஜல்லிக்கட்டு மைதானத்தில் [[முருகன் செல்வராஜ்]]", "Tamil", "script"),
    ("Pongal at home, [[மீனா கிருஷ்ணன்]]", "Tamil", "mixed"),
    # Telugu
    ("[[హరిత రెడ్డి]] బతుకమ్మ పండుగ, వరంగల్", "Telugu", "script"),
    ("విశాఖ బీచ్‌లో [[కిరణ్ వర్మ]]", "Telugu", "script"),
    ("[[సుధీర్ నాయుడు]] – [[లావణ్య రావు]] నిశ్చితార్థం", "Telugu", "script"),
    ("గోదావరి ఒడ్డున [[శ్రీకాంత్ గుప్తా]]", "Telugu", "script"),
    # Kannada
    ("[[ರಕ್ಷಿತಾ ಭಟ್]] ಭರತನಾಟ್ಯ, ಮಂಗಳೂರು", "Kannada", "script"),
    ("ಹಂಪಿ ಕಲ್ಲಿನ ರಥದ ಬಳಿ [[ವಿನಯ್ ಕಾಮತ್]]", "Kannada", "script"),
    ("[[ಸಂತೋಷ್ ಪಾಟೀಲ್]] – [[ಪೂಜಾ ನಾಯಕ್]] ಮದುವೆ", "Kannada", "script"),
    # Bengali
    ("[[সুমনা চক্রবর্তী]] পাড়ার প্যান্ডেলে", "Bengali", "script"),
    ("কক্সবাজার সৈকতে [[রাকিব হোসেন]]", "Bengali", "script"),
    ("[[অর্পিতা ঘোষ]] – [[সৌরভ দাস]] বিয়ের আসর", "Bengali", "script"),
    ("পহেলা বৈশাখে [[ফারহানা ইসলাম]]", "Bengali", "script"),
    # Gurmukhi
    ("[[ਗੁਰਪ੍ਰੀਤ ਸਿੱਧੂ]] ਖੇਤਾਂ ਵਿੱਚ ਵਿਸਾਖੀ", "Punjabi", "script"),
    ("ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ [[ਹਰਜੀਤ ਕੌਰ]] ਦਾ ਜਨਮਦਿਨ", "Punjabi", "script"),
    ("[[ਜਸਵਿੰਦਰ ਗਿੱਲ]] – [[ਰਮਨਦੀਪ ਸੰਧੂ]] ਮੰਗਣੀ", "Punjabi", "script"),
    # Gujarati
    ("[[હેતલ પટેલ]] ગરબા રમતી, અમદાવાદ", "Gujarati", "script"),
    ("નવરાત્રિમાં [[કિંજલ શાહ]] અને [[ધ્રુવ મહેતા]]", "Gujarati", "script"),
    ("[[જીજ્ઞેશ દેસાઈ]] ની દુકાન, સુરત", "Gujarati", "script"),
    # Devanagari (Hindi, Marathi, Nepali)
    ("[[अंकिता शर्मा]] – [[रोहित वर्मा]] हल्दी रस्म", "Hindi", "script"),
    ("वाराणसी घाट पर [[सौरभ मिश्रा]]", "Hindi", "script"),
    ("[[स्नेहा देशपांडे]] गणपती सजावट, पुणे", "Marathi", "script"),
    ("पोखरामा [[सुजन थापा]] र [[बिनिता गुरुङ]]", "Nepali", "script"),
    ("Holi colours, [[नेहा सिंह]] and friends", "Hindi", "mixed"),
    # Sinhala
    ("[[නිමාලි පෙරේරා]] අවුරුදු කැවිලි හදයි", "Sinhala", "script"),
    ("ගාල්ල කොටුවේ [[කසුන් ජයසූරිය]]", "Sinhala", "script"),
    # Thai, Lao
    ("[[สุดารัตน์ วงศ์ใหญ่]] ทำส้มตำ ตลาดนัด", "Thai", "script"),
    ("งานบวชของ [[ธนากร ศรีสุข]]", "Thai", "script"),
    ("[[ประเสริฐ แก้วมณี]] ปลูกข้าวที่สุพรรณบุรี", "Thai", "script"),
    ("[[ສົມພອນ ພົມມະຈັນ]] ຕັກບາດ ຫຼວງພະບາງ", "Lao", "script"),
    # Ge'ez (Amharic, Tigrinya)
    ("[[ብርሃኑ ተፈራ]] ቡና ሲያፈላ", "Amharic", "script"),
    ("[[ፀሐይ ገብሬ]] በሐዋሳ ሐይቅ ዳር", "Amharic", "script"),
    ("Coffee ceremony with [[ሰላማዊት ዮሐንስ]]", "Amharic", "mixed"),
    ("[[ሃብቶም ኪዳነ]] ምስ ስድራቤቱ", "Tigrinya", "script"),
    # Tajik and Mongolian Cyrillic
    ("[[Ҷамшед Сафаров]] дар кӯҳҳои Помир", "Tajik", "script"),
    ("Тӯйи [[Зарина Қодирова]] дар Хуҷанд", "Tajik", "script"),
    ("[[Шаҳло Назарова]] ошпазӣ мекунад", "Tajik", "script"),
    ("[[Батбаяр Ганзориг]] морь уралдаанд", "Mongolian", "script"),
    ("Улаанбаатарт [[Оюунчимэг Дорж]] гэр бүлийнхэнтэйгээ", "Mongolian", "script"),
    # Tifinagh
    ("Concert à Tizi Ouzou avec [[ⵎⴰⵙⵉⵏⵉⵙⴰ ⴰⵢⵜ ⵇⴰⵙⵉ]]", "Kabyle", "mixed"),
    ("Tafsut photo : [[ⵜⵉⵍⴻⵍⵍⵉ ⵏⴰⵜ ⵎⵓⵃⵏⴷ]]", "Kabyle", "mixed"),
    # Japanese and Chinese names glued to a particle
    ("[[田中美咲]]ちゃんとお花見", "Japanese", "script"),
    ("[[佐々木大輔]]くんと釣りに行った", "Japanese", "script"),
    ("[[高橋健]]と京都旅行", "Japanese", "script"),
    ("和[[王晓明]]一起去长城", "Chinese", "script"),
]

NO_PII: list[str] = [
    # Malayalam, Tamil, Telugu, Kannada: festivals, places and dishes named after people
    "ശ്രീകൃഷ്ണ ജയന്തി ഘോഷയാത്ര",
    "ഗാന്ധി പാർക്ക് തിരുവനന്തപുരം",
    "നെഹ്‌റു ട്രോഫി വള്ളംകളി",
    "അണ്ണാ പല്കലൈക്കഴകം",
    "அண்ணா பல்கலைக்கழகம் வளாகம்",
    "காமராஜர் சாலை போக்குவரத்து",
    "இட்லி சாம்பார் காலை உணவு",
    "రాజీవ్ గాంధీ అంతర్జాతీయ విమానాశ్రయం",
    "పులిహోర మరియు పెసరట్టు",
    "ಕೆಂಪೇಗೌಡ ಅಂತರಾಷ್ಟ್ರೀಯ ವಿಮಾನ ನಿಲ್ದಾಣ",
    "ಮಸಾಲೆ ದೋಸೆ ಮತ್ತು ಫಿಲ್ಟರ್ ಕಾಫಿ",
    # Bengali, Gurmukhi, Gujarati, Devanagari, Sinhala
    "রবীন্দ্র সরোবর লেকে সকাল",
    "সর্ষে ইলিশ আর ভাত",
    "ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਯੂਨੀਵਰਸਿਟੀ ਦਾ ਕੈਂਪਸ",
    "ਸਰ੍ਹੋਂ ਦਾ ਸਾਗ ਤੇ ਮੱਕੀ ਦੀ ਰੋਟੀ",
    "સરદાર પટેલ સ્ટેડિયમ, અમદાવાદ",
    "ઢોકળા અને ખાંડવી નાસ્તો",
    "इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा",
    "गणेश चतुर्थी की झांकी, मुंबई",
    "छत्रपति शिवाजी महाराज टर्मिनस",
    "पशुपतिनाथ मन्दिरमा आरती",
    "विहारमहादेवी उद्यान",
    "විහාරමහාදේවී උද්‍යානය",
    "කිරිබත් සහ ලුණු මිරිස්",
    # Thai, Lao
    "วัดพระแก้ว กรุงเทพมหานคร",
    "ข้าวมันไก่ ประตูน้ำ",
    "ถนนราชดำเนิน ยามค่ำ",
    "ພະທາດຫຼວງ ວຽງຈັນ",
    # Ge'ez
    "ቡና ቁርስ በጠዋት",
    "መስቀል አደባባይ በዓል",
    "ዶሮ ወጥ ለገና",
    "ቅዱስ ጊዮርጊስ ቤተክርስቲያን",
    # Tajik, Mongolian
    "Боғи Рӯдакӣ дар Душанбе",
    "Сүхбаатарын талбай өглөө",
    "Чингис Хаан олон улсын нисэх буудал",
    "Хуушуур ба бууз",
    # Tifinagh
    "Fête de Yennayer, ⴰⵙⴳⴳⵯⴰⵙ ⴰⵎⴰⵢⵏⵓ !",
    "ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ depuis Agadir",
    # Japanese, Chinese
    "今日は富士山がちゃんと見えた",
    "新宿駅で待ち合わせ",
    "北京烤鸭和炸酱面",
    "秋葉原さんぽ",
    # Arabic: "on" and "after sunset"
    "استراحة على البحر بعد العصر",
    "قهوة على الكورنيش بعد المغرب",
]
