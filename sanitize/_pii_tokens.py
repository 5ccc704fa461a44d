"""A learned token tagger that proposes person names the hand rules do not know.

Private module of :mod:`trustbench.sanitize.pii`. Each token of a caption gets a logistic score
for "part of a person's name" from features of the token (the word, its shape, prefix and suffix,
its first/last-name list strength, wordfreq Zipf in English and 11 other languages, character
name-likeness, script) and of the two tokens on each side (word, shape, list strength), plus the
caption's case and the token's position. Runs of tokens scoring above ``THRESHOLD`` are proposed
to :func:`trustbench.sanitize._pii_names.find_names`, where they pass the same thing/place/brand
guards as every rule hit. Trained by ``benchmarks/train_pii_tokens.py`` on the marked caption sets
(weights: ``_pii_token_weights.npz``, package data); its leave-one-set-out validation on unseen
sets is in ``benchmarks/README.md``.

The model is linear and every feature depends on one word (the token, or one neighbour at a fixed
offset) or on the caption's case and the token's position, so a token's score is a sum of a few
memoized per-word partial sums: a few microseconds per token.

    >>> from trustbench.sanitize._pii_tokens import tagged_spans
    >>> text = "Dinner at the harbour with Quillan Odetharo and his sister"
    >>> [text[s:e] for s, e in tagged_spans(text)]
    ['Quillan Odetharo']
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from importlib import resources

import numpy as np

DIM = 1 << 18  # hashed feature buckets (crc32)
THRESHOLD = 1.2  # log-odds above which a token is proposed (chosen by the trainer's validation)
EXTEND = 0.0  # … and above which a neighbour joins a proposed run
OFFSETS = (-2, -1, 1, 2)

# Scripts written without spaces between words: a token there is a phrase, not a word; the
# script rules handle them.
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")
_CHUNK = re.compile(r"\S+")
_POSSESSIVE = ("'s", "’s")


def _wordish(ch: str) -> bool:
    """A letter, digit or combining mark (Indic vowel signs and viramas are marks, not \\w)."""
    return unicodedata.category(ch)[0] in "LNM"


def tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words and punctuation marks of ``text``: whitespace-separated chunks
    with leading and trailing punctuation and symbols split off (a hashtag's ``#`` and a
    handle's ``@`` stay on their word), and a possessive ending as a token of its own ("Rao's" →
    "Rao", "'s")."""
    out = []
    for s, chunk in chunks(text):
        if chunk[0].isalnum() and chunk[-1].isalnum() and "'" not in chunk and "’" not in chunk:
            out.append((s, s + len(chunk)))  # the common case: a plain word
            continue
        rel = _CHUNK_TOKENS.get(chunk)
        if rel is None:
            rel = _chunk_tokens(chunk)
            if len(_CHUNK_TOKENS) > 200_000:  # bounded: a corpus has no end of distinct chunks
                _CHUNK_TOKENS.clear()
            _CHUNK_TOKENS[chunk] = rel
        out += [(s + a, s + b) for a, b in rel]
    return out


# The last text's chunks: every tokenizer of one caption (the tagger's, the name rules') reads
# the same whitespace split, taken once ((text, chunks), one tuple: safe across threads)
_LAST_CHUNKS: tuple[str, list[tuple[int, str]]] = ("", [])


def chunks(text: str) -> list[tuple[int, str]]:
    """(start, chunk) of the whitespace-separated chunks of ``text`` (do not modify the list)."""
    global _LAST_CHUNKS
    last = _LAST_CHUNKS
    if last[0] == text:
        return last[1]
    out = [(m.start(), m.group()) for m in _CHUNK.finditer(text)]
    _LAST_CHUNKS = (text, out)
    return out


# A chunk's tokens depend on the chunk alone: memo of their offsets inside it (``tokens``)
_CHUNK_TOKENS: dict[str, tuple[tuple[int, int], ...]] = {}


def _chunk_tokens(text: str) -> tuple[tuple[int, int], ...]:
    """The tokens of one chunk that is no plain word, as offsets inside it."""
    s, e = 0, len(text)
    out = []
    head = []
    while (
        s < e
        and not _wordish(text[s])
        and not (text[s] in "#@" and s + 1 < e and _wordish(text[s + 1]))
    ):
        head.append((s, s + 1))
        s += 1
    tail = []
    while e > s and not _wordish(text[e - 1]):
        tail.append((e - 1, e))
        e -= 1
    out += head
    if s < e:
        word = text[s:e]
        if word.endswith(_POSSESSIVE) and len(word) > 3 and word[-3].isalpha():
            out += [(s, e - 2), (e - 2, e)]
        else:
            out.append((s, e))
    out += tail[::-1]
    return tuple(out)


def _shape(w: str) -> str:
    s = re.sub(r"[A-Z]", "X", w)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"\d", "d", s)
    s = re.sub(r"[^\W\d_xX]", "u", s)  # other letters (accents, other scripts)
    return re.sub(r"(.)\1+", r"\1\1", s)[:6]


def _script(w: str) -> str:
    for ch in w:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split()[0]
    return "NONE"


def _case(text: str) -> str:
    return "UP" if text.isupper() else "LOW" if text.islower() else "MIX"


@lru_cache(maxsize=1 << 16)  # bounded: a corpus has no end of distinct words
def word_values(w: str) -> tuple[str, ...]:
    """What the tables say about one word: list strengths, Zipf, name-likeness, script."""
    from trustbench.sanitize._pii_learned import _zipf
    from trustbench.sanitize._pii_lookup import name_likeness, name_tables

    t = name_tables()
    c = w.lstrip("@#").casefold()
    f, la = t.first_name(c), t.last_name(c)
    z, za = _zipf(c) if c.replace("-", "").isalpha() else (0.0, 0.0)
    like = name_likeness(c) if c.isalpha() else 0.0
    return (f"f{f[2] if f else 0}", f"l{la[1] if la else 0}", f"z{min(7, int(z))}",
            f"za{min(7, int(za))}", f"lk{max(-3, min(3, round(like)))}", f"sc{_script(w)}",
            f"pop{int(t.popular(c))}")  # fmt: skip


def own_features(w: str, case: str) -> list[str]:
    """Features of the token itself (``case`` is the caption's: UP, LOW or MIX)."""
    low, sh = w.casefold(), _shape(w)
    vals = word_values(w)
    return [f"w={low}", f"sh={sh}", f"sh={sh}&{case}", f"suf={low[-3:]}", f"pre={low[:3]}",
            *vals, *(f"{v}&sh{sh[:2]}" for v in vals[:5]), *(f"{v}&{case}" for v in vals[:2])]  # fmt: skip


def context_features(d: int, w: str | None) -> list[str]:
    """Features of the neighbour ``w`` at offset ``d`` (None: past the caption's edge)."""
    if w is None:
        return [f"{d}NONE"]
    return [f"{d}w={w.casefold()}", f"{d}sh={_shape(w)}", *(f"{d}{v}" for v in word_values(w)[:3])]


def position_features(i: int, last: bool, case: str) -> list[str]:
    """The bias, the caption's case, the token's position (0–3+) and whether it is the last."""
    return ["bias", case, f"i{min(i, 3)}", f"end{int(last)}"]


def features(words: list[str], i: int, case: str) -> list[str]:
    """Every feature of token ``i`` (the trainer's view; scoring sums the same weights)."""
    out = own_features(words[i], case) + position_features(i, i == len(words) - 1, case)
    for d in OFFSETS:
        j = i + d
        out += context_features(d, words[j] if 0 <= j < len(words) else None)
    return out


def bucket(feature: str) -> int:
    return zlib.crc32(feature.encode()) % DIM


_OVERRIDE: list[np.ndarray | None] = []  # the trainer's validation swaps weights in


def set_weights(w: np.ndarray | None) -> None:
    """Use ``w`` (a ``DIM`` vector) instead of the packaged weights; ``None`` goes back to them.
    For ``benchmarks/train_pii_tokens.py``'s validation."""
    _OVERRIDE[:] = [] if w is None else [w]
    for f in (_weights, _own, _ctx, _pos, _word, _edge, _positions):
        f.cache_clear()


@contextmanager
def off() -> Iterator[None]:
    """The rules alone inside the block (no proposals), for tests and validations."""
    set_weights(np.full(DIM, -1e9, np.float32))
    try:
        yield
    finally:
        set_weights(None)


@cache
def _weights() -> np.ndarray:
    """The packaged weights (or the trainer's override); a clear error if the package data is
    missing, never a detector that silently runs without its tagger."""
    if _OVERRIDE:
        return _OVERRIDE[0]
    ref = resources.files("trustbench.sanitize") / "_pii_token_weights.npz"
    try:
        with ref.open("rb") as fh, np.load(fh) as z:
            w = np.zeros(DIM, dtype=np.float32)
            w[z["index"]] = z["value"]
            return w
    except FileNotFoundError as err:
        raise RuntimeError(
            "trustbench.sanitize: the token tagger's weights (_pii_token_weights.npz, package "
            "data) are missing; reinstall trustbench, or write them with "
            "benchmarks/train_pii_tokens.py --write"
        ) from err


def _sum(feats: list[str]) -> float:
    w = _weights()
    return float(sum(w[bucket(f)] for f in feats))


@lru_cache(maxsize=1 << 16)
def _own(w: str, case: str) -> float:
    return _sum(own_features(w, case))


@lru_cache(maxsize=1 << 16)
def _ctx(d: int, w: str | None) -> float:
    return _sum(context_features(d, w))


@lru_cache(maxsize=1 << 16)
def _word(w: str, case: str) -> tuple[float, ...]:
    """The word's own partial sum, then what it adds as the neighbour at each of ``OFFSETS``."""
    return (_own(w, case), *(_ctx(d, w) for d in OFFSETS))


@lru_cache(maxsize=64)
def _pos(i: int, last: bool, case: str) -> float:
    return _sum(position_features(i, last, case))


def scores(text: str, toks: list[tuple[int, int]] | None = None) -> list[float]:
    """Log-odds per token of :func:`tokens` that it is part of a person's name."""
    toks = tokens(text) if toks is None else toks
    case, n = _case(text), len(toks)
    edge = _edge()
    # two past-the-edge neighbours on each side, so token i's neighbours at OFFSETS (-2, -1, 1,
    # 2) are padded[i], padded[i + 1], padded[i + 3], padded[i + 4] (summed in that order)
    words = [_word(text[s:e], case) for s, e in toks]
    padded = [edge, edge, *words, edge, edge]
    pos = _positions(case)
    # token i's position term pos[min(i, 3)][i == n - 1], for all tokens at once
    at = [pos[0][0], pos[1][0], pos[2][0]][:n] + [pos[3][0]] * (n - 3)
    if n:
        at[-1] = pos[min(n - 1, 3)][1]
    # (summed in the order above, term by term: the same floats)
    return [w[0] + p + a[1] + b[2] + c[3] + d[4] for w, p, a, b, c, d
            in zip(words, at, padded, padded[1:], padded[3:], padded[4:])]  # fmt: skip


@cache
def _edge() -> tuple[float, ...]:
    """What a neighbour past the caption's edge adds at each of ``OFFSETS`` (after a dummy own
    sum), laid out as :func:`_word`'s tuple."""
    return (0.0, *(_ctx(d, None) for d in OFFSETS))


@cache
def _positions(case: str) -> tuple[tuple[float, float], ...]:
    """``_pos(i, last, case)`` for i = 0…3 (3: any later token), not last / last."""
    return tuple((_pos(i, False, case), _pos(i, True, case)) for i in range(4))


def scored(text: str) -> list[tuple[int, int, float]]:
    """(start, end, log-odds) of every token of ``text`` (:func:`tokens`, :func:`scores`)."""
    toks = tokens(text)
    return [(s, e, x) for (s, e), x in zip(toks, scores(text, toks), strict=True)]


def vouches(tokens_scored: list[tuple[int, int, float]], start: int, end: int, margin: float
            ) -> bool:  # fmt: skip
    """Every token inside ``start:end`` scores above ``margin`` (``tokens_scored`` from
    :func:`scored`)."""
    inside = [x for s, e, x in tokens_scored if start <= s and e <= end]
    return bool(inside) and min(inside) > margin


def tagged_spans(text: str, threshold: float | None = None,
                 tokens_scored: list[tuple[int, int, float]] | None = None
                 ) -> list[tuple[int, int]]:  # fmt: skip
    """Runs of tokens scoring above ``threshold`` (default :data:`THRESHOLD`), each widened over
    the neighbours of a cased script scoring above :data:`EXTEND` ("Mòrag" beside "NicLeòid":
    half a name is a leak), as (start, end); a hashtag's ``#`` is left out, a handle's ``@``
    kept. Some one-word runs are left to the rules (:func:`_lone`)."""
    if not any(c.isalpha() for c in text):
        return []
    threshold = THRESHOLD if threshold is None else threshold
    runs: list[list[int]] = []  # [start, end, any token above threshold]
    prev = False
    floor = min(threshold, EXTEND)
    for s, e, x in scored(text) if tokens_scored is None else tokens_scored:
        if x <= floor:  # most tokens: nothing more to check
            prev = False
            continue
        w = text[s:e]
        low = floor if w.lower() != w.upper() else threshold  # widening in cased scripts only
        ok = x > low and any(c.isalpha() for c in w) and _script(w) not in _UNSPACED
        if ok and prev and text[s] not in "#@":  # each hashtag or handle is a span of its own
            runs[-1][1] = e
            runs[-1][2] |= x > threshold
        elif ok:
            runs.append([s + (text[s] == "#"), e, x > threshold])
        prev = ok and text[s] not in "#@"
    return [(s, e) for s, e, hi in runs if hi and not _lone(text, s, e)]


def _lone(text: str, s: int, e: int) -> bool:
    """One word (not a hashtag or a handle) the rules should decide: without a capital letter (a
    lone lower-case or caseless word is a flower, a festival, a saint far more often: "pink
    dahlia", "दुर्गा पूजा", "ቅዱስ"), or a listed first name (a lone first name needs a person
    beside it: "Hanna and her horse")."""
    word = text[s:e]
    if " " in word or word[0] == "@" or text[s - 1 : s] == "#":
        return False
    if not any(c.isupper() for c in word):
        return True
    from trustbench.sanitize._pii_lookup import name_tables

    return name_tables().first_name(word.casefold()) is not None
