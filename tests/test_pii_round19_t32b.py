"""Round nineteen of the PII work (t32b, non-Latin scripts): names after a photo credit in
Japanese and Arabic script, a listed Japanese surname + an honorific, a hiragana given name +
くん/ちゃん, a one-character Chinese surname + a title; and no-PII phrases left alone (an Urdu
time of day with an hour, an Arabic match noun, a Greek headline word in capitals)."""

from __future__ import annotations

import pytest

from trustbench.sanitize._pii_names import find_names


def _names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in find_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("撮影：小田切健太　場所：函館", "小田切健太"),  # a weakly listed surname after a credit
        ("写真／北村大輔（長野・上高地）", "北村大輔"),
        ("تصوير: هالة الدمنهوري — شروق الشمس", "هالة الدمنهوري"),
        ("店長の真壁さんが焼いたパン", "真壁"),
        ("鍋島さんの畑でとれた野菜", "鍋島"),
        ("そうたくんの運動会", "そうた"),
        ("みおちゃん七五三", "みお"),
        ("谭老师带我们去爬山", "谭"),
        ("感谢柯老师的辛勤付出", "柯"),
    ],
)
def test_script_names_found(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "آج دکان شام پانچ بجے بند ہوگی",  # evening, five o'clock
        "الهلال والنصر في قمة الدوري السعودي",  # the league's top match
        "ΠΑΟΚ - ΑΕΚ: ΤΟ ΜΕΓΑΛΟ ΝΤΕΡΜΠΙ",  # a headline in capitals
        "おばあちゃんと赤ちゃん",  # grandma and the baby
        "新老师和数学老师",  # the new teacher, the maths teacher
        "撮影：京都・清水寺",  # a credit before a place
    ],
)
def test_script_phrases_left_alone(text):
    assert _names(text) == []


def test_thai_kin_word_before_given_name_and_surname():
    # a kin word attached to the given name, then a surname: the name without the kin word
    assert _names("ป้าสมพร ใจดี ทำขนมครก") == ["สมพร ใจดี"]
    assert _names("ยายทองใบ สุขสวัสดิ์ อายุ 90 ปี") == ["ทองใบ สุขสวัสดิ์"]
    assert _names("ป้ายรถเมล์ สาย 8") == []  # a bus-stop sign


def test_amharic_names_after_congratulations_and_and():
    assert _names("እንኳን ደስ አለህ ናትናኤል ሀይሉ!") == ["ናትናኤል ሀይሉ"]
    assert _names("እንኳን ደስ አላችሁ ዮሐንስ ግርማ እና ቤተልሔም ካሳ") == ["ዮሐንስ ግርማ", "ቤተልሔም ካሳ"]
    assert _names("ዶሮ ወጥ እና ሽሮ ወጥ") == []  # chicken stew and chickpea stew


def test_urdu_unlisted_given_name_and_strong_surname_before_possessive():
    assert _names("رخسانہ صدیقی کی سالگرہ") == ["رخسانہ صدیقی"]
    assert _names("مٹھائی صدیقی کی دکان") == []  # sweets: a word of Urdu


def test_kana_child_honorific_needs_a_gendered_name():
    assert _names("ねこちゃんかわいい") == []  # kitty
    assert _names("あかちゃん誕生") == []  # a baby


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ألف مبروك هبة الزعبي", ["هبة الزعبي"]),  # the name after the wish, not "Mabrouk Hiba"
        ("مبارک باشه نگار رضایی", ["نگار رضایی"]),
        ("מזל טוב לנועה לוי", ["נועה לוי"]),
        ("जन्मदिन मुबारक प्रिया शर्मा", ["प्रिया शर्मा"]),
        ("مبارك الدوسري في الملعب", ["مبارك الدوسري"]),  # Mubarak, a given name
        ("ครูสมศรี ใจดี สอนภาษาไทย", ["สมศรี ใจดี"]),
    ],
)
def test_congratulation_words_open_no_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("آقای رضا کریمی", ["رضا کریمی"]),  # the title is no given name
        ("خانم لیلا احمدی در کلاس", ["لیلا احمدی"]),
        ("الدكتورة منى حداد", ["منى حداد"]),
        ("دکتر سارا در بیمارستان", ["سارا"]),  # "in the hospital": no surname
    ],
)
def test_persian_arabic_title_before_the_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [("С днём рождения, Наташа", "Наташа"), ("Вітаємо Оксану з ювілеєм", "Оксану"),
     ("Χρόνια πολλά Κατερίνα μας", "Κατερίνα")],
)
def test_greek_cyrillic_given_name_after_a_wish(text, name):
    assert name in _names(text)


def test_greek_wish_before_a_place_is_no_name():
    assert _names("Χρόνια πολλά Ελλάδα") == []


@pytest.mark.parametrize("text", ["Спасибо Москва", "Поздравляем Россию", "Спасибо Вам"])
def test_cyrillic_thanks_opens_no_name_pair(text):
    assert _names(text) == []
