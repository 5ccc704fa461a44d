"""Figures the dataset card embeds, drawn from a build's provenance and its output folder.

Charts use matplotlib (Agg, imported only here); the contact sheet is drawn with Pillow from the
*published* rows, so it shows images after every anonymization step.

>>> paths = render_figures(json.load(open("out/demo/provenance.json")), Path("out/demo"))
>>> paths  # relative to the build folder
['figures/accounting.png', 'figures/dedupe-04-dedupe.exact.png', ...]
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq

FIGURES_DIR = "figures"
_THUMB = 96
_LABELS = ("group", "value", "label", "name", "category", "bucket")
_COUNTS = ("count", "rows", "n", "share", "fraction", "percent")


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def _save(fig, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # no timestamp/software metadata: the same build gives byte-identical figures
    fig.savefig(path, dpi=100, bbox_inches="tight", metadata={"Software": None})
    _pyplot().close(fig)


def accounting_figure(steps: list[dict[str, Any]], path: Path) -> None:
    """Horizontal stacked bars: rows kept and dropped (by reason) at every step."""
    plt = _pyplot()
    names = [f"{s['index']}. {s['name']}" for s in steps][::-1]
    kept = [s["kept"] for s in steps][::-1]
    reasons = sorted({r for s in steps for r in s["dropped_by_reason"]})
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(steps) + 1.2))
    ax.barh(names, kept, color="#4c9a5f", label="kept")
    left = list(kept)
    for i, reason in enumerate(reasons):
        vals = [s["dropped_by_reason"].get(reason, 0) for s in steps][::-1]
        ax.barh(names, vals, left=left, color=plt.cm.tab10(i % 10), label=f"dropped: {reason}")
        left = [a + b for a, b in zip(left, vals)]
    ax.set_xlabel("rows")
    ax.set_title("Rows kept and dropped per step")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7)
    _save(fig, path)


def cluster_histogram(clusters: Path, title: str, path: Path) -> bool:
    """Histogram of duplicate-cluster sizes from a dedupe report's ``clusters.parquet``."""
    sizes = pl.read_parquet(clusters, columns=["size"])["size"]
    if sizes.is_empty():
        return False
    plt = _pyplot()
    counts = sizes.value_counts().sort("size")
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.bar([str(v) for v in counts["size"]], counts["count"], color="#5b7fbf")
    ax.set_xlabel("cluster size (rows)")
    ax.set_ylabel("clusters")
    ax.set_title(title)
    _save(fig, path)
    return True


def table_bars(title: str, rows: list[dict[str, Any]], path: Path) -> bool:
    """Bars for a report table with a label column and a count/share column (e.g. a balance
    audit); False when the table has no such pair of columns."""
    if not rows or len(rows) > 40:
        return False
    cols = list(rows[0])
    label = next((c for c in cols if c.lower() in _LABELS), None)
    label = label or next((c for c in cols if isinstance(rows[0][c], str)), None)
    value = next(
        (c for c in cols if c.lower() in _COUNTS and all(_is_num(r.get(c)) for r in rows)), None
    )
    if label is None or value is None:
        return False
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 0.3 * len(rows) + 1.2))
    ax.barh([str(r[label]) for r in rows][::-1], [r[value] for r in rows][::-1], color="#c47f3a")
    ax.set_xlabel(value)
    ax.set_title(title)
    _save(fig, path)
    return True


def _is_num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def sample_sheet(data_files: list[Path], path: Path, n: int = 16, cols: int = 8) -> bool:
    """A grid of the first ``n`` published images (after anonymization), labelled by id."""
    from PIL import Image, ImageDraw

    thumbs: list[tuple[str, Image.Image]] = []
    for f in data_files:
        for rb in pq.ParquetFile(f).iter_batches(batch_size=n, columns=["id", "image"]):
            for rid, img in zip(rb.column("id").to_pylist(), rb.column("image").to_pylist()):
                try:
                    im = Image.open(io.BytesIO(img["bytes"]))
                    im.draft("RGB", (_THUMB, _THUMB))
                    im = im.convert("RGB")
                    im.thumbnail((_THUMB, _THUMB))
                except Exception:  # noqa: BLE001 - a sheet of what decodes
                    continue
                thumbs.append((str(rid), im))
                if len(thumbs) == n:
                    break
            break  # one batch per file is enough
        if len(thumbs) == n:
            break
    if not thumbs:
        return False
    cell, label = _THUMB + 6, 12
    rows = (len(thumbs) + cols - 1) // cols
    sheet = Image.new("RGB", (min(cols, len(thumbs)) * cell, rows * (cell + label)), "white")
    draw = ImageDraw.Draw(sheet)
    for i, (rid, im) in enumerate(thumbs):
        x0, y0 = (i % cols) * cell, (i // cols) * (cell + label)
        sheet.paste(im, (x0 + 3 + (_THUMB - im.width) // 2, y0 + 3 + (_THUMB - im.height) // 2))
        draw.text((x0 + 2, y0 + cell - 2), rid[-14:], fill="black")
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(path)
    return True


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "table"


def render_figures(prov: dict[str, Any], out_dir: Path) -> list[str]:
    """Draw every figure the card embeds into ``out_dir/figures``; return their relative paths."""
    fig_dir = out_dir / FIGURES_DIR
    for old in fig_dir.glob("*.png"):
        old.unlink()
    made: list[str] = []
    if prov["steps"]:
        accounting_figure(prov["steps"], fig_dir / "accounting.png")
        made.append(f"{FIGURES_DIR}/accounting.png")
    for s in prov["steps"]:
        stem = f"{s['index']:02d}-{s['name']}"
        clusters = out_dir / "reports" / stem / "clusters.parquet"
        name = f"clusters-{stem}.png"
        if clusters.exists() and cluster_histogram(
            clusters, f"{s['name']}: cluster sizes", fig_dir / name
        ):
            made.append(f"{FIGURES_DIR}/{name}")
        for title, rows in (s.get("report") or {}).get("tables", {}).items():
            name = f"table-{stem}-{_slug(title)}.png"
            if table_bars(f"{s['name']}: {title}", rows, fig_dir / name):
                made.append(f"{FIGURES_DIR}/{name}")
    data_files = sorted((out_dir / "data").glob("*.parquet"))
    if sample_sheet(data_files, fig_dir / "samples.png"):
        made.append(f"{FIGURES_DIR}/samples.png")
    return made
