"""Keyed, consistent surrogates: HMAC-SHA256(key, type + normalized entity) seeds the fake value.

Private module of :mod:`trustbench.sanitize.pii`. The same entity always maps to the same
surrogate under one key; another key gives unrelated surrogates. Names are mapped token by token
(first names within their perceived gender and locale, last names within their locale), so
"Jessica Smith", "Jessica" and "Ms. Smith" stay linked inside a corpus. A token's locale comes
from the token alone (its entry in the name tables, else the default locale of its script), never
from the caption around it, so the surrogate does not depend on which caption came first: the
same corpus in any order, or any part of it, gets the same surrogates.

Collisions: a draw that equals an original of the corpus (see ``avoid``) or the token itself is
redrawn with the next keyed attempt, up to 50 times; when a pool is exhausted (every name in it is
an original) the surrogate is built from keyed syllables and checked against the originals and
the name tables, so no output name is a real name of the corpus.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import re
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from faker import Faker

from trustbench.sanitize._pii_detect import _EXT, _MARKS, IBAN_LENGTHS, PIISpan, luhn_ok, phone_key
from trustbench.sanitize._pii_lookup import script_of
from trustbench.sanitize._pii_names import _PARTICLE_WORDS, _camel_parts, gazetteer


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Webmail domains carry no personal information and keep the domain distribution realistic.
FREEMAIL = _words(
    "gmail.com googlemail.com yahoo.com yahoo.co.uk hotmail.com outlook.com live.com msn.com "
    "aol.com icloud.com me.com mail.com gmx.de gmx.net web.de orange.fr free.fr laposte.net "
    "libero.it hotmail.fr hotmail.it protonmail.com proton.me example.com example.org "
    "example.net"
)

# Country calling codes of one and two digits (three-digit codes are everything else).
_CC = _words(
    "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 "
    "63 64 65 66 81 82 84 86 90 91 92 93 94 95 98"
)
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTH_IDX = (
    {m.lower(): i + 1 for i, m in enumerate(_MONTHS)}
    | {m[:3].lower(): i + 1 for i, m in enumerate(_MONTHS)}
    | {"sept": 9}
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([./\-])(\d{1,2})\2(\d{4}|\d{2})$")
_MDY = re.compile(r"^([A-Za-z]+)(\.?) (\d{1,2})(st|nd|rd|th)?(,?) (\d{4})$")
_DMY = re.compile(r"^(\d{1,2})(st|nd|rd|th)?( of)? ([A-Za-z]+)(\.?)(,?) (\d{4})$")
# A name token; Indic and Thai words keep their vowel signs (combining marks, not letters).
# A name token: letters, plus the vowel signs and marks of Indic, Thai, Lao, Tibetan (the tsheg
# between syllables too), Burmese and Khmer words, which are no letters to ``\w``.
_NAME_TOKEN = re.compile(r"(?:[^\W\d_]|[\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u0f0b\u0f71-\u0fbc"
                         r"\u102b-\u103e\u1056-\u1059\u1062-\u1064\u1067-\u106d\u1071-\u1074"
                         r"\u1082-\u108d\u17b4-\u17d3\u17dd])+(?:[-'’][^\W\d_]+)*\.?")

_MAX_ATTEMPTS = 50
_SSN_AREAS = [a for a in range(1, 900) if a != 666]
# The locale whose name lists fill in for a token of this script when its own has none.
_SCRIPT_LOCALE = {
    "latin": "en_US", "CJK": "zh_CN", "HANGUL": "ko_KR", "ARABIC": "ar_AA", "CYRILLIC": "ru_RU",
    "DEVANAGARI": "hi_IN", "GREEK": "el_GR", "HEBREW": "he_IL", "THAI": "th_TH",
    "HIRAGANA": "ja_JP", "KATAKANA": "ja_JP", "BENGALI": "bn_BD", "ARMENIAN": "hy_AM",
    "GEORGIAN": "ka_GE", "TAMIL": "ta_IN", "PERSIAN": "fa_IR",
}  # fmt: skip
_SYLLABLES = ["ka", "ro", "li", "na", "mi", "to", "sa", "re", "vo", "da", "ne", "lu", "ti", "ma", "so", "be", "ra", "ki", "no", "fe", "la", "di", "mo", "zu", "ha", "te", "pa", "ri", "go", "ve", "nu", "sho", "ly", "an", "el", "or", "in", "us", "ar"]


_SHIFTS = tuple(x for x in range(-365, 366) if x)  # days a date of birth may move (never 0)
_LOCAL = threading.local()


def _thread_fakers() -> dict[str, Faker]:
    """Faker instances by locale, shared by every :class:`Surrogates` of this thread: building
    one, and its first IPv4 draw, cost milliseconds. Each use seeds it from the keyed draw first
    (:meth:`Surrogates.faker`), so sharing changes no output."""
    fakers = getattr(_LOCAL, "fakers", None)
    if fakers is None:
        fakers = _LOCAL.fakers = {}
    return fakers


class _DigestRandom(random.Random):
    """A :class:`random.Random` whose bits come from one keyed digest, extended by SHA-256 of
    (digest, block number) when a draw needs more than its 256 bits. Seeding a Mersenne Twister
    per entity cost ~7 µs, more than the rest of the draw; this costs ~1.5 µs. Every method of
    ``random.Random`` (``randrange``, ``choice``, ``random`` …) draws through
    :meth:`getrandbits` and :meth:`random`.

    >>> _DigestRandom(bytes(32)).randrange(10) == _DigestRandom(bytes(32)).randrange(10)
    True
    """

    def __init__(self, digest: bytes) -> None:  # no Mersenne Twister state to seed
        self._digest = digest
        self._pool = int.from_bytes(digest, "big")
        self._bits = len(digest) * 8
        self._block = 0

    def seed(self, *args, **kwargs) -> None:
        raise TypeError("a keyed draw is not reseeded")

    def getrandbits(self, k: int) -> int:
        if self._bits < k:
            self._extend(k)
        out = self._pool & ((1 << k) - 1)
        self._pool >>= k
        self._bits -= k
        return out

    def random(self) -> float:
        return self.getrandbits(53) * 2.0**-53

    def _randbelow(self, n: int) -> int:
        """``random.Random._randbelow_with_getrandbits`` (the same draws: ``k`` bits at a time
        until one is below ``n``), with :meth:`getrandbits` inlined; ``randrange``, ``choice``
        and ``randint`` all draw through it."""
        k = n.bit_length()
        mask = (1 << k) - 1
        while True:
            if self._bits < k:
                self._extend(k)
            r = self._pool & mask
            self._pool >>= k
            self._bits -= k
            if r < n:
                return r

    def _extend(self, k: int) -> None:
        while self._bits < k:
            self._block += 1
            more = hashlib.sha256(self._digest + self._block.to_bytes(4, "big")).digest()
            self._pool |= int.from_bytes(more, "big") << self._bits
            self._bits += 256

    def randint(self, a: int, b: int) -> int:
        """``random.Random.randint`` (its ``randrange(a, b + 1)`` for plain ints is
        ``a + _randbelow(b - a + 1)``), without the argument checks of the general case."""
        if type(a) is int and type(b) is int and b >= a:
            return a + self._randbelow(b - a + 1)
        return super().randint(a, b)


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _match_case(src: str, out: str) -> str:
    if src.isupper() and len(src) > 1:
        return out.upper()
    if src.islower():
        return out.lower()
    return out


class Surrogates:
    """Derive surrogates for detected spans from a secret key.

    ``avoid`` holds digests (see :meth:`digest`) of the corpus's original values: a candidate
    surrogate equal to any original is redrawn, so no output string can be mistaken for (or be)
    someone's real value. The key lives only in this object's memory.
    """

    def __init__(self, key: bytes, locale: str = "en_US", avoid: set[bytes] | None = None):
        if not key:
            raise ValueError("an empty key gives no protection")
        self.__key = key
        self.locale = locale
        self.avoid = avoid if avoid is not None else set()
        self._cache: dict[tuple[str, str], str] = {}
        self._makers: dict[str, Callable[[PIISpan], str]] = {
            "EMAIL": self._email, "URL": self._url, "IBAN": self._iban,
            "CREDIT_CARD": self._card, "US_SSN": self._ssn, "IP_ADDRESS": self._ip,
            "DATE_OF_BIRTH": self._dob, "PHONE": self._phone, "ADDRESS": self._address,
            "PERSON": self._person,
        }  # fmt: skip

    def __repr__(self) -> str:
        return f"Surrogates(locale={self.locale!r}, key=<hidden>)"

    def __getstate__(self):
        raise TypeError("Surrogates holds a secret key and is not picklable")

    # --- keyed randomness ----------------------------------------------------------------------

    def keyed(self, kind: str, norm: str, attempt: int = 0) -> bytes:
        msg = f"{kind}\x1f{norm}\x1f{attempt}".encode()
        return hmac.digest(self.__key, msg, "sha256")  # = hmac.new(…, sha256).digest(), one call

    def rng(self, kind: str, norm: str, attempt: int = 0) -> random.Random:
        return _DigestRandom(self.keyed(kind, norm, attempt))

    def faker(self, locale: str, seed: int) -> Faker:
        fakers = _thread_fakers()
        fk = fakers.get(locale)
        if fk is None:
            fk = fakers[locale] = Faker(locale)
        fk.seed_instance(seed)
        return fk

    def hash_token(self, kind: str, norm: str) -> str:
        return self.keyed("HASH:" + kind, norm).hex()[:12]

    @staticmethod
    def digest(kind: str, norm: str) -> bytes:
        """Compact unkeyed digest of an original, for the in-memory ``avoid`` set."""
        return hashlib.blake2b(f"{kind}\x1f{norm}".encode(), digest_size=8).digest()

    def _draw(self, etype: str, norm: str, make: Callable[[random.Random], str],
              rng_kind: str | None = None, cache_key: str | None = None,
              fallback: Callable[[random.Random], str] | None = None) -> str:  # fmt: skip
        """Cached keyed draw; redraw while the candidate equals an original of the corpus.

        After ``_MAX_ATTEMPTS`` collisions ``fallback`` (if given) draws until a free value."""
        ck = (cache_key or rng_kind or etype, norm)
        hit = self._cache.get(ck)
        if hit is not None:
            return hit
        ok = False
        avoid = self.avoid  # (empty unless originals were observed: then no digest to take)
        for attempt in range(_MAX_ATTEMPTS):
            out = make(self.rng(rng_kind or etype, norm, attempt))
            n = normalize(etype, out)
            if n != norm and (not avoid or self.digest(etype, n) not in avoid):
                ok = True
                break
        if not ok and fallback is not None:
            for attempt in range(_MAX_ATTEMPTS, 100 * _MAX_ATTEMPTS):
                out = fallback(self.rng(rng_kind or etype, norm, attempt))
                n = normalize(etype, out)
                if n != norm and (not avoid or self.digest(etype, n) not in avoid):
                    break
        self._cache[ck] = out
        return out

    # --- public -------------------------------------------------------------------------------

    def __call__(self, span: PIISpan) -> str:
        return self._makers[span.type](span)

    # --- per type -----------------------------------------------------------------------------

    def _email(self, sp: PIISpan) -> str:
        """A fake address at a fake domain with the same public suffix (``.co.uk`` stays
        ``.co.uk``; webmail domains are kept); an obfuscated address ("jo at example dot com",
        "jo[at]example[dot]org") comes back obfuscated the same way."""
        plain, at_sep, dot_sep = deobfuscate_email(sp.text)
        local, _, domain = plain.rpartition("@")
        dom = domain.lower()
        suffix = public_suffix(dom)

        def make(r: random.Random) -> str:
            d = dom if dom in FREEMAIL else f"{self._word(r)}.{suffix}"
            return f"{self._user(r)}@{d}"

        out = self._draw("EMAIL", normalize("EMAIL", sp.text), make)
        if at_sep == "@":
            return out
        user, _, d = out.partition("@")
        return user + at_sep + d.replace(".", dot_sep)

    def _url(self, sp: PIISpan) -> str:
        m = re.match(r"(?i)((?:https?|ftp)://)?(www\.)?([^/?#]+)(.*)$", sp.text)
        scheme, www, host, rest = m.groups() if m else ("", "", sp.text, "")
        tld = public_suffix(host.lower()) if "." in host else "com"

        def make(r: random.Random) -> str:
            path = ""
            if rest and rest != "/":
                path = "/" + "-".join(r.choice(_SLUG_WORDS) for _ in range(r.randint(1, 3)))
            elif rest == "/":
                path = "/"
            return f"{scheme or ''}{www or ''}{self._word(r)}.{tld}{path}"

        return self._draw("URL", normalize("URL", sp.text), make)

    def _word(self, r: random.Random) -> str:
        """A domain label built from fake last names (like Faker's ``domain_word``)."""
        pool = gazetteer().pools[("en_US", "L")]
        word = _ascii(pool[r.randrange(len(pool))])
        if r.random() < 0.3:
            word += "-" + _ascii(pool[r.randrange(len(pool))])
        return word

    def _user(self, r: random.Random) -> str:
        """An email local part from fake names, in one of the common shapes."""
        gz = gazetteer()
        first = _ascii(r.choice(gz.pools[("en_US", r.choice("FM"))]))
        last = _ascii(r.choice(gz.pools[("en_US", "L")]))
        shape = r.randrange(4)
        if shape == 0:
            return f"{first}.{last}"
        if shape == 1:
            return f"{first[0]}{last}{r.randint(1, 99)}"
        if shape == 2:
            return f"{first}{r.randint(1, 999)}"
        return f"{last}.{first[0]}"

    def _digits_into(self, shape: str, keep: int, r: random.Random, first_nonzero: bool) -> str:
        """Replace the digits of ``shape`` after the first ``keep`` digits, keeping separators."""
        out, seen = [], 0
        for ch in shape:
            if ch.isdigit():
                if seen < keep:
                    out.append(ch)
                elif seen == keep and first_nonzero:
                    out.append(str(r.randint(2, 9)))
                else:
                    out.append(str(r.randint(0, 9)))
                seen += 1
            else:
                out.append(ch)
        return "".join(out)

    def _phone(self, sp: PIISpan) -> str:
        """One number is one entity, however it is written: the keyed draw replaces the national
        significant number of its E.164 form (country code kept), and each occurrence gets those
        digits in its own shape ("(415) 555-0199" and "+1 415-555-0199" → the same fake number)."""
        key = phone_key(sp.text)
        ext = _EXT.search(sp.text)
        main = sp.text[: ext.start()] if ext else sp.text
        cc, nsn = _country_and_national(key)

        def make(r: random.Random) -> str:
            fake = nsn[0] if nsn[0] != "0" else str(r.randint(2, 9))
            fake += "".join(str(r.randint(0, 9)) for _ in nsn[1:])
            return f"+{cc}{fake}" if cc else fake

        fake_key = self._draw("PHONE", key, make)
        fake_nsn = fake_key[1 + len(cc) :] if cc else fake_key
        # the number's last len(nsn) digits are its national significant number; the digits
        # before them (country code, trunk 0) stay as written
        n_digits = sum(c.isdigit() for c in main)
        keep = n_digits - len(nsn)
        digits = iter(fake_nsn)
        out, seen = [], 0
        for ch in main:
            if ch.isdigit():
                out.append(ch if seen < keep else next(digits, ch))
                seen += 1
            else:
                out.append(ch)
        return "".join(out) + (sp.text[ext.start() :] if ext else "")

    def _card(self, sp: PIISpan) -> str:
        text = sp.text
        digits = re.sub(r"\D", "", text)

        def make(r: random.Random) -> str:
            body = digits[0] + "".join(str(r.randint(0, 9)) for _ in range(len(digits) - 2))
            check = next(str(c) for c in range(10) if luhn_ok(body + str(c)))
            new = iter(body + check)
            return "".join(next(new) if ch.isdigit() else ch for ch in text)

        return self._draw("CREDIT_CARD", digits, make, cache_key="CARD:" + re.sub(r"\d", "9", text))

    def _iban(self, sp: PIISpan) -> str:
        text = sp.text
        compact = text.replace(" ", "")
        country = compact[:2]

        def make(r: random.Random) -> str:
            bban = "".join(
                str(r.randint(0, 9)) if c.isdigit() else chr(r.randint(65, 90)) for c in compact[4:]
            )
            moved = bban + country + "00"
            check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
            new = iter(f"{country}{check:02d}{bban}")
            return "".join(next(new) if ch != " " else " " for ch in text)

        assert IBAN_LENGTHS.get(country) == len(compact)
        return self._draw("IBAN", compact, make, cache_key="IBAN:" + re.sub(r"\w", "X", text))

    def _ssn(self, sp: PIISpan) -> str:
        text = sp.text
        sep = next((c for c in text if not c.isdigit()), "")

        def make(r: random.Random) -> str:
            area = r.choice(_SSN_AREAS)
            return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"

        return self._draw("US_SSN", re.sub(r"\D", "", text), make, cache_key="SSN" + sep)

    def _ip(self, sp: PIISpan) -> str:
        import ipaddress

        addr = ipaddress.ip_address(sp.text)

        def make(r: random.Random) -> str:
            fk = self.faker(self.locale, r.getrandbits(63))
            if addr.version == 6:
                return fk.ipv6()
            return fk.ipv4_private() if addr.is_private else fk.ipv4_public()

        return self._draw("IP_ADDRESS", str(addr), make)

    def _dob(self, sp: PIISpan) -> str:
        text = sp.text
        parsed = _parse_date(text)
        if parsed is None:  # unparseable: keyed random date in ISO form

            def make(r: random.Random) -> str:
                # A fixed range, not Faker's date_of_birth (it counts from today): the same
                # key gives the same surrogate on any date.
                return (_DOB_FIRST + timedelta(days=r.randrange(_DOB_DAYS))).isoformat()

            return self._draw("DATE_OF_BIRTH", text, make)
        d, render = parsed

        def make_shift(r: random.Random) -> str:
            shift = r.choice(_SHIFTS)
            return render(d + timedelta(days=shift))

        return self._draw("DATE_OF_BIRTH", d.isoformat(), make_shift, cache_key="DOB:" + text)

    def _address(self, sp: PIISpan) -> str:
        """A fake street address of the same locale, with a fake city/state/postcode tail when
        the original has one (US ", City, ST 12345"; UK "…, Leeds LS6 2AB"; EU ", 69120 City")."""
        loc = sp.locale or self.locale
        text = sp.text
        tail = ("us" if re.search(r", [A-Z]{2} \d{5}", text)
                else "uk" if re.search(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", text)
                else "eu" if re.search(r", \d{4}", text) else "")  # fmt: skip

        pools = _address_pools(loc)

        def make(r: random.Random) -> str:
            out = _DIGITS.sub(lambda m: _fresh_digits(m.group(), r), r.choice(pools.streets))
            if tail == "us":
                out += f", {r.choice(pools.cities)}, {r.choice(pools.states)} {r.choice(pools.postcodes)}"
            elif tail == "uk":
                out += f", {r.choice(pools.cities)} {r.choice(pools.postcodes)}"
            elif tail == "eu":
                out += f", {r.choice(pools.postcodes)} {r.choice(pools.cities)}"
            return out

        return self._draw("ADDRESS", normalize("ADDRESS", text), make,
                          cache_key=f"ADDRESS:{loc}:{tail}")  # fmt: skip

    def _person(self, sp: PIISpan) -> str:
        if sp.form == "handle":
            return self._handle(sp)
        if not sp.text.isascii() and _MARKS.search(sp.text):  # "مُحَمَّد": the name without its marks
            sp = replace(sp, text=_MARKS.sub("", sp.text))
        if sp.form == "joined":  # 王伟, 김민준: surname + given name without a space
            loc = _SCRIPT_LOCALE.get(script_of(sp.text), "zh_CN")
            k = 1 if len(sp.text) <= 3 else 2
            last = self._token(sp.text[:k], "L", "U", loc)
            return last + self._token(sp.text[k:], "F", sp.gender or "U", loc)
        if sp.form == "hashtag":
            word = sp.text
            parts = (_camel_parts(word) or [word]) if not word.islower() else _lower_split(word)
            out = [self._token(parts[0], "F", sp.gender or "U", sp.locale)]
            out += [self._token(p, "L", "U", None) for p in parts[1:]]
            joined = "".join(o.replace(" ", "").replace("-", "") for o in out)
            return joined.lower() if word.islower() else joined
        gender = sp.gender or "U"
        out: list[str] = []
        pos = 0
        first_done = not sp.has_first
        originals = {p.casefold() for m in _NAME_TOKEN.finditer(sp.text)
                     for p in m.group().rstrip(".").split("-")}  # fmt: skip

        def token(tok: str, kind: str, gender: str) -> str:
            # A surrogate equal to another token of this very name ("Mohamed Ali" → "Ali …")
            # is drawn again, salted: the name then reads as a different pair (order-free: the
            # salt depends on the name alone, and only that token of that name changes).
            for salt in range(_MAX_ATTEMPTS):
                sur = self._token(tok, kind, gender, None, salt)
                if sur.casefold() not in originals:
                    return sur
            return sur
        for m in _NAME_TOKEN.finditer(sp.text):
            out.append(sp.text[pos : m.start()])
            tok = m.group()
            pos = m.end()
            if tok.islower() and tok in _PARTICLE_WORDS:
                out.append(tok)
                continue
            if len(tok.rstrip(".")) == 1:  # an initial
                r = self.rng("INITIAL", tok.lower())
                out.append(chr(65 + r.randrange(26)) + tok[1:])
                continue
            prefix = re.match(r"(?:al|el|ad|ash|as|at|az|ar|ul|d|l)[-'’](?=\w)", tok)
            if prefix:  # "al-Rashid": the particle stays, the name is replaced
                out.append(prefix.group())
                tok = tok[prefix.end() :]
            if not first_done:
                first_done = True
                out.append(token(tok, "F", gender))
                continue
            out.append("-".join(token(p, "L", "U") for p in tok.split("-")))
        out.append(sp.text[pos:])
        return "".join(out)

    def _token(self, tok: str, kind: str, gender: str, locale: str | None, salt: int = 0) -> str:
        """The surrogate of one name token. Its pool depends on the token alone (its locale in
        the name tables, else its script's default locale), so the mapping is order-free
        (``salt`` > 0: another draw for the same token, see :meth:`_person`)."""
        ck = ("TOKEN", f"{tok}\x1f{kind}\x1f{gender}\x1f{locale}\x1f{salt}")
        hit = self._cache.get(ck)
        if hit is not None:
            return hit
        gz = gazetteer()
        script = script_of(tok)
        if locale is None:
            info = gz.tables.first_name(tok) if kind == "F" else gz.tables.last_name(tok)
            locale = info[-2] if info else None
        pool_kind = gender if kind == "F" else "L"
        pool, loc = self._pool(locale, pool_kind, script)
        norm = tok.casefold()

        def make(r: random.Random) -> str:
            return pool[r.randrange(len(pool))]

        def syllables(r: random.Random) -> str:
            while True:
                name = "".join(r.choice(_SYLLABLES) for _ in range(r.randint(2, 3))).title()
                if not gz.nameish(name):
                    return name

        out = self._draw("NAME", norm, make, rng_kind=f"{kind}:{pool_kind}:{loc}"
                         + (f":{salt}" if salt else ""), fallback=syllables)  # fmt: skip
        self._cache[ck] = out = _match_case(tok, out)
        return out

    def _pool(self, locale: str | None, kind: str, script: str) -> tuple[tuple[str, ...], str]:
        """The surrogate pool of ``locale`` if its names are in ``script``, else the script's."""
        gz = gazetteer()
        for loc in (locale, _SCRIPT_LOCALE.get(script), "en_US"):
            if loc is None:
                continue
            for k in ((kind,) if script != "latin" else (kind, "R" + ("L" if kind == "L" else "F"))):
                pool = gz.pools.get((loc, k))
                if pool and (script_of(pool[0]) == script):
                    return pool, f"{loc}:{k}"
        return gz.pools[("en_US", kind)], "en_US"

    def _handle(self, sp: PIISpan) -> str:
        """``@jane_doe`` → ``@mark_olsen``: fake names in the handle's shape (separator, digits,
        case); the ``@`` stays."""
        handle = sp.text[1:]
        sep = next((c for c in handle if c in "_."), "")
        digits = "".join(c for c in handle if c.isdigit())

        def make(r: random.Random) -> str:
            gz = gazetteer()
            first = _ascii(r.choice(gz.pools[("en_US", r.choice("FM"))]))
            last = _ascii(r.choice(gz.pools[("en_US", "L")]))
            body = f"{first}{sep}{last}" if sep or r.random() < 0.5 else f"{first}{last}"
            if digits:
                body += "".join(str(r.randint(0, 9)) for _ in digits)
            return "@" + (body if handle.islower() or not handle.isalpha() else body.title())

        return self._draw("HANDLE", handle.casefold(), make)


@lru_cache(maxsize=1 << 14)
def _country_and_national(key: str) -> tuple[str, str]:
    """Country code and national significant number of an E.164 key ("+14155550199" → "1",
    "4155550199"); no country code for a number libphonenumber could not place."""
    import phonenumbers

    if not key.startswith("+"):
        return "", key
    num = phonenumbers.parse(key)
    return str(num.country_code), phonenumbers.national_significant_number(num)


@dataclass(frozen=True, slots=True)
class _AddressPools:
    streets: tuple[str, ...]
    cities: tuple[str, ...]
    states: tuple[str, ...]
    postcodes: tuple[str, ...]


_DIGITS = re.compile(r"\d+")
_POOL_SIZE = 1024
_POOL_LOCK = threading.Lock()


@cache
def _address_pools_locked(locale: str) -> _AddressPools:
    fk = Faker(locale)
    fk.seed_instance(zlib.crc32(locale.encode()))  # unkeyed: the key only picks from the pools
    streets = tuple(dict.fromkeys(fk.street_address().replace("\n", ", ").strip()
                                  for _ in range(_POOL_SIZE)))  # fmt: skip
    cities = tuple(dict.fromkeys(fk.city() for _ in range(_POOL_SIZE // 4)))
    states = tuple(dict.fromkeys(fk.state_abbr() if hasattr(fk, "state_abbr") else ""
                                 for _ in range(_POOL_SIZE // 8)))  # fmt: skip
    postcodes = tuple(dict.fromkeys(fk.postcode() for _ in range(_POOL_SIZE // 2)))
    return _AddressPools(streets, cities, states, postcodes)


def _address_pools(locale: str) -> _AddressPools:
    """Faker's street addresses, cities, states and postcodes of ``locale``, drawn once per
    process (Faker seeded per entity costs a fraction of a millisecond an address; a keyed pick
    from pools costs microseconds). The street's numbers are redrawn per entity
    (:func:`_fresh_digits`), so ~1,000 streets give millions of distinct surrogates."""
    with _POOL_LOCK:
        return _address_pools_locked(locale)


def _fresh_digits(digits: str, r: random.Random) -> str:
    """Random digits of the same length, the first one non-zero unless the original's was 0."""
    n = len(digits)
    if digits[0] == "0":
        return "0" + str(r.randrange(10 ** (n - 1))).zfill(n - 1) if n > 1 else "0"
    return str(r.randrange(10 ** (n - 1), 10**n))


def _lower_split(word: str) -> list[str]:
    from trustbench.sanitize._pii_learned import tag_split
    from trustbench.sanitize._pii_names import _split_lower

    parts = _split_lower(word, gazetteer())
    if len(parts) == 1 and (split := tag_split(word))[0] > 0:
        return [word[: split[1]], word[split[1] :]]  # the learned tag model's best split
    return parts


_SLUG_WORDS = (
    "about", "blog", "gallery", "photos", "portfolio", "news", "shop", "home", "contact", "work",
    "travel", "events", "archive", "stories", "prints", "studio", "album", "post", "page", "index",
)  # fmt: skip


_OBF = re.compile(r"^(.+?)(\s*(?:\[at\]|\(at\)|\{at\}|<at>)\s*|\s+at\s+)(.+)$", re.I)


def deobfuscate_email(text: str) -> tuple[str, str, str]:
    """``(plain address, at separator, dot separator)`` of a possibly obfuscated address."""
    if "@" in text:
        return text, "@", "."
    m = _OBF.match(text)
    if not m:
        return text, "@", "."
    local, at_sep, rest = m.groups()
    dot = re.search(r"\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>)\s*|\s+dot\s+", rest, re.I)
    dot_sep = dot.group() if dot else "."
    domain = re.sub(r"\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>)\s*|\s+dot\s+", ".", rest, flags=re.I)
    return f"{local}@{domain}", at_sep, dot_sep


@cache
def _extractor():
    import tldextract

    # the suffix list bundled with tldextract: no network, no cache writes
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def public_suffix(host: str) -> str:
    """The public suffix of a host ("mail.example.co.uk" → "co.uk"; "com" if none)."""
    return _extractor()(host).suffix or host.rsplit(".", 1)[-1] or "com"


def _ascii(name: str) -> str:
    """Lower-case ASCII form of a name for emails and domains ("Müller" -> "muller")."""
    import unicodedata

    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in flat.lower() if c.isalnum()) or "x"


def normalize(etype: str, text: str) -> str:
    """The form under which two mentions count as the same entity (and keys the surrogate)."""
    if etype == "PHONE":
        return text if text[:1] == "+" and text[1:].isdigit() else phone_key(text)
    if etype in ("CREDIT_CARD", "US_SSN"):
        return re.sub(r"\D", "", text)
    if etype == "IBAN":
        return text.replace(" ", "").upper()
    if etype == "EMAIL":
        return deobfuscate_email(text)[0].lower()
    if etype == "URL":
        return text.lower().rstrip("/")
    if etype == "IP_ADDRESS":
        import ipaddress

        try:
            return str(ipaddress.ip_address(text))
        except ValueError:
            return text
    if etype == "DATE_OF_BIRTH":
        parsed = _parse_date(text)
        return parsed[0].isoformat() if parsed else text
    if etype == "NAME":
        return text.casefold()
    return " ".join(text.casefold().split())


_DOB_FIRST = date(1920, 1, 1)
_DOB_DAYS = (date(2008, 12, 31) - _DOB_FIRST).days + 1


def _parse_date(text: str) -> tuple[date, Callable[[date], str]] | None:
    """Parse the date formats the detector finds; return the date and a renderer in that format."""
    try:
        if m := _ISO.match(text):
            return date(int(m[1]), int(m[2]), int(m[3])), lambda d: d.isoformat()
        if m := _NUMERIC.match(text):
            a, sep, b, y = int(m[1]), m[2], int(m[3]), m[4]
            year = int(y) if len(y) == 4 else (1900 + int(y) if int(y) > 30 else 2000 + int(y))
            day_first = a > 12 or sep == "."
            dd, mm = (a, b) if day_first else (b, a)
            pad = len(m[1]) == 2

            def render(d: date) -> str:
                p, q = (d.day, d.month) if day_first else (d.month, d.day)
                yy = f"{d.year:04d}" if len(y) == 4 else f"{d.year % 100:02d}"
                return f"{p:02d}{sep}{q:02d}{sep}{yy}" if pad else f"{p}{sep}{q}{sep}{yy}"

            return date(year, mm, dd), render
        if m := _MDY.match(text):
            month = _MONTH_IDX[m[1].lower()]
            short = m[1].capitalize() not in _MONTHS
            dot, suf, comma = m[2], m[4], m[5]

            def render(d: date) -> str:
                name = _MONTHS[d.month - 1]
                name = name[:3] if short else name
                s = _ordinal(d.day) if suf else ""
                return f"{name}{dot if short else ''} {d.day}{s}{comma} {d.year}"

            return date(int(m[6]), month, int(m[3])), render
        if m := _DMY.match(text):
            month = _MONTH_IDX[m[4].lower()]
            short = m[4].capitalize() not in _MONTHS

            def render(d: date) -> str:
                name = _MONTHS[d.month - 1]
                name = name[:3] if short else name
                s = _ordinal(d.day) if m[2] else ""
                return f"{d.day}{s}{m[3] or ''} {name}{m[5]}{m[6]} {d.year}"

            return date(int(m[7]), month, int(m[1])), render
    except (ValueError, KeyError):
        return None
    return None
