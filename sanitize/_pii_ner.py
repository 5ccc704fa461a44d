"""Optional NER backends for person names: a transformers token-classification model by path,
or any installed spaCy pipeline (by package name or path).

Private module of :mod:`trustbench.sanitize.pii`; ``transformers``/``spacy`` are imported only
when a backend is built. The gazetteer and regex detectors still run; NER spans only fill the gaps
they leave, and by default only captions the fast path leaves uncertain (:func:`uncertain`) are
sent to the model, so throughput stays close to the fast path's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_PERSON_LABELS = frozenset({"PER", "PERSON", "B-PER", "I-PER"})


# Two capitalized words in a row (neither a caption word) that no detected span covers: a
# possible name the lists do not know ("Zorbek Quandrilo at the gala").
# (a lookahead, so that pairs overlap: "for Qelvan Drusk" gives "for Qelvan" and "Qelvan Drusk")
_CAP_PAIR = re.compile(r"(?<![\w'’@#])(?=([^\W\d_][^\W\d_'’-]+) ([^\W\d_][^\W\d_'’-]+))")


def uncertain(text: str, covered: list[tuple[int, int]]) -> bool:
    """True when ``text`` has two capitalized, non-dictionary words in a row outside ``covered``."""
    from trustbench.sanitize._pii_lookup import name_tables

    t = name_tables()
    for m in _CAP_PAIR.finditer(text):
        a, b = m.group(1), m.group(2)
        if not (a[0].isupper() and b[0].isupper()) or a.isupper() or b.isupper():
            continue
        if any(s < m.end(2) and m.start(1) < e for s, e in covered):
            continue
        if not (t.is_common(a) or t.is_common(b) or t.is_word(a) or t.is_word(b)):
            return True
    return False


class SpacyNER:
    """Person-name spans from an installed spaCy pipeline (any name, or a path).

    >>> ner = SpacyNER("en_core_web_sm")
    >>> ner.find(["Zorbek Quandrilo at the gala"])   # [[(0, 16)]]
    """

    def __init__(self, model: str | Path, *, batch_size: int = 64):
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("the spaCy NER backend needs `pip install spacy` and a pipeline") from exc
        try:
            self._nlp = spacy.load(str(model), exclude=["lemmatizer", "parser", "tagger"])
        except OSError as exc:
            raise FileNotFoundError(
                f"spaCy pipeline {str(model)!r} is not installed (no model is downloaded)"
            ) from exc
        self.batch_size = batch_size

    def find(self, texts: list[str]) -> list[list[tuple[int, int]]]:
        out: list[list[tuple[int, int]]] = []
        for doc in self._nlp.pipe(texts, batch_size=self.batch_size):
            out.append([(e.start_char, e.end_char) for e in doc.ents
                        if e.label_ in ("PERSON", "PER")])  # fmt: skip
        return out


class TransformersNER:
    """Person-name spans from a local token-classification model.

    >>> ner = TransformersNER("models/bert-ner")          # a directory with config + weights
    >>> ner.find([\"Jane Doe at the beach\"])              # [[(0, 8)]]
    """

    def __init__(self, model: str | Path, *, min_score: float = 0.5, batch_size: int = 32,
                 device: int | str = -1):  # fmt: skip
        path = Path(model)
        if not path.is_dir() or not (path / "config.json").is_file():
            raise FileNotFoundError(
                f"NER model directory {str(path)!r} not found (expected config.json and weights "
                "saved with save_pretrained); no model is downloaded"
            )
        try:
            from transformers import pipeline
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "the transformers NER backend needs `pip install trustbench[synth]`"
            ) from exc
        self.min_score = min_score
        self.batch_size = batch_size
        self._pipe = pipeline(
            "token-classification",
            model=str(path),
            tokenizer=str(path),
            aggregation_strategy="simple",
            device=device,
        )

    def find(self, texts: list[str]) -> list[list[tuple[int, int]]]:
        """Character spans of person entities per text."""
        out: list[list[tuple[int, int]]] = [[] for _ in texts]
        idx = [i for i, t in enumerate(texts) if t]
        if not idx:
            return out
        results: Any = self._pipe([texts[i] for i in idx], batch_size=self.batch_size)
        for i, ents in zip(idx, results, strict=True):
            spans: list[tuple[int, int]] = []
            for ent in ents:
                label = str(ent.get("entity_group") or ent.get("entity") or "")
                if label.upper() not in _PERSON_LABELS or float(ent["score"]) < self.min_score:
                    continue
                s, e = int(ent["start"]), int(ent["end"])
                text = texts[i]
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                # merge touching fragments ("Jo" + "##hn") into one span
                if spans and s - spans[-1][1] <= 1:
                    spans[-1] = (spans[-1][0], e)
                elif e > s:
                    spans.append((s, e))
            out[i] = spans
        return out
