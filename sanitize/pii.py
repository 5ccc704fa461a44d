"""Detect PII in captions and replace it with consistent, keyed surrogates.

Detection is regex + validators (Luhn, IBAN mod-97, SSN ranges, IP parsing, libphonenumber for
phones, obfuscated emails, US/UK/EU street forms) and person names from cached name tables of
every origin (names-dataset's 105 countries + Faker's lists of every locale and script, with a
common-word filter) plus context rules (titles, credits, handles, hashtags, lower case, ALL CAPS,
particles, CJK/Hangul). Well-known brands and landmarks (Ralph Lauren, Lake Louise) are never
replaced; ``keep=`` adds more (public figures are people otherwise). An optional NER backend
(spaCy pipeline or transformers model) runs on the captions the fast path leaves uncertain.
Replacement operators:

- ``replace`` (default): a fake value derived from HMAC-SHA256(key, type + normalized entity), so
  one entity gets one surrogate across a corpus and across runs with the same key, and another key
  gives unlinkable output. Phones keep their shape and country code, emails stay emails (webmail
  domains such as gmail.com are kept, other domains are faked), cards stay Luhn-valid with the same
  grouping, IBANs keep their country and a valid checksum, SSNs keep a valid format, dates of
  birth are shifted by a keyed offset (format kept), names keep their perceived gender and
  locale (mapped token by token, so "Jessica Smith" and "Ms. Smith" stay linked).
- ``redact``: ``[EMAIL]``; ``mask``: letters and digits become ``*``; ``hash``:
  ``[EMAIL:3fa9c1d2e0b4]`` (keyed, so it is linkable only under the same key).

The key is never stored anywhere but the :class:`Pseudonymizer` object. With ``observe`` (the
``pseudonymize.text`` step does it over the whole corpus) a surrogate that happens to equal an
original value of the corpus is replaced by the next keyed draw, so an output string is never
someone's real value; the mapping is then identical across runs over the same corpus with the
same key, and across different corpora except for entities whose first draw collided.

>>> from trustbench.sanitize.pii import Pseudonymizer
>>> p = Pseudonymizer(key=b"a long secret key from the environment")
>>> p.pseudonymize("Jessica Smith, jsmith@gmail.com, +1-202-555-0147")
'Geraldine Fletcher, lcunningham74@gmail.com, +1-241-117-5097'
>>> p.counts
Counter({'PERSON': 1, 'EMAIL': 1, 'PHONE': 1})
"""

from __future__ import annotations

import os
import secrets
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import polars as pl

from trustbench.sanitize._pii_detect import ENTITY_TYPES, PIISpan, detect, resolve
from trustbench.sanitize._pii_names import gazetteer, protected_ranges
from trustbench.sanitize._pii_surrogate import Surrogates, normalize

__all__ = [
    "DEFAULT_KEY_ENV",
    "ENTITY_TYPES",
    "OPERATORS",
    "PIIDetector",
    "PIISpan",
    "PseudonymizeResult",
    "Pseudonymizer",
    "detect_pii",
    "load_key",
    "pseudonymize_text",
    "pseudonymize_texts",
]

Operator = Literal["replace", "redact", "mask", "hash"]
OPERATORS: tuple[str, ...] = ("replace", "redact", "mask", "hash")
DEFAULT_KEY_ENV = "TRUSTBENCH_PII_KEY"
_MIN_KEY_BYTES = 16


def load_key(key_env: str | None = DEFAULT_KEY_ENV, key_file: str | Path | None = None,
             *, allow_random: bool = False) -> tuple[bytes, bool]:  # fmt: skip
    """The secret key from a file or an environment variable.

    Returns ``(key, linkable)``. Without a key this raises ``ValueError`` naming what is missing,
    unless ``allow_random`` asks for a random per-run key (``linkable`` is then False: pseudonyms of
    this run cannot be linked to any other run). A key shorter than 16 bytes is refused.
    """
    key: bytes | None = None
    where = ""
    if key_file:
        path = Path(key_file).expanduser()
        if not path.is_file():
            raise FileNotFoundError(f"PII key file {str(path)!r} not found")
        key, where = path.read_bytes().strip(), f"key file {str(path)!r}"
    elif key_env and os.environ.get(key_env) is not None:
        key, where = os.environ[key_env].strip().encode(), f"environment variable {key_env}"
    if key is None:
        if allow_random:
            return secrets.token_bytes(32), False
        wanted = (f"environment variable {key_env} is not set" if key_env
                  else "no key_env or key_file given")  # fmt: skip
        raise ValueError(
            f"PII key missing: {wanted}. Set it to a secret of at least {_MIN_KEY_BYTES} bytes, "
            "or give key_file, or ask for a random per-run key explicitly (random_key: true; "
            "its pseudonyms are not linkable across runs)"
        )
    if len(key) < _MIN_KEY_BYTES:
        raise ValueError(f"PII key from {where} is shorter than {_MIN_KEY_BYTES} bytes")
    return key, True


class PIIDetector:
    """Find PII spans; optionally adds person names from a local NER model.

    >>> det = PIIDetector(entities=["EMAIL", "PERSON"])
    >>> [(s.type, s.text) for s in det.detect("Mail Jessica Smith at js@example.org")]
    [('PERSON', 'Jessica Smith'), ('EMAIL', 'js@example.org')]
    """

    def __init__(self, entities: Iterable[str] | None = None, *, ner_model: str | Path | None = None,
                 ner_min_score: float = 0.5, keep: Iterable[str] = (),
                 ner_backend: Literal["transformers", "spacy"] = "transformers",
                 ner_on: Literal["uncertain", "all"] = "uncertain"):  # fmt: skip
        wanted = frozenset(entities) if entities is not None else frozenset(ENTITY_TYPES)
        unknown = wanted - set(ENTITY_TYPES)
        if unknown:
            raise ValueError(f"unknown entity types {sorted(unknown)}; known: {ENTITY_TYPES}")
        self.entities = wanted
        self.keep = frozenset(k.casefold() for k in keep)
        self._ner = None
        self.ner_on = ner_on
        self.ner_calls = 0  # captions sent to the NER model
        if ner_model is not None and "PERSON" in wanted:
            from trustbench.sanitize._pii_ner import SpacyNER, TransformersNER

            self._ner = (SpacyNER(ner_model) if ner_backend == "spacy"
                         else TransformersNER(ner_model, min_score=ner_min_score))  # fmt: skip
        gazetteer()  # build once, up front

    def detect(self, text: str | None) -> list[PIISpan]:
        return self.detect_many([text])[0]

    def detect_many(self, texts: Sequence[str | None]) -> list[list[PIISpan]]:
        """Spans per text (``None`` and empty texts give ``[]``). A caption repeated inside the
        batch is read once (web corpora repeat many: "image", stock titles, templated alt text);
        its repeats get a copy of the same span list."""
        wanted, keep = self.entities, self.keep
        seen: dict[str, list[PIISpan]] = {}
        found = []
        for t in texts:
            if not t:
                found.append([])
                continue
            spans = seen.get(t)
            if spans is None:
                spans = seen[t] = detect(t, wanted, keep)
            found.append(list(spans))
        if self._ner is not None:
            from trustbench.sanitize._pii_ner import uncertain

            # only the captions the fast path leaves uncertain go to the model (ner_on="all": all),
            # each distinct caption once
            first: dict[str, int] = {}
            for i, t in enumerate(texts):
                if t:
                    first.setdefault(t, i)
            todo = [i for t, i in first.items() if self.ner_on == "all"
                    or uncertain(t, [(s.start, s.end) for s in found[i]])]  # fmt: skip
            self.ner_calls += len(todo)
            by_text: dict[str, list[tuple[int, int]]] = {}
            if todo:
                for i, spans in zip(todo, self._ner.find([texts[i] or "" for i in todo]),
                                    strict=True):  # fmt: skip
                    by_text[texts[i] or ""] = spans
            ner_spans = [by_text.get(t, []) if t else [] for t in texts]
            for i, extra in enumerate(ner_spans):
                if not extra:
                    continue
                text = texts[i] or ""
                gz = gazetteer()
                add = []
                for s, e in extra:
                    first = text[s:e].split()[0] if text[s:e].split() else ""
                    gender, locale = gz.first.get(first, ("U", "en_US"))
                    add.append(PIISpan(s, e, "PERSON", text[s:e], gender, locale,
                                       first in gz.first))  # fmt: skip
                # NER only fills gaps: regex and gazetteer spans win on any overlap, and
                # well-known entities / keep names stay (the same policy as the fast path)
                have = found[i]
                add = [a for a in add if all(a.end <= h.start or a.start >= h.end for h in have)]
                kept = protected_ranges(text, self.keep)
                add = [a for a in add if all(a.end <= s or a.start >= e for s, e in kept)]
                found[i] = resolve(have + add)
        return found


def detect_pii(text: str, entities: Iterable[str] | None = None) -> list[PIISpan]:
    """PII spans in one text with the default (regex + gazetteer) detector."""
    return detect(text, frozenset(entities) if entities is not None else frozenset(ENTITY_TYPES))


@dataclass
class PseudonymizeResult:
    """Texts with PII replaced and the number of entities replaced per type."""

    texts: list[str | None] | pl.Series
    counts: Counter[str] = field(default_factory=Counter)


class Pseudonymizer:
    """Replace PII with consistent keyed surrogates (or redact / mask / hash it).

    ``observe(texts)`` before ``pseudonymize*`` (optional) records digests of the corpus's
    originals so that no surrogate ever equals an original value of the corpus.

    >>> p = Pseudonymizer(key=b"0123456789abcdef0123", operator="redact")
    >>> p.pseudonymize("Call 555-201-4477 or mail a.b@example.com")
    'Call [PHONE] or mail [EMAIL]'
    """

    def __init__(self, key: bytes | None = None, *, operator: Operator = "replace",
                 locale: str = "en_US", entities: Iterable[str] | None = None,
                 detector: PIIDetector | None = None):  # fmt: skip
        if operator not in OPERATORS:
            raise ValueError(f"unknown operator {operator!r}; choose one of {OPERATORS}")
        self.linkable = key is not None
        self.operator = operator
        self.detector = detector or PIIDetector(entities)
        self._avoid: set[bytes] = set()
        self._surrogates = Surrogates(key or secrets.token_bytes(32), locale, self._avoid)
        self.counts: Counter[str] = Counter()

    def __repr__(self) -> str:
        return f"Pseudonymizer(operator={self.operator!r}, key=<hidden>)"

    def observe(self, texts: Iterable[str | None]) -> None:
        """Remember (as 8-byte digests) every original entity in ``texts``."""
        for spans in self.detector.detect_many(list(texts)):
            self._observe_spans(spans)

    def _observe_spans(self, spans: list[PIISpan]) -> None:
        for sp in spans:
            self._avoid.add(Surrogates.digest(sp.type, normalize(sp.type, sp.text)))
            if sp.type == "PERSON":
                for tok in sp.text.replace("-", " ").split():
                    self._avoid.add(Surrogates.digest("NAME", normalize("NAME", tok)))

    def _apply(self, text: str, spans: list[PIISpan]) -> str:
        parts: list[str] = []
        pos = 0
        for sp in spans:
            parts.append(text[pos : sp.start])
            parts.append(self._operate(sp))
            pos = sp.end
            self.counts[sp.type] += 1
        parts.append(text[pos:])
        return "".join(parts)

    def _operate(self, sp: PIISpan) -> str:
        if self.operator == "replace":
            return self._surrogates(sp)
        if self.operator == "redact":
            return f"[{sp.type}]"
        if self.operator == "mask":
            return "".join("*" if c.isalnum() else c for c in sp.text)
        return f"[{sp.type}:{self._surrogates.hash_token(sp.type, normalize(sp.type, sp.text))}]"

    def pseudonymize(self, text: str | None) -> str | None:
        """One text with its PII replaced (``None`` stays ``None``)."""
        if not text:
            return text
        return self._apply(text, self.detector.detect(text))

    def pseudonymize_texts(self, texts: Sequence[str | None] | pl.Series, *,
                           avoid_originals: bool = False) -> list[str | None] | pl.Series:  # fmt: skip
        """A batch of texts (a list, or a polars String Series, returned as the same kind).

        ``avoid_originals`` first records this batch's originals (see :meth:`observe`).
        """
        is_series = isinstance(texts, pl.Series)
        values = texts.to_list() if is_series else list(texts)
        spans = self.detector.detect_many(values)
        if avoid_originals:
            for sp in spans:
                self._observe_spans(sp)
        done: dict[str, str] = {}  # a repeated caption (the same spans): the same output
        out = []
        for t, sp in zip(values, spans, strict=True):
            if not sp:
                out.append(t)
            elif (hit := done.get(t)) is not None:
                out.append(hit)
                self.counts.update(s.type for s in sp)
            else:
                done[t] = res = self._apply(t, sp)
                out.append(res)
        if is_series:
            return pl.Series(texts.name, out, dtype=pl.String)
        return out


def pseudonymize_text(text: str, key: bytes | None = None, **kwargs) -> str:
    """Replace PII in one text (see :class:`Pseudonymizer` for the options)."""
    return Pseudonymizer(key, **kwargs).pseudonymize(text) or text


def pseudonymize_texts(texts: Sequence[str | None] | pl.Series, key: bytes | None = None,
                       **kwargs) -> PseudonymizeResult:  # fmt: skip
    """Replace PII in a batch of texts; the result carries per-type counts (never originals).

    >>> res = pseudonymize_texts(df["caption"], key=my_key)
    >>> df = df.with_columns(res.texts.alias("caption")); res.counts["EMAIL"]
    """
    p = Pseudonymizer(key, **kwargs)
    out = p.pseudonymize_texts(texts, avoid_originals=True)
    return PseudonymizeResult(out, p.counts)
