"""The gendered-word and occupation lexicons behind attribute extraction and counterfactuals.

Private module of :mod:`trustbench.synth.attributes` and :mod:`trustbench.synth.counterfactual`.
The files ship as package data under ``trustbench/synth/lexicons/`` (``gender_pairs.tsv``,
``gender_compounds.tsv``, ``occupations.txt``); extra files in the same format extend them.
Plurals come from ``inflect``; case and possessives are handled where words are matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

FEMALE, MALE = "female", "male"
# Letters only, hyphenated parts joined: "great-grandmother" is one token, "woman's" is "woman".
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PART = re.compile(r"[^\W\d_]+")
# Never pluralized: pronouns and titles (inflect would make "she" → "they").
_NO_PLURAL = frozenset({"she", "he", "herself", "himself", "mr", "mrs", "ms"})
TITLES = {"mr": MALE, "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE}  # Title case only
PRONOUNS = {
    "she": FEMALE, "he": MALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE,
    "his": MALE, "him": MALE, "himself": MALE,
}  # fmt: skip


def lexicon_path(name: str) -> Path:
    """Path of a bundled lexicon file, e.g. ``lexicon_path("gender_pairs.tsv")``."""
    return Path(str(files("trustbench.synth") / "lexicons" / name))


def _lines(path: str | Path) -> Iterable[list[str]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"{path}: lexicon is not UTF-8 ({e})") from None
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            cols = [c.strip() for c in line.split("\t")]
            if any(not c for c in cols):
                raise ValueError(f"{path}:{n}: empty column in {line!r}")
            yield [f"{n}"] + cols


@cache
def _inflector():
    import inflect

    return inflect.engine()


def plural(word: str) -> str:
    """Plural of a lower-case noun (``woman`` → ``women``, ``actress`` → ``actresses``)."""
    if word in _NO_PLURAL:
        return word
    if word.endswith("man"):  # inflect knows "woman" but not "gentleman" or "chairman"
        return word[:-3] + "men"
    return _inflector().plural_noun(word)


@dataclass
class GenderLexicon:
    """Lower-case word → (its gender, its counterpart), singulars, plurals and compounds.

    >>> lex = GenderLexicon.load()
    >>> lex.swap["spokeswomen"], lex.gender["grandfather"]
    ('spokesmen', 'male')
    """

    swap: dict[str, str] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(
        cls, pairs: Sequence[str | Path] = (), compounds: Sequence[str | Path] = ()
    ) -> GenderLexicon:
        """The bundled lexicon extended by ``pairs`` / ``compounds`` files (same formats).

        Earlier entries win, so an extra file adds words but cannot silently change a bundled
        mapping.
        """
        lex = cls()
        for path in [lexicon_path("gender_pairs.tsv"), *pairs]:
            for n, *cols in _lines(path):
                if len(cols) not in (2, 3) or (len(cols) == 3 and cols[2] not in _DIRS):
                    raise ValueError(f"{path}:{n}: expected FEMALE<TAB>MALE[<TAB>both|f2m|m2f]")
                f, m = cols[0].lower(), cols[1].lower()
                lex._add(f, m, cols[2] if len(cols) == 3 else "both")
                if f not in _NO_PLURAL:
                    lex._add(plural(f), plural(m), cols[2] if len(cols) == 3 else "both")
        for path in [lexicon_path("gender_compounds.tsv"), *compounds]:
            for n, *cols in _lines(path):
                if len(cols) != 3:
                    raise ValueError(f"{path}:{n}: expected FEMALE<TAB>MALE<TAB>PREFIXES")
                f, m = cols[0].lower(), cols[1].lower()
                for prefix in cols[2].lower().split():
                    lex._add(prefix + f, prefix + m, "both")
                    lex._add(prefix + plural(f), prefix + plural(m), "both")
        return lex

    def _add(self, f: str, m: str, direction: str) -> None:
        if direction in ("both", "f2m"):
            self.swap.setdefault(f, m)
            self.gender.setdefault(f, FEMALE)
        if direction in ("both", "m2f"):
            self.swap.setdefault(m, f)
            self.gender.setdefault(m, MALE)


_DIRS = ("both", "f2m", "m2f")


@dataclass
class OccupationVocabulary:
    """Occupation phrases (canonical, aliases, plurals) → canonical name; longest match first.

    >>> voc = OccupationVocabulary.load()
    >>> [(m.group(), voc.canonical(m.group())) for m in voc.pattern.finditer("Two policemen")]
    [('policemen', 'police officer')]
    """

    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, extra: Sequence[str | Path] = ()) -> OccupationVocabulary:
        voc = cls()
        for path in [lexicon_path("occupations.txt"), *extra]:
            for n, *cols in _lines(path):
                canon, _, aliases = " ".join(cols).partition("|")
                canon = canon.strip().lower()
                if not canon:
                    raise ValueError(f"{path}:{n}: empty occupation")
                for phrase in [canon, *aliases.lower().split(",")]:
                    phrase = " ".join(phrase.split())
                    if phrase:
                        voc.names.setdefault(phrase, canon)
                        last = phrase.rsplit(" ", 1)
                        voc.names.setdefault(" ".join([*last[:-1], plural(last[-1])]), canon)
        return voc

    def canonical(self, phrase: str) -> str:
        return self.names[" ".join(phrase.lower().split())]

    @property
    def pattern(self) -> re.Pattern[str]:
        if "_pattern" not in self.__dict__:
            alts = sorted(self.names, key=len, reverse=True)
            body = "|".join(r"\s+".join(map(re.escape, a.split())) for a in alts)
            self.__dict__["_pattern"] = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)
        return self.__dict__["_pattern"]


@cache
def default_gender_lexicon() -> GenderLexicon:
    return GenderLexicon.load()


@cache
def default_occupations() -> OccupationVocabulary:
    return OccupationVocabulary.load()


def match_case(src: str, word: str) -> str:
    """``word`` in the case of ``src``: lower, Title or ALL CAPS (``HER`` → ``HIS``)."""
    if len(src) > 1 and src.isupper():
        return word.upper()
    if src[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def parts(token: str, offset: int) -> Iterable[tuple[int, int, str]]:
    """The hyphen-separated parts of a token with their absolute spans."""
    for m in _PART.finditer(token):
        yield offset + m.start(), offset + m.end(), m.group()
