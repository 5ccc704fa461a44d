"""Person names in non-Latin scripts: script structure where the Latin rules do not reach.

Private module of :mod:`trustbench.sanitize.pii` (called by ``_pii_names._special_names`` only
for captions that hold a letter of one of these scripts, so Latin-only captions pay nothing).
Each rule uses what the name tables already hold — Faker's lists in their scripts and
names-dataset's entries in those scripts — plus the structure of the script:

- **Thai** (no spaces between words, one space between given name and surname): two
  space-separated runs where the first is a listed given name or follows an honorific (คุณ, นาย,
  นาง …, written attached), scored by a character n-gram model of Thai names against Thai words
  (Faker's th_TH names vs its th_TH words, places and jobs); no run may open with a particle.
- **Hangul**: a word of a listed surname syllable + a two-syllable given name (listed, or both
  syllables frequent in given names), alone or before a particle (이랑, 님, 씨 …), that is no
  frequent Korean word.
- **Japanese**: two or more kanji (々 included) before an honorific (さん, 様, 先生 …) whose first
  two characters are surname characters (from Faker's ja_JP surnames), with a kanji/kana given
  name between them.
- **Cyrillic / Greek**: a capitalized pair whose first word (or its nominative: "Игоря" →
  "Игорь", "Στέλιο" → "Στέλιος") is a listed given name and whose second is a listed surname or
  has a surname ending (-ов/-ова/-ева/-ин/-енко/-ич …), unless a place noun comes first
  ("улица Пушкина", "Собор Василия Блаженного").

>>> [text[s:e] for s, e, *_ in script_names(text := "ภาพโดย อรุณี พรหมมา")]
['อรุณี พรหมมา']
"""

from __future__ import annotations

import importlib
import math
import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache

from anyascii import anyascii

from trustbench.sanitize._pii_lookup import _grams, name_tables, script_of, south_asian

# Any letter of a script handled here (Greek … Thai, kana, CJK, Hangul): the gate for the rules.
SCRIPT_GATE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0531-\u0587\u0e01-\u0e4e\u10d0-\u10ff"
                         r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3"
                         r"\u0e81-\u0edf\u1000-\u109f\u1780-\u17d3\u2d30-\u2d7f"
                         r"\u0f40-\u0fbc]")  # Lao, Myanmar, Khmer, Tifinagh, Tibetan; fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@cache
def word_freqs(lang: str) -> dict[str, float]:
    """wordfreq's frequency list of ``lang`` (loaded once, only for text in that script)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang)


def script_names(text: str) -> list[tuple[int, int, str, str, bool, str | None]]:
    """(start, end, gender, locale, has_first, form) of the names these rules find in ``text``."""
    out: list[tuple[int, int, str, str, bool, str | None]] = []
    if max(text) >= "\u0e01" and _THAI_RUN.search(text):
        out += _thai_names(text)
    if _HANGUL_WORD.search(text):
        out += _hangul_names(text)
    if _JA_HONORIFIC.search(text):
        out += _japanese_names(text)
    if JA_KANA_GIVEN.search(text):
        out += japanese_kana_names(text)
    if " " in text or "\u3000" in text:
        out += japanese_spaced_names(text)
    if _JA_JOINED.search(text):
        out += japanese_joined_names(text)
    if ("くん" in text or "ちゃん" in text) and _JA_KANA_CHILD.search(text):
        out += japanese_kana_child(text)
    if _JA_CREDIT.search(text):
        out += japanese_credit_names(text)
    if _ZH_TITLE_WORD.search(text):
        out += zh_titled_surnames(text)
    if _CASED_PAIR.search(text):
        out += _cased_script_names(text)
    if _CASED_PAIR_GATE.search(text) and _CASED_WISH.search(text):
        out += _cased_wish_names(text)
    if GEORGIAN_WORD.search(text):
        out += _georgian_names(text)
    if ARMENIAN_WORD.search(text):
        out += armenian_names(text)
    if max(text) >= "\u2d30" and _TFNG_WORD.search(text):
        out += _tifinagh_names(text)
    if _BO_PHRASE.search(text):
        out += _tibetan_names(text)
    if _SEA_GATE.search(text):
        out += _honorific_names(text)
        if _MY_RUN.search(text):
            out += _myanmar_names(text)
        if _KM_RUN.search(text):
            out += _khmer_names(text)
    return out


# --- Tifinagh: Amazigh names -----------------------------------------------------------------
# Kabyle, Tashelhit and Tamazight captions write names in Tifinagh: a given name, then a family
# name after a clan or filiation particle ("ⵜⵉⵣⵉⵔⵉ ⴰⵢⵜ ⵄⵍⵉ", Tiziri Ait Ali; "… ⵏⴰⵜ …", n At; "… ⵓ
# …", son of), or a given name and a surname alone. ``anyascii`` romanizes the script letter by
# letter ("ⵜⵉⵣⵉⵔⵉ" → "tiziri"): the given name must be one of the tables (before a particle, of
# any locale; alone with a surname, a strong one of North Africa — "ⴰⵣⵓⵍ", hello, romanizes to
# "azul", a given name of Argentina).
_TFNG_WORD = re.compile(r"[\u2d30-\u2d7f]+")
# the particles (a closed class): Ayt/At (clan), n Ayt/n At (of the clan), u/w (son of), ult
# (daughter of), uld (son of)
_TFNG_PARTICLES = _words("ⴰⵢⵜ ⴰⵜ ⵏⴰⵢⵜ ⵏⴰⵜ ⵓ ⵡ ⵓⵍⵜ ⵓⵍⴷ")
_MAGHREB = frozenset(("DZ", "MA", "TN", "LY"))


def _tfng_first(word: str, t) -> tuple | None:
    r = anyascii(word).lower().replace("'", "")
    return None if len(r) < 3 or t.is_word(r) else t.first_name(r)


def _tifinagh_names(text: str) -> list[tuple]:
    t = name_tables()
    words = [(m.start(), m.end(), m.group()) for m in _TFNG_WORD.finditer(text)]
    out, k = [], 0
    while k + 1 < len(words):
        (s1, e1, a), (s2, e2, b) = words[k], words[k + 1]
        fa = None if a in _TFNG_PARTICLES or text[e1:s2] != " " else _tfng_first(a, t)
        if fa is None:
            k += 1
            continue
        if b in _TFNG_PARTICLES and k + 2 < len(words) and text[e2 : words[k + 2][0]] == " " and (
                words[k + 2][2] not in _TFNG_PARTICLES):  # fmt: skip
            out.append((s1, words[k + 2][1], fa[0], fa[1], True, None))
            k += 3
            continue
        rb = anyascii(b).lower().replace("'", "")
        if fa[2] == 2 and fa[1][-2:] in _MAGHREB and b not in _TFNG_PARTICLES and not t.is_word(rb) and (
                t.last_name(rb) or t.first_name(rb)):  # fmt: skip
            out.append((s1, e2, fa[0], fa[1], True, None))
            k += 2
            continue
        k += 1
    return out


# --- Burmese: a word whose every syllable is a name syllable ---------------------------------
# Burmese names are strings of a few dozen syllables (Aung, Kyaw, Khin, Myint, Htun, Win …),
# written as one word ("ခင်မြင့်အေး", Khin Myint Aye) before a particle or a space. A word of
# two syllables or more, all of them name syllables and one of them no common word syllable,
# is a name; particles written after it ("ရဲ့" 's, "နဲ့" and, "က", "၏") are no part of it.
_MY_RUN = re.compile(r"[\u1000-\u103f\u1050-\u109f]+")
# a syllable starts at a consonant or an independent vowel that is no final (asat, virama
# after it, a dot below may stand between) and no stacked consonant (virama before it)
_MY_SYLLABLE = re.compile(r"(?<!\u1039)[\u1000-\u102a](?!\u1037?[\u103a\u1039])")
_MY_NAME_WORDS = _words(
    "အောင် ကျော် ဇော် မင်း ထက် ထွန်း ဝင်း မြင့် မြတ် မြ ခင် မာ သီ တာ စန္ဒာ နီ လာ နှင်း ဆု အေး ကို "
    "သန့် သိန်း ဌေး ငြိမ်း နိုင် ဦး သူ ဇင် လင်း မိုး မျိုး ဖြိုး နေ စိုး ဝေ ရန် ရဲ ကြည် လှ လှိုင် ချစ် "
    "သန္တာ အိ ဖြူ နု နွယ် ခိုင် ဆွေ လေး မောင် ဝင့် ပြည့် စိန် ကောင်း ထူး ပိုင် စော သက် ယဉ် ဇာ "
    "သီရိ အုန်း လွင် နန္ဒာ ချို မွန် တင် သန်း ထွေး ငွေ ရွှေ ဟိန်း ဇေ ဘို ညီ မှူး ဖုန်း ပြည် ဝါ မေ "
    "ပန်း စု ရတနာ သော် မျိုး ဟန် ဖြိုး စံ ပပ ထိုက် ကြူ ဘ"
)
# syllables that are also common words or particles ("come", "he", "stay", "the object"):
# a word of these alone is no name
_MY_WEAK = _words("မာ လာ သူ နေ ကို ဝါ ဇာ လေး မ ဘ တာ ရ တ နာ ရိ ပ")
_MY_PARTICLES = _words("ရဲ့ နဲ့ က ကို မှ နှင့် တို့ ၏ ရယ် ပါ")


def _my_syllables(word: str) -> list[str]:
    cuts = [m.start() for m in _MY_SYLLABLE.finditer(word)]
    if not cuts or cuts[0] != 0:
        cuts = [0, *cuts]
    return [word[a:b] for a, b in zip(cuts, [*cuts[1:], len(word)], strict=True)]


_MY_NAME_SYLLABLES = frozenset(x for w in _MY_NAME_WORDS for x in _my_syllables(w))


def _myanmar_names(text: str) -> list[tuple]:
    out = []
    for m in _MY_RUN.finditer(text):
        syl = _my_syllables(m.group())
        n = len(syl)
        while n > 2 and syl[n - 1] in _MY_PARTICLES and syl[n - 1] not in _MY_NAME_SYLLABLES:
            n -= 1  # "ဝင်းမြင့်ထွန်းရဲ့": the particle after the name
        lead = 1 if n >= 3 and syl[0] in ("ကို", "ဒေါ်", "ဦး") else 0  # an honorific (Ko, Daw, U)
        name = syl[lead:n]
        n -= lead
        if (n >= 2 and all(x in _MY_NAME_SYLLABLES for x in name)
                and any(x not in _MY_WEAK for x in name)):  # fmt: skip
            start = m.start() + len("".join(syl[:lead]))
            out.append((start, start + len("".join(name)), "U", "en_US", True, None))
    return out


# --- Khmer: a listed surname, a space, then the given name -----------------------------------
_KM_RUN = re.compile(r"[\u1780-\u17d3]+")
# Common Khmer family names, written first ("ហេង សុភា", Heng Sophea); not those that are
# also frequent words of a caption ("ជា" is, "មាស" gold, "កែវ" glass, "ខៀវ" blue, "រស់" live)
_KM_SURNAMES = _words(
    "សុខ ចាន់ ហេង គង់ ឈិន ពៅ លឹម លី សំ សេង ហ៊ុន ញឹម អ៊ុក ប្រាក់ ម៉ៅ យឹម តាន់ ងិន ផាន ពេជ្រ នួន "
    "ឡុង ថាច់ គីម ឆាយ ហង់ ទូច ជុំ ស៊ុន សារ វង្ស អ៊ិន អ៊ុន ស៊ិន ម៉ែន ទេព អ៊ុយ ឈុន ប៉ែន អ៊ុំ សួន ព្រំ "
    "ពិន អ៊ឹម ធី ចេង តេង ហួត ជិន សាន ឃុន"
)
_KM_GIVEN_LEN = (2, 12)
# what is no given name after a surname: another surname, or a word that makes a phrase with a
# surname-like word ("សុខ សប្បាយ", well and happy)
_KM_NO_GIVEN = _KM_SURNAMES | _words("សប្បាយ ទុក្ខ ភាព ចិត្ត")
# Surnames that are also frequent words ("ជា", is; "មាស", gold): a surname only first, where the
# two words stand alone in an English caption ("Monk ជា សុវណ្ណ at …").
_KM_WORD_SURNAMES = _words("ជា មាស កែវ ខៀវ រស់")
# Surnames a given name may come before in an English caption ("dancer សុធារី ម៉ែន, …"): not
# those that close a phrase as a noun ("… ប្រាក់", money; "… ពេជ្រ", diamond); "គឹម" spells Kim.
_KM_SURNAMES_AFTER = (_KM_SURNAMES - _words("ប្រាក់ ពេជ្រ")) | _words("គឹម")


def _khmer_names(text: str) -> list[tuple]:
    out = []
    runs = list(_KM_RUN.finditer(text))
    for a, b in zip(runs, runs[1:]):
        if text[a.end() : b.start()] != " ":
            continue
        x, y = a.group(), b.group()
        if (x in _KM_SURNAMES and _KM_GIVEN_LEN[0] <= len(y) <= _KM_GIVEN_LEN[1]
                and y not in _KM_NO_GIVEN) or alone_in_latin(text, a.start(), b.end()) and (
                # "Monk ជា សុវណ្ណ at …": a word-surname first; "dancer សុធារី ម៉ែន, …": Khmer
                # names in English captions often put the given name first
                (x in _KM_WORD_SURNAMES and 2 <= len(y) <= 9 and y not in _KM_NO_GIVEN) or (
                    y in _KM_SURNAMES_AFTER and 2 <= len(x) <= 9
                    and x not in _KM_NO_GIVEN and x not in _KM_WORD_SURNAMES)):  # fmt: skip
            out.append((a.start(), b.end(), "U", "en_US", True, None))
    return out




# --- Tibetan and Dzongkha: two given-name parts ---------------------------------------------
# Tibetan and Bhutanese people go by two given names, each from a small stock ("ཀུན་བཟང་ཆོས་སྒྲོན",
# Kunzang Chödrön; "བསྟན་འཛིན་ནོར་བུ", Tenzin Norbu), written as one phrase of syllables joined by
# the tsheg (or as two phrases). Two parts open the phrase and end it (or a particle or the
# honorific ལགས follows); "བཀྲ་ཤིས་བདེ་ལེགས" (Tashi Delek, a greeting) has one part only.
_BO_PHRASE = re.compile(r"[\u0f40-\u0fbc](?:[\u0f40-\u0fbc]|\u0f0b(?=[\u0f40-\u0fbc]))*")
_BO_PARTS = frozenset(tuple(p.split("་")) for p in _words(
    "བཀྲ་ཤིས བསྟན་འཛིན ཚེ་རིང སྒྲོལ་མ ཆོས་སྒྲོན ཀུན་བཟང ལྷ་མོ ནོར་བུ རྡོ་རྗེ རྡོ་རྗི བསོད་ནམས སོ་ནམ "
    "ཡེ་ཤེས དབང་ཕྱུག དབང་མོ ཉི་མ ཟླ་བ པ་སངས ལྷག་པ བདེ་སྐྱིད རྒྱལ་མཚན ཕུན་ཚོགས བློ་བཟང སྐལ་བཟང "
    "སྐལ་ལྡན བྱམས་པ འཇམ་དབྱངས ཐུབ་བསྟན ཚེ་དབང སྒྲོལ་དཀར དཔལ་མོ དབྱངས་ཅན ཆོས་འཕེལ མིག་དམར སྤེན་པ "
    "ཕུར་བུ པདྨ པད་མ ཀརྨ འཇིགས་མེད ཨོ་རྒྱན ཀུན་ལེགས བདེ་ཆེན ཆོས་ལྡན རྣམ་རྒྱལ གཡང་འཛོམས དགེ་ལེགས "
    "ལྷ་སྒྲོན རིན་ཆེན ཚེ་བརྟན དོན་གྲུབ དངོས་གྲུབ བསམ་གྲུབ ལྷུན་གྲུབ མཁའ་འགྲོ དཀོན་མཆོག འཕྲིན་ལས "
    "བསྟན་པ ཆོས་དབྱིངས ཡིད་སྒྲོན ཚེ་སྐྱིད ཚེ་དཔལ ཚེ་རིང་དབང་མོ སངས་མོ ཆོས་ཀྱི་སྒྲོན་མ ཀེལ་བཟང"
))
# A case particle or the honorific after a name ("… ལགས", "… གིས", by; "… ལ", to; "… དང", and).
_BO_AFTER = frozenset(("ལགས", "གིས", "གྱིས", "ཀྱིས", "ཡིས", "གི", "གྱི", "ཀྱི", "ཡི", "ལ", "དང", "ནས"))


def _bo_part(syl: list[str], i: int) -> int:
    """Length in syllables of a given-name part at ``syl[i]`` (0: none), the longest first."""
    return next((n for n in (4, 3, 2, 1) if i + n <= len(syl) and tuple(syl[i : i + n]) in _BO_PARTS),
                0)  # fmt: skip


def _tibetan_names(text: str) -> list[tuple]:
    out = []
    phrases = list(_BO_PHRASE.finditer(text))
    for k, m in enumerate(phrases):
        syl = m.group().split("་")
        a = _bo_part(syl, 0)
        if not a:
            continue
        b = _bo_part(syl, a)
        if b and (a + b == len(syl) or syl[a + b] in _BO_AFTER):
            end = m.start() + len("་".join(syl[: a + b]))
            out.append((m.start(), end, "U", "en_US", True, None))
        elif a == len(syl) and k + 1 < len(phrases) and (
                text[m.end() : phrases[k + 1].start()] in (" ", "་ ")):  # two phrases
            nxt = phrases[k + 1].group().split("་")
            if (b := _bo_part(nxt, 0)) and (b == len(nxt) or nxt[b] in _BO_AFTER):
                end = phrases[k + 1].start() + len("་".join(nxt[:b]))
                out.append((m.start(), end, "U", "en_US", True, None))
    return out


# --- Lao, Khmer, Burmese: a name after an honorific ----------------------------------------
_SEA_GATE = re.compile(r"[\u0e81-\u0edf\u1000-\u109f\u1780-\u17d3]")
_LAO, _KHMER, _MYANMAR = r"[\u0e81-\u0edf]", r"[\u1780-\u17d3]", r"[\u1000-\u109f]"
# Lao ທ້າວ (Mr), ນາງ (Mrs, Ms), ທ່ານ (sir); Khmer លោក (Mr), លោកស្រី (Mrs), អ្នកស្រី (Ms), កញ្ញា
# (Miss): a separate word, then one or two words of the name in the same script ("ທ້າວ ສົມພອນ",
# "លោក សុខ ចាន់ថា"). Burmese ဒေါ် (Daw) and ကို (Ko) are written attached to the name
# ("ဒေါ်ခင်မြင့်"); not ဒေါ်လာ (dollar) or ကိုယ် (self).
_SEA_HONORIFIC = re.compile(
    rf"(?<!{_LAO})(?:ທ້າວ|ນາງ|ທ່ານ) ({_LAO}{{2,}}(?: {_LAO}{{3,}})?)(?!{_LAO})"
    rf"|(?<!{_KHMER})(?:លោកស្រី|អ្នកស្រី|កញ្ញា|លោក) ({_KHMER}{{2,}}(?: {_KHMER}{{3,}})?)(?!{_KHMER})"
    rf"|(?<!{_MYANMAR})(?:ဒေါ်(?!လာ)|ကို(?!ယ်))({_MYANMAR}{{3,}})"
)


def _honorific_names(text: str) -> list[tuple]:
    out = []
    for m in _SEA_HONORIFIC.finditer(text):
        g = next(k for k in (1, 2, 3) if m.group(k))
        out.append((m.start(g), m.end(g), "U", "en_US", True, None))
    return out


# --- Arabic, Hebrew and other spaced, uncased scripts --------------------------------------
# Particles inside Arabic names ("طارق بن سالم"); Hebrew letters written attached as prefixes
# ("ל" to, "ו" and, "ה" the …: "לתמר אברהם").
_AR_PARTICLES = frozenset(("بن", "بنت", "ابن", "أبو", "ابو"))
# How frequent (wordfreq, Arabic) a word that is only weakly a given name ("وقت", time) must be
# to be read as the word before a noun with the article (an Arabic construct: "وقت الفجر").
_AR_WORD = 1e-4
_HE_PREFIXES = "ולבהמשכ"
# Urdu's possessive particles after the owner's name ("… کا ٹرک", …'s truck).
_UR_POSSESSIVE = frozenset((" کا", " کی", " کے"))


# Nouns that open the name of a place or institution in Arabic, Persian and Hebrew, where the
# noun comes first: "مسجد محمد علي" (Muhammad Ali Mosque), "خیابان علی اکبر", "כיכר יצחק רבין".
# Faker fa_IR's street words (خیابان, میدان, کوچه …) plus these:
_UNCASED_PLACE = _words(
    """مسجد جامع شارع جامعة مطار ميدان حديقة برج قصر مدرسة مستشفى فندق مركز متحف سوق جسر مكتبة
    ملعب مقهى مطعم كنيسة دوار حي طريق ضريح مقام
    دانشگاه آرامگاه پارک بیمارستان مدرسه فرودگاه بازار موزه کتابخانه ورزشگاه امامزاده حرم
    רחוב שדרות שד כיכר קפה מסעדת אוניברסיטת גן פארק מוזיאון קניון ישיבת מגדל נמל שכונת"""
)


# Greetings and festivals of Arabic and Persian captions: a day or feast, then a wish ("عيد
# ميلاد سعيد", happy birthday; "رمضان كريم"; "صباح الخير"; "نوروز مبارک"; "یلدا مبارک"). Many of these words
# are also given names (Saeed, Karim, Sabah, Milad), so only the pair of a head and a head or a
# wish is no name.
_GREETING_HEAD = _words("عيد ميلاد رمضان جمعة صباح مساء نوروز تولد تولدت يوم ليلة عید یلدا سالگرد מזל")
_GREETING_WISH = _words("سعيد سعيدة مبارك مباركة مبارک كريم الخير النور مجيد فطر أضحى اضحى پیروز "
                        "باشه باشد טוב")
# Congratulations that are also given names (Mabrouk, Mubarak; Hindi "मुबारक", "बधाई"): before a
# given name and a surname ("ألف مبروك هبة الزعبي", "जन्मदिन मुबारक प्रिया शर्मा") or a wish ("مبارک
# باشه", may it be blessed) they open no name.
CONGRATS = _words("مبروك مبروک مبارك مبارک مباركة تبريك تبریک मुबारक मुबारक़ बधाई बधाईयां বধাই")
# Nouns that open the name of a match or a contest in Arabic sports captions ("قمة الدوري", the
# league's top match; "نهائي الكأس", the cup final; "ديربي العاصمة"): names-dataset lists some as
# given names.
_AR_CONTEST = _words("قمة مباراة مباراه نهائي نصف ربع دور كأس كاس بطولة دوري ديربي كلاسيكو لقاء موقعة "
                     "مواجهة جولة ذهاب إياب اياب")
# Days of the week (Arabic without the article, Persian, Urdu, Hebrew) and times of day: "عصر
# جمعه" (Friday afternoon), "صبح شنبه", "جمعه شب", "ערב שבת". Several are also given names
# (Asr, Jumah, Sabah, Shanbeh …), but a weekday with a time of day or another weekday is a time.
_WEEKDAYS = _words(
    """سبت أحد احد اثنين إثنين ثلاثاء أربعاء اربعاء خميس جمعة جمعه
    شنبه یکشنبه دوشنبه سه‌شنبه سهشنبه چهارشنبه پنجشنبه پنج‌شنبه آدینه
    اتوار پیر منگل بدھ جمعرات جمعہ ہفتہ سنیچر
    שבת ראשון שני שלישי רביעי חמישי שישי"""
)
_DAY_PARTS = _words(
    """صباح صبح مساء ظهر عصر ليلة ليل فجر ضحى غروب شب بامداد سحر شام دوپہر رات
    בוקר צהריים ערב לילה"""
)


# Seasons (Arabic, Persian, Urdu, Hebrew): "غروب بهار" (a spring sunset) is a time too, though
# Bahar and Rabie are given names.
_SEASONS = _words("ربيع الربيع صيف الصيف خريف الخريف شتاء الشتاء بهار تابستان پاییز زمستان "
                  "گرما سرما אביב קיץ סתיו חורף")


# Number words of Urdu and Persian up to twelve: a time of day and an hour ("شام چار بجے", four
# in the evening; "صبح سات بجے") is a time, though Sham and Char are listed as names.
_HOURS = _words("""ایک دو تین چار پانچ چھ چھے سات آٹھ نو دس گیارہ بارہ ڈیڑھ ڈھائی ساڑھے
    یک سه چهار پنج شش هفت هشت نه ده یازده دوازده""")


def _day_time(a: str, b: str) -> bool:
    """Two words naming a time: a weekday with a time of day or another weekday, a time of day
    with a season or an hour."""
    return (a in _DAY_PARTS and b in _HOURS) or (a in _WEEKDAYS and (b in _DAY_PARTS or b in _WEEKDAYS)) or (
        a in _DAY_PARTS and (b in _WEEKDAYS or b in _SEASONS)) or (a in _SEASONS and b in _DAY_PARTS)


@cache
def _uncased_place_nouns() -> frozenset[str]:
    prov = importlib.import_module("faker.providers.address.fa_IR").Provider
    return _UNCASED_PLACE | frozenset(w for w in prov.street_suffixes if " " not in w)


# Iran's large cities (Faker fa_IR holds its provinces, not its cities): a pair whose second word
# is one closes a landmark's name ("کاخ گلستان تهران", Golestan Palace, Tehran).
_FA_CITIES = _words("""تهران مشهد اصفهان کرج شیراز تبریز قم اهواز کرمانشاه ارومیه رشت زاهدان
    کرمان همدان یزد اردبیل بندرعباس اراک زنجان قزوین سنندج خرم‌آباد گرگان ساری کاشان بوشهر""")


@cache
def _uncased_cities() -> frozenset[str]:
    """Single-word cities and provinces of Iran and Israel in their own scripts."""
    fa = importlib.import_module("faker.providers.address.fa_IR").Provider
    he = importlib.import_module("faker.providers.address.he_IL").Provider
    return _FA_CITIES | frozenset(w for w in (*fa.states, *he.city_names) if " " not in w)


def _place_before(text: str, start: int, a: str) -> bool:
    """The pair at ``start`` (first word ``a``) names a place: ``a`` is a place noun, or one
    stands right before it (a Hebrew one may carry a prefix letter: "ברחוב")."""
    nouns = _uncased_place_nouns()
    before = text[:start].split()
    prev = before[-1] if before else ""
    return a in nouns or prev in nouns or (
        prev[:1] in _HE_PREFIXES and prev[1:] in nouns and script_of(prev) == "HEBREW")


# Arabic prepositions and adverbs of place and time (a closed class): names-dataset lists many
# of them as names ("في", "من", "بعد"), but "بعد المغرب" (after sunset) and "زحمة على" (traffic
# on …) name no one. "على" (on) is also how Egyptian captions spell Ali ("محمد على"): a name only
# after a strong given name, or before a strong name without the article that is no place
# noun ("على طريق", on the road). ("خلف", behind, is the name Khalaf and stays out.)
_AR_PREPOSITIONS = _words(
    """في من إلى الى على عن مع بعد قبل عند حول بين تحت فوق أمام امام وراء ضد منذ حتى دون بدون
    لدى نحو عبر خلال قرب قرابة داخل خارج بجانب بجوار جنب ضمن حسب مثل إزاء ازاء لدن
    حين أثناء اثناء عقب إثر اثر طوال طيلة تجاه بعيدا قريبا
    لك لكم لكن لكما لنا له لها لهم لكل عليك عليكم علينا معك معكم معنا بكم منكم إليك إليكم اليكم
    لله بالله"""
)  # … and with a pronoun or God's name attached: "مبارك لكم" (congratulations to you), "سعيد
# لكل …", "الحمد لله على السلامة" (praise God for your safe return)
_AR_ON = "على"
# How frequent (wordfreq) a noun with the article after a word must be to make the pair a
# construct of two nouns ("غروب الشمس", sunset; "شاطئ البحر", the seashore; "جمال الطبيعة"):
# surnames with the article are rarer as words ("الحداد", "الخطيب": 1e-5 … 2e-5).
_AR_CONSTRUCT = 4e-5
# The nouns of compound given names ("نور الدين", "عبد الله", "عبد الرحمن"): frequent, yet names.
_AR_COMPOUND_END = _words("الدين الله الرحمن الرحيم الحق الإسلام الاسلام")


def _ar_construct(b: str, t) -> bool:
    """``b`` is a frequent noun with the article, no nisba ("المصري", the Egyptian) nor an
    Arab man's given name with the article ("الحسن", al-Hasan): the second noun of a construct,
    not a surname ("الشمس", the sun, is the name Shams only as names-dataset lists it)."""
    if not b.startswith("ال") or b in _AR_COMPOUND_END or b.endswith(("ي", "ية")):
        return False
    f = t.first_name(b[2:])
    return word_freqs("ar").get(b, 0.0) >= _AR_CONSTRUCT and (
        f is None or f[2] != 2 or f[0] != "M" or f[1][:3] != "ar_")


def _preposition_pair(a: str, b: str, fa: tuple, t) -> bool:
    """The pair ``a b`` holds an Arabic preposition that is no name there (see above)."""
    if a == _AR_ON:
        lb = t.last_name(b) or t.first_name(b)
        return b.startswith("ال") or lb is None or lb[-1] != 2 or b in _uncased_place_nouns()
    if b == _AR_ON:
        return fa[2] != 2 or a in _AR_PREPOSITIONS
    return a in _AR_PREPOSITIONS or b in _AR_PREPOSITIONS


# Uyghur's Arabic alphabet writes every vowel, so a name spells out letter by letter (Latin
# Uyghur's letters: "ئايگۈل تۇرسۇن" → aygul tursun); ئ only carries a vowel. Letters that
# Arabic, Persian and Urdu do not write mark the language.
_UG_LETTERS = {"ئ": "", "ا": "a", "ە": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch",
               "خ": "x", "د": "d", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh",
               "ف": "f", "ق": "q", "ك": "k", "گ": "g", "ڭ": "ng", "ل": "l", "م": "m", "ن": "n",
               "ھ": "h", "و": "o", "ۇ": "u", "ۆ": "o", "ۈ": "u", "ۋ": "w", "ې": "e", "ى": "i",
               "ي": "y"}  # fmt: skip
_UG_MARK = frozenset("ەۈۇۆۋېىڭ")
# … and function words, kin words and a few nouns that spell like names ("ئانا تىل", mother
# tongue: "ana" and "til" are names of the tables)
_UG_FUNCTION = _words("""ۋە بىلەن ئۇنىڭ ئۇ بۇ مېنىڭ بىزنىڭ ھەم ئۈچۈن دېگەن ئانا ئاتا ئاپا دادا ئاكا
    ئۇكا ئاچا سىڭىل بالا قىز ئوغۇل بوۋا موما تىل يىل كۈن ئاي تاغ""")


def uyghur_romanizations(word: str) -> list[str]:
    """Latin spellings of a Uyghur word: Latin Uyghur's, and with "k", "kh", "v" for "q", "x",
    "w" as other languages spell the same names ("قادىر" → qadir, kadir); none if a letter is no
    Uyghur one."""
    if any(c not in _UG_LETTERS for c in word):
        return []
    r = "".join(_UG_LETTERS[c] for c in word)
    return list(dict.fromkeys((r, r.replace("q", "k").replace("x", "kh").replace("w", "v"))))


def _uyghur_pair(a: str, b: str, t) -> tuple | None:
    """A Uyghur given name and surname (or father's name): romanized, a given name of the tables
    and a listed name, one of them strong, no spelling a word ("ۋە", and, spells "ve")."""
    if a in _UG_FUNCTION or b in _UG_FUNCTION or not (_UG_MARK & set(a + b)):
        return None
    ras, rbs = uyghur_romanizations(a), uyghur_romanizations(b)
    if not ras or not rbs or any(t.is_word(r) for r in (*ras, *rbs)):
        return None
    fa = next((f for r in ras if (f := t.first_name(r)) is not None), None)
    lb = next((x for r in rbs if (x := t.last_name(r) or t.first_name(r)) is not None), None)
    if fa is None or lb is None or (fa[2] != 2 and lb[-1] != 2):
        return None
    return fa


# How rare (wordfreq, Urdu) an unlisted given name and its strong surname must be before a
# possessive: "ثمینہ" (3.6e-6) and "قریشی" (6e-5) are; "مٹھائی" (sweets, 8e-6) and "ملک"
# (country, Malik) are not.
_UR_RARE_GIVEN, _UR_RARE_SURNAME = 5e-6, 1e-4
_UR_GIVEN_WORD = 2e-4  # a strong given name this frequent is a word first ("شادی", wedding)


def _ur_owner(a: str, b: str, t) -> bool:
    """An unlisted Urdu given name and a strong surname of the tables, before a possessive:
    both words rare in Urdu."""
    lb = t.last_name(b)
    f = word_freqs("ur")
    return (lb is not None and lb[-1] == 2 and script_of(a) == "ARABIC" and not a.startswith("ال")
            and f.get(a, 0.0) < _UR_RARE_GIVEN and f.get(b, 0.0) < _UR_RARE_SURNAME)  # fmt: skip


# Titles written before a name in Persian, Arabic and Urdu (Mr, Mrs, Dr, engineer, master,
# pilgrim …): never the given name itself ("آقای رضا کریمی" is Reza Karimi).
_AR_TITLES = _words("""آقای آقا خانم دکتر مهندس استاد حاج حاجی سرکار جناب
    السيد السيدة الأستاذ الاستاذ الأستاذة الدكتور الدكتورة المهندس المهندسة الحاج الحاجة الشيخ
    سيد سيدة أستاذ استاذ دكتور مهندس شيخ صاحب صاحبہ محترم محترمہ بیگم""")


# Arabic titles with the article, and role and kin nouns that Arabic captions put before a
# given name alone ("الحاجة فاطمة", Hajja Fatima; "العم كريم", uncle Karim; "الفنانة أحلام";
# "خالتي سلمى", my aunt Salma): a strong given name follows, a listed surname may.
_AR_FRAME = frozenset(w for w in _AR_TITLES if w.startswith("ال")) | _words(
    """العم الخال الخالة العمة الجد الجدة الفنان الفنانة المطرب المطربة الشيف المدرب الكابتن
    المعلم المعلمة عمي عمتي خالي خالتي جدي جدتي""")
# "very": after it the word is a predicate adjective ("جدي سعيد جدا", my grandfather is very
# happy), not a name.
_AR_VERY = _words("جدا جداً جدًا كثيرا كثيراً")
# Persian and Urdu words after a name that are no surname (in, with, from, to, and; the Urdu
# possessives and case markers).
_AFTER_TITLED_NAME = _words("در با از به را و که این آن برای کی کے کا نے میں سے کو اور")


# Hebrew surnames compounded with the maqaf ("בן־דוד", Ben-David; "בר־לב"; "אבן־שושן"): the
# tokens split at it, and the head ("son of") is two letters.
_MAQAF = "\u05be"
_HE_COMPOUND_HEADS = _words("בן בר אבן בת")


def _he_compound(b: str, c: str, t) -> bool:
    """``b``־``c`` is a Hebrew compound surname: a patronymic head, or a listed surname after a
    word no Hebrew text uses often ("טל־אור"; not "בית־ספר", school)."""
    return script_of(c) == "HEBREW" and (b in _HE_COMPOUND_HEADS or (
        t.last_name(c) is not None and word_freqs("he").get(b, 0.0) < 1e-5))


# Kin and friend words with a possessive, and "my" (Arabic -ي, Persian -م, Urdu میری …), which
# names-dataset lists as names ("دوستم", Dostum; "بنتي"): before a name they open no pair
# ("با دوستم بهار رضایی", with my friend Bahar Rezaei; "ابني كريم …", my son Karim).
_UNCASED_KIN = _words(
    """ابني ابنتي بنتي ولدي صديقي صديقتي اخي أخي اختي أختي امي أمي ابي أبي جدي جدتي زوجي زوجتي
    خالي خالتي عمي عمتي حبيبي حبيبتي حفيدي حفيدتي
    دوستم پسرم دخترم برادرم خواهرم مادرم پدرم همسرم شوهرم مادربزرگم پدربزرگم عزیزم
    میری میرا میرے ہماری ہمارا ہمارے دوست بیٹا بیٹی بھائی بہن امی ابو دادی نانی بیوی شوہر"""
)


def uncased_pairs(text: str, toks: list[tuple[int, int, str]]) -> list[tuple]:
    """Two listed names in a row in a spaced, uncased script (Arabic, Hebrew …), at least one of
    them a strong name; an Arabic given name takes no article ("الملك سعود", King Saud, is a
    title and a name). A Hebrew prefix letter attached to the given name stays outside the span;
    an Arabic particle joins a third name ("طارق بن سالم")."""
    t = name_tables()
    out = []
    for k, ((s1, e1, a), (s2, e2, b)) in enumerate(zip(toks, toks[1:])):
        if text[e1:s2] != " " or min(len(a), len(b)) < 2:
            continue
        if a in _AR_FRAME or a in _UNCASED_KIN:  # "الحاجة فاطمة تبيع …", "با دوستم بهار رضایی"
            nxt = toks[k + 2][2] if k + 2 < len(toks) else ""
            if len(b) > 2 and not b.startswith("ال") and b not in _UNCASED_KIN and (
                    nxt not in _AR_VERY) and (fb := t.first_name(b)) is not None and fb[2] == 2:  # fmt: skip
                c = toks[k + 2] if k + 2 < len(toks) and text[e2 : toks[k + 2][0]] == " " else None
                end = c[1] if c and len(c[2]) > 2 and c[2] not in _AR_PREPOSITIONS and (
                    c[2] not in _AFTER_TITLED_NAME and script_of(c[2]) == script_of(b)
                    and (t.last_name(c[2]) or t.first_name(c[2]))) else e2  # fmt: skip
                out.append((s2, end, fb[0], fb[1], True, None))
            continue
        if a.startswith("ال") or b in _UNCASED_KIN or b in _AFTER_TITLED_NAME:
            continue
        if a[0] in _UG_LETTERS and (ug := _uyghur_pair(a, b, t)) is not None:
            out.append((s1, e2, ug[0], ug[1], True, None))  # "ئايگۈل تۇرسۇن"
            continue
        if a in _AR_TITLES:  # "آقای بهرام نیکپور": the name follows the title, its surname
            if (fb := t.first_name(b)) is not None and len(b) > 2:  # may be one no list holds
                c = toks[k + 2] if k + 2 < len(toks) and text[e2 : toks[k + 2][0]] == " " else None
                end = c[1] if c and len(c[2]) > 2 and c[2] not in _AR_PREPOSITIONS and (
                    c[2] not in _AFTER_TITLED_NAME and script_of(c[2]) == script_of(b)) else e2  # fmt: skip
                out.append((s2, end, fb[0], fb[1], True, None))
            continue
        if a in CONGRATS and (b in _GREETING_WISH or (
                k + 2 < len(toks) and not b.startswith("ال") and t.first_name(b)
                and (c := toks[k + 2][2]) not in _AR_PREPOSITIONS and (t.last_name(c) or t.first_name(c)))):  # fmt: skip
            continue  # "مبروك هبة الزعبي": the name follows the wish
        if b in _ET_PLACE_NOUN or b in _TITLED_STOP or b in _uncased_cities() or a in _AR_CONTEST or _place_before(text, s1, a) or (a in _GREETING_HEAD and (
                b in _GREETING_HEAD or b in _GREETING_WISH)) or _day_time(a, b):  # fmt: skip
            continue
        fa = t.first_name(a)
        if (fa is None and a[0] in _HE_PREFIXES and len(a) > 3 and script_of(a) == "HEBREW"
                and word_freqs("he").get(a, 0.0) < 1e-5):  # "מחנה" (camp) is a word: no "חנה"
            fa = t.first_name(a[1:])
            if fa is not None and fa[2] == 2:
                s1 += 1  # "לתמר": the name starts after the prefix letter
            else:
                fa = None
        if fa is None and a.endswith("\u06c1"):  # Urdu's final heh ("شازیہ") is Persian's ه
            fa = t.first_name(a[:-1] + "\u0647")
        if fa is None and len(a) > 3 and text[e2 : e2 + 3] in _UR_POSSESSIVE and _ur_owner(a, b, t):
            out.append((s1, e2, "U", "en_US", True, None))  # "ثمینہ قریشی کی مہندی"
            continue
        if fa is None or len(a) < 3 or _preposition_pair(a, b, fa, t):
            continue
        if fa[2] != 2 and b.startswith("ال") and word_freqs("ar").get(a, 0.0) >= _AR_WORD:
            continue  # a frequent word, then a noun with the article: "وقت الفجر" (dawn time)
        if _ar_construct(b, t):
            continue  # "غروب الشمس" (sunset), "منظر البحر" (the sea view)
        if b in _AR_PARTICLES and k + 2 < len(toks) and text[e2 : toks[k + 2][0]] == " ":
            c = toks[k + 2][2]
            if t.first_name(c) or t.last_name(c):
                out.append((s1, toks[k + 2][1], fa[0], fa[1], True, None))
            continue
        if fa[2] == 2 and text[e2 : e2 + 1] == _MAQAF and k + 2 < len(toks) and (
                toks[k + 2][0] == e2 + 1 and _he_compound(b, toks[k + 2][2], t)):  # fmt: skip
            out.append((s1, toks[k + 2][1], fa[0], fa[1], True, None))  # "יעל בן־דוד"
            continue
        if len(b) < 3 and not (fa[2] == 2 and text[e2 : e2 + 3] in _UR_POSSESSIVE):
            continue  # a two-letter surname ("سلمان بٹ کا …") only before a possessive
        if fa[2] == 2 and text[e2 : e2 + 3] in _UR_POSSESSIVE and script_of(b) == "ARABIC" and (
                word_freqs("ur").get(b, 0.0) < _UR_RARE_SURNAME
                and word_freqs("ur").get(a, 0.0) < _UR_GIVEN_WORD):  # fmt: skip
            out.append((s1, e2, fa[0], fa[1], True, None))  # "عائشہ منہاس کی …": an unlisted surname
            continue
        lb = t.last_name(b) or t.first_name(b)
        if lb and (fa[2] == 2 or lb[-1] == 2):
            out.append((s1, e2, fa[0], fa[1], True, None))
    if _HE_WISH_GATE.search(text):
        out += _hebrew_prefixed_names(text, toks, t)
    return out


# Hebrew writes "to" (ל) and "and" (ו) onto the word: after a wish or thanks a lone given name
# comes prefixed ("מזל טוב לנועה ואיתמר", congratulations to Noa and Itamar; "תודה לגיא"). The
# name is a strong given name of the tables and no frequent word ("לאור", in light of).
_HE_WISH_GATE = re.compile(r"(?:טוב|שמח|שמחה|תודה|ברכות|בהצלחה|הכבוד|נשיקות|אוהבים) ל")
_HE_WISH = _words("טוב שמח שמחה תודה ברכות בהצלחה הכבוד נשיקות אוהבים")
_HE_NAME_WORD = 1e-4


def _he_given(w: str, t) -> bool:
    fa = t.first_name(w)
    return fa is not None and fa[2] == 2 and len(w) > 1 and word_freqs("he").get(w, 0.0) < _HE_NAME_WORD


def _hebrew_prefixed_names(text: str, toks: list[tuple[int, int, str]], t) -> list[tuple]:
    out = []
    named = False  # the token before was a name found here
    for k, (s, e, w) in enumerate(toks):
        spaced = k > 0 and text[toks[k - 1][1] : s] == " "
        if spaced and w[:1] == "ל" and toks[k - 1][2] in _HE_WISH and _he_given(w[1:], t):
            out.append((s + 1, e, "U", "he_IL", True, None))
            named = True
            continue
        if named and spaced and w[:1] == "ו":
            x = w[2:] if w[1:2] == "ל" and not _he_given(w[1:], t) else w[1:]
            if _he_given(x, t):  # "… ואיתמר", "… ולגיא": the second person
                out.append((e - len(x), e, "U", "he_IL", True, None))
                continue
        named = False
    return out


# Street and landmark nouns of spaced, uncased scripts. Arabic and Hebrew put them before the
# name a place is named after ("مسجد محمد علي", Muhammad Ali Mosque; "برج خليفة"; "רחוב הרצל"),
# Hindi and Nepali after it ("गांधी मैदान", Gandhi Maidan; "कुतुब मीनार"; "नेहरू मार्ग"): a
# name there names the place. Faker's street words of those locales plus landmark nouns.
_LANDMARK_BEFORE = _words(
    """مسجد جامع ميدان ساحة برج قصر حديقة جسر مطار متحف سوق فندق مقهى جامعة مدرسة مستشفى
    ملعب قلعة ضريح كورنيش شاطئ محطة مركز مجمع
    רחוב כיכר שדרות קפה מלון גן פארק מוזיאון אצטדיון נמל מגדל קניון גשר שוק"""
)
_LANDMARK_AFTER = _words(
    """मैदान मार्ग रोड चौक नगर स्टेडियम मंदिर भवन पार्क मीनार महल घाट सेतु स्टेशन अस्पताल
    विश्वविद्यालय मस्जिद किला चौराहा झील बाजार बाज़ार स्मारक कॉलेज संग्रहालय द्वार"""
)


@cache
def _landmark_words() -> tuple[frozenset[str], frozenset[str]]:
    from faker.providers.address.ar_DZ import Provider as ArDZ
    from faker.providers.address.ne_NP import Provider as NeNP

    return (_LANDMARK_BEFORE | frozenset(ArDZ.street_prefixes),
            _LANDMARK_AFTER | frozenset(NeNP.street_suffixes))  # fmt: skip


# A photo credit of an Arabic, Persian or Urdu caption ("تصوير: …", "عدسة …", "عکس: …"), then a
# given name and a surname that the tables may hold only weakly ("تصوير: هالة الدمنهوري").
AR_CREDIT = re.compile(r"(?:تصوير|بعدسة|عدسة|تصویر|عکس|عکاس|فوٹو|تصاویر)\s*[:：]?\s*"
                        r"([\u0621-\u064a\u0671-\u06d3]{3,}) ([\u0621-\u064a\u0671-\u06d3]{2,})")


def arabic_credit(text: str) -> bool:
    """A cheap gate for ``AR_CREDIT``: the stem of one of its credit words is in ``text``."""
    return ("تص" in text or "عدس" in text or "عک" in text or "فوٹو" in text) and (
        AR_CREDIT.search(text) is not None)


def arabic_credit_names(text: str) -> list[tuple]:
    """A listed given name (no article) and a listed name after an Arabic-script photo credit."""
    t = name_tables()
    out = []
    for m in AR_CREDIT.finditer(text):
        a, b = m.groups()
        fa = t.first_name(a)
        if fa is not None and not a.startswith("ال") and (t.last_name(b) or t.first_name(b)):
            out.append((m.start(1), m.end(2), fa[0], fa[1], True, None))
    return out


def arabic_construct(text: str, start: int, end: int) -> bool:
    """A two-word span in Arabic script whose second word is a frequent noun with the article:
    a construct of two nouns ("شروق الشمس", sunrise), whichever rule proposed it."""
    words = text[start:end].split()
    return len(words) == 2 and script_of(words[1]) == "ARABIC" and _ar_construct(words[1], name_tables())


def landmark_name(text: str, start: int, end: int) -> bool:
    """A name span in an uncased script that names a street or landmark: a street or landmark
    noun before it (an Arabic title between) or opening it (Arabic, Hebrew), or closing it (Devanagari: "कुतुब मीनार";
    not one after it, where a person is at a place: "डॉ. सुनीता भटनागर अस्पताल में")."""
    before, after = _landmark_words()
    words = text[start:end].split()
    prev = text[:start].split()[-2:]
    if prev and prev[-1].startswith("ال"):  # a title between: "شارع الملك فيصل", "مسجد الشيخ زايد"
        prev = prev[:-1]
    return words[0] in before or words[-1] in after or (bool(prev) and prev[-1] in before)


# Titles written after a surname (王先生, 渡辺先生) or before a name (श्रीमती कमला देवी): never
# a given name themselves.
ZH_TITLES = _words("先生 女士 小姐 老师 同学 师傅 医生 教授 经理 阿姨 叔叔 大夫 律师 总裁")
INDIC_TITLES = _words("श्री श्रीमती सुश्री डॉ कुमारी स्वर्गीय पंडित श्रीमान")


# --- Chinese ----------------------------------------------------------------------------
# Characters that stand right before a name in Chinese captions ("和王伟", "给赵晨阳", "恭喜…").
_CJK_LEFT = frozenset("和与跟陪给祝喜贺谢让叫请向对把被由替为同见约找等是"
                      "與給賀謝讓請對為見")  # … and traditional forms ("與何俊霖")
COMITATIVE = frozenset("和与跟同陪與")  # "with": a person follows, "一起" (together) after
# A one-character surname, then a title ("鲍老师", teacher Bao; "谭先生"; "祝龚阿姨…"), at the
# start of a phrase or after a character that stands before a name ("和", "给", "谢" …).
_ZH_TITLE_WORD = re.compile("老师|老師|先生|女士|小姐|师傅|師傅|医生|醫生|教授|阿姨|叔叔|大夫|律师|律師|经理|經理")
_ZH_TITLED = re.compile(r"(?<![\u3400-\u9fff])([\u3400-\u9fff])"
                        r"(?=老师|老師|先生|女士|小姐|师傅|師傅|医生|醫生|教授|阿姨|叔叔|大夫|律师|律師|经理|經理)")
_ZH_TITLED_LEFT = re.compile(r"[和与跟陪给祝喜贺谢让叫请对把被由替为同见约找等是與給賀謝讓請對為見]"
                             r"([\u3400-\u9fff])(?=老师|老師|先生|女士|小姐|师傅|師傅|医生|醫生|教授|阿姨|叔叔|大夫|律师|律師)")


def zh_titled_surnames(text: str) -> list[tuple]:
    """A one-character Chinese surname the tables hold strongly, before a title: "鲍老师",
    "谢谢谭先生"; not a character that is itself a word before a name ("向老师致敬", to the
    teacher) nor a Japanese caption's noun."""
    if _JA_KANA.search(text):
        return []
    t = name_tables()
    out = []
    for rx in (_ZH_TITLED, _ZH_TITLED_LEFT):
        for m in rx.finditer(text):
            ch = m.group(1)
            if ch not in _CJK_LEFT and t.last_name(ch) == ("zh_CN", 2):
                out.append((m.start(1), m.end(1), "U", "zh_CN", False, None))
    return out


# Characters that end the name of a plant, a dish or a place ("金银花", honeysuckle; "文心兰", an
# orchid; "胡同里", in the alley): a given name no list holds does not end so.
_HAN_THING_END = frozenset("花兰草树果茶糕饼酒面饭汤菜里上下边内外门路街桥山河湖江海园馆楼塔寺庙站店")
# Monuments named after the person before them: statue, stele, grave, residence, shrine, tomb.
_HAN_MONUMENT = frozenset("像碑墓邸祠廟庙陵")
_HAN_COMMON_GIVEN = 400  # how many of the most frequent given-name characters count
_HAN_CHINESE_GIVEN = 800  # … and of the given names the tables hold as Chinese


@cache
def _han_given_chars() -> frozenset[str]:
    """The characters most frequent in the two-character Han given names of the tables, and
    in those of them listed as Chinese (names-dataset's Han names are half Japanese and half
    traditional: the Chinese count ranks the simplified "瑶", "书", "溪" of mainland names)."""
    t = name_tables()
    chars: Counter[str] = Counter()
    chinese: Counter[str] = Counter()
    for k in t.first:
        if len(k) == 2 and script_of(k) == "CJK":
            chars.update(k)
            if (f := t.first_name(k)) is not None and f[1][:3] == "zh_":
                chinese.update(k)
    return frozenset(c for c, _ in chars.most_common(_HAN_COMMON_GIVEN)) | frozenset(
        c for c, _ in chinese.most_common(_HAN_CHINESE_GIVEN))


def _straddle(word: float) -> float:
    """How frequent a word straddling a name's edge may be, given the frequency of the word it
    would cut into: rare (< 1e-7), or a hundredth of that word ("欧阳子健一起": "健一", a
    Japanese name, is far rarer than "一起", together)."""
    return max(1e-7, word / 100)


# A person's event written right after the name: "…新婚快樂" (happy wedding), "…生日快乐",
# "…喜結良緣", "…毕业" (graduation).
ZH_EVENT_AFTER = ("新婚", "结婚", "結婚", "生日", "订婚", "訂婚", "婚礼", "婚禮", "喜结", "喜結", "毕业",
                  "畢業", "百年好合", "白头偕老", "白頭偕老")  # fmt: skip


def cjk_name_at(run: str, i: int, lasts: frozenset[str], after: frozenset[str]) -> int:
    """Length of a surname + two-character given name at ``run[i]`` (0: none), where the Latin
    rules' fixed cues (``after``: 在, 和, 的 …) are not there. The words around it must split
    cleanly (no frequent word straddles either edge); then the given name is a strong listed Han
    name (names-dataset) before a frequent word or character ("恭喜黄嘉欣硕士毕业",
    "给赵晨阳过生日"), or a listed one, or two characters frequent in given names, before a
    fixed cue or the run's end ("林书瑶和妈妈"). The name and its given part are no frequent
    word."""
    t = name_tables()
    zh = word_freqs("zh")
    for ln in (2, 1):
        end = i + ln + 2
        if run[i : i + ln] not in lasts or end > len(run) or (i and run[i] in COMITATIVE):
            continue  # (mid-run, "和"/"与" is "and": "玫瑰和月季", roses and Chinese roses)
        given = run[i + ln : end]
        if given in ZH_TITLES or zh.get(given, 0.0) >= 5e-6 or zh.get(run[i:end], 0.0) >= 5e-6:
            continue
        before = zh.get(run[max(0, i - 2) : i], 0.0)
        left = i == 0 or run[i - 1] in _CJK_LEFT or (
            zh.get(run[i - 1 : i + 1], 0.0) < _straddle(before) and before >= 1e-6)
        # … or "together" in the comitative frame: "和郑晓岚一起", "跟 … 一起" (with … together)
        strict = end == len(run) or run[end] in after or run.startswith(ZH_EVENT_AFTER, end) or (
            run[end : end + 2] == "一起" and i > 0 and run[i - 1] in COMITATIVE)
        if end < len(run) and run[end] in _HAN_MONUMENT:
            continue  # "坂本龍馬像" (Sakamoto Ryōma's statue): a monument, as "a bust of …"
        nxt = zh.get(run[end : end + 2], 0.0)
        right = strict or (zh.get(run[end - 1 : end + 1], 0.0) < _straddle(nxt) and (
            nxt >= 1e-6 or zh.get(run[end], 0.0) >= 1e-4))
        if not (left and right):
            continue
        fi = t.first_name(given)
        listed = fi is not None and fi[1][:3] in ("zh_", "ja_")
        common = set(given) <= _han_given_chars()  # (a weak listed name of common characters)
        if (listed and (strict or fi[2] == 2 or common)) or (
                strict and common and given[-1] not in _HAN_THING_END):
            return ln + 2
    return 0


# --- Indic scripts ------------------------------------------------------------------------
@cache
def indic_place_nouns() -> frozenset[str]:
    """Nouns after the name of a place or institution named after someone (Hindi/Nepali put
    them last: "लाल बहादुर शास्त्री स्टेडियम", "महात्मा गांधी मार्ग"): Faker ne_NP's street words
    (मार्ग, पथ, रोड …) plus these; not the places people go to ("सुनीता जोशी स्कूल गई", Sunita
    Joshi went to school)."""
    prov = importlib.import_module("faker.providers.address.ne_NP").Provider
    return frozenset(prov.street_suffixes) | _TITLED_PLACE | _words(
        "स्टेडियम चौक विश्वविद्यालय महाविद्यालय भवन नगर हवाई स्टेशन मेट्रो सेतु संग्रहालय")

# Letters anyascii writes too plainly for name lookups, by their Unicode name in every Indic
# block: the palatal stop is "ch" ("c" in anyascii), both sibilants "sh" (Sinhala names them
# TAALUJA/MUURDHAJA SAYANNA), the vocalic r a vowel ("ऋचा", "ఋషి": Richa, Rushi; held as "ṛ").
_INDIC_LETTER_FIX = {"CA": "ch", "ALPAPRAANA CAYANNA": "ch", "SHA": "sh", "SSA": "sh",
                     "TAALUJA SAYANNA": "sh", "MUURDHAJA SAYANNA": "sh", "VOCALIC R": "\u1e5b",
                     "IRUYANNA": "\u1e5b"}  # fmt: skip
_INDIC_VOWELS = frozenset(("A", "AA", "I", "II", "U", "UU", "E", "EE", "AI", "O", "OO", "AU",
                           "VOCALIC R", "VOCALIC L", "CANDRA E", "CANDRA O", "SHORT E",
                           "SHORT O"))  # fmt: skip
_ANUSVARA = frozenset("\u0902\u0982\u0a02\u0a70\u0a82\u0b02\u0b82\u0c02\u0c82\u0d02\u0d82")  # + tippi
# The nukta marks a Perso-Arabic sound on the letter before it: s → sh (ਸ਼), j → z, ph → f, g → gh.
_NUKTA = frozenset("\u093c\u09bc\u0a3c\u0abc\u0b3c")
_NUKTA_SOUND = {"s": "sh", "j": "z", "ph": "f", "g": "gh"}
_NASAL = _ANUSVARA | frozenset("\u0901\u0903\u0981\u0983")  # + candrabindu, visarga
_ADDAK = "\u0a71"  # Gurmukhi: the next consonant is doubled ("ਗਿੱਲ": Gill)
# Sounds that Latin spellings of South Asian names write two ways, held as one placeholder
# while romanizing: a long ī or ū inside a word ("ee"/"oo": Harpreet, Poonam), the dental t
# ("th" in South Indian and Sinhala spellings: Haritha, Tharindu), the vocalic r ("ri" in Hindi,
# "ru" in Marathi, Gujarati and the South: Rutuja, Hrushikesh).
# And an anusvara before h, "n" or "ng" ("सिंह": Sinha, Singh; held as "ṅ"), a v after a
# consonant, "v" or "w" (held as "ŵ").
_SPELL_PLAIN = {"\u012b": "i", "\u016b": "u", "\u0167": "t", "\u1e5b": "ri", "\u1e45": "n",
                "\u0175": "v", "\u1e3b": "l"}  # fmt: skip
_SPELL_OTHER = {"\u012b": "ee", "\u016b": "oo", "\u0167": "th", "\u1e5b": "ru", "\u1e45": "ng",
                "\u0175": "w", "\u1e3b": "zh"}  # fmt: skip  (Tamil ழ: "l" or "zh", "Arulmozhi")
# The virama (and Sinhala's al-lakuna) of each Indic block: the consonant before it has no vowel.
_VIRAMA = frozenset("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca")


@cache
def _indic_letter(ch: str) -> tuple[str, str]:
    """(kind, romanization) of an Indic letter or sign: kind is "C" (a consonant with an
    inherent vowel), "K" (a consonant without one: a Malayalam chillu), "II"/"UU" (a long
    vowel, sign or letter) or "" (anything else)."""
    name = unicodedata.name(ch, "")
    rest = name.split(" LETTER ", 1)[1] if " LETTER " in name else ""
    sign = name.split(" VOWEL SIGN ", 1)[1] if " VOWEL SIGN " in name else ""
    rom = _INDIC_LETTER_FIX.get(rest) or _INDIC_LETTER_FIX.get(sign) or anyascii(ch).lower()
    if rest.startswith("CHILLU ") or rest == "KHANDA TA":
        return "K", rom
    if rest in ("TA", "ALPAPRAANA TAYANNA"):
        return "C", "\u0167"
    if rest in ("II", "IIYANNA") or sign in ("II", "DIGA IS-PILLA"):
        return "II", rom
    if rest in ("UU", "UUYANNA") or sign in ("UU", "DIGA PAA-PILLA"):
        return "UU", rom
    if rest and rest not in _INDIC_VOWELS and rest not in _SI_VOWELS:
        return "C", rom
    return "", rom


# Sinhala's independent vowels (their letter names end in -YANNA like the consonants').
_SI_VOWELS = frozenset(("AYANNA", "AAYANNA", "AEYANNA", "AEEYANNA", "IYANNA", "IIYANNA", "UYANNA",
                        "UUYANNA", "IRUYANNA", "IRUUYANNA", "ILUYANNA", "ILUUYANNA", "EYANNA",
                        "EEYANNA", "AIYANNA", "OYANNA", "OOYANNA", "AUYANNA"))  # fmt: skip


def _consonant(ch: str) -> bool:
    return _indic_letter(ch)[0] == "C"


def _spell_out(form: str) -> list[str]:
    """A romanized form with placeholders: the plain spelling first, then each placeholder's
    other spelling alone, then all of them together ("harprīŧ" → harprit, harpreet …)."""
    kinds = [c for c in _SPELL_PLAIN if c in form]
    plain = form.translate(str.maketrans(_SPELL_PLAIN))
    out = [plain]
    for c in kinds:
        out.append(form.replace(c, _SPELL_OTHER[c]).translate(str.maketrans(_SPELL_PLAIN)))
    if len(kinds) > 1:
        out.append(form.translate(str.maketrans(_SPELL_OTHER)))
    return out


@lru_cache(maxsize=8192)
def romanizations(word: str, limit: int = 4) -> list[str]:
    """Romanizations of an Indic word for name lookups, most literal first: ``anyascii`` per
    letter, "n"/"m" for an anusvara, and the inherent vowel "a" after a consonant that no sign
    follows — kept, or dropped as Hindi speech drops it inside words (up to ``limit`` of them),
    and once more with a final "a" ("अंकित" → "ankit", "भटनागर" → "bhatanagar", "bhatnagar",
    "आदित्य" → "adity", "aditya"); each also with the other Latin spellings of long vowels,
    the dental t and the vocalic r ("ਹਰਪ੍ਰੀਤ" → harprit, harpreet).

    >>> romanizations("भटनागर")[:2]
    ['bhatanagar', 'bhatnagar']
    """
    tamil = script_of(word) == "TAMIL"  # Tamil's own spelling rules below handle its t
    parts: list[str] = []
    optional: list[int] = []
    double = False
    for k, ch in enumerate(word):
        nxt = word[k + 1] if k + 1 < len(word) else ""
        if ch in _ANUSVARA:
            nxt_rom = anyascii(nxt)[:1] if nxt else ""
            parts.append("m" if nxt_rom in ("p", "b", "m") else "\u1e45" if nxt_rom == "h" else "n")
            continue
        if ch == _ADDAK:
            double = True
            continue
        if ch in _NUKTA:
            if parts:
                parts[-1] = _NUKTA_SOUND.get(parts[-1], parts[-1])
            if nxt and (nxt in _NASAL or not unicodedata.category(nxt).startswith("M")):
                if k > 1:  # the first syllable keeps its vowel
                    optional.append(len(parts))
                parts.append("a")
            continue
        kind, rom = _indic_letter(ch)
        if tamil and rom in ("\u0167", "ch"):
            rom = "t" if rom == "\u0167" else anyascii(ch)  # Tamil's spellings below: t, c
        elif tamil and ch == "\u0bb4":
            rom = "\u1e3b"
        elif rom == "v" and k > 1 and word[k - 1] in _VIRAMA:
            rom = "\u0175"  # "v" or "w" after a consonant: "श्वेता" (Shweta), "ಪ್ರಜ್ವಲ್" (Prajwal)
        if kind in ("II", "UU") and k + 1 < len(word):
            rom = "\u012b" if kind == "II" else "\u016b"
        if double and kind in ("C", "K"):
            rom = rom[:1] + rom
            double = False
        parts.append(rom)
        if nxt and kind == "C" and (nxt in _NASAL or not unicodedata.category(nxt).startswith("M")):
            if k:  # the first syllable keeps its vowel
                optional.append(len(parts))
            parts.append("a")
    forms = ["".join(parts)]
    for drop in range(1, min(len(optional), limit) + 1):  # drop the k-th inherent vowel
        cut = list(parts)
        cut[optional[drop - 1]] = ""
        forms.append("".join(cut))
    if len(optional) > 1:
        forms.append("".join(p for k, p in enumerate(parts) if k not in optional[1:]))
    forms += [r + "a" for r in forms if not r.endswith("a")]
    out = [v for f in forms for v in _spell_out(f)]
    out += [v for r in out if (v := _indic_spelling(r)) != r]
    if tamil:
        out += [v for r in out for v in _tamil_spellings(r)]
        out += [v for r in out if (v := _tamil_latin(r)) != r]
    elif script_of(word) == "BENGALI":
        out += [v for r in out for v in _bengali_spellings(r)]
    elif script_of(word) == "SINHALA":
        out += [v for r in out if (v := _sinhala_spelling(r)) != r]
    elif script_of(word) == "MALAYALAM":
        out += [v for r in out if (v := _malayalam_spelling(r)) != r]
    return list(dict.fromkeys(out))


# How Malayalam spells the Christian names of Kerala in Latin letters: a final "-yu" as "-ew"
# ("മാത്യു": Mathew), "-aph" as "-eph" ("ജോസഫ്": Joseph), "y" before a vowel after a consonant
# as "i" ("കുര്യൻ": Kurian), "kk" as "ck" ("ചാക്കോ": Chacko); and the surnames of Kerala's
# families: "-kar" as "-ker", "mp" as "mb" ("പണിക്കർ": Panicker; "നമ്പ്യാർ": Nambiar).
_ML_SPELLINGS = ((re.compile("yu$"), "ew"), (re.compile("aph$"), "eph"),
                 (re.compile("(?<=[^aeiouy])y(?=[aeiou])"), "i"), (re.compile("kar$"), "ker"),
                 (re.compile("kk"), "ck"), (re.compile("mp"), "mb"))  # fmt: skip


def _malayalam_spelling(r: str) -> str:
    for pat, repl in _ML_SPELLINGS:
        r = pat.sub(repl, r)
    return r


# How names of every Indic script are spelled in Latin letters: an opening "shr" (श्र, ശ്ര …) as
# "sr" ("ശ്രീലക്ഷ്മി": Sreelakshmi; "శ్రీకాంత్": Srikanth), a final "-indar" as "-inder"
# ("ਜਸਵਿੰਦਰ": Jaswinder; "सुरिंदर": Surinder), the conjunct ज्ञ (jñ) as "gn" ("જીજ્ઞેશ": Jignesh).
_INDIC_SPELLINGS = ((re.compile("^shr"), "sr"), (re.compile("indar$"), "inder"), (re.compile("jn"), "gn"))


def _indic_spelling(r: str) -> str:
    for rx, rep in _INDIC_SPELLINGS:
        r = rx.sub(rep, r)
    return r


# How Bengali names are spelled in Latin letters: ফ is "f" ("rafikul"), ভ "v" ("parvin",
# "tanvir"), an opening ইয়া "ya" ("yasmin") in names of Perso-Arabic origin; ৌ "ou" ("moushumi").
_BN_SPELLINGS = ((re.compile("ph"), "f"), (re.compile("bh"), "v"), (re.compile("^iy"), "y"),
                 (re.compile("au"), "ou"))  # fmt: skip


def _bengali_spellings(r: str) -> list[str]:
    """The Perso-Arabic spelling above, and শ/ষ written "s" as in most Bengali surnames and
    given names ("দাশগুপ্ত": Dasgupta; "বিশ্বাস": Biswas)."""
    out = r
    for rx, rep in _BN_SPELLINGS:
        out = rx.sub(rep, out)
    return [v for v in (out, r.replace("sh", "s")) if v != r]


# How Sinhala names are spelled in Latin letters: ව is "w" ("wijesinghe"), a final inherent
# vowel "e" ("රත්නායක": Ratnayake; "සිංහ": singhe).
_SI_SPELLINGS = ((re.compile("v"), "w"), (re.compile("a$"), "e"))


def _sinhala_spelling(r: str) -> str:
    for rx, rep in _SI_SPELLINGS:
        r = rx.sub(rep, r)
    return r


# How Tamil names are spelled in Latin letters where anyascii writes the letter plainly (Tamil
# has one letter for k/g, t/d/th, p/b, s/ch): "c" (ச) is "s" or "ch", "cc" one "s"
# ("kalaiccelvi" → "kalaiselvi"), "tt" is "th", "t" is "d" between vowels or "th", "nt" is "nd",
# an opening "k" may be "g", "p" after a vowel "b", and the vowel written to break a cluster
# before "r" goes ("piriya" → "priya"), and the Sanskrit vocalic r written "iru" after a
# consonant ("kirushnan" → "krishnan", "piruthvi" → "prithvi").
_TA_SPELLINGS = ((r"(?<=[kgpbtdhmv])iru", "ri"), (r"cc", "s"), (r"c", "s"), (r"c", "ch"), (r"tt", "th"), (r"(?<=[aeiou])t(?![th])", "d"),
                 (r"(?<!t)t(?![th])", "th"), (r"nt", "nd"), (r"^k", "g"), (r"(?<=[aeiou])p", "b"),
                 (r"(?<=[kgpbtdh])ir", "r"), (r"(?<=[aeiou])k(?=[aeiou])", "g"), (r"^p", "b"))  # fmt: skip
_TA_MAX = 48  # spellings tried per word


def _tamil_spellings(r: str) -> list[str]:
    """Latin spellings of a romanized Tamil word, the rules combined ("karttik" → "karthik",
    "kanecan" → "ganesan", "piriya" → "priya", "rajentiran" → "rajendran")."""
    out = [r]
    for pat, repl in _TA_SPELLINGS:
        out += [v for w in out if (v := re.sub(pat, repl, w)) != w]
        out = list(dict.fromkeys(out))[:_TA_MAX]
    return out[1:]


# How Tamil names are written in Latin letters beyond the letter rules: a final "-ami" as "-amy"
# ("palanisami" → "palanisamy"), "-iyam" as "-iam" ("subramaniam"), ங்க "nk" as "ng"
# ("ramalingam"), the "i" written before an opening ர dropped ("iramesh" → "ramesh"), an opening
# ச as "sh" ("shanmugam"), ற்ற "rr" as "tr" ("vetrivel"), "p" after a nasal and "pp" before "r"
# as "b" ("anbu", "subramaniam"), ட்ச "tc" as the Sanskrit "ksh" ("லட்சுமி": Lakshmi,
# "meenakshi"); all at once, on each spelling.
_TA_LATIN = tuple((re.compile(p), r) for p, r in (
    ("ami$", "amy"), ("iya(?=m$)", "ia"), ("nk", "ng"), ("^ir(?=a)", "r"), ("^c", "sh"),
    ("rr", "tr"), ("(?<=[mn])p", "b"), ("pp(?=r)", "b"), ("tc", "ksh"), ("kshu(?=m)", "ksh")))  # fmt: skip


def _tamil_latin(r: str) -> str:
    for rx, rep in _TA_LATIN:
        r = rx.sub(rep, r)
    return r


# --- Thai ----------------------------------------------------------------------------------
_THAI_RUN = re.compile(r"[\u0e01-\u0e3a\u0e40-\u0e4e]+")
# Honorifics written attached to the given name ("คุณสมชาย", "นางสาวพิมพ์ชนก").
_THAI_HONORIFIC = re.compile(r"^(?:คุณ|นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.)")
# Kin words used as honorifics, attached to the given name ("ป้าสมพร", aunt Somporn; "ลุง…",
# "พี่…", "น้า…", "ยาย…"; "ครู…", teacher): a name only with a surname after it; not "ป้าย" (a
# sign), "พี่ชาย" (elder brother), "น้องสาว", "ครูใหญ่" (headmaster).
_THAI_KIN = re.compile(r"^(?:ป้า(?!ย)|ลุง|พี่|น้า|ยาย|ปู่|ย่า|น้อง|ครู(?!ใหญ่))(?!ชาย|สาว|ๆ)")
# Particles, prepositions and classifiers that open a clause, never a name.
_THAI_CLAUSE = re.compile(
    r"^(?:ที่|กับ|และ|ของ|ใน|จาก|ได้|เป็น|ให้|ครับ|ค่ะ|คะ|นะ|แล้ว|ไป|มา|จะ|ก็|ยัง|ซึ่ง|ว่า|เมื่อ|ตอน|"
    r"หลัง|ก่อน|วัน|งาน|ร้าน|วัด|ตลาด|บ้าน|ทะเล|เกาะ|ถนน|กับ|พร้อม|กำลัง|อยู่|ไม่|มี|คือ|เพื่อ|โดย|"
    r"สำหรับ|ถึง|จน|ระหว่าง|เกษียณ)"
)
# Runs that end in a preposition or a greeting introduce a name ("ขอบคุณ", "ภาพโดย", "งานบวชของ").
_THAI_CUE_END = re.compile(r"(?:คุณ|ของ|กับ|โดย|แด่|ถึง|ด้วย|เกิด|ยินดี)$")
# A Thai run of these lengths can be a given name or a surname.
_THAI_LEN = (2, 16)
THAI_PAIR_MIN = 0.4  # summed name-likeness of given name + surname (tuned on dev half A)
THAI_GIVEN_MIN = -0.5  # a given name after an honorific that opens like a clause word
THAI_CUED_PAIR_MIN = -0.3  # given name + surname right after a cue word ("ของ ", "ขอบคุณ ")
THAI_SURNAME_MIN = -0.3  # an unlisted surname is not word-like ("เจ้าของร้านกาแฟ", shop owner)


@cache
def _thai_model() -> tuple[Counter, Counter, int, int, int]:
    """Character 2/3-gram counts of Thai names (every Thai-script entry of the name tables) and
    of Thai words (Faker th_TH's word list, places, jobs and colours)."""
    t = name_tables()
    names = {k for trie in (t.first, t.last) for k in trie if script_of(k) == "THAI"}
    words: set[str] = set()
    for mod, attrs in (("lorem", ("word_list",)), ("job", ("jobs",)), ("color", ("safe_colors",)),
                       ("address", ("amphoes", "cities", "countries", "provinces", "tambons"))):
        try:
            prov = importlib.import_module(f"faker.providers.{mod}.th_TH").Provider
        except ImportError:  # pragma: no cover - depends on the Faker version
            continue
        for a in attrs:
            words.update(w for w in getattr(prov, a, ()) if " " not in w)
    words -= names
    n_c, w_c = Counter(), Counter()
    for n in names:
        n_c.update(_grams(n))
    for w in words:
        w_c.update(_grams(w))
    return n_c, w_c, sum(n_c.values()), sum(w_c.values()), len(n_c.keys() | w_c.keys())


def thai_likeness(word: str) -> float:
    """Mean log-odds of ``word``'s character 2/3-grams: Thai name (> 0) or Thai word (< 0).

    >>> thai_likeness("ศรีสุวรรณ") > 0 > thai_likeness("ตลาดน้ำ")
    True
    """
    n_c, w_c, ns, ws, v = _thai_model()
    grams = _grams(word)
    return sum(math.log((n_c[g] + 1) / (ns + v)) - math.log((w_c[g] + 1) / (ws + v))
               for g in grams) / len(grams)  # fmt: skip


def _thai_pair(a: str, b: str, listed: bool, t) -> bool:
    """Given name ``a`` and surname ``b``: a listed surname, or one that is not word-like after
    a listed given name or name-like enough together with it."""
    if t.last_name(b):
        return True
    lb = thai_likeness(b)
    return lb > THAI_SURNAME_MIN and (listed or thai_likeness(a) + lb > THAI_PAIR_MIN)


def _thai_pair_at(text: str, runs: list, k: int, t) -> bool:
    a, b = runs[k][2], runs[k + 1][2]
    return (text[runs[k][1] : runs[k + 1][0]] == " " and not _THAI_CLAUSE.match(b)
            and _THAI_LEN[0] < len(b) <= _THAI_LEN[1]
            and _thai_pair(a, b, t.first_name(a) is not None, t))  # fmt: skip


# Prepositions a name may be written glued after ("ร้านของสมชาย", Somchai's shop).
_THAI_GLUE = re.compile(r"(?:ของ|กับ|แด่|โดย)")


def _thai_glued_name(text: str, runs: list, i: int, t) -> tuple | None:
    """A run that ends in a preposition + a listed Thai given name, then a surname run: the name
    glued after "of", "with", "to", "by" ("ร้านก๋วยเตี๋ยวของสมชาย ทองดี")."""
    s1, _, a = runs[i]
    if "ของ" not in a and "กับ" not in a and "แด่" not in a and "โดย" not in a:
        return None
    cut = max((m.end() for m in _THAI_GLUE.finditer(a)), default=0)
    rest = a[cut:]
    if not cut or not _THAI_LEN[0] < len(rest) <= _THAI_LEN[1] or i + 1 >= len(runs):
        return None
    fa = t.first_name(rest)
    listed = fa is not None and script_of(rest) == "THAI"
    if not listed:  # an unlisted word after "of" is mostly a word ("ร้านของฉัน", my shop)
        return None
    if not _thai_pair_at_given(text, runs, i, rest, listed, t):
        return None
    return (s1 + cut, runs[i + 1][1], fa[0] if listed else "U", "th_TH", True, None)


def _thai_pair_at_given(text: str, runs: list, i: int, given: str, listed: bool, t) -> bool:
    b = runs[i + 1][2]
    return (text[runs[i][1] : runs[i + 1][0]] == " " and not _THAI_CLAUSE.match(b)
            and _THAI_LEN[0] < len(b) <= _THAI_LEN[1] and _thai_pair(given, b, listed, t))  # fmt: skip


def _thai_names(text: str) -> list[tuple]:
    t = name_tables()
    runs = [(m.start(), m.end(), m.group()) for m in _THAI_RUN.finditer(text)]
    out, i = [], 0
    while i < len(runs):
        s1, e1, a = runs[i]
        hon = _THAI_HONORIFIC.match(a)
        if hon and len(a) - hon.end() >= 3:
            s1, a = s1 + hon.end(), a[hon.end() :]
        elif i and text[runs[i - 1][1] : s1] == " " and _THAI_HONORIFIC.fullmatch(runs[i - 1][2]):
            hon = True  # "คุณ สมชาย"
        # after a cue word and a space ("ร้านส้มตำของ สมหญิง ใจดี", Somying Jaidee's papaya-salad
        # shop): a given name + surname pair, name-like enough together, even if unlisted
        cued = not hon and i > 0 and text[runs[i - 1][1] : s1] == " " and (
            _THAI_CUE_END.search(runs[i - 1][2]) is not None)
        kin = None if hon else _THAI_KIN.match(a)
        if kin and len(a) - kin.end() >= 3 and i + 1 < len(runs) and text[e1 : runs[i + 1][0]] == " ":
            s1, a, cued = s1 + kin.end(), a[kin.end() :], True  # "ป้าสมพร ใจดี": a surname follows
        else:
            kin = None
        glued = None if hon or i + 1 >= len(runs) else _thai_glued_name(text, runs, i, t)
        if glued:  # "ร้านก๋วยเตี๋ยวของสมชาย ทองดี": a listed given name glued after "of"
            out.append(glued)
            i += 2
            continue
        # a given name written after its honorific may open like a clause word ("คุณมาลี":
        # "มา", come); it counts only with a surname ("คุณมาจากไหน", where are you from: no)
        clause = bool(_THAI_CLAUSE.match(a))
        if (clause and not (hon and hon is not True and len(a) >= 4)) or not (
                _THAI_LEN[0] <= len(a) <= _THAI_LEN[1]):  # fmt: skip
            i += 1
            continue
        fa = t.first_name(a)
        listed = fa is not None and script_of(a) == "THAI"
        if not (listed or hon or cued or thai_likeness(a) > 0) or _THAI_CUE_END.search(a):
            i += 1  # "ภาพโดย" (photo by), "ขอบคุณ" (thank you) start no name
            continue
        nxt = runs[i + 1] if i + 1 < len(runs) and text[e1 : runs[i + 1][0]] == " " else None
        b = nxt[2] if nxt else ""
        surname = bool(b) and not _THAI_CLAUSE.match(b) and _THAI_LEN[0] < len(b) <= _THAI_LEN[1]
        if clause:  # no verb chain ("จะมา", will come) and a surname that is name-like
            rest = a[_THAI_CLAUSE.match(a).end() :]
            if (surname and len(rest) >= 2 and not _THAI_CLAUSE.match(rest)
                    and thai_likeness(a) > THAI_GIVEN_MIN and thai_likeness(b) > 0):  # fmt: skip
                out.append((s1, nxt[1], fa[0] if listed else "U", "th_TH", True, None))
                i += 1
            i += 1
            continue
        if surname and not hon and not kin and not listed and i + 2 < len(runs) and _thai_pair_at(
                text, runs, i + 1, t) and thai_likeness(b) > thai_likeness(a):  # fmt: skip
            i += 1  # the next two runs are the better name: the whole name or nothing
            continue
        if surname and (_thai_pair(a, b, listed, t) or (
                cued and "ๆ" not in b and thai_likeness(b) > THAI_SURNAME_MIN
                and thai_likeness(a) + thai_likeness(b) > THAI_CUED_PAIR_MIN)):  # fmt: skip
            g = fa[0] if listed else "U"
            out.append((s1, nxt[1], g, "th_TH", True, None))
            i += 2
            continue
        if hon and (listed or thai_likeness(a) > 0):
            out.append((s1, e1, fa[0] if listed else "U", "th_TH", True, None))
        i += 1
    return out


# --- Hangul --------------------------------------------------------------------------------
_HANGUL_WORD = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{3,5}(?![\uac00-\ud7a3])")
# What may follow a name inside its word: particles, honorifics, "이" after a consonant.
_HANGUL_TAIL = re.compile(
    r"(?:이랑|랑|이가|이는|이를|이의|이와|이도|이네|이한테|한테|에게|께서|"
    r"(?:님|씨)(?:이|은|을|과|와|도|께서|께|의|에게|한테|이랑|랑|가|는|를)?|"
    r"이|가|은|는|을|를|의|와|과|도|아|야|네)?$"
)
# Tails that only follow a person: honorifics and the companion/recipient particles.
_HANGUL_PERSON_TAIL = frozenset(("님", "씨", "이랑", "랑", "님의", "씨의", "에게", "한테", "께서", "이한테"))
_HANGUL_COMMON_SYLLABLES = 250  # how many of the most frequent given-name syllables count


# Korean surnames Faker's short list lacks (the census's next hundred: 변, 채, 천, 방 …); they
# count only before an honorific or a person's particle ("변재희 님의", "채민서씨").
_KO_MORE_SURNAMES = frozenset(
    "변표채천방공현함염여추도소석선설마길연위명기반왕금옥육인맹제모탁국어편용예경봉태피목형계두감빈동온호범좌팽승"
)


# A person's life event after the name ("편지율 돌잔치", first-birthday party; "… 정년퇴임식").
_KO_PERSON_EVENT = re.compile(
    r" (?:돌잔치|첫돌|백일|생일|생신|결혼식|약혼식|졸업식|입학식|환갑|칠순|팔순|구순|"
    r"퇴임식|정년퇴임식|장례식|세례식)")  # fmt: skip


# A Hangul or kanji word standing alone among the Latin words of a caption ("seller 표윤서 at
# her stall", "wedding of 육지훈 and …", "tea with 山本 美咲 in …"): a name written in its own
# script inside an English caption.
_LATIN_BEFORE = re.compile(r"(?:^|[A-Za-z][A-Za-z'’]*[,:]? |[(\"“—–-] ?)$")
_LATIN_AFTER = re.compile(r"(?:$|[,.;:!?)\"”]|,? [A-Za-z]| [—–-] )")
_LATIN_WORD = re.compile(r"[A-Za-z]{3}")


def alone_in_latin(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` (Hangul, kanji …) stands between Latin words (or a caption's
    edge and punctuation), in a caption with a Latin word of three letters or more."""
    return (_LATIN_BEFORE.search(text, max(0, start - 24), start) is not None
            and _LATIN_AFTER.match(text, end) is not None and _LATIN_WORD.search(text) is not None)


def _hangul_person_cue(text: str, m: re.Match) -> bool:
    """The Hangul word ``m`` ends in a person's tail or an honorific and a particle ("석도윤님이"),
    or is followed by an honorific, a title word ("탁미경 선생님") or a person's life event
    ("편지율 돌잔치"), or stands alone in an English caption ("seller 표윤서 at …")."""
    w = m.group()
    if len(w) > 3:
        return w[3:] in _HANGUL_PERSON_TAIL or w[3] in "님씨"
    return bool(_KO_TITLE_WORD.match(text, m.end()) or _KO_PERSON_EVENT.match(text, m.end())
                or alone_in_latin(text, m.start(), m.end()))


@cache
def _hangul_tables() -> tuple[frozenset[str], frozenset[str]]:
    """Surname syllables (Faker ko_KR's surnames) and the syllables most frequent in the Hangul
    given names of the tables (names-dataset + Faker)."""
    t = name_tables()
    ko = t.lists.get("ko_KR", {})
    lasts = frozenset(n for n in ko.get("L", ()) if len(n) == 1)
    syl: Counter[str] = Counter()
    for k in t.first:
        if len(k) == 2 and script_of(k) == "HANGUL":
            syl.update(k)
    common = frozenset(s for s, _ in syl.most_common(_HANGUL_COMMON_SYLLABLES))
    return lasts, common


# Korean two-syllable surnames (Namgung, Seonu, Jegal, Hwangbo, Dokgo, Sagong, Seomun …): with a
# two-syllable given name before an honorific or a title word ("남궁현주 선생님의").
_KO_COMPOUND_SURNAMES = _words("남궁 선우 제갈 황보 독고 사공 서문 동방 어금 망절 공손 장곡")
_KO_TITLE_WORD = re.compile(
    r" (?:님|씨|선생님|교수님|교수|작가님|작가|선수|감독님|감독|원장님|사장님|대표님|기자|박사님|박사|"
    r"여사님|여사|선배님|선배|후배|언니|오빠|누나|형님)"
    r"(?:의|이|과|께서|께|은|을|도|가|와|는|를)?(?![\uac00-\ud7a3])")  # fmt: skip


def _hangul_compound(text: str, m: re.Match, t, common: frozenset[str]) -> tuple | None:
    """A two-syllable surname + a two-syllable given name, cued by a person's tail or a title."""
    w = m.group()
    if len(w) < 4 or w[:2] not in _KO_COMPOUND_SURNAMES:
        return None
    given, tail = w[2:4], w[4:]
    if not (tail in _HANGUL_PERSON_TAIL or tail[:1] in ("님", "씨") or (not tail and (
            _KO_TITLE_WORD.match(text, m.end()) or alone_in_latin(text, m.start(), m.end())))):
        return None
    if t.first_name(given) is None and not (given[0] in common and given[1] in common):
        return None
    return (m.start(), m.start() + 4, "U", "ko_KR", True, "joined")


# Syllables that end the name of a temple, a palace or a station ("조계사", "경희궁", "서울역"):
# a given name no list holds does not end so.
_KO_PLACE_END = frozenset("사궁역")


def _hangul_names(text: str) -> list[tuple]:
    t = name_tables()
    lasts, common = _hangul_tables()
    freqs = word_freqs("ko")
    out = []
    for m in _HANGUL_WORD.finditer(text):
        w = m.group()
        if w[:2] in _KO_COMPOUND_SURNAMES and (hit := _hangul_compound(text, m, t, common)):
            out.append(hit)
            continue
        if w[0] not in lasts and not (w[0] in _KO_MORE_SURNAMES and _hangul_person_cue(text, m)):
            continue
        if freqs.get(w, 0.0) >= 1e-6 or korean_place_after(text, m.end()):
            continue
        if w[-1] in "님씨" and freqs.get(w[:-1], 0.0) >= 1e-5:
            continue  # a frequent noun + an honorific: "선생님" (teacher), "사장님"
        tail = _HANGUL_TAIL.search(w, 3)
        if tail is None or tail.start() != 3:
            continue
        given = w[1:3]
        fi = t.first_name(given)
        if fi is None and len(w) > 3 and w[3:] not in _HANGUL_PERSON_TAIL:
            continue  # "하회마을": a one-syllable particle after unlisted syllables is no proof
        if freqs.get(w[:3], 0.0) >= 1e-6 or freqs.get(given, 0.0) >= 1e-4:
            continue  # "박물관", "신세계": words; "세계" (world) is no given name
        if len(w) == 3 and _frequent_stem(w, freqs):
            continue  # "오후의 햇살", "주말의": a frequent noun + a particle, no surname + name
        if fi is None and (given[1] in _KO_PLACE_END or freqs.get(w[:2], 0.0) >= 1e-4):
            continue  # "조계사" (a temple), "우리집" ("우리", we, is a word: our house)
        if fi is not None or (given[0] in common and given[1] in common):
            g = fi[0] if fi else "U"
            out.append((m.start(), m.start() + 3, g, "ko_KR", True, "joined"))
    return out


# One-syllable particles that may close a three-syllable Hangul word ("오후의", afternoon's):
# the genitive 의, which almost no given name ends in, and the other case particles.
_HANGUL_PARTICLE_1 = frozenset("의가은는을를와과도이")
_KO_STEM_GEN, _KO_STEM = 1e-5, 1e-4  # how frequent the noun before 의 / another particle is


def _frequent_stem(w: str, freqs: dict[str, float]) -> bool:
    """``w`` (three syllables) is a frequent two-syllable noun + a particle: before the genitive
    의 a common noun ("주말의", the weekend's), before another particle a very frequent one
    ("하루가"); not "한지은" (Han Ji-eun: "한지", paper, is rarer)."""
    if w[2] not in _HANGUL_PARTICLE_1:
        return False
    return freqs.get(w[:2], 0.0) >= (_KO_STEM_GEN if w[2] == "의" else _KO_STEM)


@cache
def _korean_place_words() -> frozenset[str]:
    """Words after a place's name (Faker ko_KR's street, town and building words: 거리, 길, 동,
    마을, 타워 …) plus station, park and market, and the scenes seen there (sunrise, sunset,
    night view, beach, falls, festival: "정동진 해돋이")."""
    prov = importlib.import_module("faker.providers.address.ko_KR").Provider
    return frozenset((*prov.street_suffixes, *prov.town_suffixes, *prov.building_suffixes,
                      "역", "공원", "시장", *_KO_SCENE))  # fmt: skip


_KO_SCENE = _words("해돋이 일출 일몰 야경 해변 해수욕장 풍경 전경 앞바다 해안 계곡 폭포 축제")


def korean_place_after(text: str, end: int) -> bool:
    """The Hangul word ending at ``end`` names a place: a place word follows ("이태원 거리")."""
    nxt = text[end + 1 :].split(None, 1)
    return text[end : end + 1] == " " and bool(nxt) and nxt[0] in _korean_place_words()


# --- Japanese ------------------------------------------------------------------------------
_KANJI = "\u4e00-\u9fff\u3005"
_JA_HONORIFIC = re.compile(
    rf"(?<![{_KANJI}])([{_KANJI}]{{2,6}})([\u3041-\u3096\u30a1-\u30fa\u30fc]{{0,4}}?)"
    r"(?=さん|様|ちゃん|くん|君|先生|氏)"
)


def deity_honorific(text: str, start: int, end: int) -> bool:
    """A bare word of one or two kanji before 様 (sama): deities and shrines take it ("八幡様",
    "天神様", "恵比寿様"), so without a given name it names a person only if it is one of the
    common surnames (Faker ja_JP's: "田中様"); "佐藤美咲様" has the given name."""
    return end - start <= 2 and text.startswith("様", end) and text[start:end] not in _ja_surnames()


@cache
def _ja_surname_chars() -> frozenset[str]:
    """Characters of Faker ja_JP's surnames (田, 山, 藤, 佐 …) plus 々."""
    t = name_tables()
    return frozenset("".join(t.lists.get("ja_JP", {}).get("L", ())) + "々")


def _ja_strong_surname(kanji: str) -> bool:
    """``kanji`` opens with a two- or three-kanji Japanese surname the tables (names-dataset)
    hold strongly ("大塚", "小野寺", "五十嵐"), which Faker's shorter list lacks, then a Japanese
    given name of the tables, one kanji that ends no place name, or nothing ("大塚千尋",
    "大塚彩", "大塚"; not "大塚駅", a station)."""
    t = name_tables()
    for n in (3, 2):
        if len(kanji) < n or t.last_name(kanji[:n]) != ("ja_JP", 2):
            continue
        given = kanji[n:] and t.first_name(kanji[n:])  # and a given name of the tables, if any
        if not kanji[n:] or (bool(given) and given[1] == "ja_JP"):
            return True
        if len(kanji) == n + 1 and kanji[n] not in _JA_PLACE_KANJI:
            return True  # a one-kanji given name ("小笠原彩ちゃん", Aya; "小野寺葵さん", Aoi)
    return False


# Kanji that end the name of a place, building or shop (mountain, river, temple, station,
# shrine, castle, town, island, bridge, garden, hall, shop …): "… 駅さん" is no one's given name.
_JA_PLACE_KANJI = frozenset("山川寺駅神宮社城町村島橋園院堂館店屋港湾池沢湖坂谷岳峠浜市区県府道線丁庵亭閣殿塔門")


# Japanese case and topic particles (a closed class): a kanji word, one of these, then "ちゃん…"
# is the adverb "ちゃんと" (properly) after a noun, not a kana given name and an honorific.
_JA_CASE_PARTICLES = frozenset("がはをにのもでとへや")


# Kanji that end a word for a role, trade, kin, animal, deity or institution, which Japanese
# also puts before さん or ちゃん ("庭師さん", gardener; "郵便局さん"; "子猫ちゃん"): an unlisted
# kanji word ending so before an honorific is no surname.
_JA_ROLE_END = frozenset("屋店者師員手長士主匠工職人輩任家官医将神仏天尊王皇姫局所社会部課校院館"
                         "堂寺宮駅行業産省庁府県市町村区組団商事族様殿方友達婦夫妻母父兄姉弟妹娘息"
                         "孫嫁婿生客犬猫鳥魚")  # fmt: skip
_JA_UNLISTED_TITLES = ("さん", "先生", "氏", "くん", "ちゃん")


def _ja_unlisted_surname(text: str, m: re.Match, freqs: dict[str, float]) -> bool:
    """``m`` is two to four kanji alone before さん/先生/氏/くん/ちゃん in a Japanese caption
    (kana in it), a word no Japanese text uses (under 1e-6) and no role word by its last kanji:
    a surname the tables lack ("蔦谷さんと", "勅使河原先生の"; not "庭師さん", "お医者さん")."""
    kanji = m.group(1)
    return (not m.group(2) and len(kanji) <= 4 and freqs.get(kanji, 0.0) < 1e-6
            and kanji[-1] not in _JA_ROLE_END and text[m.start() - 1 : m.start()] not in ("お", "ご")
            and text.startswith(_JA_UNLISTED_TITLES, m.end()) and _JA_KANA.search(text) is not None)


def _japanese_names(text: str) -> list[tuple]:
    chars = _ja_surname_chars()
    freqs = word_freqs("ja")
    t = name_tables()
    out = []
    for m in _JA_HONORIFIC.finditer(text):
        kanji = m.group(1)
        if deity_honorific(text, m.start(), m.end()) or m.group(2) in _JA_CASE_PARTICLES:
            continue  # "富士山がちゃんと見えた": a noun, a case particle, "properly"
        if t.last_name(kanji) == ("ja_JP", 2) and freqs.get(kanji, 0.0) < 1e-4 and len(kanji) > 2:
            out.append((m.start(), m.end(), "U", "ja_JP", len(m.group()) > 2, "joined"))
            continue  # "佐々木さん": a common surname is a frequent word too
        if freqs.get(kanji, 0.0) < 1e-5 and (
                (kanji[0] in chars and kanji[1] in chars) or _ja_strong_surname(kanji)
                or (len(kanji) == 3 and kanji[1] == "々")  # "野々村さん": 々 repeats a surname's kanji
                or (not m.group(2) and (t.last_name(kanji) or ("",))[0] == "ja_JP")  # "真壁さん"
                or _ja_unlisted_surname(text, m, freqs)):  # fmt: skip
            out.append((m.start(), m.end(), "U", "ja_JP", len(m.group()) > 2, "joined"))
    return out


# A kanji surname, then a given name in kana, then a particle or honorific (or nothing): the
# hiragana given names of Japanese girls and boys ("渡辺さくらと旅行", "佐藤ゆいの誕生日").
JA_KANA_GIVEN = re.compile(
    rf"(?<![{_KANJI}])([{_KANJI}]{{2,3}})([\u3041-\u3096\u30a1-\u30fa\u30fc]{{2,4}}?)"
    r"(と|の|が|は|も|に|を|さん|ちゃん|くん|様|先生|(?![\u3041-\u3096\u30a1-\u30fa\u30fc]))"
)
# Particles that follow a person only: after these a kana given name that is also a frequent
# word ("さくら", cherry blossom; "はるか", far) still reads as a name.
_JA_PERSON_AFTER = frozenset(("と", "が", "さん", "ちゃん", "くん", "様", "先生"))


@cache
def _ja_surnames() -> frozenset[str]:
    return frozenset(n for n in name_tables().lists.get("ja_JP", {}).get("L", ()) if len(n) > 1)


def japanese_kana_names(text: str) -> list[tuple]:
    """A Faker ja_JP surname + a kana given name listed as Japanese (names-dataset holds kana
    names), before a particle; a given name that is a frequent word only before a person's
    particle (と, が, さん …)."""
    t = name_tables()
    freqs = word_freqs("ja")
    out = []
    for m in JA_KANA_GIVEN.finditer(text):
        sur, given, after = m.groups()
        if sur not in _ja_surnames() and t.last_name(sur) != ("ja_JP", 2):
            continue  # (Faker's surnames, or a strong one of the tables: "北川あかりの")
        fi = t.first_name(given)
        if fi is None or fi[1] != "ja_JP" or fi[2] < 2:
            continue
        if freqs.get(given, 0.0) >= 1e-5 and after not in _JA_PERSON_AFTER:
            continue
        out.append((m.start(), m.end(2), fi[0], "ja_JP", True, "joined"))
    return out


# A child's given name in hiragana alone, then a child's honorific ("ゆうたくん", "みおちゃん"),
# at the start of a phrase: "おばあちゃん" (grandma) and "赤ちゃん" (baby) are words.
_JA_KANA_CHILD = re.compile(
    rf"(?<![{_KANJI}\u3041-\u3096\u30a1-\u30fa\u30fc])([\u3041-\u3096]{{2,4}}?)(?=くん|ちゃん)")


def japanese_kana_child(text: str) -> list[tuple]:
    """A hiragana given name the tables list as Japanese with a gender, before くん or ちゃん
    ("ねこちゃん", kitty, and "あかちゃん", baby, are listed only as unisex)."""
    t = name_tables()
    out = []
    for m in _JA_KANA_CHILD.finditer(text):
        fi = t.first_name(m.group(1))
        if fi is not None and fi[1] == "ja_JP" and fi[0] != "U":
            out.append((m.start(), m.end(), fi[0], "ja_JP", True, None))
    return out


# A photo or text credit of a Japanese caption, then a surname and a given name in one kanji run
# ("撮影：瀬戸口悠真", "写真／北村大輔", "文：…"): the surname may be one the tables hold weakly.
_JA_CREDIT = re.compile(
    rf"(?:撮影|写真|文|絵|イラスト|編集|取材|構成)(?:提供)?\s*[:：／/＝=]\s*([{_KANJI}]{{3,6}})(?![{_KANJI}])")


def japanese_credit_names(text: str) -> list[tuple]:
    """A kanji run after a Japanese credit that splits into a Japanese surname of the tables
    and a Japanese given name of the tables."""
    t = name_tables()
    out = []
    for m in _JA_CREDIT.finditer(text):
        run = m.group(1)
        for n in (3, 2):
            fi = t.first_name(run[n:]) if 1 <= len(run) - n <= 3 else None
            if fi is not None and fi[1] == "ja_JP" and (t.last_name(run[:n]) or ("",))[0] == "ja_JP":
                out.append((m.start(1), m.end(1), fi[0], "ja_JP", True, "joined"))
                break
    return out


# A kanji surname, a space (ASCII or ideographic), then a given name in kanji or kana, as forms,
# name cards and wedding boards write it ("小野寺 美咲さん", "高瀬 陽菜ちゃん", "森 ひかりと"), then
# an honorific, a particle or the end of the phrase.
_JA_SPACED = re.compile(
    rf"(?<![{_KANJI}])([{_KANJI}]{{1,3}})[ \u3000]"
    rf"([{_KANJI}]{{1,3}}|[\u3041-\u3096\u30a1-\u30fa\u30fc]{{2,4}}?)"
    r"(さん|様|ちゃん|くん|君|先生|氏|と|の|が|は|も|に|を|へ|や|(?![\u3041-\u3096\u30a1-\u30fa\u30fc"
    rf"{_KANJI}]))"
)
_JA_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_JA_TITLE_AFTER = frozenset(("さん", "様", "ちゃん", "くん", "君", "先生", "氏"))
_JA_GIVEN_WORD = 3e-5  # a given name this frequent as a word ("翔", 2e-5) needs an honorific or と/が


# A kanji run of a Japanese surname and given name written together, without an honorific,
# before a particle, punctuation or a title ("森下大輔の卒業式", "吉岡拓也監督の新作").
_JA_JOINED = re.compile(
    rf"(?<![{_KANJI}])([{_KANJI}]{{3,6}}?)(監督|選手|先生|社長|教授|夫妻|一家|氏|様|君)?"
    rf"(?![{_KANJI}])(?=[のとがはもにをへやで]|[^\u3041-\u3096\u30a1-\u30fa\u30fc]|$)"
)


def japanese_joined_names(text: str) -> list[tuple]:
    """A surname the tables hold strongly as Japanese (names-dataset: "森下", "長谷部") and a
    given name they list as Japanese, written as one kanji run before a particle or a
    title ("桑田莉子が…"); the run no frequent word ("今井町", a town, has no given name)."""
    t = name_tables()
    freqs = word_freqs("ja")
    out = []
    kana = _JA_KANA.search(text) is not None
    for m in _JA_JOINED.finditer(text):
        run = m.group(1)
        if freqs.get(run, 0.0) >= 1e-6 or not (kana or alone_in_latin(text, m.start(), m.end())):
            continue  # (a Japanese caption, or English words around: "Ramen with 吉岡拓也 after …")
        for n in (3, 2):
            given = run[n:]
            if not 1 <= len(given) <= 3 or t.last_name(run[:n]) != ("ja_JP", 2):
                continue
            fi = t.first_name(given)
            if fi is not None and fi[1] == "ja_JP" and freqs.get(given, 0.0) < 1e-4:
                out.append((m.start(), m.end(1), fi[0], "ja_JP", True, "joined"))
                break
    return out


def ja_single_joined(text: str, start: int, end: int) -> bool:
    """A joined name of two kanji (one-kanji surname, one-kanji given name: Chinese names are
    written so, "王伟") in a caption with kana and no title after it: a Japanese noun ("白玉と",
    rice-flour dumplings; "梅林", a plum grove), since a Japanese caption writes a person with
    a longer name or a title."""
    return end - start == 2 and _JA_KANA.search(text) is not None and not text.startswith(
        tuple(_JA_TITLE_AFTER), end)


def japanese_spaced_names(text: str) -> list[tuple]:
    """A Japanese surname of the tables (or of Faker's surname characters), a space, then a
    given name: any one before an honorific ("西園寺 翔様"), else one listed as Japanese, or a
    rare kanji word before と/が ("三浦 蓮と"); only in a caption with kana (Chinese captions
    space words too), or alone among English words."""
    kana = _JA_KANA.search(text) is not None
    t = name_tables()
    freqs = word_freqs("ja")
    chars = _ja_surname_chars()
    out = []
    for m in _JA_SPACED.finditer(text):
        sur, given, after = m.groups()
        if not kana and not alone_in_latin(text, m.start(), m.end(2)):
            continue  # (or among English words: "Tea ceremony with 山本 美咲 in Kyoto")
        ls = t.last_name(sur)
        fi = t.first_name(given)
        listed = fi is not None and fi[1] == "ja_JP"
        if not ((ls is not None and ls[0] == "ja_JP") or sur in _ja_surnames() or (
                len(sur) > 1 and freqs.get(sur, 0.0) < 1e-5 and (all(c in chars for c in sur) or (
                    listed and after in _JA_TITLE_AFTER and sur[-1] not in _JA_PLACE_KANJI)))):
            continue  # (an unlisted surname: "中条 ひかりちゃん", a listed given name and a title)
        if after in _JA_TITLE_AFTER:
            ok = given[-1] not in _JA_PLACE_KANJI and freqs.get(given, 0.0) < 1e-4
        elif listed:
            ok = freqs.get(given, 0.0) < 1e-4 or after in _JA_PERSON_AFTER
        else:  # (or before a comma or the end: "佐久間 蓮、")
            ok = ((after in _JA_PERSON_AFTER or not after) and given[0] >= "\u3400"
                  and given[-1] not in _JA_PLACE_KANJI
                  and freqs.get(given, 0.0) < _JA_GIVEN_WORD and ls is not None and ls[1] == 2)
        if ok:
            out.append((m.start(), m.end(2), fi[0] if listed else "U", "ja_JP", True, None))
    return out


# --- Cyrillic and Greek --------------------------------------------------------------------
_CYR_UP, _CYR_LOW = "А-ЯЁЄІЇЎЂЈЉЊЋЏҐҚҒҮҰӨҺӘ", "а-яёєіїўђјљњћџґқғүұөһә"
_GR_UP, _GR_LOW = "Α-ΩΆΈΉΊΌΎΏ", "α-ωάέήίόύώϊϋΐΰς"
_CASED_PAIR = re.compile(
    rf"(?<![\w-])(?:[{_CYR_UP}][{_CYR_LOW}]+ [{_CYR_UP}][{_CYR_LOW}]+|"
    rf"[{_GR_UP}][{_GR_LOW}]+ [{_GR_UP}][{_GR_LOW}]+)(?![\w-])"
)
_SURNAME_END = re.compile(
    r"(?:ов|ев|ёв|єв|ин|ын|ова|ева|ёва|єва|ина|ына|ский|цкий|ская|цкая|енко|ко|ук|юк|чук|ич|вич|ић|ян|"
    r"дзе|швили|ли|улы|кызы|ова|ой|ого|ому|ым|ову|еву|ину|ых|"
    r"ου|ης|άκης|ίδης|όπουλος|άκη|ίδη|οπούλου|ίου|άτος|έας|ά|ή)$"
)
# Surname endings no common word or town of these languages has (Russian, Ukrainian -ов/-єв,
# -енко, -ук, -ський …; Armenian -ян; Georgian -швили, -дзе), in the nominative: after a given
# name listed only in Latin letters ("Ділявер" → Dilyaver) the pair is a person.
_SURNAME_STRONG = re.compile(
    r"(?:ов|[её]в|єв|ова|ева|єва|енко|[^аеиоуыэюяєії]ук|чук|юк"
    r"|ський|цький|ська|цька|ский|цкий|ская|цкая|ович|евич|ян|швили|дзе)$"
)
# Adjective endings (Russian, Ukrainian): a weakly listed "given name" so ending is an
# adjective before a town or a noun ("Ночной Саратов", night Saratov; "Старый Оскол").
_CYR_ADJ = re.compile(r"(?:ый|ой|ая|яя|ое|ее|ые|ие|[нкчшжщ]ий|ній|ськ[ийа])$")
# Nouns after which a name is a place or an institution named after someone.
_PLACE_BEFORE = _words(
    """улица улицы улице проспект проспекта площадь площади собор собора храм храма церковь
    музей музея театр театра парк парка станция метро памятник памятника имени им бульвар
    переулок набережная мост монастырь лавра университет школа библиотека вулиця площа
    οδός οδού πλατεία ναός ναού άγιος αγίου αγία αγίας πανεπιστήμιο μουσείο σχολείο νοσοκομείο
    σταθμός λιμάνι αεροδρόμιο λεωφόρος λεωφ πάροδος κολέγιο βιβλιοθήκη θέατρο γέφυρα
    больница вокзал аэропорт институт академия гимназия лицей стадион сквер сквера аллея
    дворец дворца
    імені ім вулиці вулицю проспекту парку сквер скверу бульвару провулок набережна міст
    собор собору храм храму церква церкви монастир музей музею театр театру університет
    університету школа школи бібліотека бібліотеки станція пам'ятник пам’ятник пам'ятника
    пам’ятника стадіон лікарня вокзал аеропорт інститут академія гімназія ліцей палац
    імя вуліца вуліцы плошча праспект
    булевард площад паметник катедрала църква
    площі площу площею проспекті вулицею бульварі майдан майдані майдану узвіз узвозі
    улицей площадью проспекте бульваре набережной переулке мосту мосте аллее
    ул бул улици трг тргу булевар булевару
    οδό λεωφόρο λεωφόρου πλατείας γέφυρας σταθμό σταθμού
    кнез кнеза краља цара краљице војводе
    садиба садиби садибі усадьба усадьбы усадьбе маєток маєтку"""
)
_LANGS = {"CYRILLIC": ("ru", "uk", "bg"), "GREEK": ("el",)}


def _nominatives(word: str) -> list[str]:
    """``word`` and its likely nominative forms (genitive, dative, accusative, vocative …)."""
    cands = [word]  # (Ukrainian too: datives "Тарасові", "Миколі", "Мельнику", "Шевченку";
    # genitives "Олени", "Юлії")
    for end, repl in (("ья", "ья"), ("ьи", "ья"), ("ия", "ий"), ("ию", "ий"), ("ея", "ей"), ("ею", "ей"), ("ем", "й"), ("ем", "ь"),
                      ("ом", ""), ("ой", "а"), ("ей", "я"), ("ю", "ь"), ("я", "ь"), ("ы", "а"),
                      ("и", "я"), ("у", "а"), ("а", ""), ("е", "а"), ("ο", "ος"), ("η", "ης"),
                      ("α", "ας"), ("ου", "ος"), ("ά", "άς"), ("ή", "ής"),
                      ("ові", ""), ("еві", ""), ("єві", "й"), ("и", "а"), ("і", "а"), ("ії", "ія"),
                      ("у", ""), ("енку", "енко")):  # fmt: skip
        if word.endswith(end) and len(word) > len(end) + 2:
            cands.append(word[: len(word) - len(end)] + repl)
    return cands


def after_place_noun(text: str, start: int, end: int) -> bool:
    """A Cyrillic or Greek name span that names a place: after a place noun ("улица Пушкина",
    "Собор Василия Блаженного"), or opening with one ("Άγιος Νικόλαος")."""
    before = text[:start].split()
    first = text[start:end].split(" ", 1)[0]
    after = text[end:].split(None, 1)
    return (bool(before) and before[-1].lower().rstrip(".") in _PLACE_BEFORE) or (
        first.lower() in _PLACE_BEFORE) or (
        bool(after) and after[0].lower().rstrip(".,;:!?") in _PLACE_AFTER_CYR) or (
        _PLACE_AFTER_MN.match(_MN_TITLE.sub("", text[end:].lstrip().lower(), 1)) is not None) or (
        _PLACE_AFTER_MN.fullmatch(text[start:end].rsplit(" ", 1)[-1].lower()) is not None)


# Prepositions of place and direction (Russian, Ukrainian), and the endings of an adjective in
# an oblique case: after one of them such a word opens a place's name ("в Красной Поляне", "на
# Малой Бронной", "на Чистых Прудах"), not a person's (a given name takes other endings there:
# "у Ольги", "к Татьяне").
_CYR_PLACE_PREP = _words("в во на по под над за до от из у к ко при около возле біля під від")
_CYR_ADJ_OBLIQUE = re.compile(r"(?:[^аеиоуыэюяєії](?:ой|ей)|ого|его|ому|ему|ых|их|ую|юю|ої|ій|ім)$")


def adjective_place(text: str, start: int, end: int) -> bool:
    """A Cyrillic span that opens with an adjective in an oblique case, after a preposition of
    place, and whose first word is no case form of a strong given name ("Отдых в Красной
    Поляне")."""
    before = text[:start].split()
    first = text[start:end].split(" ", 1)[0]
    if not before or before[-1].lower() not in _CYR_PLACE_PREP or not _CYR_ADJ_OBLIQUE.search(first):
        return False
    t = name_tables()
    return not any((f := t.first_name(c)) is not None and f[2] == 2 for c in _nominatives(first))


def quoted_name(text: str, start: int, end: int) -> bool:
    """The span fills a «…» or „…“ quote: the name of a club, shop, ship or work ("ЦСКА обыграл
    «Спартак»", "ресторан «Белый Лебедь»"), not a person's."""
    return text[start - 1 : start] in ("«", "„") and text[end : end + 1] in ("»", "“", "”")


def _unaccent(w: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))


@cache
def _unaccented_words() -> dict[str, tuple[float, str]]:
    """Greek words keyed without accents, as ALL CAPS writes them: (frequency, the most
    frequent accented word) ("νεο" → νέο, "ζωη" → ζωή)."""
    out: dict[str, tuple[float, str]] = {}
    for w, f in word_freqs("el").items():
        k = _unaccent(w)
        if f > out.get(k, (0.0, ""))[0]:
            out[k] = (f, w)
    return out


def caps_common_word(text: str, start: int, end: int) -> bool:
    """An ALL-CAPS Greek or Cyrillic span holds a frequent word of the language that no name
    list holds ("ΕΥΤΥΧΙΣΜΕΝΟ ΤΟ ΝΕΟ ΕΤΟΣ": το, νέο; "С НОВЫМ ГОДОМ"): a headline, no person."""
    t = name_tables()
    for w in text[start:end].split():
        low = w.lower()
        if script_of(w) == "GREEK":
            freq, low = _unaccented_words().get(_unaccent(low), (0.0, low))
        else:
            freq = max(word_freqs(lang).get(low, 0.0) for lang in _LANGS["CYRILLIC"])
        if freq >= 2e-5 and not (len(w) > 2 and (t.first_name(low.title()) or t.last_name(low.title()))):
            return True
    return False


# Days of the week of Greek and Cyrillic captions (Greek, Russian, Ukrainian, Bulgarian,
# Serbian) and the times of day that follow them: "Κυριακή πρωί" (Sunday morning; Kyriaki and
# Paraskevi are also given names), "Пятница вечером". A day alone before a time is no person.
_WEEKDAYS_CASED = _words(
    """κυριακή δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο
    понедельник вторник среда четверг пятница суббота воскресенье
    понеділок вівторок середа четвер п'ятниця субота неділя
    понеделник сряда петък събота неделя недеља уторак петак"""
)
_DAY_TIMES_CASED = _words(
    """πρωί πρωινό μεσημέρι απόγευμα βράδυ βραδάκι νύχτα
    утро утром день днём днем вечер вечером ночь ночью
    ранок вранці зранку вечір ввечері увечері ніч вночі
    сутрин сутринта вечерта обед ујутру увече"""
)


def weekday_time(text: str, start: int, end: int) -> bool:
    """The span is one weekday word with a time of day right after it ("Κυριακή πρωί")."""
    after = text[end:].split(None, 1)
    return (text[start:end].lower() in _WEEKDAYS_CASED and bool(after)
            and after[0].lower().rstrip(".,;:!?") in _DAY_TIMES_CASED)  # fmt: skip


# Place nouns that Mongolian writes after the namesake ("Чингис Хаан олон улсын нисэх буудал",
# Chinggis Khaan international airport; "Сүхбаатарын талбай"; "Гандангийн хийд", Gandan
# monastery), or that end the span itself: international, airport, square, street, avenue,
# statue, museum, monastery, park, university, school, hotel, complex, theatre, stadium, palace
# (in the nominative: "… голын эрэг дээр", on the river bank, follows a person).
_PLACE_AFTER_MN = re.compile(
    r"(?:олон улсын|нисэх буудал|талбай|гудамж|өргөн чөлөө|хөшөө|музей|хийд|цэцэрлэг|их сургууль"
    r"|сургууль|зочид буудал|цогцолбор|театр|цэнгэлдэх|ордон)(?![\w-])"
)


# A title after a Mongolian namesake, before the place noun ("Чингис хаан олон улсын …", khan;
# "Мандухай хатан …", queen).
_MN_TITLE = re.compile(r"^(?:хаан|хатан|богд|жанжин)\s+")


# Place nouns that Uzbek, Tajik and Kazakh write after the namesake ("Амир Темур хиёбони", Amir
# Temur avenue): avenue, street, square, park, district; Serbian street and square ("Кнез
# Михаилова улица", whose "кнез", prince, like "краља", king's, opens a street's name above).
_PLACE_AFTER_CYR = frozenset(("хиёбони", "хиёбонӣ", "кўчаси", "кучаси", "кӯчаи", "майдони",
                              "боғи", "даҳаси", "көшесі", "даңғылы", "алаңы", "саябағы",
                              "улица", "улици", "улицом", "булевар", "трг"))  # fmt: skip


def _frequent(word: str, script: str) -> bool:
    return any(word_freqs(lang).get(word.lower(), 0.0) >= 2e-5 for lang in _LANGS[script])


_CASED_WORD = re.compile(
    rf"(?<![\w-])(?:[{_CYR_UP}][{_CYR_LOW}]+|[{_GR_UP}][{_GR_LOW}]+)(?![\w-])"
)


# A Mongolian patronymic: the father's given name in the genitive ("Батбаярын", "Цэрэнгийн",
# "Баатарсайханы") written before the person's own given name.
_MN_GENITIVE = re.compile(r"(?:ын|ийн|ны)$")


def _rare(word: str, script: str) -> bool:
    return all(word_freqs(lang).get(word.lower(), 0.0) < 1e-6 for lang in _LANGS[script])


def _mongolian_pair(text: str, words: list, k: int) -> bool:
    """``words[k]`` + ``words[k + 1]`` read as a Mongolian patronymic + given name ("Батбаярын
    Энхтуяа"): a long genitive that no Russian/Ukrainian/Bulgarian text uses, then a capitalized
    word in no genitive form, and no other rare capitalized word on either side (an
    institution's title is a chain: "Шинжлэх Ухааны Академи")."""
    a, b = words[k][2], words[k + 1][2]
    if (len(a) < 6 or len(b) < 3 or not _MN_GENITIVE.search(a) or _MN_GENITIVE.search(b)
            or not _rare(a, "CYRILLIC") or not _rare(b, "CYRILLIC")):  # fmt: skip
        return False
    return _alone(text, words, k)


# Mongolian case endings other than the nominative: genitive, accusative, dative-locative,
# ablative, instrumental, comitative ("Наадмын", "Зургийг", "Улаанбаатарт", "Хэнтийгээс").
_MN_OBLIQUE = re.compile(
    r"(?:ын|ийн|ны|ий|ыг|ийг|ад|эд|од|өд|нд|[врсгл]т|аас|ээс|оос|өөс|иас|иос|аар|ээр|оор|өөр"
    r"|иар|иор|тай|тэй|той)$"
)


def _alone(text: str, words: list, k: int) -> bool:
    """No other rare capitalized word joins the pair ``words[k]``, ``words[k + 1]`` on either
    side (an institution's title is a chain: "Шинжлэх Ухааны Академи"). A word in a case of its
    own opens or closes another phrase: before the pair one in an oblique case but the genitive
    ("Зургийг …", the photo (acc.)), after it one in an oblique case ("… Наадмын баяраар", at the
    Naadam festival; "… Улаанбаатарт") or, after a listed given name, one before a lower-case
    word in a case ("… Болормаа Хархорин хотод", in Kharkhorin town)."""
    s, e = words[k][0], words[k + 1][1]
    if k > 0 and text[words[k - 1][1] : s] == " " and _rare(w := words[k - 1][2], "CYRILLIC") and (
            not _mn_oblique(w) or _MN_GENITIVE.search(w)):  # fmt: skip
        return False
    if k + 2 < len(words) and text[e : words[k + 2][0]] == " " and _rare(
            w := words[k + 2][2], "CYRILLIC") and not _mn_oblique(w):  # fmt: skip
        nxt = text[words[k + 2][1] :].split(None, 1)
        after = text[words[k + 2][1] : words[k + 2][1] + 1] == " " and bool(nxt)
        return (after and nxt[0][:1].islower() and _mn_oblique(nxt[0].rstrip(".,!?"))
                and _mn_listed(words[k + 1][2]))  # fmt: skip
    return True


def _mn_oblique(word: str) -> bool:
    """``word`` ends in a Mongolian case ending after a stem of three letters or more."""
    m = _MN_OBLIQUE.search(word)
    return m is not None and m.start() >= 3


def _mn_listed(word: str) -> bool:
    """``word`` romanized (ж as "j", as Mongolian names are spelled in Latin letters) is a given
    name of the tables ("Болормаа" → Bolormaa), and long, as the compound given names are
    (not "Төв", centre)."""
    return len(word) >= 5 and name_tables().first_name(
        anyascii(word).lower().replace("zh", "j")) is not None  # fmt: skip


def _romanized_names(a: str, b: str, t) -> bool:
    """Two Cyrillic words that no Russian, Ukrainian or Bulgarian text uses, whose romanizations
    are both names the tables hold: the given names of Mongolian (Kazakh, Kyrgyz …) captions,
    which name people by two given names in the nominative ("Батбаяр Гантулга" → Batbayar
    Gantulga), mostly long compounds (not "Эрдэнэ Зуу", a monastery)."""
    if min(len(a), len(b)) < 5 or not (_rare(a, "CYRILLIC") and _rare(b, "CYRILLIC")):
        return False
    return all(t.first_name(r) or t.last_name(r) for r in (anyascii(a), anyascii(b)))


# The parts Mongolian given names are compounded of ("Ган|зориг", "Должин|сүрэн", "Болор|маа",
# "Бат-Эрдэнэ"), and a girl's name's closing "-аа" ("Халиун|аа"): two rare capitalized words
# made of them are a person's two names ("Тэмүүлэн Ганзориг"). No part of a place's name
# ("Улаан|баатар": улаан, red, is none; nor гол, river; зүрх, heart).
_MN_PARTS = "|".join(sorted(_words(
    "бат баатар баяр баян болд болор сүх ган төмөр мөнх эрдэнэ энх амар жаргал цэцэг туяа сайхан "
    "зориг тулга очир дорж сүрэн дулам гэрэл наран оюун халиун хулан тэмүүлэн тэмүүжин должин "
    "долгор цэрэн пүрэв дагва сараа алтан цогт нямаа баасан бямба эрдэм билэг билгүүн анударь "
    "удвал уянга номин нандин мандах хишиг оргил ариун ундрал зол заяа тунгалаг маа чимэг "
    "хонгор хуяг мягмар жавхлан эрхэм буян тамир отгон идэр түвшин уран гоо сарнай хүрэл цолмон "
    "бадам бадрах чулуун лхам даш дэлгэр содном батсүх мөнгөн шүрэн ганга энхтүвшин саран"
), key=len, reverse=True))  # fmt: skip
_MN_NAME = re.compile(rf"(?:{_MN_PARTS})(?:-?(?:{_MN_PARTS})){{0,2}}(?:аа|оо|ээ|өө)?")


def _mn_compound_pair(a: str, b: str) -> bool:
    """Two rare Cyrillic words both compounded of Mongolian name parts ("Халиунаа Должинсүрэн")."""
    return all(len(w) >= 4 and _MN_NAME.fullmatch(w.lower()) and _rare(w, "CYRILLIC")
               for w in (a, b))  # fmt: skip


def _oblique_pair(a: str, b: str, t) -> bool:
    """A Cyrillic given name and surname both in a case form ("Вітаємо Тараса Мельничука"): ``a``
    is no listed given name itself but its nominative is ("Тараса" → Тарас, a frequent word form
    of the many places named after a person), and ``b``'s nominative is a surname by its ending
    or listed strongly ("Мельничука" → Мельничук)."""
    if t.first_name(a) is not None or a == b:
        return False
    if not any(t.first_name(c) for c in _nominatives(a)[1:]):
        return False
    return any(c != b and (_SURNAME_END.search(c) or (t.last_name(c) or ("", 0))[1] == 2)
               for c in _nominatives(b)[1:])  # fmt: skip


# Words of the set greetings of Easter, national days and feasts in Cyrillic and Greek ("Христос
# Воскресе", "Слава Україні", "Честита Баба Марта", "Χριστός Ανέστη", "Χρόνια Πολλά"): the
# other word is often a given name, the pair is none.
_CASED_GREETING = _words("Воскресе Воскрес Воистину Україні Героям Честита Честит Честито Ανέστη "
                         "Αληθώς Πολλά Спасибо Поздравляем Вітаємо Дякуємо Дякую Συγχαρητήρια "
                         "Ευχαριστώ Ευχαριστούμε")


def cased_greeting(text: str, start: int, end: int) -> bool:
    """A span of a set greeting in Cyrillic or Greek ("Христос Воскресе", "Слава Україні")."""
    return any(w.strip("!,.") in _CASED_GREETING for w in text[start:end].split())


# Wishes and thanks of Greek, Russian and Ukrainian captions before one given name, often in the
# vocative ("Χρόνια πολλά Γιώργο", happy name day; "С днём рождения, Наташа"; "Спасибо, Олег!").
_WISHES = ("χρόνια πολλά", "χρονια πολλα", "συγχαρητήρια", "ευχαριστούμε", "ευχαριστώ",
           "с днём рождения", "с днем рождения", "поздравляем", "спасибо", "з днем народження",
           "вітаємо", "дякуємо", "дякую", "честит рожден ден")
_CASED_PAIR_GATE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")  # Greek, Cyrillic
_CASED_WISH = re.compile(
    "(?:" + "|".join(f for w in _WISHES for f in (w, w.capitalize(), w.upper())) + ")[,!]? "
    rf"([{_CYR_UP}][{_CYR_LOW}]+|[{_GR_UP}][{_GR_LOW}]+|[{_CYR_UP}]+|[{_GR_UP}]+)(?![\w-])"
)


def _cased_wish_names(text: str) -> list[tuple]:
    """One listed given name (any case form) right after a Greek or Cyrillic wish or thanks; a
    frequent word only in a case form of a strong name, no strong name itself ("Γιώργο" of
    Γιώργος, "Олега" of Олег; not "Αθήνα", Athens)."""
    t = name_tables()
    out = []
    for m in _CASED_WISH.finditer(text):
        w = m.group(1)
        w1 = w[0] + w[1:].lower()
        forms = _nominatives(w) + _nominatives(w1)
        fa = next((f for c in forms if (f := t.first_name(c)) and f[2] == 2), None)
        if fa is not None and (not _frequent(w1, script_of(w)) or (
                (t.first_name(w1) or ("", "", 0))[2] != 2
                and any((f := t.first_name(c)) and f[2] == 2 for c in _nominatives(w1)[1:]))):  # fmt: skip
            out.append((m.start(1), m.end(1), fa[0], fa[1], False, None))
    return out


def _cased_script_names(text: str) -> list[tuple]:
    t = name_tables()
    out: list[tuple] = []
    words = [(m.start(), m.end(), m.group()) for m in _CASED_WORD.finditer(text)]
    for k, ((s, e1, a), (s2, e, b)) in enumerate(zip(words, words[1:])):
        script = script_of(a)
        if text[e1:s2] != " " or script != script_of(b) or (out and out[-1][1] > s):
            continue
        if after_place_noun(text, s, e) or a in _CASED_GREETING or b in _CASED_GREETING:
            continue
        if script == "CYRILLIC" and _mongolian_pair(text, words, k):
            out.append((s, e, "U", "ru_RU", True, None))
            continue
        if _frequent(b, script) or (_frequent(a, script) and not _oblique_pair(a, b, t)):
            continue
        fa = next((f for c in _nominatives(a) if (f := t.first_name(c))), None)
        if fa is not None and fa[2] != 2 and fa is t.first_name(a) and (
                _CYR_ADJ.search(a) or _SURNAME_STRONG.search(a)):  # fmt: skip
            continue  # "Ночной Саратов" (night Saratov), "Мамаев Курган": weak "names"
        if fa is None and _SURNAME_STRONG.search(b) and _rare(a, script) and len(a) > 3:
            fa = t.first_name(anyascii(a))  # "Ділявер Сеїтжелілєв": Dilyaver, listed in Latin
        if fa is None:
            if script == "CYRILLIC" and (_romanized_names(a, b, t) or _mn_compound_pair(a, b)) and (
                    _alone(text, words, k)):  # fmt: skip
                out.append((s, e, "U", "ru_RU", True, None))  # "Батбаяр Гантулга" (Mongolian)
            continue
        lb = any(t.last_name(c) for c in _nominatives(b))
        if lb or _SURNAME_END.search(b) or (script == "CYRILLIC" and _oblique_pair(a, b, t)):
            out.append((s, e, fa[0], fa[1], True, None))
    return out


# --- Georgian ------------------------------------------------------------------------------
# Mkhedruli letters are lower-case letters to Unicode, so the Latin lower-case rules must leave
# Georgian to this rule ("რუსთაველის გამზირი", Rustaveli Avenue, is a place).
GEORGIAN_WORD = re.compile(r"[\u10d0-\u10ff]+(?:-[\u10d0-\u10ff]+)?")
# Surname endings (-ძე, -შვილი, -ია, -ავა, -უა, -ური, -ანი, -ელი), before a case ending.
_KA_SURNAME = re.compile(r"(?:ძე|შვილი|ია|ავა|უა|ური|ანი|ელი)(?:ს|მ|თან|ით|ში|ზე|სთვის)?$|"
                        r"(?:შვილ|ურ|ან|ელ)(?:ის|მა|ით)$")  # fmt: skip


def _ka_surname(word: str, t) -> bool:
    """A Georgian surname: listed, or by its ending, maybe in a case ("ბერიძეს", "გელაშვილის")."""
    if len(word) < 3:
        return False  # "და" (and)
    ln = t.last_name(word)
    return (ln is not None and ln[1] == 2) or bool(_KA_SURNAME.search(word)) and len(word) > 4


def _georgian_names(text: str) -> list[tuple]:
    """A listed Georgian given name in the nominative, then a surname (listed, or by its ending,
    maybe in a case): "გიორგი ბერიძე", "ლევან გელაშვილის დაბადების დღე"."""
    t = name_tables()
    words = [(m.start(), m.end(), m.group()) for m in GEORGIAN_WORD.finditer(text)]
    out: list[tuple] = []
    for (s, e1, a), (s2, e, b) in zip(words, words[1:]):
        if text[e1:s2] != " " or (out and out[-1][1] > s):
            continue
        fa = t.first_name(a)
        if len(a) > 2 and fa is not None and fa[1] == "ka_GE" and fa[2] == 2 and _ka_surname(b, t) and (
                not (b.endswith("ის") and _KA_PLACE_AFTER.match(text, e))):  # fmt: skip
            out.append((s, e, fa[0], "ka_GE", True, None))
    return out


# A place named after someone: the name in the genitive, then the place noun ("შოთა რუსთაველის
# თეატრი", the Shota Rustaveli theatre; "… გამზირი", avenue; "… ქუჩა", street).
_KA_PLACE_AFTER = re.compile(
    r" (?:თეატრ|გამზირ|ქუჩ|მოედ|უნივერსიტეტ|სკოლ|პარკ|ხიდ|აეროპორტ|მუზეუმ|ბაღ|სახელობის|"
    r"ინსტიტუტ|ბიბლიოთეკ|სტადიონ|ძეგლ)")


# --- Armenian ------------------------------------------------------------------------------
ARMENIAN_WORD = re.compile(r"(?<![\w-])[\u0531-\u0556][\u0561-\u0587]+(?![\w-])")
# Surname endings (-յան, -յանց, -ունի), maybe with a case ending or the article ("Փաշինյանի",
# "Հակոբյանը").
_HY_SURNAME = re.compile(r"(?:յան|յանց|ունի)(?:ի|ը|ն|ին|ից|ով|ում)?$")
# Words after the name of a place named after someone: "named after" and Faker hy_AM's street
# words (փողոց, պողոտա) plus square, park, school, university, museum.
_HY_PLACE_AFTER = _words("անվան փողոց պողոտա հրապարակ այգի դպրոց համալսարան թանգարան")


def armenian_place_after(text: str, end: int) -> bool:
    """An Armenian name span ending at ``end`` names a place ("Արամ Խաչատրյանի անվան փողոց")."""
    nxt = text[end:].split(None, 1)
    return bool(nxt) and nxt[0] in _HY_PLACE_AFTER


# After a role noun and the apposition mark or a colon ("Խոհարար՝ …", cook: …) a capitalized word
# and a surname by its ending are a person even where the given name is unlisted.
_HY_APPOSITION = frozenset(("\u055d", ":", "\u2014", "-"))


def armenian_names(text: str) -> list[tuple]:
    """A listed Armenian given name, then a surname, listed or by its ending, maybe in a case
    ("Աննա Սարգսյանի հետ", with Anna Sargsyan)."""
    t = name_tables()
    words = [(m.start(), m.end(), m.group()) for m in ARMENIAN_WORD.finditer(text)]
    out: list[tuple] = []
    for (s, e1, a), (s2, e, b) in zip(words, words[1:]):
        if text[e1:s2] != " " or armenian_place_after(text, e):
            continue
        fa = t.first_name(a)
        lb = t.last_name(b)
        if fa is not None and fa[1] == "hy_AM" and fa[2] == 2 and (
                (lb is not None and lb[1] == 2) or _HY_SURNAME.search(b)):  # fmt: skip
            out.append((s, e, fa[0], "hy_AM", True, None))
        elif text[max(0, s - 2) : s].strip() in _HY_APPOSITION and s >= 2 and (
                _HY_SURNAME.search(b)):  # fmt: skip
            out.append((s, e, "U", "hy_AM", True, None))  # "Լավաշ թխող՝ Սիրանուշ Պետրոսյան"
    return out


# --- Titles and honorifics of scripts without name lists ----------------------------------
# Burmese, Khmer, Lao, Ge'ez (Amharic, Tigrinya), Tibetan and the South Indian, Gujarati,
# Gurmukhi, Bengali, Sinhala and Devanagari scripts: most have no name list in Faker or
# names-dataset, so a name is found by the title or honorific that captions put next to it. A
# title word before one or two words of its script ("አቶ ታደሰ በቀለ", "លោកស្រី ជា សុភាព",
# "ශ්‍රීමතී …"), a credit ("រូបថតដោយ …", "ፎቶ: …"), an honorific after two words ("… මහතා",
# "… గారు", "… जी", "… ལགས"), a Bengali honorific written attached ("সুব্রতবাবুর") and a Burmese
# one written attached before the name ("ဦးအောင်ကျော်", U Aung Kyaw).
TITLED_GATE = re.compile(r"[\u0900-\u0dff\u0e80-\u0eff\u0f00-\u0fff\u1000-\u109f\u1200-\u137f"
                         r"\u1780-\u17ff]")  # fmt: skip
_M, _F, _U = "M", "F", "U"
_TITLE_BEFORE = {
    # Khmer: Lok, Lok Srey, Neak Srey, Kanha (Miss), Neak Neang, His Excellency, teachers
    "លោក": _M, "លោកស្រី": _F, "អ្នកស្រី": _F, "កញ្ញា": _F, "អ្នកនាង": _F, "ឯកឧត្តម": _M, "លោកជំទាវ": _F,
    "លោកគ្រូ": _M, "អ្នកគ្រូ": _F,
    # Lao: Than, Thao, Nang, Than Nang
    "ທ່ານ": _U, "ທ້າວ": _M, "ນາງ": _F, "ທ່ານນາງ": _F,
    # Amharic and Tigrinya: Ato, Weyzero, Weyzerit, Dr, Professor (and their abbreviations)
    "አቶ": _M, "ኣቶ": _M, "ወይዘሮ": _F, "ወ/ሮ": _F, "ወይዘሪት": _F, "ወ/ት": _F, "ወ/ሪት": _F, "ዶ/ር": _U,
    "ዶክተር": _U, "ፕሮፌሰር": _U,
    # Tamil, Telugu, Kannada, Malayalam: Thiru/Sri, Thirumathi/Srimathi, Selvi/Kumari, Dr
    "திரு": _M, "திருமதி": _F, "செல்வி": _F, "டாக்டர்": _U,
    "శ్రీ": _M, "శ్రీమతి": _F, "శ్రీమాన్": _M, "కుమారి": _F, "డాక్టర్": _U,
    "ಶ್ರೀ": _M, "ಶ್ರೀಮತಿ": _F, "ಕುಮಾರಿ": _F, "ಡಾ": _U,
    "ശ്രീ": _M, "ശ്രീമതി": _F, "കുമാരി": _F, "ഡോ": _U,
    # Gujarati, Gurmukhi, Bengali, Sinhala (Srimath, Srimathi), Devanagari
    "શ્રી": _M, "શ્રીમતી": _F, "કુમારી": _F, "ડૉ": _U,
    "ਸਰਦਾਰ": _M, "ਸਰਦਾਰਨੀ": _F, "ਸ੍ਰੀ": _M, "ਸ਼੍ਰੀ": _M, "ਸ੍ਰੀਮਤੀ": _F, "ਸ਼੍ਰੀਮਤੀ": _F,
    "ਬੀਬੀ": _F, "ਡਾ": _U,
    "জনাব": _M, "বেগম": _F, "শ্রী": _M, "শ্রীমতী": _F, "শ্রীমান": _M, "ডঃ": _U, "ডা": _U,
    "ශ්‍රීමත්": _M, "ශ්‍රීමතී": _F, "ශ්‍රීමතිය": _F,
    "श्री": _M, "श्रीमती": _F, "सुश्री": _F, "कुमारी": _F, "श्रीमान": _M, "डॉ": _U,
    # credits: "photo by" (Khmer, Lao), "photo:" (Amharic, Sinhala: a colon follows)
    "រូបថតដោយ": _U, "ថតដោយ": _U, "ພາບໂດຍ": _U, "ຖ່າຍໂດຍ": _U,
}  # fmt: skip
# English credits and greetings before a name in another script ("Photo by …", "Congrats to …").
_EN_CUE = re.compile(r"(?:(?<![^\W\d_])(?:by|meet|featuring|feat\.?|ft\.?|courtesy of|photographer:?"
                     r"|credits?:|photo:|(?:congrats|congratulations) to)"
                     r"|©)\s*$", re.I)  # fmt: skip
# A role noun of an English caption before a colon and a name in another script ("Carpet seller
# in Yerevan: …", "Weaver at the night market: …").
_EN_ROLE_COLON = re.compile(
    r"(?<![^\W\d_])(?:maker|seller|vendor|artist|host|weaver|owner|potter|cook|chef|farmer|guide"
    r"|driver|tailor|baker|carver|painter|fisherman|brewer|teacher|dancer|singer|musician"
    r"|embroiderer|barber|monk|nun|priest)s?\b[^:.!?]{0,40}:\s*$", re.I)  # fmt: skip
# Possessives written after the thing owned and before the owner, with a space (Khmer "of", Lao
# "of"): "ហាងកាហ្វេរបស់ ចាន់ ស្រីមុំ" (Chan Sreymom's café); in these scripts words are not
# spaced, so two spaced words after one are a surname and a given name.
_POSSESSIVE_BEFORE = ("របស់", "ຂອງ")
# Participles after a two-word name in the South Indian scripts: drew, cooked, took (a photo),
# sang, wrote, made, wove, put (a kolam/muggu): "முத்துலட்சுமி ராஜன் வரைந்த கோலம்".
_PARTICIPLE_AFTER = _words(
    """வரைந்த சமைத்த எடுத்த பாடிய எழுதிய செய்த நெய்த போட்ட
    గీసిన వండిన తీసిన పాడిన రాసిన చేసిన వేసిన అల్లిన
    ಬಿಡಿಸಿದ ಮಾಡಿದ ತೆಗೆದ ಹಾಡಿದ ಬರೆದ ಬೇಯಿಸಿದ ಹಾಕಿದ ನೇಯ್ದ
    വരച്ച ഉണ്ടാക്കിയ എടുത്ത പാടിയ എഴുതിയ നെയ്ത ഇട്ട"""
)
# Plural endings of those scripts: "students drew", "children drew" name no person.
_PLURAL_END = ("கள்", "லு", "ళ్ళు", "ಗಳು", "ರು", "കൾ")
# An Amharic or Tigrinya caption opening with a given name and the father's name, then "in/at",
# "from" or "with" ("ሄኖክ ታደሰ በአዲስ አበባ …"): unless the two words name a place ("ባሕር ዳር
# በጠዋት", Bahir Dar in the morning) or a place noun follows.
_ET_PREP = ("በ", "ከ", "ኣብ", "ምስ")
_ET_PLACE_FIRST = _words(
    """አዲስ ባሕር ባህር ደብረ ድሬ ጣና ሶደሬ ላሊበላ ጎንደር አክሱም ሐረር ሀረር መቐለ መቀሌ ኣስመራ አስመራ
    ምጽዋ ከረን አዋሳ ሀዋሳ ጅማ ደሴ አዳማ ቢሾፍቱ አርባ ሻሸመኔ ደብረዘይት ወልዲያ ጋምቤላ አሶሳ ሰመራ"""
)
_ET_PLACE_NOUN = _words("ከተማ ሐይቅ ሀይቅ ወንዝ ተራራ ጣቢያ ስታዲየም ክልል ዞን ወረዳ ቀበሌ ፏፏቴ መናፈሻ")
# Amharic and Tigrinya prepositions written attached to the title: of, to, from, by/in, with.
_ET_PREFIX = frozenset("የለከበንእ")
_CREDIT_COLON = _words("ፎቶ ፎቶግራፍ ඡායාරූපය ඡායාරූප ছবি ফটো फोटो படம் ఫోటో ಫೋಟೋ ഫോട്ടോ")
# Honorifics written after the name (Sinhala Mahattaya/Mahatmiya/Menawiya, Telugu garu, Tamil
# avargal, Kannada avaru, Hindi ji/sahab, Marathi yancha …, Bengali babu/saheb, Gurmukhi ji,
# Tibetan lags).
_TITLE_AFTER = {
    "මහතා": _M, "මහත්තයා": _M, "මහත්තයාගේ": _M, "මහත්මයා": _M, "මහතාගේ": _M, "මහතාට": _M, "මහත්මිය": _F, "මහත්මියගේ": _F,
    "මෙනවිය": _F, "గారు": _U, "గారి": _U, "గారికి": _U, "గారితో": _U, "அவர்கள்": _U,
    "அவர்களுக்கு": _U, "அவர்களின்": _U, "ಅವರ": _U, "ಅವರು": _U, "ಅವರಿಗೆ": _U,
    "जी": _U, "साहब": _M, "यांचा": _U, "यांची": _U, "यांचे": _U, "यांना": _U, "यांनी": _U,
    "ज्यू": _U, "বাবু": _M, "সাহেব": _M, "ਜੀ": _U, "ལགས": _U, "ལགས་": _U,
}  # fmt: skip
# A Bengali honorific written attached to the given name, before a case ending ("সুব্রতবাবুর").
_BN_ATTACHED = re.compile(r"^([\u0980-\u09ff]{2,}?)(?:বাবু|সাহেব)(?:র|কে|ের|দের|ও)?$")
# Places named after people or deities, after the name (South Asian and Ge'ez scripts) or before
# it (Khmer, Lao): a title word in such a name ("ශ්‍රී …", "ಶ್ರೀ ಕೃಷ್ಣ ಮಠ") names no person.
_TITLED_PLACE = _words(
    """ផ្លូវ វត្ត សាលា វិទ្យាល័យ ផ្សារ មន្ទីរពេទ្យ ស្ពាន វិមាន សាកលវិទ្យាល័យ
    ຖະໜົນ ວັດ ໂຮງຮຽນ ໂຮງໝໍ ຕະຫຼາດ ຂົວ
    መንገድ አደባባይ ሆስፒታል ቤተክርስቲያን ካቴድራል ዩኒቨርሲቲ ሐውልት ጎዳና ገበያ ትምህርት
    ቤተ ክርስቲያን መስጊድ ገዳም
    கோவில் கோயில் சாலை தெரு பள்ளி கல்லூரி மருத்துவமனை பல்கலைக்கழகம் நகர் அரங்கம் மண்டபம்
    பூங்கா பாலம் சதுக்கம் நிலையம் கோட்டம் துறைமுகம்
    ఆలయం గుడి రోడ్డు వీధి పాఠశాల కళాశాల ఆసుపత్రి విశ్వవిద్యాలయం నగర్ పార్క్ స్టేడియం
    గార్డెన్స్ సరస్సు
    ದೇವಸ್ಥಾನ ಮಠ ಮಂದಿರ ರಸ್ತೆ ಶಾಲೆ ಕಾಲೇಜು ಆಸ್ಪತ್ರೆ ವಿಶ್ವವಿದ್ಯಾಲಯ ನಗರ ಉದ್ಯಾನ ಕ್ರೀಡಾಂಗಣ ವೃತ್ತ
    ನಿಲ್ದಾಣ ಅರಮನೆ
    ക്ഷേത്രം പള്ളി റോഡ് സ്കൂൾ കോളേജ് ആശുപത്രി സർവകലാശാല നഗർ പാർക്ക് സ്റ്റേഡിയം
    મંદિર રોડ માર્ગ શાળા કોલેજ હોસ્પિટલ યુનિવર્સિટી નગર સ્ટેડિયમ બાગ ચોક આશ્રમ
    ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਮੰਦਰ ਰੋਡ ਸੜਕ ਸਕੂਲ ਕਾਲਜ ਹਸਪਤਾਲ ਯੂਨੀਵਰਸਿਟੀ ਨਗਰ ਚੌਕ ਸਟੇਡੀਅਮ ਬਾਗ
    রোড সরণি সড়ক মন্দির মসজিদ বিদ্যালয় কলেজ হাসপাতাল বিশ্ববিদ্যালয় সরোবর ভবন মিনার স্টেডিয়াম
    উদ্যান
    විද්‍යාලය පාර මාවත පන්සල විහාරය රෝහල විශ්වවිද්‍යාලය පිටිය ක්‍රීඩාංගණය මාළිගාව පෙරහැර
    ମନ୍ଦିର ରାସ୍ତା ମାର୍ଗ ଛକ ବିଦ୍ୟାଳୟ ମହାବିଦ୍ୟାଳୟ ବିଶ୍ୱବିଦ୍ୟାଳୟ ଡାକ୍ତରଖାନା ଷ୍ଟାଡିୟମ ନଗର ଉଦ୍ୟାନ ପାର୍କ
    ସେତୁ
    ཕོ་བྲང ལྷ་ཁང དགོན་པ"""
) | _words(  # airports, "international", dams and lakes of the South Asian scripts
    """విమానాశ్రయం విమానాశ్రయంలో అంతర్జాతీయ ఆనకట్ట ಅಂತರಾಷ್ಟ್ರೀಯ ಅಂತಾರಾಷ್ಟ್ರೀಯ ಅಣೆಕಟ್ಟು ಕೆರೆ ಮೈದಾನ
    বিমানবন্দর আন্তর্জাতিক এভিনিউ সেতু স্টেশন পার্ক ବିମାନବନ୍ଦର ଆନ୍ତର୍ଜାତୀୟ
    विमानतळ विमानस्थल अंतरराष्ट्रीय अंतर्राष्ट्रीय अन्तर्राष्ट्रिय आंतरराष्ट्रीय सरोवर
    വിമാനത്താവളം അന്താരാഷ്ട്ര മൈതാനം એરપોર્ટ આંતરરાષ્ટ્રીય ਅੰਤਰਰਾਸ਼ਟਰੀ ਹਵਾਈ
    ගුවන්තොටුපළ ජාත්‍යන්තර சர்வதேச விமான"""
) | _words(  # rivers, named after a goddess or a person ("కృష్ణా నది", "कावेरी नदी")
    "नदी নদী ਨਦੀ નદી నది ನದಿ നദി நதி ନଦୀ ගඟ"
)
# Festivals named after a deity or a person ("శ్రీ రామ నవమి", "ಶ್ರೀ ಕೃಷ್ಣ ಜನ್ಮಾಷ್ಟಮಿ"): after a
# name only (some are given names too: पूजा, Puja).
FESTIVALS = _words(
    """पूजा जयंती जयन्ती नवमी चतुर्थी उत्सव महोत्सव मेला पूर्णिमा जन्माष्टमी
    পূজা পুজো জয়ন্তী উৎসব মেলা পূর্ণিমা নবমী জন্মাষ্টমী
    ಜನ್ಮಾಷ್ಟಮಿ ಜಯಂತಿ ನವಮಿ ಚತುರ್ಥಿ ಉತ್ಸವ ಪೂಜೆ ಹಬ್ಬ
    నవమి జయంతి చతుర్థి ఉత్సవం పూజ జన్మాష్టమి పండుగ
    ജയന്തി നവമി ഉത്സവം പൂജ അഷ്ടമി
    ચતુર્થી જયંતી નવમી ઉત્સવ પૂજા જન્માષ્ટમી મેળો
    ਪੁਰਬ ਜਯੰਤੀ ਉਤਸਵ ਮੇਲਾ ਗੁਰਪੁਰਬ
    ஜெயந்தி நவமி சதுர்த்தி விழா பூஜை திருவிழா
    උත්සවය පූජාව
    በዓል ፌስቲቫል"""
)
# "Sri" titles also stand before deities and holy places ("श्री गणेश जी", "ਸ੍ਰੀ ਹਰਿਮੰਦਰ ਸਾਹਿਬ"):
# after one of them a person's name has two words (given name and surname).
_SRI = _words("శ్రీ ಶ್ರೀ ശ്രീ શ્રી ਸ੍ਰੀ ਸ਼੍ਰੀ শ্রী श्री திரு")
# Words that end a name in the rules below: "and", "at", "with" of these languages (Khmer និង,
# នៅ, ជាមួយ; Lao ແລະ, ຢູ່, ກັບ; Amharic እና, ጋር; Sinhala සමඟ …).
_TITLED_STOP = _words(
    "និង នៅ ជាមួយ ແລະ ຢູ່ ກັບ ແມ່ນ እና ጋር ምስ සමඟ සහ மற்றும் మరియు ಮತ್ತು ഒപ്പം અને ਅਤੇ ਤੇ "
    "এবং ও और और का की के ने को ला དང་ དང "
    # Amharic and Tigrinya pronouns, "all", "today", "here", "very", "this" ("ሰላም ለሁሉም", hello
    # to all: Selam is a given name, the phrase none)
    "ሁሉም ለሁሉም ሁላችሁ ሁላችሁም ለሁላችሁ ለሁላችሁም ሁሉ እኛ እናንተ እኔ አንተ አንቺ እሱ እሷ ዛሬ ነገ ትናንት "
    "እዚህ እዚያ በጣም ብዙ ይህ ያ ይህን ኩላትኩም ንኹሉ ኩሉ ሎሚ ጽቡቕ ኣዝዩ እዚ"
)
_TITLE_WORD = re.compile(r"[^\s,;:!?()\"“”|\u104a\u104b\u17d4\u17d5\u1361-\u1368\u0f0d\u0964\u0965]+")
_TITLE_STRIP = ".!?'’"
_TITLED_LOCALE = {"TAMIL": "ta_IN", "BENGALI": "bn_BD", "DEVANAGARI": "hi_IN",
                  "SINHALA": "si_LK", "GUJARATI": "gu_IN"}  # fmt: skip


# "ji" after a lone given name (Hindi, Marathi, Punjabi): a person ("सुनीता जी", Sunita ji), unless
# the word is a kin or role noun ("दादी जी", grandma; "गुरु जी") or a deity ("हनुमान जी").
_JI = _words("जी ਜੀ")
_JI_NOT = _words("""दादी दादा नानी नाना मामा मामी चाचा चाची ताऊ ताई बुआ मौसी मौसा भाभी भैया भइया दीदी
    माता पिता माँ मां बाबा बाबू गुरु गुरू स्वामी नेता मास्टर डॉक्टर पंडित पुजारी महाराज सर मैडम
    हनुमान राम कृष्ण शिव गणेश साईं सांई बालाजी भगवान देवी शंकर विष्णु ब्रह्मा लक्ष्मी दुर्गा सरस्वती
    पार्वती सीता राधा गांधी नेहरू शास्त्री बापू ਬਾਬਾ ਗੁਰੂ ਮਾਤਾ ਪਿਤਾ ਬਾਪੂ ਦਾਦੀ ਦਾਦਾ ਭਾਬੀ ਭੈਣ""")
_JI_LANG = {"DEVANAGARI": "hi", "GURMUKHI": "pa"}


def _ji_given(w: str) -> bool:
    """``w`` (before "ji") romanizes to a strong given name borne mostly in South Asia and is
    no frequent word of the language ("सुनीता" → sunita; not "माता", mother)."""
    if w in _JI_NOT or len(w) < 2 or not titled_word(w):
        return False
    lang = _JI_LANG.get(script_of(w))
    if lang is None or word_freqs(lang).get(w, 0.0) >= 1e-4:
        return False
    t = name_tables()
    return any((f := t.first_name(r)) is not None and f[2] == 2 and south_asian(r, False)
               for r in romanizations(w))  # fmt: skip


def titled_word(w: str) -> bool:
    """A word that may be part of a name after or before a title: no title, stop word or
    place noun itself, and letters of a non-Latin script."""
    return (w not in _TITLE_BEFORE and w not in _TITLE_AFTER and w not in _TITLED_STOP
            and w not in _PARTICIPLE_AFTER
            and w not in _TITLED_PLACE and script_of(w) != "latin")  # fmt: skip


def _ET_OPENER(text: str, w: str, nxt: tuple, third: tuple) -> bool:  # noqa: N802
    """``w`` and ``nxt`` (opening the caption) are a Ge'ez given name and father's name before a
    prepositional word ("… በጎንደር", in Gondar; "… ኣብ መቐለ", in Mekelle)."""
    x = third[2]
    return ("\u1200" <= w[:1] <= "\u137f" and script_of(nxt[2]) == script_of(w) == script_of(x)
            and text[len(w) : nxt[0]] == " " and text[nxt[1] : third[0]] == " "
            and titled_word(w) and titled_word(nxt[2]) and w not in _ET_PLACE_FIRST
            and not w.startswith("የ")  # "የልደት በዓል …": a phrase "of …" opens no name
            and nxt[2] not in _ET_PLACE_NOUN and nxt[2] not in FESTIVALS and x not in _ET_PLACE_NOUN
            and (x in ("ኣብ", "ምስ") or (x.startswith(("በ", "ከ")) and len(x) >= 3
                                         and x[1:] not in _ET_PLACE_NOUN))
            and _et_romanized_pair(w, nxt[2]))  # fmt: skip


# Food and drink of Amharic and Tigrinya captions (coffee, tea, injera, stews, bread, beer, mead,
# roasted barley …), some of them spelled like given names of the tables.
_ET_FOOD = _words("""ቡና ሻይ እንጀራ ወጥ ዳቦ ጠላ ጠጅ ቆሎ ክትፎ ጥብስ ሽሮ ምስር ፍርፍር ቅቅል ዶሮ ገንፎ
    ቂጣ ቅንጬ በየአይነቱ ጨጨብሳ ዱለት ቋንጣ ሻሂ ጸብሒ ኣንጀራ""")


# Father's names built on "servant of", "gift of", "plant of", "power of" ("ወልደማርያም", "ገብረመድህን").
_ET_COMPOUND = ("ወልደ", "ገብረ", "ሀብተ", "ኃይለ", "ተክለ", "ወለተ")


_ET_SIXTH_MAX = 4  # sixth-order letters of a word spelled both ways (2 ** 4 spellings)


def et_romanizations(word: str) -> list[str]:
    """Latin spellings of a Ge'ez word for name lookups, ``anyascii``'s first: no glottal or
    pharyngeal marks, the sixth order (a consonant alone or with a short "i", the fifth of
    each row of eight) inside the word written both ways ("ግርማ" → "grma", "girma"; "ትዕግስት" →
    "tigist"; "ዳንኤል" → "daniel"), the Tigrinya ኸ row as "k" ("ተኽለ" → "tekle"), and each
    spelling once more as Latin writes a glide and ወ ("ሕይወት" → "hiwot")."""
    parts, sixth = [], []
    for k, ch in enumerate(word):
        r = anyascii(ch).lower().replace("'", "").replace("`", "")
        if "\u12b8" <= ch <= "\u12be" and r.startswith("h"):  # ኸ ኹ ኺ ኻ ኼ ኽ ኾ: kh
            r = "k" + r[1:]
        if "\u1200" <= ch <= "\u135a" and (ord(ch) - 0x1200) % 8 == 5 and k < len(word) - 1:
            sixth.append(len(parts))
        parts.append(r)
    out = ["".join(parts)]
    sixth = sixth[:_ET_SIXTH_MAX]
    for mask in range(1, 2 ** len(sixth)):
        cut = list(parts)
        for j, at in enumerate(sixth):
            if mask >> j & 1:
                cut[at] += "i"
        out.append("".join(cut))
    # a sixth-order ይ after an "i" is a glide Latin drops, and ወ's vowel is written "o" as
    # often as "e" ("ሕይወት": hiywet → Hiwot; "ወልደ": Wolde)
    out += [v for r in out if (v := r.replace("iy", "i").replace("we", "wo")) != r]
    return list(dict.fromkeys(out))


def _et_romanized_pair(a: str, b: str, strong: bool = False, unisex: bool = False) -> bool:
    """Romanized, ``a`` is a given name of the tables with a gender ("ሄኖክ": Henok) and ``b`` a
    listed name or a compound father's name: "ዶሮ ወጥ" (chicken stew: "doro" is a unisex name
    of the tables, "wet" none) is no person. Any spelling of :func:`et_romanizations` counts;
    no spelling may be a word. Before a compound father's name the given name may be unisex
    ("ሚኪኤል ገብረሚካኤል"); ``strong``: both names strong in the tables ("ዳዊት መኮንን"); ``unisex``:
    a given name of the tables of any gender before a strong name ("ተመስገን ሞገስ")."""
    if a in _ET_FOOD or b in _ET_FOOD:
        return False  # "ሻይ ቡና" (tea, coffee): "shay" is a given name of the tables
    t = name_tables()
    ras, rbs = et_romanizations(a), et_romanizations(b)
    if any(t.is_word(r) for r in (*ras, *rbs)):
        return False
    compound = b.startswith(_ET_COMPOUND)
    if unisex:
        return any(t.first_name(r) for r in ras) and any(
            (x := t.first_name(r) or t.last_name(r)) is not None and x[-1] == 2 for r in rbs)
    if strong:
        return any((fa := t.first_name(r)) is not None and fa[0] != "U" and fa[2] == 2 for r in ras) and (
            compound or any((x := t.first_name(r)) is not None and x[-1] == 2 or (
                (y := t.last_name(r)) is not None and y[-1] == 2) for r in rbs))  # fmt: skip
    return any((fa := t.first_name(r)) is not None and (fa[0] != "U" or compound) for r in ras) and (
        compound or any(t.first_name(r) or t.last_name(r) for r in rbs)
    )


def _et_alone_pair(text: str, words: list, k: int) -> bool:
    """``words[k]`` and the next are a Ge'ez given name and father's name standing alone among
    the Latin words of a caption ("ኤልሳቤጥ ከበደ at her graduation", "Harar market, ሙሉጌታ
    ደምሴ selling …"), or opening an Amharic or Tigrinya caption before any word, both names
    strong in the tables ("ዳዊት መኮንን ኳስ ሲጫወት", … playing ball)."""
    (s, e, a), (s2, _, b) = words[k], words[k + 1]
    if (text[e:s2] != " " or script_of(b) != script_of(a) or not (titled_word(a) and titled_word(b))
            or a in _ET_PLACE_FIRST or b in _ET_PLACE_NOUN or b in FESTIVALS):  # fmt: skip
        return False
    prev = words[k - 1][2] if k else ""
    third = words[k + 2][2] if k + 2 < len(words) else ""
    if (not prev or script_of(prev) == "latin") and (not third or script_of(third) == "latin") and (
            prev or third):  # fmt: skip
        return _et_romanized_pair(a, b) or _et_romanized_pair(a, b, unisex=True)
    return (s == 0 and script_of(third) == script_of(a) and third not in _ET_PLACE_NOUN
            and third not in FESTIVALS and third not in _TITLED_PLACE and not a.startswith("የ")
            and _et_romanized_pair(a, b, strong=True))  # fmt: skip


# The possessive and dative prefixes written attached to a name ("የአበበ ተስፋዬ ቡና ቤት", Abebe
# Tesfaye's café; "ለፋሲካ …", to Fasika …), and "with"/"and" before a Ge'ez name in an English
# caption ("Injera baking with መሠረት በቀለ").
_ET_NAME_PREFIX = frozenset("የለበከ")  # (and "at"/"by", "from": "በአበበ ተስፋዬ ቤት", at Abebe Tesfaye's)
_EN_WITH = re.compile(r"(?<![^\W\d_])(?:with|and|&)\s*$", re.I)


def _et_pair_at(words: list, k: int, a: str, text: str) -> bool:
    """``a`` (``words[k]``, or its part after a prefix) and ``words[k + 1]`` are a Ge'ez given
    name and father's name: spaced, no title, place or festival word (and no place noun right
    after: "የቅዱስ ገብርኤል ቤተክርስቲያን", St Gabriel's church), their spellings names."""
    if k + 1 >= len(words) or not "\u1200" <= a[:1] <= "\u137f" or len(a) < 2:
        return False
    b = words[k + 1][2]
    after = words[k + 2][2] if k + 2 < len(words) else ""
    return (script_of(b) == script_of(a) and text[words[k][1] : words[k + 1][0]] == " "
            and titled_word(a) and titled_word(b) and a not in _ET_PLACE_FIRST
            and b not in _ET_PLACE_NOUN and b not in FESTIVALS and after not in _TITLED_PLACE
            and after not in _ET_PLACE_NOUN and after not in FESTIVALS
            and _et_romanized_pair(a, b))  # fmt: skip


# Amharic congratulations to a woman, a man, a group, in respect ("እንኳን ደስ አለሽ …").
_ET_CONGRATS = _words("አለሽ አለህ አላችሁ አለዎት ያለሽ ያለህ ያላችሁ ያለዎት")


def _et_cue_before(words: list, k: int, out: list) -> bool:
    """A name pair may follow: a congratulation ("ደስ አለሽ") or "እና" (and) right after the
    name found before it ("ብሩክ ታደሰ እና …")."""
    prev = words[k - 1][2]
    if prev == "እና":
        return bool(out) and out[-1][1] == words[k - 2][1]
    return prev in _ET_CONGRATS and words[k - 2][2] == "ደስ"


def titled_names(text: str) -> list[tuple]:
    """Names next to a title or honorific in the scripts of ``TITLED_GATE`` (see above)."""
    words = []
    for m in _TITLE_WORD.finditer(text):
        w = m.group().rstrip(_TITLE_STRIP)
        if w:
            words.append((m.start(), m.start() + len(w), w))
    out = []
    for k, (s, e, w) in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (k == 0 or words[k - 1][2] != w and script_of(words[k - 1][2]) == "latin") and (
                script_of(w) != "latin" and (_EN_CUE.search(text, max(0, s - 32), s) or (
                    text[s - 2 : s] == ": " and _EN_ROLE_COLON.search(text, max(0, s - 64), s)))):  # fmt: skip
            run = [words[k]]  # "Photo by ዮናስ ደሳለኝ": a credit in an English caption
            while len(run) < 2 and k + len(run) < len(words) and (
                    x := words[k + len(run)])[2] and script_of(x[2]) == script_of(w) and (
                    text[run[-1][1] : x[0]] == " "):  # fmt: skip
                run.append(x)
            last = k + len(run)
            if all(titled_word(x[2]) for x in run) and (
                    last == len(words) or script_of(words[last][2]) == "latin"):  # fmt: skip
                out.append((run[0][0], run[-1][1], _U, _TITLED_LOCALE.get(script_of(w), "en_US"),
                            True, None))  # fmt: skip
                continue
        if k == 0 and s == 0 and nxt is not None and k + 2 < len(words) and _ET_OPENER(
                text, w, nxt, words[k + 2]):  # fmt: skip
            out.append((s, nxt[1], _U, "en_US", True, None))
            continue
        if "\u1200" <= w[:1] <= "\u137f" and nxt is not None and _et_alone_pair(text, words, k):
            out.append((s, nxt[1], _U, "en_US", True, None))  # "… ሙሉጌታ ደምሴ selling …"
            continue
        if k > 1 and "\u1200" <= w[:1] <= "\u137f" and _et_cue_before(words, k, out) and (
                _et_pair_at(words, k, w, text)) and (_et_romanized_pair(w, nxt[2], strong=True) or (
                _et_romanized_pair(w, nxt[2], unisex=True))):  # fmt: skip
            out.append((s, nxt[1], _U, "en_US", True, None))  # "እንኳን ደስ አለሽ ሰላማዊት …", "… እና ሄለን …"
            continue
        if w[:1] in _ET_NAME_PREFIX and _et_pair_at(words, k, w[1:], text):
            out.append((s + 1, nxt[1], _U, "en_US", True, None))  # "የአበበ ተስፋዬ …"
            continue
        if k > 0 and _EN_WITH.search(text, max(0, s - 8), s) and script_of(
                words[k - 1][2]) == "latin" and _et_pair_at(words, k, w, text):  # fmt: skip
            out.append((s, nxt[1], _U, "en_US", True, None))  # "… with መሠረት በቀለ"
            continue
        if w.endswith(_POSSESSIVE_BEFORE) and nxt is not None and text[e : nxt[0]] == " ":
            pair = words[k + 1 : k + 3]
            if (len(pair) == 2 and all(titled_word(x[2]) and script_of(x[2]) == script_of(w)
                                       for x in pair) and text[pair[0][1] : pair[1][0]] == " "):  # fmt: skip
                out.append((pair[0][0], pair[1][1], _U, "en_US", True, None))
                continue
        gender = _TITLE_BEFORE.get(w)
        if gender is None and w[:1] in _ET_PREFIX and "\u1200" <= w[:1] <= "\u137f":
            gender = _TITLE_BEFORE.get(w[1:])  # "የአቶ …" (Ato …'s), "ለወ/ሮ …" (to W/ro …)
        if gender is None and w in _CREDIT_COLON and text[e : e + 1] == ":":
            gender = _U
        if gender is not None and nxt is not None and titled_word(nxt[2]) and (
                script_of(nxt[2]) == script_of(w)) and text[e:nxt[0]].strip(" :.") == "":  # fmt: skip
            if k > 0 and words[k - 1][2] in _TITLED_PLACE:
                continue  # "ផ្លូវ លោក …": a street named after someone
            span = [nxt]
            third = words[k + 2] if k + 2 < len(words) else None
            if third is not None and titled_word(third[2]) and script_of(third[2]) == script_of(w) and (
                    text[nxt[1]:third[0]] == " "):  # fmt: skip
                span.append(third)
            if any(x[2] in _TITLED_PLACE for x in words[k + 1 : k + 5]) or any(
                    x[2] in FESTIVALS for x in words[k + 2 : k + 5]) or (
                    w in _SRI and len(span) < 2):  # fmt: skip
                continue  # "ಶ್ರೀ ಕೃಷ್ಣ ಮಠ": a holy place; "श्री गणेश जी": a deity
            out.append((span[0][0], span[-1][1], gender, _TITLED_LOCALE.get(script_of(w), "en_US"),
                        True, None))  # fmt: skip
            continue
        if w in _PARTICIPLE_AFTER and k >= 2:
            a, b = words[k - 2], words[k - 1]
            sc = script_of(w)
            if (titled_word(a[2]) and titled_word(b[2]) and script_of(a[2]) == sc
                    and script_of(b[2]) == sc and text[a[1]:b[0]] == " " and text[b[1]:s] == " "
                    and (k == 2 or text[words[k - 3][1] : a[0]].strip() != "")
                    and not a[2].endswith(_PLURAL_END) and not b[2].endswith(_PLURAL_END)):  # fmt: skip
                out.append((a[0], b[1], _U, _TITLED_LOCALE.get(sc, "en_US"), True, None))
            continue
        gender = _TITLE_AFTER.get(w)
        if gender is not None and k >= 1 and script_of(w) == "TIBETAN":
            a = words[k - 1]  # a Tibetan name is one run of syllables: "བསོད་ནམས་སྒྲོལ་མ ལགས"
            if titled_word(a[2]) and a[2].count("\u0f0b") >= 1 and text[a[1]:s] == " ":
                out.append((a[0], a[1], gender, "en_US", True, None))
            continue
        if gender is not None and k >= 2:
            a, b = words[k - 2], words[k - 1]
            sc = script_of(w)
            if (titled_word(a[2]) and titled_word(b[2]) and script_of(a[2]) == sc
                    and script_of(b[2]) == sc and text[a[1]:b[0]] == " " and text[b[1]:s] == " "
                    and (k < 3 or words[k - 3][2] not in _TITLE_BEFORE)):  # fmt: skip
                out.append((a[0], b[1], gender, _TITLED_LOCALE.get(sc, "en_US"), True, None))
                continue
        if w in _JI and k >= 1 and text[words[k - 1][1] : s] == " " and _ji_given(words[k - 1][2]):
            b = words[k - 1]  # "सुनीता जी की रसोई": a lone given name before "ji"
            out.append((b[0], b[1], _U, _TITLED_LOCALE.get(script_of(w), "en_US"), True, None))
            continue
        if gender is not None and k >= 2:
            continue
        if (m := _BN_ATTACHED.match(w)) is not None:
            out.append((s, s + m.end(1), _M, "bn_BD", True, None))
    if max(text) >= "\u1000" and _MY_TITLE.search(text):
        out += _burmese_names(text)
    if "." in text and _TA_INITIAL.search(text):
        out += _tamil_initial_names(text)
    return out


# Tamil writes the father's initial (or two) before the given name ("மு. கருணாநிதி", "க.
# செல்வராஜ்", "ஆர். கே. …", R. K.): one letter, a dot, then a word whose romanization is a strong given name or
# surname of the tables; not the abbreviations of eras and units ("கி.மு.", BC; "கி.மீ.", km).
_TA_INITIAL = re.compile(
    r"(?<![\u0b80-\u0bff.])((?:[\u0b80-\u0bff]{1,3}\. ?){1,2})([\u0b80-\u0bff]{3,})(?![\u0b80-\u0bff.])"
)
_TA_ABBREVIATIONS = frozenset(("கி.மு.", "கி.பி.", "கி.மீ.", "செ.மீ.", "மி.மீ.", "கி.கி.", "மு.ப.", "பி.ப.", "ச.கி.மீ."))


def _tamil_initial_names(text: str) -> list[tuple]:
    t = name_tables()
    freqs = word_freqs("ta")
    out = []
    for m in _TA_INITIAL.finditer(text):
        word = m.group(2)
        if m.group(1).replace(" ", "") in _TA_ABBREVIATIONS or freqs.get(word, 0.0) >= 1e-3:
            continue
        if any(t.is_word(r) for r in romanizations(word)[:2]):
            continue
        if any(((f := t.first_name(r)) is not None and f[2] == 2) or (
                (x := t.last_name(r)) is not None and x[1] == 2) for r in romanizations(word, 48)):  # fmt: skip
            out.append((m.start(), m.end(), _U, "ta_IN", True, None))
    return out


# Burmese titles written attached before the name: U, Daw, Maung, Dr (strong), Ko and Ma (the
# object particle ကို and the negation မ are written the same: the name must stand alone).
_MY_TITLE = re.compile(r"(?<![\u1000-\u109f])(?:ဦး|ဒေါ်|မောင်|ဒေါက်တာ|ကို|မ)")
_MY_STRONG = {"ဦး": _M, "ဒေါ်": _F, "မောင်": _M, "ဒေါက်တာ": _U}
_MY_WEAK = {"ကို": _M, "မ": _F}
# Words that open with a title's syllable: hat, head, brain, lead, first, aim, dollar, morning.
_MY_NOT_NAME = ("ဦးထုပ်", "ဦးခေါင်း", "ဦးနှောက်", "ဦးဆောင်", "ဦးစွာ", "ဦးတည်", "ဦးစား", "ဒေါ်လာ",
                "မနက်", "ကိုယ်")  # fmt: skip
# Syllables a Burmese name does not end in: particles (possessive, "and", object), negation
# endings and place nouns glued to a name ("…လမ်း", street; "…ဈေး", market).
_MY_END = ("ရဲ့", "၏", "နဲ့", "နှင့်", "က", "ကို", "မှာ", "သည်", "တို့", "ဘူး", "ပါ", "ချင်", "လမ်း",
           "ဈေး", "ကျောင်း", "ဘုရား", "စေတီ", "ဆေးရုံ", "ရုံ", "တံတား", "ပန်းခြံ", "စာ")  # fmt: skip
_MY_WORD = re.compile(r"[\u1000-\u109f]+")


def _my_syllables(word: str) -> list[str]:
    """A Burmese word cut into syllables: a new one starts at each consonant or independent
    vowel that is not stacked under a virama and carries no asat."""
    cuts = [i for i, ch in enumerate(word)
            if ("\u1000" <= ch <= "\u102a" or ch == "\u103f") and (i == 0 or word[i - 1] != "\u1039")
            and not re.match("\u1037?[\u103a\u1039]", word[i + 1 : i + 3])]  # fmt: skip
    if not cuts or cuts[0] != 0:
        cuts = [0, *cuts]
    return [word[a:b] for a, b in zip(cuts, [*cuts[1:], len(word)])]


def _burmese_names(text: str) -> list[tuple]:
    out = []
    for m in _MY_WORD.finditer(text):
        word = m.group()
        if word.startswith(_MY_NOT_NAME):
            continue
        if word in _MY_STRONG and text[m.end() : m.end() + 1] == " " and (
                nxt := _MY_WORD.match(text, m.end() + 1)) is not None:  # fmt: skip
            rest = _my_syllables(nxt.group())  # the title written apart: "ဦး ဘသိန်း"
            if 2 <= len(rest) <= 4 and not any(r in _MY_END for r in rest) and not (
                    nxt.group().startswith(_MY_NOT_NAME)):  # fmt: skip
                out.append((nxt.start(), nxt.end(), _MY_STRONG[word], "en_US", True, None))
            continue
        syl = _my_syllables(word)
        title = next((t for t in (*_MY_STRONG, *_MY_WEAK) if word.startswith(t)
                      and len(_my_syllables(t)) <= len(syl) and "".join(syl[: len(_my_syllables(t))]) == t),
                     None)  # fmt: skip
        if title is None:
            continue
        rest = syl[len(_my_syllables(title)) :]
        while rest and rest[-1] in ("ရဲ့", "၏", "နဲ့", "က", "ကို", "မှာ"):
            rest = rest[:-1]  # a particle glued after the name
        if len(rest) < 2 or rest[-1] in _MY_END or "".join(rest[-2:]) in _MY_END:
            continue
        if title in _MY_WEAK:
            if len(rest) > 3 or any(r in _MY_END for r in rest):
                continue
            if text[m.end() : m.end() + 1] not in ("", " ") or (m.start() and text[m.start() - 1] != " "):
                continue  # "ကျောင်းကို": the particle after a noun
        start = m.start() + len(title)
        end = start + len("".join(rest))
        out.append((start, end, (_MY_STRONG | _MY_WEAK)[title], "en_US", True, None))
    return out
