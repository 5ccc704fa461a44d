"""Round-sixteen development set of the world-scripts tuner (``world``): person names in
non-Latin scripts other than the Indic ones — Ge'ez (Amharic, Tigrinya: a given name + the
father's name opening a caption, after the possessive or dative prefix የ-/ለ-, or after "with"
in an English caption), Burmese (names written without spaces between syllables, before a
particle: နဲ့, ၏, ရဲ့, က), Khmer (surname + given name opening a caption), Mongolian Cyrillic
(the father's name in the genitive -ын/-ийн/-ны + the given name), Japanese names with a
three-kanji surname before an honorific (さん, 様, 先生, 氏, くん, ちゃん), Korean and Chinese
names before an honorific or title, and non-Latin names inside English captions; and no-PII
traps of the same shapes (streets, squares, temples, pagodas, parks, statues, theatres and
universities named after people — including Ukrainian/Russian "імені/имени" —, deities with
honorifics, Korean "today's/the weekend's", Persian and Arabic day + time-of-day phrases).

Written 2026-12-02 by the world16 helper, by hand, before any rule of this round was changed,
after reading held-out 17–19's misses (so the classes, not the captions, come from there);
names made up from general knowledge of naming customs (not drawn from Faker or
names-dataset), no caption copied from another set.
"""

from __future__ import annotations

# (caption with [[person]] spans, origin, written form)
CAPTIONS: list[tuple[str, str, str]] = [
    # Amharic: given name + father's name opening a caption, then a preposition
    ("[[ብርሃኑ ጌታቸው]] በባሕር ዳር ዓሣ ሲያጠምድ", "Amharic", "script"),
    ("[[ኤልሳ ኃይሌ]] ከቤተሰቦቿ ጋር", "Amharic", "script"),
    ("[[ትዕግስት ሙሉጌታ]] በሐዋሳ ሐይቅ ዳር", "Amharic", "script"),
    ("[[ሀና ተሾመ]] እንጀራ ስትጋግር", "Amharic", "script"),
    # Amharic: possessive የ- / dative ለ- written attached to the name
    ("የ[[ሕይወት ደምሴ]] ሠርግ በአዳማ", "Amharic", "script"),
    ("የ[[ዳንኤል ግርማ]] ልደት", "Amharic", "script"),
    ("ለ[[ፋሲካ መኮንን]] እንኳን ደስ አለሽ", "Amharic", "script"),
    ("የ[[ሰለሞን ታደለ]] ሱቅ በደሴ", "Amharic", "script"),
    # Tigrinya openers
    ("[[ሰናይት ገብረሂወት]] ምስ ኣዴኣ ኣብ ከረን", "Tigrinya", "script"),
    ("[[ኣማኒኤል ተስፋማርያም]] ኣብ ምጽዋ", "Tigrinya", "script"),
    ("[[ሄለን ኪዳነ]] ኣብ መቐለ ምስ ዓርካ", "Tigrinya", "script"),
    # Ge'ez name inside an English caption
    ("Weekend hike near Debre Libanos with [[ሳሙኤል ወርቁ]]", "Amharic", "mixed"),
    ("Coffee and popcorn with [[ቤተልሔም አሰፋ]] after church", "Amharic", "mixed"),
    ("Shiro night in Asmara with [[ሉልያ ኪዳነ]]", "Tigrinya", "mixed"),
    # Burmese: a name (syllables unspaced) before a particle
    ("[[ဇော်မင်းထက်]] နဲ့ သူငယ်ချင်းများ", "Burmese", "script"),
    ("[[နှင်းဆုမြတ်]] ၏ မွေးနေ့ပွဲ", "Burmese", "script"),
    ("[[ဝင်းမြင့်ထွန်း]] ရဲ့ လက်ဖက်ခြောက်ဆိုင်", "Burmese", "script"),
    ("အင်းလေးကန်မှာ [[ကျော်စွာလင်း]] နဲ့", "Burmese", "script"),
    ("[[စန္ဒာထွန်း]] ရဲ့ ပန်းချီပြပွဲ", "Burmese", "script"),
    ("[[သီတာအောင်]] က ထမင်းချက်တယ်", "Burmese", "script"),
    ("Fishing on Inle with [[အောင်ပြည့်စုံ]]", "Burmese", "mixed"),
    ("Mandalay moat walk with [[ခင်သီတာ]]", "Burmese", "mixed"),
    # Khmer: surname + given name opening a caption
    ("[[ហេង សុភា]] លក់ផ្លែឈើ នៅផ្សារធំថ្មី", "Khmer", "script"),
    ("[[គង់ វិចិត្រា]] ជាមួយកូនស្រី នៅកែប", "Khmer", "script"),
    ("[[ឈិន ដារ៉ា]] និង [[ពៅ ស្រីលក្ខណ៍]] ថ្ងៃរៀបការ", "Khmer", "script"),
    ("ខួបកំណើតរបស់ [[ណុប បុប្ផា]]", "Khmer", "script"),
    ("Sunset cruise on the Mekong with [[ម៉ម សុខលី]]", "Khmer", "mixed"),
    ("Angkor sunrise trip with [[ស៊ុន សុវណ្ណ]]", "Khmer", "mixed"),
    # Mongolian Cyrillic: patronymic in the genitive + given name
    ("[[Доржийн Болормаа]] Хархорин хотод", "Mongolian", "script"),
    ("[[Ганбатын Мөнхзул]] Тэрэлжийн байгальд", "Mongolian", "script"),
    ("[[Сүхбатын Оюунчимэг]] Улаанбаатарт", "Mongolian", "script"),
    ("Зургийг [[Цогтын Батзориг]] авав", "Mongolian", "script"),
    ("[[Нямдоржийн Сэлэнгэ]] Хөвсгөл нуурын эрэгт", "Mongolian", "script"),
    ("[[Эрдэнэбилэгийн Түвшинжаргал]] Наадмын бөхийн барилдаанд", "Mongolian", "script"),
    ("Throat singing evening with [[Батсайханы Тэмүүлэн]]", "Mongolian", "mixed"),
    # Japanese: three-kanji surnames before an honorific
    ("[[長谷川美咲]]さんの結婚式", "Japanese", "script"),
    ("[[佐々木健太]]くんの誕生日ケーキ", "Japanese", "script"),
    ("[[五十嵐由紀]]先生の書道教室", "Japanese", "script"),
    ("[[久保田大輔]]様からいただいたお土産", "Japanese", "script"),
    ("[[小笠原彩]]ちゃんと海へ", "Japanese", "script"),
    ("[[大和田直樹]]氏の講演会", "Japanese", "script"),
    ("[[宇佐美真央]]さんのパン屋さん", "Japanese", "script"),
    ("Calligraphy workshop with [[藤原千尋]] in Kyoto", "Japanese", "mixed"),
    # Korean and Chinese honorifics and titles after a name
    ("[[윤서진]] 씨의 결혼식", "Korean", "script"),
    ("[[허민준]]님의 사진전", "Korean", "script"),
    ("[[林志明]]先生的茶馆", "Chinese", "script"),
    ("[[陈美玲]]女士的花店", "Chinese", "script"),
    ("感谢[[周文斌]]老师的指导", "Chinese", "script"),
]

NO_PII: list[str] = [
    # Ge'ez places, feasts and dishes
    "የአፄ ቴዎድሮስ አደባባይ በማታ",
    "የቅዱስ ገብርኤል ቤተክርስቲያን በዓል",
    "ጎንደር ፋሲል ግንብ በጠዋት",
    "ቀይ ወጥ በእንጀራ",
    "ሻይ ቡና ከጓደኞች ጋር",
    "Lunch with ክትፎ and ጎመን in Addis",
    "የጥምቀት በዓል በጎንደር",
    "ዳግማዊ ምኒልክ ሆስፒታል በአዲስ አበባ",
    "ባሕሪ ቀይሕ ኣብ ምጽዋ",
    # Burmese pagodas, bridges, dishes before particles
    "အောင်ဆန်းကွင်း နဲ့ ညဈေး",
    "ရွှေတိဂုံဘုရား ၏ ညနေခင်း",
    "ကျောက်ထီးရိုးဘုရား နဲ့ မိသားစု",
    "ထမင်း နဲ့ ဟင်း",
    "မုန့်ဟင်းခါး နဲ့ ကော်ဖီ",
    "မန္တလေးတောင် ၏ နေဝင်ချိန်",
    "လက်ဖက်သုပ် ရဲ့ အရသာ",
    "ဦးပိန်တံတား ပေါ်မှာ နေဝင်ချိန်",
    "ဗိုလ်ချုပ်အောင်ဆန်းရုပ်တု",
    # Khmer places and dishes opening a caption
    "វត្តភ្នំ ពេលល្ងាច",
    "ផ្លូវ ព្រះសីហនុ នៅភ្នំពេញ",
    "វិមាន ឯករាជ្យ នៅភ្នំពេញ",
    "នំបញ្ចុក សម្លខ្មែរ នៅផ្សារចាស់",
    "ត្រី អាំង នៅកំពត",
    "អង្គរ ធំ ពេលថ្ងៃរះ",
    "Sunset with ប្រាសាទបាយ័ន in the background",
    # Mongolian genitives of places and institutions
    "Сүхбаатарын талбай Наадмын өмнө",
    "Чингис хааны хөшөө Цонжин Болдогт",
    "Гандангийн Хийд өглөө",
    "Тэрэлжийн Мэлхий Хад",
    "Улаанбаатарын Төв Шуудан",
    "Занабазарын нэрэмжит Дүрслэх урлагийн музей",
    # Ukrainian and Russian: named after someone
    "Проспект імені Степана Бандери вночі",
    "Театр имени Евгения Вахтангова, Москва",
    "Сквер імені Лесі Українки навесні",
    "Бібліотека імені Василя Стефаника, Львів",
    "Університет імені Івана Франка, головний корпус",
    # Japanese: deities and customers with honorifics, places named after people
    "八幡様のお祭り",
    "天神様の梅",
    "お客様の声",
    "恵比寿様の像",
    "野口英世記念館",
    "長谷川町子美術館",
    "大仏様の前で記念撮影",
    # Korean: "today's", "the weekend's", statues
    "오늘의 메뉴, 김치찌개",
    "주말의 한강공원",
    "하루의 끝, 노을",
    "오전의 커피 한 잔",
    "세종대왕 동상 앞에서",
    # Chinese places named after people
    "鲁迅公园的早晨",
    "中山路步行街",
    # Persian and Arabic: day + time of day
    "صبح جمعه در پارک ملت",
    "ظهر شنبه در میدان نقش جهان",
    "شب یلدا با خانواده",
    "عصر پنجشنبه کنار دریا",
    "مساء الخميس على الكورنيش",
    "خیابان ولیعصر، عصر جمعه",
]
