"""Round twenty (tuner t33b): names in non-Latin scripts — unlisted Japanese surnames before an
honorific, Hebrew surnames joined by the maqaf, Khmer names in English captions, Tamil and
Ge'ez spellings, Amharic everyday words; and phrases of those scripts that stay untouched."""

from __future__ import annotations

import pytest

from trustbench.sanitize.pii import detect_pii


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a rare kanji word alone before さん/先生 in a Japanese caption: a surname no list holds
        ("蔦谷さんと一緒にランチ", "蔦谷"),
        ("勅使河原先生の生け花展", "勅使河原"),
        ("小鳥遊さんの結婚式に行きました", "小鳥遊"),
        # a listed Hebrew given name, then a surname joined by the maqaf
        ("יעל בן־דוד בטקס הסיום באוניברסיטה", "יעל בן־דוד"),
        ("אורי בר־לב מנגן בגיטרה על החוף", "אורי בר־לב"),
        # Khmer names standing alone in an English caption: given name first, or a surname
        # that is also a word ("ជា", is) first
        ("Singer សុធារី ម៉ែន on stage in Siem Reap", "សុធារី ម៉ែន"),
        ("Monk ជា សុវណ្ណ at Wat Phnom", "ជា សុវណ្ណ"),
        # Tamil names as Latin spells them (-samy, -iam, ng, sh)
        ("கலையரசி சுப்பிரமணியம் selling flowers at Mylapore", "கலையரசி சுப்பிரமணியம்"),
        ("பூங்கொடி வேலுசாமி selling idli in Coimbatore", "பூங்கொடி வேலுசாமி"),
        # Tamil initials before the given name; ட்ச as "ksh" (Lakshmi)
        ("எஸ். ராமகிருஷ்ணன் எழுதிய நாவல்", "எஸ். ராமகிருஷ்ணன்"),
        ("வி. முருகேசன் retirement function", "வி. முருகேசன்"),
        ("லட்சுமி ராமன் selling flowers at the temple", "லட்சுமி ராமன்"),
        # Ge'ez: ወ written "wo" ("Tewodros")
        ("ቴዎድሮስ ካሳሁን at the stadium in Hawassa", "ቴዎድሮስ ካሳሁን"),
        # a Cyrillic given name listed only in Latin letters before a surname by its ending
        # (Ukrainian -єв included)
        ("Ділявер Сеїтжелілєв грає на скрипці", "Ділявер Сеїтжелілєв"),
        ("Рустем Аблаєв готує плов у казані", "Рустем Аблаєв"),
        # a Greek vocative or a Russian accusative of a strong name after a wish or thanks
        ("Χρόνια πολλά Νίκο! Να τα εκατοστήσεις", "Νίκο"),
        ("Поздравляем Олега с юбилеем", "Олега"),
        # Ukrainian datives and genitives of a given name and surname
        ("Подяка Тарасові Мельнику за допомогу", "Тарасові Мельнику"),
        ("Концерт Олени Коваль у Львові", "Олени Коваль"),
        # a given name in a case form after a preposition stays a name
        ("В гостях у Ольги Петровой на даче", "Ольги Петровой"),
        ("Поездка к Татьяне Морозовой в Тверь", "Татьяне Морозовой"),
        # Tamil: a given name Tamil text rarely writes, opening the caption before a strong
        # South Asian surname
        ("வெற்றிவேல் அண்ணாமலை with his bullocks in Thanjavur", "வெற்றிவேல் அண்ணாமலை"),
        # a kin word with a possessive before an Arabic/Persian/Urdu name stays outside it
        ("با دوستم بهار رضایی در کافه", "بهار رضایی"),
        ("ابني كريم حداد في أول يوم مدرسة", "كريم حداد"),
        ("میرا بھائی عمران ملک لاہور میں", "عمران ملک"),
        # an Arabic title with the article, or a role or kin noun, before a given name alone
        ("الحاجة فاطمة تبيع الخبز في السوق", "فاطمة"),
        ("خالتي سلمى تطبخ المقلوبة", "سلمى"),
        ("الكابتن وليد بعد المباراة", "وليد"),
        # an ALL-CAPS Greek name stays a name
        ("ΝΙΚΟΣ ΚΑΡΑΓΙΑΝΝΗΣ ΣΤΗ ΣΚΗΝΗ ΤΟΥ ΗΡΩΔΕΙΟΥ", "ΝΙΚΟΣ ΚΑΡΑΓΙΑΝΝΗΣ"),
    ],
)
def test_name_found(text: str, name: str) -> None:
    assert name in _names(text)


def test_kin_word_stays_outside_the_name() -> None:
    assert _names("مع صديقي طارق منصور في البحر") == ["طارق منصور"]
    assert _names("با دوستم بهار رضایی در کافه") == ["بهار رضایی"]


@pytest.mark.parametrize(
    "text",
    [
        "看護師さんありがとう",  # a role word before さん
        "郵便局さんの前で待ち合わせ",
        "お客様へのお知らせ",
        "子猫ちゃんかわいい",
        "שדרות בן־גוריון בחיפה בערב",  # a street named after someone
        "אוניברסיטת בר־אילן ביום פתוח",
        "Gold shop ហាង មាស in Phnom Penh",  # "gold shop", "money transfer": Khmer phrases
        "Money transfer ផ្ទេរ ប្រាក់ here",
        "ሰላም ለሁሉም friends",  # "hello to all"
        "ሰላም ለሁላችሁ from Addis",
        "மீனாட்சி அம்மன் கோவில் at dusk",
        "கி.மீ. தூரம் நடந்தோம்",  # an abbreviation of a unit, not an initial
        "கி.பி. 1010 தஞ்சை கோவில்",
        "Кнез Михаилова улица у недељу поподне",  # a Serbian street: "кнез", then "улица"
        "የቅዱስ ሚካኤል ቤተ ክርስቲያን በአክሱም",  # a saint's church, "house of" spaced
        "Ночной Саратов с моста",  # an adjective weakly listed as a given name
        "Ресторан «Белый Лебедь» на Арбате",  # a name filling a «…» quote: a shop, a club
        "«Зенит» обыграл «Динамо» в Петербурге",
        "ΚΑΛΟ ΠΑΣΧΑ ΚΑΙ ΧΡΟΝΙΑ ΠΟΛΛΑ ΣΕ ΟΛΟΥΣ",  # ALL-CAPS greetings of frequent words
        "ΚΑΛΕΣ ΓΙΟΡΤΕΣ ΚΑΙ ΕΥΤΥΧΙΣΜΕΝΟ ΤΟ ΝΕΟ ΕΤΟΣ",
        "Ευχαριστώ Αθήνα! Τα λέμε σύντομα",  # a city after thanks
        "Отдых в Красной Поляне зимой",  # an adjective in an oblique case after "в"/"на": a place
        "Кафе на Малой Бронной",
        "Концерт на Дворцовой Площади",
        "Садиба Миколи Пирогова у Вінниці",  # an estate named after its owner
        "جدي سعيد جدا بالهدية",  # "my grandfather is very happy": a predicate adjective
        "صديقي العزيز",  # "my dear friend"
        "میری دوست کی شادی",  # "my friend's wedding"
        "با دوستم در کافه",
    ],
)
def test_no_pii_left_unchanged(text: str) -> None:
    assert detect_pii(text) == []
