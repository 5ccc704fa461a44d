"""Compact, cached name tables: Faker's name lists (every locale, every script) + names-dataset.

Private module of :mod:`trustbench.sanitize.pii`. ``names-dataset`` (≈ 730k first / 980k last
names from 105 countries, with gender and per-country rank) ships as pickled dicts that take
≈ 1 GB and ≈ 60 s to load; this module reads them ONCE per machine, keeps what detection needs —
per name its perceived gender, its best rank in any country and a Faker locale of that country —
and writes marisa-tries (memory-mapped, a few ms to open) to a user cache folder keyed by the
package versions. Common words of seven languages (``wordfreq``) that are not listed names go into
the cache too, so "Golden", "Lake" or "Beach" (all "names" in names-dataset) are not taken for
people. Set ``TRUSTBENCH_CACHE_DIR`` to choose the folder.

>>> t = name_tables()
>>> t.first_name("Priya")      # (gender, locale, strength): 2 = listed and ranked
('F', 'en_IN', 2)
"""

from __future__ import annotations

import gzip
import importlib
import json
import os
import pickle
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path

import marisa_trie

CACHE_FORMAT = 12
# A word of the frequency lists that names-dataset ranks this well as a name in some country is
# a name, not a common word ("Rohit", "Tariq": frequent in English text because of people).
NAME_OVER_WORD_RANK = 400
# Names these locales list are never common words (their captions' languages); names listed only
# by other locales in Latin script count as names only when names-dataset ranks them.
_MAJOR = ("en", "de", "fr", "es", "it", "nl", "pt")
# names-dataset ranks names per country (1 = most common); a name ranked at most this well in
# some country counts as a strong first/last name when it is not also a common word.
STRONG_FIRST_RANK = 3000
STRONG_LAST_RANK = 5000
# Below this Zipf frequency (in every caption language) a word of the word lists is one that
# corpora write mostly as a proper noun ("dunbar" 3.2, "mayhew" 2.8; not "baker" 4.2, "stone"
# 4.8): ranked as a surname, it stays a weak one.
PROPER_WORD_ZIPF = 3.5
_WORD_LANGS = {"en": 40000, "de": 15000, "fr": 15000, "es": 15000, "it": 15000, "nl": 10000,
               "pt": 10000}  # fmt: skip
_GENDERS = "FMU"


def _cache_dir() -> Path:
    env = os.environ.get("TRUSTBENCH_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "trustbench"


def _versions() -> str:
    parts = [f"f{CACHE_FORMAT}"]
    for pkg in ("names-dataset", "faker", "wordfreq"):
        parts.append(f"{pkg}-{metadata.version(pkg)}")
    return "_".join(parts)


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin (ASCII or a Latin letter with diacritics)."""
    for ch in text:
        if ch.isalpha() and ch > "\u024f" and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def script_of(text: str) -> str:
    """'latin', or the Unicode script word of the first non-Latin letter ('CJK', 'HANGUL', …)."""
    for ch in text:
        if ch.isalpha() and ch > "\u024f":
            name = unicodedata.name(ch, "")
            if not name.startswith("LATIN"):
                return name.split()[0]
    return "latin"


def _faker_lists() -> dict[str, dict[str, list[str]]]:
    """Faker's person lists per locale: F, M, L (and their romanized forms where given)."""
    from faker.config import AVAILABLE_LOCALES

    out: dict[str, dict[str, list[str]]] = {}
    for loc in sorted(AVAILABLE_LOCALES):
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue

        def clean(seq) -> list[str]:
            return sorted({n.strip() for n in seq if n and not any(c.isdigit() for c in n)})

        fem = clean(getattr(prov, "first_names_female", ()))
        mal = clean(getattr(prov, "first_names_male", ()))
        out[loc] = {"F": fem, "M": mal, "L": clean(getattr(prov, "last_names", ()))}
        if not fem and not mal:  # ungendered lists
            out[loc]["U"] = clean(getattr(prov, "first_names", ()))
        if hasattr(prov, "first_romanized_names"):
            out[loc]["RF"] = clean(prov.first_romanized_names)
            out[loc]["RL"] = clean(getattr(prov, "last_romanized_names", ()))
    return out


def _country_locale(locales: list[str]) -> dict[str, str]:
    """Country code → a Faker locale of that country (English first where there is one)."""
    out: dict[str, str] = {}
    for loc in sorted(locales, key=lambda x: (not x.startswith("en_"), x)):
        if "_" in loc:
            out.setdefault(loc.rsplit("_", 1)[1], loc)
    return out


def _common_words(listed: set[str], popular: set[str]
                  ) -> tuple[list[str], list[str], list[str]]:  # fmt: skip
    """Common words minus the names Faker lists for the caption languages, and minus names
    popular somewhere unless the word is very common ("more", "will" stay words). Also returns
    the very common words (names or not)."""
    from wordfreq import top_n_list

    words: set[str] = set()
    very: set[str] = set()
    for lang, n in _WORD_LANGS.items():
        top = [w for w in top_n_list(lang, n) if w.isalpha()]
        words.update(top)
        very.update(top[: 3000 if lang == "en" else 500])
    return sorted(words - listed - (popular - very)), sorted(very), top_n_list("en", 10000)


def _build(path: Path) -> None:
    """Read Faker and names-dataset once and write the tables to ``path`` (a folder)."""
    import names_dataset

    fk = _faker_lists()
    fk.pop("en", None)  # the same lists as en_US
    locales = sorted(fk, key=lambda x: (x not in ("en_US", "en_GB"), x))
    loc_idx = {loc: i for i, loc in enumerate(locales)}
    by_country = _country_locale(locales)
    first: dict[str, tuple[int, int, int, int]] = {}  # casefold → (gender, rank, locale, listed)
    last: dict[str, tuple[int, int, int]] = {}
    female: set[str] = set()
    male: set[str] = set()
    for loc in locales:
        major = loc.split("_")[0] in _MAJOR
        for g in "FMU":
            romanized = set(fk[loc].get("RF", [])) if g == "U" else set()
            for n in fk[loc].get(g, []) + sorted(romanized):
                key = n.casefold()
                if g != "U":
                    (female if g == "F" else male).add(key)
                listed = int(major or not is_latin(n) or n in romanized)
                old = first.get(key)
                if old is None or (listed and not old[3]):
                    first[key] = (2, 0, loc_idx[loc], listed)
        for n in fk[loc]["L"] + fk[loc].get("RL", []):
            listed = int(major or not is_latin(n) or n in fk[loc].get("RL", []))
            old = last.get(n.casefold())
            if old is None or (listed and not old[2]):
                last[n.casefold()] = (0, loc_idx[loc], listed)
    for key, (_, rank, li, listed) in first.items():
        g = 2 if (key in female) == (key in male) else 0 if key in female else 1
        first[key] = (g, rank, li, listed)
    listed_names = {k for k, v in first.items() if v[3]} | {k for k, v in last.items() if v[2]}

    folder = Path(names_dataset.__file__).parent / "v3"

    def best(info: dict) -> tuple[int, int]:
        ranks = info.get("rank") or {}
        if ranks:
            cc = min(ranks, key=ranks.get)
            return min(int(ranks[cc]), 65534), loc_idx.get(by_country.get(cc, "en_US"), 0)
        share = info.get("country") or {}
        cc = max(share, key=share.get) if share else "US"
        return 65535, loc_idx.get(by_country.get(cc, "en_US"), loc_idx["en_US"])

    def entries(file: str):
        """(casefolded name, best rank, locale index, info) of one names-dataset table."""
        with gzip.open(folder / file) as f:
            table = pickle.load(f)
        for name, info in table.items():
            if " " not in name and len(name) >= 2 and name.replace("-", "").replace("'", "").isalpha():
                yield (name.casefold(), *best(info), info)

    for key, rank, li, info in entries("first_names.pkl.gz"):
        genders = info.get("gender") or {}
        fshare = genders.get("F", 0.0)
        g = 0 if fshare >= 0.8 else 1 if fshare <= 0.2 else 2
        old = first.get(key)
        if old is None:
            first[key] = (g, rank, li, 0)
        else:  # listed by Faker: keep its locale, add the rank; names-dataset's gender shares
            # (533M people) decide over lists that name it for both genders
            gender = old[0] if old[0] != 2 or not genders else g
            first[key] = (gender, min(old[1] or 65535, rank), old[2], old[3])
    for key, rank, li, _ in entries("last_names.pkl.gz"):
        old = last.get(key)
        last[key] = (rank, li, 0) if old is None else (min(old[0] or 65535, rank), old[1], old[2])
    popular = {k for k, v in first.items() if v[1] <= NAME_OVER_WORD_RANK and v[1] > 0}
    popular |= {k for k, v in last.items() if v[0] <= NAME_OVER_WORD_RANK and v[0] > 0}
    words, very, en_top = _common_words(listed_names, popular)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    tmp.mkdir(parents=True, exist_ok=True)
    marisa_trie.RecordTrie("<BHHB", [(k, v) for k, v in first.items()]).save(str(tmp / "first"))
    marisa_trie.RecordTrie("<HHB", [(k, v) for k, v in last.items()]).save(str(tmp / "last"))
    marisa_trie.Trie(words).save(str(tmp / "words"))
    marisa_trie.Trie(very).save(str(tmp / "common"))
    marisa_trie.Trie(en_top).save(str(tmp / "en_top"))
    # surrogate pools keep only names whose perceived gender (over all sources) is the pool's
    def gender_of(n: str) -> str:
        return _GENDERS[first[n.casefold()][0]] if n.casefold() in first else "U"

    pools = {loc: {g: [n for n in v if g not in "FM" or gender_of(n) == g] for g, v in lists.items()}
             for loc, lists in fk.items()}  # fmt: skip
    (tmp / "faker.json").write_text(json.dumps({"locales": locales, "pools": pools}))
    try:
        tmp.rename(path)
    except OSError:  # another process built it first
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


@dataclass(frozen=True)
class NameTables:
    """Name lookups (case-insensitive) and Faker's per-locale name lists for surrogates."""

    first: marisa_trie.RecordTrie
    last: marisa_trie.RecordTrie
    words: marisa_trie.Trie
    common: marisa_trie.Trie  # the most frequent words, names or not ("more", "john", "will")
    en_top: marisa_trie.Trie  # the 10,000 most frequent English words, names or not
    locales: tuple[str, ...]
    lists: dict[str, dict[str, list[str]]]  # locale → F/M/L (+RF/RL) names

    def is_common(self, tok: str) -> bool:
        """Among the ~3,000 most frequent English (1,000 other) words, even if also a name."""
        memo = self._memo_common
        out = memo.get(tok)
        if out is None:
            if len(memo) > 500_000:
                memo.clear()
            out = memo[tok] = tok.casefold() in self.common
        return out

    def is_word(self, tok: str) -> bool:
        """A common word of en/de/fr/es/it/nl/pt that no Faker locale lists as a name."""
        memo = self._memo_word
        out = memo.get(tok)
        if out is None:
            if len(memo) > 500_000:
                memo.clear()
            out = memo[tok] = tok.casefold() in self.words
        return out

    def __post_init__(self) -> None:
        # per-process memo of token lookups (captions repeat their vocabulary)
        object.__setattr__(self, "_memo_first", {})
        object.__setattr__(self, "_memo_last", {})
        object.__setattr__(self, "_memo_word", {})
        object.__setattr__(self, "_memo_common", {})

    def first_name(self, tok: str) -> tuple[str, str, int] | None:
        memo = self._memo_first
        if tok in memo:
            return memo[tok]
        if len(memo) > 500_000:
            memo.clear()
        out = memo[tok] = self._first_name(tok)
        return out

    def last_name(self, tok: str) -> tuple[str, int] | None:
        """(locale, strength) of a last name, as for :meth:`first_name`."""
        memo = self._memo_last
        if tok in memo:
            return memo[tok]
        if len(memo) > 500_000:
            memo.clear()
        out = memo[tok] = self._last_name(tok)
        return out

    def _first_name(self, tok: str) -> tuple[str, str, int] | None:
        """(gender F/M/U, locale, strength) of a first name; strength 2 = Faker-listed or ranked
        within STRONG_FIRST_RANK and not a common word, 1 = in names-dataset only."""
        hit = self.first.get(tok.casefold())
        if not hit and "-" in tok:  # "Ji-hoon", "Jean-Luc": joined, else the first part
            hit = self.first.get(tok.replace("-", "").casefold()) or self.first.get(
                tok.split("-")[0].casefold()
            )
        if not hit:
            return None
        g, rank, li, listed = hit[0]
        strong = listed or (rank <= STRONG_FIRST_RANK and not self.is_word(tok))
        if not strong and self.is_word(tok):
            return None
        return _GENDERS[g], self.locales[li], 2 if strong else 1

    def strong_first(self, tok: str) -> bool:
        """A first name at strength 2 (listed by Faker, or ranked well and no word)."""
        f = self.first_name(tok)
        return f is not None and f[2] == 2

    def strong_last(self, tok: str) -> bool:
        """A last name at strength 2, as for :meth:`strong_first`."""
        la = self.last_name(tok)
        return la is not None and la[1] == 2

    def rank(self, tok: str) -> int | None:
        """Best names-dataset rank of a first name in any country (None: not ranked)."""
        hit = self.first.get(tok.casefold())
        return hit[0][1] if hit and 0 < hit[0][1] < 65535 else None

    def popular(self, tok: str) -> bool:
        """Ranked within NAME_OVER_WORD_RANK as a first or last name in some country."""
        key = tok.casefold()
        f, la = self.first.get(key), self.last.get(key)
        return bool((f and 0 < f[0][1] <= NAME_OVER_WORD_RANK)
                    or (la and 0 < la[0][0] <= NAME_OVER_WORD_RANK))  # fmt: skip

    def _last_name(self, tok: str) -> tuple[str, int] | None:
        hit = self.last.get(tok.casefold())
        if not hit and len(tok) > 3 and tok[1] in "'’" and tok[0] in "DdOoLl":
            hit = self.last.get(tok[2:].casefold())  # "D'Souza", "O'Dowd": the surname after it
        if not hit:
            return None
        rank, li, listed = hit[0]
        strong = listed or (rank <= STRONG_LAST_RANK and not self.is_word(tok))
        if not strong and self.is_word(tok) and (
                rank > STRONG_LAST_RANK or caption_zipf(tok.casefold()) >= PROPER_WORD_ZIPF):  # fmt: skip
            return None  # a word; a ranked surname that word lists hold only as a rare word
        return self.locales[li], 2 if strong else 1  # ("Dunbar", "Mayhew": a proper noun) is weak

    def listed(self, tok: str) -> bool:
        """Listed by Faker as a first or last name (any locale)."""
        key = tok.casefold()
        f, la = self.first.get(key), self.last.get(key)
        return bool((f and f[0][3]) or (la and la[0][2]))


def _grams(word: str) -> list[str]:
    w = f"^{word}$"
    return [w[i : i + n] for n in (2, 3) for i in range(len(w) - n + 1)]


def _strong_key(t: NameTables, key: str) -> bool:
    f, la = t.first.get(key), t.last.get(key)
    return bool((f and (f[0][3] or 0 < f[0][1] <= STRONG_FIRST_RANK))
                or (la and (la[0][2] or 0 < la[0][0] <= STRONG_LAST_RANK)))  # fmt: skip


def train_name_likeness(t: NameTables, *, hold_out: frozenset[str] = frozenset()
                        ) -> dict[str, float]:  # fmt: skip
    """Per character 2/3-gram log-odds of "part of a name" vs "word": names are the strong names
    of the tables (minus those whose locale is in ``hold_out``, for evaluation), words are
    wordfreq's next 245k English and 58k words of six other languages that are no strong name
    (the rarer words a caption holds that the common-word list does not)."""
    import math
    from collections import Counter

    from wordfreq import top_n_list

    names: Counter[str] = Counter()
    for trie, li_at in ((t.first, 2), (t.last, 1)):
        for key, rec in trie.items():
            if key.isalpha() and t.locales[rec[li_at]] not in hold_out and _strong_key(t, key):
                names.update(_grams(key))
    words: Counter[str] = Counter()
    for lang, n, skip in (("en", 250000, 5000), *((lg, 60000, 2000) for lg in _MAJOR[1:])):
        for w in top_n_list(lang, n)[skip:]:
            if w.isalpha() and len(w) >= 3 and not _strong_key(t, w):
                words.update(_grams(w))
    n_sum, w_sum = sum(names.values()), sum(words.values())
    vocab = len(names.keys() | words.keys())
    return {g: round(math.log((names[g] + 1) / (n_sum + vocab))
                     - math.log((words[g] + 1) / (w_sum + vocab)), 3)
            for g in names.keys() | words.keys()}  # fmt: skip


@cache
def _likeness_model() -> dict[str, float]:
    """The trained n-gram table, cached beside the name tables (≈ 15 s to train, once)."""
    path = _cache_dir() / f"names-{_versions()}" / "likeness.json"
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        model = train_name_likeness(name_tables())
    try:
        tmp = path.with_name(f"likeness.tmp{os.getpid()}")
        tmp.write_text(json.dumps(model))
        tmp.replace(path)
    except OSError:  # a read-only cache: keep it in memory
        pass
    return model


@lru_cache(maxsize=1 << 16)  # a pure function of the word (the model is fixed per process)
def name_likeness(word: str) -> float:
    """How much ``word`` looks like a name of some origin rather than a word, from its character
    2/3-grams (mean log-odds; > 0 name-like, < -0.5 word-like). Measured on names of 16 locales
    held out from training (``benchmarks/README.md``): 95 % of names score above -0.5, and 48 %
    of the rarer words.

    >>> name_likeness("tahmina") > 0 > name_likeness("cycling")
    True
    """
    model = _likeness_model()
    grams = _grams(word.casefold())
    return sum(model.get(g, 0.0) for g in grams) / len(grams)


def _built(path: Path, build: Callable[[Path], None], marker: str = "") -> Path:
    """The cache entry ``path`` (a file, or a folder holding ``marker``), built by ``build`` if
    missing; into the temp folder instead when a read-only home has no cache folder."""
    if not (path / marker).is_file():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:  # a read-only home: build into the temp folder instead
            import tempfile

            path = Path(tempfile.gettempdir()) / "trustbench-cache" / path.name
            path.parent.mkdir(parents=True, exist_ok=True)
        if not (path / marker).is_file():
            build(path)
    return path


@cache
def name_tables() -> NameTables:
    """Open the cached tables, building them first if this machine has none (≈ 1 min, once)."""
    path = _built(_cache_dir() / f"names-{_versions()}", _build, "faker.json")
    first, last = marisa_trie.RecordTrie("<BHHB"), marisa_trie.RecordTrie("<HHB")
    words, common, en_top = marisa_trie.Trie(), marisa_trie.Trie(), marisa_trie.Trie()
    first.mmap(str(path / "first"))
    last.mmap(str(path / "last"))
    words.mmap(str(path / "words"))
    common.mmap(str(path / "common"))
    en_top.mmap(str(path / "en_top"))
    meta = json.loads((path / "faker.json").read_text())
    return NameTables(first, last, words, common, en_top, tuple(meta["locales"]), meta["pools"])


# Languages whose frequent words ``caption_zipf`` knows: the caption languages of
# ``_WORD_LANGS`` and the other Latin- and Cyrillic-script languages wordfreq covers well, so
# that "semoga", "teşekkürler", "jangan" or "белые" (frequent words of Indonesian, Turkish,
# Malay, Russian) are known as words, not unknown name-like tokens.
CAPTION_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "ca", "ro", "tr", "id", "ms", "fil",
                 "vi", "pl", "cs", "sk", "ru", "uk", "bg", "da", "nb", "sv", "fi", "hu")  # fmt: skip
_CAPTION_MIN_ZIPF = 3.0  # the table keeps words at least this frequent (Zipf) in some language


def _build_caption_words(path: Path) -> None:
    """word → 10 × its best Zipf frequency over ``CAPTION_LANGS`` (words of Zipf ≥ 3 only)."""
    from wordfreq import get_frequency_dict

    best: dict[str, float] = {}
    floor = 10 ** (_CAPTION_MIN_ZIPF - 9)
    for lang in CAPTION_LANGS:
        for w, f in get_frequency_dict(lang).items():
            if f >= floor and w.isalpha() and f > best.get(w, 0.0):
                best[w] = f
        get_frequency_dict.cache_clear()  # one language in memory at a time
    import math

    _save_trie(marisa_trie.RecordTrie("<B", [(w, (round(10 * (math.log10(f) + 9)),))
                                             for w, f in best.items()]), path)  # fmt: skip


def _save_trie(trie: marisa_trie.Trie | marisa_trie.RecordTrie, path: Path) -> None:
    """Write ``trie`` to ``path`` atomically (a temporary file renamed; if another process built
    it first, its file stays)."""
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    trie.save(str(tmp))
    try:
        tmp.rename(path)
    except OSError:  # another process built it first
        tmp.unlink(missing_ok=True)


@cache
def _caption_words() -> marisa_trie.RecordTrie:
    """The cached table of ``caption_zipf`` (built once per machine, a few seconds)."""
    path = _built(_cache_dir() / f"caption-words-f2-wordfreq-{metadata.version('wordfreq')}",
                  _build_caption_words)
    trie = marisa_trie.RecordTrie("<B")
    trie.mmap(str(path))
    return trie


_CAPTION_ZIPF: dict[str, float] = {}  # memo of caption_zipf (the table is fixed per process)


def caption_zipf(word: str) -> float:
    """The best Zipf frequency of lower-case ``word`` in any of ``CAPTION_LANGS`` (0 below 3):
    6 is "tahun" (Indonesian "year"), 5 "semoga", 4 a rarer word or a popular name."""
    z = _CAPTION_ZIPF.get(word)
    if z is None:
        hit = _caption_words().get(word)
        z = hit[0][0] / 10 if hit else 0.0
        if len(_CAPTION_ZIPF) > 500_000:  # bounded: a corpus has no end of distinct words
            _CAPTION_ZIPF.clear()
        _CAPTION_ZIPF[word] = z
    return z


# Countries whose names-dataset entries are mostly South Asian: South Asia itself, and the Gulf
# states, Singapore, Malaysia, Mauritius and Fiji, where that data is dominated by the South
# Asian diaspora ("rathnayaka", "vargees", "ponnala" have their largest shares in KW, SA, OM).
_SOUTH_ASIAN_COUNTRIES = frozenset(
    ("IN", "PK", "BD", "NP", "LK", "MV", "AE", "SA", "KW", "QA", "BH", "OM", "SG", "MY", "MU", "FJ")
)
SOUTH_ASIAN_MIN = 0.4  # the share of those countries that makes a name South Asian


def _build_south_asian(path: Path) -> None:
    """The first names ("f:" + name) and last names ("l:" + name) of names-dataset whose share of people in
    ``_SOUTH_ASIAN_COUNTRIES`` is at least ``SOUTH_ASIAN_MIN``, each only where it ranks better
    (in any country) as that kind of name than as the other: "pratima" and "nanak" are given
    names that many also write as a last name (built once per machine)."""
    import names_dataset

    folder = Path(names_dataset.__file__).parent / "v3"
    tables = []
    for file in ("first_names.pkl.gz", "last_names.pkl.gz"):
        with gzip.open(folder / file) as f:
            tables.append(pickle.load(f))

    def best(info: dict | None) -> int:
        return min((int(r) for r in (info or {}).get("rank", {}).values()), default=65535)

    keys = []
    for tag, own, other in (("f", *tables), ("l", *tables[::-1])):
        for name, info in own.items():
            share = info.get("country") or {}
            if not name.isalpha() or sum(v for c, v in share.items()
                                         if c in _SOUTH_ASIAN_COUNTRIES) < SOUTH_ASIAN_MIN:  # fmt: skip
                continue
            mine, theirs = best(info), best(other.get(name))
            if mine < theirs or (mine == theirs and (tag == "f" or name not in other)):
                keys.append(f"{tag}:{name.casefold()}")
    del tables
    _save_trie(marisa_trie.Trie(keys), path)


@cache
def _south_asian() -> marisa_trie.Trie:
    path = _built(
        _cache_dir() / f"south-asian-r-{SOUTH_ASIAN_MIN}-{_versions()}", _build_south_asian
    )
    trie = marisa_trie.Trie()
    trie.mmap(str(path))
    return trie


def south_asian(name: str, last: bool) -> bool:
    """``name`` (romanized) is a last (``last``) or first name of names-dataset borne mostly in
    South Asia and its diaspora countries, at any rank, and more a name of that kind than of
    the other."""
    return f"{'l' if last else 'f'}:{name.casefold()}" in _south_asian()
