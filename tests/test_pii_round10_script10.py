"""Privacy round ten, names in non-Latin scripts: Mongolian patronymics, Han names beside a
frequent word, Japanese three-kanji and kana given names, attached Nepali/Bengali case markers,
Georgian and Armenian names, Tamil spellings, Russian -ей names in a case; and places,
festivals and greetings named after people in those scripts, which stay untouched."""

from __future__ import annotations

import pytest

from trustbench.sanitize.pii import detect_pii


def _found(text: str) -> list[str]:
    return [s.text for s in detect_pii(text) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Батбаярын Энхтуяа хурим дээр", "Батбаярын Энхтуяа"),  # Mongolian patronymic + name
        ("和欧阳子健一起爬黄山，累但值得", "欧阳子健"),  # "健一" is far rarer than "一起"
        ("友達の井上真由美と温泉旅行", "井上真由美"),  # three-kanji Japanese given name
        ("渡辺さくらと旅行", "渡辺さくら"),  # kana given name before a person's particle
        ("पूजा श्रेष्ठको जन्मदिन", "पूजा श्रेष्ठ"),  # Nepali "को" written attached
        ("ლევან გელაშვილის დაბადების დღე", "ლევან გელაშვილის"),  # Georgian, genitive surname
        ("Աննա Սարգսյանի հետ", "Աննա Սարգսյանի"),  # Armenian, genitive surname
        ("கார்த்திக் சுப்ரமணியன் திருமணம்", "கார்த்திக் சுப்ரமணியன்"),  # Tamil: Karthik Subramaniyan
        ("С Сергеем Ивановым на рыбалке", "Сергеем Ивановым"),  # instrumental of "Сергей"
        ("김지수가 만든 케이크", "김지수"),  # a common Korean name stays a name
        ("مع فاطمة حسن في السوق", "فاطمة حسن"),
        ("محمد سعيد في الحديقة", "محمد سعيد"),  # "سعيد" (happy) is a name after a given name
        ("सुनीता जोशी स्कूल गई", "सुनीता जोशी"),  # a school she goes to is no school's name
        ("คุณมาลี สุขใจ ทำกับข้าว", "มาลี สุขใจ"),  # "มาลี" opens like "มา" (come)
    ],
)
def test_script_names_found(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Шинжлэх Ухааны Академи",  # a title is a chain of capitalized words, no patronymic
        "مسجد محمد علي في القلعة عند الغروب",  # a mosque named after a person
        "כיכר יצחק רבין",  # Rabin Square
        "Walking down شارع عمر المختار",
        "عيد ميلاد سعيد",  # happy birthday
        "رمضان كريم",
        "نوروز مبارک",
        "რუსთაველის გამზირი",  # Rustaveli Avenue
        "Արամ Խաչատրյանի անվան փողոց",  # a street named after Aram Khachaturian
        "이태원 거리 축제",  # Itaewon street festival
        "吉野さくらの季節",  # Yoshino cherry blossoms
        "Πανεπιστήμιο Ιωάννινων",
        "दुर्गा पूजा की तस्वीरें",  # Durga Puja
        "लाल बहादुर शास्त्री स्टेडियम",  # a stadium named after a person
        "คุณจะมา พรุ่งนี้",  # "you will come tomorrow": a verb chain after "คุณ" (you)
    ],
)
def test_script_places_untouched(text: str) -> None:
    assert _found(text) == []
