"""Regex detectors with validators for structured PII (compiled once at import).

Private module of :mod:`trustbench.sanitize.pii`. Each detector yields candidate spans; a validator
(Luhn, IBAN mod-97, SSN ranges, ``ipaddress``, phone shape rules) rejects look-alikes; overlaps are
resolved by type priority, then length.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from faker.providers.address.en_GB import Provider as _GBAddress
from faker.providers.address.en_US import Provider as _USAddress
from faker.providers.address.es_ES import Provider as _ESAddress
from faker.providers.address.it_IT import Provider as _ITAddress

from trustbench.sanitize._pii_names import find_names

ENTITY_TYPES = (
    "EMAIL",
    "URL",
    "IBAN",
    "CREDIT_CARD",
    "US_SSN",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
    "PHONE",
    "ADDRESS",
    "PERSON",
)
_PRIORITY = {t: i for i, t in enumerate(ENTITY_TYPES)}


@dataclass(frozen=True, slots=True)
class PIISpan:
    """A detected entity: ``text[start:end]`` is of ``type``.

    ``gender`` (``F``/``M``/``U``) and ``locale`` are set for names (and locale for addresses);
    ``has_first`` tells whether a name starts with a first name; ``form`` is ``"handle"``,
    ``"hashtag"`` or ``"joined"`` (CJK/Hangul) for names written that way.
    """

    start: int
    end: int
    type: str
    text: str
    gender: str | None = None
    locale: str | None = None
    has_first: bool = False
    form: str | None = None


# --- patterns -------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
_TLDS_RX = (
    "com|org|net|edu|gov|io|info|biz|co|uk|de|fr|es|it|nl|eu|ru|jp|cn|br|au|ca|us|me|tv|ly|app|"
    "dev|ai|ch|at|be|se|no|dk|fi|pl|pt|ie|in|mx|ar|nz|za|kr"
)
_TLDS = (
    "com|org|net|edu|gov|io|info|biz|co|uk|de|fr|es|it|nl|eu|ru|jp|cn|br|au|ca|us|me|tv|ly|app|"
    "dev|ai|ch|at|be|se|no|dk|fi|pl|pt|ie|in|mx|ar|nz|za|kr|online|site|shop|blog|xyz"
)
# "jo[at]example[dot]org", "jo (at) example (dot) co (dot) uk", "jo at example dot com": the
# spelled-out form needs " dot " (not a plain "at": "photo at home" is no address).
_AT = r"(?:\s*(?:\[at\]|\(at\)|\{at\}|<at>)\s*|\s+at\s+)"
_DOT = r"(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>)\s*|\s+dot\s+)"
_EMAIL_OBF = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*{_AT}[A-Za-z0-9-]+(?:(?:{_DOT}|\.)[A-Za-z0-9-]+)*"
    rf"{_DOT}(?:{_TLDS_RX})(?![\w])",
    re.I,
)

_URL = re.compile(
    r"(?<![\w@.\-/])(?:"
    r"(?:https?|ftp)://[^\s<>\"'()\[\]{}]+"
    r"|www\.[^\s<>\"'()\[\]{}]+"
    rf"|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})(?![\w-])(?:/[^\s<>\"'()\[\]{{}}]*)?"
    r")",
    re.I,
)

_IBAN_TABLE = (
    "AD:24 AE:23 AL:28 AT:20 AZ:28 BA:20 BE:16 BG:22 BH:22 BR:29 BY:28 CH:21 CR:22 CY:28 CZ:24 "
    "DE:22 DK:18 DO:28 EE:20 EG:29 ES:24 FI:18 FO:18 FR:27 GB:22 GE:22 GI:23 GL:18 GR:27 GT:28 "
    "HR:21 HU:28 IE:22 IL:23 IQ:23 IS:26 IT:27 JO:30 KW:30 KZ:20 LB:28 LC:32 LI:21 LT:20 LU:20 "
    "LV:21 MC:27 MD:24 ME:22 MK:19 MR:27 MT:31 MU:30 NL:18 NO:15 PK:24 PL:28 PS:29 PT:25 QA:29 "
    "RO:24 RS:22 SA:24 SC:31 SE:24 SI:19 SK:24 SM:27 ST:25 SV:28 TL:23 TN:24 TR:26 UA:29 VA:22 "
    "VG:24 XK:20"
)
IBAN_LENGTHS = {c: int(n) for c, n in re.findall(r"([A-Z]{2}):(\d+)", _IBAN_TABLE)}
_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![\w])")

_CARD = re.compile(r"(?<![\w\-.+])\d(?:[ \-]?\d){11,18}(?![\w\-])")
_SSN = re.compile(r"(?<![\w\-.])(\d{3})([\- ])(\d{2})\2(\d{4})(?![\w\-])")
_SSN_BARE = re.compile(r"(?i:\b(?:ssn|social security(?: number| no\.?)?)\s*[:#]?\s*)(\d{9})\b")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")

_PHONE = re.compile(
    r"(?<![\w+\-./,])"
    r"(?:(?:\+|00)\d{1,3}(?:[ .\-]?\(0\))?[ .\-]?)?"
    r"(?:\(\d{1,5}\)[ .\-]?)?"
    r"\d{1,12}(?:[ .\-/]\d{1,8}){0,5}"
    r"(?:\s?(?:x|ext\.?)\s?\d{1,6})?"
    r"(?![\w\-]|[.,]\d)"
)
_EXT = re.compile(r"\s?(?:x|ext\.?)\s?\d{1,6}$")
_DATE_LIKE = re.compile(r"^(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|\d{4}(?:[\-/ ]\d{4})+)$")
_GROUP_SPLIT = re.compile(r"[ .\-/()]+")

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE = (
    r"\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})"
    rf"|(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:{_MONTHS})\.?,? \d{{4}}"
)
_DOB = re.compile(
    r"(?i:\b(?:born(?:\s+on)?|b\.|dob|d\.o\.b\.|date\s+of\s+birth|birth\s?date|birthday|"
    r"geboren(?:\s+am)?|n[ée]e?\s+le|nacid[oa]\s+el|nat[oa]\s+il)\s*[:\-–]?\s*)"
    rf"(?P<date>{_DATE})(?!\d)"
)

_US_SUFFIXES = sorted(
    set(_USAddress.street_suffixes)
    | set(_GBAddress.street_suffixes)
    | {"St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Pl", "Hwy", "Pkwy", "Ter", "Cir", "Sq"},
    key=len,
    reverse=True,
)
_US_SUFFIX_SET = frozenset(_US_SUFFIXES)
_ADDR_US = re.compile(
    r"(?<![\w\-])(?:(?:Flat|Studio|Apartment|Unit|Suite) \d\w{0,3},? )?"
    r"(?:\d{1,6}(?: [A-Z][A-Za-z'’\-]*){1,3}|(?<=, )(?:[A-Z][A-Za-z'’\-]*)(?: [A-Z][A-Za-z'’\-]*)?) "
    rf"(?:{'|'.join(_US_SUFFIXES)})\b\.?"
    r"(?: (?:Apt\.|Apartment|Suite|Unit|#) ?[\w\-]+)?"
    r"(?:,? [A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+){0,2}, [A-Z]{2} \d{5}(?:-\d{4})?)?"
)
# UK: "12 Hyde Park Road, Leeds LS6 2AB", "Flat 3, 7 Mill Lane, Oxford OX1 2JD"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"
_ADDR_UK = re.compile(
    r"(?<![\w\-])(?:(?:Flat|Apartment|Unit) \d+\w?, )?\d{1,4}[a-z]?(?: [A-Z][A-Za-z'’\-]*){1,3} "
    r"(?:Road|Street|Lane|Avenue|Close|Crescent|Drive|Gardens|Grove|Hill|Mews|Place|Rise|Row|"
    r"Square|Terrace|Walk|Way|Court|Park|Green|Parade)"
    rf"(?:,? [A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+){{0,2}})?,? {_UK_POSTCODE}(?![\w])"
)
# Street name first, number after (NL, BE, DE, AT, CH, Scandinavia): "Herengracht 57",
# "Rue du Bac 28", "Bergstraße 7, 69120 Heidelberg", "Keizersgracht 123, 1015 CJ Amsterdam"
_ADDR_NL = re.compile(
    r"(?<![\w\-])[A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+)?"
    r"(?:gracht|straat|laan|plein|kade|singel|dijk|steeg|weg|hof|markt|vej|gatan|gade|gata|veien)"
    r" \d{1,4}[a-zA-Z]?(?:[-/]\d{1,4})?(?![\w])"
    r"(?:,? \d{4} ?[A-Z]{2} [A-Z][\w\-]+|, \d{4,5} [A-Z][\w\-]+)?"
)
_ADDR_DE = re.compile(
    r"(?<![\w\-])(?:[A-ZÄÖÜ][\wäöüß]*[\- ])*[A-ZÄÖÜ]?[\wäöüß]*"
    r"(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee)"
    r" \d{1,4}[a-z]?(?:/\d{1,4})?(?![\w])(?:, \d{5} [A-ZÄÖÜ][\wäöüß\-]+)?"
)
_ADDR_FR = re.compile(
    r"(?<![\w\-])(?:\d{1,4}(?: ?bis| ?ter)?,? )?"
    r"(?:rue|avenue|boulevard|bd|chemin|allée|place|impasse|quai|route|cours|passage|"
    r"Rue|Avenue|Boulevard|Chemin|Allée|Impasse|Quai|Passage) "
    r"(?:(?:de la|de l'|du|des|de|d'|la|le|l') ?)?[A-ZÀ-Ý][\w'’\-]*(?: [A-ZÀ-Ý][\w'’\-]*){0,3}"
    r"(?: \d{1,4}(?: ?bis| ?ter)?(?![\w]))?"
    r"(?:, \d{4,5} [A-ZÀ-Ý][\w\-]+)?"
)
_IT_STREETS = "|".join(sorted(set(_ITAddress.street_suffixes) | {"Corso", "Largo"}))
_ADDR_IT = re.compile(
    rf"(?<![\w\-])(?:{_IT_STREETS})"
    r"(?: [A-ZÀ-Ý][\w'’]*){1,3},? \d{1,4}(?![\w])(?: Piano \d{1,3})?"
)
_ES_STREETS = "|".join(re.escape(p) for p in _ESAddress.street_prefixes) + r"|Av\.|Carrera|Vía"
_ADDR_ES = re.compile(
    rf"(?<![\w\-])(?:{_ES_STREETS})"
    r"(?: (?:de la|de los|de las|del|de))?(?: [A-ZÀ-Ý][\w'’]*){1,3},? \d{1,4}(?![\w])"
    r"(?: (?:Piso|Puerta|Apt\.) \d{1,3})?"
)
# US military mail: "Unit 3956 Box 3114, DPO AP 13018", "USNV Gutierrez, FPO AE 63042".
_ADDR_MIL = re.compile(
    r"(?<![\w\-])(?:Unit \d{4},? Box \d{4}|PSC \d{4},? Box \d{4}|US[NS][SVR]? [A-Z][a-z]+)"
    r", [ADF]PO A[AEP] \d{5}(?![\w])"
)
_ADDRESSES = ((_ADDR_UK, "en_GB"), (_ADDR_US, "en_US"), (_ADDR_DE, "de_DE"), (_ADDR_FR, "fr_FR"),
              (_ADDR_IT, "it_IT"), (_ADDR_ES, "es_ES"), (_ADDR_MIL, "en_US"),
              (_ADDR_NL, "nl_NL"))  # fmt: skip

_HAS_DIGIT = re.compile(r"\d")
# Pre-filters (speed only, never a different result): each gate finds something that every
# match of its pattern contains (the pattern's own words, or a shorter part of it), so a text the
# gate rejects cannot match and the slower pattern is not run on it.
# ``_ADDR_DE``'s street words, lower-case (" <digit>" must follow one)
_DE_WORDS_AT = ("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm",
                "ufer", "chaussee")  # fmt: skip
_DE_GATE = re.compile(rf"(?i:{'|'.join(map(re.escape, _DE_WORDS_AT))}) \d")
_DE_WORDS = ("stra", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "chaussee")


def _de_gate(text: str) -> bool:
    """``_ADDR_DE`` backtracks over the words before every street word it tries: it runs only
    where a street word is followed by " <digit>". The words are first looked up as substrings of
    the lower-cased text (ASCII text only: ``re.I`` also folds "ſ" and the Kelvin sign, which
    ``str.lower`` keeps)."""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _DE_WORDS):
            return False
        # a street word right before " <digit>": the words looked up where one ends
        return any(low.endswith(_DE_WORDS_AT, 0, m.start()) for m in _SPACE_DIGIT.finditer(low))
    return _DE_GATE.search(text) is not None


_SPACE_DIGIT = re.compile(r" \d")
# The word after each space: ``_ADDR_US``'s gate (" " and a street suffix, then ``\b``) finds
# one exactly where such a word is a suffix (every suffix is letters, so the word ends there)
_SPACE_WORD = re.compile(r" (\w+)")


def _us_gate(text: str) -> bool:
    """``re.search(rf" (?:{'|'.join(_US_SUFFIXES)})\b", text)``, by set lookups."""
    return not _US_SUFFIX_SET.isdisjoint(_SPACE_WORD.findall(text))


# a part of every label word of ``_DOB`` ("date of birth", "birthday" hold "birth"; "d.o.b."
# holds "b."), under the same case folding
_DOB_WORDS = re.compile(r"(?i:born|b\.|dob|birth|geboren|n[ée]e?\s+le|nacid|nat[oa]\s)")
_NEE_LE = re.compile(r"ne?e?\s+le")


def _dob_gate(text: str) -> bool:
    """A label word of ``_DOB`` in ``text``: in ASCII text (where ``re.I`` folds what
    ``str.lower`` folds) substrings of the lower-cased text, else ``_DOB_WORDS``."""
    if text.isascii():
        low = text.lower()
        return ("b." in low or "born" in low or "dob" in low or "birth" in low or "geboren" in low
                or "nacid" in low or "nat" in low or ("le" in low and _NEE_LE.search(low) is not None))
    return _DOB_WORDS.search(text) is not None


_GATES: dict[re.Pattern[str], Callable[[str], object]] = {
    _ADDR_DE: _de_gate,
    _ADDR_UK: re.compile(rf"{_UK_POSTCODE}(?![\w])").search,
    _ADDR_FR: re.compile(r"(?:rue|avenue|boulevard|bd|chemin|allée|place|impasse|quai|route|cours|"
                         r"passage|Rue|Avenue|Boulevard|Chemin|Allée|Impasse|Quai|Passage) ").search,
    _ADDR_IT: re.compile(_IT_STREETS).search,
    _ADDR_ES: re.compile(_ES_STREETS).search,
    _ADDR_MIL: lambda text: "PO A" in text,  # ", APO AE 09012"
    _ADDR_US: _us_gate,  # " " and the street suffix
    _ADDR_NL: re.compile(r"(?:gracht|straat|laan|plein|kade|singel|dijk|steeg|weg|hof|markt|vej|"
                         r"gatan|gade|gata|veien) \d").search,
    _IBAN: re.compile(r"[A-Z]{2}\d{2}").search,
    _SSN: re.compile(r"\d{3}([\- ])\d{2}\1\d{4}").search,
    _SSN_BARE: re.compile(r"(?i:ssn|social security)").search,
    _IPV4: re.compile(r"\d\.\d{1,3}\.\d").search,  # the middle of "a.b.c.d"
    _DOB: _dob_gate,
    # "://", "www." or ".<tld>" (case-insensitive, as in ``_URL``)
    _URL: re.compile(rf"://|www\.|\.(?:{_TLDS})(?![\w-])", re.I).search,
}  # fmt: skip


# the gates bound once for ``_candidates`` (no lookup per caption and pattern)
_URL_GATE, _IBAN_GATE, _SSN_GATE, _SSN_BARE_GATE, _IPV4_GATE, _DOB_GATE = (
    _GATES[rx] for rx in (_URL, _IBAN, _SSN, _SSN_BARE, _IPV4, _DOB))
_ADDRESSES_GATED = tuple((rx, loc, _GATES.get(rx)) for rx, loc in _ADDRESSES)
# ``\D+`` removed leaves the text's ``\d`` characters: how many digits every pattern may use.
# A match of ``_CARD`` holds 12 of them or more, of ``_SSN``/``_SSN_BARE`` 9, of ``_IPV4`` 4, of
# ``_DOB``'s date 4; a phone that ``_phone_ok`` accepts holds 7.
_NON_DIGITS = re.compile(r"\D+")


def _may_match(rx: re.Pattern[str], text: str) -> bool:
    """False only when ``rx`` cannot match ``text`` (its gate finds nothing every match holds).
    The tests' check of every gate; ``_candidates`` calls the bound gates above instead."""
    gate = _GATES.get(rx)
    return gate is None or bool(gate(text))


# --- validators -----------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    """Luhn checksum of a digit string (credit cards)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(compact: str) -> bool:
    """Country length and ISO 13616 mod-97 check of an IBAN without spaces."""
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def ssn_ok(area: str, group: str, serial: str) -> bool:
    a = int(area)
    return 0 < a < 900 and a != 666 and group != "00" and serial != "0000"


def _phone_ok(cand: str) -> bool:
    main = _EXT.sub("", cand)
    digits = sum(c.isdigit() for c in main)
    if not 7 <= digits <= 15:
        return False
    prefixed = main[0] in "+(" or main.startswith("00")
    if _DATE_LIKE.match(main):
        return False
    if prefixed:
        return True
    groups = [g for g in _GROUP_SPLIT.split(main) if g]
    if len(groups) == 1:
        # an unformatted national number
        return digits in (10, 11) or (digits == 9 and main.startswith("0"))
    seps = set(re.findall(r"[ .\-/]", main))
    if seps == {"."} and len(groups) == 2:
        return False  # a decimal number
    if len(groups) == 2:
        return groups[0].startswith("0") or (len(groups[0]) == 3 and len(groups[1]) == 4)
    if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
        return False  # thousands separators: "1 250 000"
    return not all(len(g) == 4 and g[:2] in ("19", "20") for g in groups)


# Regions tried, in order, for a number written without its country code (libphonenumber needs
# one): North American numbers first, then the trunk-"0" countries of the common caption languages.
_PHONE_REGIONS = ("US", "GB", "DE", "FR", "IT", "ES", "NL", "AU", "IN", "BR")
_NOT_PHONE_BEFORE = re.compile(
    r"(?i:isbn(?:-1[03])?|issn|sku|ean|upc|item|model|art(?:\.|icle)?(?:-?nr\.?)?|ref\.?|part|"
    r"order|product|serial|lot|zip|postcode|postal code|plz|invoice|no\.|nr\.|#)\s*[:#]?\s*$"
)


@lru_cache(maxsize=1 << 17)  # bounded: a corpus has no end of distinct words
def phone_key(text: str) -> str:
    """E.164 form of a phone number ("(415) 555-0199" and "+1 415-555-0199" → "+14155550199"),
    or its digits when libphonenumber cannot place it."""
    import phonenumbers

    main = _EXT.sub("", text)
    intl = main.lstrip("(").startswith(("+", "00"))
    for region in (None,) if intl else _PHONE_REGIONS:
        try:
            num = phonenumbers.parse(main.replace("00", "+", 1) if main.startswith("00") else main,
                                     region)  # fmt: skip
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return re.sub(r"\D", "", text)


def _phone_context_ok(text: str, start: int, cand: str) -> bool:
    """Not an ISBN, product code or postcode: no such label right before, no 978/979 book code."""
    if _NOT_PHONE_BEFORE.search(text, max(0, start - 24), start):
        return False
    digits = re.sub(r"\D", "", cand)
    if len(digits) in (10, 13) and digits[:3] in ("978", "979") and "-" in cand:
        return False
    return phone_key(cand).startswith("+")


def _ip_ok(cand: str) -> bool:
    try:
        ipaddress.ip_address(cand)
    except ValueError:
        return False
    return True


# --- detection ------------------------------------------------------------------------------


def _candidates(text: str, wanted: frozenset[str], keep: frozenset[str] = frozenset()
                ) -> Iterator[PIISpan]:  # fmt: skip
    if "@" in text and "EMAIL" in wanted:
        for m in _EMAIL.finditer(text):
            yield PIISpan(m.start(), m.end(), "EMAIL", m.group())
    if "EMAIL" in wanted and ("[at]" in text or "(at)" in text or " dot " in text
                              or "{at}" in text or "<at>" in text):  # fmt: skip
        for m in _EMAIL_OBF.finditer(text):
            yield PIISpan(m.start(), m.end(), "EMAIL", m.group())
    if "." in text and "URL" in wanted and _URL_GATE(text):
        for m in _URL.finditer(text):
            s, e = m.start(), m.end()
            while e > s and text[e - 1] in ".,;:!?'\"":
                e -= 1
            if e > s:
                yield PIISpan(s, e, "URL", text[s:e])
    n_digits = len(_NON_DIGITS.sub("", text)) if _HAS_DIGIT.search(text) is not None else 0
    if n_digits:
        if "IBAN" in wanted and _IBAN_GATE(text):
            for m in _IBAN.finditer(text):
                raw = m.group()
                want = IBAN_LENGTHS.get(raw[:2])
                if want is None:
                    continue
                # Cut to the country's length (the pattern may run into a following token).
                n, end = 0, m.start()
                for ch in raw:
                    end += 1
                    if ch != " ":
                        n += 1
                        if n == want:
                            break
                compact = text[m.start() : end].replace(" ", "")
                if len(compact) == want and iban_ok(compact):
                    yield PIISpan(m.start(), end, "IBAN", text[m.start() : end])
        if "CREDIT_CARD" in wanted and n_digits >= 12:
            for m in _CARD.finditer(text):
                digits = re.sub(r"\D", "", m.group())
                groups = re.split(r"[ \-]", m.group())
                if len(groups) > 1 and (
                    len(groups[0]) != 4 or min(map(len, groups[:-1])) < 4 or len(groups[-1]) < 3
                ):
                    continue  # grouped like a phone number, not a card
                if 12 <= len(digits) <= 19 and luhn_ok(digits):
                    yield PIISpan(m.start(), m.end(), "CREDIT_CARD", m.group())
        if "US_SSN" in wanted and n_digits >= 9:
            for m in _SSN.finditer(text) if _SSN_GATE(text) else ():
                if ssn_ok(m.group(1), m.group(3), m.group(4)):
                    yield PIISpan(m.start(), m.end(), "US_SSN", m.group())
            for m in _SSN_BARE.finditer(text) if _SSN_BARE_GATE(text) else ():
                d = m.group(1)
                if ssn_ok(d[:3], d[3:5], d[5:]):
                    yield PIISpan(m.start(1), m.end(1), "US_SSN", d)
        if "IP_ADDRESS" in wanted and n_digits >= 4:
            for m in _IPV4.finditer(text) if _IPV4_GATE(text) else ():
                if _ip_ok(m.group()):
                    yield PIISpan(m.start(), m.end(), "IP_ADDRESS", m.group())
        if "DATE_OF_BIRTH" in wanted and n_digits >= 4 and _DOB_GATE(text):
            for m in _DOB.finditer(text):
                yield PIISpan(m.start("date"), m.end("date"), "DATE_OF_BIRTH", m.group("date"))
        if "PHONE" in wanted and n_digits >= 7:
            for m in _PHONE.finditer(text):  # (a match shorter than 7 holds fewer digits)
                if m.end() - m.start() >= 7 and _phone_ok(m.group()) and _phone_context_ok(
                        text, m.start(), m.group()):  # fmt: skip
                    yield PIISpan(m.start(), m.end(), "PHONE", m.group())
    if "ADDRESS" in wanted and n_digits:  # a street without a number or a postcode ("Boulevard
        for rx, loc, gate in _ADDRESSES_GATED:  # Haussmann", "Rue de Rivoli") locates no one
            if gate is not None and not gate(text):
                continue
            for m in rx.finditer(text):
                yield PIISpan(m.start(), m.end(), "ADDRESS", m.group(), locale=loc)
    if ":" in text and "IP_ADDRESS" in wanted:
        for m in _IPV6.finditer(text):
            if m.group().count(":") >= 2 and _ip_ok(m.group()):
                yield PIISpan(m.start(), m.end(), "IP_ADDRESS", m.group())
    if "PERSON" in wanted:
        for h in find_names(text, keep):
            yield PIISpan(h.start, h.end, "PERSON", text[h.start : h.end], h.gender, h.locale,
                          h.has_first, h.form)  # fmt: skip


def resolve(spans: list[PIISpan]) -> list[PIISpan]:
    """Keep non-overlapping spans: higher-priority type first, then the longer span."""
    if len(spans) < 2:
        return spans
    spans = sorted(spans, key=lambda s: (_PRIORITY.get(s.type, 99), s.start - s.end, s.start))
    kept: list[PIISpan] = []
    for sp in spans:
        if all(sp.end <= k.start or sp.start >= k.end for k in kept):
            kept.append(sp)
    kept.sort(key=lambda s: s.start)
    return kept


def detect(text: str, wanted: frozenset[str] = frozenset(ENTITY_TYPES),
           keep: frozenset[str] = frozenset()) -> list[PIISpan]:  # fmt: skip
    """All entities of the ``wanted`` types in ``text``, non-overlapping, by position; names in
    ``keep`` (public figures, brands a recipe wants kept) are not reported."""
    if not text:
        return []
    if not text.isascii() and _MARKS.search(text):
        return _detect_unmarked(text, wanted, keep)
    return resolve(list(_candidates(text, wanted, keep)))


# Arabic harakat, Quranic marks and tatweel; Hebrew niqqud and cantillation: optional marks on a
# letter that no name list writes and that split a word for ``\w`` ("تمّام" has a shadda).
_MARKS = re.compile("[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8"
                    "\u06ea-\u06ed\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")


def _detect_unmarked(text: str, wanted: frozenset[str], keep: frozenset[str]) -> list[PIISpan]:
    """:func:`detect` on ``text`` read without its optional marks (``_MARKS``), the spans mapped
    back onto ``text`` (a span keeps the marks on its last letter)."""
    kept = [i for i, c in enumerate(text) if _MARKS.match(c) is None]
    plain = "".join(text[i] for i in kept)
    out = []
    for sp in resolve(list(_candidates(plain, wanted, keep))):
        s, e = kept[sp.start], kept[sp.end - 1] + 1
        while e < len(text) and _MARKS.match(text[e]) is not None:
            e += 1
        out.append(replace(sp, start=s, end=e, text=text[s:e]))
    return out
