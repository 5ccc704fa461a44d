"""Optional NER backend for person names: a transformers token-classification model by path.

Private module of :mod:`trustbench.sanitize.pii`; ``transformers`` is imported only when a backend
is built. The gazetteer and regex detectors still run; NER spans only fill the gaps they leave.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

_PERSON_LABELS = frozenset({"PER", "PERSON", "B-PER", "I-PER"})


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
