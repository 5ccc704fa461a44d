"""Round eight of the PII work: names in non-Latin scripts (``sanitize/_pii_scripts.py``).

One real caption per mechanism (the kind of caption the rule was written for) and a negative
caption of the same script that must stay untouched; the surrogate tests check that the whole
name is replaced (no surname left next to a fake given name) and that vowel signs stay with
their letters."""

from __future__ import annotations

import pytest

from trustbench.sanitize import _pii_names, _pii_scripts
from trustbench.sanitize._pii_lookup import name_tables
from trustbench.sanitize._pii_names import _romanized_pair, find_names
from trustbench.sanitize.pii import Pseudonymizer


def _names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in find_names(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Thai: given name + surname after a greeting; the honorific stays outside the span
        ("ยินดีด้วยกับ กิตติพงษ์ มณีรัตน์ 🎉", ["กิตติพงษ์ มณีรัตน์"]),
        ("คุณสมชาย ใจดี กับสวนทุเรียนของเขา", ["สมชาย ใจดี"]),
        ("คุณนภัสสร เจ้าของร้านกาแฟ", ["นภัสสร"]),  # honorific + given name, no surname
        # "ขอบคุณ" (thank you) ends in คุณ and is no name: the name is the two runs after it
        ("ขอบคุณ ธนากร บุญมา ที่ถ่ายรูปให้ครับ", ["ธนากร บุญมา"]),
    ],
)
def test_thai_names(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text", ["ทะเล ภูเก็ต ยามเย็น", "ต้มยำกุ้ง ร้านเด็ด", "วัดพระแก้ว กรุงเทพฯ", "ผัดไทย ประตูผี"]
)
def test_thai_places_and_dishes_are_no_names(text):
    assert _names(text) == []


def test_thai_likeness_separates_names_from_words():
    like = _pii_scripts.thai_likeness
    assert min(map(like, ["ธีรวัฒน์", "ปิยะนุช", "มณีรัตน์"])) > 0
    assert max(map(like, ["ตลาดน้ำ", "ยามเย็น", "ที่ถ่ายรูปให้ครับ"])) < 0


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Congrats 한예린 on your graduation!", ["한예린"]),  # given name listed only weakly
        ("노은채랑 한강에서 치맥", ["노은채"]),  # before the companion particle 이랑/랑
    ],
)
def test_hangul_names(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", ["박물관 나들이", "안동 하회마을", "신세계 백화점 세일", "이번 주말 한강 공원"])
def test_hangul_words_are_no_names(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [("佐々木美咲さんの成人式", ["佐々木美咲"]), ("石井真理子さんが作ったお弁当", ["石井真理子"])],
)
def test_japanese_names_before_honorifics(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", ["お客様へのお知らせ", "校長先生の話", "皆様ありがとう", "赤ちゃんの写真"])
def test_japanese_honorifics_after_words_are_no_names(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [("恭喜黄嘉欣硕士毕业！", ["黄嘉欣"]), ("给赵晨阳过生日，蛋糕是自己做的", ["赵晨阳"])],
)
def test_chinese_names_where_the_words_split_cleanly(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", ["李子树开花了", "金融中心的夜景", "马拉松比赛终点", "白天鹅宾馆的早茶"])
def test_chinese_words_opening_with_a_surname_are_no_names(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Свадьба Игоря Морозова и Дарьи Волковой", ["Игоря Морозова", "Дарьи Волковой"]),
        ("Выставка Тимура Галиева в Уфе", ["Тимура Галиева"]),  # genitive: Тимур Галиев
        ("Χρόνια πολλά Στέλιο Μανωλάκη!", ["Στέλιο Μανωλάκη"]),  # accusative: Στέλιος
    ],
)
def test_inflected_cyrillic_and_greek_names(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text", ["Собор Василия Блаженного", "Улица Пушкина после дождя", "Άγιος Νικόλαος, Κρήτη"]
)
def test_places_named_after_people_or_saints_are_no_names(text):
    assert _names(text) == []


def test_hebrew_prefix_letter_stays_outside_the_name():
    assert _names("יום הולדת שמח לתמר אברהם!") == ["תמר אברהם"]
    assert _names("שוק מחנה יהודה בירושלים") == []  # "מחנה" (camp) is a word, not ל+name
    assert _names("חוף הים בתל אביב") == []  # two weakly listed words: the beach


def test_arabic_particle_joins_the_third_name():
    assert _names("صورة طارق بن سالم مع والده") == ["طارق بن سالم"]


def test_indic_romanizations():
    assert _pii_scripts.romanizations("अंकित")[0] == "ankit"  # anusvara before k
    assert "bhatnagar" in _pii_scripts.romanizations("भटनागर")  # an inherent vowel dropped
    assert "aditya" in _pii_scripts.romanizations("आदित्य")  # a final vowel added
    assert _names("अंकित चतुर्वेदी और उनकी टीम, लखनऊ") == ["अंकित चतुर्वेदी"]


def test_frequent_indic_words_need_the_scripts_own_lists():
    t = name_tables()
    # "किसान" (farmer) romanizes to the name "kisan", "दावे" (claims) to "dave"
    assert _romanized_pair("किसान", "दावे", t) is None
    assert _romanized_pair("विकास", "यादव", t) is not None  # Vikas: listed in Devanagari


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ขอบคุณ ธนากร บุญมา ที่ถ่ายรูปให้ครับ", "ธนากร บุญมา"),
        ("स्नेहा कुलश्रेष्ठ ने अपनी पहली पेंटिंग बेची", "स्नेहा कुलश्रेष्ठ"),
    ],
)
def test_script_names_are_replaced_whole_in_their_script(text, name):
    out = Pseudonymizer(b"round-eight-test-key-0123456789ab").pseudonymize_texts([text])[0]
    for tok in name.split():
        assert tok not in out
    assert out.replace(" ", "").isascii() is False and not any(c.isascii() and c.isalpha() for c in out)
    rest = text.replace(name, "")
    assert all(w in out for w in rest.split())


def test_latin_captions_never_reach_the_script_rules(monkeypatch):
    def boom(*_):
        raise AssertionError("script rules ran on a Latin caption")

    monkeypatch.setattr(_pii_names, "script_names", boom)
    assert _names("Brunch with Zoë Müller in São Paulo") == ["Zoë Müller"]


def test_titles_are_no_given_names():
    assert _names("渡辺先生の書道教室") == ["渡辺"]  # 先生 (teacher) after the surname
    assert _names("श्रीमती कमला देवी का 80वाँ जन्मदिन") == ["कमला देवी"]  # श्रीमती (Mrs.) before it
