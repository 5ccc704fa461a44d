"""A learned decision for lower-case name pairs the hand rules leave undecided.

Private module of :mod:`trustbench.sanitize.pii`. Two lower-case words in a row that could both
be name parts ("met ana horvat", "kieu thi phuong's kitchen") are scored by a logistic
regression over features of the pair: list membership and strength, name-likeness, wordfreq
Zipf, length, case, caption position, and the words before and after (hashed, crc32, so the
features are the same in every process). The weights are package data
(``_pii_lower_weights.py``), trained on synthetic captions (names of every origin swapped into
the frames of the development sets, lower-cased; negatives from the no-PII sets and dictionary
words in the same frames) by ``benchmarks/train_pii_lower.py``, which also reports the
leave-one-set-out validation.

    >>> from trustbench.sanitize._pii_learned import pair_score
    >>> from trustbench.sanitize._pii_names import gazetteer
    >>> pair_score("road trip w/ milan horvat through istria", 13, 18, 19, 25, gazetteer()) > 0
    True
"""

from __future__ import annotations

import importlib
import math
import re
import zlib
from functools import cache, lru_cache

from trustbench.sanitize._pii_lookup import is_latin

DIM_HASH = 1024  # hashed context buckets after the dense features

_DENSE_WORD = ("g0", "g1", "g2", "first2", "first1", "last2", "last1", "sfirst", "slast",
               "nameish", "faker", "like", "like_pos", "zipf", "zipf_hi", "zipf_any", "zipf_any_hi", "en_top", "common",
               "word", "len", "short", "hyphen")  # fmt: skip
_DENSE_PAIR = ("opening", "punct_before", "end", "punct_after", "right", "place_after",
               "verb_after", "credit", "greeting", "same", "both_g2", "both_strong")  # fmt: skip
DENSE = tuple(f"a_{n}" for n in _DENSE_WORD) + tuple(f"b_{n}" for n in _DENSE_WORD) + _DENSE_PAIR
_INDEX = {n: i for i, n in enumerate(DENSE)}
DIM = len(DENSE) + DIM_HASH

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?|\d+|[^\w\s]")


def _bucket(key: str) -> int:
    return len(DENSE) + zlib.crc32(key.encode()) % DIM_HASH


# Languages whose common words (not names) show up in lower-case captions; each list loads once.
_LANGS = ("de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "id", "sv")


@lru_cache(maxsize=1 << 17)  # bounded: a corpus has no end of distinct words
def _zipf(word: str) -> tuple[float, float]:
    """wordfreq Zipf frequency of ``word`` in English and its highest in ``_LANGS``."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en"), max(zipf_frequency(word, lang) for lang in _LANGS)


def _word_features(prefix: str, w: str, gz, out: dict[int, float]) -> None:
    out.update(_word_indexed(prefix, w))


@lru_cache(maxsize=1 << 16)
def _word_indexed(prefix: str, w: str) -> tuple[tuple[int, float], ...]:
    """The non-zero dense features of one pair word, as (index, value), in the order the model
    has always summed them (memoized: the tables are fixed per process)."""
    from trustbench.sanitize._pii_lookup import name_likeness
    from trustbench.sanitize._pii_names import _lower_word, gazetteer

    gz = gazetteer()
    t = gz.tables
    f, la = t.first_name(w), t.last_name(w)
    like = max(-3.0, min(3.0, name_likeness(w)))
    z, zany = _zipf(w)
    vals = {
        f"g{_lower_word(w, t)}": 1.0,
        "first2": float(bool(f and f[2] == 2)), "first1": float(bool(f and f[2] == 1)),
        "last2": float(bool(la and la[1] == 2)), "last1": float(bool(la and la[1] == 1)),
        "sfirst": float(w in gz.first), "slast": float(w in gz.last),
        "nameish": float(gz.nameish(w)), "faker": float(t.listed(w)),
        "like": like / 3, "like_pos": float(like > 0), "zipf": z / 8, "zipf_hi": float(z >= 4),
        "zipf_any": zany / 8, "zipf_any_hi": float(zany >= 4.5),
        "en_top": float(w in t.en_top), "common": float(t.is_common(w)),
        "word": float(t.is_word(w)), "len": min(len(w), 12) / 12, "short": float(len(w) <= 3),
        "hyphen": float("-" in w or "'" in w),
    }  # fmt: skip
    return tuple((_INDEX[f"{prefix}_{k}"], v) for k, v in vals.items() if v)


def pair_features(text: str, s1: int, e1: int, s2: int, e2: int, gz) -> dict[int, float]:
    """Sparse features (index → value) of the lower-case pair ``text[s1:e1]``, ``text[s2:e2]``."""
    from trustbench.sanitize._pii_names import (
        _GREETINGS,
        _LOWER_CONTEXT,
        _NAME_RIGHT,
        _place_after,
        _verb_after,
    )

    a, b = text[s1:e1], text[s2:e2]
    out: dict[int, float] = {}
    _word_features("a", a, gz, out)
    _word_features("b", b, gz, out)
    before = _WORD.findall(text[max(0, s1 - 40) : s1].lower())
    after = _WORD.findall(text[e2 : e2 + 40].lower())
    if before and before[-1] == "/" and len(before) > 1 and before[-2] == "w":
        before = [*before[:-2], "with"]  # "w/" is "with"
    w1 = before[-1] if before else "<s>"
    w2 = before[-2] if len(before) > 1 else "<s>"
    n1 = after[0] if after else "</s>"
    n2 = after[1] if len(after) > 1 else "</s>"
    tail = text[max(0, s1 - 20) : s1].lower()
    pair = {
        "opening": not text[:s1].strip(), "punct_before": bool(before) and not before[-1].isalnum(),
        "end": not text[e2:].strip(), "punct_after": bool(after) and not after[0].isalnum(),
        "right": _NAME_RIGHT.match(text, e2) is not None, "place_after": _place_after(text, e2),
        "verb_after": _verb_after(text, e2), "credit": w1 in _LOWER_CONTEXT,
        "greeting": tail.endswith(_GREETINGS), "same": a == b,
        "both_g2": out.get(_INDEX["a_g2"], 0) and out.get(_INDEX["b_g2"], 0),
        "both_strong": (out.get(_INDEX["a_sfirst"], 0) or out.get(_INDEX["a_slast"], 0))
        and (out.get(_INDEX["b_sfirst"], 0) or out.get(_INDEX["b_slast"], 0)),
    }  # fmt: skip
    for k, v in pair.items():
        if v:
            out[_INDEX[k]] = 1.0
    for key in (f"w1={w1}", f"w2={w2} {w1}", f"n1={n1}", f"n2={n1} {n2}", f"w1n1={w1}|{n1}"):
        i = _bucket(key)
        out[i] = out.get(i, 0.0) + 1.0
    return out


def _load(module: str, dim: int) -> tuple[tuple[float, ...], float, float]:
    """Weights, bias and threshold from a generated weights module shipped in the package.

    Missing weights or weights of another feature layout are an error, never a silent fallback
    to the rules alone (which would find other names than the documented model)."""
    try:
        w = importlib.import_module(f"trustbench.sanitize.{module}")
    except ImportError as e:
        raise RuntimeError(f"trustbench.sanitize.{module} is missing from this installation: "
                           "reinstall trustbench (the learned PII decisions ship with it)") from e
    if len(w.WEIGHTS) != dim:
        raise RuntimeError(f"trustbench.sanitize.{module} holds {len(w.WEIGHTS)} weights, the "
                           f"feature layout needs {dim}: retrain it (benchmarks/train_pii_*.py)")
    return w.WEIGHTS, w.BIAS, w.THRESHOLD


@cache
def _model() -> tuple[tuple[float, ...], float, float] | None:
    return _load("_pii_lower_weights", DIM)


# The weights in use; the training script swaps in its own for leave-one-set-out validation.
override: list[tuple[tuple[float, ...], float, float] | None] = []


def _in_use(swapped: list, trained):
    """The weights in use: the last ones a training script swapped in, else the trained ones."""
    return swapped[-1] if swapped else trained()


def _current():
    return _in_use(override, _model)


def pair_score(text: str, s1: int, e1: int, s2: int, e2: int, gz) -> float:
    """Log-odds minus the threshold: > 0 means the pair is taken as a name."""
    m = _current()
    if m is None:
        return -math.inf
    if not is_latin(text[s1:e2]):
        return -math.inf  # trained on Latin-script names only
    if max(*_zipf(text[s1:e1]), *_zipf(text[s2:e2])) >= 6.0:
        return -math.inf  # a function word of some language ("его", "der") starts or ends none
    weights, bias, threshold = m
    z = bias + sum(weights[i] * v for i, v in pair_features(text, s1, e1, s2, e2, gz).items())
    return z - threshold


# --- Capitalized spans taken on weak evidence: a person, or a thing named after one? -----------
# "Arnold Palmer iced tea", "Christian Radich tall ship", "Suzuki Jimny on a muddy track": the
# rules take two listed names at face value; a second logistic decision reads the words around
# the span (hashed) and what its tokens are. Weights: ``_pii_span_weights.py``, trained by
# ``benchmarks/train_pii_span.py`` (positives: names in the development frames; negatives: the
# rules' hits on every no-PII caption, and other names put in those frames).

_DENSE_TOK = ("first2", "first1", "last2", "last1", "top", "word", "common", "en_top", "zipf",
              "zipf_hi", "zipf_any", "hyphen", "like")  # fmt: skip
_DENSE_SPAN = ("one", "two", "three", "opening", "end", "punct_after", "next_lower",
               "next_cap", "next_word", "next_zipf", "prev_cap", "prev_lower", "sentence",
               "next_ing", "next_ed", "next_func", "next_content", "next2_content",
               "prev_left", "prev_det", "prev_loc", "right", "next_prep", "next_s_det",
               "next_ing_noun", "pron_after")  # fmt: skip
SPAN_DENSE = (tuple(f"f_{n}" for n in _DENSE_TOK) + tuple(f"l_{n}" for n in _DENSE_TOK)
              + _DENSE_SPAN)  # fmt: skip
_SPAN_INDEX = {n: i for i, n in enumerate(SPAN_DENSE)}
SPAN_DIM = len(SPAN_DENSE) + DIM_HASH
_CAP_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*")


@lru_cache(maxsize=1 << 17)  # bounded: a corpus has no end of distinct words
def _span_bucket(key: str) -> int:
    return len(SPAN_DENSE) + zlib.crc32(key.encode()) % DIM_HASH


@lru_cache(maxsize=1 << 17)  # bounded: a corpus has no end of distinct words
def _tok_values(w: str) -> tuple[tuple[str, float], ...]:
    """The non-zero dense features of one span token (memoized: the tables are fixed)."""
    from trustbench.sanitize._pii_lookup import name_likeness, name_tables

    t = name_tables()
    low = w.casefold()
    f, la = t.first_name(w), t.last_name(w)
    z, zany = _zipf(low)
    vals = {
        "first2": float(bool(f and f[2] == 2)), "first1": float(bool(f and f[2] == 1)),
        "last2": float(bool(la and la[1] == 2)), "last1": float(bool(la and la[1] == 1)),
        "top": float((t.rank(low) or 65535) <= 200), "word": float(t.is_word(w)),
        "common": float(t.is_common(w)), "en_top": float(low in t.en_top), "zipf": z / 8,
        "zipf_hi": float(z >= 4), "zipf_any": zany / 8, "hyphen": float("-" in w),
        "like": max(-3.0, min(3.0, name_likeness(low))) / 3,
    }  # fmt: skip
    return tuple((k, v) for k, v in vals.items() if v)


@lru_cache(maxsize=1 << 17)  # bounded: a corpus has no end of distinct words
def _tok_indexed(prefix: str, w: str) -> tuple[tuple[int, float], ...]:
    return tuple((_SPAN_INDEX[f"{prefix}_{k}"], v) for k, v in _tok_values(w))


def _tok_features(prefix: str, w: str, out: dict[int, float]) -> None:
    out.update(_tok_indexed(prefix, w))


def span_features(text: str, start: int, end: int, gz) -> dict[int, float]:
    """Sparse features (index → value) of the capitalized span ``text[start:end]``."""
    toks = _CAP_WORD.findall(text[start:end])
    out: dict[int, float] = {}
    if not toks:
        return out
    _tok_features("f", toks[0], out)
    _tok_features("l", toks[-1], out)
    before = _WORD.findall(text[max(0, start - 40) : start])
    after = _WORD.findall(text[end : end + 40])
    n1 = after[0] if after else "</s>"
    w1 = before[-1] if before else "<s>"
    z1, z1any = _zipf(n1.lower()) if after and n1.isalpha() else (0.0, 0.0)
    span = {
        "one": len(toks) == 1, "two": len(toks) == 2, "three": len(toks) > 2,
        "opening": not text[:start].strip(), "end": not text[end:].strip(),
        "punct_after": bool(after) and not n1.isalnum(),
        "next_lower": n1.islower(), "next_cap": n1[:1].isupper(),
        "next_word": n1.isalpha() and gz.tables.is_word(n1.lower()), "next_zipf": z1 / 8,
        "prev_cap": w1[:1].isupper(), "prev_lower": bool(before) and w1.islower(),
        "sentence": bool(before) and before[-1] in ".!?:|—-",
        # what follows: a verb ("… wrapping zongzi"), a function word ("… in …"), or a content
        # word that may be the head of a thing named after the person ("… iced tea")
        "next_ing": n1.islower() and n1.endswith("ing"), "next_ed": n1.islower() and n1.endswith("ed"),
        "next_func": n1.islower() and max(z1, z1any) >= 5.5,
        "next_content": n1.islower() and n1.isalpha() and max(z1, z1any) < 5.5
        and not n1.endswith(("ing", "ed")) and n1 not in _PREPS,
        "next2_content": len(after) > 1 and after[1].islower() and after[1].isalpha()
        and _zipf(after[1])[0] < 5.5,
    }  # fmt: skip
    for k, v in span.items():
        if v:
            out[_SPAN_INDEX[k]] = float(v)
    n2 = after[1].lower() if len(after) > 1 else "</s>"
    w2 = before[-2].lower() if len(before) > 1 else "<s>"
    # where a person stands (after "with", "her son"; before "'s", "and", a verb with an object)
    # or a thing does (after "the", "at"; before a noun: "training ship", "popcorn in")
    wl = w1.lower()
    ctx = {
        "prev_left": wl in _name_left(), "prev_det": wl in _DETS,
        "prev_loc": wl in _LOCS, "right": _name_right(text, end),
        "next_prep": n1.lower() in _PREPS,
        "next_s_det": n1.islower() and n1.endswith("s") and n2 in _DETS,
        "next_ing_noun": n1.islower() and n1.endswith("ing") and n2.isalpha()
        and n2 not in _DETS and n2 not in _PREPS and _zipf(n2)[0] < 5.5,
        # a personal pronoun later on ("… behind the bar at his pop-up") refers to a person
        "pron_after": _PRONOUN.search(text, end) is not None,
    }  # fmt: skip
    for k, v in ctx.items():
        if v:
            out[_SPAN_INDEX[k]] = 1.0
    for key in (f"w1={w1.lower()}", f"w2={w2} {w1.lower()}", f"n1={n1.lower()}",
                f"n2={n1.lower()} {n2}"):  # fmt: skip
        i = _span_bucket(key)
        out[i] = out.get(i, 0.0) + 1.0
    return out


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.I)
_DETS = _words("the a an this that these those our my your his her their its")
_LOCS = _words("in at near to from into onto around across through inside outside along")
_PREPS = _words("in on at with behind near under over from for by into onto through across "
                "along during after before beside between among around inside outside")  # fmt: skip


@cache
def _name_left() -> frozenset[str]:
    from trustbench.sanitize._pii_names import _NAME_LEFT

    return _NAME_LEFT


def _name_right(text: str, end: int) -> bool:
    from trustbench.sanitize._pii_names import _NAME_RIGHT

    return _NAME_RIGHT.match(text, end) is not None


@cache
def _span_model() -> tuple[tuple[float, ...], float, float] | None:
    return _load("_pii_span_weights", SPAN_DIM)


# The span weights in use; ``train_pii_span.py`` swaps in its own for leave-one-set-out runs.
span_override: list[tuple[tuple[float, ...], float, float] | None] = []


def span_score(text: str, start: int, end: int, gz) -> float:
    """Log-odds (person) minus the threshold for a capitalized span the rules took on weak
    evidence: < 0 means a thing named after a person ("Arnold Palmer iced tea")."""
    m = _in_use(span_override, _span_model)
    if m is None or not is_latin(text[start:end]):
        return math.inf  # trained on Latin-script names only
    weights, bias, threshold = m
    z = bias + sum(weights[i] * v for i, v in span_features(text, start, end, gz).items())
    return z - threshold


# --- Joined lower-case hashtags: a person's name, or a word, a place or a compound? ------------
# "#liisamaesalu", "#orwenkastelby" vs "#grandbazaar", "#vasaloppet", "#hanoistreetfood": a third
# logistic decision scores every split of the tag into two parts (features of each part: listed
# first/last name and strength, dictionary word, Zipf in English and 11 other languages,
# name-likeness, length; and of the whole tag); the tag is a name when its best split scores
# above the threshold. Weights: ``_pii_tag_weights.py``, trained by
# ``benchmarks/train_pii_tag.py`` on synthetic tags only (names from the tables and invented
# ones, joined; negatives: words and places of many languages and compounds of them, joined).

_DENSE_PART = ("first2", "first1", "last2", "last1", "top", "word", "common", "zipf", "zipf_any",
               "zipf_hi", "zipf_en_hi", "like", "like_pos", "len", "short", "vowel_end")  # fmt: skip
TAG_DENSE = (tuple(f"a_{n}" for n in _DENSE_PART) + tuple(f"b_{n}" for n in _DENSE_PART)
             + ("w_like", "w_zipf", "w_zipf_any", "w_len", "ab_listed", "ab_words", "ab_zipf",
                "w_two_words", "w_two_zipf"))  # fmt: skip
_TAG_INDEX = {n: i for i, n in enumerate(TAG_DENSE)}
TAG_DIM = len(TAG_DENSE)
TAG_MIN_PART = 3
# bounded memos: a corpus of many distinct tags must not grow them without end
_zipf_tag = lru_cache(maxsize=200_000)(_zipf.__wrapped__)


@lru_cache(maxsize=100_000)
def _part_values(w: str) -> tuple[tuple[str, float], ...]:
    from trustbench.sanitize._pii_lookup import name_likeness, name_tables

    t = name_tables()
    f, la = t.first_name(w), t.last_name(w)
    z, zany = _zipf_tag(w)
    like = max(-3.0, min(3.0, name_likeness(w)))
    vals = {
        "first2": float(bool(f and f[2] == 2)), "first1": float(bool(f and f[2] == 1)),
        "last2": float(bool(la and la[1] == 2)), "last1": float(bool(la and la[1] == 1)),
        "top": float((t.rank(w) or 65535) <= 200), "word": float(t.is_word(w)),
        "common": float(t.is_common(w)), "zipf": z / 8, "zipf_any": zany / 8,
        "zipf_hi": float(max(z, zany) >= 3.5), "zipf_en_hi": float(z >= 4),
        "like": like / 3, "like_pos": float(like > 0),
        "len": min(len(w), 12) / 12, "short": float(len(w) <= 3),
        "vowel_end": float(w[-1] in "aeiouy"),
    }  # fmt: skip
    return tuple((k, v) for k, v in vals.items() if v)


def tag_features(word: str, i: int) -> dict[int, float]:
    """Dense features (index → value) of the lower-case tag ``word`` split at ``i``."""
    from trustbench.sanitize._pii_lookup import name_likeness, name_tables

    a, b = word[:i], word[i:]
    out: dict[int, float] = {}
    for prefix, part in (("a", a), ("b", b)):
        for k, v in _part_values(part):
            out[_TAG_INDEX[f"{prefix}_{k}"]] = v
    t = name_tables()
    z, zany = _zipf_tag(word)
    whole = {
        "w_like": max(-3.0, min(3.0, name_likeness(word))) / 3, "w_zipf": z / 8,
        "w_zipf_any": zany / 8, "w_len": min(len(word), 24) / 24,
        "ab_listed": float(bool(t.first_name(a) or t.last_name(a))
                           + bool(t.first_name(b) or t.last_name(b))) / 2,
        "ab_words": float(t.is_word(a) + t.is_word(b)) / 2,
        "ab_zipf": float(min(max(_zipf_tag(a)), max(_zipf_tag(b))) >= 3),  # two words of some language
    }  # fmt: skip
    for k, v in whole.items():
        if v:
            out[_TAG_INDEX[k]] = v
    out.update(_tag_whole(word))
    return out


@lru_cache(maxsize=100_000)
def _tag_whole(word: str) -> tuple[tuple[int, float], ...]:
    """Whether some split of ``word`` gives two dictionary words ("grand|bazaar") or two
    frequent words of some language ("street|art")."""
    from trustbench.sanitize._pii_lookup import name_tables

    t = name_tables()
    words = zipfs = False
    for i in range(2, len(word) - 1):
        a, b = word[:i], word[i:]
        words = words or all(t.is_word(p) or t.is_common(p) for p in (a, b))
        zipfs = zipfs or min(max(_zipf_tag(a)), max(_zipf_tag(b))) >= 3.5
    flags = (("w_two_words", words), ("w_two_zipf", zipfs))
    return tuple((_TAG_INDEX[k], 1.0) for k, v in flags if v)


def tag_splits(word: str) -> range:
    return range(TAG_MIN_PART, len(word) - TAG_MIN_PART + 1)


@cache
def _tag_model() -> tuple[tuple[float, ...], float, float] | None:
    return _load("_pii_tag_weights", TAG_DIM)


# The tag weights in use; ``train_pii_tag.py`` swaps in its own for validation.
tag_override: list[tuple[tuple[float, ...], float, float] | None] = []


def tag_split(word: str) -> tuple[float, int]:
    """(log-odds minus the threshold, split index) of the best split of the lower-case hashtag
    ``word`` (``liisamaesalu`` → 5: liisa|maesalu); (-inf, 0) without weights or for a
    non-Latin tag. The tag is a person's joined name when the score is above 0."""
    m = _in_use(tag_override, _tag_model)
    if m is None or not is_latin(word) or len(word) < 2 * TAG_MIN_PART:
        return -math.inf, 0
    weights, bias, threshold = m
    best, i = max(
        (sum(weights[j] * v for j, v in tag_features(word, i).items()), i) for i in tag_splits(word)
    )
    return bias + best - threshold, i


def tag_score(word: str) -> float:
    """Log-odds minus the threshold of ``word``'s best split (see :func:`tag_split`)."""
    return tag_split(word)[0]
