"""Round twenty (tuner t34b): names in non-Latin scripts: a lone Indic given name before "ji",
Hebrew given names with the prefix letters "to"/"and" after a wish, Japanese surnames with 々
or frequent as words before an honorific, Chinese names before a wedding or birthday word,
Urdu given names with an unlisted surname before a possessive, a Persian landmark's name before its city."""

from __future__ import annotations

import pytest

from trustbench.sanitize.pii import detect_pii


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "ji" after a lone given name (Hindi, Punjabi)
        ("पुष्पा जी की बगिया में गुलाब", "पुष्पा"),
        ("राजेश जी की दुकान पर चाय", "राजेश"),
        ("विनोद जी का स्कूटर, 1998", "विनोद"),
        # Hebrew: "to" (ל) after a wish, "and" (ו) before a second name
        ("מזל טוב למיכל ויונתן!", "מיכל"),
        ("מזל טוב למיכל ויונתן!", "יונתן"),
        ("יום הולדת שמח לאורי", "אורי"),
        ("תודה לנטע ולגיא על הערב", "גיא"),
        # Japanese: 々 in a surname, a common surname that is a frequent word
        ("野々村さんと一緒に山登り", "野々村"),
        ("佐々木先生の書道教室", "佐々木"),
        # Chinese: a name before a wedding or birthday word
        ("恭喜黃志強同梁嘉敏新婚快樂", "梁嘉敏"),
        ("祝福李美玲和张伟结婚快乐", "张伟"),
        ("祝刘洋和赵雪生日快乐", "赵雪"),
        # Urdu: a strong given name and an unlisted surname before a possessive
        ("ثناء گھمن کی شادی کی تصاویر", "ثناء گھمن"),
        ("مریم ساہی کی گریجویشن", "مریم ساہی"),
        ("فاطمہ کھوکھر کا نیا گھر", "فاطمہ کھوکھر"),
    ],
)
def test_script_name_found(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "गांधी जी की जयंती पर श्रद्धांजलि",
        "माता जी का मंदिर, वैष्णो देवी",
        "हनुमान जी का मंदिर",
        "दादी जी की कहानी",
        "מזל טוב לכולם",
        "יום הולדת שמח לכל המשפחה",
        "תודה למארגנים",
        "時々雨の京都",
        "人々が集まる祭り",
        "杭州和苏州结婚照",
        "玫瑰和百合新婚花束",
        "大学和高中毕业典礼",
        "شادی ہال کی سجاوٹ",
        "بادشاہی مسجد کی تصویر",
        "نیلم وادی کی خوبصورتی",
        "میدان نقش جهان اصفهان در شب",
        "کاخ گلستان تهران",
        "پل خواجو اصفهان",
    ],
)
def test_script_no_pii_untouched(text: str) -> None:
    assert detect_pii(text) == []
