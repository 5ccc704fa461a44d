"""Person-name detection: Faker's locale name lists as a gazetteer plus context rules.

Private module of :mod:`trustbench.sanitize.pii`. Names carry a perceived gender (``F``, ``M`` or
``U`` when a name is listed as both) and the locale that lists it, so surrogates keep both.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT")

# Capitalized words that are also first names but usually mean something else in captions; they
# count as a name only when a last name (or a title) follows.
_AMBIGUOUS = _words(
    """
    Rose Bill Will May June April August Mark Grace Hope Joy Faith Summer Autumn Winter Lily Daisy
    Iris Violet Ruby Pearl Jade Amber Crystal Destiny Jack Frank Art Sky Dawn Miles Chase Hunter
    Angel Christian Guy Sunny Honey Holly Ivy Olive Rosemary Sage Heather Jasmine Poppy Hazel
    Georgia Victoria Paris Austin Jordan Sydney Dallas Madison Charlotte Phoenix Orlando Savannah
    Chelsea Brooklyn Aurora Denver Lincoln Florence Virginia Carolina Dakota Cheyenne Houston
    Regina Adelaide Sierra Asia China India Kenya Israel Jersey Camden Salem Troy Eugene Tyler
    Carter Mason Parker Cooper Taylor Harper Bailey Brooke River Forest Stone Rock Storm Rain
    Star Bella Bonnie Cherry Candy Penny Ginger Misty Patience Harmony Melody Liberty Trinity
    Serenity Journey Royal Prince Princess Duke King Major Sterling Noble Justice Precious
    Reed Rich Price Young Long Page Love Gay Hill Wood Green Brown White Black Gray Grey
    Golden Silver Ray Don Dean Drew Bob Pat Sue Kay Tom Ben Max Sam Al Ed Ted Gene Wade Lane
    Dale Glen Cliff Clay Ford Grant Neil Norman Rod Van Roman Carmen Lourdes Nevada Montana
    Jan Nick Dot Lou Roy Herb Cole Case Bay Cash Gil Hale Harley Lake Ocean Skye Easton Royce
    Beach Blue Bright Cruz Mercedes Porsche Tesla Jaguar Chevy Lexus Hilton Marriott
    Christmas Easter Santa Madonna Eden Genesis Jesus Saint Said Tim
    """
)

# Tokens that, right after a title or in a context rule, are places or organizations, not names.
_NOT_NAME = _words(
    """
    The A An And Of In On At For From To With By New Old Los Las San Santa Saint St Mount Mt Lake
    Fort Port North South East West Upper Lower City County Island Islands Beach Park River Valley
    University College School Hospital Church Street Avenue Road Museum Gallery Center Centre
    Hotel Restaurant Cafe Bar Club Team Company Inc Ltd Corp Group Bank National International
    Photo Picture Image Portrait View Sunset Sunrise Day Night Morning Evening Summer Winter
    Spring Autumn Fall January February March April May June July August September October
    November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday This That These
    Those Our My Your His Her Their Its We You They I He She It Happy Merry Best Top Great Big
    Little Small Free Stock Royalty Vintage Modern Classic Beautiful Red Blue Green Yellow Black
    White Pink Purple Orange Brown Gray Grey Gold Silver Golden Christmas Easter Halloween
    Wedding Birthday Holiday Family Home House Garden Kitchen Living Bedroom Office Studio
    Mountains Mountain Forest Ocean Sea Bay Coast Hills Hill Canyon National Central Grand Royal
    Tower Bridge Square Plaza Market Station Airport Harbor Harbour Castle Palace Cathedral
    Temple Abbey Chapel Art Arts Design Fashion Collection Series Edition Volume Vol Part Chapter
    Mr Mrs Ms Miss Dr Prof Sir Madam Herr Frau Mme Mlle Sr Sra Jr Senior Junior USA UK EU
    America American Europe European Asia Africa Australia Canada Germany France Spain Italy
    England London Paris Berlin Rome Madrid York Angeles Vegas
    Empire State States United Kingdom Republic Shop Store Sale Buy Rent Apartment Apartments Villa Resort Inn Lodge Suites
    """
)

_TITLES = {
    "mr": "M", "mrs": "F", "ms": "F", "miss": "F", "mx": "U", "dr": "U", "prof": "U", "sir": "M",
    "madam": "F", "madame": "F", "mme": "F", "mlle": "F", "monsieur": "M", "herr": "M",
    "frau": "F", "sr": "M", "sra": "F", "srta": "F", "signor": "M", "signora": "F", "lady": "F",
    "lord": "M",
}  # fmt: skip

# Words after which two capitalized unknown tokens are taken as a name ("photo by Ansel Adams").
_CONTEXT = _words(
    "by with named called featuring feat ft photographer artist author model actor actress "
    "singer player coach director meet meeting starring"
)

# What may follow a name: "Jan Kowalski, born 1950", "(b. 1950)", ", aged 34", ", SSN …".
_RIGHT_CONTEXT = re.compile(
    r"\s?[,(]?\s?(?:born|b\.|n[ée]e?|aged?|date of birth|DOB|SSN|\d{1,3} years old)\b", re.I
)

_PLACE_PREFIX = _words(
    "San Santa Santo Los Las New Saint St Mount Mt Lake Fort Port North South East West Upper "
    "Lower El Rio Cape Glen Palm Bay Grand Little Great Old"
)

_PARTICLES = frozenset(
    f" {p} " for p in _words("de du des da di del della van von der den dos das le la ter ten")
)

_CAP = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[-'’][A-ZÀ-ÖØ-Þa-zß-ÿ][^\W\d_]*)*")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


@dataclass(frozen=True, slots=True)
class NameHit:
    """One detected person name: span, perceived gender, locale and whether it starts with a
    first name (otherwise every token is a last name, e.g. after a title)."""

    start: int
    end: int
    gender: str
    locale: str
    has_first: bool


@dataclass(frozen=True)
class Gazetteer:
    first: dict[str, tuple[str, str]]  # name -> (gender, locale)
    last: dict[str, str]  # name -> locale
    pools: dict[tuple[str, str], tuple[str, ...]]  # (locale, "F"|"M"|"U"|"L") -> surrogate pool


def _names(seq) -> list[str]:
    return [n for n in seq if n and n[0].isupper() and n.replace("-", "").isalpha()]


@cache
def gazetteer() -> Gazetteer:
    """Build the name gazetteer from Faker's locale lists (once per process)."""
    first: dict[str, tuple[str, str]] = {}
    last: dict[str, str] = {}
    pools: dict[tuple[str, str], tuple[str, ...]] = {}
    female_any: set[str] = set()
    male_any: set[str] = set()
    for loc in LOCALES:
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        fem = _names(getattr(prov, "first_names_female", ()))
        mal = _names(getattr(prov, "first_names_male", ()))
        lst = _names(getattr(prov, "last_names", ()))
        female_any.update(fem)
        male_any.update(mal)
        for n in fem + mal:
            first.setdefault(n, ("", loc))
        for n in lst:
            last.setdefault(n, loc)
        fem_set, mal_set = set(fem), set(mal)
        clean = lambda xs: tuple(sorted(x for x in xs if x not in _AMBIGUOUS))  # noqa: E731
        pools[(loc, "F")] = clean(fem_set - mal_set)
        pools[(loc, "M")] = clean(mal_set - fem_set)
        pools[(loc, "U")] = clean(fem_set & mal_set) or clean(fem_set | mal_set)
        pools[(loc, "L")] = clean(lst)
    for n, (_, loc) in first.items():
        f, m = n in female_any, n in male_any
        first[n] = ("U" if f and m else "F" if f else "M", loc)
    return Gazetteer(first, last, pools)


def _title_before(text: str, start: int) -> str | None:
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if m and m.end() == start:
        return _TITLES.get(m.group(1).lower())
    return None


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return m.group(1).lower() if m and m.end() == start else ""


def _in_context(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].lower()
    return _word_before(text, start) in _CONTEXT or before.endswith("portrait of ")


def find_names(text: str) -> list[NameHit]:
    """Person names in ``text`` (gazetteer + title + context rules), left to right."""
    gz = gazetteer()
    toks = [(m.start(), m.end(), m.group()) for m in _CAP.finditer(text)]
    hits: list[NameHit] = []
    i, n = 0, len(toks)
    while i < n:
        s, e, tok = toks[i]
        # The following capitalized tokens directly attached (one space, or "J. " initials).
        j, end = i, e
        chain = [tok]
        while j + 1 < n:
            ns, ne, nt = toks[j + 1]
            gap = text[end:ns]
            if (
                gap == " "
                or (gap == ". " and len(chain[-1]) == 1)
                or (gap in _PARTICLES and tok in gz.first)
            ):
                chain.append(nt)
                j, end = j + 1, ne
                if len(chain) == 4:
                    break
            else:
                break
        if i > 0 and toks[i - 1][2] in _PLACE_PREFIX and text[toks[i - 1][1] : s] == " ":
            i += 1  # "San Francisco", "New Jersey": a place, not a name
            continue
        if tok.isupper() and len(tok) > 1:
            # ALL-CAPS: only a gazetteer first name followed by a gazetteer last name counts
            if len(chain) > 1 and tok.title() in gz.first and chain[1].title() in gz.last:
                gender, locale = gz.first[tok.title()]
                hits.append(NameHit(s, toks[i + 1][1], gender, locale, True))
                i += 2
            else:
                i += 1
            continue
        title = _title_before(text, s)
        info = gz.first.get(tok)
        if info is None and "-" in tok:
            info = gz.first.get(tok.split("-", 1)[0])  # "Jean-Pierre", "Hans-H."
        if title is not None and (tok not in _NOT_NAME or tok in gz.last):
            # "Dr. Jane Smith", "Mrs. Okafor": the title vouches for the following tokens.
            k = 1
            while k < len(chain) and chain[k] not in _NOT_NAME and k < 3:
                k += 1
            has_first = info is not None and k > 1
            gender = title if title != "U" else (info[0] if has_first else "U")
            locale = info[1] if has_first else gz.last.get(chain[k - 1], "en_US")
            hits.append(NameHit(s, toks[i + k - 1][1], gender, locale, has_first))
            i += k
            continue
        if info is not None and (tok not in _NOT_NAME or tok in _AMBIGUOUS):
            gender, locale = info
            k = 1
            # Middle initial or a second first name, then up to two last-name tokens.
            if k < len(chain) and (
                len(chain[k]) == 1
                or (chain[k] in gz.first and k + 1 < len(chain) and chain[k + 1] in gz.last)
            ):
                k += 1
            lasts = 0
            while k < len(chain) and lasts < 2:
                cand = chain[k]
                in_last = cand in gz.last or (
                    "-" in cand and any(p in gz.last for p in cand.split("-"))
                )
                if (cand in _NOT_NAME and not in_last) or len(cand) == 1 or cand.isupper():
                    break
                if tok in _AMBIGUOUS and not in_last:
                    break
                k += 1
                lasts += 1
            if lasts == 0 and len(chain) > 1 and k > 1 and len(chain[k - 1]) == 1:
                k -= 1  # a dangling initial is not part of the name
            if lasts == 0 and tok in _AMBIGUOUS:
                if len(chain) >= 2 and _in_context(text, s) and chain[1] not in _NOT_NAME:
                    hits.append(NameHit(s, toks[i + 1][1], gender, locale, True))
                    i += 2
                else:
                    i += 1
                continue
            hits.append(NameHit(s, toks[i + k - 1][1], gender, locale, True))
            i += k
            continue
        if (
            len(chain) >= 2
            and (_in_context(text, s) or _RIGHT_CONTEXT.match(text, toks[i + 1][1]))
            and all(c not in _NOT_NAME and len(c) > 1 and not c.isupper() for c in chain[:2])
        ):
            # an unknown "First Last": its gender is unknown, so the surrogate is unisex
            hits.append(NameHit(s, toks[i + 1][1], "U", gz.last.get(chain[1], "en_US"), True))
            i += 2
            continue
        i += 1
    return hits
