"""Render the dataset card (``README.md``) of a build: Hub metadata + a datasheet from provenance.

The YAML header goes through :class:`huggingface_hub.DatasetCardData`; the body follows the
datasheet questions of Gebru et al. (2021): motivation, composition, collection, preprocessing,
uses, distribution, maintenance. Every number comes from ``provenance.json``; what a build cannot
know comes from the recipe's ``card:`` block (:class:`~trustbench.cards.meta.CardInfo`) or stays a
visible "to be filled by the dataset author" marker.

>>> text = render_card(json.load(open("out/demo/provenance.json")), out_dir=Path("out/demo"))
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from trustbench.cards.meta import TODO, CardInfo, hub_vocabulary

_SKIP_KEYS = {"files", "tables", "figures"}


def card_info(prov: dict[str, Any]) -> CardInfo:
    """The recipe's ``card:`` block as recorded in provenance (empty when there was none)."""
    return CardInfo.model_validate(prov["recipe"].get("card") or {})


def size_category(n: int) -> str:
    """The Hub's size bucket: ``n<1K``, ``1K<n<10K``, … ``n>1T``."""
    labels = hub_vocabulary("size_categories")[1:]  # after "unknown"
    for k, label in enumerate(labels[:-1]):
        if n < 10 ** (k + 3):
            return label
    return labels[-1]


def dataset_info(prov: dict[str, Any], out_dir: Path | None) -> dict[str, Any] | None:
    """The ``dataset_info`` metadata (features, splits, sizes) in the Hub's YAML form."""
    import datasets

    feats = prov["output"].get("features")
    if not feats:
        return None
    split = prov["recipe"]["output"]["split"]
    files = prov["output"]["files"]
    download = sum(f["bytes"] for f in files)
    memory = download
    if out_dir is not None:
        paths = [out_dir / f["path"] for f in files if (out_dir / f["path"]).exists()]
        if len(paths) == len(files):
            metas = [pq.read_metadata(p) for p in paths]  # each footer read once
            memory = sum(m.row_group(i).total_byte_size for m in metas for i in range(m.num_row_groups))
    info = datasets.DatasetInfo(
        features=datasets.Features.from_dict(feats),
        splits=datasets.SplitDict(
            {split: datasets.SplitInfo(split, memory, prov["output"]["rows"])}
        ),
        download_size=download,
        dataset_size=memory,
    )
    return info._to_yaml_dict()


def card_data(prov: dict[str, Any], out_dir: Path | None = None, version: str | None = None):
    """The Hub metadata of the card as :class:`huggingface_hub.DatasetCardData`."""
    from huggingface_hub import DatasetCardData

    info = card_info(prov)
    extra: dict[str, Any] = {}
    if ds_info := dataset_info(prov, out_dir):
        extra["dataset_info"] = ds_info
    if version or info.version:
        extra["version"] = version or info.version
    # No `configs:` block: datasets (5.2) caches a folder's dataset by its unresolved config, so
    # two builds in folders of the same name would load each other's rows. The Hub file layout
    # (data/{split}-0000k-of-0000n.parquet) is detected without it.
    return DatasetCardData(
        pretty_name=info.pretty_name or prov["recipe"]["name"],
        license=info.license,
        language=info.language or None,
        task_categories=info.task_categories or None,
        task_ids=info.task_ids or None,
        size_categories=[size_category(prov["accounting"]["output_rows"])],
        source_datasets=info.source_datasets or None,
        annotations_creators=info.annotations_creators or None,
        language_creators=info.language_creators or None,
        multilinguality=info.multilinguality or _multilinguality(info.language),
        tags=["trustbench", *[t for t in info.tags if t != "trustbench"]],
        **extra,
    )


def _multilinguality(language: list[str]) -> list[str] | None:
    """Follows from the author's language list when it is given."""
    if not language:
        return None
    return ["monolingual"] if len(language) == 1 else ["multilingual"]


def render_card(
    prov: dict[str, Any],
    out_dir: Path | None = None,
    figures: list[str] | None = None,
    version: str | None = None,
    changelog: str | None = None,
    repo_id: str | None = None,
) -> str:
    """The card text. ``figures`` are paths relative to the build folder (see
    :func:`~trustbench.cards.figures.render_figures`); ``changelog`` is the latest CHANGELOG
    section when publishing and ``repo_id`` where it is published."""
    from huggingface_hub import DatasetCard

    data = card_data(prov, out_dir, version)
    sheet = _Datasheet(prov, out_dir, figures or [], version, changelog, repo_id)
    body = sheet.render()
    card = DatasetCard(f"---\n{data.to_yaml()}\n---\n\n{body}")
    return str(card)


# -- the datasheet body -------------------------------------------------------------------------


def _or_todo(value: str | None) -> str:
    return value.strip() if value and value.strip() else TODO


def _cell(value: Any) -> str:
    text = json.dumps(value, default=str) if isinstance(value, dict | list) else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def step_options(prov: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Step index (1-based, as in the accounting) → the step's resolved options."""
    return {i: next(iter(s.values())) for i, s in enumerate(prov["recipe"].get("steps", []), 1)}


def privacy_facts(prov: dict[str, Any]) -> list[str]:
    """One sentence per privacy step of a build: what it did, with counts (never values)."""
    options = step_options(prov)
    facts = []
    for s in prov["steps"]:
        st, opts = s["stats"], options.get(s["index"], {})
        head = f"`{s['name']}` (step {s['index']})"
        if s["name"].startswith("pseudonymize"):
            report = s.get("report") or {}
            ents = report.get("entities") or {k: v for k, v in st.items() if k.isupper()}
            counts = ", ".join(f"{k}: {v}" for k, v in sorted(ents.items())) or "none found"
            facts.append(
                f"{head} replaced PII in captions with operator "
                f"`{report.get('operator', opts.get('operator'))}` — entities by type: {counts}; "
                f"rows with PII: {st.get('rows_with_pii', 'n/a')}. Only counts are recorded, "
                "never values or the key."
            )
        elif s["name"].startswith("anonymize.faces"):
            facts.append(
                f"{head} anonymized {st.get('faces', 0)} faces in "
                f"{st.get('images_with_faces', 0)} images (method `{opts.get('method', 'n/a')}`)."
            )
        elif s["name"].startswith("strip.metadata"):
            facts.append(
                f"{head} removed EXIF/XMP/IPTC metadata from {st.get('images_stripped', 0)} "
                f"images ({st.get('gps_removed', 0)} with GPS)."
            )
    return facts


def _questions(heading: str, *answers: tuple[str, str | None]) -> list[str]:
    """A datasheet section: each question in bold, then the author's answer or the marker."""
    lines = [heading]
    for question, answer in answers:
        lines += ["", f"**{question}**", "", _or_todo(answer)]
    return lines


def markdown_table(rows: list[dict[str, Any]]) -> list[str]:
    """A Markdown table with the union of the rows' keys as columns."""
    if not rows:
        return ["(empty table)"]
    cols = list(dict.fromkeys(k for r in rows for k in r))
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(_cell(r.get(c, "")) for c in cols) + " |" for r in rows]
    return out


@dataclass
class _Datasheet:
    """The card body; one method per datasheet section."""

    prov: dict[str, Any]
    out_dir: Path | None = None
    figures: list[str] = field(default_factory=list)
    version: str | None = None
    changelog: str | None = None
    repo_id: str | None = None

    def __post_init__(self) -> None:
        self.info = card_info(self.prov)
        self.version = self.version or self.info.version
        self.recipe = self.prov["recipe"]
        self.options = step_options(self.prov)

    def render(self) -> str:
        parts = [
            self.header(),
            self.motivation(),
            self.composition(),
            self.collection(),
            self.preprocessing(),
            self.uses(),
            self.distribution(),
            self.maintenance(),
        ]
        return "\n\n".join("\n".join(p).rstrip() for p in parts) + "\n"

    def _fig(self, rel: str, alt: str) -> list[str]:
        return [f"![{alt}]({rel})", ""] if rel in self.figures else []

    def header(self) -> list[str]:
        acc, out = self.prov["accounting"], self.prov["output"]
        return [
            f"# {self.info.pretty_name or self.recipe['name']}",
            "",
            self.recipe.get("description") or TODO,
            "",
            f"- Version: {self.version or 'unversioned build (set `card.version` or publish)'}",
            f"- Rows: {acc['output_rows']} (split `{self.recipe['output']['split']}`) · excluded "
            f"rows: {acc['excluded_rows']} · input rows: {acc['input_rows']}",
            f"- Output fingerprint (content of `data/`): `{out['fingerprint']}`",
            f"- Built with trustbench {self.prov.get('trustbench')} from recipe "
            f"`{self.recipe['name']}` (recipe fingerprint `{self.prov['recipe_fingerprint'][:16]}`)",
            "",
            "This card is a datasheet (Gebru et al., *Datasheets for Datasets*, 2021) filled from "
            "the build's `provenance.json`; answers the build cannot know come from the recipe's "
            "`card:` block.",
        ]

    def motivation(self) -> list[str]:
        return _questions(
            "## Motivation",
            ("For what purpose was the dataset created?", self.info.motivation),
            ("Who funded the creation of the dataset?", self.info.funding),
        )

    def composition(self) -> list[str]:
        out = self.prov["output"]
        lines = [
            "## Composition",
            "",
            f"Each instance is an image-text pair: {out['rows']} rows in "
            f"{len(out['files'])} Parquet file(s) under `data/`. Every row carries a `lineage` "
            "struct (source id, file and row, the steps applied, and seed, model, revision and "
            "parameters for generated or transformed rows).",
            "",
            "| feature | type |",
            "|---|---|",
        ]
        for name, feat in (out.get("features") or {}).items():
            kind = feat.get("_type", "struct") if isinstance(feat, dict) else "list"
            dtype = feat.get("dtype") if isinstance(feat, dict) else None
            lines.append(f"| `{name}` | {kind}{f' ({dtype})' if dtype else ''} |")
        lines += ["", *self._fig("figures/samples.png", "sample rows"), *self._privacy()]
        return lines

    def _privacy(self) -> list[str]:
        lines = [
            "**Does the dataset contain data that might be considered sensitive or that identifies "
            "people?**",
            "",
        ]
        facts = privacy_facts(self.prov)
        lines += [f"- {f}" for f in facts] or ["No privacy step ran in this build. " + TODO]
        return lines

    def collection(self) -> list[str]:
        src, inp = self.recipe["source"], self.prov["input"]
        lines = [
            "## Collection process",
            "",
            "**How was the data collected?**",
            "",
            _or_todo(self.info.collection),
            "",
            f"Source: type `{src.get('type')}`, {inp['rows']} rows read from "
            f"{len(inp['files'])} file(s) (input fingerprint `{inp['fingerprint']}`), "
            f"seed {self.prov['seed']}.",
            "",
            "| file | bytes | sha256 |",
            "|---|---|---|",
        ]
        shown = inp["files"][:50]
        lines += [f"| `{f['path']}` | {f['bytes']} | `{f['sha256']}` |" for f in shown]
        if len(inp["files"]) > len(shown):
            lines.append(f"| … {len(inp['files']) - len(shown)} more in provenance.json | | |")
        return lines

    def preprocessing(self) -> list[str]:
        lines = [
            "## Preprocessing, cleaning and labeling",
            "",
            "Every step reports what it kept and dropped; dropped rows are kept in `exclusions/` "
            "of the build with the step, reason and detail.",
            "",
            *self._fig("figures/accounting.png", "rows kept and dropped per step"),
            "| # | step | in | kept | dropped | reasons | options |",
            "|---|---|---|---|---|---|---|",
        ]
        for s in self.prov["steps"]:
            reasons = ", ".join(f"{k}: {v}" for k, v in s["dropped_by_reason"].items()) or "—"
            opts = _cell(self.options.get(s["index"], {})) if s["index"] else "—"
            lines.append(
                f"| {s['index']} | `{s['name']}` | {s['in']} | {s['kept']} | {s['dropped']} "
                f"| {reasons} | {opts} |"
            )
        lines += ["", *self._models()]
        for s in self.prov["steps"]:
            lines += self._step_details(s)
        return lines

    def _models(self) -> list[str]:
        found: dict[tuple[str, str], str] = {}
        for i, opts in self.options.items():
            if isinstance(opts, dict) and opts.get("model"):
                found[(str(opts["model"]), str(opts.get("revision") or "—"))] = f"step {i}"
        if self.out_dir is not None:
            import polars as pl

            files = [self.out_dir / f["path"] for f in self.prov["output"]["files"]]
            files = [f for f in files if f.exists()]
            if files:
                lin = pl.scan_parquet(files).select(
                    pl.col("lineage").struct.field("model"),
                    pl.col("lineage").struct.field("revision"),
                )
                for model, rev in lin.unique().drop_nulls("model").sort("model").collect().rows():
                    found.setdefault((model, rev or "—"), "row lineage")
        if not found:
            return ["No model was used to generate or filter rows.", ""]
        lines = ["Models:", "", "| model | revision | used by |", "|---|---|---|"]
        lines += [f"| `{m}` | `{r}` | {w} |" for (m, r), w in sorted(found.items())]
        return [*lines, ""]

    def _step_details(self, s: dict[str, Any]) -> list[str]:
        report = s.get("report") or {}
        facts = {k: v for k, v in s["stats"].items()}
        facts |= {
            k: v
            for k, v in report.items()
            if k not in _SKIP_KEYS and not isinstance(v, dict | list)
        }
        stem = f"{s['index']:02d}-{s['name']}"
        figs = [f for f in self.figures if stem in f] + [
            f for f in report.get("figures", []) if isinstance(f, str)
        ]
        tables = report.get("tables") or {}
        if not (facts or figs or tables):
            return []
        lines = [f"### Step {s['index']}: `{s['name']}`", ""]
        if facts:
            lines.append("; ".join(f"{k}: {_cell(v)}" for k, v in sorted(facts.items())))
            lines.append("")
        for title, rows in tables.items():
            lines += [f"**{title}**", "", *markdown_table(rows), ""]
        for f in figs:
            lines += [f"![{s['name']}]({f})", ""]
        return lines

    def uses(self) -> list[str]:
        info = self.info
        return _questions(
            "## Uses",
            ("What are the intended uses?", info.intended_uses),
            ("What should the dataset not be used for?", info.out_of_scope_uses),
            ("Known biases", info.biases),
            ("Known limitations", info.limitations),
            ("Social impact", info.social_impact),
        )

    def distribution(self) -> list[str]:
        lines = [
            "## Distribution",
            "",
            f"License: {self.info.license or TODO}",
            "",
            "Files: `data/` (Parquet, the Hugging Face `Image` feature), `croissant.json` "
            "(Croissant 1.0 with the RAI extension), `provenance.json` (resolved recipe, package "
            "versions, fingerprints, per-step accounting), `figures/`.",
            "",
            "```python",
            "import datasets",
            f'ds = datasets.load_dataset("{self.repo_id or "PATH_OR_REPO"}", split="'
            + self.recipe["output"]["split"]
            + '"'
            + (f', revision="v{self.version}"' if self.version else "")
            + ")",
            "```",
            "",
            "**Citation**",
            "",
        ]
        lines += ["```bibtex", self.info.citation.strip(), "```"] if self.info.citation else [TODO]
        return lines

    def maintenance(self) -> list[str]:
        lines = [
            "## Maintenance",
            "",
            f"Maintainers: {', '.join(self.info.maintainers) or TODO}",
            "",
            f"Contact: {self.info.contact or TODO}",
            "",
            _or_todo(self.info.maintenance),
            "",
            "Versions are semver tags (`vX.Y.Z`); `CHANGELOG.md` lists the rows added, removed "
            "and changed (by id) and the per-step count changes of each version.",
        ]
        if self.changelog:
            body = [ln for ln in self.changelog.strip().splitlines() if not ln.startswith("## ")]
            lines += ["", "### Latest changes", "", "\n".join(body).strip()]
        return lines
