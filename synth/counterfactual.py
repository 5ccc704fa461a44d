"""Counterfactual captions: swap every gender term for its counterpart, recording each change.

Words come from the pair lexicon (``lexicons/gender_pairs.tsv`` and ``gender_compounds.tsv``,
plurals derived); case (lower, Title, ALL CAPS) is kept, possessives ride along ("women's" →
"men's"), hyphenated words are swapped part by part ("great-grandmother", "mother-in-law").
Words that only *contain* a gendered word (Sherman, shepherd, manuscript, human, mankind) are
not in the lexicon and stay untouched.

*her* is either a possessive determiner (→ *his*) or an object pronoun (→ *him*); *his* is a
determiner (→ *her*) or a pronoun (→ *hers*). A rule on the neighbouring words decides (no tagger,
so no model and no torch): *her* is an object when it ends a clause (end of text or
punctuation), when the next word is a preposition, adverb/particle, determiner, pronoun or
conjunction ("gave her a book", "thanked her for", "found her quickly"), or when a causative or
perception verb precedes and a base verb or -ing form follows ("let her go", "saw her leave");
otherwise it is a determiner ("her long hair"). *his* follows the same rule (→ *hers* when it
ends a clause or a preposition follows). ``benchmarks/bench_fairness.py`` measures the rule on a
held-out set.

Optionally (``names=True``) person names found by the pseudonymizer's detector
(:func:`trustbench.sanitize.pii.detect_pii`) get a first name of the other gender, taken from
the same Faker locale lists the pseudonymizer draws from; a name of unknown gender stays.

>>> from trustbench.synth.counterfactual import swap_gender
>>> cf = swap_gender("The Actress gave HER award to her grandmother's friend")
>>> cf.text
'The Actor gave HIS award to his grandfather's friend'
>>> [(s.old, s.new) for s in cf.swaps][:2]
[('Actress', 'Actor'), ('HER', 'HIS')]
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from trustbench.synth._lexicon import PRONOUNS, WORD, match_case, parts
from trustbench.synth.attributes import AttributeExtractor


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PREPOSITIONS = _set(
    "about above across after against along among around at before behind below beneath beside "
    "besides between beyond by despite during except for from in inside into like near of off "
    "on onto out outside over past since through throughout till to toward towards under "
    "underneath until up upon via with within without down"
)
_ADVERBS = _set(
    "again alone also always anyway away closely carefully everywhere here now often once "
    "quickly quietly slowly soon still there today tomorrow tonight too twice yesterday warmly "
    "gently tightly forward later anymore already yet"
)
_DETERMINERS = _set(
    "a an the this that these those some any every each no another my your his her its our "
    "their all both either neither several many much"
)
_PRONOUNS = _set("i you he she it we they me him them us myself yourself")
_CONJUNCTIONS = _set(
    "and or but nor so because if when while as than though although unless whether where how "
    "what why who whom which whose not"
)
_CLAUSE_NEXT = _PREPOSITIONS | _ADVERBS | _DETERMINERS | _PRONOUNS | _CONJUNCTIONS
_CAUSATIVE = _set(
    "let lets letting make makes made making help helps helped helping have has had bid watch "
    "watches watched watching see sees saw seen seeing hear hears heard hearing feel feels felt "
    "notice notices noticed noticing"
)
_BASE_VERBS = _set(
    "go come leave stay sit stand walk run dance sing play cry laugh smile speak talk eat drink "
    "sleep work win lose fall jump swim fly drive ride read write cook paint draw look turn move "
    "wait try stop start finish change open close take give make get pay buy sell wear hold "
    "carry push pull throw catch kiss hug do say tell think know learn study teach choose decide "
    "answer ask call hide rest enter climb fight feel be become"
)
_ING_NOUNS = _set(
    "wedding painting drawing building clothing morning evening ceiling earring darling "
    "offspring sibling ending feeling meeting reading writing recording belongings"
)
_NEXT = re.compile(r"\s*([^\W\d_]+|\S)?")
_PREV = re.compile(r"([^\W\d_]+)[^\w]*$")
_TOKEN = re.compile(r"[^\W\d_]+|\d+|\S")
_NAME_PART = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Swap:
    """``original[start:end]`` (``old``) became ``new``, at ``new_start`` in the new text."""

    start: int
    end: int
    old: str
    new: str
    new_start: int
    kind: str  # "word", "pronoun", "title" or "name"

    @property
    def new_end(self) -> int:
        return self.new_start + len(self.new)


@dataclass(frozen=True)
class Counterfactual:
    """A caption and its gender-swapped counterpart; ``swaps`` are every change, in order."""

    original: str
    text: str
    swaps: tuple[Swap, ...] = field(default=())

    @property
    def changed(self) -> bool:
        return bool(self.swaps)


def _next_word(text: str, end: int) -> str | None:
    """The next word (lower case) or punctuation after ``end``; None at the end of the text."""
    m = _NEXT.match(text, end)
    return m.group(1).lower() if m and m.group(1) else None


def _prev_word(text: str, start: int) -> str:
    m = _PREV.search(text[max(0, start - 40) : start])
    return m.group(1).lower() if m else ""


def is_object_position(text: str, start: int, end: int) -> bool:
    """True when the pronoun at ``text[start:end]`` (her/his) ends a noun phrase of its own
    (object "him", pronoun "hers") rather than determining a following noun."""
    nxt = _next_word(text, end)
    if nxt is None or not nxt[0].isalpha():
        return nxt != "-"  # "her-" starts a hyphenated word, "her." / "her," ends a phrase
    if nxt in _CLAUSE_NEXT:
        return True
    if _prev_word(text, start) in _CAUSATIVE:
        is_ing = len(nxt) > 5 and nxt.endswith("ing") and nxt not in _ING_NOUNS
        return nxt in _BASE_VERBS or is_ing
    return False


class GenderSwapper:
    """Swap gender terms; ``names=True`` also swaps gendered first names.

    ``pairs``/``compounds`` name extra lexicon files in the bundled formats.

    >>> GenderSwapper().swap("A policewoman and her daughters").text
    'A policeman and his sons'
    """

    def __init__(
        self,
        pairs: Sequence[str | Path] = (),
        compounds: Sequence[str | Path] = (),
        names: bool = False,
    ):
        self.extractor = AttributeExtractor(pairs, compounds)
        self.names = names

    def _replacement(self, text: str, s: int, e: int, part: str) -> tuple[str, str] | None:
        low = part.lower()
        if self.extractor.term_gender(text, s, e, part) is None:
            return None
        if low == "her":
            return ("him" if is_object_position(text, s, e) else "his"), "pronoun"
        if low == "his":
            return ("hers" if is_object_position(text, s, e) else "her"), "pronoun"
        if low in ("him", "hers"):
            return {"him": "her", "hers": "his"}[low], "pronoun"
        if low == "miss":
            return "mr", "title"
        new = self.extractor.lexicon.swap.get(low)
        if new is None:
            return None
        kind = "title" if low in ("mr", "mrs", "ms") else "pronoun" if low in PRONOUNS else "word"
        return new, kind

    def _changes(self, text: str) -> list[tuple[int, int, str, str]]:
        out = []
        for m in WORD.finditer(text):
            for s, e, part in parts(m.group(), m.start()):
                rep = self._replacement(text, s, e, part)
                if rep is not None:
                    out.append((s, e, match_case(part, rep[0]), rep[1]))
        if self.names:
            taken = [(s, e) for s, e, *_ in out]
            for s, e, new in _name_swaps(text):
                if all(e <= ts or s >= te for ts, te in taken):
                    out.append((s, e, new, "name"))
        return sorted(out)

    def swap(self, text: str | None) -> Counterfactual:
        text = text or ""
        pieces, swaps, pos, shift = [], [], 0, 0
        for s, e, new, kind in self._changes(text):
            pieces += [text[pos:s], new]
            swaps.append(Swap(s, e, text[s:e], new, s + shift, kind))
            shift += len(new) - (e - s)
            pos = e
        pieces.append(text[pos:])
        return Counterfactual(text, "".join(pieces), tuple(swaps))


def _name_swaps(text: str) -> list[tuple[int, int, str]]:
    from trustbench.sanitize.pii import detect_pii

    out = []
    for span in detect_pii(text, ["PERSON"]):
        if not span.has_first or span.gender not in ("F", "M"):
            continue
        first = _NAME_PART.match(text, span.start)  # "Jean" of "Jean-Pierre"
        if first is None:
            continue
        pool = _other_gender_names(span.locale or "en_US", span.gender)
        if pool:
            digest = hashlib.sha256(first.group().lower().encode()).digest()
            new = pool[int.from_bytes(digest[:8], "big") % len(pool)]
            out.append((first.start(), first.end(), match_case(first.group(), new.lower())))
    return out


@cache
def _other_gender_names(locale: str, gender: str) -> tuple[str, ...]:
    """First names only listed for the other gender, from Faker's locale lists (the lists the
    pseudonymizer draws its surrogates from)."""
    import importlib

    try:
        prov = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        prov = importlib.import_module("faker.providers.person.en_US").Provider
    fem = {n for n in getattr(prov, "first_names_female", ()) if n.isalpha()}
    mal = {n for n in getattr(prov, "first_names_male", ()) if n.isalpha()}
    return tuple(sorted(mal - fem if gender == "F" else fem - mal))


def changed_tokens(original: str, counterfactual: str) -> list[tuple[int, int]] | None:
    """Spans (in ``original``) of the tokens that differ, or None if the token sequences do not
    line up (a token was added or removed)."""
    a, b = list(_TOKEN.finditer(original)), list(_TOKEN.finditer(counterfactual))
    if len(a) != len(b):
        return None
    return [(x.start(), x.end()) for x, y in zip(a, b) if x.group() != y.group()]


def verify(cf: Counterfactual) -> bool:
    """True when exactly the recorded tokens changed (and each recorded change did happen)."""
    rebuilt, pos = [], 0
    for s in cf.swaps:
        if cf.original[s.start : s.end] != s.old or cf.text[s.new_start : s.new_end] != s.new:
            return False
        rebuilt += [cf.original[pos : s.start], s.new]
        pos = s.end
    if "".join(rebuilt) + cf.original[pos:] != cf.text:
        return False
    changed = changed_tokens(cf.original, cf.text)
    return changed == [(s.start, s.end) for s in cf.swaps if s.old != s.new]


_DEFAULT: dict[bool, GenderSwapper] = {}


def swap_gender(text: str | None, names: bool = False) -> Counterfactual:
    """:meth:`GenderSwapper.swap` with the bundled lexicons."""
    if names not in _DEFAULT:
        _DEFAULT[names] = GenderSwapper(names=names)
    return _DEFAULT[names].swap(text)


__all__ = [
    "Counterfactual",
    "GenderSwapper",
    "Swap",
    "changed_tokens",
    "is_object_position",
    "swap_gender",
    "verify",
]
