"""Write every document of a build folder: figures, the card and ``croissant.json``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trustbench.cards.card import render_card
from trustbench.cards.croissant import croissant
from trustbench.cards.figures import render_figures


def write_documents(
    prov: dict[str, Any],
    out_dir: Path,
    version: str | None = None,
    changelog: str | None = None,
    url: str | None = None,
    figures: list[str] | None = None,
    repo_id: str | None = None,
    published: str | None = None,
) -> list[str]:
    """Write ``figures/*.png``, ``README.md`` and ``croissant.json`` into ``out_dir`` (the build
    folder, whose ``data/`` and ``reports/`` they describe); return the paths written, relative.
    ``figures`` (already drawn, relative paths) skips drawing them again; ``url``, ``repo_id``
    and ``published`` (ISO date) describe a published version.

    >>> write_documents(prov, Path("out/demo"), version="1.2.0")
    """
    out_dir = Path(out_dir)
    figures = render_figures(prov, out_dir) if figures is None else figures
    card = render_card(prov, out_dir, figures, version, changelog, repo_id)
    (out_dir / "README.md").write_text(card, encoding="utf-8")
    doc = croissant(prov, version=version, url=url, published=published)
    (out_dir / "croissant.json").write_text(
        json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return ["README.md", "croissant.json", *figures]
