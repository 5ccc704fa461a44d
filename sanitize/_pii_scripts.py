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
from functools import cache

from anyascii import anyascii

from trustbench.sanitize._pii_lookup import _grams, name_tables, script_of

# Any letter of a script handled here (Greek … Thai, kana, CJK, Hangul): the gate for the rules.
SCRIPT_GATE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0e01-\u0e4e\u3040-\u30ff\u3400-\u9fff"
                         r"\uac00-\ud7a3]")  # fmt: skip


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
    if _CASED_PAIR.search(text):
        out += _cased_script_names(text)
    return out


# --- Arabic, Hebrew and other spaced, uncased scripts --------------------------------------
# Particles inside Arabic names ("طارق بن سالم"); Hebrew letters written attached as prefixes
# ("ל" to, "ו" and, "ה" the …: "לתמר אברהם").
_AR_PARTICLES = frozenset(("بن", "بنت", "ابن", "أبو", "ابو"))
_HE_PREFIXES = "ולבהמשכ"


def uncased_pairs(text: str, toks: list[tuple[int, int, str]]) -> list[tuple]:
    """Two listed names in a row in a spaced, uncased script (Arabic, Hebrew …), at least one of
    them a strong name; an Arabic given name takes no article ("الملك سعود", King Saud, is a
    title and a name). A Hebrew prefix letter attached to the given name stays outside the span;
    an Arabic particle joins a third name ("طارق بن سالم")."""
    t = name_tables()
    out = []
    for k, ((s1, e1, a), (s2, e2, b)) in enumerate(zip(toks, toks[1:])):
        if text[e1:s2] != " " or min(len(a), len(b)) < 2 or a.startswith("ال"):
            continue
        fa = t.first_name(a)
        if (fa is None and a[0] in _HE_PREFIXES and len(a) > 3 and script_of(a) == "HEBREW"
                and word_freqs("he").get(a, 0.0) < 1e-5):  # "מחנה" (camp) is a word: no "חנה"
            fa = t.first_name(a[1:])
            if fa is not None and fa[2] == 2:
                s1 += 1  # "לתמר": the name starts after the prefix letter
            else:
                fa = None
        if fa is None or len(a) < 3:
            continue
        if b in _AR_PARTICLES and k + 2 < len(toks) and text[e2 : toks[k + 2][0]] == " ":
            c = toks[k + 2][2]
            if t.first_name(c) or t.last_name(c):
                out.append((s1, toks[k + 2][1], fa[0], fa[1], True, None))
            continue
        if len(b) < 3:
            continue
        lb = t.last_name(b) or t.first_name(b)
        if lb and (fa[2] == 2 or lb[-1] == 2):
            out.append((s1, e2, fa[0], fa[1], True, None))
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
_CJK_LEFT = frozenset("和与跟陪给祝喜贺谢让叫请向对把被由替为同见约找等是")
_HAN_COMMON_GIVEN = 400  # how many of the most frequent given-name characters count


@cache
def _han_given_chars() -> frozenset[str]:
    """The characters most frequent in the two-character Han given names of the tables."""
    chars: Counter[str] = Counter()
    for k in name_tables().first:
        if len(k) == 2 and script_of(k) == "CJK":
            chars.update(k)
    return frozenset(c for c, _ in chars.most_common(_HAN_COMMON_GIVEN))


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
        if run[i : i + ln] not in lasts or end > len(run):
            continue
        given = run[i + ln : end]
        if given in ZH_TITLES or zh.get(given, 0.0) >= 5e-6 or zh.get(run[i:end], 0.0) >= 5e-6:
            continue
        left = i == 0 or run[i - 1] in _CJK_LEFT or (
            zh.get(run[i - 1 : i + 1], 0.0) < 1e-7 and zh.get(run[max(0, i - 2) : i], 0.0) >= 1e-6)
        strict = end == len(run) or run[end] in after
        right = strict or (zh.get(run[end - 1 : end + 1], 0.0) < 1e-7 and (
            zh.get(run[end : end + 2], 0.0) >= 1e-6 or zh.get(run[end], 0.0) >= 1e-4))
        if not (left and right):
            continue
        fi = t.first_name(given)
        listed = fi is not None and fi[1][:3] in ("zh_", "ja_")
        if (listed and (strict or fi[2] == 2)) or (strict and set(given) <= _han_given_chars()):
            return ln + 2
    return 0


# --- Indic scripts ------------------------------------------------------------------------
# Letters anyascii writes too plainly for name lookups ("श" is "sh" in names).
_INDIC_FIX = {"श": "sh", "ष": "sh", "व": "v", "छ": "chh", "च": "ch", "শ": "sh", "ষ": "sh"}
_INDIC_VOWELS = frozenset(("A", "AA", "I", "II", "U", "UU", "E", "EE", "AI", "O", "OO", "AU",
                           "VOCALIC R", "VOCALIC L", "CANDRA E", "CANDRA O", "SHORT E",
                           "SHORT O"))  # fmt: skip
_ANUSVARA = frozenset("\u0902\u0982\u0a02\u0a82\u0b02\u0b82\u0c02\u0c82\u0d02")
_NASAL = _ANUSVARA | frozenset("\u0901\u0903\u0981\u0983")  # + candrabindu, visarga


def _consonant(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return " LETTER " in name and name.split(" LETTER ", 1)[1] not in _INDIC_VOWELS


def romanizations(word: str, limit: int = 4) -> list[str]:
    """Romanizations of an Indic word for name lookups, most literal first: ``anyascii`` per
    letter, "n"/"m" for an anusvara, and the inherent vowel "a" after a consonant that no sign
    follows — kept, or dropped as Hindi speech drops it inside words (up to ``limit`` of them),
    and once more with a final "a" ("अंकित" → "ankit", "भटनागर" → "bhatanagar", "bhatnagar",
    "आदित्य" → "adity", "aditya").

    >>> romanizations("भटनागर")[:2]
    ['bhatanagar', 'bhatnagar']
    """
    parts: list[str] = []
    optional: list[int] = []
    for k, ch in enumerate(word):
        nxt = word[k + 1] if k + 1 < len(word) else ""
        if ch in _ANUSVARA:
            parts.append("m" if nxt and anyascii(nxt)[:1] in ("p", "b", "m") else "n")
            continue
        parts.append(_INDIC_FIX.get(ch) or anyascii(ch).lower())
        if nxt and _consonant(ch) and (nxt in _NASAL or not unicodedata.category(nxt).startswith("M")):
            if k:  # the first syllable keeps its vowel
                optional.append(len(parts))
            parts.append("a")
    out = ["".join(parts)]
    for drop in range(1, min(len(optional), limit) + 1):  # drop the k-th inherent vowel
        cut = list(parts)
        cut[optional[drop - 1]] = ""
        out.append("".join(cut))
    if len(optional) > 1:
        out.append("".join(p for k, p in enumerate(parts) if k not in optional[1:]))
    out += [r + "a" for r in out if not r.endswith("a")]
    return list(dict.fromkeys(out))


# --- Thai ----------------------------------------------------------------------------------
_THAI_RUN = re.compile(r"[\u0e01-\u0e3a\u0e40-\u0e4e]+")
# Honorifics written attached to the given name ("คุณสมชาย", "นางสาวพิมพ์ชนก").
_THAI_HONORIFIC = re.compile(r"^(?:คุณ|นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.)")
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
        if _THAI_CLAUSE.match(a) or not _THAI_LEN[0] <= len(a) <= _THAI_LEN[1]:
            i += 1
            continue
        fa = t.first_name(a)
        listed = fa is not None and script_of(a) == "THAI"
        if not (listed or hon or thai_likeness(a) > 0) or _THAI_CUE_END.search(a):
            i += 1  # "ภาพโดย" (photo by), "ขอบคุณ" (thank you) start no name
            continue
        nxt = runs[i + 1] if i + 1 < len(runs) and text[e1 : runs[i + 1][0]] == " " else None
        b = nxt[2] if nxt else ""
        surname = bool(b) and not _THAI_CLAUSE.match(b) and _THAI_LEN[0] < len(b) <= _THAI_LEN[1]
        if surname and not hon and not listed and i + 2 < len(runs) and _thai_pair_at(
                text, runs, i + 1, t) and thai_likeness(b) > thai_likeness(a):  # fmt: skip
            i += 1  # the next two runs are the better name: the whole name or nothing
            continue
        if surname and _thai_pair(a, b, listed, t):
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
    r"(?:이랑|랑|이가|이는|이를|이의|이와|이도|이네|이한테|한테|에게|께서|님의|님|씨의|씨|"
    r"이|가|은|는|을|를|의|와|과|도|아|야|네)?$"
)
# Tails that only follow a person: honorifics and the companion/recipient particles.
_HANGUL_PERSON_TAIL = frozenset(("님", "씨", "이랑", "랑", "님의", "씨의", "에게", "한테", "께서", "이한테"))
_HANGUL_COMMON_SYLLABLES = 250  # how many of the most frequent given-name syllables count


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


def _hangul_names(text: str) -> list[tuple]:
    t = name_tables()
    lasts, common = _hangul_tables()
    freqs = word_freqs("ko")
    out = []
    for m in _HANGUL_WORD.finditer(text):
        w = m.group()
        if w[0] not in lasts or freqs.get(w, 0.0) >= 1e-6:
            continue
        tail = _HANGUL_TAIL.search(w, 3)
        if tail is None or tail.start() != 3:
            continue
        given = w[1:3]
        fi = t.first_name(given)
        if fi is None and len(w) > 3 and w[3:] not in _HANGUL_PERSON_TAIL:
            continue  # "하회마을": a one-syllable particle after unlisted syllables is no proof
        if freqs.get(w[:3], 0.0) >= 1e-6 or freqs.get(given, 0.0) >= 1e-4:
            continue  # "박물관", "신세계": words; "세계" (world) is no given name
        if fi is not None or (given[0] in common and given[1] in common):
            g = fi[0] if fi else "U"
            out.append((m.start(), m.start() + 3, g, "ko_KR", True, "joined"))
    return out


# --- Japanese ------------------------------------------------------------------------------
_KANJI = "\u4e00-\u9fff\u3005"
_JA_HONORIFIC = re.compile(
    rf"(?<![{_KANJI}])([{_KANJI}]{{2,5}})([\u3041-\u3096\u30a1-\u30fa\u30fc]{{0,4}}?)"
    r"(?=さん|様|ちゃん|くん|君|先生|氏)"
)


@cache
def _ja_surname_chars() -> frozenset[str]:
    """Characters of Faker ja_JP's surnames (田, 山, 藤, 佐 …) plus 々."""
    t = name_tables()
    return frozenset("".join(t.lists.get("ja_JP", {}).get("L", ())) + "々")


def _japanese_names(text: str) -> list[tuple]:
    chars = _ja_surname_chars()
    freqs = word_freqs("ja")
    out = []
    for m in _JA_HONORIFIC.finditer(text):
        kanji = m.group(1)
        if kanji[0] in chars and kanji[1] in chars and freqs.get(kanji, 0.0) < 1e-5:
            out.append((m.start(), m.end(), "U", "ja_JP", len(m.group()) > 2, "joined"))
    return out


# --- Cyrillic and Greek --------------------------------------------------------------------
_CYR_UP, _CYR_LOW = "А-ЯЁЄІЇЎЂЈЉЊЋЏҐҚҒҮҰӨҺӘ", "а-яёєіїўђјљњћџґқғүұөһә"
_GR_UP, _GR_LOW = "Α-ΩΆΈΉΊΌΎΏ", "α-ωάέήίόύώϊϋΐΰς"
_CASED_PAIR = re.compile(
    rf"(?<![\w-])(?:[{_CYR_UP}][{_CYR_LOW}]+ [{_CYR_UP}][{_CYR_LOW}]+|"
    rf"[{_GR_UP}][{_GR_LOW}]+ [{_GR_UP}][{_GR_LOW}]+)(?![\w-])"
)
_SURNAME_END = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ко|ук|юк|чук|ич|вич|ић|ян|"
    r"дзе|швили|ли|улы|кызы|ова|ой|ого|ому|ым|ову|еву|ину|ых|"
    r"ου|ης|άκης|ίδης|όπουλος|άκη|ίδη|οπούλου|ίου|άτος|έας|ά|ή)$"
)
# Nouns after which a name is a place or an institution named after someone.
_PLACE_BEFORE = _words(
    """улица улицы улице проспект проспекта площадь площади собор собора храм храма церковь
    музей музея театр театра парк парка станция метро памятник памятника имени им бульвар
    переулок набережная мост монастырь лавра университет школа библиотека вулиця площа
    οδός οδού πλατεία ναός ναού άγιος αγίου αγία αγίας"""
)
_LANGS = {"CYRILLIC": ("ru", "uk", "bg"), "GREEK": ("el",)}


def _nominatives(word: str) -> list[str]:
    """``word`` and its likely nominative forms (genitive, dative, accusative, vocative …)."""
    cands = [word]
    for end, repl in (("ья", "ья"), ("ьи", "ья"), ("ия", "ий"), ("ию", "ий"), ("ем", "ь"),
                      ("ом", ""), ("ой", "а"), ("ей", "я"), ("ю", "ь"), ("я", "ь"), ("ы", "а"),
                      ("и", "я"), ("у", "а"), ("а", ""), ("е", "а"), ("ο", "ος"), ("η", "ης"),
                      ("α", "ας"), ("ου", "ος"), ("ά", "άς"), ("ή", "ής")):  # fmt: skip
        if word.endswith(end) and len(word) > len(end) + 2:
            cands.append(word[: len(word) - len(end)] + repl)
    return cands


def after_place_noun(text: str, start: int, end: int) -> bool:
    """A Cyrillic or Greek name span that names a place: after a place noun ("улица Пушкина",
    "Собор Василия Блаженного"), or opening with one ("Άγιος Νικόλαος")."""
    before = text[:start].split()
    first = text[start:end].split(" ", 1)[0]
    return (bool(before) and before[-1].lower().rstrip(".") in _PLACE_BEFORE) or (
        first.lower() in _PLACE_BEFORE)


def _frequent(word: str, script: str) -> bool:
    return any(word_freqs(lang).get(word.lower(), 0.0) >= 2e-5 for lang in _LANGS[script])


_CASED_WORD = re.compile(
    rf"(?<![\w-])(?:[{_CYR_UP}][{_CYR_LOW}]+|[{_GR_UP}][{_GR_LOW}]+)(?![\w-])"
)


def _cased_script_names(text: str) -> list[tuple]:
    t = name_tables()
    out: list[tuple] = []
    words = [(m.start(), m.end(), m.group()) for m in _CASED_WORD.finditer(text)]
    for (s, e1, a), (s2, e, b) in zip(words, words[1:]):
        script = script_of(a)
        if text[e1:s2] != " " or script != script_of(b) or (out and out[-1][1] > s):
            continue
        if after_place_noun(text, s, e):
            continue
        if _frequent(a, script) or _frequent(b, script):
            continue
        fa = next((f for c in _nominatives(a) if (f := t.first_name(c))), None)
        if fa is None:
            continue
        lb = any(t.last_name(c) for c in _nominatives(b))
        if lb or _SURNAME_END.search(b):
            out.append((s, e, fa[0], fa[1], True, None))
    return out
