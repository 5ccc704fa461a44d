"""Perceived-gender and occupation attributes of captions, with the spans that decided them.

Gender comes only from gender *terms* of the caption: gendered words of the pair lexicon
(woman, girls, actress, policeman, grandmother, …), pronouns (she, her, himself, …) and the
titles Mr, Mrs, Ms and Miss (Title case; "Miss" only before a capitalized word). Names are not
used: unknown stays ``unknown``, and a caption with terms of both genders is ``mixed``.
Occupations come from a vocabulary (``lexicons/occupations.txt``); gendered role nouns map to the
neutral occupation (waitress → waiter), so a counterfactual keeps the occupation group.

>>> from trustbench.synth.attributes import extract_attributes
>>> a = extract_attributes("A female nurse helping her patient")
>>> a.gender, a.occupation, [(s.text, s.value) for s in a.spans]
('female', 'nurse', [('female', 'female'), ('nurse', 'nurse'), ('her', 'female')])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from trustbench.synth._lexicon import (
    FEMALE,
    MALE,
    PRONOUNS,
    TITLES,
    WORD,
    GenderLexicon,
    OccupationVocabulary,
    default_gender_lexicon,
    default_occupations,
    parts,
)

GENDERS = (FEMALE, MALE, "mixed", "unknown")
_CAPITALIZED = re.compile(r"\.?\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` is a ``kind`` term (``gender`` or ``occupation``) of ``value``."""

    start: int
    end: int
    text: str
    kind: str
    value: str


@dataclass(frozen=True)
class Attributes:
    """What a caption says about its subject; ``spans`` are sorted by position."""

    gender: str
    occupation: str | None
    spans: tuple[Span, ...] = field(default=())

    @property
    def occupations(self) -> list[str]:
        """Every distinct occupation mentioned, in order."""
        return list(dict.fromkeys(s.value for s in self.spans if s.kind == "occupation"))

    @property
    def polarity(self) -> float | None:
        """(male − female terms) / gender terms, in [-1, 1]; None without gender terms."""
        g = [s.value for s in self.spans if s.kind == "gender"]
        return (g.count(MALE) - g.count(FEMALE)) / len(g) if g else None


class AttributeExtractor:
    """Extract perceived gender and occupation from captions.

    ``pairs``/``compounds``/``occupations`` name extra lexicon files in the bundled formats.

    >>> ex = AttributeExtractor(occupations=["my_jobs.txt"])
    >>> ex.extract("Mr. Brown, a retired welder").gender
    'male'
    """

    def __init__(
        self,
        pairs: Sequence[str | Path] = (),
        compounds: Sequence[str | Path] = (),
        occupations: Sequence[str | Path] = (),
    ):
        self.lexicon: GenderLexicon = (
            GenderLexicon.load(pairs, compounds) if pairs or compounds else default_gender_lexicon()
        )
        self.vocabulary: OccupationVocabulary = (
            OccupationVocabulary.load(occupations) if occupations else default_occupations()
        )

    def gender_spans(self, text: str) -> list[Span]:
        out = []
        for m in WORD.finditer(text):
            for s, e, part in parts(m.group(), m.start()):
                value = self.term_gender(text, s, e, part)
                if value:
                    out.append(Span(s, e, part, "gender", value))
        return out

    def term_gender(self, text: str, start: int, end: int, word: str) -> str | None:
        """The gender a word at ``text[start:end]`` marks, or None."""
        low = word.lower()
        if low in PRONOUNS:
            return PRONOUNS[low]
        if low in TITLES:
            # Titles only in Title case; "Miss" only before a name ("miss the bus" is a verb)
            if word != word.capitalize() or len(word) == 1:
                return None
            if low == "miss" and not _CAPITALIZED.match(text, end):
                return None
            return TITLES[low]
        return self.lexicon.gender.get(low)

    def occupation_spans(self, text: str) -> list[Span]:
        voc = self.vocabulary
        return [
            Span(m.start(), m.end(), m.group(), "occupation", voc.canonical(m.group()))
            for m in voc.pattern.finditer(text)
        ]

    def extract(self, text: str | None) -> Attributes:
        if not text:
            return Attributes("unknown", None)
        spans = sorted(self.gender_spans(text) + self.occupation_spans(text), key=_pos)
        genders = {s.value for s in spans if s.kind == "gender"}
        gender = genders.pop() if len(genders) == 1 else "mixed" if genders else "unknown"
        occupation = next((s.value for s in spans if s.kind == "occupation"), None)
        return Attributes(gender, occupation, tuple(spans))


def _pos(s: Span) -> tuple[int, int]:
    return (s.start, s.end)


_DEFAULT: AttributeExtractor | None = None


def extract_attributes(text: str | None) -> Attributes:
    """:meth:`AttributeExtractor.extract` with the bundled lexicons."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = AttributeExtractor()
    return _DEFAULT.extract(text)
